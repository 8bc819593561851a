#!/usr/bin/env python3
"""Writes test15_a.jsonl: real-news gold, split test15-a (see gold.py). Run: python3 make_test15_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The "Lusa" byline and the date line are removed; the stored copy stops inside Costa's quotation
# ("sometimes I won, sometimes I"), so the text is cut at the paragraph before it. Notes:
# - The standfirst ("no-confidence motion ... was debated") reports a debate, with no content.
# - "responding to PSD criticism of Fernando Medina’s results": "responding to" is an adjunct of
#   the PM's claim; "criticism of X" is a noun cue whose claimant is named in its NP, as the
#   corpus does for "Mr Robertson's criticism of the state government's budget" (source "PSD").
# - "accused the government ... of “...”" keeps the object with its "of" phrase, as the corpus
#   does ("accused the Government of overstepping ..."): MIXED.
# - "insisted on the PSD’s criticism of Finance Minister Fernando Medina": "insisted on" with a
#   noun-phrase content, as the corpus does for "insisted on the need for ..."; the PSD's
#   "criticism" inside it is nested. The relative clause "whom he accuses of having lost ..."
#   ends the sentence outside that content: its own claim of "he", with "of" left out (as for
#   "is accused of X" -> X).
# - "gave the prime minister some advice: “...”": the noun "advice" is the cue (FORMAT.md, Noun
#   cues); the addressee is left out and the quotation is the whole content: DIRECT.
# - "Costa said that “this year marks 30 years” since he first went to elections, which he then
#   lost": the reported clause runs to the sentence end (the next, truncated quotation shows the
#   loss is Costa's own account).
doc("econews-finance-minister-evidently-conditions-remain-says-pm",
    url="https://econews.pt/?p=42519",
    outlet="ECO News", country="Portugal", topic="politics", cut=True, published="2023-01-05",
    text=(T := "Finance minister “evidently” has the conditions to remain in the government, says PM\n"
          "The Liberal Initiative's no-confidence motion in the government was debated this Thursday.\n"
          "Portugal’s prime minister said on Thursday that the finance minister “evidently” has the conditions to remain in the government, responding to PSD criticism of Fernando Medina’s results, adding that he has never been afraid to go to elections.\n"
          "In the debate on the Liberal Initiative’s no-confidence motion in the government, PSD parliamentary leader Joaquim Miranda Sarmento accused the government led by António Costa of “falling apart and being in the process of collapsing”.\n"
          "“The Portuguese trusted you to govern alone and received impoverishment and instability. Instability because you gave the Portuguese the Christmas present they neither wanted nor deserved – a government crisis”, he accused.\n"
          "Miranda Sarmento insisted on the PSD’s criticism of Finance Minister Fernando Medina, whom he accuses of having lost political authority after he appointed Alexandra Reis, who months earlier had received half a million euros to leave TAP before her term of office was due to end as secretary of state for the treasury. She has since been dismissed.\n"
          "“What political authority does your finance minister have? How can you trust him to ensure good management and control of public money? Having an incompetent, frivolous and irresponsible finance minister can happen, it is a bad choice, but keeping him in office has only one person responsible,” he said, referring to António Costa.\n"
          "The PSD leader also gave the prime minister some advice: “Either you change your life, or the Portuguese will change their government”.\n"
          "In response, Costa said that “this year marks 30 years” since he first went to elections, which he then lost."),
    entities=[("costa", "António Costa", "PERSON",
               ["Costa", "PM", "Portugal’s prime minister", "the prime minister"], "Prime Minister of Portugal"),
              ("psd", "PSD", "ORGANIZATION", [], "Social Democratic Party, Portugal's main opposition party"),
              ("sarmento", "Joaquim Miranda Sarmento", "PERSON",
               ["Miranda Sarmento", "Sarmento", "PSD parliamentary leader Joaquim Miranda Sarmento", "The PSD leader"],
               "PSD parliamentary leader")],
    mentions=[("m1", ("PM", "says PM"), "costa"),
              ("m2", "Portugal’s prime minister", "costa"),
              ("m3", ("PSD", "PSD criticism"), "psd"),
              ("m4", "PSD parliamentary leader Joaquim Miranda Sarmento", "sarmento"),
              ("m5", ("António Costa", "led by António Costa"), "costa"),
              ("m6", ("he", "he accused"), "sarmento"),
              ("m7", ("Miranda Sarmento", "Miranda Sarmento insisted"), "sarmento"),
              ("m8", ("PSD", "PSD’s criticism"), "psd"),
              ("m9", ("he", "he accuses"), "sarmento"),
              ("m10", ("he", "he said, referring"), "sarmento"),
              ("m11", ("António Costa", "referring to António Costa"), "costa"),
              ("m12", "The PSD leader", "sarmento"),
              ("m13", ("the prime minister", "gave the prime minister"), "costa"),
              ("m14", ("Costa", "Costa said"), "costa")],
    attributions=[("a1", "MIXED", "m1", ("says", "says PM"),
                   "Finance minister “evidently” has the conditions to remain in the government", None),
                  ("a2", "MIXED", "m2", ("said", "minister said on Thursday"),
                   "the finance minister “evidently” has the conditions to remain in the government", None),
                  ("a3", "INDIRECT", "m3", ("criticism", "PSD criticism"), "Fernando Medina’s results", None),
                  ("a4", "INDIRECT", "m2", "adding", "he has never been afraid to go to elections", None),
                  ("a5", "MIXED", "m4", ("accused", "Sarmento accused"),
                   "the government led by António Costa of “falling apart and being in the process of collapsing”", None),
                  ("a6", "DIRECT", "m6", ("accused", "he accused"),
                   seg(T, "The Portuguese trusted you", "a government crisis"), None),
                  ("a7", "INDIRECT", "m7", "insisted on", "the PSD’s criticism of Finance Minister Fernando Medina", None),
                  ("a8", "INDIRECT", "m8", ("criticism", "PSD’s criticism"), "Finance Minister Fernando Medina", "a7"),
                  ("a9", "INDIRECT", "m9", "accuses",
                   seg(T, "having lost political authority", "secretary of state for the treasury"), None),
                  ("a10", "DIRECT", "m10", ("said", "he said, referring"),
                   seg(T, "What political authority", "only one person responsible,"), None),
                  ("a11", "DIRECT", "m12", "advice",
                   "Either you change your life, or the Portuguese will change their government", None),
                  ("a12", "MIXED", "m14", ("said", "Costa said"),
                   "“this year marks 30 years” since he first went to elections, which he then lost", None)])

# ---------------------------------------------------------------------------------------
# The section label "County News" and the "Posted: ... / by / comments (0)" line are removed; the
# stored copy stops inside Engelsdorfer's quotation, so the text is cut at the paragraph before it.
# Notes:
# - "came within a whisker of declaring he would not use ...": a declaration that was not made
#   (the next sentences say so), not a claim; nor is "if he declared he wouldn’t use the powers",
#   a hypothetical inside Pennell's suggestion.
# - "powers Councillor Pennell describes as dictatorial": nested in the suggestion; the content of
#   "describes ... as" in a relative clause is the predicate, as the corpus does for "what his
#   spokesmen have described as a coincidence" -> "a coincidence".
# - "responded, saying he “...”": one claim, carried by "saying", whose complement is the content.
# - "commended the mayor for his “...” in ...": evaluative reporting, object and "for" phrase kept
#   (as "thanked X for Y" in the corpus). "urged the head of council to ..." keeps the addressee,
#   as "called on X to Y" (seed a23/a24).
# - "The Wellington councillor’s resolution requested ...": a document whose author is named in
#   its NP is a mention of the author (FORMAT.md, Documents): Engelsdorfer.
doc("wellingtontimes-holstered-strong-mayor-powers-ferguson",
    url="https://wellingtontimes.ca/holstered",
    outlet="The Wellington Times", country="Canada", topic="local", cut=True, published="2025-06-05",
    text=(T := "Holstered\n"
          "Mayor assures Council it still has a role in municipal decision-making\n"
          "Mayor Steve Ferguson came within a whisker of declaring he would not use strong mayor powers vested in him by the province earlier this month. He came very close.\n"
          "“I cannot see any reason why any of the strong mayor powers would be needed,” said Mayor Ferguson at council meeting last week. “My preference is to work in a collaborative fashion with the council.”\n"
          "But it wasn’t the full-throated rejection of the new powers that Councillor Roy Pennell was looking for. The Ameliasburgh councillor suggested Mayor Ferguson could put Council and residents at ease if he declared he wouldn’t use the powers—powers Councillor Pennell describes as dictatorial— until the next election.\n"
          "Mayor Ferguson responded, saying he “didn’t anticipate using them.”\n"
          "So close.\n"
          "Yet, it isn’t obvious what refusal would mean in legal terms. Indeed, County Clerk Victoria Leskie explained that according to her reading of the legislation, strong mayor powers could not be refused.\n"
          "But the mayor’s authority may be delegated.\n"
          "Mayor Ferguson has already transferred unilateral authority over the hiring and firing of the Chief Administrative Officer (CAO) to Council. He has further assigned responsibility for employment matters for senior staff to the CAO.\n"
          "Councillor Corey Engelsdorfer commended the mayor for his “restraint and transparency” in his handling of strong mayor powers so far. He urged the head of council to continue to hold strong mayor powers in abeyance until the next election.\n"
          "The Wellington councillor’s resolution requested the provincial premier and the Minister of Municipal Affairs and Housing to rescind strong mayor legislation and recommit to the “meaning and spirit of democracy.”"),
    entities=[("ferguson", "Steve Ferguson", "PERSON",
               ["Ferguson", "Mayor Ferguson", "Mayor Steve Ferguson", "Mayor", "the mayor", "the head of council"],
               "Mayor of Prince Edward County"),
              ("pennell", "Roy Pennell", "PERSON",
               ["Pennell", "Councillor Roy Pennell", "Councillor Pennell", "The Ameliasburgh councillor"],
               "Ameliasburgh councillor"),
              ("leskie", "Victoria Leskie", "PERSON", ["Leskie", "County Clerk Victoria Leskie"], "County Clerk"),
              ("engelsdorfer", "Corey Engelsdorfer", "PERSON",
               ["Engelsdorfer", "Councillor Corey Engelsdorfer", "The Wellington councillor",
                "The Wellington councillor’s resolution"], "Wellington councillor")],
    mentions=[("m1", ("Mayor", "Mayor assures"), "ferguson"),
              ("m2", "Mayor Steve Ferguson", "ferguson"),
              ("m3", ("Mayor Ferguson", "said Mayor Ferguson"), "ferguson"),
              ("m4", "Councillor Roy Pennell", "pennell"),
              ("m5", "The Ameliasburgh councillor", "pennell"),
              ("m6", ("Mayor Ferguson", "suggested Mayor Ferguson"), "ferguson"),
              ("m7", "Councillor Pennell", "pennell"),
              ("m8", ("Mayor Ferguson", "Mayor Ferguson responded"), "ferguson"),
              ("m9", "County Clerk Victoria Leskie", "leskie"),
              ("m10", ("Mayor Ferguson", "Mayor Ferguson has already"), "ferguson"),
              ("m11", "Councillor Corey Engelsdorfer", "engelsdorfer"),
              ("m12", ("the mayor", "commended the mayor"), "ferguson"),
              ("m13", ("He", "He urged"), "engelsdorfer"),
              ("m14", "the head of council", "ferguson"),
              ("m15", "The Wellington councillor’s resolution", "engelsdorfer")],
    attributions=[("a1", "INDIRECT", "m1", "assures", "it still has a role in municipal decision-making", None),
                  ("a2", "DIRECT", "m3", ("said", "said Mayor Ferguson"),
                   "I cannot see any reason why any of the strong mayor powers would be needed,", None),
                  ("a3", "DIRECT", "m3", None, "My preference is to work in a collaborative fashion with the council.", None),
                  ("a4", "INDIRECT", "m5", "suggested",
                   seg(T, "Mayor Ferguson could put Council", "until the next election"), None),
                  ("a5", "INDIRECT", "m7", "describes", "dictatorial", "a4"),
                  ("a6", "MIXED", "m8", "saying", "he “didn’t anticipate using them.”", None),
                  ("a7", "INDIRECT", "m9", "explained",
                   "according to her reading of the legislation, strong mayor powers could not be refused", None),
                  ("a8", "MIXED", "m11", "commended",
                   "the mayor for his “restraint and transparency” in his handling of strong mayor powers so far", None),
                  ("a9", "INDIRECT", "m13", "urged",
                   "the head of council to continue to hold strong mayor powers in abeyance until the next election", None),
                  ("a10", "MIXED", "m15", "requested",
                   seg(T, "the provincial premier and the Minister", "spirit of democracy.”"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "James D Worley found guilty for Sierah
# Joughin murder"), so the text starts with the lead and its dateline. The "WATCH: ..." video link
# is removed; the stored copy goes on into a list of links ("DAY 1: ..."), where the text is cut.
# Notes:
# - "the jury had found him guilty ...": a verdict with a named agent, nested in the judge's claim
#   (as "found Mkandawire guilty of the charge" in the corpus); the agentless "this murderer was
#   found guilty" inside Mr. Ice's quotation is a court's action and is not annotated (corpus).
# - "before announcing they had reached unanimous verdicts just after 3 p.m.": the time ends the
#   reported clause and is kept in it (FORMAT.md: an adjunct inside the claim stays).
# - "said on behalf of the family afterward" and "Standing with ...": adjuncts of the reporting.
# - "Ms. Joughin's family has advocated for a new state law ...": "advocated for" as "called for".
doc("toledoblade-worley-guilty-sierah-joughin-murder",
    url="http://toledoblade.com/local/courts/2018/03/27/James-D-Worley-found-guilty-for-Sierah-Joughin-murder/stories/20180327137",
    outlet="The Blade", country="US", topic="courts-crime", cut=True, published="2018-03-27",
    text=(T := "WAUSEON — With the pronouncement of 17 guilty verdicts Tuesday, family members of a Metamora woman who was snatched from her bicycle and asphyxiated by James Worley, cried, and hugged, and exhaled.\n"
          "Worley, 58, showed no reaction, even as Fulton County Common Pleas Judge Jeffrey Robinson said the jury had found him guilty on specifications that could land him on death row for the July, 2016, aggravated murder of Sierah Joughin, 20.\n"
          "The jury of eight women and four men deliberated less than six hours Tuesday before announcing they had reached unanimous verdicts just after 3 p.m.\n"
          "The relief to Ms. Joughin's many friends and relatives was apparent as they embraced each other and the law enforcement officers who worked the case from the time the University of Toledo student disappeared while riding her bicycle home July 19.\n"
          "“Needless to say this has been a long four weeks,” Ms. Joughin's uncle, Howard Ice, said on behalf of the family afterward. “Having to sit through the detailed testimony, the piles of evidence, and the learning of what this killer and past violent offender — which is really important to us, past violent offender — did to our beautiful Sierah was gut-wrenching.”\n"
          "Ms. Joughin's family has advocated for a new state law to create a violent offender registry. Worley, of rural Delta, was convicted in 1990 for abducting a bicyclist in rural Lucas County.\n"
          "Standing with Ms. Joughin's parents, Tom Joughin and Sheila Vaculik, aunt Tara Ice, and boyfriend Josh Kolasinski, Mr. Ice said the family had hoped for justice and received it.\n"
          "“I want to express to you how pleased we are that justice was served today, and this murderer was found guilty on all counts,” Mr. Ice said."),
    entities=[("robinson", "Jeffrey Robinson", "PERSON",
               ["Robinson", "Judge Jeffrey Robinson", "Fulton County Common Pleas Judge Jeffrey Robinson"],
               "Fulton County Common Pleas judge"),
              ("jury", "The jury of eight women and four men", "GROUP", ["the jury", "jury"], "the trial jury"),
              ("ice", "Howard Ice", "PERSON", ["Ice", "Mr. Ice", "Ms. Joughin's uncle, Howard Ice"],
               "uncle of the victim, Sierah Joughin"),
              ("family", "Ms. Joughin's family", "GROUP", ["the family", "family members"],
               "the family of the victim, Sierah Joughin")],
    mentions=[("m1", "family members", "family"),
              ("m2", "Fulton County Common Pleas Judge Jeffrey Robinson", "robinson"),
              ("m3", ("the jury", "the jury had found"), "jury"),
              ("m4", "The jury of eight women and four men", "jury"),
              ("m5", "Ms. Joughin's uncle, Howard Ice", "ice"),
              ("m6", ("the family", "behalf of the family"), "family"),
              ("m7", ("Ms. Joughin's family", "Ms. Joughin's family has"), "family"),
              ("m8", ("Mr. Ice", "Mr. Ice said the family"), "ice"),
              ("m9", ("the family", "the family had hoped"), "family"),
              ("m10", ("Mr. Ice", "Mr. Ice said."), "ice")],
    attributions=[("a1", "INDIRECT", "m2", ("said", "Robinson said"),
                   seg(T, "the jury had found him guilty", "Sierah Joughin, 20"), None),
                  ("a2", "INDIRECT", "m3", ("found", "had found him"), seg(T, "him guilty on specifications", "Sierah Joughin, 20"), "a1"),
                  ("a3", "INDIRECT", "m4", "announcing", "they had reached unanimous verdicts just after 3 p.m.", None),
                  ("a4", "DIRECT", "m5", ("said", "Howard Ice, said"), "Needless to say this has been a long four weeks,", None),
                  ("a5", "DIRECT", "m5", None, seg(T, "Having to sit through", "was gut-wrenching."), None),
                  ("a6", "INDIRECT", "m7", "advocated for", "a new state law to create a violent offender registry", None),
                  ("a7", "INDIRECT", "m8", ("said", "Ice said the family"), "the family had hoped for justice and received it", None),
                  ("a8", "DIRECT", "m10", ("said", "Mr. Ice said."), seg(T, "I want to express", "on all counts,"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "Tommy Wright bemoans contentious penalty as
# St Johnstone held at Ross County"), so the text starts with the lead. The stored copy stops
# inside a quotation that runs over two paragraphs ("He added: “Zander Clark ..."), so the text is
# cut before it, where no quotation is left open. Notes:
# - "was critical of the officials" is a state with no reported content ("was unhappy with").
# - "the Saints players protested furiously at the decision": content "the decision", as
#   "complained about noise" -> "noise" and the corpus's "protested the award of goal".
# - "Chris Millar was deemed to have brought down ...": an agentless judgement with a raised
#   subject, as "was expected to" (null source, subject left out).
# - "Our players are adamant it was outside the box": an attitude of others stated in Wright's
#   quotation, nested. "it’s impossible for the referee ... to say 100 per cent that ..." is a
#   hypothetical speech act and is not annotated.
# - "Owen Coyle was left to rue two dropped points": "rue" is evaluative reporting with a content
#   (FORMAT.md, "rues the defeat"); "after his side dominated ..." is an adjunct.
# - The two multi-paragraph quotations are one attribution each (FORMAT.md, Unit).
doc("sundaypost-tommy-wright-contentious-penalty-ross-county",
    url="https://sundaypost.com/fp/tommy-wright-bemoans-contentious-penalty-as-st-johnstone-held-at-ross-county",
    outlet="The Sunday Post", country="UK", topic="sport", cut=True,
    text=(T := "ST JOHNSTONE boss Tommy Wright was critical of the officials after a controversial penalty decision cost his side three points.\n"
          "Greg Aitken awarded Ross County a penalty in the second half – which Alex Schalk converted to earn a 1-1 draw at Dingwall – but the Saints players protested furiously at the decision.\n"
          "Chris Millar was deemed to have brought down Chris Eagles inside the area after a jinking run, but Wright claimed after the game that there had been no contact inside the area.\n"
          "“The penalty decision is contentious,” he said. “Our players are adamant it was outside the box and I’ve seen it back: it’s impossible for the referee from the view he had to say 100 per cent that it’s in the box.\n"
          "“Chris Millar’s feet never go in the box so it’s a tough decision but you have to make sure when you’re making them that you’re 100 per cent because they have big consequences.”\n"
          "He added that he felt they should have had at least one penalty of their own after goalscorer Denny Johnstone was tugged down inside the area.\n"
          "Wright said: “There’s a lot of moments we’re not happy with.\n"
          "“Denny’s shirt was blatantly pulled in the first-half in the box, he was grappled to the ground in the box in the second-half.”\n"
          "Owen Coyle was left to rue two dropped points after his side dominated the second period only to remain without a win since early November, although they still climbed off the foot of the table on goal difference.\n"
          "“I don’t think there’s any doubt we should have had those three points ,” he said. “St Johnstone caught us cold and that’s something that’s easily avoidable for us.\n"
          "“We huffed and puffed a bit in the first-half, we had one or two half-chances without glorious chances.”"),
    entities=[("wright", "Tommy Wright", "PERSON", ["Wright", "ST JOHNSTONE boss Tommy Wright"], "St Johnstone manager"),
              ("players", "the Saints players", "GROUP", ["Saints players", "Our players"], "St Johnstone's players"),
              ("coyle", "Owen Coyle", "PERSON", ["Coyle"], "Ross County manager")],
    mentions=[("m1", "ST JOHNSTONE boss Tommy Wright", "wright"),
              ("m2", "the Saints players", "players"),
              ("m3", ("Wright", "Wright claimed"), "wright"),
              ("m4", ("he", "he said. “Our"), "wright"),
              ("m5", "Our players", "players"),
              ("m6", ("He", "He added"), "wright"),
              ("m7", ("Wright", "Wright said:"), "wright"),
              ("m8", "Owen Coyle", "coyle"),
              ("m9", ("he", "he said. “St"), "coyle")],
    attributions=[("a1", "INDIRECT", "m2", "protested", ("the decision", "furiously at the decision"), None),
                  ("a2", "INDIRECT", None, "deemed", "to have brought down Chris Eagles inside the area after a jinking run", None),
                  ("a3", "INDIRECT", "m3", "claimed", "there had been no contact inside the area", None),
                  ("a4", "DIRECT", "m4", ("said", "he said. “Our"), "The penalty decision is contentious,", None),
                  ("a5", "DIRECT", "m4", None, seg(T, "Our players are adamant", "they have big consequences."), None),
                  ("a6", "INDIRECT", "m5", "adamant", "it was outside the box", "a5"),
                  ("a7", "INDIRECT", "m6", "added", seg(T, "he felt they should have had", "tugged down inside the area"), None),
                  ("a8", "DIRECT", "m7", ("said", "Wright said:"), seg(T, "There’s a lot of moments", "in the second-half."), None),
                  ("a9", "INDIRECT", "m8", "rue", "two dropped points", None),
                  ("a10", "DIRECT", "m9", ("said", "he said. “St"),
                   "I don’t think there’s any doubt we should have had those three points ,", None),
                  ("a11", "DIRECT", "m9", None, seg(T, "St Johnstone caught us cold", "without glorious chances."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "North Wales health bosses slammed
# 'unacceptable' decision to go ahead with controversial nurse rota changes"), so the text starts
# with the lead. The stored copy stops inside Mr Gruffydd's quotation, so the text is cut before
# it. Notes:
# - "HEALTH bosses ... have been slammed" is an agentless evaluation ("was criticised for"); "were
#   met with anger when they were announced" has no content once its raised subject is left out.
# - "Proposals by Betsi Cadwaladr University Health Board (BCUHB) to make staff take ...": a noun
#   cue whose proposer is named in its NP (as "proposed ..." is annotated in the corpus).
# - "The move has been strongly condemned by members of the Unite union": a passive with its
#   agent; "condemned" is evaluative reporting with a noun-phrase content ("The move").
# - Hughes's quotation runs over four paragraphs: one DIRECT attribution. Inside it, "Unite is
#   deeply disappointed to learn that ..." is the speaker's own side's attitude and "Their actions
#   show that ..." an evidential: neither is split off.
# - "demanded for the Welsh health minister to step in ...": "for" only links the cue and is left
#   out; the addressee stays, as in "called on X to Y" (also for Gruffydd's "called on").
doc("northwalespioneer-bcuhb-nurse-rota-changes-unite-condemns",
    url="https://www.northwalespioneer.co.uk/news/18000055.north-wales-health-bosses-slammed-unacceptable-decision-go-ahead-controversial-nurse-rota-changes/",
    outlet="North Wales Pioneer", country="UK", topic="health-science", cut=True,
    text=(T := "HEALTH bosses in North Wales have been slammed after deciding to go ahead with controversial changes to nurses’ rotas despite widespread opposition.\n"
          "Proposals by Betsi Cadwaladr University Health Board (BCUHB) to make staff take an additional half-hour break each shift without pay were met with anger when they were announced in August.\n"
          "Two separate petitions each containing more than 3,000 signatures were recently handed to officials against the plans as politicians warned it would lead to the loss of goodwill among thousands of health workers.\n"
          "However, the health board has now announced it will plough ahead with the changes from the start of next year in a bid to save more than £500,000.\n"
          "The move has been strongly condemned by members of the Unite union, who previously staged a protest outside a meeting of senior figures from BCUHB.\n"
          "Unite Wales regional secretary Peter Hughes said: “Unite is deeply disappointed to learn that BCUHB still intend to implement their draconian and wholly unacceptable changes to our members nursing rosters.\n"
          "“This flies in the face of the overwhelming opposition of both their own employees and the wider public.\n"
          "“Their actions show that the health board have absolutely no intention of engaging in any meaningful consultation process with Unite over this hugely contentious issue.\n"
          "“We remain deeply opposed to the roster changes which are a fundamental attack on the terms and conditions of our members.”\n"
          "Plaid Cymru has demanded for the Welsh health minister to step in and reverse the plans.\n"
          "North Wales AM Llyr Gruffydd, who handed in a 3,500-name petition to BCUHB earlier this month, called on Labour’s Vaughan Gething to overturn the decision."),
    entities=[("board", "Betsi Cadwaladr University Health Board (BCUHB)", "ORGANIZATION",
               ["Betsi Cadwaladr University Health Board", "BCUHB", "the health board"], "North Wales health board"),
              ("politicians", "politicians", "GROUP", [], "politicians opposing the rota changes"),
              ("unite", "members of the Unite union", "GROUP", ["Unite members"], "members of the Unite union"),
              ("hughes", "Peter Hughes", "PERSON", ["Hughes", "Unite Wales regional secretary Peter Hughes"],
               "Unite Wales regional secretary"),
              ("plaid", "Plaid Cymru", "ORGANIZATION", ["Plaid"], "Welsh political party"),
              ("gruffydd", "Llyr Gruffydd", "PERSON", ["Gruffydd", "Mr Gruffydd", "North Wales AM Llyr Gruffydd"],
               "Plaid Cymru Assembly Member for North Wales")],
    mentions=[("m1", "Betsi Cadwaladr University Health Board (BCUHB)", "board"),
              ("m2", "politicians", "politicians"),
              ("m3", ("the health board", "the health board has now"), "board"),
              ("m4", "members of the Unite union", "unite"),
              ("m5", ("BCUHB", "figures from BCUHB"), "board"),
              ("m6", "Unite Wales regional secretary Peter Hughes", "hughes"),
              ("m7", ("BCUHB", "that BCUHB still"), "board"),
              ("m8", ("the health board", "the health board have"), "board"),
              ("m9", "Plaid Cymru", "plaid"),
              ("m10", "North Wales AM Llyr Gruffydd", "gruffydd"),
              ("m11", ("BCUHB", "to BCUHB earlier"), "board")],
    attributions=[("a1", "INDIRECT", "m1", "Proposals",
                   "to make staff take an additional half-hour break each shift without pay", None),
                  ("a2", "INDIRECT", "m2", "warned", "it would lead to the loss of goodwill among thousands of health workers", None),
                  ("a3", "INDIRECT", "m3", ("announced", "now announced"),
                   "it will plough ahead with the changes from the start of next year in a bid to save more than £500,000", None),
                  ("a4", "INDIRECT", "m4", "condemned", "The move", None),
                  ("a5", "DIRECT", "m6", ("said", "Hughes said"),
                   seg(T, "Unite is deeply disappointed", "terms and conditions of our members."), None),
                  ("a6", "INDIRECT", "m9", "demanded", "the Welsh health minister to step in and reverse the plans", None),
                  ("a7", "INDIRECT", "m10", "called on", "Labour’s Vaughan Gething to overturn the decision", None)])

# ---------------------------------------------------------------------------------------
# The "Published 12:00 am Thursday, June 5, 2003" line and a newsletter sign-up box are removed;
# the lead keeps its printed dateline "[6/4/03]JACKSON" (not an attribution). The stored copy stops
# mid-sentence in the next paragraph, so the text is cut before it. Notes:
# - Headline "MDEQ rejects landfill proposal" and "A landfill plan was rejected by ...": a
#   permit decision, an action (as "refused to sign"), not a claim. "the many Yokena-area
#   residents who have opposed it" states a long-held stance whose only content is "it": not
#   annotated. "The plan, which called for a 10-acre landfill ..." gives the plan's provisions,
#   not a speech act; nor is the participle "proposed by ..." a claim (no finite reporting verb).
# - "“The county says it doesn’t even need a landfill,” said ... Kent Ford": the county's claim is
#   nested in the quotation. "who made the motion that carried 4-2" is an action.
# - "the Warren County Board of Supervisors resolved 4-1 to petition the MDEQ to stop the plan":
#   a formal resolution, annotated as the corpus does a council motion ("moved to have ..."); the
#   board is the county of Ford's quotation (one entity).
# - "said Vicksburg attorney Andy Sumrall, who said he represented ...": the second "said" sits in
#   a relative clause; its source is the antecedent (the same mention). Its content stops before
#   "15 or more of whom appeared to ...", the reporter's observation of the meeting.
doc("vicksburgpost-mdeq-rejects-landfill-proposal-yokena",
    url="https://www.vicksburgpost.com/2003/06/05/mdeq-rejects-landfill-proposal/",
    outlet="The Vicksburg Post", country="US", topic="environment", cut=True, published="2003-06-05",
    text=(T := "MDEQ rejects landfill proposal\n"
          "[6/4/03]JACKSON A landfill plan was rejected by the state pollution-control agency Tuesday, giving a victory to the many Yokena-area residents who have opposed it.\n"
          "The plan, which called for a 10-acre landfill on private land off Jeff Davis Road, in southern Warren County, was permitted 17 years ago by the Mississippi Department of Environmental Quality. That permit had no expiration date, but environmental laws and regulations have changed since then.\n"
          "“The county says it doesn’t even need a landfill,” said MDEQ Permit Board member Kent Ford, who made the motion that carried 4-2, with one abstention.\n"
          "The plan, proposed by Warren County business partners Paul Kelly Loyacono and Betty Ewell, is valid and a “political,” decision to reject it will be appealed, Loyacono said.\n"
          "Among those who spoke Tuesday was Bill Lauderdale, the county supervisor from District 4, where the landfill would be located. In December, the Warren County Board of Supervisors resolved 4-1 to petition the MDEQ to stop the plan. Such a move would, under current state law, require Loyacono and Ewell to seek county approval of any new landfill they might seek to create.\n"
          "“We are very, very strongly opposed to this landfill,” said Vicksburg attorney Andy Sumrall, who said he represented the majority of landowners in the area, 15 or more of whom appeared to have also traveled to the meeting.\n"
          "Sen. Mike Chaney, R-Vicksburg, also appeared and argued the Legislature’s modifications of environmental laws in the past five years were not intended “to circumvent” local control over such plans."),
    entities=[("ford", "Kent Ford", "PERSON", ["Ford", "MDEQ Permit Board member Kent Ford"], "member of the MDEQ Permit Board"),
              ("county", "Warren County Board of Supervisors", "ORGANIZATION",
               ["the Warren County Board of Supervisors", "The county"], "Warren County's governing board"),
              ("loyacono", "Paul Kelly Loyacono", "PERSON", ["Loyacono"], "business partner behind the landfill plan"),
              ("sumrall", "Andy Sumrall", "PERSON", ["Sumrall", "Vicksburg attorney Andy Sumrall"],
               "attorney for landowners near the site"),
              ("chaney", "Mike Chaney", "PERSON", ["Chaney", "Sen. Mike Chaney", "Sen. Mike Chaney, R-Vicksburg"],
               "Mississippi state senator")],
    mentions=[("m1", ("The county", "The county says"), "county"),
              ("m2", "MDEQ Permit Board member Kent Ford", "ford"),
              ("m3", "Paul Kelly Loyacono", "loyacono"),
              ("m4", ("Loyacono", "Loyacono said"), "loyacono"),
              ("m5", "the Warren County Board of Supervisors", "county"),
              ("m6", ("Loyacono", "require Loyacono"), "loyacono"),
              ("m7", "Vicksburg attorney Andy Sumrall", "sumrall"),
              ("m8", "Sen. Mike Chaney, R-Vicksburg", "chaney")],
    attributions=[("a1", "DIRECT", "m2", ("said", "said MDEQ"), "The county says it doesn’t even need a landfill,", None),
                  ("a2", "INDIRECT", "m1", ("says", "county says"), "it doesn’t even need a landfill", "a1"),
                  ("a3", "MIXED", "m4", ("said", "Loyacono said"), seg(T, "The plan, proposed by", "will be appealed"), None),
                  ("a4", "INDIRECT", "m5", "resolved", "to petition the MDEQ to stop the plan", None),
                  ("a5", "DIRECT", "m7", ("said", "said Vicksburg"), "We are very, very strongly opposed to this landfill,", None),
                  ("a6", "INDIRECT", "m7", ("said", "who said he"), "he represented the majority of landowners in the area", None),
                  ("a7", "MIXED", "m8", "argued", seg(T, "the Legislature’s modifications", "over such plans"), None)])

write("test15_a.jsonl")
