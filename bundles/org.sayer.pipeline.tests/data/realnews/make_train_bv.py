#!/usr/bin/env python3
"""Writes train_bv.jsonl: real-news gold, split train-bv (see gold.py). Run: python3 make_train_bv.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Rotherham Advertiser (UK). The "Hide Ad" lines between paragraphs are ad slots (removed). The
# stored copy breaks off inside the last paragraph ("“It is not fair t"), so the text is cut before
# it; the resident's quotation that runs over its last four paragraphs is then left without its
# closing mark, and marks as printed it runs to the end of the text (one DIRECT attribution).
# Notes:
# - "condemnation of their inability to raise concerns" (lead) and "was quick to strike down
#   objections" are evaluations / acts with no reported content (FORMAT.md, Excluded), and
#   "attending residents were furious that ..." is a state, not speech ("was unhappy with").
#   Inside that sentence, "to be told they would have to ..." is an agentless passive report (null
#   source, "staff were told to stay home"), and so is "being told they could not do so".
# - "voiced their concern of the lack of public participation": a fixed-object cue like "voiced
#   the hope"; the linking "of" is left out of the content.
# - "insisting that “...”": the whole content lies inside one quotation, so DIRECT (FORMAT.md,
#   `demanded "measures that …"`).
# - "one resident said" (who walked out) and "One resident complained ... She added" are read as two
#   residents: the text introduces the second one afresh. Each is its own entity, a subset of the
#   members of the public (FORMAT.md, Coreference), named apart so the speaker rule can tell them.
# - "Residents want to find out what you are going to do" inside the quotation is a desire with no
#   reported proposition, not a nested claim.
doc("rotherhamadvertiser-maltby-town-council-meeting-walkouts",
    url="http://www.rotherhamadvertiser.co.uk/news/politics/council/getting-in-a-tizz-at-the-town-council-4318456",
    outlet="Rotherham Advertiser", country="UK", topic="local", cut=True,
    text=(T := "Getting in a tizz at the town council\n"
          "A HEATED town council meeting saw walk-outs from residents and condemnation of their inability to raise concerns at a public hearing.\n"
          "From the start of the meeting at the Edward Dunn Memorial Hall last Thursday, over 20 members of the public voiced their concern of the lack of public participation.\n"
          "Cllr Chris McMahon, chairperson for Maltby Town Council, was quick to strike down objections, insisting that “nothing other than items on the agenda will be discussed”.\n"
          "But attending residents were furious that they could not raise issues at the meeting and to be told they would have to contact councillors directly.\n"
          "This became a common theme of the night with residents wishing to ask questions but being told they could not do so.\n"
          "Before walking out of the meeting, one resident said: “We want to bring issues forward that we have in the community.\n"
          "“Residents want to find out what you are going to do about these issues and we want you to listen to us.\n"
          "“Unfortunately, we do not have the privilege of sitting where you are to discuss such important issues.\n"
          "“Historically, we have been able to come forward at these meetings and raise issues with the full council but we cannot do this anymore.\n"
          "“We are not getting the answers we deserve.”\n"
          "There was supposed to be 30 minutes allocated for public participation, but only ten minutes was allowed, while over 25 minutes was taken to discuss a particular wording used at the previous meeting on August 4.\n"
          "One resident complained about such a long period of time being “wasted discussing points which had no clear relevance to the meeting”.\n"
          "She added: “Who decides items that are placed on the agenda?\n"
          "“I have no idea who to contact about issues.\n"
          "“This is a clear waste of time when we should be discussing residents’ concerns that impact us.\n"
          "“Couldn’t you have done this at a different time?"),
    entities=[("public", "over 20 members of the public", "GROUP",
               ["members of the public", "attending residents", "residents"], "members of the public at the meeting"),
              ("mcmahon", "Chris McMahon", "PERSON",
               ["McMahon", "Cllr Chris McMahon", "Cllr Chris McMahon, chairperson for Maltby Town Council"],
               "chairperson of Maltby Town Council"),
              ("resident1", "the resident who walked out", "PERSON", [], "a resident who spoke before walking out"),
              ("resident2", "the resident who complained", "PERSON", [], "a resident who complained about wasted time")],
    mentions=[("m1", ("residents", "walk-outs from residents"), "public"),
              ("m2", "over 20 members of the public", "public"),
              ("m3", "Cllr Chris McMahon, chairperson for Maltby Town Council", "mcmahon"),
              ("m4", "attending residents", "public"),
              ("m5", ("residents", "with residents wishing"), "public"),
              ("m6", "one resident", "resident1"),
              ("m7", ("Residents", "Residents want"), "public"),
              ("m8", "One resident", "resident2"),
              ("m9", ("She", "She added"), "resident2")],
    attributions=[("a1", "INDIRECT", "m2", "voiced their concern", "the lack of public participation", None),
                  ("a2", "DIRECT", "m3", "insisting", "nothing other than items on the agenda will be discussed", None),
                  ("a3", "INDIRECT", None, ("told", "to be told"), "they would have to contact councillors directly", None),
                  ("a4", "INDIRECT", None, ("told", "being told"), "they could not do so", None),
                  ("a5", "DIRECT", "m6", ("said", "resident said"),
                   seg(T, "We want to bring issues", "the answers we deserve."), None),
                  ("a6", "MIXED", "m8", "complained",
                   "such a long period of time being “wasted discussing points which had no clear relevance to the meeting”", None),
                  ("a7", "DIRECT", "m9", ("added", "She added"), seg(T, "Who decides items", "at a different time?"), None)])

# ---------------------------------------------------------------------------------------
# CJME (Canada, Regina; Canadian Press copy). The stored page has no headline: the text starts
# with the lead and its dateline ("OTTAWA —", not an attribution). The stored copy breaks off inside
# the next paragraph ("... a working group that includes offi"), so the text is cut before it.
# The page gives no date. Notes:
# - "A spokesman for federal Agriculture Minister Marie-Claude Bibeau" (lead) is the spokesman named
#   in the third paragraph, "Bibeau’s spokesman Oliver Anderson": one entity (FORMAT.md, a role
#   description resolves to the person the text identifies). Bibeau's name inside these source
#   mentions is not marked (FORMAT.md, Mentions).
# - "Speaking to a parliamentary committee Tuesday, Bibeau told lawmakers she had been informed that
#   X": the adjunct and the addressee are left out; "had been informed that X" is an agentless
#   passive report nested in her claim (null source, like "investors were told").
# - "the third firm — which asked the government not to be identified": "asked not to be named" is
#   an act (FORMAT.md, Excluded).
# - "China’s moves ... are widely seen as retaliation for ...": an agentless belief with a raised
#   subject, annotated like "was expected to" (null source, cue "seen" without the hedge "widely",
#   the raised subject left out).
# - "Bibeau sent a letter ... with a request to send a delegation ...": a noun cue whose claimant is
#   named in its sentence; the linking "to" is left out as in FORMAT.md's `renewed its pledge to X`
#   → X. Sending the letter is an act (medium).
doc("cjme-bibeau-spokesman-canola-noncompliance-notice",
    url="https://cjme.com/?p=503584",
    outlet="CJME", country="Canada", topic="business", cut=True,
    text=(T := "OTTAWA — A spokesman for federal Agriculture Minister Marie-Claude Bibeau says China’s move to issue a non-compliance complaint against a third Canadian canola-seed exporter was not a recent escalation of an ongoing trade dispute because the notice was delivered in January.\n"
          "Speaking to a parliamentary committee Tuesday, Bibeau told lawmakers she had been informed that a third Canadian canola company had received a non-compliance notification from China over quality concerns with its product.\n"
          "Hours later, Bibeau’s spokesman Oliver Anderson said it’s important to add that the non-compliance notice against the third firm — which asked the government not to be identified — should not be viewed as a new intensification of the countries’ feud.\n"
          "Chinese authorities also issued non-compliance notices to major Canadian canola-seed exporters Richardson International Ltd. and Viterra Inc. in January — and in early March it suspended both companies’ licences to sell canola seed in China.\n"
          "Bibeau said Tuesday that the third company’s licence had not been revoked.\n"
          "China’s moves in recent weeks to block Canada’s key canola-seed shipments are widely seen as retaliation for the December arrest of senior Huawei executive Meng Wanzhou in Vancouver at the behest of the United States.\n"
          "“In January, three Canadian companies received notices of non-compliance regarding shipments of canola seed from Canada to China,” Bibeau said in a statement Wednesday. “In March, China suspended the registration of two of the companies. They have not suspended the registration of the third company.”\n"
          "Bibeau also said Canadian and Chinese officials are continuing to discuss the matter.\n"
          "The Liberal government has insisted it wants to find a scientific solution to the dispute and Bibeau sent a letter to her Chinese counterpart with a request to send a delegation of experts to China to examine the issue."),
    entities=[("anderson", "Oliver Anderson", "PERSON", ["Anderson", "spokesman Oliver Anderson"],
               "spokesman for Agriculture Minister Marie-Claude Bibeau"),
              ("bibeau", "Marie-Claude Bibeau", "PERSON",
               ["Bibeau", "federal Agriculture Minister Marie-Claude Bibeau", "Agriculture Minister Marie-Claude Bibeau"],
               "Canada's federal Agriculture Minister"),
              ("govt", "The Liberal government", "ORGANIZATION", ["Liberal government"], "Canada's federal government")],
    mentions=[("m1", "A spokesman for federal Agriculture Minister Marie-Claude Bibeau", "anderson"),
              ("m2", ("Bibeau", "Bibeau told"), "bibeau"),
              ("m3", "Bibeau’s spokesman Oliver Anderson", "anderson"),
              ("m4", ("Bibeau", "Bibeau said Tuesday"), "bibeau"),
              ("m5", ("Bibeau", "Bibeau said in a statement"), "bibeau"),
              ("m6", ("Bibeau", "Bibeau also said"), "bibeau"),
              ("m7", "The Liberal government", "govt"),
              ("m8", ("Bibeau", "Bibeau sent"), "bibeau")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "Bibeau says"),
                   seg(T, "China’s move to issue", "delivered in January"), None),
                  ("a2", "INDIRECT", "m2", ("told", "Bibeau told"),
                   seg(T, "she had been informed", "concerns with its product"), None),
                  ("a3", "INDIRECT", None, "informed",
                   seg(T, "a third Canadian canola company had received", "concerns with its product"), "a2"),
                  ("a4", "INDIRECT", "m3", ("said", "Anderson said"),
                   seg(T, "it’s important to add", "of the countries’ feud"), None),
                  ("a5", "INDIRECT", "m4", ("said", "Bibeau said Tuesday"), "the third company’s licence had not been revoked", None),
                  ("a6", "INDIRECT", None, ("seen", "widely seen"),
                   seg(T, "as retaliation for the December", "behest of the United States"), None),
                  ("a7", "DIRECT", "m5", ("said", "Bibeau said in a statement"),
                   seg(T, "In January, three Canadian companies", "from Canada to China,"), None),
                  ("a8", "DIRECT", "m5", None, seg(T, "In March, China suspended", "of the third company."), None),
                  ("a9", "INDIRECT", "m6", ("said", "Bibeau also said"),
                   "Canadian and Chinese officials are continuing to discuss the matter", None),
                  ("a10", "INDIRECT", "m7", "insisted", "it wants to find a scientific solution to the dispute", None),
                  ("a11", "INDIRECT", "m8", "request", "send a delegation of experts to China to examine the issue", None)])

# ---------------------------------------------------------------------------------------
# WBBJ 7 Eyewitness News (US, Jackson, Tennessee). The stored page is whole; the dateline
# ("GIBSON COUNTY, Tenn. —") is kept and is not an attribution. The page's address gives the date.
# Notes:
# - "This time, according to court documents, he is charged ..., accused of strangling ...": the
#   sentence-initial "This time" is left out as a connective; the documents are their own entity
#   (FORMAT.md, Documents). "accused of X" is an agentless accusation nested in that claim (null
#   source, like "allegations of X"); "the alleged victim" is a hedge (not annotated).
# - "all of the witnesses deny that it happened", inside Dempsey's quotation: nested speech of
#   others (FORMAT.md, Included).
# - "at the request of District Attorney General Garry Brown": a request with no content.
# - "We asked if the new charge will affect that deal": a question reported of a named speaker
#   (FORMAT.md, Included); "We" is the station, also named in "Dempsey spoke to WBBJ 7 Eyewitness
#   News" (there an addressee, not a source).
# - The grand jury's indictment, the plea and the sentence are acts (FORMAT.md, Excluded).
doc("wbbjtv-former-gibson-sheriff-arnold-not-guilty-plea",
    url="https://www.wbbjtv.com/2017/03/08/former-gibson-co-sheriff-plead-not-guilty-strangling-teen",
    outlet="WBBJ 7 Eyewitness News", country="US", topic="courts-crime", cut=False, published="2017-03-08",
    text=(T := "Former Gibson Co. sheriff to plead not guilty to strangling teen\n"
          "GIBSON COUNTY, Tenn. — Former Gibson County sheriff Chuck Arnold is in trouble with the law again.\n"
          "This time, according to court documents, he is charged with aggravated assault, accused of strangling a then 16-year-old in October 2016.\n"
          "“The sheriff will enter a not-guilty plea, and he looks forward to having this acquitted,” Ben Dempsey, Arnold’s attorney, said.\n"
          "Dempsey spoke to WBBJ 7 Eyewitness News Wednesday by phone. He says the alleged victim is a family member.\n"
          "“We interviewed the witnesses, and all of the witnesses deny that it happened,” Dempsey said.\n"
          "Tennessee Bureau of Investigation spokesperson Josh DeVine says they launched the investigation Oct. 19 at the request of District Attorney General Garry Brown. The grand jury returned an indictment Monday, nearly five months later.\n"
          "“Investigations can take some time,” DeVine said. “Obviously you want to collect evidence. You want to conduct interviews. You want to piece together all of the details.”\n"
          "The TBI says Arnold was booked into the Gibson County Jail Tuesday on a $10,000 bond. The jail says he bonded out the same day.\n"
          "In October 2016, Arnold pleaded guilty as part of a deal with the state to 23 counts. He was originally indicted on 113 counts involving theft, drugs and fraud for incidents during his tenure as sheriff.\n"
          "The deal allowed him to avoid prison time. He was sentenced to 10 years of probation and ordered to pay restitution.\n"
          "We asked if the new charge will affect that deal.\n"
          "“It predates it, so it has no bearing whatsoever,” Dempsey said.\n"
          "The TBI says the alleged victim is OK.\n"
          "The clerk’s office says Arnold’s next court date is set for 11 a.m. Friday."),
    entities=[("documents", "court documents", "GROUP", [], "court documents in the case"),
              ("dempsey", "Ben Dempsey", "PERSON", ["Dempsey", "Ben Dempsey, Arnold’s attorney"], "attorney of Chuck Arnold"),
              ("witnesses", "all of the witnesses", "GROUP", ["the witnesses", "witnesses"], "witnesses interviewed by the defence"),
              ("devine", "Josh DeVine", "PERSON", ["DeVine", "Tennessee Bureau of Investigation spokesperson Josh DeVine"],
               "spokesperson of the Tennessee Bureau of Investigation"),
              ("tbi", "The TBI", "ORGANIZATION", ["TBI", "Tennessee Bureau of Investigation"], "Tennessee Bureau of Investigation"),
              ("jail", "The jail", "ORGANIZATION", ["Gibson County Jail", "the Gibson County Jail"], "Gibson County Jail"),
              ("station", "WBBJ 7 Eyewitness News", "ORGANIZATION", ["WBBJ", "We"], "the reporting station"),
              ("clerk", "The clerk’s office", "ORGANIZATION", ["clerk’s office"], "the court clerk's office")],
    mentions=[("m1", "court documents", "documents"),
              ("m2", "Ben Dempsey, Arnold’s attorney", "dempsey"),
              ("m3", ("Dempsey", "Dempsey spoke"), "dempsey"),
              ("m4", "WBBJ 7 Eyewitness News", "station"),
              ("m5", ("He", "He says"), "dempsey"),
              ("m6", ("the witnesses", "interviewed the witnesses"), "witnesses"),
              ("m7", "all of the witnesses", "witnesses"),
              ("m8", ("Dempsey", "happened,” Dempsey said"), "dempsey"),
              ("m9", "Tennessee Bureau of Investigation spokesperson Josh DeVine", "devine"),
              ("m10", ("DeVine", "DeVine said"), "devine"),
              ("m11", ("The TBI", "The TBI says Arnold"), "tbi"),
              ("m12", "Gibson County Jail", "jail"),
              ("m13", ("The jail", "The jail says"), "jail"),
              ("m14", ("We", "We asked"), "station"),
              ("m15", ("Dempsey", "whatsoever,” Dempsey said"), "dempsey"),
              ("m16", ("The TBI", "The TBI says the alleged"), "tbi"),
              ("m17", "The clerk’s office", "clerk")],
    attributions=[("a1", "INDIRECT", "m1", "according to",
                   "he is charged with aggravated assault, accused of strangling a then 16-year-old in October 2016", None),
                  ("a2", "INDIRECT", None, "accused", "strangling a then 16-year-old in October 2016", "a1"),
                  ("a3", "DIRECT", "m2", ("said", "attorney, said"),
                   "The sheriff will enter a not-guilty plea, and he looks forward to having this acquitted,", None),
                  ("a4", "INDIRECT", "m5", ("says", "He says"), "the alleged victim is a family member", None),
                  ("a5", "DIRECT", "m8", ("said", "happened,” Dempsey said"),
                   "We interviewed the witnesses, and all of the witnesses deny that it happened,", None),
                  ("a6", "INDIRECT", "m7", "deny", "it happened", "a5"),
                  ("a7", "INDIRECT", "m9", ("says", "DeVine says"),
                   "they launched the investigation Oct. 19 at the request of District Attorney General Garry Brown", None),
                  ("a8", "DIRECT", "m10", ("said", "DeVine said"), "Investigations can take some time,", None),
                  ("a9", "DIRECT", "m10", None, seg(T, "Obviously you want", "all of the details."), None),
                  ("a10", "INDIRECT", "m11", ("says", "The TBI says Arnold"),
                   "Arnold was booked into the Gibson County Jail Tuesday on a $10,000 bond", None),
                  ("a11", "INDIRECT", "m13", ("says", "The jail says"), "he bonded out the same day", None),
                  ("a12", "INDIRECT", "m14", ("asked", "We asked"), "if the new charge will affect that deal", None),
                  ("a13", "DIRECT", "m15", ("said", "whatsoever,” Dempsey said"), "It predates it, so it has no bearing whatsoever,", None),
                  ("a14", "INDIRECT", "m16", ("says", "The TBI says the alleged"), "the alleged victim is OK", None),
                  ("a15", "INDIRECT", "m17", ("says", "office says"), "Arnold’s next court date is set for 11 a.m. Friday", None)])

# ---------------------------------------------------------------------------------------
# Fife Today (UK, Scotland). Three ad slots ("Advertisement Hide Ad ...") are removed; they ran
# into the reopening marks of the following paragraphs. The stored copy breaks off inside the last
# paragraph ("... to equalise Owen Andrew’s"), so the text is cut before it. The page gives no date.
# The quotation opens with a curly mark, reopens its paragraphs with straight marks and closes with
# a curly one; as printed, it is one quotation from "The ball’s been put" to "under pressure."
# Notes:
# - "Referee Ross Donaldson adjudged that X": a referee's verdict with a content, read like a
#   panel's "determined that" (FORMAT.md, Included); "leading to ..." is narration, left out.
# - "Wright told the Herald and Citizen": the paper is the addressee (not a source).
# - Inside the quotation, "I was like: ‘b….y hell’" (a quotative "like" reporting his own words)
#   and "they said: ‘Never a penalty’" (the Glenrothes supporters) are nested DIRECT claims.
doc("fifetoday-st-andrews-united-wright-penalty-water-bottle",
    url="https://www.fifetoday.co.uk/sport/football/st-andrews-united-boss-garry-wright-boots-water-bottle-in-fury-at-late-penalty-call-4778559",
    outlet="Fife Today", country="UK", topic="sport", cut=True,
    text=(T := "St Andrews United boss Garry Wright boots water bottle in fury at late penalty call\n"
          "Referee Ross Donaldson adjudged that United defender Tom Milne had fouled a Glens attacker in the 91st minute, leading to Cammy Muirhead shooting past Logan Halliday from 12 yards to send Saints spinning to defeat in this East of Scotland Football League Premier Division encounter.\n"
          "“I just basically didn’t think it was a penalty,” Wright told the Herald and Citizen. “The ball’s been put in our box, the Glenrothes boy’s taken a touch, he’s going away from goal. Tom was quite tight to him, but I don’t think he’s fouled him.\n"
          "\"So I turned away and kicked a water bottle. That’s when the referee’s come over and booked me.\n"
          "\"I think the linesman was in his ear.\n"
          "\"If there had been no water bottle I would have kicked the ground.\n"
          "\"It’s just one of those things where I have kicked the water bottle, not in the direction of anybody, just away out the road.\n"
          "\"I don’t really regret kicking it, because it wasn’t aimed at anybody.\n"
          "\"It was just one of those ones where I was like: ‘b\u2026.y hell’.\n"
          "\"I even spoke to Glenrothes supporters after the game and they said: ‘Never a penalty’.\n"
          "\"I have watched it back and in my eyes it is never a penalty. If I thought I was wrong I would be the first person to admit it.\n"
          "\"I don’t know if I will get in trouble for this, but I looked at the referee (in the video playback) and he’s not even looking at the challenge for the penalty.\n"
          "\"But it wasn’t just that I was raging at. I was also raging at the lead up to the penalty, I was quite angry with how it happened.\n"
          "\"We were in possession of the ball out wide and we lost possession and it put us under pressure.”"),
    entities=[("wright", "Garry Wright", "PERSON", ["Wright", "St Andrews United boss Garry Wright"], "St Andrews United manager"),
              ("donaldson", "Ross Donaldson", "PERSON", ["Donaldson", "Referee Ross Donaldson", "the referee"], "match referee"),
              ("supporters", "Glenrothes supporters", "GROUP", ["supporters"], "supporters of Glenrothes")],
    mentions=[("m1", "St Andrews United boss Garry Wright", "wright"),
              ("m2", "Referee Ross Donaldson", "donaldson"),
              ("m3", ("Wright", "Wright told"), "wright"),
              ("m4", ("the referee", "the referee’s come"), "donaldson"),
              ("m5", ("I", "I was like"), "wright"),
              ("m6", "Glenrothes supporters", "supporters"),
              ("m7", ("they", "they said"), "supporters"),
              ("m8", ("the referee", "looked at the referee"), "donaldson")],
    attributions=[("a1", "INDIRECT", "m2", "adjudged",
                   "United defender Tom Milne had fouled a Glens attacker in the 91st minute", None),
                  ("a2", "DIRECT", "m3", ("told", "Wright told"), "I just basically didn’t think it was a penalty,", None),
                  ("a3", "DIRECT", "m3", None, seg(T, "The ball’s been put", "put us under pressure."), None),
                  ("a4", "DIRECT", "m5", "was like", "b\u2026.y hell", "a3"),
                  ("a5", "DIRECT", "m7", ("said", "they said"), "Never a penalty", "a3")])

# ---------------------------------------------------------------------------------------
# The Bahama Journal (Bahamas; jonesbahamas.com). The stored page has no headline (its address reads
# "barbados-offers-help-caricom-leaders-tour-devastated-islands"), so the text starts with the lead;
# the page is whole and gives no date. Notes:
# - "According to sources close to The Bahama Journal, Prime Minister Mottley offered to accommodate
#   displaced students": the sources are the source (the paper inside their NP is not marked), and
#   Mottley's offer is a speech act (an offer, cf. her own "the offer is there") nested in their claim.
# - "When questioned on the matter she said ...": the question put to her is not annotated
#   (FORMAT.md, Excluded); her answer is MIXED.
# - "Cabinet is expected to discuss ...": an agentless forecast (null source, raised subject out).
# - "It was there, the prime minister confirmed, that ...": an it-cleft split by its reporting clause,
#   taken whole as FORMAT.md takes a split pseudo-cleft. "the prime minister" is Minnis, the subject
#   of the sentence before (the Bahamian host of the meeting).
doc("jonesbahamas-mottley-offers-help-dorian-caricom",
    url="http://jonesbahamas.com/barbados-offers-help-caricom-leaders-tour-devastated-islands",
    outlet="The Bahama Journal", country="Bahamas", topic="politics", cut=False,
    text=(T := "Barbados Prime Minister Mia Mottley yesterday said her government is willing to do whatever it can to assist residents in Grand Bahama and Abaco following Hurricane Dorian’s devastating impact on those islands.\n"
          "“We’re coordinating efforts, but we’re just waiting to see how best we can make that contribution depending on what the needs are,” she said.\n"
          "“The worst thing is to give what is not needed and not give what is needed. So, we need to work closely with the officials here. Once we get the needs assessment, we’ll be in a position to roll.”\n"
          "According to sources close to The Bahama Journal, Prime Minister Mottley offered to accommodate displaced students on those islands.\n"
          "When questioned on the matter she said “the offer is there” for whatever her country can do.\n"
          "Cabinet is expected to discuss those displaced students today.\n"
          "Prime Minister Dr. Hubert Minnis said, “We must ensure that education of the kids in Abaco continue. So, we’ll discuss that tomorrow to ensure that there’s no breaks in their education. That is essential for us.”\n"
          "Dr. Minnis, along with his cabinet colleagues, held a meeting at the National Emergency Management Agency (NEMA) yesterday with a number of CARICOM members, including Prime Minister Mottley, Prime Minister Allen Chastanet of St. Lucia and Chairman and CARICOM Secretary General Irwin Larocque.\n"
          "It was there, the prime minister confirmed, that quite a number of Caribbean countries are offering manpower in an effort to beef up security in Abaco and Grand Bahama.\n"
          "The CARICOM leaders also got an aerial view of the devastation in Abaco and Grand Bahama during their visit."),
    entities=[("mottley", "Mia Mottley", "PERSON", ["Mottley", "Prime Minister Mottley", "Barbados Prime Minister Mia Mottley"],
               "Prime Minister of Barbados"),
              ("sources", "sources close to The Bahama Journal", "GROUP", ["sources"], "unnamed sources of the paper"),
              ("minnis", "Hubert Minnis", "PERSON",
               ["Minnis", "Dr. Minnis", "Prime Minister Dr. Hubert Minnis", "the prime minister"], "Prime Minister of the Bahamas")],
    mentions=[("m1", "Barbados Prime Minister Mia Mottley", "mottley"),
              ("m2", ("she", "she said.\n"), "mottley"),
              ("m3", "sources close to The Bahama Journal", "sources"),
              ("m4", ("Prime Minister Mottley", "Journal, Prime Minister Mottley"), "mottley"),
              ("m5", ("she", "she said “the offer"), "mottley"),
              ("m6", "Prime Minister Dr. Hubert Minnis", "minnis"),
              ("m7", "Dr. Minnis", "minnis"),
              ("m8", ("Prime Minister Mottley", "including Prime Minister Mottley"), "mottley"),
              ("m9", "the prime minister", "minnis")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "yesterday said"),
                   seg(T, "her government is willing", "impact on those islands"), None),
                  ("a2", "DIRECT", "m2", ("said", "she said.\n"), seg(T, "We’re coordinating efforts", "what the needs are,"), None),
                  ("a3", "DIRECT", "m2", None, seg(T, "The worst thing is", "in a position to roll."), None),
                  ("a4", "INDIRECT", "m3", "According to",
                   "Prime Minister Mottley offered to accommodate displaced students on those islands", None),
                  ("a5", "INDIRECT", "m4", "offered", "to accommodate displaced students on those islands", "a4"),
                  ("a6", "MIXED", "m5", ("said", "she said “the offer"), "“the offer is there” for whatever her country can do", None),
                  ("a7", "INDIRECT", None, "expected", "to discuss those displaced students today", None),
                  ("a8", "DIRECT", "m6", ("said", "Minnis said"), seg(T, "We must ensure", "essential for us."), None),
                  ("a9", "INDIRECT", "m9", "confirmed",
                   seg(T, "It was there, the prime minister", "security in Abaco and Grand Bahama"), None)])

# ---------------------------------------------------------------------------------------
# CBS Boston (US; boston.cbslocal.com, WBZ-TV). The stored copy kept here is the one whose page
# keeps the headline (its address ends "?replytocom=723179"; a second stored copy of the bare
# address lacks the headline). Removed: the "Watch CBS News" navigation line and the photo caption
# ("measlessign" / "A Measles warning sign in Keene, NH (WBZ-TV)"); the bullet list is kept, one
# item a line, as make_dev.py keeps bullets. The stored copy breaks off inside the next paragraph
# ("It is unclear where th"), so the text is cut before it. Notes:
# - Headline "DHHS Announces Measles Case": an announcement with a noun-phrase content (FORMAT.md,
#   "announced the launch of X").
# - "Signs posted on doors in Keene, New Hampshire warned parents that ...": the signs are a document
#   of their own; the source is the head "Signs" (the participle is a reduced relative clause), the
#   addressee "parents" is left out.
# - "notified the public of three places the child visited ...": a report with a noun-phrase
#   content (like "announced X"); the addressee and the linking "of" are left out, and so is the
#   adjunct "Over the weekend". The same reading is used for "notified the regulator about ..." in
#   the Bailiwick Express story below.
# - "According to the DHHS, anyone ... should review if ...:" the content ends at the colon; the
#   bullet list that follows is a separate text part.
# - "Mom Madison Hall said X. “...”": the quotation has no reporting clause of its own and continues
#   her (null cue).
doc("cbsboston-keene-nh-parents-measles-case-dhhs",
    url="https://boston.cbslocal.com/2019/05/20/parents-keene-nh-alert-dhhs-measles-case/?replytocom=723179",
    outlet="CBS Boston", country="US", topic="health-science", cut=True, published="2019-05-20",
    text=(T := "Parents In Keene, NH On Alert After DHHS Announces Measles Case\n"
          "KEENE, N.H. (CBS) -- Signs posted on doors in Keene, New Hampshire warned parents that a child has been diagnosed with measles.\n"
          "Over the weekend, the New Hampshire Dept. of Health and Human Services notified the public of three places the child visited while the disease was infectious.\n"
          "\"This was in a child who came down with symptoms comparable with measles virus infection and tested positive on late Friday afternoon,\" said Dr. Benjamin Chan of DHHS. \"One of the reasons that  we are doing a public notification is on the off chance that there were individuals in one of these three areas, on the specific dates, during the specific times, who may not be protected against measles.\"\n"
          "According to the DHHS, anyone who was at the following locations should review if they are properly protected against the disease:\n"
          "• The United Christ of Church on Central Square in Keene on Sunday, May 12, specifically the nursery from 9 a.m. to 1 p.m. and the coffee hour from 11 a.m. to 2 p.m.\n"
          "• The Keene Montessori School infant/toddler room on Railroad Street on Thursday, May 16 from 9 a.m. to 3 p.m.\n"
          "• The Walk-in Clinic at Cheshire Medical Center on Emerald Street in Keene on Thursday, May 16 from 1 p.m. to 5 p.m.\n"
          "Mom Madison Hall said her four-year-old son is vaccinated. \"I've vaccinated him so I know he and my entire family is protected.\"\n"
          "She added, \"I'm pregnant and due in October so I'm concerned about the future what can happen to this baby.\"\n"
          "Measles is highly contagious. Symptoms include high fever runny nose cough conjunctivitis and body rash. Most kids have to wait until they are 12 to 15 months old before they can be vaccinated.\n"
          "\"The best way to protect against measles is by making sure you're up to date with the measles vaccine or have been previously exposed and infected with measles,\" said Chan."),
    entities=[("dhhs", "New Hampshire Dept. of Health and Human Services", "ORGANIZATION",
               ["DHHS", "the DHHS", "Dept. of Health and Human Services"], "New Hampshire's health department"),
              ("signs", "Signs posted on doors", "GROUP", ["Signs"], "warning signs posted in Keene"),
              ("chan", "Benjamin Chan", "PERSON", ["Chan", "Dr. Benjamin Chan", "Dr. Benjamin Chan of DHHS"],
               "New Hampshire state epidemiologist (DHHS)"),
              ("hall", "Madison Hall", "PERSON", ["Hall", "Mom Madison Hall"], "Keene parent")],
    mentions=[("m1", ("DHHS", "After DHHS"), "dhhs"),
              ("m2", "Signs", "signs"),
              ("m3", "the New Hampshire Dept. of Health and Human Services", "dhhs"),
              ("m4", "Dr. Benjamin Chan of DHHS", "chan"),
              ("m5", "the DHHS", "dhhs"),
              ("m6", "Mom Madison Hall", "hall"),
              ("m7", ("She", "She added"), "hall"),
              ("m8", ("Chan", "said Chan."), "chan")],
    attributions=[("a1", "INDIRECT", "m1", "Announces", "Measles Case", None),
                  ("a2", "INDIRECT", "m2", "warned", "a child has been diagnosed with measles", None),
                  ("a3", "INDIRECT", "m3", "notified",
                   "three places the child visited while the disease was infectious", None),
                  ("a4", "DIRECT", "m4", ("said", "said Dr. Benjamin"),
                   seg(T, "This was in a child", "late Friday afternoon,"), None),
                  ("a5", "DIRECT", "m4", None, seg(T, "One of the reasons", "protected against measles."), None),
                  ("a6", "INDIRECT", "m5", "According to",
                   "anyone who was at the following locations should review if they are properly protected against the disease", None),
                  ("a7", "INDIRECT", "m6", ("said", "Hall said"), "her four-year-old son is vaccinated", None),
                  ("a8", "DIRECT", "m6", None, "I've vaccinated him so I know he and my entire family is protected.", None),
                  ("a9", "DIRECT", "m7", ("added", "She added"),
                   "I'm pregnant and due in October so I'm concerned about the future what can happen to this baby.", None),
                  ("a10", "DIRECT", "m8", ("said", "said Chan."), seg(T, "The best way to protect", "infected with measles,"), None)])

# ---------------------------------------------------------------------------------------
# Bailiwick Express (Guernsey). The page prints the headline three times among its navigation
# ("Sunday 28 April 2024", "Select a region", "News") and twice the date line "Friday 16 February
# 2024"; the headline is kept once and the rest is left out, as are an image file name and its
# caption ("Pictured: Sure is continuing to upgrade ..."). Trailing spaces at paragraph ends are
# dropped. The stored copy breaks off inside the next paragraph ("... from the Jersey Competit"),
# so the text is cut before it. Notes:
# - The headline is a question with no speaker (not annotated).
# - "Sure has notified the regulator about its landline outage ...": read like "notified the public
#   of ..." in the CBS Boston story (noun-phrase content, addressee and linking word left out).
#   "it was notified by the company", inside the GCRA's claim, has no content of its own.
# - "Only if the regulator feels it appropriate will ...": a conditional, not a report.
# - "Alistair Beak ... said this was the first outage of its kind: “...”": the indirect clause takes
#   the cue; the quotation after the colon continues him with a null cue (one claim per clause).
#   Its opening mark is curly and its closing mark straight (a mismatched pair).
doc("bailiwickexpress-sure-landline-outage-gcra",
    url="https://gsy.bailiwickexpress.com/gsy/news/could-telco-be-investigated-landline-outage/",
    outlet="Bailiwick Express", country="Guernsey", topic="technology", cut=True, published="2024-02-16",
    text=(T := "Could telco be investigated for landline outage?\n"
          "Sure has notified the regulator about its landline outage which lasted for over three hours this week and an internal investigation into the causes and response is underway.\n"
          "The telecom provider battled with an electrical fault at its central copper exchange on Monday which saw fixed line services downed for customers in town and St Sampsons.\n"
          "Landlines were out of action for nearly three-and-a-quarter-hours in those areas including 999 calls and emergency lifeline buttons. Engineers restored all services by 12:15.\n"
          "The Guernsey Competition & Regulatory Authority has confirmed it was notified by the company shortly afterwards, in accordance with its licence conditions.\n"
          "Now, Sure will conduct its own investigation into the outage before sending a report to the GCRA.\n"
          "Only if the regulator feels it appropriate will an independent investigation be launched after considering that initial report.\n"
          "Sure said it “coordinated with both the emergency services and the GCRA during the outage to ensure everyone was kept up to date, right up to the moment it was rectified”.\n"
          "The GCRA said a notification of this would be publicised at the time, which could be several months away.\n"
          "Alistair Beak, Group CEO of Sure, said this was the first outage of its kind: “We pride ourselves on the resilience of our networks, which we continuously invest in to ensure our island community stays connected... we rectified the issue and have put measures in place to reduce this from happening again.\""),
    entities=[("sure", "Sure", "ORGANIZATION", ["The telecom provider", "telecom provider"], "Guernsey telecom provider"),
              ("gcra", "The Guernsey Competition & Regulatory Authority", "ORGANIZATION",
               ["Guernsey Competition & Regulatory Authority", "GCRA", "the GCRA", "the regulator"], "Guernsey's telecoms regulator"),
              ("beak", "Alistair Beak", "PERSON", ["Beak", "Alistair Beak, Group CEO of Sure"], "Group CEO of Sure")],
    mentions=[("m1", ("Sure", "Sure has notified"), "sure"),
              ("m2", ("the regulator", "notified the regulator"), "gcra"),
              ("m3", "The telecom provider", "sure"),
              ("m4", "The Guernsey Competition & Regulatory Authority", "gcra"),
              ("m5", "the company", "sure"),
              ("m6", ("Sure", "Now, Sure"), "sure"),
              ("m7", ("the GCRA", "report to the GCRA"), "gcra"),
              ("m8", ("the regulator", "if the regulator"), "gcra"),
              ("m9", ("Sure", "Sure said"), "sure"),
              ("m10", ("the GCRA", "and the GCRA during"), "gcra"),
              ("m11", ("The GCRA", "The GCRA said"), "gcra"),
              ("m12", "Alistair Beak, Group CEO of Sure", "beak")],
    attributions=[("a1", "INDIRECT", "m1", ("notified", "has notified"), "its landline outage which lasted for over three hours this week", None),
                  ("a2", "INDIRECT", "m4", "confirmed",
                   "it was notified by the company shortly afterwards, in accordance with its licence conditions", None),
                  ("a3", "MIXED", "m9", ("said", "Sure said"),
                   seg(T, "it “coordinated with both", "moment it was rectified”"), None),
                  ("a4", "INDIRECT", "m11", ("said", "The GCRA said"),
                   "a notification of this would be publicised at the time, which could be several months away", None),
                  ("a5", "INDIRECT", "m12", ("said", "Sure, said"), "this was the first outage of its kind", None),
                  ("a6", "DIRECT", "m12", None, seg(T, "We pride ourselves", "from happening again."), None)])

write("train_bv.jsonl")
