#!/usr/bin/env python3
"""Writes test12_a.jsonl: real-news gold, split test12-a (see gold.py). Run: python3 make_test12_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead. It is cut before a
# quotation that runs over three paragraphs and is itself cut off in the stored copy.
# "complaints by businesses that they were not consulted" is a noun cue of the businesses.
# "a letter from officers confirming ..." names its author in its NP, so it is a mention of
# the officers; the later "The letter said" names nobody and is its own entity, as the
# corpus does for "A statement by Sofia municipality" / "the statement" (test7_a).
# "they don't think the parish council represents local people" is an attitude of others
# stated in a quotation (FORMAT.md, nested), cue "think" without its negation. The two
# "say 'this is ...'" inside the quotations are hoped-for speech, not reported, so they are
# left out, as hypotheticals inside a quote are.
doc("teesdalemercury-staindrop-road-closure-october",
    url="https://teesdalemercury.co.uk/?p=7314",
    outlet="Teesdale Mercury", country="UK", topic="local", cut=True,
    text=(T := "COUNTY officers have called off another planned road closure in Staindrop after a public outcry.\n"
          "Highways chiefs had wanted to completely close the main road through the village early in the summer but called off the maintenance work following complaints by businesses that they were not consulted.\n"
          "At the time, the county council promised to speak to the parish council and local people before future work was due to take place.\n"
          "Last week, however, the parish council received a letter from officers confirming the road would be closed for about a week during October.\n"
          "The letter said officers had not had time to consult parish councillors or businesses, but had spoken to emergency services and county councillors who represent the village.\n"
          "Parish councillor Ed Chicken said: “It is interesting they don’t think the parish council represents local people. The roadworks were postponed to give them time to come to talk to us and say ‘this is the way forward’, but there has been silence.”\n"
          "He added that parish clerk Tom Bolton was in touch with county councillor George Richardson in the hope of meeting officers about the planned road closure.\n"
          "He said: “Fingers crossed we can get a meeting so they can say ‘this is the only solution’ or if there is an alternative way that does not mean the road must be closed.”\n"
          "The closure was to have stretched from the entrance to the village near St Mary’s Church, up to the bus stop near the Spar shop.\n"
          "Susan Melton, who owns The Country Teashop in Staindrop, said the road closure was due to start on a Sunday when she believed little work would be done.\n"
          "Her business is in the centre of the planned road closure."),
    entities=[("officers", "county officers", "GROUP", ["COUNTY officers", "officers", "Highways chiefs"],
               "Durham County Council highways officers"),
              ("businesses", "businesses", "GROUP", [], "Staindrop businesses"),
              ("council", "the county council", "ORGANIZATION", ["county council"], "Durham County Council"),
              ("letter", "the letter", "ORGANIZATION", [], "the officers' letter to the parish council"),
              ("chicken", "Ed Chicken", "PERSON", ["Chicken", "Parish councillor Ed Chicken"], "Staindrop parish councillor"),
              ("melton", "Susan Melton", "PERSON", ["Melton"], "owner of The Country Teashop in Staindrop")],
    mentions=[("m1", "COUNTY officers", "officers"),
              ("m2", "Highways chiefs", "officers"),
              ("m3", ("businesses", "complaints by businesses"), "businesses"),
              ("m4", ("the county council", "the county council promised"), "council"),
              ("m5", "a letter from officers", "officers"),
              ("m6", "The letter", "letter"),
              ("m7", ("officers", "said officers had"), "officers"),
              ("m8", "Parish councillor Ed Chicken", "chicken"),
              ("m9", ("they", "interesting they"), "officers"),
              ("m10", ("He", "He added"), "chicken"),
              ("m11", ("officers", "meeting officers"), "officers"),
              ("m12", ("He", "He said:"), "chicken"),
              ("m13", "Susan Melton", "melton")],
    attributions=[("a1", "INDIRECT", "m3", "complaints", "they were not consulted", None),
                  ("a2", "INDIRECT", "m4", "promised",
                   "to speak to the parish council and local people before future work was due to take place", None),
                  ("a3", "INDIRECT", "m5", "confirming", "the road would be closed for about a week during October", None),
                  ("a4", "INDIRECT", "m6", ("said", "The letter said"),
                   seg(T, "officers had not had time", "who represent the village"), None),
                  ("a5", "DIRECT", "m8", ("said", "Chicken said"),
                   seg(T, "It is interesting they", "there has been silence."), None),
                  ("a6", "INDIRECT", "m9", "think", "the parish council represents local people", "a5"),
                  ("a7", "INDIRECT", "m10", "added",
                   seg(T, "parish clerk Tom Bolton", "about the planned road closure"), None),
                  ("a8", "DIRECT", "m12", ("said", "He said:"),
                   seg(T, "Fingers crossed", "the road must be closed."), None),
                  ("a9", "INDIRECT", "m13", ("said", "Staindrop, said"),
                   "the road closure was due to start on a Sunday when she believed little work would be done", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "north-shore-liberal-mps-defend-pipeline-
# decision") and no date: the text starts with its lead. "announced the approval" is
# evaluative reporting with a noun-phrase content (FORMAT.md, "announced the launch of X").
# "a last-ditch call for rejection of the project" sits in the relative clause of Rueben
# George's source NP, so its source is that antecedent. "the 15,000 jobs Trudeau said the
# pipeline would bring" holds a speech act in a relative clause inside Edmonds' claim: its
# content is the contiguous clause after the cue, "the pipeline would bring". "his election
# promise not to approve pipelines ..." is a noun cue whose source is the possessive "his"
# (as test4_a's "his admission"). "pointing to ... as among the concerns raised" is a second
# reporting participle of Wilkinson (like "suggesting"); "is expected to take over a decade"
# is an agentless forecast nested in his claim. "the government's commitment to combat
# climate change" is a standing policy, not a reported speech act, and is left out.
doc("nsnews-north-shore-kinder-morgan-pipeline-reaction",
    url="https://www.nsnews.com/local-news/north-shore-liberal-mps-defend-pipeline-decision-3043204",
    outlet="North Shore News", country="Canada", topic="environment", cut=True,
    text=(T := "North Shore First Nations and environmentalists vowed to keep fighting the Kinder Morgan pipeline expansion while Liberal MPs began the process of selling the decision to approve the project this week.\n"
          "Immediately after Prime Minister Justin Trudeau announced the approval Tuesday, the Tsleil-Waututh called the decision “a big mistake” and predicted it would be greeted with both protests and court fights.\n"
          "“We’re willing and able to go to court,” said Rueben George, spokesman for the band’s Sacred Trust anti-pipeline program, who travelled to Ottawa to make a last-ditch call for rejection of the project on Monday. “We’re ready and willing to do whatever it takes to stop this pipeline.”\n"
          "Janice Edmonds of North Shore NOPE, an anti-pipeline group, disputed the 15,000 jobs Trudeau said the pipeline would bring, adding the Liberals haven’t accurately assessed the benefits and risks of the project.\n"
          "“People are really angry,” she said. “Just because it’s approved doesn’t mean it’s going to be built. ... There’s going to be a huge outcry.”\n"
          "Edmonds said Trudeau broke his election promise not to approve pipelines without community consent.\n"
          "North Vancouver MP Jonathan Wilkinson defended the decision.\n"
          "“At the end of the day, people oppose something for a reason,” he said – pointing to issues of spill response, climate change, impact on marine life and marine traffic in Burrard Inlet as among the concerns raised. “I think we have addressed those concerns.”\n"
          "Wilkinson argued the pipeline didn’t negate the government’s commitment to combat climate change, saying the transition away from fossil fuels is expected to take over a decade and there will still be a demand for Canada’s oil in the developing world during that time.\n"
          "Wilkinson said the decision to approve Kinder Morgan is “fully consistent” with Ottawa’s climate commitments."),
    entities=[("opponents", "North Shore First Nations and environmentalists", "GROUP", [],
               "North Shore opponents of the pipeline expansion"),
              ("trudeau", "Justin Trudeau", "PERSON", ["Trudeau", "Prime Minister Justin Trudeau"], "Prime Minister of Canada"),
              ("tw", "the Tsleil-Waututh", "ORGANIZATION", ["Tsleil-Waututh", "Tsleil-Waututh Nation"], "North Shore First Nation"),
              ("george", "Rueben George", "PERSON",
               ["George", "Rueben George, spokesman for the band’s Sacred Trust anti-pipeline program"],
               "spokesman for the Tsleil-Waututh's Sacred Trust anti-pipeline program"),
              ("edmonds", "Janice Edmonds", "PERSON", ["Edmonds", "Janice Edmonds of North Shore NOPE"],
               "member of the anti-pipeline group North Shore NOPE"),
              ("wilkinson", "Jonathan Wilkinson", "PERSON", ["Wilkinson", "North Vancouver MP Jonathan Wilkinson"],
               "Liberal MP for North Vancouver")],
    mentions=[("m1", "North Shore First Nations and environmentalists", "opponents"),
              ("m2", "Prime Minister Justin Trudeau", "trudeau"),
              ("m3", "the Tsleil-Waututh", "tw"),
              ("m4", "Rueben George, spokesman for the band’s Sacred Trust anti-pipeline program", "george"),
              ("m5", "Janice Edmonds of North Shore NOPE", "edmonds"),
              ("m6", ("Trudeau", "Trudeau said the pipeline"), "trudeau"),
              ("m7", ("she", "she said"), "edmonds"),
              ("m8", ("Edmonds", "Edmonds said"), "edmonds"),
              ("m9", ("Trudeau", "Trudeau broke"), "trudeau"),
              ("m10", ("his", "his election promise"), "trudeau"),
              ("m11", "North Vancouver MP Jonathan Wilkinson", "wilkinson"),
              ("m12", ("he", "he said –"), "wilkinson"),
              ("m13", ("Wilkinson", "Wilkinson argued"), "wilkinson"),
              ("m14", ("Wilkinson", "Wilkinson said"), "wilkinson")],
    attributions=[("a1", "INDIRECT", "m1", "vowed", "to keep fighting the Kinder Morgan pipeline expansion", None),
                  ("a2", "INDIRECT", "m2", "announced", "the approval", None),
                  ("a3", "MIXED", "m3", "called", "the decision “a big mistake”", None),
                  ("a4", "INDIRECT", "m3", "predicted", "it would be greeted with both protests and court fights", None),
                  ("a5", "DIRECT", "m4", ("said", "said Rueben"), "We’re willing and able to go to court,", None),
                  ("a6", "INDIRECT", "m4", "call for", "rejection of the project", None),
                  ("a7", "DIRECT", "m4", None, "We’re ready and willing to do whatever it takes to stop this pipeline.", None),
                  ("a8", "INDIRECT", "m5", "disputed", "the 15,000 jobs Trudeau said the pipeline would bring", None),
                  ("a9", "INDIRECT", "m6", ("said", "Trudeau said the pipeline"), "the pipeline would bring", "a8"),
                  ("a10", "INDIRECT", "m5", "adding",
                   "the Liberals haven’t accurately assessed the benefits and risks of the project", None),
                  ("a11", "DIRECT", "m7", ("said", "she said"), "People are really angry,", None),
                  ("a12", "DIRECT", "m7", None,
                   "Just because it’s approved doesn’t mean it’s going to be built. ... There’s going to be a huge outcry.", None),
                  ("a13", "INDIRECT", "m8", ("said", "Edmonds said"),
                   "Trudeau broke his election promise not to approve pipelines without community consent", None),
                  ("a14", "INDIRECT", "m10", "promise", "not to approve pipelines without community consent", "a13"),
                  ("a15", "INDIRECT", "m11", "defended", ("the decision", "defended the decision"), None),
                  ("a16", "DIRECT", "m12", ("said", "he said –"), "At the end of the day, people oppose something for a reason,", None),
                  ("a17", "INDIRECT", "m12", "pointing to",
                   seg(T, "issues of spill response", "among the concerns raised"), None),
                  ("a18", "DIRECT", "m12", None, "I think we have addressed those concerns.", None),
                  ("a19", "INDIRECT", "m13", "argued",
                   "the pipeline didn’t negate the government’s commitment to combat climate change", None),
                  ("a20", "INDIRECT", "m13", "saying",
                   seg(T, "the transition away from fossil fuels", "during that time"), None),
                  ("a21", "INDIRECT", None, "expected", "to take over a decade", "a20"),
                  ("a22", "MIXED", "m14", ("said", "Wilkinson said"),
                   "the decision to approve Kinder Morgan is “fully consistent” with Ottawa’s climate commitments", None)])

# ---------------------------------------------------------------------------------------
# The stored page prints its headline twice; it is kept once. "praised a garda for his
# 'good police work' in ..." takes its object and reason as content, as the corpus does for
# "praised X for Y" (train_g); the headline's "as he jails man ..." is an adjunct of the
# report and left out. The second quotation ends with the bare name "Judge McCartan" and no
# verb: that name is its source and the cue is null, as for a quotation that continues its
# speaker. In court reporting "evidence that ..." is testimony, a noun cue like "reports
# that": "evidence from Bird's mother that ..." is the mother's claim, and "evidence that he
# had mental health issues" names nobody (null source), nested in the judge's claim.
doc("sundayworld-judge-praises-garda-tallaght-heroin",
    url="http://www.sundayworld.com/news/courts/judge-praises-garda-for-his-good-police-work-as-he-jails-man",
    outlet="Sunday World", country="Ireland", topic="courts-crime", cut=True,
    text=(T := "Judge praises garda for his “good police work” as he jails man on drugs offence\n"
          "A judge has praised a garda for his “good police work” in stopping a first time offender and taking a drug dealer out of circulation.\n"
          "Judge Patrick McCartan made the comments during the sentence hearing of Sean Bird (25) who was caught with €34,000 worth of heroin after Garda Fran Glennon spotted a known drug dealer delivering a package to his home.\n"
          "“Gda Glennon, by reason of very good police work, stopped this young man in his tracks before he got more seriously involved, took out a significant amount of heroin out of circulation and closed down at least one drug dealer in the Tallaght area,” Judge McCartan said.\n"
          "Bird of Ard Mor Lawn, Fortunestown, Tallaght, Dublin was sentenced today at Dublin Circuit Criminal Court to five years in prison with the final three years suspended on strict conditions.\n"
          "“I have to send a message to all the Sean Birds of this world that if they lend themselves to the assistance of drug trafficking they must be dealt with in a significant way by the court,” Judge McCartan.\n"
          "He acknowledged that it would be difficult for Bird to cope with a prison sentence, considering evidence that he had mental health issues. He had heard evidence from Bird's mother that she had previously sought psychiatric assistance for her son.\n"
          "He said he was offering considerable leniency to Bird because of his supportive family and in the hope that he would have work when he finished his sentence. He said he was also taking into account a large amount of testimonials before the court.\n"
          "Gda Glennon told Garrett McCormack BL, prosecuting that he was suspicious of activities going on at Bird's home and secured a warrant to search it."),
    entities=[("mccartan", "Patrick McCartan", "PERSON", ["McCartan", "Judge McCartan", "Judge Patrick McCartan"],
               "judge of Dublin Circuit Criminal Court"),
              ("glennon", "Fran Glennon", "PERSON", ["Glennon", "Gda Glennon", "Garda Fran Glennon"], "garda in Tallaght"),
              ("mother", "Bird's mother", "PERSON", [], "mother of the defendant Sean Bird")],
    mentions=[("m1", ("Judge", "Judge praises"), "mccartan"),
              ("m2", ("garda", "praises garda"), "glennon"),
              ("m3", "A judge", "mccartan"),
              ("m4", ("a garda", "praised a garda"), "glennon"),
              ("m5", "Judge Patrick McCartan", "mccartan"),
              ("m6", "Garda Fran Glennon", "glennon"),
              ("m7", ("Gda Glennon", "“Gda Glennon"), "glennon"),
              ("m8", ("Judge McCartan", "Judge McCartan said"), "mccartan"),
              ("m9", ("Judge McCartan", "court,” Judge McCartan"), "mccartan"),
              ("m10", ("He", "He acknowledged"), "mccartan"),
              ("m11", "Bird's mother", "mother"),
              ("m12", ("He", "He said he was offering"), "mccartan"),
              ("m13", ("He", "He said he was also"), "mccartan"),
              ("m14", ("Gda Glennon", "Gda Glennon told"), "glennon")],
    attributions=[("a1", "MIXED", "m1", "praises", ("garda for his “good police work”", "praises garda"), None),
                  ("a2", "MIXED", "m3", "praised",
                   "a garda for his “good police work” in stopping a first time offender and taking a drug dealer out of circulation", None),
                  ("a3", "DIRECT", "m8", ("said", "Judge McCartan said"),
                   seg(T, "Gda Glennon, by reason", "in the Tallaght area,"), None),
                  ("a4", "DIRECT", "m9", None, seg(T, "I have to send a message", "in a significant way by the court,"), None),
                  ("a5", "INDIRECT", "m10", "acknowledged",
                   "it would be difficult for Bird to cope with a prison sentence, considering evidence that he had mental health issues", None),
                  ("a6", "INDIRECT", None, ("evidence", "considering evidence"), "he had mental health issues", "a5"),
                  ("a7", "INDIRECT", "m11", ("evidence", "heard evidence"),
                   "she had previously sought psychiatric assistance for her son", None),
                  ("a8", "INDIRECT", "m12", ("said", "He said he was offering"),
                   seg(T, "he was offering considerable leniency", "when he finished his sentence"), None),
                  ("a9", "INDIRECT", "m13", ("said", "He said he was also"),
                   "he was also taking into account a large amount of testimonials before the court", None),
                  ("a10", "INDIRECT", "m14", "told",
                   "he was suspicious of activities going on at Bird's home and secured a warrant to search it", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline and no date: the text starts with its lead, and it is cut
# at the last whole paragraph of the stored copy. "When asked whether the government feels
# intimidated by this move" is a question put to the speaker and is not annotated. The
# scare-quoted "'disorderly conduct and collective vulgarity'" has no reporting frame. The
# quoted "they want us to continue ..." and "people want to get on with their lives" are
# wishes, not reported beliefs or speech, and are not split off.
doc("mtvgy-teixeira-opposition-boycott-parliament",
    url="https://mtvgy.com/post/apnu-afc-to-boycott-next-sitting-of-parliament-gov-t-remains-unintimidated-by-opposition-teixeira",
    outlet="MTV Channel 14 (Guyana)", country="Guyana", topic="politics", cut=True,
    text=(T := "Minister of Parliamentary Affairs and Governance Gail Teixeira believes the opposition’s intention to boycott the next sitting of the Parliament is a form of intimidation.\n"
          "But Minister Teixeira said the government remains unintimidated, and this will not affect the agenda for the scheduled sitting.\n"
          "During a rally held on Tuesday evening at Burnham Court, Opposition Leader Aubrey Norton announced that the A Partnership for National Unity + Alliance for Chance (APNU+AFC) opposition would be boycotting the next sitting of the National Assembly slated for August 8.\n"
          "This move comes in wake of the suspension of eight APNU+AFC Members of Parliament for ‘disorderly conduct and collective vulgarity’ during a sitting on December 29, 2021.\n"
          "In light of this development, Minister Teixeira said this would not affect the agenda of the sitting in any way.\n"
          "“I think that’s all part of their plan to threaten, to intimidate, and to bully their way as well as to try to stymie the work of the parliament, which they can’t do, not on the issues we’re dealing with,” Minister Teixeira expressed.\n"
          "When asked whether the government feels intimidated by this move, Minister Teixeira said, “Of course not. We have our programmes, we have our plans, and the people of Guyana are benefitting, and they want us to continue on this process of transformation that they are seeing every day in front of them.”\n"
          "The Parliamentary Affairs Minister added, “The opposition made up of the APNU+AFC are desperate because people are not responding to them, people want to get on with their lives, they want to improve the quality of their lives, they want to improve the quality of their lives, and they go ahead doing their business.”\n"
          "The eight Opposition MPs suspended are Annette Ferguson, Christopher Jones, Ganesh Mahipaul, Vinceroy Jordan, Tabitha Sarabo-Halley, Sherod Duncan, Maureen Philadelphia, and Natasha Singh-Lewis."),
    entities=[("teixeira", "Gail Teixeira", "PERSON",
               ["Teixeira", "Minister Teixeira", "Minister of Parliamentary Affairs and Governance Gail Teixeira",
                "The Parliamentary Affairs Minister"], "Guyana's Minister of Parliamentary Affairs and Governance"),
              ("norton", "Aubrey Norton", "PERSON", ["Norton", "Opposition Leader Aubrey Norton"],
               "Leader of the Opposition (APNU+AFC)")],
    mentions=[("m1", "Minister of Parliamentary Affairs and Governance Gail Teixeira", "teixeira"),
              ("m2", ("Minister Teixeira", "But Minister Teixeira"), "teixeira"),
              ("m3", "Opposition Leader Aubrey Norton", "norton"),
              ("m4", ("Minister Teixeira", "development, Minister Teixeira"), "teixeira"),
              ("m5", ("Minister Teixeira", "Minister Teixeira expressed"), "teixeira"),
              ("m6", ("Minister Teixeira", "Minister Teixeira said, “"), "teixeira"),
              ("m7", "The Parliamentary Affairs Minister", "teixeira")],
    attributions=[("a1", "INDIRECT", "m1", "believes",
                   "the opposition’s intention to boycott the next sitting of the Parliament is a form of intimidation", None),
                  ("a2", "INDIRECT", "m2", ("said", "Teixeira said the government"),
                   "the government remains unintimidated, and this will not affect the agenda for the scheduled sitting", None),
                  ("a3", "INDIRECT", "m3", "announced",
                   seg(T, "the A Partnership for National Unity", "slated for August 8"), None),
                  ("a4", "INDIRECT", "m4", ("said", "Teixeira said this"),
                   "this would not affect the agenda of the sitting in any way", None),
                  ("a5", "DIRECT", "m5", "expressed", seg(T, "I think that’s all part", "the issues we’re dealing with,"), None),
                  ("a6", "DIRECT", "m6", ("said", "Teixeira said, “"), seg(T, "Of course not.", "every day in front of them."), None),
                  ("a7", "DIRECT", "m7", "added", seg(T, "The opposition made up of", "doing their business."), None)])

# ---------------------------------------------------------------------------------------
# Reuters copy on Metro US. The stored page's first line is its title tag ("... – Metro US");
# the headline is the line after it. "(Reuters) –" opens the lead like a dateline and is no
# attribution. The headline "Coach praises Blue Jackets for 'hell of a run'" is evaluative
# reporting with a content, as "praised X for Y" is in the corpus; it is MIXED (quoted part).
# The text is cut before the match report that ends the stored copy.
doc("metro-tortorella-blue-jackets-streak-ends",
    url="http://www.metro.us/sports/coach-praises-blue-jackets-for-hell-of-a-run/UUkqaf---9gNQ_fj0rKktHs6YKX_Rzw/",
    outlet="Metro US (Reuters)", country="US", topic="sport", cut=True,
    text=(T := "Coach praises Blue Jackets for ‘hell of a run’\n"
          "(Reuters) – The magical 16-game winning streak of the Columbus Blue Jackets ended one shy of matching the National Hockey League record for consecutive wins, but coach John Tortorella was understandably proud of his club.\n"
          "“I just addressed the team. I usually don’t go in the room, win or lose. All year long I haven’t been in there. But I’d be remiss if I didn’t,” Tortorella said after Thursday’s 5-0 shutout at the hands of the Washington Capitals.\n"
          "“That is one hell of a run by a hockey team. They should feel really good about it.”\n"
          "It was the first loss by Columbus since Nov. 26, as the Washington shutout notched by goaltender Braden Holtby preserved the Pittsburgh Penguins’ record of 17 in a row registered in 1993.\n"
          "“We played well, we couldn’t find a way on Holtby. Made some great saves at key times and then we kind of lost ourselves,” the Columbus coach said.\n"
          "“I’m proud of the team. We’re a good hockey team. They’ll get a day off tomorrow and we’ll get whackin’ at it again against New York (Rangers) the next day.”\n"
          "Holtby, last year’s Vezina trophy winner as the NHL’s best netminder, saved all 29 shots he faced for his fourth shutout of the season.\n"
          "“It took a performance like Holtby’s to knock us off,” Columbus captain Nick Foligno told reporters.\n"
          "“We had chances, glorious chances that we seemed to shoot into him. Or even shots that were through screens and he just swallowed them up. Credit to him, he played outstanding tonight.”\n"
          "The Blue Jackets slipped to 27-6-4, but can take pride in rocketing to the best record in the league during their hot streak.\n"
          "Washington improved to 24-9-5.\n"
          "“That’s very impressive, the streak,” said Capitals coach Barry Trotz. “In this day and age that is very impressive.”"),
    entities=[("tortorella", "John Tortorella", "PERSON", ["Tortorella", "coach John Tortorella", "the Columbus coach"],
               "head coach of the Columbus Blue Jackets"),
              ("foligno", "Nick Foligno", "PERSON", ["Foligno", "Columbus captain Nick Foligno"], "captain of the Columbus Blue Jackets"),
              ("trotz", "Barry Trotz", "PERSON", ["Trotz", "Capitals coach Barry Trotz"], "head coach of the Washington Capitals")],
    mentions=[("m1", ("Coach", "Coach praises"), "tortorella"),
              ("m2", "coach John Tortorella", "tortorella"),
              ("m3", ("Tortorella", "Tortorella said"), "tortorella"),
              ("m4", "the Columbus coach", "tortorella"),
              ("m5", "Columbus captain Nick Foligno", "foligno"),
              ("m6", "Capitals coach Barry Trotz", "trotz")],
    attributions=[("a1", "MIXED", "m1", "praises", "Blue Jackets for ‘hell of a run’", None),
                  ("a2", "DIRECT", "m3", ("said", "Tortorella said"), seg(T, "I just addressed the team.", "if I didn’t,"), None),
                  ("a3", "DIRECT", "m3", None, "That is one hell of a run by a hockey team. They should feel really good about it.", None),
                  ("a4", "DIRECT", "m4", ("said", "coach said"), seg(T, "We played well,", "lost ourselves,"), None),
                  ("a5", "DIRECT", "m4", None, seg(T, "I’m proud of the team.", "the next day."), None),
                  ("a6", "DIRECT", "m5", "told", "It took a performance like Holtby’s to knock us off,", None),
                  ("a7", "DIRECT", "m5", None, seg(T, "We had chances,", "played outstanding tonight."), None),
                  ("a8", "DIRECT", "m6", ("said", "said Capitals"), "That’s very impressive, the streak,", None),
                  ("a9", "DIRECT", "m6", None, "In this day and age that is very impressive.", None)])

# ---------------------------------------------------------------------------------------
# Dow Jones Newswires copy on ADVFN (InvestorsHub). The stored page has no headline and no
# date: the text starts with its lead and is cut at the last whole paragraph. "Dow Jones
# Newswires" is the medium of "Munoz told ...", not a source; "to ask the government to step
# in" is a planned act, not a reported one. "the union had declined to answer calls to
# resume talks": "calls to resume talks" is a noun cue with no claimant (null source),
# nested in the company's claim. "The regional governor who told reporters she would
# mediate" is a speech act in a relative clause inside Munoz's quotation (nested; its source
# is the antecedent). "what the company called its 'last, final and definitive offer,'" is
# a claim of the company inside an adjunct of Munoz's report: a claim of its own, not nested.
# "denied reports that X": the denial takes "reports that X" as content (like "defended the
# decision"), and the claimant-less noun cue "reports" is nested in it (as test2_a a2/a3).
doc("advfn-collahuasi-union-open-to-mediation",
    url="http://ih.advfn.com/stock-market/NASDAQ/mitsui-MITSY/stock-news/45307528/update-chile-collahuasi-union-president-open-to-government-mediation",
    outlet="ADVFN (Dow Jones Newswires)", country="UK", topic="business", cut=True,
    text=(T := "The 1,551-strong striking union at Chilean copper mine Dona Ines de Collahuasi is open to government mediation, union President Manuel Munoz said Thursday.\n"
          "On Wednesday, the 13th day of the strike, Collahuasi sweetened its offer in the hopes of luring workers back to work and abandoning the strike.\n"
          "The sole union at the mine will send representatives to Santiago, the nation's capital, to ask the government to step in and mediate the conflict, Munoz told Dow Jones Newswires in an interview.\n"
          "\"We want the central government to call the company to order. This is much more than just a conflict between private parties,\" Munoz said.\n"
          "While the company says the union had declined to answer calls to resume talks, Munoz counters that no one has tried to reach out to him or other leaders.\n"
          "\"The regional governor who told reporters she would mediate simply hasn't called us,\" he said.\n"
          "With the strike in its 14th day Thursday, the company says production is normal as result of a contingency plan.\n"
          "Munoz, meanwhile, holds that the mine is operating at 20% of capacity with a few replacement workers.\n"
          "He noted the company had stockpiled ore and copper for deliveries ahead of the strike, but that these stockpiles were likely dwindling.\n"
          "Regarding what the company called its \"last, final and definitive offer,\" Munoz called the sweetened deal \"a bid to break up the labor movement.\"\n"
          "The offer, which includes a net signing bonus of nearly $30,000 per worker, will be valid until Nov. 23, the company said.\n"
          "Munoz called it \"strange\" how the company was able to come up with the money to finance this latest offer when it was offering smaller bonuses in earlier talks.\n"
          "\"But this is much more than just the bonus. It's about the internal relationship between the company and its workers,\" he said.\n"
          "The union leader denied reports that the Collahuasi union was using the strike to draw attention to and strengthen the Mining Workers Federation to which it belongs."),
    entities=[("munoz", "Manuel Munoz", "PERSON", ["Munoz", "union President Manuel Munoz", "The union leader"],
               "president of the union at the Collahuasi copper mine"),
              ("collahuasi", "Collahuasi", "ORGANIZATION", ["Dona Ines de Collahuasi", "the company"],
               "Chilean copper mining company Doña Inés de Collahuasi"),
              ("governor", "The regional governor", "PERSON", ["regional governor"], "governor of the region of the mine")],
    mentions=[("m1", "Dona Ines de Collahuasi", "collahuasi"),
              ("m2", "union President Manuel Munoz", "munoz"),
              ("m3", ("Collahuasi", "Collahuasi sweetened"), "collahuasi"),
              ("m4", ("Munoz", "Munoz told"), "munoz"),
              ("m5", ("the company", "call the company to order"), "collahuasi"),
              ("m6", ("Munoz", "Munoz said."), "munoz"),
              ("m7", ("the company", "the company says the union"), "collahuasi"),
              ("m8", ("Munoz", "Munoz counters"), "munoz"),
              ("m9", "The regional governor", "governor"),
              ("m10", ("he", "called us,\" he said"), "munoz"),
              ("m11", ("the company", "the company says production"), "collahuasi"),
              ("m12", ("Munoz", "Munoz, meanwhile"), "munoz"),
              ("m13", ("He", "He noted"), "munoz"),
              ("m14", ("the company", "the company had stockpiled"), "collahuasi"),
              ("m15", ("the company", "what the company called"), "collahuasi"),
              ("m16", ("Munoz", "Munoz called the sweetened"), "munoz"),
              ("m17", ("the company", "the company said."), "collahuasi"),
              ("m18", ("Munoz", "Munoz called it"), "munoz"),
              ("m19", ("the company", "the company was able"), "collahuasi"),
              ("m20", ("he", "workers,\" he said"), "munoz"),
              ("m21", ("the company", "between the company"), "collahuasi"),
              ("m22", "The union leader", "munoz")],
    attributions=[("a1", "INDIRECT", "m2", ("said", "Munoz said Thursday"),
                   "The 1,551-strong striking union at Chilean copper mine Dona Ines de Collahuasi is open to government mediation", None),
                  ("a2", "INDIRECT", "m4", ("told", "Munoz told"),
                   seg(T, "The sole union at the mine", "mediate the conflict"), None),
                  ("a3", "DIRECT", "m6", ("said", "Munoz said."), seg(T, "We want the central government", "between private parties,"), None),
                  ("a4", "INDIRECT", "m7", ("says", "the company says the union"),
                   "the union had declined to answer calls to resume talks", None),
                  ("a5", "INDIRECT", None, ("calls", "answer calls"), "to resume talks", "a4"),
                  ("a6", "INDIRECT", "m8", "counters", "no one has tried to reach out to him or other leaders", None),
                  ("a7", "DIRECT", "m10", ("said", "called us,\" he said"),
                   "The regional governor who told reporters she would mediate simply hasn't called us,", None),
                  ("a8", "INDIRECT", "m9", ("told", "who told"), "she would mediate", "a7"),
                  ("a9", "INDIRECT", "m11", ("says", "the company says production"),
                   "production is normal as result of a contingency plan", None),
                  ("a10", "INDIRECT", "m12", "holds",
                   "the mine is operating at 20% of capacity with a few replacement workers", None),
                  ("a11", "INDIRECT", "m13", "noted",
                   seg(T, "the company had stockpiled", "were likely dwindling"), None),
                  ("a12", "MIXED", "m15", ("called", "company called"), "its \"last, final and definitive offer,\"", None),
                  ("a13", "MIXED", "m16", ("called", "Munoz called the sweetened"),
                   "the sweetened deal \"a bid to break up the labor movement.\"", None),
                  ("a14", "INDIRECT", "m17", ("said", "the company said."),
                   "The offer, which includes a net signing bonus of nearly $30,000 per worker, will be valid until Nov. 23", None),
                  ("a15", "MIXED", "m18", ("called", "Munoz called it"),
                   seg(T, "it \"strange\" how the company", "smaller bonuses in earlier talks"), None),
                  ("a16", "DIRECT", "m20", ("said", "workers,\" he said"), seg(T, "But this is much more than just the bonus.", "and its workers,"), None),
                  ("a17", "INDIRECT", "m22", "denied",
                   seg(T, "reports that the Collahuasi union", "to which it belongs"), None),
                  ("a18", "INDIRECT", None, ("reports", "denied reports"),
                   seg(T, "the Collahuasi union was using", "to which it belongs"), "a17")])

write("test12_a.jsonl")
