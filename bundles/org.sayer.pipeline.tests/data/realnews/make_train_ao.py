#!/usr/bin/env python3
"""Writes train_ao.jsonl: real-news gold, split train-ao (see gold.py). Run: python3 make_train_ao.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead. A photo caption ("Economic
# revitalization minister Daishiro Yamagiwa holds a press conference in Tokyo on July 5, 2022.
# (Kyodo)") is removed; `published` is the date that caption gives for Tuesday's press conference.
# The stored copy stops after the Tamaki paragraph (about 2,000 characters), so cut=True.
# "drawing fire for saying …" is not annotated ("came under fire from" is excluded), but the
# "saying" it names is Yamagiwa's claim (a2). "I was told to be careful …" inside his quotation is
# an agentless passive: null source (FORMAT.md, Null source), although the next clause says he was
# "apparently referring to a warning from" Matsuno: a hedged guess of the journalist, and "a warning
# from … the day before" has no content of its own, so Matsuno is no speaker here.
# "criticized Yamagiwa" takes the object as content, as the corpus does for "criticized X"; the
# "after he said …" clause is a temporal adjunct, left out.
doc("kyodonews-japan-minister-yamagiwa-opposition-remark",
    url="http://english.kyodonews.net/news/2022/07/1be1cb8423e3-japan-minister-draws-fire-for-saying-govt-wont-listen-to-opposition.html",
    outlet="Kyodo News", country="Japan", topic="politics", cut=True, published="2022-07-05",
    text=(T := "A member of Japanese Prime Minister Fumio Kishida's Cabinet admitted Tuesday to making a \"misleading remark\" after drawing fire for saying during campaigning for the upcoming upper house election that the government will not listen to the opposition.\n"
          "Daishiro Yamagiwa, minister in charge of economic revitalization, stopped short of retracting his remark ahead of Sunday's House of Councillors election in which the ruling coalition led by Kishida's Liberal Democratic Party is projected to easily retain its majority.\n"
          "\"I was told to be careful not to cause any misunderstanding among the people, and I would like to speak more carefully,\" Yamagiwa said, apparently referring to a warning from Chief Cabinet Secretary Hirokazu Matsuno the day before.\n"
          "Opposition parties criticized Yamagiwa after he said in a stump speech in Hachinohe, northeastern Japan, on Sunday, \"The government will not listen to what the opposition says at all. If you want to make your lives better, you have to elect politicians of the Liberal Democratic Party or the ruling coalition as Diet members.\"\n"
          "Deputy Chief Cabinet Secretary Seiji Kihara told a press conference Monday that the government will listen to lawmakers regardless of the parties they belong to, as the Kishida administration's basic stance is to carefully listen to people.\n"
          "\"We will not ignore the opposition,\" Kihara said.\n"
          "Yamagiwa's remark drew a backlash from opposition parties, with Seiji Osaka, acting leader of the main opposition Constitutional Democratic Party of Japan posting Sunday on Twitter that the minister \"does not understand democracy.\"\n"
          "\"Listening only to the voices of the ruling parties is dictatorship by intimidation,\" Osaka said.\n"
          "Yuichiro Tamaki, head of the opposition Democratic Party for the People, also told reporters Monday that Yamagiwa's remark was \"arrogant.\""),
    entities=[("yamagiwa", "Daishiro Yamagiwa", "PERSON",
               ["Yamagiwa", "A member of Japanese Prime Minister Fumio Kishida's Cabinet", "the minister",
                "Daishiro Yamagiwa, minister in charge of economic revitalization"],
               "Japan's minister in charge of economic revitalization"),
              ("opposition", "Opposition parties", "GROUP", ["opposition parties"], "Japan's opposition parties"),
              ("kihara", "Seiji Kihara", "PERSON", ["Kihara", "Deputy Chief Cabinet Secretary Seiji Kihara"],
               "Deputy Chief Cabinet Secretary"),
              ("osaka", "Seiji Osaka", "PERSON",
               ["Osaka", "Seiji Osaka, acting leader of the main opposition Constitutional Democratic Party of Japan"],
               "acting leader of the Constitutional Democratic Party of Japan"),
              ("tamaki", "Yuichiro Tamaki", "PERSON",
               ["Tamaki", "Yuichiro Tamaki, head of the opposition Democratic Party for the People"],
               "head of the Democratic Party for the People")],
    mentions=[("m1", "A member of Japanese Prime Minister Fumio Kishida's Cabinet", "yamagiwa"),
              ("m2", "Daishiro Yamagiwa, minister in charge of economic revitalization", "yamagiwa"),
              ("m3", ("Yamagiwa", "Yamagiwa said, apparently"), "yamagiwa"),
              ("m4", "Opposition parties", "opposition"),
              ("m5", ("Yamagiwa", "criticized Yamagiwa"), "yamagiwa"),
              ("m6", ("he", "he said in a stump"), "yamagiwa"),
              ("m7", "Deputy Chief Cabinet Secretary Seiji Kihara", "kihara"),
              ("m8", ("Kihara", "Kihara said"), "kihara"),
              ("m9", ("opposition parties", "backlash from opposition parties"), "opposition"),
              ("m10", "Seiji Osaka, acting leader of the main opposition Constitutional Democratic Party of Japan", "osaka"),
              ("m11", "the minister", "yamagiwa"),
              ("m12", ("Osaka", "Osaka said"), "osaka"),
              ("m13", "Yuichiro Tamaki, head of the opposition Democratic Party for the People", "tamaki")],
    attributions=[("a1", "MIXED", "m1", "admitted", "making a \"misleading remark\"", None),
                  ("a2", "INDIRECT", "m1", ("saying", "for saying during"), "the government will not listen to the opposition", None),
                  ("a3", "INDIRECT", None, "projected", "to easily retain its majority", None),
                  ("a4", "DIRECT", "m3", ("said", "Yamagiwa said, apparently"),
                   "I was told to be careful not to cause any misunderstanding among the people, and I would like to speak more carefully,", None),
                  ("a5", "INDIRECT", None, ("told", "I was told"), "to be careful not to cause any misunderstanding among the people", "a4"),
                  ("a6", "INDIRECT", "m4", "criticized", ("Yamagiwa", "criticized Yamagiwa"), None),
                  ("a7", "DIRECT", "m6", ("said", "he said in a stump"),
                   seg(T, "The government will not listen to what", "ruling coalition as Diet members."), None),
                  ("a8", "INDIRECT", "m7", ("told", "Kihara told"),
                   seg(T, "the government will listen to lawmakers", "carefully listen to people"), None),
                  ("a9", "DIRECT", "m8", ("said", "Kihara said"), "We will not ignore the opposition,", None),
                  ("a10", "MIXED", "m10", "posting", "the minister \"does not understand democracy.\"", None),
                  ("a11", "DIRECT", "m12", ("said", "Osaka said"),
                   "Listening only to the voices of the ruling parties is dictatorship by intimidation,", None),
                  ("a12", "MIXED", "m13", ("told", "also told reporters"), "Yamagiwa's remark was \"arrogant.\"", None)])

# ---------------------------------------------------------------------------------------
# The stored page is the article's AMP copy: headline, then a deck ("LG mobile chief Cho Juno
# challenges Samsung", kept as a standfirst: an action, no claim), then the story. A photo caption
# and the byline are removed; the cross-head "Fate of LG's mobile chief" is kept as a label. The
# stored copy stops after about 2,000 characters, so cut=True. The AMP page gives no date;
# `published` is the "Posted : 2016-01-15" of a second stored copy of the same article
# (koreatimes.co.kr/www/news/tech/2016/01/133_195554.html).
# "faces questions about his management ability" is a question put to Cho, not a claim of his.
# "confirmed plans to release X" takes the noun phrase as content, as "confirmed the arrest" does.
doc("koreatimes-lg-takes-on-samsung-mwc",
    url="https://m.koreatimes.co.kr/pages/article.amp.asp?newsIdx=195554",
    outlet="The Korea Times", country="South Korea", topic="technology", cut=True, published="2016-01-15",
    text=(T := "LG takes on Samsung with new phone at MWC\n"
          "LG mobile chief Cho Juno challenges Samsung\n"
          "Korea's top two handset producers plan to unveil new devices at this year's mobile expo in the Spanish city of Barcelona.\n"
          "LG Electronics was the first among Google Android backers to send out official press invitations to a launch event at February's Mobile World Congress (MWC), which is all but certain to be where LG will introduce its G5 phone.\n"
          "\"A day ahead of the official opening of the MWC, LG plans to unveil a new flagship mobile via a press event,\" an executive at LG Electronics said Friday.\n"
          "Last year, the LG Group's technology affiliate skipped the world's most-influential annual mobile convention to avoid being outshone by Samsung Electronics, which unveiled its new flagship device to gain most media attention.\n"
          "\"The unveiling of LG's new flagship handset was delayed months after the release of the new Samsung flagship handset,\" the executive said. \"But this year will be different. LG Electronics is ready to take on Samsung.\"\n"
          "Samsung Electronics' new mobile chief, Ko Dong-jin, earlier confirmed plans to release the Galaxy S7 at the MWC.\n"
          "A spokesman at LG Electronics in Seoul said the company had no official comment about the possibility of a new flagship mobile at the MWC.\n"
          "Fate of LG's mobile chief\n"
          "The strategy shift comes after LG Electronics' mobile chief, Cho Juno, who is a de facto chief executive of the company, faces questions about his management ability after the mobile business' continued dismal performance.\n"
          "LG Electronics released its previous flagship handset, the G4, at the end of last April.\n"
          "While LG's management had confirmed that the G4 was selling well, market analysts estimated that so far it has underperformed the G3 by more than half."),
    entities=[("executive", "an executive at LG Electronics", "PERSON", ["the executive"], "unnamed LG Electronics executive"),
              ("ko", "Ko Dong-jin", "PERSON", ["Ko", "Samsung Electronics' new mobile chief, Ko Dong-jin"],
               "Samsung Electronics' mobile chief"),
              ("spokesman", "A spokesman at LG Electronics in Seoul", "PERSON", [], "LG Electronics spokesman"),
              ("management", "LG's management", "GROUP", [], "management of LG Electronics"),
              ("analysts", "market analysts", "GROUP", [], "market analysts")],
    mentions=[("m1", "an executive at LG Electronics", "executive"),
              ("m2", "the executive", "executive"),
              ("m3", "Samsung Electronics' new mobile chief, Ko Dong-jin", "ko"),
              ("m4", "A spokesman at LG Electronics in Seoul", "spokesman"),
              ("m5", "LG's management", "management"),
              ("m6", "market analysts", "analysts")],
    attributions=[("a1", "DIRECT", "m1", ("said", "Electronics said Friday"),
                   "A day ahead of the official opening of the MWC, LG plans to unveil a new flagship mobile via a press event,", None),
                  ("a2", "DIRECT", "m2", ("said", "the executive said"),
                   "The unveiling of LG's new flagship handset was delayed months after the release of the new Samsung flagship handset,", None),
                  ("a3", "DIRECT", "m2", None, "But this year will be different. LG Electronics is ready to take on Samsung.", None),
                  ("a4", "INDIRECT", "m3", ("confirmed", "earlier confirmed"), "plans to release the Galaxy S7 at the MWC", None),
                  ("a5", "INDIRECT", "m4", ("said", "in Seoul said"),
                   "the company had no official comment about the possibility of a new flagship mobile at the MWC", None),
                  ("a6", "INDIRECT", "m5", ("confirmed", "had confirmed"), "the G4 was selling well", None),
                  ("a7", "INDIRECT", "m6", "estimated", "so far it has underperformed the G3 by more than half", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; it opens with a photo caption (printed twice), removed, and the
# text starts with its lead. The stored copy stops inside Joe Root's quotation, which has no closing
# mark there (the page runs on past it): as in train_al, that last paragraph is kept and the
# quotation (a7) runs to the end of the text; cut=True.
# Not annotated: "did not give excuses for the embarrassing loss", "Not giving excuses" (negated
# acts with no content), "Giving England credit" (a manner adjunct of "said", whose quotation then
# says "Credit to England"), and "Won't sit around and say that we didn't have the best of
# conditions" inside Kohli's quotation (a negated, hypothetical saying, not a report).
# "praised his bowlers" takes its object as content, as the corpus does for "praised X".
doc("indianexpress-kohli-wont-crib-about-conditions-lords",
    url="https://indianexpress.com/article/sports/cricket/india-vs-england-wont-crib-about-not-having-the-best-of-conditions-says-virat-kohli-5303429/",
    outlet="The Indian Express", country="India", topic="sport", cut=True, published="2018-08-12",
    text=(T := "Virat Kohli’s India went down by an innings and 159-run defeat in the second Test at Lord’s to trail the five-match Test series 2-0. The Indian skipper did not give excuses for the embarrassing loss and said that he was not proud of the way they played.\n"
          "This was India’s first innings defeat under Kohli’s captaincy. Giving England credit, Kohli said, “Not very proud of the way we played to be honest. First time in last five Test matches we’ve been outplayed. Credit to England. They were clinical. When a team plays like that they deserve to be on the winning side.”\n"
          "Not giving excuses, the Indian captain further said, “Can’t really think about those things (conditions not in favour). You have to counter the conditions as and when they come to you. Can’t crib about these things. Sometimes the rub of the green will go your way too. Won’t sit around and say that we didn’t have the best of conditions.”\n"
          "“Their bowlers were relentless with the ball. Looking at things now, the weather was so unpredictable, I think we got the combination a bit off before the game. Chance to correct that next game.”\n"
          "Kohli, who did not field when India took the field at the start of play because of a stiff back, said, “Five days to go, should be okay. Lower back issue coming up again and again, purely because of the workload. Confident I’ll be fine in five days time.”\n"
          "Meanwhile, winning team captain Joe Root praised his bowlers after the match and said, “Less stressful, definitely. Fantastic from the very first ball. Bowling unit were exceptional throughout the whole game. We probably did have the conditions throughout, but you still have to perform, ask the right questions of the batsman."),
    entities=[("kohli", "Virat Kohli", "PERSON", ["Kohli", "The Indian skipper", "the Indian captain"], "India captain"),
              ("root", "Joe Root", "PERSON", ["Root", "winning team captain Joe Root"], "England captain")],
    mentions=[("m1", "The Indian skipper", "kohli"),
              ("m2", ("Kohli", "Kohli said, “Not"), "kohli"),
              ("m3", "the Indian captain", "kohli"),
              ("m4", ("Kohli", "Kohli, who did not"), "kohli"),
              ("m5", "winning team captain Joe Root", "root")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "loss and said"), "he was not proud of the way they played", None),
                  ("a2", "DIRECT", "m2", ("said", "Kohli said, “Not"),
                   seg(T, "Not very proud of the way", "on the winning side."), None),
                  ("a3", "DIRECT", "m3", ("said", "further said"),
                   seg(T, "Can’t really think about those things", "the best of conditions."), None),
                  ("a4", "DIRECT", "m3", None, seg(T, "Their bowlers were relentless", "correct that next game."), None),
                  ("a5", "DIRECT", "m4", ("said", "stiff back, said"),
                   seg(T, "Five days to go", "fine in five days time."), None),
                  ("a6", "INDIRECT", "m5", "praised", "his bowlers", None),
                  ("a7", "DIRECT", "m5", ("said", "match and said"),
                   seg(T, "Less stressful, definitely.", "questions of the batsman."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead. Its last paragraph ("The stadium
# is ready …") is cut off mid-sentence in the stored copy and is left out; cut=True.
# "Talking about the critics" and "When asked about the bowling combination" are not annotated: a
# topic adjunct of the "said" it frames (as test7's "Regarding national dialogue") and a question
# put to the speaker. "He also talked about his meeting with …" is a finite speech act with its
# topic as content, as the corpus annotates "talked about X".
doc("samaaenglish-babar-latham-unveil-t20-trophy-lahore",
    url="https://www.samaaenglish.tv/news/40031714/sports-babar-azam-tom-latham-unveil-t20-series-trophy-in-lahore",
    outlet="SAMAA English", country="Pakistan", topic="sport", cut=True, published="2023-04-13",
    text=(T := "Pakistan Cricket Team’s captain Babar Azam and New Zealand’s skipper Tom Latham unveiled the T20 series trophy in Lahore, one day before the first T20 match at the venue.\n"
          "The captains of both teams also addressed the press conference after the unveiling of trophy, as Babar Azam said that they would be looking to get on the winning track as ODI World Cup in less than six months away now.\n"
          "The skipper of Pakistan said that they had not played an International match in Lahore for a long time, so they practiced a lot in the training sessions.\n"
          "Talking about the critics, Babar Azam said that he does not take them seriously, and only focusses on his own performance, instead of worrying about criticism.\n"
          "He also talked about his meeting with PCB Management Committee head Najam Sethi and said that he was given confidence by him.\n"
          "Babar Azam added that New Zealand may not have some of the main players but they would not take the visitors easily and will give their 100%.\n"
          "He also said that they would not change the opening pair and he would open with Muhammad Rizwan in the series.\n"
          "When asked about the bowling combination, he said that young bowlers have strengthened their line up and they have many varities.\n"
          "On the other hand, New Zealand’s skipper Tom Latham said that Pakistan have a quality line up but they would try to give their best.\n"
          "He said that they just came after winning the series in Sri Lanka but did not have time to adjust in Pakistan’s conditions.\n"
          "Latham added that Daryl Mitchell and James Neesham are their trump cards, who have experienced of playing in Pakistan before.\n"
          "He said that they would be expecting a tough challenge against the quality fast bowlers and spinners of Pakistan."),
    entities=[("babar", "Babar Azam", "PERSON",
               ["Babar", "The skipper of Pakistan", "Pakistan Cricket Team’s captain Babar Azam"], "Pakistan captain"),
              ("latham", "Tom Latham", "PERSON", ["Latham", "New Zealand’s skipper Tom Latham"], "New Zealand captain")],
    mentions=[("m1", "Pakistan Cricket Team’s captain Babar Azam", "babar"),
              ("m2", ("New Zealand’s skipper Tom Latham", "New Zealand’s skipper Tom Latham unveiled"), "latham"),
              ("m3", ("Babar Azam", "as Babar Azam said"), "babar"),
              ("m4", "The skipper of Pakistan", "babar"),
              ("m5", ("Babar Azam", "critics, Babar Azam"), "babar"),
              ("m6", ("He", "He also talked"), "babar"),
              ("m7", ("Babar Azam", "Babar Azam added"), "babar"),
              ("m8", ("He", "He also said"), "babar"),
              ("m9", ("he", "he said that young"), "babar"),
              ("m10", ("New Zealand’s skipper Tom Latham", "New Zealand’s skipper Tom Latham said"), "latham"),
              ("m11", ("He", "He said that they just"), "latham"),
              ("m12", ("Latham", "Latham added"), "latham"),
              ("m13", ("He", "He said that they would be expecting"), "latham")],
    attributions=[("a1", "INDIRECT", "m3", ("said", "Babar Azam said that they would"),
                   seg(T, "they would be looking to get", "six months away now"), None),
                  ("a2", "INDIRECT", "m4", ("said", "Pakistan said"),
                   seg(T, "they had not played an International", "in the training sessions"), None),
                  ("a3", "INDIRECT", "m5", ("said", "Babar Azam said that he does"),
                   seg(T, "he does not take them seriously", "worrying about criticism"), None),
                  ("a4", "INDIRECT", "m6", "talked about",
                   "his meeting with PCB Management Committee head Najam Sethi", None),
                  ("a5", "INDIRECT", "m6", ("said", "Sethi and said"), "he was given confidence by him", None),
                  ("a6", "INDIRECT", "m7", ("added", "Babar Azam added"),
                   seg(T, "New Zealand may not have", "give their 100%"), None),
                  ("a7", "INDIRECT", "m8", ("said", "He also said"),
                   seg(T, "they would not change the opening pair", "Rizwan in the series"), None),
                  ("a8", "INDIRECT", "m9", ("said", "he said that young"),
                   "young bowlers have strengthened their line up and they have many varities", None),
                  ("a9", "INDIRECT", "m10", ("said", "Tom Latham said"),
                   "Pakistan have a quality line up but they would try to give their best", None),
                  ("a10", "INDIRECT", "m11", ("said", "He said that they just"),
                   seg(T, "they just came after winning", "in Pakistan’s conditions"), None),
                  ("a11", "INDIRECT", "m12", ("added", "Latham added"),
                   seg(T, "Daryl Mitchell and James Neesham", "playing in Pakistan before"), None),
                  ("a12", "INDIRECT", "m13", ("said", "He said that they would be expecting"),
                   seg(T, "they would be expecting a tough", "spinners of Pakistan"), None)])

# ---------------------------------------------------------------------------------------
# The stored page (the archive's AMP copy) has no headline; the text starts with its lead. The
# stored copy stops in the middle of the third paragraph ("JUI-F chief Fazlur Rehman said all
# politi…"), so the text is its first two paragraphs; cut=True. `published` is the date in the
# page's address.
# "launched a tirade against X" is evaluative reporting with a noun-phrase content (like
# "criticized X"); "against" only links the cue. The participles "Expressing grave concerns about …"
# and "Expressing reservations of his party over …" are Nisar's own speech acts with a content of
# their own, as the corpus annotates "expressing concern over X" and "expressing confidence that";
# their source is the "Nisar" of the clause they modify. "implying failure" is a further claim of
# Nisar's, like "suggesting" (FORMAT.md, Included although borderline).
# "Malik's various assurances, including those about capturing the killers …" is a claim of Malik's
# nested in Nisar's (a11, in a10): the possessive names the author of the assurances, as "a post on the
# council's account" names the council (FORMAT.md, Documents); "about" only links the noun cue.
doc("pakistantoday-opposition-hounds-govt-karachi-unrest",
    url="https://archive.pakistantoday.com.pk/2011/09/13/opposition-hounds-govt-over-karachi-unrest/?amp=1",
    outlet="Pakistan Today", country="Pakistan", topic="politics", cut=True, published="2011-09-13",
    text=(T := "Opposition parties launched a tirade against the government’s handling of the Karachi unrest in the National Assembly (NA) session on Monday, with Opposition Leader Nisar Ali Khan saying that killers and extortionists were on a rampage in the economic hub of the country, which was unacceptable.\n"
          "“We have been raising our voice against the deteriorating law and order, price hike and unemployment but the ongoing killing spree and extortions are unacceptable as Karachi’s peace is imperative to the stability of the country,” Nisar said on a point of order, adding that the government was failing in its commitment to do what was needed, be it the Karachi unrest or the floods in interior Sindh. Expressing grave concerns about the ineptitude of the government, Nisar said the Supreme Court was taking up what should have been done by parliament itself. Expressing reservations of his party over the ongoing joint operation of Rangers and police in Karachi, Nisar said that any operation under the supervision of Interior Minister Rehman Malik would meet the same result as other such operations, implying failure. He said the opposition would present a documented record of Malik’s various assurances, including those about capturing the killers of journalist Wali Khan Babar."),
    entities=[("opposition", "Opposition parties", "GROUP", ["the opposition"], "opposition parties in Pakistan's National Assembly"),
              ("nisar", "Nisar Ali Khan", "PERSON", ["Nisar", "Opposition Leader Nisar Ali Khan"],
               "Leader of the Opposition in the National Assembly"),
              ("malik", "Rehman Malik", "PERSON", ["Malik", "Interior Minister Rehman Malik"], "Interior Minister")],
    mentions=[("m1", "Opposition parties", "opposition"),
              ("m2", "Opposition Leader Nisar Ali Khan", "nisar"),
              ("m3", ("Nisar", "Nisar said on a point"), "nisar"),
              ("m4", ("Nisar", "Nisar said the Supreme"), "nisar"),
              ("m5", ("Nisar", "Nisar said that any"), "nisar"),
              ("m6", "Interior Minister Rehman Malik", "malik"),
              ("m7", ("He", "He said the opposition"), "nisar"),
              ("m8", "the opposition", "opposition"),
              ("m9", ("Malik", "Malik’s various"), "malik")],
    attributions=[("a1", "INDIRECT", "m1", "launched a tirade", "the government’s handling of the Karachi unrest", None),
                  ("a2", "INDIRECT", "m2", "saying",
                   seg(T, "killers and extortionists were", "which was unacceptable"), None),
                  ("a3", "DIRECT", "m3", ("said", "Nisar said on a point"),
                   seg(T, "We have been raising our voice", "stability of the country,"), None),
                  ("a4", "INDIRECT", "m3", "adding",
                   seg(T, "the government was failing in its commitment", "floods in interior Sindh"), None),
                  ("a5", "INDIRECT", "m4", "Expressing grave concerns", "the ineptitude of the government", None),
                  ("a6", "INDIRECT", "m4", ("said", "Nisar said the Supreme"),
                   "the Supreme Court was taking up what should have been done by parliament itself", None),
                  ("a7", "INDIRECT", "m5", "Expressing reservations",
                   "the ongoing joint operation of Rangers and police in Karachi", None),
                  ("a8", "INDIRECT", "m5", ("said", "Nisar said that any"),
                   seg(T, "any operation under the supervision", "other such operations"), None),
                  ("a9", "INDIRECT", "m5", "implying", "failure", None),
                  ("a10", "INDIRECT", "m7", ("said", "He said the opposition"),
                   seg(T, "the opposition would present", "journalist Wali Khan Babar"), None),
                  ("a11", "INDIRECT", "m9", "assurances", "capturing the killers of journalist Wali Khan Babar", "a10")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead. The cross-head "Infosys Earnings"
# and the paragraph after it, which the stored copy cuts off mid-word, are left out; cut=True. The
# page gives no date. The cross-head "Infosys cuts down revenue growth guidance to 1-3.5%" reports
# an action (the cut of a forecast), not a claim; "indicating tough times ahead" is an evidential.
# "were expecting a fall in shares" is a forecast with a named subject (FORMAT.md, Included although
# borderline); "after Infosys cut down …" is a temporal adjunct of it, left out.
# The CEO's name is printed "Parkeh" once: an alias of Parekh (FORMAT.md, Names).
# "went on to say" is taken whole as the cue, as the corpus has "went on".
doc("freepressjournal-infosys-shares-slide-guidance-cut",
    url="https://www.freepressjournal.in/business/infosys-shares-slide-7-here-is-all-you-need-to-know",
    outlet="The Free Press Journal", country="India", topic="business", cut=True,
    text=(T := "Infosys shares have been under pressure since the markets opened on Friday morning with the shares hitting an intraday low of ₹1,305 per piece. The markets saw a dip of around 10 per cent within a few minutes of stock markets opening but gained a little to hit ₹1,338.80 at 9:41 am IST.\n"
          "On the other hand the shares of Infosys on the New York Stock Exchange tanked close to 8.41 per cent and closed at $16.22 per share.\n"
          "Infosys cuts down revenue growth guidance to 1-3.5%\n"
          "Stock market experts were expecting a fall in shares after Infosys cut down its revenue growth guidance from 4-7 per cent to 1-3.5 per cent indicating tough times ahead.\n"
          "While speaking to the press Salil Parekh the Chief Executive Officer said that the company has reported large and mega deals in the first quarter of this financial year and they are seeing signing and start dates being pushed.\n"
          "He went on to say, \"With that, we see a lot of that revenue from large and mega deals towards the later part of the financial year. Through the quarter we've seen volumes in some of our clients in the industries where they are reducing transformation projects or slowing down decision making.\"\n"
          "According to Parkeh it was the combination of both that has led to the guidance being lowered depending on the macro environment.\n"
          "Further in the meeting with analysts, Chief Financial Officer Nilanjan Roy said this decline in guidance was due to lower-than-expected volumes and lower mega deals in discretionary areas.\n"
          "In addition to this Parekh said that the clients particularly in the financial services in asset management, mortgages, payments and investment banking are stopping or slowing down transformation programs and discretionary works in the short term. He also added, \"We also see some impacts in the hi-tech industry and in parts of retail.\""),
    entities=[("experts", "Stock market experts", "GROUP", [], "stock market experts"),
              ("parekh", "Salil Parekh", "PERSON", ["Parekh", "Parkeh", "Salil Parekh the Chief Executive Officer"],
               "Chief Executive Officer of Infosys"),
              ("roy", "Nilanjan Roy", "PERSON", ["Roy", "Chief Financial Officer Nilanjan Roy"], "Chief Financial Officer of Infosys")],
    mentions=[("m1", "Stock market experts", "experts"),
              ("m2", "Salil Parekh the Chief Executive Officer", "parekh"),
              ("m3", ("He", "He went on"), "parekh"),
              ("m4", "Parkeh", "parekh"),
              ("m5", "Chief Financial Officer Nilanjan Roy", "roy"),
              ("m6", ("Parekh", "this Parekh said"), "parekh"),
              ("m7", ("He", "He also added"), "parekh")],
    attributions=[("a1", "INDIRECT", "m1", "expecting", "a fall in shares", None),
                  ("a2", "INDIRECT", "m2", ("said", "Officer said that"),
                   seg(T, "the company has reported large", "dates being pushed"), None),
                  ("a3", "DIRECT", "m3", "went on to say",
                   seg(T, "With that, we see a lot", "slowing down decision making."), None),
                  ("a4", "INDIRECT", "m4", "According to",
                   "it was the combination of both that has led to the guidance being lowered depending on the macro environment", None),
                  ("a5", "INDIRECT", "m5", ("said", "Roy said"),
                   "this decline in guidance was due to lower-than-expected volumes and lower mega deals in discretionary areas", None),
                  ("a6", "INDIRECT", "m6", ("said", "this Parekh said"),
                   seg(T, "the clients particularly in the financial", "in the short term"), None),
                  ("a7", "DIRECT", "m7", "added", "We also see some impacts in the hi-tech industry and in parts of retail.", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead. Two photo captions ("Lee
# Cheuk-yan. File photo: HKFP." and "Nathan Law and Joshua Wong. Photo: Karen Cheung/HKFP.") are
# removed. The paragraph after the last one kept is cut off mid-word in the stored copy; cut=True.
# `published` is the date in the page's address.
# "accused X of Y" keeps the accused in its content, as the corpus does ("accusing me of …").
# "a statement on Facebook by US Senator Marco Rubio and Representative Chris Smith" is a document
# that names its authors, so it is a mention of them (one GROUP, a coordinated subject); the later
# "The statement" names nobody and is its own entity, as test7's Sofia Globe text does with "A
# statement by Sofia municipality" and "the statement".
# The email's message has a noun cue ("the message:") but names no sender: the email is its own
# (document) entity, as "according to a new report" is (FORMAT.md, Documents).
# "The Hong Kong government may say these are 'deterrent sentences,'" is speech of others nested in
# the statement's quotation; "may" is a hedge left out of the cue.
# "We must point out that …" and "We express deep discontent …" are the office's own speech acts
# within its own quotation and are not split off (FORMAT.md, Excluded: a speaker's attitude within
# their own report). "Addressing the incident on Friday" is an adjunct of "claimed".
doc("hongkongfp-beijing-accuses-lee-cheuk-yan-collusion",
    url="https://hongkongfp.com/2017/08/19/beijing-accuses-labour-partys-lee-cheuk-yan-collusion-posting-us-politicians-statement-occupy-sentencing/",
    outlet="Hong Kong Free Press", country="Hong Kong", topic="politics", cut=True, published="2017-08-19",
    text=(T := "A spokesperson for China’s Ministry of Foreign Affairs Office in Hong Kong has accused the Labour Party’s Lee Cheuk-yan of being “anti-China” and of “colluding with foreign forces.”\n"
          "The ex-lawmaker posted a statement on Facebook by US Senator Marco Rubio and Representative Chris Smith, both of whom are on the Congressional-Executive Commission on China, criticising the Court of Appeal’s decision to jail three Occupy activists.\n"
          "The post included screenshots of the email, which included the message: “If Joshua, Nathan, Alex sentenced tonight EST – can you send out to your contacts in media?” However, Lee posted the message hours before the court ruling on Thursday afternoon.\n"
          "The statement called the ruling “another severe blow to Hong Kong’s reputation as a city governed by the rule of law.”\n"
          "“The Hong Kong government may say these are ‘deterrent sentences,’ but to the rest of the world it looks like political prosecutions intended to curtail freedom of expression,” it said.\n"
          "Addressing the incident on Friday, the Ministry of Foreign Affairs Office in Hong Kong claimed it revealed how foreign forces and anti-China forces colluded with each other to interfere with Hong Kong’s judicial independence.\n"
          "“These people put up a facade of defending Hong Kong’s rule of law and judicial independence, and engage in acts that interfere with Hong Kong’s judiciary [and] destroy Hong Kong rule of law…”\n"
          "“We express deep discontent and objection to this. We must point out that Hong Kong is China’s Hong Kong, and we absolutely do not allow any foreign government, organisation or individuals to interfere with China’s internal affairs and matters in relation to Hong Kong.”"),
    entities=[("spokesperson", "A spokesperson for China’s Ministry of Foreign Affairs Office in Hong Kong", "PERSON", [],
               "spokesperson of the Office of the Commissioner of China's Ministry of Foreign Affairs in Hong Kong"),
              ("rubiosmith", "US Senator Marco Rubio and Representative Chris Smith", "GROUP",
               ["Marco Rubio and Chris Smith", "Rubio", "Chris Smith"], "US legislators on the Congressional-Executive Commission on China"),
              ("email", "the email", "ORGANIZATION", [], "the email shown in Lee's post"),
              ("statement", "The statement", "ORGANIZATION", [], "the Rubio-Smith statement"),
              ("hkgov", "The Hong Kong government", "ORGANIZATION", [], "Government of Hong Kong"),
              ("office", "the Ministry of Foreign Affairs Office in Hong Kong", "ORGANIZATION", [],
               "Office of the Commissioner of China's Ministry of Foreign Affairs in Hong Kong")],
    mentions=[("m1", "A spokesperson for China’s Ministry of Foreign Affairs Office in Hong Kong", "spokesperson"),
              ("m2", "a statement on Facebook by US Senator Marco Rubio and Representative Chris Smith", "rubiosmith"),
              ("m3", "the email", "email"),
              ("m4", "The statement", "statement"),
              ("m5", "The Hong Kong government", "hkgov"),
              ("m6", ("it", "it said"), "statement"),
              ("m7", "the Ministry of Foreign Affairs Office in Hong Kong", "office")],
    attributions=[("a1", "MIXED", "m1", "accused",
                   "the Labour Party’s Lee Cheuk-yan of being “anti-China” and of “colluding with foreign forces.”", None),
                  ("a2", "INDIRECT", "m2", "criticising", "the Court of Appeal’s decision to jail three Occupy activists", None),
                  ("a3", "DIRECT", "m3", ("message", "the message:"),
                   "If Joshua, Nathan, Alex sentenced tonight EST – can you send out to your contacts in media?", None),
                  ("a4", "MIXED", "m4", "called",
                   "the ruling “another severe blow to Hong Kong’s reputation as a city governed by the rule of law.”", None),
                  ("a5", "DIRECT", "m6", ("said", "it said"),
                   seg(T, "The Hong Kong government may say", "curtail freedom of expression,"), None),
                  ("a6", "MIXED", "m5", ("say", "may say"), "these are ‘deterrent sentences,’", "a5"),
                  ("a7", "INDIRECT", "m7", "claimed",
                   seg(T, "it revealed how foreign forces", "judicial independence", "claimed it revealed"), None),
                  ("a8", "DIRECT", "m7", None, seg(T, "These people put up a facade", "destroy Hong Kong rule of law…"), None),
                  ("a9", "DIRECT", "m7", None, seg(T, "We express deep discontent", "in relation to Hong Kong."), None)])

write("train_ao.jsonl")
