#!/usr/bin/env python3
"""Writes train_bg.jsonl: real-news gold, split train-bg (see gold.py). Run: python3 make_train_bg.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Red Pepper (Uganda). The stored page has no headline: the text starts with its lead, whose
# dateline "RUBANDA | RedPepper Digital –" is kept and is not an attribution. It is cut where the
# stored copy breaks off inside the councillors' quotation ("“This was in bad f").
# Notes:
# - The lead opens a quotation ("protesting a “planned deal ... for management.") and never
#   closes it; the Daily Monitor's copy of the same story closes it after "management.". The
#   claim of "protesting" is the NP object (as the corpus's "protest" claims), so its content
#   ends with the paragraph and is MIXED for its printed opening mark; it is not run on into the
#   next paragraph's placard slogan.
# - "Residents with placards written on “...”": the slogans are DIRECT speech of the crowd (as
#   a chant, FORMAT.md Groups), cue "written", source "Residents"; the locals, the residents and
#   the demonstrators are one collective. The named residents ("Keneth Ndamwesiga a resident",
#   "Jackline Kyarimpa, ... other residents") are separate entities (a subset).
# - "petitioned the solicitor general highlighting irregularities as ... passed a resolution that
#   ... be handed over": "highlighting" carries the councillors' claim; the council's resolution
#   with its that-clause is annotated as a nested decision of a panel (FORMAT.md, findings and
#   verdicts of panels), source "Rubanda District authorities", which is the district council.
# - "accused X of Y" keeps X (corpus: "Tony Abbott of ..."); "threatened legal action" is a claim
#   with an NP content (corpus: "threatened with eviction").
doc("redpepper-rubanda-residents-protest-water-project-handover",
    url="https://redpepper.co.ug/2021/12/rubanda-locals-protest-task-district/?utm_source=rss&utm_medium=rss&utm_campaign=rubanda-locals-protest-task-district",
    outlet="Red Pepper", country="Uganda", topic="local", cut=True, published="2021-12-07",
    text=(T := "RUBANDA | RedPepper Digital – Over 400 Rubanda District locals Monday staged a peaceful demonstration protesting a “planned deal by the district council to handover the Bushura community water project to National water and Sewerage Corporation (NWSC) for management.\n"
          "Residents with placards written on “water is life, We need water at Hamuhambo, politics are over now we need water” made a procession in Hamuhambo town council with the district councilors Drake Diaz Owoyesigire, Gillian Tusingwire and Hamuhambo town council Charperson LC3 Aggrey Bandebaho.\n"
          "The peaceful demonstration in Hamuhambo Town Council comes days after area councillors Diaz Owoyesigyire and Girian Tusingire on November 27 petitioned the solicitor general highlighting irregularities as Rubanda District authorities passed a resolution that the Shs6billion Bushura water project, with works at 70% now, be handed over to NWSC.\n"
          "Keneth Ndamwesiga a resident say when the project is transferred to national water they will be buying and they don’t have any source of income but when the project is worked on by the district they will be getting it at no cost.\n"
          "Jackline Kyarimpa, Winnie Nganyire and Nkunda Fabiano other residents says she is very older and can’t move a distance of 10 km to fetch water.\n"
          "Aggrey Bandebaho, the Hamuhambo Town council LC III chairperson, accused the Rubanda District council of hijacking the community water project and threatened legal action.\n"
          "“This community water project was started in 2019 with the objective of availing clean piped water to the locals. About S600million has been injected into the project. Council’s decision was unlawful,” he said.\n"
          "Owoyesigyire and Tusingire questioned the procedure in which the project was discussed in the district council on November 19 2021 yet it was not on the order paper of the council that day."),
    entities=[("locals", "Over 400 Rubanda District locals", "GROUP", ["Rubanda District locals", "Residents"],
               "demonstrators in Hamuhambo Town Council"),
              ("council", "Rubanda District council", "ORGANIZATION",
               ["the Rubanda District council", "the district council", "Rubanda District authorities"],
               "district council of Rubanda"),
              ("councillors", "Diaz Owoyesigyire and Girian Tusingire", "GROUP",
               ["Owoyesigyire and Tusingire", "Drake Diaz Owoyesigire, Gillian Tusingwire"],
               "district councillors for Hamuhambo Town Council"),
              ("ndamwesiga", "Keneth Ndamwesiga", "PERSON", ["Ndamwesiga", "Keneth Ndamwesiga a resident"], "resident"),
              ("threeres", "Jackline Kyarimpa, Winnie Nganyire and Nkunda Fabiano", "GROUP", ["other residents"],
               "three residents of Hamuhambo"),
              ("bandebaho", "Aggrey Bandebaho", "PERSON", ["Bandebaho"], "Hamuhambo Town council LC III chairperson")],
    mentions=[("m1", "Over 400 Rubanda District locals", "locals"),
              ("m2", ("the district council", "deal by the district council"), "council"),
              ("m3", ("Residents", "Residents with placards"), "locals"),
              ("m4", "the district councilors Drake Diaz Owoyesigire, Gillian Tusingwire", "councillors"),
              ("m5", "Hamuhambo town council Charperson LC3 Aggrey Bandebaho", "bandebaho"),
              ("m6", "area councillors Diaz Owoyesigyire and Girian Tusingire", "councillors"),
              ("m7", "Rubanda District authorities", "council"),
              ("m8", "Keneth Ndamwesiga a resident", "ndamwesiga"),
              ("m9", "Jackline Kyarimpa, Winnie Nganyire and Nkunda Fabiano other residents", "threeres"),
              ("m10", "Aggrey Bandebaho, the Hamuhambo Town council LC III chairperson", "bandebaho"),
              ("m11", "the Rubanda District council", "council"),
              ("m12", ("he", "he said."), "bandebaho"),
              ("m13", "Owoyesigyire and Tusingire", "councillors"),
              ("m14", ("the district council", "discussed in the district council"), "council")],
    attributions=[("a1", "MIXED", "m1", "protesting",
                   seg(T, "a “planned deal", "Corporation (NWSC) for management"), None),
                  ("a2", "DIRECT", "m3", "written",
                   "water is life, We need water at Hamuhambo, politics are over now we need water", None),
                  ("a3", "INDIRECT", "m6", "highlighting",
                   seg(T, "irregularities as Rubanda", "be handed over to NWSC"), None),
                  ("a4", "INDIRECT", "m7", "resolution",
                   "the Shs6billion Bushura water project, with works at 70% now, be handed over to NWSC", "a3"),
                  ("a5", "INDIRECT", "m8", ("say", "resident say"),
                   seg(T, "when the project is transferred", "getting it at no cost"), None),
                  ("a6", "INDIRECT", "m9", ("says", "residents says"),
                   "she is very older and can’t move a distance of 10 km to fetch water", None),
                  ("a7", "INDIRECT", "m10", "accused",
                   "the Rubanda District council of hijacking the community water project", None),
                  ("a8", "INDIRECT", "m10", "threatened", "legal action", None),
                  ("a9", "DIRECT", "m12", ("said", "he said."),
                   seg(T, "This community water project", "decision was unlawful,"), None),
                  ("a10", "INDIRECT", "m13", "questioned",
                   seg(T, "the procedure in which", "of the council that day"), None)])

# ---------------------------------------------------------------------------------------
# Haaretz (Israel). Byline, photo caption and credit are removed; the text is cut where the stored
# copy breaks off inside the prosecutor's quotation. Notes:
# - Headline: "Netanyahu Trial:" is a topic label; "Judges Slam Prosecution ..." has source
#   "Judges", cue "Slam" (corpus: "slammed" with the target as content).
# - Standfirst: "State seeks to amend charges ..." is an action; "saying change is
#   inconsequential" is the State's claim; "drawing fire from bench" has no content.
# - "voiced sharp criticism of the prosecution’s request to amend the indictment": cue "voiced
#   sharp criticism" (contiguous), content without "of"; the prosecution's "request to amend the
#   indictment" is a nested noun cue (as "calls for").
# - "according to state witness Shlomo Filber, Netanyahu as prime minister ordered him to tilt
#   policy ...": Filber's claim, with the directive "ordered him to Y" nested (addressee kept,
#   as make_train_be's "ordered all ministries to ...").
# - "the prosecution is seeking to amend the indictment to say that ...": the prosecution's
#   intended statement, annotated with the source the sentence names (the prosecution), as the
#   standfirst frames the same act as a saying.
# - "presented evidence indicating that ..." is an evidential (FORMAT.md, Excluded), so Ben Zur is
#   no speaker; "the dates that Filber cited" sits inside it and has no content of its own.
# - "At that meeting, he recalled, he told the two that ...": the parenthetical "he recalled"
#   stays inside its claim (Contiguity), and "he told the two that ..." is nested in it ("the
#   two" an addressee).
doc("haaretz-netanyahu-trial-judges-slam-indictment-amendment",
    url="https://www.haaretz.com/israel-news/2022-05-26/ty-article/.premium/netanyahu-trial-judges-slam-prosecution-over-indictment/00000180-fe99-d1e6-afbb-fff92e6d0000",
    outlet="Haaretz", country="Israel", topic="courts-crime", cut=True, published="2022-05-26",
    text=(T := "Netanyahu Trial: Judges Slam Prosecution Over Amending Indictment\n"
          "State seeks to amend charges due to defense’s evidence, saying change is inconsequential, drawing fire from bench\n"
          "The judges in the Jerusalem District Court trial of Benjamin Netanyahu on Wednesday voiced sharp criticism of the prosecution’s request to amend the indictment. The amendment regards the timing of the “directive meeting” in which, according to state witness Shlomo Filber, Netanyahu as prime minister ordered him to tilt policy in Bezeq’s favor.\n"
          "According to the original indictment, Filber and Netanyahu met “very shortly after the approval of Filber’s appointment as Communications Ministry director general.” Against this, Netanyahu’s attorney, Boaz Ben Zur, presented evidence indicating that the meeting wasn’t held on the dates that Filber cited.\n"
          "Now the prosecution is seeking to amend the indictment to say that the two met at an “unknown date, after the accused Netanyahu decided on Filber’s appointment.”\n"
          "The timing of the meeting is important in that afterward, Filber alleged he met with Bezeq controlling stakeholder Shaul Elovitch and Eli Kamir, a company consultant. At that meeting, he recalled, he told the two that he would advance their interests on Netanyahu’s orders.\n"
          "The defense claims that he met with Netanyahu after that meeting, a claim that challenges the prosecution’s thesis regarding the timeline of influence on Filber. The witness himself insisted that he met with Netanyahu before meeting with Elovitch and Kamir."),
    entities=[("judges", "the judges", "GROUP", ["Judges", "The judges"],
               "judges of the Jerusalem District Court in Netanyahu's trial"),
              ("prosecution", "the prosecution", "ORGANIZATION", ["Prosecution", "State"], "Israel's state prosecution"),
              ("filber", "Shlomo Filber", "PERSON", ["Filber", "state witness Shlomo Filber", "The witness"],
               "state witness, former Communications Ministry director general"),
              ("netanyahu", "Benjamin Netanyahu", "PERSON", ["Netanyahu", "the accused Netanyahu"],
               "former prime minister, defendant"),
              ("indictment", "the original indictment", "ORGANIZATION", ["the indictment"], "the charge sheet against Netanyahu"),
              ("defense", "The defense", "GROUP", [], "Netanyahu's defense team")],
    mentions=[("m1", ("Judges", "Judges Slam"), "judges"),
              ("m2", ("Prosecution", "Slam Prosecution"), "prosecution"),
              ("m3", ("State", "State seeks"), "prosecution"),
              ("m4", "The judges in the Jerusalem District Court trial of Benjamin Netanyahu", "judges"),
              ("m5", ("the prosecution", "the prosecution’s request"), "prosecution"),
              ("m6", ("the indictment", "amend the indictment. The amendment"), "indictment"),
              ("m7", "state witness Shlomo Filber", "filber"),
              ("m8", ("Netanyahu", "Netanyahu as prime minister"), "netanyahu"),
              ("m9", "the original indictment", "indictment"),
              ("m10", ("Filber", "Filber and Netanyahu met"), "filber"),
              ("m11", ("Netanyahu", "Netanyahu met “very"), "netanyahu"),
              ("m12", ("Filber", "Filber cited"), "filber"),
              ("m13", ("the prosecution", "Now the prosecution"), "prosecution"),
              ("m14", ("the indictment", "the indictment to say"), "indictment"),
              ("m15", "the accused Netanyahu", "netanyahu"),
              ("m16", ("Filber", "Filber alleged"), "filber"),
              ("m17", ("he", "he recalled"), "filber"),
              ("m18", ("he", "he told the two"), "filber"),
              ("m19", "The defense", "defense"),
              ("m20", ("Netanyahu", "Netanyahu after that meeting"), "netanyahu"),
              ("m21", ("Filber", "influence on Filber"), "filber"),
              ("m22", "The witness", "filber"),
              ("m23", ("Netanyahu", "Netanyahu before meeting"), "netanyahu")],
    attributions=[("a1", "INDIRECT", "m1", "Slam", "Prosecution Over Amending Indictment", None),
                  ("a2", "INDIRECT", "m3", "saying", "change is inconsequential", None),
                  ("a3", "INDIRECT", "m4", "voiced sharp criticism", "the prosecution’s request to amend the indictment", None),
                  ("a4", "INDIRECT", "m5", ("request", "request to amend"), ("to amend the indictment", "request to amend"), "a3"),
                  ("a5", "INDIRECT", "m7", "according to",
                   "Netanyahu as prime minister ordered him to tilt policy in Bezeq’s favor", None),
                  ("a6", "INDIRECT", "m8", "ordered", "him to tilt policy in Bezeq’s favor", "a5"),
                  ("a7", "MIXED", "m9", "According to",
                   "Filber and Netanyahu met “very shortly after the approval of Filber’s appointment as Communications Ministry director general.”", None),
                  ("a8", "MIXED", "m13", ("say", "to say that"),
                   "the two met at an “unknown date, after the accused Netanyahu decided on Filber’s appointment.”", None),
                  ("a9", "INDIRECT", "m16", "alleged",
                   "he met with Bezeq controlling stakeholder Shaul Elovitch and Eli Kamir, a company consultant", None),
                  ("a10", "INDIRECT", "m17", "recalled",
                   "At that meeting, he recalled, he told the two that he would advance their interests on Netanyahu’s orders", None),
                  ("a11", "INDIRECT", "m18", ("told", "he told the two"),
                   "he would advance their interests on Netanyahu’s orders", "a10"),
                  ("a12", "INDIRECT", "m19", ("claims", "defense claims"), "he met with Netanyahu after that meeting", None),
                  ("a13", "INDIRECT", "m22", "insisted", "he met with Netanyahu before meeting with Elovitch and Kamir", None)])

# ---------------------------------------------------------------------------------------
# Beirut Business Report (Lebanon), a news-agency feed item. The section label ("News Agencies
# Feed"), the repeated headline and the date line ("Jul 21", no year, so no published date) are
# removed; the stored copy ends with the last paragraph given here. Notes:
# - The lead's content is its whole that-clause, the relative clause and the participle
#   ("adding to the gloom of ...", which describes the cuts and is no second reporting verb)
#   included, as adjuncts inside a claim stay (FORMAT.md, Adjuncts).
# - "Ghajar who had blamed X on Y, said ...": the blame sits in a relative clause, so its source
#   is the antecedent "Ghajar" (FORMAT.md, Source), which is also the source of "said".
# - "Nehme slammed fuel traders saying: “...”": two claims, "slammed" with the target as content
#   (corpus) and the DIRECT quotation with cue "saying".
doc("beirutbizreport-ghajar-power-cuts-ease-before-midweek",
    url="http://beirutbizreport.com/story-z14357568",
    outlet="Beirut Business Report", country="Lebanon", topic="business", cut=False,
    text=(T := "Ghajar Says Power Cuts to Ease before Midweek\n"
          "Energy Minister Raymond Ghajar said on Monday that power supply is going to notably improve after weeks of power cuts that saw much of the country plunge into darkness, adding to the gloom of a deepening economic and financial crisis in the country.\n"
          "“Various Lebanese regions will see gradual but notable improvement in power supply before Wednesday, which eventually will lead to less consumption of fuel,” said Ghajar at a joint press conference with Economy Minister Raoul Nehme.\n"
          "Ghajar who had blamed the wide power cuts over the past month on two faulty fuel shipments involving the Algerian state energy firm Sonatrach, said the government is taking all necessary measures to avoid similar problems.\n"
          "For his part, Nehme slammed fuel traders saying: “There is a fuel crisis in the country and instead of following the ministry’s legal mechanism, traders follow the principle of blackmail.”\n"
          "The cuts, stretching in some cases to 20 hours a day, have led generator providers to shut down their machines for several hours a day to ration existing fuel. As a result, traffic lights in Beirut have been turned off and hospitals have struggled to make sure their surgeries and other work can continue without interruption.\n"
          "Lebanese people, however, already pay for generators that provide backup power through the daily outages, and electricity prices cannot be increased before the state is able to provide round-the-clock electricity."),
    entities=[("ghajar", "Raymond Ghajar", "PERSON", ["Ghajar", "Energy Minister Raymond Ghajar"], "Lebanon's Energy Minister"),
              ("nehme", "Raoul Nehme", "PERSON", ["Nehme", "Economy Minister Raoul Nehme"], "Lebanon's Economy Minister")],
    mentions=[("m1", ("Ghajar", "Ghajar Says"), "ghajar"),
              ("m2", "Energy Minister Raymond Ghajar", "ghajar"),
              ("m3", ("Ghajar", "said Ghajar"), "ghajar"),
              ("m4", "Economy Minister Raoul Nehme", "nehme"),
              ("m5", ("Ghajar", "Ghajar who"), "ghajar"),
              ("m6", ("Nehme", "Nehme slammed"), "nehme")],
    attributions=[("a1", "INDIRECT", "m1", "Says", "Power Cuts to Ease before Midweek", None),
                  ("a2", "INDIRECT", "m2", ("said", "Ghajar said on Monday"),
                   seg(T, "power supply is going", "financial crisis in the country"), None),
                  ("a3", "DIRECT", "m3", ("said", "said Ghajar"),
                   seg(T, "Various Lebanese regions", "less consumption of fuel,"), None),
                  ("a4", "INDIRECT", "m5", "blamed",
                   "the wide power cuts over the past month on two faulty fuel shipments involving the Algerian state energy firm Sonatrach", None),
                  ("a5", "INDIRECT", "m5", ("said", "Sonatrach, said"),
                   "the government is taking all necessary measures to avoid similar problems", None),
                  ("a6", "INDIRECT", "m6", "slammed", "fuel traders", None),
                  ("a7", "DIRECT", "m6", "saying",
                   "There is a fuel crisis in the country and instead of following the ministry’s legal mechanism, traders follow the principle of blackmail.", None)])

# ---------------------------------------------------------------------------------------
# Soccer24 (Zimbabwe). The stored page has no headline: the text starts with its lead. Notes:
# - "has slammed Senegalese referee Adalbert Diouf who took charge of ...": "slammed" with the
#   target NP as content (corpus), its restrictive relative clause included.
# - "The coach was also irked by Diouf’s decision to turn down a penalty claim by Austin
#   Odhiambo": "irked" is a state with no content, and "a penalty claim" is an appeal for a
#   penalty with no reported content, so neither is annotated.
# - "He told the press: “... pitch." ends its paragraph without a closing mark and the next one
#   reopens: one quotation over both (FORMAT.md, Unit); the third paragraph's quotation continues
#   the speaker with a null cue.
doc("soccer24-kenya-coach-firat-slams-referee-zimbabwe-draw",
    url="https://www.soccer24.co.zw/2024/09/07/kenya-coach-claims-referee-was-biased-towards-zimbabwe-after-playing-goalless-draw-in-afcon-qualifiers/?utm_source=rss&utm_medium=rss&utm_campaign=kenya-coach-claims-referee-was-biased-towards-zimbabwe-after-playing-goalless-draw-in-afcon-qualifiers",
    outlet="Soccer24", country="Zimbabwe", topic="sport", cut=False, published="2024-09-07",
    text=(T := "Kenya national team coach Engin Firat has slammed Senegalese referee Adalbert Diouf who took charge of their Friday’s 2025 Afcon Qualifiers Group J opener against Zimbabwe.\n"
          "The Harambe Stars played a goalless draw against the Warriors in a match played at Mandela Stadium in Kampala, Uganda.\n"
          "Speaking after the match, Firat said Khama Billiat and Gerald Takwara were supposed to get red cards for dangerous play.\n"
          "Takwara only received a yellow card for a crude challenge against Amos Nondi in the 66th minute.\n"
          "Billiat, who got his first booking in the 23rd minute, survived a second caution later in the second half.\n"
          "The coach was also irked by Diouf’s decision to turn down a penalty claim by Austin Odhiambo.\n"
          "He told the press: “The referee should not help a team on the pitch.\n"
          "“There were so many situations where I had no idea what he was seeing. Takwara should have been shown a red card for a dangerous foul in the second half.”\n"
          "“Billiat should have been sent off for a second bookable offense. Austin was fouled in the box, yet nothing was given. Why is it always us?”\n"
          "The gaffer added: “It was not okay what happened today (Friday). I am not happy with the referee. To improve football, the referee should not side with teams that are only defending and not playing.”"),
    entities=[("firat", "Engin Firat", "PERSON",
               ["Firat", "Kenya national team coach Engin Firat", "The coach", "The gaffer"], "Kenya national team coach")],
    mentions=[("m1", "Kenya national team coach Engin Firat", "firat"),
              ("m2", ("Firat", "Firat said"), "firat"),
              ("m3", "The coach", "firat"),
              ("m4", ("He", "He told the press"), "firat"),
              ("m5", "The gaffer", "firat")],
    attributions=[("a1", "INDIRECT", "m1", "slammed",
                   seg(T, "Senegalese referee Adalbert Diouf", "Group J opener against Zimbabwe"), None),
                  ("a2", "INDIRECT", "m2", ("said", "Firat said"),
                   "Khama Billiat and Gerald Takwara were supposed to get red cards for dangerous play", None),
                  ("a3", "DIRECT", "m4", ("told", "He told the press"),
                   seg(T, "The referee should not help", "dangerous foul in the second half."), None),
                  ("a4", "DIRECT", "m4", None, seg(T, "Billiat should have been sent off", "always us?"), None),
                  ("a5", "DIRECT", "m5", "added", seg(T, "It was not okay what happened", "defending and not playing."), None)])

# ---------------------------------------------------------------------------------------
# TechTV Network (Nigeria). The stored page has no headline: the text starts with its lead. It is
# cut where the stored copy breaks off inside Adebayo's quotation. Notes:
# - Directives "ordered X to Y" / "directed X to Y" keep the addressee (as "called on X to Y" and
#   make_train_be's "ordered all ministries to ..."); the agentless "have already been ordered to
#   bar ..." inside Maida's claim has a null source and no raised subject (FORMAT.md, Left
#   outside: "staff were told to stay home").
# - "reaffirmed the development", "ruled out an extension ...", and the cross-head "ALTON also
#   confirms the development" (a speaker and a verb, as "Helldén: A smokescreen") are claims with
#   NP contents (as "confirmed the arrest").
# - "Maida, who was represented by Reuben Mouka, ...": the sentence's subject Maida is the source;
#   Mouka, who read the speech, is not annotated as a speaker.
# - "He said, “... 2024." ¶ "“As a regulator ..." ¶ "“Conversely, ... satisfaction.”": one quotation
#   over three paragraphs (FORMAT.md, Unit). "NCC is committed to ..." inside it is the speaker's
#   own body's attitude, not split off.
# - "Also speaking to ThePunch": ThePunch is a medium.
doc("techtvnetwork-ncc-directs-telcos-block-sims-without-nin",
    url="https://techtvnetwork.ng/2024/02/29/panic-as-ncc-directs-telecom-operators-to-block-12m-sim-cards-not-linked-to-nin",
    outlet="TechTV Network", country="Nigeria", topic="technology", cut=True, published="2024-02-29",
    text=(T := "Following the February 28 deadline for the linkage of Subscriber Identity Module cards to National Identification Numbers the Nigerian Communications Commission (NCC) has ordered telecommunication companies to block SIMs without NIN.\n"
          "The Executive Vice Chairman of the National Communication Commission (NCC), Dr Aminu Maida, reaffirmed the development on Wednesday, February 28, 2024, while speaking at the NCC’s Special Day during the ongoing 45th Kaduna International Trade Fair.\n"
          "Maida, who was represented by Reuben Mouka, NCC’s Director of Public Affairs, ruled out an extension of the February 28 deadline, saying telecommunication operators have already been ordered to bar all lines not linked to NIN on before the deadline.\n"
          "He said, “The National Communication Commission has directed all telecommunication operators to bar phone lines of subscribers whose lines are not linked to their NINs on or before February 28, 2024.\n"
          "“As a regulator of the telecommunications sector in the country, the Commission carries out its functions to ensure service availability, affordability, and sustainability for all categories of consumers, who are leveraging ICT/Telecoms to drive personal and business activities.\n"
          "“Conversely, as we promote economic growth through the development of local content, we must also address the challenges faced by consumers and NCC is committed to protecting their rights while ensuring their satisfaction.”\n"
          "ALTON also confirms the development\n"
          "Also speaking to ThePunch on the development, the Chairman of the Association of Licensed Telecommunications Operators of Nigeria, Gbenga Adebayo, maintained that telecommunication operators would comply with the directive of the NCC. According to him, out of 224 million active lines in Nigeria, about 12 million lines risked deactivation."),
    entities=[("ncc", "Nigerian Communications Commission (NCC)", "ORGANIZATION",
               ["Nigerian Communications Commission", "National Communication Commission", "NCC", "the Commission"],
               "Nigeria's telecoms regulator"),
              ("maida", "Aminu Maida", "PERSON", ["Maida", "Dr Aminu Maida"], "Executive Vice Chairman of the NCC"),
              ("alton", "Association of Licensed Telecommunications Operators of Nigeria", "ORGANIZATION", ["ALTON"],
               "association of Nigeria's telecom operators"),
              ("adebayo", "Gbenga Adebayo", "PERSON", ["Adebayo"], "Chairman of ALTON")],
    mentions=[("m1", "the Nigerian Communications Commission (NCC)", "ncc"),
              ("m2", "The Executive Vice Chairman of the National Communication Commission (NCC), Dr Aminu Maida", "maida"),
              ("m3", ("Maida", "Maida, who"), "maida"),
              ("m4", ("He", "He said, “The"), "maida"),
              ("m5", ("The National Communication Commission", "The National Communication Commission has directed"), "ncc"),
              ("m6", ("the Commission", "the Commission carries"), "ncc"),
              ("m7", ("NCC", "NCC is committed"), "ncc"),
              ("m8", ("ALTON", "ALTON also"), "alton"),
              ("m9", "the Chairman of the Association of Licensed Telecommunications Operators of Nigeria, Gbenga Adebayo", "adebayo"),
              ("m10", ("him", "According to him"), "adebayo")],
    attributions=[("a1", "INDIRECT", "m1", ("ordered", "has ordered"),
                   "telecommunication companies to block SIMs without NIN", None),
                  ("a2", "INDIRECT", "m2", "reaffirmed", ("the development", "reaffirmed the development"), None),
                  ("a3", "INDIRECT", "m3", "ruled out", "an extension of the February 28 deadline", None),
                  ("a4", "INDIRECT", "m3", "saying",
                   "telecommunication operators have already been ordered to bar all lines not linked to NIN on before the deadline", None),
                  ("a5", "INDIRECT", None, ("ordered", "been ordered"),
                   "to bar all lines not linked to NIN on before the deadline", "a4"),
                  ("a6", "DIRECT", "m4", ("said", "He said, “The"),
                   seg(T, "The National Communication Commission has directed", "ensuring their satisfaction."), None),
                  ("a7", "INDIRECT", "m5", "directed",
                   seg(T, "all telecommunication operators to bar phone lines", "on or before February 28, 2024"), "a6"),
                  ("a8", "INDIRECT", "m8", "confirms", ("the development", "confirms the development"), None),
                  ("a9", "INDIRECT", "m9", "maintained",
                   "telecommunication operators would comply with the directive of the NCC", None),
                  ("a10", "INDIRECT", "m10", ("According to", "According to him"),
                   "out of 224 million active lines in Nigeria, about 12 million lines risked deactivation", None)])

# ---------------------------------------------------------------------------------------
# Daily Maverick (South Africa), a story by The Namibian and IJ Hub. The repeated headline and the
# photo caption are removed; the text is cut where the stored copy breaks off inside the patient's
# quotation. Notes:
# - The headline's "‘in ICU’" is a scare quote with no reporting frame (not annotated).
# - "An investigation ... has exposed widespread shortages ...": a finding (FORMAT.md, Included);
#   "amid allegations that ..." has no claimant (null source) and is an adjunct of the finding,
#   so it is not nested in it.
# - "told The Namibian and IJ Hub the same story of ...": the media are addressees; the content is
#   the NP. "Nurses and doctors", "hospital staff interviewed by IJ Hub" and "They" are one
#   collective (FORMAT.md, Coreference); "Among the issues highlighted by hospital staff ... was X"
#   has the content X.
# - "suggest a system-wide problem" is an evidential (not annotated).
# - "There are those who claim that this is a gimmick,” he added." prints a closing mark but no
#   opening one; as in make_train_ai (and test6) that claim is INDIRECT and its content stops
#   before ",”". The claim of "those who claim" is nested in it (speech of others inside a quote).
#   "“Nothing could be further from the truth.”" continues the speaker (null cue).
# - "insisted that government had promised to approve ...": the promise is nested, its content
#   without the subject (as "renewed its pledge to X").
# - "who spoke to The Namibian on condition of anonymity" has no content of its own.
doc("dailymaverick-namibian-hospitals-shortages-essentials",
    url="https://www.dailymaverick.co.za/article/2019-11-03-namibian-hospitals-in-icu-over-shortages-of-essentials/",
    outlet="Daily Maverick", country="South Africa", topic="health-science", cut=True, published="2019-11-03",
    text=(T := "Namibian hospitals ‘in ICU’ over shortages of essentials\n"
          "An investigation into conditions in Namibia’s two largest hospitals has exposed widespread shortages of medicines, equipment and vital medical supplies, amid allegations that the government’s procurement system is in crisis.\n"
          "Nurses and doctors from Katutura Intermediate Hospital in Windhoek and Oshakati State Hospital in Owamboland in the north of Namibia told The Namibian and IJ Hub the same story of chronic backlogs that are compromising patient care.\n"
          "The shortages at Katutura and Oshakati — Namibia’s premier facilities, with between 750 and 850 beds each — suggest a system-wide problem in the public health sector.\n"
          "The executive director of Namibia’s health ministry, Ben Nangombe, confirmed shortages of drugs and clinical supplies and conceded that procurement processes “may not be as efficient as we would want them to be”.\n"
          "Nangombe also acknowledged staff shortages, but insisted that government had promised to approve the creation of not less than 4,000 critical positions to address the problem.\n"
          "There are those who claim that this is a gimmick,” he added. “Nothing could be further from the truth.”\n"
          "Among the issues highlighted by hospital staff interviewed by IJ Hub was a serious shortage of nurses at Katutura, leading to a heavy reliance on tertiary students doing internships.\n"
          "They said stock-outs of vital drugs such as those used to treat high blood pressure and heart disease often force poor patients to resort to expensive private pharmacies.\n"
          "A high blood-pressure patient, who spoke to The Namibian on condition of anonymity, complained in June that he had been visiting Katutura over a three-month period to collect his amlodipine prescription, but had been sent away each time because it was not available."),
    entities=[("investigation", "An investigation into conditions in Namibia’s two largest hospitals", "ORGANIZATION",
               ["the investigation"], "investigation by The Namibian and IJ Hub"),
              ("staff", "Nurses and doctors", "GROUP", ["hospital staff"],
               "nurses and doctors of Katutura and Oshakati hospitals"),
              ("nangombe", "Ben Nangombe", "PERSON", ["Nangombe"], "executive director of Namibia's health ministry"),
              ("government", "government", "ORGANIZATION", ["the government"], "Government of Namibia"),
              ("those", "those who claim that this is a gimmick", "GROUP", [], "unnamed critics"),
              ("patient", "A high blood-pressure patient", "PERSON", [], "anonymous patient at Katutura")],
    mentions=[("m1", "An investigation into conditions in Namibia’s two largest hospitals", "investigation"),
              ("m2", "Nurses and doctors", "staff"),
              ("m3", "The executive director of Namibia’s health ministry, Ben Nangombe", "nangombe"),
              ("m4", ("Nangombe", "Nangombe also"), "nangombe"),
              ("m5", ("government", "that government had"), "government"),
              ("m6", ("those", "those who claim"), "those"),
              ("m7", ("he", "he added"), "nangombe"),
              ("m8", "hospital staff", "staff"),
              ("m9", ("They", "They said"), "staff"),
              ("m10", "A high blood-pressure patient", "patient")],
    attributions=[("a1", "INDIRECT", "m1", "exposed",
                   "widespread shortages of medicines, equipment and vital medical supplies", None),
                  ("a2", "INDIRECT", None, "allegations", "the government’s procurement system is in crisis", None),
                  ("a3", "INDIRECT", "m2", ("told", "told The Namibian"),
                   "the same story of chronic backlogs that are compromising patient care", None),
                  ("a4", "INDIRECT", "m3", "confirmed", "shortages of drugs and clinical supplies", None),
                  ("a5", "MIXED", "m3", "conceded",
                   "procurement processes “may not be as efficient as we would want them to be”", None),
                  ("a6", "INDIRECT", "m4", "acknowledged", "staff shortages", None),
                  ("a7", "INDIRECT", "m4", "insisted",
                   "government had promised to approve the creation of not less than 4,000 critical positions to address the problem", None),
                  ("a8", "INDIRECT", "m5", "promised",
                   "to approve the creation of not less than 4,000 critical positions to address the problem", "a7"),
                  ("a9", "INDIRECT", "m7", "added", "There are those who claim that this is a gimmick", None),
                  ("a10", "INDIRECT", "m6", ("claim", "who claim"), "this is a gimmick", "a9"),
                  ("a11", "DIRECT", "m7", None, "Nothing could be further from the truth.", None),
                  ("a12", "INDIRECT", "m8", "highlighted",
                   seg(T, "a serious shortage of nurses", "students doing internships"), None),
                  ("a13", "INDIRECT", "m9", ("said", "They said"),
                   seg(T, "stock-outs of vital drugs", "expensive private pharmacies"), None),
                  ("a14", "INDIRECT", "m10", "complained",
                   seg(T, "he had been visiting Katutura", "it was not available"), None)])

# ---------------------------------------------------------------------------------------
# Graphic Online (Daily Graphic, Ghana). An "Advertisement" line is removed; the text is cut where
# the stored copy breaks off mid-sentence. The page gives no date. Notes:
# - Headline "Verdict after 7-month monitoring: Galamsey fight lukewarm": the part before the
#   colon is no speaker but a noun cue ("Verdict", as a review's verdict, FORMAT.md Included)
#   naming nobody, so the source is null.
# - The first two paragraphs have no cue (No cue, no claim); "This is the prescription of various
#   stakeholders" attributes them with the demonstrative "This" as content (as the corpus's
#   "said this"); "to decisively deal with the galamsey menace" is the prescription's purpose.
# - "the government declared war on the environmental crime" is a figurative action, and "They
#   made the call to the Daily Graphic" repeats the prescription with no content of its own;
#   neither is annotated. "are worried that X" is an attitude with a content (as "voiced relief
#   that"), annotated.
# - "he made a solemn promise to clamp down ...": noun cue with its light verb, "made a solemn
#   promise" (contiguous); "Following that pledge" has no content.
# - In the President's quotation, "I have said it in the Cabinet, and ... I am making this public,
#   that I am prepared ..." is his own statement of his stance, not split off (FORMAT.md: a
#   speaker's own report is not split, as "said she believes").
doc("graphic-galamsey-fight-lukewarm-verdict",
    url="https://www.graphic.com.gh/news/general-news/verdict-after-7-month-monitoring-galamsey-fight-lukewarm.html",
    outlet="Graphic Online (Daily Graphic)", country="Ghana", topic="environment", cut=True,
    text=(T := "Verdict after 7-month monitoring: Galamsey fight lukewarm\n"
          "Strong political will, exertion of custodial authority by chiefs, and unflinching citizen vigilantism over the environment are the three-pronged approaches needed to win the fight against illegal mining, popularly called galamsey.\n"
          "This must be anchored on strict enforcement of the country’s mining laws and the retooling of local state institutions with oversight responsibility for the environment.\n"
          "This is the prescription of various stakeholders, including residents of mining communities, to decisively deal with the galamsey menace, which has escalated seven years after the government declared war on the environmental crime.\n"
          "The stakeholders, who included environmentalists, officials of the Forestry Commission, some district officers of the National Disaster Management Organisation (NADMO) and family members of victims of galamsey, are worried that there was a lethargic approach to the fight against the menace despite its debilitating impact on the environment and human lives.\n"
          "They made the call to the Daily Graphic during a seven-month fact-finding mission to mining communities across the country between February 5 and September 5 this year.\n"
          "Galamsey war\n"
          "When President Nana Addo Dankwa Akufo-Addo took over as President of the country, he made a solemn promise to clamp down on illegal mining even if it was going to cost him the presidency.\n"
          "“I have said it in the Cabinet, and perhaps this is the first time I am making this public, that I am prepared to put my presidency on the line on the fight against galamsey,” the President said on July 10, 2017, while addressing a two-day workshop on galamsey for traditional leaders drawn from different parts of the country in Accra.\n"
          "Following that pledge, the government put an almost two-year ban on all forms of small-scale mining in a bid to sanitise the mining sector."),
    entities=[("stakeholders", "various stakeholders", "GROUP", ["The stakeholders"],
               "stakeholders including residents of mining communities, environmentalists and officials"),
              ("akufoaddo", "Nana Addo Dankwa Akufo-Addo", "PERSON",
               ["Akufo-Addo", "President Nana Addo Dankwa Akufo-Addo", "the President"], "President of Ghana")],
    mentions=[("m1", "various stakeholders", "stakeholders"),
              ("m2", "The stakeholders", "stakeholders"),
              ("m3", "President Nana Addo Dankwa Akufo-Addo", "akufoaddo"),
              ("m4", ("he", "he made a solemn promise"), "akufoaddo"),
              ("m5", ("the President", "the President said"), "akufoaddo")],
    attributions=[("a1", "INDIRECT", None, "Verdict", "Galamsey fight lukewarm", None),
                  ("a2", "INDIRECT", "m1", "prescription", ("This", "This is the prescription"), None),
                  ("a3", "INDIRECT", "m2", "worried",
                   seg(T, "there was a lethargic approach", "environment and human lives"), None),
                  ("a4", "INDIRECT", "m4", "made a solemn promise",
                   "to clamp down on illegal mining even if it was going to cost him the presidency", None),
                  ("a5", "DIRECT", "m5", ("said", "the President said"),
                   seg(T, "I have said it in the Cabinet", "the fight against galamsey,"), None)])

write("train_bg.jsonl")
