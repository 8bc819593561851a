#!/usr/bin/env python3
"""Writes train_au.jsonl: real-news gold, split train-au (see gold.py). Run: python3 make_train_au.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The text is cut at the last whole paragraph of the stored copy (the next one, on Folkert
# Idsinga, is cut off mid-word). The page gives only the month (2024/11, in its address), so
# no date is recorded.
# "claims of racism" / "claims that racist comments were made" are agentless noun cues (null
# source), nested in Heinen's denials. The non-restrictive relative clauses ("which prompted
# the resignation ...", "where ministers discussed ...") run to the end of their sentences and
# stay inside the contents, as FORMAT.md keeps what follows the cue in its clause; "ministers
# discussed the previous week's violence" has a topic, not a reported content, and is not
# annotated. "after deciding she could no longer serve" is a decision, not a speech act.
# "has come under pressure from opposition parties to publish" is left out like "came under
# fire from". "He did not deny making the remark" is a negated act with no open question
# (FORMAT.md's refusal rule, seed a9/a10, covers open questions only): not annotated.
# "a situation Heinen called “very unfortunate”": the object of "called" is the antecedent
# "a situation", before the cue, so the contiguous content is the quoted part alone (DIRECT).
# "‘Pus from a boil’" is a quoted cross-head with no speaker: DIRECT, null source and cue.
# "I said that it’s something ..." inside Heinen's quotation is a nested report of his own
# earlier words (source "I", parent the quotation).
doc("dutchnews-heinen-denounces-racism-claims-as-lies",
    url="https://dutchnews.nl/2024/11/heinen-denounces-claims-of-racism-in-dutch-government-as-lies",
    outlet="DutchNews.nl", country="Netherlands", topic="politics", cut=True,
    text=(T := "Heinen denounces claims of racism in Dutch government as “lies”\n"
          "Finance minister Eelco Heinen has angrily denied claims that racist comments were made during last week’s cabinet meeting, which prompted the resignation of junior minister Nora Achahbar.\n"
          "Heinen said “lies” were circulating about the language used in the meeting, where ministers discussed the previous week’s violence in Amsterdam surrounding the football match between Ajax and Israeli club Maccabi Tel Aviv.\n"
          "“I have read a lot of words in the media that I think are absolutely appalling, but that I don’t recognise,” he said. “It affects me personally when things are foisted on me that aren’t true.”\n"
          "Achahbar resigned as junior finance minister on Monday after deciding she could no longer serve in a cabinet where “polarising” language had become the norm. Sources said she had objected to ministers using racist terms such as claiming that Dutch Moroccans had “anti-Semitism in their DNA”.\n"
          "Prime minister Dick Schoof has come under pressure from opposition parties to publish the minutes of this week’s meeting to clarify what was said and by whom. “I won’t comment on what is said in the ministerial council,” he said. “That has to remain confidential.”\n"
          "‘Pus from a boil’\n"
          "Heinen was asked about one comment attributed to him in which he likened anti-Semitism to “a pus that has to be squeezed from a boil”. He did not deny making the remark, but said it had been taken out of context.\n"
          "“The underlying discussion here is about anti-Semitism,” he said. “I said that it’s something that exists across society and you shouldn’t brand one section of the population with it, because we see it on the extreme right and the extreme left.”\n"
          "Both junior finance ministers from the centre-right NSC party have resigned in the space of two weeks, a situation Heinen called “very unfortunate”."),
    entities=[("heinen", "Eelco Heinen", "PERSON", ["Heinen", "Finance minister Eelco Heinen"], "Dutch finance minister (VVD)"),
              ("achahbar", "Nora Achahbar", "PERSON", ["Achahbar", "junior minister Nora Achahbar"],
               "former Dutch junior finance minister (NSC)"),
              ("sources", "Sources", "GROUP", [], "unnamed sources"),
              ("ministers", "ministers", "GROUP", [], "ministers at the Dutch cabinet meeting"),
              ("schoof", "Dick Schoof", "PERSON", ["Schoof", "Prime minister Dick Schoof"], "Dutch prime minister")],
    mentions=[("m1", ("Heinen", "Heinen denounces"), "heinen"),
              ("m2", "Finance minister Eelco Heinen", "heinen"),
              ("m3", "junior minister Nora Achahbar", "achahbar"),
              ("m4", ("Heinen", "Heinen said “lies”"), "heinen"),
              ("m5", ("ministers", "where ministers discussed"), "ministers"),
              ("m6", ("he", "recognise,” he said"), "heinen"),
              ("m7", ("Achahbar", "Achahbar resigned"), "achahbar"),
              ("m8", "Sources", "sources"),
              ("m9", ("she", "she had objected"), "achahbar"),
              ("m10", ("ministers", "ministers using"), "ministers"),
              ("m11", "Prime minister Dick Schoof", "schoof"),
              ("m12", ("he", "council,” he said"), "schoof"),
              ("m13", ("Heinen", "Heinen was asked"), "heinen"),
              ("m14", ("he", "he likened"), "heinen"),
              ("m15", ("He", "He did not deny"), "heinen"),
              ("m16", ("he", "anti-Semitism,” he said"), "heinen"),
              ("m17", ("I", "I said that it’s"), "heinen"),
              ("m18", ("Heinen", "Heinen called"), "heinen")],
    attributions=[("a1", "MIXED", "m1", "denounces", "claims of racism in Dutch government as “lies”", None),
                  ("a2", "INDIRECT", None, ("claims", "claims of racism"), "racism in Dutch government", "a1"),
                  ("a3", "INDIRECT", "m2", "denied",
                   seg(T, "claims that racist comments", "junior minister Nora Achahbar"), None),
                  ("a4", "INDIRECT", None, ("claims", "claims that racist"),
                   seg(T, "racist comments were made", "junior minister Nora Achahbar"), "a3"),
                  ("a5", "MIXED", "m4", ("said", "Heinen said “lies”"),
                   seg(T, "“lies” were circulating", "Israeli club Maccabi Tel Aviv"), None),
                  ("a6", "DIRECT", "m6", ("said", "recognise,” he said"),
                   "I have read a lot of words in the media that I think are absolutely appalling, but that I don’t recognise,", None),
                  ("a7", "DIRECT", "m6", None, "It affects me personally when things are foisted on me that aren’t true.", None),
                  ("a8", "MIXED", "m8", ("said", "Sources said"),
                   "she had objected to ministers using racist terms such as claiming that Dutch Moroccans had “anti-Semitism in their DNA”", None),
                  ("a9", "MIXED", "m9", "objected to",
                   "ministers using racist terms such as claiming that Dutch Moroccans had “anti-Semitism in their DNA”", "a8"),
                  ("a10", "MIXED", "m10", "claiming", "Dutch Moroccans had “anti-Semitism in their DNA”", "a9"),
                  ("a11", "DIRECT", "m12", ("said", "council,” he said"), "I won’t comment on what is said in the ministerial council,", None),
                  ("a12", "DIRECT", "m12", None, "That has to remain confidential.", None),
                  ("a13", "DIRECT", None, None, "Pus from a boil", None),
                  ("a14", "MIXED", "m14", "likened", "anti-Semitism to “a pus that has to be squeezed from a boil”", None),
                  ("a15", "INDIRECT", "m15", ("said", "but said it had"), "it had been taken out of context", None),
                  ("a16", "DIRECT", "m16", ("said", "anti-Semitism,” he said"), "The underlying discussion here is about anti-Semitism,", None),
                  ("a17", "DIRECT", "m16", None,
                   seg(T, "I said that it’s something", "and the extreme left."), None),
                  ("a18", "INDIRECT", "m17", ("said", "I said that it’s"),
                   seg(T, "it’s something that exists", "and the extreme left"), "a17"),
                  ("a19", "DIRECT", "m18", ("called", "Heinen called"), "very unfortunate", None)])

# ---------------------------------------------------------------------------------------
# The section label "NEWS" above the headline and a newsletter box are removed. The text is
# cut at the last whole paragraph of the stored copy (the next one, on two opinion polls, is
# cut off mid-word). The page gives no date.
# "despite government sources suggesting that ..." is a speech act with a named source and a
# clause content (like `warning that` / `suggesting` in FORMAT.md), not a bare participle
# forecast, so it is annotated. "The government ... appeared content that its decision ... had
# paid dividends" is a belief with a named subject and a clause content, as the journalist
# reports it (FORMAT.md "Beliefs ... `Okafor believes`"); the hedge "appeared" is left out of
# the cue. "It is also seen by the government as confirmation that ...": the raised subject
# "It" and the linking "as" are left out; the content is the rest of the clause. "Their
# unions called rolling 24-hour strikes", the appeal and the court's rejection are actions;
# "met ... to discuss possible further action" and "appeared determined to continue" have no
# reported content.
doc("ekathimerini-athens-metro-new-standoff-government-unions",
    url="https://www.ekathimerini.com/news/148006/new-standoff-looms-between-government-and-unions/",
    outlet="Kathimerini English Edition", country="Greece", topic="politics", cut=True,
    text=(T := "New standoff looms between government and unions\n"
          "The Athens metro, electric railway and tram were running as normal on Saturday after lengthy protest action in the previous two weeks, but despite government sources suggesting that the decision to take on labor unions had paid off, the possibility of a new impasse loomed.\n"
          "Some 2,500 workers on the capital’s fixed-track modes of public transport returned to their regular shifts on Saturday after being issued with civil mobilization orders late Thursday and early Friday but bus and trolley bus employees were on strike. Their unions called rolling 24-hour strikes until Tuesday in support of the protesting metro workers. An appeal by management against the action was rejected by an Athens court.\n"
          "Intercity trains were also sidelined due to a strike that will continue to Monday.\n"
          "Public transit unionists met on Saturday to discuss possible further action. Antonis Stamatopoulos, who led the metro workers’ strike, appeared determined to continue with the protest over wage cuts. “We will force them to withdraw the civil mobilization,” he said. “My colleagues were forced to return to work like slaves, with chains around their legs. They are not going to make me go back as well.”\n"
          "The government, though, appeared content that its decision to break up the metro strike after nine days had paid dividends.\n"
          "“We are satisfied that the trains are in circulation again,” said Development Minister Costis Hatzidakis. “Citizens are even more satisfied.”\n"
          "Government sources said that the outcome of its decision to force the employees back to work would serve as an example to follow in similar standoffs in the future. It is also seen by the government as confirmation that it should adopt a tough line in its dealings with opposition parties, SYRIZA in particular."),
    entities=[("sources", "government sources", "GROUP", ["Government sources"], "unnamed Greek government sources"),
              ("stamatopoulos", "Antonis Stamatopoulos", "PERSON", ["Stamatopoulos"], "leader of the Athens metro workers' strike"),
              ("govt", "the government", "ORGANIZATION", ["The government"], "Greek government"),
              ("hatzidakis", "Costis Hatzidakis", "PERSON", ["Hatzidakis", "Development Minister Costis Hatzidakis"],
               "Greek Development Minister")],
    mentions=[("m1", ("government sources", "despite government sources"), "sources"),
              ("m2", "Antonis Stamatopoulos", "stamatopoulos"),
              ("m3", ("he", "mobilization,” he said"), "stamatopoulos"),
              ("m4", ("The government", "The government, though"), "govt"),
              ("m5", "Development Minister Costis Hatzidakis", "hatzidakis"),
              ("m6", "Government sources", "sources"),
              ("m7", ("the government", "seen by the government"), "govt")],
    attributions=[("a1", "INDIRECT", "m1", "suggesting", "the decision to take on labor unions had paid off", None),
                  ("a2", "DIRECT", "m3", ("said", "mobilization,” he said"), "We will force them to withdraw the civil mobilization,", None),
                  ("a3", "DIRECT", "m3", None, seg(T, "My colleagues were forced", "go back as well."), None),
                  ("a4", "INDIRECT", "m4", ("content", "appeared content"),
                   "its decision to break up the metro strike after nine days had paid dividends", None),
                  ("a5", "DIRECT", "m5", ("said", "said Development"), "We are satisfied that the trains are in circulation again,", None),
                  ("a6", "DIRECT", "m5", None, "Citizens are even more satisfied.", None),
                  ("a7", "INDIRECT", "m6", ("said", "Government sources said"),
                   seg(T, "the outcome of its decision", "similar standoffs in the future"), None),
                  ("a8", "INDIRECT", "m7", "seen",
                   "confirmation that it should adopt a tough line in its dealings with opposition parties, SYRIZA in particular", None)])

# ---------------------------------------------------------------------------------------
# The stored page (the address without "www"; the "www" copy holds only icon labels) has no
# headline, so the text starts with its lead. A newsletter line (">> Keep up to date with the
# latest news with The P&J newsletter") is removed. The text is cut at the last whole
# paragraph of the stored copy (Buchan's quotation that follows is cut off mid-sentence).
# "Peterhead residents", "the group of Peterhead men", "they", "The objectors" and "the men"
# are one collective in one scene (FORMAT.md Coreference). "issued a rallying cry for other
# residents to take ..." keeps the addressee, like `called on X to Y`; "a rallying cry" is
# kept in the cue as a fixed object. "with the new practice thought to look “too modern”" is
# an agentless belief (null source, like `was expected to`); its raised subject is left out.
# "watchdogs found that ..." is a finding (included). Stephen's quotation runs over two
# paragraphs (no closing mark at the first paragraph's end): one attribution.
doc("pressandjournal-peterhead-residents-dentist-planning-objections",
    url="https://pressandjournal.co.uk/fp/news/aberdeen-aberdeenshire/1711626/peterhead-residents-complaints-ignored-as-dentist-expansion-goes-ahead",
    outlet="The Press and Journal", country="UK", topic="local", cut=True,
    text=(T := "Peterhead residents have called for an overhaul of planning regulations after a scheme to relocate a dental practice was approved by the Scottish Government – despite receiving dozens of objections.\n"
          "Mick Bain, John Stephen, Mark Swanston and Jackie Stewart were among 49 people whose complaints were taken into account when Aberdeenshire Council knocked back plans for Queen Street Dental to move to a bigger premises adjacent to its existing base.\n"
          "Local councillors agreed that the move would have a “negative impact”, with the new practice thought to look “too modern” compared to surrounding buildings.\n"
          "But the application was later rubber stamped by the Scottish Government when developers appealed the council’s decision.\n"
          "Now, the group of Peterhead men are calling for local objections to be given more weight during the planning process.\n"
          "And they have issued a rallying cry for other residents to take a more robust approach when raising concerns about developments.\n"
          "Mr Bain said: “This is about more than just the applicant in this one case. We can’t deal with the fact that, as an objector, you barely get any information and constantly get ignored.”\n"
          "Mr Stephen added: “You have to be really determined to raise objections as it’s extremely frustrating trying to navigate the council departments – you have to watch what’s going on and stand up for yourself to elected officials.\n"
          "“I think we should have been listened to more.”\n"
          "The objectors filed an ombudsman complaint after the government granted planning permission, but watchdogs found that minsters had followed the correct process.\n"
          "Mr Bain said the men “want to raise awareness of the frustrations they went through”.\n"
          "Peterhead councillor, Alan Buchan, said local members did not “ignore” complaints, but that their hands were tied by regulations."),
    entities=[("residents", "the group of Peterhead men", "GROUP", ["Peterhead residents", "The objectors", "the men"],
               "Peterhead residents who objected to the dental practice plans"),
              ("bain", "Mick Bain", "PERSON", ["Bain", "Mr Bain"], "Peterhead resident and objector"),
              ("stephen", "John Stephen", "PERSON", ["Mr Stephen"], "Peterhead resident and objector"),
              ("councillors", "Local councillors", "GROUP", ["local members"], "Aberdeenshire councillors"),
              ("watchdogs", "watchdogs", "GROUP", [], "the ombudsman's investigators"),
              ("buchan", "Alan Buchan", "PERSON", ["Buchan", "Peterhead councillor, Alan Buchan"], "Peterhead councillor")],
    mentions=[("m1", "Peterhead residents", "residents"),
              ("m2", "Mick Bain", "bain"),
              ("m3", "John Stephen", "stephen"),
              ("m4", "Local councillors", "councillors"),
              ("m5", "the group of Peterhead men", "residents"),
              ("m6", ("they", "they have issued"), "residents"),
              ("m7", ("Mr Bain", "Mr Bain said: “This"), "bain"),
              ("m8", "Mr Stephen", "stephen"),
              ("m9", "The objectors", "residents"),
              ("m10", "watchdogs", "watchdogs"),
              ("m11", ("Mr Bain", "Mr Bain said the men"), "bain"),
              ("m12", ("the men", "said the men"), "residents"),
              ("m13", "Peterhead councillor, Alan Buchan", "buchan"),
              ("m14", "local members", "councillors")],
    attributions=[("a1", "INDIRECT", "m1", "called for", "an overhaul of planning regulations", None),
                  ("a2", "MIXED", "m4", "agreed", "the move would have a “negative impact”", None),
                  ("a3", "MIXED", None, "thought", "to look “too modern” compared to surrounding buildings", None),
                  ("a4", "INDIRECT", "m5", "calling for", "local objections to be given more weight during the planning process", None),
                  ("a5", "INDIRECT", "m6", "issued a rallying cry",
                   "other residents to take a more robust approach when raising concerns about developments", None),
                  ("a6", "DIRECT", "m7", ("said", "Mr Bain said: “This"),
                   seg(T, "This is about more than", "constantly get ignored."), None),
                  ("a7", "DIRECT", "m8", "added", seg(T, "You have to be really determined", "listened to more."), None),
                  ("a8", "INDIRECT", "m10", "found", "minsters had followed the correct process", None),
                  ("a9", "MIXED", "m11", ("said", "Mr Bain said the men"),
                   "the men “want to raise awareness of the frustrations they went through”", None),
                  ("a10", "MIXED", "m13", ("said", "Buchan, said"),
                   "local members did not “ignore” complaints, but that their hands were tied by regulations", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with its lead; share buttons, a photo
# caption and the "READ MORE LIKE THIS" links are removed. The date is the one in the address.
# The article is short (169 words) and is kept whole (cut=False).
# "a court has heard" and "The court heard that" are agentless (null source, FORMAT.md
# `the inquiry heard that`); single quotes are the primary marks, so the contents holding
# ‘rapid speed’ and ‘numerous detectives and senior officers’ are MIXED. The addressee "Judge
# Alan Mitchell" and the adjunct "at Harristown District Court ..." are left out of
# Mahon's content. The judge's "requested a letter from the governor ... outlining why ..." is
# a court's action (like `ordered an inquiry`) and "the man charged with the murder" a legal
# act: neither is annotated.
doc("extra-ie-garda-horkan-murder-investigation-rapid-speed",
    url="https://extra.ie/2020/07/11/news/irish-news/garda-colm-horkan-death-investigation",
    outlet="Extra.ie", country="Ireland", topic="courts-crime", cut=False, published="2020-07-11",
    text=(T := "The investigation into the killing of Detective Garda Colm Horkan is progressing at ‘rapid speed’, a court has heard.\n"
          "Sergeant Mark Mahon yesterday told Judge Alan Mitchell, at Harristown District Court in Castlerea, Co Roscommon, that ‘numerous detectives and senior officers’ were working on the case.\n"
          "The court heard that the man charged with the murder of Garda Horkan was medically unfit to attend court.\n"
          "Mechanic Stephen Silver is detained in the Central Mental Hospital (CMH) in Dublin, where he is receiving treatment.\n"
          "The 43-year-old was due to appear by video link yesterday, but Judge Mitchell said he had received a sick note.\n"
          "Defence solicitor Gearoid Geraghty asked Judge Mitchell that it be established why his client was transferred from Castlerea Prison to Midlands Prison and from there to the CMH.\n"
          "Judge Mitchell remanded Silver, of Aughaward, Foxford, Co. Mayo, in custody for two weeks and requested a letter from the governor of Castlerea Prison outlining why the defendant was transferred to the Midlands Prison and to the CMH."),
    entities=[("mahon", "Mark Mahon", "PERSON", ["Mahon", "Sergeant Mark Mahon"], "Garda sergeant"),
              ("mitchell", "Alan Mitchell", "PERSON", ["Mitchell", "Judge Alan Mitchell", "Judge Mitchell"], "District Court judge"),
              ("geraghty", "Gearoid Geraghty", "PERSON", ["Geraghty", "Defence solicitor Gearoid Geraghty"],
               "defence solicitor for Stephen Silver")],
    mentions=[("m1", "Sergeant Mark Mahon", "mahon"),
              ("m2", "Judge Alan Mitchell", "mitchell"),
              ("m3", ("Judge Mitchell", "Judge Mitchell said"), "mitchell"),
              ("m4", "Defence solicitor Gearoid Geraghty", "geraghty"),
              ("m5", ("Judge Mitchell", "asked Judge Mitchell"), "mitchell"),
              ("m6", ("Judge Mitchell", "Judge Mitchell remanded"), "mitchell")],
    attributions=[("a1", "MIXED", None, ("heard", "court has heard"),
                   "The investigation into the killing of Detective Garda Colm Horkan is progressing at ‘rapid speed’", None),
                  ("a2", "MIXED", "m1", "told", "‘numerous detectives and senior officers’ were working on the case", None),
                  ("a3", "INDIRECT", None, ("heard", "The court heard"),
                   "the man charged with the murder of Garda Horkan was medically unfit to attend court", None),
                  ("a4", "INDIRECT", "m3", ("said", "Mitchell said"), "he had received a sick note", None),
                  ("a5", "INDIRECT", "m4", "asked",
                   "it be established why his client was transferred from Castlerea Prison to Midlands Prison and from there to the CMH", None)])

# ---------------------------------------------------------------------------------------
# Two photo captions under the headline are removed. The text is cut at the last whole
# paragraph of the stored copy (the next one, on Juncker, is cut off mid-sentence). The page
# gives no date.
# "with a promise to focus on ..." is a noun cue of the Commission (the subject of its
# clause). "laid out its legislative plans" presents a document (an act), "failed to agree on
# a stance", "came up with a different resolution" and "a backlash" have no reported content,
# and "who asked not to be named" is an act: none is annotated. "blamed X for Y" is evaluative
# reporting with a content (like `described X as Y`): content "X for Y". "spurring a backlash
# ..." is the journalist's narration after the Commission's claim, so it is left out of it; the
# sentence-initial "As part of a campaign to cut red tape" is an adjunct of the report.
doc("euractiv-commission-red-tape-push-scores-points-parliament",
    url="https://www.euractiv.com/section/science-policymaking/news/commission-push-against-red-tape-scores-points-in-parliament/",
    outlet="Euractiv", country="Belgium", topic="environment", cut=True,
    text=(T := "Commission push against red tape scores points in Parliament\n"
          "EU lawmakers have failed to agree on a stance against the European Commission’s plans to scrap some environment policies, marking a victory for the executive’s push for less regulation.\n"
          "In December, the European Commission laid out its legislative plans for 2015, with a promise to focus on priorities such as jobs and boosting the economy.\n"
          "As part of a campaign to cut red tape, it said it planned to withdraw proposals made by the previous EU executive, including on air pollution and reducing waste, spurring a backlash from some member states and political groupings.\n"
          "However, members of the European Parliament were unable to settle on a cross-party motion opposing the Commission’s proposals before a vote planned for Thursday, politicians said.\n"
          "Instead, each political group came up with a different resolution, making it unlikely any of them would receive the majority needed to pass.\n"
          "British liberal lawmaker Catherine Bearder blamed centre-right politicians for failing to stand up for measures to improve air quality and resource efficiency.\n"
          "“Unfortunately, what could have been a strong, united position from the European Parliament has collapsed due to narrow political interests,” she said.\n"
          "A spokesman for the centre-right European People’s Party said negotiations were continuing and it had no immediate comment.\n"
          "A Commission official, who asked not to be named, said the Commission could always review the work plan in the event of strong opposition, but that it was already discussed extensively with politicians and member states before its publication."),
    entities=[("commission", "the European Commission", "ORGANIZATION", ["European Commission", "the Commission"],
               "the EU executive"),
              ("politicians", "politicians", "GROUP", [], "unnamed politicians"),
              ("bearder", "Catherine Bearder", "PERSON", ["Bearder", "British liberal lawmaker Catherine Bearder"],
               "British liberal MEP"),
              ("epp", "A spokesman for the centre-right European People’s Party", "PERSON", [],
               "spokesman of the EPP group"),
              ("official", "A Commission official", "PERSON", [], "unnamed Commission official")],
    mentions=[("m1", ("the European Commission", "In December, the European Commission"), "commission"),
              ("m2", ("it", "it said it planned"), "commission"),
              ("m3", ("politicians", "politicians said"), "politicians"),
              ("m4", "British liberal lawmaker Catherine Bearder", "bearder"),
              ("m5", ("she", "she said"), "bearder"),
              ("m6", "A spokesman for the centre-right European People’s Party", "epp"),
              ("m7", "A Commission official", "official"),
              ("m8", ("the Commission", "said the Commission could"), "commission")],
    attributions=[("a1", "INDIRECT", "m1", "promise", "to focus on priorities such as jobs and boosting the economy", None),
                  ("a2", "INDIRECT", "m2", ("said", "it said it planned"),
                   "it planned to withdraw proposals made by the previous EU executive, including on air pollution and reducing waste", None),
                  ("a3", "INDIRECT", "m3", ("said", "politicians said"),
                   seg(T, "members of the European Parliament were unable", "a vote planned for Thursday"), None),
                  ("a4", "INDIRECT", "m4", "blamed",
                   "centre-right politicians for failing to stand up for measures to improve air quality and resource efficiency", None),
                  ("a5", "DIRECT", "m5", ("said", "she said"),
                   "Unfortunately, what could have been a strong, united position from the European Parliament has collapsed due to narrow political interests,", None),
                  ("a6", "INDIRECT", "m6", ("said", "Party said"), "negotiations were continuing and it had no immediate comment", None),
                  ("a7", "INDIRECT", "m7", ("said", "named, said"),
                   seg(T, "the Commission could always review", "before its publication"), None)])

# ---------------------------------------------------------------------------------------
# The stored page (the address without "www"; the "www" copy holds only icon labels) has no
# headline, so the text starts with its lead. The text is cut at the last whole paragraph of
# the stored copy (the next quotation is cut off mid-word). The page gives no date.
# "slammed the performance of ..." and "questioned the awarding of ..." are speech acts with a
# noun-phrase content (FORMAT.md `announced the launch of X`); "was furious at" is a state with
# no content and "Robertson pointed to the spot" an act. "felt his side should have been ..."
# is a belief with a named subject. In "Neilson insists that wasn’t enough", "that" is a
# demonstrative (the yellow card), so it is kept (keep_that). Neilson's quotation from "I’ve
# no idea" runs over two paragraphs (no closing mark): one attribution, holding the nested
# "Christophe said he wasn’t pulling [Lee Ashcroft]" (Christophe = Christophe Berra). The
# quoted cross-head ‘We probably should have won the game’ has no speaker: DIRECT, null
# source and cue. "“It’s Don Robertson,” said Neilson." is followed by a quotation with no
# reporting clause: it continues Neilson (null cue).
doc("thecourier-neilson-blasts-referee-robertson-dundee-defeat",
    url="https://thecourier.co.uk/fp/sport/football/dundee-fc/1857589/hearts-boss-robbie-neilson-blasts-referee-after-dundee-defeat-saying-his-side-should-have-won-the-game",
    outlet="The Courier", country="UK", topic="sport", cut=True,
    text=(T := "Hearts manager Robbie Neilson slammed the performance of referee Don Robertson after seeing his side lose 3-1 to Dundee at Dens Park.\n"
          "The Jambos boss was furious at the referee’s decision not to send off Dark Blues midfielder Shaun Byrne for a tackle on Steven Naismith in the opening minutes and questioned the awarding of a late penalty to the home side.\n"
          "With time ticking away, Robertson pointed to the spot after Christophe Berra bundled over Dundee defender Lee Ashcroft in the area. Jonathan Afolabi made no mistake from the spot, consigning Hearts to their second league defeat of the season.\n"
          "And Neilson insists there’s a pattern between Saturday’s defeat and their November loss at Dunfermline.\n"
          "“It’s Don Robertson,” said Neilson.\n"
          "“We’ve lost two games this season and twice Don Robertson was refereeing. It’s a common theme. I’m hoping we don’t see much of him again this season.”\n"
          "On the penalty decision, Neilson said: “I’ve no idea what he sees. He booked Christophe but Christophe said he wasn’t pulling [Lee Ashcroft].\n"
          "“I’ve looked at the video – I don’t see it. You’d need to ask him.”\n"
          "The Tynecastle boss also felt his side should have been playing against 10 men from the second minute after Byrne “smashed” Naismith in the middle of the park.\n"
          "The Dens midfielder picked up a yellow card but Neilson insists that wasn’t enough.\n"
          "He said: “It was a red card, let’s be honest. The boy was out of control, he’s smashed Naisy, but again it’s Don Robertson we’re talking about. It could have gone either way.”\n"
          "‘We probably should have won the game’\n"
          "Despite falling to defeat, Neilson insists his Hearts side should have come away from Dens Park with all three points.\n"
          "But he accepts Hearts were second best in the opening period as Dundee raced into a 2-0 lead at the break through Jordan McGhee and Danny Mullen goals.\n"
          "“We didn’t start the game anywhere near well enough,” Neilson said."),
    entities=[("neilson", "Robbie Neilson", "PERSON",
               ["Neilson", "Hearts manager Robbie Neilson", "The Jambos boss", "The Tynecastle boss"], "Hearts manager"),
              ("berra", "Christophe Berra", "PERSON", ["Berra", "Christophe"], "Hearts defender")],
    mentions=[("m1", "Hearts manager Robbie Neilson", "neilson"),
              ("m2", "The Jambos boss", "neilson"),
              ("m3", "Christophe Berra", "berra"),
              ("m4", ("Neilson", "Neilson insists there’s"), "neilson"),
              ("m5", ("Neilson", "said Neilson"), "neilson"),
              ("m6", ("Neilson", "Neilson said: “I’ve"), "neilson"),
              ("m7", ("Christophe", "booked Christophe"), "berra"),
              ("m8", ("Christophe", "Christophe said"), "berra"),
              ("m9", "The Tynecastle boss", "neilson"),
              ("m10", ("Neilson", "Neilson insists that"), "neilson"),
              ("m11", ("He", "He said: “It was"), "neilson"),
              ("m12", ("Neilson", "Neilson insists his"), "neilson"),
              ("m13", ("he", "he accepts"), "neilson"),
              ("m14", ("Neilson", "Neilson said."), "neilson")],
    attributions=[("a1", "INDIRECT", "m1", "slammed", "the performance of referee Don Robertson", None),
                  ("a2", "INDIRECT", "m2", "questioned", "the awarding of a late penalty to the home side", None),
                  ("a3", "INDIRECT", "m4", ("insists", "Neilson insists there’s"),
                   "there’s a pattern between Saturday’s defeat and their November loss at Dunfermline", None),
                  ("a4", "DIRECT", "m5", ("said", "said Neilson"), "It’s Don Robertson,", None),
                  ("a5", "DIRECT", "m5", None, seg(T, "We’ve lost two games", "again this season."), None),
                  ("a6", "DIRECT", "m6", ("said", "Neilson said: “I’ve"), seg(T, "I’ve no idea what he sees", "need to ask him."), None),
                  ("a7", "INDIRECT", "m8", ("said", "Christophe said"), "he wasn’t pulling [Lee Ashcroft]", "a6"),
                  ("a8", "MIXED", "m9", "felt",
                   "his side should have been playing against 10 men from the second minute after Byrne “smashed” Naismith in the middle of the park", None),
                  ("a9", "INDIRECT", "m10", ("insists", "Neilson insists that"), "that wasn’t enough", None),
                  ("a10", "DIRECT", "m11", ("said", "He said: “It was"), seg(T, "It was a red card", "gone either way."), None),
                  ("a11", "DIRECT", None, None, "We probably should have won the game", None),
                  ("a12", "INDIRECT", "m12", ("insists", "Neilson insists his"),
                   "his Hearts side should have come away from Dens Park with all three points", None),
                  ("a13", "INDIRECT", "m13", "accepts",
                   seg(T, "Hearts were second best", "Danny Mullen goals"), None),
                  ("a14", "DIRECT", "m14", ("said", "Neilson said."), "We didn’t start the game anywhere near well enough,", None)],
    keep_that=("a9",))

# ---------------------------------------------------------------------------------------
# The stored page has no headline and opens with a photo caption (removed), so the text
# starts with its lead. The text is cut at the last whole paragraph of the stored copy (the
# next quotation is cut off mid-sentence). The caption's photo date (2 February 2024) is not
# the page's date, so no date is recorded.
# "issued a warning of a series of work stoppages": the noun is the cue ("a warning that"),
# "of" is left out; the coordinated subject is one GROUP. "in a press release" is a medium.
# "he declared" follows "The union said ...": by sense "he" is Aalto, not the union. The
# quotation with no reporting clause after it continues him (null cue). "an ideology that
# industries have dictated to the ruling parties" (inside the quotation) imposes rather than
# reports, and its object comes before the verb: not annotated. "a key concern for the union
# is related to ..." has no reporting verb or noun cue of speech: not a claim.
doc("helsinkitimes-industrial-union-pro-three-day-strike-february",
    url="https://www.helsinkitimes.fi/finland/finland-news/domestic/24869-two-finnish-unions-announce-three-day-strike-for-mid-february.html",
    outlet="Helsinki Times", country="Finland", topic="business", cut=True,
    text=(T := "THE FINNISH Industrial Union and Trade Union Pro on Friday issued a warning of a series of work stoppages in several industrial sectors on 14–16 February.\n"
          "Riku Aalto, the chairperson of the Industrial Union, argued in a press release that the trade union has no choice but to ramp up its actions because the government continues to show no readiness whatsoever to lend an ear to employees as it pursues changes to employee rights and unemployment security.\n"
          "The union said around 60,000 of its members would take part in the three-day work stoppages at production sites of companies including ABB, Kone, Konecranes, Metso, Meyer Turku, Nokian Tyres, Ponsse, SSAB, Stora Enso, Terrafame, Valmet and Versowood.\n"
          "“The Industrial Union will continue to tighten the strike screw,” he declared.\n"
          "“We won’t tolerate the demolition of structures that were built to protect employees. The negative changes outlined by the government have nothing to do with employment. They are simply a manifestation of an ideology that industries have dictated to the ruling parties.”\n"
          "Currently, a key concern for the union is related to the changes local bargaining would impose on the terms and conditions of employment, their monitoring and the representation of employees."),
    entities=[("unions", "THE FINNISH Industrial Union and Trade Union Pro", "GROUP",
               ["the Finnish Industrial Union and Trade Union Pro"], "two Finnish trade unions"),
              ("aalto", "Riku Aalto", "PERSON", ["Aalto", "Riku Aalto, the chairperson of the Industrial Union"],
               "chairperson of the Industrial Union"),
              ("industrial", "the Industrial Union", "ORGANIZATION", ["Industrial Union", "The union", "the trade union"],
               "Finnish trade union")],
    mentions=[("m1", "THE FINNISH Industrial Union and Trade Union Pro", "unions"),
              ("m2", "Riku Aalto, the chairperson of the Industrial Union", "aalto"),
              ("m3", "the trade union", "industrial"),
              ("m4", ("The union", "The union said"), "industrial"),
              ("m5", ("The Industrial Union", "“The Industrial Union"), "industrial"),
              ("m6", ("he", "he declared"), "aalto"),
              ("m7", ("the union", "concern for the union"), "industrial")],
    attributions=[("a1", "INDIRECT", "m1", "warning", "a series of work stoppages in several industrial sectors on 14–16 February", None),
                  ("a2", "INDIRECT", "m2", "argued",
                   seg(T, "the trade union has no choice", "and unemployment security"), None),
                  ("a3", "INDIRECT", "m4", ("said", "The union said"),
                   seg(T, "around 60,000 of its members", "Valmet and Versowood"), None),
                  ("a4", "DIRECT", "m6", "declared", "The Industrial Union will continue to tighten the strike screw,", None),
                  ("a5", "DIRECT", "m6", None, seg(T, "We won’t tolerate", "to the ruling parties."), None)])

write("train_au.jsonl")
