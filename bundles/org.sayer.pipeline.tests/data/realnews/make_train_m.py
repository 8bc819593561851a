#!/usr/bin/env python3
"""Writes train_m.jsonl: real-news gold, split train-m (see gold.py). Run: python3 make_train_m.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("borneobulletin-herd-immunity-vaccination",
    url="https://borneobulletin.com.bn/we-need-to-achieve-herd-immunity-says-minister/",
    outlet="Borneo Bulletin", country="Brunei", topic="health-science", cut=True,
    text=(T := "We need to achieve herd immunity, says minister\n"
          "The public is urged to get vaccinated to protect those who cannot be administered with the COVID-19 vaccine, including those under 18.\n"
          "“To obtain herd immunity, this will require 70 per cent of the population to be vaccinated,” said Minister of Health Dato Seri Setia Dr Haji Mohd Isham bin Haji Jaafar during a working visit to Indoor Stadium yesterday as it prepared to be used as a COVID-19 vaccination centre for Brunei-Muara District.\n"
          "He added with the prevalence of false news, the public should listen to reliable and  reputable sources.\n"
          "“There are many groups of anti-vaxxers who claim to be expert, but they are not. We have to be careful, especially on social media platforms,” he said.\n"
          "Regarding concerns on the safety of the vaccine, the minister said, “The vaccine has gone through a stringent process of Phase 1, 2 and 3 trials, to make sure it is safe.\n"
          "“Of course, there are side effects such as soreness or redness. There are also reports of allergies, so people with severe allergies are not allowed to take the vaccine.”\n"
          "Commenting on the COVID-19 Vaccine Intention Survey released last February, showing that 59 per cent of the respondents would definitely or likely take the COVID-19 vaccine when it becomes available in the country, he said, “The findings cannot cover the 70 per cent that we need. But 30 per cent are in between getting vaccinated or otherwise. We hope that we can persuade them to be vaccinated.”"),
    entities=[("isham", "Dato Seri Setia Dr Haji Mohd Isham bin Haji Jaafar", "PERSON",
               ["Minister of Health Dato Seri Setia Dr Haji Mohd Isham bin Haji Jaafar", "minister", "the minister"],
               "Minister of Health of Brunei"),
              ("antivaxxers", "many groups of anti-vaxxers", "GROUP", [], None)],
    mentions=[("m1", ("minister", "says minister"), "isham"),
              ("m2", "Minister of Health Dato Seri Setia Dr Haji Mohd Isham bin Haji Jaafar", "isham"),
              ("m3", ("He", "He added with"), "isham"),
              ("m4", "many groups of anti-vaxxers", "antivaxxers"),
              ("m5", ("he", "platforms,” he said"), "isham"),
              ("m6", ("the minister", "the minister said, “The vaccine"), "isham"),
              ("m7", ("he", "he said, “The findings"), "isham")],
    attributions=[("a1", "INDIRECT", "m1", "says", "We need to achieve herd immunity", None),
                  ("a2", "INDIRECT", None, "urged", "to get vaccinated to protect those who cannot be administered with the COVID-19 vaccine, including those under 18", None),
                  ("a3", "DIRECT", "m2", ("said", "vaccinated,” said"), "To obtain herd immunity, this will require 70 per cent of the population to be vaccinated,", None),
                  ("a4", "INDIRECT", "m3", ("added", "He added with"), "with the prevalence of false news, the public should listen to reliable and  reputable sources", None),
                  ("a5", "DIRECT", "m5", ("said", "platforms,” he said"), "There are many groups of anti-vaxxers who claim to be expert, but they are not. We have to be careful, especially on social media platforms,", None),
                  ("a6", "INDIRECT", "m4", "claim", "to be expert", "a5"),
                  ("a7", "DIRECT", "m6", ("said", "the minister said, “The vaccine"), seg(T, "The vaccine has gone through", "take the vaccine."), None),
                  ("a8", "INDIRECT", None, "reports", ("allergies", "reports of allergies"), "a7"),
                  ("a9", "DIRECT", "m7", ("said", "he said, “The findings"), seg(T, "The findings cannot cover", "persuade them to be vaccinated."), None)])

# ---------------------------------------------------------------------------------------
doc("raajje-home-ministry-naseem-interview",
    url="https://raajje.mv/35355",
    outlet="Raajje.mv", country="Maldives", topic="politics", cut=True,
    published="2018-06-24",
    text=(T := "Government accuses ex-minister of trying to ruin Maldives' reputation\n"
          "Noting that Naseem’s interview was full of fabrication, the ministry ‘strongly’ condemned the interview\n"
          "The ministry said that it will be investigating such cases and taking strict action against those found guilty\n"
          "The Ministry of Home Affairs has accused former Foreign Minister Ahmed Naseem of spreading ‘lies’ and ‘ruining the country’s reputation”.\n"
          "A statement issued by the ministry on Sunday claims that the former minister had, in an interview to India’s The Tribune, spoken in a manner that could affect Maldives’ relations with other nations, as well as spread hatred towards Maldives and cause fear amongst the Maldivian people.\n"
          "The ministry condemend the interview, claiming that it was full of fabrication.\n"
          "It said that the current government ‘will never act in a way that is harmful to the people or that could be a danger to other nations’.\n"
          "“This government has always been working to ensure that this small, small country is the most beautiful and peaceful country in the world,” reads the statement.\n"
          "The ministry said that it will be investigating “those spreading lies that could affect the country’s peace and serenity” and taking strict action against those found guilty.\n"
          "Speaking to The Tribune, former minister Naseem said that the reason Maldives asked India to take back their gifted helicopters is because “China wants India out of Maldives and that is exactly what is happening”, and that Maldives is giving land to China without any consultations. He added that China has 16 islands in Maldives today and that these “could be converted into military bases”."),
    entities=[("ministry", "Ministry of Home Affairs", "ORGANIZATION",
               ["The Ministry of Home Affairs", "the ministry", "Government", "A statement issued by the ministry on Sunday"],
               "Maldives Home Ministry"),
              ("statement", "the statement", "ORGANIZATION", [], "the ministry's statement"),
              ("naseem", "Ahmed Naseem", "PERSON",
               ["Naseem", "former Foreign Minister Ahmed Naseem", "former minister Naseem", "ex-minister", "the former minister"],
               "former Foreign Minister of the Maldives"),
              ("maldives", "Maldives", "GPE", [], None)],
    mentions=[("m1", ("Government", "Government accuses"), "ministry"),
              ("m2", "ex-minister", "naseem"),
              ("m3", ("the ministry", "the ministry ‘strongly’"), "ministry"),
              ("m4", ("The ministry", "The ministry said that it will be investigating such"), "ministry"),
              ("m5", "The Ministry of Home Affairs", "ministry"),
              ("m6", "former Foreign Minister Ahmed Naseem", "naseem"),
              ("m7", "A statement issued by the ministry on Sunday", "ministry"),
              ("m8", "the former minister", "naseem"),
              ("m9", ("The ministry", "The ministry condemend"), "ministry"),
              ("m10", ("It", "It said that"), "ministry"),
              ("m11", "the statement", "statement"),
              ("m12", ("The ministry", "The ministry said that it will be investigating “"), "ministry"),
              ("m13", "former minister Naseem", "naseem"),
              ("m14", ("Maldives", "reason Maldives asked"), "maldives"),
              ("m15", ("He", "He added that China"), "naseem"),
              ("m16", ("Maldives", "towards Maldives"), "maldives"),
              ("m17", ("Maldives", "out of Maldives"), "maldives"),
              ("m18", ("Maldives", "that Maldives is giving"), "maldives"),
              ("m19", ("Maldives", "in Maldives today"), "maldives")],
    attributions=[("a1", "INDIRECT", "m1", "accuses", "ex-minister of trying to ruin Maldives' reputation", None),
                  ("a2", "INDIRECT", "m3", "Noting", "Naseem’s interview was full of fabrication", None),
                  ("a3", "INDIRECT", "m3", "condemned", ("the interview", "condemned the interview\n"), None),
                  ("a4", "INDIRECT", "m4", ("said", "ministry said that it will be investigating such"), "it will be investigating such cases and taking strict action against those found guilty", None),
                  ("a5", "MIXED", "m5", "accused", "former Foreign Minister Ahmed Naseem of spreading ‘lies’ and ‘ruining the country’s reputation”", None),
                  ("a6", "INDIRECT", "m7", "claims", seg(T, "the former minister had, in an interview", "the Maldivian people"), None),
                  ("a7", "INDIRECT", "m9", "condemend", ("the interview", "condemend the interview"), None),
                  ("a8", "INDIRECT", "m9", "claiming", "it was full of fabrication", None),
                  ("a9", "MIXED", "m10", ("said", "It said that"), "the current government ‘will never act in a way that is harmful to the people or that could be a danger to other nations’", None),
                  ("a10", "DIRECT", "m11", "reads", "This government has always been working to ensure that this small, small country is the most beautiful and peaceful country in the world,", None),
                  ("a11", "MIXED", "m12", ("said", "ministry said that it will be investigating “"), "it will be investigating “those spreading lies that could affect the country’s peace and serenity” and taking strict action against those found guilty", None),
                  ("a12", "MIXED", "m13", ("said", "Naseem said"), seg(T, "the reason Maldives asked", "without any consultations"), None),
                  ("a13", "INDIRECT", "m14", ("asked", "Maldives asked"), "India to take back their gifted helicopters", "a12"),
                  ("a14", "MIXED", "m15", ("added", "He added that China"), "China has 16 islands in Maldives today and that these “could be converted into military bases”", None)])

# ---------------------------------------------------------------------------------------
doc("gdnonline-jailbreak-lawyer-appeal",
    url="http://www.gdnonline.com/Details/347661/Jailbreak-lawyer-justifies-escape",
    outlet="Gulf Daily News", country="Bahrain", topic="courts-crime", cut=True,
    published="2018-04-17",
    text=(T := "Jailbreak lawyer justifies escape of convicted terrorist\n"
          "A CONVICTED terrorist who escaped from jail during a prison break was simply doing what anyone else would in the same situation, his lawyer has argued in court.\n"
          "His 22-year-old client was among 10 terrorists broken out of Jaw Prison on January 1 last year.\n"
          "The High Criminal Court sentenced him to life behind bars and revoked his citizenship earlier this year, after concluding that he was part of a Bahraini terrorist movement involved in a spate of deadly attacks.\n"
          "“Anyone in my client’s position would do exactly what he did,” claimed lawyer Ali Yahya during an appeal hearing yesterday.\n"
          "“No-one will remain behind bars during a prison escape because nobody wants to have their freedom restricted.”\n"
          "His client was among 58 people convicted of being part of a group linked to the Saraya Al Ashtar (Al Ashtar Brigades) terrorist organisation.\n"
          "Two defendants were sentenced to death in January by the High Criminal Court, which also sentenced 19 defendants to life in jail, 17 defendants to 15 years, nine defendants to 10 years and 11 defendants to five years,\n"
          "Thirty-three of the defendants, including Mr Yahya’s client, are appealing their verdicts in the Supreme Criminal Appeals Court.\n"
          "However, during the appeal hearing yesterday Mr Yahya faced the wrath of a fellow defence attorney – whose clients he indirectly accused of murdering a prison guard during the escape.\n"
          "“The defendants should not have been found guilty of premeditated murder because they did not plan to kill the prison guard,” he said in an apparent attempt to support their case."),
    entities=[("yahya", "Ali Yahya", "PERSON", ["Mr Yahya", "lawyer Ali Yahya", "his lawyer", "Jailbreak lawyer"],
               "defence lawyer of a convicted prison escapee"),
              ("court", "High Criminal Court", "ORGANIZATION", ["The High Criminal Court", "the High Criminal Court"], None)],
    mentions=[("m1", "Jailbreak lawyer", "yahya"),
              ("m2", "his lawyer", "yahya"),
              ("m3", "The High Criminal Court", "court"),
              ("m4", "lawyer Ali Yahya", "yahya"),
              ("m5", "the High Criminal Court", "court"),
              ("m6", ("Mr Yahya", "Mr Yahya faced"), "yahya"),
              ("m7", ("he", "he indirectly"), "yahya"),
              ("m8", ("he", "he said in"), "yahya")],
    attributions=[("a1", "INDIRECT", "m1", "justifies", "escape of convicted terrorist", None),
                  ("a2", "INDIRECT", "m2", "argued", seg(T, "A CONVICTED terrorist", "in the same situation"), None),
                  ("a3", "INDIRECT", "m3", "concluding", "he was part of a Bahraini terrorist movement involved in a spate of deadly attacks", None),
                  ("a4", "DIRECT", "m4", "claimed", "Anyone in my client’s position would do exactly what he did,", None),
                  ("a5", "DIRECT", "m4", None, "No-one will remain behind bars during a prison escape because nobody wants to have their freedom restricted.", None),
                  ("a6", "INDIRECT", "m7", "accused", "murdering a prison guard during the escape", None),
                  ("a7", "DIRECT", "m8", ("said", "he said in"), "The defendants should not have been found guilty of premeditated murder because they did not plan to kill the prison guard,", None)])

# ---------------------------------------------------------------------------------------
doc("astanatimes-tokayev-ai-national-development",
    url="https://astanatimes.com/2025/08/president-tokayev-calls-for-urgent-action-to-make-ai-driver-of-national-development",
    outlet="The Astana Times", country="Kazakhstan", topic="technology", cut=True,
    text=(T := "President Tokayev Calls for Urgent Action to Make AI Driver of National Development\n"
          "ASTANA – Artificial intelligence should become the driving force behind the development of all industries, said President Kassym-Jomart Tokayev during an Aug. 11 meeting on AI development, underscoring its role as a strategic priority for Kazakhstan.\n"
          "The meeting was attended by Prime Minister Olzhas Bektenov, Head of the Presidential Administration Aibek Dadebay, members of the government, and heads of central government agencies, reported Akorda. \n"
          "AI as a driver of national growth and independence\n"
          "Tokayev emphasized that without the adoption and advancement of AI, it is impossible to remain competitive in today’s global landscape. According to forecasts from the United Nations Conference on Trade and Development (UNCTAD), the global AI market is expected to reach $4.8 trillion by 2033, with its share of the tech industry projected to rise from 7% to 29%.\n"
          "President Tokayev stated that while Kazakhstan has made some progress in AI, the current pace is insufficient. He called for intensified work in this strategic area and reaffirmed that AI must become a key element of national independence and a core engine of economic growth.\n"
          "Global trends and Kazakhstan’s strategic course\n"
          "Referring to international developments, he pointed to the United States’ recent adoption of America’s AI Action Plan and China’s initiative to establish the global AI cooperation organization. He instructed Kazakh specialists to study these international strategies and supported Kazakhstan’s participation in the preparatory work for the proposed multilateral body, underscoring the need for the country to become a digital hub in Eurasia."),
    entities=[("tokayev", "Kassym-Jomart Tokayev", "PERSON",
               ["Tokayev", "President Tokayev", "President Kassym-Jomart Tokayev"], "President of Kazakhstan"),
              ("akorda", "Akorda", "ORGANIZATION", [], "Kazakh presidential office"),
              ("unctad", "United Nations Conference on Trade and Development", "ORGANIZATION",
               ["UNCTAD", "forecasts from the United Nations Conference on Trade and Development (UNCTAD)"], None)],
    mentions=[("m1", ("President Tokayev", "President Tokayev Calls"), "tokayev"),
              ("m2", "President Kassym-Jomart Tokayev", "tokayev"),
              ("m3", "Akorda", "akorda"),
              ("m4", ("Tokayev", "Tokayev emphasized"), "tokayev"),
              ("m5", "forecasts from the United Nations Conference on Trade and Development (UNCTAD)", "unctad"),
              ("m6", ("President Tokayev", "President Tokayev stated"), "tokayev"),
              ("m7", ("He", "He called for"), "tokayev"),
              ("m8", ("he", "he pointed to"), "tokayev"),
              ("m9", ("He", "He instructed"), "tokayev")],
    attributions=[("a1", "INDIRECT", "m1", "Calls for", "Urgent Action to Make AI Driver of National Development", None),
                  ("a2", "INDIRECT", "m2", ("said", "industries, said"), "Artificial intelligence should become the driving force behind the development of all industries", None),
                  ("a3", "INDIRECT", "m2", ("underscoring", "underscoring its role"), "its role as a strategic priority for Kazakhstan", None),
                  ("a4", "INDIRECT", "m3", "reported", seg(T, "The meeting was attended by", "central government agencies"), None),
                  ("a5", "INDIRECT", "m4", "emphasized", "without the adoption and advancement of AI, it is impossible to remain competitive in today’s global landscape", None),
                  ("a6", "INDIRECT", "m5", "According to", seg(T, "the global AI market is expected", "from 7% to 29%"), None),
                  ("a7", "INDIRECT", None, ("expected", "is expected"), seg(T, "to reach $4.8 trillion", "from 7% to 29%"), "a6"),
                  ("a8", "INDIRECT", "m6", "stated", "while Kazakhstan has made some progress in AI, the current pace is insufficient", None),
                  ("a9", "INDIRECT", "m7", "called for", "intensified work in this strategic area", None),
                  ("a10", "INDIRECT", "m7", "reaffirmed", "AI must become a key element of national independence and a core engine of economic growth", None),
                  ("a11", "INDIRECT", "m8", "pointed to", seg(T, "the United States’ recent adoption", "AI cooperation organization"), None),
                  ("a12", "INDIRECT", "m9", "instructed", "Kazakh specialists to study these international strategies", None),
                  ("a13", "INDIRECT", "m9", "supported", "Kazakhstan’s participation in the preparatory work for the proposed multilateral body", None),
                  ("a14", "INDIRECT", "m9", ("underscoring", "underscoring the need"), "the need for the country to become a digital hub in Eurasia", None)])

# ---------------------------------------------------------------------------------------
doc("newsdm-canefield-antrim-water-supply",
    url="http://www.news.dm/residents-of-canefield-roger-and-antrim-to-experience-fewer-interruptions-in-their-water-supply/",
    outlet="News.dm", country="Dominica", topic="local", cut=False,
    text=(T := "Residents of Canefield, Roger and Antrim to experience fewer interruptions in their water supply\n"
          "Residents of Canefield, Roger and Antrim can finally sigh in relief, as the Dominica Water and Sewage Company (DOWASCO) is currently undertaking measures to mitigate interruptions in their water supply.\n"
          "According to the Coordinator of the Office of Disaster Management (ODM) Nathaniel Isaac, DOWASCO has indicated that the company is hoping to complete all the necessary pipe works by the end of this week.\n"
          "“Currently, they are laying more flexible pipes that will not break as easily as the previous ones that were laid there,” explained Mr. Isaac.\n"
          "He said that the Company is hoping that this will lessen the interruptions in their water supply.\n"
          "Isaac pledged the ODM’s commitment to do all in its power to mitigate the possibility of any disaster.\n"
          "“Again, I want to advise persons that these works are more preliminary and we are expecting to do more detailed works as we aspire to be proactive rather than reactive.”\n"
          "Meanwhile, the Ministry of Public Works; another stakeholder who has a keen interest in the ongoing land movement activities at Antrim, said that they are responding to suggestions made by Dr. Dereck Gay, a Civil Engineer and Professor at the University of West Indies, St. Augustine Campus in Trinidad and Tobago who was brought into the island to analyze the current land slippage issue.\n"
          "The Ministry of Public works is presently embarking on a major road rehabilitation and improvement project, dubbed the Airport Road Project, which passes through the affected area and as a result has encountered a number of challenges as the project has been greatly affected by ongoing land movement, there."),
    entities=[("dowasco", "Dominica Water and Sewage Company", "ORGANIZATION",
               ["DOWASCO", "the Dominica Water and Sewage Company (DOWASCO)", "the company", "the Company"],
               "Dominica's water utility"),
              ("isaac", "Nathaniel Isaac", "PERSON",
               ["Isaac", "Mr. Isaac", "the Coordinator of the Office of Disaster Management (ODM) Nathaniel Isaac"],
               "Coordinator of the Office of Disaster Management"),
              ("works", "Ministry of Public Works", "ORGANIZATION",
               ["the Ministry of Public Works", "The Ministry of Public works"], None)],
    mentions=[("m1", "the Dominica Water and Sewage Company (DOWASCO)", "dowasco"),
              ("m2", "the Coordinator of the Office of Disaster Management (ODM) Nathaniel Isaac", "isaac"),
              ("m3", ("DOWASCO", "DOWASCO has indicated"), "dowasco"),
              ("m4", ("the company", "the company is hoping to complete"), "dowasco"),
              ("m5", "Mr. Isaac", "isaac"),
              ("m6", ("He", "He said that"), "isaac"),
              ("m7", ("the Company", "the Company is hoping that"), "dowasco"),
              ("m8", ("Isaac", "Isaac pledged"), "isaac"),
              ("m9", "the Ministry of Public Works", "works"),
              ("m10", "The Ministry of Public works", "works")],
    attributions=[("a1", "INDIRECT", "m2", "According to", seg(T, "DOWASCO has indicated", "by the end of this week"), None),
                  ("a2", "INDIRECT", "m3", "indicated", "the company is hoping to complete all the necessary pipe works by the end of this week", "a1"),
                  ("a3", "DIRECT", "m5", "explained", "Currently, they are laying more flexible pipes that will not break as easily as the previous ones that were laid there,", None),
                  ("a4", "INDIRECT", "m6", ("said", "He said that"), "the Company is hoping that this will lessen the interruptions in their water supply", None),
                  ("a5", "INDIRECT", "m8", "pledged", "the ODM’s commitment to do all in its power to mitigate the possibility of any disaster", None),
                  ("a6", "DIRECT", "m8", None, seg(T, "Again, I want to advise", "proactive rather than reactive."), None),
                  ("a7", "INDIRECT", "m9", ("said", "Antrim, said"), seg(T, "they are responding to suggestions", "the current land slippage issue"), None)])

# ---------------------------------------------------------------------------------------
doc("maldivesoccer-mamic-myanmar-cheap-goals",
    url="http://www.maldivesoccer.com/s/Very-cheap-goals-says-Drago-5418",
    outlet="Maldive Soccer", country="Maldives", topic="sport", cut=True,
    published="2014-05-20",
    text=(T := "Very cheap goals says Drago\n"
          "Male’, MADLIVES – Maldives national team coach Drago Mamic has said that they conceded very cheap goals tonight and that cost the team three points.\n"
          "“I am very sorry that we concede very cheap goals and that’s why I told you before that one skillful player can change the score and I still believe that we can qualify for the semifinal.”\n"
          "Drago also said that he has given the instructions to his players to mark some players from Myanmar and somehow they failed.\n"
          "“I know that Myanmar has very skillful players like number 10 and they must take care and always two players to take him. And you know a player like him will always neutralize two defenders and I cannot tell somebody is guilty and I just want to congratulate Myanmar team and with this I can say they are the favorites in this group.”\n"
          "“When the referee sent off a player from Myanmar and seemed like our players relaxed and this happens in football and unfortunately it happened to my team.”\n"
          "When asked about Mohamed Arif he said that he hasn’t participated in the training sessions for a long period due to a personal reason.\n"
          "“We have one problem I know what you will be asking like why this player is not in the team and so on. I know that Arif is one of the best players in the team but you know he hasn’t been in one training session before this challenge cup. He has been in Sri Lanka with his father and I cannot push him in top eleven to play 90 minutes because he cannot resist this.”\n"
          "Drago also said people always asked about the starting eleven and he can’t put 20 players on the field at once and he needs to rotate the players."),
    entities=[("mamic", "Drago Mamic", "PERSON", ["Drago", "Maldives national team coach Drago Mamic"],
               "Maldives national football team coach"),
              ("people", "people", "GROUP", [], "people asking about the starting eleven")],
    mentions=[("m1", ("Drago", "says Drago"), "mamic"),
              ("m2", "Maldives national team coach Drago Mamic", "mamic"),
              ("m3", ("I", "I told you"), "mamic"),
              ("m4", ("Drago", "Drago also said that he"), "mamic"),
              ("m5", ("he", "he has given"), "mamic"),
              ("m6", ("he", "Arif he said"), "mamic"),
              ("m7", ("Drago", "Drago also said people"), "mamic"),
              ("m8", ("people", "people always asked"), "people")],
    attributions=[("a1", "INDIRECT", "m1", "says", "Very cheap goals", None),
                  ("a2", "INDIRECT", "m2", ("said", "has said that"), "they conceded very cheap goals tonight and that cost the team three points", None),
                  ("a3", "DIRECT", "m2", None, seg(T, "I am very sorry", "qualify for the semifinal."), None),
                  ("a4", "INDIRECT", "m3", ("told", "I told you"), "one skillful player can change the score", "a3"),
                  ("a5", "INDIRECT", "m4", ("said", "Drago also said that he"), "he has given the instructions to his players to mark some players from Myanmar and somehow they failed", None),
                  ("a6", "INDIRECT", "m5", "instructions", "to mark some players from Myanmar", "a5"),
                  ("a7", "DIRECT", "m4", None, seg(T, "I know that Myanmar", "favorites in this group."), None),
                  ("a8", "DIRECT", "m4", None, seg(T, "When the referee sent off", "happened to my team."), None),
                  ("a9", "INDIRECT", "m6", ("said", "Arif he said"), "he hasn’t participated in the training sessions for a long period due to a personal reason", None),
                  ("a10", "DIRECT", "m6", None, seg(T, "We have one problem", "cannot resist this."), None),
                  ("a11", "INDIRECT", "m7", ("said", "Drago also said people"), "people always asked about the starting eleven and he can’t put 20 players on the field at once and he needs to rotate the players", None),
                  ("a12", "INDIRECT", "m8", ("asked", "always asked"), ("the starting eleven", "about the starting eleven"), "a11")])

# ---------------------------------------------------------------------------------------
doc("icelandmonitor-icelandair-agm-revenue",
    url="https://icelandmonitor.mbl.is/news/news/2023/03/10/running_an_icelandic_airline_is_not_a_given/",
    outlet="Iceland Monitor", country="Iceland", topic="business", cut=True,
    published="2023-03-10",
    text=(T := "\"Running an Icelandic airline is not a given\"\n"
          "Icelandair’s revenue roughly doubled year-over-year. This year, the company will have an average of nearly 3,700 employees for the year, with over the peak period, about 5,000 employees working for the company.\n"
          "The emphasis has been on increased utilization of the Saga Class cabin, and this year is looking at the largest flight schedule in Icelandair’s history.\n"
          "This was stated at the airline’s annual general meeting, held yesterday.\n"
          "Strong brand given the size of the company\n"
          "Bogi Nils Bogasson, the CEO of Icelandair stated in a speech at the meeting that 2022 had been a very transformative year for the company’s operations.\n"
          "“Running an Icelandic airline with headquarters in Iceland is not, however, a given. Although we at Icelandair constantly consider costs and how to minimize them, we are fully aware that an airline in Iceland can never be the world’s leader in international markets in terms of costs.\n"
          "For that, we are far too small and have an operating environment characterized by high costs. We must therefore win the game on the revenue side, and there we have built a very strong infrastructure and a unique position in the last decades that are truly taking off now.”\n"
          "Bogason gives us a few examples of how the company has built strong infrastructure and uniqueness in the last decades. Among other things, the company has built the right product that fits the environment in which the company operates. The company’s good service and customer satisfaction was highly emphasised and that the Icelandair brand was incredibly strong considering the size of the company and Iceland."),
    entities=[("bogason", "Bogi Nils Bogasson", "PERSON",
               ["Bogason", "Bogi Nils Bogasson, the CEO of Icelandair"], "CEO of Icelandair")],
    mentions=[("m1", "Bogi Nils Bogasson, the CEO of Icelandair", "bogason"),
              ("m2", ("Bogason", "Bogason gives"), "bogason")],
    attributions=[("a1", "DIRECT", None, None, "Running an Icelandic airline is not a given", None),
                  ("a2", "INDIRECT", None, ("stated", "This was stated"), seg(T, "Icelandair’s revenue roughly doubled", "in Icelandair’s history"), None),
                  ("a3", "INDIRECT", "m1", ("stated", "Icelandair stated"), "2022 had been a very transformative year for the company’s operations", None),
                  ("a4", "DIRECT", "m1", None, seg(T, "Running an Icelandic airline with headquarters", "truly taking off now."), None),
                  ("a5", "INDIRECT", "m2", "gives us a few examples", "how the company has built strong infrastructure and uniqueness in the last decades", None),
                  ("a6", "INDIRECT", None, "emphasised", "The company’s good service and customer satisfaction", None),
                  ("a7", "INDIRECT", None, "emphasised", "the Icelandair brand was incredibly strong considering the size of the company and Iceland", None)])

write("train_m.jsonl")
