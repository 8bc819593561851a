#!/usr/bin/env python3
"""Writes train_aj.jsonl: real-news gold, split train-aj (see gold.py). Run: python3 make_train_aj.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page breaks off inside Derek Larner's quotation; the text ends at the last whole
# paragraph before it.
doc("cay03sports-coaches-speak-cayman-track-sanction",
    url="https://cay03sports.com/2020/09/07/coaches-speak-on-caymans-track-and-field-sanction/",
    outlet="Cay 03 Sports", country="Cayman Islands", topic="sport", cut=True, published="2020-09-07",
    text=(T := "Coaches speak on Cayman’s track-and-field sanction\n"
          "Officials have remained quiet over the last month, providing no update on the sanction over the Cayman Islands track and field circuit. Coaches have now joined the public in asking the one question that no one seems to have the answer for. Who is responsible for the situation?\n"
          "“It’s not quite clear-cut to me what exactly has happened and it’s easy to see the end result but to say who is responsible for the situation it’s difficult,” said Mustang head coach Tyrone Yen, who has been training athletes in Cayman for nearly 20 years.\n"
          "The sanction, which bans the Cayman Islands Athletics Association (CIAA) from hosting any official competitions and prevents national athletes from participating in all major pro/amateur meets including the Olympics, came after the CIAA claimed there was unpaid funds by Cayman’s 2019 CARIFTA local organising committee (LOC).\n"
          "However, the LOC denied those claims through a press release, stating they had been “accused” of causing the sanction and had not received any direct communication outlining their alleged wrongdoing from the North American, Central American and Caribbean Athletics Association (NACAC).\n"
          "Cayman’s national track coach Kenrick Williams who has served for the past 24 expressed his frustrations with the current state of uncertainty.\n"
          "“I haven’t seen anything like this happen before,” said Williams. “I am hopeful that the CIAA along with the government would at least in a couple of months resolve the sanction that we are facing.”\n"
          "In a recent interview, NACAC president Mike Sands said they are currently in discussions with both the CIAA and the LOC but will not discuss the issue with the media at this time. Meanwhile coaches remain hopeful."),
    entities=[("coaches", "Coaches", "GROUP", ["coaches"], "Cayman track and field coaches"),
              ("yen", "Tyrone Yen", "PERSON", ["Yen", "Mustang head coach Tyrone Yen"], "Mustang head coach"),
              ("ciaa", "Cayman Islands Athletics Association (CIAA)", "ORGANIZATION",
               ["Cayman Islands Athletics Association", "CIAA", "the CIAA"], "Cayman's track and field association"),
              ("loc", "Cayman’s 2019 CARIFTA local organising committee (LOC)", "ORGANIZATION",
               ["LOC", "the LOC", "CARIFTA local organising committee"], "organisers of the 2019 CARIFTA Games in Cayman"),
              ("williams", "Kenrick Williams", "PERSON", ["Williams", "Cayman’s national track coach Kenrick Williams"],
               "Cayman's national track coach"),
              ("sands", "Mike Sands", "PERSON", ["Sands", "NACAC president Mike Sands"], "president of NACAC")],
    mentions=[("m0", ("Coaches", "Coaches speak"), "coaches"),
              ("m1", ("Coaches", "Coaches have now"), "coaches"),
              ("m2", "Mustang head coach Tyrone Yen", "yen"),
              ("m3", "the Cayman Islands Athletics Association (CIAA)", "ciaa"),
              ("m4", ("the CIAA", "the CIAA claimed"), "ciaa"),
              ("m5", "Cayman’s 2019 CARIFTA local organising committee (LOC)", "loc"),
              ("m6", ("the LOC", "the LOC denied"), "loc"),
              ("m7", "Cayman’s national track coach Kenrick Williams", "williams"),
              ("m8", ("Williams", "said Williams"), "williams"),
              ("m9", ("the CIAA", "the CIAA along"), "ciaa"),
              ("m10", "NACAC president Mike Sands", "sands"),
              ("m11", ("the CIAA", "the CIAA and the LOC"), "ciaa"),
              ("m12", ("the LOC", "and the LOC but"), "loc"),
              ("m13", ("coaches", "coaches remain"), "coaches")],
    # The headline's "speak on" names a topic, not a claim, and is not annotated.
    # "Officials ... providing no update on the sanction" is left out: the refusal has no open
    # question (FORMAT.md, Refusals, follows the seed only "with an open question"). The coaches'
    # "asking the one question ..." is a reported question of named speakers with a noun-phrase
    # content, as "ask the accused about the expense" -> "the expense" in make_train_ah.py.
    # "expressed his frustrations with X" is taken like "complained about noise" -> "noise".
    # "outlining their alleged wrongdoing" describes a communication the LOC says it never got,
    # so it is not a claim.
    attributions=[("a1", "INDIRECT", "m1", "asking", "the one question that no one seems to have the answer for", None),
                  ("a2", "DIRECT", "m2", ("said", "said Mustang"),
                   seg(T, "It’s not quite clear-cut", "for the situation it’s difficult,"), None),
                  ("a3", "INDIRECT", "m4", "claimed",
                   "there was unpaid funds by Cayman’s 2019 CARIFTA local organising committee (LOC)", None),
                  ("a4", "INDIRECT", "m6", "denied", "those claims", None),
                  ("a5", "MIXED", "m6", "stating",
                   seg(T, "they had been “accused”", "Caribbean Athletics Association (NACAC)"), None),
                  ("a6", "INDIRECT", None, "accused", "causing the sanction", "a5"),
                  ("a7", "INDIRECT", "m7", "expressed his frustrations", "the current state of uncertainty", None),
                  ("a8", "DIRECT", "m8", ("said", "said Williams"), "I haven’t seen anything like this happen before,", None),
                  ("a9", "DIRECT", "m8", None,
                   seg(T, "I am hopeful that the CIAA", "the sanction that we are facing."), None),
                  ("a10", "INDIRECT", "m10", ("said", "Sands said"),
                   seg(T, "they are currently in discussions", "with the media at this time"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (it starts with the lead); the text starts there. It breaks off
# inside a later Glen quotation; the text ends at the last whole paragraph before it.
doc("wired868-glen-warriors-nicaragua-rematch",
    url="https://wired868.com/2016/12/29/glen-were-working-on-new-stuff-aikim-and-kevan-included-for-nicaragua-rematch/",
    outlet="Wired868", country="Trinidad and Tobago", topic="sport", cut=True, published="2016-12-29",
    text=(T := "Trinidad and Tobago National Senior Team coach Tom Saintfiet will have W Connection winger Aikim Andrews and United States-based midfield hardman Kevan George available tomorrow, as the Soca Warriors face Nicaragua in the second outing of a two-game series in Managua.\n"
          "Kick off on Friday is at 8:30pm (TT time).\n"
          "The Soca Warriors lost 2-1 on Tuesday night—their first ever loss to Nicaragua—with George unavailable and Andrews stuck in Trinidad due to a passport issue, which was only discovered on the day of the team’s departure from Piarco.\n"
          "Trinidad and Tobago Football Association (TTFA) vice-president Ewing Davis, who is the chef de mission, was also blanked at the airport after his passport was flagged due to its expiry date. Davis landed in Managua on Wednesday night as well.\n"
          "India-based striker Cornell Glen, who made his first international appearance in three years off the bench on Tuesday, hopes to get more playing time tomorrow.\n"
          "“I felt good being back,” Glen told the TTFA Media. “It’s a young team with a lot of new faces [and] a new coach with different tactics but, all in all, it was good for me being back and playing with the boys again.\n"
          "“I kept playing and I stayed positive over the years. Hopefully in the next game, I can get some more playing time and I show the coach what I can still offer.”\n"
          "Glen said the Warriors are at an experimental stage now and suggested that Saintfiet—a former coach at Bangladesh, Malawi, Yemen, Togo and Namibia—did not encourage much improvisation from his players. However, he believes Trinidad and Tobago can still go on to qualify for the 2017 CONCACAF Gold Cup and 2018 World Cup tournaments."),
    entities=[("glen", "Cornell Glen", "PERSON", ["Glen", "India-based striker Cornell Glen"],
               "Trinidad and Tobago striker")],
    mentions=[("m1", "India-based striker Cornell Glen", "glen"),
              ("m2", ("Glen", "Glen told"), "glen"),
              ("m3", ("Glen", "Glen said"), "glen"),
              ("m4", ("he", "he believes"), "glen")],
    # "hopes to get more playing time" is a named subject's hope as the journalist reports it
    # (FORMAT.md, Included: beliefs and forecasts with a named subject). "the TTFA Media" is a
    # medium/addressee, not a source. The quotation after "Glen told" runs over two paragraphs
    # (the first ends without a closing mark and the next reopens), so it is one continuation.
    attributions=[("a1", "INDIRECT", "m1", "hopes", "to get more playing time tomorrow", None),
                  ("a2", "DIRECT", "m2", ("told", "Glen told"), "I felt good being back,", None),
                  ("a3", "DIRECT", "m2", None, seg(T, "It’s a young team", "what I can still offer."), None),
                  ("a4", "INDIRECT", "m3", ("said", "Glen said"), "the Warriors are at an experimental stage now", None),
                  ("a5", "INDIRECT", "m3", "suggested",
                   seg(T, "Saintfiet—a former coach", "much improvisation from his players"), None),
                  ("a6", "INDIRECT", "m4", "believes",
                   seg(T, "Trinidad and Tobago can still go on", "2018 World Cup tournaments"), None)])

# ---------------------------------------------------------------------------------------
# The stored page breaks off in its last paragraph ("PAHO is on record as sayin"); the text ends
# before it. An image address and the "Last Updated ..." line are left out.
doc("demerarawaves-guyana-dengue-cases-visit-doctor",
    url="https://demerarawaves.com/2024/04/23/guyanas-dengue-cases-increasing-visit-a-doctor-if-you-have-a-fever-health-minister/",
    outlet="Demerara Waves", country="Guyana", topic="health-science", cut=True, published="2024-04-23",
    text=(T := "Guyana’s dengue cases increasing; visit a doctor if you have a fever – Health Minister\n"
          "The number of dengue fever cases in Guyana is rising, prompting Health Minister Dr Frank Anthony to Tuesday urge people who have a fever to go to a doctor as a precaution against the potentially deadly disease.\n"
          "“If you have a fever, we are encouraging people to come to one of our facilities so that we can test you because you don’t know what is causing the fever,” he said in an update on the status of the mosquito-borne virus.\n"
          "Dr Anthony said so far, two persons in Guyana have died from dengue this year.\n"
          "Latest figures show that of the 11,240 tests so far this year, 2,852 were positive. Of that number 265 needed some form of hospitalisation.\n"
          "He said dengue fever cases came most from Region 1 (Barima-Waini), Region 2 (Pomeroon-Supenaam), Region 4 (Demerara-Mahaica), Region 6 (East Corentyne-Berbice) and Region 9 (Upper Takatu-Upper Essequibo).\n"
          "Last year, there were 7,859 dengue cases.\n"
          "The Health Minister advised Guyanese never to use aspirin if they have a fever because that drug could cause severe bleeding and other related complications if it turns out that they are diagnosed with dengue. Instead, he recommended that they use Paracetamol.\n"
          "Dr Anthony announced that the Health Ministry would in the coming days be distributing nets with long-lasting insecticide to kill mosquitoes. Government, he said, would be targeting residents of Regions 1 (Barima-Waini), Region 7 (Cuyuni-Mazaruni), Region 8 (Potaro-Siparuni and Region 9 (Upper Takatu-Upper Essequibo) to prevent dengue and malaria.\n"
          "The Health Minister said government has invested heavily in fogging machines and chemicals to kill the mosquitoes that spread dengue. He urged Guyanese to get rid of stagnant water and ask for chemicals to place in drains."),
    entities=[("anthony", "Frank Anthony", "PERSON",
               ["Anthony", "Dr Anthony", "Dr Frank Anthony", "Health Minister Dr Frank Anthony",
                "Health Minister", "The Health Minister"],
               "Guyana's Minister of Health")],
    mentions=[("m1", ("Health Minister", "fever – Health Minister"), "anthony"),
              ("m2", "Health Minister Dr Frank Anthony", "anthony"),
              ("m3", ("he", "he said in an update"), "anthony"),
              ("m4", ("Dr Anthony", "Dr Anthony said"), "anthony"),
              ("m5", ("He", "He said dengue"), "anthony"),
              ("m6", ("The Health Minister", "The Health Minister advised"), "anthony"),
              ("m7", ("he", "he recommended"), "anthony"),
              ("m8", ("Dr Anthony", "Dr Anthony announced"), "anthony"),
              ("m9", ("he", "he said, would"), "anthony"),
              ("m10", ("The Health Minister", "The Health Minister said"), "anthony"),
              ("m11", ("He", "He urged"), "anthony")],
    # "urge/advised/urged X to Y" keep the addressee, as "called on X to Y" (seed a23/a24) and
    # "urged city residents to ..." / "advised the people to ..." elsewhere in the corpus.
    # "Latest figures show that ..." is an evidential and is left out. "Government, he said,
    # would ..." keeps its parenthetical reporting clause inside the content (Contiguity).
    attributions=[("a1", "INDIRECT", "m1", None,
                   "Guyana’s dengue cases increasing; visit a doctor if you have a fever", None),
                  ("a2", "INDIRECT", "m2", ("urge", "Tuesday urge"),
                   seg(T, "people who have a fever to go", "the potentially deadly disease"), None),
                  ("a3", "DIRECT", "m3", ("said", "he said in an update"),
                   seg(T, "If you have a fever, we are", "what is causing the fever,"), None),
                  ("a4", "INDIRECT", "m4", ("said", "Dr Anthony said"),
                   "so far, two persons in Guyana have died from dengue this year", None),
                  ("a5", "INDIRECT", "m5", ("said", "He said dengue"),
                   seg(T, "dengue fever cases came most", "(Upper Takatu-Upper Essequibo)", "He said dengue"), None),
                  ("a6", "INDIRECT", "m6", "advised",
                   seg(T, "Guyanese never to use aspirin", "diagnosed with dengue"), None),
                  ("a7", "INDIRECT", "m7", "recommended", "they use Paracetamol", None),
                  ("a8", "INDIRECT", "m8", "announced",
                   seg(T, "the Health Ministry would", "insecticide to kill mosquitoes"), None),
                  ("a9", "INDIRECT", "m9", ("said", "he said, would"),
                   seg(T, "Government, he said, would", "to prevent dengue and malaria"), None),
                  ("a10", "INDIRECT", "m10", ("said", "The Health Minister said"),
                   seg(T, "government has invested heavily", "mosquitoes that spread dengue"), None),
                  ("a11", "INDIRECT", "m11", ("urged", "He urged"),
                   "Guyanese to get rid of stagnant water and ask for chemicals to place in drains", None)])

# ---------------------------------------------------------------------------------------
# A photo caption ("DR. HUBERT MINNIS, Former Prime Minister") and the share buttons are left out.
# The page mixes curly opening marks with a straight closing mark ("exclusively,\" said").
doc("thefreeportnews-health-professionals-minnis-ignored-calls",
    url="https://thefreeportnews.com/news/local-health-care-professionals-minnis-ignored-calls/",
    outlet="The Freeport News", country="Bahamas", topic="health-science", cut=False,
    text=(T := "Local health care professionals: ‘Minnis ignored calls’\n"
          "Spokesperson for a local medical facility says Dr. (Hubert) Minnis’ call for the government to cover the costs for Atlantis Resort's staff COVID testing is disingenuous at best.\n"
          "“While in power, Dr. Minnis ignored calls from now Prime Minister (Philip) Davis to implement free mass testing for all residents.\n"
          "“On Dr. Minnis' watch Doctors Hospital was reportedly given the exclusive to provide testing at the mega resorts. It seems now Dr. Minnis wants the government to pay Doctors Hospital exclusively,\" said the spokesperson.\n"
          "“We call on Dr. Minnis to publicly disclose if he has or ever had shares in Doctors Hospital and while at it, explain why after taxing residents for health visas and never implementing free mass testing while in power, where did this sudden care and concern come from for Atlantis employees and the Bahamian people generally?\n"
          "“It is truly very difficult for Bahamian businesses and particularly health professionals like ourselves, to ever trust or take Dr. Minnis seriously. He is, in our view, calling on the government to promote a monopoly he has allowed at Doctors Hospital at the expense of the taxpayers.\n"
          "“As we see it, as prime minister, Dr. Minnis did absolutely nothing to protect the workers at Atlantis Resort.”"),
    entities=[("professionals", "Local health care professionals", "GROUP", ["health care professionals"],
               "Bahamian health care professionals"),
              ("spokesperson", "Spokesperson for a local medical facility", "PERSON", ["the spokesperson", "Spokesperson"],
               "spokesperson for a Bahamian medical facility"),
              ("minnis", "Hubert Minnis", "PERSON", ["Minnis", "Dr. Minnis", "Dr. (Hubert) Minnis"],
               "former Prime Minister of The Bahamas"),
              ("davis", "Philip Davis", "PERSON", ["Davis", "Prime Minister (Philip) Davis"], "Prime Minister of The Bahamas")],
    mentions=[("m1", "Local health care professionals", "professionals"),
              ("m2", ("Minnis", "‘Minnis ignored"), "minnis"),
              ("m3", "Spokesperson for a local medical facility", "spokesperson"),
              ("m4", "Dr. (Hubert) Minnis", "minnis"),
              ("m5", ("Dr. Minnis", "Dr. Minnis ignored"), "minnis"),
              ("m6", "now Prime Minister (Philip) Davis", "davis"),
              ("m7", ("Dr. Minnis", "Dr. Minnis wants"), "minnis"),
              ("m8", "the spokesperson", "spokesperson"),
              ("m9", ("Dr. Minnis", "call on Dr. Minnis"), "minnis"),
              ("m10", ("Dr. Minnis", "take Dr. Minnis"), "minnis"),
              ("m11", ("He", "He is, in our view"), "minnis"),
              ("m12", ("Dr. Minnis", "Dr. Minnis did"), "minnis")],
    # "Minnis’ call for ..." names its author in its NP (FORMAT.md, Documents), so the possessive
    # "Dr. (Hubert) Minnis" is marked as the source mention of the nested noun-cue claim.
    # The spokesperson is a representative, a separate entity from the professionals of the
    # headline (FORMAT.md, Coreference). "was reportedly given" is a hedge; "It seems ... wants"
    # is the speaker's inference of a wish, not a reported speech act. "We call on Dr. Minnis
    # to ..." is the spokesperson's own speech act in the quotation itself and is not split off.
    # Each quotation runs over paragraphs whose ends have no closing mark (Units).
    attributions=[("a1", "DIRECT", "m1", None, ("Minnis ignored calls", "‘Minnis ignored"), None),
                  ("a2", "INDIRECT", "m3", "says",
                   seg(T, "Dr. (Hubert) Minnis’ call", "disingenuous at best"), None),
                  ("a3", "INDIRECT", "m4", ("call", "Minnis’ call"),
                   "the government to cover the costs for Atlantis Resort's staff COVID testing", "a2"),
                  ("a4", "DIRECT", "m8", ("said", "said the spokesperson"),
                   seg(T, "While in power, Dr. Minnis", "to pay Doctors Hospital exclusively,"), None),
                  ("a5", "INDIRECT", "m6", ("calls", "ignored calls from"),
                   "to implement free mass testing for all residents", "a4"),
                  ("a6", "DIRECT", "m8", None,
                   seg(T, "We call on Dr. Minnis", "the workers at Atlantis Resort."), None),
                  ("a7", "INDIRECT", "m11", "calling on",
                   seg(T, "the government to promote a monopoly", "at the expense of the taxpayers"), "a6")])

# ---------------------------------------------------------------------------------------
# The page's navigation, the site's other headlines and the category label are left out. The
# stored page breaks off inside a later paragraph; the text ends at the last whole one. Its date
# is the dateline's (the event), not a publication date, so published is not given.
doc("amandala-environmentalists-oil-spill-sarstoon",
    url="http://amandala.com.bz/news/environmentalists-follow-up-oil-spill-guatemala/",
    outlet="Amandala", country="Belize", topic="environment", cut=True,
    text=(T := "Environmentalists follow-up on oil spill in Guatemala\n"
          "SARSTOON, Toledo, Thurs. July 6, 2017–The negative effects of an oil spill was what sent environmental activists and the media on a 2-hour boat trip from Punta Gorda Town to the Cadenas Belize Defence Force outpost area along the Sarstoon River on Wednesday.\n"
          "As KREM News has been reporting, this past weekend there was an oil spill not in Belize’s territorial waters, but rather, inland in Guatemala at the Gracias a Dios river. The concern was that since the said river runs into the Chocon River, the Sarstoon was also at risk because the Chocon empties into it.\n"
          "The Belize Coalition to Save Our Natural Heritage, Wil Maheia of the Belize Territorial Volunteers and SATIIM coordinated the mission.\n"
          "After the 2-hour boat ride under—at times—heavy rainfall, there was no visible sign of petroleum in the waters.\n"
          "SATIIM Executive Director, Froyla Tzalam, said that a lot of tankers traverse the highways and the question for them is mitigation.\n"
          "“What do we do if a tanker overturns and spills into our waterways?” Tzalam questioned, while raising further questions about what mitigation plan Belize has in place to minimize impacts.\n"
          "Maheia said that it was good for them to go to the Sarstoon and see that there is no oil over the Belize side.\n"
          "If it was going to reach the Belize side, it would have been there by now, he said.\n"
          "“We have not seen any on the Belize side,” said Maheia."),
    entities=[("krem", "KREM News", "ORGANIZATION", ["KREM"], "Belizean broadcaster"),
              ("tzalam", "Froyla Tzalam", "PERSON", ["Tzalam", "SATIIM Executive Director, Froyla Tzalam"],
               "Executive Director of SATIIM"),
              ("maheia", "Wil Maheia", "PERSON", ["Maheia"], "of the Belize Territorial Volunteers")],
    mentions=[("m1", "KREM News", "krem"),
              ("m2", "Wil Maheia", "maheia"),
              ("m3", "SATIIM Executive Director, Froyla Tzalam", "tzalam"),
              ("m4", ("Tzalam", "Tzalam questioned"), "tzalam"),
              ("m5", ("Maheia", "Maheia said"), "maheia"),
              ("m6", ("he", "he said."), "maheia"),
              ("m7", ("Maheia", "said Maheia"), "maheia")],
    # A broadcaster that reports is a source (FORMAT.md: "the Courier reported" -> the Courier).
    # "The concern was that ..." is a noun cue with a content and no one named, taken like
    # "claims that ..." with no claimant (null source). The dateline is not an attribution.
    attributions=[("a1", "INDIRECT", "m1", "reporting",
                   seg(T, "this past weekend there was an oil spill", "at the Gracias a Dios river"), None),
                  ("a2", "INDIRECT", None, "concern",
                   seg(T, "since the said river runs", "the Chocon empties into it"), None),
                  ("a3", "INDIRECT", "m3", ("said", "Tzalam, said"),
                   "a lot of tankers traverse the highways and the question for them is mitigation", None),
                  ("a4", "DIRECT", "m4", "questioned",
                   "What do we do if a tanker overturns and spills into our waterways?", None),
                  ("a5", "INDIRECT", "m4", "raising further questions",
                   "what mitigation plan Belize has in place to minimize impacts", None),
                  ("a6", "INDIRECT", "m5", ("said", "Maheia said"),
                   "it was good for them to go to the Sarstoon and see that there is no oil over the Belize side", None),
                  ("a7", "INDIRECT", "m6", ("said", "he said."),
                   "If it was going to reach the Belize side, it would have been there by now", None),
                  ("a8", "DIRECT", "m7", ("said", "said Maheia"), "We have not seen any on the Belize side,", None)])

# ---------------------------------------------------------------------------------------
# Folha's English edition. A photo caption, the translator's line and "Read the article in the
# original language" are left out. The URL gives only the month, so published is not given.
doc("folha-brazil-feeds-world-preserving-environment-guedes",
    url="https://www1.folha.uol.com.br/internacional/en/business/2020/07/brazil-feeds-the-world-while-preserving-the-environment-says-economy-minister.shtml",
    outlet="Folha de S.Paulo", country="Brazil", topic="environment", cut=False,
    text=(T := "Brazil Feeds the World while Preserving the Environment, Says Economy Minister\n"
          "Paulo Guedes: \"the Amazon is bigger than Europe, it is difficult to monitor everything\"\n"
          "Amid record deforestation and fires in Brazil, the Minister of Economy, Paulo Guedes, said on Monday (13) that Brazil feeds the world while preserving the environment. For him, countries \"hide behind environmental protectionist policies\" while condemning Brazil.\n"
          "In a videoconference promoted by the Organization for Economic Cooperation and Development, Guedes asked other nations for help to encourage preservation policies but said that the country's sovereignty needs to be maintained.\n"
          "\"Brazil feeds the world while preserving its environment. If there are excesses and errors, we will correct it. We will not accept illegal deforestation, illegal exploitation of resources. Brazil is a continental country; the Amazon is bigger than Europe; it is difficult to monitor everything; it is difficult to monitor everything,\" he said.\n"
          "In June, Amazon deforestation increased compared to the previous year, the highest record since 2016. It was the 14th consecutive month of increased deforestation in the biome.\n"
          "The region has also seen fires rise. The increase occurs in relation to 2019, a year marked by fires that scorched Brazil's international environmental image.\n"
          "Pantanal also saw a record number of fires even with the pandemic of the new coronavirus.\n"
          "At the meeting, the minister said that Brazil preserves the environment and indigenous peoples. He asked for support \"to make it better.\""),
    entities=[("guedes", "Paulo Guedes", "PERSON",
               ["Guedes", "Economy Minister", "the Minister of Economy, Paulo Guedes", "Minister of Economy", "the minister"],
               "Brazil's Minister of Economy")],
    mentions=[("m1", "Economy Minister", "guedes"),
              ("m2", ("Paulo Guedes", "Paulo Guedes: "), "guedes"),
              ("m3", "the Minister of Economy, Paulo Guedes", "guedes"),
              ("m4", ("him", "For him"), "guedes"),
              ("m5", ("Guedes", "Guedes asked"), "guedes"),
              ("m6", ("he", "he said."), "guedes"),
              ("m7", ("the minister", "the minister said"), "guedes"),
              ("m8", ("He", "He asked"), "guedes")],
    # "For him, X" frames the journalist's report of Guedes's view like "according to him":
    # cue "For", source "him" (as "according to Östman" in make_test7_a.py), MIXED for its
    # quoted part. "asked other nations for help to ..." leaves the addressee out (FORMAT.md,
    # Left outside) and the linking "for". "Amid ...", "In a videoconference ..." and "At the
    # meeting" are adjuncts of the reporting event. The sentences on deforestation figures have
    # no cue.
    attributions=[("a1", "INDIRECT", "m1", "Says", "Brazil Feeds the World while Preserving the Environment", None),
                  ("a2", "DIRECT", "m2", None, "the Amazon is bigger than Europe, it is difficult to monitor everything", None),
                  ("a3", "INDIRECT", "m3", ("said", "Guedes, said"), "Brazil feeds the world while preserving the environment", None),
                  ("a4", "MIXED", "m4", ("For", "For him"),
                   "countries \"hide behind environmental protectionist policies\" while condemning Brazil", None),
                  ("a5", "INDIRECT", "m5", ("asked", "Guedes asked"), "help to encourage preservation policies", None),
                  ("a6", "INDIRECT", "m5", ("said", "but said that"), "the country's sovereignty needs to be maintained", None),
                  ("a7", "DIRECT", "m6", ("said", "he said."),
                   seg(T, "Brazil feeds the world while preserving its", "difficult to monitor everything; it is difficult to monitor everything,"), None),
                  ("a8", "INDIRECT", "m7", ("said", "the minister said"),
                   "Brazil preserves the environment and indigenous peoples", None),
                  ("a9", "MIXED", "m8", ("asked for", "He asked for"), "support \"to make it better.\"", None)])

# ---------------------------------------------------------------------------------------
# Hitz 106.7 FM (Starcom Network, Barbados). The stored page breaks off inside a later quotation;
# the text ends at the last whole paragraph before it.
doc("myhitz106-reid-innovation-minister-pledges-digital-transformation",
    url="https://myhitz106.com/2025/02/27/reid-new-innovation-minister-pledges-digital-transformation",
    outlet="Hitz 106.7 FM", country="Barbados", topic="technology", cut=True, published="2025-02-27",
    text=(T := "Reid, new innovation minister, pledges digital transformation\n"
          "Jonathan Reid has been sworn in as minister of Innovation, Science, and Technology, vowing to position the island as a global leader in digital transformation and cybersecurity while driving efficiency across government systems.\n"
          "Reid took the oath of office on Wednesday, marking a pivotal step towards the island’s digital transformation.\n"
          "On Tuesday, Prime Minister Mia Mottley announced Marsha Caddle’s resignation from the post with immediate effect and confirmed that Reid would assume the role within her administration.\n"
          "Following Reid’s swearing-in ceremony, Mottley underscored the critical importance of the ministry in enhancing governmental efficiency. She stressed the urgency of transitioning from an analogue system to a digital environment to meet the growing expectations of citizens in an increasingly technological world.\n"
          "“Where people’s expectations get too far from what is capable of being delivered, then you have people losing faith in the governance of the country and the systems of governance,” the prime minister said. “One of the challenges, therefore, that we have had is to be able to bring the country from an analogue environment into a digital environment. We started the process; I’d like to see us move much quicker.”\n"
          "She outlined her administration’s commitment to bridging this gap and ensuring that Barbados can innovate effectively.\n"
          "“Digitisation is not simply about just scanning and moving forward—you hear me talk all the time about deconstruct and reconstruct,” she said. “We don’t assume that the things that were relevant 50 years, 100 years, 70 years ago are still the things to guide us today . . . . How can technology help us to do that in a more effective and efficient way?”\n"
          "She also highlighted concerns about Science and Mathematics education, noting that many young people are underperforming in these areas."),
    entities=[("reid", "Jonathan Reid", "PERSON", ["Reid", "Reid, new innovation minister"],
               "Barbados Minister of Innovation, Science and Technology"),
              ("mottley", "Mia Mottley", "PERSON", ["Mottley", "Prime Minister Mia Mottley", "the prime minister"],
               "Prime Minister of Barbados")],
    mentions=[("m1", "Reid, new innovation minister", "reid"),
              ("m2", "Jonathan Reid", "reid"),
              ("m3", ("Reid", "Reid took"), "reid"),
              ("m4", "Prime Minister Mia Mottley", "mottley"),
              ("m5", ("Reid", "that Reid would"), "reid"),
              ("m6", ("Mottley", "Mottley underscored"), "mottley"),
              ("m7", ("She", "She stressed"), "mottley"),
              ("m8", "the prime minister", "mottley"),
              ("m9", ("She", "She outlined"), "mottley"),
              ("m10", ("she", "she said"), "mottley"),
              ("m11", ("She", "She also"), "mottley")],
    # "announced X" and "outlined X" take a noun-phrase content (FORMAT.md, Included:
    # "announced the launch of X"). "highlighted concerns about X" is taken like "complained
    # about noise" -> "noise"; "noting that ..." is a second claim of the same speaker (as
    # "warning that", seed a18/a19). "you hear me talk all the time about ..." is the speaker's
    # own talk inside her quotation, with no content of its own, and is not split off.
    attributions=[("a1", "INDIRECT", "m1", "pledges", ("digital transformation", "pledges digital"), None),
                  ("a2", "INDIRECT", "m2", "vowing",
                   seg(T, "to position the island as a global leader", "across government systems"), None),
                  ("a3", "INDIRECT", "m4", "announced", "Marsha Caddle’s resignation from the post with immediate effect", None),
                  ("a4", "INDIRECT", "m4", "confirmed", "Reid would assume the role within her administration", None),
                  ("a5", "INDIRECT", "m6", "underscored",
                   "the critical importance of the ministry in enhancing governmental efficiency", None),
                  ("a6", "INDIRECT", "m7", "stressed",
                   seg(T, "the urgency of transitioning", "an increasingly technological world"), None),
                  ("a7", "DIRECT", "m8", ("said", "the prime minister said"),
                   seg(T, "Where people’s expectations", "the systems of governance,"), None),
                  ("a8", "DIRECT", "m8", None, seg(T, "One of the challenges, therefore", "move much quicker."), None),
                  ("a9", "INDIRECT", "m9", "outlined",
                   "her administration’s commitment to bridging this gap and ensuring that Barbados can innovate effectively", None),
                  ("a10", "DIRECT", "m10", ("said", "she said"),
                   seg(T, "Digitisation is not simply", "deconstruct and reconstruct,"), None),
                  ("a11", "DIRECT", "m10", None, seg(T, "We don’t assume", "more effective and efficient way?"), None),
                  ("a12", "INDIRECT", "m11", "highlighted concerns", "Science and Mathematics education", None),
                  ("a13", "INDIRECT", "m11", "noting", "many young people are underperforming in these areas", None)])

write("train_aj.jsonl")
