#!/usr/bin/env python3
"""Writes train_cl.jsonl: real-news gold, split train-cl (see gold.py). Run: python3 make_train_cl.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Pakistan Observer. The byline ("Our Correspondent") and the share buttons are left out; the stored
# copy ends with the last paragraph kept here, so the text is not cut. The stored page breaks the
# line inside "‘knife\nattacker’"; the break is kept as printed.
# "reports surfaced of a ‘knife attacker’ ..." is a noun cue with no claimant (null source); the
# single curly marks around "knife attacker" are quotation marks, so the content is MIXED.
# "police told the administrative judge ... that Waseem’s alleged accomplice, M. Shahzad, ... had
# disclosed ... that ..." and "Police had said that Shahzad further revealed that ..." each hold a
# nested claim of Shahzad; his source span leaves out the relative clause "who was arrested on
# Thursay" (typo as printed). The judge is an addressee.
# The trailing "police had added" covers its own sentence only (FORMAT.md, No cue, no claim), so
# "He had also targeted many women in Sahiwal in 2015." is not annotated; the content drops the
# sentence-initial "However,".
# The DIG (Khowaja) and the police are separate entities: he speaks for himself by name.
# Not claims: the headline (scare quotes, no speaker), "A number of cases had been registered"
# (an action) and "launched a manhunt".
doc("pakobserver-karachi-knife-attacks-prime-suspect-arrested",
    url="https://pakobserver.net/prime-suspect-arrested-karachi-knife-attacks/",
    outlet="Pakistan Observer", country="Pakistan", topic="courts-crime", cut=False,
    text=(T := "Prime suspect arrested in Karachi ‘knife attacks’\n"
          "Police have arrested the prime suspect in the recent knife attacks on women that have been taking place in Karachi, District Inspector General Sultan Ali Khowaja said on Sunday.\n"
          "Waseem, who has been involved in similar attacks on women in Sahiwal, is being transferred to Karachi where further investigations will be conducted to determine his involvement in the Karachi attacks, the DIG added.\n"
          "Earlier in October, fear gripped residents of Gulistan-i-Jauhar area after reports surfaced of a ‘knife\n"
          "attacker’ targeting women in the area. A number of cases had been registered at police stations in Shahrah-i-Faisal and Gulistan-i-Jauhar, with women claiming that they had been attacked by a lone “knife-wielding” motorcyclist.\n"
          "Subsequently, the police had launched a manhunt and an investigation into the motivation and identity of the attacker.\n"
          "On Friday, police told the administrative judge of the antiterrorism courts that Waseem’s alleged accomplice, M. Shahzad, who was arrested on Thursay, had disclosed during initial questioning that he provided cover to Waseem, who came to Karachi around a month ago, during knife attacks and also carried out reconnaissance.\n"
          "Police had said that Shahzad further revealed that Waseem was suffering from some psychological disorder and he enjoyed the news of his attacks when it was aired by TV channels.\n"
          "He had also targeted many women in Sahiwal in 2015. However, after his arrest he was released on bail, police had added."),
    entities=[("khowaja", "Sultan Ali Khowaja", "PERSON",
               ["Khowaja", "District Inspector General Sultan Ali Khowaja", "the DIG"],
               "District Inspector General of Police, Karachi"),
              ("police", "police", "ORGANIZATION", ["Police", "the police"], "Karachi police"),
              ("women", "women", "GROUP", [], "women who reported knife attacks in Karachi"),
              ("shahzad", "M. Shahzad", "PERSON", ["Shahzad", "Waseem’s alleged accomplice, M. Shahzad"],
               "Waseem's alleged accomplice")],
    mentions=[("m1", ("Police", "Police have arrested"), "police"),
              ("m2", "District Inspector General Sultan Ali Khowaja", "khowaja"),
              ("m3", "the DIG", "khowaja"),
              ("m4", ("women", "women claiming"), "women"),
              ("m5", ("the police", "the police had launched"), "police"),
              ("m6", ("police", "police told the"), "police"),
              ("m7", "Waseem’s alleged accomplice, M. Shahzad", "shahzad"),
              ("m8", ("Police", "Police had said"), "police"),
              ("m9", ("Shahzad", "Shahzad further"), "shahzad"),
              ("m10", ("police", "police had added"), "police")],
    attributions=[("a1", "INDIRECT", "m2", ("said", "Khowaja said"),
                   "Police have arrested the prime suspect in the recent knife attacks on women that have been taking place in Karachi", None),
                  ("a2", "INDIRECT", "m3", ("added", "the DIG added"),
                   seg(T, "Waseem, who has been involved", "in the Karachi attacks"), None),
                  ("a3", "MIXED", None, ("reports", "reports surfaced"),
                   "a ‘knife\nattacker’ targeting women in the area", None),
                  ("a4", "MIXED", "m4", "claiming",
                   "they had been attacked by a lone “knife-wielding” motorcyclist", None),
                  ("a5", "INDIRECT", "m6", ("told", "police told"),
                   seg(T, "Waseem’s alleged accomplice", "carried out reconnaissance"), None),
                  ("a6", "INDIRECT", "m7", "disclosed",
                   "he provided cover to Waseem, who came to Karachi around a month ago, during knife attacks and also carried out reconnaissance", "a5"),
                  ("a7", "INDIRECT", "m8", ("said", "Police had said"),
                   seg(T, "Shahzad further revealed", "aired by TV channels"), None),
                  ("a8", "INDIRECT", "m9", "revealed",
                   "Waseem was suffering from some psychological disorder and he enjoyed the news of his attacks when it was aired by TV channels", "a7"),
                  ("a9", "INDIRECT", "m10", ("added", "police had added"), "after his arrest he was released on bail", None)])

# ---------------------------------------------------------------------------------------
# Khaama Press. The stored page has no headline, so the text starts with the lead; the author box at
# the end ("Khaama Press ... Send stories to ...") is left out. Not cut otherwise.
# "rejected reports suggesting that ...": the reports are the subject of "suggesting", a document
# with no author named in its NP or sentence, so "reports" is its own GROUP entity and its claim
# is nested in the Taliban's rejection (like test23's "According to reports").
# "issued a statement rejecting the statement attributed to him in a report in which he was quoted
# as saying that ...": the cue is "rejecting" ("issued a statement" is the medium); "quoted as
# saying" is a nested claim of "he" (Mujahid, as the report has it). "the statement attributed to
# him" is not split off: it names the same quoted claim. "in response to a question that why ..."
# is a question put to the speaker (not annotated).
# "the New York Times stated in a report that the ... spokesman Zabiullah Mujahid has said that
# ...": nested. "The report further adds" names no author in its own sentence, so "The report" is
# its own entity (FORMAT.md, Documents), kept apart from the plural "reports" of the lead.
# "the group" (the Taliban) is marked where it is a plain nominal, not in "the leadership of the
# group" (a possessive use).
doc("khaama-taliban-rejects-report-halt-suicide-attacks-cities",
    url="https://www.khaama.com/taliban-rejects-the-group-has-ordered-a-halt-to-suicide-attacks-in-the-cities-05620/",
    outlet="Khaama Press", country="Afghanistan", topic="politics", cut=False,
    text=(T := "The Taliban group has rejected reports suggesting that the leadership of the group has ordered a halt to suicide attacks in the cities.\n"
          "A spokesman for the Taliban group Zabiullah Mujahid issued a statement rejecting the statement attributed to him in a report in which he was quoted as saying that the group will not carry out suicide attacks in the cities anymore.\n"
          "Mujahid further added that no such statement has been made during the interview in response to a question that why no suicide attack has been carried out in Kabul or other main cities.\n"
          "He also added that the operations in the cities need more time as the Taliban fighters carefully conduct attacks to prevent civilian casualties.\n"
          "However, he said that the attacks would be carried out in the cities once the targets have been fully ascertained.\n"
          "This comes as the New York Times stated in a report that the Taliban group spokesman Zabiullah Mujahid has said that the leadership of the group has ordered to halt the suicide attacks in the cities.\n"
          "The report further adds that the decision and change in the tactic was made after the declaration of ceasefire between the government and the group on the occasion of Eid Al-Fitr."),
    entities=[("taliban", "the Taliban group", "ORGANIZATION", ["Taliban", "The Taliban group", "the group"], "the Afghan Taliban"),
              ("reports", "reports", "GROUP", [], "unnamed reports of a halt to suicide attacks"),
              ("mujahid", "Zabiullah Mujahid", "PERSON",
               ["Mujahid", "A spokesman for the Taliban group Zabiullah Mujahid",
                "the Taliban group spokesman Zabiullah Mujahid"], "Taliban spokesman"),
              ("nyt", "the New York Times", "ORGANIZATION", ["New York Times"], "US newspaper"),
              ("nytreport", "The report", "ORGANIZATION", [], "the New York Times report")],
    mentions=[("m1", ("The Taliban group", "The Taliban group has rejected"), "taliban"),
              ("m2", ("reports", "reports suggesting"), "reports"),
              ("m3", "A spokesman for the Taliban group Zabiullah Mujahid", "mujahid"),
              ("m4", ("he", "he was quoted"), "mujahid"),
              ("m5", ("the group", "the group will not"), "taliban"),
              ("m6", ("Mujahid", "Mujahid further"), "mujahid"),
              ("m7", ("He", "He also added"), "mujahid"),
              ("m8", ("he", "he said that the attacks"), "mujahid"),
              ("m9", "the New York Times", "nyt"),
              ("m10", "the Taliban group spokesman Zabiullah Mujahid", "mujahid"),
              ("m11", "The report", "nytreport"),
              ("m12", ("the group", "the group on the occasion"), "taliban")],
    attributions=[("a1", "INDIRECT", "m1", ("rejected", "has rejected reports"),
                   seg(T, "reports suggesting that", "suicide attacks in the cities"), None),
                  ("a2", "INDIRECT", "m2", "suggesting",
                   "the leadership of the group has ordered a halt to suicide attacks in the cities", "a1"),
                  ("a3", "INDIRECT", "m3", ("rejecting", "statement rejecting"),
                   seg(T, "the statement attributed to him", "in the cities anymore"), None),
                  ("a4", "INDIRECT", "m4", "quoted as saying",
                   "the group will not carry out suicide attacks in the cities anymore", "a3"),
                  ("a5", "INDIRECT", "m6", ("added", "further added"),
                   seg(T, "no such statement has been made", "other main cities"), None),
                  ("a6", "INDIRECT", "m7", ("added", "also added"),
                   "the operations in the cities need more time as the Taliban fighters carefully conduct attacks to prevent civilian casualties", None),
                  ("a7", "INDIRECT", "m8", ("said", "he said that the attacks"),
                   "the attacks would be carried out in the cities once the targets have been fully ascertained", None),
                  ("a8", "INDIRECT", "m9", "stated",
                   seg(T, "the Taliban group spokesman Zabiullah Mujahid has said", "halt the suicide attacks in the cities"), None),
                  ("a9", "INDIRECT", "m10", ("said", "has said that the leadership"),
                   "the leadership of the group has ordered to halt the suicide attacks in the cities", "a8"),
                  ("a10", "INDIRECT", "m11", "adds",
                   seg(T, "the decision and change in the tactic", "Eid Al-Fitr"), None)])

# ---------------------------------------------------------------------------------------
# Diplomat Nepal. The page furniture before the headline (the day's date in English and Nepali, the
# Kathmandu weather) is left out. The pull-quote under the headline (straight marks, "he
# underlined") is kept as a standfirst although it repeats a later paragraph (FORMAT.md, Text
# parts); its "he" is Khadka, named only in the next paragraph. The stored copy breaks off in "He
# directed the subo", so the text is cut before that paragraph.
# Headline: "Insists on X" (cue "Insists", content without the linking "on"), as is the lead's
# "has insisted on establishing ...". The dateline "Kathmandu:" is not an attribution.
# "Minister Khadka reminded, “...,” he stressed.": one quotation with a frame and an inline clause;
# the inline clause wins (FORMAT.md, Two clauses, one claim), so the cue is "stressed" and the
# source "he"; "Minister Khadka" there is a non-source mention. The rhetorical question inside the
# quotation is not split off.
# "although a proper system for data and information was repeatedly raised in the ministry" is an
# agentless speech act nested in "The Minister argued" (null source, cue "raised").
doc("diplomatnepal-khadka-china-coordination-disaster-risk",
    url="https://diplomatnepal.com/news/minister-khadka-insists-on-coordination-with-china-to-minimize-disaster-risk",
    outlet="Diplomat Nepal", country="Nepal", topic="environment", cut=True,
    text=(T := "Minister Khadka Insists on Coordination with China to Minimize Disaster Risk\n"
          "\"The Nepal government has given priority to the conservation of glacial lakes. If the glacial lakes in China burst, it poses serious threats to Nepal. So, coordination with the Chinese side is necessary,\" he underlined.\n"
          "Kathmandu: In the wake of devastation caused by the flash flood in Rasuwa district, bordering the northern neighbour, Minister for Energy, Water Resource and Irrigation, Dipak Khadka, has insisted on establishing effective coordination with the Chinese government to minimize damages from disasters.\n"
          "“As many rivers flow from northern neighbour China to Nepali territory, coordination and collaboration with China is essential to minimize the impact of river floods and landslides in Nepal,” Khadka said during a ministry level discussion on Thursday. The discussion dwelt on preparedness and management of monsoon related disasters.\n"
          "Minister Khadka reminded, “There was no rainfall nor the breach of the lake. But why was there a flash flood in the Bhotekoshi in Rasuwa district? If the siren was installed by the Weather Forecasting Division, information on the disaster could be received on time so as to reduce damages,” he stressed. The Minister argued that although a proper system for data and information was repeatedly raised in the ministry, it was not put into practice, creating such problems.\n"
          "“The Nepal government has given priority to the conservation of glacial lakes. If the glacial lakes in China burst, it poses serious threats to Nepal. So, coordination with the Chinese side is necessary,” he underlined.\n"
          "The Minister, however, said, “The government is facing a resource crunch. We need an early warning system in place. If such a facility is ensured in the projects like hydropower to canals, it would help minimize damages.”"),
    entities=[("khadka", "Dipak Khadka", "PERSON",
               ["Khadka", "Minister Khadka", "Minister for Energy, Water Resource and Irrigation, Dipak Khadka", "The Minister"],
               "Nepal's Minister for Energy, Water Resources and Irrigation")],
    mentions=[("m1", ("Minister Khadka", "Minister Khadka Insists"), "khadka"),
              ("m2", ("he", "necessary,\" he underlined"), "khadka"),
              ("m3", "Minister for Energy, Water Resource and Irrigation, Dipak Khadka", "khadka"),
              ("m4", ("Khadka", "Khadka said during"), "khadka"),
              ("m5", ("Minister Khadka", "Minister Khadka reminded"), "khadka"),
              ("m6", ("he", "he stressed"), "khadka"),
              ("m7", ("The Minister", "The Minister argued"), "khadka"),
              ("m8", ("he", "necessary,” he underlined"), "khadka"),
              ("m9", ("The Minister", "The Minister, however"), "khadka")],
    attributions=[("a1", "INDIRECT", "m1", "Insists", "Coordination with China to Minimize Disaster Risk", None),
                  ("a2", "DIRECT", "m2", ("underlined", "necessary,\" he underlined"),
                   (seg(T, "The Nepal government has given", "is necessary,"), "\"The Nepal government"), None),
                  ("a3", "INDIRECT", "m3", "insisted",
                   "establishing effective coordination with the Chinese government to minimize damages from disasters", None),
                  ("a4", "DIRECT", "m4", ("said", "Khadka said during"),
                   seg(T, "As many rivers flow", "landslides in Nepal,"), None),
                  ("a5", "DIRECT", "m6", "stressed", seg(T, "There was no rainfall", "to reduce damages,"), None),
                  ("a6", "INDIRECT", "m7", "argued",
                   "although a proper system for data and information was repeatedly raised in the ministry, it was not put into practice, creating such problems", None),
                  ("a7", "INDIRECT", None, "raised", "a proper system for data and information", "a6"),
                  ("a8", "DIRECT", "m8", ("underlined", "necessary,” he underlined"),
                   (seg(T, "The Nepal government has given", "is necessary,"), "“The Nepal government"), None),
                  ("a9", "DIRECT", "m9", ("said", "however, said"),
                   seg(T, "The government is facing", "help minimize damages."), None)])

# ---------------------------------------------------------------------------------------
# Business Today (India). The stored page has no headline, so the text starts with the lead; the
# date line is left out and the blank lines between paragraphs are dropped. The stored copy breaks
# off in "“If you have thought that the internet you ha", so the text is cut before that paragraph.
# "said the companies will take ... and that it is not a game ...": one claim with two
# coordinated clauses (the second "that" is inside the content). "the minister said in an exclusive
# conversation with Business Today TV": the channel is a medium.
# "It is reasonably sensible, he said, to understand ...": the parenthetical clause stays inside
# the claim (FORMAT.md, Contiguity). "New pieces of equipment will need to be added." has no cue.
# "The government has announced that we are in the 5G era" is nested in the quotation; "all
# operators have given their respective timelines" is read as an action (giving timelines), not a
# speech act with a content, and is left out, as is "expectation that within a fortnight ..." (a
# noun with no holder and no finite reporting verb) and "which they thought of as ..." (a belief
# of "people" with no proposition).
# Not claims: "When asked as to why the launch happened ..." (a question put to the speaker) and
# "Modi launched the 5G services" (an action).
doc("businesstoday-chandrasekhar-5g-implementation-time",
    url="https://www.businesstoday.in/latest/story/exclusive-5g-era-has-dawned-in-india-itll-take-some-time-for-implementation-says-rajeev-chandrasekhar-349677-2022-10-12",
    outlet="Business Today", country="India", topic="technology", cut=True, published="2022-10-12",
    text=(T := "Union Minister of State for Information Technology Rajeev Chandrasekhar on Wednesday said the companies will take some time to implement 5G service in the country and that it is not a game of instant gratification.\n"
          "Telecom companies like Reliance Jio, Vodafone, and Airtel are now going to build this network and the process will take some time, the minister said in an exclusive conversation with Business Today TV. He said the 5G era has dawned in India, it will take some time to get to implementation.\n"
          "On October 1, Prime Minister Narendra Modi launched the 5G services in the country. The launch happened at the inaugural ceremony of IMC (Indian Mobile Congress) 2022 which is being jointly organized by the Department of Telecommunications and the Cellular Operators Association of India (COAI).\n"
          "When asked as to why the launch happened when resources were not ready yet, Chandrasekhar said that the government's role was more or less done in terms of enabling the 5G ecosystem. It is reasonably sensible, he said, to understand that networks don't get built overnight. New pieces of equipment will need to be added. \"The government has announced that we are in the 5G era, all operators have given their respective timelines,\" he said.\n"
          "The union minister further said that expectation that within a fortnight a service can be turned on within is not possible and that a network rollout of this scale and magnitude does take time. \"As somebody who has seen the evolution of the Indian telecom system, I am excited about 5G,\" he said.\n"
          "Chandrasekhar said 5G represents the 5th generation of person-to-person communication and people are going to see the internet which they thought of as multiple machines and multiple people. He said all industries like agriculture and manufacturing are going to see deep \"tech-tonic innovation\"."),
    entities=[("chandrasekhar", "Rajeev Chandrasekhar", "PERSON",
               ["Chandrasekhar", "Union Minister of State for Information Technology Rajeev Chandrasekhar",
                "the minister", "The union minister"], "India's Minister of State for Information Technology"),
              ("government", "The government", "ORGANIZATION", ["the government"], "the Indian government")],
    mentions=[("m1", "Union Minister of State for Information Technology Rajeev Chandrasekhar", "chandrasekhar"),
              ("m2", "the minister", "chandrasekhar"),
              ("m3", ("He", "He said the 5G era"), "chandrasekhar"),
              ("m4", ("Chandrasekhar", "Chandrasekhar said that the government"), "chandrasekhar"),
              ("m5", ("he", "he said, to understand"), "chandrasekhar"),
              ("m6", ("The government", "The government has announced"), "government"),
              ("m7", ("he", "timelines,\" he said"), "chandrasekhar"),
              ("m8", "The union minister", "chandrasekhar"),
              ("m9", ("he", "about 5G,\" he said"), "chandrasekhar"),
              ("m10", ("Chandrasekhar", "Chandrasekhar said 5G"), "chandrasekhar"),
              ("m11", ("He", "He said all industries"), "chandrasekhar")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Wednesday said"),
                   seg(T, "the companies will take some time", "instant gratification"), None),
                  ("a2", "INDIRECT", "m2", ("said", "the minister said"),
                   seg(T, "Telecom companies like Reliance Jio", "the process will take some time"), None),
                  ("a3", "INDIRECT", "m3", ("said", "He said the 5G era"),
                   "the 5G era has dawned in India, it will take some time to get to implementation", None),
                  ("a4", "INDIRECT", "m4", ("said", "Chandrasekhar said that the government"),
                   "the government's role was more or less done in terms of enabling the 5G ecosystem", None),
                  ("a5", "INDIRECT", "m5", ("said", "he said, to understand"),
                   "It is reasonably sensible, he said, to understand that networks don't get built overnight", None),
                  ("a6", "DIRECT", "m7", ("said", "timelines,\" he said"),
                   "The government has announced that we are in the 5G era, all operators have given their respective timelines,", None),
                  ("a7", "INDIRECT", "m6", "announced", "we are in the 5G era", "a6"),
                  ("a8", "INDIRECT", "m8", ("said", "further said"),
                   seg(T, "expectation that within a fortnight", "does take time"), None),
                  ("a9", "DIRECT", "m9", ("said", "about 5G,\" he said"),
                   "As somebody who has seen the evolution of the Indian telecom system, I am excited about 5G,", None),
                  ("a10", "INDIRECT", "m10", ("said", "Chandrasekhar said 5G"),
                   seg(T, "5G represents the 5th generation", "multiple machines and multiple people"), None),
                  ("a11", "MIXED", "m11", ("said", "He said all industries"),
                   "all industries like agriculture and manufacturing are going to see deep \"tech-tonic innovation\"", None)])

# ---------------------------------------------------------------------------------------
# HC Magazine (hcamag.com, New Zealand edition). The quoted headline is printed twice on the stored
# page, before and after the standfirst; the repeat is left out as page furniture. The stored copy
# breaks off in "“The company is facing a big challenge, but now is not the time to repeat their ";
# the text is cut before the paragraph "“We will meet with union members ...", whose quotation stays
# open into the broken-off paragraph, so the text ends at "... the remaining jobs."
# The headline is a quotation with no speaker named: DIRECT with null source and cue (like a
# quoted cross-head, FORMAT.md, Text parts).
# "at the announcement the company will cut ..." (standfirst) is a noun cue with no claimant (null
# source), nested in the union's claim; "at the company’s announcement to cut ..." has a possessive
# claimant, the source (as "Premier John Horgan’s comments" in test23). The staff's being
# "dismayed" is a state inside the union's claim, not a claim of the staff.
# "as the business seeks to reduce its wage bill" is read as the reporter's adjunct to the warning
# and left out of its content. "Foran proposed a three-step program, which aims ..." is read like
# "announced the launch of X" (a noun-phrase content with a quoted fragment, MIXED); the "despite"
# clause is read as part of the program's aim and kept. "obtained by the NZ Herald" is not a claim.
# The unattributed quotation "“The company is heavily focused ...”" continues Savage (null cue).
doc("hcamag-air-new-zealand-wage-bill-cut-etu",
    url="https://www.hcamag.com/nz/specialisation/employee-engagement/make-no-mistake-this-is-going-to-be-a-hard-journey/224456",
    outlet="HC Magazine New Zealand", country="New Zealand", topic="business", cut=True,
    text=(T := "\"Make no mistake, this is going to be a hard journey\"\n"
          "According to the E tū, Air New Zealand staff are \"dismayed\" at the announcement the company will cut a further $150 million from its wage bill\n"
          "Air New Zealand has warned more staff could be made redundant on top of the 4,000 already lost, as the business seeks to reduce its wage bill by $150 million.\n"
          "The national airline also announced it’s to increase its domestic capacity from 20 to 55 per cent in July and August.\n"
          "In a memo to staff obtained by the NZ Herald, Air New Zealand chief executive Greg Foran said, “make no mistake, this is going to be a hard journey as we create our own playbook for the airline to emerge even better than before”.\n"
          "Foran proposed a three-step program, which aims to return the airline to “healthy profits” in the next 800 days, despite the airline only being 70% of its pre-coronavirus size.\n"
          "According to the E tū, Air New Zealand staff are “dismayed and angered” at the company’s announcement to cut a further $150 million from their wage bill.\n"
          "E tū Head of Aviation Savage said that with initial labour cost reductions of around $370 million, cuts of a further $150 million will only increase the pain for the airline’s workers.\n"
          "“Thousands of workers have only got several weeks of work left before being made redundant,” said Savage.\n"
          "“The company is heavily focused on saving money and is in danger of being blinded to the importance of treating both employees and customers with respect.”\n"
          "Savage added that the real danger now is that the company may look to use the threat of outsourcing work to downgrade the remaining jobs."),
    entities=[("etu", "E tū", "ORGANIZATION", ["the E tū"], "New Zealand union"),
              ("airnz", "Air New Zealand", "ORGANIZATION",
               ["The national airline", "the airline", "the company", "the business"], "New Zealand's national airline"),
              ("foran", "Greg Foran", "PERSON", ["Foran", "Air New Zealand chief executive Greg Foran"],
               "chief executive of Air New Zealand"),
              ("savage", "Savage", "PERSON", ["E tū Head of Aviation Savage"], "E tū head of aviation")],
    mentions=[("m1", ("the E tū", "According to the E tū, Air New Zealand staff are \""), "etu"),
              ("m2", ("the company", "the company will cut"), "airnz"),
              ("m3", ("Air New Zealand", "Air New Zealand has warned"), "airnz"),
              ("m4", "the business", "airnz"),
              ("m5", "The national airline", "airnz"),
              ("m6", "Air New Zealand chief executive Greg Foran", "foran"),
              ("m7", ("the airline", "the airline to emerge"), "airnz"),
              ("m8", ("Foran", "Foran proposed"), "foran"),
              ("m9", ("the airline", "return the airline"), "airnz"),
              ("m10", ("the airline", "the airline only being"), "airnz"),
              ("m11", ("the E tū", "According to the E tū, Air New Zealand staff are “"), "etu"),
              ("m12", ("the company", "the company’s announcement"), "airnz"),
              ("m13", "E tū Head of Aviation Savage", "savage"),
              ("m14", ("Savage", "said Savage"), "savage"),
              ("m15", ("The company", "The company is heavily"), "airnz"),
              ("m16", ("Savage", "Savage added"), "savage"),
              ("m17", ("the company", "the company may look"), "airnz")],
    attributions=[("a1", "DIRECT", None, None, "Make no mistake, this is going to be a hard journey", None),
                  ("a2", "MIXED", "m1", ("According to", "According to the E tū, Air New Zealand staff are \""),
                   seg(T, "Air New Zealand staff are \"dismayed\"", "from its wage bill"), None),
                  ("a3", "INDIRECT", None, ("announcement", "the announcement the company"),
                   "the company will cut a further $150 million from its wage bill", "a2"),
                  ("a4", "INDIRECT", "m3", "warned", "more staff could be made redundant on top of the 4,000 already lost", None),
                  ("a5", "INDIRECT", "m5", "announced",
                   "it’s to increase its domestic capacity from 20 to 55 per cent in July and August", None),
                  ("a6", "DIRECT", "m6", ("said", "Greg Foran said"),
                   seg(T, "make no mistake, this is going to be a hard journey as", "even better than before"), None),
                  ("a7", "MIXED", "m8", "proposed",
                   seg(T, "a three-step program", "pre-coronavirus size"), None),
                  ("a8", "MIXED", "m11", ("According to", "According to the E tū, Air New Zealand staff are “"),
                   seg(T, "Air New Zealand staff are “dismayed and angered”", "from their wage bill"), None),
                  ("a9", "INDIRECT", "m12", ("announcement", "company’s announcement"),
                   "to cut a further $150 million from their wage bill", "a8"),
                  ("a10", "INDIRECT", "m13", ("said", "Savage said that"),
                   seg(T, "with initial labour cost reductions", "the airline’s workers"), None),
                  ("a11", "DIRECT", "m14", ("said", "said Savage"),
                   "Thousands of workers have only got several weeks of work left before being made redundant,", None),
                  ("a12", "DIRECT", "m14", None, seg(T, "The company is heavily focused", "customers with respect."), None),
                  ("a13", "INDIRECT", "m16", "added",
                   "the real danger now is that the company may look to use the threat of outsourcing work to downgrade the remaining jobs", None)])

# ---------------------------------------------------------------------------------------
# MIMS Today (today.mims.com, Singapore). The stored page has no headline, so the text starts with
# the lead; the blank lines between paragraphs are dropped. The stored copy breaks off in "In
# October the same year, another circular notifying the implementation of Full Paying Patient (FPP)
# in 32 public hospital", so the text is cut before that paragraph.
# "has warned that ..., with Health Minister ... stressing that ...": two claims, the second with
# its own source. "he said at the time, stressing that ...": two claims of the same mention (seed
# a18/a19). The last quotation opens with a straight mark and closes with a curly one; it is kept
# as printed (DIRECT). "in response to the unease ..." is an adjunct of the saying.
# "Spread of internal circulars lead to public health fears" is an unquoted cross-head (a label).
# Not claims: "a circular ... went viral, displaying an increase in ..." (a document showing
# figures, an evidential), "civil staff who disclose classified information" (no proposition),
# "intense discussion regarding inadequate funds ..." (a topic, not a content) and "a letter issued
# by the Pathology department" (an action).
# "my ministry" in the minister's quotation and "the Health Ministry" / "the ministry" are mentions
# of the ministry.
doc("today-mims-malaysia-moh-circulars-disclosure-action",
    url="https://today.mims.com/moh-malaysia-to-act-against-those-who-disclose-information-without-authorisation?channel=GN-Local-News-MY",
    outlet="MIMS Today", country="Singapore", topic="health-science", cut=True,
    text=(T := "The Malaysian Ministry of Health (MOH) has warned that stern action will be taken against civil staff who disclose classified information to the public, with Health Minister Datuk Seri Dr S. Subramaniam stressing that the issue will not be taken lightly.\n"
          "“I believe such problem do not occur just in my ministry but others as well,” he said.\n"
          "Spread of internal circulars lead to public health fears\n"
          "Just last week, a circular by the Health Ministry went viral, displaying an increase in the nominal dental charges in government health facilities, and causing worry among the public.\n"
          "However, the health director-general Datuk Seri Dr Noor Hisham Abdullah reassured that the revised charges were for the basic costs of dental procedures without government subsidies, and that the public that would still receive services at a subsidised rate.\n"
          "“The new charges will only be borne by patients who could afford (for patients who fall under first and second class category) them, however, third class patients will continue to enjoy the subsidy,” he said at the time, stressing that the Health Ministry will continue to provide quality healthcare at highly subsidised and affordable rates to citizens.\n"
          "This, however, was not the first time that a circular from the ministry is actively shared among the public.\n"
          "In September 2016, a letter issued by the Pathology department of Tengku Ampuan Rahmah Hospital in Klang became actively disseminated, and resulted in intense discussion regarding inadequate funds leading to temporary suspension of laboratory services as well as a shortage of medicine supply.\n"
          "\"There is no shortage of medicines or supplements at public hospitals and clinics. What we have done is to supply medicines for a month. This is to reduce wastage,” said Noor Hisham in response to the unease that stirred following the spread of the circular."),
    entities=[("moh", "Malaysian Ministry of Health", "ORGANIZATION",
               ["The Malaysian Ministry of Health (MOH)", "MOH", "the Health Ministry", "the ministry", "my ministry"],
               "Malaysia's Ministry of Health"),
              ("subramaniam", "S. Subramaniam", "PERSON",
               ["Subramaniam", "Health Minister Datuk Seri Dr S. Subramaniam"], "Malaysia's Health Minister"),
              ("noorhisham", "Noor Hisham Abdullah", "PERSON",
               ["Noor Hisham", "the health director-general Datuk Seri Dr Noor Hisham Abdullah"],
               "Malaysia's Director-General of Health")],
    mentions=[("m1", "The Malaysian Ministry of Health (MOH)", "moh"),
              ("m2", "Health Minister Datuk Seri Dr S. Subramaniam", "subramaniam"),
              ("m3", ("he", "as well,” he said"), "subramaniam"),
              ("m4", "my ministry", "moh"),
              ("m5", ("the Health Ministry", "a circular by the Health Ministry"), "moh"),
              ("m6", "the health director-general Datuk Seri Dr Noor Hisham Abdullah", "noorhisham"),
              ("m7", ("he", "he said at the time"), "noorhisham"),
              ("m8", ("the Health Ministry", "the Health Ministry will continue"), "moh"),
              ("m9", ("the ministry", "from the ministry"), "moh"),
              ("m10", ("Noor Hisham", "said Noor Hisham"), "noorhisham")],
    attributions=[("a1", "INDIRECT", "m1", "warned",
                   "stern action will be taken against civil staff who disclose classified information to the public", None),
                  ("a2", "INDIRECT", "m2", ("stressing", "Subramaniam stressing"), "the issue will not be taken lightly", None),
                  ("a3", "DIRECT", "m3", ("said", "as well,” he said"),
                   "I believe such problem do not occur just in my ministry but others as well,", None),
                  ("a4", "INDIRECT", "m6", "reassured",
                   seg(T, "the revised charges were for", "at a subsidised rate"), None),
                  ("a5", "DIRECT", "m7", ("said", "he said at the time"),
                   seg(T, "The new charges will only be borne", "enjoy the subsidy,"), None),
                  ("a6", "INDIRECT", "m7", ("stressing", "at the time, stressing"),
                   seg(T, "the Health Ministry will continue", "affordable rates to citizens"), None),
                  ("a7", "DIRECT", "m10", ("said", "said Noor Hisham"),
                   seg(T, "There is no shortage of medicines", "to reduce wastage,"), None)])

# ---------------------------------------------------------------------------------------
# Munsif Daily (Hyderabad). The stored page has no headline, so the text starts with the lead; the
# date line is left out and the blank lines between paragraphs are dropped. The stored copy breaks
# off in "... he steps in,” said one resident", so the text is cut before that paragraph, and the
# cross-head above it ("Shaik Ghouse Continues Support Despite Lack of Official Response"), which
# would be left heading nothing, goes with it.
# Cross-heads: "Two-Month Drainage Crisis Hits Local Residents Hard" is a label; "Public Appeals
# Ignored, Say Locals" has its verb after the claim (cue "Say", source "Locals"); "“Is This Not the
# Commissioner’s Responsibility?” Ask Citizens" is a quoted question with its cue (DIRECT).
# The residents, "Locals", "frustrated citizens" and "Citizens" are one collective (FORMAT.md,
# Coreference). The dateline "Hyderabad:" is not an attribution.
# "residents allege that ... the commissioner responded with indifference and asked them to leave,
# saying, “...”": the commissioner's request ("asked", addressee left out) and his quoted words
# ("saying", DIRECT) are nested in the residents' claim, which holds the quotation (MIXED).
# "They expressed disappointment over the way they were treated, stating that ...": two claims of
# the same mention ("expressed disappointment" read as a speech act with a noun-phrase content,
# "over" only linking the cue).
# Not claims: "Despite repeated complaints" and "multiple complaints were made to ..." (complaints
# with no content), "visited the commissioner’s office to raise the issue once again" (a purpose,
# not a report), "This dismissive attitude has further angered the residents" (a state).
doc("munsifdaily-hyderabad-bismillah-colony-drainage-overflow",
    url="https://munsifdaily.com/bismillah-colony-residents-suffer-due-to-overflowing/",
    outlet="Munsif Daily", country="India", topic="local", cut=True, published="2025-07-14",
    text=(T := "Hyderabad: Residents of Ward No. 5, Bismillah Colony, under Jalpally Municipality, have been facing severe inconvenience for the past two months due to overflowing drainage water on roads and even inside their homes. Despite repeated complaints, they allege that no action has been taken by the municipal authorities.\n"
          "Two-Month Drainage Crisis Hits Local Residents Hard\n"
          "Residents claim that the situation has become unbearable, as stagnant drainage water continues to flow into residential areas, posing serious health and sanitation risks. They said they have been forced to live in unhygienic conditions, with children and elderly people particularly affected.\n"
          "Public Appeals Ignored, Say Locals\n"
          "According to the residents, multiple complaints were made to the Jalpally Municipality Commissioner, but no solution has been provided. On 14 July 2025, frustrated citizens, along with local social worker Shaik Ghouse, visited the commissioner’s office to raise the issue once again.\n"
          "However, residents allege that instead of providing a solution, the commissioner responded with indifference and asked them to leave, saying, “Go, go, we will do the work. Why have you come to argue?” This dismissive attitude has further angered the residents.\n"
          "“Is This Not the Commissioner’s Responsibility?” Ask Citizens\n"
          "Speaking to the media, local residents questioned whether raising civic issues is not their right and whether it’s not the commissioner’s duty to resolve them. They expressed disappointment over the way they were treated, stating that they only wanted a solution, not confrontation."),
    entities=[("residents", "Residents of Ward No. 5, Bismillah Colony", "GROUP",
               ["Residents", "the residents", "local residents", "Local Residents", "Locals", "Citizens", "frustrated citizens"],
               "residents of Bismillah Colony, Jalpally Municipality"),
              ("commissioner", "the Jalpally Municipality Commissioner", "PERSON", ["the commissioner"],
               "commissioner of Jalpally Municipality")],
    mentions=[("m1", "Residents of Ward No. 5, Bismillah Colony", "residents"),
              ("m2", ("they", "they allege"), "residents"),
              ("m2b", "Local Residents", "residents"),
              ("m3", ("Residents", "Residents claim"), "residents"),
              ("m4", ("They", "They said they"), "residents"),
              ("m5", "Locals", "residents"),
              ("m6", ("the residents", "the residents, multiple"), "residents"),
              ("m7", "the Jalpally Municipality Commissioner", "commissioner"),
              ("m8", "frustrated citizens", "residents"),
              ("m9", ("residents", "residents allege"), "residents"),
              ("m10", ("the commissioner", "the commissioner responded"), "commissioner"),
              ("m11", ("the residents", "angered the residents"), "residents"),
              ("m12", "Citizens", "residents"),
              ("m13", "local residents", "residents"),
              ("m14", ("They", "They expressed"), "residents")],
    attributions=[("a1", "INDIRECT", "m2", ("allege", "they allege"),
                   "no action has been taken by the municipal authorities", None),
                  ("a2", "INDIRECT", "m3", "claim",
                   seg(T, "the situation has become unbearable", "sanitation risks"), None),
                  ("a3", "INDIRECT", "m4", ("said", "They said"),
                   "they have been forced to live in unhygienic conditions, with children and elderly people particularly affected", None),
                  ("a4", "INDIRECT", "m5", "Say", "Public Appeals Ignored", None),
                  ("a5", "INDIRECT", "m6", "According to",
                   seg(T, "multiple complaints were made", "no solution has been provided"), None),
                  ("a6", "MIXED", "m9", ("allege", "residents allege"),
                   seg(T, "instead of providing a solution", "come to argue?”"), None),
                  ("a7", "INDIRECT", "m10", ("asked", "asked them"), "to leave", "a6"),
                  ("a8", "DIRECT", "m10", "saying", "Go, go, we will do the work. Why have you come to argue?", "a6"),
                  ("a9", "DIRECT", "m12", "Ask", "Is This Not the Commissioner’s Responsibility?", None),
                  ("a10", "INDIRECT", "m13", "questioned",
                   seg(T, "whether raising civic issues", "duty to resolve them"), None),
                  ("a11", "INDIRECT", "m14", "expressed disappointment", "the way they were treated", None),
                  ("a12", "INDIRECT", "m14", "stating", "they only wanted a solution, not confrontation", None)])

write("train_cl.jsonl")
