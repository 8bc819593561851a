#!/usr/bin/env python3
"""Writes train_j.jsonl: real-news gold, split train-j (see gold.py). Run: python3 make_train_j.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("lestimes-ldf-officer-home-raid",
    url="https://lestimes.com/armed-men-raid-exiled-ldf-officers-home/",
    outlet="Lesotho Times", country="Lesotho", topic="courts-crime", cut=True,
    text=(T := "Armed men raid exiled LDF officer’s home\n"
          "MASERU – The wife of a former Lesotho Defence Force (LDF) officer in exile says she is living in fear after some people claiming to be police officers attacked her house last Friday.\n"
          "‘Mamalebanye Lerotholi, whose husband, Makotoko ‘Mashai’ Lerotholi is in exile after the 2007 political instability said three heavily armed men raided her family, saying they had a search warrant.\n"
          "She said the man claimed that they were from the Criminal Investigation Division (CID).\n"
          "Lerotholi was not at the house when the attack happened but she said she was now worried.\n"
          "She said she has since approached the CID to help protect her.\n"
          "She said the CID told her that they were not aware of the search and the decision to raid her home.\n"
          "‘Mathabo Matjeeane, a family member who was at the house when the attack happened, said they were startled by the noise at the door at around 2 am.\n"
          "“They first tried to open the bugler prove but failed. Then there was a heavy knock at the door. We opened when they identified themselves as CIDs,” Matjeeane said.\n"
          "Matjeeane said they were not able to read the men’s names on their identification cards.\n"
          "“We were scared of their guns. They did not say what they were looking for. They did not answer any of our questions,” Matjeeane said.\n"
          "“They searched open room of the house but they could not access the main bedroom since it was locked. They asked us if there were more people in the house.”\n"
          "After the search the men ordered Matjeeane to unlock the gate.\n"
          "She said she was shocked when she found a group of armed men dressed in the army uniforms outside the fence.\n"
          "“I tried to run back to the house but they stopped me. I was shocked because as when were approaching the gate more men emerged from the dark.”\n"
          "Lerotholi said the head of the CID told her that his department had not carried out the operation."),
    entities=[("lerotholi", "‘Mamalebanye Lerotholi", "PERSON",
               ["Lerotholi", "The wife of a former Lesotho Defence Force (LDF) officer in exile"],
               "wife of an exiled former LDF officer"),
              ("raiders", "three heavily armed men", "GROUP", ["Armed men", "some people", "the men"],
               "men who raided the Lerotholi home"),
              ("man", "the man", "PERSON", [], "one of the raiders"),
              ("cid", "Criminal Investigation Division", "ORGANIZATION",
               ["the Criminal Investigation Division (CID)", "the CID", "CID"], "police Criminal Investigation Division"),
              ("head", "the head of the CID", "PERSON", [], "head of the Criminal Investigation Division"),
              ("matjeeane", "‘Mathabo Matjeeane", "PERSON", ["Matjeeane", "‘Mathabo Matjeeane, a family member"],
               "family member present during the raid")],
    mentions=[("m1", "Armed men", "raiders"),
              ("m2", "The wife of a former Lesotho Defence Force (LDF) officer in exile", "lerotholi"),
              ("m3", "some people", "raiders"),
              ("m4", "‘Mamalebanye Lerotholi", "lerotholi"),
              ("m5", "three heavily armed men", "raiders"),
              ("m6", ("She", "She said the man"), "lerotholi"),
              ("m7", ("the man", "the man claimed"), "man"),
              ("m8", "the Criminal Investigation Division (CID)", "cid"),
              ("m9", ("Lerotholi", "Lerotholi was not"), "lerotholi"),
              ("m10", ("she", "she said she was now"), "lerotholi"),
              ("m11", ("She", "She said she has since"), "lerotholi"),
              ("m12", ("the CID", "approached the CID"), "cid"),
              ("m13", ("She", "She said the CID"), "lerotholi"),
              ("m14", ("the CID", "the CID told her that they"), "cid"),
              ("m15", "‘Mathabo Matjeeane, a family member", "matjeeane"),
              ("m16", ("they", "they identified"), "raiders"),
              ("m17", ("Matjeeane", "CIDs,” Matjeeane"), "matjeeane"),
              ("m18", ("Matjeeane", "Matjeeane said they were not"), "matjeeane"),
              ("m19", ("They", "They did not say"), "raiders"),
              ("m20", ("Matjeeane", "questions,” Matjeeane"), "matjeeane"),
              ("m21", ("They", "They asked us"), "raiders"),
              ("m22", ("the men", "the men ordered"), "raiders"),
              ("m23", ("Matjeeane", "ordered Matjeeane"), "matjeeane"),
              ("m24", ("She", "She said she was shocked"), "matjeeane"),
              ("m25", ("Lerotholi", "Lerotholi said the head"), "lerotholi"),
              ("m26", "the head of the CID", "head")],
    attributions=[("a1", "INDIRECT", "m2", "says", "she is living in fear after some people claiming to be police officers attacked her house last Friday", None),
                  ("a2", "INDIRECT", "m3", "claiming", ("to be police officers", "claiming to be"), "a1"),
                  ("a3", "INDIRECT", "m4", ("said", "instability said"), "three heavily armed men raided her family, saying they had a search warrant", None),
                  ("a4", "INDIRECT", "m5", ("saying", "family, saying"), "they had a search warrant", "a3"),
                  ("a5", "INDIRECT", "m6", ("said", "She said the man"), "the man claimed that they were from the Criminal Investigation Division (CID)", None),
                  ("a6", "INDIRECT", "m7", "claimed", "they were from the Criminal Investigation Division (CID)", "a5"),
                  ("a7", "INDIRECT", "m10", ("said", "she said she was now"), "she was now worried", None),
                  ("a8", "INDIRECT", "m11", ("said", "She said she has since"), "she has since approached the CID to help protect her", None),
                  ("a9", "INDIRECT", "m13", ("said", "She said the CID"), "the CID told her that they were not aware of the search and the decision to raid her home", None),
                  ("a10", "INDIRECT", "m14", ("told", "CID told her that they"), "they were not aware of the search and the decision to raid her home", "a9"),
                  ("a11", "INDIRECT", "m15", ("said", "happened, said"), "they were startled by the noise at the door at around 2 am", None),
                  ("a12", "DIRECT", "m17", ("said", "CIDs,” Matjeeane said"), seg(T, "They first tried", "as CIDs,"), None),
                  ("a13", "INDIRECT", "m16", "identified", "themselves as CIDs", "a12"),
                  ("a14", "INDIRECT", "m18", ("said", "Matjeeane said they were not"), "they were not able to read the men’s names on their identification cards", None),
                  ("a15", "DIRECT", "m20", ("said", "questions,” Matjeeane said"), seg(T, "We were scared", "any of our questions,"), None),
                  ("a16", "INDIRECT", "m19", ("say", "did not say"), "what they were looking for", "a15"),
                  ("a17", "DIRECT", "m20", None, seg(T, "They searched open room", "more people in the house."), None),
                  ("a18", "INDIRECT", "m21", ("asked", "They asked us"), ("if there were more people in the house", "They asked us"), "a17"),
                  ("a19", "INDIRECT", "m22", "ordered", "Matjeeane to unlock the gate", None),
                  ("a20", "INDIRECT", "m24", ("said", "She said she was shocked"), "she was shocked when she found a group of armed men dressed in the army uniforms outside the fence", None),
                  ("a21", "DIRECT", "m24", None, seg(T, "I tried to run back", "from the dark."), None),
                  ("a22", "INDIRECT", "m25", ("said", "Lerotholi said the head"), "the head of the CID told her that his department had not carried out the operation", None),
                  ("a23", "INDIRECT", "m26", ("told", "CID told her that his"), "his department had not carried out the operation", "a22")])

# ---------------------------------------------------------------------------------------
doc("kuwaittimes-cabinet-amir-ramadan-speech",
    url="http://news.kuwaittimes.net/website/cabinet-applauds-amirs-ramadan-speech/",
    outlet="Kuwait Times", country="Kuwait", topic="politics", cut=True,
    published="2017-06-19",
    text=(T := "Cabinet applauds Amir’s Ramadan speech\n"
          "KUWAIT: The Kuwaiti Cabinet yesterday heaped praise on the speech delivered by His Highness the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah on Sunday on the occasion of the last ten days of the holy month of Ramadan. The cabinet said in a statement following its customary weekly meeting presided over by His Highness Prime Minister Sheikh Jaber Al-Mubarak Al-Hamad Al-Sabah that His Highness the Amir had urged national unity but decried differences and disputes. It also quoted His Highness the Amir as having hoped that inter-Gulf tensions would be defused and disagreements be resolved by dialogue, based on the fact that the GCC countries share the same bonds and destiny.\n"
          "The cabinet appreciated His Highness the Amir’s directives and vowed to fully commit to implementing them, wishing Kuwait more progress and welfare under the wise leadership of His Highness the Amir and His Highness the Crown Prince.\n"
          "His Highness the Prime Minister briefed the cabinet on the outcomes of the recent visit by King Abdullah II of Jordan to Kuwait, where both sides discussed how to further promote and develop bilateral relations and the latest regional and international developments.\n"
          "First Deputy Prime Minister and Foreign Minister Sheikh Sabah Al-Khaled Al-Hamad Al-Sabah elaborated on the outcomes of the recent visit by Turkish Foreign Minister Mevlut Cavusoglu to Kuwait, during which officials from both countries exchanged views on the current situation on both regional and international arenas. Moreover, the cabinet welcomed a planned visit by Iraqi President Haider Al-Abadi to the State of Kuwait on Wednesday, which comes within the framework of cooperative relations between both countries in all fields."),
    entities=[("cabinet", "The Kuwaiti Cabinet", "ORGANIZATION", ["Cabinet", "The cabinet"], "Kuwait's Council of Ministers"),
              ("amir", "Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah", "PERSON",
               ["His Highness the Amir", "His Highness the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah"], "Amir of Kuwait"),
              ("pm", "Sheikh Jaber Al-Mubarak Al-Hamad Al-Sabah", "PERSON",
               ["His Highness the Prime Minister", "His Highness Prime Minister Sheikh Jaber Al-Mubarak Al-Hamad Al-Sabah"],
               "Prime Minister of Kuwait"),
              ("fm", "Sheikh Sabah Al-Khaled Al-Hamad Al-Sabah", "PERSON",
               ["First Deputy Prime Minister and Foreign Minister Sheikh Sabah Al-Khaled Al-Hamad Al-Sabah"],
               "First Deputy Prime Minister and Foreign Minister of Kuwait"),
              ("sides", "both sides", "GROUP", [], "Kuwait and Jordan"),
              ("officials", "officials from both countries", "GROUP", [], "Kuwaiti and Turkish officials")],
    mentions=[("m1", ("Cabinet", "Cabinet applauds"), "cabinet"),
              ("m2", "The Kuwaiti Cabinet", "cabinet"),
              ("m3", "His Highness the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah", "amir"),
              ("m4", ("The cabinet", "The cabinet said"), "cabinet"),
              ("m5", "His Highness Prime Minister Sheikh Jaber Al-Mubarak Al-Hamad Al-Sabah", "pm"),
              ("m6", ("His Highness the Amir", "His Highness the Amir had urged"), "amir"),
              ("m7", ("It", "It also quoted"), "cabinet"),
              ("m8", ("His Highness the Amir", "quoted His Highness the Amir"), "amir"),
              ("m9", ("The cabinet", "The cabinet appreciated"), "cabinet"),
              ("m10", ("His Highness the Amir", "leadership of His Highness the Amir"), "amir"),
              ("m11", "His Highness the Prime Minister", "pm"),
              ("m12", ("the cabinet", "briefed the cabinet"), "cabinet"),
              ("m13", "both sides", "sides"),
              ("m14", "First Deputy Prime Minister and Foreign Minister Sheikh Sabah Al-Khaled Al-Hamad Al-Sabah", "fm"),
              ("m15", "officials from both countries", "officials"),
              ("m16", ("the cabinet", "the cabinet welcomed"), "cabinet")],
    attributions=[("a1", "INDIRECT", "m1", "applauds", "Amir’s Ramadan speech", None),
                  ("a2", "INDIRECT", "m2", "heaped praise on", seg(T, "the speech delivered by", "month of Ramadan"), None),
                  ("a3", "INDIRECT", "m4", ("said", "cabinet said"), "His Highness the Amir had urged national unity but decried differences and disputes", None),
                  ("a4", "INDIRECT", "m6", "urged", ("national unity", "urged national unity"), "a3"),
                  ("a5", "INDIRECT", "m6", "decried", "differences and disputes", "a3"),
                  ("a6", "INDIRECT", "m7", "quoted", seg(T, "His Highness the Amir as having hoped", "bonds and destiny"), None),
                  ("a7", "INDIRECT", "m8", "hoped", seg(T, "inter-Gulf tensions", "bonds and destiny"), "a6"),
                  ("a8", "INDIRECT", "m9", "appreciated", "His Highness the Amir’s directives", None),
                  ("a9", "INDIRECT", "m9", "vowed", "to fully commit to implementing them", None),
                  ("a10", "INDIRECT", "m9", "wishing", "Kuwait more progress and welfare under the wise leadership of His Highness the Amir and His Highness the Crown Prince", None),
                  ("a11", "INDIRECT", "m11", "briefed", seg(T, "the outcomes of the recent visit by King", "international developments"), None),
                  ("a12", "INDIRECT", "m13", "discussed", "how to further promote and develop bilateral relations and the latest regional and international developments", "a11"),
                  ("a13", "INDIRECT", "m14", "elaborated on", seg(T, "the outcomes of the recent visit by Turkish", "international arenas"), None),
                  ("a14", "INDIRECT", "m15", "exchanged views on", "the current situation on both regional and international arenas", "a13"),
                  ("a15", "INDIRECT", "m16", "welcomed", seg(T, "a planned visit by Iraqi", "in all fields"), None)])

# ---------------------------------------------------------------------------------------
doc("savetheelephants-allafrica-anac-niassa",
    url="https://www.savetheelephants.org/news/mozambique-no-elephants-poached-in-niassa-reserve/",
    outlet="Save the Elephants (AllAfrica)", country="Kenya", topic="environment", cut=False,
    text=(T := "Mozambique: No Elephants Poached in Niassa Reserve\n"
          "In a statement issued on Monday to mark the ninth anniversary of its creation, the National Administration of Conservation Areas (ANAC) stressed not only this victory in elephant conservation, but also the increase in the number of people tried and sentenced for crimes of trafficking in wild life products.\n"
          "ANAC is celebrating its anniversary under the theme “Our solutions lie in Nature”, calling on all citizens to look at ecosystems as the basis for the survival of the human species.\n"
          "“Human beings and nature are part of an interconnected system”, said the statement, citing the United Nations Environment Programme (UNEP). “Nature provides food, medicines, water, air and many other benefits that allow people to prosper”.\n"
          "Among recent conservation achievements, said ANAC, are the reduction in poaching in general, and the poaching of elephants in particular, which it attributed to better coordination between Mozambican institutions, the training of magistrates ad other key figures in the legal system on conservation matters, and the establishment of a police dog unit, trained to detect wild life products.\n"
          "ANAC also pointed to the investment leading to the re-introduction of over 10,400 animals into the conservation areas, either by importing them from other countries, or moving them from one part of Mozambique to another."),
    entities=[("anac", "National Administration of Conservation Areas", "ORGANIZATION",
               ["ANAC", "the National Administration of Conservation Areas (ANAC)"], "Mozambique's conservation areas agency"),
              ("statement", "the statement", "ORGANIZATION", [], "ANAC's anniversary statement")],
    mentions=[("m1", "the National Administration of Conservation Areas (ANAC)", "anac"),
              ("m2", ("ANAC", "ANAC is celebrating"), "anac"),
              ("m3", ("the statement", "said the statement"), "statement"),
              ("m4", ("ANAC", "said ANAC"), "anac"),
              ("m5", ("it", "which it attributed"), "anac"),
              ("m6", ("ANAC", "ANAC also"), "anac")],
    attributions=[("a1", "INDIRECT", "m1", "stressed", seg(T, "not only this victory", "wild life products"), None),
                  ("a2", "INDIRECT", "m2", "calling on", "all citizens to look at ecosystems as the basis for the survival of the human species", None),
                  ("a3", "DIRECT", "m3", ("said", "said the statement"), "Human beings and nature are part of an interconnected system", None),
                  ("a4", "DIRECT", "m3", None, "Nature provides food, medicines, water, air and many other benefits that allow people to prosper", None),
                  ("a5", "INDIRECT", "m4", ("said", "said ANAC"), seg(T, "Among recent conservation achievements", "detect wild life products"), None),
                  ("a6", "INDIRECT", "m5", "attributed", seg(T, "better coordination between", "detect wild life products"), "a5"),
                  ("a7", "INDIRECT", "m6", "pointed to", seg(T, "the investment leading", "to another"), None)])

# ---------------------------------------------------------------------------------------
doc("thanlwintimes-yangon-council-paint-homes",
    url="https://thanlwintimes.com/2022/10/12/yangon-regions-military-council-directs-to-clean-yards-paint-homes/",
    outlet="Than Lwin Times", country="Myanmar", topic="local", cut=False,
    published="2022-10-12",
    text=(T := "Yangon Region’s military council directs to clean yards, paint homes\n"
          "Yangon, October (12)\n"
          "Yangon residents criticized the military council’s directive to paint residential buildings in Yangon and clean up the environment, saying it caused more hardship to the people who were already facing difficulties.\n"
          "In accordance with the provisions of the Law of the Yangon City Development Committee (2018), residents are asked to paint the walls of their fences and buildings on the streets and facades, and clean up the weeds in their yard, according to the statement of the Yangon City Development Committee.\n"
          "Locals criticized the municipality’s announcement, saying that it was aimed at favoring the military council rather than the citizens of Yangon, and that it turned a blind eye to the situation of the people when the per capita income of the people is lower than the standard of ASEAN countries.\n"
          "Referring to the legislation, the military council threatened that if the Yangon City Development Committee failed to follow the instructions, the Municipal Development Committee would carry out the cleaning and demand the cost from the current residents.\n"
          "The military council said that the directive has been notified to the relevant township and district municipal administrators.\n"
          "Myanmar’s economy is deteriorating and the unemployment rate is rising more than 19 months after the military council took power.\n"
          "While most businesses have closed and per capita income is low, residents have expressed concern that this directive is abusing the authority bestowed upon them by the people and that the City Development Committee is acting in line with the wishes of the Military Council."),
    entities=[("council", "Yangon Region’s military council", "ORGANIZATION", ["the military council", "the Military Council"],
               "Myanmar's ruling military council"),
              ("residents", "Yangon residents", "GROUP", ["Locals", "residents"], None),
              ("ycdc", "Yangon City Development Committee", "ORGANIZATION",
               ["the Yangon City Development Committee", "the City Development Committee",
                "the statement of the Yangon City Development Committee"], "Yangon municipality")],
    mentions=[("m1", "Yangon Region’s military council", "council"),
              ("m2", "Yangon residents", "residents"),
              ("m3", ("residents", "residents are asked"), "residents"),
              ("m4", "the statement of the Yangon City Development Committee", "ycdc"),
              ("m5", "Locals", "residents"),
              ("m6", ("the military council", "favoring the military council"), "council"),
              ("m7", ("the military council", "the military council threatened"), "council"),
              ("m8", ("the Yangon City Development Committee", "if the Yangon City"), "ycdc"),
              ("m9", ("The military council", "The military council said"), "council"),
              ("m10", ("the military council", "the military council took"), "council"),
              ("m11", ("residents", "residents have expressed"), "residents"),
              ("m12", "the City Development Committee", "ycdc"),
              ("m13", "the Military Council", "council")],
    attributions=[("a1", "INDIRECT", "m1", "directs", "to clean yards, paint homes", None),
                  ("a2", "INDIRECT", "m2", ("criticized", "residents criticized"), "the military council’s directive to paint residential buildings in Yangon and clean up the environment", None),
                  ("a3", "INDIRECT", "m2", ("saying", "environment, saying"), "it caused more hardship to the people who were already facing difficulties", None),
                  ("a4", "INDIRECT", "m4", ("according to", "according to the statement"), seg(T, "In accordance with the provisions", "weeds in their yard"), None),
                  ("a5", "INDIRECT", None, ("asked", "are asked"), seg(T, "to paint the walls", "weeds in their yard"), "a4"),
                  ("a6", "INDIRECT", "m5", ("criticized", "Locals criticized"), "the municipality’s announcement", None),
                  ("a7", "INDIRECT", "m5", ("saying", "announcement, saying"), seg(T, "it was aimed at favoring", "ASEAN countries"), None),
                  ("a8", "INDIRECT", "m7", "threatened", seg(T, "if the Yangon City", "the current residents"), None),
                  ("a9", "INDIRECT", "m9", ("said", "council said that"), "the directive has been notified to the relevant township and district municipal administrators", None),
                  ("a10", "INDIRECT", "m11", "expressed concern", seg(T, "this directive is abusing", "the Military Council"), None)])

# ---------------------------------------------------------------------------------------
doc("gulfbusiness-gfh-capital-cut-no-dividend",
    url="https://gulfbusiness.com/bahrains-gfh-proposes-capital-cut-dividend-2014/",
    outlet="Gulf Business", country="United Arab Emirates", topic="business", cut=False,
    text=(T := "Bahrain's GFH Proposes Capital Cut, No Dividend For 2014\n"
          "The firm plans to reduce the number of shares by 40 per cent instead of cutting their nominal value.\n"
          "Bahrain’s Gulf Finance House (GFH) said on Sunday that its shareholders would consider a capital reduction at an annual meeting this month which would allow the firm to pay dividends some time in the future, but it proposed no payout for 2014.\n"
          "The move disappointed investors, who had been hoping that the Islamic investment bank, which is recovering from a financial crisis, would pay dividends immediately after swinging to profit last year.\n"
          "The stock tumbled its daily 10 percent limit in Dubai and was down 10.6 per cent in Kuwait, where it is also listed. But Kuwait’s stock exchange subsequently suspended the stock and cancelled all Sunday’s trades, saying this was because GFH had not notified it about the capital reduction plans in advance.\n"
          "GFH conducted a previous capital rediction in November. This time, it plans to reduce the number of shares by 40 percent instead of cutting their nominal value.\n"
          "The firm, which was crippled by the global financial crisis and required several debt restructurings, posted a profit of $11 million for 2014 compared with a loss of $18 million for 2013.\n"
          "GFH on Sunday asked shareholders to allow it to keep the profit as reserves and retained earnings, instead of paying it out as a dividend. It proposed “the elimination of the accumulated losses to allow for distribution of dividends in future”, without giving any further details on when dividends might resume.\n"
          "GFH last paid a dividend for 2008."),
    entities=[("gfh", "Gulf Finance House", "ORGANIZATION",
               ["GFH", "Bahrain's GFH", "Bahrain’s Gulf Finance House (GFH)", "The firm", "the Islamic investment bank"],
               "Bahrain-based Islamic investment bank"),
              ("investors", "investors", "GROUP", [], "GFH investors"),
              ("exchange", "Kuwait’s stock exchange", "ORGANIZATION", [], "Kuwait stock exchange")],
    mentions=[("m1", "Bahrain's GFH", "gfh"),
              ("m2", ("The firm", "The firm plans"), "gfh"),
              ("m3", "Bahrain’s Gulf Finance House (GFH)", "gfh"),
              ("m4", ("the firm", "allow the firm"), "gfh"),
              ("m5", ("it", "but it proposed"), "gfh"),
              ("m6", "investors", "investors"),
              ("m7", "the Islamic investment bank", "gfh"),
              ("m8", "Kuwait’s stock exchange", "exchange"),
              ("m9", ("GFH", "because GFH"), "gfh"),
              ("m10", ("GFH", "GFH conducted"), "gfh"),
              ("m11", ("The firm", "The firm, which"), "gfh"),
              ("m12", ("GFH", "GFH on Sunday"), "gfh"),
              ("m13", ("It", "It proposed"), "gfh"),
              ("m14", ("GFH", "GFH last"), "gfh")],
    attributions=[("a1", "INDIRECT", "m1", "Proposes", "Capital Cut, No Dividend For 2014", None),
                  ("a2", "INDIRECT", "m3", ("said", "(GFH) said"), seg(T, "its shareholders would consider", "some time in the future"), None),
                  ("a3", "INDIRECT", "m5", ("proposed", "it proposed no"), "no payout for 2014", None),
                  ("a4", "INDIRECT", "m6", "hoping", seg(T, "the Islamic investment bank, which", "profit last year"), None),
                  ("a5", "INDIRECT", "m8", ("saying", "trades, saying"), "this was because GFH had not notified it about the capital reduction plans in advance", None),
                  ("a6", "INDIRECT", "m12", "asked", "shareholders to allow it to keep the profit as reserves and retained earnings, instead of paying it out as a dividend", None),
                  ("a7", "DIRECT", "m13", ("proposed", "It proposed"), "the elimination of the accumulated losses to allow for distribution of dividends in future", None),
                  ("a8", "INDIRECT", "m13", "giving any further details", "when dividends might resume", None)])

# ---------------------------------------------------------------------------------------
doc("worldsport-coleman-wales-georgia-preview",
    url="http://www.worldsport.ge/en/page/159968_chris-coleman-if-the-georgian-team-continues-in-this-way-it-will-definitely-succeed",
    outlet="World Sport", country="Georgia", topic="sport", cut=False,
    published="2017-10-05",
    text=(T := "Chris Coleman: \"If the Georgian Team Continues in This Way, It will Definitely Succeed\"\n"
          "\"The Georgians Overcame Us in Cardiff and I think We will Have a Difficult Match Tomorrow\"\n"
          "Chris Coleman, head coach of the Wales national team, held a press conference before the match against Georgia. According to an experienced specialist, the goal of the Welsh team is a victory and despite the lack of Bale, they are in Tbilisi for three points.\n"
          "Besides, Coleman praised the Georgian team and said that he has a great chance to succeed in the future.\n"
          "“Bale was at the gathering, but due to his ankle trauma has not practiced with the team. Of course, it’s bad that he will not be with us, but we have been in a similar situation before and I think we have a strong team to achieve the desired result. If we fail tomorrow, it will not be a fault of Bale.\n"
          "Georgian team is a good team and has nothing to lose. They overcame us in the first meeting. Depending on the game shown in Cardiff, we could be defeated. Besides, the Georgian national team has proved to be e very strong team in the qualifying cycle. We have a negative balance with the Georgians and I think that tomorrow’s match will be tense and exciting.\n"
          "The Georgian team holds the ball well, but in international football it is not enough and the experience is important. I am sure if Georgian team continues in this way, it will succeed in the future,” – said Coleman.\n"
          "The match between Georgia and Wales will take place on October 6, “Dinamo Arena”, 20:00."),
    entities=[("coleman", "Chris Coleman", "PERSON",
               ["Coleman", "Chris Coleman, head coach of the Wales national team", "an experienced specialist"],
               "head coach of the Wales national football team")],
    mentions=[("m1", ("Chris Coleman", "Chris Coleman:"), "coleman"),
              ("m2", "Chris Coleman, head coach of the Wales national team", "coleman"),
              ("m3", "an experienced specialist", "coleman"),
              ("m4", ("Coleman", "Coleman praised"), "coleman"),
              ("m5", ("Coleman", "said Coleman"), "coleman")],
    attributions=[("a1", "DIRECT", "m1", None, "If the Georgian Team Continues in This Way, It will Definitely Succeed", None),
                  ("a2", "DIRECT", "m1", None, "The Georgians Overcame Us in Cardiff and I think We will Have a Difficult Match Tomorrow", None),
                  ("a3", "INDIRECT", "m3", "According to", "the goal of the Welsh team is a victory and despite the lack of Bale, they are in Tbilisi for three points", None),
                  ("a4", "INDIRECT", "m4", "praised", ("the Georgian team", "praised the Georgian team"), None),
                  ("a5", "INDIRECT", "m4", ("said", "and said that he"), "he has a great chance to succeed in the future", None),
                  ("a6", "DIRECT", "m5", ("said", "said Coleman"), seg(T, "Bale was at the gathering", "in the future,"), None)])

# ---------------------------------------------------------------------------------------
doc("nhkworld-doctors-heatstroke-hottest-hours",
    url="https://www3.nhk.or.jp/nhkworld/en/news/20240709_07/",
    outlet="NHK World-Japan", country="Japan", topic="health-science", cut=False,
    published="2024-07-09",
    text=(T := "Japanese doctors association urges people to avoid outings in hottest hours\n"
          "The Japanese Association for Acute Medicine has urged people not to go outdoors unless absolutely necessary during the hottest hours of the day.\n"
          "The association raised the alert on Monday as wide parts of Japan are experiencing oppressive heat, with temperatures soaring to 35 degrees Celsius or higher.\n"
          "During an online news conference, the association's director, Yokobori Shoji, who is also a doctor at Nippon Medical School, said people are more susceptible to heatstroke when their bodies have not yet gotten used to the heat.\n"
          "Yokobori said people should pay attention to those who are especially at risk, such as the elderly, children, those with underlying health issues or disabilities and people who cannot afford air conditioners.\n"
          "The association has reviewed its classification of heatstroke severity, adding a new category, \"most severe,\" which indicates a high risk of death.\n"
          "People with a core body temperature of 40 degrees Celsius or higher who are unconscious or in a state of decreased consciousness fall under this category.\n"
          "For these patients, the association recommends quick and intensive treatment using \"active cooling\" methods, such as placing them in cold water baths.\n"
          "Yokobori said the summer heat in recent years is sometimes described as reaching \"disaster\" levels, and the number of heat-stricken patients could exceed those affected by natural disasters. He said the association will further consider what kind of system is necessary to help heatstroke patients."),
    entities=[("jaam", "The Japanese Association for Acute Medicine", "ORGANIZATION",
               ["Japanese doctors association", "The association"], "Japanese doctors' association for acute medicine"),
              ("yokobori", "Yokobori Shoji", "PERSON", ["Yokobori", "the association's director, Yokobori Shoji"],
               "director of the Japanese Association for Acute Medicine, doctor at Nippon Medical School")],
    mentions=[("m1", "Japanese doctors association", "jaam"),
              ("m2", "The Japanese Association for Acute Medicine", "jaam"),
              ("m3", ("The association", "The association raised"), "jaam"),
              ("m4", "the association's director, Yokobori Shoji", "yokobori"),
              ("m5", ("Yokobori", "Yokobori said people should"), "yokobori"),
              ("m6", ("The association", "The association has reviewed"), "jaam"),
              ("m7", ("the association", "the association recommends"), "jaam"),
              ("m8", ("Yokobori", "Yokobori said the summer"), "yokobori"),
              ("m9", ("He", "He said the association"), "yokobori"),
              ("m10", ("the association", "the association will"), "jaam")],
    attributions=[("a1", "INDIRECT", "m1", "urges", "people to avoid outings in hottest hours", None),
                  ("a2", "INDIRECT", "m2", "urged", "people not to go outdoors unless absolutely necessary during the hottest hours of the day", None),
                  ("a3", "INDIRECT", "m4", ("said", "School, said"), "people are more susceptible to heatstroke when their bodies have not yet gotten used to the heat", None),
                  ("a4", "INDIRECT", "m5", ("said", "Yokobori said people should"), seg(T, "people should pay attention", "air conditioners"), None),
                  ("a5", "MIXED", "m7", "recommends", seg(T, "quick and intensive treatment", "cold water baths"), None),
                  ("a6", "MIXED", "m8", ("said", "Yokobori said the summer"), seg(T, "the summer heat in recent years", "by natural disasters"), None),
                  ("a7", "MIXED", None, "described", "as reaching \"disaster\" levels", "a6"),
                  ("a8", "INDIRECT", "m9", ("said", "He said the association"), "the association will further consider what kind of system is necessary to help heatstroke patients", None)])

write("train_j.jsonl")
