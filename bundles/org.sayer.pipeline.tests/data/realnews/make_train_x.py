#!/usr/bin/env python3
"""Writes train_x.jsonl: real-news gold, split train-x (see gold.py). Run: python3 make_train_x.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("cphpost-agriculture-package-poulsen-hansen",
    url="https://cphpost.dk/2016-02-25/news/danish-parliament-votes-through-controversial-agriculture-package/",
    outlet="The Copenhagen Post", country="Denmark", topic="politics", cut=False,
    published="2016-02-25",
    text=(T := "Danish Parliament approves controversial agriculture package\n"
          "Despite criticism and threats, the Konservative party support the proposal\n"
          "A majority in the Danish Parliament has today voted in favour of the new, controversial agriculture package that has caused a lot of problems for the Venstre government.\n"
          "Despite criticism and distrust of the environment and food minister, Eva Kjer Hansen, the Konservative party voted for the package along with the rest of the blue bloc.\n"
          "Misrepresenting the facts\n"
          "Søren Pape Poulsen, the head of Konservative, has accused Hansen of giving the public false information.\n"
          "“We can conclude the minister has not given a true image of the consequences of the package,” he said.\n"
          "“The minister has not lived up to her responsibility, and despite us letting her know several times, the minister has failed to correct it. Therefore, we no longer have any confidence in the minister.”\n"
          "Yesterday, the prime minister, Lars Løkke Rasmussen, fully backed the environment minister and called for a crisis meeting with Konservative, Dansk Folkeparti and Liberal Alliance."),
    entities=[("poulsen", "Søren Pape Poulsen", "PERSON",
               ["Pape Poulsen", "Poulsen", "Søren Pape Poulsen, the head of Konservative"], "leader of the Konservative party"),
              ("rasmussen", "Lars Løkke Rasmussen", "PERSON",
               ["Rasmussen", "Løkke Rasmussen", "the prime minister", "the prime minister, Lars Løkke Rasmussen"],
               "Prime Minister of Denmark")],
    mentions=[("m1", "Søren Pape Poulsen, the head of Konservative", "poulsen"),
              ("m2", ("he", "he said."), "poulsen"),
              ("m3", "the prime minister, Lars Løkke Rasmussen", "rasmussen")],
    attributions=[("a1", "INDIRECT", "m1", "accused", "Hansen of giving the public false information", None),
                  ("a2", "DIRECT", "m2", ("said", "he said."),
                   "We can conclude the minister has not given a true image of the consequences of the package,", None),
                  ("a3", "DIRECT", "m2", None, seg(T, "The minister has not lived up", "confidence in the minister."), None),
                  ("a4", "INDIRECT", "m3", "backed", "the environment minister", None),
                  ("a5", "INDIRECT", "m3", "called for",
                   "a crisis meeting with Konservative, Dansk Folkeparti and Liberal Alliance", None)])

# ---------------------------------------------------------------------------------------
doc("westernsaharawire-regragui-morocco-france-semi-final",
    url="https://westernsaharawire.com/world-cup-semi-final-national-team-showed-beautiful-image-of-moroccan-african-football-coach-regragui/",
    outlet="Western Sahara Wire (MAP)", country="Morocco", topic="sport", cut=False,
    text=(T := "World Cup Semi-Final: National Team Showed Beautiful Image of Moroccan, African Football (Coach Regragui)\n"
          "“The players have given a positive image of Moroccan and African football. They have shown the world the new identity of the African game, through their excellent performance during this World Cup,” Regragui said at a press conference after the defeat of the Moroccan team against France (0-2), Wednesday night in the semi-finals.\n"
          "“HM King Mohammed VI and the Moroccan people are proud of this historic journey of the Moroccan team at the World Cup,” he said, noting that “the national team has forced the respect of all.”\n"
          "After stressing that the Atlas Lions have delivered a great match against the defending world champions, Regragui expressed his regret at not being able to realize the dream of Moroccans and the public that have encouraged the players throughout this competition.\n"
          "“We made too many technical mistakes in the first half. In the second half, we were more skilful, we lost fewer balls, we caused them problems, we created many situations but we were not decisive in the 30 meters”, he added.\n"
          "Regarding the third-place play-off, scheduled for Saturday against Croatia, the national coach said that the Moroccan team will aim for victory, noting that “this game, although difficult, will be an opportunity to bring in new players.”"),
    entities=[("regragui", "Regragui", "PERSON", ["Coach Regragui", "the national coach"], "head coach of Morocco's national football team")],
    mentions=[("m1", "Coach Regragui", "regragui"),
              ("m2", ("Regragui", "Regragui said"), "regragui"),
              ("m3", ("he", "he said, noting"), "regragui"),
              ("m4", ("Regragui", "Regragui expressed"), "regragui"),
              ("m5", ("he", "he added"), "regragui"),
              ("m6", "the national coach", "regragui")],
    attributions=[("a1", "INDIRECT", "m1", None, "National Team Showed Beautiful Image of Moroccan, African Football", None),
                  ("a2", "DIRECT", "m2", ("said", "Regragui said"), seg(T, "The players have given", "this World Cup,"), None),
                  ("a3", "DIRECT", "m3", ("said", "he said, noting"),
                   "HM King Mohammed VI and the Moroccan people are proud of this historic journey of the Moroccan team at the World Cup,", None),
                  ("a4", "DIRECT", "m3", ("noting", "he said, noting"), "the national team has forced the respect of all.", None),
                  ("a5", "INDIRECT", "m4", "stressing",
                   "the Atlas Lions have delivered a great match against the defending world champions", None),
                  ("a6", "INDIRECT", "m4", "expressed his regret",
                   "not being able to realize the dream of Moroccans and the public that have encouraged the players throughout this competition", None),
                  ("a7", "DIRECT", "m5", ("added", "he added"), seg(T, "We made too many technical", "in the 30 meters"), None),
                  ("a8", "INDIRECT", "m6", ("said", "coach said"), "the Moroccan team will aim for victory", None),
                  ("a9", "DIRECT", "m6", ("noting", "victory, noting"),
                   "this game, although difficult, will be an opportunity to bring in new players.", None)])

# ---------------------------------------------------------------------------------------
doc("ansamed-tunisia-vaccine-open-days-mechichi",
    url="https://www.ansamed.info/ansamed/en/news/sections/generalnews/2021/07/21/tunisia-suspends-covid-vaccine-open-days-after-brawls_25552456-a906-4af8-a498-e2318cc227fe.html",
    outlet="ANSAmed", country="Italy", topic="health-science", cut=False,
    published="2021-07-21",
    text=(T := "Tunisia suspends Covid vaccine 'Open Days' after brawls\n"
          "Mechichi fires health minister for 'repeated failures'\n"
          "TUNISI - Tunisia's health ministry late Tuesday evening suspended the second day of COVID vaccinations open to all, scheduled for Wednesday, after brawling and long lines on the first 'Open Day' in the 29 vaccinations centers open in an exceptional manner across the country for the religious holiday of Eid al-Adha.\n"
          "Poor organization led to thousands of people who had been waiting outside the centers being unable to get their vaccine.\n"
          "This latest of a string of failures and malfunctioning in the management of the COVID emergency previously blamed on the ministry led to Prime Minister Hichem Mechichi replacing Health Minister Faouzi Mehdi for an interim period with current Minister for Social Affairs Mohamed Trabelsi.\n"
          "\"There was an extraordinary dysfunction at the head of the ministry. I no longer recognise the department despite it having a large number of scientific and management skills at its disposable. The numerous failures seen in the daily management of the crisis, however, led us to make this decision,\" the prime minister said.\n"
          "According to the latest figures from the ministry, which said that the Open Days will resume soon, Tunisia has recorded 177 deaths from COVID and 6,158 new infections out of 19,533,240 tests conducted: 31.53%.\n"
          "The North African country, the hospitals in which have reached capacity, has recorded 554,911 infections and 17,821 deaths so far.\n"
          "Its vaccination campaign began on March 13 and, despite the efforts of the authorities, is proceeding slowly: almost 2.5 million people have received one dose and 825,410 two doses out of a total of about 12 million inhabitants."),
    entities=[("mechichi", "Hichem Mechichi", "PERSON",
               ["Mechichi", "Prime Minister Hichem Mechichi", "the prime minister"], "Prime Minister of Tunisia"),
              ("ministry", "Tunisia's health ministry", "ORGANIZATION",
               ["the ministry", "health ministry", "the latest figures from the ministry"], "Tunisia's Ministry of Health")],
    mentions=[("m1", ("Mechichi", "Mechichi fires"), "mechichi"),
              ("m2", "Tunisia's health ministry", "ministry"),
              ("m3", ("the ministry", "blamed on the ministry"), "ministry"),
              ("m4", "Prime Minister Hichem Mechichi", "mechichi"),
              ("m5", ("the ministry", "head of the ministry"), "ministry"),
              ("m6", ("the prime minister", "the prime minister said"), "mechichi"),
              ("m7", "the latest figures from the ministry", "ministry")],
    attributions=[("a1", "DIRECT", "m6", ("said", "prime minister said"),
                   seg(T, "There was an extraordinary dysfunction", "make this decision,"), None),
                  ("a2", "INDIRECT", "m7", "According to",
                   "Tunisia has recorded 177 deaths from COVID and 6,158 new infections out of 19,533,240 tests conducted: 31.53%", None),
                  ("a3", "INDIRECT", "m7", ("said", "which said"), "the Open Days will resume soon", None)])

# ---------------------------------------------------------------------------------------
doc("sxmtalks-meyers-garbage-complaints-haulers",
    url="https://www.sxm-talks.com/st-martin-news-network/minister-vromi-says-that-he-has-been-getting-complaint-from-all-districts-on-the-collection-of-garbage/",
    outlet="SXM Talks (SMN News)", country="Sint Maarten", topic="local", cut=True,
    text=(T := "Minister VROMI says that he has been getting complaints from all districts on the collection of garbage.\n"
          "PHILIPSBURG:— Minister of VROMI Angel Meyers clarified with SMN News on Wednesday that he receives complaints from people from all the districts regarding the collection of garbage. He said he got complaints about Cole Bay and other areas and each time he would have his staff contact the haulers and they would then go and clean up the areas. However, he has been getting more complaints from people from parcel 5 and 6 and each time he has to call on the hauler of that area.\n"
          "He said the collection of garbage is not a perfect situation however, he gets the feeling that the hauler for parcel 5 and 6 has political backing and therefore he is not getting the matter under full control and that is one of the reason he is keeping his eyes on that area. He said that he is not interested in who has political backing, all he wants to see is results and further to that he does not have to call a hauler every day for the same problems. The Minister said that the hauler parcel 5 and 6 is lagging behind in his opinion. However, even though he said he will issue penalties on the hauler he is still waiting because he wants to give the contractor the benefit of the doubt.\n"
          "The Minister said that the issue on garbage cannot be an issue for government and the haulers but the community have to also be fully involved, thus is the reason he feels it is necessary to work along with the community councils and CPO’s. He said in order to keep the communities garbage free, will bring about a culture change. “People has to learn how and when to put out their garbage bins and to properly dispose of their garbage.”\n"
          "As for the inspectors he said they have to do more including the CPO’s. Minister Meyers said that the contractors have to find a way to work with the community councils and CPO’s in order to bring the disposal of garbage under control."),
    entities=[("meyers", "Angel Meyers", "PERSON",
               ["Meyers", "Minister Meyers", "Minister VROMI", "Minister of VROMI Angel Meyers", "The Minister"],
               "Sint Maarten's Minister of VROMI (public housing, environment and infrastructure)"),
              ("districts", "people from all the districts", "GROUP", ["all districts"],
               "residents of all districts of Sint Maarten")],
    mentions=[("m1", "Minister VROMI", "meyers"),
              ("m2", "all districts", "districts"),
              ("m3", "Minister of VROMI Angel Meyers", "meyers"),
              ("m4", "people from all the districts", "districts"),
              ("m5", ("He", "He said he got"), "meyers"),
              ("m6", ("He", "He said the collection"), "meyers"),
              ("m7", ("He", "He said that he is not"), "meyers"),
              ("m8", ("The Minister", "The Minister said that the hauler"), "meyers"),
              ("m9", ("he", "he said he will"), "meyers"),
              ("m10", ("The Minister", "The Minister said that the issue"), "meyers"),
              ("m11", ("He", "He said in order"), "meyers"),
              ("m12", ("he", "he said they have"), "meyers"),
              ("m13", "Minister Meyers", "meyers")],
    attributions=[("a1", "INDIRECT", "m1", "says",
                   "he has been getting complaints from all districts on the collection of garbage", None),
                  ("a2", "INDIRECT", "m2", ("complaints", "complaints from all districts"),
                   ("the collection of garbage", "on the collection of garbage."), "a1"),
                  ("a3", "INDIRECT", "m3", "clarified",
                   "he receives complaints from people from all the districts regarding the collection of garbage", None),
                  ("a4", "INDIRECT", "m4", ("complaints", "complaints from people from all"),
                   ("the collection of garbage", "regarding the collection of garbage"), "a3"),
                  ("a5", "INDIRECT", "m5", ("said", "He said he got"), seg(T, "he got complaints about Cole Bay", "clean up the areas"), None),
                  ("a6", "INDIRECT", None, ("complaints", "complaints about Cole Bay"), "Cole Bay and other areas", "a5"),
                  ("a7", "INDIRECT", "m6", ("said", "He said the collection"),
                   seg(T, "the collection of garbage is not a perfect", "his eyes on that area"), None),
                  ("a8", "INDIRECT", "m7", ("said", "He said that he is not"),
                   seg(T, "he is not interested in who", "for the same problems"), None),
                  ("a9", "INDIRECT", "m8", ("said", "The Minister said that the hauler"),
                   "the hauler parcel 5 and 6 is lagging behind in his opinion", None),
                  ("a10", "INDIRECT", "m9", ("said", "he said he will"), "he will issue penalties on the hauler", None),
                  ("a11", "INDIRECT", "m10", ("said", "The Minister said that the issue"),
                   seg(T, "the issue on garbage cannot be", "community councils and CPO’s"), None),
                  ("a12", "INDIRECT", "m11", ("said", "He said in order"),
                   "in order to keep the communities garbage free, will bring about a culture change", None),
                  ("a13", "DIRECT", "m11", None, seg(T, "People has to learn", "dispose of their garbage."), None),
                  ("a14", "INDIRECT", "m12", ("said", "he said they have"), "they have to do more including the CPO’s", None),
                  ("a15", "INDIRECT", "m13", ("said", "Meyers said"),
                   seg(T, "the contractors have to find a way", "of garbage under control"), None)])

# ---------------------------------------------------------------------------------------
doc("stabroeknews-ecuador-metastasis-judges-detained",
    url="https://www.stabroeknews.com/2024/03/05/news/regional/ecuador-detains-12-people-including-judges-in-organized-crime-investigation/",
    outlet="Stabroek News (Reuters)", country="Guyana", topic="courts-crime", cut=False,
    published="2024-03-05",
    text=(T := "Ecuador detains 12 people, including judges, in organized crime investigation\n"
          "QUITO,  (Reuters) – Ecuador’s attorney general’s office said yesterday 12 more people, including judges, have been detained in a sprawling organized crime investigation in Guayas province.\n"
          "The arrests are part of the so-called “Metastasis” investigation, which already saw judicial staffers and others detained in December.\n"
          "Ecuador is facing a huge spikes in violence which authorities blame on drug trafficking gangs. President Daniel Noboa, who took office in November, has declared 22 gangs terrorist groups and said the country is at war.\n"
          "The case is “a demonstration of how corruption is generated from the high spheres of legislative politics, putting the administration of justice in one of the most influential provinces of the country at their disposition and obviously at the disposition of drug traffickers,” Attorney General Diana Salazar said in a video.\n"
          "Among those arrested was Maria Fabiola G. R., the former president of Guayas’ court of justice, the prosecutor’s office said in a series of posts on social media early yesterday.\n"
          "The office does not typically release full names of those arrested or charged.\n"
          "A former politician, his wife and at least six other judges were also arrested, and the office and home of the current head of the provincial justice court were searched, the attorney general’s office said.\n"
          "Among those detained in December were the head of the country’s judicial regulator and homes belonging to judges, prosecutors and police officers were raided.\n"
          "Salazar has said the investigation started after the 2022 prison murder of accused money launderer Leandro Norero."),
    entities=[("ago", "Ecuador’s attorney general’s office", "ORGANIZATION",
               ["the attorney general’s office", "the prosecutor’s office", "The office"],
               "Ecuador's attorney general's (prosecutor's) office"),
              ("authorities", "authorities", "GROUP", [], "Ecuadorean authorities"),
              ("noboa", "Daniel Noboa", "PERSON", ["Noboa", "President Daniel Noboa"], "President of Ecuador"),
              ("salazar", "Diana Salazar", "PERSON", ["Salazar", "Attorney General Diana Salazar"], "Attorney General of Ecuador")],
    mentions=[("m1", "Ecuador’s attorney general’s office", "ago"),
              ("m2", ("authorities", "which authorities blame"), "authorities"),
              ("m3", "President Daniel Noboa", "noboa"),
              ("m4", "Attorney General Diana Salazar", "salazar"),
              ("m5", "the prosecutor’s office", "ago"),
              ("m6", ("The office", "The office does"), "ago"),
              ("m7", ("the attorney general’s office", "the attorney general’s office said."), "ago"),
              ("m8", ("Salazar", "Salazar has said"), "salazar")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "office said yesterday"),
                   "12 more people, including judges, have been detained in a sprawling organized crime investigation in Guayas province", None),
                  ("a2", "INDIRECT", "m2", "blame", "drug trafficking gangs", None),
                  ("a3", "INDIRECT", "m3", ("said", "and said the country"), "the country is at war", None),
                  ("a4", "MIXED", "m4", ("said", "Salazar said in a video"),
                   seg(T, "The case is “a demonstration", "drug traffickers,”"), None),
                  ("a5", "INDIRECT", "m5", ("said", "prosecutor’s office said"),
                   "Among those arrested was Maria Fabiola G. R., the former president of Guayas’ court of justice", None),
                  ("a6", "INDIRECT", "m7", ("said", "the attorney general’s office said."),
                   seg(T, "A former politician, his wife", "justice court were searched"), None),
                  ("a7", "INDIRECT", "m8", ("said", "Salazar has said"),
                   "the investigation started after the 2022 prison murder of accused money launderer Leandro Norero", None)])

# ---------------------------------------------------------------------------------------
doc("hoylosangeles-panama-canal-vasquez-administrator",
    url="https://www.hoylosangeles.com/efe-3899413-15136259-20190215-story.html",
    outlet="Hoy Los Angeles (EFE)", country="US", topic="business", cut=True,
    published="2019-02-15",
    text=(T := "Panama Canal names new chief administrator\n"
          "The Panama Canal Authority (ACP) on Friday selected a new chief administrator for the inter-oceanic waterway for the 2019-2026 period.\n"
          "Former Finance Minister Ricaurte “Catin” Vasquez was named to replace Jorge Luis Quijano, who presided over a multi-billion-dollar project to expand the canal.\n"
          "“The board of directors unanimously decided to name Dr. ‘Catin’ Vasquez as the next administrator,” said the board’s chairman and minister for canal affairs, Roberto Roy, who predicted a smooth transition process.\n"
          "In his first remarks since his selection, Vasquez said his top priorities would include ensuring the canal’s competitiveness and protecting its water supply, which is vital for its operation.\n"
          "The newly appointed administrator has an extensive track record and “the proven leadership to guide the Panama Canal in its mission to be a global connectivity leader,” the chairman of the 11-member board of directors said.\n"
          "Vasquez, who occupied several leadership positions in the ACP in the 1990s and was economy and finance minister in President Martin Torrijos’ 2004-2009 administration, will become chief administrator when Quijano’s tenure expires on Sept. 4.\n"
          "Vazquez has more than 30 years of experience in the public and private sectors, particularly in the areas of financial management, international capital markets and financial consulting.\n"
          "He was minister for canal affairs and chairman of the PCA’s board of directors from 2004 to 2006, deputy canal administrator from 2000 to 2004 and the waterway’s chief financial officer from 1996 to 2000, the ACP said.\n"
          "Roy also announced Friday that Ilya Espino de Marotta, an engineer who led the canal expansion project, has been named deputy administrator. She will become the first woman to hold that senior position.\n"
          "Roughly 6 percent of world trade crosses through the canal via more than 140 sea routes linking 1,700 ports in 160 different countries."),
    entities=[("acp", "The Panama Canal Authority (ACP)", "ORGANIZATION", ["ACP", "the ACP", "Panama Canal Authority"],
               "authority operating the Panama Canal"),
              ("vasquez", "Ricaurte “Catin” Vasquez", "PERSON",
               ["Vasquez", "Vazquez", "Catin", "Former Finance Minister Ricaurte “Catin” Vasquez", "Dr. ‘Catin’ Vasquez",
                "The newly appointed administrator"], "new Panama Canal administrator"),
              ("roy", "Roberto Roy", "PERSON",
               ["Roy", "the board’s chairman and minister for canal affairs, Roberto Roy",
                "the chairman of the 11-member board of directors"],
               "chairman of the ACP board and Panama's minister for canal affairs")],
    mentions=[("m1", "The Panama Canal Authority (ACP)", "acp"),
              ("m2", "Former Finance Minister Ricaurte “Catin” Vasquez", "vasquez"),
              ("m3", "Dr. ‘Catin’ Vasquez", "vasquez"),
              ("m4", "the board’s chairman and minister for canal affairs, Roberto Roy", "roy"),
              ("m5", ("Vasquez", "Vasquez said"), "vasquez"),
              ("m6", "The newly appointed administrator", "vasquez"),
              ("m7", "the chairman of the 11-member board of directors", "roy"),
              ("m8", ("Vasquez", "Vasquez, who occupied"), "vasquez"),
              ("m9", ("the ACP", "the ACP in the 1990s"), "acp"),
              ("m10", "Vazquez", "vasquez"),
              ("m11", ("the ACP", "the ACP said"), "acp"),
              ("m12", ("Roy", "Roy also announced"), "roy")],
    attributions=[("a1", "DIRECT", "m4", ("said", "administrator,” said"),
                   "The board of directors unanimously decided to name Dr. ‘Catin’ Vasquez as the next administrator,", None),
                  ("a2", "INDIRECT", "m4", "predicted", "a smooth transition process", None),
                  ("a3", "INDIRECT", "m5", ("said", "Vasquez said"),
                   seg(T, "his top priorities would include", "vital for its operation"), None),
                  ("a4", "MIXED", "m7", ("said", "board of directors said"),
                   seg(T, "The newly appointed administrator has", "connectivity leader,”"), None),
                  ("a5", "INDIRECT", "m11", ("said", "the ACP said"), seg(T, "He was minister for canal affairs", "from 1996 to 2000"), None),
                  ("a6", "INDIRECT", "m12", ("announced", "Roy also announced"),
                   "Ilya Espino de Marotta, an engineer who led the canal expansion project, has been named deputy administrator", None)])

# ---------------------------------------------------------------------------------------
doc("radarafrica-senegal-tiktok-suspended",
    url="https://radarafrica.com/africa/tik-tok-suspended-in-senegal-for-threatening-stability/",
    outlet="Radar Africa", country="unknown", topic="technology", cut=False,
    text=(T := "Tik Tok suspended in Senegal for threatening stability\n"
          "Senegal’s communications minister announced on Wednesday that the country has suspended access to the social media app TikTok until further notice, the decision comes shortly after the government restricted the use of mobile internet amid opposition protests.\n"
          "“The minister… informs the public that it has been observed that the TikTok application is the social network favoured by people with bad intentions to spread hateful and subversive messages threatening the stability of the country,” the minister’s statement said.\n"
          "Since Monday, the West African country has also limited access to internet services, citing a similar justification.\n"
          "The restrictions were imposed following the charging of opposition leader Ousmane Sonko with plotting an insurrection, criminal conspiracy, and other offenses.\n"
          "Throughout the year, Senegal has witnessed sporadic violent protests, with opposition supporters accusing President Macky Sall of levying charges against Sonko to disqualify him from the next election."),
    entities=[("minister", "Senegal’s communications minister", "PERSON",
               ["The minister", "communications minister", "the minister’s statement"],
               "Senegal's Minister of Communication, Telecommunications and the Digital Economy"),
              ("senegal", "Senegal", "GPE", ["the West African country", "the country"], "Senegal (its government)"),
              ("supporters", "opposition supporters", "GROUP", [], "supporters of the Senegalese opposition")],
    mentions=[("m1", ("Senegal", "Senegal for"), "senegal"),
              ("m2", "Senegal’s communications minister", "minister"),
              ("m3", ("the country", "the country has suspended"), "senegal"),
              ("m4", ("The minister", "The minister…"), "minister"),
              ("m5", "the minister’s statement", "minister"),
              ("m6", "the West African country", "senegal"),
              ("m7", ("Senegal", "Senegal has witnessed"), "senegal"),
              ("m8", "opposition supporters", "supporters")],
    attributions=[("a1", "INDIRECT", "m2", "announced",
                   "the country has suspended access to the social media app TikTok until further notice", None),
                  ("a2", "DIRECT", "m5", ("said", "statement said"), seg(T, "The minister… informs", "stability of the country,"), None),
                  ("a3", "INDIRECT", "m4", "informs", seg(T, "it has been observed that", "stability of the country"), "a2"),
                  ("a4", "INDIRECT", None, "observed", seg(T, "the TikTok application is", "stability of the country"), "a3"),
                  ("a5", "INDIRECT", "m6", "citing", "a similar justification", None),
                  ("a6", "INDIRECT", "m8", "accusing",
                   "President Macky Sall of levying charges against Sonko to disqualify him from the next election", None)])

write("train_x.jsonl")
