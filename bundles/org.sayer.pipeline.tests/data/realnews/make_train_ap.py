#!/usr/bin/env python3
"""Writes train_ap.jsonl: real-news gold, split train-ap (see gold.py). Run: python3 make_train_ap.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page holds the article's start only; the text stops before the paragraph that the
# stored copy cuts off ("It is clear that Zwane has been captured ..."). The section label
# ("National"), the date and byline line and the photo caption (printed twice) are removed.
# "laid formal complaints ... against X, for having deliberately misled Parliament" is an
# accusation, annotated like "accused X of Y" (train_a, train_al: the accused and the charge are
# the content, "against" only links the cue). The headline has no content beyond the accused
# ("complaints against Mosebenzi Zwane in Parliament"), so it is not annotated.
# "the leaked Gupta e-mails list Zwane ... as a passenger" and "the leaked Gupta e-mails show
# that ..." are evidentials (FORMAT.md, Excluded: "the footage showed").
doc("businesslive-da-complaints-zwane-misled-parliament",
    url="https://www.businesslive.co.za/bd/national/2017-06-28-da-lays-formal-complaints-against-mosebenzi-zwane-in-parliament/",
    outlet="Business Day (BusinessLIVE)", country="South Africa", topic="politics", cut=True, published="2017-06-28",
    text=(T := "DA lays formal complaints against Mosebenzi Zwane in Parliament\n"
          "The DA has laid formal complaints with Parliament’s ethics committee and to Public Protector Busisiwe Mkhwebane against Mineral Resources Minister Mosebenzi Zwane, for having deliberately misled Parliament.\n"
          "DA spokesperson on mineral resources James Lorimer said on Tuesday that it appeared that Zwane had deliberately misrepresented information when he stated, in a written reply to a parliamentary question, that his December 2015 trip to Dubai was organised and paid for by the Department of Mineral Resources. This contradicted the finding of former public protector Thuli Madonsela, in her State of Capture report, that Zwane had not used the ticket the department purchased for him to travel from Zurich to Dubai.\n"
          "Also, the leaked Gupta e-mails list Zwane, along with Tony Gupta, as a passenger on a Gupta-sponsored flight that was cleared to fly to Dubai on December 2 2015.\n"
          "\"In addition to these allegations, Zwane has also seemingly mislead Parliament when he failed to satisfactorily answer a parliamentary question by the DA regarding his interaction with the Gupta family. In his reply Zwane stated that he ‘has not met with any member, nor close associate of the Guptas’,\" Lorimer said.\n"
          "\"Yet, in the media, the minister has been quoted as saying, ‘Let me put the record straight: I met with them, I’ve engaged them’. Furthermore, the leaked Gupta e-mails show that the minister was due to meet with Tony Gupta at the Guptas’ Saxonwold compound,\" Lorimer said.\n"
          "He noted that misrepresenting information and deliberately misleading Parliament were serious offences and the minister had to be held to account."),
    entities=[("da", "The DA", "ORGANIZATION", ["DA", "Democratic Alliance"], "South African opposition party"),
              ("zwane", "Mosebenzi Zwane", "PERSON",
               ["Zwane", "Mineral Resources Minister Mosebenzi Zwane", "the minister"],
               "South Africa's Minister of Mineral Resources"),
              ("lorimer", "James Lorimer", "PERSON",
               ["Lorimer", "DA spokesperson on mineral resources James Lorimer"], "DA spokesperson on mineral resources"),
              ("madonsela", "Thuli Madonsela", "PERSON",
               ["Madonsela", "former public protector Thuli Madonsela"], "former Public Protector")],
    mentions=[("m1", ("DA", "DA lays"), "da"),
              ("m2", ("Mosebenzi Zwane", "against Mosebenzi Zwane in"), "zwane"),
              ("m3", "The DA", "da"),
              ("m4", "Mineral Resources Minister Mosebenzi Zwane", "zwane"),
              ("m5", "DA spokesperson on mineral resources James Lorimer", "lorimer"),
              ("m6", ("Zwane", "that Zwane had deliberately"), "zwane"),
              ("m7", ("he", "he stated"), "zwane"),
              ("m8", "former public protector Thuli Madonsela", "madonsela"),
              ("m9", ("Zwane", "that Zwane had not used"), "zwane"),
              ("m10", ("Zwane", "list Zwane"), "zwane"),
              ("m11", ("Zwane", "Zwane has also"), "zwane"),
              ("m12", ("the DA", "question by the DA"), "da"),
              ("m13", ("Zwane", "Zwane stated"), "zwane"),
              ("m14", ("Lorimer", "Guptas’,\" Lorimer said"), "lorimer"),
              ("m15", ("the minister", "the minister has been quoted"), "zwane"),
              ("m16", ("the minister", "the minister was due"), "zwane"),
              ("m17", ("Lorimer", "compound,\" Lorimer said"), "lorimer"),
              ("m18", ("He", "He noted"), "lorimer"),
              ("m19", ("the minister", "the minister had to be"), "zwane")],
    attributions=[("a1", "INDIRECT", "m3", ("complaints", "laid formal complaints"),
                   "Mineral Resources Minister Mosebenzi Zwane, for having deliberately misled Parliament", None),
                  # "on Tuesday" is an adjunct of the reporting event, left out; "it appeared that" is
                  # Lorimer's own hedge and stays in his claim.
                  ("a2", "INDIRECT", "m5", ("said", "Lorimer said on Tuesday"),
                   seg(T, "it appeared that Zwane had deliberately", "Department of Mineral Resources"), None),
                  ("a3", "INDIRECT", "m7", ("stated", "he stated"),
                   "his December 2015 trip to Dubai was organised and paid for by the Department of Mineral Resources", "a2"),
                  ("a4", "INDIRECT", "m8", "finding",
                   "Zwane had not used the ticket the department purchased for him to travel from Zurich to Dubai", None),
                  ("a5", "DIRECT", "m14", ("said", "Guptas’,\" Lorimer said"),
                   seg(T, "In addition to these allegations", "close associate of the Guptas’,"), None),
                  ("a6", "MIXED", "m13", ("stated", "Zwane stated"),
                   "he ‘has not met with any member, nor close associate of the Guptas’", "a5"),
                  ("a7", "DIRECT", "m17", ("said", "compound,\" Lorimer said"),
                   seg(T, "Yet, in the media", "Saxonwold compound,"), None),
                  # "in the media" is a medium; the quotation in single marks is the minister's.
                  ("a8", "DIRECT", "m15", "quoted as saying",
                   "Let me put the record straight: I met with them, I’ve engaged them", "a7"),
                  ("a9", "INDIRECT", "m18", "noted",
                   seg(T, "misrepresenting information and deliberately", "held to account"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead. It holds the article's start
# only; the text stops before the quotation that the stored copy cuts off ("The dog was not on
# a le"). "he faced a charge of not having the dog under proper control" is a legal act with no
# claimant, left out as the corpus leaves out "charged with" (train_al).
# "Judge Carthy asked Garda Lawlor to relay the charge and that a plea would result in a fine":
# a request; the addressee is left outside as in "staff were told to stay home" (FORMAT.md,
# Left outside), and the coordinated object stays in the one claim.
# Garda Lawlor's quotation "He wants to say sorry for the matter" states a wish of the defendant,
# not a report of his speech; it is not split off.
doc("carlownationalist-man-represents-himself-outside-courthouse",
    url="https://carlow-nationalist.ie/2021/02/19/man-represents-himself-from-outside-carlow-courthouse/",
    outlet="The Nationalist (Carlow)", country="Ireland", topic="courts-crime", cut=True, published="2021-02-19",
    text=(T := "A man represented himself from outside Carlow courthouse with the help of a garda last week.\n"
          "A recent sitting of Carlow District Court heard that David Noonan with an address in New Oak estate refused to wear a mask and as a result offered his own defence from outside the courthouse.\n"
          "Mr Noonan’s dog had bitten an on duty garda on 11 February 2020 on Kennedy Avenue and he faced a charge of not having the dog under proper control.\n"
          "In light of Covid-19, people are brought into the court house and the district court room only when their case is ready to be heard. Masks must be also worn inside the courthouse with an exception of those addressing the court. A garda has been for much of the last 12 months being tasked with organising defendants to be brought into the courthouse and courtroom.\n"
          "Garda Liam Lawlor was the member with the role on Wednesday.\n"
          "In the afternoon sitting, Garda Lawlor told Judge Geraldine Carthy that there was one man outside who was refusing to wear a mask.\n"
          "“Why in the name of God won’t he wear a mask,” asked the judge.\n"
          "Garda Lawlor said Mr Noonan had told him he had been assaulted previously and which had “caused him difficulty breathing”.\n"
          "Sergeant Hud Kelly outlined to the judge the incident related to the control of a dog “that had taken a bite out of a garda”.\n"
          "Judge Carthy asked Garda Lawlor to relay the charge and that a plea would result in a fine.\n"
          "Garda Lawlor returned saying the defendant was entering a guilty plea.\n"
          "Garda Lawlor added: “He wants to say sorry for the matter. He put the wrong leash on the dog, the leash was broken, and it got away.”\n"
          "Sergeant Kelly further told the judge that a garda was on duty on Kennedy Avenue when he was bitten on the right leg below the knee.\n"
          "Sgt Kelly said it was significant bite which required a tetanus jab and had ripped the garda’s pants."),
    entities=[("noonan", "David Noonan", "PERSON", ["Noonan", "Mr Noonan", "the defendant"], "defendant"),
              ("lawlor", "Liam Lawlor", "PERSON", ["Lawlor", "Garda Lawlor", "Garda Liam Lawlor"],
               "garda organising defendants at Carlow courthouse"),
              ("carthy", "Geraldine Carthy", "PERSON", ["Carthy", "Judge Carthy", "Judge Geraldine Carthy", "the judge"],
               "judge of Carlow District Court"),
              ("kelly", "Hud Kelly", "PERSON", ["Kelly", "Sergeant Kelly", "Sgt Kelly", "Sergeant Hud Kelly"],
               "Garda sergeant presenting the case")],
    mentions=[("m1", "David Noonan", "noonan"),
              ("m2", "Garda Liam Lawlor", "lawlor"),
              ("m3", ("Garda Lawlor", "Garda Lawlor told"), "lawlor"),
              ("m4", "Judge Geraldine Carthy", "carthy"),
              ("m5", ("the judge", "asked the judge"), "carthy"),
              ("m6", ("Garda Lawlor", "Garda Lawlor said"), "lawlor"),
              ("m7", ("Mr Noonan", "Mr Noonan had told"), "noonan"),
              ("m8", "Sergeant Hud Kelly", "kelly"),
              ("m9", ("the judge", "outlined to the judge"), "carthy"),
              ("m10", "Judge Carthy", "carthy"),
              ("m11", ("Garda Lawlor", "asked Garda Lawlor"), "lawlor"),
              ("m12", ("Garda Lawlor", "Garda Lawlor returned"), "lawlor"),
              ("m13", ("the defendant", "the defendant was entering"), "noonan"),
              ("m14", ("Garda Lawlor", "Garda Lawlor added"), "lawlor"),
              ("m15", "Sergeant Kelly", "kelly"),
              ("m16", ("the judge", "told the judge that"), "carthy"),
              ("m17", "Sgt Kelly", "kelly")],
    attributions=[# "A recent sitting of Carlow District Court heard that": agentless, as "the inquiry
                  # heard that" (FORMAT.md, Null source).
                  ("a1", "INDIRECT", None, ("heard", "Court heard"),
                   seg(T, "David Noonan with an address", "from outside the courthouse"), None),
                  ("a2", "INDIRECT", "m3", ("told", "Lawlor told"),
                   "there was one man outside who was refusing to wear a mask", None),
                  ("a3", "DIRECT", "m5", ("asked", "asked the judge"), "Why in the name of God won’t he wear a mask,", None),
                  ("a4", "MIXED", "m6", ("said", "Lawlor said"),
                   "Mr Noonan had told him he had been assaulted previously and which had “caused him difficulty breathing”", None),
                  ("a5", "MIXED", "m7", ("told", "Noonan had told"),
                   "he had been assaulted previously and which had “caused him difficulty breathing”", "a4"),
                  ("a6", "MIXED", "m8", "outlined",
                   "the incident related to the control of a dog “that had taken a bite out of a garda”", None),
                  ("a7", "INDIRECT", "m10", ("asked", "Carthy asked"),
                   "to relay the charge and that a plea would result in a fine", None),
                  ("a8", "INDIRECT", "m12", "saying", "the defendant was entering a guilty plea", None),
                  ("a9", "DIRECT", "m14", "added",
                   "He wants to say sorry for the matter. He put the wrong leash on the dog, the leash was broken, and it got away.", None),
                  ("a10", "INDIRECT", "m15", ("told", "further told"),
                   "a garda was on duty on Kennedy Avenue when he was bitten on the right leg below the knee", None),
                  ("a11", "INDIRECT", "m17", ("said", "Kelly said"),
                   "it was significant bite which required a tetanus jab and had ripped the garda’s pants", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead. It holds the article's start
# only; the text stops before the paragraph that the stored copy cuts off ("These results
# propelled"). Spacing and punctuation are kept as printed ("penalty goal .", "he said" with no
# full stop). The quotation opened after "he said" runs over two paragraphs (the first ends
# without a closing mark), so it is one attribution (FORMAT.md, Unit).
# "was disappointed to lose but not by the gutsy performance" is a state with no reported
# content (FORMAT.md, Excluded).
doc("illawarramercury-illawarriors-heartbreak-caldwell-cup-final",
    url="https://www.illawarramercury.com.au/story/8656686/heartbreak-for-illawarriors-in-calderwood-cup-final/",
    outlet="Illawarra Mercury", country="Australia", topic="sport", cut=True,
    text=(T := "The Illawarriors have fallen just short of winning the Caldwell Cup for the first time in five years, suffering a heartbreaking 46-43 loss to Central Coast in the NSW Country Championship final at Tamworth's Scully Park on Sunday.\n"
          "Illawarra men's rugby representative team looked on track to win with 15 minutes left to play but could not hold off the fast-finishing Central Coast side.\n"
          "It was a tough pill to take for the Illawarriors, with both teams scoring six tries apiece in the quality high-scoring decider.\n"
          "Tom Baker finished with 19 points for Illawarriors after crossing for two tries, kicking three goals and one penalty goal .\n"
          "Illawarriors other tryscorers were vice-captain Eli Sinoti, Nico Cowley, Norwin Iatu and Baillie Leonard, while Ryan Schoupp slotted two conversions.\n"
          "Illawarrios coach Sean Barrett was disappointed to lose but not by the gutsy performance of his team.\n"
          "\"It would have obviously been great to win, and we had our chances, but I can't fault the effort of our boys,\" he said\n"
          "\"This is our best result in the three years that I have coached the team.\n"
          "\"I'm sure the guys are disappointed but they can take heart from how well they played throughout the weekend.\"\n"
          "Barrett said the Illawarriors were proud to be part of a final one Country Championship administrators rated the \"best Caldwell Cup finals in a long time\".\n"
          "He said his captain George Miller and his fellow back-rowers Alex Crott and Tom Cusack were tremendous.\n"
          "He also praised inside centre Frank Prodger and Tom Baker for their great tournaments.\n"
          "\"We had 12 people making their debuts. It was a great effort from all our guys, I couldn't be prouder,\" Barrett said.\n"
          "Having finished third in 2023 and 2022, the Illawarriors progressed to the championship game for the first time in five years.\n"
          "They did so after downing Hunter 26-7 in their opening pool game on Saturday before playing out a 12-all draw with defending NSW Country Championship champions Central West later that day."),
    entities=[("barrett", "Sean Barrett", "PERSON", ["Barrett", "Illawarrios coach Sean Barrett"],
               "coach of the Illawarriors, Illawarra men's rugby representative team"),
              ("admins", "Country Championship administrators", "GROUP", ["administrators"],
               "administrators of the NSW Country Championship")],
    mentions=[("m1", "Illawarrios coach Sean Barrett", "barrett"),
              ("m2", ("he", "he said\n"), "barrett"),
              ("m3", ("Barrett", "Barrett said the"), "barrett"),
              ("m4", "Country Championship administrators", "admins"),
              ("m5", ("He", "He said his"), "barrett"),
              ("m6", ("He", "He also praised"), "barrett"),
              ("m7", ("Barrett", "prouder,\" Barrett"), "barrett")],
    attributions=[("a1", "DIRECT", "m2", ("said", "he said\n"),
                   seg(T, "It would have obviously", "effort of our boys,"), None),
                  ("a2", "DIRECT", "m2", None, seg(T, "This is our best result", "throughout the weekend."), None),
                  ("a3", "MIXED", "m3", ("said", "Barrett said the"),
                   seg(T, "the Illawarriors were proud", "in a long time\""), None),
                  # A speech act in a relative clause inside the claim ("a final [which]
                  # administrators rated the ..."), nested; "rated X Y" is content "Y" here as X is
                  # the relative gap (FORMAT.md: "labelled X Y").
                  ("a4", "MIXED", "m4", "rated", "the \"best Caldwell Cup finals in a long time\"", "a3"),
                  ("a5", "INDIRECT", "m5", ("said", "He said his"),
                   "his captain George Miller and his fellow back-rowers Alex Crott and Tom Cusack were tremendous", None),
                  ("a6", "INDIRECT", "m6", "praised",
                   "inside centre Frank Prodger and Tom Baker for their great tournaments", None),
                  ("a7", "DIRECT", "m7", ("said", "prouder,\" Barrett said"),
                   "We had 12 people making their debuts. It was a great effort from all our guys, I couldn't be prouder,", None)])

# ---------------------------------------------------------------------------------------
# The section label ("Politics") is removed. The stored page holds the article's start only; the
# text stops before the quotation that the stored copy cuts off ("He added: “It’s difficult
# being a councillor ..."). The page gives the day ("today, November 4") but not the year, so
# no date is recorded.
# "Cabinet hears", "senior heard" (sic) and "Cabinet members ... heard": the hearers are not
# sources, so these claims have a null source, as "the inquiry heard that" (FORMAT.md, Null
# source). "in a report presented by ... Cllr Neil Prior" is the medium of the hearing, like "in a
# letter" (FORMAT.md, Media), so it is not taken as the source; the Ombudsman's own claim is
# nested inside it. "in its annual letter" is a medium as well.
doc("pembrokeshireherald-councillors-spurious-claims-cabinet-hears",
    url="https://pembrokeshire-herald.com/101894/councillors-may-be-victims-of-spurious-claims-cabinet-hears",
    outlet="The Pembrokeshire Herald", country="UK", topic="politics", cut=True,
    text=(T := "Councillors may be victims of ‘spurious’ claims, Cabinet hears\n"
          "PEMBROKESHIRE had 24 councillor code of conduct complaints in 2023-‘24, but those who put themselves in public service can be “a target” for “spurious” claims, senior heard today, November 4.\n"
          "Pembrokeshire County Council Cabinet members at their November 4 meeting, in a report presented by Cabinet Member for Communities, Corporate Improvement and the Well-being of Future Generations Cllr Neil Prior, heard The Public Services Ombudsman for Wales (PSOW), in its annual letter, highlighted six code of conduct complaints relating to Pembrokeshire county councillors, down from eight the previous year, and 18 relating to town and community councils, up from 14 the previous year.\n"
          "For 2023/24 there was a decision not to investigate on all six county council complaints; a similar decision made the previous year.\n"
          "For the town and community councils, Fishguard and Goodwick had one complaint with a decision not to investigate; Haverfordwest five, along with one no decision necessary; Hundleton, Milford Haven, St Dogmaels and Lamphey one decision not to investigate each; Neyland six decisions not to investigate; Tenby one no evidence of a breach.\n"
          "There were 22 code complaints in 2021/22; 16 relating to county councillors and six to town or community councillors.\n"
          "The Ombudsman also said it received 40 complaints in respect of Pembrokeshire County Council itself, down from 44 last year, the highest amounts being housing 14, complaints handling 12, and planning and building control five.\n"
          "Neighbouring authorities Carmarthenshire received 69 and Ceredigion 32 for the same time period.\n"
          "Cllr Prior said it was “absolutely right” that any claims should be investigated, but added: “But some of these claims can be spurious, and I’ve been on the end of one that was dismissed.”"),
    entities=[("psow", "The Public Services Ombudsman for Wales (PSOW)", "ORGANIZATION",
               ["Public Services Ombudsman for Wales", "PSOW", "The Ombudsman", "Ombudsman"], "public services ombudsman for Wales"),
              ("prior", "Neil Prior", "PERSON",
               ["Prior", "Cllr Prior", "Cllr Neil Prior",
                "Cabinet Member for Communities, Corporate Improvement and the Well-being of Future Generations Cllr Neil Prior"],
               "Pembrokeshire County Council Cabinet Member for Communities")],
    mentions=[("m1", "Cabinet Member for Communities, Corporate Improvement and the Well-being of Future Generations Cllr Neil Prior", "prior"),
              ("m2", "The Public Services Ombudsman for Wales (PSOW)", "psow"),
              ("m3", "The Ombudsman", "psow"),
              ("m4", "Cllr Prior", "prior")],
    attributions=[("a1", "MIXED", None, "hears", "Councillors may be victims of ‘spurious’ claims", None),
                  ("a2", "MIXED", None, ("heard", "senior heard"),
                   seg(T, "PEMBROKESHIRE had 24", "for “spurious” claims"), None),
                  ("a3", "INDIRECT", None, ("heard", "heard The Public"),
                   seg(T, "The Public Services Ombudsman for Wales (PSOW), in its", "up from 14 the previous year"), None),
                  ("a4", "INDIRECT", "m2", "highlighted",
                   seg(T, "six code of conduct complaints relating", "up from 14 the previous year"), "a3"),
                  ("a5", "INDIRECT", "m3", ("said", "Ombudsman also said"),
                   seg(T, "it received 40 complaints", "planning and building control five"), None),
                  ("a6", "MIXED", "m4", ("said", "Prior said"),
                   "it was “absolutely right” that any claims should be investigated", None),
                  ("a7", "DIRECT", "m4", ("added", "but added"),
                   "But some of these claims can be spurious, and I’ve been on the end of one that was dismissed.", None)])

# ---------------------------------------------------------------------------------------
# The stored page (Local Matters, publisher of Mahurangi Matters) holds the article's start only;
# the text stops before the paragraph that the stored copy cuts off ("Defending the post, Mr Bailey
# told Mahurangi Matters that the"). Its double spaces are kept as printed. The page gives the
# meeting's day but no publication date.
# "the invite was declined on the basis that “the mayor’s schedule is full”": the quoted reason
# is the decliner's words, unnamed, so it is a nested DIRECT claim with a null source and the cue
# "declined" (a refusal as speech act, cf. seed a9/a10).
# John Tamihere is a “probable” is a scare quote with no reporting frame, not annotated.
# Mason's quotation after "But Mr Mason says ..." has no reporting clause of its own and runs over
# two paragraphs: one attribution continuing Mr Mason with a null cue.
doc("localmatters-wellsford-candidates-meeting-lukewarm",
    url="https://www.localmatters.co.nz/news/34451-council-candidates-lukewarm-on-meeting-constituents.html",
    outlet="Mahurangi Matters (Local Matters)", country="New Zealand", topic="local", cut=True,
    text=(T := "Council candidates lukewarm on meeting constituents\n"
          "A local government candidates meeting in Wellsford on Friday, August 30 has had a less than enthusiastic response from aspiring Auckland Council representatives.\n"
          "Landowners & Contractors Protection Association chair Brian Mason says despite issuing an invitation to incumbent Mayor Phil Goff in May, the invite was declined on the basis that “the mayor’s schedule is full”.\n"
          "“As far as I know, he hasn’t been north of the Dome since he was elected,” Mr Mason says.\n"
          "Aspiring Mayors Craig Lord and Peter Vaughan are confirmed and John Tamihere is a “probable”.  Sitting Ward member Greg Sayers is a definite, as is Wellsford subdivision representative Colin Smith and Tim Holdgate, who is standing as an independent in Warkworth. But Mr Mason says he hasn’t heard “boo” from any of the Rodney First candidates.\n"
          "“There’s no doubt that people in Wellsford are unhappy with some of the decisions Council and the Local Board have been making. The targeted rate for the bus service, for instance, is ridiculous, as most of the buses are running empty.\n"
          "“The meeting is an opportunity for candidates to have an interactive forum to discuss some of these issues and for residents to get a few things off our chest.”\n"
          "The meeting will be held at the Wellsford Community Centre, starting at 7pm. All welcome.\n"
          "Meanwhile, Facebook erupted with support for sitting Rodney Local Board member Colin Smith this month when fellow Board member Brent Bailey weighed in on a generic post saying, “Wellsford deserves better representation.”\n"
          "The original post had a photo of Kermit the frog and the comment,  ‘Vote Muppet, you’ll get one anyway’. Although Mr Bailey quickly deleted his post, it didn’t stop people from commenting that unlike Mr Bailey, who is on the Rodney First ticket, Mr Smith is an independent who has worked hard to represent Wellsford."),
    entities=[("mason", "Brian Mason", "PERSON",
               ["Mason", "Mr Mason", "Landowners & Contractors Protection Association chair Brian Mason"],
               "chair of the Landowners & Contractors Protection Association"),
              ("bailey", "Brent Bailey", "PERSON", ["Bailey", "Mr Bailey", "fellow Board member Brent Bailey"],
               "Rodney Local Board member, Rodney First"),
              ("post", "The original post", "ORGANIZATION", ["the post"], "the generic Facebook post"),
              ("people", "people", "GROUP", [], "Facebook users commenting")],
    mentions=[("m1", "Landowners & Contractors Protection Association chair Brian Mason", "mason"),
              ("m2", ("Mr Mason", "Mr Mason says."), "mason"),
              ("m3", ("Mr Mason", "But Mr Mason"), "mason"),
              ("m4", "fellow Board member Brent Bailey", "bailey"),
              ("m5", "The original post", "post"),
              ("m6", ("Mr Bailey", "Although Mr Bailey"), "bailey"),
              ("m7", ("people", "stop people"), "people"),
              ("m8", ("Mr Bailey", "unlike Mr Bailey"), "bailey")],
    attributions=[("a1", "MIXED", "m1", ("says", "Brian Mason says"),
                   seg(T, "despite issuing an invitation", "schedule is full”"), None),
                  ("a2", "DIRECT", None, "declined", "the mayor’s schedule is full", "a1"),
                  ("a3", "DIRECT", "m2", ("says", "Mr Mason says."),
                   "As far as I know, he hasn’t been north of the Dome since he was elected,", None),
                  ("a4", "MIXED", "m3", ("says", "But Mr Mason says"),
                   "he hasn’t heard “boo” from any of the Rodney First candidates", None),
                  ("a5", "DIRECT", "m3", None, seg(T, "There’s no doubt that people", "a few things off our chest."), None),
                  ("a6", "DIRECT", "m4", "saying", "Wellsford deserves better representation.", None),
                  # "the comment, ‘…’": a noun cue; the post is a document whose author is not named,
                  # so it is its own entity (FORMAT.md, Documents).
                  ("a7", "DIRECT", "m5", ("comment", "the comment,"), "Vote Muppet, you’ll get one anyway", None),
                  ("a8", "INDIRECT", "m7", "commenting",
                   seg(T, "unlike Mr Bailey, who is", "worked hard to represent Wellsford"), None)])

# ---------------------------------------------------------------------------------------
# The stored page prints the headline twice; it is kept once. "Share on Socials" is removed. The
# second line is the page's standfirst, annotated like any paragraph. The stored copy stops inside
# the next paragraph ("The "), so the text ends before it; the page gives no date.
# "Commits Support for": a pledge, like "renewed its pledge" (FORMAT.md, Cues). "expressed his
# enthusiasm for X" is evaluative reporting with a content, like "voiced relief that"; "for"
# only links the cue. "extended gratitude to X" is taken as "thanked X", an evaluative speech act
# whose object is its content, as the corpus does for "praised X" (train_ab, train_ag).
# "The event ... promises an enriching experience" is not speech (no speaker), not annotated.
doc("kenyaonlinenews-sakaja-support-tech-innovation-week",
    url="https://kenyaonlinenews.com/nairobi-governor-johnson-sakaja-commits-support-for-tech-innovation-week/",
    outlet="Kenya Online News", country="Kenya", topic="technology", cut=True,
    text=(T := "Nairobi Governor Johnson Sakaja Commits Support for Tech Innovation Week\n"
          "Nairobi Governor Pledges to Transform Nairobi's Tech Landscape for a Prosperous Future\n"
          "In a promising move for the local tech community, Nairobi Governor Johnson Sakaja has pledged unwavering support for technology innovators during the inauguration of the first-ever Nairobi Tech Innovation Week. The event, which kicked off today, aims to provide a fertile ground for the burgeoning technological talent within the county.\n"
          "Impressed by the diverse array of innovations showcased at the event, Governor Sakaja expressed his enthusiasm for propelling technological advancements within Nairobi. He assured attendees that his administration is resolute in providing the essential backing that innovators need to thrive and excel in their craft.\n"
          "“This marks a significant milestone as Nairobi County hosts this pioneering event. Our commitment is to ensure that the dedicated innovators in our midst reap the rewards of their tireless work,” Sakaja affirmed. He stressed the importance of fostering a robust business economy and underscored the pivotal role that these innovators would play in steering this trajectory.\n"
          "Acknowledging the driving force behind this initiative, Sakaja extended gratitude to the Information, Communication, and Technology (ICT) sector, led by the Chief Executive Committee (CEC) Mike Gumo. He emphasized that the government’s role is not limited to mere regulation but extends to nurturing and bolstering the sector.\n"
          "The inaugural Innovate Nairobi Technology Week, set to span the entire week and culminate on Saturday, promises an enriching experience for innovators, stakeholders, and enthusiasts. The event encompasses a diverse range of participants, including startups, corporate entities, incubators, academic institutions, civil society organizations (CSOs), and governmental bodies."),
    entities=[("sakaja", "Johnson Sakaja", "PERSON",
               ["Sakaja", "Governor Sakaja", "Nairobi Governor Johnson Sakaja", "Nairobi Governor"],
               "Governor of Nairobi County")],
    mentions=[("m1", ("Nairobi Governor Johnson Sakaja", "Nairobi Governor Johnson Sakaja Commits"), "sakaja"),
              ("m2", ("Nairobi Governor", "Nairobi Governor Pledges"), "sakaja"),
              ("m3", ("Nairobi Governor Johnson Sakaja", "Nairobi Governor Johnson Sakaja has"), "sakaja"),
              ("m4", ("Governor Sakaja", "Governor Sakaja expressed"), "sakaja"),
              ("m5", ("He", "He assured"), "sakaja"),
              ("m6", ("Sakaja", "Sakaja affirmed"), "sakaja"),
              ("m7", ("He", "He stressed"), "sakaja"),
              ("m8", ("Sakaja", "Sakaja extended"), "sakaja"),
              ("m9", ("He", "He emphasized"), "sakaja")],
    attributions=[("a1", "INDIRECT", "m1", "Commits", "Support for Tech Innovation Week", None),
                  ("a2", "INDIRECT", "m2", "Pledges",
                   "to Transform Nairobi's Tech Landscape for a Prosperous Future", None),
                  # "during the inauguration of ..." is an adjunct of the pledge, left out.
                  ("a3", "INDIRECT", "m3", ("pledged", "has pledged"), "unwavering support for technology innovators", None),
                  ("a4", "INDIRECT", "m4", "expressed his enthusiasm",
                   "propelling technological advancements within Nairobi", None),
                  ("a5", "INDIRECT", "m5", "assured",
                   seg(T, "his administration is resolute", "excel in their craft"), None),
                  ("a6", "DIRECT", "m6", "affirmed",
                   seg(T, "This marks a significant milestone", "their tireless work,"), None),
                  ("a7", "INDIRECT", "m7", "stressed", "the importance of fostering a robust business economy", None),
                  ("a8", "INDIRECT", "m7", "underscored",
                   "the pivotal role that these innovators would play in steering this trajectory", None),
                  ("a9", "INDIRECT", "m8", "extended gratitude",
                   "the Information, Communication, and Technology (ICT) sector, led by the Chief Executive Committee (CEC) Mike Gumo", None),
                  ("a10", "INDIRECT", "m9", "emphasized",
                   seg(T, "the government’s role is not limited", "bolstering the sector"), None)])

# ---------------------------------------------------------------------------------------
# The byline ("Ellanie Smit") is removed. The stored page holds the article's start only; the text
# stops before the quotation that the stored copy cuts off ("The pangolin has now become ...").
# Its second line is a standfirst, annotated like any paragraph. The date is taken from the page's
# address.
# "the environment ministry is concerned about increasing poaching" is a state with no speech act
# (FORMAT.md, Excluded: "was unhappy with"), not annotated.
# The quotations with no reporting clause of their own continue the speaker of the sentence before
# them (null cue, same mention).
doc("namibiansun-all-poaching-is-a-concern-shifeta",
    url="https://www.namibiansun.com/news/all-poaching-is-a-concern-shifeta-2017-10-26",
    outlet="Namibian Sun", country="Namibia", topic="environment", cut=True, published="2017-10-26",
    text=(T := "All poaching is a concern - Shifeta\n"
          "Environment minister Pohamba Shifeta says while the numbers of elephant and rhino poached in Namibia have declined, other poaching is on the increase.\n"
          "While the poaching of rhino and elephants has declined, the environment ministry is concerned about increasing poaching of other animals.\n"
          "“Poaching of other animals has gone up at an alarming rate,” said the environment and tourism minister, Pohamba Shifeta.\n"
          "He said Namibia’s population of all wild animals has grown significantly, but this has also enticed people to poach more.\n"
          "“Poaching has always been there and now with the animal population growing, people are taking more chances.”\n"
          "However, Shifeta added that the problem is not as bad as it was before independence when some species were nearly extinct.\n"
          "He added that not even private farms are escaping poaching. “There has also been an increase of poaching on private farms, because there is a demand for meat.”\n"
          "He added that the ministry was coordinating with farm owners as well as butcheries to address the problem. Butcheries must be aware that when they buy meat from someone that the person must have the relevant permit to carry that product and a permit to sell it, said Shifeta.\n"
          "He said that farm owners should screen their employees because in most cases, it is employees who are involved in poaching on farms.\n"
          "“A person who kills game can just as easily go after your cattle. What they do is camp inside the farm where they kill the animal and then dry the meat before they sell it.”\n"
          "Shifeta said the ministry was collaborating with vendors selling this meat in an effort to track down culprits.\n"
          "“We are not harassing them, we just want to find the culprits behind this.”\n"
          "He also said the poaching of pangolin was of concern in Namibia."),
    entities=[("shifeta", "Pohamba Shifeta", "PERSON",
               ["Shifeta", "Environment minister Pohamba Shifeta",
                "the environment and tourism minister, Pohamba Shifeta"],
               "Namibia's Minister of Environment and Tourism")],
    mentions=[("m1", ("Shifeta", "- Shifeta"), "shifeta"),
              ("m2", "Environment minister Pohamba Shifeta", "shifeta"),
              ("m3", "the environment and tourism minister, Pohamba Shifeta", "shifeta"),
              ("m4", ("He", "He said Namibia"), "shifeta"),
              ("m5", ("Shifeta", "Shifeta added"), "shifeta"),
              ("m6", ("He", "He added that not"), "shifeta"),
              ("m7", ("He", "He added that the ministry"), "shifeta"),
              ("m8", ("Shifeta", "said Shifeta"), "shifeta"),
              ("m9", ("He", "He said that farm"), "shifeta"),
              ("m10", ("Shifeta", "Shifeta said the ministry"), "shifeta"),
              ("m11", ("He", "He also said"), "shifeta")],
    attributions=[("a1", "INDIRECT", "m1", None, "All poaching is a concern", None),
                  ("a2", "INDIRECT", "m2", ("says", "Shifeta says"),
                   seg(T, "while the numbers of elephant", "on the increase"), None),
                  ("a3", "DIRECT", "m3", ("said", "rate,” said"), "Poaching of other animals has gone up at an alarming rate,", None),
                  ("a4", "INDIRECT", "m4", ("said", "He said Namibia"),
                   "Namibia’s population of all wild animals has grown significantly, but this has also enticed people to poach more", None),
                  ("a5", "DIRECT", "m4", None,
                   "Poaching has always been there and now with the animal population growing, people are taking more chances.", None),
                  ("a6", "INDIRECT", "m5", ("added", "Shifeta added"),
                   "the problem is not as bad as it was before independence when some species were nearly extinct", None),
                  ("a7", "INDIRECT", "m6", ("added", "He added that not"), "not even private farms are escaping poaching", None),
                  ("a8", "DIRECT", "m6", None,
                   "There has also been an increase of poaching on private farms, because there is a demand for meat.", None),
                  ("a9", "INDIRECT", "m7", ("added", "He added that the ministry"),
                   "the ministry was coordinating with farm owners as well as butcheries to address the problem", None),
                  ("a10", "INDIRECT", "m8", ("said", "said Shifeta"),
                   seg(T, "Butcheries must be aware", "a permit to sell it"), None),
                  ("a11", "INDIRECT", "m9", ("said", "He said that farm"),
                   "farm owners should screen their employees because in most cases, it is employees who are involved in poaching on farms", None),
                  ("a12", "DIRECT", "m9", None, seg(T, "A person who kills game", "before they sell it."), None),
                  ("a13", "INDIRECT", "m10", ("said", "Shifeta said the ministry"),
                   "the ministry was collaborating with vendors selling this meat in an effort to track down culprits", None),
                  ("a14", "DIRECT", "m10", None, "We are not harassing them, we just want to find the culprits behind this.", None),
                  ("a15", "INDIRECT", "m11", ("said", "He also said"), "the poaching of pangolin was of concern in Namibia", None)])

write("train_ap.jsonl")
