#!/usr/bin/env python3
"""Writes test20_a.jsonl: real-news gold, split test20-a (see gold.py). Run: python3 make_test20_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page gives no date.
doc("buenosairesherald-cgt-strike-success-take-note",
    url="https://buenosairesherald.com/politics/union-leaders-hail-strike-as-a-success-tells-government-to-take-note",
    outlet="Buenos Aires Herald", country="Argentina", topic="politics", cut=True,
    text=(T := "Union leaders hail strike as a success, tells government to ‘take note’\n"
          "‘It’s a political strike, we’re discussing the course of the country,’ said Héctor Daer, co-chair of the General Confederation of Labor\n"
          "“The measure was a success. It’s a wake-up call to the authorities to find a course to rectify the damage their measures are inflicting on society,” said Héctor Daer, co-chair of the General Confederation of Labor (CGT, for its Spanish initials), at a press conference on Monday. According to the union leader, there was massive support for the second general strike against Javier Milei’s policies.\n"
          "The government described the strike as “political,” to which Daer responded that “the strike had the social support and, above all, the political support to carry it out. We’re discussing the direction of the country and what policies are being carried out, and all the actions that are damaging the social fabric of our country.”\n"
          "“The government has to take note. It must take note of what this means and change its austerity politics, which are taking us to the extreme,” Daer said from the CGT headquarters. “Far from being sustainable, it’s taking a lot of us, from many social sectors, to the extreme. It will be extremely difficult to recover if these policies are implemented.”\n"
          "“The strike hurt them,” said Pablo Moyano, CGT co-chair and head of the powerful truck drivers’ union when asked about criticisms made by Security Minister Patricia Bullrich. The minister sent a direct message to the union leaders: “Stop screwing around and go to work.”"),
    entities=[("leaders", "Union leaders", "GROUP", ["the union leaders"], "leaders of Argentina's General Confederation of Labor (CGT)"),
              ("govt", "The government", "ORGANIZATION", ["government"], "Argentine government of Javier Milei"),
              ("daer", "Héctor Daer", "PERSON",
               ["Daer", "Héctor Daer, co-chair of the General Confederation of Labor", "the union leader"],
               "co-chair of the General Confederation of Labor (CGT)"),
              ("moyano", "Pablo Moyano", "PERSON",
               ["Moyano", "Pablo Moyano, CGT co-chair and head of the powerful truck drivers’ union"],
               "CGT co-chair and head of the truck drivers' union"),
              ("bullrich", "Patricia Bullrich", "PERSON",
               ["Bullrich", "Security Minister Patricia Bullrich", "The minister"], "Argentine Security Minister")],
    mentions=[("m1", "Union leaders", "leaders"),
              ("m2", ("government", "tells government"), "govt"),
              ("m3", ("Héctor Daer, co-chair of the General Confederation of Labor", "said Héctor Daer, co-chair of the General Confederation of Labor\n"), "daer"),
              ("m4", ("Héctor Daer, co-chair of the General Confederation of Labor", "society,” said Héctor"), "daer"),
              ("m5", ("the union leader", "to the union leader,"), "daer"),
              ("m6", ("The government", "The government described"), "govt"),
              ("m7", ("Daer", "Daer responded"), "daer"),
              ("m8", ("The government", "The government has"), "govt"),
              ("m9", ("Daer", "Daer said from"), "daer"),
              ("m10", "Pablo Moyano, CGT co-chair and head of the powerful truck drivers’ union", "moyano"),
              ("m11", "Security Minister Patricia Bullrich", "bullrich"),
              ("m12", "The minister", "bullrich"),
              ("m13", "the union leaders", "leaders")],
    attributions=[# "hail X as Y" is read like "described X as Y" (FORMAT: evaluative reporting); both headline verbs
                  # share the subject "Union leaders". "tells government to ..." leaves the addressee out
                  # (FORMAT: `staff were told to stay home` -> `to stay home`).
                  ("a1", "INDIRECT", "m1", "hail", "strike as a success", None),
                  ("a2", "MIXED", "m1", "tells", "to ‘take note’", None),
                  ("a3", "DIRECT", "m3", ("said", "country,’ said"),
                   "It’s a political strike, we’re discussing the course of the country,", None),
                  ("a4", "DIRECT", "m4", ("said", "society,” said"),
                   seg(T, "The measure was a success.", "inflicting on society,"), None),
                  ("a5", "INDIRECT", "m5", "According to",
                   "there was massive support for the second general strike against Javier Milei’s policies", None),
                  ("a6", "MIXED", "m6", "described", "the strike as “political,”", None),
                  # The whole object of "responded that" lies inside one quotation: DIRECT (FORMAT, Type).
                  ("a7", "DIRECT", "m7", "responded",
                   seg(T, "the strike had the social support", "social fabric of our country."), None),
                  ("a8", "DIRECT", "m9", ("said", "Daer said from"),
                   seg(T, "The government has to take note.", "taking us to the extreme,"), None),
                  ("a9", "DIRECT", "m9", None,
                   seg(T, "Far from being sustainable", "these policies are implemented."), None),
                  # "when asked about criticisms made by ..." is a question put to the speaker and an
                  # evaluation with no content: not annotated.
                  ("a10", "DIRECT", "m10", ("said", "them,” said"), "The strike hurt them,", None),
                  # The colon frame "sent a direct message to the union leaders:" is the cue (a speech act with a
                  # fixed object); the addressee is not content.
                  ("a11", "DIRECT", "m12", "sent a direct message", "Stop screwing around and go to work.", None)])

# ---------------------------------------------------------------------------------------
# The page's address gives only the month (2022/05), so no published date is recorded.
doc("theyucatantimes-xibalba-park-environmental-permits",
    url="https://www.theyucatantimes.com/2022/05/the-government-of-yucatan-says-the-xibalba-park-project-has-the-environmental-permits-at-the-state-level/",
    outlet="The Yucatán Times", country="Mexico", topic="environment", cut=False,
    text=(T := "The Government of Yucatan says the Xibalbá Park project has the environmental permits at the state level\n"
          "Regarding the closure of the Xibalbá park, Sayda Melina Rodríguez Gómez, head of the Secretariat for Sustainable Development (SDS) of Yucatán, indicated that if there is any breach at the federal level, it has nothing to do with the state government.\n"
          "Rodríguez Gómez indicated that the Yucatan government is not part of the process for the authorization of the Environmental Impact Statement (MIA). “We as a state are not part of the process that is established today, particularly in this company with the federation,” she said.\n"
          "“If there is something there, it must generate its administrative processes so that it can be released,” said the official.\n"
          "However, she indicated that the position of the state government has always been: “Development is welcome as long as it complies with all the environmental impact studies established.”\n"
          "On May 2, María Luisa Albores González, head of the Ministry of the Environment and Natural Resources (Semarnat) confirmed that the Xibalbá project, which belongs to the Grupo Xcaret company,  is temporarily suspended, but as soon as the corresponding procedures are carried out, the project will continue.\n"
          "The Environmental Impact Statement has to be signed.\n"
          "During AMLO’s morning conference, Rodríguez Gómez indicated that the company did comply with the corresponding permits. “At the time in the previous administration they approached and had the corresponding authorizations,” she said.\n"
          "Only on the instructions of a judge, she specified, the government of Yucatan would review these permits authorized at the local level."),
    entities=[("govt", "The Government of Yucatan", "ORGANIZATION",
               ["Government of Yucatan", "the Yucatan government", "the state government"], "state government of Yucatán"),
              ("rodriguez", "Sayda Melina Rodríguez Gómez", "PERSON",
               ["Rodríguez Gómez", "the official",
                "Sayda Melina Rodríguez Gómez, head of the Secretariat for Sustainable Development (SDS) of Yucatán"],
               "head of Yucatán's Secretariat for Sustainable Development (SDS)"),
              ("albores", "María Luisa Albores González", "PERSON",
               ["Albores González",
                "María Luisa Albores González, head of the Ministry of the Environment and Natural Resources (Semarnat)"],
               "head of Mexico's Ministry of the Environment and Natural Resources (Semarnat)")],
    mentions=[("m1", "The Government of Yucatan", "govt"),
              ("m2", "Sayda Melina Rodríguez Gómez, head of the Secretariat for Sustainable Development (SDS) of Yucatán", "rodriguez"),
              ("m3", ("the state government", "nothing to do with the state government"), "govt"),
              ("m4", ("Rodríguez Gómez", "Rodríguez Gómez indicated that the Yucatan"), "rodriguez"),
              ("m5", "the Yucatan government", "govt"),
              ("m6", ("she", "federation,” she said"), "rodriguez"),
              ("m7", "the official", "rodriguez"),
              ("m8", ("she", "she indicated that the position"), "rodriguez"),
              ("m9", ("the state government", "position of the state government"), "govt"),
              ("m10", "María Luisa Albores González, head of the Ministry of the Environment and Natural Resources (Semarnat)", "albores"),
              ("m11", ("Rodríguez Gómez", "Rodríguez Gómez indicated that the company"), "rodriguez"),
              ("m12", ("she", "authorizations,” she said"), "rodriguez"),
              ("m13", ("she", "she specified"), "rodriguez"),
              ("m14", "the government of Yucatan", "govt")],
    attributions=[("a1", "INDIRECT", "m1", "says",
                   "the Xibalbá Park project has the environmental permits at the state level", None),
                  # The fronted "Regarding the closure of the Xibalbá park" is an adjunct of the reporting event.
                  ("a2", "INDIRECT", "m2", ("indicated", "(SDS) of Yucatán, indicated"),
                   "if there is any breach at the federal level, it has nothing to do with the state government", None),
                  ("a3", "INDIRECT", "m4", ("indicated", "Gómez indicated that the Yucatan"),
                   "the Yucatan government is not part of the process for the authorization of the Environmental Impact Statement (MIA)", None),
                  ("a4", "DIRECT", "m6", ("said", "federation,” she said"),
                   seg(T, "We as a state are not part", "with the federation,"), None),
                  ("a5", "DIRECT", "m7", ("said", "said the official"),
                   seg(T, "If there is something there", "it can be released,"), None),
                  ("a6", "MIXED", "m8", ("indicated", "she indicated"),
                   seg(T, "the position of the state government has always been", "impact studies established.”"), None),
                  # "the position of X has always been: ..." states X's stance inside the official's claim; it is
                  # annotated as nested speech, as FORMAT's "My engineers' view is that ..." (noun cue "position").
                  ("a7", "DIRECT", "m9", "position",
                   "Development is welcome as long as it complies with all the environmental impact studies established.", "a6"),
                  ("a8", "INDIRECT", "m10", "confirmed",
                   seg(T, "the Xibalbá project, which belongs", "the project will continue"), None),
                  ("a9", "INDIRECT", "m11", ("indicated", "Gómez indicated that the company"),
                   "the company did comply with the corresponding permits", None),
                  ("a10", "DIRECT", "m12", ("said", "authorizations,” she said"),
                   seg(T, "At the time in the previous administration", "the corresponding authorizations,"), None),
                  # A parenthetical reporting clause stays inside its claim (FORMAT, Contiguity).
                  ("a11", "INDIRECT", "m13", "specified",
                   seg(T, "Only on the instructions of a judge", "authorized at the local level"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its text starts with a photo caption, removed), so the text starts
# with its lead. The page prints a stray closing mark at the end of "... board meeting.”" and the next
# paragraph "This is necessary ...,” he said." without its opening mark; following the marks as printed,
# the first is INDIRECT ending before the stray mark, and the second is typed INDIRECT, as README notes
# for another text that prints a quotation without its opening mark.
doc("shetlandtimes-health-board-kind-courteous-staff",
    url="https://www.shetlandtimes.co.uk/2025/04/29/plea-for-folk-to-be-kind-and-courteous-to-health-staff-amid-sustained-pressure",
    outlet="The Shetland Times", country="UK", topic="health-science", cut=False, published="2025-04-29",
    text=(T := "The health board chairman has urged people to be “kind and courteous” to staff amid severe challenges facing the organisation.\n"
          "Gary Robinson opened this morning’s board meeting with a speech highlighting the “sustained pressure” facing the health and care system in recent months.\n"
          "Earlier this month, senior health officials warned that the Gilbert Bain Hospital was operating at its highest level of emergency escalation with “wave upon wave” of patients.\n"
          "A surge in respiratory illness saw services stretched as staff worked 12-hour shifts to keep on top of the crisis.\n"
          "Mr Robinson said there had been a “number of combined issues” which had been well documented.\n"
          "Additionally, staff have faced additional challenge with the need for structural works to be carried out on the building, including replacing external walls.\n"
          "“I would again wish to formally note the board’s gratitude for the ongoing flexibility and professionalism of staff who continue to focus on offering excellent services to patients.\n"
          "“I would also like to reflect on how essential it is that despite the pressure we remain kind and courteous to one another recognising the value that everyone brings to the wider system.”\n"
          "Mr Robinson said there would be further discussions about the hospital works during a closes session of the board meeting.”\n"
          "This is necessary due to the commercial sensitivity of the information being discussed,” he said.\n"
          "“We are however committed to updating staff and public about the next steps as soon as we can following the meeting.”"),
    entities=[("robinson", "Gary Robinson", "PERSON", ["Robinson", "Mr Robinson", "The health board chairman"],
               "chairman of NHS Shetland (the health board)"),
              ("officials", "senior health officials", "GROUP", [], "senior officials of NHS Shetland")],
    mentions=[("m1", "The health board chairman", "robinson"),
              ("m2", "Gary Robinson", "robinson"),
              ("m3", "senior health officials", "officials"),
              ("m4", ("Mr Robinson", "Mr Robinson said there had"), "robinson"),
              ("m5", ("Mr Robinson", "Mr Robinson said there would"), "robinson"),
              ("m6", ("he", "he said"), "robinson")],
    attributions=[# "urged people to be ..." keeps its addressee, as FORMAT's `called on X to Y`; the adjunct
                  # "amid severe challenges ..." is left out.
                  ("a1", "MIXED", "m1", "urged", "people to be “kind and courteous” to staff", None),
                  # "a speech highlighting ...": the speech's author is named in the sentence (FORMAT, Documents).
                  ("a2", "MIXED", "m2", "highlighting",
                   "the “sustained pressure” facing the health and care system in recent months", None),
                  ("a3", "MIXED", "m3", "warned",
                   seg(T, "the Gilbert Bain Hospital was operating", "“wave upon wave” of patients"), None),
                  ("a4", "MIXED", "m4", ("said", "Robinson said there had"),
                   "there had been a “number of combined issues” which had been well documented", None),
                  # A two-paragraph quotation with no reporting clause of its own continues the previous speaker.
                  ("a5", "DIRECT", "m4", None, seg(T, "I would again wish", "to the wider system."), None),
                  ("a6", "INDIRECT", "m5", ("said", "Robinson said there would"),
                   "there would be further discussions about the hospital works during a closes session of the board meeting", None),
                  ("a7", "INDIRECT", "m6", ("said", "he said"),
                   "This is necessary due to the commercial sensitivity of the information being discussed", None),
                  ("a8", "DIRECT", "m6", None, seg(T, "We are however committed", "following the meeting."), None)])

# ---------------------------------------------------------------------------------------
doc("siliconrepublic-digital-future-europe-manifesto",
    url="https://www.siliconrepublic.com/start-ups/digital-future-europe-manifesto-eu-commission-startups",
    outlet="Silicon Republic", country="Ireland", topic="technology", cut=True, published="2019-11-29",
    text=(T := "Start-up coalition responds to new EU Commission with manifesto\n"
          "The Digital Future for Europe coalition is calling on the EU Commission to take a new approach to tech regulation and improve conditions for start-ups.\n"
          "This week, the new team of European commissioners was revealed. Considering what this new EU Commission could mean for European start-ups and tech businesses, a coalition representing these groups has been formed.\n"
          "According to The Digital Future for Europe manifesto, many parties in Europe’s digital industries are concerned that Ursula von der Leyen’s new headline tech regulations “could stifle Europe’s burgeoning tech sector, and see Europe fall further behind the US and China in the race to harness AI” and other new technologies.\n"
          "The group launched its manifesto for start-ups and innovation in Europe at the Slush start-up and tech event in Helsinki this week, in which it argues for a better digital future for the continent in direct response to the EU Commission’s plans to regulate European tech.\n"
          "Philip Salter, founder of the Entrepreneurs Network and supporter of the manifesto, said that European start-ups “have a lot to fear from the new Commission”, suggesting that “its approach to tech regulation may damage confidence and investment from European start-ups when they face huge competition from rivals in the US and China”.\n"
          "So, who’s behind the coalition and its manifesto?\n"
          "The group is comprised of associations, think tanks, start-ups, scale-ups, unicorns and other tech businesses from Europe’s ‘Digital 9’ nations – the Netherlands, Belgium, Luxembourg, Denmark, Sweden, Finland, Estonia, Ireland and the UK.\n"
          "The manifesto is also supported by a range of European start-up groups including Allied for Startups and the European Small Business Alliance."),
    entities=[("coalition", "The Digital Future for Europe coalition", "ORGANIZATION",
               ["Digital Future for Europe coalition", "The Digital Future for Europe manifesto", "Start-up coalition",
                "the coalition", "The group"],
               "coalition of European start-up and tech groups"),
              ("parties", "many parties in Europe’s digital industries", "GROUP", [], "parties in Europe's digital industries"),
              ("salter", "Philip Salter", "PERSON",
               ["Salter", "Philip Salter, founder of the Entrepreneurs Network and supporter of the manifesto"],
               "founder of the Entrepreneurs Network")],
    mentions=[("m1", "Start-up coalition", "coalition"),
              ("m2", "The Digital Future for Europe coalition", "coalition"),
              ("m3", "a coalition representing these groups", "coalition"),
              ("m4", "The Digital Future for Europe manifesto", "coalition"),
              ("m5", "many parties in Europe’s digital industries", "parties"),
              ("m6", ("The group", "The group launched"), "coalition"),
              ("m7", ("it", "in which it argues"), "coalition"),
              ("m8", "Philip Salter, founder of the Entrepreneurs Network and supporter of the manifesto", "salter"),
              ("m9", ("the coalition", "behind the coalition"), "coalition"),
              ("m10", ("The group", "The group is comprised"), "coalition")],
    attributions=[# The headline "responds to ... with manifesto" reports an action with no content: not annotated.
                  ("a1", "INDIRECT", "m2", "calling on",
                   "the EU Commission to take a new approach to tech regulation and improve conditions for start-ups", None),
                  # "The Digital Future for Europe manifesto" names its author, the coalition (FORMAT, Documents).
                  ("a2", "MIXED", "m4", "According to",
                   seg(T, "many parties in Europe’s digital industries", "and other new technologies"), None),
                  # "are concerned that ..." is an attitude of others stated inside the manifesto's claim: nested, as
                  # FORMAT's `"Drivers know that …"`.
                  ("a3", "MIXED", "m5", "concerned",
                   seg(T, "Ursula von der Leyen’s new headline", "and other new technologies"), "a2"),
                  # "in direct response to ..." is an adjunct of the reporting event.
                  ("a4", "INDIRECT", "m7", "argues for", "a better digital future for the continent", None),
                  # `X said A, suggesting that B` is two claims of X (FORMAT).
                  ("a5", "MIXED", "m8", ("said", "manifesto, said"),
                   "European start-ups “have a lot to fear from the new Commission”", None),
                  ("a6", "DIRECT", "m8", "suggesting",
                   seg(T, "its approach to tech regulation", "from rivals in the US and China"), None)])

# ---------------------------------------------------------------------------------------
# The stored page gives no date; it breaks off inside Friesen's quotation, so the text ends at the last
# whole paragraph, with that quotation left open as printed.
doc("paherald-saskatchewan-u18-aaa-hockey-postpone",
    url="https://paherald.sk.ca/provincial-male-and-female-aaa-under-18-hockey-leagues-postpone-seasons/",
    outlet="Prince Albert Daily Herald", country="Canada", topic="sport", cut=True,
    text=(T := "Provincial male and female AAA under-18 hockey leagues postpone seasons\n"
          "This week’s joint announcement that the Saskatchewan Male and Female AAA Under-18 Hockey Leagues were postponing their league schedules wasn’t a major surprise to Prince Albert Mintos team manager Kalen Wright.\n"
          "“We had an idea that this might be coming, especially after the recent news from (Saskatchewan Hockey Association general manager) Kelly (McClintock) saying that games probably wouldn’t be starting until the end of the March,” Wright said on Thursday afternoon.\n"
          "“We’re in the process now of speaking with parents and gathering information on the best way to move forward. There’s a lot to take into consideration, such as if the players elect to move back home for schooling or they finish things here, what the players have for ice availability if they elect to go home, plus the financial side of things on our end as it costs quite a bit to rent ice (at the Art Hauser Centre) with no revenue coming in.\n"
          "“Everyone that we’ve talked to has been good about it so far and we expect to finalize our February plans here within the next week.”\n"
          "Both circuits have been on hiatus since Nov. 26, 2020, which is when all team and group sports in the province were put on hold after the Government of Saskatchewan put in new measures to slow down the spread of the COVID-19 pandemic.\n"
          "“We were coming to a point as a league where we had to decide how to best take care of players, billets and parents, as this whole year has been up and down for everyone,” Saskatchewan Male Under-18 AAA Hockey League president Lloyd Friesen said. “The governors discussed the different scenarios and options, which we then presented to the teams so that they could make the decisions that are best for their situations."),
    entities=[("wright", "Kalen Wright", "PERSON", ["Wright", "Prince Albert Mintos team manager Kalen Wright"],
               "team manager of the Prince Albert Mintos"),
              ("mcclintock", "Kelly McClintock", "PERSON", ["McClintock", "Kelly (McClintock)"],
               "general manager of the Saskatchewan Hockey Association"),
              ("friesen", "Lloyd Friesen", "PERSON",
               ["Friesen", "Saskatchewan Male Under-18 AAA Hockey League president Lloyd Friesen"],
               "president of the Saskatchewan Male Under-18 AAA Hockey League"),
              ("governors", "The governors", "GROUP", [], "the governors of the Saskatchewan Male Under-18 AAA Hockey League")],
    mentions=[("m1", "Prince Albert Mintos team manager Kalen Wright", "wright"),
              ("m2", "Kelly (McClintock)", "mcclintock"),
              ("m3", ("Wright", "Wright said"), "wright"),
              ("m4", "Saskatchewan Male Under-18 AAA Hockey League president Lloyd Friesen", "friesen"),
              ("m5", "The governors", "governors")],
    attributions=[# "joint announcement that ..." names no announcer as its author: a noun cue with a null source,
                  # as FORMAT's `claims that …` with no claimant.
                  ("a1", "INDIRECT", None, "announcement",
                   "the Saskatchewan Male and Female AAA Under-18 Hockey Leagues were postponing their league schedules", None),
                  ("a2", "DIRECT", "m3", ("said", "Wright said"),
                   seg(T, "We had an idea that this might be coming", "until the end of the March,"), None),
                  # "the recent news from ... Kelly (McClintock) saying that ...": the news names its author.
                  ("a3", "INDIRECT", "m2", "saying",
                   "games probably wouldn’t be starting until the end of the March", "a2"),
                  # A quotation left open at a paragraph end runs on to the next closing mark (FORMAT, Marks as
                  # printed); with no reporting clause it continues Wright.
                  ("a4", "DIRECT", "m3", None,
                   seg(T, "We’re in the process now", "plans here within the next week."), None),
                  ("a5", "DIRECT", "m4", ("said", "Lloyd Friesen said"),
                   seg(T, "We were coming to a point", "up and down for everyone,"), None),
                  ("a6", "DIRECT", "m4", None,
                   seg(T, "The governors discussed", "best for their situations."), None),
                  # "discussed X" is annotated as the example file's `debated the best way ...`; "presented to the
                  # teams" is an action.
                  ("a7", "INDIRECT", "m5", "discussed", "the different scenarios and options", "a6")])

# ---------------------------------------------------------------------------------------
# The stored page gives no date; it breaks off after the cross-head's first paragraph. The unquoted
# cross-head is a label. "sent ... a constitutional complaint to Congress against Castillo" is an action
# (filing a complaint), not annotated.
doc("elamerican-peru-attorney-general-evidence-castillo",
    url="https://elamerican.com/peru-attorney-general-evidence-against-castillo/",
    outlet="El American", country="US", topic="courts-crime", cut=True,
    text=(T := "Peru’s Attorney General Claims Nearly 200 Pieces of Evidence Against President Castillo\n"
          "Peru’s Attorney General’s Office assured on Wednesday that the constitutional corruption complaint filed a week ago against President Pedro Castillo contains more than “190 evidentiary elements” that support the accusation of being the alleged leader of a criminal organization.\n"
          "“This complaint contains a detailed series of accusations and each accusation has an evidentiary correlate. This body of evidence of more than 190 elements supports in detail each allegation so that the defense can exercise its legitimate right,” said Supreme Deputy Prosecutor Marco Huamán during a briefing with the foreign press accredited in Lima.\n"
          "Huamán, the coordinator of the Specialized Area for Constitutional Complaints, remarked that “the law does not empower” prosecutors to advance the terms of such evidence, although he reiterated that the complaint filed by the Attorney General, Patricia Benavides, “is the result of preliminary proceedings or acts of investigation that have been authorized by a supreme judge.”\n"
          "He emphasized that now “it is the sole and exclusive power of the Congress” to develop the process to reach a final pronouncement on the issue, although he reiterated that “the procedural norm establishes the confidentiality of the investigations.”\n"
          "“Whether or not to disclose this evidentiary material is up to Congress,” he argued before saying that prosecutors “beyond that” cannot “enter.”\n"
          "Corruption Complaint by Peru’s Attorney General’s Office\n"
          "Prosecutor Benavides sent a week ago a constitutional complaint to Congress against Castillo as alleged perpetrator of the crimes of aggravated criminal organization due to his condition of leader, aggravated influence peddling and accomplice to crimes against public administration in the form of collusion (fraud)."),
    entities=[("benavides", "Patricia Benavides", "PERSON",
               ["Benavides", "Prosecutor Benavides", "Peru’s Attorney General", "the Attorney General, Patricia Benavides"],
               "Attorney General of Peru"),
              ("office", "Peru’s Attorney General’s Office", "ORGANIZATION", ["Attorney General’s Office"],
               "Peru's Attorney General's Office (public prosecutor)"),
              ("huaman", "Marco Huamán", "PERSON",
               ["Huamán", "Supreme Deputy Prosecutor Marco Huamán",
                "Huamán, the coordinator of the Specialized Area for Constitutional Complaints"],
               "Supreme Deputy Prosecutor, coordinator of the Specialized Area for Constitutional Complaints")],
    mentions=[# The headline's "Peru's Attorney General" is the office holder the text names, Patricia Benavides
              # (FORMAT: a role description resolves to the person the text identifies).
              ("m1", ("Peru’s Attorney General", "Peru’s Attorney General Claims"), "benavides"),
              ("m2", ("Peru’s Attorney General’s Office", "Peru’s Attorney General’s Office assured"), "office"),
              ("m3", "Supreme Deputy Prosecutor Marco Huamán", "huaman"),
              ("m4", "Huamán, the coordinator of the Specialized Area for Constitutional Complaints", "huaman"),
              ("m5", ("he", "he reiterated that the complaint"), "huaman"),
              ("m6", "the Attorney General, Patricia Benavides", "benavides"),
              ("m7", ("He", "He emphasized"), "huaman"),
              ("m8", ("he", "he reiterated that “the procedural"), "huaman"),
              ("m9", ("he", "he argued"), "huaman"),
              ("m10", ("Peru’s Attorney General’s Office", "Corruption Complaint by"), "office"),
              ("m11", "Prosecutor Benavides", "benavides")],
    attributions=[("a1", "INDIRECT", "m1", "Claims", "Nearly 200 Pieces of Evidence Against President Castillo", None),
                  ("a2", "MIXED", "m2", "assured",
                   seg(T, "the constitutional corruption complaint filed", "leader of a criminal organization"), None),
                  # "the accusation of X": noun cue with no claimant named, so a null source (FORMAT, Null source).
                  ("a3", "INDIRECT", None, ("accusation", "the accusation of being"),
                   "being the alleged leader of a criminal organization", "a2"),
                  ("a4", "DIRECT", "m3", ("said", "right,” said"),
                   seg(T, "This complaint contains a detailed", "exercise its legitimate right,"), None),
                  ("a5", "MIXED", "m4", "remarked",
                   "“the law does not empower” prosecutors to advance the terms of such evidence", None),
                  ("a6", "MIXED", "m5", ("reiterated", "he reiterated that the complaint"),
                   seg(T, "the complaint filed by the Attorney General", "authorized by a supreme judge.”"), None),
                  ("a7", "MIXED", "m7", "emphasized",
                   seg(T, "now “it is the sole and exclusive", "final pronouncement on the issue"), None),
                  ("a8", "DIRECT", "m8", ("reiterated", "he reiterated that “the procedural"),
                   "the procedural norm establishes the confidentiality of the investigations.", None),
                  ("a9", "DIRECT", "m9", "argued",
                   "Whether or not to disclose this evidentiary material is up to Congress,", None),
                  ("a10", "MIXED", "m9", "saying", "prosecutors “beyond that” cannot “enter.”", None)])

write("test20_a.jsonl")
