#!/usr/bin/env python3
"""Writes train_aq.jsonl: real-news gold, split train-aq (see gold.py). Run: python3 make_train_aq.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page holds the article's start only (about 2,000 characters); the text stops before
# the paragraph that the stored copy cuts off ("As for the Ministry of Interior paying ..."), so
# cut=True. An Arabic ad label ("اضافة اعلان") is removed. The dateline "AMMAN (Petra) -" is not
# an attribution. The page gives no date.
# "Arab and Islamic countries appreciate Jordan's role" inside Momani's claim (a6) is an attitude
# with a noun-phrase object, no reported content (FORMAT.md, Excluded: evaluations and states), so
# it is not nested. "Referring to the local media" and "During a meeting with ..." are adjuncts of
# the reporting events, left out.
doc("alghad-momani-ambassador-israel-still-in-amman",
    url="https://alghad.com/govt-says-ambassador-to-israel-is-still-in-amman/?random-post=1",
    outlet="Al Ghad", country="Jordan", topic="politics", cut=True,
    text=(T := "Gov't says ambassador to Israel is still in Amman\n"
          "AMMAN (Petra) - Minister of State for Media Affairs and Communications Mohammad Al Momani on Saturday said that the Jordan ambassador to Israel is still in Amman for consultation.\n"
          "During a meeting with the political parties' secretary generals and representatives at the Ministry of Political and Parliamentary Affairs, where minister Khalid Kalaldeh was also present, Momani said that the official Jordanian media did its best for the Palestinian cause, especially in times when Israel is stepping up its aggression against our people in Palestine, Gaza, Jerusalem and other Palestinian territories.\n"
          "The government spokesman added that the Jordanian official media is dedicated to extensively showing to the world Israeli violations in Jerusalem, Gaza and Palestine, taking up to 70 percent of space in most cases in the news bulletins and programs, in coverage by the Jordan News Agency (Petra) and that on the Jordanian television.\n"
          "He explained that no country in the world devotes so much attention to the Palestinian issue as Jordan has done, noting that Arab and Islamic countries appreciate Jordan's role when it comes to the Palestine cause.\n"
          "Momani noted that the Wadi Araba Peace Treaty between Jordan and Israel frames the bilateral relations, and any decision taken by Jordan is in keeping with the treaty, stressing that the government has a clear line when it comes to dealing with deliberate Israeli escalations.\n"
          "Referring to the local media, Momani said that Jordan is witnessing a media revolution, and currently there are about 700 radio, television station and news websites, including professional, accurate and honest ones, and others that do exactly the opposite of that, and called for acquiring information from the right place."),
    entities=[("govt", "Gov't", "ORGANIZATION", ["the government", "Government"], "Government of Jordan"),
              ("momani", "Mohammad Al Momani", "PERSON",
               ["Momani", "Al Momani", "Minister of State for Media Affairs and Communications Mohammad Al Momani",
                "The government spokesman"],
               "Jordan's Minister of State for Media Affairs and Communications, government spokesman")],
    mentions=[("m1", "Gov't", "govt"),
              ("m2", "Minister of State for Media Affairs and Communications Mohammad Al Momani", "momani"),
              ("m3", ("Momani", "Momani said that the official"), "momani"),
              ("m4", "The government spokesman", "momani"),
              ("m5", ("He", "He explained"), "momani"),
              ("m6", ("Momani", "Momani noted"), "momani"),
              ("m7", ("the government", "the government has a clear line"), "govt"),
              ("m8", ("Momani", "Momani said that Jordan"), "momani")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "Gov't says"), ("ambassador to Israel is still in Amman", "Gov't says"), None),
                  # "on Saturday" is an adjunct of the reporting event, left out.
                  ("a2", "INDIRECT", "m2", ("said", "on Saturday said"),
                   "the Jordan ambassador to Israel is still in Amman for consultation", None),
                  ("a3", "INDIRECT", "m3", ("said", "Momani said that the official"),
                   seg(T, "the official Jordanian media did its best", "other Palestinian territories"), None),
                  ("a4", "INDIRECT", "m4", ("added", "spokesman added"),
                   seg(T, "the Jordanian official media is dedicated", "on the Jordanian television"), None),
                  ("a5", "INDIRECT", "m5", "explained",
                   "no country in the world devotes so much attention to the Palestinian issue as Jordan has done", None),
                  # "X said A, noting that B" is two claims of X (FORMAT.md, seed a18/a19).
                  ("a6", "INDIRECT", "m5", "noting",
                   "Arab and Islamic countries appreciate Jordan's role when it comes to the Palestine cause", None),
                  ("a7", "INDIRECT", "m6", "noted",
                   seg(T, "the Wadi Araba Peace Treaty", "in keeping with the treaty"), None),
                  ("a8", "INDIRECT", "m6", "stressing",
                   "the government has a clear line when it comes to dealing with deliberate Israeli escalations", None),
                  ("a9", "INDIRECT", "m8", ("said", "Momani said that Jordan"),
                   seg(T, "Jordan is witnessing a media revolution", "exactly the opposite of that"), None),
                  ("a10", "INDIRECT", "m8", "called for", "acquiring information from the right place", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead. It holds the article's start
# only; the text stops before the quotation that the stored copy cuts off ("The residents of
# Gatanga do not have a case because water management is clearly d"), so cut=True. The page gives
# no day (the address has 2018/09 only), so no date is recorded.
# "asked X to Y" keeps the addressee, as "called on X to Y" does (FORMAT.md, Contiguity; seed
# a23/a24) and as most of the corpus does for "asked/urged X to Y" (a3-a5). "In a letter dated
# September 7" is a medium, and "through their spokesman Patrick Muigai" an adjunct: the source of
# a4 is "the residents", and the spokesman (a separate entity, the group's representative) a
# non-source mention. "he was quoted by Nation": Nation is a medium (FORMAT.md, Media), the cue is
# "quoted" without its auxiliary. "played down the allegations" takes its object as content, as
# "defended the design" does (FORMAT.md, Adjuncts); "saying ..." is a second claim of Muguna.
# "the allegations" has no content of its own and is not a noun cue here.
doc("nairobiwire-muranga-residents-want-sonko-arrested",
    url="https://nairobiwire.com/2018/09/why-muranga-residents-want-governor-mike-sonko-arrested.html",
    outlet="Nairobi Wire", country="Kenya", topic="local", cut=True,
    text=(T := "A group of locals from Gatanga Constituency, Murang’a County are calling for the arrest and prosecution of Mike Sonko. They allege that the Nairobi governor has been selling water from Murang’a without their express consent.\n"
          "In addition to Sonko, the residents have asked the Directorate of Criminal Investigations (DCI) and the Director of Public Prosecutions (DPP) to arrest top managers of Nairobi Water and Sewerage Company (Nawasco).\n"
          "In a letter dated September 7, the residents, through their spokesman Patrick Muigai, asked detectives to “move with speed and investigate the circumstances under which Nairobi County is selling water from Murang’a to Nairobi and Kajiado residents without the express consent from Murang’a residents”.\n"
          "Muigai also asked police to investigate Nairobi’s management of Ndakaini dam despite its location being in Murang’a.\n"
          "According to Muigai, they decided to seek the agencies’ intervention since the Nawasco has been getting water from Ndakaini for free but has been selling it to Nairobi dwellers.\n"
          "“Nairobi County has been handling stolen property and selling it to residents, which is an offence. That’s why we want the investigating agencies to arrest the county boss and the top management of Nawasco,” he was quoted by Nation.\n"
          "He argues that after the promulgation of the 2010 constitution, Nairobi should have entered into an agreement with Murang’a that would see it benefit by way of revenue.\n"
          "The complainant warned that should the DCI fail to instigate charges against Nairobi and Nawasco, they will take court action.\n"
          "Nawasco MD Nahashon Muguna has, however, played down the allegations saying no community owns water resources in Kenya as these are under the national government as specified in the Constitution.\n"
          "He said they pay for all the water collected from various resources, including Ndakaini Dam, before it is supplied to residents."),
    entities=[("locals", "A group of locals from Gatanga Constituency, Murang’a County", "GROUP",
               ["locals from Gatanga Constituency", "the residents", "Gatanga residents"],
               "residents of Gatanga Constituency, Murang'a County"),
              ("muigai", "Patrick Muigai", "PERSON",
               ["Muigai", "their spokesman Patrick Muigai", "The complainant"], "spokesman of the Gatanga residents"),
              ("muguna", "Nahashon Muguna", "PERSON", ["Muguna", "Nawasco MD Nahashon Muguna"],
               "Managing Director, Nairobi Water and Sewerage Company (Nawasco)")],
    mentions=[("m1", "A group of locals from Gatanga Constituency, Murang’a County", "locals"),
              ("m2", ("They", "They allege"), "locals"),
              ("m3", ("the residents", "the residents have asked"), "locals"),
              ("m4", ("the residents", "the residents, through"), "locals"),
              ("m5", "their spokesman Patrick Muigai", "muigai"),
              ("m6", ("Muigai", "Muigai also asked"), "muigai"),
              ("m7", ("Muigai", "According to Muigai"), "muigai"),
              ("m8", ("he", "he was quoted"), "muigai"),
              ("m9", ("He", "He argues"), "muigai"),
              ("m10", "The complainant", "muigai"),
              ("m11", "Nawasco MD Nahashon Muguna", "muguna"),
              ("m12", ("He", "He said they pay"), "muguna")],
    attributions=[("a1", "INDIRECT", "m1", "calling for", "the arrest and prosecution of Mike Sonko", None),
                  ("a2", "INDIRECT", "m2", "allege",
                   "the Nairobi governor has been selling water from Murang’a without their express consent", None),
                  ("a3", "INDIRECT", "m3", ("asked", "have asked"),
                   seg(T, "the Directorate of Criminal Investigations", "Sewerage Company (Nawasco)"), None),
                  ("a4", "MIXED", "m4", ("asked", "asked detectives"),
                   seg(T, "detectives to “move with speed", "from Murang’a residents”"), None),
                  ("a5", "INDIRECT", "m6", ("asked", "also asked police"),
                   "police to investigate Nairobi’s management of Ndakaini dam despite its location being in Murang’a", None),
                  ("a6", "INDIRECT", "m7", "According to",
                   seg(T, "they decided to seek the agencies’ intervention", "to Nairobi dwellers"), None),
                  ("a7", "DIRECT", "m8", "quoted",
                   seg(T, "Nairobi County has been handling stolen property", "the top management of Nawasco,"), None),
                  ("a8", "INDIRECT", "m9", "argues",
                   seg(T, "after the promulgation of the 2010 constitution", "by way of revenue"), None),
                  ("a9", "INDIRECT", "m10", "warned",
                   "should the DCI fail to instigate charges against Nairobi and Nawasco, they will take court action", None),
                  ("a10", "INDIRECT", "m11", "played down", "the allegations", None),
                  ("a11", "INDIRECT", "m11", "saying",
                   seg(T, "no community owns water resources", "as specified in the Constitution"), None),
                  ("a12", "INDIRECT", "m12", ("said", "He said they pay"),
                   "they pay for all the water collected from various resources, including Ndakaini Dam, before it is supplied to residents", None)])

# ---------------------------------------------------------------------------------------
# The section label ("News") and the byline ("SILAS NKALA STAFF REPORTER") are removed. The page
# prints the lead twice, as a standfirst above the byline and as the first paragraph; both are kept
# and both carry the claim (FORMAT.md, Text parts). The stored copy stops inside the anonymous
# prosecutor's next quotation ("In a proper procedure, the State ..."); the text ends before it,
# cut=True. `published` is the date in the page's address (2015/02/18).
# "accusing her of X" follows the corpus ("accused X of Y": the accused and the charge are the
# content). "is charged with raping", "appeared before Nyathi charged with the rape" are legal acts
# with no claimant, not annotated (train_al, train_ap). "sparked shock and condemnation" has no
# content; the claim is in the relative clause, whose source is its antecedent, the coordinated
# "the legal fraternity and other prosecutors" (one GROUP). "reporting back to the court that ...":
# the addressee is left out. "The court record, viewed by the Southern Eye": the record is a
# document naming no author in its NP, so it is its own entity; the Southern Eye only viewed it.
# The record's second quotation, with no reporting clause, continues it (null cue).
doc("southerneye-magistrate-warrant-arrest-prosecutor",
    url="http://www.southerneye.co.zw/2015/02/18/magistrate-issues-warrant-arrest-prosecutor/",
    outlet="Southern Eye", country="Zimbabwe", topic="courts-crime", cut=True, published="2015-02-18",
    text=(T := "Magistrate issues warrant of arrest for prosecutor\n"
          "BULAWAYO regional court senior magistrate Sikhumbuzo Nyathi last Thursday issued a warrant of arrest against a prosecutor accusing her of defaulting to attend court to prosecute a case where a 56-year-old Inyathi man is charged with raping of a 15-year-old girl.\n"
          "BULAWAYO regional court senior magistrate Sikhumbuzo Nyathi last Thursday issued a warrant of arrest against a prosecutor accusing her of defaulting to attend court to prosecute a case where a 56-year-old Inyathi man is charged with raping of a 15-year-old girl.\n"
          "The case sparked shock and condemnation from the legal fraternity and other prosecutors who said only the State could initiate the warrant of arrest and the magistrate just grants it, but in this case it appears the magistrate applied and granted it.\n"
          "The Inyathi villager, Bigboy Aleck Sibanda, appeared before Nyathi charged with the rape of a 15-year-old girl from the same village and the prosecutor dealing with the case, Paida Zengeni, was not in court, as she was on leave.\n"
          "When the case was supposed to start, Zengeni was in no-show, prompting the police court orderly to call her name three times before reporting back to the court that the prosecutor was in default.\n"
          "The court record, viewed by the Southern Eye yesterday states that Zengeni was in default and a warrant of arrest was issued against her.\n"
          "“The trial prosecutor was not in attendance and prosecutor in attendance, Masimba Saruaka, has no instructions regarding the absence of his sister prosecutor,” reads the record.\n"
          "“He is, however, aware that she is on leave.”\n"
          "The matter was remanded to March 26. A prosecutor, who spoke on condition of anonymity, said the issue was “stranger than fiction” as they have never heard of such."),
    entities=[("nyathi", "Sikhumbuzo Nyathi", "PERSON",
               ["Nyathi", "BULAWAYO regional court senior magistrate Sikhumbuzo Nyathi"],
               "Bulawayo regional court senior magistrate"),
              ("fraternity", "the legal fraternity and other prosecutors", "GROUP", ["the legal fraternity"],
               "lawyers and prosecutors"),
              ("orderly", "the police court orderly", "PERSON", ["court orderly"], "police court orderly"),
              ("record", "The court record", "ORGANIZATION", ["the record"], "the record of the court"),
              ("anon", "A prosecutor", "PERSON", [], "a prosecutor who spoke on condition of anonymity")],
    mentions=[("m1", ("BULAWAYO regional court senior magistrate Sikhumbuzo Nyathi", "prosecutor\nBULAWAYO"), "nyathi"),
              ("m2", ("BULAWAYO regional court senior magistrate Sikhumbuzo Nyathi", "girl.\nBULAWAYO"), "nyathi"),
              ("m3", "the legal fraternity and other prosecutors", "fraternity"),
              ("m4", ("Nyathi", "before Nyathi"), "nyathi"),
              ("m5", "the police court orderly", "orderly"),
              ("m6", "The court record", "record"),
              ("m7", ("the record", "reads the record"), "record"),
              ("m8", "A prosecutor", "anon")],
    attributions=[("a1", "INDIRECT", "m1", ("accusing", "prosecutor\nBULAWAYO"),
                   ("her of defaulting to attend court to prosecute a case where a 56-year-old Inyathi man is charged with raping of a 15-year-old girl",
                    "prosecutor\nBULAWAYO"), None),
                  ("a2", "INDIRECT", "m2", ("accusing", "girl.\nBULAWAYO"),
                   ("her of defaulting to attend court to prosecute a case where a 56-year-old Inyathi man is charged with raping of a 15-year-old girl",
                    "girl.\nBULAWAYO"), None),
                  ("a3", "INDIRECT", "m3", ("said", "prosecutors who said"),
                   seg(T, "only the State could initiate", "applied and granted it"), None),
                  ("a4", "INDIRECT", "m5", "reporting back", "the prosecutor was in default", None),
                  ("a5", "INDIRECT", "m6", "states",
                   "Zengeni was in default and a warrant of arrest was issued against her", None),
                  ("a6", "DIRECT", "m7", "reads",
                   seg(T, "The trial prosecutor was not in attendance", "his sister prosecutor,"), None),
                  ("a7", "DIRECT", "m7", None, "He is, however, aware that she is on leave.", None),
                  ("a8", "MIXED", "m8", ("said", "anonymity, said"),
                   "the issue was “stranger than fiction” as they have never heard of such", None)])

# ---------------------------------------------------------------------------------------
# The byline and source lines ("by Sally Farhat", "Source: Annahar", "Last update: ...") and a photo
# caption ("Workers clean a shore ...") are removed; trailing spaces at three paragraph ends are
# dropped. The page prints the paragraph "According to the report, Ramlet al-Bayda, ..." three
# times (as the standfirst and twice in the story); each is kept and annotated. The stored copy
# stops inside the paragraph "Jreissati added that he will work with municipalities ...", so the
# text ends before it; cut=True.
# "according to the latest National Council for Scientific Research (NCSR) report": the author is
# named in the document's NP, so it is a mention of the council (FORMAT.md, Documents); the later
# "the report" names no author and is its own entity, as "the report" is in the corpus's Sofia
# Globe text. The quotation "Compared to previous years, ..." has no reporting clause and
# continues Hamze, the previous speaker (null cue). Jreissati's quotation opens with a straight
# mark and closes with a curly one (mismatched pair, kept as printed); "reported" is its cue, and
# the next quotation continues him.
doc("annahar-pollutants-contaminating-lebanon-beaches",
    url="https://en.annahar.com/article/986594-alarming-levels-of-pollutants-contaminating-lebanons-beaches",
    outlet="Annahar", country="Lebanon", topic="environment", cut=True, published="2019-06-19",
    text=(T := "Alarming levels of pollutants contaminating Lebanon's beaches\n"
          "According to the report, Ramlet al-Bayda, Manara, Dabayeh Marina, Antelias, Tripoli, and Qal'at Akkar are all polluted with heavy metals, solid wastes and other chemicals.\n"
          "BEIRUT: A number of Lebanese beaches are contaminated with heavy metals and toxic wastes, according to the latest National Council for Scientific Research (NCSR) report.\n"
          "\"There are four major contaminated critical sites across the Lebanese coast,\" said Mouin Hamze, secretary-general of the National Council for Scientific Research, adding that eight sites in north Lebanon are polluted with solid waste.\n"
          "According to the report, Ramlet al-Bayda, Manara, Dabayeh Marina, Antelias, Tripoli, and Qal'at Akkar are all polluted with heavy metals, solid wastes and other chemicals.\n"
          "Other beaches are suitable for swimming and leisure activities across the country, however, located in North, South and Mount Lebanon, he said.\n"
          "\"Compared to previous years, the situation has not significantly improved because of the lack of environmental initiatives.\"\n"
          "He added that eight other sites in north Lebanon are polluted with solid waste.\n"
          "According to the report, Ramlet al-Bayda, Manara, Dabayeh Marina, Antelias, Tripoli, and Qal'at Akkar are all polluted with heavy metals, solid wastes and other chemicals.\n"
          "\"The results are unsatisfactory,” Minster of Environment Fadi Jreissati reported. “Our duty is to protect the citizens and warn them against the eight mentioned risky sites.”"),
    entities=[("report", "the report", "ORGANIZATION", [], "the latest NCSR report on coastal pollution"),
              ("ncsr", "National Council for Scientific Research (NCSR)", "ORGANIZATION",
               ["National Council for Scientific Research", "NCSR"], "Lebanon's National Council for Scientific Research"),
              ("hamze", "Mouin Hamze", "PERSON",
               ["Hamze", "Mouin Hamze, secretary-general of the National Council for Scientific Research"],
               "Secretary-General of the National Council for Scientific Research"),
              ("jreissati", "Fadi Jreissati", "PERSON", ["Jreissati", "Minster of Environment Fadi Jreissati"],
               "Lebanon's Minister of Environment")],
    mentions=[("m1", ("the report", "beaches\nAccording to the report"), "report"),
              ("m2", "the latest National Council for Scientific Research (NCSR) report", "ncsr"),
              ("m3", "Mouin Hamze, secretary-general of the National Council for Scientific Research", "hamze"),
              ("m4", ("the report", "adding that eight sites"), "report"),
              ("m5", ("he", "he said."), "hamze"),
              ("m6", ("He", "He added"), "hamze"),
              ("m7", ("the report", "He added that eight other"), "report"),
              ("m8", "Minster of Environment Fadi Jreissati", "jreissati")],
    attributions=[("a1", "INDIRECT", "m1", ("According to", "beaches\nAccording to the report"),
                   ("Ramlet al-Bayda, Manara, Dabayeh Marina, Antelias, Tripoli, and Qal'at Akkar are all polluted with heavy metals, solid wastes and other chemicals",
                    "beaches\nAccording to the report"), None),
                  ("a2", "INDIRECT", "m2", "according to",
                   "A number of Lebanese beaches are contaminated with heavy metals and toxic wastes", None),
                  ("a3", "DIRECT", "m3", ("said", "said Mouin Hamze"),
                   "There are four major contaminated critical sites across the Lebanese coast,", None),
                  ("a4", "INDIRECT", "m3", "adding", ("eight sites in north Lebanon are polluted with solid waste", "adding that eight sites"), None),
                  ("a5", "INDIRECT", "m4", ("According to", "adding that eight sites"),
                   ("Ramlet al-Bayda, Manara, Dabayeh Marina, Antelias, Tripoli, and Qal'at Akkar are all polluted with heavy metals, solid wastes and other chemicals",
                    "adding that eight sites"), None),
                  ("a6", "INDIRECT", "m5", ("said", "he said."),
                   "Other beaches are suitable for swimming and leisure activities across the country, however, located in North, South and Mount Lebanon", None),
                  ("a7", "DIRECT", "m5", None,
                   "Compared to previous years, the situation has not significantly improved because of the lack of environmental initiatives.", None),
                  ("a8", "INDIRECT", "m6", ("added", "He added"), "eight other sites in north Lebanon are polluted with solid waste", None),
                  ("a9", "INDIRECT", "m7", ("According to", "He added that eight other"),
                   ("Ramlet al-Bayda, Manara, Dabayeh Marina, Antelias, Tripoli, and Qal'at Akkar are all polluted with heavy metals, solid wastes and other chemicals",
                    "He added that eight other"), None),
                  ("a10", "DIRECT", "m8", "reported", "The results are unsatisfactory,", None),
                  ("a11", "DIRECT", "m8", None,
                   "Our duty is to protect the citizens and warn them against the eight mentioned risky sites.", None)])

# ---------------------------------------------------------------------------------------
# The stored copy stops inside the paragraph that gives ALTON chairman Gbenga Adebayo's reply
# ("This is the funniest allegation anybody can make. We are "), so the text ends before it;
# cut=True. The page gives no date.
# Headline: "Refute Claims of X" takes its noun phrase as content, as "denied accusations that ..."
# does in the lead; the noun cues inside them ("Claims of", "accusations that") name no claimant,
# so they are nested with a null source (FORMAT.md, Null source: `claims that …` with no claimant).
# "allegations made by ... Adegboruwa" and "The denial" have no content and are not annotated.
# "complaints from citizens about network issues": the claimant is named in the NP (source
# "citizens"), "about" only links the cue; it is nested in Adegboruwa's "noted". "Some allege
# ..." inside his quotation: "Some" are some of the telecom companies (a subset, its own entity);
# "others didn't give any reason at all" has no content. "urging the NCC to intervene" keeps the
# addressee, as "called on X to Y" does.
doc("empowerednewswire-telcos-refute-sabotaging-endbadgovernance-protest",
    url="https://empowerednewswire.org/telecos-companies-refute-claims-of-sabotaging-endbadgovernance-protest",
    outlet="Empowered Newswire", country="Nigeria", topic="technology", cut=True,
    text=(T := "Telecos Companies Refute Claims of Sabotaging #Endbadgovernance Protest\n"
          "Telecommunications companies in Nigeria have firmly denied accusations that they intend to disrupt the upcoming #Endbadgovernance protest scheduled to take place from August 1-10, 2024. These companies emphasized their commitment to providing uninterrupted service, as stipulated by their social and economic contracts with the public.\n"
          "The denial came in response to allegations made by a prominent lawyer and Senior Advocate of Nigeria, Mr. Ebun-Olu Adegboruwa. He claimed that some telcos were deliberately causing network restrictions as the protest date approached.\n"
          "In a statement, Adegboruwa noted a surge in complaints from citizens about network issues, suggesting a coordinated effort to undermine the protest.\n"
          "“For the past few days, some telecom companies have been disconnecting their subscribers for flimsy and untenable reasons,” Adegboruwa stated. “Some allege lack of NIN registration or linking, while others didn’t give any reason at all. This action is coming on the heels of the proposed struggle of the people against hunger, poverty, suffering, and the suffocating economic policies of the Tinubu administration. From all indications, it would seem that the underlying target of the telecom companies is to limit the reach of their customers in order to restrict access and thus frustrate the protests.”\n"
          "He further insisted that the contracts between telcos and their subscribers should remain untouchable and that any breaches should be addressed with ample notice and opportunity for resolution. He stressed the critical nature of mobile services for businesses and medical emergencies, urging the Nigerian Communications Commission (NCC) to intervene on behalf of subscribers."),
    entities=[("telcos", "Telecommunications companies in Nigeria", "GROUP",
               ["Telecos Companies", "These companies", "Nigerian telecom companies"], "Nigeria's telecom operators"),
              ("adegboruwa", "Ebun-Olu Adegboruwa", "PERSON",
               ["Adegboruwa", "Mr. Ebun-Olu Adegboruwa",
                "a prominent lawyer and Senior Advocate of Nigeria, Mr. Ebun-Olu Adegboruwa"],
               "lawyer, Senior Advocate of Nigeria"),
              ("citizens", "citizens", "GROUP", [], "subscribers who complained of network issues"),
              ("some", "some telecom companies", "GROUP", ["Some", "some telcos"],
               "the telecom companies said to be disconnecting subscribers")],
    mentions=[("m1", "Telecos Companies", "telcos"),
              ("m2", "Telecommunications companies in Nigeria", "telcos"),
              ("m3", "These companies", "telcos"),
              ("m4", "a prominent lawyer and Senior Advocate of Nigeria, Mr. Ebun-Olu Adegboruwa", "adegboruwa"),
              ("m5", ("He", "He claimed"), "adegboruwa"),
              ("m6", "some telcos", "some"),
              ("m7", ("Adegboruwa", "Adegboruwa noted"), "adegboruwa"),
              ("m8", ("citizens", "complaints from citizens"), "citizens"),
              ("m9", "some telecom companies", "some"),
              ("m10", ("Adegboruwa", "Adegboruwa stated"), "adegboruwa"),
              ("m11", ("Some", "Some allege"), "some"),
              ("m12", ("He", "He further insisted"), "adegboruwa"),
              ("m13", ("He", "He stressed"), "adegboruwa")],
    attributions=[("a1", "INDIRECT", "m1", "Refute", "Claims of Sabotaging #Endbadgovernance Protest", None),
                  ("a2", "INDIRECT", None, "Claims", "Sabotaging #Endbadgovernance Protest", "a1"),
                  ("a3", "INDIRECT", "m2", "denied",
                   seg(T, "accusations that they intend", "August 1-10, 2024"), None),
                  ("a4", "INDIRECT", None, "accusations",
                   "they intend to disrupt the upcoming #Endbadgovernance protest scheduled to take place from August 1-10, 2024", "a3"),
                  ("a5", "INDIRECT", "m3", "emphasized",
                   "their commitment to providing uninterrupted service, as stipulated by their social and economic contracts with the public", None),
                  ("a6", "INDIRECT", "m5", "claimed",
                   "some telcos were deliberately causing network restrictions as the protest date approached", None),
                  ("a7", "INDIRECT", "m7", "noted", "a surge in complaints from citizens about network issues", None),
                  ("a8", "INDIRECT", "m8", "complaints", "network issues", "a7"),
                  ("a9", "INDIRECT", "m7", "suggesting", "a coordinated effort to undermine the protest", None),
                  ("a10", "DIRECT", "m10", ("stated", "Adegboruwa stated"),
                   seg(T, "For the past few days", "flimsy and untenable reasons,"), None),
                  ("a11", "DIRECT", "m10", None,
                   seg(T, "Some allege lack of NIN", "thus frustrate the protests."), None),
                  ("a12", "INDIRECT", "m11", "allege", "lack of NIN registration or linking", "a11"),
                  ("a13", "INDIRECT", "m12", "insisted",
                   seg(T, "the contracts between telcos", "opportunity for resolution"), None),
                  ("a14", "INDIRECT", "m13", "stressed",
                   "the critical nature of mobile services for businesses and medical emergencies", None),
                  ("a15", "INDIRECT", "m13", "urging",
                   "the Nigerian Communications Commission (NCC) to intervene on behalf of subscribers", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its standfirst ("The statement renewed
# reassurances ..."), annotated like any paragraph. The stored copy stops inside the paragraph
# "The health ministry warned that ... The ministry also cautioned citizens against disregarding
# preventive measures to", so the text ends before it; cut=True. The address gives the month only
# (2020/09), so no date is recorded.
# "The statement" names no author in its NP and is its own entity, as in the corpus's Sofia Globe
# text; "The ministry’s press release" names its author, so it is a mention of the ministry
# (FORMAT.md, Documents). "renewed reassurances" is the cue, like "renewed its pledge".
# "reassured citizens, ... of X" and "reassured citizens that X" leave the addressees out.
# "refute false reports that claim X": "false reports" is the antecedent of the relative "that
# claim" (its own entity, a GROUP as "earlier surveys"), nested in the refutation. "echoed
# reassurance statements from health professionals, who reaffirmed that ...": the echoed noun phrase
# with its relative clause is the ministry's content, and the relative clause's speech act is nested
# in it (FORMAT.md, Included: a speech act in a relative clause inside a claim). "rumors about X" /
# "The rumors of X" are noun cues with no claimant (null source), as "reports of …" are.
# "speculation on the topic" names a topic, not a content, and is not annotated.
doc("moroccoworldnews-ministry-reassures-covid-medicine-supply",
    url="https://www.moroccoworldnews.com/2020/09/319103/morocco-reassures-citizens-of-sufficient-covid-19-medicine-supply/",
    outlet="Morocco World News", country="Morocco", topic="health-science", cut=True,
    text=(T := "The statement renewed reassurances that Morocco faces no COVID-19 medicine shortage.\n"
          "Rabat – Morocco’s Ministry of Health reassured citizens, health care professionals, and patients of sufficient stocks of medicines used in COVID-19 treatment.\n"
          "In a statement, the ministry said that the available stock is enough to cover the country’s needs over the coming months.\n"
          "The ministry’s press release comes to refute false reports that claim the North African country is out of stock of a treatment for COVID-19.\n"
          "The ministry said there will be no change in the market supply of the medicines.\n"
          "“The national market will be supplied with the regular quantities needed, provided everyone adheres to rational use of the medicines.”\n"
          "The statement also called on all concerned actors to commit to respecting measures to guarantee the availability of treatment to all patients.\n"
          "The ministry reassured citizens that it continues its work to guarantee the supply of the national market with necessary resources, a priority particularly since the domestic outbreak of the virus in March.\n"
          "The ministry echoed reassurance statements from health professionals, who reaffirmed that Morocco does not suffer from a shortage of medicines used for the treatment of COVID-19.\n"
          "Myriam Lahlou-Filali, the vice-president of the Pharma 5 laboratories, a world-renowned Moroccan laboratory network, said earlier this month that rumors about a shortage of COVID-19 medicines in Morocco are “false information.”\n"
          "She said that speculation on the topic has “shameful goals.”\n"
          "The rumors of medicine shortages come amid a continuous remarkable increase in the number of COVID-19 cases in Morocco.\n"
          "Morocco has recorded 92,016 COVID-19 cases to date including 1,686 deaths and 72,968 recoveries.\n"
          "Over 17,362 active cases are now receiving treatment."),
    entities=[("statement", "The statement", "ORGANIZATION", [], "the Ministry of Health's statement"),
              ("ministry", "Morocco’s Ministry of Health", "ORGANIZATION",
               ["Ministry of Health", "the ministry", "The ministry’s press release", "Moroccan health ministry"],
               "Morocco's Ministry of Health"),
              ("reports", "false reports", "GROUP", [], "reports of a COVID-19 medicine shortage"),
              ("professionals", "health professionals", "GROUP", [], "Moroccan health professionals"),
              ("lahlou", "Myriam Lahlou-Filali", "PERSON",
               ["Lahlou-Filali", "Myriam Lahlou-Filali, the vice-president of the Pharma 5 laboratories"],
               "vice-president of the Pharma 5 laboratories")],
    mentions=[("m1", ("The statement", "The statement renewed"), "statement"),
              ("m2", "Morocco’s Ministry of Health", "ministry"),
              ("m3", ("the ministry", "the ministry said that"), "ministry"),
              ("m4", "The ministry’s press release", "ministry"),
              ("m5", "false reports", "reports"),
              ("m6", ("The ministry", "The ministry said there"), "ministry"),
              ("m7", ("The statement", "The statement also"), "statement"),
              ("m8", ("The ministry", "The ministry reassured"), "ministry"),
              ("m9", ("The ministry", "The ministry echoed"), "ministry"),
              ("m10", ("health professionals", "health professionals, who"), "professionals"),
              ("m11", "Myriam Lahlou-Filali, the vice-president of the Pharma 5 laboratories", "lahlou"),
              ("m12", ("She", "She said"), "lahlou")],
    attributions=[("a1", "INDIRECT", "m1", "renewed reassurances", "Morocco faces no COVID-19 medicine shortage", None),
                  ("a2", "INDIRECT", "m2", ("reassured", "Health reassured"),
                   "sufficient stocks of medicines used in COVID-19 treatment", None),
                  ("a3", "INDIRECT", "m3", ("said", "the ministry said that"),
                   "the available stock is enough to cover the country’s needs over the coming months", None),
                  ("a4", "INDIRECT", "m4", "refute",
                   "false reports that claim the North African country is out of stock of a treatment for COVID-19", None),
                  ("a5", "INDIRECT", "m5", "claim",
                   "the North African country is out of stock of a treatment for COVID-19", "a4"),
                  ("a6", "INDIRECT", "m6", ("said", "The ministry said there"),
                   "there will be no change in the market supply of the medicines", None),
                  ("a7", "DIRECT", "m6", None,
                   "The national market will be supplied with the regular quantities needed, provided everyone adheres to rational use of the medicines.", None),
                  ("a8", "INDIRECT", "m7", "called on",
                   "all concerned actors to commit to respecting measures to guarantee the availability of treatment to all patients", None),
                  ("a9", "INDIRECT", "m8", ("reassured", "The ministry reassured"),
                   seg(T, "it continues its work to guarantee", "outbreak of the virus in March"), None),
                  ("a10", "INDIRECT", "m9", "echoed",
                   seg(T, "reassurance statements from health professionals", "for the treatment of COVID-19"), None),
                  ("a11", "INDIRECT", "m10", "reaffirmed",
                   "Morocco does not suffer from a shortage of medicines used for the treatment of COVID-19", "a10"),
                  ("a12", "MIXED", "m11", ("said", "network, said"),
                   "rumors about a shortage of COVID-19 medicines in Morocco are “false information.”", None),
                  ("a13", "INDIRECT", None, ("rumors", "that rumors about"), "a shortage of COVID-19 medicines in Morocco", "a12"),
                  ("a14", "MIXED", "m12", ("said", "She said"), "speculation on the topic has “shameful goals.”", None),
                  ("a15", "INDIRECT", None, ("rumors", "The rumors of"), "medicine shortages", None)])

# ---------------------------------------------------------------------------------------
# The stored copy ends after "she added." (about 1,750 characters, short of the length at which
# the stored copies stop), so the text is the whole stored article: cut=False. The double space in "the
# end of  Ethiopian athletics" is kept as printed. `published` is the date in the page's address.
# "she added" (last paragraph) is Kenenisa Bekele's: he is the story's only speaker, and the sense
# requires him although the pronoun is feminine (FORMAT.md, Coreference). The last paragraph runs
# two sentences together without a full stop ("... the leading role A determined stance ..."): the
# belief ends at "role" and "she added" covers the second sentence only (FORMAT.md, No cue, no
# claim). "has a strong belief that" is a belief with a named subject (Included); its cue is the
# noun "belief", without the verb and the intensifier. "To Kenenisa ..." takes the cue "To", as the
# corpus takes "For X, ..." (train_o, train_aj). "The legend stated." after the quotation is its
# reporting clause although printed as its own sentence. "The problem is not new but ..." has no
# cue and is not a claim. "The accusation and counter accusation" inside the quotation has no
# content and is not nested.
doc("capitalethiopia-kenenisa-calls-federation-revolution",
    url="http://capitalethiopia.com/2016/08/29/frustrated-kenenisa-calls-federation-revolution/",
    outlet="Capital Ethiopia", country="Ethiopia", topic="sport", cut=False, published="2016-08-29",
    text=(T := "Frustrated Kenenisa calls for federation revolution\n"
          "Olympic triple gold medalist Kenenisa Bekele told reporters the Rio 2016 Olympic result is frustrating for the public and may be the beginning of the end of  Ethiopian athletics if professionals don’t take over the leadership role at the federation. “Considering the preparation and chaotic situations surrounding athletics, the shocking result should have been much expected among the public,” remarked the world all time greatest cross country athlete who was denied a place in a Rio bound marathon squad.\n"
          "According to Kenenisa the result at Rio is a shocking one that took back Ethiopian athletics far behind and a clear stance that the sport is in real danger. The problem is not new but this time it is on the wall for anyone to read. “Pushing off senior and world renowned athletes from the federation, lack of experienced coaches, denying a place to athletes, having the same athletes for different disciplines and an absence of clear plan and goal are chronic problems of Ethiopian athletics,” Kenenisa suggested. “The accusation and counter accusation was there from the very start of preparation and unfortunately no one to came to the forefront to take responsibility,” Kenenisa added.\n"
          "To Kenenisa it is not only because of Ethiopians failure that Kenyans were out shined in Rio, but it is because they worked hard and got better prepared for the event. “Kenyans were geniuses in all tactical and technical matters. That is why their clear dominance.” The legend stated.\n"
          "Kenenisa has a strong belief that it is not too late to rebound if professionals are invited for the leading role A determined stance from the government is the key to make things turn around for the better, she added."),
    entities=[("kenenisa", "Kenenisa Bekele", "PERSON",
               ["Kenenisa", "Bekele", "Olympic triple gold medalist Kenenisa Bekele",
                "the world all time greatest cross country athlete", "The legend"],
               "Ethiopian Olympic champion distance runner")],
    mentions=[("m1", ("Kenenisa", "Frustrated Kenenisa"), "kenenisa"),
              ("m2", "Olympic triple gold medalist Kenenisa Bekele", "kenenisa"),
              ("m3", "the world all time greatest cross country athlete", "kenenisa"),
              ("m4", ("Kenenisa", "According to Kenenisa"), "kenenisa"),
              ("m5", ("Kenenisa", "Kenenisa suggested"), "kenenisa"),
              ("m6", ("Kenenisa", "Kenenisa added"), "kenenisa"),
              ("m7", ("Kenenisa", "To Kenenisa"), "kenenisa"),
              ("m8", "The legend", "kenenisa"),
              ("m9", ("Kenenisa", "Kenenisa has a strong"), "kenenisa"),
              ("m10", ("she", "she added"), "kenenisa")],
    attributions=[("a1", "INDIRECT", "m1", "calls for", "federation revolution", None),
                  ("a2", "INDIRECT", "m2", ("told", "told reporters"),
                   seg(T, "the Rio 2016 Olympic result", "leadership role at the federation"), None),
                  ("a3", "DIRECT", "m3", "remarked",
                   seg(T, "Considering the preparation", "much expected among the public,"), None),
                  ("a4", "INDIRECT", "m4", "According to",
                   seg(T, "the result at Rio is a shocking one", "the sport is in real danger"), None),
                  ("a5", "DIRECT", "m5", "suggested",
                   seg(T, "Pushing off senior", "chronic problems of Ethiopian athletics,"), None),
                  ("a6", "DIRECT", "m6", ("added", "Kenenisa added"),
                   seg(T, "The accusation and counter accusation", "to take responsibility,"), None),
                  ("a7", "INDIRECT", "m7", ("To", "To Kenenisa"),
                   seg(T, "it is not only because of Ethiopians failure", "better prepared for the event"), None),
                  ("a8", "DIRECT", "m8", "stated",
                   "Kenyans were geniuses in all tactical and technical matters. That is why their clear dominance.", None),
                  ("a9", "INDIRECT", "m9", "belief",
                   "it is not too late to rebound if professionals are invited for the leading role", None),
                  ("a10", "INDIRECT", "m10", ("added", "she added"),
                   "A determined stance from the government is the key to make things turn around for the better", None)])

write("train_aq.jsonl")
