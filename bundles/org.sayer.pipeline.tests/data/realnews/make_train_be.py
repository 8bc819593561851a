#!/usr/bin/env python3
"""Writes train_be.jsonl: real-news gold, split train-be (see gold.py). Run: python3 make_train_be.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Prothom Alo (English edition). The stored copy breaks off inside its last paragraph ("This Awami
# League leader alleged BNP is involved ... at home "); the text is cut before it. The page gives
# no date. Notes:
# - The headline's "Quader tells media" reports his claim: cue "tells", "media" an addressee.
# - "Obaidul Quader said this replying to queries ...": the content is the demonstrative "this"
#   (it repeats a2), annotated as the corpus annotates "revealed this" (make_train files).
# - "a journalist said that ... So, who will be the opposition in parliament?": the unquoted
#   question has no cue of its own and is left out ("No cue, no claim").
# - "threw a counter-question to that journalist saying, “Who ...?”": a quoted question with its
#   own cue "saying" (DIRECT); "that journalist" is an addressee mention.
# - "the prime minister has ordered all ministries to formulate an action plan" is a directive
#   "ordered X to Y" inside a2's sibling claim, annotated like "urged X to Y" / "called on X to Y"
#   (addressee kept), nested in Quader's claim; "ordered an inquiry" (an NP object) would be an
#   action.
# - "he said adding, this is not a task ..." is two claims of one speaker (as `warning that`).
# - Inside the quotations, "We do not anticipate ..." is the speaker's own attitude, and "I will
#   tell them to wear black badges ..." is a speech act he only announces (a future act of his
#   own, like a hypothetical), so neither is split off.
doc("prothomalo-quader-jatiya-party-opposition-12th-parliament",
    url="https://en.prothomalo.com/bangladesh/politics/z93rc8pw9j",
    outlet="Prothom Alo", country="Bangladesh", topic="politics", cut=True,
    text=(T := "Consider Jatiya Party as opposition in 12th parliament, Quader tells media\n"
          "Awami League general secretary Obaidul Quader on Monday said Jatiya Party will be the opposition in the 12th parliament and independent lawmakers will remain as independent.\n"
          "Obaidul Quader said this replying to queries from journalists during a press conference at the Awami League president Sheikh Hasina’s office in capital’s Dhanmondi.\n"
          "At the briefing, a journalist said that Jatiya Party emerged as the second largest party in parliament with 11 seats, while the number of independent lawmakers is 62. So, who will be the opposition in parliament?\n"
          "In reply, Obaidul Quader threw a counter-question to that journalist saying, “Who should be the opposition?” The journalist replied the second largest party should be the opposition. Obaidul Quader then added, “So, assume they (Jatiya Party) are going to become the opposition.”\n"
          "Replying a query on the role of opposition, Obaidul Quader said, “All parties must uphold the spirit of Liberation War. We do not want opposition formed by those parties which does not believe in the spirit of Liberation War. We do not anticipate that anti-liberation forces will distort the history of Liberation War in parliament either.”\n"
          "Replying a query on controlling commodity prices by the government, Obaidul Quader said the prime minister has ordered all ministries to formulate an action plan.\n"
          "Work has already begun on this matter, he said adding, this is not a task of a day or two and you all see the implementation of the action plan.\n"
          "Referring to BNP’s black flag procession, Obaidul Quader said, “BNP mourning, having lost everything. They lost in the election and movement, and boycotted the polls. I will tell them to wear black badges during the black flag procession, then there programme will be fulfilled.”"),
    entities=[("quader", "Obaidul Quader", "PERSON",
               ["Quader", "Awami League general secretary Obaidul Quader"],
               "Awami League general secretary, Road Transport and Bridges Minister of Bangladesh"),
              ("journalist", "a journalist", "PERSON", ["The journalist", "that journalist"],
               "a journalist at the press conference"),
              ("pm", "the prime minister", "PERSON", [], "Prime Minister of Bangladesh")],
    mentions=[("m1", ("Quader", "Quader tells"), "quader"),
              ("m2", "Awami League general secretary Obaidul Quader", "quader"),
              ("m3", ("Obaidul Quader", "Obaidul Quader said this"), "quader"),
              ("m4", "a journalist", "journalist"),
              ("m5", ("Obaidul Quader", "Obaidul Quader threw"), "quader"),
              ("m6", "that journalist", "journalist"),
              ("m7", "The journalist", "journalist"),
              ("m8", ("Obaidul Quader", "Obaidul Quader then added"), "quader"),
              ("m9", ("Obaidul Quader", "Obaidul Quader said, “All"), "quader"),
              ("m10", ("Obaidul Quader", "Obaidul Quader said the prime"), "quader"),
              ("m11", "the prime minister", "pm"),
              ("m12", ("he", "he said adding"), "quader"),
              ("m13", ("Obaidul Quader", "Obaidul Quader said, “BNP"), "quader")],
    attributions=[("a1", "INDIRECT", "m1", ("tells", "Quader tells"),
                   "Consider Jatiya Party as opposition in 12th parliament", None),
                  ("a2", "INDIRECT", "m2", ("said", "on Monday said"),
                   "Jatiya Party will be the opposition in the 12th parliament and independent lawmakers will remain as independent", None),
                  ("a3", "INDIRECT", "m3", ("said", "Quader said this"), ("this", "said this replying"), None),
                  ("a4", "INDIRECT", "m4", ("said", "journalist said that"),
                   "Jatiya Party emerged as the second largest party in parliament with 11 seats, while the number of independent lawmakers is 62", None),
                  ("a5", "DIRECT", "m5", "saying", "Who should be the opposition?", None),
                  ("a6", "INDIRECT", "m7", "replied", "the second largest party should be the opposition", None),
                  ("a7", "DIRECT", "m8", ("added", "then added"),
                   "So, assume they (Jatiya Party) are going to become the opposition.", None),
                  ("a8", "DIRECT", "m9", ("said", "Quader said, “All"),
                   seg(T, "All parties must uphold", "in parliament either."), None),
                  ("a9", "INDIRECT", "m10", ("said", "Quader said the prime"),
                   "the prime minister has ordered all ministries to formulate an action plan", None),
                  ("a10", "INDIRECT", "m11", "ordered", "all ministries to formulate an action plan", "a9"),
                  ("a11", "INDIRECT", "m12", ("said", "he said adding"), "Work has already begun on this matter", None),
                  ("a12", "INDIRECT", "m12", "adding",
                   "this is not a task of a day or two and you all see the implementation of the action plan", None),
                  ("a13", "DIRECT", "m13", ("said", "Quader said, “BNP"),
                   seg(T, "BNP mourning, having lost", "will be fulfilled."), None)])

# ---------------------------------------------------------------------------------------
# Taiwan News. The stored page has no headline; the text starts with the lead, whose dateline
# "TAIPEI (Taiwan News) —" is not an attribution. The page gives "Friday (Oct. 1)" but no year, so
# no `published`. Notes:
# - "Rumors had surfaced that ...": a noun cue with no claimant (null source, as `claims that …`).
#   Inside it, "what is normally considered to be confidential information" is a generic
#   classification, not a report of anyone's belief: not split off. "Samsung and Intel reportedly
#   ran into the same problem" is a hedge ("reportedly" with no reporting verb): not annotated.
# - "assured the public that X": the addressee is left out (`asked the driver whether …`).
# - TSMC's "told one of its major shareholders — ... — the company will not disclose ..." (nested
#   in Wang's claim, addressee left out) and "TSMC has assured the head of the NDC, ..., that ..."
#   (nested in her "said") are reports inside reports.
# - "We were also assured by American officials that ...": a passive with its agent, nested in her
#   quotation; the officials are the source, "We" the addressee.
# - "urged the public not to interpret ..." keeps the addressee, as the corpus does for "urged X to
#   Y" (like `called on X to Y`).
doc("taiwannews-wang-meihua-tsmc-data-request-voluntary",
    url="https://www.taiwannews.com.tw/news/4302806",
    outlet="Taiwan News", country="Taiwan", topic="technology", cut=False,
    text=(T := "TAIPEI (Taiwan News) — Taiwan's economy minister reiterated on Friday (Oct. 1) that the IC (integrated circuit) trade secret disclosure request from the White House was voluntary in nature, and called for an end to individuals turning it into a political issue.\n"
          "Rumors had surfaced that the world's largest contract chipmaker, Taiwan Semiconductor Manufacturing Corp. (TSMC), was required to submit what is normally considered to be confidential information on sales, inventory status and clients to the U.S. Department of Commerce. Samsung and Intel reportedly ran into the same problem.\n"
          "On Friday, the economy minister, Wang Mei-hua (王美花), assured the public that Taiwan's central government was notified about the matter a day after TSMC told one of its major shareholders — National Development Council of Taiwan (NDC) — the company will not disclose any confidential client information.\n"
          "\"We were also assured by American officials that there will be no leaks of the requested data,\" she said.\n"
          "Wang explained the U.S. government is not targeting companies and urged the public not to interpret the move as politically motivated. She said the data submission request was made on a voluntary basis and TSMC has assured the head of the NDC, which oversees the country's sovereign wealth fund, that the company values all its customers and shareholders and will not cause them any damage.\n"
          "\"If there is a need for communication, we will assist,\" the minister noted."),
    entities=[("wang", "Wang Mei-hua", "PERSON",
               ["Wang", "Taiwan's economy minister", "the economy minister",
                "the economy minister, Wang Mei-hua (王美花)", "the minister"],
               "Taiwan's Minister of Economic Affairs"),
              ("tsmc", "Taiwan Semiconductor Manufacturing Corp. (TSMC)", "ORGANIZATION",
               ["TSMC", "Taiwan Semiconductor Manufacturing Corp.", "the world's largest contract chipmaker",
                "the company"], "Taiwanese contract chipmaker"),
              ("officials", "American officials", "GROUP", [], "US government officials")],
    mentions=[("m1", "Taiwan's economy minister", "wang"),
              ("m2", "the world's largest contract chipmaker, Taiwan Semiconductor Manufacturing Corp. (TSMC)", "tsmc"),
              ("m3", "the economy minister, Wang Mei-hua (王美花)", "wang"),
              ("m4", ("TSMC", "after TSMC told"), "tsmc"),
              ("m5", ("the company", "the company will not"), "tsmc"),
              ("m6", "American officials", "officials"),
              ("m7", ("she", "she said"), "wang"),
              ("m8", ("Wang", "Wang explained"), "wang"),
              ("m9", ("She", "She said"), "wang"),
              ("m10", ("TSMC", "TSMC has assured"), "tsmc"),
              ("m11", ("the company", "the company values"), "tsmc"),
              ("m12", ("the minister", "the minister noted"), "wang")],
    attributions=[("a1", "INDIRECT", "m1", "reiterated",
                   "the IC (integrated circuit) trade secret disclosure request from the White House was voluntary in nature", None),
                  ("a2", "INDIRECT", "m1", "called for", "an end to individuals turning it into a political issue", None),
                  ("a3", "INDIRECT", None, "Rumors",
                   seg(T, "the world's largest contract chipmaker", "U.S. Department of Commerce"), None),
                  ("a4", "INDIRECT", "m3", ("assured", "assured the public"),
                   seg(T, "Taiwan's central government was notified", "any confidential client information"), None),
                  ("a5", "INDIRECT", "m4", ("told", "TSMC told"),
                   "the company will not disclose any confidential client information", "a4"),
                  ("a6", "DIRECT", "m7", ("said", "she said"),
                   "We were also assured by American officials that there will be no leaks of the requested data,", None),
                  ("a7", "INDIRECT", "m6", ("assured", "also assured by"), "there will be no leaks of the requested data", "a6"),
                  ("a8", "INDIRECT", "m8", "explained", "the U.S. government is not targeting companies", None),
                  ("a9", "INDIRECT", "m8", "urged", "the public not to interpret the move as politically motivated", None),
                  ("a10", "INDIRECT", "m9", ("said", "She said"),
                   seg(T, "the data submission request was made", "will not cause them any damage"), None),
                  ("a11", "INDIRECT", "m10", ("assured", "TSMC has assured"),
                   "the company values all its customers and shareholders and will not cause them any damage", "a10"),
                  ("a12", "DIRECT", "m12", "noted", "If there is a need for communication, we will assist,", None)])

# ---------------------------------------------------------------------------------------
# Al-Manar (English archive). The stored page has no headline: its first line is a standfirst
# that repeats the lead up to "the 2013 clashes" (no full stop, as printed); it is kept as the
# first line and holds no claim. The article is complete; the page gives no date (the next
# session is set for January 5, 2016). Notes:
# - "presented formal objections before the court, saying that ...": "objections" has no content
#   of its own; the claim is carried by "saying".
# - "ordered the formation of a medical team ..." and "allowed Assir to meet ..." are the court's
#   actions (`ordered an inquiry`). The defence lawyers' "alleged that ..." in the adjunct of that
#   order is a claim of its own; "his defense lawyers" is a group distinct from Naameh (a group's
#   representative is a separate entity).
# - The soldier's mother: "vowed not to rest until ..." and three quotations; "the mother" and
#   both "she" are the mother (the relative clause "who attended the session" is left out of the
#   source).
doc("almanar-assir-trial-postponed-health-concerns",
    url="https://archive.almanar.com.lb/english/article.php?id=235003",
    outlet="Al-Manar", country="Lebanon", topic="courts-crime", cut=False,
    text=(T := "The Military Tribunal Tuesday postponed for the second time the trial of radical cleric Ahmad al-Assir over health concerns, angering families of the 18 Lebanese army soldiers killed during the 2013 clashes\n"
          "The Military Tribunal Tuesday postponed for the second time the trial of radical cleric Ahmad al-Assir over health concerns, angering families of the 18 Lebanese army soldiers killed during the 2013 clashes with the preacher's supporters.\n"
          "The new session, at the Military Tribunal, will be held on January 5, 2016.\n"
          "His defense lawyer Antoine Naameh presented formal objections before the court, saying that his client needs permission from Dar al-Fatwa to stand before preliminary investigations due to his position as a cleric.\n"
          "Military Court head Brig. Gen. Khalil Ibrahim ordered the formation of a medical team, comprised of a psychiatrist, general health physician and diabetes doctor, to observe Assir's medical condition and file reports to the court after his defense lawyers alleged that his health was deteriorating.\n"
          "Judge Ibrahim allowed Assir to meet with his wife Amal Shameseddine and mother after the session was postponed.\n"
          "The mother of soldier George Bou Saab, who attended the session, vowed not to rest until Assir is sentenced to death. \"We will follow him to his grave,\" she said. \"If I wasn't present at a court... I would've killed him and drank his blood,\" the mother said after leaving the session. \"This criminal cannot remain alive while 18 men are buried underground,\" she added."),
    entities=[("naameh", "Antoine Naameh", "PERSON", ["Naameh", "His defense lawyer Antoine Naameh"],
               "defence lawyer of Ahmad al-Assir"),
              ("lawyers", "his defense lawyers", "GROUP", [], "Ahmad al-Assir's defence team"),
              ("mother", "The mother of soldier George Bou Saab", "PERSON", ["the mother"],
               "mother of a Lebanese soldier killed in the 2013 clashes")],
    mentions=[("m1", "His defense lawyer Antoine Naameh", "naameh"),
              ("m2", "his defense lawyers", "lawyers"),
              ("m3", "The mother of soldier George Bou Saab", "mother"),
              ("m4", ("she", "grave,\" she said"), "mother"),
              ("m5", ("the mother", "the mother said"), "mother"),
              ("m6", ("she", "she added"), "mother")],
    attributions=[("a1", "INDIRECT", "m1", "saying",
                   "his client needs permission from Dar al-Fatwa to stand before preliminary investigations due to his position as a cleric", None),
                  ("a2", "INDIRECT", "m2", "alleged", "his health was deteriorating", None),
                  ("a3", "INDIRECT", "m3", "vowed", "not to rest until Assir is sentenced to death", None),
                  ("a4", "DIRECT", "m4", ("said", "grave,\" she said"), "We will follow him to his grave,", None),
                  ("a5", "DIRECT", "m5", ("said", "the mother said"),
                   "If I wasn't present at a court... I would've killed him and drank his blood,", None),
                  ("a6", "DIRECT", "m6", ("added", "she added"),
                   "This criminal cannot remain alive while 18 men are buried underground,", None)])

# ---------------------------------------------------------------------------------------
# Times of Oman. Removed: the section/date line, the byline "By: Times News Service" and the repeated
# headline. The date is the page's "Tuesday 03/December/2019". The stored copy breaks off in the
# next paragraph ("... they would b"); the text is cut before it. The dateline "Muscat:" is not an
# attribution. Notes:
# - The headline "My players gave everything at the Gulf Cup: Oman football coach Koeman" is a
#   "claim: name" headline (null cue; unquoted, so INDIRECT).
# - "..., as they gave everything to ensure they succeeded" is part of his reported clause.
# - The third quotation has no reporting clause: it continues "he" (null cue).
doc("timesofoman-koeman-players-gave-everything-gulf-cup",
    url="https://timesofoman.com/article/82853-my-players-gave-everything-at-the-gulf-cup-oman-football-coach-koeman",
    outlet="Times of Oman", country="Oman", topic="sport", cut=True, published="2019-12-03",
    text=(T := "My players gave everything at the Gulf Cup: Oman football coach Koeman\n"
          "Muscat: Oman’s national football team coach Erwin Koeman has said that his players were not to blame for the team’s early exit from the Arabian Gulf Cup, as they gave everything to ensure they succeeded. Defending champions Oman were eliminated on goal difference from the 24th Arabian Gulf Cup, which is being held in Doha, Qatar, after losing 3-1 to Saudi Arabia in their final Group B game.\n"
          "The Sultanate needed either a win or a draw to go through or, failing that, a goal difference that was superior to both Kuwait and Bahrain, the other two teams in their group. Oman had previously played out a goalless draw against Bahrain while beating Kuwait 2-1, but Bahrain’s 3-2 win on Kuwait saw the island nation get through to the semi-finals because although they had the same results, their goal difference was better.\n"
          "In terms of scoring a second goal against the Saudis to give Oman a chance of progressing in the competition, Koeman said, “We had chances as well to score the second, and that means that we were probably wrong. You need some luck, but I cannot blame the players, because they did everything. They worked very hard, they fought, and in the game, whether we needed a goal or didn’t need a goal, finally, we are not going through. That is what counts.”\n"
          "“I think that if we were to evaluate this tournament and our performance, we had to do better, and we must take steps to move ahead, because that is the most important thing,” he added. “Surely, if you see the difference today, in a technical way, in the fastness and in terms of a good first touch, we can learn a lot from that, but we have to improve. That is my personal opinion.”"),
    entities=[("koeman", "Erwin Koeman", "PERSON",
               ["Koeman", "Oman football coach Koeman", "Oman’s national football team coach Erwin Koeman"],
               "head coach of Oman's national football team")],
    mentions=[("m1", "Oman football coach Koeman", "koeman"),
              ("m2", "Oman’s national football team coach Erwin Koeman", "koeman"),
              ("m3", ("Koeman", "Koeman said, “We"), "koeman"),
              ("m4", ("he", "he added"), "koeman")],
    attributions=[("a1", "INDIRECT", "m1", None, "My players gave everything at the Gulf Cup", None),
                  ("a2", "INDIRECT", "m2", ("said", "has said that"),
                   seg(T, "his players were not to blame", "to ensure they succeeded"), None),
                  ("a3", "DIRECT", "m3", ("said", "Koeman said, “We"),
                   seg(T, "We had chances as well", "That is what counts."), None),
                  ("a4", "DIRECT", "m4", ("added", "he added"),
                   seg(T, "I think that if we were", "the most important thing,"), None),
                  ("a5", "DIRECT", "m4", None, seg(T, "Surely, if you see", "my personal opinion."), None)])

# ---------------------------------------------------------------------------------------
# The Statesman (Kolkata). The stored page has no headline (its address reads "mayor miffed at
# waterlogging woes of citizens"); the text starts with the lead. "Advertisement" is removed. The
# date is the page's 2023-09-02. The stored copy ends with the mayor's last quotation. Notes:
# - "complaints of waterlogging in some pockets of the city" in the lead: a noun cue whose
#   claimants are not named in its sentence (null source, `reports of …`); "Visibly disappointed
#   on getting the complaints" has no content.
# - The mayor's quotation opened after "the mayor said, “Won’t ..." is never closed in its
#   paragraph; the next paragraph reopens and closes it ("... in the water,” said the mayor").
#   Marks as printed (FORMAT.md): one DIRECT attribution from "Won’t" to "water," taking the cue of
#   the clause where it closes ("said the mayor"), as make_test12_c.py does for Ahmad; the first
#   "the mayor" is then a non-source mention. Inside that content, the narration "Coming down
#   heavily on his officials, the mayor said that ..." is a nested claim of the mayor; "I was told
#   there is ..." (agentless passive, null source) and "There were reports of ..." (noun cue, null
#   source) are nested too. "Won’t the KEIIP engineers see that ..." is perception, not speech.
# - "talked about similar problems": content is the topic, as "spoke of X" in the corpus.
# - "... said that the problem might be due to high tides to which the mayor said that ...": two
#   claims; the second's cue sits in a relative clause, its source is "the mayor".
# - "Pointing out the poor condition of roads ..., the mayor said, “...”" is two claims of the
#   mayor (a participle with its own content, as `warning that`).
doc("thestatesman-kolkata-mayor-hakim-waterlogging-officials",
    url="https://www.thestatesman.com/bengal/mayor-miffed-at-waterlogging-woes-of-citizens-1503217863.html",
    outlet="The Statesman", country="India", topic="local", cut=False, published="2023-09-02",
    text=(T := "Miffed over complaints of waterlogging in some pockets of the city, the mayor of Kolkata Municipal Corporation, Firhad Hakim, came down heavily on the officials of the drainage department today.\n"
          "At least two callers during the ‘Talk to Mayor’ session complained about waterlogging woes in their wards today.\n"
          "One of the callers, a doctor from Ward 63 complained about waterlogging issues near his house.\n"
          "He also rued that earlier bleaching powder used to be sprinkled regularly but now such steps to control the breeding of mosquitoes are not being carried out.\n"
          "Another caller from Ward 125 also talked about similar problems.\n"
          "Visibly disappointed on getting the complaints, the mayor said, “Won’t the KEIIP engineers see that there is no waterlogging? What are the AC’s doing? Why aren’t they seeing where there is waterlogging? Coming down heavily on his officials, the mayor said that they were being given false information.\n"
          "“This is a bad system of passing the ball in other’s court. I was told there is no more waterlogging anywhere in Kidderpore. But when I went to attend the funeral of my brother in Kidderpore, there was waterlogging in his house. I myself went there in kneedeep water. There were reports of no more waterlogging but I had to stand there in the water,” said the mayor.\n"
          "One of the officials said that the problem might be due to high tides to which the mayor said that there was no relation between the two.\n"
          "Pointing out the poor condition of roads at Diamond Harbour Road in Kidderpore stretch, the mayor said, “The line in that area is not connected to that of the pumping station at Nawab Ali Park. They have connected half the line and left the remaining work.”"),
    entities=[("hakim", "Firhad Hakim", "PERSON",
               ["Hakim", "the mayor", "the mayor of Kolkata Municipal Corporation, Firhad Hakim"],
               "Mayor of Kolkata Municipal Corporation"),
              ("callers", "At least two callers", "GROUP", [], "callers to the 'Talk to Mayor' phone-in"),
              ("doctor", "One of the callers, a doctor from Ward 63", "PERSON", ["a doctor from Ward 63"],
               "caller from Ward 63, a doctor"),
              ("caller125", "Another caller from Ward 125", "PERSON", [], "caller from Ward 125"),
              ("official", "One of the officials", "PERSON", [], "a Kolkata Municipal Corporation official")],
    mentions=[("m1", "the mayor of Kolkata Municipal Corporation, Firhad Hakim", "hakim"),
              ("m2", "At least two callers", "callers"),
              ("m3", "One of the callers, a doctor from Ward 63", "doctor"),
              ("m4", ("He", "He also rued"), "doctor"),
              ("m5", "Another caller from Ward 125", "caller125"),
              ("m6", ("the mayor", "getting the complaints, the mayor"), "hakim"),
              ("m7", ("the mayor", "the mayor said that they"), "hakim"),
              ("m8", ("the mayor", "said the mayor"), "hakim"),
              ("m9", "One of the officials", "official"),
              ("m10", ("the mayor", "the mayor said that there"), "hakim"),
              ("m11", ("the mayor", "stretch, the mayor"), "hakim")],
    attributions=[("a1", "INDIRECT", None, ("complaints", "complaints of waterlogging"),
                   "waterlogging in some pockets of the city", None),
                  ("a2", "INDIRECT", "m2", ("complained", "session complained"), "waterlogging woes in their wards", None),
                  ("a3", "INDIRECT", "m3", ("complained", "63 complained"), "waterlogging issues near his house", None),
                  ("a4", "INDIRECT", "m4", "rued",
                   seg(T, "earlier bleaching powder", "are not being carried out"), None),
                  ("a5", "INDIRECT", "m5", "talked about", "similar problems", None),
                  ("a6", "DIRECT", "m8", ("said", "said the mayor"),
                   seg(T, "Won’t the KEIIP engineers", "stand there in the water,"), None),
                  ("a7", "INDIRECT", "m7", ("said", "the mayor said that they"),
                   "they were being given false information", "a6"),
                  ("a8", "INDIRECT", None, ("told", "I was told"),
                   "there is no more waterlogging anywhere in Kidderpore", "a6"),
                  ("a9", "INDIRECT", None, ("reports", "There were reports"),
                   ("no more waterlogging", "reports of no more waterlogging"), "a6"),
                  ("a10", "INDIRECT", "m9", ("said", "officials said that"), "the problem might be due to high tides", None),
                  ("a11", "INDIRECT", "m10", ("said", "the mayor said that there"), "there was no relation between the two", None),
                  ("a12", "INDIRECT", "m11", "Pointing out",
                   "the poor condition of roads at Diamond Harbour Road in Kidderpore stretch", None),
                  ("a13", "DIRECT", "m11", ("said", "stretch, the mayor said"),
                   seg(T, "The line in that area", "left the remaining work."), None)])

# ---------------------------------------------------------------------------------------
# Emirates 24|7. Removed: the page's clock and prayer-time lines, the "Published / By ..." line.
# `published` is the date in the page's address (2014-10-27). The stored copy breaks off inside
# "He added that they had a lot of projects on hand and were running full st"; the text is cut
# before it. The unquoted cross-head "Affordability is critical" is a label. Notes:
# - The headline "Dubai property price spikes scare me: Alabbar" is a "claim: name" headline (null
#   cue, INDIRECT: no marks).
# - Inside his quotation, "people are saying that 'the market is cooling down'" is nested speech of
#   others; its content is a whole single-quoted quotation, so DIRECT without the marks.
# - "after announcing the launch of Dubai Creek Residences ...": `announced the launch of X`
#   (FORMAT.md, Included), an NP content with its apposition.
# - "remained non-committal on the completion date of ..." is a refusal about an open question
#   (seed a9/a10, "declined to provide an update"); its content is the whole NP, the relative
#   clause included. "they were expecting to ..." inside his own claim is not split off.
# - "Alabbar said 'affordability' was ...": the single-quoted word makes it MIXED; "everybody
#   (developers) wanted real estate prices to move up" states a wish, not speech: not split off.
#   The next quotation has no reporting clause: it continues Alabbar (null cue).
doc("emirates247-alabbar-dubai-property-price-spikes",
    url="http://www.emirates247.com/news/emirates/dubai-property-price-spikes-scare-me-alabbar-2014-10-27-1.567846",
    outlet="Emirates 24|7", country="United Arab Emirates", topic="business", cut=True, published="2014-10-27",
    text=(T := "Dubai property price spikes scare me: Alabbar\n"
          "Emaar Properties Chairman Mohamed Alabbar on Monday said the property price spikes in Dubai scare him, but the market has now cooled and is healthy.\n"
          "“In 2013, things went crazy because supply was limited. As a long-term developer, this spike scares me. I am glad that people are saying that 'the market is cooling down', and that is healthy,” Alabbar told reporters after announcing the launch of Dubai Creek Residences in Dubai Creek Harbour at The Lagoons, a six-million square metre urban district.\n"
          "Dubai Creek Residences is being developed in joint venture with Dubai Holding, a global investment conglomerate, which owns the plot of land on Dubai Creek. The master development will includes the world’s tallest twin towers.\n"
          "Sales of the first two towers in Dubai Creek Residences, a project comprising six towers, will commence on November 1.\n"
          "Emaar Chief said they were expecting to complete the two towers in 30 months' time, but remained non-committal on the completion date of The Lagoons master development, which is three times the size of Downtown Dubai.\n"
          "In September, Knight Frank said prices had slowed down, but compared to 53 other global cities property price were still increasing at the fastest pace in the world.\n"
          "Dubai saw annual price growth of 24 per cent though it slipped from 27.7 per cent in the year to March 2014, the UK-based consultancy said.\n"
          "Affordability is critical\n"
          "Alabbar said 'affordability' was a very critical issue though everybody (developers) wanted real estate prices to move up.\n"
          "“There is something called affordability level and as a long-term player in the market that is perfect… we don’t want a market that is ‘running out of control’.”"),
    entities=[("alabbar", "Mohamed Alabbar", "PERSON",
               ["Alabbar", "Emaar Properties Chairman Mohamed Alabbar", "Emaar Chief"],
               "Chairman of Emaar Properties"),
              ("people", "people", "GROUP", [], "people commenting on Dubai's property market"),
              ("knightfrank", "Knight Frank", "ORGANIZATION", ["the UK-based consultancy"],
               "UK-based property consultancy")],
    mentions=[("m1", ("Alabbar", "me: Alabbar"), "alabbar"),
              ("m2", "Emaar Properties Chairman Mohamed Alabbar", "alabbar"),
              ("m3", ("Alabbar", "Alabbar told"), "alabbar"),
              ("m4", ("people", "people are saying"), "people"),
              ("m5", "Emaar Chief", "alabbar"),
              ("m6", ("Knight Frank", "Knight Frank said"), "knightfrank"),
              ("m7", "the UK-based consultancy", "knightfrank"),
              ("m8", ("Alabbar", "Alabbar said 'affordability'"), "alabbar")],
    attributions=[("a1", "INDIRECT", "m1", None, "Dubai property price spikes scare me", None),
                  ("a2", "INDIRECT", "m2", ("said", "on Monday said"),
                   "the property price spikes in Dubai scare him, but the market has now cooled and is healthy", None),
                  ("a3", "DIRECT", "m3", "told", seg(T, "In 2013, things went crazy", "and that is healthy,"), None),
                  ("a4", "DIRECT", "m4", "saying", "the market is cooling down", "a3"),
                  ("a5", "INDIRECT", "m3", "announcing",
                   "the launch of Dubai Creek Residences in Dubai Creek Harbour at The Lagoons, a six-million square metre urban district", None),
                  ("a6", "INDIRECT", "m5", ("said", "Emaar Chief said"),
                   "they were expecting to complete the two towers in 30 months' time", None),
                  ("a7", "INDIRECT", "m5", "remained non-committal",
                   "the completion date of The Lagoons master development, which is three times the size of Downtown Dubai", None),
                  ("a8", "INDIRECT", "m6", ("said", "Knight Frank said"),
                   seg(T, "prices had slowed down", "fastest pace in the world"), None),
                  ("a9", "INDIRECT", "m7", ("said", "consultancy said"),
                   seg(T, "Dubai saw annual price growth", "year to March 2014"), None),
                  ("a10", "MIXED", "m8", ("said", "Alabbar said 'affordability'"),
                   "'affordability' was a very critical issue though everybody (developers) wanted real estate prices to move up", None),
                  ("a11", "DIRECT", "m8", None,
                   seg(T, "There is something called", "‘running out of control’."), None)])

# ---------------------------------------------------------------------------------------
# DT Next (Chennai). The second line is the page's standfirst (no full stop, as printed). The
# stored copy breaks off inside its next paragraph ("While the departmen"); the text is cut before
# it. The page gives no date. The dateline "CHENNAI:" is not an attribution. Notes:
# - "The Indian Coast Guard’s aerial survey ... revealed that ...": a finding of a named body's
#   survey (FORMAT.md, Included: findings), its author named in the NP, so the survey is a mention
#   of the Coast Guard (FORMAT.md, Documents).
# - "Even if they go fishing, no one will buy the catch ... Moreover, carcasses ..." sits between
#   Vishanth's quotations but has no cue and no marks: not annotated ("No cue, no claim").
# - "They found that oil entered first into the Buckingham Canal ...": what the fishermen found
#   out, reported with a named subject (a belief/finding, FORMAT.md, Included); "were shocked to
#   witness" is a state with no reported content.
# - "They assured the fishermen of deploying ...": the linking "of" and the addressee are left out.
#   The fishermen ("fishermen", "They", "the fishermen") are one collective in this scene;
#   Vishanth, one of them, is his own entity.
doc("dtnext-ennore-oil-spill-fishermen-livelihood",
    url="https://dtnext.in/news/city/oil-spill-in-ennore-ernavoor-kills-fish-in-river-affects-livelihood-753857",
    outlet="DT Next", country="India", topic="environment", cut=True,
    text=(T := "Oil spill in Ennore, Ernavoor kills fish in river, affects livelihood\n"
          "The Indian Coast Guard’s aerial survey during the weekend revealed that the spillage had spread to around 20 sq km in the area, starting from the mouth of Kosasthalaiyar river to Kasimedu harbour\n"
          "CHENNAI: The livelihoods of fishermen along the Kosasthalaiyar River in Ennore and Ernavoor have been adversely affected as they could not venture into the river for fishing for the past one week because of the crude oil spillage into the river. Worsening the situation: the fish in the river are dying.\n"
          "S Vishanth, a fisherman of Nettukuppam near Ennore, said that a stubborn layer of oil has spread over the boats and fishermen could not get on them as they are slippery.\n"
          "“We’ve not gone fishing since the oil spillage. Bad smell makes our head hurt. Cats and dogs are dying in residential areas, where crude oil entered homes with water,” he said.\n"
          "Even if they go fishing, no one will buy the catch as they’re polluted by oil. Moreover, carcasses of dead fish float up with oil. “Though flood water has receded, there’s a thick layer of crude oil on walls, vehicles and other belongings,” Vishanth lamented.\n"
          "On the night of December 4, fishermen were shocked to witness a large amount of crude oil entering the Kosasthalaiyar River. They found that oil entered first into the Buckingham Canal and then drained into the river during Cyclone Michaung. Now, the beaches near the river mouth has turned black.\n"
          "Meanwhile, a team of officials from the environment department inspected the affected area and the river on Monday. They assured the fishermen of deploying the latest equipment to clear oil from the river and the sea."),
    entities=[("coastguard", "The Indian Coast Guard", "ORGANIZATION", ["Indian Coast Guard"], "India's coast guard"),
              ("vishanth", "S Vishanth", "PERSON", ["Vishanth", "S Vishanth, a fisherman of Nettukuppam near Ennore"],
               "fisherman of Nettukuppam near Ennore"),
              ("fishermen", "fishermen", "GROUP", ["the fishermen"], "fishermen of the Kosasthalaiyar river"),
              ("team", "a team of officials from the environment department", "GROUP", [],
               "Tamil Nadu environment department inspection team")],
    mentions=[("m1", "The Indian Coast Guard’s aerial survey", "coastguard"),
              ("m2", "S Vishanth, a fisherman of Nettukuppam near Ennore", "vishanth"),
              ("m3", ("fishermen", "and fishermen could not"), "fishermen"),
              ("m4", ("he", "water,” he said"), "vishanth"),
              ("m5", ("Vishanth", "Vishanth lamented"), "vishanth"),
              ("m6", ("fishermen", "fishermen were shocked"), "fishermen"),
              ("m7", ("They", "They found"), "fishermen"),
              ("m8", "a team of officials from the environment department", "team"),
              ("m9", ("They", "They assured"), "team"),
              ("m10", ("the fishermen", "assured the fishermen"), "fishermen")],
    attributions=[("a1", "INDIRECT", "m1", "revealed",
                   seg(T, "the spillage had spread", "to Kasimedu harbour"), None),
                  ("a2", "INDIRECT", "m2", ("said", "Ennore, said that"),
                   seg(T, "a stubborn layer of oil", "as they are slippery"), None),
                  ("a3", "DIRECT", "m4", ("said", "water,” he said"),
                   seg(T, "We’ve not gone fishing", "entered homes with water,"), None),
                  ("a4", "DIRECT", "m5", "lamented",
                   seg(T, "Though flood water has receded", "other belongings,"), None),
                  ("a5", "INDIRECT", "m7", ("found", "They found"),
                   "oil entered first into the Buckingham Canal and then drained into the river during Cyclone Michaung", None),
                  ("a6", "INDIRECT", "m9", ("assured", "They assured"),
                   "deploying the latest equipment to clear oil from the river and the sea", None)])

write("train_be.jsonl")
