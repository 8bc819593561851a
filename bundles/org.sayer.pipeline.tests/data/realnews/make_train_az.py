#!/usr/bin/env python3
"""Writes train_az.jsonl: real-news gold, split train-az (see gold.py). Run: python3 make_train_az.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "suvendu-accuses-tmc-mla-of-trying-to-assault-
# him-on-assembly-premises"), so the text starts with its lead; the dateline "Kolkata:" is not an
# attribution. The stored copy ends with the lobby protest; nothing is cut. The date is the page's.
# Chatterjee's quotation has no reporting clause of its own: it continues his "denied"/"claimed"
# (null cue). Inside it, "I have also lodged a complaint with the Speaker alleging that ..." is his
# own nested claim (source "I"), and "made certain false statements about his family members" is
# the Leader of Opposition's speech act with a topic content (as `complained about noise` → `noise`),
# nested in it. "He is lying and making false allegations" has no content: not annotated.
# "held the Speaker responsible for ..." is evaluative reporting with a content (as `blamed X for Y`);
# "in his letter" is a medium. "complaints from Adhikari" and "against whom the former had
# complained" have no content and are not annotated. "demanded adjournment alleging ..." is two
# claims of the BJP (`X said A, warning that B`). "which the Speaker turned down" is an action.
# Bhattacharjee's quotation is printed open at the end of its first paragraph and the next paragraph
# does not reopen it: marks as printed, it runs on to the closing mark and is one DIRECT claim with
# the paragraph break inside. "shouted slogans" gives no words: not annotated.
doc("millenniumpost-suvendu-accuses-tmc-mla-assault-assembly",
    url="https://www.millenniumpost.in/bengal/suvendu-accuses-tmc-mla-of-trying-to-assault-him-on-assembly-premises-573097",
    outlet="Millennium Post", country="India", topic="politics", cut=False, published="2024-07-25",
    text=(T := "Kolkata: Leader of the Opposition (LoP) in the Bengal Legislative Assembly, Suvendu Adhikari, on Wednesday alleged that Trinamool Congress MLA Tapan Chatterjee abused him verbally and tried to assault him on the premises of the Assembly.\n"
          "Chatterjee, an MLA from Purbasthali in East Burdwan, denied such allegations and claimed that Adhikari had resorted to falsehood. “There were so many people present in the premises of the Assembly. Is there any picture of me trying to assault him? He is lying and making false allegations. I have also lodged a complaint with the Speaker alleging that the Leader of Opposition has made certain false statements about his family members.”\n"
          "Adhikari in his letter claimed to be suffering from insecurity on the Assembly premises and held the Speaker responsible for the incident since the custodian of the House disallowed entry of personal bodyguards of MLAs inside the Assembly for security purposes. Speaker Biman Banerjee later said that he has received complaints from Adhikari as well as the legislator against whom the former had complained. He said that he has initiated an investigation into the allegations.\n"
          "The BJP soon after the question answer session demanded adjournment alleging atrocity against women which the Speaker turned down.\n"
          "“Let the Central government first reply why they have introduced three new criminal laws without consulting the state when law and order is a state subject.\n"
          "Is it not an attempt to snatch the law and order control from the hands of the state? The state always takes strong action whenever there is any case that compromises with the security of women,” said Chandrima Bhattacharjee, state Finance minister. The BJP legislators shouted slogans on the floor and then protested in the Assembly lobby."),
    entities=[("adhikari", "Suvendu Adhikari", "PERSON",
               ["Adhikari", "Leader of the Opposition (LoP) in the Bengal Legislative Assembly, Suvendu Adhikari",
                "the Leader of Opposition", "LoP"],
               "Leader of the Opposition in the West Bengal Legislative Assembly (BJP)"),
              ("chatterjee", "Tapan Chatterjee", "PERSON",
               ["Chatterjee", "Trinamool Congress MLA Tapan Chatterjee",
                "Chatterjee, an MLA from Purbasthali in East Burdwan", "the legislator"],
               "Trinamool Congress MLA from Purbasthali"),
              ("speaker", "Biman Banerjee", "PERSON",
               ["Banerjee", "Speaker Biman Banerjee", "the Speaker", "the custodian of the House"],
               "Speaker of the West Bengal Legislative Assembly"),
              ("bjp", "The BJP", "ORGANIZATION", ["BJP"], "Bharatiya Janata Party"),
              ("bhattacharjee", "Chandrima Bhattacharjee", "PERSON",
               ["Bhattacharjee", "Chandrima Bhattacharjee, state Finance minister"], "West Bengal Finance minister")],
    mentions=[("m1", "Leader of the Opposition (LoP) in the Bengal Legislative Assembly, Suvendu Adhikari", "adhikari"),
              ("m2", "Trinamool Congress MLA Tapan Chatterjee", "chatterjee"),
              ("m3", "Chatterjee, an MLA from Purbasthali in East Burdwan", "chatterjee"),
              ("m4", ("Adhikari", "Adhikari had resorted"), "adhikari"),
              ("m5", ("I", "I have also lodged"), "chatterjee"),
              ("m6", ("the Speaker", "with the Speaker alleging"), "speaker"),
              ("m7", "the Leader of Opposition", "adhikari"),
              ("m8", ("Adhikari", "Adhikari in his letter"), "adhikari"),
              ("m9", ("the Speaker", "held the Speaker"), "speaker"),
              ("m10", "the custodian of the House", "speaker"),
              ("m11", "Speaker Biman Banerjee", "speaker"),
              ("m12", ("Adhikari", "Adhikari as well"), "adhikari"),
              ("m13", "the legislator", "chatterjee"),
              ("m14", ("He", "He said that he has initiated"), "speaker"),
              ("m15", ("The BJP", "The BJP soon"), "bjp"),
              ("m16", ("the Speaker", "the Speaker turned down"), "speaker"),
              ("m17", "Chandrima Bhattacharjee, state Finance minister", "bhattacharjee")],
    attributions=[("a1", "INDIRECT", "m1", "alleged",
                   "Trinamool Congress MLA Tapan Chatterjee abused him verbally and tried to assault him on the premises of the Assembly", None),
                  ("a2", "INDIRECT", "m3", "denied", "such allegations", None),
                  ("a3", "INDIRECT", "m3", ("claimed", "claimed that Adhikari"), "Adhikari had resorted to falsehood", None),
                  ("a4", "DIRECT", "m3", None, seg(T, "There were so many people", "about his family members."), None),
                  ("a5", "INDIRECT", "m5", ("alleging", "Speaker alleging"),
                   "the Leader of Opposition has made certain false statements about his family members", "a4"),
                  ("a6", "INDIRECT", "m7", "statements", ("his family members", "statements about his"), "a5"),
                  ("a7", "INDIRECT", "m8", ("claimed", "letter claimed"), "to be suffering from insecurity on the Assembly premises", None),
                  ("a8", "INDIRECT", "m8", "held",
                   seg(T, "the Speaker responsible for the incident", "for security purposes"), None),
                  ("a9", "INDIRECT", "m11", ("said", "later said"),
                   "he has received complaints from Adhikari as well as the legislator against whom the former had complained", None),
                  ("a10", "INDIRECT", "m14", ("said", "He said that he has initiated"),
                   "he has initiated an investigation into the allegations", None),
                  ("a11", "INDIRECT", "m15", "demanded", "adjournment", None),
                  ("a12", "INDIRECT", "m15", ("alleging", "adjournment alleging"), "atrocity against women", None),
                  ("a13", "DIRECT", "m17", ("said", "said Chandrima"),
                   seg(T, "Let the Central government", "the security of women,"), None)])

# ---------------------------------------------------------------------------------------
# The stored page keeps the whole article; the dateline "LAHORE (Dunya News) –" is not an
# attribution. The headline's "constitutes" is an action, not a speech act. "announced formation of
# ..." has a noun-phrase content (FORMAT.md, Included: `announced the launch of X`); "Addressing a
# press conference ..." and "Regarding ..." are adjuncts of the reporting event, left out.
# "Imad Wasim was asked to rescind ..." has no reporting clause of Naqvi's ("No cue, no claim"), but
# its agentless "asked" is a request with a null source (`staff were told to stay home` →
# `to stay home`). "And he agreed, the PCB chief continued": the trailing clause covers its own
# sentence only; the agreement inside it has no content and is not nested. "everybody wanted that
# ..." inside Naqvi's claim is an attitude of others stated there (FORMAT.md, Included), nested, as
# "everyone who knows me understands" is in make_train_ar.py. "negotiating" and "the media
# highlighted him" report no content. "boasted of" and "hinted at" keep their particle in the cue
# (as "called for"), and leave it out of the content; the boast's content joins unquoted "forming"
# and the quoted “a dream team.”, so it is MIXED.
doc("dunyanews-pcb-selection-committee-sans-chairman",
    url="https://dunyanews.tv/en/Cricket/800539-PCB-constitutes-seven-member-selection-committee-sans-a-chairman",
    outlet="Dunya News", country="Pakistan", topic="sport", cut=False, published="2024-03-24",
    text=(T := "PCB constitutes seven-member selection committee sans a chairman\n"
          "LAHORE (Dunya News) – Pakistan Cricket Board (PCB) Chairman Mohsin Naqvi on Sunday announced formation of a seven-member selection committee to pick national cricket team.\n"
          "Addressing a press conference here at the PCB headquarters, he said there would be no chairman of the selection committee.\n"
          "\"There will be no chairman. All committee members will take unanimous decisions,\" he added.\n"
          "The committee will comprise cricketers Wahab Riaz, Mohammad Yusuf, Abdul Razzaq and Asad Shafiq, the team’s captain, head coach and data analyst.\n"
          "Regarding senior players, Naqvi said that Haris Rauf's central contract has been restored. Imad Wasim was asked to rescind his decision to retire. And he agreed, the PCB chief continued.\n"
          "He said everybody wanted that a strong squad should be picked for the coming World Cup in the US and the West Indies.\n"
          "He vowed that there would be no favouritism in team selection.\n"
          "Regarding selection of captain, he said decision would be taken to retain Shaheen Afridi of appoint a new captain after discussions.\n"
          "He said that a panel of coaches is being formed that would include Pakistani and foreign coaches. The board was negotiating with a foreign coach who stepped aside when the media highlighted him, he added.\n"
          "The PCB chief boasted of forming “a dream team.”\n"
          "He claimed that effects of the steps he was taking, would be visible after five years.\n"
          "Naqvi said the money of the cricket board would be spent on the improvement of cricket.\n"
          "He said he doesn't have a magic lamp to bring about changes overnight. But steps have to be taken to build a team, he maintained.\n"
          "He also hinted at starting a women's league on the pattern of Pakistan Super League."),
    entities=[("naqvi", "Mohsin Naqvi", "PERSON",
               ["Naqvi", "Pakistan Cricket Board (PCB) Chairman Mohsin Naqvi", "the PCB chief"],
               "Chairman of the Pakistan Cricket Board"),
              ("everybody", "everybody", "GROUP", [], "everybody, as Naqvi puts it")],
    mentions=[("m1", "Pakistan Cricket Board (PCB) Chairman Mohsin Naqvi", "naqvi"),
              ("m2", ("he", "he said there would be no chairman"), "naqvi"),
              ("m3", ("he", "he added.\nThe committee"), "naqvi"),
              ("m4", ("Naqvi", "Naqvi said that Haris"), "naqvi"),
              ("m5", ("the PCB chief", "the PCB chief continued"), "naqvi"),
              ("m6", ("He", "He said everybody"), "naqvi"),
              ("m7", "everybody", "everybody"),
              ("m8", ("He", "He vowed"), "naqvi"),
              ("m9", ("he", "he said decision"), "naqvi"),
              ("m10", ("He", "He said that a panel"), "naqvi"),
              ("m11", ("he", "he added.\nThe PCB chief"), "naqvi"),
              ("m12", ("The PCB chief", "The PCB chief boasted"), "naqvi"),
              ("m13", ("He", "He claimed"), "naqvi"),
              ("m14", ("Naqvi", "Naqvi said the money"), "naqvi"),
              ("m15", ("He", "He said he doesn't"), "naqvi"),
              ("m16", ("he", "he maintained"), "naqvi"),
              ("m17", ("He", "He also hinted"), "naqvi")],
    attributions=[("a1", "INDIRECT", "m1", "announced",
                   "formation of a seven-member selection committee to pick national cricket team", None),
                  ("a2", "INDIRECT", "m2", ("said", "he said there would be no chairman"),
                   "there would be no chairman of the selection committee", None),
                  ("a3", "DIRECT", "m3", ("added", "he added.\nThe committee"),
                   "There will be no chairman. All committee members will take unanimous decisions,", None),
                  ("a4", "INDIRECT", "m4", ("said", "Naqvi said that Haris"), "Haris Rauf's central contract has been restored", None),
                  ("a5", "INDIRECT", None, "asked", "to rescind his decision to retire", None),
                  ("a6", "INDIRECT", "m5", "continued", "he agreed", None),
                  ("a7", "INDIRECT", "m6", ("said", "He said everybody"),
                   "everybody wanted that a strong squad should be picked for the coming World Cup in the US and the West Indies", None),
                  ("a8", "INDIRECT", "m7", "wanted",
                   "a strong squad should be picked for the coming World Cup in the US and the West Indies", "a7"),
                  ("a9", "INDIRECT", "m8", "vowed", "there would be no favouritism in team selection", None),
                  ("a10", "INDIRECT", "m9", ("said", "he said decision"),
                   "decision would be taken to retain Shaheen Afridi of appoint a new captain after discussions", None),
                  ("a11", "INDIRECT", "m10", ("said", "He said that a panel"),
                   "a panel of coaches is being formed that would include Pakistani and foreign coaches", None),
                  ("a12", "INDIRECT", "m11", ("added", "he added.\nThe PCB chief"),
                   "The board was negotiating with a foreign coach who stepped aside when the media highlighted him", None),
                  ("a13", "MIXED", "m12", "boasted of", "forming “a dream team.”", None),
                  ("a14", "INDIRECT", "m13", "claimed", "effects of the steps he was taking, would be visible after five years", None),
                  ("a15", "INDIRECT", "m14", ("said", "Naqvi said the money"),
                   "the money of the cricket board would be spent on the improvement of cricket", None),
                  ("a16", "INDIRECT", "m15", ("said", "He said he doesn't"),
                   "he doesn't have a magic lamp to bring about changes overnight", None),
                  ("a17", "INDIRECT", "m16", "maintained", "steps have to be taken to build a team", None),
                  ("a18", "INDIRECT", "m17", "hinted at",
                   "starting a women's league on the pattern of Pakistan Super League", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "gmoa-raises-alarm-over-critical-drug-shortages-
# as-paramedics-launch-nationwide-strike"), so the text starts with its lead; the dateline "May 21,
# Colombo (LNW):" is not an attribution. The text is cut at the last whole paragraph of the stored
# copy (Kumudesh's quotation after it is cut off mid-sentence). The page gives no year.
# "sounded the alarm over X" and "expressed growing frustration over X" are evaluative reporting
# with a noun-phrase content (the linking "over" left out); "warning that" is a second claim of the
# healthcare professionals. "is preparing to launch an island-wide token strike" is an action, while
# "has announced a nationwide token strike ..." has a noun-phrase content (`announced the launch of
# X`); the long apposition "representing ..." stays out of the source. "repeated appeals to the
# Minister of Health, ..." name only addressees, no content: not annotated. The second quotation
# continues Wijesinghe after the interrupting "said Dr. Wijesinghe" (null cue).
doc("lankanewsweb-gmoa-drug-shortage-paramedics-strike",
    url="https://lankanewsweb.net/archives/73676/gmoa-raises-alarm-over-critical-drug-shortages-as-paramedics-launch-nationwide-strike",
    outlet="Lanka News Web", country="Sri Lanka", topic="health-science", cut=True,
    text=(T := "May 21, Colombo (LNW): Sri Lanka’s public health sector is facing mounting pressure as the Government Medical Officers’ Association (GMOA) has sounded the alarm over a worsening shortage of essential medicines in hospitals, whilst the Joint Federation of Paramedical Professionals is preparing to launch an island-wide token strike from May 22.\n"
          "Addressing the media, GMOA spokesperson Dr. Chamil Wijesinghe revealed that the country’s hospital network is grappling with a dire lack of critical medications, including antibiotics, insulin, painkillers, and drugs for heart disease and hypertension.\n"
          "He added that by the end of April, the Medical Supplies Division (MSD) had completely run out of nearly 180 essential medicines, with a further 50 varieties missing from hospital stocks.\n"
          "“This crisis spans both national and regional hospitals. It’s not only about medicine – even basic surgical equipment is in short supply,” said Dr. Wijesinghe. “The implications for patient care are catastrophic if these gaps are not addressed immediately.”\n"
          "Healthcare professionals have expressed growing frustration over the Ministry of Health’s failure to ensure uninterrupted drug supplies, warning that systemic failures in the procurement and distribution process could risk patient lives and paralyse hospital functions.\n"
          "In a further escalation, the Joint Federation of Paramedical Professionals, representing crucial non-physician medical staff including radiographers, laboratory technicians, and pharmacists, has announced a nationwide token strike beginning tomorrow (22) at 8:00 a.m..\n"
          "Federation president Ravi Kumudesh said the strike is being carried out in protest against long-standing grievances that have remained unresolved despite repeated appeals to the Minister of Health, the Public Service Commission, and other relevant authorities."),
    entities=[("gmoa", "Government Medical Officers’ Association (GMOA)", "ORGANIZATION",
               ["the Government Medical Officers’ Association (GMOA)", "Government Medical Officers’ Association", "GMOA"],
               "Sri Lanka's government doctors' trade union"),
              ("jfpp", "Joint Federation of Paramedical Professionals", "ORGANIZATION",
               ["the Joint Federation of Paramedical Professionals"], "Sri Lankan paramedical staff federation"),
              ("wijesinghe", "Chamil Wijesinghe", "PERSON",
               ["Wijesinghe", "Dr. Wijesinghe", "GMOA spokesperson Dr. Chamil Wijesinghe"], "GMOA spokesperson"),
              ("professionals", "Healthcare professionals", "GROUP", [], "healthcare professionals in Sri Lanka"),
              ("kumudesh", "Ravi Kumudesh", "PERSON", ["Kumudesh", "Federation president Ravi Kumudesh"],
               "president of the Joint Federation of Paramedical Professionals")],
    mentions=[("m1", "the Government Medical Officers’ Association (GMOA)", "gmoa"),
              ("m2", ("the Joint Federation of Paramedical Professionals", "whilst the Joint"), "jfpp"),
              ("m3", "GMOA spokesperson Dr. Chamil Wijesinghe", "wijesinghe"),
              ("m4", ("He", "He added"), "wijesinghe"),
              ("m5", ("Dr. Wijesinghe", "said Dr. Wijesinghe"), "wijesinghe"),
              ("m6", "Healthcare professionals", "professionals"),
              ("m7", ("the Joint Federation of Paramedical Professionals", "escalation, the Joint"), "jfpp"),
              ("m8", "Federation president Ravi Kumudesh", "kumudesh")],
    attributions=[("a1", "INDIRECT", "m1", "sounded the alarm",
                   "a worsening shortage of essential medicines in hospitals", None),
                  ("a2", "INDIRECT", "m3", "revealed",
                   seg(T, "the country’s hospital network is grappling", "heart disease and hypertension"), None),
                  ("a3", "INDIRECT", "m4", "added",
                   seg(T, "by the end of April, the Medical Supplies", "missing from hospital stocks"), None),
                  ("a4", "DIRECT", "m5", ("said", "said Dr. Wijesinghe"),
                   "This crisis spans both national and regional hospitals. It’s not only about medicine – even basic surgical equipment is in short supply,", None),
                  ("a5", "DIRECT", "m5", None,
                   "The implications for patient care are catastrophic if these gaps are not addressed immediately.", None),
                  ("a6", "INDIRECT", "m6", "expressed growing frustration",
                   "the Ministry of Health’s failure to ensure uninterrupted drug supplies", None),
                  ("a7", "INDIRECT", "m6", "warning",
                   seg(T, "systemic failures in the procurement", "paralyse hospital functions"), None),
                  ("a8", "INDIRECT", "m7", "announced",
                   "a nationwide token strike beginning tomorrow (22) at 8:00 a.m.", None),
                  ("a9", "INDIRECT", "m8", ("said", "Kumudesh said"),
                   seg(T, "the strike is being carried out", "other relevant authorities"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "kathmandu-air-quality-turns-unhealthy-as-
# pollution-index-hits-175"), so the text starts with its lead; the dateline "KATHMANDU:" is not an
# attribution. The stored copy ends with the policy paragraph; nothing is cut. The page gives no date.
# "according to official data" names no author: the data is its own entity (FORMAT.md, Documents);
# the next sentence has no cue. "warning that" is a second claim of Subedi. The agentless "have been
# urged" has a null source and leaves its raised subject out. Upreti's "explained" covers its own
# sentence; the next one has no cue ("No cue, no claim"), and "51 to 100 calls for caution" is no
# speech act. "the government treats AQI levels above 300 as a disaster" and "The plan includes
# measures" state a policy's content, not a speech act: not annotated. The National Environment
# Policy "outlines" and "calls for" with a content: a document as its own entity, as `according
# to a new report`; "It" is its pronoun mention.
doc("nepalnews-kathmandu-air-quality-unhealthy-aqi-175",
    url="https://english.nepalnews.com/s/capital/kathmandu-air-quality-turns-unhealthy-as-pollution-index-hits-175",
    outlet="Nepal News", country="Nepal", topic="environment", cut=False,
    text=(T := "KATHMANDU: Air pollution in the Kathmandu Valley reached an unhealthy level on Sunday, with the Air Quality Index (AQI) climbing to 175 by noon, according to official data. Kathmandu ranked seventh among the world’s most polluted cities at the time, while Cairo, Egypt, topped the list with an AQI of 273.\n"
          "Director General of the Department of Environment Gyan Raj Subedi said pollution has intensified due to dry weather, lack of wind, industrial and factory operations, and rapid construction activity. He added that smoke and dust from industries, cross-border pollution, and pollutants entering from neighboring India have also contributed, warning that pollution could worsen until rainfall occurs. Stakeholder agencies have been urged to prioritize environment-friendly development.\n"
          "Disaster management expert Dr Dharmaraj Upreti explained that an AQI of 0 to 50 is considered good, 51 to 100 calls for caution, and 101 to 150 is unhealthy for people with respiratory and heart conditions. Levels between 151 and 200 are unhealthy for everyone, 201 to 300 are very unhealthy, and readings above 300 are considered extremely dangerous.\n"
          "Under the Kathmandu Valley Air Quality Management Action Plan 2020, the government treats AQI levels above 300 as a disaster. The plan includes measures such as banning waste burning, increasing mechanical road cleaning, and issuing public advisories for children, senior citizens, and patients to take special precautions.\n"
          "The National Environment Policy 2019 also outlines strategies to set and enforce national standards to control air, water, soil, noise, radiation, and hazardous chemical pollution. It further calls for establishing quality monitoring centers in major cities, industrial zones, and high-risk areas to regularly track air, water, and noise levels."),
    entities=[("data", "official data", "ORGANIZATION", [], "official air-quality data"),
              ("subedi", "Gyan Raj Subedi", "PERSON",
               ["Subedi", "Director General of the Department of Environment Gyan Raj Subedi"],
               "Director General of Nepal's Department of Environment"),
              ("upreti", "Dharmaraj Upreti", "PERSON",
               ["Upreti", "Dr Dharmaraj Upreti", "Disaster management expert Dr Dharmaraj Upreti"], "disaster management expert"),
              ("policy", "The National Environment Policy 2019", "ORGANIZATION",
               ["National Environment Policy 2019", "National Environment Policy"], "Nepal's national environment policy document")],
    mentions=[("m1", "official data", "data"),
              ("m2", "Director General of the Department of Environment Gyan Raj Subedi", "subedi"),
              ("m3", ("He", "He added"), "subedi"),
              ("m4", "Disaster management expert Dr Dharmaraj Upreti", "upreti"),
              ("m5", "The National Environment Policy 2019", "policy"),
              ("m6", ("It", "It further calls"), "policy")],
    attributions=[("a1", "INDIRECT", "m1", "according to",
                   "Air pollution in the Kathmandu Valley reached an unhealthy level on Sunday, with the Air Quality Index (AQI) climbing to 175 by noon", None),
                  ("a2", "INDIRECT", "m2", ("said", "Subedi said"),
                   seg(T, "pollution has intensified", "rapid construction activity"), None),
                  ("a3", "INDIRECT", "m3", "added",
                   seg(T, "smoke and dust from industries", "have also contributed"), None),
                  ("a4", "INDIRECT", "m3", "warning", "pollution could worsen until rainfall occurs", None),
                  ("a5", "INDIRECT", None, "urged", "to prioritize environment-friendly development", None),
                  ("a6", "INDIRECT", "m4", "explained",
                   seg(T, "an AQI of 0 to 50 is considered good", "respiratory and heart conditions"), None),
                  ("a7", "INDIRECT", "m5", "outlines",
                   seg(T, "strategies to set and enforce", "hazardous chemical pollution"), None),
                  ("a8", "INDIRECT", "m6", ("calls for", "further calls for"),
                   seg(T, "establishing quality monitoring centers", "and noise levels"), None)])

# ---------------------------------------------------------------------------------------
# The headline is printed three times on the stored page (kept once); the date-and-desk line,
# the repeated headlines and the links at the foot ("All News of National", "Watch Live TV") are
# removed. Nothing else is cut. Typos ("arrester") are kept as printed.
# The headline's "Pallabi blast" is a topic label; "Family" is the source (FORMAT.md, Headlines).
# The scare-quoted ‘so-called’ and ‘hitmen’ inside reported clauses make those claims MIXED, as in
# make_train_au.py. The "although police said ..." clause is the journalist's contrast attached to
# the reporting clause: it is left out of the family's claim and annotated as the police's own.
# "the claim of the arrest on July 27" names no claimant: null source (FORMAT.md, Null source);
# "ducked the question" and "parried the question" give no content and are not annotated, nor is
# "Asked about the family's claim" (a question put to the speaker). "identifying them as DB men" is
# the team's speech act with a content (as `described X as Y`), nested in the family member's claim.
# Judgment call: "He said ..." follows "Shahidul's father-in-law witnessed the arrest", but "The
# family member also said ..." two sentences later shows that the same family member is reporting
# throughout, so "He" (twice) is the family member; the father-in-law is no speaker here. In "He said
# they contacted the local police station but they said ...", the second "they" is the station's
# staff: a nested claim of the station.
doc("somoynews-pallabi-blast-family-claims-shahidul-detained",
    url="https://en.somoynews.tv/10059/news/Pallabi-blast-Family-claims-Shahidul-detained-on-July-27",
    outlet="Somoy News", country="Bangladesh", topic="courts-crime", cut=False, published="2020-07-30",
    text=(T := "Pallabi blast: Family claims Shahidul detained on July 27\n"
          "One of the ‘so-called’ hitmen who were held before the explosion at Pallabi Police Station in the capital was arrester much earlier, claimed his family.\n"
          "Family members of Shahidul claimed that the Detective Branch of police picked him up in the afternoon of July 27 although police said they arrested Shahidul and two others from Pallabi Graveyard area along with two pistols, bullets and a weight machine-like object in the early hours of July 29.\n"
          "The DB also claimed that the trio had no link with militancy. However, it ducked the question about the claim of the arrest on July 27.\n"
          "One of Shahidul’s family members said a team of people identifying them as DB men picked him up from a tea shop of their area at 3:52pm on July 27. Shahidul’s father-in-law witnessed the arrest.\n"
          "He said they contacted the local police station but they said they did not arrest anyone named Shahidul. Later, they filed a general diary in this regard.\n"
          "He also claimed that the drama of firearm recovery and bomb explosion was staged keeping him confined to the police station.\n"
          "The family member also said they collected the CCTV footage of the DB men picking Shahidul.\n"
          "Asked about the family’s claim, a DB official, while briefing reporters at the Mintoo Road office on Thursday morning, parried the question.\n"
          "He only said the three arrested ‘hitmen’ have no connection with militancy.\n"
          "Five people, including four policemen, were injured in the explosion inside the police station."),
    entities=[("family", "his family", "GROUP", ["Family", "Family members of Shahidul"], "Shahidul's family"),
              ("police", "police", "ORGANIZATION", [], "Dhaka Metropolitan Police"),
              ("db", "the Detective Branch of police", "ORGANIZATION", ["The DB", "DB"], "Detective Branch of Dhaka police"),
              ("member", "One of Shahidul’s family members", "PERSON", ["The family member"], "a member of Shahidul's family"),
              ("team", "a team of people", "GROUP", [], "the men who picked Shahidul up"),
              ("station", "the local police station", "ORGANIZATION", [], "the local police station contacted by the family"),
              ("official", "a DB official", "PERSON", [], "a Detective Branch official briefing reporters")],
    mentions=[("m1", ("Family", "Family claims"), "family"),
              ("m2", "his family", "family"),
              ("m3", "Family members of Shahidul", "family"),
              ("m4", "the Detective Branch of police", "db"),
              ("m5", ("police", "police said they arrested"), "police"),
              ("m6", "The DB", "db"),
              ("m7", "One of Shahidul’s family members", "member"),
              ("m8", "a team of people", "team"),
              ("m9", ("He", "He said they contacted"), "member"),
              ("m10", "the local police station", "station"),
              ("m11", ("they", "they said they did not"), "station"),
              ("m12", ("He", "He also claimed"), "member"),
              ("m13", "The family member", "member"),
              ("m14", "a DB official", "official"),
              ("m15", ("He", "He only said"), "official")],
    attributions=[("a1", "INDIRECT", "m1", "claims", "Shahidul detained on July 27", None),
                  ("a2", "MIXED", "m2", ("claimed", "claimed his family"),
                   seg(T, "One of the ‘so-called’ hitmen", "arrester much earlier"), None),
                  ("a3", "INDIRECT", "m3", ("claimed", "Shahidul claimed"),
                   "the Detective Branch of police picked him up in the afternoon of July 27", None),
                  ("a4", "INDIRECT", "m5", ("said", "police said they arrested"),
                   seg(T, "they arrested Shahidul and two others", "the early hours of July 29"), None),
                  ("a5", "INDIRECT", "m6", ("claimed", "DB also claimed"), "the trio had no link with militancy", None),
                  ("a6", "INDIRECT", None, ("claim", "claim of the arrest"), "the arrest on July 27", None),
                  ("a7", "INDIRECT", "m7", ("said", "family members said"),
                   seg(T, "a team of people identifying", "3:52pm on July 27"), None),
                  ("a8", "INDIRECT", "m8", "identifying", "them as DB men", "a7"),
                  ("a9", "INDIRECT", "m9", ("said", "He said they contacted"),
                   seg(T, "they contacted the local police station", "anyone named Shahidul"), None),
                  ("a10", "INDIRECT", "m11", ("said", "they said they did not"), "they did not arrest anyone named Shahidul", "a9"),
                  ("a11", "INDIRECT", "m12", ("claimed", "He also claimed"),
                   seg(T, "the drama of firearm recovery", "confined to the police station"), None),
                  ("a12", "INDIRECT", "m13", ("said", "member also said"),
                   "they collected the CCTV footage of the DB men picking Shahidul", None),
                  ("a13", "MIXED", "m15", ("said", "He only said"), "the three arrested ‘hitmen’ have no connection with militancy", None)])

# ---------------------------------------------------------------------------------------
# The section label "RMG", the byline and date lines and a second copy of the headline are
# removed; the stored copy ends with the list of those present. Nothing is cut.
# The headline's and the lead's "fear(s)" report a fear voiced by a named subject (FORMAT.md,
# Included: beliefs and forecasts; as "Residents fear" in make_test.py). The BGMEA, its leaders and
# the apparel exporters are kept apart (a group's representatives are separate entities). "They
# urged ..., said a media statement issued by the Chattogram regional office of the BGMEA": the
# statement reports the leaders' urging, so the urging is nested in the statement's claim; the
# statement names its author in its NP and is a mention of the regional office (FORMAT.md,
# Documents). "urged X to Y" keeps the addressee (as `called on X to Y`). "Speaking at the meeting"
# is an adjunct. "That might force ..." opens with a demonstrative "That" (keep_that).
doc("tbsnews-bgmea-fears-cancellation-work-orders",
    url="https://www.tbsnews.net/economy/rmg/bgmea-fears-cancellation-work-orders-buyers-278911",
    outlet="The Business Standard", country="Bangladesh", topic="business", cut=False, published="2021-07-25",
    keep_that=("a7",),
    text=(T := "BGMEA fears cancellation of work orders from buyers\n"
          "Apparel exporters in the country fear global buyers may cancel their work orders from Bangladesh if they fail to deliver export orders within lead time due to the factory closures amid nationwide strict lockdown.\n"
          "The garment manufacturers cannot get their imported raw materials released from the Chattogram port either, owing to the closure of factories, leaders of the Bangladesh Garment Manufacturers and Exporters Association (BGMEA) said at a virtual meeting on Sunday evening.\n"
          "They urged the prime minister to allow garment factories to continue operations amid lockdown to avoid any possible disaster in the industry, said a media statement issued by the Chattogram regional office of the BGMEA.\n"
          "Speaking at the meeting, BGMEA First Vice President Syed Nazrul Islam said factory owners would fail to ship the export orders in lead time if the factories remain off till 5 August. That might force buyers to cancel orders from Bangladesh, he added.\n"
          "The present situation would lead the country's top export earning industry to a disastrous condition, said Nazrul Islam.\n"
          "Among others, BGMEA Vice President Rakibul Alam Chowdhury, Directors M Abdus Salam, Md M Mohiuddin Chowdhury, Tanvir Habib, Shafiul Karim (Khokon) were present at the meeting."),
    entities=[("bgmea", "BGMEA", "ORGANIZATION", ["Bangladesh Garment Manufacturers and Exporters Association"],
               "Bangladesh Garment Manufacturers and Exporters Association"),
              ("exporters", "Apparel exporters", "GROUP", ["Apparel exporters in the country"], "Bangladesh's apparel exporters"),
              ("leaders", "leaders of the Bangladesh Garment Manufacturers and Exporters Association (BGMEA)", "GROUP", [],
               "BGMEA leaders at the virtual meeting"),
              ("office", "the Chattogram regional office of the BGMEA", "ORGANIZATION",
               ["a media statement issued by the Chattogram regional office of the BGMEA"], "BGMEA's Chattogram regional office"),
              ("nazrul", "Syed Nazrul Islam", "PERSON",
               ["Nazrul Islam", "BGMEA First Vice President Syed Nazrul Islam"], "First Vice President of the BGMEA")],
    mentions=[("m1", ("BGMEA", "BGMEA fears"), "bgmea"),
              ("m2", "Apparel exporters", "exporters"),
              ("m3", "leaders of the Bangladesh Garment Manufacturers and Exporters Association (BGMEA)", "leaders"),
              ("m4", ("They", "They urged"), "leaders"),
              ("m5", "a media statement issued by the Chattogram regional office of the BGMEA", "office"),
              ("m6", "BGMEA First Vice President Syed Nazrul Islam", "nazrul"),
              ("m7", ("he", "he added"), "nazrul"),
              ("m8", ("Nazrul Islam", "said Nazrul Islam"), "nazrul")],
    attributions=[("a1", "INDIRECT", "m1", "fears", "cancellation of work orders from buyers", None),
                  ("a2", "INDIRECT", "m2", ("fear", "country fear"),
                   seg(T, "global buyers may cancel", "nationwide strict lockdown"), None),
                  ("a3", "INDIRECT", "m3", ("said", "(BGMEA) said"),
                   seg(T, "The garment manufacturers cannot get", "owing to the closure of factories"), None),
                  ("a4", "INDIRECT", "m5", ("said", "said a media statement"),
                   seg(T, "They urged the prime minister", "disaster in the industry"), None),
                  ("a5", "INDIRECT", "m4", "urged",
                   seg(T, "the prime minister to allow", "disaster in the industry"), "a4"),
                  ("a6", "INDIRECT", "m6", ("said", "Islam said factory"),
                   seg(T, "factory owners would fail", "till 5 August"), None),
                  ("a7", "INDIRECT", "m7", ("added", "he added"), "That might force buyers to cancel orders from Bangladesh", None),
                  ("a8", "INDIRECT", "m8", ("said", "said Nazrul Islam"),
                   "The present situation would lead the country's top export earning industry to a disastrous condition", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "world-news-sri-lankas-india-assisted-unique-
# id-card-project-to-begin-by-january-end-official"), so the text starts with its lead; the
# dateline "Colombo, Jan 14 (PTI)" is not an attribution and the page gives no year. The "Also Read"
# line and the syndication disclaimer at the foot are removed. Nothing else is cut.
# "a senior official" is identified by the next paragraphs as Deputy Minister Weeraratna (FORMAT.md:
# a role description resolves to the person the text identifies). "as he mitigated concerns that
# ...": the concerns name no holder, so the noun cue has a null source (as in make_test3_c.py);
# "mitigated" is an act on them with no content of its own. "addressed the concerns raised by
# opposition groups on ..." follows make_train_h.py ("addressed" with its object, the noun claim
# nested, source the groups). "labelled the project a national security threat, claiming that ..."
# is two claims of the groups. "the government had already communicated to Indian partners that
# ..." is a nested claim of the government; the addressee is left out.
doc("latestly-sri-lanka-india-assisted-id-card-project",
    url="https://latestly.com/agency-news/world-news-sri-lankas-india-assisted-unique-id-card-project-to-begin-by-january-end-official-6565555.html",
    outlet="LatestLY", country="India", topic="technology", cut=False,
    text=(T := "Colombo, Jan 14 (PTI) Sri Lanka's India-assisted unique ID card project will begin by the end of January, a senior official said on Tuesday, as he mitigated concerns that data from the project would be restricted to the island nation only.\n"
          "The unique digital identity project, a crucial step in Sri Lanka's digitalisation programme, is being implemented with Indian grant assistance.\n"
          "“Some SLR 20 billion are needed to implement this project, we aim to receive 50 per cent of that under the Indian assistance programme,” Digital Economy Deputy Minister Eranga Weeraratna told reporters here.\n"
          "He said that the project will begin by the end of this month.\n"
          "The previous cabinet of President Ranil Wickremesinghe approved the India-funded unique identity card project. India advanced Rs 450 million for the implementation of the project in August 2023.\n"
          "“The first phase of the project is to provide for the collection of biographic and biometric information including facial, iris and fingerprints,” Weeraratna said.\n"
          "He also addressed the concerns raised by opposition groups on the data privacy of Sri Lankan citizens and the protection of personal data.\n"
          "These groups have labelled the project a national security threat, claiming that an Indian firm would have unrestricted access to all the data.\n"
          "Weeraratna said the new National People's Power government would not allow this. He added that the government had already communicated to Indian partners that, once the mechanism is set up, access to the data should be restricted to Sri Lanka.\n"
          "“So there is nothing to fear,” Weeraratna said."),
    entities=[("weeraratna", "Eranga Weeraratna", "PERSON",
               ["Weeraratna", "Digital Economy Deputy Minister Eranga Weeraratna", "a senior official"],
               "Sri Lanka's Deputy Minister of Digital Economy"),
              ("opposition", "opposition groups", "GROUP", ["These groups"], "Sri Lankan opposition groups"),
              ("govt", "the new National People's Power government", "ORGANIZATION",
               ["National People's Power government", "the government"], "Government of Sri Lanka")],
    mentions=[("m1", "a senior official", "weeraratna"),
              ("m2", "Digital Economy Deputy Minister Eranga Weeraratna", "weeraratna"),
              ("m3", ("He", "He said that the project"), "weeraratna"),
              ("m4", ("Weeraratna", "Weeraratna said.\nHe also"), "weeraratna"),
              ("m5", ("He", "He also addressed"), "weeraratna"),
              ("m6", "opposition groups", "opposition"),
              ("m7", "These groups", "opposition"),
              ("m8", ("Weeraratna", "Weeraratna said the new"), "weeraratna"),
              ("m9", "the new National People's Power government", "govt"),
              ("m10", ("He", "He added"), "weeraratna"),
              ("m11", ("the government", "the government had already"), "govt"),
              ("m12", ("Weeraratna", "fear,” Weeraratna"), "weeraratna")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "official said"),
                   "Sri Lanka's India-assisted unique ID card project will begin by the end of January", None),
                  ("a2", "INDIRECT", None, ("concerns", "mitigated concerns"), "data from the project would be restricted to the island nation only", None),
                  ("a3", "DIRECT", "m2", "told",
                   "Some SLR 20 billion are needed to implement this project, we aim to receive 50 per cent of that under the Indian assistance programme,", None),
                  ("a4", "INDIRECT", "m3", ("said", "He said that the project"), "the project will begin by the end of this month", None),
                  ("a5", "DIRECT", "m4", ("said", "Weeraratna said.\nHe also"),
                   "The first phase of the project is to provide for the collection of biographic and biometric information including facial, iris and fingerprints,", None),
                  ("a6", "INDIRECT", "m5", "addressed",
                   seg(T, "the concerns raised by opposition", "protection of personal data"), None),
                  ("a7", "INDIRECT", "m6", ("concerns", "the concerns raised"),
                   "the data privacy of Sri Lankan citizens and the protection of personal data", "a6"),
                  ("a8", "INDIRECT", "m7", "labelled", "the project a national security threat", None),
                  ("a9", "INDIRECT", "m7", "claiming", "an Indian firm would have unrestricted access to all the data", None),
                  ("a10", "INDIRECT", "m8", ("said", "Weeraratna said the new"),
                   "the new National People's Power government would not allow this", None),
                  ("a11", "INDIRECT", "m10", "added",
                   seg(T, "the government had already communicated", "restricted to Sri Lanka"), None),
                  ("a12", "INDIRECT", "m11", "communicated",
                   "once the mechanism is set up, access to the data should be restricted to Sri Lanka", "a11"),
                  ("a13", "DIRECT", "m12", ("said", "fear,” Weeraratna said"), "So there is nothing to fear,", None)])

write("train_az.jsonl")
