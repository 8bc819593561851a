#!/usr/bin/env python3
"""Writes test22_c.jsonl: real-news gold, split test22-c (see gold.py). Run: python3 make_test22_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead. The copy breaks off inside the
# paragraph after McMillan's answer ("She had also said the foc"), so the text is cut before it.
# Notes:
# - "has clapped back at his opponent’s election promises: “…”": the colon quote is the claim,
#   "clapped back" its cue; "An Ashburton mayoral candidate" is Ellis, named in the next sentence
#   (FORMAT.md: a role description resolves to the person the text identifies).
# - "was responding to promises made by his mayoral rival Jeff Ryan" and "Ryan’s other scheme is
#   ..." have no content of their own / no cue (not annotated).
# - "He is campaigning on getting the Government to ...": a campaign pledge, annotated as a claim
#   of Ryan with cue "campaigning on" (the pledges are the "promises" of the lead); "He also wants
#   to ..." follows the corpus's "wants" claims (make_test7_b.py, make_test14_a.py).
# - "Ellis was next up to the podium and provided a rebuttal." frames the next quote in a separate
#   sentence with a speech-act phrase (FORMAT.md, Coach Vukic "summed up"): cue "provided a
#   rebuttal"; the following quote continues him (null cue).
# - "responded about balancing core services ...": "about" only links the cue (FORMAT.md:
#   `complained about noise` → `noise`); "before losing her train of thought mid-answer" is an
#   adjunct. "concluding with a suggestion to ...": noun cue "suggestion", MIXED.
doc("ashburtoncourier-mayoral-candidates-clash-fantasy-promises",
    url="https://www.ashburtoncourier.co.nz/news/candidates-clash-over-fantasy-election-promises",
    outlet="Ashburton Courier", country="New Zealand", topic="politics", cut=True,
    text=(T := "An Ashburton mayoral candidate has clapped back at his opponent’s election promises: “Live in the real world, not the fantasy one”.\n"
          "Russell Ellis was responding to promises made by his mayoral rival Jeff Ryan at the meet the candidate’s event in Ashburton last night.\n"
          "A crowd of around 150 prospective voters turned up to hear from the four mayoral candidates and eight of the nine Ashburton ward candidates, with Leonard Cojocaru unable to attend.\n"
          "Ryan said the solution to balancing rate rises and community expectations is to “create more money”.\n"
          "“We need to look at council like a business and make income ourselves and not rely on the ratepayers.”\n"
          "He is campaigning on getting the Government to return all road user charges paid in the district to remain in the district\n"
          "“RUC for roads, not rates for roads,” he said.\n"
          "He also wants to extract more shingle from the Ashburton River and sell it to fund other operations.\n"
          "Ryan’s other scheme is a new canal to help the Lake Hood water quality and to provide a punting tourism business.\n"
          "Ellis was next up to the podium and provided a rebuttal.\n"
          "“With all due respect to Mr Ryan, we need to live in the real world, not the fantasy one.”\n"
          "“We are not going to get money from the Government for RUC, we are not going to get money from ECan from shingle. We have to do this ourselves.”\n"
          "He said 5% could come off the rates tomorrow “if we spent less on the roads”.\n"
          "“If you want to save money and keep those core services, somewhere along the line we have to reduce some level of service.”\n"
          "Both Ellis and Ryan are vying for the mayoralty and a seat in the Ashburton ward, with Liz McMillan and Rob Mackle also seeking the mayoralty.\n"
          "McMillan responded about balancing core services without reducing services before losing her train of thought mid-answer, concluding with a suggestion to seek collaborative opportunities to “keep that level of service up, while not putting the rates up”."),
    entities=[("ellis", "Russell Ellis", "PERSON", ["Ellis", "An Ashburton mayoral candidate"],
               "Ashburton mayoral candidate"),
              ("ryan", "Jeff Ryan", "PERSON", ["Ryan", "Mr Ryan"], "Ashburton mayoral candidate, Ellis's rival"),
              ("mcmillan", "Liz McMillan", "PERSON", ["McMillan"], "Ashburton mayoral candidate")],
    mentions=[("m1", "An Ashburton mayoral candidate", "ellis"),
              ("m2", "Russell Ellis", "ellis"),
              ("m3", "Jeff Ryan", "ryan"),
              ("m4", ("Ryan", "Ryan said the solution"), "ryan"),
              ("m5", ("He", "He is campaigning"), "ryan"),
              ("m6", ("he", "he said.\nHe also"), "ryan"),
              ("m7", ("He", "He also wants"), "ryan"),
              ("m8", ("Ellis", "Ellis was next up"), "ellis"),
              ("m9", "Mr Ryan", "ryan"),
              ("m10", ("He", "He said 5%"), "ellis"),
              ("m11", ("Ellis", "Both Ellis"), "ellis"),
              ("m12", ("Ryan", "Ellis and Ryan are"), "ryan"),
              ("m13", "Liz McMillan", "mcmillan"),
              ("m14", ("McMillan", "McMillan responded"), "mcmillan")],
    attributions=[("a1", "DIRECT", "m1", "clapped back", "Live in the real world, not the fantasy one", None),
                  ("a2", "MIXED", "m4", ("said", "Ryan said the solution"),
                   "the solution to balancing rate rises and community expectations is to “create more money”", None),
                  ("a3", "DIRECT", "m4", None,
                   "We need to look at council like a business and make income ourselves and not rely on the ratepayers.", None),
                  ("a4", "INDIRECT", "m5", "campaigning on",
                   "getting the Government to return all road user charges paid in the district to remain in the district", None),
                  ("a5", "DIRECT", "m6", ("said", "he said.\nHe also"), "RUC for roads, not rates for roads,", None),
                  ("a6", "INDIRECT", "m7", "wants",
                   "to extract more shingle from the Ashburton River and sell it to fund other operations", None),
                  ("a7", "DIRECT", "m8", "provided a rebuttal",
                   "With all due respect to Mr Ryan, we need to live in the real world, not the fantasy one.", None),
                  ("a8", "DIRECT", "m8", None,
                   seg(T, "We are not going to get money from the Government", "We have to do this ourselves."), None),
                  ("a9", "MIXED", "m10", ("said", "He said 5%"),
                   "5% could come off the rates tomorrow “if we spent less on the roads”", None),
                  ("a10", "DIRECT", "m10", None,
                   "If you want to save money and keep those core services, somewhere along the line we have to reduce some level of service.", None),
                  ("a11", "INDIRECT", "m14", "responded", "balancing core services without reducing services", None),
                  ("a12", "MIXED", "m14", "suggestion",
                   "to seek collaborative opportunities to “keep that level of service up, while not putting the rates up”", None)])

# ---------------------------------------------------------------------------------------
# The stored copy ends with the reporter's name and a line in Nepali; both are removed.
# Notes:
# - "voiced his complaint on the ignorance of ...": cue "voiced his complaint" (as "voiced the
#   hope"), the linking "on" left out of the content.
# - "X, shared Amin Shrestha, a local, adding ...": two claims of Shrestha (FORMAT.md: "X said A,
#   warning that B"); "by pointing finger at ward office" names no claim of the municipality with
#   a content of its own (not annotated).
# - The quotes end with the mark before the comma (“…”, he added): DIRECT content stops at the mark.
doc("kantipath-gaindakot-locals-padlock-municipality-inundation",
    url="https://kantipath.com/english-news/irate-locals-padlock-gaindakot-municipality-after-recurring-inundation/",
    outlet="Kantipath", country="Nepal", topic="local", cut=False,
    text=(T := "Irate locals padlock Gaindakot municipality after recurring inundation\n"
          "NAWALPUR: Irate locals have padlocked the office of Gaindakot municipality in Nawalpur.\n"
          "The local residents resorted to lock out the municipality office on Sunday when the people’s representatives remained apathetic to resolve the issue of recurring inundation. Incessant rain occurred since Wednesday night had submerged local houses.\n"
          "As many as 400 households of Gaindakot-4 in Nawalparasi (Bardaghat-Susta-East) were submerged following torrential rain. The flood survivors had padlocked the administrative building of the municipality to pile pressure on the people’s representatives to resolve the problem.\n"
          "Tirtha Poudel, a local of Gaindakot-4, voiced his complaint on the ignorance of the local government even when locals’ houses are waterlogged and people are in a situation to abandon their place. He said the unplanned settlement and lack of water outlet arrangement have invited such catastrophic situation.\n"
          "Most of the one-storied building are submerged in ward-4, shared Amin Shrestha, a local, adding the municipality is trying to avoid the problem by pointing finger at ward office. “The disgruntled locals were forced to padlock the administrative building after they were not convinced of the response of the authorized people”, he added.\n"
          "Ward-4 chairperson Krishna Prasad Neupane said the ward alone cannot give outlet to the problem so it required coordinated works of the entire municipality and other stakeholders.\n"
          "Municipality mayor Chhtara Raj Poudel said the problem of inundation is recurring in the area and its temporary solution would be resolved for now. “We would give outlet to the pooled water by constructing temporary structures”, he assured."),
    entities=[("tirtha", "Tirtha Poudel", "PERSON", ["Tirtha Poudel, a local of Gaindakot-4"], "resident of Gaindakot-4"),
              ("shrestha", "Amin Shrestha", "PERSON", ["Shrestha", "Amin Shrestha, a local"], "local resident"),
              ("neupane", "Krishna Prasad Neupane", "PERSON", ["Neupane", "Ward-4 chairperson Krishna Prasad Neupane"],
               "chairperson of Gaindakot ward 4"),
              ("mayor", "Chhtara Raj Poudel", "PERSON", ["Municipality mayor Chhtara Raj Poudel"],
               "mayor of Gaindakot municipality")],
    mentions=[("m1", "Tirtha Poudel, a local of Gaindakot-4", "tirtha"),
              ("m2", ("He", "He said the unplanned"), "tirtha"),
              ("m3", "Amin Shrestha, a local", "shrestha"),
              ("m4", ("he", "he added"), "shrestha"),
              ("m5", "Ward-4 chairperson Krishna Prasad Neupane", "neupane"),
              ("m6", "Municipality mayor Chhtara Raj Poudel", "mayor"),
              ("m7", ("he", "he assured"), "mayor")],
    attributions=[("a1", "INDIRECT", "m1", "voiced his complaint",
                   seg(T, "the ignorance of the local government", "to abandon their place"), None),
                  ("a2", "INDIRECT", "m2", ("said", "He said the unplanned"),
                   "the unplanned settlement and lack of water outlet arrangement have invited such catastrophic situation", None),
                  ("a3", "INDIRECT", "m3", "shared", "Most of the one-storied building are submerged in ward-4", None),
                  ("a4", "INDIRECT", "m3", "adding",
                   "the municipality is trying to avoid the problem by pointing finger at ward office", None),
                  ("a5", "DIRECT", "m4", "added",
                   "The disgruntled locals were forced to padlock the administrative building after they were not convinced of the response of the authorized people", None),
                  ("a6", "INDIRECT", "m5", ("said", "Neupane said"),
                   "the ward alone cannot give outlet to the problem so it required coordinated works of the entire municipality and other stakeholders", None),
                  ("a7", "INDIRECT", "m6", ("said", "Raj Poudel said"),
                   "the problem of inundation is recurring in the area and its temporary solution would be resolved for now", None),
                  ("a8", "DIRECT", "m7", "assured",
                   "We would give outlet to the pooled water by constructing temporary structures", None)])

# ---------------------------------------------------------------------------------------
# The stored page prints the headline twice (title case, then as "Coach, players comment after
# loss in World Cup"); the text keeps the second once. Nothing else is removed; the article is whole.
# Notes:
# - "comment" in the headline and "spoke" in the lead have no content (not annotated).
# - Every "She said" is resolved by sense: Takakura until Hasegawa is introduced, then Hasegawa
#   ("The 22-year-old midfielder"), then Kumagai (FORMAT.md, Coreference).
# - "she felt sorry that ...", "she hopes ...", "she thought ...", "the team wants ..." are the
#   speaker's own attitude or the team's she speaks for, inside her report: not split off
#   (FORMAT.md: `said she believes …`, `neither she nor her staff think …`).
doc("japanbullet-nadeshiko-japan-coach-players-world-cup-loss",
    url="https://www.japanbullet.com/news/coach-players-comment-after-loss-in-world-cup",
    outlet="Japan Bullet", country="Japan", topic="sport", cut=False,
    text=(T := "Coach, players comment after loss in World Cup\n"
          "The coach and players of Nadeshiko Japan spoke after failing to advance to the quarterfinals in the Women's World Cup in France.\n"
          "Coach Asako Takakura said she felt sorry that the team could not turn scoring opportunities in the second half into goals.\n"
          "She said the physically small Japanese players need to have refined skills and be able to make better judgments during a match to win on the world stage.\n"
          "She said she hopes her squad will keep their chins up and win matches in the run-up to the 2020 Tokyo Olympics. She said the team needs strength to win games. She said the team will move on despite the loss.\n"
          "Yui Hasegawa scored Japan's only goal in the game. The 22-year-old midfielder said her goal was well constructed by several players, but that was not enough to win. She said the team has a long way to go to win a make-or-break match.\n"
          "She said experienced players are painstakingly creating an atmosphere in which younger players can play to their potential. She said she is sorry younger players including herself could not live up to the expectations to win despite the good playing environment.\n"
          "Captain Saki Kumagai was penalized for a handball in the penalty box with several minutes left, allowing the Dutch to score the game decider.\n"
          "Kumagai said opponents can win a penalty in any match. She said she thought her players were putting up a good fight when they tied the score, but they could not win in the end.\n"
          "She said she is proud of all her teammates, who attacked the opponent's goal all the way to the end.\n"
          "She said she is sorry the team's World Cup journey ended prematurely. She said the team wants to return to this stage stronger with its young squad."),
    entities=[("takakura", "Asako Takakura", "PERSON", ["Takakura", "Coach Asako Takakura"], "head coach of Nadeshiko Japan"),
              ("hasegawa", "Yui Hasegawa", "PERSON", ["Hasegawa", "The 22-year-old midfielder"], "Japan midfielder"),
              ("kumagai", "Saki Kumagai", "PERSON", ["Kumagai", "Captain Saki Kumagai"], "Japan captain")],
    mentions=[("m1", "Coach Asako Takakura", "takakura"),
              ("m2", ("She", "She said the physically"), "takakura"),
              ("m3", ("She", "She said she hopes"), "takakura"),
              ("m4", ("She", "She said the team needs"), "takakura"),
              ("m5", ("She", "She said the team will move"), "takakura"),
              ("m6", "Yui Hasegawa", "hasegawa"),
              ("m7", "The 22-year-old midfielder", "hasegawa"),
              ("m8", ("She", "She said the team has a long"), "hasegawa"),
              ("m9", ("She", "She said experienced"), "hasegawa"),
              ("m10", ("She", "She said she is sorry younger"), "hasegawa"),
              ("m11", "Captain Saki Kumagai", "kumagai"),
              ("m12", ("Kumagai", "Kumagai said opponents"), "kumagai"),
              ("m13", ("She", "She said she thought"), "kumagai"),
              ("m14", ("She", "She said she is proud"), "kumagai"),
              ("m15", ("She", "She said she is sorry the team's"), "kumagai"),
              ("m16", ("She", "She said the team wants"), "kumagai")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Takakura said"),
                   "she felt sorry that the team could not turn scoring opportunities in the second half into goals", None),
                  ("a2", "INDIRECT", "m2", ("said", "She said the physically"),
                   seg(T, "the physically small Japanese players", "win on the world stage"), None),
                  ("a3", "INDIRECT", "m3", ("said", "She said she hopes"),
                   "she hopes her squad will keep their chins up and win matches in the run-up to the 2020 Tokyo Olympics", None),
                  ("a4", "INDIRECT", "m4", ("said", "She said the team needs"), "the team needs strength to win games", None),
                  ("a5", "INDIRECT", "m5", ("said", "She said the team will move"), "the team will move on despite the loss", None),
                  ("a6", "INDIRECT", "m7", ("said", "midfielder said"),
                   "her goal was well constructed by several players, but that was not enough to win", None),
                  ("a7", "INDIRECT", "m8", ("said", "She said the team has a long"),
                   "the team has a long way to go to win a make-or-break match", None),
                  ("a8", "INDIRECT", "m9", ("said", "She said experienced"),
                   "experienced players are painstakingly creating an atmosphere in which younger players can play to their potential", None),
                  ("a9", "INDIRECT", "m10", ("said", "She said she is sorry younger"),
                   seg(T, "she is sorry younger players", "the good playing environment"), None),
                  ("a10", "INDIRECT", "m12", ("said", "Kumagai said opponents"), "opponents can win a penalty in any match", None),
                  ("a11", "INDIRECT", "m13", ("said", "She said she thought"),
                   "she thought her players were putting up a good fight when they tied the score, but they could not win in the end", None),
                  ("a12", "INDIRECT", "m14", ("said", "She said she is proud"),
                   "she is proud of all her teammates, who attacked the opponent's goal all the way to the end", None),
                  ("a13", "INDIRECT", "m15", ("said", "She said she is sorry the team's"),
                   "she is sorry the team's World Cup journey ended prematurely", None),
                  ("a14", "INDIRECT", "m16", ("said", "She said the team wants"),
                   "the team wants to return to this stage stronger with its young squad", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead. The copy breaks off inside the
# paragraph on the hotline ("… about the virus, as "), so the text is cut before it. "patent" (for
# "patient") is kept as printed.
# Notes:
# - "responded to rumors ... as simply untrue" is annotated like `described X as Y` (content
#   "rumors ... as simply untrue"); the rumors nest in it as a noun cue with no claimant (null
#   source), "regarding" only linking the cue (as `reports of …`), "spreading on social media"
#   being part of the noun phrase that carries the cue and so outside the nested content.
# - "after claims were made that ...": noun cue "claims", null source; its content holds the quoted
#   hospital name “150 Bed”, so it is MIXED, as the corpus types contents with a quoted name
#   (make_test10_c.py, make_test18_a.py).
# - "did say that" → cue "say" (FORMAT.md: cues without auxiliaries).
# - "In more severe cases, the infection can cause ..." has no cue and does not continue the WHO's
#   claim (FORMAT.md: no cue, no claim).
doc("laotiantimes-laos-remains-free-of-wuhan-coronavirus",
    url="https://laotiantimes.com/2020/01/28/laos-remains-free-of-new-wuhan-coronavirus/",
    outlet="Laotian Times", country="Laos", topic="health-science", cut=True, published="2020-01-28",
    text=(T := "No cases of the new coronavirus have been confirmed in Laos, according to Lao Minister of Health, Professor Bounkong Sihavong who spoke at a press conference yesterday.\n"
          "The minister responded to rumors spreading on social media regarding a patient under treatment in Vientiane as simply untrue.\n"
          "“There has so far been no confirmation of any patients infected with the new coronavirus in Laos,” said Minister Bounkong. “Suspected cases have all proved negative.”\n"
          "Although a sick Chinese national and her child arrived in Laos on January 20 from Wuhan, in Hubei Province, China, her illness tested negative for the new virus originating in Wuhan. The mother and child remain under observation.\n"
          "Lao social media has been inundated with fake news in recent days after claims were made that a patent was undergoing treatment for the new Coronavirus at Vientiane’s “150 Bed” Mittaphab Hospital.\n"
          "The government of Laos has tightened screening and quarantine measures at all its borders, with entry to Bokeo’s Golden Triangle region temporarily closing its borders to citizens of China and Myanmar.\n"
          "Minister Bounkong did say that screening was difficult, as the equipment used to monitor the temperatures of foreign visitors upon arrival would not detect anyone in the early stages of the virus who would likely not show symptoms.\n"
          "According to the World Health Organization (WHO), indicators of coronavirus infection may include respiratory symptoms, fever, cough, shortness of breath and breathing difficulties. In more severe cases, the infection can cause pneumonia, severe acute respiratory syndrome, kidney failure, or death.\n"
          "The WHO recommends frequent handwashing, covering the mouth and nose when sneezing or coughing, and thoroughly cooking meat or poultry products."),
    entities=[("bounkong", "Bounkong Sihavong", "PERSON",
               ["Bounkong", "Minister Bounkong", "The minister", "Lao Minister of Health, Professor Bounkong Sihavong"],
               "Lao Minister of Health"),
              ("who", "the World Health Organization (WHO)", "ORGANIZATION",
               ["World Health Organization", "WHO", "The WHO"], "World Health Organization")],
    mentions=[("m1", "Lao Minister of Health, Professor Bounkong Sihavong", "bounkong"),
              ("m2", "The minister", "bounkong"),
              ("m3", ("Minister Bounkong", "said Minister Bounkong"), "bounkong"),
              ("m4", ("Minister Bounkong", "Minister Bounkong did say"), "bounkong"),
              ("m5", "the World Health Organization (WHO)", "who"),
              ("m6", "The WHO", "who")],
    attributions=[("a1", "INDIRECT", "m1", "according to", "No cases of the new coronavirus have been confirmed in Laos", None),
                  ("a2", "INDIRECT", "m2", "responded",
                   "rumors spreading on social media regarding a patient under treatment in Vientiane as simply untrue", None),
                  ("a3", "INDIRECT", None, "rumors", "a patient under treatment in Vientiane", "a2"),
                  ("a4", "DIRECT", "m3", ("said", "said Minister Bounkong"),
                   "There has so far been no confirmation of any patients infected with the new coronavirus in Laos,", None),
                  ("a5", "DIRECT", "m3", None, "Suspected cases have all proved negative.", None),
                  ("a6", "MIXED", None, "claims",
                   "a patent was undergoing treatment for the new Coronavirus at Vientiane’s “150 Bed” Mittaphab Hospital", None),
                  ("a7", "INDIRECT", "m4", ("say", "did say"),
                   seg(T, "screening was difficult", "would likely not show symptoms"), None),
                  ("a8", "INDIRECT", "m5", "According to",
                   "indicators of coronavirus infection may include respiratory symptoms, fever, cough, shortness of breath and breathing difficulties", None),
                  ("a9", "INDIRECT", "m6", "recommends",
                   "frequent handwashing, covering the mouth and nose when sneezing or coughing, and thoroughly cooking meat or poultry products", None)])

# ---------------------------------------------------------------------------------------
# The copy breaks off inside the paragraph of Advocate Hakeem Shah M. A. ("… said that it ha"),
# so the text is cut before it. The date is the one in the page's address.
# Notes:
# - "barristers ... express different opinions" and the headline's "take different stances" have
#   no content (not annotated).
# - "some of the advocates ... foresee chances ..." and "some others find no such possibility
#   ..." are forecasts/beliefs with a named subject (FORMAT.md, Included); the three groups
#   ("some of the advocates", "some others", "A few others") are separate subsets, each its own
#   GROUP.
# - "who has often raised his voice against the one-sided media debates ...": a speech act in a
#   relative clause on the source; its object is its content, as `defended the design` →
#   `the design` (FORMAT.md, Adjuncts); the source is the antecedent "Advocate Ranjith Marar".
# - In the quote, "I think ...", "I believe ...", "I guess ..." are Marar's own attitudes (not
#   split off).
doc("kochipost-legal-experts-differ-dileep-bail-plea",
    url="https://kochipost.com/2017/07/19/legal-experts-kochi-take-different-stances-hc-set-hear-dileeps-bail-plea/",
    outlet="Kochi Post", country="India", topic="courts-crime", cut=True, published="2017-07-19",
    text=(T := "Legal experts in Kochi take different stances as HC set to hear Dileep’s bail plea\n"
          "At a time when the debate on actor Dileep’s arrest in the conspiracy case has turned intense with the news channels reporting each and every moment of the probe, actor’s life after the arrest as well as the public’s responses, barristers in and around the city express different opinions. The High Court on July 17 had accepted Dileep’s bail application and the hearing on the same was postponed to July 20. The bail application filed before the Angamaly magisterial court was rejected last week.\n"
          "While some of the advocates based in Kochi foresee chances for the HC to grant bail, some others find no such possibility for the Court to act so. A few others said that it was nonsensical to comment on a case that is highly sensitive and currently under trial.\n"
          "Advocate Ranjith Marar, who has often raised his voice against the one-sided media debates and public outcries in the case, opined that it would not be logical to say anything at this point regarding the outcome of the Court procedure to be held on July 20. “I think it is neither mine nor the reporter’s job to ponder over the issue at this juncture. Anyway the HC is going to hear the accused actor’s bail plea. I believe the judge who presides over this case and the prosecution as well as the lawyer of the accused are all highly capable and experienced fellows. As a responsible citizen, it is everybody’s duty to keep quiet at this time instead of passing some amateur comments. Let the law take over. However for the sake of answering the question, I guess there is equal chance for the HC to grant bail,” he said."),
    entities=[("someadv", "some of the advocates based in Kochi", "GROUP", ["advocates based in Kochi"],
               "Kochi lawyers expecting bail"),
              ("someothers", "some others", "GROUP", [], "Kochi lawyers expecting no bail"),
              ("fewothers", "A few others", "GROUP", [], "Kochi lawyers declining to comment"),
              ("marar", "Ranjith Marar", "PERSON", ["Marar", "Advocate Ranjith Marar"], "advocate in Kochi")],
    mentions=[("m1", "some of the advocates based in Kochi", "someadv"),
              ("m2", "some others", "someothers"),
              ("m3", "A few others", "fewothers"),
              ("m4", "Advocate Ranjith Marar", "marar"),
              ("m5", ("he", "he said."), "marar")],
    attributions=[("a1", "INDIRECT", "m1", "foresee", "chances for the HC to grant bail", None),
                  ("a2", "INDIRECT", "m2", "find", "no such possibility for the Court to act so", None),
                  ("a3", "INDIRECT", "m3", ("said", "others said"),
                   "it was nonsensical to comment on a case that is highly sensitive and currently under trial", None),
                  ("a4", "INDIRECT", "m4", "raised his voice against",
                   "the one-sided media debates and public outcries in the case", None),
                  ("a5", "INDIRECT", "m4", "opined",
                   seg(T, "it would not be logical to say", "to be held on July 20"), None),
                  ("a6", "DIRECT", "m5", ("said", "he said."),
                   seg(T, "I think it is neither mine", "equal chance for the HC to grant bail,"), None)])

# ---------------------------------------------------------------------------------------
# Removed from the stored page: the photo credit, the "Original Author" line and the "Latest news"
# list after the article, which is whole.
# Notes:
# - Headline "Kazakhmys Denies Allegations of ...": "denied allegations" takes the allegations as
#   its content (corpus: "rejected claims about ..."), and the allegations nest in it as a noun cue
#   with no claimant (null source), "of" only linking the cue. The lead's "refuting claims about
#   ..." is annotated the same way, nested in what Orda.kz reports (FORMAT.md: in "the Courier
#   reported, citing Nordpress", the reporting outlet is the source).
# - "accusations made in the Aq Zhol party's parliamentary inquiry, which suggested ...": the
#   inquiry (a document whose author is named in its NP) is the antecedent of "which", so the
#   source of "suggested" is a mention of the Aq Zhol party.
# - "emphasized representatives of Kazakhmys": the company's representatives are an entity of their
#   own (FORMAT.md: a group's representatives are separate entities); its "Claims about ..." nest.
# - "Exporting ore ...", "At the same time, customs regulations mandate ..." have no reporting cue
#   (not annotated). "has expressed willingness to ..." is annotated like "voiced the hope".
doc("orda-kazakhmys-denies-rare-earth-export-allegations",
    url="https://en.orda.kz/kazakhmys-denies-allegations-of-hidden-rare-earth-metal-exports-5366",
    outlet="Orda.kz", country="Kazakhstan", topic="business", cut=False,
    text=(T := "Kazakhmys Denies Allegations of Hidden Rare Earth Metal Exports\n"
          "Kazakhmys Corporation LLP has issued an official statement refuting claims about the illegal export of rare earth metals from Kazakhstan, Orda.kz reports.\n"
          "The company's response follows accusations made in the Aq Zhol party's parliamentary inquiry, which suggested Kazakhmys might be concealing the actual composition of exported materials and undervaluing them.\n"
          "The corporation emphasized that copper concentrate exports undergo mandatory independent analysis by SGS Kazakhstan, an international leader in laboratory testing and product certification.\n"
          "According to Kazakhmys, the government rigorously regulates raw material exports of minerals. Exporting ore and concentrates requires obtaining a license from the Ministry of Industry and Construction.\n"
          "At the same time, customs regulations mandate a complete declaration of product composition, making it impossible to hide the actual content of precious and rare earth elements.\n"
          "The company also stated that it does not explicitly extract or export rare earth metals, noting that minimal quantities of such elements are present in production waste.\n"
          "Claims about underestimating the value of exported resources or concealing the real composition of concentrates are absolutely unfounded and do not correspond to reality, emphasized representatives of Kazakhmys.\n"
          "The corporation has expressed willingness to cooperate with authorized government agencies and provide all necessary documentation for verification."),
    entities=[("kazakhmys", "Kazakhmys Corporation LLP", "ORGANIZATION",
               ["Kazakhmys", "The company", "The corporation"], "Kazakh copper mining company"),
              ("orda", "Orda.kz", "ORGANIZATION", [], "Kazakh news outlet"),
              ("aqzhol", "Aq Zhol party", "ORGANIZATION", ["Aq Zhol", "the Aq Zhol party's parliamentary inquiry"],
               "Kazakh parliamentary party"),
              ("reps", "representatives of Kazakhmys", "GROUP", [], "Kazakhmys representatives")],
    mentions=[("m1", ("Kazakhmys", "Kazakhmys Denies"), "kazakhmys"),
              ("m2", "Kazakhmys Corporation LLP", "kazakhmys"),
              ("m3", "Orda.kz", "orda"),
              ("m4", "the Aq Zhol party's parliamentary inquiry", "aqzhol"),
              ("m5", ("Kazakhmys", "suggested Kazakhmys"), "kazakhmys"),
              ("m6", ("The corporation", "The corporation emphasized"), "kazakhmys"),
              ("m7", ("Kazakhmys", "According to Kazakhmys"), "kazakhmys"),
              ("m8", ("The company", "The company also"), "kazakhmys"),
              ("m9", "representatives of Kazakhmys", "reps"),
              ("m10", ("The corporation", "The corporation has"), "kazakhmys")],
    attributions=[("a1", "INDIRECT", "m1", "Denies", "Allegations of Hidden Rare Earth Metal Exports", None),
                  ("a2", "INDIRECT", None, "Allegations", "Hidden Rare Earth Metal Exports", "a1"),
                  ("a3", "INDIRECT", "m3", "reports",
                   seg(T, "Kazakhmys Corporation LLP has issued", "rare earth metals from Kazakhstan"), None),
                  ("a4", "INDIRECT", "m2", "refuting",
                   "claims about the illegal export of rare earth metals from Kazakhstan", "a3"),
                  ("a5", "INDIRECT", None, ("claims", "refuting claims"),
                   "the illegal export of rare earth metals from Kazakhstan", "a4"),
                  ("a6", "INDIRECT", "m4", "suggested",
                   "Kazakhmys might be concealing the actual composition of exported materials and undervaluing them", None),
                  ("a7", "INDIRECT", "m6", ("emphasized", "corporation emphasized"),
                   seg(T, "copper concentrate exports undergo", "product certification"), None),
                  ("a8", "INDIRECT", "m7", "According to",
                   "the government rigorously regulates raw material exports of minerals", None),
                  ("a9", "INDIRECT", "m8", "stated", "it does not explicitly extract or export rare earth metals", None),
                  ("a10", "INDIRECT", "m8", "noting", "minimal quantities of such elements are present in production waste", None),
                  ("a11", "INDIRECT", "m9", ("emphasized", "emphasized representatives"),
                   seg(T, "Claims about underestimating", "do not correspond to reality"), None),
                  ("a12", "INDIRECT", None, "Claims",
                   "underestimating the value of exported resources or concealing the real composition of concentrates", "a11"),
                  ("a13", "INDIRECT", "m10", "expressed willingness",
                   "to cooperate with authorized government agencies and provide all necessary documentation for verification", None)])

write("test22_c.jsonl")
