#!/usr/bin/env python3
"""Writes test24_a.jsonl: real-news gold, split test24-a (see gold.py). Run: python3 make_test24_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Caribbean Media Corporation copy on a US Virgin Islands site. The byline and date lines
# ("Staff Consortium", "June 15, 2020") and the photo caption ("Hurricane Dorian's damage to
# parts of the Bahamas in August, 2019.") are left out. The stored copy breaks off in "“His
# recent comments are", so the text is cut before that paragraph; the quotation opened in the
# last kept paragraph is therefore left open at the end of the text, as printed.
# Headline: "Denies" is the cue with the noun phrase as content (like "rejected the discourse");
# "Statement ... Made by Former Health Minister" holds a speech act in a reduced relative
# (nested, as "the discourse advanced by miners" in test23).
# "the recent comments by former health minister, Dr. Duane Sands, about people still missing"
# is a noun cue nested in the government's claim ("about" only links the cue).
# The quotation opened in "“particularly surprising ..." is left open at its paragraph end and
# closes after "improve it," in the next paragraph (FORMAT.md, Marks as printed): one MIXED
# attribution. It has a governing clause of its own ("the Ministry ... said that"), which wins
# over the trailing "the statement noted" (Two clauses, one claim); "the statement" is then no
# source and is not marked.
# "no explanation has been given on how ..." is an agentless omission with an open question,
# nested in Sands's acknowledgement (seed a9/a10, cue the noun "explanation"); "noting" is a
# second claim of Sands (seed a18/a19). "Sands called information suggesting a cover-up "false"
# and "unfortunate."" is nested in the ministry's "recalled" ("described X as Y"); "suggesting"
# by information is an evidential and "people reported missing" a participle, not annotated.
# "Sands offered his resignation" is an action. The last quotation has no reporting clause: it
# continues the ministry (null cue); "the Ministry finds ..." is its own attitude, not split.
doc("viconsortium-bahamas-government-denies-sands-missing-statement",
    url="https://viconsortium.com/caribbean-disaster_recovery/caribbean-bahamas-government-denies-statement-on-missing-people-made-by-former-health-minister",
    outlet="The Virgin Islands Consortium", country="US Virgin Islands", topic="politics", cut=True,
    published="2020-06-15",
    text=(T := "Bahamas Government Denies Statement on Missing People Made by Former Health Minister\n"
          "NASSAU, Bahamas, CMC – The Bahamas government said it was “shocked and profoundly disappointed” by the recent comments by former health minister, Dr. Duane Sands, about people still missing following the passage of Hurricane Dorian last September.\n"
          "In a statement, the Ministry of National Security said that Sands recent statements in the Parliament were “particularly surprising given that as the Minister of Health he played a leading role in the Government’s Hurricane Dorian’s response and restoration.\n"
          "“He was afforded every opportunity to voice his concerns about the process and offer solutions to improve it,” the statement noted.\n"
          "Last Thursday, Sands told legislators that the government had mishandled the identification of those persons still missing and others killed during the Category 5 storm that passed through the archipelago on September 1.\n"
          "Sands acknowledged that no explanation has been given on how hundreds of names were excluded from an early list of people reported missing noting responsibility was spread over multiple ministries and government agencies.\n"
          "In May, Sands offered his resignation due to the controversy surrounding permanent residents allowed entry to the country from a plane carrying COVID-19 test swabs.\n"
          "But in the statement, the Ministry of National Security recalled that in an interview with the Miami Herald on September, 8, 2019, Sands called information suggesting a cover-up “false” and “unfortunate.”\n"
          "“In light of the aforesaid, the Ministry finds the former Minister’s most recent comments disingenuous.  His comments malign the good name and reputation of the hard working men and women in uniform, who continue to this day to make sacrifices to help those families affected by Dorian."),
    entities=[("bahgov", "The Bahamas government", "ORGANIZATION", ["Bahamas Government", "the government"],
               "Government of The Bahamas"),
              ("sands", "Duane Sands", "PERSON",
               ["Sands", "Dr. Duane Sands", "former health minister, Dr. Duane Sands", "Former Health Minister"],
               "former Bahamas health minister"),
              ("mns", "Ministry of National Security", "ORGANIZATION",
               ["the Ministry of National Security", "the Ministry"], "Bahamas Ministry of National Security")],
    mentions=[("m1", "Bahamas Government", "bahgov"),
              ("m2", "Former Health Minister", "sands"),
              ("m3", "The Bahamas government", "bahgov"),
              ("m4", "former health minister, Dr. Duane Sands", "sands"),
              ("m5", ("the Ministry of National Security", "In a statement, the Ministry"), "mns"),
              ("m6", ("Sands", "Sands told"), "sands"),
              ("m7", ("the government", "the government had mishandled"), "bahgov"),
              ("m8", ("Sands", "Sands acknowledged"), "sands"),
              ("m9", ("Sands", "Sands offered"), "sands"),
              ("m10", ("the Ministry of National Security", "the Ministry of National Security recalled"), "mns"),
              ("m11", ("Sands", "Sands called"), "sands"),
              ("m12", ("the Ministry", "the Ministry finds"), "mns")],
    attributions=[("a1", "INDIRECT", "m1", "Denies", "Statement on Missing People Made by Former Health Minister", None),
                  ("a2", "INDIRECT", "m2", "Made", "Statement on Missing People", "a1"),
                  ("a3", "MIXED", "m3", ("said", "government said it was"),
                   seg(T, "it was “shocked", "Hurricane Dorian last September"), None),
                  ("a4", "INDIRECT", "m4", ("comments", "recent comments by"),
                   "people still missing following the passage of Hurricane Dorian last September", "a3"),
                  ("a5", "MIXED", "m5", ("said", "Security said that Sands"),
                   seg(T, "Sands recent statements", "to improve it,”"), None),
                  ("a6", "INDIRECT", "m6", "told",
                   seg(T, "the government had mishandled", "on September 1"), None),
                  ("a7", "INDIRECT", "m8", "acknowledged",
                   seg(T, "no explanation has been given", "people reported missing"), None),
                  ("a8", "INDIRECT", None, "explanation",
                   seg(T, "how hundreds of names", "people reported missing"), "a7"),
                  ("a9", "INDIRECT", "m8", "noting",
                   "responsibility was spread over multiple ministries and government agencies", None),
                  ("a10", "MIXED", "m10", "recalled",
                   seg(T, "in an interview with the Miami Herald", "“unfortunate.”"), None),
                  ("a11", "MIXED", "m11", ("called", "Sands called"),
                   seg(T, "information suggesting a cover-up", "“unfortunate.”"), "a10"),
                  ("a12", "DIRECT", "m10", None, seg(T, "In light of the aforesaid", "affected by Dorian."), None)])

# ---------------------------------------------------------------------------------------
# Reuters copy on a Minnesota radio station's site. The stored page has no headline, so the
# text starts with the lead; the credit line "(Reporting by Julia Symmes Cobb in Bogota; Editing
# by Matthew Lewis)" is left out. The date is the one in the page's address.
# "Duque, who is on a visit to the United States, said": the source is "Duque", without the
# relative clause. The unquoted "This is an intelligence operation ..." quotation has no
# reporting clause of its own and continues Duque (null cue); so does Abdo's second sentence.
# "Attorney General Francisco Barbosa said ..., adding ..." is two claims (seed a18/a19).
# "Pecci and his wife ... announced her pregnancy" is read like "announced the launch of X" (a
# noun-phrase content); the coordinated subject is one GROUP, "the couple" another of its
# names, and "She" (Claudia Aguilera, whose name sits inside the group's mention) her own
# entity. "in a video message", "in a separate video", "on Instagram" and "in a post on Twitter"
# are media, "authorities" an addressee.
# Not claims: "alleged involvement" (a hedge), "known for fighting organized crime",
# "those presumed to be involved", "The five accused people" and "those suspected of his murder"
# (participles with no finite reporting verb).
doc("kdal610-colombia-arrests-five-paraguay-prosecutor-pecci",
    url="https://kdal610.com/2022/06/03/colombia-arrests-five-in-probe-of-paraguay-prosecutors-murder/",
    outlet="KDAL 610 AM", country="US", topic="courts-crime", cut=False, published="2022-06-03",
    text=(T := "BOGOTA (Reuters) – Five people have been arrested in Colombia for alleged involvement in the murder last month of a Paraguayan prosecutor known for fighting organized crime, Colombian President Ivan Duque said on Friday.\n"
          "Prosecutor Marcelo Pecci, 45, was shot dead on the island of Baru near the Caribbean city of Cartagena on May 10, while on his honeymoon with his wife.\n"
          "Colombian police said soon after the murder that Pecci’s killing was likely related to his prosecutions in Paraguay, which often focused on high-stakes anti-money laundering and anti-drug cases.\n"
          "“We have captured all of those presumed to be involved, including the material author of the murder of prosecutor Marcelo Pecci,” Duque, who is on a visit to the United States, said in a video message. “This is an intelligence operation, meticulous work which has allowed us to reach this criminal structure.”\n"
          "More details of the arrests will be shared once those apprehended have appeared before a judge, Duque added.\n"
          "The five accused people were arrested in Medellin, Attorney General Francisco Barbosa said in a separate video, adding the captures were the result of coordinated work between authorities in Colombia and Paraguay.\n"
          "Pecci and his wife, Paraguayan journalist Claudia Aguilera, announced her pregnancy on Instagram shortly before the couple was approached by two men on a private beach near their hotel. She told authorities one of the men later shot Pecci.\n"
          "“We are grateful for the commitment of the Colombian state,” Paraguayan President Mario Abdo said in a post on Twitter. “The investigation into the tragic death of prosecutor Marcelo Pecci, in which police and prosecutors from both countries have cooperated seeking justice, advances with the capture of those suspected of his murder.”"),
    entities=[("duque", "Ivan Duque", "PERSON", ["Duque", "Colombian President Ivan Duque"], "President of Colombia"),
              ("police", "Colombian police", "GROUP", [], "Colombia's police"),
              ("barbosa", "Francisco Barbosa", "PERSON", ["Barbosa", "Attorney General Francisco Barbosa"],
               "Attorney General of Colombia"),
              ("couple", "Pecci and his wife", "GROUP", ["the couple"],
               "prosecutor Marcelo Pecci and his wife Claudia Aguilera"),
              ("aguilera", "Claudia Aguilera", "PERSON", ["Aguilera", "Paraguayan journalist Claudia Aguilera"],
               "Paraguayan journalist, Pecci's wife"),
              ("abdo", "Mario Abdo", "PERSON", ["Abdo", "Paraguayan President Mario Abdo"], "President of Paraguay")],
    mentions=[("m1", "Colombian President Ivan Duque", "duque"),
              ("m2", "Colombian police", "police"),
              ("m3", ("Duque", "Duque, who is on a visit"), "duque"),
              ("m4", ("Duque", "Duque added"), "duque"),
              ("m5", "Attorney General Francisco Barbosa", "barbosa"),
              ("m6", "Pecci and his wife, Paraguayan journalist Claudia Aguilera", "couple"),
              ("m7", "the couple", "couple"),
              ("m8", ("She", "She told"), "aguilera"),
              ("m9", "Paraguayan President Mario Abdo", "abdo")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Ivan Duque said"),
                   seg(T, "Five people have been arrested", "known for fighting organized crime"), None),
                  ("a2", "INDIRECT", "m2", ("said", "police said"),
                   seg(T, "Pecci’s killing was likely", "anti-drug cases"), None),
                  ("a3", "DIRECT", "m3", ("said", "States, said in a video"),
                   seg(T, "We have captured all", "Marcelo Pecci,"), None),
                  ("a4", "DIRECT", "m3", None, seg(T, "This is an intelligence operation", "criminal structure."), None),
                  ("a5", "INDIRECT", "m4", "added",
                   "More details of the arrests will be shared once those apprehended have appeared before a judge", None),
                  ("a6", "INDIRECT", "m5", ("said", "Barbosa said"), "The five accused people were arrested in Medellin", None),
                  ("a7", "INDIRECT", "m5", "adding",
                   "the captures were the result of coordinated work between authorities in Colombia and Paraguay", None),
                  ("a8", "INDIRECT", "m6", "announced", "her pregnancy", None),
                  ("a9", "INDIRECT", "m8", "told", "one of the men later shot Pecci", None),
                  ("a10", "DIRECT", "m9", ("said", "Abdo said"), "We are grateful for the commitment of the Colombian state,", None),
                  ("a11", "DIRECT", "m9", None, seg(T, "The investigation into the tragic death", "suspected of his murder."), None)])

# ---------------------------------------------------------------------------------------
# Newsquest local paper (Local Democracy Reporting style). The stored page has no headline, so
# the text starts with the lead. The stored copy breaks off in "They also went on to describe
# comments made by the council’s", so the text is cut before that paragraph.
# "COUNCILLORS in Wrexham have been accused of using ‘grandstanding fiction’" is an agentless
# accusation (null source), the accused left outside the content; single curly quotes are
# quotation marks, so MIXED. The councillors, "Members of the local authority’s planning
# committee", "Politicians" and "councillors" are one collective; "Some members" (in the
# quotation) a subset and its own entity.
# The representative's quotation runs over four paragraphs (each left open, the next reopened):
# one DIRECT attribution. Nested in it: "Some members made it very clear ... that they felt ..."
# (cue with its fixed object; "they felt" is their own attitude and stays in the content, which
# holds the quoted "jumping the gun", so MIXED) and "To suggest that the submission was a
# “cynical” attempt ..." (the suggestion actually made by members, no speaker named in its
# clause: null source). "refuted" there is the representative's own stance, not split off.
# The representative is a separate entity from the planners/consultants (J10 Planning) whose
# representative they are (FORMAT.md, Coreference); "The planners echoed the company’s
# disappointment at ..." is an evaluative report with a content.
# Not claims: "consultants ... criticised councillors for not backing it" (read like "was
# criticised for …", no reported content), "more than 70 objections were received from members
# of the public concerned about ..." (objections with no content, a state), "this accusation"
# (anaphoric), "the grandstanding fiction spun out in a public chamber" (a participle with no
# finite verb), and "has now reapplied" (an action).
doc("chesterstandard-rossett-homes-grandstanding-fiction",
    url="https://www.chesterstandard.co.uk/news/17716293.councillors-accused-of-grandstanding-fiction-as-refused-plans-for-more-than-130-homes-in-rossett-resubmitted/",
    outlet="Chester Standard", country="UK", topic="local", cut=True,
    text=(T := "COUNCILLORS in Wrexham have been accused of using ‘grandstanding fiction’ after refused plans for more than 130 new homes were resubmitted.\n"
          "Members of the local authority’s planning committee turned down proposals to develop two areas of green barrier land near Lane Farm in Rossett in January.\n"
          "It came after more than 70 objections were received from members of the public concerned about the loss of green land, the risk of flooding and the impact on pedestrian safety.\n"
          "Politicians also suggested the company behind the scheme had deliberately entered it to avoid potential new requirements for developments to include more affordable housing.\n"
          "However, Bellis Brothers Limited has now reapplied to the authority in a bid to gain approval.\n"
          "It also highlighted its intention to appeal against the original decision as consultants acting on its behalf criticised councillors for not backing it the first time round.\n"
          "In a statement accompanying the resubmission, a representative from J10 Planning said: “Some members made it very clear during the planning committee meeting that they felt the application had been submitted in advance of the Local Development Plan being adopted and was “jumping the gun” so as to avoid a potentially higher 40 per cent levy.\n"
          "“The applicant was unable to respond to this accusation, so this is his right to reply to set the record straight and draw attention to the facts rather than the grandstanding fiction spun out in a public chamber.\n"
          "“The applicant commenced pre-application discussions with the authority way back in June 2015, when there was no indication of any increased affordable housing levy.\n"
          "“To suggest that the submission was a “cynical” attempt to subvert the 40 per cent levy is therefore unwarranted and refuted.”\n"
          "The planners echoed the company’s disappointment at the committee’s decision to refuse the proposals on pedestrian safety grounds."),
    entities=[("councillors", "Members of the local authority’s planning committee", "GROUP",
               ["COUNCILLORS in Wrexham", "Politicians", "councillors"], "Wrexham Council's planning committee"),
              ("bellis", "Bellis Brothers Limited", "ORGANIZATION",
               ["the company behind the scheme", "The applicant"], "applicant for the Rossett housing scheme"),
              ("planners", "The planners", "ORGANIZATION", ["consultants acting on its behalf"],
               "J10 Planning, planning consultants for Bellis Brothers"),
              ("rep", "a representative from J10 Planning", "PERSON", ["representative from J10 Planning"],
               "representative of the planning consultants"),
              ("members", "Some members", "GROUP", [], "some members of the planning committee")],
    mentions=[("m1", "COUNCILLORS in Wrexham", "councillors"),
              ("m2", "Members of the local authority’s planning committee", "councillors"),
              ("m3", "Politicians", "councillors"),
              ("m4", "the company behind the scheme", "bellis"),
              ("m5", "Bellis Brothers Limited", "bellis"),
              ("m6", ("It", "It also highlighted"), "bellis"),
              ("m7", "consultants acting on its behalf", "planners"),
              ("m8", ("councillors", "criticised councillors"), "councillors"),
              ("m9", "a representative from J10 Planning", "rep"),
              ("m10", "Some members", "members"),
              ("m11", ("The applicant", "The applicant was unable"), "bellis"),
              ("m12", ("The applicant", "The applicant commenced"), "bellis"),
              ("m13", "The planners", "planners")],
    attributions=[("a1", "MIXED", None, "accused", "using ‘grandstanding fiction’", None),
                  ("a2", "INDIRECT", "m3", "suggested",
                   seg(T, "the company behind the scheme", "more affordable housing"), None),
                  ("a3", "INDIRECT", "m6", "highlighted", "its intention to appeal against the original decision", None),
                  ("a4", "DIRECT", "m9", ("said", "J10 Planning said"),
                   seg(T, "Some members made it very clear", "unwarranted and refuted."), None),
                  ("a5", "MIXED", "m10", "made it very clear",
                   seg(T, "they felt the application", "40 per cent levy", "Some members made"), "a4"),
                  ("a6", "MIXED", None, ("suggest", "To suggest"),
                   "the submission was a “cynical” attempt to subvert the 40 per cent levy", "a4"),
                  ("a7", "INDIRECT", "m13", "echoed",
                   "the company’s disappointment at the committee’s decision to refuse the proposals on pedestrian safety grounds", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead; the stored copy ends with
# the last paragraph kept here.
# "a conservation charity has claimed" is the John Muir Trust, named in the fourth paragraph.
# "It is estimated the development could ..." is an agentless estimate (null source).
# "has lodged an official objection to the planning application claiming ..." is two claims: the
# noun cue "objection" ("to" only links it) and "claiming". "has applied to the Scottish
# Government to build ..." is read as an action (an application), not a speech act.
# Turnbull's quotation runs over two paragraphs (left open, reopened): one DIRECT attribution.
# "the applicant has acknowledged these impacts" is nested in it (the applicant being Wind
# Energy (Glenmorie)). "Mr Turnbull said figures published by Scottish Natural Heritage indicate
# that ...": "indicate" is an evidential and "published by" a participle, so nothing is nested.
doc("energyvoice-glenmorie-windfarm-john-muir-trust-objection",
    url="https://energyvoice.com/renewables-energy-transition/17291/conservation-charity-condemns-north-windfarm-plan",
    outlet="Energy Voice", country="UK", topic="environment", cut=False,
    text=(T := "PLANS to build more than 40 wind turbines in the Ross-shire hills will mar views from Ben Wyvis, upmarket Skibo Castle country club and the Dornoch Firth, a conservation charity has claimed.\n"
          "Edinburgh-based renewable energy company Wind Energy (Glenmorie) has applied to the Scottish Government to build 43 410ft turbines on hills between Ardross and Ardgay.\n"
          "It is estimated the development could generate enough electricity to supply around 90,000 homes.\n"
          "The John Muir Trust, the UK’s leading wild land conservation charity, has lodged an official objection to the planning application claiming it will have an adverse impact on an area of wild land and local landscapes.\n"
          "Steven Turnbull, policy officer for the John Muir Trust, said yesterday: “The impacts of the windfarm on the landscape would be significant and completely inappropriate for an area of wild land.\n"
          "“Even though the applicant has acknowledged these impacts, they have offered little evidence to support their decision to proceed regardless. Due to time constraints, we’ve been unable to fully assess the proposal in relation to the impact on blanket bogs and peat land, which are key carbon stores and highly susceptible to damage from inappropriate development.”\n"
          "Mr Turnbull said figures published by Scottish Natural Heritage indicate that the amount of Scotland visually unaffected by built development has decreased from 41% in 2002 to 28% by 2009, primarily as a result of the construction of windfarms and their associated infrastructure.\n"
          "“The Glenmorie proposal would further erode the remaining resource and may set a precedent for further similar developments in the area,” he added."),
    entities=[("jmt", "John Muir Trust", "ORGANIZATION",
               ["The John Muir Trust", "a conservation charity", "the UK’s leading wild land conservation charity"],
               "wild land conservation charity"),
              ("windenergy", "Wind Energy (Glenmorie)", "ORGANIZATION",
               ["the applicant", "Edinburgh-based renewable energy company Wind Energy (Glenmorie)"],
               "developer of the Glenmorie windfarm"),
              ("turnbull", "Steven Turnbull", "PERSON", ["Turnbull", "Mr Turnbull"], "policy officer, John Muir Trust")],
    mentions=[("m1", "a conservation charity", "jmt"),
              ("m2", "Edinburgh-based renewable energy company Wind Energy (Glenmorie)", "windenergy"),
              ("m3", ("The John Muir Trust", "The John Muir Trust, the UK’s"), "jmt"),
              ("m4", "the UK’s leading wild land conservation charity", "jmt"),
              ("m5", "Steven Turnbull, policy officer for the John Muir Trust", "turnbull"),
              ("m6", "the applicant", "windenergy"),
              ("m7", "Mr Turnbull", "turnbull"),
              ("m8", ("he", "he added"), "turnbull")],
    attributions=[("a1", "INDIRECT", "m1", "claimed",
                   seg(T, "PLANS to build", "the Dornoch Firth"), None),
                  ("a2", "INDIRECT", None, "estimated",
                   "the development could generate enough electricity to supply around 90,000 homes", None),
                  ("a3", "INDIRECT", "m3", "objection", "the planning application", None),
                  ("a4", "INDIRECT", "m3", "claiming",
                   "it will have an adverse impact on an area of wild land and local landscapes", None),
                  ("a5", "DIRECT", "m5", ("said", "said yesterday"),
                   seg(T, "The impacts of the windfarm", "inappropriate development."), None),
                  ("a6", "INDIRECT", "m6", "acknowledged", "these impacts", "a5"),
                  ("a7", "INDIRECT", "m7", ("said", "Mr Turnbull said"),
                   seg(T, "figures published by Scottish Natural Heritage", "their associated infrastructure"), None),
                  ("a8", "DIRECT", "m8", "added",
                   "The Glenmorie proposal would further erode the remaining resource and may set a precedent for further similar developments in the area,", None)])

# ---------------------------------------------------------------------------------------
# Cyprus Press and Information Office copy on Philenews's English site. The stored page has no
# headline, so the text starts with the lead; the credit "(PIO)" is left out. The text is
# verbatim, with its backtick in "country`s" and "to extent" as printed.
# The lead is three claims sharing one subject: "has expressed his “deep concern” over ..."
# (cue "expressed", content from "his", MIXED), "has urged people to cooperate ..." (the
# addressee kept, as with "called on X to Y") and "has announced an extraordinary meeting ...".
# "which will be announced later in the afternoon" is a speech act in a relative clause inside
# Ioannou's quotation: nested, agentless, its content the antecedent ("the results ..."), as
# "the discourse advanced by miners" in test23. "I have just been informed of the results" (no
# proposition) and "he has informed Cyprus President Nicos Anastasiades" (an action, like
# "informed the regulator") are not claims; "it cannot be ruled out" and "if this is deemed to
# be necessary" are hedges and hypotheticals in his own words.
# "urges people for their cooperation, so that “…”": the purpose clause is his quoted words, so
# it stays in the content (MIXED).
doc("incyprus-ioannou-deep-concern-covid-cases",
    url="https://in-cyprus.philenews.com/health-minister-concerned-about-todays-number-of-covid-19-cases/",
    outlet="in-cyprus (Philenews)", country="Cyprus", topic="health-science", cut=False, published="2020-10-13",
    text=(T := "Cyprus’ Health Minister Constantinos Ioannou has expressed his “deep concern” over an increase in the number of COVID-19 cases reported in Cyprus in the last 24 hours, has urged people to cooperate on the measures in place and has announced an extraordinary meeting of the consultative scientific team on Wednesday morning to review the latest data and the next steps forward.\n"
          "“I have just been informed of the results so far from diagnostic tests done in the last 24 hours, which will be announced later in the afternoon and I wish to express my deep concern for the extremely alarming increase of cases, particularly the upward trend observed,” Ioannou says in a written statement.\n"
          "“The rapid deterioration of the country`s epidemiological picture in the last days, has forced us to extent restrictive measures and it cannot be ruled out that they may be further intensified, if this is deemed to be necessary, a development which we would not wish for,” he adds.\n"
          "The Minister of Health urges people for their cooperation, so that “the situation can stay at a manageable level and in order to prevent irreversible conditions from occurring, which would place the health of our fellow citizens at risk.”\n"
          "He also says he has informed Cyprus President Nicos Anastasiades and has convened an extraordinary meeting of the scientific consultative group, tomorrow at 1030 hours local time, in order “to review the latest data and discuss ways to handle the situation as it evolves in light of the new worrying data.”"),
    entities=[("ioannou", "Constantinos Ioannou", "PERSON",
               ["Ioannou", "Cyprus’ Health Minister Constantinos Ioannou", "The Minister of Health"], "Health Minister of Cyprus")],
    mentions=[("m1", "Cyprus’ Health Minister Constantinos Ioannou", "ioannou"),
              ("m2", ("Ioannou", "Ioannou says"), "ioannou"),
              ("m3", ("he", "he adds"), "ioannou"),
              ("m4", "The Minister of Health", "ioannou"),
              ("m5", ("He", "He also says"), "ioannou")],
    attributions=[("a1", "MIXED", "m1", "expressed",
                   seg(T, "his “deep concern”", "in the last 24 hours", "has expressed"), None),
                  ("a2", "INDIRECT", "m1", "urged", "people to cooperate on the measures in place", None),
                  ("a3", "INDIRECT", "m1", ("announced", "has announced"),
                   seg(T, "an extraordinary meeting of the consultative", "the next steps forward"), None),
                  ("a4", "DIRECT", "m2", ("says", "Ioannou says"),
                   seg(T, "I have just been informed", "upward trend observed,"), None),
                  ("a5", "INDIRECT", None, ("announced", "will be announced"),
                   "the results so far from diagnostic tests done in the last 24 hours", "a4"),
                  ("a6", "DIRECT", "m3", "adds", seg(T, "The rapid deterioration", "would not wish for,"), None),
                  ("a7", "MIXED", "m4", "urges", seg(T, "people for their cooperation", "citizens at risk.”"), None),
                  ("a8", "MIXED", "m5", ("says", "He also says"), seg(T, "he has informed Cyprus President", "new worrying data.”"), None)])

# ---------------------------------------------------------------------------------------
# Alberta local news site. The stored page has no headline, so the text starts with the lead;
# the stored copy ends with the last paragraph kept here. The lead misspells the commissioner's
# name ("Randy Ambrose"); it is kept, and is an alias of Randy Ambrosie.
# "The CFL is requesting up to $150 million ..." is a request with a noun-phrase content (like
# "called for X"). "Members of Parliament were hard on Ambrosie, grilling him on whether ...":
# a reported question of named speakers, the addressee and the linking "on" left out. Saskatoon
# MP Kevin Waugh is one of the MPs and his own entity.
# "He said ... but added ..." is two claims. "made the disclosure" refers back to the admission
# and has no content. "Ambrosie was also asked why ..." is a question put to the speaker
# (FORMAT.md, Excluded), so it and the "he was requesting" inside it are not annotated.
doc("cochranenow-cfl-ambrosie-season-cancel-likely",
    url="https://www.cochranenow.com/articles/commissioner-admits-cfl-season-may-be-a-no-go",
    outlet="CochraneNow", country="Canada", topic="sport", cut=False,
    text=(T := "Canadian Football League (CFL) Commissioner Randy Ambrose has admitted that cancelling the football season this year is the most likely scenario.\n"
          "Commissioner Ambrosie made the disclosure while speaking before a House of Commons standing committee on finance. The CFL is requesting up to $150 million in federal financial help.\n"
          "Members of Parliament were hard on Ambrosie, grilling him on whether he was after a loan or a bailout. He responded that the CFL is looking for a partnership with the government.\n"
          "Ambrosie said unlike the NFL south of the border, the CFL is \"not a wealthy business\" and that its biggest source of revenue is ticket sales.\n"
          "Saskatoon MP Kevin Waugh stated the league's three community-based teams (the Roughriders, Blue Bombers, and Eskimos) had seven-figure profits in 2018 and the remaining teams are owned by corporations or owners with deep pockets.\n"
          "Ambrosie was also asked why CFL players weren't involved in his presentation to the standing committee and how much of the funding he was requesting would go directly to players. Ambrosie said discussions with players are ongoing.\n"
          "During his remarks, Ambrosie admitted that cancelling the CFL season this year is very likely thanks to restrictions in place due to the COVID-19 pandemic.\n"
          "He said the best-case scenario for this year would be a \"drastically truncated season\" but added it's more likely there will be no season at all.\n"
          "CFL training camps were due to get underway this month, however, COVID-19 restrictions forced their cancellation and the start of the season has tentatively been pushed to early July."),
    entities=[("ambrosie", "Randy Ambrosie", "PERSON",
               ["Ambrosie", "Randy Ambrose", "Commissioner Ambrosie", "Commissioner Randy Ambrose"],
               "Commissioner of the Canadian Football League"),
              ("cfl", "Canadian Football League", "ORGANIZATION", ["The CFL", "CFL"], "Canadian Football League"),
              ("mps", "Members of Parliament", "GROUP", [], "MPs on the House of Commons finance committee"),
              ("waugh", "Kevin Waugh", "PERSON", ["Waugh", "Saskatoon MP Kevin Waugh"], "MP for Saskatoon")],
    mentions=[("m1", "Canadian Football League (CFL) Commissioner Randy Ambrose", "ambrosie"),
              ("m2", "Commissioner Ambrosie", "ambrosie"),
              ("m3", ("The CFL", "The CFL is requesting"), "cfl"),
              ("m4", "Members of Parliament", "mps"),
              ("m5", ("Ambrosie", "Ambrosie, grilling"), "ambrosie"),
              ("m6", ("He", "He responded"), "ambrosie"),
              ("m7", ("the CFL", "the CFL is looking"), "cfl"),
              ("m8", ("Ambrosie", "Ambrosie said unlike"), "ambrosie"),
              ("m9", ("the CFL", "the CFL is \"not"), "cfl"),
              ("m10", "Saskatoon MP Kevin Waugh", "waugh"),
              ("m11", ("Ambrosie", "Ambrosie was also asked"), "ambrosie"),
              ("m12", ("Ambrosie", "Ambrosie said discussions"), "ambrosie"),
              ("m13", ("Ambrosie", "Ambrosie admitted"), "ambrosie"),
              ("m14", ("He", "He said the best-case"), "ambrosie")],
    attributions=[("a1", "INDIRECT", "m1", ("admitted", "Ambrose has admitted"),
                   "cancelling the football season this year is the most likely scenario", None),
                  ("a2", "INDIRECT", "m3", ("requesting", "is requesting up"), "up to $150 million in federal financial help", None),
                  ("a3", "INDIRECT", "m4", "grilling", "whether he was after a loan or a bailout", None),
                  ("a4", "INDIRECT", "m6", "responded", "the CFL is looking for a partnership with the government", None),
                  ("a5", "MIXED", "m8", ("said", "Ambrosie said unlike"),
                   seg(T, "unlike the NFL", "is ticket sales"), None),
                  ("a6", "INDIRECT", "m10", "stated", seg(T, "the league's three", "with deep pockets"), None),
                  ("a7", "INDIRECT", "m12", ("said", "Ambrosie said discussions"), "discussions with players are ongoing", None),
                  ("a8", "INDIRECT", "m13", ("admitted", "Ambrosie admitted"),
                   "cancelling the CFL season this year is very likely thanks to restrictions in place due to the COVID-19 pandemic", None),
                  ("a9", "MIXED", "m14", ("said", "He said the best-case"),
                   "the best-case scenario for this year would be a \"drastically truncated season\"", None),
                  ("a10", "INDIRECT", "m14", "added", "it's more likely there will be no season at all", None)])

write("test24_a.jsonl")
