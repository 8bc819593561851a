#!/usr/bin/env python3
"""Writes train_ca.jsonl: real-news gold, batch train-ca (see gold.py). Run: python3 make_train_ca.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Redland Bayside News (Redland City, Queensland, Australia). The stored page has no headline, so the
# text starts with the lead. It breaks off inside the next quotation ("Are you attempting ... Cr
# Talty ask"), so the text is cut before that paragraph. The page gives no date.
# Notes:
# - "a last-minute legal letter tabled by Mayor Mitchell, accusing six councillors of having ...":
#   the letter is the grammatical speaker; it is a mention of the mayor, who is named in its NP
#   (FORMAT.md, Documents), and the next paragraphs call it "the Mayor's claim". Content keeps the
#   accused ("accused X of Y" -> "X of Y", as in earlier batches).
# - "the Mayor's claim that ...": a noun cue with a possessive claimant (source "the Mayor").
# - "an article that included allegedly misleading claims about a new councillor portfolio system":
#   the noun cue "claims" has no claimant of its own (the article only "included" them), so the
#   source is null (FORMAT.md: `claims that ...` with no claimant); "about" links the cue and is
#   left out (`complained about noise` -> `noise`).
# - "Cr Talty ... hit back forcefully." frames no content of its own: the next quotation has its
#   own "she said", which carries it (Two clauses, one claim).
# - "You've said I have a conflict because of comments made on your Facebook page": the mayor's
#   claim as Talty quotes it, nested in Talty's quotation, source "You" (the mayor). Talty's own
#   aside after the dash ("comments I couldn't even see ...") is left out of the nested claim.
# - The quotation left open at "as evidence." runs on to "That's a reach." (one attribution, null
#   cue, continuing Talty). "councillors who had previously found against her" inside her warning
#   has no content of its own, so no nested claim.
doc("redlandbaysidenews-council-chaos-mitchell-conduct-complaint",
    url="https://redlandbaysidenews.com.au/redland-council-chaos",
    outlet="Redland Bayside News", country="Australia", topic="local", cut=True,
    text=(T := "REDLAND City Council has descended into dysfunction after a marathon general meeting intended to progress a conduct complaint against Mayor Jos Mitchell instead spiralled into legal mayhem, bitter accusations, and procedural chaos.\n"
          "Last week’s nine-hour meeting, punctuated by four adjournments and disputed votes, failed to deal with the central complaint –item 13.6 – regarding the Mayor’s controversial Facebook post from February.\n"
          "Instead, it became consumed by a last-minute legal letter tabled by Mayor Mitchell, accusing six councillors of having a declarable conflict of interest in the matter.\n"
          "The letter, circulated only hours before the meeting, triggered a chain of dramatic events, including multiple failed motions, legal wrangling, and mounting tensions in the chamber.\n"
          "At the heart of the saga was the Mayor’s claim that six councillors – Deputy Mayor Julie Talty and Crs Peter Mitchell, Paul Golle, Shane Rendalls, Rowanne McKenzie and Jason Colley – could not impartially participate in determining the conduct complaint against her.\n"
          "The complaint stems from a post the Mayor made while overseas, sharing an article that included allegedly misleading claims about a new councillor portfolio system.\n"
          "Cr Talty, who was cleared of any conflict earlier in the day, hit back forcefully.\n"
          "“You’ve said I have a conflict because of comments made on your Facebook page – comments I couldn’t even see because you blocked me,” she said.\n"
          "“You’re using a post from February – before you were even elected – as evidence.\n"
          "“That’s not a conflict. That’s a reach.”\n"
          "She warned the Mayor that singling out councillors who had previously found against her in an earlier Office of Independent Assessor (OIA) complaint “could be seen as retribution”."),
    entities=[("mitchell", "Jos Mitchell", "PERSON",
               ["Mayor Jos Mitchell", "Mayor Mitchell", "Mitchell", "the Mayor"], "Mayor of Redland City"),
              ("talty", "Julie Talty", "PERSON",
               ["Talty", "Cr Talty", "Deputy Mayor Julie Talty"], "Deputy Mayor of Redland City")],
    mentions=[("m1", "Mayor Jos Mitchell", "mitchell"),
              ("m2", "a last-minute legal letter tabled by Mayor Mitchell", "mitchell"),
              ("m3", ("the Mayor", "the Mayor’s claim"), "mitchell"),
              ("m4", "Deputy Mayor Julie Talty", "talty"),
              ("m5", ("the Mayor", "the Mayor made"), "mitchell"),
              ("m6", "Cr Talty", "talty"),
              ("m7", ("You", "You’ve said"), "mitchell"),
              ("m8", ("she", "she said."), "talty"),
              ("m9", ("She", "She warned"), "talty"),
              ("m10", ("the Mayor", "the Mayor that"), "mitchell")],
    attributions=[("a1", "INDIRECT", "m2", "accusing",
                   "six councillors of having a declarable conflict of interest in the matter", None),
                  ("a2", "INDIRECT", "m3", ("claim", "the Mayor’s claim"),
                   seg(T, "six councillors – Deputy Mayor", "the conduct complaint against her"), None),
                  ("a3", "INDIRECT", None, ("claims", "misleading claims"), "a new councillor portfolio system", None),
                  ("a4", "DIRECT", "m8", ("said", "she said."),
                   seg(T, "You’ve said I have a conflict", "because you blocked me,"), None),
                  ("a5", "INDIRECT", "m7", ("said", "You’ve said"),
                   "I have a conflict because of comments made on your Facebook page", "a4"),
                  ("a6", "DIRECT", "m8", None, seg(T, "You’re using a post", "That’s a reach."), None),
                  ("a7", "MIXED", "m9", "warned",
                   seg(T, "singling out councillors", "“could be seen as retribution”"), None)])

# ---------------------------------------------------------------------------------------
# Dawn (Pakistan). The date line ("Published October 3, 2023") and the photo caption, printed twice,
# are removed; the "Key points" list is kept with its bullets, as earlier batches keep them. The
# stored copy breaks off inside the next quotation ("“Tha"), so the text is cut before it.
# Notes:
# - Headline and lead "questioned how ...": a question reported of a named speaker (FORMAT.md,
#   Included although borderline), content "how ...".
# - "He made the remarks as ..." has no content of its own. "the court heard arguments by parties
#   opposing the law" and "had barred the government from implementing the bill" are court actions
#   and stances with no reported content, so no claims.
# - "CJP Isa says court wants to ...": the court's wish is the chief justice's own attitude in his
#   report, not split off.
doc("dawn-cjp-isa-practice-procedure-law-hearing",
    url="https://www.dawn.com/news/1779088/cjp-isa-indicates-sc-may-conclude-hearing-on-law-limiting-chief-justices-powers-today",
    outlet="Dawn", country="Pakistan", topic="courts-crime", cut=True, published="2023-10-03",
    text=(T := "CJP questions how practice and procedure law diminishes SC’s powers\n"
          "Chief Justice of Pakistan Justice Qazi Faez Isa on Tuesday questioned how the Supreme Court (Practice and Procedure) Act 2023 could diminish the powers of the apex court.\n"
          "He made the remarks as a full court resumed hearing pleas against the law which requires the formation of benches on constitutional matters of public importance by a committee of three senior judges of the court. Like last time, the hearing was streamed live on television.\n"
          "Key points:\n"
          "• CJP Isa says court wants to try and conclude case today\n"
          "• Lawyer Ikram Chaudhry argues an effort has been made to enter into an area not in Parliament’s domain\n"
          "• “Is Parliament not competent to legislate in relation to access to justice?” asks Justice Minallah\n"
          "• “You can raise a finger on the Parliament but you are quiet on the omnipotency of the chief justice,” remarks CJP\n"
          "Headed by CJP Isa, the bench consisted of Justice Sardar Tariq Masood, Justice Ijazul Ahsan, Justice Syed Mansoor Ali Shah, Justice Munib Akhtar, Justice Yahya Afridi, Justice Aminuddin Khan, Justice Sayyed Mazahar Ali Akbar Naqvi, Justice Jamal Khan Mandokhel, Justice Muhammad Ali Mazhar, Justice Ayesha A. Malik, Justice Athar Minallah, Justice Syed Hasan Azhar Rizvi, Justice Shahid Waheed and Justice Musarrat Hilali.\n"
          "In a pre-emptive move, the Supreme Court — then led by former CJP Umar Ata Bandial — in April had barred the government from implementing the bill seeking to curtail the chief justice of Pakistan’s powers once it became a law.\n"
          "During the hearing today, the court heard arguments by parties opposing the law, including the PTI, and then adjourned the hearing till Monday (Oct 9)."),
    entities=[("isa", "Qazi Faez Isa", "PERSON",
               ["Isa", "CJP Isa", "CJP", "Justice Qazi Faez Isa", "Chief Justice of Pakistan Justice Qazi Faez Isa"],
               "Chief Justice of Pakistan"),
              ("chaudhry", "Ikram Chaudhry", "PERSON", ["Chaudhry", "Lawyer Ikram Chaudhry"], "lawyer opposing the law"),
              ("minallah", "Athar Minallah", "PERSON", ["Minallah", "Justice Minallah", "Justice Athar Minallah"],
               "Supreme Court judge")],
    mentions=[("m1", ("CJP", "CJP questions"), "isa"),
              ("m2", "Chief Justice of Pakistan Justice Qazi Faez Isa", "isa"),
              ("m3", ("CJP Isa", "CJP Isa says"), "isa"),
              ("m4", "Lawyer Ikram Chaudhry", "chaudhry"),
              ("m5", "Justice Minallah", "minallah"),
              ("m6", ("CJP", "remarks CJP"), "isa"),
              ("m7", ("CJP Isa", "Headed by CJP Isa"), "isa"),
              ("m8", "Justice Athar Minallah", "minallah")],
    attributions=[("a1", "INDIRECT", "m1", "questions", "how practice and procedure law diminishes SC’s powers", None),
                  ("a2", "INDIRECT", "m2", "questioned",
                   "how the Supreme Court (Practice and Procedure) Act 2023 could diminish the powers of the apex court", None),
                  ("a3", "INDIRECT", "m3", ("says", "Isa says"), "court wants to try and conclude case today", None),
                  ("a4", "INDIRECT", "m4", "argues",
                   "an effort has been made to enter into an area not in Parliament’s domain", None),
                  ("a5", "DIRECT", "m5", "asks",
                   "Is Parliament not competent to legislate in relation to access to justice?", None),
                  ("a6", "DIRECT", "m6", ("remarks", "remarks CJP"),
                   "You can raise a finger on the Parliament but you are quiet on the omnipotency of the chief justice,", None)])

# ---------------------------------------------------------------------------------------
# Sri Lanka Mirror (Sri Lanka). The section label and the empty "Published on" line above the headline
# and the "Trending / Exit mobile version" lines after the story are removed; the story is complete.
# The page gives no full date ("yesterday (7)").
# Notes:
# - Headline "Private sector interest rates should come down further: CBSL Governor": a "claim: name"
#   headline, taken like "claim – name" (FORMAT.md, Headlines): null cue, source "CBSL Governor".
# - "According to Reuters, he said that ...": Reuters reports the governor's statement (cue
#   "According to", content the whole "he said that ..." clause), and the governor's claim is nested
#   in it (as "the Courier reported, citing Nordpress" makes the reporter the source, and as earlier
#   batches nest "Quoting X, Y said A").
# - "the 3% contraction projected by the IMF" is a participle forecast with no finite reporting
#   verb (Excluded); "signalling a focus on growth" is said of the rate cuts, no speech act.
doc("srilankamirror-cbsl-governor-private-sector-interest-rates",
    url="https://srilankamirror.com/biz/private-sector-interest-rates-should-come-down-further-cbsl-governor/?amp=1",
    outlet="Sri Lanka Mirror", country="Sri Lanka", topic="business", cut=False,
    text=(T := "Private sector interest rates should come down further: CBSL Governor\n"
          "Central Bank of Sri Lanka (CBSL) Governor Nandalal Weerasinghe said he would like to see private sector interest rates come down further and at a faster pace.\n"
          "He said that the domestic debt restructuring is the most important focus for the debt-laden country in the near-term.\n"
          "Speaking at a LSEG FX Community Event yesterday (7), the Governor said that monetary policy transmission to the real economy in Sri Lanka is still incomplete.\n"
          "According to Reuters, he said that he would like to see private sector interest rates come down further. “We would firstly like to see yields drop in line with policy rates and, from there, decline further. We are waiting to see this reaction from markets,” he said.\n"
          "In the last two months Sri Lanka has slashed policy rates by 450 basis points, signalling a focus on growth after the crisis-hit economy contracted by 7.8% last year.\n"
          "Sri Lanka is on track to post a stronger performance this year than the 3% contraction projected by the IMF, Dr. Weerasinghe said.\n"
          "“Sri Lanka has managed to do better than expected before and we are hopeful that Sri Lanka will once again perform better than the projections,” he said.\n"
          "Over the past five months Sri Lanka’s economy has stabilised with inflation dwindling to 6.3% in July, from a high of 69% last September, and on track to hit the central bank’s target band of 4%-6%."),
    entities=[("weerasinghe", "Nandalal Weerasinghe", "PERSON",
               ["Weerasinghe", "Dr. Weerasinghe", "CBSL Governor", "the Governor",
                "Central Bank of Sri Lanka (CBSL) Governor Nandalal Weerasinghe"],
               "Governor of the Central Bank of Sri Lanka"),
              ("reuters", "Reuters", "ORGANIZATION", [], "news agency")],
    mentions=[("m1", "CBSL Governor", "weerasinghe"),
              ("m2", "Central Bank of Sri Lanka (CBSL) Governor Nandalal Weerasinghe", "weerasinghe"),
              ("m3", ("He", "He said that the domestic"), "weerasinghe"),
              ("m4", ("the Governor", "the Governor said"), "weerasinghe"),
              ("m5", "Reuters", "reuters"),
              ("m6", ("he", "he said that he would"), "weerasinghe"),
              ("m7", ("he", "markets,” he said"), "weerasinghe"),
              ("m8", "Dr. Weerasinghe", "weerasinghe"),
              ("m9", ("he", "projections,” he said"), "weerasinghe")],
    attributions=[("a1", "INDIRECT", "m1", None, "Private sector interest rates should come down further", None),
                  ("a2", "INDIRECT", "m2", ("said", "Weerasinghe said he"),
                   "he would like to see private sector interest rates come down further and at a faster pace", None),
                  ("a3", "INDIRECT", "m3", ("said", "He said that the domestic"),
                   "the domestic debt restructuring is the most important focus for the debt-laden country in the near-term", None),
                  ("a4", "INDIRECT", "m4", ("said", "the Governor said"),
                   "monetary policy transmission to the real economy in Sri Lanka is still incomplete", None),
                  ("a5", "INDIRECT", "m5", "According to",
                   "he said that he would like to see private sector interest rates come down further", None),
                  ("a6", "INDIRECT", "m6", ("said", "he said that he would"),
                   ("he would like to see private sector interest rates come down further", "he said that he would"), "a5"),
                  ("a7", "DIRECT", "m7", ("said", "markets,” he said"),
                   seg(T, "We would firstly like", "reaction from markets,"), None),
                  ("a8", "INDIRECT", "m8", ("said", "Weerasinghe said."),
                   "Sri Lanka is on track to post a stronger performance this year than the 3% contraction projected by the IMF", None),
                  ("a9", "DIRECT", "m9", ("said", "projections,” he said"),
                   seg(T, "Sri Lanka has managed", "better than the projections,"), None)])

# ---------------------------------------------------------------------------------------
# The Globe (Thailand). The stored page has no headline, so the text starts with the lead. It breaks
# off inside the next paragraph ("Her body was found lying face-down and covered w"), so the text is
# cut before it. The page gives no date.
# Notes:
# - "police have said the man has claimed that ...": the police claim, and nested in it the
#   suspect's claim. "the man confessed to the murder" (in the police statement) and "the suspect
#   confessed to the woman's murder" (in the Thai media report) are confessions, taken like
#   "confirmed the arrest" with their noun-phrase content, nested in the report that carries them;
#   "on Saturday evening" / "after an intensive interrogation" are adjuncts of the confessing.
# - "her bag unattended, which he thought might contain valuables": a belief of a named subject as
#   the journalist reports it (Included although borderline); the relative pronoun is outside, so
#   the content is "might contain valuables".
# - "The attack is said to have caused ...": agentless, raised subject left outside (null source).
# - "they have issued an apology for the situation" is an act with no reported content, and "have
#   held a press conference on Sunday to reveal new details of the recent murder" a purpose clause
#   naming a topic, not a report of what was revealed: no claims.
# - "..., reports said": the reports are the subject of "said", so they are their own GROUP entity
#   (FORMAT.md, Documents: "earlier surveys" (GROUP)), not a null source.
# - "he went on to say": cue "went on to say", as "declined to provide an update" keeps its verb chain.
doc("theglobe-phuket-murder-suspect-says-intention-was-to-steal",
    url="https://www.globe.co.th/news/thailand/phuket-murder-arrested-man-says-intention-was-to-steal/",
    outlet="The Globe", country="Thailand", topic="courts-crime", cut=True,
    text=(T := "Royal Thai Police in Phuket have held a press conference on Sunday to reveal new details of the recent murder in Phuket and the arrest they made on Saturday of 27-year-old Thai local Teerawat Thothip.\n"
          "He was arrested for murdering Swiss tourist Nicole Sauvain-Weisskopf, and police have said the man has claimed that the murder was unintentional.\n"
          "He says he targeted the woman because of financial difficulties caused by the Covid-19 pandemic and saw an opportunity to steal her belongings.\n"
          "He saw the victim on Tuesday at Ton Ao Yon waterfall swimming with her bag unattended, which he thought might contain valuables.\n"
          "Police say he stole THB 300 from the bag, at which point the victim left the waterfall to fight the man, who became sexually aroused.\n"
          "When he tried to act on the impulse, the woman resisted. He then pressed her head into the water until she died.\n"
          "The attack is said to have caused injuries and bruises to the victim’s body.\n"
          "At this time, police are awaiting DNA results before knowing if a rape had been committed.\n"
          "The police have said that the man confessed to the murder on Saturday evening, and they have issued an apology for the situation.\n"
          "“We apologize for this situation, even if we have arrested the murderer it is still not enough for what the victim’s family has lost,” a Royal Thai Police spokesman said at the press conference.\n"
          "“We strive to increase safety for anyone in Phuket and we are confident that tourists will choose Thailand for their holidays in the future,” he went on to say.\n"
          "Thai media had reported that the suspect confessed to the woman’s murder after an intensive interrogation.\n"
          "The man had allegedly gone to the site to collect wild orchids, reports said.\n"
          "Nicole Sauvain-Weisskopf was the deputy protocol chief of the Federal Assembly of Switzerland.\n"
          "The 57-year-old came to Thailand under Phuket’s Sandbox scheme that allows vaccinated foreign tourists to travel to the resort island."),
    entities=[("police", "Royal Thai Police", "ORGANIZATION", ["Royal Thai Police in Phuket", "police", "Police"],
               "Thai police in Phuket"),
              ("suspect", "Teerawat Thothip", "PERSON",
               ["Teerawat", "Thothip", "27-year-old Thai local Teerawat Thothip", "the man", "the suspect", "the murderer"],
               "suspect arrested for the murder"),
              ("spokesman", "a Royal Thai Police spokesman", "PERSON", ["police spokesman"], "spokesman of the Royal Thai Police"),
              ("media", "Thai media", "GROUP", [], "Thai news media"),
              ("reports", "reports", "GROUP", [], "unnamed news reports")],
    mentions=[("m1", "Royal Thai Police in Phuket", "police"),
              ("m2", "27-year-old Thai local Teerawat Thothip", "suspect"),
              ("m3", ("police", "police have said the man"), "police"),
              ("m4", ("the man", "the man has claimed"), "suspect"),
              ("m5", ("He", "He says"), "suspect"),
              ("m6", ("he", "which he thought"), "suspect"),
              ("m7", ("Police", "Police say"), "police"),
              ("m8", ("the man", "the man, who became"), "suspect"),
              ("m9", ("police", "police are awaiting"), "police"),
              ("m10", ("The police", "The police have said"), "police"),
              ("m11", ("the man", "the man confessed"), "suspect"),
              ("m12", "the murderer", "suspect"),
              ("m13", "a Royal Thai Police spokesman", "spokesman"),
              ("m14", ("he", "he went on"), "spokesman"),
              ("m15", "Thai media", "media"),
              ("m16", "the suspect", "suspect"),
              ("m17", ("The man", "The man had allegedly"), "suspect"),
              ("m18", ("reports", "reports said"), "reports")],
    attributions=[("a1", "INDIRECT", "m3", ("said", "police have said the man"),
                   "the man has claimed that the murder was unintentional", None),
                  ("a2", "INDIRECT", "m4", ("claimed", "has claimed"), "the murder was unintentional", "a1"),
                  ("a3", "INDIRECT", "m5", ("says", "He says"),
                   seg(T, "he targeted the woman", "steal her belongings"), None),
                  ("a4", "INDIRECT", "m6", "thought", "might contain valuables", None),
                  ("a5", "INDIRECT", "m7", ("say", "Police say"),
                   seg(T, "he stole THB 300", "became sexually aroused"), None),
                  ("a6", "INDIRECT", None, ("said", "is said"),
                   "to have caused injuries and bruises to the victim’s body", None),
                  ("a7", "INDIRECT", "m10", ("said", "The police have said"),
                   "the man confessed to the murder on Saturday evening", None),
                  ("a8", "INDIRECT", "m11", ("confessed", "the man confessed"), ("the murder", "confessed to the murder"), "a7"),
                  ("a9", "DIRECT", "m13", ("said", "spokesman said"),
                   seg(T, "We apologize for this situation", "family has lost,"), None),
                  ("a10", "DIRECT", "m14", "went on to say",
                   seg(T, "We strive to increase safety", "in the future,"), None),
                  ("a11", "INDIRECT", "m15", "reported",
                   "the suspect confessed to the woman’s murder after an intensive interrogation", None),
                  ("a12", "INDIRECT", "m16", ("confessed", "suspect confessed"), "the woman’s murder", "a11"),
                  ("a13", "INDIRECT", "m18", ("said", "reports said"),
                   "The man had allegedly gone to the site to collect wild orchids", None)])

# ---------------------------------------------------------------------------------------
# SocialNews.XYZ (India), its copy of an IANS story. The stored page has no headline, so the text
# starts with the lead, whose dateline "Bhubaneswar, April 4 (SocialNews.XYZ)" is kept as printed
# and is no attribution. The stored copy breaks off inside the next quotation ("My aim has always
# been to score goals"), so the text is cut before it. The date is the address's (2022/04/04).
# Notes:
# - "appreciated the way his players fought ...": evaluative reporting with a noun-phrase content
#   (FORMAT.md, Included although borderline), like "rues the defeat"; "adding that ..." is a second
#   claim of the same mention.
# - "Speaking about his hat-trick, Harmanpreet said ...": the fronted participle is an adjunct of
#   the reporting event, left out.
doc("socialnews-hockey-reid-good-heart-win-england",
    url="https://socialnews.xyz/2022/04/04/players-showed-a-good-heart-and-good-spirits-in-thrilling-win-v-england-coach-reid/amp",
    outlet="SocialNews.XYZ", country="India", topic="sport", cut=True, published="2022-04-04",
    text=(T := "Bhubaneswar, April 4 (SocialNews.XYZ) Indian men's hockey coach Graham Reid appreciated the way his players fought all the way against England in a thrilling 4-3 win, adding that the players showed a \"good heart and good spirits\" in the second match of the FIH Pro League double-header, at the Kalinga Stadium on Sunday night.\n"
          "Drag-flicker Harmanpreet Singh scored a hat-trick as India pulled off a win, with the defender taking his total international goals tally to more than 100.\n"
          "India pulled off victories in both the games against England, winning the first one 3-3 (3-2) in the shootout on Saturday. With the wins in the double-header, India climbed to the top of the FIH Pro League 2021/22 table with 21 points in 10 games so far.\n"
          "Reid, however, pointed out that India lacked the finishing flourish when they were in control of the situation.\n"
          "\"We seem to have a habit of not finishing those games when we have control of them. We let the other team get back into it. But I suppose that's hockey nowadays. In the third quarter (of Sunday night), we lost control a bit and we need to look into that,\" Reid opined.\n"
          "\"The corners went in and we had opportunities to try some variations. It was a really good fight with them and our boys showed a good heart and good spirits. Games like these help in building characters. And it's always good to come out on top,\" the coach added.\n"
          "Reid's boys will next play home games against Germany on April 14 and 15 at the same venue, and the coach warned that India will have to be on its guard against \"a great hockey nation\".\n"
          "\"It's good to win and reach top of the table, but now we have to prepare for Germany, who are also a very tough team. They will always bring a competitive team. They are a great hockey nation. So, we can look forward to some good games coming up in two weeks,\" Reid said.\n"
          "Speaking about his hat-trick, Harmanpreet said that he always wants to contribute for the team in any which way possible."),
    entities=[("reid", "Graham Reid", "PERSON", ["Reid", "the coach", "Indian men's hockey coach Graham Reid"],
               "coach of the Indian men's hockey team"),
              ("harmanpreet", "Harmanpreet Singh", "PERSON",
               ["Harmanpreet", "Drag-flicker Harmanpreet Singh", "the defender"], "India drag-flicker")],
    mentions=[("m1", "Indian men's hockey coach Graham Reid", "reid"),
              ("m2", "Drag-flicker Harmanpreet Singh", "harmanpreet"),
              ("m3", "the defender", "harmanpreet"),
              ("m4", ("Reid", "Reid, however"), "reid"),
              ("m5", ("Reid", "Reid opined"), "reid"),
              ("m6", ("the coach", "the coach added"), "reid"),
              ("m7", ("the coach", "the coach warned"), "reid"),
              ("m8", ("Reid", "Reid said"), "reid"),
              ("m9", ("Harmanpreet", "Harmanpreet said"), "harmanpreet")],
    attributions=[("a1", "INDIRECT", "m1", "appreciated",
                   "the way his players fought all the way against England in a thrilling 4-3 win", None),
                  ("a2", "MIXED", "m1", "adding",
                   seg(T, "the players showed a \"good heart", "on Sunday night"), None),
                  ("a3", "INDIRECT", "m4", "pointed out",
                   "India lacked the finishing flourish when they were in control of the situation", None),
                  ("a4", "DIRECT", "m5", "opined", seg(T, "We seem to have a habit", "look into that,"), None),
                  ("a5", "DIRECT", "m6", "added", seg(T, "The corners went in", "come out on top,"), None),
                  ("a6", "MIXED", "m7", "warned",
                   "India will have to be on its guard against \"a great hockey nation\"", None),
                  ("a7", "DIRECT", "m8", ("said", "Reid said"), seg(T, "It's good to win", "in two weeks,"), None),
                  ("a8", "INDIRECT", "m9", ("said", "Harmanpreet said"),
                   "he always wants to contribute for the team in any which way possible", None)])

# ---------------------------------------------------------------------------------------
# Raglan Community Radio (Raglan, Waikato, New Zealand). The line "(listen to the full interview
# below:)", which points to the audio embed, is removed from the start of the second paragraph. The
# stored copy breaks off inside the paragraph on the regional council's team ("including respond"),
# so the text is cut before it. The double space in "Memorial Drive  was" is kept as printed. The
# page gives no date.
# Notes:
# - Headline "Local Environmentalists Say ‘No Need to Panic’ Over Coastal Erosion": the group of the
#   environmentalists interviewed is the source; "Over Coastal Erosion" is part of the claim, so
#   the content is MIXED.
# - "He also interviews Rick Liefting ..., discussing the impact of ...": a speech act with a topic
#   content, taken like "debated the best way to ..." in test7 (source "He", the presenter).
#   "Aaron chats to ... to hear local perspectives" has no content.
# - "some locals have expressed concern on social media at the amount of land ...": like "voiced
#   relief that"; "on social media" is a medium and "at" only links the cue.
# - "Angeline recalls her father ... getting some mānuka stakes ...": "recalls" as a report of the
#   speaker (FORMAT.md); the scare-quoted ‘artificial’ makes it MIXED.
# - The quotation “My dad always taught me ...” has no reporting clause and continues Angeline (null
#   cue); her father's teaching is nested in it (addressee "me" left out).
doc("raglanradio-environmentalists-no-need-to-panic-coastal-erosion",
    url="https://raglanradio.com/local-environmentalists-say-no-need-to-panic-over-coastal-erosion",
    outlet="Raglan Community Radio", country="New Zealand", topic="environment", cut=True,
    text=(T := "Local Environmentalists Say ‘No Need to Panic’ Over Coastal Erosion\n"
          "Aaron chats to local environmental activist Angeline Greensill and Coastcare Waikato Coordinator Stacey Hill to hear local perspectives on the cyclical nature of erosion around coastal environments. He also interviews Rick Liefting, the Regional Resilience Team Leader at Waikato Regional Council (WRC), discussing the impact of high sea levels during recent storms and the resilience of coastal communities in the face of erosion, sea level rise, and climate change.\n"
          "While some locals have expressed concern on social media at the amount of land that appears to be lost to erosion, local environmentalist Angeline Greensill said that there’s ‘nothing to panic about’.\n"
          "Having watched the ocean from her home down Riria Kereopa Memorial Drive for decades, Angeline has been on the frontline of change and says that looking out the window of her home is a good indicator of what’s happening in the ever-changing environment.\n"
          "Back in 2003, the Wainui Reserve carpark at the end of Riria Kereopa Memorial Drive  was eroding to the point where the sand was close to eating away at the road. Angeline recalls her father Tex Rickard getting some mānuka stakes (with brush woven through it) to put in the ground and within a couple of weeks, with the right winds, he was able to trap the sand as it was travelling up the beach to begin to build ‘artificial’ dunes.\n"
          "“My dad always taught me you can never fight nature. You have to work with it.” Having already seen the sand moving around back in the 1940s and staking the area to retain the dunes, Tex was simply repeating what had worked in the past using the natural wind cycles and soft capture options to trap more sand. Over the years Angeline says that the sand has come and gone and it’s simply the changing nature of the environment."),
    entities=[("environmentalists", "Local Environmentalists", "GROUP", [],
               "the local environmentalists interviewed (Angeline Greensill and Stacey Hill)"),
              ("aaron", "Aaron", "PERSON", [], "Raglan Community Radio presenter"),
              ("greensill", "Angeline Greensill", "PERSON",
               ["Angeline", "Greensill", "local environmentalist Angeline Greensill",
                "local environmental activist Angeline Greensill"], "local environmental activist"),
              ("locals", "some locals", "GROUP", [], "Raglan residents posting on social media"),
              ("tex", "Tex Rickard", "PERSON", ["Tex", "Rickard"], "Angeline Greensill's father")],
    mentions=[("m1", "Local Environmentalists", "environmentalists"),
              ("m2", "Aaron", "aaron"),
              ("m3", "local environmental activist Angeline Greensill", "greensill"),
              ("m4", ("He", "He also interviews"), "aaron"),
              ("m5", "some locals", "locals"),
              ("m6", "local environmentalist Angeline Greensill", "greensill"),
              ("m7", ("Angeline", "Angeline has been"), "greensill"),
              ("m8", ("Angeline", "Angeline recalls"), "greensill"),
              ("m9", "her father Tex Rickard", "tex"),
              ("m10", "My dad", "tex"),
              ("m11", ("Tex", "Tex was simply"), "tex"),
              ("m12", ("Angeline", "Angeline says that the sand"), "greensill")],
    attributions=[("a1", "MIXED", "m1", ("Say", "Environmentalists Say"), "‘No Need to Panic’ Over Coastal Erosion", None),
                  ("a2", "INDIRECT", "m4", "discussing",
                   seg(T, "the impact of high sea levels", "sea level rise, and climate change"), None),
                  ("a3", "INDIRECT", "m5", "expressed concern",
                   "the amount of land that appears to be lost to erosion", None),
                  ("a4", "MIXED", "m6", ("said", "Greensill said"), "there’s ‘nothing to panic about’", None),
                  ("a5", "INDIRECT", "m7", ("says", "and says that looking"),
                   "looking out the window of her home is a good indicator of what’s happening in the ever-changing environment", None),
                  ("a6", "MIXED", "m8", "recalls",
                   seg(T, "her father Tex Rickard getting", "build ‘artificial’ dunes"), None),
                  ("a7", "DIRECT", "m8", None, "My dad always taught me you can never fight nature. You have to work with it.", None),
                  ("a8", "INDIRECT", "m10", "taught", "you can never fight nature", "a7"),
                  ("a9", "INDIRECT", "m12", ("says", "Angeline says that the sand"),
                   "the sand has come and gone and it’s simply the changing nature of the environment", None)])

# ---------------------------------------------------------------------------------------
# Gutzy Asia (Malaysia), its copy of an AFP story. The "Connect with us" line above the headline is
# removed; the summary under the headline is kept as a standfirst. The dateline "HONG KONG, CHINA —"
# is no attribution. The stored copy breaks off inside the next paragraph ("Hong Kon"), so the text
# is cut before it. The date is the address's (2023/09/13).
# Notes:
# - "a Hong Kong technology park that describes itself as a “digital technology flagship”": a speech
#   act in a relative clause inside the company's claim, nested (FORMAT.md), source the antecedent.
#   "described X as Y" keeps X ("itself").
# - "The breach was disclosed in September" and "The hack was not disclosed until September 6" are
#   agentless passives whose subject is the event, with no reported content: no claims.
#   "Cyberport notified Hong Kong's privacy watchdog" is an act (like "informed the regulator").
# - "leading lawmakers and experts to question the delay": a speech act with a noun-phrase content,
#   the coordinated subject one GROUP.
# - The closing quotation "As the victim ... Cyberport condemns all form of cybercrime ..." continues
#   the company (null cue); "condemns" is its own stance in its own statement, not split off.
# - "The hack has been linked to ransomware Trigona" and "A spreadsheet seen by AFP listed ..." are
#   an agentless link and an evidential of a document, no claims; AFP is only the medium that saw it.
doc("gutzy-hong-kong-cyberport-data-exposed-malicious-hack",
    url="https://gutzy.asia/2023/09/13/hong-kong-tech-park-says-data-exposed-by-malicious-hack/",
    outlet="Gutzy Asia", country="Malaysia", topic="technology", cut=True, published="2023-09-13",
    text=(T := "Hong Kong tech park says data exposed by ‘malicious’ hack\n"
          "Hong Kong’s Cyberport suffered a data breach in August, leading to the leak of sensitive information. The breach was disclosed in September, prompting investigations by authorities.\n"
          "HONG KONG, CHINA — Sensitive data, including employee details and credit card records, from a Hong Kong technology park that describes itself as a “digital technology flagship” have been leaked online, the company said.\n"
          "Cyberport said in a statement released on Tuesday it had been the victim of a “malicious intrusion” in mid-August and found information related to the hack “on the dark web”.\n"
          "The data included “names and contact details of individuals, human-resources related data of employees, ex-employees and job applicants, and a small number of credit card records”, it said.\n"
          "Operating since 2004, Cyberport described itself as a “digital technology flagship and incubator for entrepreneurship” and said it has more than 800 start-ups and technology firms at its site in southern Hong Kong island.\n"
          "The hack was not disclosed until September 6, nearly three weeks after Cyberport notified Hong Kong’s privacy watchdog, leading lawmakers and experts to question the delay.\n"
          "“We decided not to disclose the incident externally to avoid any unnecessary concern,” it said, adding that it did not initially know the extent of the damage.\n"
          "“As the victim of a malicious intrusion, Cyberport condemns all form of cybercrime and will fully cooperate with law enforcement.”\n"
          "The hack has been linked to ransomware Trigona after a website bearing its logo posted 438 gigabytes of Cyberport files.\n"
          "A spreadsheet seen by AFP listed the birthdays, addresses, ID card numbers, salaries and computer passwords of 166 current and former employees, including six executives.\n"
          "Other files included information about company finances, business plans, government dealings and legal correspondence."),
    entities=[("cyberport", "Cyberport", "ORGANIZATION",
               ["Hong Kong’s Cyberport", "Hong Kong tech park", "a Hong Kong technology park", "the company"],
               "Hong Kong technology park and incubator"),
              ("critics", "lawmakers and experts", "GROUP", [], "Hong Kong lawmakers and experts")],
    mentions=[("m1", "Hong Kong tech park", "cyberport"),
              ("m2", "Hong Kong’s Cyberport", "cyberport"),
              ("m3", "a Hong Kong technology park", "cyberport"),
              ("m4", "the company", "cyberport"),
              ("m5", ("Cyberport", "Cyberport said in a statement"), "cyberport"),
              ("m6", ("it", "”, it said"), "cyberport"),
              ("m7", ("Cyberport", "Cyberport described"), "cyberport"),
              ("m8", ("Cyberport", "Cyberport notified"), "cyberport"),
              ("m9", "lawmakers and experts", "critics"),
              ("m10", ("it", "it said, adding"), "cyberport"),
              ("m11", ("Cyberport", "Cyberport condemns"), "cyberport")],
    attributions=[("a1", "MIXED", "m1", ("says", "tech park says"), "data exposed by ‘malicious’ hack", None),
                  ("a2", "MIXED", "m4", ("said", "the company said"),
                   seg(T, "Sensitive data, including", "have been leaked online"), None),
                  ("a3", "MIXED", "m3", "describes", "itself as a “digital technology flagship”", "a2"),
                  ("a4", "MIXED", "m5", ("said", "Cyberport said in a statement"),
                   seg(T, "it had been the victim", "“on the dark web”"), None),
                  ("a5", "MIXED", "m6", ("said", "”, it said"),
                   seg(T, "The data included", "credit card records”"), None),
                  ("a6", "MIXED", "m7", "described",
                   "itself as a “digital technology flagship and incubator for entrepreneurship”", None),
                  ("a7", "INDIRECT", "m7", ("said", "and said it has"),
                   "it has more than 800 start-ups and technology firms at its site in southern Hong Kong island", None),
                  ("a8", "INDIRECT", "m9", "question", "the delay", None),
                  ("a9", "DIRECT", "m10", ("said", "it said, adding"),
                   "We decided not to disclose the incident externally to avoid any unnecessary concern,", None),
                  ("a10", "INDIRECT", "m10", "adding", "it did not initially know the extent of the damage", None),
                  ("a11", "DIRECT", "m10", None,
                   seg(T, "As the victim of a malicious intrusion", "cooperate with law enforcement."), None)])

write("train_ca.jsonl")
