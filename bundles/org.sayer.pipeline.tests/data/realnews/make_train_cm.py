#!/usr/bin/env python3
"""Writes train_cm.jsonl: real-news gold, split train-cm (see gold.py). Run: python3 make_train_cm.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. The stored copy breaks off
# in "Dubé’s report revealed that the mayor b", so the text is cut before that paragraph. The
# double spaces between sentences are the page's own and are kept.
# "Ontario Ombudsman Paul Dubé has ruled that ..." is a verdict (FORMAT.md, findings included).
# "A complaint was made ... alleging that ...": the complaint names no author, so it is its own
# entity (FORMAT.md, Documents). "The Ombudsman’s report" and "Dubé’s report" name their author in
# the NP, so they are mentions of Dubé; the later "The report states" names nobody in its NP or
# sentence, so it is its own entity, as the worked example treats "the statement added".
# "The Ombudsman’s report states that Assaly told ... that ..." and "The report states that Assaly
# explained that ..." are nested claims. "two councillors recalled signing the document" is read
# as the house-style "recalled" (reported remembering) nested in the report's claim; "one could
# not remember signing it" is a state, not a claim.
# "Assaly asked each of them to sign ...": a request, annotated like "were told to stay home"
# (addressee left out, content the to-infinitive). The document "explaining the steps they
# wanted ..." is a speech act of the document in a reduced relative inside that claim (nested,
# source the document). "it specified ... and named an individual ..." are two claims of the
# document (source "it"). "stated their support for the terminations" has an NP content.
# Groups: the three councillors the mayor met ("three councillors", "each of the councillors",
# "Each councillor", "the three other councillors") are one entity; "two councillors" (who
# recalled signing), "The three members of council who did not sign" (source "The three members
# of council", the relative clause left out; also "three of the councillors" in Assaly's
# explanation) and "Two of the councillors" (a subset of the non-signers) are separate entities.
# Not claims: "spoke individually with three councillors about employee terminations" and "spoke
# with three councillors ... to determine if ..." (meetings, no reported content), "reviewed the
# document", "council voted".
doc("thereview-hawkesbury-ombudsman-council-terminations",
    url="https://thereview.ca/2021/04/12/ombudsman-clears-hawkesbury-council-in-complaint-over-termination-discussions/",
    outlet="The Review", country="Canada", topic="local", cut=True, published="2021-04-12",
    text=(T := "Ontario Ombudsman Paul Dubé has ruled that Hawkesbury town council did not contravene the Municipal Act on June 15, 2020 when Mayor Paula Assaly spoke individually with three councillors about employee terminations because the discussions did not meet the act’s definition of a closed session meeting.\n"
          "A complaint was made to Ombudsman Paul Dubé’s office alleging that these meetings were unlawful closed sessions and as a result, contravened the Municipal Act.\n"
          "The Ombudsman’s report states that Assaly told the Ombudsman’s office that on June 15, she spoke with three councillors at various locations to determine if they were in favour of terminating the employees.  After each of the councillors stated their support for the terminations, Assaly asked each of them to sign a confidential, two-page typed document explaining the steps they wanted the municipality to take during a closed session the following day if council voted to proceed with the terminations.  Dubé’s office reviewed the document and it specified the employees who were to be terminated, the rationale for the terminations, and named an individual who was to assume new responsibilities.\n"
          "Each councillor told the Ombudsman that they had individually met with the mayor about the terminations at locations that were convenient to each councillor.  Dubé’s report states that two councillors recalled signing the document, but one could not remember signing it.\n"
          "The three members of council who did not sign the document said they were not approached by the mayor and were not aware that she was discussing the terminations with the three other councillors.  Two of the councillors told the Ombudsman that they felt left out of the decision-making process and should have been able to participate.  The report states that Assaly explained that she did not approach three of the councillors because she did not believe that they would support the terminations."),
    entities=[("dube", "Paul Dubé", "PERSON",
               ["Dubé", "Ontario Ombudsman Paul Dubé", "the Ombudsman", "The Ombudsman’s report", "Dubé’s report"],
               "Ontario Ombudsman"),
              ("assaly", "Paula Assaly", "PERSON", ["Assaly", "Mayor Paula Assaly", "the mayor"], "Mayor of Hawkesbury"),
              ("complaint", "a complaint", "ORGANIZATION", [], "complaint made to the Ombudsman's office"),
              ("threecouncillors", "three councillors", "GROUP",
               ["each of the councillors", "Each councillor", "the three other councillors"],
               "the three councillors the mayor spoke with"),
              ("document", "a confidential, two-page typed document", "ORGANIZATION", ["the document"],
               "the document the mayor asked the councillors to sign"),
              ("signers", "two councillors", "GROUP", [], "two of the councillors who met the mayor"),
              ("nonsigners", "The three members of council", "GROUP", ["three of the councillors"],
               "the three councillors who did not sign the document"),
              ("leftout", "Two of the councillors", "GROUP", [], "two of the councillors who did not sign"),
              ("report", "the report", "ORGANIZATION", [], "the Ombudsman's report")],
    mentions=[("m1", "Ontario Ombudsman Paul Dubé", "dube"),
              ("m2", "Mayor Paula Assaly", "assaly"),
              ("m3", ("three councillors", "individually with three councillors"), "threecouncillors"),
              ("m4", "A complaint", "complaint"),
              ("m5", "The Ombudsman’s report", "dube"),
              ("m6", ("Assaly", "Assaly told"), "assaly"),
              ("m7", ("three councillors", "she spoke with three councillors"), "threecouncillors"),
              ("m8", "each of the councillors", "threecouncillors"),
              ("m9", ("Assaly", "Assaly asked"), "assaly"),
              ("m10", "a confidential, two-page typed document", "document"),
              ("m11", ("the document", "reviewed the document"), "document"),
              ("m12", ("it", "it specified"), "document"),
              ("m13", "Each councillor", "threecouncillors"),
              ("m14", ("the Ombudsman", "the Ombudsman that they had"), "dube"),
              ("m15", ("the mayor", "the mayor about the terminations"), "assaly"),
              ("m16", "Dubé’s report", "dube"),
              ("m17", ("two councillors", "two councillors recalled"), "signers"),
              ("m18", ("the document", "signing the document, but"), "document"),
              ("m19", "The three members of council", "nonsigners"),
              ("m20", ("the document", "did not sign the document said"), "document"),
              ("m21", ("the mayor", "approached by the mayor"), "assaly"),
              ("m22", "the three other councillors", "threecouncillors"),
              ("m23", "Two of the councillors", "leftout"),
              ("m24", ("the Ombudsman", "the Ombudsman that they felt"), "dube"),
              ("m25", "The report", "report"),
              ("m26", ("Assaly", "Assaly explained"), "assaly"),
              ("m27", "three of the councillors", "nonsigners")],
    attributions=[("a1", "INDIRECT", "m1", "ruled",
                   seg(T, "Hawkesbury town council did not contravene", "closed session meeting"), None),
                  ("a2", "INDIRECT", "m4", "alleging",
                   "these meetings were unlawful closed sessions and as a result, contravened the Municipal Act", None),
                  ("a3", "INDIRECT", "m5", ("states", "report states that Assaly told"),
                   seg(T, "Assaly told the Ombudsman’s office", "terminating the employees"), None),
                  ("a4", "INDIRECT", "m6", ("told", "Assaly told"),
                   "on June 15, she spoke with three councillors at various locations to determine if they were in favour of terminating the employees", "a3"),
                  ("a5", "INDIRECT", "m8", "stated", "their support for the terminations", None),
                  ("a6", "INDIRECT", "m9", ("asked", "Assaly asked"),
                   seg(T, "to sign a confidential", "proceed with the terminations"), None),
                  ("a7", "INDIRECT", "m10", "explaining",
                   "the steps they wanted the municipality to take during a closed session the following day if council voted to proceed with the terminations", "a6"),
                  ("a8", "INDIRECT", "m12", "specified",
                   "the employees who were to be terminated, the rationale for the terminations", None),
                  ("a9", "INDIRECT", "m12", "named", "an individual who was to assume new responsibilities", None),
                  ("a10", "INDIRECT", "m13", ("told", "Each councillor told"),
                   "they had individually met with the mayor about the terminations at locations that were convenient to each councillor", None),
                  ("a11", "INDIRECT", "m16", ("states", "Dubé’s report states"),
                   "two councillors recalled signing the document, but one could not remember signing it", None),
                  ("a12", "INDIRECT", "m17", "recalled", ("signing the document", "recalled signing the document"), "a11"),
                  ("a13", "INDIRECT", "m19", ("said", "document said they"),
                   seg(T, "they were not approached by the mayor", "the three other councillors"), None),
                  ("a14", "INDIRECT", "m23", ("told", "Two of the councillors told"),
                   "they felt left out of the decision-making process and should have been able to participate", None),
                  ("a15", "INDIRECT", "m25", ("states", "The report states"),
                   "Assaly explained that she did not approach three of the councillors because she did not believe that they would support the terminations", None),
                  ("a16", "INDIRECT", "m26", "explained",
                   "she did not approach three of the councillors because she did not believe that they would support the terminations", "a15")])

# ---------------------------------------------------------------------------------------
# The navigation words ("News Local"), the byline, the two photo captions and the readers'
# comments link are left out; the article itself is whole.
# Headline "B.C. groups oppose pipeline decision": the verb is the cue and its object the content,
# as the worked example annotates "rejected the ... discourse"; "B.C. groups" is its own GROUP
# (the groups quoted below, taken together).
# "So far, she said, a federal environmental review process has been completed, but B.C. is also
# demanding that ...": the parenthetical "she said" stays inside the claim (FORMAT.md, Contiguity),
# and "B.C. is also demanding that ..." is nested in it with the province (GPE) as source; "the
# provincial government" in Polak's next claim is a mention of the same entity.
# "despite the federal government's approval issued on Tuesday" qualifies "haven't been met", so it
# stays inside Polak's first claim. The quotation after Erickson's claim has no reporting clause
# and continues him (null cue). "He called the issue a "political football."" is read like
# "described X as Y" (MIXED). Speakers "with the Wilderness Committee" / "with Forest Ethics" keep
# their short affiliation in the source mention.
# Not claims: "the federal government's approval" (a decision).
doc("24hrs-bc-groups-oppose-northern-gateway",
    url="http://vancouver.24hrs.ca/2014/06/17/bc-groups-oppose-pipeline-decision",
    outlet="24 Hours Vancouver", country="Canada", topic="environment", cut=False, published="2014-06-17",
    text=(T := "B.C. groups oppose pipeline decision\n"
          "B.C.'s Environment Minister Mary Polak says four of the province's five conditions for Northern Gateway still haven't been met, despite the federal government's approval issued on Tuesday.\n"
          "So far, she said, a federal environmental review process has been completed, but B.C. is also demanding that it gets a fair share of the pipeline's financial benefit, world-class systems to prevent and handle spills, and protections of aboriginal rights.\n"
          "But she also cautioned the provincial government is legally obligated to hear Enbridge's applications — for things such as environmental assessments, permits, and land-use investigations — and must make decisions without arbitrary opinion.\n"
          "\"One of the important features of our permitting process … is if there are adverse environmental effects, then permits are not going to be granted,\" Polak said.\n"
          "Meanwhile, First Nations groups along the pipeline route say there's no way they will allow the project to proceed.\n"
          "Tsodil Pete Erickson, Hereditary Chief of the Nak'azdi First Nation near Fort Saint John, said his band would seek a legal injunction to prevent pipeline construction from beginning.\n"
          "\"Under no circumstances as long as I'm alive will there be a heavy oil pipeline through our territory.\"\n"
          "Eoin Madden with the Wilderness Committee said it seems the only way to stop the pipeline is via the courts, or in the coming federal election. He called the issue a \"political football.\"\n"
          "Ben West with Forest Ethics said people are willing to engage in civil disobedience, though his organization is conducting training to ensure any action is peaceful."),
    entities=[("bcgroups", "B.C. groups", "GROUP", [], "British Columbia groups opposed to Northern Gateway"),
              ("polak", "Mary Polak", "PERSON", ["Polak", "B.C.'s Environment Minister Mary Polak"],
               "British Columbia Environment Minister"),
              ("bc", "B.C.", "GPE", ["the provincial government"], "province of British Columbia"),
              ("firstnations", "First Nations groups", "GROUP", [], "First Nations groups along the pipeline route"),
              ("erickson", "Tsodil Pete Erickson", "PERSON",
               ["Erickson", "Tsodil Pete Erickson, Hereditary Chief of the Nak'azdi First Nation"],
               "Hereditary Chief of the Nak'azdi First Nation"),
              ("madden", "Eoin Madden", "PERSON", ["Madden", "Eoin Madden with the Wilderness Committee"],
               "Wilderness Committee"),
              ("west", "Ben West", "PERSON", ["Ben West with Forest Ethics"], "Forest Ethics")],
    mentions=[("m1", "B.C. groups", "bcgroups"),
              ("m2", "B.C.'s Environment Minister Mary Polak", "polak"),
              ("m3", ("she", "she said, a federal"), "polak"),
              ("m4", ("B.C.", "B.C. is also demanding"), "bc"),
              ("m5", ("she", "she also cautioned"), "polak"),
              ("m6", "the provincial government", "bc"),
              ("m7", ("Polak", "Polak said."), "polak"),
              ("m8", "First Nations groups", "firstnations"),
              ("m9", "Tsodil Pete Erickson, Hereditary Chief of the Nak'azdi First Nation", "erickson"),
              ("m10", "Eoin Madden with the Wilderness Committee", "madden"),
              ("m11", ("He", "He called"), "madden"),
              ("m12", "Ben West with Forest Ethics", "west")],
    attributions=[("a1", "INDIRECT", "m1", "oppose", "pipeline decision", None),
                  ("a2", "INDIRECT", "m2", "says",
                   seg(T, "four of the province's five conditions", "approval issued on Tuesday"), None),
                  ("a3", "INDIRECT", "m3", ("said", "she said, a federal"),
                   seg(T, "So far, she said", "protections of aboriginal rights"), None),
                  ("a4", "INDIRECT", "m4", "demanding",
                   "it gets a fair share of the pipeline's financial benefit, world-class systems to prevent and handle spills, and protections of aboriginal rights", "a3"),
                  ("a5", "INDIRECT", "m5", "cautioned",
                   seg(T, "the provincial government is legally obligated", "without arbitrary opinion"), None),
                  ("a6", "DIRECT", "m7", ("said", "Polak said."),
                   seg(T, "One of the important features", "not going to be granted,"), None),
                  ("a7", "INDIRECT", "m8", ("say", "route say there's"),
                   "there's no way they will allow the project to proceed", None),
                  ("a8", "INDIRECT", "m9", ("said", "John, said his band"),
                   "his band would seek a legal injunction to prevent pipeline construction from beginning", None),
                  ("a9", "DIRECT", "m9", None,
                   "Under no circumstances as long as I'm alive will there be a heavy oil pipeline through our territory.", None),
                  ("a10", "INDIRECT", "m10", ("said", "Committee said it seems"),
                   "it seems the only way to stop the pipeline is via the courts, or in the coming federal election", None),
                  ("a11", "MIXED", "m11", "called", "the issue a \"political football.\"", None),
                  ("a12", "INDIRECT", "m12", ("said", "Ethics said people"),
                   "people are willing to engage in civil disobedience, though his organization is conducting training to ensure any action is peaceful", None)])

# ---------------------------------------------------------------------------------------
# The photo credit ("Photo: La Gaceta") is left out; the article is whole. The page gives no date.
# The typos "orginally" and the comma in "Ricardo Ferreyra, said" are the page's own.
# "..., website Lagaceta.com.ar reported.": a trailing cue over the whole sentence, the website the
# source. "he was quoted as saying" has the pronoun as source (twice, Ferreyra then Alperovich).
# "The union had orginally asked for a 30% rise ... with the ATC offering a 20% increase": "asked
# for" is a demand with an NP content (like "called for"), and "offering" is read as the
# employers' offer, a commissive with an NP content; "which they later improved to 23%" is an
# action. "Government minister Edmundo Jiménez's call last week for dialogue between the two
# parties" is a noun cue ("call"), its possessor the source and "dialogue between the two parties"
# the content ("for" only links the cue).
# Not claims: "after rejecting the ... 23% wage rise offer" (a decision, like "refused to sign"),
# the headline (no speaker, no cue).
doc("freshfruitportal-tucuman-citrus-strikes",
    url="https://freshfruitportal.com/?p=11994",
    outlet="FreshFruitPortal.com", country="Chile", topic="business", cut=False,
    text=(T := "Strikes paralyze Argentine fruit province Tucumán\n"
          "The Argentine province of Tucumán has been brought to a standstill with farm laborers and stevedores striking for more pay, blocking 100 roads across the region, website Lagaceta.com.ar reported.\n"
          "The Argentine Union of Rural Workers and Stevedores (UATRE) members organized 102 pickets after rejecting the Tucumán Citrus Association's (ATC) 23% wage rise offer.\n"
          "UATRE regional representative Ricardo Ferreyra, said pickets were likely to occur again this week.\n"
          "\"ATC authorities did not attend the meeting at Government House, so we have no choice but to keep the protest going,\" he was quoted as saying.\n"
          "The union had orginally asked for a 30% rise in the basic salary for lemon workers with the ATC offering a 20% increase, which they later improved to 23%.\n"
          "The roadblocks made it difficult for lemon trucks to get around and general traffic was also affected.\n"
          "Government minister Edmundo Jiménez's call last week for dialogue between the two parties failed to materialize.\n"
          "Tucumán province governor José Alperovich, said road blocks were not the way to solve the labor dispute.\n"
          "\"We gain nothing by it; the state has nothing to do with this because it is a matter between private parties,\" he was quoted as saying."),
    entities=[("lagaceta", "Lagaceta.com.ar", "ORGANIZATION", ["website Lagaceta.com.ar"], "news website of La Gaceta, Tucumán"),
              ("ferreyra", "Ricardo Ferreyra", "PERSON", ["Ferreyra", "UATRE regional representative Ricardo Ferreyra"],
               "UATRE regional representative"),
              ("uatre", "Argentine Union of Rural Workers and Stevedores", "ORGANIZATION", ["UATRE", "The union"],
               "farm workers' and stevedores' union"),
              ("atc", "Tucumán Citrus Association", "ORGANIZATION", ["ATC", "the ATC"], "citrus growers' association"),
              ("jimenez", "Edmundo Jiménez", "PERSON", ["Jiménez", "Government minister Edmundo Jiménez"],
               "Tucumán government minister"),
              ("alperovich", "José Alperovich", "PERSON", ["Alperovich", "Tucumán province governor José Alperovich"],
               "Governor of Tucumán province")],
    mentions=[("m1", "website Lagaceta.com.ar", "lagaceta"),
              ("m2", "UATRE regional representative Ricardo Ferreyra", "ferreyra"),
              ("m3", ("he", "he was quoted as saying.\nThe union"), "ferreyra"),
              ("m4", "The union", "uatre"),
              ("m5", ("the ATC", "the ATC offering"), "atc"),
              ("m6", "Government minister Edmundo Jiménez", "jimenez"),
              ("m7", "Tucumán province governor José Alperovich", "alperovich"),
              ("m8", ("he", "parties,\" he was quoted"), "alperovich")],
    attributions=[("a1", "INDIRECT", "m1", "reported",
                   seg(T, "The Argentine province of Tucumán", "blocking 100 roads across the region"), None),
                  ("a2", "INDIRECT", "m2", ("said", "Ferreyra, said pickets"), "pickets were likely to occur again this week", None),
                  ("a3", "DIRECT", "m3", ("quoted as saying", "he was quoted as saying.\nThe union"),
                   seg(T, "ATC authorities did not attend", "keep the protest going,"), None),
                  ("a4", "INDIRECT", "m4", "asked for", "a 30% rise in the basic salary for lemon workers", None),
                  ("a5", "INDIRECT", "m5", "offering", "a 20% increase", None),
                  ("a6", "INDIRECT", "m6", ("call", "call last week"), "dialogue between the two parties", None),
                  ("a7", "INDIRECT", "m7", ("said", "Alperovich, said road"),
                   "road blocks were not the way to solve the labor dispute", None),
                  ("a8", "DIRECT", "m8", ("quoted as saying", "parties,\" he was quoted as saying"),
                   seg(T, "We gain nothing by it", "between private parties,"), None)])

# ---------------------------------------------------------------------------------------
# The byline, the photo caption (printed twice) and its credit are left out; the subheadline is
# kept as a standfirst. The stored copy breaks off in "there are plenty of local ", so the text is
# cut before that paragraph. The page gives no date.
# Headline "Virus declared emergency": an agentless passive with a raised subject (FORMAT.md, Left
# outside), so the source is null and the content is "emergency". The standfirst "Health
# Department: No current cause for concern in Highland Co." is a colon headline (null cue); the
# county health department is a separate entity from its commissioner Jared Warner.
# "the World Health Organization (WHO) declared the novel coronavirus outbreak an international
# public health emergency" is read like "labelled X Y". "According to the WHO, representatives ...
# said ... that ...": the representatives' claim is nested in the WHO's (two speakers, not one claim
# with two frames). "The Butler County Health District has reported that ..." is nested in
# Warner's quotation; "lab results are expected to take a week" is an agentless forecast nested in
# the quotation that continues Warner (null cue).
# Not claims: "China initially informed the WHO about cases ..." (an action, like "informed the
# regulator"), "Of those, 1,370 cases are reportedly severe ..." (a hedge, no cue), "These students
# have been isolated ..." (no cue).
doc("timesgazette-highland-county-coronavirus-no-concern",
    url="https://www.timesgazette.com/news/45289/virus-declared-emergency",
    outlet="The Times-Gazette", country="US", topic="health-science", cut=True,
    text=(T := "Virus declared emergency\n"
          "Health Department: No current cause for concern in Highland Co.\n"
          "While the World Health Organization (WHO) declared the novel coronavirus outbreak an international public health emergency on Thursday, Highland County Health Commissioner Jared Warner said there really isn’t a cause for concern that Highland County residents could be exposed to the virus at this time.\n"
          "The coronavirus was first identified in Wuhan, China, and China initially informed the WHO about cases involving the virus in December, The Associated Press said.\n"
          "According to the WHO, representatives of the Ministry of Health of the People’s Republic of China said at an International Health Regulations (IHR) Emergency Committee meeting Thursday that there have been, to date, 7,711 confirmed cases and 12,167 suspected cases involving the novel coronavirus throughout China. Of those, 1,370 cases are reportedly severe, 170 people have died, while 124 recovered and have since been released from the hospital.\n"
          "Warner said in a press release that Butler County health officials and Miami University officials are monitoring two students who recently traveled to the affected region in China. These students have been isolated in their off-campus homes.\n"
          "“The Butler County Health District has reported that these students continue to feel better with mild cold-like symptoms,” Warner said in the release. “Lab samples are currently at the CDC for confirmatory testing; lab results are expected to take a week.”"),
    entities=[("hd", "Health Department", "ORGANIZATION", [], "Highland County Health Department"),
              ("who", "World Health Organization", "ORGANIZATION", ["WHO", "the World Health Organization (WHO)"], None),
              ("warner", "Jared Warner", "PERSON", ["Warner", "Highland County Health Commissioner Jared Warner"],
               "Highland County Health Commissioner"),
              ("ap", "The Associated Press", "ORGANIZATION", ["Associated Press"], "news agency"),
              ("chinareps", "representatives of the Ministry of Health of the People’s Republic of China", "GROUP", [],
               "Chinese health ministry representatives"),
              ("bchd", "The Butler County Health District", "ORGANIZATION", ["Butler County Health District"], None)],
    mentions=[("m1", "Health Department", "hd"),
              ("m2", "the World Health Organization (WHO)", "who"),
              ("m3", "Highland County Health Commissioner Jared Warner", "warner"),
              ("m4", ("the WHO", "informed the WHO"), "who"),
              ("m5", "The Associated Press", "ap"),
              ("m6", ("the WHO", "According to the WHO"), "who"),
              ("m7", "representatives of the Ministry of Health of the People’s Republic of China", "chinareps"),
              ("m8", ("Warner", "Warner said in a press release"), "warner"),
              ("m9", "The Butler County Health District", "bchd"),
              ("m10", ("Warner", "Warner said in the release"), "warner")],
    attributions=[("a1", "INDIRECT", None, ("declared", "Virus declared"), ("emergency", "declared emergency"), None),
                  ("a2", "INDIRECT", "m1", None, "No current cause for concern in Highland Co.", None),
                  ("a3", "INDIRECT", "m2", ("declared", "(WHO) declared"),
                   "the novel coronavirus outbreak an international public health emergency", None),
                  ("a4", "INDIRECT", "m3", ("said", "Warner said there"),
                   "there really isn’t a cause for concern that Highland County residents could be exposed to the virus at this time", None),
                  ("a5", "INDIRECT", "m5", ("said", "Press said"),
                   seg(T, "The coronavirus was first identified", "the virus in December"), None),
                  ("a6", "INDIRECT", "m6", "According to",
                   seg(T, "representatives of the Ministry of Health", "novel coronavirus throughout China"), None),
                  ("a7", "INDIRECT", "m7", ("said", "China said at"),
                   "there have been, to date, 7,711 confirmed cases and 12,167 suspected cases involving the novel coronavirus throughout China", "a6"),
                  ("a8", "INDIRECT", "m8", ("said", "Warner said in a press release"),
                   seg(T, "Butler County health officials", "affected region in China"), None),
                  ("a9", "DIRECT", "m10", ("said", "Warner said in the release"),
                   seg(T, "The Butler County Health District has reported", "mild cold-like symptoms,"), None),
                  ("a10", "INDIRECT", "m9", ("reported", "has reported that these"),
                   "these students continue to feel better with mild cold-like symptoms", "a9"),
                  ("a11", "DIRECT", "m10", None, seg(T, "Lab samples are currently", "take a week."), None),
                  ("a12", "INDIRECT", None, "expected", "to take a week", "a11")])

# ---------------------------------------------------------------------------------------
# The headline is printed twice on the stored page; the date line and the source line ("Hungary
# Matters") between them are left out and the headline kept once. The stored copy breaks off in
# "This suggested, h", so the text is cut before that paragraph (losing "Ujhelyi insisted ...").
# Headline "Hungarian Opposition Parties Slam PM Orbán For 'Lying'" and the lead "Opposition leaders
# have blasted Prime Minister Viktor Orbán for “lying ...”": evaluative reporting with a content
# (FORMAT.md, Included although borderline); the target and the for-phrase are the content, as
# "called on X to Y" keeps its addressee, and the quoted words make them MIXED (the headline's
# straight single quotes are quotation marks). "in an international press conference on
# Thursday" is Orbán's press conference (his, per "Orbán’s press conference" below), so it stays
# inside the claim. The parties in the headline and the leaders in the lead are one collective.
# "accused Orbán of being misleading over ..." keeps the accused in the content in the same way.
# "Orbán himself has already admitted to delays in the project" is nested in Keresztes' quotation.
# "Orbán at the same time had insisted that ..., Szabó said.": Orbán's claim nested in Szabó's.
# "Szabó said Orbán had ignored the opinion of Hungarians, insisting that 85% condemned the “slave
# law”" is read as "X said A, insisting B" (two claims of Szabó, seed a18/a19).
# Not claims: "Orbán’s characterisation of the fight ..." (no reported proposition), "how Orbán had
# refused to answer questions about Lőrinc Mészáros" (a refusal with a topic, no open question),
# "85% condemned" (a poll figure), "Orbán’s press conference had signalled" (an evidential),
# "Hungarians were making their demands" (no content).
doc("xpatloop-opposition-slam-orban-lying",
    url="https://xpatloop.com/channels/2019/01/hungarian-opposition-parties-slam-pm-orban-for-lying.html",
    outlet="XpatLoop", country="Hungary", topic="politics", cut=True, published="2019-01-11",
    text=(T := "Hungarian Opposition Parties Slam PM Orbán For 'Lying'\n"
          "Opposition leaders have blasted Prime Minister Viktor Orbán for “lying about Hungary’s real situation” in an international press conference on Thursday.\n"
          "László Lóránt Keresztes, the co-leader of green party LMP, said Orbán had deflected questions on major political issues that would define Hungary’s future. He said Orbán’s characterisation of the fight between pro-migration forces and their opponents ignored the debate over what caused migration and how the issue could be solved effectively.\n"
          "Meanwhile, Keresztes accused Orbán of being misleading over the project to expand Hungary’s Paks nuclear power plant. “Russian contracting partners have failed to obtain the necessary permits and Orbán himself has already admitted to delays in the project,” he added.\n"
          "Timea Szabó, co-leader of Párbeszéd, said the prime minister had been evasive about the true state of Hungarian health care, education and wages. She said it was “telling” how Orbán had refused to answer questions about Lőrinc Mészáros, who last year topped Hungary’s rich list. Orbán at the same time had insisted that corruption was not tolerated in Hungary, Szabó said.\n"
          "In connection with the recent amendment to the labour code extending the number of possible overtime hours, Szabó said Orbán had ignored the opinion of Hungarians, insisting that 85% condemned the “slave law”.\n"
          "Socialist MEP István Ujhelyi told the same journalists that Orbán’s press conference had signalled the start of his campaign for the upcoming European parliamentary elections. He said Orbán had “tried hard” to conceal how Hungarians were making their demands concerning the “slave law” “on the streets”."),
    entities=[("opposition", "Opposition leaders", "GROUP", ["Hungarian Opposition Parties"], "Hungarian opposition parties and their leaders"),
              ("orban", "Viktor Orbán", "PERSON",
               ["Orbán", "PM Orbán", "Prime Minister Viktor Orbán", "the prime minister", "Orbán himself"],
               "Prime Minister of Hungary"),
              ("keresztes", "László Lóránt Keresztes", "PERSON",
               ["Keresztes", "László Lóránt Keresztes, the co-leader of green party LMP"], "co-leader of LMP"),
              ("szabo", "Timea Szabó", "PERSON", ["Szabó", "Timea Szabó, co-leader of Párbeszéd"], "co-leader of Párbeszéd"),
              ("ujhelyi", "István Ujhelyi", "PERSON", ["Ujhelyi", "Socialist MEP István Ujhelyi"], "Socialist MEP")],
    mentions=[("m1", "Hungarian Opposition Parties", "opposition"),
              ("m2", "PM Orbán", "orban"),
              ("m3", "Opposition leaders", "opposition"),
              ("m4", "Prime Minister Viktor Orbán", "orban"),
              ("m5", "László Lóránt Keresztes, the co-leader of green party LMP", "keresztes"),
              ("m6", ("Orbán", "Orbán had deflected"), "orban"),
              ("m7", ("He", "He said Orbán’s"), "keresztes"),
              ("m8", ("Keresztes", "Keresztes accused"), "keresztes"),
              ("m9", ("Orbán", "Orbán of being misleading"), "orban"),
              ("m10", "Orbán himself", "orban"),
              ("m11", ("he", "he added"), "keresztes"),
              ("m12", "Timea Szabó, co-leader of Párbeszéd", "szabo"),
              ("m13", "the prime minister", "orban"),
              ("m14", ("She", "She said it was"), "szabo"),
              ("m15", ("Orbán", "Orbán had refused"), "orban"),
              ("m16", ("Orbán", "Orbán at the same time"), "orban"),
              ("m17", ("Szabó", "Hungary, Szabó said"), "szabo"),
              ("m18", ("Szabó", "Szabó said Orbán had ignored"), "szabo"),
              ("m19", ("Orbán", "Orbán had ignored"), "orban"),
              ("m20", "Socialist MEP István Ujhelyi", "ujhelyi"),
              ("m21", ("He", "He said Orbán had “tried"), "ujhelyi"),
              ("m22", ("Orbán", "Orbán had “tried"), "orban")],
    attributions=[("a1", "MIXED", "m1", "Slam", "PM Orbán For 'Lying'", None),
                  ("a2", "MIXED", "m3", "blasted",
                   seg(T, "Prime Minister Viktor Orbán for “lying", "press conference on Thursday"), None),
                  ("a3", "INDIRECT", "m5", ("said", "LMP, said Orbán"),
                   "Orbán had deflected questions on major political issues that would define Hungary’s future", None),
                  ("a4", "INDIRECT", "m7", ("said", "He said Orbán’s"),
                   seg(T, "Orbán’s characterisation of the fight", "solved effectively"), None),
                  ("a5", "INDIRECT", "m8", "accused",
                   "Orbán of being misleading over the project to expand Hungary’s Paks nuclear power plant", None),
                  ("a6", "DIRECT", "m11", "added",
                   seg(T, "Russian contracting partners", "delays in the project,"), None),
                  ("a7", "INDIRECT", "m10", "admitted to", ("delays in the project", "admitted to delays"), "a6"),
                  ("a8", "INDIRECT", "m12", ("said", "Párbeszéd, said the"),
                   "the prime minister had been evasive about the true state of Hungarian health care, education and wages", None),
                  ("a9", "MIXED", "m14", ("said", "She said it was"),
                   seg(T, "it was “telling” how Orbán", "Hungary’s rich list"), None),
                  ("a10", "INDIRECT", "m17", ("said", "Hungary, Szabó said"),
                   "Orbán at the same time had insisted that corruption was not tolerated in Hungary", None),
                  ("a11", "INDIRECT", "m16", ("insisted", "had insisted that corruption"),
                   "corruption was not tolerated in Hungary", "a10"),
                  ("a12", "INDIRECT", "m18", ("said", "Szabó said Orbán had ignored"),
                   "Orbán had ignored the opinion of Hungarians", None),
                  ("a13", "MIXED", "m18", "insisting", "85% condemned the “slave law”", None),
                  ("a14", "INDIRECT", "m20", ("told", "Ujhelyi told"),
                   seg(T, "Orbán’s press conference had signalled", "European parliamentary elections"), None),
                  ("a15", "MIXED", "m21", ("said", "He said Orbán had “tried"),
                   seg(T, "Orbán had “tried hard”", "“on the streets”"), None)])

# ---------------------------------------------------------------------------------------
# The empty photo credit ("Credit:") is left out. The stored copy breaks off in "That’s ", so the
# text is cut before that paragraph. The page gives no date.
# "Ian Foster has admitted that Brian Cash’s 89th-winner ... was a “bitter pill to swallow” as
# eight-man Dundalk crashed out ... on Friday night": the as-clause says when and why the winner
# was bitter, so it is read as inside the claim, not as an adjunct of "admitted" (MIXED).
# The quotation after "Foster said afterwards." has no reporting clause of its own and continues
# Foster (null cue). Inside it, "We said at half-time that you’ve got to ..." is a nested claim;
# its "We" is the Dundalk camp, one entity with "eight-man Dundalk", "The Lilywhites", "the
# hosts" and "his battling troops" (one collective in one scene; Foster, its manager, is separate).
# "Foster, while admitting he would like to see it again, felt ...": "admitting" and "felt" (a
# belief of a named subject, FORMAT.md) are two claims of Foster.
# Not claims: "had no complaints about two of the red cards" (a state with no content),
# "Commenting on the red cards" (a topic, no content), the headline (no cue; "for Foster" is not a
# claim – name headline).
doc("extratime-foster-dundalk-fai-cup-loss",
    url="https://extratime.com/articles/3660/loss-a-bitter-pill-to-swallow-for-foster",
    outlet="Extratime.com", country="Ireland", topic="sport", cut=True,
    text=(T := "Loss a bitter pill to swallow for Foster\n"
          "Ian Foster has admitted that Brian Cash’s 89th-winner for Saint Patrick’s Athletic was a “bitter pill to swallow” as eight-man Dundalk crashed out of the FAI Cup at the third round stage despite a brave display at Oriel Park on Friday night.\n"
          "The Lilywhites were slightly on top when Ciarán McGuigan and JJ Melligan were both shown straight red cards just before the break, but they held out until the dying seconds only for substitute Cash to fire in and send the hosts to a heartbreaking defeat, a dreadful night completed moments later when Garry Breen was also dismissed.\n"
          "Foster, however, had no complaints about two of the red cards, the 33-year-old Liverpool-born boss more upset by the way his battling troops lost the game.\n"
          "“It’s a difficult one to take because we seen it out for so long,” Foster said afterwards. “It’s the 90th minute of the match and they’ve scored the winner which is hard to take, because we defended exceptionally well in the second half. The ball has bounced about in the six-yard box, it’s fell to one of their players and he’s stuck it in the back of the net. It’s a difficult one to take but it’s one that we’ll have to learn from, and learn quickly. We said at half-time that you’ve got to defend deep, you’ve got to keep the ball in front and you’ve got to be Trojans, work your socks off and dig in, and we did all that. Unfortunately at the end, it’s bounced to the wrong man and he’s put it away.”\n"
          "Commenting on the red cards, Foster, while admitting he would like to see it again, felt McGuigan’s dismissal came from a tackle which was no worse than Dave Mulcahy’s lunge on Shaun Kelly in the sides’ league meeting at Oriel Park back in March. But he acknowledged that the other two were warranted."),
    entities=[("foster", "Ian Foster", "PERSON", ["Foster", "the 33-year-old Liverpool-born boss"], "Dundalk manager"),
              ("dundalk", "Dundalk", "GROUP",
               ["eight-man Dundalk", "The Lilywhites", "the hosts", "his battling troops"], "Dundalk FC, its team and staff")],
    mentions=[("m1", "Ian Foster", "foster"),
              ("m2", "eight-man Dundalk", "dundalk"),
              ("m3", "The Lilywhites", "dundalk"),
              ("m4", "the hosts", "dundalk"),
              ("m5", ("Foster", "Foster, however"), "foster"),
              ("m6", "the 33-year-old Liverpool-born boss", "foster"),
              ("m7", "his battling troops", "dundalk"),
              ("m8", ("Foster", "Foster said afterwards"), "foster"),
              ("m9", ("We", "We said at half-time"), "dundalk"),
              ("m10", ("Foster", "Foster, while admitting"), "foster"),
              ("m11", ("he", "he acknowledged"), "foster")],
    attributions=[("a1", "MIXED", "m1", "admitted",
                   seg(T, "Brian Cash’s 89th-winner", "on Friday night"), None),
                  ("a2", "DIRECT", "m8", ("said", "Foster said afterwards"),
                   "It’s a difficult one to take because we seen it out for so long,", None),
                  ("a3", "DIRECT", "m8", None, seg(T, "It’s the 90th minute", "he’s put it away."), None),
                  ("a4", "INDIRECT", "m9", ("said", "We said at half-time"),
                   seg(T, "you’ve got to defend deep", "work your socks off and dig in"), "a3"),
                  ("a5", "INDIRECT", "m10", "admitting", "he would like to see it again", None),
                  ("a6", "INDIRECT", "m10", "felt", seg(T, "McGuigan’s dismissal came from", "back in March"), None),
                  ("a7", "INDIRECT", "m11", "acknowledged", "the other two were warranted", None)])

# ---------------------------------------------------------------------------------------
# The stored copy breaks off in "when h" ("He suggested Mr Quinn could make a bail application
# ..."), so the text is cut before that paragraph. "today(Wed)" is the page's own spacing.
# "Defence solicitor Cathal Quinn said that a potential bailsperson was delayed ... when Judge
# Seamus Hughes recalled that ...": the when-clause says when Quinn said it (an adjunct of the
# reporting event), so Quinn's content stops at "District Court" and the judge's "recalled" is a
# claim of its own, not nested (MIXED, the quoted words inside it).
# "Mr Quinn, saying he hadn’t an opportunity ..., claimed “this is merely a device ...”": two claims
# of Quinn; the second is wholly inside one quotation, so DIRECT. "The judge reminded him to
# consider his client’s application" is a directive (addressee left out, FORMAT.md, Left outside).
# "He said he recognised Ward ... had a right to apply for bail": "recognised" is the judge's
# attitude within his own report and is not split off.
# The judge and the solicitor of the headline and the lead are Hughes and Quinn.
# Not claims: the headline and the lead "clash/clashed over a bail application" (no reported
# content), "But the new bailsperson wasn’t in court on time." (no cue), "I respectfully ask you
# ..." (the speaker's own act inside his quotation).
doc("highlandradio-donegal-judge-solicitor-clash-bail",
    url="https://highlandradio.com/2010/11/25/donegal-judge-and-solicitor-clash-over-bail-application/",
    outlet="Highland Radio", country="Ireland", topic="courts-crime", cut=True, published="2010-11-25",
    text=(T := "Donegal Judge and solicitor clash over bail application\n"
          "A judge and a solicitor clashed today(Wed) over a bail application by a man jailed for four months for road offences.\n"
          "Defence solicitor Cathal Quinn said that a potential bailsperson was delayed on the way to Glenties District Court when Judge Seamus Hughes recalled that the previous day an unacceptable surety for the jailed man, Martin Ward, arrived in Buncrana court “with hands in pockets singing a tune”.\n"
          "Mr Quinn said solicitors had no control over how people arrive in court and at that stage the judge said he was striking out the defence application for bail.\n"
          "A row flared when Mr Quinn, saying he hadn’t an opportunity to make his submission, claimed “this is merely a device to keep my client in prison.”\n"
          "The judge said he would have Mr Quinn removed from court and the solicitor responded: “I’ll save you the trouble. I’ll leave.”\n"
          "The judge reminded him to consider his client’s application and the court was adjourned for five minutes.\n"
          "Later the solicitor said: “We got off on the wrong foot. I respectfully ask you to treat it as water under the bridge.”\n"
          "The judge said he had been trying to give a history of the case for the gardai who would have to check out the new bailsperson for approval. He said he recognised Ward, of Carraig Craobh, Crievesmith, Letterkenny, had a right to apply for bail when appealing his sentence. But the new bailsperson wasn’t in court on time.\n"
          "The judge said: “This court does not sit for the consensus of the person who decides to come to court when it suits them.”\n"
          "Ward was jailed the previous in Buncrana and banned from driving for three years for driving without insurance and other road offences.\n"
          "Judge Hughes said gardai should have 24 hours to check the background of the surety instead of a few minutes notice as they were given today."),
    entities=[("quinn", "Cathal Quinn", "PERSON",
               ["Quinn", "Mr Quinn", "Defence solicitor Cathal Quinn", "the solicitor", "a solicitor", "solicitor"],
               "defence solicitor"),
              ("hughes", "Seamus Hughes", "PERSON",
               ["Hughes", "Judge Hughes", "Judge Seamus Hughes", "the judge", "A judge", "Donegal Judge"],
               "District Court judge, Donegal")],
    mentions=[("m1", "Donegal Judge", "hughes"),
              ("m2", ("solicitor", "solicitor clash over"), "quinn"),
              ("m3", "A judge", "hughes"),
              ("m4", ("a solicitor", "a solicitor clashed"), "quinn"),
              ("m5", "Defence solicitor Cathal Quinn", "quinn"),
              ("m6", "Judge Seamus Hughes", "hughes"),
              ("m7", ("Mr Quinn", "Mr Quinn said solicitors"), "quinn"),
              ("m8", ("the judge", "the judge said he was striking"), "hughes"),
              ("m9", ("Mr Quinn", "Mr Quinn, saying"), "quinn"),
              ("m10", ("The judge", "The judge said he would have"), "hughes"),
              ("m11", ("Mr Quinn", "Mr Quinn removed"), "quinn"),
              ("m12", ("the solicitor", "the solicitor responded"), "quinn"),
              ("m13", ("The judge", "The judge reminded"), "hughes"),
              ("m14", ("the solicitor", "the solicitor said:"), "quinn"),
              ("m15", ("The judge", "The judge said he had been"), "hughes"),
              ("m16", ("He", "He said he recognised"), "hughes"),
              ("m17", ("The judge", "The judge said: “This"), "hughes"),
              ("m18", "Judge Hughes", "hughes")],
    attributions=[("a1", "INDIRECT", "m5", ("said", "Quinn said that a potential"),
                   "a potential bailsperson was delayed on the way to Glenties District Court", None),
                  ("a2", "MIXED", "m6", "recalled",
                   seg(T, "the previous day an unacceptable surety", "singing a tune”"), None),
                  ("a3", "INDIRECT", "m7", ("said", "Mr Quinn said solicitors"),
                   "solicitors had no control over how people arrive in court", None),
                  ("a4", "INDIRECT", "m8", ("said", "the judge said he was striking"),
                   "he was striking out the defence application for bail", None),
                  ("a5", "INDIRECT", "m9", "saying", "he hadn’t an opportunity to make his submission", None),
                  ("a6", "DIRECT", "m9", "claimed", "this is merely a device to keep my client in prison.", None),
                  ("a7", "INDIRECT", "m10", ("said", "The judge said he would have"),
                   "he would have Mr Quinn removed from court", None),
                  ("a8", "DIRECT", "m12", "responded", "I’ll save you the trouble. I’ll leave.", None),
                  ("a9", "INDIRECT", "m13", "reminded", "to consider his client’s application", None),
                  ("a10", "DIRECT", "m14", ("said", "the solicitor said:"),
                   "We got off on the wrong foot. I respectfully ask you to treat it as water under the bridge.", None),
                  ("a11", "INDIRECT", "m15", ("said", "The judge said he had been"),
                   seg(T, "he had been trying to give a history", "for approval"), None),
                  ("a12", "INDIRECT", "m16", ("said", "He said he recognised"),
                   seg(T, "he recognised Ward", "appealing his sentence"), None),
                  ("a13", "DIRECT", "m17", ("said", "The judge said: “This"),
                   seg(T, "This court does not sit", "when it suits them."), None),
                  ("a14", "INDIRECT", "m18", ("said", "Judge Hughes said"),
                   seg(T, "gardai should have 24 hours", "as they were given today"), None)])

write("train_cm.jsonl")
