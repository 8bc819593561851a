#!/usr/bin/env python3
"""Writes train_cu.jsonl: real-news gold, split train-cu (see gold.py). Run: python3 make_train_cu.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Ocean FM (Sligo). The headline is kept; the stored copy has no byline or caption and ends with
# the last paragraph kept here. Its typos ("claimes", "Assisstant", "unnessecary", "stategy",
# "unnacceptable", "todays", "Brees", the doubled "whether row is over whether") are kept as
# printed, and so is the misspelt cue "claimes". The date comes from the page's address.
# "he was promised the money by Assisstant Secretary General ..., Paul Lemass" reports a promise
# with a named agent inside the Chief Executive's claim: nested, Lemass's long appositive NP the
# source (a short role apposition), content "the money". "he was given the commitment" (lead) has
# no content and no agent, and "this money wasn't promised" denies that a promise was made: both
# are left out. "he was told “in no uncertain terms” that ..." is an agentless passive nested in
# Bree's claim (null source); the manner phrase "in no uncertain terms" is an adjunct of the telling.
# "refuted these claims" is read like "rejected the discourse" (noun-phrase content).
# "they say he did give a commitment that ... and that they back up Mr Hayes completely": both
# that-clauses are complements of "say" (one content); the noun cue "commitment" with its
# that-clause is nested, Lemass ("he") its source. The management team's members are one GROUP.
# Not claims: "the implication of Cllr Brees statements was that he was lying" is part of Hayes's
# claim, and neither "statements" (no content) nor "lying" is split off.
# Also left out: the lead's "whether a commitment to give ... or not" (a disputed commitment, not
# reported as made) and "was granted" (an action).
doc("oceanfm-sligo-council-chief-executive-bree-row",
    url="https://www.oceanfm.ie/2018/01/15/row-between-council-chief-executive-and-cllr-declan-bree-rumbles-on-at-latest-meeting/",
    outlet="Ocean FM", country="Ireland", topic="local", cut=False, published="2018-01-15",
    text=(T := "Row between Council Chief Executive and Cllr Declan Bree rumbles on at latest meeting\n"
          "A row over whether a commitment to give Sligo Co Council an extra €750,000 or not rumbled on today.\n"
          "The Chief Executive claims he was given the commitment three years ago, but Cllr Declan Bree claims this is not the case.\n"
          "The ongoing row is over whether row is over whether Sligo Co Council was granted 750,000 in local government funding or not.\n"
          "The Chief Executive, Ciaran Hayes claimes he was promised the money by Assisstant Secretary General of the Department of Local Government, Paul Lemass three years ago.\n"
          "Cllr Declan Bree however says he met Paul Lemass in February 2015 and he says he was told “in no uncertain terms” that this money wasn’t promised.\n"
          "But at todays Council meeting the Chief Executive again refuted these claims.\n"
          "Ciaran Hayes said the current style of engagement by Cllr Bree was unfair, unnessecary and has led to negative publicity.\n"
          "He also said he would never run to the media with only his side of events. Yet he said this was the stategy of Cllr Bree, and he said this was unnacceptable.\n"
          "Ciaran Hayes also said that the implication of Cllr Brees statements was that he was lying, and he said he takes that very seriously.\n"
          "Meanwhile a number of members of the Councils management team said that they attended the meeting with Paul Lemass, and they say he did give a commitment that Sligo Co Council would receive the 750,000 and that they back up Mr Hayes completely."),
    entities=[("hayes", "Ciaran Hayes", "PERSON",
               ["Hayes", "Mr Hayes", "The Chief Executive", "Council Chief Executive", "The Chief Executive, Ciaran Hayes"],
               "Chief Executive of Sligo County Council"),
              ("bree", "Declan Bree", "PERSON", ["Bree", "Cllr Bree", "Cllr Declan Bree"], "Sligo county councillor"),
              ("lemass", "Paul Lemass", "PERSON",
               ["Lemass", "Assisstant Secretary General of the Department of Local Government, Paul Lemass"],
               "Assistant Secretary General, Department of Local Government"),
              ("team", "members of the Councils management team", "GROUP",
               ["a number of members of the Councils management team"], "members of Sligo County Council's management team")],
    mentions=[("m1", "Council Chief Executive", "hayes"),
              ("m2", ("Cllr Declan Bree", "Cllr Declan Bree rumbles"), "bree"),
              ("m3", ("The Chief Executive", "The Chief Executive claims"), "hayes"),
              ("m4", ("Cllr Declan Bree", "Cllr Declan Bree claims"), "bree"),
              ("m5", "The Chief Executive, Ciaran Hayes", "hayes"),
              ("m6", "Assisstant Secretary General of the Department of Local Government, Paul Lemass", "lemass"),
              ("m7", ("Cllr Declan Bree", "Cllr Declan Bree however"), "bree"),
              ("m8", ("Paul Lemass", "Paul Lemass in February"), "lemass"),
              ("m9", ("he", "he says he was told"), "bree"),
              ("m10", ("the Chief Executive", "the Chief Executive again"), "hayes"),
              ("m11", ("Ciaran Hayes", "Ciaran Hayes said the current"), "hayes"),
              ("m12", ("Cllr Bree", "Cllr Bree was unfair"), "bree"),
              ("m13", ("He", "He also said"), "hayes"),
              ("m14", ("he", "he said this was the stategy"), "hayes"),
              ("m15", ("Cllr Bree", "Cllr Bree, and"), "bree"),
              ("m16", ("he", "he said this was unnacceptable"), "hayes"),
              ("m17", ("Ciaran Hayes", "Ciaran Hayes also said"), "hayes"),
              ("m18", ("he", "he said he takes"), "hayes"),
              ("m19", "a number of members of the Councils management team", "team"),
              ("m20", ("Paul Lemass", "Paul Lemass, and"), "lemass"),
              ("m21", ("they", "they say he did"), "team"),
              ("m22", ("he", "he did give"), "lemass"),
              ("m23", "Mr Hayes", "hayes")],
    attributions=[("a1", "INDIRECT", "m3", ("claims", "Chief Executive claims"), "he was given the commitment three years ago", None),
                  ("a2", "INDIRECT", "m4", ("claims", "Bree claims this"), "this is not the case", None),
                  ("a3", "INDIRECT", "m5", "claimes",
                   "he was promised the money by Assisstant Secretary General of the Department of Local Government, Paul Lemass three years ago", None),
                  ("a4", "INDIRECT", "m6", ("promised", "promised the money"), ("the money", "the money by"), "a3"),
                  ("a5", "INDIRECT", "m7", ("says", "however says"), "he met Paul Lemass in February 2015", None),
                  ("a6", "MIXED", "m9", ("says", "he says he was told"),
                   "he was told “in no uncertain terms” that this money wasn’t promised", None),
                  ("a7", "INDIRECT", None, ("told", "told “in"), "this money wasn’t promised", "a6"),
                  ("a8", "INDIRECT", "m10", "refuted", "these claims", None),
                  ("a9", "INDIRECT", "m11", ("said", "Hayes said the current"),
                   "the current style of engagement by Cllr Bree was unfair, unnessecary and has led to negative publicity", None),
                  ("a10", "INDIRECT", "m13", ("said", "He also said"), "he would never run to the media with only his side of events", None),
                  ("a11", "INDIRECT", "m14", ("said", "he said this was the stategy"), "this was the stategy of Cllr Bree", None),
                  ("a12", "INDIRECT", "m16", ("said", "he said this was unnacceptable"), "this was unnacceptable", None),
                  ("a13", "INDIRECT", "m17", ("said", "Hayes also said"),
                   "the implication of Cllr Brees statements was that he was lying", None),
                  ("a14", "INDIRECT", "m18", ("said", "he said he takes"), "he takes that very seriously", None),
                  ("a15", "INDIRECT", "m19", ("said", "management team said"), "they attended the meeting with Paul Lemass", None),
                  ("a16", "INDIRECT", "m21", ("say", "they say he did"),
                   "he did give a commitment that Sligo Co Council would receive the 750,000 and that they back up Mr Hayes completely", None),
                  ("a17", "INDIRECT", "m22", ("commitment", "a commitment that Sligo"), "Sligo Co Council would receive the 750,000", "a16")])

# ---------------------------------------------------------------------------------------
# Vijesti (English edition). The stored page gives no headline ("Empty nets and dreams of billions"
# is only in its address), so the text starts with the lead. The cross-head "Fish not even for
# fuel" is kept as printed (an unquoted label, not annotated). The stored copy breaks off in
# ""They forbid us to approach ... And our ", so the text is cut before that paragraph. The
# quotations close with two straight apostrophes ('') as printed.
# "They have disappeared, he says" is a claim with a trailing cue; "he attributes this to the
# drilling ..." is read like "described X as Y" (content "this to the drilling ..."). "warnings
# from environmentalists that ..." and "announcements that ..." are noun cues; the PP "from
# environmentalists" belongs to "warnings" only, so the announcements have no claimant named (null
# source), although a reader may guess. "Fishermen's complaints that ...": the possessive names
# the complainants, so "Fishermen" is the source mention (a GROUP apart from Vujičić).
# The ministry's "said that, according to the information they have, "..."": the "according to"
# phrase is the ministry's own hedge inside its claim and is not split off; content MIXED.
# Left out: "allegedly" (hedge), "searches in vain" (no speech).
doc("vijesti-montenegro-oil-drilling-fishermen-empty-nets",
    url="https://en.vijesti.me/news-b/society/560599/empty-nets-and-dreams-of-billions",
    outlet="Vijesti", country="Montenegro", topic="environment", cut=True,
    text=(T := "Experienced fisherman Branko Vujičić searches in vain for prawns and gambores on the bottom of the Adriatic. They have disappeared, he says, and he attributes this to the drilling of the seabed in search of oil.\n"
          "\"They lie at the very bottom. Probably the drilling causes some kind of vibration that drives the fish away. The prawns were completely lost, we couldn't catch two kilos, but we were catching a hundred, their price had dropped to three euros. They disappeared not only in Ulcinj and Bar, but more widely. I wander from border to border, and there are no prawns. They and sardines are food for all other fish,'' says Vujičić in an interview with the Center for Investigative Journalism of Montenegro (CIN-CG) and Monitor.\n"
          "On March 25, giant metal drills, Topaz Driller, drilled the seabed, 20 kilometers from the coast, between Ulcinj and Bar in search of oil. The investor, the Italian-Russian consortium Eni-Novatek will search for black gold up to a depth of 6.500 meters. It will be known whether there is oil in the Montenegrin seabed, allegedly, at the beginning of September.\n"
          "The journey to the bowels of the earth continues despite warnings from environmentalists that it is a risky undertaking and a violation of the Paris Agreement, and announcements that when the tourists leave, they will organize protests. Fishermen's complaints that because of drilling the sea is no longer as generous as before are also in vain. But that's why the work is going on with the blessing of the current government, which in this case continued where the previous one left off.\n"
          "Fish not even for fuel\n"
          "In a statement to CIN-CG/Monitor, the Ministry of Capital Investments said that, according to the information they have, \"the ongoing oil and gas explorations have not affected maritime traffic and the work of the Port Authority in any way. Traffic is moving normally and the situation is completely regular.''"),
    entities=[("vujicic", "Branko Vujičić", "PERSON", ["Vujičić", "Experienced fisherman Branko Vujičić"], "fisherman, Montenegrin coast"),
              ("environmentalists", "environmentalists", "GROUP", [], "environmental activists opposing the drilling"),
              ("fishermen", "Fishermen", "GROUP", [], "Montenegrin fishermen"),
              ("ministry", "the Ministry of Capital Investments", "ORGANIZATION", ["Ministry of Capital Investments"],
               "Montenegro's Ministry of Capital Investments")],
    mentions=[("m1", "Experienced fisherman Branko Vujičić", "vujicic"),
              ("m2", ("he", "he says"), "vujicic"),
              ("m3", ("he", "he attributes"), "vujicic"),
              ("m4", ("Vujičić", "Vujičić in an interview"), "vujicic"),
              ("m5", "environmentalists", "environmentalists"),
              ("m6", "Fishermen", "fishermen"),
              ("m7", "the Ministry of Capital Investments", "ministry")],
    attributions=[("a1", "INDIRECT", "m2", ("says", "he says"), "They have disappeared", None),
                  ("a2", "INDIRECT", "m3", "attributes", "this to the drilling of the seabed in search of oil", None),
                  ("a3", "DIRECT", "m4", ("says", "says Vujičić"), seg(T, "They lie at the very bottom", "all other fish,"), None),
                  ("a4", "INDIRECT", "m5", "warnings", "it is a risky undertaking and a violation of the Paris Agreement", None),
                  ("a5", "INDIRECT", None, "announcements", "when the tourists leave, they will organize protests", None),
                  ("a6", "INDIRECT", "m6", "complaints", "because of drilling the sea is no longer as generous as before", None),
                  ("a7", "MIXED", "m7", ("said", "Investments said"),
                   seg(T, "according to the information they have", "completely regular.''"), None)])

# ---------------------------------------------------------------------------------------
# Eyewitness News Bahamas. The headline is kept; its repetition and the photo caption ("Prime
# Minister Dr. Hubert Minnis (FILE PHOTO)") are left out. The stored copy breaks off in the next
# quotation (""…So if a particular island ... If yo"), so the text is cut before that paragraph.
# Headline: "defends X" is read like "Lind defended the design" (noun-phrase content), "PM" the
# source. "responded to criticisms surrounding his decision" has no content and is left out, as
# are "taken questions" and "providing weekly updates". The residents "questioning why ..." report
# a question of a named group (like "asked whether"); the source is the group's head NP without
# the list of islands. "shot those criticisms down" is read like "refuted these claims": the cue is
# "shot" (the particle "down" follows the object and spans are contiguous), content "those
# criticisms"; "noting that ..." is a second claim of the same mention (like "warning that").
doc("ewnews-minnis-defends-staggered-island-reopening",
    url="https://ewnews.com/pm-defends-staggered-reopening-of-some-islands-not-all",
    outlet="Eyewitness News Bahamas", country="Bahamas", topic="health-science", cut=True,
    text=(T := "PM defends staggered reopening of some islands, not all\n"
          "NASSAU, BAHAMAS — Prime Minister Dr Hubert Minnis yesterday responded to criticisms surrounding his decision to allow some Family Islands to reopen for commercial activity and not others, amid the country’s COVID-19 lockdown.\n"
          "During a one-on-one interview with ZNS’ Altovise Munnings, the prime minister explained that the government cannot open multiple islands simultaneously, given the risk of any island experiencing a viral outbreak of the respiratory illness.\n"
          "The interview, which is being released in parts, is the first time that the prime minister has taken questions from the press since the resignation of former Health Minister Dr Duane Sands.\n"
          "Minnis, who now serves as the temporary health minister, has also not participated in a Ministry of Health interactive press conference since April 19.\n"
          "Instead, the prime minister has been providing weekly updates via live televised national addresses.\n"
          "On Sunday, the prime minister announced that Cat Island, Long Island, Abaco and Andros could resume commercial this week, joining Inagua, Ragged Island, Rum Cay, Mayaguana, Crooked Island, Acklins and Long Cay.\n"
          "However, the announcement was met with anger and frustration from residents on remaining closed islands including Exuma, Eleuthera, and San Salvador, questioning why they did not qualify to reopen given that they too have no cases of the virus.\n"
          "But the prime minister shot those criticisms down, noting that The Bahamas simply does not have the capacity to transport possible cases to New Providence – especially given the $10,000 cost for a single incubation tent.\n"
          "“We must assume that there’s a possibility that individuals could enter the island and an island can possibly go viral on you,” Minnis said."),
    entities=[("minnis", "Hubert Minnis", "PERSON",
               ["Minnis", "Dr Hubert Minnis", "Prime Minister Dr Hubert Minnis", "the prime minister", "PM"],
               "Prime Minister of the Bahamas"),
              ("residents", "residents on remaining closed islands", "GROUP", ["residents"],
               "residents of Exuma, Eleuthera and San Salvador")],
    mentions=[("m1", ("PM", "PM defends"), "minnis"),
              ("m2", "Prime Minister Dr Hubert Minnis", "minnis"),
              ("m3", ("the prime minister", "the prime minister explained"), "minnis"),
              ("m4", ("the prime minister", "the prime minister has taken"), "minnis"),
              ("m5", ("Minnis", "Minnis, who now"), "minnis"),
              ("m6", ("the prime minister", "the prime minister has been providing"), "minnis"),
              ("m7", ("the prime minister", "the prime minister announced"), "minnis"),
              ("m8", "residents on remaining closed islands", "residents"),
              ("m9", ("the prime minister", "the prime minister shot"), "minnis"),
              ("m10", ("Minnis", "Minnis said"), "minnis")],
    attributions=[("a1", "INDIRECT", "m1", "defends", "staggered reopening of some islands, not all", None),
                  ("a2", "INDIRECT", "m3", "explained",
                   "the government cannot open multiple islands simultaneously, given the risk of any island experiencing a viral outbreak of the respiratory illness", None),
                  ("a3", "INDIRECT", "m7", "announced",
                   "Cat Island, Long Island, Abaco and Andros could resume commercial this week, joining Inagua, Ragged Island, Rum Cay, Mayaguana, Crooked Island, Acklins and Long Cay", None),
                  ("a4", "INDIRECT", "m8", "questioning",
                   "why they did not qualify to reopen given that they too have no cases of the virus", None),
                  ("a5", "INDIRECT", "m9", "shot", "those criticisms", None),
                  ("a6", "INDIRECT", "m9", "noting",
                   "The Bahamas simply does not have the capacity to transport possible cases to New Providence – especially given the $10,000 cost for a single incubation tent", None),
                  ("a7", "DIRECT", "m10", ("said", "Minnis said"), seg(T, "We must assume that", "go viral on you,"), None)])

# ---------------------------------------------------------------------------------------
# Gibraltar Panorama, print view. The stored page has no headline, so the text starts with the
# lead; the blank lines are dropped. The text ends with the last paragraph the stored copy gives.
# "She left unclear what ... would be, says the GSD": the GSD's claim holds a nested omission of
# the minister, read like "did not say when" (seed a9/a10): cue "left unclear", content the
# what-clause. "Her exact words were: “...”" is a DIRECT quotation with the noun cue "words" and
# the possessive "Her" as source. Azopardi's quotation opens with a curly mark, reopens twice with
# straight marks ("Clearly ..., "Our future ...) and closes with a curly mark at "process.": as
# printed it is one quotation over two paragraphs (inner marks do not change its type).
# "The Government says it is concerned at the throw-away line ..." keeps the government's attitude
# in its own claim (MIXED: the quoted phrase at its end); "in which she referred to ‘...’" is a
# speech act in a relative clause inside that claim, nested, its content the quotation (DIRECT).
# "the Spanish Foreign Minister" and "the Gibraltar Government" inside Azopardi's quotation are
# non-source mentions of the two entities. Not split off: "has already been raised with London"
# (agentless, no content) and "We would expect ..." (Azopardi's own attitude in his quotation).
doc("gibraltarpanorama-gsd-gonzalez-laya-new-status-remark",
    url="http://www.gibraltarpanorama.gi/170840?format=print",
    outlet="Gibraltar Panorama", country="Gibraltar", topic="politics", cut=False,
    text=(T := "Towards the end of a wide-ranging interview on Cadena Ser Radio yesterday morning the Spanish Foreign Minister Arancha Gonzalez Laya said that there were a number of forthcoming challenges for the Spanish Government including the bilateral negotiation between the UK and Spain of a new status for Gibraltar.\n"
          "She left unclear what the Spanish view of that new status would be, says the GSD.\n"
          "Her exact words were: “tenemos grandes retos delante por delante hay que aprobar un fondo de recuperación en Europa, hay que negociar el Brexit y un nuevo estatus para Gibraltar entre España y el Reino Unido…”\n"
          "The Leader of the Opposition, Keith Azopardi said: “We do not know if this has already been raised with London or with the Gibraltar Government or this is simply a statement of pure aspiration from the Spanish Foreign Minister. \"Clearly no-one will have learned the lessons of the past if there is an attempt at the bilateral negotiation of anything affecting Gibraltar or touching upon our status, sovereignty, jurisdiction or control. We would expect the Gibraltar Government to be alive to all this and to ensure that no process is undergone, under the guise of a BREXIT discussion, that allows any bilateral negotiation and still less agreement affecting our status.\n"
          "\"Our future can only be decided by us. We need to be careful that decades of defending our right to self-determination is not eroded in any BREXIT process.”\n"
          "The Government says it is concerned at the throw-away line in an interview yesterday morning on Cadena Ser by the Minister for Foreign Affairs, the European Union and Cooperation, Ms Gonzalez Laya, in which she referred to ‘agreeing a new status for Gibraltar between Spain and the United Kingdom’."),
    entities=[("laya", "Arancha Gonzalez Laya", "PERSON",
               ["Gonzalez Laya", "Ms Gonzalez Laya", "the Spanish Foreign Minister",
                "the Spanish Foreign Minister Arancha Gonzalez Laya",
                "the Minister for Foreign Affairs, the European Union and Cooperation, Ms Gonzalez Laya"],
               "Spanish Foreign Minister"),
              ("gsd", "the GSD", "ORGANIZATION", ["GSD"], "Gibraltar Social Democrats, the opposition party"),
              ("azopardi", "Keith Azopardi", "PERSON", ["Azopardi", "The Leader of the Opposition, Keith Azopardi"],
               "Leader of the Opposition, Gibraltar"),
              ("govt", "The Government", "ORGANIZATION", ["the Gibraltar Government", "Gibraltar Government"],
               "HM Government of Gibraltar")],
    mentions=[("m1", "the Spanish Foreign Minister Arancha Gonzalez Laya", "laya"),
              ("m2", ("She", "She left"), "laya"),
              ("m3", "the GSD", "gsd"),
              ("m4", ("Her", "Her exact"), "laya"),
              ("m5", "The Leader of the Opposition, Keith Azopardi", "azopardi"),
              ("m6", ("the Gibraltar Government", "the Gibraltar Government or"), "govt"),
              ("m7", ("the Spanish Foreign Minister", "the Spanish Foreign Minister. "), "laya"),
              ("m8", ("the Gibraltar Government", "the Gibraltar Government to be"), "govt"),
              ("m9", ("The Government", "The Government says"), "govt"),
              ("m10", "the Minister for Foreign Affairs, the European Union and Cooperation, Ms Gonzalez Laya", "laya"),
              ("m11", ("she", "she referred"), "laya")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Laya said"),
                   "there were a number of forthcoming challenges for the Spanish Government including the bilateral negotiation between the UK and Spain of a new status for Gibraltar", None),
                  ("a2", "INDIRECT", "m3", ("says", "says the GSD"), "She left unclear what the Spanish view of that new status would be", None),
                  ("a3", "INDIRECT", "m2", "left unclear", "what the Spanish view of that new status would be", "a2"),
                  ("a4", "DIRECT", "m4", "words", seg(T, "tenemos grandes retos", "Reino Unido…"), None),
                  ("a5", "DIRECT", "m5", ("said", "Azopardi said"), seg(T, "We do not know if", "in any BREXIT process."), None),
                  ("a6", "MIXED", "m9", ("says", "Government says"),
                   seg(T, "it is concerned at the throw-away line", "the United Kingdom’"), None),
                  ("a7", "DIRECT", "m11", "referred to", "agreeing a new status for Gibraltar between Spain and the United Kingdom", "a6")])

# ---------------------------------------------------------------------------------------
# Lake Country Calendar (a Penticton court story). The headline and the standfirst are kept; the
# image file name and the photo caption are left out, and so is the link line ("Read more:
# Sentencing delayed for Penticton sex offender (Disturbing content)"). The stored copy breaks off
# in "... was told a", so the text is cut before that paragraph.
# "A Penticton defence lawyer excoriated a “scandalous” delay ...": evaluative reporting with a
# noun-phrase content (MIXED); the time and place phrase after it is an adjunct. The role
# description resolves to James Pennington, whom the text names below. The girl "who claimed to
# be an 18-year-old single mother" is the antecedent of the relative clause (source "an 11-year-old
# girl", without the clause "he met on Plenty of Fish"). Pennington's argument ends at "disorder":
# ", which was the purpose for a cognitive assessment ordered in May" is read as the reporter's
# gloss. "told the court A, adding B" is two claims of one mention. The last quotation has no
# reporting clause of its own and continues Pennington (null cue).
# Not claims: the headline's scare quotes, "pleaded guilty" (a plea, no content), and the hedge
# "likely" in the standfirst.
doc("lakecountrycalendar-penticton-sentencing-psych-assessment-delay",
    url="https://www.lakecountrycalendar.com/news/scandalous-delays-in-psych-assessment-for-sex-offenders-sentencing/",
    outlet="Lake Country Calendar", country="Canada", topic="courts-crime", cut=True,
    text=(T := "‘Scandalous’ delays put off sex offender’s sentencing\n"
          "A report ordered in May for the 1,000-day-old case likely won’t come until October\n"
          "A Penticton defence lawyer excoriated a “scandalous” delay for a cognitive assessment at what was intended to be a sentencing hearing for sex assault charges Wednesday morning.\n"
          "Rick Allen, 27, pleaded guilty to one count of sexual assault in January in Penticton’s courthouse, but he’s still yet to receive sentencing, which was scheduled for Wednesday.\n"
          "Allen had sex with an 11-year-old girl he met on Plenty of Fish, who claimed to be an 18-year-old single mother.\n"
          "In a January court date, Crown counsel Nashina Devji argued there was a judgement call that Allen failed to make when he realized the girl was likely underage after meeting her in person.\n"
          "However, Allen’s lawyer James Pennington argued the failed judgement call was a result of his struggles with ADHD and fetal alcohol spectrum disorder, which was the purpose for a cognitive assessment ordered in May.\n"
          "When called forward Wednesday morning, Pennington told the court Allen wasn’t in a financial position to make it to Penticton for the hearing, adding he was also concerned about an October date for receiving a psychiatric evaluation.\n"
          "“I am not prepared to wait until Oct. 31,” Judge Meg Shaw said.\n"
          "“I don’t want to wait until October, either,” Pennington responded. “But I think it’s grossly unfair to the accused to get penalized just because the government can’t see fit to adequately fund the forensic psychiatric tests.”"),
    entities=[("pennington", "James Pennington", "PERSON",
               ["Pennington", "Allen’s lawyer James Pennington", "A Penticton defence lawyer"], "defence lawyer for Rick Allen"),
              ("girl", "an 11-year-old girl", "PERSON", ["the girl"], "the victim"),
              ("devji", "Nashina Devji", "PERSON", ["Devji", "Crown counsel Nashina Devji"], "Crown counsel"),
              ("shaw", "Meg Shaw", "PERSON", ["Shaw", "Judge Meg Shaw"], "provincial court judge, Penticton")],
    mentions=[("m1", "A Penticton defence lawyer", "pennington"),
              ("m2", "an 11-year-old girl", "girl"),
              ("m3", "Crown counsel Nashina Devji", "devji"),
              ("m4", ("the girl", "the girl was likely"), "girl"),
              ("m5", "Allen’s lawyer James Pennington", "pennington"),
              ("m6", ("Pennington", "Pennington told"), "pennington"),
              ("m7", "Judge Meg Shaw", "shaw"),
              ("m8", ("Pennington", "Pennington responded"), "pennington")],
    attributions=[("a1", "MIXED", "m1", "excoriated", "a “scandalous” delay for a cognitive assessment", None),
                  ("a2", "INDIRECT", "m2", "claimed", "to be an 18-year-old single mother", None),
                  ("a3", "INDIRECT", "m3", ("argued", "Devji argued"),
                   "there was a judgement call that Allen failed to make when he realized the girl was likely underage after meeting her in person", None),
                  ("a4", "INDIRECT", "m5", ("argued", "Pennington argued"),
                   "the failed judgement call was a result of his struggles with ADHD and fetal alcohol spectrum disorder", None),
                  ("a5", "INDIRECT", "m6", "told",
                   "Allen wasn’t in a financial position to make it to Penticton for the hearing", None),
                  ("a6", "INDIRECT", "m6", "adding",
                   "he was also concerned about an October date for receiving a psychiatric evaluation", None),
                  ("a7", "DIRECT", "m7", ("said", "Shaw said"), "I am not prepared to wait until Oct. 31,", None),
                  ("a8", "DIRECT", "m8", "responded", "I don’t want to wait until October, either,", None),
                  ("a9", "DIRECT", "m8", None, seg(T, "But I think it’s grossly unfair", "psychiatric tests."), None)])

# ---------------------------------------------------------------------------------------
# St Vincent Times. The stored page gives no headline, so the text starts with the lead; it ends
# with the last paragraph kept here. The date is the page's.
# "believes there could be a need ..." is a belief with a named subject (included). The first
# quotation opens twice (“What I do ... lotto. “Whether ...) and closes once: as printed it is one
# quotation, with "said" as cue. "He also identified some possible barriers ..." is read like
# "mentioned his earlier crime" (noun-phrase content); the quotation after it has no reporting
# clause of its own and continues "He" (null cue). "expressed his desire to see ..." is read like
# "voiced the hope"; "As part of this discussion" is an adjunct, while the as-clause giving the
# reason is kept in the claim. "The possibility of a fund was mentioned by Gonsalves" is a passive
# with a named agent: the subject is the content, "while speaking on ..." an adjunct.
# Not claims: the cocktail and the awards (actions).
doc("stvincenttimes-gonsalves-fund-for-athletes",
    url="https://www.stvincenttimes.com/st-vincent-government-considers-funding-for-local-athletes/",
    outlet="St Vincent Times", country="Saint Vincent and the Grenadines", topic="sport", cut=False,
    published="2022-05-17",
    text=(T := "As more athletes leave St. Vincent and the Grenadines for competitions and academic opportunities, this country’s Prime Minister Ralph Gonsalves believes there could be a need to create a fund to help with the nutrition of these athletes.\n"
          "“What I do is always talk to them about keeping the ministry informed, giving us good notice as to-I would like if we could get it on an annual basis so that we could set aside a particular fund, put aside a certain amount of money through the lotto. “Whether it is half a million dollars, three-quarters of a million dollars for coaches and athletes and their households,” Gonsalves said.\n"
          "According to the prime minister, schools, coaches, and ministries will need to work together to make such a fund possible.\n"
          "He also identified some possible barriers to cooperation in this endeavour.\n"
          "“As you know, some leaders of team athletics are more interested in playing politics than cooperating with the government, even though we are doing a fantastic amount of work in sports”.\n"
          "As part of this discussion, Prime Minister Gonsalves expressed his desire to see a greater level of cooperation in the country, as everyone had been through not just one, but two trying events: the COVID-19 pandemic and the explosive eruption of the La Soufriere Volcano.\n"
          "The Prime Minister’s residence held a cocktail celebrating the nation’s athletes’ outstanding performances at the recently held CARIFTA games in Jamaica, at which athletes who brought home silver and bronze medals were awarded 1000 dollars, while the rest of the team received 500 dollars.\n"
          "The possibility of a fund was mentioned by Gonsalves while speaking on the WEFM issue at Hand Programme."),
    entities=[("gonsalves", "Ralph Gonsalves", "PERSON",
               ["Gonsalves", "Prime Minister Gonsalves", "Prime Minister Ralph Gonsalves", "the prime minister",
                "this country’s Prime Minister Ralph Gonsalves"],
               "Prime Minister of Saint Vincent and the Grenadines")],
    mentions=[("m1", "this country’s Prime Minister Ralph Gonsalves", "gonsalves"),
              ("m2", ("Gonsalves", "Gonsalves said"), "gonsalves"),
              ("m3", "the prime minister", "gonsalves"),
              ("m4", ("He", "He also identified"), "gonsalves"),
              ("m5", "Prime Minister Gonsalves", "gonsalves"),
              ("m6", ("Gonsalves", "Gonsalves while speaking"), "gonsalves")],
    attributions=[("a1", "INDIRECT", "m1", "believes",
                   "there could be a need to create a fund to help with the nutrition of these athletes", None),
                  ("a2", "DIRECT", "m2", ("said", "Gonsalves said"), seg(T, "What I do is always", "their households,"), None),
                  ("a3", "INDIRECT", "m3", "According to",
                   "schools, coaches, and ministries will need to work together to make such a fund possible", None),
                  ("a4", "INDIRECT", "m4", "identified", "some possible barriers to cooperation in this endeavour", None),
                  ("a5", "DIRECT", "m4", None, seg(T, "As you know, some leaders", "amount of work in sports"), None),
                  ("a6", "INDIRECT", "m5", "expressed his desire",
                   seg(T, "to see a greater level of cooperation", "La Soufriere Volcano"), None),
                  ("a7", "INDIRECT", "m6", "mentioned", "The possibility of a fund", None)])

# ---------------------------------------------------------------------------------------
# A.M. Costa Rica (archive site). The headline is kept; the footer ("This entry was posted in
# Costa Rica News. Bookmark the permalink.") is left out. The stored copy ends with the last
# paragraph kept here; the page gives no day of publication.
# Entities: the Cámara de Hoteles ("the hotel group", "the organization", "the hotel chamber",
# "the chamber"), its board of directors, its members, and its spokespersons are kept apart (a
# body and its representatives are separate entities). "The board cited X ... as reasons to ..."
# is read like "described X as Y". "decided last week to drop ..." is a decision (an action) and
# left out, as is the tourism chamber board's "rejected the recommendation" (a decision, inside
# the hotel group's claim). "it was concluded that ..." is an agentless passive nested in the
# hotel group's claim (null source); "At the committee level" stays in the outer claim only.
# The spokespersons' second claim runs over the coordinated clause ("and the hotel chamber
# members submitted a request ...") that "said that" governs. Left out: "realized" (a state of
# knowledge) and "signified" (an evidential), both inside claims, and "submitted a request" (its
# so-that clause is a purpose, not a content).
doc("amcostarica-hotel-chamber-leaves-tourism-chamber",
    url="http://amcostaricaarchives.com/2012/12/hotel-chamber-ends-its-affiliation-with-tourism-chamber/",
    outlet="A.M. Costa Rica", country="Costa Rica", topic="business", cut=False,
    text=(T := "Hotel chamber ends its affiliation with tourism chamber\n"
          "The board of directors at the Cámara de Hoteles decided last week to drop its relationship with the national tourism chamber. The board cited accounting problems and the resistance of the Cámara Nacional de Turismo to reforms worked on for months by the hotel chamber as reasons to become an independent entity.\n"
          "Members of the hotel chamber said that they established contact with organizations such as the Asociación de Líneas Aéreas and the Asociación Costarricense de Autorrentistas to decide if the reason for leaving the tourism chamber was justified.\n"
          "This was done because the chamber realized its entrepreneurs are an important part of the tourism economy, spokespersons said. The spokespersons said that research from June to September signified the need for the tourism chamber to become stronger, and the hotel chamber members submitted a request to the tourism chamber so that an internal commission could analyze and create a technical proposal to reform the bylaws related to the budget.\n"
          "At the committee level it was concluded that a financial analysis was necessary before any big steps were taken, and it was more practical to make an amendment to the tourism chamber statutes that varied the different board of directors and removed permanent board members, said the hotel group.\n"
          "However, the board of directors of the tourism chamber rejected the recommendation and, when taken to the general assembly, the case was suspended, the hotel group said. This led the hotel chamber to separate from the tourism chamber, the organization said."),
    entities=[("board", "The board of directors at the Cámara de Hoteles", "ORGANIZATION", ["The board"],
               "board of directors of the Cámara de Hoteles"),
              ("chamber", "Cámara de Hoteles", "ORGANIZATION",
               ["the hotel chamber", "the hotel group", "the organization", "the chamber"], "Costa Rica's hotel chamber"),
              ("members", "Members of the hotel chamber", "GROUP", [], "members of the Cámara de Hoteles"),
              ("spokespersons", "spokespersons", "GROUP", ["The spokespersons"], "spokespersons of the Cámara de Hoteles")],
    mentions=[("m1", "The board of directors at the Cámara de Hoteles", "board"),
              ("m2", ("The board", "The board cited"), "board"),
              ("m3", ("the hotel chamber", "the hotel chamber as reasons"), "chamber"),
              ("m4", "Members of the hotel chamber", "members"),
              ("m5", ("the chamber", "the chamber realized"), "chamber"),
              ("m6", ("spokespersons", "spokespersons said. "), "spokespersons"),
              ("m7", "The spokespersons", "spokespersons"),
              ("m8", ("the hotel group", "said the hotel group"), "chamber"),
              ("m9", ("the hotel group", "the hotel group said"), "chamber"),
              ("m10", ("the hotel chamber", "the hotel chamber to separate"), "chamber"),
              ("m11", "the organization", "chamber")],
    attributions=[("a1", "INDIRECT", "m2", "cited",
                   seg(T, "accounting problems and the resistance", "to become an independent entity"), None),
                  ("a2", "INDIRECT", "m4", ("said", "chamber said that they"),
                   seg(T, "they established contact with organizations", "was justified"), None),
                  ("a3", "INDIRECT", "m6", ("said", "spokespersons said. "),
                   "This was done because the chamber realized its entrepreneurs are an important part of the tourism economy", None),
                  ("a4", "INDIRECT", "m7", ("said", "The spokespersons said"),
                   seg(T, "research from June to September", "related to the budget"), None),
                  ("a5", "INDIRECT", "m8", ("said", "said the hotel group"),
                   seg(T, "At the committee level", "removed permanent board members"), None),
                  ("a6", "INDIRECT", None, "concluded",
                   seg(T, "a financial analysis was necessary", "removed permanent board members"), "a5"),
                  ("a7", "INDIRECT", "m9", ("said", "the hotel group said"),
                   seg(T, "the board of directors of the tourism chamber rejected", "the case was suspended"), None),
                  ("a8", "INDIRECT", "m11", ("said", "organization said"), "This led the hotel chamber to separate from the tourism chamber", None)])

write("train_cu.jsonl")
