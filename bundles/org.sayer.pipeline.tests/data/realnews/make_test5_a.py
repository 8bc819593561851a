#!/usr/bin/env python3
"""Writes test5_a.jsonl: real-news gold, split test5-a (see gold.py). Run: python3 make_test5_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("antiguachronicle-cabinet-deplores-attack-on-pm",
    url="https://antiguachronicle.net/cabinet-deplores-wanton-attack-on-prime-ministers-character/",
    outlet="Antigua Chronicle", country="Antigua and Barbuda", topic="politics", cut=True,
    text=(T := "Cabinet Deplores Wanton Attack on Prime Minister’s Character\n"
          "The Cabinet of Antigua and Barbuda during its weekly sitting, today expressed their condemnation of slurs on the character of Prime Minister, Gaston Browne, by persons opposed to the government.\n"
          "“Cabinet ministers accept that they and the Prime Minister, by virtue of their positions, are open to scrutiny and criticism”, Director General of Communications Maurice Merchant said.  But, he added, “Cabinet Ministers consider that there is a line between genuine criticism and smears, and they are of the firm view that the line has been crossed by the recent attempts to denigrate the Prime Minister’s standing”.\n"
          "Merchant stated that “Cabinet Ministers deplore the willingness of certain sections of the media to allow themselves to be used in what is clearly a campaign by members of the United Progressive Party (UPP) to degrade the Prime Minister whose performance has put the nation’s economy on an outstanding growth path, exposing their own failure in government.”\n"
          "Weighing in on the issue, veteran politician and senior Minister, Sir Robin Yearwood, declared that the tactics are obvious. “They believe that if they can discredit the Head of Government and leader of the Labour Party, they will weaken the party and the government, but those tactics will not work against the reality of solid performance.”\n"
          "Remarking on the Prime Minister’s visit to the Five Islands Primary School, his inspirational talk to third and sixth Graders and the St. Valentine’s Day gifts he presented to the students through their principal, another senior Minister, Molwyn Joseph, said “the Prime Minister’s objective was to motivate the young people in whose circumstances he was born and grew-up.”"),
    entities=[("cabinet", "The Cabinet of Antigua and Barbuda", "ORGANIZATION",
               ["Cabinet", "Cabinet ministers"], "Cabinet of Antigua and Barbuda"),
              ("merchant", "Maurice Merchant", "PERSON",
               ["Merchant", "Director General of Communications Maurice Merchant"], "Director General of Communications"),
              ("upp", "members of the United Progressive Party (UPP)", "GROUP",
               ["persons opposed to the government", "United Progressive Party"], "opposition UPP members"),
              ("yearwood", "Robin Yearwood", "PERSON",
               ["Sir Robin Yearwood", "veteran politician and senior Minister, Sir Robin Yearwood"], "senior Minister"),
              ("joseph", "Molwyn Joseph", "PERSON", ["another senior Minister, Molwyn Joseph"], "senior Minister")],
    mentions=[("m1", ("Cabinet", "Cabinet Deplores"), "cabinet"),
              ("m2", "The Cabinet of Antigua and Barbuda", "cabinet"),
              ("m3", "persons opposed to the government", "upp"),
              ("m4", "Cabinet ministers", "cabinet"),
              ("m5", "Director General of Communications Maurice Merchant", "merchant"),
              ("m6", ("he", "he added"), "merchant"),
              ("m7", ("Cabinet Ministers", "“Cabinet Ministers consider"), "cabinet"),
              ("m8", ("they", "they are of the firm view"), "cabinet"),
              ("m9", ("Merchant", "Merchant stated"), "merchant"),
              ("m10", ("Cabinet Ministers", "“Cabinet Ministers deplore"), "cabinet"),
              ("m11", "members of the United Progressive Party (UPP)", "upp"),
              ("m12", "veteran politician and senior Minister, Sir Robin Yearwood", "yearwood"),
              ("m13", ("They", "“They believe"), "upp"),
              ("m14", "another senior Minister, Molwyn Joseph", "joseph")],
    attributions=[("a1", "INDIRECT", "m1", "Deplores", "Wanton Attack on Prime Minister’s Character", None),
                  ("a2", "INDIRECT", "m2", "expressed their condemnation",
                   "slurs on the character of Prime Minister, Gaston Browne, by persons opposed to the government", None),
                  ("a3", "DIRECT", "m5", ("said", "Merchant said"),
                   "Cabinet ministers accept that they and the Prime Minister, by virtue of their positions, are open to scrutiny and criticism", None),
                  ("a4", "INDIRECT", "m4", "accept",
                   "they and the Prime Minister, by virtue of their positions, are open to scrutiny and criticism", "a3"),
                  ("a5", "DIRECT", "m6", ("added", "he added"), seg(T, "Cabinet Ministers consider", "Prime Minister’s standing"), None),
                  ("a6", "INDIRECT", "m7", "consider", "there is a line between genuine criticism and smears", "a5"),
                  ("a7", "INDIRECT", "m8", "are of the firm view",
                   "the line has been crossed by the recent attempts to denigrate the Prime Minister’s standing", "a5"),
                  ("a8", "DIRECT", "m9", "stated", seg(T, "Cabinet Ministers deplore", "failure in government."), None),
                  ("a9", "INDIRECT", "m10", "deplore", seg(T, "the willingness of certain", "failure in government"), "a8"),
                  ("a10", "INDIRECT", "m12", "declared", "the tactics are obvious", None),
                  ("a11", "DIRECT", "m12", None, seg(T, "They believe that if", "solid performance."), None),
                  ("a12", "INDIRECT", "m13", "believe",
                   "if they can discredit the Head of Government and leader of the Labour Party, they will weaken the party and the government", "a11"),
                  ("a13", "DIRECT", "m14", ("said", "Joseph, said"),
                   "the Prime Minister’s objective was to motivate the young people in whose circumstances he was born and grew-up.", None)])

# ---------------------------------------------------------------------------------------
doc("maldivesindependent-gayoom-trial-defence-witnesses",
    url="https://maldivesindependent.com/crime-2/court-rejects-defence-witnesses-from-gayoom-and-judges-138747",
    outlet="Maldives Independent", country="Maldives", topic="courts-crime", cut=True,
    text=(T := "Court rejects defence witnesses from Gayoom and judges\n"
          "Obstruction of justice carries a jail term of almost five months.\n"
          "The Criminal Court decided Sunday not to hear defence witnesses in the trial of former president Maumoon Abdul Gayoom and two Supreme Court justices.\n"
          "After five prosecution witnesses concluded their testimony, Judge Hassan Najeeb declared that he saw no reason to call witnesses for the defence, local media reported.\n"
          "There would be closing arguments at the final hearing on Tuesday, he announced.\n"
          "Gayoom, along with Chief Justice Abdulla Saeed and Justice Ali Hameed, were charged with obstruction of justice for allegedly refusing to hand over their mobile phones for a police investigation. All three have dismissed the charges as “politically motivated.”\n"
          "The charge carries a prison term of nearly five months.\n"
          "The three were without legal representation during Sunday night’s hearing after their lawyers boycotted the trial over  “grave procedural defects.” They reportedly declined to cross-examine the prosecution witnesses.\n"
          "Judge Najeeb, who was appointed to the bench in early May, rejected appeals to delay the hearing until new lawyers could be appointed.\n"
          "He also dismissed Gayoom’s pleas to reschedule to allow for worship and prayer on Laylat al-Qadr, the night when the first verses of the Quran are believed to have been revealed.\n"
          "Four policemen told the court that the three refused to hand over their phones when they were arrested shortly after a state of emergency was declared on February 5.\n"
          "Police were unable to find the mobile phones after searching Gayoom’s home and the Supreme Court.\n"
          "According to the testimony, Saeed and Hameed called the police officers that stormed the court “criminals” and refused to hand over their phones, which could not be found on the premises.\n"
          "The court also heard secret testimony from an anonymised witness, prompting objections from Gayoom."),
    entities=[("gayoom", "Maumoon Abdul Gayoom", "PERSON", ["Gayoom", "former president Maumoon Abdul Gayoom"],
               "former president of the Maldives, defendant"),
              ("justices", "Saeed and Hameed", "GROUP",
               ["two Supreme Court justices", "Chief Justice Abdulla Saeed and Justice Ali Hameed"],
               "Supreme Court justices on trial with Gayoom"),
              ("najeeb", "Hassan Najeeb", "PERSON", ["Najeeb", "Judge Hassan Najeeb", "Judge Najeeb"], "Criminal Court judge"),
              ("media", "local media", "GROUP", [], "Maldivian media"),
              ("three", "All three", "GROUP", ["The three"], "Gayoom and the two justices"),
              ("policemen", "Four policemen", "GROUP", [], "prosecution witnesses"),
              ("testimony", "the testimony", "ORGANIZATION", [], "the policemen's testimony")],
    mentions=[("m1", ("Gayoom", "from Gayoom and judges"), "gayoom"),
              ("m2", ("judges", "Gayoom and judges"), "justices"),
              ("m3", "former president Maumoon Abdul Gayoom", "gayoom"),
              ("m4", "two Supreme Court justices", "justices"),
              ("m5", "Judge Hassan Najeeb", "najeeb"),
              ("m6", "local media", "media"),
              ("m7", ("he", "he announced"), "najeeb"),
              ("m8", ("Gayoom", "Gayoom, along with"), "gayoom"),
              ("m9", "Chief Justice Abdulla Saeed and Justice Ali Hameed", "justices"),
              ("m10", "All three", "three"),
              ("m11", "The three", "three"),
              ("m12", "Judge Najeeb", "najeeb"),
              ("m13", ("Gayoom", "Gayoom’s pleas"), "gayoom"),
              ("m14", "Four policemen", "policemen"),
              ("m15", ("the three", "the three refused"), "three"),
              ("m16", "the testimony", "testimony"),
              ("m17", "Saeed and Hameed", "justices"),
              ("m18", ("Gayoom", "objections from Gayoom"), "gayoom")],
    attributions=[("a1", "INDIRECT", "m6", ("reported", "media reported"), seg(T, "After five prosecution witnesses", "witnesses for the defence"), None),
                  ("a2", "INDIRECT", "m5", ("declared", "Najeeb declared"), "he saw no reason to call witnesses for the defence", "a1"),
                  ("a3", "INDIRECT", "m7", "announced", "There would be closing arguments at the final hearing on Tuesday", None),
                  ("a4", "MIXED", "m10", ("dismissed", "have dismissed"), "the charges as “politically motivated.”", None),
                  ("a5", "INDIRECT", None, "appeals", "to delay the hearing until new lawyers could be appointed", None),
                  ("a6", "INDIRECT", "m13", "pleas", seg(T, "to reschedule to allow", "to have been revealed"), None),
                  ("a7", "INDIRECT", None, "believed", "to have been revealed", "a6"),
                  ("a8", "INDIRECT", "m14", "told", seg(T, "the three refused", "declared on February 5"), None),
                  ("a9", "MIXED", "m16", "According to", seg(T, "Saeed and Hameed called", "found on the premises"), None),
                  ("a10", "MIXED", "m17", ("called", "Hameed called"), "the police officers that stormed the court “criminals”", "a9")])

# ---------------------------------------------------------------------------------------
doc("thebhutanese-national-team-football-support",
    url="https://thebhutanese.bt/national-team-says-more-support-is-needed-to-strengthen-football-in-bhutan/",
    outlet="The Bhutanese", country="Bhutan", topic="sport", cut=False,
    text=(T := "National Team says more support is needed to strengthen football in Bhutan\n"
          "The national team’s members that this paper talked to said that more support is required to motivate and promote football in Bhutan. They said sponsorship, training, exposure, and football academies are needed to enhance football skills and raise the standard of the game.\n"
          "Biren Basnet, 21, a midfielder with the national football team, and also with Thimphu City FC, said more sponsors and members of the public need to come onboard to support the national squad. He said the technical and financial support would encourage the younger generation of Bhutanese players to take a keen interest in becoming professional footballers.\n"
          "“We got good equipment this time, but we need better equipment. Bhutan Football Federation (BFF) needs to conduct more tournaments outside the country to gain more exposure,” Basnet said. He added that more financial support needs to come from the private and corporate sectors for the national football team.\n"
          "Kuenga Gyeltshen, 23, the left midfielder with the National Football Team  and also with FC Tertons, said there is a need to conduct football trainings on a regular basis. “It will improve our football players. We need more support from the public since when we get more support from public, it gives us the encouragement and motivation to play football,” Kuenga said.\n"
          "He added that Bhutanese footballers should be given refresher training courses outside country to gain exposure. He said football tournaments, like the King’s Cup in Bhutan attract and inspire the players.\n"
          "An attacking midfielder and the goal scorer during the first leg of the qualifiers at Colombo, Sri Lanka, Tshering Dorji, 20, is with Thimphu City FC. He said, “In Bhutan, there are only two football academies. More academies need to established across the country to have good football players in the future.” He also said the BFF needs to secure more sponsorship to improve the game."),
    entities=[("members", "The national team’s members", "GROUP", ["National Team"], "members of Bhutan's national football team"),
              ("basnet", "Biren Basnet", "PERSON", ["Basnet"], "national team midfielder, Thimphu City FC"),
              ("kuenga", "Kuenga Gyeltshen", "PERSON", ["Kuenga"], "national team left midfielder, FC Tertons"),
              ("dorji", "Tshering Dorji", "PERSON", [], "national team attacking midfielder, Thimphu City FC")],
    mentions=[("m1", ("National Team", "National Team says"), "members"),
              ("m2", "The national team’s members", "members"),
              ("m3", ("They", "They said"), "members"),
              ("m4", "Biren Basnet", "basnet"),
              ("m5", ("He", "He said the technical"), "basnet"),
              ("m6", ("Basnet", "Basnet said"), "basnet"),
              ("m7", ("He", "He added that more"), "basnet"),
              ("m8", "Kuenga Gyeltshen", "kuenga"),
              ("m9", ("Kuenga", "Kuenga said"), "kuenga"),
              ("m10", ("He", "He added that Bhutanese"), "kuenga"),
              ("m11", ("He", "He said football"), "kuenga"),
              ("m12", "Tshering Dorji", "dorji"),
              ("m13", ("He", "He said, “In Bhutan"), "dorji"),
              ("m14", ("He", "He also said"), "dorji")],
    attributions=[("a1", "INDIRECT", "m1", "says", "more support is needed to strengthen football in Bhutan", None),
                  ("a2", "INDIRECT", "m2", ("said", "talked to said"), "more support is required to motivate and promote football in Bhutan", None),
                  ("a3", "INDIRECT", "m3", ("said", "They said"), "sponsorship, training, exposure, and football academies are needed to enhance football skills and raise the standard of the game", None),
                  ("a4", "INDIRECT", "m4", ("said", "City FC, said"), "more sponsors and members of the public need to come onboard to support the national squad", None),
                  ("a5", "INDIRECT", "m5", ("said", "He said the technical"), seg(T, "the technical and financial", "professional footballers"), None),
                  ("a6", "DIRECT", "m6", ("said", "Basnet said"), seg(T, "We got good equipment", "more exposure,"), None),
                  ("a7", "INDIRECT", "m7", ("added", "He added that more"), "more financial support needs to come from the private and corporate sectors for the national football team", None),
                  ("a8", "INDIRECT", "m8", ("said", "Tertons, said"), "there is a need to conduct football trainings on a regular basis", None),
                  ("a9", "DIRECT", "m9", ("said", "Kuenga said"), seg(T, "It will improve", "to play football,"), None),
                  ("a10", "INDIRECT", "m10", ("added", "He added that Bhutanese"), "Bhutanese footballers should be given refresher training courses outside country to gain exposure", None),
                  ("a11", "INDIRECT", "m11", ("said", "He said football"), "football tournaments, like the King’s Cup in Bhutan attract and inspire the players", None),
                  ("a12", "DIRECT", "m13", ("said", "He said, “In Bhutan"), seg(T, "In Bhutan, there are only", "in the future."), None),
                  ("a13", "INDIRECT", "m14", ("said", "He also said"), "the BFF needs to secure more sponsorship to improve the game", None)])

# ---------------------------------------------------------------------------------------
doc("newsofbahrain-gulf-hotels-q3-net-profit",
    url="https://newsofbahrain.com/business/57872.html",
    outlet="Daily Tribune (News of Bahrain)", country="Bahrain", topic="business", cut=False,
    text=(T := "GHG Q3 net rises 27.76pc\n"
          "Gulf Hotels Group (GHG) yesterday announced a 27.76 per cent increase in its third-quarter net profit saying that the group’s performance over last year was boosted by Bahrain’s hospitality industry, which continues to show signs of recovery. In Dubai market, Chairman, Farouk Almoayyed said, the group, however, is facing many challenges with a significant oversupply of rooms in the lead up to EXPO 2020 which has resulted in a substantial drop in room rates, occupancy and REVPAR (Revenue per available room).\n"
          "GHG also said it intends to reopen its newly refurbished Fusion restaurant with the addition of an outdoor rooftop terrace overlooking the Manama skyline in the fourth quarter. Making the announcement, CEO Garfield Jones said the outlet has been rebranded as ‘Fusions by Tala’, under the guidance of our talented Bahraini chef, Tala Bashmi.\n"
          "Gulf Hotels Group’s third-quarter net profit was BD 1.428 million compared to BD 1.117m in the year-ago quarter, with an increase of 27.76 per cent. Earnings per shares was 6 fils compared to 5 fils in the third quarter of last year. Increase in third-quarter net profit was attributed to significantly reduced costs as the pre-opening costs for the Gulf Court Hotel Business Bay Dubai, which opened in August 2018, were written down in Q3 2018.\n"
          "These savings were offset by higher interest charges. Revenue rose 13pc to BD 9.295m from BD 8.225m in the third quarter of last year. Gross operating profit was BD 2.841m, compared to BD 2.922m in the third quarter of last year, a decrease of 2.78pc Total comprehensive income was BD 1.732m, compared to BD 1.201m in the third quarter of last year, with an increase of 44.31 pc. Year to date, the company achieved a net profit of BD 4.216m compared to BD 5.739m in the previous year, with a decrease of 1.523m or 26.55 pc.\n"
          "Earnings per shares was 19 fils compared to 25 fils in last year."),
    entities=[("ghg", "Gulf Hotels Group", "ORGANIZATION", ["GHG", "Gulf Hotels Group (GHG)", "the group", "the company"],
               "Bahraini hotel group"),
              ("almoayyed", "Farouk Almoayyed", "PERSON", ["Almoayyed", "Chairman, Farouk Almoayyed"], "GHG chairman"),
              ("jones", "Garfield Jones", "PERSON", ["Jones", "CEO Garfield Jones"], "GHG chief executive")],
    mentions=[("m1", ("GHG", "GHG Q3"), "ghg"),
              ("m2", "Gulf Hotels Group (GHG)", "ghg"),
              ("m3", "Chairman, Farouk Almoayyed", "almoayyed"),
              ("m4", ("the group", "the group, however"), "ghg"),
              ("m5", ("GHG", "GHG also said"), "ghg"),
              ("m6", "CEO Garfield Jones", "jones"),
              ("m7", "the company", "ghg")],
    attributions=[("a1", "INDIRECT", "m2", "announced", "a 27.76 per cent increase in its third-quarter net profit", None),
                  ("a2", "INDIRECT", "m2", "saying", seg(T, "the group’s performance", "signs of recovery"), None),
                  ("a3", "INDIRECT", "m3", ("said", "Almoayyed said"), seg(T, "In Dubai market", "(Revenue per available room)"), None),
                  ("a4", "INDIRECT", "m5", ("said", "GHG also said"), seg(T, "it intends to reopen", "in the fourth quarter"), None),
                  ("a5", "MIXED", "m6", ("said", "Jones said"), seg(T, "the outlet has been rebranded", "chef, Tala Bashmi"), None),
                  ("a6", "INDIRECT", None, "attributed", seg(T, "significantly reduced costs", "written down in Q3 2018"), None)])

# ---------------------------------------------------------------------------------------
doc("thelocal-afp-paris-climate-sit-in-polluters",
    url="https://www.thelocal.fr/20190420/french-climate-activists-in-sit-in-protest-slam-republic-of-polluters/",
    outlet="The Local France (AFP)", country="France", topic="environment", cut=True,
    published="2019-04-20",
    text=(T := "French climate activists in sit-in protest denounce ‘republic of polluters’\n"
          "Hundreds of French activists on Friday staged a sit-in outside top energy companies in Paris, describing France as the \"republic of polluters\", as part of a international civil disobedience campaign on climate change.\n"
          "Some two thousand environmental activists in total assembled at the La Defense business district in a bid to block access to to the headquarters of energy giant Total, electricity firm EDF as well as bank Societe Generale and France's Ministry for Ecological Transition.\n"
          "Protestors rallied around the slogan, “Block the Republic of Polluters” and held banners bearing the face of President Emmanuel Macron and the message, “Macron, President of polluters”.\n"
          "Some lay on the ground, in what they said was an action symbolising a “climate crime scene”.\n"
          "The demonstration, a joint initiative of ANV-COP21, Greenpeace and Les Amis de la Terre, comes at the end of the “International Week of Rebellion” launched by Extinction Rebellion, the climate change pressure group using civil disobedience to demand action over climate change from politicians and governments worldwide.\n"
          "Clement Senechal of Greenpeace, told AFP that the protest outside Total was symbolic as the company was the “factory of climate change”.\n"
          "The French multinational ranks among the world's top 20 CO2-emitting companies.\n"
          "“We have come out to denounce the policy of Macron and show that politics in France happens here and not at the ministry,” Cecile Marchand, of Les Amis de la Terre, told the crowd.\n"
          "But in a message on Twitter, France's minister for ecological transition Francois de Rugy said the activists had “got the enemy wrong… we are acting!”"),
    entities=[("activists", "French climate activists", "GROUP",
               ["Hundreds of French activists", "Some two thousand environmental activists", "Protestors", "the activists"],
               "climate protesters at La Defense"),
              ("some", "Some", "GROUP", [], "some of the protesters, who lay on the ground"),
              ("xr", "Extinction Rebellion", "ORGANIZATION", ["Extinction Rebellion, the climate change pressure group"],
               "climate change pressure group"),
              ("senechal", "Clement Senechal", "PERSON", ["Senechal", "Clement Senechal of Greenpeace"], "Greenpeace climate campaigner"),
              ("marchand", "Cecile Marchand", "PERSON", ["Marchand", "Cecile Marchand, of Les Amis de la Terre"], "of Les Amis de la Terre"),
              ("derugy", "Francois de Rugy", "PERSON",
               ["de Rugy", "France's minister for ecological transition Francois de Rugy"], "French minister for ecological transition")],
    mentions=[("m1", "French climate activists", "activists"),
              ("m2", "Hundreds of French activists", "activists"),
              ("m3", "Some two thousand environmental activists", "activists"),
              ("m4", "Protestors", "activists"),
              ("m5", ("Some", "Some lay"), "some"),
              ("m6", ("they", "they said"), "some"),
              ("m7", "Extinction Rebellion, the climate change pressure group", "xr"),
              ("m8", "Clement Senechal of Greenpeace", "senechal"),
              ("m9", "Cecile Marchand, of Les Amis de la Terre", "marchand"),
              ("m10", "France's minister for ecological transition Francois de Rugy", "derugy"),
              ("m11", "the activists", "activists")],
    attributions=[("a1", "DIRECT", "m1", ("denounce", "protest denounce"), ("republic of polluters", "denounce ‘republic"), None),
                  ("a2", "MIXED", "m2", "describing", "France as the \"republic of polluters\"", None),
                  ("a3", "DIRECT", "m4", "slogan", "Block the Republic of Polluters", None),
                  ("a4", "DIRECT", "m4", ("message", "the message, “Macron"), "Macron, President of polluters", None),
                  ("a5", "MIXED", "m6", ("said", "they said"), "was an action symbolising a “climate crime scene”", None),
                  ("a6", "INDIRECT", "m7", ("demand", "to demand action"), ("action over climate change", "demand action"), None),
                  ("a7", "MIXED", "m8", ("told", "Greenpeace, told"), "the protest outside Total was symbolic as the company was the “factory of climate change”", None),
                  ("a8", "DIRECT", "m9", ("told", "told the crowd"), seg(T, "We have come out", "not at the ministry,"), None),
                  ("a9", "MIXED", "m10", ("said", "de Rugy said"), "the activists had “got the enemy wrong… we are acting!”", None)])

# ---------------------------------------------------------------------------------------
doc("jerseyeveningpost-st-clement-housing-fields",
    url="https://jerseyeveningpost.com/news/2021/11/22/st-clement-assembly-plan-in-protest-against-housing/",
    outlet="Jersey Evening Post", country="Jersey", topic="local", cut=True,
    published="2021-11-22",
    text=(T := "St Clement assembly plan in protest against housing\n"
          "Marcus Troy, who was elected at a by-election in July, said he was disappointed to learn via media reports that three fields in his parish had been included within the Draft Bridging Island Plan as the potential site for up to 76 houses.\n"
          "He said: ‘I received several calls from people who thought I would have known about this, but I had to tell them that I didn’t.\n"
          "‘I arranged to meet a few people and 36 people turned up – they were baying for blood.’\n"
          "The three fields off Samarès Lane include two that Mr Troy said were used for growing Jersey Royals.\n"
          "He said: ‘It used to be the golden rule that prime agricultural land was retained for that use and would not be developed.’\n"
          "Mr Troy said he was prevented from giving voice to the concerns of parishioners during last week’s visit by an independent inspector.\n"
          "The public examination by the inspector also provided an opportunity for other possible sites to be put forward, and Mr Troy said that three other fields near Pontorson Lane were now also being considered.\n"
          "Mr Troy is now seeking to convene a parish assembly so that residents can express their views.\n"
          "Among those likely to attend the assembly are Simon and Louise Wilson, who fear that they could be forced to leave the house on St Clement’s Coast Road, near to Rue de Samarès, where they have lived for 14 years.\n"
          "Mr Wilson said the entrance to any development at Rue de Samarès was likely to be next to his house, where the existing five-metre space would not be wide enough."),
    entities=[("troy", "Marcus Troy", "PERSON", ["Troy", "Mr Troy"], "elected at a July by-election in St Clement"),
              ("callers", "people", "GROUP", [], "people who called Marcus Troy"),
              ("wilsons", "Simon and Louise Wilson", "GROUP", [], "St Clement residents"),
              ("simon", "Simon Wilson", "PERSON", ["Mr Wilson"], "St Clement resident")],
    mentions=[("m1", "Marcus Troy", "troy"),
              ("m2", ("He", "He said: ‘I received"), "troy"),
              ("m3", ("people", "people who thought"), "callers"),
              ("m4", ("I", "I had to tell"), "troy"),
              ("m5", ("Mr Troy", "Mr Troy said were"), "troy"),
              ("m6", ("He", "He said: ‘It used"), "troy"),
              ("m7", ("Mr Troy", "Mr Troy said he was"), "troy"),
              ("m8", ("Mr Troy", "Mr Troy said that three"), "troy"),
              ("m9", ("Mr Troy", "Mr Troy is now"), "troy"),
              ("m10", "Simon and Louise Wilson", "wilsons"),
              ("m11", "Mr Wilson", "simon")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "July, said"), seg(T, "he was disappointed to learn", "up to 76 houses"), None),
                  ("a2", "DIRECT", "m2", ("said", "He said: ‘I received"), seg(T, "I received several calls", "baying for blood."), None),
                  ("a3", "INDIRECT", "m3", "thought", "I would have known about this", "a2"),
                  ("a4", "INDIRECT", "m4", "tell", ("I didn’t", "tell them that I didn’t"), "a2"),
                  ("a5", "INDIRECT", "m5", ("said", "Mr Troy said were"), "were used for growing Jersey Royals", None),
                  ("a6", "DIRECT", "m6", ("said", "He said: ‘It used"), seg(T, "It used to be the golden rule", "would not be developed."), None),
                  ("a7", "INDIRECT", "m7", ("said", "Mr Troy said he was"), seg(T, "he was prevented from giving voice", "an independent inspector"), None),
                  ("a8", "INDIRECT", "m8", ("said", "Mr Troy said that three"), "three other fields near Pontorson Lane were now also being considered", None),
                  ("a9", "INDIRECT", "m10", "fear", seg(T, "they could be forced to leave", "lived for 14 years"), None),
                  ("a10", "INDIRECT", "m11", ("said", "Mr Wilson said"), seg(T, "the entrance to any development", "not be wide enough"), None)])

write("test5_a.jsonl")
