#!/usr/bin/env python3
"""Writes test10_b.jsonl: real-news gold, split test10-b (see gold.py). Run: python3 make_test10_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The page's date line ("date 2023-09-23") is metadata and is left out; the dateline paragraph
# with its agency credit ("Lusaka………FRIDAY, … [Smart Eagles]") is kept, like a dateline, and is
# not an attribution. The stored page breaks off inside a later quotation, so the text ends at the
# paragraph before it.
# Judgment calls: the headline "OPPOSITION MPs CONDEMN HARRASSMENT …" and "has condemned the
# Harassment …" are evaluative reporting with a content (FORMAT.md: "described X as Y", "voiced
# relief that"); "bemoans"/"bemoaned" and "questioned the placing of …" likewise (the corpus has
# "bemoan" and "questioned the awarding of a late penalty"). The hedge "alleged" stays inside the
# standfirst's noun-phrase content. Inside the quotation, "they want to come and say there is rule
# of law" reports the government's own claim, so it is a nested speech act (FORMAT.md: speech
# nested inside a quote); "they" is the Government of the sentence before.
doc("zambianobserver-mundubile-condemns-harassment-of-lungu",
    url="https://zambianobserver.com/pf-mps-condemn-harrassment-of-former-president-edgar-lungu/",
    outlet="Zambian Observer", country="Zambia", topic="politics", cut=True, published="2023-09-23",
    text=(T := "OPPOSITION MPs CONDEMN HARRASSMENT OF FORMER PRESIDENT EDGAR LUNGU.\n"
          "…….as Leader of Opposition bemoans alleged infiltration of Parliament by the Executive.\n"
          "Lusaka………FRIDAY, SEPTEMBER, 22nd 2023.[Smart Eagles]\n"
          "Leader of Opposition in the National Assembly Brian Mundubile has condemned the Harassment of Former President Edgar Chagwa Lungu.\n"
          "Hon Mundubile said it was disheartening for Government to deny the former President chance to travel to South Africa to seek medical attention.\n"
          "He said the cancellation of a Church service where he was supposed to attend also speaks to how he has been treated.\n"
          "“Then they want to come and say there is rule of law. Former President Lungu enjoys the rights and must continue to move and interact freely because he is a citizen of Zambia,” he said.\n"
          "Meanwhile, Hon Mundubile has bemoaned the misplacement of Opposition Members of Parliament in Wrong Committees of Parliament.\n"
          "He said the move has been necessitated not to allow the opposition to espouse themselves on critical matters.\n"
          "Hon Mundubile questioned the placing of Lunte Member of Parliament Hon Mutotwe Kafwaya as Chairperson on the Committee of Gender when his expertise are in Accounts.\n"
          "He said it is clear that the executive wing of Government has now infiltrated Committees of Parliament.\n"
          "Hon Mundubile said it is unfortunate that accountants and lawyers are now sent to Committees like Youth and Sports and Gender.\n"
          "He said the shifting of skills shows that there is something the UPND have got to hide."),
    entities=[("mps", "OPPOSITION MPs", "GROUP", ["Opposition MPs", "Opposition Members of Parliament", "the opposition"],
               "opposition members of Zambia's National Assembly"),
              ("mundubile", "Brian Mundubile", "PERSON",
               ["Mundubile", "Hon Mundubile", "Leader of Opposition",
                "Leader of Opposition in the National Assembly Brian Mundubile"],
               "Leader of the Opposition in the National Assembly"),
              ("govt", "Government", "ORGANIZATION", [], "Government of Zambia")],
    mentions=[("m1", "OPPOSITION MPs", "mps"),
              ("m2", ("Leader of Opposition", "as Leader of Opposition"), "mundubile"),
              ("m3", "Leader of Opposition in the National Assembly Brian Mundubile", "mundubile"),
              ("m4", ("Hon Mundubile", "Hon Mundubile said it was"), "mundubile"),
              ("m5", ("Government", "for Government to deny"), "govt"),
              ("m6", ("He", "He said the cancellation"), "mundubile"),
              ("m7", ("they", "Then they want"), "govt"),
              ("m8", ("he", "he said.\nMeanwhile"), "mundubile"),
              ("m9", ("Hon Mundubile", "Hon Mundubile has bemoaned"), "mundubile"),
              ("m10", "Opposition Members of Parliament", "mps"),
              ("m11", ("He", "He said the move"), "mundubile"),
              ("m12", ("the opposition", "the opposition to espouse"), "mps"),
              ("m13", ("Hon Mundubile", "Hon Mundubile questioned"), "mundubile"),
              ("m14", ("He", "He said it is clear"), "mundubile"),
              ("m15", ("Hon Mundubile", "Hon Mundubile said it is unfortunate"), "mundubile"),
              ("m16", ("He", "He said the shifting"), "mundubile")],
    attributions=[("a1", "INDIRECT", "m1", "CONDEMN", "HARRASSMENT OF FORMER PRESIDENT EDGAR LUNGU", None),
                  ("a2", "INDIRECT", "m2", "bemoans", "alleged infiltration of Parliament by the Executive", None),
                  ("a3", "INDIRECT", "m3", "condemned", "the Harassment of Former President Edgar Chagwa Lungu", None),
                  ("a4", "INDIRECT", "m4", ("said", "Hon Mundubile said it was"),
                   seg(T, "it was disheartening", "seek medical attention"), None),
                  ("a5", "INDIRECT", "m6", ("said", "He said the cancellation"),
                   seg(T, "the cancellation of a Church service", "how he has been treated"), None),
                  ("a6", "DIRECT", "m8", ("said", "he said.\nMeanwhile"),
                   seg(T, "Then they want to come", "a citizen of Zambia,"), None),
                  ("a7", "INDIRECT", "m7", ("say", "and say there"), "there is rule of law", "a6"),
                  ("a8", "INDIRECT", "m9", "bemoaned",
                   "the misplacement of Opposition Members of Parliament in Wrong Committees of Parliament", None),
                  ("a9", "INDIRECT", "m11", ("said", "He said the move"),
                   "the move has been necessitated not to allow the opposition to espouse themselves on critical matters", None),
                  ("a10", "INDIRECT", "m13", "questioned",
                   seg(T, "the placing of Lunte", "his expertise are in Accounts"), None),
                  ("a11", "INDIRECT", "m14", ("said", "He said it is clear"),
                   "it is clear that the executive wing of Government has now infiltrated Committees of Parliament", None),
                  ("a12", "INDIRECT", "m15", ("said", "Hon Mundubile said it is unfortunate"),
                   "it is unfortunate that accountants and lawyers are now sent to Committees like Youth and Sports and Gender", None),
                  ("a13", "INDIRECT", "m16", ("said", "He said the shifting"),
                   "the shifting of skills shows that there is something the UPND have got to hide", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with the lead. The page breaks off inside the
# next paragraph, so the text ends at the paragraph before.
# Judgment calls: "ruled to keep the group in custody" is a court's action (FORMAT.md: actions, a
# court's included, e.g. "granted bail on condition that …"), not a claim; "their bail plea" has no
# content; "has drawn strong public condemnation" is an evaluation with no reported content.
# "Psychologists have also raised concerns over X" is evaluative reporting with a noun-phrase
# content, like "expressed dissatisfaction with X" in the corpus; the linking "over" is left out.
doc("ahotoronline-stopgalamsey-protesters-remanded-barker-vormawor",
    url="https://ahotoronline.com/archives/96306/2024",
    outlet="Ahotor Online", country="Ghana", topic="courts-crime", cut=True,
    text=(T := "The convenor of the ‘StopGalamseyNow’ protest, Oliver Mawuse Barker Vormawor, alongside 11 other protesters, has been remanded into custody until October 8.\n"
          "This brings the total number of remanded protesters to 52, sparking widespread public outcry.\n"
          "Heavy police presence filled the Accra Circuit Court as the accused, all in handcuffs, made their appearance.\n"
          "Barker Vormawor, still recovering after collapsing in police custody earlier in the week, was escorted by officers from the police hospital directly to the courtroom.\n"
          "Defence lawyers argue that the protesters have suffered inhumane treatment, including denial of food, water, and basic hygiene during their initial detention.\n"
          "Despite their bail plea, the judge, Kwabena Obiri Yeboah ruled to keep the group in custody, with a court date set for October 8.\n"
          "“Why do you think the supreme court did the non-bailable decision? It’s because of this same kind of abuse. Am telling you that what I witnessed in court, there was no need for a remand,” Martin Kpebu, private legal practitioner said.\n"
          "This decision to remand a total of 52 protesters has drawn strong public condemnation.\n"
          "“Assuming that yes indeed they perpetrated the crime, I don’t think it’s that grievous to demand such treatment,” Adib Sani, security analyst explained.\n"
          "Meanwhile, human rights lawyer, Francis Xavier Sosu, is preparing to file lawsuits against the Ghana Police Service and the state, in both Ghana and the ECOWAS Court.\n"
          "“If the water bodies are destroyed, we are all destroyed. And so, it shouldn’t be one person’s fight and that is why even as a lawyer, I rallied all my legal team. We are acting for and on behalf of everybody that has issue in this matter, and we are going to ensure that we continue until we seek for justice for every individual,” Sosu said.\n"
          "Psychologists have also raised concerns over the psychological toll of the arrests and detentions."),
    entities=[("lawyers", "Defence lawyers", "GROUP", [], "the protesters' defence lawyers"),
              ("kpebu", "Martin Kpebu", "PERSON", ["Kpebu", "Martin Kpebu, private legal practitioner"],
               "private legal practitioner"),
              ("sani", "Adib Sani", "PERSON", ["Sani", "Adib Sani, security analyst"], "security analyst"),
              ("sosu", "Francis Xavier Sosu", "PERSON", ["Sosu", "human rights lawyer, Francis Xavier Sosu"],
               "human rights lawyer"),
              ("psychologists", "Psychologists", "GROUP", [], "psychologists")],
    mentions=[("m1", "Defence lawyers", "lawyers"),
              ("m2", "Martin Kpebu, private legal practitioner", "kpebu"),
              ("m3", "Adib Sani, security analyst", "sani"),
              ("m4", "human rights lawyer, Francis Xavier Sosu", "sosu"),
              ("m5", ("Sosu", "Sosu said"), "sosu"),
              ("m6", "Psychologists", "psychologists")],
    attributions=[("a1", "INDIRECT", "m1", "argue",
                   seg(T, "the protesters have suffered", "during their initial detention"), None),
                  ("a2", "DIRECT", "m2", ("said", "practitioner said"),
                   seg(T, "Why do you think", "no need for a remand,"), None),
                  ("a3", "DIRECT", "m3", "explained",
                   seg(T, "Assuming that yes indeed", "to demand such treatment,"), None),
                  ("a4", "DIRECT", "m5", ("said", "Sosu said"),
                   seg(T, "If the water bodies are destroyed", "for every individual,"), None),
                  ("a5", "INDIRECT", "m6", "raised concerns",
                   "the psychological toll of the arrests and detentions", None)])

# ---------------------------------------------------------------------------------------
# The section label "News" above the headline is navigation and is removed. The stored page
# breaks off inside a quotation that opens after Mrs Davies's paragraph, so the text ends there.
# Judgment calls: the headline holds two claims of "Lagos communities" (decry …, demand …), the
# second sharing the first's subject. "Lagos communities", "Some Lagos residents" and "They" are
# one collective (FORMAT.md, Coreference); "some residents" and "others" in the attributing
# sentence are subsets, so separate entities. In "called on the state government to make potable
# water accessible to reduce the huge amount …" the purpose clause belongs to the demanded action
# (no comma, no "in an effort to"), so it stays in the content. "They disclosed this" has the
# content "this", as the corpus annotates "disclosed this". "attributed X to Y" and "linked it to
# Y" are reported opinions (the corpus has "attributed the success to …", "linked …"). The
# Mustapha quotation runs over two paragraphs without a reopening mark; it is one DIRECT claim.
doc("ohibaba-lagos-communities-decry-water-scarcity",
    url="https://ohibaba.com/lagos-communities-decry-water-scarcity-demand-govt-intervention",
    outlet="Ohibaba", country="Nigeria", topic="local", cut=True,
    text=(T := "Lagos communities decry water scarcity, demand govt intervention\n"
          "Some Lagos residents have called on the state government to make potable water accessible to reduce the huge amount of money spent on buying water.\n"
          "They disclosed this in separate interviews with the News Agency of Nigeria on Monday in Lagos, against the World Water Day celebrated annually in March.\n"
          "They urged the state government to reduce the spread of water-borne diseases in the state by ensuring the provision of portable water.\n"
          "According to the World Health Organisation, water scarcity affects one in three people in the African region and is getting worse with population growth, urbanisation, and an increase in household and industrial uses.\n"
          "While some residents attributed the lack of potable water in the state to poor management and inadequate infrastructure, others linked it to a lack of enough investment and human capital.\n"
          "A resident in Akowonjo Local Government Area, Mr Ibrahim Mustapha, a businessman, who spoke with NAN, expressed dissatisfaction with the scarcity of potable water in their neighbourhood.\n"
          "“I don’t know why water remains a big challenge in a state that is surrounded by large bodies of water. I am a 54-year-old man, and I can tell you that the last time I enjoyed public-sourced potable water was in my youth days.\n"
          "We have had to rely on a privately generated water supply, which is not a good thing,” he said.\n"
          "He called on the state government to make the water issue a priority and get it done once and for all.\n"
          "Another resident, Mrs Folake Davies, a dentist who lives around Yaba, told NAN that the unavailability of potable water had led to increased household expenditure."),
    entities=[("residents", "Some Lagos residents", "GROUP", ["Lagos residents", "Lagos communities"],
               "residents of Lagos interviewed by NAN"),
              ("who", "the World Health Organisation", "ORGANIZATION", ["World Health Organisation"], "UN health agency"),
              ("some", "some residents", "GROUP", [], "some of the residents interviewed"),
              ("others", "others", "GROUP", [], "other residents interviewed"),
              ("mustapha", "Ibrahim Mustapha", "PERSON",
               ["Mustapha", "Mr Ibrahim Mustapha",
                "A resident in Akowonjo Local Government Area, Mr Ibrahim Mustapha, a businessman"],
               "businessman, resident of Akowonjo"),
              ("davies", "Folake Davies", "PERSON",
               ["Davies", "Mrs Folake Davies", "Another resident, Mrs Folake Davies, a dentist"],
               "dentist living around Yaba")],
    mentions=[("m1", "Lagos communities", "residents"),
              ("m2", "Some Lagos residents", "residents"),
              ("m3", ("They", "They disclosed"), "residents"),
              ("m4", ("They", "They urged"), "residents"),
              ("m5", "the World Health Organisation", "who"),
              ("m6", "some residents", "some"),
              ("m7", ("others", "others linked"), "others"),
              ("m8", "A resident in Akowonjo Local Government Area, Mr Ibrahim Mustapha, a businessman", "mustapha"),
              ("m9", ("he", "he said.\nHe called"), "mustapha"),
              ("m10", ("He", "He called on"), "mustapha"),
              ("m11", "Another resident, Mrs Folake Davies, a dentist", "davies")],
    attributions=[("a1", "INDIRECT", "m1", "decry", ("water scarcity", "decry water scarcity"), None),
                  ("a2", "INDIRECT", "m1", "demand", "govt intervention", None),
                  ("a3", "INDIRECT", "m2", ("called on", "have called on"),
                   seg(T, "the state government to make potable water", "spent on buying water"), None),
                  ("a4", "INDIRECT", "m3", "disclosed", ("this", "disclosed this"), None),
                  ("a5", "INDIRECT", "m4", "urged",
                   seg(T, "the state government to reduce the spread", "provision of portable water"), None),
                  ("a6", "INDIRECT", "m5", "According to",
                   seg(T, "water scarcity affects one in three", "household and industrial uses"), None),
                  ("a7", "INDIRECT", "m6", "attributed",
                   "the lack of potable water in the state to poor management and inadequate infrastructure", None),
                  ("a8", "INDIRECT", "m7", "linked", "it to a lack of enough investment and human capital", None),
                  ("a9", "INDIRECT", "m8", "expressed dissatisfaction",
                   "the scarcity of potable water in their neighbourhood", None),
                  ("a10", "DIRECT", "m9", ("said", "he said.\nHe called"),
                   seg(T, "I don’t know why water", "which is not a good thing,"), None),
                  ("a11", "INDIRECT", "m10", ("called on", "He called on"),
                   "the state government to make the water issue a priority and get it done once and for all", None),
                  ("a12", "INDIRECT", "m11", "told",
                   "the unavailability of potable water had led to increased household expenditure", None)])

# ---------------------------------------------------------------------------------------
# The stored page prints the headline twice (kept once) and ends with a login form (removed).
# Judgment calls: "The Central Agency … has revealed that …, Invest-Gate reports" has two
# speakers, so it is a nested report (the outlet reports what CAPMAS revealed), not the
# one-speaker "two clauses, one claim" case. "According to Reuters, she foresees …" is likewise
# nested: Reuters is a source there (FORMAT.md: "the Courier reported … that": the Courier is the
# source), while "told Reuters" and "told Bloomberg" are media. "an official statement" names no
# author, so it is its own entity (FORMAT.md, Documents). The connective "Accordingly," is left out.
doc("investgate-egypt-urban-inflation-rises-november",
    url="https://invest-gate.me/news/egypts-annual-urban-inflation-soars-to-3-6-in-november",
    outlet="Invest-Gate", country="Egypt", topic="business", cut=False,
    text=(T := "Egypt’s Annual Urban Inflation Rises to 3.6% in November\n"
          "The Central Agency for Public Mobilization and Statistics (CAPMAS) has revealed that Egypt’s annual urban consumer price inflation rate increased for the first time in five months to reach 3.6% in November from 3.1% a month earlier, Invest-Gate reports.\n"
          "Consumer prices dropped 0.3% month-on-month, compared to a 1% hike in October, which is the lowest level since June. Accordingly, the annual core inflation, which strips out volatile and regulated items, slowed to 2.1% in November versus 2.7% in the previous month, according to an official statement on December 10.\n"
          "“The slight rise year-on-year (YoY) was because of unfavorable base year impacts,” Yara Elkahky, an economist at Naeem Brokerage, recently told Reuters. “But it is good news and aligned with our estimate,” she noted.\n"
          "Radwa El-Swaify, head of research at Pharos Securities Brokerage, also agreed that the news comes in line with expectations. According to Reuters, she foresees base-year effects to push inflation higher in December to record 6.5-7% YoY.\n"
          "Likewise, Mohamed Abu Basha, head of research at Cairo-based investment bank EFG Hermes, told Bloomberg, “Inflation potentially settles at 6%-7% in December, providing room for the Central Bank of Egypt (CBE) to comfortably cut rates in the first quarter of 2020 by 50-100 basis points.”\n"
          "The CBE will probably hold interest rates at its December 26 meeting to wait for potential acceleration in December or January’s Consumer Price Index (CPI) figures, Abu Basha further explained to the American news agency.\n"
          "Annual urban consumer price inflation had plunged for six consecutive months between May and October. Given this, the central bank has made three consecutive cuts to interest rates since August, slashing them by a cumulative 350 basis points."),
    entities=[("capmas", "The Central Agency for Public Mobilization and Statistics (CAPMAS)", "ORGANIZATION",
               ["Central Agency for Public Mobilization and Statistics", "CAPMAS"], "Egypt's official statistics agency"),
              ("investgate", "Invest-Gate", "ORGANIZATION", [], "the publishing outlet"),
              ("statement", "an official statement", "ORGANIZATION", ["official statement"],
               "official statement of December 10"),
              ("elkahky", "Yara Elkahky", "PERSON", ["Elkahky", "Yara Elkahky, an economist at Naeem Brokerage"],
               "economist at Naeem Brokerage"),
              ("reuters", "Reuters", "ORGANIZATION", [], "news agency"),
              ("elswaify", "Radwa El-Swaify", "PERSON",
               ["El-Swaify", "Radwa El-Swaify, head of research at Pharos Securities Brokerage"],
               "head of research at Pharos Securities Brokerage"),
              ("abubasha", "Mohamed Abu Basha", "PERSON",
               ["Abu Basha", "Mohamed Abu Basha, head of research at Cairo-based investment bank EFG Hermes"],
               "head of research at EFG Hermes")],
    mentions=[("m1", "The Central Agency for Public Mobilization and Statistics (CAPMAS)", "capmas"),
              ("m2", "Invest-Gate", "investgate"),
              ("m3", "an official statement", "statement"),
              ("m4", "Yara Elkahky, an economist at Naeem Brokerage", "elkahky"),
              ("m5", ("Reuters", "told Reuters"), "reuters"),
              ("m6", ("she", "she noted"), "elkahky"),
              ("m7", "Radwa El-Swaify, head of research at Pharos Securities Brokerage", "elswaify"),
              ("m8", ("Reuters", "According to Reuters"), "reuters"),
              ("m9", ("she", "she foresees"), "elswaify"),
              ("m10", "Mohamed Abu Basha, head of research at Cairo-based investment bank EFG Hermes", "abubasha"),
              ("m11", ("Abu Basha", "Abu Basha further"), "abubasha")],
    attributions=[("a1", "INDIRECT", "m2", "reports",
                   seg(T, "The Central Agency for Public", "from 3.1% a month earlier"), None),
                  ("a2", "INDIRECT", "m1", "revealed",
                   seg(T, "Egypt’s annual urban consumer price", "from 3.1% a month earlier"), "a1"),
                  ("a3", "INDIRECT", "m3", ("according to", "according to an official"),
                   seg(T, "the annual core inflation, which strips", "2.7% in the previous month"), None),
                  ("a4", "DIRECT", "m4", ("told", "told Reuters"),
                   "The slight rise year-on-year (YoY) was because of unfavorable base year impacts,", None),
                  ("a5", "DIRECT", "m6", "noted", "But it is good news and aligned with our estimate,", None),
                  ("a6", "INDIRECT", "m7", "agreed", "the news comes in line with expectations", None),
                  ("a7", "INDIRECT", "m8", ("According to", "According to Reuters"),
                   "she foresees base-year effects to push inflation higher in December to record 6.5-7% YoY", None),
                  ("a8", "INDIRECT", "m9", "foresees",
                   "base-year effects to push inflation higher in December to record 6.5-7% YoY", "a7"),
                  ("a9", "DIRECT", "m10", ("told", "told Bloomberg"),
                   seg(T, "Inflation potentially settles", "50-100 basis points."), None),
                  ("a10", "INDIRECT", "m11", "explained",
                   seg(T, "The CBE will probably hold", "Consumer Price Index (CPI) figures"), None)])

# ---------------------------------------------------------------------------------------
# The photo caption ("Nineveh, Mosul General Hospital. Photo: KirkukNow") and the social links
# (FB, Instagram, Twitter, YT) are removed; a leading space before one paragraph is dropped. The
# page spells the town both "Khanaqin" and "Khanqin", as printed.
# Judgment calls: "Kirkuk and Khanaqin health directorates" is a coordinated subject, one GROUP.
# "declined any cases of swine flu" is used as "denied" and is annotated like "denied X" (cue
# "declined", noun-phrase content). "At the same time," opening the sentence governed by
# "according to" is a connective like "Meanwhile" and is left out; the next sentence ("Majority
# of that 30 people …") has no cue of its own. In the last paragraph the fronted "Based on the
# laboratory tests done in Baghdad," stands before the source and the cue and is left out.
# "Kirkuknow"/"KirkukNow" is the medium the speakers told, not a source.
doc("kirkuknow-swine-flu-kills-two-north-iraq",
    url="https://www.kirkuknow.com/en/news/61101",
    outlet="KirkukNow", country="Iraq", topic="health-science", cut=False,
    text=(T := "Swine flu spread kills two persons in the north of Iraq\n"
          "Kirkuk and Khanaqin health directorates have taken full measures to prevent the spread of the H1N1 virus, emphasizing that no one has been diagnosed with swine flu.\n"
          "Taking serious measures is because two persons have died from the virus and at least 30 people have been diagnosed with it in Erbil and Mosul.\n"
          "Karim Wali, head of Kirkuk health directorate, said, “so far, no cases of swine flu has been recorded, but we have taken serious measure to prevent the virus from spreading.”\n"
          "He told Kirkuknow that as part of the measures, a separate section within Kirkuk hospital has been opened and all necessities have been provided.\n"
          "Media department of Khanqin health directorates in Diyala Province declined any cases of swine flu in Khanaqin.\n"
          "At the same time, 30 cases of swine flu have been recorded in the Kurdistan Region and the checks have been sent to Baghdad for further diagnosis according to the ministry of health of the Kurdistan Regional Government (KRG). Majority of that 30 people are from Duhok province.\n"
          "Jasm Ammari, health director in Nineveh, stated that, “four people had suspiciously been diagnosed with the virus and two of them died whose diagnoses were sent to Baghdad,”\n"
          "Based on the laboratory tests done in Baghdad, Ammari told KirkukNow that one of the persons actually died from H1N1 virus."),
    entities=[("directorates", "Kirkuk and Khanaqin health directorates", "GROUP", [],
               "the health directorates of Kirkuk and Khanaqin"),
              ("wali", "Karim Wali", "PERSON", ["Wali", "Karim Wali, head of Kirkuk health directorate"],
               "head of Kirkuk health directorate"),
              ("khanaqinmedia", "Media department of Khanqin health directorates in Diyala Province", "ORGANIZATION",
               ["Media department of Khanqin health directorates"], "media department of Khanaqin's health directorate"),
              ("krgmoh", "the ministry of health of the Kurdistan Regional Government (KRG)", "ORGANIZATION",
               ["ministry of health of the Kurdistan Regional Government"], "health ministry of the Kurdistan Region"),
              ("ammari", "Jasm Ammari", "PERSON", ["Ammari", "Jasm Ammari, health director in Nineveh"],
               "health director in Nineveh")],
    mentions=[("m1", "Kirkuk and Khanaqin health directorates", "directorates"),
              ("m2", "Karim Wali, head of Kirkuk health directorate", "wali"),
              ("m3", ("He", "He told Kirkuknow"), "wali"),
              ("m4", "Media department of Khanqin health directorates in Diyala Province", "khanaqinmedia"),
              ("m5", "the ministry of health of the Kurdistan Regional Government (KRG)", "krgmoh"),
              ("m6", "Jasm Ammari, health director in Nineveh", "ammari"),
              ("m7", ("Ammari", "Ammari told"), "ammari")],
    attributions=[("a1", "INDIRECT", "m1", "emphasizing", "no one has been diagnosed with swine flu", None),
                  ("a2", "DIRECT", "m2", ("said", "directorate, said"),
                   seg(T, "so far, no cases", "virus from spreading."), None),
                  ("a3", "INDIRECT", "m3", ("told", "He told"),
                   seg(T, "as part of the measures, a separate", "all necessities have been provided"), None),
                  ("a4", "INDIRECT", "m4", "declined", "any cases of swine flu in Khanaqin", None),
                  ("a5", "INDIRECT", "m5", "according to",
                   seg(T, "30 cases of swine flu have been recorded", "for further diagnosis"), None),
                  ("a6", "DIRECT", "m6", "stated",
                   seg(T, "four people had suspiciously", "sent to Baghdad,"), None),
                  ("a7", "INDIRECT", "m7", ("told", "Ammari told"), "one of the persons actually died from H1N1 virus", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "antipas-puts-on-a-brave-face"): the text
# starts with the lead. The byline ("Sports Reporter") and the page date are removed. The page
# breaks off inside a quotation of Botswana's assistant coach, so the text ends at the paragraph
# before; "Caroline Braun was happy with the draw" is a state with no content, not a claim.
# The page reopens quotations with two left single marks (‘‘), kept as printed; each quotation
# that runs over two paragraphs is one DIRECT claim (FORMAT.md, Unit).
# Judgment call: in "believes despite the disappointing goalless draw …, Zimbabwe can still turn
# around their fortunes …" the "despite" phrase is part of the belief, not of the believing, so it
# stays in the content (FORMAT.md: an adjunct inside the claim stays).
doc("thezimbabwedaily-antipas-brave-face-botswana-draw",
    url="https://www.thezimbabwedaily.com/news/371166-antipas-puts-on-a-brave-face.html",
    outlet="The Zimbabwe Daily", country="Zimbabwe", topic="sport", cut=True, published="2019-11-15",
    text=(T := "WARRIORS coach Joey Antipas believes despite the disappointing goalless draw against Botswana in their 2021 AFCON qualifier at the National Sports Stadium yesterday, Zimbabwe can still turn around their fortunes when they cafe Zambia in Lusaka on Tuesday.\n"
          "The national team travels to Lusaka to play the wounded Chipolopolo who were hammered 5-0 by Algeria in another Group H match on Thursday.\n"
          "“It was a disappointing result at home and we should have won it. The guys did everything that they could do to try and win the game but unfortunately not.\n"
          "‘‘They created numerous chances but we failed to score. We were lacking the cutting edge in attack but overall l think we played well, had chances and dominated but it’s all about putting the ball behind the nets. All we need to do is try and rectify against Zambia,” said Antipas after the match.\n"
          "Antipas said the Zebras of Botswana are no longer pushovers.\n"
          "“All we need is to keep our heads up and try rectify for our game against Zambia on Tuesday. Botswana have vastly improved. They went to Egypt and got a good scoreline.\n"
          "‘‘It’s a big disappointment, we should have won at home since it was an opening game of the qualifiers. A point is a point though we would have loved three,” Antipas said.\n"
          "The Chicken Inn gaffer added that the visitors also defended well. “One thing is Botswana defended very well, they had one or two players to come and pressurise our boys whenever we had the ball. It was very difficult to penetrate them. We have to improve on that and we also need to be very patient”, he said.\n"
          "Botswana assistant coach Caroline Braun was happy with the draw."),
    entities=[("antipas", "Joey Antipas", "PERSON", ["Antipas", "WARRIORS coach Joey Antipas", "The Chicken Inn gaffer"],
               "Zimbabwe Warriors coach, also coach of Chicken Inn")],
    mentions=[("m1", "WARRIORS coach Joey Antipas", "antipas"),
              ("m2", ("Antipas", "said Antipas after"), "antipas"),
              ("m3", ("Antipas", "Antipas said the Zebras"), "antipas"),
              ("m4", ("Antipas", "Antipas said.\n"), "antipas"),
              ("m5", "The Chicken Inn gaffer", "antipas"),
              ("m6", ("he", "he said.\nBotswana"), "antipas")],
    attributions=[("a1", "INDIRECT", "m1", "believes",
                   seg(T, "despite the disappointing goalless draw", "in Lusaka on Tuesday"), None),
                  ("a2", "DIRECT", "m2", ("said", "said Antipas after"),
                   seg(T, "It was a disappointing result", "rectify against Zambia,"), None),
                  ("a3", "INDIRECT", "m3", ("said", "Antipas said the Zebras"),
                   "the Zebras of Botswana are no longer pushovers", None),
                  ("a4", "DIRECT", "m4", ("said", "Antipas said.\n"),
                   seg(T, "All we need is to keep our heads up", "would have loved three,"), None),
                  ("a5", "INDIRECT", "m5", "added", "the visitors also defended well", None),
                  ("a6", "DIRECT", "m6", ("said", "he said.\nBotswana"),
                   seg(T, "One thing is Botswana defended", "need to be very patient"), None)])

write("test10_b.jsonl")
