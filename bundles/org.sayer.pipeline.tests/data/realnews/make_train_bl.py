#!/usr/bin/env python3
"""Writes train_bl.jsonl: real-news gold, split train-bl (see gold.py). Run: python3 make_train_bl.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Financial Times (UK). The stored page has no headline (its address has no slug), so the text
# starts with its lead; the page gives no date. It breaks off inside the paragraph after the
# second-quarter results ("Revenues"); the text is cut before it. Notes:
# - "saying sluggish growth … was taking its toll": a participle with a clause content and the
#   lead's subject as source, as `X said A, warning that B` (FORMAT.md, Included).
# - "after the German carmaker lowered its profit forecast" is an action on a forecast (no
#   content clause), and "Analysts were surprised since …" a state; neither is annotated. "Daimler
#   had been seen as …" is an agentless belief, not a listed null-source case; left out.
# - "Daimler had reaffirmed its profit targets" inside Pieper's claim is nested (a speech act with a
#   noun-phrase content, as "stood by its position"); the adjunct "less than two months ago" is out.
# - "Daimler reported … results": reported results are a claim with a noun-phrase content, as the
#   corpus does for "reported a well-flagged 22 percent drop" (test13); "better than expected" is a
#   participle forecast with no finite verb (Excluded).
# - "Daimler said it expected to report …": the speaker's own expectation is not split off.
doc("ft-daimler-profit-warning-zetsche",
    url="https://www.ft.com/content/e30f41bc-5972-11dd-90f8-000077b07658",
    outlet="Financial Times", country="UK", topic="business", cut=True,
    text=(T := "Daimler shocked investors on Thursday by being the first big European carmaker to issue a sharp profit warning for the full year, saying sluggish growth in the car market was taking its toll on earnings.\n"
          "Shares in Daimler fell by almost 12 per cent after the German carmaker lowered its profit forecast by more than 10 per cent.\n"
          "Dieter Zetsche, Daimler’s chief executive, said rising prices for raw materials such as steel and the strong euro were partly to blame. But he said a bigger reason was the drastic slowdown in European and US markets in the past few months.\n"
          "He said after a sharp downturn in June, the situation had worsened in the past few weeks and in July even regions outside of its core markets had added to the slowdown.\n"
          "Daimler said it expected to report ebit (earnings before interest and tax) of more than €7bn ($10.9bn) for 2008, excluding effects of the US subsidiary Chrysler it sold to buy-out group Cerberus last year.\n"
          "Previously, the company had forecast profits would be significantly higher than last year’s €7.7bn.\n"
          "Analysts were surprised since Daimler had been seen as one of the least likely car companies to issue a profit warning.\n"
          "Jürgen Pieper, at Metzler, said he was disappointed, particularly after Daimler had reaffirmed its profit targets less than two months ago.\n"
          "“A company of that size should not be the first to fall when a storm comes. But this has happened with Daimler before,” Mr Pieper said.\n"
          "Other carmakers such as Volkswagen, Fiat and Peugeot had reaffirmed their full-year targets a day before, with VW being especially optimistic about weathering the storm.\n"
          "Mr Zetsche admitted Daimler might have been too optimistic two months ago. “And it might also be that today we are too pessimistic,” he said.\n"
          "His words came after Daimler reported slightly better than expected second- quarter results, with ebit falling by 4 per cent to €2.053bn, mainly triggered by lower earnings in the financial services division."),
    entities=[("daimler", "Daimler", "ORGANIZATION", ["the German carmaker", "the company"], "German carmaker"),
              ("zetsche", "Dieter Zetsche", "PERSON", ["Zetsche", "Mr Zetsche"], "Daimler's chief executive"),
              ("pieper", "Jürgen Pieper", "PERSON", ["Pieper", "Mr Pieper", "Jürgen Pieper, at Metzler"], "analyst at Metzler"),
              ("carmakers", "Other carmakers such as Volkswagen, Fiat and Peugeot", "GROUP",
               ["Volkswagen, Fiat and Peugeot"], "other European carmakers")],
    mentions=[("m1", ("Daimler", "Daimler shocked"), "daimler"),
              ("m2", ("Daimler", "Shares in Daimler"), "daimler"),
              ("m3", "the German carmaker", "daimler"),
              ("m4", "Dieter Zetsche, Daimler’s chief executive", "zetsche"),
              ("m5", ("he", "But he said"), "zetsche"),
              ("m6", ("He", "He said after"), "zetsche"),
              ("m7", ("Daimler", "Daimler said it expected"), "daimler"),
              ("m8", ("the company", "the company had forecast"), "daimler"),
              ("m9", ("Daimler", "since Daimler had been"), "daimler"),
              ("m10", "Jürgen Pieper, at Metzler", "pieper"),
              ("m11", ("Daimler", "after Daimler had reaffirmed"), "daimler"),
              ("m12", ("Daimler", "with Daimler before"), "daimler"),
              ("m13", "Mr Pieper", "pieper"),
              ("m14", "Other carmakers such as Volkswagen, Fiat and Peugeot", "carmakers"),
              ("m15", "Mr Zetsche", "zetsche"),
              ("m16", ("Daimler", "Daimler might have"), "daimler"),
              ("m17", ("he", "pessimistic,” he said"), "zetsche"),
              ("m18", ("Daimler", "Daimler reported"), "daimler")],
    attributions=[("a1", "INDIRECT", "m1", "saying", "sluggish growth in the car market was taking its toll on earnings", None),
                  ("a2", "INDIRECT", "m4", ("said", "executive, said"),
                   "rising prices for raw materials such as steel and the strong euro were partly to blame", None),
                  ("a3", "INDIRECT", "m5", ("said", "But he said"),
                   "a bigger reason was the drastic slowdown in European and US markets in the past few months", None),
                  ("a4", "INDIRECT", "m6", ("said", "He said after"),
                   seg(T, "after a sharp downturn in June", "added to the slowdown"), None),
                  ("a5", "INDIRECT", "m7", ("said", "Daimler said it"),
                   seg(T, "it expected to report ebit", "Cerberus last year"), None),
                  ("a6", "INDIRECT", "m8", ("forecast", "had forecast"), "profits would be significantly higher than last year’s €7.7bn", None),
                  ("a7", "INDIRECT", "m10", ("said", "Metzler, said"),
                   "he was disappointed, particularly after Daimler had reaffirmed its profit targets less than two months ago", None),
                  ("a8", "INDIRECT", "m11", ("reaffirmed", "Daimler had reaffirmed"), ("its profit targets", "Daimler had reaffirmed"), "a7"),
                  ("a9", "DIRECT", "m13", ("said", "Mr Pieper said"),
                   seg(T, "A company of that size", "with Daimler before,"), None),
                  ("a10", "INDIRECT", "m14", ("reaffirmed", "Peugeot had reaffirmed"), "their full-year targets", None),
                  ("a11", "INDIRECT", "m15", "admitted", "Daimler might have been too optimistic two months ago", None),
                  ("a12", "DIRECT", "m17", ("said", "pessimistic,” he said"), "And it might also be that today we are too pessimistic,", None),
                  ("a13", "INDIRECT", "m18", ("reported", "Daimler reported"),
                   seg(T, "slightly better than expected second- quarter", "financial services division"), None)])

# ---------------------------------------------------------------------------------------
# Agriland (Ireland). The stored page breaks off inside the paragraph about the friend's wind farm
# ("once it was built there were a"); the text is cut before it. It gives no date. Notes:
# - The headline's quoted part with no speaker and no cue is DIRECT with null source and cue, as
#   the corpus did for "'True local government needed' for Family Island's development" (test3);
#   the quoted cross-head ‘Professional objectors’ likewise (FORMAT.md, Text parts).
# - Two sentences ("There is a lot of respect …", "We have a group running around …") are printed
#   without quotation marks and without a cue (they were probably set off as quotes on the page).
#   Following the marks as printed, they are not claims (FORMAT.md, No cue, no claim).
# - "He also pointed to the fact that …": cue with its fixed object, content after "that", as
#   "declined to provide an update on whether".
# - "In some cases, he added, groups …": the parenthetical reporting clause stays in the content.
# - "He describes this as “professional objectors”": `described X as Y`, content "this as …", MIXED
#   by its quoted part (as "calls the decision \"a smokescreen\"" in test7).
# - "He went on to say that …": cue "went on to say", as a continuation verb with its particle.
doc("agriland-professional-objectors-wind-farms",
    url="http://www.agriland.ie/farming-news/professional-objectors-cashing-in-on-wind-farm-developments/",
    outlet="Agriland", country="Ireland", topic="environment", cut=True,
    text=(T := "‘Professional objectors cashing in’ on wind farm developments\n"
          "The Irish Wind Farmers’ Association (IWFA) said this week that “professional objectors” are destroying Ireland’s attempts to produce efficient wind energy and reduce its carbon footprint.\n"
          "Grattan Healy is the chairperson of IWFA which is Ireland’s representative body and lobby group for independent wind farmers.\n"
          "He says there are approximately 250 wind farmers in the country at the moment. He also pointed to the fact that “there would be more” were it not for the damage being done by “professional objectors”.\n"
          "Meanwhile, Healy says that many of IWFA’s members have developed private wind farms on their own land. In some cases, he added, groups of farmers have come together in their respective communities and established wind farms as part of a concerted effort.\n"
          "There is a lot of respect for these wind farmers because they are already well established in their communities.\n"
          "He continued: “They understand the environment and the various habitats in the area, and they show great care and consideration to everyone. Usually, these type of wind farms are developed properly. The guys do try, though, not to discombobulate their neighbours, damage the environment or harm habitats.”\n"
          "‘Professional objectors’\n"
          "Healy says that one of the biggest threats to communities at the moment is not the development of wind farms but the falsehoods about these developments that are being pushed upon them. He describes this as “professional objectors”.\n"
          "We have a group running around the country aggravating communities and encouraging them to complain about, and object to, wind farms; they are agitating people.\n"
          "He went on to say that a friend of his built a wind farm in the south of the country. Planning was refused initially but the project was appealed to An Bord Pleanala and planning was subsequently granted."),
    entities=[("iwfa", "The Irish Wind Farmers’ Association (IWFA)", "ORGANIZATION",
               ["Irish Wind Farmers’ Association", "IWFA"], "representative body of independent wind farmers in Ireland"),
              ("healy", "Grattan Healy", "PERSON", ["Healy"], "chairperson of the IWFA")],
    mentions=[("m1", "The Irish Wind Farmers’ Association (IWFA)", "iwfa"),
              ("m2", "Grattan Healy", "healy"),
              ("m3", ("IWFA", "IWFA which is"), "iwfa"),
              ("m4", ("He", "He says there"), "healy"),
              ("m5", ("He", "He also pointed"), "healy"),
              ("m6", ("Healy", "Healy says that many"), "healy"),
              ("m7", ("he", "he added"), "healy"),
              ("m8", ("He", "He continued"), "healy"),
              ("m9", ("Healy", "Healy says that one"), "healy"),
              ("m10", ("He", "He describes"), "healy"),
              ("m11", ("He", "He went on"), "healy")],
    attributions=[("a1", "DIRECT", None, None, "Professional objectors cashing in", None),
                  ("a2", "MIXED", "m1", ("said", "(IWFA) said"),
                   seg(T, "“professional objectors” are destroying", "reduce its carbon footprint"), None),
                  ("a3", "INDIRECT", "m4", ("says", "He says there"),
                   "there are approximately 250 wind farmers in the country at the moment", None),
                  ("a4", "MIXED", "m5", "pointed to the fact",
                   seg(T, "“there would be more”", "by “professional objectors”"), None),
                  ("a5", "INDIRECT", "m6", ("says", "Healy says that many"),
                   "many of IWFA’s members have developed private wind farms on their own land", None),
                  ("a6", "INDIRECT", "m7", ("added", "he added"),
                   seg(T, "In some cases, he added", "as part of a concerted effort"), None),
                  ("a7", "DIRECT", "m8", "continued",
                   seg(T, "They understand the environment", "or harm habitats."), None),
                  ("a8", "DIRECT", None, None, ("Professional objectors", "‘Professional objectors’"), None),
                  ("a9", "INDIRECT", "m9", ("says", "Healy says that one"),
                   seg(T, "one of the biggest threats", "being pushed upon them"), None),
                  ("a10", "MIXED", "m10", "describes", "this as “professional objectors”", None),
                  ("a11", "INDIRECT", "m11", "went on to say", "a friend of his built a wind farm in the south of the country", None)])

# ---------------------------------------------------------------------------------------
# Bulgarian National Radio (BNR, English service). The stored page has no headline (its address
# reads "kiril petkov about the meetings with itn party: slavi trifonov invited us"), so the text
# starts with its lead. The story is the page's first two paragraphs; what follows them on the page
# is a list of unrelated news teasers, left out (cut=False). No date is given. Notes:
# - The quotation opens with “ and holds a second quotation (the ITN member's words) that opens
#   with “ followed by a space; a single ” closes both. Petkov's quotation is one DIRECT claim from
#   after the first mark to that ”. The nested words are typed INDIRECT, because gold.py takes DIRECT
#   only when the content touches its opening mark (as train_bi and train_ae–ah did for marks with
#   a space).
# - ", reported bTV" repeats a reporting clause over a sentence that has its own ("said …
#   Petkov"): only one clause carries the attribution (FORMAT.md, Two clauses, one claim), as the
#   corpus did for "she said, reported The Associated Press" (train_d); bTV is a non-source mention.
# - "the statement of the leader of … Slavi Trifonov that …": a noun cue with its content.
# - "In Kiril Petkov’s words, …": an according-to frame; the noun "words" is the cue (as noun cues
#   such as "claims that"), Kiril Petkov the source. "thanked the leader of ITN" has no content.
doc("bnr-petkov-itn-meetings-trifonov",
    url="https://bnr.bg./en/post/101519142/kiril-petkov-about-the-meetings-with-itn-party-slavi-trifonov-invited-us",
    outlet="Bulgarian National Radio", country="Bulgaria", topic="politics", cut=False,
    text=(T := "“A member of “There is Such a People” (ITN) party came to my office and said: “ You and Minister Assen Vassilev are doing a good job. Can I arrange a meeting with Toshko Yordanov (Chairman of the Parliamentary group of ITN), because I would be very happy, if the two of you become members of our cabinet?”, said Bulgaria’s caretaker Minister of Economy Kiril Petkov on the occasion of the statement of the leader of “There is Such a People” Slavi Trifonov that he and this country’s caretaker Minister of Finance Assen Vassilev visited Trifonov for talks, reported bTV.\n"
          "In Kiril Petkov’s words, there were more meetings at the initiative of ITN, including a meeting with Slavi Trifonov. However, Kiril Petkov thanked the leader of ITN and said that the only thing that was important to him was to do his job and that he was not aiming at ministerial positions."),
    entities=[("petkov", "Kiril Petkov", "PERSON",
               ["Petkov", "Bulgaria’s caretaker Minister of Economy Kiril Petkov"], "Bulgaria's caretaker Minister of Economy"),
              ("member", "A member of “There is Such a People” (ITN) party", "PERSON", [],
               "an unnamed member of the There is Such a People party"),
              ("trifonov", "Slavi Trifonov", "PERSON",
               ["Trifonov", "the leader of “There is Such a People” Slavi Trifonov"], "leader of There is Such a People (ITN)"),
              ("btv", "bTV", "ORGANIZATION", [], "Bulgarian television channel")],
    mentions=[("m1", "A member of “There is Such a People” (ITN) party", "member"),
              ("m2", "Bulgaria’s caretaker Minister of Economy Kiril Petkov", "petkov"),
              ("m3", "the leader of “There is Such a People” Slavi Trifonov", "trifonov"),
              ("m4", ("Trifonov", "visited Trifonov"), "trifonov"),
              ("m5", "bTV", "btv"),
              ("m6", ("Kiril Petkov", "In Kiril Petkov"), "petkov"),
              ("m7", ("Slavi Trifonov", "meeting with Slavi Trifonov"), "trifonov"),
              ("m8", ("Kiril Petkov", "Kiril Petkov thanked"), "petkov"),
              ("m9", "the leader of ITN", "trifonov")],
    attributions=[("a1", "DIRECT", "m2", ("said", "?”, said"), seg(T, "A member of", "members of our cabinet?"), None),
                  ("a2", "INDIRECT", "m1", ("said", "office and said"),
                   seg(T, "You and Minister Assen Vassilev", "members of our cabinet?"), "a1"),
                  ("a3", "INDIRECT", "m3", ("statement", "the statement of"),
                   "he and this country’s caretaker Minister of Finance Assen Vassilev visited Trifonov for talks", None),
                  ("a4", "INDIRECT", "m6", ("words", "Petkov’s words"),
                   "there were more meetings at the initiative of ITN, including a meeting with Slavi Trifonov", None),
                  ("a5", "INDIRECT", "m8", ("said", "and said that the only"),
                   seg(T, "the only thing that was important", "aiming at ministerial positions"), None)])

# ---------------------------------------------------------------------------------------
# The Chronicle Herald (Halifax, Canada). The stored page has no headline (its address reads
# "patient care on line as nurses strike, Capital Health says"), so the text starts with its lead;
# no date is given. Two link lines ("SEE ALSO: Patients sad, upset as surgeries cancelled due to
# strike", "Medical services in Capital District Health Authority during strike") are removed as
# "Read more" lines. The page breaks off inside the next quotation; the text is cut before it. Notes:
# - "fully expecting they will be ordered back to work": a belief with a named subject, in a
#   participle clause with a content (FORMAT.md, Included; as "saying", "warning that").
# - "the registered nurses and union supporters across the province vowed …": a coordinated
#   subject, one GROUP, separate from the striking nurses at the legislature (a wider group).
# - "Her words were echoed by Rick Clarke": evaluative reporting with a noun-phrase content ("Her
#   words"), as "contradicted his words" (train_ar); Clarke's own claim follows in the relative
#   clause ("who said"), whose source is the antecedent.
# - The quotation "These nurses have long memories …" has no reporting clause and continues Jessome
#   (null cue).
doc("chronicleherald-nurses-strike-patient-care",
    url="http://thechronicleherald.ca/novascotia/1197728-patient-care-on-line-as-nurses-strike-capital-health-says",
    outlet="The Chronicle Herald", country="Canada", topic="health-science", cut=True,
    text=(T := "Several hundred striking nurses circled the Nova Scotia legislature Thursday, fully expecting they will be ordered back to work sometime Friday.\n"
          "But their one-day strike has had an effect on patient care.\n"
          "Chris Power, CEO of the Capital district health authority, said 91 surgeries scheduled for Thursday were cancelled and others scheduled Friday are also cancelled.\n"
          "In all, 234 surgeries have been postponed since Monday.\n"
          "Power said the strike “is still having a serious impact on care for patients who can’t access care or whose care has been postponed.”\n"
          "About 300 outpatient clinic appointments on Thursday were cancelled, but emergency and essential surgeries have not been affected.\n"
          "While their time on the picket line will be short, the registered nurses and union supporters across the province vowed the war against Premier Stephen McNeil and his Liberal government is far from over.\n"
          "“You’ve got a premier six months in office and he’s picked a fight with the nurses and he’s done nothing to create a better health-care system,” said Joan Jessome, president of the Nova Scotia Government & General Employees Union, which represents 2,300 registered nurses at the Queen Elizabeth II Health Sciences Centre and the Nova Scotia Hospital.\n"
          "“These nurses have long memories. It’s going to last ... into the next election.”\n"
          "Her words were echoed by Rick Clarke of the Nova Scotia Federation of Labour, who said Bill 37, which will make the striking nurses and thousands more health-care workers essential, is “a frontal assault” on labour in the province.\n"
          "“It’s uncalled for and the trouble is it’s having a breakdown on the relationship with workers across this province,” he said.\n"
          "Clarke said he is skeptical about the Liberal government’s agenda."),
    entities=[("nurses", "Several hundred striking nurses", "GROUP", ["the striking nurses"],
               "striking Capital Health nurses at the legislature"),
              ("power", "Chris Power", "PERSON", ["Power", "Chris Power, CEO of the Capital district health authority"],
               "CEO of the Capital District Health Authority"),
              ("supporters", "the registered nurses and union supporters across the province", "GROUP", [],
               "registered nurses and union supporters across Nova Scotia"),
              ("jessome", "Joan Jessome", "PERSON",
               ["Jessome", "Joan Jessome, president of the Nova Scotia Government & General Employees Union"],
               "president of the Nova Scotia Government & General Employees Union"),
              ("clarke", "Rick Clarke", "PERSON", ["Clarke", "Rick Clarke of the Nova Scotia Federation of Labour"],
               "Nova Scotia Federation of Labour")],
    mentions=[("m1", "Several hundred striking nurses", "nurses"),
              ("m2", "Chris Power, CEO of the Capital district health authority", "power"),
              ("m3", ("Power", "Power said the strike"), "power"),
              ("m4", "the registered nurses and union supporters across the province", "supporters"),
              ("m5", ("the nurses", "fight with the nurses"), "nurses"),
              ("m6", "Joan Jessome, president of the Nova Scotia Government & General Employees Union", "jessome"),
              ("m7", "These nurses", "nurses"),
              ("m8", "Rick Clarke of the Nova Scotia Federation of Labour", "clarke"),
              ("m9", "the striking nurses", "nurses"),
              ("m10", ("he", "province,” he said"), "clarke"),
              ("m11", ("Clarke", "Clarke said he"), "clarke")],
    attributions=[("a1", "INDIRECT", "m1", "expecting", "they will be ordered back to work sometime Friday", None),
                  ("a2", "INDIRECT", "m2", ("said", "authority, said"),
                   "91 surgeries scheduled for Thursday were cancelled and others scheduled Friday are also cancelled", None),
                  ("a3", "MIXED", "m3", ("said", "Power said the strike"),
                   seg(T, "the strike “is still having", "has been postponed.”"), None),
                  ("a4", "INDIRECT", "m4", "vowed",
                   "the war against Premier Stephen McNeil and his Liberal government is far from over", None),
                  ("a5", "DIRECT", "m6", ("said", "system,” said"),
                   seg(T, "You’ve got a premier", "better health-care system,"), None),
                  ("a6", "DIRECT", "m6", None, "These nurses have long memories. It’s going to last ... into the next election.", None),
                  ("a7", "INDIRECT", "m8", "echoed", "Her words", None),
                  ("a8", "MIXED", "m8", ("said", "who said"),
                   seg(T, "Bill 37, which will make", "on labour in the province"), None),
                  ("a9", "DIRECT", "m10", ("said", "province,” he said"),
                   seg(T, "It’s uncalled for", "across this province,"), None),
                  ("a10", "INDIRECT", "m11", ("said", "Clarke said he"),
                   "he is skeptical about the Liberal government’s agenda", None)])

# ---------------------------------------------------------------------------------------
# CentralMaine.com (Kennebec Journal and Morning Sentinel, US). The stored page has no headline (its
# address reads "one dead, two injured in Rangeley encounter"), so the text starts with its lead;
# the date is the one in the address. An "Advertisement" line is removed. The page breaks off inside
# the paragraph after "who made the report"; the text is cut before it. Notes:
# - The dateline "RANGELEY —" is not part of the first claim.
# - "In a statement later Thursday afternoon, … McCausland said": the statement is a medium.
#   "no further updates were expected until Friday morning" inside his claim has no propositional
#   content (the updates are what is expected), so it is not a nested forecast.
# - "police at the scene would not say who made the report": a refusal with an open question, as
#   seed a9/a10 (cue "say"). The officers at the scene are a subset of the police, a separate GROUP
#   (FORMAT.md, Coreference). "The incident was reported to the … Sheriff's Office" is an action
#   (a call to the police), not a claim.
doc("centralmaine-rangeley-home-invasion",
    url="http://www.centralmaine.com/2016/07/28/one-dead-two-injured-in-rangeley-encounter/",
    outlet="CentralMaine.com", country="US", topic="courts-crime", cut=True, published="2016-07-28",
    text=(T := "RANGELEY — One man died and two others were injured seriously Thursday in an apparent early morning home invasion on Main Street that might have been drug-related, police said.\n"
          "“These investigations do tend to have elements of drug involvement in them,” said Lt. Brian McDonough, of the Maine State Police, at a news conference around noon at 2564 Main St., where the incident occurred. “We can’t confirm that in this case yet, but that’s obviously one of the things we’re going to be looking into.”\n"
          "Police said Thursday that they had not yet identified the man who died or where he was from. They said only that he did not live at the residence. In a statement later Thursday afternoon, Maine Department of Public Safety spokesman Steve McCausland said detectives were working on processing evidence at the house and no further updates were expected until Friday morning.\n"
          "“It’s still early and there’s not a whole lot we can get into at this point,” McDonough said at the noon news conference Thursday.\n"
          "Sue Lind, who operates a bed-and-breakfast across the street, said that in the 12 years she has lived in Rangeley she can’t recall anyone ever having been killed.\n"
          "“It’s awfully sad,” she said. “It’s a very safe town. Kids are always running around, but of course in the summer there’s always an influx of people.”\n"
          "McDonough said that one of the injured men lived at the residence while the other did not. The incident was reported to the Franklin County Sheriff’s Office around 1:30 a.m. Thursday and police at the scene would not say who made the report."),
    entities=[("police", "police", "GROUP", ["Police"], "Maine police investigating the incident"),
              ("mcdonough", "Brian McDonough", "PERSON",
               ["McDonough", "Lt. Brian McDonough", "Lt. Brian McDonough, of the Maine State Police"], "lieutenant, Maine State Police"),
              ("mccausland", "Steve McCausland", "PERSON",
               ["McCausland", "Maine Department of Public Safety spokesman Steve McCausland"],
               "spokesman, Maine Department of Public Safety"),
              ("lind", "Sue Lind", "PERSON", ["Lind"], "operator of a bed-and-breakfast across the street"),
              ("scenepolice", "police at the scene", "GROUP", [], "officers at the scene")],
    mentions=[("m1", ("police", "drug-related, police said"), "police"),
              ("m2", "Lt. Brian McDonough, of the Maine State Police", "mcdonough"),
              ("m3", ("Police", "Police said Thursday"), "police"),
              ("m4", ("They", "They said only"), "police"),
              ("m5", "Maine Department of Public Safety spokesman Steve McCausland", "mccausland"),
              ("m6", ("McDonough", "McDonough said at the noon"), "mcdonough"),
              ("m7", "Sue Lind", "lind"),
              ("m8", ("she", "she said. “It"), "lind"),
              ("m9", ("McDonough", "McDonough said that one"), "mcdonough"),
              ("m10", "police at the scene", "scenepolice")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "police said."),
                   seg(T, "One man died and two others", "might have been drug-related"), None),
                  ("a2", "DIRECT", "m2", ("said", "them,” said"),
                   "These investigations do tend to have elements of drug involvement in them,", None),
                  ("a3", "DIRECT", "m2", None, seg(T, "We can’t confirm that", "going to be looking into."), None),
                  ("a4", "INDIRECT", "m3", ("said", "Police said Thursday"),
                   "they had not yet identified the man who died or where he was from", None),
                  ("a5", "INDIRECT", "m4", ("said", "They said only"), "he did not live at the residence", None),
                  ("a6", "INDIRECT", "m5", ("said", "McCausland said"),
                   seg(T, "detectives were working on processing", "until Friday morning"), None),
                  ("a7", "DIRECT", "m6", ("said", "McDonough said at the noon"),
                   "It’s still early and there’s not a whole lot we can get into at this point,", None),
                  ("a8", "INDIRECT", "m7", ("said", "street, said"),
                   "in the 12 years she has lived in Rangeley she can’t recall anyone ever having been killed", None),
                  ("a9", "DIRECT", "m8", ("said", "she said. “It"), "It’s awfully sad,", None),
                  ("a10", "DIRECT", "m8", None, seg(T, "It’s a very safe town.", "an influx of people."), None),
                  ("a11", "INDIRECT", "m9", ("said", "McDonough said that one"),
                   "one of the injured men lived at the residence while the other did not", None),
                  ("a12", "INDIRECT", "m10", ("say", "would not say"), "who made the report", None)])

# ---------------------------------------------------------------------------------------
# Bloomberg BNA (Bloomberg Law, US). The headline is the page's; a promotional line for the
# newsletter and the byline are removed. The page gives no date. The text is cut before the
# cross-head "Collective Redress", as the stored copy breaks off inside the paragraph under it.
# Notes:
# - The colon headline ("…: EU Privacy Chief") has a null cue and the nominal as source; its
#   content holds ‘ and a straight closing ' and is typed MIXED.
# - "the bloc’s top privacy official said": a role description resolving to Jourova, named in the
#   next sentence (FORMAT.md, Coreference).
# - "by waiting more than a year to reveal Nov. 21 the data breach": Uber's disclosure, a speech act
#   with a noun-phrase content nested in Jourova's claim; the date adjunct is left out.
# - "illustrates why …" is an evidential; "companies will be required to tell data protection
#   authorities …" is an obligation on future acts, not a report: neither is annotated.
# - "according to a Nov. 29 statement from the Article 29 Working Party" covers its own sentence
#   only; the statement NP names its author, so it is a mention of the Working Party.
doc("bna-uber-data-breach-jourova",
    url="https://www.bna.com/ubers-handling-data-n73014472642/",
    outlet="Bloomberg BNA", country="US", topic="technology", cut=True,
    text=(T := "Uber’s Handling of Data Breach ‘Irresponsible': EU Privacy Chief\n"
          "Uber Technologies Inc.'s handling of a massive 2016 data breach illustrates why the European Union adopted a new privacy regime with a mandatory data breach notification requirement, the bloc’s top privacy official said Nov. 30.\n"
          "Uber engaged in “irresponsible behavior” by waiting more than a year to reveal Nov. 21 the data breach, which affected 57 million of its customers and drivers around the world, EU Justice Commissioner Vera Jourova said.\n"
          "The Uber breach is “a very telling example of the challenges we face” in terms of protecting private data, Jourova said at the European Data Protection & Privacy Conference, in Brussels. When the EU General Data Protection Regulation takes effect May 25, 2018, companies will be required to tell data protection authorities about serious data breaches within 72 hours of discovering an incident.\n"
          "Under the GDPR, failure to notify regulators of a data breach could result in a fine of up to ten million euros ($11.85 million), or 2 percent of the global annual revenues of a company in question.\n"
          "EU privacy regulators have opened a joint investigation into the Uber breach, which will be headed by the Dutch privacy office. Representatives from the Belgian, French, German, Italian, Spanish, and U.K. privacy offices will also be members of the Uber breach task force, according to a Nov. 29 statement from the Article 29 Working Party, which is made up of privacy officials from the 28 EU countries."),
    entities=[("jourova", "Vera Jourova", "PERSON",
               ["Jourova", "EU Justice Commissioner Vera Jourova", "EU Privacy Chief", "the bloc’s top privacy official"],
               "EU Justice Commissioner"),
              ("uber", "Uber", "ORGANIZATION", ["Uber Technologies Inc."], "ride-hailing company"),
              ("wp29", "the Article 29 Working Party", "ORGANIZATION", ["Article 29 Working Party"],
               "group of EU national privacy officials")],
    mentions=[("m1", "EU Privacy Chief", "jourova"),
              ("m2", "the bloc’s top privacy official", "jourova"),
              ("m3", ("Uber", "Uber engaged"), "uber"),
              ("m4", "EU Justice Commissioner Vera Jourova", "jourova"),
              ("m5", ("Jourova", "Jourova said at"), "jourova"),
              ("m6", "a Nov. 29 statement from the Article 29 Working Party", "wp29")],
    attributions=[("a1", "MIXED", "m1", None, "Uber’s Handling of Data Breach ‘Irresponsible'", None),
                  ("a2", "INDIRECT", "m2", ("said", "official said"),
                   seg(T, "Uber Technologies Inc.'s handling", "notification requirement"), None),
                  ("a3", "MIXED", "m4", ("said", "Jourova said."),
                   seg(T, "Uber engaged in", "drivers around the world"), None),
                  ("a4", "INDIRECT", "m3", "reveal",
                   "the data breach, which affected 57 million of its customers and drivers around the world", "a3"),
                  ("a5", "MIXED", "m5", ("said", "Jourova said at"),
                   seg(T, "The Uber breach is", "protecting private data"), None),
                  ("a6", "INDIRECT", "m6", "according to",
                   seg(T, "Representatives from the Belgian", "Uber breach task force"), None)])

# ---------------------------------------------------------------------------------------
# Roscommon People (Ireland). The stored page has no headline (its address reads "david delighted
# with two-in-a-row heroes") and prints the report as one paragraph, kept as one line; no date is
# given. The text is the whole stored report (cut=False). Its quotations use single curly marks.
# Notes:
# - "For Athleague manager David Kelly, this county final victory had him ‘elated …’" reports a
#   state with his words in quotes and no reporting verb: not annotated (FORMAT.md, No cue, no
#   claim; states such as "felt let down" are Excluded).
# - "‘It all came together …,’ said the man who led them to success": the source is the head "the
#   man", without the relative clause (FORMAT.md, Source).
# - "declared that ‘countless people …’": the whole content is one quotation, DIRECT (FORMAT.md,
#   Type); "in paying tribute to his backroom team …" is the manner of that declaration, an adjunct
#   left out. The next quotation has no reporting clause and continues Kelly (null cue).
# - "Kelly was deeply aggrieved at …" is a state; "the Connacht Council dictating that …" inside it
#   is the Council's directive, annotated with the Council as source; "saying that it was …" is
#   Kelly's (participle, as "warning that").
# - "told the People that ‘…’": DIRECT (the content is one quotation); the People is a medium.
# - "For defender David Delaney the victory ‘sets up …’": an according-to frame naming the speaker;
#   "For" is taken as the cue (as "according to"), MIXED. Judgment call: FORMAT.md has no example of
#   this frame.
# - "The inter-county player had kind words for the defeated Pearses team however. ‘It’s a
#   sickener …’": a separate sentence frames the quotation with a speech act (FORMAT.md,
#   Interruption and continuation: "summed up"), so it carries cue "had kind words" and that
#   source; the framing sentence is not a second claim.
doc("roscommonpeople-athleague-county-final-kelly",
    url="https://roscommonpeople.ie/david-delighted-with-two-in-a-row-heroes/",
    outlet="Roscommon People", country="Ireland", topic="sport", cut=False,
    text=(T := "For Athleague manager David Kelly, this county final victory had him ‘elated for the lads, for my family and for this club’. ‘It all came together for us on the day. We hurled with style and could have won by more,’ said the man who led them to success. Kelly, in paying tribute to his backroom team Kevin McGeeney and Sean O’Brien, declared that ‘countless people have put in countless hours – too many to name – but we’re all very thankful’. ‘More than anyone, I want to acknowledge the huge role of all the panel and particularly our captain John Connolly who was immense for us all year.’ Kelly was deeply aggrieved at the Connacht Council dictating that his team had to play a Connacht Championship match the following day, saying that it was ‘not fair and lacked any commonsense.’ Captain John Connolly – after a very short and very sweet speech – told the People that ‘this bunch of lads don’t need leading; they have an insatiable hunger for winning and that came through on the day. It’s just a major honour for me to be their captain. We know we won’t be hurling forever, and we let one or two slip through our fingers, so we want to win every match we can.’ Goal-scoring hero Shane McGeeney was typically modest about his own contribution, revealing that he just ‘happened to be in the right place both times… the ball just got caught in the sun’. He acknowledged that he had something of a reputation for ‘being a poacher… and it’s not a tag I want to lose too soon’. For defender David Delaney the victory ‘sets up the chance for a three-in-a-row, which is what we’ll be targeting now’. The inter-county player had kind words for the defeated Pearses team however. ‘It’s a sickener to lose two-in-a-row and nobody would begrudge them when it (winning a final) does happen; they play lovely hurling but we have a serious hunger and got that bit of luck too.’"),
    entities=[("kelly", "David Kelly", "PERSON", ["Kelly", "Athleague manager David Kelly"], "Athleague manager"),
              ("council", "the Connacht Council", "ORGANIZATION", ["Connacht Council"], "provincial GAA council"),
              ("connolly", "John Connolly", "PERSON", ["Connolly", "Captain John Connolly"], "Athleague captain"),
              ("mcgeeney", "Shane McGeeney", "PERSON", ["Goal-scoring hero Shane McGeeney"], "Athleague goalscorer"),
              ("delaney", "David Delaney", "PERSON", ["Delaney", "defender David Delaney", "The inter-county player"],
               "Athleague defender and inter-county player")],
    mentions=[("m1", "Athleague manager David Kelly", "kelly"),
              ("m2", ("the man", "said the man"), "kelly"),
              ("m3", ("Kelly", "Kelly, in paying"), "kelly"),
              ("m4", "our captain John Connolly", "connolly"),
              ("m5", ("Kelly", "Kelly was deeply"), "kelly"),
              ("m6", "the Connacht Council", "council"),
              ("m7", "Captain John Connolly", "connolly"),
              ("m8", "Goal-scoring hero Shane McGeeney", "mcgeeney"),
              ("m9", ("He", "He acknowledged"), "mcgeeney"),
              ("m10", "defender David Delaney", "delaney"),
              ("m11", "The inter-county player", "delaney")],
    attributions=[("a1", "DIRECT", "m2", ("said", "said the man"),
                   seg(T, "It all came together", "could have won by more,"), None),
                  ("a2", "DIRECT", "m3", "declared",
                   seg(T, "countless people have put in", "we’re all very thankful"), None),
                  ("a3", "DIRECT", "m3", None, seg(T, "More than anyone, I want", "for us all year."), None),
                  ("a4", "INDIRECT", "m6", "dictating",
                   "his team had to play a Connacht Championship match the following day", None),
                  ("a5", "MIXED", "m5", "saying", "it was ‘not fair and lacked any commonsense.’", None),
                  ("a6", "DIRECT", "m7", ("told", "told the People"),
                   seg(T, "this bunch of lads", "win every match we can."), None),
                  ("a7", "MIXED", "m8", "revealing", seg(T, "he just ‘happened", "caught in the sun’"), None),
                  ("a8", "MIXED", "m9", "acknowledged", seg(T, "he had something of a reputation", "lose too soon’"), None),
                  ("a9", "MIXED", "m10", ("For", "For defender"),
                   seg(T, "the victory ‘sets up", "targeting now’"), None),
                  ("a10", "DIRECT", "m11", "had kind words",
                   seg(T, "It’s a sickener", "bit of luck too."), None)])

write("train_bl.jsonl")
