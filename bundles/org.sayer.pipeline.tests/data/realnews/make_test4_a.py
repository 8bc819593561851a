#!/usr/bin/env python3
"""Writes test4_a.jsonl: real-news gold, split test4-a (see gold.py). Run: python3 make_test4_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("koreaherald-na-kim-spokesman-remark",
    url="http://www01.koreaherald.com/view.php?mp=695&np=6945&ud=20190312000611",
    outlet="The Korea Herald", country="South Korea", topic="politics", cut=True,
    published="2019-03-12",
    text=(T := "[Newsmaker] Moon's office protests opposition party whip's derision of president\n"
          "The presidential office Cheong Wa Dae on Tuesday expressed strong regret after the floor leader of the main opposition Liberty Korea Party called President Moon Jae-in a spokesman for North Korean leader Kim Jong-un.\n"
          "In a parliamentary speech earlier in the day, Rep. Na Kyung-won condemned what she called the Moon government's endless defense of North Korea and called on the president not to work like a senior spokesman for Kim.\n"
          "Cheong Wa Dae immediately expressed strong regret over Na's speech and called on her and the LKP to apologize to the public.\n"
          "\"Na's remarks amount to an insult to the head of state and the public who aspire for peace on the Korean Peninsula,\" the office said.\n"
          "The presidential office expressed hope that Na's remarks did not intend to bring Cold War animosity back to the peninsula.\n"
          "\"(The LKP) should not waste energy that should be spent for the nation in insulting the people and the head of state. The LKP and Na should apologize to the people who aspire for complete denuclearization and permanent peace,\" it added.\n"
          "Na's remarks have sparked political tension at a time when an extra parliamentary session just kicked off last week following a two-month hiatus.\n"
          "The ruling Democratic Party vehemently denounced Na at a hastily arranged general meeting of party lawmakers.\n"
          "\"I think Na's remarks cannot be acceptable politically. It is an insult to the head of the state,\" DP chairman Lee Hae-chan told the meeting.\n"
          "\"Our party should immediately review the filing of a petition with the parliamentary ethics committee and draw up measures to prevent a recurrence,\" he added.\n"
          "Minor opposition parties also criticized Na's speech.\n"
          "\"Na's remarks are nothing but vulgar criticism,\" the conservative Bareunmirae Party said."),
    entities=[("cwd", "Cheong Wa Dae", "ORGANIZATION",
               ["The presidential office Cheong Wa Dae", "The presidential office", "Moon's office", "the office"],
               "South Korean presidential office"),
              ("na", "Na Kyung-won", "PERSON",
               ["Na", "Rep. Na Kyung-won", "the floor leader of the main opposition Liberty Korea Party"],
               "floor leader of the Liberty Korea Party"),
              ("dp", "Democratic Party", "ORGANIZATION", ["The ruling Democratic Party"], "ruling party"),
              ("lee", "Lee Hae-chan", "PERSON", ["DP chairman Lee Hae-chan"], "Democratic Party chairman"),
              ("minor", "Minor opposition parties", "GROUP", [], None),
              ("bareun", "Bareunmirae Party", "ORGANIZATION", ["the conservative Bareunmirae Party"], None)],
    mentions=[("m1", "Moon's office", "cwd"),
              ("m2", "The presidential office Cheong Wa Dae", "cwd"),
              ("m3", "the floor leader of the main opposition Liberty Korea Party", "na"),
              ("m4", "Rep. Na Kyung-won", "na"),
              ("m5", ("she", "what she called"), "na"),
              ("m6", ("Cheong Wa Dae", "Cheong Wa Dae immediately"), "cwd"),
              ("m7", ("the office", "the office said"), "cwd"),
              ("m8", ("The presidential office", "The presidential office expressed"), "cwd"),
              ("m9", ("Na", "The LKP and Na should"), "na"),
              ("m10", ("it", "it added"), "cwd"),
              ("m11", "The ruling Democratic Party", "dp"),
              ("m12", ("Na", "denounced Na"), "na"),
              ("m13", "DP chairman Lee Hae-chan", "lee"),
              ("m14", "Our party", "dp"),
              ("m15", ("he", "he added"), "lee"),
              ("m16", "Minor opposition parties", "minor"),
              ("m17", "the conservative Bareunmirae Party", "bareun")],
    attributions=[("a1", "INDIRECT", "m1", "protests", "opposition party whip's derision of president", None),
                  ("a2", "INDIRECT", "m3", ("called", "Party called"), "President Moon Jae-in a spokesman for North Korean leader Kim Jong-un", None),
                  ("a3", "INDIRECT", "m4", "condemned", "what she called the Moon government's endless defense of North Korea", None),
                  ("a4", "INDIRECT", "m5", ("called", "she called"), "the Moon government's endless defense of North Korea", "a3"),
                  ("a5", "INDIRECT", "m4", ("called on", "and called on the president"), "the president not to work like a senior spokesman for Kim", None),
                  ("a6", "INDIRECT", "m6", ("expressed strong regret", "immediately expressed"), ("Na's speech", "over Na's speech"), None),
                  ("a7", "INDIRECT", "m6", ("called on", "called on her"), "her and the LKP to apologize to the public", None),
                  ("a8", "DIRECT", "m7", ("said", "the office said"), "Na's remarks amount to an insult to the head of state and the public who aspire for peace on the Korean Peninsula,", None),
                  ("a9", "INDIRECT", "m8", "expressed hope", "Na's remarks did not intend to bring Cold War animosity back to the peninsula", None),
                  ("a10", "DIRECT", "m10", ("added", "it added"), seg(T, "(The LKP) should not", "permanent peace,"), None),
                  ("a11", "INDIRECT", "m11", "denounced", ("Na", "denounced Na"), None),
                  ("a12", "DIRECT", "m13", ("told", "Lee Hae-chan told"), "I think Na's remarks cannot be acceptable politically. It is an insult to the head of the state,", None),
                  ("a13", "DIRECT", "m15", ("added", "he added"), seg(T, "Our party should", "prevent a recurrence,"), None),
                  ("a14", "INDIRECT", "m16", "criticized", ("Na's speech", "criticized Na's speech"), None),
                  ("a15", "DIRECT", "m17", ("said", "Party said"), "Na's remarks are nothing but vulgar criticism,", None)])

# ---------------------------------------------------------------------------------------
doc("malawistar-mangochi-wizard-jailed",
    url="https://www.malawistar.com/2016/03/16/wizard-sentenced-to-two-years-ihl/",
    outlet="Malawi Star", country="Malawi", topic="courts-crime", cut=True,
    published="2016-03-16",
    text=(T := "Wizard Sentenced to Two Years IHL\n"
          "A 74-year-old Man  in Mangochi has been sentenced to two years’ imprisonment with hard labour for his admission that he is a Wizard contrary to section 6 of the Witchcraft Act.\n"
          "The man has been identified as Hudson Vukuni Mkandawire  who hails from the same district.\n"
          "It is reported that Mkandawire commanded one of the children whom he teaches witchcraft to kill his mother so that they could share her body’s meat  but the child did not obey forcing the accused to do the operation himself by hitting the Innocent mother with a magical hammer.\n"
          "It was also presented in Court that the child’s mother has been ill of a swollen left arm since the attack.\n"
          "Mkandawire pleaded guilty to the charge of practicing witchcraft and he assured the Court that the Victim would not die.\n"
          "However, he asked the Court to consider him when passing sentence claiming that he would not practice these acts anymore and that he looks after and takes care of twelve children and grandchildren.\n"
          "Delivering the sentence, Magistrate Augustine Mizaya, said that according to section 6 of the Witchcraft Act Chapter 7:02 of the Laws of Malawi states that any person who by his own statement or action represents himself to be a Wizard would be liable to a fine of K50,000.00 or in default face ten-year jail term.\n"
          "Therefore, the court found Mkandawire guilty of the charge due to the fact that he accepted by his own statements and actions presented himself to be a Wizard and that he had the power of Witchcraft.\n"
          "“It is from his facts and his presentation that he was teaching three children witchcraft. The practice is bad for the community because it brings disorder and instills fear to people,” said the Magistrate."),
    entities=[("mkandawire", "Hudson Vukuni Mkandawire", "PERSON",
               ["Mkandawire", "A 74-year-old Man", "The man", "the accused"], "convicted of pretending witchcraft"),
              ("court", "the Court", "ORGANIZATION", [], "Mangochi magistrate's court"),
              ("mizaya", "Augustine Mizaya", "PERSON", ["Magistrate Augustine Mizaya", "the Magistrate", "Mizaya"],
               "magistrate"),
              ("section6", "section 6 of the Witchcraft Act Chapter 7:02 of the Laws of Malawi", "ORGANIZATION",
               ["section 6 of the Witchcraft Act"], "law")],
    mentions=[("m1", "A 74-year-old Man", "mkandawire"),
              ("m2", ("his", "his admission"), "mkandawire"),
              ("m3", ("section 6 of the Witchcraft Act", "contrary to section 6"), "section6"),
              ("m4", "The man", "mkandawire"),
              ("m5", "Hudson Vukuni Mkandawire", "mkandawire"),
              ("m6", ("Mkandawire", "Mkandawire commanded"), "mkandawire"),
              ("m7", "the accused", "mkandawire"),
              ("m8", ("Mkandawire", "Mkandawire pleaded"), "mkandawire"),
              ("m9", ("he", "he assured"), "mkandawire"),
              ("m10", ("the Court", "assured the Court"), "court"),
              ("m11", ("he", "he asked"), "mkandawire"),
              ("m12", ("the Court", "asked the Court"), "court"),
              ("m13", "Magistrate Augustine Mizaya", "mizaya"),
              ("m14", "section 6 of the Witchcraft Act Chapter 7:02 of the Laws of Malawi", "section6"),
              ("m15", ("the court", "the court found"), "court"),
              ("m16", ("Mkandawire", "Mkandawire guilty"), "mkandawire"),
              ("m17", ("he", "he accepted"), "mkandawire"),
              ("m18", "the Magistrate", "mizaya")],
    attributions=[("a1", "INDIRECT", "m2", "admission", "he is a Wizard", None),
                  ("a2", "INDIRECT", None, "reported", seg(T, "Mkandawire commanded", "magical hammer"), None),
                  ("a3", "INDIRECT", "m6", "commanded", seg(T, "one of the children whom", "her body’s meat"), "a2"),
                  ("a4", "INDIRECT", None, ("presented", "also presented"), "the child’s mother has been ill of a swollen left arm since the attack", None),
                  ("a5", "INDIRECT", "m9", "assured", "the Victim would not die", None),
                  ("a6", "INDIRECT", "m11", "asked", "the Court to consider him when passing sentence", None),
                  ("a7", "INDIRECT", "m11", "claiming", "he would not practice these acts anymore and that he looks after and takes care of twelve children and grandchildren", None),
                  ("a8", "INDIRECT", "m13", ("said", "Mizaya, said"), seg(T, "according to section 6", "ten-year jail term"), None),
                  ("a9", "INDIRECT", "m14", "states", seg(T, "any person who by his own", "ten-year jail term"), "a8"),
                  ("a10", "INDIRECT", "m15", "found", "Mkandawire guilty of the charge", None),
                  ("a11", "INDIRECT", "m17", "accepted", seg(T, "by his own statements and actions", "the power of Witchcraft"), None),
                  ("a12", "DIRECT", "m18", ("said", "said the Magistrate"), seg(T, "It is from his facts", "fear to people,"), None)])

# ---------------------------------------------------------------------------------------
doc("barbadostoday-pilgrim-place-potholes",
    url="https://www.barbadostoday.bb/2017/10/05/too-many-potholes/",
    outlet="Barbados Today", country="Barbados", topic="local", cut=True,
    published="2017-10-05",
    text=(T := "Too many potholes\n"
          "Pilgrim Place residents issue road complaints\n"
          "It has been a rough road to travel in recent months for residents of Pilgrim Place, Christ Church, who complain that a growing number of potholes in their roadway leave little road for pedestrians and motorists to manoeuvre.\n"
          "Equally frustrating, they protest, is the impact these potholes are having on their shrinking pockets due to damage to their vehicles.\n"
          "Car owner Peter Hunte told Barbados TODAY he had to fork out over $500 to repair damage to his vehicle caused by the craters, which residents said had become more plentiful since the passage of Tropical Storm Harvey in mid August.\n"
          "And Hunte called on the Ministry of Transport and Works to put the road tax he pays each year to good use.\n"
          "“We pay $400 to 450 [in] road tax every year and for what? To see this happening? They [Ministry of Transport and Works] need to step up their programme and deal with this,” Hunte argued.\n"
          "“Road tax is $400 per person and there are thousands of cars . . . they need to step up on this.”\n"
          "Hunte, who has lived in the Pilgrim Place for 47 years, said the area had always been prone to flooding.\n"
          "However, he said, he had never seen this many potholes decorating the roadway.\n"
          "And he warned the authorities that unless repairts are done urgently, there could be serious injuries to motorists and pedestrians, including students.\n"
          "“If you . . . see a truck come across or a car, you will swear blind that it will turn over because of the potholes,” he explained.\n"
          "“My major concern is between 8:30 in the morning to 9 in the morning and then from 2:30 in the evening to 4 in the evening when kids are frequently passing this road to go home or to school,” he said.\n"
          "Meanwhile, one pedestrian who requested anonymity told Barbados TODAY he often felt uneasy travelling on the road."),
    entities=[("residents", "residents of Pilgrim Place, Christ Church", "GROUP",
               ["Pilgrim Place residents", "residents"], None),
              ("hunte", "Peter Hunte", "PERSON", ["Hunte", "Car owner Peter Hunte"], "Pilgrim Place resident and car owner"),
              ("pedestrian", "one pedestrian", "PERSON", [], "anonymous pedestrian")],
    mentions=[("m1", "Pilgrim Place residents", "residents"),
              ("m2", "residents of Pilgrim Place, Christ Church", "residents"),
              ("m3", ("they", "they protest"), "residents"),
              ("m4", "Car owner Peter Hunte", "hunte"),
              ("m5", ("residents", "which residents said"), "residents"),
              ("m6", ("Hunte", "Hunte called"), "hunte"),
              ("m7", ("Hunte", "Hunte argued"), "hunte"),
              ("m8", ("Hunte", "Hunte, who has lived"), "hunte"),
              ("m9", ("he", "he said, he"), "hunte"),
              ("m10", ("he", "he warned"), "hunte"),
              ("m11", ("he", "he explained"), "hunte"),
              ("m12", ("he", "he said.\n"), "hunte"),
              ("m13", "one pedestrian", "pedestrian")],
    attributions=[("a1", "INDIRECT", "m2", ("complain", "who complain"), "a growing number of potholes in their roadway leave little road for pedestrians and motorists to manoeuvre", None),
                  ("a2", "INDIRECT", "m3", "protest", "Equally frustrating, they protest, is the impact these potholes are having on their shrinking pockets due to damage to their vehicles", None),
                  ("a3", "INDIRECT", "m4", ("told", "Hunte told"), seg(T, "he had to fork out", "in mid August"), None),
                  ("a4", "INDIRECT", "m5", ("said", "residents said"), "had become more plentiful since the passage of Tropical Storm Harvey in mid August", "a3"),
                  ("a5", "INDIRECT", "m6", "called on", "the Ministry of Transport and Works to put the road tax he pays each year to good use", None),
                  ("a6", "DIRECT", "m7", "argued", seg(T, "We pay $400", "deal with this,"), None),
                  ("a7", "DIRECT", "m7", None, "Road tax is $400 per person and there are thousands of cars . . . they need to step up on this.", None),
                  ("a8", "INDIRECT", "m8", ("said", "47 years, said"), "the area had always been prone to flooding", None),
                  ("a9", "INDIRECT", "m9", ("said", "he said, he"), "he had never seen this many potholes decorating the roadway", None),
                  ("a10", "INDIRECT", "m10", "warned", "unless repairts are done urgently, there could be serious injuries to motorists and pedestrians, including students", None),
                  ("a11", "DIRECT", "m11", "explained", seg(T, "If you . . . see", "because of the potholes,"), None),
                  ("a12", "DIRECT", "m12", ("said", "he said.\n"), seg(T, "My major concern", "or to school,"), None),
                  ("a13", "INDIRECT", "m13", ("told", "anonymity told"), "he often felt uneasy travelling on the road", None)])

# ---------------------------------------------------------------------------------------
doc("chinagate-xinhua-liberia-coach-offside",
    url="http://en.chinagate.cn/2016-11/16/content_39711966.htm",
    outlet="China.org.cn China Gate (Xinhua)", country="China", topic="sport", cut=True,
    published="2016-11-16",
    text=(T := "Liberia coach cries foul after controversial friendly defeat to Kenya\n"
          "Liberia head coach James Debbah was left seething in anger in Nairobi on Tuesday after his team lost 1-0 to Kenya's Harambee Stars in a FIFA International friendly, claiming the hosts scored their winner from an offside position.\n"
          "Stars notched their eighth game without defeat when winger Paul Were who plays his club football in the Greek second division turned the ball into the net in the 53rd minute for the controversial winner.\n"
          "Speaking to reporters after the game, the incensed Debbah who had pledged to shoot down the Kenyans then chided the home team for failing to beat his young side by a more convincing margin.\n"
          "\"The referees were bad. The goal was offside! Offside! You saw the replays. The biggest problem was officiating. You cannot build a team like that, if Kenya want to progress, they must be fair.\n"
          "\"You played against our third team, young boys we brought to try them and you can't even win, the officiating was bad, seriously,\" the Lone Star head coach lamented.\n"
          "The coach and his players protested bitterly against the award of goal but Debbah denied he wanted to pull his team off the pitch."),
    entities=[("debbah", "James Debbah", "PERSON",
               ["Debbah", "Liberia coach", "Liberia head coach James Debbah", "the Lone Star head coach"],
               "Liberia national football team head coach"),
              ("liberians", "The coach and his players", "GROUP", [], "Liberia coach and team")],
    mentions=[("m1", "Liberia coach", "debbah"),
              ("m2", "Liberia head coach James Debbah", "debbah"),
              ("m3", "the incensed Debbah", "debbah"),
              ("m4", "the Lone Star head coach", "debbah"),
              ("m5", "The coach and his players", "liberians"),
              ("m6", ("Debbah", "Debbah denied"), "debbah")],
    attributions=[("a1", "INDIRECT", "m2", "claiming", "the hosts scored their winner from an offside position", None),
                  ("a2", "INDIRECT", "m3", "pledged", "to shoot down the Kenyans", None),
                  ("a3", "INDIRECT", "m3", "chided", "the home team for failing to beat his young side by a more convincing margin", None),
                  ("a4", "DIRECT", "m4", "lamented", seg(T, "The referees were bad.", "the officiating was bad, seriously,"), None),
                  ("a5", "INDIRECT", "m5", "protested", "the award of goal", None),
                  ("a6", "INDIRECT", "m6", "denied", "he wanted to pull his team off the pitch", None)])

# ---------------------------------------------------------------------------------------
doc("taipeitimes-epa-formosa-steel-protest",
    url="http://www.taipeitimes.com/News/taiwan/archives/2007/11/13/2003387615",
    outlet="Taipei Times", country="Taiwan", topic="environment", cut=True,
    published="2007-11-13",
    text=(T := "Protesters accuse the EPA of protecting big business\n"
          "PUSHED TOO FAR Former EPA committee member Robin Winkler said the Yunlin County Council speaker physically assaulted him for opposing a planned plant\n"
          "Environmental groups yesterday demonstrated in front of the Environmental Protection Administration (EPA), saying the EPA sides with enterprises at the cost of the environment.\n"
          "\"We refuse to let business interests rule our government agencies!\" the activists chanted.\n"
          "Last Wednesday, Formosa Plastics Group's (FPG, 台塑集團) steel plant proposal in Yunlin County (雲林) underwent an environmental impact assessment (EIA), Green Party Taiwan (GPT) Secretary-General Pan Han-shen (潘翰聲) said. The meeting with FPG was requested to present data from environmental impact investigations and adjustments from a previous assessment, Pan said.\n"
          "Yesterday the EPA representatives of the Taiwan Environmental Protection Union (TEPU), GPT and Taiwan Academy of Ecology said that from the EPA's track record, they feared the administration would based on FPG and pass the first assessment despite the fact that, \"FPG is currently responsible for a quarter of Taiwan's greenhouse gas emissions.\"\n"
          "\"With the steel plant in operation, that figure would soar to a third, with an additional 15,000 tonnes of emissions annually,\" Pan said.\n"
          "\"At this rate, they would be emitting more emissions than all the homes, businesses and transportation around the nation combined,\" he added."),
    entities=[("groups", "Environmental groups", "GROUP", ["Protesters", "the activists"], "protesters at the EPA"),
              ("winkler", "Robin Winkler", "PERSON", ["Winkler", "Former EPA committee member Robin Winkler"],
               "former EPA environmental impact committee member"),
              ("pan", "Pan Han-shen", "PERSON", ["Pan", "Green Party Taiwan (GPT) Secretary-General Pan Han-shen"],
               "Green Party Taiwan secretary-general"),
              ("reps", "representatives of the Taiwan Environmental Protection Union (TEPU), GPT and Taiwan Academy of Ecology",
               "GROUP", [], None)],
    mentions=[("m1", "Protesters", "groups"),
              ("m2", "Former EPA committee member Robin Winkler", "winkler"),
              ("m3", "Environmental groups", "groups"),
              ("m4", "the activists", "groups"),
              ("m5", "Green Party Taiwan (GPT) Secretary-General Pan Han-shen", "pan"),
              ("m6", ("Pan", "Pan said.\nYesterday"), "pan"),
              ("m7", "representatives of the Taiwan Environmental Protection Union (TEPU), GPT and Taiwan Academy of Ecology", "reps"),
              ("m8", ("they", "they feared"), "reps"),
              ("m9", ("Pan", "Pan said.\n\"At"), "pan"),
              ("m10", ("he", "he added"), "pan")],
    attributions=[("a1", "INDIRECT", "m1", "accuse", "the EPA of protecting big business", None),
                  ("a2", "INDIRECT", "m2", ("said", "Winkler said"), "the Yunlin County Council speaker physically assaulted him for opposing a planned plant", None),
                  ("a3", "INDIRECT", "m3", "saying", "the EPA sides with enterprises at the cost of the environment", None),
                  ("a4", "DIRECT", "m4", "chanted", "We refuse to let business interests rule our government agencies!", None),
                  ("a5", "INDIRECT", "m5", ("said", "(潘翰聲) said"), seg(T, "Last Wednesday, Formosa", "assessment (EIA)"), None),
                  ("a6", "INDIRECT", "m6", ("said", "Pan said.\nYesterday"), seg(T, "The meeting with FPG", "a previous assessment"), None),
                  ("a7", "INDIRECT", None, "requested", seg(T, "to present data", "a previous assessment"), "a6"),
                  ("a8", "MIXED", "m7", ("said", "Ecology said"), seg(T, "from the EPA's track record", "greenhouse gas emissions.\""), None),
                  ("a9", "DIRECT", "m9", ("said", "Pan said.\n\"At"), seg(T, "With the steel plant", "emissions annually,"), None),
                  ("a10", "DIRECT", "m10", ("added", "he added"), seg(T, "At this rate,", "nation combined,"), None)])

# ---------------------------------------------------------------------------------------
doc("vneconomy-export-orders-early-2024",
    url="https://en.vneconomy.vn/businesses-enjoy-more-export-orders-in-early-days-of-2024.htm",
    outlet="VnEconomy", country="Vietnam", topic="business", cut=False,
    published="2024-02-26",
    text=(T := "Businesses enjoy more export orders in early days of 2024\n"
          "Many have boosted production to meet new export orders.\n"
          "A rise in export orders during the opening days and weeks of 2024 has prompted many Vietnamese businesses to work to recover and stabilize production and trade while retaining their workforce.\n"
          "A recent survey on the export situation early in 2024, conducted by the General Statistics Office (GSO), showed that 22 per cent of respondent companies said they had a high number of new export orders while 45 per cent have stable numbers.\n"
          "The survey also showed that 24.6 per cent expect an increase in the number of new export orders, while 46.8 per cent predict stable order numbers and 28.6 per cent foresee a decline in the first quarter of the year.\n"
          "CEO of the Loc Troi Joint Stock Company Huynh Van Thon said the company has won a bid to export 65,000 tons of rice. In order to fulfil the contract, 3,600 employees of the company returned to work on February 15 to resume production after the Lunar New Year (Tet) holiday.\n"
          "Mr. Nguyen Ngoc Luan, Founder of the Meet More coffee brand, said that after the Tet holiday his company exported 18 tons of coffee to Australia, and has boosted production to export another batch of coffee to the US.\n"
          "A representative from the Forever True Ltd. Co, which specializes in manufacturing toys for export, said export orders are forecast to increase from now to the second quarter of the year."),
    entities=[("p22", "22 per cent of respondent companies", "GROUP", [], "surveyed exporters"),
              ("p246", "24.6 per cent", "GROUP", [], "surveyed exporters"),
              ("p468", "46.8 per cent", "GROUP", [], "surveyed exporters"),
              ("p286", "28.6 per cent", "GROUP", [], "surveyed exporters"),
              ("thon", "Huynh Van Thon", "PERSON", ["CEO of the Loc Troi Joint Stock Company Huynh Van Thon"],
               "CEO of Loc Troi Joint Stock Company"),
              ("luan", "Nguyen Ngoc Luan", "PERSON",
               ["Mr. Nguyen Ngoc Luan", "Mr. Nguyen Ngoc Luan, Founder of the Meet More coffee brand"],
               "founder of the Meet More coffee brand"),
              ("rep", "A representative from the Forever True Ltd. Co", "PERSON", [], "Forever True Ltd. Co representative")],
    mentions=[("m1", "22 per cent of respondent companies", "p22"),
              ("m2", "24.6 per cent", "p246"),
              ("m3", "46.8 per cent", "p468"),
              ("m4", "28.6 per cent", "p286"),
              ("m5", "CEO of the Loc Troi Joint Stock Company Huynh Van Thon", "thon"),
              ("m6", "Mr. Nguyen Ngoc Luan, Founder of the Meet More coffee brand", "luan"),
              ("m7", "A representative from the Forever True Ltd. Co", "rep")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "companies said"), "they had a high number of new export orders", None),
                  ("a2", "INDIRECT", "m2", "expect", "an increase in the number of new export orders", None),
                  ("a3", "INDIRECT", "m3", "predict", "stable order numbers", None),
                  ("a4", "INDIRECT", "m4", "foresee", "a decline in the first quarter of the year", None),
                  ("a5", "INDIRECT", "m5", ("said", "Thon said"), "the company has won a bid to export 65,000 tons of rice", None),
                  ("a6", "INDIRECT", "m6", ("said", "brand, said"), seg(T, "after the Tet holiday his company", "coffee to the US"), None),
                  ("a7", "INDIRECT", "m7", ("said", "for export, said"), "export orders are forecast to increase from now to the second quarter of the year", None),
                  ("a8", "INDIRECT", None, ("forecast", "are forecast"), "to increase from now to the second quarter of the year", "a7")])

write("test4_a.jsonl")
