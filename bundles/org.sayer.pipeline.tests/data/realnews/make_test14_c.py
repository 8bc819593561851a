#!/usr/bin/env python3
"""Writes test14_c.jsonl: real-news gold, split test14-c (see gold.py). Run: python3 make_test14_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page (a CDN copy of the Town & Country Journal's page) has no headline: the text
# starts with the lead. It breaks off inside the quotation that follows "Mayor Hamilton describes
# the current climate in Queensland:"; that colon frame and its broken quotation are cut. The date
# is the page's address. Notes:
# - "according to SDRC records": a document whose author is named in its NP is a mention of the
#   author (FORMAT.md, Documents; as "data from the Luxembourg Central Bank" in train_ac), so the
#   source is SDRC. "according to the register" names nobody: the register is its own entity.
# - "Another of last term's complaints alleged that “...”": a document with no named author, its own
#   entity; the whole content is one quotation after "that", so DIRECT (FORMAT.md, Type).
# - "Many had to do with “breach of trust”, “inappropriate conduct” ...": quoted words with no
#   reporting verb, not annotated. "writing an apology ... for swearing about her behaviour" and the
#   "slanging match" are speech acts with no reported content: no claims.
doc("towncountryjournal-sdrc-no-complaints-councillors",
    url="https://towncountryjournal-4634.kxcdn.com/no-complaints-2024-08-22",
    outlet="The Town & Country Journal", country="Australia", topic="local", cut=True, published="2024-08-22",
    text=(T := "It has been nearly six months since the newly-elected SDRC councillors took office, bringing a buzz of unusual activity to the Fitzroy Street chambers in Warwick as a bevy of first-time local government politicians adjust to life on the inside. But one kind of activity has come to a standstill: in the elapsed six months no complaint has been lodged against councillors according to SDRC records.\n"
          "Indeed, the last complaint recorded was in January this year which involved an email-based slanging match between one former and one current Councillor, a dispute which was resolved by the Office of the Independent Investigator.\n"
          "“It is refreshing,” said Cr Cynthia McDonald who was the subject of numerous complaints during her last term as a councillor.\n"
          "More than 100 complaints were made against councillors during the last administration. Many had to do with “breach of trust”, “inappropriate conduct” during a meeting or speaking with the media.\n"
          "“In the last term of Council, I experienced a complaints process that was, in my view, out of control,” Cr McDonald told The Town & Country Journal. She argued that complaints had been used to “stifle the democratic process” and used as a form of bullying.\n"
          "Another of last term's complaints alleged that “a councillor failed to update their register of interests in an honest and transparent way, in that interests were added to some sections of the register but not in other relevant sections.”\n"
          "Other complaints were more serious involving threatening or intimidating behaviour or verbal aggression. Notably, a 2020 complaint resulted in the former mayor, Vic Pennisi, writing an apology to Cr Cynthia McDonald for swearing about her behaviour in her presence, according to the register."),
    entities=[("sdrc", "SDRC", "ORGANIZATION", ["SDRC records"], "Southern Downs Regional Council"),
              ("mcdonald", "Cynthia McDonald", "PERSON", ["Cr Cynthia McDonald", "Cr McDonald", "McDonald"],
               "Southern Downs regional councillor"),
              ("complaint", "Another of last term's complaints", "ORGANIZATION", [],
               "a complaint lodged against a councillor in the last council term"),
              ("register", "the register", "ORGANIZATION", [], "SDRC's register of councillor complaints")],
    mentions=[("m1", "SDRC records", "sdrc"),
              ("m2", ("Cr Cynthia McDonald", "said Cr Cynthia McDonald"), "mcdonald"),
              ("m3", ("Cr McDonald", "Cr McDonald told"), "mcdonald"),
              ("m4", ("She", "She argued"), "mcdonald"),
              ("m5", "Another of last term's complaints", "complaint"),
              ("m6", ("Cr Cynthia McDonald", "apology to Cr Cynthia McDonald"), "mcdonald"),
              ("m7", ("the register", "according to the register"), "register")],
    attributions=[("a1", "INDIRECT", "m1", ("according to", "according to SDRC"),
                   "in the elapsed six months no complaint has been lodged against councillors", None),
                  ("a2", "DIRECT", "m2", ("said", "said Cr Cynthia"), "It is refreshing,", None),
                  ("a3", "DIRECT", "m3", "told",
                   "In the last term of Council, I experienced a complaints process that was, in my view, out of control,", None),
                  ("a4", "MIXED", "m4", "argued",
                   "complaints had been used to “stifle the democratic process” and used as a form of bullying", None),
                  ("a5", "DIRECT", "m5", "alleged",
                   seg(T, "a councillor failed to update", "other relevant sections."), None),
                  ("a6", "INDIRECT", "m7", ("according to", "according to the register"),
                   seg(T, "a 2020 complaint resulted", "in her presence"), None)])

# ---------------------------------------------------------------------------------------
# The stored page breaks off at the start of the next quotation ("“The re"): cut before it. The
# page gives no date. Notes:
# - The headline "Owners not involved in beating workers" has no cue and no speaker: no claim. The
#   standfirst "BGMEA-BKMEA chiefs, ex-labour minister reject HRW report ..." is one claim of a
#   coordinated subject (one GROUP, FORMAT.md, Groups), a separate entity from the lead's "Leaders
#   of the apparel sector's trade bodies" (the standfirst's group includes the ex-minister).
#   "rejected the ... report" takes the report as content, as the corpus does (test10_c).
# - "They labelled the report ‘bias and politically motivated,’ just to tarnish image ...": the
#   purpose clause belongs to the label (the report was made to tarnish the image), so it stays in
#   the content; single quotes are quotation marks (MIXED).
# - "threats to kill": a threat is a speech act (the corpus annotates "threatening to injure ..."),
#   so the noun is a cue nested in the claim that reports it, with the owners as source and "to
#   kill" as content ("to stop labor organizers" is the purpose of the beatings and threats).
# - "urged the government to ..." keeps the addressee (corpus convention for "urged X to Y").
# - "Rejecting HRW's claim that ...": the participle is Mannan's claim with a noun-phrase content;
#   the claim it contains is HRW's, with the possessor as source (as in test13_a).
# - "The report, in my mind, ... he added" has no quotation marks as printed: INDIRECT.
doc("newnation-bgmea-rejects-hrw-report-unions",
    url="https://newnation.io/owners-not-involved-in-beating-workers/",
    outlet="The New Nation", country="Bangladesh", topic="business", cut=True,
    text=(T := "Owners not involved in beating workers\n"
          "BGMEA-BKMEA chiefs, ex-labour minister reject HRW report on RMG TUs\n"
          "Leaders of the apparel sector’s trade bodies on Friday rejected the Human Rights Watch’s (HRW) report on trade union status in the local garments industry. They labelled the report ‘bias and politically motivated,’ just to tarnish image of the industry abroad.\n"
          "The HRW on Thursday in a report alleged that local factory owners use beatings, threats to kill to stop labor organizers.\n"
          "It also urged the government to stop garment factory owners from intimidating and threatening workers for organizing trade unions, and prosecute those responsible for attacks on labor leaders.\n"
          "Vice-president of Bangladesh Garments Manufacturers and Exporters Association (BGMEA) SM Mannan (Kochi) told The New Nation yesterday that HRW’s report is very much intentional and being carried out as part of ongoing negative campaign against the industry.\n"
          "The report, in my mind, is pre-mediated as the overall situation about trade unionism and labour rights in the apparel industry is absent in it, he added.\n"
          "The BGMEA leader said by publishing the report, the HRW has tried to serve interest of our competitors, besides, tarnish image of the industry abroad.\n"
          "He said, BGMEA as the apex trade body of the garment industry is very much interested of allowing trade union at the its member factories. “We are working on it and have already covered many factories to ensure labour rights. Process is under way to set up bodies of trade union in others factories as per our labour law,” he added.\n"
          "Rejecting HRW’s claim that the factory owners use beatings, threats to kill to stop labor organizers, SM Mannan (Kochi) said, their claim is baseless and none of the owner is involve in this process.\n"
          "He also said that all the garments owners, workers and labour leaders are working together for the development of the industry as well establishing the rights of the apparel workers."),
    entities=[("chiefs", "BGMEA-BKMEA chiefs, ex-labour minister", "GROUP", [],
               "heads of the garment exporters' associations BGMEA and BKMEA and a former labour minister"),
              ("leaders", "Leaders of the apparel sector’s trade bodies", "GROUP", [],
               "leaders of Bangladesh's garment trade bodies"),
              ("hrw", "Human Rights Watch", "ORGANIZATION", ["HRW", "The HRW"], "New York-based rights group"),
              ("owners", "local factory owners", "GROUP", ["garment factory owners", "the factory owners"],
               "Bangladeshi garment factory owners"),
              ("mannan", "SM Mannan (Kochi)", "PERSON",
               ["SM Mannan", "Mannan", "Kochi", "The BGMEA leader",
                "Vice-president of Bangladesh Garments Manufacturers and Exporters Association (BGMEA) SM Mannan (Kochi)"],
               "Vice-president of the Bangladesh Garments Manufacturers and Exporters Association")],
    mentions=[("m1", "BGMEA-BKMEA chiefs, ex-labour minister", "chiefs"),
              ("m2", "Leaders of the apparel sector’s trade bodies", "leaders"),
              ("m3", ("They", "They labelled"), "leaders"),
              ("m4", ("The HRW", "The HRW on Thursday"), "hrw"),
              ("m5", "local factory owners", "owners"),
              ("m6", ("It", "It also urged"), "hrw"),
              ("m7", "garment factory owners", "owners"),
              ("m8", "Vice-president of Bangladesh Garments Manufacturers and Exporters Association (BGMEA) SM Mannan (Kochi)", "mannan"),
              ("m9", ("he", "he added.\nThe BGMEA"), "mannan"),
              ("m10", "The BGMEA leader", "mannan"),
              ("m11", ("the HRW", "the HRW has tried"), "hrw"),
              ("m12", ("He", "He said, BGMEA"), "mannan"),
              ("m13", ("he", "he added.\nRejecting"), "mannan"),
              ("m14", ("HRW", "HRW’s claim"), "hrw"),
              ("m15", ("the factory owners", "claim that the factory owners"), "owners"),
              ("m16", ("SM Mannan (Kochi)", "organizers, SM Mannan"), "mannan"),
              ("m17", ("He", "He also said"), "mannan")],
    attributions=[("a1", "INDIRECT", "m1", ("reject", "reject HRW"), "HRW report on RMG TUs", None),
                  ("a2", "INDIRECT", "m2", "rejected",
                   "the Human Rights Watch’s (HRW) report on trade union status in the local garments industry", None),
                  ("a3", "MIXED", "m3", "labelled",
                   "the report ‘bias and politically motivated,’ just to tarnish image of the industry abroad", None),
                  ("a4", "INDIRECT", "m4", "alleged",
                   "local factory owners use beatings, threats to kill to stop labor organizers", None),
                  ("a5", "INDIRECT", "m5", ("threats", "threats to kill to stop labor organizers.\nIt"),
                   ("to kill", "threats to kill to stop labor organizers.\nIt"), "a4"),
                  ("a6", "INDIRECT", "m6", "urged",
                   seg(T, "the government to stop garment", "attacks on labor leaders"), None),
                  ("a7", "INDIRECT", "m8", "told",
                   "HRW’s report is very much intentional and being carried out as part of ongoing negative campaign against the industry", None),
                  ("a8", "INDIRECT", "m9", ("added", "he added.\nThe BGMEA"),
                   seg(T, "The report, in my mind", "is absent in it"), None),
                  ("a9", "INDIRECT", "m10", ("said", "leader said"),
                   "by publishing the report, the HRW has tried to serve interest of our competitors, besides, tarnish image of the industry abroad", None),
                  ("a10", "INDIRECT", "m12", ("said", "He said, BGMEA"),
                   "BGMEA as the apex trade body of the garment industry is very much interested of allowing trade union at the its member factories", None),
                  ("a11", "DIRECT", "m13", ("added", "he added.\nRejecting"),
                   seg(T, "We are working on it", "as per our labour law,"), None),
                  ("a12", "INDIRECT", "m16", "Rejecting",
                   "HRW’s claim that the factory owners use beatings, threats to kill to stop labor organizers", None),
                  ("a13", "INDIRECT", "m14", ("claim", "claim that the factory"),
                   ("the factory owners use beatings, threats to kill to stop labor organizers", "claim that the factory"), "a12"),
                  ("a14", "INDIRECT", "m15", ("threats", "threats to kill to stop labor organizers, SM"),
                   ("to kill", "threats to kill to stop labor organizers, SM"), "a13"),
                  ("a15", "INDIRECT", "m16", ("said", "(Kochi) said,"),
                   "their claim is baseless and none of the owner is involve in this process", None),
                  ("a16", "INDIRECT", "m17", ("said", "He also said"),
                   seg(T, "all the garments owners, workers", "rights of the apparel workers"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with the lead, whose dateline "DAVAO CITY—" is
# kept and is no attribution. The whole article is stored. The page gives no date. Notes:
# - "Police identified the four others as ...": naming the suspects, annotated as "identified X as
#   Y" is in the corpus (dev, test11_b).
# - "he admitted to being the father ...": Cayamora's admission is nested in Gaerlan's claim, the
#   preposition that links the cue left out; inside Gaerlan's quotation "he admitted that he was
#   ..." is nested likewise, and "Cayamora claimed that ..." is nested in "Gaerlan said that ...".
# - "When we asked him about his real identify": a topic, not a reported question; no claim.
#   "they recognized Cayamora as the partriarch" is recognition, not speech. The warrants and
#   charges are actions.
doc("manilastandard-maute-father-arrested-davao-checkpoint",
    url="https://manilastandard.net/?p=238689",
    outlet="Manila Standard", country="Philippines", topic="courts-crime", cut=False,
    text=(T := "DAVAO CITY—The father of the Maute brothers, Cayamora Maute, 67, along with four others were arrested by the Task Force Davao and police at a checkpoint in Sirawan, Toril, at 10 a.m. Tuesday.\n"
          "Police identified the four others as Norjannah Balawag Maute, daughter of Cayamora; Kongan Alfonso Balawag, second wife of Cayamora; Bengali Tingao, husband of Norjannah; and Aljon Salazar Ismael, driver.\n"
          "The martial law spokesman for the Eastern Mindanao Command, Brig. Gen. Gilbert Gapay said the five suspects tried to enter Davao City through the Sirawan entry point using a Black Toyota Grandia.\n"
          "“At the checkpoint Cayamora’s body was covered with a blanket and his face was also wrapped in cloth. This raised the suspicion of the authorities,” Gapay said.\n"
          "Gapay said that when they were asked for identification, the suspects presented various ID cards, but they recognized Cayamora as the partriarch of the Maute clan.\n"
          "Under questioning, he admitted to being the father of the Maute brothers, said Chief Supt. Manuel Gaerlan, police regional office director.\n"
          "“When we asked him about his real identify he admitted that he was Cayamora Makaraya Maute, the father of the Maute brothers and he broke down after that [and] he cried a lot,” Gaerlan said.\n"
          "Gaerlan said that Cayamora claimed that he went to Davao City for a medical checkup because he had some health problems.\n"
          "“To the Maute brothers in Marawi, there will be no swapping, only swapping of treatment. Take good care of your hostages and we will take care of your patriarch,” Gaerlan said.\n"
          "Cayamora has a standing warrant of arrest together with 89 others for five counts of kidnapping and serious illegal detention.\n"
          "Norjannah, on the other hand, has a warrant of arrest for illegal possesssion of blasting caps and triggering devices.\n"
          "The suspects will also be charged with rebellion.\n"
          "Police said they seized a .45 caliber pistol, a grenade and P363,000 from the suspects, who will be detained at the Davao City Police Office."),
    entities=[("police", "Police", "ORGANIZATION", ["police"], "Philippine National Police in Davao"),
              ("gapay", "Gilbert Gapay", "PERSON",
               ["Gapay", "Brig. Gen. Gilbert Gapay",
                "The martial law spokesman for the Eastern Mindanao Command, Brig. Gen. Gilbert Gapay"],
               "martial law spokesman for the Eastern Mindanao Command"),
              ("gaerlan", "Manuel Gaerlan", "PERSON",
               ["Gaerlan", "Chief Supt. Manuel Gaerlan", "Chief Supt. Manuel Gaerlan, police regional office director"],
               "police regional office director"),
              ("cayamora", "Cayamora Maute", "PERSON", ["Cayamora", "Cayamora Makaraya Maute"],
               "father of the Maute brothers")],
    mentions=[("m1", "Cayamora Maute", "cayamora"),
              ("m2", ("police", "Davao and police"), "police"),
              ("m3", ("Police", "Police identified"), "police"),
              ("m4", "The martial law spokesman for the Eastern Mindanao Command, Brig. Gen. Gilbert Gapay", "gapay"),
              ("m5", ("Gapay", "authorities,” Gapay said"), "gapay"),
              ("m6", ("Gapay", "Gapay said that when"), "gapay"),
              ("m7", ("Cayamora", "recognized Cayamora"), "cayamora"),
              ("m8", ("he", "he admitted to being"), "cayamora"),
              ("m9", "Chief Supt. Manuel Gaerlan, police regional office director", "gaerlan"),
              ("m10", ("he", "he admitted that he was"), "cayamora"),
              ("m11", "Cayamora Makaraya Maute", "cayamora"),
              ("m12", ("Gaerlan", "a lot,” Gaerlan said"), "gaerlan"),
              ("m13", ("Gaerlan", "Gaerlan said that Cayamora"), "gaerlan"),
              ("m14", ("Cayamora", "Cayamora claimed"), "cayamora"),
              ("m15", "your patriarch", "cayamora"),
              ("m16", ("Gaerlan", "patriarch,” Gaerlan said"), "gaerlan"),
              ("m17", ("Cayamora", "Cayamora has a standing"), "cayamora"),
              ("m18", ("Police", "Police said they"), "police")],
    attributions=[("a1", "INDIRECT", "m3", "identified",
                   seg(T, "the four others as Norjannah", "Aljon Salazar Ismael, driver"), None),
                  ("a2", "INDIRECT", "m4", ("said", "Gapay said the five"),
                   "the five suspects tried to enter Davao City through the Sirawan entry point using a Black Toyota Grandia", None),
                  ("a3", "DIRECT", "m5", ("said", "authorities,” Gapay said"),
                   seg(T, "At the checkpoint Cayamora", "suspicion of the authorities,"), None),
                  ("a4", "INDIRECT", "m6", ("said", "Gapay said that when"),
                   seg(T, "when they were asked for identification", "partriarch of the Maute clan"), None),
                  ("a5", "INDIRECT", "m9", ("said", "brothers, said Chief"),
                   "Under questioning, he admitted to being the father of the Maute brothers", None),
                  ("a6", "INDIRECT", "m8", ("admitted", "he admitted to being"),
                   ("being the father of the Maute brothers", "he admitted to being"), "a5"),
                  ("a7", "DIRECT", "m12", ("said", "a lot,” Gaerlan said"),
                   seg(T, "When we asked him about", "he cried a lot,"), None),
                  ("a8", "INDIRECT", "m10", ("admitted", "he admitted that he was"),
                   "he was Cayamora Makaraya Maute, the father of the Maute brothers", "a7"),
                  ("a9", "INDIRECT", "m13", ("said", "Gaerlan said that Cayamora"),
                   seg(T, "Cayamora claimed that he went", "some health problems"), None),
                  ("a10", "INDIRECT", "m14", "claimed",
                   "he went to Davao City for a medical checkup because he had some health problems", "a9"),
                  ("a11", "DIRECT", "m16", ("said", "patriarch,” Gaerlan said"),
                   seg(T, "To the Maute brothers in Marawi", "take care of your patriarch,"), None),
                  ("a12", "INDIRECT", "m18", ("said", "Police said they"),
                   seg(T, "they seized a .45 caliber pistol", "Davao City Police Office"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with the lead, whose dateline "LAS VEGAS, Jan.
# 8 (Korea Bizwire) —" is kept and is no attribution. The page breaks off in the last paragraph
# ("With the possible name change, Park also "): cut before it. The date is the dateline's, the
# year that of CES 2020 named in the text. Notes:
# - "the CEO of South Korea's top mobile carrier" is Park, named in the next paragraph (FORMAT.md,
#   Coreference: a role description resolves to the person the text identifies).
# - "said “hyper-cooperation” is needed in the development of AI, a sector that the
#   telecommunication firm selected as its next engine for growth": the apposition is the
#   journalist's background, so the claim ends before it (as in test11_a).
# - The quotations in their own paragraphs ("If South Korean players ...", "I think today's AI
#   ...") have no reporting clause: they continue Park with a null cue and the source mention of
#   his last claim (as test13_c does for John Lush).
# - "Park admitted that A, but he now feels B": two claims, the second a belief with a named
#   subject (FORMAT.md, Included although borderline).
# - "Some people call CES a ‘car and electronics show,’" inside Park's quotation: a labelling by
#   others, nested (FORMAT.md: speech nested inside a quote); "people are talking about mobility"
#   gives a topic only.
doc("koreabizwire-skt-park-hyper-cooperation-ai",
    url="http://koreabizwire.com/skt-ceo-stresses-hyper-cooperation-on-ai-development",
    outlet="Korea Bizwire", country="South Korea", topic="technology", cut=True, published="2020-01-08",
    text=(T := "LAS VEGAS, Jan. 8 (Korea Bizwire) — SK Telecom Co. is ready to work with various partners in the field of artificial intelligence (AI), the CEO of South Korea’s top mobile carrier said Wednesday, as he urged other South Korean players to join hands to lead the advanced technology.\n"
          "SK Telecom CEO Park Jung-ho said “hyper-cooperation” is needed in the development of AI, a sector that the telecommunication firm selected as its next engine for growth.\n"
          "“If you look at globally, all these tech giants like Google, Amazon and Facebook are working together in AI development,” Park said at a press conference on the sidelines of the Consumer Electronics Show (CES) 2020 in Las Vegas, Nevada.\n"
          "“If South Korean players pursue their own AI development, I don’t think we’ll stay behind. South Korea will remain as users.”\n"
          "With that in mind, Park said he has spoken with tech industry leader Samsung Electronics Co. for AI cooperation.\n"
          "On Tuesday, Park was spotted touring Samsung’s CES booth with Koh Dong-jin, chief of Samsung’s mobile business division.\n"
          "“I think today’s AI development is somewhat disconnected. The players should join their forces, but get their own brand or applications.”\n"
          "At CES 2020, SK Telecom is promoting its media and mobility technologies powered by 5G and mobile edge computing (MEC).\n"
          "Park admitted that as a mobile carrier, SK Telecom’s main stage is the Mobile World Congress (MWC), which kicks off next month in Barcelona, but he now feels the company is no longer a stranger at the world’s largest tech expo.\n"
          "“Some people call CES a ‘car and electronics show,’” he said. “Now, people are talking about mobility, and this is a field that we do business in and that’s why we joined it with our group affiliates.”\n"
          "With AI and mobility emerging under the company’s vision to expand presence beyond telecommunications business, Park said SK Telecom is even considering changing its name."),
    entities=[("park", "Park Jung-ho", "PERSON",
               ["Park", "SK Telecom CEO Park Jung-ho", "the CEO of South Korea’s top mobile carrier"],
               "CEO of SK Telecom"),
              ("somepeople", "Some people", "GROUP", [], "people who call CES a car and electronics show")],
    mentions=[("m1", "the CEO of South Korea’s top mobile carrier", "park"),
              ("m2", ("he", "he urged"), "park"),
              ("m3", "SK Telecom CEO Park Jung-ho", "park"),
              ("m4", ("Park", "Park said at a press"), "park"),
              ("m5", ("Park", "Park said he has spoken"), "park"),
              ("m6", ("Park", "Park was spotted"), "park"),
              ("m7", ("Park", "Park admitted"), "park"),
              ("m8", ("he", "he now feels"), "park"),
              ("m9", "Some people", "somepeople"),
              ("m10", ("he", "he said. “Now"), "park"),
              ("m11", ("Park", "Park said SK Telecom"), "park")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "carrier said"),
                   "SK Telecom Co. is ready to work with various partners in the field of artificial intelligence (AI)", None),
                  ("a2", "INDIRECT", "m2", "urged",
                   "other South Korean players to join hands to lead the advanced technology", None),
                  ("a3", "MIXED", "m3", ("said", "Jung-ho said"),
                   "“hyper-cooperation” is needed in the development of AI", None),
                  ("a4", "DIRECT", "m4", ("said", "Park said at a press"),
                   "If you look at globally, all these tech giants like Google, Amazon and Facebook are working together in AI development,", None),
                  ("a5", "DIRECT", "m4", None,
                   "If South Korean players pursue their own AI development, I don’t think we’ll stay behind. South Korea will remain as users.", None),
                  ("a6", "INDIRECT", "m5", ("said", "Park said he has spoken"),
                   "he has spoken with tech industry leader Samsung Electronics Co. for AI cooperation", None),
                  ("a7", "DIRECT", "m5", None,
                   "I think today’s AI development is somewhat disconnected. The players should join their forces, but get their own brand or applications.", None),
                  ("a8", "INDIRECT", "m7", "admitted",
                   "as a mobile carrier, SK Telecom’s main stage is the Mobile World Congress (MWC), which kicks off next month in Barcelona", None),
                  ("a9", "INDIRECT", "m8", "feels",
                   "the company is no longer a stranger at the world’s largest tech expo", None),
                  ("a10", "DIRECT", "m10", ("said", "he said. “Now"), "Some people call CES a ‘car and electronics show,’", None),
                  ("a11", "MIXED", "m9", "call", "CES a ‘car and electronics show,’", "a10"),
                  ("a12", "DIRECT", "m10", None,
                   seg(T, "Now, people are talking about mobility", "with our group affiliates."), None),
                  ("a13", "INDIRECT", "m11", ("said", "Park said SK Telecom"),
                   "SK Telecom is even considering changing its name", None)])

# ---------------------------------------------------------------------------------------
# The stored page's closing line "Story first published: Saturday, May 22, 2021, 17:22 [IST]" is
# metadata, removed (its date is recorded). The whole article is stored. Notes:
# - Headline "COVID-19: Karnataka Health Minister expresses displeasure over ...": "COVID-19" is a
#   topic label, not a speaker (FORMAT.md, Headlines). "expressed displeasure over X" reports a
#   complaint about X, its content after the linking preposition (as "complained about noise" ->
#   "noise"); the lead's ", saying ..." is a second claim (FORMAT.md: `X said A, warning that B`).
# - "was quoted as saying in a statement issued by his office": the statement is a medium, the
#   minister the source. "sought to know" frames a quoted question (DIRECT, as "asked").
# - "he has been receiving complaints that ...": the complaints name nobody: nested, null source.
# - "He sought stringent action against ...": a call for action (as "called for"); "emphasised upon
#   X": the linking preposition left out.
doc("oneindia-karnataka-sudhakar-kims-displeasure",
    url="https://www.oneindia.com/india/covid-19-karnataka-health-minister-expresses-displeasure-over-the-functioning-of-kims-3263239.html",
    outlet="Oneindia", country="India", topic="health-science", cut=False, published="2021-05-22",
    text=(T := "COVID-19: Karnataka Health Minister expresses displeasure over the functioning of KIMS\n"
          "Hubballi, May 22: Karnataka Health Minister K Sudhakar on Saturday expressed displeasure over the treatment provided to COVID-19 patients at the Karnataka Institute of Medical Sciences (KIMS), saying its performance did not meet the expectations.\n"
          "\"There are about 1,000 doctors in the hospital. Presently 1,030 COVID patients are undergoing treatment. This ratio of doctors and patients is nowhere in the country. You need to introspect how effectively you have discharged your duty,\" Sudhakar was quoted as saying in a statement issued by his office.\n"
          "According to the minister, if all other personnel are taken into account, then the hospital has a strength of over 2,000 staff.\n"
          "\"Yet, why are the health services not as per the expectations?\" Sudhakar sought to know. The minister said he has been receiving complaints that the senior doctors and specialists are not visiting the wards.\n"
          "\"I found truth in the complaints. It has come to our notice that some people working in private hospitals are coming and signing the register,\" the Minister alleged. He sought stringent action against some senior doctors and specialists, whose conduct is bringing a bad name to the institution and demoralising others, who are sincere. The Minister also emphasised upon judicious spending of oxygen and its regular audit."),
    entities=[("sudhakar", "K Sudhakar", "PERSON",
               ["Sudhakar", "Karnataka Health Minister K Sudhakar", "Karnataka Health Minister", "the minister"],
               "Karnataka Health Minister")],
    mentions=[("m1", ("Karnataka Health Minister", "Karnataka Health Minister expresses"), "sudhakar"),
              ("m2", "Karnataka Health Minister K Sudhakar", "sudhakar"),
              ("m3", ("Sudhakar", "Sudhakar was quoted"), "sudhakar"),
              ("m4", ("the minister", "According to the minister"), "sudhakar"),
              ("m5", ("Sudhakar", "Sudhakar sought"), "sudhakar"),
              ("m6", ("The minister", "The minister said"), "sudhakar"),
              ("m7", ("the Minister", "the Minister alleged"), "sudhakar"),
              ("m8", ("He", "He sought"), "sudhakar"),
              ("m9", ("The Minister", "The Minister also"), "sudhakar")],
    attributions=[("a1", "INDIRECT", "m1", "expresses displeasure", "the functioning of KIMS", None),
                  ("a2", "INDIRECT", "m2", "expressed displeasure",
                   "the treatment provided to COVID-19 patients at the Karnataka Institute of Medical Sciences (KIMS)", None),
                  ("a3", "INDIRECT", "m2", ("saying", "saying its"), "its performance did not meet the expectations", None),
                  ("a4", "DIRECT", "m3", "quoted as saying",
                   seg(T, "There are about 1,000 doctors", "discharged your duty,"), None),
                  ("a5", "INDIRECT", "m4", "According to",
                   "if all other personnel are taken into account, then the hospital has a strength of over 2,000 staff", None),
                  ("a6", "DIRECT", "m5", "sought to know", "Yet, why are the health services not as per the expectations?", None),
                  ("a7", "INDIRECT", "m6", ("said", "The minister said"),
                   "he has been receiving complaints that the senior doctors and specialists are not visiting the wards", None),
                  ("a8", "INDIRECT", None, ("complaints", "complaints that the senior"),
                   "the senior doctors and specialists are not visiting the wards", "a7"),
                  ("a9", "DIRECT", "m7", "alleged",
                   seg(T, "I found truth in the complaints", "signing the register,"), None),
                  ("a10", "INDIRECT", "m8", ("sought", "He sought"),
                   seg(T, "stringent action against", "who are sincere"), None),
                  ("a11", "INDIRECT", "m9", "emphasised", "judicious spending of oxygen and its regular audit", None)])

# ---------------------------------------------------------------------------------------
# The stored page opens with a stray "." (removed); the byline "DA NANG Today" with its
# "Published:" line and the photo caption, printed twice, are removed. The page breaks off in the
# paragraph after the match summary ("When Viet Nam sc"): cut before it. Notes:
# - Headline "... semi triumph: Malaysia coach": a claim followed by the speaker, null cue (as the
#   "claim – name" headline of FORMAT.md).
# - The coach's quotation opened after "said ... that," runs over four paragraphs without a
#   closing mark until "this match.”": one DIRECT attribution (FORMAT.md, Unit).
# - "The coach praised the performance of ...", "Miura ... complimented his players for ...":
#   evaluative reporting with a content (as "lambasted X for ..." in test13_c). The quotation that
#   follows "complimented ...," in the same sentence has no reporting verb of its own: it
#   continues Miura with a null cue (FORMAT.md: a quotation with no reporting clause continues the
#   previous speaker).
# - "Commenting on the penalty ...": a topic adjunct of Mui's claim, no claim of its own.
doc("baodanang-malaysia-coach-vietnam-suzuki-cup-semi",
    url="https://baodanang.vn/english/culture-sport/201412/viet-nam-displays-outstanding-football-in-suzuki-cup-semi-triumph-malaysia-coach-2381418",
    outlet="Da Nang Today", country="Vietnam", topic="sport", cut=True, published="2014-12-09",
    text=(T := "Viet Nam displays outstanding football in Suzuki Cup semi triumph: Malaysia coach\n"
          "Malaysian coach Dollah Salleh admitted that the Vietnamese visitors displayed very good football in their 2-1 victory over his men on Sunday in the first leg of their 2014 Southeast Asian Football Championship, or AFF Suzuki Cup, semifinal.\n"
          "The coach said after the match in Kuala Lumpur that, “I am disappointed but we still have 90 more minutes in the return leg in Ha Noi on Thursday.\n"
          "“There we must play with 200 percent of our strength to hope for an aggregate win over Viet Nam.\n"
          "“Today, my players pushed up in their formation to look for goals and thus failed in defense and lost the game.\n"
          "“We had careful preparations for this match.”\n"
          "He added that, “We were actually lucky because Viet Nam should have scored more than two goals.”\n"
          "The coach praised the performance of midfielder Thanh Luong, striker Cong Vinh, and defender Ngoc Hai of the Vietnamese side.\n"
          "Japanese coach Toshiya Miura of Viet Nam also complimented his players for their spirit and skills, “This match was difficult for us and my players were calm to compete for this win in front of 65,000 Malaysian fans in the stands.”\n"
          "He added, “We realize that everything can happen in the return leg on Thursday and we will be careful.”\n"
          "Commenting on the penalty that Chinese referee Ma Ning awarded Malaysia, head of the Vietnamese referees’ board Nguyen Van Mui said, “The referee should not have awarded that penalty.”\n"
          "The ball hit the shoulder, not the hand, of Vietnamese defender Huy Hung, he argued.\n"
          "After conceding the goal from the penalty, Viet Nam got two goals in the 32nd and the 60th minutes by Huy Toan and Van Quyet to win 2-1."),
    entities=[("salleh", "Dollah Salleh", "PERSON", ["Salleh", "Malaysian coach Dollah Salleh", "Malaysia coach"],
               "head coach of Malaysia"),
              ("miura", "Toshiya Miura", "PERSON", ["Miura", "Japanese coach Toshiya Miura of Viet Nam"],
               "Japanese head coach of Viet Nam"),
              ("mui", "Nguyen Van Mui", "PERSON", ["Mui", "head of the Vietnamese referees’ board Nguyen Van Mui"],
               "head of the Vietnamese referees' board")],
    mentions=[("m1", "Malaysia coach", "salleh"),
              ("m2", "Malaysian coach Dollah Salleh", "salleh"),
              ("m3", ("The coach", "The coach said"), "salleh"),
              ("m4", ("He", "He added that"), "salleh"),
              ("m5", ("The coach", "The coach praised"), "salleh"),
              ("m6", "Japanese coach Toshiya Miura of Viet Nam", "miura"),
              ("m7", ("He", "He added, “We realize"), "miura"),
              ("m8", "head of the Vietnamese referees’ board Nguyen Van Mui", "mui"),
              ("m9", ("he", "he argued"), "mui")],
    attributions=[("a1", "INDIRECT", "m1", None, "Viet Nam displays outstanding football in Suzuki Cup semi triumph", None),
                  ("a2", "INDIRECT", "m2", "admitted",
                   seg(T, "the Vietnamese visitors displayed", "AFF Suzuki Cup, semifinal"), None),
                  ("a3", "DIRECT", "m3", ("said", "The coach said"),
                   seg(T, "I am disappointed but", "preparations for this match."), None),
                  ("a4", "DIRECT", "m4", ("added", "He added that"),
                   "We were actually lucky because Viet Nam should have scored more than two goals.", None),
                  ("a5", "INDIRECT", "m5", "praised",
                   "the performance of midfielder Thanh Luong, striker Cong Vinh, and defender Ngoc Hai of the Vietnamese side", None),
                  ("a6", "INDIRECT", "m6", "complimented", "his players for their spirit and skills", None),
                  ("a7", "DIRECT", "m6", None,
                   seg(T, "This match was difficult for us", "fans in the stands."), None),
                  ("a8", "DIRECT", "m7", ("added", "He added, “We realize"),
                   "We realize that everything can happen in the return leg on Thursday and we will be careful.", None),
                  ("a9", "DIRECT", "m8", ("said", "Mui said"), "The referee should not have awarded that penalty.", None),
                  ("a10", "INDIRECT", "m9", "argued",
                   "The ball hit the shoulder, not the hand, of Vietnamese defender Huy Hung", None)])

write("test14_c.jsonl")
