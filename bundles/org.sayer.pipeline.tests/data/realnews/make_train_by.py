#!/usr/bin/env python3
"""Writes train_by.jsonl: real-news gold, split train-by (see gold.py). Run: python3 make_train_by.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Appeal-Democrat (Marysville, California, US). The stored page has no headline (it opens with
# " date 2020-06-18" and the lead; the address reads "local-courts-returning-to-regular-bail-schedule"),
# so the text starts with the lead. The stored copy breaks off inside the paragraph after
# Smallwood's claims ("crime statistics, especially crimes like theft, have decr"): cut before it.
# Notes:
# - "are relieved at the upcoming expiration" and "have been critical of the order" are states or
#   evaluations with no reported content (FORMAT.md, Excluded: "was unhappy with"), left out.
# - "citing concerns over repeat offenders": like "raised concerns about X" in the corpus, the
#   participle's subject (the agencies) is the source and "over" only links the cue.
# - "according to a previous Appeal-Democrat report": a document whose author is named in its NP is
#   a mention of that author (FORMAT.md, Documents), so the source is the paper itself.
# - "said in an email that ...": "in an email" is a medium/adjunct and stays outside the content.
# - "Smallwood said A, and said B": two reporting verbs, two claims with the same source mention.
doc("appealdemocrat-yuba-sutter-courts-return-regular-bail",
    url="https://www.appeal-democrat.com/news/local-courts-returning-to-regular-bail-schedule/article_4432b850-b1d3-11ea-86f5-c3e6c1bbbe7f.html",
    outlet="Appeal-Democrat", country="US", topic="courts-crime", cut=True, published="2020-06-18",
    text=(T := "Local law enforcement are relieved at the upcoming expiration of the statewide emergency court order, which temporarily set cash bail at $0 for misdemeanors and non-violent felonies.\n"
          "The California Judicial Council authorized the order in April to mitigate the jail population during the early stages of the COVID-19 pandemic. The statewide order expires Saturday, leaving individual county superior courts to determine whether to continue with zero bail or return to the misdemeanor bail schedule.\n"
          "Since its enactment on April 13, Yuba-Sutter law enforcement agencies have been critical of the order, citing concerns over repeat offenders. The impacts were seen locally with incidents like an attempted assault on a Sutter County Sheriff’s deputy and re-offenders arrested by the Yuba County Sheriff’s Department, according to a previous Appeal-Democrat report.\n"
          "Yuba County District Attorney Clint Curry said in an email that the Yuba County Superior Court will resume the standard bail schedule on June 20.\n"
          "“The Judicial Council’s move to implement a one-size-fits-all approach and reduce the presumptive cash bail amount for most felony and misdemeanor offenses to $0 was unwelcome in Yuba County from the start,” Curry said. “The standard bail schedule set by the Yuba County Superior Court will control again ... the bail schedule is still available on the Yuba Court’s website.”\n"
          "The Sutter County Superior Court will revert back to the bail schedule that was in effect before the zero bail schedule, said Sutter County Superior Court Executive Officer Stephanie Hansel in an email.\n"
          "Sutter County Undersheriff Scott Smallwood said there were only three re-arrests during the zero-bail order, and said two out of the three arrests were the same person who violated a domestic restraining order."),
    entities=[("lawenf", "Yuba-Sutter law enforcement agencies", "GROUP", ["Local law enforcement"],
               "law enforcement agencies of Yuba and Sutter counties"),
              ("appealdemocrat", "Appeal-Democrat", "ORGANIZATION", ["a previous Appeal-Democrat report"],
               "the newspaper, author of an earlier report"),
              ("curry", "Clint Curry", "PERSON", ["Curry", "Yuba County District Attorney Clint Curry"],
               "Yuba County District Attorney"),
              ("hansel", "Stephanie Hansel", "PERSON",
               ["Hansel", "Sutter County Superior Court Executive Officer Stephanie Hansel"],
               "Sutter County Superior Court Executive Officer"),
              ("smallwood", "Scott Smallwood", "PERSON", ["Smallwood", "Sutter County Undersheriff Scott Smallwood"],
               "Sutter County Undersheriff")],
    mentions=[("m1", "Local law enforcement", "lawenf"),
              ("m2", "Yuba-Sutter law enforcement agencies", "lawenf"),
              ("m3", "a previous Appeal-Democrat report", "appealdemocrat"),
              ("m4", "Yuba County District Attorney Clint Curry", "curry"),
              ("m5", ("Curry", "” Curry said"), "curry"),
              ("m6", "Sutter County Superior Court Executive Officer Stephanie Hansel", "hansel"),
              ("m7", "Sutter County Undersheriff Scott Smallwood", "smallwood")],
    attributions=[("a1", "INDIRECT", "m2", "citing concerns", "repeat offenders", None),
                  ("a2", "INDIRECT", "m3", "according to",
                   seg(T, "The impacts were seen locally", "Yuba County Sheriff’s Department"), None),
                  ("a3", "INDIRECT", "m4", ("said", "Curry said in an email"),
                   "the Yuba County Superior Court will resume the standard bail schedule on June 20", None),
                  ("a4", "DIRECT", "m5", ("said", "” Curry said"),
                   seg(T, "The Judicial Council’s move", "from the start,"), None),
                  ("a5", "DIRECT", "m5", None, seg(T, "The standard bail schedule set by", "Yuba Court’s website."), None),
                  ("a6", "INDIRECT", "m6", ("said", "said Sutter County"),
                   "The Sutter County Superior Court will revert back to the bail schedule that was in effect before the zero bail schedule", None),
                  ("a7", "INDIRECT", "m7", ("said", "Smallwood said there"),
                   "there were only three re-arrests during the zero-bail order", None),
                  ("a8", "INDIRECT", "m7", ("said", "and said two"),
                   "two out of the three arrests were the same person who violated a domestic restraining order", None)])

# ---------------------------------------------------------------------------------------
# Canoe / Slam! Sports (Canada). The line ", Last Updated: 1:47 AM ET" under the headline (a byline
# remnant) is removed. The page gives no date in its text; its address holds 2011/03/06, recorded
# as published. The stored copy breaks off inside the paragraph after Daly's quotation ("It's not
# really anything in existing trade protoco"): cut before it. Notes:
# - The headline ("irked") and "Several NHL GMs are upset over ..." are states with no content.
# - "Toronto's Brian Burke, ..., and Calgary's Jay Feaster all said ...": a coordinated subject is
#   one GROUP (FORMAT.md, Groups); it is the "Several NHL GMs" of the lead and the "They" of
#   "They're worried" (one collective in one scene). As in train_bu, the coordinated NP is the
#   group's name; the single names inside it are not marked as mentions (they lie inside a longer
#   source mention).
# - "said they're concerned ..., saying they haven't heard ...": two claims (seed a18/a19).
# - "They're worried it makes ...": a belief with a named subject and a clausal content (corpus:
#   "worried"), included.
# - "Trade protocol demands teams not inform players ...": a rule, not a report; left out.
# - "who will voice his concerns at the upcoming GM meetings": a future speech act with no content.
# - "So does Steve Tambellini.": elliptical, with no cue and no content of its own; Tambellini's own
#   quotation follows with "said the Oilers GM".
# - "A fear is that ...": a noun cue with no claimant, null source (as "claims that ..." with no
#   claimant). "after a player has been announced ... as traded" inside it has no content.
doc("canoe-nhl-gms-irked-by-leaked-trades",
    url="http://slam.canoe.com/Slam/Hockey/NHL/2011/03/06/17512351.html",
    outlet="Canoe (Slam! Sports)", country="Canada", topic="sport", cut=True, published="2011-03-06",
    text=(T := "NHL GMs irked by leaked trades\n"
          "Several NHL GMs are upset over the number of players who learn of being traded on deadline day via the media.\n"
          "Toronto’s Brian Burke, Vancouver’s Mike Gillis, Edmonton’s Steve Tambellini and Calgary’s Jay Feaster all said they’re concerned over how bad it makes the teams and the league look to have players blindsided on TV, saying they haven’t heard from their own clubs. They’re worried it makes the teams look uncaring and unprofessional.\n"
          "Trade protocol demands teams not inform players of trades until they’re rubber-stamped via a trade call originating from the league’s New York office. While the teams wait in line for the trade call, word invariably leaks out.\n"
          "“Somehow or another, these guys are finding out,” said Feaster, who will voice his concerns at the upcoming GM meetings.\n"
          "“I don’t know how that is. I’m not blaming anyone, but I think it’s very inappropriate. In my opinion, the club should be the one to tell the player. Whether you have an explanation or not, I feel I owe him a phone call.”\n"
          "So does Steve Tambellini.\n"
          "“It concerns me from a human standpoint — you care about your players, you’ve just completed a deal, and you want to be able to speak to them,” said the Oilers GM. “They deserve that respect.”\n"
          "A fear is that because some swaps are conditional on physicals and other things, a trade will soon be nixed after a player has been announced and maybe even interviewed on TV as traded.\n"
          "“It’s pretty unfortunate when they are being announced, but they haven’t occurred,” said Gillis.\n"
          "“I’m really troubled by this,” added Burke. “I want to discuss alternatives at the GM meeting in 10 days.”\n"
          "Bill Daly said he’s heard the comments but doesn’t expect anything to come of the GMs’ complaints.\n"
          "“Not sure anything can be done about it,” said the NHL’s deputy commissioner."),
    entities=[("gms", "Toronto’s Brian Burke, Vancouver’s Mike Gillis, Edmonton’s Steve Tambellini and Calgary’s Jay Feaster",
               "GROUP", ["NHL GMs", "Several NHL GMs"], "the four NHL general managers quoted together"),
              ("feaster", "Jay Feaster", "PERSON", ["Feaster"], "Calgary Flames general manager"),
              ("tambellini", "Steve Tambellini", "PERSON", ["Tambellini", "the Oilers GM"], "Edmonton Oilers general manager"),
              ("gillis", "Mike Gillis", "PERSON", ["Gillis"], "Vancouver Canucks general manager"),
              ("burke", "Brian Burke", "PERSON", ["Burke"], "Toronto Maple Leafs general manager"),
              ("daly", "Bill Daly", "PERSON", ["Daly", "the NHL’s deputy commissioner"], "NHL deputy commissioner")],
    mentions=[("m1", ("NHL GMs", "NHL GMs irked"), "gms"),
              ("m2", "Several NHL GMs", "gms"),
              ("m3", "Toronto’s Brian Burke, Vancouver’s Mike Gillis, Edmonton’s Steve Tambellini and Calgary’s Jay Feaster", "gms"),
              ("m4", ("They", "They’re worried"), "gms"),
              ("m5", ("Feaster", "said Feaster"), "feaster"),
              ("m6", ("Steve Tambellini", "So does Steve Tambellini"), "tambellini"),
              ("m7", "the Oilers GM", "tambellini"),
              ("m8", ("Gillis", "said Gillis"), "gillis"),
              ("m9", ("Burke", "added Burke"), "burke"),
              ("m10", "Bill Daly", "daly"),
              ("m11", "the NHL’s deputy commissioner", "daly")],
    attributions=[("a1", "INDIRECT", "m3", ("said", "all said"),
                   "they’re concerned over how bad it makes the teams and the league look to have players blindsided on TV", None),
                  ("a2", "INDIRECT", "m3", "saying", "they haven’t heard from their own clubs", None),
                  ("a3", "INDIRECT", "m4", "worried", "it makes the teams look uncaring and unprofessional", None),
                  ("a4", "DIRECT", "m5", ("said", "said Feaster"), "Somehow or another, these guys are finding out,", None),
                  ("a5", "DIRECT", "m5", None, seg(T, "I don’t know how that is.", "I owe him a phone call."), None),
                  ("a6", "DIRECT", "m7", ("said", "said the Oilers GM"),
                   seg(T, "It concerns me from a human standpoint", "to speak to them,"), None),
                  ("a7", "DIRECT", "m7", None, "They deserve that respect.", None),
                  ("a8", "INDIRECT", None, ("fear", "A fear is"),
                   seg(T, "because some swaps are conditional", "on TV as traded"), None),
                  ("a9", "DIRECT", "m8", ("said", "said Gillis"),
                   "It’s pretty unfortunate when they are being announced, but they haven’t occurred,", None),
                  ("a10", "DIRECT", "m9", ("added", "added Burke"), "I’m really troubled by this,", None),
                  ("a11", "DIRECT", "m9", None, "I want to discuss alternatives at the GM meeting in 10 days.", None),
                  ("a12", "INDIRECT", "m10", ("said", "Daly said"),
                   "he’s heard the comments but doesn’t expect anything to come of the GMs’ complaints", None),
                  ("a13", "DIRECT", "m11", ("said", "said the NHL’s"), "Not sure anything can be done about it,", None)])

# ---------------------------------------------------------------------------------------
# Tipperary Live (Ireland). The stored page has no headline (the address reads
# "emissions-targets-for-farmers-must-be-realistic-achievable-and-fair-says-tipperary-td"), so the
# text starts with the lead; the stored copy ends with Hayden's closing mark (cut=False). No date.
# The page prints single marks: Lowry's first quotation opens with a straight ' and closes with ’;
# the others open with ‘. Notes:
# - Lowry's second quotation opens in each of five paragraphs and closes only at "rural economy’
#   stated Deputy Lowry": one DIRECT claim over the five paragraphs with the cue "stated"
#   (FORMAT.md, Unit); "asking ‘When ...?’" is a quoted question with a verb of asking (DIRECT).
# - Inside Lowry's quotations, the farmers' attitudes are nested claims (FORMAT.md, "Drivers know
#   that ..."): "They have expressed their mounting concern at X" (cue with its fixed object, "at"
#   left out), "They know changes are needed", "They accept and agree that ..." (one clause, one
#   claim; the coordinated verbs are the contiguous cue). "The underlying message is that ..." is
#   taken like "My engineers' view is that ..." with the noun cue "message"; the text names no
#   owner of the message, so its source is null.
# - "I have been contacted by numerous farmers ... in relation to emissions targets": an action
#   (contact) with no content of its own, not annotated.
# - Hayden's quotation opens in two paragraphs and has no reporting clause: it continues his
#   "said" with a null cue. "What Deputy Lowry has raised" inside it has no content.
# - "farmers" in "keep farmers on board" and "Farmers have made significant progress" speak of
#   farmers in general, not of the farmers who contacted Lowry; not marked.
doc("tipperarylive-lowry-emissions-targets-farmers-fair",
    url="https://www.tipperarylive.ie/news/local-news/861288/emissions-targets-for-farmers-must-be-realistic-achievable-and-fair-says-tipperary-td.html",
    outlet="Tipperary Live", country="Ireland", topic="environment", cut=False,
    text=(T := "'I have been contacted by numerous farmers from across Tipperary in recent times in relation to emissions targets. They have expressed their mounting concern at the level of demands and expectations currently being placed on their shoulders’, Deputy Michael Lowry told the Dáil on Thursday.\n"
          "‘The underlying message is that they are willing and prepared to make changes. They know changes are needed. They accept and agree that they have a crucial role to play.\n"
          "‘In order to keep farmers on board the changes required of them must be realistic and achievable. They must be fair.\n"
          "‘Farmers have made significant progress in reducing emissions in recent years. By improving their efficiency through measures such as improved breeding, grassland management and their use of animal waste, they have proven both their awareness and long-term commitment.\n"
          "‘It is pointless to set targets that are unattainable and impossible to deliver. To place such demands on the farming community will only serve to alienate them.\n"
          "‘Ireland needs a thriving agricultural sector. It has and always will be the backbone of our rural economy’ stated Deputy Lowry, asking ‘When do you expect that Government will be in a position to make a decision on these matters?’\n"
          "Minister of State, Martin Hayden TD, said that discussions are ongoing at a Governmental level across all sectors at this time.\n"
          "‘What Deputy Lowry has raised is a very valid point. Our farming sector has been on a journey for some time. We continue to produce our food more efficiently and with a better carbon profile – that is our ambition.\n"
          "‘It is the right thing to do to future-proof the sector so that we can continue to produce the food that we do with a better emissions profile. That is what we want to support the sector to do’"),
    entities=[("lowry", "Michael Lowry", "PERSON", ["Lowry", "Deputy Lowry", "Deputy Michael Lowry"], "Tipperary TD"),
              ("farmers", "numerous farmers from across Tipperary", "GROUP", [], "Tipperary farmers who contacted Lowry"),
              ("hayden", "Martin Hayden", "PERSON", ["Hayden", "Martin Hayden TD", "Minister of State, Martin Hayden TD"],
               "Minister of State")],
    mentions=[("m1", "Deputy Michael Lowry", "lowry"),
              ("m2", "numerous farmers from across Tipperary", "farmers"),
              ("m3", ("They", "They have expressed"), "farmers"),
              ("m4", ("They", "They know"), "farmers"),
              ("m5", ("They", "They accept"), "farmers"),
              ("m6", ("Deputy Lowry", "stated Deputy Lowry"), "lowry"),
              ("m7", "Minister of State, Martin Hayden TD", "hayden"),
              ("m8", ("Deputy Lowry", "What Deputy Lowry"), "lowry")],
    attributions=[("a1", "DIRECT", "m1", ("told", "Lowry told"),
                   seg(T, "I have been contacted", "placed on their shoulders"), None),
                  ("a2", "INDIRECT", "m3", "expressed their mounting concern",
                   "the level of demands and expectations currently being placed on their shoulders", "a1"),
                  ("a3", "DIRECT", "m6", ("stated", "stated Deputy"),
                   seg(T, "The underlying message", "backbone of our rural economy"), None),
                  ("a4", "INDIRECT", None, ("message", "underlying message"),
                   "they are willing and prepared to make changes", "a3"),
                  ("a5", "INDIRECT", "m4", ("know", "They know"), "changes are needed", "a3"),
                  ("a6", "INDIRECT", "m5", "accept and agree", "they have a crucial role to play", "a3"),
                  ("a7", "DIRECT", "m6", "asking",
                   "When do you expect that Government will be in a position to make a decision on these matters?", None),
                  ("a8", "INDIRECT", "m7", ("said", "TD, said"),
                   "discussions are ongoing at a Governmental level across all sectors at this time", None),
                  ("a9", "DIRECT", "m7", None, seg(T, "What Deputy Lowry has raised", "support the sector to do"), None)])

# ---------------------------------------------------------------------------------------
# Caribbean360 (Barbados). The stored page has no headline (the address reads
# "barbados-trade-union-threatens-name-shame-union-busting-companies"), so the text starts with
# the lead and its dateline (not an attribution); the stored story ends with its last paragraph
# here (cut=False). Published as the dateline gives it. Notes:
# - "is threatening to name and shame businesses ...": a threat is a speech act (corpus:
#   "threatening to injure ..."), content the infinitive.
# - "at a news conference to announce plans for ...": a purpose adjunct of her speaking, with no
#   finite reporting verb; not a claim.
# - "In one such instance last month, Moore said, a company called in the police ...": the
#   parenthetical reporting clause stays inside the claim, which opens with its own adjunct
#   (FORMAT.md, Contiguity).
# - The unmarked quotation paragraph after "she said" continues her (null cue).
doc("caribbean360-bwu-name-shame-union-busting-companies",
    url="http://www.caribbean360.com/news/barbados-trade-union-threatens-name-shame-union-busting-companies",
    outlet="Caribbean360", country="Barbados", topic="business", cut=False, published="2017-08-18",
    text=(T := "BRIDGETOWN, Barbados, Friday August 18, 2017 – Barbados’ largest trade union is threatening to name and shame businesses that are trying to block it from representing workers’ interests.\n"
          "In fact, Barbados Workers’ Union (BWU) General Secretary Toni Moore said the union could encourage a boycott of one such guilty company.\n"
          "“We have some concerns where we have been experiencing a couple of companies – one most blatant – that has been engaging in union busting in 2017 in Barbados,” she said yesterday at a news conference to announce plans for the BWU’s upcoming annual delegates conference.\n"
          "“Believe it or not, we still have to be dealing with the age-old challenge of some companies refusing the union recognition, refusing any attempt by the union to speak on behalf of people who are registered members of this union, refusing any attempts by the Ministry of Labour to conciliate.”\n"
          "In one such instance last month, Moore said, a company called in the police after a union representative had made an attempt at engagement.\n"
          "“It is our intention to expose these challenges to our conference and to take decisions up to, and including, a national promotion for boycott of our members from purchasing from that company,” she added.\n"
          "The BWU boss insisted that workers must not be denied their right to union representation."),
    entities=[("bwu", "Barbados Workers’ Union (BWU)", "ORGANIZATION",
               ["Barbados Workers’ Union", "BWU", "Barbados’ largest trade union", "the union"], "Barbados' largest trade union"),
              ("moore", "Toni Moore", "PERSON", ["Moore", "The BWU boss"], "BWU General Secretary")],
    mentions=[("m1", "Barbados’ largest trade union", "bwu"),
              ("m2", "Barbados Workers’ Union (BWU) General Secretary Toni Moore", "moore"),
              ("m3", ("the union", "the union could"), "bwu"),
              ("m4", ("she", "she said"), "moore"),
              ("m5", ("the union", "the union recognition"), "bwu"),
              ("m6", ("the union", "the union to speak"), "bwu"),
              ("m7", "this union", "bwu"),
              ("m8", ("Moore", "Moore said, a"), "moore"),
              ("m9", ("she", "she added"), "moore"),
              ("m10", "The BWU boss", "moore")],
    attributions=[("a1", "INDIRECT", "m1", "threatening",
                   "to name and shame businesses that are trying to block it from representing workers’ interests", None),
                  ("a2", "INDIRECT", "m2", ("said", "Moore said the"),
                   "the union could encourage a boycott of one such guilty company", None),
                  ("a3", "DIRECT", "m4", ("said", "she said"), seg(T, "We have some concerns", "in 2017 in Barbados,"), None),
                  ("a4", "DIRECT", "m4", None, seg(T, "Believe it or not", "Ministry of Labour to conciliate."), None),
                  ("a5", "INDIRECT", "m8", ("said", "Moore said, a"),
                   seg(T, "In one such instance last month", "an attempt at engagement"), None),
                  ("a6", "DIRECT", "m9", ("added", "she added"), seg(T, "It is our intention", "purchasing from that company,"), None),
                  ("a7", "INDIRECT", "m10", "insisted", "workers must not be denied their right to union representation", None)])

# ---------------------------------------------------------------------------------------
# Economy Watch (Greece), an English-language story on the main opposition's spokesman. The
# stored page holds the headline and four paragraphs; it looks complete (cut=False). No date.
# Notes:
# - Colon headline: source "SYRIZA's Iliopoulos", null cue; its content holds two quoted
#   fragments and unquoted words, so it is MIXED.
# - The lead's quotation is printed with its closing mark but no opening one; as gold.py takes
#   DIRECT only between marks, it is INDIRECT and its content stops before ",”" (as make_train_ai,
#   make_train_bg and test6 do). "speaking to radio “Sto Kokkino”" is a medium, not a source.
# - "adding that “it is ... this moment”": the whole content lies inside one quotation, so DIRECT
#   although it is the object of a verb (FORMAT.md, Type).
# - Inside his quotation "the fact that Mrs Kerameus ... is threatening the children by telling them
#   that X – without telling us how ...": "telling them that X" is her nested claim (addressee
#   left out); "without telling us how she will solve ..." is an omission with an open question,
#   annotated as seed a9/a10 do ("did not say when ..."). "threatening the children" has no content
#   apart from the telling, so it is not a claim of its own. "(Education Minister)" is a short role
#   apposition and stays in her mention.
# - "On Greek-Turkish relations and the EU Summit," is a topic adjunct of the reporting event and
#   stays out of the content. "was not fully determined to demand sanctions" is no speech act.
# - "urged Prime Minister Kyriakos Mitsotakis to avoid “...” on the table": the addressee stays
#   (as "called on X to Y"); MIXED for its quoted fragment. "Turkey's illegal claims" and
#   "slander entire social groups" have no reported content.
doc("economywatch-iliopoulos-government-slandering-social-groups",
    url="https://www.economywatch.gr/syrizas-iliopoulos-government-slandering-entire-social-groups-and-feeling-under-pressure/",
    outlet="Economy Watch", country="Greece", topic="politics", cut=False,
    text=(T := "SYRIZA’s Iliopoulos: Government ‘slandering entire social groups’ and ‘feeling under pressure’\n"
          "A government that has so easily chosen to slander entire social groups – whether we are talking about high school students or healthcare workers – is a government that has started feeling under pressure,” stated main opposition SYRIZA-Progressive Alliance spokesperson Nassos Iliopoulos, speaking to radio “Sto Kokkino” on Thursday.\n"
          "He said that the pupils’ demands relate to health safety in schools, including not having 27 students per classroom and the hiring of more teachers and cleaning staff, adding that “it is every democratic person’s responsibility to stand at the pupils’ side this moment”.\n"
          "Iliopoulos said that “the fact that Mrs Kerameus (Education Minister) is threatening the children by telling them that they will have to have lessons during the holidays – without telling us how she will solve the problems in the schools – shows signs of destabilisation in the government.” He proposed that in major cities, such as in Athens and Thessaloniki where there are not enough classrooms, there could be two shifts for schools, with classes starting in the morning and the afternoon, as a solution.\n"
          "On Greek-Turkish relations and the EU Summit, SYRIZA’s spokesperson said that the government was not fully determined to demand sanctions against Turkey and appears to have not given equal weight to dialogue on a Euro-Turkish level as to the dialogue within NATO. He urged Prime Minister Kyriakos Mitsotakis to avoid “putting Turkey’s illegal claims” on the table, adding: “We do not known what the government’s limits are in this dialogue.”"),
    entities=[("iliopoulos", "Nassos Iliopoulos", "PERSON",
               ["Iliopoulos", "SYRIZA’s Iliopoulos", "SYRIZA’s spokesperson",
                "main opposition SYRIZA-Progressive Alliance spokesperson Nassos Iliopoulos"],
               "spokesperson of the main opposition SYRIZA-Progressive Alliance"),
              ("kerameus", "Mrs Kerameus", "PERSON", ["Kerameus", "Mrs Kerameus (Education Minister)"], "Greek Education Minister")],
    mentions=[("m1", "SYRIZA’s Iliopoulos", "iliopoulos"),
              ("m2", "main opposition SYRIZA-Progressive Alliance spokesperson Nassos Iliopoulos", "iliopoulos"),
              ("m3", ("He", "He said that the pupils"), "iliopoulos"),
              ("m4", ("Iliopoulos", "Iliopoulos said that"), "iliopoulos"),
              ("m5", "Mrs Kerameus (Education Minister)", "kerameus"),
              ("m6", ("He", "He proposed"), "iliopoulos"),
              ("m7", "SYRIZA’s spokesperson", "iliopoulos"),
              ("m8", ("He", "He urged"), "iliopoulos")],
    attributions=[("a1", "MIXED", "m1", None, "Government ‘slandering entire social groups’ and ‘feeling under pressure’", None),
                  ("a2", "INDIRECT", "m2", ("stated", "stated main"),
                   seg(T, "A government that has so easily", "started feeling under pressure"), None),
                  ("a3", "INDIRECT", "m3", ("said", "He said that the pupils"),
                   seg(T, "the pupils’ demands relate", "more teachers and cleaning staff"), None),
                  ("a4", "DIRECT", "m3", ("adding", "adding that"),
                   "it is every democratic person’s responsibility to stand at the pupils’ side this moment", None),
                  ("a5", "DIRECT", "m4", ("said", "Iliopoulos said that"),
                   seg(T, "the fact that Mrs Kerameus", "destabilisation in the government."), None),
                  ("a6", "INDIRECT", "m5", ("telling", "by telling them"),
                   "they will have to have lessons during the holidays", "a5"),
                  ("a7", "INDIRECT", "m5", ("telling", "without telling us"),
                   "how she will solve the problems in the schools", "a5"),
                  ("a8", "INDIRECT", "m6", "proposed", seg(T, "in major cities, such as in Athens", "as a solution"), None),
                  ("a9", "INDIRECT", "m7", ("said", "spokesperson said"),
                   seg(T, "the government was not fully determined", "the dialogue within NATO"), None),
                  ("a10", "MIXED", "m8", "urged",
                   "Prime Minister Kyriakos Mitsotakis to avoid “putting Turkey’s illegal claims” on the table", None),
                  ("a11", "DIRECT", "m8", ("adding", "adding:"),
                   "We do not known what the government’s limits are in this dialogue.", None)])

# ---------------------------------------------------------------------------------------
# Daily Gazette (Colchester, Essex, UK; gazette-news.co.uk). The stored page has no headline (the
# address reads "outrage-after-council-fails-to-act-on-parking-problem"), so the text starts with
# the lead. The stored copy breaks off inside Goss's quotation ("He added: “It just shows ... for
# pe"): cut before that paragraph. No date. The page's "responsbile" is kept as printed. Notes:
# - "are outraged after highways chiefs claimed ...": the outrage is a state; the chiefs' claim,
#   in a temporal adjunct, is a claim of its own (as train_bw does for "after he declared ...").
#   The highways chiefs are the county council's representatives, a separate entity (FORMAT.md,
#   Coreference).
# - "said it would not introduce yellow lines ..., because it did not think there was a problem":
#   the reason clause is inside the claim and the council's own belief is not split off.
# - "It has dismissed the concerns of 100 residents, who attended a meeting in November to complain
#   about problems in ...": "dismissed" takes the NP with its relative clause as content (as test14
#   does for "dismissed claims by ..."), and the residents' complaint in the relative clause is
#   nested in it (FORMAT.md, Included: a speech act in a relative clause inside a claim); "about"
#   only links the cue.
# - The 100 residents, "They" and the residents of the lead are one collective in one scene; the
#   two residents quoted by name are separate entities.
# - "said traffic surveys and recent visits to the site found ...": the finding is nested
#   (FORMAT.md, Included: findings); the surveys are their own entity (FORMAT.md, Documents).
# - Atkins's and Lee's quotations each run over two or three paragraphs and close once: one DIRECT
#   claim each. "I would dispute there is no problem" is the speaker's own attitude, not split.
#   Source mentions keep the age and street appositions (as train_ai keeps "In Thou, 40, ...").
# - "Martin Goss, who raised the issue with ... committee": a speech act in the source's relative
#   clause, annotated as a claim of its own with its NP content (as "raised concerns" in the
#   corpus); the addressee is left out.
doc("gazettenews-colchester-hospital-parking-residents-outrage",
    url="https://www.gazette-news.co.uk/news/6456231.outrage-after-council-fails-to-act-on-parking-problem/",
    outlet="Daily Gazette", country="UK", topic="local", cut=True,
    text=(T := "RESIDENTS living near Colchester General Hospital are outraged after highways chiefs claimed there were no parking problems in their streets.\n"
          "Essex County Council said it would not introduce yellow lines near the hospital, in Turner Road, because it did not think there was a problem.\n"
          "It has dismissed the concerns of 100 residents, who attended a meeting in November to complain about problems in Kingswood Road, Wryneck Close and Lufkin Road.\n"
          "They complained that hospital staff were parking in their streets and said refuse lorries and other large vehicles struggle to make it down their roads because of the volume of cars.\n"
          "Colchester Council urged the county council to introduce parking restrictions.\n"
          "But Norman Hume, county councillor responsbile for highways, said traffic surveys and recent visits to the site found there were plenty of spaces for residents to park and no turning areas or driveways were obstructed.\n"
          "John Atkins, 72, of Kingswood Road, told the meeting: “I don’t know where you get these morons and what information they work on, but I would love them to come and live here. We have all had our drives blocked.\n"
          "“They park on the pavement. One of our neighbours had his wall knocked down three times by people doing three point turns, the road surface is broken up badly – I would dispute there is no problem.”\n"
          "Doreen Lee, 80, of Kingswood Road, said: “I was up at 7.30am yesterday and there were cars all the way down the road.\n"
          "“My neighbours had to call the police because they couldn’t get out of their drive the other day.\n"
          "“There is a problem and the county council needs to come here and look at it properly – not just for an hour, but a whole day or a week.”\n"
          "Martin Goss, who raised the issue with Colchester Council’s strategic overview and scrutiny committee, said he was disappointed with the county council’s response."),
    entities=[("residents", "RESIDENTS living near Colchester General Hospital", "GROUP", ["100 residents"],
               "residents of the streets near Colchester General Hospital"),
              ("chiefs", "highways chiefs", "GROUP", [], "Essex County Council's highways officials"),
              ("ecc", "Essex County Council", "ORGANIZATION", ["the county council"], "county highways authority"),
              ("cbc", "Colchester Council", "ORGANIZATION", [], "borough council"),
              ("hume", "Norman Hume", "PERSON", ["Hume", "Norman Hume, county councillor responsbile for highways"],
               "Essex county councillor responsible for highways"),
              ("surveys", "traffic surveys and recent visits to the site", "GROUP", [],
               "the county council's traffic surveys and site visits"),
              ("atkins", "John Atkins", "PERSON", ["Atkins", "John Atkins, 72, of Kingswood Road"], "Kingswood Road resident"),
              ("lee", "Doreen Lee", "PERSON", ["Lee", "Doreen Lee, 80, of Kingswood Road"], "Kingswood Road resident"),
              ("goss", "Martin Goss", "PERSON", ["Goss"], "Colchester councillor")],
    mentions=[("m1", "RESIDENTS living near Colchester General Hospital", "residents"),
              ("m2", "highways chiefs", "chiefs"),
              ("m3", "Essex County Council", "ecc"),
              ("m4", ("It", "It has dismissed"), "ecc"),
              ("m5", "100 residents", "residents"),
              ("m6", ("They", "They complained"), "residents"),
              ("m7", ("Colchester Council", "Colchester Council urged"), "cbc"),
              ("m8", ("the county council", "urged the county council"), "ecc"),
              ("m9", "Norman Hume, county councillor responsbile for highways", "hume"),
              ("m10", "traffic surveys and recent visits to the site", "surveys"),
              ("m11", "John Atkins, 72, of Kingswood Road", "atkins"),
              ("m12", "Doreen Lee, 80, of Kingswood Road", "lee"),
              ("m13", ("the county council", "the county council needs"), "ecc"),
              ("m14", "Martin Goss", "goss")],
    attributions=[("a1", "INDIRECT", "m2", "claimed", "there were no parking problems in their streets", None),
                  ("a2", "INDIRECT", "m3", ("said", "Council said it"),
                   "it would not introduce yellow lines near the hospital, in Turner Road, because it did not think there was a problem", None),
                  ("a3", "INDIRECT", "m4", "dismissed",
                   seg(T, "the concerns of 100 residents", "Wryneck Close and Lufkin Road"), None),
                  ("a4", "INDIRECT", "m5", ("complain", "to complain about"),
                   "problems in Kingswood Road, Wryneck Close and Lufkin Road", "a3"),
                  ("a5", "INDIRECT", "m6", "complained", "hospital staff were parking in their streets", None),
                  ("a6", "INDIRECT", "m6", ("said", "and said refuse"),
                   "refuse lorries and other large vehicles struggle to make it down their roads because of the volume of cars", None),
                  ("a7", "INDIRECT", "m7", "urged", "the county council to introduce parking restrictions", None),
                  ("a8", "INDIRECT", "m9", ("said", "highways, said"),
                   seg(T, "traffic surveys and recent visits", "driveways were obstructed"), None),
                  ("a9", "INDIRECT", "m10", "found",
                   "there were plenty of spaces for residents to park and no turning areas or driveways were obstructed", "a8"),
                  ("a10", "DIRECT", "m11", "told", seg(T, "I don’t know where you get", "there is no problem."), None),
                  ("a11", "DIRECT", "m12", ("said", "Kingswood Road, said"), seg(T, "I was up at 7.30am", "a whole day or a week."), None),
                  ("a12", "INDIRECT", "m14", "raised", "the issue", None),
                  ("a13", "INDIRECT", "m14", ("said", "committee, said"),
                   "he was disappointed with the county council’s response", None)])

# ---------------------------------------------------------------------------------------
# Cable.co.uk (UK), a broadband site's news story. The breadcrumb ("Home / News / ...") and the
# byline line ("Friday, April 24th 2015 by Ellen Branagh", which gives the date) are removed. The
# stored copy breaks off inside the paragraph after the cross-head "Intervention areas" ("Helen
# Briggs, chief executive of Rutland Cou"): cut before the cross-head. Notes:
# - Headline "X, councillor claims": the verb after the claim is the cue and "councillor" the
#   source (FORMAT.md, Headlines); the councillor is Jim Atack, the only councillor the story
#   quotes. MIXED for its quoted fragment.
# - "are frustrated by the continuing wait" is a state; "Under ‘state aid’ rules ..." is a rule
#   with scare quotes; neither is annotated.
# - "the installation ... was originally anticipated to cost around £15,000": an agentless
#   forecast nested in Atack's claim (FORMAT.md, "was expected to" -> content "to ...", null source).
# - "the telecoms giant later “changed its mind” ..., saying there were too few lines ...": BT's
#   nested claim; "later providing a price" is an action.
# - "Rutland County Council could not get involved ..., Mr Atack said, and then had to reapply
#   ...": the parenthetical reporting clause stays inside the claim (FORMAT.md, Contiguity).
# - "It is now expected that ..., he said": the trailing clause covers its sentence; the
#   agentless expectation is nested in it with a null source.
doc("cable-braunston-broadband-bt-changed-its-mind",
    url="https://www.cable.co.uk/news/villagers-left-waiting-for-superfast-broadband-after-bt-changed-its-mind-councillor-claims-700000612/",
    outlet="Cable.co.uk", country="UK", topic="technology", cut=True, published="2015-04-24",
    text=(T := "Villagers left waiting for superfast broadband after BT 'changed its mind', councillor claims\n"
          "Broadband users in rural areas are having to wait even longer for superfast upgrades when BT changes its mind about which areas it can cover by a commercial rollout, campaigners have claimed.\n"
          "Residents in the Rutland village of Braunston-in-Rutland are frustrated by the continuing wait for fibre broadband, which is now unlikely to happen until the end of the year.\n"
          "Around 90% of Rutland – England’s smallest county – now has access to superfast speeds, but Braunston is faced with an even longer wait after BT passed responsibility for bringing fibre back to the area’s publicly-funded project.\n"
          "Under ‘state aid’ rules, individual superfast projects can only get government funding for areas not already covered by a commercial rollout.\n"
          "Braunston was originally included in BT’s commercial fibre rollout, meaning it could not benefit from Rutland County Council’s Digital Rutland project.\n"
          "Jim Atack, a parish councillor from the village, said the installation of broadband in the area was originally anticipated to cost around £15,000, leading Braunston to deny an offer of private fibre.\n"
          "But he said the telecoms giant later “changed its mind” about bringing fibre to the village, saying there were too few lines to make it commercially viable, and later providing a price of £45,000 to carry out the work.\n"
          "Rutland County Council could not get involved until BT relinquished its commercial hold over the area, Mr Atack said, and then had to reapply to the government scheme.\n"
          "He said: “RCC has been trying to pick up the pieces, but is hamstrung by Government policy and process.”\n"
          "It is now expected that Braunston is unlikely to get fibre before late this year, possibly 2016, he said."),
    entities=[("atack", "Jim Atack", "PERSON",
               ["Atack", "Mr Atack", "councillor", "Jim Atack, a parish councillor from the village"],
               "Braunston parish councillor"),
              ("campaigners", "campaigners", "GROUP", [], "broadband campaigners"),
              ("bt", "BT", "ORGANIZATION", ["the telecoms giant"], "telecoms company")],
    mentions=[("m1", ("councillor", "councillor claims"), "atack"),
              ("m2", ("BT", "BT 'changed"), "bt"),
              ("m3", ("BT", "when BT changes"), "bt"),
              ("m4", "campaigners", "campaigners"),
              ("m5", ("BT", "after BT passed"), "bt"),
              ("m6", "Jim Atack, a parish councillor from the village", "atack"),
              ("m7", ("he", "But he said"), "atack"),
              ("m8", "the telecoms giant", "bt"),
              ("m9", ("BT", "until BT relinquished"), "bt"),
              ("m10", "Mr Atack", "atack"),
              ("m11", ("He", "He said:"), "atack"),
              ("m12", ("he", "2016, he said"), "atack")],
    attributions=[("a1", "MIXED", "m1", ("claims", "councillor claims"),
                   "Villagers left waiting for superfast broadband after BT 'changed its mind'", None),
                  ("a2", "INDIRECT", "m4", "claimed", seg(T, "Broadband users in rural areas", "by a commercial rollout"), None),
                  ("a3", "INDIRECT", "m6", ("said", "village, said"),
                   seg(T, "the installation of broadband", "offer of private fibre"), None),
                  ("a4", "INDIRECT", None, "anticipated", "to cost around £15,000", "a3"),
                  ("a5", "MIXED", "m7", ("said", "But he said"),
                   seg(T, "the telecoms giant later", "to carry out the work"), None),
                  ("a6", "INDIRECT", "m8", "saying", "there were too few lines to make it commercially viable", "a5"),
                  ("a7", "INDIRECT", "m10", ("said", "Mr Atack said"),
                   seg(T, "Rutland County Council could not get involved", "reapply to the government scheme"), None),
                  ("a8", "DIRECT", "m11", ("said", "He said:"),
                   "RCC has been trying to pick up the pieces, but is hamstrung by Government policy and process.", None),
                  ("a9", "INDIRECT", "m12", ("said", "2016, he said"),
                   "It is now expected that Braunston is unlikely to get fibre before late this year, possibly 2016", None),
                  ("a10", "INDIRECT", None, ("expected", "now expected"),
                   "Braunston is unlikely to get fibre before late this year, possibly 2016", "a9")])

write("train_by.jsonl")
