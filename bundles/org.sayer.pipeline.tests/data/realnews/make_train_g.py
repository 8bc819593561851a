#!/usr/bin/env python3
"""Writes train_g.jsonl: real-news gold, split train-g (see gold.py). Run: python3 make_train_g.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("nightwatchsl-magistrate-bonnie-phone-calls",
    url="http://www.nightwatchsl.com/magistrate-expresses-anger-over-numerous-telephone-calls/",
    outlet="Night Watch", country="Sierra Leone", topic="courts-crime", cut=False,
    text=(T := "Magistrate Expresses Anger Over Numerous Telephone Calls\n"
          "Magistrate Hannah Bonnie of Pademba Road Magistrate Court No.1 has expressed anger over the numerous telephone calls she has been getting from both the parties. That is, the accused and the complainant in relation to the ongoing human trafficking matter before the court.\n"
          "She disclosed this before the two parties and both the Defense counsel and the police prosecutor, Inspector Fofanah. She also highlighted some of her roles and responsibilities as a magistrate whenever a matter is brought before her.\n"
          "She added that, as a magistrate, her role is to look into matters and observe if there is sufficient evidence. Depending on this the matter is discharged or committed to the High Court for trial.\n"
          "Hannah Bonnie continued that, whenever a matter is brought before the court, she does not entertain any of the two parties to contact her until she makes judgement of the matter or commit same to the High Court for trial.\n"
          "Magistrate Bonnie admonished both the defense counsel A.I. Kamara and police prosecutor Inspector Fofanah to warn their clients not to repeat such an action. She added that if any of the two parties attempted to knock at door of her office, she vowed to get that individual arrested."),
    entities=[("bonnie", "Hannah Bonnie", "PERSON",
               ["Bonnie", "Magistrate", "Magistrate Bonnie", "Magistrate Hannah Bonnie",
                "Magistrate Hannah Bonnie of Pademba Road Magistrate Court No.1"],
               "magistrate, Pademba Road Magistrate Court No.1")],
    mentions=[("m1", ("Magistrate", "Magistrate Expresses"), "bonnie"),
              ("m2", "Magistrate Hannah Bonnie of Pademba Road Magistrate Court No.1", "bonnie"),
              ("m3", ("She", "She disclosed"), "bonnie"),
              ("m4", ("She", "She also highlighted"), "bonnie"),
              ("m5", ("She", "She added that, as"), "bonnie"),
              ("m6", ("Hannah Bonnie", "Hannah Bonnie continued"), "bonnie"),
              ("m7", ("Magistrate Bonnie", "Magistrate Bonnie admonished"), "bonnie"),
              ("m8", ("She", "She added that if"), "bonnie"),
              ("m9", ("she", "she vowed"), "bonnie")],
    attributions=[("a1", "INDIRECT", "m1", "Expresses Anger", "Numerous Telephone Calls", None),
                  ("a2", "INDIRECT", "m2", "expressed anger", "the numerous telephone calls she has been getting from both the parties", None),
                  ("a3", "INDIRECT", "m3", "disclosed", ("this", "disclosed this"), None),
                  ("a4", "INDIRECT", "m4", "highlighted", "some of her roles and responsibilities as a magistrate whenever a matter is brought before her", None),
                  ("a5", "INDIRECT", "m5", ("added", "She added that, as"), "as a magistrate, her role is to look into matters and observe if there is sufficient evidence", None),
                  ("a6", "INDIRECT", "m6", "continued", seg(T, "whenever a matter is brought before the court", "High Court for trial", "Hannah Bonnie continued"), None),
                  ("a7", "INDIRECT", "m7", "admonished", "both the defense counsel A.I. Kamara and police prosecutor Inspector Fofanah to warn their clients not to repeat such an action", None),
                  ("a8", "INDIRECT", "m8", ("added", "She added that if"), "if any of the two parties attempted to knock at door of her office, she vowed to get that individual arrested", None),
                  ("a9", "INDIRECT", "m9", "vowed", "to get that individual arrested", "a8")])

# ---------------------------------------------------------------------------------------
doc("aljazeera-mauritius-wakashio-worst-case",
    url="https://www.aljazeera.com/news/2020/8/10/mauritius-pm-brace-for-worst-case-scenario-after-oil-spill",
    outlet="Al Jazeera (Reuters)", country="Qatar", topic="environment", cut=True,
    published="2020-08-10",
    text=(T := "Mauritius PM: Brace for ‘worst-case scenario’ after oil spill\n"
          "Fears of an ecological catastrophe keep mounting despite massive local clean-up operation under way in island nation.\n"
          "A Japanese ship that ran aground on a reef off Mauritius two weeks ago has now stopped leaking oil into the Indian Ocean, but the island nation must still prepare for “a worst-case scenario”, Prime Minister Pravind Jugnauth said late on Monday.\n"
          "Conservationists said they were starting to find dead fish as well as seabirds covered in oil, increasing fears of an ecological catastrophe despite a massive local clean-up operation that includes making floating booms from leaves and human hair.\n"
          "Jugnauth said the leak from a damaged oil tank on board the stricken vessel, the MV Wakashio, had stopped but that the ship still had 2,000 tonnes of oil in two other, undamaged tanks.\n"
          "“The salvage team has observed several cracks in the ship hull, which means that we are facing a very serious situation,” Jugnauth said in a televised speech, parts of which were made available to Reuters news agency by his office.\n"
          "“We should prepare for a worst-case scenario. It is clear that at some point the ship will fall apart.”\n"
          "Mauritius has declared a state of emergency and former colonial ruler France has sent aid in what environmental group Greenpeace said could be a major ecological crisis. Japan has also sent help.\n"
          "Tourism is a major contributor to the Mauritius economy, generating 63 billion rupees ($1.6bn) last year."),
    entities=[("jugnauth", "Pravind Jugnauth", "PERSON",
               ["Jugnauth", "Mauritius PM", "Prime Minister Pravind Jugnauth"], "Prime Minister of Mauritius"),
              ("conservationists", "Conservationists", "GROUP", [], None),
              ("greenpeace", "Greenpeace", "ORGANIZATION", ["environmental group Greenpeace"], "environmental group")],
    mentions=[("m1", "Mauritius PM", "jugnauth"),
              ("m2", "Prime Minister Pravind Jugnauth", "jugnauth"),
              ("m3", "Conservationists", "conservationists"),
              ("m4", ("Jugnauth", "Jugnauth said the leak"), "jugnauth"),
              ("m5", ("Jugnauth", "Jugnauth said in a televised"), "jugnauth"),
              ("m6", "environmental group Greenpeace", "greenpeace")],
    attributions=[("a1", "MIXED", "m1", None, "Brace for ‘worst-case scenario’ after oil spill", None),
                  ("a2", "MIXED", "m2", ("said", "Jugnauth said late"), seg(T, "A Japanese ship that ran aground", "a worst-case scenario”"), None),
                  ("a3", "INDIRECT", "m3", ("said", "Conservationists said"), "they were starting to find dead fish as well as seabirds covered in oil", None),
                  ("a4", "INDIRECT", "m4", ("said", "Jugnauth said the leak"), seg(T, "the leak from a damaged oil tank", "two other, undamaged tanks"), None),
                  ("a5", "DIRECT", "m5", ("said", "Jugnauth said in a televised"), "The salvage team has observed several cracks in the ship hull, which means that we are facing a very serious situation,", None),
                  ("a6", "DIRECT", "m5", None, "We should prepare for a worst-case scenario. It is clear that at some point the ship will fall apart.", None),
                  ("a7", "INDIRECT", "m6", ("said", "Greenpeace said"), "could be a major ecological crisis", None)])

# ---------------------------------------------------------------------------------------
doc("hurriyet-aa-exporters-200b-goal",
    url="https://hurriyetdailynews.com/amp/turkish-business-world-eyes-200b-in-exports-139740",
    outlet="Hürriyet Daily News (Anadolu Agency)", country="Turkey", topic="business", cut=False,
    text=(T := "Turkish business world eyes $200B in exports\n"
          "Turkish exporters’ prize goal is to make $200 billion in exports within a few years, the head of a large business association has said.\n"
          "Over the last five years Turkish exporters boosted their exports from $150 billion to $170 billion, Ismail Gülle, chairman of the Turkish Exporters' Assembly (TIM), told the second Istanbul Economy Summit on Dec. 14.\n"
          "\"Turkey's GDP rose from $231 billion to $852 billion and exports climbed from $36 billion to $170 billion over the last 16 years thanks to reforms,\" he added.\n"
          "He underlined that Turkey needs to create new strategies for sustainable growth and employment.\n"
          "Özturk Oran, the chairman of state-run participation bank Vakıf Katilim, said Turkish lenders play an important role in structural reforms in the country.\n"
          "The Turkish banking system's structure is strong, with no risk of collapse, he added.\n"
          "Turkish Parliament Speaker Binali Yıldırım noted Turkey’s place among the world’s top 20 economies.\n"
          "\"We have the ability and political willpower to overcome problems, we have a population of 81 million, one-third of them young, and this is our greatest power,\" he stressed.\n"
          "Yıldırım also said Turkish businesspeople can invest around the world.\n"
          "The one-day summit hosted experts, politicians, and academics to discuss several topics under the theme of the emergence of global crises."),
    entities=[("gulle", "Ismail Gülle", "PERSON",
               ["Gülle", "the head of a large business association",
                "Ismail Gülle, chairman of the Turkish Exporters' Assembly (TIM)"],
               "chairman of the Turkish Exporters' Assembly (TIM)"),
              ("oran", "Özturk Oran", "PERSON",
               ["Oran", "Özturk Oran, the chairman of state-run participation bank Vakıf Katilim"],
               "chairman of Vakıf Katilim"),
              ("yildirim", "Binali Yıldırım", "PERSON",
               ["Yıldırım", "Turkish Parliament Speaker Binali Yıldırım"], "Speaker of the Turkish Parliament")],
    mentions=[("m1", "the head of a large business association", "gulle"),
              ("m2", "Ismail Gülle, chairman of the Turkish Exporters' Assembly (TIM)", "gulle"),
              ("m3", ("he", "he added.\nHe underlined"), "gulle"),
              ("m4", ("He", "He underlined"), "gulle"),
              ("m5", "Özturk Oran, the chairman of state-run participation bank Vakıf Katilim", "oran"),
              ("m6", ("he", "he added.\nTurkish Parliament"), "oran"),
              ("m7", "Turkish Parliament Speaker Binali Yıldırım", "yildirim"),
              ("m8", ("he", "he stressed"), "yildirim"),
              ("m9", ("Yıldırım", "Yıldırım also said"), "yildirim")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "has said"), "Turkish exporters’ prize goal is to make $200 billion in exports within a few years", None),
                  ("a2", "INDIRECT", "m2", "told", "Over the last five years Turkish exporters boosted their exports from $150 billion to $170 billion", None),
                  ("a3", "DIRECT", "m3", ("added", "he added.\nHe underlined"), seg(T, "Turkey's GDP rose", "thanks to reforms,"), None),
                  ("a4", "INDIRECT", "m4", "underlined", "Turkey needs to create new strategies for sustainable growth and employment", None),
                  ("a5", "INDIRECT", "m5", ("said", "Katilim, said"), "Turkish lenders play an important role in structural reforms in the country", None),
                  ("a6", "INDIRECT", "m6", ("added", "he added.\nTurkish Parliament"), "The Turkish banking system's structure is strong, with no risk of collapse", None),
                  ("a7", "INDIRECT", "m7", "noted", "Turkey’s place among the world’s top 20 economies", None),
                  ("a8", "DIRECT", "m8", "stressed", seg(T, "We have the ability", "our greatest power,"), None),
                  ("a9", "INDIRECT", "m9", ("said", "Yıldırım also said"), "Turkish businesspeople can invest around the world", None)])

# ---------------------------------------------------------------------------------------
doc("thepoint-gamtel-internet-outage-cause",
    url="https://thepoint.gm/africa/gambia/headlines/gamtel-reveals-cause-of-internet-outage",
    outlet="The Point", country="Gambia", topic="technology", cut=False,
    published="2021-02-05",
    text=(T := "Gamtel reveals cause of internet outage\n"
          "The deputy managing director of GAMTEL, Lamin Tunkara has explained the reason for the general internet outage in the country on Tuesday. He revealed that backup link (cable) that connects Gambia to the outside world was unintentionally cut by a company working for NAWEC which led to the general internet outage.\n"
          "Mr. Tunkary revealed this during an interview with Kerr Fatou on Wednesday.\n"
          "It could be recalled that, on Tuesday, the country experienced some hours without internet connection resulting in general disruption of services mainly dependent on the internet.\n"
          "“The country was down because the backup link that connects us with the outside world runs through (Farato), disconnected by certain workers that are working with NAWEC, through the Gambia government contract, were digging some poles and they happened to cut through our cables,” said Lamin Tunkara\n"
          "According to him, the country’s main cable Africa Coast to Europe (ACE), which runs from Portugal to South Africa, which The Gambia is a partner went down couple of weeks ago, because fishing boats that are in the sea happened to knock the cable and cut it.\n"
          "“When things like this happen what we do is we link through the backup link which is Sonatel which runs from Serekunda through Saleti, Cassamance to Dakar because that’s where their main landing station is”\n"
          "He added that that backup also happened to go through the same cut by the same people.\n"
          "Mr Tunkara recalled that this is the third time such thing is occurring due to NAWEC operations, while describing it as the most serious of the previous outrages the country ever experienced.\n"
          "“We had a cable cut. We do experience things like this. But this particular one is of a higher magnitude, and has hugely impacted the entire country.”"),
    entities=[("gamtel", "Gamtel", "ORGANIZATION", [], "Gambia Telecommunications Company"),
              ("tunkara", "Lamin Tunkara", "PERSON", ["Tunkara", "Mr Tunkara", "Mr. Tunkary"],
               "deputy managing director of GAMTEL")],
    mentions=[("m1", ("Gamtel", "Gamtel reveals"), "gamtel"),
              ("m2", "The deputy managing director of GAMTEL, Lamin Tunkara", "tunkara"),
              ("m3", ("He", "He revealed"), "tunkara"),
              ("m4", "Mr. Tunkary", "tunkara"),
              ("m5", ("Lamin Tunkara", "said Lamin Tunkara"), "tunkara"),
              ("m6", ("him", "According to him"), "tunkara"),
              ("m7", ("He", "He added"), "tunkara"),
              ("m8", "Mr Tunkara", "tunkara")],
    attributions=[("a1", "INDIRECT", "m1", "reveals", "cause of internet outage", None),
                  ("a2", "INDIRECT", "m2", "explained", "the reason for the general internet outage in the country on Tuesday", None),
                  ("a3", "INDIRECT", "m3", ("revealed", "He revealed"), seg(T, "backup link (cable)", "the general internet outage", "He revealed"), None),
                  ("a4", "INDIRECT", "m4", ("revealed", "Tunkary revealed"), ("this", "revealed this"), None),
                  ("a5", "DIRECT", "m5", ("said", "said Lamin Tunkara"), seg(T, "The country was down", "cut through our cables,"), None),
                  ("a6", "INDIRECT", "m6", "According to", seg(T, "the country’s main cable", "knock the cable and cut it"), None),
                  ("a7", "DIRECT", "m6", None, seg(T, "When things like this happen", "main landing station is"), None),
                  ("a8", "INDIRECT", "m7", "added", "that backup also happened to go through the same cut by the same people", None),
                  ("a9", "INDIRECT", "m8", ("recalled", "Tunkara recalled"), "this is the third time such thing is occurring due to NAWEC operations", None),
                  ("a10", "INDIRECT", "m8", "describing", "it as the most serious of the previous outrages the country ever experienced", None),
                  ("a11", "DIRECT", "m8", None, "We had a cable cut. We do experience things like this. But this particular one is of a higher magnitude, and has hugely impacted the entire country.", None)],
    keep_that=("a8",))

# ---------------------------------------------------------------------------------------
doc("kerrfatou-kanifing-south-residents-bensouda",
    url="https://www.kerrfatou.com/mayors-tour-kanifing-south-residents-applaud-bensouda-for-great-work-in-km/",
    outlet="Kerr Fatou", country="Gambia", topic="local", cut=True,
    text=(T := "Mayor’s Tour: Kanifing South Residents Applaud Bensouda For “Great” Work In KM\n"
          "The Residents of Kanifing South applauded Talib Ahmed Bensouda, the Mayor of Kanifing Municipal Council (KMC) for what they call his “great” work in the Region during a meeting held in their area, part of the mayor’s municipality meet the people’s dialogue mandated by the Local Government Act.\n"
          "Imam Malanding Jaiteh, a resident of Kanifing South, told the crowd that Mayor Bensouda is the best Mayor Kanifing Municipality has ever had.\n"
          "“If we had known that Mayor Bensouda would do these developments, we would have searched for him since he was a child and make him our mayor. We have been in Kanifing South since 1978, but we never had a Mayor like Talib Bensouda. Kanifing South is clean, and Kanifing as Region is clean as well. If there is no bias but only truth we are looking for, in the past 40 years the country never had a Mayor like Talib Ahmed Bensouda,” Imam Jaiteh told the gathering.\n"
          "Mr. Ebrima Barry, also a resident of Kanifing South, hailed Mayor Bensouda and described him as a “good leader.”\n"
          "“Talib is a good leader and the best Mayor,” just like Imam Jaiteh said moments ago. He is doing an incredibly good job, and we all witness it,” Mr. Barry said.\n"
          "Aminata Ceesay, another resident of Kanifing South, praised Mayor Bensouda for making their environments clean. While calling on the mayor to help them with streetlights on their feeder roads.\n"
          "“Talib Bensouda, I asked you to go and sleep. Kanifing South is yours. You are going to win here by the grace of Allah,” she told the mayor.\n"
          "Mr. Alhagie Gaye, also a resident of Kanifing South, assured Mayor Bensouda of victory in the coming Local Government elections."),
    entities=[("residents", "The Residents of Kanifing South", "GROUP", ["Kanifing South Residents"],
               "residents at the mayor's meet-the-people dialogue"),
              ("jaiteh", "Imam Malanding Jaiteh", "PERSON",
               ["Imam Jaiteh", "Malanding Jaiteh", "Jaiteh", "Imam Malanding Jaiteh, a resident of Kanifing South"],
               "resident of Kanifing South"),
              ("barry", "Ebrima Barry", "PERSON",
               ["Barry", "Mr. Barry", "Mr. Ebrima Barry, also a resident of Kanifing South"], "resident of Kanifing South"),
              ("ceesay", "Aminata Ceesay", "PERSON",
               ["Aminata Ceesay, another resident of Kanifing South"], "resident of Kanifing South"),
              ("gaye", "Alhagie Gaye", "PERSON",
               ["Mr. Alhagie Gaye", "Mr. Alhagie Gaye, also a resident of Kanifing South"], "resident of Kanifing South")],
    mentions=[("m1", "Kanifing South Residents", "residents"),
              ("m2", "The Residents of Kanifing South", "residents"),
              ("m3", ("they", "what they call"), "residents"),
              ("m4", "Imam Malanding Jaiteh, a resident of Kanifing South", "jaiteh"),
              ("m5", ("Imam Jaiteh", "Imam Jaiteh told"), "jaiteh"),
              ("m6", "Mr. Ebrima Barry, also a resident of Kanifing South", "barry"),
              ("m7", ("Imam Jaiteh", "Imam Jaiteh said"), "jaiteh"),
              ("m8", "Mr. Barry", "barry"),
              ("m9", "Aminata Ceesay, another resident of Kanifing South", "ceesay"),
              ("m10", ("I", "I asked you"), "ceesay"),
              ("m11", ("she", "she told the mayor"), "ceesay"),
              ("m12", "Mr. Alhagie Gaye, also a resident of Kanifing South", "gaye")],
    attributions=[("a1", "MIXED", "m1", "Applaud", "Bensouda For “Great” Work In KM", None),
                  ("a2", "MIXED", "m2", "applauded", seg(T, "Talib Ahmed Bensouda, the Mayor", "“great” work in the Region"), None),
                  ("a3", "MIXED", "m3", ("call", "they call"), "his “great” work in the Region", "a2"),
                  ("a4", "INDIRECT", "m4", ("told", "told the crowd"), "Mayor Bensouda is the best Mayor Kanifing Municipality has ever had", None),
                  ("a5", "DIRECT", "m5", ("told", "Imam Jaiteh told"), seg(T, "If we had known", "Talib Ahmed Bensouda,"), None),
                  ("a6", "INDIRECT", "m6", "hailed", ("Mayor Bensouda", "hailed Mayor Bensouda"), None),
                  ("a7", "MIXED", "m6", "described", "him as a “good leader.”", None),
                  ("a8", "MIXED", "m8", ("said", "Mr. Barry said"), seg(T, "“Talib is a good leader", "we all witness it,”"), None),
                  ("a9", "INDIRECT", "m9", "praised", "Mayor Bensouda for making their environments clean", None),
                  ("a10", "INDIRECT", "m9", "calling on", "the mayor to help them with streetlights on their feeder roads", None),
                  ("a11", "DIRECT", "m11", ("told", "she told the mayor"), seg(T, "Talib Bensouda, I asked", "grace of Allah,"), None),
                  ("a12", "INDIRECT", "m10", ("asked", "I asked you"), "you to go and sleep", "a11"),
                  ("a13", "INDIRECT", "m12", "assured", "victory in the coming Local Government elections", None)])

# ---------------------------------------------------------------------------------------
doc("newdawn-sirleaf-education-appeal",
    url="http://thenewdawnliberia.com/politics?start=60",
    outlet="The New Dawn", country="Liberia", topic="politics", cut=True,
    text=(T := "Pres. Sirleaf seeks support to rebuild educational system\n"
          "President Ellen Johnson Sirleaf has appealed for support to rebuild Liberia’s educational system, which was destroyed during the years of civil conflict in the country.\n"
          "According to a dispatch from the United States, President Sirleaf made the appeal on Monday, December 4, 2017, when she spoke at the Frank and Kula Kumpuris Distinguished Lecture Series of the Clinton School of Public Service of the University of Arkansas in Little Rock, Arkansas.\n"
          "Addressing students of the Clinton School of Public Service and hundreds of distinguished guests who crowded the auditorium, President Sirleaf said despite the progress Liberia has made since the end of the civil crisis, the educational system has been one of the weakest areas in the country’s\n"
          "President Sirleaf noted that progress made in upgrading the educational system has led to an increase of two million students enrolled in school. She, however, added that there is a serious deficit of qualified teachers to properly mold the minds of the young people.\n"
          "“The students are so many and the teachers are so few,” she said, adding that there is a need to give the children quality education to enable them to compete within the global community. President Sirleaf also noted that\n"
          "the health system in Liberia also remains a challenge that must be addressed to enable Liberians to enjoy the benefit of quality health care. Amid thunderous applause, President Sirleaf lauded the Clinton Health Access Initiative (CHAI)/Clinton Foundation Ebola Response for sending the largest single supply of medical materials to Liberia to combat the Ebola epidemic.\n"
          "She pointed out that while many expatriates left the country in the wake of the Ebola outbreak, the CHAI staff remained in Liberia and worked very closely with the health authorities to combat the disease at the risk of their lives."),
    entities=[("sirleaf", "Ellen Johnson Sirleaf", "PERSON",
               ["Sirleaf", "Pres. Sirleaf", "President Sirleaf", "President Ellen Johnson Sirleaf"], "President of Liberia"),
              ("dispatch", "a dispatch from the United States", "ORGANIZATION", [], "news dispatch")],
    mentions=[("m1", "Pres. Sirleaf", "sirleaf"),
              ("m2", "President Ellen Johnson Sirleaf", "sirleaf"),
              ("m3", "a dispatch from the United States", "dispatch"),
              ("m4", ("President Sirleaf", "President Sirleaf made"), "sirleaf"),
              ("m5", ("she", "when she spoke"), "sirleaf"),
              ("m6", ("President Sirleaf", "President Sirleaf said"), "sirleaf"),
              ("m7", ("President Sirleaf", "President Sirleaf noted"), "sirleaf"),
              ("m8", ("She", "She, however"), "sirleaf"),
              ("m9", ("she", "she said, adding"), "sirleaf"),
              ("m10", ("President Sirleaf", "President Sirleaf also noted"), "sirleaf"),
              ("m11", ("President Sirleaf", "President Sirleaf lauded"), "sirleaf"),
              ("m12", ("She", "She pointed out"), "sirleaf")],
    attributions=[("a1", "INDIRECT", "m1", "seeks", "support to rebuild educational system", None),
                  ("a2", "INDIRECT", "m2", "appealed for", seg(T, "support to rebuild Liberia’s", "civil conflict in the country"), None),
                  ("a3", "INDIRECT", "m3", "According to", seg(T, "President Sirleaf made the appeal", "Little Rock, Arkansas"), None),
                  ("a4", "INDIRECT", "m6", ("said", "President Sirleaf said"), seg(T, "despite the progress Liberia", "areas in the country’s"), None),
                  ("a5", "INDIRECT", "m7", ("noted", "President Sirleaf noted"), "progress made in upgrading the educational system has led to an increase of two million students enrolled in school", None),
                  ("a6", "INDIRECT", "m8", "added", "there is a serious deficit of qualified teachers to properly mold the minds of the young people", None),
                  ("a7", "DIRECT", "m9", ("said", "she said, adding"), "The students are so many and the teachers are so few,", None),
                  ("a8", "INDIRECT", "m9", "adding", "there is a need to give the children quality education to enable them to compete within the global community", None),
                  ("a9", "INDIRECT", "m10", ("noted", "also noted"), "the health system in Liberia also remains a challenge that must be addressed to enable Liberians to enjoy the benefit of quality health care", None),
                  ("a10", "INDIRECT", "m11", "lauded", seg(T, "the Clinton Health Access Initiative", "combat the Ebola epidemic"), None),
                  ("a11", "INDIRECT", "m12", "pointed out", seg(T, "while many expatriates left", "at the risk of their lives"), None)])

# ---------------------------------------------------------------------------------------
doc("liberianobserver-lone-star-chebli-kojo",
    url="https://www.liberianobserver.com/news/lone-star-keep-focused-on-the-prize/",
    outlet="Liberian Observer", country="Liberia", topic="sport", cut=True,
    text=(T := "Lone Star, Keep Focused on the Prize\n"
          "Despite the cancellation of training in Morocco\n"
          "Deputy Coach Sam Chebli, who recently left his coaching assignment with BYC ll, in a methodical fashion assembled the members of the national soccer team, Lone Star, yesterday at the Samuel Kanyon Doe Sports Complex and explained what he wanted from them.\n"
          "The coach was visibly involved in his dialogue to his chargers who are preparing for their last encounter against DR Congo, away, to qualify for the African Cup of Nations in Egypt, next year.\n"
          "Coach Chebli was a dare-devil striker during his days, and he expects his boys to do the same against DR Congo, for he believes that there is nothing impossible that the Lone Star cannot surmount.\n"
          "Presently, the Lone Star has seven points from five games and Zimbabwe has eight points from five games. The two countries are likely to qualify from the group and Liberia, in fact, should be able to lead the group if she can overcome DR Congo in their last encounter away.\n"
          "DR Congo has five points from six games and there is no likelihood that she can survive and then qualify for CAN 2019 in Egypt. Perhaps it could be the reason that National Coach Thomas Kojo told me yesterday that “the boys now know what it means to play for your country.”\n"
          "Kojo, who was once a star player for Mighty Barrolle and the Lone Star, believes that the players’ perception of what it means to play for your team is changing. “Formerly the players did not understand what to do when a national anthem is being played as you represent your country,” he said. “Now the players know. From other countries players can shed tears just for being selected to represent their country and I am convinced that we are getting there.”"),
    entities=[("chebli", "Sam Chebli", "PERSON",
               ["Chebli", "Coach Chebli", "Deputy Coach Sam Chebli", "The coach"], "Lone Star deputy coach"),
              ("kojo", "Thomas Kojo", "PERSON", ["Kojo", "National Coach Thomas Kojo"], "Lone Star national coach"),
              ("players", "the boys", "GROUP", ["the players", "his boys", "his chargers",
                                                "the members of the national soccer team, Lone Star"],
               "Lone Star players")],
    mentions=[("m1", "Deputy Coach Sam Chebli", "chebli"),
              ("m2", "the members of the national soccer team, Lone Star", "players"),
              ("m3", "The coach", "chebli"),
              ("m4", "his chargers", "players"),
              ("m5", "Coach Chebli", "chebli"),
              ("m6", ("he", "he expects"), "chebli"),
              ("m7", "his boys", "players"),
              ("m8", ("he", "he believes"), "chebli"),
              ("m9", "National Coach Thomas Kojo", "kojo"),
              ("m10", ("the boys", "“the boys"), "players"),
              ("m11", ("Kojo", "Kojo, who"), "kojo"),
              ("m12", ("the players", "Formerly the players"), "players"),
              ("m13", ("he", "he said."), "kojo"),
              ("m14", ("the players", "Now the players"), "players")],
    attributions=[("a1", "INDIRECT", "m1", "explained", "what he wanted from them", None),
                  ("a2", "INDIRECT", "m6", "expects", "his boys to do the same against DR Congo", None),
                  ("a3", "INDIRECT", "m8", ("believes", "he believes"), "there is nothing impossible that the Lone Star cannot surmount", None),
                  ("a4", "DIRECT", "m9", ("told", "Kojo told me"), "the boys now know what it means to play for your country.", None),
                  ("a5", "INDIRECT", "m10", ("know", "boys now know"), ("what it means to play for your country", "boys now know"), "a4"),
                  ("a6", "INDIRECT", "m11", ("believes", "Kojo, who was once"), seg(T, "the players’ perception", "is changing"), None),
                  ("a7", "DIRECT", "m13", ("said", "he said."), "Formerly the players did not understand what to do when a national anthem is being played as you represent your country,", None),
                  ("a8", "DIRECT", "m13", None, seg(T, "Now the players know.", "we are getting there."), None)])

write("train_g.jsonl")
