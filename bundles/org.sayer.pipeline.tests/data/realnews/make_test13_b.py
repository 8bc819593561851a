#!/usr/bin/env python3
"""Writes test13_b.jsonl: real-news gold, split test13-b (see gold.py). Run: python3 make_test13_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page breaks off in the next paragraph ("In that regard, ..."); cut at the last
# whole paragraph. "ERBIL (Kurdistan 24) –" is a dateline, not an attribution.
# "claimed that Iran's ... Zarif sought to send a message": sending a message has no content
# of its own, so nothing is nested there. "Iran's foreign minister wanted the Iraqi side to
# ..." inside the lawmaker's claims is an attitude of another stated in a claim (FORMAT.md,
# nested; the corpus nests "wanted", make_train_az.py); "wanted X to Y" keeps X, as "called on
# X to Y" does. "according to a statement from Salih's office": the statement names its author,
# so it is a mention of the office (FORMAT.md, Documents); the "discussed" inside it is
# Zarif's, nested ("discussed" with its topic is in the corpus, make_train_an.py).
# "Na'im al-Aboudi ... said he believed ... and "hoped ...," Alsumaria quoted him as saying":
# the governing clause wins over the trailing repeat (FORMAT.md, Two clauses, one claim), so
# "quoted" gets no attribution of its own; "believed" and "hoped" are Aboudi's own attitudes
# in his own report and are not split off. "public fears of ... conflict" is a state, not
# reported speech.
doc("kurdistan24-iran-zarif-relay-message-iraq-mp",
    url="https://www.kurdistan24.net/en/news/a3a761dd-d16d-4821-807d-678f417638d2",
    outlet="Kurdistan 24", country="Iraq", topic="politics", cut=True,
    text=(T := "Iran FM sought to 'relay' message to US with Iraq visit, MP claims\n"
          "The lawmaker said Iran's foreign minister wanted the Iraqi side to “relay a message” to Washington.\n"
          "ERBIL (Kurdistan 24) – An Iraqi lawmaker from the al-Bina Alliance on Monday claimed that Iran’s Foreign Minister Mohammad Javad Zarif sought to send a message to its regional rivals and the United States through the Iraqi government during his recent visit to Baghdad.\n"
          "Noting that Zarif’s visit came just before an Iraqi delegation is due to visit Saudi Arabia and the US, MP Amer al-Fayez told Iraqi media the Iranian diplomat wanted the Iraqi side to “relay a message” to Washington.\n"
          "Zarif arrived in Baghdad on Saturday. He met with senior Iraqi officials and discussed, during his gathering with Iraq’s President Barham Salih, “the need to prevent war and escalation” between the US and Iran and “adopt a constructive dialogue to consolidate the foundations of peace in the region,” according to a statement from Salih’s office.\n"
          "The visit comes amid growing tensions between Washington and Tehran, which have sparked public fears of direct or indirect conflict by people in Iran and Iraq.\n"
          "“War between the two will negatively impact the entire world,” Fayez said.\n"
          "Bina Alliance is led by Iran-backed coalitions, among them senior Hashd al-Shaabi commander Hadi al-Amiri-led Fatah Coalition. The faction makes up a large portion of the Iraqi Parliament.\n"
          "Elsewhere, another Iraqi lawmaker said Iraq would remain impartial in a possible US-Iran conflict.\n"
          "Na’im al-Aboudi from the Fatah Coalition said he believed confrontation was unlikely and “hoped Iraq would be impartial and not get involved,” Alsumaria quoted him as saying.\n"
          "However, in the event of military escalation, “it is not possible not to interfere,” he added, supposedly supporting their chief backer, Iran."),
    entities=[("fayez", "Amer al-Fayez", "PERSON",
               ["Fayez", "al-Fayez", "MP Amer al-Fayez", "MP", "The lawmaker", "An Iraqi lawmaker from the al-Bina Alliance"],
               "Iraqi lawmaker of the al-Bina Alliance"),
              ("zarif", "Mohammad Javad Zarif", "PERSON",
               ["Zarif", "Iran’s Foreign Minister Mohammad Javad Zarif", "Iran FM", "Iran's foreign minister",
                "the Iranian diplomat"], "Foreign Minister of Iran"),
              ("office", "Salih’s office", "ORGANIZATION", ["a statement from Salih’s office"],
               "office of Iraq's President Barham Salih"),
              ("aboudi", "Na’im al-Aboudi", "PERSON",
               ["Aboudi", "al-Aboudi", "Na’im al-Aboudi from the Fatah Coalition", "another Iraqi lawmaker"],
               "Iraqi lawmaker of the Fatah Coalition")],
    mentions=[("m1", ("MP", "MP claims"), "fayez"),
              ("m2", ("Iran FM", "Iran FM sought"), "zarif"),
              ("m3", ("The lawmaker", "The lawmaker said"), "fayez"),
              ("m4", "Iran's foreign minister", "zarif"),
              ("m5", "An Iraqi lawmaker from the al-Bina Alliance", "fayez"),
              ("m6", "Iran’s Foreign Minister Mohammad Javad Zarif", "zarif"),
              ("m7", "MP Amer al-Fayez", "fayez"),
              ("m8", "the Iranian diplomat", "zarif"),
              ("m9", ("Zarif", "Zarif arrived"), "zarif"),
              ("m10", ("He", "He met"), "zarif"),
              ("m11", "a statement from Salih’s office", "office"),
              ("m12", ("Fayez", "Fayez said"), "fayez"),
              ("m13", "another Iraqi lawmaker", "aboudi"),
              ("m14", "Na’im al-Aboudi from the Fatah Coalition", "aboudi"),
              ("m15", ("he", "he added"), "aboudi")],
    attributions=[("a1", "MIXED", "m1", ("claims", "MP claims"), "Iran FM sought to 'relay' message to US with Iraq visit", None),
                  ("a2", "MIXED", "m3", ("said", "The lawmaker said"),
                   "Iran's foreign minister wanted the Iraqi side to “relay a message” to Washington", None),
                  ("a3", "MIXED", "m4", ("wanted", "minister wanted"),
                   ("the Iraqi side to “relay a message” to Washington", "minister wanted"), "a2"),
                  ("a4", "INDIRECT", "m5", "claimed",
                   seg(T, "Iran’s Foreign Minister Mohammad Javad Zarif sought", "recent visit to Baghdad"), None),
                  ("a5", "INDIRECT", "m7", "Noting",
                   "Zarif’s visit came just before an Iraqi delegation is due to visit Saudi Arabia and the US", None),
                  ("a6", "MIXED", "m7", "told",
                   "the Iranian diplomat wanted the Iraqi side to “relay a message” to Washington", None),
                  ("a7", "MIXED", "m8", ("wanted", "diplomat wanted"),
                   ("the Iraqi side to “relay a message” to Washington", "diplomat wanted"), "a6"),
                  ("a8", "MIXED", "m11", "according to",
                   seg(T, "He met with senior Iraqi officials", "peace in the region,”"), None),
                  ("a9", "MIXED", "m10", "discussed",
                   seg(T, "“the need to prevent war", "peace in the region,”"), "a8"),
                  ("a10", "DIRECT", "m12", ("said", "Fayez said"), "War between the two will negatively impact the entire world,", None),
                  ("a11", "INDIRECT", "m13", ("said", "lawmaker said Iraq"), "Iraq would remain impartial in a possible US-Iran conflict", None),
                  ("a12", "MIXED", "m14", ("said", "Coalition said he"),
                   "he believed confrontation was unlikely and “hoped Iraq would be impartial and not get involved,”", None),
                  ("a13", "MIXED", "m15", ("added", "he added"),
                   "in the event of military escalation, “it is not possible not to interfere,”", None)])

# ---------------------------------------------------------------------------------------
# The byline ("Maayana Miskin ,") and the photo caption ("Itamar Ben Gvir", printed three
# times) are removed. The headline's "Police Accused of ..." is an agentless passive: null
# source, and the accused subject is left out as in the corpus's "trio is accused of".
# "police request to keep teen in jail" / "a request from police to keep ...": noun cue
# "request" (corpus: make_train_al.py, make_train_ba.py), its claimant named as a modifier or
# in a by-phrase, so it is the source (as "a post on the council's account", FORMAT.md); the
# trailing "in Jerusalem 'nationalist attack' case" frames the court's ruling and stays out.
# "Court rejects police request" is a court's action (FORMAT.md, Actions), not annotated;
# "The court agreed that ..., and noted that ..." and "accepted Ben-Gvir's argument that ..."
# are findings of the court (included). "police are not accusing the youth of racist assault"
# is a negated act with no open question and is not nested (as make_test9_c.py does for
# "did not express interest"). "responded to the incident with a reminder that ...": the noun
# cue "reminder" carries the content; "was strongly opposed to attacks" is a state and is
# not nested. "The attack ... was condemned by religious-Zionist leaders": passive "condemned"
# with its theme as content (corpus: "condemned X").
doc("israelnationalnews-ben-gvir-police-appealing-to-media",
    url="https://www.israelnationalnews.com/News/News.aspx/166380",
    outlet="Israel National News", country="Israel", topic="courts-crime", cut=False,
    text=(T := "Police Accused of ‘Appealing to Media’ in Arrest\n"
          "Court rejects police request to keep teen in jail in Jerusalem ‘nationalist attack’ case.\n"
          "The Jerusalem Magistrates’ Court has rejected a request from police to keep a high school student in jail after he came under suspicion in an attack. Police argued that if the student were released, he could tamper with evidence.\n"
          "The student is one of multiple Jewish teens arrested after a Jewish boy threw rocks at an Arab teacher two weeks ago in Jerusalem.\n"
          "Attorney Itamar Ben-Gvir accused the Jerusalem Police of being motivated solely by a desire to appeal to the media. “There is no logic in arresting a suspect two weeks after the alleged offense and then requesting a remand because he might tamper with the investigation,” he said.\n"
          "The court agreed that the request was not justified, and noted that if the suspect had the desire and ability to interfere with the investigation, he could have done so in the two weeks that had passed between the attack and his arrest.\n"
          "The court also accepted Ben-Gvir’s argument that police are not accusing the youth of racist assault, which is a more serious charge than regular assault.\n"
          "The detainee will remain in custody until Tuesday evening and then will be released to house arrest.\n"
          "The attack in Jerusalem's Kiryat Moshe was condemned by religious-Zionist leaders. MK Uri Orbach of the Bayit Yehudi responded to the incident with a reminder that Rabbi Tzvi Yehuda Kook was strongly opposed to attacks on Arabs."),
    entities=[("police", "the Jerusalem Police", "ORGANIZATION", ["Police", "police", "Jerusalem Police"],
               "Israel Police in Jerusalem"),
              ("court", "The Jerusalem Magistrates’ Court", "ORGANIZATION",
               ["The court", "Court", "Jerusalem Magistrates’ Court"], None),
              ("bengvir", "Itamar Ben-Gvir", "PERSON", ["Ben-Gvir", "Attorney Itamar Ben-Gvir"], "defence attorney"),
              ("leaders", "religious-Zionist leaders", "GROUP", [], None),
              ("orbach", "Uri Orbach", "PERSON", ["Orbach", "MK Uri Orbach", "MK Uri Orbach of the Bayit Yehudi"],
               "Knesset member of Bayit Yehudi")],
    mentions=[("m1", ("Police", "Police Accused"), "police"),
              ("m2", ("Court", "Court rejects"), "court"),
              ("m3", ("police", "police request to keep teen"), "police"),
              ("m4", "The Jerusalem Magistrates’ Court", "court"),
              ("m5", ("police", "request from police"), "police"),
              ("m6", ("Police", "Police argued"), "police"),
              ("m7", "Attorney Itamar Ben-Gvir", "bengvir"),
              ("m8", "the Jerusalem Police", "police"),
              ("m9", ("he", "investigation,” he said"), "bengvir"),
              ("m10", ("The court", "The court agreed"), "court"),
              ("m11", ("The court", "The court also"), "court"),
              ("m12", ("Ben-Gvir", "Ben-Gvir’s argument"), "bengvir"),
              ("m13", ("police", "police are not accusing"), "police"),
              ("m14", "religious-Zionist leaders", "leaders"),
              ("m15", "MK Uri Orbach of the Bayit Yehudi", "orbach")],
    attributions=[("a1", "MIXED", None, "Accused", "‘Appealing to Media’ in Arrest", None),
                  ("a2", "INDIRECT", "m3", ("request", "police request"), "to keep teen in jail", None),
                  ("a3", "INDIRECT", "m5", ("request", "a request from police"), "to keep a high school student in jail", None),
                  ("a4", "INDIRECT", "m6", "argued", "if the student were released, he could tamper with evidence", None),
                  ("a5", "INDIRECT", "m7", ("accused", "Ben-Gvir accused"),
                   "the Jerusalem Police of being motivated solely by a desire to appeal to the media", None),
                  ("a6", "DIRECT", "m9", ("said", "investigation,” he said"),
                   seg(T, "There is no logic in arresting", "tamper with the investigation,"), None),
                  ("a7", "INDIRECT", "m10", "agreed", "the request was not justified", None),
                  ("a8", "INDIRECT", "m10", "noted",
                   seg(T, "if the suspect had the desire", "the attack and his arrest"), None),
                  ("a9", "INDIRECT", "m11", "accepted",
                   seg(T, "Ben-Gvir’s argument that police", "than regular assault"), None),
                  ("a10", "INDIRECT", "m12", ("argument", "Ben-Gvir’s argument"),
                   "police are not accusing the youth of racist assault, which is a more serious charge than regular assault", "a9"),
                  ("a11", "INDIRECT", "m14", "condemned", "The attack in Jerusalem's Kiryat Moshe", None),
                  ("a12", "INDIRECT", "m15", "reminder", "Rabbi Tzvi Yehuda Kook was strongly opposed to attacks on Arabs", None)])

# ---------------------------------------------------------------------------------------
# The standfirst repeats the second sentence of the third paragraph; both carry the claim
# (FORMAT.md, Text parts). "expressing frustration over X" is taken like "expressed his
# frustrations with X" (make_train_aj.py): content X. "communities", "residents" and "They"
# are one collective in one scene (FORMAT.md, Coreference). "expressed frustration, stating,
# that ...": the frustration has no content of its own, "stating" carries it. "Mwanaharusi
# sentiments were echoed by Fatuma Khalfani": the corpus annotates "echoed the sentiments"
# (make_test6_c.py), so the passive echo is a claim of Khalfani, who is also the antecedent of
# "who lamented". "highlighted X, noting that Y" is two claims (FORMAT.md, "X said A, warning
# that B"). "More To Read" (a link block) is removed; "Dire situation" is an unquoted
# cross-head (a label). The stored page breaks off inside the next quotation; cut at the last
# whole paragraph.
doc("eastleighvoice-kwale-water-shortages-kinango-matuga",
    url="https://eastleighvoice.co.ke/kwale%20water%20scarcity/60401/severe-water-shortages-hit-kinango-matuga-residents-in-kwale-county",
    outlet="The Eastleigh Voice", country="Kenya", topic="local", cut=True,
    text=(T := "Severe water shortages hit Kinango, Matuga residents in Kwale County\n"
          "The situation is dire, with communities expressing frustration over the recurrent disruptions and inadequate solutions from authorities.\n"
          "Residents of Kinango and Matuga sub-counties in Kwale County are facing perennial water shortages, worsening daily life in the region.\n"
          "According to residents, the situation has persisted for over two weeks without any relief. The situation is dire, with communities expressing frustration over the recurrent disruptions and inadequate solutions from authorities.\n"
          "They lamented that the situation has forced them to endure prolonged periods without access to clean and reliable water sources.\n"
          "Mwanaharusi Jumbe, a resident of Kombani in Matuga sub-county, expressed frustration, stating, that they receive hefty water bills but only get the commodity once or twice a week.\n"
          "\"Kwale always launches water projects, but we locals are left wondering where the water is directed because we continue to suffer,\" said Mwanaharusi.\n"
          "Mwanaharusi sentiments were echoed by Fatuma Khalfani from Kinango who lamented that despite making formal complaints their grievances have not been addressed.\n"
          "\"Our complaints to the respective offices have fallen on deaf ears. Sometimes, we resort to using water from streams, which are unfit for consumption. We urgently need the county government to intervene,\" she stated.\n"
          "Dire situation\n"
          "Shaban Mwamzuri, a resident of Vuga, highlighted the persistent hardships, noting, that despite the county launching several water sources, the situation remains dire.\n"
          "\"We currently benefit from rains, but once they cease, access to clean water becomes a luxury with no explanations provided,\" said Shaban.\n"
          "Juma Shimba claims that most residents have now resorted to disconnecting their meters."),
    entities=[("residents", "Residents of Kinango and Matuga sub-counties in Kwale County", "GROUP",
               ["Residents", "residents", "communities"], "residents of Kinango and Matuga sub-counties"),
              ("jumbe", "Mwanaharusi Jumbe", "PERSON",
               ["Mwanaharusi", "Jumbe", "Mwanaharusi Jumbe, a resident of Kombani in Matuga sub-county"],
               "resident of Kombani, Matuga sub-county"),
              ("khalfani", "Fatuma Khalfani", "PERSON", ["Khalfani", "Fatuma Khalfani from Kinango"], "resident of Kinango"),
              ("mwamzuri", "Shaban Mwamzuri", "PERSON", ["Shaban", "Mwamzuri", "Shaban Mwamzuri, a resident of Vuga"],
               "resident of Vuga"),
              ("shimba", "Juma Shimba", "PERSON", ["Shimba"], None)],
    mentions=[("m1", ("communities", "County\nThe situation"), "residents"),
              ("m2", "Residents of Kinango and Matuga sub-counties in Kwale County", "residents"),
              ("m3", ("residents", "According to residents"), "residents"),
              ("m4", ("communities", "relief. The situation"), "residents"),
              ("m5", ("They", "They lamented"), "residents"),
              ("m6", "Mwanaharusi Jumbe, a resident of Kombani in Matuga sub-county", "jumbe"),
              ("m7", ("Mwanaharusi", "said Mwanaharusi"), "jumbe"),
              ("m8", "Fatuma Khalfani from Kinango", "khalfani"),
              ("m9", ("she", "she stated"), "khalfani"),
              ("m10", "Shaban Mwamzuri, a resident of Vuga", "mwamzuri"),
              ("m11", ("Shaban", "said Shaban"), "mwamzuri"),
              ("m12", "Juma Shimba", "shimba")],
    attributions=[("a1", "INDIRECT", "m1", ("expressing frustration", "County\nThe situation"),
                   ("the recurrent disruptions and inadequate solutions from authorities", "County\nThe situation"), None),
                  ("a2", "INDIRECT", "m3", "According to", "the situation has persisted for over two weeks without any relief", None),
                  ("a3", "INDIRECT", "m4", ("expressing frustration", "relief. The situation"),
                   ("the recurrent disruptions and inadequate solutions from authorities", "relief. The situation"), None),
                  ("a4", "INDIRECT", "m5", ("lamented", "They lamented"),
                   "the situation has forced them to endure prolonged periods without access to clean and reliable water sources", None),
                  ("a5", "INDIRECT", "m6", "stating",
                   "they receive hefty water bills but only get the commodity once or twice a week", None),
                  ("a6", "DIRECT", "m7", ("said", "said Mwanaharusi"),
                   seg(T, "Kwale always launches", "we continue to suffer,"), None),
                  ("a7", "INDIRECT", "m8", "echoed", "Mwanaharusi sentiments", None),
                  ("a8", "INDIRECT", "m8", ("lamented", "who lamented"),
                   "despite making formal complaints their grievances have not been addressed", None),
                  ("a9", "DIRECT", "m9", "stated", seg(T, "Our complaints to the respective", "government to intervene,"), None),
                  ("a10", "INDIRECT", "m10", "highlighted", "the persistent hardships", None),
                  ("a11", "INDIRECT", "m10", "noting",
                   "despite the county launching several water sources, the situation remains dire", None),
                  ("a12", "DIRECT", "m11", ("said", "said Shaban"), seg(T, "We currently benefit", "no explanations provided,"), None),
                  ("a13", "INDIRECT", "m12", "claims", "most residents have now resorted to disconnecting their meters", None)])

# ---------------------------------------------------------------------------------------
# "Ebola outbreak:" is a topic label before the colon; "Nigeria on alert, says NCDC" has its
# verb after the claim (FORMAT.md, Headlines). "In a tweet" is a medium. "declared a new Ebola
# outbreak" / "The epidemic was declared" / "the Guinean government declares an Ebola
# epidemic" are official acts, not reports (as make_train_ak.py takes "declared an outbreak").
# "with the authorities asking the World Health Organisation (WH0) to rush in vaccines": "asked
# X to Y" keeps the addressee, as "called on X to Y" does (make_test9_c.py). "She was said to
# have died ...": agentless passive, null source, raised subject left out. The page prints
# "Nigeria.A" and "(WH0)" as kept here. The stored copy breaks off in the next paragraph;
# cut at the last whole paragraph.
doc("parrotnigeria-ncdc-ebola-guinea-alert",
    url="https://parrotnigeria.com/?p=125808",
    outlet="Parrot Nigeria", country="Nigeria", topic="health-science", cut=True,
    text=(T := "Ebola outbreak: Nigeria on alert, says NCDC\n"
          "Nigeria Centre for Disease Control(NCDC) said it is evaluating the risk to Nigeria of the new Ebola outbreak in Guinea.\n"
          "In a tweet on Sunday, the NCDC said it has been in touch with the World Health Organisation and the Africa CDC over the development.\n"
          "It also said it is in touch with the West African Health Organisation, the ECOWAS Specialized Institution responsible for health issues.\n"
          "“NCDC is aware of confirmed #Ebola cases in Guinea and is assessing the risk to Nigeria.A public health advisory will be issued soon”, it said.\n"
          "West African country Guinea declared a new Ebola outbreak on Sunday, with the authorities asking the World Health Organisation (WH0) to rush in vaccines.\n"
          "The epidemic was declared as tests came back positive for the virus after at least three people died and four fell ill in the southeast part of the country.\n"
          "It was the first resurgence of the disease in the country since the world’s worst outbreak in 2013-2016.\n"
          "The seven patients fell ill with diarrhoea, vomiting and bleeding after attending a burial in Goueke sub-prefecture.\n"
          "Those still alive have been isolated in treatment centres, the health ministry said.\n"
          "It was not clear if the nurse buried on Feb. 1 had also died of Ebola.\n"
          "She was said to have died from an unspecified illness after being transferred for treatment to Nzerekore, a city near the border with Liberia and Ivory Coast.\n"
          "“Faced with this situation and in accordance with international health regulations, the Guinean government declares an Ebola epidemic,” the ministry said in a statement.\n"
          "The 2013-2016 outbreak of Ebola in West Africa started in Nzerekore, whose proximity to busy borders hampered efforts to contain the virus.\n"
          "It went on to kill at least 11,300 people with the vast majority of cases in Guinea, Liberia and Sierra Leone.\n"
          "The virus was introduced into Nigeria on 20 July 2014 when an infected Liberian man arrived by aeroplane into Lagos."),
    entities=[("ncdc", "Nigeria Centre for Disease Control", "ORGANIZATION",
               ["NCDC", "the NCDC", "Nigeria Centre for Disease Control(NCDC)"], "Nigeria's public health agency"),
              ("authorities", "the authorities", "GROUP", [], "Guinean authorities"),
              ("ministry", "the health ministry", "ORGANIZATION", ["the ministry", "health ministry"], "Guinea's health ministry")],
    mentions=[("m1", ("NCDC", "says NCDC"), "ncdc"),
              ("m2", "Nigeria Centre for Disease Control(NCDC)", "ncdc"),
              ("m3", ("the NCDC", "the NCDC said"), "ncdc"),
              ("m4", ("It", "It also said"), "ncdc"),
              ("m5", ("NCDC", "“NCDC is aware"), "ncdc"),
              ("m6", ("it", "”, it said"), "ncdc"),
              ("m7", ("the authorities", "with the authorities"), "authorities"),
              ("m8", "the health ministry", "ministry"),
              ("m9", ("the ministry", "the ministry said in"), "ministry")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "says NCDC"), "Nigeria on alert", None),
                  ("a2", "INDIRECT", "m2", ("said", "(NCDC) said"),
                   "it is evaluating the risk to Nigeria of the new Ebola outbreak in Guinea", None),
                  ("a3", "INDIRECT", "m3", ("said", "the NCDC said"),
                   "it has been in touch with the World Health Organisation and the Africa CDC over the development", None),
                  ("a4", "INDIRECT", "m4", ("said", "It also said"),
                   "it is in touch with the West African Health Organisation, the ECOWAS Specialized Institution responsible for health issues", None),
                  ("a5", "DIRECT", "m6", ("said", "”, it said"),
                   seg(T, "NCDC is aware of confirmed", "will be issued soon"), None),
                  ("a6", "INDIRECT", "m7", "asking", "the World Health Organisation (WH0) to rush in vaccines", None),
                  ("a7", "INDIRECT", "m8", ("said", "health ministry said"), "Those still alive have been isolated in treatment centres", None),
                  ("a8", "INDIRECT", None, ("said", "She was said"),
                   seg(T, "to have died from an unspecified illness", "Liberia and Ivory Coast"), None),
                  ("a9", "DIRECT", "m9", ("said", "the ministry said in"),
                   seg(T, "Faced with this situation", "declares an Ebola epidemic,"), None)])

# ---------------------------------------------------------------------------------------
# The date line "01/08/2018 Argaam" under the headline is dropped (Argaam prints day/month/
# year). "GASCO saw higher expenses ...: CEO" is a claim-colon-name headline, taken like the
# "claim – name" headline of FORMAT.md: null cue, source "CEO". "told CNBC Arabia": the
# channel is the addressee/medium. "As GASCO caters to ..." has no cue and is not annotated
# (FORMAT.md, No cue, no claim). "GASCO reported a profit decline ...": a company's reported
# results are a claim in the corpus ("reported a 22-percent rise in quarterly profits",
# make_train_b.py); the trailing "data compiled by Argaam showed" is an evidential and is not
# annotated. "Al Najidi" and "Al-Najidi" are the page's two spellings of one name. The
# comments block after the article is left out; the article itself is whole.
doc("argaam-gasco-higher-expenses-labor-costs",
    url="https://betatesting.argaam.com/en/switch-view?mobile=true&returnUrl=https%3A%2F%2Fbetatesting.argaam.com%2Fen%2Farticle%2Farticledetail%2Fid%2F563394",
    outlet="Argaam", country="Saudi Arabia", topic="business", cut=False, published="2018-08-01",
    text=(T := "GASCO saw higher expenses in H1 on rising labor costs: CEO\n"
          "National Gas & Industrialization Co. (GASCO) incurred more than SAR 9 million in expenses in the first six months of 2018, driven by higher cost of labor as well as allowances to compensate the rising cost of living, chief executive Abdul Karim Bin Hamad Al Najidi told CNBC Arabia.\n"
          "However, the company managed to cut back on the cost of revenue and deliver a satisfactory performance in terms of gross profit and revenues in Q2 2018, Al Najidi added.\n"
          "As GASCO caters to a number of business fields including the industrial sector and housing, it was affected by major changes in the economic environment, particularly the expatriate exodus.\n"
          "“Such an impact would be temporary, and revenue will be back to normal levels over the coming quarters,” he added.\n"
          "GASCO reported a profit decline of 31 percent year-on-year (YoY) to SAR 70.6 million for the first half of 2018, data compiled by Argaam showed.\n"
          "The Saudi-listed company has no outstanding debts, Al-Najidi said, adding that existing liquidity will be directed to capital investments, whether partnerships, acquisitions or expansions."),
    entities=[("gasco", "National Gas & Industrialization Co. (GASCO)", "ORGANIZATION",
               ["GASCO", "National Gas & Industrialization Co.", "the company", "The Saudi-listed company"],
               "Saudi-listed gas distributor"),
              ("najidi", "Abdul Karim Bin Hamad Al Najidi", "PERSON",
               ["Al Najidi", "Al-Najidi", "Najidi", "chief executive Abdul Karim Bin Hamad Al Najidi", "CEO"],
               "chief executive of GASCO")],
    mentions=[("m1", ("GASCO", "GASCO saw"), "gasco"),
              ("m2", ("CEO", "costs: CEO"), "najidi"),
              ("m3", "National Gas & Industrialization Co. (GASCO)", "gasco"),
              ("m4", "chief executive Abdul Karim Bin Hamad Al Najidi", "najidi"),
              ("m5", ("the company", "the company managed"), "gasco"),
              ("m6", ("Al Najidi", "Al Najidi added"), "najidi"),
              ("m7", ("GASCO", "As GASCO"), "gasco"),
              ("m8", ("he", "he added"), "najidi"),
              ("m9", ("GASCO", "GASCO reported"), "gasco"),
              ("m10", "The Saudi-listed company", "gasco"),
              ("m11", "Al-Najidi", "najidi")],
    attributions=[("a1", "INDIRECT", "m2", None, "GASCO saw higher expenses in H1 on rising labor costs", None),
                  ("a2", "INDIRECT", "m4", "told",
                   seg(T, "National Gas & Industrialization Co. (GASCO) incurred", "rising cost of living"), None),
                  ("a3", "INDIRECT", "m6", ("added", "Najidi added"),
                   seg(T, "the company managed to cut back", "revenues in Q2 2018"), None),
                  ("a4", "DIRECT", "m8", ("added", "he added"),
                   "Such an impact would be temporary, and revenue will be back to normal levels over the coming quarters,", None),
                  ("a5", "INDIRECT", "m9", "reported",
                   "a profit decline of 31 percent year-on-year (YoY) to SAR 70.6 million for the first half of 2018", None),
                  ("a6", "INDIRECT", "m11", ("said", "Al-Najidi said"), "The Saudi-listed company has no outstanding debts", None),
                  ("a7", "INDIRECT", "m11", "adding",
                   "existing liquidity will be directed to capital investments, whether partnerships, acquisitions or expansions", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead. `published` is the date in
# the page's address (2025/10/12). "The aim of Kevin Wambua ... is to ensure continuity" has no
# reporting verb and is not annotated. "Speaking to www.thhesportsnewsarena.com" (as printed)
# is a medium. "Louis Kisia, the assistant coach who is handling Morans, echoed Wambua's
# remarks": the corpus annotates "echoed the sentiments" (make_test6_c.py), so this is a claim
# with the NP content; the source leaves out the relative clause (FORMAT.md, Source), and
# "after a slow start ..." is an adjunct of the echo. "Safari Sevens, he admitted, was ...":
# the parenthetical reporting clause stays inside the content (FORMAT.md, Contiguity).
# "Slow Start" is an unquoted cross-head (a label). The stored copy breaks off in the next
# paragraph ("His captain, John Okot"); cut at the last whole paragraph.
doc("thesportsnewsarena-safari-sevens-shujaa-morans",
    url="https://thesportsnewsarena.com/2025/10/12/safari-sevens-kenya-morans-eye-victory-over-shujaa",
    outlet="The Sports News Arena", country="Kenya", topic="sport", cut=True, published="2025-10-12",
    text=(T := "The aim of Kevin Wambua, the Kenya Shujaa coach is to ensure continuity as this year’s Safari Sevens enters the business end on Sunday at the Nyayo National Stadium.\n"
          "Although the team had to wait for the second day to play their first match after a preventable incident on the opening night when the floodlights went off, Wambua’s charges finished top of their Pool A and now face a select side Nyati in the cup quarter final.\n"
          "Speaking to www.thhesportsnewsarena.com after their first match on Saturday, Wambua admitted he could not have asked for a better start, a 55-0 blanking of Walukuba Rugby, the Uganda 7’s club champions. “There is no reason to change the players because we have a four year circle and we are also banking on Morans who have fresh faces who can add value to the team any moment,” the coach added.\n"
          "In the next assignments, Shujaa edged out UK Select 28-19 and French Renegades 25-0 in a match that was stopped for more than eight minutes to enable the medical team deal with an injury to a player from the opposing side.\n"
          "Slow Start\n"
          "Louis Kisia, the assistant coach who is handling Morans, echoed Wambua’s remarks after a slow start that saw them beat Apache 28-10, ReUnion 24-0 and Zimbabwe 27-7. Kisia explained that in the first match, Morans were still working on getting the right combinations before facing ReUnion.\n"
          "They got their stride against Zimbabwe and won 27-7 to top Pool C and book a date with the UK Select in the cup quarters. Kisia explained that the preparations before Safari Sevens that started after the completion of the national circuit were not adequate. “It was a small window for the players to transition to the national set up,” he observed.\n"
          "Safari Sevens, he admitted, was a good build up for the World Rugby Sevens 2, formerly Challenger Series where Kenya needs at least 13 players and depth in the bench. There are plans for Kenya to have an outing in December before the World Rugby Series 2 in February."),
    entities=[("wambua", "Kevin Wambua", "PERSON", ["Wambua", "Kevin Wambua, the Kenya Shujaa coach", "the coach"],
               "head coach of Kenya Shujaa (men's sevens)"),
              ("kisia", "Louis Kisia", "PERSON", ["Kisia", "Louis Kisia, the assistant coach"],
               "assistant coach handling Kenya Morans")],
    mentions=[("m1", "Kevin Wambua, the Kenya Shujaa coach", "wambua"),
              ("m2", ("Wambua", "Wambua admitted"), "wambua"),
              ("m3", ("the coach", "the coach added"), "wambua"),
              ("m4", "Louis Kisia, the assistant coach", "kisia"),
              ("m5", ("Kisia", "Kisia explained that in"), "kisia"),
              ("m6", ("Kisia", "Kisia explained that the"), "kisia"),
              ("m7", ("he", "he observed"), "kisia"),
              ("m8", ("he", "he admitted"), "kisia")],
    attributions=[("a1", "INDIRECT", "m2", ("admitted", "Wambua admitted"),
                   "he could not have asked for a better start, a 55-0 blanking of Walukuba Rugby, the Uganda 7’s club champions", None),
                  ("a2", "DIRECT", "m3", ("added", "the coach added"),
                   seg(T, "There is no reason to change", "the team any moment,"), None),
                  ("a3", "INDIRECT", "m4", "echoed", "Wambua’s remarks", None),
                  ("a4", "INDIRECT", "m5", ("explained", "Kisia explained that in"),
                   "in the first match, Morans were still working on getting the right combinations before facing ReUnion", None),
                  ("a5", "INDIRECT", "m6", ("explained", "Kisia explained that the"),
                   seg(T, "the preparations before Safari Sevens", "were not adequate"), None),
                  ("a6", "DIRECT", "m7", "observed", "It was a small window for the players to transition to the national set up,", None),
                  ("a7", "INDIRECT", "m8", ("admitted", "he admitted"),
                   seg(T, "Safari Sevens, he admitted, was", "depth in the bench"), None)])

write("test13_b.jsonl")
