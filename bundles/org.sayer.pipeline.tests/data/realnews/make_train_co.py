#!/usr/bin/env python3
"""Writes train_co.jsonl: real-news gold, split train-co (see gold.py). Run: python3 make_train_co.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Gippsland Monitor (Victoria, Australia). The stored page is the whole article: headline, a
# pull-quote standfirst and the body. Nothing is cut but the trailing space of one paragraph.
# The standfirst is a quotation with no speaker in its own line (Wilson's words, but the text
# does not say so there): DIRECT with null source and cue (FORMAT.md, Text parts).
# "fronted council with what he claimed was the largest petition": content is the clause after
# the cue ("was the largest ..."), as test23's "what they said was".
# "The petition argued for council to retain control ...": the petition is a document with no
# author in its NP, so its own entity; "argued for" with its linking preposition as cue.
# "a council motion requesting the state take ...": a document that names its author in its NP
# ("council"), so a mention of the council; the participle frames a request with a clause content.
# "accused councillors of abandoning roads that are "reasonably ..."": content keeps the accused
# ("councillors of ..."), as the corpus does for "accused X of Y"; the quotation opens with a
# straight mark and closes with a curly one (kept as printed), so the content is MIXED.
# "“Our road users ...”" has no reporting clause of its own: it continues "he told the chamber"
# (null cue). Wilson's and Sheehan's quotations are objects of "said" and wholly quoted: DIRECT.
# Not claims: "brushes aside" (headline, an action), "an attempt to have the state government
# take responsibility" (an effort), "In moving the motion" (a procedural act).
doc("gippslandmonitor-baw-baw-walhalla-roads-petition",
    url="https://www.gippslandmonitor.com.au/p/baw-baw-shire-petition-road-maintenance",
    outlet="Gippsland Monitor", country="Australia", topic="local", cut=False,
    text=(T := "Baw Baw Shire brushes aside 3,138 petition signatures over 50km of road maintenance\n"
          "“The council never intended to leave these roads with no maintenance and to fall into disrepair.”\n"
          "A petition with 3,138 signatures has failed to sway Baw Baw Shire councillors, who will press on with an attempt to have the state government take responsibility for maintaining 50km of remote roads around Walhalla.\n"
          "Former councillor and owner of the Walhalla Star Hotel, Michael Leaney, fronted council with what he claimed was the largest petition in the shire's history.\n"
          "The petition argued for council to retain control of two sections of Walhalla road north of the township, from Walhalla to Beardmores and from Aberfeldy to Matlock.\n"
          "It was in response to a council motion requesting the state take the sections of road off its hands.\n"
          "Leaney accused councillors of abandoning roads that are \"reasonably required for general public use”.\n"
          "“Undertaking maintenance on the roads that the council owns is your basic remit,” he told the chamber last Wednesday. “Our road users do not expect these roads to be gold-plated or autostrada in the forest but they should be passable by a two-wheel drive vehicle as they are the main road and not just some bush track.”\n"
          "Leaney said the Aberfeldy area attracted tourists, supported local business and provided a large part of Baw Baw Shire’s income.\n"
          "Councillor Kate Wilson said “the council never intended to leave these roads with no maintenance and to fall into disrepair. The motion is to consider whether the state government were a more appropriate owner of these roads given they’re largely within state forest and not directly influencing people who pay rate”.\n"
          "In moving the motion Councillor Adam Sheehan said “the cost to maintain these sections of road is arguably not the responsibility of council given there are no roadside ratepayer properties”.\n"
          "The motion passed unanimously."),
    entities=[("council", "Baw Baw Shire", "ORGANIZATION", ["council", "the council"], "Baw Baw Shire Council"),
              ("leaney", "Michael Leaney", "PERSON", ["Leaney"],
               "former councillor, owner of the Walhalla Star Hotel, petition organiser"),
              ("petition", "the petition", "ORGANIZATION", ["A petition with 3,138 signatures", "The petition"],
               "petition with 3,138 signatures presented to the council"),
              ("wilson", "Kate Wilson", "PERSON", ["Wilson", "Councillor Kate Wilson"], "Baw Baw Shire councillor"),
              ("sheehan", "Adam Sheehan", "PERSON", ["Sheehan", "Councillor Adam Sheehan"],
               "Baw Baw Shire councillor who moved the motion")],
    mentions=[("m1", ("Baw Baw Shire", "Baw Baw Shire brushes"), "council"),
              ("m2", ("The council", "“The council never"), "council"),
              ("m3", "A petition with 3,138 signatures", "petition"),
              ("m4", "Michael Leaney", "leaney"),
              ("m5", ("council", "fronted council"), "council"),
              ("m6", ("he", "what he claimed"), "leaney"),
              ("m7", "The petition", "petition"),
              ("m8", ("council", "council to retain"), "council"),
              ("m9", "a council motion", "council"),
              ("m10", ("Leaney", "Leaney accused"), "leaney"),
              ("m11", ("the council", "the council owns"), "council"),
              ("m12", ("he", "he told the chamber"), "leaney"),
              ("m13", ("Leaney", "Leaney said the Aberfeldy"), "leaney"),
              ("m14", "Councillor Kate Wilson", "wilson"),
              ("m15", ("the council", "the council never"), "council"),
              ("m16", "Councillor Adam Sheehan", "sheehan"),
              ("m17", ("council", "council given there"), "council")],
    attributions=[("a1", "DIRECT", None, None,
                   "The council never intended to leave these roads with no maintenance and to fall into disrepair.", None),
                  ("a2", "INDIRECT", "m6", "claimed", "was the largest petition in the shire's history", None),
                  ("a3", "INDIRECT", "m7", "argued for",
                   "council to retain control of two sections of Walhalla road north of the township, from Walhalla to Beardmores and from Aberfeldy to Matlock", None),
                  ("a4", "INDIRECT", "m9", "requesting", "the state take the sections of road off its hands", None),
                  ("a5", "MIXED", "m10", "accused",
                   "councillors of abandoning roads that are \"reasonably required for general public use”", None),
                  ("a6", "DIRECT", "m12", ("told", "he told the chamber"),
                   "Undertaking maintenance on the roads that the council owns is your basic remit,", None),
                  ("a7", "DIRECT", "m12", None, seg(T, "Our road users do not expect", "some bush track."), None),
                  ("a8", "INDIRECT", "m13", ("said", "Leaney said the Aberfeldy"),
                   "the Aberfeldy area attracted tourists, supported local business and provided a large part of Baw Baw Shire’s income", None),
                  ("a9", "DIRECT", "m14", ("said", "Wilson said"),
                   seg(T, "the council never intended", "people who pay rate"), None),
                  ("a10", "DIRECT", "m16", ("said", "Sheehan said"),
                   seg(T, "the cost to maintain", "roadside ratepayer properties"), None)])

# ---------------------------------------------------------------------------------------
# Fiji Global News. The stored page has no headline, so the text starts with the lead; the
# closing "Leave a comment" is left out. The article ends with two paragraphs of the writer's
# own comment (no claims), kept as the end of the article. No date on the page.
# All claims are indirect with nominal or clausal contents. "emphasized the importance of ..." and
# "expressed the team's objective of ...": the adjuncts "in his post-match remarks following ..."
# are left out (FORMAT.md, Adjuncts). "remained hopeful that ..." is a reported attitude of a named
# speaker (included, cue "remained hopeful" as a fixed expression like "voiced the hope").
# Left out: "addressed questions regarding Fiji's ability to earn respect ..." (questions put to
# the speaker, FORMAT.md Excluded), "In contrast, Ireland excelled ..." (no cue: it does not
# continue Byrne's "noted"), and "his post-match remarks" (a noun with no content).
doc("fijiglobalnews-flying-fijians-ireland-defeat-byrne",
    url="https://fijiglobalnews.com/flying-fijians-seek-respect-after-autumn-defeat",
    outlet="Fiji Global News", country="Fiji", topic="sport", cut=False,
    text=(T := "Fiji’s head coach Mick Byrne emphasized the importance of continuous improvement for the FIJI Water Flying Fijians in his post-match remarks following a disappointing 17-52 defeat to Ireland in their final Autumn Nations Test match. Byrne expressed the team’s objective of gaining respect from World Rugby by enhancing their performance over the next two years.\n"
          "Reflecting on the match, Byrne noted that the Flying Fijians were limited to just two tries, alongside successful conversions and a penalty by fly-half Caleb Muntz. In contrast, Ireland excelled with eight tries and 17 penalties.\n"
          "Team captain Waisea Nayacalevu addressed questions regarding Fiji’s ability to earn respect from World Rugby and referees. He reassured that the team always gives their best, training hard and playing with discipline. Nayacalevu acknowledged the frustrations that come with officiating but remained hopeful that fair play decisions could lead to a more dynamic style of rugby, boosting momentum and allowing the team to showcase their skills more effectively.\n"
          "This defeat, while difficult, can serve as a catalyst for growth and resilience as Fiji continues to aspire for excellence on the international rugby stage. The team’s dedication and determination to evolve will undoubtedly inspire fans and foster a sense of hope for future matches.\n"
          "In summary, the Flying Fijians are committed to improving their game, learning from their recent experiences, and striving to earn the respect of World Rugby through hard work and skillful play."),
    entities=[("byrne", "Mick Byrne", "PERSON", ["Byrne", "Fiji’s head coach Mick Byrne"], "head coach of Fiji's Flying Fijians"),
              ("nayacalevu", "Waisea Nayacalevu", "PERSON", ["Nayacalevu", "Team captain Waisea Nayacalevu"],
               "captain of the Flying Fijians")],
    mentions=[("m1", "Fiji’s head coach Mick Byrne", "byrne"),
              ("m2", ("Byrne", "Byrne expressed"), "byrne"),
              ("m3", ("Byrne", "Byrne noted"), "byrne"),
              ("m4", "Team captain Waisea Nayacalevu", "nayacalevu"),
              ("m5", ("He", "He reassured"), "nayacalevu"),
              ("m6", ("Nayacalevu", "Nayacalevu acknowledged"), "nayacalevu")],
    attributions=[("a1", "INDIRECT", "m1", "emphasized",
                   "the importance of continuous improvement for the FIJI Water Flying Fijians", None),
                  ("a2", "INDIRECT", "m2", "expressed",
                   "the team’s objective of gaining respect from World Rugby by enhancing their performance over the next two years", None),
                  ("a3", "INDIRECT", "m3", "noted",
                   "the Flying Fijians were limited to just two tries, alongside successful conversions and a penalty by fly-half Caleb Muntz", None),
                  ("a4", "INDIRECT", "m5", "reassured",
                   "the team always gives their best, training hard and playing with discipline", None),
                  ("a5", "INDIRECT", "m6", "acknowledged", "the frustrations that come with officiating", None),
                  ("a6", "INDIRECT", "m6", "remained hopeful",
                   seg(T, "fair play decisions could lead", "their skills more effectively"), None)])

# ---------------------------------------------------------------------------------------
# Pristine Kashmir (Srinagar), carrying a CNS report. The stored page is the whole article; the
# newsletter sign-up lines at its end are left out. The page gives the day (Oct 06) but no year,
# so no date is recorded. The dateline "Srinagar,Oct 06,CNS:" runs into the lead as printed.
# Headline "claim: Police" is a "claim – name" headline with a colon: null cue, source "Police",
# the same entity as "Police in Srinagar" and "the police".
# "rued the “lack of support” from public ... while claiming that ...": two claims of the police
# (rued: MIXED, a noun-phrase content; claiming: INDIRECT).
# Nested in Bhat's quotations: "a house maid who confessed to chopping off the braid ..." (cue
# "confessed to", as elsewhere in the corpus) and "a human being who claims that his beard or
# hair has been cut" (a generic claimant, its own entity).
# "“…In all such cases, ...”" has no reporting clause and follows Bhat's "said that": a
# continuation with null cue; the ellipsis is part of the quotation.
doc("pristinekashmir-srinagar-braid-chopping-police",
    url="http://pristinekashmir.com/news/jammu/alleged-braid-choppers-handed-over-to-us-found-innocent-police-2",
    outlet="Pristine Kashmir", country="India", topic="courts-crime", cut=False,
    text=(T := "Alleged braid-choppers handed over to us found innocent: Police\n"
          "Srinagar,Oct 06,CNS:Police in Srinagar on Friday rued the “lack of support” from public in solving the mystery behind unabated braid-chopping incidents in Kashmir valley while claiming that all accused handed over to them were found innocent.\n"
          "Addressing a press conference in Srinagar, DIG Central Kashmir Ghulam Hassan Bhat said that they were unable to reach a conclusion due to lack of support from public and the family of the victims.\n"
          "“Except a house maid who confessed to chopping off the braid of a girl in Gulberg Colony yesterday for alleged maltreatment from the family, all the accused who were examined and interrogated by the police were not linked to braid-chopping,” he said.\n"
          "Bhat said that almost 90 per cent of the cases have taken place inside closed rooms. “…In all such cases, we would require the assistance and support from the public because there is a human being who claims that his beard or hair has been cut.”\n"
          "He also said that a woman police officer would be available round the clock for the victims.\n"
          "He said that it was not possible for police come to a particular conclusion in each case without public support.\n"
          "Bhat said that they have examined and interrogated all the accused handed over to them. “… and none of the persons was found involved in braid chopping,” he said."),
    entities=[("police", "Police in Srinagar", "ORGANIZATION", ["Police", "the police"], "police in Srinagar, Kashmir"),
              ("bhat", "Ghulam Hassan Bhat", "PERSON", ["Bhat", "DIG Central Kashmir Ghulam Hassan Bhat"],
               "Deputy Inspector General of Police, Central Kashmir"),
              ("maid", "a house maid", "PERSON", [], "maid who confessed to cutting a girl's braid in Gulberg Colony"),
              ("human", "a human being", "PERSON", [], "a generic victim who claims his hair was cut")],
    mentions=[("m1", ("Police", "innocent: Police"), "police"),
              ("m2", "Police in Srinagar", "police"),
              ("m3", "DIG Central Kashmir Ghulam Hassan Bhat", "bhat"),
              ("m4", "a house maid", "maid"),
              ("m5", ("the police", "by the police"), "police"),
              ("m6", ("he", "braid-chopping,” he said"), "bhat"),
              ("m7", ("Bhat", "Bhat said that almost"), "bhat"),
              ("m8", "a human being", "human"),
              ("m9", ("He", "He also said"), "bhat"),
              ("m10", ("He", "He said that it was"), "bhat"),
              ("m11", ("police", "for police come"), "police"),
              ("m12", ("Bhat", "Bhat said that they have"), "bhat"),
              ("m13", ("he", "braid chopping,” he said"), "bhat")],
    attributions=[("a1", "INDIRECT", "m1", None, "Alleged braid-choppers handed over to us found innocent", None),
                  ("a2", "MIXED", "m2", "rued",
                   "the “lack of support” from public in solving the mystery behind unabated braid-chopping incidents in Kashmir valley", None),
                  ("a3", "INDIRECT", "m2", "claiming", "all accused handed over to them were found innocent", None),
                  ("a4", "INDIRECT", "m3", ("said", "Bhat said that they were"),
                   "they were unable to reach a conclusion due to lack of support from public and the family of the victims", None),
                  ("a5", "DIRECT", "m6", ("said", "braid-chopping,” he said"),
                   seg(T, "Except a house maid", "linked to braid-chopping,"), None),
                  ("a6", "INDIRECT", "m4", "confessed to",
                   "chopping off the braid of a girl in Gulberg Colony yesterday for alleged maltreatment from the family", "a5"),
                  ("a7", "INDIRECT", "m7", ("said", "Bhat said that almost"),
                   "almost 90 per cent of the cases have taken place inside closed rooms", None),
                  ("a8", "DIRECT", "m7", None, seg(T, "…In all such cases", "hair has been cut."), None),
                  ("a9", "INDIRECT", "m8", "claims", "his beard or hair has been cut", "a8"),
                  ("a10", "INDIRECT", "m9", ("said", "He also said"),
                   "a woman police officer would be available round the clock for the victims", None),
                  ("a11", "INDIRECT", "m10", ("said", "He said that it was"),
                   "it was not possible for police come to a particular conclusion in each case without public support", None),
                  ("a12", "INDIRECT", "m12", ("said", "Bhat said that they have"),
                   "they have examined and interrogated all the accused handed over to them", None),
                  ("a13", "DIRECT", "m13", ("said", "braid chopping,” he said"),
                   "… and none of the persons was found involved in braid chopping,", None)])

# ---------------------------------------------------------------------------------------
# Nature Khabar (Kathmandu). The site-name line ("- Nature Khabar") and the byline (Pitambar
# Sigdel & Subodh Gautam) are left out. The stored copy breaks off in "Similarly, the ministry had
# also shown similar non-cooper", so the text is cut before that paragraph. No date on the page.
# Headline: "‘scraps’" is a scare quote with no reporting frame (not annotated).
# The former official's words open with "‘" that is never closed; the reporting clause ("a former
# official of the committee told Nature News") follows without a closing mark. gold.py takes
# DIRECT only between marks, so the claim is INDIRECT with its content after the stray mark
# (as test6 types a quotation printed without its opening mark). Nature News is the addressee.
# Nested in it: the donor agency "informed the committee that it could not support the project,
# saying that ..." (two claims of the agency, "X said A, saying B"; source "The donor agency"
# without its relative clause). "“There was even a long discussion ...”" continues the former
# official (null cue).
# In the committee member's quotation, "he said that the ministry did not know about the
# project" is nested, "he" being the high-ranking forest official.
# "the donor" and "the donor agency" in the member's account are not marked as mentions of the
# agency that informed the committee: the text does not say it is the same donor.
# Not claims: "Nature Khabar has received details of projects that were stopped" (the outlet's
# receipt of documents, no reported content).
doc("naturekhabar-forest-ministry-chure-committee-project",
    url="https://naturekhabar.com/en/archives/30583",
    outlet="Nature Khabar", country="Nepal", topic="environment", cut=True,
    text=(T := "Forest Ministry ‘scraps’ Chure Committee’s multi-billion project\n"
          "Kathmandu – The Ministry of Forest and Environment has scrapped the President Chure Terai-Madhes Conservation Development Committee's efforts to secure billions of rupees in financial aid from foreign donor agencies and organizations for Chure conservation.\n"
          "The Forest Administration has stopped projects worth billions of rupees in various sectors that the committee had discussed and initiated at various times and had brought the agreement closer. Nature Khabar has received details of projects that were stopped due to the non-cooperation and interference of the Forest Administration after the projects reached a decisive stage after discussions with donor agencies at various national and international forums.\n"
          "‘The ministry obstructed not only the management of employees, but also the financial assistance that was close to the agreement. The donor agency that was ready to help informed the committee that it could not support the project, saying that the Ministry of Forests did not look positively towards the committee, a former official of the committee told Nature News. “There was even a long discussion about this last year in a meeting of the committee.”\n"
          "A member of the committee says, “One project was about to be signed. During the climate conference in Dubai, a high-ranking forest official met the donor there. During the conversation, he said that the ministry did not know about the project. Despite knowing everything, things went wrong.”\n"
          "The member says that the financial support was offered to the donor agency only after extensive discussions with the Ministry of Forests about this project. He says, “We were supposed to work in coordination with all the ministries. That was also the case. But they did not cooperate. All our efforts were wasted when the ministry ignored us.”"),
    entities=[("formerofficial", "a former official of the committee", "PERSON", [],
               "former official of the President Chure Terai-Madhes Conservation Development Committee"),
              ("donoragency", "The donor agency", "ORGANIZATION", [], "donor agency that was ready to fund the committee's project"),
              ("member", "A member of the committee", "PERSON", ["The member"], "member of the Chure committee"),
              ("forestofficial", "a high-ranking forest official", "PERSON", [], "senior official of Nepal's forest administration")],
    mentions=[("m1", "The donor agency", "donoragency"),
              ("m2", "a former official of the committee", "formerofficial"),
              ("m3", "A member of the committee", "member"),
              ("m4", "a high-ranking forest official", "forestofficial"),
              ("m5", ("he", "he said that the ministry"), "forestofficial"),
              ("m6", ("The member", "The member says that"), "member"),
              ("m7", ("He", "He says,"), "member")],
    attributions=[("a1", "INDIRECT", "m2", "told",
                   seg(T, "The ministry obstructed not only", "positively towards the committee"), None),
                  ("a2", "INDIRECT", "m1", "informed", "it could not support the project", "a1"),
                  ("a3", "INDIRECT", "m1", "saying", "the Ministry of Forests did not look positively towards the committee", "a1"),
                  ("a4", "DIRECT", "m2", None,
                   "There was even a long discussion about this last year in a meeting of the committee.", None),
                  ("a5", "DIRECT", "m3", ("says", "committee says,"), seg(T, "One project was about to be signed.", "things went wrong."), None),
                  ("a6", "INDIRECT", "m5", ("said", "he said that the ministry"), "the ministry did not know about the project", "a5"),
                  ("a7", "INDIRECT", "m6", ("says", "The member says that"),
                   "the financial support was offered to the donor agency only after extensive discussions with the Ministry of Forests about this project", None),
                  ("a8", "DIRECT", "m7", ("says", "He says,"), seg(T, "We were supposed to work", "the ministry ignored us."), None)])

# ---------------------------------------------------------------------------------------
# ProPakistani. The stored copy breaks off in "... dissatisfaction, stated the l", so the text is
# cut before that paragraph. The date (2024-01-08) is taken from the page's address.
# Headline "Telecom Industry Wants PTA to Reveal Reasons ...": the headline's "Telecom Industry"
# is the Telecom Operators Association of the lead (one entity); "Wants" is the cue, as the corpus
# takes headline "wants" (content "PTA to Reveal ...", the addressee kept as with "urged").
# "urged the Pakistan Telecommunication Authority (PTA) to explain ..." keeps the addressee
# (FORMAT.md, "called on X to Y"); "expressed concern that ...": cue "expressed concern".
# "TOA stated," is followed by a paragraph of the letter printed without an opening mark and with
# a closing "”" only: typed INDIRECT (gold.py takes DIRECT only between marks, as test6 did with
# a quotation missing its opening mark); its content stops before ",”".
# In the last quotation, "we want to register our strong concern that ..." is the speaker's own
# attitude within its report and is not split off (FORMAT.md, Excluded). "it appears that" in the
# letter is an evidential.
doc("propakistani-toa-pta-internet-outage-letter",
    url="https://propakistani.pk/2024/01/08/telecom-industry-wants-pta-to-reveal-reasons-behind-sundays-nationwide-internet-outage/",
    outlet="ProPakistani", country="Pakistan", topic="technology", cut=True, published="2024-01-08",
    text=(T := "Telecom Industry Wants PTA to Reveal Reasons Behind Sunday’s Nationwide Internet Outage\n"
          "The Telecom Operators Association (TOA) on Monday urged the Pakistan Telecommunication Authority (PTA) to explain Sunday’s nationwide internet outage and expressed concern that such access censorship measures will severely undermine the government’s ICT-related growth ambitions.\n"
          "In a letter sent to PTA Chairman Major General (R) Hafeez Ur Rehman, TOA stated,\n"
          "Unfortunately, yesterday evening, the people of Pakistan were once again unable to access several social media sites like Instagram, X, YouTube, Facebook, etc. Also, it appears that the internet was being throttled – leading to significant degradation in user experience across the country. This is the second such incident that has transpired in the recent past; earlier the nation experienced a similar setback on 17 December 2023,”\n"
          "TOA said the telecom sector endorses and supports the government’s initiatives to internationally position Pakistan as a key ICT hub to grow our IT exports, attract foreign direct investment, and fast-track the digital journey of the country.\n"
          "“In fact, we are a vital partner to the government in this endeavor. It is in this spirit that we want to register our strong concern that access censorship measures, like the ones that were undertaken last night, will severely undermine the government’s ICT-related growth ambitions and will adversely impact Pakistan’s image internationally. Therefore, in this day and age, creating impediments in access to digital social media platforms and/or websites is an attempt in vain and in the long run do more harm than good,” it argued."),
    entities=[("toa", "Telecom Operators Association", "ORGANIZATION",
               ["The Telecom Operators Association (TOA)", "TOA", "Telecom Industry"],
               "association of Pakistan's telecom operators")],
    mentions=[("m1", "Telecom Industry", "toa"),
              ("m2", "The Telecom Operators Association (TOA)", "toa"),
              ("m3", ("TOA", "TOA stated"), "toa"),
              ("m4", ("TOA", "TOA said"), "toa"),
              ("m5", ("it", "it argued"), "toa")],
    attributions=[("a1", "INDIRECT", "m1", "Wants", "PTA to Reveal Reasons Behind Sunday’s Nationwide Internet Outage", None),
                  ("a2", "INDIRECT", "m2", "urged",
                   "the Pakistan Telecommunication Authority (PTA) to explain Sunday’s nationwide internet outage", None),
                  ("a3", "INDIRECT", "m2", "expressed concern",
                   "such access censorship measures will severely undermine the government’s ICT-related growth ambitions", None),
                  ("a4", "INDIRECT", "m3", "stated", seg(T, "Unfortunately, yesterday evening", "on 17 December 2023"), None),
                  ("a5", "INDIRECT", "m4", ("said", "TOA said"),
                   seg(T, "the telecom sector endorses", "digital journey of the country"), None),
                  ("a6", "DIRECT", "m5", "argued", seg(T, "In fact, we are a vital partner", "more harm than good,"), None)])

# ---------------------------------------------------------------------------------------
# PNG Attitude (published from Noosa, Australia). Left out: the two links to neighbouring posts
# above the headline ("How the political class gives us crap leaders", "Covid crisis: What PNG
# Attitude readers say"), the photo caption, and an image name run into a paragraph
# ("Covid1bedPNG has ..." → "PNG has ..."). The stored copy breaks off in "And in the United
# Kingdom, a 10-perso", so the text is cut before that paragraph. The page gives only the month
# (October 2021, in its address), so no date is recorded.
# The headline is a quotation with no speaker in it: DIRECT, null source and cue; the doctor's
# quotation below carries the same words and is annotated again (FORMAT.md, Text parts).
# "it has been revealed that ...": agentless passive, null source.
# "The PMGH official Facebook page announced ... that the hospital “is reaching ...": the page
# names its author (PMGH) in its NP, so it is a mention of the hospital. The quotation is left
# open at its paragraph end and reopens in the next paragraph ("“Our hospital ..."): one claim,
# MIXED, running to the closing mark (FORMAT.md, Units).
# Not claims: "will be charged" (an action to come), "recorded 120 deaths" (a record, no speech).
doc("pngattitude-pmgh-covid-crisis-mass-burial",
    url="https://www.pngattitude.com/2021/10/patients-are-lying-everywhere-the-situation-is-dire.html",
    outlet="PNG Attitude", country="Australia", topic="health-science", cut=True,
    text=(T := "‘Patients are lying everywhere, the situation is dire’\n"
          "NOOSA – As Papua New Guinea’s Covid crisis deepens, it has been revealed that the Port Moresby General Hospital (PMGH) morgue is so overwhelmed a mass burial of 200 bodies is being arranged.\n"
          "The PMGH official Facebook page announced this morning that the hospital “is reaching a crisis point, with services teetering on collapse unless we are immediately given more support.\n"
          "“Our hospital cannot continue to operate under this pressure.”\n"
          "“Patients are lying everywhere, the situation is dire,” said a doctor.\n"
          "Furthermore, 52 medical officers and 42 nursing staff at the hospital have been infected with Covid.\n"
          "Covid patients have filled all allocated wards as well as the emergency department, the maternity wing and the Australia-provided triage tent.\n"
          "PNG’s health minister Jelta Wong has announced work has started on a 500-bed field hospital.\n"
          "The hospital’s mortuary recorded 120 deaths on admission between Monday and Wednesday.\n"
          "“We have never recorded such a high number of deaths on admission,” the hospital said.\n"
          "PNG has a long-standing shortage of medical staff and in a country of nine million people there are 4,000 nurses and just 500 doctors.\n"
          "PMGH has about 1,600 staff including an estimated 230 doctors and 800 nurses.\n"
          "The National Covid Control Centre reports that all major hospitals in PNG are now struggling to cope.\n"
          "In Lae, the Angau Memorial Hospital morgue is full and so is the Morobe Covid facility morgue and staff are stacking corpses on top of each other.\n"
          "Meanwhile, health officers responsible for 4,000 AstraZeneca vaccines meant for Madang will be charged after the consignment was left at Port Moresby airport for four days and had to be discarded."),
    entities=[("pmgh", "Port Moresby General Hospital", "ORGANIZATION", ["PMGH", "the hospital"],
               "Papua New Guinea's main hospital"),
              ("doctor", "a doctor", "PERSON", [], "a doctor at Port Moresby General Hospital"),
              ("wong", "Jelta Wong", "PERSON", ["Wong", "PNG’s health minister Jelta Wong"], "PNG health minister"),
              ("nccc", "National Covid Control Centre", "ORGANIZATION", ["The National Covid Control Centre"],
               "PNG's national Covid-19 control centre")],
    mentions=[("m1", "The PMGH official Facebook page", "pmgh"),
              ("m2", ("the hospital", "the hospital “is"), "pmgh"),
              ("m3", "Our hospital", "pmgh"),
              ("m4", "a doctor", "doctor"),
              ("m5", ("the hospital", "the hospital have"), "pmgh"),
              ("m6", "PNG’s health minister Jelta Wong", "wong"),
              ("m7", ("the hospital", "the hospital said"), "pmgh"),
              ("m8", ("PMGH", "PMGH has about"), "pmgh"),
              ("m9", "The National Covid Control Centre", "nccc")],
    attributions=[("a1", "DIRECT", None, None, ("Patients are lying everywhere, the situation is dire", "‘Patients"), None),
                  ("a2", "INDIRECT", None, "revealed",
                   "the Port Moresby General Hospital (PMGH) morgue is so overwhelmed a mass burial of 200 bodies is being arranged", None),
                  ("a3", "MIXED", "m1", ("announced", "page announced"), seg(T, "the hospital “is reaching", "under this pressure.”"), None),
                  ("a4", "DIRECT", "m4", ("said", "said a doctor"), "Patients are lying everywhere, the situation is dire,", None),
                  ("a5", "INDIRECT", "m6", ("announced", "announced work"), "work has started on a 500-bed field hospital", None),
                  ("a6", "DIRECT", "m7", ("said", "the hospital said"),
                   "We have never recorded such a high number of deaths on admission,", None),
                  ("a7", "INDIRECT", "m9", "reports", "all major hospitals in PNG are now struggling to cope", None)])

# ---------------------------------------------------------------------------------------
# Suara.my (Malaysia). The stored page has no headline, so the text starts with the lead
# ("KOTA KINABALU:" kept as the dateline). The stored copy breaks off in "Alian referred to the",
# so the text is cut before that paragraph. No date on the page.
# Every claim is indirect, most with noun-phrase or infinitive contents: "has called on the Sabah
# government to ..." and both "urged" keep their addressees (FORMAT.md, "called on X to Y");
# "recommended reducing ...", "emphasized the need ...", "proposed the establishment ...",
# "stressed the importance ..." have noun-phrase contents; "expressed concerns that ...": cue
# "expressed concerns".
# "Until the state achieves ..., Leiking argued that Sabah should ...": the fronted until-clause
# precedes the source and cue, so the contiguous content is the that-clause alone.
# All pronouns "He"/"he" follow the sense: Leiking in the first two paragraphs, Alian in the third.
doc("suara-warisan-sabah-palm-oil-labour-shortage",
    url="https://suara.my/news/malaysia/immediate-measures-needed-to-address-labour-shortage-in-sabahs-palm-oil-industry-says-warisan",
    outlet="Suara.my", country="Malaysia", topic="business", cut=True,
    text=(T := "KOTA KINABALU: Parti Warisan deputy president Datuk Darell Leiking has called on the Sabah government to address the labour shortages in the palm oil industry immediately. He also recommended reducing the state sales tax of 7.5% on palm oil, as it is creating financial difficulties for smallholders who are unable to maximize their profits. Leiking emphasized the need for the state government to manage the palm oil industry effectively to ensure direct benefits for Sabahans. He highlighted that labour issues in the industry are covered by the Roundtable on Sustainable Palm Oil (RSPO) guidelines and urged the state government to facilitate workers’ documentation.\n"
          "Leiking additionally proposed the establishment of a separate database to track revenue from Crude Palm Oil (CPO) and other palm oil derivatives contributed by palm oil-producing districts. He asserted that these districts should receive infrastructure upgrades and funds for development corresponding to their contribution, with a minimum return of 40% of revenue. Until the state achieves its food self-sufficiency level (SSL) target and completes the restructuring of the palm oil industry, Leiking argued that Sabah should prioritize the welfare of its people by banning all types of cooking oil exports. Furthermore, he stressed the importance of intensifying monitoring at the border to prevent smuggling to neighboring countries.\n"
          "Warisan’s Tunku assemblyman Assaffal Alian expressed concerns that the current labour shortages faced by Sabah’s palm oil smallholders would impact the supply of subsidised cooking oil in the market. Alian urged the state government to prepare for the potential mass return of Indonesian workers to their home country and the possible occurrence of the El Nino phenomenon. He highlighted that a cooking oil shortage in Sabah last year led to a significant price increase, with the cost of one kilogram of subsidised cooking oil rising from RM2.70 to RM6 per packet."),
    entities=[("leiking", "Darell Leiking", "PERSON",
               ["Leiking", "Datuk Darell Leiking", "Parti Warisan deputy president Datuk Darell Leiking"],
               "deputy president of Parti Warisan"),
              ("alian", "Assaffal Alian", "PERSON", ["Alian", "Warisan’s Tunku assemblyman Assaffal Alian"],
               "Warisan assemblyman for Tunku")],
    mentions=[("m1", "Parti Warisan deputy president Datuk Darell Leiking", "leiking"),
              ("m2", ("He", "He also recommended"), "leiking"),
              ("m3", ("Leiking", "Leiking emphasized"), "leiking"),
              ("m4", ("He", "He highlighted that labour"), "leiking"),
              ("m5", ("Leiking", "Leiking additionally"), "leiking"),
              ("m6", ("He", "He asserted"), "leiking"),
              ("m7", ("Leiking", "Leiking argued"), "leiking"),
              ("m8", ("he", "he stressed"), "leiking"),
              ("m9", "Warisan’s Tunku assemblyman Assaffal Alian", "alian"),
              ("m10", ("Alian", "Alian urged"), "alian"),
              ("m11", ("He", "He highlighted that a cooking"), "alian")],
    attributions=[("a1", "INDIRECT", "m1", "called on",
                   "the Sabah government to address the labour shortages in the palm oil industry immediately", None),
                  ("a2", "INDIRECT", "m2", "recommended",
                   "reducing the state sales tax of 7.5% on palm oil, as it is creating financial difficulties for smallholders who are unable to maximize their profits", None),
                  ("a3", "INDIRECT", "m3", "emphasized",
                   "the need for the state government to manage the palm oil industry effectively to ensure direct benefits for Sabahans", None),
                  ("a4", "INDIRECT", "m4", ("highlighted", "He highlighted that labour"),
                   "labour issues in the industry are covered by the Roundtable on Sustainable Palm Oil (RSPO) guidelines", None),
                  ("a5", "INDIRECT", "m4", ("urged", "urged the state government to facilitate"),
                   "the state government to facilitate workers’ documentation", None),
                  ("a6", "INDIRECT", "m5", "proposed",
                   seg(T, "the establishment of a separate database", "palm oil-producing districts"), None),
                  ("a7", "INDIRECT", "m6", "asserted",
                   "these districts should receive infrastructure upgrades and funds for development corresponding to their contribution, with a minimum return of 40% of revenue", None),
                  ("a8", "INDIRECT", "m7", "argued",
                   "Sabah should prioritize the welfare of its people by banning all types of cooking oil exports", None),
                  ("a9", "INDIRECT", "m8", "stressed",
                   "the importance of intensifying monitoring at the border to prevent smuggling to neighboring countries", None),
                  ("a10", "INDIRECT", "m9", "expressed concerns",
                   "the current labour shortages faced by Sabah’s palm oil smallholders would impact the supply of subsidised cooking oil in the market", None),
                  ("a11", "INDIRECT", "m10", ("urged", "Alian urged"),
                   seg(T, "the state government to prepare for", "El Nino phenomenon"), None),
                  ("a12", "INDIRECT", "m11", ("highlighted", "He highlighted that a cooking"),
                   seg(T, "a cooking oil shortage in Sabah last year", "RM6 per packet"), None)])

write("train_co.jsonl")
