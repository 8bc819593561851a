#!/usr/bin/env python3
"""Writes test18_b.jsonl: real-news gold, split test18-b (see gold.py). Run: python3 make_test18_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with the lead (its dateline kept).
doc("independent-ug-mukono-lawyer-charged-spreading-disease",
    url="https://www.independent.co.ug/city-lawyer-charged-witha-likely-to-spread-disease/",
    outlet="The Independent (Uganda)", country="Uganda", topic="courts-crime", cut=True, published="2020-04-24",
    text=(T := "Mukono, Uganda | THE INDEPENDENT | City lawyer, Abdul Kiwanuka from Kiwanuka, Anyango & Tamale advocates has appeared before the Mukono Chief Magistrates’ court on charges of spreading disease. He was arraigned before the Mukono Chief Magistrate, Juliet Hatanga on Thursday following his arrest from Lutengo in Nama Sub County in Mukono district while distributing food to residents.\n"
          "Prosecution led by Agnes Kiconco, told court that Kiwanuka was arrested on April 21, 2020 from Lutengo where he was distributing food to residents against the president’s directive aimed at controlling the spread of the Covid19 pandemic.\n"
          "“It is alleged that Kiwanuka and others still at large were arrested on April 21 in Lutengo village Nama Sub County, Mukono district for engaging in an act likely to spread Covid19, which has put the country on tension,” she said. Kiwanuka pleaded not guilty to the charges, saying he has never collected people to distribute to them food. He also denied accusations of spreading Covid19.\n"
          "“I have been tested for Covid19 and i am negative. This therefore shows that the charges against me of spreading disease are not appropriate,” he said. His lawyer, Chrysotom Katuluma applifed for bail for his client and presented three sureties including Muhammad Matovu , Obed Sserugera and Mayima Kasasa. He also asked court to release the accused vehicle Isuzu box body Registration number UAK 825Z that he was driving during his arrest because it contains some perishable foods.\n"
          "However, the State Attorney, Agnes Kiconco objected to the bail application on grounds that the accused is an influential figure and could easily influence witnesses. “Being an influential person he will interfere with the witnesses. However, if granted bail he should be put on strict conditions,” Kiconco said."),
    entities=[("kiwanuka", "Abdul Kiwanuka", "PERSON", ["Kiwanuka", "City lawyer, Abdul Kiwanuka"], "Kampala lawyer charged with spreading Covid-19"),
              ("prosecution", "Prosecution", "ORGANIZATION", ["the prosecution"], "the prosecution team in the case"),
              ("kiconco", "Agnes Kiconco", "PERSON", ["Kiconco", "the State Attorney, Agnes Kiconco"], "State Attorney leading the prosecution"),
              ("katuluma", "Chrysotom Katuluma", "PERSON", ["Katuluma", "His lawyer, Chrysotom Katuluma"], "Kiwanuka's lawyer")],
    mentions=[("m1", "City lawyer, Abdul Kiwanuka", "kiwanuka"),
              ("m2", ("Prosecution", "Prosecution led by"), "prosecution"),
              ("m3", ("Agnes Kiconco", "Agnes Kiconco, told"), "kiconco"),
              ("m4", ("Kiwanuka", "court that Kiwanuka"), "kiwanuka"),
              ("m5", ("Kiwanuka", "alleged that Kiwanuka"), "kiwanuka"),
              ("m6", ("she", "she said"), "kiconco"),
              ("m7", ("Kiwanuka", "Kiwanuka pleaded"), "kiwanuka"),
              ("m8", ("He", "He also denied"), "kiwanuka"),
              ("m9", ("he", "he said. His lawyer"), "kiwanuka"),
              ("m10", "His lawyer, Chrysotom Katuluma", "katuluma"),
              ("m11", ("He", "He also asked"), "katuluma"),
              ("m12", "the State Attorney, Agnes Kiconco", "kiconco"),
              ("m13", ("Kiconco", "Kiconco said"), "kiconco")],
    attributions=[# "on charges of X" with no claimant: a noun cue with a null source, as the corpus does for
                  # "arraigned ... on trumped-up charges of ...".
                  ("a1", "INDIRECT", None, ("charges", "on charges of spreading"), ("spreading disease", "on charges of spreading"), None),
                  ("a2", "INDIRECT", "m2", ("told", "told court that"),
                   seg(T, "Kiwanuka was arrested on April 21, 2020", "the Covid19 pandemic"), None),
                  ("a3", "DIRECT", "m6", ("said", "she said"),
                   seg(T, "It is alleged that Kiwanuka", "the country on tension,"), None),
                  # "It is alleged that": an agentless passive inside the quote, nested with a null source.
                  ("a4", "INDIRECT", None, ("alleged", "It is alleged"),
                   seg(T, "Kiwanuka and others still at large", "the country on tension"), "a3"),
                  ("a5", "INDIRECT", "m7", "saying", "he has never collected people to distribute to them food", None),
                  ("a6", "INDIRECT", "m8", "denied", "accusations of spreading Covid19", None),
                  ("a7", "INDIRECT", None, "accusations", "spreading Covid19", "a6"),
                  ("a8", "DIRECT", "m9", ("said", "he said. His lawyer"),
                   seg(T, "I have been tested for Covid19", "are not appropriate,"), None),
                  ("a9", "INDIRECT", None, ("charges", "charges against me"), ("spreading disease", "charges against me"), "a8"),
                  # "applifed for bail" is a court action, not a claim. The request keeps its addressee
                  # (like "called on X to Y"); the trailing "because ..." gives the reason of the asking and
                  # is left out as an adjunct of the reporting event (FORMAT.md, Adjuncts).
                  ("a10", "INDIRECT", "m11", ("asked", "He also asked"),
                   seg(T, "court to release the accused vehicle", "during his arrest"), None),
                  # "objected to X on grounds that Y": the grounds are an adjunct of "objected" but state
                  # what she argued, so they are a second claim with the noun cue "grounds" (like "X said A,
                  # warning that B", and noun cues such as "a warning that").
                  ("a11", "INDIRECT", "m12", "objected", "the bail application", None),
                  ("a12", "INDIRECT", "m12", "grounds",
                   "the accused is an influential figure and could easily influence witnesses", None),
                  ("a13", "DIRECT", "m13", ("said", "Kiconco said"),
                   seg(T, "Being an influential person", "on strict conditions,"), None)])

# ---------------------------------------------------------------------------------------
doc("cite-bulawayo-councillor-recalls-service-delivery",
    url="https://cite.org.zw/councillor-recalls-residents-complain-of-service-delivery-decline/",
    outlet="CITE (Centre for Innovation and Technology)", country="Zimbabwe", topic="local", cut=True,
    text=(T := "Councillor recalls: Residents complain of service delivery decline\n"
          "Bulawayo residents in wards where councillors were recalled say they are are struggling to access critical services due to lack of representation.\n"
          "The wards fell vacant after MDC-T interim leader, Thokozani Khupe, fired eight Bulawayo councillors in September claiming they no longer represented party interests.\n"
          "The fired councillors were Donald Mabuto (Ward 9), Lilian Mlilo (Ward 12), Concilia Mlalazi (Ward 18), Clayton Zana (Ward 19), Ernest Rafamoyo (Ward 20), Tinevimbo Maposa (Ward 21), Norman Hlabano (Ward 26) and Tinashe Kambarami (Ward 3), whose case is still before the courts.\n"
          "Ward 8 fell vacant following the death of incumbent councillor, Ronia Mudara in July this year.\n"
          "Bulawayo Progressive Residents Association (BPRA) coordinator Emmanuel Ndlovu, confirmed to CITE in an interview that residents were now stranded.\n"
          "“In Ward 8, residents are struggling to make payment plans with the Zimbabwe Electricity Supply Authority (ZESA), as the company refused to entertain them if they don’t have letters from the councillor. They need these payment plans to avoid power cuts.” he alleged.\n"
          "“Residents have therefore been left stranded as ZESA refused to work with the resident association leaders citing they need the councillor’s referral.”\n"
          "Ward 8 also experienced a diarrhoea outbreak and without a councillor, residents faced difficulties communicating with relevant authorities for assistance, Ndlovu noted.\n"
          "In Ward 9, residents complained that they were not getting any positive response from the local authority.\n"
          "“Residents felt if they had a councillor, the council would have responded timely and positively. In Ward 12, there is lack of information dissemination, especially concerning the water crisis. Residents believe the situation is growing worse but they have no means of knowing what is happening without a councillor’s feedback,” Ndlovu said."),
    # The residents of one ward are a subset of the Bulawayo residents in the recalled wards, so each
    # ward's residents is its own entity (FORMAT.md, Coreference); "Residents felt" in Ndlovu's quote
    # follows "In Ward 9, residents complained", and "Residents believe" follows "In Ward 12".
    entities=[("residents", "Bulawayo residents", "GROUP", ["Residents"], "residents of the Bulawayo wards whose councillors were recalled"),
              ("khupe", "Thokozani Khupe", "PERSON", ["Khupe", "MDC-T interim leader, Thokozani Khupe"], "MDC-T interim leader"),
              ("ndlovu", "Emmanuel Ndlovu", "PERSON", ["Ndlovu"], "coordinator of the Bulawayo Progressive Residents Association (BPRA)"),
              ("zesa", "Zimbabwe Electricity Supply Authority (ZESA)", "ORGANIZATION",
               ["Zimbabwe Electricity Supply Authority", "ZESA", "the company"], "Zimbabwe's power utility"),
              ("ward9", "residents in Ward 9", "GROUP", [], "residents of Bulawayo's Ward 9"),
              ("ward12", "residents in Ward 12", "GROUP", [], "residents of Bulawayo's Ward 12")],
    mentions=[("m1", ("Residents", "Residents complain"), "residents"),
              ("m2", "Bulawayo residents", "residents"),
              ("m3", "MDC-T interim leader, Thokozani Khupe", "khupe"),
              ("m4", "Bulawayo Progressive Residents Association (BPRA) coordinator Emmanuel Ndlovu", "ndlovu"),
              ("m5", "Zimbabwe Electricity Supply Authority (ZESA)", "zesa"),
              ("m6", ("the company", "the company refused"), "zesa"),
              ("m7", ("he", "he alleged"), "ndlovu"),
              ("m8", ("ZESA", "ZESA refused"), "zesa"),
              ("m9", ("Ndlovu", "Ndlovu noted"), "ndlovu"),
              ("m10", ("residents", "residents complained"), "ward9"),
              ("m11", ("Residents", "Residents felt"), "ward9"),
              ("m12", ("Residents", "Residents believe"), "ward12"),
              ("m13", ("Ndlovu", "Ndlovu said"), "ndlovu")],
    attributions=[# "Councillor recalls" is a topic label before the colon (FORMAT.md, Headlines).
                  ("a1", "INDIRECT", "m1", ("complain", "Residents complain"), "service delivery decline", None),
                  ("a2", "INDIRECT", "m2", "say", "they are are struggling to access critical services due to lack of representation", None),
                  ("a3", "INDIRECT", "m3", "claiming", "they no longer represented party interests", None),
                  ("a4", "INDIRECT", "m4", "confirmed", "residents were now stranded", None),
                  ("a5", "DIRECT", "m7", ("alleged", "he alleged"),
                   seg(T, "In Ward 8, residents are struggling", "to avoid power cuts."), None),
                  ("a6", "DIRECT", "m7", None, seg(T, "Residents have therefore been left stranded", "the councillor’s referral."), None),
                  ("a7", "INDIRECT", "m8", "citing", "they need the councillor’s referral", "a6"),
                  ("a8", "INDIRECT", "m9", ("noted", "Ndlovu noted"),
                   seg(T, "Ward 8 also experienced", "relevant authorities for assistance"), None),
                  ("a9", "INDIRECT", "m10", "complained", "they were not getting any positive response from the local authority", None),
                  ("a10", "DIRECT", "m13", ("said", "Ndlovu said"),
                   seg(T, "Residents felt if they had a councillor", "a councillor’s feedback,"), None),
                  # Attitudes of others stated inside a quote are nested claims (FORMAT.md, Included).
                  ("a11", "INDIRECT", "m11", "felt", "if they had a councillor, the council would have responded timely and positively", "a10"),
                  # Only the first conjunct is the residents' belief; "but they have no means ..." is
                  # Ndlovu's own statement.
                  ("a12", "INDIRECT", "m12", "believe", "the situation is growing worse", "a10")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with the lead. Cut before the paragraph the
# stored copy breaks off in.
doc("nbcnews-na-luvindao-no-need-for-panic-outbreaks",
    url="https://www.nbcnews.na/index.php/node/113969",
    outlet="NBC (Namibian Broadcasting Corporation)", country="Namibia", topic="health-science", cut=True,
    text=(T := "The Minister of Health and Social Services (MoHSS) says there is no need for panic, but rather collaboration, coordination, and cooperation following the simultaneous announcement of recent health cases and outbreaks.\n"
          "Esperance Luvindao said the detection of these cases reflects the effectiveness of the country's surveillance systems.\n"
          "Speaking at a media briefing in Windhoek, Dr Luvindao said Namibia has a resilient health system and an experienced workforce that has previously managed serious pandemics and outbreaks.\n"
          "On Tuesday, the Ministry declared a Cholera outbreak in the Grootfontein health district after 5 suspected cases were reported, 3 of which tested positive.\n"
          "Minister Luvindao said the outbreak highlights the need for stronger sanitation infrastructure.\n"
          "\"This outbreak requires a multisectoral response. I call upon government institutions, the private sector, NGOs, and community leaders to mobilise. We successfully contained a cholera outbreak in Opuwo from June to August 2025, and applying that same \"whole-of-government\" and \"whole-of-society\" approach, we will contain this one as well.\"\n"
          "The Ministry also declared an outbreak on 22 November 2025 after a confirmed case of Crimean-Congo haemorrhagic fever resulted in death.\n"
          "Luvindao said health teams are offering psychosocial support to the bereaved family and actively monitoring contacts.\n"
          "\"I request full cooperation from those under monitoring. If you feel any unusual symptoms, report to healthcare providers immediately. Early detection allows us to support you effectively.\"\n"
          "Regarding the measles outbreak declared in September, Minister Luvindao said 564 suspected cases have been recorded, with 198 confirmed, 239 negative, 12 inconclusive, and 115 pending.\n"
          "Two deaths have been reported."),
    entities=[("luvindao", "Esperance Luvindao", "PERSON",
               ["Luvindao", "Dr Luvindao", "Minister Luvindao", "The Minister of Health and Social Services (MoHSS)",
                "Minister of Health and Social Services"], "Namibia's Minister of Health and Social Services")],
    mentions=[("m1", "The Minister of Health and Social Services (MoHSS)", "luvindao"),
              ("m2", "Esperance Luvindao", "luvindao"),
              ("m3", "Dr Luvindao", "luvindao"),
              ("m4", ("Minister Luvindao", "Minister Luvindao said the outbreak"), "luvindao"),
              ("m5", ("I", "I call upon"), "luvindao"),
              ("m6", ("Luvindao", "Luvindao said health teams"), "luvindao"),
              ("m7", ("I", "I request"), "luvindao"),
              ("m8", ("Minister Luvindao", "Minister Luvindao said 564"), "luvindao")],
    attributions=[# "following the simultaneous announcement ..." frames the statement and is left out as an
                  # adjunct of the reporting event; the announcement itself, a noun with no finite
                  # reporting verb, is not annotated (like "on news that ..."). "the Ministry declared an
                  # outbreak" and "cases were reported" are actions / agentless counts, not annotated, as
                  # elsewhere in the corpus.
                  ("a1", "INDIRECT", "m1", "says", "there is no need for panic, but rather collaboration, coordination, and cooperation", None),
                  ("a2", "INDIRECT", "m2", ("said", "Luvindao said the detection"),
                   "the detection of these cases reflects the effectiveness of the country's surveillance systems", None),
                  ("a3", "INDIRECT", "m3", ("said", "Dr Luvindao said"),
                   seg(T, "Namibia has a resilient health system", "serious pandemics and outbreaks"), None),
                  ("a4", "INDIRECT", "m4", ("said", "Luvindao said the outbreak"),
                   "the outbreak highlights the need for stronger sanitation infrastructure", None),
                  # A quoted paragraph with no reporting clause continues the previous speaker; the marks
                  # nested inside it do not end it.
                  ("a5", "DIRECT", "m4", None, seg(T, "This outbreak requires a multisectoral", "contain this one as well."), None),
                  ("a6", "INDIRECT", "m5", "call upon",
                   "government institutions, the private sector, NGOs, and community leaders to mobilise", "a5"),
                  ("a7", "INDIRECT", "m6", ("said", "Luvindao said health teams"),
                   "health teams are offering psychosocial support to the bereaved family and actively monitoring contacts", None),
                  ("a8", "DIRECT", "m6", None, seg(T, "I request full cooperation", "support you effectively."), None),
                  ("a9", "INDIRECT", "m7", "request", "full cooperation from those under monitoring", "a8"),
                  ("a10", "INDIRECT", "m8", ("said", "Luvindao said 564"),
                   "564 suspected cases have been recorded, with 198 confirmed, 239 negative, 12 inconclusive, and 115 pending", None)])

# ---------------------------------------------------------------------------------------
doc("zambianstreets-mwape-blames-players-kundananji-heartbreak",
    url="https://zambianstreets.com/mwape-blames-players-kundananji-says-loss-hurts-more-than-a-heartbreak",
    outlet="Zambian Streets", country="Zambia", topic="sport", cut=False,
    text=(T := "Mwape blames players, Kundananji says loss hurts more than a heartbreak\n"
          "COPPER Queens coach Bruce Mwape has attributed yesterday’s loss to complacency on the part of his players when they enjoyed a comfortable lead.\n"
          "And, striker Racheal Kundananji has said the loss hurts more than a heartbreak.\n"
          "Zambians are failing to stomach how the team twice gave up a lead to eventually lose 6-5 in a game where they once enjoyed a 5-2 advantage.\n"
          "However, Mwape in an interview has provided what he believes led to the loss.\n"
          "“It is very had to explain that defeat. After leading 5-2 we had that hope of [winning]. From the look of things, the players became complacent, we could not concentrate we allowed silly goals,” Mwape said.\n"
          "Meanwhile, Kundananji said the loss was hard to take.\n"
          "“This is more than a heartbreak, we saw three points coming to team Zambia, and it just went like that…it is so painful,” Kundananji said.\n"
          "She said the players played according to instruction but lost concentration.\n"
          "“We need to work on some things, I feel like we went well in the game I feel like we just lost concentration that’s why we conceded a lot of goals,” she said."),
    entities=[("mwape", "Bruce Mwape", "PERSON", ["Mwape", "COPPER Queens coach Bruce Mwape"], "coach of Zambia's women's team, the Copper Queens"),
              ("kundananji", "Racheal Kundananji", "PERSON", ["Kundananji", "striker Racheal Kundananji"], "Copper Queens striker")],
    mentions=[("m1", ("Mwape", "Mwape blames"), "mwape"),
              ("m2", ("Kundananji", "Kundananji says"), "kundananji"),
              ("m3", "COPPER Queens coach Bruce Mwape", "mwape"),
              ("m4", "striker Racheal Kundananji", "kundananji"),
              ("m5", ("Mwape", "Mwape in an interview"), "mwape"),
              ("m6", ("Mwape", "Mwape said"), "mwape"),
              ("m7", ("Kundananji", "Kundananji said the loss"), "kundananji"),
              ("m8", ("Kundananji", "Kundananji said."), "kundananji"),
              ("m9", ("She", "She said"), "kundananji"),
              ("m10", ("she", "she said"), "kundananji")],
    attributions=[("a1", "INDIRECT", "m1", "blames", ("players", "blames players"), None),
                  ("a2", "INDIRECT", "m2", ("says", "Kundananji says"), ("loss hurts more than a heartbreak", "Kundananji says"), None),
                  # "attributed X to Y": evaluative reporting with a content, like "described X as Y".
                  ("a3", "INDIRECT", "m3", "attributed",
                   "yesterday’s loss to complacency on the part of his players when they enjoyed a comfortable lead", None),
                  ("a4", "INDIRECT", "m4", ("said", "has said the loss"), "the loss hurts more than a heartbreak", None),
                  # "provided what he believes led to the loss": an open content, as seed a9/a10 ("did not
                  # say when ..."); "he believes" is the speaker's own attitude and is not split off.
                  ("a5", "INDIRECT", "m5", "provided", "what he believes led to the loss", None),
                  ("a6", "DIRECT", "m6", ("said", "Mwape said"), seg(T, "It is very had to explain", "allowed silly goals,"), None),
                  ("a7", "INDIRECT", "m7", ("said", "Kundananji said the loss"), "the loss was hard to take", None),
                  ("a8", "DIRECT", "m8", ("said", "Kundananji said."), seg(T, "This is more than a heartbreak, we saw", "it is so painful,"), None),
                  ("a9", "INDIRECT", "m9", ("said", "She said"), "the players played according to instruction but lost concentration", None),
                  ("a10", "DIRECT", "m10", ("said", "she said"), seg(T, "We need to work on some things", "a lot of goals,"), None)])

# ---------------------------------------------------------------------------------------
doc("saudigazette-houthis-holding-relief-ships-ports",
    url="http://saudigazette.com.sa/world/mena/houthis-holding-relief-ships-ports-control/",
    outlet="Saudi Gazette", country="Saudi Arabia", topic="politics", cut=False, published="2016-11-21",
    text=(T := "Houthis holding relief ships in ports under their control\n"
          "Riyadh — Yemeni Minister of Local Administration and Chairman of the Higher Committee for Relief Abdalraqib Saif Fatah has confirmed that Houthi militias and supporters of ousted president Ali Abdullah Saleh are holding a number of relief ships from donor countries.\n"
          "In a meeting with Russia’s Ambassador to Yemen Vladimir Dedushkin, Fatah said that the rebels controlling the ports of Al-Salif and Hodeidah were preventing entry of aid to the provinces under their control, resulting in famine in a number of these provinces, especially in Hodeidah.\n"
          "Yemeni President Abdrabbu Mansour Hadi directed the national army and leaders of the Popular Resistance to be more vigilant and address any ceasefire violation carried out by coup leaders.\n"
          "In a telephone conversation with the commander of the Fifth Military Region Maj. Gen. Tawfiq Algaiz, he said “the rebel forces in Sanaa are violating the truce and that this matter is well-monitored.”\n"
          "A shaky 48-hour truce has seen at least 185 violations committed by Houthi militias, mostly in the besieged city of Taiz, Al Arabiya’s sister channel Al Hadath News Channel has reported.\n"
          "Spokesman of the Arab coalition supporting the legitimacy in Yemen Maj. Gen. Ahmed Assiri was quoted by Al Hadath as saying that most of the violation took place in Taiz.\n"
          "“Houthi militias attempted to shoot a ballistic missile targeting Marib city,” he said."),
    entities=[("fatah", "Abdalraqib Saif Fatah", "PERSON",
               ["Fatah", "Yemeni Minister of Local Administration and Chairman of the Higher Committee for Relief Abdalraqib Saif Fatah"],
               "Yemen's Minister of Local Administration, chairman of the Higher Committee for Relief"),
              ("hadi", "Abdrabbu Mansour Hadi", "PERSON", ["Hadi", "Yemeni President Abdrabbu Mansour Hadi"], "President of Yemen"),
              ("hadath", "Al Hadath News Channel", "ORGANIZATION", ["Al Hadath", "Al Arabiya’s sister channel Al Hadath News Channel"],
               "news channel, sister channel of Al Arabiya"),
              ("assiri", "Ahmed Assiri", "PERSON",
               ["Assiri", "Maj. Gen. Ahmed Assiri",
                "Spokesman of the Arab coalition supporting the legitimacy in Yemen Maj. Gen. Ahmed Assiri"],
               "spokesman of the Arab coalition in Yemen")],
    mentions=[("m1", "Yemeni Minister of Local Administration and Chairman of the Higher Committee for Relief Abdalraqib Saif Fatah", "fatah"),
              ("m2", ("Fatah", "Fatah said"), "fatah"),
              ("m3", "Yemeni President Abdrabbu Mansour Hadi", "hadi"),
              ("m4", ("he", "he said “the rebel"), "hadi"),
              ("m5", "Al Arabiya’s sister channel Al Hadath News Channel", "hadath"),
              ("m6", "Spokesman of the Arab coalition supporting the legitimacy in Yemen Maj. Gen. Ahmed Assiri", "assiri"),
              ("m7", ("Al Hadath", "by Al Hadath as"), "hadath"),
              ("m8", ("he", "he said."), "assiri")],
    attributions=[# The headline has no cue and no speaker: not a claim.
                  ("a1", "INDIRECT", "m1", "confirmed",
                   seg(T, "Houthi militias and supporters of ousted", "from donor countries"), None),
                  ("a2", "INDIRECT", "m2", ("said", "Fatah said"),
                   seg(T, "the rebels controlling the ports", "especially in Hodeidah"), None),
                  # "directed X to Y" keeps the addressee, like "called on X to Y" (the corpus annotates
                  # "directed Somerset Council to refuse ..." the same way).
                  ("a3", "INDIRECT", "m3", "directed",
                   seg(T, "the national army and leaders", "carried out by coup leaders"), None),
                  # The whole content lies inside one quotation, as the object of "said": DIRECT.
                  ("a4", "DIRECT", "m4", ("said", "he said “the rebel"),
                   "the rebel forces in Sanaa are violating the truce and that this matter is well-monitored.", None),
                  ("a5", "INDIRECT", "m5", ("reported", "has reported"),
                   seg(T, "A shaky 48-hour truce", "besieged city of Taiz"), None),
                  # "was quoted by Al Hadath as saying": Al Hadath is the medium (FORMAT.md, Media); the cue
                  # is "quoted", as the corpus does for "he was quoted by Nation".
                  ("a6", "INDIRECT", "m6", "quoted", "most of the violation took place in Taiz", None),
                  ("a7", "DIRECT", "m8", ("said", "he said."),
                   "Houthi militias attempted to shoot a ballistic missile targeting Marib city,", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with the lead. The closing credit
# "– Albawaba.com" and the copyright line are left out.
doc("albawaba-bank-muscat-profits-decline",
    url="https://www.albawaba.net/news/bank-muscat%E2%80%99s-profits-decline-44-percent",
    outlet="Al Bawaba", country="Jordan", topic="business", cut=False,
    text=(T := "Oman’s largest bank, Bank Muscat, announced Tuesday a 4.4 percent decline in net profits to $21.6 million for the first half of 2001 from $22.6 million over the same period of last year, reported the Gulf Daily News.\n"
          "But bank chairman Abdul Malik bin Abdullah Al Khalili said he remained optimistic.\n"
          "The outlook for the second half of the year appears good, with corporate banking activities set to increase, he noted in a statement, cited by the paper.\n"
          "Bank Muscat, which has a 35 percent share of the domestic market, is now seeking to expand overseas operations via mergers, acquisitions and strategic investments, the chairman said.\n"
          "This statement was close on the heels of finalizing a deal to acquire ABN Amro’s Bahrain operations.\n"
          "Bank Muscat has made a higher provision of almost $13 million against possible loan losses during the first half of the current year, compared to $8.3 million for the first half of 2000, Khalili said.\n"
          "However, the bank's loans and advances portfolio grew by 8.8pc to $2.794 billion by the end of June from $2.567 billion by mid-2000"),
    entities=[("bankmuscat", "Bank Muscat", "ORGANIZATION", ["Oman’s largest bank, Bank Muscat"], "Oman's largest bank"),
              ("gdn", "the Gulf Daily News", "ORGANIZATION", ["Gulf Daily News", "the paper"], "Bahraini daily newspaper"),
              ("khalili", "Abdul Malik bin Abdullah Al Khalili", "PERSON",
               ["Khalili", "Al Khalili", "the chairman", "bank chairman Abdul Malik bin Abdullah Al Khalili"], "chairman of Bank Muscat")],
    mentions=[("m1", "Oman’s largest bank, Bank Muscat", "bankmuscat"),
              ("m2", "the Gulf Daily News", "gdn"),
              ("m3", "bank chairman Abdul Malik bin Abdullah Al Khalili", "khalili"),
              ("m4", ("he", "he noted"), "khalili"),
              ("m5", "the paper", "gdn"),
              ("m6", ("Bank Muscat", "Bank Muscat, which"), "bankmuscat"),
              ("m7", "the chairman", "khalili"),
              ("m8", ("Bank Muscat", "Bank Muscat has made"), "bankmuscat"),
              ("m9", ("Khalili", "2000, Khalili said"), "khalili")],
    attributions=[("a1", "INDIRECT", "m2", "reported",
                   seg(T, "Oman’s largest bank, Bank Muscat, announced", "same period of last year"), None),
                  # "Tuesday" is an adjunct of the announcing and is left out of the content.
                  ("a2", "INDIRECT", "m1", "announced",
                   seg(T, "a 4.4 percent decline", "same period of last year"), "a1"),
                  ("a3", "INDIRECT", "m3", ("said", "said he remained"), "he remained optimistic", None),
                  # "cited by the paper": the paper is a medium here, as in "said, as quoted by ...".
                  ("a4", "INDIRECT", "m4", "noted",
                   "The outlook for the second half of the year appears good, with corporate banking activities set to increase", None),
                  ("a5", "INDIRECT", "m7", ("said", "the chairman said"),
                   seg(T, "Bank Muscat, which has a 35 percent", "and strategic investments"), None),
                  ("a6", "INDIRECT", "m9", ("said", "2000, Khalili said"),
                   seg(T, "Bank Muscat has made a higher provision", "first half of 2000"), None)])

write("test18_b.jsonl")
