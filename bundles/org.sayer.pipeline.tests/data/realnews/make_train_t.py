#!/usr/bin/env python3
"""Writes train_t.jsonl: real-news gold, split train-t (see gold.py). Run: python3 make_train_t.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("addresslibya-saleh-noc-attack-aggression",
    url="https://addresslibya.net/archives/32334",
    outlet="The Address", country="Libya", topic="politics", cut=False,
    text=(T := "Saleh: The Tripoli terrorist attack is an aggression against all Libyans\n"
          "TOBRUK – Chancellor Aguila Saleh, the President of the House of Representatives condemned the terrorist attack that targeted the headquarters of the National Oil Corporation in Tripoli today, stressing that “the attack is an aggression against the all Libyan people.”\n"
          "According to the media adviser of the presidency of the parliament, Fathi al-Marimi, Saleh said that the attackers are a primary enemy of all the Libyan people, and they must be fought and defeated through supporting the Libyan army, the police, and security and intelligence services.\n"
          "Saleh called on the United Nations and the Security Council to lift their embargo on arms to the Libyan National Army that fights terrorism and already achieved successive victories despite the lack of resources.\n"
          "He stressed that terrorism is a threat to all parts of the world, including neighboring countries and the Mediterranean Basin. “Unless we unite our efforts, the danger of terrorism will reach everyone without exception,” he said.\n"
          "He called on the people of Libya to unite and reconcile for Libya in order to stabilize their country and strengthen the state of institutions and the rule of law."),
    entities=[("saleh", "Aguila Saleh", "PERSON",
               ["Saleh", "Chancellor Aguila Saleh", "Chancellor Aguila Saleh, the President of the House of Representatives"],
               "President of Libya's House of Representatives"),
              ("marimi", "Fathi al-Marimi", "PERSON",
               ["al-Marimi", "the media adviser of the presidency of the parliament, Fathi al-Marimi"],
               "media adviser of the presidency of the Libyan parliament")],
    mentions=[("m1", ("Saleh", "Saleh: The"), "saleh"),
              ("m2", "Chancellor Aguila Saleh, the President of the House of Representatives", "saleh"),
              ("m3", "the media adviser of the presidency of the parliament, Fathi al-Marimi", "marimi"),
              ("m4", ("Saleh", "Saleh said that the attackers"), "saleh"),
              ("m5", ("Saleh", "Saleh called on"), "saleh"),
              ("m6", ("He", "He stressed"), "saleh"),
              ("m7", ("he", "he said."), "saleh"),
              ("m8", ("He", "He called on"), "saleh")],
    attributions=[("a1", "INDIRECT", "m1", None, "The Tripoli terrorist attack is an aggression against all Libyans", None),
                  ("a2", "INDIRECT", "m2", "condemned",
                   "the terrorist attack that targeted the headquarters of the National Oil Corporation in Tripoli today", None),
                  ("a3", "DIRECT", "m2", "stressing", "the attack is an aggression against the all Libyan people.", None),
                  ("a4", "INDIRECT", "m3", "According to", seg(T, "Saleh said that the attackers", "intelligence services"), None),
                  ("a5", "INDIRECT", "m4", ("said", "Saleh said that the attackers"),
                   seg(T, "the attackers are a primary enemy", "intelligence services"), "a4"),
                  ("a6", "INDIRECT", "m5", ("called on", "Saleh called on"),
                   seg(T, "the United Nations and the Security Council to lift", "the lack of resources"), None),
                  ("a7", "INDIRECT", "m6", ("stressed", "He stressed"),
                   "terrorism is a threat to all parts of the world, including neighboring countries and the Mediterranean Basin", None),
                  ("a8", "DIRECT", "m7", ("said", "he said."),
                   "Unless we unite our efforts, the danger of terrorism will reach everyone without exception,", None),
                  ("a9", "INDIRECT", "m8", ("called on", "He called on"),
                   seg(T, "the people of Libya to unite", "the rule of law"), None)])

# ---------------------------------------------------------------------------------------
doc("chernagora-rtcg-stankovic-courtroom-defense",
    url="http://cherna.gora.me/news/the-courtroom-is-the-address-for-the-defense-not-the-supreme-state-prosecutor/",
    outlet="Cherna Gora (RTCG)", country="Montenegro", topic="courts-crime", cut=False,
    text=(T := "The courtroom is the address for the defense, not the Supreme State Prosecutor\n"
          "The defendants in the case of attempted terrorism, in the procedure before the High Court in Podgorica, use different methods of defense, but the address for this is not the Supreme State Prosecutor (VDT), the VDT Ivica Stankovic said.\n"
          "“The address for it is the courtroom of the High Court in Podgorica. That is the place where all the collected evidence will be considered and the final decision made,” Stankovic said in an interview with the Mina agency.\n"
          "Asked to comment on the current course of the trial, Stankovic pointed out that he was aware of the public’s interest in this hearing, but that, as a VDT, he did not want, neither was allowed to comment on the ongoing proceedings.\n"
          "Asked if he believed the current course of trial has confirmed the findings of the indictment, Stankovic reminded that the indictment in the case was confirmed more than half a year ago.\n"
          "“This means that the Supreme Court in Podgorica, the only relevant institution that can do it, found that there was enough evidence to substantiate the suspicions presented in the indictment of the Special State Prosecutor’s Office (SDT),” Stankovic stressed.\n"
          "The VDT did not want to comment on the allegations of the Democratic Front (DF) that the Chief Special Prosecutor, Milivoj Katnic misused the case.\n"
          "“I would not like to comment on the allegations of alleged misuses because the defendants, as I have said, independently choose the way they will defend themselves,” Stankovic said."),
    entities=[("stankovic", "Ivica Stankovic", "PERSON",
               ["Stankovic", "the VDT Ivica Stankovic", "the VDT", "the Supreme State Prosecutor (VDT)",
                "the Supreme State Prosecutor"],
               "Supreme State Prosecutor of Montenegro (VDT)"),
              ("court", "Supreme Court in Podgorica", "ORGANIZATION", ["the Supreme Court in Podgorica"],
               "Montenegro's Supreme Court"),
              ("df", "Democratic Front", "ORGANIZATION", ["DF", "the Democratic Front (DF)"],
               "Montenegrin opposition alliance")],
    mentions=[("m1", ("the Supreme State Prosecutor", "not the Supreme State Prosecutor\n"), "stankovic"),
              ("m2", "the Supreme State Prosecutor (VDT)", "stankovic"),
              ("m3", "the VDT Ivica Stankovic", "stankovic"),
              ("m4", ("Stankovic", "Stankovic said in an interview"), "stankovic"),
              ("m5", ("Stankovic", "Stankovic pointed out"), "stankovic"),
              ("m6", ("Stankovic", "Stankovic reminded"), "stankovic"),
              ("m7", "the Supreme Court in Podgorica", "court"),
              ("m8", ("Stankovic", "Stankovic stressed"), "stankovic"),
              ("m9", ("The VDT", "The VDT did not want"), "stankovic"),
              ("m10", "the Democratic Front (DF)", "df"),
              ("m11", ("I", "I have said"), "stankovic"),
              ("m12", ("Stankovic", "themselves,” Stankovic said"), "stankovic")],
    attributions=[("a1", "INDIRECT", "m3", ("said", "Ivica Stankovic said"),
                   seg(T, "The defendants in the case", "State Prosecutor (VDT)"), None),
                  ("a2", "DIRECT", "m4", ("said", "Stankovic said in an interview"),
                   seg(T, "The address for it", "the final decision made,"), None),
                  ("a3", "INDIRECT", "m5", "pointed out", seg(T, "he was aware of the public", "the ongoing proceedings"), None),
                  ("a4", "INDIRECT", "m6", "reminded", "the indictment in the case was confirmed more than half a year ago", None),
                  ("a5", "DIRECT", "m8", "stressed", seg(T, "This means that the Supreme Court", "Office (SDT),"), None),
                  ("a6", "INDIRECT", "m7", "found", seg(T, "there was enough evidence", "Office (SDT)"), "a5"),
                  ("a7", "INDIRECT", "m10", ("allegations", "allegations of the Democratic"),
                   "the Chief Special Prosecutor, Milivoj Katnic misused the case", None),
                  ("a8", "DIRECT", "m12", ("said", "themselves,” Stankovic said"),
                   seg(T, "I would not like to comment", "defend themselves,"), None),
                  ("a9", "INDIRECT", None, ("allegations", "allegations of alleged misuses"), "alleged misuses", "a8"),
                  ("a10", "INDIRECT", "m11", ("said", "I have said"),
                   seg(T, "the defendants, as I have said", "defend themselves"), "a8")])

# ---------------------------------------------------------------------------------------
doc("alarabiya-tunisia-agriculture-exports-economy",
    url="https://english.alarabiya.net/business/economy/2015/10/17/Agriculture-exports-boost-Tunisia-s-economy-",
    outlet="Al Arabiya English", country="United Arab Emirates", topic="business", cut=True,
    published="2015-10-17",
    text=(T := "Agriculture exports boost Tunisia’s economy\n"
          "Tunisia’s economy has remained stagnant since the 2011 popular uprising that toppled dictator Zine El Abidine Ben Ali\n"
          "Tunisia’s tourism-dependent economy, badly affected by two deadly jihadist attacks on foreign tourists this year, has been helped along by olive oil and date exports, the finance minister said Friday.\n"
          "The North African country’s economy has “avoided the worst” this year thanks to a drop in global oil prices and a sharp increase in “olive oil and date exports,” Slim Chaker said.\n"
          "Olive oil exports reached 300,000 tonnes by the end of last month, bringing in an estimated 1.9 billion dinars (850 million euros, $975 million) compared to less than 500 million dinars for the whole of last year, according to the agriculture ministry.\n"
          "Some 100,000 tonnes of dates were exported by the end of September, generating revenue of 462 million dinars compared to 380 million dinars for the whole of 2014, the ministry’s Aniss Ben Rayana said.\n"
          "Tunisia’s economy has remained stagnant since the 2011 popular uprising that toppled dictator Zine El Abidine Ben Ali.\n"
          "The finance ministry has forecast just 0.5 percent growth this year, half the figure for last year.\n"
          "Tunisia based its draft budget on projected growth of 2.5 percent next year, just half of growth mentioned in a recent development plan for 2016-20.\n"
          "The country’s key tourism sector -- which contributes 10 percent of its GDP -- has been badly shaken by an attack on foreign tourists at the National Bardo Museum in the capital in March and a beachside massacre near the coastal city of Sousse in June.\n"
          "The attacks, claimed by the jihadist Islamic State of Iraq and Syria (ISIS) group, claimed 22 dead and 38 dead respectively.\n"
          "The number of visitors from Europe has been halved since January, and several international chains are to close their hotels over the winter season."),
    entities=[("chaker", "Slim Chaker", "PERSON", ["Chaker", "the finance minister"], "Tunisia's finance minister"),
              ("agriministry", "agriculture ministry", "ORGANIZATION", ["the agriculture ministry"],
               "Tunisia's agriculture ministry"),
              ("benrayana", "Aniss Ben Rayana", "PERSON", ["Ben Rayana", "the ministry’s Aniss Ben Rayana"],
               "official of Tunisia's agriculture ministry"),
              ("finministry", "finance ministry", "ORGANIZATION", ["The finance ministry"], "Tunisia's finance ministry")],
    mentions=[("m1", "the finance minister", "chaker"),
              ("m2", "Slim Chaker", "chaker"),
              ("m3", "the agriculture ministry", "agriministry"),
              ("m4", "the ministry’s Aniss Ben Rayana", "benrayana"),
              ("m5", "The finance ministry", "finministry")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "minister said Friday"),
                   seg(T, "Tunisia’s tourism-dependent economy", "olive oil and date exports"), None),
                  ("a2", "MIXED", "m2", ("said", "Slim Chaker said"), seg(T, "The North African country", "date exports,”"), None),
                  ("a3", "INDIRECT", "m3", "according to", seg(T, "Olive oil exports reached", "the whole of last year"), None),
                  ("a4", "INDIRECT", "m4", ("said", "Ben Rayana said"), seg(T, "Some 100,000 tonnes", "the whole of 2014"), None),
                  ("a5", "INDIRECT", "m5", "forecast", "just 0.5 percent growth this year, half the figure for last year", None)])

# ---------------------------------------------------------------------------------------
doc("iwacu-malaria-cases-increase-burundi",
    url="https://www.iwacu-burundi.org/englishnews/malaria-cases-increase-in-burundi/",
    outlet="Iwacu", country="Burundi", topic="health-science", cut=False,
    text=(T := "Malaria cases increase in Burundi\n"
          "Thaddée Ndikumana, Minister of Public Health reports that the number of malaria cases has significantly increased these days even if it hasn’t reached yet the level of an epidemic. “The number of malaria cases increase in January, February and March in the Sub-Saharan region due to the climate changes,” he says.\n"
          "The Health Minister singles out Kirundo and Muyinga provinces as well as Kinyinya Health district as the areas where there is an increase in malaria cases following the return of a big number of people from the neighboring countries. “There are also many mosquitoes due to activities undertaken in the rice fields”, he says. In Muyinga province, about 20,000 cases were reported in November while 35,000 others were recorded in December 2017.\n"
          "The ministry plans to spray all households to kill all mosquitoes and sensitize people to the danger of malaria. Thaddée Ndikumana says they play an important role in the fight against this threat. “Some people use their mosquito nets in fishing while other consult witchdoctors instead of going to health centers”, deplores the minister. He also says the medical treatment is free of charge for children under five and pregnant women. “They must get benefit of these advantages and go to hospital in time”, he says.\n"
          "The public health ministry also expects to work with other ministries involved in that struggle. “We cannot succeed when we work alone”, he says.\n"
          "In March 2017, malaria was declared an epidemic in Burundi when about 800 people died of the disease in 2017 first term. The country had previously declared a malaria epidemic in 2002."),
    entities=[("ndikumana", "Thaddée Ndikumana", "PERSON",
               ["Ndikumana", "Thaddée Ndikumana, Minister of Public Health", "The Health Minister", "the minister"],
               "Burundi's Minister of Public Health"),
              ("ministry", "public health ministry", "ORGANIZATION", ["The public health ministry", "The ministry"],
               "Burundi's Ministry of Public Health")],
    mentions=[("m1", "Thaddée Ndikumana, Minister of Public Health", "ndikumana"),
              ("m2", ("he", "changes,” he says"), "ndikumana"),
              ("m3", "The Health Minister", "ndikumana"),
              ("m4", ("he", "fields”, he says"), "ndikumana"),
              ("m5", ("The ministry", "The ministry plans"), "ministry"),
              ("m6", ("Thaddée Ndikumana", "Thaddée Ndikumana says"), "ndikumana"),
              ("m7", ("the minister", "deplores the minister"), "ndikumana"),
              ("m8", ("He", "He also says"), "ndikumana"),
              ("m9", ("he", "in time”, he says"), "ndikumana"),
              ("m10", "The public health ministry", "ministry"),
              ("m11", ("he", "alone”, he says"), "ndikumana")],
    attributions=[("a1", "INDIRECT", "m1", "reports", seg(T, "the number of malaria cases has", "level of an epidemic"), None),
                  ("a2", "DIRECT", "m2", ("says", "changes,” he says"),
                   seg(T, "The number of malaria cases increase", "the climate changes,"), None),
                  ("a3", "INDIRECT", "m3", "singles out",
                   seg(T, "Kirundo and Muyinga provinces as well", "the neighboring countries"), None),
                  ("a4", "DIRECT", "m4", ("says", "fields”, he says"),
                   "There are also many mosquitoes due to activities undertaken in the rice fields", None),
                  ("a5", "INDIRECT", "m6", ("says", "Ndikumana says"), "they play an important role in the fight against this threat", None),
                  ("a6", "DIRECT", "m7", "deplores", seg(T, "Some people use their mosquito nets", "going to health centers"), None),
                  ("a7", "INDIRECT", "m8", ("says", "He also says"),
                   "the medical treatment is free of charge for children under five and pregnant women", None),
                  ("a8", "DIRECT", "m9", ("says", "in time”, he says"),
                   "They must get benefit of these advantages and go to hospital in time", None),
                  ("a9", "INDIRECT", "m10", "expects", "to work with other ministries involved in that struggle", None),
                  ("a10", "DIRECT", "m11", ("says", "alone”, he says"), "We cannot succeed when we work alone", None)])

# ---------------------------------------------------------------------------------------
doc("dailynewscameroon-ghost-towns-anglophone-violence",
    url="https://www.dailynewscameroon.com/cameroon-vionlence-gunshots-ghost-towns-engulf-parts-of-anglophone-towns/",
    outlet="Daily News Cameroon", country="Cameroon", topic="local", cut=True,
    published="2019-06-20",
    text=(T := "Cameroon: vionlence, gunshots, ghost towns engulf parts of Anglophone towns\n"
          "Calls from separatist activists for residents in the North West and South West regions of Cameroon to observe ghost towns today have been met with violent incidents early across the two regions.\n"
          "In Muyuka sub division, in the South West region of Cameroon, reports say there is a massive back up of troops followng violent clashes early this morning between security forces and separatist fighters.\n"
          "Sources say there was heavy fighting around the Makanga and Stone quarters neighbourhood right up to Muyenge forcing residents to flee into the bushes for their safety.\n"
          "“There is a heavy military presence in the town and the streets are empty,” a source in Muyuka says.\n"
          "Down in Muea, Buea sub division, the atmosphere is relatively calm but streets are deserted but sources say armed men have chased away farmers from their farms forcing them to respect the ghost towns that have been called for.\n"
          "Up in Buea, the town is relatively calm with activisties timidly going on as residents try to beat fear, a source in the city says.\n"
          "However, ghost towns have swept across Mile 14, Mutengene and Tiko as residents are all indoors, sources have confirmed.\n"
          "“Just a few bikes are plying the streets but there is no taxi on the streets and businesses remain closed,” a source in Mutengene said.\n"
          "In the North West, ghost towns have been effective in some parts of the regions with residents staying home as most fear of repraisals from armed men.\n"
          "Sources say activities are timid in Bambili which has witnessed a series of sporadic clashes in the past days with students braving the odds to go to school.\n"
          "In Bafut, the situation remains tense following exchange of fire on Monday between security forces and armed men while an aged man has been kidnapped."),
    entities=[("activists", "separatist activists", "GROUP", [], "Anglophone separatist activists"),
              ("reports", "reports", "GROUP", [], "unattributed reports from Muyuka"),
              ("sources", "sources", "GROUP", ["Sources"], "unnamed local sources"),
              ("srcmuyuka", "a source in Muyuka", "PERSON", [], "unnamed source in Muyuka"),
              ("srcbuea", "a source in the city", "PERSON", [], "unnamed source in Buea"),
              ("srcmutengene", "a source in Mutengene", "PERSON", [], "unnamed source in Mutengene")],
    mentions=[("m1", "separatist activists", "activists"),
              ("m2", ("reports", "reports say"), "reports"),
              ("m3", ("Sources", "Sources say there was"), "sources"),
              ("m4", "a source in Muyuka", "srcmuyuka"),
              ("m5", ("sources", "sources say armed"), "sources"),
              ("m6", "a source in the city", "srcbuea"),
              ("m7", ("sources", "sources have confirmed"), "sources"),
              ("m8", "a source in Mutengene", "srcmutengene"),
              ("m9", ("Sources", "Sources say activities"), "sources")],
    attributions=[("a1", "INDIRECT", "m1", "Calls", seg(T, "residents in the North West", "observe ghost towns today"), None),
                  ("a2", "INDIRECT", "m2", ("say", "reports say"), seg(T, "there is a massive back up", "separatist fighters"), None),
                  ("a3", "INDIRECT", "m3", ("say", "Sources say there was"), seg(T, "there was heavy fighting", "for their safety"), None),
                  ("a4", "DIRECT", "m4", ("says", "Muyuka says"),
                   "There is a heavy military presence in the town and the streets are empty,", None),
                  ("a5", "INDIRECT", "m5", ("say", "sources say armed"), seg(T, "armed men have chased", "have been called for"), None),
                  ("a6", "INDIRECT", None, ("called for", "been called for"), ("the ghost towns", "respect the ghost towns"), "a5"),
                  ("a7", "INDIRECT", "m6", ("says", "city says"), seg(T, "Up in Buea", "to beat fear"), None),
                  ("a8", "INDIRECT", "m7", "confirmed", seg(T, "ghost towns have swept", "are all indoors"), None),
                  ("a9", "DIRECT", "m8", ("said", "Mutengene said"), seg(T, "Just a few bikes", "businesses remain closed,"), None),
                  ("a10", "INDIRECT", "m9", ("say", "Sources say activities"), seg(T, "activities are timid", "to go to school"), None)])

# ---------------------------------------------------------------------------------------
doc("sudanow-hilal-merreikh-draw-caf-tayyib",
    url="https://sudanow-magazine.net/page.php?subId=9&Id=132",
    outlet="Sudanow Magazine", country="Sudan", topic="sport", cut=True,
    text=(T := "Sudan’s Football Giants Draw in CAF Match ............. UPDATE\n"
          "KHARTOUM (Sudanow) – Sudan's football giants Al- Hilal and  Al-Merreikh drew 1-1 Friday evening within the CAF Champions League, Group Stage.\n"
          "The match was played at al-Hilal Stadium in Omdurman.\n"
          "Aiz Shibola scored for al-Hilal in minute 31 of the first half, cashing on a confusion in the Merrikh defenses. Left winger Sammani al-Sawi equalized for his side in minute 16 of the second half.\n"
          "Experts have condemned the two teams performance at the match as below expectations.\n"
          "Coach Mohamed al-Tayyib (widely known by his nickname Morhino) said that although the match was in an advanced stage of Africa’s major contest, it had carried the symptoms s of local matches due to the low profiles exhibited by the two teams.\n"
          "Tayyib has attributed this bad showing to what he termed “external factors that usually influence the two teams performance.”\n"
          "“The match could not come out in the necessary shape due to the psychological warfare waged by each of the two clubs media,’’ Tayyib, who coaches the Sudanese premier league team al-Gadarif Police, explained.\n"
          "He referred to the media of each club which in anticipation of the sensational event  had continued to mobilize its fans. Calls were made for the fans of each team to head early to the stadium to support their side therefore the match attracted a huge crowd of fans.\n"
          "Tayyib has named Forward Sammani al-Sawi (who equalized for Merriekh) and his teammate, Goalkeeper Jamal Salim as the best in the Merriekh side.\n"
          "He said these two had shone in the match as compared with some other aging players in the Merriekh side who were very slow, thus allowing the al-Hilal players to dominate the match, in particular during the first half and part of the second half."),
    entities=[("experts", "Experts", "GROUP", [], "football experts"),
              ("tayyib", "Mohamed al-Tayyib", "PERSON",
               ["Tayyib", "al-Tayyib", "Coach Mohamed al-Tayyib", "Morhino"],
               "coach of al-Gadarif Police, commenting on the match")],
    mentions=[("m1", "Experts", "experts"),
              ("m2", "Coach Mohamed al-Tayyib", "tayyib"),
              ("m3", "Morhino", "tayyib"),
              ("m4", ("Tayyib", "Tayyib has attributed"), "tayyib"),
              ("m5", ("he", "he termed"), "tayyib"),
              ("m6", ("Tayyib", "Tayyib, who coaches"), "tayyib"),
              ("m7", ("He", "He referred"), "tayyib"),
              ("m8", ("Tayyib", "Tayyib has named"), "tayyib"),
              ("m9", ("He", "He said these"), "tayyib")],
    attributions=[("a1", "INDIRECT", "m1", "condemned", "the two teams performance at the match as below expectations", None),
                  ("a2", "INDIRECT", "m2", ("said", "Morhino) said"), seg(T, "although the match was", "exhibited by the two teams"), None),
                  ("a3", "MIXED", "m4", "attributed", seg(T, "this bad showing", "teams performance.”"), None),
                  ("a4", "DIRECT", "m5", "termed", "external factors that usually influence the two teams performance.", "a3"),
                  ("a5", "DIRECT", "m6", "explained", seg(T, "The match could not come out", "two clubs media,"), None),
                  ("a6", "INDIRECT", "m7", "referred to", seg(T, "the media of each club", "mobilize its fans"), None),
                  ("a7", "INDIRECT", None, "Calls", seg(T, "the fans of each team", "support their side"), None),
                  ("a8", "INDIRECT", "m8", "named", seg(T, "Forward Sammani al-Sawi", "the Merriekh side"), None),
                  ("a9", "INDIRECT", "m9", ("said", "He said these"), seg(T, "these two had shone", "part of the second half"), None)])

# ---------------------------------------------------------------------------------------
doc("france24-afp-balkans-air-pollution-belgrade",
    url="https://www.france24.com/en/20191027-balkans-suffering-very-high-air-pollution",
    outlet="France 24 (AFP)", country="France", topic="environment", cut=False,
    published="2019-10-27",
    text=(T := "Balkans suffering 'very high' air pollution\n"
          "Belgrade (AFP) –\n"
          "Health officials in Serbia warned on Sunday about the risks of \"very high\" levels of air pollution in Belgrade and several other cities, a problem also being experienced in neighbouring Bosnia and North Macedonia.\n"
          "A thick cloud of pollution has been visible over the city for several days now, and according to the AirVisual app, Belgrade has several times in the last week been among the most polluted cities in the world.\n"
          "The Serbian Environmental Protection Agency said air pollution had been high for several days in the capital because of unusually warm weather.\n"
          "Levels of particulate matter (PM10) were higher than 200 microgrammes per cubic metre in Belgrade and its suburbs, where more than 1.6 million people live, the agency said.\n"
          "Those levels of air pollution are bad enough to affect not just people with pre-existing conditions but the whole population, it said.\n"
          "\"We have noted for about 10 days a rise in respiratory infections,\" Snezana Rsovac, a doctor in a Belgrade paediatric clinic, told RST television.\n"
          "High atmospheric pressure and an absence of wind had kept the pollution in place, Andrej Sistaric of the Belgrade public health institute told RTS.\n"
          "Conditions were not likely to significantly improve before Tuesday and a change in the weather, said the experts.\n"
          "Contributing factors appeared to be the burning of farmland to clear the land for more crops and a fire that broke out at a council rubbish dump in Belgrade.\n"
          "It was a similar story in other Serbian cities, including Novi Sad, Panceov and Subotica in the northern half of the country, and Uzice in the southwest.\n"
          "The Bosnian capital Sarajevo and North Macedonia's capital Skopje were experiencing a similar problem. Both cities have a chronic air pollution problem because of the widespread use of wood as heating fuel."),
    entities=[("officials", "Health officials in Serbia", "GROUP", [], "Serbian health officials"),
              ("airvisual", "AirVisual app", "ORGANIZATION", ["the AirVisual app", "AirVisual"], "air-quality app"),
              ("sepa", "Serbian Environmental Protection Agency", "ORGANIZATION",
               ["The Serbian Environmental Protection Agency", "the agency"], None),
              ("rsovac", "Snezana Rsovac", "PERSON", ["Rsovac", "Snezana Rsovac, a doctor in a Belgrade paediatric clinic"],
               "doctor in a Belgrade paediatric clinic"),
              ("sistaric", "Andrej Sistaric", "PERSON", ["Sistaric", "Andrej Sistaric of the Belgrade public health institute"],
               "Belgrade public health institute"),
              ("experts", "the experts", "GROUP", [], "unnamed experts")],
    mentions=[("m1", "Health officials in Serbia", "officials"),
              ("m2", "the AirVisual app", "airvisual"),
              ("m3", "The Serbian Environmental Protection Agency", "sepa"),
              ("m4", ("the agency", "the agency said"), "sepa"),
              ("m5", ("it", "it said."), "sepa"),
              ("m6", "Snezana Rsovac, a doctor in a Belgrade paediatric clinic", "rsovac"),
              ("m7", "Andrej Sistaric of the Belgrade public health institute", "sistaric"),
              ("m8", "the experts", "experts")],
    attributions=[("a1", "MIXED", "m1", "warned", seg(T, "the risks of", "several other cities"), None),
                  ("a2", "INDIRECT", "m2", "according to", seg(T, "Belgrade has several times", "cities in the world"), None),
                  ("a3", "INDIRECT", "m3", ("said", "Agency said"), seg(T, "air pollution had been high", "unusually warm weather"), None),
                  ("a4", "INDIRECT", "m4", ("said", "the agency said"), seg(T, "Levels of particulate", "million people live"), None),
                  ("a5", "INDIRECT", "m5", ("said", "it said."), seg(T, "Those levels of air", "the whole population"), None),
                  ("a6", "DIRECT", "m6", ("told", "told RST"), "We have noted for about 10 days a rise in respiratory infections,", None),
                  ("a7", "INDIRECT", "m7", ("told", "told RTS"), seg(T, "High atmospheric pressure", "the pollution in place"), None),
                  ("a8", "INDIRECT", "m8", ("said", "said the experts"), seg(T, "Conditions were not likely", "change in the weather"), None)])

write("train_t.jsonl")
