#!/usr/bin/env python3
"""Writes test19_c.jsonl: real-news gold, split test19-c (see gold.py). Run: python3 make_test19_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Cut after the paragraph of the governor's office: the stored page stops inside the next one.
# The radio player lines ("Play Live Radio", "Next Up: ...") and the photo caption ("Speaker Frank
# Blas Jr." / "Guam Legislature YouTube" / "Two bills introduced by Gov. Lou Leon Guerrero were
# sent to committee ... on Aug. 30, 2025.") are left out; the date is the one in the address.
# - "The bills called for the expansion ...": a document with no author named in its NP or
#   sentence is its own entity (FORMAT.md, Documents: `earlier surveys` GROUP); "authorized the
#   governor to use ..." is what the bills do, not a report, so it is left out of the content.
# - "Sen. Chris Dueñas moved to send the bills ...": a motion is a proposal, annotated like
#   "proposed"/"recommended" (as earlier splits annotate "moved to"); the relative clause "which he
#   chairs" modifies "the committee" inside the claim and stays.
# - "Speaker Frank Blas Jr. and other senators called on Adelup to ...": a coordinated subject is
#   one GROUP (FORMAT.md, Groups), nested in the spokesperson's claim; "called on X to Y" keeps the
#   addressee. "Adelup" (the governor's seat) is a mention of the governor's office.
doc("islapublic-guam-legislature-sends-governors-bills-to-committee",
    url="https://www.islapublic.org/news/2025-09-01/legislature-sends-governors-bills-to-committee",
    outlet="Isla Public Media (KPRG)", country="Guam", topic="politics", cut=True, published="2025-09-01",
    text=(T := "Legislature sends governor's bills to committee\n"
          "Two bills introduced in an emergency legislative session called by the governor will have a public hearing before the regular session later this month.\n"
          "The bills called for the expansion of the governor’s ability to declare and respond to emergencies, and authorized the governor to use American Rescue Plan money to install hospital infrastructure in Mangilao.\n"
          "Senators gathered for a brief session Saturday, but rather than discussing the bills, they referred them to the Committee of Finance and Government Operations for a hearing.\n"
          "Sen. Chris Dueñas moved to send the bills to the committee, which he chairs.\n"
          "“Rushing these measures without hearing from the people would be irresponsible,” Dueñas said in a news release.\n"
          "Public hearings will be scheduled for Sept. 12.\n"
          "“I encourage every member of our community to participate, share their perspectives and make their voices heard,” Dueñas added. “The people of Guam deserve a seat at the table before any final decisions are made.”\n"
          "After the session, governor’s spokesperson Krystal Paco-San Agustin said the bills were introduced after Speaker Frank Blas Jr. and other senators called on Adelup to make an emergency declaration addressing recent problems at Guam Memorial Hospital. Gov. Lou Leon Guerrero's office said current emergency powers are inadequate to address the hospital’s problems, and introduced the legislation in response."),
    entities=[("bills", "The bills", "GROUP", ["the bills"], "the two bills introduced at the governor's request"),
              ("duenas", "Chris Dueñas", "PERSON", ["Dueñas", "Sen. Chris Dueñas"],
               "Guam senator, chair of the Committee on Finance and Government Operations"),
              ("pacosanagustin", "Krystal Paco-San Agustin", "PERSON",
               ["Paco-San Agustin", "governor’s spokesperson Krystal Paco-San Agustin"], "spokesperson of Guam's governor"),
              ("blassenators", "Speaker Frank Blas Jr. and other senators", "GROUP", [],
               "the Speaker of the Guam Legislature and other senators"),
              ("govoffice", "Gov. Lou Leon Guerrero's office", "ORGANIZATION",
               ["Lou Leon Guerrero's office", "Adelup"], "office of Guam's governor")],
    mentions=[("m1", ("The bills", "The bills called"), "bills"),
              ("m2", ("the bills", "discussing the bills"), "bills"),
              ("m3", "Sen. Chris Dueñas", "duenas"),
              ("m4", ("the bills", "send the bills"), "bills"),
              ("m5", ("Dueñas", "Dueñas said"), "duenas"),
              ("m6", ("Dueñas", "Dueñas added"), "duenas"),
              ("m7", "governor’s spokesperson Krystal Paco-San Agustin", "pacosanagustin"),
              ("m8", ("the bills", "the bills were introduced"), "bills"),
              ("m9", "Speaker Frank Blas Jr. and other senators", "blassenators"),
              ("m10", "Adelup", "govoffice"),
              ("m11", "Gov. Lou Leon Guerrero's office", "govoffice")],
    attributions=[("a1", "INDIRECT", "m1", "called for",
                   "the expansion of the governor’s ability to declare and respond to emergencies", None),
                  ("a2", "INDIRECT", "m3", "moved", "to send the bills to the committee, which he chairs", None),
                  ("a3", "DIRECT", "m5", ("said", "Dueñas said"),
                   "Rushing these measures without hearing from the people would be irresponsible,", None),
                  ("a4", "DIRECT", "m6", "added",
                   "I encourage every member of our community to participate, share their perspectives and make their voices heard,", None),
                  ("a5", "DIRECT", "m6", None,
                   "The people of Guam deserve a seat at the table before any final decisions are made.", None),
                  ("a6", "INDIRECT", "m7", ("said", "Agustin said"),
                   seg(T, "the bills were introduced after", "problems at Guam Memorial Hospital"), None),
                  ("a7", "INDIRECT", "m9", "called on",
                   "Adelup to make an emergency declaration addressing recent problems at Guam Memorial Hospital", "a6"),
                  ("a8", "INDIRECT", "m11", ("said", "office said"),
                   "current emergency powers are inadequate to address the hospital’s problems", None)])

# ---------------------------------------------------------------------------------------
# The whole article. The date line, the text-to-speech notice, the photo captions ("Morris Chang
# (張忠謀)/CNA file photo", twice) and the byline are left out; "Taipei, March 28 (CNA)" is the
# dateline of the lead and stays, not annotated (FORMAT.md, Text parts).
# - Headline "TSMC confirms meeting ...": a noun phrase content, as "confirmed the arrest".
# - "but declined to divulge further details": a refusal with no open question and no reported
#   content, so no claim (seed a9/a10 cover refusals with an open question only); likewise
#   "TSMC said, without elaborating" keeps "without elaborating" out as an adjunct.
# - "Steff said A, and expressed hope that B, according to the Liberty Times, citing sources ...":
#   the Liberty Times is the source of the whole report (cue "according to"), Steff's two claims
#   are nested in it; the cited sources are a medium, like "citing Nordpress" (FORMAT.md, Media).
# - "The Wall Street Journal ... cited sources as saying that ...": the paper is the source and the
#   unnamed sources a medium, as above; the cue is the fixed expression "cited sources as saying"
#   (like "quoted as saying"). "have made a list of requests to China, including ..." is an action
#   (making a list), not a reported request with a content, so nothing is nested there.
# - "Beijing has offered to buy ...": an offer is a speech act (earlier splits annotate "offered
#   to"), nested in the Financial Times' report; "China" in the reports is the same GPE.
# - "recent U.S. media reports have suggested that ...": reports are speakers (a GROUP of
#   documents); "suggested" here is their claim, not an evidential about data.
doc("focustaiwan-tsmc-confirms-chang-meeting-us-commerce-official",
    url="https://focustaiwan.tw/business/201803280008",
    outlet="Focus Taiwan", country="Taiwan", topic="technology", cut=False, published="2018-03-28",
    text=(T := "TSMC confirms meeting between chairman and U.S. commerce official\n"
          "Taipei, March 28 (CNA) Taiwan Semiconductor Manufacturing Co. (TSMC), the world's largest contract chipmaker, confirmed Wednesday that its chairman, Morris Chang (張忠謀), met recently with a U.S. commerce official, but declined to divulge further details.\n"
          "Chang met with U.S. Deputy Assistant Secretary of Commerce for Manufacturing Ian Steff and the two exchanged opinions, TSMC said, without elaborating.\n"
          "TSMC's statement came after Taiwan's Liberty Times reported Wednesday that Steff, who is visiting Taiwan to strengthen bilateral trade and investment, met with Chang in Hsinchu Monday before Steff attended a meeting with representatives from Taiwan's semiconductor industry.\n"
          "Steff said Taiwan's semiconductor industry is highly complementary to that of the United States and is an important ally to the U.S., and expressed hope that the two sides will step up their cooperation, according to the Liberty Times, citing sources who attended the meeting.\n"
          "The meeting between Chang and Steff generated media interest in Taiwan, as recent U.S. media reports have suggested that China might buy fewer semiconductors from Taiwan suppliers and more from U.S. suppliers.\n"
          "The Wall Street Journal on March 26 cited sources as saying that U.S. Treasury Secretary Steven Mnuchin and U.S. Trade Representative Robert Lighthizer have made a list of requests to China, including more Chinese purchases of U.S. semiconductors.\n"
          "The Financial Times also reported that same day that Beijing has offered to buy more semiconductors from the United States by diverting purchases from Taiwanese and South Korean suppliers.\n"
          "In response to the media reports, TSMC said only that its operations will not be affected."),
    entities=[("tsmc", "Taiwan Semiconductor Manufacturing Co. (TSMC)", "ORGANIZATION",
               ["TSMC", "Taiwan Semiconductor Manufacturing Co.",
                "Taiwan Semiconductor Manufacturing Co. (TSMC), the world's largest contract chipmaker"],
               "Taiwanese contract chipmaker"),
              ("steff", "Ian Steff", "PERSON",
               ["Steff", "U.S. Deputy Assistant Secretary of Commerce for Manufacturing Ian Steff", "U.S. commerce official"],
               "US Deputy Assistant Secretary of Commerce for Manufacturing"),
              ("libertytimes", "Taiwan's Liberty Times", "ORGANIZATION", ["Liberty Times", "the Liberty Times"],
               "Taiwanese newspaper"),
              ("mediareports", "recent U.S. media reports", "GROUP", ["the media reports"], "reports in the US media"),
              ("wsj", "The Wall Street Journal", "ORGANIZATION", ["Wall Street Journal"], "US newspaper"),
              ("ft", "The Financial Times", "ORGANIZATION", ["Financial Times"], "British newspaper"),
              ("beijing", "Beijing", "GPE", ["China"], "the Chinese government")],
    mentions=[("m1", ("TSMC", "TSMC confirms"), "tsmc"),
              ("m2", ("U.S. commerce official", "chairman and U.S. commerce"), "steff"),
              ("m3", "Taiwan Semiconductor Manufacturing Co. (TSMC), the world's largest contract chipmaker", "tsmc"),
              ("m4", "a U.S. commerce official", "steff"),
              ("m5", "U.S. Deputy Assistant Secretary of Commerce for Manufacturing Ian Steff", "steff"),
              ("m6", ("TSMC", "TSMC said, without"), "tsmc"),
              ("m7", "Taiwan's Liberty Times", "libertytimes"),
              ("m8", ("Steff", "Steff, who is visiting"), "steff"),
              ("m9", ("Steff", "Steff attended"), "steff"),
              ("m10", ("Steff", "Steff said"), "steff"),
              ("m11", "the Liberty Times", "libertytimes"),
              ("m12", ("Steff", "Steff generated"), "steff"),
              ("m13", "recent U.S. media reports", "mediareports"),
              ("m14", ("China", "China might"), "beijing"),
              ("m15", "The Wall Street Journal", "wsj"),
              ("m16", ("China", "China, including"), "beijing"),
              ("m17", "The Financial Times", "ft"),
              ("m18", ("Beijing", "Beijing has offered"), "beijing"),
              ("m19", "the media reports", "mediareports"),
              ("m20", ("TSMC", "TSMC said only"), "tsmc")],
    attributions=[("a1", "INDIRECT", "m1", "confirms", "meeting between chairman and U.S. commerce official", None),
                  ("a2", "INDIRECT", "m3", "confirmed",
                   "its chairman, Morris Chang (張忠謀), met recently with a U.S. commerce official", None),
                  ("a3", "INDIRECT", "m6", ("said", "TSMC said, without"),
                   "Chang met with U.S. Deputy Assistant Secretary of Commerce for Manufacturing Ian Steff and the two exchanged opinions", None),
                  ("a4", "INDIRECT", "m7", ("reported", "Times reported Wednesday"),
                   seg(T, "Steff, who is visiting Taiwan", "from Taiwan's semiconductor industry"), None),
                  ("a5", "INDIRECT", "m11", "according to",
                   seg(T, "Steff said Taiwan's", "step up their cooperation"), None),
                  ("a6", "INDIRECT", "m10", ("said", "Steff said"),
                   "Taiwan's semiconductor industry is highly complementary to that of the United States and is an important ally to the U.S.", "a5"),
                  ("a7", "INDIRECT", "m10", "expressed hope", "the two sides will step up their cooperation", "a5"),
                  ("a8", "INDIRECT", "m13", "suggested",
                   "China might buy fewer semiconductors from Taiwan suppliers and more from U.S. suppliers", None),
                  ("a9", "INDIRECT", "m15", "cited sources as saying",
                   seg(T, "U.S. Treasury Secretary Steven Mnuchin", "purchases of U.S. semiconductors"), None),
                  ("a10", "INDIRECT", "m17", ("reported", "also reported"),
                   seg(T, "Beijing has offered", "South Korean suppliers"), None),
                  ("a11", "INDIRECT", "m18", "offered",
                   seg(T, "to buy more semiconductors from the United States", "South Korean suppliers"), "a10"),
                  ("a12", "INDIRECT", "m20", ("said", "TSMC said only"), "its operations will not be affected", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with the lead. Cut after Demetriou's quotation:
# the page stops inside the next paragraph ("Captain Nene Macdonald echoed his coach’s assessment,").
# No publication date on the page ("Sunday 12th October" is the match).
# - "called the experience humbling": `described X as Y` / `labelled X Y` (FORMAT.md, Included);
#   the participle "leading the team for the first time" is a descriptive adjunct, out of the source.
# - "praised PNG’s intensity", "praised his team’s physicality": evaluative reporting with a
#   content, as earlier splits annotate "praised".
# - The MIXED content of Koloamatangi's "said" keeps the quotation marks at its end (FORMAT.md,
#   Marks in content).
doc("pnghausbung-australia-pms-xiii-defeat-png-port-moresby",
    url="https://pnghausbung.com/tough-pm-s-xiii-clash-sees-australia-defeat-png",
    outlet="PNG Haus Bung", country="Papua New Guinea", topic="sport", cut=True,
    text=(T := "Australia’s Prime Minister’s XIII proved too strong for Papua New Guinea, securing a 28–10 victory in a spirited rugby league showdown at the Santos National Football Stadium in Port Moresby on Sunday 12th October.\n"
          "The match highlighted PNG’s trademark passion and physicality, but Australia’s structure and composure under captain Keaon Koloamatangi made the difference in key moments.\n"
          "Australia started fast, with Trey Fuller scoring two first-half tries, supported by Tallis Duncan and Bradman Best.\n"
          "Fuller later added another in the second half, finishing with a hat-trick, while Tyran Wishart capped off the scoring to seal the 28–10 win.\n"
          "PNG hit back through Dudley Dotoi and Epel Kapinias, but struggled to maintain an attacking rhythm — particularly through the halves, where they lacked direction and execution in critical sets close to the line.\n"
          "Australian coach Kevin Walters said his side’s defensive commitment set the tone for the victory.\n"
          "“Their attitude was really good, and that showed on the field today. I thought we defended our try line really well, which was something we focused on,” Walters said.\n"
          "Captain Keaon Koloamatangi, leading the team for the first time, called the experience humbling.\n"
          "“It’s always been a dream to wear this jersey. To play here in PNG, in front of such passionate fans, was something special,” he said.\n"
          "Koloamatangi also praised PNG’s intensity and said the country’s planned PNG Chiefs NRL entry in 2028 would “bring amazing energy and value to the competition.”\n"
          "PNG Prime Minister’s XIII coach Jason Demetriou praised his team’s physicality but admitted the side struggled to convert pressure into points.\n"
          "“We went after the contest physically, but probably just lacked a bit of experience in the halves during key moments,” Demetriou said. “When we had field position, especially before and after halftime, we couldn’t quite finish our sets.”"),
    entities=[("koloamatangi", "Keaon Koloamatangi", "PERSON",
               ["Koloamatangi", "Captain Keaon Koloamatangi", "captain Keaon Koloamatangi"],
               "captain of Australia's Prime Minister's XIII"),
              ("walters", "Kevin Walters", "PERSON", ["Walters", "Australian coach Kevin Walters"],
               "coach of Australia's Prime Minister's XIII"),
              ("demetriou", "Jason Demetriou", "PERSON",
               ["Demetriou", "PNG Prime Minister’s XIII coach Jason Demetriou"], "coach of PNG's Prime Minister's XIII")],
    mentions=[("m1", "captain Keaon Koloamatangi", "koloamatangi"),
              ("m2", "Australian coach Kevin Walters", "walters"),
              ("m3", ("Walters", "Walters said."), "walters"),
              ("m4", "Captain Keaon Koloamatangi", "koloamatangi"),
              ("m5", ("he", "he said."), "koloamatangi"),
              ("m6", ("Koloamatangi", "Koloamatangi also"), "koloamatangi"),
              ("m7", "PNG Prime Minister’s XIII coach Jason Demetriou", "demetriou"),
              ("m8", ("Demetriou", "Demetriou said"), "demetriou")],
    attributions=[("a1", "INDIRECT", "m2", ("said", "Walters said his"),
                   "his side’s defensive commitment set the tone for the victory", None),
                  ("a2", "DIRECT", "m3", ("said", "Walters said."),
                   seg(T, "Their attitude was really good", "something we focused on,"), None),
                  ("a3", "INDIRECT", "m4", "called", "the experience humbling", None),
                  ("a4", "DIRECT", "m5", ("said", "he said."),
                   seg(T, "It’s always been a dream", "was something special,"), None),
                  ("a5", "INDIRECT", "m6", ("praised", "also praised"), "PNG’s intensity", None),
                  ("a6", "MIXED", "m6", ("said", "and said the country"),
                   seg(T, "the country’s planned PNG Chiefs", "value to the competition.”"), None),
                  ("a7", "INDIRECT", "m7", ("praised", "Demetriou praised"), "his team’s physicality", None),
                  ("a8", "INDIRECT", "m7", "admitted", "the side struggled to convert pressure into points", None),
                  ("a9", "DIRECT", "m8", ("said", "Demetriou said"),
                   seg(T, "We went after the contest", "during key moments,"), None),
                  ("a10", "DIRECT", "m8", None,
                   seg(T, "When we had field position", "finish our sets."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with the lead. The reporter's and editor's
# names at the end ("Kinley Wangchuk, Samdrup Jongkhar" / "Edited by Phub") are left out; the
# article itself is whole. No date on the page.
# - "I heard cardamom is fetching Nu 1000 ..." inside Karma Zangmo's quotation: hearsay whose
#   speakers nobody names, so a nested claim with a null source and cue "heard", as "the inquiry
#   heard that" (FORMAT.md, Null source); "I" is the hearer, not the speaker.
# - "the agriculture officer is urging villagers to consult ...": "urged X to Y" keeps the
#   addressee, as `called on X to Y` and as earlier splits annotate "urging".
# - "without consulting the agriculture officer" (inside the officer's claim) refers to the same
#   officer and is a mention of him.
doc("bbs-keptang-tsholingkhar-cardamom-plants-dying-samdrup-jongkhar",
    url="https://www.bbs.bt/keptang-tsholingkhar-farmers-worry-as-cardamom-plants-are-dying-samdrup-jongkhar/",
    outlet="Bhutan Broadcasting Service (BBS)", country="Bhutan", topic="environment", cut=False,
    text=(T := "Cardamom growers in Keptang-Tsholingkhar chiwog of Martshala Gewog in Samdrup Jongkhar are facing a bitter reality as cardamom plants are dying. The prized spice is one of the main cash crops for them. The farmers are worried as they depend on the income from the sale of the spice.\n"
          "Last year, Dawa Tenzin from Tsholingkhar village earned Nu 50,000 from selling cardamom.\n"
          "However, this year, he is disheartened as his cardamom plants on one acre of land have succumbed to some disease.\n"
          "“During winter, cardamom plants used to get damaged by frost, and some are damaged by pests. Farmers here started planting cardamom as it fetch good prices but it is of no use as the plants are now dying,” said Dawa Tenzin, a farmer.\n"
          "“First the leaves started to die, and then the cardamom plants began dying. After that, the plants are unable to bear fruits. I heard cardamom is fetching Nu 1000 per kilogramme this time but we don’t have any cardamom to sell,” said Karma Zangmo, another farmer.\n"
          "“Cardamom plants started to die from the leaves. Last year, nothing affected the production and I produced about 120 kilogrammes of cardamom. But this year, I don’t think I will be able to produce much as the cardamom plants have died. Last year, I could earn Nu 50,000. I won’t be able to fetch that amount this year. I have not harvested the spice yet but I think I will be able to produce only 20 kilogrammes this time,” said Drupchu Zangmo, who is also a farmer.\n"
          "According to the Gewog Agriculture Extension Officer, the cardamom plants are affected by rhizome rot.\n"
          "He says most of the affected villagers have brought and planted infected cardamom saplings without consulting the agriculture officer.\n"
          "He added that most of the cardamom fields are located far from settlements where villagers are unable to detect the disease immediately.\n"
          "Meanwhile, the agriculture officer is urging villagers to consult with them before purchasing the saplings."),
    entities=[("dawa", "Dawa Tenzin", "PERSON", ["Dawa Tenzin, a farmer"], "cardamom farmer of Tsholingkhar village"),
              ("karma", "Karma Zangmo", "PERSON", ["Karma Zangmo, another farmer"], "cardamom farmer"),
              ("drupchu", "Drupchu Zangmo", "PERSON", [], "cardamom farmer"),
              ("officer", "the Gewog Agriculture Extension Officer", "PERSON",
               ["Gewog Agriculture Extension Officer", "the agriculture officer"],
               "agriculture extension officer of Martshala Gewog")],
    mentions=[("m1", ("Dawa Tenzin", "Last year, Dawa Tenzin"), "dawa"),
              ("m2", "Dawa Tenzin, a farmer", "dawa"),
              ("m3", "Karma Zangmo, another farmer", "karma"),
              ("m4", "Drupchu Zangmo", "drupchu"),
              ("m5", "the Gewog Agriculture Extension Officer", "officer"),
              ("m6", ("He", "He says"), "officer"),
              ("m7", ("the agriculture officer", "consulting the agriculture officer"), "officer"),
              ("m8", ("He", "He added"), "officer"),
              ("m9", ("the agriculture officer", "the agriculture officer is urging"), "officer")],
    attributions=[("a1", "DIRECT", "m2", ("said", "said Dawa Tenzin"),
                   seg(T, "During winter, cardamom plants", "the plants are now dying,"), None),
                  ("a2", "DIRECT", "m3", ("said", "said Karma Zangmo"),
                   seg(T, "First the leaves started to die", "any cardamom to sell,"), None),
                  ("a3", "INDIRECT", None, "heard", "cardamom is fetching Nu 1000 per kilogramme this time", "a2"),
                  ("a4", "DIRECT", "m4", ("said", "said Drupchu Zangmo"),
                   seg(T, "Cardamom plants started to die from the leaves", "only 20 kilogrammes this time,"), None),
                  ("a5", "INDIRECT", "m5", "According to", "the cardamom plants are affected by rhizome rot", None),
                  ("a6", "INDIRECT", "m6", "says",
                   "most of the affected villagers have brought and planted infected cardamom saplings without consulting the agriculture officer", None),
                  ("a7", "INDIRECT", "m8", "added",
                   "most of the cardamom fields are located far from settlements where villagers are unable to detect the disease immediately", None),
                  ("a8", "INDIRECT", "m9", "urging", "villagers to consult with them before purchasing the saplings", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with the lead. The whole article; the address
# gives only the month (2023/07), so no date is recorded.
# - "according to reports from local media outlet CamboJA": a document whose author is named in
#   its NP is a mention of the author (FORMAT.md, Documents); "news reports in English and Khmer"
#   names nobody and is its own GROUP.
# - "Six people were summoned by the director ... and accused of trespassing ...": the by-phrase
#   belongs to "summoned"; "accused" has no agent of its own, so its nested claim has a null
#   source (FORMAT.md: null "even where a reader could guess"). "of" only links the cue.
# - "In 2017, villagers heard the company had returned ...": hearsay, null source, cue "heard"
#   (as "the inquiry heard that"); the villagers are the hearers.
# - "The representatives were detained ... dispute, villagers said, after the situation escalated
#   ...": the second "after" clause dates the detention, so it belongs to the claim and the
#   interrupting "villagers said" stays inside the content (FORMAT.md, Contiguity).
# - "said they had asked people to leave the area": "asked X to Y" keeps the addressee, as
#   `called on X to Y` and most "asked X to Y" of earlier splits; it is nested in the authorities'
#   claim, its source "they" being the authorities.
# - "The Commerce Ministry lists the company as registered in 2003 ...": a registry entry
#   attributed to the ministry, annotated like "described X as Y".
# - "about 200 people" who protested are a subset of the villagers, a separate GROUP; "the
#   community" is the villagers; "the commune chief" who called the representatives is taken to be
#   commune chief Un Khem (FORMAT.md: a role description resolves to the person the text identifies).
doc("kamnotra-battambang-five-detained-rath-sambath-land-dispute",
    url="https://kamnotra.io/en/2023/07/five-reportedly-detained-in-dispute-at-economic-land-concession",
    outlet="Kamnotra", country="Cambodia", topic="courts-crime", cut=False,
    text=(T := "Five people were arrested over a land dispute with Rath Sambath company in Samlot district’s Ta Tork commune in Battambang on June 22, according to reports from local media outlet CamboJA.\n"
          "Six people were summoned by the director of the provincial department of agriculture and accused of trespassing and infringing on company property, but only five were detained and questioned, according to news reports in English and Khmer.\n"
          "A villager said people had been living on the land since 1993, but in 2011, the Rath Sambath company received a land concession and evicted the villagers. In 2017, villagers heard the company had returned the land back to the state and went to reclaim their plots. More than 200 families have lived on about 552 hectares of land since 2021, villagers said.\n"
          "The representatives were detained at the commune office after the commune chief had called them there on the pretense of solving the dispute, villagers said, after the situation escalated earlier in June when around 200 people installed a Cambodian People’s Party banner in front of the Rath Sambath company.\n"
          "When the community learned their representatives had been detained, about 200 people went to protest in front of the provincial court, saying they would stay until the representatives were released. But people were forced to leave after around a dozen homes were demolished by authorities, villagers claimed. Authorities denied demolishing any homes but said they had asked people to leave the area.\n"
          "Commune chief Un Khem said the land was under control of the Ministry of Agriculture, with the original concession to Rath Sambath covering about 5,000 hectares. He said that villagers were given 2,000 hectares in recent years.\n"
          "Rath Sambath was registered as a rubber concession in 2009, according to Open Development Cambodia. The Commerce Ministry lists the company as registered in 2003 and chaired by Menh Kanharath."),
    entities=[("camboja", "CamboJA", "ORGANIZATION",
               ["local media outlet CamboJA", "reports from local media outlet CamboJA"], "Cambodian news outlet"),
              ("newsreports", "news reports in English and Khmer", "GROUP", [], "news reports on the arrests"),
              ("villager", "A villager", "PERSON", [], "one villager of Ta Tork commune"),
              ("villagers", "villagers", "GROUP", ["the community"], "villagers of Ta Tork commune in the land dispute"),
              ("protesters", "about 200 people", "GROUP", [], "villagers who protested in front of the provincial court"),
              ("authorities", "Authorities", "GROUP", [], "local authorities"),
              ("unkhem", "Un Khem", "PERSON", ["Commune chief Un Khem", "the commune chief"], "Ta Tork commune chief"),
              ("odc", "Open Development Cambodia", "ORGANIZATION", [], "open data organisation"),
              ("commerce", "The Commerce Ministry", "ORGANIZATION", ["Commerce Ministry"], "Cambodia's Ministry of Commerce")],
    mentions=[("m1", "reports from local media outlet CamboJA", "camboja"),
              ("m2", "news reports in English and Khmer", "newsreports"),
              ("m3", "A villager", "villager"),
              ("m4", ("villagers", "In 2017, villagers"), "villagers"),
              ("m5", ("villagers", "villagers said.\n"), "villagers"),
              ("m6", "the commune chief", "unkhem"),
              ("m7", ("villagers", "villagers said, after"), "villagers"),
              ("m8", "the community", "villagers"),
              ("m9", "about 200 people", "protesters"),
              ("m10", ("authorities", "by authorities"), "authorities"),
              ("m11", ("villagers", "villagers claimed"), "villagers"),
              ("m12", "Authorities", "authorities"),
              ("m13", ("they", "they had asked"), "authorities"),
              ("m14", "Commune chief Un Khem", "unkhem"),
              ("m15", ("He", "He said that"), "unkhem"),
              ("m16", "Open Development Cambodia", "odc"),
              ("m17", "The Commerce Ministry", "commerce")],
    attributions=[("a1", "INDIRECT", "m1", ("according to", "according to reports"),
                   seg(T, "Five people were arrested", "in Battambang on June 22"), None),
                  ("a2", "INDIRECT", "m2", ("according to", "according to news"),
                   seg(T, "Six people were summoned", "detained and questioned"), None),
                  ("a3", "INDIRECT", None, "accused", "trespassing and infringing on company property", "a2"),
                  ("a4", "INDIRECT", "m3", ("said", "A villager said"),
                   seg(T, "people had been living on the land", "evicted the villagers"), None),
                  ("a5", "INDIRECT", None, ("heard", "villagers heard"),
                   "the company had returned the land back to the state", None),
                  ("a6", "INDIRECT", "m5", ("said", "villagers said.\n"),
                   "More than 200 families have lived on about 552 hectares of land since 2021", None),
                  ("a7", "INDIRECT", "m7", ("said", "villagers said, after"),
                   seg(T, "The representatives were detained", "front of the Rath Sambath company"), None),
                  ("a8", "INDIRECT", "m9", "saying", "they would stay until the representatives were released", None),
                  ("a9", "INDIRECT", "m11", "claimed",
                   "people were forced to leave after around a dozen homes were demolished by authorities", None),
                  ("a10", "INDIRECT", "m12", "denied", "demolishing any homes", None),
                  ("a11", "INDIRECT", "m12", ("said", "but said they"), "they had asked people to leave the area", None),
                  ("a12", "INDIRECT", "m13", ("asked", "had asked people"), "people to leave the area", "a11"),
                  ("a13", "INDIRECT", "m14", ("said", "Un Khem said"),
                   seg(T, "the land was under control", "about 5,000 hectares"), None),
                  ("a14", "INDIRECT", "m15", ("said", "He said that"), "villagers were given 2,000 hectares in recent years", None),
                  ("a15", "INDIRECT", "m16", ("according to", "according to Open"),
                   "Rath Sambath was registered as a rubber concession in 2009", None),
                  ("a16", "INDIRECT", "m17", "lists",
                   "the company as registered in 2003 and chaired by Menh Kanharath", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with the lead. The whole article; the agency
# credit " – VNS" after the last sentence is left out. No date on the page.
# - "there would be head winds in 2023, according to Truong Dinh Hoe, ..., told a shrimp industry
#   conference": two cues for one claim and one speaker (a garbled sentence); "according to" governs
#   and carries the attribution, "told" is left out (FORMAT.md, Two clauses, one claim).
# - The following unframed quotation continues Hoe (null cue). Inside it, "Ecuador’s ... output is
#   expected at 1.5 million tonnes" is an agentless forecast: nested, null source, cue "expected",
#   the raised subject and the linking "at" left out.
# - "experts have warned" (lead) and "Experts told the conference" are one collective in one scene.
# - The source of Vuong Quoc Nam keeps his role and leaves out ", a major exporter", which
#   describes the province.
doc("bizhub-difficult-year-awaits-vietnam-shrimp-exporters",
    url="http://bizhub.vn/news/difficult-year-awaits-shrimp-exporters-experts_342266.html",
    outlet="Bizhub (Viet Nam News)", country="Vietnam", topic="business", cut=False,
    text=(T := "Vietnamese shrimp exporters will face a number of challenges this year, including strong competitors from other countries and high production costs, experts have warned.\n"
          "Viet Nam has around 747,000 hectares of saltwater shrimp farms which produced over 1.08 million tonnes last year. Exports were worth US$4.3 billion, or 40 per cent of the country’s total seafood exports, after rising by 11.2 per cent.\n"
          "The world’s second largest exporter ships the crustacean to around 100 markets, with Europe, the US, Japan, and China being the biggest ones.\n"
          "But there would be head winds in 2023, according to Truong Dinh Hoe, general secretary of the Vietnam Association of Seafood Exporters and Producers, told a shrimp industry conference last week in Soc Trang Province.\n"
          "Global prices having been dropping since mid-2022, and would continue to do so as supply increases, he said.\n"
          "“Viet Nam’s shrimp also has to compete with strong rivals such as Ecuador and India. In 2023 Ecuador’s white-legged shrimp output is expected at 1.5 million tonnes, double that of Viet Nam’s. The country has geographical advantages and low production costs.”\n"
          "Vuong Quoc Nam, deputy chairman of Soc Trang People's Committee, a major exporter, said shrimp production has been buffeted by climate change, rising petrol prices and input costs and shrimp diseases.\n"
          "Experts told the conference that Viet Nam’s shrimp production costs are higher than its neighbours’ since businesses still have to import shrimp seeds.\n"
          "The issuance of farming area codes to ensure traceability is also limited, and farming households and businesses struggle to acquire land or invest in large-scale concentrated farming areas due to rising land prices.\n"
          "Deputy Minister of Argiculture and Rural Development Phung Duc Tien said farmers, businesses and authorities need to work together more closely to address industry problems."),
    entities=[("experts", "experts", "GROUP", ["Experts"], "experts at a shrimp industry conference in Soc Trang"),
              ("hoe", "Truong Dinh Hoe", "PERSON",
               ["Hoe", "Truong Dinh Hoe, general secretary of the Vietnam Association of Seafood Exporters and Producers"],
               "general secretary of the Vietnam Association of Seafood Exporters and Producers (VASEP)"),
              ("nam", "Vuong Quoc Nam", "PERSON",
               ["Vuong Quoc Nam, deputy chairman of Soc Trang People's Committee"],
               "deputy chairman of Soc Trang People's Committee"),
              ("tien", "Phung Duc Tien", "PERSON",
               ["Deputy Minister of Argiculture and Rural Development Phung Duc Tien"],
               "Vietnam's Deputy Minister of Agriculture and Rural Development")],
    mentions=[("m1", ("experts", "experts have warned"), "experts"),
              ("m2", "Truong Dinh Hoe, general secretary of the Vietnam Association of Seafood Exporters and Producers", "hoe"),
              ("m3", ("he", "he said."), "hoe"),
              ("m4", "Vuong Quoc Nam, deputy chairman of Soc Trang People's Committee", "nam"),
              ("m5", ("Experts", "Experts told"), "experts"),
              ("m6", "Deputy Minister of Argiculture and Rural Development Phung Duc Tien", "tien")],
    attributions=[("a1", "INDIRECT", "m1", "warned",
                   seg(T, "Vietnamese shrimp exporters will face", "high production costs"), None),
                  ("a2", "INDIRECT", "m2", "according to", "there would be head winds in 2023", None),
                  ("a3", "INDIRECT", "m3", ("said", "he said."),
                   "Global prices having been dropping since mid-2022, and would continue to do so as supply increases", None),
                  ("a4", "DIRECT", "m3", None,
                   seg(T, "Viet Nam’s shrimp also has to compete", "low production costs."), None),
                  ("a5", "INDIRECT", None, "expected", "1.5 million tonnes, double that of Viet Nam’s", "a4"),
                  ("a6", "INDIRECT", "m4", ("said", "exporter, said"),
                   "shrimp production has been buffeted by climate change, rising petrol prices and input costs and shrimp diseases", None),
                  ("a7", "INDIRECT", "m5", ("told", "Experts told"),
                   seg(T, "Viet Nam’s shrimp production costs are higher", "import shrimp seeds"), None),
                  ("a8", "INDIRECT", "m6", ("said", "Tien said"),
                   "farmers, businesses and authorities need to work together more closely to address industry problems", None)])

write("test19_c.jsonl")
