#!/usr/bin/env python3
"""Writes train_cr.jsonl: real-news gold, split train-cr (see gold.py). Run: python3 make_train_cr.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# EUobserver (Brussels). The stored page has the headline, then the lead; the subscription box
# between the second and third paragraphs ("Join EUobserver today" ... "Already a member?") is
# left out. The stored copy breaks off in "and that he had harm", so the text is cut before that
# paragraph (David Casa's).
# The headline's 'laughing' is a scare quote with no reporting frame, and "corruption claims" has
# no content: no attribution. "grilled Malta's leader" is questioning with no content.
# "the centre-right EPP group, which called for the plenary discussion on Malta": a speech act in
# a relative clause inside Weber's source apposition (not inside a claim), so it is its own claim
# with the group as source, not nested. Weber's mention is "Manfred Weber" alone, because the
# group's mention sits in his apposition and mentions may not overlap.
# "He also attacked Muscat for having “refused” ...": read like "thanked the jury for reaching
# ..." (make_test23_a.py): the target and "for" are left out. Likewise "accused the government of
# taking kickbacks": content "taking kickbacks ...". Both are claims of the same speaker as the
# "said" before them.
# "He said ... had “incriminated” Schembri, but that these reports had “unfortunately ...”" is one
# claim: one cue governing two coordinated clauses.
# Left out: "who was named ... as having set up offshore firms in the Panama Papers leak" (a leak
# naming someone, read as evidential), "His criticism referred to" (no content), "The accusations
# are being investigated" and "The most vicious attacks came from" (nouns with no content),
# "which he circulated to press" (handing over documents is an action).
doc("euobserver-meps-grill-muscat-corruption-claims",
    url="https://euobserver.com/green-economy/138236",
    outlet="EUobserver", country="Belgium", topic="politics", cut=True,
    text=(T := "MEPs grill 'laughing' Muscat on corruption claims\n"
          "Centre-right and Green MEPs grilled Malta’s leader, Joseph Muscat, in the European Parliament on Wednesday (14 June), amid four ongoing corruption probes.\n"
          "Manfred Weber, the head of the centre-right EPP group, which called for the plenary discussion on Malta, said the “substance of the debate” was “why is there still a minister in your cabinet who is the only minister in Europe whose name appears in the Panama Papers database?”.\n"
          "He also attacked Muscat for having “refused” to give the EU “an open look into what’s wrong in your party”.\n"
          "His criticism referred to Konrad Mizzi, Malta’s new tourism minister, who was named, along with Muscat’s chief of staff, Keith Schembri, as having set up offshore firms in the Panama Papers leak.\n"
          "A Maltese blogger, Daphne Caruana Galizia, also said Muscat’s wife had a secret bank account and accused the government of taking kickbacks from a Maltese passport sale scheme run by Henley & Partners, a British firm.\n"
          "The accusations are being investigated by Maltese magistrates in four ongoing probes.\n"
          "But Sven Giegold, a German Green MEP, told the EU parliament on Wednesday that more investigations should be opened into alleged money-laundering by Schembri and the Maltese-based Pilatus Bank.\n"
          "He said leaked reports by Malta’s Financial Intelligence Analysis Unit, which he circulated to press, had “incriminated” Schembri, but that these reports had “unfortunately not led to the opening of any [judicial] processes” in Malta.\n"
          "The most vicious attacks came from Malta’s opposition Nationalist Party, which sits in the EPP group."),
    entities=[("weber", "Manfred Weber", "PERSON", ["Weber"], "head of the centre-right EPP group in the European Parliament"),
              ("epp", "EPP group", "ORGANIZATION", ["the centre-right EPP group", "the EPP group"],
               "centre-right group of the European Parliament"),
              ("galizia", "Daphne Caruana Galizia", "PERSON", ["A Maltese blogger, Daphne Caruana Galizia", "Caruana Galizia"],
               "Maltese blogger"),
              ("giegold", "Sven Giegold", "PERSON", ["Giegold", "Sven Giegold, a German Green MEP"], "German Green MEP")],
    mentions=[("m1", "Manfred Weber", "weber"),
              ("m2", "the centre-right EPP group", "epp"),
              ("m3", ("He", "He also attacked"), "weber"),
              ("m4", "A Maltese blogger, Daphne Caruana Galizia", "galizia"),
              ("m5", "Sven Giegold, a German Green MEP", "giegold"),
              ("m6", ("He", "He said leaked"), "giegold"),
              ("m7", ("the EPP group", "sits in the EPP group"), "epp")],
    attributions=[("a1", "INDIRECT", "m2", "called for", "the plenary discussion on Malta", None),
                  ("a2", "MIXED", "m1", ("said", "Malta, said the"),
                   seg(T, "the “substance of the debate”", "database?”"), None),
                  ("a3", "MIXED", "m3", "attacked",
                   "having “refused” to give the EU “an open look into what’s wrong in your party”", None),
                  ("a4", "INDIRECT", "m4", ("said", "also said Muscat’s"), "Muscat’s wife had a secret bank account", None),
                  ("a5", "INDIRECT", "m4", "accused",
                   "taking kickbacks from a Maltese passport sale scheme run by Henley & Partners, a British firm", None),
                  ("a6", "INDIRECT", "m5", "told",
                   "more investigations should be opened into alleged money-laundering by Schembri and the Maltese-based Pilatus Bank", None),
                  ("a7", "MIXED", "m6", ("said", "He said leaked"),
                   seg(T, "leaked reports by Malta’s", "processes” in Malta"), None)])

# ---------------------------------------------------------------------------------------
# IndustryWeek (AFP copy). The stored page has no headline, so the text starts with the lead. The
# stored copy breaks off in "VW said it expected full-year 2011 deliveries to surpass the record
# 2010 level of", so the text is cut before that paragraph. "Schwope.But" (no space) is as printed.
# "some observers wondered if it had peaked": a question reported of a (vague) named group.
# "But the shares might have fallen, he said, because "some think ..."": the parenthetical "he
# said" stays inside the claim (FORMAT.md, Contiguity), "But" is left out; the claim is MIXED.
# "some think the group is at a high point ..." is an attitude of others stated inside that
# quotation: nested, with "some" as its own GROUP. "the group" there is a mention of Volkswagen.
# "he felt that VW ... still had room to grow" is Schwope's attitude within his own report, not
# split off. "Winterkorn also cautioned that "..."" has its whole content inside one quotation:
# DIRECT (FORMAT.md, Type).
# Not claims: "posted more than three-fold leaps in net profit" (a company's results read as an
# event, not a report), "an average analyst forecast of around 2.5% compiled by Dow Jones Newswires" (a
# forecast as a noun with no finite reporting verb), "investors were clearly not impressed" (a
# state with no content), "which it wants to merge" (an intention, no speech act).
doc("industryweek-vw-posts-stellar-results",
    url="https://industryweek.com/finance/software-systems/article/21940912/vw-posts-stellar-results",
    outlet="IndustryWeek", country="US", topic="business", cut=True,
    text=(T := "Volkswagen, Europe's biggest car maker, on July 28 posted more than three-fold leaps in net profit, but its shares were still hammered as some observers wondered if it had peaked.\n"
          "VW's second quarter net profit of 4.784 billion euros (US$6.86 billion), up from 1.351 billion in the same period of 2010, dwarfed an average analyst forecast of around 2.5% compiled by Dow Jones Newswires.\n"
          "It was accompanied by a first half net profit of 6.496 billion euros, up from 1.824 billion.\n"
          "Second-quarter 2011 operating profit soared by 59.2% to 3.17 billion euros on a 14.6% rise in deliveries to 2.14 billion vehicles.\n"
          "But investors were clearly not impressed. Shares in the auto giant plunged in midday trading on the Frankfurt stock exchange, losing 5.76% to 135.75 euros while the DAX index was down by 1.57% overall.\n"
          "\"Volkswagen's results are very good,\" said NordLB auto analyst Franck Schwope.But the shares might have fallen, he said, because \"some think the group is at a high point and cannot do any better.\"\n"
          "Schwope himself said he felt that VW, which wants to become the world's biggest automaker by 2018, still had room to grow.\n"
          "Meanwhile, second-quarter sales were 21.5% higher at almost 40.3 billion euros, and reached nearly 77.8 billion for the first half, VW said.\n"
          "Chairman Martin Winterkorn said that \"ongoing strong demand in strategically important markets is providing a tailwind\" and that a large number of new models would help sustain results going forward.\n"
          "VW currently owns nine brands of automobiles, ranging from luxury cars such as Audi, Bentley and Lamborghini to more affordable ones like Seat, Skoda and of course VW itself. VW also owns controlling stakes in two truck makers, Scania and MAN, which it wants to merge into a heavy vehicle powerhouse.\n"
          "But Winterkorn also cautioned that \"the coming months will be challenging for us and will require us to work hard to maintain this high level.\""),
    entities=[("vw", "Volkswagen", "ORGANIZATION", ["VW", "Volkswagen, Europe's biggest car maker", "the group", "the auto giant"],
               "German car maker"),
              ("observers", "some observers", "GROUP", [], "market observers"),
              ("schwope", "Franck Schwope", "PERSON", ["Schwope", "NordLB auto analyst Franck Schwope"], "auto analyst, NordLB"),
              ("some", "some", "GROUP", [], "those who think Volkswagen has peaked"),
              ("winterkorn", "Martin Winterkorn", "PERSON", ["Winterkorn", "Chairman Martin Winterkorn"], "chairman of Volkswagen")],
    mentions=[("m1", "Volkswagen, Europe's biggest car maker", "vw"),
              ("m2", "some observers", "observers"),
              ("m3", "the auto giant", "vw"),
              ("m4", "NordLB auto analyst Franck Schwope", "schwope"),
              ("m5", ("he", "he said, because"), "schwope"),
              ("m6", ("some", "some think"), "some"),
              ("m7", ("the group", "the group is at"), "vw"),
              ("m8", ("Schwope", "Schwope himself"), "schwope"),
              ("m9", ("VW", "VW, which wants"), "vw"),
              ("m10", ("VW", "VW said."), "vw"),
              ("m11", "Chairman Martin Winterkorn", "winterkorn"),
              ("m12", ("VW", "VW currently owns"), "vw"),
              ("m13", ("VW", "VW also owns"), "vw"),
              ("m14", ("Winterkorn", "Winterkorn also cautioned"), "winterkorn")],
    attributions=[("a1", "INDIRECT", "m2", "wondered", "if it had peaked", None),
                  ("a2", "DIRECT", "m4", ("said", "said NordLB"), "Volkswagen's results are very good,", None),
                  ("a3", "MIXED", "m5", ("said", "he said, because"), seg(T, "the shares might have fallen", "any better.\""), None),
                  ("a4", "INDIRECT", "m6", "think", "the group is at a high point and cannot do any better", "a3"),
                  ("a5", "INDIRECT", "m8", ("said", "himself said"), seg(T, "he felt that VW", "room to grow"), None),
                  ("a6", "INDIRECT", "m10", ("said", "VW said."), seg(T, "second-quarter sales were", "for the first half"), None),
                  ("a7", "MIXED", "m11", ("said", "Winterkorn said that"), seg(T, "\"ongoing strong demand", "going forward"), None),
                  ("a8", "DIRECT", "m14", "cautioned",
                   "the coming months will be challenging for us and will require us to work hard to maintain this high level.", None)])

# ---------------------------------------------------------------------------------------
# The Eastern Door (Kahnawake, Quebec). The breadcrumb ("Home News"), the repeated headline and
# the photo caption ("On Tuesday, February 27, ... Courtesy Kahnawake Environment Protection
# Office (KEPO)") are left out; the spaces the stored page leaves at some paragraph ends are
# dropped. The stored copy breaks off in "an opportunity for KEPO to set the record", so the text
# is cut before that paragraph. "Diabo told The Eastern Door" has no full stop, as printed. The
# date is the one in the page's address.
# Headline: the verb after the claim is the cue ("says"), "Council chief" the source (Diabo).
# "promised community members ..., saying he wants ...": two claims of Diabo; the addressee is left
# out. "the MCK has yet to share the name of the company publicly" is read as an omission with a
# concealed question, like seed a9/a10 ("did not say when ..."): cue "share", content "the name of
# the company" (a borderline call). The ministry's "confirmed its name is “La Petroliere N & R Sol
# Inc.”" holds a quoted name: MIXED.
# "community members sharing fears about how ...": evaluative reporting with a content ("about"
# only links the cue). "a complaint came in from a resident about the odour of diesel": a noun cue
# with its claimant named. The meeting's addressees ("community members", "over 60 attendees") are
# one collective with the community members who shared fears.
# Not claims: "was first discovered by ... (KEPO)" (a finding by inspection, not a report) and "It's
# located at ..." (narration).
doc("easterndoor-kahnawake-diesel-spill-cleanup",
    url="https://easterndoor.com/2024/03/05/company-should-pay-for-cleanup-chief-says/",
    outlet="The Eastern Door", country="Canada", topic="environment", cut=True, published="2024-03-05",
    text=(T := "Company should pay for cleanup, Council chief says\n"
          "The company responsible for the recent diesel spill in Chateauguay will be held accountable for its actions, Mohawk Council of Kahnawake (MCK) chief Cody Diabo promised community members at a meeting earlier this Monday, saying he wants to see the company foot the bill for the cleanup to date in Kahnawake.\n"
          "“We’re fully prepared to take it to the very end in that sense, they’re not going to be let off the hook. This was a major catastrophe,” Diabo told over 60 attendees who turned out to the community meeting.\n"
          "While the MCK has yet to share the name of the company publicly, Quebec’s environmental ministry has since confirmed its name is “La Petroliere N & R Sol Inc.” It’s located at 2325 Ford Boulevard, close to the Kahnawake border.\n"
          "It was a tense evening Monday, with community members sharing fears about how the pollution from the spill in neighbouring Chateauguay could impact their farm animals, drinking water, and maple trees in the area.\n"
          "The presence of diesel in the community in a creek and the river near Zachary Road was first discovered by the Kahnawake Environmental Protection Office (KEPO) on Friday, February 9, after a complaint came in from a resident about the odour of diesel. A cleanup led by KEPO has been underway ever since. Well over $100,000 has been spent thus far on it, Diabo told The Eastern Door\n"
          "“We’re not going to let anything like the cost dictate what our response is going to be. We’re going to do what is best,” KEPO director Benjamin Green-Stacey told community members Monday night."),
    entities=[("diabo", "Cody Diabo", "PERSON", ["Diabo", "Council chief", "chief Cody Diabo"],
               "chief, Mohawk Council of Kahnawake"),
              ("members", "community members", "GROUP", ["over 60 attendees"], "Kahnawake community members at the meeting"),
              ("mck", "Mohawk Council of Kahnawake", "ORGANIZATION", ["MCK", "the MCK"], "Kahnawake's elected council"),
              ("ministry", "Quebec’s environmental ministry", "ORGANIZATION", [], "Quebec environment ministry"),
              ("resident", "a resident", "PERSON", [], "resident who reported the smell"),
              ("greenstacey", "Benjamin Green-Stacey", "PERSON", ["Green-Stacey", "KEPO director Benjamin Green-Stacey"],
               "director, Kahnawake Environment Protection Office")],
    mentions=[("m1", "Council chief", "diabo"),
              ("m2", "Mohawk Council of Kahnawake (MCK) chief Cody Diabo", "diabo"),
              ("m3", ("community members", "promised community members"), "members"),
              ("m4", ("Diabo", "Diabo told over"), "diabo"),
              ("m5", "over 60 attendees", "members"),
              ("m6", "the MCK", "mck"),
              ("m7", "Quebec’s environmental ministry", "ministry"),
              ("m8", ("community members", "with community members"), "members"),
              ("m9", "a resident", "resident"),
              ("m10", ("Diabo", "Diabo told The"), "diabo"),
              ("m11", "KEPO director Benjamin Green-Stacey", "greenstacey"),
              ("m12", ("community members", "told community members"), "members")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "chief says"), "Company should pay for cleanup", None),
                  ("a2", "INDIRECT", "m2", "promised",
                   "The company responsible for the recent diesel spill in Chateauguay will be held accountable for its actions", None),
                  ("a3", "INDIRECT", "m2", "saying", "he wants to see the company foot the bill for the cleanup to date in Kahnawake", None),
                  ("a4", "DIRECT", "m4", ("told", "Diabo told over"), seg(T, "We’re fully prepared", "major catastrophe,"), None),
                  ("a5", "INDIRECT", "m6", "share", "the name of the company", None),
                  ("a6", "MIXED", "m7", "confirmed", "its name is “La Petroliere N & R Sol Inc.”", None),
                  ("a7", "INDIRECT", "m8", "sharing fears", seg(T, "how the pollution", "in the area"), None),
                  ("a8", "INDIRECT", "m9", "complaint", "the odour of diesel", None),
                  ("a9", "INDIRECT", "m10", ("told", "Diabo told The"), "Well over $100,000 has been spent thus far on it", None),
                  ("a10", "DIRECT", "m11", ("told", "Green-Stacey told"), seg(T, "We’re not going to let", "what is best,"), None)])

# ---------------------------------------------------------------------------------------
# Wales News Online. The site's name and tagline at the top and the "%d bloggers like this:"
# widget at the end are left out. The stored page has no headline, so the text starts with the
# lead; nothing else is cut.
# "One resident living a few streets away said he reckoned ... and wondered if it had been
# reported": two claims of one source ("he reckoned" is his attitude within his own report, not
# split off); the source is "One resident" without the reduced relative.
# "Swansea Council hit out at those responsible and asked anyone ... to get in touch": "hit out at"
# is read like "spoke out against the development" (an NP content); "asked X to Y" keeps the
# addressee, as "called on X to Y" does. "a spokesman" is the council's representative, a separate
# entity (FORMAT.md, Coreference).
# "said he was unaware ... but vowed to get them cleared up": two claims. "“The majority of people
# ...”" continues "he said" with a null cue.
doc("walesnewsonline-townhill-cider-cans-bus-stop",
    url="https://walesnewsonline.com/forget-tin-town-townhill-gets-tin-can-alley/",
    outlet="Wales News Online", country="UK", topic="local", cut=False,
    text=(T := "HUNDREDS of empty cider cans have been tossed behind railings at a bus stop in Swansea, with a few placed neatly on a wall nearby.\n"
          "Strongbow is the drink of choice for the litter lout or louts in question although Omega white cider sometimes gets a look-in, judging by the pile of cans on Townhill Road, Townhill.\n"
          "One resident living a few streets away said he reckoned the mess had gathered there over a period of weeks or even months and wondered if it had been reported.\n"
          "“I’ve seen refuse collectors on that street, and the (dog) poo bins have been emptied,” he said.\n"
          "The vast majority of the cans are adjacent to the pavement near the junction of Townhill Road and Pantycelyn Road.\n"
          "Others have been crushed and placed on a low brick wall a little further down.\n"
          "Swansea Council hit out at those responsible and asked anyone who saw people throw litter away or fly-tip to get in touch.\n"
          "“Littering and fly-tipping is totally unnecessary and illegal,” said a spokesman.\n"
          "Townhill councillor Cyril Anderson said he was unaware of the piles of cans but vowed to get them cleared up.\n"
          "“It’s mindless,” he said. “The majority of people are good as gold. They recycle everything.”\n"
          "He added that many of the council’s environment staff had been redeployed to key Covid roles.\n"
          "“Our environment department is under the cosh at the moment,” said Cllr Anderson."),
    entities=[("resident", "One resident", "PERSON", [], "resident living a few streets from the bus stop"),
              ("council", "Swansea Council", "ORGANIZATION", [], "local authority"),
              ("spokesman", "a spokesman", "PERSON", [], "Swansea Council spokesman"),
              ("anderson", "Cyril Anderson", "PERSON", ["Anderson", "Cllr Anderson", "Townhill councillor Cyril Anderson"],
               "Townhill ward councillor")],
    mentions=[("m1", "One resident", "resident"),
              ("m2", ("he", "emptied,” he said"), "resident"),
              ("m3", "Swansea Council", "council"),
              ("m4", "a spokesman", "spokesman"),
              ("m5", "Townhill councillor Cyril Anderson", "anderson"),
              ("m6", ("he", "mindless,” he said"), "anderson"),
              ("m7", ("He", "He added"), "anderson"),
              ("m8", "Cllr Anderson", "anderson")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "away said he"), seg(T, "he reckoned the mess", "or even months"), None),
                  ("a2", "INDIRECT", "m1", "wondered", "if it had been reported", None),
                  ("a3", "DIRECT", "m2", ("said", "emptied,” he said"),
                   "I’ve seen refuse collectors on that street, and the (dog) poo bins have been emptied,", None),
                  ("a4", "INDIRECT", "m3", "hit out at", "those responsible", None),
                  ("a5", "INDIRECT", "m3", "asked", "anyone who saw people throw litter away or fly-tip to get in touch", None),
                  ("a6", "DIRECT", "m4", ("said", "said a spokesman"), "Littering and fly-tipping is totally unnecessary and illegal,", None),
                  ("a7", "INDIRECT", "m5", ("said", "Anderson said he"), "he was unaware of the piles of cans", None),
                  ("a8", "INDIRECT", "m5", "vowed", "to get them cleared up", None),
                  ("a9", "DIRECT", "m6", ("said", "mindless,” he said"), "It’s mindless,", None),
                  ("a10", "DIRECT", "m6", None, "The majority of people are good as gold. They recycle everything.", None),
                  ("a11", "INDIRECT", "m7", "added", "many of the council’s environment staff had been redeployed to key Covid roles", None),
                  ("a12", "DIRECT", "m8", ("said", "said Cllr Anderson"), "Our environment department is under the cosh at the moment,", None)])

# ---------------------------------------------------------------------------------------
# Pink Un (Archant, Norwich). The stored page has no headline; it opens with a standfirst that
# repeats the lead word for word, and both are kept and annotated (FORMAT.md, Text parts). Since
# the two paragraphs are identical, their spans are anchored on the paragraph plus the start of
# the next one. The stored copy breaks off in Chapman's next paragraph ("Over time we need to
# b"), so the text is cut before it; Chapman's quotation is therefore left open at the end of the
# text, as printed (its next paragraph reopens it), and its second part runs to the end.
# "has urged the ... Trust to help him re-build ..." keeps the addressee (like "called on X to Y");
# "after refuting claims he made 'broken promises' to the fans' body" is an adjunct of the urging
# and a second claim of Chapman, with an NP content; inside it, "claims he made 'broken promises'"
# is a noun cue with no claimant named in the sentence (null source), nested. The single quotes
# are the paper's marks for quoted words: MIXED.
# "The supporters' body released an initial statement outlining 'mixed feelings' ... but pledged to
# 'sit down with Buster ...'": the statement's author is named in its sentence, so it is a mention
# of the Trust and the source of "outlining"; "pledged" has the whole content inside one quotation
# (DIRECT). "Chapman's winning bid document ... stated" likewise is a mention of Chapman.
# "they have publicly condemned the decision ..." inside Chapman's quotation: a speech act of the
# Trust's officials (a group's representatives, separate from the Trust), nested.
# Not claims: "Chapman's group had offered them a boardroom seat" and "considered offering the
# Trust a boardroom place" (an offer of a seat read as a transaction, not reported speech), "West
# Norfolk council awarded Chapman a 25-year lease" (an action).
P = ("New Lynn FC chairman Buster Chapman has urged the supporter-led Blue and Gold Trust to help him re-build "
     "the town's football club after refuting claims he made 'broken promises' to the fans' body.")
A1, A2 = P + "\nNew Lynn", P + "\nWest Norfolk"
doc("pinkun-lynn-fc-chapman-unity-plea-trust",
    url="https://www.pinkun.com/sport/norwich-city/lynn-fc-chairman-in-unity-plea-to-trust-1782838",
    outlet="Pink Un", country="UK", topic="sport", cut=True,
    text=(T := P + "\n" + P + "\n"
          "West Norfolk council awarded Chapman a 25-year lease on the council-owned Walks stadium last week in favour of a rival proposal from the Blue and Gold Trust.\n"
          "The supporters' body released an initial statement outlining 'mixed feelings' over the council decision but pledged to 'sit down with Buster to discuss how we can meaningfully place supporters at the club's heart'.\n"
          "However, Trust chairman Neil Timms then publicly disclosed Chapman's group had offered them a boardroom seat during talks prior to the council's final decision.\n"
          "Chapman's winning bid document submitted to council chiefs last week stated they had considered offering the Trust a boardroom place but felt this would not provide all supporters with an equal opportunity for representation.\n"
          "“It saddens me that the officials of the Blue & Gold Supporters' Trust have chosen this moment to detract from the positives and overshadow what is a great moment for King's Lynn and West Norfolk,” said Chapman. “They and every other supporter are entitled to their view, but I find it hard to believe that without contacting the club or the council through the proper avenues first and establishing the facts, they have publicly condemned the decision which allows all fans to be treated without prejudice and with total equality."),
    entities=[("chapman", "Buster Chapman", "PERSON", ["Chapman", "New Lynn FC chairman Buster Chapman", "Buster"],
               "chairman of Lynn FC"),
              ("trust", "Blue and Gold Trust", "ORGANIZATION",
               ["the supporter-led Blue and Gold Trust", "the fans' body", "The supporters' body", "the Trust"],
               "King's Lynn supporters' trust"),
              ("timms", "Neil Timms", "PERSON", ["Timms", "Trust chairman Neil Timms"], "chairman of the Blue and Gold Trust"),
              ("officials", "the officials of the Blue & Gold Supporters' Trust", "GROUP", [], "the Trust's officials")],
    mentions=[("m1", ("New Lynn FC chairman Buster Chapman", A1), "chapman"),
              ("m2", ("the supporter-led Blue and Gold Trust", A1), "trust"),
              ("m3", ("the fans' body", A1), "trust"),
              ("m4", ("New Lynn FC chairman Buster Chapman", A2), "chapman"),
              ("m5", ("the supporter-led Blue and Gold Trust", A2), "trust"),
              ("m6", ("the fans' body", A2), "trust"),
              ("m7", ("Chapman", "awarded Chapman"), "chapman"),
              ("m8", ("the Blue and Gold Trust", "from the Blue and Gold Trust"), "trust"),
              ("m9", "The supporters' body", "trust"),
              ("m10", "an initial statement", "trust"),
              ("m11", ("Buster", "with Buster"), "chapman"),
              ("m12", "Trust chairman Neil Timms", "timms"),
              ("m13", "Chapman's winning bid document", "chapman"),
              ("m14", ("the Trust", "offering the Trust"), "trust"),
              ("m15", "the officials of the Blue & Gold Supporters' Trust", "officials"),
              ("m16", ("Chapman", "said Chapman"), "chapman"),
              ("m17", ("they", "they have publicly condemned"), "officials")],
    attributions=[("a1", "INDIRECT", "m1", ("urged", A1),
                   ("the supporter-led Blue and Gold Trust to help him re-build the town's football club", A1), None),
                  ("a2", "MIXED", "m1", ("refuting", A1), ("claims he made 'broken promises' to the fans' body", A1), None),
                  ("a3", "MIXED", None, ("claims", A1), ("he made 'broken promises' to the fans' body", A1), "a2"),
                  ("a4", "INDIRECT", "m4", ("urged", A2),
                   ("the supporter-led Blue and Gold Trust to help him re-build the town's football club", A2), None),
                  ("a5", "MIXED", "m4", ("refuting", A2), ("claims he made 'broken promises' to the fans' body", A2), None),
                  ("a6", "MIXED", None, ("claims", A2), ("he made 'broken promises' to the fans' body", A2), "a5"),
                  ("a7", "MIXED", "m10", "outlining", "'mixed feelings' over the council decision", None),
                  ("a8", "DIRECT", "m9", "pledged",
                   "sit down with Buster to discuss how we can meaningfully place supporters at the club's heart", None),
                  ("a9", "INDIRECT", "m12", "disclosed",
                   "Chapman's group had offered them a boardroom seat during talks prior to the council's final decision", None),
                  ("a10", "INDIRECT", "m13", "stated", seg(T, "they had considered offering", "opportunity for representation"), None),
                  ("a11", "DIRECT", "m16", ("said", "said Chapman"), seg(T, "It saddens me", "and West Norfolk,"), None),
                  ("a12", "DIRECT", "m16", None, seg(T, "They and every other supporter", "total equality."), None),
                  ("a13", "INDIRECT", "m17", "condemned",
                   "the decision which allows all fans to be treated without prejudice and with total equality", "a12")])

# ---------------------------------------------------------------------------------------
# Caribbean Medical News (Trinidad and Tobago). The byline ("By Caribbean Medical News Staff") is
# left out; the headline is kept. The stored copy breaks off in "The Health Minister recently
# visited the San Fernando General", so the text is cut before that paragraph. "Lead by" is as
# printed.
# Headline: "T&T:" is a topic label, not a speaker; the nurses' "protest" (and "protested" below)
# is a demonstration, an action, not reported speech.
# "promises made by both Minister of Health Dr Fuad Khan and Finance Minister Larry Howai, that
# ...": a noun cue; the coordinated makers are one GROUP (the source mention leaves out "both").
# Wilson's second quotation opens in "“If that new Minister ..." and is left open at its paragraph
# end; the next paragraph reopens it and closes it: one attribution, null cue, continuing "said Mr
# Wilson". "the so-called assurances given by Mr Howai" there is a noun with no content.
# "He said that the union officially wrote Minister Howai, asking for clarification ...": the
# union's request is a speech act nested in Wilson's claim ("for" links the cue).
# "The union head" is Wilson (FORMAT.md, Coreference: a role description resolves to the person).
# Not claims: "did not quite buy into that promise" (a belief with no content of its own).
doc("caribbeanmedicalnews-san-fernando-nurses-protest-arrears",
    url="http://caribbeanmedicalnews.com/2015/08/tt-san-fernando-hospital-nurses-protest-over-arrears-and-pay-increase/",
    outlet="Caribbean Medical News", country="Trinidad and Tobago", topic="health-science", cut=True,
    text=(T := "T&T: San Fernando Hospital nurses protest over arrears and pay increase\n"
          "Despite promises made by both Minister of Health Dr Fuad Khan and Finance Minister Larry Howai, that healthcare workers would be paid arrears and salary increments shortly, nurses at the San Fernando General Hospital did not quite buy into that promise on the eve of a general election.\n"
          "Lead by the Executive officer of National Health Workers Union (NHWU) Sylvan Wilson, members of the NHWU and the Trinidad and Tobago Registered Nurses Association (TTRNA) joined in a lunchtime demonstration at the San Fernando General Hospital.\n"
          "Just last week, nurses at the Port of Spain General Hospital protested as well. Similarly, that protest was premised on unpaid wages as well as better working conditions.\n"
          "“The current regime goes out of office on the 7th of September, so it therefore means beyond the 7th of September, there will be a new minister of Finance, regardless of which party wins the election, and there will be new budget arrangements to be made,” said Mr Wilson.\n"
          "“If that new Minister of Finance does not honour these commitments, he is so entitled to do because it is going to be a new government, a new Parliament. There is going to be a new budget so that the Parliament has to approve that.\n"
          "“So all the so-called assurances given by Mr Howai, really and truly, fall flat because we have no documentary evidence that is going to be binding any incoming administration.”\n"
          "He said that the union officially wrote Minister Howai, asking for clarification regarding the matter.\n"
          "The union head also stressed that the workers were frustrated over the long wait and since they were not allowed to strike, they demonstrated their grievances using alternative methods.\n"
          "“People who have legitimate, justified grievances will vent those grievances. However they choose to do it, they would do it,” he added."),
    entities=[("ministers", "Minister of Health Dr Fuad Khan and Finance Minister Larry Howai", "GROUP", [],
               "Trinidad and Tobago's health and finance ministers"),
              ("wilson", "Sylvan Wilson", "PERSON", ["Mr Wilson", "The union head"],
               "executive officer, National Health Workers Union"),
              ("nhwu", "National Health Workers Union", "ORGANIZATION", ["NHWU", "the NHWU", "the union"], "health workers' union")],
    mentions=[("m1", "Minister of Health Dr Fuad Khan and Finance Minister Larry Howai", "ministers"),
              ("m2", "the Executive officer of National Health Workers Union (NHWU) Sylvan Wilson", "wilson"),
              ("m3", ("the NHWU", "members of the NHWU"), "nhwu"),
              ("m4", "Mr Wilson", "wilson"),
              ("m5", ("He", "He said that"), "wilson"),
              ("m6", ("the union", "that the union officially"), "nhwu"),
              ("m7", "The union head", "wilson"),
              ("m8", ("he", "he added"), "wilson")],
    attributions=[("a1", "INDIRECT", "m1", "promises", "healthcare workers would be paid arrears and salary increments shortly", None),
                  ("a2", "DIRECT", "m4", ("said", "said Mr Wilson"), seg(T, "The current regime", "to be made,"), None),
                  ("a3", "DIRECT", "m4", None, seg(T, "If that new Minister of Finance", "incoming administration."), None),
                  ("a4", "INDIRECT", "m5", ("said", "He said that"),
                   "the union officially wrote Minister Howai, asking for clarification regarding the matter", None),
                  ("a5", "INDIRECT", "m6", "asking for", "clarification regarding the matter", "a4"),
                  ("a6", "INDIRECT", "m7", "stressed", seg(T, "the workers were frustrated", "alternative methods"), None),
                  ("a7", "DIRECT", "m8", "added", seg(T, "People who have legitimate", "they would do it,"), None)])

# ---------------------------------------------------------------------------------------
# ArcticStartup (Helsinki). The headline is kept; the empty line before the press-release
# paragraph is dropped. The stored copy breaks off in "we have an MVP, a worki", so the text is
# cut before that paragraph. "also  there" (two spaces) and the marks around ‘’BBQ by Nordea’’
# are as printed.
# Coreference: the text identifies "A Finnish teenager" / "The teenager" as Tim Borovkov, who
# launched Joinly "with an immigrant", Joshua Akinsanya; "Another immigrant" is a third person.
# "It says he and ... met ..." has the press release as source. Its sender (Tim) is named in the
# sentence before, but the release is written by "they" (both founders), so it is read as a
# document with no single named author and kept as its own entity (a judgment call). "in the
# release" after "they wrote" is a medium; "they" (Tim and Joshua) is one GROUP.
# "Tim suggested we attend ..." inside the release quotation is nested; the quoted event name
# makes it MIXED. The next paragraph's quotation continues "they wrote" with a null cue; the
# inner “Everyone wants the BBQ but not the Q” does not change its type.
# "Joshua asked whether ...": a question reported of a named speaker. "says now he was ...": "now"
# is an adverb of the saying, left out.
# Not claims: the headline ("turn to police" is an action), "There were also some threats" (no
# content), "sent us ... a press release about the launch of ..." (sending is an action).
doc("arcticstartup-joinly-queuing-app-dispute",
    url="https://arcticstartup.com/queuing-gate/",
    outlet="ArcticStartup", country="Finland", topic="technology", cut=True,
    text=(T := "Finnish startups turn to police, again\n"
          "A Finnish teenager launched with an immigrant this week an app to solve the queuing problem. Another immigrant says now he was part of creating the business and then he was quickly played out. The teenager says the law enforcement will take care of the case.\n"
          "Remember Finnish Lunchgate? The story of Lunchie and ResQ Club? At the start of the year, a Finnish guy launched a food leftovers service after working on a similar project for a rival. There were also some threats, some ethical questions. Now the guy has a raised a good investment round and expanded the business well beyond Helsinki.\n"
          "In the most ethical country of the world, we seem to be at it again – borrowed ideas or stolen business secrets are increasingly common in the startup space.\n"
          "This week Wednesday Tim Borovkov sent us at ArcticStartup a press release about the launch of yet another queuing app Joinly.\n"
          "It says he and an immigrant Joshua Akinsanya met just a week earlier, on July 27, saw a problem when queuing at an event in Startup Sauna and solved it in a week.\n"
          "“Tim suggested we attend the ‘’BBQ by Nordea’’ event in Startup Sauna, we pack our bags and off we go. By the time we got to Startup Sauna there was a long queue, which we joined but the line was not moving also  there were lots of cutting in line,” they wrote in the release.\n"
          "“We also wanted to join the gaming activities but didn’t want to lose our position in the queue. Joshua, who had a bad back due to a motorbike crash 5 years earlier, didn’t want to stand for so long. All this lead to the Eureka moment: “Everyone wants the BBQ but not the Q”.”\n"
          "Joshua asked whether there was a solution to the problem, and Tim said they could build one."),
    entities=[("tim", "Tim Borovkov", "PERSON", ["Tim", "The teenager", "A Finnish teenager"], "Finnish teenager, co-founder of Joinly"),
              ("joshua", "Joshua Akinsanya", "PERSON", ["Joshua", "an immigrant", "an immigrant Joshua Akinsanya"],
               "co-founder of Joinly"),
              ("immigrant", "Another immigrant", "PERSON", [], "man who says he helped create the business"),
              ("release", "a press release", "ORGANIZATION", ["the release"], "Joinly's launch press release"),
              ("founders", "Tim Borovkov and Joshua Akinsanya", "GROUP", [], "Joinly's two founders")],
    mentions=[("m1", "A Finnish teenager", "tim"),
              ("m2", ("an immigrant", "with an immigrant this week"), "joshua"),
              ("m3", "Another immigrant", "immigrant"),
              ("m4", "The teenager", "tim"),
              ("m5", "Tim Borovkov", "tim"),
              ("m6", "a press release", "release"),
              ("m7", ("It", "It says he"), "release"),
              ("m8", "an immigrant Joshua Akinsanya", "joshua"),
              ("m9", ("Tim", "Tim suggested"), "tim"),
              ("m10", ("they", "they wrote"), "founders"),
              ("m11", ("Joshua", "Joshua, who had"), "joshua"),
              ("m12", ("Joshua", "Joshua asked"), "joshua"),
              ("m13", ("Tim", "Tim said"), "tim")],
    attributions=[("a1", "INDIRECT", "m3", ("says", "immigrant says"),
                   "he was part of creating the business and then he was quickly played out", None),
                  ("a2", "INDIRECT", "m4", ("says", "teenager says"), "the law enforcement will take care of the case", None),
                  ("a3", "INDIRECT", "m7", ("says", "It says he"),
                   seg(T, "he and an immigrant Joshua Akinsanya met", "solved it in a week"), None),
                  ("a4", "DIRECT", "m10", ("wrote", "they wrote"), seg(T, "Tim suggested we attend", "cutting in line,"), None),
                  ("a5", "MIXED", "m9", "suggested", "we attend the ‘’BBQ by Nordea’’ event in Startup Sauna", "a4"),
                  ("a6", "DIRECT", "m10", None, seg(T, "We also wanted", "not the Q”."), None),
                  ("a7", "INDIRECT", "m12", "asked", "whether there was a solution to the problem", None),
                  ("a8", "INDIRECT", "m13", ("said", "Tim said"), "they could build one", None)])

write("train_cr.jsonl")
