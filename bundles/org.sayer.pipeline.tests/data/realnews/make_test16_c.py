#!/usr/bin/env python3
"""Writes test16_c.jsonl: real-news gold, split test16-c (see gold.py). Run: python3 make_test16_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "police-arrest-suspect-over-swiss-womans-
# murder-in-phuket"), so the text starts with the lead; the date is the page's. The stored copy
# breaks off mid-word ("The bruises and wounds on his body occu"); the text is cut before it.
# Notes:
# - "a 27-year-old Thai man who has reportedly confessed to the murder of ...": the cue sits in a
#   relative clause, so the source is its antecedent; "reportedly" is a hedge left out of the cue,
#   "to" only links the cue, and "two days after ..." is an adjunct of the arrest.
# - "online sleuths have been weighing in with speculation that ...": a noun cue (FORMAT.md, Noun
#   cues: the noun is the cue).
# - "the suspect had confessed" and "the interviewee confessed" have no content of their own: not
#   split off as claims.
# - "a check found bruises on his body" and "an ID card that identified him as ..." are physical
#   findings (as `the footage showed`, FORMAT.md Evidentials), not reported claims.
# - "told the Bangkok Post" / "told police investigators": the addressees are left out and are not
#   sources. "They fought, and he pressed ..." has no cue (No cue, no claim).
doc("chiangraitimes-phuket-swiss-tourist-murder-suspect",
    url="https://www.chiangraitimes.com/crime-chiang-rai-thailand/police-arrest-suspect-over-swiss-womans-murder-in-phuket/",
    outlet="Chiang Rai Times", country="Thailand", topic="courts-crime", cut=True, published="2021-08-07",
    text=(T := "Police on the resort island of Phuket have arrested a 27-year-old Thai man who has reportedly confessed to the murder of a Swiss tourist, two days after her body was found at a local waterfall.\n"
          "The confession followed an intensive interrogation of the man, who had gone to the site to collect wild orchids, Thai media reported.\n"
          "National police chief Pol Gen Suwat Jangyodsuk flew to Phuket on Friday with a team of top investigators to oversee the case, the first serious incident to be reported since the Sandbox program began on July 1.\n"
          "On Saturday he told reporters that officers had some “good news” and that the case was “all wrapped up”. He is scheduled to hold a news conference at 10am Sunday to give more details.\n"
          "Given the intense pressure on police to solve the case, online sleuths have been weighing in with speculation that officers would look to grab a scapegoat quickly. Pol Maj Gen Nanthadet Yoinuan, deputy chief of Provincial Police Region 8, said this was not the case, as investigators had obtained firm evidence and the suspect had confessed.\n"
          "A police source told the Bangkok Post that investigators had examined security camera video in areas near the waterfall and taken some people in for questioning.\n"
          "One of interviewees acted suspiciously and a check found bruises on his body.\n"
          "After an intensive interrogation, the interviewee confessed, according to the police source. Police searched him and found an ID card that identified him as Mr. Teerawat Thothip, 27, of Thalang district in Phuket.\n"
          "The suspect, known locally as “Bang Lee”, told police investigators he spotted the tourist when he went to the waterfall. He reportedly claimed to have become aroused but when he attempted to act on that impulse, the woman resisted. They fought, and he pressed her head into the water until she died and then he fled."),
    entities=[("teerawat", "Teerawat Thothip", "PERSON",
               ["Mr. Teerawat Thothip", "Bang Lee", "the suspect", "the interviewee", "a 27-year-old Thai man", "the man"],
               "27-year-old Thai man from Thalang district, the arrested suspect"),
              ("thaimedia", "Thai media", "GROUP", [], "Thai news media"),
              ("suwat", "Suwat Jangyodsuk", "PERSON",
               ["Suwat", "National police chief Pol Gen Suwat Jangyodsuk"], "Thailand's national police chief"),
              ("sleuths", "online sleuths", "GROUP", [], "people speculating online about the case"),
              ("nanthadet", "Nanthadet Yoinuan", "PERSON",
               ["Nanthadet", "Pol Maj Gen Nanthadet Yoinuan, deputy chief of Provincial Police Region 8"],
               "deputy chief of Provincial Police Region 8"),
              ("source", "A police source", "PERSON", ["the police source"], "unnamed police source quoted by the Bangkok Post")],
    mentions=[("m1", "a 27-year-old Thai man", "teerawat"),
              ("m2", ("the man", "interrogation of the man"), "teerawat"),
              ("m3", "Thai media", "thaimedia"),
              ("m4", "National police chief Pol Gen Suwat Jangyodsuk", "suwat"),
              ("m5", ("he", "he told reporters"), "suwat"),
              ("m6", "online sleuths", "sleuths"),
              ("m7", "Pol Maj Gen Nanthadet Yoinuan, deputy chief of Provincial Police Region 8", "nanthadet"),
              ("m8", ("the suspect", "the suspect had confessed"), "teerawat"),
              ("m9", "A police source", "source"),
              ("m10", "One of interviewees", "teerawat"),
              ("m11", "the interviewee", "teerawat"),
              ("m12", "the police source", "source"),
              ("m13", "Mr. Teerawat Thothip", "teerawat"),
              ("m14", ("The suspect", "The suspect, known"), "teerawat"),
              ("m15", "Bang Lee", "teerawat"),
              ("m16", ("He", "He reportedly claimed"), "teerawat")],
    attributions=[("a1", "INDIRECT", "m1", ("confessed", "reportedly confessed"), "the murder of a Swiss tourist", None),
                  ("a2", "INDIRECT", "m3", ("reported", "media reported"),
                   "The confession followed an intensive interrogation of the man, who had gone to the site to collect wild orchids", None),
                  ("a3", "MIXED", "m5", ("told", "he told reporters"),
                   "officers had some “good news” and that the case was “all wrapped up”", None),
                  ("a4", "INDIRECT", "m6", "speculation", "officers would look to grab a scapegoat quickly", None),
                  ("a5", "INDIRECT", "m7", ("said", "Region 8, said"),
                   "this was not the case, as investigators had obtained firm evidence and the suspect had confessed", None),
                  ("a6", "INDIRECT", "m9", ("told", "source told"),
                   "investigators had examined security camera video in areas near the waterfall and taken some people in for questioning", None),
                  ("a7", "INDIRECT", "m12", "according to", "After an intensive interrogation, the interviewee confessed", None),
                  ("a8", "INDIRECT", "m14", ("told", "”, told police"), "he spotted the tourist when he went to the waterfall", None),
                  ("a9", "INDIRECT", "m16", "claimed",
                   "to have become aroused but when he attempted to act on that impulse, the woman resisted", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead; the date is taken from the
# address (2024/04/09). The stored copy breaks off inside a quotation ("“Deposits of millions of
# Nepali"); the text is cut before it. The text keeps the page's slips ("is insisted",
# "probecommittee", "Lammichhane"). Notes:
# - "With the Congress sticking to its stance on a parliamentary probe and the government’s
#   argument that ...": "sticking to its stance" is read as FORMAT.md's "stood by its position"
#   (a cue with a fixed object; "on" only links the cue, content "a parliamentary probe"), and
#   "argument that ..." is a noun cue whose claimant is the possessor, the government.
#   "parliamentary proceedings are likely to be disrupted" has no cue and no claimant.
# - "Congress leaders" (twice, one collective) are the party's representatives, a separate entity
#   from the Nepali Congress (FORMAT.md, Coreference). "During a meeting called by Speaker ..." is
#   an adjunct of the reporting event.
# - "has denied the allegation that he was involved ...": the content keeps the noun phrase (as the
#   corpus annotates `denied claims by X that ...`), and the allegation with no claimant is nested
#   with a null source.
# - "Several media outlets also reported that a complaint has been filed ... accusing him of ...":
#   the complaint names no author in its NP, so it is its own entity (FORMAT.md, Documents); its
#   accusation is nested, content "illegally borrowing ... a Kaski-based cooperative" ("him" is the
#   accused, "of" only links the cue). The relative clause "which was later declared bankrupt by
#   the government" is the outlets' report, not the complaint's, and "declared bankrupt" is an
#   action.
# - "The complainants and victims ... have demanded action against ... GB Rai, who ...,
#   said the Nepal Police sources": the demand is nested in the police sources' claim; the
#   relative clause on GB Rai stays in it (Contiguity). The coordinated subject is one GROUP.
doc("thenepalweekly-congress-probe-lamichhane-bottom-line",
    url="https://thenepalweekly.com/2024/04/09/20037",
    outlet="The Nepal Weekly", country="Nepal", topic="politics", cut=True, published="2024-04-09",
    text=(T := "The main opposition Nepali Congress is insisted on Monday that a parliamentary probe against Deputy Prime Minister and Minister for Home Affairs Rabi Lamichhane over his alleged involvement in embezzlement of cooperative funds is the party’s bottom line.\n"
          "With the Congress sticking to its stance on a parliamentary probe and the government’s argument that the home minister be allowed to table a bill at Tuesday’s meeting of the House of Representatives, parliamentary proceedings are likely to be disrupted.\n"
          "If the government attempts to forcefully push ahead with the House proceedings on Tuesday and allows Home Minister Lamichhane to table a bill, the Nepali Congress will resort to obstructing the meeting and prevent him from speaking, said Congress leaders.\n"
          "During a meeting called by Speaker Devraj Ghimire on Monday, Congress leaders underscored that they would bar the home minister from speaking and presenting bills in parliament until a parliamentary probecommittee is set up.\n"
          "As the Speaker has scheduled a House session for Tuesday, he held meetings with the top leaders of the ruling and opposition parties to find a way out.\n"
          "However, Lammichhane, has denied the allegation that he was involved in the embezzlement of cooperatives fund. “If the ruling alliance allows the home minister to speak, we will obstruct the House and the government will be responsible for the obstruction,” remarked Congress chief whip Ramesh Lekhak.\n"
          "Several media outlets also reported that a complaint has been filed with the police against the home minister accusing him of illegally borrowing millions of rupees from a Kaski-based cooperative, which was later declared bankrupt by the government.\n"
          "The complainants and victims of the cooperatives have demanded action against Lamichhane and his partner of the Kaski-based cooperatives GB Rai, who owned the cooperative but is currently absconding and probably hiding in Malaysia, said the Nepal Police sources."),
    entities=[("nc", "Nepali Congress", "ORGANIZATION",
               ["The main opposition Nepali Congress", "the Congress", "the Nepali Congress"], "Nepal's main opposition party"),
              ("lamichhane", "Rabi Lamichhane", "PERSON",
               ["Lamichhane", "Lammichhane", "Home Minister Lamichhane", "the home minister",
                "Deputy Prime Minister and Minister for Home Affairs Rabi Lamichhane"],
               "Deputy Prime Minister and Minister for Home Affairs of Nepal"),
              ("govt", "the government", "ORGANIZATION", [], "Government of Nepal"),
              ("leaders", "Congress leaders", "GROUP", [], "leaders of the Nepali Congress"),
              ("lekhak", "Ramesh Lekhak", "PERSON", ["Lekhak", "Congress chief whip Ramesh Lekhak"],
               "chief whip of the Nepali Congress"),
              ("outlets", "Several media outlets", "GROUP", ["media outlets"], "Nepali media"),
              ("complaint", "a complaint", "ORGANIZATION", [], "complaint filed with the police against the home minister"),
              ("complainants", "The complainants and victims of the cooperatives", "GROUP", ["complainants"],
               "complainants and victims of the Kaski-based cooperatives"),
              ("police", "the Nepal Police sources", "GROUP", ["Nepal Police sources"], "sources in the Nepal Police")],
    mentions=[("m1", "The main opposition Nepali Congress", "nc"),
              ("m2", "Deputy Prime Minister and Minister for Home Affairs Rabi Lamichhane", "lamichhane"),
              ("m3", ("the Congress", "the Congress sticking"), "nc"),
              ("m4", ("the government", "the government’s argument"), "govt"),
              ("m5", ("the home minister", "the home minister be allowed"), "lamichhane"),
              ("m6", ("the government", "If the government attempts"), "govt"),
              ("m7", "Home Minister Lamichhane", "lamichhane"),
              ("m8", ("the Nepali Congress", "the Nepali Congress will resort"), "nc"),
              ("m9", ("Congress leaders", "said Congress leaders"), "leaders"),
              ("m10", ("Congress leaders", "Congress leaders underscored"), "leaders"),
              ("m11", ("the home minister", "bar the home minister"), "lamichhane"),
              ("m12", "Lammichhane", "lamichhane"),
              ("m13", ("the home minister", "allows the home minister to speak"), "lamichhane"),
              ("m14", ("the government", "the government will be responsible"), "govt"),
              ("m15", "Congress chief whip Ramesh Lekhak", "lekhak"),
              ("m16", "Several media outlets", "outlets"),
              ("m17", "a complaint", "complaint"),
              ("m18", ("the home minister", "against the home minister accusing"), "lamichhane"),
              ("m19", ("the government", "bankrupt by the government"), "govt"),
              ("m20", "The complainants and victims of the cooperatives", "complainants"),
              ("m21", ("Lamichhane", "against Lamichhane and"), "lamichhane"),
              ("m22", "the Nepal Police sources", "police")],
    attributions=[("a1", "INDIRECT", "m1", "insisted",
                   seg(T, "a parliamentary probe against Deputy", "the party’s bottom line"), None),
                  ("a2", "INDIRECT", "m3", "sticking to its stance", ("a parliamentary probe", "stance on a parliamentary probe"), None),
                  ("a3", "INDIRECT", "m4", "argument",
                   "the home minister be allowed to table a bill at Tuesday’s meeting of the House of Representatives", None),
                  ("a4", "INDIRECT", "m9", ("said", "said Congress leaders"),
                   seg(T, "If the government attempts", "prevent him from speaking"), None),
                  ("a5", "INDIRECT", "m10", "underscored",
                   "they would bar the home minister from speaking and presenting bills in parliament until a parliamentary probecommittee is set up", None),
                  ("a6", "INDIRECT", "m12", "denied",
                   "the allegation that he was involved in the embezzlement of cooperatives fund", None),
                  ("a7", "INDIRECT", None, "allegation", "he was involved in the embezzlement of cooperatives fund", "a6"),
                  ("a8", "DIRECT", "m15", "remarked",
                   seg(T, "If the ruling alliance allows", "responsible for the obstruction,"), None),
                  ("a9", "INDIRECT", "m16", "reported",
                   seg(T, "a complaint has been filed", "declared bankrupt by the government"), None),
                  ("a10", "INDIRECT", "m17", "accusing",
                   "illegally borrowing millions of rupees from a Kaski-based cooperative", "a9"),
                  ("a11", "INDIRECT", "m22", ("said", "said the Nepal Police"),
                   seg(T, "The complainants and victims", "probably hiding in Malaysia"), None),
                  ("a12", "INDIRECT", "m20", "demanded",
                   seg(T, "action against Lamichhane", "probably hiding in Malaysia"), "a11")])

# ---------------------------------------------------------------------------------------
# The byline ("Zakia Ahmed") and the "Published : ... | Updated : ..." line are removed (the date is
# the page's). The photo caption "Female Aedes aegypti mosquito, a carrier of dengue and
# chikungunya. REUTERS/FILE PHOTO" runs into the first paragraph on the stored page ("FILE
# PHOTOFrom last month"); it is removed, as captions are. The stored copy seems to hold the whole
# article (cut=False). Notes:
# - Headline "Doctors advise caution as Dengue cases keep rising": content "caution"; the "as"
#   clause is an adjunct of the reporting event.
# - "the doctors contend the number to be higher": the raised object stays in the content (it is
#   the contended proposition, not an addressee).
# - "Doctors" (headline) and "the doctors" are one collective; "Several doctors" is a subset, a
#   separate entity (FORMAT.md, Coreference).
# - "during a survey, we found more Aedis mosquito larvae ..." inside Tahmina's quotation is a
#   physical finding of her own team, not split off (a speaker's own report, seed a20).
# - "If we can provide treatment ..., said Dr Azad." prints no quotation marks: INDIRECT, as gold.py
#   takes DIRECT only between marks.
doc("banglatribune-dhaka-dengue-doctors-advise-caution",
    url="https://en.banglatribune.com/others/news/60625/Doctors-advise-caution-as-Dengue-cases-keep-rising",
    outlet="Bangla Tribune", country="Bangladesh", topic="health-science", cut=False, published="2019-07-17",
    text=(T := "Doctors advise caution as Dengue cases keep rising\n"
          "From last month, a separate ward has been arranged at the Holy Family Hospital. But at the end of the month, the hospital was overwhelmed by Dengue patients. The same picture is seen at almost all hospitals of the city.\n"
          "The Health Emergency Operation Centre and Control Room informs that in the last 24 hours, 214 patients have been admitted.\n"
          "Though the government says three persons have died so far, the doctors contend the number to be higher.\n"
          "In January, the number of patients was 38 which rose to 2,466 in July.\n"
          "Of these, 413 are in government hospitals.\n"
          "Director of Health Department, Sania Tahmina, says: “Dengue has risen in recent times; during a survey, we found more Aedis mosquito larvae at DSCC than DNCC.”\n"
          "Several doctors have said that the number of patients may rise in September-October.\n"
          "Medicine specialist of DMCH, Dr. Khan Abul Kalam Azad, said: “the number of Dengue patients has risen this year and those who have contacted it for a second time are in a precarious position since their immune system has been affected.”\n"
          "If we can provide treatment under government management, then we will be able to give proper counselling, said Dr Azad.\n"
          "Dean of the medicine faculty of Dhaka University, Dr. A B M Abdullah, observed: “Dengue has become pervasive; since there is a rise of dengue, people showing signs of fever will have to go to a doctor for advice.”\n"
          "Fever should not be treated carelessly now, he added."),
    entities=[("doctors", "Doctors", "GROUP", ["the doctors"], "doctors treating dengue patients in Dhaka"),
              ("heoc", "The Health Emergency Operation Centre and Control Room", "ORGANIZATION",
               ["Health Emergency Operation Centre and Control Room"], "Bangladesh health directorate's emergency operation centre"),
              ("govt", "the government", "ORGANIZATION", [], "Government of Bangladesh"),
              ("tahmina", "Sania Tahmina", "PERSON", ["Tahmina", "Director of Health Department, Sania Tahmina"],
               "Director of the Health Department"),
              ("several", "Several doctors", "GROUP", [], "some doctors"),
              ("azad", "Khan Abul Kalam Azad", "PERSON",
               ["Dr Azad", "Azad", "Dr. Khan Abul Kalam Azad", "Medicine specialist of DMCH, Dr. Khan Abul Kalam Azad"],
               "medicine specialist at Dhaka Medical College Hospital"),
              ("abdullah", "A B M Abdullah", "PERSON",
               ["Abdullah", "Dr. A B M Abdullah", "Dean of the medicine faculty of Dhaka University, Dr. A B M Abdullah"],
               "Dean of the medicine faculty of Dhaka University")],
    mentions=[("m1", ("Doctors", "Doctors advise"), "doctors"),
              ("m2", "The Health Emergency Operation Centre and Control Room", "heoc"),
              ("m3", ("the government", "the government says"), "govt"),
              ("m4", "the doctors", "doctors"),
              ("m5", "Director of Health Department, Sania Tahmina", "tahmina"),
              ("m6", "Several doctors", "several"),
              ("m7", "Medicine specialist of DMCH, Dr. Khan Abul Kalam Azad", "azad"),
              ("m8", "Dr Azad", "azad"),
              ("m9", "Dean of the medicine faculty of Dhaka University, Dr. A B M Abdullah", "abdullah"),
              ("m10", ("he", "he added"), "abdullah")],
    attributions=[("a1", "INDIRECT", "m1", "advise", "caution", None),
                  ("a2", "INDIRECT", "m2", "informs", "in the last 24 hours, 214 patients have been admitted", None),
                  ("a3", "INDIRECT", "m3", ("says", "government says"), "three persons have died so far", None),
                  ("a4", "INDIRECT", "m4", "contend", "the number to be higher", None),
                  ("a5", "DIRECT", "m5", ("says", "Tahmina, says"),
                   "Dengue has risen in recent times; during a survey, we found more Aedis mosquito larvae at DSCC than DNCC.", None),
                  ("a6", "INDIRECT", "m6", ("said", "have said"), "the number of patients may rise in September-October", None),
                  ("a7", "DIRECT", "m7", ("said", "Azad, said"),
                   seg(T, "the number of Dengue patients has risen", "has been affected."), None),
                  ("a8", "INDIRECT", "m8", ("said", "said Dr Azad"),
                   "If we can provide treatment under government management, then we will be able to give proper counselling", None),
                  ("a9", "DIRECT", "m9", "observed",
                   seg(T, "Dengue has become pervasive", "a doctor for advice."), None),
                  ("a10", "INDIRECT", "m10", "added", "Fever should not be treated carelessly now", None)])

# ---------------------------------------------------------------------------------------
# A Courier-Mail story as the Gladstone Observer printed it. Removed: the byline line ("Peter
# Michael, The Courier-Mail | 25th Mar 2017 1:00 PM"), the photo captions (each printed twice),
# and the page's "Popular Stories / Local Real Estate / Subscribe Now" blocks. The stored copy
# breaks off mid-word ("took media to see the impact of unprece"); the text is cut before that
# paragraph. Its quotations close with two apostrophes ('') in two places, kept as printed.
# Notes:
# - Headline "Tourism operators warn of 'exaggerated' reports over mass bleaching": single quotes
#   are marks, so MIXED; "reports over mass bleaching" names no claimant, so it is nested with a
#   null source (FORMAT.md, Null source: `reports of …`), content "mass bleaching".
# - "Tourism operators" and "the state's $6 billion reef tourism industry" are one collective.
# - "THESE graphic images ... highlight the worst impacts" is an evidential (not annotated).
# - "told of the peril confronting the living wonder": "of" only links the cue (content a noun
#   phrase, as `complained about noise`).
# - The quotation "We're not saying ... going on.'' runs over two paragraphs (the first ends
#   without a closing mark): one attribution continuing Hughes, null cue.
# - "Prof Hughes said the report cites scientific journals that claim "..."": three levels; the
#   report's author is named only in the previous sentence, so "the report" is its own entity
#   (FORMAT.md, Documents); the journals' claim is DIRECT (the object of "claim" is wholly quoted).
# - "will release a report titled ..." is an action with a title, not a claim.
doc("gladstoneobserver-reef-bleaching-exaggerated-reports-tourism",
    url="https://www.gladstoneobserver.com.au/news/tourism-operators-warn-of-exaggerated-reports-over/3159103/",
    outlet="The Gladstone Observer", country="Australia", topic="environment", cut=True, published="2017-03-25",
    text=(T := "Tourism operators warn of 'exaggerated' reports over mass bleaching\n"
          "THESE graphic images of snow-white coral highlight the worst impacts of the latest mass bleaching event on the Great Barrier Reef.\n"
          "The Climate Council's Professor Lesley Hughes yesterday told of the peril confronting the living wonder.\n"
          "\"We can't sugar coat it,'' said Professor Hughes, a biologist, of Sydney's Macquarie University.\n"
          "\"We're not saying the Great Barrier Reef is all dead, but certainly there is a lot of dead coral.\n"
          "\"We can't put our heads in the sand and pretend it is not going on.''\n"
          "The Climate Council, on Tuesday, will release a report titled \"Climate Change: A deadly threat to Coral Reefs\".\n"
          "Prof Hughes said the report cites scientific journals that claim \"67 per cent of the reef north of Port Douglas is dead\".\n"
          "\"Average coral mortality over the whole reef system is about 22 per cent,\" she said.\n"
          "But the state's $6 billion reef tourism industry has slammed the latest campaign as \"distorting the truth\" by \"cherrypicking\" the worst-affected shallow reef sites to portray a global mass coral bleaching event."),
    entities=[("tourism", "Tourism operators", "GROUP",
               ["the state's $6 billion reef tourism industry", "reef tourism industry"],
               "Queensland's reef tourism operators"),
              ("hughes", "Lesley Hughes", "PERSON",
               ["Hughes", "Professor Hughes", "Prof Hughes", "The Climate Council's Professor Lesley Hughes"],
               "Climate Council member, biologist at Macquarie University"),
              ("report", "the report", "ORGANIZATION", ["a report"],
               "the Climate Council report \"Climate Change: A deadly threat to Coral Reefs\""),
              ("journals", "scientific journals", "GROUP", [], "scientific journals cited by the report")],
    mentions=[("m1", "Tourism operators", "tourism"),
              ("m2", "The Climate Council's Professor Lesley Hughes", "hughes"),
              ("m3", "Professor Hughes, a biologist, of Sydney's Macquarie University", "hughes"),
              ("m4", "a report", "report"),
              ("m5", "Prof Hughes", "hughes"),
              ("m6", "the report", "report"),
              ("m7", "scientific journals", "journals"),
              ("m8", ("she", "she said"), "hughes"),
              ("m9", "the state's $6 billion reef tourism industry", "tourism")],
    attributions=[("a1", "MIXED", "m1", "warn", "'exaggerated' reports over mass bleaching", None),
                  ("a2", "INDIRECT", None, "reports", ("mass bleaching", "reports over mass bleaching"), "a1"),
                  ("a3", "INDIRECT", "m2", "told", "the peril confronting the living wonder", None),
                  ("a4", "DIRECT", "m3", ("said", "said Professor"), "We can't sugar coat it,", None),
                  ("a5", "DIRECT", "m3", None, seg(T, "We're not saying", "it is not going on."), None),
                  ("a6", "MIXED", "m5", ("said", "Prof Hughes said"),
                   "the report cites scientific journals that claim \"67 per cent of the reef north of Port Douglas is dead\"", None),
                  ("a7", "MIXED", "m6", "cites",
                   "scientific journals that claim \"67 per cent of the reef north of Port Douglas is dead\"", "a6"),
                  ("a8", "DIRECT", "m7", ("claim", "that claim"), "67 per cent of the reef north of Port Douglas is dead", "a7"),
                  ("a9", "DIRECT", "m8", ("said", "she said"),
                   "Average coral mortality over the whole reef system is about 22 per cent,", None),
                  ("a10", "MIXED", "m9", "slammed",
                   seg(T, "the latest campaign as", "mass coral bleaching event"), None)])

# ---------------------------------------------------------------------------------------
# The stored page prints a view count ("89") under the headline, removed. It gives no date. The
# stored copy breaks off mid-sentence ("leaving many an a"); the text is cut before that paragraph.
# Notes:
# - Headline "Chandimal slams selections": evaluative reporting with a noun-phrase content
#   (FORMAT.md, Included: `rues the defeat`), as the corpus annotates "X slams Y" headlines.
# - "blamed the rotation policy ... as reasons for the series loss": the content keeps the "as"
#   phrase, as the corpus keeps `blamed X for Y`. "but was tight-lipped when asked to justify the
#   rotation policy": a question put to the speaker, not annotated.
# - "said Chandimal who admitted the importance of ...": the relative clause's cue takes its
#   antecedent as source (FORMAT.md, Source), a second claim of the same mention.
# - "Asked whether the selectors informed him ..." is a question put to the speaker (Excluded).
#   "leaving many unanswered questions ..." is narration.
# - "the selectors" are one collective wherever named ("the national selectors", "the selectors").
doc("thepapare-chandimal-slams-rotation-policy-selections",
    url="https://www.thepapare.com/chandimal-slams-selections/",
    outlet="ThePapare.com", country="Sri Lanka", topic="sport", cut=True,
    text=(T := "Chandimal slams selections\n"
          "Sri Lanka’s T20 skipper Dinesh Chandimal blamed the rotation policy which left one senior player out of each of the last two games as reasons for the series loss but was tight-lipped when asked to justify the rotation policy.\n"
          "The ad-hoc selection policy of the national selectors left the vociferous Sri Lankan fans dumbfounded when Sri Lanka rested Mahela Jayawardene in the first match and then TM Dilshan in the second match in order to make way for young guns to establish their positions leading up to next year’s T20 World Cup in Bangladesh.\n"
          "But the decision seems to have backfired in front of their own eyes as Sri Lanka conceded an inaccessible 2-0 lead to South Africa in the three-match series with a 22 run defeat in the second match.\n"
          "“We had a good team but the only problem was that we could not play all three seniors together in the series,” said Chandimal who admitted the importance of having the three seniors.\n"
          "Asked whether the selectors informed him of the reasons behind the rotation policy, he said the question should be directed to the selectors as he was not in a position to answer.\n"
          "“You will have to ask the selectors. I cannot comment on that,” he said leaving many unanswered questions with regard to his role as the captain.\n"
          "Opposing captain, Faf du Plessis said he was surprised to see Dilshan out from Sunday’s crunch game.\n"
          "“I was very surprised. He has been a match winner for them. We saw way too much of him in the one-day series. So we were very happy to see him not playing today,” du Plessis said after Sunday’s victory.\n"
          "According to the selectors, Kumar Sangakkara, the country’s best batsman in the current series with an unbeaten 59 and 39 respectively in the last two matches will be dropped to make way for TM Dilshan in the final match today."),
    entities=[("chandimal", "Dinesh Chandimal", "PERSON", ["Chandimal", "Sri Lanka’s T20 skipper Dinesh Chandimal"],
               "Sri Lanka's T20 captain"),
              ("selectors", "the selectors", "GROUP", ["the national selectors"], "Sri Lanka's national selectors"),
              ("duplessis", "Faf du Plessis", "PERSON", ["du Plessis", "Opposing captain, Faf du Plessis"],
               "South Africa's captain")],
    mentions=[("m1", ("Chandimal", "Chandimal slams"), "chandimal"),
              ("m2", "Sri Lanka’s T20 skipper Dinesh Chandimal", "chandimal"),
              ("m3", "the national selectors", "selectors"),
              ("m4", ("Chandimal", "said Chandimal"), "chandimal"),
              ("m5", ("the selectors", "Asked whether the selectors"), "selectors"),
              ("m6", ("he", "he said the question"), "chandimal"),
              ("m7", ("the selectors", "directed to the selectors"), "selectors"),
              ("m8", ("the selectors", "ask the selectors"), "selectors"),
              ("m9", ("he", "he said leaving"), "chandimal"),
              ("m10", "Opposing captain, Faf du Plessis", "duplessis"),
              ("m11", ("du Plessis", "du Plessis said after"), "duplessis"),
              ("m12", ("the selectors", "According to the selectors"), "selectors")],
    attributions=[("a1", "INDIRECT", "m1", "slams", "selections", None),
                  ("a2", "INDIRECT", "m2", "blamed",
                   seg(T, "the rotation policy which left", "reasons for the series loss"), None),
                  ("a3", "DIRECT", "m4", ("said", "said Chandimal"),
                   seg(T, "We had a good team", "together in the series,"), None),
                  ("a4", "INDIRECT", "m4", "admitted", "the importance of having the three seniors", None),
                  ("a5", "INDIRECT", "m6", ("said", "he said the question"),
                   "the question should be directed to the selectors as he was not in a position to answer", None),
                  ("a6", "DIRECT", "m9", ("said", "he said leaving"),
                   "You will have to ask the selectors. I cannot comment on that,", None),
                  ("a7", "INDIRECT", "m10", ("said", "Plessis said he"),
                   "he was surprised to see Dilshan out from Sunday’s crunch game", None),
                  ("a8", "DIRECT", "m11", ("said", "du Plessis said after"),
                   seg(T, "I was very surprised.", "not playing today,"), None),
                  ("a9", "INDIRECT", "m12", "According to",
                   seg(T, "Kumar Sangakkara, the country’s", "in the final match today"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "lng-landowners-remain-unphased"), so the
# text starts with the lead; it gives no date and seems to hold the whole story. Notes:
# - "Landowners from the PNG LNG project in Hela province" is one source mention: the prepositional
#   phrase identifies the group. The other plain "landowners" of the story are the same
#   collective; "Landowner leaders" are its representatives, a separate entity (FORMAT.md,
#   Coreference).
# - "He said A, but added that B" is two claims of the same mention (seed a18/a19).
# - "called on the government to ..." / "called on the landowners for a 30-day dispensation ...":
#   the addressee stays in the content (seed a23/a24); "assured landowners that ..." leaves the
#   addressee out (FORMAT.md, Left outside).
# - "issues raised by the landowners" and "the petition presented by landowners" have no
#   propositional content: not annotated.
doc("emtv-png-lng-landowners-remain-unphased",
    url="https://emtv.com.pg/lng-landowners-remain-unphased",
    outlet="EMTV", country="Papua New Guinea", topic="business", cut=False,
    text=(T := "Landowners from the PNG LNG project in Hela province say the project will remain closed until the government facilitates all benefit payments and completes the clan vetting process.\n"
          "Landowner leader and owner of Transwonderland, Larry Andagali, says it is in the best interest of the people to halt the LNG operations and let the government complete its task of addressing issues raised by the landowners.\n"
          "Andagali called on the government to draw up an agreement that will specify a timeline of when and what the government will do to solve the 21-page petition.\n"
          "He said landowners are genuine partners in the signing of the UBSA and LBBSA agreements in Kokopo 2009, but added that the government has breached the agreement by denying what is due to the resource owners.\n"
          "Petroleum and Energy Minister, Nixon Duban, stated his department will pay the 2 per cent free carry fee and royalty, but not IDGs, BDGs and other entitlements. Minister Duban also assured landowners that the government will seriously intervene to solve major issues at hand, but needs full cooperation from the different clans and landowner groups in order to do so.\n"
          "Finance Minister, James Marape, called on the landowners for a 30-day dispensation after this month’s parliament session to allow cabinet time to deliberate on the petition presented by landowners. However, landowners say two weeks will be given to the government.\n"
          "Landowner leaders also called for developer ExxonMobil to clearly explain its social responsibilities to schools, churches and health facilities in the surrounding areas."),
    entities=[("landowners", "Landowners from the PNG LNG project in Hela province", "GROUP",
               ["Landowners", "landowners", "the landowners", "the resource owners"], "landowners of the PNG LNG project area"),
              ("andagali", "Larry Andagali", "PERSON",
               ["Andagali", "Landowner leader and owner of Transwonderland, Larry Andagali"],
               "landowner leader, owner of Transwonderland"),
              ("duban", "Nixon Duban", "PERSON", ["Duban", "Minister Duban", "Petroleum and Energy Minister, Nixon Duban"],
               "PNG Petroleum and Energy Minister"),
              ("marape", "James Marape", "PERSON", ["Marape", "Finance Minister, James Marape"], "PNG Finance Minister"),
              ("leaders", "Landowner leaders", "GROUP", [], "leaders of the LNG project landowners")],
    mentions=[("m1", "Landowners from the PNG LNG project in Hela province", "landowners"),
              ("m2", "Landowner leader and owner of Transwonderland, Larry Andagali", "andagali"),
              ("m3", ("the landowners", "raised by the landowners"), "landowners"),
              ("m4", ("Andagali", "Andagali called"), "andagali"),
              ("m5", ("He", "He said"), "andagali"),
              ("m6", ("landowners", "landowners are genuine"), "landowners"),
              ("m7", "the resource owners", "landowners"),
              ("m8", "Petroleum and Energy Minister, Nixon Duban", "duban"),
              ("m9", "Minister Duban", "duban"),
              ("m10", ("landowners", "assured landowners"), "landowners"),
              ("m11", "Finance Minister, James Marape", "marape"),
              ("m12", ("the landowners", "called on the landowners"), "landowners"),
              ("m13", ("landowners", "presented by landowners"), "landowners"),
              ("m14", ("landowners", "landowners say two weeks"), "landowners"),
              ("m15", "Landowner leaders", "leaders")],
    attributions=[("a1", "INDIRECT", "m1", ("say", "province say"),
                   "the project will remain closed until the government facilitates all benefit payments and completes the clan vetting process", None),
                  ("a2", "INDIRECT", "m2", ("says", "Andagali, says"),
                   seg(T, "it is in the best interest", "issues raised by the landowners"), None),
                  ("a3", "INDIRECT", "m4", ("called on", "Andagali called on"),
                   seg(T, "the government to draw up", "the 21-page petition"), None),
                  ("a4", "INDIRECT", "m5", ("said", "He said"),
                   "landowners are genuine partners in the signing of the UBSA and LBBSA agreements in Kokopo 2009", None),
                  ("a5", "INDIRECT", "m5", "added",
                   "the government has breached the agreement by denying what is due to the resource owners", None),
                  ("a6", "INDIRECT", "m8", "stated",
                   "his department will pay the 2 per cent free carry fee and royalty, but not IDGs, BDGs and other entitlements", None),
                  ("a7", "INDIRECT", "m9", "assured",
                   seg(T, "the government will seriously intervene", "in order to do so"), None),
                  ("a8", "INDIRECT", "m11", ("called on", "Marape, called on"),
                   seg(T, "the landowners for a 30-day", "the petition presented by landowners"), None),
                  ("a9", "INDIRECT", "m14", ("say", "landowners say two"), "two weeks will be given to the government", None),
                  ("a10", "INDIRECT", "m15", "called for",
                   seg(T, "developer ExxonMobil to clearly", "in the surrounding areas"), None)])

write("test16_c.jsonl")
