#!/usr/bin/env python3
"""Writes test26_b.jsonl: real-news gold, split test26-b (see gold.py). Run: python3 make_test26_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead (its dateline "DUBAI:" is not an
# attribution). The stored copy ends with the last paragraph kept here.
# "has reinforced the Kingdom’s “ambitious plans”" is read as evaluative reporting with a content
# (like "renewed its pledge"), MIXED for the quoted words; "since it announced its Vision 2030 goals"
# is "announced X" with a noun-phrase content, its source "it" being Saudi Arabia (GPE).
# "Al-Shehry said A and he said B" is two claims, the second with the pronoun as source. The fronted
# purpose clause "To achieve its mandate," lies outside the contiguous content after "said".
# "he told Arab News": Arab News is a medium. "The Saudi official" is Al-Shehry.
# Not claims: "SDAIA has recently launched a national strategy" (an action), "I hope that ..." (an
# attitude inside Al-Ghamdi's own quotation).
doc("techxmedia-saudi-ai-vision-2030-gitex",
    url="https://techxmedia.com/artificial-intelligence-essential-to-achieving-vision-2030-says-saudi-official",
    outlet="TechX Media", country="United Arab Emirates", topic="technology", cut=False,
    text=(T := "DUBAI: Majid Al-Shehry, Strategic Advisor at the Saudi Arabia Data and Artificial Intelligence Authority (SDAIA), has reinforced the Kingdom’s “ambitious plans” during an AI session at the GITEX Technology Week on Sunday.\n"
          "Saudi Arabia has been undergoing huge economic change since it announced its Vision 2030 goals in April 2016, the main thrust of which was a plan to help diversify its economy and reduce its dependence on the hydrocarbon sector.\n"
          "Al-Shehry said the Kingdom was eager to become a world leader in the area of technology and he said the majority of the Vision 2030 strategic initiatives were “directly or indirectly linked to AI.”\n"
          "To achieve its mandate, Al-Shehry said one of the most important steps was to localize AI and incorporate the Arabic language into the technology.\n"
          "SDAIA has recently launched a national strategy to meet its AI goals, including investing in local Saudi talent.\n"
          "“We are ready to lead a knowledge-based economy. I hope that Riyadh will be a hub for AI,” SDAIA president Abdullah Sharaf Al-Ghamdi, said during the inaugural Saudi-led Global Artificial Intelligence Summit held last October.\n"
          "Al-Shehry said the race to develop AI was proving to be a competitive one with many players scrambling to get ahead.\n"
          "“Everyone is competing because it’s the key to the future. It’s very critical to everyone. There are very global competitors in the market – the US, China, and other countries who have been in the market of technology for a while,” he told Arab News.\n"
          "The Saudi official highlighted how AI could impact crucial industries in the Kingdom, including the massive industrial ecosystem.\n"
          "The GITEX Technology Week is taking place at the Dubai World Trade Centre from Dec. 6 to Dec. 10."),
    entities=[("shehry", "Majid Al-Shehry", "PERSON",
               ["Al-Shehry", "Majid Al-Shehry, Strategic Advisor at the Saudi Arabia Data and Artificial Intelligence Authority (SDAIA)",
                "The Saudi official"],
               "Strategic Advisor, Saudi Data and Artificial Intelligence Authority (SDAIA)"),
              ("saudi", "Saudi Arabia", "GPE", ["the Kingdom"], "the Kingdom of Saudi Arabia"),
              ("ghamdi", "Abdullah Sharaf Al-Ghamdi", "PERSON", ["Al-Ghamdi", "SDAIA president Abdullah Sharaf Al-Ghamdi"],
               "President of SDAIA")],
    mentions=[("m1", "Majid Al-Shehry, Strategic Advisor at the Saudi Arabia Data and Artificial Intelligence Authority (SDAIA)", "shehry"),
              ("m2", ("Saudi Arabia", "Saudi Arabia has been"), "saudi"),
              ("m3", ("it", "since it announced"), "saudi"),
              ("m4", ("Al-Shehry", "Al-Shehry said the Kingdom"), "shehry"),
              ("m5", ("the Kingdom", "the Kingdom was eager"), "saudi"),
              ("m6", ("he", "he said the majority"), "shehry"),
              ("m7", ("Al-Shehry", "Al-Shehry said one of"), "shehry"),
              ("m8", "SDAIA president Abdullah Sharaf Al-Ghamdi", "ghamdi"),
              ("m9", ("Al-Shehry", "Al-Shehry said the race"), "shehry"),
              ("m10", ("he", "he told Arab News"), "shehry"),
              ("m11", "The Saudi official", "shehry"),
              ("m12", ("the Kingdom", "in the Kingdom, including"), "saudi")],
    attributions=[("a1", "MIXED", "m1", "reinforced", "the Kingdom’s “ambitious plans”", None),
                  ("a2", "INDIRECT", "m3", "announced", "its Vision 2030 goals", None),
                  ("a3", "INDIRECT", "m4", ("said", "Al-Shehry said the Kingdom"),
                   "the Kingdom was eager to become a world leader in the area of technology", None),
                  ("a4", "MIXED", "m6", ("said", "he said the majority"),
                   "the majority of the Vision 2030 strategic initiatives were “directly or indirectly linked to AI.”", None),
                  ("a5", "INDIRECT", "m7", ("said", "Al-Shehry said one of"),
                   "one of the most important steps was to localize AI and incorporate the Arabic language into the technology", None),
                  ("a6", "DIRECT", "m8", ("said", "Al-Ghamdi, said"),
                   "We are ready to lead a knowledge-based economy. I hope that Riyadh will be a hub for AI,", None),
                  ("a7", "INDIRECT", "m9", ("said", "Al-Shehry said the race"),
                   "the race to develop AI was proving to be a competitive one with many players scrambling to get ahead", None),
                  ("a8", "DIRECT", "m10", ("told", "he told Arab News"),
                   seg(T, "Everyone is competing", "for a while,"), None),
                  ("a9", "INDIRECT", "m11", "highlighted",
                   "how AI could impact crucial industries in the Kingdom, including the massive industrial ecosystem", None)])

# ---------------------------------------------------------------------------------------
# The headline and standfirst are kept; the repeated headline and the photo caption ("Sand storms in
# Kuwait") are left out, and the space at the end of the fourth paragraph is dropped. The stored
# copy ends with the last paragraph kept here (it may hold more). It prints an Arabic garble where
# "Gulf region" belongs ("the لأعمب"); the text keeps it as printed.
# "a phenomenon experts say could become more frequent because of climate change": the cue sits in a
# relative clause, the content is the clause after it (as "what they said was an “alarming” increase");
# ", putting human health at risk" is read as an adjunct of the main clause and left out.
# "the country’s Civil Aviation Authority" (Kuwait's) is the Directorate General of Civil Aviation
# named before it: one entity. "The country’s National Centre of Meteorology (NCM)" is the UAE's;
# "The National Centre of Meteorology" in the Saudi paragraph warns about Saudi cities and is read as
# Saudi Arabia's own centre ("The agency"), a separate entity; "An NCM official" is a separate person.
# "The NCM’s five-day weather bulletin" names its author in its NP, so it is a mention of the NCM.
# "is expected to hit the western part of the UAE today" is an agentless forecast (null source); the
# NCM's video that "showed" it is an evidential, and "tweeted an animated video" an action.
# "issued a warning that": the noun is the cue.
# Not claims: "The storm is unlikely to affect ...", "A dust storm is also likely to hit ..." (no cue).
doc("economymiddleeast-gulf-dust-storms-kuwait-uae-saudi",
    url="https://economymiddleeast.com/news/dust-storm-choking-the-middle-east/",
    outlet="Economy Middle East", country="United Arab Emirates", topic="environment", cut=True,
    text=(T := "Dust storms are blanketing the Gulf region\n"
          "The storms put human health at serious risk\n"
          "Sandstorms have engulfed the لأعمب in recent weeks in a phenomenon experts say could become more frequent because of climate change, putting human health at risk.\n"
          "Flight operations in Kuwait were affected. The Directorate General of Civil Aviation announced a temporary suspension of flights at its international airport. The massive plume of dust hovering over the Gulf country reduced visibility to almost zero.\n"
          "Flights and air traffic have resumed at Kuwait International Airport, the country’s Civil Aviation Authority said on Monday.\n"
          "However, last week’s dust storm did not impact air traffic in Dubai. The storm is unlikely to affect flight operations in the UAE this week either.\n"
          "A dust storm is also likely to hit some parts of the UAE on Tuesday. The country’s National Centre of Meteorology (NCM) tweeted an animated video that showed how the storm is moving towards Saudi and is expected to hit the western part of the UAE today.\n"
          "Another storm over the Sea of Oman may hit the eastern coast of the UAE, but its effect would be minimal as most of the dust would settle in the sea, the NCM said.\n"
          "Last week, 40kmph winds had kicked up dust across the UAE, bringing down visibility to less than 500 meters in some areas. An NCM official had predicted the likelihood of the storm persisting this week.\n"
          "The NCM’s five-day weather bulletin forecasts dusty weather conditions till Friday, May 27.\n"
          "Dust storms have also smothered Saudi. The National Centre of Meteorology issued a warning that a number of Saudi cities will be affected by strong winds that may lead to dust storms.\n"
          "The agency said the areas of Riyadh and the Eastern Province could be hit, along with Tabuk, Makkah, and Madinah."),
    entities=[("experts", "experts", "GROUP", [], "unnamed experts"),
              ("dgca", "Directorate General of Civil Aviation", "ORGANIZATION",
               ["The Directorate General of Civil Aviation", "the country’s Civil Aviation Authority", "Civil Aviation Authority"],
               "Kuwait's civil aviation authority"),
              ("ncm", "NCM", "ORGANIZATION",
               ["The country’s National Centre of Meteorology (NCM)", "the NCM", "The NCM’s five-day weather bulletin"],
               "National Centre of Meteorology of the UAE"),
              ("ncmofficial", "An NCM official", "PERSON", [], "an official of the UAE's National Centre of Meteorology"),
              ("saudincm", "National Centre of Meteorology", "ORGANIZATION",
               ["The National Centre of Meteorology", "The agency"], "Saudi Arabia's National Centre of Meteorology")],
    mentions=[("m1", "experts", "experts"),
              ("m2", "The Directorate General of Civil Aviation", "dgca"),
              ("m3", "the country’s Civil Aviation Authority", "dgca"),
              ("m4", "The country’s National Centre of Meteorology (NCM)", "ncm"),
              ("m5", ("the NCM", "the NCM said"), "ncm"),
              ("m6", "An NCM official", "ncmofficial"),
              ("m7", "The NCM’s five-day weather bulletin", "ncm"),
              ("m8", "The National Centre of Meteorology", "saudincm"),
              ("m9", "The agency", "saudincm")],
    attributions=[("a1", "INDIRECT", "m1", ("say", "experts say"),
                   "could become more frequent because of climate change", None),
                  ("a2", "INDIRECT", "m2", "announced", "a temporary suspension of flights at its international airport", None),
                  ("a3", "INDIRECT", "m3", ("said", "Authority said"),
                   "Flights and air traffic have resumed at Kuwait International Airport", None),
                  ("a4", "INDIRECT", None, "expected", "to hit the western part of the UAE today", None),
                  ("a5", "INDIRECT", "m5", ("said", "the NCM said"),
                   "Another storm over the Sea of Oman may hit the eastern coast of the UAE, but its effect would be minimal as most of the dust would settle in the sea", None),
                  ("a6", "INDIRECT", "m6", "predicted", "the likelihood of the storm persisting this week", None),
                  ("a7", "INDIRECT", "m7", "forecasts", "dusty weather conditions till Friday, May 27", None),
                  ("a8", "INDIRECT", "m8", "warning",
                   "a number of Saudi cities will be affected by strong winds that may lead to dust storms", None),
                  ("a9", "INDIRECT", "m9", ("said", "agency said"),
                   "the areas of Riyadh and the Eastern Province could be hit, along with Tabuk, Makkah, and Madinah", None)])

# ---------------------------------------------------------------------------------------
# The page prints the headline twice; it is kept once. The standfirst is kept; the "3 min read" line,
# the date line and the photo caption are left out. The stored copy breaks off in "saying he had
# revealed the "names of MPs and politicians who", so the text is cut before that paragraph.
# Headline: "Iraq minister accuses lawmakers of graft": cue "accuses", content keeping the accused
# with the charge ("lawmakers of graft"), as "called on X to Y" keeps its addressee; the adjunct
# "during corruption questioning" is left out. The standfirst and the lead repeat the claim and both
# carry it. "MPs accused of illegal activities" is an agentless accusation (null source).
# "corruption allegations brought by Alia Nasayif": a noun cue whose claimant is its by-phrase, the
# content being its modifier "corruption" (as "allegations of corruption"). "a lawmaker whom the
# defence minister asserted was herself corrupt": cue in a relative clause, content the clause after
# it (as "what they said was ..."). "denying the allegations": noun-phrase content.
# "One is that Obeidi told parliament that ...": the details come from Facebook posts, but "gave a few
# details on his allegations" has no content of its own, so only Obeidi's "told" is annotated.
# "Another charge was that ...": a noun cue with no claimant named (null source), MIXED.
# Not claims: "made the accusations" (twice), "The allegations have prompted", "Juburi's denial" and
# "Obeidi's remarks" (no content); "ordering" an investigation is an action.
doc("newarab-iraq-obeidi-accuses-juburi-graft",
    url="https://www.newarab.com/news/iraq-minister-accuses-lawmakers-graft-during-corruption-questioning",
    outlet="The New Arab", country="UK", topic="politics", cut=True, published="2016-08-01",
    text=(T := "Iraq minister accuses lawmakers of graft during corruption questioning\n"
          "The Iraqi defence minister ignited a political storm after alleging that the parliamentary speaker and a number of MPs are linked to extortion and corruption, prompting an investigation.\n"
          "Iraq Defence Minister Khalid al-Obeidi ignited a political storm on Monday after accusing the parliamentary speaker and several lawmakers of corruption and blackmail.\n"
          "The allegations have prompted the prime minister to order an investigation into MPs accused of illegal activities.\n"
          "The political row surrounding the defence minister comes as Iraq prepares to launch an offensive to retake Mosul - the country's second largest city - from the Islamic State group.\n"
          "Obeidi made the accusations as he appeared in parliament for questioning over corruption allegations brought by Alia Nasayif, a lawmaker whom the defence minister asserted was herself corrupt.\n"
          "The session broke down after Obeidi made the accusations, and the parliamentary speaker Salim al-Juburi then held a press conference denying the allegations.\n"
          "The meeting of parliament was closed to the press, and while Juburi's denial was broadcast on state television, Obeidi's remarks were not.\n"
          "But posts on Obeidi's official Facebook page gave a few details on his allegations.\n"
          "One is that Obeidi told parliament that Juburi was \"involved in attempting to pass corrupt armament contracts\".\n"
          "Another charge was that Juburi and three lawmakers, including Nasayif, sought to blackmail the minister \"for the purpose of passing corrupt deals and contracts at the expense of Iraqi blood\".\n"
          "Corruption is widespread in Iraq's government, from senior officials to low-level functionaries."),
    entities=[("obeidi", "Khalid al-Obeidi", "PERSON",
               ["Obeidi", "Iraq Defence Minister Khalid al-Obeidi", "Iraq minister", "The Iraqi defence minister",
                "the defence minister", "the minister"], "Iraq's Defence Minister"),
              ("juburi", "Salim al-Juburi", "PERSON",
               ["Juburi", "the parliamentary speaker Salim al-Juburi", "the parliamentary speaker"], "Speaker of Iraq's parliament"),
              ("nasayif", "Alia Nasayif", "PERSON", ["Nasayif"], "Iraqi lawmaker")],
    mentions=[("m1", "Iraq minister", "obeidi"),
              ("m2", "The Iraqi defence minister", "obeidi"),
              ("m3", ("the parliamentary speaker", "alleging that the parliamentary speaker"), "juburi"),
              ("m4", "Iraq Defence Minister Khalid al-Obeidi", "obeidi"),
              ("m5", ("the parliamentary speaker", "accusing the parliamentary speaker"), "juburi"),
              ("m6", ("the defence minister", "surrounding the defence minister"), "obeidi"),
              ("m7", ("Obeidi", "Obeidi made the accusations as"), "obeidi"),
              ("m8", "Alia Nasayif", "nasayif"),
              ("m9", ("the defence minister", "whom the defence minister"), "obeidi"),
              ("m10", ("Obeidi", "after Obeidi made"), "obeidi"),
              ("m11", "the parliamentary speaker Salim al-Juburi", "juburi"),
              ("m12", ("Obeidi", "Obeidi told"), "obeidi"),
              ("m13", ("Juburi", "Juburi was \"involved"), "juburi"),
              ("m14", ("Juburi", "Juburi and three"), "juburi"),
              ("m15", ("Nasayif", "including Nasayif"), "nasayif"),
              ("m16", ("the minister", "blackmail the minister"), "obeidi")],
    attributions=[("a1", "INDIRECT", "m1", "accuses", "lawmakers of graft", None),
                  ("a2", "INDIRECT", "m2", "alleging",
                   "the parliamentary speaker and a number of MPs are linked to extortion and corruption", None),
                  ("a3", "INDIRECT", "m4", "accusing",
                   "the parliamentary speaker and several lawmakers of corruption and blackmail", None),
                  ("a4", "INDIRECT", None, ("accused", "MPs accused"), "illegal activities", None),
                  ("a5", "INDIRECT", "m8", ("allegations", "corruption allegations brought"),
                   ("corruption", "corruption allegations brought"), None),
                  ("a6", "INDIRECT", "m9", "asserted", "was herself corrupt", None),
                  ("a7", "INDIRECT", "m11", "denying", ("the allegations", "denying the allegations"), None),
                  ("a8", "MIXED", "m12", ("told", "Obeidi told"),
                   "Juburi was \"involved in attempting to pass corrupt armament contracts\"", None),
                  ("a9", "MIXED", None, "charge",
                   seg(T, "Juburi and three lawmakers", "at the expense of Iraqi blood\""), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. Two "Read more" links that follow
# the last paragraph (navigation) are left out.
# "expects" and "predicts" are a named speaker's forecasts (FORMAT.md, included although borderline).
# "pointed to risks like ...", "mentioned ongoing economic imbalances ..." and "stressed the need for
# ..." have noun-phrase contents; the fronted adjuncts "In the foreword," and "To manage risks," are
# left out. "The next Monetary Policy Committee meeting ... is expected to decide on further actions"
# is an agentless forecast (null source), its trailing "given ..." an adjunct left out.
# Not claims: "He made this known in the foreword" (its content is only the anaphor "this"), "This
# warning" (no content) and "a recent report showing Nigeria’s inflation increased" (an evidential).
doc("westafricaweekly-cardoso-cbn-rates-high-inflation-outlook",
    url="https://westafricaweekly.com/?p=40937",
    outlet="West Africa Weekly", country="Nigeria", topic="business", cut=False,
    text=(T := "Yemi Cardoso, Governor of the Central Bank of Nigeria (CBN), has cautioned that the CBN will keep interest rates high for longer if inflation does not ease up. He made this known in the foreword of the first edition of the CBN’s Macroeconomic Outlook for Nigeria, which the central bank recently published. This warning follows a recent report showing Nigeria’s inflation increased in June, the first rise since February 2024.\n"
          "In the foreword, Cardoso pointed to risks like security issues, supply shocks, and global economic uncertainties that could worsen inflation. He also mentioned ongoing economic imbalances that might force the CBN to maintain tight money policies, which could slow economic growth.\n"
          "Despite challenges, Cardoso expects Nigeria’s economy to grow from 2.74 per cent in 2023 to 3.38 per cent in 2024. According to him, this would be due to improvements in oil production and higher oil prices.\n"
          "He predicts inflation will drop to around 21.40 per cent, down from 28.92 per cent in December 2023, due to new policies and strict monetary actions.\n"
          "To manage risks, Cardoso stressed the need for continued tight money policies, reforms in the foreign exchange market, and better security in critical sectors. The next Monetary Policy Committee meeting, scheduled for July 22nd and 23rd, 2024, is expected to decide on further actions, given the current high inflation rate of 34.19 per cent."),
    entities=[("cardoso", "Yemi Cardoso", "PERSON",
               ["Cardoso", "Yemi Cardoso, Governor of the Central Bank of Nigeria (CBN)"], "Governor of the Central Bank of Nigeria")],
    mentions=[("m1", "Yemi Cardoso, Governor of the Central Bank of Nigeria (CBN)", "cardoso"),
              ("m2", ("Cardoso", "Cardoso pointed"), "cardoso"),
              ("m3", ("He", "He also mentioned"), "cardoso"),
              ("m4", ("Cardoso", "Cardoso expects"), "cardoso"),
              ("m5", ("him", "According to him"), "cardoso"),
              ("m6", ("He", "He predicts"), "cardoso"),
              ("m7", ("Cardoso", "Cardoso stressed"), "cardoso")],
    attributions=[("a1", "INDIRECT", "m1", "cautioned",
                   "the CBN will keep interest rates high for longer if inflation does not ease up", None),
                  ("a2", "INDIRECT", "m2", "pointed to",
                   "risks like security issues, supply shocks, and global economic uncertainties that could worsen inflation", None),
                  ("a3", "INDIRECT", "m3", "mentioned",
                   "ongoing economic imbalances that might force the CBN to maintain tight money policies, which could slow economic growth", None),
                  ("a4", "INDIRECT", "m4", "expects",
                   "Nigeria’s economy to grow from 2.74 per cent in 2023 to 3.38 per cent in 2024", None),
                  ("a5", "INDIRECT", "m5", "According to",
                   "this would be due to improvements in oil production and higher oil prices", None),
                  ("a6", "INDIRECT", "m6", "predicts",
                   "inflation will drop to around 21.40 per cent, down from 28.92 per cent in December 2023, due to new policies and strict monetary actions", None),
                  ("a7", "INDIRECT", "m7", "stressed",
                   "the need for continued tight money policies, reforms in the foreign exchange market, and better security in critical sectors", None),
                  ("a8", "INDIRECT", None, "expected", "to decide on further actions", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; its first paragraph summarises the story and is kept like a
# standfirst. The link "Read the judgment" is left out. The stored copy breaks off in "Grant asked
# counsel whether he had discussed with Serame ", so the text is cut before that paragraph.
# The single marks ‘…’ are the page's quotation marks; ’ in "Africa’s", "Serame’s" is an apostrophe.
# "An acting judge", "Acting judge James Grant", "the judge" and "Grant" are one person.
# "Criticising their ‘unethical conduct’, he said ...": two claims of "he", the participle read as
# evaluative reporting with a content (MIXED). "He noted that the prosecutor asked for his recusal
# based on a claim that ...": the prosecutor's request ("asked for", content "his recusal", the
# based-on phrase an adjunct) and the claim are nested in Grant's note; "a claim that" names no
# claimant in its NP, so its source is null although a reader may take it for the prosecutor's.
# "This, after the record had been reviewed and counsel on both sides had agreed the judge had done no
# such thing": no cue of Grant's, so "agreed" is a claim of counsel, not nested. "Grant found" is a
# finding. "Mothlanyi Serame is accused of killing ..." is an agentless accusation (null source).
# "Grant strongly criticised their work and court conduct, and concluded that ...": two claims.
# Not claims: "has recused himself" (an action), "The judge was further ‘perplexed’ by ..." (a state,
# its quoted words scare quotes with no reporting frame), "came under scrutiny", "was also subjected
# to examination by the judge" (no content).
doc("carmelrickard-judge-grant-recuses-serame-murder-trial",
    url="http://carmelrickard.co.za/judge-steps-down-over-conduct-of-counsel/",
    outlet="Carmel Rickard", country="South Africa", topic="courts-crime", cut=True,
    text=(T := "An acting judge has recused himself from hearing a murder trial, saying that counsel on both sides had behaved so badly that he was unable to trust them. Acting judge James Grant, formerly one of South Africa’s leading academic experts on criminal law, said the behaviour of counsel for both the state and the defence was such that he had no confidence in either and could thus not continue to hear the matter. Criticising their ‘unethical conduct’, he said his judgment should be sent to the Legal Practice Council and to the National Directorate of Public Prosecutions. He noted that the prosecutor asked for his recusal based on a claim that the judge had ‘struck evidence from the record’. This, after the record had been reviewed and counsel on both sides had agreed the judge had done no such thing. Grant found defence counsel had not properly consulted with his client before deciding on a guilty plea. The judge was further ‘perplexed’ by defence counsel’s behaviour in court: ‘sitting while engaging with the bench, rocking in his chair, speaking to others while being addressed by the bench’ and hiding behind the lectern while he sniggered at something that amused him, during proceedings that ‘could not have been more serious’.\n"
          "Mothlanyi Serame is accused of killing his girlfriend by stabbing her with broken glass. But in his high court trial before Acting Judge James Grant in Johannesburg it was not just Serame’s behaviour that came under scrutiny. The behaviour of counsel on both sides of the court was also subjected to examination by the judge, with unfavourable results. Grant strongly criticised their work and court conduct, and concluded that their actions were so out of line that he no longer had the ‘required trust’ in them and would have to step down."),
    entities=[("grant", "James Grant", "PERSON",
               ["Grant", "Acting judge James Grant", "Acting Judge James Grant", "An acting judge", "the judge"],
               "acting judge, South Gauteng High Court, Johannesburg"),
              ("prosecutor", "the prosecutor", "PERSON", [], "the state prosecutor in the Serame trial"),
              ("counsel", "counsel on both sides", "GROUP", ["counsel for both the state and the defence"],
               "counsel for the state and the defence in the Serame trial")],
    mentions=[("m1", "An acting judge", "grant"),
              ("m2", ("counsel on both sides", "counsel on both sides had behaved"), "counsel"),
              ("m3", "Acting judge James Grant", "grant"),
              ("m4", "counsel for both the state and the defence", "counsel"),
              ("m5", ("he", "he said his judgment"), "grant"),
              ("m6", ("He", "He noted"), "grant"),
              ("m7", "the prosecutor", "prosecutor"),
              ("m8", ("the judge", "the judge had ‘struck"), "grant"),
              ("m9", ("counsel on both sides", "counsel on both sides had agreed"), "counsel"),
              ("m10", ("the judge", "the judge had done"), "grant"),
              ("m11", ("Grant", "Grant found"), "grant"),
              ("m12", ("The judge", "The judge was further"), "grant"),
              ("m13", "Acting Judge James Grant", "grant"),
              ("m14", ("the judge", "by the judge,"), "grant"),
              ("m15", ("Grant", "Grant strongly"), "grant")],
    attributions=[("a1", "INDIRECT", "m1", "saying",
                   "counsel on both sides had behaved so badly that he was unable to trust them", None),
                  ("a2", "INDIRECT", "m3", ("said", "law, said the behaviour"),
                   "the behaviour of counsel for both the state and the defence was such that he had no confidence in either and could thus not continue to hear the matter", None),
                  ("a3", "MIXED", "m5", "Criticising", "their ‘unethical conduct’", None),
                  ("a4", "INDIRECT", "m5", ("said", "he said his judgment"),
                   "his judgment should be sent to the Legal Practice Council and to the National Directorate of Public Prosecutions", None),
                  ("a5", "MIXED", "m6", "noted",
                   "the prosecutor asked for his recusal based on a claim that the judge had ‘struck evidence from the record’", None),
                  ("a6", "INDIRECT", "m7", "asked for", "his recusal", "a5"),
                  ("a7", "MIXED", None, ("claim", "a claim that"), "the judge had ‘struck evidence from the record’", "a5"),
                  ("a8", "INDIRECT", "m9", "agreed", "the judge had done no such thing", None),
                  ("a9", "INDIRECT", "m11", "found",
                   "defence counsel had not properly consulted with his client before deciding on a guilty plea", None),
                  ("a10", "INDIRECT", None, "accused", "killing his girlfriend by stabbing her with broken glass", None),
                  ("a11", "INDIRECT", "m15", "criticised", "their work and court conduct", None),
                  ("a12", "MIXED", "m15", "concluded",
                   "their actions were so out of line that he no longer had the ‘required trust’ in them and would have to step down", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. The stored copy ends with the
# last paragraph kept here. The page sets the reporting clause "said the source." of the long
# quotation as a paragraph of its own; it is kept as printed. Published date from the page's address.
# "THE Zambia Under-17 national team has not been paid ..., a source within Football Association of
# Zambia has revealed": the claim precedes its reporting clause. The source is one person throughout
# ("a source within ...", "The source", "the source"), separate from FAZ.
# "The officials were promised K100 per day": an agentless promise (null source), the promisees a
# raised addressee left outside; the parallel "while the players were to get ..." is left out.
# "FAZ went ahead to promise the technical bench more money in Mauritius" is nested in the source's
# claim: the technical bench is the addressee and "in Mauritius" where the promise was made (an
# adjunct), so the content is "more money". Liwewe "said ..., but promised to ..." is two claims.
# Not claims: "the dues they were promised while in Mauritius" (a relative clause whose only content
# is its head), "The team has not received any payment ..." (no cue), and inside the quotation the
# hypothetical "they would understand that they are waiting for COSAFA to pay them".
doc("tumfweko-zambia-u17-cosafa-bonuses-unpaid",
    url="https://tumfweko.com/2017/09/21/u17-await-bonuses-for-winning-cosafa/",
    outlet="Tumfweko", country="Zambia", topic="sport", cut=False, published="2017-09-21",
    text=(T := "THE Zambia Under-17 national team has not been paid camping fees and bonuses for winning the 2017 COSAFA Under-17 Championships, a source within Football Association of Zambia has revealed.\n"
          "Zambia beat Mauritius 3-0 in the final at the St Francois Xavier Stadium in Port Louis in July. The source said the players and technical bench were yet to receive their dues two months after winning the trophy. The team has not received any payment for the three weeks they were in camp as well as the dues they were promised while in Mauritius.\n"
          "The officials were promised K100 per day while the players were to get K30 per day for the entire camping period. The source said FAZ went ahead to promise the technical bench more money in Mauritius, which was not given even after the side won the tournament. The team was in Mauritius for 14 days but no money has to date been paid.\n"
          "“The team was in camp for three weeks in Zambia but no money has been given yet. The camp here was put at K100 per day and for Mauritius it was $70 per day while the players were supposed to get $30 per day. The team worked for that money, they even delivered the results but why are they not being paid? The technical bench has so far given up chasing for money they worked for. Camping dues are non-negotiable. If it was for winning the trophy they would understand that they are waiting for COSAFA to pay them but for the money accrued here in Zambia, FAZ needs to be serious and pay the players and the technical bench,”\n"
          "said the source.\n"
          "But FAZ general secretary Ponga Liwewe said he had no information regarding the matter, but promised to get the full details from the finance department later in the day.\n"
          "“I am not aware of that, it’s our finance department that handles such matters. I will have details by close of the day (yesterday),” said Liwewe."),
    entities=[("source", "a source within Football Association of Zambia", "PERSON", ["The source", "the source"],
               "unnamed source at the Football Association of Zambia"),
              ("faz", "Football Association of Zambia", "ORGANIZATION", ["FAZ"], "Zambia's football association"),
              ("liwewe", "Ponga Liwewe", "PERSON", ["Liwewe", "FAZ general secretary Ponga Liwewe"], "FAZ general secretary")],
    mentions=[("m1", "a source within Football Association of Zambia", "source"),
              ("m2", ("The source", "The source said the players"), "source"),
              ("m3", ("The source", "The source said FAZ"), "source"),
              ("m4", ("FAZ", "FAZ went ahead"), "faz"),
              ("m5", ("FAZ", "FAZ needs"), "faz"),
              ("m6", ("the source", "said the source"), "source"),
              ("m7", "FAZ general secretary Ponga Liwewe", "liwewe"),
              ("m8", ("Liwewe", "said Liwewe"), "liwewe")],
    attributions=[("a1", "INDIRECT", "m1", "revealed",
                   "THE Zambia Under-17 national team has not been paid camping fees and bonuses for winning the 2017 COSAFA Under-17 Championships", None),
                  ("a2", "INDIRECT", "m2", ("said", "The source said the players"),
                   "the players and technical bench were yet to receive their dues two months after winning the trophy", None),
                  ("a3", "INDIRECT", None, ("promised", "promised K100"), ("K100 per day", "promised K100 per day"), None),
                  ("a4", "INDIRECT", "m3", ("said", "The source said FAZ"),
                   "FAZ went ahead to promise the technical bench more money in Mauritius, which was not given even after the side won the tournament", None),
                  ("a5", "INDIRECT", "m4", ("promise", "to promise the technical"), "more money", "a4"),
                  ("a6", "DIRECT", "m6", ("said", "said the source"),
                   seg(T, "The team was in camp for three weeks", "the technical bench,"), None),
                  ("a7", "INDIRECT", "m7", ("said", "Liwewe said he had"), "he had no information regarding the matter", None),
                  ("a8", "INDIRECT", "m7", ("promised", "but promised to get"),
                   "to get the full details from the finance department later in the day", None),
                  ("a9", "DIRECT", "m8", ("said", "said Liwewe"),
                   seg(T, "I am not aware of that", "(yesterday),"), None)])

write("test26_b.jsonl")
