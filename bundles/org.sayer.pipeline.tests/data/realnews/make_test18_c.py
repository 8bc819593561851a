#!/usr/bin/env python3
"""Writes test18_c.jsonl: real-news gold, split test18-c (see gold.py). Run: python3 make_test18_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Cut after the paragraph on the pop-up stalls. The byline, the image text ("Canberra cityscape from
# the air"), its caption ("... Photo: Thomas Lucraft.") and the "READ ALSO" line are left out.
# - "A reply from EPSDD sighted by Region says ...": a document whose author is named in its NP is a
#   mention of the author (FORMAT.md, Documents); "sighted by Region" is a participle modifier, left
#   out of the mention like a relative clause, and Region (the outlet) is a medium, not a source.
#   The following "“…,” it says." is the same reply, so "it" is a mention of EPSDD.
# - "“We’re expected to work with tiny maps ...”": "expected" is an obligation here, not a forecast,
#   so no agentless "expected" claim is nested.
# - The two-paragraph quotation ("“I’ve even managed ..." left open, "“Clearly, ...”") is one DIRECT
#   attribution continuing Ms Fatseas (FORMAT.md, Unit).
# - "Two pop-up information stalls ..." has no cue of its own: not annotated.
doc("riotact-canberra-district-strategies-community-kept-in-dark",
    url="https://the-riotact.com/community-being-kept-in-dark-on-district-strategies-says-council-chair/633085",
    outlet="The RiotACT", country="Australia", topic="local", cut=True, published="2023-02-09",
    text=(T := "Community being kept in dark on District Strategies, says council chair\n"
          "A lack of information and an unwillingness of planning directorate officials to front public meetings is hampering the community consultation for the draft Territory Plan and the proposed District Strategies.\n"
          "Inner South Canberra Community Council chair Marea Fatseas said that despite the consultation being extended after community pressure from 14 February until 3 March, the community was still being starved of essential information and not able to quiz officials.\n"
          "Ms Fatseas said EPSDD maps in the planning documents were too small for people to scrutinise but a request for high-resolution maps as far back as November had come to nought.\n"
          "A reply from EPSDD sighted by Region says that it is still in the process of preparing higher resolution maps for all nine district strategies.\n"
          "“I will arrange for copies of the particular maps requested to be made available to you once they are ready,” it says.\n"
          "But Ms Fatseas said the council had hoped to use them at its public forum on Tuesday night (7 February), and she had even resorted to overlaying one of the maps onto a street directory.\n"
          "“We’re expected to work with tiny maps to give inner south residents an idea of how they may be affected,” Ms Fatseas said.\n"
          "“I’ve even managed to get a bit of an idea of the implications by overlaying Figure 36 in the draft Inner South District Strategy over a map from a street directory in less than one day, yet EPSDD hasn’t been able to do it since my original request in late November.\n"
          "“Clearly, the government isn’t really interested in what residents have to say.”\n"
          "She said the Have Your Say information session in November at the Narrabundah Community Centre was cancelled because of a power cut but not rescheduled.\n"
          "Two pop-up information stalls where people are supposed to provide feedback in Manuka and Narrabundah on 13 and 14 February respectively had also been scheduled in business hours from 10 am to 2 pm when most people would be at work."),
    entities=[("fatseas", "Marea Fatseas", "PERSON",
               ["Fatseas", "Ms Fatseas", "council chair",
                "Inner South Canberra Community Council chair Marea Fatseas"],
               "chair of the Inner South Canberra Community Council"),
              ("epsdd", "EPSDD", "ORGANIZATION", ["A reply from EPSDD"],
               "ACT Environment, Planning and Sustainable Development Directorate")],
    mentions=[("m1", "council chair", "fatseas"),
              ("m2", "Inner South Canberra Community Council chair Marea Fatseas", "fatseas"),
              ("m3", ("Ms Fatseas", "Ms Fatseas said EPSDD"), "fatseas"),
              ("m4", "A reply from EPSDD", "epsdd"),
              ("m5", ("it", "it says."), "epsdd"),
              ("m6", ("Ms Fatseas", "But Ms Fatseas"), "fatseas"),
              ("m7", ("Ms Fatseas", "affected,” Ms Fatseas"), "fatseas"),
              ("m8", ("EPSDD", "yet EPSDD"), "epsdd"),
              ("m9", ("She", "She said the Have"), "fatseas")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "says council"), "Community being kept in dark on District Strategies", None),
                  ("a2", "INDIRECT", "m2", ("said", "Fatseas said that"),
                   seg(T, "despite the consultation being extended", "not able to quiz officials"), None),
                  ("a3", "INDIRECT", "m3", ("said", "Fatseas said EPSDD"),
                   seg(T, "EPSDD maps in the planning", "had come to nought"), None),
                  ("a4", "INDIRECT", "m4", ("says", "Region says"),
                   "it is still in the process of preparing higher resolution maps for all nine district strategies", None),
                  ("a5", "DIRECT", "m5", ("says", "it says."),
                   "I will arrange for copies of the particular maps requested to be made available to you once they are ready,", None),
                  ("a6", "INDIRECT", "m6", ("said", "But Ms Fatseas said"),
                   seg(T, "the council had hoped to use them", "onto a street directory"), None),
                  ("a7", "DIRECT", "m7", ("said", "affected,” Ms Fatseas said"),
                   "We’re expected to work with tiny maps to give inner south residents an idea of how they may be affected,", None),
                  ("a8", "DIRECT", "m7", None,
                   seg(T, "I’ve even managed to get", "what residents have to say."), None),
                  ("a9", "INDIRECT", "m9", ("said", "She said the Have"),
                   seg(T, "the Have Your Say information session", "but not rescheduled"), None)])

# ---------------------------------------------------------------------------------------
# The page date line ("Monday, October 9, 2023"), the photo caption and the closing byline are left
# out. Complete article. The two quotation paragraphs without a reporting clause of their own
# continue Raiwalui with a null cue. "On facing England in the quarterfinals next week," is an adjunct
# of the reporting event, left out. The match statistics carry no claims.
doc("fijilive-raiwalui-fiji-tired-portugal-loss",
    url="https://fijilive.com/we-were-a-bit-tired-says-raiwalui/",
    outlet="Fijilive", country="Fiji", topic="sport", cut=False, published="2023-10-09",
    text=(T := "We were a bit tired, says Raiwalui\n"
          "Flying Fijians head coach Simon Raiwalui says they were a bit tired in terms of context of the game in their 23-22 loss to Portugal at the Rugby World Cup in France today.\n"
          "In the after match interview, Raiwalui said: “Disappointed to not get that win, we were a bit tired but Portugal can enjoy tonight.”\n"
          "“Congratulations to Portugal they stuck in there. They stuck in and got the try at the end, full credit to them.”\n"
          "He said Fiji created a lot of opportunities but couldn’t get their outside backs going.\n"
          "On facing England in the quarterfinals next week, Raiwalui said they have got to reassess tomorrow and recover.\n"
          "“They are a very good tournament team England – but we will review it first.”\n"
          "Meanwhile Fiji dominated most of the major statistics in the match today.\n"
          "The Waisea Nayacalevu skippered side scored 2 tries to 3 had 142 carries Fiji compared to Portugal’s 110.\n"
          "In terms of metres made. Fiji dominated 994-813.\n"
          "The Fijians made 168 tackles compared to Portugal’s 83 and missed 21 tackles while the Portuguese missed 32.\n"
          "Fiji conceded penalties conceded 11 penalties and won 6 turnovers in the torrid encounter."),
    entities=[("raiwalui", "Simon Raiwalui", "PERSON",
               ["Raiwalui", "Flying Fijians head coach Simon Raiwalui"], "head coach of Fiji's national rugby team")],
    mentions=[("m1", ("Raiwalui", "says Raiwalui"), "raiwalui"),
              ("m2", "Flying Fijians head coach Simon Raiwalui", "raiwalui"),
              ("m3", ("Raiwalui", "Raiwalui said:"), "raiwalui"),
              ("m4", ("He", "He said Fiji"), "raiwalui"),
              ("m5", ("Raiwalui", "Raiwalui said they have"), "raiwalui")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "says Raiwalui"), "We were a bit tired", None),
                  ("a2", "INDIRECT", "m2", ("says", "Raiwalui says they"),
                   seg(T, "they were a bit tired in terms", "Rugby World Cup in France today"), None),
                  ("a3", "DIRECT", "m3", ("said", "Raiwalui said:"),
                   "Disappointed to not get that win, we were a bit tired but Portugal can enjoy tonight.", None),
                  ("a4", "DIRECT", "m3", None,
                   "Congratulations to Portugal they stuck in there. They stuck in and got the try at the end, full credit to them.", None),
                  ("a5", "INDIRECT", "m4", ("said", "He said Fiji"),
                   "Fiji created a lot of opportunities but couldn’t get their outside backs going", None),
                  ("a6", "INDIRECT", "m5", ("said", "Raiwalui said they have"),
                   "they have got to reassess tomorrow and recover", None),
                  ("a7", "DIRECT", "m5", None,
                   "They are a very good tournament team England – but we will review it first.", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (it opens with "admin's picture", left out); the text starts with
# the dateline lead, which is not an attribution. Cut before the last paragraph, which breaks off.
# The date is the one in the page's address.
# - "Tolukuma gold mine ... dismissed claims allegedly contained in a report ...": a rejection with a
#   noun-phrase content, like "denied any wrongdoing"; "claims" and "a report" have no content of
#   their own, so nothing is nested.
# - "They stated that ... to "prove" his claims ...": MIXED, as the content combines quoted and
#   unquoted words (FORMAT.md, Type); "as he claimed" has no content span of its own (its proposition
#   is only implied by the negated clause), so it is not annotated.
# - "had previously expressed surprise and concern about the media reports": read like "voiced relief
#   that" (FORMAT.md, Included), cue with its fixed object, "about" only links the content. "had
#   informed him of the results" is an action (FORMAT.md, Excluded: informed the regulator).
# - The mine (its management) and its owner Emperor Mines Limited are kept as two organisations.
# - The quotation left open at "... two Australian hospitals." and reopened is one attribution; inside
#   it, "He has claimed to be ..." (Kotapu, raised-subject content) and "both hospitals have refuted his
#   claims" are nested.
# - The last sentence ends in ", Mr. Sampson said", which covers the whole sentence; Kotapu's claim and
#   the Board chairman's confirmation are nested in it.
doc("pireport-png-tolukuma-mine-condemns-river-toxin-report",
    url="http://www.pireport.org/articles/2007/03/29/png-gold-mine-condemns-river-toxin-report",
    outlet="Pacific Islands Report", country="US", topic="environment", cut=True,
    published="2007-03-29",
    text=(T := "PORT MORESBY, Papua New Guinea (The National, March 28) – Tolukuma gold mine yesterday dismissed claims allegedly contained in a report regarding riverine tailings disposal prepared by Dr Sylvester Kotapu for the Papua New Guinea Central provincial government.\n"
          "The mine is investigating the allegations and the credentials of Mr. Kotapu.\n"
          "The mine management said excerpts of a presentation given by Mr. Kotapu that was provided to the media showed a number of falsehoods, factual errors and illogical deductions.\n"
          "They stated that blood test data provided by Mr. Kotapu to \"prove\" his claims was not taken from village communities as he claimed and nor did it show evidence of anything other than perfectly normal ranges of chemical traces within human blood.\n"
          "Emperor Mines Limited, the owner and operator of the Tolukuma mine, had previously expressed surprise and concern about the media reports, and confirmed yesterday that they had spoken with Governor Alphonse Moroi about this issue, and had informed him of the results of their own investigations.\n"
          "\"This appears to be a con on the Mekeo and Goilala people of Central province, on the workers at the mine and on the people of Papua New Guinea,\" Emperor’s general manager of Papua New Guinea operations Brad Sampson said.\n"
          "He said Mr. Kotapu seemed to be deliberately creating a scandal, either for his own benefit, or on behalf of someone else.\n"
          "\"I also remain concerned about Mr. Kotapu’s own credentials. He has claimed to be a senior pathology registrar working at two Australian hospitals.\n"
          "\"But both hospitals have refuted his claims.\"\n"
          "Mr. Kotapu also claimed that he was registered with the Papua New Guinea Medical Board, however, on further investigation, the chairman of the Board, Prof Mathias Sapuri, had confirmed that Mr. Kotapu was not registered with the Board, Mr. Sampson said."),
    entities=[("mine", "Tolukuma gold mine", "ORGANIZATION", ["Tolukuma", "The mine", "The mine management"],
               "operator of the Tolukuma gold mine in Central province, Papua New Guinea"),
              ("kotapu", "Sylvester Kotapu", "PERSON", ["Kotapu", "Mr. Kotapu", "Dr Sylvester Kotapu"],
               "author of a report on riverine tailings disposal for the Central provincial government"),
              ("emperor", "Emperor Mines Limited", "ORGANIZATION", ["Emperor"], "owner and operator of the Tolukuma mine"),
              ("sampson", "Brad Sampson", "PERSON",
               ["Sampson", "Mr. Sampson", "Emperor’s general manager of Papua New Guinea operations Brad Sampson"],
               "Emperor Mines' general manager of Papua New Guinea operations"),
              ("hospitals", "both hospitals", "GROUP", ["two Australian hospitals"],
               "the two Australian hospitals named by Kotapu"),
              ("sapuri", "Mathias Sapuri", "PERSON",
               ["Sapuri", "Prof Mathias Sapuri", "the chairman of the Board, Prof Mathias Sapuri"],
               "chairman of the Papua New Guinea Medical Board")],
    mentions=[("m1", "Tolukuma gold mine", "mine"),
              ("m2", "Dr Sylvester Kotapu", "kotapu"),
              ("m3", ("The mine", "The mine is investigating"), "mine"),
              ("m4", ("Mr. Kotapu", "credentials of Mr. Kotapu"), "kotapu"),
              ("m5", "The mine management", "mine"),
              ("m6", ("Mr. Kotapu", "presentation given by Mr. Kotapu"), "kotapu"),
              ("m7", ("They", "They stated"), "mine"),
              ("m8", ("Mr. Kotapu", "provided by Mr. Kotapu to"), "kotapu"),
              ("m9", "Emperor Mines Limited, the owner and operator of the Tolukuma mine", "emperor"),
              ("m10", "Emperor’s general manager of Papua New Guinea operations Brad Sampson", "sampson"),
              ("m11", ("He", "He said Mr. Kotapu"), "sampson"),
              ("m12", ("Mr. Kotapu", "Mr. Kotapu seemed"), "kotapu"),
              ("m13", ("He", "He has claimed"), "kotapu"),
              ("m14", "two Australian hospitals", "hospitals"),
              ("m15", "both hospitals", "hospitals"),
              ("m16", ("Mr. Kotapu", "Mr. Kotapu also claimed"), "kotapu"),
              ("m17", "the chairman of the Board, Prof Mathias Sapuri", "sapuri"),
              ("m18", ("Mr. Kotapu", "Mr. Kotapu was not registered"), "kotapu"),
              ("m19", "Mr. Sampson", "sampson")],
    attributions=[("a1", "INDIRECT", "m1", "dismissed",
                   seg(T, "claims allegedly contained", "Central provincial government"), None),
                  ("a2", "INDIRECT", "m5", ("said", "management said"),
                   seg(T, "excerpts of a presentation", "illogical deductions"), None),
                  ("a3", "MIXED", "m7", "stated",
                   seg(T, "blood test data provided", "chemical traces within human blood"), None),
                  ("a4", "INDIRECT", "m9", "expressed surprise and concern", "the media reports", None),
                  ("a5", "INDIRECT", "m9", ("confirmed", "confirmed yesterday"),
                   seg(T, "they had spoken with Governor", "their own investigations"), None),
                  ("a6", "DIRECT", "m10", ("said", "Brad Sampson said"),
                   seg(T, "This appears to be a con", "people of Papua New Guinea,"), None),
                  ("a7", "INDIRECT", "m11", ("said", "He said Mr. Kotapu"),
                   seg(T, "Mr. Kotapu seemed to be", "on behalf of someone else"), None),
                  ("a8", "DIRECT", "m11", None,
                   seg(T, "I also remain concerned", "have refuted his claims."), None),
                  ("a9", "INDIRECT", "m13", ("claimed", "He has claimed"),
                   "to be a senior pathology registrar working at two Australian hospitals", "a8"),
                  ("a10", "INDIRECT", "m15", "refuted", ("his claims", "refuted his claims"), "a8"),
                  ("a11", "INDIRECT", "m19", ("said", "Mr. Sampson said"),
                   seg(T, "Mr. Kotapu also claimed", "not registered with the Board"), None),
                  ("a12", "INDIRECT", "m16", ("claimed", "also claimed"),
                   "he was registered with the Papua New Guinea Medical Board", "a11"),
                  ("a13", "INDIRECT", "m17", ("confirmed", "had confirmed"),
                   "Mr. Kotapu was not registered with the Board", "a11")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with the dateline lead. Cut before the last,
# broken-off paragraph. The page gives "Monday, Oct. 24" without a year, so no date is recorded. The
# double space in "Arnado  said" is verbatim.
# - "DA 11 agreed to provide the farmers with seedlings ...": an agreement is an action (like "refused
#   to sign"), not annotated.
# - "The proposed MOA, Arnado said will include ...": the parenthetical reporting clause stays inside
#   the claim (FORMAT.md, Contiguity).
# - "Davao Today" in "In an interview with Davao Today" is a medium.
# - "“We do not have to argue, ...”" after "... them.” Oñate said." continues Oñate with a null cue.
# - "what the farmers were demanding" (inside Arnado's claim) has no content span of its own: not
#   nested.
doc("davaotoday-farmers-da-agree-on-farming-assistance",
    url="https://davaotoday.com/economy/farmers-da-agree-on-farming-assistance/",
    outlet="Davao Today", country="Philippines", topic="politics", cut=True,
    text=(T := "DAVAO CITY, Philippines – What was meant to be a three-day protest of farmers outside the Department of Agriculture office here was cut-short after an agreement was reached between the farmers and government officials.\n"
          "After an hour of dialogue on Tuesday, DA 11 agreed to provide the farmers with seedlings of rice and corn to the farmers in the Davao Region, following a protest outside of the office here Monday, Oct. 24.\n"
          "Kilusang Magbubukid ng Pilipinas spokesperson Pedro Arnado said 20 bags of rice and corn seedlings will be provided, each bag of 18 kilograms to be used in a hectare. Forty bags of various vegetables seedlings were also distributed to the farmers.\n"
          "Arnado  said that these were just their minimum demands and other demands will be stated on the Memorandum of Agreement they will be drafting.\n"
          "The proposed MOA, Arnado said will include farm services including tractors, tracers, milling, farm tools, and demo farms. The final discussion for the said MOA was set on November 4.\n"
          "In an interview with Davao Today, DA XI Regional Director Ricardo Oñate, Jr., said they will continuously support the farmers.\n"
          "“They have to plant, they have to identify a mother farm. The DA XI will support them.” Oñate said. “We do not have to argue, we will start farming, we will support the KMP.”\n"
          "Oñate clarified that it is the farmers who will be choosing the farm lands, for “they know what to plant.”\n"
          "“As long as the DA XI could provide, this will be continuous,” Oñate added.\n"
          "The budgeting on the farmers’ subsidy will also be discussed on the next meeting.\n"
          "Meanwhile, Arnado said that what the DA starting to implement right now, “was what the farmers were demanding for a long time.”\n"
          "Arnado said this is the first time that their demands were heard by the said agency. He said the farmers’ demands “were snubbed” by the previous administration.\n"
          "Arnado said the current DA officials were open to negotiate with them."),
    entities=[("arnado", "Pedro Arnado", "PERSON",
               ["Arnado", "Kilusang Magbubukid ng Pilipinas spokesperson Pedro Arnado"],
               "spokesperson of Kilusang Magbubukid ng Pilipinas (KMP)"),
              ("onate", "Ricardo Oñate, Jr.", "PERSON",
               ["Oñate", "Ricardo Oñate", "DA XI Regional Director Ricardo Oñate, Jr."],
               "Regional Director of the Department of Agriculture, Davao Region")],
    mentions=[("m1", "Kilusang Magbubukid ng Pilipinas spokesperson Pedro Arnado", "arnado"),
              ("m2", ("Arnado", "Arnado  said that"), "arnado"),
              ("m3", ("Arnado", "MOA, Arnado said"), "arnado"),
              ("m4", "DA XI Regional Director Ricardo Oñate, Jr.", "onate"),
              ("m5", ("Oñate", "them.” Oñate said"), "onate"),
              ("m6", ("Oñate", "Oñate clarified"), "onate"),
              ("m7", ("Oñate", "Oñate added"), "onate"),
              ("m8", ("Arnado", "Meanwhile, Arnado"), "arnado"),
              ("m9", ("Arnado", "Arnado said this is"), "arnado"),
              ("m10", ("He", "He said the farmers"), "arnado"),
              ("m11", ("Arnado", "Arnado said the current"), "arnado")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Arnado said 20"),
                   "20 bags of rice and corn seedlings will be provided, each bag of 18 kilograms to be used in a hectare", None),
                  ("a2", "INDIRECT", "m2", ("said", "Arnado  said that"),
                   seg(T, "these were just their minimum demands", "they will be drafting"), None),
                  ("a3", "INDIRECT", "m3", ("said", "MOA, Arnado said"),
                   seg(T, "The proposed MOA, Arnado", "farm tools, and demo farms"), None),
                  ("a4", "INDIRECT", "m4", ("said", "Jr., said"), "they will continuously support the farmers", None),
                  ("a5", "DIRECT", "m5", ("said", "them.” Oñate said"),
                   "They have to plant, they have to identify a mother farm. The DA XI will support them.", None),
                  ("a6", "DIRECT", "m5", None, "We do not have to argue, we will start farming, we will support the KMP.", None),
                  ("a7", "MIXED", "m6", "clarified",
                   "it is the farmers who will be choosing the farm lands, for “they know what to plant.”", None),
                  ("a8", "DIRECT", "m7", "added", "As long as the DA XI could provide, this will be continuous,", None),
                  ("a9", "MIXED", "m8", ("said", "Meanwhile, Arnado said"),
                   "what the DA starting to implement right now, “was what the farmers were demanding for a long time.”", None),
                  ("a10", "INDIRECT", "m9", ("said", "Arnado said this is"),
                   "this is the first time that their demands were heard by the said agency", None),
                  ("a11", "MIXED", "m10", ("said", "He said the farmers"),
                   "the farmers’ demands “were snubbed” by the previous administration", None),
                  ("a12", "INDIRECT", "m11", ("said", "Arnado said the current"),
                   "the current DA officials were open to negotiate with them", None)])

# ---------------------------------------------------------------------------------------
# Cut before the last, broken-off paragraph of the stored copy.
# - The headline's "RGU employees" and the coordinated subject "the RGU Teachers Association, the RGU
#   Employees Association, and the RGU Indigenous Employees Forum" (later "the organisations") are
#   one collective of the scene (FORMAT.md, Groups and Coreference), so one GROUP entity.
# - "vehemently condemned “the physical assault ...”": the whole content is one quotation, so DIRECT
#   (FORMAT.md, Type: demanded "measures that ..."); the "A day after ..." adjunct is left out.
# - "appealed to the authority to take stringent action ...": read like "called on X to Y", which keeps
#   the addressee (seed a23/a24); "Taking strong cognisance of the incident," is an adjunct.
# - "have decided to wear black badges" is an action, not annotated.
# - "as per a notification issued by RGU Registrar Dr NT Rikam": read like "according to"; the
#   document names its author, so it is a mention of Rikam (FORMAT.md, Documents).
# - "reportedly beat up" is a hedge, not a claim.
# - "the students said" and "the students residing in the RGU campus, demanding an apology" are taken
#   as one collective (students on the campus); "demanding" is a speech act with a noun-phrase content
#   like "called for".
doc("arunachaltimes-rgu-employees-condemn-assault-on-vc",
    url="https://arunachaltimes.in/index.php/2022/10/19/rgu-employees-condemn-assault-on-vc-officials-policeman-roughs-up-students-protest-staged/",
    outlet="The Arunachal Times", country="India", topic="courts-crime", cut=True, published="2022-10-19",
    text=(T := "RGU employees condemn assault on VC, officials; policeman roughs up students; protest staged\n"
          "RONO HILLS, 18 Oct: A day after RGU Vice Chancellor Prof Saket Kushwaha was assaulted and his office vandalised by members of the Rajiv Gandhi University (RGU) Students’ Union (RGUSU) over reintroduction of the prefect system, the RGU Teachers Association, the RGU Employees Association, and the RGU Indigenous Employees Forum vehemently condemned “the physical assault and verbal abuse on the RGU vice chancellor, the SSO, the security personnel and other office staffs, and vandalising of the office of the VC’s secretariat.”\n"
          "“It (17 October) was a black day in the history of the university. This is a blatant and utter disregard for the highest office of the university,” the organisations said in a joint press statement.\n"
          "Taking strong cognisance of the incident, the organisations appealed to the authority to take stringent action against the perpetrators of the incident, as per the relevant provisions of the law and the university’s code of the conduct.\n"
          "The employees of the university have decided to wear black badges as a mark of protest against the incident.\n"
          "Meanwhile, all activities related to the RGUSU will remain suspended till further orders, as per a notification issued by RGU Registrar Dr NT Rikam.\n"
          "Early on Tuesday morning, an inspector from the Doimukh police station reportedly beat up two students of RGU’s Tirap hostel.\n"
          "The incident occurred after the police entered the hostel in search of RGUSU president Hillang Sam, the students said. The ones who were assaulted are third semester sports psychology student Pintu Nongthombam, and first semester MBA student Gebe Riba.\n"
          "Later, a protest was staged by the students residing in the RGU campus, demanding an apology from the inspector who had assaulted the two students."),
    entities=[("staff", "RGU employees", "GROUP",
               ["the RGU Teachers Association, the RGU Employees Association, and the RGU Indigenous Employees Forum",
                "the organisations", "The employees of the university"],
               "Rajiv Gandhi University teachers' and employees' associations"),
              ("rikam", "NT Rikam", "PERSON", ["Rikam", "Dr NT Rikam", "RGU Registrar Dr NT Rikam"],
               "Registrar of Rajiv Gandhi University"),
              ("students", "the students", "GROUP", ["the students residing in the RGU campus"],
               "students living on the RGU campus")],
    mentions=[("m1", "RGU employees", "staff"),
              ("m2", "the RGU Teachers Association, the RGU Employees Association, and the RGU Indigenous Employees Forum", "staff"),
              ("m3", ("the organisations", "the organisations said"), "staff"),
              ("m4", ("the organisations", "the organisations appealed"), "staff"),
              ("m5", "The employees of the university", "staff"),
              ("m6", "a notification issued by RGU Registrar Dr NT Rikam", "rikam"),
              ("m7", ("the students", "the students said"), "students"),
              ("m8", ("the students", "the students residing"), "students")],
    attributions=[("a1", "INDIRECT", "m1", ("condemn", "employees condemn"), "assault on VC, officials", None),
                  ("a2", "DIRECT", "m2", "condemned",
                   seg(T, "the physical assault and verbal abuse", "the office of the VC’s secretariat."), None),
                  ("a3", "DIRECT", "m3", ("said", "organisations said"),
                   seg(T, "It (17 October) was a black day", "highest office of the university,"), None),
                  ("a4", "INDIRECT", "m4", "appealed to",
                   seg(T, "the authority to take stringent action", "university’s code of the conduct"), None),
                  ("a5", "INDIRECT", "m6", ("as per", "as per a notification"),
                   "all activities related to the RGUSU will remain suspended till further orders", None),
                  ("a6", "INDIRECT", "m7", ("said", "the students said"),
                   "The incident occurred after the police entered the hostel in search of RGUSU president Hillang Sam", None),
                  ("a7", "INDIRECT", "m8", "demanding", "an apology from the inspector who had assaulted the two students", None)])

# ---------------------------------------------------------------------------------------
# Complete article; the closing credit "(Securities Investment)" is verbatim and marked as a mention
# of the newspaper. The page gives no date.
# - "Vietnam is expected to ..., the Securities Investment newspaper reported": the trailing clause
#   covers its sentence (a newspaper as source, FORMAT.md, Media); inside it, the agentless forecast
#   "is expected to" is nested with a null source (FORMAT.md, Left outside). Its content ends at "this
#   year": the non-restrictive "which has prompted ..." is the newspaper's comment on the turmoil.
# - "expects ..." (DPM) and "also expected to earn ..." (GMC) are forecasts with a named subject
#   (FORMAT.md, Included); "estimated in 2008" and "attributed to the fall ..." are participles with no
#   finite reporting verb (FORMAT.md, Excluded). HAG's "targets pretax profit" is a company's plan (an
#   action), not annotated; the sentence is the content of the chairman's "revealed".
# - The DPM apposition "one of the biggest listed firms on the country’s main exchange" is a long
#   descriptive apposition, left out of the source.
# - "in its recent report" (Ban Viet) is left out like a medium.
doc("vccinews-vietnam-listed-firms-cautious-business-plans",
    url="https://vccinews.com/news/15263/.html",
    outlet="VCCI News", country="Vietnam", topic="business", cut=False,
    text=(T := "Vietnam Listed Firms Cautious with Business Plans This Year\n"
          "Vietnam is expected to continue to feel the effects of the world economic turmoil this year, which has prompted many listed companies to set modest revenue and profit targets for 2009, the Securities Investment newspaper reported.\n"
          "PetroVietnam Fertilizer Co. (DPM), one of the biggest listed firms on the country’s main exchange, expects a pretax profit of VND1.1 trillion on gross revenues of VND5.8 trillion this year, lower than VND1.5 trillion and VND6.6 trillion estimated in 2008.\n"
          "DPM’s General Director Phan Dinh Duc said the lower oil price in 2009 will have bad impact on the Vietnam’s economy as a whole and DPM’s fertilizer and chemical trading business.\n"
          "The country’s giant property developer Hoang Anh Gia Lai Corp. (HAG), meanwhile, targets pretax profit of VND1.1 trillion in 2009 due to difficulties of the real estate market, its chairman Doan Nguyen Duc revealed.\n"
          "Saigon Garment Manufacturing & Trading JSC (GMC) also expected to earn VND18 billion in pretax profit, lower than VND22.4 billion last year, attributed to the fall in garment export prices in the European market and order cut from U.S. market.\n"
          "The Ho Chi Minh City Securities Company (HSC) said listed companies’ growth would fall 10 per cent this year.\n"
          "Ban Viet Securities Co., in its recent report, said that if the government’s stimulus package is well carried out, strengthening the stability of the banking system will be an important foundation to maintain the country’s economic growth in 2009. (Securities Investment)"),
    entities=[("si", "the Securities Investment newspaper", "ORGANIZATION", ["Securities Investment"],
               "Vietnamese financial newspaper"),
              ("dpm", "PetroVietnam Fertilizer Co. (DPM)", "ORGANIZATION", ["PetroVietnam Fertilizer Co.", "DPM"],
               "listed fertilizer maker"),
              ("phan", "Phan Dinh Duc", "PERSON", ["DPM’s General Director Phan Dinh Duc"], "General Director of DPM"),
              ("doan", "Doan Nguyen Duc", "PERSON", ["its chairman Doan Nguyen Duc"], "chairman of Hoang Anh Gia Lai Corp."),
              ("gmc", "Saigon Garment Manufacturing & Trading JSC (GMC)", "ORGANIZATION",
               ["Saigon Garment Manufacturing & Trading JSC", "GMC"], "listed garment maker"),
              ("hsc", "The Ho Chi Minh City Securities Company (HSC)", "ORGANIZATION",
               ["Ho Chi Minh City Securities Company", "HSC"], "securities company"),
              ("banviet", "Ban Viet Securities Co.", "ORGANIZATION", ["Ban Viet"], "securities company")],
    mentions=[("m1", "the Securities Investment newspaper", "si"),
              ("m2", "PetroVietnam Fertilizer Co. (DPM)", "dpm"),
              ("m3", "DPM’s General Director Phan Dinh Duc", "phan"),
              ("m4", "its chairman Doan Nguyen Duc", "doan"),
              ("m5", "Saigon Garment Manufacturing & Trading JSC (GMC)", "gmc"),
              ("m6", "The Ho Chi Minh City Securities Company (HSC)", "hsc"),
              ("m7", "Ban Viet Securities Co.", "banviet"),
              ("m8", ("Securities Investment", "(Securities Investment)"), "si")],
    attributions=[("a1", "INDIRECT", "m1", "reported",
                   seg(T, "Vietnam is expected to continue", "profit targets for 2009"), None),
                  ("a2", "INDIRECT", None, ("expected", "is expected"),
                   "to continue to feel the effects of the world economic turmoil this year", "a1"),
                  ("a3", "INDIRECT", "m2", "expects",
                   seg(T, "a pretax profit of VND1.1 trillion on gross", "estimated in 2008"), None),
                  ("a4", "INDIRECT", "m3", ("said", "Duc said"),
                   seg(T, "the lower oil price in 2009", "chemical trading business"), None),
                  ("a5", "INDIRECT", "m4", "revealed",
                   seg(T, "The country’s giant property developer", "the real estate market"), None),
                  ("a6", "INDIRECT", "m5", ("expected", "also expected"),
                   seg(T, "to earn VND18 billion", "order cut from U.S. market"), None),
                  ("a7", "INDIRECT", "m6", ("said", "(HSC) said"),
                   "listed companies’ growth would fall 10 per cent this year", None),
                  ("a8", "INDIRECT", "m7", ("said", "report, said"),
                   seg(T, "if the government’s stimulus package", "economic growth in 2009"), None)])

write("test18_c.jsonl")
