#!/usr/bin/env python3
"""Writes test6_b.jsonl: real-news gold, split test6-b (see gold.py). Run: python3 make_test6_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("idman-azerbaijan-u17-coach-gross-belarus-defeat",
    url="https://www.idman.biz/en/news/football/26008",
    outlet="Idman.biz", country="Azerbaijan", topic="sport", cut=False,
    published="2024-04-26",
    text=(T := "Azerbaijan coach: \"It would be wrong not to react to the 0:4 defeat\"\n"
          "\"It is difficult to say anything about the game from now on. It is necessary to watch and analyze the video of the match.\"\n"
          "Idman.biz reports that this was said by the coach of the Azerbaijan U-17 national team, Alexander Gross.\n"
          "The coach commented on the 0:2 defeat in the UEFA Development tournament held in Minsk against Uzbekistan: \"Right now, we didn't play poorly in the first half. The beginning of the match did not go well, we conceded a goal from a standard situation. Later, we evened the game and even started to outplay the opponent. We created scoring opportunities and missed the episode we should have scored. In the second half, the opponent scored another goal. We will prepare for the next match.\"\n"
          "Gross did not deny that the 5 changes in the team were related to the 0:4 loss to Belarus: \"The changes in the team were related to both rotation and the result of the last match. We work in youth football and we have to give players a chance to gain practice in international experience. We have to take advantage of all players. It was also a reaction to the result of the last game. It would not be right not to react to the 0:4 defeat.\"\n"
          "The assistant of head coach Ilham Yadullayev also touched on the last match against Tajikistan: \"The head coach of the Tajikistan national team has changed. They have a new coach. There may have been changes in the game plan. We have time to prepare for the meeting.\"\n"
          "It should be noted that our national team will face Tajikistan in the last round of the tournament."),
    entities=[("gross", "Alexander Gross", "PERSON",
               ["Gross", "Azerbaijan coach", "the coach of the Azerbaijan U-17 national team, Alexander Gross"],
               "coach of Azerbaijan's U-17 national team"),
              # lead's check: "The assistant of head coach Ilham Yadullayev" names the assistant, Yadullayev
              ("yadullayev", "Ilham Yadullayev", "PERSON", ["The assistant of head coach Ilham Yadullayev"],
               "assistant to the head coach of Azerbaijan's U-17 national team"),
              ("idman", "Idman.biz", "ORGANIZATION", [], "Azerbaijani sports news site")],
    mentions=[("m1", "Azerbaijan coach", "gross"),
              ("m2", ("Idman.biz", "Idman.biz reports"), "idman"),
              ("m3", "the coach of the Azerbaijan U-17 national team, Alexander Gross", "gross"),
              ("m4", ("The coach", "The coach commented"), "gross"),
              ("m5", ("Gross", "Gross did not deny"), "gross"),
              ("m6", "The assistant of head coach Ilham Yadullayev", "yadullayev")],
    attributions=[("a1", "DIRECT", "m1", None, "It would be wrong not to react to the 0:4 defeat", None),
                  ("a2", "DIRECT", "m3", ("said", "this was said by"),
                   "It is difficult to say anything about the game from now on. It is necessary to watch and analyze the video of the match.", None),
                  ("a3", "INDIRECT", "m2", "reports", "this was said by the coach of the Azerbaijan U-17 national team, Alexander Gross", None),
                  ("a4", "DIRECT", "m4", "commented", seg(T, "Right now, we didn't play", "for the next match."), None),
                  ("a5", "INDIRECT", "m5", "deny", "the 5 changes in the team were related to the 0:4 loss to Belarus", None),
                  ("a6", "DIRECT", "m5", None, seg(T, "The changes in the team were related to both", "react to the 0:4 defeat."), None),
                  ("a7", "DIRECT", "m6", "touched on", seg(T, "The head coach of the Tajikistan", "prepare for the meeting."), None)])

# ---------------------------------------------------------------------------------------
doc("kabar-afp-turkmenistan-alcohol-ban-asian-games",
    url="http://kabar.kg/eng/rss/",
    outlet="Kabar (AFP)", country="Kyrgyzstan", topic="politics", cut=True,
    published="2017-08-20",
    text=(T := "Turkmenistan bans alcohol ahead of flagship sporting event\n"
          "Reclusive Turkmenistan has banned sales of alcohol until October to ensure \"public order\" ahead of a key sporting event the country is hosting next month, an official in the trade ministry told AFP Saturday.\n"
          "The ban is related to the hosting of the Asian Games in the second half of September, the official who requested anonymity explained in a telephone conversation.\n"
          "\"The main goal of the ban is to ensure peace and public order in the country in connection with the strengthened regime introduced by law enforcement agencies from August 17,\" the source added.\n"
          "An AFP correspondent walked past a number of liquor stores in the white marble-clad capital Ashgabat and found them all to be closed.\n"
          "Energy-rich Turkmenistan is hosting the Asian Indoor and Martial Arts Games from September 17 to September 27. The event has become a highlight of state propaganda in the repressive Central Asian country and strongman President Gurbanguly Berdymukhamedov has been shown playing a central role in preparations.\n"
          "On Thursday the government announced the unusual step of closing land borders ahead of the games, while a ban on smoking during the event was already in place.\n"
          "Despite Berdymukhamedov officially encouraging belt-tightening as the country reels from an economic crisis brought on by low gas prices, the government has spent heavily on infrastructure connected to the games.\n"
          "Earlier this month Human Rights Watch and the Vienna-based Turkmen Initiative for Human Rights urged the Olympic Council of Asia to remind Turkmenistan of its rights obligations amid what appears to be a crackdown on the country's scattering of independent journalists."),
    entities=[("official", "an official in the trade ministry", "PERSON", ["the official", "the source"],
               "anonymous official of Turkmenistan's trade ministry"),
              ("berdy", "Gurbanguly Berdymukhamedov", "PERSON",
               ["Berdymukhamedov", "President Gurbanguly Berdymukhamedov"], "President of Turkmenistan"),
              ("govt", "the government", "ORGANIZATION", [], "government of Turkmenistan"),
              ("rights", "Human Rights Watch and the Vienna-based Turkmen Initiative for Human Rights", "GROUP", [],
               "two human rights groups")],
    mentions=[("m1", "an official in the trade ministry", "official"),
              ("m2", ("the official", "the official who requested"), "official"),
              ("m3", "the source", "official"),
              ("m4", "President Gurbanguly Berdymukhamedov", "berdy"),
              ("m5", ("the government", "the government announced"), "govt"),
              ("m6", ("Berdymukhamedov", "Despite Berdymukhamedov"), "berdy"),
              ("m7", ("the government", "the government has spent"), "govt"),
              ("m8", "Human Rights Watch and the Vienna-based Turkmen Initiative for Human Rights", "rights")],
    attributions=[("a1", "MIXED", "m1", "told",
                   "Reclusive Turkmenistan has banned sales of alcohol until October to ensure \"public order\" ahead of a key sporting event the country is hosting next month", None),
                  ("a2", "INDIRECT", "m2", "explained", "The ban is related to the hosting of the Asian Games in the second half of September", None),
                  ("a3", "DIRECT", "m3", "added", seg(T, "The main goal of the ban", "from August 17,"), None),
                  ("a4", "INDIRECT", "m5", "announced", "the unusual step of closing land borders ahead of the games", None),
                  ("a5", "INDIRECT", "m6", "encouraging", "belt-tightening", None),
                  ("a6", "INDIRECT", "m8", "urged", "the Olympic Council of Asia to remind Turkmenistan of its rights obligations", None)])

# ---------------------------------------------------------------------------------------
doc("timesca-centerra-kumtor-exploration-isakov",
    url="https://timesca.com/kyrgyzstan-centerra-to-invest-25-million-to-extend-kumtor-gold-mine-s-life/",
    outlet="The Times of Central Asia", country="Kyrgyzstan", topic="business", cut=True,
    text=(T := "Kyrgyzstan: Centerra to invest $25 million to extend Kumtor gold mine’s life\n"
          "BISHKEK (TCA) — Canadian Centerra Gold Inc intends to invest about $25 million in further geological exploration to extend the life of the Kumtor gold mine in Kyrgyzstan, Chief Executive Officer of Centerra Gold Inc., Scott Perry, said during his meeting with Prime Minister of Kyrgyzstan Sapar Isakov on April 4.\n"
          "Kumtor, the largest gold mine in Central Asia, is located in Kyrgyzstan’s Tien Shan mountains. Canada-based Centerra owns 100% of the Kumtor mine through its wholly owned subsidiary Kumtor Gold Company. The Kyrgyz Republic holds 26.6% shares in Centerra through the state gold company KyrgyzAltyn.\n"
          "The Kyrgyz Prime Minister and Centerra’s CEO discussed the development prospects of Kumtor Gold Company and expressed interest in deepening cooperation. Kyrgyzstan and Centerra are consistently fulfilling the terms of the strategic agreement signed on September 11, 2017, Isakov said.\n"
          "According to Scott Perry, the Kumtor Gold Company (KGC) has done its utmost to implement the recommendations of the International Association for Measurement and Evaluation of Communication (AMEC), which the Kyrgyz Government attracted as an independent international consultant to improve the environmental situation at the Kumtor mine.\n"
          "Isakov also spoke on extending the life of the mine, which, according to experts and official documents, is expected to operate no more than 8-10 years.\n"
          "Since 2012, Centerra Gold has not invested in geological exploration of Kumtor because there were some disagreements between the Kyrgyz Government and the company.\n"
          "After the conclusion of the new agreement, the company decided to resume investments in geological exploration, and to extend the mine’s life. The company will invest about $25 million in geological exploration, Perry said."),
    entities=[("perry", "Scott Perry", "PERSON",
               ["Perry", "Chief Executive Officer of Centerra Gold Inc., Scott Perry"], "Chief Executive Officer of Centerra Gold Inc."),
              ("isakov", "Sapar Isakov", "PERSON",
               ["Isakov", "Prime Minister of Kyrgyzstan Sapar Isakov"], "Prime Minister of Kyrgyzstan"),
              ("both", "The Kyrgyz Prime Minister and Centerra’s CEO", "GROUP", [], "Sapar Isakov and Scott Perry together"),
              ("experts", "experts and official documents", "GROUP", [], None)],
    mentions=[("m1", "Chief Executive Officer of Centerra Gold Inc., Scott Perry", "perry"),
              ("m2", "Prime Minister of Kyrgyzstan Sapar Isakov", "isakov"),
              ("m3", "The Kyrgyz Prime Minister and Centerra’s CEO", "both"),
              ("m4", ("Isakov", "Isakov said"), "isakov"),
              ("m5", ("Scott Perry", "According to Scott Perry"), "perry"),
              ("m6", ("Isakov", "Isakov also spoke"), "isakov"),
              ("m7", "experts and official documents", "experts"),
              ("m8", ("Perry", "Perry said."), "perry")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Perry, said"),
                   "Canadian Centerra Gold Inc intends to invest about $25 million in further geological exploration to extend the life of the Kumtor gold mine in Kyrgyzstan", None),
                  ("a2", "INDIRECT", "m3", "discussed", "the development prospects of Kumtor Gold Company", None),
                  ("a3", "INDIRECT", "m3", "expressed interest", "deepening cooperation", None),
                  ("a4", "INDIRECT", "m4", ("said", "Isakov said"),
                   "Kyrgyzstan and Centerra are consistently fulfilling the terms of the strategic agreement signed on September 11, 2017", None),
                  ("a5", "INDIRECT", "m5", ("According to", "According to Scott"),
                   seg(T, "the Kumtor Gold Company (KGC) has done", "at the Kumtor mine"), None),
                  ("a6", "INDIRECT", "m6", ("spoke", "also spoke"), ("extending the life of the mine", "on extending the life"), None),
                  ("a7", "INDIRECT", "m7", ("according to", "according to experts"), "is expected to operate no more than 8-10 years", None),
                  ("a8", "INDIRECT", "m8", ("said", "Perry said."), "The company will invest about $25 million in geological exploration", None)])

# ---------------------------------------------------------------------------------------
doc("trend-azerbaijan-egov-center-report",
    url="https://en.trend.az/business/it/3371288.html",
    outlet="Trend", country="Azerbaijan", topic="technology", cut=True,
    published="2021-01-27",
    text=(T := "Azerbaijani government's digitalization to favor creation of various projects\n"
          "BAKU, Azerbaijan, Jan.27\n"
          "Azerbaijani Center for the Development of Electronic Government issued a report describing operation principle of the Azerbaijani electronic government information system, created by the center, Trend reports on Jan.27.\n"
          "According to the report, the system functions in the format of government - citizen (G2C), government - business (G2B), government - government (G2G).\n"
          "The report also informed the application of technical solutions to ‘e-Agro’, ‘e-Satinalma’ and ‘e-Harrac’ projects.\n"
          "Based on the Action Plan ‘On additional measures to ensure the efficient use of water resources\" approved by the order of the President of Azerbaijan Ilham Aliyev dated July 27, 2020 No. 2178, from July 2020, within the information system's ‘Electronic water management’ project, execution of the relevant works has begun.\n"
          "In line with the decree of the President of Azerbaijan dated November 6, 2020 No. 2292, operational work was carried out towards the complete restoration of objects damaged as a result of the Armenian aggression (during 44-day war from late Sept. through early Nov.2020), and the creation of a unified database on the costs of repair and construction work, the report said.\n"
          "The report also touched upon the creation of an electronic document management system, a task management system – ‘ASAN Task’, a human resource management system, about the launch of a national system for secure exchange of information between organizations – ‘ASAN Bridge’."),
    entities=[("center", "Azerbaijani Center for the Development of Electronic Government", "ORGANIZATION",
               ["the center"], "Azerbaijan's e-government development center"),
              ("trend", "Trend", "ORGANIZATION", [], "Azerbaijani news agency"),
              ("report", "the report", "ORGANIZATION", [], "the center's report on the e-government information system")],
    mentions=[("m1", "Azerbaijani Center for the Development of Electronic Government", "center"),
              ("m2", "a report", "center"),
              ("m3", ("the center", "created by the center"), "center"),
              ("m4", ("Trend", "Trend reports"), "trend"),
              ("m5", ("the report", "According to the report"), "report"),
              ("m6", ("The report", "The report also informed"), "report"),
              ("m7", ("the report", "the report said"), "report"),
              ("m8", ("The report", "The report also touched"), "report")],
    attributions=[("a1", "INDIRECT", "m4", "reports", seg(T, "Azerbaijani Center for the Development", "created by the center"), None),
                  ("a2", "INDIRECT", "m2", "describing",
                   "operation principle of the Azerbaijani electronic government information system, created by the center", "a1"),
                  ("a3", "INDIRECT", "m5", "According to",
                   "the system functions in the format of government - citizen (G2C), government - business (G2B), government - government (G2G)", None),
                  ("a4", "MIXED", "m6", "informed", "the application of technical solutions to ‘e-Agro’, ‘e-Satinalma’ and ‘e-Harrac’ projects", None),
                  ("a5", "INDIRECT", "m7", ("said", "the report said"), seg(T, "In line with the decree", "repair and construction work"), None),
                  ("a6", "MIXED", "m8", "touched upon", seg(T, "the creation of an electronic document", "‘ASAN Bridge’"), None)])

# ---------------------------------------------------------------------------------------
doc("envhub-pristina-another-winter-polluted-air",
    url="https://environment-hub.org/2022/11/02/another-winter-with-polluted-air/",
    outlet="Environment Hub", country="Kosovo", topic="environment", cut=True,
    published="2022-11-02",
    text=(T := "Another winter with polluted air\n"
          "As the winter season approaches, the citizens of Pristina will face high air pollution again this year. The Kosovar capital has often been listed in the list of countries with the most polluted air in the world over the past years.\n"
          "The biggest polluter is the Kosovo Energy Corporation that supplies the entire state with electricity, which is produced from coal and is located a few kilometers from Pristina.\n"
          "The situation worsens even more in the situation where the energy crisis has become one of the biggest problems. With high prices, citizens are forced to provide heating by burning coal, wood and other materials, which contribute to the reduction of air quality.\n"
          "Emin Islami, 58 years old who lives in Pristina, says that during the winter season he is obliged to move to the village, otherwise he says that he ends up in the hospital as a result of a chronic illness from which he suffers.\n"
          "“The air is very dirty in Pristina, especially in the winter season. We have Obiliq nearby, cars, coal. I am chronically ill myself. Personally, I go to the village of Dyz, where I come from, in the winter. Only when I have to because of work, otherwise I leave because of the air, because it is unbearable and I end up in the hospital”, he says to Radio Free Europe.\n"
          "Islam calls on institutions to find solutions so that this situation does not repeat itself every year.\n"
          "Besfort Kosova, from the regional initiative Balkan Green Foundation, says that the air quality is very low due to many factors, such as heating with solid materials.\n"
          "It explains how the microscopic particles released from the burning of materials used for heating in Kosovo affect the health of citizens."),
    entities=[("islami", "Emin Islami", "PERSON", ["Islami", "Islam"], "58-year-old Pristina resident with a chronic illness"),
              ("kosova", "Besfort Kosova", "PERSON",
               ["Kosova", "Besfort Kosova, from the regional initiative Balkan Green Foundation"], "of the Balkan Green Foundation")],
    mentions=[("m1", "Emin Islami", "islami"),
              ("m2", ("he", "he says that he ends"), "islami"),
              ("m3", ("he", "he says to Radio"), "islami"),
              ("m4", ("Islam", "Islam calls"), "islami"),
              ("m5", "Besfort Kosova, from the regional initiative Balkan Green Foundation", "kosova"),
              ("m6", ("It", "It explains"), "kosova")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "Pristina, says"), "during the winter season he is obliged to move to the village", None),
                  ("a2", "INDIRECT", "m2", ("says", "he says that he ends"),
                   "he ends up in the hospital as a result of a chronic illness from which he suffers", None),
                  ("a3", "DIRECT", "m3", ("says", "he says to Radio"), seg(T, "The air is very dirty", "I end up in the hospital"), None),
                  ("a4", "INDIRECT", "m4", "calls on", "institutions to find solutions so that this situation does not repeat itself every year", None),
                  ("a5", "INDIRECT", "m5", ("says", "Foundation, says"),
                   "the air quality is very low due to many factors, such as heating with solid materials", None),
                  ("a6", "INDIRECT", "m6", "explains",
                   "how the microscopic particles released from the burning of materials used for heating in Kosovo affect the health of citizens", None)])

# ---------------------------------------------------------------------------------------
doc("iwnsvg-bench-warrant-prosecutor-apologises",
    url="https://www.iwnsvg.com/2018/12/19/accused-man-wrongfully-detained-prosecutor-apologises/",
    outlet="iWitness News", country="Saint Vincent and the Grenadines", topic="courts-crime", cut=False,
    published="2018-12-19",
    text=(T := "Accused man wrongfully detained; prosecutor apologises\n"
          "The prosecutor at the Kingstown Magistrate’s Court last Wednesday apologised to a man against whom a bench warrant was wrongfully executed.\n"
          "Last week, Matthew Charles was brought before the court two days after he had appeared before Senior Magistrate Rickie Burnett, who had adjourned his matter to Feb. 18, 2019.\n"
          "The man was again brought to court and placed on the prisoners’ bench — the seating reserved for persons serving sentences, waiting to be arraigned, have failed to secure bail, or who had been remanded into custody.\n"
          "When Charles’ name was called, Burnett inquired about why the man was before the court.\n"
          "“Why is he before me? The list, note I have here is [that the matter is] adjourned to Feb. 18,” the magistrate said.\n"
          "The prosecutor, Sergeant Renwick Cato, after some inquiry, indicated that the man had been brought on a bench warrant.\n"
          "Cato further told the court that he had come to realise that Charles had appeared before the court two days earlier and the matter had been adjourned.\n"
          "“Someone has to apologise to him,” the magistrate told the prosecutor.\n"
          "Cato then said:\n"
          "“Mr. Matthew Charles, on behalf of the Office of the Director of Public Prosecutions, and the Commissioner of Police, I humbly apologise for you being detained this morning on a bench warrant. I seriously and sincerely apologise.”\n"
          "Commenting further on the development, the magistrate said: “Yeah. We have to do better than this.”"),
    entities=[("burnett", "Rickie Burnett", "PERSON",
               ["Burnett", "Senior Magistrate Rickie Burnett", "the magistrate"], "Senior Magistrate, Kingstown Magistrate's Court"),
              ("cato", "Renwick Cato", "PERSON",
               ["Cato", "The prosecutor, Sergeant Renwick Cato", "the prosecutor"], "police prosecutor, Kingstown Magistrate's Court")],
    mentions=[("m1", ("prosecutor", "prosecutor apologises"), "cato"),
              ("m2", ("The prosecutor", "The prosecutor at the Kingstown"), "cato"),
              ("m3", "Senior Magistrate Rickie Burnett", "burnett"),
              ("m4", ("Burnett", "Burnett inquired"), "burnett"),
              ("m5", ("the magistrate", "the magistrate said."), "burnett"),
              ("m6", "The prosecutor, Sergeant Renwick Cato", "cato"),
              ("m7", ("Cato", "Cato further"), "cato"),
              ("m8", ("the magistrate", "the magistrate told"), "burnett"),
              ("m9", ("the prosecutor", "told the prosecutor"), "cato"),
              ("m10", ("Cato", "Cato then said"), "cato"),
              ("m11", ("the magistrate", "the magistrate said: "), "burnett")],
    attributions=[("a1", "INDIRECT", "m4", "inquired", "why the man was before the court", None),
                  ("a2", "DIRECT", "m5", ("said", "the magistrate said."),
                   "Why is he before me? The list, note I have here is [that the matter is] adjourned to Feb. 18,", None),
                  ("a3", "INDIRECT", "m6", "indicated", "the man had been brought on a bench warrant", None),
                  ("a4", "INDIRECT", "m7", ("told", "further told"),
                   "he had come to realise that Charles had appeared before the court two days earlier and the matter had been adjourned", None),
                  ("a5", "DIRECT", "m8", ("told", "magistrate told"), "Someone has to apologise to him,", None),
                  ("a6", "DIRECT", "m10", ("said", "Cato then said"), seg(T, "Mr. Matthew Charles, on behalf", "sincerely apologise."), None),
                  ("a7", "DIRECT", "m11", ("said", "the magistrate said: "), "Yeah. We have to do better than this.", None)])

write("test6_b.jsonl")
