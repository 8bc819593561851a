#!/usr/bin/env python3
"""Writes test6_a.jsonl: real-news gold, split test6-a (see gold.py). Run: python3 make_test6_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("africanews-congo-opposition-sassou-reelection-protest",
    url="http://www.africanews.com/2016/03/26/congo-opposition-call-for-a-protest-over-president-s-re-election/",
    outlet="Africanews", country="Republic of the Congo", topic="politics", cut=True,
    published="2016-03-26",
    text=(T := "Congo opposition call for a protest over president's re-election\n"
          "Four opposition candidates in the recent Congo presidential poll have called on their countrymen to challenge the re-election of president Denis Sassou Nguesso through a “ peaceful” legal means.\n"
          "AFP reports that the rally call was signed by runner-up Guy-Brice Parfait Kolelas who received more than 15 percent of votes cast, third-place candidate Jean-Marie Michel Mokoko who polled nearly 14 percent, and candidates Claudine Munari and Andre Okombi Salissa.\n"
          "Jean-Marie Michel Mokoko had earlier said that “it is time to stop being afraid” and called on Congolese to “demand back your confiscated, stolen vote.”\n"
          "The former peace and security adviser of President Sassou Nguesso in an audio recording published online, called on Congolese to “rise up and end the arbitrariness.”\n"
          "President Sassou Nguesso was declared the winner of the March 20 elections held under a media blackout, extending his 32 years in power in a vote the opposition say was marked by “massive fraud”.\n"
          "The four opposition candidates called for a repeat of the ‘ville morte’ national strikes in which many Congolese had participated in recent months to protest Sassou Nguesso’s controversial bid for a third term.\n"
          "In a statement, they also described the contested circumstances of last week’s election in which Sassou Nguesso was named the winner with 60 percent of the votes just hours after the polls closed as “an abuse of power”.\n"
          "One of Mokoko’s lawyers had expanded on the statement at a Paris news conference, saying it was not a call to protest.\n"
          "“The opposition does not want a bloodbath. The population is being asked not to go to work on March 29. It is a general strike, a peaceful protest,” said lawyer Norbert Tricaud."),
    entities=[("opposition", "Congo opposition", "GROUP",
               ["Four opposition candidates in the recent Congo presidential poll", "The four opposition candidates", "the opposition"],
               "the four opposition candidates in Congo's March 2016 presidential election"),
              ("afp", "AFP", "ORGANIZATION", [], "news agency"),
              ("mokoko", "Jean-Marie Michel Mokoko", "PERSON",
               ["Mokoko", "third-place candidate Jean-Marie Michel Mokoko",
                "The former peace and security adviser of President Sassou Nguesso"],
               "opposition candidate, former adviser of President Sassou Nguesso"),
              ("tricaud", "Norbert Tricaud", "PERSON", ["Tricaud", "lawyer Norbert Tricaud"], "one of Mokoko's lawyers")],
    mentions=[("m1", ("Congo opposition", "Congo opposition call"), "opposition"),
              ("m2", "Four opposition candidates in the recent Congo presidential poll", "opposition"),
              ("m3", ("AFP", "AFP reports"), "afp"),
              ("m4", "third-place candidate Jean-Marie Michel Mokoko", "mokoko"),
              ("m5", ("Jean-Marie Michel Mokoko", "Jean-Marie Michel Mokoko had"), "mokoko"),
              ("m6", "The former peace and security adviser of President Sassou Nguesso", "mokoko"),
              ("m7", ("the opposition", "the opposition say"), "opposition"),
              ("m8", "The four opposition candidates", "opposition"),
              ("m9", ("they", "they also described"), "opposition"),
              ("m10", "One of Mokoko’s lawyers", "tricaud"),
              ("m11", ("The opposition", "“The opposition does"), "opposition"),
              ("m12", "lawyer Norbert Tricaud", "tricaud")],
    attributions=[("a1", "INDIRECT", "m1", ("call for", "opposition call for"), "a protest over president's re-election", None),
                  ("a2", "MIXED", "m2", ("called on", "have called on"), seg(T, "their countrymen to challenge", "legal means"), None),
                  ("a3", "INDIRECT", "m3", "reports", seg(T, "the rally call was signed", "Andre Okombi Salissa"), None),
                  ("a4", "DIRECT", "m5", ("said", "earlier said"), "it is time to stop being afraid", None),
                  ("a5", "MIXED", "m5", ("called on", "and called on"), "Congolese to “demand back your confiscated, stolen vote.”", None),
                  ("a6", "MIXED", "m6", ("called on", "online, called on"), "Congolese to “rise up and end the arbitrariness.”", None),
                  ("a7", "MIXED", "m7", ("say", "opposition say"), "was marked by “massive fraud”", None),
                  ("a8", "MIXED", "m8", ("called for", "candidates called for"), seg(T, "a repeat of the ‘ville morte’", "for a third term"), None),
                  ("a9", "MIXED", "m9", "described", seg(T, "the contested circumstances", "“an abuse of power”"), None),
                  ("a10", "INDIRECT", "m10", "expanded on", ("the statement", "expanded on the statement"), None),
                  ("a11", "INDIRECT", "m10", "saying", "it was not a call to protest", None),
                  ("a12", "DIRECT", "m12", ("said", "said lawyer"), seg(T, "The opposition does not want", "a peaceful protest,"), None),
                  ("a13", "INDIRECT", None, ("asked", "being asked"), "not to go to work on March 29", "a12")])

# ---------------------------------------------------------------------------------------
doc("nevispages-cmc-adriana-king-gonsalves-charge",
    url="https://www.nevispages.com/magistrate-to-rule-on-matter-involving-gonsalves-in-december/",
    outlet="Nevis Pages (CMC)", country="Saint Kitts and Nevis", topic="courts-crime", cut=True,
    text=(T := "Magistrate To Rule on Matter Involving Gonsalves in December\n"
          "KINGSTOWN, St Vincent (CMC):\n"
          "A magistrate court will decide on December 13, whether school teacher, Adriana King, should be made to answer a charge brought against her in 2021, alleging that she blocked Prime Minister Dr Ralph Gonsalves from gaining access to the Parliament building.\n"
          "But her lead defence lawyer, Kay Bacchus-Baptiste, has informed the court that she would apply to have Gonsalves as well as acting Commissioner of Police, Enville Williams, summoned as witnesses, if the prosecutor did not intend to call them.\n"
          "Bacchus-Baptiste said this was based on the charge, which the prosecution has sought to amend for a third time since it was brought in August 2021, the court might need to set aside a special date when Gonsalves and Williams could be present to complete the trial in one day.\n"
          "The lawyer said the prosecution had indicated that it intends to call three witnesses, but said that it made no sense to start the trial and not have it completed the same day.\n"
          "“If the court sees it fit to grant the application, I am asking that it can be put on a Wednesday because that is traffic court and I would be available on a Wednesday,” said Inspector Renrick Cato, the prosecutor.\n"
          "POLITICAL MATTER\n"
          "Bacchus-Baptiste said that based on the disclosure, the prosecution was only relying on one witness.\n"
          "“This is a political matter and I don’t understand how the prosecutor can do the case without calling the prime minister,” she said, adding that she would also need a copy of the charge since she was not certain now of the charge given the changes.\n"
          "“What was served on her –” the defence counsel was saying when the magistrate informed her that some changes had been made to the charge."),
    entities=[("charge", "the charge", "ORGANIZATION", ["a charge"], "the charge against Adriana King"),
              ("bacchus", "Kay Bacchus-Baptiste", "PERSON",
               ["Bacchus-Baptiste", "her lead defence lawyer, Kay Bacchus-Baptiste", "The lawyer", "the defence counsel"],
               "lead defence lawyer of Adriana King"),
              ("prosecution", "the prosecution", "ORGANIZATION", [], "the prosecution in the case"),
              ("cato", "Renrick Cato", "PERSON", ["Cato", "Inspector Renrick Cato, the prosecutor", "the prosecutor"],
               "police inspector, prosecutor"),
              ("magistrate", "the magistrate", "PERSON", ["Magistrate"], "magistrate hearing the case")],
    mentions=[("m1", ("Magistrate", "Magistrate To Rule"), "magistrate"),
              ("m2", ("a charge", "a charge brought"), "charge"),
              ("m3", "her lead defence lawyer, Kay Bacchus-Baptiste", "bacchus"),
              ("m4", ("the prosecutor", "if the prosecutor did"), "cato"),
              ("m5", ("Bacchus-Baptiste", "Bacchus-Baptiste said this"), "bacchus"),
              ("m6", ("the charge", "based on the charge"), "charge"),
              ("m7", ("the prosecution", "which the prosecution has"), "prosecution"),
              ("m8", "The lawyer", "bacchus"),
              ("m9", ("the prosecution", "the prosecution had indicated"), "prosecution"),
              ("m10", "Inspector Renrick Cato, the prosecutor", "cato"),
              ("m11", ("Bacchus-Baptiste", "Bacchus-Baptiste said that based"), "bacchus"),
              ("m12", ("the prosecution", "the prosecution was only"), "prosecution"),
              ("m13", ("the prosecutor", "how the prosecutor"), "cato"),
              ("m14", ("she", "she said, adding"), "bacchus"),
              ("m15", ("the charge", "a copy of the charge"), "charge"),
              ("m16", ("the charge", "of the charge given"), "charge"),
              ("m17", "the defence counsel", "bacchus"),
              ("m18", ("the magistrate", "the magistrate informed"), "magistrate"),
              ("m19", ("the charge", "made to the charge"), "charge")],
    attributions=[("a1", "INDIRECT", "m2", "alleging", seg(T, "she blocked Prime Minister", "the Parliament building"), None),
                  ("a2", "INDIRECT", "m3", ("informed", "has informed"), seg(T, "she would apply to have", "intend to call them"), None),
                  ("a3", "INDIRECT", "m5", ("said", "Bacchus-Baptiste said this"), seg(T, "this was based on the charge", "trial in one day"), None),
                  ("a4", "INDIRECT", "m8", ("said", "The lawyer said"), "the prosecution had indicated that it intends to call three witnesses", None),
                  ("a5", "INDIRECT", "m9", "indicated", "it intends to call three witnesses", "a4"),
                  ("a6", "INDIRECT", "m8", ("said", "but said that"), "it made no sense to start the trial and not have it completed the same day", None),
                  ("a7", "DIRECT", "m10", ("said", "said Inspector"), seg(T, "If the court sees it fit", "available on a Wednesday,"), None),
                  ("a8", "INDIRECT", "m11", ("said", "Bacchus-Baptiste said that based"), "based on the disclosure, the prosecution was only relying on one witness", None),
                  ("a9", "DIRECT", "m14", ("said", "she said, adding"), seg(T, "This is a political matter", "calling the prime minister,"), None),
                  ("a10", "INDIRECT", "m14", "adding", seg(T, "she would also need a copy", "given the changes"), None),
                  ("a11", "DIRECT", "m17", "saying", "What was served on her –", None),
                  ("a12", "INDIRECT", "m18", ("informed", "magistrate informed"), "some changes had been made to the charge", None)])

# ---------------------------------------------------------------------------------------
doc("manxradio-annual-report-loss-2024",
    url="https://www.manxradio.com/news/isle-of-man-news/manx-radio-reports-financial-loss-amid-continued-market-uncertainty/",
    outlet="Manx Radio", country="Isle of Man", topic="business", cut=True,
    text=(T := "\"The resultant loss was a creditable achievement given the continued market uncertainty\" says MD\n"
          "Manx Radio is reporting a financial loss of £1,888, for the year ending 31 March 2024, as outlined in its latest annual report.\n"
          "The public service broadcaster highlighted a challenging year with reduced commercial revenues, and increased operating expenses, resulting in a reversal from last year’s profit of £14,524.\n"
          "The station’s turnover for the financial year stood at £2,395,079 which is down four percent from the previous year.\n"
          "A government subvention from the Isle of Man Treasury accounted for £1,127,642, representing nearly half of the station's income.\n"
          "The report states this reliance on public funding is expected to continue, with future funding subject to approval by Tynwald, creating some uncertainty regarding the station’s financial stability.\n"
          "Despite the challenges Manx Radio believes it continues to fulfil its role as the Island's public service broadcaster; marking its 60th year of broadcasting with special anniversary programming and continuing its range of offerings, including news, sports, arts, and community content.\n"
          "The broadcaster also highlighted its expanding focus on digital content, with nearly 100 podcasts available on platforms such as Spotify, Apple, and Audible among others.\n"
          "Several journalists and programmes have also received nominations for prestigious awards.\n"
          "The comedy show 'IM1' was nominated for a Radio Academy ARIA Award, while journalists Amy Griffiths, Chanelle Sukhoo, and Rob Pritchard received recognition for their coverage of key Isle of Man stories over the past year.\n"
          "The report goes on to outline the continuing pressures that Manx Radio faces from an evolving advertising market with commercial revenues falling as local businesses continue to recover from the economic effects of the pandemic."),
    entities=[("md", "MD", "PERSON", [], "managing director of Manx Radio"),
              ("manxradio", "Manx Radio", "ORGANIZATION", ["The public service broadcaster", "The broadcaster"],
               "Isle of Man public service broadcaster"),
              ("report", "The report", "ORGANIZATION", [], "Manx Radio's annual report for 2023/24")],
    mentions=[("m1", ("MD", "says MD"), "md"),
              ("m2", ("Manx Radio", "Manx Radio is reporting"), "manxradio"),
              ("m3", "its latest annual report", "manxradio"),
              ("m4", "The public service broadcaster", "manxradio"),
              ("m5", ("The report", "The report states"), "report"),
              ("m6", ("Manx Radio", "challenges Manx Radio"), "manxradio"),
              ("m7", ("The broadcaster", "The broadcaster also"), "manxradio"),
              ("m8", ("The report", "The report goes"), "report"),
              ("m9", ("Manx Radio", "that Manx Radio faces"), "manxradio")],
    attributions=[("a1", "DIRECT", "m1", "says", "The resultant loss was a creditable achievement given the continued market uncertainty", None),
                  ("a2", "INDIRECT", "m2", "reporting", "a financial loss of £1,888, for the year ending 31 March 2024", None),
                  ("a3", "INDIRECT", "m4", ("highlighted", "broadcaster highlighted a"), seg(T, "a challenging year with reduced", "profit of £14,524"), None),
                  ("a4", "INDIRECT", "m5", "states", seg(T, "this reliance on public funding", "financial stability"), None),
                  ("a5", "INDIRECT", None, "expected", ("to continue", "expected to continue"), "a4"),
                  ("a6", "INDIRECT", "m6", "believes", seg(T, "it continues to fulfil", "community content"), None),
                  ("a7", "INDIRECT", "m7", ("highlighted", "also highlighted"), seg(T, "its expanding focus", "among others"), None),
                  ("a8", "INDIRECT", "m8", ("outline", "to outline"), seg(T, "the continuing pressures", "of the pandemic"), None)])

# ---------------------------------------------------------------------------------------
doc("searchlight-dengue-cases-monitoring",
    url="https://searchlight.vc/news/2010/09/21/ministry-monitoring-dengue/",
    outlet="Searchlight", country="Saint Vincent and the Grenadines", topic="health-science", cut=True,
    published="2010-09-21",
    text=(T := "Ministry monitoring Dengue\n"
          "There are currently no reported or diagnosed cases of dengue hemorrhagic fever in St. Vincent and the Grenadines, says Epidemiologist, Dr. Jennifer George.\n"
          "George, however, confirmed that there were 45 cases of dengue fever, which she said is endemic to St. Vincent and the Grenadines.\n"
          "The level of dengue fever increases at specific times of the year. The rainy season, where there is an increase in mosquitoes, is one of those periods.\n"
          "George said that the cases of dengue fever peaked in August with approximately 28 cases. She said up until July there were only 15 known cases.\n"
          "The epidemiologist explained that dengue fever may lead to complications, but so far there are no fatal cases in St.Vincent and the Grenadines. She said that the numbers may sound high but other Caribbean countries have higher figures of confirmed cases.\n"
          "George said that there are four existing types of dengue fever, Types 1, 2, 3 and 4, but there are only three predominant types circulating in the region, Types 1, 2 and 4.\n"
          "St.Vincent and the Grenadines presently has Type 2.\n"
          "George disclosed that St.Vincent and the Grenadines is in discussion with the Caribbean Epidemiology Center (CAREC). CAREC supports the Ministry of Health by conducting test on samples from this country on a weekly basis. Results are confirmed within a week or two.\n"
          "George said the Ministry of Health is now in a monitoring mode.\n"
          "She said, “…it’s not new, the dengue fever is endemic to St.Vincent. What is new is that we are going now above our threshold predominant dengue count in St. Vincent.”\n"
          "During the monitoring process, George said that there would no longer be a need to test everyone because of the fact that it is present and it will not change the way patients would be treated. She stated that patients that have severe symptoms and are hospitalized would continue to be tested."),
    entities=[("george", "Jennifer George", "PERSON",
               ["George", "Dr. Jennifer George", "Epidemiologist, Dr. Jennifer George", "The epidemiologist"],
               "epidemiologist, St Vincent and the Grenadines Ministry of Health")],
    mentions=[("m1", "Epidemiologist, Dr. Jennifer George", "george"),
              ("m2", ("George", "George, however"), "george"),
              ("m3", ("she", "which she said"), "george"),
              ("m4", ("George", "George said that the cases"), "george"),
              ("m5", ("She", "She said up until"), "george"),
              ("m6", "The epidemiologist", "george"),
              ("m7", ("She", "She said that the numbers"), "george"),
              ("m8", ("George", "George said that there are four"), "george"),
              ("m9", ("George", "George disclosed"), "george"),
              ("m10", ("George", "George said the Ministry"), "george"),
              ("m11", ("She", "She said, “"), "george"),
              ("m12", ("George", "George said that there would"), "george"),
              ("m13", ("She", "She stated"), "george")],
    attributions=[("a1", "INDIRECT", "m1", "says", seg(T, "There are currently no", "St. Vincent and the Grenadines"), None),
                  ("a2", "INDIRECT", "m2", ("confirmed", "however, confirmed"), seg(T, "there were 45 cases", "endemic to St. Vincent and the Grenadines"), None),
                  ("a3", "INDIRECT", "m3", ("said", "she said is"), "is endemic to St. Vincent and the Grenadines", "a2"),
                  ("a4", "INDIRECT", "m4", ("said", "George said that the cases"), "the cases of dengue fever peaked in August with approximately 28 cases", None),
                  ("a5", "INDIRECT", "m5", ("said", "She said up until"), "up until July there were only 15 known cases", None),
                  ("a6", "INDIRECT", "m6", "explained", seg(T, "dengue fever may lead", "St.Vincent and the Grenadines"), None),
                  ("a7", "INDIRECT", "m7", ("said", "She said that the numbers"), "the numbers may sound high but other Caribbean countries have higher figures of confirmed cases", None),
                  ("a8", "INDIRECT", "m8", ("said", "George said that there are four"), seg(T, "there are four existing", "Types 1, 2 and 4"), None),
                  ("a9", "INDIRECT", "m9", "disclosed", "St.Vincent and the Grenadines is in discussion with the Caribbean Epidemiology Center (CAREC)", None),
                  ("a10", "INDIRECT", "m10", ("said", "George said the Ministry"), "the Ministry of Health is now in a monitoring mode", None),
                  ("a11", "DIRECT", "m11", ("said", "She said, “"), seg(T, "…it’s not new", "in St. Vincent."), None),
                  ("a12", "INDIRECT", "m12", ("said", "George said that there would"), seg(T, "there would no longer be", "patients would be treated"), None),
                  ("a13", "INDIRECT", "m13", "stated", "patients that have severe symptoms and are hospitalized would continue to be tested", None)])

# ---------------------------------------------------------------------------------------
doc("tongabroadcasting-fisheries-tuna-decline",
    url="http://www.tonga-broadcasting.net/?p=13397",
    outlet="Radio & TV Tonga", country="Tonga", topic="environment", cut=False,
    published="2018-10-31",
    text=(T := "Ministry of Fisheries concerned for tuna fishing in the Tongan waters\n"
          "One of the most important issues for the Ministry of Fisheries is the current standard of tuna fishing in Tonga’s waters and the export of this fish overseas.\n"
          "The CEO of Fisheries –  Dr  Tu’ikolongahau Halafihi says the ministry is concerned as they have recorded a significant decrease in the amount of tuna in Tongan waters and he says there are many factors affecting this, including but not limited to – climate change.\n"
          "Dr Halafihi says they are continuing their work in this area, with 6 local and 3 foreign fishing vessels fishing for tuna in our waters.\n"
          "He adds since last year there has been a sharp decrease in the number of tuna available in Tongan waters and this has also decreased the amount of tuna being exported.\n"
          "Dr Halafihi also elaborated on the challenges the ministry faces in carrying out their work in this area, as tuna is not bountiful in Tongan waters, but the little resource that is available has been affected by the impacts of climate change.\n"
          "But Dr Halafihi believes the locals need to be empowered in their capacity to fish for tuna in Tongan waters, but due to a lack of funds and resources this may seem impossible.\n"
          "He also highlighted the lack of proper education for the crew of the local fishing vessels, as one of the hindrances to development in this area.\n"
          "Another challenge is also the illegal fishing, exploiting the resources in Tongan waters, but Dr Halafihi says their work in this area is satisfactory and in recent years has not posed as big a threat as before.\n"
          "He believes Tonga’s collaboration in regional organization and conventions and treaties also allow for further aid in the development of this sector which is beneficial to the ministry’s work."),
    entities=[("halafihi", "Tu’ikolongahau Halafihi", "PERSON",
               ["Halafihi", "Dr Halafihi", "The CEO of Fisheries –  Dr  Tu’ikolongahau Halafihi"],
               "CEO of Tonga's Ministry of Fisheries")],
    mentions=[("m1", "The CEO of Fisheries –  Dr  Tu’ikolongahau Halafihi", "halafihi"),
              ("m2", ("he", "he says there"), "halafihi"),
              ("m3", ("Dr Halafihi", "Dr Halafihi says they"), "halafihi"),
              ("m4", ("He", "He adds"), "halafihi"),
              ("m5", ("Dr Halafihi", "Dr Halafihi also elaborated"), "halafihi"),
              ("m6", ("Dr Halafihi", "Dr Halafihi believes"), "halafihi"),
              ("m7", ("He", "He also highlighted"), "halafihi"),
              ("m8", ("Dr Halafihi", "Dr Halafihi says their"), "halafihi"),
              ("m9", ("He", "He believes"), "halafihi")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "Halafihi says the ministry"), "the ministry is concerned as they have recorded a significant decrease in the amount of tuna in Tongan waters", None),
                  ("a2", "INDIRECT", "m2", ("says", "he says there"), seg(T, "there are many factors", "climate change"), None),
                  ("a3", "INDIRECT", "m3", ("says", "Halafihi says they"), seg(T, "they are continuing their work", "in our waters"), None),
                  ("a4", "INDIRECT", "m4", "adds", seg(T, "since last year there has been", "being exported"), None),
                  ("a5", "INDIRECT", "m5", "elaborated on", seg(T, "the challenges the ministry faces", "impacts of climate change"), None),
                  ("a6", "INDIRECT", "m6", ("believes", "Halafihi believes"), seg(T, "the locals need to be empowered", "may seem impossible"), None),
                  ("a7", "INDIRECT", "m7", "highlighted", seg(T, "the lack of proper education", "development in this area"), None),
                  ("a8", "INDIRECT", "m8", ("says", "Halafihi says their"), seg(T, "their work in this area is satisfactory", "as before"), None),
                  ("a9", "INDIRECT", "m9", ("believes", "He believes"), seg(T, "Tonga’s collaboration", "the ministry’s work"), None)])

# ---------------------------------------------------------------------------------------
doc("virginislandsnews-jvd-residents-road-concerns",
    url="https://virginislandsnewsonline.com/en/news/jvd-residents-bemoan-ignored-concerns",
    outlet="Virgin Islands News Online", country="British Virgin Islands", topic="local", cut=False,
    text=(T := "JVD residents bemoan ‘ignored’ concerns\n"
          "According to one taxi driver who opted to remain anonymous, tourists who are repeat visitors often tend to ask who is in charge of the roads and why they continue to be neglected by officials of the Territory given their frequent usage.\n"
          "Residents also complained that they needed the road that goes past the Jost Van Dyke Police Station to be turned into a one-way pass as they felt the road was too narrow in several areas to accommodate traffic in both directions.\n"
          "“We don’t want [drivers] coming down rushing to catch the ferry, we want it in one direction,” taxi driver, Gregory A. Callwood expressed.\n"
          "“Simple things like [road] signs we need,” he added in frustration, “I’m tired telling them.”\n"
          "He expressed that residents’ concerns continue to be ignored by legislators in the House of Assembly and officials do not meet with residents of the island to hear their concerns.\n"
          "“This needs to be taken care of,” he continued, “this is our main infrastructure.”\n"
          "According to another resident, vehicles could often be seen speeding on the sandy pathway to the detriment of children or slow moving pedestrians. This, the resident noted, poses a danger also to the many of senior citizen tourists that come to the island.\n"
          "Attempts to contact Second District Representative Hon. J. Alvin Christopher for comment on the issues raised by the residents were unsuccessful up to post time."),
    entities=[("residents", "JVD residents", "GROUP", ["Residents", "residents of the island", "the residents"],
               "residents of Jost Van Dyke"),
              ("driver", "one taxi driver", "PERSON", [], "anonymous Jost Van Dyke taxi driver"),
              ("tourists", "tourists who are repeat visitors", "GROUP", ["tourists"], "repeat visitors to Jost Van Dyke"),
              ("callwood", "Gregory A. Callwood", "PERSON", ["Callwood", "taxi driver, Gregory A. Callwood"],
               "Jost Van Dyke taxi driver"),
              ("resident", "another resident", "PERSON", ["the resident"], "a Jost Van Dyke resident")],
    mentions=[("m1", "JVD residents", "residents"),
              ("m2", "one taxi driver", "driver"),
              ("m3", ("tourists", "tourists who are repeat"), "tourists"),
              ("m4", ("Residents", "Residents also"), "residents"),
              ("m5", "taxi driver, Gregory A. Callwood", "callwood"),
              ("m6", ("he", "he added"), "callwood"),
              ("m7", ("He", "He expressed"), "callwood"),
              ("m8", "residents of the island", "residents"),
              ("m9", ("he", "he continued"), "callwood"),
              ("m10", "another resident", "resident"),
              ("m11", ("the resident", "the resident noted"), "resident"),
              ("m12", ("the residents", "by the residents"), "residents")],
    attributions=[("a1", "MIXED", "m1", "bemoan", "‘ignored’ concerns", None),
                  ("a2", "INDIRECT", "m2", ("According to", "According to one"), seg(T, "tourists who are repeat visitors", "frequent usage"), None),
                  ("a3", "INDIRECT", "m3", ("ask", "to ask who"), seg(T, "who is in charge", "frequent usage"), "a2"),
                  ("a4", "INDIRECT", "m4", "complained", seg(T, "they needed the road", "in both directions"), None),
                  ("a5", "DIRECT", "m5", ("expressed", "Callwood expressed"), seg(T, "We don’t want", "in one direction,"), None),
                  ("a6", "DIRECT", "m6", "added", "Simple things like [road] signs we need,", None),
                  ("a7", "DIRECT", "m6", None, "I’m tired telling them.", None),
                  ("a8", "INDIRECT", "m7", ("expressed", "He expressed"), seg(T, "residents’ concerns continue", "hear their concerns"), None),
                  ("a9", "DIRECT", "m9", "continued", "This needs to be taken care of,", None),
                  ("a10", "DIRECT", "m9", None, "this is our main infrastructure.", None),
                  ("a11", "INDIRECT", "m10", ("According to", "According to another"), seg(T, "vehicles could often be seen", "slow moving pedestrians"), None),
                  ("a12", "INDIRECT", "m11", "noted", seg(T, "This, the resident noted", "come to the island"), None)])

write("test6_a.jsonl")
