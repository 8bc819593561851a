#!/usr/bin/env python3
"""Writes train_c.jsonl: real-news gold, split train-c (see gold.py). Run: python3 make_train_c.py"""
from gold import doc, write

doc("irishtimes-waiting-lists-documentary",
    url="https://www.irishtimes.com/news/health/documentary-on-hospital-waiting-lists-hard-to-watch-taoiseach-says-1.2966483",
    outlet="The Irish Times", country="Ireland", topic="health-science", cut=True,
    text=("Documentary on hospital waiting lists \u2018hard to watch,\u2019 Taoiseach says\n"
          "Simon Harris says health service decision making and not funding to blame for issue\n"
          "The Government cannot stand over the waiting lists for medical treatment revealed in a TV documentary on Monday, Taoiseach Enda Kenny has said.\n"
          "\u201cI found it difficult to watch the programme, but it is very necessary that these programmes and people\u2019s stories in 2017 be heard,\u201d he added.\n"
          "Mr Kenny said the Minister for Health\u2019s function, on the Government\u2019s behalf, was to set the overall policy and strategy on healthcare and provide funding.\n"
          "Responding to Opposition questions on the RT\u00c9 Prime Time Investigates programme, Mr Kenny told the D\u00e1il on Tuesday the big question relating to scoliosis treatment was the lack of theatre capacity.\n"
          "He added that \u20ac3 million was found to provide for a theatre in Crumlin hospital in Dublin but it was still not open.\n"
          "Mr Kenny said Minister for Health Simon Harris would meet with the hospital chief executive and health agencies later in the day. \u201cHe wants to make it clear the scoliosis issue is an absolute priority here,\u201d he added.\n"
          "He said the opening of a new theatre was dependent on the recruitment of adequately trained staff, and there were exceptional efforts to recruit staff.\n"
          "The Taoiseach said \u20ac900 million more had gone into the health system this year compared to last year.\n"
          "Management decisions\n"
          "Mr Harris has said that long waiting lists in the health system were caused by health service management decisions and not a lack of funding. He told RT\u00c9 that it comes back to making sure clinicians are empowered to make decisions."),
    entities=[("kenny", "Enda Kenny", "PERSON", ["Mr Kenny", "Kenny", "Taoiseach", "Taoiseach Enda Kenny"], "Taoiseach"),
              ("harris", "Simon Harris", "PERSON", ["Mr Harris", "Harris", "Minister for Health Simon Harris"], "Minister for Health")],
    mentions=[("m1", ("Taoiseach", "watch,\u2019 "), "kenny"),
              ("m2", ("Simon Harris", "Simon Harris says"), "harris"),
              ("m3", "Taoiseach Enda Kenny", "kenny"),
              ("m4", ("he", "heard,\u201d "), "kenny"),
              ("m5", ("Mr Kenny", "Mr Kenny said the Minister"), "kenny"),
              ("m6", ("Mr Kenny", "Mr Kenny told"), "kenny"),
              ("m7", ("He", "\nHe added"), "kenny"),
              ("m8", ("Mr Kenny", "Mr Kenny said Minister"), "kenny"),
              ("m9", "Minister for Health Simon Harris", "harris"),
              ("m10", ("He", "\u201cHe wants"), "harris"),
              ("m11", ("he", "here,\u201d "), "kenny"),
              ("m12", ("He", "\nHe said"), "kenny"),
              ("m13", "The Taoiseach", "kenny"),
              ("m14", "Mr Harris", "harris"),
              ("m15", ("He", "He told"), "harris")],
    attributions=[("a1", "MIXED", "m1", ("says", "watch,\u2019 Taoiseach"), "Documentary on hospital waiting lists \u2018hard to watch,\u2019", None),
                  ("a2", "INDIRECT", "m2", ("says", "Harris says"), "health service decision making and not funding to blame for issue", None),
                  ("a3", "INDIRECT", "m3", ("said", "has said."), "The Government cannot stand over the waiting lists for medical treatment revealed in a TV documentary on Monday", None),
                  ("a4", "DIRECT", "m4", ("added", "heard,\u201d he"), "I found it difficult to watch the programme, but it is very necessary that these programmes and people\u2019s stories in 2017 be heard,", None),
                  ("a5", "INDIRECT", "m5", ("said", "Mr Kenny said the Minister"), "the Minister for Health\u2019s function, on the Government\u2019s behalf, was to set the overall policy and strategy on healthcare and provide funding", None),
                  ("a6", "INDIRECT", "m6", ("told", "Mr Kenny told"), "the big question relating to scoliosis treatment was the lack of theatre capacity", None),
                  ("a7", "INDIRECT", "m7", ("added", "\nHe added"), "\u20ac3 million was found to provide for a theatre in Crumlin hospital in Dublin but it was still not open", None),
                  ("a8", "INDIRECT", "m8", ("said", "Mr Kenny said Minister"), "Minister for Health Simon Harris would meet with the hospital chief executive and health agencies later in the day", None),
                  ("a9", "DIRECT", "m11", ("added", "here,\u201d he"), "He wants to make it clear the scoliosis issue is an absolute priority here,", None),
                  ("a10", "INDIRECT", "m10", "make it clear", "the scoliosis issue is an absolute priority here", "a9"),
                  ("a11", "INDIRECT", "m12", ("said", "\nHe said"), "the opening of a new theatre was dependent on the recruitment of adequately trained staff, and there were exceptional efforts to recruit staff", None),
                  ("a12", "INDIRECT", "m13", ("said", "Taoiseach said"), "\u20ac900 million more had gone into the health system this year compared to last year", None),
                  ("a13", "INDIRECT", "m14", ("said", "has said that long"), "long waiting lists in the health system were caused by health service management decisions and not a lack of funding", None),
                  ("a14", "INDIRECT", "m15", ("told", "He told"), "it comes back to making sure clinicians are empowered to make decisions", None)])

doc("dailymail-ap-kenya-poaching",
    url="https://www.dailymail.co.uk/wires/ap/article-2588981/Kenya-Wildlife-Service-struggles-stop-poaching.html",
    outlet="Daily Mail", country="UK", topic="environment", cut=True,
    text=("Kenya Wildlife Service struggles to stop poaching\n"
          "NAIROBI, Kenya (AP) \u2014 Kenya's wildlife authority said Tuesday it needs help to curb the escalation of killings of the country's endangered elephants and rhinos for ivory tusks and horns.\n"
          "Poachers have killed 18 rhinos and 51 elephants so far this year, Kenya Wildlife Service chief William Kiprono said.\n"
          "Kiprono denied that a poaching cartel exists within the organization and said that steps are being taken to ensure that none of its employees engage in poaching.\n"
          "Since 2009, 17 wildlife service employees had been fired and some prosecuted, three had been demoted and five others fined. He said 26 were investigated but no evidence found, Kiprono said. \"We don't condone or engage in this kind of thing (poaching),\" Kiprono said.\n"
          "Last week Richard Leakey, a famed scientist and founding head of the Kenya Wildlife Service, alleged the service had been infiltrated by powerful people enriching themselves from poaching.\n"
          "Leakey, whose family has been investigating the origins of man for decades in Kenya's Turkana region, urged Kenyan President Uhuru Kenyatta to overhaul management at the wildlife service.\n"
          "Wildlife service rangers need better equipment to allow them to tackle poaching effectively, said the service's species expert Patrick Omondi. The rangers need night vision equipment to see poachers, who use night vision binoculars to hunt elephant and rhino in the dark. Poachers also use satellite phones to communicate in remote areas where normal radio frequencies cannot reach, said Omondi. Such equipment is expensive and the wildlife service needs help in purchasing it, he said.\n"
          "\"We don't need criticism we need support,\" Omondi said.\n"
          "Last year 302 elephants were killed in Kenya, down from 384 in 2012, out of an estimated population of 35,000, according to wildlife service statistics. Last year 59 rhinos were killed up from 30 in 2012."),
    entities=[("kws", "Kenya Wildlife Service", "ORGANIZATION", ["Kenya's wildlife authority", "the wildlife service", "the service", "the organization", "wildlife service statistics"]),
              ("kiprono", "William Kiprono", "PERSON", ["Kiprono"], "Kenya Wildlife Service chief"),
              ("leakey", "Richard Leakey", "PERSON", ["Leakey"], "founding head of the Kenya Wildlife Service"),
              ("omondi", "Patrick Omondi", "PERSON", ["Omondi"], "species expert")],
    mentions=[("m1", ("Kenya Wildlife Service", "Kenya Wildlife Service struggles"), "kws"),
              ("m2", "Kenya's wildlife authority", "kws"),
              ("m3", "Kenya Wildlife Service chief William Kiprono", "kiprono"),
              ("m4", ("Kiprono", "\nKiprono denied"), "kiprono"),
              ("m5", "the organization", "kws"),
              ("m6", ("He", "He said 26"), "kiprono"),
              ("m7", ("Kiprono", "found, Kiprono"), "kiprono"),
              ("m8", ("Kiprono", "(poaching),\" Kiprono"), "kiprono"),
              ("m9", "Richard Leakey", "leakey"),
              ("m10", ("the Kenya Wildlife Service", "founding head of"), "kws"),
              ("m11", ("the service", "alleged the service"), "kws"),
              ("m12", ("Leakey", "\nLeakey, whose"), "leakey"),
              ("m13", ("the wildlife service", "management at the"), "kws"),
              ("m14", "the service's species expert Patrick Omondi", "omondi"),
              ("m15", ("Omondi", "said Omondi"), "omondi"),
              ("m16", ("the wildlife service", "expensive and the"), "kws"),
              ("m17", ("he", "purchasing it, he"), "omondi"),
              ("m18", ("Omondi", "support,\" Omondi"), "omondi"),
              ("m19", "wildlife service statistics", "kws")],
    attributions=[("a1", "INDIRECT", "m2", ("said", "authority said"), "it needs help to curb the escalation of killings of the country's endangered elephants and rhinos for ivory tusks and horns", None),
                  ("a2", "INDIRECT", "m3", ("said", "Kiprono said.\nKiprono"), "Poachers have killed 18 rhinos and 51 elephants so far this year", None),
                  ("a3", "INDIRECT", "m4", "denied", "a poaching cartel exists within the organization", None),
                  ("a4", "INDIRECT", "m4", ("said", "and said that steps"), "steps are being taken to ensure that none of its employees engage in poaching", None),
                  ("a5", "INDIRECT", "m6", ("said", "He said 26"), "26 were investigated but no evidence found", None),
                  ("a6", "DIRECT", "m8", ("said", "(poaching),\" Kiprono said"), "We don't condone or engage in this kind of thing (poaching),", None),
                  ("a7", "INDIRECT", "m9", "alleged", "the service had been infiltrated by powerful people enriching themselves from poaching", None),
                  ("a8", "INDIRECT", "m12", "urged", "Kenyan President Uhuru Kenyatta to overhaul management at the wildlife service", None),
                  ("a9", "INDIRECT", "m14", ("said", "effectively, said"), "Wildlife service rangers need better equipment to allow them to tackle poaching effectively", None),
                  ("a10", "INDIRECT", "m15", ("said", "reach, said"), "Poachers also use satellite phones to communicate in remote areas where normal radio frequencies cannot reach", None),
                  ("a11", "INDIRECT", "m17", ("said", "purchasing it, he said"), "Such equipment is expensive and the wildlife service needs help in purchasing it", None),
                  ("a12", "DIRECT", "m18", ("said", "support,\" Omondi said"), "We don't need criticism we need support,", None),
                  ("a13", "INDIRECT", "m19", "according to", "Last year 302 elephants were killed in Kenya, down from 384 in 2012, out of an estimated population of 35,000", None)])

doc("irishexaminer-hse-behind-target",
    url="https://www.irishexaminer.com/news/arid-41023532.html",
    outlet="Irish Examiner", country="Ireland", topic="health-science", cut=True,
    text=("HSE chief concedes service is 'behind target' in tackling waiting lists\n"
          "The plan to reduce hospital waiting lists is running behind target despite improvements in some areas, the Oireachtas health committee heard on Wednesday.\n"
          "There are now an estimated 897,300 people on waiting lists, including almost 98,000 children, and this growing crisis was the focus of presentations by the HSE and Department of Health.\n"
          "During this discussion on hospitals and reforms through Sl\u00e1intecare, health representatives agreed the situation for patients currently was \u201cunacceptable\".\n"
          "Answering questions on the waiting list action plan from People Before Profit TD Gino Kenny, the HSE interim chief executive Stephen Mulvany said: \u201cIt\u2019s behind target.\u201d\n"
          "It had aimed to have 98% of people on outpatient lists waiting no longer than 18 months by the end of this year but this was affected by Covid-outbreaks, the committee heard.\n"
          "\u201cWe are likely by the end of the year to get to about 82% rather than 98%,\u201d he said. \u201cSo we are behind that number.\u201d\n"
          "Department secretary-general Robert Watt said: \u201cWhile we have not achieved all that we hoped to in terms of waiting lists in 2022, we have seen particular progress in relation to long waiters, which have reduced significantly from their pandemic peaks.\u201d\n"
          "The number of patients waiting longer than 12 months for an outpatient appointment has decreased by 35% since March 2021.\n"
          "Chief operations officer Damien McCallion said programmes were running with paramedics and emergency departments to reduce times waiting times.\n"
          "Some 205,000 scans and diagnostics were provided for patients through GPs having direct access to booking these."),
    entities=[("mulvany", "Stephen Mulvany", "PERSON", ["Mulvany", "HSE chief", "the HSE interim chief executive Stephen Mulvany"], "HSE interim chief executive"),
              ("reps", "health representatives", "GROUP", []),
              ("watt", "Robert Watt", "PERSON", ["Watt", "Mr Watt"], "Department secretary-general"),
              ("mccallion", "Damien McCallion", "PERSON", ["McCallion"], "Chief operations officer")],
    mentions=[("m1", "HSE chief", "mulvany"),
              ("m2", "health representatives", "reps"),
              ("m3", "the HSE interim chief executive Stephen Mulvany", "mulvany"),
              ("m4", ("he", "98%,\u201d "), "mulvany"),
              ("m5", "Department secretary-general Robert Watt", "watt"),
              ("m6", "Chief operations officer Damien McCallion", "mccallion")],
    attributions=[("a1", "MIXED", "m1", "concedes", "service is 'behind target' in tackling waiting lists", None),
                  ("a2", "INDIRECT", None, ("heard", "committee heard on"), "The plan to reduce hospital waiting lists is running behind target despite improvements in some areas", None),
                  ("a3", "MIXED", "m2", "agreed", "the situation for patients currently was \u201cunacceptable\"", None),
                  ("a4", "DIRECT", "m3", ("said", "Mulvany said"), "It\u2019s behind target.", None),
                  ("a5", "INDIRECT", None, ("heard", "the committee heard."), "It had aimed to have 98% of people on outpatient lists waiting no longer than 18 months by the end of this year but this was affected by Covid-outbreaks", None),
                  ("a6", "DIRECT", "m4", ("said", "98%,\u201d he said"), "We are likely by the end of the year to get to about 82% rather than 98%,", None),
                  ("a7", "DIRECT", "m4", None, "So we are behind that number.", None),
                  ("a8", "DIRECT", "m5", ("said", "Watt said"), "While we have not achieved all that we hoped to in terms of waiting lists in 2022, we have seen particular progress in relation to long waiters, which have reduced significantly from their pandemic peaks.", None),
                  ("a9", "INDIRECT", "m6", ("said", "McCallion said"), "programmes were running with paramedics and emergency departments to reduce times waiting times", None)])

doc("ghanaweb-malaria-who-report",
    url="https://ghanaweb.com/GhanaHomePage/NewsArchive/New-malaria-cases-high-in-Ghana-WHO-report-703252",
    outlet="GhanaWeb", country="Ghana", topic="health-science", cut=True, published="2018-11-23",
    text=("New malaria cases high in Ghana \u2013 WHO report\n"
          "A 2018 World Health Organisation (WHO) malaria report shows new malaria cases are high in Ghana yet progress to halt the trend has stalled.\n"
          "The report, which highlights some considerable progress made in the past decade, named Ghana among 10 African countries where new cases of malaria are high.\n"
          "Commenting on the report, the WHO representative in Ghana Dr. Owen Kaluwa underscored the need for Ghana to increase its domestic resource allocation to address high cases of malaria in the country.\n"
          "\u201cGhana has a lot of support but I think we should be able to increase domestic resource allocation to address malaria so we can deal with all the pockets where we still are having high malaria,\u201d he said.\n"
          "He observed progress made in halting new malaria cases has not been encouraging.\n"
          "\u201cNot even that the numbers have stagnated but even the absolute number is too big for new malaria cases that we should be experiencing,\u201d he noted.\n"
          "In 2015 there were 217 million people with malaria, and the number increased to 219 in 2017.\n"
          "Though Dr. Kaluwa said WHO and its partners have adopted a global strategy that aims at reducing new malaria cases by 40 per cent by 2020, he said \u201cWe are not likely to reach that target\u201d\n"
          "He noted that if the target is not achieved, it will be unlikely to achieve it even by 2030. He therefore called for concerted effort to quickly halt the trend.\n"
          "\u201cI think that what we are seeing is we are not implementing the interventions enough on a large scale to make the difference,\u201d the WHO rep observed.\n"
          "He said the WHO and the Roll Back malaria partnership initiative dubbed higher impact for high burden countries have been launched."),
    entities=[("report", "2018 World Health Organisation (WHO) malaria report", "ORGANIZATION", ["WHO report", "the report"]),
              ("kaluwa", "Owen Kaluwa", "PERSON", ["Dr. Owen Kaluwa", "Dr. Kaluwa", "Kaluwa", "the WHO rep"], "WHO representative in Ghana")],
    mentions=[("m1", "WHO report", "report"),
              ("m2", "A 2018 World Health Organisation (WHO) malaria report", "report"),
              ("m3", "The report", "report"),
              ("m4", ("the report", "Commenting on"), "report"),
              ("m5", "the WHO representative in Ghana Dr. Owen Kaluwa", "kaluwa"),
              ("m6", ("he", "high malaria,\u201d "), "kaluwa"),
              ("m7", ("He", "He observed"), "kaluwa"),
              ("m8", ("he", "experiencing,\u201d "), "kaluwa"),
              ("m9", "Dr. Kaluwa", "kaluwa"),
              ("m10", ("he", "he said \u201cWe"), "kaluwa"),
              ("m11", ("He", "He noted"), "kaluwa"),
              ("m12", ("He", "He therefore"), "kaluwa"),
              ("m13", ("the WHO rep", "the WHO rep observed"), "kaluwa"),
              ("m14", ("He", "He said the WHO"), "kaluwa")],
    attributions=[("a1", "INDIRECT", "m1", None, "New malaria cases high in Ghana", None),
                  ("a2", "INDIRECT", "m3", "named", "Ghana among 10 African countries where new cases of malaria are high", None),
                  ("a3", "INDIRECT", "m5", "underscored", "the need for Ghana to increase its domestic resource allocation to address high cases of malaria in the country", None),
                  ("a4", "DIRECT", "m6", ("said", "high malaria,\u201d he said"), "Ghana has a lot of support but I think we should be able to increase domestic resource allocation to address malaria so we can deal with all the pockets where we still are having high malaria,", None),
                  ("a5", "INDIRECT", "m7", ("observed", "He observed"), "progress made in halting new malaria cases has not been encouraging", None),
                  ("a6", "DIRECT", "m8", ("noted", "he noted."), "Not even that the numbers have stagnated but even the absolute number is too big for new malaria cases that we should be experiencing,", None),
                  ("a7", "INDIRECT", "m9", ("said", "Kaluwa said"), "WHO and its partners have adopted a global strategy that aims at reducing new malaria cases by 40 per cent by 2020", None),
                  ("a8", "DIRECT", "m10", ("said", "he said \u201cWe"), "We are not likely to reach that target", None),
                  ("a9", "INDIRECT", "m11", ("noted", "He noted"), "if the target is not achieved, it will be unlikely to achieve it even by 2030", None),
                  ("a10", "INDIRECT", "m12", "called for", "concerted effort to quickly halt the trend", None),
                  ("a11", "DIRECT", "m13", ("observed", "rep observed"), "I think that what we are seeing is we are not implementing the interventions enough on a large scale to make the difference,", None),
                  ("a12", "INDIRECT", "m14", ("said", "He said the WHO"), "the WHO and the Roll Back malaria partnership initiative dubbed higher impact for high burden countries have been launched", None)])

doc("straitstimes-haze-nea",
    url="https://www.straitstimes.com/singapore/environment/expect-more-slightly-hazy-conditions-and-lower-air-quality-nea",
    outlet="The Straits Times", country="Singapore", topic="environment", cut=True,
    text=("Expect more slightly hazy conditions and lower air quality: NEA\n"
          "That familiar acrid smell and light foggy blanket - your senses have not deceived you.\n"
          "The haze returned to Singapore yesterday after a lengthy reprieve, and the National Environment Agency (NEA) is forecasting more of it today.\n"
          "\"Slightly hazy conditions are expected for Singapore, and the overall air quality... is expected to fluctuate between the high end of the moderate range and the low end of the unhealthy range,\" it said yesterday.\n"
          "Healthy people should reduce prolonged or strenuous outdoor physical exertion, it said. Elderly people, pregnant women and children should minimise such activity, while those who do not feel well or have chronic lung or heart conditions should avoid it.\n"
          "The NEA said the pollution's return was due to hot spots in South Sumatra detected over the past week. Satellite coverage picked up a sharp spike in hot spots in Sumatra, with the count rising from close to zero last Monday to almost 300 last Friday.\n"
          "With wind blowing the haze into Singapore, the 24-hour Pollutant Standards Index (PSI) crossed 100 into the \"unhealthy\" range at 6am in the west yesterday - the first time it had done so anywhere on the island since April. The index was revised in April to more directly account for small, toxic particles called PM2.5.\n"
          "With air quality in the west remaining slightly unhealthy for most of yesterday and \"moderate\" for the rest of Singapore, droves of Singaporeans turned to the NEA's website for updates.\n"
          "The high volume of traffic caused access to the website to become intermittent, and the NEA later apologised on its Facebook page for any inconvenience."),
    entities=[("nea", "National Environment Agency", "ORGANIZATION", ["NEA", "the NEA"])],
    mentions=[("m1", ("NEA", "quality: NEA"), "nea"),
              ("m2", "the National Environment Agency (NEA)", "nea"),
              ("m3", ("it", "range,\" it"), "nea"),
              ("m4", ("it", "exertion, it"), "nea"),
              ("m5", ("The NEA", "The NEA said"), "nea"),
              ("m6", ("the NEA", "the NEA later"), "nea")],
    attributions=[("a1", "INDIRECT", "m1", None, "Expect more slightly hazy conditions and lower air quality", None),
                  ("a2", "INDIRECT", "m2", "forecasting", "more of it today", None),
                  ("a3", "DIRECT", "m3", ("said", "range,\" it said"), "Slightly hazy conditions are expected for Singapore, and the overall air quality... is expected to fluctuate between the high end of the moderate range and the low end of the unhealthy range,", None),
                  ("a4", "INDIRECT", "m4", ("said", "exertion, it said"), "Healthy people should reduce prolonged or strenuous outdoor physical exertion", None),
                  ("a5", "INDIRECT", "m5", ("said", "The NEA said"), "the pollution's return was due to hot spots in South Sumatra detected over the past week", None),
                  ("a6", "INDIRECT", "m6", "apologised", "any inconvenience", None)])

doc("enn-reuters-exxon-fishermen",
    url="http://www.enn.com/top_stories/article/3940",
    outlet="Environmental News Network", country="US", topic="environment", cut=True, published="2006-03-27",
    text=("Fishermen Seek End to Alaska Oil Spill Court Case\n"
          "SEATTLE \u2014 Fishermen whose livelihoods were devastated by the Exxon Valdez spill urged Exxon Mobil on the 17th anniversary of the accident Friday to pay a $4.5 billion penalty that has been mired in a legal dispute.\n"
          "The punitive damage ruling -- originally $5 billion in 1994 and assessed at its current level in 2004 -- has been the subject of a decade-long legal battle between Exxon Mobil Corp. and 32,000 fishermen, Alaska natives and property owners who were awarded the damages for the biggest oil spill in U.S. history.\n"
          "When the supertanker ran aground on a reef in Alaska's Prince William Sound on March 24, 1989, and disgorged 11 million gallons of crude oil, fishermen through the U.S. Northwest struggled as the price of salmon plummeted and herring stocks declined dramatically over the next few years.\n"
          "\"This is like a 17-year divorce. It's hard to move on until this is settled,\" Erling Carlson, a longtime Alaska fisherman, said at a news conference in Seattle.\n"
          "Exxon Mobil appealed the $4.5 billion damage ruling to the U.S. 9th Circuit Court of Appeals. The court heard oral arguments in January, but a decision could be months away.\n"
          "The group of fishermen said Exxon Mobil, the world's largest company by market capitalization, could easily pay the penalty since it earned a profit of $36 billion last year, the largest annual earnings ever recorded by a U.S. company.\n"
          "In the past, Exxon Mobil has argued it spent more than $2 billion on the cleanup and paid out $1.025 billion for a 1991 settlement with federal and state governments.\n"
          "\"We believe that all of the damages related to this tragic accident have been paid,\" said Mark Boudreaux, media relations manager at Exxon Mobil.\n"
          "\"The case is not about compensation. It's about whether punitive damages are warranted in the case,\" he said."),
    entities=[("fishermen", "Fishermen", "GROUP", ["The group of fishermen"]),
              ("carlson", "Erling Carlson", "PERSON", ["Carlson"], "longtime Alaska fisherman"),
              ("exxon", "Exxon Mobil", "ORGANIZATION", ["Exxon Mobil Corp."]),
              ("boudreaux", "Mark Boudreaux", "PERSON", ["Boudreaux"], "media relations manager at Exxon Mobil")],
    mentions=[("m1", ("Fishermen", "Fishermen Seek"), "fishermen"),
              ("m2", ("Fishermen", "SEATTLE \u2014 Fishermen"), "fishermen"),
              ("m3", ("Exxon Mobil", "urged Exxon Mobil"), "exxon"),
              ("m4", "Exxon Mobil Corp.", "exxon"),
              ("m5", "Erling Carlson, a longtime Alaska fisherman", "carlson"),
              ("m6", ("Exxon Mobil", "\nExxon Mobil appealed"), "exxon"),
              ("m7", "The group of fishermen", "fishermen"),
              ("m8", ("Exxon Mobil", "said Exxon Mobil"), "exxon"),
              ("m9", ("Exxon Mobil", "past, Exxon Mobil"), "exxon"),
              ("m10", "Mark Boudreaux, media relations manager at Exxon Mobil", "boudreaux"),
              ("m11", ("he", "case,\" he"), "boudreaux")],
    attributions=[("a1", "INDIRECT", "m1", "Seek", "End to Alaska Oil Spill Court Case", None),
                  ("a2", "INDIRECT", "m2", "urged", "Exxon Mobil on the 17th anniversary of the accident Friday to pay a $4.5 billion penalty that has been mired in a legal dispute", None),
                  ("a3", "DIRECT", "m5", ("said", "fisherman, said"), "This is like a 17-year divorce. It's hard to move on until this is settled,", None),
                  ("a4", "INDIRECT", "m7", ("said", "fishermen said"), "Exxon Mobil, the world's largest company by market capitalization, could easily pay the penalty since it earned a profit of $36 billion last year, the largest annual earnings ever recorded by a U.S. company", None),
                  ("a5", "INDIRECT", "m9", "argued", "it spent more than $2 billion on the cleanup and paid out $1.025 billion for a 1991 settlement with federal and state governments", None),
                  ("a6", "DIRECT", "m10", ("said", "paid,\" said"), "We believe that all of the damages related to this tragic accident have been paid,", None),
                  ("a7", "DIRECT", "m11", ("said", "case,\" he said"), "The case is not about compensation. It's about whether punitive damages are warranted in the case,", None)])

doc("mypaper-nea-hazy-conditions",
    url="http://mypaper.sg/top-stories/nea-expect-hazy-conditions-today-20150907",
    outlet="my paper", country="Singapore", topic="environment", cut=False, published="2015-09-07",
    text=("NEA: Expect hazy conditions today\n"
          "HAZY conditions are expected today, said the National Environment Agency (NEA) yesterday.\n"
          "The 24-hour Pollutant Standards Index (PSI) - a measure of air quality - for the next 24 hours is expected to be in the low to middle section of the unhealthy range and may further deteriorate if the winds are unfavourable, NEA said in an 8pm statement.\n"
          "Prevailing winds are also forecast to blow from the south or south-west today.\n"
          "Yesterday, air quality crept into the unhealthy range from as early as 3am yesterday morning, with the 24-hour PSI registering readings of between 92 and 100 across Singapore.\n"
          "NEA said the occasionally hazy conditions were due to haze being blown in from Sumatra by prevailing winds.\n"
          "At 9pm, the 24-hour PSI readings across Singapore ranged from 93 to 106, in the high end of the moderate range and low end of the unhealthy range.\n"
          "The 24-hour PSI remained close to this range throughout most of yesterday.\n"
          "When 24-hour PSI readings are below 100, normal activities can be carried out. But when they start to inch above 100, the authorities advise healthy people to reduce prolonged or strenuous outdoor activities. The elderly, pregnant women and children should do as little of such activities as possible, while those suffering from chronic lung or heart disease should not engage in these activities.\n"
          "NEA said in a haze situation update on Saturday that haze experienced in Singapore was due to \"the spread of haze from Sumatra and the surrounding region under light wind conditions\".\n"
          "Widespread smoke haze was also observed in central and southern Sumatra, the agency said."),
    entities=[("nea", "National Environment Agency", "ORGANIZATION", ["NEA", "the agency"]),
              ("authorities", "the authorities", "GROUP", [])],
    mentions=[("m1", ("NEA", "NEA: Expect"), "nea"),
              ("m2", "the National Environment Agency (NEA)", "nea"),
              ("m3", ("NEA", "unfavourable, NEA"), "nea"),
              ("m4", ("NEA", "\nNEA said the occasionally"), "nea"),
              ("m5", "the authorities", "authorities"),
              ("m6", ("NEA", "\nNEA said in a haze"), "nea"),
              ("m7", "the agency", "nea")],
    attributions=[("a1", "INDIRECT", "m1", None, "Expect hazy conditions today", None),
                  ("a2", "INDIRECT", "m2", ("said", "today, said"), "HAZY conditions are expected today", None),
                  ("a3", "INDIRECT", "m3", ("said", "unfavourable, NEA said"), "The 24-hour Pollutant Standards Index (PSI) - a measure of air quality - for the next 24 hours is expected to be in the low to middle section of the unhealthy range and may further deteriorate if the winds are unfavourable", None),
                  ("a4", "INDIRECT", None, ("forecast", "also forecast"), "to blow from the south or south-west today", None),
                  ("a5", "INDIRECT", "m4", ("said", "NEA said the occasionally"), "the occasionally hazy conditions were due to haze being blown in from Sumatra by prevailing winds", None),
                  ("a6", "INDIRECT", "m5", "advise", "healthy people to reduce prolonged or strenuous outdoor activities", None),
                  ("a7", "MIXED", "m6", ("said", "NEA said in a haze"), "haze experienced in Singapore was due to \"the spread of haze from Sumatra and the surrounding region under light wind conditions\"", None),
                  ("a8", "INDIRECT", "m7", ("said", "agency said"), "Widespread smoke haze was also observed in central and southern Sumatra", None)])

doc("9news-coffee-death-risk",
    url="http://www.9news.com.au/health/2013/09/16/17/25/coffee-quaffers-face-death-risk-study",
    outlet="9News", country="Australia", topic="health-science", cut=False,
    text=("Coffee quaffers face death risk: study\n"
          "This is not meant to keep you awake at night, but heavy coffee drinkers are at increased risk of death, according to a major study.\n"
          "For reasons that researchers don't fully understand, a 17-year study of 45,000 people shows those aged under 55 who average more than 28 cups a week are at risk.\n"
          "It's not that people are dying at a rapid rate. But men who drink more than four cups a day are 56 per cent more likely to die and women have double the chance compared with moderate drinkers, according to the The University of Queensland and the University of South Carolina study.\n"
          "Cardiovascular disease is not a major factor and people aged older than 55 do not appear to be adversely affected, say the authors of the report published in the journal Mayo Clinic Proceedings.\n"
          "\"It could be the coffee, but it could just as easily be things that heavy coffee drinkers do,\" says The University of Queensland's Dr Carl Lavie.\n"
          "\"We have no way of knowing the cause and effect.\"\n"
          "However, the statistics have been adjusted to remove the impact of smoking.\n"
          "Close to five per cent of people in the study died during the 17 years.\n"
          "\"It's not as if people are dying like flies because they are drinking coffee. But it is statistically significant,\" says Dr Lavie.\n"
          "\"We are not trying to scare people, but I do think it makes sense to keep average coffee consumption to two to three cups a day.\"\n"
          "This does not mean people should be afraid to occasionally have more than that, he says.\n"
          "Senior investigator Steven Blair of the University of South Carolina says it is significant the results do not show an association between coffee consumption and people older than 55.\n"
          "It is also important that death from cardiovascular disease is not a factor, he says."),
    entities=[("study", "study", "ORGANIZATION", ["a major study", "the study"]),
              ("authors", "the authors of the report", "GROUP", ["The University of Queensland and the University of South Carolina study"]),
              ("lavie", "Carl Lavie", "PERSON", ["Dr Carl Lavie", "Dr Lavie", "Lavie"]),
              ("blair", "Steven Blair", "PERSON", ["Blair"], "senior investigator")],
    mentions=[("m1", ("study", ": study"), "study"),
              ("m2", "a major study", "study"),
              ("m3", "a 17-year study", "study"),
              ("m4", "the The University of Queensland and the University of South Carolina study", "authors"),
              ("m5", "the authors of the report", "authors"),
              ("m6", "The University of Queensland's Dr Carl Lavie", "lavie"),
              ("m7", ("the study", "people in the study"), "study"),
              ("m8", "Dr Lavie", "lavie"),
              ("m9", ("he", "than that, he"), "lavie"),
              ("m10", "Senior investigator Steven Blair of the University of South Carolina", "blair"),
              ("m11", ("he", "factor, he"), "blair")],
    attributions=[("a1", "INDIRECT", "m1", None, "Coffee quaffers face death risk", None),
                  ("a2", "INDIRECT", "m2", ("according to", "death, according to"), "heavy coffee drinkers are at increased risk of death", None),
                  ("a3", "INDIRECT", "m4", ("according to", "drinkers, according to"), "men who drink more than four cups a day are 56 per cent more likely to die and women have double the chance compared with moderate drinkers", None),
                  ("a4", "INDIRECT", "m5", ("say", "affected, say"), "Cardiovascular disease is not a major factor and people aged older than 55 do not appear to be adversely affected", None),
                  ("a5", "DIRECT", "m6", ("says", "coffee drinkers do,\" says"), "It could be the coffee, but it could just as easily be things that heavy coffee drinkers do,", None),
                  ("a6", "DIRECT", "m6", None, "We have no way of knowing the cause and effect.", None),
                  ("a7", "DIRECT", "m8", ("says", "significant,\" says"), "It's not as if people are dying like flies because they are drinking coffee. But it is statistically significant,", None),
                  ("a8", "DIRECT", "m8", None, "We are not trying to scare people, but I do think it makes sense to keep average coffee consumption to two to three cups a day.", None),
                  ("a9", "INDIRECT", "m9", ("says", "than that, he says"), "This does not mean people should be afraid to occasionally have more than that", None),
                  ("a10", "INDIRECT", "m10", ("says", "Carolina says"), "it is significant the results do not show an association between coffee consumption and people older than 55", None),
                  ("a11", "INDIRECT", "m11", ("says", "factor, he says"), "It is also important that death from cardiovascular disease is not a factor", None)])

doc("newsday-coffee-lower-death-risk",
    url="https://www.newsday.com/news/health/coffee-drinking-linked-to-lower-risk-of-death-study-shows-v35071",
    outlet="Newsday", country="US", topic="health-science", cut=False,
    text=("Coffee drinking linked to lower risk of death, study shows\n"
          "Coffee fans rejoice: a new study ties drinking your morning fuel with a reduced risk of death.\n"
          "The large study, published online Monday in the journal Circulation, found that consuming coffee is linked with a lower risk of dying from heart disease, stroke and diabetes, as well as neurological diseases and suicide, The New York Times reports.\n"
          "It hardly mattered whether the coffee was regular or decaf -- but the positive results only applied to nonsmokers, according to the Times.\n"
          "Nonsmokers who drank a cup a day had a 6 percent reduced risk of death, the Times reported. One to three cups a day brought an 8 percent reduced risk, three to five cups had a 15 percent reduced risk, and more than 5 cups meant a 12 percent reduced risk.\n"
          "The study tracked more than 200,000 nurses and doctors for up to 30 years.\n"
          "The researchers caution in their study that the connection they highlight \"remains inconclusive,\" and that they did not directly show a cause-and-effect \"relationship between coffee and mortality.\"\n"
          "But, they write, results from this and previous studies \"indicate that coffee consumption can be incorporated into a healthy lifestyle.\""),
    entities=[("study", "The large study", "ORGANIZATION", ["a new study", "The study"]),
              ("nyt", "The New York Times", "ORGANIZATION", ["the Times"]),
              ("researchers", "The researchers", "GROUP", [])],
    mentions=[("m1", ("study", "death, study shows"), "study"),
              ("m2", "a new study", "study"),
              ("m3", "The large study", "study"),
              ("m4", "The New York Times", "nyt"),
              ("m5", ("the Times", "according to the Times"), "nyt"),
              ("m6", ("the Times", "the Times reported"), "nyt"),
              ("m7", ("The study", "The study tracked"), "study"),
              ("m8", "The researchers", "researchers"),
              ("m9", ("they", "But, they write"), "researchers")],
    attributions=[("a1", "INDIRECT", "m4", "reports", "The large study, published online Monday in the journal Circulation, found that consuming coffee is linked with a lower risk of dying from heart disease, stroke and diabetes, as well as neurological diseases and suicide", None),
                  ("a2", "INDIRECT", "m3", "found", "consuming coffee is linked with a lower risk of dying from heart disease, stroke and diabetes, as well as neurological diseases and suicide", "a1"),
                  ("a3", "INDIRECT", "m5", "according to", "It hardly mattered whether the coffee was regular or decaf -- but the positive results only applied to nonsmokers", None),
                  ("a4", "INDIRECT", "m6", "reported", "Nonsmokers who drank a cup a day had a 6 percent reduced risk of death", None),
                  ("a5", "MIXED", "m8", "caution", "the connection they highlight \"remains inconclusive,\" and that they did not directly show a cause-and-effect \"relationship between coffee and mortality.\"", None),
                  ("a6", "MIXED", "m9", "write", "results from this and previous studies \"indicate that coffee consumption can be incorporated into a healthy lifestyle.\"", None)])

doc("straitstimes-reuters-nz-measles",
    url="https://www.straitstimes.com/asia/australianz/measles-outbreak-in-new-zealands-canterbury-widens-to-20",
    outlet="The Straits Times", country="Singapore", topic="health-science", cut=True,
    text=("Measles outbreak in New Zealand's Canterbury widens to 20\n"
          "MELBOURNE (REUTERS) - Thousands of vaccines are being delivered to health centres in New Zealand's Canterbury district, with a measles outbreak widening to 20 confirmed cases as health officials warned that the number is expected to rise over the coming days and weeks.\n"
          "Measles cases are rising globally, including in wealthy nations such as the United States and Germany, where some parents shun the vaccines mostly for philosophical or religious reasons, or concerns - debunked by medical science - that the vaccines against measles, mumps and rubella (MMR) could cause autism.\n"
          "With Canterbury health centres running out of vaccines since the start of the outbreak in late February, 3,000 MMR vaccines had been brought by Sunday (March 10) and 18,000 more are to be delivered to the region by Wednesday.\n"
          "\"It can now be assumed that measles is circulating widely in our community,\" the Canterbury District Health Board said in a statement.\n"
          "The latest outbreak came from people who were thought not fully immunised. People are considered immune if they have received two doses of the MMR vaccine, have had a measles illness previously, or were born before 1969.\n"
          "\"Unimmunised people who come within two metres of an infectious person, however briefly, have a 90 per cent chance of contracting measles,\" the board said.\n"
          "Even though the vaccine is highly effective, globally around 110,000 people died from measles in 2017, according to the World Health Organisation (WHO). Most of them were children under the age of five."),
    entities=[("officials", "health officials", "GROUP", []),
              ("parents", "some parents", "GROUP", []),
              ("cdhb", "Canterbury District Health Board", "ORGANIZATION", ["the board"]),
              ("who", "World Health Organisation", "ORGANIZATION", ["WHO"])],
    mentions=[("m1", "health officials", "officials"),
              ("m2", "some parents", "parents"),
              ("m3", "the Canterbury District Health Board", "cdhb"),
              ("m4", "the board", "cdhb"),
              ("m5", "the World Health Organisation (WHO)", "who")],
    attributions=[("a1", "INDIRECT", "m1", "warned", "the number is expected to rise over the coming days and weeks", None),
                  ("a2", "INDIRECT", "m2", "concerns", "the vaccines against measles, mumps and rubella (MMR) could cause autism", None),
                  ("a3", "DIRECT", "m3", ("said", "Board said"), "It can now be assumed that measles is circulating widely in our community,", None),
                  ("a4", "INDIRECT", None, "thought", "not fully immunised", None),
                  ("a5", "DIRECT", "m4", ("said", "board said"), "Unimmunised people who come within two metres of an infectious person, however briefly, have a 90 per cent chance of contracting measles,", None),
                  ("a6", "INDIRECT", "m5", "according to", "globally around 110,000 people died from measles in 2017", None)])

doc("siasat-ians-delhi-stubble-burning",
    url="https://archive.siasat.com/news/delhi-ncr-air-quality-still-poor-stubble-burning-reaches-delhi-1264894/",
    outlet="The Siasat Daily", country="India", topic="environment", cut=True,
    text=("Delhi-NCR air quality still very poor as stubble burning reaches Delhi\n"
          "New Delhi: Still \u201cvery poor\u201d with some regions facing a \u201csevere\u201d situation, the air quality in Delhi and NCR sees no scope of improvement, as despite orders and monitoring, the practice of stubble burning was reported from Delhi itself on Thursday.\n"
          "As stubble burning increases and spreads across districts of Punjab, Haryana and Uttar Pradesh, satellite images showed cases of crop-residue burning in north Delhi towards Haryana border where farming community resides.\n"
          "While the incidents of residue burning escaped the monitoring of the Delhi Pollution Control Committee (DPCC), which is responsible to check such cases within Delhi, officials say that appropriate action will be taken.\n"
          "\u201cWe have not noticed any such cases and it should not be there\u2026 however we will check the incidents\u2026 If satellite images are showing this, then there is possibility of some garbage burning,\u201d an official of DPCC told IANS.\n"
          "As the Supreme Court-appointed Environment Pollution Control Authority (EPCA) expects the air quality to deteriorate further due to fog formation, weather analysts react predict change in the wind direction and type, from dry to moist, towards November 28 to further worsen the situation here.\n"
          "According to the Central Pollution Control Board (CPCB) on Thursday, the average concentration of major pollutant PM2.5 or particles with diameter less than 2.5 micrometer at 7 p.m. in Delhi-NCR combined was 167, while in Delhi it was 172 as against a safe limit of 25 microgramme per cubic meters as per international standards and 60 units as per national standards.\n"
          "The average air quality recorded by 25 active monitoring stations of Delhi, Uttar Pradesh, Rajasthan and the CPCB was \u201cvery poor\u201d, except in Rajasthan\u2019s Alwar, where the air quality was \u201cmoderate to poor\u201d."),
    entities=[("officials", "officials", "GROUP", []),
              ("dpccofficial", "official of DPCC", "PERSON", ["an official of DPCC"]),
              ("epca", "Environment Pollution Control Authority", "ORGANIZATION", ["EPCA"]),
              ("analysts", "weather analysts", "GROUP", []),
              ("cpcb", "Central Pollution Control Board", "ORGANIZATION", ["CPCB", "the CPCB"])],
    mentions=[("m1", ("officials", "officials say"), "officials"),
              ("m2", "an official of DPCC", "dpccofficial"),
              ("m3", "the Supreme Court-appointed Environment Pollution Control Authority (EPCA)", "epca"),
              ("m4", "weather analysts", "analysts"),
              ("m5", "the Central Pollution Control Board (CPCB)", "cpcb"),
              ("m6", ("the CPCB", "Rajasthan and the CPCB"), "cpcb")],
    attributions=[("a1", "INDIRECT", "m1", ("say", "officials say"), "appropriate action will be taken", None),
                  ("a2", "DIRECT", "m2", "told", "We have not noticed any such cases and it should not be there\u2026 however we will check the incidents\u2026 If satellite images are showing this, then there is possibility of some garbage burning,", None),
                  ("a3", "INDIRECT", "m3", "expects", "the air quality to deteriorate further due to fog formation", None),
                  ("a4", "INDIRECT", "m4", "predict", "change in the wind direction and type, from dry to moist, towards November 28 to further worsen the situation here", None),
                  ("a5", "INDIRECT", "m5", "According to", "the average concentration of major pollutant PM2.5 or particles with diameter less than 2.5 micrometer at 7 p.m. in Delhi-NCR combined was 167, while in Delhi it was 172 as against a safe limit of 25 microgramme per cubic meters as per international standards and 60 units as per national standards", None)])

doc("csmonitor-gulf-oil-spill-legal-action",
    url="http://www.csmonitor.com/USA/2010/0506/Gulf-oil-spill-Questions-unanswered-residents-try-legal-action",
    outlet="The Christian Science Monitor", country="US", topic="environment", cut=True, published="2010-05-06",
    text=("Gulf oil spill: Questions unanswered, residents try legal action\n"
          "State attorneys general, commercial fishing organizations, and environmental groups are pressing BP to provide more information on the cause of the massive Gulf oil spill.\n"
          "New Orleans\n"
          "In the wake of the Gulf oil spill, rig operator BP has produced apologies, jobs for local fishermen to aid in the recovery efforts, and a promise to pay for all cleanup costs.\n"
          "But what it hasn\u2019t yet produced are answers to why the explosion happened and how exactly it plans to compensate local fishermen \u2013 unanswered questions that, three weeks after the explosion, are frustrating all those affected by the disaster, including leaders of gulf coast states and fishing operators.\n"
          "\u201cAll these fishermen here are really uncertain of what the future holds,\u201d says Lance Nacio, who operates a four-person shrimping operation in Dulac, La. \u201cWhat I would like to hear is some kind of contingency plan for lost revenue compensated for damages now and into the future.\u201d\n"
          "As expected in disasters of this magnitude, lawsuits seeking damages are being filed daily. At last count, 50 complaints against BP and involved parties such as Halliburton Energy Services, which was in charge of the underwater well cap, seek millions of dollars for lost revenue.\n"
          "A temporary fishing ban on the Mississippi River\u2019s fertile east waters could not only devastate local charter companies and seafood operators, it has the potential to hurt local restaurateurs and hotels as well as municipalities that depend on tax revenue.\n"
          "What about lost business revenue?"),
    entities=[("coalition", "State attorneys general, commercial fishing organizations, and environmental groups", "GROUP", []),
              ("bp", "BP", "ORGANIZATION", ["rig operator BP"]),
              ("nacio", "Lance Nacio", "PERSON", ["Nacio"])],
    mentions=[("m1", "State attorneys general, commercial fishing organizations, and environmental groups", "coalition"),
              ("m2", ("BP", "pressing BP"), "bp"),
              ("m3", "rig operator BP", "bp"),
              ("m4", "Lance Nacio", "nacio"),
              ("m5", ("BP", "against BP"), "bp")],
    attributions=[("a1", "INDIRECT", "m1", "pressing", "BP to provide more information on the cause of the massive Gulf oil spill", None),
                  ("a2", "INDIRECT", "m3", "promise", "to pay for all cleanup costs", None),
                  ("a3", "DIRECT", "m4", "says", "All these fishermen here are really uncertain of what the future holds,", None),
                  ("a4", "DIRECT", "m4", None, "What I would like to hear is some kind of contingency plan for lost revenue compensated for damages now and into the future.", None)])

doc("irishexaminer-obrien-waiting-list-plan",
    url="https://www.irishexaminer.com/news/arid-40717295.html",
    outlet="Irish Examiner", country="Ireland", topic="health-science", cut=True,
    text=("Former HSE boss criticises its waiting list plan as 'nowhere near sufficient'\n"
          "The former director general of the HSE has said the agency\u2019s winter action plan to reduce waiting lists is \u201cnowhere near sufficient.\u201d\n"
          "In a tweet, Tony O\u2019Brien said \u201cmulti-year budgets and reversing the self-inflicted consultant recruitment crisis are absolute must do\u2019s\u201d if the HSE want to see hospital waiting lists reduced.\n"
          "It comes as the health service\u2019s current plan will see Ireland's 761,000-strong waiting lists reduced by only 36,000 by the end of this year.\n"
          "The HSE has confirmed it is to offer \"150,000 additional appointments, procedures, and/or removals [from waiting lists]\" by December.\n"
          "However, this will barely cancel out the expected rise in waiting lists if it does not implement the plan.\n"
          "As of the end of August, there were almost 761,000 patients awaiting in-patient, day-case or out-patient, and GI endoscopy treatment.\n"
          "The HSE says without action that figure will rise to 875,000.\n"
          "However, it believes it can get the total down to 724,000 by the end of December by offering an additional 105,000 new outpatient appointments/waiting list removals, an additional 31,000 inpatient or day case procedures/waiting list removals and an additional 13,600 GI scopes/waiting-list removals.\n"
          "Meanwhile, hospital consultants say that the goal of fixing the health system appears to be \u201cfurther away than ever\u201d, with the current available bed capacity in hospitals is at \u201cdangerous\u201d levels.\n"
          "According to Professor Alan Irvine, president of the Irish Hospital Consultants Association (IHCA) the Taoiseach, the T\u00e1naiste, and the Health Minister are \u201closing the dressing room\u201d when it comes to trust between consultants and health service management.\n"
          "Addressing the IHCA 2021 annual conference, Prof Irvine said the last 12 months have been among the \u201cmost turbulent\u201d in the careers of consultants."),
    entities=[("obrien", "Tony O\u2019Brien", "PERSON", ["O\u2019Brien", "Former HSE boss", "The former director general of the HSE"], "former HSE director general"),
              ("hse", "HSE", "ORGANIZATION", ["The HSE"]),
              ("consultants", "hospital consultants", "GROUP", []),
              ("irvine", "Alan Irvine", "PERSON", ["Professor Alan Irvine", "Prof Irvine", "Irvine"], "president of the Irish Hospital Consultants Association")],
    mentions=[("m1", "Former HSE boss", "obrien"),
              ("m2", "The former director general of the HSE", "obrien"),
              ("m3", "Tony O\u2019Brien", "obrien"),
              ("m4", ("the HSE", "if the HSE"), "hse"),
              ("m5", ("The HSE", "The HSE has confirmed"), "hse"),
              ("m6", ("The HSE", "The HSE says"), "hse"),
              ("m7", ("it", "However, it believes"), "hse"),
              ("m8", "hospital consultants", "consultants"),
              ("m9", "Professor Alan Irvine, president of the Irish Hospital Consultants Association (IHCA)", "irvine"),
              ("m10", "Prof Irvine", "irvine")],
    attributions=[("a1", "MIXED", "m1", "criticises", "its waiting list plan as 'nowhere near sufficient'", None),
                  ("a2", "MIXED", "m2", ("said", "has said the agency"), "the agency\u2019s winter action plan to reduce waiting lists is \u201cnowhere near sufficient.\u201d", None),
                  ("a3", "MIXED", "m3", ("said", "Brien said"), "\u201cmulti-year budgets and reversing the self-inflicted consultant recruitment crisis are absolute must do\u2019s\u201d if the HSE want to see hospital waiting lists reduced", None),
                  ("a4", "MIXED", "m5", "confirmed", "it is to offer \"150,000 additional appointments, procedures, and/or removals [from waiting lists]\" by December", None),
                  ("a5", "INDIRECT", "m6", ("says", "The HSE says"), "without action that figure will rise to 875,000", None),
                  ("a6", "INDIRECT", "m7", "believes", "it can get the total down to 724,000 by the end of December by offering an additional 105,000 new outpatient appointments/waiting list removals, an additional 31,000 inpatient or day case procedures/waiting list removals and an additional 13,600 GI scopes/waiting-list removals", None),
                  ("a7", "MIXED", "m8", ("say", "consultants say"), "the goal of fixing the health system appears to be \u201cfurther away than ever\u201d, with the current available bed capacity in hospitals is at \u201cdangerous\u201d levels", None),
                  ("a8", "MIXED", "m9", "According to", "the Taoiseach, the T\u00e1naiste, and the Health Minister are \u201closing the dressing room\u201d when it comes to trust between consultants and health service management", None),
                  ("a9", "MIXED", "m10", ("said", "Irvine said"), "the last 12 months have been among the \u201cmost turbulent\u201d in the careers of consultants", None)])

doc("wcpo-coffee-drinkers-study",
    url="http://www.wcpo.com/news/study-finds-coffee-drinkers-have-lower-risk-of-dying",
    outlet="WCPO", country="US", topic="health-science", cut=False,
    text=("Study finds coffee drinkers have lower risk of dying\n"
          "Coffee, please! Java drinkers live longer\n"
          "CINCINNATI - It's not the Fountain of Youth, but coffee may reduce the risk of dying from heart disease, stroke, and diabetes.\n"
          "A new study in the New England Journal of Medicine found that coffee drinkers are less likely to die from several common health conditions.\n"
          "Researchers from the National Cancer Institute conducted an observational study from data on 400,000 adults ages 50 to 71.  People who drank three or more cups of coffee per day had a 10 percent lower risk of death than the non-coffee drinkers.\n"
          "The lead investigator says we can't infer a \"causal relationship between coffee drinking and lower risk of death.\"  But we can say coffee does not adversely affect health.\n"
          "And it may not be the caffeine that is the protective ingredient.  Those who drank decaffeinated coffee had similar health results.\n"
          "Be cautious about caffeine, one doctor says. It can raise blood pressure."),
    entities=[("study", "study", "ORGANIZATION", ["Study", "A new study"]),
              ("investigator", "lead investigator", "PERSON", ["The lead investigator"]),
              ("doctor", "one doctor", "PERSON", [])],
    mentions=[("m1", ("Study", "Study finds"), "study"),
              ("m2", "A new study", "study"),
              ("m3", "The lead investigator", "investigator"),
              ("m4", "one doctor", "doctor")],
    attributions=[("a1", "INDIRECT", "m1", ("finds", "Study finds"), "coffee drinkers have lower risk of dying", None),
                  ("a2", "INDIRECT", "m2", "found", "coffee drinkers are less likely to die from several common health conditions", None),
                  ("a3", "MIXED", "m3", ("says", "investigator says"), "we can't infer a \"causal relationship between coffee drinking and lower risk of death.\"", None),
                  ("a4", "INDIRECT", "m4", ("says", "doctor says"), "Be cautious about caffeine", None)])

doc("nationalparkstraveler-extinctions-scientists",
    url="https://nationalparkstraveler.org/2016/09/scientists-fear-not-enough-being-done-united-states-prevent-widespread-extinctions",
    outlet="National Parks Traveler", country="US", topic="environment", cut=True, published="2016-09-02",
    text=("Scientists Fear Not Enough Being Done In United States To Prevent Widespread Extinctions\n"
          "As biologists from around the globe convene in Hawaii for the quadrennial World Conservation Congress, a distinguished group of scientists from across America has issued a warning that current conservation efforts in the United States, while perhaps successful in the short term, are insufficient to prevent widespread extinctions of the nation\u2019s plants and animals.\n"
          "The 14 scientists, who include high-level representatives from American universities and nonprofits, as well as the U.S. Forest Service, U.S. Fish and Wildlife Service, the Bureau of Land Management and the National Park Service, argue that safeguarding America\u2019s natural heritage will require a far more strategic, landscape-scale approach, and in this month\u2019s issue of the prestigious journal BioScience, they propose the creation of a National Habitat Conservation System.\n"
          "\u201cWe should be proud of the significant conservation accomplishments we\u2019ve made in the United States over the past century, but the amount of biodiversity we\u2019re losing and the ways that we\u2019re short-circuiting complex ecological processes is taking its toll,\u201d said Jodi Hilty, one of the paper\u2019s authors and the president and chief scientist of the Yellowstone to Yukon Conservation Initiative, which is working to connect and protect U.S. and Canadian habitat across 2,000 miles from Yellowstone National Park to the Yukon.\n"
          "Speaking from Hawaii, where she is scheduled as a panelist at the World Conservation Congress, Hilty said: \u201cAmerica needs a strategic vision that can connect all the great work being done at the local, state, regional and national level, so that the sum of the parts is greater than the whole.\u201d"),
    entities=[("scientists", "a distinguished group of scientists from across America", "GROUP", ["Scientists", "The 14 scientists"]),
              ("hilty", "Jodi Hilty", "PERSON", ["Hilty"], "president and chief scientist of the Yellowstone to Yukon Conservation Initiative")],
    mentions=[("m1", ("Scientists", "Scientists Fear"), "scientists"),
              ("m2", "a distinguished group of scientists from across America", "scientists"),
              ("m3", "The 14 scientists", "scientists"),
              ("m4", ("they", "they propose"), "scientists"),
              ("m5", "Jodi Hilty", "hilty"),
              ("m6", ("Hilty", "Hilty said:"), "hilty")],
    attributions=[("a1", "INDIRECT", "m1", "Fear", "Not Enough Being Done In United States To Prevent Widespread Extinctions", None),
                  ("a2", "INDIRECT", "m2", "warning", "current conservation efforts in the United States, while perhaps successful in the short term, are insufficient to prevent widespread extinctions of the nation\u2019s plants and animals", None),
                  ("a3", "INDIRECT", "m3", "argue", "safeguarding America\u2019s natural heritage will require a far more strategic, landscape-scale approach", None),
                  ("a4", "INDIRECT", "m4", "propose", "the creation of a National Habitat Conservation System", None),
                  ("a5", "DIRECT", "m5", ("said", "toll,\u201d said"), "We should be proud of the significant conservation accomplishments we\u2019ve made in the United States over the past century, but the amount of biodiversity we\u2019re losing and the ways that we\u2019re short-circuiting complex ecological processes is taking its toll,", None),
                  ("a6", "DIRECT", "m6", ("said", "Hilty said:"), "America needs a strategic vision that can connect all the great work being done at the local, state, regional and national level, so that the sum of the parts is greater than the whole.", None)])

doc("daily8-afp-glaciers-study",
    url="https://www.daily8.com/en/article/e483aacb8f43859526bdb96904f845ba",
    outlet="Daily8", country="unknown", topic="environment", cut=True,
    text=("Climate action could save half of world's vanishing glaciers, says study\n"
          "Published in Science, the international analysis provides the clearest picture yet of long-term glacier loss, revealing that every fraction of a degree in global temperature rise significantly worsens the outlook.\n"
          "It may sound grim, but co-lead author Harry Zekollari, a glaciologist at Vrije Universiteit Brussel and ETH Zurich, told AFP the findings should be seen as a \"message of hope.\"\n"
          "Under existing climate policies, global temperatures are projected to reach 2.7 degrees Celsius (4.9F) above pre-industrial levels by 2100 -- a pathway that would ultimately erase 76 percent of current glacier mass over the coming centuries.\n"
          "But if warming is held to the Paris Agreement's 1.5C target, 54 percent of glacial mass could be preserved, according to the study, which combined outputs from eight glacier models to simulate ice loss across a range of future climate scenarios.\n"
          "\"What is really special about this study is we can really show how every tenth of a degree of additional warming matters,\" co-lead author Lilian Schuster of the University of Innsbruck told AFP.\n"
          "The paper's release comes as Swiss authorities monitor flood risks following the collapse of the massive Birch Glacier, which destroyed an evacuated village.\n"
          "While Swiss glaciers have been heavily impacted by climate change, it remains unclear how much the latest disaster was driven by warming versus natural geological forces."),
    entities=[("study", "study", "ORGANIZATION", ["the international analysis", "the study", "this study"]),
              ("zekollari", "Harry Zekollari", "PERSON", ["Zekollari"], "co-lead author, glaciologist"),
              ("schuster", "Lilian Schuster", "PERSON", ["Schuster"], "co-lead author")],
    mentions=[("m1", ("study", "says study"), "study"),
              ("m2", "the international analysis", "study"),
              ("m3", "co-lead author Harry Zekollari, a glaciologist at Vrije Universiteit Brussel and ETH Zurich", "zekollari"),
              ("m4", ("the study", "according to the study"), "study"),
              ("m5", "this study", "study"),
              ("m6", "co-lead author Lilian Schuster of the University of Innsbruck", "schuster")],
    attributions=[("a1", "INDIRECT", "m1", "says", "Climate action could save half of world's vanishing glaciers", None),
                  ("a2", "INDIRECT", "m2", "revealing", "every fraction of a degree in global temperature rise significantly worsens the outlook", None),
                  ("a3", "MIXED", "m3", ("told", "Zurich, told"), "the findings should be seen as a \"message of hope.\"", None),
                  ("a4", "INDIRECT", None, "projected", "to reach 2.7 degrees Celsius (4.9F) above pre-industrial levels by 2100 -- a pathway that would ultimately erase 76 percent of current glacier mass over the coming centuries", None),
                  ("a5", "INDIRECT", "m4", "according to", "if warming is held to the Paris Agreement's 1.5C target, 54 percent of glacial mass could be preserved", None),
                  ("a6", "DIRECT", "m6", ("told", "Innsbruck told"), "What is really special about this study is we can really show how every tenth of a degree of additional warming matters,", None)])

write("train_c.jsonl")
