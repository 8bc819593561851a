#!/usr/bin/env python3
"""Writes test7_b.jsonl: real-news gold, split test7-b (see gold.py). Run: python3 make_test7_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("yle-startup-community-new-nokia",
    url="https://yle.fi/news/3-5442790",
    outlet="Yle News", country="Finland", topic="technology", cut=False,
    text=(T := "Startup community: “We don’t need a new Nokia”\n"
          "Entrepreneurialism in Finland is undergoing a facelift. Some business-minded Generation Y'ers say they would rather shape their own careers than follow in the footsteps of older generations who idealised entering the corporate world post graduation.\n"
          "“Traditionally it hasn’t been cool to be an entrepreneur—at least not in the university world,” says Miki Kuusi, a 20-something Aalto University student who also runs an entrepreneurship society for fellow students.\n"
          "Kuusi draws parallels between the Finnish university startup community and the mood at world-renowned Stanford University in the heart of California’s Silicon Valley.\n"
          "“When you ask the smartest students at Stanford what they want to be when they grow up, the answer isn’t 'I’m going to work at Google or Facebook next door.' They want to build their own companies,” he explains.\n"
          "Serial entrepreneur Timo Ahopelto of Lifeline Ventures, a startup accelerator, is on the same page as Kuusi. He notes that startups are crucial for Finnish job creation.\n"
          "Ahopelto says Finnish growth companies fare well in international comparisons. In addition to the gaming and app industry, Finns have found a niche in healthcare technology.\n"
          "Kuusi says Finns often wax nostalgic about Nokia.\n"
          "”Nokia is an exception—such a large company in a very small country. We don’t need a new Nokia, but we do want a dozen new companies like Spotify and Skype.\""),
    entities=[("community", "Startup community", "GROUP", [], "Finland's (university) startup community"),
              ("genyers", "Some business-minded Generation Y'ers", "GROUP", ["business-minded Generation Y'ers"],
               "young Finnish would-be entrepreneurs"),
              ("kuusi", "Miki Kuusi", "PERSON", ["Kuusi", "Miki Kuusi, a 20-something Aalto University student"],
               "Aalto University student who runs an entrepreneurship society"),
              ("ahopelto", "Timo Ahopelto", "PERSON", ["Ahopelto", "Serial entrepreneur Timo Ahopelto of Lifeline Ventures"],
               "serial entrepreneur, Lifeline Ventures")],
    mentions=[("m1", "Startup community", "community"),
              ("m2", "Some business-minded Generation Y'ers", "genyers"),
              ("m3", "Miki Kuusi, a 20-something Aalto University student", "kuusi"),
              ("m4", ("Kuusi", "Kuusi draws"), "kuusi"),
              ("m5", ("he", "he explains"), "kuusi"),
              ("m6", "Serial entrepreneur Timo Ahopelto of Lifeline Ventures", "ahopelto"),
              ("m7", ("Kuusi", "as Kuusi."), "kuusi"),
              ("m8", ("He", "He notes"), "ahopelto"),
              ("m9", ("Ahopelto", "Ahopelto says"), "ahopelto"),
              ("m10", ("Kuusi", "Kuusi says Finns"), "kuusi")],
    attributions=[("a1", "DIRECT", "m1", None, ("We don’t need a new Nokia", "“We don’t need"), None),
                  ("a2", "INDIRECT", "m2", ("say", "Y'ers say"),
                   seg(T, "they would rather shape", "post graduation"), None),
                  ("a3", "DIRECT", "m3", ("says", "says Miki"),
                   "Traditionally it hasn’t been cool to be an entrepreneur—at least not in the university world,", None),
                  ("a4", "INDIRECT", "m4", "draws parallels",
                   seg(T, "the Finnish university startup community", "California’s Silicon Valley"), None),
                  ("a5", "DIRECT", "m5", "explains", seg(T, "When you ask the smartest", "their own companies,"), None),
                  ("a6", "INDIRECT", "m8", "notes", "startups are crucial for Finnish job creation", None),
                  ("a7", "INDIRECT", "m9", ("says", "Ahopelto says"),
                   "Finnish growth companies fare well in international comparisons", None),
                  ("a8", "INDIRECT", "m10", ("says", "Kuusi says Finns"), "Finns often wax nostalgic about Nokia", None),
                  ("a9", "DIRECT", "m10", None, seg(T, "Nokia is an exception", "Spotify and Skype."), None)])

# ---------------------------------------------------------------------------------------
doc("ipn-moldova-motion-ciocoi-rostrum-block",
    url="https://ipn.md/index.php/en/print/authors-of-motion-against-foreign-ministry-warn-they-will-block-parliament-rostr--7965_1071649.html",
    outlet="IPN (Info-Prim Neo)", country="Moldova", topic="politics", cut=True,
    text=(T := "Authors of motion against Foreign Ministry warn they will block Parliament rostrum\n"
          "The authors of the simple motion against the Ministry of Foreign Affairs and European Integration warn they will block the Parliament’s rostrum if Minister of Foreign Affairs Aureliu Ciocoi does not come to the February 21 sitting of the legislature to present a report. The announcement was made after Parliament Speaker Zinaida Grechanyi informed that the motion wasn’t accepted into legislative procedure by the Standing Bureau.\n"
          "Contacted by IPN, PAS MP Lilian Carp said that if Minister Ciocoi does not present himself in Parliament tomorrow, the legislature’s rostrum will be blocked. “It is not for the first time that they violate the Parliament’s Regulations and the Constitution when a simple motion is to be examined,” he stated, noting the goal was to hide the impotence of this minister who insulted first of all the combatants who fought for Moldova’s independence and not to reveal Dodon’s servitude to Russia, which uses Moldova in a geopolitical context favorable to it.\n"
          "PPPDA MP Kiril Moțpan has told IPN that the blocking of the rostrum is a gesture of protest at an illegal decision taken by the Standing Bureau and the current parliamentary majority. The minister had the impertinence to pronounce on the events of 1992, seriously insulting the veterans who took part in that war that was waged by Russia."),
    entities=[("authors", "Authors of motion against Foreign Ministry", "GROUP",
               ["The authors of the simple motion against the Ministry of Foreign Affairs and European Integration"],
               "MPs who filed the simple motion against Moldova's foreign ministry"),
              ("ciocoi", "Aureliu Ciocoi", "PERSON",
               ["Ciocoi", "Minister Ciocoi", "Minister of Foreign Affairs Aureliu Ciocoi", "this minister", "The minister"],
               "Moldova's Minister of Foreign Affairs"),
              ("grechanyi", "Zinaida Grechanyi", "PERSON", ["Grechanyi", "Parliament Speaker Zinaida Grechanyi"],
               "Speaker of Moldova's Parliament"),
              ("carp", "Lilian Carp", "PERSON", ["Carp", "PAS MP Lilian Carp"], "PAS member of Moldova's Parliament"),
              ("motpan", "Kiril Moțpan", "PERSON", ["Moțpan", "PPPDA MP Kiril Moțpan"], "PPPDA member of Moldova's Parliament")],
    mentions=[("m1", "Authors of motion against Foreign Ministry", "authors"),
              ("m2", "The authors of the simple motion against the Ministry of Foreign Affairs and European Integration", "authors"),
              ("m3", "Minister of Foreign Affairs Aureliu Ciocoi", "ciocoi"),
              ("m4", "Parliament Speaker Zinaida Grechanyi", "grechanyi"),
              ("m5", "PAS MP Lilian Carp", "carp"),
              ("m6", "Minister Ciocoi", "ciocoi"),
              ("m7", ("he", "he stated"), "carp"),
              ("m8", "this minister", "ciocoi"),
              ("m9", "PPPDA MP Kiril Moțpan", "motpan"),
              ("m10", ("The minister", "The minister had"), "ciocoi")],
    attributions=[("a1", "INDIRECT", "m1", ("warn", "Ministry warn"), "they will block Parliament rostrum", None),
                  ("a2", "INDIRECT", "m2", ("warn", "Integration warn"),
                   seg(T, "they will block the Parliament’s rostrum", "to present a report"), None),
                  ("a3", "INDIRECT", "m4", "informed",
                   "the motion wasn’t accepted into legislative procedure by the Standing Bureau", None),
                  ("a4", "INDIRECT", "m5", ("said", "Carp said"),
                   "if Minister Ciocoi does not present himself in Parliament tomorrow, the legislature’s rostrum will be blocked", None),
                  ("a5", "DIRECT", "m7", "stated", seg(T, "It is not for the first time", "is to be examined,"), None),
                  ("a6", "INDIRECT", "m7", "noting", seg(T, "the goal was to hide", "favorable to it"), None),
                  ("a7", "INDIRECT", "m9", "told",
                   "the blocking of the rostrum is a gesture of protest at an illegal decision taken by the Standing Bureau and the current parliamentary majority", None),
                  ("a8", "INDIRECT", "m10", "pronounce on", ("the events of 1992", "on the events of 1992"), None)])

# ---------------------------------------------------------------------------------------
doc("libyareview-tripoli-municipality-desalination-plant",
    url="https://libyareview.com/1755/tripoli-municipality-urges-gna-to-approve-seawater-desalination-plant/",
    outlet="Libya Review", country="Libya", topic="local", cut=False, published="2020-04-12",
    text=(T := "Tripoli Municipality Urges GNA to Approve Seawater Desalination Plant\n"
          "On Sunday, the central Tripoli municipality repeatedly demanded the Government of National Accord’s (GNA) Presidential Council to consider proposals submitted in 2017 to establish a seawater desalination plant.\n"
          "The municipality added that the request resulted from the continuation of water cuts in Tripoli and its suburbs. Such cuts are due to an armed group storming a control station in Shwerif and subsequently suspending its water-pumping.\n"
          "In a statement, the municipality called on the Libyan Public Prosecutor to carry out investigations into the incident and issue arrest warrants for those involved in such “criminal acts” in the Shwerif district.\n"
          "The storming of the control station occurred on Monday. The armed group threatened workers and forced them to turn off the supply of water to Tripoli, according to a statement made by the Great Man-Made River Project, which is one of Libya’s main water sources.\n"
          "Libya’s General Electricity Company said on Thursday that another armed group had cut off gas pipelines supplying an electricity generating station in Sidi As Saih south-east of Tripoli, leaving western Tripoli without power.\n"
          "The GNA claimed that the fighters behind the water and electricity cut-offs are working with the Libyan National Army (LNA), noting that Shwerif and Sidi As Saih are under the control of Field Marshal Khalifa Haftar. However, there are conflicting reports regarding the affiliation of those armed groups."),
    entities=[("municipality", "central Tripoli municipality", "ORGANIZATION",
               ["Tripoli Municipality", "the central Tripoli municipality", "The municipality"], "municipality of central Tripoli"),
              ("gna", "Government of National Accord", "ORGANIZATION", ["GNA", "The GNA"],
               "Libya's Tripoli-based Government of National Accord"),
              ("gmmr", "Great Man-Made River Project", "ORGANIZATION",
               ["a statement made by the Great Man-Made River Project"], "Libyan water supply project"),
              ("gecol", "Libya’s General Electricity Company", "ORGANIZATION", ["General Electricity Company"],
               "Libya's state power company")],
    mentions=[("m1", "Tripoli Municipality", "municipality"),
              ("m2", ("GNA", "Urges GNA"), "gna"),
              ("m3", "the central Tripoli municipality", "municipality"),
              ("m4", ("The municipality", "The municipality added"), "municipality"),
              ("m5", ("the municipality", "the municipality called"), "municipality"),
              ("m6", "a statement made by the Great Man-Made River Project", "gmmr"),
              ("m7", "Libya’s General Electricity Company", "gecol"),
              ("m8", "The GNA", "gna")],
    attributions=[("a1", "INDIRECT", "m1", "Urges", "GNA to Approve Seawater Desalination Plant", None),
                  ("a2", "INDIRECT", "m3", "demanded",
                   seg(T, "the Government of National Accord’s (GNA) Presidential Council to consider", "seawater desalination plant"), None),
                  ("a3", "INDIRECT", None, "proposals", ("to establish a seawater desalination plant", "2017 to establish"), "a2"),
                  ("a4", "INDIRECT", "m4", "added", "the request resulted from the continuation of water cuts in Tripoli and its suburbs", None),
                  ("a5", "MIXED", "m5", "called on", seg(T, "the Libyan Public Prosecutor to carry out", "in the Shwerif district"), None),
                  ("a6", "INDIRECT", "m6", "according to",
                   "The armed group threatened workers and forced them to turn off the supply of water to Tripoli", None),
                  ("a7", "INDIRECT", "m7", "said", seg(T, "another armed group had cut off", "western Tripoli without power"), None),
                  ("a8", "INDIRECT", "m8", "claimed",
                   "the fighters behind the water and electricity cut-offs are working with the Libyan National Army (LNA)", None),
                  ("a9", "INDIRECT", "m8", "noting",
                   "Shwerif and Sidi As Saih are under the control of Field Marshal Khalifa Haftar", None),
                  ("a10", "INDIRECT", None, "reports", "the affiliation of those armed groups", None)])

# ---------------------------------------------------------------------------------------
doc("guernseypress-holtz-luxembourg-northern-ireland",
    url="https://guernseypress.com/sport/uk-sport/2019/09/04/luc-holtz-wants-northern-irelands-heart-and-fight-in-his-luxembourg-team",
    outlet="Guernsey Press", country="Guernsey", topic="sport", cut=True, published="2019-09-04",
    text=(T := "Luc Holtz wants Northern Ireland’s ‘heart and fight’ in his Luxembourg team\n"
          "The teams go head-to-head in a friendly at Windsor Park on Thursday.\n"
          "Luxembourg coach Luc Holtz wants his players to learn a few lessons from Northern Ireland when they face them in a friendly at Windsor Park on Thursday.\n"
          "Like Northern Ireland, Luxembourg are trying to punch above their weight in European football, and Holtz sees examples worth following in Michael O’Neill’s side.\n"
          "“They are a team that play with heart and fight, they never give up,” Holtz said. “They will test us to our limit and that’s a good thing.\n"
          "“Northern Ireland have shown in recent games they have a big heart and I want our players to have a big heart.”\n"
          "While Luxembourg operate a few notches below the Green and White Army on the world stage – ranked 91st compared to Northern Ireland’s 29th – there are plenty of similarities in what each nation is trying to do, and listening to Holtz can be like listening to O’Neill talk about his own side.\n"
          "Though they have not won any of their last four outings, results have been on the up of late and Luxembourg won six of their 11 matches in 2018.\n"
          "“There are many factors which have given us more success but we have a lot of skilful players who are playing regularly for their clubs, which makes a big difference,” Holtz said.\n"
          "“They have played against some strong opponents. My players work hard and impose that quality that they have.\n"
          "“It’s a change of mentality in the head. A few years ago our players went out on the pitch not to lose by too many. Now they go out and want to win. That’s a big change that has helped us progress.”\n"
          "Northern Ireland will use Thursday’s game to prepare for Monday’s Euro 2020 qualifier against Germany, and it is no different for Luxembourg, who face Serbia in a qualifier next week looking to build on a decent start which has seen them take four points from four games."),
    entities=[("holtz", "Luc Holtz", "PERSON", ["Holtz", "Luxembourg coach Luc Holtz"], "coach of Luxembourg's national football team")],
    mentions=[("m1", ("Luc Holtz", "Luc Holtz wants Northern"), "holtz"),
              ("m2", "Luxembourg coach Luc Holtz", "holtz"),
              ("m3", ("Holtz", "Holtz sees"), "holtz"),
              ("m4", ("Holtz", "Holtz said. “They will"), "holtz"),
              ("m5", ("Holtz", "listening to Holtz"), "holtz"),
              ("m6", ("Holtz", "difference,” Holtz said"), "holtz")],
    attributions=[("a1", "MIXED", "m1", ("wants", "Holtz wants Northern"),
                   "Northern Ireland’s ‘heart and fight’ in his Luxembourg team", None),
                  ("a2", "INDIRECT", "m2", ("wants", "Holtz wants his"),
                   seg(T, "his players to learn a few lessons", "Windsor Park on Thursday", "his players to learn"), None),
                  ("a3", "INDIRECT", "m3", "sees", "examples worth following in Michael O’Neill’s side", None),
                  ("a4", "DIRECT", "m4", ("said", "Holtz said. “They will"),
                   "They are a team that play with heart and fight, they never give up,", None),
                  ("a5", "DIRECT", "m4", None, seg(T, "They will test us to our limit", "to have a big heart."), None),
                  ("a6", "DIRECT", "m6", ("said", "difference,” Holtz said"),
                   seg(T, "There are many factors", "makes a big difference,"), None),
                  ("a7", "DIRECT", "m6", None, seg(T, "They have played against some strong", "helped us progress."), None)])

# ---------------------------------------------------------------------------------------
doc("infonews-ap-ivory-coast-soldiers-prison",
    url="https://infonews.ca/news/112675/2-ivory-coast-soldiers-get-prison-for-links-with-attackers",
    outlet="iNFOnews (The Associated Press)", country="Canada", topic="courts-crime", cut=False,
    text=(T := "2 Ivory Coast soldiers get prison for links with attackers\n"
          "ABIDJAN, Cote d’Ivoire – An Ivory Coast military tribunal has sentenced two soldiers to 10 years in prison for associating with, and not denouncing, al-Qaida-linked fighters who staged a March attack in the beach town of Grand Bassam that killed at least 19 people.\n"
          "The tribunal on Thursday also imposed a fine of about 200,000 CFA francs ($400) on the two soldiers, who were arrested in July.\n"
          "“These soldiers would not have directly participated in the attack, but are accused of not having denounced the commando members, as they were aware of the presence of these jihadists in Ivory Coast and did not inform their superiors,” said chief military prosecutor Ange Kessi.\n"
          "The soldiers had pleaded not guilty. Lawyer Raoul Gohi Bi said he would appeal, arguing that investigations are still preliminary.\n"
          "Al-Qaida in the Islamic Maghreb claimed responsibility for the March 13 attack in Grand Bassam, a popular tourist destination near Abidjan.\n"
          "Authorities in Ivory Coast and neighbouring Mali have made several arrests. The group had also taken responsibility for previous assaults on hotels in Mali and Burkina Faso."),
    entities=[("kessi", "Ange Kessi", "PERSON", ["Kessi", "chief military prosecutor Ange Kessi"],
               "chief military prosecutor of Ivory Coast"),
              ("gohibi", "Raoul Gohi Bi", "PERSON", ["Gohi Bi", "Lawyer Raoul Gohi Bi"], "lawyer of the two soldiers"),
              ("aqim", "Al-Qaida in the Islamic Maghreb", "ORGANIZATION", ["The group"], "jihadist group")],
    mentions=[("m1", "chief military prosecutor Ange Kessi", "kessi"),
              ("m2", "Lawyer Raoul Gohi Bi", "gohibi"),
              ("m3", "Al-Qaida in the Islamic Maghreb", "aqim"),
              ("m4", "The group", "aqim")],
    attributions=[("a1", "DIRECT", "m1", ("said", "said chief"), seg(T, "These soldiers would not", "inform their superiors,"), None),
                  ("a2", "INDIRECT", None, "accused", "not having denounced the commando members", "a1"),
                  ("a3", "INDIRECT", "m2", ("said", "Bi said"), "he would appeal", None),
                  ("a4", "INDIRECT", "m2", "arguing", "investigations are still preliminary", None),
                  ("a5", "INDIRECT", "m3", "claimed responsibility",
                   "the March 13 attack in Grand Bassam, a popular tourist destination near Abidjan", None),
                  ("a6", "INDIRECT", "m4", "taken responsibility", "previous assaults on hotels in Mali and Burkina Faso", None)])

# ---------------------------------------------------------------------------------------
doc("nnn-andina-peru-mining-investment-mucho",
    url="http://namnewsnetwork.org/?p=254842",
    outlet="NNN (ANDINA)", country="Malaysia", topic="business", cut=True,
    text=(T := "Mining investments in Peru to exceed US$5 billion in 2024: new Mining Minister\n"
          "LIMA, Feb 16 (NNN-ANDINA) — New Energy and Mines Minister Romulo Mucho forecast that mining investments will exceed US$5 billion in Peru this year.\n"
          "Therefore, his sector will reinforce the promotion of this economic activity’s importance for the development of the country and the generation of employment.\n"
          "He said the Ministry of Energy and Mines (Minem) had projected mining investment worth some US$3 billion in Peru for the first quarter of 2024.\n"
          "I agree; during my administration, I am going to reinforce the domestic promotion of mining in society, among the people,” Mucho underlined in remarks to Canal N.\n"
          "We need to banish that word: anti-extractivism. I think we finally have to follow some examples of mining countries where they have already banished it (that word); it (that word) has done us a lot of harm; (I mean) those currents of collectivism that see everything in a bad light,” he added.\n"
          "The Minem’s head stated that Peru is a mining country.\n"
          "He indicated that there are 48 projects that should be launched, because several of them already have a license to operate and others are very advanced in their efforts to start operating, “which will set the economic growth needle in motion.”\n"
          "In this regard, the Cabinet member indicated that the confidence of investors who had left the country or postponed their projects for later, some with an indefinite date, must be regained.\n"
          "Thus, he said, his portfolio will engage in dialogue to convey the confidence granted by the Government to them.\n"
          "“We are working on a domestic promotion within Peru; so, I believe that three to four projects are returning, which at this moment could inject US$3 billion in investment, in addition to the expansions of Antamina, Las Bambas, Antapacay, and other small investments,” Mucho detailed."),
    entities=[("mucho", "Romulo Mucho", "PERSON",
               ["Mucho", "New Energy and Mines Minister Romulo Mucho", "new Mining Minister", "The Minem’s head", "the Cabinet member"],
               "Peru's Minister of Energy and Mines"),
              ("minem", "Ministry of Energy and Mines", "ORGANIZATION", ["Minem", "the Ministry of Energy and Mines (Minem)"],
               "Peru's Ministry of Energy and Mines")],
    mentions=[("m1", "new Mining Minister", "mucho"),
              ("m2", "New Energy and Mines Minister Romulo Mucho", "mucho"),
              ("m3", ("He", "He said the Ministry"), "mucho"),
              ("m4", "the Ministry of Energy and Mines (Minem)", "minem"),
              ("m5", ("Mucho", "Mucho underlined"), "mucho"),
              ("m6", ("he", "he added"), "mucho"),
              ("m7", "The Minem’s head", "mucho"),
              ("m8", ("He", "He indicated"), "mucho"),
              ("m9", "the Cabinet member", "mucho"),
              ("m10", ("he", "he said, his"), "mucho"),
              ("m11", ("Mucho", "Mucho detailed"), "mucho")],
    attributions=[("a1", "INDIRECT", "m1", None, "Mining investments in Peru to exceed US$5 billion in 2024", None),
                  ("a2", "INDIRECT", "m2", "forecast", "mining investments will exceed US$5 billion in Peru this year", None),
                  ("a3", "INDIRECT", "m3", ("said", "He said the Ministry"),
                   seg(T, "the Ministry of Energy and Mines (Minem) had projected", "first quarter of 2024"), None),
                  ("a4", "INDIRECT", "m4", "projected",
                   "mining investment worth some US$3 billion in Peru for the first quarter of 2024", "a3"),
                  # the opening quotation mark is missing in print: typed INDIRECT (gold.py takes DIRECT only between marks)
                  ("a5", "INDIRECT", "m5", "underlined", seg(T, "I agree; during my administration", "among the people"), None),
                  ("a6", "INDIRECT", "m6", "added", seg(T, "We need to banish that word", "everything in a bad light"), None),
                  ("a7", "INDIRECT", "m7", "stated", "Peru is a mining country", None),
                  ("a8", "MIXED", "m8", ("indicated", "He indicated"),
                   seg(T, "there are 48 projects that should be launched", "needle in motion.”"), None),
                  ("a9", "INDIRECT", "m9", ("indicated", "member indicated"),
                   seg(T, "the confidence of investors who had left", "must be regained"), None),
                  ("a10", "INDIRECT", "m10", ("said", "he said, his"),
                   "his portfolio will engage in dialogue to convey the confidence granted by the Government to them", None),
                  ("a11", "DIRECT", "m11", "detailed", seg(T, "We are working on a domestic promotion", "other small investments,"), None)])

write("test7_b.jsonl")
