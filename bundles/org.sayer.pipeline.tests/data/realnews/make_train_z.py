#!/usr/bin/env python3
"""Writes train_z.jsonl: real-news gold, split train-z (see gold.py). Run: python3 make_train_z.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("channelstv-afp-angola-policeman-jailed-street-vendor",
    url="https://www.channelstv.com/tag/angola/",
    outlet="Channels Television (AFP)", country="Nigeria", topic="courts-crime", cut=False,
    text=(T := "Angolan Policeman Jailed 16 Years For Shooting Street Vendor\n"
          "An Angolan court on Friday sentenced a policeman to 16 years in jail for gunning down a street vendor who refused to be evicted.\n"
          "Juliana Kafriq, 38, was shot dead in March last year after she resisted a police raid on an informal market in the capital Luanda.\n"
          "The mother-of-three’s killer, police officer Goncalo Sakala Ganga, was found guilty by Luanda’s provincial court and handed a hefty prison term.\n"
          "Security officials are rarely prosecuted in Angola, where the justice system is accused of being sluggish and mired in corruption.\n"
          "“The defendant is sentenced to 16 years in prison for voluntary homicide and fined five million kwanza (around $10,000),” judge Nelson Cabangange announced on Friday.\n"
          "Ganga will also have to pay 50,000 kwanzas ($100) as compensation to the victim’s family, Cabangange added.\n"
          "The 36-year-old police officer claimed he was shooting in the air and did not intend to “kill someone”.\n"
          "Defence lawyer Gerson Calei said the sentence was too harsh and that he would appeal the verdict.\n"
          "“(Ganga) was on duty and his life was at risk,” Calei told AFP. “He did not think he would kill someone so it was involuntary homicide.”\n"
          "Most of Luanda’s vendors do not have licences and are regularly evicted by the police. But bloodshed is rare and officers do not usually resort to firearms.\n"
          "Prosecutor Monica Bonita welcomed the judge’s decision and said there was “no doubt” the act was “premeditated”.\n"
          "Witnesses said Kafriq was shot through the neck behind a bakery in the neighbourhood of Rocha Pinto, where she had been selling goods for over a decade.\n"
          "“I apologise to the family… to all salespeople and to all Angolans,” said Ganga in a court appearance last week, extending his condolences to the family."),
    entities=[("ganga", "Goncalo Sakala Ganga", "PERSON",
               ["Ganga", "police officer Goncalo Sakala Ganga", "Angolan Policeman", "a policeman",
                "The 36-year-old police officer"],
               "Angolan police officer convicted of killing a street vendor"),
              ("cabangange", "Nelson Cabangange", "PERSON", ["Cabangange", "judge Nelson Cabangange"],
               "judge of Luanda's provincial court"),
              ("calei", "Gerson Calei", "PERSON", ["Calei", "Defence lawyer Gerson Calei"], "Ganga's defence lawyer"),
              ("bonita", "Monica Bonita", "PERSON", ["Bonita", "Prosecutor Monica Bonita"], "prosecutor"),
              ("witnesses", "Witnesses", "GROUP", [], "witnesses of the shooting")],
    mentions=[("m1", "Angolan Policeman", "ganga"),
              ("m2", "a policeman", "ganga"),
              ("m3", "police officer Goncalo Sakala Ganga", "ganga"),
              ("m4", "judge Nelson Cabangange", "cabangange"),
              ("m5", ("Ganga", "Ganga will also"), "ganga"),
              ("m6", ("Cabangange", "Cabangange added"), "cabangange"),
              ("m7", "The 36-year-old police officer", "ganga"),
              ("m8", "Defence lawyer Gerson Calei", "calei"),
              ("m9", ("Ganga", "(Ganga)"), "ganga"),
              ("m10", ("Calei", "Calei told"), "calei"),
              ("m11", "Prosecutor Monica Bonita", "bonita"),
              ("m12", "Witnesses", "witnesses"),
              ("m13", ("Ganga", "said Ganga"), "ganga")],
    attributions=[("a1", "INDIRECT", None, "accused", "being sluggish and mired in corruption", None),
                  ("a2", "DIRECT", "m4", "announced", seg(T, "The defendant is sentenced", "(around $10,000),"), None),
                  ("a3", "INDIRECT", "m6", "added",
                   "Ganga will also have to pay 50,000 kwanzas ($100) as compensation to the victim’s family", None),
                  ("a4", "MIXED", "m7", "claimed", "he was shooting in the air and did not intend to “kill someone”", None),
                  ("a5", "INDIRECT", "m8", ("said", "Calei said"),
                   "the sentence was too harsh and that he would appeal the verdict", None),
                  ("a6", "DIRECT", "m10", "told", "(Ganga) was on duty and his life was at risk,", None),
                  ("a7", "DIRECT", "m10", None, "He did not think he would kill someone so it was involuntary homicide.", None),
                  ("a8", "INDIRECT", "m11", "welcomed", "the judge’s decision", None),
                  ("a9", "MIXED", "m11", ("said", "and said there"), "there was “no doubt” the act was “premeditated”", None),
                  ("a10", "INDIRECT", "m12", ("said", "Witnesses said"),
                   seg(T, "Kafriq was shot through the neck", "for over a decade"), None),
                  ("a11", "DIRECT", "m13", ("said", "said Ganga"),
                   "I apologise to the family… to all salespeople and to all Angolans,", None),
                  ("a12", "INDIRECT", "m13", "extending", "his condolences to the family", None)])

# ---------------------------------------------------------------------------------------
doc("dailyherald-anguilla-webster-first-month-plans",
    url="https://thedailyherald.sx/islands/premier-reports-after-one-month-in-office",
    outlet="The Daily Herald", country="Sint Maarten", topic="politics", cut=True,
    text=(T := "Premier reports after one month in office\n"
          "ANGUILLA--Premier Ellis Lorenzo Webster’s government has just completed its first month in office. In an interview on Radio Anguilla the premier outlined some of the issues and plans.\n"
          "He spoke of the need to get the economy going and the government’s plans to diversify. He said there are already plans to enhance the fishing industry with a fish-processing plant and long-line fishing vessels. He said plans must include marketing so that the industry will not only support the local market but bring in foreign capital. There are also plans to expand agriculture and encourage farmers to grow more crops so that imports can be cut. Webster said a Renewable Energy Committee has been established and the government is already talking to investors about the possibility of off-shore wind farms and solar energy.\n"
          "Webster noted the relationship with the UK is very positive and he has held several talks with Baroness Sugg, who has responsibility for the Overseas Territories. He thanked the UK government and the people of the UK for the 60 million pounds sterling grant and the EC $100 million grant to assist with unemployment due to COVID-19. He thanked Blondel Cluff for her services to Anguilla and said that Dorothea Hodge has agreed to be the UK representative for his government. She is already working on behalf of Anguilla, holding talks with the European Union concerning the continuation of funding."),
    entities=[("webster", "Ellis Lorenzo Webster", "PERSON", ["Webster", "Premier", "the premier"], "Premier of Anguilla")],
    mentions=[("m1", ("Premier", "Premier reports"), "webster"),
              ("m2", "the premier", "webster"),
              ("m3", ("He", "He spoke"), "webster"),
              ("m4", ("He", "He said there"), "webster"),
              ("m5", ("He", "He said plans"), "webster"),
              ("m6", ("Webster", "Webster said a"), "webster"),
              ("m7", ("Webster", "Webster noted"), "webster"),
              ("m8", ("He", "He thanked the UK"), "webster"),
              ("m9", ("He", "He thanked Blondel"), "webster")],
    attributions=[("a1", "INDIRECT", "m2", "outlined", "some of the issues and plans", None),
                  ("a2", "INDIRECT", "m3", "spoke of", "the need to get the economy going and the government’s plans to diversify", None),
                  ("a3", "INDIRECT", "m4", ("said", "He said there"),
                   "there are already plans to enhance the fishing industry with a fish-processing plant and long-line fishing vessels", None),
                  ("a4", "INDIRECT", "m5", ("said", "He said plans"),
                   seg(T, "plans must include marketing", "bring in foreign capital"), None),
                  ("a5", "INDIRECT", "m6", ("said", "Webster said a"),
                   seg(T, "a Renewable Energy Committee", "wind farms and solar energy"), None),
                  ("a6", "INDIRECT", "m7", "noted", seg(T, "the relationship with the UK", "the Overseas Territories"), None),
                  ("a7", "INDIRECT", "m8", ("thanked", "He thanked the UK"),
                   seg(T, "the UK government and the people", "due to COVID-19"), None),
                  ("a8", "INDIRECT", "m9", ("thanked", "He thanked Blondel"), "Blondel Cluff for her services to Anguilla", None),
                  ("a9", "INDIRECT", "m9", ("said", "and said that Dorothea"),
                   "Dorothea Hodge has agreed to be the UK representative for his government", None)])

# ---------------------------------------------------------------------------------------
doc("walaw-morocco-private-investment-jazouli",
    url="https://sport.walaw.press/en/articles/private_investment_in_morocco_surges_to_$10_billion_in_2022/GWRLQXLWFLGM",
    outlet="Walaw", country="Morocco", topic="business", cut=True,
    text=(T := "Private Investment in Morocco Surges to $10 Billion in 2022\n"
          "Morocco witnessed a significant surge in private investment, reaching a total of 100 billion Moroccan dirhams, equivalent to nearly $10 billion, in 2022, as announced by Minister of Investment Mohcine Jazouli on Thursday in Rabat.\n"
          "Although official figures have not yet been released, the minister's estimates indicate that approximately $10 billion in private investment flowed into the North African nation last year. \"The 2022 numbers indicate a positive trend,\" Jazouli informed reporters, expressing confidence that Morocco is on track to achieve its private investment goals set for 2022-2026. \"The outlook is very promising, with all indicators of domestic private investment signaling green,\" he added.\n"
          "Jazouli disclosed that his department has initiated a study in collaboration with the High Commission for Planning to establish a national investment and business climate observatory, leveraging artificial intelligence and modern investment calculation mechanisms."),
    entities=[("jazouli", "Mohcine Jazouli", "PERSON", ["Jazouli", "Minister of Investment Mohcine Jazouli"],
               "Morocco's Minister of Investment")],
    mentions=[("m1", "Minister of Investment Mohcine Jazouli", "jazouli"),
              ("m2", ("Jazouli", "Jazouli informed"), "jazouli"),
              ("m3", ("he", "he added"), "jazouli"),
              ("m4", ("Jazouli", "Jazouli disclosed"), "jazouli")],
    attributions=[("a1", "INDIRECT", "m1", "announced", seg(T, "Morocco witnessed a significant surge", "nearly $10 billion, in 2022"), None),
                  ("a2", "DIRECT", "m2", "informed", "The 2022 numbers indicate a positive trend,", None),
                  ("a3", "INDIRECT", "m2", "expressing confidence",
                   "Morocco is on track to achieve its private investment goals set for 2022-2026", None),
                  ("a4", "DIRECT", "m3", "added",
                   "The outlook is very promising, with all indicators of domestic private investment signaling green,", None),
                  ("a5", "INDIRECT", "m4", "disclosed", seg(T, "his department has initiated", "calculation mechanisms"), None)])

# ---------------------------------------------------------------------------------------
doc("inforpress-sao-nicolau-cachaco-without-water",
    url="https://www.inforpress.cv/sao-nicolau-cachaco-without-water-in-the-taps-for-two-months-residents/",
    outlet="Inforpress", country="Cape Verde", topic="local", cut=False, published="2022-11-04",
    text=(T := "São Nicolau: Cachaço without water in the taps for two months – residents\n"
          "Ribeira Brava, November 4, 2022 (Inforpress) – Residents of the Cachaço locality, in the Municipality of Ribeira Brava, have been without water for almost two months and are crying out for “an urgent solution” to the problem, which has become recurrent in recent times.\n"
          "Speaking to Inforpress, the vice president of the Local Community Association, Rary Varela, described the situation as being “very complicated”, stating that the justification they receive from the Autonomous Service is that the “water flow is low”.\n"
          "“We know that the water flow has dropped a lot in recent years, but I also believe that there has been some mismanagement in the distribution of water, because other localities have water in the network normally and Cachaço does not”, he said.\n"
          "The same points out that other alternatives need to be found, such as supplying the tank that distributes water to homes through self-transported water or “reorganization of the water distribution calendar”, so that all localities can have access to the precious liquid."),
    entities=[("residents", "Residents of the Cachaço locality", "GROUP", ["residents"],
               "residents of Cachaço, Ribeira Brava, São Nicolau"),
              ("varela", "Rary Varela", "PERSON",
               ["Varela", "the vice president of the Local Community Association, Rary Varela", "The same"],
               "vice president of the Local Community Association of Cachaço"),
              ("saa", "the Autonomous Service", "ORGANIZATION", ["Autonomous Service"], "municipal water service")],
    mentions=[("m1", ("residents", "– residents"), "residents"),
              ("m2", "Residents of the Cachaço locality", "residents"),
              ("m3", "the vice president of the Local Community Association, Rary Varela", "varela"),
              ("m4", "the Autonomous Service", "saa"),
              ("m5", ("he", "he said"), "varela"),
              ("m6", "The same", "varela")],
    attributions=[("a1", "INDIRECT", "m1", None, "Cachaço without water in the taps for two months", None),
                  ("a2", "MIXED", "m2", "crying out for", "“an urgent solution” to the problem", None),
                  ("a3", "MIXED", "m3", "described", "the situation as being “very complicated”", None),
                  ("a4", "MIXED", "m3", "stating", "the justification they receive from the Autonomous Service is that the “water flow is low”", None),
                  ("a5", "MIXED", "m4", "justification", "the “water flow is low”", "a4"),
                  ("a6", "DIRECT", "m5", ("said", "he said"), seg(T, "We know that the water flow", "Cachaço does not"), None),
                  ("a7", "MIXED", "m6", "points out", seg(T, "other alternatives need to be found", "to the precious liquid"), None)])

# ---------------------------------------------------------------------------------------
doc("tajikistannewsgazette-abdullozoda-enough-medicines",
    url="https://tajikistannewsgazette.com/tajikistan-has-enough-medicines-says-health-minister/",
    outlet="Tajikistan News Gazette (Asia-Plus)", country="Tajikistan", topic="health-science", cut=False,
    text=(T := "Tajikistan has enough medicines, says health minister\n"
          "Tajikistan has enough medicines, the Minister of Health and Social Protection of the Population, Jamoliddin Abdullozoda, told reporters in Dushanbe on July 24.\n"
          "According to him, the coronavirus situation in the country is becoming stabilized.\n"
          "“There are no specific criteria to forecast the second wave of the coronavirus pandemic.  However, judging by the spread of the disease in the neighboring countries, it [second wave] is also expected in Tajikistan, but so far we cannot say for sure,” the minister noted.\n"
          "According to him, the healthcare specialists have begun collecting epidemiological data and are studying this issue.\n"
          "“As far as preparedness is concerned, we are well prepared, medicines and personal protective equipment (PPE) are stocked,” Abdullozoda said.\n"
          "“Over the first six months of this year, Tajikistan has imported US$32.7 million worth of medicines, including US$8.3 (equivalent to some 85 million somoni) million worth of humanitarian aid, US$23.3 million (equivalent to some 250 million somoni) worth of medicines for sale and US$1.05 million (equivalent to some 11 million somoni) worth of medicines for medical facilities,” the minister noted.\n"
          "Over the same six-month period, Tajikistan has reportedly exported 2.9 million somoni worth of medicines.\n"
          "Recall, pharmacy shelves have been stripped of some types of antiviral drugs at the beginning of outbreak of the novel coronavirus (COVID-19) in the country, while those that were on sale have risen in prices several times."),
    entities=[("abdullozoda", "Jamoliddin Abdullozoda", "PERSON",
               ["Abdullozoda", "health minister", "the minister",
                "the Minister of Health and Social Protection of the Population, Jamoliddin Abdullozoda"],
               "Tajikistan's Minister of Health and Social Protection of the Population")],
    mentions=[("m1", "health minister", "abdullozoda"),
              ("m2", "the Minister of Health and Social Protection of the Population, Jamoliddin Abdullozoda", "abdullozoda"),
              ("m3", ("him", "According to him, the coronavirus"), "abdullozoda"),
              ("m4", ("the minister", "for sure,” the minister"), "abdullozoda"),
              ("m5", ("him", "According to him, the healthcare"), "abdullozoda"),
              ("m6", ("Abdullozoda", "Abdullozoda said"), "abdullozoda"),
              ("m7", ("the minister", "facilities,” the minister"), "abdullozoda")],
    attributions=[("a1", "INDIRECT", "m1", "says", ("Tajikistan has enough medicines", "Tajikistan has enough medicines, says"), None),
                  ("a2", "INDIRECT", "m2", "told", ("Tajikistan has enough medicines", "Tajikistan has enough medicines, the Minister"), None),
                  ("a3", "INDIRECT", "m3", ("According to", "According to him, the coronavirus"),
                   "the coronavirus situation in the country is becoming stabilized", None),
                  ("a4", "DIRECT", "m4", ("noted", "for sure,” the minister noted"),
                   seg(T, "There are no specific criteria", "cannot say for sure,"), None),
                  ("a5", "INDIRECT", "m5", ("According to", "According to him, the healthcare"),
                   "the healthcare specialists have begun collecting epidemiological data and are studying this issue", None),
                  ("a6", "DIRECT", "m6", ("said", "Abdullozoda said"), seg(T, "As far as preparedness", "are stocked,"), None),
                  ("a7", "DIRECT", "m7", ("noted", "facilities,” the minister noted"),
                   seg(T, "Over the first six months", "for medical facilities,"), None)])

# ---------------------------------------------------------------------------------------
doc("saipantribune-white-micro-games-pacific-games-next",
    url="https://saipantribune.com/index.php/micro-games-done-pacific-games-next",
    outlet="Saipan Tribune", country="Northern Mariana Islands", topic="sport", cut=True,
    text=(T := "Micro Games done; Pacific Games next\n"
          "“It’s time to start looking forward to the 2015 Pacific Games in Port Moresby, Papua New Guinea,” said CNMI chef de mission and Northern Marianas Sports Association president Michael White, who thanked the Commonwealth delegates, their supporters, and the host for the successful staging of this year’s Micro Games.\n"
          "“Congratulations to our athletes, coaches, and officials for a job well done. Special thanks to all of our supporters, both here in Pohnpei and at home. You made our Games a memorable experience,” said White in a message sent to Saipan Tribune yesterday.\n"
          "White joined several CNMI athletes and officials (from baseball and men’s and women’s basketball) in participating in the closing ceremony of the 8th Micronesian Games at the PNI Track in Field yesterday and expressed happiness with the Commonwealth’s performance in the 12-day competition.\n"
          "“I’m very happy with our performance. Although we had a relatively small delegation, we took home a lot of medals. In most cases, we met expectations, and in a lot of cases, we exceeded them,” the NMSA head said."),
    entities=[("white", "Michael White", "PERSON",
               ["White", "the NMSA head",
                "CNMI chef de mission and Northern Marianas Sports Association president Michael White"],
               "CNMI chef de mission, president of the Northern Marianas Sports Association")],
    mentions=[("m1", "CNMI chef de mission and Northern Marianas Sports Association president Michael White", "white"),
              ("m2", ("White", "White in a message"), "white"),
              ("m3", ("White", "White joined"), "white"),
              ("m4", "the NMSA head", "white")],
    attributions=[("a1", "DIRECT", "m1", ("said", "said CNMI"), seg(T, "It’s time to start looking forward", "Papua New Guinea,"), None),
                  ("a2", "INDIRECT", "m1", "thanked", seg(T, "the Commonwealth delegates", "this year’s Micro Games"), None),
                  ("a3", "DIRECT", "m2", ("said", "said White"), seg(T, "Congratulations to our athletes", "a memorable experience,"), None),
                  ("a4", "INDIRECT", "m3", "expressed happiness", "the Commonwealth’s performance in the 12-day competition", None),
                  ("a5", "DIRECT", "m4", ("said", "head said"), seg(T, "I’m very happy with our performance", "we exceeded them,"), None)])

# ---------------------------------------------------------------------------------------
doc("techafricanews-moroccotech-mezzour-launch",
    url="https://techafricanews.com/2022/01/17/morocco-launches-moroccotech-to-promote-the-national-digital-sector/",
    outlet="TechAfrica News", country="United Arab Emirates", topic="technology", cut=True, published="2022-01-17",
    text=(T := "Morocco Launches ‘MoroccoTech’ to Promote the National Digital Sector\n"
          "Minister Delegate to the Head of Government, in charge of Digital Transition and Administration Reform, Ghita Mezzour, has announced the launch of the initiative “MoroccoTech”, the national brand to promote the Moroccan digital sector.\n"
          "“MoroccoTech” aims, on the one hand to position Morocco as a digital destination of choice internationally, and on the other hand, to create a global dynamic that will benefit all Moroccan ecosystems in their digital transformation.\n"
          "This initiative is the result of a “public-private” partnership approach and of a mobilizing and unifying movement of the various players in the Moroccan digital ecosystem.\n"
          "“MoroccoTech” is intended as a vision to promote Morocco as a producer of premium technologies and a leading investment destination, the minister stressed, noting that this initiative will support flagship efforts, programs, projects and communications around Morocco as a premium digital destination.\n"
          "For his part, Minister of Economic Inclusion, Small Business, Employment and Skills, Younes Sekkouri, highlighted the immense potential of the digital sector to create jobs to meet domestic and international demand.\n"
          "Sekkouri also expressed his willingness to work with the Ministry of Digital Transition and Administration Reform to provide the necessary means, including budgets, training and alternative training techniques with the support of various stakeholders.\n"
          "President of the National Commission for the Control of Personal Data Protection (CNDP), Omar Seghrouchni, emphasized the “positive” and “cross-cutting” contribution of the Commission in “MoroccoTech”, through its mission to protect personal data and privacy of citizens in all sectors."),
    entities=[("mezzour", "Ghita Mezzour", "PERSON",
               ["Mezzour", "the minister",
                "Minister Delegate to the Head of Government, in charge of Digital Transition and Administration Reform, Ghita Mezzour"],
               "Morocco's Minister Delegate in charge of Digital Transition and Administration Reform"),
              ("sekkouri", "Younes Sekkouri", "PERSON",
               ["Sekkouri", "Minister of Economic Inclusion, Small Business, Employment and Skills, Younes Sekkouri"],
               "Morocco's Minister of Economic Inclusion, Small Business, Employment and Skills"),
              ("seghrouchni", "Omar Seghrouchni", "PERSON",
               ["Seghrouchni",
                "President of the National Commission for the Control of Personal Data Protection (CNDP), Omar Seghrouchni"],
               "President of Morocco's CNDP")],
    mentions=[("m1", "Minister Delegate to the Head of Government, in charge of Digital Transition and Administration Reform, Ghita Mezzour", "mezzour"),
              ("m2", "the minister", "mezzour"),
              ("m3", "Minister of Economic Inclusion, Small Business, Employment and Skills, Younes Sekkouri", "sekkouri"),
              ("m4", ("Sekkouri", "Sekkouri also"), "sekkouri"),
              ("m5", "President of the National Commission for the Control of Personal Data Protection (CNDP), Omar Seghrouchni", "seghrouchni")],
    attributions=[("a1", "MIXED", "m1", "announced", seg(T, "the launch of the initiative", "the Moroccan digital sector"), None),
                  ("a2", "MIXED", "m2", "stressed", seg(T, "“MoroccoTech” is intended", "leading investment destination"), None),
                  ("a3", "INDIRECT", "m2", "noting", seg(T, "this initiative will support", "a premium digital destination"), None),
                  ("a4", "INDIRECT", "m3", "highlighted", seg(T, "the immense potential", "international demand"), None),
                  ("a5", "INDIRECT", "m4", "expressed his willingness", seg(T, "to work with the Ministry", "various stakeholders"), None),
                  ("a6", "MIXED", "m5", "emphasized", seg(T, "the “positive” and", "citizens in all sectors"), None)])

write("train_z.jsonl")
