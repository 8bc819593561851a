#!/usr/bin/env python3
"""Writes test17_b.jsonl: real-news gold, split test17-b (see gold.py). Run: python3 make_test17_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page gives no date. Cut before the results and fixtures lists ("FRIDAY'S RESULTS",
# "Group C", ...), which are tables, not paragraphs. Notes:
# - Headline "We still have a chance – Numba": a "claim – name" headline, null cue (FORMAT.md,
#   Headlines).
# - "heaped praise on his lads for drawing ...": a praise with its object and reason as content, as
#   "praises garda for his 'good police work'" in the corpus; "heaped praise" is the cue with its
#   fixed object, the linking "on" is left out.
# - "expressed disappointment with the fans that ...": taken like "expressed dissatisfaction with X"
#   in the corpus (content X, the linking "with" left out). "booing" inside the quotation is an
#   action ("was booed" is excluded), not annotated.
# - The quotation after "Numba said," has no reporting clause of its own: it continues Numba with a
#   null cue (FORMAT.md, Interruption and continuation); so does the one after "he said."
doc("zambia24-under20-numba-still-have-a-chance",
    url="https://zambia24.com/we-still-have-a-chance-numba/",
    outlet="Zambia24", country="Zambia", topic="sport", cut=True,
    text=(T := "We still have a chance – Numba\n"
          "Zambia Under-20 coach Mumamba Numba says Zambia still has a chance to qualify to the semi finals if they beat Swaziland on Monday in their final Group A match at Nkana Stadium.\n"
          "And Malawi coach Gerald Phiri heaped praise on his lads for drawing 0-0 all with host and defending champions Zambia.\n"
          "In a post match press conference Numba said that his charges accounted themselves very well in the match against the junior flames.\n"
          "“We still have a chance, we still have another game, if we win that game, looking at the results of our colleagues we might qualify,” he said.\n"
          "“I think what is important is to look at the development of the young boys they still have a long way to go. They have shown that they have what it takes to play football and represent mother Zambia very well.”\n"
          "Numba expressed disappointment with the fans that turned against the team in the final stages of the match.\n"
          "“I have been in football for a long time, I think it is not the first time that our own people were booing their own team. We expect that in football but for the young boys it may disturb them mentally,” Numba said,\n"
          "“They have to be encouraged these young boys…once the fans turn against them it is very difficult to play football. As coaches we know our Zambian fans, they turn when results are not coming. We know them, they only cheer the team when they are winning.”\n"
          "Zambia will now focus on its final group match against Swaziland on Monday at Nkana Stadium.\n"
          "Numba and his bench is using an U-17 squad that they are building to take the 2019 Africa Cup challenge.\n"
          "Most of the players in the squad are from the U-17 team that won the Cosafa championship in Mauritius in July."),
    entities=[("numba", "Mumamba Numba", "PERSON", ["Numba", "Zambia Under-20 coach Mumamba Numba"], "Zambia Under-20 coach"),
              ("phiri", "Gerald Phiri", "PERSON", ["Phiri", "Malawi coach Gerald Phiri"], "Malawi Under-20 coach")],
    mentions=[("m1", ("Numba", "– Numba"), "numba"),
              ("m2", "Zambia Under-20 coach Mumamba Numba", "numba"),
              ("m3", "Malawi coach Gerald Phiri", "phiri"),
              ("m4", ("Numba", "Numba said that"), "numba"),
              ("m5", ("he", "he said."), "numba"),
              ("m6", ("Numba", "Numba expressed"), "numba"),
              ("m7", ("Numba", "Numba said,"), "numba"),
              ("m8", ("Numba", "Numba and his bench"), "numba")],
    attributions=[("a1", "INDIRECT", "m1", None, ("We still have a chance", "We still have a chance –"), None),
                  ("a2", "INDIRECT", "m2", "says",
                   seg(T, "Zambia still has a chance to qualify", "at Nkana Stadium", "Numba says"), None),
                  ("a3", "INDIRECT", "m3", "heaped praise",
                   "his lads for drawing 0-0 all with host and defending champions Zambia", None),
                  ("a4", "INDIRECT", "m4", ("said", "Numba said that"),
                   "his charges accounted themselves very well in the match against the junior flames", None),
                  ("a5", "DIRECT", "m5", ("said", "he said."),
                   seg(T, "We still have a chance, we still", "we might qualify,"), None),
                  ("a6", "DIRECT", "m5", None, seg(T, "I think what is important", "mother Zambia very well."), None),
                  ("a7", "INDIRECT", "m6", "expressed disappointment",
                   "the fans that turned against the team in the final stages of the match", None),
                  ("a8", "DIRECT", "m7", ("said", "Numba said,"),
                   seg(T, "I have been in football", "disturb them mentally,"), None),
                  ("a9", "DIRECT", "m7", None, seg(T, "They have to be encouraged", "when they are winning."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "stop-scapegoating-frontline-workers-...-gma-
# to-govt"): the text starts with its lead. It gives no date. The stored copy breaks off inside
# the paragraph after "he argued" ("... no amount of pressure on"): cut before it. Notes:
# - "called on the Minister of Health, Kwabena Mintah Akandoh, to ...": the addressee stays (seed
#   a23/a24). "in an interview with JoyNews" is a medium.
# - "what the doctors say was the \"demeaning ...\" ...": the doctors' claim has its content after
#   the cue, as "what they say was initially promised" in make_test11_a.py; it holds a quoted part:
#   MIXED.
# - "Backing the doctors' decision" is support for an action, with no reported content.
# - The quotation after "highlighted the frustrations of ..." has no reporting clause of its own:
#   "highlighted" has its own content, so the sentence is not a bare frame (unlike "summed up
#   bluntly."); the quotation continues the General Secretary with a null cue.
# - "criticised the Minister's confrontational approach, saying ...": two claims (seed a18/a19);
#   "criticised X" takes X as content like "defended the design".
# - "pointed out that junior doctors are alarmed ..., questioning what the future holds for them":
#   the participle's subject is the junior doctors ("for them", "their leader"), so their question is
#   nested in Selormey's claim, which runs to the end of the sentence.
doc("myjoyonline-gma-stop-scapegoating-frontline-workers",
    url="https://www.myjoyonline.com/stop-scapegoating-frontline-workers-blaming-them-for-deep-rooted-systemic-failures-gma-to-govt/",
    outlet="MyJoyOnline", country="Ghana", topic="health-science", cut=True,
    text=(T := "The Ghana Medical Association (GMA) has called on the Minister of Health, Kwabena Mintah Akandoh, to put an end to scapegoating workers and instead prioritise addressing the critical challenges crippling public healthcare delivery across the country.\n"
          "GMA General Secretary, Dr. Richard Selormey, in an interview with JoyNews, noted that scapegoating frontline workers for systematic failures is not the best.\n"
          "His comment follows what the doctors say was the \"demeaning and unacceptable treatment\" of a senior colleague by the Minister of Health during the latter's recent official engagements at the Tamale Teaching Hospital.\n"
          "An altercation that ensued during the engagement has since led to the dismissal of the CEO of the Teaching Hospital.\n"
          "Meanwhile, the dismissal has prompted doctors at the hospital to suspend emergency and outpatient services indefinitely.\n"
          "Backing the doctors' decision, the GMA General Secretary highlighted the frustrations of health professionals working under dire conditions.\n"
          "“You have a doctor using his own money to fund water for emergency services — as if he's the MP or Minister responsible. This is unacceptable. We need to stop scapegoating and gaslighting frontline workers, blaming them for deep-rooted systemic failures that are beyond their control.”\n"
          "Dr. Selormey criticised the Minister’s confrontational approach, saying such matters should be addressed respectfully and privately.\n"
          "He further pointed out that junior doctors are alarmed by the public humiliation of their senior, questioning what the future holds for them if their leader can be treated in such a manner.\n"
          "“Tamale Teaching Hospital has a boardroom. Disciplinary or administrative issues can be handled in camera. There's no need for public shaming — it only demoralises the workforce,” he argued."),
    entities=[("gma", "The Ghana Medical Association (GMA)", "ORGANIZATION", ["Ghana Medical Association", "GMA"],
               "association of Ghana's doctors"),
              ("selormey", "Dr. Richard Selormey", "PERSON",
               ["Selormey", "Dr. Selormey", "Richard Selormey", "GMA General Secretary, Dr. Richard Selormey",
                "the GMA General Secretary"], "General Secretary of the Ghana Medical Association"),
              ("doctors", "the doctors", "GROUP", ["doctors at the hospital"], "doctors of the Tamale Teaching Hospital"),
              ("juniors", "junior doctors", "GROUP", [], "junior doctors")],
    mentions=[("m1", "The Ghana Medical Association (GMA)", "gma"),
              ("m2", "GMA General Secretary, Dr. Richard Selormey", "selormey"),
              ("m3", ("the doctors", "the doctors say"), "doctors"),
              ("m4", "doctors at the hospital", "doctors"),
              ("m5", ("the GMA General Secretary", "the GMA General Secretary highlighted"), "selormey"),
              ("m6", "Dr. Selormey", "selormey"),
              ("m7", ("He", "He further"), "selormey"),
              ("m8", "junior doctors", "juniors"),
              ("m9", ("he", "he argued"), "selormey")],
    attributions=[("a1", "INDIRECT", "m1", "called on",
                   seg(T, "the Minister of Health, Kwabena", "across the country"), None),
                  ("a2", "INDIRECT", "m2", "noted", "scapegoating frontline workers for systematic failures is not the best", None),
                  ("a3", "MIXED", "m3", ("say", "the doctors say"),
                   seg(T, "was the \"demeaning", "the Tamale Teaching Hospital"), None),
                  ("a4", "INDIRECT", "m5", "highlighted", "the frustrations of health professionals working under dire conditions", None),
                  ("a5", "DIRECT", "m5", None, seg(T, "You have a doctor using", "beyond their control."), None),
                  ("a6", "INDIRECT", "m6", "criticised", "the Minister’s confrontational approach", None),
                  ("a7", "INDIRECT", "m6", "saying", "such matters should be addressed respectfully and privately", None),
                  ("a8", "INDIRECT", "m7", "pointed out",
                   seg(T, "junior doctors are alarmed", "treated in such a manner"), None),
                  ("a9", "INDIRECT", "m8", "questioning",
                   "what the future holds for them if their leader can be treated in such a manner", "a8"),
                  ("a10", "DIRECT", "m9", "argued", seg(T, "Tamale Teaching Hospital has a boardroom.", "demoralises the workforce,"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "endbadgovernance-telecommunication-company-
# address-network-outage-concerns-amid-protests"): the text starts with its lead. It gives no
# date. The stored copy breaks off inside the paragraph "He further explained, 'It is important
# ... Investigation": cut before it. Notes:
# - "complaints from telecommunications subscribers ... about network outages since Thursday": a
#   noun cue whose claimant is named in its NP; "on social media" is a medium.
# - "Some subscribers have linked this to ...": a subset of the subscribers, a separate entity
#   (FORMAT.md, Coreference); "linked X to Y" as "linked it to a lack of ..." in the corpus.
# - "NetBlocks, a watchdog organisation that monitors ...": the source is "NetBlocks" (the
#   apposition holds a relative clause). "potentially limiting ..." is read as part of its report.
# - "Vandalism ... was reported" inside Awonuga's quotation is an agentless record of an event and
#   is not split off, as "317 cases of dengue fever were reported" in the corpus; "It's important
#   to clarify that ..." is his own framing. "There is no instruction to tamper with the network"
#   denies an instruction; nothing is reported.
# - "ALTON assures the public that ...": the addressee is left out.
doc("umpirenews-alton-network-outage-endbadgovernance-protests",
    url="https://umpirenews.com/endbadgovernance-telecommunication-company-address-network-outage-concerns-amid-protests",
    outlet="Umpire News", country="Nigeria", topic="technology", cut=True,
    text=(T := "There have been several complaints from telecommunications subscribers on social media about network outages since Thursday. Some subscribers have linked this to a government plan to disrupt the ongoing protests.\n"
          "NetBlocks, a watchdog organisation that monitors cybersecurity and internet governance, reported that MTN’s network connectivity had dropped by 40 percent, potentially limiting the visibility of the #EndBadGovernanceInNigeria protests.\n"
          "However, the Association of Licensed Telecommunications Companies of Nigeria (ALTON) confirmed that vandalism of telecommunications infrastructure, including internet cables, occurred on Thursday, causing damage and affecting network performance.\n"
          "ALTON Secretary General, Mr. Gbolahan Awonuga said in a telephone interview: “Vandalism of telecommunications infrastructure, including internet cables, was reported. This resulted in the network disruptions. There are a lot of cable cuts. Some individuals gained access to underground facilities and cut cables. It’s important to clarify that this is not a government attempt to sabotage the protests. The disruptions are solely due to cable cuts.”\n"
          "ALTON assures the public that engineers are currently working to repair the damage and restore services as soon as possible. They are also working with the National Security Adviser to ensure the safety of engineers and technicians during repair work. “We apologize for any inconvenience caused by the network disruptions and appreciate your patience as we work to restore full service,” ALTON said.\n"
          "Meanwhile, Bosun Tijani, Minister of Communications, Innovation and Digital Economy, said in a television interview, “There is no instruction to tamper with the network. It is not sabotage.”"),
    entities=[("subscribers", "telecommunications subscribers", "GROUP", [], "mobile network subscribers in Nigeria"),
              ("somesubs", "Some subscribers", "GROUP", [], "some of the subscribers"),
              ("netblocks", "NetBlocks", "ORGANIZATION", [], "internet watchdog organisation"),
              ("alton", "the Association of Licensed Telecommunications Companies of Nigeria (ALTON)", "ORGANIZATION",
               ["Association of Licensed Telecommunications Companies of Nigeria", "ALTON"],
               "association of Nigeria's licensed telecom operators"),
              ("awonuga", "Gbolahan Awonuga", "PERSON",
               ["Awonuga", "Mr. Gbolahan Awonuga", "ALTON Secretary General, Mr. Gbolahan Awonuga"], "Secretary General of ALTON"),
              ("tijani", "Bosun Tijani", "PERSON",
               ["Tijani", "Bosun Tijani, Minister of Communications, Innovation and Digital Economy"],
               "Nigeria's Minister of Communications, Innovation and Digital Economy")],
    mentions=[("m1", "telecommunications subscribers", "subscribers"),
              ("m2", "Some subscribers", "somesubs"),
              ("m3", "NetBlocks", "netblocks"),
              ("m4", "the Association of Licensed Telecommunications Companies of Nigeria (ALTON)", "alton"),
              ("m5", "ALTON Secretary General, Mr. Gbolahan Awonuga", "awonuga"),
              ("m6", ("ALTON", "ALTON assures"), "alton"),
              ("m7", ("ALTON", "ALTON said"), "alton"),
              ("m8", "Bosun Tijani, Minister of Communications, Innovation and Digital Economy", "tijani")],
    attributions=[("a1", "INDIRECT", "m1", "complaints", "network outages since Thursday", None),
                  ("a2", "INDIRECT", "m2", "linked", "this to a government plan to disrupt the ongoing protests", None),
                  ("a3", "INDIRECT", "m3", ("reported", "reported that MTN"),
                   seg(T, "MTN’s network connectivity", "#EndBadGovernanceInNigeria protests"), None),
                  ("a4", "INDIRECT", "m4", "confirmed",
                   seg(T, "vandalism of telecommunications infrastructure", "affecting network performance"), None),
                  ("a5", "DIRECT", "m5", ("said", "Awonuga said"),
                   seg(T, "Vandalism of telecommunications", "solely due to cable cuts."), None),
                  ("a6", "INDIRECT", "m6", "assures",
                   "engineers are currently working to repair the damage and restore services as soon as possible", None),
                  ("a7", "DIRECT", "m7", ("said", "ALTON said"),
                   seg(T, "We apologize for any inconvenience", "restore full service,"), None),
                  ("a8", "DIRECT", "m8", ("said", "Economy, said"),
                   "There is no instruction to tamper with the network. It is not sabotage.", None)])

# ---------------------------------------------------------------------------------------
# The view counter (" 223 total views, 2 views today") and the byline ("By Nicole Tau") are removed.
# The stored page gives no date. The stored copy breaks off inside Raboroko's quotation ("... to
# give births at in town"): cut before that quotation, after her reported claim. Notes:
# - Headline "... villagers decry water shortage" and "villagers bemoaned their water woes during an
#   inauguration ...": complaints with a noun-phrase content; the "during ..." adjunct of the
#   reporting event is left out (FORMAT.md, Adjuncts). The headline's "Mohale's Hoek villagers"
#   and the lead's "Ha Ramarumo and Liphiring villagers" are one collective (one GROUP).
# - "She said they see it as a blessing that ...": Sakoane is one of "they"; the attitude is not
#   split off from her own report (FORMAT.md, Excluded: `said she believes`).
# - "expressed his disappointment and said ...": the disappointment has no content of its own;
#   "said" carries the claim. "making pompous promises that are never kept" names promises with no
#   content: not annotated.
# - Mokhoabane's first quotation is the object of "said" and DIRECT (FORMAT.md, Type); "an old source
#   that we had long begged for it to be reconstructed" holds the community's earlier request, a
#   speech act in a relative clause inside the claim (FORMAT.md, Included), nested, its source the
#   "we" of the community; "begged for" is the cue with its particle, as "called for".
# - Her second quotation runs over two paragraphs (the first ends with no closing mark, the next
#   reopens): one DIRECT attribution continuing her, null cue. "we are once again begging ...,
#   asking for help ..." is the speaker's own present plea, made by saying it: not split off.
doc("kdnews-mohales-hoek-villagers-decry-water-shortage",
    url="https://kdnews.co.ls/mohales-hoek-villagers-decry-water-shortage/",
    outlet="KD News", country="Lesotho", topic="local", cut=True,
    text=(T := "Mohale’s Hoek villagers decry water shortage\n"
          "Ha Ramarumo and Liphiring villagers bemoaned their water woes during an inauguration of rural water supply reservoirs construction project in the arid Southern District of Mohale’s Hoek.\n"
          "The inauguration of the rural water supply systems erection was attended by Deputy Minister of Water, Lepota Sekola, Principal Secretary Mamakoanyane Bohloko, the Taung constituency legislator Selemo Mangobe and Mohale’s Hoek Constituency legislator Sentje Lebona.\n"
          "Mapalesa Sakoane, a villager, emphasized the villagers past several attempts at trying to reach out to the water Ministry to no avail. She said they see it as a blessing that water would now be coming to their communities.\n"
          "For his part, a seemingly elderly Matalajoe Tsanyane, expressed his disappointment and said he was tired of being given false hope by various government officials who have come to his village over the years making pompous promises that are never kept.\n"
          "Tsanyane, said although he was now feeble and old, he was going to live on to see there was adequate supply water in his village.\n"
          "Secretary of the Ramarumo Association, ‘Mareitumetsi Mokhoabane, said “water that we are using is from an old source that we had long begged for it to be reconstructed”.\n"
          "“Now we are once again begging for our tank to be refilled, asking for help on how we can get more water.\n"
          "“We are glad that the Minister responsible for Water is here because now he will see that our community is really in trouble, that we cannot even protect ourselves from the COVID-19 virus since there is no water for us to wash our hands with”.\n"
          "Chief of Liphiring village in Taung, Mantimo Raboroko, said her people in Liphiring have for a long time been neglected by government."),
    entities=[("villagers", "Ha Ramarumo and Liphiring villagers", "GROUP", ["Mohale’s Hoek villagers"],
               "villagers of Ha Ramarumo and Liphiring, Mohale's Hoek district"),
              ("sakoane", "Mapalesa Sakoane", "PERSON", ["Sakoane", "Mapalesa Sakoane, a villager"], "villager"),
              ("tsanyane", "Matalajoe Tsanyane", "PERSON", ["Tsanyane"], "elderly villager"),
              ("mokhoabane", "‘Mareitumetsi Mokhoabane", "PERSON",
               ["Mokhoabane", "Mareitumetsi Mokhoabane", "Secretary of the Ramarumo Association, ‘Mareitumetsi Mokhoabane"],
               "Secretary of the Ramarumo Association"),
              ("raboroko", "Mantimo Raboroko", "PERSON",
               ["Raboroko", "Chief of Liphiring village in Taung, Mantimo Raboroko"], "Chief of Liphiring village")],
    mentions=[("m1", "Mohale’s Hoek villagers", "villagers"),
              ("m2", "Ha Ramarumo and Liphiring villagers", "villagers"),
              ("m3", "Mapalesa Sakoane, a villager", "sakoane"),
              ("m4", ("She", "She said they"), "sakoane"),
              ("m5", "Matalajoe Tsanyane", "tsanyane"),
              ("m6", ("Tsanyane", "Tsanyane, said"), "tsanyane"),
              ("m7", "Secretary of the Ramarumo Association, ‘Mareitumetsi Mokhoabane", "mokhoabane"),
              ("m8", ("we", "we had long begged"), "villagers"),
              ("m9", "Chief of Liphiring village in Taung, Mantimo Raboroko", "raboroko")],
    attributions=[("a1", "INDIRECT", "m1", "decry", "water shortage", None),
                  ("a2", "INDIRECT", "m2", "bemoaned", "their water woes", None),
                  ("a3", "INDIRECT", "m3", "emphasized",
                   "the villagers past several attempts at trying to reach out to the water Ministry to no avail", None),
                  ("a4", "INDIRECT", "m4", ("said", "She said they"),
                   "they see it as a blessing that water would now be coming to their communities", None),
                  ("a5", "INDIRECT", "m5", ("said", "and said he was tired"),
                   seg(T, "he was tired of being given false hope", "that are never kept"), None),
                  ("a6", "INDIRECT", "m6", ("said", "Tsanyane, said"),
                   seg(T, "although he was now feeble", "supply water in his village"), None),
                  ("a7", "DIRECT", "m7", ("said", "Mokhoabane, said"),
                   "water that we are using is from an old source that we had long begged for it to be reconstructed", None),
                  ("a8", "INDIRECT", "m8", "begged for", "it to be reconstructed", "a7"),
                  ("a9", "DIRECT", "m7", None, seg(T, "Now we are once again begging", "to wash our hands with"), None),
                  ("a10", "INDIRECT", "m9", ("said", "Raboroko, said"),
                   "her people in Liphiring have for a long time been neglected by government", None)])

# ---------------------------------------------------------------------------------------
# The stored page holds the whole article; its date is the one in its address (a Thursday, as the
# lead says). Notes:
# - Headline "Energy Ministry Says Lebanon to Face ...": the ministry is the source, an entity of
#   its own beside its minister (FORMAT.md, Coreference: a body and its representatives).
# - "announced that ..., affirming that ..." and "blamed X for Y, saying that ..." and "stressed
#   that ..., saying that ...": two claims each (seed a18/a19). "blamed the Parliament for the
#   situation ..." keeps the blamed party and the reason, as in the corpus.
# - "We have tackled with President Michel Aoun the efforts ..." (discussion) and "Representatives
#   ... have presented a law" (an action) inside the quotations are not annotated.
# - The quotation "\"A source must be found ... new budget, “he added." opens with a straight mark
#   and closes with a space and a left curly mark, which gold.py cannot take as DIRECT: it is typed
#   INDIRECT, as test6, train_ai and test12_b did for marks gold.py cannot read; the content is the
#   quoted clause without its marks.
doc("kataeb-ghajar-lebanon-total-darkness-electricity",
    url="https://en.kataeb.org/articles/local-2021-03-11-energy-ministry-says-lebanon-to-face-total-darkness-in",
    outlet="Kataeb.org", country="Lebanon", topic="politics", cut=False, published="2021-03-11",
    text=(T := "Energy Ministry Says Lebanon to Face Total Darkness in the Near Future\n"
          "Caretaker Water and Energy Minister Raymond Ghajar on Thursday announced that neither electricity nor generators will be provided in Lebanon in the near future, affirming that the situation will be very hard to overcome.\n"
          "“We have tackled with President Michel Aoun the efforts we are exerting in order to prevent the country from reaching a total darkness but we have run out of all options,” Ghajar said following his meeting with Aoun in Baabda Palace.\n"
          "“We need a financial contribution. Representatives at the \"Strong Lebanon\" have presented a law so as to give a financial advance to buy fuel to supply citizens with electricity,” he added.\n"
          "Ghajar blamed the Parliament for the situation the Lebanese are facing today regarding the electricity, saying that the solution lies in their hands.\n"
          "\"A source must be found to buy the fuel. Today we are using the 2020 savings and we need money for the new budget, “he added.\n"
          "Ghajar stressed that generators work for about 7 hours a day but in the absence of electricity they cannot operate continuously, saying that the supply of electricity needs a company to secure it.\n"
          "“In the near future, we won’t be able to provide electricity either through the Electricité du Liban or through the generators,” he pointed out."),
    entities=[("ministry", "Energy Ministry", "ORGANIZATION", [], "Lebanon's Ministry of Energy and Water"),
              ("ghajar", "Raymond Ghajar", "PERSON", ["Ghajar", "Caretaker Water and Energy Minister Raymond Ghajar"],
               "Lebanon's caretaker Minister of Energy and Water")],
    mentions=[("m1", "Energy Ministry", "ministry"),
              ("m2", "Caretaker Water and Energy Minister Raymond Ghajar", "ghajar"),
              ("m3", ("Ghajar", "Ghajar said"), "ghajar"),
              ("m4", ("he", "electricity,” he added"), "ghajar"),
              ("m5", ("Ghajar", "Ghajar blamed"), "ghajar"),
              ("m6", ("he", "budget, “he added"), "ghajar"),
              ("m7", ("Ghajar", "Ghajar stressed"), "ghajar"),
              ("m8", ("he", "he pointed out"), "ghajar")],
    attributions=[("a1", "INDIRECT", "m1", "Says", "Lebanon to Face Total Darkness in the Near Future", None),
                  ("a2", "INDIRECT", "m2", "announced",
                   "neither electricity nor generators will be provided in Lebanon in the near future", None),
                  ("a3", "INDIRECT", "m2", "affirming", "the situation will be very hard to overcome", None),
                  ("a4", "DIRECT", "m3", ("said", "Ghajar said"),
                   seg(T, "We have tackled with President", "run out of all options,"), None),
                  ("a5", "DIRECT", "m4", ("added", "electricity,” he added"),
                   seg(T, "We need a financial contribution.", "supply citizens with electricity,"), None),
                  ("a6", "INDIRECT", "m5", "blamed",
                   "the Parliament for the situation the Lebanese are facing today regarding the electricity", None),
                  ("a7", "INDIRECT", "m5", ("saying", "saying that the solution"), "the solution lies in their hands", None),
                  ("a8", "INDIRECT", "m6", ("added", "budget, “he added"),
                   seg(T, "A source must be found", "money for the new budget"), None),
                  ("a9", "INDIRECT", "m7", "stressed",
                   "generators work for about 7 hours a day but in the absence of electricity they cannot operate continuously", None),
                  ("a10", "INDIRECT", "m7", ("saying", "saying that the supply"), "the supply of electricity needs a company to secure it", None),
                  ("a11", "DIRECT", "m8", "pointed out",
                   seg(T, "In the near future, we won’t", "or through the generators,"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "investigation-into-inciting-hatred-unrest-
# concludes"): the text starts with its lead; "MANAMA:" is a dateline. The address gives only the
# month (2015-01), so no date is recorded. The stored copy breaks off inside the paragraph "The
# evidence also included ...": cut before it. Notes:
# - "over charges relating to promoting political change ...": legal charges with no claimant in
#   their NP, a noun cue with a null source (as "charges of lack ..." in the corpus), nested in the
#   Advocate General's claim; "relating to" only links the cue.
# - "calls to stage unlawful protests" and "incitement to non-compliance with the law" in the list of
#   evidence: noun cues with no claimant in their NP (null source); "to" only links "incitement".
#   "speeches that promoted political change" and "extremist views that encouraged the use of force"
#   are not read as reports (their subjects are not speakers).
# - "the Public Prosecution heard that ...": the prosecution hears, it does not speak: null source,
#   as `the inquiry heard that` (FORMAT.md, Null source). Inside, "referring to such acts as a
#   religious duty" (the defendant describes X as Y) and "had also issued multiple calls to his
#   supporters to deploy ..." (a noun cue; the addressee "to his supporters" is left out) are
#   nested claims of the defendant.
# - "the call for violent unrest in Bahrain" inside the Advocate General's second claim: a noun cue
#   with no claimant, nested. "offered him access to arms" and "was offered military assistance"
#   are actions.
# - "The defendant has acknowledged the content of these statements": an acknowledgement with a
#   noun-phrase content, as `confirmed the arrest`.
doc("twentyfoursevennews-bahrain-incitement-investigation-concludes",
    url="https://twentyfoursevennews.com/2015/01/investigation-into-inciting-hatred-unrest-concludes",
    outlet="24/7 News", country="Bahrain", topic="courts-crime", cut=True,
    text=(T := "MANAMA: Bahrain Advocate General Nayef Yousif Mahmoud confirmed that the Public Prosecution has formally concluded its investigations into the case of the secretary general of one of Bahrain’s political societies over charges relating to promoting political change using illegal forceful means and threats, in addition to other related charges. The case has been referred to the Higher Criminal Court, and his trial will commence on January 28.\n"
          "The Public Prosecution said that it had investigated a complaint put forward by the General Directorate of Criminal Investigation and questioned the defendant in the presence of his lawyers.\n"
          "The defendant was presented with evidence underpinning the charges, including recordings of public speeches that promoted political change, confronting state authorities, calls to stage unlawful protests, in addition to incitement to non-compliance with the law.\n"
          "During proceedings, the Public Prosecution heard that the defendant had also used public statements to spread extremist views that encouraged the use of force against the Kingdom’s authorities, referring to such acts as a religious duty.\n"
          "The Public Prosecution heard that the defendant had also issued multiple calls to his supporters to deploy military tactics currently used elsewhere in the region to overthrow the government. This included a speech during Al-Wefaq’s General Assembly and on a television channel, in which the defendant conveyed that the opposition was offered military assistance such as the assistance given to members of the Syrian opposition.\n"
          "The Advocate General further confirmed that the defendant held meetings when abroad with groups that offered him access to arms, and that supported the call for violent unrest in Bahrain. The defendant has acknowledged the content of these statements."),
    entities=[("mahmoud", "Nayef Yousif Mahmoud", "PERSON",
               ["Mahmoud", "Bahrain Advocate General Nayef Yousif Mahmoud", "The Advocate General"], "Bahrain's Advocate General"),
              ("prosecution", "the Public Prosecution", "ORGANIZATION", ["Public Prosecution"], "Bahrain's Public Prosecution"),
              ("defendant", "the defendant", "PERSON", ["the secretary general of one of Bahrain’s political societies"],
               "secretary general of a Bahraini political society (Al-Wefaq), on trial")],
    mentions=[("m1", "Bahrain Advocate General Nayef Yousif Mahmoud", "mahmoud"),
              ("m2", ("the Public Prosecution", "the Public Prosecution has formally"), "prosecution"),
              ("m3", "the secretary general of one of Bahrain’s political societies", "defendant"),
              ("m4", ("The Public Prosecution", "The Public Prosecution said"), "prosecution"),
              ("m5", ("the defendant", "questioned the defendant"), "defendant"),
              ("m6", ("The defendant", "The defendant was presented"), "defendant"),
              ("m7", ("the Public Prosecution", "the Public Prosecution heard that the defendant had also used"), "prosecution"),
              ("m8", ("the defendant", "the defendant had also used"), "defendant"),
              ("m9", ("The Public Prosecution", "The Public Prosecution heard that the defendant had also issued"), "prosecution"),
              ("m10", ("the defendant", "the defendant had also issued"), "defendant"),
              ("m11", ("the defendant", "the defendant conveyed"), "defendant"),
              ("m12", "The Advocate General", "mahmoud"),
              ("m13", ("the defendant", "the defendant held meetings"), "defendant"),
              ("m14", ("The defendant", "The defendant has acknowledged"), "defendant")],
    attributions=[("a1", "INDIRECT", "m1", ("confirmed", "Mahmoud confirmed"),
                   seg(T, "the Public Prosecution has formally concluded", "other related charges"), None),
                  ("a2", "INDIRECT", None, ("charges", "charges relating"),
                   "promoting political change using illegal forceful means and threats", "a1"),
                  ("a3", "INDIRECT", "m4", "said",
                   seg(T, "it had investigated a complaint", "in the presence of his lawyers"), None),
                  ("a4", "INDIRECT", None, ("calls", "calls to stage"), "to stage unlawful protests", None),
                  ("a5", "INDIRECT", None, "incitement", "non-compliance with the law", None),
                  ("a6", "INDIRECT", None, ("heard", "Prosecution heard that the defendant had also used"),
                   seg(T, "the defendant had also used public statements", "as a religious duty"), None),
                  ("a7", "INDIRECT", "m8", "referring to", "such acts as a religious duty", "a6"),
                  ("a8", "INDIRECT", None, ("heard", "Prosecution heard that the defendant had also issued"),
                   seg(T, "the defendant had also issued multiple calls", "to overthrow the government"), None),
                  ("a9", "INDIRECT", "m10", ("calls", "multiple calls"),
                   "to deploy military tactics currently used elsewhere in the region to overthrow the government", "a8"),
                  ("a10", "INDIRECT", "m11", "conveyed",
                   "the opposition was offered military assistance such as the assistance given to members of the Syrian opposition", None),
                  ("a11", "INDIRECT", "m12", ("confirmed", "Advocate General further confirmed"),
                   seg(T, "the defendant held meetings", "violent unrest in Bahrain"), None),
                  ("a12", "INDIRECT", None, ("call for", "the call for violent"), "violent unrest in Bahrain", "a11"),
                  ("a13", "INDIRECT", "m14", "acknowledged", "the content of these statements", None)])

write("test17_b.jsonl")
