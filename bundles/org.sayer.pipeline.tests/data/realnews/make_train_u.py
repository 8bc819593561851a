#!/usr/bin/env python3
"""Writes train_u.jsonl: real-news gold, split train-u (see gold.py). Run: python3 make_train_u.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("b92-bogdanovic-eulex-marnhac-meeting",
    url="http://www.b92.net/eng/news/politics-article.php?yyyy=2011&mm=06&dd=01&nav_id=74693",
    outlet="B92", country="Serbia", topic="politics", cut=False,
    published="2011-06-01",
    text=(T := "Kosovo minister meets with EULEX chief\n"
          "BELGRADE -- Minister for Kosovo-Metohija Goran Bogdanović and EULEX chief Xavier Bout de Marnhac met on Wednesday in Belgrade.\n"
          "They agreed that problems in Kosovo \"can only be resolved through dialogue talks and agreements\", said reports.\n"
          "After the meeting with Marnhac at the Palace of Serbia in Belgrade, Bogdanović told the journalists that all topics were discussed, \"or better yet, problems,\" that the Kosovo citizens are facing.\n"
          "\"We agreed that the EULEX Mission has to be status neutral,\" Bogdanović said, adding that, as long as it is status neutral, EULEX will have the support of both the Serb community in Kosovo and the official Belgrade.\n"
          "According to Bogdanović, the representatives of the Serb community should hold talks with EULEX in the period to come and try to find the best solution of mutual interest regarding the rotation of police commanders.\n"
          "He stressed that one of the topics was the fight against organized crime, and agreed with Marnhac on undertaking joint activities.\n"
          "Bogdanović told Marnhac that EULEX has full support of the Serbian government and Ministry for KiM in combating all types of crime present both in northern, as well other parts of Kosovo.\n"
          "The minister said that road blockage in northern Kosovo was also discussed.\n"
          "We agreed that no one can be arrested for not fulfilling obligations towards the so-called state of Kosovo, as everyone knows that the Serb community does not recognize Kosovo and is not willing to pay taxes, contributions and excise duties imposed by Kosovo, the minister said.\n"
          "He said that the road blockage is not a way to resolve the problem, but is one of the ways for Serbs to express their dissatisfaction and protest.\n"
          "According to announcements, Marnhac will also meet Serbian Interior Minister Ivica Dačić on Wednesday."),
    entities=[("bogdanovic", "Goran Bogdanović", "PERSON",
               ["Bogdanović", "Minister for Kosovo-Metohija Goran Bogdanović", "Kosovo minister", "The minister"],
               "Serbian Minister for Kosovo-Metohija"),
              ("marnhac", "Xavier Bout de Marnhac", "PERSON",
               ["Marnhac", "EULEX chief Xavier Bout de Marnhac", "EULEX chief"], "head of the EU rule-of-law mission EULEX"),
              ("both", "Bogdanović and Marnhac", "GROUP", [], "Bogdanović and Marnhac together, at their meeting"),
              ("reports", "reports", "GROUP", [], "unnamed reports on the meeting"),
              ("announcements", "announcements", "GROUP", [], "unnamed announcements")],
    mentions=[("m1", "Kosovo minister", "bogdanovic"),
              ("m2", ("EULEX chief", "with EULEX chief"), "marnhac"),
              ("m3", "Minister for Kosovo-Metohija Goran Bogdanović", "bogdanovic"),
              ("m4", "EULEX chief Xavier Bout de Marnhac", "marnhac"),
              ("m5", ("They", "They agreed"), "both"),
              ("m6", "reports", "reports"),
              ("m7", ("Marnhac", "meeting with Marnhac"), "marnhac"),
              ("m8", ("Bogdanović", "Bogdanović told the journalists"), "bogdanovic"),
              ("m9", ("Bogdanović", "Bogdanović said, adding"), "bogdanovic"),
              ("m10", ("Bogdanović", "According to Bogdanović"), "bogdanovic"),
              ("m11", ("He", "He stressed"), "bogdanovic"),
              ("m12", ("Marnhac", "agreed with Marnhac"), "marnhac"),
              ("m13", ("Bogdanović", "Bogdanović told Marnhac"), "bogdanovic"),
              ("m14", ("Marnhac", "told Marnhac that"), "marnhac"),
              ("m15", "The minister", "bogdanovic"),
              ("m16", ("the minister", "the minister said."), "bogdanovic"),
              ("m17", ("He", "He said that the road"), "bogdanovic"),
              ("m18", "announcements", "announcements"),
              ("m19", ("Marnhac", "Marnhac will also"), "marnhac")],
    attributions=[("a1", "MIXED", "m6", ("said", "said reports"),
                   "They agreed that problems in Kosovo \"can only be resolved through dialogue talks and agreements\"", None),
                  ("a2", "MIXED", "m5", ("agreed", "They agreed"),
                   "problems in Kosovo \"can only be resolved through dialogue talks and agreements\"", "a1"),
                  ("a3", "MIXED", "m8", ("told", "Bogdanović told the journalists"),
                   "all topics were discussed, \"or better yet, problems,\" that the Kosovo citizens are facing", None),
                  ("a4", "DIRECT", "m9", ("said", "Bogdanović said, adding"),
                   "We agreed that the EULEX Mission has to be status neutral,", None),
                  ("a5", "INDIRECT", "m9", "adding",
                   "as long as it is status neutral, EULEX will have the support of both the Serb community in Kosovo and the official Belgrade", None),
                  ("a6", "INDIRECT", "m10", ("According to", "According to Bogdanović"),
                   seg(T, "the representatives of the Serb community", "rotation of police commanders"), None),
                  ("a7", "INDIRECT", "m11", "stressed", "one of the topics was the fight against organized crime", None),
                  ("a8", "INDIRECT", "m13", ("told", "Bogdanović told Marnhac"),
                   seg(T, "EULEX has full support", "other parts of Kosovo"), None),
                  ("a9", "INDIRECT", "m15", ("said", "The minister said"),
                   "road blockage in northern Kosovo was also discussed", None),
                  ("a10", "INDIRECT", "m16", ("said", "the minister said."),
                   seg(T, "We agreed that no one can be arrested", "excise duties imposed by Kosovo"), None),
                  ("a11", "INDIRECT", "m17", ("said", "He said that the road"),
                   seg(T, "the road blockage is not a way", "their dissatisfaction and protest"), None),
                  ("a12", "INDIRECT", "m18", ("According to", "According to announcements"),
                   "Marnhac will also meet Serbian Interior Minister Ivica Dačić on Wednesday", None)])

# ---------------------------------------------------------------------------------------
doc("totalcroatianews-koprivnica-waste-centre-protest",
    url="https://www.total-croatia-news.com/tag/croatia-environment/page-5",
    outlet="Total Croatia News", country="Croatia", topic="environment", cut=False,
    published="2019-05-12",
    text=(T := "Protest Against Waste Management Centre Held in Koprivnica\n"
          "ZAGREB, May 12, 2019 - About 100 people rallied in the northern town of Koprivnica on Saturday to protest against the planned construction of a regional waste management centre at Piškornica.\n"
          "Ivan Jakupić, the head of the Green Piškornica Association which organised the rally, told reporters that the project posed a threat to a nearby water pumping site which is vital for the entire Koprivnica-Križevci County.\n"
          "\"The present practice of disposing waste from the whole of north-western Croatia at the Piškornica landfill, which is located only seven kilometres from the centre of Koprivnica, is unacceptable,\" Jakupić said.\n"
          "He said that the project could not be justified because on entering the European Union Croatia undertook to sort considerable quantities of waste \"on the doorstep\". Such a sustainable waste management policy makes the construction of regional centres unnecessary, he added.\n"
          "\"We need a landfill for inert waste, that is waste that cannot be sorted. Such a landfill must not be located in the low-lying part of our county but in its hilly area,\" Jakupić said, claiming that Croatia had so far used little EU money for implementing a sustainable waste management policy.\n"
          "\"It's not clear to us what criteria the government followed to declare the Piškornica project a strategic project,\" he said, adding that bringing waste from other counties to theirs \"cannot and must not be a strategic project.\""),
    entities=[("jakupic", "Ivan Jakupić", "PERSON",
               ["Jakupić", "Ivan Jakupić, the head of the Green Piškornica Association"],
               "head of the Green Piškornica Association"),
              ("croatia", "Croatia", "GPE", [], "Croatia as an EU member state")],
    mentions=[("m1", "Ivan Jakupić, the head of the Green Piškornica Association", "jakupic"),
              ("m2", ("Jakupić", "unacceptable,\" Jakupić said"), "jakupic"),
              ("m3", ("He", "He said that the project"), "jakupic"),
              ("m4", ("Croatia", "Croatia undertook"), "croatia"),
              ("m5", ("he", "he added"), "jakupic"),
              ("m6", ("Jakupić", "hilly area,\" Jakupić said"), "jakupic"),
              ("m7", ("Croatia", "Croatia had so far"), "croatia"),
              ("m8", ("he", "he said, adding"), "jakupic")],
    attributions=[("a1", "INDIRECT", "m1", "told",
                   "the project posed a threat to a nearby water pumping site which is vital for the entire Koprivnica-Križevci County", None),
                  ("a2", "DIRECT", "m2", ("said", "unacceptable,\" Jakupić said"),
                   seg(T, "The present practice", "is unacceptable,"), None),
                  ("a3", "MIXED", "m3", ("said", "He said that the project"),
                   seg(T, "the project could not be justified", "\"on the doorstep\""), None),
                  ("a4", "MIXED", "m4", "undertook",
                   "to sort considerable quantities of waste \"on the doorstep\"", "a3"),
                  ("a5", "INDIRECT", "m5", "added",
                   "Such a sustainable waste management policy makes the construction of regional centres unnecessary", None),
                  ("a6", "DIRECT", "m6", ("said", "hilly area,\" Jakupić said"),
                   seg(T, "We need a landfill", "in its hilly area,"), None),
                  ("a7", "INDIRECT", "m6", "claiming",
                   "Croatia had so far used little EU money for implementing a sustainable waste management policy", None),
                  ("a8", "DIRECT", "m8", ("said", "he said, adding"),
                   "It's not clear to us what criteria the government followed to declare the Piškornica project a strategic project,", None),
                  ("a9", "MIXED", "m8", ("adding", "he said, adding"),
                   "bringing waste from other counties to theirs \"cannot and must not be a strategic project.\"", None)])

# ---------------------------------------------------------------------------------------
doc("lithuaniatribune-startups-global-pioneers-purkayastha",
    url="https://lithuaniatribune.com/lithuanian-startups-can-be-global-pioneers-former-google-employee/",
    outlet="The Lithuania Tribune", country="Lithuania", topic="technology", cut=False,
    text=(T := "Lithuanian startups ‘can be global pioneers’ – former Google employee\n"
          "Speaking at a presentation for the upcoming technology and innovation conference #SWITCH!, which will be held in Vilnius on September 8-9, Mr Purkayastha was keen to praise the Lithuanian startup scene and share optimism regarding its future.\n"
          "“I really like what I see in Lithuania,” said the investor, who last year discovered two promising Lithuanian startups, Yplan and Trafi. “Since I invest in a variety of startups around the world, Lithuania is no longer an exception. Two Lithuanian companies have already received support from our fund.”\n"
          "Mr Purkayastha gave several reasons as to why he likes working with Lithuanians. These included excellent professional qualifications, motivation, and eagerness to work. And he believes the ability of Lithuania’s startup community to develop products with global relevance means the country’s budding entrepreneurs will realise their ambitions to grow beyond the region.\n"
          "He also praised the analytical skills Lithuanian IT specialists possess, arguing that they will enable Lithuanian startups to become global pioneers not only in developing tech-based solutions but also in forecasting future trends and growth directions. In this regard, said Mr Purkayastha, they even exceed their counterparts in better known tech hubs in the US and Europe.\n"
          "#SWITCH! is an ICT and entrepreneurship conference that aims to encourage young tech enthusiasts to create companies which could one day become the next Google or Microsoft. This year 10,000 such enthusiasts are expected to attend the two day event."),
    entities=[("purkayastha", "Purkayastha", "PERSON",
               ["Mr Purkayastha", "former Google employee", "the investor"], "investor, former Google employee")],
    mentions=[("m1", "former Google employee", "purkayastha"),
              ("m2", ("Mr Purkayastha", "Mr Purkayastha was keen"), "purkayastha"),
              ("m3", "the investor", "purkayastha"),
              ("m4", ("Mr Purkayastha", "Mr Purkayastha gave"), "purkayastha"),
              ("m5", ("he", "he believes"), "purkayastha"),
              ("m6", ("He", "He also praised"), "purkayastha"),
              ("m7", ("Mr Purkayastha", "said Mr Purkayastha"), "purkayastha")],
    attributions=[("a1", "MIXED", "m1", None, "Lithuanian startups ‘can be global pioneers’", None),
                  ("a2", "INDIRECT", "m2", ("praise", "keen to praise"), "the Lithuanian startup scene", None),
                  ("a3", "INDIRECT", "m2", "share optimism", ("its future", "regarding its future"), None),
                  ("a4", "DIRECT", "m3", ("said", "said the investor"), "I really like what I see in Lithuania,", None),
                  ("a5", "DIRECT", "m3", None, seg(T, "Since I invest", "support from our fund."), None),
                  ("a6", "INDIRECT", "m4", "gave several reasons", "why he likes working with Lithuanians", None),
                  ("a7", "INDIRECT", "m5", "believes",
                   seg(T, "the ability of Lithuania’s startup community", "grow beyond the region"), None),
                  ("a8", "INDIRECT", "m6", "praised", "the analytical skills Lithuanian IT specialists possess", None),
                  ("a9", "INDIRECT", "m6", "arguing",
                   seg(T, "they will enable Lithuanian startups", "future trends and growth directions"), None),
                  ("a10", "INDIRECT", "m7", ("said", "said Mr Purkayastha"),
                   "they even exceed their counterparts in better known tech hubs in the US and Europe", None),
                  ("a11", "INDIRECT", None, "expected", "to attend the two day event", None)])

# ---------------------------------------------------------------------------------------
doc("exit-astir-inhabitants-protest-veliaj",
    url="https://exit.al/en/2018/11/15/inhabitants-of-astir-area-protest-again-in-front-of-the-municipality-of-tirana/",
    outlet="Exit News", country="Albania", topic="local", cut=False,
    published="2018-11-15",
    text=(T := "Inhabitants of Astir Area Protest Again in Front of the Municipality of Tirana\n"
          "Today inhabitants of the Astir neighborhood have protested again in front of the Municipality of Tirana. They called on Mayor Veliaj to withdraw his decision to demolish their houses in order to implement the Outer Ring Road project.\n"
          "They demanded full compensation for houses awaiting demolition, be they legalized or not. They asked to meet with Mayor Veliaj, who called them “cavemen” two days ago, and said that there was no chance the project would stop.\n"
          "“We are the people who the mayor called “cavemen”. I don’t know when was it that the mayor became a tiranaite [a person from “old” Tirana] but we have regular papers. I have a property certificate, I have a permit for legalization, I pay taxes. Why am I a caveman, Mr. Mayor?” – said one of the protesters.\n"
          "Meanwhile inside the municipality the Municipal Council meeting was going on without the presence of Mayor Veliaj.\n"
          "Two days ago they had also protested in front of the municipality building, asking to meet the mayor, only to be refused by him.\n"
          "During their clash with the police, which asked them to leave as they had no permit to protest, inhabitants said they had applied for a permit but it had been refused.\n"
          "Despite the current situation, the inhabitants said they were firm in their decision to continue protesting, the next round of which will be tomorrow at 17:00. They also warned they would escalate their protest if necessary."),
    entities=[("inhabitants", "inhabitants of the Astir neighborhood", "GROUP",
               ["Inhabitants of Astir Area", "inhabitants", "the inhabitants"],
               "residents of the Astir area of Tirana facing demolition"),
              ("veliaj", "Veliaj", "PERSON", ["Mayor Veliaj", "the mayor", "Mr. Mayor"], "Mayor of Tirana"),
              ("protester", "one of the protesters", "PERSON", [], "an Astir resident at the protest"),
              ("police", "the police", "ORGANIZATION", [], "police at the protest")],
    mentions=[("m1", "Inhabitants of Astir Area", "inhabitants"),
              ("m2", "inhabitants of the Astir neighborhood", "inhabitants"),
              ("m3", ("They", "They called on"), "inhabitants"),
              ("m4", ("Mayor Veliaj", "called on Mayor Veliaj"), "veliaj"),
              ("m5", ("They", "They demanded"), "inhabitants"),
              ("m6", ("They", "They asked"), "inhabitants"),
              ("m7", ("Mayor Veliaj", "meet with Mayor Veliaj"), "veliaj"),
              ("m8", ("the mayor", "the mayor called"), "veliaj"),
              ("m9", ("the mayor", "the mayor became"), "veliaj"),
              ("m10", "Mr. Mayor", "veliaj"),
              ("m11", "one of the protesters", "protester"),
              ("m12", ("Mayor Veliaj", "presence of Mayor Veliaj"), "veliaj"),
              ("m13", ("they", "they had also protested"), "inhabitants"),
              ("m14", ("the mayor", "meet the mayor"), "veliaj"),
              ("m15", ("the police", "clash with the police"), "police"),
              ("m16", ("inhabitants", "inhabitants said they had"), "inhabitants"),
              ("m17", ("the inhabitants", "the inhabitants said"), "inhabitants"),
              ("m18", ("They", "They also warned"), "inhabitants")],
    attributions=[("a1", "INDIRECT", "m3", ("called on", "They called on"),
                   seg(T, "Mayor Veliaj to withdraw", "Outer Ring Road project"), None),
                  ("a2", "INDIRECT", "m5", "demanded",
                   "full compensation for houses awaiting demolition, be they legalized or not", None),
                  ("a3", "INDIRECT", "m6", ("asked", "They asked"), "to meet with Mayor Veliaj", None),
                  ("a4", "MIXED", "m7", ("called", "who called them"), "them “cavemen”", None),
                  ("a5", "INDIRECT", "m7", ("said", "and said that there"),
                   "there was no chance the project would stop", None),
                  ("a6", "DIRECT", "m11", ("said", "said one of the protesters"),
                   seg(T, "We are the people who", "Why am I a caveman, Mr. Mayor?"), None),
                  ("a7", "DIRECT", "m8", ("called", "the mayor called"), ("cavemen", "the mayor called"), "a6"),
                  ("a8", "INDIRECT", "m13", "asking", "to meet the mayor", None),
                  ("a9", "INDIRECT", "m15", ("asked", "which asked them"), ("to leave", "them to leave"), None),
                  ("a10", "INDIRECT", "m16", ("said", "inhabitants said they had"),
                   "they had applied for a permit but it had been refused", None),
                  ("a11", "INDIRECT", "m17", ("said", "the inhabitants said"),
                   "they were firm in their decision to continue protesting, the next round of which will be tomorrow at 17:00", None),
                  ("a12", "INDIRECT", "m18", "warned", "they would escalate their protest if necessary", None)])

# ---------------------------------------------------------------------------------------
doc("andina-alvarez-odebrecht-sentence",
    url="https://andina.pe/ingles/noticia-peru-exgovernor-sentenced-to-8-years-in-prison-for-odebrecht-case-755221.aspx",
    outlet="Andina", country="Peru", topic="courts-crime", cut=True,
    published="2019-06-11",
    text=(T := "Peru: Ex-Governor sentenced to 8 years in prison for Odebrecht case\n"
          "Peru's Judicial Branch on Tuesday sentenced former Ancash Region Governor Cesar Alvarez to eight years and three months in prison over collusion crimes in the construction of San Luis Chacas Highway, built by the Brazilian Odebrecht company.\n"
          "According to Judge Nayko Coronado, the prison sentence will end on September 10, 2027.\n"
          "It should be noted this represents the first verdict of a Lava Jato-related case.\n"
          "Alvarez has also been forbidden to hold public office for eight years and three months.\n"
          "Likewise, the judge indicated the sentence ordered for the former authority is the one the Prosecutor’s Office had requested.\n"
          "On December 22, 2010, Ancash Region Government and Odebrecht signed a contract for the execution of the abovementioned highway. The next day the foreign company submitted a request of S/155 million (US$46 million) in advance to purchase materials.\n"
          "In this sense, Judge Coronado pointed out the request had been made within the legal framework. However, the date —in which the money was delivered— had been irregular.\n"
          "Furthermore, she informed the complete verdict against Alvarez and other 10 people —who have been accused of irregularities committed during the construction— will be read on June 21.\n"
          "Moreover, the judge stated the sentenced people will be notified, adding they will be allowed to submit an appeal."),
    entities=[("coronado", "Nayko Coronado", "PERSON",
               ["Judge Nayko Coronado", "Judge Coronado", "Coronado", "the judge"], "judge in the Odebrecht-Lava Jato case"),
              ("odebrecht", "Odebrecht", "ORGANIZATION",
               ["the Brazilian Odebrecht company", "the foreign company"], "Brazilian construction company")],
    mentions=[("m1", "the Brazilian Odebrecht company", "odebrecht"),
              ("m2", "Judge Nayko Coronado", "coronado"),
              ("m3", ("the judge", "the judge indicated"), "coronado"),
              ("m4", ("Odebrecht", "and Odebrecht signed"), "odebrecht"),
              ("m5", "the foreign company", "odebrecht"),
              ("m6", "Judge Coronado", "coronado"),
              ("m7", ("she", "she informed"), "coronado"),
              ("m8", ("the judge", "the judge stated"), "coronado")],
    attributions=[("a1", "INDIRECT", "m2", ("According to", "According to Judge"),
                   "the prison sentence will end on September 10, 2027", None),
                  ("a2", "INDIRECT", "m3", "indicated",
                   "the sentence ordered for the former authority is the one the Prosecutor’s Office had requested", None),
                  ("a3", "INDIRECT", "m5", ("request", "a request of"),
                   "S/155 million (US$46 million) in advance to purchase materials", None),
                  ("a4", "INDIRECT", "m6", "pointed out", "the request had been made within the legal framework", None),
                  ("a5", "INDIRECT", "m7", "informed",
                   seg(T, "the complete verdict against Alvarez", "will be read on June 21"), None),
                  ("a6", "INDIRECT", None, "accused", "irregularities committed during the construction", "a5"),
                  ("a7", "INDIRECT", "m8", "stated", "the sentenced people will be notified", None),
                  ("a8", "INDIRECT", "m8", "adding", "they will be allowed to submit an appeal", None)])

# ---------------------------------------------------------------------------------------
doc("mnenews-savic-sharks-qualifier-fourth",
    url="https://mne.news/2025/01/31/sport/waterpolo/i-am-not-sure-that-we-are-ready-to-play-under-pressure-and-with-the-burden-of-the-domestic-pool",
    outlet="MNE News", country="Montenegro", topic="sport", cut=True,
    published="2025-01-31",
    text=(T := "“I’m Uncertain About Our Readiness to Compete Under Pressure and With the Weight of the Domestic Pool”\n"
          "The Montenegrin national water polo team concluded the qualifying tournament for the World Cup in fourth place.\n"
          "The “Sharks” kicked off their campaign in Romania and finished with a loss to Greece. In between those matches, they achieved victories against Serbia, France, and the USA, while experiencing a defeat against Spain in the semi-finals.\n"
          "Head coach Dejan Savić noted both positives and negatives in the team’s performance.\n"
          "“Our impressions fluctuate, reflecting the overall play of Montenegro. Given the limited time available, that is somewhat understandable. We will strive to maintain an optimistic outlook. The positives include demonstrating our ability to perform well, especially on defense. However, we struggled with time management during the opponent’s attack, leading to easy goals against us. On the brighter side, we had quick reactions, but my own communication was somewhat hampered, as I struggled to make myself heard in critical moments,” Savić remarked, adding:\n"
          "“I regret that we didn’t compete against all the national teams, particularly Hungary and Croatia. That would have made the tournament more complete and successful,” he stated.\n"
          "Montenegro faced challenges, and Savić emphasized that there’s much to learn from defeats.\n"
          "“I firmly believe that one can learn from losses. We often start well defensively but then lose concentration in the closing seconds. For instance, during the first match against Greece, we experienced a lapse in the third quarter, and in the second match, it was in the second period. Similarly, we struggled at the beginning and somewhat in the third quarter against Spain. We’ve identified our weaknesses, pinpointing where we need to improve,” he explained."),
    entities=[("savic", "Dejan Savić", "PERSON", ["Savić", "Head coach Dejan Savić"],
               "head coach of Montenegro's national water polo team")],
    mentions=[("m1", "Head coach Dejan Savić", "savic"),
              ("m2", ("Savić", "Savić remarked"), "savic"),
              ("m3", ("he", "he stated"), "savic"),
              ("m4", ("Savić", "Savić emphasized"), "savic"),
              ("m5", ("he", "he explained"), "savic")],
    attributions=[("a1", "DIRECT", None, None,
                   "I’m Uncertain About Our Readiness to Compete Under Pressure and With the Weight of the Domestic Pool", None),
                  ("a2", "INDIRECT", "m1", "noted", "both positives and negatives in the team’s performance", None),
                  ("a3", "DIRECT", "m2", "remarked", seg(T, "Our impressions fluctuate", "in critical moments,"), None),
                  ("a4", "DIRECT", "m3", "stated", seg(T, "I regret that we didn’t", "complete and successful,"), None),
                  ("a5", "INDIRECT", "m4", "emphasized", "there’s much to learn from defeats", None),
                  ("a6", "DIRECT", "m5", "explained", seg(T, "I firmly believe", "where we need to improve,"), None)])

# ---------------------------------------------------------------------------------------
doc("peoplecn-xinhua-madagascar-china-africa-expo",
    url="http://en.people.cn/n3/2023/0629/c90000-20037664.html",
    outlet="People's Daily Online (Xinhua)", country="China", topic="business", cut=True,
    published="2023-06-29",
    text=(T := "Madagascar expects closer economic, trade ties with China through trade expo\n"
          "ANTANANARIVO, June 29 (Xinhua) -- Madagascan officials and businessmen have expressed their expectation that the upcoming third China-Africa Economic and Trade Expo will be an opportunity to further strengthen economic and trade relations between Madagascar and China.\n"
          "\"Madagascar will be present at this very important event because there are many economic fields in which we can develop relations with China,\" Feno Andriamanalina, director general of Agriculture at the Madagascan Ministry of Agriculture and Livestock, told Xinhua after a meeting in Antananarivo, the Madagascan capital, to promote the next China-Africa Economic and Trade Exhibition.\n"
          "\"This is an opportunity for Madagascar to expand its already successful relationship with China,\" he said.\n"
          "According to the director general, Madagascar will send a high-level delegation to attend the event.\n"
          "\"This event will be an opportunity for Madagascar to see what exists in China in terms of technologies that can be transferred to Madagascar, particularly in the agriculture, livestock and fisheries sectors,\" he said.\n"
          "As there will also be participants from all over Africa, \"it is also an opportunity to have exchanges that allow everyone to benefit from this Sino-African economic partnership in general,\" he said.\n"
          "\"I think that through this exhibition, the cooperation between China and Madagascar will be further strengthened within the framework of a win-win partnership,\" said Tahiana Razanamahefa, director of communication and public relations of the company Societe Trading de l'ocean indien (STOI).\n"
          "STOI, which is actively working to promote hybrid rice in Madagascar, will have a booth at the expo to exhibit products such as vanilla, peanuts and beans."),
    entities=[("madagascar", "Madagascar", "GPE", [], "Madagascar as a country"),
              ("officials", "Madagascan officials and businessmen", "GROUP", [], None),
              ("andriamanalina", "Feno Andriamanalina", "PERSON",
               ["Andriamanalina", "Feno Andriamanalina, director general of Agriculture at the Madagascan Ministry of Agriculture and Livestock",
                "the director general"],
               "director general of Agriculture, Madagascan Ministry of Agriculture and Livestock"),
              ("razanamahefa", "Tahiana Razanamahefa", "PERSON",
               ["Razanamahefa",
                "Tahiana Razanamahefa, director of communication and public relations of the company Societe Trading de l'ocean indien (STOI)"],
               "director of communication and public relations, STOI")],
    mentions=[("m1", ("Madagascar", "Madagascar expects"), "madagascar"),
              ("m2", "Madagascan officials and businessmen", "officials"),
              ("m3", ("Madagascar", "Madagascar will be present"), "madagascar"),
              ("m4", "Feno Andriamanalina, director general of Agriculture at the Madagascan Ministry of Agriculture and Livestock",
               "andriamanalina"),
              ("m5", ("Madagascar", "Madagascar to expand"), "madagascar"),
              ("m6", ("he", "he said.\nAccording"), "andriamanalina"),
              ("m7", "the director general", "andriamanalina"),
              ("m8", ("Madagascar", "Madagascar will send"), "madagascar"),
              ("m9", ("Madagascar", "Madagascar to see"), "madagascar"),
              ("m10", ("he", "sectors,\" he said"), "andriamanalina"),
              ("m11", ("he", "in general,\" he said"), "andriamanalina"),
              ("m12", "Tahiana Razanamahefa, director of communication and public relations of the company Societe Trading de l'ocean indien (STOI)",
               "razanamahefa")],
    attributions=[("a1", "INDIRECT", "m1", "expects", "closer economic, trade ties with China through trade expo", None),
                  ("a2", "INDIRECT", "m2", "expressed their expectation",
                   seg(T, "the upcoming third China-Africa", "between Madagascar and China"), None),
                  ("a3", "DIRECT", "m4", ("told", "told Xinhua"),
                   seg(T, "Madagascar will be present", "develop relations with China,"), None),
                  ("a4", "DIRECT", "m6", ("said", "he said.\nAccording"),
                   "This is an opportunity for Madagascar to expand its already successful relationship with China,", None),
                  ("a5", "INDIRECT", "m7", ("According to", "According to the director"),
                   "Madagascar will send a high-level delegation to attend the event", None),
                  ("a6", "DIRECT", "m10", ("said", "fisheries sectors,\" he said"),
                   seg(T, "This event will be an opportunity", "fisheries sectors,"), None),
                  ("a7", "MIXED", "m11", ("said", "in general,\" he said"),
                   seg(T, "As there will also be participants", "in general,\""), None),
                  ("a8", "DIRECT", "m12", ("said", "said Tahiana"),
                   seg(T, "I think that through this exhibition", "win-win partnership,"), None)])

write("train_u.jsonl")
