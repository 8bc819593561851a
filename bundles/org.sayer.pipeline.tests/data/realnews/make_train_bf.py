#!/usr/bin/env python3
"""Writes train_bf.jsonl: real-news gold, split train-bf (see gold.py). Run: python3 make_train_bf.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# iPolitics (Ottawa). The stored copy breaks off inside the next paragraph ("Earlier this month,
# Ritz met with farmers in Wate"); the text is cut before it. The date is the one in the page's
# address. Notes:
# - Headline "… proof of western bias: NDP": the name after the colon is the speaker, null cue,
#   like a "claim – name" headline. The party (NDP) and its critic (Allen) are separate entities
#   (a group's representatives are separate entities), so Allen's names leave out "NDP".
# - "spring frost that the Apple Growers Association has said cost some regions …": the cue sits in
#   a relative clause whose gap is the subject of the claim; the content is the rest of that
#   clause ("cost some regions …"), and the source is the clause's subject, not the antecedent
#   (the antecedent is what is talked about, not a speaker).
# - "While he did acknowledge Ritz has hosted …, Allen said they focussed …" is two claims of one
#   speaker; "he" refers forward to Allen.
# - "That, he said, is tantamount to getting ‘kicked in the gut’ …": the parenthetical reporting
#   clause stays inside the content (FORMAT.md, Contiguity); "That" is a demonstrative (keep_that);
#   the quoted phrase makes it MIXED.
# - "Allen’s claim that …": a noun cue with a possessive claimant; the source mention is "Allen",
#   as the corpus marks "the opposition's claims".
# - "“They’re saying, ‘Look, … can’t see him?” Allen asked.": the inner quotation opens with ‘ and
#   is closed only by the outer ”; it is a nested DIRECT claim of the farmers ("They"), who are
#   named as "the farmers I’m talking …" in the next quotation. "They want to know that …" and
#   "what they feel" are the farmers' wishes and feelings, not claims.
doc("ipolitics-ndp-ontario-drought-western-bias",
    url="https://ipolitics.ca/2012/07/24/conservative-inaction-on-ontario-farm-drought-proof-of-western-bias-ndp/",
    outlet="iPolitics", country="Canada", topic="politics", cut=True, published="2012-07-24",
    text=(T := "Conservative inaction on Ontario farm drought proof of western bias: NDP\n"
          "The Harper government’s slow response to the plight of drought-stricken eastern farmers is proof of western favouritism, NDP agriculture critic Malcolm Allen charged on Tuesday.\n"
          "“In the province of Ontario … we know farm groups have written to the minister, and they have not received a response,” Allen said at a press conference where he was joined by deputy agriculture critic Ruth Ellen Brosseau.\n"
          "Just as exceptionally dry weather south of the border has ravaged American crops — most notably corn and soyabeans – Canadian apple and corn farmers also have been hit particularly hard with the added aggravation of spring frost that the Apple Growers Association has said cost some regions as much as 80 per cent of their apple crops.\n"
          "But Allen maintained Agriculture Minister Gerry Ritz has been slow to move on the file.\n"
          "While he did acknowledge Ritz has hosted a series of roundtables with farmers in Conservative-held Ontario ridings, Allen said they focussed on expected cuts to the Business Risk Management Suite programs on which farmers rely during crisis periods.\n"
          "That, he said, is tantamount to getting ‘kicked in the gut’ when you’re down.\n"
          "More controversial, though, was Allen’s claim that western farmers have gotten better treatment in the past from the Harper government than their eastern counterparts – particularly in Ontario – are currently getting.\n"
          "“They’re saying, ‘Look, our colleagues and friends, when there was floods in Saskatchewan, the minister was on the ground right away. How come when we have a drought right here in Ontario, we can’t see him?” Allen asked.\n"
          "“They want to know that their ministers of agriculture are actually out there on the ground understanding what they face. And that’s not what they feel at the moment. Certainly not the farmers I’m talking in the province of Ontario.”"),
    entities=[("ndp", "NDP", "ORGANIZATION", [], "New Democratic Party of Canada"),
              ("allen", "Malcolm Allen", "PERSON", ["Allen"], "NDP agriculture critic"),
              ("apple", "the Apple Growers Association", "ORGANIZATION", ["Apple Growers Association"],
               "apple growers' association"),
              ("farmers", "the farmers", "GROUP", [],
               "Ontario farmers quoted by Allen")],
    mentions=[("m1", ("NDP", "bias: NDP"), "ndp"),
              ("m2", "NDP agriculture critic Malcolm Allen", "allen"),
              ("m3", ("Allen", "Allen said at a press"), "allen"),
              ("m4", "the Apple Growers Association", "apple"),
              ("m5", ("Allen", "Allen maintained"), "allen"),
              ("m6", ("he", "While he did"), "allen"),
              ("m7", ("Allen", "Allen said they"), "allen"),
              ("m8", ("he", "That, he said"), "allen"),
              ("m9", ("Allen", "Allen’s claim"), "allen"),
              ("m10", ("They", "They’re saying"), "farmers"),
              ("m11", ("Allen", "Allen asked"), "allen"),
              ("m12", ("the farmers", "the farmers I’m"), "farmers")],
    attributions=[("a1", "INDIRECT", "m1", None, "Conservative inaction on Ontario farm drought proof of western bias", None),
                  ("a2", "INDIRECT", "m2", "charged",
                   "The Harper government’s slow response to the plight of drought-stricken eastern farmers is proof of western favouritism", None),
                  ("a3", "DIRECT", "m3", ("said", "Allen said at a press"),
                   seg(T, "In the province of Ontario", "not received a response,"), None),
                  ("a4", "INDIRECT", "m4", ("said", "Association has said"),
                   "cost some regions as much as 80 per cent of their apple crops", None),
                  ("a5", "INDIRECT", "m5", "maintained", "Agriculture Minister Gerry Ritz has been slow to move on the file", None),
                  ("a6", "INDIRECT", "m6", "acknowledge",
                   "Ritz has hosted a series of roundtables with farmers in Conservative-held Ontario ridings", None),
                  ("a7", "INDIRECT", "m7", ("said", "Allen said they"),
                   seg(T, "they focussed on expected cuts", "during crisis periods"), None),
                  ("a8", "MIXED", "m8", ("said", "That, he said"),
                   "That, he said, is tantamount to getting ‘kicked in the gut’ when you’re down", None),
                  ("a9", "INDIRECT", "m9", ("claim", "claim that western"),
                   seg(T, "western farmers have gotten better treatment", "are currently getting"), None),
                  ("a10", "DIRECT", "m11", "asked", seg(T, "They’re saying, ‘Look", "can’t see him?"), None),
                  ("a11", "DIRECT", "m10", ("saying", "They’re saying"), seg(T, "Look, our colleagues", "can’t see him?"), "a10"),
                  ("a12", "DIRECT", "m11", None, seg(T, "They want to know that", "in the province of Ontario."), None)],
    keep_that=("a8",))

# ---------------------------------------------------------------------------------------
# Democrat and Chronicle (Rochester, N.Y.). The byline, the "View Comments" links and two
# related-story links ("RPD investigating third homicide in 20 hours", "Suspect shot in gunfire
# exchange with officer") are left out. The date is the one in the page's address. Notes:
# - Headline "Mayor: Shootings up, …": a colon headline, null cue, source "Mayor" (Warren).
# - "The officer-involved incident initially was described as a traffic stop gone wrong": an
#   agentless "described X as Y", null source, content from "as", as the corpus does.
# - "And that shows people are feeling …" has no cue of its own ("shows" is an evidential) and is
#   not annotated (FORMAT.md, No cue, no claim).
# - "she said, defending a new five-section model …": "defended the design" (FORMAT.md, Included),
#   a second claim of the same mention.
# - "Warren was asked about the violence" is a question put to the speaker (Excluded).
# - "a news conference announcing Five Star Bank is relocating …": a speech act with a content
#   whose speaker the text does not name (the conference is an event, not a speaker): null source.
# - "Noting the juxtaposing topics, Warren acknowledged the concern: "…"": "noting" takes a noun
#   phrase content, like "announced the launch of X"; the quotation after the colon is framed by
#   "acknowledged" (cue of the DIRECT claim), its object "the concern" being the quotation's topic.
doc("democratandchronicle-mayor-warren-shootings-up-response-times-down",
    url="https://www.democratandchronicle.com/story/news/2016/04/04/mayor-shootings-up-response-times-down/82611994/",
    outlet="Democrat and Chronicle", country="US", topic="courts-crime", cut=False, published="2016-04-04",
    text=(T := "Mayor: Shootings up, response times down\n"
          "An annual crime report the city plans to release this week will show an increase in shootings for 2015, but that other crimes are at low levels, Mayor Lovely Warren said Monday.\n"
          "And police response times have improved, she said.\n"
          "Warren was reacting to a violent stretch last week that saw three homicides in less than 24 hours, and an officer-involved shooting in which officer and suspect exchanged gunfire.\n"
          "The officer-involved incident initially was described as a traffic stop gone wrong. But Warren said the officer was following up on a tip from an incident that happened in March. And that shows people are feeling more comfortable with officers, and able to come forward with information.\n"
          "\"We are working to build that,\" she said, defending a new five-section model that has been a key initiative of her administration.\n"
          "\"I think that it absolutely is working,\" the mayor said of the new model.\n"
          "Pressed about police staffing levels, Warren said the city has the same number of officers as it had in 2014, when crime was at a 25-year low. The city is facing a $30 million budget gap in the upcoming fiscal year, which begins July 1, she said. No decision has yet been made on the Police Department budget and staffing going forward. But Warren added that no amount of public safety investment can stop an individual from choosing to pick up a gun in a given situation.\n"
          "Warren was asked about the violence after a news conference announcing Five Star Bank is relocating its regional offices downtown and opening a new branch office. Noting the juxtaposing topics, Warren acknowledged the concern: \"To create a city people want to invest in, you have to have a safe city.\""),
    entities=[("warren", "Lovely Warren", "PERSON", ["Warren", "Mayor Lovely Warren", "the mayor", "Mayor"],
               "Mayor of Rochester")],
    mentions=[("m1", ("Mayor", "Mayor: Shootings"), "warren"),
              ("m2", "Mayor Lovely Warren", "warren"),
              ("m3", ("she", "improved, she said"), "warren"),
              ("m4", ("Warren", "Warren was reacting"), "warren"),
              ("m5", ("Warren", "But Warren said the officer"), "warren"),
              ("m6", ("she", "she said, defending"), "warren"),
              ("m7", "the mayor", "warren"),
              ("m8", ("Warren", "Warren said the city"), "warren"),
              ("m9", ("she", "July 1, she said"), "warren"),
              ("m10", ("Warren", "Warren added"), "warren"),
              ("m11", ("Warren", "Warren was asked"), "warren"),
              ("m12", ("Warren", "Warren acknowledged"), "warren")],
    attributions=[("a1", "INDIRECT", "m1", None, "Shootings up, response times down", None),
                  ("a2", "INDIRECT", "m2", ("said", "Warren said Monday"),
                   seg(T, "An annual crime report", "other crimes are at low levels"), None),
                  ("a3", "INDIRECT", "m3", ("said", "improved, she said"), "police response times have improved", None),
                  ("a4", "INDIRECT", None, "described", "as a traffic stop gone wrong", None),
                  ("a5", "INDIRECT", "m5", ("said", "Warren said the officer"),
                   "the officer was following up on a tip from an incident that happened in March", None),
                  ("a6", "DIRECT", "m6", ("said", "she said, defending"), "We are working to build that,", None),
                  ("a7", "INDIRECT", "m6", "defending",
                   "a new five-section model that has been a key initiative of her administration", None),
                  ("a8", "DIRECT", "m7", ("said", "the mayor said"), "I think that it absolutely is working,", None),
                  ("a9", "INDIRECT", "m8", ("said", "Warren said the city"),
                   "the city has the same number of officers as it had in 2014, when crime was at a 25-year low", None),
                  ("a10", "INDIRECT", "m9", ("said", "July 1, she said"),
                   "The city is facing a $30 million budget gap in the upcoming fiscal year, which begins July 1", None),
                  ("a11", "INDIRECT", "m10", "added",
                   "no amount of public safety investment can stop an individual from choosing to pick up a gun in a given situation", None),
                  ("a12", "INDIRECT", None, "announcing",
                   "Five Star Bank is relocating its regional offices downtown and opening a new branch office", None),
                  ("a13", "INDIRECT", "m12", "Noting", "the juxtaposing topics", None),
                  ("a14", "DIRECT", "m12", "acknowledged",
                   "To create a city people want to invest in, you have to have a safe city.", None)])

# ---------------------------------------------------------------------------------------
# Western Telegraph (Pembrokeshire). The stored page has no headline (its address reads
# "hywel-dda-refute-claims-misled-public-new-hospital-plans"), so the text starts with the lead.
# Two photo captions and a "READ MORE" line are left out; the stored copy breaks off inside the
# next paragraph ("Steve Moore responded by saying … he strongly advis"), and the text is cut
# before it. The page gives the date 2022-07-11. Notes:
# - "has strongly refuted claims it misled the public": the content of "refuted" is the claims;
#   "claims it misled the public" is a noun cue with no claimant in its noun phrase, so it has a
#   null source (FORMAT.md, Null source), nested in the refutation.
# - "Hywel Dda hit back at these claims": a speech act with a noun phrase content, as "defended
#   the design" (FORMAT.md, Included); "with chief executive Steve Moore saying …" is a claim of
#   the chief executive, a separate entity (a body's representative).
# - "The Save Withybush campaign has released a statement claiming that …": the statement's author
#   is named in its sentence, so the campaign is the source (FORMAT.md, Documents).
# - "narrowed down by their ‘Options Development Group’": a quoted name inside the reported
#   content; the marks are followed as printed (MIXED), as for any quoted words in a content.
# - "In 2017 Hywel Dda held a … exercise canvassing emerging ideas …" is an action.
doc("westerntelegraph-hywel-dda-refutes-save-withybush-claims",
    url="https://www.westerntelegraph.co.uk/news/20270479.hywel-dda-refute-claims-misled-public-new-hospital-plans/?ref=rss",
    outlet="Western Telegraph", country="UK", topic="health-science", cut=True, published="2022-07-11",
    text=(T := "HYWEL Dda has strongly refuted claims it misled the public after campaign group Save Withybush claimed that the health board is ‘bulldozing’ ahead with plans for a new hospital somewhere on the eastern edge of the county.\n"
          "The Save Withybush campaign has released a statement claiming that the health board was ignoring data which apparently showed an overwhelming rejection of the new hospital plans.\n"
          "Save Withybush say the health board did not ask the right questions in their consultation, with questions weighted towards preferred outcomes.\n"
          "Hywel Dda hit back at these claims, with chief executive Steve Moore saying the health board strongly reject the accusations.\n"
          "The health board says it remains committed to talking with people about development of health and care in the area.\n"
          "In 2017 Hywel Dda held a 'Big Conversation' listening and engagement exercise canvassing emerging ideas about what is important to people in the delivery of healthcare.\n"
          "The health board says the views were independently analysed and options were narrowed down by their ‘Options Development Group’.\n"
          "These findings were released in 2018 and are one of the bases for Hywel Dda’s, ‘A healthier Mid and West Wales: Our Future Generations Living Well’ business case strategy, which includes building a new hospital.\n"
          "Save Withybush say Hywel Dda has misled the public over its findings from the 2018 consultation.\n"
          "“Not only have they misled the public over the findings, they have completely ignored the concerns of thousands of residents and have bulldozed ahead with their proposals,” said the campaign."),
    entities=[("hyweldda", "Hywel Dda", "ORGANIZATION", ["HYWEL Dda", "the health board"],
               "Hywel Dda University Health Board"),
              ("withybush", "Save Withybush", "ORGANIZATION",
               ["campaign group Save Withybush", "The Save Withybush campaign", "the campaign"],
               "campaign group for Withybush hospital"),
              ("moore", "Steve Moore", "PERSON", ["Moore", "chief executive Steve Moore"],
               "chief executive of Hywel Dda University Health Board")],
    mentions=[("m1", "HYWEL Dda", "hyweldda"),
              ("m2", "campaign group Save Withybush", "withybush"),
              ("m3", ("the health board", "the health board is ‘bulldozing’"), "hyweldda"),
              ("m4", "The Save Withybush campaign", "withybush"),
              ("m5", ("the health board", "the health board was ignoring"), "hyweldda"),
              ("m6", ("Save Withybush", "Save Withybush say the health board did"), "withybush"),
              ("m7", ("the health board", "the health board did not"), "hyweldda"),
              ("m8", ("Hywel Dda", "Hywel Dda hit back"), "hyweldda"),
              ("m9", "chief executive Steve Moore", "moore"),
              ("m10", ("the health board", "the health board strongly"), "hyweldda"),
              ("m11", ("The health board", "The health board says it remains"), "hyweldda"),
              ("m12", ("Hywel Dda", "Hywel Dda held"), "hyweldda"),
              ("m13", ("The health board", "The health board says the views"), "hyweldda"),
              ("m14", ("Save Withybush", "Save Withybush say Hywel"), "withybush"),
              ("m15", ("Hywel Dda", "Hywel Dda has misled"), "hyweldda"),
              ("m16", "the campaign", "withybush")],
    attributions=[("a1", "INDIRECT", "m1", "refuted", "claims it misled the public", None),
                  ("a2", "INDIRECT", None, ("claims", "claims it misled"), "it misled the public", "a1"),
                  ("a3", "MIXED", "m2", "claimed",
                   "the health board is ‘bulldozing’ ahead with plans for a new hospital somewhere on the eastern edge of the county", None),
                  ("a4", "INDIRECT", "m4", "claiming",
                   "the health board was ignoring data which apparently showed an overwhelming rejection of the new hospital plans", None),
                  ("a5", "INDIRECT", "m6", ("say", "Withybush say the health board did"),
                   "the health board did not ask the right questions in their consultation, with questions weighted towards preferred outcomes", None),
                  ("a6", "INDIRECT", "m8", "hit back at", "these claims", None),
                  ("a7", "INDIRECT", "m9", "saying", "the health board strongly reject the accusations", None),
                  ("a8", "INDIRECT", "m11", ("says", "board says it remains"),
                   "it remains committed to talking with people about development of health and care in the area", None),
                  ("a9", "MIXED", "m13", ("says", "board says the views"),
                   "the views were independently analysed and options were narrowed down by their ‘Options Development Group’", None),
                  ("a10", "INDIRECT", "m14", ("say", "Withybush say Hywel"),
                   "Hywel Dda has misled the public over its findings from the 2018 consultation", None),
                  ("a11", "DIRECT", "m16", ("said", "said the campaign"),
                   seg(T, "Not only have they misled", "with their proposals,"), None)])

# ---------------------------------------------------------------------------------------
# Donegal Now. The stored page has no headline (its address reads
# "councillors-clash-proposal-share-e20000-pothole-allowance"), so the text starts with the lead.
# A photo caption ("Cllr Dessie Shiels") and the closing contact lines are left out; "(pictured)"
# is part of a sentence and is kept. The page gives no date. Notes:
# - "An appeal for councillors to share …": a noun cue with no claimant (null source); the
#   addressee is kept, as for "called on X to Y". "has been questioned" has no content of its own
#   (the raised subject is left outside) and is not annotated.
# - "seconded the motion" is an action; "- claiming that …" is McBride's claim (MIXED).
# - "queried the members' priorities": a speech act with a noun phrase content.
# - "He asked: "I'm not going to sit here and say, 'Let's …'."": the inner 'Let's …' is a
#   hypothetical utterance inside the quotation, not annotated (FORMAT.md, Excluded).
# - Inside the spokesman's quotation "The Executive [of the council] does not recommend …" is a
#   position of another body (the executive he speaks for): nested, cue "recommend" without the
#   negation (FORMAT.md, Cues).
# - "he agreed to investigate further …": a commitment with its content; the "because …" clause is
#   an adjunct of the agreeing. Inside that clause "it operates, according to Cllr McDaid, …" is
#   McDaid's claim, its parenthetical cue kept inside (FORMAT.md, Contiguity). "that which the
#   councillor has proposed" relativises the proposal's own content (a2) and is not split off.
doc("donegalnow-councillors-clash-pothole-allowance",
    url="https://www.donegalnow.com/news/councillors-clash-proposal-share-e20000-pothole-allowance/139202",
    outlet="Donegal Now", country="Ireland", topic="local", cut=False,
    text=(T := "An appeal for councillors to share a €20,000 fund to fix potholes has been questioned at the council's Letterkenny area meeting.\n"
          "Fianna Fail Cllr James Pat McDaid, who is Letterkenny mayor, proposed that a discretionary budget of €20,000 would be split between the 10 members of the Letterkenny Municipal District to improve private laneways.\n"
          "Independent councillor Michael McBride seconded the motion - claiming that although €2,000, which would be allocated to each of the 10 councillors, would not \"go very far\" - it would \"at least be something\".\n"
          "Cllr McDaid (pictured) said a \"metre of tarmac\" costs around \"€80 to €90\".\n"
          "However, Independent Cllr Dessie Shiels queried the members' priorities.\n"
          "He asked: \"I'm not going to sit here and say, 'Let's not light up the roads but let's fill potholes in private lanes instead'.\"\n"
          "He added: \"To me, finding money for CCTV in Letterkenny Town Park is priority No1. Let's find money for that first.\"\n"
          "Cllr McDaid had said: \"I'm inundated with calls from members of the public about this.\n"
          "\"I know €2,000 isn't going to go too far, but it will help private laneways.\"\n"
          "He added: \"I propose that we do this for a year and I think it will be a good initiative for the community.\"\n"
          "A council spokesman said: \"The Executive [of the council] does not recommend the transfer of resources from discretionary funds.\"\n"
          "However, he agreed to investigate further with Glenties Municipal District because it operates, according to Cllr McDaid, a policy similar to that which the councillor has proposed."),
    entities=[("mcdaid", "James Pat McDaid", "PERSON", ["McDaid", "Cllr McDaid", "Fianna Fail Cllr James Pat McDaid"],
               "Fianna Fáil councillor, mayor of Letterkenny"),
              ("mcbride", "Michael McBride", "PERSON", ["McBride", "Independent councillor Michael McBride"],
               "independent councillor"),
              ("shiels", "Dessie Shiels", "PERSON", ["Shiels", "Independent Cllr Dessie Shiels"], "independent councillor"),
              ("spokesman", "A council spokesman", "PERSON", ["council spokesman"], "spokesman of Donegal County Council"),
              ("executive", "The Executive [of the council]", "ORGANIZATION", ["The Executive"],
               "executive of Donegal County Council")],
    mentions=[("m1", "Fianna Fail Cllr James Pat McDaid", "mcdaid"),
              ("m2", "Independent councillor Michael McBride", "mcbride"),
              ("m3", ("Cllr McDaid", "Cllr McDaid (pictured)"), "mcdaid"),
              ("m4", "Independent Cllr Dessie Shiels", "shiels"),
              ("m5", ("He", "He asked"), "shiels"),
              ("m6", ("He", "He added: \"To me"), "shiels"),
              ("m7", ("Cllr McDaid", "Cllr McDaid had said"), "mcdaid"),
              ("m8", ("He", "He added: \"I propose"), "mcdaid"),
              ("m9", "A council spokesman", "spokesman"),
              ("m10", "The Executive [of the council]", "executive"),
              ("m11", ("he", "he agreed"), "spokesman"),
              ("m12", ("Cllr McDaid", "according to Cllr McDaid"), "mcdaid"),
              ("m13", ("the councillor", "the councillor has proposed"), "mcdaid")],
    attributions=[("a1", "INDIRECT", None, "appeal", "councillors to share a €20,000 fund to fix potholes", None),
                  ("a2", "INDIRECT", "m1", ("proposed", "proposed that a"),
                   seg(T, "a discretionary budget of €20,000", "to improve private laneways"), None),
                  ("a3", "MIXED", "m2", "claiming",
                   seg(T, "although €2,000, which would", "\"at least be something\""), None),
                  ("a4", "MIXED", "m3", ("said", "(pictured) said"), "a \"metre of tarmac\" costs around \"€80 to €90\"", None),
                  ("a5", "INDIRECT", "m4", "queried", "the members' priorities", None),
                  ("a6", "DIRECT", "m5", "asked", seg(T, "I'm not going to sit here", "private lanes instead'."), None),
                  ("a7", "DIRECT", "m6", ("added", "He added: \"To me"),
                   "To me, finding money for CCTV in Letterkenny Town Park is priority No1. Let's find money for that first.", None),
                  ("a8", "DIRECT", "m7", ("said", "had said"), seg(T, "I'm inundated with calls", "help private laneways."), None),
                  ("a9", "DIRECT", "m8", ("added", "He added: \"I propose"),
                   "I propose that we do this for a year and I think it will be a good initiative for the community.", None),
                  ("a10", "DIRECT", "m9", ("said", "spokesman said"),
                   "The Executive [of the council] does not recommend the transfer of resources from discretionary funds.", None),
                  ("a11", "INDIRECT", "m10", "recommend", "the transfer of resources from discretionary funds", "a10"),
                  ("a12", "INDIRECT", "m11", "agreed", "to investigate further with Glenties Municipal District", None),
                  ("a13", "INDIRECT", "m12", "according to",
                   "it operates, according to Cllr McDaid, a policy similar to that which the councillor has proposed", None)])

# ---------------------------------------------------------------------------------------
# Automotive News Canada. The stored page has no headline (its address reads
# "unifor-halt-work-protest-ontario-nemak-plant-long-it-takes"), so the text starts with the lead.
# The stored copy breaks off inside the next paragraph ("Unifor Local 200 President John D’Agnolo
# said … The union said Monday that workers also build the I-6 engine block for "); the text is
# cut before it. The page gives no date. Notes:
# - "unionized workers there … vowed to stay off the job …": "turned away management" and "stood
#   their ground" are actions; "Unifor members" is the same group.
# - "Alfa, the Mexico-based parent company of the parts supplier, has said …": the short role
#   apposition stays in the source mention.
# - "according to data from the Industría Nacional de Autopartes of Mexico": a document whose
#   author is named in its noun phrase is a mention of the author (as "A statement by Sofia
#   municipality" in make_test7_a.py).
# - The company statement's second quotation runs over two paragraphs (the first ends without a
#   closing mark and the next reopens): one attribution, continuing "the company" with a null
#   cue. Inside it "the announcement of the plant closure" is an agentless noun cue with a noun
#   phrase content (as "reports of …"), nested.
# - Alfa's "cited falling demand in China as a reason …": evaluative reporting with a content.
doc("autonews-unifor-workers-protest-nemak-windsor-closure",
    url="https://canada.autonews.com/suppliers/unifor-halt-work-protest-ontario-nemak-plant-long-it-takes",
    outlet="Automotive News Canada", country="Canada", topic="business", cut=True,
    text=(T := "After staging a protest Monday at a Nemak of Canada parts plant in Windsor, Ont., unionized workers there turned away management Tuesday, stood their ground and vowed to stay off the job until the company reverses its decision to close the facility.\n"
          "Unifor members erected tents and barricades at the entrance to the factory and replaced the Mexican flag with a union flag in protest.\n"
          "“Nemak is out of business until further notice,” Unifor National President Jerry Dias said as a group of placard-waving protesters gathered outside the plant. “We will be here until we have a solution.”\n"
          "While Alfa, the Mexico-based parent company of the parts supplier, has said it was closing the facility because it was too small and inefficient, Dias said the closure was part of a plan to shift production south, where wages are a fraction of those in Canada.\n"
          "The average salary of a Mexican who works in a manufacturing plant with a maximum of 700 employees is barely US$3.73 per hour, according to data from the Industría Nacional de Autopartes of Mexico, which translates to the National Auto Parts Industry.\n"
          "Alfa General Director Alfaro Frenandez also cited falling demand in China as a reason to close the Windsor plant.\n"
          "\"Nemak is disappointed that Unifor decided to organize an illegal stoppage to our operations, and will pursue an application with the Ontario Labor Relations Board to cease Unifor’s blockade,\" the company said in a statement Tuesday. \"Since the announcement of the plant closure on July 16, the Company’s leadership has been in constant contact with the union officials, actively working to create a transition plan for employees.\n"
          "\"Nemak is in favor of re-establishing a constructive dialog with its employees and their representatives.\""),
    entities=[("workers", "unionized workers there", "GROUP", ["Unifor members"], "unionized workers of the Nemak plant in Windsor"),
              ("dias", "Jerry Dias", "PERSON", ["Dias"], "Unifor National President"),
              ("nemak", "Nemak", "ORGANIZATION", ["the company"], "auto parts supplier"),
              ("alfa", "Alfa", "ORGANIZATION", ["Alfa, the Mexico-based parent company of the parts supplier"],
               "Mexico-based parent company of Nemak"),
              ("ina", "Industría Nacional de Autopartes", "ORGANIZATION",
               ["data from the Industría Nacional de Autopartes of Mexico", "National Auto Parts Industry"],
               "Mexican national auto parts industry association"),
              ("frenandez", "Alfaro Frenandez", "PERSON", ["Frenandez"], "Alfa General Director")],
    mentions=[("m1", "unionized workers there", "workers"),
              ("m2", ("the company", "the company reverses"), "nemak"),
              ("m3", "Unifor members", "workers"),
              ("m4", ("Nemak", "Nemak is out"), "nemak"),
              ("m5", "Unifor National President Jerry Dias", "dias"),
              ("m6", "Alfa, the Mexico-based parent company of the parts supplier", "alfa"),
              ("m7", ("Dias", "Dias said the closure"), "dias"),
              ("m8", "data from the Industría Nacional de Autopartes of Mexico", "ina"),
              ("m9", "Alfa General Director Alfaro Frenandez", "frenandez"),
              ("m10", ("Nemak", "Nemak is disappointed"), "nemak"),
              ("m11", ("the company", "the company said"), "nemak"),
              ("m12", ("Nemak", "Nemak is in favor"), "nemak")],
    attributions=[("a1", "INDIRECT", "m1", "vowed",
                   "to stay off the job until the company reverses its decision to close the facility", None),
                  ("a2", "DIRECT", "m5", ("said", "Dias said as"), "Nemak is out of business until further notice,", None),
                  ("a3", "DIRECT", "m5", None, "We will be here until we have a solution.", None),
                  ("a4", "INDIRECT", "m6", ("said", "has said it"),
                   "it was closing the facility because it was too small and inefficient", None),
                  ("a5", "INDIRECT", "m7", ("said", "Dias said the closure"),
                   "the closure was part of a plan to shift production south, where wages are a fraction of those in Canada", None),
                  ("a6", "INDIRECT", "m8", "according to",
                   "The average salary of a Mexican who works in a manufacturing plant with a maximum of 700 employees is barely US$3.73 per hour", None),
                  ("a7", "INDIRECT", "m9", "cited", "falling demand in China as a reason to close the Windsor plant", None),
                  ("a8", "DIRECT", "m11", ("said", "the company said"),
                   seg(T, "Nemak is disappointed that", "cease Unifor’s blockade,"), None),
                  ("a9", "DIRECT", "m11", None, seg(T, "Since the announcement of", "and their representatives."), None),
                  ("a10", "INDIRECT", None, ("announcement", "the announcement of"), "the plant closure", "a9")])

# ---------------------------------------------------------------------------------------
# Chad (Mansfield). Two copies of a photo caption are left out. The stored copy breaks off inside
# the paragraph after the last one kept ("But the minutes your unit in the dressing room is broken
# …, then"); the text is cut before it, so Evans's last quotation is left open at the end of the
# text, as printed. The page gives no date. Notes:
# - Headline "Matter now closed says Stags boss after fall-out with fans": the verb after the
#   claim is the cue; "after fall-out with fans" is an adjunct of the saying.
# - "Steve Evans is hoping the fall-out … has now been put to bed": an attitude with a named
#   subject, as the journalist reports it (FORMAT.md, Included: beliefs and forecasts).
# - "Some fans booed and chanted ‘what a load of rubbish’": the chant is DIRECT speech of the
#   fans ("booed" has no content); they are "a small section of supporters" of the lead.
# - "Evans was then under fire himself for defending his players against the abuse": "under fire"
#   is not a claim; "defending his players" is (as "defended the design"); "against the abuse" is
#   left out as an adjunct of the defending.
# - The quotation "Our job is … as long as I am manager." runs over six paragraphs (each ends
#   without a closing mark and the next reopens): one attribution continuing "he" with a null
#   cue. Inside it "My point to the supporters was – …" restates the speaker's own earlier
#   remark; like "I said it at the time" it is not split off from his own report.
doc("chad-stags-boss-evans-matter-closed-fall-out-fans",
    url="https://www.chad.co.uk/sport/football/mansfield-town/matter-now-closed-says-stags-boss-after-fall-out-with-fans-1-8801656",
    outlet="Chad", country="UK", topic="sport", cut=True,
    text=(T := "Matter now closed says Stags boss after fall-out with fans\n"
          "Mansfield Town manager Steve Evans is hoping the fall-out with a small section of supporters after last weekend’s 2-0 defeat at Colchester has now been put to bed.\n"
          "Some fans booed and chanted ‘what a load of rubbish’ after a game in which Stags created the better chances and Evans was then under fire himself for defending his players against the abuse.\n"
          "However, he said the matter was now closed and he and his players will continue to go over and thank supporters after games.\n"
          "“I didn’t think they had played badly which is why I said it at the time,” he explained.\n"
          "“Our job is to go out and produce performances and results for, ultimately, the supporters. They are the lifeblood of the club.\n"
          "“I just made the comments because I saw some lads hurting. They probably put more into that game than when we beat Notts County.\n"
          "“My point to the supporters was – you are hurting guys, but we are hurting too.\n"
          "“The players were hurting. If you kick someone and they go down, do you kick them again?\n"
          "“Supporters are always entitled to give an opinion. I just thought it was wrong on that particular day as I had watched my players give so much in that second half.\n"
          "“It’s the end of the matter and we will applaud our supporters tomorrow and after every game we play as long as I am manager.”\n"
          "Evans continued: “It is my job to represent this football club and stand up for it. I am always going to stand up in front of my players.\n"
          "“What we say privately in the dressing room may be something different when it comes to performance individually and collectively."),
    entities=[("evans", "Steve Evans", "PERSON", ["Evans", "Mansfield Town manager Steve Evans", "Stags boss"],
               "Mansfield Town manager"),
              ("fans", "Some fans", "GROUP", ["a small section of supporters"],
               "Mansfield Town supporters who booed the team at Colchester")],
    mentions=[("m1", "Stags boss", "evans"),
              ("m2", "Mansfield Town manager Steve Evans", "evans"),
              ("m3", "a small section of supporters", "fans"),
              ("m4", "Some fans", "fans"),
              ("m5", ("Evans", "Evans was then"), "evans"),
              ("m6", ("he", "he said the matter"), "evans"),
              ("m7", ("he", "he explained"), "evans"),
              ("m8", ("Evans", "Evans continued"), "evans")],
    attributions=[("a1", "INDIRECT", "m1", "says", "Matter now closed", None),
                  ("a2", "INDIRECT", "m2", "hoping", seg(T, "the fall-out with a small section", "has now been put to bed"), None),
                  ("a3", "DIRECT", "m4", "chanted", "what a load of rubbish", None),
                  ("a4", "INDIRECT", "m5", "defending", ("his players", "defending his players"), None),
                  ("a5", "INDIRECT", "m6", ("said", "he said the matter"),
                   "the matter was now closed and he and his players will continue to go over and thank supporters after games", None),
                  ("a6", "DIRECT", "m7", "explained", "I didn’t think they had played badly which is why I said it at the time,", None),
                  ("a7", "DIRECT", "m7", None, seg(T, "Our job is to go out", "as long as I am manager."), None),
                  ("a8", "DIRECT", "m8", "continued", seg(T, "It is my job to represent", "individually and collectively."), None)])

# ---------------------------------------------------------------------------------------
# The Washington Post. The stored page has no headline (its address reads
# "new-jersey-punishes-itself-wetlands"), so the text starts with the lead. A paywall prompt
# printed inside the first paragraph ("Wp Get the full experience. Choose your plan ArrowRight")
# is left out. The stored copy breaks off inside the next paragraph ("The project centered o");
# the text is cut before it. The date is the one in the page's address. Notes:
# - "Environmentalists were shocked … They were even more surprised to learn …" are states, not
#   claims.
# - "An announcement from the agency’s fish and wildlife division explained that …": a document
#   whose author is named in its noun phrase is a mention of its author (the whole noun phrase,
#   as "A statement by Sofia municipality" in make_test7_a.py).
# - "said Joe Arsenault, an ecologist and environmental consultant who inspected …": the relative
#   clause is left out of the source; "members of the New Jersey Conservation Foundation" are not
#   speakers.
# - "The foundation and three other organizations decried …" is one GROUP (FORMAT.md, Groups);
#   "in a March 6 open letter to the body …" is a medium and an addressee, left out.
# - "agreed that the project broke state law and issued a notice of violation …": "agreed" is a
#   claim; issuing a notice is an action.
# - "Advocates said they’re still pressing for answers on how … — though they said they’re glad …":
#   two claims of the advocates; "pressing for answers on how …" is a demand of theirs inside the
#   first (nested; cue with its fixed object, content "how …", as "an update on whether …").
doc("washingtonpost-new-jersey-agency-wetlands-violation",
    url="https://www.washingtonpost.com/nation/2023/04/18/new-jersey-punishes-itself-wetlands/",
    outlet="The Washington Post", country="US", topic="environment", cut=True, published="2023-04-18",
    text=(T := "Environmentalists were shocked in early March when they discovered construction vehicles leveling a stretch of protected wetlands in southern New Jersey. They were even more surprised to learn that the operation was being carried out by the New Jersey Department of Environmental Protection. An announcement from the agency’s fish and wildlife division explained that the development was meant to create a habitat for the American woodcock, a game bird. But bulldozing acres of wetlands and forest to do so violated New Jersey’s laws protecting wetlands, among the most stringent in the nation, and threatened other endangered species.\n"
          "“They did it by picking pretty much the worst location they could have done,” said Joe Arsenault, an ecologist and environmental consultant who inspected the damaged wetlands with members of the New Jersey Conservation Foundation.\n"
          "The foundation and three other organizations decried the Department of Environmental Protection’s development in a March 6 open letter to the body responsible for enforcing New Jersey’s wetland protections — the Department of Environmental Protection.\n"
          "On April 6, the department’s bureau in charge of land use enforcement agreed that the project broke state law and issued a notice of violation to the department’s own fish and wildlife division.\n"
          "The division must submit a plan within 30 days to restore the wetlands and could face further punishment pending an assessment, the department said.\n"
          "Advocates said they’re still pressing for answers on how the clearing of a cherished New Jersey preserve was ever approved — though they said they’re glad, if a little bemused, that the department is holding itself accountable for the miscue.\n"
          "“You would think that the division that was responsible for [wetlands] would have understood,” Arsenault said. “But the left hand doesn’t know what the right hand’s doing.”"),
    entities=[("department", "the New Jersey Department of Environmental Protection", "ORGANIZATION",
               ["Department of Environmental Protection", "the department"], "New Jersey state environmental agency"),
              ("division", "the agency’s fish and wildlife division", "ORGANIZATION",
               ["fish and wildlife division", "the division", "the department’s own fish and wildlife division"],
               "fish and wildlife division of the New Jersey Department of Environmental Protection"),
              ("arsenault", "Joe Arsenault", "PERSON", ["Arsenault", "Joe Arsenault, an ecologist and environmental consultant"],
               "ecologist and environmental consultant"),
              ("groups", "The foundation and three other organizations", "GROUP", [],
               "the New Jersey Conservation Foundation and three other organizations"),
              ("bureau", "the department’s bureau in charge of land use enforcement", "ORGANIZATION", [],
               "land use enforcement bureau of the New Jersey Department of Environmental Protection"),
              ("advocates", "Advocates", "GROUP", [], "environmental advocates")],
    mentions=[("m1", "the New Jersey Department of Environmental Protection", "department"),
              ("m2", "An announcement from the agency’s fish and wildlife division", "division"),
              ("m3", "Joe Arsenault, an ecologist and environmental consultant", "arsenault"),
              ("m4", "The foundation and three other organizations", "groups"),
              ("m5", ("the Department of Environmental Protection", "— the Department of Environmental Protection"), "department"),
              ("m6", "the department’s bureau in charge of land use enforcement", "bureau"),
              ("m7", "the department’s own fish and wildlife division", "division"),
              ("m8", ("The division", "The division must"), "division"),
              ("m9", ("the department", "the department said"), "department"),
              ("m10", "Advocates", "advocates"),
              ("m11", ("they", "they’re still pressing"), "advocates"),
              ("m12", ("they", "they said they’re glad"), "advocates"),
              ("m13", ("the department", "the department is holding"), "department"),
              ("m14", ("the division", "the division that was"), "division"),
              ("m15", ("Arsenault", "Arsenault said"), "arsenault")],
    attributions=[("a1", "INDIRECT", "m2", "explained",
                   "the development was meant to create a habitat for the American woodcock, a game bird", None),
                  ("a2", "DIRECT", "m3", ("said", "said Joe Arsenault"),
                   "They did it by picking pretty much the worst location they could have done,", None),
                  ("a3", "INDIRECT", "m4", "decried", "the Department of Environmental Protection’s development", None),
                  ("a4", "INDIRECT", "m6", "agreed", "the project broke state law", None),
                  ("a5", "INDIRECT", "m9", ("said", "the department said"),
                   seg(T, "The division must submit", "pending an assessment"), None),
                  ("a6", "INDIRECT", "m10", ("said", "Advocates said"),
                   seg(T, "they’re still pressing for answers", "was ever approved"), None),
                  ("a7", "INDIRECT", "m11", "pressing for answers",
                   "how the clearing of a cherished New Jersey preserve was ever approved", "a6"),
                  ("a8", "INDIRECT", "m12", ("said", "they said they’re glad"),
                   seg(T, "they’re glad, if a little bemused", "accountable for the miscue"), None),
                  ("a9", "DIRECT", "m15", ("said", "Arsenault said"),
                   "You would think that the division that was responsible for [wetlands] would have understood,", None),
                  ("a10", "DIRECT", "m15", None, "But the left hand doesn’t know what the right hand’s doing.", None)])

write("train_bf.jsonl")
