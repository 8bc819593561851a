#!/usr/bin/env python3
"""Writes test17_c.jsonl: real-news gold, split test17-c (see gold.py). Run: python3 make_test17_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with the lead. It prints "tu of events" and
# "gove ment" (letters lost in the stored copy); kept verbatim.
# - "a deputy minister was heard shouting, “...”": the deputy minister is the speaker, "shouting" the
#   cue ("heard" is the reporter's perception, left out like an auxiliary).
# - "“Yet, Minister Ratnayake is alleged to have authorised ...”": an agentless passive inside the
#   quote, null source; the raised subject is left outside (FORMAT.md, Left outside).
# - "He also expressed frustration over being denied the opportunity ...": a speech act with a
#   content, like "voiced relief that" (FORMAT.md, Included); "over" only links the cue.
# - "Minister Ratnayake firmly denied any wrongdoing": a denial with a noun-phrase content, like
#   "confirmed the arrest".
# - "a foreign diplomat had once requested his assistance in ...": a request reported inside the
#   minister's claim, nested (a speech act in a claim).
doc("wedivistara-jayasekera-ratnayake-red-labelled-containers",
    url="https://wedivistara.com/english/ejV2N0g3RDE4d2dPMFVRcitVMmVjZz09.html",
    outlet="Wedivistara", country="Sri Lanka", topic="politics", cut=False,
    text=(T := "In a dramatic tu of events in Parliament today, Opposition MP Dayasiri Jayasekera alleged that Minister of Transport, Ports and Aviation, Bimal Ratnayake, had ordered the release of 309 red-labelled containers-an accusation that sparked uproar across the chamber.\n"
          "Jayasekera’s claim caused an immediate commotion, prompting a fiery response from Minister Ratnayake and other gove ment members. Amid the heated exchange, a deputy minister was heard shouting, “Anne palayang ban yanna” (Just get lost), underscoring the rising tensions in the House.\n"
          "'The CID only questions opposition MPs who speak out about the container issue,” Jayasekera asserted. “Yet, Minister Ratnayake is alleged to have authorised the release of these red-labelled containers.” He also expressed frustration over being denied the opportunity to raise a parliamentary privilege issue related to the CID’s investigation.\n"
          "Deputy Speaker Rizvie Salih responded by clarifying that the Speaker had referred the matter to the Acting Inspector General of Police (IGP), who stated that Jayasekera was being questioned for remarks made outside Parliament. “You cannot be allowed to raise a privilege issue based on the Acting IGP’s explanation,” Salih said.\n"
          "Jayasekera, however, pushed back: “How can the Acting IGP decide on the parliamentary privileges of MPs?”\n"
          "Later, addressing the chamber, Minister Ratnayake firmly denied any wrongdoing. “I have never used my ministerial powers to grant favours or interfere in Customs matters. I have not, and will not, get involved in the clearance of containers,” he said.\n"
          "He added that a foreign diplomat had once requested his assistance in releasing a shipment of dates intended as a donation to Sri Lankan Muslims. “I declined to intervene,” Ratnayake noted. “If the opposition MPs have evidence regarding the red-labelled containers, why are they hesitant to share it with the CID?” he asked."),
    entities=[("jayasekera", "Dayasiri Jayasekera", "PERSON", ["Jayasekera", "Opposition MP Dayasiri Jayasekera"],
               "Sri Lankan opposition MP"),
              ("ratnayake", "Bimal Ratnayake", "PERSON",
               ["Ratnayake", "Minister Ratnayake", "Minister of Transport, Ports and Aviation, Bimal Ratnayake"],
               "Sri Lankan Minister of Transport, Ports and Aviation"),
              ("deputy", "a deputy minister", "PERSON", [], "unnamed deputy minister"),
              ("salih", "Rizvie Salih", "PERSON", ["Salih", "Deputy Speaker Rizvie Salih"], "Deputy Speaker of Parliament"),
              ("igp", "the Acting Inspector General of Police (IGP)", "PERSON",
               ["Acting Inspector General of Police", "Acting IGP", "IGP"], "Sri Lanka's acting police chief"),
              ("diplomat", "a foreign diplomat", "PERSON", [], "unnamed foreign diplomat")],
    mentions=[("m1", "Opposition MP Dayasiri Jayasekera", "jayasekera"),
              ("m2", "Minister of Transport, Ports and Aviation, Bimal Ratnayake", "ratnayake"),
              ("m3", ("Minister Ratnayake", "response from Minister Ratnayake"), "ratnayake"),
              ("m4", "a deputy minister", "deputy"),
              ("m5", ("Jayasekera", "Jayasekera asserted"), "jayasekera"),
              ("m6", ("Minister Ratnayake", "Minister Ratnayake is alleged"), "ratnayake"),
              ("m7", ("He", "He also expressed"), "jayasekera"),
              ("m8", "Deputy Speaker Rizvie Salih", "salih"),
              ("m9", "the Acting Inspector General of Police (IGP)", "igp"),
              ("m10", ("Jayasekera", "Jayasekera was being questioned"), "jayasekera"),
              ("m11", ("Salih", "Salih said"), "salih"),
              ("m12", ("Jayasekera", "Jayasekera, however"), "jayasekera"),
              ("m13", ("the Acting IGP", "the Acting IGP decide"), "igp"),
              ("m14", ("Minister Ratnayake", "Minister Ratnayake firmly"), "ratnayake"),
              ("m15", ("he", "he said."), "ratnayake"),
              ("m16", ("He", "He added"), "ratnayake"),
              ("m17", "a foreign diplomat", "diplomat"),
              ("m18", ("Ratnayake", "Ratnayake noted"), "ratnayake"),
              ("m19", ("he", "he asked"), "ratnayake")],
    attributions=[("a1", "INDIRECT", "m1", ("alleged", "alleged that"),
                   "Minister of Transport, Ports and Aviation, Bimal Ratnayake, had ordered the release of 309 red-labelled containers", None),
                  ("a2", "DIRECT", "m4", "shouting", "Anne palayang ban yanna", None),
                  ("a3", "DIRECT", "m5", "asserted",
                   "The CID only questions opposition MPs who speak out about the container issue,", None),
                  ("a4", "DIRECT", "m5", None,
                   "Yet, Minister Ratnayake is alleged to have authorised the release of these red-labelled containers.", None),
                  ("a5", "INDIRECT", None, ("alleged", "is alleged"),
                   "to have authorised the release of these red-labelled containers", "a4"),
                  ("a6", "INDIRECT", "m7", "expressed frustration",
                   "being denied the opportunity to raise a parliamentary privilege issue related to the CID’s investigation", None),
                  ("a7", "INDIRECT", "m8", "clarifying",
                   seg(T, "the Speaker had referred", "remarks made outside Parliament"), None),
                  ("a8", "INDIRECT", "m9", "stated",
                   "Jayasekera was being questioned for remarks made outside Parliament", "a7"),
                  ("a9", "DIRECT", "m11", ("said", "Salih said"),
                   "You cannot be allowed to raise a privilege issue based on the Acting IGP’s explanation,", None),
                  ("a10", "DIRECT", "m12", "pushed back",
                   "How can the Acting IGP decide on the parliamentary privileges of MPs?", None),
                  ("a11", "INDIRECT", "m14", ("denied", "denied any"), "any wrongdoing", None),
                  ("a12", "DIRECT", "m15", ("said", "he said."),
                   seg(T, "I have never used my ministerial", "the clearance of containers,"), None),
                  ("a13", "INDIRECT", "m16", "added",
                   seg(T, "a foreign diplomat had once", "donation to Sri Lankan Muslims"), None),
                  ("a14", "INDIRECT", "m17", "requested",
                   "his assistance in releasing a shipment of dates intended as a donation to Sri Lankan Muslims", "a13"),
                  ("a15", "DIRECT", "m18", "noted", "I declined to intervene,", None),
                  ("a16", "DIRECT", "m19", "asked",
                   seg(T, "If the opposition MPs have evidence", "share it with the CID?"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline ("Spread the love" and the sign-off "People's News Monitoring
# Service" are left out). "Similar incidents ... were also reported in Kalimati" reports that
# crimes were reported to the police (an event), not a proposition of a speaker: not annotated;
# nor is "cases reported across the Kathmandu Valley" (a participle, FORMAT.md, Excluded).
# "According to SSP Ramesh Thapa ..." covers its own sentence only; the next sentence has no cue.
doc("mypeoplesreview-kathmandu-police-shoot-gold-theft-suspect",
    url="https://mypeoplesreview.com/2026/02/05/police-shoot-arrest-theft-suspect-seize-65-tolas-of-gold/",
    outlet="People's Review", country="Nepal", topic="courts-crime", cut=False, published="2026-02-05",
    text=(T := "Kathmandu, Feb 5: Police shot and arrested a man along with 65 tolas of gold from Mahakal, Nagarjun Municipality–6, in Kathmandu. The suspect has been identified as Prem Chaudhary of Banke.\n"
          "Police said a team tracking a series of theft cases across Kathmandu followed Chaudhary and reached the Nagarjun area late Monday night based on a tip-off.\n"
          "According to SSP Ramesh Thapa of the Kathmandu District Police Range, police fired at Chaudhary while trying to take him into custody at around 11:30 pm after he attacked officers. One police constable sustained minor injuries during the incident.\n"
          "Police spokesperson Pawan Bhattarai said Chaudhary was shot in the leg and is undergoing treatment at the Trauma Center.\n"
          "Police recovered 65 tolas of gold, some silver, cash, and homemade weapons from his possession. Bhattarai said Chaudhary is a suspect in multiple theft cases reported across the Kathmandu Valley.\n"
          "Earlier this week, around 25 tolas of gold were stolen from Bhote Bahal. On Tuesday, jewelry worth over Rs 10 million was stolen from a house in Boudha Tusal. Similar incidents involving cash and jewelry were also reported in Kalimati and parts of Lalitpur.\n"
          "Another night, another chase, another reminder that crime rarely ends quietly."),
    entities=[("police", "Police", "ORGANIZATION", [], "Nepal Police"),
              ("thapa", "Ramesh Thapa", "PERSON", ["Thapa", "SSP Ramesh Thapa of the Kathmandu District Police Range"],
               "Senior Superintendent of Police, Kathmandu District Police Range"),
              ("bhattarai", "Pawan Bhattarai", "PERSON", ["Bhattarai", "Police spokesperson Pawan Bhattarai"],
               "Nepal Police spokesperson")],
    mentions=[("m1", ("Police", "Police said"), "police"),
              ("m2", "SSP Ramesh Thapa of the Kathmandu District Police Range", "thapa"),
              ("m3", "Police spokesperson Pawan Bhattarai", "bhattarai"),
              ("m4", ("Bhattarai", "Bhattarai said Chaudhary is"), "bhattarai")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Police said"),
                   seg(T, "a team tracking a series", "based on a tip-off"), None),
                  ("a2", "INDIRECT", "m2", "According to",
                   "police fired at Chaudhary while trying to take him into custody at around 11:30 pm after he attacked officers", None),
                  ("a3", "INDIRECT", "m3", ("said", "Bhattarai said Chaudhary was"),
                   "Chaudhary was shot in the leg and is undergoing treatment at the Trauma Center", None),
                  ("a4", "INDIRECT", "m4", ("said", "Bhattarai said Chaudhary is"),
                   "Chaudhary is a suspect in multiple theft cases reported across the Kathmandu Valley", None)])

# ---------------------------------------------------------------------------------------
# Cut before the last, broken-off paragraph of the stored copy. The page gives "Monday, September
# 26" without a year, so no date is recorded.
# - Headline "Jokowi Asks To Startup Help MSMEs ...": the stray "To" after the cue is left out
#   (FORMAT.md, Headlines: `Port Announces About New Fees` -> `New Fees`).
# - "has asked start-ups ... to help ...": "asked X to Y" is read like "called on X to Y", which keeps
#   the addressee (seed a23/a24); the "so that" clause is the purpose of the help, inside the claim.
# - "“What I have always said is that ...”": an earlier speech act of the speaker inside his quote,
#   nested with the source "I" (as the corpus does for "I have always said that ..." in test16_a).
# - "Antara" in "said as quoted by Antara" is a medium, not a source.
# - "said the President giving an example": "giving an example" adds no content of its own.
# - "However, efforts ..." and "The reason is, ..." have no cue: no claim.
doc("voi-jokowi-startups-help-msmes-digital-platform",
    url="https://voi.id/en/amp/212986",
    outlet="VOI", country="Indonesia", topic="technology", cut=True,
    text=(T := "Jokowi Asks To Startup Help MSMEs Connect To A Digital Platform\n"
          "JAKARTA - President Joko Widodo (Jokowi) has asked start-ups or startups to help micro, small and medium enterprises (MSMEs) so that more and more of these businesses are connected to digital economy platforms.\n"
          "According to Jokowi, this is a big opportunity because of the approximately 65.4 million MSMEs in Indonesia, only around 19 million have entered the digital platform.\n"
          "\"What I have always said is that we have 65.4 million MSMEs, but there are only 19 million that enter the digital platform. So there is still a very large space for us to do there,\" Jokowi said as quoted by Antara, Monday, September 26.\n"
          "Jokowi admitted that along with efforts to penetrate the digital economy platform, there are still several problems that must also be handled by MSME actors such as packaging problems, production quality, and production capacity.\n"
          "However, efforts to connect MSMEs to digital platforms must still be encouraged and can be captured as an opportunity by startup actors.\n"
          "According to the President, the same applies to the health sector which can be an opportunity for startup players.\n"
          "\"We are a country with 17,000 islands, 514 regencies/cities, 34 provinces, what can we do so that our health can jump?\" he said.\n"
          "\"Telemedicine can be connected, long-distance operations can be connected to platforms, with applications,\" said the President giving an example.\n"
          "The Head of State emphasized that foresight to see market needs should be a major aspect for start-ups before building startups.\n"
          "The reason is, this dominates 42 percent of startup failures that are still in the pioneering stage.\n"
          "\"Be careful 80-90 percent of startups failed while still pioneering. Because once again they don't see the existing market needs, what should the existing market needs be,\" said the President."),
    entities=[("jokowi", "Joko Widodo", "PERSON",
               ["Jokowi", "President Joko Widodo (Jokowi)", "President Joko Widodo", "the President", "The Head of State"],
               "President of Indonesia")],
    mentions=[("m1", ("Jokowi", "Jokowi Asks"), "jokowi"),
              ("m2", "President Joko Widodo (Jokowi)", "jokowi"),
              ("m3", ("Jokowi", "According to Jokowi"), "jokowi"),
              ("m4", ("I", "I have always said"), "jokowi"),
              ("m5", ("Jokowi", "Jokowi said as quoted"), "jokowi"),
              ("m6", ("Jokowi", "Jokowi admitted"), "jokowi"),
              ("m7", ("the President", "According to the President"), "jokowi"),
              ("m8", ("he", "he said."), "jokowi"),
              ("m9", ("the President", "the President giving"), "jokowi"),
              ("m10", "The Head of State", "jokowi"),
              ("m11", ("the President", "said the President."), "jokowi")],
    attributions=[("a1", "INDIRECT", "m1", "Asks", "Startup Help MSMEs Connect To A Digital Platform", None),
                  ("a2", "INDIRECT", "m2", "asked",
                   seg(T, "start-ups or startups to help", "digital economy platforms"), None),
                  ("a3", "INDIRECT", "m3", ("According to", "According to Jokowi"),
                   seg(T, "this is a big opportunity", "have entered the digital platform"), None),
                  ("a4", "DIRECT", "m5", ("said", "Jokowi said as quoted"),
                   seg(T, "What I have always said", "for us to do there,"), None),
                  ("a5", "INDIRECT", "m4", ("said", "I have always said"),
                   "we have 65.4 million MSMEs, but there are only 19 million that enter the digital platform", "a4"),
                  ("a6", "INDIRECT", "m6", "admitted",
                   seg(T, "along with efforts to penetrate", "and production capacity"), None),
                  ("a7", "INDIRECT", "m7", ("According to", "According to the President"),
                   "the same applies to the health sector which can be an opportunity for startup players", None),
                  ("a8", "DIRECT", "m8", ("said", "he said."),
                   "We are a country with 17,000 islands, 514 regencies/cities, 34 provinces, what can we do so that our health can jump?", None),
                  ("a9", "DIRECT", "m9", ("said", "said the President giving"),
                   "Telemedicine can be connected, long-distance operations can be connected to platforms, with applications,", None),
                  ("a10", "INDIRECT", "m10", "emphasized",
                   "foresight to see market needs should be a major aspect for start-ups before building startups", None),
                  ("a11", "DIRECT", "m11", ("said", "said the President."),
                   seg(T, "Be careful 80-90 percent", "the existing market needs be,"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the closing wire tag "(TNA)" is left out as a credit line.
# - "..., he said" covers its own sentence only (FORMAT.md, No cue, no claim): the sentences before
#   it in the same paragraph ("As a result, ...", "Apart from currency values, ...", "In addition,
#   ... The European Union introduced ...") carry no claim.
# - "That prompted Cambodia ...": a demonstrative "That" opens the content (keep_that).
# - "The price difference seriously concerned the private sector" stays inside Charoen's claim; a
#   state with no content of its own, not split off.
doc("mcot-thai-rice-exports-fall-baht-appreciation",
    url="https://tna.mcot.net/world-279541",
    outlet="Thai News Agency (MCOT)", country="Thailand", topic="business", cut=False,
    text=(T := "BANGKOK, Jan 30 (TNA) — The Thai Rice Exporters Association foresees Thai rice exports will fall by 1 million tons to 9.5 million tons due to baht appreciation and lower prices of Vietnamese rice.\n"
          "Charoen Laothammatas, president of the association, said baht was 2.8% stronger than the currencies of competitors while the Vietnamese currency appreciated by only 0.05%.\n"
          "As a result, 5% broken Thai rice is priced at US$390-395 per ton while that of Vietnam at US$340 per ton. The price difference seriously concerned the private sector and the government should control baht appreciation, he said.\n"
          "Apart from currency values, India gave a 5% subsidy to its exporters who thus could lower their rice prices. Meanwhile, China had huge stocks of rice and was selling part of them to Africa, affecting Thai rice there, Mr Charoen said.\n"
          "In addition, major rice importers were reducing their import due to excessive import last year. The European Union introduced a tariff of 175 euros per ton of rice. That prompted Cambodia to turn to China and affect Thai rice there, he said.\n"
          "He estimated the value of this year’s Thai rice exports at about US$4.8 billion or 155 billion baht. Last year Thailand exported 11.09 million tons of rice, down by 5% from 2017, but the export value was at US$5.62 billion, up by 8.3%.\n"
          "Mr Charoen also said that India and Vietnam improved the quality of their rice and some rice products were better than Thai rice."),
    entities=[("association", "The Thai Rice Exporters Association", "ORGANIZATION",
               ["Thai Rice Exporters Association", "the association"], "Thai rice exporters' trade body"),
              ("charoen", "Charoen Laothammatas", "PERSON",
               ["Charoen", "Mr Charoen", "Charoen Laothammatas, president of the association"],
               "president of the Thai Rice Exporters Association")],
    mentions=[("m1", "The Thai Rice Exporters Association", "association"),
              ("m2", "Charoen Laothammatas, president of the association", "charoen"),
              ("m3", ("he", "appreciation, he said"), "charoen"),
              ("m4", ("Mr Charoen", "Mr Charoen said"), "charoen"),
              ("m5", ("he", "there, he said"), "charoen"),
              ("m6", ("He", "He estimated"), "charoen"),
              ("m7", ("Mr Charoen", "Mr Charoen also"), "charoen")],
    attributions=[("a1", "INDIRECT", "m1", "foresees",
                   seg(T, "Thai rice exports will fall", "prices of Vietnamese rice"), None),
                  ("a2", "INDIRECT", "m2", ("said", "association, said"),
                   "baht was 2.8% stronger than the currencies of competitors while the Vietnamese currency appreciated by only 0.05%", None),
                  ("a3", "INDIRECT", "m3", ("said", "appreciation, he said"),
                   "The price difference seriously concerned the private sector and the government should control baht appreciation", None),
                  ("a4", "INDIRECT", "m4", ("said", "Mr Charoen said"),
                   "China had huge stocks of rice and was selling part of them to Africa, affecting Thai rice there", None),
                  ("a5", "INDIRECT", "m5", ("said", "there, he said"),
                   "That prompted Cambodia to turn to China and affect Thai rice there", None),
                  ("a6", "INDIRECT", "m6", "estimated",
                   "the value of this year’s Thai rice exports at about US$4.8 billion or 155 billion baht", None),
                  ("a7", "INDIRECT", "m7", ("said", "Mr Charoen also said"),
                   "India and Vietnam improved the quality of their rice and some rice products were better than Thai rice", None)],
    keep_that=("a5",))

# ---------------------------------------------------------------------------------------
# Cut before the broken-off last paragraph of the stored copy; the time stamp line
# "13/01/2023 02:20 PM" under the headline is left out.
# - Headline "Rest for doubles players over - Rexy": a "claim – name" headline, null cue.
# - "Rexy, the winner of the 1996 Olympic Games, described it as ...": the apposition is a long
#   description, not a role, so the source is "Rexy" (FORMAT.md, Source); content "X as Y".
#   "the excuse of crumbling under pressure" there is generic (any athlete's excuse): not a claim.
# - The quotation left open at "No more holidays." and reopened in the next paragraph is one unit
#   with the cue "told" (FORMAT.md, Unit).
# - "He was clearly disappointed with the defeat ...": a state with no reported content, excluded.
doc("bernama-rexy-rest-for-doubles-players-over",
    url="http://paralympic.bernama.com/news.php?id=2155892",
    outlet="Bernama", country="Malaysia", topic="sport", cut=True, published="2023-01-13",
    text=(T := "Rest for doubles players over - Rexy\n"
          "KUALA LUMPUR, Jan 13 (Bernama) -- Badminton Association of Malaysia (BAM) doubles coaching director, Rexy Mainaky said the break for national doubles players is over, and it is time to return their focus on proving their performance to take on the challenge at the 2024 Paris Olympics.\n"
          "Rexy, the winner of the 1996 Olympic Games, described it as unprofessional for an athlete, to give the excuse of crumbling under pressure in a tournament.\n"
          "On the other hand, he demanded that they prove their respective abilities and fight hard to live up to their rankings as third in the world for Aaron Chia-Soh Woi Yik, sixth in the world (Pearly Tan-M.Thinaah) and 10th in the world for Goh Sze Fei-Nur Izzudin Mohd Rumsani.\n"
          "\"They (the national team) must understand that Christmas and New Year celebrations are over and the Santa Claus who wanted to give them presents is gone, so they have to get back to focusing on serious work. No more holidays.\n"
          "\"Reasons such as the pressure of playing in one's own country cannot be used by world class players like them, look at the Indonesian, Japanese, South Korean doubles who are able to perform the best in their own country,\" he told reporters.\n"
          "He was clearly disappointed with the defeat of all men's and women's doubles under the management of the Badminton Association of Malaysia (BAM) at the 2023 Malaysian Open.\n"
          "The 54-year-old coach, however, said he is now drawing up a roadmap with BAM's top brass for a more systematic preparations for the national team.\n"
          "Rexy said that a meeting with the players held recently, looked at the requirements of the men's doubles, while they will seek sparing partners for the women's doubles.\n"
          "\"They (Aaron-Woi Yik) play like they have no spirit, always waiting for the opponent to make a mistake. But at least we see Pearly-Thinaah trying to exert pressure,\" he said."),
    entities=[("rexy", "Rexy Mainaky", "PERSON", ["Rexy", "Mainaky", "The 54-year-old coach"],
               "doubles coaching director of the Badminton Association of Malaysia")],
    mentions=[("m1", ("Rexy", "- Rexy"), "rexy"),
              ("m2", "Badminton Association of Malaysia (BAM) doubles coaching director, Rexy Mainaky", "rexy"),
              ("m3", ("Rexy", "Rexy, the winner"), "rexy"),
              ("m4", ("he", "he demanded"), "rexy"),
              ("m5", ("he", "he told reporters"), "rexy"),
              ("m6", "The 54-year-old coach", "rexy"),
              ("m7", ("Rexy", "Rexy said that"), "rexy"),
              ("m8", ("he", "he said."), "rexy")],
    attributions=[("a1", "INDIRECT", "m1", None, "Rest for doubles players over", None),
                  ("a2", "INDIRECT", "m2", ("said", "Mainaky said"),
                   seg(T, "the break for national doubles", "the 2024 Paris Olympics"), None),
                  ("a3", "INDIRECT", "m3", "described",
                   "it as unprofessional for an athlete, to give the excuse of crumbling under pressure in a tournament", None),
                  ("a4", "INDIRECT", "m4", "demanded",
                   seg(T, "they prove their respective abilities", "Nur Izzudin Mohd Rumsani"), None),
                  ("a5", "DIRECT", "m5", "told",
                   seg(T, "They (the national team) must", "best in their own country,"), None),
                  ("a6", "INDIRECT", "m6", ("said", "however, said"),
                   "he is now drawing up a roadmap with BAM's top brass for a more systematic preparations for the national team", None),
                  ("a7", "INDIRECT", "m7", ("said", "Rexy said that"),
                   seg(T, "a meeting with the players held", "for the women's doubles"), None),
                  ("a8", "DIRECT", "m8", ("said", "he said."),
                   seg(T, "They (Aaron-Woi Yik) play", "trying to exert pressure,"), None)])

# ---------------------------------------------------------------------------------------
# Cut before the broken-off paragraph of the stored copy; the section label "Council", the date
# line and the photo caption are left out. The headline "State can't bear development" is a pun
# with no cue: not a claim.
# - "has directed Somerset Council to refuse ... on the grounds it would cause “...”": a directive
#   read like "called on X to Y" (addressee kept); the grounds are those of the refusal, inside
#   the content, which has quoted words: MIXED. The stray closing mark after "areas" is kept.
# - "advised the council to refuse the project": likewise, addressee kept.
# - "Environmental groups raised concerns about the proposal": content "the proposal" ("about" only
#   links the cue, FORMAT.md, Content).
# - "UDC has proposed to build 121 residential lots": lodging a development application, an action,
#   not annotated.
# - "expressed joy over the State Government’s decision": a speech act with a noun-phrase content,
#   like "voiced relief that"; "but said they are “...”" is a second claim of the same mention.
doc("somersetsentinel-state-directs-refusal-fernvale-koala-development",
    url="https://somersetsentinel.com.au/state-can-t-bear-development-2024-11-05",
    outlet="Somerset Sentinel", country="Australia", topic="environment", cut=True, published="2024-11-05",
    text=(T := "State can't bear development\n"
          "The State Government has directed Somerset Council to refuse a development application (DA) in Fernvale on the grounds it would cause “an unacceptable impact” on mapped koala habitat areas”.\n"
          "United Development Corporation Pty Ltd (UDC) has proposed to build 121 residential lots at the Fernvale site.\n"
          "This development would result in the loss of approximately 11 hectares of koala habitat, including 2,360 mature koala trees.\n"
          "The proposal includes a retention of 26,647 square meters of koala habitat on the western boundary of the development.\n"
          "Environmental groups raised concerns about the proposal, and the State Assessment and Referral Agency (SARA) recently advised the council to refuse the project.\n"
          "SARA concluded that “removing this quantum of essential Koala habitat in this location would have a significant adverse impact on the state’s interests in protecting Koalas.\"\n"
          "They highlighted that “the design had not taken into account the most critical habitat areas of the site in the lot and street to minimise habitat loss.”\n"
          "The retained koala habitat would be surrounded on three sides by proposed new residential lots and roads, potentially causing significant stress to the koalas due to edge effects.\n"
          "Luke Hannan, the Council’s Director of Planning and Development, explained that despite SARA’s directive, the council must still complete its full assessment process.\n"
          "“We have received this direction, therefore we must refuse it as the assessment manager, but we still need to go through the due process to complete the assessment,” he said.\n"
          "Darren Bate, President of the koala conservation group Care4esK, expressed joy over the State Government’s decision but said they are “cautiously watching this space.”\n"
          "He noted that it is not uncommon for developers to adjust their proposals to meet SARA’s requirements."),
    entities=[("state", "The State Government", "ORGANIZATION", ["State Government"], "Queensland State Government"),
              ("groups", "Environmental groups", "GROUP", [], "environmental groups"),
              ("sara", "the State Assessment and Referral Agency (SARA)", "ORGANIZATION",
               ["State Assessment and Referral Agency", "SARA"], "Queensland planning referral agency"),
              ("hannan", "Luke Hannan", "PERSON", ["Hannan", "Luke Hannan, the Council’s Director of Planning and Development"],
               "Somerset Council's Director of Planning and Development"),
              ("bate", "Darren Bate", "PERSON", ["Bate", "Darren Bate, President of the koala conservation group Care4esK"],
               "President of the koala conservation group Care4esK")],
    mentions=[("m1", "The State Government", "state"),
              ("m2", "Environmental groups", "groups"),
              ("m3", "the State Assessment and Referral Agency (SARA)", "sara"),
              ("m4", ("SARA", "SARA concluded"), "sara"),
              ("m5", ("They", "They highlighted"), "sara"),
              ("m6", "Luke Hannan, the Council’s Director of Planning and Development", "hannan"),
              ("m7", ("he", "he said"), "hannan"),
              ("m8", "Darren Bate, President of the koala conservation group Care4esK", "bate"),
              ("m9", ("He", "He noted"), "bate")],
    attributions=[("a1", "MIXED", "m1", "directed",
                   seg(T, "Somerset Council to refuse", "koala habitat areas”"), None),
                  ("a2", "INDIRECT", "m2", "raised concerns", ("the proposal", "the proposal, and"), None),
                  ("a3", "INDIRECT", "m3", "advised", "the council to refuse the project", None),
                  ("a4", "DIRECT", "m4", "concluded",
                   seg(T, "removing this quantum", "protecting Koalas."), None),
                  ("a5", "DIRECT", "m5", "highlighted",
                   seg(T, "the design had not taken", "minimise habitat loss."), None),
                  ("a6", "INDIRECT", "m6", "explained",
                   "despite SARA’s directive, the council must still complete its full assessment process", None),
                  ("a7", "DIRECT", "m7", ("said", "he said"),
                   seg(T, "We have received this direction", "complete the assessment,"), None),
                  ("a8", "INDIRECT", "m8", "expressed joy", "the State Government’s decision", None),
                  ("a9", "MIXED", "m8", ("said", "but said"), "they are “cautiously watching this space.”", None),
                  ("a10", "INDIRECT", "m9", "noted",
                   "it is not uncommon for developers to adjust their proposals to meet SARA’s requirements", None)])

write("test17_c.jsonl")
