#!/usr/bin/env python3
"""Writes train_p.jsonl: real-news gold, split train-p (see gold.py). Run: python3 make_train_p.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("hiiraan-fiqi-southwest-no-conflict",
    url="https://www.hiiraan.com/news4/2022/Sept/187677/minister_fiqi_there_is_no_conflict_between_the_federal_government_and_the_south_west_administration.aspx",
    outlet="Hiiraan Online", country="Somalia", topic="politics", cut=True,
    published="2022-09-03",
    text=(T := "Minister Fiqi: There is no conflict between federal government and South West administration\n"
          "Mogadishu (HOL) -  Somalia's Minister for Interior Affairs, Federal and Reconciliation, Ahmed Moallim Fiq, denied that the federal government is at odds with the regional administrations, particularly in Southwest state.\n"
          "On Friday, Ahmed Fiqi told a state-run television programme that the federal government has a good relationship with the Southwest regional state but that Al Shabaab's militant insurgency and crippling drought have affected intergovernmental cooperation in Somalia.\n"
          "Fiqi added that the federal government wants to assist in liberating Southwest Southwest from al Shabaab control and that life-saving aid was being dispatched to alleviate drought conditions.\n"
          "\"Somalia's Disaster Management Agency (SODMA) will soon dispatch drought relief aid to the worst-affected areas in Southwest state,\" ensuring that the federal government and member states do not clash.\n"
          "Ilyas Ali Hassan, a former South West Senator and current federal Minister of State for Interior and Reconciliation, told residents in his Burhakaba constituency in Mogadishu last month to arm themselves and close roads in defence of the district. He claimed that despite being one of the most heavily taxed districts in the regional state, Burhakaba remains underdeveloped."),
    entities=[("fiqi", "Ahmed Fiqi", "PERSON",
               ["Fiqi", "Minister Fiqi", "Ahmed Moallim Fiq",
                "Somalia's Minister for Interior Affairs, Federal and Reconciliation, Ahmed Moallim Fiq"],
               "Somalia's Minister for Interior Affairs, Federal and Reconciliation"),
              ("hassan", "Ilyas Ali Hassan", "PERSON", [],
               "former South West senator, federal Minister of State for Interior and Reconciliation")],
    mentions=[("m1", "Minister Fiqi", "fiqi"),
              ("m2", "Somalia's Minister for Interior Affairs, Federal and Reconciliation, Ahmed Moallim Fiq", "fiqi"),
              ("m3", "Ahmed Fiqi", "fiqi"),
              ("m4", ("Fiqi", "Fiqi added"), "fiqi"),
              ("m5", "Ilyas Ali Hassan", "hassan"),
              ("m6", ("He", "He claimed"), "hassan")],
    attributions=[("a1", "INDIRECT", "m1", None,
                   "There is no conflict between federal government and South West administration", None),
                  ("a2", "INDIRECT", "m2", "denied",
                   "the federal government is at odds with the regional administrations, particularly in Southwest state", None),
                  ("a3", "INDIRECT", "m3", ("told", "Fiqi told"),
                   seg(T, "the federal government has a good relationship", "intergovernmental cooperation in Somalia"), None),
                  ("a4", "INDIRECT", "m4", "added",
                   seg(T, "the federal government wants to assist", "alleviate drought conditions"), None),
                  ("a5", "DIRECT", "m4", None,
                   "Somalia's Disaster Management Agency (SODMA) will soon dispatch drought relief aid to the worst-affected areas in Southwest state,", None),
                  ("a6", "INDIRECT", "m5", ("told", "told residents"),
                   "to arm themselves and close roads in defence of the district", None),
                  ("a7", "INDIRECT", "m6", "claimed",
                   "despite being one of the most heavily taxed districts in the regional state, Burhakaba remains underdeveloped", None)])

# ---------------------------------------------------------------------------------------
doc("gibchronicle-lishman-murder-trial-opens",
    url="https://www.chronicle.gi/murder-trial-underway-supreme-court/",
    outlet="Gibraltar Chronicle", country="Gibraltar", topic="courts-crime", cut=True,
    text=(T := "Murder trial underway at Supreme Court\n"
          "The trial of a British national accused of murdering his wife in a flat in Sir William Jackson Grove got underway at the Supreme Court this morning.\n"
          "Real Lishman, 43, faces one count of murder following the death of Carolina Elizabeth Lishman, 32, in November of 2017.\n"
          "He denies the allegations.\n"
          "She was fatally stabbed some 12 times during a violent incident at the former marital home in Apricot Court in Sir William Jackson Grove, an estate also known as Gib V.\n"
          "A jury of 12 was empanelled to hear the case which is expected to last approximately two weeks.\n"
          "The Director of Public Prosecutions, Christian Rocca, opened the case for the Crown this morning.\n"
          "Mr Rocca told the jury that the Crown’s case is that Carolina was unlawfully killed by her husband.\n"
          "The two were separated at the time of the incident and Carolina had been residing with her parents, he told the court adding that she had been to see a lawyer.\n"
          "He detailed text messages sent by Carolina to her husband in the days leading up to her death which read: “You scare me”, and “I don’t even want to go back to my house alone.”\n"
          "And the defendant’s response: “I know I can’t be with you in this lifetime, maybe the next”.\n"
          "Mr Rocca then detailed the injuries sustained by Carolina. These included 12 stab wounds and bruising to her neck indicative of “forceful neck compression”.\n"
          "Mr Rocca explained that the fatal injury was a stab wound that pierced both her sternum and her heart.\n"
          "He said the defence would claim that Carolina stabbed the defendant first and that he was acting in self defence.\n"
          "Mr Lishman also sustained stab wounds in the incident and was rushed to St Bernard’s hospital that night, where he underwent emergency life-saving surgery.\n"
          "But the self defence argument is a “non-starter”, Mr Rocca told the court."),
    entities=[("lishman", "Real Lishman", "PERSON", ["Mr Lishman", "the defendant", "a British national"],
               "defendant, accused of murdering his wife"),
              ("carolina", "Carolina Elizabeth Lishman", "PERSON", ["Carolina", "text messages sent by Carolina"],
               "the victim, the defendant's wife"),
              ("rocca", "Christian Rocca", "PERSON",
               ["Mr Rocca", "The Director of Public Prosecutions, Christian Rocca"], "Gibraltar's Director of Public Prosecutions"),
              ("defence", "the defence", "GROUP", [], "the defendant's lawyers")],
    mentions=[("m1", "a British national", "lishman"),
              ("m2", ("his wife", "murdering his wife"), "carolina"),
              ("m3", "Real Lishman", "lishman"),
              ("m4", "Carolina Elizabeth Lishman", "carolina"),
              ("m5", ("He", "He denies"), "lishman"),
              ("m6", "The Director of Public Prosecutions, Christian Rocca", "rocca"),
              ("m7", ("Mr Rocca", "Mr Rocca told the jury"), "rocca"),
              ("m8", ("Carolina", "Carolina was unlawfully"), "carolina"),
              ("m9", ("her husband", "killed by her husband"), "lishman"),
              ("m10", ("Carolina", "Carolina had been residing"), "carolina"),
              ("m11", ("he", "he told the court adding"), "rocca"),
              ("m12", ("He", "He detailed"), "rocca"),
              ("m13", "text messages sent by Carolina", "carolina"),
              ("m14", ("her husband", "her husband in the days"), "lishman"),
              ("m15", ("the defendant", "the defendant’s response"), "lishman"),
              ("m16", ("Mr Rocca", "Mr Rocca then detailed"), "rocca"),
              ("m17", ("Carolina", "Carolina. These"), "carolina"),
              ("m18", ("Mr Rocca", "Mr Rocca explained"), "rocca"),
              ("m19", ("He", "He said the defence"), "rocca"),
              ("m20", ("the defence", "the defence would claim"), "defence"),
              ("m21", ("Carolina", "Carolina stabbed"), "carolina"),
              ("m22", ("the defendant", "the defendant first"), "lishman"),
              ("m23", "Mr Lishman", "lishman"),
              ("m24", ("Mr Rocca", "Mr Rocca told the court."), "rocca")],
    attributions=[("a1", "INDIRECT", None, "accused", "murdering his wife in a flat in Sir William Jackson Grove", None),
                  ("a2", "INDIRECT", "m5", "denies", "the allegations", None),
                  ("a3", "INDIRECT", None, "expected", "to last approximately two weeks", None),
                  ("a4", "INDIRECT", "m7", ("told", "told the jury"),
                   "the Crown’s case is that Carolina was unlawfully killed by her husband", None),
                  ("a5", "INDIRECT", "m11", ("told", "told the court adding"),
                   "The two were separated at the time of the incident and Carolina had been residing with her parents", None),
                  ("a6", "INDIRECT", "m11", "adding", "she had been to see a lawyer", None),
                  ("a7", "MIXED", "m12", ("detailed", "He detailed"),
                   seg(T, "text messages sent by Carolina", "my house alone.”"), None),
                  ("a8", "DIRECT", "m13", "read", "You scare me", "a7"),
                  ("a9", "DIRECT", "m13", "read", "I don’t even want to go back to my house alone.", "a7"),
                  ("a10", "DIRECT", "m15", "response", "I know I can’t be with you in this lifetime, maybe the next", None),
                  ("a11", "INDIRECT", "m16", ("detailed", "then detailed"), "the injuries sustained by Carolina", None),
                  ("a12", "MIXED", "m16", None,
                   "These included 12 stab wounds and bruising to her neck indicative of “forceful neck compression”", None),
                  ("a13", "INDIRECT", "m18", "explained",
                   "the fatal injury was a stab wound that pierced both her sternum and her heart", None),
                  ("a14", "INDIRECT", "m19", ("said", "He said the defence"),
                   "the defence would claim that Carolina stabbed the defendant first and that he was acting in self defence", None),
                  ("a15", "INDIRECT", "m20", "claim",
                   "Carolina stabbed the defendant first and that he was acting in self defence", "a14"),
                  ("a16", "MIXED", "m24", ("told", "Mr Rocca told the court."),
                   "the self defence argument is a “non-starter”", None)])

# ---------------------------------------------------------------------------------------
doc("portugalresident-carvalho-beach-closures",
    url="https://stg.portugalresident.com/?p=348815",
    outlet="Portugal Resident", country="Portugal", topic="environment", cut=True,
    text=(T := "Environment Minister downplays significance of record-breaking beach closures\n"
          "Maria da Graça Carvalho believes the numbers are still very low. However, the minister recognises the need to invest in basic sanitation.\n"
          "This year is “a record year” for beach closures, “but the numbers are very low”, the Minister of Environment and Energy pointed out yesterday, recognising that it is necessary to invest in improved basic sanitation infrastructures.\n"
          "Speaking to journalists at Praia de São Pedro do Estoril, in the municipality of Cascais, Maria da Graça Carvalho pointed out that, as of yesterday, of the 642 beaches in the country, only two coastal and three river beaches were not recommended.\n"
          "“These are specific cases that are immediately detected and resolved within 24 hours”, said the minister. In the recent case of the Algarve, where the beaches of Quarteira and Vilamoura were closed, she said this was due to “a breakdown in a pumping station”. “It was a very quick thing, and after 24 hours, bathing was recommended again”, recalled the minister, highlighting the “great monitoring effort” by the Portuguese Environment Agency (APA).\n"
          "“We know [beaches] aren’t recommended because someone is monitoring […]. There are a lot of people working so that people can come to the beach safely and with full the protection of public health”, she stressed.\n"
          "However, the minister admitted that improvements should be made, particularly regarding online monitoring, so as not to delay the time between the analysis and the ban.\n"
          "The minister stressed that “Portugal is one of the countries with the best water.” She pointed out that “it is the second best in terms of river beaches and the sixth for coastal beaches,” recognising the need to invest in sand injection and monitor water quality."),
    entities=[("carvalho", "Maria da Graça Carvalho", "PERSON",
               ["Carvalho", "Environment Minister", "the minister", "the Minister of Environment and Energy"],
               "Portugal's Minister of Environment and Energy")],
    mentions=[("m1", "Environment Minister", "carvalho"),
              ("m2", ("Maria da Graça Carvalho", "Maria da Graça Carvalho believes"), "carvalho"),
              ("m3", ("the minister", "the minister recognises"), "carvalho"),
              ("m4", "the Minister of Environment and Energy", "carvalho"),
              ("m5", ("Maria da Graça Carvalho", "Maria da Graça Carvalho pointed out"), "carvalho"),
              ("m6", ("the minister", "said the minister"), "carvalho"),
              ("m7", ("she", "she said this"), "carvalho"),
              ("m8", ("the minister", "recalled the minister"), "carvalho"),
              ("m9", ("she", "she stressed"), "carvalho"),
              ("m10", ("the minister", "the minister admitted"), "carvalho"),
              ("m11", ("The minister", "The minister stressed"), "carvalho"),
              ("m12", ("She", "She pointed out"), "carvalho")],
    attributions=[("a1", "INDIRECT", "m1", "downplays", "significance of record-breaking beach closures", None),
                  ("a2", "INDIRECT", "m2", "believes", "the numbers are still very low", None),
                  ("a3", "INDIRECT", "m3", "recognises", "the need to invest in basic sanitation", None),
                  ("a4", "MIXED", "m4", ("pointed out", "pointed out yesterday"),
                   "This year is “a record year” for beach closures, “but the numbers are very low”", None),
                  ("a5", "INDIRECT", "m4", ("recognising", "recognising that it is"),
                   "it is necessary to invest in improved basic sanitation infrastructures", None),
                  ("a6", "INDIRECT", "m5", ("pointed out", "pointed out that, as"),
                   "as of yesterday, of the 642 beaches in the country, only two coastal and three river beaches were not recommended", None),
                  ("a7", "DIRECT", "m6", ("said", "said the minister"),
                   "These are specific cases that are immediately detected and resolved within 24 hours", None),
                  ("a8", "MIXED", "m7", ("said", "she said this"), "this was due to “a breakdown in a pumping station”", None),
                  ("a9", "DIRECT", "m8", "recalled",
                   "It was a very quick thing, and after 24 hours, bathing was recommended again", None),
                  ("a10", "MIXED", "m8", "highlighting",
                   "the “great monitoring effort” by the Portuguese Environment Agency (APA)", None),
                  ("a11", "DIRECT", "m9", ("stressed", "she stressed"),
                   seg(T, "We know [beaches]", "protection of public health"), None),
                  ("a12", "INDIRECT", "m10", "admitted",
                   "improvements should be made, particularly regarding online monitoring, so as not to delay the time between the analysis and the ban", None),
                  ("a13", "DIRECT", "m11", ("stressed", "The minister stressed"),
                   "Portugal is one of the countries with the best water.", None),
                  ("a14", "DIRECT", "m12", ("pointed out", "She pointed out"),
                   "it is the second best in terms of river beaches and the sixth for coastal beaches,", None),
                  ("a15", "INDIRECT", "m12", ("recognising", "recognising the need to invest in sand"),
                   "the need to invest in sand injection and monitor water quality", None)])

# ---------------------------------------------------------------------------------------
doc("portugalnews-lusa-algarve-non-residents",
    url="https://www.theportugalnews.com/news/non-residents-have-arrived-in-the-algarve-but-in-small-quantities/53715",
    outlet="The Portugal News (Lusa)", country="Portugal", topic="local", cut=True,
    published="2020-04-10",
    text=(T := "Non-residents have arrived in the Algarve but \"in small quantities\"\n"
          "The president of the Intermunicipal Community of the Algarve (AMAL) admitted today that in recent days people who do not reside in the region have arrived in the Algarve, although \"in small quantities\", a situation confirmed by the police authorities who say that there is “little” they can do.\n"
          "In a press conference of the District Civil Protection Commission, António Pina mentioned that there were people from other parts of the country “who were not sensitive to the appeal” of the authorities and who travelled to the Algarve, although “in small quantities” and who are staying mostly in the tourist areas of the region.\n"
          "Questioned by Lusa about the perception of the local authorities regarding the number of non-residents who settled in the region, the official stressed that the data he has are of is of an “informal” nature and is based, above all, on reports that reach the mayors, through the citizens, and also of the security forces, who realise that “some urbanisations are now more populated”.\n"
          "\"But let us not create alarmism, because in fact there are some, but there are not that many\", underlined the chairman of the District Civil Protection Commission, adding that he hopes that these people \"know to behave in the same way that the Algarvians have done so until now\".\n"
          "On the same occasion, the regional health delegate, Ana Cristina Guerreiro, also affirmed that the municipal Civil Protection teams “have reported that they notice some movement of people from outside”, however, she considered, this increase in people “will not have a great impact ”In the epidemiological situation in the Algarve."),
    entities=[("pina", "António Pina", "PERSON",
               ["Pina", "The president of the Intermunicipal Community of the Algarve (AMAL)", "the official",
                "the chairman of the District Civil Protection Commission"],
               "president of AMAL, chairman of the Faro District Civil Protection Commission"),
              ("police", "the police authorities", "GROUP", [], "police in the Algarve"),
              ("forces", "the security forces", "GROUP", [], "security forces in the Algarve"),
              ("guerreiro", "Ana Cristina Guerreiro", "PERSON",
               ["Guerreiro", "the regional health delegate, Ana Cristina Guerreiro"], "Algarve regional health delegate"),
              ("teams", "the municipal Civil Protection teams", "GROUP", [], "municipal civil protection teams in the Algarve")],
    mentions=[("m1", "The president of the Intermunicipal Community of the Algarve (AMAL)", "pina"),
              ("m2", "the police authorities", "police"),
              ("m3", "António Pina", "pina"),
              ("m4", "the official", "pina"),
              ("m5", "the security forces", "forces"),
              ("m6", "the chairman of the District Civil Protection Commission", "pina"),
              ("m7", "the regional health delegate, Ana Cristina Guerreiro", "guerreiro"),
              ("m8", "the municipal Civil Protection teams", "teams"),
              ("m9", ("she", "she considered"), "guerreiro")],
    attributions=[("a1", "MIXED", "m1", "admitted",
                   seg(T, "in recent days people who do not reside", "\"in small quantities\""), None),
                  ("a2", "MIXED", "m2", "confirmed",
                   seg(T, "in recent days people who do not reside", "\"in small quantities\""), None),
                  ("a3", "MIXED", "m2", ("say", "who say that"), "there is “little” they can do", None),
                  ("a4", "MIXED", "m3", "mentioned",
                   seg(T, "there were people from other parts", "tourist areas of the region"), None),
                  ("a5", "MIXED", "m4", "stressed",
                   seg(T, "the data he has are of", "now more populated”"), None),
                  ("a6", "DIRECT", "m5", "realise", "some urbanisations are now more populated", "a5"),
                  ("a7", "DIRECT", "m6", "underlined",
                   "But let us not create alarmism, because in fact there are some, but there are not that many", None),
                  ("a8", "MIXED", "m6", "adding",
                   seg(T, "he hopes that these people", "until now\""), None),
                  ("a9", "MIXED", "m7", "affirmed",
                   "the municipal Civil Protection teams “have reported that they notice some movement of people from outside”", None),
                  ("a10", "INDIRECT", "m8", "reported", "they notice some movement of people from outside", "a9"),
                  ("a11", "MIXED", "m9", "considered",
                   "this increase in people “will not have a great impact ”In the epidemiological situation in the Algarve", None)])

# ---------------------------------------------------------------------------------------
doc("eyeradio-cusin-bright-stars-coach",
    url="https://eyeradio.org/new-football-team-head-coach-vows-to-push-the-boys-to-next-level/",
    outlet="Eye Radio", country="South Sudan", topic="sport", cut=True,
    published="2021-09-29",
    text=(T := "New football team head coach vows to push the boys to next level\n"
          "The new head coach of the South Sudan National football team – Stefano Cusin – says he will focus on tactical organization to help the Bright Stars reach the next level of competitiveness\n"
          "The Italian tactician was officially unveiled as the Bright Stars new head coach in a press conference held in Juba on Tuesday and has signed a two-year contract.\n"
          "In his first statement to the press, Cusin recognized the work of his predecessors, saying the foundation is already in place for the national side.\n"
          "“Before I came here, I checked about ten games for the national team to try to understand the players, leadership and how they have been working; and what I can tell you is that we are not coming from zero,” he told the media.\n"
          "Regarding style of play and what fans can expect, the Italian states that he will take time to understand the characteristics of the team, its strengths and weaknesses but added that the priority is to develop a team identity\n"
          "“My style is to play with organization, personality and game by game we will analyze because it is not the same to play in Lagos against Nigeria and to play at home against Mauritania,” Cusin continued.\n"
          "For his part, SSFA President Augustino Maduot said they had interviewed several coaches before the board decided that Cusin was the best choice.\n"
          "“He has been a Coach in Europe, Africa, Middle East and the Gulf region and the board unanimously believe he is the right person to take the Bright Star to the next level,” he added."),
    entities=[("cusin", "Stefano Cusin", "PERSON",
               ["Cusin", "New football team head coach", "The Italian tactician", "the Italian",
                "The new head coach of the South Sudan National football team – Stefano Cusin"],
               "head coach of South Sudan's national football team"),
              ("maduot", "Augustino Maduot", "PERSON", ["Maduot", "SSFA President Augustino Maduot"],
               "President of the South Sudan Football Association"),
              ("board", "the board", "ORGANIZATION", [], "board of the South Sudan Football Association")],
    mentions=[("m1", "New football team head coach", "cusin"),
              ("m2", "The new head coach of the South Sudan National football team – Stefano Cusin", "cusin"),
              ("m3", "The Italian tactician", "cusin"),
              ("m4", ("Cusin", "Cusin recognized"), "cusin"),
              ("m5", ("he", "he told the media"), "cusin"),
              ("m6", ("the Italian", "the Italian states"), "cusin"),
              ("m7", ("Cusin", "Cusin continued"), "cusin"),
              ("m8", "SSFA President Augustino Maduot", "maduot"),
              ("m9", ("the board", "the board decided"), "board"),
              ("m10", ("Cusin", "Cusin was the best choice"), "cusin"),
              ("m11", ("the board", "the board unanimously"), "board"),
              ("m12", ("he", "he added."), "maduot")],
    attributions=[("a1", "INDIRECT", "m1", "vows", "to push the boys to next level", None),
                  ("a2", "INDIRECT", "m2", "says",
                   "he will focus on tactical organization to help the Bright Stars reach the next level of competitiveness", None),
                  ("a3", "INDIRECT", "m4", "recognized", "the work of his predecessors", None),
                  ("a4", "INDIRECT", "m4", "saying", "the foundation is already in place for the national side", None),
                  ("a5", "DIRECT", "m5", "told", seg(T, "Before I came here", "not coming from zero,"), None),
                  ("a6", "INDIRECT", "m6", "states",
                   "he will take time to understand the characteristics of the team, its strengths and weaknesses", None),
                  ("a7", "INDIRECT", "m6", ("added", "added that the priority"), "the priority is to develop a team identity", None),
                  ("a8", "DIRECT", "m7", "continued", seg(T, "My style is to play", "at home against Mauritania,"), None),
                  ("a9", "INDIRECT", "m8", ("said", "Maduot said"),
                   "they had interviewed several coaches before the board decided that Cusin was the best choice", None),
                  ("a10", "INDIRECT", "m9", "decided", "Cusin was the best choice", "a9"),
                  ("a11", "DIRECT", "m12", ("added", "he added."), seg(T, "He has been a Coach", "to the next level,"), None),
                  ("a12", "INDIRECT", "m11", "believe",
                   "he is the right person to take the Bright Star to the next level", "a11")])

# ---------------------------------------------------------------------------------------
doc("mexiconewsdaily-nuevo-leon-intense-red",
    url="https://mexiconewsdaily.com/news/nuevo-leon-rejects-its-orange-virus-ranking",
    outlet="Mexico News Daily", country="Mexico", topic="health-science", cut=True,
    text=(T := "Nuevo León rejects its orange virus ranking, says it should be ‘intense red’\n"
          "The Nuevo León health minister has rejected the federal government’s orange light assessment of the coronavirus risk in the state, asserting that it is in fact “intense red.”\n"
          "The federal Health Ministry announced Friday that the risk level in the state would remain at orange light “high” this week, although health promotion chief Ricardo Cortés said that state as well as Coahuila and Durango could switch to red if their coronavirus outbreaks don’t decline.\n"
          "Even before that warning, Nuevo León authorities considered the risk level to be red light “maximum,” said state Health Minister Manuel de la O Cavazos.\n"
          "He noted that the Nuevo León government’s coronavirus numbers are significantly higher than the federal government’s numbers for the state because the former includes cases detected at private hospitals and laboratories whereas the latter does not.\n"
          "As of Sunday, the state’s confirmed case tally was 78,389, according to the Nuevo León government, 27,343 higher than the federal government tally. The state government has counted 4,381 Covid-19 deaths but federal authorities have only registered 3,738.\n"
          "De la O Cavazos said that without its high testing rate, Nuevo León would be considered a green light “low” risk state. However, at the same time people would be dying “in the streets and in the hospitals,” he said.\n"
          "Due to the recent increase in case numbers, hospitalizations and deaths over the past two weeks, state authorities decided not to go ahead with a plan to reconfigure hospitals and thus reduce their capacity to treat coronavirus patients, the health minister said.\n"
          "Four hospitals in the municipalities of Montemorelos, Juárez, Sabinas Hidalgo and Monterrey were all slated to stop accepting Covid-19 patients but will continue to do to ensure that there are sufficient beds."),
    entities=[("nl", "Nuevo León government", "ORGANIZATION",
               ["Nuevo León", "Nuevo León authorities", "the Nuevo León government", "The state government",
                "state authorities"],
               "government of the Mexican state of Nuevo León"),
              ("cavazos", "Manuel de la O Cavazos", "PERSON",
               ["De la O Cavazos", "Cavazos", "state Health Minister Manuel de la O Cavazos", "The Nuevo León health minister"],
               "Nuevo León health minister"),
              ("ssa", "The federal Health Ministry", "ORGANIZATION", [], "Mexico's federal Health Ministry"),
              ("cortes", "Ricardo Cortés", "PERSON", ["Cortés", "health promotion chief Ricardo Cortés"],
               "federal health promotion chief")],
    mentions=[("m1", ("Nuevo León", "Nuevo León rejects"), "nl"),
              ("m2", "The Nuevo León health minister", "cavazos"),
              ("m3", "The federal Health Ministry", "ssa"),
              ("m4", "health promotion chief Ricardo Cortés", "cortes"),
              ("m5", "Nuevo León authorities", "nl"),
              ("m6", "state Health Minister Manuel de la O Cavazos", "cavazos"),
              ("m7", ("He", "He noted"), "cavazos"),
              ("m8", ("the Nuevo León government", "the Nuevo León government, 27,343"), "nl"),
              ("m9", "The state government", "nl"),
              ("m10", "De la O Cavazos", "cavazos"),
              ("m11", ("he", "he said."), "cavazos"),
              ("m12", "state authorities", "nl"),
              ("m13", "the health minister", "cavazos")],
    attributions=[("a1", "INDIRECT", "m1", "rejects", "its orange virus ranking", None),
                  ("a2", "MIXED", "m1", "says", "it should be ‘intense red’", None),
                  ("a3", "INDIRECT", "m2", "rejected",
                   "the federal government’s orange light assessment of the coronavirus risk in the state", None),
                  ("a4", "MIXED", "m2", "asserting", "it is in fact “intense red.”", None),
                  ("a5", "MIXED", "m3", "announced",
                   "the risk level in the state would remain at orange light “high” this week", None),
                  ("a6", "INDIRECT", "m4", ("said", "Cortés said"),
                   "that state as well as Coahuila and Durango could switch to red if their coronavirus outbreaks don’t decline", None),
                  ("a7", "MIXED", "m6", ("said", "said state Health"),
                   "Even before that warning, Nuevo León authorities considered the risk level to be red light “maximum,”", None),
                  ("a8", "MIXED", "m5", ("considered", "authorities considered"), "the risk level to be red light “maximum,”", "a7"),
                  ("a9", "INDIRECT", "m7", "noted",
                   seg(T, "the Nuevo León government’s coronavirus numbers", "whereas the latter does not"), None),
                  ("a10", "INDIRECT", "m8", "according to", "As of Sunday, the state’s confirmed case tally was 78,389", None),
                  ("a11", "MIXED", "m10", ("said", "Cavazos said"),
                   "without its high testing rate, Nuevo León would be considered a green light “low” risk state", None),
                  ("a12", "MIXED", "m11", ("said", "he said."),
                   "at the same time people would be dying “in the streets and in the hospitals,”", None),
                  ("a13", "INDIRECT", "m13", ("said", "the health minister said"),
                   seg(T, "Due to the recent increase", "to treat coronavirus patients"), None)],
    keep_that=("a6",))

# ---------------------------------------------------------------------------------------
doc("mikeylive-grenada-beach-house-hotel",
    url="https://www.mikeylive.com/2021/04/21/continued-investor-confidence-in-grenada-economy-with-launch-of-yet-another-hotel-project/",
    outlet="MikeyLive", country="Grenada", topic="business", cut=True,
    published="2021-04-21",
    text=(T := "Continued Investor Confidence In Grenada Economy With Launch Of Yet Another Hotel Project\n"
          "Grenada continues to attract significant investment in the tourism  industry. The latest demonstration of the high level of investor confidence in the local economy came on Wednesday, with the ground-breaking ceremony for the Beach House  project.\n"
          "The US $20 million project is the second hotel development in Grenada for Naguib  Sawiris, the owner of Silversands Grenada. Construction will begin in June this year, with  completion anticipated within 18-months.\n"
          "Prime Minister, Dr. the Right Honourable Keith Mitchell has welcomed this latest  investment in the country, which will create 200 jobs in the construction phase and up to  100 permanent jobs upon completion.\n"
          "Dr. Mitchell said, “This is Naguib’s second project in Grenada and I must say that to date,  he has proven to be a man of his word. Many people present plans and drawings on  paper but nothing materialises. Naguib has delivered before and I am fully confident that  he will deliver again. He has demonstrated great love for Grenada and has invested his  own resources into the country; there has not been a single Citizenship by Investment  application attached to his projects. This clearly demonstrates his personal investment in  the country and that is commendable.”\n"
          "The Prime Minister used the occasion to reiterate the need for vaccination as the key  element in getting the economy moving again. He called on persons in the private sector  to join the call for Grenadians to be vaccinated."),
    entities=[("mitchell", "Keith Mitchell", "PERSON",
               ["Dr. Mitchell", "Mitchell", "Prime Minister, Dr. the Right Honourable Keith Mitchell", "The Prime Minister"],
               "Prime Minister of Grenada")],
    mentions=[("m1", "Prime Minister, Dr. the Right Honourable Keith Mitchell", "mitchell"),
              ("m2", "Dr. Mitchell", "mitchell"),
              ("m3", "The Prime Minister", "mitchell"),
              ("m4", ("He", "He called on"), "mitchell")],
    attributions=[("a1", "INDIRECT", "m1", "welcomed",
                   seg(T, "this latest  investment in the country", "100 permanent jobs upon completion"), None),
                  ("a2", "DIRECT", "m2", ("said", "Mitchell said"),
                   seg(T, "This is Naguib’s second project", "that is commendable."), None),
                  ("a3", "INDIRECT", "m3", "reiterate",
                   "the need for vaccination as the key  element in getting the economy moving again", None),
                  ("a4", "INDIRECT", "m4", "called on",
                   "persons in the private sector  to join the call for Grenadians to be vaccinated", None),
                  ("a5", "INDIRECT", None, ("call", "the call for"), "Grenadians to be vaccinated", "a4")])

write("train_p.jsonl")
