#!/usr/bin/env python3
"""Writes test5_b.jsonl: real-news gold, split test5-b (see gold.py). Run: python3 make_test5_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("naharnet-bassil-beirut-power-rationing",
    url="https://naharnet.com/stories/27622-electricity-crisis-likely-to-worsen-as-bassil-calls-for-more-rationing-in-beirut/print",
    outlet="Naharnet", country="Lebanon", topic="politics", cut=True,
    text=(T := "Electricity Crisis Likely to Worsen as Bassil Calls for More Rationing in Beirut\n"
          "The power crisis topped the discussions of cabinet ministers during a session held at Baabda palace on Monday as Energy Minister Jebran Bassil urged the Lebanese that are paying their electricity bills and suffering from severe rationing to resort to demonstrations.\n"
          "Ministerial sources told An Nahar daily published Tuesday that the cabinet agreed to give priority to the electricity problem and urged Bassil to resolve the crisis and the rationing that has affected most regions except for Beirut.\n"
          "Angry residents continued to block roads with burning tires. The latest incidents took place on the old Beirut airport and the Naameh-Damour roads on Monday night.\n"
          "Bassil is insisting to make Beirut similar to other areas to ease the rationing. “There can’t be 21-hour electricity in Beirut and 11 in Sin el-Fil,” he said in remarks published Tuesday.\n"
          "During a press conference he held before the cabinet session, Bassil urged “all those who pay their electricity bills and don’t get enough (power) and respect Electricite du Liban … to resort to the street to demand their rights.”\n"
          "He reiterated that the sector was in dire need of investments.\n"
          "Bassil blamed the government for procrastinating in the implementation of six major projects, among them the leasing of power-generating ships as a temporary measure to compensate for the low electricity supply.\n"
          "He lamented that Lebanon is in need of 2,500 megawatts of electricity while the current production is only 1,500 MW.\n"
          "But As Safir daily said even if the government decides to lease the ships, the process requires a six-month period, which means that Lebanon would continue to suffer from severe power cuts during the summer season.\n"
          "In his remarks published Tuesday, Bassil thanked Speaker Nabih Berri for urging him to reveal the identity of those who were allegedly putting sticks in the wheels of his plans."),
    entities=[("bassil", "Jebran Bassil", "PERSON", ["Bassil", "Energy Minister Jebran Bassil"], "Lebanese Energy Minister"),
              ("sources", "Ministerial sources", "GROUP", [], None),
              ("cabinet", "the cabinet", "ORGANIZATION", [], "Lebanese cabinet"),
              ("assafir", "As Safir", "ORGANIZATION", ["As Safir daily"], "Lebanese daily newspaper"),
              ("berri", "Nabih Berri", "PERSON", ["Speaker Nabih Berri", "Berri"], "Speaker of Parliament")],
    mentions=[("m1", ("Bassil", "as Bassil Calls"), "bassil"),
              ("m2", "Energy Minister Jebran Bassil", "bassil"),
              ("m3", "Ministerial sources", "sources"),
              ("m4", ("the cabinet", "that the cabinet agreed"), "cabinet"),
              ("m5", ("Bassil", "urged Bassil to resolve"), "bassil"),
              ("m6", ("Bassil", "Bassil is insisting"), "bassil"),
              ("m7", ("he", "he said in remarks"), "bassil"),
              ("m8", ("Bassil", "Bassil urged “all"), "bassil"),
              ("m9", ("He", "He reiterated"), "bassil"),
              ("m10", ("Bassil", "Bassil blamed"), "bassil"),
              ("m11", ("He", "He lamented"), "bassil"),
              ("m12", "As Safir daily", "assafir"),
              ("m13", ("Bassil", "Bassil thanked"), "bassil"),
              ("m14", "Speaker Nabih Berri", "berri")],
    attributions=[("a1", "INDIRECT", "m1", "Calls for", "More Rationing in Beirut", None),
                  ("a2", "INDIRECT", "m2", ("urged", "Bassil urged the Lebanese"), seg(T, "the Lebanese that are paying", "to resort to demonstrations"), None),
                  ("a3", "INDIRECT", "m3", "told", seg(T, "the cabinet agreed to give", "most regions except for Beirut"), None),
                  ("a4", "INDIRECT", "m4", ("urged", "and urged Bassil"), seg(T, "Bassil to resolve the crisis", "most regions except for Beirut"), "a3"),
                  ("a5", "INDIRECT", "m6", "insisting", "to make Beirut similar to other areas to ease the rationing", None),
                  ("a6", "DIRECT", "m7", ("said", "he said in remarks"), "There can’t be 21-hour electricity in Beirut and 11 in Sin el-Fil,", None),
                  ("a7", "DIRECT", "m8", ("urged", "Bassil urged “all"), seg(T, "all those who pay their electricity", "to demand their rights."), None),
                  ("a8", "INDIRECT", "m9", "reiterated", "the sector was in dire need of investments", None),
                  ("a9", "INDIRECT", "m10", "blamed", seg(T, "the government for procrastinating", "the low electricity supply"), None),
                  ("a10", "INDIRECT", "m11", "lamented", "Lebanon is in need of 2,500 megawatts of electricity while the current production is only 1,500 MW", None),
                  ("a11", "INDIRECT", "m12", ("said", "daily said"), seg(T, "even if the government decides", "during the summer season"), None),
                  ("a12", "INDIRECT", "m13", "thanked", seg(T, "Speaker Nabih Berri for urging", "the wheels of his plans"), None),
                  ("a13", "INDIRECT", "m14", "urging", seg(T, "him to reveal the identity", "the wheels of his plans"), "a12")])

# ---------------------------------------------------------------------------------------
doc("mozambiquetribune-aim-dondo-junta-verdict",
    url="https://mozambiquetribune.com/mozambique-conspiracy-charges-dropped-but-five-suspects-sentenced-for-alleged-ties-to-renamo-military-junta/",
    outlet="Mozambique Tribune (AIM)", country="Mozambique", topic="courts-crime", cut=True,
    text=(T := "Mozambique: Conspiracy Charges Dropped, But Five Suspects Sentenced For Alleged Ties To Renamo Military Junta\n"
          "Maputo — The Dondo district court, in the central Mozambican province of Sofala, on Tuesday sentenced five members or former members of the main opposition party, Renamo to five years imprisonment, converted into fines, for attempting to join the self-styled “Renamo Military Junta”.\n"
          "Not a shred of evidence tying them to the Military Junta was presented in open court – but one session was closed to the press and public, during which experts from the Criminal Investigation Service (SERNIC) produced evidence, described as “sensitive” by the judge, concerning phone messages between the accused prior to their arrest in early January.\n"
          "The messages, which are on discs, might have thrown some light on the alleged contacts between the accused and the Military Junta. But, since the journalists were not present when the court heard the content of these messages, the public has no idea whether they added any credibility to the prosecution case.\n"
          "The public prosecutor’s office initially accused six people of conspiring against the security of the state, but on the final day of the trial, 9 August, the prosecution dropped the charges against one of the accused, Domingos Marrime. He had already spent seven months in preventive detention.\n"
          "Giving his verdict on Tuesday, the judge, Carlitos Teofilo, threw out the charges of conspiracy, and found the five remaining accused guilty only of attempting to join the Military Junta.\n"
          "According to the report of his verdict on the independent television station, STV, Teofilo criticised SERNIC and the public prosecutor for the weakness of their case. He said there were “gaps” in the investigation, and “they could have brought more evidence”."),
    entities=[("teofilo", "Carlitos Teofilo", "PERSON", ["Teofilo", "the judge", "the judge, Carlitos Teofilo"],
               "judge of the Dondo district court"),
              ("prosecutor", "The public prosecutor’s office", "ORGANIZATION", ["the public prosecutor", "the prosecution"], None),
              ("stv", "STV", "ORGANIZATION", ["the independent television station, STV",
                                               "the report of his verdict on the independent television station, STV"],
               "independent Mozambican television station")],
    mentions=[("m1", ("the judge", "by the judge,"), "teofilo"),
              ("m2", "The public prosecutor’s office", "prosecutor"),
              ("m3", ("the prosecution", "the prosecution dropped"), "prosecutor"),
              ("m4", "the judge, Carlitos Teofilo", "teofilo"),
              ("m5", "the report of his verdict on the independent television station, STV", "stv"),
              ("m6", ("Teofilo", "Teofilo criticised"), "teofilo"),
              ("m7", ("the public prosecutor", "and the public prosecutor for"), "prosecutor"),
              ("m8", ("He", "He said there"), "teofilo")],
    attributions=[("a1", "MIXED", "m1", "described", seg(T, "evidence, described as", "in early January"), None),
                  ("a2", "INDIRECT", "m2", ("accused", "initially accused"), "six people of conspiring against the security of the state", None),
                  ("a3", "INDIRECT", "m4", "found", "the five remaining accused guilty only of attempting to join the Military Junta", None),
                  ("a4", "INDIRECT", "m5", "According to", "Teofilo criticised SERNIC and the public prosecutor for the weakness of their case", None),
                  ("a5", "INDIRECT", "m6", "criticised", "SERNIC and the public prosecutor for the weakness of their case", "a4"),
                  ("a6", "MIXED", "m8", ("said", "He said there"), "there were “gaps” in the investigation, and “they could have brought more evidence”", None)])

# ---------------------------------------------------------------------------------------
doc("bruneitimes-dengue-cases-drop-legco",
    url="https://btarchive.org/news/national/2016/03/18/dengue-fever-cases-brunei-drop-27-cent",
    outlet="The Brunei Times", country="Brunei", topic="health-science", cut=False,
    published="2016-03-18",
    text=(T := "Dengue fever cases in Brunei drop by 27 per cent\n"
          "CASES of dengue fever in the country dropped by 119 or 27 per cent from the previous year as members of the public are becoming more aware of the importance of preventive measures, the minister of health said yesterday.\n"
          "During the 12th session of the Legislative Council (LegCo) yesterday, YB Dato Paduka Dr Hj Zulkarnain Hj Hanafi said that 317 cases of dengue fever were reported in 2015 compared to 436 in 2014.\n"
          "He said this in response to LegCo member YB Hj Sulaiman Hj Ahad who asked about the total number of recorded dengue fever cases and the ministry’s plans in preventing future dengue outbreak, particularly in the Temburong district.\n"
          "YB Dato Paduka Dr Hj Zulkarnain said out of the 317 dengue cases reported in 2015, only 17 cases were from the Temburong district.\n"
          "This reflects the efforts of Temburong residents in maintaining the cleanliness of their homes and workplace, said the health minister.\n"
          "As on the Ministry of Health’s plans in tackling the mosquito-borne disease, the minister said although fumigation – a method of insect control does work, it only works for a short period of time as the mosquitoes will continue to breed.\n"
          "“Fumigation does work but only up to a certain point... as long as there is stagnant water in the area, the mosquitoes will come back,” said the minister.\n"
          "Temburong representative Yang Berhormat Hj Jumat Akim also voiced concerns on the dengue fever cases, asking what preventive measures are being taken by the health ministry in preventing the disease from occurring.\n"
          "The health minister said sanitation measures are essential in preventing dengue outbreaks.\n"
          "He also underlined the importance of awareness and preventive practices such as ensuring no stagnant water around homes, as this could be a breeding ground for mosquitoes."),
    entities=[("zulkarnain", "Zulkarnain Hj Hanafi", "PERSON",
               ["YB Dato Paduka Dr Hj Zulkarnain Hj Hanafi", "YB Dato Paduka Dr Hj Zulkarnain", "Zulkarnain",
                "the minister of health", "the health minister", "the minister"], "Minister of Health"),
              ("sulaiman", "Sulaiman Hj Ahad", "PERSON", ["YB Hj Sulaiman Hj Ahad", "LegCo member YB Hj Sulaiman Hj Ahad", "Sulaiman"],
               "Legislative Council member"),
              ("jumat", "Jumat Akim", "PERSON", ["Yang Berhormat Hj Jumat Akim",
                                                 "Temburong representative Yang Berhormat Hj Jumat Akim"],
               "Legislative Council member for Temburong")],
    mentions=[("m1", "the minister of health", "zulkarnain"),
              ("m2", "YB Dato Paduka Dr Hj Zulkarnain Hj Hanafi", "zulkarnain"),
              ("m3", "LegCo member YB Hj Sulaiman Hj Ahad", "sulaiman"),
              ("m4", ("YB Dato Paduka Dr Hj Zulkarnain", "YB Dato Paduka Dr Hj Zulkarnain said out"), "zulkarnain"),
              ("m5", ("the health minister", "said the health minister"), "zulkarnain"),
              ("m6", ("the minister", "the minister said although"), "zulkarnain"),
              ("m7", ("the minister", "said the minister."), "zulkarnain"),
              ("m8", "Temburong representative Yang Berhormat Hj Jumat Akim", "jumat"),
              ("m9", ("The health minister", "The health minister said sanitation"), "zulkarnain"),
              ("m10", ("He", "He also underlined"), "zulkarnain")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "minister of health said"), seg(T, "CASES of dengue fever", "of preventive measures"), None),
                  ("a2", "INDIRECT", "m2", ("said", "Hanafi said that"), "317 cases of dengue fever were reported in 2015 compared to 436 in 2014", None),
                  ("a3", "INDIRECT", "m3", ("asked", "who asked about"), seg(T, "the total number of recorded", "particularly in the Temburong district"), None),
                  ("a4", "INDIRECT", "m4", ("said", "Zulkarnain said out"), "out of the 317 dengue cases reported in 2015, only 17 cases were from the Temburong district", None),
                  ("a5", "INDIRECT", "m5", ("said", "said the health minister"), "This reflects the efforts of Temburong residents in maintaining the cleanliness of their homes and workplace", None),
                  ("a6", "INDIRECT", "m6", ("said", "the minister said although"), seg(T, "although fumigation – a method", "will continue to breed"), None),
                  ("a7", "DIRECT", "m7", ("said", "said the minister."), seg(T, "Fumigation does work but", "will come back,"), None),
                  ("a8", "INDIRECT", "m8", "voiced concerns", ("the dengue fever cases", "concerns on the dengue fever cases"), None),
                  ("a9", "INDIRECT", "m8", "asking", "what preventive measures are being taken by the health ministry in preventing the disease from occurring", None),
                  ("a10", "INDIRECT", "m9", ("said", "minister said sanitation"), "sanitation measures are essential in preventing dengue outbreaks", None),
                  ("a11", "INDIRECT", "m10", "underlined", seg(T, "the importance of awareness", "a breeding ground for mosquitoes"), None)])

# ---------------------------------------------------------------------------------------
doc("cns-george-town-fisherman-camp-complaint",
    url="https://archive.caymannewsservice.com/2014/10/23/fisherman-camp-stirs-up-marina-drive/",
    outlet="Cayman News Service", country="Cayman Islands", topic="local", cut=True,
    published="2014-10-23",
    text=(T := "Fisherman camp stirs up Marina Drive\n"
          "(CNS): A small private plot in a residential suburb of George Town appears to have become a home away from home for Honduran fisherman and an unofficial fish market, according to neighbours who have complained to officials at the Department of Environmental Health (DEH). A dock and empty plot on Marina Drive sandwiched between canal front condos and stand-alone family homes is being used by the men, who are docking several fishing boats there, selling their catch and using the location as a camp in between trips. But neighbours say fish is being processed on an industrial scale and the men are holding drunken sessions late into the night, as well as using the canal as a toilet.\n"
          "A group of Marina Drive residents has written to Roydell Carter, the DEH director, complaining that the men using the unofficial camp are dumping fish guts and garbage and even defecating into the canal. They also complain of “other anti-social actions and behaviour” and say their rights as property owners are being disturbed by the increasingly unorthodox activity.\n"
          "One of the fishermen spoke to CNS this week and said that although they do sell their catch when they come into port, there is no major processing at the site and the only things that go in the canal are the fish scales.\n"
          "The man, who said his name was Anthony, said that the fishermen are mostly Honduran and all of them have visas. They spend much of their time at sea or back home and only use the dock on occasions but no one was living there, he said, adding that “about eight or more people came” from government agencies on Tuesday to look at the dock but he said they did not say much or do anything.\n"
          "Carter confirmed that his department had received the complaint about the camp last Friday from some residents in the area concerning various activities taking place on the property."),
    entities=[("neighbours", "neighbours", "GROUP", ["A group of Marina Drive residents", "some residents in the area"],
               "Marina Drive residents who complained about the camp"),
              ("anthony", "Anthony", "PERSON", ["One of the fishermen", "The man"], "Honduran fisherman using the dock"),
              ("carter", "Roydell Carter", "PERSON", ["Carter", "Roydell Carter, the DEH director", "the DEH director"],
               "Director of the Department of Environmental Health")],
    mentions=[("m1", ("neighbours", "according to neighbours"), "neighbours"),
              ("m2", ("neighbours", "But neighbours say"), "neighbours"),
              ("m3", "A group of Marina Drive residents", "neighbours"),
              ("m4", "Roydell Carter, the DEH director", "carter"),
              ("m5", ("They", "They also complain"), "neighbours"),
              ("m6", "One of the fishermen", "anthony"),
              ("m7", "The man", "anthony"),
              ("m8", ("Anthony", "name was Anthony"), "anthony"),
              ("m9", ("he", "he said, adding"), "anthony"),
              ("m10", ("he", "he said they"), "anthony"),
              ("m11", ("Carter", "Carter confirmed"), "carter"),
              ("m12", "some residents in the area", "neighbours")],
    attributions=[("a1", "INDIRECT", "m1", "according to", seg(T, "A small private plot", "an unofficial fish market"), None),
                  ("a2", "INDIRECT", "m2", ("say", "neighbours say"), seg(T, "fish is being processed", "the canal as a toilet"), None),
                  ("a3", "INDIRECT", "m3", "complaining", "the men using the unofficial camp are dumping fish guts and garbage and even defecating into the canal", None),
                  ("a4", "DIRECT", "m5", ("complain", "also complain"), "other anti-social actions and behaviour", None),
                  ("a5", "INDIRECT", "m5", ("say", "and say their"), "their rights as property owners are being disturbed by the increasingly unorthodox activity", None),
                  ("a6", "INDIRECT", "m6", ("said", "and said that although"), seg(T, "although they do sell", "are the fish scales"), None),
                  ("a7", "INDIRECT", "m7", ("said", "who said his name"), "his name was Anthony", None),
                  ("a8", "INDIRECT", "m7", ("said", "Anthony, said"), "the fishermen are mostly Honduran and all of them have visas", None),
                  ("a9", "INDIRECT", "m9", ("said", "he said, adding"), seg(T, "They spend much of their time", "no one was living there"), None),
                  ("a10", "MIXED", "m9", "adding", "“about eight or more people came” from government agencies on Tuesday to look at the dock", None),
                  ("a11", "INDIRECT", "m10", ("said", "he said they"), "they did not say much or do anything", None),
                  ("a12", "INDIRECT", "m11", "confirmed", seg(T, "his department had received", "taking place on the property"), None),
                  ("a13", "INDIRECT", "m12", ("complaint", "the complaint about"), ("the camp", "complaint about the camp"), "a12")])

# ---------------------------------------------------------------------------------------
doc("macaudailytimes-micro-connect-hao-yue-restaurant",
    url="https://macaudailytimes.com.mo/micro-connect-hao-yue-to-invest-in-catering-in-macau.html",
    outlet="Macau Daily Times", country="Macau", topic="business", cut=True,
    text=(T := "Micro Connect, Hao Yue to invest in catering in Macau\n"
          "Investment firm Micro Connect Group has signed an agreement with mainland Hao Yue Catering Group Company Limited to establish a restaurant in Macau, the firm has announced in a statement.\n"
          "The statement noted that the “Joy” restaurant, owned by Hao Yue, will be the first time Micro Connect will invest in a store in Macau, and will be a milestone in the group’s overseas investment.\n"
          "The two companies held an agreement-signing ceremony in Macau on Wednesday.\n"
          "Previously, the investment firm pledged that it would help local caterers in their capitalization and expansion of business.\n"
          "Hao Yue is a mainland catering firm that has spent 20 years in the industry and is a market leader in meat processing, according to mainland websites. It has also been said that the catering firm aims at establishing an industry chain for health food products.\n"
          "Secretary for Economy and Finance Lei Wai Nong, who attended the ceremony, described Micro Connect as an example of striving for development in Macau. He hopes that the investment firm can utilize Macau as a platform to blend international capital and physical economies to support the development of both mainland China and the SMEs of Macau.\n"
          "Referring to the fact that 96% of local enterprises have become reliant on mobile payments, the senior official also expressed his hopes that these enterprises would “precisely combine” social capital with everyday accounts to explore wider markets.\n"
          "Gary Zhang, founder and CEO of Micro Connect and CEO of MCEX, said that with the group’s investment debut in Macau, he hopes the digitalization of Macau’s consumer industry will be improved, facilitating integration of the digital and physical economy, and driving the digital revolution of the Macau economy."),
    entities=[("microconnect", "Micro Connect Group", "ORGANIZATION",
               ["Micro Connect", "Investment firm Micro Connect Group", "the firm", "the investment firm"], "investment firm"),
              ("statement", "The statement", "ORGANIZATION", ["a statement"], "Micro Connect's statement"),
              ("websites", "mainland websites", "GROUP", [], None),
              ("lei", "Lei Wai Nong", "PERSON", ["Secretary for Economy and Finance Lei Wai Nong", "the senior official"],
               "Macau Secretary for Economy and Finance"),
              ("zhang", "Gary Zhang", "PERSON", ["Zhang"], "founder and CEO of Micro Connect, CEO of MCEX")],
    mentions=[("m1", ("Micro Connect", "Micro Connect, Hao Yue"), "microconnect"),
              ("m2", "Investment firm Micro Connect Group", "microconnect"),
              ("m3", ("the firm", "the firm has announced"), "microconnect"),
              ("m4", "a statement", "statement"),
              ("m5", "The statement", "statement"),
              ("m6", ("Micro Connect", "time Micro Connect"), "microconnect"),
              ("m7", ("the investment firm", "the investment firm pledged"), "microconnect"),
              ("m8", "mainland websites", "websites"),
              ("m9", "Secretary for Economy and Finance Lei Wai Nong", "lei"),
              ("m10", ("Micro Connect", "described Micro Connect"), "microconnect"),
              ("m11", ("He", "He hopes"), "lei"),
              ("m12", ("the investment firm", "the investment firm can"), "microconnect"),
              ("m13", "the senior official", "lei"),
              ("m14", "Gary Zhang, founder and CEO of Micro Connect and CEO of MCEX", "zhang")],
    attributions=[("a1", "INDIRECT", "m3", "announced", seg(T, "Investment firm Micro Connect Group has", "a restaurant in Macau"), None),
                  ("a2", "MIXED", "m5", "noted", seg(T, "the “Joy” restaurant", "the group’s overseas investment"), None),
                  ("a3", "INDIRECT", "m7", "pledged", "it would help local caterers in their capitalization and expansion of business", None),
                  ("a4", "INDIRECT", "m8", "according to", "Hao Yue is a mainland catering firm that has spent 20 years in the industry and is a market leader in meat processing", None),
                  ("a5", "INDIRECT", None, ("said", "been said"), "the catering firm aims at establishing an industry chain for health food products", None),
                  ("a6", "INDIRECT", "m9", "described", "Micro Connect as an example of striving for development in Macau", None),
                  ("a7", "INDIRECT", "m11", ("hopes", "He hopes"), seg(T, "the investment firm can utilize", "the SMEs of Macau"), None),
                  ("a8", "INDIRECT", "m13", "Referring to", "the fact that 96% of local enterprises have become reliant on mobile payments", None),
                  ("a9", "MIXED", "m13", "expressed his hopes", seg(T, "these enterprises would", "to explore wider markets"), None),
                  ("a10", "INDIRECT", "m14", ("said", "MCEX, said"), seg(T, "with the group’s investment debut", "revolution of the Macau economy"), None)])

# ---------------------------------------------------------------------------------------
doc("rudaw-kurdistan-rejects-internet-ultimatum",
    url="https://rudaw.net/english/kurdistan/101020131-amp",
    outlet="Rudaw", country="Iraq", topic="technology", cut=True,
    published="2013-10-10",
    text=(T := "Kurdistan Rejects Baghdad Ultimatum over Internet Providers\n"
          "ERBIL, Kurdistan Region – Iraq’s autonomous Kurdistan Region says it will continue to deal directly with international Internet providers, rejecting an ultimatum by the central government in Baghdad to regulate communications in accordance with federal laws.\n"
          "\"That decision by the central government does not apply to Kurdistan,\" said Karwan Sheikh Raza, head of Kurdistan's post and communication department. “Kurdistan's own ministry of communication is responsible for dealing with foreign companies and we have nothing to do with Baghdad.\"\n"
          "He said that Internet price and quality in the autonomous Kurdistan Region differs greatly from the rest of Iraq, and that Erbil itself decides the rules for Internet suppliers in the region.\n"
          "According to Raza, the Iraqi government provides Internet connections to citizens through local private suppliers, and has imposed heavy taxes on companies that receive services from foreign countries.\n"
          "\"Baghdad has now reduced that tax and in return asked the companies to reduce their prices, too,\" Raza said. \"But the Kurdistan Region hasn't imposed heavy taxes on the companies in the first place and there is no need to reduce it now.\"\n"
          "Official data from the department of communication shows that three major companies in the Kurdistan Region are supplying Internet services through deals with foreign companies.\n"
          "\"In each province we have 6-7 smaller companies that supply Internet and this creates competition and reasonable prices,\" said Raza.\n"
          "On Tuesday, the Iraqi government gave a two-day ultimatum to all Internet companies to reduce their prices.\n"
          "\"Perhaps that is because in the rest of Iraq the price of Internet services is too high already that is why the Iraqi government has passed such a law,\" Raza explained.\n"
          "Meanwhile, Raza said that his department is not fully satisfied with Internet provision in Kurdistan."),
    entities=[("krg", "Kurdistan Region", "GPE", ["Kurdistan", "Iraq’s autonomous Kurdistan Region"], "autonomous region of Iraq"),
              ("iraqgov", "the Iraqi government", "ORGANIZATION",
               ["the central government in Baghdad", "the central government", "Baghdad"], "Iraqi federal government"),
              ("raza", "Karwan Sheikh Raza", "PERSON", ["Raza"], "head of Kurdistan's post and communication department")],
    mentions=[("m1", ("Kurdistan", "Kurdistan Rejects"), "krg"),
              ("m2", "Iraq’s autonomous Kurdistan Region", "krg"),
              ("m3", "the central government in Baghdad", "iraqgov"),
              ("m4", ("the central government", "by the central government does"), "iraqgov"),
              ("m5", "Karwan Sheikh Raza, head of Kurdistan's post and communication department", "raza"),
              ("m6", ("Baghdad", "nothing to do with Baghdad"), "iraqgov"),
              ("m7", ("He", "He said that Internet"), "raza"),
              ("m8", ("Erbil", "Erbil itself"), "krg"),
              ("m9", ("Raza", "According to Raza"), "raza"),
              ("m10", ("the Iraqi government", "the Iraqi government provides"), "iraqgov"),
              ("m11", ("Baghdad", "\"Baghdad has now"), "iraqgov"),
              ("m12", ("Raza", "Raza said. \"But"), "raza"),
              ("m13", ("the Kurdistan Region", "But the Kurdistan Region"), "krg"),
              ("m14", ("Raza", "said Raza."), "raza"),
              ("m15", ("the Iraqi government", "the Iraqi government gave"), "iraqgov"),
              ("m16", ("the Iraqi government", "the Iraqi government has passed"), "iraqgov"),
              ("m17", ("Raza", "Raza explained"), "raza"),
              ("m18", ("Raza", "Raza said that his"), "raza")],
    attributions=[("a1", "INDIRECT", "m1", "Rejects", "Baghdad Ultimatum over Internet Providers", None),
                  ("a2", "INDIRECT", "m2", "says", "it will continue to deal directly with international Internet providers", None),
                  ("a3", "INDIRECT", "m2", "rejecting", seg(T, "an ultimatum by the central", "with federal laws"), None),
                  ("a4", "INDIRECT", "m3", ("ultimatum", "rejecting an ultimatum"), "to regulate communications in accordance with federal laws", "a3"),
                  ("a5", "DIRECT", "m5", ("said", "said Karwan"), "That decision by the central government does not apply to Kurdistan,", None),
                  ("a6", "DIRECT", "m5", None, "Kurdistan's own ministry of communication is responsible for dealing with foreign companies and we have nothing to do with Baghdad.", None),
                  ("a7", "INDIRECT", "m7", ("said", "He said that Internet"), seg(T, "Internet price and quality", "Internet suppliers in the region"), None),
                  ("a8", "INDIRECT", "m9", "According to", seg(T, "the Iraqi government provides", "services from foreign countries"), None),
                  ("a9", "DIRECT", "m12", ("said", "Raza said. \"But"), "Baghdad has now reduced that tax and in return asked the companies to reduce their prices, too,", None),
                  ("a10", "INDIRECT", "m11", ("asked", "in return asked"), "the companies to reduce their prices, too", "a9"),
                  ("a11", "DIRECT", "m12", None, "But the Kurdistan Region hasn't imposed heavy taxes on the companies in the first place and there is no need to reduce it now.", None),
                  ("a12", "DIRECT", "m14", ("said", "said Raza."), "In each province we have 6-7 smaller companies that supply Internet and this creates competition and reasonable prices,", None),
                  ("a13", "INDIRECT", "m15", ("ultimatum", "two-day ultimatum"), "all Internet companies to reduce their prices", None),
                  ("a14", "DIRECT", "m17", "explained", seg(T, "Perhaps that is because", "passed such a law,"), None),
                  ("a15", "INDIRECT", "m18", ("said", "Raza said that his"), "his department is not fully satisfied with Internet provision in Kurdistan", None)])

write("test5_b.jsonl")
