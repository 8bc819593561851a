#!/usr/bin/env python3
"""Writes train_w.jsonl: real-news gold, split train-w (see gold.py). Run: python3 make_train_w.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("tap-selliti-lawyers-prosecutor-office-national-security",
    url="https://www.tap.info.tn/en/Portal-Politics/11840063--breaking-into",
    outlet="TAP (Tunis Afrique Presse)", country="Tunisia", topic="courts-crime", cut=False,
    published="2019-09-19",
    text=(T := "\"Breaking into Public Prosecutor's office threatens national security\" (Sofiene Selliti)\n"
          "(TAP) - Spokesperson of the Court of First Instance of Tunis Sofiene Selliti has described as \"threat to national security\" the breaking into the Public Prosecutor's office by a group of lawyers to observe a sit-in on Thursday.\n"
          "\"The Public Prosecutor represents the Judicial Counter-Terrorism Division, in other words, his office contains sensitive and confidential files,\" he told TAP.\n"
          "This action completely paralysed the activities of the Public Prosecutor's Office at the Court, \"especially since this group of lawyers broke into the prosecutor's office, damaged its contents, including the files and uttered slanderous statements undermining the sovereignty of the judiciary and the prestige of the State.\u201d\n"
          "Selliti said a group of lawyers broke into the Ppublic Prosecutor's office in Tunis at 10:00 am on Thursday, demanding clarifications on complaints filed in relation to the so-called \u201csecret apparatus\" of Ennahdha Movement.\n"
          "These lawyers then announced their decision to \"occupy the premises\" to observe a sit-in, forcing the Public Prosecutor to leave the premises, said Selliti, adding everything was authenticated by audio-visual recordings.\n"
          "The group of lawyers was evacuated by the police, he added."),
    entities=[("selliti", "Sofiene Selliti", "PERSON",
               ["Selliti", "Spokesperson of the Court of First Instance of Tunis Sofiene Selliti"],
               "spokesperson of the Court of First Instance of Tunis"),
              ("lawyers", "a group of lawyers", "GROUP",
               ["this group of lawyers", "These lawyers", "The group of lawyers"],
               "the lawyers who occupied the Public Prosecutor's office")],
    mentions=[("m1", ("Sofiene Selliti", "(Sofiene Selliti)"), "selliti"),
              ("m2", "Spokesperson of the Court of First Instance of Tunis Sofiene Selliti", "selliti"),
              ("m3", ("a group of lawyers", "by a group of lawyers"), "lawyers"),
              ("m4", ("he", "he told TAP"), "selliti"),
              ("m5", "this group of lawyers", "lawyers"),
              ("m6", ("Selliti", "Selliti said a group"), "selliti"),
              ("m7", ("a group of lawyers", "said a group of lawyers"), "lawyers"),
              ("m8", "These lawyers", "lawyers"),
              ("m9", ("Selliti", "said Selliti"), "selliti"),
              ("m10", "The group of lawyers", "lawyers"),
              ("m11", ("he", "he added"), "selliti")],
    attributions=[("a1", "DIRECT", "m1", None, "Breaking into Public Prosecutor's office threatens national security", None),
                  ("a2", "MIXED", "m2", "described", seg(T, "as \"threat to national", "a sit-in on Thursday"), None),
                  ("a3", "DIRECT", "m4", "told", seg(T, "The Public Prosecutor represents", "confidential files,"), None),
                  ("a4", "MIXED", "m4", None, seg(T, "This action completely paralysed", "prestige of the State.\u201d"), None),
                  ("a5", "MIXED", "m6", ("said", "Selliti said a group"),
                   seg(T, "a group of lawyers broke into the Ppublic", "of Ennahdha Movement"), None),
                  ("a6", "MIXED", "m7", "demanding",
                   seg(T, "clarifications on complaints", "of Ennahdha Movement"), "a5"),
                  ("a7", "MIXED", "m9", ("said", "said Selliti"), seg(T, "These lawyers then announced", "to leave the premises"), None),
                  ("a8", "MIXED", "m8", "announced", "their decision to \"occupy the premises\" to observe a sit-in", "a7"),
                  ("a9", "INDIRECT", "m9", "adding", "everything was authenticated by audio-visual recordings", None),
                  ("a10", "INDIRECT", "m11", ("added", "he added"), "The group of lawyers was evacuated by the police", None)])

# ---------------------------------------------------------------------------------------
doc("dominicantoday-dominguez-haiti-stability-environment",
    url="https://dominicantoday.com/dr/local/2018/04/16/dominicans-priority-haitis-stability-protected-environment/",
    outlet="Dominican Today", country="Dominican Republic", topic="environment", cut=False,
    published="2018-04-16",
    text=(T := "Dominicans\u2019 priority: Haiti\u2019s stability, protected environment\n"
          "Santo Domingo, .- Promoting Haiti\u2019s development, stability and environmental care must be a priority for Dominicans, if it wants to secure the survival and prevent towns such as Nagua from vanishing, said Environment minister Francisco Dominguez.\n"
          "He warned that like it or not, promoting stability in Haiti is a strategic political issue, because if decisions aren\u2019t made to protect the forests and, above all, the rivers that end up in that nation, \u201can explosive situation would be created for the Dominican Republic, since nobody is going to let themselves die of thirst.\u201d\n"
          "He affirmed that climate change, adaptation measures and the issue of the Dominican Republic and Haiti are fundamental for the ecological balance of the island.\n"
          "\u201cIf we now talk about the issue of immigration from Haiti as a serious problem, much more serious and important for the stability of both nations is the ecological balance that must exist,\u201d Dominguez said, quoted by El Dia.\n"
          "He said that safeguarding protected areas creates conflicts and threats because of affected interests, but they are necessary.\n"
          "On Bahia de las Aguilas\u2019 development, the official cautioned that although he support the construction of hotels, not in the park, but in areas which are not protected instead."),
    entities=[("dominguez", "Francisco Dominguez", "PERSON",
               ["Dominguez", "Environment minister Francisco Dominguez", "the official"],
               "Dominican Republic's Environment minister")],
    mentions=[("m1", "Environment minister Francisco Dominguez", "dominguez"),
              ("m2", ("He", "He warned"), "dominguez"),
              ("m3", ("He", "He affirmed"), "dominguez"),
              ("m4", ("Dominguez", "Dominguez said"), "dominguez"),
              ("m5", ("He", "He said that"), "dominguez"),
              ("m6", "the official", "dominguez")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "said Environment"), seg(T, "Promoting Haiti\u2019s development", "Nagua from vanishing"), None),
                  ("a2", "MIXED", "m2", "warned", seg(T, "like it or not", "die of thirst.\u201d"), None),
                  ("a3", "INDIRECT", "m3", "affirmed", seg(T, "climate change, adaptation", "balance of the island"), None),
                  ("a4", "DIRECT", "m4", ("said", "Dominguez said"), seg(T, "If we now talk", "that must exist,"), None),
                  ("a5", "INDIRECT", "m5", ("said", "He said that"),
                   "safeguarding protected areas creates conflicts and threats because of affected interests, but they are necessary", None),
                  ("a6", "INDIRECT", "m6", "cautioned", seg(T, "although he support", "not protected instead"), None)])

# ---------------------------------------------------------------------------------------
doc("sana-peoples-assembly-communications-ministry-internet",
    url="http://sana.sy/en/?p=158955",
    outlet="SANA (Syrian Arab News Agency)", country="Syria", topic="technology", cut=False,
    text=(T := "People\u2019s Assembly reviews performance of Communications and Technology Ministry\n"
          "Damascus, SANA \u2013 The People\u2019s Assembly reviewed during its session on Monday the performance of the Communications and Technology Ministry.\n"
          "Chairing the session, Speaker Hammoudeh Sabbagh said that the speech delivered by President Bashar al-Assad during his meeting with the heads of local councils on Sunday showed how close the President is to his people and how aware of their concerns and issues.\n"
          "Sabbagh said that President al-Assad is skilled in the craft of making history, and that the Syrian people are safe under his leadership no matter what difficulties and challenges may lie ahead.\n"
          "During the session, Assembly members called for rehabilitating and improving communications services, address the shortage of maintenance staff, and improve internet speed.\n"
          "The members also inquired about the reason for the lack of internet services in some areas, and about the delays caused to producing paperwork to citizens at some establishments due to network outages.\n"
          "Minister of Communications and Technology Iyad al-Khatib talked about the Ministry\u2019s work in 2018 and its plans for 2019, saying that work is underway to address the lack of internet services in some areas, while the problem of network outages in some establishments lies in the servers located in those establishments, which are affected by electricity outages.\n"
          "He also said that work on fiber-optic lines is underway, and have already been put into service in Aleppo, Hama, Homs, and Sweida.\n"
          "Regarding the shortage of technical and maintenance staff, al-Khatib said that 614 people were employed this year and were distributed among the areas that need staff the most."),
    entities=[("sabbagh", "Hammoudeh Sabbagh", "PERSON", ["Sabbagh", "Speaker Hammoudeh Sabbagh"],
               "Speaker of Syria's People's Assembly"),
              ("members", "Assembly members", "GROUP", ["The members"], "members of the People's Assembly"),
              ("khatib", "Iyad al-Khatib", "PERSON",
               ["al-Khatib", "Minister of Communications and Technology Iyad al-Khatib"],
               "Syria's Minister of Communications and Technology")],
    mentions=[("m1", "Speaker Hammoudeh Sabbagh", "sabbagh"),
              ("m2", ("Sabbagh", "Sabbagh said that President"), "sabbagh"),
              ("m3", "Assembly members", "members"),
              ("m4", "The members", "members"),
              ("m5", "Minister of Communications and Technology Iyad al-Khatib", "khatib"),
              ("m6", ("He", "He also said"), "khatib"),
              ("m7", ("al-Khatib", "al-Khatib said"), "khatib")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Sabbagh said that the speech"),
                   seg(T, "the speech delivered by President", "their concerns and issues"), None),
                  ("a2", "INDIRECT", "m2", ("said", "Sabbagh said that President"),
                   seg(T, "President al-Assad is skilled", "may lie ahead"), None),
                  ("a3", "INDIRECT", "m3", "called for",
                   "rehabilitating and improving communications services, address the shortage of maintenance staff, and improve internet speed", None),
                  ("a4", "INDIRECT", "m4", "inquired about", seg(T, "the reason for the lack", "due to network outages"), None),
                  ("a5", "INDIRECT", "m5", "talked about", "the Ministry\u2019s work in 2018 and its plans for 2019", None),
                  ("a6", "INDIRECT", "m5", "saying", seg(T, "work is underway to address", "by electricity outages"), None),
                  ("a7", "INDIRECT", "m6", ("said", "He also said"),
                   "work on fiber-optic lines is underway, and have already been put into service in Aleppo, Hama, Homs, and Sweida", None),
                  ("a8", "INDIRECT", "m7", ("said", "al-Khatib said"),
                   "614 people were employed this year and were distributed among the areas that need staff the most", None)])

# ---------------------------------------------------------------------------------------
doc("newsismybusiness-investpr-fy22-annual-report-jobs",
    url="https://newsismybusiness.com/investpr-private-sector-commits-to-5k-jobs-350m-in-investments-in-fy22/",
    outlet="News is my Business", country="Puerto Rico", topic="business", cut=True,
    text=(T := "InvestPR: Private sector commits to 5K jobs, $350M in investments in FY22\n"
          "Invest Puerto Rico, the island\u2019s economic development organization, revealed in its Fiscal Year 2022 annual report that it locked down more than 6,000 business leads, 2,000 prospective opportunities, the establishment of more than 700 new businesses, commitments by companies of nearly 5,000 jobs, and more than $350 million in capital investment.\n"
          "During a roundtable with reporters, Invest Puerto Rico CEO Ella Woger and Department of Economic Development and Commerce (DDEC, in Spanish) Secretary Manuel Cidre shared these and other data points published in the annual report.\n"
          "Invest Puerto Rico took over the DDEC\u2019s promotional and marketing tasks in 2018.\n"
          "\u201cOver the past fiscal year, InvestPR has been steadily focused on driving awareness of Puerto Rico as a world-class business destination, facilitating business attraction, growing, and leveraging partnerships with stakeholders to advance our mission, and strengthening Puerto Rico\u2019s competitiveness levers to better position the island for investment,\u201d said Woger.\n"
          "\u201cAs this report shows, significant progress is being made, with more successes to come. We remain committed to achieving InvestPR\u2019s mission and we look forward to continuing to work together with our partners to accelerate economic development on the island,\u201d she said.\n"
          "When asked by a reporter how many actual jobs have been created rather than committed, Woger explained that Invest Puerto Rico measures how many jobs have been committed by companies.\n"
          "\u201cThe entity that offers oversight and that can supervise how many jobs have been created is the DDEC, that measures how many of those job commitments are generated over the years,\u201d Woger said, while noting that \u201cInvest Puerto Rico measures job commitments.\u201d\n"
          "For his part, Cidre said the current job activity is of some 113,000 newly created jobs in the past few years."),
    entities=[("investpr", "Invest Puerto Rico", "ORGANIZATION",
               ["InvestPR", "Invest Puerto Rico, the island\u2019s economic development organization"],
               "Puerto Rico's economic development organization"),
              ("woger", "Ella Woger", "PERSON", ["Woger"], "CEO of Invest Puerto Rico"),
              ("both", "Invest Puerto Rico CEO Ella Woger and Department of Economic Development and Commerce (DDEC, in Spanish) Secretary Manuel Cidre",
               "GROUP", [], "Woger and Cidre together at the roundtable"),
              ("cidre", "Manuel Cidre", "PERSON", ["Cidre"], "Secretary of Puerto Rico's DDEC")],
    mentions=[("m1", ("InvestPR", "InvestPR: Private"), "investpr"),
              ("m2", "Invest Puerto Rico, the island\u2019s economic development organization", "investpr"),
              ("m3", seg(T, "Invest Puerto Rico CEO Ella Woger", "Secretary Manuel Cidre"), "both"),
              ("m4", ("Invest Puerto Rico", "Invest Puerto Rico took over"), "investpr"),
              ("m5", ("InvestPR", "InvestPR has been"), "investpr"),
              ("m6", ("Woger", "said Woger"), "woger"),
              ("m7", ("she", "she said"), "woger"),
              ("m8", ("Woger", "Woger explained"), "woger"),
              ("m9", ("Invest Puerto Rico", "Invest Puerto Rico measures how"), "investpr"),
              ("m10", ("Woger", "Woger said"), "woger"),
              ("m11", ("Invest Puerto Rico", "Invest Puerto Rico measures job"), "investpr"),
              ("m12", ("Cidre", "Cidre said"), "cidre")],
    attributions=[("a1", "INDIRECT", "m1", None, "Private sector commits to 5K jobs, $350M in investments in FY22", None),
                  ("a2", "INDIRECT", "m2", "revealed", seg(T, "it locked down", "in capital investment"), None),
                  ("a3", "INDIRECT", "m3", "shared", "these and other data points published in the annual report", None),
                  ("a4", "DIRECT", "m6", ("said", "said Woger"), seg(T, "Over the past fiscal year", "position the island for investment,"), None),
                  ("a5", "DIRECT", "m7", ("said", "she said"), seg(T, "As this report shows", "development on the island,"), None),
                  ("a6", "INDIRECT", "m8", "explained",
                   "Invest Puerto Rico measures how many jobs have been committed by companies", None),
                  ("a7", "DIRECT", "m10", ("said", "Woger said"), seg(T, "The entity that offers oversight", "over the years,"), None),
                  ("a8", "DIRECT", "m10", "noting", "Invest Puerto Rico measures job commitments.", None),
                  ("a9", "INDIRECT", "m12", ("said", "Cidre said"),
                   "the current job activity is of some 113,000 newly created jobs in the past few years", None)])

# ---------------------------------------------------------------------------------------
doc("dailynewsmorocco-baitas-tunisian-president-reception-unjustified",
    url="https://dailynewsmorocco.com/government-spokesperson-calls-tunisian-presidents-reception-of-separatists-leader-serious-unjustified-act/",
    outlet="Daily News Morocco", country="Morocco", topic="politics", cut=False,
    text=(T := "Government Spokesperson Calls Tunisian President\u2019s Reception of Separatists\u2019 Leader \u2018Serious\u2019, \u2018Unjustified\u2019 Act\n"
          "Tunisian president\u2019s reception of the separatists\u2019 leader is a \u201cserious\u201d and \u201cunjustified\u201d act, said the Minister Delegate in charge of Relations with Parliament, Government Spokesman Mustapha Baitas on Thursday.\n"
          "\u201cThe serious and unjustified step of the Tunisian president has been condemned by the various components of Moroccan society, as it constitutes an offense to the feelings of the Moroccan people,\u201d said Baitas during a press briefing at the end of the weekly meeting of the Government Council.\n"
          "The government spokesman stressed that the reactions from the various forces representing different bangs of the Tunisian people were unanimous \u201cto reject clearly and unequivocally this behavior.\n"
          "This does not reflect the aspirations of the peoples of the two countries to consolidate the strong ties of brotherhood that unite them, and that HM King Mohammed VI has constantly called for their strengthening, he concluded."),
    entities=[("baitas", "Mustapha Baitas", "PERSON",
               ["Baitas", "Government Spokesperson", "The government spokesman",
                "the Minister Delegate in charge of Relations with Parliament, Government Spokesman Mustapha Baitas"],
               "Morocco's Minister Delegate for Relations with Parliament and government spokesman"),
              ("society", "the various components of Moroccan society", "GROUP", [],
               "Moroccan society's various components"),
              ("king", "HM King Mohammed VI", "PERSON", ["King Mohammed VI", "Mohammed VI"], "King of Morocco")],
    mentions=[("m1", "Government Spokesperson", "baitas"),
              ("m2", "the Minister Delegate in charge of Relations with Parliament, Government Spokesman Mustapha Baitas", "baitas"),
              ("m3", "the various components of Moroccan society", "society"),
              ("m4", ("Baitas", "said Baitas"), "baitas"),
              ("m5", "The government spokesman", "baitas"),
              ("m6", "HM King Mohammed VI", "king"),
              ("m7", ("he", "he concluded"), "baitas")],
    attributions=[("a1", "MIXED", "m1", "Calls",
                   "Tunisian President\u2019s Reception of Separatists\u2019 Leader \u2018Serious\u2019, \u2018Unjustified\u2019 Act", None),
                  ("a2", "MIXED", "m2", ("said", "act, said"),
                   "Tunisian president\u2019s reception of the separatists\u2019 leader is a \u201cserious\u201d and \u201cunjustified\u201d act", None),
                  ("a3", "DIRECT", "m4", ("said", "said Baitas"), seg(T, "The serious and unjustified step", "the Moroccan people,"), None),
                  ("a4", "INDIRECT", "m3", "condemned", ("The serious and unjustified step of the Tunisian president", "\u201cThe serious"), "a3"),
                  ("a5", "MIXED", "m5", "stressed", seg(T, "the reactions from the various forces", "this behavior."), None),
                  ("a6", "INDIRECT", "m7", "concluded", seg(T, "This does not reflect", "for their strengthening"), None),
                  ("a7", "INDIRECT", "m6", "called for", "their strengthening", "a6")])

# ---------------------------------------------------------------------------------------
doc("kuam-yigo-residents-water-outage-gwa",
    url="http://www.kuam.com/story/36743576/lack-of-water-has-yigo-residents-irritated",
    outlet="KUAM News", country="Guam", topic="local", cut=True,
    text=(T := "Lack of water has Yigo residents irritated\n"
          "Weeks with no water has many Yigo residents frustrated and wondering when the water woes near Mount Santa Rosa will finally come to an end.\n"
          "\"It's been two weeks and a day since we've had no water, and it's just been a big problem,\" proclaimed George Bamba, a resident of the northern village. He's had enough when it comes to the water outage affecting his neighborhood since mid-October. Neighbor Ricky Santos couldn't agree more, saying, \"It's inconvenient. Every time you take a shower you go to your friend's house, ask people to take a shower and you can't even cook because you need the fresh water to cook. You spend more money to eat outside.\"\n"
          "Both live near Mount Santa Rosa in Yigo in an area they say has experienced several outages over the past few years. \"Every year at the minimal, at least twice in a year we would have low water,\" he said.\n"
          "Those affected are forced to trek hundreds of feet up the hill to collect dozens of gallons of water from this water buffalo provided by the Guam Waterworks Authority.\n"
          "\"We have to go up there, load buckets of water to bring to our home, it's just a big inconvenience,\" he said.\n"
          "GWA general manager Miguel Bordallo said the outage was caused by a motor failure in a high-production well, adding GWA has experienced a higher-than-normal failure rate over the past 9 months due in part to heavy weather. While GWA is working to address the situation, Yigo Mayor Rudy Matanane said many residents have called him with their concerns, he said, \"They're very upset and I don't blame them.\"\n"
          "Meanwhile Bordallo said a replacement motor is expected to arrive in Guam today, with GWA crews on standby to begin installation and work throughout the night. He said increased water pressure or restoration is expected over the weekend...something Santos say can't come soon enough."),
    entities=[("bamba", "George Bamba", "PERSON", ["Bamba", "George Bamba, a resident of the northern village"],
               "Yigo resident"),
              ("santos", "Ricky Santos", "PERSON", ["Santos", "Neighbor Ricky Santos"], "Yigo resident, Bamba's neighbor"),
              ("both", "Both", "GROUP", [], "Bamba and Santos together"),
              ("bordallo", "Miguel Bordallo", "PERSON", ["Bordallo", "GWA general manager Miguel Bordallo"],
               "general manager of the Guam Waterworks Authority"),
              ("matanane", "Rudy Matanane", "PERSON", ["Matanane", "Yigo Mayor Rudy Matanane"], "Mayor of Yigo")],
    mentions=[("m1", "George Bamba, a resident of the northern village", "bamba"),
              ("m2", "Neighbor Ricky Santos", "santos"),
              ("m3", ("Both", "Both live"), "both"),
              ("m4", ("they", "they say"), "both"),
              ("m5", ("he", "low water,\" he said"), "santos"),
              ("m6", ("he", "inconvenience,\" he said"), "santos"),
              ("m7", "GWA general manager Miguel Bordallo", "bordallo"),
              ("m8", "Yigo Mayor Rudy Matanane", "matanane"),
              ("m9", ("he", "concerns, he said"), "matanane"),
              ("m10", ("Bordallo", "Meanwhile Bordallo"), "bordallo"),
              ("m11", ("He", "He said increased"), "bordallo"),
              ("m12", ("Santos", "Santos say"), "santos")],
    attributions=[("a1", "DIRECT", "m1", "proclaimed", seg(T, "It's been two weeks", "a big problem,"), None),
                  ("a2", "DIRECT", "m2", "saying", seg(T, "It's inconvenient.", "to eat outside."), None),
                  ("a3", "INDIRECT", "m4", ("say", "they say"), "has experienced several outages over the past few years", None),
                  ("a4", "DIRECT", "m5", ("said", "low water,\" he said"),
                   "Every year at the minimal, at least twice in a year we would have low water,", None),
                  ("a5", "DIRECT", "m6", ("said", "inconvenience,\" he said"), seg(T, "We have to go up there", "a big inconvenience,"), None),
                  ("a6", "INDIRECT", "m7", ("said", "Miguel Bordallo said"),
                   "the outage was caused by a motor failure in a high-production well", None),
                  ("a7", "INDIRECT", "m7", "adding", seg(T, "GWA has experienced a higher", "to heavy weather"), None),
                  ("a8", "INDIRECT", "m8", ("said", "Matanane said"), "many residents have called him with their concerns", None),
                  ("a9", "DIRECT", "m9", ("said", "concerns, he said"), "They're very upset and I don't blame them.", None),
                  ("a10", "INDIRECT", "m10", ("said", "Meanwhile Bordallo said"),
                   seg(T, "a replacement motor is expected", "throughout the night"), None),
                  ("a11", "INDIRECT", None, ("expected", "expected to arrive"), "to arrive in Guam today", "a10"),
                  ("a12", "INDIRECT", "m11", ("said", "He said increased"),
                   "increased water pressure or restoration is expected over the weekend", None),
                  ("a13", "INDIRECT", None, ("expected", "expected over"), "over the weekend", "a12"),
                  ("a14", "INDIRECT", "m12", ("say", "Santos say"), "can't come soon enough", None)])

# ---------------------------------------------------------------------------------------
doc("magharebia-tunisia-algeria-can-players-react",
    url="http://magharebia.com/en_GB/articles/awi/features/2013/01/25/feature-04",
    outlet="Magharebia", country="US", topic="sport", cut=True,
    published="2013-01-25",
    text=(T := "Tunisian, Algerian players react to CAN clash\n"
          "Even as Tunisian players relish their 1-0 victory over Algeria this week in South Africa, they are filled with praise for their Maghreb neighbours.\n"
          "\"We've scored a golden win, especially as it was against the strong Algerian team,\" defender Billel Ifa said about the 2013 CAN Group D opener played Tuesday (January 22nd) in Rustenburg.\n"
          "Ifa, who did not play in his regular position, said he struggled during the Maghreb derby, especially as he faced the challenge of stopping Algeria's Foued Kadir. \"Yet, I finished the match without making any mistakes,\" he said.\n"
          "\"The match against Algeria was tough in all respects, and we didn't see anything related to football in it, except for being a very physical match,\" forward Zouheir Dhaouadi told Magharebia.\n"
          "The Carthage Eagles had faced a lot of pressure. \"However, we compensated that with our physical superiority,\" he said.\n"
          "\"The Algerian team has good players and they deserve better. I wish them good luck,\" Dhaouadi added.\n"
          "The happiest man at the end of the match was Tunisia coach Sami Trabelsi,\n"
          "\"It was very tough for us. However, we had a strong will and resolve, and managed to decide the match in our favour at the right time. I hope to continue like this in the next two matches,\" he said. Tunisia face Ivory Coast on Saturday and play their last first-round match against Togo on January 29th.\n"
          "The Greens are also looking ahead to next round.\n"
          "\"I congratulate the Tunisians for their win,\" Algeria's Rafik Halliche said. \"We're still holding onto hopes for the second round,\" the defender said."),
    entities=[("ifa", "Billel Ifa", "PERSON", ["Ifa", "defender Billel Ifa"], "Tunisia defender"),
              ("dhaouadi", "Zouheir Dhaouadi", "PERSON", ["Dhaouadi", "forward Zouheir Dhaouadi"], "Tunisia forward"),
              ("trabelsi", "Sami Trabelsi", "PERSON", ["Trabelsi", "Tunisia coach Sami Trabelsi"], "Tunisia coach"),
              ("halliche", "Rafik Halliche", "PERSON", ["Halliche", "Algeria's Rafik Halliche"], "Algeria defender")],
    mentions=[("m1", "defender Billel Ifa", "ifa"),
              ("m2", ("Ifa", "Ifa, who"), "ifa"),
              ("m3", ("he", "mistakes,\" he said"), "ifa"),
              ("m4", "forward Zouheir Dhaouadi", "dhaouadi"),
              ("m5", ("he", "superiority,\" he said"), "dhaouadi"),
              ("m6", ("Dhaouadi", "Dhaouadi added"), "dhaouadi"),
              ("m7", "Tunisia coach Sami Trabelsi", "trabelsi"),
              ("m8", ("he", "matches,\" he said"), "trabelsi"),
              ("m9", "Algeria's Rafik Halliche", "halliche"),
              ("m10", "the defender", "halliche")],
    attributions=[("a1", "DIRECT", "m1", ("said", "Ifa said"), seg(T, "We've scored a golden win", "Algerian team,"), None),
                  ("a2", "INDIRECT", "m2", ("said", "position, said"), seg(T, "he struggled during", "Algeria's Foued Kadir"), None),
                  ("a3", "DIRECT", "m3", ("said", "mistakes,\" he said"), "Yet, I finished the match without making any mistakes,", None),
                  ("a4", "DIRECT", "m4", "told", seg(T, "The match against Algeria was tough", "a very physical match,"), None),
                  ("a5", "DIRECT", "m5", ("said", "superiority,\" he said"), "However, we compensated that with our physical superiority,", None),
                  ("a6", "DIRECT", "m6", "added", seg(T, "The Algerian team has good", "wish them good luck,"), None),
                  ("a7", "DIRECT", "m8", ("said", "matches,\" he said"), seg(T, "It was very tough for us.", "the next two matches,"), None),
                  ("a8", "DIRECT", "m9", ("said", "Halliche said"), "I congratulate the Tunisians for their win,", None),
                  ("a9", "DIRECT", "m10", ("said", "the defender said"), "We're still holding onto hopes for the second round,", None)])

write("train_w.jsonl")
