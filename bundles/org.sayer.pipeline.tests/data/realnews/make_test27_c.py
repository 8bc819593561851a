#!/usr/bin/env python3
"""Writes test27_c.jsonl: real-news gold, split test27-c (see gold.py). Run: python3 make_test27_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. The stored copy breaks off
# in "Federal infrastructure minster Catherine King, who is also acting minister for emergency
# management, ", so the text is cut before that paragraph.
# "according to a government announcement cited by global news reports": the announcement names
# its author in its NP, so it is a mention of the government (FORMAT.md, Documents); "cited by
# global news reports" is read like "is quoted as saying by the Courier" (the reports are a
# medium), not as a second claim.
# The quotation opened in "“Cargo receival ..." is left open at its paragraph end and closes in
# the next paragraph: one attribution continuing NPDL (null cue). "in announcement" is a medium.
# Not claims: "drone footage ... shows a road blocked" (an evidential), "we await official advice
# from the port authorities, that the channel is open" (advice not yet given, so no reported
# claim), "receiving updates from Transam Vanuatu" (no content of Transam's own).
doc("thedcn-vanuatu-quake-freight-port-vila",
    url="https://thedcn.com.au/?p=84287",
    outlet="Daily Cargo News", country="Australia", topic="business", cut=True,
    text=(T := "AIR freight services into Vanuatu have been impacted following a powerful earthquake on Tuesday (17 December), and there appears to have been a landslide at the port of Port Vila.\n"
          "Communications have been affected by the deadly 7.3 magnitude earthquake, and information is still surfacing, but drone footage from a Vanuatu-based journalist shows a road blocked by a landslide near the international shipping terminal.\n"
          "The main wharf is closed, according to a government announcement cited by global news reports.\n"
          "Neptune Pacific Direct Line on 18 December said it had been receiving updates from Transam Vanuatu – an agency in the NPDL group.\n"
          "“At this stage, the NPDL Tahiti Voy 2427 is still due to call Port Vila on the 24th of December, however we await official advice from the port authorities, that the channel is open, and on our ability to berth the vessel and move cargo through the port,” NPDL said in announcement.\n"
          "“Cargo receival at Suva and Lautoka are on hold pending updates on the Port Vila situation.\n"
          "“With no power, internet or water in the main center at present this remains our first priority for support, and we are looking into all options for providing the care both our team on the ground and the community require.”\n"
          "NPDL said all Transam Vanuatu staff and their families were safe. At the time of reporting, the national death toll from the earthquake was 14.\n"
          "Air cargo movements have also been affected, with airlines cancelling or pausing Vanuatu flights.\n"
          "Qantas Freight on 18 December said it was monitoring the situation in Vanuatu.\n"
          "“Flights are currently blocked for freight movements between Vanuatu and Australia while we assess the situation locally and we will provide updates on our website as soon as possible,” it said.\n"
          "Australia is working alongside New Zealand and France under the FRANZ Arrangement to assist Vanuatu with emergency response."),
    entities=[("govt", "the government", "ORGANIZATION", ["a government announcement"], "the Vanuatu government"),
              ("npdl", "Neptune Pacific Direct Line", "ORGANIZATION", ["NPDL"], "Pacific shipping line"),
              ("qantas", "Qantas Freight", "ORGANIZATION", [], "freight arm of Qantas")],
    mentions=[("m1", "a government announcement", "govt"),
              ("m2", "Neptune Pacific Direct Line", "npdl"),
              ("m3", ("NPDL", "NPDL said in announcement"), "npdl"),
              ("m4", ("NPDL", "NPDL said all"), "npdl"),
              ("m5", "Qantas Freight", "qantas"),
              ("m6", ("it", "it said."), "qantas")],
    attributions=[("a1", "INDIRECT", "m1", "according to", "The main wharf is closed", None),
                  ("a2", "INDIRECT", "m2", ("said", "December said it had"),
                   "it had been receiving updates from Transam Vanuatu – an agency in the NPDL group", None),
                  ("a3", "DIRECT", "m3", ("said", "NPDL said in announcement"),
                   seg(T, "At this stage", "through the port,"), None),
                  ("a4", "DIRECT", "m3", None, seg(T, "Cargo receival", "community require."), None),
                  ("a5", "INDIRECT", "m4", ("said", "NPDL said all"),
                   "all Transam Vanuatu staff and their families were safe", None),
                  ("a6", "INDIRECT", "m5", ("said", "December said it was"), "it was monitoring the situation in Vanuatu", None),
                  ("a7", "DIRECT", "m6", ("said", "it said."), seg(T, "Flights are currently blocked", "as soon as possible,"), None)])

# ---------------------------------------------------------------------------------------
# The ad line and the "Top Stories" line after the last paragraph are left out; the article is
# otherwise whole. The headline "…: Police" is a claim–name headline (null cue, source "Police").
# The police force and its acting commissioner, Chew, are separate entities (a body and its
# representative); "Authorities" is a third, unnamed group.
# The quotation "“As I had stated, ..." has no reporting clause of its own and continues Chew
# (null cue, same source mention as the claim before it, "He has also urged"). Inside it, "As I
# had stated" is a nested claim of "I" (content: the clause it frames), and "officers have been
# reminded that ..." an agentless passive nested with a null source; "I want to reassure the
# public that ..." is the speaker's own act and is not split off.
# "urged the public to refrain ..." keeps the addressee, as "called on X to Y" does.
# Not claims: "Concerns raised about the police response" (a participle with no finite reporting
# verb), "have been tasked with reevaluating" (an order, an action), "He was apprehended by police
# ..." (no cue).
doc("maitvfiji-totogo-arson-suspect-mental-illness",
    url="https://maitvfiji.com/suspect-in-fiji-central-police-station-arson-attempt-has-history-of-mental-illness-police/",
    outlet="Mai TV", country="Fiji", topic="courts-crime", cut=False,
    text=(T := "Suspect in Fiji Central Police Station Arson Attempt Has History of Mental Illness: Police\n"
          "The 33-year-old individual involved in the attempted arson at Fiji’s central police station has a history of mental illness.\n"
          "Acting Police Commissioner Juki Fong Chew said the 33-year-old from Raiwai is currently receiving medical care and undergoing psychiatric assessment and treatment at Saint Giles Hospital.\n"
          "“Following his medical clearance, the suspect will be brought back into custody,” Chew said. “Please allow the investigations to take its course, as necessary, and appropriate charges will be determined upon the completion of the investigation.”\n"
          "He has also urged the public to refrain from sharing the individual’s photo and vilifying him on social media.\n"
          "Concerns raised about the police response during the incident have also prompted action.\n"
          "“As I had stated, different situations, require different responses. I want to reassure the public that officers have been reminded that the responses adopted must be aligned to best policing practices.”\n"
          "To ensure a more effective response in the future, Divisional Police Commanders in the five policing divisions have been tasked with reevaluating their respective response units. All officers under their command will undergo refresher training to enhance their skills and preparedness in handling various situations.\n"
          "He reiterated that the attack was an isolated incident, however, it has underscored the need to swiftly review their current response practices, “as an attack on any policing institution is an attack on security.”\n"
          "Authorities said he threw a lit-bottled filled with flammable liquid inside the Totogo Police Station, located in Suva’s CBD, resulting in damage to some equipment. He was apprehended by police as he tried to throw another bottle.\n"
          "Police’s CID is leading the investigation into the incident."),
    entities=[("police", "Police", "ORGANIZATION", ["police"], "Fiji Police Force"),
              ("chew", "Juki Fong Chew", "PERSON", ["Chew", "Acting Police Commissioner Juki Fong Chew"],
               "Acting Commissioner of Police, Fiji"),
              ("authorities", "Authorities", "GROUP", [], "unnamed authorities")],
    mentions=[("m1", ("Police", ": Police"), "police"),
              ("m2", "Acting Police Commissioner Juki Fong Chew", "chew"),
              ("m3", ("Chew", "Chew said."), "chew"),
              ("m4", ("He", "He has also urged"), "chew"),
              ("m5", ("I", "As I had stated"), "chew"),
              ("m6", ("He", "He reiterated"), "chew"),
              ("m7", "Authorities", "authorities"),
              ("m8", ("police", "apprehended by police"), "police")],
    attributions=[("a1", "INDIRECT", "m1", None,
                   "Suspect in Fiji Central Police Station Arson Attempt Has History of Mental Illness", None),
                  ("a2", "INDIRECT", "m2", ("said", "Chew said the 33"),
                   "the 33-year-old from Raiwai is currently receiving medical care and undergoing psychiatric assessment and treatment at Saint Giles Hospital", None),
                  ("a3", "DIRECT", "m3", ("said", "Chew said."),
                   "Following his medical clearance, the suspect will be brought back into custody,", None),
                  ("a4", "DIRECT", "m3", None,
                   "Please allow the investigations to take its course, as necessary, and appropriate charges will be determined upon the completion of the investigation.", None),
                  ("a5", "INDIRECT", "m4", "urged",
                   "the public to refrain from sharing the individual’s photo and vilifying him on social media", None),
                  ("a6", "DIRECT", "m4", None, seg(T, "As I had stated", "best policing practices."), None),
                  ("a7", "INDIRECT", "m5", "stated", "different situations, require different responses", "a6"),
                  ("a8", "INDIRECT", None, "reminded", "the responses adopted must be aligned to best policing practices", "a6"),
                  ("a9", "MIXED", "m6", "reiterated",
                   seg(T, "the attack was an isolated incident", "attack on security.”"), None),
                  ("a10", "INDIRECT", "m7", ("said", "Authorities said"),
                   seg(T, "he threw a lit-bottled", "damage to some equipment"), None)])

# ---------------------------------------------------------------------------------------
# The ad line ("cellcard cellcard cellcard"), the byline and the photo caption ("The Environment
# Ministry maintains that large-scale illegal logging has stopped. Supplied") are left out. The
# stored copy breaks off in "Xuan Phuc, ... said he did not ag", so the text is cut before that
# paragraph.
# The report is Forest Trends' document: "The report, released by US-based NGO Forest Trends"
# names its author in its sentence, so "The report" is a mention of Forest Trends (FORMAT.md,
# Documents); in the lead, "an environmental NGO report that ..." is a noun cue ("report") whose
# modifier "environmental NGO" is its claimant, the NGO the next sentence names (nested in the
# ministry's "disputed", whose content is the whole NP, as "rejected the ... discourse").
# "The Ministry of Environment has highlighted that ..." inside the ministry's quotation is a
# nested claim. The quotation opened in "“Preliminary results ..." runs over two paragraphs and
# continues the ministry (null cue); so does Say Samal's "“The forest crime ..." to "he added"
# (one attribution, cue "added"), in which "Vietnam has publicly announced that ..." is nested.
# "clarifying that ..." is a nested claim of "he" (as "indicating that" in test23_a). The negated
# "was not outright denying the NGO's report" and "We did not deny the report" are not
# annotated: no speech act took place and there is no open question (seed a9/a10).
# "the report" as the object of others' claims ("said the report was misleading", "We did not deny
# the report") is the document talked about, not its author speaking, and is not marked.
# Not claims: "Preliminary results ... show that" (an evidential), "we just showed them the real
# statistics" (an action).
doc("khmertimes-ministry-disputes-logging-report",
    url="https://www.khmertimeskh.com/78976/ministry-disputes-illegal-logging-report/",
    outlet="Khmer Times", country="Cambodia", topic="environment", cut=True,
    text=(T := "Ministry disputes illegal logging report\n"
          "The Ministry of Environment has disputed an environmental NGO report that large-scale illegal logging continues unabated, with large quantities of timber being transported to Vietnam.\n"
          "The report, released by US-based NGO Forest Trends on Wednesday, said 313,000 cubic metres of timber valued at $142 million was registered by Vietnamese customs between January and June, including sawn wood and raw logs.\n"
          "On Thursday, the Environment Ministry said the report was misleading and aimed at distorting public opinion of the ministry’s efforts to battle illegal logging.\n"
          "“The Ministry of Environment has highlighted that large-scale forest crime is no longer in Cambodia, and that relevant authorities are continuing to curb and eradicate small-scale crimes while also increasing the effectiveness of forestry protection and management of natural resources,” the ministry said.\n"
          "“Preliminary results of Cambodia’s forest cover review in 2016 show that the total area of forest cover in Cambodia accounted for 45.26 percent of the country’s total area.\n"
          "“The rate of loss of forest cover in Cambodia in the last two years has decreased.”\n"
          "Environment Minister Say Samal said he was not outright denying the NGO’s report, but clarifying that it inflated some numbers and was not 100 percent accurate.\n"
          "“We did not deny the report, we just showed them the real statistics,” he said yesterday.\n"
          "“The forest crime crackdown strategy is to close the border gates, and at the same time, Vietnam has publicly announced that they will not allow logging in the central region and timber factories will be closed.\n"
          "“China is also trying to reform so their influence is decreasing the market,” he added."),
    entities=[("ministry", "Ministry of Environment", "ORGANIZATION",
               ["Ministry", "The Ministry of Environment", "the Environment Ministry", "the ministry"],
               "Cambodia's Ministry of Environment"),
              ("foresttrends", "Forest Trends", "ORGANIZATION", ["US-based NGO Forest Trends", "environmental NGO", "The report"],
               "US-based NGO, author of the logging report"),
              ("samal", "Say Samal", "PERSON", ["Samal", "Environment Minister Say Samal"], "Cambodia's Environment Minister"),
              ("vietnam", "Vietnam", "GPE", [], None)],
    mentions=[("m1", ("Ministry", "Ministry disputes"), "ministry"),
              ("m2", ("The Ministry of Environment", "The Ministry of Environment has disputed"), "ministry"),
              ("m3", "environmental NGO", "foresttrends"),
              ("m4", ("Vietnam", "transported to Vietnam"), "vietnam"),
              ("m5", ("The report", "The report, released"), "foresttrends"),
              ("m6", "US-based NGO Forest Trends", "foresttrends"),
              ("m7", "the Environment Ministry", "ministry"),
              ("m8", ("The Ministry of Environment", "The Ministry of Environment has highlighted"), "ministry"),
              ("m9", ("the ministry", "the ministry said."), "ministry"),
              ("m10", "Environment Minister Say Samal", "samal"),
              ("m11", ("he", "he was not outright"), "samal"),
              ("m12", ("he", "he said yesterday"), "samal"),
              ("m13", ("Vietnam", "Vietnam has publicly"), "vietnam"),
              ("m14", ("he", "he added"), "samal")],
    attributions=[("a1", "INDIRECT", "m1", "disputes", "illegal logging report", None),
                  ("a2", "INDIRECT", "m2", "disputed",
                   seg(T, "an environmental NGO report", "transported to Vietnam"), None),
                  ("a3", "INDIRECT", "m3", ("report", "NGO report that"),
                   "large-scale illegal logging continues unabated, with large quantities of timber being transported to Vietnam", "a2"),
                  ("a4", "INDIRECT", "m5", ("said", "on Wednesday, said"),
                   seg(T, "313,000 cubic metres", "sawn wood and raw logs"), None),
                  ("a5", "INDIRECT", "m7", ("said", "Ministry said the report"),
                   "the report was misleading and aimed at distorting public opinion of the ministry’s efforts to battle illegal logging", None),
                  ("a6", "DIRECT", "m9", ("said", "the ministry said."),
                   seg(T, "The Ministry of Environment has highlighted", "natural resources,"), None),
                  ("a7", "INDIRECT", "m8", "highlighted",
                   seg(T, "large-scale forest crime is no longer", "natural resources"), "a6"),
                  ("a8", "DIRECT", "m9", None, seg(T, "Preliminary results", "has decreased."), None),
                  ("a9", "INDIRECT", "m10", ("said", "Samal said"),
                   "he was not outright denying the NGO’s report, but clarifying that it inflated some numbers and was not 100 percent accurate", None),
                  ("a10", "INDIRECT", "m11", "clarifying", "it inflated some numbers and was not 100 percent accurate", "a9"),
                  ("a11", "DIRECT", "m12", ("said", "he said yesterday"),
                   "We did not deny the report, we just showed them the real statistics,", None),
                  ("a12", "DIRECT", "m14", "added", seg(T, "The forest crime crackdown", "decreasing the market,"), None),
                  ("a13", "INDIRECT", "m13", "announced",
                   "they will not allow logging in the central region and timber factories will be closed", "a12")])

# ---------------------------------------------------------------------------------------
# The stored page has lost its headline; its first line is the kicker "Govt. blames them for
# misbehaviour in Parliament", kept as the first line and annotated (source "Govt.", cue
# "blames"). The stored copy breaks off in "Leader of the House, Transport Minister Bimal
# Rathnayake rejected the allegations, p", so the text is cut before that paragraph. The date is
# the one in the page's address.
# "accused X of Y", "criticised X for Y" and "blames them for Y" keep their object in the content,
# as "described X as Y" and "dismissed an audit ... as “late and reactionary.”" do (the object is
# not an addressee).
# "protesting against the Speaker's refusal ..." is read like "spoke out against the development"
# (test23_a). "which Opposition MPs argued poses ..." is nested in the whip's claim, its content
# the clause after the relative pronoun (as "photos which the judge called ..."); the Opposition
# MPs are the walkout's MPs, one collective. "which, he warned, could escalate ..." is a nested
# claim of Premadasa inside his "emphasised" claim. "he said, warning that ..." is two claims
# (seed a18/a19).
# "the government" in Jayatissa's claim is a mention of the "Govt." entity.
# Not claims: the Speaker's "refusal to allow" / "refusal to allocate time" (actions), "a
# statement from the Foreign Ministry would follow" (a statement still to come, no content).
doc("lankaimage-opposition-walkout-speaker-parliament",
    url="https://lankaimage.com/2025/06/18/opp-mps-stage-walkout-over-speakers-bias-against-them",
    outlet="Lanka Image", country="Sri Lanka", topic="politics", cut=True, published="2025-06-18",
    text=(T := "Govt. blames them for misbehaviour in Parliament\n"
          "MPs of the SJB and some other Opposition parties staged a walkout in Parliament yesterday, protesting against the Speaker’s refusal to allow them to discuss the escalating Israel-Iran conflict and its potential impact on Sri Lanka.\n"
          "The walkout was followed by a special meeting of Opposition leaders, held at the Parliament complex, chaired by Leader of the Opposition Sajith Premadasa. Among those present were MPs Dilith Jayaweera, Namal Rajapaksa, and Dr. Ramanathan Archchuna.\n"
          "Chief Opposition Whip Gayantha Karunathilleka said that the protest was against the Speaker’s refusal to allocate time for an urgent debate on the Middle East conflict, which Opposition MPs argued poses serious risks to Lankan nationals and businesses, particularly about 10,000–20,000 Lankans currently working in Israel.\n"
          "Premadasa accused Speaker Dr Jagath Wickramaratne of silencing the Opposition, stating that he had been denied the opportunity to raise a matter of national importance. “We no longer approve of your conduct in this House,” he said, warning that continued disregard for parliamentary procedure would lead to more protests.\n"
          "Premadasa emphasised the need for immediate government action to ensure the safety of Sri Lankans in the war-torn region and to mitigate economic fallout from the conflict, which, he warned, could escalate into a broader war with possible nuclear implications.\n"
          "Health and Mass Media Minister and Chief Government Whip Dr. Nalinda Jayatissa assured Parliament that the government would address the issue during an adjournment debate later in the day and that a statement from the Foreign Ministry would follow.\n"
          "Kurunegala District MP Dayasiri Jayasekara criticised the Speaker for suppressing Opposition voices, adding that the decision to boycott the remainder of the day’s sessions was a direct result of repeated restrictions."),
    entities=[("govt", "Govt.", "ORGANIZATION", ["the government"], "the Sri Lankan government"),
              ("oppmps", "MPs of the SJB and some other Opposition parties", "GROUP", ["Opposition MPs"],
               "Opposition MPs who walked out"),
              ("premadasa", "Sajith Premadasa", "PERSON", ["Premadasa", "Leader of the Opposition Sajith Premadasa"],
               "Leader of the Opposition"),
              ("karunathilleka", "Gayantha Karunathilleka", "PERSON", ["Chief Opposition Whip Gayantha Karunathilleka"],
               "Chief Opposition Whip"),
              ("jayatissa", "Nalinda Jayatissa", "PERSON",
               ["Health and Mass Media Minister and Chief Government Whip Dr. Nalinda Jayatissa"],
               "Health and Mass Media Minister, Chief Government Whip"),
              ("jayasekara", "Dayasiri Jayasekara", "PERSON", ["Kurunegala District MP Dayasiri Jayasekara"],
               "MP for Kurunegala District")],
    mentions=[("m1", "Govt.", "govt"),
              ("m2", "MPs of the SJB and some other Opposition parties", "oppmps"),
              ("m3", "Leader of the Opposition Sajith Premadasa", "premadasa"),
              ("m4", "Chief Opposition Whip Gayantha Karunathilleka", "karunathilleka"),
              ("m5", "Opposition MPs", "oppmps"),
              ("m6", ("Premadasa", "Premadasa accused"), "premadasa"),
              ("m7", ("he", "he said, warning"), "premadasa"),
              ("m8", ("Premadasa", "Premadasa emphasised"), "premadasa"),
              ("m9", ("he", "he warned"), "premadasa"),
              ("m10", "Health and Mass Media Minister and Chief Government Whip Dr. Nalinda Jayatissa", "jayatissa"),
              ("m11", ("the government", "the government would address"), "govt"),
              ("m12", "Kurunegala District MP Dayasiri Jayasekara", "jayasekara")],
    attributions=[("a1", "INDIRECT", "m1", "blames", "them for misbehaviour in Parliament", None),
                  ("a2", "INDIRECT", "m2", "protesting against",
                   seg(T, "the Speaker’s refusal to allow", "impact on Sri Lanka"), None),
                  ("a3", "INDIRECT", "m4", ("said", "Karunathilleka said"),
                   seg(T, "the protest was against", "currently working in Israel"), None),
                  ("a4", "INDIRECT", "m5", "argued", seg(T, "poses serious risks", "currently working in Israel"), "a3"),
                  ("a5", "INDIRECT", "m6", "accused", "Speaker Dr Jagath Wickramaratne of silencing the Opposition", None),
                  ("a6", "INDIRECT", "m6", "stating",
                   "he had been denied the opportunity to raise a matter of national importance", None),
                  ("a7", "DIRECT", "m7", ("said", "he said, warning"), "We no longer approve of your conduct in this House,", None),
                  ("a8", "INDIRECT", "m7", "warning",
                   "continued disregard for parliamentary procedure would lead to more protests", None),
                  ("a9", "INDIRECT", "m8", "emphasised",
                   seg(T, "the need for immediate government action", "possible nuclear implications"), None),
                  ("a10", "INDIRECT", "m9", ("warned", "he warned"),
                   "could escalate into a broader war with possible nuclear implications", "a9"),
                  ("a11", "INDIRECT", "m10", "assured",
                   seg(T, "the government would address", "Foreign Ministry would follow"), None),
                  ("a12", "INDIRECT", "m12", "criticised", "the Speaker for suppressing Opposition voices", None),
                  ("a13", "INDIRECT", "m12", "adding",
                   "the decision to boycott the remainder of the day’s sessions was a direct result of repeated restrictions", None)])

# ---------------------------------------------------------------------------------------
# A stray "+" before the headline and the photo caption (printed twice) are left out; the dateline
# line "Kathmandu, April 28" is kept (not an attribution). The stored copy breaks off in "The coach
# talking to senior players like Chand did not go down well with other players who s", so the text
# is cut before that paragraph. The year of the date is the caption's.
# "Nepal football controversy:" is a topic label, not a speaker; the headline's claim is "accuse
# coach of ill-treatment" (object kept, as "accused X of Y" elsewhere), source "10 players".
# The ten players are one collective throughout ("10 players", "10 members of the Nepal football
# team", "The players", "They", "they"); "the Nepal footballers’ statement" names its authors in
# its NP, so it is a mention of them. "issued a public statement" is the cue of the quotation it
# frames.
# Nested claims: "when they demanded basic rights" in the players' claim, "Chand asked the coach
# where they were staying" (a reported question, addressee left out) and "the coach told him if
# ..." in the players' later claims. "When the coach told them that ..., Chand said ..." stands in
# its own sentence with no frame of the players', so both are top-level claims.
# "the players" inside contents ("basic rights for the players", "the players would stay ...")
# means the squad's players in general, not the ten who left, and is not marked; nor is the list
# of the ten names (only "Rohit Chand" in it, Chand's full name).
# Not claims: "because fingers are being pointed at us" (an idiom with no content), "when Chand
# stood up against this" (an act whose only object is the pronoun "this"), "left the camp".
doc("onlinekhabar-nepal-football-players-leave-camp-coach",
    url="https://english.onlinekhabar.com/?p=491273",
    outlet="Onlinekhabar English", country="Nepal", topic="sport", cut=True, published="2022-04-28",
    text=(T := "Nepal football controversy: 10 players leave training, accuse coach of ill-treatment\n"
          "Kathmandu, April 28\n"
          "Just before the national football team were due to leave to take part in the Asia Cup Qualifiers, 10 members of the Nepal football team have left the camp.\n"
          "The players say that they were compelled to leave the camp due to Nepal’s national team coach Abdullah Al Mutairi.\n"
          "“We wanted to solve the issue internally. But, because fingers are being pointed at us, we have decided to speak about the issue openly,” the Nepal football players issued a public statement amid a press meet in Kathmandu on Thursday, one day after leaving the training.\n"
          "Rohit Chand, Anjan Bista, Bimal Gharti Magar, Ananta Tamang, Bishal Rai, Bishal Shrestha, Sujal Shrestha, Tej Tamang, Dinesh Rajbanshi and Suman Lama left the hotel they were being kept at.\n"
          "The players say that they were left disappointed by the way the coach spoke to them when they demanded basic rights for the players.\n"
          "“We are proud to represent Nepal. We love it so much that we sometimes disregard the club career that is important to us financially and play for the country whenever called upon. But, the way we have been treated by the coach is disgusting,” the Nepal footballers’ statement reads.\n"
          "They say that the disagreement started when Chand asked the coach where they were staying. When the coach told them that the players would stay in ANFA’s hostel, Chand said the players needed to stay in a better facility as the hostel belonging to the Nepal football governing body did not have proper facilities.\n"
          "The players say that when Chand stood up against this, the coach told him if he did not want to stay in the hostel, he could leave."),
    entities=[("players", "10 players", "GROUP",
               ["The players", "the Nepal football players", "10 members of the Nepal football team",
                "the Nepal footballers’ statement"],
               "the ten Nepal national team players who left the camp"),
              ("coach", "Abdullah Al Mutairi", "PERSON",
               ["coach", "the coach", "Nepal’s national team coach Abdullah Al Mutairi"], "head coach of Nepal's national team"),
              ("chand", "Rohit Chand", "PERSON", ["Chand"], "Nepal national team player")],
    mentions=[("m1", "10 players", "players"),
              ("m2", ("coach", "accuse coach"), "coach"),
              ("m3", "10 members of the Nepal football team", "players"),
              ("m4", ("The players", "The players say that they were compelled"), "players"),
              ("m5", "Nepal’s national team coach Abdullah Al Mutairi", "coach"),
              ("m6", "the Nepal football players", "players"),
              ("m7", "Rohit Chand", "chand"),
              ("m8", ("The players", "The players say that they were left"), "players"),
              ("m9", ("the coach", "the coach spoke"), "coach"),
              ("m10", ("they", "they demanded"), "players"),
              ("m11", ("the coach", "the coach is disgusting"), "coach"),
              ("m12", "the Nepal footballers’ statement", "players"),
              ("m13", ("They", "They say that the disagreement"), "players"),
              ("m14", ("Chand", "Chand asked"), "chand"),
              ("m15", ("the coach", "the coach where"), "coach"),
              ("m16", ("the coach", "the coach told them"), "coach"),
              ("m17", ("Chand", "Chand said"), "chand"),
              ("m18", ("The players", "The players say that when"), "players"),
              ("m19", ("Chand", "Chand stood up"), "chand"),
              ("m20", ("the coach", "the coach told him"), "coach")],
    attributions=[("a1", "INDIRECT", "m1", "accuse", "coach of ill-treatment", None),
                  ("a2", "INDIRECT", "m4", ("say", "The players say that they were compelled"),
                   "they were compelled to leave the camp due to Nepal’s national team coach Abdullah Al Mutairi", None),
                  ("a3", "DIRECT", "m6", "issued a public statement", seg(T, "We wanted to solve", "the issue openly,"), None),
                  ("a4", "INDIRECT", "m8", ("say", "The players say that they were left"),
                   "they were left disappointed by the way the coach spoke to them when they demanded basic rights for the players", None),
                  ("a5", "INDIRECT", "m10", "demanded", "basic rights for the players", "a4"),
                  ("a6", "DIRECT", "m12", "reads", seg(T, "We are proud to represent", "is disgusting,"), None),
                  ("a7", "INDIRECT", "m13", ("say", "They say that the disagreement"),
                   "the disagreement started when Chand asked the coach where they were staying", None),
                  ("a8", "INDIRECT", "m14", "asked", "where they were staying", "a7"),
                  ("a9", "INDIRECT", "m16", ("told", "the coach told them"), "the players would stay in ANFA’s hostel", None),
                  ("a10", "INDIRECT", "m17", ("said", "Chand said"),
                   seg(T, "the players needed to stay", "proper facilities"), None),
                  ("a11", "INDIRECT", "m18", ("say", "The players say that when"),
                   "when Chand stood up against this, the coach told him if he did not want to stay in the hostel, he could leave", None),
                  ("a12", "INDIRECT", "m20", ("told", "the coach told him"),
                   "if he did not want to stay in the hostel, he could leave", "a11")])

# ---------------------------------------------------------------------------------------
# The "back to top" line is left out. The stored copy breaks off in "Mustafa Kamal said he had
# lost interest in building new hospitals because ... refusal to vaccinate. He", so the text is
# cut before that paragraph. The dateline "Islamabad:" is kept (not an attribution).
# The headline's verb after the claim is the cue ("says minister"). "Urging people to ..." is a
# claim of its own beside "warned that ..." (as "X said A, warning that B"), keeping the
# addressee as "called on X to Y" does. The printed "said added" is the cue as it stands.
# "many parents ..., calling vaccines haram or claiming they cause infertility": two claims of the
# parents nested in the minister's claim ("calling X Y" read as "labelled X Y"); "refuse to
# vaccinate" is an action. The unquoted sentence ending ", he added" is a claim of its own.
# The quoted question "How can any health system survive ...," is printed without a question mark
# and is DIRECT.
doc("vitalsnews-pakistan-health-system-collapsing-minister",
    url="https://vitalsnews.com/top-story/health-system-collapsing-under-population-growth-unsafe-water-and-vaccine-refusal-says-minister",
    outlet="Vitals News", country="Pakistan", topic="health-science", cut=True,
    text=(T := "Health system collapsing under population growth, unsafe water and vaccine refusal, says minister\n"
          "Islamabad: Urging people to control the population, vaccinate their children and use clean drinking water, Federal Health Minister Syed Mustafa Kamal on Tuesday warned that Pakistan’s health system is collapsing and can no longer cope with the surge of patients crowding hospitals across the country.\n"
          "Speaking at the 15th International Public Health Conference at the Health Services Academy, he said the country is producing more sick people than the system can ever treat, and the crisis will worsen unless people take responsibility for their own health.\n"
          "“No country in the world could cope with the pressure Pakistan faces as its population increases by 6.19 million every year, which is equal to the entire population of El Salvador and even bigger than New Zealand”, Mustafa Kamal said added.\n"
          "The minister said governments are providing 13 essential childhood vaccines free of charge but many parents still refuse to vaccinate their children, calling vaccines haram or claiming they cause infertility. He said the growing population itself is a clear answer to such myths. “How can any health system survive when people don’t protect their children from preventable diseases,” he said.\n"
          "He said the worst crisis is contaminated water, because Pakistan has no functioning sewage treatment system anywhere in the country. Untreated sewage is being discharged directly into freshwater supplies and almost 70 percent of diseases are caused by unsafe water, he added.\n"
          "He said even the best health system in the world could not provide care to a population that is drinking poison every day. “This is not a health system. This is a factory producing sick people,” he said."),
    entities=[("kamal", "Syed Mustafa Kamal", "PERSON",
               ["Mustafa Kamal", "Federal Health Minister Syed Mustafa Kamal", "The minister", "minister"],
               "Pakistan's Federal Health Minister"),
              ("parents", "many parents", "GROUP", [], "parents who refuse to vaccinate their children")],
    mentions=[("m1", ("minister", "says minister"), "kamal"),
              ("m2", "Federal Health Minister Syed Mustafa Kamal", "kamal"),
              ("m3", ("he", "he said the country"), "kamal"),
              ("m4", ("Mustafa Kamal", "Mustafa Kamal said added"), "kamal"),
              ("m5", "The minister", "kamal"),
              ("m6", "many parents", "parents"),
              ("m7", ("He", "He said the growing"), "kamal"),
              ("m8", ("he", "he said.\nHe said the worst"), "kamal"),
              ("m9", ("He", "He said the worst"), "kamal"),
              ("m10", ("he", "he added"), "kamal"),
              ("m11", ("He", "He said even"), "kamal"),
              ("m12", ("he", "sick people,” he said"), "kamal")],
    attributions=[("a1", "INDIRECT", "m1", "says",
                   "Health system collapsing under population growth, unsafe water and vaccine refusal", None),
                  ("a2", "INDIRECT", "m2", "Urging",
                   "people to control the population, vaccinate their children and use clean drinking water", None),
                  ("a3", "INDIRECT", "m2", "warned",
                   seg(T, "Pakistan’s health system is collapsing", "hospitals across the country"), None),
                  ("a4", "INDIRECT", "m3", ("said", "he said the country"),
                   seg(T, "the country is producing", "their own health"), None),
                  ("a5", "DIRECT", "m4", "said added", seg(T, "No country in the world", "bigger than New Zealand"), None),
                  ("a6", "INDIRECT", "m5", ("said", "The minister said"),
                   seg(T, "governments are providing", "they cause infertility"), None),
                  ("a7", "INDIRECT", "m6", "calling", "vaccines haram", "a6"),
                  ("a8", "INDIRECT", "m6", "claiming", "they cause infertility", "a6"),
                  ("a9", "INDIRECT", "m7", ("said", "He said the growing"),
                   "the growing population itself is a clear answer to such myths", None),
                  ("a10", "DIRECT", "m8", ("said", "he said.\nHe said the worst"),
                   seg(T, "How can any health system survive", "preventable diseases,"), None),
                  ("a11", "INDIRECT", "m9", ("said", "He said the worst"),
                   seg(T, "the worst crisis is contaminated water", "anywhere in the country"), None),
                  ("a12", "INDIRECT", "m10", ("added", "he added"),
                   seg(T, "Untreated sewage", "caused by unsafe water"), None),
                  ("a13", "INDIRECT", "m11", ("said", "He said even"),
                   seg(T, "even the best health system", "poison every day"), None),
                  ("a14", "DIRECT", "m12", ("said", "sick people,” he said"),
                   "This is not a health system. This is a factory producing sick people,", None)])

write("test27_c.jsonl")
