#!/usr/bin/env python3
"""Writes train_i.jsonl: real-news gold, split train-i (see gold.py). Run: python3 make_train_i.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("interfax-georgia-opposition-tents-tbilisi",
    url="https://en.interfax.com.ua/news/general/726849.html",
    outlet="Interfax-Ukraine", country="Ukraine", topic="politics", cut=True,
    text=(T := "Opposition activists set up tents outside Georgian parliament in Tbilisi\n"
          "Georgian opposition activists, who arrived in Tbilisi from regions on Friday, have set up 11 tents in a small square outside the parliament building and spent a night in them.\n"
          "\"The tents outside the parliament are part of our fight against the regime adversary to the people. It is our legitimate right to express protest. If necessary, we will set up tents in the middle of Rustaveli Avenue as well,\" Zaal Udumashvili, one of the leaders of the opposition party United National Movement, told journalists.\n"
          "The police do not yet interfere with opposition activists' activities, but they do not allow them to set up tents on the traffic area of Rustaveli Avenue.\n"
          "On Friday, leaders and supporters of the opposition held a noisy, but small rally in central Tbilisi. According to various estimates, from 1,000 to 2,000 people took part in it. The protesters demanded that United National Movement Chairman Nikanor Melia be released and that a new parliamentary election be scheduled. The opposition leaders said that the authorities must meet their demands in the next two weeks otherwise protests will grow more radical. Opposition activists plant to picket outside the buildings of the parliament, the State Chancellery, the Interior Ministry, and the city court.\n"
          "Representatives of the ruling party Georgian Dream, in turn, told journalists that the protestors in Tbilisi are leaders and activists of the opposition parties, but they are not supported by ordinary citizens.\n"
          "\"The radical opposition led by former President Mikheil Saakashvili does not have support among the population today,\" Giorgi Volski, first deputy parliamentary speaker and one of the Georgian Dream leaders, told the press.\n"
          "According to Volski, the opposition's events of the last few days were organized by Saakashvili who wants \"not just to return to Georgia, but return to rule Georgia.\""),
    entities=[("udumashvili", "Zaal Udumashvili", "PERSON", ["Udumashvili"],
               "a leader of the opposition United National Movement"),
              ("protesters", "The protesters", "GROUP",
               ["leaders and supporters of the opposition", "the protestors in Tbilisi"],
               "participants of the opposition rally in Tbilisi"),
              ("estimates", "various estimates", "GROUP", [], None),
              ("oppleaders", "The opposition leaders", "GROUP", [], "leaders of the Georgian opposition"),
              ("gdreps", "Representatives of the ruling party Georgian Dream", "GROUP", [], None),
              ("volski", "Giorgi Volski", "PERSON", ["Volski"],
               "first deputy parliamentary speaker, Georgian Dream leader")],
    mentions=[("m1", "Zaal Udumashvili, one of the leaders of the opposition party United National Movement", "udumashvili"),
              ("m2", "leaders and supporters of the opposition", "protesters"),
              ("m3", "various estimates", "estimates"),
              ("m4", "The protesters", "protesters"),
              ("m5", "The opposition leaders", "oppleaders"),
              ("m6", "Representatives of the ruling party Georgian Dream", "gdreps"),
              ("m7", "the protestors in Tbilisi", "protesters"),
              ("m8", "Giorgi Volski, first deputy parliamentary speaker and one of the Georgian Dream leaders", "volski"),
              ("m9", ("Volski", "According to Volski"), "volski")],
    attributions=[("a1", "DIRECT", "m1", ("told", "United National Movement, told"), seg(T, "The tents outside", "as well,"), None),
                  ("a2", "INDIRECT", "m3", ("According to", "According to various"), "from 1,000 to 2,000 people took part in it", None),
                  ("a3", "INDIRECT", "m4", "demanded", "United National Movement Chairman Nikanor Melia be released and that a new parliamentary election be scheduled", None),
                  ("a4", "INDIRECT", "m5", ("said", "leaders said"), "the authorities must meet their demands in the next two weeks otherwise protests will grow more radical", None),
                  ("a5", "INDIRECT", "m6", ("told", "in turn, told"), "the protestors in Tbilisi are leaders and activists of the opposition parties, but they are not supported by ordinary citizens", None),
                  ("a6", "DIRECT", "m8", ("told", "told the press"), "The radical opposition led by former President Mikheil Saakashvili does not have support among the population today,", None),
                  ("a7", "MIXED", "m9", ("According to", "According to Volski"), seg(T, "the opposition's events", "rule Georgia.\""), None)])

# ---------------------------------------------------------------------------------------
doc("caucasianknot-armenia-charges-oppositionists",
    url="https://caucasianknot.info/newstext/engnews/id/1209479.html",
    outlet="Caucasian Knot", country="Russia", topic="courts-crime", cut=False,
    published="2008-03-10",
    text=(T := "Prosecutor's office of Armenia presents charges to 59 oppositionists\n"
          "Charges of taking part in mass disorders in Yerevan, during which eight persons were lost, have been presented to 59 persons by the Prosecutor's Office of Armenia.\n"
          "Sona Truzyan, press secretary of the General Public Prosecutor of Armenia, has reported that a huge work was already conducted under the preliminary investigation, the key persons who had provoked and organized mass disorders are established, a number of structures have been identified who had organized and coordinated the actions aimed at destabilizing the internal political situation in the country, the RIA \"Novosti\" reports.\n"
          "In particular, according to Ms Truzyan, for spending a night in the Freedom Square people received 5-10 thousand drams (16-32 US dollars) each, they were provided with foodstuffs and drinks.\n"
          "\"According to the obtained data, the necessary financial resources to support the stay in the Freedom Square of residents of the city of Razdan and adjacent villages were provided by deputy of the National Assembly Sasun Mikaelyan, who is currently searched, and the protesters were recruited by his supporter, known as Gor,\" Sona Truzyan has informed.\n"
          "\"According to the available data, apart from funding the participants of illegal mass actions directed at destabilizing the country, Mr Mikaelyan gave clear instructions to seize power at any cost,\" Ms Truzyan has added and reported that Baregamyan and Gor are already detained."),
    entities=[("prosecutor", "Prosecutor's Office of Armenia", "ORGANIZATION", [], "Armenian prosecution service"),
              ("truzyan", "Sona Truzyan", "PERSON", ["Truzyan", "Ms Truzyan"],
               "press secretary of the General Public Prosecutor of Armenia"),
              ("mikaelyan", "Sasun Mikaelyan", "PERSON", ["Mikaelyan", "Mr Mikaelyan"], "National Assembly deputy")],
    mentions=[("m1", "Prosecutor's office of Armenia", "prosecutor"),
              ("m2", "the Prosecutor's Office of Armenia", "prosecutor"),
              ("m3", "Sona Truzyan, press secretary of the General Public Prosecutor of Armenia", "truzyan"),
              ("m4", ("Ms Truzyan", "according to Ms Truzyan"), "truzyan"),
              ("m5", "deputy of the National Assembly Sasun Mikaelyan", "mikaelyan"),
              ("m6", ("Sona Truzyan", "Sona Truzyan has informed"), "truzyan"),
              ("m7", "Mr Mikaelyan", "mikaelyan"),
              ("m8", ("Ms Truzyan", "Ms Truzyan has added"), "truzyan")],
    attributions=[("a1", "INDIRECT", "m2", ("Charges", "Charges of taking"), "taking part in mass disorders in Yerevan, during which eight persons were lost", None),
                  ("a2", "INDIRECT", "m3", ("reported", "has reported that a huge"), seg(T, "a huge work was already", "situation in the country"), None),
                  ("a3", "INDIRECT", "m4", ("according to", "according to Ms Truzyan"), "for spending a night in the Freedom Square people received 5-10 thousand drams (16-32 US dollars) each, they were provided with foodstuffs and drinks", None),
                  ("a4", "DIRECT", "m6", "informed", seg(T, "According to the obtained data", "known as Gor,"), None),
                  ("a5", "DIRECT", "m8", "added", seg(T, "According to the available data", "at any cost,"), None),
                  ("a6", "INDIRECT", "m7", "instructions", "to seize power at any cost", "a5"),
                  ("a7", "INDIRECT", "m8", ("reported", "and reported that"), "Baregamyan and Gor are already detained", None)])

# ---------------------------------------------------------------------------------------
doc("timeskuwait-alomair-environmental-projects",
    url="http://www.timeskuwait.com/Times_Kuwait-to-implement-projects-of-environmental-impact---Minister-",
    outlet="Times Kuwait", country="Kuwait", topic="environment", cut=False,
    published="2014-11-10",
    text=(T := "Kuwait to implement projects of environmental impact - Minister\n"
          "Kuwait's Minister of Oil and Minister of State for National Assembly Affairs Dr. Ali Al-Omair said Sunday that his country is to implement a number of projects in the forthcoming period that have environmental impact.\n"
          "The State of Kuwait is committed to conduct feasibility studies on environmental impact before implementing any developmental project and link outcomes of these studies with approval of projects, Al-Omair affirmed to KUNA after taking part in the 26th session of the Arab ministers responsible for the environment, currently being held here.\n"
          "The Kuwaiti environmental law is one of the best achieved laws and a significant landmark in the Kuwaiti legislative field, the Minister Al-Omair noted, adding that all official bodies in Kuwait will be subjected to the requirements mentioned in the country's environmental law, taking into consideration balance among these bodies in a way that would not negatively affect the environment.\n"
          "Several articles of the environmental law have been currently implemented, he said, indicating that other articles in the law need an executive regulation which organizes the work of all bodies concerned with implementing the law.\n"
          "On prospective amendments on special international protocols regarding climate, he said Kuwait supports any effort that serves Arab nation's interests."),
    entities=[("alomair", "Ali Al-Omair", "PERSON",
               ["Al-Omair", "Dr. Ali Al-Omair", "Minister", "the Minister Al-Omair",
                "Kuwait's Minister of Oil and Minister of State for National Assembly Affairs Dr. Ali Al-Omair"],
               "Kuwaiti Minister of Oil and Minister of State for National Assembly Affairs")],
    mentions=[("m1", ("Minister", "impact - Minister"), "alomair"),
              ("m2", "Kuwait's Minister of Oil and Minister of State for National Assembly Affairs Dr. Ali Al-Omair", "alomair"),
              ("m3", ("Al-Omair", "Al-Omair affirmed"), "alomair"),
              ("m4", "the Minister Al-Omair", "alomair"),
              ("m5", ("he", "he said, indicating"), "alomair"),
              ("m6", ("he", "he said Kuwait"), "alomair")],
    attributions=[("a1", "INDIRECT", "m1", None, "Kuwait to implement projects of environmental impact", None),
                  ("a2", "INDIRECT", "m2", ("said", "Al-Omair said"), "his country is to implement a number of projects in the forthcoming period that have environmental impact", None),
                  ("a3", "INDIRECT", "m3", "affirmed", seg(T, "The State of Kuwait is committed", "approval of projects"), None),
                  ("a4", "INDIRECT", "m4", "noted", "The Kuwaiti environmental law is one of the best achieved laws and a significant landmark in the Kuwaiti legislative field", None),
                  ("a5", "INDIRECT", "m4", "adding", seg(T, "all official bodies in Kuwait", "negatively affect the environment"), None),
                  ("a6", "INDIRECT", "m5", ("said", "he said, indicating"), "Several articles of the environmental law have been currently implemented", None),
                  ("a7", "INDIRECT", "m5", "indicating", seg(T, "other articles in the law", "implementing the law"), None),
                  ("a8", "INDIRECT", "m6", ("said", "he said Kuwait"), "Kuwait supports any effort that serves Arab nation's interests", None)])

# ---------------------------------------------------------------------------------------
doc("thepost-maseru-dumpsite-residents",
    url="https://www.thepost.co.ls/news/the-big-stink-of-maseru/",
    outlet="The Post (Lesotho)", country="Lesotho", topic="local", cut=True,
    text=(T := "The big stink of Maseru\n"
          "MASERU – FROM litigation to meetings with council officials and MPs, the stink refuses to go for residents of Ha-Tšosane. Thousands of people who are living in the area have for years paid the price of haphazard planning of human settlements by the Maseru City Council. A dumpsite that has become a health hazard showcases the troubles of the residents.\n"
          "Residents’ representatives have for the past decade been to the Ministry of Local Government, the Maseru City Council (MCC) and the parliamentary Public Accounts\n"
          "Committee (PAC) seeking intervention without success. Last year they took the MCC to court. The case is yet to be heard.\n"
          "The residents approached the court after the MCC threatened them with eviction, claiming that they built their houses around the dumpsite without the municipality’s authorisation.\n"
          "Residents at Ha-Tšosane say instead of moving them, the council should close the “filthy landfill”.\n"
          "Some have been angered by comments made by the council spokesperson, ’Makatleho Mosala, who previously told thepost that the residents were illegal occupants who should be removed without compensation.\n"
          "The infamous dumpsite is very close to residential houses and poses a health risk.\n"
          "“The houses were built after the city made that area a dumpsite,” Mosala said. “That dumpsite existed a very long time ago. Actually that was a quarry pit and then later was turned into a dumpsite,” she said. “Even if you go there you will find that some of the houses are still new and others are just very close to it.”\n"
          "Mosala had said “most of those people, some of them were not given the green light by the Maseru City Council to build in that area because there was already a dumpsite there. Those illegal site occupants will be removed without any compensation.”\n"
          "She said the council had already told the residents to leave, although negotiations are still ongoing.\n"
          "But the residents are having none of it."),
    entities=[("residents", "residents of Ha-Tšosane", "GROUP", ["Residents at Ha-Tšosane", "the residents"],
               "residents living around the Ha-Tšosane dumpsite"),
              ("mcc", "Maseru City Council", "ORGANIZATION", ["MCC", "the MCC", "the council", "the Maseru City Council (MCC)"],
               "municipality of Maseru"),
              ("mosala", "’Makatleho Mosala", "PERSON", ["Mosala", "the council spokesperson"],
               "Maseru City Council spokesperson")],
    mentions=[("m1", "residents of Ha-Tšosane", "residents"),
              ("m2", ("the Maseru City Council", "settlements by the Maseru City Council"), "mcc"),
              ("m3", ("the residents", "troubles of the residents"), "residents"),
              ("m4", "the Maseru City Council (MCC)", "mcc"),
              ("m5", ("the MCC", "took the MCC"), "mcc"),
              ("m6", ("The residents", "The residents approached"), "residents"),
              ("m7", ("the MCC", "the MCC threatened"), "mcc"),
              ("m8", "Residents at Ha-Tšosane", "residents"),
              ("m9", ("the council", "the council should close"), "mcc"),
              ("m10", "the council spokesperson, ’Makatleho Mosala", "mosala"),
              ("m11", ("the residents", "the residents were illegal"), "residents"),
              ("m12", ("Mosala", "Mosala said."), "mosala"),
              ("m13", ("she", "she said. "), "mosala"),
              ("m14", ("Mosala", "Mosala had said"), "mosala"),
              ("m15", ("the Maseru City Council", "green light by the Maseru City Council"), "mcc"),
              ("m16", ("She", "She said the council"), "mosala"),
              ("m17", ("the council", "the council had already"), "mcc"),
              ("m18", ("the residents", "the residents to leave"), "residents"),
              ("m19", ("the residents", "the residents are having"), "residents")],
    attributions=[("a1", "INDIRECT", "m7", "threatened", ("eviction", "with eviction"), None),
                  ("a2", "INDIRECT", "m7", "claiming", "they built their houses around the dumpsite without the municipality’s authorisation", None),
                  ("a3", "MIXED", "m8", ("say", "Tšosane say"), "instead of moving them, the council should close the “filthy landfill”", None),
                  ("a4", "INDIRECT", "m10", ("told", "previously told"), "the residents were illegal occupants who should be removed without compensation", None),
                  ("a5", "DIRECT", "m12", ("said", "Mosala said."), "The houses were built after the city made that area a dumpsite,", None),
                  ("a6", "DIRECT", "m13", ("said", "she said. "), "That dumpsite existed a very long time ago. Actually that was a quarry pit and then later was turned into a dumpsite,", None),
                  ("a7", "DIRECT", "m13", None, "Even if you go there you will find that some of the houses are still new and others are just very close to it.", None),
                  ("a8", "DIRECT", "m14", ("said", "Mosala had said"), seg(T, "most of those people", "without any compensation."), None),
                  ("a9", "INDIRECT", "m16", ("said", "She said the council"), "the council had already told the residents to leave, although negotiations are still ongoing", None),
                  ("a10", "INDIRECT", "m17", ("told", "already told"), "to leave", "a9")])

# ---------------------------------------------------------------------------------------
doc("itel-yesayan-5g-armenia",
    url="https://itel.am/en/news/14092",
    outlet="ITel.am", country="Armenia", topic="technology", cut=False,
    published="2022-12-23",
    text=(T := "Hayk Yesayan: All operators can provide 5G but there is no need for it in the market\n"
          "General Director of Team Telecom Armenia Hayk Yesayan believes that there is no need for 5G in the Armenian market.\n"
          "“It is still a bit early to talk about 5G, because there is no need for it in the market, the consumption is very low. All the three operators functioning in Armenia can easily provide 5G network, but this is not yet commercially viable. We can say that the company to do this first is more likely to pursue marketing goals,” Hayk Yesayan said in an exclusive interview to Banks.am.\n"
          "He noted that Team Telecom Armenia also launches a major project of data center creation.\n"
          "“Due to NGN network we have gone beyond the borders of the Republic of Armenia and now we provide internet to 5 countries of the Middle East. Armenia has now become an internet-exporting country. This collaboration was made possible thanks to very complex and consistent work. The market of the Middle East countries is interesting, because in terms of Internet supply, you are “fighting” with Turkey and Azerbaijan here. As a result, we reached the point where we got 50% of the supply. This is a great achievement for Armenia, since in our case this was the company’s “struggle”, in case of Turkey telecom is state-owned, and Azerbaijan has great financial opportunities,” Hayk Yesayan said."),
    entities=[("yesayan", "Hayk Yesayan", "PERSON",
               ["Yesayan", "General Director of Team Telecom Armenia Hayk Yesayan"],
               "General Director of Team Telecom Armenia")],
    mentions=[("m1", ("Hayk Yesayan", "Hayk Yesayan: All"), "yesayan"),
              ("m2", "General Director of Team Telecom Armenia Hayk Yesayan", "yesayan"),
              ("m3", ("Hayk Yesayan", "Hayk Yesayan said in"), "yesayan"),
              ("m4", ("He", "He noted"), "yesayan"),
              ("m5", ("Hayk Yesayan", "Hayk Yesayan said."), "yesayan")],
    attributions=[("a1", "INDIRECT", "m1", None, "All operators can provide 5G but there is no need for it in the market", None),
                  ("a2", "INDIRECT", "m2", "believes", "there is no need for 5G in the Armenian market", None),
                  ("a3", "DIRECT", "m3", ("said", "Hayk Yesayan said in"), seg(T, "It is still a bit early", "marketing goals,"), None),
                  ("a4", "INDIRECT", "m4", "noted", "Team Telecom Armenia also launches a major project of data center creation", None),
                  ("a5", "DIRECT", "m5", ("said", "Hayk Yesayan said."), seg(T, "Due to NGN network", "great financial opportunities,"), None)])

# ---------------------------------------------------------------------------------------
doc("gogo-miat-local-flights-premier",
    url="http://mongolia.gogo.mn/r/151505",
    outlet="GoGo Mongolia", country="Mongolia", topic="business", cut=True,
    published="2016-02-25",
    text=(T := "MIAT to launch local flights in mid of April\n"
          "Wednesday, The Prime Minister Ch.Saikhanbileg ran the “Hour for solutions” weekly meeting, convening G.Nyamdavaa, a head of the Civil Aviation Authority (CAA), and T.Tamir, CEO of the Mongolian Airlines (MIAT).\n"
          "The Premier reminded them that the government has been implementing several-phase measures focused on people of remote regions, especially of western provinces, for example, petroleum prices in aimags have been reduced by 150-350 Togrog per liter to the level of the capital city.\n"
          "He said that the workers who are constructing auto roads in the western aimags should be given an opportunity to be carried by airplanes. “The paved roads work, aimed at connecting the provinces' centers to the UB city, has been successful but the workers have to spend much time to get to these aimags, for instance, small-sized planes--the only air transport in localities--fly over three hours,” the Premier noted and suggested a possibility of shrinking this time by putting large planes into the local flights.\n"
          "Khovd aimag has a nice paved runway suitable for large airplanes, moreover, flights can be performed from there to neighboring Bayan-Olgii, Uvs and Gobi-Altai provinces, he said adding that  ticket prices may be reduced for these flights.\n"
          "The Premier obliged the CAA and MIAT leaders to work out proposals on the matter, and said the expansion of the local flights would also boost the tourism, and that it is necessary to connect Ulaanbaatar to cities of the neighbor countries through transit flights. \"The MIAT must develop the 'state-private sector' partnership in the airline sector under a mutually-beneficial principle\"."),
    entities=[("pm", "Ch.Saikhanbileg", "PERSON",
               ["Saikhanbileg", "The Prime Minister Ch.Saikhanbileg", "The Premier"], "Prime Minister of Mongolia")],
    mentions=[("m1", "The Prime Minister Ch.Saikhanbileg", "pm"),
              ("m2", ("The Premier", "The Premier reminded"), "pm"),
              ("m3", ("He", "He said that the workers"), "pm"),
              ("m4", ("the Premier", "the Premier noted"), "pm"),
              ("m5", ("he", "he said adding"), "pm"),
              ("m6", ("The Premier", "The Premier obliged"), "pm")],
    attributions=[("a1", "INDIRECT", "m2", "reminded", seg(T, "the government has been implementing", "the capital city"), None),
                  ("a2", "INDIRECT", "m3", ("said", "He said that the workers"), "the workers who are constructing auto roads in the western aimags should be given an opportunity to be carried by airplanes", None),
                  ("a3", "DIRECT", "m4", "noted", seg(T, "The paved roads work", "fly over three hours,"), None),
                  ("a4", "INDIRECT", "m4", "suggested", "a possibility of shrinking this time by putting large planes into the local flights", None),
                  ("a5", "INDIRECT", "m5", ("said", "he said adding"), seg(T, "Khovd aimag has", "Gobi-Altai provinces"), None),
                  ("a6", "INDIRECT", "m5", "adding", "ticket prices may be reduced for these flights", None),
                  ("a7", "INDIRECT", "m6", ("said", "and said the expansion"), seg(T, "the expansion of the local flights", "through transit flights"), None),
                  ("a8", "DIRECT", "m6", None, "The MIAT must develop the 'state-private sector' partnership in the airline sector under a mutually-beneficial principle", None)])

# ---------------------------------------------------------------------------------------
doc("twocircles-basile-copa-america-final",
    url="https://twocircles.net/2007jul17/argentina_coach_admits_everything_went_wrong.html",
    outlet="TwoCircles.net", country="India", topic="sport", cut=True,
    published="2007-07-17",
    text=(T := "Argentina coach admits ‘everything went wrong’\n"
          "Buenos Aires : Argentina’s national coach Alfio Basile has admitted that “everything went wrong” for his team in the Copa America final defeat to Brazil 0-3.\n"
          "“(Brazil) played better and beat us clearly. Everything worked out for them and nothing worked out for us,” Basile said in a press conference Monday outside Buenos Aires at the Argentine Football Association (AFA) offices.\n"
          "After losing the final Sunday in Maracaibo, Venezuela, the Argentine team returned to Buenos Aires – with the exception of captain Roberto Ayala and Gabriel Milito – in the early hours of Monday.\n"
          "“I have to have a strong head. It hurts and I am not happy. I thought we were going to win the final. I did not make changes at half time because I had to bring seven guys off the pitch and I preferred to support them. We never had clarity,” the Argentine coach said.\n"
          "Basile noted that apart from the final match, Argentina played a great Copa America.\n"
          "“Everything was positive except the final,” he stressed. “We programmed everything as usual. But when two giants play, the one who gets up in better shape wins. They scored a goal after three minutes and then they outdid us,” said an uncomfortable Basile.\n"
          "The coach was criticised for not picking up the finalist’s medal after the game.\n"
          "“The medal? It was there. I was not interested. It was all very messy and I stood there. It’s not such a big deal,” said Basile, who also declined to address the media after the final in Maracaibo.\n"
          "It has been 14 years since Argentina last lifted a trophy at the Copa America in 1993, and its World Cup glory goes back to 1986.\n"
          "By the end of Sunday’s final, the Argentine daily Clarin had a blunt headline: “Argentina suffered a nightmare with Brazil.”"),
    entities=[("basile", "Alfio Basile", "PERSON",
               ["Basile", "Argentina coach", "Argentina’s national coach Alfio Basile", "the Argentine coach",
                "an uncomfortable Basile", "The coach"],
               "Argentina national football team coach"),
              ("clarin", "Clarin", "ORGANIZATION", ["the Argentine daily Clarin"], "Argentine daily newspaper")],
    mentions=[("m1", "Argentina coach", "basile"),
              ("m2", "Argentina’s national coach Alfio Basile", "basile"),
              ("m3", ("Basile", "Basile said in"), "basile"),
              ("m4", "the Argentine coach", "basile"),
              ("m5", ("Basile", "Basile noted"), "basile"),
              ("m6", ("he", "he stressed"), "basile"),
              ("m7", "an uncomfortable Basile", "basile"),
              ("m8", "The coach", "basile"),
              ("m9", ("Basile", "Basile, who also"), "basile"),
              ("m10", "the Argentine daily Clarin", "clarin")],
    attributions=[("a1", "DIRECT", "m1", "admits", ("everything went wrong", "admits ‘"), None),
                  ("a2", "MIXED", "m2", "admitted", "“everything went wrong” for his team in the Copa America final defeat to Brazil 0-3", None),
                  ("a3", "DIRECT", "m3", ("said", "Basile said in"), seg(T, "(Brazil) played better", "worked out for us,"), None),
                  ("a4", "DIRECT", "m4", ("said", "coach said."), seg(T, "I have to have a strong head.", "never had clarity,"), None),
                  ("a5", "INDIRECT", "m5", "noted", "apart from the final match, Argentina played a great Copa America", None),
                  ("a6", "DIRECT", "m6", "stressed", "Everything was positive except the final,", None),
                  ("a7", "DIRECT", "m7", ("said", "said an uncomfortable"), seg(T, "We programmed everything", "they outdid us,"), None),
                  ("a8", "DIRECT", "m9", ("said", "said Basile, who"), seg(T, "The medal? It was there.", "such a big deal,"), None),
                  ("a9", "DIRECT", "m10", "headline", "Argentina suffered a nightmare with Brazil.", None)])

write("train_i.jsonl")
