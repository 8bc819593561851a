#!/usr/bin/env python3
"""Writes train_k.jsonl: real-news gold, split train-k (see gold.py). Run: python3 make_train_k.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("timesofisrael-jewish-state-bill-criticism",
    url="https://www.timesofisrael.com/jewish-state-bill-faces-harsh-criticism-in-and-out-of-coalition/",
    outlet="The Times of Israel", country="Israel", topic="politics", cut=True,
    text=(T := "‘Jewish state’ bill faces harsh criticism in and out of coalition\n"
          "Members of Netanyahu’s cabinet who voted against the contentious legislation accuse the PM of cynical politicking\n"
          "The controversial “Jewish state” bill, which aims to enshrine Israel’s status as a Jewish state, was attacked by its opponents Sunday — including members of the ruling coalition — after the ministers approved the bill 14-6 during a cabinet meeting.\n"
          "Justice Minister Tzipi Livni (Hatnua), who voted against the bill, had a heated argument with Prime Minister Benjamin Netanyahu during the meeting and even suggested that the bill was merely a political maneuver aimed at breaking apart the coalition.\n"
          "“Let’s acknowledge the elephant in the room,” she said. “You want us to vote against it so that you can fire us,” she said to Netanyahu.\n"
          "Finance Minister Yair Lapid spoke out against the proposed legislation.\n"
          "“Israel is also a democratic state; therefore the Jewish state bill that was presented to the cabinet today is a terrible law,” he said. “Instead of a national law that unites the people, they are struggling to approve a law that will tear it apart and divide it.”"),
    entities=[("cabinet", "Members of Netanyahu’s cabinet", "GROUP", [],
               "cabinet ministers who voted against the bill"),
              ("opponents", "its opponents", "GROUP", [], "opponents of the Jewish state bill"),
              ("livni", "Tzipi Livni", "PERSON", ["Livni", "Justice Minister Tzipi Livni (Hatnua)"], "Justice Minister (Hatnua)"),
              ("lapid", "Yair Lapid", "PERSON", ["Lapid", "Finance Minister Yair Lapid"], "Finance Minister")],
    mentions=[("m1", "Members of Netanyahu’s cabinet", "cabinet"),
              ("m2", "its opponents", "opponents"),
              ("m3", "Justice Minister Tzipi Livni (Hatnua)", "livni"),
              ("m4", ("she", "room,” she said"), "livni"),
              ("m5", ("she", "fire us,” she said"), "livni"),
              ("m6", "Finance Minister Yair Lapid", "lapid"),
              ("m7", ("he", "terrible law,” he said"), "lapid")],
    attributions=[("a1", "INDIRECT", "m1", "accuse", "the PM of cynical politicking", None),
                  ("a2", "MIXED", "m2", "attacked", "The controversial “Jewish state” bill, which aims to enshrine Israel’s status as a Jewish state", None),
                  ("a3", "INDIRECT", "m3", "suggested", "the bill was merely a political maneuver aimed at breaking apart the coalition", None),
                  ("a4", "DIRECT", "m4", ("said", "room,” she said"), "Let’s acknowledge the elephant in the room,", None),
                  ("a5", "DIRECT", "m5", ("said", "fire us,” she said"), "You want us to vote against it so that you can fire us,", None),
                  ("a6", "INDIRECT", "m6", "spoke out against", "the proposed legislation", None),
                  ("a7", "DIRECT", "m7", ("said", "terrible law,” he said"), seg(T, "Israel is also a democratic", "a terrible law,"), None),
                  ("a8", "DIRECT", "m7", None, seg(T, "Instead of a national law", "divide it."), None)])

# ---------------------------------------------------------------------------------------
doc("japantimes-jtb-hack-cybersecurity",
    url="https://www.japantimes.co.jp/news/2016/06/16/national/jtb-hack-underscores-need-revamp-cybersecurity-japan/",
    outlet="The Japan Times", country="Japan", topic="technology", cut=True,
    published="2016-06-16",
    text=(T := "JTB hack underscores need for revamp of cybersecurity in Japan\n"
          "A massive data breach at Japan’s largest travel agency has underscored the risks companies face when they keep sensitive data on networks connected to the internet, experts say. Some warn government systems are especially vulnerable to state-sponsored attack, including by China and North Korea.\n"
          "JTB Corp. said Tuesday hackers may have obtained the passport details and other records of 7.93 million customers after a subsidiary’s server was hacked in April.\n"
          "On Wednesday, the government-backed Japan Tourism Agency faulted JTB for keeping personal information on a machine reachable from the global internet.\n"
          "Japanese firms and government agencies should consider isolating their networks, said Vitaly Kamluk, Principal Security Researcher at Kaspersky Lab in Singapore.\n"
          "“We have reported many cyberattacks against Japan, including those which targeted defense contractors and government,” Kamluk said.\n"
          "“One approach to tighten up defense is to segregate networks and to isolate state computers from the rest of the world.”\n"
          "Singapore will cut internet access to the computers of all government employees from May next year, the nation’s prime minister said last week.\n"
          "The extent of Singapore’s switching off is unclear but an extreme version is banning people from using memory sticks as well as removing the internet connection. Outside attackers need considerable effort to extract data from such computers, although they are less usable for daily tasks.\n"
          "Investigative sources in the JTB case told Kyodo News on Thursday the breach began when a worker opened a virus-infected email attachment that purported to be a booking request sent by All Nippon Airways Co."),
    entities=[("experts", "experts", "GROUP", [], "cybersecurity experts"),
              ("some", "Some", "GROUP", [], "some of the experts"),
              ("jtb", "JTB Corp.", "ORGANIZATION", ["JTB", "Japan’s largest travel agency"], "travel agency"),
              ("jta", "Japan Tourism Agency", "ORGANIZATION", ["the government-backed Japan Tourism Agency"], None),
              ("kamluk", "Vitaly Kamluk", "PERSON",
               ["Kamluk", "Vitaly Kamluk, Principal Security Researcher at Kaspersky Lab in Singapore"],
               "Principal Security Researcher at Kaspersky Lab"),
              ("kaspersky", "Kaspersky Lab", "ORGANIZATION", [], "security company"),
              ("pm", "the nation’s prime minister", "PERSON", [], "Prime Minister of Singapore"),
              ("sources", "Investigative sources in the JTB case", "GROUP", [], None)],
    mentions=[("m1", "Japan’s largest travel agency", "jtb"),
              ("m2", ("experts", "experts say"), "experts"),
              ("m3", ("Some", "Some warn"), "some"),
              ("m4", "JTB Corp.", "jtb"),
              ("m5", "the government-backed Japan Tourism Agency", "jta"),
              ("m6", ("JTB", "faulted JTB"), "jtb"),
              ("m7", "Vitaly Kamluk, Principal Security Researcher at Kaspersky Lab in Singapore", "kamluk"),
              ("m8", ("We", "“We have reported"), "kaspersky"),
              ("m9", ("Kamluk", "Kamluk said"), "kamluk"),
              ("m10", "the nation’s prime minister", "pm"),
              ("m11", "Investigative sources in the JTB case", "sources")],
    attributions=[("a1", "INDIRECT", "m2", ("say", "experts say"), seg(T, "A massive data breach", "connected to the internet"), None),
                  ("a2", "INDIRECT", "m3", "warn", "government systems are especially vulnerable to state-sponsored attack, including by China and North Korea", None),
                  ("a3", "INDIRECT", "m4", ("said", "Corp. said"), "hackers may have obtained the passport details and other records of 7.93 million customers after a subsidiary’s server was hacked in April", None),
                  ("a4", "INDIRECT", "m5", "faulted", "JTB for keeping personal information on a machine reachable from the global internet", None),
                  ("a5", "INDIRECT", "m7", ("said", "networks, said"), "Japanese firms and government agencies should consider isolating their networks", None),
                  ("a6", "DIRECT", "m9", ("said", "Kamluk said"), "We have reported many cyberattacks against Japan, including those which targeted defense contractors and government,", None),
                  ("a7", "INDIRECT", "m8", ("reported", "We have reported"), "many cyberattacks against Japan, including those which targeted defense contractors and government", "a6"),
                  ("a8", "DIRECT", "m9", None, "One approach to tighten up defense is to segregate networks and to isolate state computers from the rest of the world.", None),
                  ("a9", "INDIRECT", "m10", ("said", "minister said"), "Singapore will cut internet access to the computers of all government employees from May next year", None),
                  ("a10", "INDIRECT", "m11", ("told", "case told"), seg(T, "the breach began when", "All Nippon Airways Co."), None)])

# ---------------------------------------------------------------------------------------
doc("nltimes-rutte-farmers-nitrogen-protests",
    url="https://nltimes.nl/2022/06/28/farmers-dangerous-protests-highways-unacceptable-dutch-pm-says",
    outlet="NL Times", country="Netherlands", topic="environment", cut=True,
    published="2022-06-28",
    text=(T := "Farmers' dangerous protests on highways unacceptable, Dutch PM says\n"
          "Prime Minister Mark Rutte understands that farmers are upset by the government's nitrogen policy, but causing dangerous situations on the roads is unacceptable, he said in a brief press conference at the Ministry of General Affairs on Tuesday. Justice Minister Dilan Yeşilgöz-Zegerius added that there is a lot of room in the Netherlands to express your feelings, but \"you can't get away with breaking the law,\" NU.nl reports.\n"
          "Farmers have been protesting against the Cabinet's nitrogen plans since last week Wednesday. On Monday, they blocked various highways with their tractors, showed up at the Media Park in Hilversum, and at the house of Minister Christianne van der Wal for Nature and Nitrogen. On Tuesday morning, protesting farmers set fire to hay bales along several Dutch highways. They’re also protesting with cows in The Hague, where a parliamentary debate on the nitrogen policy started at noon.\n"
          "Rutte said that the Cabinet is well aware that its nitrogen policy is far-reaching, but stressed that the measures are necessary. “If we don’t act now, eventually the whole country will be locked up.” The Cabinet is in “intensive” talks to find a way to cut emissions that “takes everyone into account,” he said.\n"
          "“We fully understand the concerns of our farmers. The right to demonstrate is vital to our society, but intimidation is not acceptable,” Rutte said. \"I call on all farmers to demonstrate without intimidation and dangerous situations. Demonstrations are facilitated, but you will not block our roads with tractors, push police cars into the verge, and set fires.”"),
    entities=[("rutte", "Mark Rutte", "PERSON", ["Rutte", "Prime Minister Mark Rutte", "Dutch PM"], "Prime Minister of the Netherlands"),
              ("yesilgoz", "Dilan Yeşilgöz-Zegerius", "PERSON", ["Justice Minister Dilan Yeşilgöz-Zegerius"], "Justice Minister"),
              ("nunl", "NU.nl", "ORGANIZATION", [], "Dutch news site")],
    mentions=[("m1", "Dutch PM", "rutte"),
              ("m2", "Prime Minister Mark Rutte", "rutte"),
              ("m3", ("he", "he said in a brief"), "rutte"),
              ("m4", "Justice Minister Dilan Yeşilgöz-Zegerius", "yesilgoz"),
              ("m5", "NU.nl", "nunl"),
              ("m6", ("Rutte", "Rutte said that"), "rutte"),
              ("m7", ("he", "he said.\n"), "rutte"),
              ("m8", ("Rutte", "Rutte said. "), "rutte")],
    attributions=[("a1", "INDIRECT", "m1", "says", "Farmers' dangerous protests on highways unacceptable", None),
                  ("a2", "INDIRECT", "m3", ("said", "he said in a brief"), seg(T, "Prime Minister Mark Rutte understands", "on the roads is unacceptable"), None),
                  ("a3", "MIXED", "m5", "reports", seg(T, "Justice Minister Dilan", "breaking the law,\""), None),
                  ("a4", "MIXED", "m4", "added", seg(T, "there is a lot of room", "breaking the law,\""), "a3"),
                  ("a5", "INDIRECT", "m6", ("said", "Rutte said that"), "the Cabinet is well aware that its nitrogen policy is far-reaching", None),
                  ("a6", "INDIRECT", "m6", "stressed", "the measures are necessary", None),
                  ("a7", "DIRECT", "m6", None, "If we don’t act now, eventually the whole country will be locked up.", None),
                  ("a8", "MIXED", "m7", ("said", "he said.\n"), seg(T, "The Cabinet is in “intensive”", "into account,”"), None),
                  ("a9", "DIRECT", "m8", ("said", "Rutte said. "), seg(T, "We fully understand", "is not acceptable,"), None),
                  ("a10", "DIRECT", "m8", None, seg(T, "I call on all farmers", "and set fires."), None)])

# ---------------------------------------------------------------------------------------
doc("reuters-kuwait-omair-oil-price",
    url="http://www.reuters.com/article/us-oil-kuwait-prices-idUSKBN0P402Z20150624",
    outlet="Reuters", country="UK", topic="business", cut=False,
    published="2015-06-24",
    text=(T := "Kuwait oil minister says oil price drop unlikely\n"
          "KUWAIT (Reuters) - Kuwait’s oil minister said on Tuesday he expected oil prices to continue rising, predicting gains in the final quarter of 2015 on the back of global growth.\n"
          "“All indicators point to an improvement in prices ... today we have reached the stage where a fall is difficult, a fall has now become unlikely,” Ali Saleh al-Omair told reporters.\n"
          "Omair also said costs for the country’s al-Zour refinery were expected to increase by around 1 billion Kuwaiti dinars ($3.31 billion) pushing up total cost to more than 5 billion dinars.\n"
          "A Kuwait National Petroleum Company spokesman had said on Monday the start-up of the refinery would be delayed as the company was seeking more financing on the back of rising construction costs.\n"
          "The 615,000 barrel per day oil refinery, originally planned more than a decade ago, would be the biggest in the Middle East, but the project has been repeatedly delayed by bureaucratic and political issues, including tensions between Kuwait’s parliament and cabinet.\n"
          "Omair also confirmed that the board of state-owned energy giant, Kuwait Petroleum Corp (KPC) had been expanded to include a total of 15 members and that a board meeting had taken place earlier on Tuesday.\n"
          "The board previously had nine members.\n"
          "Sources told Reuters last week several changes were under consideration for the KPC board and that expanding members was one of them.\n"
          "($1 = 0.3021 Kuwaiti dinars)"),
    entities=[("omair", "Ali Saleh al-Omair", "PERSON", ["Omair", "Kuwait oil minister", "Kuwait’s oil minister"], "Kuwait's oil minister"),
              ("knpc", "A Kuwait National Petroleum Company spokesman", "PERSON", [], "Kuwait National Petroleum Company spokesman"),
              ("sources", "Sources", "GROUP", [], "unnamed sources")],
    mentions=[("m1", "Kuwait oil minister", "omair"),
              ("m2", "Kuwait’s oil minister", "omair"),
              ("m3", "Ali Saleh al-Omair", "omair"),
              ("m4", ("Omair", "Omair also said"), "omair"),
              ("m5", "A Kuwait National Petroleum Company spokesman", "knpc"),
              ("m6", ("Omair", "Omair also confirmed"), "omair"),
              ("m7", ("Sources", "Sources told"), "sources")],
    attributions=[("a1", "INDIRECT", "m1", "says", "oil price drop unlikely", None),
                  ("a2", "INDIRECT", "m2", ("said", "minister said"), "he expected oil prices to continue rising", None),
                  ("a3", "INDIRECT", "m2", "predicting", "gains in the final quarter of 2015 on the back of global growth", None),
                  ("a4", "DIRECT", "m3", ("told", "al-Omair told"), seg(T, "All indicators point", "now become unlikely,"), None),
                  ("a5", "INDIRECT", "m4", ("said", "Omair also said"), seg(T, "costs for the country’s al-Zour", "more than 5 billion dinars"), None),
                  ("a6", "INDIRECT", None, ("expected", "were expected"), seg(T, "to increase by around 1 billion", "more than 5 billion dinars"), "a5"),
                  ("a7", "INDIRECT", "m5", ("said", "had said"), seg(T, "the start-up of the refinery", "rising construction costs"), None),
                  ("a8", "INDIRECT", "m6", "confirmed", seg(T, "the board of state-owned energy giant", "earlier on Tuesday"), None),
                  ("a9", "INDIRECT", "m7", ("told", "Sources told"), "several changes were under consideration for the KPC board and that expanding members was one of them", None)])

# ---------------------------------------------------------------------------------------
doc("sundayexpress-makhasane-granny-confession",
    url="https://sundayexpress.co.ls/man-confesses-to-brutal-murder-of-granny/",
    outlet="Sunday Express", country="Lesotho", topic="courts-crime", cut=True,
    text=(T := "Man confesses to brutal murder of granny\n"
          "MASERU — A 23-year-old man from Ha-Sekake in Qacha’s Nek stunned the High Court on Friday after he confessed to brutally killing his 80-year-old grandmother two years ago.\n"
          "Seabata Makhasane was arrested and charged with the murder of Konosoang Makhasane on February 23, 2007.\n"
          "Makhasane initially appeared before Qacha’s Nek magistrate, Samuel Loko, on April 11, 2007.\n"
          "Loko told the High Court on Friday that Makhasane had willingly and voluntarily confessed to killing his grandmother for money.\n"
          "“I cautioned him that everything he said to me would be written down and used against him in a court of law. He told me that he killed his grandmother but did not want to go to jail,” Loko said.\n"
          "The magistrate said when an individual wanted to make a confession he should do so before an interpreter and a magistrate.\n"
          "“In this case we were just the two of us. He was not drunk or forced by anyone.\n"
          "“He was relaxed and was willing to talk. He confessed in Sesotho and I was interpreting from English to Sesotho for him,” he said.\n"
          "Loko said he was not aware that the accused had been promised that he would not go to jail if he confessed.\n"
          "Loko, 85, who has since retired, referred the matter to the High Court two years ago.\n"
          "On Friday, Loko appeared in the High Court to give evidence in the murder trial.\n"
          "Makhasane stunned the court when he repeated his statement that he killed his grandmother for money.\n"
          "“I told the magistrate the truth that I killed grandmother because the police had said if I confessed without wasting their time, they would not assault me.\n"
          "“I said the truth because I did not want to be tortured,” Makhasane told High Court Judge Nthomeng Majara.\n"
          "“I told the magistrate that I killed her with a knife and I even went to my home with the police to show them where I had put the murder weapon.”"),
    entities=[("makhasane", "Seabata Makhasane", "PERSON",
               ["Makhasane", "Man", "A 23-year-old man from Ha-Sekake in Qacha’s Nek", "the accused"],
               "murder accused"),
              ("loko", "Samuel Loko", "PERSON", ["Loko", "Qacha’s Nek magistrate, Samuel Loko", "The magistrate"],
               "retired Qacha’s Nek magistrate"),
              ("police", "the police", "GROUP", [], None)],
    mentions=[("m1", ("Man", "Man confesses"), "makhasane"),
              ("m2", "A 23-year-old man from Ha-Sekake in Qacha’s Nek", "makhasane"),
              ("m3", ("he", "he confessed to brutally"), "makhasane"),
              ("m4", "Seabata Makhasane", "makhasane"),
              ("m5", ("Makhasane", "Makhasane initially"), "makhasane"),
              ("m6", "Qacha’s Nek magistrate, Samuel Loko", "loko"),
              ("m7", ("Loko", "Loko told"), "loko"),
              ("m8", ("Makhasane", "Makhasane had willingly"), "makhasane"),
              ("m9", ("I", "I cautioned"), "loko"),
              ("m10", ("He", "He told me"), "makhasane"),
              ("m11", ("Loko", "Loko said.\n"), "loko"),
              ("m12", "The magistrate", "loko"),
              ("m13", ("he", "he said.\nLoko"), "loko"),
              ("m14", ("Loko", "Loko said he was"), "loko"),
              ("m15", "the accused", "makhasane"),
              ("m16", ("Loko", "Loko, 85"), "loko"),
              ("m17", ("Loko", "Loko appeared"), "loko"),
              ("m18", ("Makhasane", "Makhasane stunned"), "makhasane"),
              ("m19", ("he", "he repeated"), "makhasane"),
              ("m20", ("I", "I told the magistrate the truth"), "makhasane"),
              ("m21", ("the magistrate", "the magistrate the truth"), "loko"),
              ("m22", ("the police", "the police had said"), "police"),
              ("m23", ("Makhasane", "Makhasane told"), "makhasane"),
              ("m24", ("I", "I told the magistrate that"), "makhasane"),
              ("m25", ("the magistrate", "the magistrate that I killed"), "loko")],
    attributions=[("a1", "INDIRECT", "m1", "confesses", "brutal murder of granny", None),
                  ("a2", "INDIRECT", "m3", ("confessed", "he confessed to brutally"), "brutally killing his 80-year-old grandmother two years ago", None),
                  ("a3", "INDIRECT", "m7", ("told", "Loko told"), "Makhasane had willingly and voluntarily confessed to killing his grandmother for money", None),
                  ("a4", "INDIRECT", "m8", ("confessed", "voluntarily confessed"), "killing his grandmother for money", "a3"),
                  ("a5", "DIRECT", "m11", ("said", "Loko said.\n"), seg(T, "I cautioned him", "go to jail,"), None),
                  ("a6", "INDIRECT", "m9", "cautioned", "everything he said to me would be written down and used against him in a court of law", "a5"),
                  ("a7", "INDIRECT", "m10", ("told", "He told me"), "he killed his grandmother but did not want to go to jail", "a5"),
                  ("a8", "INDIRECT", "m12", ("said", "magistrate said"), "when an individual wanted to make a confession he should do so before an interpreter and a magistrate", None),
                  ("a9", "DIRECT", "m13", ("said", "he said.\nLoko"), seg(T, "In this case we were", "Sesotho for him,"), None),
                  ("a10", "INDIRECT", "m14", ("said", "Loko said he was"), "he was not aware that the accused had been promised that he would not go to jail if he confessed", None),
                  ("a11", "INDIRECT", None, "promised", "he would not go to jail if he confessed", "a10"),
                  ("a12", "INDIRECT", "m19", "repeated his statement", ("he killed his grandmother for money", "statement that"), None),
                  ("a13", "DIRECT", "m23", ("told", "Makhasane told"), seg(T, "I told the magistrate the truth", "to be tortured,"), None),
                  ("a14", "INDIRECT", "m20", ("told", "I told the magistrate the truth"), "the truth that I killed grandmother", "a13"),
                  ("a15", "INDIRECT", "m22", ("said", "police had said"), "if I confessed without wasting their time, they would not assault me", "a13"),
                  ("a16", "DIRECT", "m23", None, seg(T, "I told the magistrate that", "the murder weapon."), None),
                  ("a17", "INDIRECT", "m24", ("told", "I told the magistrate that"), "I killed her with a knife", "a16")])

# ---------------------------------------------------------------------------------------
doc("irrawaddy-dengue-deaths-irrawaddy-division",
    url="https://www.irrawaddy.com/news/burma/dengue-fever-kills-20-irrawaddy-division.html",
    outlet="The Irrawaddy", country="Myanmar", topic="health-science", cut=True,
    published="2017-07-10",
    text=(T := "Dengue Fever Kills 20 in Irrawaddy Division\n"
          "PATHEIN, Irrawaddy Division — Twenty people have died of dengue fever so far since January this year in Irrawaddy Division, according to the divisional health department.\n"
          "“Dengue incidence is highest in Hinthada District, followed by Maubin and Pathein districts respectively,” said Dr. Myat Min Htun, head of the epidemic division under the divisional health department.\n"
          "Dengue cases have doubled in the division from the previous year – 1,679 cases from January 1 to July 10 compared to about 800 cases in total the prior year.\n"
          "Most of the victims are children under 15, who die from internal hemorrhaging and a delay in hospitalization, according to the health department.\n"
          "The disease has killed four people in Wakema Township, the highest death rate among townships in the division.\n"
          "Dengue incidence was low between January and May, but an outbreak occurred in June that has continued into July. In June, the 500-bed Pathein Hospital received 139 dengue patients and three children died.\n"
          "“In the children’s ward of Pathein Hospital, there are too many dengue patients now that we are short of space. We’ve had to put newcomers in other wards,” said a doctor from Pathein Hospital.\n"
          "There tends to be a dengue epidemic every two to three years, said Dr. Myat Min Htun of the divisional health department, adding that Irrawaddy Division saw the deadliest dengue outbreak in its history in 2015, when more than 6,000 people were infected and 49 died.\n"
          "“We have initiated prevention and awareness campaigns this year but our health department alone can’t prevent this disease. Public participation is critical and people need to be mindful of water sources where mosquitos may breed,” said Dr. Myat Min Htun.\n"
          "Yellow fever mosquitos – known as aedes aegypti – are primarily responsible for dengue fever, and breed in still water and areas with poor sanitation."),
    entities=[("dept", "the divisional health department", "ORGANIZATION", ["the health department"],
               "Irrawaddy Division health department"),
              ("htun", "Myat Min Htun", "PERSON",
               ["Dr. Myat Min Htun", "Dr. Myat Min Htun, head of the epidemic division under the divisional health department",
                "Dr. Myat Min Htun of the divisional health department"],
               "head of the epidemic division, divisional health department"),
              ("doctor", "a doctor from Pathein Hospital", "PERSON", [], "doctor at Pathein Hospital")],
    mentions=[("m1", ("the divisional health department", "according to the divisional"), "dept"),
              ("m2", "Dr. Myat Min Htun, head of the epidemic division under the divisional health department", "htun"),
              ("m3", ("the health department", "according to the health department"), "dept"),
              ("m4", "a doctor from Pathein Hospital", "doctor"),
              ("m5", "Dr. Myat Min Htun of the divisional health department", "htun"),
              ("m6", "our health department", "dept"),
              ("m7", ("Dr. Myat Min Htun", "breed,” said Dr."), "htun")],
    attributions=[("a1", "INDIRECT", "m1", ("according to", "according to the divisional"), seg(T, "Twenty people have died", "in Irrawaddy Division"), None),
                  ("a2", "DIRECT", "m2", ("said", "respectively,” said"), seg(T, "Dengue incidence is highest", "districts respectively,"), None),
                  ("a3", "INDIRECT", "m3", ("according to", "according to the health department"), seg(T, "Most of the victims", "delay in hospitalization"), None),
                  ("a4", "DIRECT", "m4", ("said", "wards,” said"), seg(T, "In the children’s ward", "in other wards,"), None),
                  ("a5", "INDIRECT", "m5", ("said", "years, said"), "There tends to be a dengue epidemic every two to three years", None),
                  ("a6", "INDIRECT", "m5", "adding", seg(T, "Irrawaddy Division saw the deadliest", "and 49 died"), None),
                  ("a7", "DIRECT", "m7", ("said", "breed,” said"), seg(T, "We have initiated", "mosquitos may breed,"), None)])

# ---------------------------------------------------------------------------------------
doc("lovefm-middlesex-village-road-access",
    url="https://lovefm.com/villagers-in-middlesex-village-stann-creek-district-demand-road-access/",
    outlet="Love FM", country="Belize", topic="local", cut=False,
    text=(T := "Villagers in Middlesex Village, Stann Creek District Demand Road Access\n"
          "Villagers in Middlesex Village, Stann Creek District, are up in arms and say the government is giving them the cold shoulder. The villagers, who are mostly employed in the agriculture sector, say that for years they have been trying to obtain road access to a remote area of the village but have had no luck. On Tuesday, several farmers and the village council decided to take matters into their own hands and attempted to pave the road. But their plans were squashed when the Ministry of Infrastructure Development and Housing informed them that their proposed roadway would encroach on private land. The villagers did not obtain clearance from the Ministry of Natural Resources and were ordered to cease and desist. Chairwoman Britany Roches says the issue is one that the villagers have faced for years and are now hoping that GOB can help them in resolving it.\n"
          "Ruth Orego, one of the village’s farmers, explained that the residents have made several attempts to obtain permission to install the road but their efforts have been to no avail.\n"
          "The villagers say they will make another attempt to meet with their Area Rep for a solution."),
    entities=[("villagers", "Villagers in Middlesex Village, Stann Creek District", "GROUP",
               ["The villagers", "the residents"], "residents of Middlesex Village"),
              ("ministry", "the Ministry of Infrastructure Development and Housing", "ORGANIZATION", [], None),
              ("roches", "Britany Roches", "PERSON", ["Chairwoman Britany Roches"], "village chairwoman"),
              ("orego", "Ruth Orego", "PERSON", ["Ruth Orego, one of the village’s farmers"], "Middlesex farmer")],
    mentions=[("m1", ("Villagers in Middlesex Village, Stann Creek District", "Villagers in Middlesex Village, Stann Creek District Demand"), "villagers"),
              ("m2", ("Villagers in Middlesex Village, Stann Creek District", "Villagers in Middlesex Village, Stann Creek District, are"), "villagers"),
              ("m3", ("The villagers", "The villagers, who"), "villagers"),
              ("m4", "the Ministry of Infrastructure Development and Housing", "ministry"),
              ("m5", "Chairwoman Britany Roches", "roches"),
              ("m6", ("the villagers", "the villagers have faced"), "villagers"),
              ("m7", "Ruth Orego, one of the village’s farmers", "orego"),
              ("m8", "the residents", "villagers"),
              ("m9", ("The villagers", "The villagers say they"), "villagers")],
    attributions=[("a1", "INDIRECT", "m1", "Demand", "Road Access", None),
                  ("a2", "INDIRECT", "m2", ("say", "and say the government"), "the government is giving them the cold shoulder", None),
                  ("a3", "INDIRECT", "m3", ("say", "say that for years"), "for years they have been trying to obtain road access to a remote area of the village but have had no luck", None),
                  ("a4", "INDIRECT", "m4", "informed", "their proposed roadway would encroach on private land", None),
                  ("a5", "INDIRECT", "m5", ("says", "Roches says"), seg(T, "the issue is one that", "in resolving it"), None),
                  ("a6", "INDIRECT", "m6", "hoping", "GOB can help them in resolving it", "a5"),
                  ("a7", "INDIRECT", "m7", "explained", "the residents have made several attempts to obtain permission to install the road but their efforts have been to no avail", None),
                  ("a8", "INDIRECT", "m9", ("say", "villagers say they"), "they will make another attempt to meet with their Area Rep for a solution", None)])

write("train_k.jsonl")
