#!/usr/bin/env python3
"""Writes train_bs.jsonl: real-news gold, split train-bs (see gold.py). Run: python3 make_train_bs.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Sidmouth Herald (UK). The stored page has no headline (its address reads "council row over
# West Hill planning application"), so the text starts with the standfirst; the page breaks off
# inside the paragraph after "... a true record of the meeting.", so the text is cut before it.
# Notes:
# - "made a proposal not to support the plans for various reasons at the planning meeting": the
#   noun is the cue; "for various reasons" and "at the planning meeting" are adjuncts of the
#   proposing (left out, as "in an effort to slow traffic" in FORMAT.md).
# - "she and fellow West Hill representative Roger Giles feel ..." and "the two councillors and
#   also residents feel ...": coordinated subjects are one GROUP each (FORMAT.md, Groups). In the
#   second, the cue sits in a relative clause on "the phrase"; its content is the predicate after
#   the cue, as for "what he said was “a limp”" in make_train_bq.py.
# - "The resolution contained the phrase ‘…’": "contained" is no reporting verb (left out).
# - "spoke out against the minutes" is annotated like "complained about noise" -> "noise"
#   (FORMAT.md, Content); "calling the comment ‘inappropriate’" is a second claim of Hall's.
# - "a more balanced use of the land had been suggested by a member of the public": a speech act
#   reported inside the other councillors' claim (nested); the passive's subject is what was
#   suggested, so it is the content, and the by-agent is the source.
doc("sidmouthherald-ottery-councillors-row-west-hill-minutes",
    url="https://www.sidmouthherald.co.uk/news/council-row-over-west-hill-planning-application-6074756",
    outlet="Sidmouth Herald", country="UK", topic="local", cut=True,
    text=(T := "An argument broke out between town councillors last week over a ‘grave injustice’ surrounding the minutes of a planning meeting\n"
          "Ottery councillors had agreed unanimously not to support the proposed development at the Cooper Trust Land in West Hill last month but several councillors were angry over the wording of the minutes from the meeting at the Narthex.\n"
          "Councillor Claire Wright made a proposal not to support the plans for various reasons at the planning meeting which was unanimously agreed on but she and fellow West Hill representative Roger Giles feel a phrase has been added which alters its meaning.\n"
          "The resolution contained the phrase ‘A more balanced use of this land would be appropriate’, which the two councillors and also residents feel may be used in a future proposal as indicative of council approval for development of the land.\n"
          "Planning Committee chair Paul Carter revealed at the council meeting last Monday several emails had been submitted to the council after a copy of the draft decision was put on the East Devon planning services website, and Margaret Hall, who lives next door to the Cooper Trust land, spoke out against the minutes, calling the comment ‘inappropriate’.\n"
          "Councillor Giles said: “I move the minutes be amended to remove that point as that statement wasn’t made during the resolution. I think the minutes are wrong.”\n"
          "He added he would not have voted in favour of the resolution had he thought the remark was part of it.\n"
          "But other councillors said the minutes were correct as a more balanced use of the land had been suggested by a member of the public and discussed at the meeting. Cllr Carter replied: “I post these minutes as a true record of the meeting.”"),
    entities=[("wright", "Claire Wright", "PERSON", ["Wright", "Councillor Claire Wright"], "Ottery town councillor for West Hill"),
              ("wrightgiles", "she and fellow West Hill representative Roger Giles", "GROUP", [],
               "councillors Claire Wright and Roger Giles"),
              ("councillorsresidents", "the two councillors and also residents", "GROUP", [],
               "Wright, Giles and West Hill residents"),
              ("carter", "Paul Carter", "PERSON", ["Carter", "Planning Committee chair Paul Carter", "Cllr Carter"],
               "chair of the town council's planning committee"),
              ("hall", "Margaret Hall", "PERSON", ["Hall"], "neighbour of the Cooper Trust land"),
              ("giles", "Roger Giles", "PERSON", ["Giles", "Councillor Giles"], "Ottery town councillor for West Hill"),
              ("othercouncillors", "other councillors", "GROUP", [], "other Ottery town councillors"),
              ("publicmember", "a member of the public", "PERSON", [], "member of the public at the planning meeting")],
    mentions=[("m1", "Councillor Claire Wright", "wright"),
              ("m2", "she and fellow West Hill representative Roger Giles", "wrightgiles"),
              ("m3", "the two councillors and also residents", "councillorsresidents"),
              ("m4", "Planning Committee chair Paul Carter", "carter"),
              ("m5", "Margaret Hall", "hall"),
              ("m6", "Councillor Giles", "giles"),
              ("m7", ("He", "He added"), "giles"),
              ("m8", "other councillors", "othercouncillors"),
              ("m9", "a member of the public", "publicmember"),
              ("m10", "Cllr Carter", "carter")],
    attributions=[("a1", "INDIRECT", "m1", ("proposal", "a proposal not"), "not to support the plans", None),
                  ("a2", "INDIRECT", "m2", ("feel", "Giles feel"), "a phrase has been added which alters its meaning", None),
                  ("a3", "INDIRECT", "m3", ("feel", "residents feel"),
                   "may be used in a future proposal as indicative of council approval for development of the land", None),
                  ("a4", "INDIRECT", "m4", "revealed",
                   seg(T, "several emails had been submitted", "planning services website"), None),
                  ("a5", "INDIRECT", "m5", "spoke out", ("the minutes", "spoke out against the minutes"), None),
                  ("a6", "MIXED", "m5", "calling", "the comment ‘inappropriate’", None),
                  ("a7", "DIRECT", "m6", ("said", "Giles said"), seg(T, "I move the minutes", "the minutes are wrong."), None),
                  ("a8", "INDIRECT", "m7", ("added", "He added"),
                   "he would not have voted in favour of the resolution had he thought the remark was part of it", None),
                  ("a9", "INDIRECT", "m8", ("said", "councillors said"),
                   seg(T, "the minutes were correct", "discussed at the meeting"), None),
                  ("a10", "INDIRECT", "m9", "suggested", "a more balanced use of the land", "a9"),
                  ("a11", "DIRECT", "m10", "replied", "I post these minutes as a true record of the meeting.", None)])

# ---------------------------------------------------------------------------------------
# Blacklock's Reporter (Canada). The stored page breaks off inside the paragraph after "... the
# study findings.”", so the text is cut before it; the page gives no date. Notes:
# - Headline "Scientists Biased, Talk Too Much: Government Memo": the name stands after the
#   colon, as in a "claim – name" headline (FORMAT.md, Headlines): null cue, source "Government
#   Memo".
# - Documents (FORMAT.md, Documents): "Natural Resources Canada in a confidential cabinet
#   grievance suggests" names the author, so the source is the department and the grievance a
#   medium. "a Memorandum To The Minister", "The memo" and "Government Memo" name no author in
#   their NP or sentence, so the memo is its own entity. "the study that revealed ..." names its
#   author in the same sentence ("A panel of scientists ... wrote the study"), so "the study" is a
#   mention of the panel; the cue sits in a relative clause, so "the study" is the source.
# - Nested in the memo's quotations: "Environment Canada has told us that ..." and "Professor
#   Smol stated: ‘…’" (single marks inside the double ones, DIRECT). "We’re not saying these lakes
#   are poisonous" is Smol's own report and "would indicate" an evidential (not split off).
doc("blacklocks-memo-scientists-biased-oilsands-smol",
    url="https://www.blacklocks.ca/scientists-biased-talk-too-much-government-memo/",
    outlet="Blacklock's Reporter", country="Canada", topic="environment", cut=True,
    text=(T := "Scientists Biased, Talk Too Much: Government Memo\n"
          "Natural Resources Canada in a confidential cabinet grievance suggests senior scientists are biased and too talkative with reporters. The memo followed publication of federal research on the environmental impact of Alberta’s oil sands development.\n"
          "“This is classic,” said Dr. John Smol, a Queen’s University professor who co-authored the landmark oil sands research; “You can call me all sorts of names but, look, I’m an honest guy. The Canadian people have a right to know this. I am very proud of that paper.”\n"
          "A panel of scientists at Queen’s and Environment Canada wrote the study that revealed hazardous emissions from oilsands development had resulted in detectable levels of contamination in nearby lakes. The 2013 research paper Legacy Of a Half Century Of Athabasca Oil Sands Development Recorded By Lake Ecosystems based its findings on lake sediment deposits in north-central Alberta.\n"
          "“The study received significant media coverage,” complained a Memorandum To The Minister. “Environment Canada has told us that this was, in part, because Queen’s University provided an embargoed advance copy to media outlets along with a technical briefing by Professor Smol.”\n"
          "The memo continued, “In interviews, Professor Smol stated: ‘We have, in some ways, a smoking gun here…We can show that the amount of polycyclic aromatic hydrocarbons, only one of the many contaminants that are out there, are increasing in lockstep with the tar sands developments starting in the 1960s…We’re not saying these lakes are poisonous, but it’s going to get worse. It’s not too late, but the trend is not looking good.’ The advance briefing by Queen’s University and the statements would indicate a lack of neutrality in the study participants and are not in line with the study findings.”"),
    entities=[("memo", "Memorandum To The Minister", "ORGANIZATION",
               ["Government Memo", "The memo", "a Memorandum To The Minister"],
               "confidential memorandum to the Minister of Natural Resources"),
              ("nrcan", "Natural Resources Canada", "ORGANIZATION", [], "Canadian federal department"),
              ("smol", "John Smol", "PERSON",
               ["Smol", "Dr. John Smol", "Professor Smol", "Dr. John Smol, a Queen’s University professor"],
               "Queen's University biology professor, co-author of the oil sands study"),
              ("panel", "A panel of scientists at Queen’s and Environment Canada", "GROUP", ["the study"],
               "authors of the 2013 oil sands lake study"),
              ("envcan", "Environment Canada", "ORGANIZATION", [], "Canadian federal environment department")],
    mentions=[("m1", "Government Memo", "memo"),
              ("m2", "Natural Resources Canada", "nrcan"),
              ("m3", ("The memo", "The memo followed"), "memo"),
              ("m4", "Dr. John Smol, a Queen’s University professor", "smol"),
              ("m5", "A panel of scientists at Queen’s and Environment Canada", "panel"),
              ("m6", ("the study", "the study that revealed"), "panel"),
              ("m7", "a Memorandum To The Minister", "memo"),
              ("m8", ("Environment Canada", "Environment Canada has told"), "envcan"),
              ("m9", ("Professor Smol", "briefing by Professor Smol"), "smol"),
              ("m10", ("The memo", "The memo continued"), "memo"),
              ("m11", ("Professor Smol", "Professor Smol stated"), "smol")],
    attributions=[("a1", "INDIRECT", "m1", None, "Scientists Biased, Talk Too Much", None),
                  ("a2", "INDIRECT", "m2", "suggests", "senior scientists are biased and too talkative with reporters", None),
                  ("a3", "DIRECT", "m4", ("said", "said Dr. John"), "This is classic,", None),
                  ("a4", "DIRECT", "m4", None, seg(T, "You can call me", "proud of that paper."), None),
                  ("a5", "INDIRECT", "m6", "revealed",
                   "hazardous emissions from oilsands development had resulted in detectable levels of contamination in nearby lakes", None),
                  ("a6", "DIRECT", "m7", "complained", "The study received significant media coverage,", None),
                  ("a7", "DIRECT", "m7", None, seg(T, "Environment Canada has told us", "briefing by Professor Smol."), None),
                  ("a8", "INDIRECT", "m8", ("told", "has told us"),
                   seg(T, "this was, in part, because", "briefing by Professor Smol"), "a7"),
                  ("a9", "DIRECT", "m10", "continued", seg(T, "In interviews, Professor Smol", "the study findings."), None),
                  ("a10", "DIRECT", "m11", "stated", seg(T, "We have, in some ways", "not looking good."), "a9")])

# ---------------------------------------------------------------------------------------
# PrintWeek (UK). The stored page has no headline (its address reads "gpmu slams field over
# plant closure"), so the text starts with the lead; the byline and the page's link lists after
# the last paragraph are left out. The page prints "Field Groups", "Weve" and "800,000" without
# their apostrophes and pound sign; kept as printed. Notes:
# - "A GPMU official" is Mike Griffiths, named in the next sentence (FORMAT.md, Coreference).
# - "said most of the Berkshire plants staff were "shocked and angry" at the move, which could
#   lead to up to 175 job losses": the relative clause on "the move" stands inside the reported
#   clause and stays in the content.
# - "staff were told if ..., the company would ...": an agentless passive inside Griffiths's
#   claim (nested, null source, addressee left out).
# - The two quotations after "Griffiths said that ..." have no reporting clause of their own and
#   continue Griffiths (null cue, same source mention).
# - "He intimated that the contract could be one of several names including Cereal Partners,
#   which was unavailable for comment": the relative clause is the reporter's note on Cereal
#   Partners, not part of what was intimated (left out).
# - "issued a statement regarding ..." is an action and names a topic only; the claim is the
#   participle "saying that ...". "it maintained “a positive outlook ...”" is Chesapeake's own
#   stance within its own report (not split off).
doc("printweek-gpmu-slams-field-thatcham-closure",
    url="https://printweek.com/content/news/gpmu-slams-field-over-plant-closure",
    outlet="PrintWeek", country="UK", topic="business", cut=False,
    text=(T := "A GPMU official has slammed Field Groups decision to close its Thatcham folding carton plant as a \"stab in the back for the workforce\".\n"
          "National officer Mike Griffiths said most of the Berkshire plants staff were \"shocked and angry\" at the move, which could lead to up to 175 job losses.\n"
          "The company and union negotiators were due to meet as PrintWeek went to press. Griffiths said: \"As far as I am concerned there is a sense of betrayal at the earlier commitments made by the workforce.\"\n"
          "Earlier this year, Field spent 800,000 after deciding to hang on to the plant, despite making 90 staff redundant.\n"
          "Field marketing service manager Bob Houghton claimed: \"Weve done everything we can to keep this plant open, but a large leading food cereal manufacturer recently decided to place its contract elsewhere, which was effectively the last nail in the coffin.\"\n"
          "A \"small number\" of employees will be moved to other Field sites. The proposed closure would take place over the next few months, with some production transferred to other UK sites.\n"
          "Griffiths said that after the 90 redundancies, staff were told if they committed themselves to a new deal and working contract, the company would commit itself to the plant. \"Now it appears they have gone back on their word.\"\n"
          "\"One of the questions we are keen to press is whether they lost the contract or withdrew from negotiations as a result of not being prepared to provide a long-term commitment to it.\" He intimated that the contract could be one of several names including Cereal Partners, which was unavailable for comment.\n"
          "Field Packaging Systems is not affected, but will ultimately be relocated to a new site close to the Thatcham unit.\n"
          "The news came shortly after Fields parent, Chesapeake, issued a statement regarding the recent volatility in its trading volume and stock price, saying that it maintained \"a positive outlook for all our business segments\"."),
    entities=[("griffiths", "Mike Griffiths", "PERSON", ["Griffiths", "National officer Mike Griffiths", "A GPMU official"],
               "national officer of the GPMU print union"),
              ("houghton", "Bob Houghton", "PERSON", ["Houghton", "Field marketing service manager Bob Houghton"],
               "marketing service manager at Field Group"),
              ("chesapeake", "Chesapeake", "ORGANIZATION", ["Fields parent, Chesapeake"], "parent company of Field Group")],
    mentions=[("m1", "A GPMU official", "griffiths"),
              ("m2", "National officer Mike Griffiths", "griffiths"),
              ("m3", ("Griffiths", "Griffiths said: "), "griffiths"),
              ("m4", "Field marketing service manager Bob Houghton", "houghton"),
              ("m5", ("Griffiths", "Griffiths said that"), "griffiths"),
              ("m6", ("He", "He intimated"), "griffiths"),
              ("m7", "Fields parent, Chesapeake", "chesapeake")],
    attributions=[("a1", "MIXED", "m1", "slammed", seg(T, "Field Groups decision", "back for the workforce\""), None),
                  ("a2", "MIXED", "m2", ("said", "Griffiths said most"), seg(T, "most of the Berkshire", "175 job losses"), None),
                  ("a3", "DIRECT", "m3", ("said", "Griffiths said: "), seg(T, "As far as I am concerned", "by the workforce."), None),
                  ("a4", "DIRECT", "m4", "claimed", seg(T, "Weve done everything", "nail in the coffin."), None),
                  ("a5", "INDIRECT", "m5", ("said", "Griffiths said that"),
                   seg(T, "after the 90 redundancies", "commit itself to the plant"), None),
                  ("a6", "INDIRECT", None, ("told", "staff were told"),
                   seg(T, "if they committed themselves", "commit itself to the plant"), "a5"),
                  ("a7", "DIRECT", "m5", None, "Now it appears they have gone back on their word.", None),
                  ("a8", "DIRECT", "m5", None, seg(T, "One of the questions", "long-term commitment to it."), None),
                  ("a9", "INDIRECT", "m6", "intimated",
                   "the contract could be one of several names including Cereal Partners", None),
                  ("a10", "MIXED", "m7", "saying", "it maintained \"a positive outlook for all our business segments\"", None)])

# ---------------------------------------------------------------------------------------
# Balls.ie (Ireland). The stored page has no headline (its address reads "harsh free John Daly
# Killian Spillane Kerry Galway") and gives no date, so the text starts with the lead. The stored
# copy ends after Gallagher's second quotation, at the length where stored copies break off, so
# the article may go on (cut=True). The page
# prints "Pádaic Joyce sad he ..." (for Pádraic Joyce said); the typo is kept, so the cue is
# "sad" and the entity is named as the text gives it. Notes:
# - Joyce's and McConville's second quotations run over two paragraphs each (the first
#   paragraph ends without a closing mark and the next reopens): one continuation each, null cue.
# - "they feel as if they've won the ball" inside McConville's quotation is an attitude of the
#   Galway players stated in a quote (FORMAT.md, Included): nested, source "they" (Galway).
#   "as if" is kept like "if" and "whether" (FORMAT.md, Content).
# - "Derry manager Rory Gallagher agreed with McConville" reports no content of its own (left
#   out, as "was unhappy with" in FORMAT.md, Excluded); its names are marked as mentions.
doc("balls-joyce-harsh-free-kerry-galway-final",
    url="https://balls.ie/gaa/harsh-free-john-daly-killian-spillane-kerry-galway-518154",
    outlet="Balls.ie", country="Ireland", topic="sport", cut=True,
    text=(T := "Pádaic Joyce sad he \"couldn't get over\" how Kerry were given a \"crucial\" late free in their All-Ireland football final victory over Galway on Sunday.\n"
          "Galway had just wiped out a two-point Kerry lead to level the scoreboard at 16 points each when referee Sean Hurson awarded the Kingdom a contentious free in the 66th minute for John Daly holding the arm of Killian Spillane. David Clifford kicked the free to put Kerry a point up. They never looked back as they went on to win 0-20 to 0-16.\n"
          "\"Those frees are like tap-overs for the likes of Clifford. It was a two-point swing for us, we had the momentum at that stage,\" said Galway manager Joyce in his post-match press conference.\n"
          "\"My view of it was that Kerry were attacking, Damien Comer won the ball back, went down to gather the ball and he was pushed on the ground - in the back. To me, that was a free out. So, that was the first one missed.\n"
          "\"It came back to John Daly. He tried to go around his man, Killian Spillane tried to tackle him, his hand went up. The reason John put his hand up was to stop the Kerry fella's hand going around his neck, which is what happened. That was my view from the sideline.\"\n"
          "On The Sunday Game, Oisín McConville said he thought the decision was \"harsh\".\n"
          "\"Galway were really starting to fight for everything,\" said the Armagh man.\n"
          "\"This is a turnover, they feel as if they've won the ball, and are coming out the field.\n"
          "\"I thought it was quite a harsh free. Daly does wrap his hand around Spillane. It's very fleeting, he does it very quickly. Killian Spillane has left his hand in there. I thought it was a very quick decision. It still had to be kicked over the bar, and David Clifford is going to kick that over the bar all day.\"\n"
          "Derry manager Rory Gallagher agreed with McConville.\n"
          "\"I thought the first one, Killian Spillane is not allowed to leave his hand in, but it's a split second decision,\" said Gallagher.\n"
          "\"It was a small bit harsh, albeit it at a very crucial time.\""),
    entities=[("joyce", "Pádaic Joyce", "PERSON", ["Joyce"], "Galway Gaelic football manager"),
              ("mcconville", "Oisín McConville", "PERSON", ["McConville", "the Armagh man"], "The Sunday Game pundit"),
              ("gallagher", "Rory Gallagher", "PERSON", ["Gallagher", "Derry manager Rory Gallagher"], "Derry football manager"),
              ("galway", "Galway", "ORGANIZATION", [], "Galway county football team")],
    mentions=[("m1", "Pádaic Joyce", "joyce"),
              ("m2", ("Galway", "over Galway on Sunday"), "galway"),
              ("m3", ("Galway", "Galway had just"), "galway"),
              ("m4", "Galway manager Joyce", "joyce"),
              ("m5", "Oisín McConville", "mcconville"),
              ("m6", ("Galway", "Galway were really"), "galway"),
              ("m7", "the Armagh man", "mcconville"),
              ("m8", ("they", "they feel as if"), "galway"),
              ("m9", "Derry manager Rory Gallagher", "gallagher"),
              ("m10", ("McConville", "agreed with McConville"), "mcconville"),
              ("m11", ("Gallagher", "said Gallagher"), "gallagher")],
    attributions=[("a1", "MIXED", "m1", ("sad", "Joyce sad"), seg(T, "he \"couldn't get over\"", "over Galway on Sunday"), None),
                  ("a2", "DIRECT", "m4", ("said", "said Galway manager"), seg(T, "Those frees are like", "at that stage,"), None),
                  ("a3", "DIRECT", "m4", None, seg(T, "My view of it", "view from the sideline."), None),
                  ("a4", "MIXED", "m5", ("said", "McConville said"), "he thought the decision was \"harsh\"", None),
                  ("a5", "DIRECT", "m7", ("said", "said the Armagh"), "Galway were really starting to fight for everything,", None),
                  ("a6", "DIRECT", "m7", None, seg(T, "This is a turnover", "over the bar all day."), None),
                  ("a7", "INDIRECT", "m8", "feel", "as if they've won the ball", "a6"),
                  ("a8", "DIRECT", "m11", ("said", "said Gallagher"), seg(T, "I thought the first one", "split second decision,"), None),
                  ("a9", "DIRECT", "m11", None, "It was a small bit harsh, albeit it at a very crucial time.", None)])

# ---------------------------------------------------------------------------------------
# Power 102.1 FM (Trinidad and Tobago). The stored page has no headline (its address reads
# "gary griffith says garvin heerah had no intelligence data or information"), so the text
# starts with the lead; the date is the page's. Notes:
# - "is asking the public to ignore ..." and "has asked the public to totally ignore ...": "asked X
#   to Y" keeps the addressee, as "called on X to Y" (seed a23/a24) and "had asked the government
#   to lift the ban" elsewhere in the corpus.
# - "certain people who he says continue to give false information ...; information he says can
#   cause fear ...": two speech acts of Griffith's in relative clauses inside his request (nested,
#   FORMAT.md, Included); each content is the clause after "he says", as the relative head cannot
#   be reached contiguously.
# - "The statement noted ...": the statement's NP and sentence do not name its author (the
#   Commissioner is named in the sentence before), so it is its own entity (FORMAT.md,
#   Documents). The two police bodies that "confirmed" are one GROUP (coordinated subject).
# - "made unfortunate comments of Black Prados being involved ...": a noun cue with "of", as
#   "allegations of X" (nested in the Commissioner's claim).
# - "in questioning the authenticity of this claim" is annotated as a claim of its own with an NP
#   content, as "questioning the administration’s priorities" in the San Pedro Sun text below;
#   it stays out of the content of the "said that" claim it interrupts.
doc("power102fm-griffith-heerah-chacachacare-claims",
    url="https://news.power102fm.com/gary-griffith-says-garvin-heerah-had-no-intelligence-data-or-information-77982",
    outlet="Power 102.1 FM", country="Trinidad and Tobago", topic="courts-crime", cut=False, published="2021-03-09",
    text=(T := "Commissioner of Police, Gary Griffith, is asking the public to ignore comments being made by certain people who he says continue to give false information which is being published in the media; information he says can cause fear and panic among the population.\n"
          "The latest comments have come from Garvin Heerah, former Director of the National Operations Centre, who, said that Trinidad and Tobago nationals are at risk of being kidnapped or can fall victims to human trafficking on the island of Chacachacare.\n"
          "In a statement the Commissioner said, the role of the TTPS is not only to reduce crime but to take away the perception of the fear of crime. The statement noted that both the Western Division Police and the Counter Trafficking Unit of the Ministry of National Security confirmed that there are no such reports on Chacachacare Island.\n"
          "The Commissioner said that Mr Heerah also made unfortunate comments of Black Prados being involved in the sex trade in Trinidad. Commissioner Griffith, in questioning the authenticity of this claim said that one would have thought that being the former head of the National Operations Centre, Mr Heerah would have given the TTPS the names of the individuals and the license plates of the Prado vehicles for the police to deal with it, instead of going to the media.\n"
          "He added that when the TTPS contacted Mr Heerah on Monday, he had no intelligence, data or information on his accusations.\n"
          "Commissioner Griffith said what Mr Heerah has done is to make every owner of a Black SUV be perceived as a possible suspect by members of the public.\n"
          "He has asked the public to totally ignore such comments and to take factual information from the TTPS and law enforcement agencies."),
    entities=[("griffith", "Gary Griffith", "PERSON",
               ["Griffith", "Commissioner Griffith", "Commissioner of Police, Gary Griffith", "the Commissioner"],
               "Commissioner of Police, Trinidad and Tobago"),
              ("heerah", "Garvin Heerah", "PERSON",
               ["Heerah", "Mr Heerah", "Garvin Heerah, former Director of the National Operations Centre"],
               "former Director of the National Operations Centre"),
              ("statement", "The statement", "ORGANIZATION", [], "the Commissioner's statement"),
              ("units", "both the Western Division Police and the Counter Trafficking Unit of the Ministry of National Security",
               "GROUP", [], "Western Division Police and the Counter Trafficking Unit")],
    mentions=[("m1", "Commissioner of Police, Gary Griffith", "griffith"),
              ("m2", ("he", "who he says"), "griffith"),
              ("m3", ("he", "information he says"), "griffith"),
              ("m4", "Garvin Heerah, former Director of the National Operations Centre", "heerah"),
              ("m5", ("the Commissioner", "the Commissioner said,"), "griffith"),
              ("m6", ("The statement", "The statement noted"), "statement"),
              ("m7", "both the Western Division Police and the Counter Trafficking Unit of the Ministry of National Security", "units"),
              ("m8", ("The Commissioner", "The Commissioner said that"), "griffith"),
              ("m9", ("Mr Heerah", "Mr Heerah also made"), "heerah"),
              ("m10", ("Commissioner Griffith", "Commissioner Griffith, in"), "griffith"),
              ("m11", ("Mr Heerah", "Mr Heerah would have"), "heerah"),
              ("m12", ("He", "He added"), "griffith"),
              ("m13", ("Mr Heerah", "Mr Heerah on Monday"), "heerah"),
              ("m14", ("Commissioner Griffith", "Commissioner Griffith said what"), "griffith"),
              ("m15", ("Mr Heerah", "Mr Heerah has done"), "heerah"),
              ("m16", ("He", "He has asked"), "griffith")],
    attributions=[("a1", "INDIRECT", "m1", "asking", seg(T, "the public to ignore comments", "among the population"), None),
                  ("a2", "INDIRECT", "m2", ("says", "who he says"),
                   "continue to give false information which is being published in the media", "a1"),
                  ("a3", "INDIRECT", "m3", ("says", "information he says"), "can cause fear and panic among the population", "a1"),
                  ("a4", "INDIRECT", "m4", ("said", "who, said"),
                   seg(T, "Trinidad and Tobago nationals", "island of Chacachacare"), None),
                  ("a5", "INDIRECT", "m5", ("said", "Commissioner said,"), seg(T, "the role of the TTPS", "fear of crime"), None),
                  ("a6", "INDIRECT", "m6", "noted", seg(T, "both the Western Division", "on Chacachacare Island"), None),
                  ("a7", "INDIRECT", "m7", "confirmed", "there are no such reports on Chacachacare Island", "a6"),
                  ("a8", "INDIRECT", "m8", ("said", "Commissioner said that Mr"),
                   seg(T, "Mr Heerah also made", "sex trade in Trinidad"), None),
                  ("a9", "INDIRECT", "m9", ("comments", "comments of Black"),
                   "Black Prados being involved in the sex trade in Trinidad", "a8"),
                  ("a10", "INDIRECT", "m10", "questioning", "the authenticity of this claim", None),
                  ("a11", "INDIRECT", "m10", ("said", "claim said that"),
                   seg(T, "one would have thought", "instead of going to the media"), None),
                  ("a12", "INDIRECT", "m12", ("added", "He added"), seg(T, "when the TTPS contacted", "on his accusations"), None),
                  ("a13", "INDIRECT", "m14", ("said", "Griffith said what"),
                   seg(T, "what Mr Heerah has done", "members of the public"), None),
                  ("a14", "INDIRECT", "m16", "asked", seg(T, "the public to totally ignore", "law enforcement agencies"), None)])

# ---------------------------------------------------------------------------------------
# MLive (US; Ann Arbor, Michigan). The stored page breaks off inside the paragraph after "... to
# get the immunization." ("In spite of the"), so the text is cut before it; the address gives
# only the month (2007/10), so no date is recorded. The page runs one quotation's closing mark
# into the next sentence ("short time.\"The first case"); kept as printed. Notes:
# - "Officials" and the later "officials said" are one GROUP; "school officials", "school
#   district officials" and "district officials" are the district's officials, another GROUP
#   (FORMAT.md, Coreference). "The county" that issued guidelines is the Washtenaw County Health
#   Department.
# - "Margolis said that case involves ...": a demonstrative "that" (keep_that).
# - "asked parents to keep ...", "urged parents to seek ...", "asked those who hadn't been
#   vaccinated to consult ...": the addressee stays, as "called on X to Y" (seed a23/a24);
#   "are telling all students ... to stay home" leaves it out, as "staff were told to stay home"
#   (FORMAT.md, Left outside) and "told him not to accept" elsewhere in the corpus.
# - Left out: "was confirmed Monday" and "was diagnosed" (a medical finding, no reporting), "Two
#   more students reported symptoms" (a state of the students), "The district mandates ..." (a
#   standing rule), "a waiver saying they didn't immunize ..." (a hypothetical document), "The
#   county issued guidelines" (an action, as "published a correction").
doc("mlive-measles-outbreak-burns-park-ann-arbor",
    url="https://www.mlive.com/study_hall/2007/10/measles_outbreak_may_have_spre.html",
    outlet="MLive", country="US", topic="health-science", cut=True,
    text=(T := "Measles outbreak may have spread\n"
          "Officials said Wednesday that a rare measles outbreak has possibly infected three students at Ann Arbor's Burns Park Elementary School. All the students had previously been vaccinated, school officials said.\n"
          "As the Washtenaw County Health Department worked to confirm the cases, school district officials scrambled to quell the spread of the highly contagious disease.\n"
          "\"We're in the very early stages in the investigation of this,\" said Stan Reedy, the health department's medical director. \"Where measles does make its appearance, it occurs at the intersection of an imported case and susceptible persons. There's a small group of people that are susceptible to this disease in every community. That's what can keep this going, normally for a short time.\"The first case of measles at the school of about 400 students was confirmed Monday. District spokeswoman Liz Margolis said that case involves a student who apparently contracted it overseas.\n"
          "Two more students reported symptoms Wednesday, and tests are being run on those students to determine if they have measles.\n"
          "When the first case was diagnosed, district officials asked parents to keep their children home until next Monday if they are not immunized. Several parents updated their children's records Wednesday, officials said.\n"
          "Now, district officials are telling all students who have not been immunized to stay home for 21 days. The district mandates all students provide proof of immunization when enrolling, or parents have to sign a waiver saying they didn't immunize the students for religious reasons.\n"
          "Ten students at the school are not immunized, Margolis said.\n"
          "The county issued guidelines in regard to measles for parents and school officials Wednesday in response to parents' questions. They urged parents to seek medical attention if their children develop a rash. They also asked those who hadn't been vaccinated to consult with their doctors to get the immunization."),
    entities=[("officials", "Officials", "GROUP", [], "officials involved in the outbreak response"),
              ("districtofficials", "school district officials", "GROUP", ["school officials", "district officials"],
               "Ann Arbor Public Schools officials"),
              ("reedy", "Stan Reedy", "PERSON", ["Reedy", "Stan Reedy, the health department's medical director"],
               "medical director, Washtenaw County Health Department"),
              ("margolis", "Liz Margolis", "PERSON", ["Margolis", "District spokeswoman Liz Margolis"],
               "Ann Arbor school district spokeswoman"),
              ("county", "The county", "ORGANIZATION", ["the Washtenaw County Health Department"],
               "Washtenaw County Health Department")],
    mentions=[("m1", "Officials", "officials"),
              ("m2", ("school officials", "school officials said"), "districtofficials"),
              ("m3", "the Washtenaw County Health Department", "county"),
              ("m4", "school district officials", "districtofficials"),
              ("m5", "Stan Reedy, the health department's medical director", "reedy"),
              ("m6", "District spokeswoman Liz Margolis", "margolis"),
              ("m7", ("district officials", "district officials asked"), "districtofficials"),
              ("m8", ("officials", "Wednesday, officials said"), "officials"),
              ("m9", ("district officials", "district officials are telling"), "districtofficials"),
              ("m10", ("Margolis", "immunized, Margolis said"), "margolis"),
              ("m11", "The county", "county"),
              ("m12", ("They", "They urged"), "county"),
              ("m13", ("They", "They also asked"), "county")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Officials said"),
                   seg(T, "a rare measles outbreak", "Burns Park Elementary School"), None),
                  ("a2", "INDIRECT", "m2", ("said", "school officials said"), "All the students had previously been vaccinated", None),
                  ("a3", "DIRECT", "m5", ("said", "said Stan Reedy"), "We're in the very early stages in the investigation of this,", None),
                  ("a4", "DIRECT", "m5", None, seg(T, "Where measles does make", "normally for a short time."), None),
                  ("a5", "INDIRECT", "m6", ("said", "Margolis said that"),
                   "that case involves a student who apparently contracted it overseas", None),
                  ("a6", "INDIRECT", "m7", ("asked", "officials asked"),
                   seg(T, "parents to keep their children home", "if they are not immunized"), None),
                  ("a7", "INDIRECT", "m8", ("said", "Wednesday, officials said"),
                   "Several parents updated their children's records Wednesday", None),
                  ("a8", "INDIRECT", "m9", "telling", "to stay home for 21 days", None),
                  ("a9", "INDIRECT", "m10", ("said", "immunized, Margolis said"), "Ten students at the school are not immunized", None),
                  ("a10", "INDIRECT", "m12", "urged", "parents to seek medical attention if their children develop a rash", None),
                  ("a11", "INDIRECT", "m13", ("asked", "They also asked"),
                   seg(T, "those who hadn't been vaccinated", "get the immunization"), None)],
    keep_that=("a5",))

# ---------------------------------------------------------------------------------------
# The San Pedro Sun (Belize). The stored page has no headline (its address reads "udp holds
# press conference to discuss current state of government affairs"), so the text starts with the
# lead; the page breaks off inside the next paragraph ("... his thoughts on the situation. “As a
# representati"), so the text is cut before it. The date is the one in the address. Notes:
# - "they strongly critiqued the current state of government affairs in Belize and outlined
#   their vision for the future": two claims with noun-phrase contents, as "rues the defeat" and
#   "announced the launch of X" (FORMAT.md, Included); "they" is the UDP leadership.
# - "began with a bold statement of intent: “…”": the noun "statement" is the cue.
# - "expressed concern about X, even though the fiscal year began on April 1st": the concessive
#   clause hangs on the reporting sentence, as "despite the cracks" (left out).
# - "She pointed out ..., questioning the administration’s priorities": two claims, as
#   "X said A, warning that B" (seed a18/a19).
# - "referring to their early budget planning ..." frames the same quotation (not a claim).
# - "“Yet, their first ...”, a move she deemed ‘unconscionable’ considering rising food and fuel
#   prices": the quotation continues Panton (null cue); "deemed" is a second claim (MIXED),
#   whose content is what follows the cue, since its object "a move" stands before the source.
doc("sanpedrosun-udp-panton-press-conference",
    url="https://www.sanpedrosun.com/politics-and-government/2025/05/08/udp-holds-press-conference-to-discuss-current-state-of-government-affairs/",
    outlet="The San Pedro Sun", country="Belize", topic="politics", cut=True, published="2025-05-08",
    text=(T := "The leadership of the United Democratic Party (UDP), led by Opposition Leader Tracy Panton, held a press conference on April 29, 2025, in the Toucan A Conference Room at Belize Biltmore Plaza. During this event, they strongly critiqued the current state of government affairs in Belize and outlined their vision for the future.\n"
          "Panton began with a bold statement of intent: “The United Democratic Party (UDP) is ready to lead again and will form the next government in 2030.” She described her leadership team as “inclusive, competent, and driven by a mandate to uphold justice and democratic accountability.” This set the tone for a session filled with sharp criticism aimed at the People’s United Party (PUP) administration, which Panton accused of failing the Belizean people since regaining power after the March 12th general elections.\n"
          "Panton specifically expressed concern about the government’s delay in presenting a new national budget, even though the fiscal year began on April 1st. She pointed out that there had been no parliamentary swearing-in for more than seven weeks after the election, questioning the administration’s priorities. “The PUP had time to prepare,” Panton noted, referring to their early budget planning that began in October 2024. “Yet, their first post-election priority was not the people, but increasing salaries for CEOs and the Cabinet Secretary”, a move she deemed ‘unconscionable’ considering rising food and fuel prices.\n"
          "Panton also raised alarms about alleged election manipulation, including “padded voters’ lists and misused housing programs to register questionable voters.” She warned, “This strikes at the soul of our democracy,” and vowed that the UDP would “hold the government accountable and protect Belizeans’ rights through the economic challenges ahead”."),
    entities=[("udp", "The leadership of the United Democratic Party (UDP)", "GROUP", [], "leadership of Belize's opposition UDP"),
              ("panton", "Tracy Panton", "PERSON", ["Panton", "Opposition Leader Tracy Panton"],
               "Leader of the Opposition, Belize")],
    mentions=[("m1", "The leadership of the United Democratic Party (UDP)", "udp"),
              ("m2", "Opposition Leader Tracy Panton", "panton"),
              ("m3", ("they", "they strongly"), "udp"),
              ("m4", ("Panton", "Panton began"), "panton"),
              ("m5", ("She", "She described"), "panton"),
              ("m6", ("Panton", "which Panton accused"), "panton"),
              ("m7", ("Panton", "Panton specifically"), "panton"),
              ("m8", ("She", "She pointed out"), "panton"),
              ("m9", ("Panton", "Panton noted"), "panton"),
              ("m10", ("she", "she deemed"), "panton"),
              ("m11", ("Panton", "Panton also raised"), "panton"),
              ("m12", ("She", "She warned"), "panton")],
    attributions=[("a1", "INDIRECT", "m3", "critiqued", "the current state of government affairs in Belize", None),
                  ("a2", "INDIRECT", "m3", "outlined", "their vision for the future", None),
                  ("a3", "DIRECT", "m4", "statement",
                   "The United Democratic Party (UDP) is ready to lead again and will form the next government in 2030.", None),
                  ("a4", "MIXED", "m5", "described", seg(T, "her leadership team as", "democratic accountability.”"), None),
                  ("a5", "INDIRECT", "m6", "accused", seg(T, "failing the Belizean people", "March 12th general elections"), None),
                  ("a6", "INDIRECT", "m7", "expressed concern", "the government’s delay in presenting a new national budget", None),
                  ("a7", "INDIRECT", "m8", "pointed out",
                   "there had been no parliamentary swearing-in for more than seven weeks after the election", None),
                  ("a8", "INDIRECT", "m8", "questioning", "the administration’s priorities", None),
                  ("a9", "DIRECT", "m9", "noted", "The PUP had time to prepare,", None),
                  ("a10", "DIRECT", "m9", None,
                   "Yet, their first post-election priority was not the people, but increasing salaries for CEOs and the Cabinet Secretary", None),
                  ("a11", "MIXED", "m10", "deemed", "‘unconscionable’ considering rising food and fuel prices", None),
                  ("a12", "MIXED", "m11", "raised alarms", seg(T, "alleged election manipulation", "questionable voters.”"), None),
                  ("a13", "DIRECT", "m12", "warned", "This strikes at the soul of our democracy,", None),
                  ("a14", "MIXED", "m12", "vowed", seg(T, "the UDP would “hold", "economic challenges ahead”"), None)])

write("train_bs.jsonl")
