#!/usr/bin/env python3
"""Writes train_b.jsonl: real-news gold, split train-b (see gold.py). Run: python3 make_train_b.py"""
from gold import doc, write

# ---------------------------------------------------------------------------------------
doc("latimes-amgen-quarterly-reports",
    url="https://www.latimes.com/archives/la-xpm-1996-04-30-fi-64115-story.html",
    outlet="Los Angeles Times", country="US", topic="business", cut=True,
    published="1996-04-30",
    text=("Keep Your Eye on Those Quarterly Profit Reports\n"
          "To the casual observer, quarterly revenue reports might appear to be simple statistics. But to company officials and their shareholders, the figures can be critical to financial success or failure.\n"
          "Just ask the folks at Amgen of Thousand Oaks. When the biotech giant reported its quarterly earnings at the end of last month at 51 cents per share, it was initially misinterpreted by one organization as falling 7 cents below Wall Street expectations.\n"
          "In fact, it was a 32% increase from the 39 cents for the first quarter of 1995, and it was equal to or a penny above various analysts’ forecasts.\n"
          "Although Amgen received less than a dozen calls from curious investors in this instance, company spokesman David Kaye said a negative report can have a serious impact on stockholder perception.\n"
          "“Particularly to a biotech company, reports are enormously important because biotech, by its nature, is very speculative,” Kaye said. “Earnings reports are commonly looked to by everyone from Wall Street analysts to Mom-and-Pop investors as a barometer of how well a stock is doing.”"),
    entities=[("amgen", "Amgen", "ORGANIZATION", ["the biotech giant", "Amgen of Thousand Oaks"]),
              ("organization", "one organization", "ORGANIZATION", []),
              ("kaye", "David Kaye", "PERSON", ["Kaye", "company spokesman David Kaye"], "company spokesman")],
    mentions=[("m1", ("Amgen", "folks at Amgen"), "amgen"),
              ("m2", "the biotech giant", "amgen"),
              ("m3", "one organization", "organization"),
              ("m4", ("Amgen", "Although Amgen"), "amgen"),
              ("m5", "company spokesman David Kaye", "kaye"),
              ("m6", ("Kaye", "Kaye said."), "kaye")],
    attributions=[("a1", "INDIRECT", "m2", "reported", "its quarterly earnings at the end of last month at 51 cents per share", None),
                  ("a2", "INDIRECT", "m3", "misinterpreted", "falling 7 cents below Wall Street expectations", None),
                  ("a3", "INDIRECT", "m5", ("said", "Kaye said a"), "a negative report can have a serious impact on stockholder perception", None),
                  ("a4", "DIRECT", "m6", ("said", "Kaye said."), "Particularly to a biotech company, reports are enormously important because biotech, by its nature, is very speculative,", None),
                  ("a5", "DIRECT", "m6", None, "Earnings reports are commonly looked to by everyone from Wall Street analysts to Mom-and-Pop investors as a barometer of how well a stock is doing.", None)])

# ---------------------------------------------------------------------------------------
doc("standardmedia-safaricom-mpesa",
    url="https://www.standardmedia.co.ke/article/2001336307/michael-joseph-unveils-plan-for-m-pesa",
    outlet="The Standard", country="Kenya", topic="business", cut=False,
    text=("Safaricom to focus on expanding M-Pesa, says interim CEO\n"
          "The interim CEO of Safaricom said he would focus on expanding the firm’s mobile financial services business M-Pesa beyond Kenya.\n"
          "Michael Joseph took over the helm of East Africa’s most profitable company, which is part held by South Africa’s Vodacom and Britain’s Vodafone, this month after the death of long-serving boss Bob Collymore.\n"
          "“I’m particularly keen to work closely with the team to take M-Pesa beyond Kenya,” Joseph said in a statement, adding he would lead the company while the board found a permanent CEO.\n"
          "Joseph, who is a board member, served as the CEO until 2010, when Collymore took over.\n"
          "M-Pesa, which allows users to send money, borrow, save and pay bills even on a basic mobile handset, has been the key driver of the company’s profit growth in recent years, helping pick up the slack in data and voice revenue streams.\n"
          "Collymore had told Reuters in May that Safaricom and Vodacom would buy the intellectual property rights of M-Pesa from Vodafone for $13 million, so they could expand the service in Africa.\n"
          "M-Pesa, launched more than a decade ago, now serves more than 22.6 million people in Kenya and has been copied abroad.\n"
          "Joseph also said he would work on the data business to attain a better balance between consumption and revenue growth."),
    entities=[("joseph", "Michael Joseph", "PERSON", ["Joseph", "The interim CEO of Safaricom", "interim CEO"], "interim CEO of Safaricom"),
              ("collymore", "Bob Collymore", "PERSON", ["Collymore"], "former Safaricom chief executive")],
    mentions=[("m1", ("interim CEO", "says interim CEO"), "joseph"),
              ("m2", "The interim CEO of Safaricom", "joseph"),
              ("m3", "Michael Joseph", "joseph"),
              ("m4", "long-serving boss Bob Collymore", "collymore"),
              ("m5", ("Joseph", "Joseph said in"), "joseph"),
              ("m6", ("Joseph", "Joseph, who"), "joseph"),
              ("m7", ("Collymore", "when Collymore"), "collymore"),
              ("m8", ("Collymore", "Collymore had told"), "collymore"),
              ("m9", ("Joseph", "Joseph also said"), "joseph")],
    attributions=[("a1", "INDIRECT", "m1", "says", "Safaricom to focus on expanding M-Pesa", None),
                  ("a2", "INDIRECT", "m2", ("said", "Safaricom said"), "he would focus on expanding the firm’s mobile financial services business M-Pesa beyond Kenya", None),
                  ("a3", "DIRECT", "m5", ("said", "Joseph said in"), "I’m particularly keen to work closely with the team to take M-Pesa beyond Kenya,", None),
                  ("a4", "INDIRECT", "m5", "adding", "he would lead the company while the board found a permanent CEO", None),
                  ("a5", "INDIRECT", "m8", "told", "Safaricom and Vodacom would buy the intellectual property rights of M-Pesa from Vodafone for $13 million, so they could expand the service in Africa", None),
                  ("a6", "INDIRECT", "m9", ("said", "Joseph also said"), "he would work on the data business to attain a better balance between consumption and revenue growth", None)])

# ---------------------------------------------------------------------------------------
doc("supermarket-ramaphosa-sa-inc",
    url="https://supermarket.co.za/index.php/economic-factors/1603-cyril-ramaphosa-sells-sa-inc",
    outlet="Supermarket & Retailer", country="South Africa", topic="business", cut=True,
    text=("Cyril Ramaphosa sells SA Inc\n"
          "Deputy President Cyril Ramaphosa this week highlighted the investment potential of the country and the continent as he welcomed some of the world’s biggest retailers and manufacturers to a conference in Cape Town.\n"
          "The international companies included Coca-Cola, Colgate, Nestlé, Procter & Gamble, Unilever and Walmart.\n"
          "“We in South Africa are ideally placed as a gateway for international investors wishing to venture into the continent,” Ramaphosa told delegates in Cape Town this week at the global summit of the Consumer Goods Forum.\n"
          "While Ramaphosa was upbeat about the country, delegates noted that South Africa’s growth had slowed – the country is expected to grow by just 0.5% this year.\n"
          "Nestlé CEO Paul Bulcke said that to ensure long-term growth, South Africa needed to focus on education, infrastructure, stability and the right policies.\n"
          "Nestlé has 26 factories in Africa, including eight factories in South Africa, where it employs 3 500 people directly.\n"
          "On the infrastructure front, Ramaphosa said that over the next two decades, the South African government planned to spend more than R4 trillion to end infrastructure bottlenecks.\n"
          "“Many corporate players have been playing a supportive role to our country over many years ... We thank you for investing in our country and for the positive role you’ve been playing since the end of apartheid to develop our country and its people,” Ramaphosa said.\n"
          "Ramaphosa himself has served on the international advisory boards of Unilever and Coca-Cola.\n"
          "Muhtar Kent, Coca-Cola CEO, said his company was investing $17 billion (R259 billion) in Africa.\n"
          "Turning to Africa, Ramaphosa said that Africa was on a new growth trajectory.\n"
          "“Africa is an enormous market of more than 1 billion people,” he said.\n"
          "“Seven of the 10 fastest-growing national economies globally are in Africa,” Ramaphosa said."),
    entities=[("ramaphosa", "Cyril Ramaphosa", "PERSON", ["Ramaphosa", "Deputy President Cyril Ramaphosa"], "Deputy President of South Africa"),
              ("delegates", "delegates", "GROUP", []),
              ("bulcke", "Paul Bulcke", "PERSON", ["Bulcke", "Nestlé CEO Paul Bulcke"], "Nestlé CEO"),
              ("kent", "Muhtar Kent", "PERSON", ["Kent"], "Coca-Cola CEO")],
    mentions=[("m1", ("Cyril Ramaphosa", "Cyril Ramaphosa sells"), "ramaphosa"),
              ("m2", "Deputy President Cyril Ramaphosa", "ramaphosa"),
              ("m3", ("Ramaphosa", "Ramaphosa told"), "ramaphosa"),
              ("m4", ("delegates", "told delegates"), "delegates"),
              ("m5", ("Ramaphosa", "While Ramaphosa"), "ramaphosa"),
              ("m6", ("delegates", "delegates noted"), "delegates"),
              ("m7", "Nestlé CEO Paul Bulcke", "bulcke"),
              ("m8", ("Ramaphosa", "front, Ramaphosa"), "ramaphosa"),
              ("m9", ("Ramaphosa", "people,” Ramaphosa"), "ramaphosa"),
              ("m10", ("Ramaphosa", "Ramaphosa himself"), "ramaphosa"),
              ("m11", "Muhtar Kent, Coca-Cola CEO", "kent"),
              ("m12", ("Ramaphosa", "Africa, Ramaphosa said"), "ramaphosa"),
              ("m13", ("he", "people,” he said"), "ramaphosa"),
              ("m14", ("Ramaphosa", "in Africa,” Ramaphosa"), "ramaphosa")],
    attributions=[("a1", "INDIRECT", "m2", "highlighted", "the investment potential of the country and the continent", None),
                  ("a2", "DIRECT", "m3", "told", "We in South Africa are ideally placed as a gateway for international investors wishing to venture into the continent,", None),
                  ("a3", "INDIRECT", "m6", "noted", "South Africa’s growth had slowed", None),
                  ("a4", "INDIRECT", None, "expected", "to grow by just 0.5% this year", None),
                  ("a5", "INDIRECT", "m7", ("said", "Bulcke said"), "to ensure long-term growth, South Africa needed to focus on education, infrastructure, stability and the right policies", None),
                  ("a6", "INDIRECT", "m8", ("said", "front, Ramaphosa said"), "over the next two decades, the South African government planned to spend more than R4 trillion to end infrastructure bottlenecks", None),
                  ("a7", "DIRECT", "m9", ("said", "people,” Ramaphosa said"), "Many corporate players have been playing a supportive role to our country over many years ... We thank you for investing in our country and for the positive role you’ve been playing since the end of apartheid to develop our country and its people,", None),
                  ("a8", "INDIRECT", "m11", ("said", "CEO, said"), "his company was investing $17 billion (R259 billion) in Africa", None),
                  ("a9", "INDIRECT", "m12", ("said", "Africa, Ramaphosa said"), "Africa was on a new growth trajectory", None),
                  ("a10", "DIRECT", "m13", ("said", "people,” he said"), "Africa is an enormous market of more than 1 billion people,", None),
                  ("a11", "DIRECT", "m14", ("said", "in Africa,” Ramaphosa said"), "Seven of the 10 fastest-growing national economies globally are in Africa,", None)])

# ---------------------------------------------------------------------------------------
doc("bbc-google-appeals-eu-fine",
    url="https://www.bbc.co.uk/news/technology-41227989",
    outlet="BBC News", country="UK", topic="technology", cut=False,
    text=("Google appeals against huge EU anti-trust fine\n"
          "Tech giant Google has lodged an appeal against the 2.4bn euro fine (£2bn / $2.8bn) it was ordered to pay by the European Commission in June.\n"
          "The regulator had ruled that positioning its own shopping comparison service at the top of Google search results was an abuse of power.\n"
          "The fine was the largest penalty ever issued by the regulator, which also said the firm could face more fines if it continued its practices.\n"
          "Google said it had no further comment.\n"
          "At the time that the fine was imposed, Margrethe Vestager, the European Union's Competition Commissioner said that Google's activity was \"illegal under EU antitrust rules\".\n"
          "A spokesman then said that Google \"respectfully disagreed\" with the ruling.\n"
          "Google was also given 90 days to end the \"anti competitive\" practices or face a further fine amounting to 5% of the average daily global earning of its parent company Alphabet.\n"
          "The deadline for making the changes is 28 September.\n"
          "Analysis: Rory Cellan-Jones, BBC Technology Correspondent\n"
          "It is hardly a surprise that Google is appealing against the record fine handed down to it by the EU.\n"
          "When the Competition Commissioner Margarethe Vestager ruled against the search giant, the move was seen as just the first shot in a wider campaign.\n"
          "The Commission is looking at other areas where it suspects Google may have abused its monopoly power, notably its Android mobile operating system - so the American firm did not want to lie down and accept its fate.\n"
          "This of course means that there will be plenty of work for lawyers and lobbyists for years to come.\n"
          "Last week the Commission had a setback when the European Court of Justice ordered a review of a fine it imposed on the chip giant Intel. That dates back to 2009 - so don't expect Google's case to be done and dusted in the near future"),
    entities=[("google", "Google", "ORGANIZATION", ["Tech giant Google", "the search giant", "the American firm"]),
              ("commission", "European Commission", "ORGANIZATION", ["the regulator", "the Commission"]),
              ("vestager", "Margrethe Vestager", "PERSON", ["Vestager", "Margarethe Vestager"], "EU Competition Commissioner"),
              ("spokesman", "spokesman", "PERSON", ["A spokesman"], "Google spokesman")],
    mentions=[("m1", "Tech giant Google", "google"),
              ("m2", "the European Commission", "commission"),
              ("m3", "The regulator", "commission"),
              ("m4", ("the regulator", "issued by the regulator"), "commission"),
              ("m5", ("the firm", "the firm could"), "google"),
              ("m6", ("Google", "Google said"), "google"),
              ("m7", "Margrethe Vestager, the European Union's Competition Commissioner", "vestager"),
              ("m8", "A spokesman", "spokesman"),
              ("m9", ("Google", "Google \"respectfully"), "google"),
              ("m10", ("Google", "Google was also"), "google"),
              ("m11", ("Google", "Google is appealing"), "google"),
              ("m12", "the Competition Commissioner Margarethe Vestager", "vestager"),
              ("m13", "the search giant", "google"),
              ("m14", "The Commission", "commission"),
              ("m15", ("it", "where it suspects"), "commission"),
              ("m16", ("Google", "Google may have"), "google"),
              ("m17", "the American firm", "google"),
              ("m18", ("the Commission", "week the Commission"), "commission")],
    attributions=[("a1", "INDIRECT", "m3", ("ruled", "had ruled"), "positioning its own shopping comparison service at the top of Google search results was an abuse of power", None),
                  ("a2", "INDIRECT", "m4", ("said", "also said"), "the firm could face more fines if it continued its practices", None),
                  ("a3", "INDIRECT", "m6", ("said", "Google said"), "it had no further comment", None),
                  ("a4", "MIXED", "m7", ("said", "Commissioner said"), "Google's activity was \"illegal under EU antitrust rules\"", None),
                  ("a5", "MIXED", "m8", ("said", "then said"), "Google \"respectfully disagreed\" with the ruling", None),
                  ("a6", "INDIRECT", None, "seen", "just the first shot in a wider campaign", None),
                  ("a7", "INDIRECT", "m15", "suspects", "Google may have abused its monopoly power", None)])

# ---------------------------------------------------------------------------------------
doc("abs-cbn-telcos-internet-probe",
    url="http://news.abs-cbn.com/business/04/23/14/telcos-open-probe-slow-internet-service",
    outlet="ABS-CBN News", country="Philippines", topic="technology", cut=True,
    published="2014-04-24",
    text=("Telcos open to probe on slow Internet service\n"
          "MANILA - The country’s two largest telecommunications firms are open to the Congressional probe on what a neophyte lawmaker called “slow but expensive” Internet connection compared with neighboring countries.\n"
          "Philippine Long Distance Telephone Co. (PLDT) and Globe Telecom Inc. both agreed that the investigation would provide a clearer picture of the Internet connectivity in the Philippines.\n"
          "“We hope this will provide a more objective view of the current situation and a better understanding of the substantial efforts being undertaken by PLDT and other telcos to further improve the reach, quality and accessibility of Internet services in the country,” PLDT Spokesman Ramon Isberto told the BusinessMirror in a text message.\n"
          "For her part, Globe Spokesman Yolanda Crisanto said her firm is hopeful that “something constructive” comes out of the probe.\n"
          "Sen. Paolo Benigno Aguirre Aquino IV wants the upper chamber to investigate on the alleged slow but expensive Internet service offerings in the country. His call was made after an infographic was posted in social media sites, claiming that the Philippines lags behind its neighbors within the Association of Southeast Asian Nations region. The senator said the probe would enlighten the country if Filipinos get a value-for-money Internet connection service just like their Asean counterparts.\n"
          "“There are constant complaints about the providers’ failure to deliver on its promised connection speed, which usually leads to slow Internet link,” he said.\n"
          "Aquino noted that a Filipino consumer pays around P1,000 a month for Internet service with speeds of up to 2 megabytes per second (Mbps) and about P2,000 for up to 5 Mbps."),
    entities=[("telcos", "Philippine Long Distance Telephone Co. (PLDT) and Globe Telecom Inc.", "GROUP", ["the country’s two largest telecommunications firms"]),
              ("aquino", "Paolo Benigno Aguirre Aquino IV", "PERSON", ["Aquino", "Sen. Paolo Benigno Aguirre Aquino IV", "a neophyte lawmaker", "the senator"], "senator"),
              ("isberto", "Ramon Isberto", "PERSON", ["Isberto"], "PLDT spokesman"),
              ("crisanto", "Yolanda Crisanto", "PERSON", ["Crisanto"], "Globe spokesman"),
              ("infographic", "infographic", "ORGANIZATION", ["an infographic"])],
    mentions=[("m1", "The country’s two largest telecommunications firms", "telcos"),
              ("m2", "a neophyte lawmaker", "aquino"),
              ("m3", "Philippine Long Distance Telephone Co. (PLDT) and Globe Telecom Inc.", "telcos"),
              ("m4", "PLDT Spokesman Ramon Isberto", "isberto"),
              ("m5", "Globe Spokesman Yolanda Crisanto", "crisanto"),
              ("m6", "Sen. Paolo Benigno Aguirre Aquino IV", "aquino"),
              ("m7", "an infographic", "infographic"),
              ("m8", "The senator", "aquino"),
              ("m9", ("he", "link,” he said"), "aquino"),
              ("m10", ("Aquino", "Aquino noted"), "aquino")],
    attributions=[("a1", "DIRECT", "m2", "called", ("slow but expensive", "called “slow"), None),
                  ("a2", "INDIRECT", "m3", "agreed", "the investigation would provide a clearer picture of the Internet connectivity in the Philippines", None),
                  ("a3", "DIRECT", "m4", "told", "We hope this will provide a more objective view of the current situation and a better understanding of the substantial efforts being undertaken by PLDT and other telcos to further improve the reach, quality and accessibility of Internet services in the country,", None),
                  ("a4", "MIXED", "m5", ("said", "Crisanto said"), "her firm is hopeful that “something constructive” comes out of the probe", None),
                  ("a5", "INDIRECT", "m6", "wants", "the upper chamber to investigate on the alleged slow but expensive Internet service offerings in the country", None),
                  ("a6", "INDIRECT", "m7", "claiming", "the Philippines lags behind its neighbors within the Association of Southeast Asian Nations region", None),
                  ("a7", "INDIRECT", "m8", ("said", "senator said"), "the probe would enlighten the country if Filipinos get a value-for-money Internet connection service just like their Asean counterparts", None),
                  ("a8", "DIRECT", "m9", ("said", "link,” he said"), "There are constant complaints about the providers’ failure to deliver on its promised connection speed, which usually leads to slow Internet link,", None),
                  ("a9", "INDIRECT", "m10", "noted", "a Filipino consumer pays around P1,000 a month for Internet service with speeds of up to 2 megabytes per second (Mbps) and about P2,000 for up to 5 Mbps", None)])

# ---------------------------------------------------------------------------------------
doc("tribune-pk-internet-crawls",
    url="https://tribune.com.pk/story/2416427/internet-crawls-as-service-restored-after-global-outcry",
    outlet="The Express Tribune", country="Pakistan", topic="technology", cut=True,
    published="2023-05-12",
    text=("Internet crawls as service restored after global outcry\n"
          "Telecom firms suffer loss of Rs2.46 billion in revenue\n"
          "Despite the government’s claim of restoring mobile broadband across the country on Friday, the users faced difficulty in accessing social media platforms, including YouTube, Twitter and Facebook.\n"
          "The Pakistan Telecommunication Authority had taken down the service on Tuesday night for security reasons after violent protests erupted following the arrest of PTI Chairman Imran Khan.\n"
          "The shutdown resulted in a loss of economic productivity and digital services, including digital payments.\n"
          "Owing to the suspension of the internet services, the telecommunication companies in Pakistan witnessed a loss of Rs2.46 billion in revenue, which also means a decrease of Rs861 million in tax revenue for the government as well.\n"
          "According to an official of a telecom company, the mobile broadband services constitute around 60% of their total revenues. Therefore, on a daily-basis, they earn approximately Rs820 million. Additionally, the government receives around 35% of the revenue.\n"
          "This calculation is based on the fact that the telecommunication companies earned roughly Rs500 billion from cellular services in the previous year. However, this is just an estimate from one industry. The overall economic loss to the country is likely to be massive.\n"
          "The sudden suspension of the internet services, without a well-thought-out process, has caused life in the country to come to a standstill. The move has drawn widespread criticism from organisations like GSMA and Amnesty International. Many argue that this suspension is tantamount to a violation of fundamental rights.\n"
          "The GSMA, a body that represents the interests of global mobile operators, etc., said that “alarmingly, the government has announced that the mobile internet shutdown is ‘indefinite’ which is a clear violation of the people’s right to access information and free expression”."),
    entities=[("government", "government", "ORGANIZATION", ["the government"]),
              ("official", "official of a telecom company", "PERSON", ["an official of a telecom company"]),
              ("many", "Many", "GROUP", []),
              ("gsma", "GSMA", "ORGANIZATION", ["the GSMA"])],
    mentions=[("m1", ("the government", "Despite the government"), "government"),
              ("m2", ("the government", "revenue for the government"), "government"),
              ("m3", "an official of a telecom company", "official"),
              ("m4", ("the government", "Additionally, the government"), "government"),
              ("m5", ("GSMA", "like GSMA"), "gsma"),
              ("m6", "Many", "many"),
              ("m7", "The GSMA", "gsma"),
              ("m8", ("the government", "alarmingly, the government"), "government")],
    attributions=[("a1", "INDIRECT", "m1", "claim", "restoring mobile broadband across the country on Friday", None),
                  ("a2", "INDIRECT", "m3", "According to", "the mobile broadband services constitute around 60% of their total revenues", None),
                  ("a3", "INDIRECT", "m6", "argue", "this suspension is tantamount to a violation of fundamental rights", None),
                  ("a4", "DIRECT", "m7", ("said", "etc., said"), "alarmingly, the government has announced that the mobile internet shutdown is ‘indefinite’ which is a clear violation of the people’s right to access information and free expression", None),
                  ("a5", "MIXED", "m8", "announced", "the mobile internet shutdown is ‘indefinite’", "a4")])

# ---------------------------------------------------------------------------------------
doc("thenews-pk-pta-internet-restored",
    url="https://thenews.com.pk/print/1069850-internet-services-being-restored-pta",
    outlet="The News International", country="Pakistan", topic="technology", cut=True,
    published="2023-05-13",
    text=("Internet services being restored: PTA\n"
          "ISLAMABAD: The mobile broadband and social media platforms, suspended after the arrest of PTI Chairman Imran Khan, were being restored in different parts of the country on Friday night.\n"
          "“The mobile broadband and social media platforms are being restored in a phased manner in different parts of the country,” the PTA spokesperson said when The News asked for her comments.\n"
          "Earlier, the GSMA had asked the government to lift the ban on the suspension of internet services and restore access as soon as possible.\n"
          "Julian Gorman, head of Asia Pacific GSMA, in a letter written to Minister for Information Technology Aminul Haq on Friday, said he expressed GSMA concerns over the restriction of connectivity -- internet services in Pakistan.\n"
          "The telecom industry has so far estimated that the suspension of broadband services has caused revenue losses of around Rs2.4 billion so far as per day losses at Rs824 million.\n"
          "Gorman said the GSMA, which represented the interests of mobile operators worldwide, was concerned about the impact that the current restrictions were having on citizens and businesses in Pakistan.\n"
          "He stated that in today’s digital societies, individuals and businesses relied on connectivity for their livelihoods and access to essential services and information. “Prolonged restrictions can also have far-reaching effects on citizens’ health, education, social and economic welfare,” he added.\n"
          "In addition to the harm imposed on businesses, restrictions could have a knock-on effect on credit and investment plans, ultimately damaging the country’s reputation for managing the economy and foreign investment, he maintained."),
    entities=[("pta", "PTA", "ORGANIZATION", []),
              ("spokesperson", "spokesperson", "PERSON", ["the spokesperson"], "PTA spokesperson"),
              ("gsma", "GSMA", "ORGANIZATION", ["the GSMA"]),
              ("gorman", "Julian Gorman", "PERSON", ["Gorman"], "head of Asia Pacific GSMA"),
              ("industry", "telecom industry", "GROUP", ["the telecom industry"])],
    mentions=[("m1", ("PTA", "restored: PTA"), "pta"),
              ("m2", "the PTA spokesperson", "spokesperson"),
              ("m3", ("the GSMA", "Earlier, the GSMA"), "gsma"),
              ("m4", "Julian Gorman, head of Asia Pacific GSMA", "gorman"),
              ("m5", "The telecom industry", "industry"),
              ("m6", ("Gorman", "Gorman said"), "gorman"),
              ("m7", ("the GSMA", "said the GSMA"), "gsma"),
              ("m8", ("He", "He stated"), "gorman"),
              ("m9", ("he", "welfare,” he added"), "gorman"),
              ("m10", ("he", "he maintained"), "gorman")],
    attributions=[("a1", "INDIRECT", "m1", None, "Internet services being restored", None),
                  ("a2", "DIRECT", "m2", ("said", "spokesperson said"), "The mobile broadband and social media platforms are being restored in a phased manner in different parts of the country,", None),
                  ("a3", "INDIRECT", "m3", ("asked", "had asked"), "the government to lift the ban on the suspension of internet services and restore access as soon as possible", None),
                  ("a4", "INDIRECT", "m4", ("said", "Friday, said"), "he expressed GSMA concerns over the restriction of connectivity -- internet services in Pakistan", None),
                  ("a5", "INDIRECT", "m5", "estimated", "the suspension of broadband services has caused revenue losses of around Rs2.4 billion so far as per day losses at Rs824 million", None),
                  ("a6", "INDIRECT", "m6", ("said", "Gorman said"), "the GSMA, which represented the interests of mobile operators worldwide, was concerned about the impact that the current restrictions were having on citizens and businesses in Pakistan", None),
                  ("a7", "INDIRECT", "m8", "stated", "in today’s digital societies, individuals and businesses relied on connectivity for their livelihoods and access to essential services and information", None),
                  ("a8", "DIRECT", "m9", "added", "Prolonged restrictions can also have far-reaching effects on citizens’ health, education, social and economic welfare,", None),
                  ("a9", "INDIRECT", "m10", "maintained", "In addition to the harm imposed on businesses, restrictions could have a knock-on effect on credit and investment plans, ultimately damaging the country’s reputation for managing the economy and foreign investment", None)])

# ---------------------------------------------------------------------------------------
doc("businesstimes-sg-fintech-chief",
    url="https://www.businesstimes.com.sg/banking-finance/singapore-fintech-chief-has-vision-of-asian-silicon-valley",
    outlet="The Business Times", country="Singapore", topic="technology", cut=True,
    text=("Singapore fintech chief has vision of Asian Silicon Valley\n"
          "Country is creating conditions that enable fintech players to find opportunities, see if they translate into real value, he says\n"
          "SINGAPORE sees more investments pouring into financial technology firms this year as the city-state seeks to become a regional hub for capital raising in areas from payments to robo-advisory, according to a top central bank official.\n"
          "Such investments have risen from around US$20 million in 2014 to a record US$1.1 billion last year, and more is expected this year, Sopnendu Mohanty, the Monetary Authority of Singapore's (MAS) chief fintech officer, said in an interview.\n"
          "\"We don't have Silicon Valley, but we are trying our best,\" he said. The environment the country is building enables these fintech players to \"find opportunities to see if their early ideas translate into real value in the long run\".\n"
          "Mr Mohanty, who spent 17 years at Citigroup before taking the position at the central bank in 2015, is in the fintech role at a time when the industry is fast evolving.\n"
          "The MAS's aspirations are central to Singapore's aim to fortify its position as a global financial centre where incumbent banks and contesting tech firms compete to provide services to consumers and corporates, though it is also a gatekeeper of standards as companies roll out their businesses.\n"
          "Mr Mohanty has been involved with efforts like Partior, the joint venture between JPMorgan Chase & Co, Temasek Holdings and DBS Group Holdings, that's a new blockchain-based platform for payments, trade and foreign-exchange settlement.\n"
          "He is also keen to expand a cross-border payments infrastructure, that has kicked off with Thailand allowing people in both countries to almost immediately move money via their mobile phones through government-backed systems."),
    entities=[("mohanty", "Sopnendu Mohanty", "PERSON", ["Mohanty", "Mr Mohanty", "a top central bank official"], "chief fintech officer, Monetary Authority of Singapore")],
    mentions=[("m1", ("he", "he says"), "mohanty"),
              ("m2", "a top central bank official", "mohanty"),
              ("m3", "Sopnendu Mohanty, the Monetary Authority of Singapore's (MAS) chief fintech officer", "mohanty"),
              ("m4", ("he", "best,\" he said"), "mohanty"),
              ("m5", ("Mr Mohanty", "Mr Mohanty, who"), "mohanty"),
              ("m6", ("Mr Mohanty", "Mr Mohanty has"), "mohanty")],
    attributions=[("a1", "INDIRECT", "m1", "says", "Country is creating conditions that enable fintech players to find opportunities, see if they translate into real value", None),
                  ("a2", "INDIRECT", "m2", "according to", "SINGAPORE sees more investments pouring into financial technology firms this year as the city-state seeks to become a regional hub for capital raising in areas from payments to robo-advisory", None),
                  ("a3", "INDIRECT", "m3", ("said", "officer, said"), "Such investments have risen from around US$20 million in 2014 to a record US$1.1 billion last year, and more is expected this year", None),
                  ("a4", "DIRECT", "m4", ("said", "best,\" he said"), "We don't have Silicon Valley, but we are trying our best,", None),
                  ("a5", "MIXED", "m4", None, "The environment the country is building enables these fintech players to \"find opportunities to see if their early ideas translate into real value in the long run\"", None)])

# ---------------------------------------------------------------------------------------
doc("citynews-canada-layoffs-2024",
    url="https://toronto.citynews.ca/2024/03/04/these-companies-have-laid-off-canadian-workers-in-2024-5/",
    outlet="CityNews Toronto", country="Canada", topic="business", cut=True,
    published="2024-03-04",
    text=("These companies have laid off Canadian workers in 2024\n"
          "Canadians are continuing to be laid off as part of a wave of job cuts that began in 2023 as companies assessed their operations after the height of the COVID-19 pandemic passed.\n"
          "Tech companies, retailers and more have all begun shedding members of their workforce in a bid to navigate the economic downturn.\n"
          "These are some of the companies which have so far laid off Canadian workers in 2024:\n"
          "BCE Inc.: The Montreal-based telecommunications giant said on Feb. 8 it was cutting 4,800 jobs “at all levels of the company,” although some of the job losses were to come from vacancies and natural attrition rather than layoffs.\n"
          "BenchSci: The Toronto-based artificial intelligence startup let go of an unspecified number of workers in January because of “economic environment, operational efficiencies, and adaptation to technological advancements, specifically generative AI.”\n"
          "BlackBerry Ltd.: The Waterloo, Ont.-based technology company announced plans to cut an unspecified number of jobs on Feb. 12 as it worked to separate two of its business divisions.\n"
          "The Body Shop Canada Ltd.: Court documents showed the subsidiary of the international cosmetics retailer planned to lay off about 200 workers in March as it sought creditor protection and closed 33 stores. The filings also revealed 20 head office employees and two contractors had recently been cut.\n"
          "Cascades Inc.:The paper and packing company said on Feb. 13 that it was closing three plants in a move that would affect 310 employees.\n"
          "Corus Entertainment: The broadcaster confirmed in February that it laid off an unspecified number of workers across several stations."),
    entities=[("bce", "BCE Inc.", "ORGANIZATION", ["BCE", "The Montreal-based telecommunications giant"]),
              ("blackberry", "BlackBerry Ltd.", "ORGANIZATION", ["BlackBerry", "The Waterloo, Ont.-based technology company"]),
              ("cascades", "Cascades Inc.", "ORGANIZATION", ["Cascades", "The paper and packing company"]),
              ("corus", "Corus Entertainment", "ORGANIZATION", ["Corus", "The broadcaster"])],
    mentions=[("m1", "BCE Inc.", "bce"),
              ("m2", "The Montreal-based telecommunications giant", "bce"),
              ("m3", "BlackBerry Ltd.", "blackberry"),
              ("m4", "The Waterloo, Ont.-based technology company", "blackberry"),
              ("m5", "Cascades Inc.", "cascades"),
              ("m6", "The paper and packing company", "cascades"),
              ("m7", "Corus Entertainment", "corus"),
              ("m8", "The broadcaster", "corus")],
    attributions=[("a1", "MIXED", "m2", ("said", "giant said"), "it was cutting 4,800 jobs “at all levels of the company,”", None),
                  ("a2", "INDIRECT", "m4", "announced", "plans to cut an unspecified number of jobs", None),
                  ("a3", "INDIRECT", "m6", ("said", "company said"), "it was closing three plants in a move that would affect 310 employees", None),
                  ("a4", "INDIRECT", "m8", "confirmed", "it laid off an unspecified number of workers across several stations", None)])

# ---------------------------------------------------------------------------------------
# ---------------------------------------------------------------------------------------
doc("ghanabusinessnews-telecom-chamber-data",
    url="https://www.ghanabusinessnews.com/2021/12/04/telecom-chamber-moves-data-subscription-from-8-million-to-23-million-in-a-decade-ashigbey/",
    outlet="Ghana Business News", country="Ghana", topic="technology", cut=True,
    published="2021-12-04",
    text=("Telecom Chamber moves data subscription from 8 million to 23 million in a decade – Ashigbey\n"
          "Dr Kenneth Ashigbey, Chief Executive Officer of the Ghana Chamber of Telecommunications Friday said the chamber has moved data subscriptions from eight million to 23 million in a decade.\n"
          "This was a growth of over 187 per cent from its inception in 2011 to August 2021, whilst voice penetration currently stood at over 132 per cent.\n"
          "Speaking at the launch of the chamber’s 10th-anniversary celebration in Accra, he noted there had been significant growth in financial inclusion due to the mobile financial sector with a total mobile money account of GH¢47.3 million.\n"
          "He attributed the success to collaborative efforts from past and current governments, agencies, and industry players. The chamber sought to expand the 4G network to cover the entire country saying they were working on Ghana’s Digital Policy.\n"
          "In an interview with the Ghana News Agency, he explained that the tower guidelines had been revised and put before the Communication Minister for approval.\n"
          "He urged the Minister to approve the document to help in the deployment of towers and address some inefficiencies. According to the last report, he saw Ghana was not doing ten per cent of permissible levels required by the World Health Organization.\n"
          "Dr Ken Ashigbey cautioned the public against the destruction of fiber cables as last year alone they had recorded three million fiber cuts, and an excess of USD 6 million was spent in repairing them.\n"
          "He cited the expansion of Obuasi to Kumasi road project this year that had their fiber erected in the air destroyed during the bush clearing."),
    entities=[("ashigbey", "Kenneth Ashigbey", "PERSON", ["Ashigbey", "Ken Ashigbey", "Dr Kenneth Ashigbey", "Dr Ken Ashigbey"], "Chief Executive Officer, Ghana Chamber of Telecommunications"),
              ("chamber", "Ghana Chamber of Telecommunications", "ORGANIZATION", ["the chamber", "Telecom Chamber"]),
              ("report", "the last report", "ORGANIZATION", [])],
    mentions=[("m1", "Telecom Chamber", "chamber"),
              ("m2", ("Ashigbey", "– Ashigbey"), "ashigbey"),
              ("m3", "Dr Kenneth Ashigbey, Chief Executive Officer of the Ghana Chamber of Telecommunications", "ashigbey"),
              ("m4", ("the chamber", "said the chamber"), "chamber"),
              ("m5", ("he", "he noted"), "ashigbey"),
              ("m6", ("He", "He attributed"), "ashigbey"),
              ("m7", ("The chamber", "The chamber sought"), "chamber"),
              ("m8", ("he", "he explained"), "ashigbey"),
              ("m9", ("He", "He urged"), "ashigbey"),
              ("m10", "the last report", "report"),
              ("m11", "Dr Ken Ashigbey", "ashigbey"),
              ("m12", ("He", "He cited"), "ashigbey")],
    attributions=[("a1", "INDIRECT", "m2", None, "Telecom Chamber moves data subscription from 8 million to 23 million in a decade", None),
                  ("a2", "INDIRECT", "m3", ("said", "Friday said"), "the chamber has moved data subscriptions from eight million to 23 million in a decade", None),
                  ("a3", "INDIRECT", "m5", "noted", "there had been significant growth in financial inclusion due to the mobile financial sector with a total mobile money account of GH¢47.3 million", None),
                  ("a4", "INDIRECT", "m6", "attributed", "the success to collaborative efforts from past and current governments, agencies, and industry players", None),
                  ("a5", "INDIRECT", "m7", "saying", "they were working on Ghana’s Digital Policy", None),
                  ("a6", "INDIRECT", "m8", "explained", "the tower guidelines had been revised and put before the Communication Minister for approval", None),
                  ("a7", "INDIRECT", "m9", "urged", "the Minister to approve the document to help in the deployment of towers and address some inefficiencies", None),
                  ("a8", "INDIRECT", "m10", "According to", "he saw Ghana was not doing ten per cent of permissible levels required by the World Health Organization", None),
                  ("a9", "INDIRECT", "m11", "cautioned", "the destruction of fiber cables as last year alone they had recorded three million fiber cuts, and an excess of USD 6 million was spent in repairing them", None),
                  ("a10", "INDIRECT", "m12", "cited", "the expansion of Obuasi to Kumasi road project this year that had their fiber erected in the air destroyed during the bush clearing", None)])

# ---------------------------------------------------------------------------------------
doc("jakartaglobe-ringgit-1mdb-zeti",
    url="https://jakartaglobe.id/news/malaysian-ringgit-can-recover-1mdb-issue-resolved-central-bank-chief",
    outlet="Jakarta Globe", country="Indonesia", topic="business", cut=False,
    published="2015-09-21",
    text=("Malaysian Ringgit Can Recover Once 1MDB Issue Resolved: Central Bank Chief\n"
          "Kuala Lumpur. Malaysia's central bank governor said on Monday that the ringgit — Asia's worst performing currency of the year so far — is expected to start recovering once issues surrounding troubled state fund 1Malaysia Development Bhd (1MDB) are resolved.\n"
          "1MDB has been the subject of multiple investigations, amid allegations of financial mismanagement and graft.\n"
          "Prime Minister Najib Razak, who also chairs the fund's advisory board, has resisted calls for him to step down from government, but controversies continue to rage. 1MDB is seeking to reduce its $11 billion debt by selling power and property assets.\n"
          "\"They [the ongoing investigations] are going to yield an outcome,\" Bank Negara Malaysia (BNM) chief Zeti Akhtar Aziz said at an event in the capital city organised by government think tank Pemandu.\n"
          "Besides a resolution of domestic issues, Zeti said other factors which could prompt a recovery in the ringgit included an eventual decision by the US Federal Reserve to raise interest rates, a recovery in global commodity and energy prices and an improvement in China's economy.\n"
          "The ringgit came under further pressure on Monday after the Wall Street Journal reported that the US Federal Bureau of Investigation (FBI) launched an investigation into allegations of money-laundering at 1MDB.\n"
          "It slid 1.3 pct to 4.2600 per dollar as of 0725 GMT from the previous close of 4.2070. It has now lost nearly 18 percent of its value against the dollar so far this year."),
    entities=[("zeti", "Zeti Akhtar Aziz", "PERSON", ["Zeti", "Malaysia's central bank governor", "Central Bank Chief"], "Bank Negara Malaysia governor"),
              ("wsj", "Wall Street Journal", "ORGANIZATION", ["the Wall Street Journal"])],
    mentions=[("m1", "Central Bank Chief", "zeti"),
              ("m2", "Malaysia's central bank governor", "zeti"),
              ("m3", "Bank Negara Malaysia (BNM) chief Zeti Akhtar Aziz", "zeti"),
              ("m4", ("Zeti", "Zeti said"), "zeti"),
              ("m5", "the Wall Street Journal", "wsj")],
    attributions=[("a1", "INDIRECT", "m1", None, "Malaysian Ringgit Can Recover Once 1MDB Issue Resolved", None),
                  ("a2", "INDIRECT", "m2", ("said", "governor said"), "the ringgit — Asia's worst performing currency of the year so far — is expected to start recovering once issues surrounding troubled state fund 1Malaysia Development Bhd (1MDB) are resolved", None),
                  ("a3", "INDIRECT", None, ("allegations", "amid allegations"), "financial mismanagement and graft", None),
                  ("a4", "INDIRECT", None, "calls", "him to step down from government", None),
                  ("a5", "DIRECT", "m3", ("said", "Aziz said"), "They [the ongoing investigations] are going to yield an outcome,", None),
                  ("a6", "INDIRECT", "m4", ("said", "Zeti said"), "other factors which could prompt a recovery in the ringgit included an eventual decision by the US Federal Reserve to raise interest rates, a recovery in global commodity and energy prices and an improvement in China's economy", None),
                  ("a7", "INDIRECT", "m5", "reported", "the US Federal Bureau of Investigation (FBI) launched an investigation into allegations of money-laundering at 1MDB", None),
                  ("a8", "INDIRECT", None, ("allegations", "into allegations"), "money-laundering at 1MDB", "a7")])

# ---------------------------------------------------------------------------------------
doc("abcnews-ups-quarterly-profit",
    url="http://abcnews.go.com/Business/story?id=89179&page=1&singlePage=true",
    outlet="ABC News", country="US", topic="business", cut=True,
    text=("UPS Boosts Quarterly Profit\n"
          "United Parcel Service, boosted by growth in both its international and domestic U.S. package markets, reported today a 22-percent rise in quarterly profits, beating Wall Street expectations.\n"
          "Atlanta-based UPS, the world’s largest package delivery company, earned $702 million, or 60 cents per share, in this year’s third quarter, compared with a profit of $577 million, or 52 cents, in the same period last year.\n"
          "Analysts on average had expected UPS to earn 58 cents in the third quarter, according to First Call/Thomson Financial, which tracks such forecasts.\n"
          "UPS’ global volumes, a key measure of financial health in the package delivery industry, averaged 13.5 million pieces a day in the quarter, up 6.2 percent from the same period last year.\n"
          "UPS averaged volumes of about 1.1 million pieces a day for its entire international service, a 14.9-percent gain from last year. Volumes for the company’s U.S. domestic package business averaged 12.3 million pieces a day, a 5.4-percent rise over the year earlier period.\n"
          "“I think it was an exceptionally solid quarter,” said Edward Wolfe, analyst with U.S. brokerage Bear Stearns, who noted that UPS’ international and domestic ground volumes were particularly strong in the third quarter.\n"
          "Wolfe, who has a rating of attractive with a 12-month price target of $64 a share on UPS, said the stock would likely see some buying if U.S. stock markets had a “normal” trading session.\n"
          "UPS, which has traded at a high of $76-10/16 and a low of $49-8/16 during the past year, closed at $53-1/16 on Wednesday on the New York Stock Exchange.\n"
          "The package deliverer also said today it was confident it would enjoy a solid fourth quarter, which includes the busy holiday season. Holiday volume is expected to produce a one-day peak exceeding 19 million deliveries, it said."),
    entities=[("ups", "United Parcel Service", "ORGANIZATION", ["UPS", "Atlanta-based UPS", "The package deliverer"]),
              ("analysts", "Analysts", "GROUP", []),
              ("firstcall", "First Call/Thomson Financial", "ORGANIZATION", []),
              ("wolfe", "Edward Wolfe", "PERSON", ["Wolfe"], "analyst with Bear Stearns")],
    mentions=[("m1", "United Parcel Service", "ups"),
              ("m2", "Atlanta-based UPS", "ups"),
              ("m3", "Analysts", "analysts"),
              ("m4", ("UPS", "expected UPS"), "ups"),
              ("m5", "First Call/Thomson Financial", "firstcall"),
              ("m6", ("UPS", "UPS averaged"), "ups"),
              ("m7", "Edward Wolfe, analyst with U.S. brokerage Bear Stearns", "wolfe"),
              ("m8", ("Wolfe", "Wolfe, who"), "wolfe"),
              ("m9", ("UPS", "share on UPS"), "ups"),
              ("m10", ("UPS", "UPS, which"), "ups"),
              ("m11", "The package deliverer", "ups"),
              ("m12", ("it", "it said."), "ups")],
    attributions=[("a1", "INDIRECT", "m1", "reported", "a 22-percent rise in quarterly profits", None),
                  ("a2", "INDIRECT", "m5", "according to", "Analysts on average had expected UPS to earn 58 cents in the third quarter", None),
                  ("a3", "INDIRECT", "m3", ("expected", "had expected UPS"), "UPS to earn 58 cents in the third quarter", "a2"),
                  ("a4", "DIRECT", "m7", ("said", "quarter,” said"), "I think it was an exceptionally solid quarter,", None),
                  ("a5", "INDIRECT", "m7", "noted", "UPS’ international and domestic ground volumes were particularly strong in the third quarter", None),
                  ("a6", "MIXED", "m8", ("said", "UPS, said"), "the stock would likely see some buying if U.S. stock markets had a “normal” trading session", None),
                  ("a7", "INDIRECT", "m11", ("said", "also said"), "it was confident it would enjoy a solid fourth quarter, which includes the busy holiday season", None),
                  ("a8", "INDIRECT", "m12", ("said", "it said."), "Holiday volume is expected to produce a one-day peak exceeding 19 million deliveries", None)])

# ---------------------------------------------------------------------------------------
doc("themorning-lk-cbsl-exports",
    url="https://www.themorning.lk/economic-crisis-turn-to-exports-or-suffer-says-cbsl-governor/",
    outlet="The Morning", country="Sri Lanka", topic="business", cut=False,
    text=("Economic crisis: Turn to exports or suffer, says CBSL Governor\n"
          "Being export oriented, not import dependent the way out\n"
          "Only export-oriented businesses will be able to carry out their operations amidst the current economic crisis, according to Central Bank of Sri Lanka (CBSL) Governor Dr. Nandalal Weerasinghe.\n"
          "Dr. Weerasinghe noted that the only way out for businesses during the crisis period was to move from being import dependent to becoming export oriented, which the country also had to follow in order to resolve the ongoing crisis in the long term.\n"
          "The CBSL Governor made these comments at the General Meeting of the Chamber of Young Lankan Enterprises (COYLE) last week.\n"
          "Dr. Weerasinghe explained that most businesses had found some of the measures taken to address the economic crisis difficult to adapt to.\n"
          "“There are complaints that the increase in interest rates has had an adverse impact on their businesses. That is the purpose of it. The country is facing a crisis and the economy undergoes a contraction period at such times. When the country is facing such a situation, it should also reflect in other sectors. No one can be exempted from that contraction,” he said.\n"
          "He went on to say that Sri Lanka was an import-dependent economy, spending more foreign exchange on imports than what it earned.\n"
          "“Like in businesses, such situations can only last for a few years and not in the long term. We have to then take loans to fund the deficit and now we are unable to pay the loans taken. Then we have to look at restructuring,” the CBSL Governor observed.\n"
          "Dr. Weerasinghe reiterated that the only way to survive the crisis was to become export oriented rather than being import dependent. “The export-oriented businesses will manage to carry on while the others will have to operate at very low levels.”"),
    entities=[("weerasinghe", "Nandalal Weerasinghe", "PERSON", ["Weerasinghe", "Dr. Weerasinghe", "Dr. Nandalal Weerasinghe", "CBSL Governor"], "Governor, Central Bank of Sri Lanka")],
    mentions=[("m1", ("CBSL Governor", "says CBSL Governor"), "weerasinghe"),
              ("m2", "Central Bank of Sri Lanka (CBSL) Governor Dr. Nandalal Weerasinghe", "weerasinghe"),
              ("m3", ("Dr. Weerasinghe", "Dr. Weerasinghe noted"), "weerasinghe"),
              ("m4", "The CBSL Governor", "weerasinghe"),
              ("m5", ("Dr. Weerasinghe", "Dr. Weerasinghe explained"), "weerasinghe"),
              ("m6", ("he", "contraction,” he said"), "weerasinghe"),
              ("m7", ("He", "He went on"), "weerasinghe"),
              ("m8", ("the CBSL Governor", "the CBSL Governor observed"), "weerasinghe"),
              ("m9", ("Dr. Weerasinghe", "Dr. Weerasinghe reiterated"), "weerasinghe")],
    attributions=[("a1", "INDIRECT", "m1", "says", "Turn to exports or suffer", None),
                  ("a2", "INDIRECT", "m2", "according to", "Only export-oriented businesses will be able to carry out their operations amidst the current economic crisis", None),
                  ("a3", "INDIRECT", "m3", "noted", "the only way out for businesses during the crisis period was to move from being import dependent to becoming export oriented, which the country also had to follow in order to resolve the ongoing crisis in the long term", None),
                  ("a4", "INDIRECT", "m5", "explained", "most businesses had found some of the measures taken to address the economic crisis difficult to adapt to", None),
                  ("a5", "DIRECT", "m6", ("said", "contraction,” he said"), "There are complaints that the increase in interest rates has had an adverse impact on their businesses. That is the purpose of it. The country is facing a crisis and the economy undergoes a contraction period at such times. When the country is facing such a situation, it should also reflect in other sectors. No one can be exempted from that contraction,", None),
                  ("a6", "INDIRECT", None, "complaints", "the increase in interest rates has had an adverse impact on their businesses", "a5"),
                  ("a7", "INDIRECT", "m7", ("say", "went on to say"), "Sri Lanka was an import-dependent economy, spending more foreign exchange on imports than what it earned", None),
                  ("a8", "DIRECT", "m8", "observed", "Like in businesses, such situations can only last for a few years and not in the long term. We have to then take loans to fund the deficit and now we are unable to pay the loans taken. Then we have to look at restructuring,", None),
                  ("a9", "INDIRECT", "m9", "reiterated", "the only way to survive the crisis was to become export oriented rather than being import dependent", None),
                  ("a10", "DIRECT", "m9", None, "The export-oriented businesses will manage to carry on while the others will have to operate at very low levels.", None)])

# ---------------------------------------------------------------------------------------
doc("technewsday-optus-hack",
    url="https://www.technewsday.com/?p=28882",
    outlet="Tech Newsday", country="Canada", topic="technology", cut=False,
    text=("Hackers stole about 10 million Australian customer data from Optus\n"
          "Optus, an Australian telecommunications company owned by Singapore Telecommunications Ltd., said an elaborate hack had stolen personal information from up to 10 million customers, but no corporate customers were affected. It also stated that it will contact the affected customers.\n"
          "Optus CEO Kelly Bayer Rosmarin expressed outrage and regret that an offshore entity had infiltrated the company’s database of customer data, accessing private addresses, driving licenses and passport numbers in one of the country’s biggest cybersecurity breaches.\n"
          "“We will be identifying specifically which customers (were affected) and proactively contacting each customer with clear explanations of which of their information has been exposed and taken. I’m angry that there are people out there that want to do this to our customers. I’m disappointed that we couldn’t have prevented it … and I’m very sorry,” Bayer Rosmarin said in an online media briefing on Friday.\n"
          "She declined to elaborate on how the attacker disrupted the company’s security, pointing to an ongoing criminal investigation, but noted that the attacker’s IP address, the unique identifier of a computer, appeared to be moving between undisclosed European countries."),
    entities=[("optus", "Optus", "ORGANIZATION", []),
              ("rosmarin", "Kelly Bayer Rosmarin", "PERSON", ["Bayer Rosmarin"], "Optus CEO")],
    mentions=[("m1", ("Optus", "from Optus"), "optus"),
              ("m2", ("Optus", "Optus, an"), "optus"),
              ("m3", ("It", "It also stated"), "optus"),
              ("m4", "Optus CEO Kelly Bayer Rosmarin", "rosmarin"),
              ("m5", ("Bayer Rosmarin", "Bayer Rosmarin said"), "rosmarin"),
              ("m6", ("She", "She declined"), "rosmarin")],
    attributions=[("a1", "INDIRECT", "m2", ("said", "Ltd., said"), "an elaborate hack had stolen personal information from up to 10 million customers, but no corporate customers were affected", None),
                  ("a2", "INDIRECT", "m3", "stated", "it will contact the affected customers", None),
                  ("a3", "INDIRECT", "m4", "expressed outrage and regret", "an offshore entity had infiltrated the company’s database of customer data, accessing private addresses, driving licenses and passport numbers in one of the country’s biggest cybersecurity breaches", None),
                  ("a4", "DIRECT", "m5", ("said", "Bayer Rosmarin said"), "We will be identifying specifically which customers (were affected) and proactively contacting each customer with clear explanations of which of their information has been exposed and taken. I’m angry that there are people out there that want to do this to our customers. I’m disappointed that we couldn’t have prevented it … and I’m very sorry,", None),
                  ("a5", "INDIRECT", "m6", "declined to elaborate", "how the attacker disrupted the company’s security", None),
                  ("a6", "INDIRECT", "m6", "pointing to", "an ongoing criminal investigation", None),
                  ("a7", "INDIRECT", "m6", "noted", "the attacker’s IP address, the unique identifier of a computer, appeared to be moving between undisclosed European countries", None)])

# ---------------------------------------------------------------------------------------
doc("moneycontrol-niti-aayog-ai-jobs",
    url="https://www.moneycontrol.com/news/technology/niti-aayog-paper-to-spur-growth-in-ai-jobs-in-india-say-experts-2584019.html",
    outlet="Moneycontrol", country="India", topic="technology", cut=True,
    published="2018-06-08",
    text=("Niti Aayog paper to spur growth in AI jobs in India, say experts\n"
          "Artificial intelligence will also open up new job roles that may not be very popular right now\n"
          "The number of jobs in artificial intelligence may see a jump of 50-60 percent, spurred by a discussion paper released by government’s policy think-tank Niti Aayog that highlights the changing landscape.\n"
          "Some recruiters expect a rise of about 60 percent this year itself.\n"
          "The discussion paper titled “National Strategy for Artificial Intelligence (AI)” details the need for upskilling and reskilling the workforce in AI, which is currently being fulfilled by internal and external means.\n"
          "The paper, released on Monday, has a section dedicated to skilling, and points out that even though India has a large number of technology workers- the Indian IT industry alone employs over nearly 40 lakh people- AI is a skill gap that needs to be filled.\n"
          "AI will also open up new job roles that may not be very popular right now.\n"
          "A study by EY and National Association of Software and Services Companies, released in January, found that by 2022, around 46 percent of the workforce will be engaged in entirely new jobs that do not exist today, or will be deployed in jobs that have radically changed skill-sets.\n"
          "The NITI Aayog paper notes: “In the IT-BPM sector, traditional software developer roles are set to transition to roles such as computer vision engineers, robotic process automation (RPA) engineers and cloud architects, among others. At the same time, completely new job roles such as language processing specialists and 3D modelling engineers are set to arise as the technologies are increasingly adopted and deployed.”"),
    entities=[("experts", "experts", "GROUP", []),
              ("niti", "Niti Aayog", "ORGANIZATION", ["NITI Aayog", "the paper", "the discussion paper", "the NITI Aayog paper", "Niti Aayog paper"]),
              ("recruiters", "recruiters", "GROUP", ["Some recruiters"]),
              ("eynasscom", "EY and National Association of Software and Services Companies", "GROUP", ["A study by EY and National Association of Software and Services Companies"])],
    mentions=[("m1", "Niti Aayog paper", "niti"),
              ("m2", ("experts", "say experts"), "experts"),
              ("m3", "a discussion paper released by government’s policy think-tank Niti Aayog", "niti"),
              ("m4", "Some recruiters", "recruiters"),
              ("m5", "The discussion paper titled “National Strategy for Artificial Intelligence (AI)”", "niti"),
              ("m6", ("The paper", "The paper, released"), "niti"),
              ("m7", "A study by EY and National Association of Software and Services Companies", "eynasscom"),
              ("m8", "The NITI Aayog paper", "niti")],
    attributions=[("a1", "INDIRECT", "m2", "say", "Niti Aayog paper to spur growth in AI jobs in India", None),
                  ("a2", "INDIRECT", "m3", "highlights", "the changing landscape", None),
                  ("a3", "INDIRECT", "m4", "expect", "a rise of about 60 percent this year itself", None),
                  ("a4", "INDIRECT", "m5", "details", "the need for upskilling and reskilling the workforce in AI, which is currently being fulfilled by internal and external means", None),
                  ("a5", "INDIRECT", "m6", "points out", "even though India has a large number of technology workers- the Indian IT industry alone employs over nearly 40 lakh people- AI is a skill gap that needs to be filled", None),
                  ("a6", "INDIRECT", "m7", "found", "by 2022, around 46 percent of the workforce will be engaged in entirely new jobs that do not exist today, or will be deployed in jobs that have radically changed skill-sets", None),
                  ("a7", "DIRECT", "m8", "notes", "In the IT-BPM sector, traditional software developer roles are set to transition to roles such as computer vision engineers, robotic process automation (RPA) engineers and cloud architects, among others. At the same time, completely new job roles such as language processing specialists and 3D modelling engineers are set to arise as the technologies are increasingly adopted and deployed.", None)])

write("train_b.jsonl")
