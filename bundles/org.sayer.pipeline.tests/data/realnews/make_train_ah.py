#!/usr/bin/env python3
"""Writes train_ah.jsonl: real-news gold, split train-ah (see gold.py). Run: python3 make_train_ah.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("thestar-kenya-magistrate-buys-meal-for-accused",
    url="https://beta.the-star.co.ke/news/2025-10-01-rare-moment-as-magistrate-buys-meal-for-accused",
    outlet="The Star", country="Kenya", topic="courts-crime", cut=True, published="2025-10-01",
    text=(T := "Rare courtroom moment as magistrate buys meal for accused\n"
          "“I will buy you food for today, so I will tell the officer to get you bread and milk,” magistrate Ekhubi told him.\n"
          "A Milimani Magistrate’s Court was on Tuesday treated to a rare moment of compassion after the judicial officer bought the accused person food.\n"
          "Nelson Ibrahim Kidero, alias Nelson Muriithi, had appeared before Principal Magistrate BenMark Ekhubi. He appeared physically weak.\n"
          "During the court proceedings, Ekhubi asked him if he was being fed and sleeping well at the Industrial Area Prison, where he is remanded.\n"
          "“Not much, but saa hii niko njaa (Right now I’m hungry),” Kidero told the court.\n"
          "It is then that the magistrate volunteered to buy the man food. Upon being asked what he would prefer to eat, Kidero opted for a loaf of bread and a packet of milk.\n"
          "“I will buy you food for today, so I will tell the officer to get you bread and milk,” Ekhubi told him.\n"
          "The magistrate proceeded to ask the accused about the expense, drawing a response that left court attendees in laughter.\n"
          "“One packet of milk is supposed to be Sh60, so if you calculate the percentage… not the percentage,” he corrected himself, as the court was filled with laughter.\n"
          "“The total cost of bread and milk is not less than Sh120.”\n"
          "Magistrate Ekhubi went ahead to say, “I only have Sh500,” which he passed to the police officer tasked with buying Kidero's food."),
    entities=[("ekhubi", "BenMark Ekhubi", "PERSON",
               ["Ekhubi", "magistrate Ekhubi", "Magistrate Ekhubi", "Principal Magistrate BenMark Ekhubi",
                "the magistrate", "the judicial officer"],
               "Milimani Principal Magistrate"),
              ("kidero", "Nelson Ibrahim Kidero", "PERSON",
               ["Kidero", "Nelson Muriithi", "the accused", "the accused person", "the man"],
               "accused person remanded at Industrial Area Prison")],
    mentions=[("m1", ("magistrate", "as magistrate buys"), "ekhubi"),
              ("m2", ("accused", "meal for accused"), "kidero"),
              ("m3", "magistrate Ekhubi", "ekhubi"),
              ("m4", "the judicial officer", "ekhubi"),
              ("m5", "the accused person", "kidero"),
              ("m6", "Nelson Ibrahim Kidero", "kidero"),
              ("m7", "Nelson Muriithi", "kidero"),
              ("m8", "Principal Magistrate BenMark Ekhubi", "ekhubi"),
              ("m9", ("Ekhubi", "Ekhubi asked"), "ekhubi"),
              ("m10", ("Kidero", "Kidero told the court"), "kidero"),
              ("m11", ("the magistrate", "the magistrate volunteered"), "ekhubi"),
              ("m12", "the man", "kidero"),
              ("m13", ("Kidero", "Kidero opted"), "kidero"),
              ("m14", ("Ekhubi", "Ekhubi told him.\nThe"), "ekhubi"),
              ("m15", ("The magistrate", "The magistrate proceeded"), "ekhubi"),
              ("m16", ("the accused", "ask the accused"), "kidero"),
              ("m17", ("he", "he corrected"), "kidero"),
              ("m18", "Magistrate Ekhubi", "ekhubi")],
    attributions=[("a1", "DIRECT", "m3", ("told", "Ekhubi told him.\nA"),
                   ("I will buy you food for today, so I will tell the officer to get you bread and milk,", "for accused\n"), None),
                  ("a2", "INDIRECT", "m9", ("asked", "Ekhubi asked"),
                   "if he was being fed and sleeping well at the Industrial Area Prison", None),
                  ("a3", "DIRECT", "m10", ("told", "Kidero told the court"),
                   "Not much, but saa hii niko njaa (Right now I’m hungry),", None),
                  ("a4", "DIRECT", "m14", ("told", "Ekhubi told him.\nThe"),
                   ("I will buy you food for today, so I will tell the officer to get you bread and milk,", "milk.\n“I will buy"), None),
                  ("a5", "INDIRECT", "m15", ("ask", "proceeded to ask"), "the expense", None),
                  ("a6", "DIRECT", "m17", "corrected himself",
                   "One packet of milk is supposed to be Sh60, so if you calculate the percentage… not the percentage,", None),
                  ("a7", "DIRECT", "m17", None, "The total cost of bread and milk is not less than Sh120.", None),
                  ("a8", "DIRECT", "m18", ("say", "went ahead to say"), "I only have Sh500,", None)])

# ---------------------------------------------------------------------------------------
doc("guardian-australia-littleproud-drought-climate-change",
    url="https://www.theguardian.com/environment/2019/oct/06/water-resources-minister-totally-accepts-drought-linked-to-climate-change",
    outlet="The Guardian", country="UK", topic="environment", cut=True, published="2019-10-06",
    text=(T := "Water resources minister 'totally' accepts drought linked to climate change\n"
          "David Littleproud signals more taxpayer support for rural communities as big dry ‘escalates’\n"
          "The drought and water resources minister, David Littleproud, has acknowledged he “totally” accepts that worsening droughts are linked to climate change, as he signalled more taxpayer support for regional communities was coming as Australia’s big dry “escalates”.\n"
          "Littleproud, who stumbled last month by first telling Guardian Australia he did not know if climate change was manmade, then later clarifying he had always accepted the science on the role humans play in the climate changing, told the ABC on Sunday he understood the link between global warming and drought because “I live it”.\n"
          "The minister said the government had a responsibility to deal with climate change by facing up “to try and reduce our emissions”. But he said adaptation was now the main game. “This drought in my electorate alone has been going for eight years”.\n"
          "“The reality is, we can’t run away from that. We simply have to get on with it and equip our farmers and communities with the tools to be able to adapt as best they can”.\n"
          "Despite the fact emissions are rising, and have risen every year since the Coalition scrapped the carbon price legislated by the Gillard government, Littleproud said the government was living up to the commitments made under international climate agreements."),
    entities=[("littleproud", "David Littleproud", "PERSON",
               ["Littleproud", "Water resources minister", "The drought and water resources minister, David Littleproud",
                "The minister"],
               "Australia's drought and water resources minister")],
    mentions=[("m1", "Water resources minister", "littleproud"),
              ("m2", ("David Littleproud", "David Littleproud signals"), "littleproud"),
              ("m3", "The drought and water resources minister, David Littleproud", "littleproud"),
              ("m4", ("he", "as he signalled"), "littleproud"),
              ("m5", ("Littleproud", "Littleproud, who stumbled"), "littleproud"),
              ("m6", ("The minister", "The minister said"), "littleproud"),
              ("m7", ("he", "But he said"), "littleproud"),
              ("m8", ("Littleproud", "Littleproud said the government was living"), "littleproud")],
    attributions=[("a1", "INDIRECT", "m1", ("accepts", "'totally' accepts"), ("drought linked to climate change", "accepts drought"), None),
                  ("a2", "MIXED", "m2", "signals", "more taxpayer support for rural communities as big dry ‘escalates’", None),
                  ("a3", "MIXED", "m3", "acknowledged", "he “totally” accepts that worsening droughts are linked to climate change", None),
                  ("a4", "MIXED", "m4", "signalled",
                   "more taxpayer support for regional communities was coming as Australia’s big dry “escalates”", None),
                  ("a5", "INDIRECT", "m5", "telling", "he did not know if climate change was manmade", None),
                  ("a6", "INDIRECT", "m5", "clarifying",
                   "he had always accepted the science on the role humans play in the climate changing", None),
                  ("a7", "MIXED", "m5", ("told", "told the ABC"),
                   "he understood the link between global warming and drought because “I live it”", None),
                  ("a8", "MIXED", "m6", ("said", "The minister said"),
                   "the government had a responsibility to deal with climate change by facing up “to try and reduce our emissions”", None),
                  ("a9", "INDIRECT", "m7", ("said", "But he said"), "adaptation was now the main game", None),
                  ("a10", "DIRECT", "m7", None, "This drought in my electorate alone has been going for eight years", None),
                  ("a11", "DIRECT", "m7", None, seg(T, "The reality is, we can’t", "adapt as best they can"), None),
                  ("a12", "INDIRECT", "m8", ("said", "Littleproud said the government was living"),
                   "the government was living up to the commitments made under international climate agreements", None)])

# ---------------------------------------------------------------------------------------
doc("heraldtribune-sarasota-swine-flu-hospital-outbreak",
    url="https://www.heraldtribune.com/news/20090725/flu-activity-sees-uptick-in-region",
    outlet="Sarasota Herald-Tribune", country="US", topic="health-science", cut=True, published="2009-07-25",
    text=(T := "Possible outbreak at hospital may be linked to earlier Sarasota death\n"
          "Amid growing concern that swine flu is escalating, another possible outbreak was reported locally Friday, with upward of 25 patients at Sarasota Memorial Hospital possibly exposed to the H1N1 virus by ill employees.\n"
          "In the past 10 days, five deaths from swine flu have been reported in the Sarasota-Tampa area. The virus has taken root locally in the past three weeks according to flu surveillance systems, said Sarasota County's epidemiologist. The number of confirmed cases in Manatee County have doubled.\n"
          "The cases have continued to increase during the summer, when flu cases usually drop. That has experts concerned that a large spike in new cases could come in the fall, with the school restarting and other factors that increase risk.\n"
          "Nationally, the Centers for Disease Control and Prevention now says swine flu could strike up to 40 percent of Americans over the next two years and several hundred thousand could die if creation of a vaccine and efforts to distribute it are unsuccessful. Officials said those projections would drop if a new vaccine is ready and widely available, as U.S. officials expect. The vaccine is being tested and is expected to become available in October.\n"
          "This week's possible outbreak at Sarasota Memorial may be linked to a Sarasota death a week earlier. One of the ill hospital employees, a therapist, had cared for 47-year-old Jorge Francisco Hernandez, the grocery store manager who died last Wednesday from the virus. While hospital officials cannot say whether the therapist contracted the virus from Hernandez, they are sure the staff member did not infect Hernandez; the store manager was hospitalized with the virus before his therapist became ill, which happened at about the same time as Hernandez's death, said a hospital spokesperson."),
    entities=[("epidemiologist", "Sarasota County's epidemiologist", "PERSON", [], "Sarasota County's epidemiologist"),
              ("surveillance", "flu surveillance systems", "GROUP", [], "flu surveillance systems"),
              ("experts", "experts", "GROUP", [], "experts"),
              ("cdc", "the Centers for Disease Control and Prevention", "ORGANIZATION",
               ["Centers for Disease Control and Prevention", "CDC"], "US federal public health agency"),
              ("officials", "U.S. officials", "GROUP", ["Officials"], "US (federal) health officials"),
              ("hospitalofficials", "hospital officials", "GROUP", [], "officials of Sarasota Memorial Hospital"),
              ("spokesperson", "a hospital spokesperson", "PERSON", [], "spokesperson of Sarasota Memorial Hospital")],
    mentions=[("m1", "Sarasota County's epidemiologist", "epidemiologist"),
              ("m2", "flu surveillance systems", "surveillance"),
              ("m3", ("experts", "has experts"), "experts"),
              ("m4", "the Centers for Disease Control and Prevention", "cdc"),
              ("m5", ("Officials", "Officials said"), "officials"),
              ("m6", "U.S. officials", "officials"),
              ("m7", "hospital officials", "hospitalofficials"),
              ("m8", ("they", "they are sure"), "hospitalofficials"),
              ("m9", "a hospital spokesperson", "spokesperson")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "said Sarasota"),
                   "The virus has taken root locally in the past three weeks according to flu surveillance systems", None),
                  ("a2", "INDIRECT", "m2", "according to", "The virus has taken root locally in the past three weeks", "a1"),
                  ("a3", "INDIRECT", "m3", "concerned",
                   "a large spike in new cases could come in the fall, with the school restarting and other factors that increase risk", None),
                  ("a4", "INDIRECT", "m4", "says", seg(T, "swine flu could strike", "distribute it are unsuccessful"), None),
                  ("a5", "INDIRECT", "m5", ("said", "Officials said"),
                   "those projections would drop if a new vaccine is ready and widely available", None),
                  ("a6", "INDIRECT", "m6", ("expect", "officials expect"), ("a new vaccine is ready and widely available", "those projections"), None),
                  ("a7", "INDIRECT", None, ("expected", "is expected to become"), "to become available in October", None),
                  ("a8", "INDIRECT", "m9", ("said", "said a hospital"),
                   seg(T, "While hospital officials cannot say", "same time as Hernandez's death"), None),
                  ("a9", "INDIRECT", "m7", ("say", "cannot say"),
                   "whether the therapist contracted the virus from Hernandez", "a8"),
                  ("a10", "INDIRECT", "m8", ("sure", "they are sure"), "the staff member did not infect Hernandez", "a8")])

# ---------------------------------------------------------------------------------------
doc("tribune-nigeria-ningi-akpabio-senate-election-free-fair",
    url="https://tribuneonlineng.com/senate-presidency-akpabios-election-free-fair-yari-campaign-organisation/",
    outlet="Nigerian Tribune", country="Nigeria", topic="politics", cut=True, published="2023-06-13",
    text=(T := "The Deputy Director General media of the Yari Senate Presidency campaign organisation, Senator Addul Ningi, (PDP, Bauchi Central) has lauded the election of Senator Godswill Akpabio describing the process as free, fair, and credible.\n"
          "Speaking shortly after the new President of the Senate, Godswill Akpabio adjourned plenary to Wednesday, he said, the election was free and fair without much-anticipated drama.\n"
          "“That is what makes the institution of the Senate different. The animosity, the fear of what happened in the last two days completely vanished. You go into the hall and you see how people were embracing themselves and that is parliament and that is democracy.\n"
          "“We have refused to be intimidated by any enforcement, and that is why we said there must be an election, and those who came with the idea of theater party and the sitting government had the day we have no problem, we know we are in the minority, we were in a total disagreement, the election was free and fare and to be honest I was expecting it to be so.”\n"
          "On whether the position he took was that of his party, PDP, he said it was not but that of the minority caucus as he regretted that not all of them actually voted on the same page.\n"
          "“Some people actually went to negotiate and that is parliament but I believe in the next six months or so we are going to bind together by putting the nation first like I said in my several interviews, the nation first and when you come to the National Assembly you drop the party leaning, or region. Once you know that, it becomes the protector of the masses.\n"
          "“When you introduce religiosity and political affiliation, then the parliament takes the back seat. Democracy is maturing, you could see a government-backed candidate won with just 17 votes, which shows that we are maturing if it were before, it would have been a landslide, so we are growing."),
    entities=[("ningi", "Addul Ningi", "PERSON",
               ["Ningi", "Senator Addul Ningi",
                "The Deputy Director General media of the Yari Senate Presidency campaign organisation, Senator Addul Ningi"],
               "Senator (PDP, Bauchi Central), Deputy Director General media of the Yari Senate Presidency campaign"),
              ("caucus", "the minority caucus", "GROUP", ["minority caucus"], "the Senate minority caucus (Ningi's side)")],
    mentions=[("m1", "The Deputy Director General media of the Yari Senate Presidency campaign organisation, Senator Addul Ningi", "ningi"),
              ("m2", ("he", "he said, the election"), "ningi"),
              ("m3", ("we", "why we said"), "caucus"),
              ("m4", ("he", "he said it was not"), "ningi"),
              ("m5", "the minority caucus", "caucus"),
              ("m6", ("he", "he regretted"), "ningi"),
              ("m7", ("I", "like I said"), "ningi")],
    attributions=[("a1", "INDIRECT", "m1", "lauded", "the election of Senator Godswill Akpabio", None),
                  ("a2", "INDIRECT", "m1", "describing", "the process as free, fair, and credible", None),
                  ("a3", "INDIRECT", "m2", ("said", "he said, the election"),
                   "the election was free and fair without much-anticipated drama", None),
                  ("a4", "DIRECT", "m2", None, seg(T, "That is what makes the institution", "expecting it to be so."), None),
                  ("a5", "INDIRECT", "m3", ("said", "why we said"), "there must be an election", "a4"),
                  ("a6", "INDIRECT", "m4", ("said", "he said it was not"), "it was not but that of the minority caucus", None),
                  ("a7", "INDIRECT", "m6", "regretted", "not all of them actually voted on the same page", None),
                  ("a8", "DIRECT", "m6", None, seg(T, "Some people actually went", "so we are growing."), None),
                  ("a9", "INDIRECT", "m7", ("said", "like I said"), "putting the nation first", "a8")])

# ---------------------------------------------------------------------------------------
doc("devdiscourse-india-icea-smartphones-replace-feature-phones",
    url="https://www.devdiscourse.com/article/business/1124147-industry-looking-at-replacing-features-phone-with-smartphones-in-country-icea",
    outlet="Devdiscourse", country="India", topic="technology", cut=True, published="2020-07-09",
    text=(T := "Mobile phone makers are working on a plan to replace feature phones used by people at the bottom of the pyramid with smartphones, a member of industry body ICEA said on Thursday. Lava International Chairman and Managing Director Hari Om Rai speaking said that the plan to take smartphones to people using feature phones will be ready in another two months.\n"
          "\"We are working to make sure that the entire population of feature phones is converted into smartphones. Not only change the country from that end but also ensure that the app ecosystem and fundamental software are differentiated. It is a very profound thought process which is going on right now as we speak,\" Rai said. He was speaking at a webinar organised by India Cellular and Electronics Association to release a report on the role of smartphones in governance.\n"
          "Rai said that his comments are on the behalf of industry players who are working on the plan. During the webinar, Electronics and IT Secretary Ajay Prakash Sawhney asked mobile phone manufacturers to focus on software that are used in mobile phones.\n"
          "He said that the country should start working on the software part also that goes into smartphones. \"Equal amount of challenge is from what goes into mobile phones in terms of operating systems, apps that we use day in and day out. We have the ability to create new applications, tackle any kind of technology today in India,\" Sawhney said.\n"
          "He asked industry players to look at development software with Indian DNA in it. In an apparent reference to lockdown, Sawhney said that it was mobile phone that helped everyone to navigate through the tense period."),
    entities=[("rai", "Hari Om Rai", "PERSON",
               ["Rai", "Lava International Chairman and Managing Director Hari Om Rai", "a member of industry body ICEA"],
               "Chairman and Managing Director of Lava International, member of the India Cellular and Electronics Association"),
              ("sawhney", "Ajay Prakash Sawhney", "PERSON",
               ["Sawhney", "Electronics and IT Secretary Ajay Prakash Sawhney"], "India's Electronics and IT Secretary")],
    mentions=[("m1", "a member of industry body ICEA", "rai"),
              ("m2", "Lava International Chairman and Managing Director Hari Om Rai", "rai"),
              ("m3", ("Rai", "Rai said. He was"), "rai"),
              ("m4", ("Rai", "Rai said that his"), "rai"),
              ("m5", "Electronics and IT Secretary Ajay Prakash Sawhney", "sawhney"),
              ("m6", ("He", "He said that the country"), "sawhney"),
              ("m7", ("Sawhney", "Sawhney said.\nHe asked"), "sawhney"),
              ("m8", ("He", "He asked industry"), "sawhney"),
              ("m9", ("Sawhney", "Sawhney said that it was"), "sawhney")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "ICEA said on Thursday"),
                   seg(T, "Mobile phone makers are working", "bottom of the pyramid with smartphones"), None),
                  ("a2", "INDIRECT", "m2", ("said", "speaking said"),
                   "the plan to take smartphones to people using feature phones will be ready in another two months", None),
                  ("a3", "DIRECT", "m3", ("said", "Rai said. He was"), seg(T, "We are working to make sure", "right now as we speak,"), None),
                  ("a4", "INDIRECT", "m4", ("said", "Rai said that his"),
                   "his comments are on the behalf of industry players who are working on the plan", None),
                  ("a5", "INDIRECT", "m5", ("asked", "Sawhney asked"),
                   "mobile phone manufacturers to focus on software that are used in mobile phones", None),
                  ("a6", "INDIRECT", "m6", ("said", "He said that the country"),
                   "the country should start working on the software part also that goes into smartphones", None),
                  ("a7", "DIRECT", "m7", ("said", "Sawhney said.\nHe asked"),
                   seg(T, "Equal amount of challenge", "technology today in India,"), None),
                  ("a8", "INDIRECT", "m8", ("asked", "He asked industry"),
                   "industry players to look at development software with Indian DNA in it", None),
                  ("a9", "INDIRECT", "m9", ("said", "Sawhney said that it was"),
                   "it was mobile phone that helped everyone to navigate through the tense period", None)])

# ---------------------------------------------------------------------------------------
doc("lincolndailynews-reuters-apple-buyback-wsj-cook",
    url="http://archives.lincolndailynews.com/2014/Feb/07/News/business020714_B.shtml",
    outlet="Lincoln Daily News (Reuters)", country="US", topic="business", cut=False, published="2014-02-07",
    text=(T := "Apple buys back $14 billion of its stock since Q1 results: WSJ\n"
          "[February 07, 2014]  (Reuters) — Apple Inc has repurchased $14 billion worth of its stock in the last two weeks after disappointing first-quarter results, the Wall Street Journal reported quoting Chief Executive Tim Cook.\n"
          "Cook told the paper in an interview that Apple was \"surprised\" by the 8 percent decline in its shares on January 28, the day after it reported quarterly results.\n"
          "Lower-than-expected holiday iPhone sales and a weak revenue forecast by Apple renewed fears about lower Chinese demand and a tepid global market.\n"
          "With the latest round of purchases, Apple had bought back more than $40 billion of its shares over the past 12 months, which according to Cook was a record for any company over a similar span, the Journal said. (http://link.reuters.com/xas66v)\n"
          "\"It means that we are betting on Apple. It means that we are really confident on what we are doing and what we plan to do. We are not just saying that. We are showing that with our actions,\" Cook told the Journal.\n"
          "The share buyback was part of Apple's previously disclosed plan to repurchase $60 billion of its own shares.\n"
          "Apple had returned $7.7 billion to shareholders through dividends and buy backs in the December quarter, bringing the total under its capital return program to $43 billion, excluding latest purchases.\n"
          "Cook told the paper that Apple plans to disclose \"updates\" to its buyback program in March or April.\n"
          "Apple could not immediately be reached for comment by Reuters outside of regular U.S. business hours."),
    entities=[("wsj", "the Wall Street Journal", "ORGANIZATION", ["WSJ", "the Journal", "the paper", "Wall Street Journal"],
               "US newspaper"),
              ("cook", "Tim Cook", "PERSON", ["Cook", "Chief Executive Tim Cook"], "Apple chief executive")],
    mentions=[("m1", "WSJ", "wsj"),
              ("m2", "the Wall Street Journal", "wsj"),
              ("m3", "Chief Executive Tim Cook", "cook"),
              ("m4", ("Cook", "Cook told the paper in"), "cook"),
              ("m5", ("the paper", "the paper in"), "wsj"),
              ("m6", ("Cook", "according to Cook"), "cook"),
              ("m7", ("the Journal", "the Journal said"), "wsj"),
              ("m8", ("Cook", "Cook told the Journal"), "cook"),
              ("m9", ("the Journal", "told the Journal"), "wsj"),
              ("m10", ("Cook", "Cook told the paper that"), "cook"),
              ("m11", ("the paper", "the paper that"), "wsj")],
    attributions=[("a1", "INDIRECT", "m1", None, "Apple buys back $14 billion of its stock since Q1 results", None),
                  ("a2", "INDIRECT", "m2", ("reported", "Journal reported"),
                   seg(T, "Apple Inc has repurchased", "disappointing first-quarter results"), None),
                  ("a3", "MIXED", "m4", ("told", "Cook told the paper in"),
                   seg(T, "Apple was \"surprised\"", "the day after it reported quarterly results"), None),
                  ("a4", "INDIRECT", "m7", ("said", "the Journal said"),
                   seg(T, "With the latest round of purchases", "a record for any company over a similar span"), None),
                  ("a5", "INDIRECT", "m6", "according to", "was a record for any company over a similar span", "a4"),
                  ("a6", "DIRECT", "m8", ("told", "Cook told the Journal"),
                   seg(T, "It means that we are betting", "showing that with our actions,"), None),
                  ("a7", "MIXED", "m10", ("told", "Cook told the paper that"),
                   "Apple plans to disclose \"updates\" to its buyback program in March or April", None)])

# ---------------------------------------------------------------------------------------
doc("vulcanadvocate-tinman-triathlon-street-closures",
    url="https://www.vulcanadvocate.com/news/local-news/town-council-approves-street-closures-for-tinman-triathlon",
    outlet="Vulcan Advocate", country="Canada", topic="local", cut=True,
    text=(T := "Town council approves street closures for Tinman Triathlon\n"
          "There some complaints about the 2018 Tinman Triathlon from citizens who “should know better” about the street closures for the annual event, said a Vulcan Town councillor April 8, when council once again approved street closures for the June triathlon.\n"
          "Coun. Lyle Magnuson said the residents were “verbally abusing our volunteers because they were being cut off” due to the street closures during last year’s event.\n"
          "“This is an annual event that’s been going on for years and years, and on the same street, so, I mean, theoretically they should know better,” Magnuson said during the council meeting.\n"
          "On Saturday, June 1, the Tinman Triathlon will be held for the 30th time. From 6 a.m. to 6 p.m., Centre Street, from Fifth Avenue to Highway 534, will be closed, as will the block surrounding the pool — Fifth Avenue North, First Street North and Sixth Avenue North.\n"
          "Fifth Avenue North, from 11th Street North to Fourth Street North, will also be closed, from 11:30 a.m. to 1 p.m., for the Timbit portion of the event.\n"
          "Magnuson wondered if anything could be done, other than “stamping it on people’s foreheads,” to remind residents about the event.\n"
          "Mayor Tom Grant said it might not be a bad idea to send letters to residents who live along the streets where the closures will be, with a time stamp on the letter directing them to the video recording of the meeting so that they could listen to council’s discussion about the Tinman.\n"
          "Kim Fath said he believes the complaint came from a resident who lives “well outside” of that notification area.\n"
          "Grant said the question then becomes how widely does the Town notify residents.\n"
          "Magnuson said he’d like to give volunteers some extra support.\n"
          "“We have a great group of volunteers, and you hate to see them being abused (by) someone who’s probably having a bad day.”"),
    entities=[("magnuson", "Lyle Magnuson", "PERSON", ["Magnuson", "Coun. Lyle Magnuson", "a Vulcan Town councillor"],
               "Vulcan Town councillor"),
              ("citizens", "citizens", "GROUP", ["the residents"],
               "residents who complained about the 2018 Tinman Triathlon street closures"),
              ("grant", "Tom Grant", "PERSON", ["Grant", "Mayor Tom Grant"], "Mayor of Vulcan"),
              ("fath", "Kim Fath", "PERSON", ["Fath"], "took part in the Vulcan Town council discussion")],
    mentions=[("m1", ("citizens", "from citizens"), "citizens"),
              ("m2", "a Vulcan Town councillor", "magnuson"),
              ("m3", "Coun. Lyle Magnuson", "magnuson"),
              ("m4", "the residents", "citizens"),
              ("m5", ("Magnuson", "Magnuson said during"), "magnuson"),
              ("m6", ("Magnuson", "Magnuson wondered"), "magnuson"),
              ("m7", "Mayor Tom Grant", "grant"),
              ("m8", "Kim Fath", "fath"),
              ("m9", ("Grant", "Grant said the question"), "grant"),
              ("m10", ("Magnuson", "Magnuson said he’d"), "magnuson")],
    attributions=[("a1", "MIXED", "m2", ("said", "said a Vulcan"),
                   seg(T, "There some complaints", "street closures for the annual event"), None),
                  ("a2", "INDIRECT", "m1", ("complaints", "There some complaints"), "the 2018 Tinman Triathlon", "a1"),
                  ("a3", "MIXED", "m3", ("said", "Magnuson said the residents"),
                   seg(T, "the residents were “verbally", "during last year’s event"), None),
                  ("a4", "DIRECT", "m5", ("said", "Magnuson said during"),
                   seg(T, "This is an annual event", "they should know better,"), None),
                  ("a5", "MIXED", "m6", "wondered",
                   "if anything could be done, other than “stamping it on people’s foreheads,” to remind residents about the event", None),
                  ("a6", "INDIRECT", "m7", ("said", "Grant said it might"),
                   seg(T, "it might not be a bad idea", "council’s discussion about the Tinman"), None),
                  ("a7", "MIXED", "m8", ("said", "Fath said"),
                   "he believes the complaint came from a resident who lives “well outside” of that notification area", None),
                  ("a8", "INDIRECT", "m9", ("said", "Grant said the question"),
                   "the question then becomes how widely does the Town notify residents", None),
                  ("a9", "INDIRECT", "m10", ("said", "Magnuson said he’d"), "he’d like to give volunteers some extra support", None),
                  ("a10", "DIRECT", "m10", None, seg(T, "We have a great group", "having a bad day."), None)])

write("train_ah.jsonl")
