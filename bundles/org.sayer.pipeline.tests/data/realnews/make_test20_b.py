#!/usr/bin/env python3
"""Writes test20_b.jsonl: real-news gold, split test20-b (see gold.py). Run: python3 make_test20_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored copy breaks off inside the next paragraph ("A member of the Political Dialogue Com"),
# so the text is cut after Bugaighis's quotation. "PPresidential" is printed so.
# - Headline "amid calls for moving HQ to Sirte": a noun cue with no claimant, null source.
# - "Videos ... showed armed groups threatening to storm ...": "showed" is an evidential, but a threat
#   is a speech act (as "threatened to ..." in the corpus), so "threatening" is a claim of the groups.
# - "her call to expel ...": a noun cue whose claimant is the possessive "her" (as "his call for" in
#   the corpus); "after she renewed her call for X" is a claim of its own, outside Ghariani's content.
# - "commented on what the capital witnessed, saying: “...”" and "explained, by saying: “...”": the
#   topic ("commented on X") is no content, and one reporting clause carries the quotation; the cue is
#   "saying", the verb whose object the quotation is.
# - "We confirmed that ..." inside Amgheib's quotation: a speech act of the speaker's side nested in
#   the quotation (as "We have said that ..." in the corpus); "We" is linked to Amgheib, the only
#   speaker of that side the text names.
doc("218tv-libya-presidential-council-storming-denied",
    url="https://en.218tv.net/2021/05/08/military-incitement-against-presidential-council-foreign-minister-amid-calls-for-moving-hq-to-sirte/",
    outlet="218 TV", country="Libya", topic="politics", cut=True, published="2021-05-08",
    text=(T := "Military incitement against Presidential Council, Foreign Minister, amid calls for moving HQ to Sirte\n"
          "The spokesperson of the Presidential Council, Najwa Wahiba, denied the storming of the headquarters of the Presidential Council in the capital, Tripoli, calling on everyone to investigate the accuracy of the information from its sources.\n"
          "Wahiba explained, “Last night, it was a storming of a hotel, not the headquarters of the Presidential Council, which does not yet have a permanent headquarters for the meetings, but rather it is one of the headquarters in which the council meets.”\n"
          "The spokesperson for the Presidential Council added, “Today is a weekly holiday, not a working day, and no one was harmed, and we hope that everyone will investigate the information from its sources.”\n"
          "Videos, released late last night, showed armed groups threatening to storm the headquarters of the Presidential Council.\n"
          "These events coincided with the incitement against the Libyan Foreign Minister Najla Al-Mangoush, due to her call to expel all mercenaries and foreign forces from Libya.\n"
          "Al-Sadiq al-Ghariani had called for the foreign minister to be fought and removed from her post, after she renewed her call for the need to implement the conclusions of the Berlin Conference.\n"
          "For his part, a member of Parliament, Saeed Amgheib, commented on what the capital witnessed, saying: “We confirmed that the Turkish Foreign Minister’s speech yesterday was nothing but an incitement to the militias to move quickly to control the PPresidential Council or to torpedo the Libyan Political Dialogue Forum agreement so that their presence continues.”\n"
          "Amal Bugaighis, a member of the legal committee at the Libyan Political Dialogue Forum confirmed that Sirte should be the seat of government.\n"
          "Bugaighis explained, by saying: “The seat of government is not overbearing, the truth is bright, do not make the government under the influence of the mob.”"),
    entities=[("wahiba", "Najwa Wahiba", "PERSON",
               ["Wahiba", "The spokesperson of the Presidential Council, Najwa Wahiba",
                "The spokesperson for the Presidential Council"], "spokesperson of Libya's Presidential Council"),
              ("groups", "armed groups", "GROUP", [], "armed groups seen in videos at the council's headquarters"),
              ("mangoush", "Najla Al-Mangoush", "PERSON",
               ["Al-Mangoush", "the Libyan Foreign Minister Najla Al-Mangoush", "the foreign minister", "Foreign Minister"],
               "Libyan Foreign Minister"),
              ("ghariani", "Al-Sadiq al-Ghariani", "PERSON", ["al-Ghariani", "Ghariani"], "Libyan cleric"),
              ("amgheib", "Saeed Amgheib", "PERSON", ["Amgheib", "a member of Parliament, Saeed Amgheib"],
               "member of Libya's House of Representatives"),
              ("bugaighis", "Amal Bugaighis", "PERSON",
               ["Bugaighis", "Amal Bugaighis, a member of the legal committee at the Libyan Political Dialogue Forum"],
               "member of the legal committee at the Libyan Political Dialogue Forum")],
    mentions=[("m1", ("Foreign Minister", "Council, Foreign Minister, amid"), "mangoush"),
              ("m2", "The spokesperson of the Presidential Council, Najwa Wahiba", "wahiba"),
              ("m3", ("Wahiba", "Wahiba explained"), "wahiba"),
              ("m4", "The spokesperson for the Presidential Council", "wahiba"),
              ("m5", "armed groups", "groups"),
              ("m6", "the Libyan Foreign Minister Najla Al-Mangoush", "mangoush"),
              ("m7", ("her", "her call to expel"), "mangoush"),
              ("m8", "Al-Sadiq al-Ghariani", "ghariani"),
              ("m9", ("the foreign minister", "the foreign minister to be fought"), "mangoush"),
              ("m10", ("she", "she renewed"), "mangoush"),
              ("m11", "a member of Parliament, Saeed Amgheib", "amgheib"),
              ("m12", ("We", "We confirmed"), "amgheib"),
              ("m13", "Amal Bugaighis, a member of the legal committee at the Libyan Political Dialogue Forum", "bugaighis"),
              ("m14", ("Bugaighis", "Bugaighis explained"), "bugaighis")],
    attributions=[("a1", "INDIRECT", None, ("calls for", "calls for moving"), "moving HQ to Sirte", None),
                  ("a2", "INDIRECT", "m2", "denied",
                   "the storming of the headquarters of the Presidential Council in the capital, Tripoli", None),
                  ("a3", "INDIRECT", "m2", "calling on",
                   "everyone to investigate the accuracy of the information from its sources", None),
                  ("a4", "DIRECT", "m3", ("explained", "Wahiba explained"),
                   seg(T, "Last night, it was a storming", "in which the council meets."), None),
                  ("a5", "DIRECT", "m4", ("added", "Council added"),
                   seg(T, "Today is a weekly holiday", "information from its sources."), None),
                  ("a6", "INDIRECT", "m5", "threatening", "to storm the headquarters of the Presidential Council", None),
                  ("a7", "INDIRECT", "m7", ("call", "call to expel"),
                   "to expel all mercenaries and foreign forces from Libya", None),
                  ("a8", "INDIRECT", "m8", ("called for", "had called for"),
                   "the foreign minister to be fought and removed from her post", None),
                  ("a9", "INDIRECT", "m10", "renewed her call for",
                   "the need to implement the conclusions of the Berlin Conference", None),
                  ("a10", "DIRECT", "m11", ("saying", "saying: “We"),
                   seg(T, "We confirmed that the Turkish", "their presence continues."), None),
                  ("a11", "INDIRECT", "m12", ("confirmed", "We confirmed"),
                   seg(T, "the Turkish Foreign Minister’s speech", "their presence continues"), "a10"),
                  ("a12", "INDIRECT", "m13", ("confirmed", "Forum confirmed"), "Sirte should be the seat of government", None),
                  ("a13", "DIRECT", "m14", ("saying", "by saying"),
                   seg(T, "The seat of government is not", "influence of the mob."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead. The copy breaks off inside the
# last paragraph ("But they were perhaps fortun"), which is left out.
# - Renard's second quotation opens a paragraph that ends without a closing mark and is reopened in
#   the next paragraph, which closes before "he continued": one quotation over two paragraphs
#   (FORMAT.md, Unit) with the cue "continued". The next quotation has no reporting clause and
#   continues Renard; Cuper's second paragraph continues Cuper in the same way.
doc("ghanastar-afcon-renard-proud-cuper-elneny",
    url="https://ghanastar.com/stories/afcon-2017-update",
    outlet="Ghana Star", country="Ghana", topic="sport", cut=True,
    text=(T := "Morocco head coach, Herve Renard, said he was proud of his charges despite their exit from the 2017 Africa Cup of Nations finals on Sunday night.\n"
          "The Lions of the Atlas were narrowly beaten by the Pharaohs of Egypt 1-0 in a quarter-final game at the Stade de Port-Gentil in the Gabonese city of Port-Gentil.\n"
          "Accomplished tactician, Renard, believes that Egypt, who are the most successful nation in the AFCON history with seven titles, are back to their usual best.\n"
          "“Egypt’s rivals should be careful, because Egypt is back,” Renard told reporters after the game.\n"
          "“It was very difficult to perform in this poor pitch but Egypt dealt with it very well and played a good game.\n"
          "“They have a good coach and they snatched a winner after a defensive error,” he continued.\n"
          "“We played a good game and we did our best against a tough opponent. I’m proud despite the loss.”\n"
          "Egypt are scheduled to lock horns with Burkina Faso in a semi-final clash at the Stade de l’Amitié in Gabon’s capital city Libreville on Wednesday night.\n"
          "Egypt and Arsenal midfielder, Mohamed Elneny, will not recover from injury in time to face Burkina Faso in Wednesday’s Africa Cup of Nations semi-final.\n"
          "The 24-year-old is still nursing a calf problem that kept him out Sunday’s 1-0 quarter-final win over Morocco.\n"
          "“Elneny has a bad calf strain. We will send a medical report to his club,” said coach Hector Cuper.\n"
          "“He will have tests and we hope that if we manage to reach the final he will be able to return.”\n"
          "Egypt will face Burkina Faso in their semi-final in Libreville on Wednesday and they are likely to be without striker Marwan Mohsen for that game, too.\n"
          "Mohsen came off in the first half against Morocco.\n"
          "Cuper said: “Mohsen looks to have a serious problem with a knee but we will need to carry out more detailed tests.”\n"
          "Egypt’s progress to the last four keeps them on course to win a record-extending eight Nations Cup title, and their first since 2010."),
    entities=[("renard", "Herve Renard", "PERSON",
               ["Renard", "Morocco head coach, Herve Renard", "Accomplished tactician, Renard"], "head coach of Morocco"),
              ("cuper", "Hector Cuper", "PERSON", ["Cuper", "coach Hector Cuper"], "head coach of Egypt")],
    mentions=[("m1", "Morocco head coach, Herve Renard", "renard"),
              ("m2", "Accomplished tactician, Renard", "renard"),
              ("m3", ("Renard", "Renard told"), "renard"),
              ("m4", ("he", "he continued"), "renard"),
              ("m5", "coach Hector Cuper", "cuper"),
              ("m6", ("Cuper", "Cuper said:"), "cuper")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Renard, said he"),
                   "he was proud of his charges despite their exit from the 2017 Africa Cup of Nations finals on Sunday night", None),
                  ("a2", "INDIRECT", "m2", "believes",
                   "Egypt, who are the most successful nation in the AFCON history with seven titles, are back to their usual best", None),
                  ("a3", "DIRECT", "m3", ("told", "Renard told"), "Egypt’s rivals should be careful, because Egypt is back,", None),
                  ("a4", "DIRECT", "m4", ("continued", "he continued"),
                   seg(T, "It was very difficult to perform", "after a defensive error,"), None),
                  ("a5", "DIRECT", "m4", None,
                   "We played a good game and we did our best against a tough opponent. I’m proud despite the loss.", None),
                  ("a6", "DIRECT", "m5", ("said", "said coach Hector Cuper"),
                   "Elneny has a bad calf strain. We will send a medical report to his club,", None),
                  ("a7", "DIRECT", "m5", None,
                   "He will have tests and we hope that if we manage to reach the final he will be able to return.", None),
                  ("a8", "DIRECT", "m6", ("said", "Cuper said:"),
                   "Mohsen looks to have a serious problem with a knee but we will need to carry out more detailed tests.", None)])

# ---------------------------------------------------------------------------------------
# The page's date line ("Friday 14 May 2021") is navigation; the publication date is the one in the
# page's address. The copy breaks off inside a quotation left open at a paragraph end ("Which is a
# loan that I must take out while already I"), so the text is cut before that quotation.
# - "expressed disappointment in X": an evaluative report with an NP content (as "expressed
#   disappointment with X" in the corpus); "in" only links the cue.
# - "reports of dwindling fodder and dying livestock": no claimant, null source.
# - The unattributed quotation after "one farmer ... commented" continues that farmer; inside the
#   next one, "the minister (of agriculture) said he is going to wait ..." is nested speech.
doc("thepatriot-namibia-farmers-drought-national-disaster",
    url="https://thepatriot.com.na/index.php/2019/04/12/why-hasnt-grn-declared-drought-a-national-disaster/",
    outlet="The Patriot", country="Namibia", topic="environment", cut=True, published="2019-04-12",
    text=(T := "Why hasn’t GRN declared drought a national disaster?\n"
          "Previously disadvantaged Namibian commercial farmers have expressed disappointment in the government and the Agribank’s failure to declare the current crippling drought a national disaster.\n"
          "The farmers opine that the bank should not wait for government to do so but should instead go ahead with suspending all loan repayments until the farming community is out of the woods.\n"
          "Although cabinet has approved some more than N$5 million drought relief aid, the farmers expressed that they have not as yet received any urgent assistance.\n"
          "Meanwhile reports of dwindling fodder and dying livestock have abounded due to a lack of adequate rainfall at the beginning of the season.\n"
          "Whatever rains have fallen so far came too late to turn around fortunes, one farmer who spoke on condition of anonymity commented.\n"
          "“Agriculture is the running sector of any country and it is the one that creates more employment and it is dependent on rain. To us it’s weird that the government still hasn’t declared a national disaster because our rain season starts from October. If you look at the rain patterns, there is no rain.”\n"
          "“I am telling you, you can go on farms; there is no grass at all. There are only trees. So, for us it’s kind of weird that the minister (of agriculture) said he is going to wait until the end of April to declare a drought. Already now winter has kicked in. So even if it rains any time now, it won’t help the farmer at all,” he said.\n"
          "He also said that Agribank indicated that it would wait for government to pronounce itself before it can make clear its position going forward."),
    entities=[("farmers", "Previously disadvantaged Namibian commercial farmers", "GROUP", ["The farmers", "the farmers"],
               "previously disadvantaged commercial farmers in Namibia"),
              ("agribank", "Agribank", "ORGANIZATION", ["the Agribank", "the bank"], "Agricultural Bank of Namibia"),
              ("farmer", "one farmer", "PERSON", [], "a farmer who spoke on condition of anonymity"),
              ("minister", "the minister (of agriculture)", "PERSON", ["the minister"], "Namibia's minister of agriculture")],
    mentions=[("m1", "Previously disadvantaged Namibian commercial farmers", "farmers"),
              ("m2", ("The farmers", "The farmers opine"), "farmers"),
              ("m3", ("the bank", "the bank should not"), "agribank"),
              ("m4", ("the farmers", "the farmers expressed"), "farmers"),
              ("m5", "one farmer", "farmer"),
              ("m6", "the minister (of agriculture)", "minister"),
              ("m7", ("he", "” he said."), "farmer"),
              ("m8", ("He", "He also said"), "farmer"),
              ("m9", ("Agribank", "Agribank indicated"), "agribank")],
    attributions=[("a1", "INDIRECT", "m1", "expressed disappointment",
                   "the government and the Agribank’s failure to declare the current crippling drought a national disaster", None),
                  ("a2", "INDIRECT", "m2", "opine",
                   seg(T, "the bank should not wait", "out of the woods"), None),
                  ("a3", "INDIRECT", "m4", ("expressed", "farmers expressed that"),
                   "they have not as yet received any urgent assistance", None),
                  ("a4", "INDIRECT", None, ("reports", "reports of dwindling"), "dwindling fodder and dying livestock", None),
                  ("a5", "INDIRECT", "m5", "commented", "Whatever rains have fallen so far came too late to turn around fortunes", None),
                  ("a6", "DIRECT", "m5", None, seg(T, "Agriculture is the running sector", "there is no rain."), None),
                  ("a7", "DIRECT", "m7", ("said", "” he said."), seg(T, "I am telling you", "help the farmer at all,"), None),
                  ("a8", "INDIRECT", "m6", ("said", "agriculture) said"),
                   "he is going to wait until the end of April to declare a drought", "a7"),
                  ("a9", "INDIRECT", "m8", ("said", "He also said"),
                   seg(T, "Agribank indicated that", "its position going forward"), None),
                  ("a10", "INDIRECT", "m9", "indicated",
                   seg(T, "it would wait for government", "its position going forward"), "a9")])

# ---------------------------------------------------------------------------------------
# Removed: "Contact Us" (navigation), "Anadolu Agency MIDDLE EAST" and "Published May 23,2024"
# (byline and date line), "(AA File Photo)" (caption). The stored copy ends with the article.
# - "According to the ministry's statement": a document whose author is named in its NP is a
#   mention of that author (FORMAT.md, Documents). The agentless "are expected to halt ..." inside
#   it is a nested forecast with a null source, as the corpus nests "expected" in claims.
# - "It underscored X, saying that Y": two claims of the ministry ("X said A, warning that B").
# - "our urgent pleas for fuel supplies" inside the spokesperson's quotation: nested speech of the
#   hospital (the claimant "our"); "our requests" has no content and is no claim.
doc("anews-gaza-hospital-fuel-shortage-shutdown",
    url="https://www.anews.com.tr/middle-east/2024/05/23/gaza-health-ministry-warns-of-hospital-shutdown-due-to-fuel-shortage",
    outlet="A News", country="Turkey", topic="health-science", cut=False, published="2024-05-23",
    text=(T := "Gaza Health Ministry warns of hospital shutdown due to fuel shortage\n"
          "The Gaza Health Ministry warned again on Thursday about the imminent shutdown of services at the Shuhada al-Aqsa Hospital in the central part of the territory due to shortage of fuel.\n"
          "According to the ministry's statement, the facility's generators are expected to halt operations within three hours from the time of announcement at 16:00 GMT.\n"
          "It underscored the severity of the situation, saying that patients, individuals with injuries and premature infants are facing a life-threatening situation within the hospital premises.\n"
          "Earlier in the day, Khalil Al-Daqran, the spokesperson for the hospital, said: \"In two hours' time, the hospital will be forced to discontinue operations due to the exhaustion of the fuel required to run the electrical generators, thereby endangering the lives of patients and injured individuals.\"\n"
          "\"Despite our urgent pleas for fuel supplies over the past few days, our requests have been unheeded,\" he said.\n"
          "The spokesperson explained that the hospital received a fuel supply of 3,000 liters on Wednesday, which is adequate to keep the hospital operational for less than 24 hours only. The daily requirement is approximately 5,000 liters of fuel, he added.\n"
          "He said the hospital accommodates over 600 patients and wounded individuals, providing services to around 650 patients with kidney failure.\n"
          "Israel has killed more than 35,800 Palestinians in Gaza since a cross-border attack by Hamas last October. The military campaign has leveled much of the territory, and triggered a famine in certain areas."),
    entities=[("ministry", "The Gaza Health Ministry", "ORGANIZATION",
               ["Gaza Health Ministry", "the ministry", "the ministry's statement"], "Health Ministry in Gaza"),
              ("hospital", "the Shuhada al-Aqsa Hospital", "ORGANIZATION", ["Shuhada al-Aqsa Hospital", "the hospital"],
               "hospital in central Gaza"),
              ("daqran", "Khalil Al-Daqran", "PERSON",
               ["Al-Daqran", "Khalil Al-Daqran, the spokesperson for the hospital", "The spokesperson"],
               "spokesperson for the Shuhada al-Aqsa Hospital")],
    mentions=[("m1", ("Gaza Health Ministry", "Gaza Health Ministry warns"), "ministry"),
              ("m2", "The Gaza Health Ministry", "ministry"),
              ("m3", "the Shuhada al-Aqsa Hospital", "hospital"),
              ("m4", "the ministry's statement", "ministry"),
              ("m5", ("It", "It underscored"), "ministry"),
              ("m6", "Khalil Al-Daqran, the spokesperson for the hospital", "daqran"),
              ("m7", ("the hospital", "the hospital will be forced"), "hospital"),
              ("m8", ("our", "our urgent pleas"), "hospital"),
              ("m9", ("he", "\" he said"), "daqran"),
              ("m10", ("The spokesperson", "The spokesperson explained"), "daqran"),
              ("m11", ("the hospital", "the hospital received"), "hospital"),
              ("m12", ("the hospital", "the hospital operational"), "hospital"),
              ("m13", ("he", "he added"), "daqran"),
              ("m14", ("He", "He said the hospital"), "daqran"),
              ("m15", ("the hospital", "the hospital accommodates"), "hospital")],
    attributions=[("a1", "INDIRECT", "m1", ("warns", "Ministry warns"), "hospital shutdown due to fuel shortage", None),
                  ("a2", "INDIRECT", "m2", "warned",
                   seg(T, "the imminent shutdown of services", "due to shortage of fuel"), None),
                  ("a3", "INDIRECT", "m4", "According to",
                   seg(T, "the facility's generators are expected", "at 16:00 GMT"), None),
                  ("a4", "INDIRECT", None, "expected",
                   "to halt operations within three hours from the time of announcement at 16:00 GMT", "a3"),
                  ("a5", "INDIRECT", "m5", "underscored", "the severity of the situation", None),
                  ("a6", "INDIRECT", "m5", "saying",
                   seg(T, "patients, individuals with injuries", "within the hospital premises"), None),
                  ("a7", "DIRECT", "m6", ("said", "hospital, said:"),
                   seg(T, "In two hours' time", "patients and injured individuals."), None),
                  ("a8", "DIRECT", "m9", ("said", "unheeded,\" he said"),
                   "Despite our urgent pleas for fuel supplies over the past few days, our requests have been unheeded,", None),
                  ("a9", "INDIRECT", "m8", "pleas", ("fuel supplies", "pleas for fuel"), "a8"),
                  ("a10", "INDIRECT", "m10", "explained",
                   seg(T, "the hospital received a fuel supply", "less than 24 hours only"), None),
                  ("a11", "INDIRECT", "m13", ("added", "he added"), "The daily requirement is approximately 5,000 liters of fuel", None),
                  ("a12", "INDIRECT", "m14", ("said", "He said the hospital"),
                   seg(T, "the hospital accommodates", "with kidney failure"), None)])

# ---------------------------------------------------------------------------------------
# A Bloomberg wire story as republished by Ethiomedia, an Ethiopian news site; the country recorded
# is the one the site serves. Removed: the byline "By Jason McLure Bloomberg | April 14, 2009" and the
# photo caption "Meles Zenawi". The unquoted cross-head "State-Owned Enterprise" stays as a label. The
# copy breaks off inside the next paragraph ("... a public monopol"), which is left out. The dateline
# "ADDIS ABABA (Bloomberg) --" is no part of the first claim.
# - "after the government said they have been hoarding ...": nested in Meles's claim.
# - "after accusing them of X": the government's accusation; an active "accused X of Y" keeps X in
#   the content, as the corpus does.
# - "said A and that he expected B": one claim; "he expected" is his own attitude, not split off.
doc("ethiomedia-ethiopia-may-prosecute-coffee-exporters",
    url="https://www.ethiomedia.com/adroit/2154.html",
    outlet="Ethiomedia", country="Ethiopia", topic="business", cut=True, published="2009-04-14",
    text=(T := "Ethiopia may prosecute coffee exporters\n"
          "ADDIS ABABA (Bloomberg) -- Ethiopia may prosecute six of the country’s largest coffee exporters after the government said they have been hoarding beans bound for export, Prime Minister Meles Zenawi said.\n"
          "The government shut the exporters’ warehouses last month and suspended their licenses after accusing them of illegally stockpiling coffee and selling export-grade coffee on domestic markets. Some exporters were holding beans in anticipation of a currency devaluation, Eleni Gabre-Madhin, chief executive officer of the Ethiopian Commodity Exchange, said last month.\n"
          "“I would not be surprised if some of them were to be taken to court,” Meles said in a press conference yesterday in Addis Ababa.\n"
          "Coffee is Ethiopia’s largest export, accounting for 35 percent of the country’s export earnings last year. Stockpiling by exporters has “put pressure on the country’s foreign currency reserves,” the agriculture ministry said in a statement March 30.\n"
          "Ethiopia’s agriculture ministry warned on March 30 that it had also taken unspecified “similar measures” against 88 other coffee exporters, of about 120 in the country involved in the business.\n"
          "The prime minister said the 88 exporters wouldn’t face prosecution “whatever shortcomings they have had” in the past and that he expected they would learn from the crackdown on the other six exporters.\n"
          "State-Owned Enterprise\n"
          "Following the seizures, state-owned Ethiopian Grain Trade Enterprise said earlier this month it would begin exporting coffee from the country, Africa’s largest producer of the beans.\n"
          "Meles said yesterday that the state-run grain importer had entered the market because the remaining private coffee exporters might not have the capacity to export Ethiopia’s coffee crop."),
    entities=[("meles", "Meles Zenawi", "PERSON", ["Meles", "Prime Minister Meles Zenawi", "The prime minister"],
               "Prime Minister of Ethiopia"),
              ("govt", "the government", "ORGANIZATION", ["The government"], "Ethiopian government"),
              ("gabremadhin", "Eleni Gabre-Madhin", "PERSON",
               ["Gabre-Madhin", "Eleni Gabre-Madhin, chief executive officer of the Ethiopian Commodity Exchange"],
               "chief executive officer of the Ethiopian Commodity Exchange"),
              ("ministry", "the agriculture ministry", "ORGANIZATION", ["Ethiopia’s agriculture ministry", "agriculture ministry"],
               "Ethiopia's Ministry of Agriculture"),
              ("egte", "Ethiopian Grain Trade Enterprise", "ORGANIZATION",
               ["state-owned Ethiopian Grain Trade Enterprise", "the state-run grain importer"], "state-owned grain trader")],
    mentions=[("m1", "Prime Minister Meles Zenawi", "meles"),
              ("m2", ("the government", "the government said they"), "govt"),
              ("m3", ("The government", "The government shut"), "govt"),
              ("m4", "Eleni Gabre-Madhin, chief executive officer of the Ethiopian Commodity Exchange", "gabremadhin"),
              ("m5", ("Meles", "Meles said in a press"), "meles"),
              ("m6", ("the agriculture ministry", "the agriculture ministry said"), "ministry"),
              ("m7", "Ethiopia’s agriculture ministry", "ministry"),
              ("m8", ("The prime minister", "The prime minister said"), "meles"),
              ("m9", "state-owned Ethiopian Grain Trade Enterprise", "egte"),
              ("m10", ("Meles", "Meles said yesterday"), "meles"),
              ("m11", "the state-run grain importer", "egte")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Zenawi said"),
                   seg(T, "Ethiopia may prosecute six", "beans bound for export"), None),
                  ("a2", "INDIRECT", "m2", ("said", "government said they"), "they have been hoarding beans bound for export", "a1"),
                  ("a3", "INDIRECT", "m3", "accusing",
                   "them of illegally stockpiling coffee and selling export-grade coffee on domestic markets", None),
                  ("a4", "INDIRECT", "m4", ("said", "Exchange, said"),
                   "Some exporters were holding beans in anticipation of a currency devaluation", None),
                  ("a5", "DIRECT", "m5", ("said", "Meles said in a press"),
                   "I would not be surprised if some of them were to be taken to court,", None),
                  ("a6", "MIXED", "m6", ("said", "ministry said in a statement"),
                   "Stockpiling by exporters has “put pressure on the country’s foreign currency reserves,”", None),
                  ("a7", "MIXED", "m7", "warned",
                   seg(T, "it had also taken unspecified", "involved in the business"), None),
                  ("a8", "MIXED", "m8", ("said", "prime minister said"),
                   seg(T, "the 88 exporters wouldn’t face", "the other six exporters"), None),
                  ("a9", "INDIRECT", "m9", ("said", "Enterprise said"),
                   "it would begin exporting coffee from the country, Africa’s largest producer of the beans", None),
                  ("a10", "INDIRECT", "m10", ("said", "Meles said yesterday"),
                   seg(T, "the state-run grain importer had entered", "Ethiopia’s coffee crop"), None)])

# ---------------------------------------------------------------------------------------
# Middle East Online is a London-based Arab news site. The page gives no date. Its standfirst
# ("If convicted, Barrak could be jailed ...") is kept as a paragraph; it holds no claim. The copy
# breaks off inside the next paragraph ("... dissolution of parliament elected"), which is left out.
# - "a lawyer said" in the lead is Jassem: his quotation repeats the lead's claim, and later context
#   may settle an antecedent (FORMAT.md, Coreference).
# - "request(s) to hear (defence) witnesses", "appeals to hear our defence witnesses" and "charges of
#   X": noun cues with no claimant in their NP, null source; "refuses"/"refused" and "did not allow"
#   are actions of the court. The participle "deemed offensive" has no finite reporting verb.
# - "\"We said this is an illegal practice.\"" continues Jassem, and its "We said" is nested speech of
#   the defence team.
# - "Barrak asked judge Wael al-Atiqi to postpone ...": the corpus keeps the addressee of "asked X
#   to Y", as FORMAT.md keeps it for "called on X to Y".
doc("meo-kuwait-barrak-trial-lawyers-walk-out",
    url="https://meo.news/en/kuwait%E2%80%99s-barrak-trial-lawyers-walk-out-judge-refuses-request-hear-witnesses",
    outlet="Middle East Online", country="UK", topic="courts-crime", cut=True,
    text=(T := "Kuwait’s Barrak trial: Lawyers walk out as judge refuses request to hear witnesses\n"
          "If convicted, Barrak could be jailed for up to five years\n"
          "KUWAIT CITY - The defence team of the main opposition leader in Kuwait, former MP Mussallam al-Barrak, walked out of court on Monday after the judge refused requests to hear defence witnesses, a lawyer said.\n"
          "Barrak faces charges of making statements deemed offensive to the ruler of the oil-rich Gulf state at a public rally on October 15. If convicted he could be jailed for up to five years.\n"
          "\"We walked out of the session... after the court refused repeated appeals to hear our defence witnesses,\" Mohammad Abdulader al-Jassem said.\n"
          "\"We said this is an illegal practice.\"\n"
          "Jassem said that the defence team had demanded to hear the testimony of several dignitaries including Prime Minister Sheikh Jaber Mubarak al-Sabah, former opposition MPs Khaled al-Sultan and Jamaan al-Harbash and others.\n"
          "After the defence team left the courtroom, Barrak asked judge Wael al-Atiqi to postpone the trial until he finds a new lawyer, but the judge refused and set April 15 as the date to issue a verdict, Jassem said.\n"
          "The court had been expected to hear the final arguments of the defence team during Monday's hearing.\n"
          "Jassem said the decision to set a date to announce the ruling without hearing the defence arguments was \"illegal\", and \"any ruling on the case will be null and void.\"\n"
          "Barrak, a key leaders of the opposition, was detained for four days in late October and released on bail. He is also facing trial on several other counts including charges of storming parliament and taking part in protests.\n"
          "Dozens of Barrak supporters staged an unprecedented protest outside the courtroom in late January when the court did not allow them to attend the trial.\n"
          "Several opposition tweeters and former MPs have been sentenced to jail terms on charges of insulting the emir."),
    entities=[("defence", "The defence team", "GROUP", ["the defence team", "Lawyers"],
               "defence lawyers of Mussallam al-Barrak"),
              ("barrak", "Mussallam al-Barrak", "PERSON", ["Barrak", "al-Barrak", "former MP Mussallam al-Barrak"],
               "former MP and Kuwaiti opposition leader"),
              ("jassem", "Mohammad Abdulader al-Jassem", "PERSON", ["Jassem", "al-Jassem", "a lawyer"],
               "lawyer on Barrak's defence team")],
    mentions=[("m1", ("Lawyers", "Lawyers walk out"), "defence"),
              ("m2", ("Barrak", "If convicted, Barrak"), "barrak"),
              ("m3", ("The defence team", "The defence team of the main"), "defence"),
              ("m4", "former MP Mussallam al-Barrak", "barrak"),
              ("m5", ("a lawyer", "a lawyer said"), "jassem"),
              ("m6", ("Barrak", "Barrak faces"), "barrak"),
              ("m7", "Mohammad Abdulader al-Jassem", "jassem"),
              ("m8", ("We", "We said this"), "defence"),
              ("m9", ("Jassem", "Jassem said that the defence"), "jassem"),
              ("m10", ("the defence team", "the defence team had demanded"), "defence"),
              ("m11", ("the defence team", "the defence team left"), "defence"),
              ("m12", ("Barrak", "Barrak asked"), "barrak"),
              ("m13", ("Jassem", "verdict, Jassem said"), "jassem"),
              ("m14", ("Jassem", "Jassem said the decision"), "jassem"),
              ("m15", ("Barrak", "Barrak, a key leaders"), "barrak")],
    attributions=[("a1", "INDIRECT", None, ("request", "refuses request"), "to hear witnesses", None),
                  ("a2", "INDIRECT", "m5", ("said", "a lawyer said"),
                   seg(T, "The defence team of the main", "to hear defence witnesses"), None),
                  ("a3", "INDIRECT", None, ("requests", "refused requests"), "to hear defence witnesses", "a2"),
                  ("a4", "INDIRECT", None, ("charges", "charges of making"),
                   seg(T, "making statements deemed offensive", "on October 15"), None),
                  ("a5", "DIRECT", "m7", ("said", "al-Jassem said"),
                   "We walked out of the session... after the court refused repeated appeals to hear our defence witnesses,", None),
                  ("a6", "INDIRECT", None, "appeals", "to hear our defence witnesses", "a5"),
                  ("a7", "DIRECT", "m7", None, "We said this is an illegal practice.", None),
                  ("a8", "INDIRECT", "m8", ("said", "We said this"), "this is an illegal practice", "a7"),
                  ("a9", "INDIRECT", "m9", ("said", "Jassem said that the defence"),
                   seg(T, "the defence team had demanded", "al-Harbash and others"), None),
                  ("a10", "INDIRECT", "m10", "demanded",
                   seg(T, "to hear the testimony of several", "al-Harbash and others"), "a9"),
                  ("a11", "INDIRECT", "m13", ("said", "verdict, Jassem said"),
                   seg(T, "After the defence team left", "date to issue a verdict"), None),
                  ("a12", "INDIRECT", "m12", ("asked", "Barrak asked"),
                   "judge Wael al-Atiqi to postpone the trial until he finds a new lawyer", "a11"),
                  ("a13", "INDIRECT", None, ("expected", "had been expected"),
                   "to hear the final arguments of the defence team during Monday's hearing", None),
                  ("a14", "MIXED", "m14", ("said", "Jassem said the decision"),
                   seg(T, "the decision to set a date", "null and void.\""), None),
                  ("a15", "INDIRECT", None, ("charges", "charges of storming"), "storming parliament and taking part in protests", None),
                  ("a16", "INDIRECT", None, ("charges", "charges of insulting"), "insulting the emir", None)])

write("test20_b.jsonl")
