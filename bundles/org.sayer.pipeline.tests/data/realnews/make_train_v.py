#!/usr/bin/env python3
"""Writes train_v.jsonl: real-news gold, split train-v (see gold.py). Run: python3 make_train_v.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("sudanevents-sadiq-kampala-summit-rebellion",
    url="https://sudanevents.com/index.php/2024/01/21/fm-it-is-emergency-rebellion-will-be-befeated/",
    outlet="Sudan Events", country="Sudan", topic="politics", cut=False,
    published="2024-01-21",
    text=(T := "FM: It is “Emergency”, Rebellion will be Befeated\n"
          "Foreign Minister Ali Al-Sadiq Ali has confirmed that the circumstances that Sudan is currently going through are “emergency” and that the rebellion will be defeated and will continue its role, while calling for the condemnation of the violations of the Rapid Support Militia.\n"
          "Al-Sadiq headed the Sudanese delegation participating in the 3rd South Summit held in the Ugandan city of Kampala during January 21-23, and presented Sudan’s statement before the summit.\n"
          "The statement addressed the challenges and disasters that struck various regions of the world and require concerted collective efforts to address them, within the framework of cooperation between the countries of the South in such mannerl that contributes to the prosperity and development of their peoples and non-interference in their internal affairs.\n"
          "The Minister referred to Sudan’s appreciated contributions within South-South cooperation, and noted that the current conditions that Sudan is going through of war and fighting are emergency conditions.\n"
          "He stressed that the rebellion will be defeated and life will return to normal, and Sudan will continue its role in cooperation between the countries of the South-South and South-North.\n"
          "Al-Sadiq appealed to the summit to condemn the violations and atrocities committed by the Rapid Support Militia against the Sudanese people."),
    entities=[("sadiq", "Ali Al-Sadiq Ali", "PERSON",
               ["Al-Sadiq", "FM", "Foreign Minister Ali Al-Sadiq Ali", "The Minister"], "Sudan's Foreign Minister"),
              ("statement", "The statement", "ORGANIZATION", ["Sudan’s statement"], "Sudan's statement before the 3rd South Summit")],
    mentions=[("m1", ("FM", "FM:"), "sadiq"),
              ("m2", "Foreign Minister Ali Al-Sadiq Ali", "sadiq"),
              ("m3", ("Al-Sadiq", "Al-Sadiq headed"), "sadiq"),
              ("m8", "Sudan’s statement", "statement"),
              ("m4", ("The statement", "The statement addressed"), "statement"),
              ("m5", "The Minister", "sadiq"),
              ("m6", ("He", "He stressed"), "sadiq"),
              ("m7", ("Al-Sadiq", "Al-Sadiq appealed"), "sadiq")],
    attributions=[("a1", "MIXED", "m1", None, "It is “Emergency”, Rebellion will be Befeated", None),
                  ("a2", "MIXED", "m2", "confirmed", seg(T, "the circumstances that Sudan", "continue its role"), None),
                  ("a3", "INDIRECT", "m2", "calling for", "the condemnation of the violations of the Rapid Support Militia", None),
                  ("a4", "INDIRECT", "m4", "addressed", seg(T, "the challenges and disasters", "their internal affairs"), None),
                  ("a5", "INDIRECT", "m5", "referred to", "Sudan’s appreciated contributions within South-South cooperation", None),
                  ("a6", "INDIRECT", "m5", "noted",
                   "the current conditions that Sudan is going through of war and fighting are emergency conditions", None),
                  ("a7", "INDIRECT", "m6", "stressed", seg(T, "the rebellion will be defeated and life", "South-North"), None),
                  ("a8", "INDIRECT", "m7", "appealed to",
                   "the summit to condemn the violations and atrocities committed by the Rapid Support Militia against the Sudanese people", None)])

# ---------------------------------------------------------------------------------------
doc("radionacional-batakis-outlines-plan",
    url="https://cdn.radionacional.com.ar/new-economy-minister-outlines-plan",
    outlet="Radio Nacional (Argentina)", country="Argentina", topic="business", cut=False,
    text=(T := "New Economy minister outlines plan\n"
          "Argentina's new Minister of Economy, Silvina Batakis, showcased the guidelines of her administration in her first press conference.\n"
          "In this context, she ratified compliance with the agreement with the International Monetary Fund to pay off a debt of 44 billion dollars.\n"
          "She also announced that all public agencies will have to stick to their budgets and that they will not receive additional funds.\n"
          "In this sense, she also informed that all hiring in the State will be suspended.\n"
          "\"I am a person who believes very much in fiscal balance\" asserted Batakis.\n"
          "She also stated that the exchange rate is balanced and that this year's grain harvest will be a record one.\n"
          "The Minister also confirmed the implementation of a new system for public utilities fares, which implies that only households in need will be subsidized.\n"
          "She also announced greater controls to prevent speculation and guarantee competition, in order to curb excessive price increases.\n"
          "In this context, she highlighted the complexity of the international scenario with the war in Ukraine, which had an impact on international food and energy prices."),
    entities=[("batakis", "Silvina Batakis", "PERSON",
               ["Batakis", "New Economy minister", "Argentina's new Minister of Economy, Silvina Batakis", "The Minister"],
               "Argentina's Minister of Economy")],
    mentions=[("m1", "New Economy minister", "batakis"),
              ("m2", "Argentina's new Minister of Economy, Silvina Batakis", "batakis"),
              ("m3", ("she", "she ratified"), "batakis"),
              ("m4", ("She", "She also announced that"), "batakis"),
              ("m5", ("she", "she also informed"), "batakis"),
              ("m6", ("Batakis", "asserted Batakis"), "batakis"),
              ("m7", ("She", "She also stated"), "batakis"),
              ("m8", "The Minister", "batakis"),
              ("m9", ("She", "She also announced greater"), "batakis"),
              ("m10", ("she", "she highlighted"), "batakis")],
    attributions=[("a1", "INDIRECT", "m1", "outlines", ("plan", "outlines plan"), None),
                  ("a2", "INDIRECT", "m2", "showcased", "the guidelines of her administration", None),
                  ("a3", "INDIRECT", "m3", "ratified",
                   "compliance with the agreement with the International Monetary Fund to pay off a debt of 44 billion dollars", None),
                  ("a4", "INDIRECT", "m4", ("announced", "announced that all"),
                   "all public agencies will have to stick to their budgets and that they will not receive additional funds", None),
                  ("a5", "INDIRECT", "m5", "informed", "all hiring in the State will be suspended", None),
                  ("a6", "DIRECT", "m6", "asserted", "I am a person who believes very much in fiscal balance", None),
                  ("a7", "INDIRECT", "m7", "stated",
                   "the exchange rate is balanced and that this year's grain harvest will be a record one", None),
                  ("a8", "INDIRECT", "m8", "confirmed", seg(T, "the implementation of a new system", "will be subsidized"), None),
                  ("a9", "INDIRECT", "m9", ("announced", "announced greater"),
                   "greater controls to prevent speculation and guarantee competition", None),
                  ("a10", "INDIRECT", "m10", "highlighted", seg(T, "the complexity of the international", "food and energy prices"), None)])

# ---------------------------------------------------------------------------------------
doc("romea-vrabel-false-alarms-suspended-sentence",
    url="https://romea.cz/en/czech-republic/czech-court-hands-down-suspended-sentence-for-spreading-false-alarms-defendant-attacks-the-prosecutors-nationality-in-court",
    outlet="Romea.cz", country="Czechia", topic="courts-crime", cut=True,
    text=(T := "Czech court hands down suspended sentence for spreading false alarms, defendant attacks the prosecutor's nationality in court\n"
          "A court in the Czech Republic has sentenced Ladislav Vrabel, the convener of recent anti-Government demonstrations, to four months in prison suspended for 18 months after convicting him of spreading false alarms. Judge Lukáš Svrček said Vrabel's remarks about the Czech Republic allegedly planning to deploy atomic weapons against Russia and predicting Russia would attack the Czech Republic in return had probably sparked fear and panic in part of society.\n"
          "Vrabel did not wait to hear the justification for the verdict through to the end, but immediately left the courtroom together with his supporters. The decision has not yet taken effect.\n"
          "The prosecutor is considering an appeal. In her closing speech, she had proposed a suspended sentence of half a year in prison.\n"
          "Vrabel will now have to say whether he also wants to appeal or not. Judge Svrček, when announcing the verdict, said that “Even a democracy has constitutional limits.”\n"
          "The remarks about nuclear attacks crossed the line, according to the judge. He said the court had considered whether Vrabel’s remarks crossed that line accidentally or inadvertently.\n"
          "The court concluded that Vrabel had to have been aware of the kind of fear his allegations could inspire. Prosecutor Katarína Kandová described how, in a video posted online in November 2022 that has since been seen on Facebook and YouTube by thousands of people, Vrabel warned that the Czech Government allegedly wanted to attack the Russian Federation with nuclear warheads.\n"
          "Vrabel predicted Russia would retaliate by firing nuclear weapons at the Czech Republic. “The defendant is not on trial for wanting to hold a discussion, nor is he on trial for having spread the fear of war, Russia has already done that,” the prosecutor said."),
    entities=[("vrabel", "Ladislav Vrabel", "PERSON", ["Vrabel", "defendant", "The defendant"],
               "convener of anti-government demonstrations, the defendant"),
              ("court", "A court in the Czech Republic", "ORGANIZATION", ["The court"], "the court that tried Vrabel"),
              ("svrcek", "Lukáš Svrček", "PERSON", ["Svrček", "Judge Lukáš Svrček", "Judge Svrček", "the judge"], "judge"),
              ("kandova", "Katarína Kandová", "PERSON", ["Kandová", "Prosecutor Katarína Kandová", "The prosecutor"], "prosecutor")],
    mentions=[("m1", ("defendant", "defendant attacks"), "vrabel"),
              ("m2", "A court in the Czech Republic", "court"),
              ("m3", "Ladislav Vrabel", "vrabel"),
              ("m4", "Judge Lukáš Svrček", "svrcek"),
              ("m5", ("Vrabel", "Vrabel's remarks"), "vrabel"),
              ("m6", ("Vrabel", "Vrabel did not"), "vrabel"),
              ("m7", ("The prosecutor", "The prosecutor is"), "kandova"),
              ("m8", ("she", "she had proposed"), "kandova"),
              ("m9", ("Vrabel", "Vrabel will now"), "vrabel"),
              ("m10", "Judge Svrček", "svrcek"),
              ("m11", ("the judge", "according to the judge"), "svrcek"),
              ("m12", ("He", "He said the court"), "svrcek"),
              ("m13", ("the court", "the court had considered"), "court"),
              ("m14", ("The court", "The court concluded"), "court"),
              ("m15", ("Vrabel", "Vrabel had to have"), "vrabel"),
              ("m16", "Prosecutor Katarína Kandová", "kandova"),
              ("m17", ("Vrabel", "Vrabel warned"), "vrabel"),
              ("m18", ("Vrabel", "Vrabel predicted"), "vrabel"),
              ("m19", "The defendant", "vrabel"),
              ("m20", ("the prosecutor", "the prosecutor said"), "kandova")],
    attributions=[("a1", "INDIRECT", "m1", ("attacks", "defendant attacks"), "the prosecutor's nationality", None),
                  ("a2", "INDIRECT", "m4", ("said", "Svrček said"), seg(T, "Vrabel's remarks about", "in part of society"), None),
                  ("a3", "INDIRECT", "m5", ("remarks", "remarks about the Czech"),
                   "the Czech Republic allegedly planning to deploy atomic weapons against Russia", "a2"),
                  ("a4", "INDIRECT", "m5", "predicting", "Russia would attack the Czech Republic in return", "a2"),
                  ("a5", "INDIRECT", "m8", "proposed", "a suspended sentence of half a year in prison", None),
                  ("a6", "DIRECT", "m10", ("said", "Svrček, when announcing the verdict, said"), "Even a democracy has constitutional limits.", None),
                  ("a7", "INDIRECT", "m11", "according to", "The remarks about nuclear attacks crossed the line", None),
                  ("a8", "INDIRECT", None, ("remarks", "remarks about nuclear"), "nuclear attacks", "a7"),
                  ("a9", "INDIRECT", "m12", ("said", "He said the court"),
                   "the court had considered whether Vrabel’s remarks crossed that line accidentally or inadvertently", None),
                  ("a10", "INDIRECT", "m14", "concluded", "Vrabel had to have been aware of the kind of fear his allegations could inspire", None),
                  ("a11", "INDIRECT", "m16", "described", seg(T, "how, in a video", "with nuclear warheads"), None),
                  ("a12", "INDIRECT", "m17", "warned",
                   "the Czech Government allegedly wanted to attack the Russian Federation with nuclear warheads", "a11"),
                  ("a13", "INDIRECT", "m18", "predicted", "Russia would retaliate by firing nuclear weapons at the Czech Republic", None),
                  ("a14", "DIRECT", "m20", ("said", "the prosecutor said"), seg(T, "The defendant is not on trial", "already done that,"), None)])

# ---------------------------------------------------------------------------------------
doc("mercopress-uruguay-bouvier-drought-prepared",
    url="https://en.mercopress.com/2024/06/17/uruguay-better-equipped-in-case-of-new-drought",
    outlet="MercoPress", country="Uruguay", topic="environment", cut=True,
    published="2024-06-17",
    text=(T := "Uruguay better equipped in case of new drought\n"
          "Uruguayan authorities are adopting contingency measures in case a new drought comes about in September as the La Niña phenomenon has been forecast to be bringing along a significant decrease in rainfall, it was reported in Montevideo.\n"
          "The Uruguayan capital has already gone through a drought recently when the water levels in the adjacent rivers fell below minimums, resulting in faucet water containing salinity and chloride levels above those cleared by the Health Ministry. However, heavy rainfall and floods this year have resulted in the displacement of thousands from their homes in rural areas.\n"
          "With La Niña due in September, Environment Minister Robert Bouvier said that on this occasion the country is “better prepared” than in 2023. He also explained that work was already under way on a protocol for droughts. “It is going to be ready in a couple of months, and at the same time the other works are already in operation, such as the San José water transfer, which is operational,” he said.\n"
          "In addition, a new water treatment plant in the department of San José to collect water from the River Plate is already under construction at a cost of US$ 200 million."),
    entities=[("bouvier", "Robert Bouvier", "PERSON", ["Bouvier", "Environment Minister Robert Bouvier"],
               "Uruguay's Environment Minister")],
    mentions=[("m1", "Environment Minister Robert Bouvier", "bouvier"),
              ("m2", ("He", "He also explained"), "bouvier"),
              ("m3", ("he", "he said"), "bouvier")],
    attributions=[("a1", "INDIRECT", None, "reported", seg(T, "Uruguayan authorities are adopting", "decrease in rainfall"), None),
                  ("a2", "INDIRECT", None, "forecast", "to be bringing along a significant decrease in rainfall", "a1"),
                  ("a3", "MIXED", "m1", ("said", "Bouvier said"), "on this occasion the country is “better prepared” than in 2023", None),
                  ("a4", "INDIRECT", "m2", "explained", "work was already under way on a protocol for droughts", None),
                  ("a5", "DIRECT", "m3", ("said", "he said"), seg(T, "It is going to be ready", "which is operational,"), None)])

# ---------------------------------------------------------------------------------------
doc("plenglish-rodriguez-hebersavax-cancer-vaccine",
    url="https://www.plenglish.com/?p=277153",
    outlet="Prensa Latina", country="Cuba", topic="health-science", cut=False,
    text=(T := "Cuban Foreign Minister extols scientific feet despite energy blockade\n"
          "Havana, Jun 15 (Prensa Latina) Cuban Foreign Minister Bruno Rodriguez highlighted that national science is developing the HEBERSaVax vaccine candidate, the only one of its kind in the world against cancer, despite the intensification of the United States' policy of strangulation.\n"
          "In a message published on the social network X, the Foreign Minister stressed that “preserving the right to life is the primary task of the Cuban State and Government.”\n"
          "“While the US policy of strangulation and economic warfare intensifies and seeks to limit the entry of supplies into the country as much as possible, especially those destined for health, Cuban science continues to design and create products that provide us with greater well-being and sovereignty,” Rodríguez pointed out.\n"
          "The Foreign Minister affirmed that in the face of this criminal imperialist policy, the island responds “with greater determination, resistance, creativity, and independence.”\n"
          "According to researchers on the island, HEBERSaVax is a “therapeutic vaccine” or “active immunotherapy” that targets the ways in which the tumor feeds and triggers cellular responses that halt its growth.\n"
          "The product “produces specific antibodies” that cut off blood flow to the tumor, while restoring the individual’s ability to attack the cancer with an immune response.\n"
          "Cuba is experiencing a complex situation, exacerbated since January 29, 2016, when President Donald Trump signed an executive order imposing tariffs on countries that supply oil to the island.\n"
          "This energy blockade affects transportation, electricity generation, healthcare services, and food security for the population."),
    entities=[("rodriguez", "Bruno Rodriguez", "PERSON",
               ["Rodriguez", "Rodríguez", "Cuban Foreign Minister", "Cuban Foreign Minister Bruno Rodriguez", "the Foreign Minister"],
               "Cuba's Foreign Minister"),
              ("researchers", "researchers on the island", "GROUP", [], "Cuban researchers")],
    mentions=[("m1", ("Cuban Foreign Minister", "Cuban Foreign Minister extols"), "rodriguez"),
              ("m2", "Cuban Foreign Minister Bruno Rodriguez", "rodriguez"),
              ("m3", ("the Foreign Minister", "the Foreign Minister stressed"), "rodriguez"),
              ("m4", "Rodríguez", "rodriguez"),
              ("m5", ("The Foreign Minister", "The Foreign Minister affirmed"), "rodriguez"),
              ("m6", "researchers on the island", "researchers")],
    attributions=[("a1", "INDIRECT", "m1", "extols", "scientific feet despite energy blockade", None),
                  ("a2", "INDIRECT", "m2", "highlighted", seg(T, "national science is developing", "policy of strangulation"), None),
                  ("a3", "DIRECT", "m3", "stressed", "preserving the right to life is the primary task of the Cuban State and Government.", None),
                  ("a4", "DIRECT", "m4", "pointed out", seg(T, "While the US policy", "well-being and sovereignty,"), None),
                  ("a5", "MIXED", "m5", "affirmed", seg(T, "in the face of this criminal", "and independence.”"), None),
                  ("a6", "MIXED", "m6", "According to", seg(T, "HEBERSaVax is a “therapeutic", "halt its growth"), None),
                  ("a7", "MIXED", "m6", None, seg(T, "The product “produces", "an immune response"), None)])

# ---------------------------------------------------------------------------------------
doc("sportsclub-coetzee-italy-loss-change-room",
    url="https://sportsclub.co.za/rugby/42303-2",
    outlet="Sports Club", country="South Africa", topic="sport", cut=True,
    text=(T := "Coach Coetzee: ‘I’m the man that can turn it around’\n"
          "Allister Coetzee insists that he hasn’t ‘lost the change room’ despite the Boks slipping to a historic first-ever loss to Italy on Saturday.\n"
          "The shock result served as the Boks’ seventh defeat in 11 Tests this year, with Coetzee’s charges having already lost to Ireland at home and the Pumas in Argentina for the first time during an embarrassing 2016 season. The Boks also suffered their heaviest defeat at home against the All Blacks in Durban.\n"
          "In the immediate aftermath of Saturday’s loss in Florence, SA Rugby president Mark Alexander said they would only conduct a review of the Boks’ performances following next weekend’s Test against Wales, without being drawn on what changes may or not be made.\n"
          "At the Boks’ post-match press conference in Florence, the Times Media Group reported that Coetzee remained mum on his future.\n"
          "‘My future is out of my hands but this was definitely not Springbok standard,’ Coetzee said. ‘This is the darkest and toughest moment of my coaching career. But I don’t want to look at it emotionally now because emotions are high. I’m in a difficult position. It’s not easy.\n"
          "‘I still think I’m the man that can turn it around and I don’t believe I’ve lost the change room. We have a plan and the players bought into it. But somehow when the pressure was on and Italy stayed close and got belief, we [the players] went outside the plan again. The plan is always there. There is never a moment when I could say the players put in the work.’\n"
          "In a press statement released later on Saturday night, Coetzee conceded that it was ‘not good enough for the Springboks to lose to Italy’.\n"
          "‘Compared to us, they played without any pressure on them while we looked like a team that lacked self-belief and had a fear of failure.’"),
    entities=[("coetzee", "Allister Coetzee", "PERSON", ["Coetzee", "Coach Coetzee"], "Springbok head coach"),
              ("alexander", "Mark Alexander", "PERSON", ["Alexander", "SA Rugby president Mark Alexander"], "SA Rugby president"),
              ("tmg", "Times Media Group", "ORGANIZATION", ["the Times Media Group"], "South African media group")],
    mentions=[("m1", "Coach Coetzee", "coetzee"),
              ("m2", "Allister Coetzee", "coetzee"),
              ("m3", "SA Rugby president Mark Alexander", "alexander"),
              ("m4", "the Times Media Group", "tmg"),
              ("m5", ("Coetzee", "Coetzee remained"), "coetzee"),
              ("m6", ("Coetzee", "Coetzee said"), "coetzee"),
              ("m7", ("Coetzee", "Coetzee conceded"), "coetzee")],
    attributions=[("a1", "DIRECT", "m1", None, ("I’m the man that can turn it around", "Coach Coetzee"), None),
                  ("a2", "MIXED", "m2", "insists", "he hasn’t ‘lost the change room’", None),
                  ("a3", "INDIRECT", "m3", ("said", "Alexander said"), seg(T, "they would only conduct", "against Wales"), None),
                  ("a4", "INDIRECT", "m3", "drawn on", "what changes may or not be made", None),
                  ("a5", "INDIRECT", "m4", "reported", "Coetzee remained mum on his future", None),
                  ("a6", "DIRECT", "m6", ("said", "Coetzee said"),
                   "My future is out of my hands but this was definitely not Springbok standard,", None),
                  ("a7", "DIRECT", "m6", None, seg(T, "This is the darkest", "put in the work."), None),
                  ("a8", "MIXED", "m7", "conceded", "it was ‘not good enough for the Springboks to lose to Italy’", None),
                  ("a9", "DIRECT", "m7", None, seg(T, "Compared to us", "fear of failure."), None)])

# ---------------------------------------------------------------------------------------
doc("surinenglish-puerto-marina-noise-complaints",
    url="http://www.surinenglish.com/local/201809/14/residents-puerto-marina-20180914090937-v.html",
    outlet="Sur in English", country="Spain", topic="local", cut=True,
    published="2018-09-14",
    text=(T := "Residents' anger at noisy bars in Puerto Marina and council 'inaction'\n"
          "Noise problems are nothing new in the area; in 2015 the council was told to pay compensation and the first complaints started as far back as 1998\n"
          "Residents in the apartments around Benalmádena's Puerto Marina complex are complaining about noise levels from local bars and restaurants.\n"
          "In the last two weeks at least ten complaints have been made to Benalmádena council, with requests for more Local Police action ahead of possible court action.\n"
          "It marks a return to a stand off between residents, businesses and the council last seen in 2015.\n"
          "One of those reportedly affected by the noise said, \"There's bars and restaurants that don't stick to the set time to close their terraces, and others don't even have permission. It's impossible to sleep. We call the [town-hall-controlled] Local Police and the music is turned off, but then they put it on again.\"\n"
          "Those affected say that the situation is worse in summer when the leisure port turns into one of the only local areas with nightclubs.\n"
          "\"We can't get to sleep, it's affecting our health. We can't understand how a business premises can be both a nightclub and a restaurant,\" said another resident who has lodged a complaint.\n"
          "Town hall \"inaction\"\n"
          "The town hall says that police patrols are made every night and that officers have responded to complaints with warnings and fines. However some residents claim that the police \"sometimes haven't done anything despite getting calls in the middle of the night\".\n"
          "The town hall also explained that some commercial premises in Puerto Marina have permission to stay open until 6am as they have a nightclub licence."),
    entities=[("townhall", "The town hall", "ORGANIZATION", ["Town hall", "Benalmádena council", "the council"],
               "Benalmádena town hall (council)"),
              ("residents", "Residents in the apartments around Benalmádena's Puerto Marina complex", "GROUP",
               ["Those affected", "residents"], "residents around Puerto Marina, Benalmádena"),
              ("oneaffected", "One of those reportedly affected by the noise", "PERSON", [], "a resident affected by the noise"),
              ("another", "another resident", "PERSON", [], "a resident who lodged a complaint"),
              ("someres", "some residents", "GROUP", [], "some of the residents")],
    mentions=[("m1", ("the council", "the council was told"), "townhall"),
              ("m2", "Residents in the apartments around Benalmádena's Puerto Marina complex", "residents"),
              ("m3", "Benalmádena council", "townhall"),
              ("m4", ("residents", "between residents"), "residents"),
              ("m5", ("the council", "the council last seen"), "townhall"),
              ("m6", "One of those reportedly affected by the noise", "oneaffected"),
              ("m7", "Those affected", "residents"),
              ("m8", "another resident", "another"),
              ("m9", ("Town hall", "Town hall \"inaction\""), "townhall"),
              ("m10", ("The town hall", "The town hall says"), "townhall"),
              ("m11", "some residents", "someres"),
              ("m12", ("The town hall", "The town hall also"), "townhall")],
    attributions=[("a1", "INDIRECT", None, ("told", "was told"), "to pay compensation", None),
                  ("a2", "INDIRECT", "m2", "complaining", "noise levels from local bars and restaurants", None),
                  ("a3", "INDIRECT", None, "requests", "more Local Police action ahead of possible court action", None),
                  ("a4", "DIRECT", "m6", ("said", "noise said"), seg(T, "There's bars", "put it on again."), None),
                  ("a5", "INDIRECT", "m7", ("say", "affected say"), seg(T, "the situation is worse", "with nightclubs"), None),
                  ("a6", "DIRECT", "m8", ("said", "restaurant,\" said"), seg(T, "We can't get to sleep", "and a restaurant,"), None),
                  ("a7", "INDIRECT", "m10", ("says", "hall says"), seg(T, "police patrols are made", "warnings and fines"), None),
                  ("a8", "MIXED", "m11", ("claim", "residents claim"),
                   "the police \"sometimes haven't done anything despite getting calls in the middle of the night\"", None),
                  ("a9", "INDIRECT", "m12", "explained", seg(T, "some commercial premises", "nightclub licence"), None)])

write("train_v.jsonl")
