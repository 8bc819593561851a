#!/usr/bin/env python3
"""Writes train_ax.jsonl: real-news gold, split train-ax (see gold.py). Run: python3 make_train_ax.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The text is cut at the last whole paragraph of the stored copy: the next one (McLear on the
# governor's tone) is cut off mid-word. The page gives no date. Typos ("Committeee", "has still
# note seen") are kept as printed.
# "snipe at each other" (headline), "vented some of her frustrations", "cross-examination" and
# "garnered an angry reply" are speech acts with no reported content: not annotated (FORMAT.md,
# Excluded: evaluations with no content). The reply's words are the quotation that follows, with
# McLear's inline clause as its cue (Two clauses, one claim). "Noting that ..." is a second claim
# of Evans, the subject of the main clause ("X said A, warning that B").
# "the wish she articulated Monday when she said, “...”" is one claim: the governing "said" carries
# it and "articulated" (whose object is only "the wish") is not annotated separately. The unquoted
# "in the governor's speech Tuesday" completes her quoted words, so that claim is MIXED.
# "the possibility of the governor ... imploring lawmakers" is a hypothetical speech act and
# "I will not have anyone say ..." a hypothetical inside a quote: neither is annotated.
# Evans's MIXED claim runs to the sentence end: the dash apposition is inside the reported clause.
doc("capitolweekly-evans-mclear-budget-revisions",
    url="https://capitolweekly.net/lawmakers-administration-snipe-at-each-other-as-governor-prepares-budget-address/",
    outlet="Capitol Weekly", country="US", topic="politics", cut=True,
    text=(T := "Lawmakers, administration snipe at each other as governor prepares budget address\n"
          "As Gov. Arnold Schwarzenegger prepares to address a joint session of the Legislature, tensions and tempers are beginning to rise.\n"
          "At the budget conference committee Monday, Assembly Budget Committeee Chairwoman Noreen Evans, D-Santa Rosa, vented some of her frustrations at chief deputy finance director Ana Matosantos.\n"
          "Noting that the governor had made three separate revisions to his May budget, Evans curtly asked Matosantos \"Are we done now?\"\n"
          "Evans’ cross-examination of Matosantos garnered an angry reply from the administration. “We will continue to revise our budget numbers as the situation deteriorates,” Schwarzenegger spokesman Aaron McLear said. “It is our sincere hope that Assemblywoman Evans will be able to keep up.”\n"
          "That is the context for Schwarzenegger’s unprecedented speech Tuesday. But as for substance, administration officials say they do not expect the governor to make much in the way of news.\n"
          "So, Evans may well get the wish she articulated Monday when she said, “I hope there’s nothing new” in the governor’s speech Tuesday. Evans said she has still note seen a “comprehensive, single document that shows the revisions” made to the budget passed in February – revisions that are needed because of the continuing shortfall of state revenues.\n"
          "Evans was clearly defensive about the possibility of the governor coming to the Legislature and imploring lawmakers to get to work. “If we keep dealing with new figures and new cuts, we’re not going to get it done,” she said. “I will not have anyone say this Legislature did not do its work on a timely basis, because we haven’t gotten the information we need from the administration.”"),
    entities=[("evans", "Noreen Evans", "PERSON",
               ["Evans", "Assembly Budget Committeee Chairwoman Noreen Evans", "Assemblywoman Evans"],
               "Chairwoman of the California Assembly Budget Committee (D-Santa Rosa)"),
              ("mclear", "Aaron McLear", "PERSON", ["McLear", "Schwarzenegger spokesman Aaron McLear"],
               "spokesman for Gov. Arnold Schwarzenegger"),
              ("officials", "administration officials", "GROUP", [], "officials of the Schwarzenegger administration")],
    mentions=[("m1", "Assembly Budget Committeee Chairwoman Noreen Evans", "evans"),
              ("m2", ("Evans", "Evans curtly asked"), "evans"),
              ("m3", "Schwarzenegger spokesman Aaron McLear", "mclear"),
              ("m4", "Assemblywoman Evans", "evans"),
              ("m5", "administration officials", "officials"),
              ("m6", ("Evans", "Evans may well"), "evans"),
              ("m7", ("she", "when she said"), "evans"),
              ("m8", ("Evans", "Evans said she"), "evans"),
              ("m9", ("Evans", "Evans was clearly"), "evans"),
              ("m10", ("she", "she said. “I will"), "evans")],
    attributions=[("a1", "INDIRECT", "m2", "Noting", "the governor had made three separate revisions to his May budget", None),
                  ("a2", "DIRECT", "m2", "asked", "Are we done now?", None),
                  ("a3", "DIRECT", "m3", ("said", "McLear said"),
                   "We will continue to revise our budget numbers as the situation deteriorates,", None),
                  ("a4", "DIRECT", "m3", None, "It is our sincere hope that Assemblywoman Evans will be able to keep up.", None),
                  ("a5", "INDIRECT", "m5", ("say", "officials say"), "they do not expect the governor to make much in the way of news", None),
                  ("a6", "MIXED", "m7", ("said", "when she said"),
                   "“I hope there’s nothing new” in the governor’s speech Tuesday", None),
                  ("a7", "MIXED", "m8", ("said", "Evans said she"),
                   seg(T, "she has still note seen", "shortfall of state revenues"), None),
                  ("a8", "DIRECT", "m10", ("said", "she said. “I will"),
                   "If we keep dealing with new figures and new cuts, we’re not going to get it done,", None),
                  ("a9", "DIRECT", "m10", None, seg(T, "I will not have anyone say", "from the administration."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "new-epa-rule-narrows-states-time-frames-for-
# energy-project-reviews"), so the text starts with its lead. It is cut at the last whole
# paragraph: the next one (Devine on the rule) is cut off mid-word. The page gives no date. A double
# space ("Clean  Water Act", "reviews.  After") and a space at the end of the fourth paragraph are
# kept as printed.
# "praised the regulation", "blasted it" and "welcomed the regulation" are evaluative reporting with
# a noun-phrase content (FORMAT.md, Included: `rues the defeat`); the relative clause "which EPA
# announced on June 1" is the journalist's background, left out of the praise; its "announced"
# has only the relative pronoun as object and is not annotated. "The new rule" is a document whose
# author is not named in its sentence: its own entity, with its other nominal mentions ("a final
# rule", "the regulation", "the mandate"). The attorneys general's opposing, contending and
# threatening are nested in what the Sidley & Austin attorneys say (cue "say" after the claim);
# "in comments on the rule" is the medium of "opposed" and is left out. "a federal appeals court
# ruled" is a court's act with no content.
# "for states and tribes to certify that ..." in the lead names what the rule lets states do, not
# a certification made: not annotated.
doc("enr-epa-rule-narrows-state-water-reviews",
    url="https://www.enr.com/articles/49477-new-epa-rule-narrows-states-time-frames-for-energy-project-reviews",
    outlet="Engineering News-Record (ENR)", country="US", topic="environment", cut=True,
    text=(T := "The U.S. Environmental Protection Agency has issued a final rule that tightens the timeline and scope for states and tribes to certify that pipelines and other energy infrastructure projects meet water-quality requirements under Section 401 of the Clean  Water Act.\n"
          "Energy groups praised the regulation, which EPA announced on June 1, but environmental organizations blasted it.\n"
          "The new rule says that states can take no more than one year to finish their reviews.  After a state certification request or waiver, the next step is a federal decision on a permit, usually by the Army Corps of Engineers or the Federal Energy Regulatory Commission.\n"
          "The certification issue was central to a long running dispute involving dam removals in Oregon and California on which a federal appeals court ruled last year. \n"
          "EPA Administrator Andrew Wheeler told reporters in a briefing that some states have delayed project certifications “for the purpose of inappropriately shutting down infrastructure projects.”\n"
          "But 23 state attorneys general opposed the narrowed role for states in comments on the rule during its proposal period, contending that reviews can take longer than one year, and threatened to sue if the mandate became final, say attorneys from Sidley & Austin in a June 2 analysis.\n"
          "The regulation is to take effect 60 days after it is published in the Federal Register.\n"
          "Alex Oehler, the Interstate Natural Gas Association of America’s interim chief executive officer, welcomed the regulation. He said that it \"clarifies the roles of federal, state and tribal authorities during the Section 401 certification process, realigning those roles with the statute.\"\n"
          "But Jon Devine, Natural Resources Defense Council’s director of federal water policy, called the regulation “a dangerous mistake.”"),
    entities=[("energygroups", "Energy groups", "GROUP", [], "energy industry groups"),
              ("envorgs", "environmental organizations", "GROUP", [], "environmental groups"),
              ("rule", "The new rule", "ORGANIZATION", ["a final rule", "the regulation", "the rule", "the mandate"],
               "EPA's final Clean Water Act Section 401 certification rule"),
              ("wheeler", "Andrew Wheeler", "PERSON", ["Wheeler", "EPA Administrator Andrew Wheeler"],
               "Administrator of the US Environmental Protection Agency"),
              ("ags", "23 state attorneys general", "GROUP", [], "state attorneys general opposing the rule"),
              ("sidley", "attorneys from Sidley & Austin", "GROUP", ["Sidley & Austin"], "lawyers of the Sidley Austin law firm"),
              ("oehler", "Alex Oehler", "PERSON",
               ["Oehler", "Alex Oehler, the Interstate Natural Gas Association of America’s interim chief executive officer"],
               "interim CEO of the Interstate Natural Gas Association of America"),
              ("devine", "Jon Devine", "PERSON",
               ["Devine", "Jon Devine, Natural Resources Defense Council’s director of federal water policy"],
               "director of federal water policy at the Natural Resources Defense Council")],
    mentions=[("m1", "a final rule", "rule"),
              ("m2", "Energy groups", "energygroups"),
              ("m3", ("the regulation", "praised the regulation"), "rule"),
              ("m4", "environmental organizations", "envorgs"),
              ("m5", "The new rule", "rule"),
              ("m6", "EPA Administrator Andrew Wheeler", "wheeler"),
              ("m7", "23 state attorneys general", "ags"),
              ("m8", ("the rule", "comments on the rule"), "rule"),
              ("m9", "the mandate", "rule"),
              ("m10", "attorneys from Sidley & Austin", "sidley"),
              ("m11", "The regulation", "rule"),
              ("m12", "Alex Oehler, the Interstate Natural Gas Association of America’s interim chief executive officer", "oehler"),
              ("m13", ("the regulation", "welcomed the regulation"), "rule"),
              ("m14", ("He", "He said that"), "oehler"),
              ("m15", "Jon Devine, Natural Resources Defense Council’s director of federal water policy", "devine"),
              ("m16", ("the regulation", "called the regulation"), "rule")],
    attributions=[("a1", "INDIRECT", "m2", "praised", ("the regulation", "praised the regulation"), None),
                  ("a2", "INDIRECT", "m4", "blasted", ("it", "blasted it"), None),
                  ("a3", "INDIRECT", "m5", "says", "states can take no more than one year to finish their reviews", None),
                  ("a4", "MIXED", "m6", "told",
                   seg(T, "some states have delayed project certifications", "shutting down infrastructure projects.”"), None),
                  ("a5", "INDIRECT", "m10", ("say", "say attorneys"),
                   seg(T, "23 state attorneys general opposed", "if the mandate became final"), None),
                  ("a6", "INDIRECT", "m7", "opposed", "the narrowed role for states", "a5"),
                  ("a7", "INDIRECT", "m7", "contending", "reviews can take longer than one year", "a5"),
                  ("a8", "INDIRECT", "m7", "threatened", "to sue if the mandate became final", "a5"),
                  ("a9", "INDIRECT", "m12", "welcomed", ("the regulation", "welcomed the regulation"), None),
                  ("a10", "MIXED", "m14", ("said", "He said that"), seg(T, "it \"clarifies the roles", "with the statute.\""), None),
                  ("a11", "MIXED", "m15", "called", "the regulation “a dangerous mistake.”", None)])

# ---------------------------------------------------------------------------------------
# Navigation ("Clubhouse Insider", "Boston Red Sox News", "You are here"), the byline and date line
# ("John Tomase Monday, August 19, 2013") and the photo caption (printed twice, with its credit
# line) are removed. The text is cut at the last whole paragraph of the stored copy: the next one
# (Dempster's quotation) is cut off mid-word.
# "The Yankees didn't have to say they were fired up" reports that nothing needed saying: no speech
# event, not annotated. "get tossed for arguing" has no content. Girardi's quotation runs over two
# paragraphs (the first ends without a closing mark and the next reopens): after the interruption
# by "Girardi fumed" it is one continuation with a null cue. "Everyone knows his intention" is an
# attitude of others stated inside his quote (FORMAT.md, Included: "Drivers know that …"), nested
# with source "Everyone"; "because you disagree with the system" is part of a generic admonition
# ("You can't just start taking potshots ...") and is not annotated. "Joe's reaction" is a
# possessive and not a mention. "he'd guarantee himself a suspension if he admitted otherwise" is
# a hypothetical: not annotated.
doc("bostonherald-yankees-reactions-rodriguez-girardi-dempster",
    url="http://www.bostonherald.com/sports/red_sox_mlb/clubhouse_insider/2013/08/reactions_from_the_yankees_victory_over_the_red_sox",
    outlet="Boston Herald", country="US", topic="sport", cut=True, published="2013-08-19",
    text=(T := "Reactions from the Yankees' victory over the Red Sox, including A-Rod\n"
          "The Yankees didn't have to say they were fired up tonight. It was obvious.\n"
          "After Ryan Dempster drilled Alex Rodriguez in the second inning, the Yankees responded with what's probably their best victory of the season, pounding 17 hits, including a massive homer by Rodriguez off of Dempster. They watched their manager, Joe Girardi, get tossed for arguing after Dempster wasn't tossed, and they played with passion.\n"
          "“That play brought us together,” Rodriguez said. “And Joe's reaction was amazing. Hopefully we can take this and build some momentum for the rest of the year.”\n"
          "The Red Sox, on the other hand, must now embark on a six-game trip to San Francisco and Los Angeles that starts in a few hours.\n"
          "“It's a tough one for us,” said Red Sox second baseman Dustin Pedroia. “We have to try to figure out how to start playing better.”\n"
          "The Yankees were still incensed after the game, particularly Girardi.\n"
          "\"Everyone knows his intention,\" Girardi fumed. \"You have to have your head in the sand, with the comments from the other side, to not know that something might be up. You can't just start taking potshots because you disagree with the system that's set up. You voted it in as players. You can't change the rules.\n"
          "\"I'll be really disappointed if he's not suspended where he misses a start. It has to cost him something.\"\n"
          "Dempster insisted he didn't hit Rodriguez on purpose, but then again, he'd guarantee himself a suspension if he admitted otherwise."),
    entities=[("rodriguez", "Alex Rodriguez", "PERSON", ["Rodriguez", "A-Rod"], "New York Yankees third baseman"),
              ("pedroia", "Dustin Pedroia", "PERSON", ["Pedroia", "Red Sox second baseman Dustin Pedroia"],
               "Boston Red Sox second baseman"),
              ("girardi", "Joe Girardi", "PERSON", ["Girardi"], "New York Yankees manager"),
              ("everyone", "Everyone", "GROUP", [], "everyone, as Girardi puts it"),
              ("dempster", "Ryan Dempster", "PERSON", ["Dempster"], "Boston Red Sox pitcher")],
    mentions=[("m1", "A-Rod", "rodriguez"),
              ("m2", "Ryan Dempster", "dempster"),
              ("m3", "Alex Rodriguez", "rodriguez"),
              ("m4", ("Rodriguez", "by Rodriguez"), "rodriguez"),
              ("m5", ("Dempster", "off of Dempster"), "dempster"),
              ("m6", "Joe Girardi", "girardi"),
              ("m7", ("Dempster", "Dempster wasn't"), "dempster"),
              ("m8", ("Rodriguez", "Rodriguez said"), "rodriguez"),
              ("m9", "Red Sox second baseman Dustin Pedroia", "pedroia"),
              ("m10", ("Girardi", "particularly Girardi"), "girardi"),
              ("m11", "Everyone", "everyone"),
              ("m12", ("Girardi", "Girardi fumed"), "girardi"),
              ("m13", ("Dempster", "Dempster insisted"), "dempster"),
              ("m14", ("Rodriguez", "hit Rodriguez"), "rodriguez")],
    attributions=[("a1", "DIRECT", "m8", ("said", "Rodriguez said"), "That play brought us together,", None),
                  ("a2", "DIRECT", "m8", None,
                   "And Joe's reaction was amazing. Hopefully we can take this and build some momentum for the rest of the year.", None),
                  ("a3", "DIRECT", "m9", ("said", "said Red Sox"), "It's a tough one for us,", None),
                  ("a4", "DIRECT", "m9", None, "We have to try to figure out how to start playing better.", None),
                  ("a5", "DIRECT", "m12", "fumed", "Everyone knows his intention,", None),
                  ("a6", "INDIRECT", "m11", "knows", "his intention", "a5"),
                  ("a7", "DIRECT", "m12", None, seg(T, "You have to have your head", "cost him something."), None),
                  ("a8", "INDIRECT", "m13", "insisted", "he didn't hit Rodriguez on purpose", None)])

# ---------------------------------------------------------------------------------------
# The text is cut at the last whole paragraph of the stored copy (the next one breaks off after
# its first word). The address gives only the month (2016/11), so no date is recorded.
# "Relocation possible, says UAW president" is a headline with the verb after the claim (cue
# "says"). "announced plans to ..." has a noun-phrase content (FORMAT.md: `announced the launch of
# X`); "A day after ..." is an adjunct of "told" and is left out of its content. "However,
# Williams added, he's ..." keeps the parenthetical clause out (it opens the sentence) and drops
# the connective. "GM confirmed ... but says ..." is two claims of GM. "Williams’ comment" is a noun
# with no content of its own here, and "Williams’" a possessive: neither is annotated. The
# relative clause on UAW Local 1112 is left out of Johnson's source.
doc("tribtoday-uaw-williams-relocation-possible-lordstown",
    url="http://www.tribtoday.com/news/local-news/2016/11/relocation-possible-says-uaw-president/",
    outlet="Tribune Chronicle", country="US", topic="business", cut=True,
    text=(T := "Relocation possible, says UAW president\n"
          "LORDSTOWN — A day after General Motors announced plans to indefinitely lay off about 2,000 factory workers, including more than 1,200 at the local assembly plant, the head of the United Auto Workers union told reporters there’s a possibility those employees could be placed at other GM factories.\n"
          "UAW President Dennis Williams said Thursday that the union is talking with GM and there may be enough jobs for all the workers at other plants.\n"
          "However, Williams added, he’s not yet sure whether that option will pan out.\n"
          "On Wednesday, the Detroit automaker said it will eliminate the third shift at two car factories — the General Motors Assembly Plant in Lordstown and Lansing Grand River Assembly Plant in Michigan — in January because consumer demand has shifted from smaller cars to crossovers, trucks and SUVs.\n"
          "At Lordstown, 1,202 hourly workers will lose their jobs, effective Jan. 23, while 43 salaried employees will have the option to transfer to other facilities. More than 4,500 people work at the local plant that has made the Chevrolet Cruze sedan exclusively since 2010.\n"
          "Effective Jan. 16, 810 hourly and 29 salaried workers will lose their jobs at the Michigan plant, which employs 2,700 and makes the Cadillac ATS and CTS and Chevrolet Camaro.\n"
          "However, there may be more jobs available at truck and SUV factories where sales are growing.\n"
          "GM confirmed it’s talking to the union about jobs for laid-off workers but says nothing is finalized.\n"
          "One spot may be an engine plant in Spring Hill, Tenn., where GM says it will add 800 jobs.\n"
          "Glenn Johnson, president of UAW Local 1112, which represents some of the workers impacted by the layoffs at Lordstown, said Thursday that he was aware of Williams’ comment, but had not spoken to him directly.\n"
          "“There’s a process to follow. We will keep our membership informed and if there are opportunities for them, we will make them aware of those opportunities,” Johnson said."),
    entities=[("williams", "Dennis Williams", "PERSON",
               ["Williams", "UAW President Dennis Williams", "UAW president", "the head of the United Auto Workers union"],
               "President of the United Auto Workers union"),
              ("gm", "General Motors", "ORGANIZATION", ["GM", "the Detroit automaker"], "US automaker"),
              ("johnson", "Glenn Johnson", "PERSON", ["Johnson", "Glenn Johnson, president of UAW Local 1112"],
               "president of UAW Local 1112 (Lordstown)")],
    mentions=[("m1", "UAW president", "williams"),
              ("m2", ("General Motors", "General Motors announced"), "gm"),
              ("m3", "the head of the United Auto Workers union", "williams"),
              ("m4", "UAW President Dennis Williams", "williams"),
              ("m5", ("GM", "talking with GM"), "gm"),
              ("m6", ("Williams", "Williams added"), "williams"),
              ("m7", "the Detroit automaker", "gm"),
              ("m8", ("GM", "GM confirmed"), "gm"),
              ("m9", ("GM", "GM says"), "gm"),
              ("m10", "Glenn Johnson, president of UAW Local 1112", "johnson"),
              ("m11", ("Johnson", "Johnson said"), "johnson")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "possible, says"), "Relocation possible", None),
                  ("a2", "INDIRECT", "m2", "announced",
                   seg(T, "plans to indefinitely lay off", "at the local assembly plant"), None),
                  ("a3", "INDIRECT", "m3", "told",
                   "there’s a possibility those employees could be placed at other GM factories", None),
                  ("a4", "INDIRECT", "m4", ("said", "Williams said Thursday"),
                   "the union is talking with GM and there may be enough jobs for all the workers at other plants", None),
                  ("a5", "INDIRECT", "m6", "added", "he’s not yet sure whether that option will pan out", None),
                  ("a6", "INDIRECT", "m7", ("said", "automaker said"),
                   seg(T, "it will eliminate the third shift", "to crossovers, trucks and SUVs"), None),
                  ("a7", "INDIRECT", "m8", "confirmed", "it’s talking to the union about jobs for laid-off workers", None),
                  ("a8", "INDIRECT", "m8", ("says", "but says"), "nothing is finalized", None),
                  ("a9", "INDIRECT", "m9", ("says", "GM says"), "it will add 800 jobs", None),
                  ("a10", "INDIRECT", "m10", ("said", "1112, which"), "he was aware of Williams’ comment, but had not spoken to him directly", None),
                  ("a11", "DIRECT", "m11", ("said", "Johnson said"),
                   seg(T, "There’s a process to follow.", "aware of those opportunities,"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (it opens with "- The Washington Times - Sunday, January 12,
# 2003", removed), so the text starts with its lead. It is cut at the last whole paragraph: the
# next one breaks off in a name. The dateline "HAGERSTOWN, Md. (AP)" is not an attribution.
# "proposed voluntary vaccinations ..." is a speech act with a noun-phrase content. The agentless
# forecast "is expected to begin ..." inside Hammond's claim is nested with a null source (as
# test3_c and train_af nest "expected" in the claim that states it). "Experts estimate" is a
# forecast of a named group. The medical professionals' belief is nested in Fiedler's claim.
# "have not yet committed to the program" is an act, and "questions about the safety" a noun with
# no content: neither is annotated.
doc("washingtontimes-maryland-hospitals-wary-smallpox-vaccine",
    url="https://www.washingtontimes.com/news/2003/jan/12/20030112-083850-2685r/",
    outlet="The Washington Times", country="US", topic="health-science", cut=True, published="2003-01-12",
    text=(T := "HAGERSTOWN, Md. (AP) Hospitals in the state remain wary of the Bush administration's smallpox vaccination program two weeks before its expected start date, the Maryland Hospital Association said.\n"
          "\"Everybody's asking questions, and nobody has all the answers that they're looking to have before this vaccination process begins,\" association spokeswoman Nancy Fiedler said Thursday.\n"
          "Last month, President Bush proposed voluntary vaccinations for millions of health care workers, including 6,000 in Maryland, who would be the first responders to an outbreak of the disease from a biological weapons attack.\n"
          "Distribution of the vaccine is expected to begin no sooner than Jan. 24 and possibly not until Jan. 27, said John Hammond, a spokesman for the Maryland Department of Health and Mental Hygiene.\n"
          "Some hospitals have not yet committed to the program, though, because of questions about the safety of the vaccine, which is made from a live virus. Experts estimate that 15 out of every 1 million people vaccinated will develop life-threatening complications and that one out of every million will die.\n"
          "Miss Fiedler said some medical professionals believe that vaccinating hospital workers could transmit the disease to patients whose resistance has been lowered by HIV infection or other conditions.\n"
          "\"Do the individuals who are inoculated have to be put on administrative leave because of concern with exposing those patients they're treating? There is not a body of insight that clarifies it one way or another,\" she said.\n"
          "The doubts may prevent Frederick Memorial Hospital from participating in the plan to vaccinate 100 of its workers, spokesman Ken Coffey said.\n"
          "\"There are a lot of questions,\" Mr. Coffey said. \"If we, like many of the other hospitals in the same boat, get answers to these questions, we'll be the first to step up.\""),
    entities=[("mha", "the Maryland Hospital Association", "ORGANIZATION", ["Maryland Hospital Association"],
               "association of Maryland hospitals"),
              ("fiedler", "Nancy Fiedler", "PERSON", ["Fiedler", "Miss Fiedler", "association spokeswoman Nancy Fiedler"],
               "spokeswoman of the Maryland Hospital Association"),
              ("bush", "President Bush", "PERSON", ["Bush"], "President of the United States"),
              ("hammond", "John Hammond", "PERSON",
               ["Hammond", "John Hammond, a spokesman for the Maryland Department of Health and Mental Hygiene"],
               "spokesman for the Maryland Department of Health and Mental Hygiene"),
              ("experts", "Experts", "GROUP", [], "unnamed experts"),
              ("professionals", "some medical professionals", "GROUP", [], "medical professionals cited by Fiedler"),
              ("coffey", "Ken Coffey", "PERSON", ["Coffey", "Mr. Coffey", "spokesman Ken Coffey"],
               "spokesman of Frederick Memorial Hospital")],
    mentions=[("m1", "the Maryland Hospital Association", "mha"),
              ("m2", "association spokeswoman Nancy Fiedler", "fiedler"),
              ("m3", "President Bush", "bush"),
              ("m4", "John Hammond, a spokesman for the Maryland Department of Health and Mental Hygiene", "hammond"),
              ("m5", "Experts", "experts"),
              ("m6", "Miss Fiedler", "fiedler"),
              ("m7", "some medical professionals", "professionals"),
              ("m8", ("she", "she said."), "fiedler"),
              ("m9", "spokesman Ken Coffey", "coffey"),
              ("m10", "Mr. Coffey", "coffey")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Association said"),
                   seg(T, "Hospitals in the state remain wary", "its expected start date"), None),
                  ("a2", "DIRECT", "m2", ("said", "Fiedler said Thursday"),
                   seg(T, "Everybody's asking questions", "vaccination process begins,"), None),
                  ("a3", "INDIRECT", "m3", "proposed",
                   seg(T, "voluntary vaccinations for millions", "biological weapons attack"), None),
                  ("a4", "INDIRECT", "m4", ("said", "said John Hammond"),
                   "Distribution of the vaccine is expected to begin no sooner than Jan. 24 and possibly not until Jan. 27", None),
                  ("a5", "INDIRECT", None, ("expected", "is expected to begin"),
                   "to begin no sooner than Jan. 24 and possibly not until Jan. 27", "a4"),
                  ("a6", "INDIRECT", "m5", "estimate",
                   seg(T, "15 out of every 1 million", "one out of every million will die"), None),
                  ("a7", "INDIRECT", "m6", ("said", "Fiedler said some"),
                   seg(T, "some medical professionals believe", "HIV infection or other conditions"), None),
                  ("a8", "INDIRECT", "m7", "believe",
                   seg(T, "vaccinating hospital workers could", "HIV infection or other conditions"), "a7"),
                  ("a9", "DIRECT", "m8", ("said", "she said."),
                   seg(T, "Do the individuals who are inoculated", "one way or another,"), None),
                  ("a10", "INDIRECT", "m9", ("said", "Ken Coffey said"),
                   "The doubts may prevent Frederick Memorial Hospital from participating in the plan to vaccinate 100 of its workers", None),
                  ("a11", "DIRECT", "m10", ("said", "Mr. Coffey said"), "There are a lot of questions,", None),
                  ("a12", "DIRECT", "m10", None, seg(T, "If we, like many of the other", "the first to step up."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "crowdstrike-boss-kurtz-called-to-testify-
# before-congress"), so the text starts with its lead; the trailing "Image credit:" line is
# removed. The stored copy ends there, so the article is taken as whole. The page gives no date.
# Agentless requests with the addressee raised as subject ("has been called to testify", "has been
# urged to", "has been requested to") have a null source and the infinitive as content, as
# `staff were told to stay home`; "Delta is thought to have canceled ..." is an agentless belief
# (raised subject left out). "what was described as “...”" is DIRECT: the whole content is the
# quotation. "An apology was issued" is an act whose words follow in the quotation; "Congress wants
# formal assurances" is a wish, not speech or belief; "Delta Airlines is also being probed" is an
# act: none is annotated. "Congress issues deadline to CrowdStrike boss Kurtz" is an unquoted
# cross-head, a label. "the letter ... from Rep. Mark E. Green ... and Rep. Andrew Garbarino ..."
# names its authors in its NP: a mention of the two (one GROUP), as train_ao and train_ar do.
# "which some have claimed is ..." is nested in the letter's quotation; its content is the clause
# after the cue, without the relative pronoun.
doc("readwrite-crowdstrike-kurtz-called-to-testify",
    url="https://readwrite.com/crowdstrike-boss-kurtz-called-to-testify-before-congress/",
    outlet="ReadWrite", country="US", topic="technology", cut=False,
    text=(T := "CrowdStrike CEO George Kurtz has been called to testify before Congress, following the major IT outage incident last Friday.\n"
          "With the ongoing fallout caused by the company’s faulty update, the House of Representatives have called for answers in a letter to Kurtz.\n"
          "Around 8.5 million devices were impacted in what was described as “the largest IT outage in history” with CrowdStrike stating a significant number are now back online.\n"
          "An apology was issued as part of the response from the company in recent days.\n"
          "“We understand the profound impact this has had on everyone. We know our customers, partners and their IT teams are working tirelessly and we’re profoundly grateful,” said CrowdStrike.\n"
          "“We apologize for the disruption this has created.”\n"
          "Congress issues deadline to CrowdStrike boss Kurtz\n"
          "The cybersecurity firm also launched a “Remediation and Guidance Hub” on its website but Congress wants formal assurances from the company.\n"
          "“While we appreciate CrowdStrike’s response and coordination with stakeholders, we cannot ignore the magnitude of this incident, which some have claimed is the largest IT outage in history,” said the letter addressed to Kurtz from Rep. Mark E. Green of Tennessee and Rep. Andrew Garbarino of New York.\n"
          "The CrowdStrike chief has been urged to schedule a hearing with the Cybersecurity and Infrastructure Protection committee, as soon as possible. He has been requested to respond by Wednesday as officials seek to understand how this episode unfolded and what is being done to ensure it is not repeated.\n"
          "Delta Airlines is also being probed as it struggles to recover from the serious disruption.\n"
          "Pete Buttigieg, the Secretary of Transportation, says Delta must provide passengers with refunds and further compensation for disrupted travel plans, as required by law. Delta is thought to have canceled more than 5000 flights since Friday, but it has warned it will be a few more days before it returns to normal operations."),
    entities=[("house", "the House of Representatives", "ORGANIZATION", ["House of Representatives"], "US House of Representatives"),
              ("crowdstrike", "CrowdStrike", "ORGANIZATION", ["the company", "The cybersecurity firm"], "US cybersecurity company"),
              ("greengarbarino", "Rep. Mark E. Green of Tennessee and Rep. Andrew Garbarino of New York", "GROUP",
               ["Mark E. Green", "Andrew Garbarino", "Garbarino"],
               "Republican leaders of the House Homeland Security Committee"),
              ("some", "some", "GROUP", [], "those who have called the outage the largest in history"),
              ("buttigieg", "Pete Buttigieg", "PERSON", ["Buttigieg", "Pete Buttigieg, the Secretary of Transportation"],
               "US Secretary of Transportation"),
              ("delta", "Delta Airlines", "ORGANIZATION", ["Delta"], "US airline")],
    mentions=[("m1", "the House of Representatives", "house"),
              ("m2", ("CrowdStrike", "CrowdStrike stating"), "crowdstrike"),
              ("m3", ("the company", "response from the company"), "crowdstrike"),
              ("m4", ("CrowdStrike", "said CrowdStrike"), "crowdstrike"),
              ("m5", "The cybersecurity firm", "crowdstrike"),
              ("m6", ("the company", "assurances from the company"), "crowdstrike"),
              ("m7", ("some", "some have claimed"), "some"),
              ("m8", "the letter addressed to Kurtz from Rep. Mark E. Green of Tennessee and Rep. Andrew Garbarino of New York",
               "greengarbarino"),
              ("m9", "Delta Airlines", "delta"),
              ("m10", "Pete Buttigieg, the Secretary of Transportation", "buttigieg"),
              ("m11", ("Delta", "says Delta"), "delta"),
              ("m12", ("Delta", "Delta is thought"), "delta"),
              ("m13", ("it", "it has warned"), "delta")],
    attributions=[("a1", "INDIRECT", None, ("called", "been called"), "to testify before Congress", None),
                  ("a2", "INDIRECT", "m1", "called for", "answers", None),
                  ("a3", "DIRECT", None, "described", ("the largest IT outage in history", "described as"), None),
                  ("a4", "INDIRECT", "m2", "stating", "a significant number are now back online", None),
                  ("a5", "DIRECT", "m4", ("said", "said CrowdStrike"),
                   seg(T, "We understand the profound impact", "we’re profoundly grateful,"), None),
                  ("a6", "DIRECT", "m4", None, "We apologize for the disruption this has created.", None),
                  ("a7", "DIRECT", "m8", ("said", "said the letter"),
                   seg(T, "While we appreciate CrowdStrike’s response", "largest IT outage in history,"), None),
                  ("a8", "INDIRECT", "m7", "claimed", ("is the largest IT outage in history", "have claimed is"), "a7"),
                  ("a9", "INDIRECT", None, "urged",
                   "to schedule a hearing with the Cybersecurity and Infrastructure Protection committee, as soon as possible", None),
                  ("a10", "INDIRECT", None, "requested", "to respond by Wednesday", None),
                  ("a11", "INDIRECT", "m10", "says",
                   "Delta must provide passengers with refunds and further compensation for disrupted travel plans, as required by law", None),
                  ("a12", "INDIRECT", None, "thought", "to have canceled more than 5000 flights since Friday", None),
                  ("a13", "INDIRECT", "m13", "warned", "it will be a few more days before it returns to normal operations", None)])

# ---------------------------------------------------------------------------------------
# An AP story. The lead opens with a "?" where the stored page has lost a character (likely the
# dash after a dropped dateline); it is kept as printed. The stored copy ends with the restitution
# paragraph, which is not the end of the AP story, so the text is marked cut. The date is the one
# in the address.
# "pleads/pleaded guilty" (headline and lead) is a court act and is not annotated; his words "I
# plead guilty, your honor" are. "agrees to cooperate" (second headline line) is an act, as
# `refused to sign`; "pledged to cooperate" is a commissive speech act (FORMAT.md: "renewed its
# pledge"), taken with its infinitive as content. "accepting a plea bargain" is an act; the plea
# bargain "that said ..." is a document whose author is not named: its own entity. "he reported
# payments ..." reports a disclosure with a noun-phrase content. "spoke on condition of anonymity"
# has no content. "He is expected to ...", "he is expected to face ..." and "a probe that is
# believed to be focusing on ..." are agentless forecasts or beliefs (null source; the belief is
# nested in the officials' claim, whose content holds it). The anonymous officials and the Justice
# Department officials are kept as two groups.
doc("ljworld-abramoff-pleads-guilty-corruption",
    url="http://www2.ljworld.com/news/2006/jan/04/lobbyist_pleads_guilty_corruption/",
    outlet="Lawrence Journal-World", country="US", topic="courts-crime", cut=True, published="2006-01-04",
    text=(T := "Lobbyist pleads guilty to corruption\n"
          "Abramoff agrees to cooperate with prosecutors in criminal probe\n"
          "? Jack Abramoff, the lobbyist who spawned a congressional corruption scandal, pleaded guilty Tuesday to three felonies and pledged to cooperate in a criminal probe edging closer to former House Majority Leader Tom DeLay.\n"
          "“I plead guilty, your honor,” Abramoff said in flat, unemotional tones, accepting a plea bargain that said he had provided lavish trips, golf outings, meals and more to public officials “in exchange for a series of official acts.”\n"
          "In one case, he reported payments totaling $50,000 to the wife of a congressional aide to help block legislation for a client. The aide worked for DeLay, according to officials who spoke on condition of anonymity.\n"
          "Public corruption aside, Abramoff admitted defrauding four Indian tribes and other clients, taking millions in kickbacks from a one-time business partner, misusing a charity he had established and failing to pay income taxes on millions of ill-gotten gains.\n"
          "He is expected to plead guilty to additional charges today in Miami in connection with charges stemming from the purchase of a fleet of boats.\n"
          "At the Justice Department, officials said they intend to make use of the trove of e-mails and other material in Abramoff’s possession as part of a probe that is believed to be focusing on as many as 20 members of Congress and aides.\n"
          "“This investigation continues … however long it takes, wherever it leads,” said Alice Fisher, assistant attorney general.\n"
          "Abramoff faces as much as 11 years in federal prison as well as fines in connection with his guilty pleas on charges of conspiracy, mail fraud and tax evasion. The precise penalty is to be determined in part by the extent of his cooperation with prosecutors. Together with his former business partner, Michael Scanlon, he is expected to face restitution costs of $25 million."),
    entities=[("abramoff", "Jack Abramoff", "PERSON", ["Abramoff", "Lobbyist"], "Washington lobbyist"),
              ("plea", "a plea bargain", "ORGANIZATION", [], "Abramoff's plea agreement"),
              ("anon", "officials who spoke on condition of anonymity", "GROUP", [], "anonymous officials"),
              ("doj", "Justice Department officials", "GROUP", ["officials at the Justice Department"],
               "officials of the US Justice Department"),
              ("fisher", "Alice Fisher", "PERSON", ["Fisher", "Alice Fisher, assistant attorney general"],
               "US Assistant Attorney General")],
    mentions=[("m1", "Lobbyist", "abramoff"),
              ("m2", ("Abramoff", "Abramoff agrees"), "abramoff"),
              ("m3", "Jack Abramoff", "abramoff"),
              ("m4", ("Abramoff", "Abramoff said"), "abramoff"),
              ("m5", "a plea bargain", "plea"),
              ("m6", ("he", "he reported"), "abramoff"),
              ("m7", ("officials", "according to officials"), "anon"),
              ("m8", ("Abramoff", "Abramoff admitted"), "abramoff"),
              ("m9", ("officials", "officials said"), "doj"),
              ("m10", "Alice Fisher, assistant attorney general", "fisher"),
              ("m11", ("Abramoff", "Abramoff faces"), "abramoff")],
    attributions=[("a1", "INDIRECT", "m3", "pledged",
                   "to cooperate in a criminal probe edging closer to former House Majority Leader Tom DeLay", None),
                  ("a2", "DIRECT", "m4", ("said", "Abramoff said"), "I plead guilty, your honor,", None),
                  ("a3", "MIXED", "m5", ("said", "that said he"),
                   seg(T, "he had provided lavish trips", "a series of official acts.”"), None),
                  ("a4", "INDIRECT", "m6", "reported",
                   "payments totaling $50,000 to the wife of a congressional aide to help block legislation for a client", None),
                  ("a5", "INDIRECT", "m7", "according to", "The aide worked for DeLay", None),
                  ("a6", "INDIRECT", "m8", "admitted",
                   seg(T, "defrauding four Indian tribes", "millions of ill-gotten gains"), None),
                  ("a7", "INDIRECT", None, ("expected", "He is expected"),
                   seg(T, "to plead guilty to additional charges", "purchase of a fleet of boats"), None),
                  ("a8", "INDIRECT", "m9", ("said", "officials said"),
                   seg(T, "they intend to make use", "members of Congress and aides"), None),
                  ("a9", "INDIRECT", None, "believed", "to be focusing on as many as 20 members of Congress and aides", "a8"),
                  ("a10", "DIRECT", "m10", ("said", "said Alice"),
                   "This investigation continues … however long it takes, wherever it leads,", None),
                  ("a11", "INDIRECT", None, ("expected", "he is expected to face"), "to face restitution costs of $25 million", None)])

write("train_ax.jsonl")
