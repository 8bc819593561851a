#!/usr/bin/env python3
"""Writes test5_c.jsonl: real-news gold, split test5-c (see gold.py). Run: python3 make_test5_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("psmnews-thoriq-coral-bleaching-projects",
    url="https://cms.psmnews.mv/en/137354",
    outlet="PSM News", country="Maldives", topic="environment", cut=True,
    text=(T := "Minister affirms stalling certain projects if coral bleaching occurs\n"
          "Minister of Climate Change, Environment and Energy Thoriq Ibrahim has reiterated the commitment to temporarily suspend ongoing developmental projects, if issues on coral bleaching emerge under any circumstances. The minister's remarks were in line with the cautions issued by the respective authorities to halt certain developmental initiatives, highlighting the concerns associated with coral bleaching.\n"
          "Speaking on a programme aired on PSM News, Minister Thoriq stressed that coral bleaching is a common global issue. The minister disclosed that the first cases of coral bleaching were observed in the Maldives in 1997, noting that most coral reefs survived regardless of the numerous corals whitened. He further revealed that the latest cases of coral bleaching occurred in 2016, with approximately 73% of reefs encountered the environmental crisis. However, the minister assured that the majority of the damaged coral reefs have been restored over the past few years.\n"
          "Underscoring that prolonged periods of warm and tranquil weather inevitably result in coral bleaching, Minister Thoriq highlighted the forecasts of scientists, which anticipates the phenomenon occurring in the Maldives. The minister stated that agreements have been made with respective contractors to stall developmental projects that may impact the reefs directly or indirectly. He additionally unveiled that the agreements were signed by the companies, prior to the granting of permit to contractors. . The agreement outlines the terms of halting developmental initiatives for a month following the peak season of coral bleaching.\n"
          "Furthermore, Environmental Protection Agency (EPA) cautions that extensive land reclamation and beach nourishment activities could further delay reef regeneration. Currently, Maldives is at \"Alert level one\" for coral bleaching, with reports coming in from various areas."),
    entities=[("thoriq", "Thoriq Ibrahim", "PERSON",
               ["Minister of Climate Change, Environment and Energy Thoriq Ibrahim", "Minister Thoriq", "Thoriq",
                "Minister", "the minister", "The minister's remarks"],
               "Minister of Climate Change, Environment and Energy"),
              ("authorities", "the respective authorities", "GROUP", [], "authorities that issued cautions"),
              ("scientists", "scientists", "GROUP", ["the forecasts of scientists"], None),
              ("epa", "Environmental Protection Agency", "ORGANIZATION",
               ["Environmental Protection Agency (EPA)", "EPA"], "Maldivian environmental regulator")],
    mentions=[("m1", ("Minister", "Minister affirms"), "thoriq"),
              ("m2", "Minister of Climate Change, Environment and Energy Thoriq Ibrahim", "thoriq"),
              ("m3", "The minister's remarks", "thoriq"),
              ("m4", "the respective authorities", "authorities"),
              ("m5", ("Minister Thoriq", "Minister Thoriq stressed"), "thoriq"),
              ("m6", ("The minister", "The minister disclosed"), "thoriq"),
              ("m7", ("He", "He further revealed"), "thoriq"),
              ("m8", ("the minister", "the minister assured"), "thoriq"),
              ("m9", ("Minister Thoriq", "Minister Thoriq highlighted"), "thoriq"),
              ("m10", "the forecasts of scientists", "scientists"),
              ("m11", ("The minister", "The minister stated"), "thoriq"),
              ("m12", ("He", "He additionally"), "thoriq"),
              ("m13", "Environmental Protection Agency (EPA)", "epa")],
    attributions=[("a1", "INDIRECT", "m1", "affirms", "stalling certain projects if coral bleaching occurs", None),
                  ("a2", "INDIRECT", "m2", "reiterated the commitment",
                   "temporarily suspend ongoing developmental projects, if issues on coral bleaching emerge under any circumstances", None),
                  ("a3", "INDIRECT", "m4", ("cautions", "the cautions issued"), "to halt certain developmental initiatives", None),
                  ("a4", "INDIRECT", "m3", "highlighting", "the concerns associated with coral bleaching", None),
                  ("a5", "INDIRECT", "m5", "stressed", "coral bleaching is a common global issue", None),
                  ("a6", "INDIRECT", "m6", "disclosed", "the first cases of coral bleaching were observed in the Maldives in 1997", None),
                  ("a7", "INDIRECT", "m6", ("noting", "1997, noting"), "most coral reefs survived regardless of the numerous corals whitened", None),
                  ("a8", "INDIRECT", "m7", "revealed", seg(T, "the latest cases of coral bleaching", "the environmental crisis"), None),
                  ("a9", "INDIRECT", "m8", "assured", "the majority of the damaged coral reefs have been restored over the past few years", None),
                  ("a10", "INDIRECT", "m9", "Underscoring", "prolonged periods of warm and tranquil weather inevitably result in coral bleaching", None),
                  ("a11", "INDIRECT", "m9", ("highlighted", "Thoriq highlighted"),
                   "the forecasts of scientists, which anticipates the phenomenon occurring in the Maldives", None),
                  ("a12", "INDIRECT", "m10", "anticipates", "the phenomenon occurring in the Maldives", "a11"),
                  ("a13", "INDIRECT", "m11", "stated", seg(T, "agreements have been made", "directly or indirectly"), None),
                  ("a14", "INDIRECT", "m12", "unveiled", "the agreements were signed by the companies, prior to the granting of permit to contractors", None),
                  ("a15", "INDIRECT", "m13", ("cautions", "(EPA) cautions"),
                   "extensive land reclamation and beach nourishment activities could further delay reef regeneration", None)])

# ---------------------------------------------------------------------------------------
doc("polskieradio-kusmierczyk-heart-pumps-transplants",
    url="https://polskieradio.pl/395/7789/Artykul/3625332,heart-pumps-could-rival-transplants-within-a-decade-polish-surgeon-says",
    outlet="Polskie Radio (English Section)", country="Poland", topic="health-science", cut=True,
    published="2025-12-23",
    text=(T := "Heart pumps could rival transplants within a decade, Polish surgeon says\n"
          "Mechanical heart pumps and genetically modified pig hearts may expand treatment options for end-stage heart failure as donor shortages persist, a Warsaw surgeon has said.\n"
          "Heart transplants remain the gold-standard treatment for the most severe heart failure, but the number of available donor organs is still far too small, according to Prof. Mariusz Kuśmierczyk, a cardiac surgeon and transplant specialist at the Medical University of Warsaw.\n"
          "Kuśmierczyk said two technologies are moving fast enough to potentially challenge transplant medicine within five to 10 years: mechanical circulatory support, and xenotransplantation, meaning the transplantation of an organ from an animal, in this case a genetically modified pig.\n"
          "Xenotransplantation is still in its early days.\n"
          "Kuśmierczyk said that pig-heart transplants in humans have been performed for only around four years. In the United States, two such procedures have been carried out so far, with the first patient surviving about two months and the second about two weeks.\n"
          "Better outcomes, he said, have been reported in patients who received pig kidneys.\n"
          "He described mechanical devices as more promising in the near term, pointing to left ventricular assist devices (LVADs), which support the heart’s main pumping chamber.\n"
          "Kuśmierczyk said he has implanted the HeartMate 3 LVAD for a decade in patients with advanced heart failure dominated by left-ventricle weakness.\n"
          "Until recently, such pumps were mainly used as a “bridge to transplant,” helping patients survive while they waited for a donor heart.\n"
          "Kuśmierczyk said that since 2024 these devices have also been implanted in people who cannot receive a transplant, including patients with current or past cancer, or older patients, typically over 70."),
    entities=[("kusmierczyk", "Mariusz Kuśmierczyk", "PERSON",
               ["Kuśmierczyk", "Prof. Mariusz Kuśmierczyk", "Polish surgeon", "a Warsaw surgeon"],
               "cardiac surgeon and transplant specialist at the Medical University of Warsaw")],
    mentions=[("m1", "Polish surgeon", "kusmierczyk"),
              ("m2", "a Warsaw surgeon", "kusmierczyk"),
              ("m3", "Prof. Mariusz Kuśmierczyk, a cardiac surgeon and transplant specialist at the Medical University of Warsaw", "kusmierczyk"),
              ("m4", ("Kuśmierczyk", "Kuśmierczyk said two"), "kusmierczyk"),
              ("m5", ("Kuśmierczyk", "Kuśmierczyk said that pig"), "kusmierczyk"),
              ("m6", ("he", "he said, have"), "kusmierczyk"),
              ("m7", ("He", "He described"), "kusmierczyk"),
              ("m8", ("Kuśmierczyk", "Kuśmierczyk said he has"), "kusmierczyk"),
              ("m9", ("Kuśmierczyk", "Kuśmierczyk said that since"), "kusmierczyk")],
    attributions=[("a1", "INDIRECT", "m1", "says", "Heart pumps could rival transplants within a decade", None),
                  ("a2", "INDIRECT", "m2", ("said", "has said"),
                   seg(T, "Mechanical heart pumps", "as donor shortages persist"), None),
                  ("a3", "INDIRECT", "m3", "according to", seg(T, "Heart transplants remain", "still far too small"), None),
                  ("a4", "INDIRECT", "m4", ("said", "Kuśmierczyk said two"),
                   seg(T, "two technologies are moving", "a genetically modified pig"), None),
                  ("a5", "INDIRECT", "m5", ("said", "Kuśmierczyk said that pig"),
                   "pig-heart transplants in humans have been performed for only around four years", None),
                  ("a6", "INDIRECT", "m6", ("said", "he said, have"),
                   "Better outcomes, he said, have been reported in patients who received pig kidneys", None),
                  ("a7", "INDIRECT", "m7", "described", "mechanical devices as more promising in the near term", None),
                  ("a8", "INDIRECT", "m7", "pointing to",
                   "left ventricular assist devices (LVADs), which support the heart’s main pumping chamber", None),
                  ("a9", "INDIRECT", "m8", ("said", "Kuśmierczyk said he has"),
                   seg(T, "he has implanted the HeartMate", "left-ventricle weakness"), None),
                  ("a10", "INDIRECT", "m9", ("said", "Kuśmierczyk said that since"),
                   seg(T, "since 2024 these devices", "typically over 70"), None)])

# ---------------------------------------------------------------------------------------
doc("oneuz-tokayev-parliamentary-reform-claims",
    url="https://one.uz/en/news/world/29225-tokayev-denied-allegations-about-parliamentary-reforms.html",
    outlet="One.uz", country="Uzbekistan", topic="politics", cut=False,
    text=(T := "Tokayev rejected claims about parliamentary reforms\n"
          "Tokayev denied claims about parliamentary reforms\n"
          "Parliamentary reform is ongoing in Kazakhstan. This was reported by Zamin.uz.\n"
          "During this process, some experts suggested that by strengthening the powers of the parliamentary speaker, President Kassym-Jomart Tokayev is being prepared to take that position in the future. However, the president denied such claims.\n"
          "In an interview with the “Turkistan” newspaper on January 5, 2026, Tokayev called these ideas unfounded and emphasized that such assumptions contradict his political principles. According to him, Kazakhstan will remain a state based on presidential governance.\n"
          "Tokayev stated that even before assuming the presidency, he advocated the principle of “Strong president – influential parliament – accountable government.” He specifically noted that changing the state system for personal gain would be irresponsible.\n"
          "Furthermore, the president stressed that all important reforms, including changes related to the parliament, will only be adopted through a nationwide referendum. He also noted that there is no basis for searching for a “hidden plan” behind the parliamentary reforms.\n"
          "According to official sources, 2026 will be a new stage of modernization for Kazakhstan. This year has been declared the “Year of Digitalization and Artificial Intelligence.”\n"
          "Additionally, constitutional reforms are also expected to be of significant importance."),
    entities=[("tokayev", "Kassym-Jomart Tokayev", "PERSON",
               ["Tokayev", "President Kassym-Jomart Tokayev", "the president"], "President of Kazakhstan"),
              ("zamin", "Zamin.uz", "ORGANIZATION", [], "news website"),
              ("experts", "some experts", "GROUP", [], None),
              ("sources", "official sources", "GROUP", [], None)],
    mentions=[("m1", ("Tokayev", "Tokayev rejected"), "tokayev"),
              ("m2", ("Tokayev", "Tokayev denied"), "tokayev"),
              ("m3", "Zamin.uz", "zamin"),
              ("m4", "some experts", "experts"),
              ("m5", "President Kassym-Jomart Tokayev", "tokayev"),
              ("m6", ("the president", "the president denied"), "tokayev"),
              ("m7", ("Tokayev", "Tokayev called"), "tokayev"),
              ("m8", ("him", "According to him"), "tokayev"),
              ("m9", ("Tokayev", "Tokayev stated"), "tokayev"),
              ("m10", ("he", "he advocated"), "tokayev"),
              ("m11", ("He", "He specifically"), "tokayev"),
              ("m12", ("the president", "the president stressed"), "tokayev"),
              ("m13", ("He", "He also noted"), "tokayev"),
              ("m14", "official sources", "sources")],
    attributions=[("a1", "INDIRECT", "m1", "rejected", ("claims about parliamentary reforms", "Tokayev rejected"), None),
                  ("a2", "INDIRECT", None, ("claims", "rejected claims"), ("parliamentary reforms", "Tokayev rejected"), "a1"),
                  ("a3", "INDIRECT", "m2", ("denied", "Tokayev denied"), ("claims about parliamentary reforms", "Tokayev denied"), None),
                  ("a4", "INDIRECT", None, ("claims", "denied claims"), ("parliamentary reforms", "Tokayev denied"), "a3"),
                  ("a5", "INDIRECT", "m3", ("reported", "was reported by"), "Parliamentary reform is ongoing in Kazakhstan", None),
                  ("a6", "INDIRECT", "m4", "suggested", seg(T, "by strengthening the powers", "position in the future"), None),
                  ("a7", "INDIRECT", "m6", ("denied", "president denied"), "such claims", None),
                  ("a8", "INDIRECT", "m7", "called", "these ideas unfounded", None),
                  ("a9", "INDIRECT", "m7", "emphasized", "such assumptions contradict his political principles", None),
                  ("a10", "INDIRECT", "m8", ("According to", "According to him"), "Kazakhstan will remain a state based on presidential governance", None),
                  ("a11", "MIXED", "m9", "stated", seg(T, "even before assuming the presidency", "accountable government.”"), None),
                  ("a12", "MIXED", "m10", "advocated", seg(T, "the principle of “Strong", "accountable government.”"), "a11"),
                  ("a13", "INDIRECT", "m11", ("noted", "specifically noted"),
                   "changing the state system for personal gain would be irresponsible", None),
                  ("a14", "INDIRECT", "m12", "stressed", seg(T, "all important reforms", "a nationwide referendum"), None),
                  ("a15", "MIXED", "m13", ("noted", "also noted"),
                   "there is no basis for searching for a “hidden plan” behind the parliamentary reforms", None),
                  ("a16", "INDIRECT", "m14", ("According to", "According to official"),
                   "2026 will be a new stage of modernization for Kazakhstan", None),
                  ("a17", "MIXED", None, "declared", "the “Year of Digitalization and Artificial Intelligence.”", None),
                  ("a18", "INDIRECT", None, "expected", "to be of significant importance", None)])

# ---------------------------------------------------------------------------------------
doc("kuensel-bhutan-interim-coach-pema-hong-kong",
    url="https://kuenselonline.com/we-will-not-take-any-chances-hk-coach/",
    outlet="Kuensel", country="Bhutan", topic="sport", cut=True,
    text=(T := "Bhutanese side in new hands, expects a better game against HK in the return leg\n"
          "Football: Led by a new coach and new skipper, Bhutan is all poised to take on Hong Kong, at the Changlimithang stadium today.\n"
          "The interim head coach, Pema served as the assistant coach during the qualification rounds till date. He took over the team soon after the premature departure of the head coach Norio Tsukitate following a controversy with the manager in the game against Maldives.\n"
          "During the pre-match press conference yesterday, Pema said taking charge of the national team in the middle of the big tournament has put immense pressure on him. “Within four days, I cannot change the techniques and the system, all I can do is make the team work harder.” He said that the team has been preparing well for the game and all the players are in form.\n"
          "“We have analysed the game against Hong Kong and most probably we are going for a defensive approach this time. I hope the game will be much better than it was at Hong Kong,” he said.\n"
          "This is exactly the former coach Norio Tsukitate, who left the country yesterday morning, did not want from the team.\n"
          "Speaking to Kuensel the night before he left, the former coach said he did not want a win by playing defensive game although his intention in every game was to win.\n"
          "“They (players) lacked basic techniques and winning a game by always taking a defensive approach will not improve the players,” he said adding the young players have the skills, which could be honed with more practice. The former coach said that he was building the team for the future from scratch.\n"
          "However, the new skipper, Karun Gurung, is positive that the new coach would take the team in the right direction. “Within few days the coach may not be able to bring much change in the team and the players also cannot adapt to the change, but I’m sure the enthusiasm, coach Pema brings, would surely motivate the players.”"),
    entities=[("bhutan", "Bhutanese side", "GROUP", ["Bhutan", "the national team", "the team"],
               "Bhutan national football team"),
              ("pema", "Pema", "PERSON",
               ["The interim head coach, Pema", "coach Pema", "a new coach", "the new coach"],
               "interim head coach of Bhutan"),
              ("tsukitate", "Norio Tsukitate", "PERSON",
               ["the head coach Norio Tsukitate", "the former coach Norio Tsukitate", "the former coach", "Tsukitate"],
               "former head coach of Bhutan"),
              ("gurung", "Karun Gurung", "PERSON", ["the new skipper, Karun Gurung", "new skipper", "the new skipper"],
               "Bhutan captain")],
    mentions=[("m1", "Bhutanese side", "bhutan"),
              ("m2", "a new coach", "pema"),
              ("m3", ("new skipper", "and new skipper"), "gurung"),
              ("m4", ("Bhutan", "Bhutan is all poised"), "bhutan"),
              ("m5", "The interim head coach, Pema", "pema"),
              ("m6", ("He", "He took over"), "pema"),
              ("m7", ("the team", "took over the team"), "bhutan"),
              ("m8", "the head coach Norio Tsukitate", "tsukitate"),
              ("m9", ("Pema", "Pema said taking"), "pema"),
              ("m10", "the national team", "bhutan"),
              ("m11", ("the team", "make the team"), "bhutan"),
              ("m12", ("He", "He said that the team"), "pema"),
              ("m13", ("the team", "the team has been"), "bhutan"),
              ("m14", ("he", "Hong Kong,” he said"), "pema"),
              ("m15", "the former coach Norio Tsukitate", "tsukitate"),
              ("m16", ("the team", "from the team"), "bhutan"),
              ("m17", ("the former coach", "the former coach said he"), "tsukitate"),
              ("m18", ("he", "he said adding"), "tsukitate"),
              ("m19", ("The former coach", "The former coach said that"), "tsukitate"),
              ("m20", ("the team", "building the team"), "bhutan"),
              ("m21", "the new skipper, Karun Gurung", "gurung"),
              ("m22", ("the new coach", "that the new coach"), "pema"),
              ("m23", ("the team", "take the team"), "bhutan"),
              ("m24", ("the coach", "Within few days the coach"), "pema"),
              ("m25", ("the team", "change in the team"), "bhutan"),
              ("m26", "coach Pema", "pema")],
    attributions=[("a1", "INDIRECT", "m1", "expects", "a better game against HK in the return leg", None),
                  ("a2", "INDIRECT", "m9", ("said", "Pema said taking"),
                   seg(T, "taking charge of the national team", "immense pressure on him"), None),
                  ("a3", "DIRECT", "m9", None,
                   "Within four days, I cannot change the techniques and the system, all I can do is make the team work harder.", None),
                  ("a4", "INDIRECT", "m12", ("said", "He said that the team"),
                   "the team has been preparing well for the game and all the players are in form", None),
                  ("a5", "DIRECT", "m14", ("said", "Hong Kong,” he said"),
                   seg(T, "We have analysed the game", "it was at Hong Kong,"), None),
                  ("a6", "INDIRECT", "m17", ("said", "the former coach said he"),
                   "he did not want a win by playing defensive game although his intention in every game was to win", None),
                  ("a7", "DIRECT", "m18", ("said", "he said adding"),
                   seg(T, "They (players) lacked", "will not improve the players,"), None),
                  ("a8", "INDIRECT", "m18", "adding", "the young players have the skills, which could be honed with more practice", None),
                  ("a9", "INDIRECT", "m19", ("said", "The former coach said that"),
                   "he was building the team for the future from scratch", None),
                  ("a10", "INDIRECT", "m21", "positive", "the new coach would take the team in the right direction", None),
                  ("a11", "DIRECT", "m21", None, seg(T, "Within few days the coach", "motivate the players."), None)])

# ---------------------------------------------------------------------------------------
doc("romaniainsider-telekom-elsner-5g-competitors",
    url="https://www.romania-insider.com/telekom-competitors-dissapoint-5g",
    outlet="Romania Insider", country="Romania", topic="technology", cut=False,
    published="2019-11-14",
    text=(T := "Telekom Romania official says competitors only “disappoint” clients with 5G technology\n"
          "Orange, Vodafone and Digi, who have just “few” 5G antennas that cover only “0.x%” of Romania’s territory with 5G signal and sell just a few compatible devices only disappoint their clients when communicating to them that they bring them the future, said Andreas Elsner, Commercial Director on the Consumer segment at Telekom Romania, Ziarul Financiar reported.\n"
          "He also believes that the 5G services are not relevant for mass market segment, which is very well served by the current 4G networks.\n"
          "“Here and now, when we talk about mass market, what do people do? Most probably, like me and you: messages, social media and video. We have tested a 5G phone of a local operator and compared it to our 4G network. We have watched 4K videos, checked how long it takes to load those videos and noticed no difference,” Elsner explained.\n"
          "He added that Telekom would launch a 5G campaign when such a campaign would be truly relevant for the market.\n"
          "“By communicating such innovations to soon and not fulfilling the promises made, many clients will be disappointed,” the Telekom representative added."),
    entities=[("elsner", "Andreas Elsner", "PERSON",
               ["Elsner", "Telekom Romania official", "the Telekom representative",
                "Andreas Elsner, Commercial Director on the Consumer segment at Telekom Romania"],
               "Commercial Director, Consumer segment, Telekom Romania"),
              ("rivals", "Orange, Vodafone and Digi", "GROUP", ["competitors"], "Telekom Romania's competitors"),
              ("zf", "Ziarul Financiar", "ORGANIZATION", [], "Romanian business daily")],
    mentions=[("m1", "Telekom Romania official", "elsner"),
              ("m2", ("competitors", "says competitors"), "rivals"),
              ("m3", "Orange, Vodafone and Digi", "rivals"),
              ("m4", "Andreas Elsner, Commercial Director on the Consumer segment at Telekom Romania", "elsner"),
              ("m5", "Ziarul Financiar", "zf"),
              ("m6", ("He", "He also believes"), "elsner"),
              ("m7", ("Elsner", "Elsner explained"), "elsner"),
              ("m8", ("He", "He added"), "elsner"),
              ("m9", "the Telekom representative", "elsner")],
    attributions=[("a1", "MIXED", "m1", "says", "competitors only “disappoint” clients with 5G technology", None),
                  ("a2", "MIXED", "m5", "reported", seg(T, "Orange, Vodafone and Digi, who", "segment at Telekom Romania"), None),
                  ("a3", "MIXED", "m4", ("said", "future, said"), seg(T, "Orange, Vodafone and Digi, who", "bring them the future"), "a2"),
                  ("a4", "INDIRECT", "m3", ("communicating", "when communicating"), "they bring them the future", "a3"),
                  ("a5", "INDIRECT", "m6", "believes",
                   "the 5G services are not relevant for mass market segment, which is very well served by the current 4G networks", None),
                  ("a6", "DIRECT", "m7", "explained", seg(T, "Here and now, when", "noticed no difference,"), None),
                  ("a7", "INDIRECT", "m8", ("added", "He added"),
                   "Telekom would launch a 5G campaign when such a campaign would be truly relevant for the market", None),
                  ("a8", "DIRECT", "m9", ("added", "representative added"),
                   "By communicating such innovations to soon and not fulfilling the promises made, many clients will be disappointed,", None)])

# ---------------------------------------------------------------------------------------
doc("laotribune-kpl-hunan-investment-laos",
    url="https://laotribune.com/chinese-businessmen-seek-to-increase-investment-in-laos/",
    outlet="Lao Tribune (Lao News Agency)", country="Laos", topic="business", cut=False,
    text=(T := "Chinese Businessmen Seek to Increase Investment in Laos\n"
          "Over 70 Chinese businessmen and representatives of companies and enterprises are seeking market opportunities in Laos to increase trade and investment between Laos and Hunan Province, China.\n"
          "They met with Lao government officials on Wednesday in Vientiane in the presence of the Deputy Minister of Planning and Investment Khamlien Pholsena, and Minister of the Hunan Chinese Communist Party Provincial United Front Work Department Ms Huang Lanxiang.\n"
          "“The meeting is very important for both the Lao government and businessmen from Hunan because this forum will provide them an opportunity to discuss issues and join hands to create business cooperation and partnerships,” said Mr Khamlien Pholsena.\n"
          "“This meeting is significant for Laos and Hunan Province, China to increase cooperation in economics, trade, agriculture, investment and tourism between the two countries under theme ‘One Belt One Road’,” said Mr Khamlien.\n"
          "Recently, China’s investment in Laos reached almost US$6.5 billion, particularly in industry, agriculture, mining and servicew, according to Mr Khamlien.\n"
          "China ranks as the biggest investor in Laos and the second biggest trading partner.\n"
          "Ms Huang Lanxiang added that, “There are over 100,000 people from Hunan currently living and investing in Laos.”\n"
          "“Last year, Hunan opened direct flights between Vientiane and Zhangshan to promote better relations and facilitate communication between the people of the two countries,” said Ms Huang.\n"
          "“Over 164 Chinese companies have invested in Laos worth a total of over US$1 billion. BeerLao, rice, and Lao coffee are all popular in the Hunan market,” added Ms Huang."),
    entities=[("khamlien", "Khamlien Pholsena", "PERSON",
               ["Mr Khamlien Pholsena", "Mr Khamlien", "Khamlien",
                "the Deputy Minister of Planning and Investment Khamlien Pholsena"],
               "Lao Deputy Minister of Planning and Investment"),
              ("huang", "Huang Lanxiang", "PERSON",
               ["Ms Huang Lanxiang", "Ms Huang", "Huang",
                "Minister of the Hunan Chinese Communist Party Provincial United Front Work Department Ms Huang Lanxiang"],
               "Minister of the Hunan CPC Provincial United Front Work Department")],
    mentions=[("m1", "the Deputy Minister of Planning and Investment Khamlien Pholsena", "khamlien"),
              ("m2", "Minister of the Hunan Chinese Communist Party Provincial United Front Work Department Ms Huang Lanxiang", "huang"),
              ("m3", "Mr Khamlien Pholsena", "khamlien"),
              ("m4", ("Mr Khamlien", "said Mr Khamlien.\n"), "khamlien"),
              ("m5", ("Mr Khamlien", "according to Mr Khamlien"), "khamlien"),
              ("m6", ("Ms Huang Lanxiang", "Ms Huang Lanxiang added"), "huang"),
              ("m7", ("Ms Huang", "said Ms Huang"), "huang"),
              ("m8", ("Ms Huang", "added Ms Huang"), "huang")],
    attributions=[("a1", "DIRECT", "m3", ("said", "said Mr Khamlien Pholsena"),
                   seg(T, "The meeting is very important", "cooperation and partnerships,"), None),
                  ("a2", "DIRECT", "m4", ("said", "said Mr Khamlien.\n"),
                   seg(T, "This meeting is significant", "‘One Belt One Road’,"), None),
                  ("a3", "INDIRECT", "m5", "according to", seg(T, "Recently, China’s investment", "mining and servicew"), None),
                  ("a4", "DIRECT", "m6", ("added", "Lanxiang added"),
                   "There are over 100,000 people from Hunan currently living and investing in Laos.", None),
                  ("a5", "DIRECT", "m7", ("said", "said Ms Huang"),
                   seg(T, "Last year, Hunan opened", "the two countries,"), None),
                  ("a6", "DIRECT", "m8", ("added", "added Ms Huang"),
                   seg(T, "Over 164 Chinese companies", "in the Hunan market,"), None)])

write("test5_c.jsonl")
