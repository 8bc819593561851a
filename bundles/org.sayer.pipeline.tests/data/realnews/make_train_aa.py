#!/usr/bin/env python3
"""Writes train_aa.jsonl: real-news gold, split train-aa (see gold.py). Run: python3 make_train_aa.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("aps-algeria-covid-stable-benbouzid",
    url="https://www.aps.dz/en/algeria/33906-evolution-of-covid-19-pandemic-remains-stable-in-algeria",
    outlet="Algeria Press Service (APS)", country="Algeria", topic="health-science", cut=True,
    published="2020-04-14",
    text=(T := "Evolution of Covid-19 pandemic remains \"stable\" in Algeria\n"
          "ALGIERS - The evolution of the Coronavirus (Covid-19) pandemic in Algeria is \"stable,\" said Tuesday Minister of Health, Population and Hospital Reform, Abderrahmane Benbouzid, ensuring the absence of any \"alert\" imposing a total lockdown for the capital.\n"
          "\"Thanks to the use of chloroquine and people’s awareness, the evolution of the coronavirus pandemic is stable in Algeria. We are optimistic and at the moment we are no longer in the situation we were in at the beginning. Our hospitals are no longer overcrowded and we are getting better every day,\" the minister said on Channel 3 of the National Radio.\n"
          "\"Patients who have been subjected to the chloroquine treatment protocol can now leave the hospital \"after 5 days (instead of 10) and continue their treatment at home,\" adding that \"2679 patients are being treated under this protocol, while of the 1983 confirmed cases, 601 have been cured.\"\n"
          "In addition to this curative protocol, the minister was keen to greet people’s \"awareness\" about this virus, while asking them to wear masks.\n"
          "In addition to the 11 million existing units, \"a batch of 50 million masks will soon be received, this latter will be intended in particular for hospitals and pharmacies,\" said Benbouzid.\n"
          "\"Thousands of respirators are available, while only 100 patients currently require this type of equipment,\" he added.\n"
          "Questioned on the possibility of a total lockdown in Algiers as is the case in the province of Blida, Benbouzid said that \"there is no alert justifying this measure for the moment, but if the situation were to flare up a total confinment might be imposed. \""),
    entities=[("benbouzid", "Abderrahmane Benbouzid", "PERSON",
               ["Benbouzid", "the minister",
                "Minister of Health, Population and Hospital Reform, Abderrahmane Benbouzid"],
               "Algeria's Minister of Health, Population and Hospital Reform")],
    mentions=[("m1", "Minister of Health, Population and Hospital Reform, Abderrahmane Benbouzid", "benbouzid"),
              ("m2", ("the minister", "the minister said on Channel"), "benbouzid"),
              ("m3", ("the minister", "the minister was keen"), "benbouzid"),
              ("m4", ("Benbouzid", "said Benbouzid."), "benbouzid"),
              ("m5", ("he", "he added"), "benbouzid"),
              ("m6", ("Benbouzid", "Benbouzid said that"), "benbouzid")],
    attributions=[("a1", "MIXED", "m1", ("said", "said Tuesday"),
                   "The evolution of the Coronavirus (Covid-19) pandemic in Algeria is \"stable,\"", None),
                  ("a2", "MIXED", "m1", "ensuring",
                   "the absence of any \"alert\" imposing a total lockdown for the capital", None),
                  ("a3", "DIRECT", "m2", ("said", "the minister said on Channel"),
                   seg(T, "Thanks to the use of chloroquine", "getting better every day,"), None),
                  ("a4", "DIRECT", "m2", None,
                   seg(T, "Patients who have been subjected", "their treatment at home,"), None),
                  ("a5", "DIRECT", "m2", "adding",
                   "2679 patients are being treated under this protocol, while of the 1983 confirmed cases, 601 have been cured.", None),
                  ("a6", "MIXED", "m3", "greet", "people’s \"awareness\" about this virus", None),
                  ("a7", "INDIRECT", "m3", "asking", "to wear masks", None),
                  ("a8", "MIXED", "m4", ("said", "said Benbouzid."),
                   seg(T, "In addition to the 11 million existing units", "hospitals and pharmacies,\""), None),
                  ("a9", "DIRECT", "m5", ("added", "he added"),
                   "Thousands of respirators are available, while only 100 patients currently require this type of equipment,", None),
                  ("a10", "MIXED", "m6", ("said", "Benbouzid said that"),
                   seg(T, "\"there is no alert justifying", "might be imposed. \""), None)])

# ---------------------------------------------------------------------------------------
doc("al24news-algeria-digital-connectivity-bibi-triki",
    url="https://al24news.dz/en/algeria-advances-digital-transformation-with-ambitious-connectivity-goals",
    outlet="AL24 News", country="Algeria", topic="technology", cut=True,
    text=(T := "Algeria Advances Digital Transformation with Ambitious Connectivity Goals\n"
          "ALGIERS – The Algerian Minister of Post and Telecommunications, Karim Bibi Triki, affirmed that Algeria has mobilised exceptional resources to generalise the use of modern technologies of communication and digitization, with the firm ambition to reach prestigious levels.\n"
          "During the opening of the works of a regional workshop of the International Telecommunication Union (ITU), themed “Towards Inclusive and Targeted Connectivity in the Arab Region,” Bibi Triki said that Algeria, which is hosting “this significant event, possesses several assets enabling it to reach the highest ranks at the national and regional levels.”\n"
          "He added that “Algeria has benefitted from the political will of the country’s highest authorities, led by the President of the Republic, Abdelmadjid Tebboune, who has made the generalization of modern communication technologies and the digitization of government services, one of the important lines of his ambitious program for the economic revival of Algeria.”\n"
          "Algeria has mobilized “exceptional human resources, with a firm determination to reach prestigious levels in all areas,” emphasized the minister.\n"
          "After hailing “a generation of young people imbued with national values, seeking to assert themselves and demonstrate their skills in all fields, through start-ups and medium and large enterprises,” the minister said that these companies “have adopted the digitization process and have perfectly integrated it in service of their strategies.”\n"
          "In this regard, he noted that the progress made by Algeria in the field of fibre optic network connections, as well as the widespread access to fixed and mobile internet for households, individuals and businesses, constitute “a proof of this orientation that we support.”"),
    entities=[("bibitriki", "Karim Bibi Triki", "PERSON",
               ["Bibi Triki", "the minister",
                "The Algerian Minister of Post and Telecommunications, Karim Bibi Triki"],
               "Algeria's Minister of Post and Telecommunications")],
    mentions=[("m1", "The Algerian Minister of Post and Telecommunications, Karim Bibi Triki", "bibitriki"),
              ("m2", ("Bibi Triki", "Bibi Triki said"), "bibitriki"),
              ("m3", ("He", "He added"), "bibitriki"),
              ("m4", ("the minister", "emphasized the minister"), "bibitriki"),
              ("m5", ("the minister", "the minister said that these"), "bibitriki"),
              ("m6", ("he", "he noted"), "bibitriki")],
    attributions=[("a1", "INDIRECT", "m1", "affirmed",
                   seg(T, "Algeria has mobilised exceptional resources", "reach prestigious levels"), None),
                  ("a2", "MIXED", "m2", ("said", "Bibi Triki said"),
                   seg(T, "Algeria, which is hosting", "national and regional levels.”"), None),
                  ("a3", "DIRECT", "m3", ("added", "He added"),
                   seg(T, "Algeria has benefitted", "economic revival of Algeria."), None),
                  ("a4", "MIXED", "m4", "emphasized",
                   seg(T, "Algeria has mobilized “exceptional", "levels in all areas,”"), None),
                  ("a5", "DIRECT", "m5", "hailing",
                   seg(T, "a generation of young people", "medium and large enterprises,"), None),
                  ("a6", "MIXED", "m5", ("said", "the minister said that these"),
                   seg(T, "these companies “have adopted", "service of their strategies.”"), None),
                  ("a7", "MIXED", "m6", ("noted", "he noted"),
                   seg(T, "the progress made by Algeria", "orientation that we support.”"), None)])

# ---------------------------------------------------------------------------------------
doc("dzairsport-faf-condemns-petkovic-resignation-rumour",
    url="https://www.dzairsport.net/after-promoting-petkovics-resignation-the-algerian-federation-condemns-and-threatens/",
    outlet="DzairSport", country="Algeria", topic="sport", cut=True,
    text=(T := "After promoting Petkovic’s resignation, the Algerian Federation condemns and threatens\n"
          "The Algerian Football Federation condemned the… Official statement The news was promoted by activists on social media, stating that Swiss coach Vladimir Petkovic, the first team coach, had resigned from his position.\n"
          "A fake statement was published by an activist on social media this evening, through an account bearing the same name as the account of the President of the Algerian Football Federation, Walid Sadi, and the document was widely circulated by activists, in a move that the federation considered a blow to its stability.\n"
          "There was no news of a bad relationship or misunderstanding between Algerian Football Federation officials and coach Petkovic, especially since the latter led the camp. Desert warriors The latter, and things went well, while he is currently focusing on preparing the next camp, scheduled for next September.\n"
          "The Algerian Federation condemns the publication of the news of Petkovic’s resignation\n"
          "The Algerian Football Federation condemns the unfortunate defamation campaign directed against the national team, whose owners use fake accounts on social media networks to carry out their tendentious propaganda for hidden purposes,” said the “FAF” statement, which was published on the official website.\n"
          "The statement continued: “At a time when the national team began to gradually regain its stability and performance, it seems that this did not please some circles known for their irresponsible behavior and attempts to destabilize the situation. The Algerian Football Federation confirms to fans and supporters of the national team that the technical staff led by national coach Vladimir Petkovic enjoys the confidence of the federation.” “And will continue to support him until the set goals are achieved.”"),
    entities=[("faf", "Algerian Football Federation", "ORGANIZATION",
               ["The Algerian Football Federation", "the Algerian Federation", "the federation", "FAF"],
               "Algeria's football federation"),
              ("activists", "activists", "GROUP", [], "social-media activists who spread the resignation story"),
              ("statement", "the statement", "ORGANIZATION", [], "the FAF's official statement")],
    mentions=[("m1", ("the Algerian Federation", "the Algerian Federation condemns and"), "faf"),
              ("m2", ("The Algerian Football Federation", "The Algerian Football Federation condemned"), "faf"),
              ("m3", ("activists", "activists on social media, stating"), "activists"),
              ("m4", ("activists", "circulated by activists"), "activists"),
              ("m5", ("the federation", "the federation considered"), "faf"),
              ("m6", ("The Algerian Federation", "The Algerian Federation condemns the publication"), "faf"),
              ("m7", ("The Algerian Football Federation", "The Algerian Football Federation condemns the unfortunate"), "faf"),
              ("m8", "the “FAF” statement", "faf"),
              ("m9", ("The statement", "The statement continued"), "statement"),
              ("m10", ("The Algerian Football Federation", "The Algerian Football Federation confirms"), "faf"),
              ("m11", ("the federation", "confidence of the federation"), "faf")],
    attributions=[("a1", "INDIRECT", "m3", "stating",
                   "Swiss coach Vladimir Petkovic, the first team coach, had resigned from his position", None),
                  ("a2", "INDIRECT", "m5", "considered", "a blow to its stability", None),
                  ("a3", "INDIRECT", "m6", ("condemns", "Federation condemns the publication"),
                   "the publication of the news of Petkovic’s resignation", None),
                  ("a4", "INDIRECT", "m8", ("said", "said the “FAF”"),
                   seg(T, "The Algerian Football Federation condemns the unfortunate", "for hidden purposes"), None),
                  ("a5", "INDIRECT", "m7", ("condemns", "Federation condemns the unfortunate"),
                   seg(T, "the unfortunate defamation campaign", "for hidden purposes"), "a4"),
                  ("a6", "DIRECT", "m9", "continued",
                   seg(T, "At a time when the national team", "the confidence of the federation."), None),
                  ("a7", "INDIRECT", "m10", "confirms",
                   "the technical staff led by national coach Vladimir Petkovic enjoys the confidence of the federation", "a6"),
                  ("a8", "DIRECT", "m9", None, "And will continue to support him until the set goals are achieved.", None)])

# ---------------------------------------------------------------------------------------
doc("beninwebtv-agbenonci-nigeria-border-incidents",
    url="https://beninwebtv.com/en/2019/11/ita-egbebi-incident-agbenoncis-anger-at-the-nigerian-ambassador-to-benin/",
    outlet="Benin Web TV", country="Benin", topic="politics", cut=False,
    text=(T := "Benin: Aurélien Agbénonci's assurances on the reopening of borders\n"
          "In some border areas between Benin and Nigeria, incidents were recorded at the end of this week. According to reports, some Nigerians broke into shops owned by Beninese people to seize bags of rice. In response to this situation, Minister Aurelien Agbénonci summoned the Nigerian Ambassador to Benin on Saturday, 16th November, to tell him the four truths.\n"
          "The head of Benin’s diplomacy does not agree with the event in some ereas of Nigerians border. He expressed his anger at the Nigerian Ambassador to Benin. In fact, informed about the situation, Aurelien Agbénonci convened Ambassador Emmanuel Kayode Oguntuase to his office for an exchange session.\n"
          "Aurelien Agbénonci expressed the outrage of the Beninese government and called on the Nigerian authorities to take steps to ensure that the perpetrators of these acts are punished. “Strong protest by the Minister of Foreign Affairs and Cooperation, Mr. Aurelien AGBENONCI, following unacceptable incidents in Benin’s Nigerian border regions on Beninese territory”, according to the report published on the official page of the Ministry of Foreign Affairs."),
    entities=[("agbenonci", "Aurelien Agbénonci", "PERSON",
               ["Aurélien Agbénonci", "Agbénonci", "Minister Aurelien Agbénonci", "Mr. Aurelien AGBENONCI",
                "The head of Benin’s diplomacy"],
               "Benin's Minister of Foreign Affairs and Cooperation"),
              ("reports", "reports", "GROUP", [], "unspecified reports of the border incidents"),
              ("ministry", "the Ministry of Foreign Affairs", "ORGANIZATION", [],
               "Benin's Ministry of Foreign Affairs and Cooperation")],
    mentions=[("m1", ("Aurélien Agbénonci", "Aurélien Agbénonci's"), "agbenonci"),
              ("m2", ("reports", "According to reports"), "reports"),
              ("m3", "Minister Aurelien Agbénonci", "agbenonci"),
              ("m4", "The head of Benin’s diplomacy", "agbenonci"),
              ("m5", ("He", "He expressed his anger"), "agbenonci"),
              ("m6", ("Aurelien Agbénonci", "situation, Aurelien Agbénonci"), "agbenonci"),
              ("m7", ("Aurelien Agbénonci", "Aurelien Agbénonci expressed the outrage"), "agbenonci"),
              ("m8", "the Minister of Foreign Affairs and Cooperation, Mr. Aurelien AGBENONCI", "agbenonci"),
              ("m9", "the report published on the official page of the Ministry of Foreign Affairs", "ministry")],
    attributions=[("a1", "INDIRECT", "m1", "assurances", "the reopening of borders", None),
                  ("a2", "INDIRECT", "m2", ("According to", "According to reports"),
                   "some Nigerians broke into shops owned by Beninese people to seize bags of rice", None),
                  ("a3", "INDIRECT", "m5", "expressed his anger",
                   ("the Nigerian Ambassador to Benin", "anger at the Nigerian Ambassador"), None),
                  ("a4", "INDIRECT", "m7", ("expressed", "expressed the outrage"), "the outrage of the Beninese government", None),
                  ("a5", "INDIRECT", "m7", "called on",
                   "the Nigerian authorities to take steps to ensure that the perpetrators of these acts are punished", None),
                  ("a6", "DIRECT", "m9", ("according to", "according to the report"),
                   seg(T, "Strong protest by the Minister", "border regions on Beninese territory"), None)])

# ---------------------------------------------------------------------------------------
doc("drcnewstoday-prosecutor-nsimba-okende-allegations",
    url="https://drcnewstoday.com/serious-accusations-public-prosecutor-stresses-gravity-of-modero-nsimbas-allegations-against-the-tshisekedi-brothers-general-ndaywel-in-okende-assassination/",
    outlet="DRC News Today", country="DR Congo", topic="courts-crime", cut=True,
    text=(T := "SERIOUS ACCUSATIONS: Public Prosecutor Stresses Gravity of Modero Nsimba’s Allegations Against the Tshisekedi Brothers & General Ndaywel in Okende Assassination\n"
          "The DR Congo’s public prosecution department has warned former Tourism Minister Modero Nsimba of the seriousness of the allegations he is said to have made against President Fèlix Tshisekedi’s brothers Christian and Jacques, as well as Head of Military Intelligence, General Christian Ndaywel in the assassination of Chérubin Okende.\n"
          "Modero Nsimba has been charged with spreading falsehoods in an audio that went viral on social media in which he has been heard mentioning both Christian and Jacques Tshisekedi as well as General Ndaywel as the main masterminds behind the killing of Okende, a former Minister of Transport and spokesperson of the opposition Ensemble Pour la Republique party.\n"
          "Although he admits the the voice heard in the audio is his, Nsimba denies to be the author of the comments made in the audio.\n"
          "During the hearing held on Friday, March 22 at the Court of Cassation, the public prosecutor stressed that the assertions made by the accused are serious as it concerns the death of a former minister and national deputy without him having any solid proof."),
    entities=[("prosecutor", "the public prosecutor", "PERSON", ["Public Prosecutor"],
               "public prosecutor at the Court of Cassation"),
              ("department", "The DR Congo’s public prosecution department", "ORGANIZATION",
               ["public prosecution department"], "DR Congo's public prosecution department"),
              ("nsimba", "Modero Nsimba", "PERSON",
               ["Nsimba", "former Tourism Minister Modero Nsimba", "the accused"],
               "former DR Congo Tourism Minister, accused of spreading falsehoods")],
    mentions=[("m1", ("Public Prosecutor", "Public Prosecutor Stresses"), "prosecutor"),
              ("m2", ("Modero Nsimba", "Modero Nsimba’s Allegations"), "nsimba"),
              ("m3", "The DR Congo’s public prosecution department", "department"),
              ("m4", "former Tourism Minister Modero Nsimba", "nsimba"),
              ("m5", ("Modero Nsimba", "Modero Nsimba has been charged"), "nsimba"),
              ("m6", ("he", "he has been heard"), "nsimba"),
              ("m7", ("he", "he admits"), "nsimba"),
              ("m8", ("Nsimba", "Nsimba denies"), "nsimba"),
              ("m9", ("the public prosecutor", "the public prosecutor stressed"), "prosecutor"),
              ("m10", "the accused", "nsimba")],
    attributions=[("a1", "INDIRECT", "m1", "Stresses",
                   "Gravity of Modero Nsimba’s Allegations Against the Tshisekedi Brothers & General Ndaywel in Okende Assassination", None),
                  ("a2", "INDIRECT", "m2", "Allegations",
                   "the Tshisekedi Brothers & General Ndaywel in Okende Assassination", "a1"),
                  ("a3", "INDIRECT", "m3", "warned",
                   seg(T, "the seriousness of the allegations", "the assassination of Chérubin Okende"), None),
                  ("a4", "INDIRECT", None, ("said", "is said to have"),
                   seg(T, "to have made against President", "the assassination of Chérubin Okende"), "a3"),
                  ("a5", "INDIRECT", "m6", "mentioning",
                   seg(T, "both Christian and Jacques Tshisekedi", "Ensemble Pour la Republique party"), None),
                  ("a6", "INDIRECT", "m7", "admits", "the voice heard in the audio is his", None),
                  ("a7", "INDIRECT", "m8", "denies", "to be the author of the comments made in the audio", None),
                  ("a8", "INDIRECT", "m9", "stressed",
                   seg(T, "the assertions made by the accused", "having any solid proof"), None)])

# ---------------------------------------------------------------------------------------
doc("eaglenews-afp-niamey-districts-flooded",
    url="https://www.eaglenews.ph/several-districts-of-niger-capital-flooded/",
    outlet="Eagle News (AFP)", country="Philippines", topic="local", cut=True,
    text=(T := "Several districts of Niger capital flooded\n"
          "NIAMEY, Niger (AFP) — Several districts of Niger’s capital Niamey were submerged in floodwaters on Tuesday after heavy rainfall caused the Niger River to break its banks.\n"
          "Homes, rice fields and market gardens were destroyed as the Nigerien government asked residents to evacuate affected areas of the city.\n"
          "Almost all of Niamey’s 1.5 million inhabitants live on the banks of the river and some have even built their houses in its bed.\n"
          "“The damage is enormous. We never thought the water would rise to such a level and it caught us in our sleep,” said resident Abdou Mora.\n"
          "Niger, one of the world’s driest as well as poorest countries, often experiences intense rainy seasons, which typically last two or three months.\n"
          "The authorities announced in July that more than 300,000 people were at risk from flooding by the Niger River and from rainwater runoff since heavy rains began in June.\n"
          "Nigerien Prime Minister Brigi Rafini, who visited the flooded areas on Monday, promised “new efforts to protect certain districts” from the rising waters.\n"
          "“We thought Niamey was safe from the floods,” he said.\n"
          "The heavy rains had claimed 38 lives across the country as of August 18, most of which were drownings, according to emergency services. There were 58 injuries and more than 154,000 other people were affected.\n"
          "Many residents did not evacuate despite the government advisory."),
    entities=[("govt", "the Nigerien government", "ORGANIZATION", ["The authorities", "Nigerien government"],
               "Government of Niger"),
              ("mora", "Abdou Mora", "PERSON", ["Mora", "resident Abdou Mora"], "Niamey resident"),
              ("rafini", "Brigi Rafini", "PERSON", ["Rafini", "Nigerien Prime Minister Brigi Rafini"],
               "Prime Minister of Niger"),
              ("emergency", "emergency services", "GROUP", [], "Niger's emergency services")],
    mentions=[("m1", "the Nigerien government", "govt"),
              ("m2", "resident Abdou Mora", "mora"),
              ("m3", "The authorities", "govt"),
              ("m4", "Nigerien Prime Minister Brigi Rafini", "rafini"),
              ("m5", ("he", "he said"), "rafini"),
              ("m6", "emergency services", "emergency")],
    attributions=[("a1", "INDIRECT", "m1", "asked", "to evacuate affected areas of the city", None),
                  ("a2", "DIRECT", "m2", ("said", "said resident"),
                   "The damage is enormous. We never thought the water would rise to such a level and it caught us in our sleep,", None),
                  ("a3", "INDIRECT", "m3", "announced",
                   seg(T, "more than 300,000 people were at risk", "heavy rains began in June"), None),
                  ("a4", "MIXED", "m4", "promised", "“new efforts to protect certain districts” from the rising waters", None),
                  ("a5", "DIRECT", "m5", ("said", "he said"), "We thought Niamey was safe from the floods,", None),
                  ("a6", "INDIRECT", "m6", "according to",
                   "The heavy rains had claimed 38 lives across the country as of August 18, most of which were drownings", None)])

# ---------------------------------------------------------------------------------------
doc("africame-reuters-ivory-coast-cocoa-output",
    url="https://africa-me.com/tag/ivory-coast/",
    outlet="Africa-ME (Reuters)", country="unknown", topic="business", cut=True,
    text=(T := "Ivory Coast to reduce cocoa output over next two years\n"
          "ABIDJAN (Reuters) – Ivory Coast’s Coffee and Cocoa Council (CCC) will suspend programmes for the 2018-19 season that boost cocoa output, it said on Friday, aiming to reduce production in the face of global oversupply.\n"
          "The marketing board plans to halt distribution of higher-grade seeds and plants by chocolate makers, including Mars and Nestle, that develop hybrid species that they pass on to farmers to increase yields.\n"
          "Those programmes helped to increase output in the world’s top grower to record highs last year but added to a supply glut that has depressed prices worldwide.\n"
          "“Given the increase in global cocoa supply and falling prices since 2016/17, the CCC has decided to carry out a census of the coffee and cocoa orchards,” the CCC said in a statement. It did not say when the census would begin.\n"
          "“Pending the finalisation of this census, we inform you of our decision to temporarily suspend any distribution of improved plant material, seeds, cuttings, etc, from the 18/19 season.”\n"
          "Output in Ivory Coast has risen from 1.6 million tonnes 10 years ago to 2 million tonnes in the 2016-17 season because of higher yields, but global demand has failed to meet supply. The CCC expects production for the 2017-18 season to slip to 1.9 million tonnes, partly because of bad weather.\n"
          "High-level sources at the CCC said the organisation wants to try to reduce output to between 1.7 million tonnes and 1.8 million tonnes over the next two years, affecting exporters and chocolate makers that also include Ferrero, Cargill, Olam, Cemoi and Cocoa Barry.\n"
          "“Our goal is to control our production because these last 10 years, it is these programmes initiated by chocolatiers … that increased our production from 1.6 million to 2 million (tonnes),” a CCC source said."),
    entities=[("ccc", "Ivory Coast’s Coffee and Cocoa Council (CCC)", "ORGANIZATION",
               ["Coffee and Cocoa Council", "the CCC", "The marketing board", "the organisation"],
               "Ivory Coast's cocoa and coffee regulator and marketing board"),
              ("sources", "High-level sources at the CCC", "GROUP", [], "unnamed senior CCC sources"),
              ("source", "a CCC source", "PERSON", [], "one unnamed CCC source")],
    mentions=[("m1", "Ivory Coast’s Coffee and Cocoa Council (CCC)", "ccc"),
              ("m2", ("it", "it said on Friday"), "ccc"),
              ("m3", "The marketing board", "ccc"),
              ("m4", ("the CCC", "the CCC has decided"), "ccc"),
              ("m5", ("the CCC", "the CCC said in"), "ccc"),
              ("m6", ("It", "It did not say"), "ccc"),
              ("m7", ("The CCC", "The CCC expects"), "ccc"),
              ("m8", "High-level sources at the CCC", "sources"),
              ("m9", "the organisation", "ccc"),
              ("m10", "a CCC source", "source")],
    attributions=[("a1", "INDIRECT", "m2", ("said", "it said on Friday"),
                   "Ivory Coast’s Coffee and Cocoa Council (CCC) will suspend programmes for the 2018-19 season that boost cocoa output", None),
                  ("a2", "DIRECT", "m5", ("said", "the CCC said in"),
                   seg(T, "Given the increase in global cocoa supply", "coffee and cocoa orchards,"), None),
                  ("a3", "INDIRECT", "m6", ("say", "It did not say"), "when the census would begin", None),
                  ("a4", "DIRECT", "m5", None, seg(T, "Pending the finalisation", "from the 18/19 season."), None),
                  ("a5", "INDIRECT", "m7", "expects",
                   "production for the 2017-18 season to slip to 1.9 million tonnes, partly because of bad weather", None),
                  ("a6", "INDIRECT", "m8", ("said", "CCC said the organisation"),
                   seg(T, "the organisation wants to try", "Cemoi and Cocoa Barry"), None),
                  ("a7", "DIRECT", "m10", ("said", "source said"),
                   seg(T, "Our goal is to control our production", "2 million (tonnes),"), None)])

write("train_aa.jsonl")
