#!/usr/bin/env python3
"""Writes train_bj.jsonl: real-news gold, split train-bj (see gold.py). Run: python3 make_train_bj.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# New Vision (Uganda). The stored page prints the headline, the date ("May 09, 2012"), a
# standfirst, the byline and then the lead; date and byline are removed, and the standfirst is
# kept and annotated like the lead (FORMAT.md, Text parts). The page breaks off inside the
# paragraph "Initially, 25 men were indicted ..." ("had b"); the text is cut before it.
# Notes:
# - "had asked the court to put ..." and "asked the court to ignore ...": the addressee is left
#   out ("staff were told to stay home" -> "to stay home"); "saying that ..." is a second claim
#   of the attorney (seed a18/a19).
# - "conceded that the investigating officer had told a lie when he testified in court that X,
#   which turned out to be untrue": the whole clause is the attorney's concession (the trailing
#   relative clause is part of what he conceded); the officer's testimony is nested in it, with
#   "he" as its source. "told a lie" has no content of its own and is not annotated.
# - The two defence lawyers are a coordinated subject, so one GROUP (FORMAT.md, Groups). The
#   relative clause "who is also Buganda's Attorney General" sits between the two names, so the
#   contiguous source span keeps it (the rule that drops relative clauses cannot apply inside a
#   coordination).
# - "The argued that ...": the page's typo for "They"; "The" is kept verbatim as the pronoun
#   mention of the defence lawyers (the sense requires them: "in their submissions").
doc("newvision-buganda-riot-case-ruling-next-week",
    url="https://www.newvision.co.ug/new_vision/news/1301501/court-rule-buganda-riot",
    outlet="New Vision", country="Uganda", topic="courts-crime", cut=True, published="2012-05-09",
    text=(T := "Court to rule on Buganda riot case next week\n"
          "Justice Ralph Ochan Wednesday said he will give a ruling whether the 11 men on a charge of terrorism have a case to answer on Monday.\n"
          "Justice Ralph Ochan of the High Court Wednesday said he will give a ruling whether the 11 men on a charge of terrorism have a case to answer on Monday.\n"
          "Justice Ochan who was set to give his ruling today (Wednesday) said he was still studying the evidence adduced before Court in the matter.\n"
          "This followed final submissions in which Senior Principal State Attorney, Vincent Wagona had asked the court to put all the 11 accused men on their defense, saying that the prosecution had made out a strong case against each of them and should be convicted as charged.\n"
          "Wagona asked the court to ignore the small discrepancies in the prosecution evidence and consider the circumstances that prevailed at the time of the commission of the offence.\n"
          "“Numerous incidences occurred at different times in different places and the police must have been overstretched, which caused the small inconsistencies in the prosecution evidence,” the attorney said.\n"
          "However, the attorney conceded that the investigating officer had told a lie when he testified in court that three of the accused men had been convicted at Nsangi Magistrate’s Court before, which turned out to be untrue.\n"
          "However, earlier on Friday senior lawyer Apollo Makubuya, who is also Buganda’s Attorney General, and Medard Seggona-Kalyamaggwa, in their submissions, had asked the court to free all the accused men without putting them on their defense.\n"
          "The argued that the prosecution had miserably failed to establish an offence that would warrant them to put up a defense against the charge."),
    entities=[("ochan", "Ralph Ochan", "PERSON",
               ["Ochan", "Justice Ralph Ochan", "Justice Ochan", "Justice Ralph Ochan of the High Court"], "High Court judge"),
              ("wagona", "Vincent Wagona", "PERSON",
               ["Wagona", "Senior Principal State Attorney, Vincent Wagona", "the attorney"], "Senior Principal State Attorney"),
              ("officer", "the investigating officer", "PERSON", [], "police officer who investigated the case"),
              ("defence", "Apollo Makubuya and Medard Seggona-Kalyamaggwa", "GROUP",
               ["Makubuya", "Seggona-Kalyamaggwa",
                "senior lawyer Apollo Makubuya, who is also Buganda’s Attorney General, and Medard Seggona-Kalyamaggwa"],
               "defence lawyers of the accused")],
    mentions=[("m1", ("Justice Ralph Ochan", "Justice Ralph Ochan Wednesday"), "ochan"),
              ("m2", "Justice Ralph Ochan of the High Court", "ochan"),
              ("m3", "Justice Ochan", "ochan"),
              ("m4", "Senior Principal State Attorney, Vincent Wagona", "wagona"),
              ("m5", ("Wagona", "Wagona asked"), "wagona"),
              ("m6", ("the attorney", "the attorney said"), "wagona"),
              ("m7", ("the attorney", "the attorney conceded"), "wagona"),
              ("m8", "the investigating officer", "officer"),
              ("m9", ("he", "he testified"), "officer"),
              ("m10", "senior lawyer Apollo Makubuya, who is also Buganda’s Attorney General, and Medard Seggona-Kalyamaggwa",
               "defence"),
              ("m11", ("The", "The argued"), "defence")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Ochan Wednesday said"),
                   ("he will give a ruling whether the 11 men on a charge of terrorism have a case to answer on Monday",
                    "Ochan Wednesday said"), None),
                  ("a2", "INDIRECT", "m2", ("said", "Court Wednesday said"),
                   ("he will give a ruling whether the 11 men on a charge of terrorism have a case to answer on Monday",
                    "Court Wednesday said"), None),
                  ("a3", "INDIRECT", "m3", ("said", "(Wednesday) said"),
                   "he was still studying the evidence adduced before Court in the matter", None),
                  ("a4", "INDIRECT", "m4", ("asked", "had asked the court to put"),
                   "to put all the 11 accused men on their defense", None),
                  ("a5", "INDIRECT", "m4", "saying",
                   "the prosecution had made out a strong case against each of them and should be convicted as charged", None),
                  ("a6", "INDIRECT", "m5", ("asked", "Wagona asked"),
                   seg(T, "to ignore the small discrepancies", "commission of the offence"), None),
                  ("a7", "DIRECT", "m6", ("said", "the attorney said"),
                   seg(T, "Numerous incidences occurred", "in the prosecution evidence,"), None),
                  ("a8", "INDIRECT", "m7", "conceded",
                   seg(T, "the investigating officer had told a lie", "turned out to be untrue"), None),
                  ("a9", "INDIRECT", "m9", "testified",
                   "three of the accused men had been convicted at Nsangi Magistrate’s Court before", "a8"),
                  ("a10", "INDIRECT", "m10", ("asked", "had asked the court to free"),
                   "to free all the accused men without putting them on their defense", None),
                  ("a11", "INDIRECT", "m11", "argued",
                   seg(T, "the prosecution had miserably failed", "against the charge"), None)])

# ---------------------------------------------------------------------------------------
# HeraldLIVE (South Africa), a TimesLIVE story. The stored page has no headline: the text starts
# with its lead; the closing credit "TimesLIVE" is removed as a byline. Notes:
# - "demanded electricity be reconnected after the municipality cut ...": the "after" clause is an
#   adjunct of the demand and is left out. "They demanded to be addressed by ..." keeps its
#   infinitive as content (FORMAT.md, Left outside); "refused to listen" is an action.
# - Inside Madonsela's quotation, "Mkhwanazi received a call from SAPS informing him that ..." is
#   nested speech of SAPS (cue "informing", addressee left out). "The municipality cannot give
#   details ..." is the spokesperson's own statement for the municipality, not split off.
# - "said allegations that X are untrue": the noun cue "allegations" with no claimant is a nested
#   claim with a null source (FORMAT.md, Null source).
# - "urged the community not to vandalise property as this causes ...": the addressee is left out;
#   the reason clause is part of what was urged.
# - "On Tuesday residents allegedly attacked ...": a hedge, no claim. "the crowd" in the quotation
#   is the protesting residents; "some of the residents" (a subset) is not marked.
doc("heraldlive-abaqulusi-protest-electricity-disconnections",
    url="https://www.heraldlive.co.za/news/2023-12-06-kzn-community-member-killed-in-protest-over-illegal-electricity-connections/",
    outlet="HeraldLIVE", country="South Africa", topic="local", cut=False, published="2023-12-06",
    text=(T := "A community member was killed when a protest at AbaQulusi in northern KwaZulu-Natal turned violent on Tuesday.\n"
          "Hlobane residents demanded electricity be reconnected after the municipality cut illegal connections.\n"
          "When mayor Khehla Mkhwanazi attempted to address residents, they refused to listen to him.\n"
          "They demanded to be addressed by council speaker Nonkululeko Ndlela.\n"
          "Ndlela said political leaders and the administration would meet and discuss a solution beneficial to the municipality and residents.\n"
          "“However, the disconnections for illegal connections continued while some of the residents went and reconnected themselves illegally,” said municipal spokesperson Lolo Madonsela.\n"
          "On Tuesday residents allegedly attacked municipal employees and vandalised municipal property and assets.\n"
          "Madonsela said some employees had to be taken to hospital after residents threw stones and rocks at them.\n"
          "A generator was stolen and computers vandalised.\n"
          "“Security guards had to use rubber bullets to disperse the crowd. Mkhwanazi received a call from SAPS informing him that one person had died during the unrest. The municipality cannot give details on the death of a resident as the police need to conduct further investigations. However, the security guards were not using live ammunition but rubber bullets,” said Madonsela.\n"
          "The cause of death is unclear. However, Madonsela said allegations that a security guard was accompanying Mkhwanazi when the resident was shot are untrue as he was out of town in Estcourt.\n"
          "Mkhwanazi urged the community not to vandalise property as this causes further delays in service delivery."),
    entities=[("residents", "Hlobane residents", "GROUP", ["residents", "the crowd"], "protesting residents of Hlobane"),
              ("mkhwanazi", "Khehla Mkhwanazi", "PERSON", ["Mkhwanazi", "mayor Khehla Mkhwanazi"], "mayor of AbaQulusi"),
              ("ndlela", "Nonkululeko Ndlela", "PERSON", ["Ndlela", "council speaker Nonkululeko Ndlela"],
               "AbaQulusi council speaker"),
              ("madonsela", "Lolo Madonsela", "PERSON", ["Madonsela", "municipal spokesperson Lolo Madonsela"],
               "AbaQulusi municipal spokesperson"),
              ("saps", "SAPS", "ORGANIZATION", ["the police"], "South African Police Service")],
    mentions=[("m1", "Hlobane residents", "residents"),
              ("m2", "mayor Khehla Mkhwanazi", "mkhwanazi"),
              ("m3", ("residents", "address residents"), "residents"),
              ("m4", ("They", "They demanded"), "residents"),
              ("m5", "council speaker Nonkululeko Ndlela", "ndlela"),
              ("m6", ("Ndlela", "Ndlela said"), "ndlela"),
              ("m7", ("residents", "municipality and residents"), "residents"),
              ("m8", "municipal spokesperson Lolo Madonsela", "madonsela"),
              ("m9", ("residents", "Tuesday residents"), "residents"),
              ("m10", ("Madonsela", "Madonsela said some"), "madonsela"),
              ("m11", ("residents", "after residents threw"), "residents"),
              ("m12", "the crowd", "residents"),
              ("m13", ("Mkhwanazi", "Mkhwanazi received"), "mkhwanazi"),
              ("m14", "SAPS", "saps"),
              ("m15", "the police", "saps"),
              ("m16", ("Madonsela", "said Madonsela."), "madonsela"),
              ("m17", ("Madonsela", "Madonsela said allegations"), "madonsela"),
              ("m18", ("Mkhwanazi", "accompanying Mkhwanazi"), "mkhwanazi"),
              ("m19", ("Mkhwanazi", "Mkhwanazi urged"), "mkhwanazi")],
    attributions=[("a1", "INDIRECT", "m1", ("demanded", "residents demanded"), "electricity be reconnected", None),
                  ("a2", "INDIRECT", "m4", ("demanded", "They demanded"),
                   "to be addressed by council speaker Nonkululeko Ndlela", None),
                  ("a3", "INDIRECT", "m6", ("said", "Ndlela said"),
                   "political leaders and the administration would meet and discuss a solution beneficial to the municipality and residents", None),
                  ("a4", "DIRECT", "m8", ("said", "said municipal spokesperson"),
                   seg(T, "However, the disconnections", "themselves illegally,"), None),
                  ("a5", "INDIRECT", "m10", ("said", "Madonsela said some"),
                   "some employees had to be taken to hospital after residents threw stones and rocks at them", None),
                  ("a6", "DIRECT", "m16", ("said", "said Madonsela."),
                   seg(T, "Security guards had to use", "but rubber bullets,"), None),
                  ("a7", "INDIRECT", "m14", "informing", "one person had died during the unrest", "a6"),
                  ("a8", "INDIRECT", "m17", ("said", "Madonsela said allegations"),
                   seg(T, "allegations that a security guard", "out of town in Estcourt"), None),
                  ("a9", "INDIRECT", None, "allegations",
                   "a security guard was accompanying Mkhwanazi when the resident was shot", "a8"),
                  ("a10", "INDIRECT", "m19", "urged",
                   "not to vandalise property as this causes further delays in service delivery", None)])

# ---------------------------------------------------------------------------------------
# Ya Libnan (Lebanon). The "Share:" button line is removed. The stored page goes on with a
# cross-head printed with a lone closing mark ("Political will to elect new president”") and a
# paragraph that breaks off ("in electing a"); the text is cut before the cross-head. Notes:
# - "a session described by caretaker PM Najib Mikati as an emergency meeting": a passive
#   labelling with its agent as the source; the raised subject and the linking "as" are left
#   out, as make_test13_a.py and make_test14_b.py do ("described as an independent assessment").
# - "a declared Free Patriotic Movement boycott" is a participle with no finite reporting verb
#   (FORMAT.md, Excluded); "in which it declared a boycott of the session" is FPM's speech act with
#   a noun-phrase content, source "it". "The statement carried the names ..." reports no content.
# - "joined the session to voice his opposition to the meeting": "voice his opposition" is the cue
#   with its fixed object (like "voiced the hope"), the linking "to" is left out. "failing to
#   convince Mikati to stop it" is an unsuccessful action, not a report.
# - "Mikati also said that A, revealing that B to “agree on a work mechanism.”": two claims of
#   Mikati, the second MIXED; "based on the request of some ministers" has no content of its own.
# - "TFPM (sic) and its founder former president Michel Aoun have repeatedly warned against X,
#   labeling Y as Z": a coordinated subject (one GROUP) with two claims; "against" only links the
#   cue, and "labeling" keeps "such a move as ..." (make_test10_c.py, "described").
doc("yalibnan-caretaker-cabinet-meets-despite-fpm-boycott",
    url="https://yalibnan.com/2022/12/06/lebanon-caretaker-cabinet-met-despite-boycott-by-fpm",
    outlet="Ya Libnan", country="Lebanon", topic="politics", cut=True, published="2022-12-06",
    text=(T := "Lebanon caretaker cabinet met despite boycott by FPM\n"
          "Lebanon’s Caretaker Cabinet met Monday morning at the Grand Serail after 2 ministers defied a declared Free Patriotic Movement boycott and secured quorum for a session described by caretaker PM Najib Mikati as an emergency meeting.\n"
          "FPM released a statement last night in which it declared a boycott of the session. The statement carried the names of the caretaker ministers of foreign affairs, justice, defense, economy, social affairs, energy, tourism, industry and the displaced.\n"
          "A two-thirds quorum was however secured for the session by caretaker Industry Minister George Boujikian of the Tashnag Party which is allied with the FPM.\n"
          "Caretaker Social Affairs Minister Hector Hajjar later joined the session to voice his opposition to the meeting then exited after failing to convince Mikati to stop it.\n"
          "Speaking after the session, Mikati said decisions were taken in the file of the cancer, dialysis and incurable diseases patients and in the file of OGERO’s funds.\n"
          "Social aid for servicemen and pensioners was also approved according to caretaker Information Minister Ziad Makari.\n"
          "Mikati also said that some agenda articles were dropped based on the request of some ministers, revealing that there will be a meeting at 3pm for the ministers who attended and those who boycotted to “agree on a work mechanism.”\n"
          "Mikati had argued that the caretaker cabinet needs to approve urgent matters, including a decree related to medical services offered to cancer and dialysis patients.\n"
          "TFPM and its founder former president Michel Aoun have repeatedly warned against holding cabinet sessions amid the ongoing presidential vacuum, labeling such a move as an attack on the president’s powers."),
    entities=[("fpm", "Free Patriotic Movement", "ORGANIZATION", ["FPM", "the FPM"], "Lebanese political party"),
              ("mikati", "Najib Mikati", "PERSON", ["Mikati", "caretaker PM Najib Mikati"], "Lebanon's caretaker prime minister"),
              ("hajjar", "Hector Hajjar", "PERSON", ["Hajjar", "Caretaker Social Affairs Minister Hector Hajjar"],
               "caretaker Social Affairs Minister"),
              ("makari", "Ziad Makari", "PERSON", ["Makari", "caretaker Information Minister Ziad Makari"],
               "caretaker Information Minister"),
              ("fpmaoun", "TFPM and its founder former president Michel Aoun", "GROUP", ["Michel Aoun"],
               "the Free Patriotic Movement together with its founder Michel Aoun")],
    mentions=[("m1", ("FPM", "boycott by FPM"), "fpm"),
              ("m2", "caretaker PM Najib Mikati", "mikati"),
              ("m3", ("FPM", "FPM released"), "fpm"),
              ("m4", ("it", "in which it declared"), "fpm"),
              ("m5", "the FPM", "fpm"),
              ("m6", "Caretaker Social Affairs Minister Hector Hajjar", "hajjar"),
              ("m7", ("Mikati", "convince Mikati"), "mikati"),
              ("m8", ("Mikati", "session, Mikati said"), "mikati"),
              ("m9", "caretaker Information Minister Ziad Makari", "makari"),
              ("m10", ("Mikati", "Mikati also said"), "mikati"),
              ("m11", ("Mikati", "Mikati had argued"), "mikati"),
              ("m12", "TFPM and its founder former president Michel Aoun", "fpmaoun")],
    attributions=[("a1", "INDIRECT", "m2", "described", "an emergency meeting", None),
                  ("a2", "INDIRECT", "m4", ("declared", "it declared"), ("a boycott of the session", "it declared a boycott"), None),
                  ("a3", "INDIRECT", "m6", "voice his opposition", ("the meeting", "the meeting then exited"), None),
                  ("a4", "INDIRECT", "m8", ("said", "session, Mikati said"),
                   seg(T, "decisions were taken in the file", "OGERO’s funds"), None),
                  ("a5", "INDIRECT", "m9", "according to", "Social aid for servicemen and pensioners was also approved", None),
                  ("a6", "INDIRECT", "m10", ("said", "Mikati also said"),
                   "some agenda articles were dropped based on the request of some ministers", None),
                  ("a7", "MIXED", "m10", "revealing",
                   seg(T, "there will be a meeting at 3pm", "a work mechanism.”"), None),
                  ("a8", "INDIRECT", "m11", "argued",
                   seg(T, "the caretaker cabinet needs to approve", "cancer and dialysis patients"), None),
                  ("a9", "INDIRECT", "m12", "warned",
                   "holding cabinet sessions amid the ongoing presidential vacuum", None),
                  ("a10", "INDIRECT", "m12", "labeling", "such a move as an attack on the president’s powers", None)])

# ---------------------------------------------------------------------------------------
# Kahawatungu (Kenya). The stored page has no headline: the text starts with its lead. An embedded
# tweet (with its own question "Did she promise to pay bonuses?") is removed as an embed, and the
# page breaks off in the next paragraph ("Kshs 10million per w"); the text is cut before it. Notes:
# - "In a recent interview with the Daily Nation Amina stated ...": the Daily Nation is a medium.
# - "clarified recently that X, a position which is at odds with Amina’s assertions": the
#   apposition is the journalist's comment; "Amina’s assertions" has no content of its own.
# - "she thanked them and assured of government’s continued support": "thanked" has no content;
#   "assured of X" is a speech act whose linking "of" is left out (FORMAT.md, Spans).
# - In the last quotation, "the issues Nick (Mwendwa) had discussed for you" names a topic, not a
#   content, and is not annotated as nested speech.
doc("kahawatungu-amina-denies-harambee-stars-bonus-debt",
    url="https://www.kahawatungu.com/did-cs-amina-mohamed-promise-harambee-stars-match-bonuses-afcon/?utm_source=rss&utm_medium=rss&utm_campaign=did-cs-amina-mohamed-promise-harambee-stars-match-bonuses-afcon",
    outlet="Kahawatungu", country="Kenya", topic="sport", cut=True, published="2020-04-18",
    text=(T := "Cabinet Secretary for Sports Amina Mohamed has denied that Ministry of Sports owes Harambee Stars Kshs 10million Afcon 2019 match winning bonus.\n"
          "In a recent interview with the Daily Nation Amina stated they don’t have any financial obligations to Stars in as so far as the tournament is concerned.\n"
          "“I know without a shadow of doubt that all the monies requested for the Africa Cup of Nations were paid in full,” said Amina.\n"
          "A budget of Kshs 244million was approved for the team’s preparations for the meet which included a camp in France and a number of friendlies.\n"
          "But Football Kenya Federation (FKF) clarified recently that the money excluded match bonuses, a position which is at odds with Amina’s assertions.\n"
          "So who is telling the truth?\n"
          "Kenya’s sole win in the showpiece was against neighbours Tanzania in the group stage after consecutive losses against finalists Senegal and Algeria.\n"
          "Following the 3-2 win over Taifa Stars, Amina hosted the team, which still had mathematical chances of progressing, to a luncheon where she thanked them and assured of government’s continued support.\n"
          "“It’s wonderful for me to be here at a time the government has established the Sports Fund where we can actually meet the commitments we made to you as our players,” she said at the luncheon on the Nile.\n"
          "“On our way back we are working on some of the issues Nick (Mwendwa) had discussed for you and I know when we get home we will finalise that,” she added."),
    entities=[("amina", "Amina Mohamed", "PERSON", ["Amina", "Cabinet Secretary for Sports Amina Mohamed"],
               "Kenya's Cabinet Secretary for Sports"),
              ("fkf", "Football Kenya Federation (FKF)", "ORGANIZATION", ["Football Kenya Federation", "FKF"],
               "Kenya's football federation")],
    mentions=[("m1", "Cabinet Secretary for Sports Amina Mohamed", "amina"),
              ("m2", ("Amina", "Nation Amina stated"), "amina"),
              ("m3", ("Amina", "said Amina"), "amina"),
              ("m4", "Football Kenya Federation (FKF)", "fkf"),
              ("m5", ("Amina", "Amina hosted"), "amina"),
              ("m6", ("she", "she thanked"), "amina"),
              ("m7", ("she", "she said at"), "amina"),
              ("m8", ("she", "she added"), "amina")],
    attributions=[("a1", "INDIRECT", "m1", "denied",
                   "Ministry of Sports owes Harambee Stars Kshs 10million Afcon 2019 match winning bonus", None),
                  ("a2", "INDIRECT", "m2", "stated",
                   "they don’t have any financial obligations to Stars in as so far as the tournament is concerned", None),
                  ("a3", "DIRECT", "m3", ("said", "said Amina"),
                   seg(T, "I know without a shadow", "were paid in full,"), None),
                  ("a4", "INDIRECT", "m4", "clarified", "the money excluded match bonuses", None),
                  ("a5", "INDIRECT", "m6", "assured", "government’s continued support", None),
                  ("a6", "DIRECT", "m7", ("said", "she said at"),
                   seg(T, "It’s wonderful for me", "as our players,"), None),
                  ("a7", "DIRECT", "m8", ("added", "she added"),
                   seg(T, "On our way back", "we will finalise that,"), None)])

# ---------------------------------------------------------------------------------------
# Ghanaian Times (Ghana). The stored page gives no date, and it breaks off in the paragraph "As a
# part time spare parts dealer, he said ... because of the rise in the"; the text is cut before it.
# Notes:
# - "to signal the need for the government to end ..." is the purpose of closing the shops, an
#   action; "Checks ... showed that ..." is an evidential (FORMAT.md, Excluded).
# - "He stated that though necessary, he felt the action was not ...": his own attitude inside
#   his report is not split off (seed a20).
# - "What was required, she said was for the government to ...": a pseudo-cleft split by a
#   parenthetical reporting clause is one claim covering the whole cleft (FORMAT.md, Contiguity).
# - "A shop attendant, Hayford Agyei at Odorkor who sat in front of his closed shop said ...": the
#   relative clause is left out of the source. "He underscored his belief that ...": the cue keeps
#   its fixed object, as "voiced the hope".
# - "a trader who gave his name only as Kwasi Boat said ...": the source is the head "a trader";
#   the name inside the relative clause is a second mention of the same speaker, and giving one's
#   name is not annotated as a claim.
doc("ghanaiantimes-guta-shops-remain-closed-protest",
    url="https://ghanaiantimes.com.gh/shops-remained-closed-as-guta-members-continue-protest/",
    outlet="Ghanaian Times", country="Ghana", topic="business", cut=True,
    text=(T := "Shops remained closed as GUTA members continue protest\n"
          "Most members of the Ghana Union of Traders Association (GUTA) still have their shops closed to signal the need for the government to end the high cost of doing business in the country.\n"
          "Checks yesterday at Circle, Kaneshie, Abossey Okai and the Accra Central Business District (CBD) showed that middlemen, hawkers and petty traders were left to attend to shoppers.\n"
          "Meanwhile GUTA has indicated that shops of members would be reopened on Monday October 24, 2022.\n"
          "Between 11:30 am and 1pm when the Ghanaian Times visited these places, the closed shops had either members selling in front of their own closed shops or petty traders selling in front of them.\n"
          "Other shops which were partially closed had middlemen selling some of the items on the streets.\n"
          "Mr Adom Adigbo, a middleman at Rawlings Park, CBD, said he could not afford to stay back home despite the closure of shops because he had a family to feed.\n"
          "He stated that though necessary, he felt the action was not the right way to get their grievances addressed.\n"
          "A shop owner at Circle, Naa Adorkor similarly said closing shops could not solve the present economic challenges being faced in the country.\n"
          "What was required, she said was for the government to stop the depreciating cedi to stabilise businesses.\n"
          "A shop attendant, Hayford Agyei at Odorkor who sat in front of his closed shop said it was a step in the right direction for shops to be closed by members to signal a sense of urgency to the government.\n"
          "He underscored his belief that more stringent measures would be put in place to register their displeasure after Monday if the government failed to do anything about the situation.\n"
          "Meanwhile at Kaneshie, a trader who gave his name only as Kwasi Boat said he would have expected imported and exporters to halt business to show how serious the matter was."),
    entities=[("guta", "Ghana Union of Traders Association (GUTA)", "ORGANIZATION",
               ["Ghana Union of Traders Association", "GUTA"], "Ghanaian traders' union"),
              ("adigbo", "Adom Adigbo", "PERSON", ["Adigbo", "Mr Adom Adigbo, a middleman at Rawlings Park, CBD"],
               "middleman at Rawlings Park"),
              ("adorkor", "Naa Adorkor", "PERSON", ["Adorkor", "A shop owner at Circle, Naa Adorkor"], "shop owner at Circle"),
              ("agyei", "Hayford Agyei", "PERSON", ["Agyei", "A shop attendant, Hayford Agyei at Odorkor"],
               "shop attendant at Odorkor"),
              ("boat", "Kwasi Boat", "PERSON", ["a trader"], "trader at Kaneshie")],
    mentions=[("m1", "the Ghana Union of Traders Association (GUTA)", "guta"),
              ("m2", ("GUTA", "Meanwhile GUTA"), "guta"),
              ("m3", "Mr Adom Adigbo, a middleman at Rawlings Park, CBD", "adigbo"),
              ("m4", ("He", "He stated"), "adigbo"),
              ("m5", "A shop owner at Circle, Naa Adorkor", "adorkor"),
              ("m6", ("she", "she said was"), "adorkor"),
              ("m7", "A shop attendant, Hayford Agyei at Odorkor", "agyei"),
              ("m8", ("He", "He underscored"), "agyei"),
              ("m9", "a trader", "boat"),
              ("m10", "Kwasi Boat", "boat")],
    attributions=[("a1", "INDIRECT", "m2", "indicated", "shops of members would be reopened on Monday October 24, 2022", None),
                  ("a2", "INDIRECT", "m3", ("said", "CBD, said"),
                   "he could not afford to stay back home despite the closure of shops because he had a family to feed", None),
                  ("a3", "INDIRECT", "m4", "stated",
                   "though necessary, he felt the action was not the right way to get their grievances addressed", None),
                  ("a4", "INDIRECT", "m5", ("said", "similarly said"),
                   "closing shops could not solve the present economic challenges being faced in the country", None),
                  ("a5", "INDIRECT", "m6", ("said", "she said was"),
                   seg(T, "What was required", "to stabilise businesses"), None),
                  ("a6", "INDIRECT", "m7", ("said", "closed shop said"),
                   seg(T, "it was a step in the right direction", "urgency to the government"), None),
                  ("a7", "INDIRECT", "m8", "underscored his belief",
                   seg(T, "more stringent measures would be put in place", "about the situation"), None),
                  ("a8", "INDIRECT", "m9", ("said", "Kwasi Boat said"),
                   "he would have expected imported and exporters to halt business to show how serious the matter was", None)])

# ---------------------------------------------------------------------------------------
# The PH Spectator (Nigeria). The section label "Metro News" and the byline are removed; the
# stored copy ends with Fyneface's paragraph (cut=False, as far as the stored page shows). Notes:
# - "with the company confirming that ...": a claim of SPDC ("the company"), cue "confirming".
# - "The youths who had earlier demanded that X said Y": the demand in the relative clause is a
#   second claim of the same source (the antecedent, FORMAT.md Sources); not nested, as it is not
#   inside Y.
# - Inside Mongea's quotation, "these aggrieved youths of the community said this very one, they
#   will not relent until ..." is nested speech of the youths; "this very one" (the site) belongs
#   to its content. "She’ll" (twice) is the page's misspelling of "Shell", marked as a mention.
# - "Others community youths occupying the area said, “...¶“...”": a quotation reopened in the
#   next paragraph is one DIRECT claim. These youths are the occupying youths of the story, one
#   collective (FORMAT.md, Coreference); the participle "occupying the area" is left out of the
#   source like a relative clause. "We are speaking with one voice that ..." is their own report.
# - "while commenting on the action by the community youths said ...": the cue is "said"; the
#   participle clause is an adjunct of the reporting event.
doc("phspectator-ogoni-youths-occupy-bodo-spill-site",
    url="https://phspectator.com/2022/09/09/ogoni-youths-continue-occupation-of-spill-site-21-days-after/",
    outlet="The PH Spectator", country="Nigeria", topic="environment", cut=False, published="2022-09-09",
    text=(T := "Ogoni youths continue occupation of spill site 21 days after\n"
          "Youths of Bodo Community in Gokana local council of Rivers State have continued to occupy a spill site in the community almost 21 days after the incident occurred.\n"
          "Bodo community between August and September has been rocked by multiple spills from facilities belonging to Shell Petroleum Development Company, SPDC, in the area with the company confirming that one of the spill was as a result of equipment failure.\n"
          "The youths who had earlier demanded that SPDC must compensate them and clean up their environment said they won’t leave the site until the authorities of the company call them to a dialogue on how to settle the damages caused by the spill.\n"
          "They said that they cannot go to farm anymore as their source of livelihood has been affected by the spill, that they have nowhere to go to that’s why they are occupying the site.\n"
          "A leader of the community, Peter Mongea said, “Shell has turned deaf ears and prevented youths from having access to the other sites. They used soldiers to calm the other site without negotiating with the community to pay compensation that’s why these aggrieved youths of the community said this very one, they will not relent until She’ll comes to agree with us to pay for the first, second, third and fourth spill and it will be documented before we leave”.\n"
          "Others community youths occupying the area said, “we are occupying here because we need justice. We want Shell to attend to us because they have been deceiving us.\n"
          "“We are speaking with one voice that She’ll should come and negotiate with us and pay us our money”.\n"
          "Meanwhile, the Executive Director of Youths and Environmental Advocacy Centre-Nigeria, Mr Fyneface Dumnamene Fyneface while commenting on the action by the community youths said there should be an urgent action to pull the people away from the site as their continued stay at the site could cause danger to their health."),
    entities=[("youths", "Youths of Bodo Community", "GROUP",
               ["Ogoni youths", "The youths", "these aggrieved youths of the community", "Others community youths",
                "the community youths"], "youths occupying the Bodo spill site"),
              ("spdc", "Shell Petroleum Development Company", "ORGANIZATION",
               ["Shell Petroleum Development Company, SPDC", "SPDC", "Shell", "the company"], "oil company"),
              ("mongea", "Peter Mongea", "PERSON", ["Mongea", "A leader of the community, Peter Mongea"],
               "a leader of the Bodo community"),
              ("fyneface", "Fyneface Dumnamene Fyneface", "PERSON",
               ["Mr Fyneface Dumnamene Fyneface",
                "the Executive Director of Youths and Environmental Advocacy Centre-Nigeria, Mr Fyneface Dumnamene Fyneface"],
               "Executive Director of Youths and Environmental Advocacy Centre-Nigeria")],
    mentions=[("m1", "Ogoni youths", "youths"),
              ("m2", "Youths of Bodo Community", "youths"),
              ("m3", "Shell Petroleum Development Company, SPDC", "spdc"),
              ("m4", ("the company", "with the company"), "spdc"),
              ("m5", "The youths", "youths"),
              ("m6", ("SPDC", "that SPDC must"), "spdc"),
              ("m7", ("They", "They said that"), "youths"),
              ("m8", "A leader of the community, Peter Mongea", "mongea"),
              ("m9", ("Shell", "“Shell has"), "spdc"),
              ("m10", "these aggrieved youths of the community", "youths"),
              ("m11", ("She’ll", "She’ll comes"), "spdc"),
              ("m12", "Others community youths", "youths"),
              ("m13", ("Shell", "We want Shell"), "spdc"),
              ("m14", ("She’ll", "She’ll should"), "spdc"),
              ("m15", "the Executive Director of Youths and Environmental Advocacy Centre-Nigeria, Mr Fyneface Dumnamene Fyneface",
               "fyneface"),
              ("m16", "the community youths", "youths")],
    attributions=[("a1", "INDIRECT", "m4", "confirming", "one of the spill was as a result of equipment failure", None),
                  ("a2", "INDIRECT", "m5", "demanded", "SPDC must compensate them and clean up their environment", None),
                  ("a3", "INDIRECT", "m5", ("said", "environment said"),
                   seg(T, "they won’t leave the site", "caused by the spill"), None),
                  ("a4", "INDIRECT", "m7", ("said", "They said that"),
                   seg(T, "they cannot go to farm anymore", "occupying the site"), None),
                  ("a5", "DIRECT", "m8", ("said", "Mongea said"),
                   seg(T, "Shell has turned deaf ears", "before we leave"), None),
                  ("a6", "INDIRECT", "m10", ("said", "community said this"),
                   seg(T, "this very one, they will not relent", "before we leave"), "a5"),
                  ("a7", "DIRECT", "m12", ("said", "the area said"),
                   seg(T, "we are occupying here", "pay us our money"), None),
                  ("a8", "INDIRECT", "m15", ("said", "youths said there"),
                   seg(T, "there should be an urgent action", "danger to their health"), None)])

# ---------------------------------------------------------------------------------------
# Yemen Press Agency (Yemen). The site name line ("YEMEN Press Agency") and the closing initials
# ("@E.Y.M") are removed; the dateline "GAZA, Nov. 10 (YPA) –" opens the lead and is not an
# attribution. The page gives no year. Notes:
# - The colon headline "Gaza health director: ..." has a null cue and the nominal as source.
# - "al-Bursh", "al-Barsh", "Al-Barsh" and "Al-Bursh" are the page's spellings of one name
#   (misspelt variants are aliases). "In a post on his Facebook page" is a medium.
# - "Al-Barsh added that A, warning that “B.”": two claims; the second lies wholly inside one
#   quotation and is DIRECT (FORMAT.md, Type: `told the panel "we are not ready"`).
# - "He pointed out that ... “just to keep patients alive,” a situation affecting around 650
#   patients": the trailing apposition belongs to the reported sentence and stays in the content.
doc("ypagency-gaza-health-director-medicine-shortages",
    url="https://en.ypagency.net/?p=375590",
    outlet="Yemen Press Agency", country="Yemen", topic="health-science", cut=False,
    text=(T := "Gaza health director: Medicine shortages pose serious risks\n"
          "GAZA, Nov. 10 (YPA) – Munir al-Bursh, the director of Gaza’s Health Ministry, said that a shortage of medicines is “the most dangerous manifestation of the health system’s collapse” in the enclave.\n"
          "In a post on his Facebook page, al-Barsh said that around 350,000 people in Gaza suffer from chronic diseases and require continuous treatment.\n"
          "He explained that since the ceasefire, only 60 trucks carrying medical supplies have entered the Strip—representing just 10% of the Ministry of Health’s needs, and that these supplies did not include essential medicines.\n"
          "Al-Barsh added that there are approximately 12,000 cancer patients in Gaza who rely on multiple treatment protocols, warning that “the absence of even one medication means treatment comes to a halt.”\n"
          "He said the Turkish-Palestinian Friendship Hospital, the main facility for cancer care, was destroyed in Israeli attacks.\n"
          "Al-Barsh added that deaths among patients with chronic illnesses have increased, noting that around 40% of kidney dialysis patients have died due to displacement, lack of treatment, and the destruction of health centers and medical databases.\n"
          "Al-Bursh stressed that the ongoing shortage of medicine and supplies constitutes a “health genocide,” with many patients facing a slow death. He pointed out that dialysis sessions have been cut from four hours to just one hour “just to keep patients alive,” a situation affecting around 650 patients"),
    entities=[("bursh", "Munir al-Bursh", "PERSON",
               ["al-Bursh", "al-Barsh", "Gaza health director", "Munir al-Bursh, the director of Gaza’s Health Ministry"],
               "director of Gaza's Health Ministry")],
    mentions=[("m1", "Gaza health director", "bursh"),
              ("m2", "Munir al-Bursh, the director of Gaza’s Health Ministry", "bursh"),
              ("m3", ("al-Barsh", "page, al-Barsh"), "bursh"),
              ("m4", ("He", "He explained"), "bursh"),
              ("m5", ("Al-Barsh", "Al-Barsh added that there"), "bursh"),
              ("m6", ("He", "He said the"), "bursh"),
              ("m7", ("Al-Barsh", "Al-Barsh added that deaths"), "bursh"),
              ("m8", ("Al-Bursh", "Al-Bursh stressed"), "bursh"),
              ("m9", ("He", "He pointed"), "bursh")],
    attributions=[("a1", "INDIRECT", "m1", None, "Medicine shortages pose serious risks", None),
                  ("a2", "MIXED", "m2", ("said", "Ministry, said"),
                   seg(T, "a shortage of medicines is", "” in the enclave"), None),
                  ("a3", "INDIRECT", "m3", ("said", "al-Barsh said"),
                   "around 350,000 people in Gaza suffer from chronic diseases and require continuous treatment", None),
                  ("a4", "INDIRECT", "m4", "explained",
                   seg(T, "since the ceasefire, only 60 trucks", "include essential medicines"), None),
                  ("a5", "INDIRECT", "m5", ("added", "Al-Barsh added that there"),
                   "there are approximately 12,000 cancer patients in Gaza who rely on multiple treatment protocols", None),
                  ("a6", "DIRECT", "m5", "warning", "the absence of even one medication means treatment comes to a halt.", None),
                  ("a7", "INDIRECT", "m6", ("said", "He said the"),
                   "the Turkish-Palestinian Friendship Hospital, the main facility for cancer care, was destroyed in Israeli attacks", None),
                  ("a8", "INDIRECT", "m7", ("added", "Al-Barsh added that deaths"),
                   "deaths among patients with chronic illnesses have increased", None),
                  ("a9", "INDIRECT", "m7", "noting",
                   seg(T, "around 40% of kidney dialysis patients", "medical databases"), None),
                  ("a10", "MIXED", "m8", "stressed",
                   seg(T, "the ongoing shortage of medicine", "facing a slow death"), None),
                  ("a11", "MIXED", "m9", "pointed out",
                   seg(T, "dialysis sessions have been cut", "around 650 patients"), None)])

write("train_bj.jsonl")
