#!/usr/bin/env python3
"""Writes train_ci.jsonl: real-news gold, batch train-ci (see gold.py). Run: python3 make_train_ci.py"""
from gold import doc, seg, write

# Batch notes: seven outlets of Asia and Oceania (Malaysia, the Cook Islands, Australia, Bangladesh,
# the Philippines, Pakistan, New Zealand), seven topics (no business story). Stored pages hold only
# the start of most articles, so most texts are cut at the last whole paragraph of the stored copy.


# ---------------------------------------------------------------------------------------
# MyNewsHub (Malaysia), English edition. The site banner ("Hottest Online News Portal") and the
# section label ("in Latest") are removed. The page gives no date. The stored copy breaks off inside
# a quotation that runs over two paragraphs ("“At least, ..." ¶ "“I wanted ... Instead,"), so the
# text is cut before it.
# Notes:
# - The headline "Opposition Exploiting TUn M For Political Gains" has no cue and no colon frame,
#   so it is no claim.
# - "Datuk Seri Azalina Othman Said said ...": the cue is the second "said" (her name ends in Said).
# - "“I am not sure ... That is their right." ¶ "“But then again ... legislation ?” she told": a
#   quotation over two paragraphs, one DIRECT claim (FORMAT.md, Unit); "told at the Parliament
#   building" has no addressee, the cue is "told".
# - Inside it, "they talked about political issues" is speech of the opposition nested in her quote,
#   "talked about" with its topic as content, as the corpus does. "when (I) wanted to discuss" and
#   "They came to talk" have no content; "they want to use Tun M just to scare us" is wanting, no
#   claim (train_ca notes).
# - "showed that they were desperate" is part of Azalina's reported clause; "showed" is an
#   evidential there, not a claim of its own.
# - "Elaborating further, Azalina said ...": one claim, cue "said".
doc("mynewshub-azalina-opposition-using-tun-m",
    url="http://eng.mynewshub.cc/opposition-exploiting-tun-m-for-political-gains/",
    outlet="MyNewsHub", country="Malaysia", topic="politics", cut=True,
    text=(T := "Opposition Exploiting TUn M For Political Gains\n"
          "KUALA LUMPUR – Datuk Seri Azalina Othman Said said the opposition was only using Tun Dr Mahathir for political gain by bringing the former prime minister to join the briefing session on the Anti-Fake News Bill 2018 at Parliament House today.\n"
          "The Minister in the Prime Minister’s Department said the one-hour closed-door briefing was meant to be between her and opposition Members of the Parliament (MP), and that Dr Mahathir was not invited.\n"
          "“I am not sure how he (Tun M) got in. I held the briefing only for the opposition MPs… But if they (opposition) called him in, what can I do? That is their right.\n"
          "“But then again, I was disappointed because I engaging the opposition. We had a lot of laws to talk about. In fact, when (I) wanted to discuss, they talked about political issues… How then to talk about the legislation ?” she told at the Parliament building.\n"
          "“I do not blame Tun M. As for me, he is being used by the opposition because they want to use Tun M just to scare us… But I feel sorry for Tun M,” she said.\n"
          "Azalina said that the action by several opposition parliamentarians who left the briefing before it ended made it difficult for the process of explaining the Bill, and showed that they were desperate.\n"
          "“Pagoh (MP) left, so too Lembah Pantai (MP). In fact, he (Tun M) also walked out before it (briefing) ended… but what to do. They came to talk and then they left,” she said.\n"
          "Elaborating further, Azalina said the government was now more open because it was willing to hold dialogues and briefings with the opposition when it came to drafting laws, compared to the time during Dr Mahathir’s reign where such a session was never held."),
    entities=[("azalina", "Datuk Seri Azalina Othman Said", "PERSON",
               ["Azalina", "Azalina Othman Said", "The Minister in the Prime Minister’s Department"],
               "Minister in the Prime Minister's Department, Malaysia"),
              ("opposition", "the opposition", "GROUP",
               ["opposition", "the opposition MPs", "opposition Members of the Parliament (MP)"],
               "Malaysia's parliamentary opposition")],
    mentions=[("m1", "Datuk Seri Azalina Othman Said", "azalina"),
              ("m2", ("the opposition", "said the opposition was"), "opposition"),
              ("m3", "The Minister in the Prime Minister’s Department", "azalina"),
              ("m4", "opposition Members of the Parliament (MP)", "opposition"),
              ("m5", "the opposition MPs", "opposition"),
              ("m6", ("the opposition", "engaging the opposition"), "opposition"),
              ("m7", ("they", "they talked about"), "opposition"),
              ("m8", ("she", "she told at"), "azalina"),
              ("m9", ("the opposition", "used by the opposition"), "opposition"),
              ("m10", ("she", "Tun M,” she said"), "azalina"),
              ("m11", ("Azalina", "Azalina said that the action"), "azalina"),
              ("m12", ("she", "they left,” she said"), "azalina"),
              ("m13", ("Azalina", "Azalina said the government"), "azalina"),
              ("m14", ("the opposition", "with the opposition when"), "opposition")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Said said"),
                   seg(T, "the opposition was only using", "at Parliament House today"), None),
                  ("a2", "INDIRECT", "m3", ("said", "Department said"),
                   seg(T, "the one-hour closed-door briefing", "Dr Mahathir was not invited"), None),
                  ("a3", "DIRECT", "m8", ("told", "she told"),
                   seg(T, "I am not sure how he", "about the legislation ?"), None),
                  ("a4", "INDIRECT", "m7", "talked about", "political issues", "a3"),
                  ("a5", "DIRECT", "m10", ("said", "Tun M,” she said"),
                   seg(T, "I do not blame Tun M.", "I feel sorry for Tun M,"), None),
                  ("a6", "INDIRECT", "m11", ("said", "Azalina said that the action"),
                   seg(T, "the action by several opposition", "that they were desperate"), None),
                  ("a7", "DIRECT", "m12", ("said", "they left,” she said"),
                   seg(T, "Pagoh (MP) left", "and then they left,"), None),
                  ("a8", "INDIRECT", "m13", ("said", "Azalina said the government"),
                   seg(T, "the government was now more open", "such a session was never held"), None)])

# ---------------------------------------------------------------------------------------
# CI Times Weekly (Cook Islands), on the ciherald.co.ck site; the page's masthead line reads
# "CI Times Weekly | Current Issue 398| 13 May 2011", whose date is recorded. The site menu is removed.
# The headline and its standfirst ("11 defendants remanded ...") are kept as the first two lines.
# The stored copy breaks off inside a paragraph ("The Crown opposed ... in the public"), so the text
# is cut before it. The story has one speaker only, but it is a small regional paper's court report.
# Notes:
# - "made the announcement that ...": the noun phrase is the cue, as "made it clear" in test7_a; the
#   adjuncts "appeared in court at 12.20pm and before an attentive public gallery" are outside.
# - "Norman announced that A. Lawyers will file ... Then all defendants will be called back.": the
#   following sentences have no cue, so they are no claims (FORMAT.md, No cue, no claim).
# - "huddled around a telephone to seek the advice of the NZ based High Court Justice on a legal
#   issue": a purpose infinitive with no reported content, left out. "Apparently ..." is a hedge.
doc("ciherald-legal-hiccup-delays-drugs-trial",
    url="http://www.ciherald.co.ck/articles/t398b.htm",
    outlet="CI Times Weekly", country="Cook Islands", topic="courts-crime", cut=True,
    published="2011-05-13",
    text=(T := "Legal hiccup delays drugs trial\n"
          "11 defendants remanded in custody, two let out on bail\n"
          "At the resumption of the drugs trial on Thursday morning involving 13 defendants, the colourful local Attorney at Law, Norman George who is representing 9 of the defendants, threw a spanner in the works.\n"
          "A full court was kept waiting for nearly an hour while in chambers, the presiding Justice of the Peace and the lawyers huddled around a telephone to seek the advice of the NZ based High Court Justice on a legal issue concerning the granting of bail.\n"
          "Apparently the granting of bail cannot be done by a JP alone. It must be done by a High Court Justice.\n"
          "Norman appeared in court at 12.20pm and before an attentive public gallery, made the announcement that under s73 of the Narcotics Act only a Judge can set bail where selling and dealing are concerned but not if 5grams or less are involved.\n"
          "Norman announced that defendants will be remanded to appear on 25 May at 9.20am or sooner if ordered. Lawyers will file bail applications which will be forwarded to the Crown on Monday. There will be a telephone conference with the duty Judge in NZ on Tuesday morning. The NZ Judge will decide on the bail applications. Then all defendants will be called back.\n"
          "Norman said no bail would be granted at this time, there will be no discussions, the same conditions will apply to each defendant, interim name suppression will continue and defendants will be remanded in custody until 25 May.\n"
          "The court resumed under Bernice Manarangi JP with a visiting JP from Mauke, Mr Ake Mataira, sitting in on the bench. The scene was set with the appearance of the first defendant. No bail was granted, remanded in custody until 25 May, interim name suppression."),
    entities=[("george", "Norman George", "PERSON", ["Norman", "George"],
               "Attorney at Law representing nine of the defendants")],
    mentions=[("m1", "Norman George", "george"),
              ("m2", ("Norman", "Norman appeared"), "george"),
              ("m3", ("Norman", "Norman announced"), "george"),
              ("m4", ("Norman", "Norman said"), "george")],
    attributions=[("a1", "INDIRECT", "m2", "made the announcement",
                   seg(T, "under s73 of the Narcotics Act", "5grams or less are involved"), None),
                  ("a2", "INDIRECT", "m3", "announced",
                   "defendants will be remanded to appear on 25 May at 9.20am or sooner if ordered", None),
                  ("a3", "INDIRECT", "m4", ("said", "Norman said"),
                   seg(T, "no bail would be granted at this time", "remanded in custody until 25 May"), None)])

# ---------------------------------------------------------------------------------------
# Warrandyte Diary (Australia), a local monthly of Melbourne's north-east. The byline and the date
# line ("7th September 2015", recorded) are removed. The stored copy breaks off inside a paragraph
# ("There is no mention of major flood activity (the i"), so the text is cut before it.
# Notes:
# - "each side of the debate accusing the other of X": "accused X of Y" keeps "X of Y", as the corpus
#   does; the source is the group "each side of the debate".
# - "the community representative panel presented a letter ... outlining their dissatisfaction with
#   ...": the letter's author is named in its sentence, so the panel is the source (FORMAT.md,
#   Documents); "outlining" with its content, as evaluative reporting ("voiced relief that").
# - "Harrison outlined to the Diary areas with which ...": "to the Diary" is the addressee, left out.
# - "the residents’ assertion that P — which council denies": the council denies the assertion, so
#   the relative clause's antecedent "the residents’ assertion that P" is its content, and the
#   residents' assertion is nested in it with the possessive as its source (train_bx–bz: "refuted
#   X's claim that …").
# - "According to Mr Harrison: “Claims that ...”" ¶ "Similarly: “The assertion that ...”": the
#   second quote continues Harrison (null cue); "Claims that" and "The assertion that" inside his
#   quotes are noun cues with no claimant (null source), nested.
# - "although a baseline cost estimate was requested by the panel on the upgrade ...": a request is a
#   claim like "called for X"; in the passive the content is the subject "a baseline cost estimate"
#   (the displaced "on the upgrade ..." cannot join it in one contiguous span). FORMAT.md leaves the
#   passive request open; this follows its closest example, `called for speed bumps` -> the NP.
doc("warrandytediary-flood-mitigation-council-residents",
    url="https://warrandytediary.com.au/road-to-nowhere/",
    outlet="Warrandyte Diary", country="Australia", topic="local", cut=True, published="2015-09-07",
    text=(T := "Road to nowhere\n"
          "AS the flood mitigation saga in the Melbourne Hill Road storm water catchment continues, communication between residents and council officers has hit a crisis point with each side of the debate accusing the other of inaccuracies, inconsistencies and misrepresentations of fact.\n"
          "At the most recent meeting with Manningham council, the community representative panel presented a letter to council CEO Joe Carbone (published in the Diary’s August edition) outlining their dissatisfaction with the handling and progress of the issue, and the conclusions in the Community Report presented by council.\n"
          "In a conference call briefing, and a lengthy media statement, Director Assets and Engineering Leigh Harrison outlined to the Diary areas with which council disagree with the residents’ summation.\n"
          "Although extremely detailed and sometimes confusing, council’s main points of contention seem to focus on the residents’ assertion that the process has been manipulated and that the external consultancy firm has not acted independently — which council denies.\n"
          "According to Mr Harrison: “Claims that the process has been manipulated to achieve a preconceived outcome are baseless. A consultative process has been followed throughout.”\n"
          "Similarly: “The assertion that council did not allow for an independent assessment of the issue is a misinterpretation of fact.”\n"
          "Mr Harrison also indicated council did not agree to provide draft reports directly to the residents and, although a baseline cost estimate was requested by the panel on the upgrade to manage a one in five year storm event, it was “not a requirement of the project brief and would have no value in informing the process”."),
    entities=[("sides", "each side of the debate", "GROUP", [], "residents and council officers"),
              ("council", "Manningham council", "ORGANIZATION", ["council", "Manningham"],
               "Manningham City Council, Victoria"),
              ("panel", "the community representative panel", "GROUP",
               ["community representative panel", "the panel"], "residents' representatives"),
              ("harrison", "Leigh Harrison", "PERSON",
               ["Harrison", "Mr Harrison", "Director Assets and Engineering Leigh Harrison"],
               "council Director Assets and Engineering"),
              ("residents", "the residents", "GROUP", ["residents"],
               "residents of the Melbourne Hill Road catchment")],
    mentions=[("m1", ("residents", "between residents"), "residents"),
              ("m2", "each side of the debate", "sides"),
              ("m3", "Manningham council", "council"),
              ("m4", "the community representative panel", "panel"),
              ("m5", ("council", "presented by council"), "council"),
              ("m6", "Director Assets and Engineering Leigh Harrison", "harrison"),
              ("m7", ("council", "which council disagree"), "council"),
              ("m8", ("the residents", "the residents’ assertion"), "residents"),
              ("m9", ("council", "which council denies"), "council"),
              ("m10", ("Mr Harrison", "According to Mr Harrison"), "harrison"),
              ("m11", ("council", "that council did not allow"), "council"),
              ("m12", ("Mr Harrison", "Mr Harrison also"), "harrison"),
              ("m13", ("council", "indicated council"), "council"),
              ("m14", ("the residents", "directly to the residents"), "residents"),
              ("m15", ("the panel", "by the panel"), "panel")],
    attributions=[("a1", "INDIRECT", "m2", "accusing",
                   "the other of inaccuracies, inconsistencies and misrepresentations of fact", None),
                  ("a2", "INDIRECT", "m4", "outlining",
                   seg(T, "their dissatisfaction with the handling", "presented by council"), None),
                  ("a3", "INDIRECT", "m6", "outlined",
                   "areas with which council disagree with the residents’ summation", None),
                  ("a4", "INDIRECT", "m9", "denies",
                   seg(T, "the residents’ assertion that", "has not acted independently"), None),
                  ("a5", "INDIRECT", "m8", ("assertion", "residents’ assertion"),
                   "the process has been manipulated and that the external consultancy firm has not acted independently", "a4"),
                  ("a6", "DIRECT", "m10", "According to",
                   seg(T, "Claims that the process", "followed throughout."), None),
                  ("a7", "INDIRECT", None, ("Claims", "Claims that the process"),
                   "the process has been manipulated to achieve a preconceived outcome", "a6"),
                  ("a8", "DIRECT", "m10", None,
                   seg(T, "The assertion that council", "misinterpretation of fact."), None),
                  ("a9", "INDIRECT", None, ("assertion", "The assertion that council"),
                   "council did not allow for an independent assessment of the issue", "a8"),
                  ("a10", "MIXED", "m12", "indicated",
                   seg(T, "council did not agree to provide", "informing the process”"), None),
                  ("a11", "INDIRECT", "m15", "requested", "a baseline cost estimate", "a10")])

# ---------------------------------------------------------------------------------------
# The Business Post (Bangladesh). The breadcrumb line ("Home ›› 04 Aug 2022 ›› Sport") is removed and
# its date recorded. The stored page has no headline, so the text starts with its lead. The stored
# copy breaks off inside the last paragraph ("... was our failure,” he s"), so the text is cut before it.
# Notes:
# - "Mosaddek Hossain, on the contrary, blamed X, rather than focusing on Y": "blamed X" is
#   evaluative reporting with a content; "rather than focusing on ..." is an adjunct of the blaming,
#   left out (FORMAT.md, Adjuncts).
# - "“We always say we will learn from our mistakes. ...”": the team's saying is nested in Mahmud's
#   quote; "We" is the Bangladesh camp (the team, Mahmud included). "you can say that ..." in his
#   next quote is a hypothetical, left out.
# - "Mahmud said A, but he was after the defeat and explained that he had said that to not
#   pressurise them": "explained" is a second claim, its source the "he" of the coordinated clause.
#   Its content's own "he had said that" reports his earlier claim by the bare pronoun "that" and is
#   not annotated again (a content of one anaphoric word, already annotated as the first claim).
doc("businesspostbd-mahmud-blames-players-zimbabwe-loss",
    url="https://businesspostbd.com/sport/2022-08-04/mahmud-blames-players-after-series-loss-2022-08-04",
    outlet="The Business Post", country="Bangladesh", topic="sport", cut=True, published="2022-08-04",
    text=(T := "After their disappointing 2-1 Twenty20 International series loss to Zimbabwe, the Bangladesh camp was visibly disappointed, and Team Director Khaled Mahmud did not hide it, saying that the players were at fault for the defeat.\n"
          "Bangladesh’s captain for the match, Mosaddek Hossain, on the contrary, blamed Nasum Ahmed’s 15th over, which gave away 34 runs, rather than focusing on the lacklustre batting performances from the middle-order.\n"
          "Chasing 157, Bangladesh fell 10 runs short after three of their five middle-order batsmen, Anamul Haque, Najmul Hossain Shanto, and Mahmudullah Riyad, played 60 balls, half of the total, and scored just 57 runs.\n"
          "Mahmud said they failed to execute and had to take the blame.\n"
          "“We always say we will learn from our mistakes. But we haven’t. When we will, I don’t know. I’m very disappointed. I will blame the players because their execution was totally wrong,” he said.\n"
          "The former Bangladesh captain also said it was a grave warning for the Tigers with the Asia Cup and T20 World Cup coming up.\n"
          "“In these conditions, you can say that this is not the world’s best bowling attack (Zimbabwe). The attacks we will face in the Asia Cup or World Cup are far better than theirs. If we cannot do well here on good wickets, then it is a grave warning,” he added.\n"
          "Bangladesh’s squad for the series initially did not include the likes of Shakib Al Hasan, Mushfiqur Rahim, and Mahmudullah (later drafted in after Nurul Hasan Sohan’s injury).\n"
          "Before leaving the country, Mahmud said he wouldn’t be disappointed even if they lost 3-0, but he was after the defeat and explained that he had said that to not pressurise them."),
    entities=[("team", "the Bangladesh camp", "GROUP", ["Bangladesh camp", "the Tigers", "Tigers"],
               "Bangladesh T20 squad and staff"),
              ("mahmud", "Khaled Mahmud", "PERSON",
               ["Mahmud", "Team Director Khaled Mahmud", "The former Bangladesh captain"],
               "Bangladesh team director, former captain"),
              ("mosaddek", "Mosaddek Hossain", "PERSON",
               ["Mosaddek", "Bangladesh’s captain for the match, Mosaddek Hossain"],
               "Bangladesh captain for the match")],
    mentions=[("m1", "the Bangladesh camp", "team"),
              ("m2", "Team Director Khaled Mahmud", "mahmud"),
              ("m3", "Bangladesh’s captain for the match, Mosaddek Hossain", "mosaddek"),
              ("m4", ("Mahmud", "Mahmud said they"), "mahmud"),
              ("m5", ("We", "We always say"), "team"),
              ("m6", ("he", "wrong,” he said"), "mahmud"),
              ("m7", "The former Bangladesh captain", "mahmud"),
              ("m8", "the Tigers", "team"),
              ("m9", ("he", "grave warning,” he added"), "mahmud"),
              ("m10", ("Mahmud", "Mahmud said he"), "mahmud"),
              ("m11", ("he", "but he was after"), "mahmud")],
    attributions=[("a1", "INDIRECT", "m2", "saying", "the players were at fault for the defeat", None),
                  ("a2", "INDIRECT", "m3", "blamed", "Nasum Ahmed’s 15th over, which gave away 34 runs", None),
                  ("a3", "INDIRECT", "m4", ("said", "Mahmud said they"),
                   "they failed to execute and had to take the blame", None),
                  ("a4", "DIRECT", "m6", ("said", "wrong,” he said"),
                   seg(T, "We always say", "totally wrong,"), None),
                  ("a5", "INDIRECT", "m5", ("say", "We always say"), "we will learn from our mistakes", "a4"),
                  ("a6", "INDIRECT", "m7", ("said", "captain also said"),
                   "it was a grave warning for the Tigers with the Asia Cup and T20 World Cup coming up", None),
                  ("a7", "DIRECT", "m9", ("added", "he added"),
                   seg(T, "In these conditions, you can say", "it is a grave warning,"), None),
                  ("a8", "INDIRECT", "m10", ("said", "Mahmud said he"),
                   "he wouldn’t be disappointed even if they lost 3-0", None),
                  ("a9", "INDIRECT", "m11", "explained", "he had said that to not pressurise them", None)])

# ---------------------------------------------------------------------------------------
# Manila Today (Philippines). The stored page has no headline and no date, so the text starts with
# its lead. The stored copy breaks off inside a paragraph ("Earth-balling is a method of tr"), so the
# text is cut before it. The unquoted cross-head "PRA’s unsustainable solution" is a label.
# Notes:
# - "netizens and environmental advocates were quick to flag X": "flag" reports what they pointed
#   out, with its object as content (the corpus has "flagged allegations of ..."); "were quick to" is
#   a hedge-like auxiliary, left out of the cue. Its content holds the posts' quoted “legal mandate”,
#   so MIXED.
# - "Facebook posts from the Philippine Reclamation Authority (PRA) asserting its “legal mandate”
#   ...": the posts' author is named in their NP, so PRA is the source (FORMAT.md, Documents); nested
#   in the netizens' claim.
# - "groups condemned PRA’s statement about opening LPPWP ... on March 19": "condemned" with its
#   content; the statement is a noun cue with a possessive claimant, nested, "about" left out;
#   "on March 19" (an adjunct of the statement) stays in the outer content only.
# - "The said video further drew the ire of many for suggesting ...": the video's author is not named
#   in its sentence, so it is its own entity (FORMAT.md, Documents); "drew the ire" has no content.
# - "In the video, PRA claims to ...": the video is the medium there, PRA the source.
# - "Tabilog argues that PRA failed to specify what ... or where ...": an omission with open questions
#   (seed a9/a10), nested in his argument.
# - "He added that A, noting that B": two claims of his (seed a18/a19).
# - "LPPWP is declared a Ramsar Site ...": an official designation (an action), no claim.
# - "GMAP urged the Department ... to reconsider ...": the addressee stays, as in `called on X to Y`.
doc("manilatoday-mangrove-relocation-pra-wetland",
    url="https://manilatoday.net/envi-groups-warn-mangrove-relocation-from-protected-wetland-could-worsen-climate-crisis/",
    outlet="Manila Today", country="Philippines", topic="environment", cut=True,
    text=(T := "Concerned netizens and environmental advocates were quick to flag something off-putting and suspicious bot-like commenters in a series of Facebook posts from the Philippine Reclamation Authority (PRA) asserting its “legal mandate” over the protected Las Piñas Parañaque Wetland Park (LPPWP).\n"
          "These posts, plus a video,  came after various environmental groups condemned PRA’s statement about opening LPPWP for lease or joint venture on March 19.\n"
          "The said video further drew the ire of many for suggesting so-called strategies to push through the proposed development in the LPPWP, including relocating mangroves.\n"
          "PRA’s unsustainable solution\n"
          "“You cannot simply just earth-ball or relocate mangroves,” said Mangroves Matter Philippines founder Matthew Vincent Tabilog.\n"
          "In the video, PRA claims to plant more seedlings after relocating the mangrove forests of LPPWP.\n"
          "LPPWP is declared a Ramsar Site (Wetlands of International Importance) and part of the ENIPAS (Expanded National Integrated Protected Area Systems) Act. From this alone, the wetland must be protected.\n"
          "Tabilog argues that PRA failed to specify what techniques it intends to use for the so-called mangrove relocation or where exactly the mangroves would be transferred following considerations of environmental conditions.\n"
          "He added that the root systems of mangroves are incredibly extensive, noting that relocating or uprooting mangroves cannot guarantee a 100% survival rate.\n"
          "“In the Philippines, we experience more than 20 typhoons annually. So if you plant mangroves na very young pa, a lot of them will be wiped out because of heavy typhoons and it is something that we have to consider,” he added.\n"
          "Last year, the Global Mangrove Alliance Philippines (GMAP) urged the Department of Environment and Natural Resources Biodiversity Management Bureau (DENR-BMB) to reconsider the applications of earth-balling of mangroves for infrastructure projects and related activities."),
    entities=[("netizens", "Concerned netizens and environmental advocates", "GROUP", [],
               "critics of the PRA online"),
              ("pra", "the Philippine Reclamation Authority (PRA)", "ORGANIZATION",
               ["Philippine Reclamation Authority", "PRA"], "Philippine government agency"),
              ("groups", "various environmental groups", "GROUP", [], None),
              ("video", "The said video", "ORGANIZATION", ["the video", "a video"], "video posted online"),
              ("tabilog", "Matthew Vincent Tabilog", "PERSON",
               ["Tabilog", "Mangroves Matter Philippines founder Matthew Vincent Tabilog"],
               "founder of Mangroves Matter Philippines"),
              ("gmap", "the Global Mangrove Alliance Philippines (GMAP)", "ORGANIZATION",
               ["Global Mangrove Alliance Philippines", "GMAP"], "conservation alliance")],
    mentions=[("m1", "Concerned netizens and environmental advocates", "netizens"),
              ("m2", "the Philippine Reclamation Authority (PRA)", "pra"),
              ("m3", ("a video", "plus a video"), "video"),
              ("m4", "various environmental groups", "groups"),
              ("m5", ("PRA", "PRA’s statement"), "pra"),
              ("m6", "The said video", "video"),
              ("m7", "Mangroves Matter Philippines founder Matthew Vincent Tabilog", "tabilog"),
              ("m8", ("the video", "In the video"), "video"),
              ("m9", ("PRA", "PRA claims"), "pra"),
              ("m10", ("Tabilog", "Tabilog argues"), "tabilog"),
              ("m11", ("PRA", "PRA failed"), "pra"),
              ("m12", ("He", "He added that"), "tabilog"),
              ("m13", ("he", "he added.\nLast"), "tabilog"),
              ("m14", "the Global Mangrove Alliance Philippines (GMAP)", "gmap")],
    attributions=[("a1", "MIXED", "m1", "flag",
                   seg(T, "something off-putting", "Wetland Park (LPPWP)"), None),
                  ("a2", "MIXED", "m2", "asserting",
                   seg(T, "its “legal mandate”", "Wetland Park (LPPWP)"), "a1"),
                  ("a3", "INDIRECT", "m4", "condemned",
                   "PRA’s statement about opening LPPWP for lease or joint venture on March 19", None),
                  ("a4", "INDIRECT", "m5", ("statement", "PRA’s statement"),
                   "opening LPPWP for lease or joint venture", "a3"),
                  ("a5", "INDIRECT", "m6", "suggesting",
                   "so-called strategies to push through the proposed development in the LPPWP, including relocating mangroves", None),
                  ("a6", "DIRECT", "m7", ("said", "mangroves,” said"),
                   "You cannot simply just earth-ball or relocate mangroves,", None),
                  ("a7", "INDIRECT", "m9", "claims",
                   "to plant more seedlings after relocating the mangrove forests of LPPWP", None),
                  ("a8", "INDIRECT", "m10", "argues",
                   seg(T, "PRA failed to specify", "of environmental conditions"), None),
                  ("a9", "INDIRECT", "m11", "specify",
                   seg(T, "what techniques it intends", "of environmental conditions"), "a8"),
                  ("a10", "INDIRECT", "m12", ("added", "He added that"),
                   "the root systems of mangroves are incredibly extensive", None),
                  ("a11", "INDIRECT", "m12", "noting",
                   "relocating or uprooting mangroves cannot guarantee a 100% survival rate", None),
                  ("a12", "DIRECT", "m13", ("added", "he added.\nLast"),
                   seg(T, "In the Philippines, we experience", "we have to consider,"), None),
                  ("a13", "INDIRECT", "m14", "urged",
                   seg(T, "the Department of Environment and Natural Resources", "and related activities"), None)])

# ---------------------------------------------------------------------------------------
# Newsweek Pakistan (Pakistan). The breadcrumb line, the byline ("by Staff Report"), the photo credit
# ("Banaras Khan—AFP") and the "Related Articles" / "Leave a Comment" lines are removed. The page
# gives no date. The whole article is kept (cut=False); the standfirst is the second line.
# Notes:
# - The headline "Internet Outages Reported Across Pakistan" is a participle with no agent that tells
#   the event (as the corpus leaves out "704 cases reported in 2019"), so it is no claim.
# - "Regulatory body says X caused by ‘issues’ ...": single curly quotes are marks, so MIXED.
# - "“As reported by PTCL [...], issue has been reported in data networks ...,” it said": PTCL's
#   report is nested in PTA's quote, cue "reported" as the corpus takes "As reported by state media
#   CNA"; the inner agentless "has been reported" is the same report and carries no second claim
#   (FORMAT.md, Two clauses, one claim).
# - "the PTCL confirmed the outage and said ...": two claims of one mention ("confirmed the arrest").
# - "Neither the PTA, nor the PTCL, have provided any estimate for when ...": an omission with an open
#   question (seed a9/a10); the coordinated subject is one GROUP (FORMAT.md, Groups), its negation
#   kept in the mention as it sits in the subject, not in the cue.
# - "users have complained of slow services ...": "of" only links the cue.
doc("newsweekpakistan-internet-outages-pta-ptcl",
    url="https://www.newsweekpakistan.com/internet-outages-reported-across-pakistan/",
    outlet="Newsweek Pakistan", country="Pakistan", topic="technology", cut=False,
    text=(T := "Internet Outages Reported Across Pakistan\n"
          "Regulatory body says internet connectivity issues caused by ‘issues’ in data networks between country’s north and south\n"
          "Pakistanis on Friday morning woke up to sustained internet outages in several parts of the country, with regulator Pakistan Telecommunication Authority (PTA) saying it was investigating the issue.\n"
          "“As reported by PTCL [Pakistan Telecommunication Company Ltd.], issue has been reported in data networks between South and North, which is causing internet connectivity issues,” it said in a brief statement posted on Twitter. “The issue is being investigated. PTA is monitoring the situation and further updates will be shared,” it added.\n"
          "In a subsequent posting, also on Twitter, the PTCL confirmed the outage and said it had been caused by the recent bout of heavy rains and flooding in several parts of the country. “Due to heavy rains and floods, PTCL’s optical fiber network is experiencing some technical faults,” it said. “As a result, PTCL users in Northern and Central regions are facing internet outage. Our teams are working to restore the services on priority,” it added.\n"
          "Neither the PTA, nor the PTCL, have provided any estimate for when the services would be restored.\n"
          "In addition to PTCL services, the outage has also impacted major broadband providers in Punjab and Khyber-Pakhtunkhwa provinces. Among the service providers impacted are most cellular networks, and several private companies. In areas of the country that outages have not been reported, users have complained of slow services and connectivity issues."),
    entities=[("pta", "Pakistan Telecommunication Authority (PTA)", "ORGANIZATION",
               ["Pakistan Telecommunication Authority", "PTA", "the PTA", "Regulatory body",
                "regulator Pakistan Telecommunication Authority (PTA)"], "Pakistan's telecom regulator"),
              ("ptcl", "PTCL", "ORGANIZATION", ["the PTCL", "Pakistan Telecommunication Company Ltd."],
               "state-owned telecom operator"),
              ("both", "the PTA and the PTCL", "GROUP", ["Neither the PTA, nor the PTCL"], None),
              ("users", "users", "GROUP", [], "internet users in unaffected areas")],
    mentions=[("m1", "Regulatory body", "pta"),
              ("m2", "regulator Pakistan Telecommunication Authority (PTA)", "pta"),
              ("m3", ("PTCL", "As reported by PTCL"), "ptcl"),
              ("m4", ("it", "it said in a brief"), "pta"),
              ("m5", ("PTA", "PTA is monitoring"), "pta"),
              ("m6", ("it", "it added.\nIn a subsequent"), "pta"),
              ("m7", ("the PTCL", "the PTCL confirmed"), "ptcl"),
              ("m8", ("it", "technical faults,” it said"), "ptcl"),
              ("m9", ("it", "on priority,” it added"), "ptcl"),
              ("m10", "Neither the PTA, nor the PTCL", "both"),
              ("m11", ("users", "users have complained"), "users")],
    attributions=[("a1", "MIXED", "m1", ("says", "Regulatory body says"),
                   "internet connectivity issues caused by ‘issues’ in data networks between country’s north and south", None),
                  ("a2", "INDIRECT", "m2", "saying", "it was investigating the issue", None),
                  ("a3", "DIRECT", "m4", ("said", "it said in a brief"),
                   seg(T, "As reported by PTCL", "internet connectivity issues,"), None),
                  ("a4", "INDIRECT", "m3", ("reported", "As reported by"),
                   "issue has been reported in data networks between South and North, which is causing internet connectivity issues", "a3"),
                  ("a5", "DIRECT", "m6", ("added", "it added.\nIn a subsequent"),
                   "The issue is being investigated. PTA is monitoring the situation and further updates will be shared,", None),
                  ("a6", "INDIRECT", "m7", "confirmed", ("the outage", "confirmed the outage"), None),
                  ("a7", "INDIRECT", "m7", ("said", "and said it had"),
                   "it had been caused by the recent bout of heavy rains and flooding in several parts of the country", None),
                  ("a8", "DIRECT", "m8", ("said", "technical faults,” it said"),
                   "Due to heavy rains and floods, PTCL’s optical fiber network is experiencing some technical faults,", None),
                  ("a9", "DIRECT", "m9", ("added", "on priority,” it added"),
                   seg(T, "As a result, PTCL users", "services on priority,"), None),
                  ("a10", "INDIRECT", "m10", "provided any estimate", "when the services would be restored", None),
                  ("a11", "INDIRECT", "m11", "complained", "slow services and connectivity issues", None)])

# ---------------------------------------------------------------------------------------
# Health Central (New Zealand), a health-sector news site. The stored page has no headline and no
# date, so the text starts with its lead. The stored copy breaks off inside a paragraph (Ashley
# Bloomfield's "... NZN0 had expressed “the"), so the text is cut before it. The page's double spaces
# between sentences are kept.
# Notes:
# - "are not commenting today" and "A DHBs spokesperson was unavailable to comment" have no content
#   and no open question, so they are no claims.
# - "Prime Minister Jacinda Ardern’s suggestion of an independently chaired panel ...": a noun cue
#   with a possessive claimant (corpus: "the Mayor's claim that ..."), "of" left out.
# - "Payne ... said this morning that both the union and DHBs had agreed to not comment": "this
#   morning" is an adjunct of the saying; the agreement is an action, not a nested claim.
# - "She would also not comment on whether ...": a refusal with an open question (seed a9/a10), cue
#   "comment", "on" left out.
# - "DHB members at present wanted the union to hold a strike ballot": wanting, no nested claim;
#   "the Prime Minister’s suggested process" is a participle, no claim.
doc("healthcentral-nzno-dhbs-no-comment-meeting",
    url="https://healthcentral.nz/no-comment-following-dhbs-and-nursing-union-meeting/",
    outlet="Health Central", country="New Zealand", topic="health-science", cut=True,
    text=(T := "Both the nurses’ union NZNO and district health boards are not commenting today following meeting at short notice yesterday at the prompting of the Prime Minister.\n"
          "The meeting yesterday afternoon, between bargaining representatives of the 20 DHBs and the New Zealand Nurses Organisation, was to discuss initial thoughts on Prime Minister Jacinda Ardern’s suggestion of an independently chaired panel to help resolve the pay talks without industrial action.\n"
          "NZNO on Monday announced that the 27,000 nurses, midwives and health care assistants covered by the DHB NZNO collective agreement had rejected the latest pay offer and strike action was likely on the cards if a settlement could not be reached that met nurses’ concerns over pay and safe staffing issues.\n"
          "Cee Payne, NZNO’s industrial services manager, said this morning that both the union and DHBs had agreed to not comment following Tuesday’s meeting.  She would also not comment on whether they were planning to meet again.  A DHBs spokesperson was unavailable to comment this morning.\n"
          "Speaking prior to Tuesday’s meeting Payne said NZNO had already scheduled a bargaining strategy day today with NZNO staff to be followed by a DHB national delegates meeting in mid-April which would make the final decision on whether to pursue a strike ballot.\n"
          "“We will see where we are in relation to the bargaining at that point of time,” said Payne.  She said DHB members at present wanted the union to hold a strike ballot and the union did not want to step away from a back-up strategy for settling the agreement if the Prime Minister’s suggested process did not succeed.  If the go-head was given for a strike ballot in mid-April then any resulting strike action is unlikely to occur until about a month or more after voting begins."),
    entities=[("nzno", "the New Zealand Nurses Organisation", "ORGANIZATION",
               ["New Zealand Nurses Organisation", "NZNO", "the nurses’ union NZNO", "the union"],
               "nurses' union"),
              ("ardern", "Jacinda Ardern", "PERSON",
               ["Ardern", "Prime Minister Jacinda Ardern", "the Prime Minister"], "Prime Minister of New Zealand"),
              ("payne", "Cee Payne", "PERSON", ["Payne"], "NZNO industrial services manager")],
    mentions=[("m1", "the nurses’ union NZNO", "nzno"),
              ("m2", ("the Prime Minister", "prompting of the Prime Minister"), "ardern"),
              ("m3", "the New Zealand Nurses Organisation", "nzno"),
              ("m4", "Prime Minister Jacinda Ardern", "ardern"),
              ("m5", ("NZNO", "NZNO on Monday"), "nzno"),
              ("m6", "Cee Payne, NZNO’s industrial services manager", "payne"),
              ("m7", ("the union", "both the union and"), "nzno"),
              ("m8", ("She", "She would also"), "payne"),
              ("m9", ("Payne", "meeting Payne said"), "payne"),
              ("m10", ("NZNO", "said NZNO had"), "nzno"),
              ("m11", ("Payne", "said Payne"), "payne"),
              ("m12", ("She", "She said DHB"), "payne"),
              ("m13", ("the union", "and the union did not"), "nzno")],
    attributions=[("a1", "INDIRECT", "m4", "suggestion",
                   "an independently chaired panel to help resolve the pay talks without industrial action", None),
                  ("a2", "INDIRECT", "m5", "announced",
                   seg(T, "the 27,000 nurses", "safe staffing issues"), None),
                  ("a3", "INDIRECT", "m6", ("said", "manager, said"),
                   "both the union and DHBs had agreed to not comment following Tuesday’s meeting", None),
                  ("a4", "INDIRECT", "m8", ("comment", "also not comment on"),
                   "whether they were planning to meet again", None),
                  ("a5", "INDIRECT", "m9", ("said", "Payne said NZNO"),
                   seg(T, "NZNO had already scheduled", "to pursue a strike ballot"), None),
                  ("a6", "DIRECT", "m11", ("said", "said Payne"),
                   "We will see where we are in relation to the bargaining at that point of time,", None),
                  ("a7", "INDIRECT", "m12", ("said", "She said DHB"),
                   seg(T, "DHB members at present wanted", "process did not succeed"), None)])

write("train_ci.jsonl")
