#!/usr/bin/env python3
"""Writes test21_a.jsonl: real-news gold, split test21-a (see gold.py). Run: python3 make_test21_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page ends mid-paragraph ("... criticism should be civilised and"); cut at the
# last whole paragraph.
doc("eblnews-petrov-media-reports-should-worry-crnoja",
    url="https://eblnews.com/news/croatia/petrov-media-reports-should-primarily-worry-crnoja-7823",
    outlet="EBL News", country="Croatia", topic="politics", cut=True,
    text=(T := "Petrov: Media reports should primarily worry Crnoja\n"
          "The leader of the Bridge party, Bozo Petrov, said on Tuesday that media reports about new Veterans' Affairs Minister Mijo Crnoja having reported to be residing at a false address and about his having been imprisoned for violence should primarily worry Crnoja.\n"
          "\"If the reports are true, I think they should primarily worry Crnoja. I'm not a state service, I do not have all the information on people in advance. Frankly, I don't like it, but I can't comment on it before I have obtained all the relevant information,\" Petrov said in an interview with Media Servis when asked about media reports that Crnoja reported as his address a ramshackle cottage in Samobor near Zagreb, as well as that he was once placed in custody for knocking down a bus driver.\n"
          "Asked if Crnoja should resign if those reports proved true, Petrov said that it was up to Crnoja. \"What would happen to a Bridge member in such a situation is a different matter,\" he said, adding that he would discuss the case with Croatian Democratic Union (HDZ) leader Tomislav Karamarko.\n"
          "The HDZ said on its twitter account this morning that it would wait for Crnoja to respond to the media reports.\n"
          "As for Crnoja's announcement that a register of traitors should be published, Petrov said that making announcements before agreeing on them was not a good thing.\n"
          "\"A register of traitors is not something that would change the climate in society for the better. If someone has a problem with some traitors, they know how it should be dealt with, but it definitely cannot be done by a public media lynching campaign or compilation of a register of traitors,\" said Petrov."),
    entities=[("petrov", "Bozo Petrov", "PERSON", ["Petrov", "The leader of the Bridge party, Bozo Petrov"],
               "leader of the Bridge party (Most)"),
              ("crnoja", "Mijo Crnoja", "PERSON", ["Crnoja", "new Veterans' Affairs Minister Mijo Crnoja"],
               "Croatia's new Veterans' Affairs Minister"),
              ("media", "media", "GROUP", ["the media"], "the Croatian media whose reports are discussed"),
              ("hdz", "The HDZ", "ORGANIZATION", ["HDZ", "Croatian Democratic Union"], "Croatian Democratic Union")],
    mentions=[("m1", ("Petrov", "Petrov: Media"), "petrov"),
              ("m2", ("Crnoja", "Crnoja\nThe leader"), "crnoja"),
              ("m3", "The leader of the Bridge party, Bozo Petrov", "petrov"),
              ("m4", ("media", "media reports about"), "media"),
              ("m5", "new Veterans' Affairs Minister Mijo Crnoja", "crnoja"),
              ("m6", ("Crnoja", "Crnoja.\n\"If the"), "crnoja"),
              ("m7", ("Crnoja", "Crnoja. I'm not"), "crnoja"),
              ("m8", ("Petrov", "Petrov said in an interview"), "petrov"),
              ("m9", ("media", "media reports that Crnoja"), "media"),
              ("m10", ("Crnoja", "Crnoja reported as"), "crnoja"),
              ("m11", ("Crnoja", "Crnoja should resign"), "crnoja"),
              ("m12", ("Petrov", "Petrov said that it was"), "petrov"),
              ("m13", ("Crnoja", "Crnoja. \"What"), "crnoja"),
              ("m14", ("he", "he said, adding"), "petrov"),
              ("m15", "The HDZ", "hdz"),
              ("m16", ("Crnoja", "Crnoja to respond"), "crnoja"),
              ("m17", ("Crnoja", "Crnoja's announcement"), "crnoja"),
              ("m18", ("Petrov", "Petrov said that making"), "petrov"),
              ("m19", ("Petrov", "said Petrov"), "petrov")],
    attributions=[("a1", "INDIRECT", "m1", None, "Media reports should primarily worry Crnoja", None),
                  ("a2", "INDIRECT", "m3", ("said", "Petrov, said on"),
                   seg(T, "media reports about new", "should primarily worry Crnoja"), None),
                  # "media reports about X": the noun is the cue and "media" names the claimant
                  # inside the NP, as "a post on the council's account" names the council
                  # (FORMAT.md, Documents); the linking "about" is left out of the content.
                  ("a3", "INDIRECT", "m4", ("reports", "media reports about"),
                   seg(T, "new Veterans' Affairs Minister", "imprisoned for violence"), "a2"),
                  ("a4", "DIRECT", "m8", ("said", "Petrov said in an interview"),
                   seg(T, "If the reports are true", "all the relevant information,"), None),
                  # The question put to Petrov ("when asked about ...") is no claim, but the media
                  # reports named inside it keep their own claim, as the journalist states it.
                  # "Crnoja reported as his address ..." is the registration of an address, an
                  # act, not a reported statement.
                  ("a5", "INDIRECT", "m9", ("reports", "media reports that Crnoja"),
                   seg(T, "Crnoja reported as his address", "knocking down a bus driver"), None),
                  ("a6", "INDIRECT", "m12", ("said", "Petrov said that it was"), "it was up to Crnoja", None),
                  ("a7", "DIRECT", "m14", ("said", "he said, adding"),
                   "What would happen to a Bridge member in such a situation is a different matter,", None),
                  ("a8", "INDIRECT", "m14", "adding",
                   "he would discuss the case with Croatian Democratic Union (HDZ) leader Tomislav Karamarko", None),
                  ("a9", "INDIRECT", "m15", ("said", "HDZ said"), "it would wait for Crnoja to respond to the media reports", None),
                  ("a10", "INDIRECT", "m17", ("announcement", "Crnoja's announcement"), "a register of traitors should be published", None),
                  ("a11", "INDIRECT", "m18", ("said", "Petrov said that making"),
                   "making announcements before agreeing on them was not a good thing", None),
                  # "If someone has a problem ..., they know how ..." is a hypothetical inside the
                  # quote, not an attitude reported of a speaker (FORMAT.md, Excluded).
                  ("a12", "DIRECT", "m19", ("said", "said Petrov"),
                   seg(T, "A register of traitors is not", "a register of traitors,"), None)])

# ---------------------------------------------------------------------------------------
# The page prints share counts ("0", "225") under the headline; left out. The stored copy
# ends mid-paragraph ("He said the municipality continues"); cut at the last whole paragraph.
doc("manitoulin-residents-input-before-council-decisions",
    url="https://manitoulin.com/residents-input-sought-council-makes-significant-decisions-says-mindemoya-man",
    outlet="The Manitoulin Expositor", country="Canada", topic="local", cut=True,
    text=(T := "Residents’ input should be sought before council makes significant decisions, says Mindemoya man\n"
          "MINDEMOYA—A representative for a group of citizens at a Central Manitoulin council meeting last week says that before council makes decisions on issues of a magnitude that affects local taxpayers, they should get their input first.\n"
          "“I agree with a lot of the issues you have raised,” stated Mayor Richard Stephens after a presentation by Chris King. “You have made some very good points.”\n"
          "Mr. King said, “Central Manitoulin council, before making decisions of magnitude, you should perhaps request input from residents who pay taxes. I have a few issues I and other residents would like to bring forward.”\n"
          "“One is closure of the Old School no later than September 1, 2016, regardless of resident’s opinions,” said Mr. King. “This is pretty near a done deal; council continues to allow tenants to sign leases for rent without closure notification. One young businesswoman, Janelle Proulx, spent thousands of dollars for renovations, business cards and advertisement for her office space with no notification from council of closure. This is very upsetting to someone that has just got out of school and opened a business.”\n"
          "Mr. King noted council did not advertise for rental space being available in the Old School building. “Meanwhile you are renting an office to Northeastern Mental Health for only $110 per month, the price of a hotel room per night. And the councillor who seconded the motion to close the old school has not been inside the building for years, and still hasn’t, even after the motion was passed. And you received a letter from Janelle Proulx asking council to visit the building and her office to see the renovations, yet not one councillor took her up on the invitation to attend.”"),
    entities=[("king", "Chris King", "PERSON",
               ["Mr. King", "King", "Mindemoya man", "A representative for a group of citizens"],
               "Mindemoya man representing a group of citizens"),
              ("stephens", "Richard Stephens", "PERSON", ["Mayor Richard Stephens", "Stephens"],
               "Mayor of Central Manitoulin"),
              ("proulx", "Janelle Proulx", "PERSON", ["Proulx", "One young businesswoman, Janelle Proulx"],
               "young businesswoman renting office space in the Old School")],
    mentions=[("m1", "Mindemoya man", "king"),
              ("m2", "A representative for a group of citizens", "king"),
              ("m3", "Mayor Richard Stephens", "stephens"),
              ("m4", "Chris King", "king"),
              ("m5", ("Mr. King", "Mr. King said,"), "king"),
              ("m6", ("Mr. King", "said Mr. King"), "king"),
              ("m7", "One young businesswoman, Janelle Proulx", "proulx"),
              ("m8", ("Mr. King", "Mr. King noted"), "king"),
              ("m9", ("Janelle Proulx", "letter from Janelle Proulx"), "proulx")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "says Mindemoya"),
                   "Residents’ input should be sought before council makes significant decisions", None),
                  ("a2", "INDIRECT", "m2", ("says", "week says that"),
                   seg(T, "before council makes decisions on issues", "get their input first"), None),
                  ("a3", "DIRECT", "m3", "stated", "I agree with a lot of the issues you have raised,", None),
                  ("a4", "DIRECT", "m3", None, "You have made some very good points.", None),
                  ("a5", "DIRECT", "m5", ("said", "Mr. King said,"),
                   seg(T, "Central Manitoulin council, before", "would like to bring forward."), None),
                  ("a6", "DIRECT", "m6", ("said", "said Mr. King"),
                   "One is closure of the Old School no later than September 1, 2016, regardless of resident’s opinions,", None),
                  ("a7", "DIRECT", "m6", None, seg(T, "This is pretty near a done deal", "opened a business."), None),
                  ("a8", "INDIRECT", "m8", "noted",
                   "council did not advertise for rental space being available in the Old School building", None),
                  # The quotation after "Mr. King noted ..." has no reporting clause of its own: it
                  # continues King with a null cue.
                  ("a9", "DIRECT", "m8", None, seg(T, "Meanwhile you are renting", "invitation to attend."), None),
                  # "a letter from Janelle Proulx asking council to visit ...": the letter names its
                  # author, so Proulx is the source (FORMAT.md, Documents). "asking council to X" is
                  # a request like "called on X to Y", so the addressee stays in the content
                  # (seed a23/a24); "asked the driver whether ..." is a question, not this case.
                  ("a10", "INDIRECT", "m9", "asking",
                   "council to visit the building and her office to see the renovations", "a9")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. It ends mid-sentence
# ("so his solicitor, Tim Kennelly, cou"); cut at the last whole paragraph.
doc("kildarenow-video-links-naas-courthouse",
    url="https://www.kildarenow.com/news/news/535864/covid-19-brings-video-links-to-naas-courthouse.html",
    outlet="Kildare Now", country="Ireland", topic="courts-crime", cut=True,
    text=(T := "Video link technology, which allows people to give evidence from a remote location, is currently being used at Naas Courthouse during the regular District Court sittings.\n"
          "Although the facility and technology is available and has been for some time, it is rarely used.\n"
          "This is because, most of the time, those involved in cases can make their way to the courthouse.\n"
          "But it is being called into action on current court days because of the social distancing requirements to deal with the Covid-19 outbreak. Three men, held in detention on unrelated cases could give evidence to the court via video link one Wednesday the week before last.\n"
          "In the first instance the defendant, a man was being prosecuted for having no insurance or driving licence but was in detention on other charges.\n"
          "The defendant appeared on both monitors in the courtroom and said he was due to be released on June 17.\n"
          "His case is adjourned until June 10, when he will likely appear at Naas Courthouse — presuming that the virus has departed.\n"
          "The second case was adjourned until a later date and concerned a man, who said he is not guilty.\n"
          "He had a solicitor, Brian Larkin, appointed to represent him on what Sgt Jim Kelly described as “a road traffic matter”.\n"
          "The case was then adjourned.\n"
          "The third case didn’t run as smoothly.\n"
          "When Sgt Kelly sought to have this adjourned for a week the man, speaking from Cloverhill Prison, protested his innocence.\n"
          "“I’m being kept against my will, I’m here nine days and I’ve had no healthcare. I want to get out,” he said.\n"
          "Solicitor Tim Kennelly told the court that the defendant was in need of medical treatment and this was to have been provided, as was previously mentioned.\n"
          "“He was remanded in custody whether he likes it or not,” said Sgt Kelly.\n"
          "Addressing the defendant, the judge said the legal position is that “your bail was revoked.”"),
    # Three different defendants; each entity keeps one name of its own so that "a man", "the
    # man" and "the defendant" do not make them indistinguishable under score.py's speaker rule.
    entities=[("def1", "the defendant, a man", "PERSON", ["The defendant"],
               "defendant in the first case (no insurance or driving licence)"),
              ("man2", "a man", "PERSON", [], "defendant in the second case"),
              ("kelly", "Jim Kelly", "PERSON", ["Sgt Jim Kelly", "Sgt Kelly", "Kelly"], "Garda sergeant"),
              ("man3", "the man, speaking from Cloverhill Prison", "PERSON", ["the defendant"],
               "defendant in the third case, held in Cloverhill Prison"),
              ("kennelly", "Tim Kennelly", "PERSON", ["Solicitor Tim Kennelly", "Kennelly"],
               "solicitor for the third defendant"),
              ("judge", "the judge", "PERSON", [], "District Court judge at Naas")],
    mentions=[("m1", "the defendant, a man", "def1"),
              ("m2", ("The defendant", "The defendant appeared"), "def1"),
              ("m3", ("a man", "concerned a man"), "man2"),
              ("m4", "Sgt Jim Kelly", "kelly"),
              ("m5", ("Sgt Kelly", "When Sgt Kelly"), "kelly"),
              ("m6", ("the man", "the man, speaking"), "man3"),
              ("m7", ("he", "he said.\nSolicitor"), "man3"),
              ("m8", "Solicitor Tim Kennelly", "kennelly"),
              ("m9", ("the defendant", "that the defendant was"), "man3"),
              ("m10", ("Sgt Kelly", "said Sgt Kelly"), "kelly"),
              ("m11", ("the defendant", "Addressing the defendant"), "man3"),
              ("m12", "the judge", "judge")],
    attributions=[("a1", "INDIRECT", "m2", ("said", "said he was due"), "he was due to be released on June 17", None),
                  ("a2", "INDIRECT", "m3", ("said", "who said he is"), "he is not guilty", None),
                  # "what Sgt Jim Kelly described as “a road traffic matter”": the described object
                  # ("what") lies before the source, so the content is the quoted description, the
                  # linking "as" left out; the whole content is one quotation, hence DIRECT, as
                  # `demanded "measures that …"` (FORMAT.md, Type).
                  ("a3", "DIRECT", "m4", "described", "a road traffic matter", None),
                  # "protested his innocence": evaluative reporting with an NP content, like
                  # "defended the design" (FORMAT.md, Included). "sought to have this adjourned" is a
                  # court application, an act, not a claim.
                  ("a4", "INDIRECT", "m6", "protested", "his innocence", None),
                  ("a5", "DIRECT", "m7", ("said", "out,” he said"),
                   seg(T, "I’m being kept against my will", "I want to get out,"), None),
                  ("a6", "INDIRECT", "m8", "told",
                   seg(T, "the defendant was in need", "as was previously mentioned"), None),
                  # "as was previously mentioned" is an agentless reporting clause inside Kennelly's
                  # claim: null source (FORMAT.md, Null source), its content the clause it follows.
                  ("a7", "INDIRECT", None, "mentioned", "this was to have been provided", "a6"),
                  ("a8", "DIRECT", "m10", ("said", "said Sgt Kelly"), "He was remanded in custody whether he likes it or not,", None),
                  ("a9", "MIXED", "m12", ("said", "the judge said"), "the legal position is that “your bail was revoked.”", None)])

# ---------------------------------------------------------------------------------------
# A caption under the headline is left out. The stored copy breaks off in the second
# paragraph ("supporting legislators see $2.7B f"); cut after the first.
doc("sportsbusinessjournal-commanders-stadium-deal-dc-council",
    url="https://www.sportsbusinessjournal.com/Articles/2025/05/07/commanders-stadium-deal-not-done-yet-with-support-needed-from-dc-council",
    outlet="Sports Business Journal", country="US", topic="sport", cut=True, published="2025-05-07",
    text=(T := "Commanders stadium deal not done yet, with support needed from D.C. Council\n"
          "NFL Commissioner Roger Goodell and Commanders owner Josh Harris worked Monday to “garner support from D.C. Council members” for the team’s deal with D.C. Mayor Muriel Bowser to build a new stadium in the District, but the deal is “far from done,” according to Gathright, Maske, & Jhabvala of the WASHINGTON POST. Goodell and Harris met privately with D.C. Council Chair Phil Mendelson and “mingled with all but one of the council’s members,” and the lobby effort “demonstrated the extent of the NFL commissioner’s personal investment in expanding the football league’s footprint in the District.” The Commanders hope to achieve that with about $1B in public funds from the city that “would go toward building a new stadium and surrounding development.” Mendelson said that he “remains wary of allocating public money for a stadium and is waiting to see more details.” However, he gave “some indication that a stadium may be in the city’s future.” Mendelson said that he expects “something will go forward.” But he added that he “anticipates that the council will make changes to the deal.” Gathright, Maske, & Jhabvala note perhaps the “central political question facing lawmakers, the mayor, the team, and the NFL is how significant those changes might be.” Several council members said that Harris and Goodell “gave a brief sales pitch for the deal and answered some questions from lawmakers about the city’s contribution” (WASHINGTON POST, 5/6)."),
    entities=[("wapo", "Gathright, Maske, & Jhabvala", "GROUP",
               ["Gathright, Maske, & Jhabvala of the WASHINGTON POST", "Gathright", "Maske", "Jhabvala"],
               "Washington Post reporters"),
              ("mendelson", "Phil Mendelson", "PERSON", ["D.C. Council Chair Phil Mendelson", "Mendelson"],
               "Chair of the D.C. Council"),
              ("members", "Several council members", "GROUP", ["council members"], "members of the D.C. Council")],
    mentions=[("m1", "Gathright, Maske, & Jhabvala of the WASHINGTON POST", "wapo"),
              ("m2", "D.C. Council Chair Phil Mendelson", "mendelson"),
              ("m3", ("Mendelson", "Mendelson said that he “remains"), "mendelson"),
              ("m4", ("he", "he gave"), "mendelson"),
              ("m5", ("Mendelson", "Mendelson said that he expects"), "mendelson"),
              ("m6", ("he", "he added"), "mendelson"),
              ("m7", ("Gathright, Maske, & Jhabvala", "Gathright, Maske, & Jhabvala note"), "wapo"),
              ("m8", "Several council members", "members")],
    # The three reporters are one coordinated subject, one GROUP (FORMAT.md, Groups); "of the
    # WASHINGTON POST" is their short role, and the Post itself is their medium.
    attributions=[("a1", "MIXED", "m1", "according to", seg(T, "NFL Commissioner Roger Goodell", "“far from done,”"), None),
                  # The next two sentences have no cue but quote the Post's words in reported
                  # narration, so they continue the reporters with a null cue (FORMAT.md, "A sentence
                  # with quoted words and reported tense may continue the speaker"). "The Commanders
                  # hope to achieve that" states an aim, not a reported belief, so it is no claim
                  # of the team.
                  ("a2", "MIXED", "m1", None, seg(T, "Goodell and Harris met privately", "footprint in the District.”"), None),
                  ("a3", "MIXED", "m1", None, seg(T, "The Commanders hope", "surrounding development.”"), None),
                  ("a4", "MIXED", "m3", ("said", "Mendelson said that he “remains"),
                   "he “remains wary of allocating public money for a stadium and is waiting to see more details.”", None),
                  # "he gave “some indication that …”": the quoted object of the verb is the whole
                  # content, so DIRECT with cue "gave", as `demanded "measures that …"`.
                  ("a5", "DIRECT", "m4", ("gave", "he gave"), "some indication that a stadium may be in the city’s future.", None),
                  ("a6", "MIXED", "m5", ("said", "Mendelson said that he expects"), "he expects “something will go forward.”", None),
                  ("a7", "MIXED", "m6", "added", "he “anticipates that the council will make changes to the deal.”", None),
                  ("a8", "MIXED", "m7", "note",
                   seg(T, "perhaps the “central political question", "those changes might be.”"), None),
                  ("a9", "MIXED", "m8", ("said", "members said"),
                   seg(T, "Harris and Goodell “gave a brief", "about the city’s contribution”"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. It ends mid-sentence
# ("Ph.D. stu"); cut at the last whole paragraph.
doc("badgerherald-andes-glacier-retreat-researchers",
    url="https://badgerherald.com/news/science-news/2024/09/11/andes-glacier-retreat-offers-glimpse-into-climate-future-according-to-researchers",
    outlet="The Badger Herald", country="US", topic="environment", cut=True, published="2024-09-11",
    text=(T := "In a study conducted by the University of Wisconsin’s Proglacial Lab, Dr. Shaun Marcott’s team has discovered that tropical glaciers in the Andes Mountains are now smaller than they have been at any point since the last ice age, approximately 12,000 years ago. This finding serves as a stark warning about the accelerating pace of climate change and its far-reaching consequences said Dr. Luke Zoet, a contributor to a study by Nature Geoscience.\n"
          "The study, published by Nature Geoscience, utilized cutting-edge data techniques to analyze rock samples from four glaciers in the Bolivian Andes. Zoet said that by measuring the accumulation of UV rays in these samples, the researchers reconstructed a detailed history of glacier retreat and advance over millennia.\n"
          "Marcott’s team chose to focus on tropical glaciers in the Andes for several reasons. The Andes were selected due to its size and geographical position, Zoet said.\n"
          "The models show that the Andes glaciers are very sensitive to climate change, Zoet said. The equatorial location and high altitude of these glaciers make them ideal indicators of global climate trends, removing some of the complexities found in other regions.\n"
          "“It seems counterintuitive, but what happens is if you have a big glacier… they are slow to respond to the climate because of the massive mass,” Zoet said.\n"
          "The study’s findings are particularly significant because they place the current glacier retreat in a broader historical context. While there have always been fluctuations in glacier size, the recent retreat is far greater than anything observed in the past 12,000 years, Zoet said.\n"
          "This unprecedented shrinkage has profound implications for local communities and ecosystems. These glaciers provide massive amounts of resources for these communities. In the summer the Andes glaciers serve as their water supply, Zoet said."),
    entities=[("team", "Dr. Shaun Marcott’s team", "GROUP", ["Marcott’s team", "the researchers"],
               "research team of the University of Wisconsin's Proglacial Lab led by Shaun Marcott"),
              ("zoet", "Dr. Luke Zoet", "PERSON",
               ["Zoet", "Luke Zoet", "Dr. Luke Zoet, a contributor to a study by Nature Geoscience"],
               "contributor to the Nature Geoscience study")],
    mentions=[("m1", "Dr. Shaun Marcott’s team", "team"),
              ("m2", "Dr. Luke Zoet, a contributor to a study by Nature Geoscience", "zoet"),
              ("m3", ("Zoet", "Zoet said that by"), "zoet"),
              ("m4", ("the researchers", "the researchers reconstructed"), "team"),
              ("m5", ("Marcott’s team", "Marcott’s team chose"), "team"),
              ("m6", ("Zoet", "position, Zoet said"), "zoet"),
              ("m7", ("Zoet", "climate change, Zoet said"), "zoet"),
              ("m8", ("Zoet", "mass,” Zoet said"), "zoet"),
              ("m9", ("Zoet", "12,000 years, Zoet said"), "zoet"),
              ("m10", ("Zoet", "water supply, Zoet said"), "zoet")],
    # A trailing ", Zoet said" covers its own sentence only: the uncued sentences before
    # those with a cue ("The equatorial location ...", "The study's findings are ...", "These
    # glaciers provide ...") are not annotated (FORMAT.md, No cue, no claim). "The models show
    # that" is an evidential inside Zoet's claim and is not split off.
    attributions=[("a1", "INDIRECT", "m1", "discovered",
                   seg(T, "tropical glaciers in the Andes Mountains", "approximately 12,000 years ago"), None),
                  ("a2", "INDIRECT", "m2", ("said", "consequences said"),
                   seg(T, "This finding serves", "far-reaching consequences"), None),
                  ("a3", "INDIRECT", "m3", ("said", "Zoet said that by"),
                   seg(T, "by measuring the accumulation", "advance over millennia"), None),
                  ("a4", "INDIRECT", "m6", ("said", "position, Zoet said"),
                   "The Andes were selected due to its size and geographical position", None),
                  ("a5", "INDIRECT", "m7", ("said", "climate change, Zoet said"),
                   "The models show that the Andes glaciers are very sensitive to climate change", None),
                  ("a6", "DIRECT", "m8", ("said", "mass,” Zoet said"),
                   seg(T, "It seems counterintuitive", "the massive mass,"), None),
                  ("a7", "INDIRECT", "m9", ("said", "12,000 years, Zoet said"),
                   seg(T, "While there have always been fluctuations", "in the past 12,000 years"), None),
                  ("a8", "INDIRECT", "m10", ("said", "water supply, Zoet said"),
                   "In the summer the Andes glaciers serve as their water supply", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (it opens with an image label, "artificial intelligence AI
# robot", left out), so the text starts with the lead. The "Source: MTI" line and the comment
# form are left out; the article is complete.
doc("dailynewshungary-palkovics-digital-challenges-ai-vienna",
    url="https://dailynewshungary.com/hungarian-innovation-minister-discusses-digital-challenges-artificial-intelligence-in-vienna/",
    outlet="Daily News Hungary", country="Hungary", topic="technology", cut=False,
    text=(T := "László Palkovics, the minister for innovation and technology, discussed digital challenges and artificial intelligence at an informal meeting of ministers in charge of competitiveness in Vienna on Monday.\n"
          "In order to boost EU competitiveness, joint efforts need to be made to promote innovation by industrial companies in the field of AI, he said in a statement.\n"
          "AI has outstanding importance for Hungary because it offers opportunities for research institutes and universities to join large-scale, European R and D innovation schemes, he said.\n"
          "The government plans to play a role in implementing EU strategies for such schemes, he added.\n"
          "Palkovics held consultations with several members of the European Commission. At a meeting with European Commissioner for Digital Single Market Andrus Ansip, they reviewed the Digital European Programme (DEP) proposal published in June. The minister welcomed the initiative, saying he agreed with its main objectives because the welfare of EU citizens depended on the success of the digital transition. However, he said, “DEP in itself will not enable us to keep pace with our global competitors” and member states must introduce measures adjusted to their own digital development demands.\n"
          "Palkovics highlighted Hungarian plans connected with 5G mobile data transmission and a test track in Zalaegerszeg, in western Hungary, for autonomous vehicles."),
    entities=[("palkovics", "László Palkovics", "PERSON",
               ["Palkovics", "László Palkovics, the minister for innovation and technology", "The minister"],
               "Hungary's Minister for Innovation and Technology")],
    mentions=[("m1", "László Palkovics, the minister for innovation and technology", "palkovics"),
              ("m2", ("he", "he said in a statement"), "palkovics"),
              ("m3", ("he", "schemes, he said"), "palkovics"),
              ("m4", ("he", "he added"), "palkovics"),
              ("m5", ("Palkovics", "Palkovics held"), "palkovics"),
              ("m6", "The minister", "palkovics"),
              ("m7", ("he", "he said, “DEP"), "palkovics"),
              ("m8", ("Palkovics", "Palkovics highlighted"), "palkovics")],
    attributions=[# "discussed X" with a topic as content, as test7's "debated the best way to ...";
                  # the meeting and its place and day are adjuncts of the reporting event.
                  ("a1", "INDIRECT", "m1", "discussed", "digital challenges and artificial intelligence", None),
                  ("a2", "INDIRECT", "m2", ("said", "he said in a statement"),
                   seg(T, "In order to boost EU competitiveness", "in the field of AI"), None),
                  ("a3", "INDIRECT", "m3", ("said", "schemes, he said"),
                   seg(T, "AI has outstanding importance", "R and D innovation schemes"), None),
                  ("a4", "INDIRECT", "m4", "added",
                   "The government plans to play a role in implementing EU strategies for such schemes", None),
                  # "held consultations" and "reviewed the ... proposal" are acts with no content.
                  ("a5", "INDIRECT", "m6", "welcomed", "the initiative", None),
                  ("a6", "INDIRECT", "m6", "saying",
                   "he agreed with its main objectives because the welfare of EU citizens depended on the success of the digital transition", None),
                  ("a7", "MIXED", "m7", ("said", "he said, “DEP"),
                   seg(T, "“DEP in itself", "digital development demands"), None),
                  # "highlighted X": evaluative reporting with an NP content, like "announced the
                  # launch of X" (FORMAT.md, Included).
                  ("a8", "INDIRECT", "m8", "highlighted",
                   seg(T, "Hungarian plans connected", "for autonomous vehicles"), None)])

write("test21_a.jsonl")
