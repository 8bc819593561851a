#!/usr/bin/env python3
"""Writes test22_a.jsonl: real-news gold, split test22-a (see gold.py). Run: python3 make_test22_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The caption under the first image ("An illustration which was submitted with the plans for the
# pods") is left out. The stored copy breaks off in "Mr McLean said the issue was link", so the
# text is cut before that paragraph.
# "these referred to 'a mythical site ...'" is taken as a claim of the objectors nested in
# Lambie's report (what their objections said, as FORMAT.md's "speech nested inside a quote"),
# DIRECT because the whole content lies between the marks; "had objected to the plan" is read
# like "complained about noise" (cue "objected", content "the plan").
doc("thelochsidepress-cove-kilcreggan-community-councillor-cleared",
    url="https://thelochsidepress.com/2024/04/13/cove-and-kilcreggan-community-councillor-cleared-after-complaint/",
    outlet="The Lochside Press", country="UK", topic="local", cut=True, published="2024-04-13",
    text=(T := "Community councillor cleared after complaint\n"
          "A complaint against a community councillor in a dispute over plans for holiday pods on Loch Long was rejected this week.\n"
          "Plans for the two pods beside the B833 at Peaton on the Rosneath Peninsula were submitted by Stephen Lambie last June.\n"
          "Cove and Kilcreggan Community Council submitted an objection but Mr Lambie then complained about the conduct of one member, James McLean, saying he had encouraged the objectors.\n"
          "Mr Lambie’s complaint was heard at the community council meeting on Tuesday night, leading to a secret ballot of members which cleared Mr McLean of the allegations.\n"
          "He said that Mr McLean’s conduct had fallen well short of that expected of a community councillor.\n"
          "“Far from representing the community, Mr McLean’s actions have shown to be self-serving  in pursuit of some personal agenda,” he said.\n"
          "“The planning process has its rules and procedures, which I am happy to adhere to.\n"
          "“It is not for an individual who is a community councillor to try and manipulate the process through false representations.”\n"
          "He said there had only nine people had objected to the plan out of a population of 1,200 and these referred to ‘a mythical site full of biodiversity and ancient woodland’, whereas Argyll and Bute Council’s conservation officer had said it was ‘mostly bracken with some seedling trees’.\n"
          "“It wasn’t until Mr McLean’s actions of actively encouraging people to object were made aware to me that things started to make sense,” he added.\n"
          "“People are entitled to their opinion, but when these are misguided and factually incorrect it corrupts the whole process.\n"
          "“One individual is the driving force behind this and this is unacceptable and cannot be tolerated.\n"
          "“This application if successful can only help the area. It takes nothing away from what is already there to be enjoyed.”"),
    entities=[("lambie", "Stephen Lambie", "PERSON", ["Lambie", "Mr Lambie"], "applicant for the holiday pods at Peaton"),
              ("objectors", "the objectors", "GROUP", ["nine people"], "the people who objected to the pods plan"),
              ("officer", "Argyll and Bute Council’s conservation officer", "PERSON", ["conservation officer"],
               "conservation officer of Argyll and Bute Council")],
    mentions=[("m1", "Stephen Lambie", "lambie"),
              ("m2", ("Mr Lambie", "Mr Lambie then complained"), "lambie"),
              ("m3", "the objectors", "objectors"),
              ("m4", ("He", "He said that Mr McLean"), "lambie"),
              ("m5", ("he", "he said.\n“The planning"), "lambie"),
              ("m6", ("He", "He said there had"), "lambie"),
              ("m7", "nine people", "objectors"),
              ("m8", ("these", "these referred"), "objectors"),
              ("m9", "Argyll and Bute Council’s conservation officer", "officer"),
              ("m10", ("he", "he added"), "lambie")],
    attributions=[("a1", "INDIRECT", "m2", "complained", "the conduct of one member, James McLean", None),
                  ("a2", "INDIRECT", "m2", "saying", "he had encouraged the objectors", None),
                  ("a3", "INDIRECT", "m4", ("said", "He said that Mr McLean"),
                   "Mr McLean’s conduct had fallen well short of that expected of a community councillor", None),
                  ("a4", "DIRECT", "m5", ("said", "he said.\n“The planning"),
                   seg(T, "Far from representing", "personal agenda,"), None),
                  ("a5", "DIRECT", "m5", None, seg(T, "The planning process has", "through false representations."), None),
                  ("a6", "MIXED", "m6", ("said", "He said there had"),
                   seg(T, "there had only nine people", "some seedling trees’"), None),
                  ("a7", "INDIRECT", "m7", "objected", ("the plan", "the plan out of"), "a6"),
                  ("a8", "DIRECT", "m8", "referred to", "a mythical site full of biodiversity and ancient woodland", "a6"),
                  ("a9", "MIXED", "m9", ("said", "officer had said"), "it was ‘mostly bracken with some seedling trees’", "a6"),
                  ("a10", "DIRECT", "m10", ("added", "he added"), seg(T, "It wasn’t until", "to make sense,"), None),
                  ("a11", "DIRECT", "m10", None, seg(T, "People are entitled", "there to be enjoyed."), None)])

# ---------------------------------------------------------------------------------------
# The stored page repeats the start of the lead as a teaser and prints "Published 12:00 am Friday,
# February 4, 2000", a date line and "Email newsletter signup"; they are left out. The copy breaks
# off inside a quotation of Akers, so the text is cut before it.
# "called him to a meeting ... to announce the early layoff schedule": the announcement is the
# officials' speech act nested in Akers' report (as "announced the launch of X").
# "the announcement that they will fund the marketing analysis" names no claimant: null source.
doc("irontontribune-intermet-plant-starts-layoffs-early",
    url="https://www.irontontribune.com/2000/02/04/plant-starts-layoffs-early/",
    outlet="The Ironton Tribune", country="US", topic="business", cut=True, published="2000-02-04",
    text=(T := "Plant starts layoffs early\n"
          "Although the company’s original closure announcement Dec. 7 gave a 60-day notice as required by the federal WARN Act, many of the plant’s workers will hang up their hard-hats and not return Monday.\n"
          "Dave Akers, bargaining unit chairman for Steelworkers Local 3664, said company officials called him to a meeting Thursday morning to announce the early layoff schedule.\n"
          "\"This just made the thing happen a lot sooner,\" Akers said. \"They were completely aware they were going to get laid off Friday.\"\n"
          "Company officials told the union that the action would not affect severance packages or any contract matters, he said.\n"
          "Employees will pick up severance payments at the plant Feb. 18, Akers said. The company will pay all vacations that are due next week, when last paychecks are issued.\n"
          "Some workers were upset with the day early release, Akers said.\n"
          "\"I think they had plans of maybe saying goodbye, everybody maybe taking pictures, that they didn’t get to do,\" he said. \"The company never did act with the employees’ concerns at heart.\"\n"
          "City officials agreed the earlier-than-expected layoffs were an added shock –  another example of Intermet breaking its word to Ironton, Ironton City Council member Jesse Roberts said.\n"
          "\"I guess I thought that as a company they would honor what they had said and once again, they’ve proven that they really don’t care about this community,\" Roberts said. \"I empathize with the workers, having been off five months this year myself, but I also anticipate good things happening with the state’s long-term commitment to the city and with the announcement that they will fund the marketing analysis.\"\n"
          "Despite another betrayal of trust, employees tend to keep hard feelings to themselves, Akers added."),
    entities=[("akers", "Dave Akers", "PERSON", ["Akers", "Dave Akers, bargaining unit chairman for Steelworkers Local 3664"],
               "bargaining unit chairman, Steelworkers Local 3664"),
              ("compofficials", "company officials", "GROUP", [], "officials of Intermet-Ironton Iron"),
              ("cityofficials", "City officials", "GROUP", [], "officials of the City of Ironton"),
              ("roberts", "Jesse Roberts", "PERSON", ["Roberts", "Ironton City Council member Jesse Roberts"],
               "Ironton City Council member")],
    mentions=[("m1", "Dave Akers, bargaining unit chairman for Steelworkers Local 3664", "akers"),
              ("m2", ("company officials", "company officials called"), "compofficials"),
              ("m3", ("Akers", "Akers said. \"They"), "akers"),
              ("m4", ("Company officials", "Company officials told"), "compofficials"),
              ("m5", ("he", "matters, he said"), "akers"),
              ("m6", ("Akers", "Feb. 18, Akers"), "akers"),
              ("m7", ("Akers", "release, Akers"), "akers"),
              ("m8", ("he", "get to do,\" he said"), "akers"),
              ("m9", "City officials", "cityofficials"),
              ("m10", "Ironton City Council member Jesse Roberts", "roberts"),
              ("m11", ("Roberts", "Roberts said. \"I empathize"), "roberts"),
              ("m12", ("Akers", "Akers added"), "akers")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "3664, said"),
                   "company officials called him to a meeting Thursday morning to announce the early layoff schedule", None),
                  ("a2", "INDIRECT", "m2", ("announce", "announce the early"), "the early layoff schedule", "a1"),
                  ("a3", "DIRECT", "m3", ("said", "Akers said. \"They"), "This just made the thing happen a lot sooner,", None),
                  ("a4", "DIRECT", "m3", None, "They were completely aware they were going to get laid off Friday.", None),
                  ("a5", "INDIRECT", "m5", ("said", "matters, he said"),
                   "Company officials told the union that the action would not affect severance packages or any contract matters", None),
                  ("a6", "INDIRECT", "m4", "told", "the action would not affect severance packages or any contract matters", "a5"),
                  ("a7", "INDIRECT", "m6", ("said", "Feb. 18, Akers said"),
                   "Employees will pick up severance payments at the plant Feb. 18", None),
                  ("a8", "INDIRECT", "m7", ("said", "release, Akers said"), "Some workers were upset with the day early release", None),
                  ("a9", "DIRECT", "m8", ("said", "get to do,\" he said"),
                   "I think they had plans of maybe saying goodbye, everybody maybe taking pictures, that they didn’t get to do,", None),
                  ("a10", "DIRECT", "m8", None, "The company never did act with the employees’ concerns at heart.", None),
                  ("a11", "INDIRECT", "m10", ("said", "Jesse Roberts said"),
                   seg(T, "City officials agreed", "its word to Ironton"), None),
                  ("a12", "INDIRECT", "m9", "agreed",
                   seg(T, "the earlier-than-expected layoffs", "its word to Ironton"), "a11"),
                  ("a13", "DIRECT", "m11", ("said", "community,\" Roberts said"),
                   seg(T, "I guess I thought", "about this community,"), None),
                  ("a14", "DIRECT", "m11", None, seg(T, "I empathize with the workers", "the marketing analysis."), None),
                  ("a15", "INDIRECT", None, ("announcement", "announcement that they"), "they will fund the marketing analysis", "a14"),
                  ("a16", "INDIRECT", "m12", ("added", "Akers added"),
                   "Despite another betrayal of trust, employees tend to keep hard feelings to themselves", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. The embedded tweet of World
# Rugby Media is left out; the two short one-line paragraphs ("Dave Rennie’s apology to the match
# officials.", "Rassie Erasmus poked fun at ...") are the site's cross-heads and are kept. The
# copy breaks off in "Rennie is unlikely t", so the text is cut before it.
# "has apologised to the match officials" and "issued an apology" name no content (an addressee
# only), so they are not claims; the statement's apology is given in its quotation. "the statement
# reads" names no author in its NP or sentence, so the statement is its own entity (FORMAT.md,
# Documents). "invited the Wallabies head coach to have one with him" follows "called on X to Y":
# the addressee stays in the content.
doc("punditarena-rennie-apologises-referee-criticism",
    url="https://punditarena.com/rugby/eoin-harte/wallabies-dave-rennie-apologises-referee-criticism/",
    outlet="Pundit Arena", country="Ireland", topic="sport", cut=True,
    text=(T := "Wallabies head coach Dave Rennie has apologised to the match officials who took charge of Australia’s game against Wales last weekend.\n"
          "Rennie was furious after his side’s loss, describing some of the official’s decision making as “horrendous”, saying that he felt he had to speak out about the officiating performance in the media.\n"
          "World Rugby issued a written warning to Rugby Australia and Rennie, saying that his comments do not align with the sport’s values.\n"
          "Dave Rennie’s apology to the match officials.\n"
          "Rugby Australia has issued an apology on behalf of Rennie and accepted the formal warning.\n"
          "“Dave Rennie wishes to apologise to the match officials and to World Rugby for the choice of language used in post-match media commitments following the Wallabies test match against Wales in Cardiff,” the statement reads.\n"
          "“The choice of language and its timing did not meet the standards required from a coach or official in upholding Rugby’s core values of discipline, integrity and respect. Rugby Australia and Dave Rennie accept the formal warning issued by World Rugby.”\n"
          "Rassie Erasmus poked fun at the Wallabies coach’s criticism.\n"
          "Rennie isn’t the only high profile figure in rugby to have publicly criticised a referee this year, with South Africa director of rugby Rassie Erasmus currently serving a two-month ban from all rugby activities.\n"
          "Erasmus also isn’t allowed to take part in any match-day activities with the Springboks until September 30th next year, and recently decided against appealing his ban.\n"
          "The World Cup-winning coach was able to see the funny side of Rennie’s situation, as he tweeted a video of him drinking a shot yesterday and invited the Wallabies head coach to have one with him."),
    entities=[("rennie", "Dave Rennie", "PERSON", ["Rennie", "Wallabies head coach Dave Rennie", "the Wallabies head coach"],
               "head coach of Australia (Wallabies)"),
              ("worldrugby", "World Rugby", "ORGANIZATION", [], "rugby union's governing body"),
              ("statement", "the statement", "ORGANIZATION", [], "the apology statement issued for Rennie"),
              ("erasmus", "Rassie Erasmus", "PERSON",
               ["Erasmus", "South Africa director of rugby Rassie Erasmus", "The World Cup-winning coach"],
               "South Africa director of rugby")],
    mentions=[("m1", "Wallabies head coach Dave Rennie", "rennie"),
              ("m2", ("Rennie", "Rennie was furious"), "rennie"),
              ("m3", ("World Rugby", "World Rugby issued"), "worldrugby"),
              ("m4", ("Rennie", "Rennie, saying"), "rennie"),
              ("m5", ("Rennie", "behalf of Rennie"), "rennie"),
              ("m6", ("Dave Rennie", "Dave Rennie wishes"), "rennie"),
              ("m7", ("World Rugby", "World Rugby for the choice"), "worldrugby"),
              ("m8", ("the statement", "the statement reads"), "statement"),
              ("m9", ("Dave Rennie", "Dave Rennie accept"), "rennie"),
              ("m10", ("World Rugby", "issued by World Rugby"), "worldrugby"),
              ("m11", ("Rassie Erasmus", "Rassie Erasmus poked"), "erasmus"),
              ("m12", ("Rennie", "Rennie isn’t"), "rennie"),
              ("m13", "South Africa director of rugby Rassie Erasmus", "erasmus"),
              ("m14", ("Erasmus", "Erasmus also"), "erasmus"),
              ("m15", "The World Cup-winning coach", "erasmus"),
              ("m16", ("he", "as he tweeted"), "erasmus"),
              ("m17", "the Wallabies head coach", "rennie")],
    attributions=[("a1", "MIXED", "m2", "describing", "some of the official’s decision making as “horrendous”", None),
                  ("a2", "INDIRECT", "m2", ("saying", "saying that he felt"),
                   "he felt he had to speak out about the officiating performance in the media", None),
                  ("a3", "INDIRECT", "m3", ("saying", "saying that his comments"),
                   "his comments do not align with the sport’s values", None),
                  ("a4", "DIRECT", "m8", "reads", seg(T, "Dave Rennie wishes", "against Wales in Cardiff,"), None),
                  ("a5", "DIRECT", "m8", None, seg(T, "The choice of language and its timing", "issued by World Rugby."), None),
                  ("a6", "INDIRECT", "m11", "poked fun at", "the Wallabies coach’s criticism", None),
                  ("a7", "INDIRECT", "m16", "invited", "the Wallabies head coach to have one with him", None)])

# ---------------------------------------------------------------------------------------
# The stored page prints the headline twice; it is kept once. The dateline "Bratislava, April 27
# (TASR) –" is not an attribution, and "TASR learnt on Monday" is the agency as medium (FORMAT.md,
# Media), not a source. The copy breaks off inside the last paragraph, so it is cut before it.
# "Reminding It of Responsibility" / "reminding the party of responsibility ...": the addressee is
# left out and "of" only links the cue. "who, according to him, do not even try ...": the
# parenthetical reporting clause stays inside the contiguous claim, whose subject is "who" (as
# "the fault was, engineers said, in the cable"). "He would like the coalition to ..." reports
# Sulik's stated wish with a named subject (as "Okafor believes"): cue "like", without "would".
doc("tasr-matovic-lambasts-coalition-partner-sas",
    url="https://newsnow.tasr.sk/premier-lambasts-his-coalition-partner-sas-reminding-it-of-responsibility/",
    outlet="TASR", country="Slovakia", topic="politics", cut=True,
    text=(T := "Premier Lambasts His Coalition Partner SaS, Reminding It of Responsibility\n"
          "Bratislava, April 27 (TASR) – Prime Minister Igor Matovic (OLaNO) has criticised his coalition partner Freedom and Solidarity (SaS) on a social network, reminding the party of responsibility in connection with the activities of its state secretaries, TASR learnt on Monday.\n"
          "“Calling upon your own government and at the same time being a state secretary in it is a lapse. Inciting people to protest against a decision, agreed by the ministers of their own party, is also a lapse,” wrote the premier. Matovic thinks the government has a unique opportunity to fulfil its promises but warns against sabotaging steps of their own government.\n"
          "“There hasn’t been a day since the election when somebody from SaS has not had a feeling to kick into its own government,” stated Matovic. At the same time, he thanked the ministers and MPs from the coalition We Are Family party, who, according to him, do not even try to do politics in a populist manner at the expense of the whole or their partners.\n"
          "In response to Prime Minister Igor Matovic’s (OLaNO) status on a social network Chairman of the junior governing Freedom and Solidarity (SaS) party Richard Sulik has proposed that the coalition pay more attention to internal communication than to sending messages through the media, SaS spokesman Ondrej Sprlak said, adding that the premier should maintain the same moral demands on his nominees.\n"
          "“Facebook isn’t an ideal platform for exchanging views and communicating with Government members. It surprises us that Igor Matovic only yesterday called upon us not to send messages through social networks, and he’s already doing it himself today,” said Sulik. He would like the coalition to communicate more internally than through the media."),
    entities=[("matovic", "Igor Matovic", "PERSON",
               ["Matovic", "Prime Minister Igor Matovic (OLaNO)", "Premier", "the premier"], "Prime Minister of Slovakia (OLaNO)"),
              ("sulik", "Richard Sulik", "PERSON",
               ["Sulik", "Chairman of the junior governing Freedom and Solidarity (SaS) party Richard Sulik"],
               "chairman of Freedom and Solidarity (SaS)"),
              ("sprlak", "Ondrej Sprlak", "PERSON", ["Sprlak", "SaS spokesman Ondrej Sprlak"], "spokesman of SaS")],
    mentions=[("m1", ("Premier", "Premier Lambasts"), "matovic"),
              ("m2", "Prime Minister Igor Matovic (OLaNO)", "matovic"),
              ("m3", ("the premier", "wrote the premier"), "matovic"),
              ("m4", ("Matovic", "Matovic thinks"), "matovic"),
              ("m5", ("Matovic", "stated Matovic"), "matovic"),
              ("m6", ("him", "according to him"), "matovic"),
              ("m7", "Chairman of the junior governing Freedom and Solidarity (SaS) party Richard Sulik", "sulik"),
              ("m8", "SaS spokesman Ondrej Sprlak", "sprlak"),
              ("m9", ("the premier", "the premier should"), "matovic"),
              ("m10", ("Igor Matovic", "Igor Matovic only"), "matovic"),
              ("m11", ("Sulik", "said Sulik"), "sulik"),
              ("m12", ("He", "He would like"), "sulik")],
    attributions=[("a1", "INDIRECT", "m1", "Lambasts", "His Coalition Partner SaS", None),
                  ("a2", "INDIRECT", "m1", "Reminding", "Responsibility", None),
                  ("a3", "INDIRECT", "m2", "criticised", "his coalition partner Freedom and Solidarity (SaS)", None),
                  ("a4", "INDIRECT", "m2", ("reminding", "reminding the party"),
                   "responsibility in connection with the activities of its state secretaries", None),
                  ("a5", "DIRECT", "m3", "wrote", seg(T, "Calling upon your own government", "is also a lapse,"), None),
                  ("a6", "INDIRECT", "m4", "thinks", "the government has a unique opportunity to fulfil its promises", None),
                  ("a7", "INDIRECT", "m4", "warns", "sabotaging steps of their own government", None),
                  ("a8", "DIRECT", "m5", "stated", seg(T, "There hasn’t been a day", "kick into its own government,"), None),
                  ("a9", "INDIRECT", "m6", "according to",
                   seg(T, "who, according to him", "the whole or their partners"), None),
                  ("a10", "INDIRECT", "m8", ("said", "Sprlak said"),
                   seg(T, "In response to Prime Minister", "messages through the media"), None),
                  ("a11", "INDIRECT", "m7", "proposed",
                   "the coalition pay more attention to internal communication than to sending messages through the media", "a10"),
                  ("a12", "INDIRECT", "m8", "adding", "the premier should maintain the same moral demands on his nominees", None),
                  ("a13", "DIRECT", "m11", ("said", "said Sulik"), seg(T, "Facebook isn’t an ideal", "himself today,"), None),
                  ("a14", "INDIRECT", "m10", "called upon", "us not to send messages through social networks", "a13"),
                  ("a15", "INDIRECT", "m12", ("like", "He would like"),
                   "the coalition to communicate more internally than through the media", None)])

# ---------------------------------------------------------------------------------------
# Reuters copy on a Mexican regional site. The copy breaks off in "Experts fear the problem will
# reach ...", so the text is cut before it.
# Left out by FORMAT.md: "with forecasts warning of high temperatures ..." (a forecast as a noun
# with a participle and no finite reporting verb), "a U.S. government report showed" (an
# evidential, as "the footage showed") and "heat extremes blamed on climate change" (an agentless
# participle). In "Experts are sounding the alarm that parched crops could under-produce as
# temperatures hit 40 degrees ...", the "as" clause gives the cause of the under-production and
# stays in the claim.
doc("vallartadaily-mexico-drought-crops-at-risk",
    url="https://www.vallartadaily.com/mexico-water-supply-buckles-on-worsening-drought-putting-crops-at-risk/",
    outlet="Vallarta Daily", country="Mexico", topic="environment", cut=True,
    text=(T := "Mexico water supply buckles on worsening drought, putting crops at risk\n"
          "A long-term drought that has hit two-thirds of Mexico looks set to worsen in coming weeks, with forecasts warning of high temperatures, crop damage and water supply shortages on the horizon, including in the populous capital.\n"
          "Experts are sounding the alarm that parched crops could under-produce as temperatures hit 40 degrees Celsius (104F) on Wednesday in some parts of northern Mexico, including key farming areas.\n"
          "“In some states, irrigation is practically disappearing due to lack of precipitation,” said Rafael Sanchez Bravo, a water expert at Chapingo Autonomous University, noting low reservoirs and reduced water transfers to farms.\n"
          "Mexico’s drought parallels that of the western United States and Canada, where crop yields are threatened and water rationing has been imposed.\n"
          "While rains were only 3% below average across Mexico as a whole last year, the strain on water reserves was exacerbated by increased domestic demand during the COVID-19 pandemic, a U.S. government report showed last month.\n"
          "Hopes to replenish Mexico’s parched reservoirs now hinge on the traditional rainy season, known formally as the North American Monsoon, which is now underway.\n"
          "“The next three months will be really crucial in how this drought turns out,” said Andreas Prein, an atmospheric scientist for the National Center for Atmospheric Research in Boulder, Colorado.\n"
          "Much of Mexico gets between 50% and 80% of its annual rainfall between July and September.\n"
          "Water shortages are common in parts of Mexico, but have worsened amid heat extremes blamed on climate change, according to scientists and data from federal water commission CONAGUA.\n"
          "About 70% of Mexico is impacted by drought, up from about half in December. About a fifth of the country is experiencing extreme drought compared to less than 5% each year since 2012."),
    entities=[("experts", "Experts", "GROUP", [], "water and climate experts"),
              ("sanchez", "Rafael Sanchez Bravo", "PERSON",
               ["Sanchez Bravo", "Rafael Sanchez Bravo, a water expert at Chapingo Autonomous University"],
               "water expert at Chapingo Autonomous University"),
              ("prein", "Andreas Prein", "PERSON",
               ["Prein", "Andreas Prein, an atmospheric scientist for the National Center for Atmospheric Research"],
               "atmospheric scientist, National Center for Atmospheric Research"),
              ("scidata", "scientists and data from federal water commission CONAGUA", "GROUP", [],
               "scientists and CONAGUA data")],
    mentions=[("m1", "Experts", "experts"),
              ("m2", "Rafael Sanchez Bravo, a water expert at Chapingo Autonomous University", "sanchez"),
              ("m3", "Andreas Prein, an atmospheric scientist for the National Center for Atmospheric Research", "prein"),
              ("m4", "scientists and data from federal water commission CONAGUA", "scidata")],
    attributions=[("a1", "INDIRECT", "m1", "sounding the alarm",
                   seg(T, "parched crops could under-produce", "key farming areas"), None),
                  ("a2", "DIRECT", "m2", ("said", "said Rafael"),
                   "In some states, irrigation is practically disappearing due to lack of precipitation,", None),
                  ("a3", "INDIRECT", "m2", "noting", "low reservoirs and reduced water transfers to farms", None),
                  ("a4", "DIRECT", "m3", ("said", "said Andreas"),
                   "The next three months will be really crucial in how this drought turns out,", None),
                  ("a5", "INDIRECT", "m4", "according to",
                   "Water shortages are common in parts of Mexico, but have worsened amid heat extremes blamed on climate change", None)])

# ---------------------------------------------------------------------------------------
# The Canadian Press story in Canadian Business's archive. The dateline "OTTAWA _" is kept as
# printed and is not an attribution. The copy breaks off in "The company has trac", so it is cut
# before that paragraph.
# "has committed to notifying ..." is the company's pledge nested in the commissioner's report
# ("renewed its pledge to X" -> X). "has not specified how many ..." and "has been largely silent
# on how many ..." are omissions with an open question, as seed a9/a10 ("did not say when ...").
# "Equifax did not respond to requests for comment" has no content and is left out.
doc("canadianbusiness-privacy-commissioner-equifax-breach",
    url="https://archive.canadianbusiness.com/business-news/privacy-commissioner-launches-investigation-into-equifax-data-breach/",
    outlet="Canadian Business", country="Canada", topic="technology", cut=True,
    text=(T := "Privacy commissioner launches investigation into Equifax data breach\n"
          "OTTAWA _ Canada’s privacy watchdog says it has opened an investigation into the massive Equifax Inc. data breach after receiving several complaints and dozens of calls from concerned Canadians.\n"
          "The Office of the Privacy Commissioner of Canada says that the credit monitoring company has committed to notifying all impacted Canadians in writing as soon as possible, but it will not be calling affected consumers.\n"
          "Equifax said last week that it was the victim of a massive cyberattack that may have compromised the personal data of as many as 143 million Americans and a limited number of Canadian and U.K. residents, but has not specified how many individuals in Canada were impacted.\n"
          "The credit monitoring company’s call centre staff have told callers that only Canadians that have credit files in the U.S. were likely to be impacted.\n"
          "However, the privacy commissioner says at this point, it is not clear that the affected data was limited to Canadians with U.S. dealings.\n"
          "The watchdog added that Equifax will also offer free credit monitoring to those Canadians that are affected.\n"
          "The development comes as Canadians who are worried they might be victims of the Equifax Inc. voice concern they are being treated as an afterthought in the wake of one of the largest online data breaches in history.\n"
          "Since the data breach was announced, the company has been largely silent on how many Canadians may have been exposed. Equifax did not respond to requests for comment.\n"
          "On Friday, the credit company announced that its U.K. systems were not affected by the breach. However, there was a batch of fewer than 400,000 British consumers who had some of their personal information compromised, although the company said that information was unlikely to lead to identity theft.\n"
          "Equifax is offering identity protection services to those British consumers, similar to the program it’s offering to Americans."),
    entities=[("opc", "Office of the Privacy Commissioner of Canada", "ORGANIZATION",
               ["The Office of the Privacy Commissioner of Canada", "Canada’s privacy watchdog", "the privacy commissioner",
                "Privacy commissioner", "The watchdog"], "Canada's privacy watchdog"),
              ("equifax", "Equifax Inc.", "ORGANIZATION",
               ["Equifax", "the credit monitoring company", "the credit company", "the company"], "credit monitoring company"),
              ("staff", "The credit monitoring company’s call centre staff", "GROUP", ["call centre staff"],
               "Equifax call centre staff"),
              ("canadians", "Canadians", "GROUP", [], "Canadians worried they were victims of the breach")],
    keep_that=("a12",),
    mentions=[("m1", "Privacy commissioner", "opc"),
              ("m2", "Canada’s privacy watchdog", "opc"),
              ("m3", "The Office of the Privacy Commissioner of Canada", "opc"),
              ("m4", ("the credit monitoring company", "the credit monitoring company has committed"), "equifax"),
              ("m5", ("Equifax", "Equifax said last week"), "equifax"),
              ("m6", "The credit monitoring company’s call centre staff", "staff"),
              ("m7", ("the privacy commissioner", "the privacy commissioner says"), "opc"),
              ("m8", "The watchdog", "opc"),
              ("m9", ("Equifax", "Equifax will also"), "equifax"),
              ("m10", ("Canadians", "Canadians who are worried"), "canadians"),
              ("m11", ("the company", "the company has been largely"), "equifax"),
              ("m12", ("Equifax", "Equifax did not respond"), "equifax"),
              ("m13", "the credit company", "equifax"),
              ("m14", ("the company", "the company said that"), "equifax"),
              ("m15", ("Equifax", "Equifax is offering"), "equifax")],
    attributions=[("a1", "INDIRECT", "m2", ("says", "watchdog says"),
                   seg(T, "it has opened an investigation", "from concerned Canadians"), None),
                  ("a2", "INDIRECT", "m3", ("says", "Canada says that"),
                   seg(T, "the credit monitoring company has committed", "calling affected consumers"), None),
                  ("a3", "INDIRECT", "m4", "committed", "notifying all impacted Canadians in writing as soon as possible", "a2"),
                  ("a4", "INDIRECT", "m5", ("said", "Equifax said last week"),
                   seg(T, "it was the victim of a massive cyberattack", "Canadian and U.K. residents"), None),
                  ("a5", "INDIRECT", "m5", "specified", "how many individuals in Canada were impacted", None),
                  ("a6", "INDIRECT", "m6", "told", "only Canadians that have credit files in the U.S. were likely to be impacted", None),
                  ("a7", "INDIRECT", "m7", ("says", "commissioner says at"),
                   "at this point, it is not clear that the affected data was limited to Canadians with U.S. dealings", None),
                  ("a8", "INDIRECT", "m8", "added", "Equifax will also offer free credit monitoring to those Canadians that are affected", None),
                  ("a9", "INDIRECT", "m10", "voice concern",
                   "they are being treated as an afterthought in the wake of one of the largest online data breaches in history", None),
                  ("a10", "INDIRECT", "m11", "silent", "how many Canadians may have been exposed", None),
                  ("a11", "INDIRECT", "m13", ("announced", "announced that its"), "its U.K. systems were not affected by the breach", None),
                  ("a12", "INDIRECT", "m14", ("said", "the company said that"),
                   "that information was unlikely to lead to identity theft", None)])

write("test22_a.jsonl")
