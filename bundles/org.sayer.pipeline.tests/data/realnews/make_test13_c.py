#!/usr/bin/env python3
"""Writes test13_c.jsonl: real-news gold, split test13-c (see gold.py). Run: python3 make_test13_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page opens with the section label "Valley" (removed); the byline "Bibek Pokhrel" is
# removed. The standfirst is kept. The whole article is stored. The date is the page's address.
# Notes:
# - "recommend(ing) charges against 108 individuals" and "Police have proposed a case on ...":
#   recommending and proposing charges are speech acts (as "called for" in FORMAT.md), with the
#   recommended charges as content. "Charges have been proposed ..." inside Niraula's quotation and
#   the standfirst's "Proposed charges include ..." are not split off: the proposed thing is the
#   passive subject or a participle's noun, so no contiguous content lies outside the cue
#   (FORMAT.md leaves out participles with no finite reporting verb).
# - "a protest ... organised by the Joint People's Movement Committee led by Nabaraj Subedi,
#   demanding the restoration of monarchy, among other agendas": the demand is the organiser's,
#   the committee (source without the "led by" modifier); "among other agendas" is the reporter's
#   aside, left out.
doc("kathmandupost-tinkune-violence-police-report-108-charges",
    url="https://kathmandupost.com/valley/2025/05/23/police-submit-report-on-tinkune-violence-recommend-charges-against-108-individuals",
    outlet="The Kathmandu Post", country="Nepal", topic="courts-crime", cut=False, published="2025-05-23",
    text=(T := "Police submit report on Tinkune violence, recommend charges against 108 individuals\n"
          "Proposed charges include organised crime, murder and sedition.\n"
          "Police have completed their investigation into the violent pro-monarchy protest at Tinkune in Kathmandu on March 28 and submitted a report to the Kathmandu District Government Attorney’s Office recommending charges against 108 individuals.\n"
          "According to Superintendent of Police Apilraj Bohara, the spokesperson for the Kathmandu District Police Range, the report was registered on Thursday. During the investigation phase, police detained 90 individuals.\n"
          "Gokul Bahadur Niraula, spokesperson for the Kathmandu District Attorney’s Office, said the report will be reviewed and a case will be filed by Sunday. “Charges have been proposed under five offences against 108 people, including four minors,” he said.\n"
          "Police have proposed a case on criminal offence, organised crime, sedition, murder, and attempted murder. “The report may be amended, but we aim to register the case at the Kathmandu District Court by Sunday,” said Niraula.\n"
          "According to SP Bohara, police investigated 61 individuals for criminal offences and organised crime, and 29 for sedition. Of them, 34 under criminal offence and three under sedition charges have been released on the condition of appearing when summoned.\n"
          "They were arrested following a protest on March 28 at Tinkune, Kathmandu, organised by the Joint People’s Movement Committee led by Nabaraj Subedi, demanding the restoration of monarchy, among other agendas. The demonstration turned violent, resulting in the deaths of two individuals and the loss of property.\n"
          "Rastriya Prajatantra Party (RPP) senior vice-chair Rabindra Mishra and general secretary and lawmaker Dhawal Shamsher Rana, who were arrested in connection with the protest, have been released. Controversial businessman Durga Prasai, who led the Tinkune protest as ‘field commander’, is still in police custody."),
    entities=[("police", "Police", "ORGANIZATION", ["police"], "Nepal Police, Kathmandu District Police Range"),
              ("bohara", "Apilraj Bohara", "PERSON",
               ["Bohara", "SP Bohara",
                "Superintendent of Police Apilraj Bohara, the spokesperson for the Kathmandu District Police Range"],
               "spokesperson for the Kathmandu District Police Range"),
              ("niraula", "Gokul Bahadur Niraula", "PERSON",
               ["Niraula", "Gokul Bahadur Niraula, spokesperson for the Kathmandu District Attorney’s Office"],
               "spokesperson for the Kathmandu District Attorney's Office"),
              ("committee", "Joint People’s Movement Committee", "ORGANIZATION",
               ["the Joint People’s Movement Committee"], "pro-monarchy protest organiser led by Nabaraj Subedi")],
    mentions=[("m1", ("Police", "Police submit"), "police"),
              ("m2", ("Police", "Police have completed"), "police"),
              ("m3", "Superintendent of Police Apilraj Bohara, the spokesperson for the Kathmandu District Police Range", "bohara"),
              ("m4", ("police", "police detained"), "police"),
              ("m5", "Gokul Bahadur Niraula, spokesperson for the Kathmandu District Attorney’s Office", "niraula"),
              ("m6", ("he", "he said."), "niraula"),
              ("m7", ("Police", "Police have proposed"), "police"),
              ("m8", ("Niraula", "said Niraula"), "niraula"),
              ("m9", "SP Bohara", "bohara"),
              ("m10", ("police", "police investigated"), "police"),
              ("m11", "the Joint People’s Movement Committee", "committee")],
    attributions=[("a1", "INDIRECT", "m1", ("recommend", "recommend charges"),
                   ("charges against 108 individuals", "recommend charges"), None),
                  ("a2", "INDIRECT", "m2", "recommending",
                   ("charges against 108 individuals", "recommending charges"), None),
                  ("a3", "INDIRECT", "m3", ("According to", "According to Superintendent"),
                   "the report was registered on Thursday", None),
                  ("a4", "INDIRECT", "m5", ("said", "Office, said the report"),
                   "the report will be reviewed and a case will be filed by Sunday", None),
                  ("a5", "DIRECT", "m6", ("said", "he said."),
                   "Charges have been proposed under five offences against 108 people, including four minors,", None),
                  ("a6", "INDIRECT", "m7", ("proposed", "Police have proposed"),
                   "a case on criminal offence, organised crime, sedition, murder, and attempted murder", None),
                  ("a7", "DIRECT", "m8", ("said", "said Niraula"),
                   "The report may be amended, but we aim to register the case at the Kathmandu District Court by Sunday,", None),
                  ("a8", "INDIRECT", "m9", ("According to", "According to SP"),
                   "police investigated 61 individuals for criminal offences and organised crime, and 29 for sedition", None),
                  ("a9", "INDIRECT", "m11", "demanding", "the restoration of monarchy", None)])

# ---------------------------------------------------------------------------------------
# The stored page breaks off in the last paragraph ("Tinio urged the administration of President
# Ferdinand Marcos Jr. to further increase the budget for education", no full stop, the copy
# ends): cut before it. The page's translation line "[Translation: ...]" is kept as printed. The
# date is the page's address. Notes:
# - Headline "‘Worst secretary ever’: Solon lambasts Duterte ...": the quoted words before the colon
#   are the solon's (the lead says he "described her as the “worst secretary ever.”"), so the
#   quotation is DIRECT with the solon as source and a null cue, as a colon headline has
#   (FORMAT.md, Headlines); "lambasts" takes its object as content, as the corpus does for
#   "lambasted X for ...".
# - "for complaining on education system" / "over her complaints against the education system":
#   Duterte's own complaint is a speech act nested in the solon's claim (the preposition that
#   links the cue is left out); in the quotation "How can she complain about our students lacking
#   access ..." likewise ("Speech nested inside a quote").
# - "Rep. Antonio Tinio’s remark came after ...": a possessive (no mention) and a noun cue with no
#   content. "A report ... showed the DepEd had a low budget utilization": an evidential ("studies
#   show that"), left out. "The alleged confidential fund mismanagement": a hedge.
# - The "[Translation: ...]" line renders the Filipino half of the quotation above it; it is the
#   editor's gloss, no report of its own, so it carries no claim.
doc("newswatchplus-tinio-duterte-worst-deped-secretary",
    url="https://www.newswatchplus.ph/news/2025/8/19/worst-secretary-ever-tinio-lambasts-duterte-for-complaining-on-education.html",
    outlet="NewsWatch Plus", country="Philippines", topic="politics", cut=True, published="2025-08-19",
    text=(T := "‘Worst secretary ever’: Solon lambasts Duterte for complaining on education system\n"
          "Metro Manila, Philippines - A lawmaker has lambasted Vice President Sara Duterte, who served as education chief, over her complaints against the education system, and described her as the “worst secretary ever.”\n"
          "House Deputy Minority Leader and ACT Teachers party-list Rep. Antonio Tinio’s remark came after Duterte said the education system has been stuck at “paper and pencil” level.\n"
          "Tinio said the vice president has no right to complain as the Marcos administration and her failures contributed to the education crisis.\n"
          "\"VP Duterte even failed to deliver even a fraction of what was expected of her during her tenure as Education Secretary,\" Tinio said in a statement on Tuesday, Aug. 19.\n"
          "\"How can she complain about our students lacking access to modern technology when she couldn't even ensure they had basic textbooks and learning materials? Paano niya nasabing kulang tayo sa teknolohiya eh hindi nga niya naibigay ang mga pangunahing pangangailangan ng mga estudyante?\" he said.\n"
          "[Translation: How can she say we lacked technology when she was not able to provide the basic needs of students?]\n"
          "A report of the Congressional Policy and Budget Research Department showed the DepEd had a low budget utilization under Duterte’s leadership from 2017 to 2024.\n"
          "The Commission on Audit earlier reported that the Duterte-led DepEd only completed 192 out of the 6,379 target of new classrooms in 2023.\n"
          "Tinio also noted that only 48 percent of the school-based feeding programs were implemented under Duterte’s leadership.\n"
          "“Mas inatupag pa niya ang [She focused on the] confidential funds sa [of] Deped sa halip ng [instead of the] learning crisis,” he said.\n"
          "The alleged confidential fund mismanagement was among the reasons why the House of Representatives impeached Duterte in February."),
    entities=[("tinio", "Antonio Tinio", "PERSON",
               ["Tinio", "Rep. Antonio Tinio", "Solon", "A lawmaker",
                "House Deputy Minority Leader and ACT Teachers party-list Rep. Antonio Tinio"],
               "House Deputy Minority Leader, ACT Teachers party-list representative"),
              ("duterte", "Sara Duterte", "PERSON",
               ["Duterte", "Vice President Sara Duterte", "VP Duterte", "the vice president"],
               "Vice President of the Philippines, former Education Secretary"),
              ("coa", "The Commission on Audit", "ORGANIZATION", ["Commission on Audit", "COA"],
               "Philippine state auditor")],
    mentions=[("m1", "Solon", "tinio"),
              ("m2", ("Duterte", "lambasts Duterte"), "duterte"),
              ("m3", "A lawmaker", "tinio"),
              ("m4", "Vice President Sara Duterte", "duterte"),
              ("m5", ("her", "her complaints"), "duterte"),
              ("m6", ("Duterte", "Duterte said"), "duterte"),
              ("m7", ("Tinio", "Tinio said the vice"), "tinio"),
              ("m8", "the vice president", "duterte"),
              ("m9", "VP Duterte", "duterte"),
              ("m10", ("Tinio", "Tinio said in a statement"), "tinio"),
              ("m11", ("she", "she complain about"), "duterte"),
              ("m12", ("he", "he said.\n[Translation"), "tinio"),
              ("m13", "The Commission on Audit", "coa"),
              ("m14", ("Tinio", "Tinio also noted"), "tinio"),
              ("m15", ("he", "he said.\nThe alleged"), "tinio"),
              ("m16", ("Duterte", "impeached Duterte"), "duterte")],
    attributions=[("a1", "DIRECT", "m1", None, "Worst secretary ever", None),
                  ("a2", "INDIRECT", "m1", "lambasts", "Duterte for complaining on education system", None),
                  ("a3", "INDIRECT", "m2", "complaining", ("education system", "complaining on education"), "a2"),
                  ("a4", "INDIRECT", "m3", "lambasted",
                   "Vice President Sara Duterte, who served as education chief, over her complaints against the education system", None),
                  ("a5", "INDIRECT", "m5", "complaints", ("the education system", "complaints against the"), "a4"),
                  ("a6", "MIXED", "m3", "described", "her as the “worst secretary ever.”", None),
                  ("a7", "MIXED", "m6", ("said", "Duterte said"),
                   "the education system has been stuck at “paper and pencil” level", None),
                  ("a8", "INDIRECT", "m7", ("said", "Tinio said the vice"),
                   "the vice president has no right to complain as the Marcos administration and her failures contributed to the education crisis", None),
                  ("a9", "DIRECT", "m10", ("said", "Tinio said in a statement"),
                   "VP Duterte even failed to deliver even a fraction of what was expected of her during her tenure as Education Secretary,", None),
                  ("a10", "DIRECT", "m12", ("said", "he said.\n[Translation"),
                   seg(T, "How can she complain", "mga estudyante?"), None),
                  ("a11", "INDIRECT", "m11", ("complain", "she complain about"),
                   "our students lacking access to modern technology", "a10"),
                  ("a12", "INDIRECT", "m13", "reported",
                   "the Duterte-led DepEd only completed 192 out of the 6,379 target of new classrooms in 2023", None),
                  ("a13", "INDIRECT", "m14", "noted",
                   "only 48 percent of the school-based feeding programs were implemented under Duterte’s leadership", None),
                  ("a14", "DIRECT", "m15", ("said", "he said.\nThe alleged"),
                   seg(T, "Mas inatupag", "learning crisis,"), None)])

# ---------------------------------------------------------------------------------------
# The stored page is the whole article up to the paragraph it breaks off ("A co..."): cut before
# it. The date is the page's address. Notes:
# - Headline "Ratepayers: “We want ...”": a colon headline; "Ratepayers" is the Mallala Ratepayers
#   Association, whose John Lush speaks in the lead.
# - The two quotation blocks after the narrative paragraphs have no reporting clause of their own
#   and continue John Lush (null cue); the first runs over three paragraphs (one unit).
# - "He then addressed the Mayor’s media response to claims that Council spending $12m on the
#   proposed move are incorrect": "addressed" gives only a topic (no claim). The mayor's
#   response is a noun cue whose content is what follows "to" (its claim that the claims are
#   incorrect); the claims themselves ("Council spending $12m on the proposed move") are nested
#   with a null source (FORMAT.md: `claims that ...` with no claimant).
# - "Councillor Joe Danielle then stated “that figure ...”": DIRECT (the whole content is one
#   quotation, object of the verb); "despite the absence of a new report retracting the figure"
#   is an adjunct, and the absent report is no claim.
# - "Calls for better economic management were heard": noun cue, nobody named, null source.
# - "Councillor Picard ... assured residents that ..., “it will happen soon”, she said": two claims,
#   the governed clause with "assured" and the quotation with the trailing "she said". "a review ...
#   has been requested" is not split off (the requested thing is the passive subject).
doc("twowellsecho-mallala-ratepayers-work-with-council",
    url="https://www.twowellsecho.com.au/2015/10/01/ratepayers-we-want-to-work-with-council-not-against-them/",
    outlet="Two Wells Echo", country="Australia", topic="local", cut=True, published="2015-10-01",
    text=(T := "Ratepayers: “We want to work with council, not against them”\n"
          "“We want to work with Council, not against them,” stated John Lush to a crowd of 80 people, on Wednesday September 9, at the Two Wells Football Club.\n"
          "The Mallala Ratepayers Association held another meeting at a larger venue to cater for the growing number of residents who are joining the group.\n"
          "The tone of this meeting was pro-active, rather than reactive, as the notion of cooperation with the council develops.\n"
          "“We’ve got 700 members and growing, as we speak.\n"
          "“Join our association and we’ll respect your concerns, and represent you in a professional manner.\n"
          "“We will collate information and present that information to Council for consideration.”\n"
          "“We want to give ratepayers a voice on what they want to see happen in their area.”\n"
          "An impressive show of councillors, along with Mayor Duncan Kennington, were present to hear the Association, as well as residents’ concerns about their local area.\n"
          "In particular, aspects of regions not being maintained properly, requiring much needed funds to stop them from being public liability issues.\n"
          "“The $250,000 budgeted for temporarily shifting the council offices from Mallala to Two Wells is seen as a way of fast tracking the movement to a permanent basis, which means more costs”, said Craig Argent, Association committee member.\n"
          "He then addressed the Mayor’s media response to claims that Council spending $12m on the proposed move are incorrect.\n"
          "“It’s recorded in the Mallala and Districts Facilities and Infrastructure Advisory Committee, August 2013,” said Craig.\n"
          "Councillor Joe Danielle then stated “that figure was scrapped a long time ago”, despite the absence of a new report retracting the figure.\n"
          "Calls for better economic management were heard from around the room.\n"
          "Councillor Picard of Lewiston assured residents that a review of the long term financial plan has been requested, “it will happen soon”, she said."),
    entities=[("association", "Mallala Ratepayers Association", "ORGANIZATION",
               ["Ratepayers", "The Mallala Ratepayers Association", "the Association"], "ratepayers' group"),
              ("lush", "John Lush", "PERSON", ["Lush"], "speaker for the Mallala Ratepayers Association"),
              ("kennington", "Duncan Kennington", "PERSON", ["Mayor Duncan Kennington", "the Mayor", "Kennington"],
               "Mayor of the District Council of Mallala"),
              ("argent", "Craig Argent", "PERSON", ["Craig", "Argent", "Craig Argent, Association committee member"],
               "Mallala Ratepayers Association committee member"),
              ("danielle", "Joe Danielle", "PERSON", ["Councillor Joe Danielle", "Danielle"], "councillor"),
              ("picard", "Picard", "PERSON", ["Councillor Picard of Lewiston", "Councillor Picard"],
               "councillor for Lewiston")],
    mentions=[("m1", ("Ratepayers", "Ratepayers:"), "association"),
              ("m2", "John Lush", "lush"),
              ("m3", "The Mallala Ratepayers Association", "association"),
              ("m13", "our association", "association"),
              ("m4", "Mayor Duncan Kennington", "kennington"),
              ("m5", "the Association", "association"),
              ("m6", "Craig Argent, Association committee member", "argent"),
              ("m7", ("He", "He then addressed"), "argent"),
              ("m8", ("the Mayor", "the Mayor’s media"), "kennington"),
              ("m9", ("Craig", "said Craig."), "argent"),
              ("m10", "Councillor Joe Danielle", "danielle"),
              ("m11", "Councillor Picard of Lewiston", "picard"),
              ("m12", ("she", "she said."), "picard")],
    attributions=[("a1", "DIRECT", "m1", None, "We want to work with council, not against them", None),
                  ("a2", "DIRECT", "m2", ("stated", "stated John"), "We want to work with Council, not against them,", None),
                  ("a3", "DIRECT", "m2", None, seg(T, "We’ve got 700 members", "Council for consideration."), None),
                  ("a4", "DIRECT", "m2", None,
                   "We want to give ratepayers a voice on what they want to see happen in their area.", None),
                  ("a5", "DIRECT", "m6", ("said", "said Craig Argent"),
                   seg(T, "The $250,000 budgeted", "which means more costs"), None),
                  ("a6", "INDIRECT", "m8", "response",
                   "claims that Council spending $12m on the proposed move are incorrect", None),
                  ("a7", "INDIRECT", None, ("claims", "claims that Council"),
                   "Council spending $12m on the proposed move", "a6"),
                  ("a8", "DIRECT", "m9", ("said", "said Craig."),
                   "It’s recorded in the Mallala and Districts Facilities and Infrastructure Advisory Committee, August 2013,", None),
                  ("a9", "DIRECT", "m10", ("stated", "stated “that"), "that figure was scrapped a long time ago", None),
                  ("a10", "INDIRECT", None, "Calls", "better economic management", None),
                  ("a11", "INDIRECT", "m11", "assured",
                   "a review of the long term financial plan has been requested", None),
                  ("a12", "DIRECT", "m12", ("said", "she said."), "it will happen soon", None)])

# ---------------------------------------------------------------------------------------
# The stored page breaks off in the paragraph after Dr Kuljit's last claim ("“Private hospitals have
# infrastructure for screening of diseases, particularly non-co"): cut before it. The dateline
# "KUALA LUMPUR, Dec 5 –" opens the lead and is no attribution. The date is the page's address.
# Notes:
# - Headline "... To Curb ‘Unprecedented’ Shortage: APHM": a colon headline whose claim holds a
#   quoted word, so MIXED (FORMAT.md: every style of mark counts).
# - "tells the government to immediately bring in foreign nurses" drops the addressee, as "staff
#   were told to stay home"; "urged the Ministry of Health (MOH) to ..." keeps it, as the corpus does
#   for "urged X to Y" (seed a23/a24, "called on X to Y"). "amid an acute (nursing) shortage ..." is
#   an adjunct of the telling / urging, left out.
# - "Private hospitals have urged ...": the hospitals as a group, a separate entity from their
#   association (FORMAT.md: a group's representatives are separate entities).
# - "that it believes is also happening in public hospitals": the association's own attitude
#   within its report, not split off; "We urge the government ..." in Dr Kuljit's statement is the
#   speaker's own performative, not split off either.
# - "Ling Tian Soon reportedly said last May that ...": cue "said" without the hedge; "last May"
#   is an adjunct of the saying; "estimated at between 15,000 and 18,000" is a participle with no
#   finite reporting verb, left inside the content.
doc("codeblue-aphm-malaysia-foreign-nurses-shortage",
    url="https://codeblue.galencentre.org/2022/12/05/malaysia-must-recruit-foreign-nurses-to-curb-unprecedented-shortage-aphm/",
    outlet="CodeBlue", country="Malaysia", topic="health-science", cut=True, published="2022-12-05",
    text=(T := "Malaysia Must Recruit Foreign Nurses To Curb ‘Unprecedented’ Shortage: APHM\n"
          "The Association of Private Hospitals Malaysia tells the government to immediately bring in foreign nurses amid an acute nursing shortage across the public and private sectors.\n"
          "KUALA LUMPUR, Dec 5 – Private hospitals have urged the Ministry of Health (MOH) to immediately liberalise the nursing labour market and bring in foreign nurses amid an acute shortage.\n"
          "The Association of Private Hospitals Malaysia (APHM) said private hospitals in the country are currently suffering an unprecedented shortage of nurses that it believes is also happening in public hospitals.\n"
          "“We urge the government to facilitate training more nurses and making the processes to be trained in post-specialty basic seamless with better incentives for local nursing schools,” APHM president Dr Kuljit Singh said in a statement yesterday.\n"
          "“In the meantime there should be an immediate effort to have foreign nurses brought into Malaysia, regardless if they are post-basic specialised trained. This will immediately assist both private and public health care to cope with the current challenges we are all facing.\n"
          "“Other countries within the region are offering better packages to our nurses to work in their countries and the brain drain will affect our health care.”\n"
          "Johor state executive councillor in charge of health and unity Ling Tian Soon reportedly said last May that the state was facing a significant shortage of nurses, estimated at between 15,000 and 18,000, following an exodus to Singapore, where some nurses are paid as much as specialist doctors in Malaysia.\n"
          "Dr Kuljit said the acute and unprecedented nursing shortage is causing delays in patient admission at private hospitals, leading to an increased burden on public hospitals as more patients are forced to go there despite their ability to afford private health care."),
    entities=[("aphm", "Association of Private Hospitals Malaysia", "ORGANIZATION",
               ["APHM", "The Association of Private Hospitals Malaysia", "The Association of Private Hospitals Malaysia (APHM)"],
               "association of Malaysia's private hospitals"),
              ("hospitals", "Private hospitals", "GROUP", ["private hospitals in the country"],
               "Malaysia's private hospitals"),
              ("kuljit", "Kuljit Singh", "PERSON", ["Dr Kuljit Singh", "Dr Kuljit", "Kuljit"], "APHM president"),
              ("ling", "Ling Tian Soon", "PERSON",
               ["Johor state executive councillor in charge of health and unity Ling Tian Soon"],
               "Johor state executive councillor in charge of health and unity")],
    mentions=[("m1", ("APHM", "Shortage: APHM"), "aphm"),
              ("m2", ("The Association of Private Hospitals Malaysia", "The Association of Private Hospitals Malaysia tells"), "aphm"),
              ("m3", "Private hospitals", "hospitals"),
              ("m4", "The Association of Private Hospitals Malaysia (APHM)", "aphm"),
              ("m5", "private hospitals in the country", "hospitals"),
              ("m6", "APHM president Dr Kuljit Singh", "kuljit"),
              ("m7", "Johor state executive councillor in charge of health and unity Ling Tian Soon", "ling"),
              ("m8", ("Dr Kuljit", "Dr Kuljit said"), "kuljit"),
              ("m9", ("private hospitals", "admission at private hospitals"), "hospitals")],
    attributions=[("a1", "MIXED", "m1", None, "Malaysia Must Recruit Foreign Nurses To Curb ‘Unprecedented’ Shortage", None),
                  ("a2", "INDIRECT", "m2", "tells", "to immediately bring in foreign nurses", None),
                  ("a3", "INDIRECT", "m3", "urged",
                   "the Ministry of Health (MOH) to immediately liberalise the nursing labour market and bring in foreign nurses", None),
                  ("a4", "INDIRECT", "m4", ("said", "(APHM) said"),
                   "private hospitals in the country are currently suffering an unprecedented shortage of nurses that it believes is also happening in public hospitals", None),
                  ("a5", "DIRECT", "m6", ("said", "Singh said"),
                   seg(T, "We urge the government", "local nursing schools,"), None),
                  ("a6", "DIRECT", "m6", None, seg(T, "In the meantime", "affect our health care."), None),
                  ("a7", "INDIRECT", "m7", ("said", "reportedly said"),
                   seg(T, "the state was facing", "specialist doctors in Malaysia"), None),
                  ("a8", "INDIRECT", "m8", ("said", "Dr Kuljit said"),
                   seg(T, "the acute and unprecedented", "afford private health care"), None)])

# ---------------------------------------------------------------------------------------
# The stored page opens with "sb-nz logo" and "Story image" (removed) and gives the date under the
# headline (removed, recorded as published). It breaks off in the paragraph "Meikle adds, “While
# this breach has resulted from ...": cut before it, so the last quotation, left open at its
# paragraph end as printed, has no closing mark in the text and ends with it. Notes:
# - "The Commerce Commission has released a statement saying ...": the statement is the
#   commission's (author named in the sentence), so the commission is the source, cue "saying".
# - "The Commission was informed last week that ...": agentless passive, null source; the
#   addressee is not content.
# - "“We will also no longer be using the external provider. ...": no reporting clause of its own
#   in the text (its clause, "Meikle adds", is cut off), so it continues Meikle with a null cue.
#   Inside it, "The provider has informed us it did not meet these obligations" is nested (the
#   addressee "us" left out).
# - "is confident that every possible action is being taken": Meikle's own attitude in her report,
#   not split off.
doc("securitybrief-comcom-stolen-computer-equipment-breach",
    url="https://securitybrief.co.nz/story/comcom-faces-security-breach-from-stolen-computer-equipment",
    outlet="SecurityBrief New Zealand", country="New Zealand", topic="technology", cut=True, published="2019-10-08",
    text=(T := "ComCom faces security breach from stolen computer equipment\n"
          "The Commerce Commission has released a statement saying it is working with Police and taking a range of other actions following the theft of computer equipment belonging to an external provider.\n"
          "The Commission was informed last week that more than 200 meeting and interview transcripts across a range of the Commission’s work were contained on computer equipment stolen in a burglary.\n"
          "The transcripts may date back to early 2016 and contain some confidential information businesses and individuals have provided the Commission.\n"
          "The Commission’s own network and systems have not been breached.\n"
          "The information potentially contained on the stolen computer equipment does not include any documents or general consumer complaints provided to the Commission.\n"
          "Chief executive Adrienne Meikle says the Commission has been in close contact with Police and is confident that every possible action is being taken to locate and recover the stolen equipment.\n"
          "“We are in the process of contacting those affected to discuss the details of the information potentially compromised.\n"
          "“Some of the information is subject to a confidentiality order issued by the Commission under section 100 of the Commerce Act. This makes it a criminal offence for any person in possession of the devices or information from the devices to disclose or communicate it to anyone while the orders are in force. We are also exploring other potential legal avenues to help protect the confidentiality of the information,” Meikle says.\n"
          "“We will also no longer be using the external provider. It was subject to contractual and confidentiality obligations to ensure that information was stored securely and deleted after use. The provider has informed us it did not meet these obligations."),
    entities=[("comcom", "Commerce Commission", "ORGANIZATION",
               ["The Commerce Commission", "the Commission", "ComCom"], "New Zealand's competition regulator"),
              ("meikle", "Adrienne Meikle", "PERSON", ["Meikle", "Chief executive Adrienne Meikle"],
               "chief executive of the Commerce Commission"),
              ("provider", "the external provider", "ORGANIZATION", ["The provider", "an external provider"],
               "the Commission's third-party supplier")],
    mentions=[("m1", "ComCom", "comcom"),
              ("m2", "The Commerce Commission", "comcom"),
              ("m3", "an external provider", "provider"),
              ("m4", ("The Commission", "The Commission was informed"), "comcom"),
              ("m5", ("the Commission", "provided the Commission."), "comcom"),
              ("m6", ("the Commission", "provided to the Commission"), "comcom"),
              ("m7", "Chief executive Adrienne Meikle", "meikle"),
              ("m8", ("the Commission", "the Commission has been"), "comcom"),
              ("m9", ("the Commission", "issued by the Commission"), "comcom"),
              ("m10", ("Meikle", "Meikle says."), "meikle"),
              ("m11", "the external provider", "provider"),
              ("m12", "The provider", "provider")],
    attributions=[("a1", "INDIRECT", "m2", "saying",
                   seg(T, "it is working with Police", "belonging to an external provider"), None),
                  ("a2", "INDIRECT", None, ("informed", "informed last week"),
                   seg(T, "more than 200 meeting", "stolen in a burglary"), None),
                  ("a3", "INDIRECT", "m7", ("says", "Meikle says the"),
                   seg(T, "the Commission has been in close", "recover the stolen equipment"), None),
                  ("a4", "DIRECT", "m10", ("says", "Meikle says."),
                   seg(T, "We are in the process", "confidentiality of the information,"), None),
                  ("a5", "DIRECT", "m10", None, seg(T, "We will also no longer", "did not meet these obligations."), None),
                  ("a6", "INDIRECT", "m12", ("informed", "has informed us"), "it did not meet these obligations", "a5")])

# ---------------------------------------------------------------------------------------
# A Reuters wire story on jawawa.id, an Indonesian archive of news articles (the outlet recorded
# is the site). The stored page prints the headline twice: kept once. It breaks off inside the
# last quotation ("... permanent hold on the 100,000 hectares,\" "): cut before that paragraph.
# The page gives no date. Notes:
# - "accuse(d) X of Y" takes "X of Y" as content, as the corpus does; the adjunct "yesterday" between
#   them stays (as "called on the ministry on Monday to publish the data").
# - "Filipino tribe members", "RP tribesmen", "Maguling and three other tribesmen", "Maguling and
#   the three others" and "the tribesmen" are one GROUP (one collective in one scene; the
#   coordinated subjects are one group, FORMAT.md); Maguling himself is a separate PERSON.
# - "the charges made by some members of the B'laan" and "had no immediate reaction to the charges
#   made by the tribesmen": noun cues with no content of their own here, no claim.
# - "a mayor in the area had threatened to use air force planes to bomb them ...": a speech act
#   inside the tribesmen's claim, nested; "a new mining law that they said would allow ...": a
#   speech act in a relative clause inside a claim, nested (FORMAT.md, Included).
doc("jawawa-philippines-tribesmen-accuse-western-mining-pollution",
    url="https://jawawa.id/newsitem/rp-tribesmen-accuse-aussie-of-pollution-1447893297",
    outlet="Jawawa", country="Indonesia", topic="environment", cut=True,
    text=(T := "RP tribesmen accuse Aussie of pollution\n"
          "MANILA (Reuter): Filipino tribe members accused Australia's Western Mining Corp (WMC) yesterday of plotting with the government to drive them off and pollute their land on the southern Philippines island of Mindanao.\n"
          "But the project manager of WMC in the Philippines, Terence Gardner, told Reuters that the charges made by some members of the B'laan were false.\n"
          "\"Western Mining is deceiving us to induce us to sign over our land rights. If nobody helps us, we will just die on our land,\" Datu Martin Maguling told reporters in a briefing organized by the leftist New Nationalist Movement (Bayan).\n"
          "Maguling said the Australian firm used toxic chemicals like arsenic, cyanide and mercury in drilling areas near Mount Matutum over 1,000 km south of Manila to evaluate possible deposits of copper.\n"
          "\"They're without basis. We're not using arsenic or cyanide. We don't wash our drills in the rivers. We don't use toxic materials. It's a mess. They don't have any facts,\" Gardner said.\n"
          "\"We're very careful that we recycle our drill water. It is recycled and we just add fresh water if we need it.\"\n"
          "Maguling and three other tribesmen claimed a mayor in the area had threatened to use air force planes to bomb them if they refused to sign over their land rights to the company.\n"
          "Gardner said the threats had nothing to do with WMC.\n"
          "The government's bureau of mines had no immediate reaction to the charges made by the tribesmen.\n"
          "Maguling and the three others also condemned a new mining law that they said would allow WMC to retain the right to explore 100,000 hectares in the area for the next 25 years.\n"
          "But under the law approved last year, foreign companies must hand back a certain percentage of the land they are exploring."),
    entities=[("tribesmen", "Filipino tribe members", "GROUP",
               ["RP tribesmen", "tribe members", "the tribesmen", "Maguling and three other tribesmen",
                "Maguling and the three others", "some members of the B'laan"],
               "B'laan tribe members at a Manila briefing"),
              ("gardner", "Terence Gardner", "PERSON",
               ["Gardner", "the project manager of WMC in the Philippines, Terence Gardner"],
               "project manager of Western Mining Corp in the Philippines"),
              ("maguling", "Datu Martin Maguling", "PERSON", ["Maguling", "Martin Maguling"], "B'laan tribesman"),
              ("mayor", "a mayor in the area", "PERSON", [], "unnamed local mayor")],
    mentions=[("m1", "RP tribesmen", "tribesmen"),
              ("m2", "Filipino tribe members", "tribesmen"),
              ("m3", "the project manager of WMC in the Philippines, Terence Gardner", "gardner"),
              ("m4", "some members of the B'laan", "tribesmen"),
              ("m5", "Datu Martin Maguling", "maguling"),
              ("m6", ("Maguling", "Maguling said"), "maguling"),
              ("m7", ("Gardner", "Gardner said.\n"), "gardner"),
              ("m8", "Maguling and three other tribesmen", "tribesmen"),
              ("m9", "a mayor in the area", "mayor"),
              ("m10", ("Gardner", "Gardner said the threats"), "gardner"),
              ("m11", ("the tribesmen", "made by the tribesmen"), "tribesmen"),
              ("m12", "Maguling and the three others", "tribesmen"),
              ("m13", ("they", "they said would"), "tribesmen")],
    attributions=[("a1", "INDIRECT", "m1", ("accuse", "accuse Aussie"), "Aussie of pollution", None),
                  ("a2", "INDIRECT", "m2", "accused",
                   seg(T, "Australia's Western Mining Corp", "island of Mindanao"), None),
                  ("a3", "INDIRECT", "m3", ("told", "told Reuters"),
                   "the charges made by some members of the B'laan were false", None),
                  ("a4", "DIRECT", "m5", ("told", "told reporters"),
                   seg(T, "Western Mining is deceiving", "die on our land,"), None),
                  ("a5", "INDIRECT", "m6", ("said", "Maguling said"),
                   seg(T, "the Australian firm used", "possible deposits of copper"), None),
                  ("a6", "DIRECT", "m7", ("said", "Gardner said.\n"),
                   seg(T, "They're without basis.", "have any facts,"), None),
                  ("a7", "DIRECT", "m7", None, seg(T, "We're very careful", "if we need it."), None),
                  ("a8", "INDIRECT", "m8", "claimed",
                   seg(T, "a mayor in the area had threatened", "land rights to the company"), None),
                  ("a9", "INDIRECT", "m9", "threatened",
                   seg(T, "to use air force planes", "land rights to the company"), "a8"),
                  ("a10", "INDIRECT", "m10", ("said", "Gardner said the threats"),
                   "the threats had nothing to do with WMC", None),
                  ("a11", "INDIRECT", "m12", "condemned",
                   seg(T, "a new mining law that they said", "for the next 25 years"), None),
                  ("a12", "INDIRECT", "m13", ("said", "they said would"),
                   seg(T, "would allow WMC", "for the next 25 years"), "a11")])

write("test13_c.jsonl")
