#!/usr/bin/env python3
"""Writes train_cn.jsonl: real-news gold, split train-cn (see gold.py). Run: python3 make_train_cn.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Kenyan court story. The stored page gives the headline and the article, no byline or date. The
# stored copy breaks off in "but Nanzushi declined according to her cour", so the text is cut
# before the paragraph "Okwaro had sought ...".
# The headline's "Accused Of" is an agentless accusation (null source, "Of" only links the cue);
# so is "Nanzushi is accused that ..." in the last paragraph, whose two reported acts of the
# magistrate ("she stated that", "she indicated that" in her court file record) are nested in it.
# "accused X of Y" keeps the accused in the content ("the Milimani-based Magistrates of ..."), as
# "dismissed an audit ... as ..." keeps its object; in the passive "The two magistrates were
# accused of ..." the raised subject stays outside and "of" is left out. That accusation is made
# "in a letter ... from Triple OK Law Advocates": the letter names its author in its NP, so the
# firm is the source and the letter a medium.
# "asking Milimani Chief Magistrate Lucas Onyina to reassign ...": a directive with an infinitive
# keeps its addressee, as "called on X to Y" does (seed a23/a24); the same rule is used for
# "urged", "asked" and "told X to Y" in this batch.
# "requesting that they be investigated ..." is nested in Oduor's claim, with the "he" of the
# claim as source. The "we" of Oduor's second quotation ("we have lodged a complaint with the JSC
# and sought the removal ...") is read as the law firm whose letter the JSC received, so the
# nested "sought" has the firm as its speaker. Not claims: "allegedly misrepresenting" (a hedge),
# "lodged a complaint" / "filed a complaint" (actions), "has been reading rulings in open court"
# and "delivered a ruling" (actions, a court's included).
doc("uzalendonews-magistrates-accused-sh2-5m-theft-case",
    url="https://uzalendonews.co.ke/2-magistrates-accused-of-mispresenting-decisions-in-sh2-5m-theft-case",
    outlet="Uzalendo News", country="Kenya", topic="courts-crime", cut=True,
    text=(T := "2 Magistrates Accused Of Mispresenting Decisions In Sh2.5m Theft Case\n"
          "Two Magistrates are on the spot for allegedly misrepresenting rulings in a case where a city businesswoman is charged with theft of Sh 2.5 million from her ex-boyfriend.\n"
          "Defence counsel Ochieng Oduor accused the Milimani-based Magistrates of prejudice and issuing decisions that are not on record, asking Milimani Chief Magistrate Lucas Onyina to reassign the case against Pheny Okwaro Owino to a different Court.\n"
          "“I would like to draw this court’s attention to the fact that Senior Principal Magistrate Martha Nanzushi has been reading rulings in open court that are not in her certified court records,” Ochieng informed Onyina.\n"
          "He also accused another magistrate, Esther Kimilu, of pressuring the accused to reimburse cash acquired from her ex-boyfriend, Alfred Omondi Achar.\n"
          "In response to the two magistrates’ actions, Ochieng Oduor claimed he has filed a complaint with the Judicial Service Commission, requesting that they be investigated and removed from the Judiciary for fabrication of court records and bias.\n"
          "“Your honor, we have lodged a complaint with the JSC and sought the removal of the two magistrates for judicial misconduct, tampering with the court record, falsification of records, bias, prejudice, and lack of decisional independence,” Oduor told Onyina.\n"
          "The two magistrates were accused of prejudice and siding with the prosecution and the plaintiff Alfred Omondi Achar, who is based in the United States of America, in a letter received by the JSC on June 9, 2023, from Triple OK Law Advocates.\n"
          "In her part, Nanzushi is accused that on June 6, 2023, she delivered a ruling where she stated that the theft case against Okwaro was to start afresh while in her court file record, she indicated that the matter will proceed from where it had reached."),
    entities=[("oduor", "Ochieng Oduor", "PERSON",
               ["Oduor", "Ochieng", "Defence counsel Ochieng Oduor"], "defence lawyer of Pheny Okwaro Owino"),
              ("nanzushi", "Martha Nanzushi", "PERSON",
               ["Nanzushi", "Senior Principal Magistrate Martha Nanzushi"], "Senior Principal Magistrate, Milimani"),
              ("tripleok", "Triple OK Law Advocates", "ORGANIZATION", [], "law firm that wrote to the JSC")],
    mentions=[("m1", "Defence counsel Ochieng Oduor", "oduor"),
              ("m2", "Senior Principal Magistrate Martha Nanzushi", "nanzushi"),
              ("m3", ("Ochieng", "Ochieng informed"), "oduor"),
              ("m4", ("He", "He also accused"), "oduor"),
              ("m5", ("Ochieng Oduor", "Ochieng Oduor claimed"), "oduor"),
              ("m6", ("he", "he has filed"), "oduor"),
              ("m7", ("we", "we have lodged"), "tripleok"),
              ("m8", ("Oduor", "Oduor told"), "oduor"),
              ("m9", "Triple OK Law Advocates", "tripleok"),
              ("m10", ("Nanzushi", "Nanzushi is accused"), "nanzushi"),
              ("m11", ("she", "she stated"), "nanzushi"),
              ("m12", ("she", "she indicated"), "nanzushi")],
    attributions=[("a1", "INDIRECT", None, "Accused", "Mispresenting Decisions In Sh2.5m Theft Case", None),
                  ("a2", "INDIRECT", "m1", ("accused", "Oduor accused"),
                   "the Milimani-based Magistrates of prejudice and issuing decisions that are not on record", None),
                  ("a3", "INDIRECT", "m1", "asking",
                   "Milimani Chief Magistrate Lucas Onyina to reassign the case against Pheny Okwaro Owino to a different Court", None),
                  ("a4", "DIRECT", "m3", "informed", seg(T, "I would like to draw", "certified court records,"), None),
                  ("a5", "INDIRECT", "m4", ("accused", "He also accused"),
                   "another magistrate, Esther Kimilu, of pressuring the accused to reimburse cash acquired from her ex-boyfriend, Alfred Omondi Achar", None),
                  ("a6", "INDIRECT", "m5", "claimed",
                   seg(T, "he has filed a complaint", "court records and bias"), None),
                  ("a7", "INDIRECT", "m6", "requesting",
                   "they be investigated and removed from the Judiciary for fabrication of court records and bias", "a6"),
                  ("a8", "DIRECT", "m8", ("told", "Oduor told"), seg(T, "Your honor, we have lodged", "decisional independence,"), None),
                  ("a9", "INDIRECT", "m7", "sought",
                   seg(T, "the removal of the two magistrates", "lack of decisional independence"), "a8"),
                  ("a10", "INDIRECT", "m9", ("accused", "were accused of prejudice"),
                   seg(T, "prejudice and siding with the prosecution", "United States of America"), None),
                  ("a11", "INDIRECT", None, ("accused", "is accused that"),
                   seg(T, "on June 6, 2023, she delivered", "from where it had reached"), None),
                  ("a12", "INDIRECT", "m11", "stated", "the theft case against Okwaro was to start afresh", "a11"),
                  ("a13", "INDIRECT", "m12", "indicated", "the matter will proceed from where it had reached", "a11")])

# ---------------------------------------------------------------------------------------
# Israeli politics. The stored page gives the headline and the article, no byline or date. The
# stored copy breaks off in "MK GhaidaRinawieZoabi of the Meretz party and MK MazenGhan", so the
# text is cut before that paragraph. The run-together words of the page ("Smotrichalso",
# "YairLapid") are kept as printed; Smotrich's source span stops before the glued "also".
# The headline's "Tells Israeli PM to Quit": the addressee is kept (directive with an infinitive,
# see the note on the first article); "after Knesset Loss" is an adjunct of the telling.
# "it vowed to come back stronger" has the coalition as source; "The leaders of the coalition" are
# its representatives, a separate entity. "The result was used by the opposition as a way to
# highlight the government’s weakness" is a purpose, not a report, and "left people wondering" a
# state; neither is a claim. "the vote on Monday showed that ..." is an evidential inside
# Smotrich's claim. The three "they would ..." claims of Lapid, Abbas and the leaders each have
# their own source.
doc("zmantelaviv-opposition-tells-bennett-quit-knesset-loss",
    url="https://zmantelaviv.com/en/opposition-tells-israeli-pm-to-quit-after-knesset-loss",
    outlet="Zman Tel Aviv", country="Israel", topic="politics", cut=True,
    text=(T := "Opposition Tells Israeli PM to Quit after Knesset Loss\n"
          "On late Monday, the government’s coalition suffered a stinging loss in the Knesset, but it vowed to come back stronger than before. However, the silence of a prominent member after the defeat was rather conspicuous and left people wondering how long the fragile and embattled coalition would be able to survive. Two MKs of the Arab coalition had also voted against the bill that was meant to renew the extension of the criminal and civil law in Israel to people living in the West Bank. The bill suffered a defeat in the Knesset on Monday, which means the chances of it being passed before its June 30th deadline are now low.\n"
          "The result was used by the opposition as a way to highlight the government’s weakness and it said that its time was over. Benjamin Netanyahu’s Likud party told Naftali Bennett, the Prime Minister of Israel, to return the country to the right and leave. The Religious Zionism party’s Bezalel Smotrichalso said that the government was close to its end. He said that the vote on Monday showed that the government could not defend the rights of Israeli citizens because it depends on anti-Zionist elements. He said that the government shouldn’t exist and it was a relief that Bennett’s government was going to end.\n"
          "Smotrich, the Arab Joint List party and Likud, all voted against the legislation. The leaders of the coalition said that they would carry on even after the loss. It comprises of eight different parties, all of which have different ideologies. The coalition did not collapse after the vote and they can still present a modified version of the bill in the Knesset. YairLapid, the Foreign Minister, said that they would come back stronger as they do after every loss. He is the coalition’s primary architect. The head of the Islamist Ra’am party, Mansour Abbas said that they would come up with a way for keeping the coalition together."),
    entities=[("opposition", "the opposition", "GROUP", ["Opposition"], "Israel's Knesset opposition"),
              ("coalition", "the government’s coalition", "GROUP", ["the coalition", "the fragile and embattled coalition"],
               "Naftali Bennett's governing coalition"),
              ("likud", "Likud", "ORGANIZATION", ["Benjamin Netanyahu’s Likud party"], "opposition party led by Benjamin Netanyahu"),
              ("smotrich", "Bezalel Smotrich", "PERSON",
               ["Smotrich", "The Religious Zionism party’s Bezalel Smotrich", "Bezalel Smotrichalso"], "leader of the Religious Zionism party"),
              ("leaders", "The leaders of the coalition", "GROUP", [], "leaders of the governing coalition"),
              ("lapid", "YairLapid", "PERSON", ["Yair Lapid", "Lapid", "YairLapid, the Foreign Minister"],
               "Israeli Foreign Minister, architect of the coalition"),
              ("abbas", "Mansour Abbas", "PERSON", ["Abbas", "The head of the Islamist Ra’am party, Mansour Abbas"],
               "head of the Ra'am party")],
    mentions=[("m1", ("Opposition", "Opposition Tells"), "opposition"),
              ("m2", "the government’s coalition", "coalition"),
              ("m3", ("it", "it vowed"), "coalition"),
              ("m4", "the fragile and embattled coalition", "coalition"),
              ("m5", ("the opposition", "the opposition as a way"), "opposition"),
              ("m6", ("it", "it said that its time"), "opposition"),
              ("m7", "Benjamin Netanyahu’s Likud party", "likud"),
              ("m8", "The Religious Zionism party’s Bezalel Smotrich", "smotrich"),
              ("m9", ("He", "He said that the vote"), "smotrich"),
              ("m10", ("He", "He said that the government shouldn’t"), "smotrich"),
              ("m11", ("Smotrich", "Smotrich, the Arab"), "smotrich"),
              ("m12", ("Likud", "and Likud, all"), "likud"),
              ("m13", "The leaders of the coalition", "leaders"),
              ("m14", ("The coalition", "The coalition did not"), "coalition"),
              ("m15", "YairLapid, the Foreign Minister", "lapid"),
              ("m16", "The head of the Islamist Ra’am party, Mansour Abbas", "abbas"),
              ("m17", ("the coalition", "the coalition together"), "coalition")],
    attributions=[("a1", "INDIRECT", "m1", "Tells", "Israeli PM to Quit", None),
                  ("a2", "INDIRECT", "m3", "vowed", "to come back stronger than before", None),
                  ("a3", "INDIRECT", "m6", ("said", "it said that its time"), "its time was over", None),
                  ("a4", "INDIRECT", "m7", "told",
                   "Naftali Bennett, the Prime Minister of Israel, to return the country to the right and leave", None),
                  ("a5", "INDIRECT", "m8", ("said", "Smotrichalso said"), "the government was close to its end", None),
                  ("a6", "INDIRECT", "m9", ("said", "He said that the vote"),
                   seg(T, "the vote on Monday showed", "anti-Zionist elements"), None),
                  ("a7", "INDIRECT", "m10", ("said", "He said that the government shouldn’t"),
                   "the government shouldn’t exist and it was a relief that Bennett’s government was going to end", None),
                  ("a8", "INDIRECT", "m13", ("said", "coalition said that they"), "they would carry on even after the loss", None),
                  ("a9", "INDIRECT", "m15", ("said", "Foreign Minister, said"),
                   "they would come back stronger as they do after every loss", None),
                  ("a10", "INDIRECT", "m16", ("said", "Mansour Abbas said"),
                   "they would come up with a way for keeping the coalition together", None)])

# ---------------------------------------------------------------------------------------
# Ugandan wetland evictions. The stored page has no headline, so the text starts with the lead,
# whose "UGANDA, Wakiso | Real Muloodi News |" dateline is kept as printed (not an attribution).
# The stored copy breaks off in "He stated, " after Serunjogi's paragraph, so the text is cut
# before it. "Controversy Over NEMA Evictions" is an unquoted cross-head (a label).
# "allegations of unlawfulness ..." is a noun cue with no claimant (null source); "as outlined in
# the NEMA Act" and "which mandates the creation of ..." are what a law says, not claims.
# "Kampala Capital City Authority (KCCA) officials, led by Lord Mayor Erias Lukwago" is a group
# whose source span leaves out the "led by" apposition; Lukwago is a separate entity.
# "criticized NEMA for demolishing structures" is an evaluation (FORMAT.md, "was criticised for")
# and "repeated requests" a noun with no content: not claims. "This section talks about ..." in
# Lukwago's quotation is what a law says, not a nested claim.
# "urged residents to resist what she termed as NEMA’s intimidation": the addressee is kept
# (directive with an infinitive); "termed" is nested, its object being the relative "what", so
# its content is "NEMA’s intimidation" without the linking "as". "asserting" and Serunjogi's
# "equating it to ..." (like "described X as Y") are claims of their own.
doc("realmuloodi-kcca-accuses-nema-lubigi-evictions",
    url="https://realmuloodi.co.ug/nema-evictions-in-lubigi-a-detailed-overview",
    outlet="Real Muloodi News", country="Uganda", topic="environment", cut=True,
    text=(T := "UGANDA, Wakiso | Real Muloodi News | The National Environment Management Authority (NEMA) has initiated a series of evictions in the Lubigi Wetland in Kampala, causing significant controversy and pushback from local authorities and residents.\n"
          "The evictions are part of a broader effort by NEMA to restore wetlands across the country. Still, the actions have been met with allegations of unlawfulness and failure to adhere to proper procedures as outlined in the NEMA Act of 2019.\n"
          "Controversy Over NEMA Evictions\n"
          "Kampala Capital City Authority (KCCA) officials, led by Lord Mayor Erias Lukwago, have accused NEMA of unlawful evictions in Lubigi Wetland.\n"
          "During a meeting with residents at Outspan Nursery and Primary School in Kawempe Division, Lukwago highlighted that the evictions violate Section 26 of the NEMA Act, which mandates the creation of a District Environment Management Committee to oversee natural resources.\n"
          "He stated, “This section talks about environmental management by urban and district councils; subject to this act and any other applicable law, urban and district councils shall be responsible for the management of environment and natural resources under their jurisdiction.”\n"
          "Lukwago argued that no such committee had been established, and criticized NEMA for demolishing structures without committee input.\n"
          "He noted that despite repeated requests, NEMA had been reluctant to convene the committee.\n"
          "“We have been on their neck to sit down and make this committee in vain,” he said, adding that even when a meeting was scheduled, the NEMA Executive Director, Dr. Barirega Akankwasah, did not attend, delegating a junior officer instead.\n"
          "Deputy Lord Mayor Doreen Nyanjura urged residents to resist what she termed as NEMA’s intimidation, asserting that demolitions should not proceed without legal compliance.\n"
          "Kawempe Division Mayor Emmanuel Serunjogi warned of protests if low-income residents were evicted, equating it to sentencing them to homelessness."),
    entities=[("kcca", "Kampala Capital City Authority (KCCA) officials", "GROUP", ["KCCA officials"],
               "officials of Kampala Capital City Authority"),
              ("lukwago", "Erias Lukwago", "PERSON", ["Lukwago", "Lord Mayor Erias Lukwago"], "Lord Mayor of Kampala"),
              ("nyanjura", "Doreen Nyanjura", "PERSON", ["Nyanjura", "Deputy Lord Mayor Doreen Nyanjura"],
               "Deputy Lord Mayor of Kampala"),
              ("serunjogi", "Emmanuel Serunjogi", "PERSON", ["Serunjogi", "Kawempe Division Mayor Emmanuel Serunjogi"],
               "Mayor of Kawempe Division")],
    mentions=[("m1", "Kampala Capital City Authority (KCCA) officials", "kcca"),
              ("m2", "Lord Mayor Erias Lukwago", "lukwago"),
              ("m3", ("Lukwago", "Lukwago highlighted"), "lukwago"),
              ("m4", ("He", "He stated"), "lukwago"),
              ("m5", ("Lukwago", "Lukwago argued"), "lukwago"),
              ("m6", ("He", "He noted"), "lukwago"),
              ("m7", ("he", "he said, adding"), "lukwago"),
              ("m8", "Deputy Lord Mayor Doreen Nyanjura", "nyanjura"),
              ("m9", ("she", "she termed"), "nyanjura"),
              ("m10", "Kawempe Division Mayor Emmanuel Serunjogi", "serunjogi")],
    attributions=[("a1", "INDIRECT", None, "allegations",
                   "unlawfulness and failure to adhere to proper procedures as outlined in the NEMA Act of 2019", None),
                  ("a2", "INDIRECT", "m1", "accused", "NEMA of unlawful evictions in Lubigi Wetland", None),
                  ("a3", "INDIRECT", "m3", "highlighted", seg(T, "the evictions violate Section 26", "oversee natural resources"), None),
                  ("a4", "DIRECT", "m4", "stated", seg(T, "This section talks about", "under their jurisdiction."), None),
                  ("a5", "INDIRECT", "m5", "argued", "no such committee had been established", None),
                  ("a6", "INDIRECT", "m6", "noted", "despite repeated requests, NEMA had been reluctant to convene the committee", None),
                  ("a7", "DIRECT", "m7", ("said", "he said, adding"),
                   "We have been on their neck to sit down and make this committee in vain,", None),
                  ("a8", "INDIRECT", "m7", "adding", seg(T, "even when a meeting was scheduled", "a junior officer instead"), None),
                  ("a9", "INDIRECT", "m8", "urged", "residents to resist what she termed as NEMA’s intimidation", None),
                  ("a10", "INDIRECT", "m9", "termed", "NEMA’s intimidation", "a9"),
                  ("a11", "INDIRECT", "m8", "asserting", "demolitions should not proceed without legal compliance", None),
                  ("a12", "INDIRECT", "m10", "warned of", "protests if low-income residents were evicted", None),
                  ("a13", "INDIRECT", "m10", "equating", "it to sentencing them to homelessness", None)])

# ---------------------------------------------------------------------------------------
# Moroccan COVID-19 briefing. The stored page prints the headline twice, with the byline line
# ("– byGinette · 2 min read") between them; the repeat and the byline are left out. The stored
# copy breaks off in "I only left the secretary. Do not", so the text is cut before that
# paragraph. The page uses straight quotation marks, kept as printed.
# "the Ministry of Health, through the Director of Epidemiology ..., Dr. Mohamed Lyoubi, revealed":
# the subject, the ministry, is the source; Lyoubi, its spokesman here, is a separate entity, and
# "the official" and "the same source" resolve to him. "according to the official" sits inside
# the claim it frames (content from "The outbreaks that appeared", MIXED). The quotation after
# "The result is clear:" has no reporting clause of its own and continues the official (DIRECT,
# null cue). "after positive laboratory tests" belongs to the claim framed by "According to the
# same source" (MIXED).
# Soulami's "called on his colleagues" has no content of its own; his quotation carries its own
# "he said", so "called on" is not a second claim (FORMAT.md, Two clauses, one claim).
# "He recounted his experience ..." is read like "mentioned his earlier crime" (a noun-phrase
# content). Not claims: "at the request of the Ministry of the Interior that the test was carried
# out" (a request with no reported content, told as narration) and the unquoted "There is also
# one case of recovery ..." (no cue).
doc("bladi-morocco-stage-2-covid-religious-gathering",
    url="https://en.bladi.net/morocco-enters-stage-covid-outbreak-religious-gathering-leads-cases,66841.html",
    outlet="Bladi.net", country="Morocco", topic="health-science", cut=True,
    text=(T := "Morocco Enters Stage 2 of COVID-19 Outbreak as Religious Gathering Leads to 45 New Cases\n"
          "During his daily press briefing, the Ministry of Health, through the Director of Epidemiology and Disease Control, Dr. Mohamed Lyoubi, revealed on Monday, March 30, that Morocco has moved to stage 2 of the epidemic, due to the appearance of local outbreaks of contamination.\n"
          "The outbreaks that appeared, according to the official, are \"linked to tourist trips organized from Meknes to an Arab country, and a large party organized in Casablanca\". This is how screening was carried out on all those who came into contact with the people who participated in the trip. The result is clear: \"47 confirmed infections related to the trip and 45 for the Casablanca party, which was a Jewish religious celebration that brought together more than fifty people\".\n"
          "According to the same source, after positive laboratory tests, \"26 of them were admitted to the Cheikh Zayed Hospital in Casablanca, the Moulay Youssef Hospital and the Mediouna Hospital, while 4 patients are in intensive care at the Ibn Rochd (Maurice Gaud) and Cheikh Zayed Hospital, and another confined at home\". There is also one case of recovery (a patient who was hospitalized at Moulay Youssef), as well as 2 deaths.\n"
          "Saad Soulami, a cardiologist in the city, through an audio message, called on his colleagues. \"Do not let anyone from the Jewish community into your office before questioning them about their participation or not in a recent religious celebration,\" he said. He recounted his experience with one of his patients who came for a consultation without him having thought of this diagnosis. It was at the request of the Ministry of the Interior that the test was carried out on his Jewish patient, and it proved positive."),
    entities=[("ministry", "the Ministry of Health", "ORGANIZATION", ["Ministry of Health"], "Morocco's Ministry of Health"),
              ("lyoubi", "Mohamed Lyoubi", "PERSON",
               ["Dr. Mohamed Lyoubi", "Lyoubi", "the Director of Epidemiology and Disease Control, Dr. Mohamed Lyoubi",
                "the official", "the same source"], "Director of Epidemiology and Disease Control, Ministry of Health"),
              ("soulami", "Saad Soulami", "PERSON", ["Soulami", "Saad Soulami, a cardiologist in the city"], "cardiologist in Casablanca")],
    mentions=[("m1", "the Ministry of Health", "ministry"),
              ("m2", "the Director of Epidemiology and Disease Control, Dr. Mohamed Lyoubi", "lyoubi"),
              ("m3", "the official", "lyoubi"),
              ("m4", "the same source", "lyoubi"),
              ("m5", "Saad Soulami, a cardiologist in the city", "soulami"),
              ("m6", ("he", "he said. He"), "soulami"),
              ("m7", ("He", "He recounted"), "soulami")],
    attributions=[("a1", "INDIRECT", "m1", "revealed",
                   "Morocco has moved to stage 2 of the epidemic, due to the appearance of local outbreaks of contamination", None),
                  ("a2", "MIXED", "m3", "according to",
                   seg(T, "The outbreaks that appeared", "organized in Casablanca\""), None),
                  ("a3", "DIRECT", "m3", None, seg(T, "47 confirmed infections", "more than fifty people"), None),
                  ("a4", "MIXED", "m4", "According to", seg(T, "after positive laboratory tests", "confined at home\""), None),
                  ("a5", "DIRECT", "m6", ("said", "he said. He"), seg(T, "Do not let anyone", "religious celebration,"), None),
                  ("a6", "INDIRECT", "m7", "recounted",
                   "his experience with one of his patients who came for a consultation without him having thought of this diagnosis", None)])

# ---------------------------------------------------------------------------------------
# Ghanaian mobile-money fraud. The tag line above the headline ("mobile money") is left out. The
# stored copy breaks off in "the child online support unit of the" under the cross-head "Child
# Protection", so the text is cut before that cross-head. "Mobile Money Subscribers" is an
# unquoted cross-head (a label).
# The headline is a "claim – name" headline (null cue, source "Communications Minister").
# "The latest data ... shows that" is an evidential. "The minister noted that, in 2017, a telecom
# operator reported that it had received about 365 complaints of fraud monthly from its
# subscribers": the operator's report is nested in the minister's claim, and the subscribers'
# "complaints of fraud" (a noun cue whose claimants are named in its NP) nested in the report.
# "the Service" is the Ghana Police Service, separate from its Criminal Investigations
# Department; "This, it attributes primarily to the fake identities ..." is the Service's claim
# (cue "attributes", the adverb and the linking "to" left out). "fraud cases reported to it" is a
# participle with no content (not a claim).
doc("businessworldghana-mobile-money-fraud-owusu-ekuful",
    url="https://www.businessworldghana.com/fraudsters-target-half-of-mobile-money-users-communications-minister/",
    outlet="Business World Ghana", country="Ghana", topic="technology", cut=True,
    text=(T := "Fraudsters Target Half Of Mobile Money Users – Communications Minister\n"
          "Communications Minister, Mrs. Ursula Owusu-Ekuful has indicated that an estimated 50 percent of the mobile money subscribers have either experienced fraud or have become targets for fraudsters.\n"
          "Addressing the opening session of the climax week of the National cybersecurity awareness month in Accra, on Monday, Owusu-Ekuful said the scale of fraud are staggering, as on daily basis more than 400,00 messages are scanned from reaching the final recipients.\n"
          "Mobile Money Subscribers\n"
          "Currently the total registered mobile money accounts across the three major telcos have outstripped the country’s total population.\n"
          "The latest data from Bank of Ghana’s payment system shows that the registered number of mobile money accounts increased to 29.99 million in June 2018 from 21.36 million recorded in June 2017, representing an increase of 40.40 percent over a one-year period.\n"
          "The minister noted that, in 2017, a telecom operator reported that it had received about 365 complaints of fraud monthly from its subscribers.\n"
          "The Criminal Investigations Department (CID) of the Ghana Police Service has also revealed that as at August this year, Ghana had lost US$97 million due to Cybercrime.\n"
          "This is evident, as the Service report that its cyber crime unit is only able to investigate and prosecute just about 10 percent of fraud cases reported to it. This, it attributes primarily to the fake identities used to register SIM cards.\n"
          "Owusu-Ekuful said it is imperative to cultivate a safe cyber culture and safe cyber hygienic practices.\n"
          "“With 10 million Ghanaians connected to the internet, of which 4.9 million are Facebook users alone, the impact of any cyber-attack on our e-business platforms or on mobile telephony will impact negatively on businesses and on the lives of Ghanaians,” she said."),
    entities=[("minister", "Ursula Owusu-Ekuful", "PERSON",
               ["Owusu-Ekuful", "Mrs. Ursula Owusu-Ekuful", "Communications Minister",
                "Communications Minister, Mrs. Ursula Owusu-Ekuful", "The minister"], "Ghana's Minister for Communications"),
              ("operator", "a telecom operator", "ORGANIZATION", [], "an unnamed telecom operator"),
              ("subscribers", "its subscribers", "GROUP", [], "subscribers of the telecom operator"),
              ("cid", "Criminal Investigations Department", "ORGANIZATION",
               ["CID", "The Criminal Investigations Department (CID) of the Ghana Police Service"],
               "CID of the Ghana Police Service"),
              ("police", "the Service", "ORGANIZATION", ["Ghana Police Service"], "the Ghana Police Service")],
    mentions=[("m1", ("Communications Minister", "– Communications Minister"), "minister"),
              ("m2", "Communications Minister, Mrs. Ursula Owusu-Ekuful", "minister"),
              ("m3", ("Owusu-Ekuful", "Owusu-Ekuful said the scale"), "minister"),
              ("m4", "The minister", "minister"),
              ("m5", "a telecom operator", "operator"),
              ("m6", "its subscribers", "subscribers"),
              ("m7", "The Criminal Investigations Department (CID) of the Ghana Police Service", "cid"),
              ("m8", "the Service", "police"),
              ("m9", ("it", "it attributes"), "police"),
              ("m10", ("Owusu-Ekuful", "Owusu-Ekuful said it is"), "minister"),
              ("m11", ("she", "she said."), "minister")],
    attributions=[("a1", "INDIRECT", "m1", None, "Fraudsters Target Half Of Mobile Money Users", None),
                  ("a2", "INDIRECT", "m2", "indicated",
                   "an estimated 50 percent of the mobile money subscribers have either experienced fraud or have become targets for fraudsters", None),
                  ("a3", "INDIRECT", "m3", ("said", "Owusu-Ekuful said the scale"),
                   seg(T, "the scale of fraud are staggering", "the final recipients"), None),
                  ("a4", "INDIRECT", "m4", "noted", seg(T, "in 2017, a telecom operator", "from its subscribers"), None),
                  ("a5", "INDIRECT", "m5", ("reported", "operator reported"),
                   "it had received about 365 complaints of fraud monthly from its subscribers", "a4"),
                  ("a6", "INDIRECT", "m6", "complaints", ("fraud", "complaints of fraud"), "a5"),
                  ("a7", "INDIRECT", "m7", "revealed",
                   "as at August this year, Ghana had lost US$97 million due to Cybercrime", None),
                  ("a8", "INDIRECT", "m8", ("report", "Service report"),
                   "its cyber crime unit is only able to investigate and prosecute just about 10 percent of fraud cases reported to it", None),
                  ("a9", "INDIRECT", "m9", "attributes", "the fake identities used to register SIM cards", None),
                  ("a10", "INDIRECT", "m10", ("said", "Owusu-Ekuful said it is"),
                   "it is imperative to cultivate a safe cyber culture and safe cyber hygienic practices", None),
                  ("a11", "DIRECT", "m11", ("said", "she said."), seg(T, "With 10 million Ghanaians", "the lives of Ghanaians,"), None)])

# ---------------------------------------------------------------------------------------
# Kenyan rugby. The standfirst under the headline is kept (it repeats part of the third paragraph,
# and both carry the claim); the related-story link after it ("Chipu upbeat ahead of Rugby Junior
# World cup on home soil.") is left out. The stored copy breaks off in "when they defeated the
# visitor’s 48-7 Cur", so the text is cut before the paragraph "This comes days after ...".
# The headline's single-quoted "Please pay us" is the players' words (DIRECT, null cue, the
# players of the same headline as source); "demand non-paid allowances" is a claim of its own.
# "close sources within the rugby circles" is a group; "the source" of the sixth paragraph is
# one of them, a separate entity (a subset). The well-wisher's promise is nested in what "the
# source" says. "They have asked the Ministry of Sports to come to their rescue ...": directive
# with an infinitive, addressee kept. "that I have to let you know that ..." in Mnene's
# quotation is the speaker's own report, not split off. Not claims: "absconded duty and forfeited
# remaining Currie Cup fixtures" and "shelving their final two matches" (actions).
doc("kurunzinews-kenya-simbas-demand-allowances",
    url="https://kurunzinews.com/rugby/please-pay-us-kenya-simba-players-demand-non-paid-allowances/",
    outlet="Kurunzi News", country="Kenya", topic="sport", cut=True,
    text=(T := "‘Please pay us’ Kenya Simba players demand non-paid allowances\n"
          "According to close sources within the rugby circles, some of the players are going through a tough time and are on the brink of sinking into a depression.\n"
          "Just days after the Kenya rugby fifteens national team absconded duty and forfeited remaining Currie Cup fixtures, the players are up in arms demanding payment of their allowances from the Currie Cup competition played between March and this month.\n"
          "According to close sources within the rugby circles, some of the players are going through a tough time and are on the brink of sinking into a depression since they don’t know where the next meal will come from.\n"
          "The players now have been forced to survive on low-paying jobs to be able to provide for their families.\n"
          "They have asked the Ministry of Sports to come to their rescue and pay just as they have done for the Shujaa and Lionesses this year.\n"
          "According to the source a well-wisher had promised to pay the team but has not come through due to tough economic times.\n"
          "Speaking on Tuesday, Kenya Rugby Union (KRU) chairman, Sasha Mutai, promised to pay the outstanding allowances by Friday.\n"
          "“We know the players are owed since they started training in March. By the end of the week, we hope to pay all their outstanding dues,” Mutai said.\n"
          "The recent unfolding come in the wake of Simbas shelving their final two matches in the Currie Cup against South African provincial sides, Valke and SWD Eagles at home due to financial constraints.\n"
          "“It is with a heavy heart and deep disappointment, that I have to let you know that our Currie Cup journey in 2023 has prematurely ended due to financial constraints among other things, beyond our control as a squad,” Simbas team manager Jimmy Mnene informed the team."),
    entities=[("players", "Kenya Simba players", "GROUP", ["the players", "The players"], "players of Kenya's national fifteens team"),
              ("sources", "close sources within the rugby circles", "GROUP", [], "unnamed sources in Kenyan rugby"),
              ("source", "the source", "PERSON", [], "one of the unnamed sources"),
              ("wellwisher", "a well-wisher", "PERSON", [], "unnamed well-wisher"),
              ("mutai", "Sasha Mutai", "PERSON", ["Mutai", "Kenya Rugby Union (KRU) chairman, Sasha Mutai"],
               "chairman of the Kenya Rugby Union"),
              ("mnene", "Jimmy Mnene", "PERSON", ["Mnene", "Simbas team manager Jimmy Mnene"], "Kenya Simbas team manager")],
    mentions=[("m1", "Kenya Simba players", "players"),
              ("m2", ("close sources within the rugby circles", "‘Please pay us’"), "sources"),
              ("m3", ("the players", "the players are up in arms"), "players"),
              ("m4", ("close sources within the rugby circles",
                      "close sources within the rugby circles, some of the players are going through a tough time and are on the brink of sinking into a depression since"), "sources"),
              ("m5", ("The players", "The players now"), "players"),
              ("m6", ("They", "They have asked"), "players"),
              ("m7", "the source", "source"),
              ("m8", "a well-wisher", "wellwisher"),
              ("m9", "Kenya Rugby Union (KRU) chairman, Sasha Mutai", "mutai"),
              ("m10", ("the players", "the players are owed"), "players"),
              ("m11", ("Mutai", "Mutai said"), "mutai"),
              ("m12", "Simbas team manager Jimmy Mnene", "mnene")],
    attributions=[("a1", "DIRECT", "m1", None, "Please pay us", None),
                  ("a2", "INDIRECT", "m1", ("demand", "demand non-paid"), "non-paid allowances", None),
                  ("a3", "INDIRECT", "m2", ("According to", "‘Please pay us’"),
                   ("some of the players are going through a tough time and are on the brink of sinking into a depression", "‘Please pay us’"), None),
                  ("a4", "INDIRECT", "m3", "demanding",
                   "payment of their allowances from the Currie Cup competition played between March and this month", None),
                  ("a5", "INDIRECT", "m4", ("According to", "According to close sources within the rugby circles, some of the players are going through a tough time and are on the brink of sinking into a depression since"),
                   seg(T, "some of the players are going through", "next meal will come from", "Currie Cup competition played"), None),
                  ("a6", "INDIRECT", "m6", "asked",
                   "the Ministry of Sports to come to their rescue and pay just as they have done for the Shujaa and Lionesses this year", None),
                  ("a7", "INDIRECT", "m7", ("According to", "According to the source"),
                   "a well-wisher had promised to pay the team but has not come through due to tough economic times", None),
                  ("a8", "INDIRECT", "m8", ("promised", "had promised"), ("to pay the team", "had promised to pay"), "a7"),
                  ("a9", "INDIRECT", "m9", ("promised", "Mutai, promised"), "to pay the outstanding allowances by Friday", None),
                  ("a10", "DIRECT", "m11", ("said", "Mutai said"), seg(T, "We know the players are owed", "outstanding dues,"), None),
                  ("a11", "DIRECT", "m12", "informed", seg(T, "It is with a heavy heart", "as a squad,"), None)])

# ---------------------------------------------------------------------------------------
# Reuters copy on Kayhan's English site. The stored page gives the headline and the article, no
# date; the text kept is all the stored copy gives, ending at a paragraph end, though the Reuters
# story runs on (cut).
# The colon headline has "Minister" as source and a null cue. "told Reuters": Reuters is the
# medium; the dateline "BEIRUT (Reuters) –" is not an attribution.
# Salam's first quotation opens at "“We will ..." and, with the marks as printed, closes after
# "preliminary actions”"; the rest of the sentence is unquoted, so the claim is MIXED (content from
# the opening mark to "full support deal"). "the IMF wants Lebanon to take ..." is an attitude of
# another speaker stated inside it (nested, the gap of the relative clause left as printed).
# "it rejected the latest draft of the government’s recovery plan, which calls for ... and asks
# ...": the rejection is nested in the ABL's "said"; the plan names its author in its NP, so "the
# government’s recovery plan" is a mention of the government, the source of the nested "calls
# for" and "asks" (FORMAT.md, Documents). "what the government says is $72 billion in losses" is
# nested as in the seed's "what they said was": content "is $72 billion in losses".
# "The banks" are a group separate from the ABL that represents them. "the fund says must be
# implemented ..." in the relative clause of narration is a claim of the IMF. Not claims: "lists a
# series of so-called prior actions" (an agreement's content, no proposition) and the quoted phrase
# of the last paragraph (no reporting verb).
doc("kayhan-lebanon-banks-standoff-imf-deal",
    url="https://kayhan.ir/en/news/102076/minister-standoff-with-lebanon%E2%80%99s-banks-could-derail-imf-deal",
    outlet="Kayhan International", country="Iran", topic="business", cut=True,
    text=(T := "Minister: Standoff With Lebanon’s Banks Could Derail IMF Deal\n"
          "BEIRUT (Reuters) – Lebanon’s efforts to secure $3 billion in support from the International Monetary Fund to help it deal with its financial crisis could be derailed by divisions over how to deal with massive financial sector losses, the economy minister told Reuters on Wednesday.\n"
          "The Association of Banks of Lebanon (ABL) said over the weekend that it rejected the latest draft of the government’s recovery plan, which calls for a bailout of some deposits, cuts to others and asks bank shareholders to inject new capital.\n"
          "“We will not be able to secure a complete deal with the IMF without bank restructuring. It is an important part of the “preliminary actions” the IMF wants Lebanon to take before agreeing to a full support deal, Economy Minister Amin Salam said.\n"
          "“You need the government, the central bank and the banking sector to be on the same page. You can’t do it if they’re not all on one page,” added Salam, who is also a member of Lebanon’s negotiating team with the IMF.\n"
          "However, the ABL called the plan “disastrous” and said it would leave banks and depositors bearing the “major part” of what the government says is $72 billion in losses.\n"
          "ABL approval is not required for the government to start implementing a plan, but experts say support from the banking sector could help find a way out of the crisis.\n"
          "The banks have said that the state should foot the bill for losses, including through the privatization of public assets.\n"
          "Lebanon reached a preliminary agreement with the IMF earlier this month that lists a series of so-called prior actions that the fund says must be implemented before it can reach a full deal with the country.\n"
          "These include the passage of an amended bank secrecy law and the “initiation of a bank-by-bank assessment with external assistance for the 14 largest banks.”"),
    entities=[("salam", "Amin Salam", "PERSON",
               ["Salam", "Economy Minister Amin Salam", "the economy minister", "Minister"], "Lebanon's economy minister"),
              ("abl", "Association of Banks of Lebanon", "ORGANIZATION",
               ["The Association of Banks of Lebanon (ABL)", "ABL", "the ABL"], "Lebanese banks' association"),
              ("gov", "the government", "ORGANIZATION", ["the government’s recovery plan"], "Lebanon's government"),
              ("imf", "International Monetary Fund", "ORGANIZATION", ["the IMF", "IMF", "the fund"], "the IMF"),
              ("experts", "experts", "GROUP", [], "unnamed experts"),
              ("banks", "The banks", "GROUP", [], "Lebanon's commercial banks")],
    mentions=[("m1", ("Minister", "Minister: Standoff"), "salam"),
              ("m2", "the International Monetary Fund", "imf"),
              ("m3", "the economy minister", "salam"),
              ("m4", "The Association of Banks of Lebanon (ABL)", "abl"),
              ("m5", ("it", "it rejected"), "abl"),
              ("m6", "the government’s recovery plan", "gov"),
              ("m7", ("the IMF", "the IMF without"), "imf"),
              ("m8", ("the IMF", "the IMF wants"), "imf"),
              ("m9", "Economy Minister Amin Salam", "salam"),
              ("m10", ("the government", "You need the government"), "gov"),
              ("m11", ("Salam", "added Salam"), "salam"),
              ("m12", ("the IMF", "team with the IMF"), "imf"),
              ("m13", ("the ABL", "the ABL called"), "abl"),
              ("m14", ("the government", "the government says"), "gov"),
              ("m15", ("the government", "the government to start"), "gov"),
              ("m16", ("experts", "experts say"), "experts"),
              ("m17", "The banks", "banks"),
              ("m18", ("the IMF", "the IMF earlier"), "imf"),
              ("m19", "the fund", "imf")],
    attributions=[("a1", "INDIRECT", "m1", None, "Standoff With Lebanon’s Banks Could Derail IMF Deal", None),
                  ("a2", "INDIRECT", "m3", "told", seg(T, "Lebanon’s efforts to secure", "financial sector losses"), None),
                  ("a3", "INDIRECT", "m4", ("said", "(ABL) said"), seg(T, "it rejected the latest draft", "inject new capital"), None),
                  ("a4", "INDIRECT", "m5", "rejected", seg(T, "the latest draft of the government’s", "inject new capital"), "a3"),
                  ("a5", "INDIRECT", "m6", "calls for", "a bailout of some deposits, cuts to others", "a4"),
                  ("a6", "INDIRECT", "m6", "asks", "bank shareholders to inject new capital", "a4"),
                  ("a7", "MIXED", "m9", ("said", "Amin Salam said"), seg(T, "“We will not be able", "a full support deal"), None),
                  ("a8", "INDIRECT", "m8", "wants", "Lebanon to take before agreeing to a full support deal", "a7"),
                  ("a9", "DIRECT", "m11", "added", seg(T, "You need the government", "all on one page,"), None),
                  ("a10", "MIXED", "m13", ("called", "ABL called"), "the plan “disastrous”", None),
                  ("a11", "MIXED", "m13", ("said", "and said it would"),
                   seg(T, "it would leave banks and depositors", "$72 billion in losses"), None),
                  ("a12", "INDIRECT", "m14", ("says", "the government says"), "is $72 billion in losses", "a11"),
                  ("a13", "INDIRECT", "m16", ("say", "experts say"), "support from the banking sector could help find a way out of the crisis", None),
                  ("a14", "INDIRECT", "m17", ("said", "have said"),
                   "the state should foot the bill for losses, including through the privatization of public assets", None),
                  ("a15", "INDIRECT", "m19", ("says", "the fund says"),
                   "must be implemented before it can reach a full deal with the country", None)])

write("train_cn.jsonl")
