#!/usr/bin/env python3
"""Writes train_ak.jsonl: real-news gold, split train-ak (see gold.py). Run: python3 make_train_ak.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page repeats the headline under a photo credit; it is kept once, the credit dropped.
# The letter's title ("entitled “We don’t get paid to wait!”") is a quoted name with no reporting
# verb, as FORMAT.md leaves out quoted phrases in narration; it is not annotated.
doc("thepointer-mississauga-residents-furious-council-meeting",
    url="https://thepointer.com/article/2020-07-28/mississauga-residents-furious-at-councillors-after-crammed-8-hour-meeting-that-prevented-public-participation",
    outlet="The Pointer", country="Canada", topic="local", cut=True, published="2020-07-28",
    text=(T := "Mississauga residents furious at councillors after crammed 8-hour meeting that prevented public participation\n"
          "COVID-19 may have essentially cancelled the Mississauga Marathon, but the competition almost found its match in a council meeting at the beginning of the month. On July 8, city councillors convened at 9:30 a.m., bringing proceedings to an end almost eight hours later at 5:02 p.m.\n"
          "The lengthy meeting, which included an extended closed session, dealt with two major issues. A much anticipated and controversial review of the City’s noise bylaw was considered, alongside the introduction of mandatory masks, with both topics sparking serious debate.\n"
          "Some residents were keen to express their views on the topic, particularly on the noise bylaw, and were left extremely frustrated when they had to wait hours to have their voices heard.\n"
          "“In forcing the public to cool their heels for five hours while they ran over time on their first meeting, conducted a closed session at the start of Council, followed by a long break, with no explanations or apologies, the Mayor and Council very clearly demonstrated their lack of respect,” the Mississauga Residents’ Association Network (MIRANET) wrote in a letter to council entitled “We don’t get paid to wait!”\n"
          "The harsh correspondence elicited different responses around the council table.\n"
          "Ward 6 Councillor Ron Starr told The Pointer he shared the residents’ frustrations and felt digital council sessions could be run more efficiently. “I think that was a record in the last year or two,” he said. “It was frustrating because there was a lot of important business, but with the type of virtual meetings we’re doing, it’s not as easy… Every meeting is taking longer.”"),
    entities=[("miranet", "Mississauga Residents’ Association Network (MIRANET)", "ORGANIZATION",
               ["Mississauga Residents’ Association Network", "MIRANET",
                "the Mississauga Residents’ Association Network (MIRANET)"],
               "residents' association network in Mississauga"),
              ("starr", "Ron Starr", "PERSON", ["Starr", "Ward 6 Councillor Ron Starr"],
               "Mississauga Ward 6 councillor")],
    mentions=[("m1", "the Mississauga Residents’ Association Network (MIRANET)", "miranet"),
              ("m2", "Ward 6 Councillor Ron Starr", "starr"),
              ("m3", ("he", "he said."), "starr")],
    attributions=[("a1", "DIRECT", "m1", ("wrote", "(MIRANET) wrote"),
                   seg(T, "In forcing the public", "their lack of respect,"), None),
                  # The Pointer is the addressee (a medium), left outside; "felt" is Starr's own
                  # attitude within his report and is not split off.
                  ("a2", "INDIRECT", "m2", ("told", "Starr told"),
                   "he shared the residents’ frustrations and felt digital council sessions could be run more efficiently", None),
                  ("a3", "DIRECT", "m3", ("said", "he said."), "I think that was a record in the last year or two,", None),
                  ("a4", "DIRECT", "m3", None, seg(T, "It was frustrating because", "Every meeting is taking longer."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead. It stops inside a quotation
# that runs over several paragraphs (the residents' submission as the summary gives it); the
# text is cut at the last whole paragraph, so that quotation (a8) runs to the end of the text.
doc("clarechampion-ennis-site-rezoned-data-centre",
    url="https://clarechampion.ie/site-rezoned-for-data-centre-despite-local-concerns/",
    outlet="The Clare Champion", country="Ireland", topic="business", cut=True,
    text=(T := "THE objections of local residents to a new 1,000,000ft² data centre counted for little on Monday, as a proposal to vary the County Development Plan to facilitate the project at Toureen, on the outskirts of Ennis, was unanimously passed by Clare County Council.\n"
          "The council claims that the project could deliver 200 permanent data centre jobs, another 150 ancillary jobs and 50 maintenance jobs. Some 1,100 construction jobs would be supported over five years of construction.\n"
          "At the council meeting, director of service Liam Conneally reiterated his view that if the project goes ahead, it will be “a game changer” for Clare and Ennis. However, the data centre would not be one of the three largest employers in the county even if what is projected comes to pass.\n"
          "Prior to the meeting, members of the council got a report from chief executive Pat Dowling, which summarised a number of submissions that had come in from the public, including one from a local residents’ group,which was signed by 40 people.\n"
          "The summary of their submission noted that they were “objecting strongly” to the development and there were numerous issues raised. “The pond on the site is fed by numerous springs in the area. The residents’ group would have grave concerns regarding ground-water pollution in the area and of the pond. The location of diesel-fed back-up generators to facilitate the development is noted. The large surface car-parking areas could lead to ground-water pollution.\n"
          "“A data centre and power plant by way of its height, sound, lighting, would be detrimental to those who walk, cycle, run and enjoy the countryside.\n"
          "“The variation does not have regard to the volume of existing households, which would be adversely impacted by the proposed development, nor were they consulted in advance. Local residents who run businesses from their homes would be adversely impacted."),
    entities=[("residents", "local residents", "GROUP", [], "residents near the Toureen site"),
              ("council", "Clare County Council", "ORGANIZATION", ["The council"], "local authority of County Clare"),
              ("conneally", "Liam Conneally", "PERSON", ["Conneally", "director of service Liam Conneally"],
               "Clare County Council director of service"),
              ("dowling", "Pat Dowling", "PERSON",
               ["Dowling", "chief executive Pat Dowling", "a report from chief executive Pat Dowling"],
               "Clare County Council chief executive"),
              ("group", "a local residents’ group", "ORGANIZATION", ["The residents’ group"],
               "residents' group that made a submission against the data centre"),
              ("summary", "The summary of their submission", "ORGANIZATION", [],
               "summary of the residents' group submission in the chief executive's report")],
    mentions=[("m1", ("local residents", "objections of local residents"), "residents"),
              ("m2", "Clare County Council", "council"),
              ("m3", "The council", "council"),
              ("m4", "director of service Liam Conneally", "conneally"),
              # A document whose author is named in its NP is a mention of the author (FORMAT.md).
              ("m5", "a report from chief executive Pat Dowling", "dowling"),
              ("m6", "a local residents’ group", "group"),
              ("m7", "The summary of their submission", "summary"),
              ("m8", ("they", "they were “objecting"), "group"),
              ("m9", "The residents’ group", "group")],
    attributions=[("a1", "INDIRECT", "m1", "objections", "a new 1,000,000ft² data centre", None),
                  # A noun cue with no proposer named: null source, as `claims that …` with no claimant.
                  ("a2", "INDIRECT", None, "proposal",
                   "to vary the County Development Plan to facilitate the project at Toureen, on the outskirts of Ennis", None),
                  ("a3", "INDIRECT", "m3", "claims",
                   "the project could deliver 200 permanent data centre jobs, another 150 ancillary jobs and 50 maintenance jobs", None),
                  ("a4", "MIXED", "m4", "reiterated his view",
                   "if the project goes ahead, it will be “a game changer” for Clare and Ennis", None),
                  # The cue sits in a relative clause: the source is its antecedent, the report, a
                  # mention of its author. The content is the noun phrase summarised.
                  ("a5", "INDIRECT", "m5", "summarised",
                   "a number of submissions that had come in from the public, including one from a local residents’ group,which was signed by 40 people", None),
                  # "numerous issues raised" is a participle with no finite reporting verb: not split off.
                  ("a6", "MIXED", "m7", ("noted", "submission noted"),
                   "they were “objecting strongly” to the development and there were numerous issues raised", None),
                  ("a7", "INDIRECT", "m8", "objecting", ("the development", "” to the development"), "a6"),
                  # The quotation has no reporting clause of its own: it continues the summary.
                  ("a8", "DIRECT", "m7", None,
                   seg(T, "The pond on the site", "from their homes would be adversely impacted."), None),
                  ("a9", "INDIRECT", "m9", "concerns", "ground-water pollution in the area and of the pond", "a8"),
                  # An agentless passive ("is noted") inside the quotation: null source.
                  ("a10", "INDIRECT", None, ("noted", "is noted"),
                   "The location of diesel-fed back-up generators to facilitate the development", "a8")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead. A TikTok embed line
# ("@nrl Coates clinches it for the Storm! …") is removed. The text is cut at the last whole
# paragraph of the stored copy.
doc("teaonews-warriors-storm-gut-wrenching-loss",
    url="https://teaonews.co.nz/2024/03/17/gut-wrenching-storm-wonder-try-sinks-warriors-in-closing-seconds",
    outlet="Te Ao Māori News", country="New Zealand", topic="sport", cut=True, published="2024-03-17",
    text=(T := "A Melbourne wonder try sunk the New Zealand Warriors in the final seconds of their 30-26 away loss to the Storm on Saturday night.\n"
          "“It’s pretty obvious it’s gut-wrenching,” Warriors coach Andrew Webster told reporters.\n"
          "“When you’ve got a winger that can jump over a skyscraper and then put the ball down in the corner, it’s pretty amazing - but it’s hard to cheer them when you’re feeling this way.”\n"
          "The defeat handed the Warriors their second straight loss, after their season-opening 16-12 defeat by the Sharks last weekend in Auckland.\n"
          "Again, it comes after the team left it all out on the park, two weeks in a row.\n"
          "“When you put all your emotions into, and all your physical and all you can into two performances, and you’re trying really hard and you don’t get what you want - particularly one tonight right on the siren - it’s gonna test ya.\n"
          "“It’s gonna test what we’re about as a team, as a club and how much are we willing to put our energy into winning every day next week. And then go and get the two points.”\n"
          "The Warriors trailed 18-6 at halftime.\n"
          "Captain Tohu Harris said they got their game back on track and gave themselves a shout at winning in the second half.\n"
          "“We just spoke about getting ourselves back into the game, giving ourselves a chance to play footie. And we do that by doing all those hard things - the little efforts, the physical stuff, getting them right - and then we can build our game off the back of that.\n"
          "“We really did that well in the second half, but you give a quality side a head start like that and in the end it was a little bit too much.\n"
          "“But we did a really good job of getting ourselves back into the game and giving ourselves a chance to win this footie game.”\n"
          "Webster said the team was disappointed in their lack of discipline for a second week running.\n"
          "“The boys are disappointed.”"),
    entities=[("webster", "Andrew Webster", "PERSON", ["Webster", "Warriors coach Andrew Webster"],
               "New Zealand Warriors head coach"),
              ("harris", "Tohu Harris", "PERSON", ["Harris", "Captain Tohu Harris"], "New Zealand Warriors captain"),
              ("warriors", "the New Zealand Warriors", "ORGANIZATION", ["New Zealand Warriors", "the Warriors", "the team"],
               "NRL club")],
    mentions=[("m1", "the New Zealand Warriors", "warriors"),
              ("m2", "Warriors coach Andrew Webster", "webster"),
              ("m3", ("the Warriors", "handed the Warriors"), "warriors"),
              ("m4", ("the team", "after the team left"), "warriors"),
              ("m5", ("The Warriors", "The Warriors trailed"), "warriors"),
              ("m6", "Captain Tohu Harris", "harris"),
              ("m7", ("We", "We just spoke"), "warriors"),
              ("m8", ("Webster", "Webster said"), "webster"),
              ("m9", ("the team", "the team was disappointed"), "warriors")],
    attributions=[("a1", "DIRECT", "m2", "told", "It’s pretty obvious it’s gut-wrenching,", None),
                  ("a2", "DIRECT", "m2", None, seg(T, "When you’ve got a winger", "feeling this way."), None),
                  # After two sentences of narration, a quotation with no reporting clause still
                  # continues the previous speaker (Webster); it runs over two paragraphs.
                  ("a3", "DIRECT", "m2", None, seg(T, "When you put all your emotions", "get the two points."), None),
                  ("a4", "INDIRECT", "m6", ("said", "Harris said"),
                   "they got their game back on track and gave themselves a shout at winning in the second half", None),
                  ("a5", "DIRECT", "m6", None, seg(T, "We just spoke about", "win this footie game."), None),
                  # Speech nested inside the quotation: the team "spoke about" its plan.
                  ("a6", "INDIRECT", "m7", "spoke about",
                   "getting ourselves back into the game, giving ourselves a chance to play footie", "a5"),
                  ("a7", "INDIRECT", "m8", ("said", "Webster said"),
                   "the team was disappointed in their lack of discipline for a second week running", None),
                  ("a8", "DIRECT", "m8", None, "The boys are disappointed.", None)])

# ---------------------------------------------------------------------------------------
# Navigation ("Home", "Search"), the byline, the photo caption (printed twice, once with its
# credit) and a subscription box are removed. The text is cut at the last whole paragraph of the
# stored copy.
doc("thewest-flood-cleanup-southeast-queensland-mud-army",
    url="https://thewest.com.au/news/natural-disasters/flood-cleanup-begins-across-southeast-qld-c-5882641",
    outlet="The West Australian (AAP)", country="Australia", topic="environment", cut=True,
    text=(T := "Flood cleanup begins across southeast Qld\n"
          "Brisbane's lord mayor says registrations have been launched for the \"Mud Army\" as the city prepares for a monumental cleanup of flood affected areas across Queensland's southeast.\n"
          "There is still major flooding occurring across Brisbane with the river at 3.7 metres, Lord Mayor Adrian Schrinner said on Tuesday, but with each peak the levels are receding.\n"
          "\"We've seen yesterday's levels lower than what we're expected by the BOM, and today we're hoping for the same outcome as well,\" Cr Schrinner told Brisbane radio 4BC.\n"
          "Brisbane City Council will work with Volunteering Queensland to orchestrate the cleanup, as issues arose in the 2011 floods when household items were thrown away and insurance claims for affected residents were disrupted.\n"
          "\"We learned a lot from the first time and we're gonna make sure it's done well this time,\" the mayor said.\n"
          "\"With our registrations, we can register people to help but we also can register people who need help.\"\n"
          "On the Fraser Coast, Maryborough residents have also begun their cleanup after the town's flood levee withheld a peak of 10.3m overnight.\n"
          "It is the second time the levee has been erected in the town this year after flooding forced the evacuation of the CBD in January.\n"
          "Local MP Bruce Saunders said there was an \"eeriness\" as residents waited for the water to rise, but now the \"resilience phase\" for which the town is known begins.\n"
          "\"We've got a lot of volunteers already registered with the Fraser Coast Regional Council to help the community get back on their feet,\" Mr Saunders told AAP."),
    entities=[("schrinner", "Adrian Schrinner", "PERSON",
               ["Schrinner", "Cr Schrinner", "Lord Mayor Adrian Schrinner", "Brisbane's lord mayor", "the mayor"],
               "Lord Mayor of Brisbane"),
              ("saunders", "Bruce Saunders", "PERSON", ["Saunders", "Mr Saunders", "Local MP Bruce Saunders"],
               "State MP for Maryborough")],
    mentions=[("m1", "Brisbane's lord mayor", "schrinner"),
              ("m2", "Lord Mayor Adrian Schrinner", "schrinner"),
              ("m3", "Cr Schrinner", "schrinner"),
              ("m4", "the mayor", "schrinner"),
              ("m5", "Local MP Bruce Saunders", "saunders"),
              ("m6", "Mr Saunders", "saunders")],
    attributions=[("a1", "MIXED", "m1", "says",
                   seg(T, "registrations have been launched", "across Queensland's southeast"), None),
                  # A parenthetical reporting clause inside the claim stays in it (FORMAT.md, Contiguity).
                  ("a2", "INDIRECT", "m2", ("said", "Schrinner said"),
                   seg(T, "There is still major flooding", "the levels are receding"), None),
                  # Brisbane radio 4BC and AAP are media, not sources. "what we're expected by the BOM"
                  # inside the quotation has no propositional content of its own: no nested claim.
                  ("a3", "DIRECT", "m3", ("told", "Schrinner told"), seg(T, "We've seen yesterday's levels", "the same outcome as well,"), None),
                  ("a4", "DIRECT", "m4", ("said", "the mayor said"),
                   "We learned a lot from the first time and we're gonna make sure it's done well this time,", None),
                  ("a5", "DIRECT", "m4", None,
                   "With our registrations, we can register people to help but we also can register people who need help.", None),
                  ("a6", "MIXED", "m5", ("said", "Saunders said"),
                   seg(T, "there was an \"eeriness\"", "for which the town is known begins"), None),
                  ("a7", "DIRECT", "m6", ("told", "Saunders told"),
                   seg(T, "We've got a lot of volunteers", "get back on their feet,"), None)])

# ---------------------------------------------------------------------------------------
# The text is cut at the last whole paragraph of the stored copy (a quotation of the CHI
# Franciscan medical officer follows, cut off mid-sentence).
# "declared an outbreak" is taken as an official act (like "ordered an inquiry"), not a report.
doc("spokesman-bremerton-hospital-covid-outbreak-workers",
    url="https://spokesman.com/stories/2020/aug/25/covid-outbreak-at-bremerton-hospital-elevates-heal",
    outlet="The Spokesman-Review", country="US", topic="health-science", cut=True, published="2020-08-25",
    text=(T := "COVID outbreak at Bremerton hospital worries workers; Spokane has 37 new cases\n"
          "A COVID-19 outbreak at St. Michael Medical Center in Bremerton has health care workers there ringing alarms after public health and hospital officials delayed notifying them of the virus spreading in several units.\n"
          "The Bremerton outbreak comes amid dropping statewide COVID-19 infection rates.\n"
          "The Spokane Regional Health District confirmed 37 new cases on Tuesday and no new deaths. There are now 5,125 cases in county residents, with more than half of those cases considered recovered. There are 43 people hospitalized with COVID-19 in Spokane hospitals, and 34 of them are Spokane County residents.\n"
          "In Bremerton, the medical center alerted the Kitsap Public Health District that an employee had tested positive for COVID-19 on Aug. 4. After completing a case investigation, the health district found no close contacts at the hospital, however, according to the health district’s timeline.\n"
          "Then on Aug. 13, based on other positive COVID-19 cases, the health district found five cases connected to one particular unit at the hospital. On Aug. 14, the Kitsap Public Health District declared an outbreak.\n"
          "Workers there, represented by UFCW 21, say they were not notified of any employees testing positive or an outbreak until Aug. 17, however.\n"
          "Cindy Franck, a nurse at St. Michael Medical Center for 20 years and a union member, told reporters Tuesday that she was not alerted to the outbreak until Aug. 17, at the earliest, if not later.\n"
          "Rob Shauger, a certified nursing assistant at St. Michael Medical Center, said he learned about the outbreak from his brothers who saw local news reports.\n"
          "At first, only close contacts on the unit with confirmed cases of COVID-19 were tested for the virus."),
    entities=[("stmichael", "St. Michael Medical Center", "ORGANIZATION", ["the medical center"], "hospital in Bremerton, Washington"),
              ("workers", "health care workers", "GROUP", ["Workers", "Workers there"],
               "health care workers at St. Michael Medical Center"),
              ("srhd", "The Spokane Regional Health District", "ORGANIZATION", ["Spokane Regional Health District"],
               "public health district of Spokane County"),
              ("kitsap", "the Kitsap Public Health District", "ORGANIZATION",
               ["Kitsap Public Health District", "the health district", "the health district’s timeline"],
               "public health district of Kitsap County"),
              ("franck", "Cindy Franck", "PERSON", ["Franck"], "nurse at St. Michael Medical Center, union member"),
              ("shauger", "Rob Shauger", "PERSON", ["Shauger"], "certified nursing assistant at St. Michael Medical Center")],
    mentions=[("m1", ("St. Michael Medical Center", "outbreak at St. Michael"), "stmichael"),
              ("m2", "health care workers", "workers"),
              ("m3", "The Spokane Regional Health District", "srhd"),
              ("m4", "the medical center", "stmichael"),
              ("m5", ("the Kitsap Public Health District", "alerted the Kitsap"), "kitsap"),
              ("m6", ("the health district", "the health district found no"), "kitsap"),
              # A document whose author is named in its NP is a mention of the author.
              ("m7", "the health district’s timeline", "kitsap"),
              ("m8", ("the health district", "the health district found five"), "kitsap"),
              ("m9", ("the Kitsap Public Health District", "the Kitsap Public Health District declared"), "kitsap"),
              ("m10", "Workers", "workers"),
              ("m11", "Cindy Franck", "franck"),
              ("m12", ("St. Michael Medical Center", "a nurse at St. Michael"), "stmichael"),
              ("m13", "Rob Shauger", "shauger"),
              ("m14", ("St. Michael Medical Center", "assistant at St. Michael"), "stmichael")],
    attributions=[# "confirmed" with a noun-phrase content; the adjunct "on Tuesday" lies between its parts
                  # and stays, as in `called on the ministry on Monday to publish the data`.
                  ("a1", "INDIRECT", "m3", ("confirmed", "District confirmed"), "37 new cases on Tuesday and no new deaths", None),
                  # The addressee is left outside. "on Aug. 4" ends the reported clause and is kept in it.
                  ("a2", "INDIRECT", "m4", ("alerted", "center alerted"), "an employee had tested positive for COVID-19 on Aug. 4", None),
                  # The timeline reports the district's finding; the finding is nested in it. The
                  # connective "however" after the clause is left out.
                  ("a3", "INDIRECT", "m7", "according to",
                   "After completing a case investigation, the health district found no close contacts at the hospital", None),
                  ("a4", "INDIRECT", "m6", ("found", "district found no"), "no close contacts at the hospital", "a3"),
                  ("a5", "INDIRECT", "m8", ("found", "district found five"),
                   "five cases connected to one particular unit at the hospital", None),
                  # "Workers there, represented by UFCW 21": a plain group is its head noun.
                  ("a6", "INDIRECT", "m10", ("say", "UFCW 21, say"),
                   "they were not notified of any employees testing positive or an outbreak until Aug. 17", None),
                  ("a7", "INDIRECT", "m11", "told",
                   "she was not alerted to the outbreak until Aug. 17, at the earliest, if not later", None),
                  ("a8", "INDIRECT", "m13", ("said", "Center, said"),
                   "he learned about the outbreak from his brothers who saw local news reports", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead. The stored copy ends inside the
# judge's quotation, which has no closing mark there; the quotation (a14) runs to the end of the text.
# The defendant's name is printed "Jeffreries" once and "Jefferies" elsewhere; both are aliases.
doc("southwalesargus-man-jailed-abuse-against-judge",
    url="https://www.southwalesargus.co.uk/news/10603714.man-jailed-for-foul-mouthed-abuse-against-judge/",
    outlet="South Wales Argus", country="UK", topic="courts-crime", cut=True,
    text=(T := "A MAN who launched a \"tirade of foul-mouthed abuse\" at a judge because he was not happy with his brother's sentence was jailed for contempt of court.\n"
          "Joshua Jeffreries, 22, shouted obscenities at Judge Stephen Hopkins QC as his brother Ottis Jefferies, and four others, who were led to the cells after being convicted of a knifepoint gang robbery on Friday.\n"
          "Judge Hopkins QC asked for him to be brought back to Cardiff Crown Court but he refused, telling security staff who stopped him at the door he had somewhere to be.\n"
          "Police were instructed to check CCTV footage and Jefferies, of no fixed abode, was identified.\n"
          "Officers visited his mother and grandmother's homes and he later handed himself in at a police station.\n"
          "He was charged with contempt of court and brought to Cardiff Crown Court where he pleaded guilty.\n"
          "Claire Pickthall, defending, said Jefferies was overcome by emotion and temper on the day in question but now they were under control he showed genuine regret for his actions.\n"
          "She said he recognised his behaviour was \"utterly inappropriate\" and accepted he must be punished.\n"
          "Judge Hopkins branded the \"tirade of foul-mouthed abuse\" about the criminal justice system and his sentence as an \"affront to the dignity of the court.\"\n"
          "He said court staff were frequently subjected to abuse, which would not have happened in years gone by.\n"
          "He put this down to the absence of uniformed police officers who once attended every court hearing along with a liaison officer to keep attendees in check.\n"
          "This leaves staff having to \"fend for themselves\", although they are fortunate to have on-site security, he said.\n"
          "Sentencing Jefferies to seven days in prison, he said he wished to send the public a message: \"The courts will not tolerate offensive, abusive or foul-mouthed behaviour directed towards any court user, member of court staff or on one of Her Majesty’s judges. Those who do so or are minded to do so must understand that they will be apprehended and will be punished."),
    entities=[("jefferies", "Joshua Jeffreries", "PERSON", ["Jeffreries", "Jefferies", "Joshua Jefferies", "A MAN"],
               "defendant jailed for contempt of court"),
              ("hopkins", "Judge Stephen Hopkins QC", "PERSON",
               ["Stephen Hopkins", "Hopkins", "Judge Hopkins QC", "Judge Hopkins"], "judge at Cardiff Crown Court"),
              ("pickthall", "Claire Pickthall", "PERSON", ["Pickthall"], "defence lawyer for Jefferies")],
    mentions=[("m1", "A MAN", "jefferies"),
              ("m2", "Joshua Jeffreries", "jefferies"),
              ("m3", "Judge Stephen Hopkins QC", "hopkins"),
              ("m4", "Judge Hopkins QC", "hopkins"),
              ("m5", ("he", "he refused"), "jefferies"),
              ("m6", ("Jefferies", "Jefferies, of no fixed"), "jefferies"),
              ("m7", "Claire Pickthall", "pickthall"),
              ("m8", ("Jefferies", "Jefferies was overcome"), "jefferies"),
              ("m9", ("She", "She said"), "pickthall"),
              ("m10", ("he", "he recognised"), "jefferies"),
              ("m11", ("Judge Hopkins", "Judge Hopkins branded"), "hopkins"),
              ("m12", ("He", "He said court staff"), "hopkins"),
              ("m13", ("He", "He put this"), "hopkins"),
              ("m14", ("he", "he said.\n"), "hopkins"),
              ("m15", ("Jefferies", "Sentencing Jefferies"), "jefferies"),
              ("m16", ("he", "he said he wished"), "hopkins")],
    attributions=[("a1", "INDIRECT", "m4", "asked for", "him to be brought back to Cardiff Crown Court", None),
                  # The addressee (security staff and its relative clause) is left outside.
                  ("a2", "INDIRECT", "m5", "telling", "he had somewhere to be", None),
                  # Agentless passive instruction, as `staff were told to stay home`.
                  ("a3", "INDIRECT", None, "instructed", "to check CCTV footage", None),
                  # "defending" is left out of the source mention, as a role apposition after the name.
                  ("a4", "INDIRECT", "m7", ("said", "defending, said"),
                   seg(T, "Jefferies was overcome", "regret for his actions"), None),
                  ("a5", "MIXED", "m9", ("said", "She said"),
                   "he recognised his behaviour was \"utterly inappropriate\" and accepted he must be punished", None),
                  # The defendant's recognition and acceptance, as the lawyer reports them, are
                  # attitudes of a named subject inside her claim: nested.
                  ("a6", "MIXED", "m10", "recognised", "his behaviour was \"utterly inappropriate\"", "a5"),
                  ("a7", "INDIRECT", "m10", "accepted", "he must be punished", "a5"),
                  # `described X as Y`: the content covers both X and Y.
                  ("a8", "MIXED", "m11", "branded",
                   seg(T, "the \"tirade of foul-mouthed abuse\" about", "dignity of the court.\""), None),
                  ("a9", "INDIRECT", "m12", ("said", "He said court"),
                   "court staff were frequently subjected to abuse, which would not have happened in years gone by", None),
                  # "put this down to" (attributed the cause to) reports the judge's explanation;
                  # its object "this" is part of the cue, as `stood by its position`.
                  ("a10", "INDIRECT", "m13", "put this down to",
                   seg(T, "the absence of uniformed police", "keep attendees in check"), None),
                  ("a11", "MIXED", "m14", ("said", "he said.\n"),
                   "This leaves staff having to \"fend for themselves\", although they are fortunate to have on-site security", None),
                  ("a12", "INDIRECT", "m16", ("said", "he said he wished"), "he wished to send the public a message", None),
                  # The quotation after the colon is the message: the noun "message" is its cue.
                  ("a13", "DIRECT", "m16", ("message", "a message:"),
                   seg(T, "The courts will not tolerate", "will be punished."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead. Two photo captions are removed.
# Three quotations each run over two paragraphs (the first paragraph ends without a closing mark
# and the next reopens); each is one attribution. "The petition to "save our libraries"" quotes
# the petition's slogan as its name, with no reporting verb: not annotated.
doc("yorkpress-lib-dems-rally-library-cuts",
    url="https://www.yorkpress.co.uk/news/24138483.york-lib-dems-organise-rally-council-library-cuts/?ref=rss",
    outlet="The Press (York)", country="UK", topic="politics", cut=True, published="2024-02-22",
    text=(T := "Members of the Liberal Democrats and Green Party staged the event outside York Explore Library at 4.30pm today (February 22), ahead of a crunch City of York Council budget meeting tonight.\n"
          "They also presented a petition against the proposed cuts.\n"
          "Labour is proposing to make a raft of cuts in a bid to save more than £14 million as it struggles to plug a projected £40 million 'black hole' in council finances over the next four years. The package of savings includes cuts of £300,000 in the contracted funding for Explore York libraries in each of the next two years.\n"
          "The Liberal Democrat candidate to become the next York Outer MP, Cllr Andrew Hollyer, launched the petition.\n"
          "Cllr Hollyer, the first speaker at the rally, said: \"It's brilliant to see such a large crowd gathered to show support for our libraries\n"
          "\"Hopefully the ground swell of support will pressure the council to rethink these cuts.\"\n"
          "York Lib Dem leader, Cllr Nigel Ayre, said: \"We will put forward an amendment this evening that will prove these cuts are not necessary.\"\n"
          "York Explore, which operates libraries for the council, is also contesting the cuts, claiming its contract cannot be altered without mutual agreement.\n"
          "The petition to \"save our libraries\" has passed 3,000 signatures.\n"
          "Chair of York Green Party, Denise Craghill, also spoke at the rally, saying: \"Libraries are so much more than books.\n"
          "\"I really hope the administration will listen to everyone.\"\n"
          "Cllr Darryl Smalley was the executive member for libraries under the previous administration in York. Speaking at the rally, he said: \"It's very hard to put into words how fantastic the libraries in York are.\n"
          "\"I think we can all agree that libraries are one of the things the city gets right.\""),
    entities=[("labour", "Labour", "ORGANIZATION", [], "Labour group running City of York Council"),
              ("hollyer", "Andrew Hollyer", "PERSON",
               ["Hollyer", "Cllr Hollyer", "Cllr Andrew Hollyer",
                "The Liberal Democrat candidate to become the next York Outer MP, Cllr Andrew Hollyer"],
               "Liberal Democrat councillor, candidate for York Outer"),
              ("ayre", "Nigel Ayre", "PERSON", ["Ayre", "Cllr Nigel Ayre", "York Lib Dem leader, Cllr Nigel Ayre"],
               "leader of York Liberal Democrats"),
              ("explore", "York Explore", "ORGANIZATION", [], "operator of York's libraries"),
              ("craghill", "Denise Craghill", "PERSON", ["Craghill", "Chair of York Green Party, Denise Craghill"],
               "chair of York Green Party"),
              ("smalley", "Darryl Smalley", "PERSON", ["Smalley", "Cllr Darryl Smalley"],
               "former executive member for libraries, City of York Council")],
    mentions=[("m1", ("Labour", "Labour is proposing"), "labour"),
              ("m2", "The Liberal Democrat candidate to become the next York Outer MP, Cllr Andrew Hollyer", "hollyer"),
              ("m3", ("Cllr Hollyer", "Cllr Hollyer, the first"), "hollyer"),
              ("m4", "York Lib Dem leader, Cllr Nigel Ayre", "ayre"),
              ("m5", ("York Explore", "York Explore, which"), "explore"),
              ("m6", "Chair of York Green Party, Denise Craghill", "craghill"),
              ("m7", "Cllr Darryl Smalley", "smalley"),
              ("m8", ("he", "he said: \"It's very"), "smalley")],
    attributions=[# The purpose adjunct "in a bid to save …" and the "as" clause belong to the
                  # reporting event and are left out.
                  ("a1", "INDIRECT", "m1", "proposing", "to make a raft of cuts", None),
                  ("a2", "DIRECT", "m3", ("said", "rally, said"),
                   seg(T, "It's brilliant to see", "to rethink these cuts."), None),
                  ("a3", "DIRECT", "m4", ("said", "Ayre, said"),
                   "We will put forward an amendment this evening that will prove these cuts are not necessary.", None),
                  # `X contests A, claiming B` is two claims of X, as `said A, warning that B`.
                  ("a4", "INDIRECT", "m5", "contesting", "the cuts", None),
                  ("a5", "INDIRECT", "m5", "claiming", "its contract cannot be altered without mutual agreement", None),
                  ("a6", "DIRECT", "m6", "saying",
                   seg(T, "Libraries are so much more", "will listen to everyone."), None),
                  ("a7", "DIRECT", "m8", ("said", "he said: \"It's very"),
                   seg(T, "It's very hard to put", "the city gets right."), None)])

write("train_ak.jsonl")
