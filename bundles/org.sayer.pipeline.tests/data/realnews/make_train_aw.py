#!/usr/bin/env python3
"""Writes train_aw.jsonl: real-news gold, split train-aw (see gold.py). Run: python3 make_train_aw.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The author's address and "(END)" at the foot of the stored page, and the list of related
# headlines under it, are removed; the article is otherwise whole. The dateline ("SEOUL, Jan. 17
# (Yonhap) --") is not an attribution. "in an apparent effort to prevent it from spilling into a
# diplomatic controversy" is an adjunct of the reporting event and is left out of the lead's
# claim. `compared X to Y` is evaluative reporting with a content (as `described X as Y`).
# "urged against X, saying Y" is two claims of the ministry (as `warning that`, `suggesting`).
# "In a text message to reporters" is a medium. The headline's "seeks to defuse" is an aim, not a
# speech act: not annotated.
doc("yna-seoul-ministry-yoon-iran-remark",
    url="https://en.yna.co.kr/view/AEN20230117004100325",
    outlet="Yonhap News Agency", country="South Korea", topic="politics", cut=False, published="2023-01-17",
    text=(T := "Seoul foreign ministry seeks to defuse controversy over Yoon's Iran remark\n"
          "SEOUL, Jan. 17 (Yonhap) -- The South Korean foreign ministry on Tuesday said President Yoon Suk Yeol's recent remark about Iran during his visit to the United Arab Emirates was \"irrelevant\" to Seoul's relations with Tehran, in an apparent effort to prevent it from spilling into a diplomatic controversy.\n"
          "While speaking to South Korean troops in the UAE earlier this week during his state visit there, Yoon compared the UAE-Iran relations to that of South and North Koreas, and said the UAE's \"enemy and biggest threat is Iran.\"\n"
          "In response, the Iranian foreign ministry said it was \"looking into and pursuing the meddling comments\" by Yoon, and awaiting an explanation from the Seoul foreign ministry.\n"
          "In a text message to reporters, the Seoul foreign ministry urged against \"unnecessary overinterpretation\" of the remark, saying it was made while encouraging South Korean soldiers.\n"
          "It added the remark was \"irrelevant\" to South Korea's diplomatic ties with Iran or other countries.\n"
          "\"Since forging diplomatic ties with Iran in 1962, our country has long maintained friendly and cooperative ties with Iran, and our commitment to continue developing the friendly bilateral relations with Iran remains firm,\" the ministry said."),
    entities=[("mofa", "The South Korean foreign ministry", "ORGANIZATION",
               ["South Korean foreign ministry", "Seoul foreign ministry", "the Seoul foreign ministry", "the ministry"],
               "Ministry of Foreign Affairs of South Korea"),
              ("yoon", "Yoon Suk Yeol", "PERSON", ["Yoon", "President Yoon Suk Yeol"], "President of South Korea"),
              ("iranmfa", "the Iranian foreign ministry", "ORGANIZATION", ["Iranian foreign ministry"],
               "Ministry of Foreign Affairs of Iran")],
    mentions=[("m1", ("Seoul foreign ministry", "Seoul foreign ministry seeks"), "mofa"),
              ("m2", "The South Korean foreign ministry", "mofa"),
              ("m3", ("Yoon", "Yoon compared"), "yoon"),
              ("m4", "the Iranian foreign ministry", "iranmfa"),
              ("m5", ("Yoon", "Yoon, and awaiting"), "yoon"),
              ("m6", ("the Seoul foreign ministry", "from the Seoul foreign ministry"), "mofa"),
              ("m7", ("the Seoul foreign ministry", "the Seoul foreign ministry urged"), "mofa"),
              ("m8", ("It", "It added"), "mofa"),
              ("m9", ("the ministry", "the ministry said"), "mofa")],
    attributions=[("a1", "MIXED", "m2", ("said", "on Tuesday said"),
                   seg(T, "President Yoon Suk Yeol's recent remark", "relations with Tehran"), None),
                  ("a2", "INDIRECT", "m3", "compared", "the UAE-Iran relations to that of South and North Koreas", None),
                  ("a3", "MIXED", "m3", ("said", "and said the UAE"), "the UAE's \"enemy and biggest threat is Iran.\"", None),
                  ("a4", "MIXED", "m4", ("said", "ministry said it was"),
                   seg(T, "it was \"looking into", "from the Seoul foreign ministry"), None),
                  ("a5", "MIXED", "m7", "urged against", "\"unnecessary overinterpretation\" of the remark", None),
                  ("a6", "INDIRECT", "m7", "saying", "it was made while encouraging South Korean soldiers", None),
                  ("a7", "MIXED", "m8", ("added", "It added"),
                   "the remark was \"irrelevant\" to South Korea's diplomatic ties with Iran or other countries", None),
                  ("a8", "DIRECT", "m9", ("said", "the ministry said"),
                   seg(T, "Since forging diplomatic ties", "with Iran remains firm,"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead. The text is cut at the last
# whole paragraph of the stored copy (the next one, "Earlier it was reported that ...", is cut off
# mid-word). The date is the one in the page's address.
# "in light of growing climate challenges" gives the reason for the call, an adjunct of the
# reporting event (`called for speed bumps in an effort to slow traffic` → `speed bumps`), and is
# left out; so is "Speaking at the 90th meeting ...". "with forecasts predicting ..." inside the
# claim of "noted" is a participle forecast with no finite verb (Excluded). "discussing" with its
# topic is annotated as "discussed"/"debated" are in the corpus (make_train_an.py); "The sides also
# agreed on a plan" is an agreement, an act with no reported content: not annotated.
doc("daryo-bozumbayev-fair-water-distribution-icwc",
    url="https://daryo.uz/en/2025/08/15/kazakhstan-calls-on-central-asian-water-agencies-to-ensure-fair-distribution-at-90th-icwc-meeting",
    outlet="Daryo", country="Uzbekistan", topic="environment", cut=True, published="2025-08-15",
    text=(T := "Deputy Prime Minister Kanat Bozumbayev has called on the heads of water management agencies from Central Asian countries to ensure the fair distribution of water resources in light of growing climate challenges.\n"
          "Speaking at the 90th meeting of the Interstate Commission for Water Coordination (ICWC) in Central Asia, Bozumbayev stressed the need for coordinated action to address the difficult agroclimatic conditions facing the region.\n"
          "The meeting brought together representatives from Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, and Uzbekistan, as well as officials from international financial institutions and development organizations.\n"
          "The ICWC, the region’s main interstate body for the strategic management of transboundary water resources, focused its agenda on equitable distribution and operational issues.\n"
          "Bozumbayev noted that the current vegetation period is unfolding under particularly strained conditions, with forecasts predicting further climate deterioration and low water levels in the coming years.\n"
          "“The volume of the Shardara reservoir has dropped below average long-term levels. These are not just figures — this is a real threat to water supply in the lower reaches,” Bozumbayev said. “We must recognize that ICWC decisions are not being implemented in full, leading to serious difficulties in regulating water regimes. Time requires more dynamics from us — not just discussions and planning, but concrete measures.”\n"
          "On the sidelines of the meeting, Bozumbayev held bilateral talks with the heads of water management agencies from Tajikistan and Uzbekistan, discussing the approved limits and operating modes of reservoirs in the Syr Darya and Amu Darya river basins. The sides also agreed on a plan of activities to prepare for next year’s vegetation period.\n"
          "The session concluded with the signing of the protocol of the 90th ICWC meeting. The next gathering is scheduled to take place in Turkmenistan."),
    entities=[("bozumbayev", "Kanat Bozumbayev", "PERSON", ["Bozumbayev", "Deputy Prime Minister Kanat Bozumbayev"],
               "Deputy Prime Minister of Kazakhstan")],
    mentions=[("m1", "Deputy Prime Minister Kanat Bozumbayev", "bozumbayev"),
              ("m2", ("Bozumbayev", "Bozumbayev stressed"), "bozumbayev"),
              ("m3", ("Bozumbayev", "Bozumbayev noted"), "bozumbayev"),
              ("m4", ("Bozumbayev", "Bozumbayev said"), "bozumbayev"),
              ("m5", ("Bozumbayev", "Bozumbayev held"), "bozumbayev")],
    attributions=[("a1", "INDIRECT", "m1", "called on",
                   "the heads of water management agencies from Central Asian countries to ensure the fair distribution of water resources", None),
                  ("a2", "INDIRECT", "m2", "stressed",
                   "the need for coordinated action to address the difficult agroclimatic conditions facing the region", None),
                  ("a3", "INDIRECT", "m3", "noted",
                   seg(T, "the current vegetation period is unfolding", "in the coming years"), None),
                  ("a4", "DIRECT", "m4", ("said", "Bozumbayev said"),
                   seg(T, "The volume of the Shardara", "in the lower reaches,"), None),
                  ("a5", "DIRECT", "m4", None, seg(T, "We must recognize", "but concrete measures."), None),
                  ("a6", "INDIRECT", "m5", "discussing",
                   "the approved limits and operating modes of reservoirs in the Syr Darya and Amu Darya river basins", None)])

# ---------------------------------------------------------------------------------------
# The language links ("English", "Arabic") under the headline are removed. The text is cut at the
# last whole paragraph of the stored copy (the next one is cut off mid-sentence). Double spaces
# between some sentences are kept as printed. The dateline ("DUBAI //") is not an attribution.
# The headline's agentless "told" is a claim with a null source (`staff were told to stay home`
# → `to stay home`). "The judge ruled ... that" has a propositional content, a verdict like
# `determined that` (Included), while "ordered public prosecutors to reinvestigate" is a court's
# action (Excluded). "accusations against the defendants" and "who defence lawyers implicated"
# have no reported content beyond their object: not annotated. The agentless "were charged with"
# is annotated as the agentless "is accused of" is in the corpus (make_test3_a.py). "He said"
# follows the defence lawyer Iman Asad's request and can only be Asad ("Ms Asad also asked ...");
# the pronoun refers to whoever the sense requires.
doc("thenational-dib-prosecutors-told-to-start-over",
    url="https://www.thenationalnews.com/uae/courts/dib-prosecutors-told-to-start-over-1.496253",
    outlet="The National", country="United Arab Emirates", topic="courts-crime", cut=True,
    text=(T := "DIB prosecutors told to start over\n"
          "DUBAI // A trial involving the alleged embezzlement of US$501 million (Dh1.82 billion) by seven businessmen is back to square one after a Dubai Criminal Court ordered public prosecutors to reinvestigate their case. The judge ruled yesterday that prosecutors have presented accusations against the defendants in court that were not on the arraignment sheet. New charges cannot be levelled in court as a court has no authority to charge defendants.\n"
          "The order by the presiding Judge Hamad Abdel Latif of the Dubai Criminal Court of First Instance also may result in charges against four senior Dubai Islamic Bank (DIB) executives who defence lawyers implicated during the trial. The judge reached his decision after the public prosecution and defence lawyers asked for the case to be reserved for judgement.  The defence lawyer Iman Asad requested criminal charges of fraud and perjury be brought against four high-ranking DIB executives: the former DIB chairman MK; the director of commercial financing, MK; the head of operations, MN; and the head of the risk assessment department, FH. He said that if the fraud had taken place it would have not been possible without their consent.\n"
          "Ms Asad also asked the court to grant the defendants bail. They have been held since the investigation began three years ago.  The defendants, the British businessmen CM, RL and AF, as well as the former DIB executives RU and OM, were charged with fraud, embezzlement, bribery and forgery. All have denied the charges.  The other two defendants - the Turkish businessman EN and the American ZU - are at large."),
    entities=[("judge", "Hamad Abdel Latif", "PERSON",
               ["Judge Hamad Abdel Latif", "Abdel Latif", "The judge",
                "the presiding Judge Hamad Abdel Latif of the Dubai Criminal Court of First Instance"],
               "presiding judge, Dubai Criminal Court of First Instance"),
              ("parties", "the public prosecution and defence lawyers", "GROUP", [],
               "the prosecution and the defence lawyers in the trial"),
              ("asad", "Iman Asad", "PERSON", ["Asad", "Ms Asad", "The defence lawyer Iman Asad"], "defence lawyer"),
              ("defendants", "The defendants", "GROUP", ["the defendants"],
               "the five defendants in custody: the British businessmen CM, RL and AF and the former DIB executives RU and OM")],
    mentions=[("m1", ("The judge", "The judge ruled"), "judge"),
              ("m2", ("the defendants", "against the defendants in court"), "defendants"),
              ("m3", "the presiding Judge Hamad Abdel Latif of the Dubai Criminal Court of First Instance", "judge"),
              ("m4", ("The judge", "The judge reached"), "judge"),
              ("m5", "the public prosecution and defence lawyers", "parties"),
              ("m6", "The defence lawyer Iman Asad", "asad"),
              ("m7", ("He", "He said that if"), "asad"),
              ("m8", "Ms Asad", "asad"),
              ("m9", ("the defendants", "grant the defendants bail"), "defendants"),
              ("m10", ("The defendants", "The defendants, the British"), "defendants"),
              ("m11", ("All", "All have denied"), "defendants")],
    attributions=[("a1", "INDIRECT", None, ("told", "prosecutors told"), "to start over", None),
                  ("a2", "INDIRECT", "m1", "ruled",
                   "prosecutors have presented accusations against the defendants in court that were not on the arraignment sheet", None),
                  ("a3", "INDIRECT", "m5", "asked for", "the case to be reserved for judgement", None),
                  ("a4", "INDIRECT", "m6", "requested",
                   seg(T, "criminal charges of fraud and perjury", "risk assessment department, FH"), None),
                  ("a5", "INDIRECT", "m7", ("said", "He said that if"),
                   "if the fraud had taken place it would have not been possible without their consent", None),
                  ("a6", "INDIRECT", "m8", ("asked", "Asad also asked"), "the court to grant the defendants bail", None),
                  ("a7", "INDIRECT", None, ("charged", "were charged with"), "fraud, embezzlement, bribery and forgery", None),
                  ("a8", "INDIRECT", "m11", "denied", "the charges", None)])

# ---------------------------------------------------------------------------------------
# The photo caption ("Saudi Arabia's health ministry announced 110 new cases ... (Reuters/File
# Photo)"), "Short Url", the update line and a second copy of the headline are removed; the two
# summary bullets are kept as a standfirst (without their bullet marks). The text is cut at the
# last whole paragraph of the stored copy (the next one is cut off mid-word). The date is the
# page's "Updated 31 March 2020".
# Tedros's description of the decision, reported inside Al-Aly's quotation, is a nested claim;
# it combines unquoted words with his quoted phrase ‘health care for all,’ and is typed MIXED.
# `described X as Y` keeps X (as `calls the decision "a smokescreen"` in make_test7_a.py). "The
# head of the World Health Organization (WHO)" and "The director general of the WHO, Dr. Tedros
# Adhanom" are one person. "In his daily briefing on Tuesday" and "In a message posted on Twitter
# a few hours earlier" are adjuncts and media. "announced on Monday" is a participle with no
# finite verb (`figures released on Friday`): not annotated.
doc("arabnews-saudi-health-ministry-who-free-treatment",
    url="https://www.arabnews.com/node/1650666/saudi-arabia",
    outlet="Arab News", country="Saudi Arabia", topic="health-science", cut=True, published="2020-03-31",
    text=(T := "Saudi Arabia’s health ministry announces two more deaths, 110 new coronavirus cases\n"
          "The two latest people to die from the virus were residents of Madinah\n"
          "The case total in the country has reached 1,563\n"
          "JEDDAH: The head of the World Health Organization (WHO) has praised the decision by Saudi Arabia’s King Salman to provide free medical treatment for everyone in the Kingdom infected by the coronavirus.\n"
          "In his daily briefing on Tuesday, Health Ministry spokesman Dr. Mohammed Al-Abd Al-Aly noted that the king’s decision, announced on Monday, was an inspiring move that has earned global praise.\n"
          "“The director general of the WHO, Dr. Tedros Adhanom, described it as a great example that embodied the meaning of ‘health care for all,’” Al-Aly said.\n"
          "In a message posted on Twitter a few hours earlier, Adhanom wrote: “This is what #HealthForAll means! Thank you so much @KingSalman for your leadership and commitment to ensure everyone has access to the health services needed to fight #COVID19. I hope other countries will follow your lead! Solidarity!”\n"
          "The offer of free treatment at government and private medical facilities applies to all citizens and residents, even those in violation of residency laws.\n"
          "Al-Aly said 110 new cases of the coronavirus disease COVID-19 had been confirmed in Saudi Arabia, bringing the total to 1,563. Two of the new cases involved people returning from other countries.\n"
          "“Precautionary measures were taken as soon as they arrived in the Kingdom,” Al-Aly said.\n"
          "The remaining 108 patients contracted the virus from others who previously tested positive, and “precautionary actions were taken and they are under medical supervision,” he added."),
    entities=[("moh", "Saudi Arabia’s health ministry", "ORGANIZATION", ["health ministry"], "Saudi Ministry of Health"),
              ("tedros", "Tedros Adhanom", "PERSON",
               ["Adhanom", "Dr. Tedros Adhanom", "The director general of the WHO, Dr. Tedros Adhanom",
                "The head of the World Health Organization (WHO)"],
               "Director-General of the World Health Organization"),
              ("alaly", "Mohammed Al-Abd Al-Aly", "PERSON",
               ["Al-Aly", "Dr. Mohammed Al-Abd Al-Aly", "Health Ministry spokesman Dr. Mohammed Al-Abd Al-Aly"],
               "spokesman of the Saudi Ministry of Health")],
    mentions=[("m1", "Saudi Arabia’s health ministry", "moh"),
              ("m2", "The head of the World Health Organization (WHO)", "tedros"),
              ("m3", "Health Ministry spokesman Dr. Mohammed Al-Abd Al-Aly", "alaly"),
              ("m4", "The director general of the WHO, Dr. Tedros Adhanom", "tedros"),
              ("m5", ("Al-Aly", "Al-Aly said.\nIn a message"), "alaly"),
              ("m6", ("Adhanom", "Adhanom wrote"), "tedros"),
              ("m7", ("Al-Aly", "Al-Aly said 110"), "alaly"),
              ("m8", ("Al-Aly", "Al-Aly said.\nThe remaining"), "alaly"),
              ("m9", ("he", "he added"), "alaly")],
    attributions=[("a1", "INDIRECT", "m1", "announces", "two more deaths, 110 new coronavirus cases", None),
                  ("a2", "INDIRECT", "m2", "praised",
                   seg(T, "the decision by Saudi Arabia’s King Salman", "infected by the coronavirus"), None),
                  ("a3", "INDIRECT", "m3", "noted",
                   "the king’s decision, announced on Monday, was an inspiring move that has earned global praise", None),
                  ("a4", "DIRECT", "m5", ("said", "Al-Aly said.\nIn a message"),
                   seg(T, "The director general of the WHO", "‘health care for all,’"), None),
                  ("a5", "MIXED", "m4", "described",
                   "it as a great example that embodied the meaning of ‘health care for all,’", "a4"),
                  ("a6", "DIRECT", "m6", "wrote", seg(T, "This is what #HealthForAll", "lead! Solidarity!"), None),
                  ("a7", "INDIRECT", "m7", ("said", "Al-Aly said 110"),
                   "110 new cases of the coronavirus disease COVID-19 had been confirmed in Saudi Arabia, bringing the total to 1,563", None),
                  ("a8", "DIRECT", "m8", ("said", "Al-Aly said.\nThe remaining"),
                   "Precautionary measures were taken as soon as they arrived in the Kingdom,", None),
                  ("a9", "MIXED", "m9", ("added", "he added"),
                   seg(T, "The remaining 108 patients", "under medical supervision,”"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead. The text is cut at the last
# whole paragraph of the stored copy (the next one, a quotation, is cut off mid-sentence). The date
# is the one in the page's address.
# "condemned their actions" and "commended them for ..." are evaluative reporting with a noun-phrase
# content (`condemned`, `praised` in the corpus); `commended X for Y` keeps X as `accused X of Y`
# does. "after congratulating ... D.Sumiya and ... D.Otgondalai" and "warmly welcomed the two
# coaches" name only addressees: not annotated. "Despite these condemnations" has no content.
# "spoke about" with its topic is annotated ("touched on" in make_test6_b.py), and the oath ("he
# swore to devote himself to Mongolia") is nested in it. "he noted" is the President, the last
# speaker named; "I believe that ..." is his attitude within his own quotation and is not split off.
doc("theubpost-elbegdorj-defends-wrestling-coaches",
    url="http://theubpost.mn/2016/09/07/president-ts-elbegdorj-defends-mongolian-coaches-actions-at-the-rio-olympics/",
    outlet="The UB Post", country="Mongolia", topic="sport", cut=True, published="2016-09-07",
    text=(T := "President of Mongolia Ts.Elbegdorj met with coaches Ts.Tsogtbayar and B.Bayaraa on September 4, after congratulating and presenting new watches to Olympic silver medalist D.Sumiya and Olympic bronze medalist D.Otgondalai.\n"
          "The two coaches of the men’s national freestyle wrestling team staged a controversial protest on the wrestling mat after Mongolian wrestler G.Mandakhnaran’s loss in the men’s 65 kg bronze medal match at the Rio 2016 Summer Olympics. United World Wrestling has condemned their actions and the Mongolian Wrestling Federation stripped Ts.Tsogtbayar and B.Bayaraa of their rights to participate in any activities of the federation for two years. Despite these condemnations, the President warmly welcomed the two coaches and State Honored Athlete G.Mandakhnaran, and commended them for standing up for fair judgments and the reputation of Mongolia.\n"
          "“I believe that it was right to protest against injustice, conspiracy, corruption, and so on. It’s not easy to promote Mongolia internationally among this fierce competition. Our athletes and coaches are well aware of this. Both of your actions became a signal, a warning, and a calling for eliminating injustice in sports,” he noted. “Mongolians must not have their reputation or achievements disgraced by others. We should be standing up for our rights. This is a struggle of the whole of Mongolia in advocating for fairness and justice in any sport. I’m very proud of our Mongolian coaches.”\n"
          "In response, head coach of the national team Ts.Tsogtbaatar spoke about the first time he swore to devote himself to Mongolia, when he served in the military. He pointed out that bribing others for a medal was wrong, and especially degrading to those pouring everything they have into winning a medal."),
    entities=[("elbegdorj", "Ts.Elbegdorj", "PERSON", ["Elbegdorj", "President of Mongolia Ts.Elbegdorj", "the President"],
               "President of Mongolia"),
              ("uww", "United World Wrestling", "ORGANIZATION", [], "world governing body of wrestling"),
              ("tsogtbaatar", "Ts.Tsogtbaatar", "PERSON", ["Tsogtbaatar", "head coach of the national team Ts.Tsogtbaatar"],
               "head coach of Mongolia's national wrestling team")],
    mentions=[("m1", "President of Mongolia Ts.Elbegdorj", "elbegdorj"),
              ("m2", "United World Wrestling", "uww"),
              ("m3", "the President", "elbegdorj"),
              ("m4", ("he", "he noted"), "elbegdorj"),
              ("m5", "head coach of the national team Ts.Tsogtbaatar", "tsogtbaatar"),
              ("m6", ("he", "he swore"), "tsogtbaatar"),
              ("m7", ("He", "He pointed out"), "tsogtbaatar")],
    attributions=[("a1", "INDIRECT", "m2", "condemned", "their actions", None),
                  ("a2", "INDIRECT", "m3", "commended",
                   "them for standing up for fair judgments and the reputation of Mongolia", None),
                  ("a3", "DIRECT", "m4", ("noted", "he noted"), seg(T, "I believe that it was right", "injustice in sports,"), None),
                  ("a4", "DIRECT", "m4", None, seg(T, "Mongolians must not have", "our Mongolian coaches."), None),
                  ("a5", "INDIRECT", "m5", "spoke about",
                   "the first time he swore to devote himself to Mongolia, when he served in the military", None),
                  ("a6", "INDIRECT", "m6", "swore", "to devote himself to Mongolia", "a5"),
                  ("a7", "INDIRECT", "m7", "pointed out",
                   seg(T, "bribing others for a medal was wrong", "into winning a medal"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead, and it is the whole stored copy.
# The page gives no date. The unquoted cross-head "Strengthening trust" is a label, kept as printed.
# "Sharjah:" is a dateline.
# The complaints are claims with a noun cue and a null source: the text does not say who made
# them (`claims that …`, `reports of …` with no claimant). "The many complaints ... received"
# (first paragraph) and "Other complaints ... were about" give their content in the same sentence.
# Al Suwaidi's first quotation opens after a colon frame and runs over two paragraphs (the first
# ends without a closing mark): one attribution, whose source and cue are those of the inline
# "she said" (FORMAT.md: an inline clause wins over a colon frame). "Our records also show" is an
# evidential inside it: not annotated. In "what people said was the extremely high prices ..."
# the content is the predicate noun phrase, as `what she called X` → X (make_test4_a.py).
# The last sentence: the circular is a document with no named author (its own entity), and
# "according to" is its cue; the parenthetical stays inside the claim (FORMAT.md, Contiguity).
doc("gulfnews-sharjah-municipality-hotline-calls",
    url="https://gulfnews.com/uae/sharjah-municipality-hotline--gets-over-8400-calls-1.681677",
    outlet="Gulf News", country="United Arab Emirates", topic="local", cut=False,
    text=(T := "Sharjah: Children playing football on the grass in parks and buildings being infested with insects were among the many complaints Sharjah Municipality received on its emergency hotline.\n"
          "Other complaints made to the emergency hotline were about bachelors living in residential areas, foul smells emanating from restaurants, and expired food being sold in supermarkets.\n"
          "A municipality spokesman said yesterday that residents and business owners had made more than 8,400 calls to the emergency hotline in the first half of this year.\n"
          "Nada Saeed Al Suwaidi, head of public relations at Sharjah Municipality, said: \"In the first six months of 2010, the municipality received 8,434 calls on its emergency hotline 993.\n"
          "\"Our records also show that during the year 2009, we received a total of 12,184 emergency calls that were related to issues of pest control, broken water pipes, hygiene and poisoning,\" she said.\n"
          "Al Suwaidi said all calls had been referred to the municipality's departments concerned. She said the authorities had responded immediately to complaints by handling the source of the problem.\n"
          "Strengthening trust\n"
          "\"Some of the complaints we received included children playing football on the grass in parks, buildings being infested with insects, bachelors living in residential areas, foul smells coming from restaurants, and expired food being sold in supermarkets,\" she said.\n"
          "Al Suwaidi added that other complaints were about broken water pipes, plus what people said was the extremely high prices of certain consumer goods.\n"
          "\"The municipality pays great attention to the complaints received by the hotline at the emergency office with the aim to strengthen the trust between the public and the municipality,\" she said.\n"
          "The operator who receives the complaint on the hotline number 993 is instructed, according to an administrative circular, to immediately lodge the complaint with the department concerned."),
    entities=[("spokesman", "A municipality spokesman", "PERSON", [], "spokesman of Sharjah Municipality"),
              ("suwaidi", "Nada Saeed Al Suwaidi", "PERSON",
               ["Al Suwaidi", "Nada Saeed Al Suwaidi, head of public relations at Sharjah Municipality"],
               "head of public relations at Sharjah Municipality"),
              ("people", "people", "GROUP", [], "people who complained to the hotline about prices"),
              ("circular", "an administrative circular", "ORGANIZATION", ["administrative circular"],
               "an administrative circular of the municipality")],
    mentions=[("m1", "A municipality spokesman", "spokesman"),
              ("m2", "Nada Saeed Al Suwaidi, head of public relations at Sharjah Municipality", "suwaidi"),
              ("m3", ("she", "poisoning,\" she said"), "suwaidi"),
              ("m4", ("Al Suwaidi", "Al Suwaidi said all"), "suwaidi"),
              ("m5", ("She", "She said the authorities"), "suwaidi"),
              ("m6", ("she", "in supermarkets,\" she said"), "suwaidi"),
              ("m7", ("Al Suwaidi", "Al Suwaidi added"), "suwaidi"),
              ("m8", ("people", "people said"), "people"),
              ("m9", ("she", "the municipality,\" she said"), "suwaidi"),
              ("m10", "an administrative circular", "circular")],
    attributions=[("a1", "INDIRECT", None, ("complaints", "the many complaints"),
                   "Children playing football on the grass in parks and buildings being infested with insects", None),
                  ("a2", "INDIRECT", None, ("complaints", "Other complaints made"),
                   seg(T, "bachelors living in residential areas, foul smells emanating", "being sold in supermarkets", "Other complaints made"), None),
                  ("a3", "INDIRECT", "m1", ("said", "spokesman said"),
                   "residents and business owners had made more than 8,400 calls to the emergency hotline in the first half of this year", None),
                  ("a4", "DIRECT", "m3", ("said", "poisoning,\" she said"),
                   seg(T, "In the first six months of 2010", "hygiene and poisoning,"), None),
                  ("a5", "INDIRECT", "m4", ("said", "Al Suwaidi said all"),
                   "all calls had been referred to the municipality's departments concerned", None),
                  ("a6", "INDIRECT", "m5", ("said", "She said the authorities"),
                   "the authorities had responded immediately to complaints by handling the source of the problem", None),
                  ("a7", "DIRECT", "m6", ("said", "in supermarkets,\" she said"),
                   seg(T, "Some of the complaints we received", "being sold in supermarkets,"), None),
                  ("a8", "INDIRECT", None, ("complaints", "Some of the complaints"),
                   seg(T, "children playing football on the grass in parks, buildings", "being sold in supermarkets"), "a7"),
                  ("a9", "INDIRECT", "m7", ("added", "Al Suwaidi added"),
                   seg(T, "other complaints were about broken water pipes", "certain consumer goods"), None),
                  ("a10", "INDIRECT", None, ("complaints", "other complaints were about broken"),
                   seg(T, "broken water pipes, plus", "certain consumer goods"), "a9"),
                  ("a11", "INDIRECT", "m8", ("said", "people said"), "the extremely high prices of certain consumer goods", "a10"),
                  ("a12", "DIRECT", "m9", ("said", "the municipality,\" she said"),
                   seg(T, "The municipality pays great attention", "the public and the municipality,"), None),
                  ("a13", "INDIRECT", "m10", "according to",
                   seg(T, "The operator who receives the complaint", "with the department concerned"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead. The text is cut at the last
# whole paragraph of the stored copy (the next one is cut off mid-sentence). The date is the one
# in the page's address. The story quotes an analyst "told the Global Times": the Global Times is
# a medium here (the page is China News Service's English site, ecns.cn).
# "according to Bai, who also revealed ..." is two claims with the same source mention: the
# relative clause's cue takes its antecedent as source (FORMAT.md, Sources). "Analysts ... are
# less optimistic about the prospects of ..." is a state with no reported clause (`was unhappy
# with`): not annotated. "data from Analysys International showed" is an evidential (Excluded).
# "The new model is slated to hit the shelves" is a schedule, not an agentless forecast.
doc("ecns-meizu-mx4-launch-analysts",
    url="http://ecns.cn/business/2014/09-03/132903.shtml",
    outlet="ecns.cn (China News Service)", country="China", topic="technology", cut=True, published="2014-09-03",
    text=(T := "Chinese smartphone vendor Meizu Technology Co, known for its cheaper look-alikes of Apple Inc's iPhone, took the wraps off its new flagship device on Tuesday in a bid to upstage bigger global rivals that are set to introduce new models shortly.\n"
          "Sporting a 5.36-inch display and an eight-core mobile processor, the Meizu MX4 goes on sale starting at 1,799 yuan ($291.79), Bai Yongxiang, Meizu's senior vice president, announced at an event in Beijing on Tuesday.\n"
          "The new model is slated to hit the shelves on September 20, according to Bai, who also revealed the company's plans to expand its network of retail experience outlets that appear to be clones of Apple Stores to 20 at the end of the year before achieving the target of 60 by 2015.\n"
          "The announcement came one day ahead of Samsung Electronics Co's release of its big-screen smartphone lineup and one week prior to Apple's much-awaited launch of its next-generation iPhone.\n"
          "Analysts, however, are less optimistic about the prospects of the Zhuhai, South China's Guangdong Province-based phone maker, which made inroads into the smartphone business in 2006 but has yet to capture a substantial share of the domestic market.\n"
          "\"Meizu has been confined to a small niche of the market, despite their having a certain group of fans over the past several years,\" Wang Jun, an industry analyst with Beijing-based consultancy Analysys International, told the Global Times on Tuesday.\n"
          "Compared to Meizu, mainly a hardware manufacturer, the likes of Xiaomi Inc that are adept at marketing products alongside the rise of mobile Internet in the country have been doing much better, Wang said.\n"
          "Beijing-based smartphone maker Xiaomi was close to unseating Samsung in the Chinese mainland's marketplace for smartphones as measured by shipments in the second quarter of the year, taking a 13.5 percent share of the market versus Samsung's 15.4 percent, data from Analysys International showed."),
    entities=[("bai", "Bai Yongxiang", "PERSON", ["Bai", "Bai Yongxiang, Meizu's senior vice president"],
               "senior vice president of Meizu"),
              ("wang", "Wang Jun", "PERSON",
               ["Wang", "Wang Jun, an industry analyst with Beijing-based consultancy Analysys International"],
               "industry analyst with Analysys International")],
    mentions=[("m1", "Bai Yongxiang, Meizu's senior vice president", "bai"),
              ("m2", ("Bai", "according to Bai"), "bai"),
              ("m3", "Wang Jun, an industry analyst with Beijing-based consultancy Analysys International", "wang"),
              ("m4", ("Wang", "Wang said"), "wang")],
    attributions=[("a1", "INDIRECT", "m1", "announced",
                   seg(T, "Sporting a 5.36-inch display", "1,799 yuan ($291.79)"), None),
                  ("a2", "INDIRECT", "m2", "according to", "The new model is slated to hit the shelves on September 20", None),
                  ("a3", "INDIRECT", "m2", "revealed",
                   seg(T, "the company's plans to expand", "the target of 60 by 2015"), None),
                  ("a4", "DIRECT", "m3", "told", seg(T, "Meizu has been confined", "the past several years,"), None),
                  ("a5", "INDIRECT", "m4", ("said", "Wang said"),
                   seg(T, "Compared to Meizu, mainly", "have been doing much better"), None)])

write("train_aw.jsonl")
