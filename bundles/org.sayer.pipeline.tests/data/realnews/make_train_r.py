#!/usr/bin/env python3
"""Writes train_r.jsonl: real-news gold, split train-r (see gold.py). Run: python3 make_train_r.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("afghanistantimes-telecommunication-day-kabul",
    url="https://www.afghanistantimes.af/telecommunication-day-marked-in-kabul/",
    outlet="Afghanistan Times", country="Afghanistan", topic="technology", cut=False,
    text=(T := "Telecommunication Day Marked In Kabul\n"
          "KABUL: The World Telecommunication Day was marked Tuesday in Kabul, with the participation of senior government officials, where the problems and challenges the communication is facing discussed.\n"
          "Deputy Chief Executive Mohammad Mohaqqeq pledged that the government would make efforts to solve the security threats ministry of telecommunication and information technology faces.\n"
          "“Insecurity deems as a challenge ahead of the telecommunication and marred progress of the telecommunication sector. I pledge to discuss the issue in Security Council and seek solution,” Mohaqqeq said.\n"
          "He insisted that the technology must be used utmost in different aspects as it is used other countries.\n"
          "He urged the ministry to pave the ground for investment in this sector.\n"
          "“Information technology progressed well in the past decade, where $2.5 billion invested in the sector and government earns $200 million income,” he asserted.\n"
          "Legislator Gulalai Akbari called insecurity as a barrier for Telecommunication Company as well as a challenge for customers.\n"
          "She said that insurgents target telecommunication towers causing cut of connection and financial losses for the companies.\n"
          "She said that also illegal SIM cards can be used by terrorist for communication and planning of subversive activities.\n"
          "Akbari asked the ministry of telecommunication to take measures for solution of selling of illegal SIM cards.\n"
          "Deputy telecommunication minister Barialai Hesam said that telecommunication progressed speedily and 89 percent of the country covered in the past 14 years.\n"
          "He said that currently 25 million customers are using mobile phone and two million people use internet services across the country.\n"
          "“We are trying to run broadband project soon to strengthen electronic-governance throughout the country,” he underlined."),
    entities=[("mohaqqeq", "Mohammad Mohaqqeq", "PERSON",
               ["Mohaqqeq", "Deputy Chief Executive Mohammad Mohaqqeq"], "Deputy Chief Executive of Afghanistan"),
              ("akbari", "Gulalai Akbari", "PERSON", ["Akbari", "Legislator Gulalai Akbari"], "legislator"),
              ("hesam", "Barialai Hesam", "PERSON",
               ["Hesam", "Deputy telecommunication minister Barialai Hesam"], "Deputy telecommunication minister")],
    mentions=[("m1", "Deputy Chief Executive Mohammad Mohaqqeq", "mohaqqeq"),
              ("m2", ("Mohaqqeq", "Mohaqqeq said"), "mohaqqeq"),
              ("m3", ("He", "He insisted"), "mohaqqeq"),
              ("m4", ("He", "He urged"), "mohaqqeq"),
              ("m5", ("he", "he asserted"), "mohaqqeq"),
              ("m6", "Legislator Gulalai Akbari", "akbari"),
              ("m7", ("She", "She said that insurgents"), "akbari"),
              ("m8", ("She", "She said that also"), "akbari"),
              ("m9", ("Akbari", "Akbari asked"), "akbari"),
              ("m10", "Deputy telecommunication minister Barialai Hesam", "hesam"),
              ("m11", ("He", "He said that currently"), "hesam"),
              ("m12", ("he", "he underlined"), "hesam")],
    attributions=[("a1", "INDIRECT", None, "discussed", "the problems and challenges the communication is facing", None),
                  ("a2", "INDIRECT", "m1", "pledged",
                   "the government would make efforts to solve the security threats ministry of telecommunication and information technology faces", None),
                  ("a3", "DIRECT", "m2", ("said", "Mohaqqeq said"), seg(T, "Insecurity deems", "seek solution,"), None),
                  ("a4", "INDIRECT", "m3", "insisted", "the technology must be used utmost in different aspects as it is used other countries", None),
                  ("a5", "INDIRECT", "m4", "urged", "the ministry to pave the ground for investment in this sector", None),
                  ("a6", "DIRECT", "m5", "asserted", seg(T, "Information technology progressed", "$200 million income,"), None),
                  ("a7", "INDIRECT", "m6", ("called", "Akbari called"),
                   "insecurity as a barrier for Telecommunication Company as well as a challenge for customers", None),
                  ("a8", "INDIRECT", "m7", ("said", "She said that insurgents"),
                   "insurgents target telecommunication towers causing cut of connection and financial losses for the companies", None),
                  ("a9", "INDIRECT", "m8", ("said", "She said that also"),
                   "also illegal SIM cards can be used by terrorist for communication and planning of subversive activities", None),
                  ("a10", "INDIRECT", "m9", "asked",
                   "the ministry of telecommunication to take measures for solution of selling of illegal SIM cards", None),
                  ("a11", "INDIRECT", "m10", ("said", "Hesam said"),
                   "telecommunication progressed speedily and 89 percent of the country covered in the past 14 years", None),
                  ("a12", "INDIRECT", "m11", ("said", "He said that currently"),
                   "currently 25 million customers are using mobile phone and two million people use internet services across the country", None),
                  ("a13", "DIRECT", "m12", "underlined",
                   "We are trying to run broadband project soon to strengthen electronic-governance throughout the country,", None)])

# ---------------------------------------------------------------------------------------
doc("thehawk-ani-kabul-air-pollution-tripled",
    url="https://thehawk.in/news/environment/wildlife/kabul's-air-pollution-levels-tripled-over-past-week-says-country's-environmental-protection-agency",
    outlet="The Hawk (ANI)", country="India", topic="environment", cut=False,
    text=(T := "Kabul's Air Pollution Levels Tripled Over Past Week, Says Country's Environmental Protection Agency\n"
          "Kabul: The National Environmental Protection Agency (NEPA) said that Kabul's air pollution levels have tripled over the past week. The agency added that airborne particles and climate change are key factors contributing to the capital city's growing air pollution, TOLO News reported.\n"
          "TOLO News is an Afghan news channel broadcasting from Kabul.\n"
          "The NEPA noted that it is making an effort to lower the amount of air pollution in Kabul, but it is unable to do so due to a lack of adequate equipment to measure the level of pollution.\n"
          "The inspection control officer of NEPA, Basir Amin, said: \"All the equipment we have installed at the National Environmental Protection Agency's facilities, the statistics we have collected over the last two or three days, and our graphs, especially about dust and airborne particles with a diameter of 2.5 cubic meters relatively, all show that pollution is increasing beyond the standard air quality of the World Health Organization.\" Kabul residents said that air pollution has increased diseases among people, especially among children.\n"
          "\"The air is really polluted and it has caused various problems for Kabul residents, including breathing problems, and it has also created a ground for other diseases,\" said Tariq Habibzai, a resident of Kabul, as quoted by TOLO News. \"I ask the Islamic Emirate to stop the businesses and investors who use poor materials,\" said Noorullhaq Shams, a resident of Kabul. \"It is important to focus on the creation of green areas in the cities as well as the creation of green belts around the cities that are mainly made up of trees and perennial plants,\" said Sayed Qayum Hashemi, an expert on environmental issues. According to reports from international organizations, Kabul is one of the capital cities with the highest levels of air pollution in the world, TOLO News said. —ANI"),
    entities=[("nepa", "National Environmental Protection Agency", "ORGANIZATION",
               ["NEPA", "The National Environmental Protection Agency (NEPA)", "Country's Environmental Protection Agency",
                "The agency", "The NEPA"], "Afghanistan's National Environmental Protection Agency"),
              ("tolo", "TOLO News", "ORGANIZATION", ["TOLO"], "Afghan news channel"),
              ("amin", "Basir Amin", "PERSON", ["Amin", "The inspection control officer of NEPA, Basir Amin"],
               "NEPA inspection control officer"),
              ("residents", "Kabul residents", "GROUP", [], "residents of Kabul"),
              ("habibzai", "Tariq Habibzai", "PERSON", ["Habibzai", "Tariq Habibzai, a resident of Kabul"], "Kabul resident"),
              ("shams", "Noorullhaq Shams", "PERSON", ["Shams", "Noorullhaq Shams, a resident of Kabul"], "Kabul resident"),
              ("hashemi", "Sayed Qayum Hashemi", "PERSON",
               ["Hashemi", "Sayed Qayum Hashemi, an expert on environmental issues"], "expert on environmental issues"),
              ("reports", "reports from international organizations", "GROUP", [], None)],
    mentions=[("m1", "Country's Environmental Protection Agency", "nepa"),
              ("m2", "The National Environmental Protection Agency (NEPA)", "nepa"),
              ("m3", "The agency", "nepa"),
              ("m4", ("TOLO News", "TOLO News reported"), "tolo"),
              ("m5", ("TOLO News", "TOLO News is"), "tolo"),
              ("m6", "The NEPA", "nepa"),
              ("m7", "The inspection control officer of NEPA, Basir Amin", "amin"),
              ("m8", ("Kabul residents", "Kabul residents said"), "residents"),
              ("m15", ("Kabul residents", "problems for Kabul residents"), "residents"),
              ("m9", "Tariq Habibzai, a resident of Kabul", "habibzai"),
              ("m10", ("TOLO News", "by TOLO News"), "tolo"),
              ("m11", "Noorullhaq Shams, a resident of Kabul", "shams"),
              ("m12", "Sayed Qayum Hashemi, an expert on environmental issues", "hashemi"),
              ("m13", "reports from international organizations", "reports"),
              ("m14", ("TOLO News", "TOLO News said"), "tolo")],
    attributions=[("a1", "INDIRECT", "m1", "Says", "Kabul's Air Pollution Levels Tripled Over Past Week", None),
                  ("a2", "INDIRECT", "m2", ("said", "(NEPA) said"), "Kabul's air pollution levels have tripled over the past week", None),
                  ("a3", "INDIRECT", "m4", "reported", seg(T, "The agency added", "growing air pollution"), None),
                  ("a4", "INDIRECT", "m3", "added",
                   "airborne particles and climate change are key factors contributing to the capital city's growing air pollution", "a3"),
                  ("a5", "INDIRECT", "m6", "noted", seg(T, "it is making an effort", "the level of pollution"), None),
                  ("a6", "DIRECT", "m7", ("said", "Amin, said"), seg(T, "All the equipment", "World Health Organization."), None),
                  ("a7", "INDIRECT", "m8", ("said", "residents said"),
                   "air pollution has increased diseases among people, especially among children", None),
                  ("a8", "DIRECT", "m9", ("said", "diseases,\" said"), seg(T, "The air is really polluted", "other diseases,"), None),
                  ("a9", "DIRECT", "m11", ("said", "materials,\" said"),
                   "I ask the Islamic Emirate to stop the businesses and investors who use poor materials,", None),
                  ("a10", "DIRECT", "m12", ("said", "plants,\" said"), seg(T, "It is important to focus", "perennial plants,"), None),
                  ("a11", "INDIRECT", "m14", ("said", "TOLO News said"), seg(T, "According to reports", "in the world"), None),
                  ("a12", "INDIRECT", "m13", ("According to", "According to reports"),
                   "Kabul is one of the capital cities with the highest levels of air pollution in the world", "a11")])

# ---------------------------------------------------------------------------------------
doc("markacadeey-somalia-condemns-ministry-attack",
    url="http://markacadeey.com/2018/07/the-federal-government-of-somalia-condemns-the-latest-terrorist-attack-as-barbaric-and-inhumane-meant-to-harm-civilians/",
    outlet="Markacadeey", country="Somalia", topic="politics", cut=True,
    text=(T := "The Federal Government of Somalia condemns the latest terrorist attack as barbaric and inhumane, meant to harm civilians\n"
          "The minister of Information, Culture and Tourism, H.E. Dahir Mohamud Gelle has briefed the media about the terrorist attack on the Ministry of Interior and Federalism Affairs in Mogadishu on Saturday 7 July 2018.\n"
          "The minister said that the terrorist attack was reduced to the minimum impact opposed to the fact that al-Shabab planned to cause the maximum harm, thanks to brave Somali National Forces who prevented their plan to be executed as intended.\n"
          "“The attack was un-Islamic, planning to cause their usual outcome of disturbing the peace in Somali families as they maim and kill innocent civilians in their barbaric attacks, damaging civilian properties, destroying the Reputation of Somalia.” Said Minister Gelle.\n"
          "He added that the Federal government of Somalia exerted all of its efforts to ensure peace and security and prevent such attacks. In this incident the government succeeded preventing al-Shabab to storm the premises of the ministry of interior as the National Somali Army (SNA) forces succeeded in killing all of the attackers before they could cause further harm.\n"
          "The Minister said the terrorists wounded and killed a number of innocent civilians at the premises of the ministry of Interior. The government is committed to defend its people and help the medical treatment of the wounded, if there is need for the most critical to treat them outside the country so the federal government will do its utmost to ensure they are treated outside the country.\n"
          "The minister asked what does al-Shabab contribute to the country? During floods, they do not help people in need but rather they destroy the bridges which civilians would use to make living hell for the people! During droughts al-Shabab does not come out to aiding the civilians affected! But, they prevent the aid provided by the government and its international partners to reach the needy!"),
    entities=[("fgs", "The Federal Government of Somalia", "ORGANIZATION",
               ["Federal Government of Somalia", "the government", "the federal government"], "Somalia's federal government"),
              ("gelle", "Dahir Mohamud Gelle", "PERSON",
               ["Gelle", "Minister Gelle", "The minister",
                "The minister of Information, Culture and Tourism, H.E. Dahir Mohamud Gelle"],
               "Somalia's Minister of Information, Culture and Tourism")],
    mentions=[("m1", ("The Federal Government of Somalia", "The Federal Government of Somalia condemns"), "fgs"),
              ("m2", "The minister of Information, Culture and Tourism, H.E. Dahir Mohamud Gelle", "gelle"),
              ("m3", ("The minister", "The minister said that"), "gelle"),
              ("m4", "Minister Gelle", "gelle"),
              ("m5", ("He", "He added"), "gelle"),
              ("m6", "the Federal government of Somalia", "fgs"),
              ("m7", ("the government", "the government succeeded"), "fgs"),
              ("m8", ("The Minister", "The Minister said the"), "gelle"),
              ("m9", ("The government", "The government is committed"), "fgs"),
              ("m10", ("the federal government", "the federal government will"), "fgs"),
              ("m11", ("The minister", "The minister asked"), "gelle")],
    attributions=[("a1", "INDIRECT", "m1", "condemns", "the latest terrorist attack as barbaric and inhumane, meant to harm civilians", None),
                  ("a2", "INDIRECT", "m2", "briefed",
                   "the terrorist attack on the Ministry of Interior and Federalism Affairs in Mogadishu on Saturday 7 July 2018", None),
                  ("a3", "INDIRECT", "m3", ("said", "The minister said that"), seg(T, "the terrorist attack was reduced", "executed as intended"), None),
                  ("a4", "DIRECT", "m4", "Said", seg(T, "The attack was un-Islamic", "Reputation of Somalia."), None),
                  ("a5", "INDIRECT", "m5", "added",
                   "the Federal government of Somalia exerted all of its efforts to ensure peace and security and prevent such attacks", None),
                  ("a6", "INDIRECT", "m8", ("said", "The Minister said the"),
                   "the terrorists wounded and killed a number of innocent civilians at the premises of the ministry of Interior", None),
                  ("a7", "INDIRECT", "m11", "asked", "what does al-Shabab contribute to the country?", None)])

# ---------------------------------------------------------------------------------------
doc("emass-juba-traders-price-reduction-statement",
    url="https://www.emass-ssd.com/2020/10/20/traders-in-juba-happy-with-order-to-reduce-market-prices-traders-in-juba-happy-with-order-to-reduce-market-prices/",
    outlet="Emass News", country="South Sudan", topic="business", cut=True,
    published="2020-10-20",
    text=(T := "Traders in Juba happy with the statement to reduce market prices\n"
          "Traders in Juba are happy with the statement issued by South Sudan Chamber of Commerce and business union to reduce the prices of goods in the market.\n"
          "Last week, the chamber of commerce and the business union issued a joint statement calling on traders to reduce market prices since the dollar exchange rate has already dropped and they have not yet bought new stocks of goods.\n"
          "Many of the traders in Munuki’s Suk Libya expressed gratitude to the business union and trade chamber for the statement on price reduction.\n"
          "One of the traders Mohamed Osuman said many people in Juba are sleeping hungry because of high prices but now that they are allowed to reduce prices at least people will be able to eat.\n"
          "“I’m Happy that the South Sudan chamber of commerce and the business union are supporting traders. By issuing the statement for price reduction now we can have customers to buy our commodities. Even now the dollar exchange rate has come down,” the trader explained.\n"
          "He called on fellow businessmen and women to lower prices in the market in order for the poor to afford to buy something.\n"
          "Another trader Sarah Tabua sells second hand clothes, said it was a big challenge for them to sell commodities to clients because only few can afford to buy.\n"
          "She is happy that the dollar rate is slowly lowering and now the customers can be able to purchase goods in the market.\n"
          "“Even now I can reduce my prices too. Since they told us to reduce prices now people are able to buy things in the market. Even customers can now negotiate prices,” Sarah added.\n"
          "After the statement by the trade chamber and business union, prices of goods have slightly reduced.\n"
          "Currently 10 kilogram of sugar which was sold at 6,000 SSP is now at 3,800, and 10 Kilogram bag of rice is now at 2,800 SSP."),
    entities=[("chamber", "South Sudan Chamber of Commerce and business union", "GROUP",
               ["the chamber of commerce and the business union", "the business union and trade chamber",
                "the South Sudan chamber of commerce and the business union", "the trade chamber and business union"],
               "South Sudan Chamber of Commerce and the business union"),
              ("suklibya", "Many of the traders in Munuki’s Suk Libya", "GROUP", [], "traders at Suk Libya market, Munuki"),
              ("osuman", "Mohamed Osuman", "PERSON", ["Osuman", "One of the traders Mohamed Osuman", "the trader"], "trader in Juba"),
              ("tabua", "Sarah Tabua", "PERSON", ["Sarah", "Another trader Sarah Tabua"], "second-hand clothes trader in Juba")],
    mentions=[("m1", "South Sudan Chamber of Commerce and business union", "chamber"),
              ("m2", ("the chamber of commerce and the business union", "Last week, the chamber"), "chamber"),
              ("m3", "Many of the traders in Munuki’s Suk Libya", "suklibya"),
              ("m4", "the business union and trade chamber", "chamber"),
              ("m5", "One of the traders Mohamed Osuman", "osuman"),
              ("m6", "the South Sudan chamber of commerce and the business union", "chamber"),
              ("m7", ("the trader", "the trader explained"), "osuman"),
              ("m8", ("He", "He called on"), "osuman"),
              ("m9", "Another trader Sarah Tabua", "tabua"),
              ("m10", ("She", "She is happy"), "tabua"),
              ("m11", ("they", "they told us"), "chamber"),
              ("m12", ("Sarah", "Sarah added"), "tabua"),
              ("m13", "the trade chamber and business union", "chamber")],
    attributions=[("a1", "INDIRECT", None, ("statement", "the statement to reduce market"), ("to reduce market prices", "the statement to reduce market"), None),
                  ("a2", "INDIRECT", "m1", ("statement", "the statement issued"), "to reduce the prices of goods in the market", None),
                  ("a3", "INDIRECT", "m2", "calling on", seg(T, "traders to reduce market prices since", "new stocks of goods"), None),
                  ("a4", "INDIRECT", "m3", "expressed gratitude", "the statement on price reduction", None),
                  ("a5", "INDIRECT", "m5", ("said", "Osuman said"), seg(T, "many people in Juba are sleeping", "be able to eat"), None),
                  ("a6", "DIRECT", "m7", "explained", seg(T, "I’m Happy that", "has come down,"), None),
                  ("a7", "INDIRECT", "m8", "called on",
                   "fellow businessmen and women to lower prices in the market in order for the poor to afford to buy something", None),
                  ("a8", "INDIRECT", "m9", ("said", "clothes, said"),
                   "it was a big challenge for them to sell commodities to clients because only few can afford to buy", None),
                  ("a9", "INDIRECT", "m10", ("happy", "She is happy"),
                   "the dollar rate is slowly lowering and now the customers can be able to purchase goods in the market", None),
                  ("a10", "DIRECT", "m12", ("added", "Sarah added"), seg(T, "Even now I can reduce", "negotiate prices,"), None),
                  ("a11", "INDIRECT", "m11", ("told", "they told us"), ("to reduce prices", "they told us to reduce prices"), "a10")])

# ---------------------------------------------------------------------------------------
doc("ssna-juba-military-judge-jails-soldiers",
    url="https://ssnanews.com/index.php/2018/09/06/south-sudan-military-judge-jails-soldiers-for-rape-and-murder/",
    outlet="South Sudan News Agency (SSNA)", country="South Sudan", topic="courts-crime", cut=False,
    published="2018-09-06",
    text=(T := "South Sudan Military Judge jails soldiers for rape and murder\n"
          "Juba, September 6, 2018 (SSNA) — A military Judge found 10 South Sudanese soldiers guilty of rapping humanitarian workers and killing of a local journalist during the July 2016 Terrain Hotel rampage.\n"
          "Judge Brig. General Knight Briano on Thursday sentenced the soldiers from 7 years to life in prison and acquitted one soldier, citing lack of evidence.\n"
          "Judge Knight also ordered South Sudan’s government to pay compensation of $20,000 dollars to 5 rape victims.\n"
          "Two layers who represent rape victims said they are disgusted by Judge’s decision, saying the compensation amount is “outrageous.” The lawyers plan to appeal the verdict.\n"
          "Human rights groups applauded the Judge’s decision.\n"
          "However, a South Sudanese legal analyst demanded complete anonymity for fear of reprisal described Thursday’s verdict as “good and bad,” pointing out that the Judge’s decision to convict and sentence the defendants to jail is not a good step as it seems.\n"
          "“This verdict is good in a sense that it jails the soldiers who carried out the 2016 brutal attacks on aid workers and a journalist,” The legal analyst told the South Sudan News Agency (SSNA) Thursday in Juba.\n"
          "“People should know Salva Kiir is the one who is the Judge, not Judge Knight who imprisoned those dirty soldiers. Kiir is trying to appease the world to relieve some of the pressure from his mind,” he says, adding, “this is both good and bad verdict.”\n"
          "The analyst also explained that there are so many people who committed far more serious crimes than the soldiers who have now been jailed, arguing that people should not celebrate what he branded as “a scripted PR verdict.”"),
    entities=[("knight", "Knight Briano", "PERSON",
               ["Judge Knight", "Judge Brig. General Knight Briano", "A military Judge", "South Sudan Military Judge"],
               "military judge"),
              ("lawyers", "Two layers", "GROUP", ["The lawyers"], "lawyers representing the rape victims"),
              ("rights", "Human rights groups", "GROUP", [], None),
              ("analyst", "South Sudanese legal analyst", "PERSON",
               ["a South Sudanese legal analyst", "The legal analyst", "The analyst"], "anonymous legal analyst")],
    mentions=[("m1", "South Sudan Military Judge", "knight"),
              ("m2", "A military Judge", "knight"),
              ("m3", "Judge Brig. General Knight Briano", "knight"),
              ("m4", ("Judge Knight", "Judge Knight also"), "knight"),
              ("m5", "Two layers", "lawyers"),
              ("m6", "The lawyers", "lawyers"),
              ("m7", "Human rights groups", "rights"),
              ("m8", "a South Sudanese legal analyst", "analyst"),
              ("m9", "The legal analyst", "analyst"),
              ("m10", ("Judge Knight", "not Judge Knight"), "knight"),
              ("m11", ("he", "he says"), "analyst"),
              ("m12", "The analyst", "analyst"),
              ("m13", ("he", "he branded"), "analyst")],
    attributions=[("a1", "INDIRECT", "m2", "found",
                   "10 South Sudanese soldiers guilty of rapping humanitarian workers and killing of a local journalist during the July 2016 Terrain Hotel rampage", None),
                  ("a2", "INDIRECT", "m3", "citing", "lack of evidence", None),
                  ("a3", "INDIRECT", "m5", ("said", "victims said"), "they are disgusted by Judge’s decision", None),
                  ("a4", "MIXED", "m5", "saying", "the compensation amount is “outrageous.”", None),
                  ("a5", "INDIRECT", "m7", "applauded", ("the Judge’s decision", "applauded the Judge’s decision"), None),
                  ("a6", "MIXED", "m8", "described", "Thursday’s verdict as “good and bad,”", None),
                  ("a7", "INDIRECT", "m8", "pointing out", seg(T, "the Judge’s decision to convict", "as it seems"), None),
                  ("a8", "DIRECT", "m9", "told", seg(T, "This verdict is good", "and a journalist,"), None),
                  ("a9", "DIRECT", "m11", "says", seg(T, "People should know", "from his mind,"), None),
                  ("a10", "DIRECT", "m11", "adding", "this is both good and bad verdict.", None),
                  ("a11", "INDIRECT", "m12", "explained", seg(T, "there are so many people", "now been jailed"), None),
                  ("a12", "MIXED", "m12", "arguing", "people should not celebrate what he branded as “a scripted PR verdict.”", None),
                  ("a13", "DIRECT", "m13", "branded", "a scripted PR verdict.", "a12")])

# ---------------------------------------------------------------------------------------
doc("onepng-noupan-villagers-demand-compensation",
    url="https://www.onepng.com/2014/01/villagers-demand-k70000-compensation.html",
    outlet="One Papua New Guinea (onepng)", country="Papua New Guinea", topic="local", cut=False,
    text=(T := "Villagers demand K70,000 Compensation\n"
          "Noupan villagers in the Peit Constituency of North Bougainville, are demanding 70-thousand Kina compensation, for the death of a youth in their area, last year.\n"
          "They are asking the Sing villagers of Hagogohe Constituency to pay this money.\n"
          "The young man was killed during a drinking spree which turned sour, by a youth from Sing village, on December 20, last year.\n"
          "In retaliation, the dead man's relatives mobilized and burnt down 13 houses belonging to Sing villagers - the incident causing friction between both groups, but quick intervention by police and community leaders from the two areas, prevented further trouble.\n"
          "So far, ABG leaders of both constituencies and the chiefs have held three consecutive meetings to find ways of solving the problem.\n"
          "In the meeting, the people of Noupan demanded K20,000 \"belkol\" money and K50,000 compensation.\n"
          "After much deliberation a compromise on the compensation package was reached, and the people of Sing village have been given 2-months to pay up the \"belkol\" money.\n"
          "Sing villagers also reminded the people of Noupan for destruction to their houses and other properties, and urged them to take full responsibility for their actions.\n"
          "The people of Sing village claim that more than K150,000 worth of valuables and properties were destroyed."),
    entities=[("noupan", "Noupan villagers", "GROUP",
               ["Villagers", "Noupan villagers in the Peit Constituency of North Bougainville", "the people of Noupan"],
               "villagers of Noupan, Peit Constituency, North Bougainville"),
              ("sing", "Sing villagers", "GROUP",
               ["the Sing villagers of Hagogohe Constituency", "The people of Sing village"],
               "villagers of Sing, Hagogohe Constituency")],
    mentions=[("m1", ("Villagers", "Villagers demand"), "noupan"),
              ("m2", "Noupan villagers in the Peit Constituency of North Bougainville", "noupan"),
              ("m3", ("They", "They are asking"), "noupan"),
              ("m4", "the Sing villagers of Hagogohe Constituency", "sing"),
              ("m5", ("Sing villagers", "belonging to Sing villagers"), "sing"),
              ("m6", ("the people of Noupan", "the people of Noupan demanded"), "noupan"),
              ("m7", ("the people of Sing village", "the people of Sing village have"), "sing"),
              ("m8", ("Sing villagers", "Sing villagers also"), "sing"),
              ("m9", ("the people of Noupan", "reminded the people of Noupan"), "noupan"),
              ("m10", ("The people of Sing village", "The people of Sing village claim"), "sing")],
    attributions=[("a1", "INDIRECT", "m1", ("demand", "Villagers demand"), "K70,000 Compensation", None),
                  ("a2", "INDIRECT", "m2", "demanding",
                   "70-thousand Kina compensation, for the death of a youth in their area, last year", None),
                  ("a3", "INDIRECT", "m3", "asking", "the Sing villagers of Hagogohe Constituency to pay this money", None),
                  ("a4", "MIXED", "m6", "demanded", "K20,000 \"belkol\" money and K50,000 compensation", None),
                  ("a5", "INDIRECT", "m8", "reminded", "destruction to their houses and other properties", None),
                  ("a6", "INDIRECT", "m8", "urged", "them to take full responsibility for their actions", None),
                  ("a7", "INDIRECT", "m10", "claim", "more than K150,000 worth of valuables and properties were destroyed", None)])

# ---------------------------------------------------------------------------------------
doc("coconet-ikale-tahi-kefu-potential",
    url="https://thecoconet.tv/coco-talanoa/sports/ikale-tahi-set-to-soar-in-2023",
    outlet="The Coconet", country="New Zealand", topic="sport", cut=True,
    text=(T := "'Ikale Tahi set to soar in 2023\n"
          "The ‘Ikale Tahi began their journey to the 2023 Rugby World Cup in impressive fashion but head coach Toutai Kefu insists his team are yet to scratch the surface of their potential.\n"
          "In their first game at home since 2019, Tonga defeated Australia A 27-21 at Teufaiva Stadium in Nuku’alofa last Friday.\n"
          "Kefu’s side have been in camp in the Kingdom for over a fortnight and he said they always get a sense of connection and belonging when they can start a campaign in Tonga.\n"
          "“Off the field stuff, the boys have really engaged,” he said, noting a handful of players were visiting their ancestral homeland for the first time.\n"
          "“I’ve encouraged all of them to get out amongst it, mix with family, go and see where their parents and grandparents were born.”\n"
          "The centrepiece of their stay was the game against Australia A, marking both 50 years since ‘Ikale Tahi beat the Wallabies in 1973 and the 100 year jubilee of the Tonga Rugby Union.\n"
          "“To play in front of our people is something really special and to have a win is the icing on the cake,” Kefu said.\n"
          "It was ‘Ikale Tahi’s best performance since the last Rugby World Cup, with a mammoth forward pack making strong carries and recycling the ball quickly for fullback Salesi Piutau and company to thrive on attack.\n"
          "“We did some really good things on Friday but we know the potential and the ceiling is uncapped for this group,” Kefu said.\n"
          "“We’re probably operating now at 40-50 per cent.”\n"
          "Expect a similar gameplan from Tonga throughout the year – Kefu said he likes picking big, aggressive forwards and Tonga boast size all over the park.\n"
          "“We need to take advantage of that, to try and create go-forward ball and create momentum because we’ve got some players in the backs that have loads of x-factor and on their day they could be world class,” he said."),
    entities=[("kefu", "Toutai Kefu", "PERSON", ["Kefu", "head coach Toutai Kefu"], "Tonga ('Ikale Tahi) head coach")],
    mentions=[("m1", "head coach Toutai Kefu", "kefu"),
              ("m2", ("he", "he said they"), "kefu"),
              ("m3", ("he", "he said, noting"), "kefu"),
              ("m4", ("I", "I’ve encouraged"), "kefu"),
              ("m5", ("Kefu", "cake,” Kefu said"), "kefu"),
              ("m6", ("Kefu", "group,” Kefu said"), "kefu"),
              ("m7", ("Kefu", "Kefu said he likes"), "kefu"),
              ("m8", ("he", "world class,” he said"), "kefu")],
    attributions=[("a1", "INDIRECT", "m1", "insists", "his team are yet to scratch the surface of their potential", None),
                  ("a2", "INDIRECT", "m2", ("said", "he said they"),
                   "they always get a sense of connection and belonging when they can start a campaign in Tonga", None),
                  ("a3", "DIRECT", "m3", ("said", "he said, noting"), "Off the field stuff, the boys have really engaged,", None),
                  ("a4", "INDIRECT", "m3", "noting", "a handful of players were visiting their ancestral homeland for the first time", None),
                  ("a5", "DIRECT", "m3", None, seg(T, "I’ve encouraged", "grandparents were born."), None),
                  ("a6", "INDIRECT", "m4", "encouraged",
                   "all of them to get out amongst it, mix with family, go and see where their parents and grandparents were born", "a5"),
                  ("a7", "DIRECT", "m5", ("said", "cake,” Kefu said"), seg(T, "To play in front", "icing on the cake,"), None),
                  ("a8", "DIRECT", "m6", ("said", "group,” Kefu said"), seg(T, "We did some really good", "for this group,"), None),
                  ("a9", "DIRECT", "m6", None, "We’re probably operating now at 40-50 per cent.", None),
                  ("a10", "INDIRECT", "m7", ("said", "Kefu said he likes"),
                   "he likes picking big, aggressive forwards and Tonga boast size all over the park", None),
                  ("a11", "DIRECT", "m8", ("said", "world class,” he said"), seg(T, "We need to take advantage", "world class,"), None)])

write("train_r.jsonl")
