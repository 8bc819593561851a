#!/usr/bin/env python3
"""Writes train_cq.jsonl: real-news gold, split train-cq (see gold.py). Run: python3 make_train_cq.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Canadian Press copy on a Vancouver magazine's site. The navigation line ("Monday, December 29,
# 2025 ADVT National"), the byline ("Darpan News Desk The Canadian Press, 12 Oct, 2022 10:01 AM")
# and the bullet repeating the headline are left out. The stored copy breaks off in "Le, who h",
# so the text is cut before that paragraph. The dateline "INNISFIL, Ont. -" is not an attribution.
# The SIU's second quotation ("The man was pronounced ...") and Ridge's paragraph-long quotation
# ("I think it’s horrible ...") have no reporting clause of their own: they continue the previous
# speaker (null cue), as do Ridge's and Le's second quotations after an interrupting clause.
# "the SIU wrote in a statement": "in a statement" is a medium, the SIU the source.
# "Police said the first officer died ..." names no service; the sense (the update on its own
# officers) and the one police service of the scene resolve it to the South Simcoe Police Service
# (a doubt: it could be read as an unnamed police source). "Ridge and other neighbours" is one
# GROUP, separate from Ridge. "she said of what had happened": "of what had happened" is an adjunct
# (topic) of the reporting, not content.
# Not claims: "worked to piece together what happened" (an action) and "They have not been
# named" (no cue).
doc("darpanmagazine-innisfil-two-officers-dead-shooting",
    url="https://www.darpanmagazine.com/news/national/two-officers-dead-after-shooting-in-innisfil/?page=94",
    outlet="Darpan Magazine", country="Canada", topic="courts-crime", cut=True, published="2022-10-12",
    text=(T := "Two officers dead after shooting in Innisfil\n"
          "INNISFIL, Ont. - A shooting at a home in a town north of Toronto left two officers dead and a community in shock on Wednesday as the province's police watchdog worked to piece together what happened.\n"
          "The South Simcoe Police Service said police responded to a disturbance call in Innisfil, Ont., just before 8 p.m. Tuesday when the shooting took place.\n"
          "Ontario's police watchdog, the Special Investigations Unit, said the two police officers who died were involved in a shooting with a 23-year-old man inside the home.\n"
          "\"There was an exchange of gunfire between the man and officers,\" the SIU wrote in a statement. \"The man was pronounced deceased at the scene. Two officers were taken to hospital where they died.\"\n"
          "Police said the first officer died at a local hospital while the second officer died after being airlifted to a Toronto trauma centre in critical condition. They have not been named.\n"
          "John Ridge, who has lived in the area for 26 years, said he was heading to bed when he saw two police cars rush by his house with their lights on.\n"
          "\"Woke up this morning and two police officers were shot 10 doors from my house,\" the 66-year-old said.\n"
          "\"I think it’s horrible. I'm sickened by it. These guys go out and put their lives on the line for us every single day. And this is the kind of thanks they get?\"\n"
          "Ridge and other neighbours said an elderly couple who had an adult grandson lived in the house where the shooting took place.\n"
          "\"I had just met the grandfather, really nice guy,\" Ridge said. \"To have a police officer shot in your neighbourhood is just not acceptable.\"\n"
          "Cindy Le, who lives in a home across the street from where the shooting took place, said she had heard sirens on Tuesday night.\n"
          "\"It's terrible,\" she said of what had happened. \"It’s sad. Really sad.\""),
    entities=[("sspolice", "South Simcoe Police Service", "ORGANIZATION", ["The South Simcoe Police Service", "Police"],
               "police service of Innisfil, Ont."),
              ("siu", "Special Investigations Unit", "ORGANIZATION",
               ["the Special Investigations Unit", "SIU", "the SIU", "Ontario's police watchdog",
                "Ontario's police watchdog, the Special Investigations Unit", "the province's police watchdog"],
               "Ontario's police watchdog"),
              ("ridge", "John Ridge", "PERSON", ["Ridge", "the 66-year-old"], "neighbour of the house, 66"),
              ("neighbours", "Ridge and other neighbours", "GROUP", [], "John Ridge and other neighbours"),
              ("le", "Cindy Le", "PERSON", ["Le"], "neighbour living across the street")],
    mentions=[("m1", "the province's police watchdog", "siu"),
              ("m2", "The South Simcoe Police Service", "sspolice"),
              ("m3", "Ontario's police watchdog, the Special Investigations Unit", "siu"),
              ("m4", "the SIU", "siu"),
              ("m5", ("Police", "Police said the first"), "sspolice"),
              ("m6", "John Ridge", "ridge"),
              ("m7", "the 66-year-old", "ridge"),
              ("m8", "Ridge and other neighbours", "neighbours"),
              ("m9", ("Ridge", "Ridge said."), "ridge"),
              ("m10", "Cindy Le", "le"),
              ("m11", ("she", "she said of"), "le")],
    attributions=[("a1", "INDIRECT", "m2", ("said", "Service said"),
                   "police responded to a disturbance call in Innisfil, Ont., just before 8 p.m. Tuesday when the shooting took place", None),
                  ("a2", "INDIRECT", "m3", ("said", "Unit, said"),
                   "the two police officers who died were involved in a shooting with a 23-year-old man inside the home", None),
                  ("a3", "DIRECT", "m4", "wrote", "There was an exchange of gunfire between the man and officers,", None),
                  ("a4", "DIRECT", "m4", None,
                   "The man was pronounced deceased at the scene. Two officers were taken to hospital where they died.", None),
                  ("a5", "INDIRECT", "m5", ("said", "Police said the first"),
                   seg(T, "the first officer died", "in critical condition"), None),
                  ("a6", "INDIRECT", "m6", ("said", "26 years, said"),
                   "he was heading to bed when he saw two police cars rush by his house with their lights on", None),
                  ("a7", "DIRECT", "m7", ("said", "66-year-old said"),
                   "Woke up this morning and two police officers were shot 10 doors from my house,", None),
                  ("a8", "DIRECT", "m7", None, seg(T, "I think it’s horrible.", "thanks they get?"), None),
                  ("a9", "INDIRECT", "m8", ("said", "neighbours said"),
                   "an elderly couple who had an adult grandson lived in the house where the shooting took place", None),
                  ("a10", "DIRECT", "m9", ("said", "Ridge said."), "I had just met the grandfather, really nice guy,", None),
                  ("a11", "DIRECT", "m9", None, "To have a police officer shot in your neighbourhood is just not acceptable.", None),
                  ("a12", "INDIRECT", "m10", ("said", "took place, said she"), "she had heard sirens on Tuesday night", None),
                  ("a13", "DIRECT", "m11", ("said", "she said of"), "It's terrible,", None),
                  ("a14", "DIRECT", "m11", None, "It’s sad. Really sad.", None)])

# ---------------------------------------------------------------------------------------
# Irish broadcaster's news site. The stored page has no headline, so the text starts with the
# lead. The stored copy breaks off in "... the action when you are finally for", so the text is
# cut at the end of the paragraph before; Bruton's quotation, opened after "He observed:", is
# left open at that paragraph end as printed and so runs to the end of the kept text (DIRECT,
# cue "observed").
# "has defended the Government's climate plan as "sensible and fair"" is read like "dismissed an
# audit ... as "late and reactionary."" (MIXED). "welcomed the plan" is read like "rejected the
# ... discourse" (a noun-phrase content), both for the Green Party and in the agentive passive
# "the plan was welcomed by many interest groups and official bodies" (the content precedes the
# cue). "The Green Party welcomed ... but also said ..." is two claims of one source.
# The quoted cross-head "Sensible and fair path" is DIRECT with null source and cue.
# Not claims: the scare quotes in "the 'all-of-Government' plan"; "ministers unveiled the plan"
# (an action); "others raised concerns" (no content); "Bruton discussed the plan on Newstalk
# Breakfast" (only a topic, no content; Newstalk Breakfast is a medium); "The proposals have been
# met with a mixed response" (no speaker act with content).
doc("newstalk-bruton-defends-climate-action-plan",
    url="https://newstalk.com/news/climate-plan-richard-bruton-872223",
    outlet="Newstalk", country="Ireland", topic="environment", cut=True,
    text=(T := "Climate Action and Environment Minister Richard Bruton has defended the Government's climate plan as \"sensible and fair\".\n"
          "Yesterday, ministers unveiled the 'all-of-Government' plan aimed at decreasing the country's greenhouse gas emissions.\n"
          "The plan has 180 recommendations across all government departments, in a bid to achieve net zero carbon emissions by 2050.\n"
          "Measures include quadrupling the carbon tax over the next decade (to €80 per tonne by 2030 from the current rate of €20), half a million home retrofits and massively expanding the amount of electric cars owned in Ireland.\n"
          "Other measures include banning single use plastics and allowing anyone producing their own energy to sell it back to the main grid.\n"
          "Taoiseach Leo Varadkar said the new plan has been designed to limit the financial impact on people.\n"
          "He insisted they wouldn't support actions that that \"make people poorer, cost jobs or make us less secure or don’t actually reduce greenhouse gas emissions\".\n"
          "The proposals have been met with a mixed response.\n"
          "The Green Party welcomed the plan but also said it fell short of \"the significant system change required to truly tackle the climate crisis\".\n"
          "Sinn Féin's Brian Stanley, meanwhile, claimed the plan lacks ambition and over-burdens lower income families.\n"
          "While the plan was welcomed by many interest groups and official bodies, others raised concerns.\n"
          "The Irish Farmers' Association acknowledged the need for a change in approach, but suggested the proposals were \"very demanding\" for agriculture.\n"
          "\"Sensible and fair path\"\n"
          "Climate Action and Environment Minister Richard Bruton discussed the plan on Newstalk Breakfast this morning.\n"
          "He observed: \"We've 183 actions that we're determined to take, and we're going to drive it from the Taoiseach's office. Obviously the motivation is to leave the planet and our country in a better place for our children."),
    entities=[("bruton", "Richard Bruton", "PERSON", ["Bruton", "Climate Action and Environment Minister Richard Bruton"],
               "Irish Minister for Climate Action and Environment"),
              ("varadkar", "Leo Varadkar", "PERSON", ["Varadkar", "Taoiseach Leo Varadkar"], "Taoiseach"),
              ("greens", "The Green Party", "ORGANIZATION", ["Green Party"], "Irish political party"),
              ("stanley", "Brian Stanley", "PERSON", ["Stanley", "Sinn Féin's Brian Stanley"], "Sinn Féin politician"),
              ("bodies", "many interest groups and official bodies", "GROUP", [], "interest groups and official bodies"),
              ("ifa", "The Irish Farmers' Association", "ORGANIZATION", ["Irish Farmers' Association"], "farmers' organisation")],
    mentions=[("m1", ("Climate Action and Environment Minister Richard Bruton", "Climate Action and Environment Minister Richard Bruton has"), "bruton"),
              ("m2", "Taoiseach Leo Varadkar", "varadkar"),
              ("m3", ("He", "He insisted"), "varadkar"),
              ("m4", "The Green Party", "greens"),
              ("m5", "Sinn Féin's Brian Stanley", "stanley"),
              ("m6", "many interest groups and official bodies", "bodies"),
              ("m7", "The Irish Farmers' Association", "ifa"),
              ("m8", ("Climate Action and Environment Minister Richard Bruton", "Climate Action and Environment Minister Richard Bruton discussed"), "bruton"),
              ("m9", ("He", "He observed"), "bruton")],
    attributions=[("a1", "MIXED", "m1", "defended", "the Government's climate plan as \"sensible and fair\"", None),
                  ("a2", "INDIRECT", "m2", ("said", "Varadkar said"), "the new plan has been designed to limit the financial impact on people", None),
                  ("a3", "MIXED", "m3", "insisted",
                   seg(T, "they wouldn't support actions", "greenhouse gas emissions\""), None),
                  ("a4", "INDIRECT", "m4", ("welcomed", "Party welcomed"), ("the plan", "welcomed the plan but"), None),
                  ("a5", "MIXED", "m4", ("said", "also said"),
                   "it fell short of \"the significant system change required to truly tackle the climate crisis\"", None),
                  ("a6", "INDIRECT", "m5", "claimed", "the plan lacks ambition and over-burdens lower income families", None),
                  ("a7", "INDIRECT", "m6", ("welcomed", "was welcomed by"), ("the plan", "While the plan"), None),
                  ("a8", "INDIRECT", "m7", "acknowledged", "the need for a change in approach", None),
                  ("a9", "MIXED", "m7", "suggested", "the proposals were \"very demanding\" for agriculture", None),
                  ("a10", "DIRECT", None, None, "Sensible and fair path", None),
                  ("a11", "DIRECT", "m9", "observed", seg(T, "We've 183 actions", "for our children."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. The stored copy breaks off in
# "... in such difficult circumst", so the text is cut before that paragraph ("Health managers
# said: ..."). The unquoted cross-head "Long Waits in A&E" is a label; the quoted one
# ("'Challenging Time'", single marks) is DIRECT with null source and cue.
# "reported that A, and that B" and "said that A and that B" are each one claim (one cue, one
# coordinated complement); the first is MIXED, ending on the closing mark of "limit our ability
# ...". "In a statement issued on its website" is a medium; the later "the statement said" names
# no author in its sentence, so the statement is its own entity (FORMAT.md, Documents).
# "Health service managers" speak for the board and are a separate GROUP. "said it regretted that
# ..." is one claim (the speaker's attitude inside its own report is not split off).
# "It urged the public to check ...": the public is the addressee and is left out of the content
# (FORMAT.md, Left outside; a doubt, since "called on X to Y" keeps its addressee).
# Not claims: the scare quotes around "unprecedented" in the lead, "declaring an internal critical
# incident" (a declaration as an act), and "It was holding talks with unions ..." (no cue).
doc("medscape-betsi-cadwaladr-internal-critical-incident",
    url="https://www.medscape.co.uk/viewarticle/north-wales-health-board-declares-internal-critical-incident-2022a10028ot",
    outlet="Medscape UK", country="UK", topic="health-science", cut=True,
    text=(T := "A shortage of hospital beds and \"unprecedented\" ambulance delays has led to the largest health organisation in Wales declaring an internal critical incident.\n"
          "Betsi Cadwaladr University Health Board, which is responsible for healthcare services to more than 700,000 people across North Wales, said it was struggling with demand caused by a combination of winter viruses, cold weather injuries, and parents seeking help due to concerns about strep A.\n"
          "Long Waits in A&E\n"
          "In a statement issued on its website on Monday morning, the health board reported that patients faced \"extremely long waits\", particularly at its hospital emergency departments, and that industrial action by members of the Royal College of Nursing on Tuesday and by Wales Ambulance Service members on Wednesday would \"limit our ability to respond even further\".\n"
          "Health service managers said that all but the most urgent hospital procedures had been postponed and that the Board was working on plans for how it would run its critical services over the next few days. It was holding talks with unions to ensure there were sufficient appropriately qualified staff on hand where the failure to provide services could endanger life. \"Staff working in these services will be able to strike only if there is sufficient cover available to ensure patient safety,\" the statement said.\n"
          "The Board said it was also working with local authorities to help medically fit patients be discharged from hospitals.\n"
          "'Challenging Time'\n"
          "Emergency departments will remain open in the six counties of North Wales for patients to be seen in order of clinical priority, but the Betsi Cadwaladr Health Board said it regretted that long waits were inevitable. It urged the public to check the NHS 111 Wales website for advice on the most appropriate service to use."),
    entities=[("bcuhb", "Betsi Cadwaladr University Health Board", "ORGANIZATION",
               ["the health board", "the Board", "the Betsi Cadwaladr Health Board", "the largest health organisation in Wales"],
               "health board for North Wales"),
              ("managers", "Health service managers", "GROUP", [], "managers of the health board"),
              ("statement", "the statement", "ORGANIZATION", [], "the health board's statement on its website")],
    mentions=[("m1", "the largest health organisation in Wales", "bcuhb"),
              ("m2", "Betsi Cadwaladr University Health Board", "bcuhb"),
              ("m3", "the health board", "bcuhb"),
              ("m4", "Health service managers", "managers"),
              ("m5", ("the Board", "the Board was working"), "bcuhb"),
              ("m6", "the statement", "statement"),
              ("m7", ("The Board", "The Board said"), "bcuhb"),
              ("m8", "the Betsi Cadwaladr Health Board", "bcuhb"),
              ("m9", ("It", "It urged"), "bcuhb")],
    attributions=[("a1", "INDIRECT", "m2", ("said", "North Wales, said"),
                   seg(T, "it was struggling with demand", "concerns about strep A"), None),
                  ("a2", "MIXED", "m3", "reported",
                   seg(T, "patients faced \"extremely long waits\"", "respond even further\""), None),
                  ("a3", "INDIRECT", "m4", ("said", "managers said"),
                   seg(T, "all but the most urgent hospital procedures", "over the next few days"), None),
                  ("a4", "DIRECT", "m6", ("said", "statement said"),
                   "Staff working in these services will be able to strike only if there is sufficient cover available to ensure patient safety,", None),
                  ("a5", "INDIRECT", "m7", ("said", "The Board said"),
                   "it was also working with local authorities to help medically fit patients be discharged from hospitals", None),
                  ("a6", "DIRECT", None, None, "Challenging Time", None),
                  ("a7", "INDIRECT", "m8", ("said", "Health Board said"), "it regretted that long waits were inevitable", None),
                  ("a8", "INDIRECT", "m9", "urged",
                   "to check the NHS 111 Wales website for advice on the most appropriate service to use", None)])

# ---------------------------------------------------------------------------------------
# Brooklyn-based Caribbean weekly, relaying Trinidad and Tobago Newsday. The stored page has no
# headline, so the text starts with the lead. The stored copy breaks off in "Prior to the Sri Lanka
# seri", so the text is cut before that paragraph.
# "..., according to Trinidad and Tobago Newsday" covers the whole lead; Simmons's "lauded" (content
# "the effort of his batsmen", the "following ..." phrase an adjunct of the lauding) and "saying
# that ..." are nested in it. Later "It said" / "Newsday said" / "Newsday noted" are the paper's
# claims (the pronoun resolves to Newsday). "Speaking with Cricket West Indies": an addressee.
# The quotation opened in "“It is something ..." is left open at its paragraph end and closes in the
# next paragraph: one attribution taking that clause's cue ("he added"); likewise "“It was good to
# see ..." runs on to "the head coach continued". The last quotation ("People are looking ...")
# continues the head coach (null cue).
# "Simmons underscored the batting contributions of ..." is read like "highlighted a plan ..." (a
# noun-phrase content). "It said A, and that B" is one claim (one cue).
doc("caribbeanlife-simmons-west-indies-batsmen-deliver",
    url="https://caribbeanlifenews.com/head-coach-west-indies-batsmen-starting-to-deliver",
    outlet="Caribbean Life", country="US", topic="sport", cut=True,
    text=(T := "West Indies coach Phil Simmons has lauded the effort of his batsmen following conclusion of the recent the Test series against Sri Lanka, saying that the batsmen are starting to pull their weight after the bowlers carried the team for years, according to Trinidad and Tobago Newsday.\n"
          "It said the two-match series, played at the Sir Vivian Cricket Stadium in North Sound in Antigua and Barbuda, ended in a 0-0 draw.\n"
          "Five West Indies batsmen ended with an average of over 50 — captain Kraigg Brathwaite, Kyle Mayers, Nkrumah Bonner, Jason Holder and Rahkeem Cornwall, Newsday said.\n"
          "It said Brathwaite and Bonner both cracked centuries during the series, and that there were also two half-centuries each from Mayers and Cornwall, and one apiece from Holder and Brathwaite.\n"
          "Speaking with Cricket West Indies, Simmons said the highlight in the series was batting to save the first Test match on the final day.\n"
          "Chasing an improbable 375 for victory, West Indies closed on 236/4 with Bonner leading the way with an unbeaten 113, Newsday noted.\n"
          "“The biggest takeaway is we could bat on a fifth-day pitch to save a game, to draw a Test match,” Simmons said. “It is something that we have not done for a while, and we needed to make sure we were able to do it.\n"
          "“I think that is the biggest thing in this (series); and, then, the attitude of the team keeps growing, the attitude of guys wanting to make runs, wanting to score hundreds,” he added. “It was good to see the captain getting a hundred after a long, barren period.\n"
          "“I think the important thing now is that everybody is looking to occupy the crease,” the head coach continued. “People are looking to bat for long periods. The batting has stood up in the last four Test matches, and this is the great thing, because, before that, the bowling was carrying us.”\n"
          "Simmons underscored the batting contributions of Cornwall and Alzarri Joseph at the end of innings during the Sri Lanka and Bangladesh series."),
    entities=[("simmons", "Phil Simmons", "PERSON", ["Simmons", "West Indies coach Phil Simmons", "the head coach"],
               "West Indies head coach"),
              ("newsday", "Trinidad and Tobago Newsday", "ORGANIZATION", ["Newsday"], "Trinidad and Tobago newspaper")],
    mentions=[("m1", "West Indies coach Phil Simmons", "simmons"),
              ("m2", "Trinidad and Tobago Newsday", "newsday"),
              ("m3", ("It", "It said the two-match"), "newsday"),
              ("m4", ("Newsday", "Newsday said"), "newsday"),
              ("m5", ("It", "It said Brathwaite"), "newsday"),
              ("m6", ("Simmons", "Simmons said the highlight"), "simmons"),
              ("m7", ("Newsday", "Newsday noted"), "newsday"),
              ("m8", ("Simmons", "Simmons said. "), "simmons"),
              ("m9", ("he", "he added"), "simmons"),
              ("m10", "the head coach", "simmons"),
              ("m11", ("Simmons", "Simmons underscored"), "simmons")],
    attributions=[("a1", "INDIRECT", "m2", "according to",
                   seg(T, "West Indies coach Phil Simmons has lauded", "carried the team for years"), None),
                  ("a2", "INDIRECT", "m1", "lauded", "the effort of his batsmen", "a1"),
                  ("a3", "INDIRECT", "m1", "saying",
                   "the batsmen are starting to pull their weight after the bowlers carried the team for years", "a1"),
                  ("a4", "INDIRECT", "m3", ("said", "It said the two-match"),
                   seg(T, "the two-match series", "ended in a 0-0 draw"), None),
                  ("a5", "INDIRECT", "m4", ("said", "Newsday said"),
                   seg(T, "Five West Indies batsmen", "Rahkeem Cornwall"), None),
                  ("a6", "INDIRECT", "m5", ("said", "It said Brathwaite"),
                   seg(T, "Brathwaite and Bonner both cracked", "one apiece from Holder and Brathwaite"), None),
                  ("a7", "INDIRECT", "m6", ("said", "Simmons said the highlight"),
                   "the highlight in the series was batting to save the first Test match on the final day", None),
                  ("a8", "INDIRECT", "m7", "noted",
                   "Chasing an improbable 375 for victory, West Indies closed on 236/4 with Bonner leading the way with an unbeaten 113", None),
                  ("a9", "DIRECT", "m8", ("said", "Simmons said. "),
                   "The biggest takeaway is we could bat on a fifth-day pitch to save a game, to draw a Test match,", None),
                  ("a10", "DIRECT", "m9", "added", seg(T, "It is something that we have not done", "wanting to score hundreds,"), None),
                  ("a11", "DIRECT", "m10", "continued", seg(T, "It was good to see the captain", "to occupy the crease,"), None),
                  ("a12", "DIRECT", "m10", None, seg(T, "People are looking to bat", "the bowling was carrying us."), None),
                  ("a13", "INDIRECT", "m11", "underscored",
                   "the batting contributions of Cornwall and Alzarri Joseph at the end of innings during the Sri Lanka and Bangladesh series", None)])

# ---------------------------------------------------------------------------------------
# Riga business and politics site relaying LETA. The dateline-and-navigation line ("BC, Riga,
# 20.11.2014.Print version"), the photo caption and the blank spacer lines are left out; the
# headline is kept. The stored copy breaks off in "The European Union, on the other hand, should
# be firm in its rela", so the text is cut before that paragraph.
# Three levels in the lead: LETA reports [Rinkevics said [the ministries expressed their readiness
# to continue cooperation]]. LETA's content is the whole clause before ", reports LETA" (the
# parenthetical-like "Rinkevics said ..." inside it); Rinkevics's content leaves out the adjunct
# "after meeting with ...". "expressed their readiness" is read like "voiced the hope" (cue with
# its fixed object), source the coordinated "Latvian and Estonian foreign ministries" (one GROUP).
# "indicated that he is absolutely sure that ..." is one MIXED claim (the attitude is not split
# off). "told a press conference": the press conference is an addressee.
# Not claims: the headline ("want to continue" states a wish, with no reporting verb), "Rinkevics
# was grateful for ..." (a state with no content) and "The ministers discussed ..." (a topic only).
doc("balticcourse-latvia-estonia-foreign-ministries-cooperation",
    url="http://www.baltic-course.com/eng/legislation/?doc=99060",
    outlet="The Baltic Course", country="Latvia", topic="politics", cut=True, published="2014-11-20",
    text=(T := "Latvian and Estonian foreign ministries want to continue cooperation in various aspects\n"
          "Latvian and Estonian foreign ministries have expressed their readiness to continue cooperation in various aspects, Latvian Foreign Minister Edgars Rinkevics (Unity) said after meeting with Estonian Foreign Minister Keit Pentus-Rosimannus yesterday, reports LETA.\n"
          "Rinkevics was grateful for the Estonian minister's visit in Latvia, and indicated that he is absolutely sure that he will meet his Estonian counterpart, \"more often than his colleagues at the Cabinet of Ministers.\"\n"
          "The ministers discussed both countries' bilateral cooperation, as well as Latvia's upcoming presidency of the Council of the European Union.\n"
          "\"We also discussed security matters and cooperation with NATO, as well as the events in Ukraine,\" Rinkevics said, adding that both countries' ministries will continue cooperating in various matters.\n"
          "\"We will also continue the Latvian-Estonian translators' award, furthermore, we discussed the opportunity of introducing a report on Estonian-Latvian relations,\" the minister said.\n"
          "Russia's activities are targeted at not just Latvia and Estonia, but all of the Western democracies, Estonian Foreign Minister Keit Pentus-Rosimannus told a press conference in Riga following a meeting with her Latvian counterpart Edgars Rinkevics (Unity).\n"
          "Russia's aggression is obvious, but in this context it is important to understand that Russia's activities are targeted at not just Latvia and Estonia, but the democratic values of the entire West, said Pentus-Rosimannus, adding that it was important for the Baltic countries to keep a cool head."),
    entities=[("ministries", "Latvian and Estonian foreign ministries", "GROUP", ["both countries' ministries"],
               "the foreign ministries of Latvia and Estonia"),
              ("rinkevics", "Edgars Rinkevics", "PERSON",
               ["Rinkevics", "Latvian Foreign Minister Edgars Rinkevics (Unity)", "the minister",
                "her Latvian counterpart Edgars Rinkevics (Unity)"], "Latvian Foreign Minister"),
              ("pentus", "Keit Pentus-Rosimannus", "PERSON",
               ["Pentus-Rosimannus", "Estonian Foreign Minister Keit Pentus-Rosimannus", "his Estonian counterpart"],
               "Estonian Foreign Minister"),
              ("leta", "LETA", "ORGANIZATION", [], "Latvian news agency")],
    mentions=[("m1", ("Latvian and Estonian foreign ministries", "Latvian and Estonian foreign ministries want"), "ministries"),
              ("m2", ("Latvian and Estonian foreign ministries", "Latvian and Estonian foreign ministries have"), "ministries"),
              ("m3", "Latvian Foreign Minister Edgars Rinkevics (Unity)", "rinkevics"),
              ("m4", ("Estonian Foreign Minister Keit Pentus-Rosimannus", "Estonian Foreign Minister Keit Pentus-Rosimannus yesterday"), "pentus"),
              ("m5", "LETA", "leta"),
              ("m6", ("Rinkevics", "Rinkevics was grateful"), "rinkevics"),
              ("m7", "his Estonian counterpart", "pentus"),
              ("m8", ("Rinkevics", "Rinkevics said,"), "rinkevics"),
              ("m9", "both countries' ministries", "ministries"),
              ("m10", ("the minister", "the minister said"), "rinkevics"),
              ("m11", ("Estonian Foreign Minister Keit Pentus-Rosimannus", "Estonian Foreign Minister Keit Pentus-Rosimannus told"), "pentus"),
              ("m12", "her Latvian counterpart Edgars Rinkevics (Unity)", "rinkevics"),
              ("m13", ("Pentus-Rosimannus", "said Pentus-Rosimannus"), "pentus")],
    attributions=[("a1", "INDIRECT", "m5", "reports",
                   seg(T, "Latvian and Estonian foreign ministries have expressed", "Pentus-Rosimannus yesterday"), None),
                  ("a2", "INDIRECT", "m3", ("said", "(Unity) said after"),
                   ("Latvian and Estonian foreign ministries have expressed their readiness to continue cooperation in various aspects", "Latvian and Estonian foreign ministries have"), "a1"),
                  ("a3", "INDIRECT", "m2", "expressed their readiness",
                   ("to continue cooperation in various aspects", "readiness to continue"), "a2"),
                  ("a4", "MIXED", "m6", "indicated",
                   seg(T, "he is absolutely sure", "Cabinet of Ministers.\""), None),
                  ("a5", "DIRECT", "m8", ("said", "Rinkevics said,"),
                   "We also discussed security matters and cooperation with NATO, as well as the events in Ukraine,", None),
                  ("a6", "INDIRECT", "m8", ("adding", "Rinkevics said, adding"),
                   "both countries' ministries will continue cooperating in various matters", None),
                  ("a7", "DIRECT", "m10", ("said", "the minister said"),
                   seg(T, "We will also continue", "Estonian-Latvian relations,"), None),
                  ("a8", "INDIRECT", "m11", "told",
                   "Russia's activities are targeted at not just Latvia and Estonia, but all of the Western democracies", None),
                  ("a9", "INDIRECT", "m13", ("said", "said Pentus-Rosimannus"),
                   seg(T, "Russia's aggression is obvious", "values of the entire West"), None),
                  ("a10", "INDIRECT", "m13", ("adding", "Pentus-Rosimannus, adding"),
                   "it was important for the Baltic countries to keep a cool head", None)])

# ---------------------------------------------------------------------------------------
# Washington bureau copy. The headline is kept; the stored page gives no date. The stored copy
# breaks off in "... when American Airlines and several oth", so the text is cut before that
# paragraph. The dateline "WASHINGTON —" is not an attribution.
# The headline's verb after the claim is the cue ("warns"); "industry official" and "the head of
# the trade association ..." are role descriptions resolved to James C. May in the next sentence
# (source span without the relative clause). "May's organization" is the Air Transport
# Association, a separate entity.
# "declined to speculate on the size of fare increases" follows the seed's refusals (a9/a10):
# cue "declined to speculate", content without the linking "on". "Jet fuel prices, he said, are
# ...": the parenthetical clause stays in the content; the appended "which he called "absolutely
# uncharted territory."" has the relative pronoun as object, so its content is the quotation alone
# (DIRECT), as in "photos which the judge called "grotesque."". "are expected to fly" is an
# agentless forecast (raised subject left out). "attributed the drop to ..." is read as a claim
# about the cause. "he said that, even so, planes ...": the connective "even so" is left out.
# "problems that they said could make for ..." is nested in the joint claim of May and Principato
# (one GROUP); "they" is read as the two speakers.
# Not claims: "blamed for many of the delays nationwide" (a participle with no finite reporting
# verb, kept inside May's content).
doc("mcclatchydc-airfares-up-summer-industry-official-warns",
    url="https://www.mcclatchydc.com/news/nation-world/national/article24483382.html",
    outlet="McClatchy DC", country="US", topic="business", cut=True,
    text=(T := "Airfares will go up this summer, industry official warns\n"
          "WASHINGTON — Higher airfares are \"inevitable\" this summer to help airlines absorb soaring fuel costs, the head of the trade association that represents the nation's leading air carriers predicted Tuesday.\n"
          "James C. May, the president and chief executive officer of the Air Transport Association, declined to speculate on the size of fare increases, but he said that rising ticket prices are unavoidable as airlines struggle with unprecedented increases in the cost of fuel.\n"
          "Jet fuel prices, he said, are approaching $170 a barrel, which he called \"absolutely uncharted territory.\"\n"
          "As airlines prepare for the summer travel season, May's organization predicted that there will more than 2 million fewer passengers this summer compared with the same period last year.\n"
          "Approximately 211.5 million passengers are expected to fly from June 1 through Aug. 31, compared with 214.2 million passengers during the same period in 2007. May attributed the drop to a weakening economy, higher fuel costs and cuts in airline capacity, but he said that, even so, planes would be relatively full.\n"
          "May and Greg Principato, president of Airports Council International-North America, said the nation's airlines and airports are working in tandem to deal with delays and other problems that they said could make for a \"a challenging summer.\"\n"
          "Principato said that airports across the country are developing emergency plans to help stranded or delayed passengers.\n"
          "Measures include keeping at least one food vendor open around the clock and distributing cots, sleeping mats and blankets to passengers forced to spend the night, he said.\n"
          "May said airlines are working the Federal Aviation Administration to stem congestion in the New York-Philadelphia corridor, blamed for many of the delays nationwide."),
    entities=[("may", "James C. May", "PERSON",
               ["May", "James C. May, the president and chief executive officer of the Air Transport Association",
                "industry official", "the head of the trade association"],
               "president and CEO of the Air Transport Association"),
              ("ata", "Air Transport Association", "ORGANIZATION", ["May's organization"],
               "trade association of the leading US air carriers"),
              ("mayprincipato", "May and Greg Principato", "GROUP",
               ["May and Greg Principato, president of Airports Council International-North America"],
               "James C. May and Greg Principato"),
              ("principato", "Greg Principato", "PERSON", ["Principato"], "president of Airports Council International-North America")],
    mentions=[("m1", "industry official", "may"),
              ("m2", "the head of the trade association", "may"),
              ("m3", "James C. May, the president and chief executive officer of the Air Transport Association", "may"),
              ("m4", ("he", "he said that rising"), "may"),
              ("m5", ("he", "he said, are"), "may"),
              ("m6", ("he", "he called"), "may"),
              ("m7", "May's organization", "ata"),
              ("m8", ("May", "May attributed"), "may"),
              ("m9", ("he", "he said that, even so"), "may"),
              ("m10", "May and Greg Principato, president of Airports Council International-North America", "mayprincipato"),
              ("m11", ("they", "they said could"), "mayprincipato"),
              ("m12", ("Principato", "Principato said that"), "principato"),
              ("m13", ("he", "spend the night, he said"), "principato"),
              ("m14", ("May", "May said airlines"), "may")],
    attributions=[("a1", "INDIRECT", "m1", "warns", "Airfares will go up this summer", None),
                  ("a2", "MIXED", "m2", ("predicted", "predicted Tuesday"),
                   "Higher airfares are \"inevitable\" this summer to help airlines absorb soaring fuel costs", None),
                  ("a3", "INDIRECT", "m3", "declined to speculate", "the size of fare increases", None),
                  ("a4", "INDIRECT", "m4", ("said", "he said that rising"),
                   "rising ticket prices are unavoidable as airlines struggle with unprecedented increases in the cost of fuel", None),
                  ("a5", "INDIRECT", "m5", ("said", "he said, are"), "Jet fuel prices, he said, are approaching $170 a barrel", None),
                  ("a6", "DIRECT", "m6", "called", "absolutely uncharted territory.", None),
                  ("a7", "INDIRECT", "m7", ("predicted", "organization predicted"),
                   "there will more than 2 million fewer passengers this summer compared with the same period last year", None),
                  ("a8", "INDIRECT", None, "expected", "to fly from June 1 through Aug. 31", None),
                  ("a9", "INDIRECT", "m8", "attributed",
                   "the drop to a weakening economy, higher fuel costs and cuts in airline capacity", None),
                  ("a10", "INDIRECT", "m9", ("said", "he said that, even so"), "planes would be relatively full", None),
                  ("a11", "MIXED", "m10", ("said", "North America, said"),
                   seg(T, "the nation's airlines and airports are working", "a challenging summer.\""), None),
                  ("a12", "MIXED", "m11", ("said", "they said could"), "could make for a \"a challenging summer.\"", "a11"),
                  ("a13", "INDIRECT", "m12", ("said", "Principato said that"),
                   "airports across the country are developing emergency plans to help stranded or delayed passengers", None),
                  ("a14", "INDIRECT", "m13", ("said", "spend the night, he said"),
                   seg(T, "Measures include keeping", "forced to spend the night"), None),
                  ("a15", "INDIRECT", "m14", ("said", "May said airlines"),
                   seg(T, "airlines are working the Federal Aviation Administration", "many of the delays nationwide"), None)])

# ---------------------------------------------------------------------------------------
# London-based mobile-industry site. The stored page has no headline, so the text starts with the
# lead; the stored copy ends with the last paragraph kept here, and the page gives no year.
# "revealed the action in a tweet" is read like "announced the launch of X" (a noun-phrase
# content; "in a tweet" a medium); "branding ..." and "stating ..." are two more claims of Pai
# (FORMAT.md: "X said A, warning that B"), both MIXED. "for what were deemed preventable problems
# ..." is an agentless verdict (null source; the raised "what" left outside). "did not say how far
# reaching ..." and "nor comment on potential disciplinary action" follow the seed's refusals (cue
# "say" / "comment", content without the linking "on"). "In a statement" is a medium; Sievert's
# "explained the problem was caused by ... which “created ...”" is MIXED, and "meaning customers
# could ..." stays inside his "said" content.
# Not claims: "took the rare step of investigating", "investigates severe failures", "fined AT&T",
# "probed an outage" (actions) and "issued only recommendations to improve network reliability"
# (no content: the infinitive is the recommendations' aim, not what they say).
doc("mobileworldlive-fcc-probes-t-mobile-outage",
    url="https://www.mobileworldlive.com/featured-content/home-banner/fcc-probes-t-mobile-outage",
    outlet="Mobile World Live", country="UK", topic="technology", cut=False,
    text=(T := "The US Federal Communications Commission (FCC) took the rare step of investigating a network service outage, after T-Mobile US customers lost voice and SMS access for more than 12 hours yesterday (15 June).\n"
          "FCC chairman Ajit Pai revealed the action in a tweet, branding the problem “unacceptable” and stating the regulator and consumers were “demanding answers”.\n"
          "The FCC typically only investigates severe failures. In June 2018, it fined AT&T $5.25 million for what were deemed preventable problems restricting access to the US 911 emergency service number.\n"
          "In 2019, the regulator probed an outage at broadband provider Centurylink, but issued only recommendations to improve network reliability rather than a fine.\n"
          "Pai did not say how far reaching the FCC’s investigation into T-Mobile would be, nor comment on potential disciplinary action.\n"
          "In a statement, T-Mobile CEO Mike Sievert explained the problem was caused by an IP traffic-related issue which “created significant capacity issues in the network core throughout the day”.\n"
          "Sievert said data services continued to work, meaning customers could make contact through services including FaceTime, iMessage, Google Duo, Zoom and Skype."),
    entities=[("pai", "Ajit Pai", "PERSON", ["Pai", "FCC chairman Ajit Pai"], "chairman of the US FCC"),
              ("sievert", "Mike Sievert", "PERSON", ["Sievert", "T-Mobile CEO Mike Sievert"], "CEO of T-Mobile US")],
    mentions=[("m1", "FCC chairman Ajit Pai", "pai"),
              ("m2", ("Pai", "Pai did not say"), "pai"),
              ("m3", "T-Mobile CEO Mike Sievert", "sievert"),
              ("m4", ("Sievert", "Sievert said"), "sievert")],
    attributions=[("a1", "INDIRECT", "m1", "revealed", "the action", None),
                  ("a2", "MIXED", "m1", "branding", "the problem “unacceptable”", None),
                  ("a3", "MIXED", "m1", "stating", "the regulator and consumers were “demanding answers”", None),
                  ("a4", "INDIRECT", None, "deemed",
                   "preventable problems restricting access to the US 911 emergency service number", None),
                  ("a5", "INDIRECT", "m2", ("say", "did not say"),
                   "how far reaching the FCC’s investigation into T-Mobile would be", None),
                  ("a6", "INDIRECT", "m2", "comment", "potential disciplinary action", None),
                  ("a7", "MIXED", "m3", "explained",
                   seg(T, "the problem was caused by", "throughout the day”"), None),
                  ("a8", "INDIRECT", "m4", ("said", "Sievert said"),
                   seg(T, "data services continued to work", "Zoom and Skype"), None)])

write("train_cq.jsonl")
