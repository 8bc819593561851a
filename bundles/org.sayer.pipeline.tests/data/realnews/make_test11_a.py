#!/usr/bin/env python3
"""Writes test11_a.jsonl: real-news gold, split test11-a (see gold.py). Run: python3 make_test11_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead.
doc("algarvedailynews-economy-minister-taunts-opposition",
    url="https://mail.algarvedailynews.com/news/487-economy-minister-taunts-opposition",
    outlet="Algarve Daily News", country="Portugal", topic="politics", cut=False,
    text=(T := "The Economy Minister, António Pires de Lima, said today that \"tirades\" from the opposition make it appear that they are \"angry about the economic recovery.\"\n"
          "Pires de Lima was in parliament today involved in the discussions over the 2014 State Budget which went on for 5 hours, not quite a full working day despite politicians' referring to the session as a marathon.\n"
          "During his speech Pires de Lima appealed several times for political consensus and cited several times recent the positive indicators of the Portuguese economy, in which although confident, de Lima said they should be taken with a degree of caution.\n"
          "\"I have heard the impassioned speeches of the opposition and I think that time will provide the best answer and the best response to the questions and concerns of the opposition,” he said, adding that the PS, the Left Bloc and the Communist Party \"run the risk of appearing to be angry with the economic recovery.\"\n"
          "Pires de Lima reiterated that private companies do not have to wait for the state to increase the national minimum wage before agreeing wage rises and argued that those companies that are performing well should share the gains with their workers, a comment that will not win him many friends in the business community.\n"
          "“The private sector does not have to wait for the state to increase the national minimum wage, as anyway it can not do so before the end of the Troika period of austerity.”"),
    entities=[("pireslima", "António Pires de Lima", "PERSON",
               ["Pires de Lima", "de Lima", "The Economy Minister, António Pires de Lima"], "Portuguese Economy Minister"),
              ("politicians", "politicians", "GROUP", [], "politicians in the budget debate")],
    mentions=[("m1", "The Economy Minister, António Pires de Lima", "pireslima"),
              ("m2", ("Pires de Lima", "Pires de Lima was in parliament"), "pireslima"),
              # The possessive is the subject of the gerund "referring", so it is the speaker's mention.
              ("m3", ("politicians", "politicians' referring"), "politicians"),
              ("m4", ("Pires de Lima", "Pires de Lima appealed"), "pireslima"),
              ("m5", ("de Lima", "de Lima said they"), "pireslima"),
              ("m6", ("he", "he said, adding"), "pireslima"),
              ("m7", ("Pires de Lima", "Pires de Lima reiterated"), "pireslima")],
    attributions=[("a1", "MIXED", "m1", ("said", "said today that"),
                   seg(T, "\"tirades\" from the opposition", "economic recovery.\"", "\"tirades\""), None),
                  # "referring to X as Y" follows "described X as Y" (Included although borderline): content "X as Y".
                  ("a2", "INDIRECT", "m3", "referring", "the session as a marathon", None),
                  # "appealed several times for": the adverb splits the cue, so the cue is the verb and the
                  # linking "for" is left out of the content (as "complained about noise" -> "noise").
                  ("a3", "INDIRECT", "m4", "appealed", "political consensus", None),
                  ("a4", "INDIRECT", "m4", "cited", "recent the positive indicators of the Portuguese economy", None),
                  # "although confident" is an adjunct of the reporting event and stays out.
                  ("a5", "INDIRECT", "m5", ("said", "de Lima said they"), "they should be taken with a degree of caution", None),
                  ("a6", "DIRECT", "m6", ("said", "he said, adding"),
                   seg(T, "I have heard the impassioned", "concerns of the opposition,"), None),
                  # "X said A, adding that B" is two claims of X (seed a18/a19).
                  ("a7", "MIXED", "m6", "adding",
                   seg(T, "the PS, the Left Bloc", "with the economic recovery.\""), None),
                  ("a8", "INDIRECT", "m7", "reiterated",
                   seg(T, "private companies do not have to wait", "before agreeing wage rises"), None),
                  # The trailing ", a comment that will not win him many friends ..." is the journalist's.
                  ("a9", "INDIRECT", "m7", "argued",
                   "those companies that are performing well should share the gains with their workers", None),
                  # A quotation with no reporting clause continues the previous speaker.
                  ("a10", "DIRECT", "m7", None,
                   seg(T, "The private sector does not", "Troika period of austerity."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead. It is cut in the middle of the
# spokesperson's quotation, which the page continues in a third paragraph: the text ends at the
# second paragraph's end, so the quotation is left open (its content runs to the end of the text).
doc("northamptonchron-councillor-planning-told-ignore-safety-risks",
    url="http://www.northamptonchron.co.uk/news/councillor-claims-northampton-planning-officers-told-to-ignore-safety-warnings-incase-authority-has-to-pay-costs-1-8057289",
    outlet="Northampton Chronicle & Echo", country="UK", topic="local", cut=True,
    text=(T := "An opposition councillor has said that the planning committee have previously been told to 'ignore' risks to safety because unsuccessful applications will cost taxpayers money.\n"
          "Councillor Julie Davenport, (Labour, Delapre & Briar Hill) said that planning committee members have to take into consideration Northamptonshire Highways comments when 'no problems' with parking is brought to their attention during meetings.\n"
          "But following a planning committee meeting discussing a House in Multiple Occupancy in Southampton Road, Far Cotton on Tuesday, July 4, she said: \"Although, when the Highways stated on the application (105 Southampton Road) there is 'severe risk to safety' we are told to ignore that because it won't win on appeal because there is a bus route is nearby.\n"
          "\"Planning is to check with the Inspectorate as to what will or will not be allowed on appeal because each successful challenge is at the taxpayer's expense.\"\n"
          "But assistant cabinet member regeneration, enterprise and planning, James Hill (Con, Rectory Farm) said it's a difficult situation.\n"
          "\"The issue is officers are worried about if we lose too many appeals the Inspectorate could take away local planning powers, then the council won't have any say at all.\n"
          "\"Some councillors need to be aware that constantly calling in every HMO by default could result in bad consequences.\"\n"
          "A spokesperson for Northampton Borough Council said: “All committee members receive extensive training to ensure that they are able to effectively and impartially scrutinise the matters that come before them.\n"
          "“As part of the proper planning process, previous appeal decisions are material planning considerations, which should be considered when relevant to an application."),
    entities=[("davenport", "Julie Davenport", "PERSON",
               ["Davenport", "Councillor Julie Davenport", "An opposition councillor"],
               "Labour councillor for Delapre & Briar Hill"),
              ("highways", "Northamptonshire Highways", "ORGANIZATION", ["Highways", "the Highways"],
               "county highways authority"),
              ("hill", "James Hill", "PERSON",
               ["Hill", "assistant cabinet member regeneration, enterprise and planning, James Hill"],
               "assistant cabinet member for regeneration, enterprise and planning"),
              ("officers", "officers", "GROUP", [], "the council's planning officers"),
              ("spokesperson", "A spokesperson for Northampton Borough Council", "PERSON", [],
               "spokesperson of Northampton Borough Council")],
    mentions=[("m1", "An opposition councillor", "davenport"),
              ("m2", "Councillor Julie Davenport", "davenport"),
              ("m3", ("she", "she said:"), "davenport"),
              ("m4", ("the Highways", "when the Highways"), "highways"),
              ("m5", "assistant cabinet member regeneration, enterprise and planning, James Hill", "hill"),
              ("m6", ("officers", "The issue is officers"), "officers"),
              ("m7", "A spokesperson for Northampton Borough Council", "spokesperson")],
    attributions=[("a1", "MIXED", "m1", ("said", "has said that"),
                   seg(T, "the planning committee have previously", "cost taxpayers money"), None),
                  # The raised subject "the planning committee" stays outside. The because-clause gives the
                  # reason for ignoring the risks, which is part of what they were told (the same in a5).
                  ("a2", "MIXED", None, ("told", "been told to"),
                   seg(T, "to 'ignore' risks", "cost taxpayers money"), "a1"),
                  ("a3", "MIXED", "m2", ("said", "Briar Hill) said"),
                   seg(T, "planning committee members have to take", "attention during meetings"), None),
                  # One quotation over two paragraphs (the first is left open and the second reopens).
                  ("a4", "DIRECT", "m3", ("said", "she said:"),
                   seg(T, "Although, when the Highways", "at the taxpayer's expense."), None),
                  # "(105 Southampton Road)" belongs to the adjunct "on the application" and stays out.
                  ("a5", "MIXED", "m4", "stated", "there is 'severe risk to safety'", "a4"),
                  ("a6", "INDIRECT", None, ("told", "we are told"),
                   seg(T, "to ignore that because", "bus route is nearby"), "a4"),
                  ("a7", "INDIRECT", "m5", ("said", "Rectory Farm) said"), "it's a difficult situation", None),
                  ("a8", "DIRECT", "m5", None, seg(T, "The issue is officers", "result in bad consequences."), None),
                  # An attitude of others stated in a quote is nested ("Drivers know that ..."); the linking
                  # "about" is left out.
                  ("a9", "INDIRECT", "m6", "worried",
                   seg(T, "if we lose too many appeals", "have any say at all"), "a8"),
                  ("a10", "DIRECT", "m7", ("said", "Council said:"),
                   seg(T, "All committee members receive", "relevant to an application."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead (and its dateline).
doc("sciotovalleyguardian-armed-suspect-route-23-ross-county",
    url="https://sciotovalleyguardian.com/2024/06/14/authorities-respond-to-armed-suspect-on-route-23-in-ross-co",
    outlet="Scioto Valley Guardian", country="US", topic="courts-crime", cut=False, published="2024-06-14",
    text=(T := "ROSS COUNTY, Ohio — A tense situation unfolded on June 13 when local deputies, assisted by the Ohio State Highway Patrol, responded to reports of a male suspect pointing a firearm at passing motorists on Route 23 near Scioto Trails.\n"
          "According to the sheriff’s office, incident began when dispatch received multiple 911 calls about a male in dark clothing walking near the highway and brandishing a firearm. The Ohio State Highway Patrol relayed that the suspect was last seen near the southbound lanes of Route 23 and Blain Highway.\n"
          "Upon arrival, a State Highway Patrol trooper and a deputy found the suspect, whose name was redacted by the sheriff’s office, seated on a concrete slab by the southbound lanes, matching the description provided.\n"
          "Despite repeated commands, the suspect allegedly failed to comply, lowering his hands several times before claiming he was “deaf and blind.”\n"
          "Deputies said in their report that they managed to separate the individual from several bags he had with him, eventually securing him in wrist restraints. The deputy reported that he recognized him from two prior encounters that same day, where the man had been reported as a “suspicious person” but had committed no crime warranting detention. During those earlier interactions, the man had declined offers of assistance.\n"
          "A search of the suspect by the State Trooper revealed only a pair of broken scissors. The suspect claimed he had been pointing a “finger gun” at passing cars to make them slow down. The suspect also disclosed that he was schizophrenic and made alarming statements about potentially harming others.\n"
          "According to the report, further investigation revealed the suspect had recently been released from the Fayette County Sheriff’s Office. No actual firearms were found in his possession.\n"
          "The suspect was transported to Adena Regional Medical Center for mental health evaluation and assistance."),
    entities=[("deputies", "Deputies", "GROUP", ["local deputies"], "Ross County sheriff's deputies"),
              ("patrol", "The Ohio State Highway Patrol", "ORGANIZATION", ["Ohio State Highway Patrol"], "Ohio's state police"),
              ("suspect", "the suspect", "PERSON", ["a male suspect", "the man", "the individual"], "unnamed man detained on Route 23"),
              ("sheriff", "the sheriff’s office", "ORGANIZATION", ["sheriff’s office"], "Ross County Sheriff's Office"),
              ("deputy", "The deputy", "PERSON", ["a deputy"], "the deputy who detained the suspect"),
              ("report", "the report", "ORGANIZATION", [], "the report on the incident")],
    mentions=[("m1", "local deputies", "deputies"),
              ("m2", ("the Ohio State Highway Patrol", "assisted by the Ohio"), "patrol"),
              ("m3", "a male suspect", "suspect"),
              ("m4", ("the sheriff’s office", "According to the sheriff"), "sheriff"),
              ("m5", "a male in dark clothing", "suspect"),
              ("m6", "The Ohio State Highway Patrol", "patrol"),
              ("m7", ("the suspect", "the suspect was last seen"), "suspect"),
              ("m8", "a deputy", "deputy"),
              ("m9", ("the suspect", "found the suspect"), "suspect"),
              ("m10", ("the sheriff’s office", "redacted by the sheriff"), "sheriff"),
              ("m11", ("the suspect", "the suspect allegedly"), "suspect"),
              ("m12", "Deputies", "deputies"),
              ("m13", "the individual", "suspect"),
              ("m14", "The deputy", "deputy"),
              ("m15", ("the man", "the man had been reported"), "suspect"),
              ("m16", ("the man", "the man had declined"), "suspect"),
              ("m17", ("the suspect", "search of the suspect"), "suspect"),
              ("m18", ("The suspect", "The suspect claimed"), "suspect"),
              ("m19", ("The suspect", "The suspect also"), "suspect"),
              ("m20", ("the report", "According to the report"), "report"),
              ("m21", ("the suspect", "the suspect had recently"), "suspect"),
              ("m22", ("The suspect", "The suspect was transported"), "suspect")],
    attributions=[# "reports of ..." with no claimant: null source.
                  ("a1", "INDIRECT", None, "reports",
                   seg(T, "a male suspect pointing", "near Scioto Trails"), None),
                  ("a2", "INDIRECT", "m4", ("According to", "According to the sheriff"),
                   seg(T, "incident began when dispatch", "brandishing a firearm"), None),
                  # The 911 calls report what the unnamed callers saw: a noun cue like "reports of", with a
                  # null source; the linking "about" is left out.
                  ("a3", "INDIRECT", None, "calls",
                   seg(T, "a male in dark clothing", "brandishing a firearm"), "a2"),
                  ("a4", "INDIRECT", "m6", "relayed",
                   seg(T, "the suspect was last seen", "and Blain Highway"), None),
                  ("a5", "MIXED", "m11", "claiming", "he was “deaf and blind.”", None),
                  # "in their report" is a medium.
                  ("a6", "INDIRECT", "m12", ("said", "Deputies said"),
                   seg(T, "they managed to separate", "in wrist restraints"), None),
                  ("a7", "MIXED", "m14", ("reported", "deputy reported"),
                   seg(T, "he recognized him from", "warranting detention"), None),
                  # Agentless passive "had been reported as X" follows "has been described as X" in the
                  # corpus: the raised subject stays out, "as" stays in.
                  ("a8", "MIXED", None, ("reported", "had been reported"), "as a “suspicious person”", "a7"),
                  ("a9", "MIXED", "m18", "claimed",
                   seg(T, "he had been pointing", "make them slow down"), None),
                  ("a10", "INDIRECT", "m19", "disclosed", "he was schizophrenic", None),
                  ("a11", "INDIRECT", "m19", "statements", "potentially harming others", None),
                  # "the report" names no author, so it is its own entity (Documents); "investigation revealed"
                  # is an evidential and is not split off.
                  ("a12", "INDIRECT", "m20", ("According to", "According to the report"),
                   seg(T, "further investigation revealed", "Fayette County Sheriff’s Office"), None)])

# ---------------------------------------------------------------------------------------
# The page prints its standfirst and then a lead of the same words; both are kept and both carry
# the claim (FORMAT.md, Text parts). The photo caption and the share bar between them are removed.
doc("chathamdailynews-season-cancellation-bitter-pill-hockey",
    url="https://www.chathamdailynews.ca/sports/local-sports/season-cancellation-bitter-pill-to-swallow-for-hockey-teams",
    outlet="The Chatham Daily News", country="Canada", topic="sport", cut=True,
    text=(T := "Season cancellation 'bitter pill to swallow' for hockey teams\n"
          "Less than a day after suspending all activities indefinitely, teams in the Ontario Hockey Association were told Friday the season is officially over.\n"
          "Less than a day after suspending all activities indefinitely, teams in the Ontario Hockey Association were told Friday the season is officially over.\n"
          "The Greater Ontario Junior Hockey League and Provincial Junior Hockey League were among the circuits that announced the cancellation of their remaining playoff games in a bid to fight the spread of the coronavirus.\n"
          "“A bitter pill to swallow,” Mooretown Flags general manager John Baker said.\n"
          "The Flags were supposed to visit the Lakeshore Canadiens on Friday night for Game 1 in the PJHL Stobbs Division final.\n"
          "“This series between us and Lakeshore was going to be a hell of a series,” Baker said. “We were expecting 800 (per game) in our rink and at least 1,500 in their rink.”\n"
          "If the Flags played three home games in the series, they expected to bring in $25,000 through tickets, merchandise, bar sales and 50/50 draws, he said.\n"
          "“That’s a big financial impact to an organization of our size,” Baker said.\n"
          "The winning team would also play up to three more series in the PJHL playoffs.\n"
          "Hockey Canada announced Thursday night it would “cancel all Hockey Canada-sanctioned activities, including our national championships, until further notice, effective Friday, March 13, 2020.”\n"
          "However, teams were told Friday that all activities were cancelled for good. The directive applies to all minor, junior and senior teams governed by Hockey Canada."),
    entities=[("circuits", "the circuits", "GROUP", [], "junior hockey leagues, among them the GOJHL and the PJHL"),
              ("baker", "John Baker", "PERSON", ["Baker", "Mooretown Flags general manager John Baker"],
               "general manager of the Mooretown Flags"),
              ("hockeycanada", "Hockey Canada", "ORGANIZATION", [], "Canada's hockey governing body")],
    mentions=[("m1", "the circuits", "circuits"),
              ("m2", "Mooretown Flags general manager John Baker", "baker"),
              ("m3", ("Baker", "series,” Baker said"), "baker"),
              ("m4", ("he", "draws, he said"), "baker"),
              ("m5", ("Baker", "our size,” Baker said"), "baker"),
              ("m6", ("Hockey Canada", "Hockey Canada announced"), "hockeycanada"),
              ("m7", ("Hockey Canada", "governed by Hockey Canada"), "hockeycanada")],
    attributions=[# The headline's quoted words have no reporting frame and are not annotated.
                  # Agentless "were told": null source; "Friday" is an adjunct and the addressee stays out.
                  ("a1", "INDIRECT", None, ("told", "hockey teams\nLess than"),
                   ("the season is officially over", "hockey teams\nLess than"), None),
                  ("a2", "INDIRECT", None, ("told", "over.\nLess than"),
                   ("the season is officially over", "over.\nLess than"), None),
                  # The cue sits in a relative clause, so the source is its antecedent, "the circuits"; the
                  # purpose adjunct "in a bid to ..." stays out.
                  ("a3", "INDIRECT", "m1", ("announced", "circuits that announced"), "the cancellation of their remaining playoff games", None),
                  ("a4", "DIRECT", "m2", ("said", "John Baker said"), "A bitter pill to swallow,", None),
                  ("a5", "DIRECT", "m3", ("said", "series,” Baker said"),
                   "This series between us and Lakeshore was going to be a hell of a series,", None),
                  ("a6", "DIRECT", "m3", None,
                   "We were expecting 800 (per game) in our rink and at least 1,500 in their rink.", None),
                  # "they expected" is the speaker's own side's expectation within his report (as "she said
                  # she believes"), not split off.
                  ("a7", "INDIRECT", "m4", ("said", "draws, he said"),
                   seg(T, "If the Flags played three", "bar sales and 50/50 draws"), None),
                  ("a8", "DIRECT", "m5", ("said", "our size,” Baker said"),
                   "That’s a big financial impact to an organization of our size,", None),
                  ("a9", "MIXED", "m6", ("announced", "Canada announced"),
                   seg(T, "it would “cancel all", "March 13, 2020.”"), None),
                  ("a10", "INDIRECT", None, ("told", "teams were told Friday that"),
                   "all activities were cancelled for good", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead (and its dateline).
doc("radiohc-las-bambas-protests-peru-copper-mine",
    url="https://radiohc.cu/index.php/fr/noticias/internacionales/71784-protests-continue-against-massive-copper-mining-project-in-peru",
    outlet="Radio Habana Cuba", country="Cuba", topic="environment", cut=False,
    text=(T := "Lima, October 7 (teleSUR-RHC)-- The government of Peru announced on Tuesday that it has reached an agreement on changes to the controversial Las Bambas mining project after meeting with mayors whose constituents have raised concerns over its environmental impacts.\n"
          "Those constituents, however, are singing a different tune, saying they won’t talk with the government about any proposed changes until after it cancels the state of emergency declared last month.\n"
          "The Peruvian government sees the project as essential to economic growth. Owned by a consortium led by the Chinese government, Las Bambas project is expected to start next year and produce 400,000 metric tons of copper by 2017.\n"
          "Peru is the world’s third largest producer of copper and mining accounts for the majority of its exports. The government claims Las Bambas project alone will increase its annual gross domestic product by 1.4 percent.\n"
          "Residents in the areas affected by the project, however, have been protesting the government’s attempt to expand the project beyond what they say was initially promised. Local farmers, in particular, are concerned the project will pollute their land – concerns that have boiled over into often violent protests.\n"
          "Protests in support of farmers have since expanded to the adjacent region of Abancay."),
    # The mayors' constituents and the residents of the affected areas are one collective; the local
    # farmers are a subset of it and a separate entity (FORMAT.md, Coreference).
    entities=[("peru", "The government of Peru", "ORGANIZATION",
               ["The Peruvian government", "the government", "government of Peru"], "Government of Peru"),
              ("residents", "Residents in the areas affected by the project", "GROUP",
               ["Residents", "Those constituents", "constituents"], "residents near the Las Bambas mine"),
              ("farmers", "Local farmers", "GROUP", ["farmers"], "farmers near the Las Bambas mine")],
    mentions=[("m1", "The government of Peru", "peru"),
              ("m2", ("constituents", "whose constituents"), "residents"),
              ("m3", "Those constituents", "residents"),
              ("m4", ("the government", "talk with the government"), "peru"),
              ("m5", "The Peruvian government", "peru"),
              ("m6", ("The government", "The government claims"), "peru"),
              ("m7", "Residents in the areas affected by the project", "residents"),
              ("m8", ("they", "they say"), "residents"),
              ("m9", "Local farmers", "farmers")],
    attributions=[# "after meeting with mayors ..." modifies "reached", inside the claim.
                  ("a1", "INDIRECT", "m1", "announced",
                   seg(T, "it has reached an agreement", "its environmental impacts"), None),
                  # A speech act in a relative clause inside a claim is nested; "over" only links the cue.
                  ("a2", "INDIRECT", "m2", "raised concerns", "its environmental impacts", "a1"),
                  # "are singing a different tune" is an idiom with no content.
                  ("a3", "INDIRECT", "m3", "saying",
                   seg(T, "they won’t talk with the government", "declared last month"), None),
                  # "sees X as Y" is a belief with a named subject (as "see the move as another blow" in train).
                  ("a4", "INDIRECT", "m5", "sees", "the project as essential to economic growth", None),
                  # Agentless forecast: null source, the raised subject stays out.
                  ("a5", "INDIRECT", None, "expected",
                   "to start next year and produce 400,000 metric tons of copper by 2017", None),
                  ("a6", "INDIRECT", "m6", "claims",
                   "Las Bambas project alone will increase its annual gross domestic product by 1.4 percent", None),
                  # "protesting" is the protest action and is not annotated; "what they say was ..." has its
                  # content after the cue, as "what they call his 'great' work" in train.
                  ("a7", "INDIRECT", "m8", ("say", "they say"), "was initially promised", None),
                  ("a8", "INDIRECT", "m9", "concerned", "the project will pollute their land", None)])

# ---------------------------------------------------------------------------------------
# The section label ("Industrial pole") and the photo caption are removed; the text is cut before
# the fifth paragraph, which the stored page breaks off in mid-sentence.
doc("brasildefato-ford-close-heavy-truck-plant-brazil",
    url="https://www.brasildefato.com.br/2019/02/20/ford-to-close-heavy-truck-plant-in-brazil-could-cost-tens-of-thousands-of-jobs/",
    outlet="Brasil de Fato", country="Brazil", topic="business", cut=True, published="2019-02-20",
    text=(T := "Ford to close heavy truck plant in Brazil, could cost tens of thousands of jobs\n"
          "Workers decided to go on strike hours after president of carmarker in Brazil announced decision\n"
          "Car giant Ford announced on Tuesday, Feb. 19, that it will close by November its heavy truck plant in São Bernardo do Campo, just outside the city of São Paulo, Brazil, a move that union leaders estimate will cost 2,800 direct jobs and 1,500 outsourced jobs. The statistical institute Dieese estimates the move could indirectly impact 24,000 workers down the chain.\n"
          "Ford president in Brazil, Lyle Watters, and its vice president, Rogelio Golfarb, announced the decision during a meeting with the Metalworkers’ Union of the ABC Area, an industrial suburb of São Paulo. The workers, who were caught by surprise, decided to go on strike hours after the announcement and will gather again next Tuesday to define the next steps they will take.\n"
          "“We did everything we could to prevent this from happening. And you can’t expect to hear news like this and just keep working. We must all go home and come back next week. We’ll be on strike until then,” said José Quixabeira de Anchieta, the general coordinator of the Ford Union Committee, according to a statement released by the Unified Workers’ Central (CUT).\n"
          "The carmaker released a statement to the press informing the move is part of a global reorganization, “as an important milestone to resume sustainable profitability with its South American operations,” and will cease to make and sell Cargo, F-4000, and F-350 trucks, as well as the Fiesta line after it runs out of stock."),
    entities=[("ford", "Ford", "ORGANIZATION", ["Car giant Ford", "The carmaker"], "US carmaker"),
              ("watters", "Lyle Watters", "PERSON", ["president of carmarker in Brazil", "Watters"], "Ford's president in Brazil"),
              ("unionleaders", "union leaders", "GROUP", [], "leaders of the metalworkers' unions"),
              ("dieese", "The statistical institute Dieese", "ORGANIZATION", ["Dieese"], "Brazilian trade-union statistics institute"),
              ("execs", "Lyle Watters and Rogelio Golfarb", "GROUP",
               ["Rogelio Golfarb", "Golfarb"],
               "Ford's president and vice president in Brazil"),
              ("anchieta", "José Quixabeira de Anchieta", "PERSON",
               ["Quixabeira de Anchieta", "Anchieta"],
               "general coordinator of the Ford Union Committee"),
              ("cut", "the Unified Workers’ Central (CUT)", "ORGANIZATION", ["Unified Workers’ Central", "CUT"],
               "Brazilian trade-union confederation")],
    mentions=[("m1", ("Ford", "Ford to close"), "ford"),
              ("m2", "president of carmarker in Brazil", "watters"),
              ("m3", "Car giant Ford", "ford"),
              ("m4", "union leaders", "unionleaders"),
              ("m5", "The statistical institute Dieese", "dieese"),
              # A coordinated subject is one GROUP; the names inside it are not separate mentions.
              ("m6", "Ford president in Brazil, Lyle Watters, and its vice president, Rogelio Golfarb", "execs"),
              ("m7", "José Quixabeira de Anchieta, the general coordinator of the Ford Union Committee", "anchieta"),
              ("m8", "the Unified Workers’ Central (CUT)", "cut"),
              ("m9", "The carmaker", "ford")],
    attributions=[# "announced decision" has a noun-phrase content (as "announced the launch of X").
                  ("a1", "INDIRECT", "m2", ("announced", "Brazil announced decision"), ("decision", "announced decision"), None),
                  # Ford's claim ends before the journalist's apposition ", a move that union leaders estimate
                  # ...", whose claim is the union leaders' and not nested in Ford's.
                  ("a2", "INDIRECT", "m3", ("announced", "Ford announced"),
                   seg(T, "it will close by November", "city of São Paulo, Brazil"), None),
                  ("a3", "INDIRECT", "m4", ("estimate", "leaders estimate"),
                   "will cost 2,800 direct jobs and 1,500 outsourced jobs", None),
                  ("a4", "INDIRECT", "m5", ("estimates", "Dieese estimates"),
                   "the move could indirectly impact 24,000 workers down the chain", None),
                  ("a5", "INDIRECT", "m6", ("announced", "Golfarb, announced"), "the decision", None),
                  # Two clauses, one claim: "said" carries it; CUT's statement is a non-source mention.
                  ("a6", "DIRECT", "m7", ("said", "said José"),
                   seg(T, "We did everything we could", "on strike until then,"), None),
                  # "will cease to make and sell ..." is coordinated with "released" (its subject is the
                  # carmaker, not "the move"), so it is narration and not part of the statement's content.
                  ("a7", "MIXED", "m9", "informing",
                   seg(T, "the move is part of a global", "South American operations,”"), None)])

write("test11_a.jsonl")
