#!/usr/bin/env python3
"""Writes test7_c.jsonl: real-news gold, split test7-c (see gold.py). Run: python3 make_test7_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("spectator-tasr-slovak-ball-hockey-world-champions",
    url="https://spectator.sme.sk/c/20214686/ball-hockey-players-successfully-defend-title.html",
    outlet="The Slovak Spectator (TASR)", country="Slovakia", topic="sport", cut=False,
    text=(T := "Slovaks are world champions\n"
          "The Slovak junior U-20 ball hockey players won gold, while 18- and 16-year-olds earned silver.\n"
          "Slovak ball hockey representations were successful at the junior world championship in British Sheffield where they won one gold and two silver medals. In all three final matches they faced the teams from Canada, the TASR newswire reported.\n"
          "The U-20 team defended the title they won last year, after defeating the Canadians 3:2 in shootouts.\n"
          "“We saw top ball hockey equal to the senior level, with the two best teams in the championship making it to the finals,” said team’s coach Dušan Danko, as quoted by TASR, adding that some boys showed their best.\n"
          "The other two teams were not as lucky. The U-18 lost to Canada 1:2 in overtime, while U-16 was defeated 1:2 in regular time, TASR wrote.\n"
          "In addition to the medals, several Slovak ball hockey players won individual rewards. Adam Jahoda became the best goalkeeper in the U-16 category, while Alexander Hvizdoš and Simeon Pjatak were chosen to the All-Star team.\n"
          "In the U-18 category, Lukáš Olejník made it to the All-Star team, while Peter Junas became the best defenseman and Marko Šturma the most useful player.\n"
          "The players in U-20 category won the most rewards, as Filip Surák and Miroslav Olejník were among the top five players, Lukáš Ďurkech became the best shooter and Michal Bušovský was selected the best defenseman of the whole championship, TASR reported."),
    entities=[("tasr", "TASR", "ORGANIZATION", ["the TASR newswire"], "Slovak news agency"),
              ("danko", "Dušan Danko", "PERSON", ["Danko", "team’s coach Dušan Danko"],
               "coach of Slovakia's U-20 ball hockey team")],
    mentions=[("m1", "the TASR newswire", "tasr"),
              ("m2", "team’s coach Dušan Danko", "danko"),
              ("m3", ("TASR", "quoted by TASR"), "tasr"),
              ("m4", ("TASR", "TASR wrote"), "tasr"),
              ("m5", ("TASR", "TASR reported."), "tasr")],
    attributions=[("a1", "INDIRECT", "m1", ("reported", "newswire reported"),
                   "In all three final matches they faced the teams from Canada", None),
                  ("a2", "DIRECT", "m2", ("said", "said team’s coach"),
                   seg(T, "We saw top ball hockey", "making it to the finals,"), None),
                  ("a3", "INDIRECT", "m2", "adding", "some boys showed their best", None),
                  ("a4", "INDIRECT", "m4", "wrote",
                   "The U-18 lost to Canada 1:2 in overtime, while U-16 was defeated 1:2 in regular time", None),
                  ("a5", "INDIRECT", "m5", ("reported", "TASR reported."),
                   seg(T, "The players in U-20 category won", "defenseman of the whole championship"), None)])

# ---------------------------------------------------------------------------------------
doc("bta-varna-mayor-kotsev-final-charges",
    url="https://www.bta.bg/en/news/bulgaria/996029-final-charges-brought-against-varna-mayor-lawyer-confirms",
    outlet="BTA", country="Bulgaria", topic="courts-crime", cut=True,
    text=(T := "Final Charges Brought against Varna Mayor, Lawyer Confirms\n"
          "The Anti-Corruption Commission has brought final charges in the case against Varna Mayor Blagomir Kotsev while he remains in custody, lawyer Ina Lulcheva, who represents Kotsev, told BTA. \"We were notified that the investigation has been completed,\" Lulcheva said.\n"
          "Kotsev has been in custody since early July as the authorities were investigating him for corruption.\n"
          "Lulcheva added that the case files are expected to be presented on Friday. Asked whether an indictment will be filed with the court soon, she said that this question should be addressed to the prosecution.\n"
          "Lawyer Dilyana Agova told BTA that the charges against municipal councillors Nikolay Stefanov and Yordan Kateliev were also revised on Monday. She said that the charges were downgraded from participation in an organized criminal group to criminal conspiracy.\n"
          "The prosecution has not yet issued official information regarding the actions taken against the defendants.\n"
          "Kotsev was elected mayor on the ticket of Continue the Change - Democratic Bulgaria in November 2023. He was arrested late on the night of this last July 8 following a tip-off for corruption by a failed public procurement tenderer. Along with municipal councillors Nikolay Stefanov and Yordan Kateliev, Kotsev has been charged with participation in an organized criminal group. The group is accused of engaging in coordinated criminal activities including abuse of office, bribery and money laundering. The three are charged with attempting to extort a sum equivalent to 15%, excluding VAT, of BGN 1,523,446 - the value of a public procurement contract for the delivery of meals to schools and kindergartens."),
    entities=[("lulcheva", "Ina Lulcheva", "PERSON", ["Lulcheva", "lawyer Ina Lulcheva"],
               "lawyer of Varna Mayor Blagomir Kotsev"),
              ("agova", "Dilyana Agova", "PERSON", ["Agova", "Lawyer Dilyana Agova"],
               "lawyer in the Varna corruption case")],
    mentions=[("m1", ("Lawyer", "Lawyer Confirms"), "lulcheva"),
              ("m2", "lawyer Ina Lulcheva", "lulcheva"),
              ("m3", ("Lulcheva", "Lulcheva said."), "lulcheva"),
              ("m4", ("Lulcheva", "Lulcheva added"), "lulcheva"),
              ("m5", ("she", "she said that this"), "lulcheva"),
              ("m6", "Lawyer Dilyana Agova", "agova"),
              ("m7", ("She", "She said that the charges"), "agova")],
    attributions=[("a1", "INDIRECT", "m1", "Confirms", "Final Charges Brought against Varna Mayor", None),
                  ("a2", "INDIRECT", "m2", ("told", "Kotsev, told BTA"),
                   seg(T, "The Anti-Corruption Commission has brought", "while he remains in custody"), None),
                  ("a3", "DIRECT", "m3", ("said", "Lulcheva said."),
                   "We were notified that the investigation has been completed,", None),
                  ("a4", "INDIRECT", "m4", "added", "the case files are expected to be presented on Friday", None),
                  ("a5", "INDIRECT", None, ("expected", "are expected to be"), "to be presented on Friday", "a4"),
                  ("a6", "INDIRECT", "m5", ("said", "she said that this"),
                   "this question should be addressed to the prosecution", None),
                  ("a7", "INDIRECT", "m6", ("told", "Agova told BTA"),
                   "the charges against municipal councillors Nikolay Stefanov and Yordan Kateliev were also revised on Monday", None),
                  ("a8", "INDIRECT", "m7", ("said", "She said that the charges"),
                   "the charges were downgraded from participation in an organized criminal group to criminal conspiracy", None),
                  ("a9", "INDIRECT", None, ("accused", "is accused of"),
                   "engaging in coordinated criminal activities including abuse of office, bribery and money laundering", None)])

# ---------------------------------------------------------------------------------------
doc("lrt-bns-hackers-foreign-ministry-emails-russia",
    url="https://www.lrt.lt/en/news-in-english/19/1468280/hackers-gained-access-to-foreign-minister-s-emails-attack-linked-to-russia",
    outlet="LRT (BNS)", country="Lithuania", topic="technology", cut=True, published="2021-08-13",
    text=(T := "Hackers gained access to foreign minister’s emails, attack linked to Russia\n"
          "Russia-linked hackers stole correspondence from Lithuania's Foreign Ministry in November, Defence Minister Arvydas Anušauskas said on Thursday.\n"
          "\"We would like to specify that the cyber attack was carried out in November last year. There was an attempt to carry out a cyber attack yesterday but it was unsuccessful,\" the minister told BNS, linking the attack with Russian special services.\n"
          "\"Those groups of hackers, active in our region and carrying out cyber attacks and hacking into databases, are usually linked to Russian secret services,\" Anušauskas said.\n"
          "\"I would think so, yes,\" he said when asked again whether he linked the attack with Russia.\n"
          "Lithuanian institutions did not report about the November attack.\n"
          "Alleged hackers have claimed that they have stolen some 1.6 million emails and various documents from the Lithuanian Foreign Ministry, which includes correspondence with embassies in foreign countries, NATO partners.\n"
          "Lithuanian President Gitanas Nausėda confirmed that some of the stolen material was “classified”.\n"
          "Anušauskas said he could not confirm the authenticity of the documents and whether some of them were classified.\n"
          "\"When some information is leaked, we need to understand that there's a risk of fake news also being included into the content of documents, as well as fake documents that might be forged,\" the defence minister said.\n"
          "Only a small number of documents were stolen, according to Anušauskas.\n"
          "\"Based on specialists' assessment, it should not be a period of several decades. It should be a short period,\" he said."),
    entities=[("hackers", "Alleged hackers", "GROUP", ["Hackers", "Russia-linked hackers"],
               "the hackers who stole Lithuanian Foreign Ministry correspondence"),
              ("anusauskas", "Arvydas Anušauskas", "PERSON",
               ["Anušauskas", "Defence Minister Arvydas Anušauskas", "the minister", "the defence minister"],
               "Lithuanian Defence Minister"),
              ("nauseda", "Gitanas Nausėda", "PERSON", ["Nausėda", "Lithuanian President Gitanas Nausėda"],
               "President of Lithuania")],
    mentions=[("m1", ("Hackers", "Hackers gained"), "hackers"),
              ("m2", "Russia-linked hackers", "hackers"),
              ("m3", "Defence Minister Arvydas Anušauskas", "anusauskas"),
              ("m4", ("the minister", "the minister told"), "anusauskas"),
              ("m5", ("Anušauskas", "Anušauskas said.\n"), "anusauskas"),
              ("m6", ("he", "he said when"), "anusauskas"),
              ("m7", "Alleged hackers", "hackers"),
              ("m8", "Lithuanian President Gitanas Nausėda", "nauseda"),
              ("m9", ("Anušauskas", "Anušauskas said he could"), "anusauskas"),
              ("m10", "the defence minister", "anusauskas"),
              ("m11", ("Anušauskas", "according to Anušauskas"), "anusauskas"),
              ("m12", ("he", "he said."), "anusauskas")],
    attributions=[("a1", "INDIRECT", "m3", ("said", "Anušauskas said on"),
                   "Russia-linked hackers stole correspondence from Lithuania's Foreign Ministry in November", None),
                  ("a2", "DIRECT", "m4", ("told", "minister told"),
                   seg(T, "We would like to specify", "it was unsuccessful,"), None),
                  ("a3", "INDIRECT", "m4", "linking", ("the attack with Russian special services", "linking the attack"), None),
                  ("a4", "DIRECT", "m5", ("said", "Anušauskas said.\n"),
                   seg(T, "Those groups of hackers", "Russian secret services,"), None),
                  ("a5", "DIRECT", "m6", ("said", "he said when"), "I would think so, yes,", None),
                  ("a6", "INDIRECT", "m7", "claimed",
                   seg(T, "they have stolen some 1.6 million", "NATO partners"), None),
                  ("a7", "MIXED", "m8", "confirmed", "some of the stolen material was “classified”", None),
                  ("a8", "INDIRECT", "m9", ("said", "Anušauskas said he could"),
                   "he could not confirm the authenticity of the documents and whether some of them were classified", None),
                  ("a9", "DIRECT", "m10", ("said", "defence minister said"),
                   seg(T, "When some information is leaked", "might be forged,"), None),
                  ("a10", "INDIRECT", "m11", "according to", "Only a small number of documents were stolen", None),
                  ("a11", "DIRECT", "m12", ("said", "he said."),
                   "Based on specialists' assessment, it should not be a period of several decades. It should be a short period,", None)])

# ---------------------------------------------------------------------------------------
doc("libyannewswire-court-ruling-divides-libya",
    url="https://libyannewswire.com/court-ruling-divides-libya/",
    outlet="Libyan Newswire", country="Libya", topic="politics", cut=True,
    text=(T := "Court Ruling Divides Libya\n"
          "Libya’s parliament and high court disagree as to whether the country has an elected government.\n"
          "The Supreme Court last week ruled that the country’s democratically elected House of Representatives was unconstitutional.\n"
          "But the new parliament claims that the court’s decision was taken “under the threat of arms”.\n"
          "Supreme Court chief Kamal al-Dahan said the November 6th verdict – in response to a petition by an Islamist lawmaker – could not be appealed and effectively nullified all decisions that resulted from the June 25th legislative election.\n"
          "But Speaker of Parliament Agila Saleh Gwaider in Tobruk said that the court was not independent, that its decisions had no value and that the legislature did not accept the ruling.\n"
          "“The crisis in Libya can only be solved through dialogue. We are ready for dialogue and reconciliation with the condition of laying down arms as announced from the beginning,” Gwaider said.\n"
          "The government of Prime Minister Abdullah al-Thani joined parliament in refusing to recognise the ruling by the Tripoli-based court.\n"
          "According to lawyer Azza Kamel Maghur, “The ruling of the Constitutional Chamber of the Supreme Court does not affect the legitimacy of the House of Representatives.”\n"
          "For former National Transitional Council member Abdelhafed Ghoga, however, the ruling is “a declaration of the beginning of the division of Libya”.\n"
          "The United Nations Mission in Libya recognised the same threat. It called for Libyans to avoid any actions that could escalate polarisation.\n"
          "Citizens and lawmakers voiced particular concerns about the legitimacy of the court ruling.\n"
          "Libyan legislator Ibtisam Rbai told Magharebia that the court ruling did not make sense because it was made under duress.\n"
          "Mansour Raoui, a 35-year-old employee from Benghazi, agreed, saying, “We reject this unjust decision, which was issued at gunpoint.”"),
    entities=[("both", "Libya’s parliament and high court", "GROUP", [],
               "Libya's Tobruk-based parliament and the Supreme Court in Tripoli"),
              ("court", "The Supreme Court", "ORGANIZATION", ["the court", "the Tripoli-based court"],
               "Supreme Court of Libya"),
              ("parliament", "the new parliament", "ORGANIZATION",
               ["parliament", "the legislature", "House of Representatives",
                "the country’s democratically elected House of Representatives"],
               "Libya's House of Representatives, sitting in Tobruk"),
              ("dahan", "Kamal al-Dahan", "PERSON", ["al-Dahan", "Supreme Court chief Kamal al-Dahan"],
               "chief of Libya's Supreme Court"),
              ("gwaider", "Agila Saleh Gwaider", "PERSON", ["Gwaider", "Speaker of Parliament Agila Saleh Gwaider"],
               "Speaker of the House of Representatives"),
              ("maghur", "Azza Kamel Maghur", "PERSON", ["Maghur", "lawyer Azza Kamel Maghur"], "lawyer"),
              ("ghoga", "Abdelhafed Ghoga", "PERSON",
               ["Ghoga", "former National Transitional Council member Abdelhafed Ghoga"],
               "former member of the National Transitional Council"),
              ("unsmil", "The United Nations Mission in Libya", "ORGANIZATION", [], "UN mission in Libya"),
              ("citizens", "Citizens and lawmakers", "GROUP", [], "Libyan citizens and lawmakers"),
              ("rbai", "Ibtisam Rbai", "PERSON", ["Rbai", "Libyan legislator Ibtisam Rbai"], "Libyan legislator"),
              ("raoui", "Mansour Raoui", "PERSON", ["Raoui"], "a 35-year-old employee from Benghazi")],
    mentions=[("m1", "Libya’s parliament and high court", "both"),
              ("m2", "The Supreme Court", "court"),
              ("m3", "the country’s democratically elected House of Representatives", "parliament"),
              ("m4", "the new parliament", "parliament"),
              ("m5", "Supreme Court chief Kamal al-Dahan", "dahan"),
              ("m6", "Speaker of Parliament Agila Saleh Gwaider", "gwaider"),
              ("m7", ("the court", "the court was not"), "court"),
              ("m8", "the legislature", "parliament"),
              ("m9", ("Gwaider", "Gwaider said."), "gwaider"),
              ("m10", ("parliament", "joined parliament"), "parliament"),
              ("m11", "the Tripoli-based court", "court"),
              ("m12", "lawyer Azza Kamel Maghur", "maghur"),
              ("m13", ("the Supreme Court", "Chamber of the Supreme Court"), "court"),
              ("m14", ("the House of Representatives", "legitimacy of the House"), "parliament"),
              ("m15", "former National Transitional Council member Abdelhafed Ghoga", "ghoga"),
              ("m16", "The United Nations Mission in Libya", "unsmil"),
              ("m17", ("It", "It called for"), "unsmil"),
              ("m18", "Citizens and lawmakers", "citizens"),
              ("m19", "Libyan legislator Ibtisam Rbai", "rbai"),
              ("m20", "Mansour Raoui", "raoui")],
    attributions=[("a1", "INDIRECT", "m1", "disagree", "whether the country has an elected government", None),
                  ("a2", "INDIRECT", "m2", "ruled",
                   "the country’s democratically elected House of Representatives was unconstitutional", None),
                  ("a3", "MIXED", "m4", "claims", "the court’s decision was taken “under the threat of arms”", None),
                  ("a4", "INDIRECT", "m5", ("said", "al-Dahan said"),
                   seg(T, "the November 6th verdict", "the June 25th legislative election"), None),
                  ("a5", "INDIRECT", "m6", ("said", "Tobruk said"),
                   "the court was not independent, that its decisions had no value and that the legislature did not accept the ruling", None),
                  ("a6", "DIRECT", "m9", ("said", "Gwaider said."),
                   seg(T, "The crisis in Libya can only", "from the beginning,"), None),
                  ("a7", "DIRECT", "m12", "According to",
                   "The ruling of the Constitutional Chamber of the Supreme Court does not affect the legitimacy of the House of Representatives.", None),
                  ("a8", "MIXED", "m15", ("For", "For former"),
                   "the ruling is “a declaration of the beginning of the division of Libya”", None),
                  ("a9", "INDIRECT", "m16", "recognised", "the same threat", None),
                  ("a10", "INDIRECT", "m17", "called for",
                   "Libyans to avoid any actions that could escalate polarisation", None),
                  ("a11", "INDIRECT", "m18", "voiced particular concerns",
                   ("the legitimacy of the court ruling", "concerns about the legitimacy"), None),
                  ("a12", "INDIRECT", "m19", "told",
                   "the court ruling did not make sense because it was made under duress", None),
                  ("a13", "DIRECT", "m20", "saying", "We reject this unjust decision, which was issued at gunpoint.", None)])

# ---------------------------------------------------------------------------------------
doc("riotimes-dominican-republic-sargassum-critical",
    url="https://www.riotimesonline.com/brazil-news/rio-business/dominican-republic-sargassum-situation-is-critical/",
    outlet="The Rio Times", country="Brazil", topic="environment", cut=True,
    text=(T := "Dominican Republic: “Sargassum situation is critical”\n"
          "The sargassum situation in the Dominican Republic and the Caribbean is “critical.” It was announced by José Reyes López, Vice Minister of Coastal and Marine Resources of the Ministry of Environment and Natural Resources, at the regional climate week for Latin America and the Caribbean, “Semana del Clima de América Latina y el Caribe 2022”.\n"
          "Reyes López attributes the increase in these brown macroalgae, which are becoming more common, to the effects of “climate change.” The arrival of sargassum is affecting Dominican beach tourism, the Caribbean country’s main economic engine.\n"
          "“As a result of climate change and the changes caused by the currents, the sargasso is increasingly reaching points where it has never reached us before,” López said, citing as examples that the seaweed has reached Pedernales, Miches, and Puerto Plata.\n"
          "The presence of sargassum in the Caribbean received special attention in 2011 when it accumulated on the coasts. In recent years it has even been monitored by satellite, as is being done by the University of South Florida.\n"
          "In its June report this year, the Academy found that the amount of sargassum continues to increase in the tropical Atlantic, Caribbean, western Mid-Atlantic, eastern Mid-Atlantic, and the Gulf of Mexico.\n"
          "Overall, the amount in all regions combined increased from 18.8 million tons in May last year to 24.2 million tons in June 2022, a new record. Due to strong ocean currents, there are also warnings that more sargassum could enter the Caribbean and Gulf of Mexico in the coming months."),
    entities=[("lopez", "José Reyes López", "PERSON",
               ["Reyes López", "López",
                "José Reyes López, Vice Minister of Coastal and Marine Resources of the Ministry of Environment and Natural Resources"],
               "Dominican Vice Minister of Coastal and Marine Resources"),
              ("academy", "the Academy", "ORGANIZATION", [], "the academy that published the June sargassum report")],
    mentions=[("m1", "José Reyes López, Vice Minister of Coastal and Marine Resources of the Ministry of Environment and Natural Resources", "lopez"),
              ("m2", ("Reyes López", "Reyes López attributes"), "lopez"),
              ("m3", ("López", "López said"), "lopez"),
              ("m4", "the Academy", "academy")],
    attributions=[("a1", "DIRECT", None, None, "Sargassum situation is critical", None),
                  ("a2", "MIXED", "m1", "announced",
                   "The sargassum situation in the Dominican Republic and the Caribbean is “critical.”", None),
                  ("a3", "MIXED", "m2", "attributes",
                   seg(T, "the increase in these brown macroalgae", "“climate change.”"), None),
                  ("a4", "DIRECT", "m3", ("said", "López said"),
                   seg(T, "As a result of climate change", "never reached us before,"), None),
                  ("a5", "INDIRECT", "m3", "citing as examples",
                   "the seaweed has reached Pedernales, Miches, and Puerto Plata", None),
                  ("a6", "INDIRECT", "m4", "found", seg(T, "the amount of sargassum continues", "the Gulf of Mexico"), None),
                  ("a7", "INDIRECT", None, "warnings",
                   "more sargassum could enter the Caribbean and Gulf of Mexico in the coming months", None)])

# ---------------------------------------------------------------------------------------
doc("swissinfo-covid-research-helped-swiss-response",
    url="https://swissinfo.ch/eng/sci-tech/covid-research-helped-swiss-response-says-science-foundation/47879726",
    outlet="SWI swissinfo.ch", country="Switzerland", topic="health-science", cut=True,
    text=(T := "Covid research helped Swiss response, says Science Foundation\n"
          "The National Science Foundation's CHF45 million ($45.8 million) support to Covid-19 research in Switzerland has made an important contribution to tackling the pandemic so far, it said on Tuesday.\n"
          "Despite high pressure and sometimes difficult working conditions, researchers have presented impressive results, said epidemiologist Marcel Salathé of the Federal Technology Institute Lausanne (EPFL) who chairs the steering committee of the National Research Programme “Covid-19”. This programme includes 200 researchers involved in 28 projects with a total of CHF20 million.\n"
          "In the early phase of the pandemic, epidemiological and monitoring projects provided important findings on the transmissibility of the virus, mobility patterns of the population during the partial lockdown, and degree of acceptance of restrictions, which allowed the Swiss government to adapt its recommendations, says the Science Foundation.\n"
          "Another early milestone was the development of an inexpensive mass test by EPFL researchers which made it possible for the first time to detect Covid-19-specific antibodies in broad population groups, including in kindergartens.\n"
          "It says EAWAG wastewater monitoring, which measures the concentration of Covid-19 viruses in water bodies, was a “resounding success” and has now been extended to over a hundred sites.\n"
          "Important findings in the biomedical field include effects of the virus on children, on the mental and cognitive health of adults, and recognition of Long Covid as a health problem that is still not sufficiently understood, according to the press release."),
    entities=[("snsf", "National Science Foundation", "ORGANIZATION", ["Science Foundation", "the Science Foundation"],
               "Swiss National Science Foundation"),
              ("salathe", "Marcel Salathé", "PERSON",
               ["Salathé", "epidemiologist Marcel Salathé of the Federal Technology Institute Lausanne (EPFL)"],
               "epidemiologist at EPFL, chair of the National Research Programme Covid-19"),
              ("release", "the press release", "ORGANIZATION", [], "press release on the Covid-19 research programme")],
    mentions=[("m1", ("Science Foundation", "says Science Foundation"), "snsf"),
              ("m2", ("it", "it said on Tuesday"), "snsf"),
              ("m3", "epidemiologist Marcel Salathé of the Federal Technology Institute Lausanne (EPFL)", "salathe"),
              ("m4", "the Science Foundation", "snsf"),
              ("m5", ("It", "It says EAWAG"), "snsf"),
              ("m6", "the press release", "release")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "says Science Foundation"), "Covid research helped Swiss response", None),
                  ("a2", "INDIRECT", "m2", ("said", "it said on"),
                   seg(T, "The National Science Foundation's CHF45", "tackling the pandemic so far"), None),
                  ("a3", "INDIRECT", "m3", ("said", "said epidemiologist"),
                   "Despite high pressure and sometimes difficult working conditions, researchers have presented impressive results", None),
                  ("a4", "INDIRECT", "m4", ("says", "says the Science Foundation"),
                   seg(T, "In the early phase of the pandemic", "adapt its recommendations"), None),
                  ("a5", "MIXED", "m5", ("says", "It says EAWAG"),
                   seg(T, "EAWAG wastewater monitoring", "over a hundred sites"), None),
                  ("a6", "INDIRECT", "m6", "according to",
                   seg(T, "Important findings in the biomedical field", "not sufficiently understood"), None)])

write("test7_c.jsonl")
