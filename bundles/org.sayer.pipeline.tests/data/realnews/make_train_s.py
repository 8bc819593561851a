#!/usr/bin/env python3
"""Writes train_s.jsonl: real-news gold, split train-s (see gold.py). Run: python3 make_train_s.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("tportal-zagorec-supreme-court-jewels",
    url="https://tportal.hr/vijesti/clanak/supreme-court-upholds-zagorec-sentence-for-jewels-theft-20100111",
    outlet="tportal.hr", country="Croatia", topic="courts-crime", cut=True,
    published="2010-01-11",
    text=(T := "Supreme Court upholds Zagorec sentence for jewels theft\n"
          "The Supreme Court has upheld a seven-year prison sentence against retired general Vladimir Zagorec, handed down by the Zagreb County Court for abuse of office and a theft of jewels from a Defence Ministry safe in 2000.\n"
          "The Supreme Court upheld the sentence on November 10, but published thedecision on its website on Monday.\n"
          "A panel of judges presided by Miroslav Sovanj dismissed as groundless theappeal by the prosecution, which asked for a higher prison sentence, and theappeal by the defendant, who asked for an acquittal or a retrial.\n"
          "The penalty envisaged for the felony for which Zagorec was sentenced rangesfrom one to 10 years' imprisonment.\n"
          "Zagorec's attorney Zvonimir Hodak told Hina this was a disgraceful decisionover which they would file a suit at the Constitutional Court and, ifnecessary, the European Court of Human Rights.\n"
          "Hodak said the Supreme Court decision set a precedent, as Zagorec wasconvicted without one piece of physical evidence and on the basis oftestimonies by compromising witnesses.\n"
          "Hodak said the existence of the jewels was not proven at the trial and thatthe main witnesses -- Hrvoje Petrac, Snjezana Siprak and Terezija Barbaric --falsely accused his client for personal reasons.\n"
          "The Supreme Court concluded that Zagorec did abuse office by personallycollecting jewels which German arms dealer Josef Rothaichner brought him in1993 as downpayment for US$ 5 million which the Croatian Defence Ministry gavehim for an arms purchase, but Zagorec did not return the jewels in 2000, whichhe was obliged to do, as he was leaving office as assistant defence minister incharge of arms and equipment procurement.\n"
          "The Supreme Court dismissed the defence argument that the statute oflimitations had set in when the sentence was handed down in March 2009."),
    entities=[("court", "The Supreme Court", "ORGANIZATION", ["Supreme Court"], "Croatian Supreme Court"),
              ("zagorec", "Vladimir Zagorec", "PERSON",
               ["Zagorec", "retired general Vladimir Zagorec", "the defendant", "his client"],
               "retired general, former assistant defence minister, the defendant"),
              ("prosecution", "the prosecution", "ORGANIZATION", ["theappeal by the prosecution"], "prosecution in the Zagorec case"),
              ("hodak", "Zvonimir Hodak", "PERSON", ["Hodak", "Zagorec's attorney Zvonimir Hodak"], "attorney of Vladimir Zagorec"),
              ("defence", "the defence", "GROUP", [], "Zagorec's defence")],
    mentions=[("m1", ("Supreme Court", "Supreme Court upholds"), "court"),
              ("m2", ("The Supreme Court", "The Supreme Court has upheld"), "court"),
              ("m3", "retired general Vladimir Zagorec", "zagorec"),
              ("m4", ("The Supreme Court", "The Supreme Court upheld the sentence"), "court"),
              ("m5", "theappeal by the prosecution", "prosecution"),
              ("m6", "the defendant", "zagorec"),
              ("m7", ("Zagorec", "Zagorec was sentenced"), "zagorec"),
              ("m8", "Zagorec's attorney Zvonimir Hodak", "hodak"),
              ("m9", ("Hodak", "Hodak said the Supreme"), "hodak"),
              ("m10", ("Zagorec", "Zagorec wasconvicted"), "zagorec"),
              ("m11", ("Hodak", "Hodak said the existence"), "hodak"),
              ("m12", "his client", "zagorec"),
              ("m13", ("The Supreme Court", "The Supreme Court concluded"), "court"),
              ("m14", ("Zagorec", "Zagorec did abuse"), "zagorec"),
              ("m15", ("Zagorec", "Zagorec did not return"), "zagorec"),
              ("m16", ("The Supreme Court", "The Supreme Court dismissed"), "court"),
              ("m17", "the defence", "defence")],
    attributions=[("a1", "INDIRECT", "m5", ("asked for", "which asked for"), "a higher prison sentence", None),
                  ("a2", "INDIRECT", "m6", ("asked for", "who asked for"), "an acquittal or a retrial", None),
                  ("a3", "INDIRECT", "m8", "told", seg(T, "this was a disgraceful", "European Court of Human Rights"), None),
                  ("a4", "INDIRECT", "m9", ("said", "Hodak said the Supreme"),
                   seg(T, "the Supreme Court decision set", "compromising witnesses"), None),
                  ("a5", "INDIRECT", "m11", ("said", "Hodak said the existence"),
                   seg(T, "the existence of the jewels", "for personal reasons"), None),
                  ("a6", "INDIRECT", "m13", "concluded", seg(T, "Zagorec did abuse office", "equipment procurement"), None),
                  ("a7", "INDIRECT", "m17", "argument", "the statute oflimitations had set in when the sentence was handed down in March 2009", None)])

# ---------------------------------------------------------------------------------------
doc("topnews-dpa-czech-spies-us-radar",
    url="http://topnews.in/czech-military-spies-say-foreign-agents-interested-us-radar-271917",
    outlet="TopNews (dpa)", country="India", topic="politics", cut=False,
    text=(T := "Czech military spies say foreign agents interested in US radar\n"
          "Prague  - The Czech military intelligence said Monday that foreign spies have shown \"specific interest in information\" about a missile defence radar base the United States plans to build in the ex-Soviet satellite.\n"
          "The agency did not give any details in a public version of its 2007 annual report released Monday.\n"
          "On Thursday, Czech civil counter-intelligence BIS said in its annual report that Russian spies have been stirring up public opinion against the US base. But the report did not give specifics.\n"
          "The reports were released three weeks before regional and Senate elections.\n"
          "Later this autumn, Czech lawmakers are to consider two Czech-US treaties on placing the radar base in a military zone south-west of Prague.\n"
          "The center-right government of Prime Minister Mirek Topolanek so far lacks a clear majority for the base in parliament.\n"
          "The United States is also seeking to place 10 interceptor missiles for the system in neighbouring Poland.\n"
          "Despite US assurances that the missile shield is being developed against long-range missiles from so-called rogue states such as Iran, Russia views the system's European leg as a security threat and has threatened to aim missiles at the US bases in Central Europe. (dpa)"),
    entities=[("military", "The Czech military intelligence", "ORGANIZATION",
               ["Czech military intelligence", "Czech military spies", "The agency"], "Czech military intelligence service"),
              ("bis", "BIS", "ORGANIZATION", ["Czech civil counter-intelligence BIS"], "Czech civil counter-intelligence service"),
              ("us", "United States", "GPE", ["the United States", "US"], None),
              ("russia", "Russia", "GPE", [], None)],
    mentions=[("m1", "Czech military spies", "military"),
              ("m2", "The Czech military intelligence", "military"),
              ("m3", ("the United States", "the United States plans"), "us"),
              ("m4", "The agency", "military"),
              ("m5", "Czech civil counter-intelligence BIS", "bis"),
              ("m6", ("The United States", "The United States is also"), "us"),
              ("m7", ("US", "US assurances"), "us"),
              ("m8", ("Russia", "Russia views"), "russia")],
    attributions=[("a1", "INDIRECT", "m1", "say", "foreign agents interested in US radar", None),
                  ("a2", "MIXED", "m2", ("said", "intelligence said"), seg(T, "foreign spies have shown", "the ex-Soviet satellite"), None),
                  ("a3", "INDIRECT", "m5", ("said", "BIS said"), "Russian spies have been stirring up public opinion against the US base", None),
                  ("a4", "INDIRECT", "m7", "assurances",
                   "the missile shield is being developed against long-range missiles from so-called rogue states such as Iran", None),
                  ("a5", "INDIRECT", "m8", "views", "the system's European leg as a security threat", None),
                  ("a6", "INDIRECT", "m8", "threatened", "to aim missiles at the US bases in Central Europe", None)])

# ---------------------------------------------------------------------------------------
doc("sportsfinding-dpa-bulgaria-coach-petrov-resigns",
    url="https://sportsfinding.com/bulgarian-coach-resigns-after-catastrophic-2-5-loss-to-georgia/152849/",
    outlet="Sports Finding (DPA/EP)", country="Spain", topic="sport", cut=False,
    text=(T := "Bulgarian coach resigns after ‘catastrophic’ 2-5 loss to Georgia\n"
          "SOFIA, June 6. (DPA/EP) –\n"
          "The Bulgarian soccer coach, Yasen Petrov, has resigned from his post after the 2-5 defeat against Georgia in the League of Nations, a match that the country’s federation has called a “catastrophic defeat” and that has caused the dismissal of the technician.\n"
          "Petrov, who had been in charge since January 2021, commented that his team had made too many defensive mistakes and accepted responsibility for the loss. “I don’t have the moral right to stay,” he declared.\n"
          "For its part, the Bulgarian federation, in a statement published on Monday, made clear its “strong indignation” at what they describe as a “catastrophic defeat” and announced that Petrov’s replacement will soon be known. Meanwhile, manager Giorgi Ivanov will be the one to temporarily take over the national bench.\n"
          "Bulgaria is in the fourth group of the third category of the League of Nations, where on the first day it drew 1-1 against Macedonia and on the second it was defeated against Georgia. Furthermore, both matches were played on Bulgarian soil, at the Ludogorets ground in Razgrad.\n"
          "Now the team will try to turn the classification around in the next match, which will be played on June 9 in Gibraltar and where not falling to relegation is at stake. The national team break will end trying to take revenge on Georgia, on June 12, but this time at home."),
    entities=[("petrov", "Yasen Petrov", "PERSON",
               ["Petrov", "Bulgarian coach", "The Bulgarian soccer coach, Yasen Petrov", "the technician"],
               "Bulgaria national football team coach"),
              ("federation", "Bulgarian federation", "ORGANIZATION",
               ["the Bulgarian federation", "the country’s federation"], "Bulgarian Football Union")],
    mentions=[("m1", ("Bulgarian coach", "Bulgarian coach resigns"), "petrov"),
              ("m2", "The Bulgarian soccer coach, Yasen Petrov", "petrov"),
              ("m3", "the country’s federation", "federation"),
              ("m4", "the technician", "petrov"),
              ("m5", ("Petrov", "Petrov, who had"), "petrov"),
              ("m6", ("he", "he declared"), "petrov"),
              ("m7", "the Bulgarian federation", "federation"),
              ("m8", ("they", "they describe"), "federation")],
    attributions=[("a1", "DIRECT", "m3", ("called", "has called"), ("catastrophic defeat", "called a “catastrophic"), None),
                  ("a2", "INDIRECT", "m5", "commented", "his team had made too many defensive mistakes", None),
                  ("a3", "DIRECT", "m6", "declared", "I don’t have the moral right to stay,", None),
                  ("a4", "MIXED", "m7", "made clear",
                   "its “strong indignation” at what they describe as a “catastrophic defeat”", None),
                  ("a5", "DIRECT", "m8", "describe", ("catastrophic defeat", "describe as a “catastrophic"), "a4"),
                  ("a6", "INDIRECT", "m7", "announced", "Petrov’s replacement will soon be known", None)])

# ---------------------------------------------------------------------------------------
doc("belta-zalessky-hi-tech-park-terms-unchanged",
    url="https://eng.belta.by/economics/view/zalessky-terms-of-operation-of-belarus-hi-tech-park-remain-unchanged-154691-2022/",
    outlet="BelTA", country="Belarus", topic="technology", cut=True,
    published="2022-11-17",
    text=(T := "Zalessky: Terms of operation of Belarus Hi-Tech Park remain unchanged\n"
          "MINSK, 17 November (BelTA) – The terms of operation of the Hi-Tech Park remain the same, Deputy Director of the Hi-Tech Park Kirill Zalessky told the media following the meeting hosted by Belarusian President Aleksandr Lukashenko, BelTA has learned.\n"
          "\"The HTP's mode of operation is not changing,\" he said. “It is time for a new lease on life for the park. Over the past two years, our IT sector, IT specialists have been in different situations. Most of the thousands-strong army of IT specialists worked for the economic well-being of our country. Of course, there were those who did not show themselves in the best light and went along with the destructive forces. Today we proceed from the fact that we are turning this page and continue to work for multiplying the economic power of our state.\"\n"
          "According to him, the meeting with the president focused on Decree No. 136 adopted in April this year. “The Hi-Tech Park together with the Ministry of Communications and Informatization is working diligently to implement Belarusian IT developments inside the country for the benefit of the real sector and economy. I think we will continue our efforts in this direction,” Kirill Zalessky said.\n"
          "As for the impact of global trends, such as staff reduction in the giant companies, on the Hi-Tech Park, Kirill Zalessky said: “The IT industry around the world has been caught in a perfect storm. Today all global corporations are laying off employees by the tens of thousands. According to our estimates, this outflow is not that big. We understand that there are objective and subjective reasons. We are supporters of cautious optimism. I think that in the end everything will be fine.”"),
    entities=[("zalessky", "Kirill Zalessky", "PERSON",
               ["Zalessky", "Deputy Director of the Hi-Tech Park Kirill Zalessky"], "Deputy Director of Belarus' Hi-Tech Park"),
              ("belta", "BelTA", "ORGANIZATION", [], "Belarusian Telegraph Agency")],
    mentions=[("m1", ("Zalessky", "Zalessky: Terms"), "zalessky"),
              ("m2", "Deputy Director of the Hi-Tech Park Kirill Zalessky", "zalessky"),
              ("m3", ("BelTA", "BelTA has learned"), "belta"),
              ("m4", ("he", "he said. “It"), "zalessky"),
              ("m5", ("him", "According to him"), "zalessky"),
              ("m6", ("Kirill Zalessky", "direction,” Kirill Zalessky said"), "zalessky"),
              ("m7", ("Kirill Zalessky", "Kirill Zalessky said: “"), "zalessky")],
    attributions=[("a1", "INDIRECT", "m1", None, "Terms of operation of Belarus Hi-Tech Park remain unchanged", None),
                  ("a2", "INDIRECT", "m2", "told", "The terms of operation of the Hi-Tech Park remain the same", None),
                  ("a3", "DIRECT", "m4", ("said", "he said. “It"), "The HTP's mode of operation is not changing,", None),
                  ("a4", "DIRECT", "m4", None, seg(T, "It is time for a new lease", "economic power of our state."), None),
                  ("a5", "INDIRECT", "m5", ("According to", "According to him"), "the meeting with the president focused on Decree No. 136 adopted in April this year", None),
                  ("a6", "DIRECT", "m6", ("said", "direction,” Kirill Zalessky said"),
                   seg(T, "The Hi-Tech Park together with", "in this direction,"), None),
                  ("a7", "DIRECT", "m7", ("said", "Kirill Zalessky said: “"), seg(T, "The IT industry around the world", "everything will be fine."), None)])

# ---------------------------------------------------------------------------------------
doc("moldpres-sandu-afforestation-environment-day",
    url="https://224320.siukjm.asia/en/news/2024/06/05/24004200",
    outlet="Moldpres", country="Moldova", topic="environment", cut=False,
    published="2024-06-05",
    text=(T := "Moldovan president stresses need of afforestation, awards Civic Merit medal on World Environment Day\n"
          "Chisinau, 5 June /MOLDPRES/ - The head of state, on the World Environment Day, has come up with a message, reading that it is good for us to be aware of the fact and draw attention to important things. ‘’A sound environment is not a luxury, but a vital need and we have consensus, at the level of the society, that we must increase the afforested areas. The forests mean the health of the earth, water, air and the health of our citizens,’’ President Maia Sandu said, the presidential press service has reported.\n"
          "The head of state thanked those over 6,000 people who had participated in the afforestation campaign from the last spring and all those from the previous year – foresters, workers, volunteers, representatives of the ecologist community, all citizens who take care of the nature. President Maia Sandu stressed that, as a token of gratitude, she had ruled to award the Civic Merit medal to more employees of the Moldsilva Forestry Agency for their contribution to the protection of nature. The head of state noted that, in 2023, 7,000 hectares of wood had been planted, which is more than in the past. Maia Sandu also said that she hoped that the afforestation would be continued with accelerated paces.\n"
          "„We are set to plant 145,000 hectares in the next 10 years! We should plant woods and take care of woods!’’ the head of state added."),
    entities=[("sandu", "Maia Sandu", "PERSON",
               ["President Maia Sandu", "Moldovan president", "The head of state", "the head of state"], "President of Moldova"),
              ("pressservice", "the presidential press service", "ORGANIZATION", [], "press service of Moldova's presidency")],
    mentions=[("m1", "Moldovan president", "sandu"),
              ("m2", ("The head of state", "The head of state, on the World"), "sandu"),
              ("m3", ("President Maia Sandu", "President Maia Sandu said"), "sandu"),
              ("m4", "the presidential press service", "pressservice"),
              ("m5", ("The head of state", "The head of state thanked"), "sandu"),
              ("m6", ("President Maia Sandu", "President Maia Sandu stressed"), "sandu"),
              ("m7", ("The head of state", "The head of state noted"), "sandu"),
              ("m8", ("Maia Sandu", "Maia Sandu also said"), "sandu"),
              ("m9", ("the head of state", "the head of state added"), "sandu")],
    attributions=[("a1", "INDIRECT", "m1", "stresses", "need of afforestation", None),
                  ("a2", "INDIRECT", "m2", "come up with a message",
                   "it is good for us to be aware of the fact and draw attention to important things", None),
                  ("a3", "MIXED", "m4", "reported", seg(T, "‘’A sound environment", "President Maia Sandu said"), None),
                  ("a4", "DIRECT", "m3", ("said", "President Maia Sandu said"), seg(T, "A sound environment", "health of our citizens,"), "a3"),
                  ("a5", "INDIRECT", "m6", "stressed", seg(T, "as a token of gratitude", "the protection of nature"), None),
                  ("a6", "INDIRECT", "m7", "noted", "in 2023, 7,000 hectares of wood had been planted, which is more than in the past", None),
                  ("a7", "INDIRECT", "m8", ("said", "Maia Sandu also said"),
                   "she hoped that the afforestation would be continued with accelerated paces", None),
                  ("a8", "DIRECT", "m9", "added", seg(T, "We are set to plant", "take care of woods!"), None)])

# ---------------------------------------------------------------------------------------
doc("budapesttimes-karacsony-residents-survey",
    url="https://www.budapesttimes.hu/hungary/mayor-budapest-residents-stood-up-for-their-city-in-public-survey/",
    outlet="The Budapest Times", country="Hungary", topic="local", cut=False,
    text=(T := "Mayor: Budapest residents ‘stood up for their city’ in public survey\n"
          "The residents of Budapest have stood up for their city, and for themselves with a total of 136,000 of them stating their opinion on the city's affairs in a survey, Mayor Gergely Karacsony said on Monday.\n"
          "The mayor said on Facebook that Budapest’s first-ever online survey dubbed the “residents’ meeting” has been concluded and its results are to be published on Tuesday.\n"
          "“This is the biggest such survey in Budapest’s history with the participation of more than nine percent of the city’s residents eligible to vote,” Karacsony said.\n"
          "The mayor said that the Budapest survey had been thoroughly different from the government’s National Consultation public surveys because the Budapest survey had “indeed asked for the residents’ opinion whereas the government’s surveys had deceived them”. He added that participation in the Budapest survey had been almost twice as high as in an online National Consultation drive.\n"
          "“It is clear that the opinion of Budapest residents can simply not be ignored anymore,” Karacsony said, adding that decisions on matters affecting the city’s future would be taken “in line with the will of its residents”. Among the issues, he noted the payment of taxes to the central government and transport on Chain Bridge after completion of its overall renovation."),
    entities=[("karacsony", "Gergely Karacsony", "PERSON",
               ["Karacsony", "Mayor", "The mayor", "Mayor Gergely Karacsony"], "Mayor of Budapest"),
              ("respondents", "a total of 136,000 of them", "GROUP", [], "Budapest residents who took part in the survey")],
    mentions=[("m1", ("Mayor", "Mayor: Budapest"), "karacsony"),
              ("m2", "a total of 136,000 of them", "respondents"),
              ("m3", "Mayor Gergely Karacsony", "karacsony"),
              ("m4", ("The mayor", "The mayor said on Facebook"), "karacsony"),
              ("m5", ("Karacsony", "vote,” Karacsony said"), "karacsony"),
              ("m6", ("The mayor", "The mayor said that"), "karacsony"),
              ("m7", ("He", "He added"), "karacsony"),
              ("m8", ("Karacsony", "anymore,” Karacsony said"), "karacsony"),
              ("m9", ("he", "he noted"), "karacsony")],
    attributions=[("a1", "MIXED", "m1", None, "Budapest residents ‘stood up for their city’ in public survey", None),
                  ("a2", "INDIRECT", "m3", ("said", "Karacsony said on Monday"),
                   seg(T, "The residents of Budapest have stood up", "affairs in a survey"), None),
                  ("a3", "INDIRECT", "m2", "stating their opinion", ("the city's affairs", "opinion on the city's affairs"), "a2"),
                  ("a4", "MIXED", "m4", ("said", "The mayor said on Facebook"),
                   seg(T, "Budapest’s first-ever online survey", "published on Tuesday"), None),
                  ("a5", "DIRECT", "m5", ("said", "vote,” Karacsony said"), seg(T, "This is the biggest", "eligible to vote,"), None),
                  ("a6", "MIXED", "m6", ("said", "The mayor said that"),
                   seg(T, "the Budapest survey had been thoroughly", "had deceived them”"), None),
                  ("a7", "INDIRECT", "m7", "added",
                   "participation in the Budapest survey had been almost twice as high as in an online National Consultation drive", None),
                  ("a8", "DIRECT", "m8", ("said", "anymore,” Karacsony said"), seg(T, "It is clear that", "ignored anymore,"), None),
                  ("a9", "MIXED", "m8", "adding", seg(T, "decisions on matters affecting", "will of its residents”"), None),
                  ("a10", "INDIRECT", "m9", "noted",
                   "the payment of taxes to the central government and transport on Chain Bridge after completion of its overall renovation", None)])

# ---------------------------------------------------------------------------------------
doc("serbiabusiness-foreign-investors-serbia",
    url="https://serbia-business.eu/why-do-foreign-investors-come-to-serbia",
    outlet="Serbia Business", country="Serbia", topic="business", cut=True,
    text=(T := "Why do foreign investors come to Serbia?\n"
          "The reforms implemented so far have already opened the door to investors from, above all, European countries, but also from other parts of the world.\n"
          "According to the Business Registers Agency, there are 18,000 foreign-owned companies operating in Serbia, employing about 350,000 workers. In the past decade, they have directly invested 24.5 billion euros in Serbia, RTS writes.\n"
          "According to a survey conducted by the American Chamber of Commerce among members for eight years, companies are satisfied with macroeconomic stability in Serbia, reduced budget deficits, reduced administration, especially in the area of issuing building permits, and e-government reform.\n"
          "The objections are at the expense of the efficiency of the judiciary, the rule of law, the fight against corruption, and the transparency of tax policy.\n"
          "They started as the largest American greenfield investment, and now they are in the jubilee year.\n"
          "“We have produced 18 billion cans for drinks and employed 400 people. In addition, Belgrade has become an operational center for a whole range of global business services. We export cans from our factory in Belgrade to over 20 markets,” said Branislav Savic, director of the Bol Packaging factory”.\n"
          "Aleksandar Jakovljevic director of the Philip Morris factory, says that the company has grown into one large regional production center from where the products are exported to more than 50 countries around the world.\n"
          "“Belgrade also has a center for Southeast Europe, from where we coordinate the work of a large number of markets,” Jakovljevic notes.\n"
          "There are no indications that foreign investors will leave Serbia\n"
          "Due to the Covid-19 pandemic, companies are recording lower profits, reduced ambitions in terms of business expansion, new investments and employment, and certainly the final business result will be worse."),
    entities=[("bra", "the Business Registers Agency", "ORGANIZATION", ["Business Registers Agency"], "Serbian Business Registers Agency"),
              ("rts", "RTS", "ORGANIZATION", [], "Radio Television of Serbia"),
              ("amcham", "American Chamber of Commerce", "ORGANIZATION",
               ["a survey conducted by the American Chamber of Commerce"], "American Chamber of Commerce in Serbia"),
              ("savic", "Branislav Savic", "PERSON", ["Savic", "Branislav Savic, director of the Bol Packaging factory"],
               "director of the Ball Packaging factory in Belgrade"),
              ("jakovljevic", "Aleksandar Jakovljevic", "PERSON",
               ["Jakovljevic", "Aleksandar Jakovljevic director of the Philip Morris factory"], "director of the Philip Morris factory")],
    mentions=[("m1", "the Business Registers Agency", "bra"),
              ("m2", "RTS", "rts"),
              ("m3", "a survey conducted by the American Chamber of Commerce", "amcham"),
              ("m4", "Branislav Savic, director of the Bol Packaging factory", "savic"),
              ("m5", "Aleksandar Jakovljevic director of the Philip Morris factory", "jakovljevic"),
              ("m6", ("Jakovljevic", "Jakovljevic notes"), "jakovljevic")],
    attributions=[("a1", "INDIRECT", "m1", ("According to", "According to the Business"),
                   "there are 18,000 foreign-owned companies operating in Serbia, employing about 350,000 workers", None),
                  ("a2", "INDIRECT", "m2", "writes", "In the past decade, they have directly invested 24.5 billion euros in Serbia", None),
                  ("a3", "INDIRECT", "m3", ("According to", "According to a survey"),
                   seg(T, "companies are satisfied with", "e-government reform"), None),
                  ("a4", "DIRECT", "m4", ("said", "said Branislav"), seg(T, "We have produced", "over 20 markets,"), None),
                  ("a5", "INDIRECT", "m5", "says", seg(T, "the company has grown", "countries around the world"), None),
                  ("a6", "DIRECT", "m6", "notes", seg(T, "Belgrade also has a center", "number of markets,"), None)])

write("train_s.jsonl")
