#!/usr/bin/env python3
"""Writes test6_c.jsonl: real-news gold, split test6-c (see gold.py). Run: python3 make_test6_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
doc("24kg-usenbaev-controlled-indolent-epidemic",
    url="https://24.kg/english/154051_Health_Ministry_Controlled_indolent_epidemic_observed_in_Kyrgyzstan/",
    outlet="24.kg", country="Kyrgyzstan", topic="health-science", cut=False,
    text=(T := "Health Ministry: Controlled indolent epidemic observed in Kyrgyzstan\n"
          "The Ministry of Health believes that their algorithms allow to curb the spread of coronavirus infection in Kyrgyzstan. The Deputy Minister of Health Nurbolot Usenbaev told at a briefing.\n"
          "«The epidemiological surveillance system is designed to not miss imported cases. We place all arrivals in observation units, conduct questioning, specify addresses, then send the data to local healthcare organizations. A lot of work is also being done to find contact persons. This brings results: there is no wide spread among the general population,» the deputy minister said.\n"
          "Nurbolot Usenbaev notes that there are some cases when the disease is detected in people who turned for help by themselves. «Patients cannot say exactly where they were in the last two weeks, with whom they talked. But these cases are being investigated, the circle of search for contact persons is expanding. In any case, attempts to find the source of infection do not stop,» he said.\n"
          "The deputy minister added that there is currently a controlled indolent epidemic in the republic.\n"
          "«But I don’t want to predict its end, there’s no exact opportunity to predict how the situation will develop. Imported cases are growing, contact cases are at substantial rates. The maximum number has been exceeded, but new cases are registered daily. Let’s wait with forecasting. Our scientists are working on this,» Nurbolot Usenbaev said.\n"
          "A total of 1,594 COVID-19 cases have been registered in Kyrgyzstan as of May 28. At least 1,066 patients have been discharged after recovery, 16 people have died."),
    entities=[("ministry", "The Ministry of Health", "ORGANIZATION", ["Health Ministry", "Ministry of Health"],
               "Ministry of Health of Kyrgyzstan"),
              ("usenbaev", "Nurbolot Usenbaev", "PERSON",
               ["Usenbaev", "The Deputy Minister of Health Nurbolot Usenbaev", "the deputy minister"],
               "Deputy Minister of Health of Kyrgyzstan")],
    mentions=[("m1", "Health Ministry", "ministry"),
              ("m2", "The Ministry of Health", "ministry"),
              ("m3", "The Deputy Minister of Health Nurbolot Usenbaev", "usenbaev"),
              ("m4", ("the deputy minister", "the deputy minister said"), "usenbaev"),
              ("m5", ("Nurbolot Usenbaev", "Nurbolot Usenbaev notes"), "usenbaev"),
              ("m6", ("he", "he said."), "usenbaev"),
              ("m7", ("The deputy minister", "The deputy minister added"), "usenbaev"),
              ("m8", ("Nurbolot Usenbaev", "Nurbolot Usenbaev said."), "usenbaev")],
    attributions=[("a1", "INDIRECT", "m1", None, "Controlled indolent epidemic observed in Kyrgyzstan", None),
                  ("a2", "INDIRECT", "m2", "believes",
                   "their algorithms allow to curb the spread of coronavirus infection in Kyrgyzstan", None),
                  ("a3", "DIRECT", "m4", ("said", "the deputy minister said"),
                   seg(T, "The epidemiological surveillance", "the general population,"), None),
                  ("a4", "INDIRECT", "m5", "notes",
                   "there are some cases when the disease is detected in people who turned for help by themselves", None),
                  ("a5", "DIRECT", "m6", ("said", "he said."), seg(T, "Patients cannot say", "do not stop,"), None),
                  ("a6", "INDIRECT", "m7", "added", "there is currently a controlled indolent epidemic in the republic", None),
                  ("a7", "DIRECT", "m8", ("said", "Nurbolot Usenbaev said."), seg(T, "But I don’t want", "working on this,"), None)])

# ---------------------------------------------------------------------------------------
doc("threefm-douglas-fireworks-licence-prosecution",
    url="https://www.three.fm/news/isle-of-man-news/fireworks-proseuction-was-in-public-interest-says-director/",
    outlet="Three FM", country="Isle of Man", topic="courts-crime", cut=False,
    text=(T := "Fireworks prosecution was in public interest says director\n"
          "Turning a \"blind eye\" to Douglas Council's failure to gain the correct licence for a fireworks display would \"open the floodgates\" to other people doing the same.\n"
          "That's the belief of the Isle of Man's director of prosecutions who's argued that prosecuting was in the public interest.\n"
          "At Douglas Courthouse yesterday the council pleaded guilty to having no music or dancing licence for the event on Douglas Promenade on November 6th last year.\n"
          "The court was told it had applied for the correct licence for the day before but the event was postponed and therefore wasn't covered.\n"
          "Addressing the court Richard Butters revealed the chief executive of Douglas Borough Council had refused to be interviewed by police and an offer of a caution was also rejected by the organisation.\n"
          "He said he recognised that any fine imposed would have to be paid for from ratepayers' cash adding \"the irony is not lost on the court\".\n"
          "Defending the council its advocate said the matter \"should have never have come to court\" describing it as a \"truly victimless crime\".\n"
          "He also refuted prosecution claims that the public liability insurance, which covered the 6,000 attendees, would have been invalidated due to the breach.\n"
          "Fining the council £250 and ordering it to pay costs to the same amount Magistrates said they didn't accept it was just a \"technical offence\".\n"
          "They said as organisers of large scale public events it was \"all the more important\" for the council to \"comply with licensing laws\"."),
    entities=[("director", "the Isle of Man's director of prosecutions", "PERSON",
               ["director", "director of prosecutions"], "Isle of Man's director of prosecutions"),
              ("butters", "Richard Butters", "PERSON", ["Butters"], "addressed the court for the prosecution"),
              ("advocate", "its advocate", "PERSON", ["the council's advocate"], "advocate defending Douglas Borough Council"),
              ("prosecution", "prosecution", "ORGANIZATION", ["the prosecution"], "the prosecution in the case"),
              ("magistrates", "Magistrates", "GROUP", [], "magistrates at Douglas Courthouse")],
    mentions=[("m1", ("director", "says director"), "director"),
              ("m2", "the Isle of Man's director of prosecutions", "director"),
              ("m3", "Richard Butters", "butters"),
              ("m4", ("He", "He said he recognised"), "butters"),
              ("m5", "its advocate", "advocate"),
              ("m6", ("He", "He also refuted"), "advocate"),
              ("m7", ("prosecution", "prosecution claims"), "prosecution"),
              ("m8", "Magistrates", "magistrates"),
              ("m9", ("They", "They said as"), "magistrates")],
    attributions=[("a1", "INDIRECT", "m1", "says", "Fireworks prosecution was in public interest", None),
                  ("a2", "MIXED", "m2", "belief", seg(T, "Turning a \"blind eye\"", "other people doing the same"), None),
                  ("a3", "INDIRECT", "m2", "argued", "prosecuting was in the public interest", None),
                  ("a4", "INDIRECT", None, ("told", "The court was told"),
                   "it had applied for the correct licence for the day before but the event was postponed and therefore wasn't covered", None),
                  ("a5", "INDIRECT", "m3", "revealed", seg(T, "the chief executive of Douglas", "rejected by the organisation"), None),
                  ("a6", "INDIRECT", "m4", ("said", "He said he recognised"),
                   "he recognised that any fine imposed would have to be paid for from ratepayers' cash", None),
                  ("a7", "DIRECT", "m4", "adding", "the irony is not lost on the court", None),
                  ("a8", "MIXED", "m5", ("said", "its advocate said"), "the matter \"should have never have come to court\"", None),
                  ("a9", "MIXED", "m5", "describing", "it as a \"truly victimless crime\"", None),
                  ("a10", "INDIRECT", "m6", "refuted", seg(T, "prosecution claims that", "due to the breach"), None),
                  ("a11", "INDIRECT", "m7", ("claims", "prosecution claims"),
                   "the public liability insurance, which covered the 6,000 attendees, would have been invalidated due to the breach", "a10"),
                  ("a12", "MIXED", "m8", ("said", "Magistrates said"), "they didn't accept it was just a \"technical offence\"", None),
                  ("a13", "MIXED", "m9", ("said", "They said as"),
                   seg(T, "as organisers of large scale", "\"comply with licensing laws\""), None)])

# ---------------------------------------------------------------------------------------
doc("lsm-baltic-prime-ministers-meet-riga",
    url="https://eng.lsm.lv/article/politics/diplomacy/baltic-prime-ministers-meet-up-in-riga.a329658/",
    outlet="LSM (Public Broadcasting of Latvia)", country="Latvia", topic="politics", cut=True,
    text=(T := "Baltic Prime Ministers meet up in Rīga\n"
          "Latvian Prime Minister Krišjānis Kariņš played host to Jüri Ratas, Prime Minister of Estonia, and Saulius Skvernelis, Prime Minister of Lithuania on 23 August.\n"
          "The officials held a meeting, and attended various celebration events dedicated to the Baltic Way.\n"
          "Speaking to reporters after a working lunch at the Culture Palace Ziemeļblāzma in northern Rīga, Kariņš stressed that the Baltic states must contunue to work together \"not only in hard times, but in good times, too.\"\n"
          "\"We will continue to work together, hand in hand today as we did 30 years ago,\" said Kariņš.\n"
          "Ratas offered: \"It was an historic and you might say unique event,\" before moving on to contemporary matters saying issues such as transport, Rail Baltic, and \"even more active cooperation with our strategic partners in NATO and the European Union\" had been on the agenda during Friday'' talks.\n"
          "The Baltic states completely share their Trans-Atlantic orientation, he stressed.\n"
          "Skvernelis echoed the sentiments saying: \"History shows that when we stand united we are even better able to pursue our interests,\" and praised the rapid progress the Baltic economies have made in catching up with Western Europe.\n"
          "He also provided a reminder that freedom only came after the Baltics had \"paid a high price\" under totalitarian regimes.\n"
          "\"We must not allow this situation to repeat itself in the future,\" he pledged.\n"
          "The three PMs also mused on whether the Berlin Wall would have fallen without the precursor of the Baltic Way, with Kariņš concluding that in both cases change came around as a result of ordinary individuals and \"people power\"."),
    entities=[("karins", "Krišjānis Kariņš", "PERSON", ["Kariņš", "Latvian Prime Minister Krišjānis Kariņš"],
               "Prime Minister of Latvia"),
              ("ratas", "Jüri Ratas", "PERSON", ["Ratas", "Jüri Ratas, Prime Minister of Estonia"], "Prime Minister of Estonia"),
              ("skvernelis", "Saulius Skvernelis", "PERSON",
               ["Skvernelis", "Saulius Skvernelis, Prime Minister of Lithuania"], "Prime Minister of Lithuania"),
              ("pms", "The three PMs", "GROUP", ["The officials"], "the three Baltic prime ministers")],
    mentions=[("m1", "Latvian Prime Minister Krišjānis Kariņš", "karins"),
              ("m2", "Jüri Ratas, Prime Minister of Estonia", "ratas"),
              ("m3", "Saulius Skvernelis, Prime Minister of Lithuania", "skvernelis"),
              ("m4", "The officials", "pms"),
              ("m5", ("Kariņš", "Kariņš stressed"), "karins"),
              ("m6", ("Kariņš", "said Kariņš"), "karins"),
              ("m7", ("Ratas", "Ratas offered"), "ratas"),
              ("m8", ("he", "he stressed"), "ratas"),
              ("m9", ("Skvernelis", "Skvernelis echoed"), "skvernelis"),
              ("m10", ("He", "He also provided"), "skvernelis"),
              ("m11", ("he", "he pledged"), "skvernelis"),
              ("m12", "The three PMs", "pms"),
              ("m13", ("Kariņš", "Kariņš concluding"), "karins")],
    attributions=[("a1", "MIXED", "m5", ("stressed", "Kariņš stressed"),
                   seg(T, "the Baltic states must contunue", "in good times, too.\""), None),
                  ("a2", "DIRECT", "m6", ("said", "said Kariņš"), "We will continue to work together, hand in hand today as we did 30 years ago,", None),
                  ("a3", "DIRECT", "m7", "offered", "It was an historic and you might say unique event,", None),
                  ("a4", "MIXED", "m7", ("saying", "matters saying"), seg(T, "issues such as transport", "during Friday'' talks"), None),
                  ("a5", "INDIRECT", "m8", ("stressed", "he stressed"), "The Baltic states completely share their Trans-Atlantic orientation", None),
                  ("a6", "INDIRECT", "m9", "echoed", "the sentiments", None),
                  ("a7", "DIRECT", "m9", ("saying", "sentiments saying"),
                   "History shows that when we stand united we are even better able to pursue our interests,", None),
                  ("a8", "INDIRECT", "m9", "praised",
                   "the rapid progress the Baltic economies have made in catching up with Western Europe", None),
                  ("a9", "MIXED", "m10", "provided a reminder",
                   "freedom only came after the Baltics had \"paid a high price\" under totalitarian regimes", None),
                  ("a10", "DIRECT", "m11", "pledged", "We must not allow this situation to repeat itself in the future,", None),
                  ("a11", "INDIRECT", "m12", "mused",
                   "whether the Berlin Wall would have fallen without the precursor of the Baltic Way", None),
                  ("a12", "MIXED", "m13", "concluding",
                   "in both cases change came around as a result of ordinary individuals and \"people power\"", None)])

# ---------------------------------------------------------------------------------------
doc("thenational-png-ports-half-year-profit",
    url="https://www.thenational.com.pg/?p=260028",
    outlet="The National (Papua New Guinea)", country="Papua New Guinea", topic="business", cut=True,
    text=(T := "PNG Ports posts K9.3m for first six months\n"
          "PNG Ports Corporation Ltd (PNGPCL) acting managing director Fego Kiniafa says the company’s management account for the first half of the year had a net profit of K35.7 million.\n"
          "Kiniafa told The National yesterday that the company’s profit after tax for only the first half of this year was K9.3 million less from the overall profit after tax for 2018 and that showed that the company was performing well.\n"
          "“Last year, the company made a profit of K45 million after tax,” he said.\n"
          "“By mid-year management account stands at K35.7 million net profit. That’s just half year results and is only K9.3 million less from the overall profit after tax for the whole of last year.”\n"
          "Kiniafa said the figures showed that the State-owned enterprise (SOE) was competitive and earning a profit based on good management practices.\n"
          "“PNG Ports has around 500 workers and we represent the people of the country,” he said.\n"
          "“We cannot sit in our glass houses and our air conditioned offices and say everything is alright.\n"
          "“No, nothing is ok.\n"
          "“There is lack of medicines, lack of government services and our people are struggling to live and as a company owned by the people, we must think of the shareholders of this company to do better, make money and pay dividends to the government so that the money can be used to provide goods and services to the people.”\n"
          "Kiniafa said an internal audit was being done and more savings were expected to be made following recommendations to make the company more efficient and cut wastage.\n"
          "“Our target now is to reach K70 or K75 million profit after tax and I am confident that we can achieve this target with the support of our company board,” he said.\n"
          "He said the company had owed K15 million in unpaid tax to the State over the last six years. We paid K5 million last week and will pay the remaining K10 million before the end of this year,” Kiniafa said."),
    entities=[("kiniafa", "Fego Kiniafa", "PERSON",
               ["Kiniafa", "PNG Ports Corporation Ltd (PNGPCL) acting managing director Fego Kiniafa"],
               "acting managing director of PNG Ports Corporation Ltd")],
    mentions=[("m1", "PNG Ports Corporation Ltd (PNGPCL) acting managing director Fego Kiniafa", "kiniafa"),
              ("m2", ("Kiniafa", "Kiniafa told"), "kiniafa"),
              ("m3", ("he", "he said.\n“By mid-year"), "kiniafa"),
              ("m4", ("Kiniafa", "Kiniafa said the figures"), "kiniafa"),
              ("m5", ("he", "he said.\n“We cannot"), "kiniafa"),
              ("m6", ("Kiniafa", "Kiniafa said an internal"), "kiniafa"),
              ("m7", ("he", "he said.\nHe said"), "kiniafa"),
              ("m8", ("He", "He said the company had owed"), "kiniafa"),
              ("m9", ("Kiniafa", "Kiniafa said."), "kiniafa")],
    attributions=[("a1", "INDIRECT", "m1", "says",
                   "the company’s management account for the first half of the year had a net profit of K35.7 million", None),
                  ("a2", "INDIRECT", "m2", "told", seg(T, "the company’s profit after tax for only", "was performing well"), None),
                  ("a3", "DIRECT", "m3", ("said", "he said.\n“By mid-year"),
                   "Last year, the company made a profit of K45 million after tax,", None),
                  ("a4", "DIRECT", "m3", None, seg(T, "By mid-year management account", "the whole of last year."), None),
                  ("a5", "INDIRECT", "m4", ("said", "Kiniafa said the figures"),
                   "the figures showed that the State-owned enterprise (SOE) was competitive and earning a profit based on good management practices", None),
                  ("a6", "DIRECT", "m5", ("said", "he said.\n“We cannot"),
                   "PNG Ports has around 500 workers and we represent the people of the country,", None),
                  ("a7", "DIRECT", "m5", None, seg(T, "We cannot sit in our glass", "goods and services to the people."), None),
                  ("a8", "INDIRECT", "m6", ("said", "Kiniafa said an internal"),
                   seg(T, "an internal audit was being done", "more efficient and cut wastage"), None),
                  ("a9", "INDIRECT", None, ("expected", "were expected to be made"),
                   "to be made following recommendations to make the company more efficient and cut wastage", "a8"),
                  ("a10", "INDIRECT", None, "recommendations", "to make the company more efficient and cut wastage", "a9"),
                  ("a11", "DIRECT", "m7", ("said", "he said.\nHe said"),
                   seg(T, "Our target now is to reach", "our company board,"), None),
                  ("a12", "INDIRECT", "m8", ("said", "He said the company had owed"),
                   "the company had owed K15 million in unpaid tax to the State over the last six years", None),
                  ("a13", "INDIRECT", "m9", ("said", "Kiniafa said."),
                   "We paid K5 million last week and will pay the remaining K10 million before the end of this year", None)])

# ---------------------------------------------------------------------------------------
doc("turan-masalli-intellectuals-accuse-local-executive",
    url="https://turan.az/en/social/may-the-ismailli-events-repeat-in-masalli-region",
    outlet="Turan Information Agency", country="Azerbaijan", topic="local", cut=False,
    text=(T := "May the Ismailli events repeat in Masalli region ?\n"
          "At a press conference  in the Media Center  the Representatives of the Association of Intellectuals of Masalli  told of \"illegal actions\" of the local executive Rafil Huseynov.\n"
          "According to them,  over 10 months the leadership of the administration did nothing to solve the problems, and  was busy only with opening  their own commercial facilities.\n"
          "\"Those who protest are blackmailed and threatened,\" said the head of the Association of Intellectuals, Mammadaga Eynullayev.\n"
          "According to  them, local authorities strongly oppose  sending complaints to Baku.\n"
          "The deputy head of the Union, Ramil Ibadullayev, reported that the head of the  region  bought his son a car for 100 thousand dollars, on  which he had committed an accident.\n"
          "\"Chief Executive  thinks that the  region is  his  patrimony, public complaints are not addressed, residents are not received,\" said Ibadullayev.\n"
          "Masalli representatives complained about problems in education, health, corruption  and  bad use of the budget, etc.\n"
          "The  participants of the press conference appealed to the President of Azerbaijan and the heads of law enforcement agencies to take  measures against the head of the  region.  Otherwise,  the unrest similar to  the events in Ismailli, may begin.-16C06-"),
    entities=[("reps", "the Representatives of the Association of Intellectuals of Masalli", "GROUP",
               ["Masalli representatives", "The participants of the press conference"],
               "representatives of the Association of Intellectuals of Masalli at the press conference"),
              ("huseynov", "Rafil Huseynov", "PERSON",
               ["Huseynov", "the local executive Rafil Huseynov", "Chief Executive", "the head of the region"],
               "head of the Masalli region executive authority"),
              ("eynullayev", "Mammadaga Eynullayev", "PERSON",
               ["Eynullayev", "the head of the Association of Intellectuals, Mammadaga Eynullayev"],
               "head of the Association of Intellectuals of Masalli"),
              ("ibadullayev", "Ramil Ibadullayev", "PERSON",
               ["Ibadullayev", "The deputy head of the Union, Ramil Ibadullayev"], "deputy head of the association")],
    mentions=[("m1", "the Representatives of the Association of Intellectuals of Masalli", "reps"),
              ("m2", "the local executive Rafil Huseynov", "huseynov"),
              ("m3", ("them", "According to them,"), "reps"),
              ("m4", "the head of the Association of Intellectuals, Mammadaga Eynullayev", "eynullayev"),
              ("m5", ("them", "According to  them"), "reps"),
              ("m6", "The deputy head of the Union, Ramil Ibadullayev", "ibadullayev"),
              ("m7", ("the head of the  region", "reported that the head"), "huseynov"),
              ("m8", "Chief Executive", "huseynov"),
              ("m9", ("Ibadullayev", "said Ibadullayev"), "ibadullayev"),
              ("m10", "Masalli representatives", "reps"),
              ("m11", "The  participants of the press conference", "reps"),
              ("m12", ("the head of the  region", "against the head"), "huseynov")],
    attributions=[("a1", "MIXED", "m1", ("told", "Masalli  told of"), "\"illegal actions\" of the local executive Rafil Huseynov", None),
                  ("a2", "INDIRECT", "m3", ("According to", "According to them,"),
                   seg(T, "over 10 months the leadership", "their own commercial facilities"), None),
                  ("a3", "DIRECT", "m4", ("said", "said the head"), "Those who protest are blackmailed and threatened,", None),
                  ("a4", "INDIRECT", "m5", ("According to", "According to  them"),
                   "local authorities strongly oppose  sending complaints to Baku", None),
                  ("a5", "INDIRECT", "m6", "reported", seg(T, "the head of the  region  bought", "committed an accident"), None),
                  ("a6", "DIRECT", "m9", ("said", "said Ibadullayev"),
                   seg(T, "Chief Executive  thinks", "residents are not received,"), None),
                  ("a7", "INDIRECT", "m8", "thinks", "the  region is  his  patrimony", "a6"),
                  ("a8", "INDIRECT", "m10", "complained",
                   "problems in education, health, corruption  and  bad use of the budget, etc.", None),
                  ("a9", "INDIRECT", "m11", "appealed to",
                   seg(T, "the President of Azerbaijan and the heads", "against the head of the  region"), None)])

# ---------------------------------------------------------------------------------------
doc("sggp-afp-china-coach-blasts-10-goal-girls",
    url="https://sggpnews.org.vn/sport/china-coach-blasts-10goal-girls-53651.html",
    outlet="SGGP News (AFP)", country="Vietnam", topic="sport", cut=False, published="2010-11-15",
    text=(T := "China coach blasts 10-goal girls\n"
          "GUANGZHOU, China, Nov 15, 2010 (AFP) - China women's football coach Li Xiaopeng lashed out at her team on Monday despite a 10-1 hammering of hapless Jordan in their Asian Games opener.\n"
          "Li was furious that her defenders conceded a goal against the same side they crushed 12-0 at the Doha Games in 2006.\n"
          "\"Jordan's one goal is more important than our 10,\" said Li.\n"
          "\"I always tell my players to stay focused. We have one goalkeeer and four defenders but their carelessness let Jordan score.\n"
          "\"Their player (Shahnaz Jebreen) ran very fast and was threatening to us. Our players didn't pay any attention to her and this should be a lesson to be remembered.\"\n"
          "Jordan's Dutch coach Hesterine Dereus, who has only been in charge for four months, admitted that there was an embarrassing gulf in class between the two nations.\n"
          "\"There are only 360 players in Jordan. I'm not sure how many there are in China, but I think it's more than that.\""),
    entities=[("li", "Li Xiaopeng", "PERSON", ["Li", "China coach", "China women's football coach Li Xiaopeng"],
               "coach of China's women's football team"),
              ("dereus", "Hesterine Dereus", "PERSON", ["Dereus", "Jordan's Dutch coach Hesterine Dereus"],
               "Dutch coach of Jordan's women's football team")],
    mentions=[("m1", "China coach", "li"),
              ("m2", "China women's football coach Li Xiaopeng", "li"),
              ("m3", ("Li", "Li was furious"), "li"),
              ("m4", ("Li", "said Li"), "li"),
              ("m5", ("I", "I always tell"), "li"),
              ("m6", "Jordan's Dutch coach Hesterine Dereus", "dereus")],
    attributions=[("a1", "INDIRECT", "m1", "blasts", "10-goal girls", None),
                  ("a2", "INDIRECT", "m2", "lashed out", ("her team", "lashed out at her team"), None),
                  ("a3", "DIRECT", "m4", ("said", "said Li"), "Jordan's one goal is more important than our 10,", None),
                  ("a4", "DIRECT", "m4", None, seg(T, "I always tell my players", "a lesson to be remembered."), None),
                  ("a5", "INDIRECT", "m5", ("tell", "I always tell"), ("to stay focused", "players to stay focused"), "a4"),
                  ("a6", "INDIRECT", "m6", "admitted", "there was an embarrassing gulf in class between the two nations", None),
                  ("a7", "DIRECT", "m6", None, seg(T, "There are only 360 players", "more than that."), None)])

write("test6_c.jsonl")
