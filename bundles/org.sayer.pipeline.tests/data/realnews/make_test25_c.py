#!/usr/bin/env python3
"""Writes test25_c.jsonl: real-news gold, split test25-c (see gold.py). Run: python3 make_test25_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with its dateline line ("PUTRAJAYA, July 5,
# 2015:", kept as printed, not an attribution); the "Related Posts" / "Next Post" lines at its end
# are navigation and are left out. The stored copy ends with the last paragraph kept here.
# The first paragraph (the ministry and the police "will not hesitate ...") has no cue: no claim.
# "in a statement" is a medium. The PGI firm's "has confirmed the theft and said that ..." inside
# Zahid's quotation are two nested claims of the firm ("confirmed the arrest" is included by
# FORMAT.md); the source span is the firm's NP with its apposition.
# The quotation opened in "“Various media reports ..." is left open at its paragraph end and
# reopens in the next one: one attribution, taking the cue of that clause ("he said").
# Left out: "media reports are found quoting unverified documents" (quoting documents is read like
# "citing": the documents are a medium, no content), "investigators who supposedly traced
# movements of money" (a hedge and an action), "allegations and insinuations were being made"
# (an agentless speech act with no content, inside the minister's claim), "making comments on this
# matter" (no content), and the noun "these allegations" (no content).
doc("therakyatpost-zahid-full-force-of-law-malaysia",
    url="https://www.therakyatpost.com/2015/07/05/full-force-of-the-law-against-those-trying-to-harm-malaysia-zahid-warns/",
    outlet="The Rakyat Post", country="Malaysia", topic="politics", cut=False, published="2015-07-05",
    text=(T := "PUTRAJAYA, July 5, 2015:\n"
          "The Home Ministry and Royal Malaysian Police will not hesitate to use the full force of the law against individuals who attempt to harm Malaysia’s economy and democratic process.\n"
          "Its minister Datuk Seri Dr Ahmad Zahid Hamidi said over the past months, there appeared to be attempts to undermine confidence in the Malaysian economy and the country’s democratically elected government.\n"
          "“This can be a threat to national security,” he said in a statement today.\n"
          "Ahmad Zahid said the main source of these allegations were from data allegedly stolen by an individual who had been detained and was now under investigation for attempted extortion.\n"
          "“An independent international cyber security firm, Protection Group International (PGI), has confirmed the theft and said that the information published should be considered unsafe and unreliable,” he added.\n"
          "“Various media reports are found quoting unverified documents.\n"
          "“Are they authentic? Do they even exist? Who are the unnamed investigators who supposedly traced movements of money?” he said.\n"
          "The Home Minister said allegations and insinuations were being made against a serving Malaysian Prime Minister Datuk Seri Najib Razak.\n"
          "“This is irresponsible and reckless journalism, and bordering on criminal offence,” he said.\n"
          "Ahmad Zahid said as investigations were ongoing, all parties (domestic and international) should refrain and restrain themselves from making comments on this matter to avoid confusing the public."),
    entities=[("zahid", "Ahmad Zahid Hamidi", "PERSON",
               ["Ahmad Zahid", "Datuk Seri Dr Ahmad Zahid Hamidi", "Its minister Datuk Seri Dr Ahmad Zahid Hamidi",
                "The Home Minister"], "Malaysian Home Minister"),
              ("pgi", "Protection Group International", "ORGANIZATION",
               ["PGI", "An independent international cyber security firm, Protection Group International (PGI)"],
               "independent international cyber security firm")],
    mentions=[("m1", "Its minister Datuk Seri Dr Ahmad Zahid Hamidi", "zahid"),
              ("m2", ("he", "he said in a statement"), "zahid"),
              ("m3", ("Ahmad Zahid", "Ahmad Zahid said the main"), "zahid"),
              ("m4", "An independent international cyber security firm, Protection Group International (PGI)", "pgi"),
              ("m5", ("he", "he added"), "zahid"),
              ("m6", ("he", "money?” he said"), "zahid"),
              ("m7", "The Home Minister", "zahid"),
              ("m8", ("he", "offence,” he said"), "zahid"),
              ("m9", ("Ahmad Zahid", "Ahmad Zahid said as"), "zahid")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Hamidi said over"),
                   "over the past months, there appeared to be attempts to undermine confidence in the Malaysian economy and the country’s democratically elected government", None),
                  ("a2", "DIRECT", "m2", ("said", "he said in a statement"), "This can be a threat to national security,", None),
                  ("a3", "INDIRECT", "m3", ("said", "Zahid said the main"),
                   "the main source of these allegations were from data allegedly stolen by an individual who had been detained and was now under investigation for attempted extortion", None),
                  ("a4", "DIRECT", "m5", "added",
                   seg(T, "An independent international cyber security firm", "unsafe and unreliable,"), None),
                  ("a5", "INDIRECT", "m4", "confirmed", "the theft", "a4"),
                  ("a6", "INDIRECT", "m4", ("said", "said that the information"),
                   "the information published should be considered unsafe and unreliable", "a4"),
                  ("a7", "DIRECT", "m6", ("said", "money?” he said"),
                   seg(T, "Various media reports", "movements of money?"), None),
                  ("a8", "INDIRECT", "m7", ("said", "Minister said allegations"),
                   "allegations and insinuations were being made against a serving Malaysian Prime Minister Datuk Seri Najib Razak", None),
                  ("a9", "DIRECT", "m8", ("said", "offence,” he said"),
                   "This is irresponsible and reckless journalism, and bordering on criminal offence,", None),
                  ("a10", "INDIRECT", "m9", ("said", "Zahid said as"),
                   seg(T, "as investigations were ongoing", "avoid confusing the public"), None)])

# ---------------------------------------------------------------------------------------
# The page-title line ("We didn’t play smart cricket – coach Hathurusingha | Daily News") is left
# out as page furniture; the kicker above the headline and the headline are kept, in the printed
# order. published is the date in the page's address (the page prints only "GALLE, Friday"). The
# stored copy breaks off in "you cannot put the blame on the pit", so the text is cut before that
# paragraph.
# The kicker "‘Our batsmen got out to traps set by England’:" is a quoted line naming nobody: DIRECT
# with a null source and cue (FORMAT.md, an unattributed quoted cross-head), although a reader
# would give it to the coach named in the headline. The headline is a "claim – name" headline: null
# cue, source "coach Hathurusingha", INDIRECT (no marks).
# "put down Sri Lanka’s defeat ... to his team not playing smart cricket" is read like "described X
# as Y": cue "put down", content the defeat and what it is put down to.
# The quotation opened in "“If you look at the first day ..." is left open at its paragraph end and
# the next paragraph, printed without a reopening mark, closes it: one attribution, taking that
# clause's cue ("said Hathurusingha"). "at the post-match press conference" is a medium.
# Not claims: "The opposition looks like they are playing ..." (an appearance inside the quote).
doc("dailynews-hathurusingha-galle-smart-cricket",
    url="https://archives1.dailynews.lk/2018/11/10/sports/168081/we-didn%E2%80%99t-play-smart-cricket-%E2%80%93-coach-hathurusingha",
    outlet="Daily News", country="Sri Lanka", topic="sport", cut=True, published="2018-11-10",
    title="We didn’t play smart cricket – coach Hathurusingha",
    text=(T := "‘Our batsmen got out to traps set by England’:\n"
          "We didn’t play smart cricket – coach Hathurusingha\n"
          "GALLE, Friday – Head coach Chandika Hathurusingha put down Sri Lanka’s defeat by 211 runs to England in the first cricket Test at the Galle International Stadium to his team not playing smart cricket.\n"
          "“It is very disappointing the way we got out. Getting out to the traps they set. They need to understand how they are going to get you out and then bat accordingly. It is not that you are given a free license to play shots regardless of the situation. You need to understand that,” said Hathurusingha at the post-match press conference.\n"
          "“When you play Test cricket you need to understand how people are going to get you out even in club cricket. You cannot come to international cricket and learn that. I have not seen that before. This tenure I am seeing it. Prior to this people were more intelligent. If you are playing against turn and getting out it is sad. The opposition looks like they are playing with school kids,” he said.\n"
          "Hathurusingha said that where everything went wrong for Sri Lanka was in the first session of the opening day when England were five down for 113.\n"
          "“If you look at the first day, until lunch we were top of the game having taken five wickets for 100. But after that, the way they batted, they took the game away from us. From thereon we were chasing the game. In Test cricket, especially on wickets like these, it is very difficult to comeback. Our first innings batting was poor.\n"
          "They outplayed us in all three departments of the game,” said Hathurusingha."),
    entities=[("hathurusingha", "Chandika Hathurusingha", "PERSON",
               ["Hathurusingha", "coach Hathurusingha", "Head coach Chandika Hathurusingha"],
               "head coach of the Sri Lanka cricket team")],
    mentions=[("m1", "coach Hathurusingha", "hathurusingha"),
              ("m2", "Head coach Chandika Hathurusingha", "hathurusingha"),
              ("m3", ("Hathurusingha", "Hathurusingha at the post-match"), "hathurusingha"),
              ("m4", ("he", "school kids,” he said"), "hathurusingha"),
              ("m5", ("Hathurusingha", "Hathurusingha said that where"), "hathurusingha"),
              ("m6", ("Hathurusingha", "said Hathurusingha."), "hathurusingha")],
    attributions=[("a1", "DIRECT", None, None, "Our batsmen got out to traps set by England", None),
                  ("a2", "INDIRECT", "m1", None, "We didn’t play smart cricket", None),
                  ("a3", "INDIRECT", "m2", "put down",
                   seg(T, "Sri Lanka’s defeat", "not playing smart cricket"), None),
                  ("a4", "DIRECT", "m3", ("said", "said Hathurusingha at"),
                   seg(T, "It is very disappointing", "understand that,"), None),
                  ("a5", "DIRECT", "m4", ("said", "school kids,” he said"),
                   seg(T, "When you play Test cricket", "with school kids,"), None),
                  ("a6", "INDIRECT", "m5", ("said", "Hathurusingha said that where"),
                   "where everything went wrong for Sri Lanka was in the first session of the opening day when England were five down for 113", None),
                  ("a7", "DIRECT", "m6", ("said", "said Hathurusingha."),
                   seg(T, "If you look at the first day", "departments of the game,"), None)])

# ---------------------------------------------------------------------------------------
# ANI copy. The date line ("Jan 16, 2026") is left out; the dateline "New Delhi [India], January 16
# :" opens the lead and is kept. The stored copy breaks off in "India offers unparalleled support
# for ne", so the text is cut before that paragraph (Samuel John's).
# The headline's founders "highlight strategic government support" (the at-phrase is an adjunct
# of the event). "Startup founders", "founders" and "startup founders" are one collective; Karnataki
# is one of them, a separate entity (FORMAT.md, Coreference: a subset).
# "founders credited government backing for enabling deep-tech innovation" is evaluative reporting
# with a content (cue "credited"). "startup founders shared insights into their entrepreneurial
# journeys and the impact of state-led support" is read like "complained about noise": cue "shared
# insights", content the topic after "into" (a judgment call). "Speaking to ANI" is a medium.
# "Having raised ... grants" is an adjunct of "emphasized", outside its content. Quotations ending
# a MIXED content keep their closing mark and the period inside it.
# "Recalling her interaction with the Prime Minister" and "she said" frame the same quotation: one
# claim, cue "said". Inside it, "he asked me about my startup" is a question reported of a named
# speaker (Modi, the "he" of the quote), nested, content the topic; "gave me words of
# encouragement" has no content and is left out. The non-source "He" before it is not a mention.
# Not claims: "The event highlighted the growth ..." (an event, not a speaker: an evidential), and
# "Prime Minister Narendra Modi interacted with entrepreneurs" (no content).
doc("indiannewsnetwork-founders-national-startup-day",
    url="https://www.indiannewsnetwork.net/news/startup-founders-highlight-strategic-government-support-at-national-startup-day-event20260116233057",
    outlet="Indian News Network", country="India", topic="technology", cut=True, published="2026-01-16",
    text=(T := "Startup founders highlight strategic government support at National Startup Day event\n"
          "New Delhi [India], January 16 : Prime Minister Narendra Modi interacted with entrepreneurs at the Bharat Mandapam on Friday to mark National Startup Day and the tenth anniversary of the Startup India initiative, as founders credited government backing for enabling deep-tech innovation. The event highlighted the growth of the domestic ecosystem, which has transitioned from a policy framework into a global innovation hub over the last decade.\n"
          "Speaking to ANI at the sidelines of the Startup India initiative in Bharat Mandapam, startup founders shared insights into their entrepreneurial journeys and the impact of state-led support. Aishwarya Karnataki, Founder and CEO of Glovatrix, noted that the last decade has been \"incredibly helpful not just for my startup but for the entire startup ecosystem.\"\n"
          "Having raised over one crore rupees in non-dilutive government grants over five years, she emphasized that her venture, which developed an AI-powered glove for the speech-impaired, would not have started without this assistance. \"Nobody was willing to take risk in us initially, but then the government backed us up and five years later here is where we are,\" she said.\n"
          "The Pune-based founder explained that her product, 5th Sense, translates sign language to voice to ensure \"every deaf person can communicate with independence and dignity.\"\n"
          "Karnataki also highlighted the global recognition received by Indian startups, noting that her firm was the first Indian startup to win global awards in Geneva and Croatia by the UN and WorldSkills. Recalling her interaction with the Prime Minister at the event, she said, \"He came to my stall and he asked me about my startup, saw my demo, listened to what I had to say with a lot of focus and gave me words of encouragement.\""),
    entities=[("founders", "startup founders", "GROUP", ["Startup founders", "founders"],
               "founders of Indian startups at the National Startup Day event"),
              ("modi", "Narendra Modi", "PERSON", ["Modi", "Prime Minister Narendra Modi", "the Prime Minister"],
               "Prime Minister of India"),
              ("karnataki", "Aishwarya Karnataki", "PERSON",
               ["Karnataki", "Aishwarya Karnataki, Founder and CEO of Glovatrix", "The Pune-based founder"],
               "founder and CEO of Glovatrix")],
    mentions=[("m1", "Startup founders", "founders"),
              ("m2", "Prime Minister Narendra Modi", "modi"),
              ("m3", ("founders", "founders credited"), "founders"),
              ("m4", ("startup founders", "startup founders shared"), "founders"),
              ("m5", "Aishwarya Karnataki, Founder and CEO of Glovatrix", "karnataki"),
              ("m6", ("she", "she emphasized"), "karnataki"),
              ("m7", ("she", "are,\" she said"), "karnataki"),
              ("m8", "The Pune-based founder", "karnataki"),
              ("m9", ("Karnataki", "Karnataki also highlighted"), "karnataki"),
              ("m10", "the Prime Minister", "modi"),
              ("m11", ("she", "she said, \"He came"), "karnataki"),
              ("m12", ("he", "he asked me"), "modi")],
    attributions=[("a1", "INDIRECT", "m1", ("highlight", "founders highlight"), "strategic government support", None),
                  ("a2", "INDIRECT", "m3", "credited", "government backing for enabling deep-tech innovation", None),
                  ("a3", "INDIRECT", "m4", "shared insights",
                   "their entrepreneurial journeys and the impact of state-led support", None),
                  ("a4", "MIXED", "m5", "noted",
                   "the last decade has been \"incredibly helpful not just for my startup but for the entire startup ecosystem.\"", None),
                  ("a5", "INDIRECT", "m6", "emphasized",
                   "her venture, which developed an AI-powered glove for the speech-impaired, would not have started without this assistance", None),
                  ("a6", "DIRECT", "m7", ("said", "are,\" she said"),
                   seg(T, "Nobody was willing", "where we are,"), None),
                  ("a7", "MIXED", "m8", "explained",
                   "her product, 5th Sense, translates sign language to voice to ensure \"every deaf person can communicate with independence and dignity.\"", None),
                  ("a8", "INDIRECT", "m9", ("highlighted", "also highlighted"),
                   "the global recognition received by Indian startups", None),
                  ("a9", "INDIRECT", "m9", "noting",
                   "her firm was the first Indian startup to win global awards in Geneva and Croatia by the UN and WorldSkills", None),
                  ("a10", "DIRECT", "m11", ("said", "she said, \"He came"),
                   seg(T, "He came to my stall", "words of encouragement."), None),
                  ("a11", "INDIRECT", "m12", "asked", ("my startup", "asked me about my startup"), "a10")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (it opens with its date), so the text starts with the lead. The
# stored copy breaks off in "there is depreciation involved, which impacts re", so the text is cut
# before that paragraph.
# "A bid ... has been criticised by residents, as well as the mayor of another Tasmanian
# municipality turned city" is left out as an evaluation with no reported content (FORMAT.md,
# "was criticised for …"); "the mayor of another Tasmanian municipality turned city" is kept as a
# mention of Steve Kons, whom the text identifies later. "The idea was proposed by Councillor Peter
# Kearney" is read as a speech act (a proposal at the meeting) with the passive subject as its
# content; "was voted down" is an action.
# The unquoted-frame quotations "“With the majority ..." and "“Burnie's a city ..." have no
# reporting clause of their own and continue the previous speaker (null cue).
# "Mr Collier believed ..." is a belief with a named subject (MIXED); "according to a recent KPMG
# study" inside it names its author in its NP, so the study is a mention of KPMG, and the nested
# claim covers the clause the parenthetical sits in ("a move which would, ..., save ...").
# "Nigel Burch, who thought the move was ...": the cue sits in a relative clause, the source is its
# antecedent. "since being re-elected to council in 2018" stands before the cue and is left out.
# Not claims: "That opinion was directly contrasted ..." (no cue), "talks of amalgamation"
# (negotiations), and "which I believe ..." / "something that they would otherwise just assume ..."
# inside Burch's quote (the speaker's own attitude, and a hypothetical).
doc("examiner-west-tamar-city-status-motion",
    url="https://www.examiner.com.au/story/7785907/motion-to-turn-west-tamar-into-city-splits-community/",
    outlet="The Examiner", country="Australia", topic="local", cut=True, published="2022-06-19",
    text=(T := "A bid to make the West Tamar area a city has been criticised by residents, as well as the mayor of another Tasmanian municipality turned city.\n"
          "The idea was proposed by Councillor Peter Kearney at the council's monthly meeting on Tuesday, but was voted down.\n"
          "Legana resident Jim Collier said the fact West Tamar council was even considering raising the area to city status was \"ludicrous\".\n"
          "\"What a waste of time and effort,\" he said.\n"
          "\"With the majority of West Tamar ratepayers actually living in Riverside in reality most of those ratepayers reside closer to the City of Launceston than anywhere else.\"\n"
          "Mr Collier believed if West Tamar Council wanted to do something to improve the wellbeing of its ratepayers it would be better off by reopening \"meaningful\" talks of amalgamation with George Town, Launceston, and other bordering Councils, a move which would, according to a recent KPMG study, save Ratepayers $1.3 million annually.\n"
          "That opinion was directly contrasted with that of Riverside resident and esteemed author Nigel Burch, who thought the move was a \"great idea\" for the area.\n"
          "\"I didn't think there was any great expense involved, it would just give the area a greater status so that we could talk to the government as a city, which I believe has more gravity rather than something that they would otherwise just assume is a small rural shire,\" he said.\n"
          "\"Burnie's a city, and its population is less than ours.\"\n"
          "Burnie City Council mayor Steve Kons was not in power when the area became a city in 1988, but since being re-elected to council in 2018, he said he had observed the effects of the move.\n"
          "\"One of the detriments is that you have to provide a greater level of services, meaning there's also a greater expectation from the community and people that go and visit the city,\" he said."),
    entities=[("kons", "Steve Kons", "PERSON",
               ["Kons", "Burnie City Council mayor Steve Kons", "the mayor of another Tasmanian municipality turned city"],
               "Mayor of Burnie City Council"),
              ("kearney", "Peter Kearney", "PERSON", ["Kearney", "Councillor Peter Kearney"], "West Tamar councillor"),
              ("collier", "Jim Collier", "PERSON", ["Collier", "Mr Collier", "Legana resident Jim Collier"], "Legana resident"),
              ("kpmg", "KPMG", "ORGANIZATION", ["a recent KPMG study"], "author of a study on council amalgamation"),
              ("burch", "Nigel Burch", "PERSON", ["Burch", "Riverside resident and esteemed author Nigel Burch"],
               "Riverside resident and author")],
    mentions=[("m1", "the mayor of another Tasmanian municipality turned city", "kons"),
              ("m2", "Councillor Peter Kearney", "kearney"),
              ("m3", "Legana resident Jim Collier", "collier"),
              ("m4", ("he", "effort,\" he said"), "collier"),
              ("m5", "Mr Collier", "collier"),
              ("m6", "a recent KPMG study", "kpmg"),
              ("m7", "Riverside resident and esteemed author Nigel Burch", "burch"),
              ("m8", ("he", "rural shire,\" he said"), "burch"),
              ("m9", "Burnie City Council mayor Steve Kons", "kons"),
              ("m10", ("he", "he said he had observed"), "kons"),
              ("m11", ("he", "visit the city,\" he said"), "kons")],
    attributions=[("a1", "INDIRECT", "m2", "proposed", "The idea", None),
                  ("a2", "MIXED", "m3", ("said", "Collier said the fact"),
                   "the fact West Tamar council was even considering raising the area to city status was \"ludicrous\"", None),
                  ("a3", "DIRECT", "m4", ("said", "effort,\" he said"), "What a waste of time and effort,", None),
                  ("a4", "DIRECT", "m4", None,
                   seg(T, "With the majority of West Tamar ratepayers", "than anywhere else."), None),
                  ("a5", "MIXED", "m5", "believed",
                   seg(T, "if West Tamar Council wanted", "$1.3 million annually"), None),
                  ("a6", "INDIRECT", "m6", "according to",
                   "a move which would, according to a recent KPMG study, save Ratepayers $1.3 million annually", "a5"),
                  ("a7", "MIXED", "m7", "thought", "the move was a \"great idea\" for the area", None),
                  ("a8", "DIRECT", "m8", ("said", "rural shire,\" he said"),
                   seg(T, "I didn't think there was", "small rural shire,"), None),
                  ("a9", "DIRECT", "m8", None, "Burnie's a city, and its population is less than ours.", None),
                  ("a10", "INDIRECT", "m10", ("said", "he said he had observed"), "he had observed the effects of the move", None),
                  ("a11", "DIRECT", "m11", ("said", "visit the city,\" he said"),
                   seg(T, "One of the detriments", "visit the city,"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. The pull quote printed in the
# middle of the story (“ ¶ It's not the time for pinning blame ... ¶ Atiqul Islam, mayor, Dhaka North
# City Corporation) is an embed and is left out. The stored copy breaks off in the cross-head
# "Nepal struggling with ‘stra", so the text is cut before it. The page gives no date.
# "with disease experts linking worsening outbreaks to the impacts of climate change": cue
# "linking", read like "put X down to Y". The "disease experts" of the lead and the "Entomologists and
# epidemiologists" who "say" in the next paragraph are taken as one collective (one GROUP).
# The WHO's trailing "says" covers its whole sentence, the inserted "- up eight-fold from 2000 -"
# included. The source span of Bashar's first claim leaves out his long apposition ("an
# entomologist and zoology professor at Jahangirnagar University in the capital Dhaka").
# "“Dengue is not only a problem ...”" follows "Bashar said in an interview" with no reporting
# clause: a continuation (null cue). "in an interview" is a medium.
# Not claims: "official figures show" (an evidential), "which is also known as “breakbone fever”"
# (a name), "cases reported in 2022" (a participle), and "Dengue is common ..." (no cue).
doc("ecobusiness-dengue-south-asia-climate",
    url="https://eco-business.com/id/news/mosquito-borne-dengue-grows-deadlier-in-south-asia-as-planet-warms",
    outlet="Eco-Business", country="Singapore", topic="health-science", cut=True,
    text=(T := "Mosquito-borne dengue fever is taking a heavy toll on South Asian nations this year as Bangladesh grapples with record deaths and Nepal faces cases in new areas, with disease experts linking worsening outbreaks to the impacts of climate change.\n"
          "Authorities in the two countries are scrambling to contain and treat the disease - which is also known as “breakbone fever” for the severe muscle and joint pains it induces. Entomologists and epidemiologists say rising temperatures and longer monsoon seasons are providing ideal breeding conditions for mosquitoes.\n"
          "The threat is not restricted to South Asia as dengue rates are rising globally with 4.2 million cases reported in 2022 - up eight-fold from 2000 - the World Health Organization (WHO) says.\n"
          "Earlier this year, WHO said dengue is the fastest-spreading tropical disease worldwide and represents a “pandemic threat”.\n"
          "In Bangladesh, at least 691 people have died so far in 2023, and more than 138,000 have been infected, official figures show, making this the deadliest year since the first recorded epidemic in 2000. The previous record toll was 281 deaths last year.\n"
          "A lack of proper prevention measures has allowed the dengue-carrying Aedes aegypti mosquito to spread across almost all of Bangladesh, said Kabirul Bashar, an entomologist and zoology professor at Jahangirnagar University in the capital Dhaka.\n"
          "He said this raised the risk of more infections occurring during September. Dengue is common during the June-to-September monsoon season, when mosquitoes thrive in stagnant water.\n"
          "“This climate is favourable for the breeding of Aedes mosquitoes,” Bashar said in an interview. “Dengue is not only a problem for Dhaka, it is now a problem for the entire country.”"),
    entities=[("experts", "disease experts", "GROUP", ["Entomologists and epidemiologists"],
               "entomologists and epidemiologists studying dengue in South Asia"),
              ("who", "World Health Organization", "ORGANIZATION", ["WHO", "the World Health Organization (WHO)"], None),
              ("bashar", "Kabirul Bashar", "PERSON", ["Bashar"],
               "entomologist and zoology professor, Jahangirnagar University")],
    mentions=[("m1", "disease experts", "experts"),
              ("m2", "Entomologists and epidemiologists", "experts"),
              ("m3", "the World Health Organization (WHO)", "who"),
              ("m4", ("WHO", "WHO said"), "who"),
              ("m5", "Kabirul Bashar", "bashar"),
              ("m6", ("He", "He said this"), "bashar"),
              ("m7", ("Bashar", "Bashar said in"), "bashar")],
    attributions=[("a1", "INDIRECT", "m1", "linking", "worsening outbreaks to the impacts of climate change", None),
                  ("a2", "INDIRECT", "m2", ("say", "epidemiologists say"),
                   "rising temperatures and longer monsoon seasons are providing ideal breeding conditions for mosquitoes", None),
                  ("a3", "INDIRECT", "m3", ("says", "(WHO) says"),
                   seg(T, "The threat is not restricted", "eight-fold from 2000"), None),
                  ("a4", "MIXED", "m4", ("said", "WHO said"),
                   "dengue is the fastest-spreading tropical disease worldwide and represents a “pandemic threat”", None),
                  ("a5", "INDIRECT", "m5", ("said", "said Kabirul"),
                   seg(T, "A lack of proper prevention measures", "almost all of Bangladesh"), None),
                  ("a6", "INDIRECT", "m6", ("said", "He said this"),
                   "this raised the risk of more infections occurring during September", None),
                  ("a7", "DIRECT", "m7", ("said", "Bashar said in"),
                   "This climate is favourable for the breeding of Aedes mosquitoes,", None),
                  ("a8", "DIRECT", "m7", None,
                   "Dengue is not only a problem for Dhaka, it is now a problem for the entire country.", None)])

# ---------------------------------------------------------------------------------------
# Reuters copy on a financial magazine's site. The stored page has no headline, so the text starts
# with the lead; the credit line "Source: Reuters" is left out. The stored copy ends with the last
# paragraph kept here; the page gives no date.
# "Indonesia’s central bank expects ..., its governor said": the governor's claim holds the bank's
# forecast (a forecast with a named subject), nested; likewise "BI expects ..., Warjiyo said".
# "vowing to manage rising costs" is a second claim of the governor (FORMAT.md, "X said A, warning
# that B"). "told members of parliament’s financial committee:" frames a whole quotation (DIRECT);
# the committee members are addressees.
# Left out: "Making no mention of potential further tightening" (an omission with no open
# question, unlike the seed's refusals), "made the remarks" (no content), "a parliamentary hearing
# discussing the central bank’s budget" (a hearing, not a speaker), the nouns "The new forecast",
# "previous inflation expectation" and "its estimate for 2023", and "the 15,280 average expected
# this year" (a participle with no finite reporting verb). "Bank Indonesia’s (BI)" and "the central
# bank’s" are possessives, not mentions; "The central bank unexpectedly raised ..." is a mention.
doc("alphasoutheastasia-bank-indonesia-inflation-2024",
    url="https://alphasoutheastasia.com/bank-indonesia-expects-stronger-2024-inflation/",
    outlet="Alpha Southeast Asia", country="Hong Kong", topic="business", cut=False,
    text=(T := "Indonesia’s central bank expects headline inflation to accelerate to 3.2 per cent next year due to higher global food and energy prices, its governor said on Monday, vowing to manage rising costs.\n"
          "Perry Warjiyo made the remarks in a parliamentary hearing discussing the central bank’s budget for 2024.\n"
          "The new forecast was higher than Bank Indonesia’s (BI) previous inflation expectation of 2.8 per cent for next year. It is also close to the upper end of the central bank’s 2024 target band of 1.5 per cent to 3.5 per cent.\n"
          "BI expects inflation this year to come in at 2.84 per cent, within its 2023 target range of 2 per cent to 4 per cent, Warjiyo said.\n"
          "The central bank unexpectedly raised interest rates to defend the falling rupiah exchange rate last month, taking its total rate hikes since August 2022 to 250 basis points.\n"
          "Making no mention of potential further tightening, Warjiyo told members of parliament’s financial committee: “We will ensure monetary policies, whether through interest rate policy and the rupiah exchange rate, will support (efforts to) manage inflation.”\n"
          "The rupiah exchange rate against the U.S. dollar will likely average 15,510 per dollar in 2024, compared with the 15,280 average expected this year, due to uncertainty in the global financial market, Warjiyo said.\n"
          "The rupiah traded at 15,695 by 0800 GMT on Monday.\n"
          "The governor also projected economic growth will come in at 5.00 per cent for 2024, roughly in line with its estimate for 2023, underpinned by spending for the Feb. 14 general election and construction of the country’s planned new capital city Nusantara on Borneo island.\n"
          "Indonesia’s economy grew at its weakest pace in two years of 4.94 per cent in the third quarter, as exports shrank and household spending softened.\n"
          "Growth in Southeast Asia’s largest economy was at a nine-year high of 5.3 per cent last year."),
    entities=[("bi", "Bank Indonesia", "ORGANIZATION", ["BI", "Indonesia’s central bank", "the central bank"],
               "Indonesia's central bank"),
              ("warjiyo", "Perry Warjiyo", "PERSON", ["Warjiyo", "its governor", "The governor"],
               "Governor of Bank Indonesia")],
    mentions=[("m1", "Indonesia’s central bank", "bi"),
              ("m2", "its governor", "warjiyo"),
              ("m3", "Perry Warjiyo", "warjiyo"),
              ("m4", ("BI", "BI expects"), "bi"),
              ("m5", ("Warjiyo", "4 per cent, Warjiyo said"), "warjiyo"),
              ("m6", ("The central bank", "The central bank unexpectedly"), "bi"),
              ("m7", ("Warjiyo", "Warjiyo told"), "warjiyo"),
              ("m8", ("Warjiyo", "market, Warjiyo said"), "warjiyo"),
              ("m9", "The governor", "warjiyo")],
    attributions=[("a1", "INDIRECT", "m2", ("said", "governor said on Monday"),
                   seg(T, "Indonesia’s central bank expects", "energy prices"), None),
                  ("a2", "INDIRECT", "m1", ("expects", "central bank expects headline"),
                   "headline inflation to accelerate to 3.2 per cent next year due to higher global food and energy prices", "a1"),
                  ("a3", "INDIRECT", "m2", "vowing", "to manage rising costs", None),
                  ("a4", "INDIRECT", "m5", ("said", "4 per cent, Warjiyo said"),
                   seg(T, "BI expects inflation this year", "2 per cent to 4 per cent"), None),
                  ("a5", "INDIRECT", "m4", ("expects", "BI expects"),
                   seg(T, "inflation this year to come in", "2 per cent to 4 per cent"), "a4"),
                  ("a6", "DIRECT", "m7", ("told", "Warjiyo told"),
                   seg(T, "We will ensure monetary policies", "manage inflation."), None),
                  ("a7", "INDIRECT", "m8", ("said", "market, Warjiyo said"),
                   seg(T, "The rupiah exchange rate against", "global financial market"), None),
                  ("a8", "INDIRECT", "m9", "projected",
                   seg(T, "economic growth will come in", "on Borneo island"), None)])

write("test25_c.jsonl")
