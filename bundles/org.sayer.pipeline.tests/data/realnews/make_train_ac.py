#!/usr/bin/env python3
"""Writes train_ac.jsonl: real-news gold, split train-ac (see gold.py). Run: python3 make_train_ac.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("luxherald-bettel-govern-until-last-day",
    url="https://luxherald.com/1950-i-will-govern-last-day-xavier-bettel.html",
    outlet="Luxembourg Herald", country="Luxembourg", topic="politics", cut=True,
    text=(T := "I will govern until the last day – Xavier Bettel\n"
          "Luxembourg Prime Minister Xavier Bettel on Saturday addressed journalists to highlight the work of his government and speak about important topics in Luxembourg.\n"
          "During a press conference which was broadcast on RTL for 50 minutes – replacing the daily news bulletin – Bettel spoke about housing, minimum wage and Google.\n"
          "He did not wish to comment on the Politmonitor’s recent poll, which left his party out of a “most expected” potential coalition. “I have never commented on this type of poll so far and I will not start today,” he said.\n"
          "Bettel praised the merits and the work of his government in all areas. He mentioned the work of Education Minister, Claude Meisch, who scored only 29% in the recent Politmonitor survey’s favourite politician poll.\n"
          "But Bettel insisted that “we have not had such a Minister of Education for a long time.” Meisch has tackled large projects and implemented urgent reforms to adapt the education system in line with the development of society in Luxembourg.\n"
          "Minimum wage\n"
          "With regards to minimum wage Bettel did not fully support Employment Minister Nicolas Schmit who said a few weeks ago he was in favour of a 10% increase, as requested by the OGBL union.\n"
          "“An increase is not foreseen in the coalition agreement,” the prime minister confirmed. He is not closing doors on any discussions but wishes first of all to examine the effects of such an increase.\n"
          "And the fact that members of the government are not always in line with each other – as was the case with Etienne Schneider – does not worry the prime minister.\n"
          "He said it was “normal that the three parties in power enter the electoral campaign with different ideas. But this does not affect government cooperation.\n"
          "“We will implement the coalition agreement until the last day and I will govern until the last day,” he added."),
    entities=[("bettel", "Xavier Bettel", "PERSON",
               ["Bettel", "Luxembourg Prime Minister Xavier Bettel", "the prime minister"], "Prime Minister of Luxembourg"),
              ("schmit", "Nicolas Schmit", "PERSON", ["Schmit", "Employment Minister Nicolas Schmit"],
               "Luxembourg's Employment Minister"),
              ("ogbl", "the OGBL union", "ORGANIZATION", ["OGBL"], "Luxembourg trade union OGBL")],
    mentions=[("m1", ("Xavier Bettel", "– Xavier Bettel"), "bettel"),
              ("m2", "Luxembourg Prime Minister Xavier Bettel", "bettel"),
              ("m3", ("Bettel", "Bettel spoke"), "bettel"),
              ("m4", ("He", "He did not wish"), "bettel"),
              ("m5", ("he", "today,” he said"), "bettel"),
              ("m6", ("Bettel", "Bettel praised"), "bettel"),
              ("m7", ("He", "He mentioned"), "bettel"),
              ("m8", ("Bettel", "Bettel insisted"), "bettel"),
              ("m9", ("Bettel", "Bettel did not fully"), "bettel"),
              ("m10", "Employment Minister Nicolas Schmit", "schmit"),
              ("m11", "the OGBL union", "ogbl"),
              ("m12", ("the prime minister", "the prime minister confirmed"), "bettel"),
              ("m13", ("the prime minister", "does not worry the prime minister"), "bettel"),
              ("m14", ("He", "He said it was"), "bettel")],
    attributions=[("a1", "INDIRECT", "m1", None, ("I will govern until the last day", "I will govern until the last day –"), None),
                  ("a2", "INDIRECT", "m3", "spoke about", "housing, minimum wage and Google", None),
                  ("a3", "INDIRECT", "m4", ("comment", "wish to comment"), "the Politmonitor’s recent poll", None),
                  ("a4", "DIRECT", "m5", ("said", "today,” he said"),
                   "I have never commented on this type of poll so far and I will not start today,", None),
                  ("a5", "INDIRECT", "m6", "praised", "the merits and the work of his government in all areas", None),
                  ("a6", "INDIRECT", "m7", "mentioned", "the work of Education Minister, Claude Meisch", None),
                  ("a7", "DIRECT", "m8", "insisted", "we have not had such a Minister of Education for a long time.", None),
                  ("a8", "INDIRECT", "m9", ("support", "fully support"),
                   seg(T, "Employment Minister Nicolas Schmit", "by the OGBL union"), None),
                  ("a9", "INDIRECT", "m10", ("said", "who said a few"), "he was in favour of a 10% increase", "a8"),
                  ("a10", "INDIRECT", "m11", "requested", ("a 10% increase", "favour of a 10% increase"), "a9"),
                  ("a11", "DIRECT", "m12", "confirmed", "An increase is not foreseen in the coalition agreement,", None),
                  ("a12", "MIXED", "m14", ("said", "He said it was"),
                   seg(T, "it was “normal that", "until the last day,”", "He said it was"), None)])

# ---------------------------------------------------------------------------------------
doc("monacotribune-judicial-year-prosecutor-staff-shortage",
    url="https://www.monaco-tribune.com/en/2024/10/new-judicial-year-focus-on-combatting-money-laundering-and-being-taken-off-the-grey-list/",
    outlet="Monaco Tribune", country="Monaco", topic="courts-crime", cut=True,
    text=(T := "New judicial year: focus on combatting money laundering and being taken off the grey list\n"
          "While the Monegasque justice system is doing well overall, the different speakers highlighted a lack of human resources and an increase in the number of cases.\n"
          "Monaco’s “rentrée judiciaire”, the traditional event that marks the start of the judicial year, was held yesterday in its usual solemn format. The day began with a mass at Monaco Cathedral, attended by representatives of the judiciary, lawyers and the Monegasque authorities.\n"
          "After the religious ceremony, Prince Albert II and the judicial authorities gathered at the Palais de Justice (court house) for the formal sitting to hear speeches by the First President of the Court of Appeal Francis Jullemier-Millasseau, the President of the Supreme Court Stéphane Braconnier and the Chief Public Prosecutor Stéphane Thibault.\n"
          "In his introductory speech, Mr Jullemier-Millasseau welcomed the new Secretary of State for Justice, Samuel Vuelta-Simon, stressing the “flattering reputation” that precedes him.\n"
          "A growing shortage of staff\n"
          "The Chief Public Prosecutor welcomed the creation of a new position at the Public Prosecutor’s Office (PPO) last month. However, he insisted on the need for “more reinforcements and new posts”, given the constant increase in the tasks entrusted to this Office, in particular to “meet the demands of today’s society and the FATF.” He also called for the creation of a financial department within the PPO."),
    entities=[("speakers", "the different speakers", "GROUP", [], "speakers at the opening of Monaco's judicial year"),
              ("jullemier", "Francis Jullemier-Millasseau", "PERSON",
               ["Jullemier-Millasseau", "Mr Jullemier-Millasseau", "the First President of the Court of Appeal"],
               "First President of Monaco's Court of Appeal"),
              ("thibault", "Stéphane Thibault", "PERSON",
               ["Thibault", "the Chief Public Prosecutor", "the Chief Public Prosecutor Stéphane Thibault"],
               "Monaco's Chief Public Prosecutor")],
    mentions=[("m1", "the different speakers", "speakers"),
              ("m2", "the First President of the Court of Appeal Francis Jullemier-Millasseau", "jullemier"),
              ("m3", "the Chief Public Prosecutor Stéphane Thibault", "thibault"),
              ("m4", "Mr Jullemier-Millasseau", "jullemier"),
              ("m5", ("The Chief Public Prosecutor", "The Chief Public Prosecutor welcomed"), "thibault"),
              ("m6", ("he", "he insisted"), "thibault"),
              ("m7", ("He", "He also called"), "thibault")],
    attributions=[("a1", "INDIRECT", "m1", "highlighted", "a lack of human resources and an increase in the number of cases", None),
                  ("a2", "INDIRECT", "m4", ("welcomed", "Millasseau welcomed"),
                   "the new Secretary of State for Justice, Samuel Vuelta-Simon", None),
                  ("a3", "MIXED", "m4", "stressing", "the “flattering reputation” that precedes him", None),
                  ("a4", "INDIRECT", "m5", ("welcomed", "Prosecutor welcomed"),
                   "the creation of a new position at the Public Prosecutor’s Office (PPO) last month", None),
                  ("a5", "MIXED", "m6", "insisted on", seg(T, "the need for “more reinforcements", "and the FATF.”"), None),
                  ("a6", "INDIRECT", "m7", "called for", "the creation of a financial department within the PPO", None)])

# ---------------------------------------------------------------------------------------
doc("hellomonaco-princess-grace-hospital-clean-bill",
    url="https://www.hellomonaco.com/news/latest-news/princess-grace-hospital-receives-a-clean-bill-of-health/",
    outlet="Hello Monaco", country="Monaco", topic="health-science", cut=True,
    text=(T := "Princess Grace Hospital receives a Clean Bill of Health\n"
          "The Princess Grace Hospital took stock of the past year and looked towards it upcoming plans during a traditional ceremony in the presence of Prince Albert II and several officials on 22 January. In the Hera room of the Princess Grace Hospital Centre, Director Benoîte Rousseau de Sevelinges painted a picture of 2023 and unveiled the CHPG’s outlook for 2024.\n"
          "Last year saw the demolition of Bel Air and the start of construction of the new hospital next to the Louis II. The hospital is expected to take over some of its new premises by 2026. During the event, the Director also revealed some telling facts and figures.\n"
          "Over 90% of patients would recommend the CHPG…\n"
          "Last year, the hospital cared for 83,000 patients for a total of 145,000 days of hospitalisation (7% more than in 2022). Activity in 2023 was up by 9%,  which is far beyond the performance displayed by comparable establishments, according to Benoîte Rousseau-De Sevelinges. Patient surveys revealed that 92% of patients would recommend the CHPG to their relatives.\n"
          "In his speech, Prince Albert II recognised the work of 2,800 employees who run an establishment which is so vital to the Principality and its neighbouring regions. The Sovereign stated that his  Government will continue discussions with the highest French authorities to strengthen health cooperation between the two countries.\n"
          "Experts in robotic surgery\n"
          "The CHPG demonstrates excellent skill levels in robotic urological and gynaecological surgeries. In 2021, in the midst of the COVID crisis, the CHPG acquired two robots with the ambition to become a leader in digestive robotic surgery. In 2023, Dr. Maurice Chazal and his team reached that goal and the CHPG became an expert centre in robotic surgery. The establishment is now one of only a few places with expertise in all three areas."),
    entities=[("rousseau", "Benoîte Rousseau de Sevelinges", "PERSON",
               ["Benoîte Rousseau-De Sevelinges", "Rousseau de Sevelinges", "the Director",
                "Director Benoîte Rousseau de Sevelinges"], "Director of the Princess Grace Hospital Centre (CHPG)"),
              ("albert", "Prince Albert II", "PERSON", ["Albert II", "The Sovereign"], "Sovereign Prince of Monaco")],
    mentions=[("m1", ("Prince Albert II", "presence of Prince Albert II"), "albert"),
              ("m2", "Director Benoîte Rousseau de Sevelinges", "rousseau"),
              ("m3", ("the Director", "the Director also"), "rousseau"),
              ("m4", "Benoîte Rousseau-De Sevelinges", "rousseau"),
              ("m5", ("Prince Albert II", "Prince Albert II recognised"), "albert"),
              ("m6", "The Sovereign", "albert")],
    attributions=[("a1", "INDIRECT", "m2", "painted a picture of", ("2023", "picture of 2023"), None),
                  ("a2", "INDIRECT", "m2", "unveiled", "the CHPG’s outlook for 2024", None),
                  ("a3", "INDIRECT", None, "expected", "to take over some of its new premises by 2026", None),
                  ("a4", "INDIRECT", "m3", ("revealed", "also revealed"), "some telling facts and figures", None),
                  ("a5", "INDIRECT", "m4", "according to",
                   seg(T, "Activity in 2023 was up", "by comparable establishments"), None),
                  ("a6", "INDIRECT", "m5", "recognised", seg(T, "the work of 2,800 employees", "its neighbouring regions"), None),
                  ("a7", "INDIRECT", "m6", "stated", seg(T, "his  Government will continue", "between the two countries"), None)])

# ---------------------------------------------------------------------------------------
doc("newsinenglish-hogmo-upbeat-croatia-loss",
    url="https://www.newsinenglish.no/2015/03/30/coach-upbeat-despite-humiliating-loss/",
    outlet="News in English (Views and News from Norway)", country="Norway", topic="sport", cut=False,
    published="2015-03-30",
    text=(T := "Coach upbeat despite humiliating loss\n"
          "Norway’s national football team was badly beaten when it resumed its bid for the European Championships in a match against Croatia over the weekend. The Norwegians lost by a humiliating 5-1, but their coach was upbeat.\n"
          "“We will take with us some positive things from the match,” head coach Per-Mathias Høgmo told reporters when it was all over. “This team will keep growing throughout the season.”\n"
          "The so-called landslaget has been through a generation shift and now includes the 16-year-old wonder-boy Martin Ødegaard, who received good reviews for his debut from the start of the Euro 2016 qualifier. Even Croatia’s coach praised the young Ødegaard, and Høgmo called the performance of Stefan Johansen “brilliant.”\n"
          "It was more a problem of the results being much worse than the presentation, according to some sports commentators. The national team also knew they faced a relative powerhouse team in Zagreb on Saturday. “Croatia is a good team, and this was good training for us,” said Johansen. Teammate Tarik Elyounoussi agreed: “We are a team under development and we learn with every match we play. It’s important to hold our heads high, learn from this and look forward.”"),
    entities=[("hogmo", "Per-Mathias Høgmo", "PERSON", ["Høgmo", "head coach Per-Mathias Høgmo", "their coach"],
               "head coach of Norway's national football team"),
              ("croatiacoach", "Croatia’s coach", "PERSON", [], "head coach of Croatia's national football team"),
              ("commentators", "some sports commentators", "GROUP", [], "sports commentators"),
              ("johansen", "Stefan Johansen", "PERSON", ["Johansen"], "Norway national team player"),
              ("elyounoussi", "Tarik Elyounoussi", "PERSON", ["Elyounoussi", "Teammate Tarik Elyounoussi"],
               "Norway national team player")],
    mentions=[("m1", ("Coach", "Coach upbeat"), "hogmo"),
              ("m2", "their coach", "hogmo"),
              ("m3", "head coach Per-Mathias Høgmo", "hogmo"),
              ("m4", "Croatia’s coach", "croatiacoach"),
              ("m5", ("Høgmo", "Høgmo called"), "hogmo"),
              ("m6", "Stefan Johansen", "johansen"),
              ("m7", "some sports commentators", "commentators"),
              ("m8", ("Johansen", "said Johansen"), "johansen"),
              ("m9", "Teammate Tarik Elyounoussi", "elyounoussi")],
    attributions=[("a1", "DIRECT", "m3", "told", "We will take with us some positive things from the match,", None),
                  ("a2", "DIRECT", "m3", None, "This team will keep growing throughout the season.", None),
                  ("a3", "INDIRECT", "m4", "praised", "the young Ødegaard", None),
                  ("a4", "MIXED", "m5", ("called", "Høgmo called"), "the performance of Stefan Johansen “brilliant.”", None),
                  ("a5", "INDIRECT", "m7", "according to",
                   "It was more a problem of the results being much worse than the presentation", None),
                  ("a6", "DIRECT", "m8", ("said", "said Johansen"), "Croatia is a good team, and this was good training for us,", None),
                  ("a7", "DIRECT", "m9", "agreed", seg(T, "We are a team under development", "and look forward."), None)])

# ---------------------------------------------------------------------------------------
doc("norwaytoday-ntb-snillfjord-landslide-road-access",
    url="http://norwaytoday.info/news/landslide-trondelag-isolates-hundreds/",
    outlet="Norway Today (NTB)", country="Norway", topic="local", cut=False, published="2018-05-19",
    text=(T := "Several hundred without road access after landslide in Trøndelag\n"
          "50 residents and several cabin owners and campers in Snillfjord in Trøndelag are without road access after a landslide. The road will probably not open before Sunday.\n"
          "At just before midnight on Friday, the police reported that there had been a landslide blocking county road #305 west of Slørdal in the Snillfjord municipality in Trøndelag. There have been no reports that anybody are missing, but the landslide has taken part of the road with it, and the road is therefore closed until further notice.\n"
          "Hundreds of people are stranded in the area.\n"
          "– I believe there are around 300 people stuck on the wrong side of the landslide. I’m stuck myself, but the mood is pretty good. – t does no good to mope, but I was a bit annoyed, says local farmer Asbjørn Mjønes to Adresseavisen.\n"
          "Probably opens on Sunday\n"
          "There is no detour for those who are located west of the landslide on County Road #305.\n"
          "On Saturday evening, the Road Traffic Central informs that the process of clearing the road is virtually completed and that they have to repair the parts of the road that has disappeared.\n"
          "– Opening of the road is expected tomorrow, says the Road Traffic Central.\n"
          "Up to 500 meters long\n"
          "Mayor of Snillfjord, John Lernes, says to Adresseavisen that the municipality has now established a crisis team. They have made sure that none of those isolated as a result of the landslide are in need of medical assistance.\n"
          "– There are many cabins and a few campsites in there besides around 50 local residents, says the Mayor.\n"
          "The landslide is around metres wide and up to 500 metres long.\n"
          "– Three people are evacuated from a nearby cabin, while another cabin was checked and found to be empty, says Head of Operations in Trøndelag police district, Ann Kristin Øie."),
    entities=[("police", "the police", "ORGANIZATION", [], "police in Trøndelag"),
              ("mjones", "Asbjørn Mjønes", "PERSON", ["Mjønes", "local farmer Asbjørn Mjønes"], "local farmer stranded by the landslide"),
              ("rtc", "the Road Traffic Central", "ORGANIZATION", ["Road Traffic Central"], "Norwegian road traffic centre"),
              ("lernes", "John Lernes", "PERSON", ["Lernes", "Mayor of Snillfjord, John Lernes", "the Mayor"], "Mayor of Snillfjord"),
              ("oie", "Ann Kristin Øie", "PERSON",
               ["Øie", "Head of Operations in Trøndelag police district, Ann Kristin Øie"],
               "head of operations, Trøndelag police district")],
    mentions=[("m1", ("the police", "the police reported"), "police"),
              ("m2", "local farmer Asbjørn Mjønes", "mjones"),
              ("m3", ("the Road Traffic Central", "the Road Traffic Central informs"), "rtc"),
              ("m4", ("the Road Traffic Central", "says the Road Traffic Central"), "rtc"),
              ("m5", "Mayor of Snillfjord, John Lernes", "lernes"),
              ("m6", "the Mayor", "lernes"),
              ("m7", "Head of Operations in Trøndelag police district, Ann Kristin Øie", "oie")],
    attributions=[("a1", "INDIRECT", "m1", "reported", seg(T, "there had been a landslide", "in Trøndelag", "the police reported"), None),
                  ("a2", "INDIRECT", "m2", ("says", "says local farmer"), seg(T, "I believe there are around 300", "I was a bit annoyed"), None),
                  ("a3", "INDIRECT", "m3", "informs", seg(T, "the process of clearing the road", "road that has disappeared"), None),
                  ("a4", "INDIRECT", "m4", ("says", "says the Road Traffic Central"), "Opening of the road is expected tomorrow", None),
                  ("a5", "INDIRECT", "m5", ("says", "Lernes, says"), "the municipality has now established a crisis team", None),
                  ("a6", "INDIRECT", "m6", ("says", "says the Mayor"),
                   "There are many cabins and a few campsites in there besides around 50 local residents", None),
                  ("a7", "INDIRECT", "m7", ("says", "says Head"),
                   "Three people are evacuated from a nearby cabin, while another cabin was checked and found to be empty", None)])

# ---------------------------------------------------------------------------------------
doc("thesun-bernama-anwar-internal-tech-capabilities",
    url="https://thesun.my/malaysia-news/malaysia-to-build-internal-tech-capabilities-reduce-foreign-reliance-FB14735145",
    outlet="theSun (Bernama)", country="Malaysia", topic="technology", cut=False,
    text=(T := "KUALA LUMPUR: Malaysia must develop internal technological capabilities rather than continuing to depend on foreign technology according to Prime Minister Datuk Seri Anwar Ibrahim.\n"
          "He emphasised the need for building domestic expertise in areas including cloud computing to safeguard the country’s classified information and strategic assets.\n"
          "This matter received attention during his chairing of the National Cyber Security Committee Meeting Number Two of 2025 today.\n"
          "The discussion highlighted how emerging technologies like artificial intelligence and cloud computing must be evaluated through security considerations.\n"
          "“Therefore, the government will continue to strengthen the country’s cyber defence by protecting critical infrastructure, increasing public awareness, and strengthening cooperation among government agencies, the private sector, and international partners,“ he said.\n"
          "Anwar confirmed that the Cybercrime Bill will be presented to Parliament before the end of this year as part of legislative enhancements.\n"
          "He noted that individual citizens also bear responsibility for protecting personal data during online activities.\n"
          "The MyDigital ID system now averages twenty five thousand users daily following integration with applications including MyJPJ, MySejahtera, MyBayar PDRM, and MyGOV.\n"
          "Malaysia will demonstrate its global commitment by signing the United Nations Convention on cybercrime in Hanoi, Vietnam soon.\n"
          "This signature will confirm Malaysia’s dedication to strengthening international cooperation against digital crime.\n"
          "The meeting also stressed the importance of developing post-quantum cryptography technology through collaboration between the National Cyber Security Agency, researchers, and industry partners.\n"
          "This effort will enhance protection for critical infrastructure and help combat cybercrime according to the Prime Minister.\n"
          "It will ensure that national interests and public welfare remain securely protected."),
    entities=[("anwar", "Datuk Seri Anwar Ibrahim", "PERSON",
               ["Anwar Ibrahim", "Anwar", "Prime Minister Datuk Seri Anwar Ibrahim", "the Prime Minister"],
               "Prime Minister of Malaysia"),
              ("meeting", "the National Cyber Security Committee Meeting Number Two of 2025", "ORGANIZATION",
               ["National Cyber Security Committee", "The discussion", "The meeting"],
               "Malaysia's National Cyber Security Committee in session")],
    mentions=[("m1", "Prime Minister Datuk Seri Anwar Ibrahim", "anwar"),
              ("m2", ("He", "He emphasised"), "anwar"),
              ("m3", "the National Cyber Security Committee Meeting Number Two of 2025", "meeting"),
              ("m4", "The discussion", "meeting"),
              ("m5", ("he", "he said"), "anwar"),
              ("m6", ("Anwar", "Anwar confirmed"), "anwar"),
              ("m7", ("He", "He noted"), "anwar"),
              ("m8", "The meeting", "meeting"),
              ("m9", ("the Prime Minister", "according to the Prime Minister"), "anwar")],
    attributions=[("a1", "INDIRECT", "m1", ("according to", "technology according to"),
                   seg(T, "Malaysia must develop internal", "depend on foreign technology"), None),
                  ("a2", "INDIRECT", "m2", "emphasised", seg(T, "the need for building domestic", "and strategic assets"), None),
                  ("a3", "INDIRECT", "m4", "highlighted", seg(T, "how emerging technologies", "through security considerations"), None),
                  ("a4", "DIRECT", "m5", ("said", "he said"), seg(T, "Therefore, the government", "international partners,"), None),
                  ("a5", "INDIRECT", "m6", "confirmed",
                   "the Cybercrime Bill will be presented to Parliament before the end of this year as part of legislative enhancements", None),
                  ("a6", "INDIRECT", "m7", "noted",
                   "individual citizens also bear responsibility for protecting personal data during online activities", None),
                  ("a7", "INDIRECT", "m8", "stressed", seg(T, "the importance of developing post-quantum", "and industry partners"), None),
                  ("a8", "INDIRECT", "m9", ("according to", "according to the Prime Minister"),
                   "This effort will enhance protection for critical infrastructure and help combat cybercrime", None)])

# ---------------------------------------------------------------------------------------
doc("delano-luxembourg-banks-record-profits-abbl",
    url="https://delano.lu/article/luxembourg-banks-set-a-record-",
    outlet="Delano", country="Luxembourg", topic="business", cut=True,
    text=(T := "Luxembourg-domiciled banks’ net interest margin has more than doubled as a result of interest rate rises by the European Central Bank since mid-2022, pushing profits before taxes to record highs, according to data from the Luxembourg Central Bank. The ABBL trade association attributed the gains to “traditional and historic business.”\n"
          "Quarterly profits for Luxembourg-based banks before provisions and taxes reached €3.106bn in the second quarter of 2024, data from the Luxembourg Central Bank shows. This figure represents more than double the quarterly average of €1.324bn recorded between 2008 and 2021.\n"
          "Similarly, the net interest margin--the difference between the interest earned by banks and the interest paid on deposits and other sources--has also experienced significant surge, the data shows. The net interest margin has remained above €2.5bn for the past five quarters, nearly doubling its historic average of approximately €1.259bn.\n"
          "“ What this income figure covers ”\n"
          "In a statement to Paperjam, a spokesperson for the Luxembourg Bankers’ Association (ABBL) confirmed the rise in profits. The spokesperson agreed that, for the past two years, Luxembourg banks’ current revenues have consistently exceeded recent averages, “mainly [driven] from the net interest margin”. However, the spokesperson emphasised, “there is a need to start by explaining what this income figure covers.”"),
    entities=[("bcl", "the Luxembourg Central Bank", "ORGANIZATION", ["Luxembourg Central Bank", "Central Bank"],
               "Banque centrale du Luxembourg"),
              ("abbl", "The ABBL trade association", "ORGANIZATION", ["ABBL", "Luxembourg Bankers’ Association"],
               "Luxembourg Bankers' Association"),
              ("spokesperson", "a spokesperson", "PERSON", ["The spokesperson", "the spokesperson"], "spokesperson for the ABBL")],
    mentions=[("m1", ("data from the Luxembourg Central Bank", "according to data from"), "bcl"),
              ("m2", "The ABBL trade association", "abbl"),
              ("m3", ("the Luxembourg Central Bank", "the Luxembourg Central Bank shows"), "bcl"),
              ("m4", "a spokesperson for the Luxembourg Bankers’ Association (ABBL)", "spokesperson"),
              ("m5", ("The spokesperson", "The spokesperson agreed"), "spokesperson"),
              ("m6", ("the spokesperson", "the spokesperson emphasised"), "spokesperson")],
    attributions=[("a1", "INDIRECT", "m1", "according to",
                   seg(T, "Luxembourg-domiciled banks’ net interest margin", "to record highs"), None),
                  ("a2", "MIXED", "m2", "attributed", "the gains to “traditional and historic business.”", None),
                  ("a3", "INDIRECT", "m4", "confirmed", "the rise in profits", None),
                  ("a4", "MIXED", "m5", "agreed", seg(T, "for the past two years, Luxembourg banks’", "net interest margin”"), None),
                  ("a5", "DIRECT", "m6", "emphasised", "there is a need to start by explaining what this income figure covers.", None)])

write("train_ac.jsonl")
