#!/usr/bin/env python3
"""Writes train_bb.jsonl: real-news gold, split train-bb (see gold.py). Run: python3 make_train_bb.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored copy breaks off inside Ivanishvili's statement ("It is unacceptable t"); the text is
# cut at the last whole paragraph before it. A "read more" link ("• Tbilisi Pride: just whose
# rights are being ensured?") is removed. The two unquoted cross-heads are kept as printed; they are
# labels, not claims. Typos ("European Georgian", "GeorgianMP", "Georia") are kept as printed.
# The headline's "Scandal in Georgian parliament:" is a topic label, and "speaks from ... chair"
# has no content: not annotated. "protested the opening of the session ..." takes its noun phrase
# as content, as the corpus does ("Residents protest the overdevelopment of Gozo"). "gave the
# Russian MPs half an hour to leave" is an ultimatum given as an action, and "expressed their
# indignation" has no content (FORMAT.md, Excluded): not annotated. The opposition's descriptions
# in one scene ("opposition MPs", "the parliamentary opposition", "Opposition members of ...") are
# one GROUP (FORMAT.md, Coreference). Ivanishvili's claim is in a relative clause ("a written
# statement in which he called ..."); its speaker is "he", the statement's author.
doc("jamnews-georgia-russian-mp-speaker-chair-scandal",
    url="https://jam-news.net/scandal-in-georgian-parliament-russian-mp-speaks-from-parliamentary-speakers-chair/",
    outlet="JAMnews", country="Georgia", topic="politics", cut=True,
    text=(T := "Scandal in Georgian parliament: Russian MP speaks from parliamentary speaker’s chair\n"
          "A session of the Interparliamentary Assembly of Orthodoxy came to a scandalous end today after being ejected from the parliament of Georgia on June 20.\n"
          "Both foreign and local MPs had to leave the parliament building after opposition MPs protested the opening of the session by Russian MP Sergey Gavrilov from the chair of the parliamentary speaker.\n"
          "The session was interrupted after the break, when the parliamentary opposition said they would not allow the event to continue in the parliament.\n"
          "The opposition’s protest\n"
          "Opposition members of the United National Movement and European Georgian gave the Russian MPs half an hour to leave or be taken out of the building.\n"
          "“If these people are not taken out of the parliament building, we will mobilise the people, and we will bring people not only in front of the parliament, but into the hall itself”, United National Movement MP Salome Samadashvili said.\n"
          "“The main problem is, of course, the fact that this all happened in the parliamentary session hall. They defiled our parliament. Mr. Gavrilov sat in the speaker’s chair. [He was in] Abkhazia during the war, and it is clear that he was not there as a tourist. The fact he sat in the speaker’s chair is offensive, but the main problem is not in [the issue in the] building, but the fact that such people are on the territory of Georia”, said European GeorgianMP Giorgi Kandelaki.\n"
          "Public outrage, government justification\n"
          "Following the protest of the opposition, representatives of the ruling party also expressed their indignation.\n"
          "The party’s leader, Bidzina Ivanishvili, released a written statement in which he called what was happening a “protocol error” that “would by no means be left without proper response.”"),
    entities=[("opposition", "the parliamentary opposition", "GROUP",
               ["opposition MPs", "Opposition members of the United National Movement and European Georgian"],
               "Georgian opposition MPs of the United National Movement and European Georgia"),
              ("samadashvili", "Salome Samadashvili", "PERSON",
               ["Samadashvili", "United National Movement MP Salome Samadashvili"], "United National Movement MP"),
              ("kandelaki", "Giorgi Kandelaki", "PERSON",
               ["Kandelaki", "European GeorgianMP Giorgi Kandelaki"], "European Georgia MP"),
              ("ivanishvili", "Bidzina Ivanishvili", "PERSON",
               ["Ivanishvili", "The party’s leader, Bidzina Ivanishvili"], "leader of the ruling Georgian Dream party")],
    mentions=[("m1", ("opposition MPs", "opposition MPs protested"), "opposition"),
              ("m2", "the parliamentary opposition", "opposition"),
              ("m3", "Opposition members of the United National Movement and European Georgian", "opposition"),
              ("m4", "United National Movement MP Salome Samadashvili", "samadashvili"),
              ("m5", "European GeorgianMP Giorgi Kandelaki", "kandelaki"),
              ("m6", "The party’s leader, Bidzina Ivanishvili", "ivanishvili"),
              ("m7", ("he", "in which he called"), "ivanishvili")],
    attributions=[("a1", "INDIRECT", "m1", "protested",
                   "the opening of the session by Russian MP Sergey Gavrilov from the chair of the parliamentary speaker", None),
                  ("a2", "INDIRECT", "m2", ("said", "opposition said"),
                   "they would not allow the event to continue in the parliament", None),
                  ("a3", "DIRECT", "m4", ("said", "Samadashvili said"),
                   seg(T, "If these people are not taken", "into the hall itself"), None),
                  ("a4", "DIRECT", "m5", ("said", "said European"),
                   seg(T, "The main problem is, of course", "the territory of Georia"), None),
                  ("a5", "MIXED", "m7", "called",
                   "what was happening a “protocol error” that “would by no means be left without proper response.”", None)])

# ---------------------------------------------------------------------------------------
# The date line ("News 28 Nov 12") and the section label ("Justice Report") are removed. The stored
# copy breaks off inside S-4's next answer; the text is cut at the last whole paragraph before it.
# The typo "laywer" is kept as printed.
# "The defence of Veselin “Batko” Vlahović" (the defence team) and its lawyer Lazarevic are
# separate speakers (FORMAT.md, Coreference: a group's representatives are separate entities);
# "Batko’s Lawyer" and "the defence lawyer" are Lazarevic. "The prosecution charges Vlahovic with
# ..." has a named claimant and is annotated like "accused X of Y" (the accused and the charge are
# the content); the agentless "who is charged with war crimes" is a legal act, not annotated.
# "came to the hearing in order to testify" is an intended act that did not happen: not annotated.
# "questioned the protected witness, S-4, whether ..." and "asked the witness about discrepancies"
# are questions reported of a named speaker; the addressee is left out, and "about" only links the
# cue (FORMAT.md, Spans). "specifying that ..." is a second claim of Lazarevic ("suggesting" in
# FORMAT.md); the witness's two statements it reports are nested in it.
doc("balkaninsight-batko-lawyer-defence-case-agony",
    url="http://www.balkaninsight.com/en/article/batko-s-lawyer-claims-defence-case-is-agony",
    outlet="Balkan Insight", country="Bosnia and Herzegovina", topic="courts-crime", cut=True,
    published="2012-11-28",
    text=(T := "Batko’s Lawyer Claims Defence Case is Agony\n"
          "The defence of Veselin “Batko” Vlahović, who is charged with war crimes in Sarajevo in 1992, gave up calling the remaining witnesses saying its evidence presentation was a “time of agony”.\n"
          "Vlahovic’s laywer, Radivoje Lazarevic, gave up on calling the last six witnesses and announced he would enter material exhibits into evidence next week and thus end the defence’s evidence hearing.\n"
          "Although the expert witness Omer Cehajic, a neuro-psychiatrist, came to the hearing in order to testify about the health of four potential defence witnesses, the defence lawyer decided not to question him.\n"
          "“Witnesses for the defence refused to come to the trial for ethical reasons and I do not wish to force anyone to come to the courtroom,” said Lazarevic.\n"
          "The prosecution charges Vlahovic with murdering and taking part in the murder of several persons, rape, abuse and torture of civilians and taking of their money in 1992 committed in the Sarajevo neighbourhoods Grbavica, Vraca and Kovacici.\n"
          "During the court session on Wednesday, the defence questioned the protected witness, S-4, whether she was raped before or after her neighbours were taken away from her building.\n"
          "“I know that at the beginning of the war Batko took away four neighbours from our building, but whether he took me to the garages where I was raped before or after that I really cannot remember,” said S-4.\n"
          "In her testimony from December last year, the witness said that on several occasions Vlahovic took her to the garage in the Grbavica shopping mall and raped her.\n"
          "Lazarevic asked the witness about discrepancies in her testimonies, specifying that in her statement at the Cantonal Court in Sarajevo she said that she left Grbavica on June 17, 1994, while she told the Prosecution of Bosnia and Herzegovina that it was in April 1995."),
    entities=[("defence", "The defence of Veselin “Batko” Vlahović", "GROUP", ["the defence"],
               "Vlahović's defence team"),
              ("lazarevic", "Radivoje Lazarevic", "PERSON",
               ["Lazarevic", "Vlahovic’s laywer, Radivoje Lazarevic", "Batko’s Lawyer", "the defence lawyer"],
               "Vlahović's defence lawyer"),
              ("prosecution", "The prosecution", "ORGANIZATION", ["the Prosecution of Bosnia and Herzegovina"],
               "Prosecution of Bosnia and Herzegovina"),
              ("s4", "S-4", "PERSON", ["the protected witness, S-4", "the witness"], "protected prosecution witness")],
    mentions=[("m1", "Batko’s Lawyer", "lazarevic"),
              ("m2", "The defence of Veselin “Batko” Vlahović", "defence"),
              ("m3", "Vlahovic’s laywer, Radivoje Lazarevic", "lazarevic"),
              ("m4", "the defence lawyer", "lazarevic"),
              ("m5", ("Lazarevic", "said Lazarevic"), "lazarevic"),
              ("m6", "The prosecution", "prosecution"),
              ("m7", ("the defence", "the defence questioned"), "defence"),
              ("m8", "the protected witness, S-4", "s4"),
              ("m9", ("S-4", "said S-4"), "s4"),
              ("m10", ("the witness", "the witness said"), "s4"),
              ("m11", ("Lazarevic", "Lazarevic asked"), "lazarevic"),
              ("m12", ("the witness", "asked the witness"), "s4"),
              ("m13", ("she", "she said that she left"), "s4"),
              ("m14", ("she", "she told the"), "s4"),
              ("m15", "the Prosecution of Bosnia and Herzegovina", "prosecution")],
    attributions=[("a1", "INDIRECT", "m1", "Claims", "Defence Case is Agony", None),
                  ("a2", "MIXED", "m2", "saying", "its evidence presentation was a “time of agony”", None),
                  ("a3", "INDIRECT", "m3", "announced",
                   seg(T, "he would enter material exhibits", "the defence’s evidence hearing"), None),
                  ("a4", "DIRECT", "m5", ("said", "said Lazarevic"),
                   seg(T, "Witnesses for the defence refused", "come to the courtroom,"), None),
                  ("a5", "INDIRECT", "m6", "charges",
                   seg(T, "Vlahovic with murdering", "Grbavica, Vraca and Kovacici"), None),
                  ("a6", "INDIRECT", "m7", "questioned",
                   "whether she was raped before or after her neighbours were taken away from her building", None),
                  ("a7", "DIRECT", "m9", ("said", "said S-4"),
                   seg(T, "I know that at the beginning of the war", "I really cannot remember,"), None),
                  ("a8", "INDIRECT", "m10", ("said", "the witness said"),
                   "on several occasions Vlahovic took her to the garage in the Grbavica shopping mall and raped her", None),
                  ("a9", "INDIRECT", "m11", "asked", "discrepancies in her testimonies", None),
                  ("a10", "INDIRECT", "m11", "specifying",
                   seg(T, "in her statement at the Cantonal Court", "it was in April 1995"), None),
                  ("a11", "INDIRECT", "m13", ("said", "she said that she left"), "she left Grbavica on June 17, 1994", "a10"),
                  ("a12", "INDIRECT", "m14", ("told", "she told the"), "it was in April 1995", "a10")])

# ---------------------------------------------------------------------------------------
# The stored copy ends after Kurt's quotation; the article is taken as the stored page gives it.
# The page gives no date. The villagers are one collective in one scene ("Villagers", "Displaced
# residents ...", "A group of 100 villagers ...", "Its former residents", "The group", "the
# villagers"): one GROUP (FORMAT.md, Coreference). The headline's "in protest of mine operation" is
# a noun cue with its content, as the corpus takes "Residents protest the overdevelopment of Gozo";
# "gathered to protest the lead and zinc mine ..., for the ... harm it has caused" keeps the
# grievance ("for ...") as part of what is protested (as "rebuked X for ..." keeps the charge).
# "in hopes of repairing ..." is an adjunct of the demanding and is left out (FORMAT.md, Adjuncts).
# "their demands were denied" and "made the announcement" have no content: not annotated. The
# quotation after "described how ..." has no reporting clause of its own and continues Kurt
# (null cue).
doc("duvarenglish-kavakli-villagers-vigil-mine",
    url="https://duvarenglish.com/villagers-in-eastern-turkey-begin-vigil-in-protest-of-mine-operation-gallery-64257",
    outlet="Duvar English", country="Turkey", topic="environment", cut=False,
    text=(T := "Villagers in eastern Turkey begin vigil in protest of mine operation\n"
          "Displaced residents of the Kavaklı village in eastern Turkey began a vigil protest at the lead and zinc mine that has taken over the village since 2007, demanding an immediate stop to the operations in hopes of repairing the environmental and financial damage to the region.\n"
          "A group of 100 villagers from Kavaklı (Marînus) in Turkey’s eastern province of Hakkari on April 24 gathered to protest the lead and zinc mine in operation since 2007, for the environmental and social harm it has caused in the now desolate village.\n"
          "The village was evacuated in 1995 because of the armed conflict that had spread to the region.\n"
          "Its former residents, now living in different cities and villages in the eastern provinces of Hakkari and Van, convened in front of the mine owned by Karakaya Mining and Sedex Resources.\n"
          "The group first met with two company representatives under gendarmerie surveillance to demand stopping operations.\n"
          "They began the watch after their demands were denied, deciding to take turns at the mine site.\n"
          "Salih Kurt made the announcement on behalf of the villagers and described how the village was harmed by the mining activities.\n"
          "“Our soil was contaminated and lost its yield because of the mine that has been operating for 18 years. Our water sources were poisoned, they became non-potable.”"),
    entities=[("villagers", "Displaced residents of the Kavaklı village", "GROUP",
               ["Villagers", "the villagers", "A group of 100 villagers from Kavaklı", "Its former residents", "The group"],
               "displaced residents of Kavaklı (Marînus), Hakkari"),
              ("kurt", "Salih Kurt", "PERSON", ["Kurt"], "spokesman of the Kavaklı villagers")],
    mentions=[("m1", "Villagers in eastern Turkey", "villagers"),
              ("m2", "Displaced residents of the Kavaklı village in eastern Turkey", "villagers"),
              ("m3", "A group of 100 villagers from Kavaklı (Marînus) in Turkey’s eastern province of Hakkari", "villagers"),
              ("m4", "Its former residents", "villagers"),
              ("m5", "The group", "villagers"),
              ("m6", "Salih Kurt", "kurt"),
              ("m7", ("the villagers", "behalf of the villagers"), "villagers")],
    attributions=[("a1", "INDIRECT", "m1", ("protest", "in protest of"), "mine operation", None),
                  ("a2", "INDIRECT", "m2", "demanding", "an immediate stop to the operations", None),
                  ("a3", "INDIRECT", "m3", ("protest", "gathered to protest"),
                   seg(T, "the lead and zinc mine in operation", "in the now desolate village"), None),
                  ("a4", "INDIRECT", "m5", ("demand", "to demand stopping"), "stopping operations", None),
                  ("a5", "INDIRECT", "m6", "described", "how the village was harmed by the mining activities", None),
                  ("a6", "DIRECT", "m6", None, seg(T, "Our soil was contaminated", "they became non-potable."), None)])

# ---------------------------------------------------------------------------------------
# The section label and time stamp ("SPORT  10 August 2022 - 10:43") are removed. The stored copy
# breaks off inside the next paragraph ("According to him, ... Kadi Borges was on for"); the text is
# cut at the last whole paragraph before it.
# The opening quotation has no reporting clause of its own; the next sentence frames it with a
# speech-act expression ("made the remark"), which is its cue (FORMAT.md, Interruption and
# continuation: "Coach Dario Vukic summed up bluntly."). ", Report informs" attributes that
# sentence to the news agency Report, which is its source (FORMAT.md, Media: "the Courier
# reported, citing Nordpress, that ..."); the quotation lies outside that content, so nothing is
# nested. "stressed that X: “…”" and "noted that X: “…”" give an indirect claim and then a
# quotation with no reporting clause of its own, which continues the speaker with a null cue (as
# make_test7_a.py does after "Minister Sadi said it was ..."). "touched upon the possibility of
# ...:" is a colon frame with a topic, not a claim: its verb is the quotation's cue (as
# make_test6_b.py's "also touched on the last match ...:").
doc("caliber-qarabag-gurbanov-ferencvaros-not-easy-win",
    url="https://caliber.az/en/post/99893/",
    outlet="Caliber.az", country="Azerbaijan", topic="sport", cut=True, published="2022-08-10",
    text=(T := "Qarabağ's head coach: It was not an easy win\n"
          "\"First of all, I congratulate my players. They tried very hard and wanted to win. The final score may have deceived us. It was not an easy win. We played against a very good rival. The score could have been quite different because the opponent had good scoring chances. The best of luck to Ferencvarosi. I hug each of our players.\"\n"
          "Gurban Gurbanov, head coach of Qarabağ FK, made the remark following the second leg against Hungary's Ferencvarosi in the third qualifying round of the UEFA Champions League, which ended 3:1 in favour of Aghdam, Report informs.\n"
          "The 50-year-old specialist stressed that the team will try to advance as far as it has the strength: \"The fact that we have secured a spot in the Europa League group does not mean that we should relax. Not every game ends with that kind of victory. Because the levels of the clubs are different. We must try to make the most of the chance we have.\"\n"
          "He also touched upon the possibility of moving the home game in the playoffs against the Czech club Viktoria Plzen to the Baku Olympic stadium: \"We hold our matches at the Republican stadium named after Tofig Bahramov. We will discuss this issue in Baku. Now it is very difficult to talk about anything.\"\n"
          "Gurbanov noted that he has great respect for Stanislav Cherchesov, head coach of the opponent: \"He is a very competent specialist. His career as a football player and coach is better than mine. I can't say I beat him tactically. It could happen to me tomorrow too. That's why I don't want to think about it. Cherchesov has formed a very good team. There are high-level players in the squad. In sports, the strongest does not always win. Today we deserved this victory, we wanted it very much\"."),
    entities=[("gurbanov", "Gurban Gurbanov", "PERSON",
               ["Gurbanov", "Qarabağ's head coach", "Gurban Gurbanov, head coach of Qarabağ FK", "The 50-year-old specialist"],
               "head coach of Qarabağ FK"),
              ("report", "Report", "ORGANIZATION", [], "Azerbaijani news agency")],
    mentions=[("m1", "Qarabağ's head coach", "gurbanov"),
              ("m2", "Gurban Gurbanov, head coach of Qarabağ FK", "gurbanov"),
              ("m3", ("Report", "Report informs"), "report"),
              ("m4", "The 50-year-old specialist", "gurbanov"),
              ("m5", ("He", "He also touched"), "gurbanov"),
              ("m6", ("Gurbanov", "Gurbanov noted"), "gurbanov")],
    attributions=[("a1", "INDIRECT", "m1", None, ("It was not an easy win", "coach: It was"), None),
                  ("a2", "DIRECT", "m2", "made the remark",
                   seg(T, "First of all, I congratulate", "I hug each of our players."), None),
                  ("a3", "INDIRECT", "m3", "informs",
                   seg(T, "Gurban Gurbanov, head coach of Qarabağ FK, made", "in favour of Aghdam"), None),
                  ("a4", "INDIRECT", "m4", "stressed", "the team will try to advance as far as it has the strength", None),
                  ("a5", "DIRECT", "m4", None,
                   seg(T, "The fact that we have secured", "the chance we have."), None),
                  ("a6", "DIRECT", "m5", "touched upon",
                   seg(T, "We hold our matches", "talk about anything."), None),
                  ("a7", "INDIRECT", "m6", "noted",
                   "he has great respect for Stanislav Cherchesov, head coach of the opponent", None),
                  ("a8", "DIRECT", "m6", None,
                   seg(T, "He is a very competent specialist", "we wanted it very much"), None)])

# ---------------------------------------------------------------------------------------
# On the stored page the lead stands before the headline, which is printed again as the caption of
# the article's image; the text gives the headline first, then the lead, and drops the caption and
# the closing boilerplate ("If you liked this story, ...", the republishing notice). The stray word
# "Comment" that opens the Cavache paragraph is kept as printed. The page gives no date.
# "the management ... offered an ultimatum, urging them to accept ..." is the unionists' claim; the
# management's urging is nested in it and keeps its addressee, as the corpus does for "urged X to
# Y". The management is kept apart from the company that speaks as "Kraft Foods Romania" (its
# governing body, FORMAT.md: a group's representatives are separate entities). "dismissed any
# allegations" takes its noun phrase as content (corpus: "dismissed the opposition MPs'
# allegations"). "according to him" is a parenthetical reporting clause inside Grigore's claim and
# stays in it; the colleagues' telling is nested, its source the antecedent of "who". "declined to
# comment on the matter" follows seed a9/a10 ("declined to provide an update on ..."), "on" only
# linking the cue. "stressing, however, X" leaves out the connective. "cited X as the reason" is
# evaluative reporting like "described X as Y". "the employees disagree with the management's
# offer" inside Grigore's claim is a state, not speech: not split off.
doc("mediafax-kraft-foods-romania-severance-dispute",
    url="https://mediafax.ro/english/kraft-foods-romania-employees-mgmt-continue-dispute-over-severance-pay-3669780",
    outlet="Mediafax", country="Romania", topic="business", cut=False,
    text=(T := "Kraft Foods Romania Unionists, Mgmt Continue Dispute Over Severance Pay Issue\n"
          "Unionists of candy and coffee maker Kraft Foods Romania, which will shut down its chocolate factory in Brasov, central Romania, said the management on Thursday offered an ultimatum, urging them to accept its severance pay for employees, but the company’s general manager, Lacklan Grave, dismissed any allegations.\n"
          "Union leader Dragos Grigore said he is constantly in touch with his colleagues from Kraft plants in the European Union who, according to him, told him not to accept \"the management’s blackmail.\"\n"
          "He said the employees disagree with the management’s offer, as an employee with a seniority of twenty years will receive severance payments representing six salaries, while an employee with a seniority of over twenty years will receive nine salaries.\n"
          "Unionists stressed they are still open to negotiations in 2009 regarding the severance package for employees.\n"
          "Comment Kraft Foods Romania corporate affairs manager Doina Cavache, declined to comment on the matter, but denied the existence of an \"ultimatum\" for the employees, stressing, however, the management and the unionists are currently in talks.\n"
          "Kraft Foods Romania said it would shut down its factory in Brasov by end 2009 and will relocate to Svoge, a small province town in Bulgaria. The first layoffs start in April 2009, and the unit’s 440 are to receive severance pay.\n"
          "The company cited lack of expansion space as the reason for its decision, but although local authorities said they are willing to offer bigger lands, the decision was not overturned.\n"
          "The company entered the Romanian market in 1994, when Kraft Foods International bought the local candy factory in Brasov, Poiana Produse Zaharoase."),
    entities=[("unionists", "Unionists", "GROUP",
               ["Unionists of candy and coffee maker Kraft Foods Romania", "the unionists", "Kraft Foods Romania Unionists"],
               "trade unionists at Kraft Foods Romania"),
              ("management", "the management", "ORGANIZATION", ["Mgmt"], "management of Kraft Foods Romania"),
              ("grave", "Lacklan Grave", "PERSON", ["Grave", "the company’s general manager, Lacklan Grave"],
               "general manager of Kraft Foods Romania"),
              ("grigore", "Dragos Grigore", "PERSON", ["Grigore", "Union leader Dragos Grigore"], "union leader"),
              ("colleagues", "his colleagues from Kraft plants in the European Union", "GROUP", [],
               "union colleagues at Kraft plants in the EU"),
              ("cavache", "Doina Cavache", "PERSON",
               ["Cavache", "Kraft Foods Romania corporate affairs manager Doina Cavache"],
               "corporate affairs manager of Kraft Foods Romania"),
              ("kraft", "Kraft Foods Romania", "ORGANIZATION", ["The company"], "Romanian unit of Kraft Foods"),
              ("authorities", "local authorities", "GROUP", [], "local authorities of Brasov")],
    mentions=[("m1", "Unionists of candy and coffee maker Kraft Foods Romania", "unionists"),
              ("m2", ("the management", "said the management"), "management"),
              ("m3", "the company’s general manager, Lacklan Grave", "grave"),
              ("m4", "Union leader Dragos Grigore", "grigore"),
              ("m5", "his colleagues from Kraft plants in the European Union", "colleagues"),
              ("m6", ("him", "according to him"), "grigore"),
              ("m7", ("He", "He said"), "grigore"),
              ("m8", ("Unionists", "Unionists stressed"), "unionists"),
              ("m9", "Kraft Foods Romania corporate affairs manager Doina Cavache", "cavache"),
              ("m10", ("the management", "the management and the unionists"), "management"),
              ("m11", ("the unionists", "and the unionists"), "unionists"),
              ("m12", ("Kraft Foods Romania", "Kraft Foods Romania said"), "kraft"),
              ("m13", ("The company", "The company cited"), "kraft"),
              ("m14", "local authorities", "authorities"),
              ("m15", "Kraft Foods Romania Unionists", "unionists"),
              ("m16", "Mgmt", "management")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "said the management"),
                   "the management on Thursday offered an ultimatum, urging them to accept its severance pay for employees", None),
                  ("a2", "INDIRECT", "m2", "urging", "them to accept its severance pay for employees", "a1"),
                  ("a3", "INDIRECT", "m3", "dismissed", "any allegations", None),
                  ("a4", "MIXED", "m4", ("said", "Grigore said"),
                   seg(T, "he is constantly in touch", "blackmail.\""), None),
                  ("a5", "MIXED", "m5", ("told", "told him not"), "not to accept \"the management’s blackmail.\"", "a4"),
                  ("a6", "INDIRECT", "m7", ("said", "He said"),
                   seg(T, "the employees disagree", "will receive nine salaries"), None),
                  ("a7", "INDIRECT", "m8", "stressed",
                   "they are still open to negotiations in 2009 regarding the severance package for employees", None),
                  ("a8", "INDIRECT", "m9", "declined to comment", "the matter", None),
                  ("a9", "MIXED", "m9", "denied", "the existence of an \"ultimatum\" for the employees", None),
                  ("a10", "INDIRECT", "m9", "stressing", "the management and the unionists are currently in talks", None),
                  ("a11", "INDIRECT", "m12", ("said", "Romania said it"),
                   "it would shut down its factory in Brasov by end 2009 and will relocate to Svoge, a small province town in Bulgaria", None),
                  ("a12", "INDIRECT", "m13", "cited", "lack of expansion space as the reason for its decision", None),
                  ("a13", "INDIRECT", "m14", ("said", "authorities said"), "they are willing to offer bigger lands", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "klitschko-accused-of-stalling-kyiv-council-
# for-months"); the text starts with its lead. The date line and the photo caption ("Kyiv City
# Council meeting. Illustrative photo: “ Vechirny Kyiv”") are removed. The stored copy ends after
# the "According to him" paragraph; the article is taken as the stored page gives it.
# "This was stated by Maksym Bakhmatov" attributes the lead paragraph to Bakhmatov (as
# make_test6_b.py's "this was said by ..." and make_train_m.py's "This was stated ..." take the
# preceding text as content); the district leaders' claims in that paragraph are nested in it.
# "during an interview with “Kyiv Time”" is a medium. The cross-head
# "“Klitschko indifferent ...”, Bakhmatov" is a "claim – name" headline: null cue. "criticized X"
# takes its noun phrase as content, and "arguing that" is a second claim ("X said A, warning that
# B"). "Deputies understand that ..." inside Bakhmatov's quotation is an attitude of others stated
# there, nested (FORMAT.md, Included); "they don’t yet know how to work differently" is not speech.
doc("novyny-kyiv-bakhmatov-klitschko-council-stalling",
    url="https://kyiv.novyny.live/en/klitschko-accused-of-stalling-kyiv-council-for-months-280260.html",
    outlet="Novyny.LIVE", country="Ukraine", topic="local", cut=False, published="2025-09-11",
    text=(T := "Kyiv City Council has not convened for a long time, and district leaders say the blame lies with Mayor Vitali Klitschko. They accuse him of indifference and allowing paralysis at City Hall.\n"
          "This was stated by Maksym Bakhmatov, head of Desnianskyi District State Administration, during an interview with \"Kyiv Time\".\n"
          "\"Klitschko indifferent to Kyiv Council’s work\", Bakhmatov\n"
          "Bakhmatov criticized the prolonged absence of City Council sessions, arguing that Klitschko no longer cares about the institution’s work. \"If someone wants to act, they speak publicly, gather factions, and make decisions. But we see none of this from Klitschko,\" he said.\n"
          "The district chief stressed that Kyiv needs a complete overhaul of how the City Council and City Administration operate.\n"
          "\"Deputies understand that inefficiency and corruption cannot continue as before. But they don’t yet know how to work differently, and that is what we are trying to demonstrate in Desnianskyi district,\" Bakhmatov explained.\n"
          "According to him, Klitschko’s failure to act has left the council idle, while the city’s problems pile up without effective leadership."),
    entities=[("leaders", "district leaders", "GROUP", [], "heads of Kyiv's district administrations"),
              ("bakhmatov", "Maksym Bakhmatov", "PERSON",
               ["Bakhmatov", "Maksym Bakhmatov, head of Desnianskyi District State Administration", "The district chief"],
               "head of Desnianskyi District State Administration, Kyiv"),
              ("deputies", "Deputies", "GROUP", [], "deputies of Kyiv City Council")],
    mentions=[("m1", "district leaders", "leaders"),
              ("m2", ("They", "They accuse"), "leaders"),
              ("m3", "Maksym Bakhmatov, head of Desnianskyi District State Administration", "bakhmatov"),
              ("m4", ("Bakhmatov", "work\", Bakhmatov"), "bakhmatov"),
              ("m5", ("Bakhmatov", "Bakhmatov criticized"), "bakhmatov"),
              ("m6", ("he", "he said"), "bakhmatov"),
              ("m7", "The district chief", "bakhmatov"),
              ("m8", "Deputies", "deputies"),
              ("m9", ("Bakhmatov", "Bakhmatov explained"), "bakhmatov"),
              ("m10", ("him", "According to him"), "bakhmatov")],
    attributions=[("a1", "INDIRECT", "m3", "stated",
                   seg(T, "Kyiv City Council has not convened", "paralysis at City Hall"), None),
                  ("a2", "INDIRECT", "m1", "say", "the blame lies with Mayor Vitali Klitschko", "a1"),
                  ("a3", "INDIRECT", "m2", "accuse", "him of indifference and allowing paralysis at City Hall", "a1"),
                  ("a4", "DIRECT", "m4", None, "Klitschko indifferent to Kyiv Council’s work", None),
                  ("a5", "INDIRECT", "m5", "criticized", "the prolonged absence of City Council sessions", None),
                  ("a6", "INDIRECT", "m5", "arguing", "Klitschko no longer cares about the institution’s work", None),
                  ("a7", "DIRECT", "m6", ("said", "he said"),
                   seg(T, "If someone wants to act", "none of this from Klitschko,"), None),
                  ("a8", "INDIRECT", "m7", "stressed",
                   "Kyiv needs a complete overhaul of how the City Council and City Administration operate", None),
                  ("a9", "DIRECT", "m9", "explained",
                   seg(T, "Deputies understand that", "demonstrate in Desnianskyi district,"), None),
                  ("a10", "INDIRECT", "m8", "understand", "inefficiency and corruption cannot continue as before", "a9"),
                  ("a11", "INDIRECT", "m10", "According to",
                   seg(T, "Klitschko’s failure to act", "without effective leadership"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "chief-medical-officer-patients-diagnosed-in-
# all-counties"); the text starts with its lead. The newsletter banner and "Related Articles" are
# removed. The stored copy ends after the "she warned" sentence; the article is taken as the stored
# page gives it.
# "The number of people ... has started to grow exponentially." has no cue: not a claim (FORMAT.md,
# No cue, no claim). "36 patients have been confirmed to be suffering from the disease" is a
# diagnosis (a test result), not a report, and is not split off. "news reports about foreign
# students getting the blame ..." is a noun cue with no claimant (null source, FORMAT.md); "about"
# only links the cue. It is an adjunct of Müller's reply, not inside its content, so not nested.
doc("hungarymatters-muller-coronavirus-all-counties",
    url="https://hungarymatters.hu/2020/03/24/chief-medical-officer-patients-diagnosed-in-all-counties/",
    outlet="Hungary Matters", country="Hungary", topic="health-science", cut=False, published="2020-03-24",
    text=(T := "People infected with the new coronavirus have been found in all counties in Hungary, Cecília Müller, the chief medical officer, said. The number of people to have contracted Covid-19 has started to grow exponentially. In the past 24 hours alone, 36 patients have been confirmed to be suffering from the disease, she noted. In order to minimise the number of personal meetings, procedures have changed so that ambulances visit the potentially infected, take the tests and transport the samples to the laboratories, she said. The health-care system is working to adapt even to a worst-case scenario by increasing capacities and maintaining research, she said.\n"
          "In response to news reports about foreign students getting the blame for bringing the virus to Hungary, she said these were baseless. “Nobody can be blamed for how a virus is spread from one person to another,” she said. Rules fighting the spread of the virus, such as avoiding community meetings and keep social distancing, must be respected, she warned."),
    entities=[("muller", "Cecília Müller", "PERSON",
               ["Müller", "Cecília Müller, the chief medical officer", "the chief medical officer"],
               "Hungary's chief medical officer")],
    mentions=[("m1", "Cecília Müller, the chief medical officer", "muller"),
              ("m2", ("she", "she noted"), "muller"),
              ("m3", ("she", "laboratories, she said"), "muller"),
              ("m4", ("she", "research, she said"), "muller"),
              ("m5", ("she", "she said these"), "muller"),
              ("m6", ("she", "another,” she said"), "muller"),
              ("m7", ("she", "she warned"), "muller")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "officer, said"),
                   "People infected with the new coronavirus have been found in all counties in Hungary", None),
                  ("a2", "INDIRECT", "m2", "noted",
                   "In the past 24 hours alone, 36 patients have been confirmed to be suffering from the disease", None),
                  ("a3", "INDIRECT", "m3", ("said", "laboratories, she said"),
                   seg(T, "In order to minimise", "samples to the laboratories"), None),
                  ("a4", "INDIRECT", "m4", ("said", "research, she said"),
                   seg(T, "The health-care system is working", "maintaining research"), None),
                  ("a5", "INDIRECT", None, "reports",
                   "foreign students getting the blame for bringing the virus to Hungary", None),
                  ("a6", "INDIRECT", "m5", ("said", "she said these"), "these were baseless", None),
                  ("a7", "DIRECT", "m6", ("said", "another,” she said"),
                   "Nobody can be blamed for how a virus is spread from one person to another,", None),
                  ("a8", "INDIRECT", "m7", "warned",
                   seg(T, "Rules fighting the spread", "must be respected"), None)])

write("train_bb.jsonl")
