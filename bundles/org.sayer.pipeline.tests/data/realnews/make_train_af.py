#!/usr/bin/env python3
"""Writes train_af.jsonl: real-news gold, split train-af (see gold.py). Run: python3 make_train_af.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("besreporter-chogogo-beach-criminal-investigation",
    url="https://bes-reporter.com/prosecutors-office-confirms-criminal-investigation-into-chogogo-beach-case/",
    outlet="BES Reporter", country="Bonaire", topic="courts-crime", cut=True,
    text=(T := "Prosecutors Office confirms criminal investigation into Chogogo beach case\n"
          "KRALENDIJK – The Public Prosecution Service confirms in a press statement on Thursday that it is investigating the construction of an artificial beach at the Chogogo Beach and Dive resort, but at the same time says that it cannot make any statements about this yet.\n"
          "“The Public Prosecutor’s Office has seen that this investigation is regularly reported in the media. An article on this issue has also recently appeared in the media, apparently in response to a claim made by the Prosecutor to the Government of Bonaire,” according to the statement sent out.\n"
          "The spokesperson for the Prosecutor’s Office contiues to confirm that the case in question is being investigated. “In this context, as usual, all facts and circumstances are collected that can provide insight into the question of whether criminal offenses may have been committed in connection with the construction of this beach”. It is noted that it is relevant to investigate whether, for example, a license has been granted or not and, if so, when that license was granted. “It is logical that this claim is directed to the Executive Council of the Government of Bonaire, because the Executive Council is the licensing authority, and will therefore have access to this information,” the Prosecutor’s Office explains."),
    entities=[("om", "Public Prosecution Service", "ORGANIZATION",
               ["The Public Prosecution Service", "Prosecutors Office", "The Public Prosecutor’s Office",
                "the Prosecutor’s Office", "the Prosecutor"],
               "Public Prosecutor's Office of Bonaire, St. Eustatius and Saba"),
              ("statement", "the statement", "ORGANIZATION", ["the statement sent out"],
               "the press statement of the Prosecutor's Office"),
              ("spokesperson", "The spokesperson for the Prosecutor’s Office", "PERSON", [],
               "spokesperson of the Public Prosecutor's Office")],
    mentions=[("m1", "Prosecutors Office", "om"),
              ("m2", "The Public Prosecution Service", "om"),
              ("m3", "The Public Prosecutor’s Office", "om"),
              ("m4", ("the Prosecutor", "by the Prosecutor to"), "om"),
              ("m5", ("the statement", "the statement sent out"), "statement"),
              ("m6", "The spokesperson for the Prosecutor’s Office", "spokesperson"),
              ("m7", ("the Prosecutor’s Office", "the Prosecutor’s Office explains"), "om")],
    attributions=[("a1", "INDIRECT", "m1", ("confirms", "Office confirms"),
                   "criminal investigation into Chogogo beach case", None),
                  ("a2", "INDIRECT", "m2", ("confirms", "Service confirms"),
                   "it is investigating the construction of an artificial beach at the Chogogo Beach and Dive resort", None),
                  ("a3", "INDIRECT", "m2", ("says", "says that it cannot"), "it cannot make any statements about this yet", None),
                  ("a4", "DIRECT", "m5", "according to",
                   seg(T, "The Public Prosecutor’s Office has seen", "the Government of Bonaire,"), None),
                  ("a5", "INDIRECT", "m6", ("confirm", "contiues to confirm"), "the case in question is being investigated", None),
                  ("a6", "DIRECT", "m6", None, seg(T, "In this context, as usual", "construction of this beach"), None),
                  ("a7", "INDIRECT", None, "noted",
                   seg(T, "it is relevant to investigate whether", "when that license was granted"), None),
                  ("a8", "DIRECT", "m7", "explains", seg(T, "It is logical that this claim", "access to this information,"), None)])

# ---------------------------------------------------------------------------------------
doc("confidencial-nicaragua-covid-deaths-managua-esteli",
    url="https://www.confidencial.com.ni/english/30-daily-covid-deaths-registered-at-two-hospitals-in-managua-and-esteli/",
    outlet="Confidencial", country="Nicaragua", topic="health-science", cut=True,
    text=(T := "30 daily Covid deaths registered at two hospitals in Managua and Esteli\n"
          "At the German-Nicaraguan the average number of deaths rose to up to 22 per day. In Estelí, San Juan de Dios Hospital registers eight deaths per day\n"
          "Two of the largest Covid-19 hospitals in Nicaragua have an estimated 30 deaths a day from coronavirus. In the German-Nicaraguan Hospital, in Managua, the number of deceased rose to 22 per day, while the San Juan de Dios Hospital, in Estelí, reports up to eight deaths, as confirmed to Confidencial by several medical and hospital sources.\n"
          "Meanwhile the Ministry of Health maintains the number of victims of the pandemic at one victim weekly since October last year.\n"
          "In the last three weeks, the German Nicaraguan Hospital has quadrupled the number of deaths. In mid-August between four to five people died daily; however, the average rose to 15, and already by this past weekend rose to 22.\n"
          "According to the sources, on the morning of September 6, 2021, the German-Nicaraguan Hospital had 70% of all beds occupied; 210 of the 300 available beds, with severely ill Covid-19 patients. In addition, at least 18 deaths were already known.\n"
          "The Hospital has temporarily closed areas such as the outpatient clinic, emergency, neonatal, pediatrics and maternity, to attend exclusively to Covid cases. According to sources, the hospital is practically dedicated to treating these types of patients, as happened during the first wave of Covid-19.\n"
          "In Estelí the situation is similar. Last week, in the San Juan de Dios Hospital, there were at least 40 deaths in four days. According to medical sources the daily average of deaths in this hospital unit remains between five to eight. This Monday there were 110 hospitalized people."),
    entities=[("sources", "several medical and hospital sources", "GROUP", ["the sources", "sources", "medical sources"],
               "medical and hospital sources consulted by Confidencial"),
              ("minsa", "the Ministry of Health", "ORGANIZATION", ["Ministry of Health"], "Nicaragua's Ministry of Health (Minsa)"),
              ("sjd", "San Juan de Dios Hospital", "ORGANIZATION", ["the San Juan de Dios Hospital", "this hospital unit"],
               "San Juan de Dios Hospital in Estelí")],
    mentions=[("m1", ("San Juan de Dios Hospital", "Estelí, San Juan"), "sjd"),
              ("m2", ("the San Juan de Dios Hospital", "while the San Juan"), "sjd"),
              ("m3", "several medical and hospital sources", "sources"),
              ("m4", "the Ministry of Health", "minsa"),
              ("m5", ("the sources", "According to the sources"), "sources"),
              ("m6", ("sources", "According to sources,"), "sources"),
              ("m7", ("the San Juan de Dios Hospital", "in the San Juan de Dios Hospital, there"), "sjd"),
              ("m8", "medical sources", "sources"),
              ("m9", "this hospital unit", "sjd")],
    attributions=[("a1", "INDIRECT", "m3", "confirmed",
                   seg(T, "In the German-Nicaraguan Hospital, in Managua", "reports up to eight deaths"), None),
                  ("a2", "INDIRECT", "m2", "reports", "up to eight deaths", "a1"),
                  ("a3", "INDIRECT", "m4", "maintains",
                   "the number of victims of the pandemic at one victim weekly since October last year", None),
                  ("a4", "INDIRECT", "m5", ("According to", "According to the sources"),
                   seg(T, "on the morning of September 6, 2021", "severely ill Covid-19 patients"), None),
                  ("a5", "INDIRECT", "m6", ("According to", "According to sources,"),
                   "the hospital is practically dedicated to treating these types of patients, as happened during the first wave of Covid-19", None),
                  ("a6", "INDIRECT", "m8", ("According to", "According to medical"),
                   "the daily average of deaths in this hospital unit remains between five to eight", None)])

# ---------------------------------------------------------------------------------------
doc("bnamericas-codelco-pacheco-next-50-years",
    url="https://www.bnamericas.com/en/news/chiles-codelco-preparing-for-the-next-50-years-of-copper-production",
    outlet="BNamericas", country="Chile", topic="business", cut=True, published="2023-03-15",
    text=(T := "The low total of 1.55Mt that Chile’s state copper miner Codelco produced last year \"wasn't what we expected,\" chairman Máximo Pacheco said during a presentation at Universidad de Chile’s business school.\n"
          "Pacheco attributed the disappointing output to maintenance, asset management and operational continuity problems rather than delays of structural projects.\n"
          "Major failures occurred at the Andina Division's concentrator, the water reservoir that feeds the El Teniente concentrator and the main conveyor belt at Radomiro Tomic broke down, the executive said.\n"
          "He highlighted that supervision and maintenance were interrupted during the pandemic years 2021 and 2022, but that Codelco had prioritized stabilizing production.\n"
          "Moreover, declining ore grades require deeper digging and traveling longer distances at established assets, he said.\n"
          "To address these problems, Codelco is developing the US$5.5bn Chuquicamata underground operation and the US$513mn new mine level at El Teniente, which will add “25km [of tunnels] per year at different levels and depths.”\n"
          "The Rajo Inca open pit at Codelco's Salvador division in the qualification stage and will replace the underground mine from 2024. At Andina, work is being carried out to change the mine orientation and gain access to better grades, according to Pacheco.\n"
          "“We've already consumed the ore for 50 years and from now on we're preparing for the next 50 years,” he said.\n"
          "Global copper demand is expected to increase 67% through 2040, said Pacheco, highlighting that better production formulas must be created and exploration investments must be increased to ensure supply, in addition to greater use of technology and the creation of partnerships."),
    entities=[("pacheco", "Máximo Pacheco", "PERSON", ["Pacheco", "chairman Máximo Pacheco", "the executive"],
               "chairman of Chile's state copper miner Codelco")],
    mentions=[("m1", "chairman Máximo Pacheco", "pacheco"),
              ("m2", ("Pacheco", "Pacheco attributed"), "pacheco"),
              ("m3", "the executive", "pacheco"),
              ("m4", ("He", "He highlighted"), "pacheco"),
              ("m5", ("he", "assets, he said"), "pacheco"),
              ("m6", ("Pacheco", "according to Pacheco"), "pacheco"),
              ("m7", ("he", "years,” he said"), "pacheco"),
              ("m8", ("Pacheco", "said Pacheco"), "pacheco")],
    attributions=[("a1", "MIXED", "m1", ("said", "Pacheco said during"),
                   seg(T, "The low total of 1.55Mt", "what we expected,\""), None),
                  ("a2", "INDIRECT", "m2", "attributed",
                   "the disappointing output to maintenance, asset management and operational continuity problems rather than delays of structural projects", None),
                  ("a3", "INDIRECT", "m3", ("said", "the executive said"),
                   seg(T, "Major failures occurred", "at Radomiro Tomic broke down"), None),
                  ("a4", "INDIRECT", "m4", "highlighted",
                   "supervision and maintenance were interrupted during the pandemic years 2021 and 2022, but that Codelco had prioritized stabilizing production", None),
                  ("a5", "INDIRECT", "m5", ("said", "assets, he said"),
                   "declining ore grades require deeper digging and traveling longer distances at established assets", None),
                  ("a6", "MIXED", "m5", None, seg(T, "To address these problems", "levels and depths.”"), None),
                  ("a7", "INDIRECT", "m6", "according to",
                   "At Andina, work is being carried out to change the mine orientation and gain access to better grades", None),
                  ("a8", "DIRECT", "m7", ("said", "years,” he said"),
                   "We've already consumed the ore for 50 years and from now on we're preparing for the next 50 years,", None),
                  ("a9", "INDIRECT", "m8", ("said", "said Pacheco"), "Global copper demand is expected to increase 67% through 2040", None),
                  ("a10", "INDIRECT", None, ("expected", "is expected to increase"), "to increase 67% through 2040", "a9"),
                  ("a11", "INDIRECT", "m8", "highlighting",
                   seg(T, "better production formulas must be created", "the creation of partnerships"), None)])

# ---------------------------------------------------------------------------------------
doc("mangalorean-ians-sampaoli-mexico-brave-tough",
    url="https://mangalorean.com/mexico-a-brave-tough-team-says-chile-coach",
    outlet="Mangalorean.com (IANS)", country="India", topic="sport", cut=False,
    text=(T := "Mexico a brave, tough team, says Chile coach\n"
          "Santiago, June 15 (IANS) Jorge Sampaoli, coach of the Chilean soccer national team, said Mexico is “an unpredictable team”, media reported on Monday.\n"
          "He called Mexico a “brave and tough” team, Xinhua news agency reported.\n"
          "“Mexico is unpredictable due to the speed of its players. It is a very brave and very tough team, they are an obedient team. They will express that in the game,” said Sampaoli.\n"
          "Chile and Mexico will play next Monday at 8.30 p.m. local time in Santiago’s National Stadium.\n"
          "Sampaoli said Mexico is a complicated and unpredictable team.\n"
          "“It is a team that might cause us trouble due to its way of attacking. They have a strong attack, they are fast to come back and play short-distance.\n"
          "“Mexico is similar to Chile. It will be a dynamic game and very wearing. Mexico plays forcefully,” Sampaoli added.\n"
          "He also talked about the things his team has to improve after its tough debut against Ecuador.\n"
          "“We have to improve the pressure, we have to be more aggressive in the rival’s field and we have to make more dangerous plays. We should keep trying all the time.”\n"
          "About Eduardo Vargas being a first-team player, Sampaoli said: “I trust my team and the players will be used upon the specific needs. It is unfair to think only about names because all of them have the illusion to be and all are important.”"),
    entities=[("sampaoli", "Jorge Sampaoli", "PERSON",
               ["Sampaoli", "Chile coach", "Jorge Sampaoli, coach of the Chilean soccer national team"],
               "coach of Chile's national football team"),
              ("media", "media", "GROUP", [], "media reports"),
              ("xinhua", "Xinhua news agency", "ORGANIZATION", ["Xinhua"], "Chinese state news agency")],
    mentions=[("m1", "Chile coach", "sampaoli"),
              ("m2", "Jorge Sampaoli, coach of the Chilean soccer national team", "sampaoli"),
              ("m3", ("media", "media reported"), "media"),
              ("m4", ("He", "He called"), "sampaoli"),
              ("m5", "Xinhua news agency", "xinhua"),
              ("m6", ("Sampaoli", "said Sampaoli."), "sampaoli"),
              ("m7", ("Sampaoli", "Sampaoli said Mexico"), "sampaoli"),
              ("m8", ("Sampaoli", "Sampaoli added"), "sampaoli"),
              ("m9", ("He", "He also talked"), "sampaoli"),
              ("m10", ("Sampaoli", "Sampaoli said:"), "sampaoli")],
    attributions=[("a1", "INDIRECT", "m1", "says", "Mexico a brave, tough team", None),
                  ("a2", "MIXED", "m3", ("reported", "media reported"),
                   "Jorge Sampaoli, coach of the Chilean soccer national team, said Mexico is “an unpredictable team”", None),
                  ("a3", "MIXED", "m2", ("said", "team, said Mexico"), "Mexico is “an unpredictable team”", "a2"),
                  ("a4", "MIXED", "m5", ("reported", "agency reported"), "He called Mexico a “brave and tough” team", None),
                  ("a5", "MIXED", "m4", "called", "Mexico a “brave and tough” team", "a4"),
                  ("a6", "DIRECT", "m6", ("said", "said Sampaoli."), seg(T, "Mexico is unpredictable due", "express that in the game,"), None),
                  ("a7", "INDIRECT", "m7", ("said", "Sampaoli said Mexico"), "Mexico is a complicated and unpredictable team", None),
                  ("a8", "DIRECT", "m8", "added", seg(T, "It is a team that might cause", "Mexico plays forcefully,"), None),
                  ("a9", "INDIRECT", "m9", "talked about",
                   "the things his team has to improve after its tough debut against Ecuador", None),
                  ("a10", "DIRECT", "m9", None, seg(T, "We have to improve the pressure", "trying all the time."), None),
                  ("a11", "DIRECT", "m10", ("said", "Sampaoli said:"), seg(T, "I trust my team", "all are important."), None)])

# ---------------------------------------------------------------------------------------
doc("centraldenoticias-valero-us-un-human-rights-council",
    url="http://centraldenoticias.com.ve/english/",
    outlet="Central de Noticias", country="Venezuela", topic="politics", cut=True,
    text=(T := "Venezuela hinders US interventionist attempts in UN Human Rights Council\n"
          "The Venezuelan ambassador to the United Nations, Jorge Valero, dismantled Thursday the interventionist attempts of the United States government, which sought to promote a statement against the South American nation at the U.N. Human Rights Council in Geneva.\n"
          "“The US government put its foot on the gas pedal in order to get the Human Rights Council to approve a statement or a resolution against the government of Nicolas Maduro Moros, but ran off with its tail between its legs,” said Valero in a press release.\n"
          "During his speech at the Council of Human Rights, he said the government of the American nation decided to use the Paraguayan delegation for several countries to make a joint statement against Venezuela, given the violent actions perpetrated by groups encouraged by sectors of the opposition.\n"
          "“The US empire mobilized its diplomatic corps, trying to gather support for its condemnation of Venezuela, both in the Organization of American States (OAS) and in UN-Geneva, and failed to do so.The only joint statement read in Geneva , Subscribed by 57 countries, was in support of Venezuela, “said Valero, quoted in the note.\n"
          "Likewise, he said the US government asked the UN Human Rights Council to exclude Venezuela from this body, of which the southern country is a member since November 2012, when it was chosen with 154 votes in favor for the period 2013-2015, while for the period 2016-2018 was re-elected with 131 votes.\n"
          "The US ambassador to the UN, Nikki Haley, “delivered a speech at the Human Rights Council in which she demanded that a resolution be adopted against Venezuela, and she voiced her displeasure, given that this Council has adopted five resolutions against Israel, the occupying power of Palestine, and none against Venezuela,” said the Venezuelan diplomat."),
    entities=[("valero", "Jorge Valero", "PERSON",
               ["Valero", "The Venezuelan ambassador to the United Nations, Jorge Valero", "the Venezuelan diplomat"],
               "Venezuela's ambassador to the United Nations"),
              ("usgov", "the United States government", "ORGANIZATION",
               ["the US government", "the government of the American nation", "The US empire"],
               "government of the United States"),
              ("haley", "Nikki Haley", "PERSON", ["Haley", "The US ambassador to the UN, Nikki Haley"],
               "US ambassador to the United Nations")],
    mentions=[("m1", "The Venezuelan ambassador to the United Nations, Jorge Valero", "valero"),
              ("m2", "the United States government", "usgov"),
              ("m3", ("The US government", "“The US government put"), "usgov"),
              ("m4", ("Valero", "said Valero in a press"), "valero"),
              ("m5", ("he", "he said the government of"), "valero"),
              ("m6", "the government of the American nation", "usgov"),
              ("m7", "The US empire", "usgov"),
              ("m8", ("Valero", "said Valero, quoted"), "valero"),
              ("m9", ("he", "he said the US government"), "valero"),
              ("m10", ("the US government", "the US government asked"), "usgov"),
              ("m11", "The US ambassador to the UN, Nikki Haley", "haley"),
              ("m12", ("she", "she demanded"), "haley"),
              ("m13", ("she", "she voiced"), "haley"),
              ("m14", "the Venezuelan diplomat", "valero")],
    attributions=[("a1", "DIRECT", "m4", ("said", "said Valero in a press"),
                   seg(T, "The US government put its foot", "tail between its legs,"), None),
                  ("a2", "INDIRECT", "m5", ("said", "he said the government of"),
                   seg(T, "the government of the American nation decided", "sectors of the opposition"), None),
                  ("a3", "INDIRECT", "m8", ("said", "said Valero, quoted"),
                   seg(T, "The US empire mobilized", "was in support of Venezuela,"), None),
                  ("a4", "INDIRECT", "m9", ("said", "he said the US government"),
                   seg(T, "the US government asked the UN", "re-elected with 131 votes"), None),
                  ("a5", "INDIRECT", "m10", "asked", "the UN Human Rights Council to exclude Venezuela from this body", "a4"),
                  ("a6", "MIXED", "m14", ("said", "said the Venezuelan diplomat"),
                   seg(T, "The US ambassador to the UN, Nikki Haley", "none against Venezuela,”"), None),
                  ("a7", "INDIRECT", "m12", "demanded", "a resolution be adopted against Venezuela", "a6"),
                  ("a8", "INDIRECT", "m13", "voiced her displeasure",
                   "this Council has adopted five resolutions against Israel, the occupying power of Palestine, and none against Venezuela", "a6")])

# ---------------------------------------------------------------------------------------
doc("santiagotimes-google-data-centre-pinera-frias",
    url="https://santiagotimes.cl/2018/09/12/google-expands-data-centre-in-chile-with-us140-million-investment/",
    outlet="The Santiago Times", country="Chile", topic="technology", cut=True, published="2018-09-12",
    text=(T := "Google expands Chile data centre with US$140 million investment\n"
          "SANTIAGO – Google will invest US$140 million to expand the U.S. tech giant’s sole data centre in Latin America, the Chilean officials announced on Wednesday.\n"
          "The expansion, hailed by Chile’s President Sebastián Piñera as proof of the country’s enthusiastic participation in “the fourth industrial revolution”, represents the company’s second stage of growth for the data centre in Quilicura, near Santiago, which became fully operational in 2015.\n"
          "Google said the new investment will triple the data centre’s size to 11.2 hectares (27.7 acres) and create more than 1,000 new jobs in the construction process and 120 new permanent jobs.\n"
          "Google’s new investment is in addition to the US$150 million it spent to build the centre. The company first announced data centre construction plans Chile in 2012, eight months after it opened offices in the country. Since January of 2017, the data centre has operated entirely on solar power from Chile’s Atacama region, Google said.\n"
          "At the event, President Sebastián Piñera vowed that Chile will be on the forefront of what he called “the current of history” in the technology revolution.\n"
          "“We want Chile to be the leading figure, a pioneer and, I hope, a capital for the processing, storage and transmission of data,” Piñera said.\n"
          "“We have many reasons to want to be a pioneer and we have the foundations to become one. The fourth industrial revolution is knocking at our door,” he added.\n"
          "Edgardo Frias, Google’s general manager in Chile, said the improved infrastructure that came from establishing a data centre in Chile helped the company develop its capacity in Artificial Intelligence and machine learning.\n"
          "“This new stage reinforces the promise Google made to the region to ensure that large and small companies, non-profit organizations, students, educators and all users can access key tools in a reliable and rapid way,” Frias said."),
    entities=[("google", "Google", "ORGANIZATION", ["The company", "the U.S. tech giant"], "US technology company"),
              ("officials", "the Chilean officials", "GROUP", ["Chilean officials"], "Chilean government officials"),
              ("pinera", "Sebastián Piñera", "PERSON",
               ["Piñera", "Chile’s President Sebastián Piñera", "President Sebastián Piñera"], "President of Chile"),
              ("frias", "Edgardo Frias", "PERSON", ["Frias", "Edgardo Frias, Google’s general manager in Chile"],
               "Google's general manager in Chile")],
    mentions=[("m1", ("Google", "Google expands"), "google"),
              ("m2", ("Google", "SANTIAGO – Google"), "google"),
              ("m3", "the U.S. tech giant", "google"),
              ("m4", "the Chilean officials", "officials"),
              ("m5", "Chile’s President Sebastián Piñera", "pinera"),
              ("m6", ("Google", "Google said the new"), "google"),
              ("m7", ("The company", "The company first"), "google"),
              ("m8", ("Google", "region, Google said"), "google"),
              ("m9", ("President Sebastián Piñera", "At the event, President"), "pinera"),
              ("m10", ("he", "what he called"), "pinera"),
              ("m11", ("Piñera", "Piñera said."), "pinera"),
              ("m12", ("he", "he added"), "pinera"),
              ("m13", "Edgardo Frias, Google’s general manager in Chile", "frias"),
              ("m14", ("the company", "the company develop"), "google"),
              ("m15", ("Google", "promise Google made"), "google"),
              ("m16", ("Frias", "Frias said."), "frias")],
    attributions=[("a1", "INDIRECT", "m4", ("announced", "officials announced"),
                   "Google will invest US$140 million to expand the U.S. tech giant’s sole data centre in Latin America", None),
                  ("a2", "MIXED", "m5", "hailed",
                   "proof of the country’s enthusiastic participation in “the fourth industrial revolution”", None),
                  ("a3", "INDIRECT", "m6", ("said", "Google said the new"),
                   seg(T, "the new investment will triple", "120 new permanent jobs"), None),
                  ("a4", "INDIRECT", "m7", ("announced", "first announced"), "data centre construction plans Chile", None),
                  ("a5", "INDIRECT", "m8", ("said", "region, Google said"),
                   "Since January of 2017, the data centre has operated entirely on solar power from Chile’s Atacama region", None),
                  ("a6", "MIXED", "m9", "vowed",
                   "Chile will be on the forefront of what he called “the current of history” in the technology revolution", None),
                  ("a7", "DIRECT", "m10", "called", "the current of history", "a6"),
                  ("a8", "DIRECT", "m11", ("said", "Piñera said."), seg(T, "We want Chile to be", "transmission of data,"), None),
                  ("a9", "DIRECT", "m12", "added", seg(T, "We have many reasons", "knocking at our door,"), None),
                  ("a10", "INDIRECT", "m13", ("said", "Chile, said the improved"),
                   seg(T, "the improved infrastructure that came", "and machine learning"), None),
                  ("a11", "DIRECT", "m16", ("said", "Frias said."), seg(T, "This new stage reinforces", "reliable and rapid way,"), None),
                  ("a12", "INDIRECT", "m15", "promise", seg(T, "to ensure that large and small", "reliable and rapid way"), "a11")])

# ---------------------------------------------------------------------------------------
doc("indiaenvironmentportal-laht-asuncion-floods-comueda",
    url="https://www.indiaenvironmentportal.org.in/news-clippings/floods-affect-nearly-30000-people-in-paraguays-capital",
    outlet="India Environment Portal (Latin American Herald Tribune)", country="India", topic="local", cut=False,
    published="2015-06-14",
    text=(T := "Floods Affect Nearly 30,000 People in Paraguay’s Capital\n"
          "ASUNCION – Nearly 6,000 families, or about 30,000 people, have been affected by the flooding in Asuncion, Paraguayan emergency management officials said Sunday. The floods were caused by a rise in the level of the Paraguay River, which runs through the capital, the Municipal Emergency and Disaster Council, or Comueda, said. The families affected by the floods are being housed in 66 shelters, where they are being provided with water, electricity and medical care, Comueda director Nidia Lopez told radio station 970. Comueda is also providing building materials, such as wood and zinc sheets, to those who do not want to abandon their homes, Lopez said. Some residents refused to leave their homes because shelters are located far from schools and jobs, the Asuncion emergency management chief said. Some 2,721 families in Bañado Sur, or about 13,600 people, and 3,270 families in Bañado Norte, or some 16,300 people, are being assisted by Comueda, Lopez said. The “bañados” are the riverside neighborhoods, generally extremely poor areas, around Asuncion. These neighborhoods have existed “forever” and their “only owner is the river,” Lopez said, referring to the periodic flooding in these areas caused by the rise of the Paraguay River’s level. The 2014 floods forced 85,000 people from their homes in the capital and affected about 200,000 people across Paraguay."),
    entities=[("officials", "Paraguayan emergency management officials", "GROUP", [], "Paraguayan emergency management officials"),
              ("comueda", "Municipal Emergency and Disaster Council", "ORGANIZATION",
               ["Comueda", "the Municipal Emergency and Disaster Council, or Comueda"],
               "Asuncion's Municipal Emergency and Disaster Council"),
              ("lopez", "Nidia Lopez", "PERSON",
               ["Lopez", "Comueda director Nidia Lopez", "the Asuncion emergency management chief"], "director of Comueda")],
    mentions=[("m1", "Paraguayan emergency management officials", "officials"),
              ("m2", "the Municipal Emergency and Disaster Council, or Comueda", "comueda"),
              ("m3", "Comueda director Nidia Lopez", "lopez"),
              ("m4", ("Comueda", "Comueda is also"), "comueda"),
              ("m5", ("Lopez", "homes, Lopez said"), "lopez"),
              ("m6", "the Asuncion emergency management chief", "lopez"),
              ("m7", ("Comueda", "by Comueda, Lopez"), "comueda"),
              ("m8", ("Lopez", "Comueda, Lopez said"), "lopez"),
              ("m9", ("Lopez", "river,” Lopez said"), "lopez")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "officials said"),
                   "Nearly 6,000 families, or about 30,000 people, have been affected by the flooding in Asuncion", None),
                  ("a2", "INDIRECT", "m2", ("said", "Comueda, said"),
                   "The floods were caused by a rise in the level of the Paraguay River, which runs through the capital", None),
                  ("a3", "INDIRECT", "m3", "told",
                   seg(T, "The families affected by the floods", "electricity and medical care"), None),
                  ("a4", "INDIRECT", "m5", ("said", "homes, Lopez said"),
                   seg(T, "Comueda is also providing", "abandon their homes"), None),
                  ("a5", "INDIRECT", "m6", ("said", "chief said"),
                   "Some residents refused to leave their homes because shelters are located far from schools and jobs", None),
                  ("a6", "INDIRECT", "m8", ("said", "Comueda, Lopez said"),
                   seg(T, "Some 2,721 families", "are being assisted by Comueda"), None),
                  ("a7", "MIXED", "m9", ("said", "river,” Lopez said"),
                   seg(T, "These neighborhoods have existed", "only owner is the river,”"), None)])

write("train_af.jsonl")
