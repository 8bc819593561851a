#!/usr/bin/env python3
"""Writes train_am.jsonl: real-news gold, split train-am (see gold.py). Run: python3 make_train_am.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page holds the article's start only; the text stops before the paragraph that the
# stored copy cuts off ("On Thursday, the Sejm, ..."). The photo credit "Marcin Bednarski/PAP" under
# the headline is removed.
doc("thefirstnews-orlen-olefiny-migrants-work-legally",
    url="https://www.thefirstnews.com/article/migrants-work-legally-on-pkn-orlen-expansion-employer-says-39197",
    outlet="TheFirstNews", country="Poland", topic="business", cut=True,
    text=(T := "Migrants work legally on PKN Orlen expansion employer says\n"
          "Foreigners working on the construction of the Olefiny III complex at the petroleum company PKN Orlen's plant in Plock central Poland are not illegal immigrants but contract workers, their employer has said.\n"
          "Jakub Zgorzelski, COO of Hyundai Engineering Tecnicas Reunidas, the consortium leading the project that will expand one of Orlen’s refineries, told PAP on Friday that the law has been followed and that the foreigner workers are employed only for the duration of the investment project.\n"
          "\"All foreign workers working on the construction site of the Olefiny III complex are employed based on a work visa and work permit,\" he added.\n"
          "According to Zgorzelski, currently a total of about 2,500 people are working on the construction of the Olefiny III complex in Plock, of whom 60 to 70 percent are migrants from India, Pakistan, Turkey, Turkmenistan, Bangladesh, South Korea, Spain and other countries.\n"
          "But, he added, at the peak of the investment project implementation between 10,000 - 13,000 people will work on the construction site of the Olefiny III complex, including around 6,000 foreigners.\n"
          "Earlier on Friday, opposition politicians accused the ruling Law and Justice (PiS) party of hypocrisy given its opposition to an EU migrant relocation scheme. They claimed that accommodation has been built for 13,000 migrants workers to work on the expansion of Plock refinery. PKN Orlen, the refinery’s owner, is one of Poland’s biggest state-owned companies and has close ties to the government.\n"
          "The plans to employ thousands of foreigners, most of them non-European, also comes as PiS considers holding a referendum on EU plans to impose migrant quotas on member states.\n"
          "The Polish government is steadfast in its opposition to the plan although companies operating in Poland appear to have few reservations about employing non-European workers."),
    # "Their employer" is the consortium, Hyundai Engineering Tecnicas Reunidas; its COO Zgorzelski is a
    # separate entity (FORMAT.md: a group's representatives are separate entities). The consortium's
    # name stands only inside Zgorzelski's source mention ("COO of ..."), so it is no mention of its own.
    entities=[("hetr", "Hyundai Engineering Tecnicas Reunidas", "ORGANIZATION", ["employer", "their employer"],
               "consortium leading the Olefiny III construction, employer of the foreign workers"),
              ("zgorzelski", "Jakub Zgorzelski", "PERSON",
               ["Zgorzelski", "Jakub Zgorzelski, COO of Hyundai Engineering Tecnicas Reunidas"],
               "COO of Hyundai Engineering Tecnicas Reunidas"),
              ("opposition", "opposition politicians", "GROUP", [], "Polish opposition politicians")],
    mentions=[("m1", ("employer", "expansion employer says"), "hetr"),
              ("m2", "their employer", "hetr"),
              ("m3", "Jakub Zgorzelski, COO of Hyundai Engineering Tecnicas Reunidas", "zgorzelski"),
              ("m4", ("he", "\" he added"), "zgorzelski"),
              ("m5", ("Zgorzelski", "According to Zgorzelski"), "zgorzelski"),
              ("m6", ("he", "But, he added"), "zgorzelski"),
              ("m7", "opposition politicians", "opposition"),
              ("m8", ("They", "They claimed"), "opposition")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "employer says"), "Migrants work legally on PKN Orlen expansion", None),
                  ("a2", "INDIRECT", "m2", ("said", "has said"),
                   seg(T, "Foreigners working on the construction", "but contract workers"), None),
                  # "PAP" is the addressee and "on Friday" an adjunct of the telling: both left out.
                  ("a3", "INDIRECT", "m3", "told",
                   "the law has been followed and that the foreigner workers are employed only for the duration of the investment project", None),
                  ("a4", "DIRECT", "m4", ("added", "\" he added"),
                   seg(T, "All foreign workers working", "work permit,"), None),
                  ("a5", "INDIRECT", "m5", "According to",
                   seg(T, "currently a total of about 2,500", "and other countries"), None),
                  # A parenthetical reporting clause after the connective "But": the claim is what follows it.
                  ("a6", "INDIRECT", "m6", ("added", "But, he added"),
                   seg(T, "at the peak of the investment", "around 6,000 foreigners"), None),
                  # `accused X of Y` keeps X, as the corpus does ("accused Tony Abbott of ..."); "given its
                  # opposition to ..." says what the hypocrisy consists in, so it is part of the charge,
                  # not an adjunct of the accusing.
                  ("a7", "INDIRECT", "m7", "accused",
                   seg(T, "the ruling Law and Justice (PiS) party", "EU migrant relocation scheme"), None),
                  ("a8", "INDIRECT", "m8", "claimed",
                   "accommodation has been built for 13,000 migrants workers to work on the expansion of Plock refinery", None)])
# Not annotated: "PiS considers holding a referendum" (a deliberation, no reported content), "EU plans
# to impose ..." (a plan, no speech act), "The Polish government is steadfast in its opposition to the
# plan" (a stance with no content) and "companies ... appear to have few reservations" (an evidential).


# ---------------------------------------------------------------------------------------
# The stored page is complete. The line "NEWS 10.08.2022 15:53" and the credit "Source: N1" under the
# headline are removed.
doc("n1info-kurti-petkovic-trade-accusations",
    url="https://rs.n1info.com/english/news/kosovo-pm-serbian-official-trade-accusations-warn-of-violence/",
    outlet="N1", country="Serbia", topic="politics", cut=False, published="2022-08-10",
    text=(T := "Kosovo PM, Serbian official trade accusations, warn of violence\n"
          "Officials in Belgrade and Pristina launched a fresh exchange of accusations on Wednesday, blaming each other for the recent road block protests at border crossings.\n"
          "Kosovo Prime Minister Albin Kurti repeated his claim that the road blocks were not set up independently by the Kosovo Serbs but by the Serbian authorities. “I know that the barricades that appear frequently in the north do not come from below but from above. They do not represent you, our citizens, nor do they protect you. On the other side, the Kosovo police and other security institutions are made up of our citizens and are at the service of the citizens,” Kurti told a meeting of his cabinet, Belgrade-based Beta news agency said.\n"
          "Kurti’s words drew a reaction from the head of the Serbian government’s Office for Kosovo Petar Petkovic who said that the Kosovo Prime Minister was waging a policy of threats and blackmail, adding that his latest statements confirmed that he wants a conflict and enjoys speaking of war every day.\n"
          "“Kurti has violated all agreements and is preparing violence in the north (of Kosovo) with his unilateral decisions on Serbian license plates and personal documents,” Petkovic is quoted as saying in a press release from his Office. According to Petkovic, Kurti is continuing with his militant plans which are intended to expel the Serbs and Serbian state institutions from Kosovo. “He will not manage that,” Petkovic said."),
    # The headline's coordinated subject "Kosovo PM, Serbian official" is one GROUP (FORMAT.md,
    # Groups), and the lead's "Officials in Belgrade and Pristina" describes the same two in the same
    # scene, so both are one entity (FORMAT.md, Coreference).
    entities=[("officials", "Officials in Belgrade and Pristina", "GROUP", ["Kosovo PM, Serbian official"],
               "Kosovo's prime minister and the head of Serbia's Office for Kosovo"),
              ("kurti", "Albin Kurti", "PERSON",
               ["Kurti", "Kosovo Prime Minister Albin Kurti", "the Kosovo Prime Minister"], "Prime Minister of Kosovo"),
              ("beta", "Beta news agency", "ORGANIZATION", ["Beta", "Belgrade-based Beta news agency"],
               "Belgrade-based news agency"),
              ("petkovic", "Petar Petkovic", "PERSON",
               ["Petkovic", "the head of the Serbian government’s Office for Kosovo Petar Petkovic"],
               "head of the Serbian government's Office for Kosovo")],
    mentions=[("m1", "Kosovo PM, Serbian official", "officials"),
              ("m2", "Officials in Belgrade and Pristina", "officials"),
              ("m3", "Kosovo Prime Minister Albin Kurti", "kurti"),
              ("m4", ("Kurti", "Kurti told"), "kurti"),
              ("m5", "Belgrade-based Beta news agency", "beta"),
              ("m6", "the head of the Serbian government’s Office for Kosovo Petar Petkovic", "petkovic"),
              ("m7", "the Kosovo Prime Minister", "kurti"),
              ("m8", ("Kurti", "Kurti has violated"), "kurti"),
              ("m9", ("Petkovic", "Petkovic is quoted"), "petkovic"),
              ("m10", ("Petkovic", "According to Petkovic"), "petkovic"),
              ("m11", ("Kurti", "Kurti is continuing"), "kurti"),
              ("m12", ("Petkovic", "Petkovic said"), "petkovic")],
    attributions=[("a1", "INDIRECT", "m1", "warn", ("violence", "warn of violence"), None),
                  # `blaming X for Y` keeps X, as `accused X of Y` does in the corpus.
                  ("a2", "INDIRECT", "m2", "blaming",
                   "each other for the recent road block protests at border crossings", None),
                  ("a3", "INDIRECT", "m3", "repeated his claim",
                   "the road blocks were not set up independently by the Kosovo Serbs but by the Serbian authorities", None),
                  # The agency reports Kurti's quotation and its reporting clause: the agency's claim is the
                  # quotation with "Kurti told a meeting of his cabinet" (MIXED), and Kurti's quotation
                  # is nested in it, as the corpus does for "'...,' President Maia Sandu said, the
                  # presidential press service has reported" (moldpres-sandu-afforestation-environment-day).
                  ("a4", "MIXED", "m5", ("said", "news agency said"),
                   seg(T, "“I know that the barricades", "a meeting of his cabinet"), None),
                  ("a5", "DIRECT", "m4", ("told", "Kurti told"),
                   seg(T, "I know that the barricades", "at the service of the citizens,"), "a4"),
                  # The cue sits in a relative clause: the source is its antecedent (FORMAT.md, Source).
                  ("a6", "INDIRECT", "m6", ("said", "who said"),
                   "the Kosovo Prime Minister was waging a policy of threats and blackmail", None),
                  # "his latest statements confirmed that ..." is an evidential inside the claim, not a
                  # nested claim of the statements (FORMAT.md, Excluded: evidentials, also inside a claim).
                  ("a7", "INDIRECT", "m6", "adding",
                   "his latest statements confirmed that he wants a conflict and enjoys speaking of war every day", None),
                  # "in a press release from his Office" is a medium (FORMAT.md, Media and addressees).
                  ("a8", "DIRECT", "m9", "quoted as saying",
                   seg(T, "Kurti has violated all agreements", "and personal documents,"), None),
                  ("a9", "INDIRECT", "m10", "According to",
                   seg(T, "Kurti is continuing with", "state institutions from Kosovo"), None),
                  ("a10", "DIRECT", "m12", ("said", "Petkovic said"), "He will not manage that,", None)])
# Not annotated: the headline's "trade accusations" and the lead's "a fresh exchange of accusations"
# (nouns with no content), and "Kurti's words drew a reaction from" (no content).


# ---------------------------------------------------------------------------------------
# The stored page has no headline (a second search found no other copy that gives it): the text
# starts with its lead, whose dateline "VILNIUS –" is no attribution. The page holds the article's
# start only; the text stops before the paragraph that the stored copy cuts off ("Special attention
# was given to ...").
doc("baltictimes-lithuania-court-appeal-sokolov-spy",
    url="https://www.baltictimes.com/lithuanian_court_closes_appeal_process_for_spy_who_collected_info_on_grybauskaite/",
    outlet="The Baltic Times", country="Latvia", topic="courts-crime", cut=True,
    text=(T := "VILNIUS – The Lithuanian Court of Appeal has closed the appeal proceedings in the case of Vladimir Sokolov, a Lithuanian citizen convicted of spying for Russia, and upheld his prison sentence of nine years and three months.\n"
          "The Court of Appeal on Tuesday granted the request of Vilnius Regional Prosecutor's Office and upheld the sentence handed down by Vilnius Regional Court in June 2021, the Prosecutor General's Office said.\n"
          "The regional court then convicted Sokolov and Igor Gostev, a Russian citizen, of recruiting Lithuanian citizens to spy for Russia. Among other things, the convicts sought to collect information on the protection of Dalia Grybauskaite, who was Lithuania's president at the time.\n"
          "Gostev was handed a prison sentence of ten and a half years.\n"
          "Both men are hiding in Russia and are on a wanted list.\n"
          "According to the Court of Appeal, the panel of judges terminated the appeal proceedings based on the Criminal Code which allows doing so if a convicted person sentenced in absentia fails to appear at the appeal hearing without a valid reason.\n"
          "\"The panel of judges concluded that although the convicted person had been informed of the scheduled hearings before the Court of Appeal, the totality of the circumstances of the proceedings clearly shows that Sokolov did not intend to appear before the court, nor is there any reason to believe that he will appear before the court in the future,\" it said.\n"
          "According to the case-file, Sokolov and Gostev recruited Lithuanian citizens in several foreign countries between 2011 and 2014 to collect and transfer information of interest to Russian intelligence and paid them for it.\n"
          "These people were tasked with collecting information about Lithuania's VIP Protection Department (now the Dignitary Protection Service) and its staff as well as about how the country's leaders and their offices and homes were protected and what technical equipment was used, etc."),
    # The panel of judges is the court's bench for the case: a part of the court, kept as its own entity
    # (FORMAT.md: a subset ... is a separate entity).
    entities=[("court", "the Court of Appeal", "ORGANIZATION",
               ["Court of Appeal", "The Lithuanian Court of Appeal", "Lithuanian Court of Appeal"],
               "Lithuanian Court of Appeal"),
              ("pgo", "the Prosecutor General's Office", "ORGANIZATION", ["Prosecutor General's Office"],
               "Lithuania's Prosecutor General's Office"),
              ("panel", "the panel of judges", "GROUP", ["panel of judges"], "the Court of Appeal's panel in the case"),
              ("casefile", "the case-file", "ORGANIZATION", ["case-file"], "the case file of the spying case")],
    mentions=[("m1", "The Lithuanian Court of Appeal", "court"),
              ("m2", ("The Court of Appeal", "The Court of Appeal on Tuesday"), "court"),
              ("m3", "the Prosecutor General's Office", "pgo"),
              ("m4", ("the Court of Appeal", "According to the Court of Appeal"), "court"),
              ("m5", ("the panel of judges", "the panel of judges terminated"), "panel"),
              ("m6", ("The panel of judges", "The panel of judges concluded"), "panel"),
              ("m7", ("the Court of Appeal", "hearings before the Court of Appeal"), "court"),
              ("m8", ("it", "it said"), "court"),
              ("m9", "the case-file", "casefile")],
    attributions=[("a1", "INDIRECT", "m3", ("said", "Office said"),
                   seg(T, "The Court of Appeal on Tuesday granted", "in June 2021"), None),
                  ("a2", "INDIRECT", "m4", ("According to", "According to the Court"),
                   seg(T, "the panel of judges terminated", "without a valid reason"), None),
                  ("a3", "DIRECT", "m8", ("said", "it said"),
                   seg(T, "The panel of judges concluded", "the court in the future,"), None),
                  # A panel's finding (FORMAT.md, Included: findings and verdicts ... "concluded"). Inside
                  # it, "the totality of the circumstances ... clearly shows that" is an evidential and
                  # "had been informed of the scheduled hearings" an action: neither is split off.
                  ("a4", "INDIRECT", "m6", "concluded",
                   seg(T, "although the convicted person had been informed", "before the court in the future"), "a3"),
                  ("a5", "INDIRECT", "m9", ("According to", "According to the case-file"),
                   seg(T, "Sokolov and Gostev recruited", "and paid them for it"), None),
                  # An agentless directive, as "staff were told to stay home" and "were instructed to
                  # prevent ..." (make_test7_a.py, sofiaglobe): cue "tasked", null source; "with" only
                  # links the cue and is left out (FORMAT.md, Content).
                  ("a6", "INDIRECT", None, "tasked",
                   seg(T, "collecting information about Lithuania's", "technical equipment was used, etc"), None)])
# Not annotated: the court's actions ("closed the appeal proceedings", "upheld", "granted the request",
# "convicted ... of recruiting", "was handed a prison sentence"), FORMAT.md, Excluded: actions, a
# court's included; "the convicts sought to collect information" is an aim, not speech.


# ---------------------------------------------------------------------------------------
# The stored page holds the article's start only: its last paragraph ("He said the financial crisis
# ...") breaks off mid-sentence, so the text stops before it. A photo caption printed three times
# ("Threatened: The Fleetwood Knott End ferry crossing is one of the services at risk") and two
# "Hide Ad" lines are removed.
doc("lep-lancashire-tories-alternative-budget-cuts-row",
    url="https://www.lep.co.uk/news/tories-promise-alternative-budget-cuts-row-grows-801947",
    outlet="Lancashire Evening Post", country="UK", topic="politics", cut=True,
    text=(T := "Tories promise alternative budget as cuts row grows\n"
          "A war of words has broken out over multi million pound cuts about to hit key services in Lancashire.\n"
          "Tory county councillors are now drawing up an “alternative budget” which they say should be used to save services, ranging from libraries and rural bus routes to the Knott End ferry, from closure.\n"
          "Tory leader Coun Geoff Driver claims Liberal Democrat leader Coun Bill Winlow should be “hanging his head in shame” for not intervening this week to block cuts which will affect some of the county’s most vulnerable people.\n"
          "The Conservative, who had put a motion to the council’s watchdog executive scrutiny committee which Coun Winlow chairs, said: “I moved that Cabinet should be told not to cut subsidised buses, transport for elderly and disabled people, libraries, museums and the Knott End ferry. My motion was defeated six (Labour) to five (Conservatives) with Coun Winlow (in the chair) abstaining. At the risk of stating the obvious, Coun. Winlow could have tied the vote and then used his casting vote to stop the cuts. I think his actions were outrageous.”\n"
          "But Coun Winlow rejected the criticism as irresponsible and said constitutionally he is not required to vote and anyway he may not have voted the way Coun. Driver wished: “I had no reason to. It was clearly a majority.”"),
    # The headline's "Tories" and the lead's "Tory county councillors" are one collective (FORMAT.md,
    # Coreference); their leader Driver is a separate entity.
    entities=[("tories", "Tories", "GROUP", ["Tory county councillors"], "Conservative county councillors of Lancashire"),
              ("driver", "Geoff Driver", "PERSON",
               ["Driver", "Coun Geoff Driver", "Tory leader Coun Geoff Driver", "Coun Driver", "Coun. Driver",
                "The Conservative"], "Conservative leader on Lancashire County Council"),
              ("winlow", "Bill Winlow", "PERSON",
               ["Winlow", "Coun Winlow", "Coun. Winlow", "Liberal Democrat leader Coun Bill Winlow"],
               "Liberal Democrat leader, chairman of the executive scrutiny committee")],
    mentions=[("m1", ("Tories", "Tories promise"), "tories"),
              ("m2", "Tory county councillors", "tories"),
              ("m3", ("they", "which they say"), "tories"),
              ("m4", "Tory leader Coun Geoff Driver", "driver"),
              ("m5", "Liberal Democrat leader Coun Bill Winlow", "winlow"),
              ("m6", ("The Conservative", "The Conservative, who"), "driver"),
              ("m7", ("Coun Winlow", "Coun Winlow chairs"), "winlow"),
              ("m8", ("I", "I moved"), "driver"),
              ("m9", ("Coun Winlow", "Coun Winlow (in the chair)"), "winlow"),
              ("m10", ("Coun. Winlow", "Coun. Winlow could"), "winlow"),
              ("m11", ("Coun Winlow", "But Coun Winlow"), "winlow"),
              ("m12", ("Coun. Driver", "Coun. Driver wished"), "driver")],
    attributions=[("a1", "INDIRECT", "m1", "promise", ("alternative budget", "promise alternative"), None),
                  # The cue sits in a relative clause inside the budget's description; the relative
                  # pronoun "which" is the raised subject of the claim and stays outside, as a raised
                  # subject does (FORMAT.md, Left outside). The scare-quoted "alternative budget" in
                  # narration is not annotated.
                  ("a2", "INDIRECT", "m3", ("say", "they say"),
                   seg(T, "should be used to save services", "Knott End ferry, from closure"), None),
                  ("a3", "MIXED", "m4", "claims",
                   seg(T, "Liberal Democrat leader Coun Bill Winlow should be", "most vulnerable people"), None),
                  ("a4", "DIRECT", "m6", ("said", "chairs, said"),
                   seg(T, "I moved that Cabinet", "his actions were outrageous."), None),
                  # Driver reports his own motion inside his quotation: a speech act (the motion) with a
                  # content, nested. Within it, "Cabinet should be told not to cut ..." is the motion's
                  # proposal, a hypothetical telling, and is not annotated (FORMAT.md, Excluded:
                  # hypotheticals inside a quote).
                  ("a5", "INDIRECT", "m8", "moved",
                   seg(T, "Cabinet should be told not to cut", "and the Knott End ferry"), "a4"),
                  # Evaluative reporting with a content, as `described X as Y` (FORMAT.md, Included).
                  ("a6", "INDIRECT", "m11", "rejected", "the criticism as irresponsible", None),
                  ("a7", "INDIRECT", "m11", ("said", "irresponsible and said"),
                   seg(T, "constitutionally he is not required", "the way Coun. Driver wished"), None),
                  # The quotation after the colon has no reporting clause of its own: it continues the
                  # speaker with a null cue, as make_test7_a.py does after "Minister Sadi said it was ...".
                  ("a8", "DIRECT", "m11", None, "I had no reason to. It was clearly a majority.", None)])
# Not annotated: "A war of words has broken out" (no content), "who had put a motion to the ...
# committee" (an action), "My motion was defeated" (a vote), "the way Coun. Driver wished" (a wish,
# no speech act).


# ---------------------------------------------------------------------------------------
# The stored page is complete. Removed: a teaser block before the headline (a rating widget, a
# summary that repeats the lead, "Photo: Reuters Share"), the time stamp "6. October 2017 ob 11:58",
# the desk line "London - MMC RTV SLO" printed on a line of its own, and the closing credit "S. J.,
# MMC; translated by K. J.". Empty paragraphs between the paragraphs are dropped.
doc("rtvslo-katanec-to-step-down-after-england-defeat",
    url="http://www.rtvslo.si/news-in-english/coach-katanec-to-step-down-following-defeat/434452",
    outlet="RTV SLO", country="Slovenia", topic="sport", cut=False, published="2017-10-06",
    text=(T := "Coach Katanec to step down following defeat\n"
          "Following the latest defeat against England, the head coach of Slovenia's national football team, Srečko Katanec, announced that Sunday's match against Scotland will be his last in charge of the team.\n"
          "At the end of yesterday’s 2018 World Cup qualifier against England, which Slovenia lost with 1:0, Katanec praised his players. \"In the locker room I told the boys to be proud. They played an excellent match and did not deserve to lose.\"\n"
          "Despite the defeat, team captain Boštjan Cesar saw many positive things on Thursday evening: \"We're disappointed, but we proved that we can compete with the English. We wanted to win, but sadly it didn't turn out that way. The whole team played well in defense, we covered Kane, who is in good form, very well. He didn't have any real chances tonight, but at the end he took advantage of the one half-chance.\"\n"
          "Although most of the public has already ruled out all chances of Slovenia qualifying for the World Cup, in theory it still has a chance. Slovenia can end up winning second place in the group with only one scenario: on Sunday it has to beat Scotland, and at the same time Slovakia has to draw or lose against Malta."),
    entities=[("katanec", "Srečko Katanec", "PERSON",
               ["Katanec", "Coach Katanec", "the head coach of Slovenia's national football team, Srečko Katanec"],
               "head coach of Slovenia's national football team"),
              ("cesar", "Boštjan Cesar", "PERSON", ["Cesar", "team captain Boštjan Cesar"], "captain of Slovenia's national football team"),
              ("public", "most of the public", "GROUP", [], "most of the Slovenian public")],
    mentions=[("m1", "Coach Katanec", "katanec"),
              ("m2", "the head coach of Slovenia's national football team, Srečko Katanec", "katanec"),
              ("m3", ("Katanec", "Katanec praised"), "katanec"),
              ("m4", ("I", "I told the boys"), "katanec"),
              ("m5", "team captain Boštjan Cesar", "cesar"),
              ("m6", "most of the public", "public")],
    attributions=[("a1", "INDIRECT", "m2", "announced",
                   "Sunday's match against Scotland will be his last in charge of the team", None),
                  # A separate sentence frames the quotation with a speech-act verb ("praised"), so that
                  # verb is its cue and "his players" is no claim of its own (FORMAT.md, Interruption
                  # and continuation: "Coach Dario Vukic summed up bluntly. \"We were second best.\"").
                  ("a2", "DIRECT", "m3", "praised",
                   seg(T, "In the locker room I told", "did not deserve to lose."), None),
                  # "In the locker room" is an adjunct of the telling and "the boys" its addressee.
                  ("a3", "INDIRECT", "m4", "told", "to be proud", "a2"),
                  # The colon frame "saw many positive things ...:" is the quotation's reporting clause;
                  # its verb is the cue, as "summed up" is for a framed quotation.
                  ("a4", "DIRECT", "m5", "saw",
                   seg(T, "We're disappointed, but", "the one half-chance."), None),
                  # A judgment with a named subject as the journalist reports it (FORMAT.md, Included:
                  # beliefs and forecasts with a named subject).
                  ("a5", "INDIRECT", "m6", "ruled out",
                   "all chances of Slovenia qualifying for the World Cup", None)])
# Not annotated: the headline (no cue, no speaker named as such), "we proved that we can compete"
# (inside Cesar's quotation, an evidential of the team's play, not speech).


# ---------------------------------------------------------------------------------------
# The stored page holds the article's start only; the text stops before the paragraph that the
# stored copy cuts off (Wright's answer, "When asked about McCann's pre-match comments, ..."). The
# date line, the credit "STV" under the headline and a photo caption with its credit ("Neil McCann
# celebrates Dundee's win in the stand." / "SNS Group") are removed; the standfirst is kept. The typo
# "One the eve" is printed so.
doc("stv-mccann-dundee-win-st-johnstone-stand",
    url="https://stv.tv/sport/football/1413028-mccann-i-didn-t-enjoy-90-minutes-in-the-stand-one-bit/",
    outlet="STV News", country="UK", topic="sport", cut=True, published="2018-04-21",
    text=(T := "McCann: I didn't enjoy 90 minutes in the stand one bit\n"
          "Dundee boss was banned from the touchline as his side beat St Johnstone 2-1.\n"
          "Dundee manager Neil McCann admitted he endured 90 difficult minutes in the stands during his side's win over St Johnstone.\n"
          "McCann served a one-match touchline ban following a post-match tussle with Saints goalkeeper Zander Clark after a 4-0 home defeat six weeks ago when the teams last met.\n"
          "McCann and opposite number Tommy Wright maintained the animosity in the build-up to the game and the latter looked like he would have the last laugh when Steven MacLean levelled with five minutes left.\n"
          "But Sofien Moussa headed home Cammy Kerr's free-kick three minutes later to add to his first-minute tap-in and seal a 2-1 victory which took Dundee six points clear of Ross County, who are now bottom of the Premiership.\n"
          "McCann said: \"It was difficult. I didn't enjoy it one bit. You do get a different perspective on the match from there but it's not great when you can't directly affect it on the field.\n"
          "\"There were a few things I wasn't pleased about but at the end those feelings just disappeared, and were replaced by just satisfaction, really.\n"
          "\"When they equalised I just thought it was maybe going to be one of those days because it was late on. But it was a terrific ball from Cammy and big Moussa, it was a thunderous header.\n"
          "\"I thought he was brilliant, I really did. His hold-up play was exceptional and two huge goals for us.\"\n"
          "One the eve of the game, McCann vowed not to speak to Wright and declared the visiting boss \"not welcome\"."),
    # Wright speaks only in the paragraph cut off, so he is no speaker of this text and gets no entity.
    entities=[("mccann", "Neil McCann", "PERSON",
               ["McCann", "Dundee manager Neil McCann", "Dundee boss"], "manager of Dundee FC")],
    mentions=[("m1", ("McCann", "McCann: I"), "mccann"),
              ("m2", "Dundee boss", "mccann"),
              ("m3", "Dundee manager Neil McCann", "mccann"),
              ("m4", ("McCann", "McCann served"), "mccann"),
              ("m5", ("McCann", "McCann and opposite"), "mccann"),
              ("m6", ("McCann", "McCann said"), "mccann"),
              ("m7", ("McCann", "McCann vowed"), "mccann")],
    attributions=[("a1", "INDIRECT", "m1", None, "I didn't enjoy 90 minutes in the stand one bit", None),
                  ("a2", "INDIRECT", "m3", "admitted",
                   "he endured 90 difficult minutes in the stands during his side's win over St Johnstone", None),
                  # One quotation over four paragraphs: each of the first three ends without a closing
                  # mark and the next reopens (FORMAT.md, Unit).
                  ("a3", "DIRECT", "m6", ("said", "McCann said"),
                   seg(T, "It was difficult.", "two huge goals for us."), None),
                  ("a4", "INDIRECT", "m7", "vowed", "not to speak to Wright", None),
                  ("a5", "MIXED", "m7", "declared", "the visiting boss \"not welcome\"", None)])
# Not annotated: the standfirst ("was banned from the touchline", an action) and "maintained the
# animosity" (no content).


# ---------------------------------------------------------------------------------------
# The stored page holds the article's start only; the text stops before the paragraph that the
# stored copy cuts off ("As previously reported, ...").
doc("ogreszinas-valainis-airbaltic-new-management",
    url="https://ogreszinas.news/?p=22991",
    outlet="Ogres Ziņas", country="Latvia", topic="business", cut=True,
    text=(T := "Society no longer trusts airBaltic – minister suggests changing management\n"
          "Latvian national airline “airBaltic” needs new management, said Latvian Minister of Economics Viktors Valainis in his interview to Latvijas Radio on Friday, the 3rd of January.\n"
          "“For the company to continue operating successfully from now on and accomplish established strategic objectives, the company needs new management,” said the minister.\n"
          "In his interview to LTV programme “Rīta panorāma”, the minister said on Friday the decision to cancel flights does not inspire confidence about sufficient planning and risk management.\n"
          "“Such behaviour hurts not only the company’s reputation but also negatively impacts Latvia’s economic development,” said the minister. At the same time, Valainis also reminded that airBaltic has even leased some of its aircraft to another airline.\n"
          "Valainis also said the CEO of airBaltic should take responsibility for this situation.\n"
          "“I believe the company itself is very good, but society lost trust in the company’s management some time ago,” said Valainis, adding that the only way to restore public trust in the company is by appointing new management.\n"
          "He also said that the operational management of the airline is in the hands of the board and the decisions on the leasing out of aircraft and the cancellation of flights are operational decisions. “This situation did not appear on its own. These are decisions made by the board. This is the board’s business plan, their business model,” said Valainis.\n"
          "The minister also said he plans to discuss this topic with his colleague [Minister of Transport] Kaspars Briškens. The situation will also be discussed at the meeting of the board of the Union of Greens and Farmers."),
    entities=[("valainis", "Viktors Valainis", "PERSON",
               ["Valainis", "Latvian Minister of Economics Viktors Valainis", "the minister", "minister"],
               "Latvian Minister of Economics")],
    mentions=[("m1", ("minister", "– minister suggests"), "valainis"),
              ("m2", "Latvian Minister of Economics Viktors Valainis", "valainis"),
              ("m3", ("the minister", "said the minister.\n"), "valainis"),
              ("m4", ("the minister", "the minister said on Friday"), "valainis"),
              ("m5", ("the minister", "said the minister. At"), "valainis"),
              ("m6", ("Valainis", "Valainis also reminded"), "valainis"),
              ("m7", ("Valainis", "Valainis also said"), "valainis"),
              ("m8", ("Valainis", "said Valainis, adding"), "valainis"),
              ("m9", ("He", "He also said"), "valainis"),
              ("m10", ("Valainis", "said Valainis.\n"), "valainis"),
              ("m11", ("The minister", "The minister also said"), "valainis")],
    # The headline joins a claim and its speaker with a dash, and the speaker's part is a clause with
    # its own verb: "Society no longer trusts airBaltic" is the minister's claim with a null cue (the
    # "claim – name" headline of FORMAT.md), and "suggests changing management" a second claim with
    # the cue "suggests". Both have the same source mention.
    attributions=[("a1", "INDIRECT", "m1", None, "Society no longer trusts airBaltic", None),
                  ("a2", "INDIRECT", "m1", "suggests", "changing management", None),
                  # The marks around the airline's name are quotation marks as printed, so the content
                  # holds quoted and unquoted text: MIXED (FORMAT.md, Type: follow the marks as printed).
                  # "in his interview to Latvijas Radio" is a medium and "on Friday, ..." an adjunct.
                  ("a3", "MIXED", "m2", ("said", "management, said Latvian"),
                   "Latvian national airline “airBaltic” needs new management", None),
                  ("a4", "DIRECT", "m3", ("said", "said the minister.\n"),
                   seg(T, "For the company to continue", "needs new management,"), None),
                  ("a5", "INDIRECT", "m4", ("said", "the minister said on Friday"),
                   "the decision to cancel flights does not inspire confidence about sufficient planning and risk management", None),
                  ("a6", "DIRECT", "m5", ("said", "said the minister. At"),
                   seg(T, "Such behaviour hurts", "economic development,"), None),
                  ("a7", "INDIRECT", "m6", "reminded", "airBaltic has even leased some of its aircraft to another airline", None),
                  ("a8", "INDIRECT", "m7", ("said", "Valainis also said"),
                   "the CEO of airBaltic should take responsibility for this situation", None),
                  ("a9", "DIRECT", "m8", ("said", "said Valainis, adding"),
                   seg(T, "I believe the company itself", "some time ago,"), None),
                  ("a10", "INDIRECT", "m8", "adding",
                   "the only way to restore public trust in the company is by appointing new management", None),
                  ("a11", "INDIRECT", "m9", ("said", "He also said"),
                   seg(T, "the operational management of the airline", "are operational decisions"), None),
                  ("a12", "DIRECT", "m10", ("said", "said Valainis.\n"),
                   seg(T, "This situation did not appear", "their business model,"), None),
                  ("a13", "INDIRECT", "m11", ("said", "The minister also said"),
                   seg(T, "he plans to discuss this topic", "Kaspars Briškens"), None)])
# Not annotated: "The situation will also be discussed at the meeting ..." (a plan, no speech act);
# "I believe ..." inside the quotation is the speaker's own attitude (FORMAT.md, Excluded).

write("train_am.jsonl")
