#!/usr/bin/env python3
"""Writes test21_c.jsonl: real-news gold, split test21-c (see gold.py). Run: python3 make_test21_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Stored page: headline, photo caption and byline (both removed); the copy breaks off in the
# middle of the paragraph after "gave them privacy", so the text is cut there. The URL gives
# only a month (2021-9), so no published date is recorded.
doc("meandervalleygazette-temple-developers-residents-needs",
    url="https://meandervalleygazette.org/articles/2021-9/developers-demands-dont-trump-residents-needs-says-councillor",
    outlet="Meander Valley Gazette", country="Australia", topic="local", cut=True,
    text=(T := "Developers’ demands don’t trump residents’ needs, says councillor\n"
          "When councillors consider the more difficult planning applications, according to the Meander Valley’s Cllr John Temple, they should consider more than just the wishes of the developer.\n"
          "Too often, he believes, current residents and the municipality’s future residents are left out of the equation, making for contentious, sometimes inadequate decisions.\n"
          "‘Some councillors listen to the planner about an issue, whether the project fits with the rules of the planning scheme or not, and vote accordingly. ‘If that’s the way to go about making decisions, why have councillors at all?’ Cllr Temple asked.\n"
          "A councillor for five years, Cllr Temple believes he has a responsibility to the current residents of an area when developments are being considered. Will it affect their lifestyles negatively? What could ameliorate that?\n"
          "He also has a responsibility to the municipality’s residents of the future, who will have to live with the decisions councillors and planners make today, he believes. And often Cllr Temple is unhappy with the outcomes for both groups.\n"
          "‘Subdivision often favours the shortterm gains of the developer and doesn’t consider the longterm community gains for hundreds of years to come,’ he said.\n"
          "For example, the pressure to build as many houses in an area as possible, meaning houses are crowded together and fewer trees are retained.\n"
          "This happened at the Prospect development by Respect Group Ltd, which runs Tyler Village and proposed a 64 home independent living estate on Westbury Road.\n"
          "But in the interests of making money, they would not reduce the number of houses to 60 when neighbours in nearby Trafalgar Drive, while supporting the project, objected to removal of Respect property trees which gave them privacy."),
    entities=[("temple", "John Temple", "PERSON",
               ["Temple", "Cllr Temple", "Cllr John Temple", "the Meander Valley’s Cllr John Temple", "councillor"],
               "Meander Valley councillor"),
              ("respect", "Respect Group Ltd", "ORGANIZATION", ["Respect Group"], "developer, runs Tyler Village"),
              ("neighbours", "neighbours in nearby Trafalgar Drive", "GROUP", ["neighbours"],
               "residents of Trafalgar Drive next to the Prospect development")],
    mentions=[("m1", ("councillor", "says councillor"), "temple"),
              ("m2", "the Meander Valley’s Cllr John Temple", "temple"),
              ("m3", ("he", "he believes, current"), "temple"),
              ("m4", ("Cllr Temple", "Cllr Temple asked"), "temple"),
              ("m5", ("Cllr Temple", "Cllr Temple believes"), "temple"),
              ("m6", ("he", "he believes. And"), "temple"),
              ("m7", ("Cllr Temple", "Cllr Temple is unhappy"), "temple"),
              ("m8", ("he", "he said"), "temple"),
              ("m9", "Respect Group Ltd", "respect"),
              ("m10", ("neighbours", "neighbours in nearby"), "neighbours")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "says councillor"), "Developers’ demands don’t trump residents’ needs", None),
                  # A parenthetical "according to" inside the sentence stays in the content
                  # (FORMAT.md Contiguity; test7 "is, according to Östman, what happens").
                  ("a2", "INDIRECT", "m2", "according to",
                   seg(T, "When councillors consider", "wishes of the developer"), None),
                  ("a3", "INDIRECT", "m3", ("believes", "he believes, current"),
                   seg(T, "Too often, he believes", "sometimes inadequate decisions"), None),
                  # The quotation reopens after "accordingly." without a closing mark: marks as
                  # printed, so it is one quotation running to the closing mark before "Cllr".
                  ("a4", "DIRECT", "m4", ("asked", "Cllr Temple asked"),
                   seg(T, "Some councillors listen", "why have councillors at all?"), None),
                  ("a5", "INDIRECT", "m5", ("believes", "Cllr Temple believes"),
                   "he has a responsibility to the current residents of an area when developments are being considered", None),
                  ("a6", "INDIRECT", "m6", ("believes", "he believes. And"),
                   seg(T, "He also has a responsibility", "planners make today"), None),
                  ("a7", "DIRECT", "m8", ("said", "he said"),
                   seg(T, "Subdivision often favours", "hundreds of years to come,"), None),
                  # Cue in a relative clause: the source is its antecedent (FORMAT.md Sources).
                  # "proposed" an estate is kept as a claim, as test7's "He also proposed an
                  # island council form of government".
                  ("a8", "INDIRECT", "m9", "proposed", "a 64 home independent living estate on Westbury Road", None),
                  # "while supporting the project" is a stance with no reported content; the
                  # linking "to" of "objected to" is left out of the content.
                  ("a9", "INDIRECT", "m10", "objected", "removal of Respect property trees which gave them privacy", None)])

# ---------------------------------------------------------------------------------------
# Stored page: byline removed; the copy breaks off inside the paragraph after "residents’
# mobility" (a statement by Sen. Pedo Terlaje), so the text is cut before it. The stored copy
# splits "Sen. Amanda" and "Shelton— voted" into two paragraphs; that break is a page
# artefact inside a name and is joined here with a space.
doc("pacificislandtimes-guam-senators-reject-curfew-bill",
    url="https://www.pacificislandtimes.com/post/2020/04/17/senators-reject-curfew-bill",
    outlet="Pacific Island Times", country="Guam", topic="politics", cut=True, published="2020-04-17",
    text=(T := "Senators reject curfew bill\n"
          "Guam senators have shot down Gov. Lou Leon Guerrero’s request for expanded emergency powers, voting 12-3 against a bill that would stretch the curfew law while shrinking from acting on a separate proposal to sanction violators of Covid-19-related directives.\n"
          "For three straight days, public health tests for coronavirus have yielded negative results. Despite signs of Covid-19 tapering off on Guam, Leon Guerrero maintained it’s too soon to hang loose. But senators— up for midterm elections in November — declined to take the extreme options that have drawn mixed reactions from the community.\n"
          "At Thursday’s session, only three senators— Speaker Tina Muna Barnes, Vice Speaker Telena Nelson and Sen. Amanda Shelton— voted in favor of Bill 335-35, which proposed to authorize the governor to extend the curfew to adults.\n"
          "The Guam Police Department on March 17 began enforcing curfew, which under the current law, covers only minors. The governor has imposed further road restrictions by setting up roadblocks, manned by the Guam National Guards, on certain road clusters.\n"
          "The other measure, Bill 334-35, which proposed to criminalize violation of an executive order, was moved back to the committee earlier his week but never made it to the floor for a vote. Bill 334-35 would have established a $5,000 fine and jail time for violators of the governor’s coronavirus-related directives.\n"
          "Both bills were introduced in the legislature shortly after the governor announced her request for broader authority to enforce the government’s social distancing mandate by further restricting the residents’ mobility."),
    entities=[("governor", "Lou Leon Guerrero", "PERSON",
               ["Leon Guerrero", "Gov. Lou Leon Guerrero", "the governor"], "Governor of Guam"),
              ("bill335", "Bill 335-35", "ORGANIZATION", [], "curfew bill before the Guam Legislature"),
              ("bill334", "Bill 334-35", "ORGANIZATION", ["The other measure"],
               "bill on penalties for violating the governor's executive orders")],
    mentions=[("m1", "Gov. Lou Leon Guerrero", "governor"),
              ("m2", ("a bill", "against a bill"), "bill335"),
              ("m3", ("Leon Guerrero", "Leon Guerrero maintained"), "governor"),
              ("m4", "Bill 335-35", "bill335"),
              ("m5", ("the governor", "authorize the governor"), "governor"),
              ("m6", ("The governor", "The governor has imposed"), "governor"),
              ("m7", "The other measure", "bill334"),
              ("m8", ("Bill 334-35", "Bill 334-35, which"), "bill334"),
              ("m9", ("Bill 334-35", "Bill 334-35 would"), "bill334"),
              ("m10", ("the governor", "the governor announced"), "governor"),
              ("m11", ("her", "her request"), "governor")],
    attributions=[# A possessive agent of a noun cue is its source (FORMAT.md Documents: "a post on
                  # the council's account" → the council).
                  ("a1", "INDIRECT", "m1", ("request", "Guerrero’s request"), "expanded emergency powers", None),
                  # "a separate proposal to ..." names no proposer: null source, as "claims that …".
                  ("a2", "INDIRECT", None, "proposal", "to sanction violators of Covid-19-related directives", None),
                  # "declined to take the extreme options" is an action (FORMAT.md Excluded).
                  ("a3", "INDIRECT", "m3", "maintained", "it’s too soon to hang loose", None),
                  # A bill's proposal is the claim of the bill as a document (cf. "the resolution
                  # notes", "the Forests Act states" in earlier splits); cue in a relative clause,
                  # source its antecedent.
                  ("a4", "INDIRECT", "m4", ("proposed", "which proposed to authorize"),
                   "to authorize the governor to extend the curfew to adults", None),
                  ("a5", "INDIRECT", "m8", ("proposed", "which proposed to criminalize"),
                   "to criminalize violation of an executive order", None),
                  # "announced her request for X": a noun-phrase content ("announced the launch of X"),
                  # with the request nested in it.
                  ("a6", "INDIRECT", "m10", "announced",
                   seg(T, "her request for broader", "the residents’ mobility"), None),
                  ("a7", "INDIRECT", "m11", ("request", "her request"),
                   seg(T, "broader authority to enforce", "the residents’ mobility"), "a6")])

# ---------------------------------------------------------------------------------------
# Stored page: no headline; it opens with the standfirst, which is kept as the first line.
# The copy breaks off inside Mominul Haque's quotation after "revealed that ...", so the text
# is cut at the end of that paragraph.
doc("circleofcricket-bcb-president-slams-mominul-domingo",
    url="https://circleofcricket.com/amp/category/Latest_news/62112/ban-v-wi-2021-nazmul-hassan-slams-mominul-haque-and-russell-domingo-after-test-series-loss-to-wi",
    outlet="Circle of Cricket", country="India", topic="sport", cut=True,
    text=(T := "BCB President Nazmul Hassan unhappy with Shakib's replacement for the second Test match.\n"
          "Bangladesh suffered an embarrassing 2-0 loss to West Indies in the two-match Test series at home. This has not gone down well with Bangladesh Cricket Board (BCB) President Nazmul Hassan, who has slammed captain Mominul Haque and coach Russell Domingo for the series loss.\n"
          "Bangladesh failed to chase 231 in the fourth innings of the second Test match as Rahkeem Cornwall (4/105), Jomel Warrican (3/47), and part-time spinner and West Indies captain Kraigg Brathwaite (3/25) restricted them to 213 all out.\n"
          "This performance added to the agony of the loss of the first Test match despite the presence of all-rounder Shakib Al Hasan in the side. He missed out on the second match due to an injury and the replacement caused ruckus between the team management and the BCB President.\n"
          "Nazmul Hassan told ESPNCricInfo, \"When Shakib was injured, I had (board directors) Akram (Khan), (Khaled Mahmud) Sujon, (Ismail Haider) Mallick, (chief selector Minhajul Abedin) Nannu and (selector Habibul Bashar) Sumon in front of me.\"\n"
          "\"I gave them four or five options. My first choice was Mahmudullah Riyad, and then Mosaddek (Hossain), Mahedi (Hasan), and the fourth option was Soumya (Sarkar). They (captain Haque and coach Russell Domingo) selected Soumya,\" he added.\n"
          "Hassan had himself called Mahmudullah, who complained of back pain. Thus, the Bangladesh captain and coach had just one option of Soumya Sarkar left for replacing Shakib Al Hasan.\n"
          "\"I still went ahead and personally called Mahmudullah, who told me he had back pain. Mosaddek was in Abu Dhabi. We tried, but they had only one choice. They didn't mention any other names,\" Hassan added.\n"
          "Skipper Mominul Haque revealed that he opted for Sarkar as the southpaw was playing well in the ODIs and is an experienced player."),
    entities=[("hassan", "Nazmul Hassan", "PERSON",
               ["Hassan", "BCB President Nazmul Hassan", "Bangladesh Cricket Board (BCB) President Nazmul Hassan",
                "the BCB President"], "President of the Bangladesh Cricket Board"),
              ("mominul", "Mominul Haque", "PERSON",
               ["Haque", "captain Haque", "captain Mominul Haque", "Skipper Mominul Haque", "the Bangladesh captain"],
               "Bangladesh Test captain"),
              ("mahmudullah", "Mahmudullah Riyad", "PERSON", ["Mahmudullah"], "Bangladesh all-rounder")],
    mentions=[("m1", "BCB President Nazmul Hassan", "hassan"),
              ("m2", "Bangladesh Cricket Board (BCB) President Nazmul Hassan", "hassan"),
              ("m3", "captain Mominul Haque", "mominul"),
              ("m4", "the BCB President", "hassan"),
              ("m5", ("Nazmul Hassan", "Nazmul Hassan told"), "hassan"),
              ("m6", "Mahmudullah Riyad", "mahmudullah"),
              ("m7", "captain Haque", "mominul"),
              ("m8", ("he", "he added"), "hassan"),
              ("m9", ("Hassan", "Hassan had himself"), "hassan"),
              ("m10", ("Mahmudullah", "called Mahmudullah, who complained"), "mahmudullah"),
              ("m11", "the Bangladesh captain", "mominul"),
              ("m12", ("Mahmudullah", "personally called Mahmudullah"), "mahmudullah"),
              ("m13", ("Hassan", "Hassan added"), "hassan"),
              ("m14", "Skipper Mominul Haque", "mominul")],
    attributions=[# The standfirst "unhappy with Shakib's replacement" and "has not gone down well
                  # with" are states with no reported content (FORMAT.md Excluded).
                  # "slammed X for Y": content is the object with its reason, as earlier splits
                  # ("slammed the government for refusing ..."); cue in a relative clause.
                  ("a1", "INDIRECT", "m2", "slammed", "captain Mominul Haque and coach Russell Domingo for the series loss", None),
                  ("a2", "DIRECT", "m5", ("told", "Hassan told"), seg(T, "When Shakib was injured", "in front of me."), None),
                  ("a3", "DIRECT", "m8", ("added", "he added"), seg(T, "I gave them four or five", "selected Soumya,"), None),
                  ("a4", "INDIRECT", "m10", "complained", ("back pain", "complained of back pain"), None),
                  ("a5", "DIRECT", "m13", ("added", "Hassan added"), seg(T, "I still went ahead", "any other names,"), None),
                  # Speech act in a relative clause inside the quote; the addressee "me" is left out.
                  ("a6", "INDIRECT", "m12", ("told", "who told me"), "he had back pain", "a5"),
                  # "They didn't mention any other names" is an omission with a noun-phrase object,
                  # not an open question (seed a9/a10), so it is not split off as a claim.
                  ("a7", "INDIRECT", "m14", "revealed",
                   "he opted for Sarkar as the southpaw was playing well in the ODIs and is an experienced player", None)])

# ---------------------------------------------------------------------------------------
# Stored page: no headline; it opens with a photo caption (removed). The copy breaks off in
# the paragraph on TikTok/ByteDance, so the text is cut before it.
doc("chosun-pipc-ko-deepseek-ban-no-timeline",
    url="https://biz.chosun.com/en/en-it/2025/03/27/TY46KB4JANA3ZPO7O7SPWX374A",
    outlet="Chosun Biz", country="South Korea", topic="technology", cut=True, published="2025-03-27",
    text=(T := "Ko Hak-Soo, the Chairperson of the Personal Information Commission, said on the 27th that he is working with DeepSeek to address the data leakage issue that arose shortly after the launch of the R1 model. However, he explained that there has been no decision regarding the lifting of the domestic application market ban.\n"
          "During a regular briefing with reporters held at the Government Seoul Building in Jongno-gu, Seoul, at 3 p.m. that day, Chairperson Ko spoke about the current status of measures against DeepSeek, as well as the U.S. President Donald Trump's protective measures for domestic big tech corporations and the demands from the artificial intelligence (AI) industry regarding recent issues.\n"
          "Chairperson Ko emphasized that DeepSeek recognizes South Korea as an important market. He stated, \"DeepSeek thinks of the Korean market as significant and has shown interest and positive messaging about making necessary efforts to align with the Korean legal system.\" That day, Chairperson Ko noted that \"encouraging and promoting the use of open-source models is something to encourage,\" adding that \"it is essential for the commission and relevant departments to ensure that no insecurity arises in the process.\"\n"
          "However, regarding the timing of lifting the ban on DeepSeek, he explained, \"It is not the time to speak concretely.\" Chairperson Ko said that \"we do not have a specific timeline\" and added, \"Communication is ongoing between the practical stakeholders, and both sides need to make a judgment on 'we are ready to proceed to this extent,' but at this point, it is not the time to say when it will be lifted.\""),
    entities=[("ko", "Ko Hak-Soo", "PERSON",
               ["Ko", "Chairperson Ko", "Ko Hak-Soo, the Chairperson of the Personal Information Commission"],
               "Chairperson of South Korea's Personal Information Protection Commission"),
              ("deepseek", "DeepSeek", "ORGANIZATION", [], "Chinese AI company")],
    mentions=[("m1", "Ko Hak-Soo, the Chairperson of the Personal Information Commission", "ko"),
              ("m2", ("DeepSeek", "working with DeepSeek"), "deepseek"),
              ("m3", ("he", "he explained that"), "ko"),
              ("m4", ("Chairperson Ko", "Chairperson Ko spoke"), "ko"),
              ("m5", ("DeepSeek", "measures against DeepSeek"), "deepseek"),
              ("m6", ("Chairperson Ko", "Chairperson Ko emphasized"), "ko"),
              ("m7", ("DeepSeek", "DeepSeek recognizes"), "deepseek"),
              ("m8", ("He", "He stated"), "ko"),
              ("m9", ("DeepSeek", "DeepSeek thinks"), "deepseek"),
              ("m10", ("Chairperson Ko", "Chairperson Ko noted"), "ko"),
              ("m11", ("DeepSeek", "ban on DeepSeek"), "deepseek"),
              ("m12", ("he", "he explained, \""), "ko"),
              ("m13", ("Chairperson Ko", "Chairperson Ko said"), "ko")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "said on the 27th"),
                   seg(T, "he is working with DeepSeek", "launch of the R1 model"), None),
                  ("a2", "INDIRECT", "m3", ("explained", "he explained that"),
                   "there has been no decision regarding the lifting of the domestic application market ban", None),
                  # "the demands from the AI industry regarding recent issues" has a topic but no
                  # content, and sits inside a3's content; it is not split off.
                  # "spoke about" + topic is kept, as "spoke about …" in earlier splits and
                  # test7's "debated the best way …"; the briefing adjunct is left out.
                  ("a3", "INDIRECT", "m4", "spoke about",
                   seg(T, "the current status of measures", "regarding recent issues"), None),
                  ("a4", "INDIRECT", "m6", "emphasized", "DeepSeek recognizes South Korea as an important market", None),
                  # Attitudes of others stated inside a claim or quote are nested claims
                  # (FORMAT.md Included: "Drivers know that …").
                  ("a5", "INDIRECT", "m7", "recognizes", "South Korea as an important market", "a4"),
                  ("a6", "DIRECT", "m8", "stated", seg(T, "DeepSeek thinks of", "the Korean legal system."), None),
                  ("a7", "INDIRECT", "m9", "thinks", "the Korean market as significant", "a6"),
                  # Noun cue "messaging about X" (FORMAT.md Noun cues); "shown interest" has no content.
                  ("a8", "INDIRECT", "m9", "messaging", "making necessary efforts to align with the Korean legal system", "a6"),
                  # A content wholly inside the marks after "noted that" is DIRECT (FORMAT.md Type).
                  ("a9", "DIRECT", "m10", "noted", "encouraging and promoting the use of open-source models is something to encourage,", None),
                  ("a10", "DIRECT", "m10", "adding",
                   "it is essential for the commission and relevant departments to ensure that no insecurity arises in the process.", None),
                  ("a11", "DIRECT", "m12", ("explained", "he explained, \""), "It is not the time to speak concretely.", None),
                  ("a12", "DIRECT", "m13", ("said", "Ko said that"), "we do not have a specific timeline", None),
                  # The inner 'we are ready ...' is a future judgment, not a reported claim.
                  ("a13", "DIRECT", "m13", ("added", "and added,"),
                   seg(T, "Communication is ongoing", "when it will be lifted."), None)])

# ---------------------------------------------------------------------------------------
# Stored page (the AJW copy): no headline; masthead, date line and photo caption removed, so
# the text starts with the dateline lead. The copy breaks off in the paragraph "In 2020, ...",
# so the text is cut before it.
doc("asahi-okayama-professor-fabricated-cancer-paper",
    url="https://ajw-origin.potaufeu.asahi.com/ajw/articles/14869862",
    outlet="The Asahi Shimbun", country="Japan", topic="health-science", cut=True, published="2023-03-25",
    text=(T := "OKAYAMA--A professor of cell physiology at Okayama University faced accusations of fabricating an academic paper on cancer research, prompting The Asahi Shimbun to delete the offending article from its online coverage.\n"
          "AJW, the newspaper’s English-language service, also took the same step.\n"
          "Experts said the article in question had an unprecedented number of fabrications.\n"
          "Okayama University and the National Cerebral and Cardiovascular Center (NCVC) announced March 24 that a 2019 research paper written by Atsunori Kamiya contained 113 fabrications.\n"
          "The two institutions called for the research paper to be retracted and university officials said disciplinary measures were being considered against Kamiya.\n"
          "At a March 24 news conference, Yasutomo Nasu, a university vice president and executive director for research, said, “This is clearly an unprecedented case.”\n"
          "The two organizations concluded that Kamiya’s fabrications were so flagrant that he lacked a sense of ethics as a scientist.\n"
          "Kamiya has admitted to negligence, but denied any wrongdoing, according to university sources.\n"
          "The research paper in question was published in the British journal Nature Neuroscience in July 2019.\n"
          "One conclusion of the paper was that cancer cells of breast cancer patients who suffered a recurrence had a higher concentration of sympathetic nerves. The paper added that the findings might lead to the development of a new treatment targeting the sympathetic nerves.\n"
          "The research, which was based on mice with transplanted breast cancer cells, found that stimulating the sympathetic nerves led to an expansion of cancer cells and an increase of metastases."),
    entities=[("kamiya", "Atsunori Kamiya", "PERSON", ["Kamiya"], "professor of cell physiology, Okayama University"),
              ("experts", "Experts", "GROUP", [], None),
              ("institutions", "Okayama University and the National Cerebral and Cardiovascular Center (NCVC)", "GROUP",
               ["The two institutions", "The two organizations"], "the two institutions that investigated the paper"),
              ("officials", "university officials", "GROUP", [], "Okayama University officials"),
              ("nasu", "Yasutomo Nasu", "PERSON",
               ["Nasu", "Yasutomo Nasu, a university vice president and executive director for research"],
               "Okayama University vice president and executive director for research"),
              ("sources", "university sources", "GROUP", [], None),
              # A document whose author is not named in its NP or sentence is its own entity.
              ("paper", "the research paper", "ORGANIZATION", ["the paper", "The research"],
               "the 2019 Nature Neuroscience paper")],
    mentions=[("m1", "A professor of cell physiology at Okayama University", "kamiya"),
              ("m2", "Experts", "experts"),
              ("m3", "Okayama University and the National Cerebral and Cardiovascular Center (NCVC)", "institutions"),
              ("m4", "a 2019 research paper", "paper"),
              ("m5", "Atsunori Kamiya", "kamiya"),
              ("m6", "The two institutions", "institutions"),
              ("m7", ("the research paper", "the research paper to be"), "paper"),
              ("m8", "university officials", "officials"),
              ("m9", ("Kamiya", "against Kamiya"), "kamiya"),
              ("m10", "Yasutomo Nasu, a university vice president and executive director for research", "nasu"),
              ("m11", "The two organizations", "institutions"),
              ("m12", ("Kamiya", "Kamiya has admitted"), "kamiya"),
              ("m13", "university sources", "sources"),
              ("m14", "The research paper in question", "paper"),
              ("m15", ("the paper", "conclusion of the paper"), "paper"),
              ("m16", ("The paper", "The paper added"), "paper"),
              ("m17", ("The research", "The research, which"), "paper")],
    attributions=[# "accusations of X" with no accuser: null source; the linking "of" is left out.
                  ("a1", "INDIRECT", None, "accusations", "fabricating an academic paper on cancer research", None),
                  ("a2", "INDIRECT", "m2", ("said", "Experts said"),
                   "the article in question had an unprecedented number of fabrications", None),
                  # Coordinated subject: one GROUP; the date adjunct "March 24" is left out.
                  ("a3", "INDIRECT", "m3", "announced",
                   "a 2019 research paper written by Atsunori Kamiya contained 113 fabrications", None),
                  ("a4", "INDIRECT", "m6", "called for", "the research paper to be retracted", None),
                  ("a5", "INDIRECT", "m8", ("said", "officials said"),
                   "disciplinary measures were being considered against Kamiya", None),
                  ("a6", "DIRECT", "m10", ("said", "research, said"), "This is clearly an unprecedented case.", None),
                  ("a7", "INDIRECT", "m11", "concluded",
                   "Kamiya’s fabrications were so flagrant that he lacked a sense of ethics as a scientist", None),
                  # The sources report Kamiya's admission and denial: two claims nested in theirs.
                  ("a8", "INDIRECT", "m13", "according to",
                   "Kamiya has admitted to negligence, but denied any wrongdoing", None),
                  ("a9", "INDIRECT", "m12", "admitted", "negligence", "a8"),
                  ("a10", "INDIRECT", "m12", "denied", "any wrongdoing", "a8"),
                  # Findings of a study are claims (FORMAT.md Included); "conclusion" is a noun cue.
                  ("a11", "INDIRECT", "m15", "conclusion",
                   seg(T, "cancer cells of breast cancer patients", "concentration of sympathetic nerves"), None),
                  ("a12", "INDIRECT", "m16", ("added", "The paper added"),
                   "the findings might lead to the development of a new treatment targeting the sympathetic nerves", None),
                  ("a13", "INDIRECT", "m17", "found",
                   "stimulating the sympathetic nerves led to an expansion of cancer cells and an increase of metastases", None)])

# ---------------------------------------------------------------------------------------
# Stored page: headline and standfirst kept; the byline "reporter, Manila", the date line and
# the "Mail This Article" box removed, and the trailing "Related reports:". The body is stored
# as one paragraph (no breaks between its sentences) and is kept so; the double space in
# "practices  in" is as stored. Country: UCA News was launched and is registered in Hong Kong.
doc("ucanews-philex-mining-toxic-spill-benguet",
    url="http://www.ucanews.com/news/mining-firm-under-fire-for-toxic-spill/61851",
    outlet="UCA News", country="Hong Kong", topic="environment", cut=False, published="2012-10-05",
    text=(T := "Mining firm under fire for toxic spill\n"
          "Company caused worst mine disaster in 20 years, groups say\n"
          "Tribal groups and environmental activists claimed today that “irresponsible” practices  in the mountains of Benguet province has caused “the worst mining disaster in the last two decades.” "
          "An independent fact-finding mission conducted by environmental group Kalikasan reported that \"massive silt deposits and probable toxic contamination\" were registered in the Agno River and its tributaries. "
          "The report said 20.6 million metric tons of mine waste were released into the waterway following a leak from a tailings pond belonging to the Philex Mining Corporation. "
          "Tribal groups today joined members of Kalikasan in a march in Manila’s Ortigas business district to demand payment \"for all the immediate and long term environmental and social costs\" the company has incurred. "
          "Clemente Bautista, national coordinator of Kalikasan, said the \"massive amount of silt\" in the river has badly affected aquatic ecosystems. "
          "\"There’s no skirting the fact that Philex is entirely responsible, and must not only pay for full ecological restoration of the affected environment, but also the indemnification of the affected communities,\" he said. "
          "Kakay Tolentino, spokesperson for the indigenous people's group Katribu, said \"Philex Mining cannot deny that its irresponsible mining practices caused the disaster.\" "
          "The group called on the mining company to immediately close its tailings pond and consider closing its operations in Benguet province. "
          "The Mines and Geosciences Bureau earlier warned Philex Mining that it might lose its environmental compliance certificate, a basic requirement for any business, because of alleged violations of the country’s clean water laws."),
    entities=[("coalition", "Tribal groups and environmental activists", "GROUP", ["groups"],
               "tribal groups and environmental activists protesting the spill"),
              ("mission", "An independent fact-finding mission", "ORGANIZATION", ["fact-finding mission"],
               "fact-finding mission conducted by Kalikasan"),
              ("report", "The report", "ORGANIZATION", [], "the fact-finding mission's report"),
              ("tribal", "Tribal groups", "GROUP", [], "tribal groups at the Manila march"),
              ("bautista", "Clemente Bautista", "PERSON",
               ["Bautista", "Clemente Bautista, national coordinator of Kalikasan"], "national coordinator of Kalikasan"),
              ("tolentino", "Kakay Tolentino", "PERSON", ["Tolentino"], "spokesperson for Katribu"),
              ("katribu", "Katribu", "ORGANIZATION", ["The group"], "indigenous people's group"),
              ("mgb", "The Mines and Geosciences Bureau", "ORGANIZATION", ["Mines and Geosciences Bureau"],
               "Philippine mining regulator")],
    mentions=[("m1", ("groups", "groups say"), "coalition"),
              ("m2", "Tribal groups and environmental activists", "coalition"),
              ("m3", "An independent fact-finding mission", "mission"),
              ("m4", "The report", "report"),
              ("m5", ("Tribal groups", "Tribal groups today"), "tribal"),
              ("m6", "Clemente Bautista, national coordinator of Kalikasan", "bautista"),
              ("m7", ("he", "he said"), "bautista"),
              ("m8", "Kakay Tolentino, spokesperson for the indigenous people's group Katribu", "tolentino"),
              ("m9", "The group", "katribu"),
              ("m10", "The Mines and Geosciences Bureau", "mgb")],
    attributions=[# The headline "under fire" is an evaluation with no reported content (FORMAT.md
                  # Excluded: "came under fire from"); the standfirst is a "claim, says X" line.
                  ("a1", "INDIRECT", "m1", ("say", "groups say"), "Company caused worst mine disaster in 20 years", None),
                  # MIXED content keeps its marks, also at the end (FORMAT.md Marks in content).
                  ("a2", "MIXED", "m2", "claimed",
                   seg(T, "“irresponsible” practices", "in the last two decades.”"), None),
                  # The mission is a body, not a document; "conducted by environmental group
                  # Kalikasan" is a reduced relative and left out of the source.
                  ("a3", "MIXED", "m3", "reported",
                   "\"massive silt deposits and probable toxic contamination\" were registered in the Agno River and its tributaries", None),
                  ("a4", "INDIRECT", "m4", ("said", "The report said"),
                   seg(T, "20.6 million metric tons", "the Philex Mining Corporation"), None),
                  # "joined a march to demand X": the demand is the marchers' speech act (a chant or
                  # protest is speech of the crowd); its subject is "Tribal groups".
                  ("a5", "MIXED", "m5", "demand",
                   "payment \"for all the immediate and long term environmental and social costs\" the company has incurred", None),
                  ("a6", "MIXED", "m6", ("said", "Kalikasan, said"),
                   "the \"massive amount of silt\" in the river has badly affected aquatic ecosystems", None),
                  ("a7", "DIRECT", "m7", ("said", "he said"),
                   seg(T, "There’s no skirting", "the affected communities,"), None),
                  # "Philex Mining cannot deny that ..." is a modal, not a reported act of Philex.
                  ("a8", "DIRECT", "m8", ("said", "Katribu, said"),
                   "Philex Mining cannot deny that its irresponsible mining practices caused the disaster.", None),
                  ("a9", "INDIRECT", "m9", "called on",
                   seg(T, "the mining company to immediately close", "operations in Benguet province"), None),
                  # The addressee "Philex Mining" is left out; "alleged" is a hedge, not a claim.
                  ("a10", "INDIRECT", "m10", "warned",
                   seg(T, "it might lose its environmental", "clean water laws"), None)])

write("test21_c.jsonl")
