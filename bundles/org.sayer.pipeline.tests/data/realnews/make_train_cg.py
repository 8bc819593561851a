#!/usr/bin/env python3
"""Writes train_cg.jsonl: real-news gold, batch train-cg (see gold.py). Run: python3 make_train_cg.py"""
from gold import doc, seg, write

# Batch notes: seven outlets of Europe and the Americas (the UK twice, Costa Rica, Canada twice, Malta,
# the US), seven topics. Three outlets were claimed for this batch and left unused, because their
# stored stories had too few claims (newhavenindependent.org, sudbury.com, brantfordexpositor.ca);
# they stay held by train-cg in outlets.tsv.


# ---------------------------------------------------------------------------------------
# Chester Chronicle (UK). The stored page has no headline (its address reads "angry residents lose
# housing battle"), so the text starts with the lead. The copy breaks off inside the paragraph after
# Caldwell's quotation ("... affordable homes in"), so the text is cut before it. Single quotes are
# the primary marks; "didn't", "he's" are apostrophes. "council-lor" and "Bun-bury" are as printed.
# Notes:
# - "villagers ... feel their pleas fell on deaf ears": a belief with a named subject (FORMAT.md,
#   Included); the source is the head NP without its relative clause.
# - "wrote to ... Council objecting to three separate planning applications ...": a speech act with
#   an NP content; "to" only links the cue, as in `complained about noise` -> `noise`.
# - "he was deemed to have a vested interest": an agentless judgment, taken as `was expected to`
#   (null source, the raised subject left outside).
# - "a campaign arguing against X and raising concerns about whether Y": the participles hang on "a
#   campaign", whose authors are named in the sentence (FORMAT.md, Documents: a document is a
#   mention of its author when the author is named in its sentence), so the source is the
#   coordinated subject, one GROUP. "arguing against" keeps its particle, as "called for" does.
# - Greco's and Caldwell's quotations each run over two paragraphs (the first paragraph ends without
#   a closing mark and the next reopens): one DIRECT each. "They said he's got an interest" inside
#   Greco's is nested, "They" being the council. "they were all saying the same thing" (the letters)
#   is left out: its only content is an anaphoric "the same thing", no reported claim.
# - "A disappointed Mr Greco, a businessman": the source is the name with its role apposition,
#   without the adjective.
doc("chesterchronicle-bunbury-residents-lose-housing-battle",
    url="https://www.chesterchronicle.co.uk/news/chester-cheshire-news/angry-residents-lose-housing-battle-5308422",
    outlet="Chester Chronicle", country="UK", topic="local", cut=True,
    text=(T := "HUNDREDS of villagers who opposed any more housing development in their community feel their pleas fell on deaf ears.\n"
          "More than 300 Bunbury residents wrote to Crewe and Nantwich Council objecting to three separate planning applications for six homes and a stable block in Bunbury Lane.\n"
          "Every application was passed by the planning committee with only one dissenting member.\n"
          "To the astonishment of campaigners, Bunbury ward council-lor Brian Dykes was not even allowed to take part in the debate as he was deemed to have a vested interest.\n"
          "Residents had reached the end of their tether after a previous nine-home scheme got permission in School Lane. When fresh applications arrived many decided enough was enough.\n"
          "Family men Andrew Caldwell and Tony Greco, who live near the sites, decided to start a campaign arguing against the loss of open space and raising concerns about whether Bunbury Primary School, roads and sewers could cope.\n"
          "A disappointed Mr Greco, a businessman, said: 'The council had over 300 letters of objections. They had never had that sort strength of opposition before, but they didn't take any notice. They just passed it. I can't understand. Does it not matter then how many people object to a particular planning application when the council pay no heed?\n"
          "'The borough councillor Brian Dykes was not even allowed to represent us. They said he's got an interest. Of course he's got an interest, he lives in the same village - that's why he is our representative!'\n"
          "Fellow campaigner Andrew Caldwell, managing director of a hand tools company, said: 'There were something like 350 letters that went in which is amazing.\n"
          "'When I read them, they were all names and addresses from Bun-bury and they were all saying the same thing.'"),
    entities=[("villagers", "villagers", "GROUP",
               ["HUNDREDS of villagers", "More than 300 Bunbury residents", "Bunbury residents", "Residents"],
               "Bunbury residents opposed to more housing"),
              ("council", "Crewe and Nantwich Council", "ORGANIZATION", ["The council", "the council"],
               "local council that passed the applications"),
              ("campaign", "Family men Andrew Caldwell and Tony Greco", "GROUP", [],
               "the two campaigners together"),
              ("greco", "Tony Greco", "PERSON", ["Greco", "Mr Greco", "Mr Greco, a businessman"], "campaigner, businessman"),
              ("caldwell", "Andrew Caldwell", "PERSON",
               ["Caldwell", "Fellow campaigner Andrew Caldwell, managing director of a hand tools company"],
               "campaigner, managing director of a hand tools company")],
    mentions=[("m1", "HUNDREDS of villagers", "villagers"),
              ("m2", "More than 300 Bunbury residents", "villagers"),
              ("m3", "Crewe and Nantwich Council", "council"),
              ("m4", ("Residents", "Residents had reached"), "villagers"),
              ("m5", "Family men Andrew Caldwell and Tony Greco", "campaign"),
              ("m6", "Mr Greco, a businessman", "greco"),
              ("m7", ("The council", "'The council had"), "council"),
              ("m8", ("the council", "the council pay"), "council"),
              ("m9", ("They", "They said he's"), "council"),
              ("m10", "Fellow campaigner Andrew Caldwell, managing director of a hand tools company", "caldwell")],
    attributions=[("a1", "INDIRECT", "m1", "feel", "their pleas fell on deaf ears", None),
                  ("a2", "INDIRECT", "m2", "objecting",
                   "three separate planning applications for six homes and a stable block in Bunbury Lane", None),
                  ("a3", "INDIRECT", None, "deemed", "to have a vested interest", None),
                  ("a4", "INDIRECT", "m5", "arguing against", "the loss of open space", None),
                  ("a5", "INDIRECT", "m5", "raising concerns", "whether Bunbury Primary School, roads and sewers could cope", None),
                  ("a6", "DIRECT", "m6", ("said", "businessman, said"),
                   seg(T, "The council had over 300", "he is our representative!"), None),
                  ("a7", "INDIRECT", "m9", ("said", "They said he's"), ("he's got an interest", "They said he's"), "a6"),
                  ("a8", "DIRECT", "m10", ("said", "company, said"),
                   seg(T, "There were something like", "all saying the same thing."), None)])


# ---------------------------------------------------------------------------------------
# Down Recorder (UK, Northern Ireland). The stored page prints its headline twice, kept once; the
# date line under it ("18 June 2014") is page furniture and gives `published`. The copy breaks off
# inside the next paragraph ("Mr. James believes ... coastlin"), so the text is cut before it.
# Notes:
# - "believes A, arguing B": two claims of the chief executive (seed a18/a19).
# - "It was initially suggested the wind farm could ...": an agentless passive, null source.
# - "the consortium now believes it should be reduced ... to “minimise ...”": the purpose clause is
#   part of the belief; the content ends with its closing mark (MIXED).
# - "described the area ... as the “richest ...”": `described X as Y`, MIXED.
# - "the suggested area" and "the area earmarked for ..." are participles, not claims.
doc("thedownrecorder-ardglass-wind-farm-cutbacks-anger",
    url="http://www.thedownrecorder.co.uk/pages/index.asp?title=Wind_farm_cutbacks_fail_to_dampen_anger",
    outlet="Down Recorder", country="UK", topic="environment", cut=True, published="2014-06-18",
    text=(T := "Wind farm cutbacks fail to dampen anger\n"
          "A LEADING fishermen’s leader has warned plans to scale back Northern Ireland’s first major wind farm off the Ardglass coast do not go far enough.\n"
          "Dick James said the decision by First Flight Wind to reduce the scale of the proposed offshore project in a bid to avoid key fishing grounds does not change the fishing community’s opposition to the proposal at one of the district’s most picturesque locations.\n"
          "The chief executive of the Northern Ireland Fish Producers’ Organisation believes there are more suitable areas for an industrial wind farm off the Province’s coastline, arguing it should not be located in the suggested area between Ardglass and Annalong.\n"
          "First Flight Wind — the consortium behind the £1bn wind farm — said its decision to reduce the size of the proposed wind farm follows detailed consultations with local communities and others.\n"
          "It was initially suggested the wind farm could produce up to 600 megawatts of electricity but the consortium now believes it should be reduced to between 300 and 400 megawatts to “minimise potential impacts on shipping and commercial fisheries.”\n"
          "The wind farm has yet to secure planning consent and other approvals and while it is still not clear how many turbines will be needed, they will be located no closer than five miles off the local coastline.\n"
          "Mr. James described the area earmarked for the location of huge wind turbines as the “richest prawn fishing grounds in the entire Irish Sea.”\n"
          "He continued: “While the consortium is stepping back from its original proposal, the concern of the local fishing community and the impact this project will have on rich fishing grounds very much remains. The project will also impact on scallop and crab fishing grounds and will make it particularly difficult for boats to manoeuvre.”"),
    entities=[("james", "Dick James", "PERSON",
               ["James", "Mr. James", "A LEADING fishermen’s leader",
                "The chief executive of the Northern Ireland Fish Producers’ Organisation"],
               "chief executive of the Northern Ireland Fish Producers' Organisation"),
              ("ffw", "First Flight Wind", "ORGANIZATION",
               ["the consortium", "First Flight Wind — the consortium behind the £1bn wind farm"],
               "consortium behind the proposed offshore wind farm")],
    mentions=[("m1", "A LEADING fishermen’s leader", "james"),
              ("m2", "Dick James", "james"),
              ("m3", ("First Flight Wind", "by First Flight Wind"), "ffw"),
              ("m4", "The chief executive of the Northern Ireland Fish Producers’ Organisation", "james"),
              ("m5", "First Flight Wind — the consortium behind the £1bn wind farm", "ffw"),
              ("m6", ("the consortium", "the consortium now"), "ffw"),
              ("m7", "Mr. James", "james"),
              ("m8", ("He", "He continued"), "james"),
              ("m9", ("the consortium", "the consortium is stepping"), "ffw")],
    attributions=[("a1", "INDIRECT", "m1", "warned",
                   "plans to scale back Northern Ireland’s first major wind farm off the Ardglass coast do not go far enough", None),
                  ("a2", "INDIRECT", "m2", ("said", "James said"),
                   seg(T, "the decision by First Flight Wind", "most picturesque locations"), None),
                  ("a3", "INDIRECT", "m4", ("believes", "Organisation believes"),
                   "there are more suitable areas for an industrial wind farm off the Province’s coastline", None),
                  ("a4", "INDIRECT", "m4", "arguing", "it should not be located in the suggested area between Ardglass and Annalong", None),
                  ("a5", "INDIRECT", "m5", ("said", "— said"),
                   "its decision to reduce the size of the proposed wind farm follows detailed consultations with local communities and others", None),
                  ("a6", "INDIRECT", None, ("suggested", "initially suggested"), "the wind farm could produce up to 600 megawatts of electricity", None),
                  ("a7", "MIXED", "m6", ("believes", "now believes"),
                   seg(T, "it should be reduced to between", "commercial fisheries.”"), None),
                  ("a8", "MIXED", "m7", "described",
                   seg(T, "the area earmarked", "entire Irish Sea.”"), None),
                  ("a9", "DIRECT", "m8", "continued", seg(T, "While the consortium is stepping", "for boats to manoeuvre."), None)])


# ---------------------------------------------------------------------------------------
# Q Costa Rica (Costa Rica). The stored page has no headline (its address reads "mixed acceptance
# of Laura Chinchilla's final report to the nation"), so the text starts with the lead; it ends
# before the site's "Stay up[dated]" box, and gives no date. Two double spaces are as printed.
# Notes:
# - "highlighted on Thursday as positive the work of ...": evaluative reporting with a content, as
#   `described X as Y`; "on Thursday" is an adjunct of the reporting event and left out, so the
#   content is "as positive the work of ...". "citing as an example X" likewise keeps "as an
#   example"; it is a further claim of Solís (`X said A, warning that B`), as is "felt there were".
# - The groups "Legislators of the PLN and the PAC" and "lawmakers of the FA and the PUSC" keep
#   their party PPs, which alone tell them apart.
# - "he believed that the Presidenta was talking about another country": Araya's own attitude is
#   not split off; "talking about another country" is his figurative verdict on her speech, not a
#   report of what she said, and is not nested.
# - "mistakes that the Presidenta did not mention" is an omission with no open question; "The
#   opinions were offered" and "gave her last and final report" have no content.
doc("qcostarica-chinchilla-final-report-mixed-acceptance",
    url="http://qcostarica.com/mixed-acceptance-of-laura-chinchillas-final-report-to-the-nation/",
    outlet="Q Costa Rica", country="Costa Rica", topic="politics", cut=False,
    text=(T := "Legislators of the Partido Liberación Nacional (PLN) and the Partido Acción Ciudadana (PAC) highlighted on Thursday as positive the work of Presidenta Laura Chinchilla.\n"
          "But lawmakers of the Frente Amplio (FA) and the Partido Unidad Social Cristiana (PUSC) felt that the quality of the administration was reflected in the results (or lack of) of the PLN in the presidential elections.\n"
          "The opinions were offered after the Presidenta gave her last and final report to the nation to the new group of legislators that took began their four year term yesterday.  Laura Chinchilla’s term ends on May 8.\n"
          "PAC legislator and former presidential candidate, Ottón Solís, acknowledged the work of the Presidenta on the child care network and security, however, felt there were “ethical lapses” in the administration, citing as an example the case of wage increases lawmakers bestowed on themselves and the controversial trip to Peru on a private plane.\n"
          "PLN legislator Rolando Gonzalez said the successes of Presidenta Chinchilla are measurable and she was a “victim of sexism.”\n"
          "Legislator Edgardo Araya of the Frente Amplio said he believed that the Presidenta was talking about another country while listening to the 90 minute speech.\n"
          "Rafael Ortiz of the PUSC added that the mismanagement of the country by Presidenta Chinchilla was clearly reflected in the outcome of the last presidential election that saw the PAC candidate receive 1.3 million votes, crushing the PLN.\n"
          "Otto Guevara of the Movimiento Libertario acknowledged there were successes in the Chinchilla administration, however, there were mistakes that the Presidenta did not mention in her speech.\n"
          "It was 10:15pm when the Presidenta ended her report before legislators, ministers and invited guests, who applauded her. Legislators of the Frente Amplio, PUSC and Libertario held their applause.\n"
          "Presidenta Chinchilla will be handing over the presidential seat  PAC president-elect, Luis Guillermo Solís, on May 8."),
    entities=[("plnpac", "Legislators of the Partido Liberación Nacional (PLN) and the Partido Acción Ciudadana (PAC)", "GROUP", [],
               "lawmakers of the governing PLN and of the PAC"),
              ("fapusc", "lawmakers of the Frente Amplio (FA) and the Partido Unidad Social Cristiana (PUSC)", "GROUP", [],
               "lawmakers of the FA and the PUSC"),
              ("chinchilla", "Laura Chinchilla", "PERSON",
               ["Presidenta Laura Chinchilla", "Presidenta Chinchilla", "the Presidenta", "Chinchilla"],
               "outgoing President of Costa Rica"),
              ("solis", "Ottón Solís", "PERSON", ["PAC legislator and former presidential candidate, Ottón Solís"],
               "PAC legislator, former presidential candidate"),
              ("gonzalez", "Rolando Gonzalez", "PERSON", ["Gonzalez", "PLN legislator Rolando Gonzalez"], "PLN legislator"),
              ("araya", "Edgardo Araya", "PERSON", ["Araya", "Legislator Edgardo Araya of the Frente Amplio"],
               "Frente Amplio legislator"),
              ("ortiz", "Rafael Ortiz", "PERSON", ["Ortiz", "Rafael Ortiz of the PUSC"], "PUSC legislator"),
              ("guevara", "Otto Guevara", "PERSON", ["Guevara", "Otto Guevara of the Movimiento Libertario"],
               "Movimiento Libertario legislator")],
    mentions=[("m1", "Legislators of the Partido Liberación Nacional (PLN) and the Partido Acción Ciudadana (PAC)", "plnpac"),
              ("m2", "Presidenta Laura Chinchilla", "chinchilla"),
              ("m3", "lawmakers of the Frente Amplio (FA) and the Partido Unidad Social Cristiana (PUSC)", "fapusc"),
              ("m4", ("the Presidenta", "the Presidenta gave"), "chinchilla"),
              ("m5", "PAC legislator and former presidential candidate, Ottón Solís", "solis"),
              ("m6", ("the Presidenta", "the Presidenta on the child"), "chinchilla"),
              ("m7", "PLN legislator Rolando Gonzalez", "gonzalez"),
              ("m8", ("Presidenta Chinchilla", "Presidenta Chinchilla are"), "chinchilla"),
              ("m9", "Legislator Edgardo Araya of the Frente Amplio", "araya"),
              ("m10", ("the Presidenta", "the Presidenta was talking"), "chinchilla"),
              ("m11", "Rafael Ortiz of the PUSC", "ortiz"),
              ("m12", ("Presidenta Chinchilla", "Presidenta Chinchilla was"), "chinchilla"),
              ("m13", "Otto Guevara of the Movimiento Libertario", "guevara"),
              ("m14", ("the Presidenta", "the Presidenta did not"), "chinchilla"),
              ("m15", ("the Presidenta", "the Presidenta ended"), "chinchilla"),
              ("m16", ("Presidenta Chinchilla", "Presidenta Chinchilla will"), "chinchilla")],
    attributions=[("a1", "INDIRECT", "m1", "highlighted", "as positive the work of Presidenta Laura Chinchilla", None),
                  ("a2", "INDIRECT", "m3", ("felt", "felt that"),
                   "the quality of the administration was reflected in the results (or lack of) of the PLN in the presidential elections", None),
                  ("a3", "INDIRECT", "m5", ("acknowledged", "Solís, acknowledged"),
                   "the work of the Presidenta on the child care network and security", None),
                  ("a4", "MIXED", "m5", ("felt", "felt there were"), "there were “ethical lapses” in the administration", None),
                  ("a5", "INDIRECT", "m5", "citing",
                   seg(T, "as an example the case of wage", "on a private plane"), None),
                  ("a6", "MIXED", "m7", ("said", "Gonzalez said"),
                   "the successes of Presidenta Chinchilla are measurable and she was a “victim of sexism.”", None),
                  ("a7", "INDIRECT", "m9", ("said", "Amplio said"),
                   "he believed that the Presidenta was talking about another country while listening to the 90 minute speech", None),
                  ("a8", "INDIRECT", "m11", "added",
                   seg(T, "the mismanagement of the country", "crushing the PLN"), None),
                  ("a9", "INDIRECT", "m13", ("acknowledged", "Libertario acknowledged"),
                   seg(T, "there were successes in the Chinchilla", "did not mention in her speech"), None)])


# ---------------------------------------------------------------------------------------
# 680 News (Canada). The photo caption ("Sample screens from the TPS App. TORONTO POLICE
# SERVICE/Handout") is removed. The copy breaks off inside the last quotation ("We’ve seen time and
# again ... public safety an"), so the text is cut before it. The date is from the address.
# Notes:
# - The headline "Toronto police at your fingertips: app connects officers to public" has a topic
#   label before its colon and no cue: no claim.
# - Saunders's second quotation and Ferguson's last one have no reporting clause of their own and
#   continue the previous speaker (null cue).
# - "police emphasize the app does not substitute ...": "However" is left out; the police force is
#   the speaker (one ORGANIZATION with "Toronto police", "the TPS", "Police").
# - "The Toronto Police Service (TPS) mobile app" is a modifier use, not a mention.
doc("680news-toronto-police-app-connects-officers",
    url="http://www.680news.com/2015/08/04/toronto-police-at-your-fingertips-app-connects-officers-to-public/",
    outlet="680 News", country="Canada", topic="technology", cut=True, published="2015-08-04",
    text=(T := "Toronto police at your fingertips: app connects officers to public\n"
          "Do you need to report something to Toronto police or have questions? There’s an app for that.\n"
          "The Toronto Police Service (TPS) mobile app allows residents to report crimes and file police reports online, get information on crime in their area, obtain police releases including videos and photos, locate their closest police station, read up on safety tips, connect with virtual and neighbourhood police officers, and access news and social media feeds, to name a few features.\n"
          "“The app will allow us to send out community safety alerts to you, keeping you informed of major issues, missing persons and other important information,” police Chief Mark Saunders said in a video on the app.\n"
          "“You can enter a police report from the app, start an investigation for both a criminal matter and also to report local neighbourhood issues and driving complaints.”\n"
          "However, police emphasize the app does not substitute calling 911 in an emergency situation.\n"
          "Saunders said the purpose of the app is to leverage technology “to keep you – the community – engaged and connected.”\n"
          "The app will help police be “more connected” with the city that they serve, Supt. Hugh Ferguson echoed at a news conference on Tuesday morning.\n"
          "Police launched its presence on social media five years ago and “now, it’s time for an app” for the most connected city in Canada, Ferguson said.\n"
          "“It only made sense that the TPS develop an app and move forward in the way that we connect with the public, particularly with victims and witnesses to crime.”\n"
          "The app was developed by U.S.-based MobilePD, which has worked with several large police agencies in Canada and the United States. TPS also received a grant from the Ministry of the Attorney General to develop the app."),
    entities=[("tps", "Toronto Police Service", "ORGANIZATION", ["TPS", "the TPS", "Toronto police", "police", "Police"],
               "police force of Toronto"),
              ("saunders", "Mark Saunders", "PERSON", ["Saunders", "police Chief Mark Saunders"], "Toronto police chief"),
              ("ferguson", "Hugh Ferguson", "PERSON", ["Ferguson", "Supt. Hugh Ferguson"], "Toronto police superintendent")],
    mentions=[("m0", ("Toronto police", "Toronto police at"), "tps"),
              ("m1", ("Toronto police", "to Toronto police or"), "tps"),
              ("m2", "police Chief Mark Saunders", "saunders"),
              ("m3", ("police", "police emphasize"), "tps"),
              ("m4", ("Saunders", "Saunders said the purpose"), "saunders"),
              ("m5", ("police", "help police be"), "tps"),
              ("m6", "Supt. Hugh Ferguson", "ferguson"),
              ("m7", ("Police", "Police launched"), "tps"),
              ("m8", ("Ferguson", "Ferguson said."), "ferguson"),
              ("m9", ("the TPS", "the TPS develop"), "tps"),
              ("m10", ("TPS", "TPS also received"), "tps")],
    attributions=[("a1", "DIRECT", "m2", ("said", "Saunders said in"),
                   seg(T, "The app will allow us", "other important information,"), None),
                  ("a2", "DIRECT", "m2", None, seg(T, "You can enter a police report", "driving complaints."), None),
                  ("a3", "INDIRECT", "m3", "emphasize", "the app does not substitute calling 911 in an emergency situation", None),
                  ("a4", "MIXED", "m4", ("said", "Saunders said the purpose"),
                   seg(T, "the purpose of the app", "engaged and connected.”"), None),
                  ("a5", "MIXED", "m6", "echoed", "The app will help police be “more connected” with the city that they serve", None),
                  ("a6", "MIXED", "m8", ("said", "Ferguson said."),
                   seg(T, "Police launched its presence", "most connected city in Canada"), None),
                  ("a7", "DIRECT", "m8", None, seg(T, "It only made sense", "witnesses to crime."), None)])


# ---------------------------------------------------------------------------------------
# MaltaFootball.com (Malta). The copy breaks off inside the second quotation ("“Experienced players
# like Mifsud, ... these will"), so the text is cut before it. The date is from the address. One
# speaker, the coach, named five ways ("Tom Sainfiet" is the page's misspelling, kept as an alias).
# Notes:
# - "He said that A although he admitted that B": two claims of his (seed a18/a19), A ends before
#   "although".
# - "who in his opinion was doing very well" inside Saintfiet's claim is his own view, not split.
# - "With regards to this," and "Addressing the media on Saturday," are adjuncts, left out.
doc("maltafootball-saintfiet-offensive-football-estonia",
    url="https://www.maltafootball.com/2017/11/11/malta-to-play-more-offensive-football-as-it-hosts-estonia/",
    outlet="MaltaFootball.com", country="Malta", topic="sport", cut=True, published="2017-11-11",
    text=(T := "Malta to play more offensive football as it hosts Estonia\n"
          "Malta coach Tom Saintfiet said that Malta will be playing more offensive football as the national team hosts Estonia in a friendly match at the National Stadium on Sunday, kick-off at 15:00. A game which will be marking the debut of the forty-four year old Belgian coach as Malta national coach.\n"
          "Addressing the media on Saturday, Saintfiet said that after one week working with the squad, he was really pleased with the motivation shown by the players and that all of them were fully fit and geared for the game.\n"
          "Saintfiet admitted that Malta went through a bad period which saw the team lose ground in the FIFA Ranking and collecting just one point from the World Cup qualifiers. He said that he had to change strategy although he admitted that it would take time until Malta would start getting good results.\n"
          "The Belgian coach said that under Ghedin, Malta was playing defensive but organised football in a 5-3-1-1 formation and he aimed to change this into a 4-2-3-1 formation where there would be two central midfielders – a creative one and another who can recover the ball. With regards to this, Saintfiet pointed out that Bjorn Kristensen – the only notable absentee from the usual squad – was a creative midfielder but had just recovered from an injury and for this reason, he selected Ryan Fenech for the role who in his opinion was doing very well along with the in-form Triston Caruana.\n"
          "As regards the presence of twenty-year olds Kyrian Nwoko of Valletta and Stefan Cassar of Nadur Youngsters, Tom Sainfiet said “The national team is there to implement new young players. There would be a moment when you would need them and that is why I try to prepare them for the future. For the older players, they have to feel the pressure that there are new players ready to take your place.”"),
    entities=[("saintfiet", "Tom Saintfiet", "PERSON",
               ["Saintfiet", "Malta coach Tom Saintfiet", "The Belgian coach", "Tom Sainfiet", "Sainfiet"],
               "Malta national team coach")],
    mentions=[("m1", "Malta coach Tom Saintfiet", "saintfiet"),
              ("m2", "the forty-four year old Belgian coach", "saintfiet"),
              ("m3", ("Saintfiet", "Saintfiet said that after"), "saintfiet"),
              ("m4", ("Saintfiet", "Saintfiet admitted"), "saintfiet"),
              ("m5", ("He", "He said that he"), "saintfiet"),
              ("m6", ("he", "he admitted"), "saintfiet"),
              ("m7", "The Belgian coach", "saintfiet"),
              ("m8", ("Saintfiet", "Saintfiet pointed"), "saintfiet"),
              ("m9", "Tom Sainfiet", "saintfiet")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Saintfiet said that Malta"),
                   seg(T, "Malta will be playing more", "kick-off at 15:00"), None),
                  ("a2", "INDIRECT", "m3", ("said", "Saintfiet said that after"),
                   seg(T, "after one week working", "geared for the game"), None),
                  ("a3", "INDIRECT", "m4", ("admitted", "Saintfiet admitted"),
                   seg(T, "Malta went through a bad period", "World Cup qualifiers"), None),
                  ("a4", "INDIRECT", "m5", ("said", "He said that he"), "he had to change strategy", None),
                  ("a5", "INDIRECT", "m6", ("admitted", "he admitted"),
                   "it would take time until Malta would start getting good results", None),
                  ("a6", "INDIRECT", "m7", ("said", "coach said that under"),
                   seg(T, "under Ghedin, Malta was playing", "can recover the ball"), None),
                  ("a7", "INDIRECT", "m8", "pointed out",
                   seg(T, "Bjorn Kristensen –", "the in-form Triston Caruana"), None),
                  ("a8", "DIRECT", "m9", ("said", "Sainfiet said"),
                   seg(T, "The national team is there", "ready to take your place."), None)])


# ---------------------------------------------------------------------------------------
# Daily Press (US, Newport News, Virginia). The byline line ("May 26, 1989|By MARY BETH REGAN Staff
# Writer") is removed and gives `published`. The copy breaks off inside Hogg's second quotation
# ("“We have many other viruses out there, too,” Hogg said. “We'r"), so the text is cut before that
# paragraph. The headline's `Critical Time' is a quoted phrase with no reporting frame: no claim.
# Notes:
# - "health officials are uncertain whether the virus has spread ...": an attitude with an open
#   question, taken as the refusals and omissions of seed a9/a10 (cue "uncertain", content from
#   "whether").
# - "“Someone could take ... being there." ¶ "“Someone else ... store,” she said": the first
#   paragraph ends without a closing mark and the next reopens, so one quotation, which takes the
#   cue of the clause that closes it. "not remember to tell us that ..." inside it is hypothetical.
# - "Nine people were confirmed as having ..." and "Six other people ... have been determined not to
#   have measles": agentless findings (FORMAT.md, Included: `determined that`), null source, the
#   raised subject left outside. "eight reported cases", "the most recent case confirmed by the
#   state Health Department" and "cases currently being investigated" are participles, not claims.
doc("dailypress-hampton-measles-outbreak-critical-time",
    url="http://articles.dailypress.com/1989-05-26/news/8905260123_1_measles-cases-red-measles-rouse",
    outlet="Daily Press", country="US", topic="health-science", cut=True, published="1989-05-26",
    text=(T := "Outbreak Of Measles Enters `Critical Time'\n"
          "The number of Hampton residents infected with red measles continues to increase, but health officials are uncertain whether the virus has spread beyond a closely linked group.\n"
          "State epidemiologist Betty Rouse called it a \"critical time\" for Health Department officials trying to track the outbreak.\n"
          "\"We know we've done all we need to do, all we can do,\" Rouse said, of those people exposed to infected individuals.\n"
          "If red measles spreads to others outside the core group, the health department may have to alter its course of prevention, Rouse said. But it is too early to determine what steps may be needed, she said.\n"
          "\"Red measles spreads so rapidly,\" she said. \"Someone could take their child to the grocery store while he or she is infectious and not even remember being there.\n"
          "\"Someone else could come down with measles and not remember to tell us that they were in the grocery store,\" she said.\n"
          "Nine people were confirmed as having the highly contagious red measles Thursday, up from eight reported cases Wednesday. A 13-month-old child, who attended the Fort Monroe Day Care Center, was the most recent case confirmed by the state Health Department.\n"
          "Twelve additional red measles cases are under investigation. It is not certain how many of those people actually have the disease, she said. Six other people investigated by the health department have been determined not to have measles.\n"
          "Rouse said all the confirmed cases to date can be traced to one 14-month-old boy, who caught the disease while visiting Houston, where an outbreak since December has resulted in more than 1,500 illnesses and nine deaths.\n"
          "Several cases currently being investigated by the health department cannot be linked to the initial case in Hampton, said Rouse.\n"
          "\"It's just to early to tell,\" said Dr. Carol Hogg, director of the Hampton Health Department."),
    entities=[("officials", "health officials", "GROUP", ["Health Department officials"], "health officials tracking the outbreak"),
              ("rouse", "Betty Rouse", "PERSON", ["Rouse", "State epidemiologist Betty Rouse"], "Virginia state epidemiologist"),
              ("hogg", "Carol Hogg", "PERSON", ["Hogg", "Dr. Carol Hogg", "Dr. Carol Hogg, director of the Hampton Health Department"],
               "director of the Hampton Health Department")],
    mentions=[("m1", "health officials", "officials"),
              ("m2", "State epidemiologist Betty Rouse", "rouse"),
              ("m3", "Health Department officials", "officials"),
              ("m4", ("Rouse", "Rouse said, of"), "rouse"),
              ("m5", ("Rouse", "prevention, Rouse said"), "rouse"),
              ("m6", ("she", "needed, she said"), "rouse"),
              ("m7", ("she", "rapidly,\" she said"), "rouse"),
              ("m8", ("she", "store,\" she said"), "rouse"),
              ("m9", ("she", "disease, she said"), "rouse"),
              ("m10", ("Rouse", "Rouse said all"), "rouse"),
              ("m11", ("Rouse", "said Rouse"), "rouse"),
              ("m12", "Dr. Carol Hogg, director of the Hampton Health Department", "hogg")],
    attributions=[("a1", "INDIRECT", "m1", "uncertain", "whether the virus has spread beyond a closely linked group", None),
                  ("a2", "MIXED", "m2", "called",
                   "it a \"critical time\" for Health Department officials trying to track the outbreak", None),
                  ("a3", "DIRECT", "m4", ("said", "Rouse said, of"), "We know we've done all we need to do, all we can do,", None),
                  ("a4", "INDIRECT", "m5", ("said", "prevention, Rouse said"),
                   "If red measles spreads to others outside the core group, the health department may have to alter its course of prevention", None),
                  ("a5", "INDIRECT", "m6", ("said", "needed, she said"), "it is too early to determine what steps may be needed", None),
                  ("a6", "DIRECT", "m7", ("said", "rapidly,\" she said"), "Red measles spreads so rapidly,", None),
                  ("a7", "DIRECT", "m8", ("said", "store,\" she said"),
                   seg(T, "Someone could take their child", "were in the grocery store,"), None),
                  ("a8", "INDIRECT", None, ("confirmed", "were confirmed as"), "as having the highly contagious red measles", None),
                  ("a9", "INDIRECT", "m9", ("said", "disease, she said"),
                   "It is not certain how many of those people actually have the disease", None),
                  ("a10", "INDIRECT", None, "determined", "not to have measles", None),
                  ("a11", "INDIRECT", "m10", ("said", "Rouse said all"),
                   seg(T, "all the confirmed cases to date", "nine deaths"), None),
                  ("a12", "INDIRECT", "m11", ("said", "said Rouse"),
                   "Several cases currently being investigated by the health department cannot be linked to the initial case in Hampton", None),
                  ("a13", "DIRECT", "m12", ("said", "said Dr. Carol"), "It's just to early to tell,", None)])


# ---------------------------------------------------------------------------------------
# Sun News Network (Canada). The photo caption under the headline ("Justice Kevin Sherwood") is
# removed; the dateline "SIMCOE, Ont. --" opens the lead and is no attribution. The copy breaks off
# in the next paragraph ("Since being arrested, he has been in cus"), so the text is cut before it.
# The date is from the address.
# Notes:
# - The headline's 'reign of terror' and the lead's "a prolonged reign of terror" are quoted phrases
#   in narration with no reporting verb: not annotated.
# - `The teen "Q1," Judge Kevin Sherwood said, and the public has "Q2."`: the reporting clause
#   interrupts two coordinated quoted clauses, so it splits in two (FORMAT.md, Interruption), the
#   second with a null cue; each has a quoted and an unquoted part (MIXED), "and" left out.
# - "the viciousness ..., which he called a deliberate attempt to murder ...": a speech act in a
#   relative clause inside Sherwood's claim, nested; its content is the object after "called".
# - "The Crown has asked for 10 years" / "McArthur suggested a term of ...": NP contents.
# - "Sherwood is expected to bring down ...": agentless forecast, null source. "Court heard (how)
#   ...": null source, as `the inquiry heard that`.
# - "The teen told psychologists following his arrest that he "snapped" after ...": the addressee
#   and the adjunct are left out. Inside it, the victim "asked him about the fight and scolded him
#   about his family": two nested claims with NP contents ("about" only links, as in `complained
#   about noise`).
# - "Sherwood's decision means ..." is no speech act.
doc("sunnewsnetwork-norfolk-teen-sentenced-as-adult",
    url="http://www.sunnewsnetwork.ca/sunnews/canada/archives/2013/02/20130203-165656.html",
    outlet="Sun News Network", country="Canada", topic="courts-crime", cut=True, published="2013-02-03",
    text=(T := "Norfolk County teen to be sentenced as adult for 'reign of terror'\n"
          "SIMCOE, Ont. -- A Norfolk County youth who put a woman and her young son through \"a prolonged reign of terror\" when he attacked them in their country home will be sentenced as an adult.\n"
          "The teen \"committed horrific offences,\" Judge Kevin Sherwood said, and the public has \"the right to expect accountability of all its citizens, even our youngest citizens.\"\n"
          "Sherwood said the viciousness of the two-hour assault two years ago, which he called a deliberate attempt to murder the woman and her son, puts the teen's \"moral culpability at the very high end of the scale.\"\n"
          "Sherwood's decision means the teen, who was 17 at the time and who pleaded guilty last August, faces a longer sentence for attempted murder and sexual assault than he would normally get.\n"
          "The Crown has asked for 10 years, while the defence lawyer Mike McArthur suggested a term of between six and eight. The most he could have received as a youth is three years.\n"
          "Sherwood is expected to bring down his decision March 12.\n"
          "Court heard how the accused threatened the woman at knifepoint at her home near Langton, Ont., sexually assaulted and stabbed her, and broke her skull before setting the house on fire, with the victim and her five-year-old son trapped inside.\n"
          "When the mother broke free from the bedpost she was tied to and escaped, the teen pushed her to the ground and stood on her neck.\n"
          "The pair were finally saved after two passersby saw the smoke and flames and stopped to help.\n"
          "Court heard the teen has low intelligence, functions below his real age of 19 and struggled in high school.\n"
          "He was friends with the victim's teenaged son and got into a fight with him days before the attack a girl.\n"
          "The teen told psychologists following his arrest that he \"snapped\" after he approached the victim in her driveway where she asked him about the fight and scolded him about his family."),
    entities=[("teen", "the teen", "PERSON", ["The teen", "A Norfolk County youth", "the accused"],
               "Norfolk County youth who pleaded guilty to attempted murder"),
              ("woman", "the woman", "PERSON", ["a woman", "the victim", "the mother"], "the victim of the attack"),
              ("sherwood", "Kevin Sherwood", "PERSON", ["Sherwood", "Judge Kevin Sherwood"], "judge"),
              ("crown", "The Crown", "ORGANIZATION", ["Crown"], "the prosecution"),
              ("mcarthur", "Mike McArthur", "PERSON", ["McArthur", "the defence lawyer Mike McArthur"], "defence lawyer")],
    mentions=[("m1", "A Norfolk County youth", "teen"),
              ("m2", ("a woman", "put a woman"), "woman"),
              ("m3", ("The teen", "The teen \"committed"), "teen"),
              ("m4", "Judge Kevin Sherwood", "sherwood"),
              ("m5", ("Sherwood", "Sherwood said the"), "sherwood"),
              ("m6", ("he", "he called"), "sherwood"),
              ("m7", ("the woman", "the woman and her son"), "woman"),
              ("m8", ("the teen", "the teen, who was"), "teen"),
              ("m9", "The Crown", "crown"),
              ("m10", "the defence lawyer Mike McArthur", "mcarthur"),
              ("m11", ("Sherwood", "Sherwood is expected"), "sherwood"),
              ("m12", ("the accused", "the accused threatened"), "teen"),
              ("m13", ("the woman", "the woman at knifepoint"), "woman"),
              ("m14", ("the victim", "the victim and her"), "woman"),
              ("m15", ("the mother", "the mother broke"), "woman"),
              ("m16", ("the teen", "the teen pushed"), "teen"),
              ("m17", ("the teen", "the teen has low"), "teen"),
              ("m18", ("The teen", "The teen told"), "teen"),
              ("m19", ("the victim", "the victim in her driveway"), "woman"),
              ("m20", ("she", "she asked"), "woman")],
    attributions=[("a1", "MIXED", "m4", ("said", "Sherwood said, and"), "The teen \"committed horrific offences,\"", None),
                  ("a2", "MIXED", "m4", None,
                   "the public has \"the right to expect accountability of all its citizens, even our youngest citizens.\"", None),
                  ("a3", "MIXED", "m5", ("said", "Sherwood said the"),
                   seg(T, "the viciousness of the two-hour", "high end of the scale.\""), None),
                  ("a4", "INDIRECT", "m6", ("called", "he called"), "a deliberate attempt to murder the woman and her son", "a3"),
                  ("a5", "INDIRECT", "m9", "asked for", "10 years", None),
                  ("a6", "INDIRECT", "m10", "suggested", "a term of between six and eight", None),
                  ("a7", "INDIRECT", None, "expected", "to bring down his decision March 12", None),
                  ("a8", "INDIRECT", None, ("heard", "Court heard how"),
                   seg(T, "how the accused threatened", "son trapped inside"), None),
                  ("a9", "INDIRECT", None, ("heard", "Court heard the teen"),
                   "the teen has low intelligence, functions below his real age of 19 and struggled in high school", None),
                  ("a10", "MIXED", "m18", "told",
                   seg(T, "he \"snapped\" after", "scolded him about his family"), None),
                  ("a11", "INDIRECT", "m20", ("asked", "she asked"), ("the fight", "about the fight and"), "a10"),
                  ("a12", "INDIRECT", "m20", "scolded", "his family", "a10")])

write("train_cg.jsonl")
