#!/usr/bin/env python3
"""Writes train_cb.jsonl: real-news gold, split train-cb (see gold.py). Run: python3 make_train_cb.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Newser (US). The stored page gives headline, standfirst, byline ("By Liz MacGahan, Newser Staff"),
# date line ("Posted Sep 14, 2021 1:32 PM CDT"), a second image headline and a photo caption; the
# byline, date line, image headline and caption are left out, as are the app promotion after the
# article and the link "(More marathon stories.)" that ends the last paragraph (a "Read more" link
# run into the paragraph, dropped as swissinfo's "External link" was). The article is complete.
# Notes:
# - Headline "Leads to Debate About Real Winner" and standfirst "organizers apologize after cone line
#   was placed incorrectly": no reported content ("after" is a temporal adjunct), no claim.
# - "organizers apologized for the course being 568 meters ... too long": corpus practice takes
#   "apologises for X" with content X ("for" only links the cue); "In a Facebook post" is a medium.
# - "event director Tom Naylor said in a statement, per CNN": CNN is a medium, as "said ..., as
#   quoted by TOLO News" in the corpus and "is quoted as saying by the Courier" (FORMAT.md, Media);
#   "Newsweek reports" and "ITV reports" make the outlets sources (the Courier reported ...).
# - "Confusion over times aside, the charity event raised ..., ITV reports": the absolute phrase is
#   inside the reported sentence, so it stays (FORMAT.md: an adjunct inside the claim stays).
doc("newser-brighton-marathon-course-too-long",
    url="https://www.newser.com/story/311031/marathon-mistake-causes-controversy-over-win-times.html",
    outlet="Newser", country="US", topic="sport", cut=False, published="2021-09-14",
    text=(T := "Marathon Course Goof Leads to Debate About Real Winner\n"
          "Brighton Marathon organizers apologize after cone line was placed incorrectly\n"
          "A marathon runner who runs an extra half-kilometer might be proud. Then again, a runner winning at the 26.2-mile mark, where the finish line should be, might be more than a little annoyed if that extra distance gives another runner a chance to pass and win. Sunday’s Brighton Marathon in England was just a little too long thanks to human error, and now there’s a controversy brewing over the real winner, Newsweek reports. Ollie Garrod was all set to win when, in the last 200 meters Neil McClements surged past him. Those last 200 meters were a few hundred past where the finish line should have been, though. McClements was named the official winner with a time of 2:33:44. Garrod was officially second at 2:34:01. Verity Hopkins won the women’s race without controversy.\n"
          "In a Facebook post, organizers apologized for the course being 568 meters (roughly a half-kilometer, or 1,863 feet) too long, saying, “We are wholly disappointed that this has affected our runners.” The course had been measured correctly initially, but a “basic human error in laying out a cone line” changed the distance, event director Tom Naylor said in a statement, per CNN. Mileage mistakes aren’t incredibly uncommon: in 2017, the Milwaukee Marathon was nearly a mile too short, and the Manchester Marathon was 380 meters too short for three years running. Confusion over times aside, the charity event raised about $4.8 million, ITV reports."),
    entities=[("organizers", "Brighton Marathon organizers", "GROUP", ["organizers"], "organizers of the Brighton Marathon"),
              ("newsweek", "Newsweek", "ORGANIZATION", [], "US news magazine"),
              ("naylor", "Tom Naylor", "PERSON", ["Naylor", "event director Tom Naylor"], "Brighton Marathon event director"),
              ("itv", "ITV", "ORGANIZATION", [], "British broadcaster")],
    mentions=[("m1", "Brighton Marathon organizers", "organizers"),
              ("m2", "Newsweek", "newsweek"),
              ("m3", ("organizers", "organizers apologized"), "organizers"),
              ("m4", "event director Tom Naylor", "naylor"),
              ("m5", "ITV", "itv")],
    attributions=[("a1", "INDIRECT", "m2", ("reports", "Newsweek reports"),
                   seg(T, "Sunday’s Brighton Marathon", "over the real winner"), None),
                  ("a2", "INDIRECT", "m3", "apologized",
                   "the course being 568 meters (roughly a half-kilometer, or 1,863 feet) too long", None),
                  ("a3", "DIRECT", "m3", "saying", "We are wholly disappointed that this has affected our runners.", None),
                  ("a4", "MIXED", "m4", ("said", "Naylor said"),
                   seg(T, "The course had been measured", "changed the distance"), None),
                  ("a5", "INDIRECT", "m5", ("reports", "ITV reports"),
                   "Confusion over times aside, the charity event raised about $4.8 million", None)])

# ---------------------------------------------------------------------------------------
# Goldsboro News-Argus (North Carolina, US). The stored page opens with a date line
# ("10/20/11 — Health Department seeks ..."), "View Archive", the headline, byline and publication
# line; the headline is kept once and the rest left out. The stored copy breaks off inside the
# paragraph after Roosen's last quotation ("The bill -- which pri"): cut before it.
# Notes:
# - Headline "Health Department seeks quicker reporting": "seeks" is a cue in the corpus ("seeks
#   support to ..."); the department is its own entity (the speaker of the headline).
# - "has advocated for better reporting": like "called for" (FORMAT.md, Cues keep particles).
# - "He primarily targeted adult care homes ..." is an action, not a claim; "but says" is.
# - "The health director said he wasted no time lobbying for a more expedient reporting system":
#   lobbying for X is a speech act like "called for X", nested in the report, with "he" its source.
# - The quotation "Their answer was, ... it didn't work." runs on into the next paragraph ("I said,
#   ... publicized."), so it is one DIRECT attribution continuing the speaker (null cue), as
#   FORMAT.md's multi-paragraph rule says. Inside it, "Their answer was, ..." (the state's reply,
#   noun cue "answer") and "I said, ..." are nested; so is "said we need to pass a law" in the quote
#   before. "Well, it has, it just hasn't been publicized." has no cue of its own and is left out.
# - "it was the hospital who reported it to us": notifying the department of an outbreak is an
#   action (FORMAT.md: "informed the regulator"), not a claim.
# - "Roosen said he was told that ...": the agentless "was told" is nested with a null source and
#   the addressee left out (FORMAT.md: "staff were told to stay home"). "learned that" is not a
#   reporting verb.
doc("newsargus-wayne-health-department-outbreak-reporting",
    url="http://www.newsargus.com/news/archives/2011/10/20/health_department_seeks_quicker_reporting_on_outbreaks/",
    outlet="Goldsboro News-Argus", country="US", topic="health-science", cut=True, published="2011-10-20",
    text=(T := "Health Department seeks quicker reporting on outbreaks\n"
          "Ever since an outbreak of hepatitis B claimed six lives at GlenCare assisted living facility in Mount Olive a year ago, Health Director James Roosen has advocated for better reporting to public health agencies.\n"
          "He primarily targeted adult care homes and assisted living facilities, but says the scope is much broader.\n"
          "In addition to cases of food-borne illnesses, there was a recent outbreak of conjunctivitis, or pink-eye, at a day care center, which the Health Department did not learn about until after it was over.\n"
          "\"Here in Wayne County -- this is true in most counties -- you have had major outbreaks that don't pop up until the week or two after the outbreak has disappeared,\" he said.\n"
          "That was almost the case with GlenCare.\n"
          "\"We didn't find out about that outbreak until the second person had died,\" Roosen said. \"What's interesting is the fact that it took so long to report to the Health Department. Actually, it was the hospital who reported it to us.\"\n"
          "The health director said he wasted no time lobbying for a more expedient reporting system.\n"
          "\"The first thing I did after I got knowledge about this is I went to the state and said we need to pass a law. We need to pass a rule,\" he said. \"Their answer was, we have tried this before and it didn't work.\n"
          "\"I said, we haven't had six deaths before. Well, it has, it just hasn't been publicized.\"\n"
          "Roosen said he was told that efforts had previously been made to pass similar laws but the proposals had never passed legislation. That was not the case this time. Roosen recently learned that House Bill 474 made it through and goes into effect in January 2012.\n"
          "\"It's already been voted in, will be in effect Jan. 1,\" he said. \"That means I think it's environmental health that will be out there enforcing it.\""),
    entities=[("hd", "Health Department", "ORGANIZATION", ["the Health Department"], "Wayne County Health Department"),
              ("roosen", "James Roosen", "PERSON", ["Roosen", "Health Director James Roosen", "The health director"],
               "Wayne County Health Director"),
              ("state", "the state", "ORGANIZATION", [], "North Carolina state authorities")],
    mentions=[("m1", ("Health Department", "Health Department seeks"), "hd"),
              ("m2", "Health Director James Roosen", "roosen"),
              ("m3", ("He", "He primarily"), "roosen"),
              ("m4", ("the Health Department", "which the Health Department"), "hd"),
              ("m5", ("he", "disappeared,\" he said"), "roosen"),
              ("m6", ("Roosen", "Roosen said. \"What"), "roosen"),
              ("m7", ("the Health Department", "report to the Health Department"), "hd"),
              ("m8", "The health director", "roosen"),
              ("m9", ("he", "he wasted"), "roosen"),
              ("m10", ("I", "I went to the state"), "roosen"),
              ("m11", ("the state", "to the state and"), "state"),
              ("m12", ("he", "rule,\" he said"), "roosen"),
              ("m13", ("Their", "Their answer"), "state"),
              ("m14", ("I", "I said, we"), "roosen"),
              ("m15", ("Roosen", "Roosen said he was told"), "roosen"),
              ("m16", ("Roosen", "Roosen recently"), "roosen"),
              ("m17", ("he", "Jan. 1,\" he said"), "roosen")],
    attributions=[("a1", "INDIRECT", "m1", "seeks", "quicker reporting on outbreaks", None),
                  ("a2", "INDIRECT", "m2", "advocated for", "better reporting to public health agencies", None),
                  ("a3", "INDIRECT", "m3", ("says", "but says"), "the scope is much broader", None),
                  ("a4", "DIRECT", "m5", ("said", "disappeared,\" he said"),
                   seg(T, "Here in Wayne County", "has disappeared,"), None),
                  ("a5", "DIRECT", "m6", ("said", "Roosen said. \"What"),
                   "We didn't find out about that outbreak until the second person had died,", None),
                  ("a6", "DIRECT", "m6", None, seg(T, "What's interesting", "reported it to us."), None),
                  ("a7", "INDIRECT", "m8", ("said", "director said"),
                   "he wasted no time lobbying for a more expedient reporting system", None),
                  ("a8", "INDIRECT", "m9", "lobbying for", "a more expedient reporting system", "a7"),
                  ("a9", "DIRECT", "m12", ("said", "rule,\" he said"), seg(T, "The first thing I did", "pass a rule,"), None),
                  ("a10", "INDIRECT", "m10", ("said", "and said we need"), "we need to pass a law", "a9"),
                  ("a11", "DIRECT", "m12", None, seg(T, "Their answer was", "been publicized."), None),
                  ("a12", "INDIRECT", "m13", "answer", "we have tried this before and it didn't work", "a11"),
                  ("a13", "INDIRECT", "m14", ("said", "I said, we"), "we haven't had six deaths before", "a11"),
                  ("a14", "INDIRECT", "m15", ("said", "Roosen said he was told"),
                   seg(T, "he was told that efforts", "never passed legislation"), None),
                  ("a15", "INDIRECT", None, ("told", "was told that"),
                   seg(T, "efforts had previously", "never passed legislation"), "a14"),
                  ("a16", "DIRECT", "m17", ("said", "Jan. 1,\" he said"), "It's already been voted in, will be in effect Jan. 1,", None),
                  ("a17", "DIRECT", "m17", None,
                   "That means I think it's environmental health that will be out there enforcing it.", None)])

# ---------------------------------------------------------------------------------------
# Falmouth Packet (Cornwall, UK). The stored page has no headline (the address reads
# "portreath-divided-new-affordable-homes-cornwall"), so the text starts with the lead. The
# "READ MORE: War of words over ..." line is left out. The stored copy breaks off inside Sara
# Clasper's quotation ("on an existing nature-rich p"): cut before that paragraph. No date is given.
# Notes:
# - "A meeting of a Cornish parish council has heard that ...": null source, as "the inquiry heard
#   that" (FORMAT.md, Null source). Its content ends at "the community"; the absolute phrase "with
#   one councillor warning ..." is a separate claim of the councillor.
# - "warning people to stop the issue “being quite so divisive”": object-control like "urged X to Y"
#   and "called on X to Y", so the addressee stays in the content (FORMAT.md, Contiguity; the corpus
#   keeps it after "urged"). The same for "She asked those present to show their support ...": a
#   request ("asked X to Y"), not a question, so it follows "called on X to Y" rather than "asked the
#   driver whether ...".
# - "as they believe the land is ...": a belief with a named subject (FORMAT.md, Included).
#   "have protested" has no content.
# - "Concerns have also been raised about ...": agentless noun cue "Concerns", null source; "about"
#   only links the cue. "which was said to be the largest ...": agentless, raised subject outside.
# - "are proposing to build 22 bungalows": a building plan, an action, not a claim.
doc("falmouthpacket-portreath-affordable-homes-divided",
    url="https://falmouthpacket.co.uk/news/23697513.portreath-divided-new-affordable-homes-cornwall",
    outlet="Falmouth Packet", country="UK", topic="environment", cut=True,
    text=(T := "A meeting of a Cornish parish council has heard that a controversial plan to build affordable homes at the entrance to a coastal village is splitting the community – with one councillor warning people to stop the issue “being quite so divisive”.\n"
          "He said people in support of the scheme felt too intimidated to attend the meeting.\n"
          "Coastline Housing and Redruth-based Classic Builders are proposing to build 22 bungalows on land owned by Portreath Parish Council at Cambrose, near Portreath. The site is a former WAAF (Women’s Auxiliary Air Force) base which was used for housing and workshops to support the war effort during and after the Second World War.\n"
          "The council’s planning committee met on Monday to consider and approve the plans for the housing development before a full planning application is submitted to Cornwall Council later this month.\n"
          "Since the plans were first mooted, some residents of the parish, including members of Portreath Climate Action Network, have protested, hanging banners on the site boundary as they believe the land is a vital wildlife haven and should be protected. Concerns have also been raised about a lack of infrastructure around the site, which is two miles outside Portreath.\n"
          "Residents packed this week’s meeting, which was said to be the largest attended in the council’s history, with opponents of the scheme holding banners outside St Mary’s Church Hall, the meeting venue.\n"
          "During an opening public participation session Portreath resident Sara Clasper said she was “speaking for nature as it has no voice”. She asked those present to show their support for nature and over-development in the village by standing up and a great many did."),
    entities=[("councillor", "one councillor", "PERSON", [], "a member of Portreath Parish Council"),
              ("residents", "some residents of the parish", "GROUP", ["residents of the parish"],
               "Portreath residents opposed to the scheme, among them Portreath Climate Action Network members"),
              ("clasper", "Sara Clasper", "PERSON", ["Clasper", "Portreath resident Sara Clasper"], "Portreath resident")],
    mentions=[("m1", "one councillor", "councillor"),
              ("m2", ("He", "He said"), "councillor"),
              ("m3", "some residents of the parish", "residents"),
              ("m4", ("they", "they believe"), "residents"),
              ("m5", "Portreath resident Sara Clasper", "clasper"),
              ("m6", ("She", "She asked"), "clasper")],
    attributions=[("a1", "INDIRECT", None, "heard",
                   seg(T, "a controversial plan to build", "splitting the community"), None),
                  ("a2", "MIXED", "m1", "warning", "people to stop the issue “being quite so divisive”", None),
                  ("a3", "INDIRECT", "m2", ("said", "He said"),
                   "people in support of the scheme felt too intimidated to attend the meeting", None),
                  ("a4", "INDIRECT", "m4", "believe", "the land is a vital wildlife haven and should be protected", None),
                  ("a5", "INDIRECT", None, "Concerns",
                   "a lack of infrastructure around the site, which is two miles outside Portreath", None),
                  ("a6", "INDIRECT", None, ("said", "was said to be"), "to be the largest attended in the council’s history", None),
                  ("a7", "MIXED", "m5", ("said", "Clasper said"), "she was “speaking for nature as it has no voice”", None),
                  ("a8", "INDIRECT", "m6", "asked",
                   "those present to show their support for nature and over-development in the village by standing up", None)])

# ---------------------------------------------------------------------------------------
# The Voice (Saint Lucia). The stored page has no headline (the address reads
# "ministry-of-commerce-announces-firm-stance-on-prices-of-commodities"), so the text starts with
# the lead. Its last paragraph ("The minister has urged all important stakeholders to work together
# to resolve these problems") breaks off without its full stop where the stored copy ends, so the
# text is cut before it. The page gives no day (the address has 2024/11 only).
# Notes:
# - "Local customers are calling on authorities to act to reduce ...": the addressee stays (FORMAT.md,
#   "called on X to Y"); ", even if high shipping costs are a contributing reason" is the
#   journalist's concession, an adjunct of the reporting event, left out.
# - "gave the public the unwavering assurance that ...": noun cue "assurance" (FORMAT.md, Noun cues);
#   the addressee "the public" is outside the content.
# - "According to Minister Hippolyte, ..." covers its own sentence; the next sentence ("Despite an
#   initial decline ..., her ministry has acted ...") has no cue and is not a claim.
# - "The Ministry of Commerce is putting strict measures in place" and "the Chamber of Commerce is
#   also in talks with ..." are actions.
doc("thevoiceslu-commerce-ministry-commodity-prices",
    url="https://thevoiceslu.com/2024/11/ministry-of-commerce-announces-firm-stance-on-prices-of-commodities",
    outlet="The Voice", country="Saint Lucia", topic="business", cut=True,
    text=(T := "The Ministry of Commerce is putting strict measures in place to keep an eye on and control commodities prices on supermarket shelves around the island in response to rising inflation that is having an impact on customers.\n"
          "Local customers are calling on authorities to act to reduce the rising costs of imported goods, even if high shipping costs are a contributing reason.\n"
          "The urgent necessity for a comprehensive study into the continuously escalating pricing of commodities has been emphasised by the Consumer Affairs Association (CAA).\n"
          "Emma Hippolyte, the minister of commerce and business development, gave the public the unwavering assurance that her ministry was keeping a close eye on the situation.\n"
          "“The Consumer Affairs Department is closely tracking the ‘Basket of Goods,’ which is integral to measuring the Consumer Price Index,” Hippolyte said at a media briefing this week.\n"
          "According to Minister Hippolyte, freight prices have been greatly impacted by the global economy’s destabilizing effects, especially as a result of the COVID-19 outbreak and the Russia-Ukraine war. Despite an initial decline in freight costs, her ministry has acted due to the recent price increase.\n"
          "The minister underlined that the Consumer Affairs Department is working more to keep an eye on and control local price trends.\n"
          "“We have assigned inspectors to assess not only food prices but also building materials, hardware, and other essential commodities to ensure consumers receive fair prices,” she said.\n"
          "Regarding the storage of products at the ports, the Chamber of Commerce is also in talks with the St. Lucia Air and Seaports (SLASPA) management.\n"
          "Minister Hippolyte admitted that difficulties in storing goods at the port have arisen as a result of the owner of a private warehouse closing his warehouse. Additionally, GPH’s contractual activities to improve port services need to be considered."),
    entities=[("customers", "Local customers", "GROUP", [], "Saint Lucian shoppers"),
              ("caa", "Consumer Affairs Association (CAA)", "ORGANIZATION",
               ["Consumer Affairs Association", "CAA", "the Consumer Affairs Association (CAA)"], "consumer group"),
              ("hippolyte", "Emma Hippolyte", "PERSON",
               ["Hippolyte", "Minister Hippolyte", "The minister",
                "Emma Hippolyte, the minister of commerce and business development"],
               "Saint Lucia's Minister of Commerce and Business Development")],
    mentions=[("m1", "Local customers", "customers"),
              ("m2", "the Consumer Affairs Association (CAA)", "caa"),
              ("m3", "Emma Hippolyte, the minister of commerce and business development", "hippolyte"),
              ("m4", ("Hippolyte", "Hippolyte said at"), "hippolyte"),
              ("m5", ("Minister Hippolyte", "According to Minister Hippolyte"), "hippolyte"),
              ("m6", ("The minister", "The minister underlined"), "hippolyte"),
              ("m7", ("she", "prices,” she said"), "hippolyte"),
              ("m8", ("Minister Hippolyte", "Minister Hippolyte admitted"), "hippolyte")],
    attributions=[("a1", "INDIRECT", "m1", "calling on",
                   "authorities to act to reduce the rising costs of imported goods", None),
                  ("a2", "INDIRECT", "m2", "emphasised",
                   "The urgent necessity for a comprehensive study into the continuously escalating pricing of commodities", None),
                  ("a3", "INDIRECT", "m3", "assurance", "her ministry was keeping a close eye on the situation", None),
                  ("a4", "DIRECT", "m4", ("said", "Hippolyte said at"),
                   seg(T, "The Consumer Affairs Department is closely", "Consumer Price Index,"), None),
                  ("a5", "INDIRECT", "m5", "According to", seg(T, "freight prices have been", "Russia-Ukraine war"), None),
                  ("a6", "INDIRECT", "m6", "underlined",
                   "the Consumer Affairs Department is working more to keep an eye on and control local price trends", None),
                  ("a7", "DIRECT", "m7", ("said", "prices,” she said"),
                   seg(T, "We have assigned inspectors", "receive fair prices,"), None),
                  ("a8", "INDIRECT", "m8", "admitted",
                   seg(T, "difficulties in storing goods", "closing his warehouse"), None)])

# ---------------------------------------------------------------------------------------
# Naftemporiki (Greece), print view of an English-language story. The stored page has no headline
# and prints its lead twice in a row (a summary field and the body's first paragraph, word for
# word); it is kept once, as a headline printed twice is. The stored copy breaks off inside
# Tzanakopoulos's second quotation ("he's in contact with t"): cut before it. No date is given.
# Notes:
# - "used a "train metaphor" to reply to persistent press questions": the reply's content is the
#   quotation that follows, annotated there; questions put to the speaker are no claims.
# - "He also dismissed, as "fantasy leaks", same-day press reports claiming that ...": corpus
#   practice takes "dismissed X" with X as content, and "described X as Y" keeps "as Y"; here "as Y"
#   comes first, so the contiguous content runs from "as" to the end (MIXED for the quoted words).
#   The press reports (a document with no named author, its own entity) are the source of the
#   nested "claiming", and Kotzias's threat ("threatened to resign", a cue in the corpus) is
#   nested in that.
# - "reports had Kotzias sharply criticizing ...": "had" is no reporting verb, so the noun
#   "reports" is the cue with a null source (FORMAT.md: `reports of ...` with no claimant);
#   Kotzias's criticism is nested ("criticized X over Y" keeps target and reason, as the corpus).
# - "while again reiterating his opposition for the Prespa Agreement": a second claim of Kammenos,
#   cue kept with its fixed object as "renewed its pledge" (FORMAT.md, Cues); "comments made during
#   an official visit" only labels them.
doc("naftemporiki-tzanakopoulos-government-train-metaphor",
    url="https://services.naftemporiki.gr/printStory/1403238",
    outlet="Naftemporiki", country="Greece", topic="politics", cut=True,
    text=(T := "A government spokesman on Wednesday used a \"train metaphor\" to reply to persistent press questions over cracks in the leftist-rightist coalition government's cohesion, and following a tumultuous Cabinet meeting a day earlier.\n"
          "\"The government train is moving ahead, with a clear direction; whoever doesn't want to reach its destination, or whoever is distressed over the route, can come down from the train,\" spokesman and minister of state Dimitris Tzanakopoulos said.\n"
          "He also dismissed, as \"fantasy leaks\", same-day press reports claiming that Foreign Minister Nikos Kotzias threatened to resign.\n"
          "A day earlier, reports had Kotzias sharply criticizing his fellow Cabinet member, Defense Minister Panos Kammenos, over the latter's high-profile statements in Washington D.C. last week. Kammenos cited the prospect of an out-of-NATO \"Balkan Alliance\" and more US bases in Greece, while again reiterating his opposition for the Prespa Agreement, comments made during an official visit to the US Pentagon and with US Secretary of Defense James Mattis by his side.\n"
          "The controversial defense minister heads up a small right-wing party that props up the \"strange bedfellows\" Tsipras coalition government. Alexis Tsipras and his radical leftist SYRIZA party were the \"first-past-the-poll\" party in both snap elections in 2015, but failed to win an outright majority (150+1) of deputies in Greece's 300-MP Parliament. As such, Kammenos and his rightist-populist Independent Greeks' (AN.EL) deputies agreed to join a coalition."),
    entities=[("tzan", "Dimitris Tzanakopoulos", "PERSON",
               ["Tzanakopoulos", "spokesman and minister of state Dimitris Tzanakopoulos", "A government spokesman"],
               "Greek government spokesman and minister of state"),
              ("pressreports", "same-day press reports", "GROUP", [], "Greek press reports of that day"),
              ("kotzias", "Nikos Kotzias", "PERSON", ["Kotzias", "Foreign Minister Nikos Kotzias"], "Greek Foreign Minister"),
              ("kammenos", "Panos Kammenos", "PERSON",
               ["Kammenos", "Defense Minister Panos Kammenos", "The controversial defense minister"],
               "Greek Defense Minister, leader of Independent Greeks")],
    mentions=[("m1", "A government spokesman", "tzan"),
              ("m2", "spokesman and minister of state Dimitris Tzanakopoulos", "tzan"),
              ("m3", ("He", "He also dismissed"), "tzan"),
              ("m4", "same-day press reports", "pressreports"),
              ("m5", "Foreign Minister Nikos Kotzias", "kotzias"),
              ("m6", ("Kotzias", "Kotzias sharply"), "kotzias"),
              ("m7", "Defense Minister Panos Kammenos", "kammenos"),
              ("m8", ("Kammenos", "Kammenos cited"), "kammenos"),
              ("m9", "The controversial defense minister", "kammenos"),
              ("m10", ("Kammenos", "Kammenos and his"), "kammenos")],
    attributions=[("a1", "DIRECT", "m2", ("said", "Tzanakopoulos said"),
                   seg(T, "The government train is moving", "down from the train,"), None),
                  ("a2", "MIXED", "m3", "dismissed",
                   "as \"fantasy leaks\", same-day press reports claiming that Foreign Minister Nikos Kotzias threatened to resign", None),
                  ("a3", "INDIRECT", "m4", "claiming", "Foreign Minister Nikos Kotzias threatened to resign", "a2"),
                  ("a4", "INDIRECT", "m5", "threatened", "to resign", "a3"),
                  ("a5", "INDIRECT", None, ("reports", "reports had"),
                   seg(T, "Kotzias sharply criticizing", "in Washington D.C. last week"), None),
                  ("a6", "INDIRECT", "m6", "criticizing",
                   seg(T, "his fellow Cabinet member", "in Washington D.C. last week"), "a5"),
                  ("a7", "MIXED", "m8", "cited",
                   "the prospect of an out-of-NATO \"Balkan Alliance\" and more US bases in Greece", None),
                  ("a8", "INDIRECT", "m8", "reiterating his opposition", "the Prespa Agreement", None)])

# ---------------------------------------------------------------------------------------
# i95.5 FM (Trinidad and Tobago). The stored page has no headline (the address reads
# "the-attorney-general-defends-his-collegue-regarding-brent-thomas-while-the-prime-minister-wants-
# a-detailed-account-of-the-matter"); it opens with a date line ("date 2023-05-04") and a photo
# caption ("Prime Minister of T&T, Dr. Keith Rowley"), both left out. The article is complete; one
# line ("...including grenades and rifles") has no full stop, kept as printed.
# Notes:
# - "has requested a full explanation from the Police Commissioner about ..." and "has also
#   requested a report on ...": requests are cues in the corpus ("requested new measures"); the
#   addressee inside the object stays, for contiguity.
# - "Ruling in Mr. Thomas’ favor justice Davindra Rampersad last week said ...": a judge's finding
#   with a reporting verb (FORMAT.md, Included: findings and verdicts); the ruling is an adjunct.
# - "Minister Hinds also told of a possible appeal ...": "of" only links the cue.
# - "defends National Security Minister Fitzgerald Hinds, after his statements on the matter": as
#   `Lind defended the design, despite the cracks` (FORMAT.md, Adjuncts).
# - "He adds that Minister Hinds spoke to the hard work of ...": Hinds's speech ("spoke to", like
#   "spoke about" in the corpus) is nested in Armour's report. "But the Minister also said ..."
#   has its own reporting clause with no cue of Armour's, so it is the narrator's report of Hinds.
# - "He says has also spoken with Minister Hinds ..." (the subject pronoun is missing as printed):
#   the content starts at "has"; "is satisfied that ..." is his own attitude, not split off.
# - "Mr. Thomas was charged with illegal possession ...", "took legal action" and "on the request
#   of their ... police service" (no content) are actions, not claims (FORMAT.md, Excluded).
doc("i955fm-armour-defends-hinds-brent-thomas",
    url="http://i955fm.com/the-attorney-general-defends-his-collegue-regarding-brent-thomas-while-the-prime-minister-wants-a-detailed-account-of-the-matter/",
    outlet="i95.5 FM", country="Trinidad and Tobago", topic="courts-crime", cut=False, published="2023-05-04",
    text=(T := "Prime minister Dr. Keith Rowley has requested a full explanation from the Police Commissioner about the matter involving Brent Thomas’ forced return from Barbados.\n"
          "The Barbados police on the request of their Trinidad and Tobago police service detained firearms dealer Mr. Thomas.\n"
          "On his return Mr. Thomas was charged with illegal possession of weapons…including grenades and rifles\n"
          "Mr. Thomas took legal action against the state.\n"
          "Ruling in Mr. Thomas’ favor justice Davindra Rampersad last week said the national was abducted in Barbados.\n"
          "Prime Minister Rowley says, he learnt of the October 2022 incident via the media and he has grave concerns.\n"
          "Minister Hinds also told of a possible appeal of Justice Rampersad’s ruling.\n"
          "Meanwhile Attorney General Reginald Armour also defends National Security Minister Fitzgerald Hinds, after his statements on the matter.\n"
          "Mr. Armour says, his attention was also drawn to the reported remarks made by Minister Hinds at a news conference on Monday.\n"
          "He adds that Minister Hinds spoke to the hard work of the members of the T&T police service in the fight against crime and criminals in this country, and to the fight in which all law-abiding citizens and all institutions are engaged for the soul of Trinidad and Tobago.\n"
          "But the Minister also said criminal elements have links in the Judiciary among other sectors.\n"
          "The Attorney General says he has viewed the television recording of Minister Hinds’ news conference, which gave rise to newspaper reports yesterday.\n"
          "He says has also spoken with Minister Hinds and is satisfied that it was not his intention to impugn the integrity of the Judiciary of the country, either in any particular matter or generally.\n"
          "In Barbados the Attorney General Dale Marshall has also requested a report on the incident and the role of local police."),
    entities=[("rowley", "Keith Rowley", "PERSON", ["Rowley", "Prime minister Dr. Keith Rowley", "Prime Minister Rowley"],
               "Prime Minister of Trinidad and Tobago"),
              ("rampersad", "Davindra Rampersad", "PERSON", ["Rampersad", "justice Davindra Rampersad", "Justice Rampersad"],
               "High Court judge"),
              ("hinds", "Fitzgerald Hinds", "PERSON",
               ["Hinds", "Minister Hinds", "National Security Minister Fitzgerald Hinds", "the Minister"],
               "Minister of National Security of Trinidad and Tobago"),
              ("armour", "Reginald Armour", "PERSON",
               ["Armour", "Mr. Armour", "Attorney General Reginald Armour", "The Attorney General"],
               "Attorney General of Trinidad and Tobago"),
              ("marshall", "Dale Marshall", "PERSON", ["Marshall", "the Attorney General Dale Marshall"],
               "Attorney General of Barbados")],
    mentions=[("m1", "Prime minister Dr. Keith Rowley", "rowley"),
              ("m2", "justice Davindra Rampersad", "rampersad"),
              ("m3", "Prime Minister Rowley", "rowley"),
              ("m4", ("Minister Hinds", "Minister Hinds also told"), "hinds"),
              ("m5", "Attorney General Reginald Armour", "armour"),
              ("m6", "National Security Minister Fitzgerald Hinds", "hinds"),
              ("m7", "Mr. Armour", "armour"),
              ("m8", ("Minister Hinds", "made by Minister Hinds"), "hinds"),
              ("m9", ("He", "He adds"), "armour"),
              ("m10", ("Minister Hinds", "Minister Hinds spoke"), "hinds"),
              ("m11", ("the Minister", "the Minister also said"), "hinds"),
              ("m12", ("The Attorney General", "The Attorney General says"), "armour"),
              ("m13", ("He", "He says has"), "armour"),
              ("m14", ("Minister Hinds", "spoken with Minister Hinds"), "hinds"),
              ("m15", "the Attorney General Dale Marshall", "marshall")],
    attributions=[("a1", "INDIRECT", "m1", ("requested", "Rowley has requested"),
                   seg(T, "a full explanation from the Police Commissioner", "forced return from Barbados"), None),
                  ("a2", "INDIRECT", "m2", ("said", "last week said"), "the national was abducted in Barbados", None),
                  ("a3", "INDIRECT", "m3", ("says", "Rowley says"),
                   "he learnt of the October 2022 incident via the media and he has grave concerns", None),
                  ("a4", "INDIRECT", "m4", ("told", "also told of"), "a possible appeal of Justice Rampersad’s ruling", None),
                  ("a5", "INDIRECT", "m5", "defends", "National Security Minister Fitzgerald Hinds", None),
                  ("a6", "INDIRECT", "m7", ("says", "Armour says"),
                   seg(T, "his attention was also drawn", "news conference on Monday"), None),
                  ("a7", "INDIRECT", "m9", "adds", seg(T, "Minister Hinds spoke to the hard work", "soul of Trinidad and Tobago"), None),
                  ("a8", "INDIRECT", "m10", "spoke to", seg(T, "the hard work of the members", "soul of Trinidad and Tobago"), "a7"),
                  ("a9", "INDIRECT", "m11", ("said", "also said criminal"),
                   "criminal elements have links in the Judiciary among other sectors", None),
                  ("a10", "INDIRECT", "m12", ("says", "The Attorney General says"),
                   seg(T, "he has viewed the television recording", "newspaper reports yesterday"), None),
                  ("a11", "INDIRECT", "m13", ("says", "He says has"),
                   seg(T, "has also spoken with Minister Hinds", "particular matter or generally"), None),
                  ("a12", "INDIRECT", "m15", ("requested", "Marshall has also requested"),
                   "a report on the incident and the role of local police", None)])

# ---------------------------------------------------------------------------------------
# Weyburn Review (Saskatchewan, Canada). The stored page opens with "Skip to content", the
# headline, a teaser that repeats the byline and the start of the lead, a photo caption ("water
# tower") and the byline; all but the headline are left out. The stored copy breaks off inside
# Michel's quotation ("“This was th"): cut before it. No date is given (the meeting was on Nov. 13).
# Notes:
# - Headline "Water rates, projects discussed by council" and "Council discussed a letter ...":
#   "discussed" is a cue in the corpus; the relative clause "who also commented on ..." belongs to
#   the discussed NP (its antecedent is Claire Kuhn), so Kuhn's comment is nested in the council's
#   discussion (FORMAT.md: a speech act in a relative clause inside a claim).
# - "a letter of complaint about recent water bills": noun cue "complaint", null source (the
#   letter is a medium, and its author is not named in that sentence); "discussions about ..." is
#   taken the same way as a noun cue of the verb "discussed".
# - "going on to complain that ...": a second claim of the same speaker (FORMAT.md, "warning that").
# - "City manager Roy Hardy told council he looked into ..., and found that ...": the finding is
#   nested in his report (FORMAT.md, Included: findings); "council" is the addressee, outside.
# - "..., which Hardy said should help residents conserve their water use": the relative pronoun
#   is the subject of the content, left outside as a raised subject is ("was expected to ...").
doc("weyburnreview-water-rates-council",
    url="http://www.weyburnreview.com/news/local-news/water-rates-projects-discussed-by-council-1.23100297",
    outlet="Weyburn Review", country="Canada", topic="local", cut=True,
    text=(T := "Water rates, projects discussed by council\n"
          "Weyburn city council dealt with water-related issues at their meeting on Nov. 13, including a letter of complaint about recent water bills, and discussions about additional upcoming projects for which the city has made funding applications.\n"
          "Council discussed a letter from resident Claire Kuhn about the level of her most recent water bill, who also commented on the city’s decision not to ration water use by residents and not to offer “summer rates” to enable people to water their lawns and gardens cheaply.\n"
          "“With the severely dry season, this put the onus on the citizens of Weyburn, the taxpayers, to keep the city from looking like a parched desert,” she said in part, going on to complain that she was over-charged for sewer usage for water that essentially went into the ground.\n"
          "City manager Roy Hardy told council he looked into what happened with the water bills, and found that there were two bills where the water use was estimated, and then for the October bill a reading was taken of water meters, accounting for the sudden spike in charges for water use.\n"
          "“The use of potable water for lawn watering is not the best use of water. Water conservation is something we should be supporting,” he commented.\n"
          "Currently the City is in the midst of having all water meters replaced with new digital ones that will accurately read actual water use, which Hardy said should help residents conserve their water use.\n"
          "“Generally, treated potable water is not the best solution for watering lawns and gardens, even in a dry year. At the end of the day, it’s not the purpose of setting rates, to ensure there is potable water for watering lawns,” he said.\n"
          "Coun. Dick Michel pointed out there was water rationing in 2016, but this year there was none, and summer rates were not applied."),
    entities=[("council", "Weyburn city council", "ORGANIZATION", ["council"], "Weyburn's city council"),
              ("kuhn", "Claire Kuhn", "PERSON", ["Kuhn", "resident Claire Kuhn"], "Weyburn resident"),
              ("hardy", "Roy Hardy", "PERSON", ["Hardy", "City manager Roy Hardy"], "Weyburn city manager"),
              ("michel", "Dick Michel", "PERSON", ["Michel", "Coun. Dick Michel"], "Weyburn city councillor")],
    mentions=[("m1", ("council", "by council"), "council"),
              ("m2", "Weyburn city council", "council"),
              ("m3", ("Council", "Council discussed"), "council"),
              ("m4", "resident Claire Kuhn", "kuhn"),
              ("m5", ("she", "she said in part"), "kuhn"),
              ("m6", "City manager Roy Hardy", "hardy"),
              ("m7", ("council", "told council"), "council"),
              ("m8", ("he", "he looked into"), "hardy"),
              ("m9", ("he", "he commented"), "hardy"),
              ("m10", ("Hardy", "Hardy said"), "hardy"),
              ("m11", ("he", "lawns,” he said"), "hardy"),
              ("m12", "Coun. Dick Michel", "michel")],
    attributions=[("a1", "INDIRECT", "m1", ("discussed", "discussed by council"), "Water rates, projects", None),
                  ("a2", "INDIRECT", None, "complaint", "recent water bills", None),
                  ("a3", "INDIRECT", None, "discussions",
                   "additional upcoming projects for which the city has made funding applications", None),
                  ("a4", "MIXED", "m3", ("discussed", "Council discussed"),
                   seg(T, "a letter from resident Claire Kuhn", "gardens cheaply"), None),
                  ("a5", "MIXED", "m4", "commented on", seg(T, "the city’s decision not to ration", "gardens cheaply"), "a4"),
                  ("a6", "DIRECT", "m5", ("said", "she said in part"), seg(T, "With the severely dry season", "a parched desert,"), None),
                  ("a7", "INDIRECT", "m5", ("complain", "to complain"),
                   "she was over-charged for sewer usage for water that essentially went into the ground", None),
                  ("a8", "INDIRECT", "m6", "told", seg(T, "he looked into what happened", "charges for water use"), None),
                  ("a9", "INDIRECT", "m8", "found", seg(T, "there were two bills", "charges for water use"), "a8"),
                  ("a10", "DIRECT", "m9", ("commented", "he commented"), seg(T, "The use of potable water", "should be supporting,"), None),
                  ("a11", "INDIRECT", "m10", ("said", "Hardy said"), "should help residents conserve their water use", None),
                  ("a12", "DIRECT", "m11", ("said", "lawns,” he said"), seg(T, "Generally, treated potable water", "for watering lawns,"), None),
                  ("a13", "INDIRECT", "m12", "pointed out",
                   "there was water rationing in 2016, but this year there was none, and summer rates were not applied", None)])

write("train_cb.jsonl")
