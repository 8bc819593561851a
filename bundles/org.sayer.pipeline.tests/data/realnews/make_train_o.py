#!/usr/bin/env python3
"""Writes train_o.jsonl: real-news gold, split train-o (see gold.py). Run: python3 make_train_o.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("yourgibraltartv-government-opposition-un-speech",
    url="https://www.yourgibraltartv.com/politics/5279-oct-14-government-note-opposition-s-reaction-to-un-speech",
    outlet="YGTV (Your Gibraltar TV)", country="Gibraltar", topic="politics", cut=True,
    text=(T := "Oct 14 - Government Note Opposition's Reaction To UN Speech\n"
          "According to the Government, the latest statement by the Opposition which links aspects of the Chief Minister's UN speech with the question of talks with Spain is a “very weak political analysis” of what is happening because it “completely ignores the reality” of the present situation.\n"
          "A spokesperson said: “The reality is not Gibraltar that does not want to talk to Spain. Instead it is Spain that does not want to talk to Gibraltar. This is reflected in the decision of the Partido Popular Government in Madrid to withdraw from the Trilateral Forum for Dialogue as soon as they were elected in 2011.\n"
          "“The United Kingdom Government and the Gibraltar Government have both made it clear that they are committed to the Forum in the long term. However, in April 2012 the Foreign Secretary William Hague, with the backing of the Gibraltar Government, proposed a formula for ad hoc talks, initially on a one-off basis and involving the parties that were relevant to the issues being discussed.\n"
          "“It is no secret that while the arrangements for ad hoc talks are being progressed, the Spanish Government has continued its campaign of harassment against Gibraltar at the same time. This has not only taken the form of creating deliberate and lengthy delays at the frontier which undermines the right to free movement of EU nationals.\n"
          "“The incursions by Spanish state vessels into British Gibraltar Territorial Waters, which intensified in 2009 after the EU designation of our waters as if they were Spanish, have continued ever since. There are sectors of the Spanish media which have whipped up the sentiments of the their Government into a frenzy of anti-Gibraltarian hatred."),
    entities=[("gov", "Gibraltar Government", "ORGANIZATION", ["Government", "the Government", "the Gibraltar Government"],
               "Government of Gibraltar"),
              ("opposition", "the Opposition", "ORGANIZATION", ["Opposition"], "Gibraltar's parliamentary opposition"),
              ("spokesperson", "A spokesperson", "PERSON", [], "Gibraltar Government spokesperson"),
              ("ukgib", "The United Kingdom Government and the Gibraltar Government", "GROUP", [],
               "the UK and Gibraltar governments together"),
              ("hague", "William Hague", "PERSON", ["Hague", "the Foreign Secretary William Hague"], "UK Foreign Secretary (2012)")],
    mentions=[("m1", ("Government", "Government Note"), "gov"),
              ("m2", ("the Government", "According to the Government"), "gov"),
              ("m3", ("the Opposition", "the Opposition which links"), "opposition"),
              ("m4", "A spokesperson", "spokesperson"),
              ("m5", "The United Kingdom Government and the Gibraltar Government", "ukgib"),
              ("m6", "the Foreign Secretary William Hague", "hague"),
              ("m7", ("the Gibraltar Government", "backing of the Gibraltar Government"), "gov")],
    attributions=[("a1", "INDIRECT", "m1", "Note", "Opposition's Reaction To UN Speech", None),
                  ("a2", "MIXED", "m2", ("According to", "According to the Government"),
                   seg(T, "the latest statement by the Opposition", "of the present situation"), None),
                  ("a3", "INDIRECT", "m3", ("links", "which links aspects"),
                   "aspects of the Chief Minister's UN speech with the question of talks with Spain", "a2"),
                  ("a4", "DIRECT", "m4", ("said", "A spokesperson said"), seg(T, "The reality is not Gibraltar", "anti-Gibraltarian hatred."), None),
                  ("a5", "INDIRECT", "m5", "made it clear", "they are committed to the Forum in the long term", "a4"),
                  ("a6", "INDIRECT", "m6", "proposed",
                   "a formula for ad hoc talks, initially on a one-off basis and involving the parties that were relevant to the issues being discussed", "a4")])

# ---------------------------------------------------------------------------------------
doc("tolonews-covid-cases-decreasing-afghanistan",
    url="https://tolonews.com/index.php/health-177326",
    outlet="TOLOnews", country="Afghanistan", topic="health-science", cut=False,
    text=(T := "COVID Cases Decreasing in Afghanistan: Health Officials\n"
          "Afghan health officials on Monday said they are optimistic about the reduction of COVID-19 cases in Afghanistan, highlighting that only 38 people have died across the country in the past 3 months.\n"
          "Jawid Hazhir, the spokesman of the Ministry of the Public Health (MoPH), said that more than 2,400 people were infected with COVID-19 during the past three months.\n"
          "Hazhir said at least five hospitals are operating to treat COVID-19 patients in Afghanistan.\n"
          "“Fortunately, we witnessed a decreased number of infected patients in the last three months,” said Jawid Hazhir.\n"
          "In the meantime, officials at the Afghan-Japan hospital told TOLOnews that the center is struggling with less challenges than in previous months.\n"
          "“We would be ready to fight against the next wave, if it comes, but in that case, we will need more staff,” said Zalmay Reshteen, head of the Afghan-Japan hospital.\n"
          "Kabul residents asked officials to pay full attention to health services. “We are a little worried. We ask the ministry to control the hospitals and the hospitals must take care of patients,” a resident told TOLOnews.\n"
          "The Ministry of Public Health added that the World Health Organization (WHO) recently assisted with 120,000 testing kits for Afghanistan."),
    entities=[("officials", "Afghan health officials", "GROUP", ["Health Officials"], "officials of Afghanistan's health ministry"),
              ("hazhir", "Jawid Hazhir", "PERSON",
               ["Hazhir", "Jawid Hazhir, the spokesman of the Ministry of the Public Health (MoPH)"], "spokesman of the Ministry of Public Health"),
              ("hospital", "officials at the Afghan-Japan hospital", "GROUP", [], "staff of the Afghan-Japan hospital, Kabul"),
              ("reshteen", "Zalmay Reshteen", "PERSON", ["Reshteen", "Zalmay Reshteen, head of the Afghan-Japan hospital"],
               "head of the Afghan-Japan hospital"),
              ("residents", "Kabul residents", "GROUP", [], None),
              ("resident", "a resident", "PERSON", [], "a Kabul resident"),
              ("moph", "The Ministry of Public Health", "ORGANIZATION", ["Ministry of Public Health", "the ministry"],
               "Afghanistan's Ministry of Public Health")],
    mentions=[("m1", "Health Officials", "officials"),
              ("m2", "Afghan health officials", "officials"),
              ("m3", "Jawid Hazhir, the spokesman of the Ministry of the Public Health (MoPH)", "hazhir"),
              ("m4", ("Hazhir", "Hazhir said at least"), "hazhir"),
              ("m5", ("Jawid Hazhir", "said Jawid Hazhir"), "hazhir"),
              ("m6", "officials at the Afghan-Japan hospital", "hospital"),
              ("m7", "Zalmay Reshteen, head of the Afghan-Japan hospital", "reshteen"),
              ("m8", "Kabul residents", "residents"),
              ("m9", ("the ministry", "ask the ministry"), "moph"),
              ("m10", "a resident", "resident"),
              ("m11", "The Ministry of Public Health", "moph")],
    attributions=[("a1", "INDIRECT", "m1", None, "COVID Cases Decreasing in Afghanistan", None),
                  ("a2", "INDIRECT", "m2", ("said", "on Monday said"), "they are optimistic about the reduction of COVID-19 cases in Afghanistan", None),
                  ("a3", "INDIRECT", "m2", "highlighting", "only 38 people have died across the country in the past 3 months", None),
                  ("a4", "INDIRECT", "m3", ("said", "(MoPH), said"), "more than 2,400 people were infected with COVID-19 during the past three months", None),
                  ("a5", "INDIRECT", "m4", ("said", "Hazhir said at least"), "at least five hospitals are operating to treat COVID-19 patients in Afghanistan", None),
                  ("a6", "DIRECT", "m5", ("said", "said Jawid Hazhir"), "Fortunately, we witnessed a decreased number of infected patients in the last three months,", None),
                  ("a7", "INDIRECT", "m6", ("told", "hospital told"), "the center is struggling with less challenges than in previous months", None),
                  ("a8", "DIRECT", "m7", ("said", "said Zalmay"), seg(T, "We would be ready to fight", "need more staff,"), None),
                  ("a9", "INDIRECT", "m8", "asked", "officials to pay full attention to health services", None),
                  ("a10", "DIRECT", "m10", ("told", "a resident told"), seg(T, "We are a little worried.", "take care of patients,"), None),
                  ("a11", "INDIRECT", "m11", "added", seg(T, "the World Health Organization (WHO)", "testing kits for Afghanistan"), None)])

# ---------------------------------------------------------------------------------------
doc("footballsomalia-sff-president-every-village",
    url="https://footballsomalia.so/my-goal-is-to-take-the-game-to-every-tiny-village-in-the-country-says-somali-fa-president/",
    outlet="Football Somalia", country="Somalia", topic="sport", cut=True,
    text=(T := "My goal is to take the game to every tiny village in the country: says Somali FA president\n"
          "The newly-elected president of Somali Football Federation, Ali Abdi Mohamed, said that creating opportunities for Somali children is one of his key focus areas in terms of football development in the country.\n"
          "In his first press conference after his recent election as the president of Somali Football Federation. Mr. Ali Abdi Mohamed, said that every Somali child has the right to enjoy the beautiful game, adding that the federation he leads will give a particular consideration to take the game to every tiny village in the country to help Somali children realize their dreams of enjoying football in their own villages.\n"
          "The president expressed his great appreciation to the world football’s governing body [FIFA] and the confederation of African football [CAF] for spending much time, energy and money to find a lasting solution Somali Football Federation which dived into a state of confusion and uncertainty for the last two years.\n"
          "“I would like to send a big thank you to FIFA and CAF for the fully-appreciated role they have played to ensure that Somali football enjoys in stability. I also take this opportunity to thank them for their generosity towards Somalia as they are our key financers and without them we wouldn’t have been able to play the game in Somalia” president Ali Abdi Mohamed, noted.\n"
          "Somali Football Federation president, Ali Abdi Mohamed, has also thanked the office of the country’s Prime Minister, His Excellency Hamza Abdi Barre, and the 3-member ministerial committee appointed by the Prime Minister for taking very responsible actions to help end the confusion that existed in the Somali Football Federation for the last two years."),
    entities=[("mohamed", "Ali Abdi Mohamed", "PERSON",
               ["Somali FA president", "Mr. Ali Abdi Mohamed", "The president", "president Ali Abdi Mohamed",
                "The newly-elected president of Somali Football Federation, Ali Abdi Mohamed",
                "Somali Football Federation president, Ali Abdi Mohamed"],
               "president of the Somali Football Federation")],
    mentions=[("m1", "Somali FA president", "mohamed"),
              ("m2", "The newly-elected president of Somali Football Federation, Ali Abdi Mohamed", "mohamed"),
              ("m3", "Mr. Ali Abdi Mohamed", "mohamed"),
              ("m4", "The president", "mohamed"),
              ("m5", "president Ali Abdi Mohamed", "mohamed"),
              ("m6", "Somali Football Federation president, Ali Abdi Mohamed", "mohamed")],
    attributions=[("a1", "INDIRECT", "m1", "says", "My goal is to take the game to every tiny village in the country", None),
                  ("a2", "INDIRECT", "m2", ("said", "Ali Abdi Mohamed, said that creating"),
                   "creating opportunities for Somali children is one of his key focus areas in terms of football development in the country", None),
                  ("a3", "INDIRECT", "m3", ("said", "Mr. Ali Abdi Mohamed, said"), "every Somali child has the right to enjoy the beautiful game", None),
                  ("a4", "INDIRECT", "m3", "adding", seg(T, "the federation he leads", "in their own villages"), None),
                  ("a5", "INDIRECT", "m4", "expressed his great appreciation", seg(T, "the world football’s governing body", "for the last two years"), None),
                  ("a6", "DIRECT", "m5", "noted", seg(T, "I would like to send", "play the game in Somalia"), None),
                  ("a7", "INDIRECT", "m6", "thanked", seg(T, "the office of the country’s Prime Minister", "Federation for the last two years"), None)])

# ---------------------------------------------------------------------------------------
doc("looppng-manning-re-arrest-jan-10th-accused",
    url="https://www.looppng.com/png-news/police-keen-re-arrest-jan-10th-criminals-125606",
    outlet="Loop PNG", country="Papua New Guinea", topic="courts-crime", cut=False,
    published="2024-04-10",
    text=(T := "Police keen to re-arrest Jan 10th criminals\n"
          "Commissioner of Police, David Manning said the release of the five on court orders came about due to unacceptable administrative shortcomings that are being resolved as part of ongoing reforms in the NCD/Central Command.\n"
          "“This situation is unacceptable. The five men will be arrested again and brought back before the Courts to answer for their actions, in accordance with the law,” he said.\n"
          "He said the accused were not supposed to be released back to the community, but the court had to follow its processes.\n"
          "Manning said Royal Papua New Guinea Constabulary takes full responsibility for the factors contributing to this situation.\n"
          "He said the suspects have been held in remand at Bomana Prison but due to transport problems, it prevented them from attending to their court cause.\n"
          "“Currently the Court facility at Bomana is not being used for court proceedings, so transport must be arranged depending on court case loads.\n"
          "“The high security transportation of prisoners are several issues that has plagued the NCD/Central Command over the last three years.\n"
          "“Many of the prisoners on remand, that require transportation back into Port Moresby, are desperate individuals that will use any means to escape custody.\n"
          "“I have directed the immediate strengthening of systems by NCD/Central Command to ensure prisoners can be transported in a secured manner and effective judicial systems are supported.\n"
          "“Until this matter is properly resolved, the focus of police will continue to be to secure transportation of prisoners, and the highest levels of accountability for those responsible for the delivery of community policing services in our nations capital,” Manning added."),
    entities=[("manning", "David Manning", "PERSON", ["Manning", "Commissioner of Police, David Manning"],
               "Commissioner of the Royal Papua New Guinea Constabulary")],
    mentions=[("m1", "Commissioner of Police, David Manning", "manning"),
              ("m2", ("he", "he said."), "manning"),
              ("m3", ("He", "He said the accused"), "manning"),
              ("m4", ("Manning", "Manning said Royal"), "manning"),
              ("m5", ("He", "He said the suspects"), "manning"),
              ("m6", ("Manning", "Manning added"), "manning")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "David Manning said"), seg(T, "the release of the five", "NCD/Central Command"), None),
                  ("a2", "DIRECT", "m2", ("said", "he said."), seg(T, "This situation is unacceptable.", "in accordance with the law,"), None),
                  ("a3", "INDIRECT", "m3", ("said", "He said the accused"),
                   "the accused were not supposed to be released back to the community, but the court had to follow its processes", None),
                  ("a4", "INDIRECT", "m4", ("said", "Manning said Royal"),
                   "Royal Papua New Guinea Constabulary takes full responsibility for the factors contributing to this situation", None),
                  ("a5", "INDIRECT", "m5", ("said", "He said the suspects"), seg(T, "the suspects have been held", "their court cause"), None),
                  ("a6", "DIRECT", "m6", ("added", "Manning added"), seg(T, "Currently the Court facility", "in our nations capital,"), None)])

# ---------------------------------------------------------------------------------------
doc("somalilandmonitor-reuters-hormuud-mobile-money-licence",
    url="https://somalilandmonitor.com/somalia-central-bank-issues-first-mobile-money-license-to-hormuud-telecom/",
    outlet="Somaliland Monitor (Reuters)", country="Somalia", topic="technology", cut=False,
    text=(T := "SOMALIA: Central Bank Issues First Mobile Money License To Hormuud Telecom\n"
          "Somalia’s central bank awarded on Saturday the country’s first mobile money licence to Mogadishu-based Hormuud Telecom Somalia Inc, a move aimed at formalising the country’s digital payments system and integrating it with the global financial system.\n"
          "Hormuud Telecom, which began operating in the Horn of Africa nation in 2002, has some 3.6 million subscribers in Somalia, a country of more than 15 million people, and roughly 3 million people use its mobile money platform EVC Plus.\n"
          "By granting Hormuud the licence, EVC Plus will now be subject to central bank regulation, which should boost confidence in the country’s mobile money system, the governor of the monetary authority said in a statement.\n"
          "“In formalising our existing digital payments infrastructure, we are accelerating the integration of Somalia’s financial system into the global economy,” Abdirahman Mohamed Abdullahi said.\n"
          "More than two thirds of all payments made in Somalia are via mobile money platforms, according to Hormuud Telecom, and the licence will help Somalia move towards becoming a cashless economy and tackle widespread counterfeiting.\n"
          "“The news today cements what we’ve known for a long time, that Somalia is moving towards being the world’s first truly cashless economy,” said Ahmed Mohamud Yuusuf, Hormuud Telecom’s chief executive."),
    entities=[("abdullahi", "Abdirahman Mohamed Abdullahi", "PERSON",
               ["Abdullahi", "the governor of the monetary authority"], "governor of the Central Bank of Somalia"),
              ("hormuud", "Hormuud Telecom", "ORGANIZATION", ["Hormuud Telecom Somalia Inc", "Hormuud"],
               "Mogadishu-based telecom operator"),
              ("yuusuf", "Ahmed Mohamud Yuusuf", "PERSON", ["Yuusuf", "Ahmed Mohamud Yuusuf, Hormuud Telecom’s chief executive"],
               "chief executive of Hormuud Telecom")],
    mentions=[("m1", "Hormuud Telecom Somalia Inc", "hormuud"),
              ("m2", ("Hormuud Telecom", "Hormuud Telecom, which began"), "hormuud"),
              ("m3", ("Hormuud", "granting Hormuud"), "hormuud"),
              ("m4", "the governor of the monetary authority", "abdullahi"),
              ("m5", "Abdirahman Mohamed Abdullahi", "abdullahi"),
              ("m6", ("Hormuud Telecom", "according to Hormuud Telecom"), "hormuud"),
              ("m7", "Ahmed Mohamud Yuusuf, Hormuud Telecom’s chief executive", "yuusuf")],
    attributions=[("a1", "INDIRECT", "m4", ("said", "authority said"), seg(T, "By granting Hormuud the licence", "mobile money system"), None),
                  ("a2", "DIRECT", "m5", ("said", "Abdullahi said"), seg(T, "In formalising our existing", "into the global economy,"), None),
                  ("a3", "INDIRECT", "m6", ("according to", "according to Hormuud"),
                   "More than two thirds of all payments made in Somalia are via mobile money platforms", None),
                  ("a4", "DIRECT", "m7", ("said", "said Ahmed"), seg(T, "The news today cements", "truly cashless economy,"), None)])

# ---------------------------------------------------------------------------------------
doc("mvariety-saipan-residents-oppose-tinian-pagan-training",
    url="http://www.mvariety.com/cnmi/cnmi-news/local/76415-saipan-residents-say-no-to-tinian-pagan-military-training",
    outlet="Marianas Variety", country="Northern Mariana Islands", topic="local", cut=True,
    text=(T := "Saipan residents say ‘no’ to Tinian, Pagan military training\n"
          "IT was a resounding “NO.”\n"
          "Saipan residents came in droves Wednesday night to Saipan Southern High School to voice their emphatic opposition to the proposed live-fire range and training areas on Tinian and Pagan.\n"
          "“No means no,” said radio personality Gary Sword as he encouraged the people to speak up against the proposed military action.\n"
          "For Sword, the land belongs to posterity — “to our children.”\n"
          "Addressing the other residents, Sword said, “If you haven’t put in a comment, shame on you!”\n"
          "Rep. Vinny Sablan was the first to express his opposition to the military plans described in the EIS document.\n"
          "He noted the lack of access to cultural and recreational sites which would have a significant impact on their lives.\n"
          "“Culture is very important to us,” he said.\n"
          "He also noted the reduced access of fishermen to fishing grounds which Sablan said would be detrimental to their livelihood.\n"
          "Jack Muna said he loves the military; however, he opposes the military’s live training on Tinian and Pagan.\n"
          "He described Pagan as a virgin island — the last frontier.\n"
          "For Muna, the training will have a significant impact on the environment.\n"
          "Speaker Joseph Deleon Guerrero said he would reserve his testimony for the Garapan meeting.\n"
          "Steven Johnson said the draft EIS “is a bloated and sloppily put together document, full of errors, vague definitions and false assumptions, to overwhelm and confuse the average reader.”\n"
          "To go through the over 5,000-page draft is a herculean feat, he said.\n"
          "He said even as a technical expert on some of the subject matter, he finds it difficult to digest."),
    entities=[("residents", "Saipan residents", "GROUP", ["the other residents", "the people"], "Saipan residents at the EIS meeting"),
              ("sword", "Gary Sword", "PERSON", ["Sword", "radio personality Gary Sword"], "radio personality"),
              ("sablan", "Vinny Sablan", "PERSON", ["Sablan", "Rep. Vinny Sablan"], "CNMI House representative"),
              ("muna", "Jack Muna", "PERSON", ["Muna"], None),
              ("guerrero", "Joseph Deleon Guerrero", "PERSON", ["Speaker Joseph Deleon Guerrero"], "Speaker of the CNMI House"),
              ("johnson", "Steven Johnson", "PERSON", ["Johnson"], "technical expert commenting on the draft EIS")],
    mentions=[("m1", ("Saipan residents", "Saipan residents say"), "residents"),
              ("m2", ("Saipan residents", "Saipan residents came"), "residents"),
              ("m3", "radio personality Gary Sword", "sword"),
              ("m4", ("he", "as he encouraged"), "sword"),
              ("m5", ("the people", "encouraged the people"), "residents"),
              ("m6", ("Sword", "For Sword"), "sword"),
              ("m7", "the other residents", "residents"),
              ("m8", ("Sword", "Sword said,"), "sword"),
              ("m9", "Rep. Vinny Sablan", "sablan"),
              ("m10", ("He", "He noted the lack"), "sablan"),
              ("m11", ("he", "us,” he said"), "sablan"),
              ("m12", ("He", "He also noted"), "sablan"),
              ("m13", ("Sablan", "which Sablan said"), "sablan"),
              ("m14", "Jack Muna", "muna"),
              ("m15", ("He", "He described"), "muna"),
              ("m16", ("Muna", "For Muna"), "muna"),
              ("m17", "Speaker Joseph Deleon Guerrero", "guerrero"),
              ("m18", "Steven Johnson", "johnson"),
              ("m19", ("he", "feat, he said"), "johnson"),
              ("m20", ("He", "He said even"), "johnson")],
    attributions=[("a1", "MIXED", "m1", "say", "‘no’ to Tinian, Pagan military training", None),
                  ("a2", "INDIRECT", "m2", "voice their emphatic opposition",
                   "the proposed live-fire range and training areas on Tinian and Pagan", None),
                  ("a3", "DIRECT", "m3", ("said", "said radio personality"), "No means no,", None),
                  ("a4", "INDIRECT", "m4", "encouraged", "the people to speak up against the proposed military action", None),
                  ("a5", "MIXED", "m6", ("For", "For Sword"), "the land belongs to posterity — “to our children.”", None),
                  ("a6", "DIRECT", "m8", ("said", "Sword said,"), "If you haven’t put in a comment, shame on you!", None),
                  ("a7", "INDIRECT", "m9", "express his opposition", "the military plans described in the EIS document", None),
                  ("a8", "INDIRECT", "m10", ("noted", "He noted the lack"),
                   "the lack of access to cultural and recreational sites which would have a significant impact on their lives", None),
                  ("a9", "DIRECT", "m11", ("said", "us,” he said"), "Culture is very important to us,", None),
                  ("a10", "INDIRECT", "m12", ("noted", "He also noted"), seg(T, "the reduced access of fishermen", "detrimental to their livelihood"), None),
                  ("a11", "INDIRECT", "m13", ("said", "which Sablan said"), "would be detrimental to their livelihood", "a10"),
                  ("a12", "INDIRECT", "m14", ("said", "Jack Muna said"), "he loves the military; however, he opposes the military’s live training on Tinian and Pagan", None),
                  ("a13", "INDIRECT", "m15", ("described", "He described"), "Pagan as a virgin island — the last frontier", None),
                  ("a14", "INDIRECT", "m16", ("For", "For Muna"), "the training will have a significant impact on the environment", None),
                  ("a15", "INDIRECT", "m17", ("said", "Guerrero said"), "he would reserve his testimony for the Garapan meeting", None),
                  ("a16", "MIXED", "m18", ("said", "Steven Johnson said"), seg(T, "the draft EIS “is a bloated", "the average reader.”"), None),
                  ("a17", "INDIRECT", "m19", ("said", "feat, he said"), "To go through the over 5,000-page draft is a herculean feat", None),
                  ("a18", "INDIRECT", "m20", ("said", "He said even"),
                   "even as a technical expert on some of the subject matter, he finds it difficult to digest", None)])

# ---------------------------------------------------------------------------------------
doc("thenewtodaygrenada-mitchell-business-reopening",
    url="https://www.thenewtodaygrenada.com/local-news/gda-is-re-opening/",
    outlet="The New Today", country="Grenada", topic="business", cut=True,
    text=(T := "G’da is re-opening\n"
          "Prime Minister Dr. Keith Mitchell has announced an expansion of business activities in Grenada with full effect from today (Monday) as part of government’s plans to fully re-open the island’s economy which is reeling under the impact of the coronavirus pandemic.\n"
          "In an address to the nation Sunday night, the Prime Minister said that every day from hereon be a designated business day for those enterprises already granted permission to operate and for those resuming work this week.\n"
          "He told Grenadians that all approved businesses will operate within the scope of their respective pre-COVID schedules in the allotted time from 8:00 a.m. to 5:00 p.m but that the daily curfew hours still remain in place from 7:00 p.m. to 5:00 a.m.\n"
          "According to the Grenadian leader, government anticipates “an uptick in economic activity with the resumption of work in the construction industry this week”.\n"
          "But the Prime Minister noted that certain things will have to be put in place first before construction workers can pick back up their tools.\n"
          "He said: “Health and safety guidelines have been created and the contractor for each project must seek and be granted permission from the (Cabinet-approved) construction sub-committee before actual work resumes”.\n"
          "Prime Minister Mitchell identified the specific businesses that will be allowed to re-open their doors from Monday for the first time since the shutdown – real estate services, laundromats, landscapers and gardeners, flower shops, consumer credit stores and companies offering payday loans.\n"
          "The address dropped hints that government is still to work out the critical issue of public transportation to take workers to their place of employment."),
    entities=[("mitchell", "Keith Mitchell", "PERSON",
               ["Mitchell", "Prime Minister Mitchell", "Prime Minister Dr. Keith Mitchell", "the Grenadian leader"],
               "Prime Minister of Grenada"),
              ("government", "government", "ORGANIZATION", [], "Government of Grenada"),
              ("address", "The address", "ORGANIZATION", [], "the Prime Minister's Sunday address to the nation")],
    mentions=[("m1", "Prime Minister Dr. Keith Mitchell", "mitchell"),
              ("m2", ("the Prime Minister", "the Prime Minister said"), "mitchell"),
              ("m3", ("He", "He told"), "mitchell"),
              ("m4", "the Grenadian leader", "mitchell"),
              ("m5", ("government", "government anticipates"), "government"),
              ("m6", ("the Prime Minister", "the Prime Minister noted"), "mitchell"),
              ("m7", ("He", "He said:"), "mitchell"),
              ("m8", "Prime Minister Mitchell", "mitchell"),
              ("m9", "The address", "address"),
              ("m10", ("government", "government is still"), "government")],
    attributions=[("a1", "INDIRECT", "m1", "announced", "an expansion of business activities in Grenada with full effect from today (Monday)", None),
                  ("a2", "INDIRECT", "m2", ("said", "the Prime Minister said"), seg(T, "every day from hereon", "resuming work this week"), None),
                  ("a3", "INDIRECT", "m3", ("told", "He told"), seg(T, "all approved businesses", "to 5:00 a.m"), None),
                  ("a4", "MIXED", "m4", "According to", seg(T, "government anticipates", "industry this week”"), None),
                  ("a5", "DIRECT", "m5", "anticipates", "an uptick in economic activity with the resumption of work in the construction industry this week", "a4"),
                  ("a6", "INDIRECT", "m6", ("noted", "the Prime Minister noted"),
                   "certain things will have to be put in place first before construction workers can pick back up their tools", None),
                  ("a7", "DIRECT", "m7", ("said", "He said:"), seg(T, "Health and safety guidelines", "before actual work resumes"), None),
                  ("a8", "INDIRECT", "m8", "identified", seg(T, "the specific businesses that will", "offering payday loans"), None),
                  ("a9", "INDIRECT", "m9", "dropped hints", seg(T, "government is still to work out", "their place of employment"), None)])

write("train_o.jsonl")
