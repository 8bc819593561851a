#!/usr/bin/env python3
"""Writes train_bq.jsonl: real-news gold, split train-bq (see gold.py). Run: python3 make_train_bq.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Fiji Sun (Fiji). The stored page breaks off inside the paragraph after "... to protect society."
# ("... whereas on the other hand the Acting Editor o"), so the text is cut before it. The date is
# the one in the address. Notes:
# - "It is often said that the fish rots from its head, Lee Burney told the High Court": Burney's
#   claim; its "It is often said that ..." is a proverb (FORMAT.md leaves idioms out), not nested.
#   The High Court is the addressee and "in Suva yesterday" an adjunct (both left out).
# - "referred to what he said was “a limp” in the defence argued by ...": the content is the
#   predicate of "what he said was" (as `what she said was about 1000 submissions` in
#   make_train_bk.py), with "he" as source and "said" as cue; "referred to" frames the same claim.
#   "the defence argued by Fiji Times lawyer Wylie Clarke" names a defence, not a reported content
#   (left out).
# - "Mr Clarke had stated that ...", "Mr Clarke was of the position that ...", "when he said ..."
#   are Clarke's claims reported inside Burney's (nested). "Mr Clarke was stating the obvious" is
#   Burney's evaluation of Clarke's statement, whose content is the "when he said" clause; it is
#   not a second claim of Clarke's. "for a minute he thought ..." is Burney's own attitude inside his
#   own report (not split off, FORMAT.md).
# - "urged the assessors to accept that ..." keeps its addressee, as the corpus does for "urged X to
#   Y" (seed a23/a24, "called on X to Y"); its "because ..." clause is part of what he urged.
# - "He posed the question as to how ...": a question reported of a named speaker (FORMAT.md,
#   Included); the linking "as to" is left out.
doc("fijisun-sedition-trial-burney-closing-submission",
    url="https://fijisun.com.fj/2018/05/16/lawyers-give-closing-submissions/",
    outlet="Fiji Sun", country="Fiji", topic="courts-crime", cut=True, published="2018-05-16",
    text=(T := "Lawyers Give Closing Submissions\n"
          "It is often said that the fish rots from its head, Lee Burney told the High Court in Suva yesterday.\n"
          "The Assistant Director of Public Prosecutions was giving his closing submission in the Fiji Times alleged sedition case.\n"
          "Mr Burney referred to what he said was “a limp” in the defence argued by Fiji Times lawyer Wylie Clarke.\n"
          "He told the three assessors that Mr Clarke had stated that the company was not responsible for what its employees did.\n"
          "“I say Hank Arts was clearly authorised to do whatever he wanted amongst his long list of duties and responsibilities. He had the total run of the place,” Mr Burney said.\n"
          "He urged the assessors to accept that Fiji Times Editor-in-Chief Fred Wesley and Publisher Arts were clearly authorised to publish the letter because the defence did not call the evidence of any of the Fiji Times Directors to testify otherwise, adding that the company was clearly liable.\n"
          "Mr Burney said Mr Clarke was of the position that there was a “very healthy culture” in Fiji Times and an excellent system.\n"
          "“Never mind the system, if the boss does not know right from wrong than everything stinks,” he told the Court.\n"
          "He posed the question as to how the letter got out if Fiji Times staff were all well trained and the culture and system were great.\n"
          "Mr Burney said Mr Clarke was stating the obvious when he said it was not against the law to speak out about the Government.\n"
          "Further he mentioned that for a minute he thought Mr Clarke was standing for Parliament when he said the case was about “silencing government critics”.\n"
          "He said sedition was not used as a form of punishment rather it was used to protect the tranquillity of the country. He said the Prosecution was not in the business of punishing people, however, they were there to protect society."),
    entities=[("burney", "Lee Burney", "PERSON",
               ["Burney", "Mr Burney", "The Assistant Director of Public Prosecutions"],
               "Assistant Director of Public Prosecutions, Fiji"),
              ("clarke", "Wylie Clarke", "PERSON", ["Clarke", "Mr Clarke", "Fiji Times lawyer Wylie Clarke"],
               "lawyer of The Fiji Times")],
    mentions=[("m1", "Lee Burney", "burney"),
              ("m2", "The Assistant Director of Public Prosecutions", "burney"),
              ("m3", ("Mr Burney", "Mr Burney referred"), "burney"),
              ("m4", ("he", "he said was"), "burney"),
              ("m5", "Fiji Times lawyer Wylie Clarke", "clarke"),
              ("m6", ("He", "He told the three"), "burney"),
              ("m7", ("Mr Clarke", "Mr Clarke had stated"), "clarke"),
              ("m8", ("Mr Burney", "place,” Mr Burney said"), "burney"),
              ("m9", ("He", "He urged"), "burney"),
              ("m10", ("Mr Burney", "Mr Burney said Mr Clarke was of"), "burney"),
              ("m11", ("Mr Clarke", "Mr Clarke was of the position"), "clarke"),
              ("m12", ("he", "he told the Court"), "burney"),
              ("m13", ("He", "He posed"), "burney"),
              ("m14", ("Mr Burney", "Mr Burney said Mr Clarke was stating"), "burney"),
              ("m15", ("Mr Clarke", "Mr Clarke was stating"), "clarke"),
              ("m16", ("he", "he said it was not against"), "clarke"),
              ("m17", ("he", "he mentioned"), "burney"),
              ("m18", ("Mr Clarke", "Mr Clarke was standing"), "clarke"),
              ("m19", ("he", "he said the case"), "clarke"),
              ("m20", ("He", "He said sedition"), "burney"),
              ("m21", ("He", "He said the Prosecution"), "burney")],
    attributions=[("a1", "INDIRECT", "m1", ("told", "Burney told"), "It is often said that the fish rots from its head", None),
                  ("a2", "MIXED", "m4", ("said", "he said was"),
                   "“a limp” in the defence argued by Fiji Times lawyer Wylie Clarke", None),
                  ("a3", "INDIRECT", "m6", ("told", "He told the three"),
                   "Mr Clarke had stated that the company was not responsible for what its employees did", None),
                  ("a4", "INDIRECT", "m7", "stated", "the company was not responsible for what its employees did", "a3"),
                  ("a5", "DIRECT", "m8", ("said", "place,” Mr Burney said"),
                   seg(T, "I say Hank Arts", "the total run of the place,"), None),
                  ("a6", "INDIRECT", "m9", "urged",
                   seg(T, "the assessors to accept that", "to testify otherwise"), None),
                  ("a7", "INDIRECT", "m9", "adding", "the company was clearly liable", None),
                  ("a8", "MIXED", "m10", ("said", "Burney said Mr Clarke was of"),
                   "Mr Clarke was of the position that there was a “very healthy culture” in Fiji Times and an excellent system", None),
                  ("a9", "MIXED", "m11", "was of the position",
                   "there was a “very healthy culture” in Fiji Times and an excellent system", "a8"),
                  ("a10", "DIRECT", "m12", ("told", "he told the Court"),
                   "Never mind the system, if the boss does not know right from wrong than everything stinks,", None),
                  ("a11", "INDIRECT", "m13", "posed the question",
                   "how the letter got out if Fiji Times staff were all well trained and the culture and system were great", None),
                  ("a12", "INDIRECT", "m14", ("said", "Burney said Mr Clarke was stating"),
                   "Mr Clarke was stating the obvious when he said it was not against the law to speak out about the Government", None),
                  ("a13", "INDIRECT", "m16", ("said", "he said it was not against"),
                   "it was not against the law to speak out about the Government", "a12"),
                  ("a14", "MIXED", "m17", "mentioned",
                   seg(T, "for a minute he thought", "“silencing government critics”"), None),
                  ("a15", "MIXED", "m19", ("said", "he said the case"),
                   "the case was about “silencing government critics”", "a14"),
                  ("a16", "INDIRECT", "m20", ("said", "He said sedition"),
                   "sedition was not used as a form of punishment rather it was used to protect the tranquillity of the country", None),
                  ("a17", "INDIRECT", "m21", ("said", "He said the Prosecution"),
                   "the Prosecution was not in the business of punishing people, however, they were there to protect society", None)])

# ---------------------------------------------------------------------------------------
# AsiaOne (Singapore). The stored page opens with "Award Banner" twice and prints the headline
# twice (kept once); the photo caption and credit under it ("Associate Professor David Lye said
# certain messages ... / PHOTO: Lianhe Zaobao") are removed. The list item's bullet mark is
# removed and its text kept as a paragraph. The page breaks off in the second list item
# ("Comments from Dr Oon, who had been involved in testing the hepatitis B"), so the text is cut
# before it. The page gives no year, so no date is recorded. Notes:
# - "calls out misinformation ..." and "has spoken up against misinformation ..." are evaluative
#   reporting with a noun-phrase content, as the corpus does for "slammed"/"spoke out against".
# - The post's title in quotation marks (`titled "Why fake science ..."`) frames no speech act
#   ("titled" is not a reporting verb): not annotated; "In a Facebook post ..." is a medium.
# - "Among other things, Prof Lye was referring to:" points at documents, it reports no content
#   (not annotated). "An open letter by 12 doctors" names its authors, so it is a mention of them
#   (FORMAT.md, Documents); its "urging the Government to ..." keeps the addressee ("urged X to Y"
#   in the corpus), and "They claimed ..." is the same doctors. "later retracted by 11 of them" is
#   an action.
# - In the quotation, "these doctors quote dubious international experts and research" names
#   whom they quote, not what: no nested claim. "a group of doctors" (of whom some messages were)
#   is not linked to the 12 doctors, as the text does not say they are the same.
doc("asiaone-ncid-lye-covid-vaccine-misinformation",
    url="https://asiaone.com/singapore/ncid-director-calls-out-misinformation-about-covid-19-vaccines",
    outlet="AsiaOne", country="Singapore", topic="health-science", cut=True,
    text=(T := "NCID director calls out misinformation about Covid-19 vaccines\n"
          "SINGAPORE - A senior infectious diseases specialist, Associate Professor David Lye, has spoken up against misinformation being spread about Covid-19 vaccines by doctors, among others.\n"
          "In a Facebook post on Monday (June 7) titled \"Why fake science and anti-vaccine groups are dangerous in a pandemic\", the clinician-researcher at the National Centre for Infectious Diseases (NCID) said he needs to correct certain messages and petitions doing the rounds, which have caused him to have sleepless nights.\n"
          "Some of these were from a group of doctors including a Dr Paul I.W. Yang, and a Dr Oon Chong Jin, a private cancer specialist, he said.\n"
          "\"Doctors are well respected in our society. Hence their advice may influence the public to avoid Covid vaccination. We should be upset when these doctors quote dubious international experts and research potentially misleading the public,\" he said.\n"
          "Among other things, Prof Lye was referring to:\n"
          "An open letter by 12 doctors last month, later retracted by 11 of them, urging the Government to give children here the China-made vaccine, Sinovac, as it uses the traditional killed vaccine technology \"proven to be safe\", and not mRNA vaccines Pfizer-BioNTech and Moderna. They claimed that it wasn't known what side effects might surface 10 to 20 years down the road from these vaccines.\n"
          "Currently, Singapore's public vaccination programme uses only Pfizer and Moderna vaccines. Sinovac, which has been approved by the World Health Organisation (WHO) under its Emergency Use Listing, will only be available at some private clinics here under a Special Access Route."),
    entities=[("lye", "David Lye", "PERSON",
               ["Lye", "Prof Lye", "Associate Professor David Lye", "NCID director",
                "the clinician-researcher at the National Centre for Infectious Diseases (NCID)"],
               "infectious diseases specialist, National Centre for Infectious Diseases, Singapore"),
              ("doctors", "12 doctors", "GROUP", ["An open letter by 12 doctors"],
               "the 12 doctors who wrote the open letter")],
    mentions=[("m1", "NCID director", "lye"),
              ("m2", "A senior infectious diseases specialist, Associate Professor David Lye", "lye"),
              ("m3", "the clinician-researcher at the National Centre for Infectious Diseases (NCID)", "lye"),
              ("m4", ("he", "specialist, he said"), "lye"),
              ("m5", ("he", "the public,\" he said"), "lye"),
              ("m6", "Prof Lye", "lye"),
              ("m7", "An open letter by 12 doctors", "doctors"),
              ("m8", ("They", "They claimed"), "doctors")],
    attributions=[("a1", "INDIRECT", "m1", "calls out", "misinformation about Covid-19 vaccines", None),
                  ("a2", "INDIRECT", "m2", "spoken up against",
                   "misinformation being spread about Covid-19 vaccines by doctors, among others", None),
                  ("a3", "INDIRECT", "m3", ("said", "(NCID) said"),
                   "he needs to correct certain messages and petitions doing the rounds, which have caused him to have sleepless nights", None),
                  ("a4", "INDIRECT", "m4", ("said", "specialist, he said"),
                   seg(T, "Some of these were from", "a private cancer specialist"), None),
                  ("a5", "DIRECT", "m5", ("said", "the public,\" he said"),
                   seg(T, "Doctors are well respected", "misleading the public,"), None),
                  ("a6", "MIXED", "m7", "urging",
                   seg(T, "the Government to give children", "Pfizer-BioNTech and Moderna"), None),
                  ("a7", "INDIRECT", "m8", "claimed",
                   "it wasn't known what side effects might surface 10 to 20 years down the road from these vaccines", None)])

# ---------------------------------------------------------------------------------------
# Kaohoon International (Thailand). The stored page has no headline: it opens with the lead, so
# the text starts there. The stored copy ends with a whole paragraph well short of the stored
# length, so the text is taken as the whole article. The page gives no date. Notes:
# - "have raised concerns over Vietnam’s new law ..., saying it would ..." is two claims of the
#   companies (the noun phrase after "over", and the "saying" clause, as seed a18/a19).
# - "For Vietnam’s government, the draft law would give ...": a point of view with no reporting
#   expression (no cue, no claim). "is currently being discussed" and "is still being debated"
#   are agentless passives whose subject is the topic, with no reported content: left out, as
#   make_train files leave out "the no-confidence motion ... was debated" and "will also be
#   discussed". "is scheduled to pass" is a plan, not a forecast of a speaker; "has already
#   considered building" is a plan, not a belief with content.
# - "Other big name have recently announced their investment decision": announced with a noun
#   phrase content (FORMAT.md, Included: "announced the launch of X"); the text prints "name".
doc("kaohooninternational-vietnam-data-law-us-tech-concerns",
    url="https://kaohooninternational.com/markets/547143",
    outlet="Kaohoon International", country="Thailand", topic="technology", cut=False,
    text=(T := "Many tech companies from the U.S. have raised concerns over Vietnam’s new law to strengthen data protection and limit data transfers overseas, saying it would hinder the growth of social media platforms and data center business.\n"
          "Vietnam is among the world’s largest markets for online platforms and is rushing to expand its data center industry with foreign investment.\n"
          "Jason Oxman, chairman of the Information Technology Industry Council (ITI), said that the draft law will make it more difficult for tech companies to reach customers’ data. ITI is a trade association represented by leading tech companies like Meta, Google, and Equinix.\n"
          "For Vietnam’s government, the draft law would give the authorities easy access to information. According to Vietnamese and foreign officials, the law itself was pushed by the Ministry of Security.\n"
          "The draft law is currently being discussed in Vietnam’s parliament and is scheduled to pass on Nov.30 if the draft is eligible, although the date is still subject to changes.\n"
          "Vietnam already has a regulation limiting cross-border data transfer, however, the laws are rarely enforced.\n"
          "The potential impact of the implementation of the law is still being debated, as tech giant Google has already considered building a large data center in southern Vietnam before the law was even presented to the parliament.\n"
          "Meanwhile, Thailand, another upcoming player in the Southeast Asia data center market, has recently seen investment from big tech companies such as Google and GDS in two new hyperscale data centers worth over THB 60 billion.\n"
          "As Vietnam continues its stranglehold on the flow of data, Thailand with more relaxed regulation and friendly incentive to investors, may serve as a more attractive option for future data center investment in the region.\n"
          "Other big name have recently announced their investment decision in Thailand, such as Amazon, Microsoft, Nvidia and UAE’s DAMAC."),
    entities=[("ustech", "Many tech companies from the U.S.", "GROUP", [], "US technology companies"),
              ("oxman", "Jason Oxman", "PERSON",
               ["Oxman", "Jason Oxman, chairman of the Information Technology Industry Council (ITI)"],
               "chairman of the Information Technology Industry Council (ITI)"),
              ("officials", "Vietnamese and foreign officials", "GROUP", [], "officials quoted on the draft law"),
              ("bignames", "Other big name", "GROUP", ["Other big names"],
               "big technology companies investing in Thailand (Amazon, Microsoft, Nvidia, DAMAC)")],
    mentions=[("m1", "Many tech companies from the U.S.", "ustech"),
              ("m2", "Jason Oxman, chairman of the Information Technology Industry Council (ITI)", "oxman"),
              ("m3", "Vietnamese and foreign officials", "officials"),
              ("m4", "Other big name", "bignames")],
    attributions=[("a1", "INDIRECT", "m1", "raised concerns",
                   "Vietnam’s new law to strengthen data protection and limit data transfers overseas", None),
                  ("a2", "INDIRECT", "m1", "saying",
                   "it would hinder the growth of social media platforms and data center business", None),
                  ("a3", "INDIRECT", "m2", ("said", "(ITI), said"),
                   "the draft law will make it more difficult for tech companies to reach customers’ data", None),
                  ("a4", "INDIRECT", "m3", "According to", "the law itself was pushed by the Ministry of Security", None),
                  ("a5", "INDIRECT", "m4", "announced", "their investment decision in Thailand", None)])

# ---------------------------------------------------------------------------------------
# Lokmat Times (India), ANI wire copy. The stored page has no headline: it opens with the dateline
# and lead, so the text starts there; the dateline "Dallas [US], June 8 :" opens the lead and is
# not an attribution. The page breaks off in the match report after the last quotation ("Coming
# to the match, ... Dhananja"), so the text is cut before it. The year is the tournament's (the
# T20 World Cup 2024 named in the text). Notes:
# - "showered praise on the opponents" and "praised his players" are evaluative reporting with a
#   noun-phrase content (as "praised" in the corpus); "on" only links the cue.
# - In the quotations, "I think ...", "I don't think ...", "we all know that ..." are the
#   speaker's own attitude (not split off, FORMAT.md); "as I said" refers back to his own words.
doc("lokmattimes-najmul-shanto-hails-sri-lanka-t20-world-cup",
    url="https://www.lokmattimes.com/cricket/news/they-started-very-well-bangladesh-skipper-najmul-hossain-hails-sri-lanka/",
    outlet="Lokmat Times", country="India", topic="sport", cut=True, published="2024-06-08",
    text=(T := "Dallas [US], June 8 : Following his side's two-wicket win over Sri Lanka in the T20 World Cup 2024 at the Grand Prairie Stadium, Bangladesh skipper Najmul Hossain Shanto showered praise on the opponents and said they started very well in the game.\n"
          "Najmul played a sloppy knock and scored 7 runs from 13 balls at a strike rate of 53.85. He also failed to slam any boundaries during his time on the crease.\n"
          "Speaking at the post-match press conference, Najmul said that Bangladesh made a strong comeback in the match. He also praised his players and said that they showed a lot of character during the match.\n"
          "\"I think Sri Lanka, the way they started batting today, I think they started very well. We came back strongly. But after they finished their innings, they bowled really well. I think they showed a lot of character, all the fielders gave everything but I think they did not score enough runs,\" Najmul said.\n"
          "The Bangladesh skipper accepted that it was the most tense cricket match of his career.\n"
          "\"We all knew even two days prior to the game. Personally, I don't think I have played a pressure match like this before. But, by the grace of God, at the end of the day, we could win the game,\" he added.\n"
          "The 25-year-old added that in the end, they got two points which is more important.\n"
          "\"We all knew how important this match was for us. But I think we didn't get a good start in bowling. But the way everyone was calm, the way we made decisions in the middle-over, especially the bowlers and fielders, they all showed a lot of good character. But we all know that the batting wasn't good. But this will happen on this kind of wicket and in this kind of pressure match. Because it was a very important match for them too. They have tried a lot. But as I said, we got two points at the end of the day. That's why I am feeling good,\" he added."),
    entities=[("najmul", "Najmul Hossain Shanto", "PERSON",
               ["Najmul", "Bangladesh skipper Najmul Hossain Shanto", "The Bangladesh skipper", "The 25-year-old"],
               "Bangladesh cricket captain")],
    mentions=[("m1", "Bangladesh skipper Najmul Hossain Shanto", "najmul"),
              ("m2", ("Najmul", "Najmul played"), "najmul"),
              ("m3", ("Najmul", "Najmul said that"), "najmul"),
              ("m4", ("He", "He also praised"), "najmul"),
              ("m5", ("Najmul", "runs,\" Najmul said"), "najmul"),
              ("m6", "The Bangladesh skipper", "najmul"),
              ("m7", ("he", "win the game,\" he added"), "najmul"),
              ("m8", "The 25-year-old", "najmul"),
              ("m9", ("he", "feeling good,\" he added"), "najmul")],
    attributions=[("a1", "INDIRECT", "m1", "showered praise", "the opponents", None),
                  ("a2", "INDIRECT", "m1", ("said", "said they started"), "they started very well in the game", None),
                  ("a3", "INDIRECT", "m3", ("said", "Najmul said that"), "Bangladesh made a strong comeback in the match", None),
                  ("a4", "INDIRECT", "m4", "praised", "his players", None),
                  ("a5", "INDIRECT", "m4", ("said", "said that they showed"), "they showed a lot of character during the match", None),
                  ("a6", "DIRECT", "m5", ("said", "runs,\" Najmul said"),
                   seg(T, "I think Sri Lanka, the way", "did not score enough runs,"), None),
                  ("a7", "INDIRECT", "m6", "accepted", "it was the most tense cricket match of his career", None),
                  ("a8", "DIRECT", "m7", ("added", "win the game,\" he added"),
                   seg(T, "We all knew even two days", "we could win the game,"), None),
                  ("a9", "INDIRECT", "m8", ("added", "25-year-old added"),
                   "in the end, they got two points which is more important", None),
                  ("a10", "DIRECT", "m9", ("added", "feeling good,\" he added"),
                   seg(T, "We all knew how important", "That's why I am feeling good,"), None)])

# ---------------------------------------------------------------------------------------
# The Warragul Citizen (Australia; fpress.com.au, its "Baw Baw News"). The byline and time line
# ("Baw Baw News By // 17:09, Thursday 21 June 2012"), the "ADVERTISEMENT" lines and the "[[Click
# here to get free updates from The Warragul Citizen ...]]" line are removed. The page breaks off
# in Nicholson's quotation ("“Thi"), so the text is cut before it. Notes:
# - "The audience was repeatedly asked to remain quiet" and "The speaker was asked to resume ...":
#   agentless passives (null source); the raised subject is left out (FORMAT.md, "staff were told
#   to stay home"). "refused to stop speaking" / "refused" are actions.
# - "Most submissions said ...": documents with no author named, their own entity (FORMAT.md,
#   Documents). "council officers" are the council's staff, a separate entity from the council.
# - Jones's second quotation has no reporting clause: it continues her (null cue). "We strongly
#   suggest" / "We believe" are her group's attitude within her own report (not split off).
# - "said the group rejects the rise": the Warragul Business Group's stance, reported by its
#   spokesperson, is nested ("rejects" with a noun-phrase content, as "condemned The move" in the
#   corpus); a group and its representative are separate entities (FORMAT.md, Coreference).
doc("fpress-baw-baw-budget-vote-deferred-submissions",
    url="https://www.fpress.com.au/bbc/bawbaw/baw-baw-budget-vote-deferred-following-fiery-public-hearing159",
    outlet="The Warragul Citizen", country="Australia", topic="local", cut=True, published="2012-06-21",
    text=(T := "Baw Baw budget vote deferred following fiery submissions hearing\n"
          "The Baw Baw Shire Council has chosen to delay voting on its draft budget until next month following a rowdy submission hearing last night.\n"
          "The decision was made after last night’s meeting, where Baw Baw Shire Mayor Diane Blackwood said the budget could still change before the vote.\n"
          "“Nothing is set in concrete until next week when council votes,” Cr Blackwood said.\n"
          "The vote will now take place on July 11.\n"
          "The council says the deferral is to allow councillors “time to consider all public submissions.”\n"
          "Over 40 members of the public were present at the meeting and 13 submissions from the public and lobby groups were heard.\n"
          "The audience was repeatedly asked to remain quiet during the meeting, and standing orders were suspended when one speaker refused to stop speaking after their time expired.\n"
          "The speaker was asked to resume their seat in the gallery or leave, but refused and turned to speak to the audience directly. They resumed their seat shortly after council officers said they would call the police.\n"
          "Most submissions said the proposed rate rise of 11 per cent is too high.\n"
          "The council says the rate will be closer to eight per cent for households and three per cent for commercial properties.\n"
          "Ratepayers Association spokesperson Ruth Jones said the rates increase is too large for the community to handle.\n"
          "“We strongly suggest reducing expenditure [except when it reduces] quality of life,” Ms Jones said.\n"
          "“It appears the perceived community capacity to pay was [how the] new rate was determined. We believe this is not acceptable or appropriate.”\n"
          "Warragul Business Group spokesperson Peter Nicholson said the group rejects the rise."),
    entities=[("council", "The Baw Baw Shire Council", "ORGANIZATION", ["Baw Baw Shire Council", "the council"],
               "Baw Baw Shire Council, Victoria"),
              ("blackwood", "Diane Blackwood", "PERSON", ["Blackwood", "Cr Blackwood", "Mayor Diane Blackwood"],
               "Mayor of Baw Baw Shire"),
              ("officers", "council officers", "GROUP", [], "officers of the Baw Baw Shire Council"),
              ("submissions", "Most submissions", "GROUP", [], "the public submissions on the draft budget"),
              ("jones", "Ruth Jones", "PERSON", ["Jones", "Ms Jones", "Ratepayers Association spokesperson Ruth Jones"],
               "Ratepayers Association spokesperson"),
              ("nicholson", "Peter Nicholson", "PERSON",
               ["Nicholson", "Warragul Business Group spokesperson Peter Nicholson"], "Warragul Business Group spokesperson"),
              ("wbg", "Warragul Business Group", "ORGANIZATION", ["the group"], "Warragul business association")],
    mentions=[("m1", "The Baw Baw Shire Council", "council"),
              ("m2", "Baw Baw Shire Mayor Diane Blackwood", "blackwood"),
              ("m3", ("council", "when council votes"), "council"),
              ("m4", "Cr Blackwood", "blackwood"),
              ("m5", ("The council", "The council says the deferral"), "council"),
              ("m6", "council officers", "officers"),
              ("m7", "Most submissions", "submissions"),
              ("m8", ("The council", "The council says the rate"), "council"),
              ("m9", "Ratepayers Association spokesperson Ruth Jones", "jones"),
              ("m10", "Ms Jones", "jones"),
              ("m11", "Warragul Business Group spokesperson Peter Nicholson", "nicholson"),
              ("m12", ("the group", "the group rejects"), "wbg")],
    attributions=[("a1", "INDIRECT", "m2", ("said", "Blackwood said the budget"),
                   "the budget could still change before the vote", None),
                  ("a2", "DIRECT", "m4", ("said", "Cr Blackwood said"),
                   "Nothing is set in concrete until next week when council votes,", None),
                  ("a3", "MIXED", "m5", ("says", "The council says the deferral"),
                   "the deferral is to allow councillors “time to consider all public submissions.”", None),
                  ("a4", "INDIRECT", None, ("asked", "repeatedly asked"), "to remain quiet during the meeting", None),
                  ("a5", "INDIRECT", None, ("asked", "was asked to resume"),
                   "to resume their seat in the gallery or leave", None),
                  ("a6", "INDIRECT", "m6", ("said", "officers said"), "they would call the police", None),
                  ("a7", "INDIRECT", "m7", ("said", "submissions said"),
                   "the proposed rate rise of 11 per cent is too high", None),
                  ("a8", "INDIRECT", "m8", ("says", "The council says the rate"),
                   "the rate will be closer to eight per cent for households and three per cent for commercial properties", None),
                  ("a9", "INDIRECT", "m9", ("said", "Jones said the rates"),
                   "the rates increase is too large for the community to handle", None),
                  ("a10", "DIRECT", "m10", ("said", "Ms Jones said"),
                   "We strongly suggest reducing expenditure [except when it reduces] quality of life,", None),
                  ("a11", "DIRECT", "m10", None,
                   seg(T, "It appears the perceived", "not acceptable or appropriate."), None),
                  ("a12", "INDIRECT", "m11", ("said", "Nicholson said"), "the group rejects the rise", None),
                  ("a13", "INDIRECT", "m12", "rejects", "the rise", "a12")])

# ---------------------------------------------------------------------------------------
# Solomon Times (Solomon Islands). The stored page has no headline: it opens with the lead, so the
# text starts there. The page breaks off after the court order ("... until trial or further
# order.Viuru Forest En"), so the text is cut before that paragraph. The page gives no date.
# Notes:
# - "went to the High Court seeking an urgent injunction": a procedural application, left out as
#   the corpus mostly leaves "sought"/"seeking" of court applications unannotated.
# - "Many landowners strongly objected to the proposed logging operations": "objected to" with a
#   noun-phrase content (as "spoke out against" in the corpus); "Many landowners" is a subset of
#   the landowners, its own entity (FORMAT.md, Coreference). "and expressed their objections to
#   the relevant Ministries" repeats the same objection with an addressee and no content of its
#   own (not a second claim).
# - "advised landowners to commence legal proceedings ..." keeps its addressee, as the corpus does
#   for active "advised X to Y".
# - "KIBCA and landowners": a coordinated subject is one GROUP (FORMAT.md, Groups); the longer
#   "The Kolombangara Island Biodiversity Conservation Association (KIBCA) and landowners" is the
#   same group. "in the High Court" is an adjunct (left out). "This included ..." has no cue.
# - "The High Court in granting the injunction noted that ...": a court's finding (FORMAT.md,
#   Included); "in granting the injunction" is an adjunct. "The Judge in his ruling stated, “...”":
#   DIRECT, the ruling a medium; the judge is a person, separate from the court.
doc("solomontimes-kolombangara-landowners-logging-injunction",
    url="http://www.solomontimes.com/news/community-fights-against-logging-operations/7910",
    outlet="Solomon Times", country="Solomon Islands", topic="environment", cut=True,
    text=(T := "Landowners on Kolombangara Island have successfully taken action in the High Court to stop logging operations and protect the Solomon Islands largest conservation area.\n"
          "The Kolombangara Island Biodiversity Conservation Association (KIBCA) and landowners went to the High Court seeking an urgent injunction to stop logging activities from starting until the Court has time to decide whether the logging operations are legal.\n"
          "The logging licence in dispute was granted by the Commissioner of Forests to Viuru Forest Enterprises. Viuru Forest Enterprises is a logging company owned by Prime Minister Gordon Darcy Lilo. The licence is for an area near the village of Vavanga in Kolombangara.\n"
          "Many landowners strongly objected to the proposed logging operations and expressed their objections to the relevant Ministries prior to the granting of the timber licence.\n"
          "The Commissioner of Forests advised landowners to commence legal proceedings should they be aggrieved by the decision to grant a new timber licence.\n"
          "KIBCA and landowners claimed in the High Court that the necessary legal requirements for granting the licence were not met. This included holding a timber rights meeting and obtaining a development consent from the Ministry of Environment.\n"
          "The High Court in granting the injunction noted that substantial issues exist which need to be considered at trial and that the chances of KIBCA and landowners succeeding in their claim is quite high.\n"
          "The Judge in his ruling stated, “The concern of the applicants is the protection of the environment and the land on which their people depend for livelihood. Financial considerations must not be allowed to override the need to preserve the environment, especially when there is strong evidence to show that the process, which led to the granting of the logging licence, is tainted with irregularities”."),
    entities=[("kibca", "KIBCA and landowners", "GROUP",
               ["The Kolombangara Island Biodiversity Conservation Association (KIBCA) and landowners"],
               "the conservation association and the landowners who brought the case"),
              ("manylandowners", "Many landowners", "GROUP", [], "landowners who objected to the logging"),
              ("commissioner", "the Commissioner of Forests", "PERSON", ["Commissioner of Forests"],
               "Solomon Islands Commissioner of Forests"),
              ("court", "The High Court", "ORGANIZATION", ["High Court", "the Court"], "High Court of Solomon Islands"),
              ("judge", "The Judge", "PERSON", [], "the High Court judge who granted the injunction")],
    mentions=[("m1", ("the High Court", "action in the High Court"), "court"),
              ("m2", "The Kolombangara Island Biodiversity Conservation Association (KIBCA) and landowners", "kibca"),
              ("m3", ("the High Court", "went to the High Court"), "court"),
              ("m4", ("the Court", "until the Court"), "court"),
              ("m5", ("the Commissioner of Forests", "granted by the Commissioner"), "commissioner"),
              ("m6", "Many landowners", "manylandowners"),
              ("m7", ("The Commissioner of Forests", "The Commissioner of Forests advised"), "commissioner"),
              ("m8", ("KIBCA and landowners", "KIBCA and landowners claimed"), "kibca"),
              ("m9", ("the High Court", "claimed in the High Court"), "court"),
              ("m10", ("The High Court", "The High Court in granting"), "court"),
              ("m11", ("KIBCA and landowners", "KIBCA and landowners succeeding"), "kibca"),
              ("m12", "The Judge", "judge")],
    attributions=[("a1", "INDIRECT", "m6", "objected to", "the proposed logging operations", None),
                  ("a2", "INDIRECT", "m7", "advised",
                   "landowners to commence legal proceedings should they be aggrieved by the decision to grant a new timber licence", None),
                  ("a3", "INDIRECT", "m8", "claimed",
                   "the necessary legal requirements for granting the licence were not met", None),
                  ("a4", "INDIRECT", "m10", "noted",
                   seg(T, "substantial issues exist", "succeeding in their claim is quite high"), None),
                  ("a5", "DIRECT", "m12", "stated",
                   seg(T, "The concern of the applicants", "tainted with irregularities"), None)])

# ---------------------------------------------------------------------------------------
# Cambodia Tribune (Cambodia), copy of Agence Kampuchea Presse (AKP). The trailing credit line
# "Source: Agency Kampuchea Press" is removed, as bylines are; the article is otherwise whole.
# The page gives no date. Notes:
# - Headline "Cambodia Rejects Asia Times’ Article": the country as speaker (GPE), "Rejects" with a
#   noun-phrase content (as "condemned"/"slams" in the corpus).
# - "issued a statement rejecting Asia Times' article accusing that ...": the spokesperson's
#   rejection; "Asia Times' article" names its author, so it is a mention of Asia Times (FORMAT.md,
#   Documents), and its "accusing" is nested.
# - "Recently, pointed out the statement, some foreign media ...": the inverted reporting clause
#   interrupts the claim and stays inside it (FORMAT.md, Contiguity). "the statement", "it" and
#   "the same source" are the statement, its own entity: its NP names no author (as "the
#   statement" in make_test7_a.py). "baseless information saying that ..." is nested; the
#   information's spreaders are named in the sentence ("some foreign media have copied and
#   disseminated"), so the document is a mention of them (FORMAT.md, Documents).
# - "... State as stipulated in the new Article 53 of the Constitution": read as "according to"
#   with the document as its own entity, nested in the statement's claim.
# - "as accused by those fake news" inside the last quotation: the accusation (that Cambodia took
#   part, allowed ...) has no contiguous span without the quotation's negation; not annotated.
doc("cambodiatribune-defence-ministry-rejects-asia-times-article",
    url="https://cambodiatribune.com/cambodia-rejects-asia-times-article/",
    outlet="Cambodia Tribune", country="Cambodia", topic="politics", cut=False,
    text=(T := "Cambodia Rejects Asia Times’ Article\n"
          "The Spokesperson of the Cambodian Ministry of National Defence this morning issued a statement rejecting Asia Times' article accusing that Cambodia allowed a foreign country to use its territory.\n"
          "Recently, pointed out the statement, some foreign media have copied and disseminated baseless information saying that foreign country wants to use Cambodian territory as a military base and a dock for warships and Cambodia is in the centre of the cold war between China and the U.S.\n"
          "\"These are fake news created by some ill-will foreign groups who tried to incite, to confuse national and international public and to destroy Cambodia's independence, permanent neutrality,\" it underlined.\n"
          "Cambodia is an independent, permanently neutral, non-aligned State as stipulated in the new Article 53 of the Constitution, said the same source, adding that the Royal Government of Cambodia has been maintaining peace for the people and prevent all temptations to bring the country back to war, so as to continue national development.\n"
          "\"Therefore, Cambodia did neither take part in any cold war nor allow any foreigners to use its territory as a military base as accused by those fake news,\" it stressed.\n"
          "The Spokesperson of the Ministry of National Defence called on Asia Times to stop disseminating such baseless information."),
    entities=[("cambodia", "Cambodia", "GPE", [], "Kingdom of Cambodia"),
              ("spokesperson", "The Spokesperson of the Cambodian Ministry of National Defence", "PERSON",
               ["The Spokesperson of the Ministry of National Defence"], "spokesperson of Cambodia's defence ministry"),
              ("asiatimes", "Asia Times", "ORGANIZATION", ["Asia Times' article"], "news outlet"),
              ("statement", "the statement", "ORGANIZATION", ["the same source"], "the defence ministry spokesperson's statement"),
              ("media", "some foreign media", "GROUP", ["foreign media"], "foreign media that spread the reports"),
              ("constitution", "the new Article 53 of the Constitution", "ORGANIZATION", ["Article 53", "the Constitution"],
               "Cambodia's Constitution, Article 53")],
    mentions=[("m1", ("Cambodia", "Cambodia Rejects"), "cambodia"),
              ("m2", "The Spokesperson of the Cambodian Ministry of National Defence", "spokesperson"),
              ("m3", "Asia Times' article", "asiatimes"),
              ("m4", ("Cambodia", "Cambodia allowed"), "cambodia"),
              ("m5", ("the statement", "pointed out the statement"), "statement"),
              ("m6", "some foreign media", "media"),
              ("m7", ("baseless information", "disseminated baseless information"), "media"),
              ("m8", ("Cambodia", "Cambodia is in the centre"), "cambodia"),
              ("m9", ("it", "it underlined"), "statement"),
              ("m10", ("Cambodia", "Cambodia is an independent"), "cambodia"),
              ("m11", "the new Article 53 of the Constitution", "constitution"),
              ("m12", "the same source", "statement"),
              ("m13", ("Cambodia", "Cambodia did neither"), "cambodia"),
              ("m14", ("it", "it stressed"), "statement"),
              ("m15", "The Spokesperson of the Ministry of National Defence", "spokesperson"),
              ("m16", ("Asia Times", "called on Asia Times"), "asiatimes")],
    attributions=[("a1", "INDIRECT", "m1", "Rejects", "Asia Times’ Article", None),
                  ("a2", "INDIRECT", "m2", "rejecting",
                   "Asia Times' article accusing that Cambodia allowed a foreign country to use its territory", None),
                  ("a3", "INDIRECT", "m3", "accusing", "Cambodia allowed a foreign country to use its territory", "a2"),
                  ("a4", "INDIRECT", "m5", "pointed out",
                   seg(T, "Recently, pointed out", "between China and the U.S."), None),
                  ("a5", "INDIRECT", "m7", "saying",
                   seg(T, "foreign country wants to use", "between China and the U.S."), "a4"),
                  ("a6", "DIRECT", "m9", "underlined",
                   seg(T, "These are fake news", "permanent neutrality,"), None),
                  ("a7", "INDIRECT", "m12", ("said", "said the same source"),
                   "Cambodia is an independent, permanently neutral, non-aligned State as stipulated in the new Article 53 of the Constitution", None),
                  ("a8", "INDIRECT", "m11", "stipulated",
                   "Cambodia is an independent, permanently neutral, non-aligned State", "a7"),
                  ("a9", "INDIRECT", "m12", "adding",
                   seg(T, "the Royal Government of Cambodia", "continue national development"), None),
                  ("a10", "DIRECT", "m14", "stressed",
                   seg(T, "Therefore, Cambodia did neither", "those fake news,"), None),
                  ("a11", "INDIRECT", "m15", "called on",
                   "Asia Times to stop disseminating such baseless information", None)])

write("train_bq.jsonl")
