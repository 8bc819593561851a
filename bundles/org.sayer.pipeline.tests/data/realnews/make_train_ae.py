#!/usr/bin/env python3
"""Writes train_ae.jsonl: real-news gold, split train-ae (see gold.py). Run: python3 make_train_ae.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("equatorialguineapress-mokuy-nfumu-past-present-future",
    url="http://www.equatorialguineapress.com/2012/08/equatorial-guinea-past-present-and.html",
    outlet="Equatorial Guinea Press", country="Equatorial Guinea", topic="politics", cut=True,
    published="2012-08-21",
    text=(T := "Equatorial Guinea: Past, Present and Future\n"
          "On the second day of the Leon H. Sullivan Foundation Summit, Agapito Mba Mokuy, Minister of Foreign Affairs and Cooperation and Agustin Nze Nfumu, Minister of Information, Press and Radio discussed the past, present and future of Equatorial Guinea in an open forum titled “De-mystifying Equatorial Guinea.”\n"
          "“Equatorial Guinea is committed to move forward. We have heavily invested in infrastructure, education, health care, and human capital, among other things. This year UNESCO reported a 93% literacy rate in Equatorial Guinea, the best in the region. We have La Paz Hospital, a state-of-the-art facility,” said Minister Mba Mokuy.\n"
          "He also disputed charges of lack of political freedom in the country, saying, “Our country has political freedom. We count with 13 political parties, many of which are in the government.”\n"
          "The Foreign Minister highlighted the country’s increased growing international involvement. Fifteen years ago, he said no one knew where Equatorial Guinea was; he said now everyone knows. He said the people support President Obiang Nguema Mbasogo because he brought them out of misery.\n"
          "“Equatorial Guinea is setting an example for Africa on how to effectively use oil resources to move forward,” said, Minister Nze Nfumu, adding, “After our independence [in 1968], we had three professionals in the country; today we have a national university that graduates hundreds of students every year.”\n"
          "Both ministers stressed that Equatorial Guinea is open to the media. They invited guests to come to the country and see with their own eyes what the country has to offer. The Horizon 2020 development plan is President Obiang’s vision to prepare the country for the decline of oil production and strengthen the physical, intellectual, and institutional infrastructure for a diverse economy."),
    entities=[("ministers", "Agapito Mba Mokuy and Agustin Nze Nfumu", "GROUP",
               ["Both ministers",
                "Agapito Mba Mokuy, Minister of Foreign Affairs and Cooperation and Agustin Nze Nfumu, Minister of Information, Press and Radio"],
               "Equatorial Guinea's foreign and information ministers, speaking together"),
              ("mokuy", "Agapito Mba Mokuy", "PERSON", ["Mba Mokuy", "Minister Mba Mokuy", "The Foreign Minister"],
               "Equatorial Guinea's Minister of Foreign Affairs and Cooperation"),
              ("unesco", "UNESCO", "ORGANIZATION", [], "UN educational, scientific and cultural organisation"),
              ("nfumu", "Agustin Nze Nfumu", "PERSON", ["Nze Nfumu", "Minister Nze Nfumu"],
               "Equatorial Guinea's Minister of Information, Press and Radio")],
    mentions=[("m1", "Agapito Mba Mokuy, Minister of Foreign Affairs and Cooperation and Agustin Nze Nfumu, Minister of Information, Press and Radio", "ministers"),
              ("m2", "UNESCO", "unesco"),
              ("m3", "Minister Mba Mokuy", "mokuy"),
              ("m4", ("He", "He also disputed"), "mokuy"),
              ("m5", "The Foreign Minister", "mokuy"),
              ("m6", ("he", "he said no one"), "mokuy"),
              ("m7", ("he", "he said now"), "mokuy"),
              ("m8", ("He", "He said the people"), "mokuy"),
              ("m9", "Minister Nze Nfumu", "nfumu"),
              ("m10", "Both ministers", "ministers"),
              ("m11", ("They", "They invited"), "ministers")],
    attributions=[("a1", "INDIRECT", "m1", "discussed", "the past, present and future of Equatorial Guinea", None),
                  ("a2", "DIRECT", "m3", ("said", "said Minister Mba"),
                   seg(T, "Equatorial Guinea is committed", "a state-of-the-art facility,"), None),
                  ("a3", "INDIRECT", "m2", "reported", "a 93% literacy rate in Equatorial Guinea, the best in the region", "a2"),
                  ("a4", "INDIRECT", "m4", "disputed", "charges of lack of political freedom in the country", None),
                  ("a5", "INDIRECT", None, ("charges", "charges of lack"), "lack of political freedom in the country", "a4"),
                  ("a6", "DIRECT", "m4", "saying",
                   "Our country has political freedom. We count with 13 political parties, many of which are in the government.", None),
                  ("a7", "INDIRECT", "m5", "highlighted", "the country’s increased growing international involvement", None),
                  ("a8", "INDIRECT", "m6", ("said", "he said no one"),
                   "Fifteen years ago, he said no one knew where Equatorial Guinea was", None),
                  ("a9", "INDIRECT", "m7", ("said", "he said now"), "now everyone knows", None),
                  ("a10", "INDIRECT", "m8", ("said", "He said the people"),
                   "the people support President Obiang Nguema Mbasogo because he brought them out of misery", None),
                  ("a11", "DIRECT", "m9", ("said", "said, Minister"),
                   "Equatorial Guinea is setting an example for Africa on how to effectively use oil resources to move forward,", None),
                  ("a12", "DIRECT", "m9", "adding", seg(T, "After our independence", "students every year."), None),
                  ("a13", "INDIRECT", "m10", "stressed", "Equatorial Guinea is open to the media", None),
                  ("a14", "INDIRECT", "m11", "invited",
                   "guests to come to the country and see with their own eyes what the country has to offer", None)])

# ---------------------------------------------------------------------------------------
doc("apanews-senegal-dengue-louga-msas",
    url="http://apanews.net/en/news/senegal-confirms-11-cases-of-dengue-fever/",
    outlet="APA News", country="Senegal", topic="health-science", cut=False,
    text=(T := "Senegal confirms 11 cases of Dengue Fever\n"
          "Senegal’s Ministry of Health and Social Action (MSAS) has confirmed at least eleven cases of Dengue Fever in the northern town of Louga.\n"
          "Following the confirmation of nine cases of the disease in the town by the Pasteur Institute of Dakar (IPD), the ministry dispatched an epidemiological team under the supervision of the Center for Emergency Medical Operations (COUS) to support the healthcare unit stationed in the region. \n"
          "The ministry said in a statement that investigations have confirmed eleven new cases out of 61 samples tested on October 26.\n"
          "The ministry claimed there were no fatalities or serious cases, adding that all the patients who tested positive for the disease are doing well and have resumed their normal activities.\n"
          "It warned of the existence of ecological conditions particularly conducive to the spread of the vector.\n"
          "The MSAS has since began regular checks on affected people, monitoring the spread of the vector throughout the region, and sensitizing the population on hygiene.\n"
          "“The Ministry of Health and Social Action relies on the active collaboration of communities and urges them to keep calm. The situation in the region is under control. Populations will be kept regularly informed of the evolution of the disease,” the statement added.\n"
          "Dengue cases have already been recorded in Senegal, where all serotypes of DENV 1 to 4 have been found, particularly in the country’s southeast region of Kedougou, where several epizootic outbreaks of DENV2 have been witnessed since the 1970s.\n"
          "Sporadic cases of Dengue were also reported in 1981 and 1984.\n"
          "In 2009, a major Dengue 3 epidemic broke out with many cases recorded in Dakar and Mbour.\n"
          "From September 2014 to December 2015, 42 cases were also confirmed, particularly in the administrative districts of Dakar, Pikine-Guediawaye, Mbour and Mbacke."),
    entities=[("senegal", "Senegal", "GPE", [], "Senegal (its government)"),
              ("msas", "Senegal’s Ministry of Health and Social Action (MSAS)", "ORGANIZATION",
               ["Ministry of Health and Social Action", "MSAS", "The MSAS", "the ministry",
                "The Ministry of Health and Social Action"], "Senegal's Ministry of Health and Social Action"),
              ("ipd", "the Pasteur Institute of Dakar (IPD)", "ORGANIZATION", ["Pasteur Institute of Dakar", "IPD"],
               "Institut Pasteur de Dakar"),
              ("investigations", "investigations", "GROUP", [], "the ministry's epidemiological investigations"),
              ("statement", "the statement", "ORGANIZATION", [], "the statement of the ministry")],
    mentions=[("m1", ("Senegal", "Senegal confirms"), "senegal"),
              ("m2", "Senegal’s Ministry of Health and Social Action (MSAS)", "msas"),
              ("m3", "the Pasteur Institute of Dakar (IPD)", "ipd"),
              ("m4", ("the ministry", "the ministry dispatched"), "msas"),
              ("m5", ("The ministry", "The ministry said"), "msas"),
              ("m6", "investigations", "investigations"),
              ("m7", ("The ministry", "The ministry claimed"), "msas"),
              ("m8", ("It", "It warned"), "msas"),
              ("m9", "The MSAS", "msas"),
              ("m10", ("The Ministry of Health and Social Action", "“The Ministry"), "msas"),
              ("m11", ("the statement", "the statement added"), "statement")],
    attributions=[("a1", "INDIRECT", "m1", "confirms", ("11 cases of Dengue Fever", "confirms 11 cases"), None),
                  ("a2", "INDIRECT", "m2", ("confirmed", "has confirmed"),
                   "at least eleven cases of Dengue Fever in the northern town of Louga", None),
                  ("a3", "INDIRECT", "m3", "confirmation", "nine cases of the disease in the town", None),
                  ("a4", "INDIRECT", "m5", ("said", "The ministry said"),
                   "investigations have confirmed eleven new cases out of 61 samples tested on October 26", None),
                  ("a5", "INDIRECT", "m6", ("confirmed", "investigations have confirmed"),
                   "eleven new cases out of 61 samples tested on October 26", "a4"),
                  ("a6", "INDIRECT", "m7", "claimed", "there were no fatalities or serious cases", None),
                  ("a7", "INDIRECT", "m7", ("adding", "cases, adding"),
                   "all the patients who tested positive for the disease are doing well and have resumed their normal activities", None),
                  ("a8", "INDIRECT", "m8", "warned",
                   "the existence of ecological conditions particularly conducive to the spread of the vector", None),
                  ("a9", "DIRECT", "m11", ("added", "the statement added"),
                   seg(T, "The Ministry of Health and Social Action relies", "evolution of the disease,"), None),
                  ("a10", "INDIRECT", "m10", "urges", "them to keep calm", "a9")])

# ---------------------------------------------------------------------------------------
doc("africatopsuccess-togo-lome-port-third-quay-bollore",
    url="https://www.africatopsuccess.com/13762/",
    outlet="Africa Top Success", country="Togo", topic="business", cut=False,
    text=(T := "Togo: Port Authority of Lomé inaugurating its 3rd platform on Tuesday\n"
          "Africa Top Success reported it earlier that Togo wants to make of the Port Authority of Lomé, the first destination for ships of the sub-region. The country that already has a deep water port began a few months ago (more than 18 months), the building of the third platform. According to a communiqué from the communication departments of Bolloré group in charge of the execution of the project, the work will be inaugurated on 14th October 2014 in Lomé.\n"
          "Charles Gafan, the representative of Bolloré Logistics in Togo announced in April 2014 the delivery of the 3rd platform under construction in the Port Authority of Lomé. Vincent Bolloré, the CEO of Bolloré group and the Togolese authorities are expected on 14th October in Lomé for the inauguration of the project the cost of which is estimated at 300 billion FCFA. The third platform, for a length of 450m, « strengthens the competitiveness of the Port Authority of Lomé and positions it as one of the big ports of the sub-region. It will allow the receiving of bigger sized ships« , indicated the communiqué from the group.\n"
          "The work will create, according to Charles Gafan, more than 800 indirect jobs and will increase customs receipts and Togolese taxes. « By this project, Bolloré group reaffirms its commitment to support Togo in its development process and contribute to the economic growth of the country« , specified the group."),
    entities=[("ats", "Africa Top Success", "ORGANIZATION", [], "the outlet itself"),
              ("bollore", "Bolloré group", "ORGANIZATION",
               ["the group", "the communiqué from the group",
                "a communiqué from the communication departments of Bolloré group"],
               "French logistics group building the third quay of the port of Lomé"),
              ("gafan", "Charles Gafan", "PERSON", ["Gafan", "Charles Gafan, the representative of Bolloré Logistics in Togo"],
               "representative of Bolloré Logistics in Togo")],
    mentions=[("m1", "Africa Top Success", "ats"),
              ("m2", "a communiqué from the communication departments of Bolloré group", "bollore"),
              ("m3", "Charles Gafan, the representative of Bolloré Logistics in Togo", "gafan"),
              ("m4", "the communiqué from the group", "bollore"),
              ("m5", ("Charles Gafan", "according to Charles Gafan"), "gafan"),
              ("m6", ("Bolloré group", "By this project, Bolloré group"), "bollore"),
              ("m7", ("the group", "specified the group"), "bollore")],
    attributions=[("a1", "INDIRECT", "m1", "reported",
                   "Togo wants to make of the Port Authority of Lomé, the first destination for ships of the sub-region", None),
                  ("a2", "INDIRECT", "m2", "According to", "the work will be inaugurated on 14th October 2014 in Lomé", None),
                  ("a3", "INDIRECT", "m3", "announced",
                   "the delivery of the 3rd platform under construction in the Port Authority of Lomé", None),
                  ("a4", "MIXED", "m4", "indicated", seg(T, "The third platform, for a length", "bigger sized ships«"), None),
                  ("a5", "INDIRECT", "m5", ("according to", "according to Charles"),
                   seg(T, "The work will create", "Togolese taxes"), None),
                  ("a6", "MIXED", "m7", "specified", seg(T, "« By this project", "economic growth of the country«"), None),
                  ("a7", "INDIRECT", "m6", "reaffirms its commitment",
                   "to support Togo in its development process and contribute to the economic growth of the country", "a6")])

# ---------------------------------------------------------------------------------------
doc("ami-nouakchott-emergency-programme-ould-diay-visit",
    url="https://ami.mr/en/archives/23810",
    outlet="Mauritanian News Agency (AMI)", country="Mauritania", topic="local", cut=True,
    text=(T := "Prime Minister stresses during his visit to the Workshops of the Emergency Program for the Development of Nouakchott the Need to complete its Work within the Specified Deadlines\n"
          "The Prime Minister Mokhtar Ould Diay stressed the need to expedite the implementation of the components of the Nouakchott emergency programme, which was launched on January 20th by the President of the Republic, Mohamed Ould Cheikh El Ghazouani.\n"
          "This came during a field visit he made on Saturday to some of the facilities being implemented within the framework of this program, starting at the health center in Sokojim in the province of Ksar in the western province of Nouakchott, and concluding with the road section linking the road junction known locally as “Carrefour Brad” and the Sabah Hotel.\n"
          "The Prime Minister urged those in charge of implementing these projects to expedite the work to be completed collectively within the specified deadlines, noting that His Excellency the President of the Republic obligated the government to follow up on these projects until they are delivered on time.\n"
          "The Prime Minister explained in a statement to the Mauritanian News Agency that the visit included dozens of workshops and three components of the emergency program for the city of Nouakchott, which was prepared on the instructions of His Excellency the President of the Republic, Mohamed Ould Cheikh El Ghazouani, in fulfillment of his commitments to the Mauritanian people.\n"
          "Immediately after her appointment, in parallel with the development programmes it is expected to work on to jumpstart the economy and build a large infrastructure in the field of roads, bridges, water and electricity, the government was obliged to pay urgent attention to development programmes in all provinces to solve the problems pressing Mauritanian citizens, he said."),
    entities=[("diay", "Mokhtar Ould Diay", "PERSON",
               ["Ould Diay", "Prime Minister", "The Prime Minister", "The Prime Minister Mokhtar Ould Diay"],
               "Prime Minister of Mauritania")],
    mentions=[("m1", ("Prime Minister", "Prime Minister stresses"), "diay"),
              ("m2", "The Prime Minister Mokhtar Ould Diay", "diay"),
              ("m3", ("The Prime Minister", "The Prime Minister urged"), "diay"),
              ("m4", ("The Prime Minister", "The Prime Minister explained"), "diay"),
              ("m5", ("he", "he said."), "diay")],
    attributions=[("a1", "INDIRECT", "m1", "stresses", "the Need to complete its Work within the Specified Deadlines", None),
                  ("a2", "INDIRECT", "m2", "stressed", seg(T, "the need to expedite", "Mohamed Ould Cheikh El Ghazouani", "The Prime Minister Mokhtar"), None),
                  ("a3", "INDIRECT", "m3", "urged",
                   "those in charge of implementing these projects to expedite the work to be completed collectively within the specified deadlines", None),
                  ("a4", "INDIRECT", "m3", "noting",
                   "His Excellency the President of the Republic obligated the government to follow up on these projects until they are delivered on time", None),
                  ("a5", "INDIRECT", "m4", "explained", seg(T, "the visit included dozens", "to the Mauritanian people"), None),
                  ("a6", "INDIRECT", "m5", ("said", "he said."), seg(T, "Immediately after her appointment", "pressing Mauritanian citizens"), None)])

# ---------------------------------------------------------------------------------------
doc("ntrtv-afp-mauritania-aziz-corruption-trial-opens",
    url="https://ntrtv.com.tr/mauritanias-ex-leader-faces-political-corruption-charges-in-landmark-trial/",
    outlet="NTR TV (AFP)", country="Turkey", topic="courts-crime", cut=True,
    text=(T := "Mauritania’s ex-leader faces political corruption charges in landmark trial\n"
          "The trial of Mauritania’s former president Mohamed Ould Abdel Aziz has opened with the former head of state answering to accusations he amassed an illicit personal fortune during his 11 years in power.\n"
          "Aziz, a 66-year-old former general, appeared in court on Wednesday in the capital Nouakchott alongside nine other defendants, including former prime ministers, cabinet ministers and businessmen, AFP reports.\n"
          "They face charges that include abuse of office, influence peddling, money laundering and illicit enrichment.\n"
          "Hundreds of police stood guard outside as around one hundred lawyers packed the courtroom, where cameras and mobile phones were prohibited.\n"
          "Outside, dozens of people gathered ahead of the trial, some to support Aziz, others with signs demanding he return allegedly stolen money.\n"
          "“It is a first in the history of Mauritania and perhaps even in the Arab world for a former president to explain his enrichment,” Brahim Ebetty, one of several lawyers representing the state, told AFP.\n"
          "Denial of allegations\n"
          "Aziz, a trader’s son who came to power in a bloodless coup, stepped down in 2019 after two terms in which he defused a militant insurgency that has swept across other countries in the Sahel – a categorisation used for a group of countries comprising Burkina Faso, Chad, Mali, Mauritania and Niger.\n"
          "He was succeeded by his former right-hand man, Mohamed Ould Ghazouani, in the first peaceful transfer of power between elected leaders in the history of a country marked by military coups and upheaval.\n"
          "But within months of the handover, allegations emerged of financial misconduct.\n"
          "Aziz is suspected of siphoning off money from state contracts or the sale of real estate, amassing a fortune equivalent to more than $72 million.\n"
          "“All the people in the box have used the name of the state, the function of the state, (to enrich themselves) – especially Mr Aziz,” Ebetty said."),
    entities=[("afp", "AFP", "ORGANIZATION", ["Agence France-Presse"], "French news agency"),
              ("signs", "others with signs", "GROUP", ["others", "signs"], "people outside the court demanding the money back"),
              ("ebetty", "Brahim Ebetty", "PERSON", ["Ebetty", "Brahim Ebetty, one of several lawyers representing the state"],
               "one of the lawyers representing the Mauritanian state")],
    mentions=[("m1", ("AFP", "AFP reports"), "afp"),
              ("m2", ("others", "others with signs"), "signs"),
              ("m3", ("signs", "signs demanding"), "signs"),
              ("m4", "Brahim Ebetty, one of several lawyers representing the state", "ebetty"),
              ("m5", ("AFP", "told AFP"), "afp"),
              ("m6", ("Ebetty", "Ebetty said"), "ebetty")],
    attributions=[("a1", "INDIRECT", None, "accusations", "he amassed an illicit personal fortune during his 11 years in power", None),
                  ("a2", "INDIRECT", "m1", "reports", seg(T, "Aziz, a 66-year-old former general", "cabinet ministers and businessmen"), None),
                  ("a3", "INDIRECT", "m3", "demanding", "he return allegedly stolen money", None),
                  ("a4", "DIRECT", "m4", "told",
                   "It is a first in the history of Mauritania and perhaps even in the Arab world for a former president to explain his enrichment,", None),
                  ("a5", "INDIRECT", None, ("allegations", "allegations emerged"), "financial misconduct", None),
                  ("a6", "INDIRECT", None, "suspected",
                   "siphoning off money from state contracts or the sale of real estate, amassing a fortune equivalent to more than $72 million", None),
                  ("a7", "DIRECT", "m6", ("said", "Ebetty said"), seg(T, "All the people in the box", "especially Mr Aziz,"), None)])

# ---------------------------------------------------------------------------------------
doc("foxsportsasia-madagascar-dupuis-pride-of-a-nation",
    url="https://www.foxsportsasia.com/football/1130385/madagascar-players-the-pride-of-a-nation-says-coach-nicolas-dupuis/",
    outlet="Fox Sports Asia (Omnisport)", country="Singapore", topic="sport", cut=False, published="2019-07-01",
    text=(T := "Madagascar players the pride of a nation, says coach Nicolas Dupuis\n"
          "Madagascar’s players came in for special praise as they reached the Africa Cup of Nations knockout stages on Sunday.\n"
          "Madagascar coach Nicolas Dupuis lauded his team after they produced a stunning Africa Cup of Nations upset against Nigeria on Sunday.\n"
          "Nigeria, the three-time AFCON champions, were beaten 2-0 as goals from Lalaina Nomenjanahary and Carolus Andriamahitsinoro caused a stir in Alexandria.\n"
          "Ranked108th in the world and playing at the tournament for the first time, Madagascar topped Group B as a result of their latest win against a Nigeria side who had already qualified.\n"
          "“I have to thank the players who made me proud and the people of Madagascar proud,” said Dupuis. “It’s a real achievement for us.\n"
          "“When I saw the group we were given, we all put Nigeria as favourites. Nigeria are still a strong favourite for the tournament.\n"
          "“I really wanted to make the Madagascar people dream and we did but it came at a bit of a cost with all the effort we put in.”\n"
          "Dupuis revealed will have to shake things up for Madagascar’s next match against one of four best third-place finishers.\n"
          "“I find that the players are more and more concentrated [as the tournament goes on],” he added.\n"
          "“But I have always played the same players and that’s going to be a major problem now.\n"
          "“We’re going to have 10 of them resting at training.\n"
          "“The main problem is that Marco [Ilaimaharitra] received a second yellow card and won’t be able to play in the next match.”"),
    entities=[("dupuis", "Nicolas Dupuis", "PERSON",
               ["Dupuis", "coach Nicolas Dupuis", "Madagascar coach Nicolas Dupuis"], "head coach of Madagascar's national football team")],
    mentions=[("m1", ("coach Nicolas Dupuis", "says coach Nicolas Dupuis"), "dupuis"),
              ("m2", "Madagascar coach Nicolas Dupuis", "dupuis"),
              ("m3", ("Dupuis", "said Dupuis"), "dupuis"),
              ("m4", ("Dupuis", "Dupuis revealed"), "dupuis"),
              ("m5", ("he", "he added"), "dupuis")],
    attributions=[("a1", "INDIRECT", "m1", "says", "Madagascar players the pride of a nation", None),
                  ("a2", "INDIRECT", "m2", "lauded", "his team", None),
                  ("a3", "DIRECT", "m3", ("said", "said Dupuis"),
                   "I have to thank the players who made me proud and the people of Madagascar proud,", None),
                  ("a4", "DIRECT", "m3", None, seg(T, "It’s a real achievement for us.", "all the effort we put in."), None),
                  ("a5", "INDIRECT", "m4", "revealed",
                   "will have to shake things up for Madagascar’s next match against one of four best third-place finishers", None),
                  ("a6", "DIRECT", "m5", ("added", "he added"),
                   "I find that the players are more and more concentrated [as the tournament goes on],", None),
                  ("a7", "DIRECT", "m5", None, seg(T, "But I have always played", "play in the next match."), None)])

# ---------------------------------------------------------------------------------------
doc("countzpr-trf-senegal-saint-louis-coast-crumbles",
    url="https://countzpr.com/2017/05/26/senegals-coast-crumbles-into-the-atlantic-ocean-leaves-residents-moving-to-safer-ground/",
    outlet="CountzPR (Thomson Reuters Foundation)", country="unknown", topic="environment", cut=True,
    published="2017-05-26",
    text=(T := "As Senegal’s coast crumbles into the Atlantic Ocean, residents ponder moving to safer ground.\n"
          "Senegal, May 26 (Thomson Reuters Foundation) – Cheikh Badiane, a weathered fisherman, looks out to sea from the edge of his neighbourhood in the north Senegalese city of Saint-Louis.\n"
          "Behind him is a densely populated fishing quarter, where buildings rise haphazardly, and children and animals fill narrow sandy streets.\n"
          "Before him, the land ends abruptly and waves lap against the ruins of a concrete wall. Each year, a bit more of his hometown crumbles into the Atlantic Ocean.\n"
          "“A French man told us once that there will be a time when this land won’t exist,” said Badiane, who lives in the working-class district of Guet Ndar. “Maybe in 30 years, maybe in 50. I don’t know.”\n"
          "What he knows is that the land he grew up on – a thin strip between the Senegal River and the ocean – is disappearing fast.\n"
          "Senegal’s coastline is receding at an estimated average rate of 1 to 2 metres per year, driven by rising sea levels, rapid urbanisation and illegal sand mining for construction. Other countries in West Africa face similar problems.\n"
          "In vulnerable communities like Badiane’s, some experts say the trend is irreversible, and the best option is for families to move before they lose their houses and belongings.\n"
          "“(The people) are trying to fight, but in reality the phenomenon has become very serious,” said Abdou Sane, a former parliamentarian based in Dakar who has spearheaded efforts to reduce the threat of disasters.\n"
          "“It exceeds the means of the government, the means of communities,” he added."),
    entities=[("badiane", "Cheikh Badiane", "PERSON", ["Badiane", "Cheikh Badiane, a weathered fisherman"],
               "fisherman in Guet Ndar, Saint-Louis"),
              ("frenchman", "A French man", "PERSON", [], "a Frenchman who once spoke to the fishermen"),
              ("experts", "some experts", "GROUP", [], "experts on coastal erosion"),
              ("sane", "Abdou Sane", "PERSON", ["Sane", "Abdou Sane, a former parliamentarian based in Dakar"],
               "former Senegalese parliamentarian working on disaster risk")],
    mentions=[("m1", "Cheikh Badiane, a weathered fisherman", "badiane"),
              ("m2", "A French man", "frenchman"),
              ("m3", ("Badiane", "said Badiane"), "badiane"),
              ("m4", ("he", "What he knows"), "badiane"),
              ("m5", "some experts", "experts"),
              ("m6", "Abdou Sane, a former parliamentarian based in Dakar", "sane"),
              ("m7", ("he", "he added"), "sane")],
    attributions=[("a1", "DIRECT", "m3", ("said", "said Badiane"),
                   "A French man told us once that there will be a time when this land won’t exist,", None),
                  ("a2", "INDIRECT", "m2", "told", "there will be a time when this land won’t exist", "a1"),
                  ("a3", "DIRECT", "m3", None, "Maybe in 30 years, maybe in 50. I don’t know.", None),
                  ("a4", "INDIRECT", "m4", "knows",
                   "the land he grew up on – a thin strip between the Senegal River and the ocean – is disappearing fast", None),
                  ("a5", "INDIRECT", "m5", "say",
                   "the trend is irreversible, and the best option is for families to move before they lose their houses and belongings", None),
                  ("a6", "DIRECT", "m6", ("said", "said Abdou"),
                   "(The people) are trying to fight, but in reality the phenomenon has become very serious,", None),
                  ("a7", "DIRECT", "m7", ("added", "he added"), "It exceeds the means of the government, the means of communities,", None)])

write("train_ae.jsonl")
