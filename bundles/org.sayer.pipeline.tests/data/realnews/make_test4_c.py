#!/usr/bin/env python3
"""Writes test4_c.jsonl: real-news gold, split test4-c (see gold.py). Run: python3 make_test4_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("thaipbs-bangkok-dust-measures",
    url="https://www.thaipbsworld.com/pm-orders-all-agencies-concerned-to-tackle-air-pollution-in-and-around-bangkok/",
    outlet="Thai PBS World", country="Thailand", topic="environment", cut=True,
    text=(T := "PM orders all agencies concerned to tackle air pollution in and around Bangkok\n"
          "Prime Minister Prayut Chan-o-cha has ordered the Pollution Control Department and other related agencies to quickly address the worsening air quality in and around Bangkok and to inform the people how to protect themselves and to take care of their health.\n"
          "Government spokesman Putthipong Punnakan said today that the prime minister had been updated about the air pollution posed by fine dust particles in Bangkok and five neighbouring provinces and the steps already taken to deal with the problem by the Ministry of Natural Resources and Environment.\n"
          "In order to protect themselves, he said that  people in the affected areas should stay in-door but while outdoor should wear proper face masks and at the same time should also observe their health conditions and to consult doctors if they develop coughing or eye irritation.\n"
          "Meanwhile, Chatri Wattanakhejorn, director of the Environment Office of Bangkok Metropolitan Administration, said today that the City Hall had put into practice a set of short-term measures to deal with the dust problem which include a ban on burning of trash or dry grass in the open, control of dust at construction sites of buildings, increased checks of car emissions and restoration of road space along the routes of electric train projects.\n"
          "Pollution Control Department director-general Pralong Dameongthai, however, said the air pollution problem in and around Bangkok has not reached the critical level yet and he was optimistic that the air quality condition would improve today following the enforcement of both short- and long-term measures by agencies concerned such as the City Hall and the police.\n"
          "He said that if traffic flow improves with more road space being reclaimed, the problem posed by the dust particles would reduce."),
    entities=[("putthipong", "Putthipong Punnakan", "PERSON", ["Putthipong", "Government spokesman Putthipong Punnakan"],
               "government spokesman"),
              ("chatri", "Chatri Wattanakhejorn", "PERSON",
               ["Chatri", "Chatri Wattanakhejorn, director of the Environment Office of Bangkok Metropolitan Administration"],
               "director of the Environment Office of Bangkok Metropolitan Administration"),
              ("pralong", "Pralong Dameongthai", "PERSON",
               ["Pralong", "Pollution Control Department director-general Pralong Dameongthai"],
               "Pollution Control Department director-general")],
    mentions=[("m1", "Government spokesman Putthipong Punnakan", "putthipong"),
              ("m2", ("he", "he said that  people"), "putthipong"),
              ("m3", "Chatri Wattanakhejorn, director of the Environment Office of Bangkok Metropolitan Administration", "chatri"),
              ("m4", "Pollution Control Department director-general Pralong Dameongthai", "pralong"),
              ("m5", ("He", "He said that if"), "pralong")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Punnakan said"),
                   seg(T, "the prime minister had been updated", "Natural Resources and Environment"), None),
                  ("a2", "INDIRECT", None, "updated",
                   seg(T, "the air pollution posed by fine dust", "Natural Resources and Environment"), "a1"),
                  ("a3", "INDIRECT", "m2", ("said", "he said that  people"),
                   seg(T, "people in the affected areas", "eye irritation"), None),
                  ("a4", "INDIRECT", "m3", ("said", "Administration, said"),
                   seg(T, "the City Hall had put into practice", "electric train projects"), None),
                  ("a5", "INDIRECT", "m4", ("said", "however, said"),
                   seg(T, "the air pollution problem in and around Bangkok has not", "the City Hall and the police"), None),
                  ("a6", "INDIRECT", "m5", ("said", "He said that if"),
                   "if traffic flow improves with more road space being reclaimed, the problem posed by the dust particles would reduce", None)])

# ---------------------------------------------------------------------------------------
doc("hanoitimes-hung-digital-transformation-prosperity",
    url="https://hanoitimes.vn/digital-transformation-offers-vietnam-pathway-to-prosperity-minister.573206.html",
    outlet="Hanoi Times", country="Vietnam", topic="technology", cut=True,
    text=(T := "Digital transformation offers Vietnam pathway to prosperity : Minister\n"
          "Vietnam has to accept and integrate new things much faster than others. Staying behind or moving at the same pace, there would be no chance for Vietnam to catch up with others, a minister has said.\n"
          "Digital transformation is an inevitable trend and would offer Vietnam a pathway to prosperity, according to Nguyen Manh Hung, minister of information and communications.\n"
          "As part of the digital transformation, a digital economy would help Vietnam increase productivity and economic growth, Hung said at the Vietnam Economic Forum on January 17.\n"
          "Such growth is considered sustainable, which is more of a knowledge-based instead of natural resources exploitation. Moreover, the cost to participate in a digital economy is low, enabling a wider public involvement, Hung added. \n"
          "Digital economy first came to Vietnam since the late 1980s with the appearance of personal computers, which later grew strongly thanks to internet and smartphones in the late 2000s. \n"
          "More importantly, the Fourth Industrial Revolution in late 2010 has provided a solid platform for the digital economy in Vietnam to boom, Hung continued. \n"
          "According to Hung, in 2019, the Ministry of Information and Communications (MIC) would submit to Prime Minister Nguyen Xuan Phuc proposal on national digital transformation, providing measures to help develop Vietnamese digital enterprises. \n"
          "In addition to new opportunities, digital technologies also give birth to new business models in replacement of the old ones and create new challenges, Hung stressed, which are the cases of Uber and Grab against traditional taxis and fintech against banks."),
    entities=[("hung", "Nguyen Manh Hung", "PERSON",
               ["Hung", "Minister", "a minister", "Nguyen Manh Hung, minister of information and communications"],
               "Minister of Information and Communications")],
    mentions=[("m1", ("Minister", ": Minister"), "hung"),
              ("m2", "a minister", "hung"),
              ("m3", "Nguyen Manh Hung, minister of information and communications", "hung"),
              ("m4", ("Hung", "Hung said at"), "hung"),
              ("m5", ("Hung", "Hung added"), "hung"),
              ("m6", ("Hung", "Hung continued"), "hung"),
              ("m7", ("Hung", "According to Hung"), "hung"),
              ("m8", ("Hung", "Hung stressed"), "hung")],
    attributions=[("a1", "INDIRECT", "m1", None, "Digital transformation offers Vietnam pathway to prosperity", None),
                  ("a2", "INDIRECT", "m2", ("said", "has said"),
                   "Staying behind or moving at the same pace, there would be no chance for Vietnam to catch up with others", None),
                  ("a3", "INDIRECT", "m3", "according to",
                   "Digital transformation is an inevitable trend and would offer Vietnam a pathway to prosperity", None),
                  ("a4", "INDIRECT", "m4", ("said", "Hung said at"),
                   "As part of the digital transformation, a digital economy would help Vietnam increase productivity and economic growth", None),
                  ("a5", "INDIRECT", "m5", "added",
                   "the cost to participate in a digital economy is low, enabling a wider public involvement", None),
                  ("a6", "INDIRECT", "m6", "continued",
                   "the Fourth Industrial Revolution in late 2010 has provided a solid platform for the digital economy in Vietnam to boom", None),
                  ("a7", "INDIRECT", "m7", "According to",
                   seg(T, "in 2019, the Ministry of Information", "Vietnamese digital enterprises"), None),
                  ("a8", "INDIRECT", "m8", "stressed",
                   seg(T, "In addition to new opportunities", "fintech against banks"), None)])

# ---------------------------------------------------------------------------------------
doc("nyasatimes-ndau-fired-straight-talk",
    url="https://www.nyasatimes.com/malawi-minister-ousted-straight-talk-mutharika-rev-ndau-says-become-enemy-speaking-truth/",
    outlet="Nyasa Times", country="Malawi", topic="politics", cut=True,
    text=(T := "Malawi Minister ousted for straight talk with Mutharika: Rev Ndau says ‘have I  become your enemy by speaking the truth’\n"
          "Fired Minister of Information and communication Technology, Reverend Malison Ndau has said President Peter Mutharika might have relieved him from the 20 member cabinet for telling the truth.\n"
          "Ndau told a radio station on Wednesday that as much as Mutharika is a politically sober person, his close allies are highly politically associates who might not have liked the former minister’s straight forward truthful statements.\n"
          "“I think my honesty has cost me the job. The President is not into much politics but those who surround him,” said Ndau.\n"
          "Mutharika made a surprise cabinet shake up recently in which the only casualty is Ndau, who was immediately replaced by former state spy chief Nicholas Dausi.\n"
          "The President is not obliged to give reasons for hiring and firing cabinet ministers.\n"
          "Ndau said Malawi is not developing because of politicking, gossiping and  witchhunting.\n"
          "“We have talented Malawians who can develop Malawi but they cannot be appointed to positions, are not given chance to develop their country because of politicking,” said Ndau who is Ntcheu Central legislator .\n"
          "He dismissed speculations that he might have been dismissed from his job because of comments he made on Access to Information Bill which might not have pleased Mutharika.\n"
          "Ndau said as a Man of God he sticks to speaking the truth and that sets him free.\n"
          "Quoting the Holy Bible in Galatians 4:16, Ndau said: “Have I therefore become your enemy because I tell you the truth?”\n"
          "Political and social commentator Boniface Dulani of the University of Malawi’s Chancellor College said for Ndau to just be dropped out of Cabinet in the manner Mutharika has done is  rare and “something must have happened.”"),
    entities=[("ndau", "Malison Ndau", "PERSON",
               ["Ndau", "Rev Ndau", "Reverend Malison Ndau", "Malawi Minister",
                "Fired Minister of Information and communication Technology, Reverend Malison Ndau"],
               "fired Minister of Information and Communication Technology, Ntcheu Central MP"),
              ("dulani", "Boniface Dulani", "PERSON",
               ["Dulani", "Political and social commentator Boniface Dulani of the University of Malawi’s Chancellor College"],
               "political and social commentator, Chancellor College")],
    mentions=[("m1", "Malawi Minister", "ndau"),
              ("m2", "Rev Ndau", "ndau"),
              ("m3", "Fired Minister of Information and communication Technology, Reverend Malison Ndau", "ndau"),
              ("m4", ("Ndau", "Ndau told"), "ndau"),
              ("m5", ("Ndau", "said Ndau.\n"), "ndau"),
              ("m6", ("Ndau", "casualty is Ndau"), "ndau"),
              ("m7", ("Ndau", "Ndau said Malawi"), "ndau"),
              ("m8", ("Ndau", "said Ndau who"), "ndau"),
              ("m9", ("He", "He dismissed"), "ndau"),
              ("m10", ("he", "he made on"), "ndau"),
              ("m11", ("Ndau", "Ndau said as"), "ndau"),
              ("m12", ("Ndau", "Ndau said: "), "ndau"),
              ("m13", "Political and social commentator Boniface Dulani of the University of Malawi’s Chancellor College", "dulani"),
              ("m14", ("Ndau", "for Ndau to"), "ndau")],
    attributions=[("a1", "DIRECT", "m2", "says", "have I  become your enemy by speaking the truth", None),
                  ("a2", "INDIRECT", "m3", ("said", "has said"),
                   "President Peter Mutharika might have relieved him from the 20 member cabinet for telling the truth", None),
                  ("a3", "INDIRECT", "m4", "told", seg(T, "as much as Mutharika", "truthful statements"), None),
                  ("a4", "DIRECT", "m5", ("said", "said Ndau.\n"),
                   "I think my honesty has cost me the job. The President is not into much politics but those who surround him,", None),
                  ("a5", "INDIRECT", "m7", ("said", "Ndau said Malawi"),
                   "Malawi is not developing because of politicking, gossiping and  witchhunting", None),
                  ("a6", "DIRECT", "m8", ("said", "said Ndau who"),
                   seg(T, "We have talented Malawians", "because of politicking,"), None),
                  ("a7", "INDIRECT", "m9", ("dismissed", "He dismissed"),
                   seg(T, "speculations that he might", "pleased Mutharika"), None),
                  ("a8", "INDIRECT", None, ("speculations", "dismissed speculations"),
                   seg(T, "he might have been dismissed", "pleased Mutharika"), "a7"),
                  ("a9", "INDIRECT", "m10", ("comments", "comments he made"), "Access to Information Bill", "a8"),
                  ("a10", "INDIRECT", "m11", ("said", "Ndau said as"),
                   "as a Man of God he sticks to speaking the truth and that sets him free", None),
                  ("a11", "DIRECT", "m12", ("said", "Ndau said: "),
                   "Have I therefore become your enemy because I tell you the truth?", None),
                  ("a12", "MIXED", "m13", ("said", "College said"),
                   seg(T, "for Ndau to just be dropped", "must have happened.”"), None)])

# ---------------------------------------------------------------------------------------
doc("cyprusmail-cyprus-airways-profit-1998",
    url="https://archive.cyprus-mail.com/1999/04/30/cyprus-airways-group-posts-10-million-profit/",
    outlet="Cyprus Mail", country="Cyprus", topic="business", cut=True,
    published="1999-04-30",
    text=(T := "Cyprus Airways group posts £10 million profit\n"
          "CYPRUS Airways yesterday announced a group pre-tax profit of £10 million compared to losses in 1997 of £3.2 million.\n"
          "The turnaround in the troubled group’s fortunes was because of increased revenue and passenger figures, and savings of some £2 million, CY chairman Takis Kyriakides told journalists.\n"
          "He said the group’s total revenue rose to £146.2 million in 1998 from £135.2 million, an 8.1 per cent increase surpassing all expectations under the strategic plan up to the year 2000.\n"
          "The group comprises Cyprus Airways, charter firm Eurocypria, the duty free shops and tour operator Cyprair.\n"
          "CY recorded pre-tax profits of £5.3 million in 1998, compared to a loss of £3.1 million in 1997.\n"
          "After two years of losses around the million mark, Eurocypria last year recorded a profit of £2.2 million, 17.5 per cent of which will go to its employees as a “thank you gift”, Kyriakides said.\n"
          "Duty Free Shops Ltd recorded profits of £2.5 million in 1998 compared to £800,000 in 1997. Kyriakides said the shops had shown an impressive 39.3 per cent increase in sales.\n"
          "Cyprair also showed a small profit of £66,000, up from 1997’s £48,000.\n"
          "Kyriakides said passenger figures for the two airlines had also increased by 4.5 per cent, bringing the total number in 1998 to 1.35 million. The airline maintained its 35 per cent share in the air transport market to the island.\n"
          "“This means that one in every three passengers who flies to and from Cyprus uses either Cyprus Airways or Eurocypria,” Kyriakides said.\n"
          "The three most profitable routes for the airline were Athens, London Heathrow and Tel Aviv, Kyriakides said, bringing in some £9 million in revenue, which he said went to subsidise some of the less profitable routes.\n"
          "The CY chairman put the year’s overall results down to a combination of other factors as well as revenue and passenger increases."),
    entities=[("cy", "Cyprus Airways", "ORGANIZATION",
               ["CYPRUS Airways", "CY", "Cyprus Airways group", "The group", "The airline"], "national airline group"),
              ("kyriakides", "Takis Kyriakides", "PERSON",
               ["Kyriakides", "CY chairman Takis Kyriakides", "The CY chairman"], "Cyprus Airways chairman")],
    mentions=[("m1", "Cyprus Airways group", "cy"),
              ("m2", "CYPRUS Airways", "cy"),
              ("m3", "CY chairman Takis Kyriakides", "kyriakides"),
              ("m4", ("He", "He said the group"), "kyriakides"),
              ("m5", ("The group", "The group comprises"), "cy"),
              ("m6", ("CY", "CY recorded"), "cy"),
              ("m7", ("Kyriakides", "gift”, Kyriakides said"), "kyriakides"),
              ("m8", ("Kyriakides", "Kyriakides said the shops"), "kyriakides"),
              ("m9", ("Kyriakides", "Kyriakides said passenger"), "kyriakides"),
              ("m10", ("The airline", "The airline maintained"), "cy"),
              ("m11", ("Cyprus Airways", "either Cyprus Airways"), "cy"),
              ("m12", ("Kyriakides", "Eurocypria,” Kyriakides said"), "kyriakides"),
              ("m13", ("the airline", "routes for the airline"), "cy"),
              ("m14", ("Kyriakides", "Tel Aviv, Kyriakides said"), "kyriakides"),
              ("m15", ("he", "which he said"), "kyriakides"),
              ("m16", "The CY chairman", "kyriakides")],
    attributions=[("a1", "INDIRECT", "m2", "announced",
                   "a group pre-tax profit of £10 million compared to losses in 1997 of £3.2 million", None),
                  ("a2", "INDIRECT", "m3", "told", seg(T, "The turnaround in the troubled", "savings of some £2 million"), None),
                  ("a3", "INDIRECT", "m4", ("said", "He said the group"),
                   seg(T, "the group’s total revenue rose", "up to the year 2000"), None),
                  ("a4", "MIXED", "m7", ("said", "gift”, Kyriakides said"),
                   seg(T, "After two years of losses", "“thank you gift”"), None),
                  ("a5", "INDIRECT", "m8", ("said", "Kyriakides said the shops"),
                   "the shops had shown an impressive 39.3 per cent increase in sales", None),
                  ("a6", "INDIRECT", "m9", ("said", "Kyriakides said passenger"),
                   "passenger figures for the two airlines had also increased by 4.5 per cent, bringing the total number in 1998 to 1.35 million", None),
                  ("a7", "DIRECT", "m12", ("said", "Eurocypria,” Kyriakides said"),
                   "This means that one in every three passengers who flies to and from Cyprus uses either Cyprus Airways or Eurocypria,", None),
                  ("a8", "INDIRECT", "m14", ("said", "Tel Aviv, Kyriakides said"),
                   seg(T, "The three most profitable routes", "the less profitable routes"), None),
                  ("a9", "INDIRECT", "m15", ("said", "which he said"),
                   "went to subsidise some of the less profitable routes", "a8"),
                  ("a10", "INDIRECT", "m16", ("put", "chairman put"),
                   seg(T, "the year’s overall results down to", "passenger increases"), None)])

# ---------------------------------------------------------------------------------------
doc("muscatdaily-oman-bhutan-record-win",
    url="https://muscatdaily.com/Archive/Sports/A-deserving-victory-Muhanna-Said-al-Adawi-4zio",
    outlet="Muscat Daily", country="Oman", topic="sport", cut=False,
    text=(T := "A deserving victory: Muhanna Said al Adawi\n"
          "Oman’s interim coach, Muhanna Said al Adawi, was hardly aware that his team had shattered a record in the course of the 14-0 win against Bhutan on Tuesday. \n"
          "He learnt it only at the post-match press meet. “It was a deserving win and our players dominated all through. I am very happy and so are the players,” Adawi said.\n"
          "The coach, who had led Oman to its maiden Military World Cup title in January, added another feather in his cap with Tuesday's record rout.\n"
          "“I didn't have the record in my mind. This win will definitely boost the confidence of the team ahead of our other Group D matches, against Palestine and Maldives,” he said. “I never thought that we would score so many goals, but the players did well as such margins come in handy during qualifiers.” Abdulaziz al Miqbali, who slammed in six goals, said he was happy that Oman could win easily.\n"
          "“It was a team effort, irrespective of my goals, and I am looking ahead to the next qualifier against Palestine in Palestine,” he said.\n"
          "Harsh way to learn, rues Bhutan coach\n"
          "Bhutan’s German coach Torsten Spittler, who was visibly a dejected man, said that his boys ‘learnt a harsh lesson’.\n"
          "Spittler said, “It is nice for my boys to gain experience against such strong teams like Oman as they are not used to playing against big sides. But the margin of defeat is huge and it is a harsh way to learn and gain experience.”"),
    entities=[("adawi", "Muhanna Said al Adawi", "PERSON",
               ["Adawi", "Oman’s interim coach, Muhanna Said al Adawi"], "Oman interim national football coach"),
              ("miqbali", "Abdulaziz al Miqbali", "PERSON", ["Miqbali"], "Oman forward, scored six goals"),
              ("spittler", "Torsten Spittler", "PERSON",
               ["Spittler", "Bhutan coach", "Bhutan’s German coach Torsten Spittler"], "Bhutan national football coach")],
    mentions=[("m1", ("Muhanna Said al Adawi", "victory: Muhanna"), "adawi"),
              ("m2", "Oman’s interim coach, Muhanna Said al Adawi", "adawi"),
              ("m3", ("Adawi", "players,” Adawi said"), "adawi"),
              ("m4", ("The coach", "The coach, who"), "adawi"),
              ("m5", ("he", "Maldives,” he said"), "adawi"),
              ("m6", "Abdulaziz al Miqbali", "miqbali"),
              ("m7", ("he", "Palestine,” he said"), "miqbali"),
              ("m8", "Bhutan coach", "spittler"),
              ("m9", "Bhutan’s German coach Torsten Spittler", "spittler"),
              ("m10", ("Spittler", "Spittler said,"), "spittler")],
    attributions=[("a1", "INDIRECT", "m1", None, "A deserving victory", None),
                  ("a2", "DIRECT", "m3", ("said", "players,” Adawi said"),
                   seg(T, "It was a deserving win", "so are the players,"), None),
                  ("a3", "DIRECT", "m5", ("said", "Maldives,” he said"),
                   seg(T, "I didn't have the record", "Palestine and Maldives,"), None),
                  ("a4", "DIRECT", "m5", None, seg(T, "I never thought that we would", "during qualifiers."), None),
                  ("a5", "INDIRECT", "m6", ("said", "goals, said he"), "he was happy that Oman could win easily", None),
                  ("a6", "DIRECT", "m7", ("said", "Palestine,” he said"),
                   seg(T, "It was a team effort", "against Palestine in Palestine,"), None),
                  ("a7", "INDIRECT", "m8", "rues", "Harsh way to learn", None),
                  ("a8", "MIXED", "m9", ("said", "man, said"), "his boys ‘learnt a harsh lesson’", None),
                  ("a9", "DIRECT", "m10", ("said", "Spittler said,"),
                   seg(T, "It is nice for my boys", "learn and gain experience."), None)])

# ---------------------------------------------------------------------------------------
doc("inquirer-afp-sierra-leone-ebola-alert",
    url="https://newsinfo.inquirer.net/?p=778962",
    outlet="Philippine Daily Inquirer", country="Philippines", topic="health-science", cut=False,
    text=(T := "Sierra Leone on alert after new W. Africa Ebola cases\n"
          "FREETOWN, Sierra Leone — Sierra Leone called Sunday for increased vigilance to prevent a resurgence of the Ebola virus after new cases in neighboring Liberia and Guinea, but cautioned against shutting off borders between the west African states.\n"
          "The alert came after the World Health Organization (WHO) confirmed a link between a fatality in Liberia, months after it was declared Ebola-free, and new cases in its neighbor Guinea.\n"
          "A woman died of Ebola in the Liberian capital Monrovia on March 31, after arriving from Guinea, where a fresh Ebola outbreak has killed eight of the nine cases registered since mid-March.\n"
          "Two of her three children, aged five and two, have since tested positive for the virus.\n"
          "Liberian Health Minister Abu Bakarr Fofanah told AFP Sunday that closure of the borders between the three countries “is not the right answer to the existing Ebola threats”.\n"
          "“Our findings were that everything was in place and we are keeping a constant health watch on both pedestrian and vehicular traffic entering and leaving,” he said after returning from a visit to the Guinea border.\n"
          "The WHO said on Thursday it had “established epidemiological links between new Ebola cases in Liberia and a current flare-up of Ebola in neighboring Guinea following intensified case investigations and contact tracing”.\n"
          "Liberia was the country worst hit by the outbreak of the disease which has claimed 11,300 lives since December 2013, the vast majority in Liberia, Guinea and Sierra Leone."),
    entities=[("sierraleone", "Sierra Leone", "GPE", [], None),
              ("who", "World Health Organization", "ORGANIZATION",
               ["WHO", "the World Health Organization (WHO)", "The WHO"], None),
              ("fofanah", "Abu Bakarr Fofanah", "PERSON",
               ["Fofanah", "Liberian Health Minister Abu Bakarr Fofanah"], "health minister (given as Liberian in the text)")],
    mentions=[("m1", ("Sierra Leone", "Sierra Leone on alert"), "sierraleone"),
              ("m2", ("Sierra Leone", "Sierra Leone called"), "sierraleone"),
              ("m3", "the World Health Organization (WHO)", "who"),
              ("m4", "Liberian Health Minister Abu Bakarr Fofanah", "fofanah"),
              ("m5", ("he", "he said after"), "fofanah"),
              ("m6", ("The WHO", "The WHO said"), "who")],
    attributions=[("a1", "INDIRECT", "m2", ("called", "Leone called"),
                   "increased vigilance to prevent a resurgence of the Ebola virus", None),
                  ("a2", "INDIRECT", "m2", "cautioned", "shutting off borders between the west African states", None),
                  ("a3", "INDIRECT", "m3", "confirmed", seg(T, "a link between a fatality", "its neighbor Guinea"), None),
                  ("a4", "INDIRECT", None, "declared", "Ebola-free", "a3"),
                  ("a5", "MIXED", "m4", ("told", "Fofanah told"), seg(T, "closure of the borders", "existing Ebola threats”"), None),
                  ("a6", "DIRECT", "m5", ("said", "he said after"),
                   seg(T, "Our findings were that", "entering and leaving,"), None),
                  ("a7", "MIXED", "m6", ("said", "The WHO said"), seg(T, "it had “established", "contact tracing”"), None)])

write("test4_c.jsonl")
