#!/usr/bin/env python3
"""Writes train_cd.jsonl: real-news gold, split train-cd (see gold.py). Run: python3 make_train_cd.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Morpeth Herald (Northumberland, UK). The stored page gives the headline and the story; it breaks
# off inside the paragraph after Thompson's quotation ("... her own professiona"), so the text is cut
# before it. The page gives no date.
# Notes:
# - "prompting ... Trevor Thorne to ask them not to heckle or applaud “because ...”": a directive
#   with its addressee "them" left out (FORMAT.md: `asked the driver whether ...`), MIXED.
# - "residents persuaded committee members to reject the application" reports an outcome (the vote),
#   not a reported content, so it is not annotated. "BT was proposing three turbines" and "No
#   objections were lodged" are actions.
# - "had advised approving ..., saying ...": two claims of the planning officers (seed a18/a19).
# - "though the latter said ...": "the latter" is Natural England; "with 13 windfarms within 18.6
#   miles" is inside the reported clause and stays.
# - "reminded members that when they had approved ... they said it would give grounds ...": the
#   members' earlier statement is nested in Thompson's claim, with "they" (the members) its source.
# - "He said the BT application had been poorly prepared and considered guidance by ... Birnie
#   misleading": "considered" cannot belong to the reported clause (the application did not
#   consider), so it is a second, coordinated claim of "He": a belief with a named subject
#   (FORMAT.md, Included), content "X misleading" as for `labelled X Y`.
doc("morpethherald-wingates-windfarm-rejected-fenrother-mast",
    url="https://www.morpethherald.co.uk/news/mixed-emotions-in-windfarm-battles-1-4322718",
    outlet="Morpeth Herald", country="UK", topic="environment", cut=True,
    text=(T := "Mixed emotions in windfarm battles\n"
          "COMMUNITIES against windfarms had mixed fortunes this week as Wingates plans were thrown out, while a Fenrother test mast was approved.\n"
          "About 100 campaigners from both camps filled the county council chamber in Morpeth on Tuesday, prompting Chairman of the Planning and Environment Committee Trevor Thorne to ask them not to heckle or applaud “because I don’t want our planning committee to be intimidated”.\n"
          "BT was proposing three turbines for land near the tiny hamlet of Wingates, despite six that were approved last year about to be erected.\n"
          "But residents persuaded committee members to reject the application at Wingates Moor Farm by five votes to three.\n"
          "Council planning officers had advised approving the 121m turbines, saying the impact was not serious enough to warrant refusal.\n"
          "No objections were lodged by the Environment Agency or Natural England, though the latter said the council should satisfy itself about the cumulative impact of turbines, with 13 windfarms within 18.6 miles.\n"
          "And BT Head of Renewables Rob Williams told the meeting the turbines would generate enough to power all its exchanges in Northumberland.\n"
          "He said the company had responded to concerns by reducing the number of turbines from four to three, moving their proposed position down Wingates Ridge and devising schemes to ease the impact on neighbours.\n"
          "But Leader of Wingates Not Windfarms John Thompson reminded members that when they had approved a Wingates windfarm last year they said it would give grounds for refusing any more there.\n"
          "He said the BT application had been poorly prepared and considered guidance by Planning Officer Sue Birnie misleading.\n"
          "“In the officer’s report, the phrase ‘it is considered that’ appears no fewer than 63 times. On 63 occasions subjective conclusions support approval,” he said."),
    entities=[("thorne", "Trevor Thorne", "PERSON",
               ["Thorne", "Chairman of the Planning and Environment Committee Trevor Thorne"],
               "chairman of Northumberland County Council's planning and environment committee"),
              ("members", "committee members", "GROUP", ["members"], "members of the planning committee"),
              ("officers", "Council planning officers", "GROUP", ["planning officers"], "the council's planning officers"),
              ("ne", "Natural England", "ORGANIZATION", ["the latter"], "government conservation adviser"),
              ("williams", "Rob Williams", "PERSON", ["Williams", "BT Head of Renewables Rob Williams"], "BT's head of renewables"),
              ("thompson", "John Thompson", "PERSON", ["Thompson", "Leader of Wingates Not Windfarms John Thompson"],
               "leader of the Wingates Not Windfarms campaign")],
    mentions=[("m1", "Chairman of the Planning and Environment Committee Trevor Thorne", "thorne"),
              ("m2", ("committee members", "persuaded committee members"), "members"),
              ("m3", "Council planning officers", "officers"),
              ("m4", "Natural England", "ne"),
              ("m5", "the latter", "ne"),
              ("m6", "BT Head of Renewables Rob Williams", "williams"),
              ("m7", ("He", "He said the company"), "williams"),
              ("m8", "Leader of Wingates Not Windfarms John Thompson", "thompson"),
              ("m9", ("members", "reminded members"), "members"),
              ("m10", ("they", "they said it would"), "members"),
              ("m11", ("He", "He said the BT"), "thompson"),
              ("m12", ("he", "he said."), "thompson")],
    attributions=[("a1", "MIXED", "m1", ("ask", "to ask them"),
                   "not to heckle or applaud “because I don’t want our planning committee to be intimidated”", None),
                  ("a2", "INDIRECT", "m3", "advised", "approving the 121m turbines", None),
                  ("a3", "INDIRECT", "m3", "saying", "the impact was not serious enough to warrant refusal", None),
                  ("a4", "INDIRECT", "m5", ("said", "the latter said"),
                   "the council should satisfy itself about the cumulative impact of turbines, with 13 windfarms within 18.6 miles", None),
                  ("a5", "INDIRECT", "m6", "told", "the turbines would generate enough to power all its exchanges in Northumberland", None),
                  ("a6", "INDIRECT", "m7", ("said", "He said the company"),
                   seg(T, "the company had responded", "ease the impact on neighbours"), None),
                  ("a7", "INDIRECT", "m8", "reminded",
                   seg(T, "when they had approved", "refusing any more there"), None),
                  ("a8", "INDIRECT", "m10", ("said", "they said it would"), "it would give grounds for refusing any more there", "a7"),
                  ("a9", "INDIRECT", "m11", ("said", "He said the BT"), "the BT application had been poorly prepared", None),
                  ("a10", "INDIRECT", "m11", ("considered", "considered guidance"), "guidance by Planning Officer Sue Birnie misleading", None),
                  ("a11", "DIRECT", "m12", ("said", "he said."),
                   seg(T, "In the officer’s report", "support approval,"), None)])

# ---------------------------------------------------------------------------------------
# Inverness Courier (Highlands, UK). The stored page opens with "Home News Article", then the
# headline, byline ("By Ali Morrison"), a registration prompt and a photo caption printed twice; after
# the story come a court-reporting link and a cookie notice. All but the headline and the story are
# left out; the story is complete. The page gives no date ("yesterday (Thursday)").
# Notes:
# - "had to explain to Sheriff Sara Matheson when she took the bench that ...": the addressee and the
#   "when" adjunct of the explaining are left out; cue "explain" without "had to".
# - "Sheriff Matheson ordered that a further effort be made": a directive with a clausal content, taken
#   like "instructed to ..." (make_test7_a.py) and "told to stay home" (FORMAT.md); FORMAT.md's
#   excluded "ordered an inquiry" is an action with a noun-phrase object.
# - "Defence solicitor John MacColl and Natalie Paterson then informed the Sheriff that ...": a
#   coordinated subject is one GROUP (FORMAT.md, Groups); "informed X that Y" has a reported content,
#   unlike the excluded "informed the regulator".
# - "there is an instruction that we shouldn't attend ...": a noun cue with no claimant (null source),
#   nested in MacColl's quotation.
# - "It is understood the Sheriff summoned ...": agentless, null source, cue "understood" (as
#   make_test.py and make_train_ad.py take "is understood").
doc("invernesscourier-answering-machine-delays-sheriff-court",
    url="https://www.inverness-courier.co.uk/news/answer-machine-impasse-puts-court-proceedings-on-hold-for-almost-an-hour-230252/",
    outlet="Inverness Courier", country="UK", topic="courts-crime", cut=False,
    text=(T := "Wait for 'answer' delays Sheriff Court proceedings\n"
          "A court was delayed for almost an hour because of an answering machine.\n"
          "Courtroom 3 at the new Inverness Justice Centre was due to begin at 10am to deal with accused people who had given a police undertaking to attend court yesterday (Thursday).\n"
          "But sheriff clerk Donna Jack had to explain to Sheriff Sara Matheson when she took the bench that they couldn't contact the fiscal depute assigned for the court.\n"
          "\"We are only getting an answering machine from the number given to us by the fiscal's office. We have been trying since 9.30am\" Ms Jack said.\n"
          "Sheriff Matheson ordered that a further effort be made but there was the same result – an answering machine.\n"
          "Defence solicitor John MacColl and Natalie Paterson then informed the Sheriff that they would have been unable to deal with their cases in any event because they couldn't access the necessary papers.\n"
          "Mr MacColl explained: \"I have ten or eleven cases and can't get their papers because there is an instruction that we shouldn't attend at the fiscal office counter at the end of this corridor.\"\n"
          "Eventually, after almost an hour and intervention by an unhappy Sheriff Matheson, an alternative phone number was provided and proceedings began.\n"
          "It is understood the Sheriff summoned a senior fiscal to her chambers to resolve the impasse and the papers the solicitors required were delivered to them."),
    entities=[("jack", "Donna Jack", "PERSON", ["Ms Jack", "Jack", "sheriff clerk Donna Jack"], "sheriff clerk"),
              ("matheson", "Sara Matheson", "PERSON",
               ["Sheriff Matheson", "Matheson", "Sheriff Sara Matheson", "the Sheriff"], "sheriff at Inverness Sheriff Court"),
              ("solicitors", "Defence solicitor John MacColl and Natalie Paterson", "GROUP",
               ["John MacColl and Natalie Paterson"], "the two defence solicitors"),
              ("maccoll", "John MacColl", "PERSON", ["Mr MacColl", "MacColl"], "defence solicitor")],
    mentions=[("m1", "sheriff clerk Donna Jack", "jack"),
              ("m2", "Sheriff Sara Matheson", "matheson"),
              ("m3", "Ms Jack", "jack"),
              ("m4", ("Sheriff Matheson", "Sheriff Matheson ordered"), "matheson"),
              ("m5", "Defence solicitor John MacColl and Natalie Paterson", "solicitors"),
              ("m6", ("the Sheriff", "informed the Sheriff"), "matheson"),
              ("m7", "Mr MacColl", "maccoll"),
              ("m8", ("Sheriff Matheson", "unhappy Sheriff Matheson"), "matheson"),
              ("m9", ("the Sheriff", "the Sheriff summoned"), "matheson")],
    attributions=[("a1", "INDIRECT", "m1", ("explain", "to explain"), "they couldn't contact the fiscal depute assigned for the court", None),
                  ("a2", "DIRECT", "m3", ("said", "Ms Jack said"),
                   seg(T, "We are only getting", "since 9.30am"), None),
                  ("a3", "INDIRECT", "m4", "ordered", "a further effort be made", None),
                  ("a4", "INDIRECT", "m5", "informed",
                   seg(T, "they would have been unable", "the necessary papers"), None),
                  ("a5", "DIRECT", "m7", "explained", seg(T, "I have ten or eleven cases", "end of this corridor."), None),
                  ("a6", "INDIRECT", None, "instruction",
                   "we shouldn't attend at the fiscal office counter at the end of this corridor", "a5"),
                  ("a7", "INDIRECT", None, "understood",
                   seg(T, "the Sheriff summoned a senior fiscal", "were delivered to them"), None)])

# ---------------------------------------------------------------------------------------
# Arizona Capitol Times (Arizona, US). The stored page prints the headline and the byline line
# ("Ben Giles//February 24, 2014") twice, then a photo caption; the headline is kept once and the
# byline and caption left out. The copy breaks off inside the next paragraph ("There are “four or
# five” senators who would now v"), so the text is cut before it.
# Notes:
# - Headline "Senators on SB1062: “We made a mistake”": a colon headline (null cue) whose speaker is
#   "Senators" (the trio); "on SB1062" only gives the topic. The content is one quotation: DIRECT.
# - "urged Gov. Jan Brewer to veto ..." / "is urging Brewer to veto ...": the addressee stays, as in
#   `called on X to Y` and the corpus's "urged"; "on Monday" and "because of the “immeasurable harm”
#   ..." are adjuncts of the urging. The scare-quoted “religious freedom” makes the first MIXED.
# - "the proposal that opponents say will legalize discrimination": the relative pronoun is outside
#   the content ("will legalize discrimination"); the clause is part of the "just days after" adjunct,
#   so it is not nested in the urging.
# - "Sens. Adam Driggs, Steve Pierce and Bob Worsley sent a letter ... explaining ..., but saying
#   ...": the letter is a medium; the coordinated subject is the trio (one GROUP) and has two claims.
# - "the bill has been mischaracterized by its opponents as a sword for religious intolerance": the
#   opponents' characterization stated inside the senators' quotation, nested (FORMAT.md, Included);
#   the raised subject "the bill" is left outside, as `The firm was expected to post a loss`.
# - "We’re going on record that we made a mistake" is Worsley's own statement in his quotation, not
#   split off; "told the Arizona Capitol Times": the paper is the addressee/medium.
doc("azcapitoltimes-senators-sb1062-we-made-a-mistake",
    url="https://azcapitoltimes.com/news/2014/02/24/az-senators-on-sb1062-we-made-a-mistake-revote/",
    outlet="Arizona Capitol Times", country="US", topic="politics", cut=True, published="2014-02-24",
    text=(T := "Senators on SB1062: “We made a mistake”\n"
          "A trio of Arizona state senators urged Gov. Jan Brewer to veto a controversial “religious freedom” bill on Monday, just days after all three cast votes in favor of the proposal that opponents say will legalize discrimination.\n"
          "Sens. Adam Driggs, Steve Pierce and Bob Worsley sent a letter to the governor explaining their “sincere intent” in voting for the bill to shield Arizonans’ religious liberties, but saying a swell of opposition to SB1062 had already caused a disastrous effect on the state.\n"
          "The senators wrote that “the bill has been mischaracterized by its opponents as a sword for religious intolerance.” And because of the “immeasurable harm” to the state caused by this confusion, the trio of senators is urging Brewer to veto the measure.\n"
          "“As Arizona leaders we feel it is important to loudly proclaim that we strongly condemn religious discrimination in any form,” the senators wrote.\n"
          "Worsley, R-Mesa, was more vociferous in his opposition of SB1062, and said some Republican lawmakers only voted for the bill for the good of the party.\n"
          "“I was uncomfortable, so was Steve (Pierce),” Worsley told the Arizona Capitol Times. “And we just felt that it was important to keep the caucus together this early in the session. And it was a mistake. We’re going on record that we made a mistake.”\n"
          "Laws already on the books would protect people exercising their sincerely held religious beliefs, and SB1062 was “a solution in search of a problem,” Worsley said."),
    entities=[("trio", "A trio of Arizona state senators", "GROUP",
               ["Senators", "The senators", "the trio of senators", "Sens. Adam Driggs, Steve Pierce and Bob Worsley"],
               "Arizona state senators Adam Driggs, Steve Pierce and Bob Worsley"),
              ("opponents", "opponents", "GROUP", ["its opponents"], "opponents of SB1062"),
              ("worsley", "Bob Worsley", "PERSON", ["Worsley", "Worsley, R-Mesa"], "Republican Arizona state senator from Mesa")],
    mentions=[("m1", ("Senators", "Senators on"), "trio"),
              ("m2", "A trio of Arizona state senators", "trio"),
              ("m3", ("opponents", "opponents say"), "opponents"),
              ("m4", "Sens. Adam Driggs, Steve Pierce and Bob Worsley", "trio"),
              ("m5", ("The senators", "The senators wrote"), "trio"),
              ("m6", "its opponents", "opponents"),
              ("m7", "the trio of senators", "trio"),
              ("m8", ("the senators", "the senators wrote."), "trio"),
              ("m9", "Worsley, R-Mesa", "worsley"),
              ("m10", ("Worsley", "Worsley told"), "worsley"),
              ("m11", ("Worsley", "Worsley said"), "worsley")],
    attributions=[("a1", "DIRECT", "m1", None, "We made a mistake", None),
                  ("a2", "MIXED", "m2", "urged", "Gov. Jan Brewer to veto a controversial “religious freedom” bill", None),
                  ("a3", "INDIRECT", "m3", ("say", "opponents say"), "will legalize discrimination", None),
                  ("a4", "MIXED", "m4", "explaining",
                   "their “sincere intent” in voting for the bill to shield Arizonans’ religious liberties", None),
                  ("a5", "INDIRECT", "m4", "saying", "a swell of opposition to SB1062 had already caused a disastrous effect on the state", None),
                  ("a6", "DIRECT", "m5", ("wrote", "The senators wrote"),
                   "the bill has been mischaracterized by its opponents as a sword for religious intolerance.", None),
                  ("a7", "INDIRECT", "m6", "mischaracterized", "as a sword for religious intolerance", "a6"),
                  ("a8", "INDIRECT", "m7", "urging", "Brewer to veto the measure", None),
                  ("a9", "DIRECT", "m8", ("wrote", "the senators wrote."),
                   seg(T, "As Arizona leaders", "in any form,"), None),
                  ("a10", "INDIRECT", "m9", ("said", "and said some"),
                   "some Republican lawmakers only voted for the bill for the good of the party", None),
                  ("a11", "DIRECT", "m10", "told", "I was uncomfortable, so was Steve (Pierce),", None),
                  ("a12", "DIRECT", "m10", None, seg(T, "And we just felt", "we made a mistake."), None),
                  ("a13", "MIXED", "m11", ("said", "Worsley said"),
                   seg(T, "Laws already on the books", "search of a problem,”"), None)])

# ---------------------------------------------------------------------------------------
# Shoreline Beacon (Port Elgin, Ontario, Canada). The stored page repeats an advertisement notice
# ("This advertisement has not loaded yet ..." / "Story continues below"), left out; the standfirst
# is kept as a paragraph. The copy breaks off inside the next quotation ("... all of that detail to
# fi"), so the text is cut before it. The page gives no date.
# Notes:
# - "Grey Bruce Health Unit on Saturday declared the first outbreak": declaring an outbreak is an
#   official act, not a report (make_train_ak.py, make_test13_b.py).
# - "Both Gary Sims, ..., and Dr. Ian Arra, ..., said ...": a coordinated subject is one GROUP.
# - "The health unit didn’t identify which ... hospital was affected": an omission with an open
#   question, as seed a9/a10 (`did not say when ...`), cue "identify". "but the hospital corporation
#   did" elides its content, so it is not annotated.
# - "Hospital staff found a person ... “and the staff were smart enough to realize ...”": quoted words
#   in a sentence with no reporting verb after Sims's quotation: it continues him (FORMAT.md, No cue,
#   no claim: MIXED, null cue, the same source mention). "realize" is a thought, not nested speech.
# - "They tested people ... and found some were positive": test results found, not a study's finding.
doc("shorelinebeacon-covid-outbreak-owen-sound-hospital-contained",
    url="https://www.shorelinebeacon.com/news/local-news/updated-covid-outbreak-at-owen-sound-hospital-contained/wcm/cf203e72-41f0-40c5-b498-3f8762c5f061/amp/",
    outlet="Shoreline Beacon", country="Canada", topic="health-science", cut=True,
    text=(T := "Updated: COVID outbreak at Owen Sound hospital contained\n"
          "Grey Bruce Health Unit on Saturday declared the first outbreak in a hospital in Grey-Bruce.\n"
          "Four patients on the 6th floor at Owen Sound hospital have COVID but are asymptomatic and none of the staff have it so far, health unit and hospital officials said.\n"
          "Both Gary Sims, Grey Bruce Health Service’s president and CEO, and Dr. Ian Arra, the medical officer of health in Grey-Bruce, said so far March 21, no staff have tested positive for the virus.\n"
          "The health unit didn’t identify which Grey Bruce Health Services hospital was affected but the hospital corporation did.\n"
          "Testing is underway on 200 staff members and should be completed by early this week, Sims said.\n"
          "“It’s a credit to the staff who spotted this because they were able to find this at a time with nobody having symptoms,” he said. “Fingers crossed every comes out of this OK and we keep doing what we need to do.”\n"
          "Hospital staff found a person with COVID who came through the emergency department “and the staff were smart enough to realize oh, hold on a second, this person has some kind of connection to a person upstairs.”\n"
          "They tested people in the hospital and found some were positive, Sims said. He confirmed the infected patients are on the 6th-floor medical unit.\n"
          "Sims was careful to point out that while that’s how the outbreak was discovered, it’s still not certain that infected person in the emergency department was the source of infection on the floor.\n"
          "“I’m still thinking it’s a community person that’s brought it in, it’s a community outbreak that’s hit us,” Sims said."),
    entities=[("unit", "Grey Bruce Health Unit", "ORGANIZATION", ["The health unit", "health unit"], "regional public health unit"),
              ("officials", "health unit and hospital officials", "GROUP", [], "officials of the health unit and the hospital"),
              ("simsarra", "Gary Sims and Dr. Ian Arra", "GROUP",
               ["Both Gary Sims, Grey Bruce Health Service’s president and CEO, and Dr. Ian Arra, the medical officer of health in Grey-Bruce"],
               "the hospital corporation's CEO and the medical officer of health"),
              ("sims", "Gary Sims", "PERSON", ["Sims"], "president and CEO of Grey Bruce Health Services")],
    mentions=[("m1", "Grey Bruce Health Unit", "unit"),
              ("m2", "health unit and hospital officials", "officials"),
              ("m3", seg(T, "Both Gary Sims", "health in Grey-Bruce"), "simsarra"),
              ("m4", "The health unit", "unit"),
              ("m5", ("Sims", "week, Sims said"), "sims"),
              ("m6", ("he", "he said."), "sims"),
              ("m7", ("Sims", "positive, Sims said"), "sims"),
              ("m8", ("He", "He confirmed"), "sims"),
              ("m9", ("Sims", "Sims was careful"), "sims"),
              ("m10", ("Sims", "us,” Sims said"), "sims")],
    attributions=[("a1", "INDIRECT", "m2", ("said", "officials said"),
                   seg(T, "Four patients on the 6th floor", "have it so far"), None),
                  ("a2", "INDIRECT", "m3", ("said", "Grey-Bruce, said"),
                   "so far March 21, no staff have tested positive for the virus", None),
                  ("a3", "INDIRECT", "m4", "identify", "which Grey Bruce Health Services hospital was affected", None),
                  ("a4", "INDIRECT", "m5", ("said", "week, Sims said"),
                   "Testing is underway on 200 staff members and should be completed by early this week", None),
                  ("a5", "DIRECT", "m6", ("said", "he said."), seg(T, "It’s a credit to the staff", "nobody having symptoms,"), None),
                  ("a6", "DIRECT", "m6", None, "Fingers crossed every comes out of this OK and we keep doing what we need to do.", None),
                  ("a7", "MIXED", "m6", None, seg(T, "Hospital staff found a person", "a person upstairs.”"), None),
                  ("a8", "INDIRECT", "m7", ("said", "positive, Sims said"),
                   "They tested people in the hospital and found some were positive", None),
                  ("a9", "INDIRECT", "m8", "confirmed", "the infected patients are on the 6th-floor medical unit", None),
                  ("a10", "INDIRECT", "m9", "point out",
                   seg(T, "while that’s how the outbreak", "source of infection on the floor"), None),
                  ("a11", "DIRECT", "m10", ("said", "us,” Sims said"),
                   seg(T, "I’m still thinking", "that’s hit us,"), None)])

# ---------------------------------------------------------------------------------------
# WSLS 10 (Roanoke, Virginia, US): an Associated Press story. The stored page has a gallery line
# ("Full Screen / 1 / 4"), a copyright line, a photo caption and a "Recommended Videos" line, all left
# out. The copy breaks off inside the next paragraph ("The back and forth this spring is"), so the text
# is cut before it.
# Notes:
# - Headline "... with coaches sniping": a participle with no reported content.
# - "accused Dallas players of diving": content "X of Y", as the corpus takes `accused X of Y`.
# - "Rod Brind'Amour sounded off about a missed call ...": "about" only links the cue (FORMAT.md:
#   `complained about noise` -> `noise`). "which surprised Lane Lambert" is a state, not a claim.
# - "Hitchcock knows all about it from his warring words with everyone from Lindy Ruff ..." gives no
#   content; it only names the speakers (mentions).
# - "Ruff — older and more mild-mannered ... — in 2006 said ...": the source is "Ruff" without the long
#   descriptive apposition (FORMAT.md, Source); likewise "Tortorella". The quotation “acted like
#   idiots." closes with a straight mark (a mismatched pair still counts).
doc("wsls-ap-nhl-playoffs-coaches-sniping-hitchcock",
    url="https://www.wsls.com/sports/2023/04/24/old-time-hockey-returns-with-coaches-sniping-in-nhl-playoffs/",
    outlet="WSLS 10", country="US", topic="sport", cut=True, published="2023-04-24",
    text=(T := "Old-time hockey returns with coaches sniping in NHL playoffs\n"
          "Not long after Peter DeBoer quipped that Minnesota takes a lot of penalties, Dean Evason accused Dallas players of diving.\n"
          "Sheldon Keefe suggested Tampa Bay players had manipulated referees during a fracas, prompting Jon Cooper to say he was confused by what his Toronto counterpart was getting at. Rod Brind'Amour sounded off about a missed call that left Carolina's Teuvo Teravainen with a broken hand, which surprised Lane Lambert after his Islanders got zero power plays in the game.\n"
          "No one is standing on the benches and yelling at each other — yet — but the first round of the NHL playoffs is an old-school throwback to coaches of yesteryear having it out off the ice to set the tone for their teams in the midst of hard-fought series. The sniping is on full blast.\n"
          "“I love it,” retired Stanley Cup-winning coach Ken Hitchcock said Monday. “It’s one-upmanship. You’re doing anything you can to get an edge on the other guy. There’s no back-off from some of the coaches that are in there right now.”\n"
          "Hitchcock knows all about it from his warring words with everyone from Lindy Ruff and John Tortorella to late Hall of Famer Pat Quinn.\n"
          "Ruff — older and more mild-mannered now coaching the New Jersey Devils in the playoffs — in 2006 said Hitchcock's Flyers “acted like idiots.\" Tortorella — age 64 and back in the league with Philadelphia — in 2004 said Hitchcock “should shut his yap.”\n"
          "“Is he back out of that gopher hole again?” Hitchcock replied during that Eastern Conference final. “I’m going to have to do that ‘whack-a-mole’ thing.”"),
    entities=[("deboer", "Peter DeBoer", "PERSON", ["DeBoer"], "Dallas Stars coach"),
              ("evason", "Dean Evason", "PERSON", ["Evason"], "Minnesota Wild coach"),
              ("keefe", "Sheldon Keefe", "PERSON", ["Keefe", "his Toronto counterpart"], "Toronto Maple Leafs coach"),
              ("cooper", "Jon Cooper", "PERSON", ["Cooper"], "Tampa Bay Lightning coach"),
              ("brindamour", "Rod Brind'Amour", "PERSON", ["Brind'Amour"], "Carolina Hurricanes coach"),
              ("hitchcock", "Ken Hitchcock", "PERSON", ["Hitchcock", "retired Stanley Cup-winning coach Ken Hitchcock"],
               "retired Stanley Cup-winning coach"),
              ("ruff", "Lindy Ruff", "PERSON", ["Ruff"], "New Jersey Devils coach"),
              ("tortorella", "John Tortorella", "PERSON", ["Tortorella"], "Philadelphia Flyers coach")],
    mentions=[("m1", "Peter DeBoer", "deboer"),
              ("m2", "Dean Evason", "evason"),
              ("m3", "Sheldon Keefe", "keefe"),
              ("m4", "Jon Cooper", "cooper"),
              ("m5", "his Toronto counterpart", "keefe"),
              ("m6", "Rod Brind'Amour", "brindamour"),
              ("m7", "retired Stanley Cup-winning coach Ken Hitchcock", "hitchcock"),
              ("m8", ("Hitchcock", "Hitchcock knows"), "hitchcock"),
              ("m9", "Lindy Ruff", "ruff"),
              ("m10", "John Tortorella", "tortorella"),
              ("m11", ("Ruff", "Ruff —"), "ruff"),
              ("m12", ("Tortorella", "Tortorella —"), "tortorella"),
              ("m13", ("Hitchcock", "said Hitchcock “should"), "hitchcock"),
              ("m14", ("Hitchcock", "Hitchcock replied"), "hitchcock")],
    attributions=[("a1", "INDIRECT", "m1", "quipped", "Minnesota takes a lot of penalties", None),
                  ("a2", "INDIRECT", "m2", "accused", "Dallas players of diving", None),
                  ("a3", "INDIRECT", "m3", "suggested", "Tampa Bay players had manipulated referees during a fracas", None),
                  ("a4", "INDIRECT", "m4", ("say", "to say he"), "he was confused by what his Toronto counterpart was getting at", None),
                  ("a5", "INDIRECT", "m6", "sounded off",
                   "a missed call that left Carolina's Teuvo Teravainen with a broken hand", None),
                  ("a6", "DIRECT", "m7", ("said", "Hitchcock said Monday"), "I love it,", None),
                  ("a7", "DIRECT", "m7", None, seg(T, "It’s one-upmanship.", "in there right now."), None),
                  ("a8", "MIXED", "m11", ("said", "in 2006 said"), "Hitchcock's Flyers “acted like idiots.\"", None),
                  ("a9", "MIXED", "m12", ("said", "in 2004 said"), "Hitchcock “should shut his yap.”", None),
                  ("a10", "DIRECT", "m14", "replied", "Is he back out of that gopher hole again?", None),
                  ("a11", "DIRECT", "m14", None, "I’m going to have to do that ‘whack-a-mole’ thing.", None)])

# ---------------------------------------------------------------------------------------
# Antigua Newsroom (Antigua and Barbuda). The advertisement block and the readers' comments after the
# story are left out; the story is complete (its "Browne added" lacks a final full stop, kept as
# printed). The page gives no date.
# Notes:
# - Headline "PM Slams Digicel And Flow For “Crappy, Expensive Service”": "slams X for Y" takes "X for
#   Y" as content (corpus practice for "slams"/"slammed"), MIXED for the quoted part.
# - "has again lashed out at Flow and Digicel in favour of ...": cue "lashed out at" with the target as
#   content (make_test12_b.py); "in favour of the state-owned ..." is an adjunct.
# - "to slam the two private providers for providing what he called expensive and poor quality
#   service": "what he called ..." is a speech act in a relative clause inside the claim, nested; the
#   relative pronoun is outside its content.
# - "there are many who are blaming the government for slow internet services": an attitude of others
#   stated in Browne's quotation, nested with "many" its source.
# - "He said as a result of this “we cannot rely on them.”": MIXED; "as a result of this" is inside the
#   reported clause. "The prime minister and minister for finance" is one person, Browne.
doc("antiguanewsroom-browne-slams-digicel-flow-crappy-service",
    url="https://antiguanewsroom.com/pm-slams-digicel-and-flow-for-crappy-expensive-service/",
    outlet="Antigua Newsroom", country="Antigua and Barbuda", topic="technology", cut=False,
    text=(T := "PM Slams Digicel And Flow For “Crappy, Expensive Service”\n"
          "Prime Minister Gaston Browne has again lashed out at Flow and Digicel in favour of the state-owned Antigua Public Utilities Authority.\n"
          "He used the occasion of the 2020 Budget Speech to slam the two private providers for providing what he called expensive and poor quality service.\n"
          "“I know there are many who are blaming the government for slow internet services but the reality is it is Cable and Wireless and Digicel who are selling crappy service for an expensive fee,” he told parliament.\n"
          "“That is a fact and I want them to hear very clearly,” Browne added\n"
          "He said as a result of this “we cannot rely on them.”\n"
          "The prime minister and minister for finance announced that US$ 30 million will be invested in APUA to improve broadband service and coverage.\n"
          "He said this will include underwater fibre cable for faster speeds.\n"
          "“We are getting APUA to build out its own infrastructure so you can get good quality affordable service,” he announced.\n"
          "“We not having no quarrel with them they can continue to provide their crappy service, we putting money in APUA so we can supply the demands of our people,” Browne added."),
    entities=[("browne", "Gaston Browne", "PERSON",
               ["Browne", "PM", "Prime Minister Gaston Browne", "The prime minister and minister for finance"],
               "Prime Minister and Minister of Finance of Antigua and Barbuda"),
              ("many", "many", "GROUP", [], "people blaming the government for slow internet")],
    mentions=[("m1", "PM", "browne"),
              ("m2", "Prime Minister Gaston Browne", "browne"),
              ("m3", ("He", "He used"), "browne"),
              ("m4", ("he", "he called"), "browne"),
              ("m5", ("many", "many who"), "many"),
              ("m6", ("he", "he told"), "browne"),
              ("m7", ("Browne", "clearly,” Browne added"), "browne"),
              ("m8", ("He", "He said as a result"), "browne"),
              ("m9", "The prime minister and minister for finance", "browne"),
              ("m10", ("He", "He said this will"), "browne"),
              ("m11", ("he", "he announced"), "browne"),
              ("m12", ("Browne", "people,” Browne added"), "browne")],
    attributions=[("a1", "MIXED", "m1", "Slams", "Digicel And Flow For “Crappy, Expensive Service”", None),
                  ("a2", "INDIRECT", "m2", "lashed out at", "Flow and Digicel", None),
                  ("a3", "INDIRECT", "m3", "slam",
                   "the two private providers for providing what he called expensive and poor quality service", None),
                  ("a4", "INDIRECT", "m4", "called", "expensive and poor quality service", "a3"),
                  ("a5", "DIRECT", "m6", "told", seg(T, "I know there are many", "for an expensive fee,"), None),
                  ("a6", "INDIRECT", "m5", "blaming", "the government for slow internet services", "a5"),
                  ("a7", "DIRECT", "m7", ("added", "clearly,” Browne added"), "That is a fact and I want them to hear very clearly,", None),
                  ("a8", "MIXED", "m8", ("said", "He said as a result"), "as a result of this “we cannot rely on them.”", None),
                  ("a9", "INDIRECT", "m9", ("announced", "finance announced"),
                   "US$ 30 million will be invested in APUA to improve broadband service and coverage", None),
                  ("a10", "INDIRECT", "m10", ("said", "He said this will"), "this will include underwater fibre cable for faster speeds", None),
                  ("a11", "DIRECT", "m11", ("announced", "he announced"),
                   "We are getting APUA to build out its own infrastructure so you can get good quality affordable service,", None),
                  ("a12", "DIRECT", "m12", ("added", "people,” Browne added"),
                   seg(T, "We not having no quarrel", "demands of our people,"), None)])

# ---------------------------------------------------------------------------------------
# The Barents Observer (Kirkenes, Norway). The stored page gives the headline and the story, which
# reads as complete. The page gives no date.
# Notes:
# - "The pilots ... are seeking an agreement ..." and "the airline wants to cut costs" state goals,
#   not reported contents (wanting is no claim, as in train_ca to train_cc).
# - "“There are countless examples ...,” he warned, ..., adding that carrier could “not afford to take
#   losses indefinitely,” Aftenposten reports.": the paper reports the whole sentence (cue "reports",
#   MIXED content from the first opening mark to the last closing mark), and Kjos's two claims
#   ("warned", "adding") are nested in it, as "According to Reuters, he said ..." (train_ca) and
#   `the Courier reported, citing Nordpress, that ...` (FORMAT.md) make the outlet the source. "as he
#   gave his first press conference ..." is an adjunct; "called a strike" is an action.
doc("barentsobserver-norwegian-air-pilots-strike-kjos-warns",
    url="https://thebarentsobserver.com/business/norwegian-planes-grounded-third-day/235233",
    outlet="The Barents Observer", country="Norway", topic="business", cut=False,
    text=(T := "Norwegian planes grounded third day\n"
          "Europe’s third-biggest low-cost airline Norwegian Air Shuttle is facing its biggest crises as a strike by pilots grounded almost all of its domestic flights in Norway, Sweden and Denmark since Wednesday.\n"
          "More than 100.000 passengers have so far been affected by the strike, which started on Saturday, as 70 pilots walked out following a three months of labor-dispute.\n"
          "The strike escalated on Wednesday, and a total of nearly 700 pilots are now on strike. Almost all Norwegian’s domestic flights in Norway, Sweden and Denmark have been grounded since then.\n"
          "The pilots are employed by Norwegian Air Norway, a subsidiary, and are seeking an agreement with the parent company on pay and adjustments in pension terms. But the airline wants to cut costs and is looking at the wages and benefits its Norwegian pilots receive relative to the lower rates paid in countries such as Spain and the UK.\n"
          "Norwegian chief executive Bjørn Kjos warned that the pilot strike could only continue for a matter of weeks before putting the survival of the company at risk.\n"
          "“There are countless examples of unions striking companies into bankruptcy,” he warned, as he gave his first press conference since the company’s pilots called a strike on Saturday, adding that carrier could “not afford to take losses indefinitely,” Aftenposten reports.\n"
          "Some flights to the U.K., Spain, and Finland are operating as usual. The airline’s long-haul routes from Scandinavia and England to the U.S. and Asia will operate as normal as they are beyond the scope of the dispute.\n"
          "Norwegian is Europe’s third-biggest low-cost airline behind Ryanair and EasyJet, according to Financial Times. It has become one of the first European airlines to have WiFi on most of its planes."),
    entities=[("kjos", "Bjørn Kjos", "PERSON", ["Kjos", "Norwegian chief executive Bjørn Kjos"], "chief executive of Norwegian Air Shuttle"),
              ("aftenposten", "Aftenposten", "ORGANIZATION", [], "Norwegian newspaper"),
              ("ft", "Financial Times", "ORGANIZATION", [], "British newspaper")],
    mentions=[("m1", "Norwegian chief executive Bjørn Kjos", "kjos"),
              ("m2", ("he", "he warned"), "kjos"),
              ("m3", "Aftenposten", "aftenposten"),
              ("m4", "Financial Times", "ft")],
    attributions=[("a1", "INDIRECT", "m1", ("warned", "Kjos warned"),
                   seg(T, "the pilot strike could only", "company at risk"), None),
                  ("a2", "MIXED", "m3", "reports",
                   seg(T, "“There are countless examples", "losses indefinitely,”"), None),
                  ("a3", "DIRECT", "m2", ("warned", "he warned"),
                   "There are countless examples of unions striking companies into bankruptcy,", "a2"),
                  ("a4", "MIXED", "m2", "adding", "carrier could “not afford to take losses indefinitely,”", "a2"),
                  ("a5", "INDIRECT", "m4", "according to",
                   "Norwegian is Europe’s third-biggest low-cost airline behind Ryanair and EasyJet", None)])

write("train_cd.jsonl")
