#!/usr/bin/env python3
"""Writes train_cp.jsonl: real-news gold, train batch cp (see gold.py). Run: python3 make_train_cp.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the dateline lead ("NASSAU, The
# Bahamas –", kept, not an attribution). The stored copy breaks off in "which he invited h", so
# the text is cut before that paragraph. The page gives no publication date (December 4, 2024 is
# the date of the address).
# The quotation opened in "“I indicated to them that ..." is left open at its paragraph end and
# reopens in the next paragraph: one attribution continuing "he added" (null cue); so is the one
# opened in "“The Commissioner has served ...", which has no reporting clause of its own and
# continues the speaker of "Prime Minister Davis stated" (null cue, that sentence's source).
# Nested in Davis's quotations: the chargé d'affaires's "confirmed" (source: the antecedent of
# the relative "who"); inside it, "a formal diplomatic note requesting the disclosure of ..." (a
# speech act in a reduced relative; the note names no author in its NP or sentence, so it is its
# own entity, also mentioned as "The formal diplomatic note"); and Davis's own earlier "I
# indicated to them that ..." (content without the linking "that,").
# "That appointment, Prime Minister Davis added, required ...": a parenthetical reporting clause
# inside the claim stays in its content (FORMAT.md, Contiguity); "That" is a demonstrative.
# Not claims: "during which they discussed reform and the urgency of restoring trust" (a topic of
# talks, no reported proposition), "the high-ranking Bahamian politician mentioned in the
# indictment" and "the Bahamians named in the indictment" (identifying modifiers, no claim), "the
# question arose" (no speaker), "I want to emphasize that ..." (the speaker's attitude within his
# own quotation, not split off) and "there are no allegations of wrongdoing" (negated, nobody
# alleges anything).
doc("bahamaspress-davis-indictment-police-commissioner-resigns",
    url="https://bahamaspress.com/pm-davis-updates-the-house-on-recent-us-indictment-changes-in-the-rbpf",
    outlet="Bahamas Press", country="Bahamas", topic="politics", cut=True,
    text=(T := "NASSAU, The Bahamas – During his Parliamentary Address to Provide an Update on the Recent Indictment filed in the Southern District of New York, on December 4, 2024, Prime Minister and Minister of Finance the Hon. Philip Davis said that he had taken steps to address breaches of trust within The Bahamas’ law enforcement agencies, including meetings held with senior officials during which they discussed reform and the urgency of restoring trust.\n"
          "“I also met with the U.S. Charge d’Affaires, who confirmed she had been in receipt of a formal diplomatic note requesting the disclosure of the name of the high-ranking Bahamian politician mentioned in the indictment,” Prime Minister Davis said. “The formal diplomatic note was issued to underscore the seriousness of the matter.”\n"
          "“During that meeting, the question arose as to the arrest of Bahamians indicted who are in the country,” he added. “I indicated to them that, following a formal request for interdiction, we will cooperate in the arrest of the Bahamians named in the indictment.\n"
          "“Today, the Minister of National Security will introduce legislation to establish an Independent Commission of Investigations for public consultation. Independent oversight will play a vital role in building trust between the police and the communities they serve.”\n"
          "Prime Minister Davis stated that he met with the Commissioner of Police; and had received and accepted his resignation.\n"
          "“The Commissioner has served the force with distinction and I want to emphasize that there are no allegations of wrongdoing against him.\n"
          "“But the Royal Bahamas Police Force needs change.”\n"
          "He revealed that he had identified a highly qualified successor who is well-suited to oversee the necessary reforms. That appointment, Prime Minister Davis added, required consultation with the Leader of the Opposition the Hon. Michael Pintard."),
    entities=[("davis", "Philip Davis", "PERSON",
               ["Davis", "Prime Minister Davis", "Prime Minister and Minister of Finance the Hon. Philip Davis"],
               "Prime Minister and Minister of Finance of The Bahamas"),
              ("charge", "the U.S. Charge d’Affaires", "PERSON", ["U.S. Charge d’Affaires"],
               "US chargé d'affaires in The Bahamas"),
              ("note", "a formal diplomatic note", "ORGANIZATION", ["The formal diplomatic note"],
               "the Bahamian government's diplomatic note to the United States")],
    mentions=[("m1", "Prime Minister and Minister of Finance the Hon. Philip Davis", "davis"),
              ("m2", "the U.S. Charge d’Affaires", "charge"),
              ("m3", "a formal diplomatic note", "note"),
              ("m4", ("Prime Minister Davis", "Prime Minister Davis said."), "davis"),
              ("m5", "The formal diplomatic note", "note"),
              ("m6", ("he", "he added."), "davis"),
              ("m7", ("I", "I indicated"), "davis"),
              ("m8", ("Prime Minister Davis", "Prime Minister Davis stated"), "davis"),
              ("m9", ("He", "He revealed"), "davis"),
              ("m10", ("Prime Minister Davis", "Prime Minister Davis added"), "davis")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Davis said that he"),
                   seg(T, "he had taken steps", "restoring trust"), None),
                  ("a2", "DIRECT", "m4", ("said", "Prime Minister Davis said."),
                   seg(T, "I also met with", "mentioned in the indictment,"), None),
                  ("a3", "INDIRECT", "m2", "confirmed",
                   seg(T, "she had been in receipt", "mentioned in the indictment"), "a2"),
                  ("a4", "INDIRECT", "m3", "requesting",
                   "the disclosure of the name of the high-ranking Bahamian politician mentioned in the indictment", "a3"),
                  ("a5", "DIRECT", "m4", None, "The formal diplomatic note was issued to underscore the seriousness of the matter.", None),
                  ("a6", "DIRECT", "m6", ("added", "he added."),
                   "During that meeting, the question arose as to the arrest of Bahamians indicted who are in the country,", None),
                  ("a7", "DIRECT", "m6", None, seg(T, "I indicated to them", "communities they serve."), None),
                  ("a8", "INDIRECT", "m7", "indicated",
                   "following a formal request for interdiction, we will cooperate in the arrest of the Bahamians named in the indictment", "a7"),
                  ("a9", "INDIRECT", "m8", "stated",
                   "he met with the Commissioner of Police; and had received and accepted his resignation", None),
                  ("a10", "DIRECT", "m8", None, seg(T, "The Commissioner has served", "needs change."), None),
                  ("a11", "INDIRECT", "m9", "revealed",
                   "he had identified a highly qualified successor who is well-suited to oversee the necessary reforms", None),
                  ("a12", "INDIRECT", "m10", ("added", "Davis added,"),
                   seg(T, "That appointment,", "the Hon. Michael Pintard"), None)],
    keep_that=("a12",))

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. The stored copy breaks off in
# "for a considerable pe" (the Badminton Estate spokeswoman), so the text is cut before that
# paragraph.
# Marks as printed (FORMAT.md): Toby Evans's quotation opened after "He said:" is left open at its
# paragraph end, and the next closing mark is the one before ", he said" two paragraphs on; so it is
# one DIRECT attribution running over the narration paragraph "Mr Evans also expressed concern
# ..." and taking the inline cue of that clause (an inline clause wins over the colon frame
# "He said:", whose "He" is a pronoun that is no source). The narration inside it is a nested claim
# of "Mr Evans" ("expressed concern about X" read like "complained about noise": content X).
# "with some slamming the development as ‘detrimental and dangerous’": "some" are some of the
# comments (documents with no author, their own GROUP entity); read like "described X as Y", MIXED.
# "highlighted numerous concerns, including about road safety, stating: “...”" is two claims of the
# parish council (NP content, then the quotation with the participle "stating" as cue). "Toby
# Evans, a parish councillor who has declared an interest in the application": the declaration is
# a speech act in a relative clause, its source the antecedent; "objected to the plans" is read
# like "spoke out against the development" (content "the plans").
# Not claims: "are in favour of", "back a plan", "want to convert" (stances and wishes, no
# reporting), "villagers voting ... in a survey" and "An original application sought to ..."
# (actions), "objections" (no content), "they stopped short of objecting" (negated) and "as
# campaigners had hoped they would" (a hope whose content is elided).
doc("gazetteseries-acton-turville-councillors-back-housing",
    url="https://www.gazetteseries.co.uk/news/18163505.councillors-back-development-despite-villagers-voting/",
    outlet="Gazette Series", country="UK", topic="local", cut=True,
    text=(T := "The majority of councillors on Acton Turville Parish Council are in favour of a new housing development despite villagers voting against it.\n"
          "Three of the five councillors, chair Chris Farrell, vice-chair Sybil Haddrell and Sally Smith, back a plan to bring 17 new homes to Hollybush farm.\n"
          "This is despite villagers voting 114-103 against the planning application in a survey issued by the council last year.\n"
          "The Badminton Estate want to convert four barns into nine homes and build eight new houses on land at the south of the village.\n"
          "An original application sought to only to create seven new homes through three barn conversions.\n"
          "The application has attracted a raft of comments, the vast majority of which are objections, with some slamming the development as ‘detrimental and dangerous’.\n"
          "In their official response to the application the parish council highlighted numerous concerns, including about road safety, stating: “There is NOTHING in the current application which gives the Parish Council any comfort that traffic will not increase to the detriment of all residents.”\n"
          "However, they stopped short of objecting to the application outright, as campaigners had hoped they would.\n"
          "In an emotive response to the application Chris Farrell said: “Acton Turville cannot ‘exist in a bubble’. Whilst we enjoy a quiet country atmosphere, if nothing changes the village will stagnate and die.”\n"
          "Toby Evans, a parish councillor who has declared an interest in the application and has therefore not taken part in council discussions, objected to the plans.\n"
          "He said: “There is no proven need for additional homes on this scale in Acton Turville.\n"
          "Mr Evans also expressed concern about the access road that would be built off the B4039 Burton Road.\n"
          "“This will make the new junction extremely dangerous,” he said."),
    entities=[("pc", "Acton Turville Parish Council", "ORGANIZATION",
               ["the parish council", "the Parish Council", "the council"], "parish council of Acton Turville"),
              ("farrell", "Chris Farrell", "PERSON", ["Farrell", "chair Chris Farrell"], "chair, Acton Turville Parish Council"),
              ("evans", "Toby Evans", "PERSON", ["Mr Evans", "Evans", "Toby Evans, a parish councillor"],
               "Acton Turville parish councillor"),
              ("some", "some", "GROUP", [], "some of the comments on the planning application")],
    mentions=[("m1", "Acton Turville Parish Council", "pc"),
              ("m2", "chair Chris Farrell", "farrell"),
              ("m3", ("the council", "the council last year"), "pc"),
              ("m4", ("some", "with some slamming"), "some"),
              ("m5", ("the parish council", "the parish council highlighted"), "pc"),
              ("m6", ("the Parish Council", "the Parish Council any comfort"), "pc"),
              ("m7", ("Chris Farrell", "Chris Farrell said"), "farrell"),
              ("m8", "Toby Evans, a parish councillor", "evans"),
              ("m9", "Mr Evans", "evans"),
              ("m10", ("he", "dangerous,” he said"), "evans")],
    attributions=[("a1", "MIXED", "m4", "slamming", "the development as ‘detrimental and dangerous’", None),
                  ("a2", "INDIRECT", "m5", "highlighted", "numerous concerns, including about road safety", None),
                  ("a3", "DIRECT", "m5", "stating", seg(T, "There is NOTHING", "all residents."), None),
                  ("a4", "DIRECT", "m7", ("said", "Farrell said"), seg(T, "Acton Turville cannot", "stagnate and die."), None),
                  ("a5", "INDIRECT", "m8", "declared", "an interest in the application", None),
                  ("a6", "INDIRECT", "m8", "objected to", ("the plans", "objected to the plans"), None),
                  ("a7", "DIRECT", "m10", ("said", "dangerous,” he said"),
                   seg(T, "There is no proven need", "extremely dangerous,"), None),
                  ("a8", "INDIRECT", "m9", "expressed concern",
                   "the access road that would be built off the B4039 Burton Road", "a7")])

# ---------------------------------------------------------------------------------------
# The byline block ("Staff Writer", "The Daily Record", "View Comments") is left out; the lead
# keeps its typo ("Amanager"). The stored copy breaks off in "He also said that he and the
# National Poultry J", so the text is cut before that paragraph.
# The headline's agentless "questioned" is a claim with a null source (content before the cue).
# "Amanager at a Winesburg poultry operation" is a role description resolved to John Turner in the
# next paragraph, and "at least one labor official" (twice) to Leone Jose Bicchieri (FORMAT.md,
# Coreference). Source spans keep the role appositions ("director of human resources",
# "coordinator of ..."), which are roles, not descriptions.
# "He said he believes ...": the belief is the speaker's own, not split off; "after being told of
# the layoffs" is an agentless passive nested in it (cue "told", "of" only links the content).
# Not claims: "previously announced layoffs" (a participle), "gave about 200 workers 60-day
# notice" and "decided" (actions), "is concerned about the layoffs" (a state with no reported
# content), "talked to some workers about the situation" (a conversation with no reported
# proposition), "provides information" (an activity) and "were not given proper notification"
# (negated).
doc("thedailyrecord-case-farms-job-cuts-questioned",
    url="https://www.the-daily-record.com/story/news/2000/11/14/case-farms-handling-job-cuts/19623640007/",
    outlet="The Daily Record", country="US", topic="business", cut=True, published="2000-11-14",
    text=(T := "Case Farms handling of job cuts questioned\n"
          "Amanager at a Winesburg poultry operation said previously announced layoffs are proceeding smoothly and many workers have found employment elsewhere. But at least one labor official said he had concerns about the way the job cuts have been handled.\n"
          "In October, Case Farms gave about 200 workers 60-day notice after the company decided to refocus its operations. John Turner, director of human resources, said the company cut the positions from its 500-employee work force after deciding to eliminate part of its chicken processing work, which involved packing chicken in foam packaging.\n"
          "The inspection and packaging process was labor intensive, Turner said. Case, instead, has shifted operations to food services products, which requires fewer workers and which should be more profitable for the company, Turner said.\n"
          "But at least one labor official is concerned about the layoffs. Leone Jose Bicchieri, coordinator of the National Interfaith Committee for Worker Justice's National Poultry Justice Campaign, said he has toured the Winesburg area and talked to some workers about the situation.\n"
          "\"We're very concerned,\" he said.\n"
          "The Chicago-based labor group provides information to workers thinking about forming unions or improving workplace conditions. Bicchieri said his group doesn't organize the workers; rather, it brings together churches and community leaders to provide support and information for workers.\n"
          "Bicchieri said he is concerned about the anecdotal evidence he has seen so far. He said he believes some workers were not given proper notification of their rights, that some left town immediately after being told of the layoffs and that other parts of the Worker Adjustment and Retraining Notification Act were not met."),
    entities=[("turner", "John Turner", "PERSON",
               ["Turner", "John Turner, director of human resources", "Amanager at a Winesburg poultry operation"],
               "director of human resources, Case Farms"),
              ("bicchieri", "Leone Jose Bicchieri", "PERSON",
               ["Bicchieri", "at least one labor official",
                "Leone Jose Bicchieri, coordinator of the National Interfaith Committee for Worker Justice's National Poultry Justice Campaign"],
               "coordinator, National Poultry Justice Campaign")],
    mentions=[("m1", "Amanager at a Winesburg poultry operation", "turner"),
              ("m2", ("at least one labor official", "at least one labor official said"), "bicchieri"),
              ("m3", "John Turner, director of human resources", "turner"),
              ("m4", ("Turner", "intensive, Turner said"), "turner"),
              ("m5", ("Turner", "company, Turner said"), "turner"),
              ("m6", ("at least one labor official", "at least one labor official is concerned"), "bicchieri"),
              ("m7", "Leone Jose Bicchieri, coordinator of the National Interfaith Committee for Worker Justice's National Poultry Justice Campaign", "bicchieri"),
              ("m8", ("he", "concerned,\" he said"), "bicchieri"),
              ("m9", ("Bicchieri", "Bicchieri said his"), "bicchieri"),
              ("m10", ("Bicchieri", "Bicchieri said he is"), "bicchieri"),
              ("m11", ("He", "He said he believes"), "bicchieri")],
    attributions=[("a1", "INDIRECT", None, "questioned", "Case Farms handling of job cuts", None),
                  ("a2", "INDIRECT", "m1", ("said", "operation said"),
                   "previously announced layoffs are proceeding smoothly and many workers have found employment elsewhere", None),
                  ("a3", "INDIRECT", "m2", ("said", "official said he had"),
                   "he had concerns about the way the job cuts have been handled", None),
                  ("a4", "INDIRECT", "m3", ("said", "resources, said"),
                   seg(T, "the company cut the positions", "in foam packaging"), None),
                  ("a5", "INDIRECT", "m4", ("said", "intensive, Turner said"), "The inspection and packaging process was labor intensive", None),
                  ("a6", "INDIRECT", "m5", ("said", "company, Turner said"),
                   seg(T, "Case, instead,", "more profitable for the company"), None),
                  ("a7", "INDIRECT", "m7", ("said", "Campaign, said"),
                   "he has toured the Winesburg area and talked to some workers about the situation", None),
                  ("a8", "DIRECT", "m8", ("said", "concerned,\" he said"), "We're very concerned,", None),
                  ("a9", "INDIRECT", "m9", ("said", "Bicchieri said his"),
                   seg(T, "his group doesn't organize", "information for workers"), None),
                  ("a10", "INDIRECT", "m10", ("said", "Bicchieri said he is"),
                   "he is concerned about the anecdotal evidence he has seen so far", None),
                  ("a11", "INDIRECT", "m11", ("said", "He said he believes"), seg(T, "he believes some workers", "were not met"), None),
                  ("a12", "INDIRECT", None, ("told", "being told of"), ("the layoffs", "told of the layoffs"), "a11")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the dateline lead ("ATLANTA -", kept).
# The stored copy ends with the reporter's telephone number run into the last paragraph
# ("Oconee.\", (404) 589-8424"); that contact line is left out like a byline.
# "offered assurances to the Board ... that ...": the cue is the verb with its fixed object (like
# "voiced the hope"); the addressee and the adjunct "during its two-day meeting this week" are left
# out. "They also said" continues the regulators; the next sentence ("The water washed away ...")
# has no cue and is no claim.
# "board member Warren Budd, who asked for an update on the spill": a request of a named speaker,
# source the antecedent of "who"; cue "asked for an update" and content "the spill", as FORMAT.md's
# "declined to provide an update on whether ..." ("even though ..." is an adjunct). "A lot of people
# in Athens are asking what happened" is speech of others nested in Budd's quotation.
# "he has instructed his staff to refine their procedures" is nested in Barnes's concession; the
# addressee "his staff" is left out (FORMAT.md: "staff were told to stay home" -> "to stay home").
# "an official said Wednesday" is resolved to Melissa Cummings, who is named with the next quotation
# (a role description resolves to the person the text identifies, even in the next sentence).
# Not claims: "Barnes' comments came in response to ..." (no content; the possessive is no mention),
# "the EPD issued an order, which J&J agreed to" (actions) and "It requires the company to ..."
# (what an order prescribes, no reporting).
doc("jacksonville-georgia-dnr-board-athens-chemical-spill",
    url="https://www.jacksonville.com/news/georgia/2010-08-25/story/dnr-board-were-top-athens-spill",
    outlet="The Florida Times-Union", country="US", topic="environment", cut=False, published="2010-08-25",
    text=(T := "ATLANTA - Environmental regulators offered assurances to the Board of Natural Resources during its two-day meeting this week that officials are actively watching the cleanup of a July chemical spill in Athens that killed 15,000 fish in a nearby creek.\n"
          "They also said the spill couldn't have been prevented because it resulted from water sprayed on a fire at J&J Chemical's plant in an effort to extinguish it. The water washed away the toilet-bowl cleaner the company makes, and the mixture flowed downhill into Trail Creek, which feeds the North Oconee and Oconee rivers.\n"
          "\"You had to put water on a fire to put it out, and that water had to go someplace,\" said Allen Barnes, director of the Environmental Protection Division of the Department of Natural Resources. \"If we had had everybody from EPD there, we still would have had to wait until they put out that fire.\"\n"
          "Barnes' comments came in response to board member Warren Budd, who asked for an update on the spill, even though it wasn't on the board's agenda.\n"
          "\"A lot of people in Athens are asking what happened,\" Budd said.\n"
          "Barnes conceded that his division should have issued an order for cleanup sooner and that he has instructed his staff to refine their procedures.\n"
          "\"We did respond, and we are responding,\" he said.\n"
          "Two weeks after the spill, the EPD issued an order, which J&J agreed to. It requires the company to monitor water along four miles of the creek twice a week in the creek until no more contaminants are detected. It also makes the company filter the runoff from the property.\n"
          "Water hasn't been deadly to fish once it is diluted by the volume of water in the rivers, an official said Wednesday.\n"
          "\"We haven't seen any progressive kills,\" said Melissa Cummings, spokeswoman for the DNR's Wildlife Resources Division. \"It doesn't seem to affect any of the fish in the Oconee.\""),
    entities=[("regulators", "Environmental regulators", "GROUP", [], "Georgia's environmental regulators"),
              ("barnes", "Allen Barnes", "PERSON",
               ["Barnes", "Allen Barnes, director of the Environmental Protection Division of the Department of Natural Resources"],
               "director, Georgia Environmental Protection Division"),
              ("budd", "Warren Budd", "PERSON", ["Budd", "board member Warren Budd"], "member, Georgia Board of Natural Resources"),
              ("people", "A lot of people in Athens", "GROUP", [], "people in Athens, Georgia"),
              ("cummings", "Melissa Cummings", "PERSON",
               ["Cummings", "an official", "Melissa Cummings, spokeswoman for the DNR's Wildlife Resources Division"],
               "spokeswoman, DNR Wildlife Resources Division")],
    mentions=[("m1", "Environmental regulators", "regulators"),
              ("m2", ("They", "They also said"), "regulators"),
              ("m3", "Allen Barnes, director of the Environmental Protection Division of the Department of Natural Resources", "barnes"),
              ("m4", "board member Warren Budd", "budd"),
              ("m5", ("Budd", "Budd said"), "budd"),
              ("m6", "A lot of people in Athens", "people"),
              ("m7", ("Barnes", "Barnes conceded"), "barnes"),
              ("m8", ("he", "he has instructed"), "barnes"),
              ("m9", ("he", "responding,\" he said"), "barnes"),
              ("m10", "an official", "cummings"),
              ("m11", "Melissa Cummings, spokeswoman for the DNR's Wildlife Resources Division", "cummings")],
    attributions=[("a1", "INDIRECT", "m1", "offered assurances",
                   seg(T, "officials are actively watching", "in a nearby creek"), None),
                  ("a2", "INDIRECT", "m2", ("said", "They also said"),
                   seg(T, "the spill couldn't have been prevented", "to extinguish it"), None),
                  ("a3", "DIRECT", "m3", ("said", "someplace,\" said"),
                   "You had to put water on a fire to put it out, and that water had to go someplace,", None),
                  ("a4", "DIRECT", "m3", None,
                   "If we had had everybody from EPD there, we still would have had to wait until they put out that fire.", None),
                  ("a5", "INDIRECT", "m4", "asked for an update", ("the spill", "update on the spill"), None),
                  ("a6", "DIRECT", "m5", ("said", "Budd said"), "A lot of people in Athens are asking what happened,", None),
                  ("a7", "INDIRECT", "m6", "asking", "what happened", "a6"),
                  ("a8", "INDIRECT", "m7", "conceded",
                   seg(T, "his division should have issued", "refine their procedures"), None),
                  ("a9", "INDIRECT", "m8", "instructed", "to refine their procedures", "a8"),
                  ("a10", "DIRECT", "m9", ("said", "responding,\" he said"), "We did respond, and we are responding,", None),
                  ("a11", "INDIRECT", "m10", ("said", "an official said"),
                   "Water hasn't been deadly to fish once it is diluted by the volume of water in the rivers", None),
                  ("a12", "DIRECT", "m11", ("said", "kills,\" said"), "We haven't seen any progressive kills,", None),
                  ("a13", "DIRECT", "m11", None, "It doesn't seem to affect any of the fish in the Oconee.", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. The embedded tweet that
# follows the third paragraph ("#DookolaMazowsza head organizer says: ... — Israel Start-Up Nation
# / Israel Cycling Academy (@YallaIsraelSUN) July 17, 2020") is left out as an embed. The stored
# copy breaks off in "Grodzisk Mazowiecki, ", so the text is cut before that paragraph.
# "told the Gazetta dello Sport Wednesday that he thought ..., as told to him by the Italian team’s
# Polish-speaking soigneur": the Gazzetta is a medium; the as-clause says where his belief came
# from, so it stays in Calosso's claim, and the soigneur's telling is nested in it (its content is
# the proposition "as" refers to, the clause before the cue). The soigneur is the same person as
# "a Polish masseur" in Calosso's quotation, where "it was he who immediately informed us of the
# death of the motorcyclist" is nested ("of" only links the content).
# "It was reported Wednesday that ..." is an agentless report (null source). "Wielerflits reported
# that ...": the news site is the source.
# Not a claim: "Racing was halted ... due to the police investigation" (an action).
doc("velonews-dookola-mazowsza-motorcyclist-survived-crash",
    url="https://www.velonews.com/news/road/motorcyclist-survived-collision-with-race-vehicle-at-dookola-mazowsza/",
    outlet="VeloNews", country="US", topic="sport", cut=True, published="2020-07-17",
    text=(T := "The Dookoła Mazowsza race director confirmed Friday that the motorcyclist who collided with a stopped race vehicle did indeed survive the crash without sustaining life-threatening injuries.\n"
          "“He broke two ribs, a leg, and his collarbone, but is not in a critical condition,” he said.\n"
          "It was reported Wednesday that a motorcyclist who was not affiliated with the race died when he collided with a van stopped in the middle of the road. The motorcyclist had been attempting to navigate vehicles parked roadside for the UCI 2.2 stage race in Poland.\n"
          "Team Iseo director sportif Daniele Calosso told the Gazetta dello Sport Wednesday that he thought the individual did not survive the collision, as told to him by the Italian team’s Polish-speaking soigneur.\n"
          "“We saw the glass and the front of the van destroyed, and the van in the field next to the road. When we got there, both the sanitary workers and the police were on the road. We as a team have a Polish masseur and it was he who immediately informed us of the death of the motorcyclist,” Calosso told reporters.\n"
          "Racing was halted immediately following the crash, with about 30km remaining, due to the police investigation of the collision.\n"
          "Wielerflits reported that Thursday’s time trial near Warsaw was won by German Felix Groß (Rad-Net Rose) who moved into the lead on the general classification. The stage was shortened due to poor weather and road conditions."),
    entities=[("director", "The Dookoła Mazowsza race director", "PERSON", [], "race director of the Dookoła Mazowsza"),
              ("calosso", "Daniele Calosso", "PERSON", ["Calosso", "Team Iseo director sportif Daniele Calosso"],
               "director sportif, Team Iseo"),
              ("soigneur", "the Italian team’s Polish-speaking soigneur", "PERSON", ["a Polish masseur"],
               "Team Iseo's Polish-speaking soigneur"),
              ("wielerflits", "Wielerflits", "ORGANIZATION", [], "cycling news site")],
    mentions=[("m1", "The Dookoła Mazowsza race director", "director"),
              ("m2", ("he", "condition,” he said"), "director"),
              ("m3", "Team Iseo director sportif Daniele Calosso", "calosso"),
              ("m4", "the Italian team’s Polish-speaking soigneur", "soigneur"),
              ("m5", "a Polish masseur", "soigneur"),
              ("m6", ("he", "it was he who"), "soigneur"),
              ("m7", ("Calosso", "Calosso told reporters"), "calosso"),
              ("m8", "Wielerflits", "wielerflits")],
    attributions=[("a1", "INDIRECT", "m1", "confirmed",
                   seg(T, "the motorcyclist who collided", "life-threatening injuries"), None),
                  ("a2", "DIRECT", "m2", ("said", "condition,” he said"),
                   "He broke two ribs, a leg, and his collarbone, but is not in a critical condition,", None),
                  ("a3", "INDIRECT", None, ("reported", "It was reported"),
                   seg(T, "a motorcyclist who was not affiliated", "in the middle of the road"), None),
                  ("a4", "INDIRECT", "m3", ("told", "Calosso told the"),
                   seg(T, "he thought the individual", "Polish-speaking soigneur"), None),
                  ("a5", "INDIRECT", "m4", ("told", "as told to him"), "the individual did not survive the collision", "a4"),
                  ("a6", "DIRECT", "m7", ("told", "Calosso told reporters"),
                   seg(T, "We saw the glass", "death of the motorcyclist,"), None),
                  ("a7", "INDIRECT", "m6", "informed", "the death of the motorcyclist", "a6"),
                  ("a8", "INDIRECT", "m8", ("reported", "Wielerflits reported"),
                   seg(T, "Thursday’s time trial", "on the general classification"), None)])

# ---------------------------------------------------------------------------------------
# The page furniture ("86 F Clouds", the date and time, "Close Ad", "Back To Listing", the section
# and date line "Health Care 13 Jan, 2021 Follow News") and the photo caption ("Chief Medical
# Officer, Dr John Lee") are left out; the stored page shows no headline, so the text starts with
# the lead. The stored copy breaks off in "continue to drift of", so the text is cut before that
# paragraph.
# "In an interview with Caymanian Times newspaper" and "told Caymanian Times" name a medium, and
# "the paper’s publisher and CEO Ralph Lewis" an addressee: none is a source.
# "The UK have said that they will provide ..." is nested in Lee's quotation (the UK, a GPE, is
# also named "the British government" in the second paragraph). "the CMO is urging residents ... to
# get inoculated ...": the addressee stays, as with "called on X to Y"; the opening with-phrase is
# an adjunct. The quotation after "he explained" has no reporting clause of its own and continues
# him (null cue).
# Not claims: "clearly they want to try to match our demand ..." (a wish ascribed in the quotation,
# no belief or speech) and "there is no reason for me to doubt that commitment" (the speaker's own
# attitude).
doc("caymaniantimes-dr-lee-covid-vaccination-campaign",
    url="https://www.caymaniantimes.ky/news/one-on-one-with-dr-lee",
    outlet="Caymanian Times", country="Cayman Islands", topic="health-science", cut=True, published="2021-01-13",
    text=(T := "Over 2,000 persons have been vaccinated in just over a week since the National COVID-19 Vaccination campaign started.\n"
          "The first consignment of 9,750 doses from the British government arrived in Cayman on January 5th.\n"
          "In an interview with Caymanian Times newspaper, Chief Medical Officer (CMO) Dr John Lee said the success of the vaccination programme is critical in ensuring timely delivery of further consignments.\n"
          "“The UK have said that they will provide enough vaccines for the population of the entire island, there is no reason for me to doubt that commitment, but clearly they want to try to match our demand with our deliveries,” he told the paper’s publisher and CEO Ralph Lewis in a one-on-one interview.\n"
          "With a variant of the COVID-19 virus a rapidly spreading globally, the CMO is urging residents of the Cayman Islands to get inoculated to protect themselves, their loved ones and the wider community.\n"
          "Getting the jab is voluntary and no appointment is necessary at this stage, he explained.\n"
          "“It’s a walk-up (with no prior appointment required), so we are recording their names and contact details, should there be an issue and we need to contact them for any reason.”\n"
          "The campaign is being rolled out in three stages starting with over-70s and frontline workers and working through various age and occupational groups.\n"
          "The schedule for Phase One runs until January 22nd at the various clinics.\n"
          "“We are also recording occupational groups so that we can provide reports on age, so we know how many people in parts have been done, how many in healthcare, and how many people in hospitality and so on,” Dr Lee told Caymanian Times.\n"
          "He reminded that presently there’s no need for an appointment to get the vaccine."),
    entities=[("lee", "John Lee", "PERSON",
               ["Dr John Lee", "Dr Lee", "Lee", "the CMO", "Chief Medical Officer (CMO) Dr John Lee"],
               "Chief Medical Officer of the Cayman Islands"),
              ("uk", "The UK", "GPE", ["UK", "the British government"], "the United Kingdom's government")],
    mentions=[("m1", "the British government", "uk"),
              ("m2", "Chief Medical Officer (CMO) Dr John Lee", "lee"),
              ("m3", "The UK", "uk"),
              ("m4", ("he", "he told"), "lee"),
              ("m5", "the CMO", "lee"),
              ("m6", ("he", "he explained"), "lee"),
              ("m7", ("Dr Lee", "Dr Lee told"), "lee"),
              ("m8", ("He", "He reminded"), "lee")],
    attributions=[("a1", "INDIRECT", "m2", ("said", "Lee said"),
                   "the success of the vaccination programme is critical in ensuring timely delivery of further consignments", None),
                  ("a2", "DIRECT", "m4", ("told", "he told"), seg(T, "The UK have said", "with our deliveries,"), None),
                  ("a3", "INDIRECT", "m3", ("said", "have said"),
                   "they will provide enough vaccines for the population of the entire island", "a2"),
                  ("a4", "INDIRECT", "m5", "urging",
                   "residents of the Cayman Islands to get inoculated to protect themselves, their loved ones and the wider community", None),
                  ("a5", "INDIRECT", "m6", "explained",
                   "Getting the jab is voluntary and no appointment is necessary at this stage", None),
                  ("a6", "DIRECT", "m6", None, seg(T, "It’s a walk-up", "for any reason."), None),
                  ("a7", "DIRECT", "m7", ("told", "Lee told"), seg(T, "We are also recording", "and so on,"), None),
                  ("a8", "INDIRECT", "m8", "reminded", "presently there’s no need for an appointment to get the vaccine", None)])

# ---------------------------------------------------------------------------------------
# The date line ("November 1, 2018") is left out; the stored copy ends with the last paragraph kept
# here.
# "a Garda asked the Judge if he could refer to his official notebook": a question reported of a
# named speaker, the judge its addressee. The same garda is "the Garda" twice later (inside
# contents).
# "objected saying he had been told ...": "objected" has no content, so the participle "saying"
# is the cue; "had been told that ..." is an agentless passive nested in it (null source). "Mr
# Dillon said he was objecting to the situation saying ...": read like "X said A, warning that B"
# (two claims of Dillon), with the agentless "had been told there were ..." nested in the second.
# "Mr Dillon referred to an email ..." is read like "Parker mentioned his earlier crime" (a
# noun-phrase content); in it, his "requesting Garda notes on the arrest" (the gerund's subject
# being "he") and the email's agentless "it had been stated that ..." are nested.
# Not claims: the headline's and the lead's "criticise(s) ... Gardai over ..." (criticism with no
# reported content, FORMAT.md "was criticised for"), "made his remarks" (no content) and "striking
# out" (an act of the court).
doc("donegaldaily-judge-criticises-gardai-note-taking",
    url="https://www.donegaldaily.com/2018/11/01/judge-criticises-gardai-over-issues-around-note-taking/",
    outlet="Donegal Daily", country="Ireland", topic="courts-crime", cut=False, published="2018-11-01",
    text=(T := "Judge criticises Gardai over issues around note-taking\n"
          "A Judge has criticised some Gardai over the subjects of taking notes from people due to appear in court cases.\n"
          "Judge Paul Kelly made his remarks after striking out an alleged dangerous driving case at Letterkenny District Court.\n"
          "It followed an issue which arose during the case when a Garda asked the Judge if he could refer to his official notebook.\n"
          "However, defence solicitor Kieran Dillon objected saying he had been told that the Garda had no notes on the case.\n"
          "Mr Dillon referred to an email he received after requesting Garda notes on the arrest during which it had been stated that no notes had been taken by the Garda in his notebook.\n"
          "Mr Dillon said he was objecting to the situation saying he was trying his best to prepare for a case but had been told there were no Garda notes.\n"
          "Garda Inspector Michael Harrison said he could not argue with Mr Dillon and he could not take the matter any further.\n"
          "Judge Kelly said he was striking out the case because of the issue.\n"
          "And he said “It’s happening too often and it’s not acceptable.”"),
    entities=[("kelly", "Paul Kelly", "PERSON", ["Judge Paul Kelly", "Judge Kelly", "Kelly", "A Judge", "the Judge"],
               "District Court judge at Letterkenny"),
              ("garda", "a Garda", "PERSON", ["the Garda"], "the garda witness in the case"),
              ("dillon", "Kieran Dillon", "PERSON", ["Mr Dillon", "Dillon", "defence solicitor Kieran Dillon"], "defence solicitor"),
              ("harrison", "Michael Harrison", "PERSON", ["Harrison", "Garda Inspector Michael Harrison"], "Garda Inspector")],
    mentions=[("m1", ("A Judge", "A Judge has"), "kelly"),
              ("m2", "Judge Paul Kelly", "kelly"),
              ("m3", ("a Garda", "a Garda asked"), "garda"),
              ("m4", ("the Judge", "the Judge if"), "kelly"),
              ("m5", "defence solicitor Kieran Dillon", "dillon"),
              ("m6", ("the Garda", "the Garda had no notes"), "garda"),
              ("m7", ("Mr Dillon", "Mr Dillon referred"), "dillon"),
              ("m8", ("he", "he received"), "dillon"),
              ("m9", ("the Garda", "the Garda in his notebook"), "garda"),
              ("m10", ("Mr Dillon", "Mr Dillon said"), "dillon"),
              ("m11", "Garda Inspector Michael Harrison", "harrison"),
              ("m12", ("Mr Dillon", "with Mr Dillon"), "dillon"),
              ("m13", ("Judge Kelly", "Judge Kelly said"), "kelly"),
              ("m14", ("he", "And he said"), "kelly")],
    attributions=[("a1", "INDIRECT", "m3", ("asked", "a Garda asked"), "if he could refer to his official notebook", None),
                  ("a2", "INDIRECT", "m5", ("saying", "objected saying"),
                   "he had been told that the Garda had no notes on the case", None),
                  ("a3", "INDIRECT", None, ("told", "been told that"), "the Garda had no notes on the case", "a2"),
                  ("a4", "INDIRECT", "m7", "referred to",
                   seg(T, "an email he received", "by the Garda in his notebook"), None),
                  ("a5", "INDIRECT", "m8", "requesting", "Garda notes on the arrest", "a4"),
                  ("a6", "INDIRECT", None, "stated", "no notes had been taken by the Garda in his notebook", "a4"),
                  ("a7", "INDIRECT", "m10", ("said", "Dillon said"), "he was objecting to the situation", None),
                  ("a8", "INDIRECT", "m10", ("saying", "situation saying"),
                   "he was trying his best to prepare for a case but had been told there were no Garda notes", None),
                  ("a9", "INDIRECT", None, ("told", "been told there"), "there were no Garda notes", "a8"),
                  ("a10", "INDIRECT", "m11", ("said", "Harrison said"),
                   "he could not argue with Mr Dillon and he could not take the matter any further", None),
                  ("a11", "INDIRECT", "m13", ("said", "Kelly said"), "he was striking out the case because of the issue", None),
                  ("a12", "DIRECT", "m14", ("said", "And he said"), "It’s happening too often and it’s not acceptable.", None)])

write("train_cp.jsonl")
