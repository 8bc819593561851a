#!/usr/bin/env python3
"""Writes test4_b.jsonl: real-news gold, split test4-b (see gold.py). Run: python3 make_test4_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("bangkokpost-thailand-post-logistics-abroad",
    url="http://www.bangkokpost.com/business/news/608044/thailand-post-pursues-foreign-logistics-work",
    outlet="Bangkok Post", country="Thailand", topic="business", cut=True,
    text=(T := "Thailand Post pursues foreign logistics work\n"
          "Goal is to have major Indochinese presence\n"
          "Thailand Post Distribution, the logistics arm of Thailand Post, is seeking a private partnership in a bid to expand its business to the international market.\n"
          "\"We are looking at a prospective local distribution company to help us expand abroad over the next few years,\" said Warakan Srinualnad, the unit's chief executive since March.\n"
          "\"We plan to start with the establishment of our first international operation in Indochina.\"\n"
          "The state postal enterprise aims to become a major logistics company in Indochina by 2019.\n"
          "Thailand Post Distribution is on the verge of signing deals with several state agencies to provide logistics services.\n"
          "It is also in talks with Alibaba.com and other e-commerce operators to cash in on the strong increase in the sector.\n"
          "It also plans to increase distribution and warehousing facilities along borders near the planned special economic zones to serve opportunities stemming from new investment and cross-border trade.\n"
          "\"As a state postal enterprise, we're not allowed to compete directly with private companies due to legal restrictions, so we need to have a private partner to help us expand abroad,\" Mr Warakan said.\n"
          "Launched in January 2014 with registered capital of 350 million baht, Thailand Post Distribution expects 400 million baht in revenue from logistics services this year, up 10% from 2014.\n"
          "But the state enterprise expects to report a loss of 10 million baht in its second year of operations.\n"
          "Up to 90% of logistics revenue stems from medical and pharmaceutical companies and the rest from e-commerce.\n"
          "Mr Warakan said revenue was projected to grow by 10-15% in 2016 after breaking even during that year.\n"
          "Thailand Post Distribution has strong advantages from its postal network."),
    entities=[("tpd", "Thailand Post Distribution", "ORGANIZATION",
               ["The state postal enterprise", "the state enterprise", "Thailand Post Distribution, the logistics arm of Thailand Post"],
               "logistics arm of Thailand Post"),
              ("warakan", "Warakan Srinualnad", "PERSON",
               ["Mr Warakan", "Warakan", "Warakan Srinualnad, the unit's chief executive since March"],
               "chief executive of Thailand Post Distribution")],
    mentions=[("m1", "Thailand Post Distribution, the logistics arm of Thailand Post", "tpd"),
              ("m2", "Warakan Srinualnad, the unit's chief executive since March", "warakan"),
              ("m3", "The state postal enterprise", "tpd"),
              ("m4", ("Thailand Post Distribution", "Thailand Post Distribution is on the verge"), "tpd"),
              ("m5", ("Mr Warakan", "abroad,\" Mr Warakan"), "warakan"),
              ("m6", ("Thailand Post Distribution", "Thailand Post Distribution expects"), "tpd"),
              ("m7", "the state enterprise", "tpd"),
              ("m8", ("Mr Warakan", "Mr Warakan said revenue"), "warakan"),
              ("m9", ("Thailand Post Distribution", "Thailand Post Distribution has strong"), "tpd")],
    attributions=[("a1", "DIRECT", "m2", ("said", "years,\" said"), "We are looking at a prospective local distribution company to help us expand abroad over the next few years,", None),
                  ("a2", "DIRECT", "m2", None, "We plan to start with the establishment of our first international operation in Indochina.", None),
                  ("a3", "DIRECT", "m5", ("said", "Mr Warakan said."), seg(T, "As a state postal enterprise", "help us expand abroad,"), None),
                  ("a4", "INDIRECT", "m6", ("expects", "Distribution expects"), "400 million baht in revenue from logistics services this year, up 10% from 2014", None),
                  ("a5", "INDIRECT", "m7", ("expects", "enterprise expects"), "to report a loss of 10 million baht in its second year of operations", None),
                  ("a6", "INDIRECT", "m8", ("said", "Mr Warakan said revenue"), "revenue was projected to grow by 10-15% in 2016 after breaking even during that year", None),
                  ("a7", "INDIRECT", None, "projected", "to grow by 10-15% in 2016 after breaking even during that year", "a6")])

# ---------------------------------------------------------------------------------------
doc("royanews-hawari-covid-health-services",
    url="https://en.royanews.tv/news/39303/2023-01-15",
    outlet="Roya News", country="Jordan", topic="health-science", cut=True,
    published="2023-01-15",
    text=(T := "Health Minister speaks about local health situation, sector\n"
          "The Minister of Health, Firas Al-Hawari, said Sunday that the COVID-19 situation in Jordan is stable right now, in comparison with the same time last year.\n"
          "Hawari told Roya that Jordan records only 20 to 30 positive cases of coronavirus per day.\n"
          "He added that the ministry conducted random coronavirus tests across the Kingdom to assess the local COVID-19 situation, which turned out to be “very good.”\n"
          "He pointed out that the COVID-19 situation is not something that can be hidden, noting that it is currently similar to the seasonal flu, which means there will be no closures or other strict measures taken.\n"
          "Regarding the Respiratory Syncytial Virus, he said that there has been an increase in the number of cases since the beginning of fall, which began to decline approximately two weeks ago.\n"
          "In relation to health services, he said that the ministry has successfully cooperated with all parties to improve the services provided across Jordan.\n"
          "He added that the ministry signed four agreements with government universities to use the ministry's hospitals as teaching hospitals and provide them with doctors.\n"
          "He pointed out that Al-Bashir hospitals were able to reduce the waiting time for x-rays and MRIs.\n"
          "Hawari said Jordan received grants from the European Union to improve health centers in different governorates, adding that there is a need for additional health centers.\n"
          "He pointed out that the ministry has worked on refurbishing and expanding 185 health centers.\n"
          "Regarding the shortage of certain medication, Hawari said that when medicines are cut off from the source, it is not Jordan’s fault and the ministry provides suitable alternatives."),
    entities=[("hawari", "Firas Al-Hawari", "PERSON",
               ["Hawari", "Health Minister", "The Minister of Health, Firas Al-Hawari"], "Jordan's Minister of Health")],
    mentions=[("m1", "Health Minister", "hawari"),
              ("m2", "The Minister of Health, Firas Al-Hawari", "hawari"),
              ("m3", ("Hawari", "Hawari told"), "hawari"),
              ("m4", ("He", "He added that the ministry conducted"), "hawari"),
              ("m5", ("He", "He pointed out that the COVID-19"), "hawari"),
              ("m6", ("he", "he said that there has been"), "hawari"),
              ("m7", ("he", "he said that the ministry has successfully"), "hawari"),
              ("m8", ("He", "He added that the ministry signed"), "hawari"),
              ("m9", ("He", "He pointed out that Al-Bashir"), "hawari"),
              ("m10", ("Hawari", "Hawari said Jordan"), "hawari"),
              ("m11", ("He", "He pointed out that the ministry has worked"), "hawari"),
              ("m12", ("Hawari", "Hawari said that when"), "hawari")],
    attributions=[("a1", "INDIRECT", "m1", "speaks", "local health situation, sector", None),
                  ("a2", "INDIRECT", "m2", ("said", "Al-Hawari, said"), "the COVID-19 situation in Jordan is stable right now, in comparison with the same time last year", None),
                  ("a3", "INDIRECT", "m3", "told", "Jordan records only 20 to 30 positive cases of coronavirus per day", None),
                  ("a4", "MIXED", "m4", ("added", "He added that the ministry conducted"), "the ministry conducted random coronavirus tests across the Kingdom to assess the local COVID-19 situation, which turned out to be “very good.”", None),
                  ("a5", "INDIRECT", "m5", ("pointed out", "He pointed out that the COVID-19"), "the COVID-19 situation is not something that can be hidden", None),
                  ("a6", "INDIRECT", "m5", "noting", "it is currently similar to the seasonal flu, which means there will be no closures or other strict measures taken", None),
                  ("a7", "INDIRECT", "m6", ("said", "he said that there has been"), "there has been an increase in the number of cases since the beginning of fall, which began to decline approximately two weeks ago", None),
                  ("a8", "INDIRECT", "m7", ("said", "he said that the ministry has successfully"), "the ministry has successfully cooperated with all parties to improve the services provided across Jordan", None),
                  ("a9", "INDIRECT", "m8", ("added", "He added that the ministry signed"), "the ministry signed four agreements with government universities to use the ministry's hospitals as teaching hospitals and provide them with doctors", None),
                  ("a10", "INDIRECT", "m9", ("pointed out", "He pointed out that Al-Bashir"), "Al-Bashir hospitals were able to reduce the waiting time for x-rays and MRIs", None),
                  ("a11", "INDIRECT", "m10", ("said", "Hawari said Jordan"), "Jordan received grants from the European Union to improve health centers in different governorates", None),
                  ("a12", "INDIRECT", "m10", "adding", "there is a need for additional health centers", None),
                  ("a13", "INDIRECT", "m11", ("pointed out", "He pointed out that the ministry has worked"), "the ministry has worked on refurbishing and expanding 185 health centers", None),
                  ("a14", "INDIRECT", "m12", ("said", "Hawari said that when"), "when medicines are cut off from the source, it is not Jordan’s fault and the ministry provides suitable alternatives", None)])

# ---------------------------------------------------------------------------------------
doc("vietnamnet-vna-itu-digital-world",
    url="https://vietnamnet.vn/en/sci-tech-environment/vietnam-co-organises-itu-virtual-digital-world-2020-682729.html",
    outlet="VietNamNet", country="Vietnam", topic="technology", cut=False,
    published="2020-10-20",
    text=(T := "Vietnam co-organises ITU Virtual Digital World 2020\n"
          "The Vietnamese Ministry of Information and Communications (MIC) and the International Telecommunication Union (ITU), the United Nations specialised agency for ICTs have co-organised the ITU Virtual Digital World 2020.\n"
          "Themed \"Building the digital world. Together\", the three-day online event brings together more than 50 ITU member countries.\n"
          "In his opening remarks on October 20, Vietnamese Deputy Prime Minister Vu Duc Dam said the Vietnamese Government has paid attention to telecommunication infrastructure development and considered IT one of the top priorities.\n"
          "Digital transformation has been regarded as a crucial solution to help the country develop more rapidly and sustainably, Dam added.\n"
          "The Deputy PM reiterated the Vietnamese government’s commitments to supporting and coordinating with the ITU and its member countries in building a digital world, for peace, cooperation and prosperity.\n"
          "Minister of Information and Communications Nguyen Manh Hung said Vietnam’s digital infrastructure is now ready for a digital-based economy and society.\n"
          "Vietnamese technologies not only deal with domestic but also global issues, the minister said, citing exhibited platforms and technological solutions like Bluezone and Ncovi to clarify his view.\n"
          "Vietnam is striving to make technology a driver of development and global cooperation, thus joining efforts in building a digital world.\n"
          "ITU Secretary General Houlin Zhao said Vietnam is an important partner in many markets in Asia, Africa, Latin America and the Caribbean region, which has made the country become a bright example in IT development to many other developing countries./."),
    entities=[("dam", "Vu Duc Dam", "PERSON",
               ["Dam", "Vietnamese Deputy Prime Minister Vu Duc Dam", "The Deputy PM"], "Deputy Prime Minister of Vietnam"),
              ("hung", "Nguyen Manh Hung", "PERSON",
               ["Hung", "Minister of Information and Communications Nguyen Manh Hung", "the minister"],
               "Vietnam's Minister of Information and Communications"),
              ("zhao", "Houlin Zhao", "PERSON", ["Zhao", "ITU Secretary General Houlin Zhao"], "ITU Secretary General")],
    mentions=[("m1", "Vietnamese Deputy Prime Minister Vu Duc Dam", "dam"),
              ("m2", ("Dam", "Dam added"), "dam"),
              ("m3", "The Deputy PM", "dam"),
              ("m4", "Minister of Information and Communications Nguyen Manh Hung", "hung"),
              ("m5", "the minister", "hung"),
              ("m6", "ITU Secretary General Houlin Zhao", "zhao")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Dam said"), "the Vietnamese Government has paid attention to telecommunication infrastructure development and considered IT one of the top priorities", None),
                  ("a2", "INDIRECT", "m2", "added", "Digital transformation has been regarded as a crucial solution to help the country develop more rapidly and sustainably", None),
                  ("a3", "INDIRECT", "m3", "reiterated", "the Vietnamese government’s commitments to supporting and coordinating with the ITU and its member countries in building a digital world, for peace, cooperation and prosperity", None),
                  ("a4", "INDIRECT", "m4", ("said", "Hung said"), "Vietnam’s digital infrastructure is now ready for a digital-based economy and society", None),
                  ("a5", "INDIRECT", "m5", ("said", "the minister said"), "Vietnamese technologies not only deal with domestic but also global issues", None),
                  ("a6", "INDIRECT", "m5", "citing", "exhibited platforms and technological solutions like Bluezone and Ncovi", None),
                  ("a7", "INDIRECT", "m6", ("said", "Zhao said"), "Vietnam is an important partner in many markets in Asia, Africa, Latin America and the Caribbean region, which has made the country become a bright example in IT development to many other developing countries", None)])

# ---------------------------------------------------------------------------------------
doc("islandsun-honiara-illegal-markets-deadline",
    url="https://theislandsun.com.sb/hccs-deadline-lapsesillegal-markets-continue/",
    outlet="Island Sun", country="Solomon Islands", topic="local", cut=False,
    text=(T := "HCC’s deadline lapses,illegal markets continue\n"
          "The deadline to shut-down illegal markets in the city yesterday January 31 has passed but illegal markets still go about their normal business especially.\n"
          "Honiara City Council (HCC) on January 24 issued a final notice for vendors to move out from Fishing Village Market and other illegal markets like Maromaro and White River 01 bus stop market.\n"
          "In a statement last week City Mayor Eddie Siapu warned vendors in illegal markets that they had until January 31 to move out.\n"
          "Following this deadline, Mayor Siapu added that the HCC will move in and demolish these markets.\n"
          "Following the deadline yesterdayIsland Sun contacted City Mayor Siapu and he said they have decided to dialogue with vendors to close the markets via peaceful means, not to cause any disagreements with vendors and owners of the sites.\n"
          "Siapu said Acting Deputy City Clerk Vincent Kohata had led a team from HCC to initiate dialogue with the vendors and market owners.\n"
          "Siapu added that HCC held its first meeting with vendors and owners of the sites on Monday, January 30.\n"
          "“HCC resorted to dialogue with vendors and owners of these illegal markets, they have asked for us to dialogue with them.\n"
          "“HCC has decided to resolve and close these markets in peaceful means not to cause or spark any unnecessary disagreements.  \n"
          "“I want to make things in an orderly way that we will discuss between us and come up with a common understanding.\n"
          "“From our meeting on Monday 30th January 2023, they are happy and agree. But we will wait until 6th of February we will meet again and commences further discussion.”\n"
          "Meanwhile, Siapu adds they will also issue a public statement to inform public about the issue."),
    entities=[("hcc", "Honiara City Council", "ORGANIZATION", ["HCC", "the HCC", "Honiara City Council (HCC)"], "city council of Honiara"),
              ("siapu", "Eddie Siapu", "PERSON",
               ["Siapu", "Mayor Siapu", "City Mayor Siapu", "City Mayor Eddie Siapu"], "Mayor of Honiara"),
              ("vendors", "vendors and owners of these illegal markets", "GROUP",
               ["vendors and owners of the sites", "the vendors and market owners"],
               "vendors and site owners of Honiara's illegal markets")],
    mentions=[("m1", "Honiara City Council (HCC)", "hcc"),
              ("m2", "City Mayor Eddie Siapu", "siapu"),
              ("m3", ("Mayor Siapu", "deadline, Mayor Siapu"), "siapu"),
              ("m4", ("the HCC", "that the HCC"), "hcc"),
              ("m5", "City Mayor Siapu", "siapu"),
              ("m6", ("he", "he said they"), "siapu"),
              ("m7", ("vendors and owners of the sites", "disagreements with vendors"), "vendors"),
              ("m8", ("Siapu", "Siapu said Acting"), "siapu"),
              ("m9", ("HCC", "from HCC to"), "hcc"),
              ("m10", "the vendors and market owners", "vendors"),
              ("m11", ("Siapu", "Siapu added that HCC"), "siapu"),
              ("m12", ("HCC", "HCC held"), "hcc"),
              ("m13", ("vendors and owners of the sites", "meeting with vendors"), "vendors"),
              ("m14", ("HCC", "“HCC resorted"), "hcc"),
              ("m15", "vendors and owners of these illegal markets", "vendors"),
              ("m16", ("they", "they have asked"), "vendors"),
              ("m17", ("HCC", "“HCC has decided"), "hcc"),
              ("m18", ("Siapu", "Siapu adds"), "siapu")],
    attributions=[("a1", "INDIRECT", "m1", "notice", "vendors to move out from Fishing Village Market and other illegal markets like Maromaro and White River 01 bus stop market", None),
                  ("a2", "INDIRECT", "m2", "warned", "they had until January 31 to move out", None),
                  ("a3", "INDIRECT", "m3", ("added", "Siapu added that the HCC"), "the HCC will move in and demolish these markets", None),
                  ("a4", "INDIRECT", "m6", ("said", "he said they"), "they have decided to dialogue with vendors to close the markets via peaceful means, not to cause any disagreements with vendors and owners of the sites", None),
                  ("a5", "INDIRECT", "m8", ("said", "Siapu said Acting"), "Acting Deputy City Clerk Vincent Kohata had led a team from HCC to initiate dialogue with the vendors and market owners", None),
                  ("a6", "INDIRECT", "m11", ("added", "Siapu added that HCC"), "HCC held its first meeting with vendors and owners of the sites on Monday, January 30", None),
                  ("a7", "DIRECT", "m11", None, seg(T, "HCC resorted to dialogue", "further discussion."), None),
                  ("a8", "INDIRECT", "m16", "asked for", "us to dialogue with them", "a7"),
                  ("a9", "INDIRECT", "m18", "adds", "they will also issue a public statement to inform public about the issue", None)])

# ---------------------------------------------------------------------------------------
doc("sna-pillay-sona-2024-response",
    url="http://www.seychellesnewsagency.com/articles/20155/Leaders+in+Seychelles%27+National+Assembly+respond+to+President%27s+SONA+",
    outlet="Seychelles News Agency", country="Seychelles", topic="politics", cut=True,
    published="2024-02-27",
    text=(T := "Leaders in Seychelles' National Assembly respond to President's SONA 2024\n"
          "The two leaders in the Seychelles' National Assembly on Tuesday gave their responses to the State of the Nation Address delivered by President Wavel Ramkalawan last week.\n"
          "The Leader of the Opposition, Sebastien Pillay, who represents the United Seychelles party, said that this was an occasion  for the President \"to give his government's plan to address the subjects that preoccupy our nation, present solutions to the problems the nation is facing and propose a way forward and give a sense of direction that the government wants to take us.\"\n"
          "Pillay said that the true state of the nation is that the cost of living is hitting the roof, the business sector is on pause and farmers are frustrated, among many others.\n"
          "He said that in July 2019, the President, who was then the Leader of the Opposition in the National Assembly, said he had a solution on how the Seychelles Trading Company (STC) could reduce the price of commodities by 30 percent. The reality is that in 2024 the price of commodities have gone up by 30 percent, said Pillay.\n"
          "\"We expected the President to speak concretely about the cost of living and give us his plan to redress the current situation and relieve the Seychellois families. It's the bare minimum that we expected from him,\" he added.\n"
          "He reiterated that \"it is the role of the government to look into the social security that the elderly are getting and it is the government's role to increase the social security in relation to the cost of living in our country today.\""),
    entities=[("pillay", "Sebastien Pillay", "PERSON",
               ["Pillay", "The Leader of the Opposition", "The Leader of the Opposition, Sebastien Pillay"],
               "Leader of the Opposition, United Seychelles"),
              ("ramkalawan", "Wavel Ramkalawan", "PERSON",
               ["Ramkalawan", "President Wavel Ramkalawan", "the President"], "President of Seychelles")],
    mentions=[("m1", "President Wavel Ramkalawan", "ramkalawan"),
              ("m2", "The Leader of the Opposition, Sebastien Pillay", "pillay"),
              ("m3", ("the President", "for the President"), "ramkalawan"),
              ("m4", ("Pillay", "Pillay said that the true"), "pillay"),
              ("m5", ("He", "He said that in July"), "pillay"),
              ("m6", ("the President", "2019, the President"), "ramkalawan"),
              ("m7", ("Pillay", "said Pillay"), "pillay"),
              ("m8", ("the President", "expected the President"), "ramkalawan"),
              ("m9", ("he", "he added"), "pillay"),
              ("m10", ("He", "He reiterated"), "pillay")],
    attributions=[("a1", "MIXED", "m2", ("said", "party, said"), seg(T, "this was an occasion", "to take us.\""), None),
                  ("a2", "INDIRECT", "m4", ("said", "Pillay said that the true"), "the true state of the nation is that the cost of living is hitting the roof, the business sector is on pause and farmers are frustrated, among many others", None),
                  ("a3", "INDIRECT", "m5", ("said", "He said that in July"), "in July 2019, the President, who was then the Leader of the Opposition in the National Assembly, said he had a solution on how the Seychelles Trading Company (STC) could reduce the price of commodities by 30 percent", None),
                  ("a4", "INDIRECT", "m6", ("said", "National Assembly, said"), "he had a solution on how the Seychelles Trading Company (STC) could reduce the price of commodities by 30 percent", "a3"),
                  ("a5", "INDIRECT", "m7", ("said", "said Pillay"), "The reality is that in 2024 the price of commodities have gone up by 30 percent", None),
                  ("a6", "DIRECT", "m9", "added", seg(T, "We expected the President", "expected from him,"), None),
                  ("a7", "DIRECT", "m10", "reiterated", seg(T, "it is the role of the government", "our country today."), None)])

# ---------------------------------------------------------------------------------------
doc("nationmalawi-relative-sellers-plead-innocent",
    url="http://www.nationmalawi.com/articles_articleID-3731/",
    outlet="The Nation (Malawi)", country="Malawi", topic="courts-crime", cut=False,
    published="2002-12-04",
    text=(T := "Relative sellers plead innocent\n"
          "Two people arrested in Kasungu recently for attempting to sell their relatives pleaded “not guilty” to the offence when they appeared in court, contrary to police reports that they had admitted the charge during interrogation.\n"
          "The police said in an interview last week that the two suspects — Davie Phiri, 39, and Matemba Phiri, 42 — admitted in an interview with the police that they wanted to sell their relatives, a sister and an aunt respectively, at K450,000 each to buy food.\n"
          "The police said Matemba wanted to sell his 20-year-old sister, Enert Phiri, from Kavawa Village, TA Nsinja in Lilongwe, while his co-accused wanted to sell his 23-year-old niece Lufilla Banda from Songiso Village in Sub Chief Chisinga in Kasungu.\n"
          "Magistrate Jackson Kabwilo said in an interview on Tuesday the accused persons appeared before the court last Thursday afternoon where they pleaded not guilty to the offence of attempting to commit a crime.\n"
          "Kabwilo said the accused are still on full remand at Kasungu prison because they did not ask the court for bail.\n"
          "“They didn’t ask for bail and I didn’t remind them about it to guarantee their safety. I thought that because of the nature of the crime they wanted to commit they will be unsafe if they go [out] on bail,” he said.\n"
          "Kabwilo said the two will appear before the court for a hearing on December 13 when the state is expected to bring some witnesses to testify against them.\n"
          "The police said the two were arrested while holding discussions with some businessmen at the boma, who they thought would need to use their relatives to boost their businesses through witchcraft."),
    entities=[("police", "The police", "ORGANIZATION", ["police"], "Malawi Police, Kasungu"),
              ("suspects", "the two suspects", "GROUP",
               ["Two people", "the accused persons", "the accused", "the two"],
               "Davie Phiri and Matemba Phiri, accused of attempting to sell relatives"),
              ("kabwilo", "Jackson Kabwilo", "PERSON", ["Kabwilo", "Magistrate Jackson Kabwilo"], "magistrate, Kasungu")],
    mentions=[("m1", "Two people", "suspects"),
              ("m2", ("police", "contrary to police"), "police"),
              ("m3", ("they", "that they had admitted"), "suspects"),
              ("m4", ("The police", "The police said in an interview"), "police"),
              ("m5", "the two suspects", "suspects"),
              ("m6", ("the police", "interview with the police"), "police"),
              ("m7", ("The police", "The police said Matemba"), "police"),
              ("m8", "Magistrate Jackson Kabwilo", "kabwilo"),
              ("m9", "the accused persons", "suspects"),
              ("m10", ("Kabwilo", "Kabwilo said the accused"), "kabwilo"),
              ("m11", ("the accused", "said the accused are"), "suspects"),
              ("m12", ("he", "bail,” he said"), "kabwilo"),
              ("m13", ("Kabwilo", "Kabwilo said the two"), "kabwilo"),
              ("m14", ("the two", "said the two will"), "suspects"),
              ("m15", ("The police", "The police said the two"), "police"),
              ("m16", ("the two", "said the two were"), "suspects"),
              ("m17", ("they", "who they thought"), "suspects")],
    attributions=[("a1", "INDIRECT", "m2", "reports", "they had admitted the charge during interrogation", None),
                  ("a2", "INDIRECT", "m3", ("admitted", "had admitted"), ("the charge", "admitted the charge"), "a1"),
                  ("a3", "INDIRECT", "m4", ("said", "The police said in an interview"), seg(T, "the two suspects — Davie", "at K450,000 each to buy food"), None),
                  ("a4", "INDIRECT", "m5", ("admitted", "42 — admitted"), "they wanted to sell their relatives, a sister and an aunt respectively, at K450,000 each to buy food", "a3"),
                  ("a5", "INDIRECT", "m7", ("said", "The police said Matemba"), seg(T, "Matemba wanted to sell", "Sub Chief Chisinga in Kasungu"), None),
                  ("a6", "INDIRECT", "m8", ("said", "Kabwilo said in"), "the accused persons appeared before the court last Thursday afternoon where they pleaded not guilty to the offence of attempting to commit a crime", None),
                  ("a7", "INDIRECT", "m10", ("said", "Kabwilo said the accused"), "the accused are still on full remand at Kasungu prison because they did not ask the court for bail", None),
                  ("a8", "DIRECT", "m12", ("said", "bail,” he said"), seg(T, "They didn’t ask for bail", "[out] on bail,"), None),
                  ("a9", "INDIRECT", "m13", ("said", "Kabwilo said the two"), "the two will appear before the court for a hearing on December 13 when the state is expected to bring some witnesses to testify against them", None),
                  ("a10", "INDIRECT", None, "expected", "to bring some witnesses to testify against them", "a9"),
                  ("a11", "INDIRECT", "m15", ("said", "The police said the two"), seg(T, "the two were arrested while", "through witchcraft"), None),
                  ("a12", "INDIRECT", "m17", ("thought", "they thought"), "would need to use their relatives to boost their businesses through witchcraft", "a11")])

write("test4_b.jsonl")
