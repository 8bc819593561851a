#!/usr/bin/env python3
"""Writes test2_c.jsonl: real-news gold, split test2-c (see gold.py). Run: python3 make_test2_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("lusakatimes-asanovic-iraq-friendly",
    url="https://www.lusakatimes.com/2022/03/19/asanovicchipolopolo-did-its-best/",
    outlet="Lusaka Times", country="Zambia", topic="sport", cut=False,
    published="2022-03-19",
    text=(T := "Asanovic:Chipolopolo Did Its Best\n"
          "Chipolopolo coach Aljosa Asanovic says the home based squad did it’s best despite succumbing to a 3-1 loss to Iraq in Friday evening’s away international friendly match at Al Madina Stadium in Baghdad.\n"
          "The friendly marked Asanovic’s debut match in charge following his appointment in January on a four-year deal.\n"
          "In a post-match interview, Asanovic said his local players gave 100% even though some of them were debutants at the international stage.\n"
          "“After the result of 3-1, no one is happy especially me and my players. What I said after the game, I told my players that they have given 100%. They did their best, but we conceded a goal in 10 minutes which is a penalty which does not exist but anyway it is not an excuse,” he said.\n"
          "“You know after that we conceded another goal through a set piece. From that we scored a goal to make it 2-1 and we went to second half. We changed the formation a bit and introduced new players, we controlled the game, but we were not dangerous,” Asanovic said.\n"
          "Asanovic said the loss to Iraq was a lesson to his team.\n"
          "“Some of the players it was the first time to see the ground with 40, 000 people. We are working hard; we know what we want. The energy I saw today was very good.This is a school for my boys we need more games, we need to find more opponents,” he said.\n"
          "Meanwhile, Zambia has a tentative date against Angola on March 25 in Portugal and a confirmed friendly against Guinea on March 29 in Paris, France."),
    entities=[("asanovic", "Aljosa Asanovic", "PERSON", ["Asanovic"], "Chipolopolo coach")],
    mentions=[("m1", ("Asanovic", "Asanovic:Chipolopolo"), "asanovic"),
              ("m2", "Chipolopolo coach Aljosa Asanovic", "asanovic"),
              ("m3", ("Asanovic", "Asanovic said his local"), "asanovic"),
              ("m4", ("I", "I told my players"), "asanovic"),
              ("m5", ("he", "excuse,” he said"), "asanovic"),
              ("m6", ("Asanovic", "dangerous,” Asanovic said"), "asanovic"),
              ("m7", ("Asanovic", "Asanovic said the loss"), "asanovic"),
              ("m8", ("he", "opponents,” he said"), "asanovic")],
    attributions=[("a1", "INDIRECT", "m1", None, "Chipolopolo Did Its Best", None),
                  ("a2", "INDIRECT", "m2", "says", "the home based squad did it’s best despite succumbing to a 3-1 loss to Iraq in Friday evening’s away international friendly match at Al Madina Stadium in Baghdad", None),
                  ("a3", "INDIRECT", "m3", ("said", "Asanovic said his local"), "his local players gave 100% even though some of them were debutants at the international stage", None),
                  ("a4", "DIRECT", "m5", ("said", "excuse,” he said"), seg(T, "After the result of 3-1", "not an excuse,"), None),
                  ("a5", "INDIRECT", "m4", "told", "they have given 100%", "a4"),
                  ("a6", "DIRECT", "m6", ("said", "dangerous,” Asanovic said"), seg(T, "You know after that", "not dangerous,"), None),
                  ("a7", "INDIRECT", "m7", ("said", "Asanovic said the loss"), "the loss to Iraq was a lesson to his team", None),
                  ("a8", "DIRECT", "m8", ("said", "opponents,” he said"), seg(T, "Some of the players it was", "more opponents,"), None)])

# ---------------------------------------------------------------------------------------
doc("dnaindia-kohli-broader-smile",
    url="http://www.dnaindia.com/sport/report-indvaus-virat-kohli-didn-t-look-happy-after-beating-aussies-and-the-reason-is-whistle-worthy-2372088",
    outlet="DNA India", country="India", topic="sport", cut=False,
    text=(T := "#INDvAUS: Virat Kohli didn't look happy after beating Aussies and the reason is WHISTLE WORTHY\n"
          "India captain Virat Kohli on Tuesday said that he would wear a 'broader smile' on his face once the current team conquers an overseas season.\n"
          "India captain Virat Kohli on Tuesday said that he would wear a 'broader smile' on his face once the current team conquers an overseas season.\n"
          "Asked why he does not look happy even after 10 wins in 13 Tests over India's longest home season in recent times, the skipper replied, \"It is a classic case of understanding that this is not the end of anything.\"\n"
          "\"No need to get over excited with whatever we have done. We are very happy with No 1 ranking in the world but our main challenge begins now. If we can conquer the overseas season, that's when you will see a broader smile on my face when I sit down for the press conference.\"\n"
          "For Kohli, the biggest gain has been building a team for the future with all these wins at home. \"It is a very proud moment. Playing good cricket all season, especially in the home season, we dominated all of it. It was very important for a young side to do so and build a team for the future so that we can give such performances consistently. That we did in this whole season and it was important how we responded to difficult situations.\"\n"
          "Kohli also acknowledged the hard yards put in by the support staff in team's success. \"The credit goes to all of them, support staff s role is not highlighted much but their contribution is nearly 40 percent because they handle the players' mindset and their skills and working hard with them, giving them good feedback, so these are important things. So this is a team effort, rather this is a squad effort because it involves everyone. Credit goes to everyone in this squad.\""),
    entities=[("kohli", "Virat Kohli", "PERSON", ["Kohli", "the skipper"], "India captain")],
    mentions=[("m1", ("Virat Kohli", "#INDvAUS"), "kohli"),
              ("m2", ("India captain Virat Kohli", "WORTHY\nIndia captain"), "kohli"),
              ("m3", ("India captain Virat Kohli", "season.\nIndia captain"), "kohli"),
              ("m4", "the skipper", "kohli"),
              ("m5", ("Kohli", "For Kohli"), "kohli"),
              ("m6", ("Kohli", "Kohli also acknowledged"), "kohli")],
    attributions=[("a1", "MIXED", "m2", ("said", "WORTHY\nIndia captain"), ("he would wear a 'broader smile' on his face once the current team conquers an overseas season", "WORTHY\nIndia captain"), None),
                  ("a2", "MIXED", "m3", ("said", "season.\nIndia captain"), ("he would wear a 'broader smile' on his face once the current team conquers an overseas season", "season.\nIndia captain"), None),
                  ("a3", "DIRECT", "m4", "replied", "It is a classic case of understanding that this is not the end of anything.", None),
                  ("a4", "DIRECT", "m4", None, seg(T, "No need to get over excited", "for the press conference."), None),
                  ("a5", "DIRECT", "m4", None, seg(T, "It is a very proud moment.", "to difficult situations."), None),
                  ("a6", "INDIRECT", "m6", "acknowledged", "the hard yards put in by the support staff in team's success", None),
                  ("a7", "DIRECT", "m6", None, seg(T, "The credit goes to all of them", "everyone in this squad."), None)])

# ---------------------------------------------------------------------------------------
doc("todayfm-kenny-prime-time-criticism",
    url="https://www.todayfm.com/news/taoiseach-brushes-off-prime-time-complaints-387777",
    outlet="Today FM", country="Ireland", topic="politics", cut=True,
    published="2015-02-21",
    text=(T := "Taoiseach brushes off Prime Time complaints\n"
          "The Taoiseach has brushed off criticism of a TV interview earlier this week.\n"
          "Opposition parties accused Enda Kenny of failing to answer questions put to him in a rare appearance on RTE's Prime Time on Thursday night.\n"
          "The Taoiseach faced particular criticism for refusing to say whether he had been called back to give further evidence to the Fennelly Commission.\n"
          "He also refused to say whether Ireland had asked other Eurozone countries for a write-down of its bailout debts after his election in 2011.\n"
          "But Enda Kenny says he's not bothered by the criticism.\n"
          "\"There are always people who will take their own views, as they're entitled to, about performances on television at any one time,\" he said to reporters at his party's national conference in Castlebar.\n"
          "\"It's a bit like football - sometimes games you play very good, some games you don't. At the end of the day it's the result that matters.\"\n"
          "The Taoiseach also confirmed that he had spoken to finance minister Michael Noonan about his recent health concerns, including surgery on his eye last weekend.\n"
          "\"I'm very happy with Michael Noonan, he has been a really sold anchor to this government - in particular in bringing both respect and trust to the finance portfolio,\" he said.\n"
          "The Taoiseach also said the government had not yet ruled out seeking a bank deal from the Eurozone's bailout fund, despite earlier comments from Minister Noonan that the state was set to make a profit on its €30 billion investments in AIB, Bank of Ireland and Permanent TSB."),
    entities=[("kenny", "Enda Kenny", "PERSON", ["Kenny", "The Taoiseach"], "Taoiseach"),
              ("opposition", "Opposition parties", "GROUP", []),
              ("noonan", "Michael Noonan", "PERSON", ["Noonan", "Minister Noonan", "finance minister Michael Noonan"], "Minister for Finance")],
    mentions=[("m1", ("Taoiseach", "Taoiseach brushes"), "kenny"),
              ("m2", ("The Taoiseach", "The Taoiseach has brushed"), "kenny"),
              ("m3", "Opposition parties", "opposition"),
              ("m4", ("Enda Kenny", "accused Enda Kenny"), "kenny"),
              ("m5", ("The Taoiseach", "The Taoiseach faced"), "kenny"),
              ("m6", ("He", "He also refused"), "kenny"),
              ("m7", ("Enda Kenny", "But Enda Kenny"), "kenny"),
              ("m8", ("he", "he said to reporters"), "kenny"),
              ("m9", ("The Taoiseach", "The Taoiseach also confirmed"), "kenny"),
              ("m10", "finance minister Michael Noonan", "noonan"),
              ("m11", ("Michael Noonan", "happy with Michael Noonan"), "noonan"),
              ("m12", ("he", "portfolio,\" he said"), "kenny"),
              ("m13", ("The Taoiseach", "The Taoiseach also said"), "kenny"),
              ("m14", "Minister Noonan", "noonan")],
    attributions=[("a1", "INDIRECT", "m1", "brushes off", "Prime Time complaints", None),
                  ("a2", "INDIRECT", "m2", "brushed off", "criticism of a TV interview earlier this week", None),
                  ("a3", "INDIRECT", "m3", "accused", "Enda Kenny of failing to answer questions put to him in a rare appearance on RTE's Prime Time on Thursday night", None),
                  ("a4", "INDIRECT", "m5", "refusing to say", "whether he had been called back to give further evidence to the Fennelly Commission", None),
                  ("a5", "INDIRECT", "m6", "refused to say", "whether Ireland had asked other Eurozone countries for a write-down of its bailout debts after his election in 2011", None),
                  ("a6", "INDIRECT", "m7", "says", "he's not bothered by the criticism", None),
                  ("a7", "DIRECT", "m8", ("said", "he said to reporters"), "There are always people who will take their own views, as they're entitled to, about performances on television at any one time,", None),
                  ("a8", "DIRECT", "m8", None, seg(T, "It's a bit like football", "the result that matters."), None),
                  ("a9", "INDIRECT", "m9", "confirmed", "he had spoken to finance minister Michael Noonan about his recent health concerns, including surgery on his eye last weekend", None),
                  ("a10", "DIRECT", "m12", ("said", "portfolio,\" he said"), seg(T, "I'm very happy with Michael Noonan", "the finance portfolio,"), None),
                  ("a11", "INDIRECT", "m13", ("said", "The Taoiseach also said"), "the government had not yet ruled out seeking a bank deal from the Eurozone's bailout fund", None),
                  ("a12", "INDIRECT", "m14", "comments", "the state was set to make a profit on its €30 billion investments in AIB, Bank of Ireland and Permanent TSB", None)])

# ---------------------------------------------------------------------------------------
doc("coastweek-xinhua-tanzania-malaria-decline",
    url="http://coastweek.com/4117-focus-03.htm",
    outlet="Coastweek", country="Kenya", topic="health-science", cut=False,
    text=(T := "Malaria in Tanzania in sharp decline, statistics bureau says\n"
          "ARUSHA, Tanzania, (Xinhua) -- The prevalence of the malaria disease in Tanzania has gone down by almost half in the past three years, a senior official said on Wednesday.\n"
          "According to the latest research figures on the disease of the National Bureau of Statistics (NBS), the prevalence rate dropped from 14.4 percent in 2015 to 7.3 percent in 2017.\n"
          "Albina Chuwa, NBS director general revealed this during the formal launch of the 2017 Tanzania Malaria Indicator Survey (2017 TMIS) report as part of the International Malaria Day commemoration held in western Tanzania’s region of Kigoma.\n"
          "The survey was implemented by NBS and the Chief Government Statistician’s office in Zanzibar, in collaboration with the health ministries of both the Mainland and Zanzibar.\n"
          "The 2017 TMIS report incorporates assessments of the level of ownership and use of mosquito nets in the country and coverage of intermittent preventive malaria treatments for pregnant women.\n"
          "It also identifies various treatment practices including the use of specific anti-malarial medications for children aged 6 to 59 months and measures the prevalence of the disease along with anaemia among children of this age group.\n"
          "Ummy Mwalimu, Tanzania’s Minister for Health, Community Development, Gender, Elderly and Children, cited regions with the highest rates of malaria infections especially among children aged below five years as Kigoma (leading with 24.4 percent), Geita (17.3 percent), Kagera (15.4 percent), and Tabora (14.8 percent).\n"
          "Arusha, Kilimanjaro, Manyara, Njombe, Songwe, Dodoma and Songwe regions have the lowest rate of infections with less than one percent each, Mwalimu said.\n"
          "“As a nation and a society, we should continue to join hands in fighting malaria, especially for the sake of young children and expectant mothers,” said the minister."),
    entities=[("nbs", "National Bureau of Statistics", "ORGANIZATION", ["NBS", "statistics bureau", "the National Bureau of Statistics (NBS)"]),
              ("chuwa", "Albina Chuwa", "PERSON", ["Chuwa", "a senior official"], "NBS director general"),
              ("mwalimu", "Ummy Mwalimu", "PERSON", ["Mwalimu", "the minister"], "Tanzania's Minister for Health, Community Development, Gender, Elderly and Children")],
    mentions=[("m1", "statistics bureau", "nbs"),
              ("m2", "a senior official", "chuwa"),
              ("m3", "the National Bureau of Statistics (NBS)", "nbs"),
              ("m4", "Albina Chuwa, NBS director general", "chuwa"),
              ("m5", ("NBS", "implemented by NBS"), "nbs"),
              ("m6", "Ummy Mwalimu, Tanzania’s Minister for Health, Community Development, Gender, Elderly and Children", "mwalimu"),
              ("m7", ("Mwalimu", "Mwalimu said"), "mwalimu"),
              ("m8", "the minister", "mwalimu")],
    attributions=[("a1", "INDIRECT", "m1", "says", "Malaria in Tanzania in sharp decline", None),
                  ("a2", "INDIRECT", "m2", ("said", "official said"), "The prevalence of the malaria disease in Tanzania has gone down by almost half in the past three years", None),
                  ("a3", "INDIRECT", "m3", "According to", "the prevalence rate dropped from 14.4 percent in 2015 to 7.3 percent in 2017", None),
                  ("a4", "INDIRECT", "m4", "revealed", ("this", "revealed this"), None),
                  ("a5", "INDIRECT", "m6", "cited", "regions with the highest rates of malaria infections especially among children aged below five years as Kigoma (leading with 24.4 percent), Geita (17.3 percent), Kagera (15.4 percent), and Tabora (14.8 percent)", None),
                  ("a6", "INDIRECT", "m7", ("said", "Mwalimu said"), "Arusha, Kilimanjaro, Manyara, Njombe, Songwe, Dodoma and Songwe regions have the lowest rate of infections with less than one percent each", None),
                  ("a7", "DIRECT", "m8", ("said", "said the minister"), "As a nation and a society, we should continue to join hands in fighting malaria, especially for the sake of young children and expectant mothers,", None)])

# ---------------------------------------------------------------------------------------
doc("globaltimes-zambia-cholera-contained",
    url="http://www.globaltimes.cn/content/1141151.shtml",
    outlet="Global Times", country="China", topic="health-science", cut=False,
    published="2019-03-06",
    text=(T := "Zambia contains fresh cholera outbreak\n"
          "Health authorities in Zambia on Wednesday said they have managed to contain a fresh outbreak of cholera in Lusaka, the country's capital.\n"
          "Minister of Health Chitalu Chilufya said the capital recorded seven fresh cholera outbreaks in January and February this year but added that quick response from health officials averted the waterborne disease from escalating.\n"
          "He told reporters during a press briefing that the capital has not recorded any new cases in the last 19 days, an indication that the outbreak was over.\n"
          "He said no deaths were recorded during the current fresh outbreak.\n"
          "He thanked health officials as well as other partners, for responding quickly and for putting in place measures to contain the new outbreak.\n"
          "The Zambian minister however said despite the new outbreak being contained, risks of an outbreak still exist and called for concerted efforts to tackle factors that may fuel the outbreak such as indiscriminate disposal of waste, drinking contaminated water and eating contaminated foods.\n"
          "Zambia experienced a cholera outbreak from August 2017 to June 2018 which killed 114 people and made more than 5,000 others sick."),
    entities=[("authorities", "Health authorities in Zambia", "GROUP", []),
              ("chilufya", "Chitalu Chilufya", "PERSON", ["Chilufya", "The Zambian minister"], "Minister of Health")],
    mentions=[("m1", "Health authorities in Zambia", "authorities"),
              ("m2", "Minister of Health Chitalu Chilufya", "chilufya"),
              ("m3", ("He", "He told"), "chilufya"),
              ("m4", ("He", "He said"), "chilufya"),
              ("m5", ("He", "He thanked"), "chilufya"),
              ("m6", "The Zambian minister", "chilufya")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Wednesday said"), "they have managed to contain a fresh outbreak of cholera in Lusaka, the country's capital", None),
                  ("a2", "INDIRECT", "m2", ("said", "Chilufya said"), "the capital recorded seven fresh cholera outbreaks in January and February this year", None),
                  ("a3", "INDIRECT", "m2", "added", "quick response from health officials averted the waterborne disease from escalating", None),
                  ("a4", "INDIRECT", "m3", "told", "the capital has not recorded any new cases in the last 19 days, an indication that the outbreak was over", None),
                  ("a5", "INDIRECT", "m4", ("said", "He said"), "no deaths were recorded during the current fresh outbreak", None),
                  ("a6", "INDIRECT", "m5", "thanked", "health officials as well as other partners, for responding quickly and for putting in place measures to contain the new outbreak", None),
                  ("a7", "INDIRECT", "m6", ("said", "however said"), "despite the new outbreak being contained, risks of an outbreak still exist", None),
                  ("a8", "INDIRECT", "m6", "called for", "concerted efforts to tackle factors that may fuel the outbreak such as indiscriminate disposal of waste, drinking contaminated water and eating contaminated foods", None)])

# ---------------------------------------------------------------------------------------
doc("nationcymru-cardiff-councillors-abuse",
    url="https://nation.cymru/news/councillors-in-cardiff-reveal-shocking-level-of-abuse-they-face/",
    outlet="Nation.Cymru", country="UK", topic="local", cut=True,
    published="2022-06-23",
    text=(T := "Councillors in Cardiff reveal shocking level of abuse they face\n"
          "Councillors in Cardiff have opened up on the shocking abuse they face in their roles as elected representatives.\n"
          "In a discussion on whether councillors should publicise their home address, members of Cardiff Council’s Standards and Ethics Committee revealed some of the abuse aimed at them.\n"
          "Having her car “kicked in”, faeces “rubbed into the house” and a delivery of dead flowers are just some of the ordeals one Cardiff Council member, Cllr Jayne Cowan said she has had to face.\n"
          "“The issues have been really significant,” said Cllr Cowan.\n"
          "“I think it was really great to see that on the ballot paper this time people could just choose to put ‘the city of Cardiff’ so they don’t identify where people live.\n"
          "“If members are really concerned about safety issues, they may not want to go into the specific details, but I really think we should err on the side of caution if we can.”\n"
          "The written register of councillors’ interests requires members to declare any interests they have in property, including their own home.\n"
          "Whether they own a home, rent a home or occupy premises under a licence, this usually would usually mean adding the address to the open register of interests on the council’s website.\n"
          "However, there has been increasing concern among members in relation to personal security and disclosing their home address.\n"
          "After discussions between the Welsh Government, council monitoring officers and the ombudsman’s office, the guidance on written interests is that members are still asked for an address.\n"
          "However, this can now be a more general address, with no requirement to include a house name or number."),
    entities=[("councillors", "Councillors in Cardiff", "GROUP", ["members of Cardiff Council’s Standards and Ethics Committee"]),
              ("cowan", "Jayne Cowan", "PERSON", ["Cllr Cowan", "Cllr Jayne Cowan", "Cowan"], "Cardiff Council member")],
    mentions=[("m1", ("Councillors in Cardiff", "Councillors in Cardiff reveal"), "councillors"),
              ("m2", ("Councillors in Cardiff", "Councillors in Cardiff have"), "councillors"),
              ("m3", "members of Cardiff Council’s Standards and Ethics Committee", "councillors"),
              ("m4", "one Cardiff Council member, Cllr Jayne Cowan", "cowan"),
              ("m5", "Cllr Cowan", "cowan")],
    attributions=[("a1", "INDIRECT", "m1", ("reveal", "reveal shocking"), "shocking level of abuse they face", None),
                  ("a2", "INDIRECT", "m2", "opened up", "the shocking abuse they face in their roles as elected representatives", None),
                  ("a3", "INDIRECT", "m3", ("revealed", "revealed some"), "some of the abuse aimed at them", None),
                  ("a4", "MIXED", "m4", ("said", "Cowan said"), seg(T, "Having her car", "has had to face"), None),
                  ("a5", "DIRECT", "m5", ("said", "said Cllr Cowan"), "The issues have been really significant,", None),
                  ("a6", "DIRECT", "m5", None, seg(T, "I think it was really great", "if we can."), None)])

write("test2_c.jsonl")
