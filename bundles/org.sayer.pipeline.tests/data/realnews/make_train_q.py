#!/usr/bin/env python3
"""Writes train_q.jsonl: real-news gold, split train-q (see gold.py). Run: python3 make_train_q.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("guampdn-gmh-investigation-loses-steam",
    url="https://www.guampdn.com/story/news/2018/02/27/proposed-gmh-investigation-loses-steam/375977002/",
    outlet="Pacific Daily News", country="Guam", topic="politics", cut=True,
    published="2018-02-27",
    text=(T := "Proposed GMH investigation loses steam\n"
          "A resolution that would allow lawmakers to conduct a special investigation of Guam Memorial Hospital hasn't gained any ground in the Legislature.\n"
          "Resolution 345 needs at least eight votes to pass. Nearly three weeks after it was introduced by health committee Chairman Sen. Dennis Rodriguez Jr., D-Dededo, it remains stalled at four yes votes, with seven lawmakers not yet voting. On Tuesday, three senators who haven't voted on the resolution said they don't support it.\n"
          "The legislative legal counsel has said the resolution doesn't have to go to the session floor for a vote. The outcome will be determined by the votes on the resolution. There's no deadline for lawmakers to vote on a resolution.\n"
          "'Way it was written was wrong'\n"
          "Sen. James Espaldon, R-Tamuning, who voted to abstain on the resolution, on Tuesday said he doesn't like the way it is written.\n"
          "“It’s not that I’m against some kind of investigation,” Espaldon said. “The way it was written was wrong.”\n"
          "Espaldon said he's concerned that Rodriguez would be allowed to appoint members to an investigating committee but wouldn't be required to serve on the committee himself. Espaldon said the health committee and its members should lead any investigation of the hospital.\n"
          "Espaldon said he also is concerned the resolution would form an investigating committee of six lawmakers.\n"
          "“What if there’s a deadlock?” he asked. “The setup is flawed.”\n"
          "Positions declined on the matter\n"
          "On Tuesday, several lawmakers who haven't yet voted on Resolution 345 declined to state their position on it: Speaker Benjamin Cruz, D-Tumon; Vice Speaker Therese Terlaje, D-Yona; and Sen. Frank Aguon Jr., D-Yona.\n"
          "Sens. Tom Ada, D-Tamuning, who hasn't voted, said he doesn't support it."),
    entities=[("three", "three senators", "GROUP", [], "three senators who have not voted on Resolution 345"),
              ("counsel", "The legislative legal counsel", "PERSON", ["legislative legal counsel"], "Guam Legislature's legal counsel"),
              ("espaldon", "James Espaldon", "PERSON", ["Espaldon", "Sen. James Espaldon, R-Tamuning"], "Guam senator, R-Tamuning"),
              ("ada", "Tom Ada", "PERSON", ["Ada", "Sens. Tom Ada, D-Tamuning"], "Guam senator, D-Tamuning")],
    mentions=[("m1", "three senators", "three"),
              ("m2", "The legislative legal counsel", "counsel"),
              ("m3", "Sen. James Espaldon, R-Tamuning", "espaldon"),
              ("m4", ("Espaldon", "Espaldon said. "), "espaldon"),
              ("m5", ("Espaldon", "Espaldon said he's concerned"), "espaldon"),
              ("m6", ("Espaldon", "Espaldon said the health"), "espaldon"),
              ("m7", ("Espaldon", "Espaldon said he also"), "espaldon"),
              ("m8", ("he", "he asked"), "espaldon"),
              ("m9", "Sens. Tom Ada, D-Tamuning", "ada")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "resolution said they"), "they don't support it", None),
                  ("a2", "INDIRECT", "m2", ("said", "has said the resolution"),
                   "the resolution doesn't have to go to the session floor for a vote", None),
                  ("a3", "DIRECT", None, None, "Way it was written was wrong", None),
                  ("a4", "INDIRECT", "m3", ("said", "on Tuesday said he"), "he doesn't like the way it is written", None),
                  ("a5", "DIRECT", "m4", ("said", "Espaldon said. "), "It’s not that I’m against some kind of investigation,", None),
                  ("a6", "DIRECT", "m4", None, "The way it was written was wrong.", None),
                  ("a7", "INDIRECT", "m5", ("said", "Espaldon said he's concerned"),
                   seg(T, "he's concerned that Rodriguez", "on the committee himself"), None),
                  ("a8", "INDIRECT", "m6", ("said", "Espaldon said the health"),
                   "the health committee and its members should lead any investigation of the hospital", None),
                  ("a9", "INDIRECT", "m7", ("said", "Espaldon said he also"),
                   "he also is concerned the resolution would form an investigating committee of six lawmakers", None),
                  ("a10", "DIRECT", "m8", "asked", "What if there’s a deadlock?", None),
                  ("a11", "DIRECT", "m8", None, "The setup is flawed.", None),
                  ("a12", "INDIRECT", "m9", ("said", "voted, said"), ("he doesn't support it", "voted, said he"), None)])

# ---------------------------------------------------------------------------------------
doc("samoanews-lbj-deaths-senate-rules",
    url="https://www.samoanews.com/local-news/high-number-deaths-lbj-leads-violation-senate-house-rules",
    outlet="Samoa News", country="American Samoa", topic="health-science", cut=True,
    text=(T := "High number of deaths at LBJ leads to violation of Senate House Rules\n"
          "Pago Pago, AMERICAN SAMOA — The Senate Health Committee Chairman Senator Tuiasina Dr. Salamo Laumoli yesterday violated Senate House Rules when he mentioned Senator Satele Aliitai Lili’o’s name in his request that the high number of deaths at LBJ Hospital, not only among adults but also young people, not be included in discussion during the hearing slated for this morning.\n"
          "Satele had expressed his concern about the matter on Monday saying that some of those who died had been admitted in the hospital and passed away after they were released.\n"
          "The Vaifanua senator said he doesn’t know if the hospital investigates the cause of deaths but it’s something that the Senate should look into.\n"
          "In yesterday’s regular session, Senator Tuiasina addressed Senator Satele by name and asked that the matter not be discussed, but the LBJ officials subpoenaed for today’s hearing will provide the data on the number of deaths recorded at the hospital starting from 2021, which he can then scrutinize.\n"
          "Tuiasina who is a medical doctor by profession contended that it paints a negative picture of the Territory’s only public medical center, making it look like a house of death, and to have it included in the agenda of today’s hearing makes it look like it’s true when it is not.\n"
          "He pointed out that the matter was an ethical or moral issue that is very sensitive because it reflects badly on the government which funds the hospital’s operations and also the sons and daughters of American Samoa working and serving the public at LBJ.\n"
          "The Tualatai senator reasoned that in every hospital, there will be deaths and there will also be patients who are healed and be able to return to their homes with a clean bill of health.\n"
          "He said there are many, if not more, patients healed of whatever health problems they entered the hospital with after treatment, but that fact is never publicized."),
    entities=[("tuiasina", "Tuiasina Dr. Salamo Laumoli", "PERSON",
               ["Tuiasina", "Senator Tuiasina", "The Tualatai senator",
                "The Senate Health Committee Chairman Senator Tuiasina Dr. Salamo Laumoli"],
               "chairman of the Senate Health Committee, senator for Tualatai"),
              ("satele", "Satele Aliitai Lili’o", "PERSON",
               ["Satele", "Senator Satele", "The Vaifanua senator"], "senator for Vaifanua")],
    mentions=[("m1", "The Senate Health Committee Chairman Senator Tuiasina Dr. Salamo Laumoli", "tuiasina"),
              ("m2", ("he", "he mentioned"), "tuiasina"),
              ("m3", ("Satele", "Satele had expressed"), "satele"),
              ("m4", "The Vaifanua senator", "satele"),
              ("m5", ("Senator Tuiasina", "Senator Tuiasina addressed"), "tuiasina"),
              ("m6", ("Senator Satele", "addressed Senator Satele"), "satele"),
              ("m7", ("Tuiasina", "Tuiasina who is"), "tuiasina"),
              ("m8", ("He", "He pointed out"), "tuiasina"),
              ("m9", "The Tualatai senator", "tuiasina"),
              ("m10", ("He", "He said there"), "tuiasina")],
    attributions=[("a1", "INDIRECT", "m2", "mentioned", "Senator Satele Aliitai Lili’o’s name", None),
                  ("a2", "INDIRECT", "m2", "request",
                   seg(T, "the high number of deaths at LBJ", "slated for this morning"), None),
                  ("a3", "INDIRECT", "m3", "expressed his concern", ("the matter", "concern about the matter"), None),
                  ("a4", "INDIRECT", "m3", "saying", seg(T, "some of those who died", "after they were released"), None),
                  ("a5", "INDIRECT", "m4", ("said", "senator said he"),
                   "he doesn’t know if the hospital investigates the cause of deaths but it’s something that the Senate should look into", None),
                  ("a6", "INDIRECT", "m5", ("asked", "and asked that"), "the matter not be discussed", None),
                  ("a7", "INDIRECT", "m7", "contended", seg(T, "it paints a negative picture", "true when it is not"), None),
                  ("a8", "INDIRECT", "m8", "pointed out", seg(T, "the matter was an ethical", "serving the public at LBJ"), None),
                  ("a9", "INDIRECT", "m9", "reasoned", seg(T, "in every hospital, there will be deaths", "a clean bill of health"), None),
                  ("a10", "INDIRECT", "m10", ("said", "He said there"), seg(T, "there are many, if not more", "is never publicized"), None)])

# ---------------------------------------------------------------------------------------
doc("err-sutt-state-under-cyber-attack",
    url="https://news.err.ee/1608175918/it-minister-state-under-near-constant-cyber-attack",
    outlet="ERR News", country="Estonia", topic="technology", cut=True,
    published="2021-04-13",
    text=(T := "IT Minister: State under near constant cyber attack\n"
          "Estonia is under constant cyber attack, many of them aimed at accessing businesses and state institution networks, IT and entrepreneurship minister Andres Sutt (Reform) says. The pandemic has only served to heighten the danger, he added, while 2020 saw a record level of data phishing attacks, according to authorities.\n"
          "\"The past year has clearly demonstrated that the more we are active in the virtual environment, the more we must pay attention to cyber threats,\" Sutt, who also addressed the Riigikogu on the matter, said Monday, via a press release.\n"
          "Sutt referenced several cyber attacks late in 2020, which saw several ministries compromised.\n"
          "\"Last fall, criminals took advantage of the weaknesses of web pages, and their efforts bore fruit; one attack got access to the servers of three ministries, and sensitive data was retrieved,\" Sutt added.\n"
          "The Information System Authority (RIA) and the Internal Security Service (ISS) both say cyber attacks are on a continuous upward trend, while the feeling of alarm in society caused by the coronavirus pandemic is creating an even more favorable soil for both the incidence and success rates of such attacks.\n"
          "A record number of phishing incidents took place in 2020, RIA adds, while the authority's incident-handling unit, CERT-EE received almost 3,000 reports of incidents having a major impact, meaning they compromised the confidentiality, integrity or accessibility of information or communication systems.\n"
          "Sutt said that nonetheless, serious repercussions are avoidable, with prevention the best and only measure."),
    entities=[("sutt", "Andres Sutt", "PERSON",
               ["Sutt", "IT Minister", "IT and entrepreneurship minister Andres Sutt (Reform)"],
               "Estonia's minister of entrepreneurship and IT (Reform)"),
              ("authorities", "authorities", "GROUP", [], "Estonian authorities"),
              ("riaiss", "The Information System Authority (RIA) and the Internal Security Service (ISS)", "GROUP", [],
               "Estonia's Information System Authority and Internal Security Service together"),
              ("ria", "The Information System Authority", "ORGANIZATION", ["RIA", "Information System Authority (RIA)"],
               "Estonia's Information System Authority")],
    mentions=[("m1", "IT Minister", "sutt"),
              ("m2", "IT and entrepreneurship minister Andres Sutt (Reform)", "sutt"),
              ("m3", ("he", "he added"), "sutt"),
              ("m4", "authorities", "authorities"),
              ("m5", ("Sutt", "Sutt, who also"), "sutt"),
              ("m6", ("Sutt", "Sutt referenced"), "sutt"),
              ("m7", ("Sutt", "Sutt added"), "sutt"),
              ("m8", "The Information System Authority (RIA) and the Internal Security Service (ISS)", "riaiss"),
              ("m9", ("RIA", "RIA adds"), "ria"),
              ("m10", ("Sutt", "Sutt said that"), "sutt")],
    attributions=[("a1", "INDIRECT", "m1", None, "State under near constant cyber attack", None),
                  ("a2", "INDIRECT", "m2", "says",
                   "Estonia is under constant cyber attack, many of them aimed at accessing businesses and state institution networks", None),
                  ("a3", "INDIRECT", "m3", ("added", "he added"), "The pandemic has only served to heighten the danger", None),
                  ("a4", "INDIRECT", "m4", "according to", "2020 saw a record level of data phishing attacks", None),
                  ("a5", "DIRECT", "m5", ("said", "matter, said"),
                   "The past year has clearly demonstrated that the more we are active in the virtual environment, the more we must pay attention to cyber threats,", None),
                  ("a6", "INDIRECT", "m5", "addressed", ("the matter", "Riigikogu on the matter"), None),
                  ("a7", "INDIRECT", "m6", "referenced", "several cyber attacks late in 2020, which saw several ministries compromised", None),
                  ("a8", "DIRECT", "m7", ("added", "Sutt added"), seg(T, "Last fall, criminals", "data was retrieved,"), None),
                  ("a9", "INDIRECT", "m8", ("say", "both say"), seg(T, "cyber attacks are on a continuous", "rates of such attacks"), None),
                  ("a10", "INDIRECT", "m9", "adds", seg(T, "A record number of phishing", "or communication systems"), None),
                  ("a11", "INDIRECT", "m10", ("said", "Sutt said that"),
                   "serious repercussions are avoidable, with prevention the best and only measure", None)])

# ---------------------------------------------------------------------------------------
doc("detektor-grbavica-crimes-closing-statements",
    url="https://detektor.ba/2015/11/23/sarajevo-crimes-verdict-expected-thursday/?lang=en",
    outlet="Detektor (BIRN BiH)", country="Bosnia and Herzegovina", topic="courts-crime", cut=True,
    published="2015-11-23",
    text=(T := "Sarajevo Crimes Verdict Expected Thursday\n"
          "Following the presentation of closing statements at the trial of Slobodan Bogdanovic and Goran Sladoje, the cantonal court of Sarajevo scheduled the announcement of the verdict for Thursday, November 26.\n"
          "Bogdanovic and Sladoje, former members of Bosnian Serb forces, have been charged with the arrest, detention and physical harm of civilians in the Grbavica area of Sarajevo from mid-June to the end of 1992.\n"
          "They have been charged with beating civilians Bajro and Suad Besic on June 13, 1992. They allegedly took the civilians to the Jewish cemetery in the area, where they were used as human shields. Suad Besic was killed as a result. They have also been charged with having physically abused civilian Rajko Simic, because his wife belonged to a different ethnic group.\n"
          "Prosecutor Nives Kanevcev said the evidence demonstrated that Bogdanovic and Sladoje were guilty of the crimes described in the indictment.\n"
          "“The witnesses speak about the facts in a convincing manner. They describe how the Besics were taken to the Jewish cemetery and used as human shields,” Kanevcev said.\n"
          "Kanevcev said the defendants were members of military forces, while the injured parties were unarmed civilians.\n"
          "Radivoje Lazarevic, Bogdanovic’s defense attorney, said statements given by prosecution witnesses contained numerous contradictory allegations, and said his client should be acquitted of the charges against him.\n"
          "“I propose that the court bear in mind injured party Bajro Besic’s statement, which was given two days after the event. In that statement he did not mention my client’s name at all. Instead, he said two members of the Territorial Defense had come,” Lazarevic said.\n"
          "Midhat Koco, Sladoje’s defense attorney, said the indictment was unfounded and called upon the court to issue a verdict of release for his client."),
    entities=[("kanevcev", "Nives Kanevcev", "PERSON", ["Kanevcev", "Prosecutor Nives Kanevcev"], "prosecutor"),
              ("witnesses", "The witnesses", "GROUP", ["prosecution witnesses"], "prosecution witnesses in the Grbavica trial"),
              ("lazarevic", "Radivoje Lazarevic", "PERSON",
               ["Lazarevic", "Radivoje Lazarevic, Bogdanovic’s defense attorney"], "defense attorney of Slobodan Bogdanovic"),
              ("besic", "Bajro Besic", "PERSON", [], "injured party"),
              ("koco", "Midhat Koco", "PERSON", ["Koco", "Midhat Koco, Sladoje’s defense attorney"], "defense attorney of Goran Sladoje")],
    mentions=[("m1", "Prosecutor Nives Kanevcev", "kanevcev"),
              ("m2", ("The witnesses", "“The witnesses"), "witnesses"),
              ("m3", ("They", "They describe"), "witnesses"),
              ("m4", ("Kanevcev", "shields,” Kanevcev"), "kanevcev"),
              ("m5", ("Kanevcev", "Kanevcev said the defendants"), "kanevcev"),
              ("m6", "Radivoje Lazarevic, Bogdanovic’s defense attorney", "lazarevic"),
              ("m7", "prosecution witnesses", "witnesses"),
              ("m8", ("he", "he said two"), "besic"),
              ("m9", ("Lazarevic", "Lazarevic said."), "lazarevic"),
              ("m10", "Midhat Koco, Sladoje’s defense attorney", "koco")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Kanevcev said the evidence"),
                   "the evidence demonstrated that Bogdanovic and Sladoje were guilty of the crimes described in the indictment", None),
                  ("a2", "DIRECT", "m4", ("said", "shields,” Kanevcev said"), seg(T, "The witnesses speak", "used as human shields,"), None),
                  ("a3", "INDIRECT", "m2", "speak", ("the facts", "speak about the facts"), "a2"),
                  ("a4", "INDIRECT", "m3", ("describe", "They describe"), "how the Besics were taken to the Jewish cemetery and used as human shields", "a2"),
                  ("a5", "INDIRECT", "m5", ("said", "Kanevcev said the defendants"),
                   "the defendants were members of military forces, while the injured parties were unarmed civilians", None),
                  ("a6", "INDIRECT", "m6", ("said", "attorney, said statements"),
                   "statements given by prosecution witnesses contained numerous contradictory allegations", None),
                  ("a7", "INDIRECT", "m6", ("said", "and said his client"), "his client should be acquitted of the charges against him", None),
                  ("a8", "DIRECT", "m9", ("said", "Lazarevic said."), seg(T, "I propose that the court", "Territorial Defense had come,"), None),
                  ("a9", "INDIRECT", "m8", ("said", "he said two"), "two members of the Territorial Defense had come", "a8"),
                  ("a10", "INDIRECT", "m10", ("said", "attorney, said the indictment"), "the indictment was unfounded", None),
                  ("a11", "INDIRECT", "m10", "called upon", "the court to issue a verdict of release for his client", None)])

# ---------------------------------------------------------------------------------------
doc("onecitizendaily-puot-kang-environmental-audit",
    url="https://onecitizendaily.com/index.php/2022/06/20/petroleum-minister-admits-pollution-demands-environmental-audit/",
    outlet="No. 1 Citizen Daily", country="South Sudan", topic="environment", cut=True,
    published="2022-06-20",
    text=(T := "Petroleum Minister admits pollution, demands Environmental Audit\n"
          "The Minister of Petroleum Puot Kang Chol has admitted that the country is facing an enormous environmental pollution from the oil exploration while urging the oil companies to accept the Environmental Audit that the government has been pushing for.\n"
          "Speaking during a workshop organized by the Ministry of Petroleum on the implementation of a Unified Human Resource Policy Manual for petroleum workers, Minister Puot Kang said it will be naïve for them to deny the fact that there is environmental pollution as a result of the oil exploration which are visible.\n"
          "“If we continue to say that there is no environmental pollution, when satellite is all over the world and pictures are being taken, we will be mistaken, we will be like someone who is telling a doctor that you said I have appendix and what I feel is not Appendix that I have something else,” he stated.\n"
          "The Petroleum Minister stressed that there is a need of Environmental Audit most especially that they {Oil Companies} are in better position currently.\n"
          "“We will do the Environmental Auditing, it’s something we are done with,” he urged.\n"
          "“I know that there is court process that are happening and this is what I have been telling the partners, once those court are constituted, the end result will be so devastating for us, so we are in better position to do what we can in the shortest time possible,” Minister Kang emphasized.\n"
          "“So having environmental audit is to our advantage, not to the other person, because as a result of the audit, we will be told what to do, if we are told to do what we were supposed to do, and we do it, our community will be happy, because the environment will be clean” Kang underscored."),
    entities=[("kang", "Puot Kang Chol", "PERSON",
               ["Puot Kang", "Kang", "Minister Kang", "Minister Puot Kang", "Petroleum Minister", "The Petroleum Minister",
                "The Minister of Petroleum Puot Kang Chol"],
               "South Sudan's Minister of Petroleum"),
              ("government", "the government", "ORGANIZATION", [], "government of South Sudan")],
    mentions=[("m1", ("Petroleum Minister", "Petroleum Minister admits"), "kang"),
              ("m2", "The Minister of Petroleum Puot Kang Chol", "kang"),
              ("m3", ("the government", "the government has been"), "government"),
              ("m4", "Minister Puot Kang", "kang"),
              ("m5", ("he", "he stated"), "kang"),
              ("m6", ("The Petroleum Minister", "The Petroleum Minister stressed"), "kang"),
              ("m7", ("he", "he urged"), "kang"),
              ("m8", ("I", "I have been telling"), "kang"),
              ("m9", "Minister Kang", "kang"),
              ("m10", ("Kang", "Kang underscored"), "kang")],
    attributions=[("a1", "INDIRECT", "m1", "admits", ("pollution", "admits pollution"), None),
                  ("a2", "INDIRECT", "m1", "demands", ("Environmental Audit", "demands Environmental Audit"), None),
                  ("a3", "INDIRECT", "m2", "admitted",
                   "the country is facing an enormous environmental pollution from the oil exploration", None),
                  ("a4", "INDIRECT", "m2", "urging",
                   "the oil companies to accept the Environmental Audit that the government has been pushing for", None),
                  ("a5", "INDIRECT", "m3", "pushing for", ("the Environmental Audit", "the Environmental Audit that the government"), "a4"),
                  ("a6", "INDIRECT", "m4", ("said", "Kang said it"),
                   seg(T, "it will be naïve for them", "oil exploration which are visible"), None),
                  ("a7", "DIRECT", "m5", "stated", seg(T, "If we continue to say", "I have something else,"), None),
                  ("a8", "INDIRECT", "m6", "stressed",
                   "there is a need of Environmental Audit most especially that they {Oil Companies} are in better position currently", None),
                  ("a9", "DIRECT", "m7", "urged", "We will do the Environmental Auditing, it’s something we are done with,", None),
                  ("a10", "DIRECT", "m9", "emphasized", seg(T, "I know that there is court process", "shortest time possible,"), None),
                  ("a11", "INDIRECT", "m8", ("telling", "been telling"), "once those court are constituted, the end result will be so devastating for us", "a10"),
                  ("a12", "DIRECT", "m10", "underscored", seg(T, "So having environmental audit", "environment will be clean"), None)])

# ---------------------------------------------------------------------------------------
doc("frontierpost-xinhua-afghan-carpets-china",
    url="https://thefrontierpost.com/afghan-products-hailed-in-chinese-market-bringing-new-hope/",
    outlet="The Frontier Post (Xinhua)", country="Pakistan", topic="business", cut=True,
    text=(T := "Afghan products hailed in Chinese market, bringing new hope\n"
          "KABUL (Xinhua): Eying China’s vast market, Afghan craftsman Bustan Barati has decided to increase the capacity of his small carpet-weaving workshop in a slum on the outskirts of his country’s capital of Kabul.\n"
          "Barati’s workshop started exporting carpets to China in 2013. “So far, we have sold about 5,000 meters of carpets to the Chinese market, which means 30 percent of our products are sold there.”\n"
          "Born and raised in the slum, Barati said his life has changed a lot for his booming carpet business in China, which has earned him enough money to build a new house and buy a car.\n"
          "Barati then planned to distribute raw materials to people living around and lead them to weave carpets together.\n"
          "During the past two decades, the US-led military operations in Afghanistan have caused more than 30,000 civilian deaths and turned about 11 million people into refugees, leaving Afghanistan in desperate need of stability and rehabilitation.\n"
          "Achim Steiner, Administrator of the United Nations Development Program, said earlier this year that Afghanistan was facing a potential non-reversible economic collapse, a frozen banking system and liquidity shortage, leaving as many as 80 percent of people in debt.\n"
          "An estimated 97 percent of Afghans could be living in poverty by mid-2022, and regrettably, the number was being reached faster than anticipated, Steiner said.\n"
          "Vice president of the Afghan Chamber of Commerce and Investment Khan Jan Alokozay told Xinhua that China’s welcome of Afghan goods such as carpets and pine nuts will undoubtedly lead to the recovery of the Afghan economy and benefit the Afghan people who are suffering from hunger and poverty.\n"
          "Afghanistan used to export 10,000 tons of pine nuts to China each year. Despite that the country’s exports were disrupted last year, that to China more or less resumed at the end of October with the first air shipment of 45 tons of pine nuts."),
    entities=[("barati", "Bustan Barati", "PERSON", ["Barati", "Afghan craftsman Bustan Barati"], "Afghan carpet craftsman, Kabul"),
              ("steiner", "Achim Steiner", "PERSON",
               ["Steiner", "Achim Steiner, Administrator of the United Nations Development Program"], "UNDP Administrator"),
              ("alokozay", "Khan Jan Alokozay", "PERSON",
               ["Alokozay", "Vice president of the Afghan Chamber of Commerce and Investment Khan Jan Alokozay"],
               "vice president of the Afghan Chamber of Commerce and Investment")],
    mentions=[("m1", "Afghan craftsman Bustan Barati", "barati"),
              ("m2", ("Barati", "Barati said"), "barati"),
              ("m3", ("Barati", "Barati then"), "barati"),
              ("m4", "Achim Steiner, Administrator of the United Nations Development Program", "steiner"),
              ("m5", ("Steiner", "Steiner said"), "steiner"),
              ("m6", "Vice president of the Afghan Chamber of Commerce and Investment Khan Jan Alokozay", "alokozay")],
    attributions=[("a1", "DIRECT", "m1", None, seg(T, "So far, we have sold", "are sold there."), None),
                  ("a2", "INDIRECT", "m2", ("said", "Barati said"), seg(T, "his life has changed", "buy a car"), None),
                  ("a3", "INDIRECT", "m4", ("said", "Program, said"), seg(T, "Afghanistan was facing", "80 percent of people in debt"), None),
                  ("a4", "INDIRECT", "m5", ("said", "Steiner said"), seg(T, "An estimated 97 percent", "faster than anticipated"), None),
                  ("a5", "INDIRECT", "m6", "told", seg(T, "China’s welcome of Afghan goods", "from hunger and poverty"), None)])

# ---------------------------------------------------------------------------------------
doc("magneticmedia-five-cays-roadworks-astwood",
    url="https://magneticmediatv.com/2019/05/tci-%EF%BB%BFfive-cays-infrastructure-project-ongoing-residents-giving-kudos-on-social-media/",
    outlet="Magnetic Media", country="Turks and Caicos Islands", topic="local", cut=True,
    published="2019-05-20",
    text=(T := "TCI: Five Cays infrastructure project ongoing, residents giving kudos on social media\n"
          "#Providenciales, May 20, 2019 – Turks and Caicos – Potholes have been filled, new accesses roads have been carved out and for the first time ever, streets in Five Cays will be paved; the report came during Budget Debate in early May from the Member for Five Cays and Chalk Sound, Hon Sean Astwood.\n"
          "Deputy Premier Astwood, as the then outgoing Minister for Border Control saved a portion of his contribution for his constituency of Five Cays; telling the Speaker of the House of Assembly, “don’t tell me I’m not changing Five Cays.”\n"
          "He said, “Mr Speaker, in keeping with Operation Facelift, a concept I had since my days in Opposition, I designed the landscaping and partnered with Amanyara to beautify the entrance to Five Cays and with the Premier’s Office for Chalk Sound. Mr. Speaker, many residents tell me the sense of pride they feel when exiting and entering these communities. That’s Change!  We enjoy the services of the Mobile Clinic, which gives our residents the opportunity to have their basic health care needs met, without having to visit CHMC.  Mr Speaker, we have also benefitted from CCTVs in our community which help serve as a deterrent to criminal activities.”\n"
          "However, residents of the area are raving about the roadworks, which despite the muggy weather started last week.\n"
          "“I am happy to announce to the residents of Tana Road, Matilda Way, and Granny Hill, that paving will be begun shortly. I also have a list of projects that are included in this year’s budget that I will give a brief summary now but will go more in depth at our next town hall meeting that I will be scheduling shortly.”\n"
          "No longer a ‘soon to come’ promise, the work is started now and Deputy Premier Sean Astwood shared the scope of the project."),
    entities=[("astwood", "Sean Astwood", "PERSON",
               ["Astwood", "Hon Sean Astwood", "Deputy Premier Astwood", "Deputy Premier Sean Astwood",
                "the Member for Five Cays and Chalk Sound, Hon Sean Astwood"],
               "Deputy Premier, Member for Five Cays and Chalk Sound"),
              ("many", "many residents", "GROUP", [], "residents who told Astwood of their pride"),
              ("residents", "residents of the area", "GROUP", ["residents"], "residents of Five Cays")],
    mentions=[("m1", ("residents", "residents giving"), "residents"),
              ("m2", "the Member for Five Cays and Chalk Sound, Hon Sean Astwood", "astwood"),
              ("m3", "Deputy Premier Astwood", "astwood"),
              ("m4", ("He", "He said, “Mr"), "astwood"),
              ("m5", "many residents", "many"),
              ("m6", "residents of the area", "residents"),
              ("m7", "Deputy Premier Sean Astwood", "astwood")],
    attributions=[("a1", "INDIRECT", "m2", ("report", "the report came"), seg(T, "Potholes have been filled", "in Five Cays will be paved"), None),
                  ("a2", "DIRECT", "m3", "telling", "don’t tell me I’m not changing Five Cays.", None),
                  ("a3", "DIRECT", "m4", ("said", "He said, “Mr"), seg(T, "Mr Speaker, in keeping", "to criminal activities."), None),
                  ("a4", "INDIRECT", "m5", ("tell", "residents tell me"),
                   "the sense of pride they feel when exiting and entering these communities", "a3"),
                  ("a5", "INDIRECT", "m6", "raving about", "the roadworks, which despite the muggy weather started last week", None),
                  ("a6", "DIRECT", "m4", None, seg(T, "I am happy to announce", "be scheduling shortly."), None),
                  ("a7", "INDIRECT", "m7", "shared", "the scope of the project", None)])

write("train_q.jsonl")
