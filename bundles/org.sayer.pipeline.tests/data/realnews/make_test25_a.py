#!/usr/bin/env python3
"""Writes test25_a.jsonl: real-news gold, split test25-a (see gold.py). Run: python3 make_test25_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The page prints the standfirst and the lead as the same sentence; both are kept and both carry
# the campaigners' claim (FORMAT.md, Text parts). The stored copy breaks off in "it would have to
# withstand during construct", so the text is cut before that paragraph. The date is the one in
# the page's address.
# "a wind farm that they claimed would blight ...": the relative pronoun is the claim's subject,
# so the content is the clause after the cue ("would blight ..."). "Campaigners spoke of their
# delight" reports a feeling with no content (FORMAT.md, Excluded: states), so it is not a
# claim; "Councillors took the unusual step of praising protesters who ..." is evaluative
# reporting with a noun-phrase content ("defended the design" → "the design"). The protesters
# praised are the campaigners of the lead; "The council" in Lendon's words is the councillors.
# Lendon's and Cox's quotations run over several paragraphs (each left open and reopened), one
# attribution each. Nested in Cox's quotation: "letters and emails objecting to a development"
# (documents with no author named, their own entity, content "a development", as "spoke out
# against the development") and "Hundreds of people are in no doubt that ..." (an attitude of
# others stated in a quote, cue "in no doubt"). "most of which raised good planning reasons for
# doing so" has no content of its own and is left out. Parker, the group's spokesman, and
# Lendon, its chairman, are separate from the campaigners they speak for.
doc("expressandstar-south-staffordshire-wind-farm-rejected",
    url="https://expressandstar.com/news/2011/04/06/delight-as-south-staffordshire-wind-farm-plans-rejected",
    outlet="Express & Star", country="UK", topic="environment", cut=True, published="2011-04-06",
    text=(T := "Delight as South Staffordshire wind farm plans rejected\n"
          "Campaigners spoke of their delight today after councillors rejected controversial plans for a wind farm that they claimed would blight the South Staffordshire countryside.\n"
          "Campaigners spoke of their delight today after councillors rejected controversial plans for a wind farm that they claimed would blight the South Staffordshire countryside.\n"
          "Councillors took the unusual step of praising protesters who fought proposals for six 413ft high turbines on the Bradford Estate near Weston Park.\n"
          "More than 50 people from the Stop Turbines Action Group (STAG) toasted last night's victory before immediately steeling themselves for another battle should developer Wind Prospect launch an appeal to the Secretary of State.\n"
          "Chairman of the group Tony Lendon said: \"The council was absolutely brilliant \u2014 I have never heard such a comprehensive rebuttal in all my life.\n"
          "\"But we are ready for whatever they will throw at us, and the only thing they can do is go to appeal.\n"
          "\"They are like a dog with a bone but we have got hold of the other end of it and we are not going to let go.\n"
          "\"We had to raise \u00a316,000 to get this far and we already have the money to fight any appeal.\"\n"
          "Committee chairman Councillor Brian Cox told the meeting earlier: \"I have never before received so many letters and emails objecting to a development, most of which raised good planning reasons for doing so. I would like to pay tribute to the people who have written those letters and emails.\n"
          "\"It's my view that the developers totally underestimated the strength of feeling. Hundreds of people are in no doubt that these masts would have been severely detrimental to this tranquil area of countryside.\"\n"
          "STAG spokesman Graham Parker said the turbines would be a blot on the landscape and would ruin the views from their homes and dominate the skyline."),
    entities=[("campaigners", "Campaigners", "GROUP", ["protesters"],
               "campaigners against the Bradford Estate wind farm"),
              ("councillors", "Councillors", "GROUP", ["councillors", "The council"],
               "South Staffordshire councillors who rejected the plans"),
              ("lendon", "Tony Lendon", "PERSON", ["Lendon", "Chairman of the group Tony Lendon"],
               "chairman of the Stop Turbines Action Group (STAG)"),
              ("cox", "Brian Cox", "PERSON", ["Cox", "Committee chairman Councillor Brian Cox", "Councillor Brian Cox"],
               "chairman of the council's planning committee"),
              ("letters", "letters and emails", "GROUP", ["so many letters and emails"],
               "letters and emails of objection received by the committee"),
              ("hundreds", "Hundreds of people", "GROUP", [], "objectors to the wind farm"),
              ("parker", "Graham Parker", "PERSON", ["Parker", "STAG spokesman Graham Parker"], "STAG spokesman")],
    mentions=[("m1", ("Campaigners", "rejected\nCampaigners"), "campaigners"),
              ("m2", ("councillors", "rejected\nCampaigners"), "councillors"),
              ("m3", ("they", "rejected\nCampaigners"), "campaigners"),
              ("m4", ("Campaigners", "countryside.\nCampaigners"), "campaigners"),
              ("m5", ("councillors", "countryside.\nCampaigners"), "councillors"),
              ("m6", ("they", "countryside.\nCampaigners"), "campaigners"),
              ("m7", ("Councillors", "Councillors took"), "councillors"),
              ("m8", "protesters", "campaigners"),
              ("m9", "Chairman of the group Tony Lendon", "lendon"),
              ("m10", "The council", "councillors"),
              ("m11", "Committee chairman Councillor Brian Cox", "cox"),
              ("m12", ("letters and emails", "so many letters"), "letters"),
              ("m13", ("letters and emails", "those letters"), "letters"),
              ("m14", "Hundreds of people", "hundreds"),
              ("m15", "STAG spokesman Graham Parker", "parker")],
    attributions=[("a1", "INDIRECT", "m3", ("claimed", "rejected\nCampaigners"),
                   ("would blight the South Staffordshire countryside", "rejected\nCampaigners"), None),
                  ("a2", "INDIRECT", "m6", ("claimed", "countryside.\nCampaigners"),
                   ("would blight the South Staffordshire countryside", "countryside.\nCampaigners"), None),
                  ("a3", "INDIRECT", "m7", "praising",
                   "protesters who fought proposals for six 413ft high turbines on the Bradford Estate near Weston Park", None),
                  ("a4", "DIRECT", "m9", ("said", "Lendon said"),
                   seg(T, "The council was absolutely brilliant", "to fight any appeal."), None),
                  ("a5", "DIRECT", "m11", "told", seg(T, "I have never before received", "tranquil area of countryside."), None),
                  ("a6", "INDIRECT", "m12", "objecting to", ("a development", "objecting to a development"), "a5"),
                  ("a7", "INDIRECT", "m14", "in no doubt",
                   "these masts would have been severely detrimental to this tranquil area of countryside", "a5"),
                  ("a8", "INDIRECT", "m15", ("said", "Parker said"),
                   "the turbines would be a blot on the landscape and would ruin the views from their homes and dominate the skyline", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. The stored copy breaks off
# after "She said: ", so the text is cut before that paragraph. The page gives no date.
# "The accusation against Eluned Morgan was made" names neither claimant nor content (the
# gagging order is only referred back to), so it is not a claim. "she cautioned Senedd members to
# choose their words ..." keeps the addressee, as "called on X to Y" does; "accused Ms Morgan of
# trying to silence its critics" likewise keeps the accused. "responded by stating she was ...":
# one claim, cue "stating". "several politicians highlighting the extent of waiting times" is
# read like "highlighted a plan" (a noun-phrase content). "said he agreed that NHS workers
# deserved praise" is one claim (the speaker's own attitude is not split off).
# Both quotations run over several paragraphs (left open, reopened) and are one attribution each.
doc("leaderlive-eluned-morgan-denies-gagging-betsi-critics",
    url="https://leaderlive.co.uk/news/20137851.health-minister-denies-trying-gag-north-wales-health-board-critics",
    outlet="The Leader", country="UK", topic="politics", cut=True,
    text=(T := "Wales' health minister has denied trying to place a \"gagging order\" on critics of the health board for North Wales.\n"
          "The accusation against Eluned Morgan was made after she cautioned Senedd members to choose their words carefully when discussing the performance of Betsi Cadwaladr University Health Board.\n"
          "Speaking in the Welsh Parliament on Wednesday (May 11, 2022), she claimed negative comments were making it more difficult to recruit NHS staff in the region.\n"
          "It followed several politicians highlighting the extent of waiting times at the three main hospitals in the area.\n"
          "The health minister responded by stating she was giving \"lots of attention\" to healthcare in north Wales.\n"
          "However, Ms Morgan told members that constant negativity about the health board was adding to issues in the region.\n"
          "She said: \u201cI can assure you that I've been to the north Wales health board more than any other health board, but can we start to talk up what's good about north Wales as well?\n"
          "\u201cI think it's really important we're really careful about talking down Betsi all the time because, frankly, it's making it more difficult to attract and recruit people.\n"
          "\u201cCan we please be sensitive in the way we talk about it?\n"
          "\u201cOf course you can hold me to account, of course we need to hold the health board to account, but just understand that there is a consequence to this constant criticism.\u201d\n"
          "Conservative MS for Clwyd West Darren Millar said he agreed that NHS workers deserved praise.\n"
          "But he said it was also important to scrutinise the health board's performance and accused Ms Morgan of trying to silence its critics.\n"
          "He said: \u201cWe have to have honest discussions, and that means calling out when the health board is failing.\n"
          "\u201cWe adore the hard-working staff in our NHS in north Wales. We're constantly praising them.\n"
          "\u201cBut you can't expect us to have a gagging order from you about not calling out bad practice.\u201d\n"
          "Ms Morgan denied trying to stifle debate on the health board's performance."),
    entities=[("morgan", "Eluned Morgan", "PERSON",
               ["Ms Morgan", "Morgan", "Wales' health minister", "The health minister"], "Welsh health minister"),
              ("politicians", "several politicians", "GROUP", [], "Senedd members who raised waiting times"),
              ("millar", "Darren Millar", "PERSON", ["Millar", "Conservative MS for Clwyd West Darren Millar"],
               "Conservative MS for Clwyd West")],
    mentions=[("m1", "Wales' health minister", "morgan"),
              ("m2", "Eluned Morgan", "morgan"),
              ("m3", ("she", "she cautioned"), "morgan"),
              ("m4", ("she", "she claimed"), "morgan"),
              ("m5", "several politicians", "politicians"),
              ("m6", "The health minister", "morgan"),
              ("m7", ("Ms Morgan", "Ms Morgan told"), "morgan"),
              ("m8", ("She", "She said: \u201cI can"), "morgan"),
              ("m9", "Conservative MS for Clwyd West Darren Millar", "millar"),
              ("m10", ("he", "he said it was also"), "millar"),
              ("m11", ("Ms Morgan", "Ms Morgan of trying"), "morgan"),
              ("m12", ("He", "He said: \u201cWe"), "millar"),
              ("m13", ("Ms Morgan", "Ms Morgan denied"), "morgan")],
    attributions=[("a1", "MIXED", "m1", ("denied", "has denied"),
                   "trying to place a \"gagging order\" on critics of the health board for North Wales", None),
                  ("a2", "INDIRECT", "m3", "cautioned",
                   "Senedd members to choose their words carefully when discussing the performance of Betsi Cadwaladr University Health Board", None),
                  ("a3", "INDIRECT", "m4", "claimed",
                   "negative comments were making it more difficult to recruit NHS staff in the region", None),
                  ("a4", "INDIRECT", "m5", "highlighting",
                   "the extent of waiting times at the three main hospitals in the area", None),
                  ("a5", "MIXED", "m6", "stating", "she was giving \"lots of attention\" to healthcare in north Wales", None),
                  ("a6", "INDIRECT", "m7", ("told", "Morgan told members"),
                   "constant negativity about the health board was adding to issues in the region", None),
                  ("a7", "DIRECT", "m8", ("said", "She said: \u201cI can"),
                   seg(T, "I can assure you", "this constant criticism."), None),
                  ("a8", "INDIRECT", "m9", ("said", "Millar said"), "he agreed that NHS workers deserved praise", None),
                  ("a9", "INDIRECT", "m10", ("said", "he said it was also"),
                   "it was also important to scrutinise the health board's performance", None),
                  ("a10", "INDIRECT", "m10", "accused", "Ms Morgan of trying to silence its critics", None),
                  ("a11", "DIRECT", "m12", ("said", "He said: \u201cWe"),
                   seg(T, "We have to have honest discussions", "calling out bad practice."), None),
                  ("a12", "INDIRECT", "m13", ("denied", "Morgan denied trying to stifle"),
                   "trying to stifle debate on the health board's performance", None)])

# ---------------------------------------------------------------------------------------
# The stored copy breaks off in "\"I ca", so the text is cut before that paragraph. The date is
# the one in the page's address. The paragraph ending in "a continuous running clock," is kept as
# printed (it has no cue and is no claim).
# The headline's "Accuses X of Y" keeps the accused, as "called on X to Y" keeps the addressee.
# The lead is WFAA's report (trailing cue "reports"); "whom he claims is responsible for ..." is
# the father's claim nested in it, its content the clause after the cue (the relative pronoun is
# its subject). "has filed a formal complaint against a football coach" and "made the complaint
# public" are read as actions (filing, publishing) with no content of their own; "did not include
# his name" is an omission with no open question. "according to the dad, ..." is MIXED.
# "defended his decisions on the field to WFAA": WFAA is the medium here. The quoted "'Hey, you
# can't score ...'" is a hypothetical inside Buchanan's quote and is not annotated.
doc("hngn-texas-father-bullying-complaint-aledo-91-0",
    url="https://hngn.com/articles/15657/20131023/father-accuses-high-school-football-coach-of-bullying-team-that-lost-game-91-0.htm",
    outlet="Headlines & Global News", country="US", topic="sport", cut=True, published="2013-10-23",
    text=(T := "Father Accuses High School Football Coach of Bullying Team that Lost Game 91-0\n"
          "A Texas father has filed a formal complaint against a football coach, whom he claims is responsible for bullying his son's team after the coach led the opponents into victory with a score of 91-0, ABC affiliate WFAA reports.\n"
          "Aledo High School officials have made the complaint public, though the father did not include his name or contact information on the form. The concerned father's son plays on the Western Hills High School team, and according to the dad, the teens were bullied and \"everyone in the stadium\" was a witness during the \"unsportsmanlike conduct [that occurred] from 7:30 - 10:00.\"\n"
          "During the third quarter, a running clock was started that doesn't stop unless there's a timeout or a score made, and in the fourth quarter, they went on a continuous running clock,\n"
          "\"We all witnessed bullying first hand, it is not a pretty sight,\" the father wrote. \"I did not know what to say on the ride home to explain the behavior of the Aledo coaches for not easing up. I thought how tough it must have been for the parents of the Aledo football players to explain what happened.\"\n"
          "In response, Aledo football coach, Tim Buchanan, defended his decisions on the field to WFAA. \"You don't want to see their kids give up 91 points,\" he said. \"Our kids aren't very excited at the end of the game, either. I'm not going to ask a football player to go out on the field and not play hard.\" He insisted that his starter kids only played half the game that took place on Friday night, and \"did everything but take a knee Friday night to hold the score down against Western Hills.\"\n"
          "\"I'm not gonna tell a kid that comes out here and practices six to seven hours a week trying to get ready for football games 'Hey, you can't score a touchdown if you get in, you're gonna have to take a knee,' 'cause that may be the only touchdown that kid gets to score in his high school career,\" Buchanan told Fox affiliate KDFW."),
    entities=[("father", "A Texas father", "PERSON", ["Father", "the father", "the dad", "Texas father"],
               "father of a Western Hills High School player"),
              ("buchanan", "Tim Buchanan", "PERSON",
               ["Buchanan", "Aledo football coach, Tim Buchanan", "High School Football Coach", "a football coach", "the coach"],
               "Aledo High School football coach"),
              ("wfaa", "WFAA", "ORGANIZATION", ["ABC affiliate WFAA"], "ABC affiliate station in Dallas-Fort Worth")],
    mentions=[("m1", "Father", "father"),
              ("m2", "High School Football Coach", "buchanan"),
              ("m3", "A Texas father", "father"),
              ("m4", "a football coach", "buchanan"),
              ("m5", ("he", "whom he claims"), "father"),
              ("m6", ("the coach", "the coach led"), "buchanan"),
              ("m7", "ABC affiliate WFAA", "wfaa"),
              ("m8", ("the father", "the father did not"), "father"),
              ("m9", "the dad", "father"),
              ("m10", ("the father", "the father wrote"), "father"),
              ("m11", "Aledo football coach, Tim Buchanan", "buchanan"),
              ("m12", ("WFAA", "to WFAA"), "wfaa"),
              ("m13", ("he", "91 points,\" he said"), "buchanan"),
              ("m14", ("He", "He insisted"), "buchanan"),
              ("m15", ("Buchanan", "Buchanan told"), "buchanan")],
    attributions=[("a1", "INDIRECT", "m1", "Accuses", "High School Football Coach of Bullying Team that Lost Game 91-0", None),
                  ("a2", "INDIRECT", "m7", "reports", seg(T, "A Texas father has filed", "with a score of 91-0"), None),
                  ("a3", "INDIRECT", "m5", "claims",
                   "is responsible for bullying his son's team after the coach led the opponents into victory with a score of 91-0", "a2"),
                  ("a4", "MIXED", "m9", "according to", seg(T, "the teens were bullied", "7:30 - 10:00.\""), None),
                  ("a5", "DIRECT", "m10", "wrote", "We all witnessed bullying first hand, it is not a pretty sight,", None),
                  ("a6", "DIRECT", "m10", None, seg(T, "I did not know what to say", "explain what happened."), None),
                  ("a7", "INDIRECT", "m11", "defended", "his decisions on the field", None),
                  ("a8", "DIRECT", "m13", ("said", "91 points,\" he said"), "You don't want to see their kids give up 91 points,", None),
                  ("a9", "DIRECT", "m13", None, seg(T, "Our kids aren't very excited", "and not play hard."), None),
                  ("a10", "MIXED", "m14", "insisted", seg(T, "his starter kids only played", "against Western Hills.\""), None),
                  ("a11", "DIRECT", "m15", ("told", "Buchanan told"), seg(T, "I'm not gonna tell a kid", "his high school career,"), None)])

# ---------------------------------------------------------------------------------------
# The stored copy breaks off in "He said the came", so the text is cut before that paragraph. The
# page gives no date.
# The headline's "Panel Urges Council to Consider ..." keeps the addressee ("called on X to Y");
# so does "the City Council asked staff members to revisit ..." (a request, not a question).
# "are expected to get a look from ... Council" is an agentless forecast (null source, content
# from "to"). "voted 3-0 on Monday to recommend the devices, ...": the recommending is the
# commission's speech act (cue "recommend"), its content the noun phrase with its apposition and
# relative clause. "according to a commission staff report": a document whose author is not named
# in its NP (the modifier "commission staff" is no mention), so it is its own entity; the
# sentence-initial time adverb "Earlier," is left out of the content like a connective.
# Siegel-Sprowles's first quotation continues over a paragraph break (left open, reopened) after
# "said commission chair ...": one attribution with a null cue; her "So our recommendation is that
# ..." continues her second quotation. "One organization that does not agree with the use of ...
# cameras is the ACLU" states a stance with no propositional content and is not annotated.
doc("outlooknewspapers-la-canada-flintridge-license-plate-cameras",
    url="https://outlooknewspapers.com/panel-urges-council-to-consider-license-plate-reading-cameras/",
    outlet="Outlook Newspapers", country="US", topic="technology", cut=True,
    text=(T := "Panel Urges Council to Consider License Plate-Reading Cameras\n"
          "Public safety cameras that can capture traditional video as well as read license plates are expected to get a look from the La Ca\u00f1ada Flintridge City Council at a future meeting. The city Public Safety Commission voted 3-0 on Monday to recommend the devices, known as Flock Safety cameras, which are more cost effective compared with other types.\n"
          "The topic arose on Sept. 17 when the City Council asked staff members to revisit the issue of camera placement. Earlier, there had been consideration of placing cameras at the city\u2019s main points of entry to counter residential burglaries and other crimes, according to a commission staff report.\n"
          "\u201cWe obviously have looked at the issue of stationary cameras before,\u201d said commission chair Maureen Siegel-Sprowles after the meeting. \u201cBecause the cost was $15,000 per unit, and we needed it at every entrance and exit and every lane, it was cost prohibitive to the city.\n"
          "\u201cHowever, it looks as if the Flock camera, which is somewhere between one-third and one-fifth of the cost of the automatic license plate readers, there may be an opportunity for us to take advantage of that new technology.\u201d Flock Safety is a firm based in Atlanta.\n"
          "Siegel-Sprowles said the camera is solar powered, its data is held on a cloud-based server for 30 days and it reads paper license plates as well as regular plates.\n"
          "\u201cThere are technological advances at a lower cost,\u201d Siegel-Sprowles said. \u201cSo our recommendation is that the city just takes a look with the advice and counsel of the Sheriff\u2019s Department.\u201d\n"
          "One organization that does not agree with the use of license-plate reading cameras is the American Civil Liberties Union of Southern California.\n"
          "Mohammad Tajsar, an ACLU staff attorney, said on Wednesday the plate readers were \u201cincredibly invasive surveillance technology that don\u2019t justify the potential privacy and civil rights risks that come with them.\u201d"),
    entities=[("panel", "Public Safety Commission", "ORGANIZATION",
               ["Panel", "The city Public Safety Commission", "city Public Safety Commission"],
               "La Ca\u00f1ada Flintridge Public Safety Commission"),
              ("council", "La Ca\u00f1ada Flintridge City Council", "ORGANIZATION", ["the City Council", "City Council", "Council"],
               "city council of La Ca\u00f1ada Flintridge"),
              ("report", "a commission staff report", "ORGANIZATION", ["commission staff report"],
               "staff report to the Public Safety Commission"),
              ("siegelsprowles", "Maureen Siegel-Sprowles", "PERSON",
               ["Siegel-Sprowles", "commission chair Maureen Siegel-Sprowles"], "chair of the Public Safety Commission"),
              ("tajsar", "Mohammad Tajsar", "PERSON", ["Tajsar", "Mohammad Tajsar, an ACLU staff attorney"],
               "ACLU of Southern California staff attorney")],
    mentions=[("m1", "Panel", "panel"),
              ("m2", ("Council", "Urges Council"), "council"),
              ("m3", "the La Ca\u00f1ada Flintridge City Council", "council"),
              ("m4", "The city Public Safety Commission", "panel"),
              ("m5", "the City Council", "council"),
              ("m6", "a commission staff report", "report"),
              ("m7", "commission chair Maureen Siegel-Sprowles", "siegelsprowles"),
              ("m8", ("Siegel-Sprowles", "Siegel-Sprowles said the camera"), "siegelsprowles"),
              ("m9", ("Siegel-Sprowles", "Siegel-Sprowles said. "), "siegelsprowles"),
              ("m10", "Mohammad Tajsar, an ACLU staff attorney", "tajsar")],
    attributions=[("a1", "INDIRECT", "m1", "Urges", "Council to Consider License Plate-Reading Cameras", None),
                  ("a2", "INDIRECT", None, "expected",
                   "to get a look from the La Ca\u00f1ada Flintridge City Council at a future meeting", None),
                  ("a3", "INDIRECT", "m4", ("recommend", "to recommend the devices"),
                   "the devices, known as Flock Safety cameras, which are more cost effective compared with other types", None),
                  ("a4", "INDIRECT", "m5", "asked", "staff members to revisit the issue of camera placement", None),
                  ("a5", "INDIRECT", "m6", "according to",
                   "there had been consideration of placing cameras at the city\u2019s main points of entry to counter residential burglaries and other crimes", None),
                  ("a6", "DIRECT", "m7", ("said", "said commission chair"),
                   "We obviously have looked at the issue of stationary cameras before,", None),
                  ("a7", "DIRECT", "m7", None, seg(T, "Because the cost was", "that new technology."), None),
                  ("a8", "INDIRECT", "m8", ("said", "Siegel-Sprowles said the camera"),
                   seg(T, "the camera is solar powered", "as well as regular plates"), None),
                  ("a9", "DIRECT", "m9", ("said", "Siegel-Sprowles said. "), "There are technological advances at a lower cost,", None),
                  ("a10", "DIRECT", "m9", None, seg(T, "So our recommendation is", "the Sheriff\u2019s Department."), None),
                  ("a11", "MIXED", "m10", ("said", "staff attorney, said"),
                   seg(T, "the plate readers were", "come with them.\u201d"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead; its date is the page's. The
# closing call for reader stories ("We want to hear all success stories ... WhatsApp or call ...")
# is a promotion and is left out; the article itself is whole.
# "after receiving information that there were two vehicles ... that looked suspicious" is a noun
# cue with no claimant (like "reports of"), nested in the JCF's "stated" (null source). "The JCF
# further told The Beacon that ...": The Beacon is the addressee. Inside that claim, "was reported
# stolen" is read as the car's police status, not as a separate claim. "It is a Nissan AD Wagon."
# and "Three other men escaped." have no cue. "The police" who speak in the last claim are the
# force (JCF); the police officers in the narrated events are not marked as mentions.
doc("jamaicabeacon-linstead-police-seize-gun-charlemont",
    url="https://jamaicabeacon.com/linstead-news/linstead-police-seize-gun-two-cars-after-men-fire-shots-at-them-in-charlemont",
    outlet="The Jamaica Beacon", country="Jamaica", topic="courts-crime", cut=False, published="2020-11-01",
    text=(T := "The Jamaica Constabulary Force (JCF) said its members seized a gun and two cars, and arrested a man during a confrontation with gunmen about mid-day yesterday at Charlemont in Linstead, St. Catherine.\n"
          "It stated that police went to Charlemont after receiving information that there were two vehicles in the area that looked suspicious.\n"
          "When the law enforcers reached the location, they saw two vehicles \u2013 one of which was parked. The other was driven away speedily when the police approached.\n"
          "The law enforcers went in pursuit of it.\n"
          "The JCF said the speeding car crashed into a wall at Charlemont High School.\n"
          "It added: \u201cWhen the vehicle crashed into the wall, four men exited the vehicle, firing at the police. One of the men fell and a firearm fell from him. That man was accosted and the firearm \u2013 a Smith and Wesson \u2013 seized.\u201d\n"
          "Three other men escaped.\n"
          "The JCF further told The Beacon that the first vehicle, which was parked, was reported stolen in Kingston. It is a Nissan AD Wagon.\n"
          "The police said the other vehicle, which the gunmen were using to escape, is owned by the man who is now in custody.\n"
          "Investigations are ongoing."),
    entities=[("jcf", "Jamaica Constabulary Force", "ORGANIZATION",
               ["The Jamaica Constabulary Force (JCF)", "JCF", "The JCF", "The police"], "Jamaica's police force")],
    mentions=[("m1", "The Jamaica Constabulary Force (JCF)", "jcf"),
              ("m2", ("It", "It stated"), "jcf"),
              ("m3", ("The JCF", "The JCF said the speeding"), "jcf"),
              ("m4", ("It", "It added"), "jcf"),
              ("m5", ("The JCF", "The JCF further"), "jcf"),
              ("m6", ("The police", "The police said"), "jcf")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "(JCF) said"), seg(T, "its members seized", "Linstead, St. Catherine"), None),
                  ("a2", "INDIRECT", "m2", "stated", seg(T, "police went to Charlemont", "that looked suspicious"), None),
                  ("a3", "INDIRECT", None, "information", "there were two vehicles in the area that looked suspicious", "a2"),
                  ("a4", "INDIRECT", "m3", ("said", "JCF said the speeding"),
                   "the speeding car crashed into a wall at Charlemont High School", None),
                  ("a5", "DIRECT", "m4", "added", seg(T, "When the vehicle crashed", "Smith and Wesson \u2013 seized."), None),
                  ("a6", "INDIRECT", "m5", "told", "the first vehicle, which was parked, was reported stolen in Kingston", None),
                  ("a7", "INDIRECT", "m6", ("said", "police said the other"),
                   seg(T, "the other vehicle, which the gunmen", "now in custody"), None)])

# ---------------------------------------------------------------------------------------
# Canadian Press copy on a trade magazine's site. The byline and the line of topic tags are left
# out; the standfirst is kept. The stored copy breaks off in "\u201cCreating good-paying jobs for t",
# so the text is cut before that paragraph. The page gives no date.
# "since the company announced the Oshawa plant closure" is read like "announced the launch of X"
# (a noun-phrase content). "The head of the union representing workers ..." is Jerry Dias (the
# headline's "Union president"); its source span leaves out the reduced relative. Nested claims:
# Ford's "offered assurances ... that" in Dias's lead claim, the premier's "had vowed" in Dias's
# "said", Ford's "he said he would roll up his sleeves" and the premier's "has taken the position
# that" inside Dias's quotations, Dias's own "explain to Ford that" in his "said" (a speech act,
# nested as the O'Ryan "indicating" of test23-a), and "they had discussed how they could work
# together" in Ford's statement, "they" being Ford and Dias together (one GROUP). "in a
# statement" is a medium. Not claims: "Dias and Ford had initially clashed over the fate of the
# facility" (no content) and "has been pushing for a reversal" (an effort, as the "push for the
# death penalty" of test23-a).
doc("plant-dias-ford-gm-oshawa-closure",
    url="https://www.plant.ca/plant-industry/union-president-says-ford-to-fight-for-workers-at-gm-plant-slated-for-closure-180682/",
    outlet="PLANT", country="Canada", topic="business", cut=True,
    text=(T := "Union president says Ford to fight for workers at GM plant slated for closure\n"
          "Ontario's premier will sit down with GM executives Tuesday for his first face-to-face meeting since the company announced the Oshawa plant closure in November.\n"
          "The head of the union representing workers at a General Motors plant slated for closure said Premier Doug Ford offered assurances Monday that he would pressure the automaker to change its plans for the facility in Oshawa, Ont.\n"
          "Unifor President Jerry Dias and Ford had initially clashed over the fate of the facility east of Toronto, with the premier saying little could be done to alter the minds of GM executives. But after a meeting at the Detroit auto show, Dias said the premier had vowed to press the company this week to keep the plant open.\n"
          "\u201cI was quite pleased when he said he would roll up his sleeves in his meetings he was to have with General Motors and he would be very aggressive in having them change their position,\u201d Dias said. \u201cThis is a good step forward as we build allies with both levels of government.\u201d\n"
          "The planned closure of the plant at the end of this year would leave 2,600 workers without a job.\n"
          "Dias, who has been pushing for a reversal of the company\u2019s plans, said he was able to explain to Ford that the union\u2019s collective bargaining agreement had a clause prohibiting closures during the life of the deal.\n"
          "\u201cI\u2019m pleased the premier has taken the position that this is not a fait accompli because it\u2019s not,\u201d Dias said. \u201cPeople make bad decisions every day and then they change their mind.\u201d\n"
          "Ford said in a statement after the meeting that he had a \u201cconstructive dialogue\u201d with Dias in which they had discussed how they could work together."),
    entities=[("dias", "Jerry Dias", "PERSON",
               ["Dias", "Unifor President Jerry Dias", "Union president", "The head of the union"], "national president of Unifor"),
              ("ford", "Doug Ford", "PERSON", ["Ford", "Premier Doug Ford", "the premier", "Ontario's premier"], "Premier of Ontario"),
              ("gm", "General Motors", "ORGANIZATION", ["GM", "the company", "the automaker"], "automaker closing the Oshawa plant"),
              ("fordanddias", "Ford and Dias", "GROUP", [], "Doug Ford and Jerry Dias in their meeting")],
    mentions=[("m1", "Union president", "dias"),
              ("m2", ("Ford", "says Ford"), "ford"),
              ("m3", "Ontario's premier", "ford"),
              ("m4", ("the company", "since the company"), "gm"),
              ("m5", "The head of the union", "dias"),
              ("m6", "Premier Doug Ford", "ford"),
              ("m7", "the automaker", "gm"),
              ("m8", "Unifor President Jerry Dias", "dias"),
              ("m9", ("Ford", "Ford had initially"), "ford"),
              ("m10", ("the premier", "the premier saying"), "ford"),
              ("m11", ("Dias", "Dias said the premier"), "dias"),
              ("m12", ("the premier", "the premier had vowed"), "ford"),
              ("m13", ("the company", "press the company"), "gm"),
              ("m14", ("he", "when he said"), "ford"),
              ("m15", ("General Motors", "with General Motors"), "gm"),
              ("m16", ("Dias", "position,\u201d Dias said"), "dias"),
              ("m17", ("Dias", "Dias, who has been"), "dias"),
              ("m18", ("he", "said he was able"), "dias"),
              ("m19", ("Ford", "explain to Ford"), "ford"),
              ("m20", ("the premier", "the premier has taken"), "ford"),
              ("m21", ("Dias", "not,\u201d Dias said"), "dias"),
              ("m22", ("Ford", "Ford said in a statement"), "ford"),
              ("m23", ("Dias", "with Dias in which"), "dias"),
              ("m24", ("they", "which they had discussed"), "fordanddias")],
    attributions=[("a1", "INDIRECT", "m1", "says", "Ford to fight for workers at GM plant slated for closure", None),
                  ("a2", "INDIRECT", "m4", "announced", "the Oshawa plant closure", None),
                  ("a3", "INDIRECT", "m5", ("said", "closure said Premier"),
                   seg(T, "Premier Doug Ford offered", "in Oshawa, Ont."), None),
                  ("a4", "INDIRECT", "m6", "offered assurances",
                   seg(T, "he would pressure the automaker", "in Oshawa, Ont."), "a3"),
                  ("a5", "INDIRECT", "m10", "saying", "little could be done to alter the minds of GM executives", None),
                  ("a6", "INDIRECT", "m11", ("said", "Dias said the premier"),
                   "the premier had vowed to press the company this week to keep the plant open", None),
                  ("a7", "INDIRECT", "m12", "vowed", "to press the company this week to keep the plant open", "a6"),
                  ("a8", "DIRECT", "m16", ("said", "position,\u201d Dias said"),
                   seg(T, "I was quite pleased", "change their position,"), None),
                  ("a9", "INDIRECT", "m14", ("said", "when he said"),
                   seg(T, "he would roll up his sleeves", "change their position"), "a8"),
                  ("a10", "DIRECT", "m16", None, "This is a good step forward as we build allies with both levels of government.", None),
                  ("a11", "INDIRECT", "m17", ("said", "plans, said he"),
                   seg(T, "he was able to explain to Ford", "the life of the deal"), None),
                  ("a12", "INDIRECT", "m18", "explain",
                   seg(T, "the union\u2019s collective bargaining", "the life of the deal"), "a11"),
                  ("a13", "DIRECT", "m21", ("said", "not,\u201d Dias said"),
                   "I\u2019m pleased the premier has taken the position that this is not a fait accompli because it\u2019s not,", None),
                  ("a14", "INDIRECT", "m20", "taken the position", "this is not a fait accompli", "a13"),
                  ("a15", "DIRECT", "m21", None, "People make bad decisions every day and then they change their mind.", None),
                  ("a16", "MIXED", "m22", ("said", "Ford said in a statement"),
                   seg(T, "he had a \u201cconstructive dialogue\u201d", "could work together"), None),
                  ("a17", "INDIRECT", "m24", "discussed", "how they could work together", "a16")])

write("test25_a.jsonl")
