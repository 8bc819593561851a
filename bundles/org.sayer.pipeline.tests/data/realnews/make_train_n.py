#!/usr/bin/env python3
"""Writes train_n.jsonl: real-news gold, split train-n (see gold.py). Run: python3 make_train_n.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("dw-german-broadcasters-russian-hackers",
    url="https://www.dw.com/en/german-broadcasters-targeted-by-russian-hackers/a-44857319",
    outlet="DW (Deutsche Welle)", country="Germany", topic="technology", cut=True,
    published="2018-07-27",
    text=(T := "German broadcasters targeted by Russian hackers\n"
          "Two of Germany's largest public broadcasters, ZDF and WDR, have been attacked by a Russian hacking group, according to reports. It remains unclear what the group's intention was or whether any sensitive data was stolen.\n"
          "A Russian hacking group known as \"Sandworm\" targeted Germany's two largest public broadcasters, ZDF and WDR, according to German media reports on Friday.\n"
          "Security officials told German weekly Der Spiegel that hackers had managed to compromise the broadcasters' networks in June. Although the cyber attack was detected relatively quickly, it remains unknown what the group was after or whether any sensitive data was compromised.\n"
          "ZDF confirmed the attack on Friday, adding that only 10 computers on its network were affected. WDR decline to comment for \"security reasons.\"\n"
          "Sandworm is a hacking group believed to be run by Russia's military intelligence service, GRU. According to US federal investigators, the group is suspected of also being behind the attack on the US Democrats' computer servers during the 2016 presidential election.\n"
          "The group first appeared in 2013 and, according to German intelligence, has targeted NATO servers, several western telecom companies and Ukrainian energy suppliers."),
    entities=[("zdf", "ZDF", "ORGANIZATION", [], "German public broadcaster"),
              ("media", "German media reports", "GROUP", ["reports"], "German media reports"),
              ("officials", "Security officials", "GROUP", [], "German security officials"),
              ("investigators", "US federal investigators", "GROUP", [], None),
              ("intel", "German intelligence", "ORGANIZATION", [], "German intelligence service")],
    mentions=[("m1", ("ZDF", "ZDF and WDR, have"), "zdf"),
              ("m2", ("reports", "reports. It"), "media"),
              ("m3", ("ZDF", "ZDF and WDR, according"), "zdf"),
              ("m4", "German media reports", "media"),
              ("m5", "Security officials", "officials"),
              ("m6", ("ZDF", "ZDF confirmed"), "zdf"),
              ("m7", "US federal investigators", "investigators"),
              ("m8", "German intelligence", "intel")],
    attributions=[("a1", "INDIRECT", "m2", ("according to", "according to reports"),
                   "Two of Germany's largest public broadcasters, ZDF and WDR, have been attacked by a Russian hacking group", None),
                  ("a2", "MIXED", "m4", ("according to", "according to German media"),
                   seg(T, "A Russian hacking group known", "ZDF and WDR"), None),
                  ("a3", "INDIRECT", "m5", "told", "hackers had managed to compromise the broadcasters' networks in June", None),
                  ("a4", "INDIRECT", "m6", "confirmed", ("the attack", "the attack on Friday"), None),
                  ("a5", "INDIRECT", "m6", "adding", "only 10 computers on its network were affected", None),
                  ("a6", "INDIRECT", None, "believed", "to be run by Russia's military intelligence service, GRU", None),
                  ("a7", "INDIRECT", "m7", ("According to", "According to US"),
                   "the group is suspected of also being behind the attack on the US Democrats' computer servers during the 2016 presidential election", None),
                  ("a8", "INDIRECT", None, "suspected",
                   "also being behind the attack on the US Democrats' computer servers during the 2016 presidential election", "a7"),
                  ("a9", "INDIRECT", "m8", ("according to", "according to German intelligence"),
                   "has targeted NATO servers, several western telecom companies and Ukrainian energy suppliers", None)])

# ---------------------------------------------------------------------------------------
doc("financialtribune-tehran-pollution-toll-denied",
    url="https://financialtribune.com/node/32907",
    outlet="Financial Tribune", country="Iran", topic="environment", cut=True,
    text=(T := "Pollution Casualty Report Denied\n"
          "Director of Tehran’s Department of Environment has dismissed claims by a senior city councilor about the death toll emanating from air pollution in the polluted capital as “uninformed.”\n"
          "Mohammad Hadi Heydarzadeh said claims made last week by Mehdi Chamran, head of the Tehran City Council, about the staggering death toll in Tehran was incorrect, Mehr News Agency reported.\n"
          "In an interview with Fars News Agency last weekend, Chamran claimed that “between 150 and 180 people” die every day in Tehran due to air pollution, before criticizing a decision made by the DOE’s committee to combat air pollution to shut cement factories and asphalt plants around Tehran for a week.\n"
          "The decision was made on the Saturday of last week after the capital’s air quality failed to improve after a week and the air quality index remained above 150 for two consecutive days.\n"
          "Schools were closed for three days.\n"
          "“Chamran’s uninformed statement is probably due to the fact that not a single member of the [city] council attends the air pollution committee’s meetings,” Heydarzadeh said, adding that the committee has often asked the city council to send a representative to the meetings.\n"
          "According to statistics published in 2012, approximately 4,400 people die prematurely in Tehran due to air pollution every year. This is while the figures quoted by Chamran would mean that at the least 54,750 Tehranis die every year because of poor air quality.\n"
          "The World Health Organization says 80,000 pollution-caused deaths happen in Iran every year.\n"
          "The DOE official said the committee’s decision to shut cement and asphalt factories helped control Tehran’s air pollution, as air quality sensors showed a decline in particulate matter concentrations during last week that ended on Friday."),
    entities=[("heydarzadeh", "Mohammad Hadi Heydarzadeh", "PERSON",
               ["Heydarzadeh", "Director of Tehran’s Department of Environment", "The DOE official"],
               "Director of Tehran's Department of Environment"),
              ("chamran", "Mehdi Chamran", "PERSON",
               ["Chamran", "a senior city councilor", "Mehdi Chamran, head of the Tehran City Council"],
               "head of the Tehran City Council"),
              ("mehr", "Mehr News Agency", "ORGANIZATION", [], "Iranian news agency"),
              ("committee", "the DOE’s committee to combat air pollution", "ORGANIZATION", ["the committee"],
               "Department of Environment air pollution committee"),
              ("stats", "statistics published in 2012", "GROUP", [], None),
              ("who", "The World Health Organization", "ORGANIZATION", ["World Health Organization"], None)],
    mentions=[("m1", "Director of Tehran’s Department of Environment", "heydarzadeh"),
              ("m2", "a senior city councilor", "chamran"),
              ("m3", "Mohammad Hadi Heydarzadeh", "heydarzadeh"),
              ("m4", "Mehdi Chamran, head of the Tehran City Council", "chamran"),
              ("m5", "Mehr News Agency", "mehr"),
              ("m6", ("Chamran", "Chamran claimed"), "chamran"),
              ("m7", "the DOE’s committee to combat air pollution", "committee"),
              ("m8", ("Heydarzadeh", "Heydarzadeh said, adding"), "heydarzadeh"),
              ("m9", ("the committee", "the committee has often"), "committee"),
              ("m10", "statistics published in 2012", "stats"),
              ("m11", ("Chamran", "quoted by Chamran"), "chamran"),
              ("m12", "The World Health Organization", "who"),
              ("m13", "The DOE official", "heydarzadeh")],
    attributions=[("a1", "INDIRECT", None, "Denied", "Pollution Casualty Report", None),
                  ("a2", "MIXED", "m1", "dismissed", seg(T, "claims by a senior", "as “uninformed.”"), None),
                  ("a3", "INDIRECT", "m2", ("claims", "claims by a senior"),
                   "the death toll emanating from air pollution in the polluted capital", "a2"),
                  ("a4", "INDIRECT", "m5", ("reported", "Agency reported"), seg(T, "Mohammad Hadi Heydarzadeh said", "was incorrect"), None),
                  ("a5", "INDIRECT", "m3", ("said", "Heydarzadeh said claims"), seg(T, "claims made last week", "was incorrect"), "a4"),
                  ("a6", "INDIRECT", "m4", ("claims", "claims made last week"), "the staggering death toll in Tehran", "a5"),
                  ("a7", "MIXED", "m6", "claimed", "“between 150 and 180 people” die every day in Tehran due to air pollution", None),
                  ("a8", "INDIRECT", "m6", "criticizing", seg(T, "a decision made by the DOE", "for a week"), None),
                  ("a9", "DIRECT", "m8", ("said", "Heydarzadeh said, adding"), seg(T, "Chamran’s uninformed statement", "committee’s meetings,"), None),
                  ("a10", "INDIRECT", "m8", "adding", "the committee has often asked the city council to send a representative to the meetings", None),
                  ("a11", "INDIRECT", "m9", "asked", "the city council to send a representative to the meetings", "a10"),
                  ("a12", "INDIRECT", "m10", ("According to", "According to statistics"),
                   "approximately 4,400 people die prematurely in Tehran due to air pollution every year", None),
                  ("a13", "INDIRECT", "m12", "says", "80,000 pollution-caused deaths happen in Iran every year", None),
                  ("a14", "INDIRECT", "m13", ("said", "official said"), seg(T, "the committee’s decision to shut", "ended on Friday"), None)])

# ---------------------------------------------------------------------------------------
doc("cookislandsnews-ici-vaimaanga-backroad-apology",
    url="https://www.cookislandsnews.com/uncategorised/internal/national/economy/ici-apologises-for-accidental-vaimaanga-backroad-clearing/",
    outlet="Cook Islands News", country="Cook Islands", topic="local", cut=True,
    published="2023-05-09",
    text=(T := "ICI apologises for ‘accidental’ Vaimaanga backroad clearing\n"
          "Infrastructure Cook Islands secretary Elizabeth Wright-Koteka says lessons have been learned in the wake of the ‘accidental’ clearing of a section of Vaimaanga Ara Metua backroad in Titikaveka.\n"
          "Her comments came after ICI held a meeting last week about the work in response to residents’ concerns, particularly after well-known pineapple farmers John and Anne Maoate had their banana trees which had lined the backroad bulldozed without any consultation.\n"
          "Wright-Koteka said: “I sincerely apologise to the residents and landowners of the 150 metres of the Vaimaanga backroad that had been cleared for all the inconveniences and uncertainty that this unfortunate action has caused.”\n"
          "“From ICI’s perspective this has been an important lesson learnt by our staff involved and we have tightened our processes to ensure that this is not to be repeated.”\n"
          "Wright-Koteka said “the instructions given by myself to staff was to fix the existing road”.\n"
          "“Given that this would not have any other impacts on residents’ current land footprint, we did not see the need to have consultations, except from informing the public that the backroad will be upgraded and there may (be) disruptions during the time of the upgrade, which we put out on various platforms,” she said."),
    entities=[("ici", "Infrastructure Cook Islands", "ORGANIZATION", ["ICI"], "Cook Islands infrastructure agency"),
              ("wright", "Elizabeth Wright-Koteka", "PERSON",
               ["Wright-Koteka", "Infrastructure Cook Islands secretary Elizabeth Wright-Koteka"],
               "secretary of Infrastructure Cook Islands")],
    mentions=[("m1", ("ICI", "ICI apologises"), "ici"),
              ("m2", "Infrastructure Cook Islands secretary Elizabeth Wright-Koteka", "wright"),
              ("m3", ("ICI", "ICI held"), "ici"),
              ("m4", ("Wright-Koteka", "Wright-Koteka said: "), "wright"),
              ("m5", ("Wright-Koteka", "Wright-Koteka said “the"), "wright"),
              ("m6", ("we", "we did not see"), "ici"),
              ("m7", ("she", "she said."), "wright")],
    attributions=[("a1", "MIXED", "m1", "apologises", "‘accidental’ Vaimaanga backroad clearing", None),
                  ("a2", "MIXED", "m2", "says", seg(T, "lessons have been learned", "in Titikaveka"), None),
                  ("a3", "DIRECT", "m4", ("said", "Wright-Koteka said: "), seg(T, "I sincerely apologise", "action has caused."), None),
                  ("a4", "DIRECT", "m4", None, seg(T, "From ICI’s perspective", "not to be repeated."), None),
                  ("a5", "DIRECT", "m5", ("said", "Wright-Koteka said “the"), "the instructions given by myself to staff was to fix the existing road", None),
                  ("a6", "DIRECT", "m7", ("said", "she said."), seg(T, "Given that this would", "various platforms,"), None),
                  ("a7", "INDIRECT", "m6", "informing",
                   "the backroad will be upgraded and there may (be) disruptions during the time of the upgrade", "a6")])

# ---------------------------------------------------------------------------------------
doc("bahraini-bna-cabinet-briefing-safety-measures",
    url="http://news4.bahraini.me/information-minister-measures-to-be-stepped-up-to-boost-peoples-safety-33760",
    outlet="Bahraini.me (BNA)", country="Bahrain", topic="politics", cut=True,
    text=(T := "Information Minister: Measures to be stepped up to boost people’s safety\n"
          "Manama, Aug. 31 (BNA): Information Affairs Minister Isa bin Abdulrahman Al Hammadi has stressed that His Royal Highness Prime Minister Prince Khalifa bin Salman Al Khalifa issued directives to step up measures to boost people’s safety.\n"
          "Speaking at the post-cabinet press briefing, he said the ministerial council, chaired by HRH the Premier today, condemned the latest terrorist attack in Karranah that killed a policeman and injured several police officers and civilians. He told reporters that the Interior Minister briefed the cabinet about the incident and the measures taken to handle its repercussions.\n"
          "The Information Minister added that HRH the Prime Minister praised solidarity of brotherly and friendly countries with Bahrain in its war on terrorism, pointing out the need for concerted regional and international efforts to root it out.\n"
          "The minister stated that the cabinet also reviewed a report on energy consumption presented by the Energy Minister. It shows that consumption of electricity has gone up by 9% recently and reached its peak compared to the previous years due to high temperature in July and August.\n"
          "The Energy Minister highlighted the steps taken by the Electricity and Water Authority to cope with the growing demand for electricity and avoid any cutouts.\n"
          "The Information Minister noted that HRH the Premier gave his directives to the Industry and Commerce Ministry to step up control of markets, regarding mainly prices of food stuff and commodities. He added HRH the Prime Minister congratulated the administrative and educational staff and students on the new academic year, wishing all every success."),
    entities=[("hammadi", "Isa bin Abdulrahman Al Hammadi", "PERSON",
               ["Al Hammadi", "Information Affairs Minister Isa bin Abdulrahman Al Hammadi", "Information Minister",
                "The Information Minister", "The minister"],
               "Bahrain's Information Affairs Minister"),
              ("pm", "Prince Khalifa bin Salman Al Khalifa", "PERSON",
               ["His Royal Highness Prime Minister Prince Khalifa bin Salman Al Khalifa", "HRH the Prime Minister",
                "HRH the Premier"],
               "Prime Minister of Bahrain"),
              ("council", "the ministerial council", "ORGANIZATION", ["the cabinet"], "Bahrain's cabinet"),
              ("interior", "the Interior Minister", "PERSON", [], "Bahrain's Interior Minister"),
              ("energy", "the Energy Minister", "PERSON", ["The Energy Minister"], "Bahrain's Energy Minister")],
    mentions=[("m1", ("Information Minister", "Information Minister: Measures"), "hammadi"),
              ("m2", "Information Affairs Minister Isa bin Abdulrahman Al Hammadi", "hammadi"),
              ("m3", "His Royal Highness Prime Minister Prince Khalifa bin Salman Al Khalifa", "pm"),
              ("m4", ("he", "he said the ministerial"), "hammadi"),
              ("m5", "the ministerial council", "council"),
              ("m6", ("HRH the Premier", "HRH the Premier today"), "pm"),
              ("m7", ("He", "He told reporters"), "hammadi"),
              ("m8", "the Interior Minister", "interior"),
              ("m9", ("the cabinet", "briefed the cabinet"), "council"),
              ("m10", ("The Information Minister", "The Information Minister added"), "hammadi"),
              ("m11", ("HRH the Prime Minister", "HRH the Prime Minister praised"), "pm"),
              ("m12", ("The minister", "The minister stated"), "hammadi"),
              ("m13", ("the cabinet", "the cabinet also reviewed"), "council"),
              ("m14", ("the Energy Minister", "presented by the Energy Minister"), "energy"),
              ("m15", ("The Energy Minister", "The Energy Minister highlighted"), "energy"),
              ("m16", ("The Information Minister", "The Information Minister noted"), "hammadi"),
              ("m17", ("HRH the Premier", "HRH the Premier gave"), "pm"),
              ("m18", ("He", "He added HRH"), "hammadi"),
              ("m19", ("HRH the Prime Minister", "HRH the Prime Minister congratulated"), "pm")],
    attributions=[("a1", "INDIRECT", "m1", None, "Measures to be stepped up to boost people’s safety", None),
                  ("a2", "INDIRECT", "m2", "stressed", seg(T, "His Royal Highness Prime Minister", "boost people’s safety"), None),
                  ("a3", "INDIRECT", "m4", ("said", "he said the ministerial"), seg(T, "the ministerial council, chaired", "police officers and civilians"), None),
                  ("a4", "INDIRECT", "m5", "condemned",
                   "the latest terrorist attack in Karranah that killed a policeman and injured several police officers and civilians", "a3"),
                  ("a5", "INDIRECT", "m7", "told",
                   "the Interior Minister briefed the cabinet about the incident and the measures taken to handle its repercussions", None),
                  ("a6", "INDIRECT", "m8", "briefed", "the incident and the measures taken to handle its repercussions", "a5"),
                  ("a7", "INDIRECT", "m10", ("added", "Minister added"), seg(T, "HRH the Prime Minister praised", "root it out"), None),
                  ("a8", "INDIRECT", "m11", "praised", "solidarity of brotherly and friendly countries with Bahrain in its war on terrorism", "a7"),
                  ("a9", "INDIRECT", "m11", "pointing out", "the need for concerted regional and international efforts to root it out", "a7"),
                  ("a10", "INDIRECT", "m12", "stated",
                   "the cabinet also reviewed a report on energy consumption presented by the Energy Minister", None),
                  ("a11", "INDIRECT", "m15", "highlighted", seg(T, "the steps taken by the Electricity", "avoid any cutouts"), None),
                  ("a12", "INDIRECT", "m16", "noted", seg(T, "HRH the Premier gave", "food stuff and commodities"), None),
                  ("a13", "INDIRECT", "m18", ("added", "He added HRH"), seg(T, "HRH the Prime Minister congratulated", "every success"), None),
                  ("a14", "INDIRECT", "m19", "congratulated",
                   "the administrative and educational staff and students on the new academic year", "a13"),
                  ("a15", "INDIRECT", "m19", "wishing", "all every success", "a13")])

# ---------------------------------------------------------------------------------------
doc("lbci-abiad-healthcare-sector-external-aid",
    url="https://www.lbcgroup.tv/news/lebanon-news/805613/on-lbci-lebanons-health-minister-affirms-healthcare-sector-holds-stron/en",
    outlet="LBCI", country="Lebanon", topic="health-science", cut=False,
    published="2024-10-14",
    text=(T := "On LBCI, Lebanon's health minister affirms: Healthcare sector holds strong with external aid support\n"
          "Lebanon's caretaker Health Minister Firas Abiad affirmed that the healthcare sector is enduring under current conditions with support from external aid, noting that resources are not unlimited and that they are working at full capacity.\n"
          "In an interview on LBCI's \"Vision 2030,\" Minister Abiad confirmed that most medications are available and sufficient for about four to five months, revealing that they have \"found a solution for other regular medications with the help of Middle East Airlines.\"\n"
          "He clarified that \"there are approximately 150 martyrs among healthcare workers and firefighters, over 250 injuries, and 13 hospitals out of service.\"\n"
          "He added, \"We are preparing a file with the Beirut Bar Association to submit a complaint to the Security Council or human rights organizations.\"\n"
          "Abiad pointed out that \"Lebanese communities were struggling with trust issues regarding aid distribution, so we adopted a transparency system similar to that used for cancer medications, showing which hospitals received assistance.\"\n"
          "The health minister emphasized that \"the importance lies in cooperation and organization among all elements of the medical sector and municipalities. We have hotlines through which we communicate with displaced patients and meet their needs at no cost.\""),
    entities=[("abiad", "Firas Abiad", "PERSON",
               ["Abiad", "Minister Abiad", "Lebanon's health minister", "Lebanon's caretaker Health Minister Firas Abiad",
                "The health minister"],
               "Lebanon's caretaker Health Minister")],
    mentions=[("m1", "Lebanon's health minister", "abiad"),
              ("m2", "Lebanon's caretaker Health Minister Firas Abiad", "abiad"),
              ("m3", "Minister Abiad", "abiad"),
              ("m4", ("He", "He clarified"), "abiad"),
              ("m5", ("He", "He added"), "abiad"),
              ("m6", ("Abiad", "Abiad pointed"), "abiad"),
              ("m7", "The health minister", "abiad")],
    attributions=[("a1", "INDIRECT", "m1", "affirms", "Healthcare sector holds strong with external aid support", None),
                  ("a2", "INDIRECT", "m2", "affirmed", "the healthcare sector is enduring under current conditions with support from external aid", None),
                  ("a3", "INDIRECT", "m2", "noting", "resources are not unlimited and that they are working at full capacity", None),
                  ("a4", "INDIRECT", "m3", "confirmed", "most medications are available and sufficient for about four to five months", None),
                  ("a5", "MIXED", "m3", "revealing",
                   "they have \"found a solution for other regular medications with the help of Middle East Airlines.\"", None),
                  ("a6", "DIRECT", "m4", "clarified",
                   "there are approximately 150 martyrs among healthcare workers and firefighters, over 250 injuries, and 13 hospitals out of service.", None),
                  ("a7", "DIRECT", "m5", "added",
                   "We are preparing a file with the Beirut Bar Association to submit a complaint to the Security Council or human rights organizations.", None),
                  ("a8", "DIRECT", "m6", "pointed out", seg(T, "Lebanese communities were", "received assistance."), None),
                  ("a9", "DIRECT", "m7", "emphasized", seg(T, "the importance lies", "at no cost."), None)])

# ---------------------------------------------------------------------------------------
doc("timesofswaziland-registrar-ex-ag-charges",
    url="http://www.times.co.sz/news/99675-registrar-rubbishes-talk-of-ex-ag-facing-charges.html",
    outlet="Times of Swaziland", country="Eswatini", topic="courts-crime", cut=True,
    text=(T := "REGISTRAR RUBBISHES TALK OF EX-AG FACING CHARGES\n"
          "MBABANE – Registrar of the High Court Fikile Nhlabatsi has dismissed as untrue the report carried by the Swazi Observer that former Attorney General (AG) Phesheya Dlamini is facing any charges.\n"
          "The Swazi Observer yesterday carried an article where it was reported that Dlamini, who is the Swaziland High Commissioner to South Africa, had been slapped with charges of  obstructing the course of justice, sedition and contempt of court and was due to appear before court next week.\n"
          "“The contents of the article are not true and it is not correct that the Swaziland High Commissioner to South Africa is facing charges as alleged and we will respond to that in due course,” Nhlabatsi stated.\n"
          "The registrar of the High Court emphasised that the information contained therein was not true.\n"
          "Independent investigations conducted by this newspaper revealed that the former AG’s matter was erroneously included in those that were recently recalled by the High Court and it was eventually withdrawn.\n"
          "According to impeccable sources, the matter was erroneously included in the over 200 old cases that were recently recalled by the High Court.\n"
          "This newspaper can reveal that this matter was long withdrawn and it is not in the roll of cases to be heard at the High Court.\n"
          "It was further gathered that the subpoenas were also cancelled after it was brought to the attention of the court officials that the matter was erroneously included.\n"
          "The Swazi Observer, in its publication yesterday, further reported that the case was scheduled for hearing at the High Court next Tuesday and Wednesday.\n"
          "It was further reported that witnesses have already been served with subpoenas, including the former AG, who is currently based at the Swaziland Embassy, Pretoria in South Africa, to appear at the High Court on the aforementioned days."),
    entities=[("nhlabatsi", "Fikile Nhlabatsi", "PERSON",
               ["Nhlabatsi", "Registrar of the High Court Fikile Nhlabatsi", "REGISTRAR", "The registrar of the High Court"],
               "Registrar of the High Court of Swaziland"),
              ("observer", "The Swazi Observer", "ORGANIZATION", ["Swazi Observer"], "Swazi newspaper"),
              ("paper", "this newspaper", "ORGANIZATION", ["Independent investigations conducted by this newspaper"],
               "the Times of Swaziland itself"),
              ("sources", "impeccable sources", "GROUP", [], "unnamed sources")],
    mentions=[("m1", "REGISTRAR", "nhlabatsi"),
              ("m2", "Registrar of the High Court Fikile Nhlabatsi", "nhlabatsi"),
              ("m3", ("the Swazi Observer", "the Swazi Observer that"), "observer"),
              ("m4", ("The Swazi Observer", "The Swazi Observer yesterday"), "observer"),
              ("m5", ("Nhlabatsi", "Nhlabatsi stated"), "nhlabatsi"),
              ("m6", "The registrar of the High Court", "nhlabatsi"),
              ("m7", "Independent investigations conducted by this newspaper", "paper"),
              ("m8", "impeccable sources", "sources"),
              ("m9", "This newspaper", "paper"),
              ("m10", ("The Swazi Observer", "The Swazi Observer, in its"), "observer")],
    attributions=[("a1", "INDIRECT", "m1", "RUBBISHES", "TALK OF EX-AG FACING CHARGES", None),
                  ("a2", "INDIRECT", None, "TALK", "EX-AG FACING CHARGES", "a1"),
                  ("a3", "INDIRECT", "m2", "dismissed", seg(T, "as untrue the report", "facing any charges"), None),
                  ("a4", "INDIRECT", "m3", ("report", "report carried"),
                   "former Attorney General (AG) Phesheya Dlamini is facing any charges", "a3"),
                  ("a5", "INDIRECT", "m4", ("reported", "it was reported that Dlamini"), seg(T, "Dlamini, who is the Swaziland", "court next week"), None),
                  ("a6", "DIRECT", "m5", "stated", seg(T, "The contents of the article", "in due course,"), None),
                  ("a7", "INDIRECT", "m6", "emphasised", "the information contained therein was not true", None),
                  ("a8", "INDIRECT", "m7", "revealed", seg(T, "the former AG’s matter", "eventually withdrawn"), None),
                  ("a9", "INDIRECT", "m8", ("According to", "According to impeccable"),
                   seg(T, "the matter was erroneously included in the over", "by the High Court"), None),
                  ("a10", "INDIRECT", "m9", ("reveal", "can reveal"),
                   "this matter was long withdrawn and it is not in the roll of cases to be heard at the High Court", None),
                  ("a11", "INDIRECT", None, "gathered", seg(T, "the subpoenas were also cancelled", "erroneously included"), None),
                  ("a12", "INDIRECT", None, "brought to the attention of",
                   ("the matter was erroneously included", "officials that the matter"), "a11"),
                  ("a13", "INDIRECT", "m10", ("reported", "further reported that the case"),
                   "the case was scheduled for hearing at the High Court next Tuesday and Wednesday", None),
                  ("a14", "INDIRECT", None, ("reported", "It was further reported"), seg(T, "witnesses have already", "aforementioned days"), None)])

# ---------------------------------------------------------------------------------------
doc("esta-krg-trade-investment-plans",
    url="https://esta.krd/en/88957/",
    outlet="ESTA", country="Iraq", topic="business", cut=False,
    published="2021-09-02",
    text=(T := "KRG has plans to develop trade, investment sectors: deputy PM\n"
          "SULAIMANI (ESTA) — The Kurdistan Regional Government (KRG) has plans to develop trade and investment sectors in the Region, Deputy Prime Minister Qubad Talabani said on Thursday.\n"
          "Talabani paid a visit to the community of storing foods in Sulaimani on Thursday morning, saying the project would turn the city to an “important center” for business.\n"
          "It would provide “thousands of job opportunities” for local workers in the Region, Talabani told reporters.\n"
          "Head of Sulaimani Chamber of Commerce Sirwan Mohammed said nearly 90 percent of the project had been completed, three years after the deputy premier laid the foundation stone for the project.\n"
          "According to Talabani, the storage has the ability to store foods for over six months.\n"
          "Regarding the KRG’s plans for investment, Talabani said the government wants to provide investment opportunities for traders.\n"
          "“The government has plans to develop the sectors of trade and investment, and for that we need security, tranquility, and cooperation between the institutions,” he noted."),
    entities=[("talabani", "Qubad Talabani", "PERSON",
               ["Talabani", "Deputy Prime Minister Qubad Talabani", "deputy PM", "the deputy premier"],
               "Deputy Prime Minister of the Kurdistan Regional Government"),
              ("mohammed", "Sirwan Mohammed", "PERSON", ["Head of Sulaimani Chamber of Commerce Sirwan Mohammed"],
               "Head of Sulaimani Chamber of Commerce")],
    mentions=[("m1", "deputy PM", "talabani"),
              ("m2", "Deputy Prime Minister Qubad Talabani", "talabani"),
              ("m3", ("Talabani", "Talabani paid"), "talabani"),
              ("m4", ("Talabani", "Talabani told"), "talabani"),
              ("m5", "Head of Sulaimani Chamber of Commerce Sirwan Mohammed", "mohammed"),
              ("m6", "the deputy premier", "talabani"),
              ("m7", ("Talabani", "According to Talabani"), "talabani"),
              ("m8", ("Talabani", "Talabani said the government"), "talabani"),
              ("m9", ("he", "he noted"), "talabani")],
    attributions=[("a1", "INDIRECT", "m1", None, "KRG has plans to develop trade, investment sectors", None),
                  ("a2", "INDIRECT", "m2", ("said", "Talabani said on Thursday"), seg(T, "The Kurdistan Regional Government", "in the Region"), None),
                  ("a3", "MIXED", "m3", "saying", "the project would turn the city to an “important center” for business", None),
                  ("a4", "MIXED", "m4", "told", "It would provide “thousands of job opportunities” for local workers in the Region", None),
                  ("a5", "INDIRECT", "m5", ("said", "Mohammed said"), seg(T, "nearly 90 percent", "stone for the project"), None),
                  ("a6", "INDIRECT", "m7", ("According to", "According to Talabani"),
                   "the storage has the ability to store foods for over six months", None),
                  ("a7", "INDIRECT", "m8", ("said", "Talabani said the government"),
                   "the government wants to provide investment opportunities for traders", None),
                  ("a8", "DIRECT", "m9", "noted", seg(T, "The government has plans", "between the institutions,"), None)])

write("train_n.jsonl")
