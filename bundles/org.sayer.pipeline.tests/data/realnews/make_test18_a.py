#!/usr/bin/env python3
"""Writes test18_a.jsonl: real-news gold, split test18-a (see gold.py). Run: python3 make_test18_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page is a tag listing of Old Harbour News that holds one article; it has no
# headline, so the text starts with the lead. Its date line ("Thursday, January 18, 2018") and a
# photo caption ("Delano 'Kimo' Sterling (left) and Jermaine O'Connor amongst the deceased") are
# removed. The copy stops inside the next paragraph ("The buildi"), so the text is cut before it.
# Notes:
# - "in what the police are saying was a shootout ...": the content keeps "was ..." (as
#   make_test17_b.py's "what the doctors say was ..." and make_test11_a.py's "what they say was").
# - "have been identified by relatives and friends as X": "identified ... as" is annotated with
#   "as X" as content (make_train_ay.py); the nicknames in single marks make it MIXED, as quoted
#   names do elsewhere in the corpus ("Sandworm", the 'Whites'); so does ‘Thirteen’.
# - "The boy ... is said to be 16 years old and recently migrated ...": agentless passive, null
#   source; "recently migrated" is coordinated with "is said", not with "to be", so it is left out.
# - "The names ... are yet to be confirmed by the police": no content (not annotated).
# - "Acting upon intelligence the police say a team of officers went ...": the fronted participle
#   belongs to the officers' action, so the reporting clause is parenthetical inside the claim and
#   stays in its content (FORMAT.md, Contiguity).
# - "refuting the police’s version of the events" takes its object as content, as "rejected the
#   girl's accounts" does (make_train_a.py); "claiming that ..." is a second claim.
# - "speaking aloud and claiming to be an eyewitness": "claiming" is a claim of the man with a
#   raised subject ("to be an eyewitness").
# - The call of "police" (twice) is speech of the officers shouted at the gate (FORMAT.md: a shout is
#   DIRECT speech), nested in the man's claims; in the narration nobody is named (null source),
#   in the quote "dem (the police)" calls.
doc("oldharbournews-old-harbour-bay-shootout-residents-refute-police",
    url="http://oldharbournews.com/index.php/news/itemlist/tag/drugs%20for%20gun%20trade",
    outlet="Old Harbour News", country="Jamaica", topic="courts-crime", cut=True, published="2018-01-18",
    text=(T := "Three men and a teenage boy were shot dead in Old Harbour Bay, St Catherine in what the police are saying was a shootout with men who were conducting transactions involving illegal guns.\n"
          "The incident took place approximately 3:00 pm today at the Black Shadow 876 Sports Bar and Restaurant which is undergoing renovation.\n"
          "All three men are from the Old Harbour Bay community and have been identified by relatives and friends as Jermaine O’Connor, 30; Delano ‘Kimo’ Sterling, 22 and Kemar ‘Kwefa’ Frazer, 26. The boy, whose name remains unknown, is said to be 16 years old and recently migrated from Kingston to live in the Old Harbour area.\n"
          "The names of the deceased are yet to be confirmed by the police however. But an officer close to the investigation told Old Harbour News that one man has escaped.\n"
          "Acting upon intelligence the police say a team of officers went to the location in a section of the community called ‘Thirteen’ where men were engaged in a gun transaction.\n"
          "According to the police a shootout ensued thereafter and arising from the alleged gun battle, four males were killed while three firearms – one 357 magnum and two .38 revolvers – were recovered from the scene in addition to over $40,000 in Jamaican currency.\n"
          "But the residents are refuting the police’s version of the events, claiming that the deceased were killed in cold blood.\n"
          "One man, speaking aloud and claiming to be an eyewitness, said the men were shot after responding to the call of “police” from outside the high-rise wall.\n"
          "“One a di yute dem come at the gate after dem (the police) come de and call ‘police’… And as di yute open di gate so, di police shoot him and kick him back inside. Den you just hear pure shot a fire inside,” he said angrily. “A nuh my family dem but mi feel it to me heart. Di police dem wicked. How people can trust police now.”"),
    entities=[("police", "the police", "ORGANIZATION", ["police", "di police", "Di police dem"], "Jamaica Constabulary Force"),
              ("relatives", "relatives and friends", "GROUP", [], "relatives and friends of the dead men"),
              ("officer", "an officer close to the investigation", "PERSON", [], "police officer"),
              ("residents", "the residents", "GROUP", ["residents"], "residents of Old Harbour Bay"),
              ("man", "One man", "PERSON", [], "a resident claiming to be an eyewitness")],
    mentions=[("m1", ("the police", "what the police"), "police"),
              ("m2", "relatives and friends", "relatives"),
              ("m3", ("the police", "confirmed by the police"), "police"),
              ("m4", "an officer close to the investigation", "officer"),
              ("m5", ("the police", "intelligence the police say"), "police"),
              ("m6", ("the police", "According to the police"), "police"),
              ("m7", "the residents", "residents"),
              ("m8", "One man", "man"),
              ("m9", ("the police", "(the police)"), "police"),
              ("m10", ("di police", "di police shoot"), "police"),
              ("m11", ("he", "he said angrily"), "man"),
              ("m12", "Di police dem", "police")],
    attributions=[("a1", "INDIRECT", "m1", ("saying", "police are saying"),
                   "was a shootout with men who were conducting transactions involving illegal guns", None),
                  ("a2", "MIXED", "m2", "identified",
                   "as Jermaine O’Connor, 30; Delano ‘Kimo’ Sterling, 22 and Kemar ‘Kwefa’ Frazer, 26", None),
                  ("a3", "INDIRECT", None, ("said", "is said to be"), "to be 16 years old", None),
                  ("a4", "INDIRECT", "m4", "told", "one man has escaped", None),
                  ("a5", "MIXED", "m5", ("say", "the police say"),
                   seg(T, "Acting upon intelligence", "engaged in a gun transaction"), None),
                  ("a6", "INDIRECT", "m6", "According to",
                   seg(T, "a shootout ensued thereafter", "in Jamaican currency"), None),
                  ("a7", "INDIRECT", "m7", "refuting", "the police’s version of the events", None),
                  ("a8", "INDIRECT", "m7", ("claiming", "claiming that the deceased"), "the deceased were killed in cold blood", None),
                  ("a9", "INDIRECT", "m8", ("claiming", "claiming to be"), "to be an eyewitness", None),
                  ("a10", "MIXED", "m8", ("said", "eyewitness, said"),
                   "the men were shot after responding to the call of “police” from outside the high-rise wall", None),
                  ("a11", "DIRECT", None, ("call", "the call of"), ("police", "“police” from"), "a10"),
                  ("a12", "DIRECT", "m11", ("said", "he said angrily"),
                   seg(T, "One a di yute dem come", "pure shot a fire inside,"), None),
                  ("a13", "DIRECT", "m9", ("call", "call ‘police’"), ("police", "‘police’…"), "a12"),
                  ("a14", "DIRECT", "m11", None,
                   "A nuh my family dem but mi feel it to me heart. Di police dem wicked. How people can trust police now.", None)])

# ---------------------------------------------------------------------------------------
# The stored copy is the Roanoke Times archive at Virginia Tech (scholar.lib.vt.edu); an Associated
# Press story. Its archive header (paper name, copyright, DATE, TAG, SECTION, SOURCE, DATELINE and
# LENGTH lines) is removed; the date comes from it (THURSDAY, February 7, 1991). The copy stops
# inside Levin's next quotation ("If anything, it underestimates the"), so the text is cut before it.
# Notes:
# - Headline "STUDY: DOCTORS INJURE ONE IN 25": a colon headline whose speaker is the study (null
#   cue), as "a study to be published today" says it in the lead.
# - "a study to be published today" and "the study's authors" are separate entities (FORMAT.md,
#   Documents: the authors are not named in the study's sentence); Brennan, "one of the principal
#   authors", is a third. The source mention of the study leaves out its infinitival relative.
# - Brennan's source mention keeps "of the Brigham and Women's Hospital in Boston" and leaves out the
#   long apposition "one of the principal authors of the study, called ..."; "called the Harvard
#   Medical Practice Study" names the study and is not a claim.
# - "He said patients "..." and the findings "..."": one MIXED claim with its marks at the end.
doc("roanoketimes-study-doctors-injure-one-in-25",
    url="https://scholar.lib.vt.edu/VA-news/ROA-Times/issues/1991/rt9102/910207/02070232.htm",
    outlet="Roanoke Times", country="US", topic="health-science", cut=True, published="1991-02-07",
    text=(T := "STUDY: DOCTORS INJURE ONE IN 25\n"
          "Nearly one in 25 hospital patients suffers injuries at the hands of a doctor, and more than a quarter of those injuries are due to substandard care, says a study to be published today.\n"
          "While some of the injuries are unavoidable, more than half could be prevented better medical care, the study's authors say.\n"
          "\"There is a lot of substandard care in hospitals in the United States,\" said Dr. Troyen A. Brennan of the Brigham and Women's Hospital in Boston, one of the principal authors of the study, called the Harvard Medical Practice Study.\n"
          "He said patients \"can reasonably expect the health care community to provide better care,\" and the findings \"should be a stimulus to that.\"\n"
          "The study reported in the New England Journal of Medicine involved the examination of records of 30,121 randomly selected patients at hospitals in New York State, said Brennan. It is the largest study ever done of doctors' mishaps, and it provides the best estimate so far of how common such mishaps are, he said.\n"
          "The problems include such things as drug complications and wound infections, Brennan said. About half of the problems occurred in patients undergoing surgery, he said.\n"
          "\"We see a lot of failure to diagnose cases,\" he said. \"And among the non-surgical cases, the leading problems are pharmaceutical injuries.\" Problems were more common in the emergency room than in other parts of the hospital, Brennan said.\n"
          "Lowell S. Levin, a professor of public health at the Yale University School of Medicine, said the study was \"not only on the mark, it's very, very conservative.\""),
    entities=[("study", "the Harvard Medical Practice Study", "ORGANIZATION", ["STUDY", "a study", "the study", "The study"],
               "study of injuries to hospital patients, published in the New England Journal of Medicine"),
              ("authors", "the study's authors", "GROUP", [], "authors of the Harvard Medical Practice Study"),
              ("brennan", "Troyen A. Brennan", "PERSON",
               ["Brennan", "Dr. Troyen A. Brennan", "Dr. Troyen A. Brennan of the Brigham and Women's Hospital in Boston"],
               "physician at Brigham and Women's Hospital, a principal author of the study"),
              ("levin", "Lowell S. Levin", "PERSON",
               ["Levin", "Lowell S. Levin, a professor of public health at the Yale University School of Medicine"],
               "professor of public health at the Yale University School of Medicine")],
    mentions=[("m1", "STUDY", "study"),
              ("m2", ("a study", "says a study"), "study"),
              ("m3", "the study's authors", "authors"),
              ("m4", "Dr. Troyen A. Brennan of the Brigham and Women's Hospital in Boston", "brennan"),
              ("m5", "the Harvard Medical Practice Study", "study"),
              ("m6", ("He", "He said patients"), "brennan"),
              ("m7", ("The study", "The study reported"), "study"),
              ("m8", ("Brennan", "said Brennan."), "brennan"),
              ("m9", ("he", "he said.\nThe problems"), "brennan"),
              ("m10", ("Brennan", "Brennan said. About"), "brennan"),
              ("m11", ("he", "he said.\n\"We see"), "brennan"),
              ("m12", ("he", "he said. \"And"), "brennan"),
              ("m13", ("Brennan", "hospital, Brennan said"), "brennan"),
              ("m14", "Lowell S. Levin, a professor of public health at the Yale University School of Medicine", "levin"),
              ("m15", ("the study", "said the study was"), "study")],
    attributions=[("a1", "INDIRECT", "m1", None, "DOCTORS INJURE ONE IN 25", None),
                  ("a2", "INDIRECT", "m2", ("says", "says a study"),
                   seg(T, "Nearly one in 25 hospital patients", "due to substandard care"), None),
                  ("a3", "INDIRECT", "m3", ("say", "authors say"),
                   "While some of the injuries are unavoidable, more than half could be prevented better medical care", None),
                  ("a4", "DIRECT", "m4", ("said", "said Dr."),
                   "There is a lot of substandard care in hospitals in the United States,", None),
                  ("a5", "MIXED", "m6", ("said", "He said patients"),
                   seg(T, "patients \"can reasonably", "a stimulus to that.\""), None),
                  ("a6", "INDIRECT", "m8", ("said", "said Brennan."),
                   seg(T, "The study reported in the New England", "hospitals in New York State"), None),
                  ("a7", "INDIRECT", "m9", ("said", "he said.\nThe problems"),
                   seg(T, "It is the largest study ever done", "how common such mishaps are"), None),
                  ("a8", "INDIRECT", "m10", ("said", "Brennan said. About"),
                   "The problems include such things as drug complications and wound infections", None),
                  ("a9", "INDIRECT", "m11", ("said", "he said.\n\"We see"),
                   "About half of the problems occurred in patients undergoing surgery", None),
                  ("a10", "DIRECT", "m12", ("said", "he said. \"And"), "We see a lot of failure to diagnose cases,", None),
                  ("a11", "DIRECT", "m12", None,
                   "And among the non-surgical cases, the leading problems are pharmaceutical injuries.", None),
                  ("a12", "INDIRECT", "m13", ("said", "hospital, Brennan said"),
                   "Problems were more common in the emergency room than in other parts of the hospital", None),
                  ("a13", "MIXED", "m14", ("said", "Medicine, said"),
                   seg(T, "the study was \"not only", "very, very conservative.\""), None)])

# ---------------------------------------------------------------------------------------
# The stored page is the English version of an ArchiWeb news item (ČTK copy) on its archmedia.eu
# mirror. It has no headline, so the text starts with the lead ("Prague - " is a dateline, not an
# attribution). The page prints the whole article as one paragraph and breaks off inside a
# sentence ("It is cur"), so the text is cut at the last whole sentence before it. No date is given.
# Notes:
# - "This was stated yesterday by Jiří Houdek" takes the two preceding sentences as content (as
#   make_train_bb.py's "This was stated by Maksym Bakhmatov"); the mayors' "criticize" and "claim"
#   are nested in it.
# - "criticize the new proposal ..." takes its object as content (evaluative reporting); "The mayor
#   rejected the criticism" likewise.
# - "whose version had already been commented on by the city districts" and "The mayor disagrees"
#   have no content; "they stood behind their deputy" is the parties' refusal to act on the call
#   (an action); none is annotated.
# - "called on the Trojkoalice, composed of ..., to dismiss Stropnický" keeps the addressee
#   (seed a23/a24); "repeated their demand for X" has the cue "repeated their demand" (a fixed
#   object, as "renewed its pledge") and X as content.
doc("archiweb-prague-mayors-criticise-building-regulations",
    url="https://cdn.archmedia.eu/en/n/home/starostove-kritizuji-novy-navrh-prazskych-stavebnich-predpisu",
    outlet="ArchiWeb", country="Czech Republic", topic="politics", cut=True,
    text=(T := "Prague - Mayors of city districts Prague 1 to 22 criticize the new proposal for Prague's building regulations submitted by Mayor Adriana Krnáčová (ANO). They claim it does not incorporate their comments and does not address the problems of the capital city. This was stated yesterday by Jiří Houdek, spokesman for Prague 9, which hosted the meeting of the mayors. The mayor rejected the criticism. The proposal for Prague's building regulations was originally prepared by the deputy mayor Matěj Stropnický (SZ/Trojkoalice), whose version had already been commented on by the city districts. However, last week the council removed it from his competence and approved the version presented by the mayor. \"The mayor's counterproposal, for example, unacceptably increases the density of development. It also does not address parking and the number of parking spaces, thus clearly contradicting the interests and needs of residents in all city districts in Prague,\" said the deputy mayor of Prague 9 Tomáš Portlík (ODS). The mayor disagrees. \"On Monday, I called a meeting with the mayors on the topic of building regulations, where no comments about increasing building density were made, so I take it as standard opposition resistance,\" she told ČTK. \"Increasing building density is a common trend in Western metropolises; after all, we don't want Prague to have only gaps and brownfields,\" she added. Disputes over building regulations have even led to a rift in the city hall coalition. The council was not informed in advance about the mayor's counterproposal. ANO and ČSSD called on the Trojkoalice, composed of the Greens, STAN, and KDU-ČSL, to dismiss Stropnický. However, they stood behind their deputy, and the Greens additionally demand that the Prague building regulations be returned to his authority. The coalition will meet regarding this next week. Today, mayors repeated their demand for an increase in the current value of the minimum contribution per inhabitant."),
    entities=[("mayors", "Mayors of city districts Prague 1 to 22", "GROUP", ["mayors", "the mayors"],
               "mayors of Prague's city districts"),
              ("krnacova", "Adriana Krnáčová", "PERSON", ["Krnáčová", "Mayor Adriana Krnáčová", "The mayor", "the mayor"],
               "Mayor of Prague (ANO)"),
              ("houdek", "Jiří Houdek", "PERSON", ["Houdek", "Jiří Houdek, spokesman for Prague 9"], "spokesman for Prague 9"),
              ("portlik", "Tomáš Portlík", "PERSON", ["Portlík", "the deputy mayor of Prague 9 Tomáš Portlík (ODS)"],
               "deputy mayor of Prague 9 (ODS)"),
              ("anocssd", "ANO and ČSSD", "GROUP", [], "two parties of Prague's city hall coalition"),
              ("greens", "the Greens", "ORGANIZATION", ["Greens"], "Green Party, part of the Trojkoalice")],
    mentions=[("m1", "Mayors of city districts Prague 1 to 22", "mayors"),
              ("m2", "Mayor Adriana Krnáčová (ANO)", "krnacova"),
              ("m3", ("They", "They claim"), "mayors"),
              ("m4", "Jiří Houdek, spokesman for Prague 9", "houdek"),
              ("m5", ("the mayors", "meeting of the mayors"), "mayors"),
              ("m6", ("The mayor", "The mayor rejected"), "krnacova"),
              ("m7", ("the mayor", "presented by the mayor"), "krnacova"),
              ("m8", "the deputy mayor of Prague 9 Tomáš Portlík (ODS)", "portlik"),
              ("m9", ("The mayor", "The mayor disagrees"), "krnacova"),
              ("m10", ("the mayors", "meeting with the mayors"), "mayors"),
              ("m11", ("she", "she told"), "krnacova"),
              ("m12", ("she", "she added"), "krnacova"),
              ("m13", "ANO and ČSSD", "anocssd"),
              ("m14", ("the Greens", "composed of the Greens"), "greens"),
              ("m15", ("the Greens", "the Greens additionally"), "greens"),
              ("m16", ("mayors", "Today, mayors"), "mayors")],
    attributions=[("a1", "INDIRECT", "m4", "stated",
                   seg(T, "Mayors of city districts", "problems of the capital city"), None),
                  ("a2", "INDIRECT", "m1", "criticize",
                   "the new proposal for Prague's building regulations submitted by Mayor Adriana Krnáčová (ANO)", "a1"),
                  ("a3", "INDIRECT", "m3", ("claim", "They claim"),
                   "it does not incorporate their comments and does not address the problems of the capital city", "a1"),
                  ("a4", "INDIRECT", "m6", "rejected", "the criticism", None),
                  ("a5", "DIRECT", "m8", ("said", "said the deputy"),
                   seg(T, "The mayor's counterproposal, for example", "city districts in Prague,"), None),
                  ("a6", "DIRECT", "m11", "told",
                   seg(T, "On Monday, I called a meeting", "standard opposition resistance,"), None),
                  ("a7", "DIRECT", "m12", "added",
                   "Increasing building density is a common trend in Western metropolises; after all, we don't want Prague to have only gaps and brownfields,", None),
                  ("a8", "INDIRECT", "m13", "called on",
                   "the Trojkoalice, composed of the Greens, STAN, and KDU-ČSL, to dismiss Stropnický", None),
                  ("a9", "INDIRECT", "m15", ("demand", "additionally demand"),
                   "the Prague building regulations be returned to his authority", None),
                  ("a10", "INDIRECT", "m16", "repeated their demand",
                   "an increase in the current value of the minimum contribution per inhabitant", None)])

# ---------------------------------------------------------------------------------------
# Milenio Stadium (a Toronto weekly) carries a Canadian Press story; no date is given on the stored
# page. The copy breaks off inside the paragraph after the cross-head "GM didn’t expect ‘backlash’
# from Canadians" ("That means it is exploring all"), so the text is cut before the cross-head.
# Notes:
# - Headline "Unifor ‘disgusted’ with government silence ...": a quoted state with no reporting verb
#   (FORMAT.md: states with no reported content, scare quotes with no frame) is not annotated.
# - "Dias says he is appalled with ...": his own attitude is the content (seed a20).
# - The second paragraph of quotation opens a new quotation after a closed one: a continuation of
#   Dias with a null cue. "not to cower ... and say somehow it’s inevitable" is a hypothetical inside
#   the quote (not annotated).
# - "GM made it clear at the meeting that ...": "made it clear" is the cue, "at the meeting" an adjunct.
# - "The automaker rejected union proposals to keep the plant open past 2019": rejecting a proposal is
#   a decision (an action, not annotated); the noun cue "proposals" carries a claim whose claimant is
#   named only as a modifier ("union"), so its source is null.
# - "there was a clear acknowledgement that ..." (twice, inside Dias's quotes): noun cues with no
#   named claimant, nested in the quotes with a null source.
doc("mileniostadium-unifor-disgusted-oshawa-plant-closure",
    url="https://mileniostadium.com/local/gta/unifor-disgusted-with-government-silence-on-oshawa-plant-closure/",
    outlet="Milenio Stadium", country="Canada", topic="business", cut=True,
    text=(T := "Unifor ‘disgusted’ with government silence on Oshawa plant closure\n"
          "Unifor national president Jerry Dias says he is appalled with the silence of the federal and provincial governments on the impending closure of the General Motors assembly plant in Oshawa at the end of this year.\n"
          "“Our governments need to stand up and fight. I’m frankly disgusted by the silence of our governments,” Dias told reporters in Windsor, Ont. on Tuesday.\n"
          "“People need government when they are in trouble. Well, our backs are against the wall and we expect our governments to work with us and fight with us, not to cower in the background and say somehow it’s inevitable.”\n"
          "His comments came after he met with representatives of GM at the automaker’s headquarters in Detroit on Tuesday afternoon to discuss the fate of the assembly plant.\n"
          "GM made it clear at the meeting that it is proceeding with the closure. The automaker rejected union proposals to keep the plant open past 2019. The plant, about 60 kilometres east of Toronto, employs more than 2,500 hourly workers.\n"
          "“I am deeply disappointed at the response from the corporation,” Dias said. “What is equally as disappointing is there was a clear acknowledgement that a solution could be found.”\n"
          "Dias said the fight to keep the Oshawa plant open is not over.\n"
          "“We are not accepting the closure of our Oshawa facilities under any circumstance,” Dias said.\n"
          "“There was also an acknowledgement that the running of the existing programs, frankly, wouldn’t hurt General Motors’ bottom line. It may not be profitable, but it certainly wouldn’t cause them any sort of deep economic harm. So the choice today was about whether or not we found a solution in the short term to buy us time for a much longer term solution.”"),
    entities=[("dias", "Jerry Dias", "PERSON", ["Dias", "Unifor national president Jerry Dias"], "national president of Unifor"),
              ("gm", "General Motors", "ORGANIZATION", ["GM", "The automaker", "the corporation"], "US carmaker")],
    mentions=[("m1", "Unifor national president Jerry Dias", "dias"),
              ("m2", ("Dias", "Dias told"), "dias"),
              ("m3", ("GM", "GM made"), "gm"),
              ("m4", "The automaker", "gm"),
              ("m5", "the corporation", "gm"),
              ("m6", ("Dias", "Dias said. “What"), "dias"),
              ("m7", ("Dias", "Dias said the fight"), "dias"),
              ("m8", ("Dias", "circumstance,” Dias"), "dias")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "Dias says"),
                   seg(T, "he is appalled with the silence", "at the end of this year"), None),
                  ("a2", "DIRECT", "m2", "told",
                   "Our governments need to stand up and fight. I’m frankly disgusted by the silence of our governments,", None),
                  ("a3", "DIRECT", "m2", None,
                   seg(T, "People need government when", "somehow it’s inevitable."), None),
                  ("a4", "INDIRECT", "m3", "made it clear", "it is proceeding with the closure", None),
                  ("a5", "INDIRECT", None, "proposals", "to keep the plant open past 2019", None),
                  ("a6", "DIRECT", "m6", ("said", "Dias said. “What"),
                   "I am deeply disappointed at the response from the corporation,", None),
                  ("a7", "DIRECT", "m6", None,
                   "What is equally as disappointing is there was a clear acknowledgement that a solution could be found.", None),
                  ("a8", "INDIRECT", None, ("acknowledgement", "a clear acknowledgement"), "a solution could be found", "a7"),
                  ("a9", "INDIRECT", "m7", ("said", "Dias said the fight"),
                   "the fight to keep the Oshawa plant open is not over", None),
                  ("a10", "DIRECT", "m8", ("said", "circumstance,” Dias said"),
                   "We are not accepting the closure of our Oshawa facilities under any circumstance,", None),
                  ("a11", "DIRECT", "m8", None,
                   seg(T, "There was also an acknowledgement", "a much longer term solution."), None),
                  ("a12", "INDIRECT", None, ("acknowledgement", "also an acknowledgement"),
                   "the running of the existing programs, frankly, wouldn’t hurt General Motors’ bottom line", "a11")])

# ---------------------------------------------------------------------------------------
# This is Money's wire copy of an Associated Press story. Two photo captions after the last
# paragraph are removed (the copy breaks off in the second); the story itself is whole. No date is
# given on the stored page.
# Notes:
# - "criticizes agency over deforestation report" / "criticized a state agency that monitors the
#   Amazon": evaluative reporting with its object as content; the reason ("over ...") stays, as
#   "criticized the opposition leader for ..." keeps it (make_train_a.py).
# - "saying Sunday that its latest report ... amid what he says is an "environmental psychosis" ...":
#   the report's claim is MIXED, and "what he says is ..." inside it is nested (content "is ...", as
#   "what the doctors say was ..." in make_test17_b.py).
# - "Bolsonaro said the agency should coordinate ... with higher officials in the administration,
#   which supports loosening regulations ...": the relative clause is the reporter's description of
#   the administration, so the content ends before it.
# - "His government has drawn criticism from environmentalists" is excluded (FORMAT.md: "came under
#   fire from"); "Brazilian Cabinet ministers have recently back at the critics" (a word is missing
#   in the copy) has no content.
# - "Norway and Germany have raised the possibility of cancelling the Amazon Fund, which ...": one
#   GROUP; the cue keeps its fixed object; the relative clause describing the fund is left out.
# - "questioned the reliability of the agency's data and said he felt ...": two claims of "he"; the
#   second keeps his own attitude ("he felt") in its content (seed a20).
doc("thisismoney-bolsonaro-criticizes-inpe-deforestation-report",
    url="https://www.thisismoney.co.uk/wires/ap/article-7270601/Brazil-leader-criticizes-agency-deforestation-report.html",
    outlet="This is Money", country="UK", topic="environment", cut=False,
    text=(T := "Brazil leader criticizes agency over deforestation report\n"
          "RIO DE JANEIRO (AP) - Brazilian President Jair Bolsonaro again criticized a state agency that monitors the Amazon, saying Sunday that its latest report on increased deforestation damages Brazil's reputation amid what he says is an \"environmental psychosis\" overseas about environmental protection in South America's biggest nation.\n"
          "The INPE agency says preliminary satellite data indicate more than 1,000 square kilometers (386 square miles) of forest were lost during the first half of July, an increase of 68% from the loss in the same period last year.\n"
          "Bolsonaro said the agency should coordinate such reports with higher officials in the administration, which supports loosening regulations on use of the Amazon. \"But to publish them in one simple way, as it was done, leaves Brazil in a complicated situation,\" the far-right president told the G1 news site.\n"
          "His government has drawn criticism from environmentalists, and Norway and Germany have raised the possibility of cancelling the Amazon Fund, which was created in 2008 to raise donations to help Brazil fight deforestation in the Amazon.\n"
          "Brazilian Cabinet ministers have recently back at the critics, and in a recent exchange with a foreign journalist Bolsonaro said: \"The Amazon is Brazil's not yours. You destroyed your ecosystems, and only are claiming from us.\"\n"
          "The president's comments Sunday about INPE came two days after he questioned the reliability of the agency's data and said he felt the body was working \"at the service of some non-governmental organization\" and not for Brazil."),
    entities=[("bolsonaro", "Jair Bolsonaro", "PERSON",
               ["Bolsonaro", "Brazilian President Jair Bolsonaro", "Brazil leader", "the far-right president", "The president"],
               "President of Brazil"),
              ("inpe", "INPE", "ORGANIZATION", ["The INPE agency", "a state agency", "the agency", "agency", "the body"],
               "Brazil's National Institute for Space Research, which monitors the Amazon"),
              ("norwaygermany", "Norway and Germany", "GROUP", [], "donor countries of the Amazon Fund")],
    mentions=[("m1", "Brazil leader", "bolsonaro"),
              ("m2", ("agency", "criticizes agency"), "inpe"),
              ("m3", "Brazilian President Jair Bolsonaro", "bolsonaro"),
              ("m4", "a state agency", "inpe"),
              ("m5", ("he", "what he says"), "bolsonaro"),
              ("m6", "The INPE agency", "inpe"),
              ("m7", ("Bolsonaro", "Bolsonaro said the agency"), "bolsonaro"),
              ("m8", ("the agency", "the agency should"), "inpe"),
              ("m9", "the far-right president", "bolsonaro"),
              ("m10", "Norway and Germany", "norwaygermany"),
              ("m11", ("Bolsonaro", "Bolsonaro said:"), "bolsonaro"),
              ("m12", ("INPE", "about INPE"), "inpe"),
              ("m13", ("he", "he questioned"), "bolsonaro"),
              ("m14", "the body", "inpe")],
    attributions=[("a1", "INDIRECT", "m1", "criticizes", "agency over deforestation report", None),
                  ("a2", "INDIRECT", "m3", "criticized", "a state agency that monitors the Amazon", None),
                  ("a3", "MIXED", "m3", "saying",
                   seg(T, "its latest report on increased deforestation", "South America's biggest nation"), None),
                  ("a4", "MIXED", "m5", ("says", "he says is"),
                   seg(T, "is an \"environmental psychosis\"", "South America's biggest nation"), "a3"),
                  ("a5", "INDIRECT", "m6", ("says", "agency says"),
                   seg(T, "preliminary satellite data indicate", "the same period last year"), None),
                  ("a6", "INDIRECT", "m7", ("said", "Bolsonaro said the agency"),
                   "the agency should coordinate such reports with higher officials in the administration", None),
                  ("a7", "DIRECT", "m9", "told",
                   "But to publish them in one simple way, as it was done, leaves Brazil in a complicated situation,", None),
                  ("a8", "INDIRECT", "m10", "raised the possibility", "cancelling the Amazon Fund", None),
                  ("a9", "DIRECT", "m11", ("said", "Bolsonaro said:"),
                   "The Amazon is Brazil's not yours. You destroyed your ecosystems, and only are claiming from us.", None),
                  ("a10", "INDIRECT", "m13", "questioned", "the reliability of the agency's data", None),
                  ("a11", "MIXED", "m13", ("said", "and said he felt"),
                   seg(T, "he felt the body was working", "and not for Brazil"), None)])

# ---------------------------------------------------------------------------------------
# The Oregonian/OregonLive. The stored page's "Don't Edit" lines and the byline ("By Bob Lundeberg |
# For The Oregonian/OregonLive") are removed. The copy breaks off inside the paragraph after the
# last quotation ("... quarterfinals Wednesday and two"), so the text is cut before it. The page
# gives no full date (its address has 2020/03).
# Notes:
# - Headline "Coaches react to cancellation ...: ‘I feel dazed, sucker-punched’": the frame before
#   the colon names the speakers and has a verb, so "Coaches" is the source and "react" the cue (as
#   "Flood Season: Council Promises ..." takes the verb in the frame); the quote is DIRECT. The
#   coaches are a GROUP; Bokn, one of them, is a separate entity (a subset).
# - "“Then the phone rang ...”" opens a new quotation with no reporting clause after Bokn's: a
#   continuation with a null cue; "I had to say to everyone that the tournament was over" is speech
#   nested in it (the addressee is left out).
# - "the OSAA decided ... to cancel" is a decision (an action, not annotated).
doc("oregonlive-coaches-react-basketball-state-tournaments-cancelled",
    url="https://www.oregonlive.com/sports/j66j-2020/03/eb67a33aa88288/coaches-react-to-cancellation-of-high-school-basketball-state-tournaments-i-feel-dazed-suckerpunched.html",
    outlet="The Oregonian/OregonLive", country="US", topic="sport", cut=True,
    text=(T := "Coaches react to cancellation of high school basketball state tournaments: ‘I feel dazed, sucker-punched’\n"
          "The Churchill boys basketball team had just completed its morning walkthrough in preparation for Thursday night's Class 5A state tournament semifinal clash with Wilsonville, a highly-anticipated rematch of the 2019 title game.\n"
          "“Everyone was feeling good and confident about the game plan and what we were going to try to accomplish,” Lancers coach Kelly Bokn said. Senior-heavy Churchill was eager to avenge last year’s 67-58 loss and receive another shot at winning the program’s first state championship since 2001.\n"
          "“Then the phone rang, I got the news, and I had to say to everyone that the tournament was over. It was a pretty big up and down right there.”\n"
          "Because of the global COVID-19 pandemic, the OSAA decided Thursday morning to cancel the remainder of the winter sports season. The Class 6A, 5A and 4A basketball tournaments and next week's dance and drill state championships are off with further updates to come on spring sports.\n"
          "The state began crowning boys basketball champions in 1919 and girls in 1976. The 2019-20 season will be the first without true closure.\n"
          "“I feel like I just got a concussion,” Bokn said. “I feel dazed, sucker-punched. I feel bad for the kids and just bad for everyone involved. We were unable to go out and finish the tournament, and I think all the remaining teams probably feel the same way.”"),
    entities=[("coaches", "Coaches", "GROUP", [], "high school basketball coaches in Oregon"),
              ("bokn", "Kelly Bokn", "PERSON", ["Bokn", "Lancers coach Kelly Bokn"], "coach of the Churchill Lancers boys basketball team")],
    mentions=[("m1", "Coaches", "coaches"),
              ("m2", "Lancers coach Kelly Bokn", "bokn"),
              ("m3", ("I", "I had to say"), "bokn"),
              ("m4", ("Bokn", "Bokn said. “I feel dazed"), "bokn")],
    attributions=[("a1", "DIRECT", "m1", "react", ("I feel dazed, sucker-punched", "‘I feel dazed"), None),
                  ("a2", "DIRECT", "m2", ("said", "Bokn said. Senior"),
                   "Everyone was feeling good and confident about the game plan and what we were going to try to accomplish,", None),
                  ("a3", "DIRECT", "m2", None,
                   "Then the phone rang, I got the news, and I had to say to everyone that the tournament was over. It was a pretty big up and down right there.", None),
                  ("a4", "INDIRECT", "m3", ("say", "I had to say"), "the tournament was over", "a3"),
                  ("a5", "DIRECT", "m4", ("said", "Bokn said. “I feel dazed"), "I feel like I just got a concussion,", None),
                  ("a6", "DIRECT", "m4", None,
                   seg(T, "I feel dazed, sucker-punched. I feel bad", "feel the same way."), None)])

write("test18_a.jsonl")
