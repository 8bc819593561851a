#!/usr/bin/env python3
"""Writes test20_c.jsonl: real-news gold, split test20-c (see gold.py). Run: python3 make_test20_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Cut after Mayor Patterson's quotation: the stored page stops inside the next paragraph (Carterton
# Mayor John Booth). Left out: the page header (date, weather, "My Account", "- Advertisement -"),
# the byline e-mail ("[email protected]") and the photo caption "Lyn Patterson. PHOTO/FILE". The
# page gives no publication date (the date in its header is the day it was stored).
# - The standfirst "Region’s leaders predicting economic, social disaster" is a forecast with a
#   named subject (FORMAT.md, Included although borderline); "Region’s leaders" is a GROUP.
# - "Mrs Patterson was “disappointed” in the recommendations ...": a state with no reported
#   content, as `was unhappy with` (FORMAT.md, Excluded); the scare-quoted words have no
#   reporting verb, so nothing is annotated. Her being "concerned about the likelihood that ..."
#   has a propositional content and is annotated, as earlier splits annotate "concerned that" /
#   "worried that"; "about" only links the cue and is left out.
# - The quotation that opens "“The current proposal means ..." is left open at its paragraph end
#   and reopened, so it is one DIRECT attribution with a null cue, continuing "she".
# - "told the Times-Age on Wednesday": the paper is an addressee/medium and "on Wednesday" an
#   adjunct of the reporting event; both stay out of the claim.
doc("timesage-wairarapa-water-plan-40m-down-the-river",
    url="https://times-age.co.nz/local-news/40m-down-the-river/",
    outlet="Wairarapa Times-Age", country="New Zealand", topic="environment", cut=True,
    text=(T := "$40m down the river\n"
          "Region’s leaders predicting economic, social disaster\n"
          "Farmers will be driven out of business, and Wairarapa’s economy stripped of $40 million every year, if proposed water allocation restrictions go ahead, Masterton Mayor Lyn Patterson says.\n"
          "The Ruamahanga Whaitua Committee released its draft Whaitua Implementation Plan on Wednesday and it has left a bad taste in the mouths of the region’s leaders.\n"
          "Among the about 100 recommendations, from discharges to land management, and river and lake management, water allocation is the major concern for local authorities, farmers and business owners.\n"
          "Mrs Patterson was “disappointed” in the recommendations despite the “strong support for changes” from the community at public meetings.\n"
          "“Should the current proposal be adopted, it will have significant detrimental impacts on our lakes and our community’s well-being,” she said.\n"
          "“The current proposal means Category A users – those relying on irrigation – can’t take water below a certain level.\n"
          "“That will drive many farmers out of business and strip $40 million from our local economy every year in the future. That’s $40 million less being spent in our local shops. This is, of course, incredibly worrying.”\n"
          "Committee chairman Peter Gawith told the Times-Age on Wednesday the water allocation section remained unchanged in the draft as the committee was restricted due to legislation.\n"
          "Mrs Patterson was also concerned about the likelihood that the town’s two lakes, Henley Lake and the Lake of Remembrance in Queen Elizabeth Park, would run dry in the summer months.\n"
          "“I appreciate the Whaitua members are community representatives and have dedicated time to this, but they have failed to take on board the concerns of the communities they are supposed to represent.”"),
    entities=[("leaders", "Region’s leaders", "GROUP", ["the region’s leaders"], "leaders of the Wairarapa region"),
              ("patterson", "Lyn Patterson", "PERSON", ["Patterson", "Mrs Patterson", "Masterton Mayor Lyn Patterson"],
               "Mayor of Masterton"),
              ("gawith", "Peter Gawith", "PERSON", ["Gawith", "Committee chairman Peter Gawith"],
               "chairman of the Ruamahanga Whaitua Committee")],
    mentions=[("m1", "Region’s leaders", "leaders"),
              ("m2", "Masterton Mayor Lyn Patterson", "patterson"),
              ("m3", "the region’s leaders", "leaders"),
              ("m4", ("Mrs Patterson", "Mrs Patterson was “disappointed”"), "patterson"),
              ("m5", ("she", "she said"), "patterson"),
              ("m6", "Committee chairman Peter Gawith", "gawith"),
              ("m7", ("Mrs Patterson", "Mrs Patterson was also"), "patterson")],
    attributions=[("a1", "INDIRECT", "m1", "predicting", "economic, social disaster", None),
                  ("a2", "INDIRECT", "m2", ("says", "Lyn Patterson says"),
                   seg(T, "Farmers will be driven", "restrictions go ahead"), None),
                  ("a3", "DIRECT", "m5", ("said", "she said"),
                   seg(T, "Should the current proposal", "community’s well-being,"), None),
                  ("a4", "DIRECT", "m5", None, seg(T, "The current proposal means", "incredibly worrying."), None),
                  ("a5", "INDIRECT", "m6", "told",
                   seg(T, "the water allocation section", "due to legislation"), None),
                  ("a6", "INDIRECT", "m7", "concerned",
                   seg(T, "the likelihood that the town’s", "in the summer months"), None),
                  ("a7", "DIRECT", "m7", None, seg(T, "I appreciate the Whaitua", "supposed to represent."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead. Cut after the KNU paragraph: the
# stored page stops inside the next one. No publication date is given.
# - "local sources", "local people", "Locals" and "locals" describe one collective in one scene
#   (FORMAT.md, Coreference) and are one GROUP; "a local man in his 40s" is a subset and its own
#   entity.
# - A trailing ", locals said" / ", according to locals" covers its own sentence only (FORMAT.md,
#   No cue, no claim): the sentences before them are not annotated.
# - "Three of the victims were identified as ...": an agentless passive with a null source, as
#   earlier splits annotate "identified ... as"; the raised subject stays out (FORMAT.md, Left
#   outside) and the content keeps "as", as the corpus does for "identified by relatives as".
# - "the military council has released no statements about the fighting": an omission with no
#   open question (seed a9/a10 need one), so it is not annotated.
# - "reported the deaths of Min Min and Oo Gyi on Sunday and Monday, also claiming that ...": two
#   claims of the KNU (FORMAT.md, `X said A, warning that B`); the victims died on September 29 and
#   two days later, so "on Sunday and Monday" dates the reporting and stays out of the content.
doc("myanmarnow-junta-forces-kill-four-nyaunglebin-bago",
    url="https://myanmar-now.org/en/news/four-locals-including-a-monk-killed-by-junta-forces-in-eastern-bago-region/",
    outlet="Myanmar Now", country="Myanmar", topic="courts-crime", cut=True,
    text=(T := "Junta forces executed four local people including a mentally disabled man and a monk while stationed in a village in Bago Region’s Nyaunglebin Township, local sources said.\n"
          "Three of the victims were identified as Min Min and Oo Gyi, who were both residents of Pu Zun Myaung in their 40s, and Phoe Htoo, another resident in his 50s with mental disabilities. The name of the fourth victim, a monk, is unconfirmed.\n"
          "According to local people, fighting broke out between resistance and junta forces—including junta-allied Pyu Saw Htee militia members, police, and firemen as well as soldiers—near Pu Zun Myaung in the last week of September. The clashes ultimately forced the PDF to withdraw from the village.\n"
          "Locals claimed the PDF had maintained a presence in the village for close to one month before the junta forces came.\n"
          "“They fought against the junta forces for five days in a row and eventually withdrew as they ran out of ammunition. Some of those who stayed in the village and one villager who tried to get back in were murdered as well,” a local man in his 40s said.\n"
          "Myanmar Now has been unable to determine the junta forces’ motives for killing the civilians, and the military council has released no statements about the fighting in the area.\n"
          "Having pushed the resistance forces out of Pu Zun Myaung, the junta forces proceeded to take control of the roads leading into the village on September 29. After fresh reinforcements arrived last Sunday, the junta forces carried out arson attacks, setting fire to houses in the village over the next two days, locals said.\n"
          "Junta personnel killed the monk and one of the civilian men on September 29. They killed Phoe Htoo and the fourth victim two days later, according to locals.\n"
          "The Karen National Union (KNU) reported the deaths of Min Min and Oo Gyi on Sunday and Monday, also claiming that a third villager captured by the junta had managed to escape."),
    entities=[("locals", "local sources", "GROUP", ["local people", "Locals", "locals"],
               "residents of Pu Zun Myaung and nearby villages"),
              ("localman", "a local man in his 40s", "PERSON", [], "a resident of the village"),
              ("knu", "The Karen National Union (KNU)", "ORGANIZATION", ["Karen National Union", "KNU"],
               "ethnic Karen armed organisation")],
    mentions=[("m1", "local sources", "locals"),
              ("m2", ("local people", "According to local people"), "locals"),
              ("m3", "Locals", "locals"),
              ("m4", "a local man in his 40s", "localman"),
              ("m5", ("locals", "locals said"), "locals"),
              ("m6", ("locals", "according to locals"), "locals"),
              ("m7", "The Karen National Union (KNU)", "knu")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "local sources said"),
                   seg(T, "Junta forces executed", "Nyaunglebin Township"), None),
                  ("a2", "INDIRECT", None, "identified",
                   seg(T, "as Min Min and Oo Gyi", "with mental disabilities"), None),
                  ("a3", "INDIRECT", "m2", "According to",
                   seg(T, "fighting broke out", "last week of September"), None),
                  ("a4", "INDIRECT", "m3", "claimed",
                   "the PDF had maintained a presence in the village for close to one month before the junta forces came", None),
                  ("a5", "DIRECT", "m4", ("said", "40s said"), seg(T, "They fought against", "murdered as well,"), None),
                  ("a6", "INDIRECT", "m5", ("said", "locals said"),
                   seg(T, "After fresh reinforcements", "over the next two days"), None),
                  ("a7", "INDIRECT", "m6", ("according to", "according to locals"),
                   "They killed Phoe Htoo and the fourth victim two days later", None),
                  ("a8", "INDIRECT", "m7", "reported", "the deaths of Min Min and Oo Gyi", None),
                  ("a9", "INDIRECT", "m7", "claiming", "a third villager captured by the junta had managed to escape", None)])

# ---------------------------------------------------------------------------------------
# The stored copy (a demo host of Northeast Now) has no headline: the text starts with its lead.
# Cut after "Marak said that Rymbui ...": the stored page stops inside the next quotation. No date
# is given. The double space before "BJP Vice President" is as printed.
# - "we said very clearly, and the principle of the MDA government is against illegalities": the
#   "said" has no content of its own (what follows is coordinated, not its complement), so no
#   nested claim is annotated. "I would request ..." and "Let me reiterate that ..." are the
#   speaker's own speech acts inside his quotation and are not split off (FORMAT.md, seed a20).
# - "the concerned people who easily informed about the allegations ...": a speech act in a
#   relative clause inside a claim (FORMAT.md, Included): nested, with the antecedent "the
#   concerned people" as source; "about" only links the cue, and "in the form of the press
#   statement" is a manner adjunct of the reporting event.
# - "Tynsong was referring to the allegations of illegal transportation of coal": a noun cue with
#   no claimant named (null source). "the allegation against power minister, James K Sangma" and
#   "the allegations in a statement issued by the state BJP" give no claimed content, and "Asked
#   about ..." is a question put to the speaker, so none of them is annotated.
# - "when it has come to light that ...": no reporting event, not annotated.
doc("nenow-meghalaya-tynsong-bjp-coal-allegations",
    url="https://demo.nenow.in/?p=161773",
    outlet="Northeast Now", country="India", topic="politics", cut=True,
    text=(T := "Meghalaya deputy chief minister Prestone Tynsong on Friday said that making allegations in the form of statements in the media was “wrong” and instead, people should come to the government with facts.\n"
          "“It is wrong, and if you have facts, please do not shy away from coming straight to the government. Come to the room of the deputy chief minister also. We are here to serve the people of the state, and from day one itself, when we took over the government, we said very clearly, and the principle of the MDA government is against illegalities,” Tynsong told reporters.\n"
          "Tynsong was referring to the allegations of illegal transportation of coal from Meghalaya, and the allegation against power minister, James K Sangma.\n"
          "Asked about the allegations in a statement issued by the state BJP, Tynsong said, “Be it BJP or anybody, I would request the concerned people who easily informed about the allegations in the form of the press statement, that this is not the solution. Let me reiterate that if you have any kind of justification or hard facts, that so and so has done this or that, please come to the government as the door is always open, and then action will be taken accordingly.”\n"
          "On Thursday, the Meghalaya BJP demanded immediate arrest of people involved in illegal transportation of coal.\n"
          "“The Home Minister, Lahkmen Rymbui should order the immediate arrest of the people involved in the illegal coal racket which was cracked by the Assam Police. The Home Minister should not act arbitrarily when it has come to light that power minister James K Sangma was involved,”  BJP Vice President, Bernard Marak said in a statement.\n"
          "Alleging that the Home Minister opposed CBI inquiry in the scams in GHADC, Marak said, “This seems to be the reason why they won’t allow CBI inquiry because they are involved in illegal and unlawful activities.”\n"
          "Marak said that Rymbui should not hide the high-level culprits who are exploiting the public and the coalition partners."),
    entities=[("tynsong", "Prestone Tynsong", "PERSON", ["Tynsong", "Meghalaya deputy chief minister Prestone Tynsong"],
               "Deputy Chief Minister of Meghalaya"),
              ("concerned", "the concerned people", "GROUP", [], "those who made the allegations in a press statement"),
              ("bjp", "the Meghalaya BJP", "ORGANIZATION", ["Meghalaya BJP", "BJP", "the state BJP"],
               "Meghalaya unit of the Bharatiya Janata Party"),
              ("marak", "Bernard Marak", "PERSON", ["Marak"], "Vice President of the Meghalaya BJP")],
    mentions=[("m1", "Meghalaya deputy chief minister Prestone Tynsong", "tynsong"),
              ("m2", ("Tynsong", "Tynsong told"), "tynsong"),
              ("m3", ("Tynsong", "Tynsong was referring"), "tynsong"),
              ("m4", "the state BJP", "bjp"),
              ("m5", ("Tynsong", "Tynsong said"), "tynsong"),
              ("m6", ("BJP", "Be it BJP"), "bjp"),
              ("m7", "the concerned people", "concerned"),
              ("m8", "the Meghalaya BJP", "bjp"),
              ("m9", "BJP Vice President, Bernard Marak", "marak"),
              ("m10", ("Marak", "Marak said, “This"), "marak"),
              ("m11", ("Marak", "Marak said that"), "marak")],
    attributions=[("a1", "MIXED", "m1", ("said", "on Friday said"),
                   seg(T, "making allegations in the form", "to the government with facts"), None),
                  ("a2", "DIRECT", "m2", ("told", "Tynsong told"),
                   seg(T, "It is wrong, and if you have", "against illegalities,"), None),
                  ("a3", "INDIRECT", None, ("allegations", "referring to the allegations"),
                   "illegal transportation of coal from Meghalaya", None),
                  ("a4", "DIRECT", "m5", ("said", "Tynsong said"),
                   seg(T, "Be it BJP or anybody", "taken accordingly."), None),
                  ("a5", "INDIRECT", "m7", "informed", ("the allegations", "informed about the allegations"), "a4"),
                  ("a6", "INDIRECT", "m8", "demanded",
                   "immediate arrest of people involved in illegal transportation of coal", None),
                  ("a7", "DIRECT", "m9", ("said", "Marak said in a statement"),
                   seg(T, "The Home Minister, Lahkmen Rymbui", "was involved,"), None),
                  ("a8", "INDIRECT", "m10", "Alleging",
                   "the Home Minister opposed CBI inquiry in the scams in GHADC", None),
                  ("a9", "DIRECT", "m10", ("said", "Marak said, “This"),
                   seg(T, "This seems to be the reason", "unlawful activities."), None),
                  ("a10", "INDIRECT", "m11", ("said", "Marak said that"),
                   seg(T, "Rymbui should not hide", "the coalition partners"), None)])

# ---------------------------------------------------------------------------------------
# Cut after B.Pagva's request to the MP: the stored page stops inside the next quotation. Left out:
# the section label "Politics", the author's e-mail and the time stamp (2016-09-06 16:29:07), which
# gives the publication date. The dateline "Ulaanbaatar /MONTSAME/" is kept and not annotated.
# - The headline is a quotation with no speaker named: annotated like an unattributed quoted
#   cross-head, DIRECT with a null source and cue (FORMAT.md, Text parts / Null source).
# - "congratulated ... on ...", "thanked ... for ...", "applauded ..." are evaluative reporting with
#   a content, annotated as earlier splits do (content keeps the object, as seed-style
#   "congratulated the staff and students on the new academic year"); "wished them become ..." is a
#   speech act with its addressee kept, as `called on X to Y`.
# - "The physical culture committee of Kazakhstan informed us about ...": speech nested in Pagva's
#   quotation; "us" is an addressee and "about" only links the cue.
# - "pointed out ..., so he asked the MP to ...": two claims; "asked X to Y" is a request and keeps
#   its addressee, as `called on X to Y` (FORMAT.md, Contiguity).
doc("montsame-kazakhstan-athletes-could-represent-mongolia",
    url="https://montsame.mn/en/read/126868",
    outlet="MONTSAME", country="Mongolia", topic="sport", cut=True, published="2016-09-06",
    text=(T := "“Athletes from Kazakhstan could represent Mongolia at international competitions”\n"
          "Ulaanbaatar /MONTSAME/ Member of parliament O.Baasankhuu received Tuesday medalists of the Rio 2016 Olympics, their coaches and officials, in the State House.\n"
          "Present at the meeting were D.Sumiya, a State Honored Sportswoman and Olympic silver medalist; G.Otgontsetseg IMS, an Olympic bronze medalist, who have represented Kazakhstan; B.Pagva, the vice president of the East Asian Judo Union and the Judo Association of Mongolia; Kh.Erdenet-Od, coach of the national team of Mongolia; and B.Enkhbaatar, a coach.\n"
          "The parliamentarian congratulated the Olympic medalists on their brilliant success, and wished them become Olympic champions in the 2020 Tokyo Olympics. He highlighted that G.Otgontsetseg's victory represents all Mongolians although she grabbed the Olympic medal, representing Kazakhstan. He applauded growing accomplishments of Mongolian athletes at international arenas.\n"
          "B.Pagva thanked the parliamentarian for the audience, and underlined a political support to success in sports.\n"
          "“Our athlete won an Olympic medal, representing Kazakhstan. The physical culture committee of Kazakhstan informed us about a possibilty of sending 2nd class athletes to compete for Mongolia at international competitions of sports which have not become highly developed yet in Mongolia. This is a chance to develop winter sports in Mongolia,” he said.\n"
          "Apart from the athlete import issues, B.Pagva pointed out Mongolia is one the brink of losing its right of hosting the annual Chinggis Khaan Grand Prix tournament due to a financial problem, so he asked the MP to focus attention to tackling the financial matter for the competition."),
    entities=[("baasankhuu", "O.Baasankhuu", "PERSON", ["Baasankhuu", "Member of parliament O.Baasankhuu",
                                                       "The parliamentarian", "the MP"],
               "Member of the State Great Khural (parliament) of Mongolia"),
              ("pagva", "B.Pagva", "PERSON", ["Pagva"],
               "vice president of the East Asian Judo Union and the Judo Association of Mongolia"),
              ("kzcommittee", "The physical culture committee of Kazakhstan", "ORGANIZATION",
               ["physical culture committee of Kazakhstan"], "Kazakhstan's sports authority")],
    mentions=[("m1", "Member of parliament O.Baasankhuu", "baasankhuu"),
              ("m2", ("B.Pagva", "B.Pagva, the vice president"), "pagva"),
              ("m3", ("The parliamentarian", "The parliamentarian congratulated"), "baasankhuu"),
              ("m4", ("He", "He highlighted"), "baasankhuu"),
              ("m5", ("He", "He applauded"), "baasankhuu"),
              ("m6", ("B.Pagva", "B.Pagva thanked"), "pagva"),
              ("m7", ("the parliamentarian", "thanked the parliamentarian"), "baasankhuu"),
              ("m8", "The physical culture committee of Kazakhstan", "kzcommittee"),
              ("m9", ("he", "he said"), "pagva"),
              ("m10", ("B.Pagva", "B.Pagva pointed out"), "pagva"),
              ("m11", ("he", "he asked"), "pagva"),
              ("m12", "the MP", "baasankhuu")],
    attributions=[("a1", "DIRECT", None, None,
                   "Athletes from Kazakhstan could represent Mongolia at international competitions", None),
                  ("a2", "INDIRECT", "m3", "congratulated", "the Olympic medalists on their brilliant success", None),
                  ("a3", "INDIRECT", "m3", "wished", "them become Olympic champions in the 2020 Tokyo Olympics", None),
                  ("a4", "INDIRECT", "m4", "highlighted",
                   seg(T, "G.Otgontsetseg's victory", "representing Kazakhstan", "He highlighted"), None),
                  ("a5", "INDIRECT", "m5", "applauded",
                   "growing accomplishments of Mongolian athletes at international arenas", None),
                  ("a6", "INDIRECT", "m6", "thanked", "the parliamentarian for the audience", None),
                  ("a7", "INDIRECT", "m6", "underlined", "a political support to success in sports", None),
                  ("a8", "DIRECT", "m9", ("said", "he said"),
                   seg(T, "Our athlete won", "winter sports in Mongolia,"), None),
                  ("a9", "INDIRECT", "m8", "informed",
                   seg(T, "a possibilty of sending", "highly developed yet in Mongolia"), "a8"),
                  ("a10", "INDIRECT", "m10", "pointed out",
                   seg(T, "Mongolia is one the brink", "due to a financial problem"), None),
                  ("a11", "INDIRECT", "m11", ("asked", "he asked"),
                   "the MP to focus attention to tackling the financial matter for the competition", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead. Cut after the paragraph of
# Mahipus's post: the stored page stops inside the next quotation. No date is given.
# - "dismissed reports of a rice supply shortage ..., the agency wrote in a Facebook post": a
#   governing clause wins over a trailing repeat (FORMAT.md, Two clauses, one claim), so the cue
#   is "dismissed" and "the agency" is a non-source mention; the content keeps the dismissed noun
#   phrase (as earlier splits do for "dismissed claims by ..."), and "reports of ..." inside it is a
#   nested noun-cue claim with no claimant (null source).
# - "data ... show that ...": an evidential inside the department's report, not split off.
# - "while the Bantay Presyo has not reported any significant price movement ...": an omission
#   with no open question and no claimed content (seed a9/a10 need one), not annotated; the NFA's
#   claim stops at "buffer stock".
# - "As per Bantay Presyo" is a cue like "according to".
# - "advised the public to ..." and "requested the NFA XI and ..., through a resolution, to ..."
#   keep their addressees and the adjunct in between, as `called on X to Y` (FORMAT.md, Contiguity).
# - "the misleading post circulating on Facebook alleging that ...": a document with no author
#   named is its own entity (FORMAT.md, Documents); the source NP leaves out the participle
#   "circulating on Facebook". "The department issued the statement" is an action.
# - "Mahipus posted ..., asking “...”": a quoted question with "asking" is DIRECT (FORMAT.md,
#   Included); the bracketed translation after the closing mark is not part of it.
doc("mindanaotimes-da-xi-no-rice-shortage-davao",
    url="https://mindanaotimes.com.ph/da-xi-no-shortage-of-rice-buffer-stock-sufficient",
    outlet="Mindanao Times", country="Philippines", topic="business", cut=True,
    text=(T := "THE DEPARTMENT of Agriculture (DA) XI dismissed reports of a rice supply shortage in Davao City, the agency wrote in a Facebook post on Tuesday.\n"
          "The Office of the Regional Director through the Bantay Presyo Operations and Marketing Team, conducted monitoring on the ground on Tuesday morning to investigate the matter.\n"
          "The department reported that data from the National Plant Quarantine Services (NPQS) show that 3,465 metric tons equivalent to 69,300 bags of rice (50 kilos per bag) have just arrived at the Davao port.\n"
          "The National Food Authority (NFA) XI confirmed there is enough buffer stock, while the Bantay Presyo has not reported any significant price movement of rice in the past monitoring activities.\n"
          "For last week’s monitoring, imported premium rice is sold at P55; P53 for local premium rice; P52 for local well-milled; and P48 for local regular milled.\n"
          "As per Bantay Presyo, the present prevailing price for rice stands at P56 for imported premium rice; stable at P53 for local premium rice; down to P51 for local well-milled; and stable at P48 for local regular milled.\n"
          "DA XI advised the public to report to authorities immediately and contact in the number (082) 226-3625 local 1125 or via email: at darfoxi.ored@gmail.com, any illegal acts of price manipulation such as hoarding, profiteering, and cartels.\n"
          "The department issued the statement following the misleading post circulating on Facebook alleging that the rice supply in the city is short. The said post has already been removed.\n"
          "Councilor Angelo Mahipus Jr. requested the NFA XI and National Bureau of Investigation XI, through a resolution, to investigate for verification of the matter immediately. The City Council approved the motion on Tuesday.\n"
          "Mahipus posted on his Facebook on Monday, asking “Naa daw nang-hoarding sa bugas?” (Is there somebody hoarding the rice?), which gained various reactions in the comments."),
    entities=[("daxi", "Department of Agriculture XI", "ORGANIZATION",
               ["THE DEPARTMENT of Agriculture (DA) XI", "DA XI", "the agency", "the department"],
               "Davao regional office of the Department of Agriculture"),
              ("nfaxi", "The National Food Authority (NFA) XI", "ORGANIZATION", ["NFA XI", "the NFA XI"],
               "Davao regional office of the National Food Authority"),
              ("bantay", "Bantay Presyo", "ORGANIZATION", ["the Bantay Presyo",
                                                           "the Bantay Presyo Operations and Marketing Team"],
               "price-monitoring team of DA XI"),
              ("post", "the misleading post", "ORGANIZATION", ["The said post"],
               "a Facebook post claiming a rice shortage"),
              ("mahipus", "Angelo Mahipus Jr.", "PERSON", ["Mahipus", "Councilor Angelo Mahipus Jr."],
               "Davao City councilor")],
    mentions=[("m1", "THE DEPARTMENT of Agriculture (DA) XI", "daxi"),
              ("m2", "the agency", "daxi"),
              ("m3", "the Bantay Presyo Operations and Marketing Team", "bantay"),
              ("m4", ("The department", "The department reported"), "daxi"),
              ("m5", "The National Food Authority (NFA) XI", "nfaxi"),
              ("m6", ("the Bantay Presyo", "the Bantay Presyo has"), "bantay"),
              ("m7", ("Bantay Presyo", "As per Bantay Presyo"), "bantay"),
              ("m8", ("DA XI", "DA XI advised"), "daxi"),
              ("m9", ("The department", "The department issued"), "daxi"),
              ("m10", "the misleading post", "post"),
              ("m11", "The said post", "post"),
              ("m12", "Councilor Angelo Mahipus Jr.", "mahipus"),
              ("m13", "the NFA XI", "nfaxi"),
              ("m14", ("Mahipus", "Mahipus posted"), "mahipus")],
    attributions=[("a1", "INDIRECT", "m1", "dismissed", "reports of a rice supply shortage in Davao City", None),
                  ("a2", "INDIRECT", None, ("reports", "dismissed reports"), "a rice supply shortage in Davao City", "a1"),
                  ("a3", "INDIRECT", "m4", ("reported", "department reported"),
                   seg(T, "data from the National Plant", "at the Davao port"), None),
                  ("a4", "INDIRECT", "m5", "confirmed", "there is enough buffer stock", None),
                  ("a5", "INDIRECT", "m7", "As per",
                   seg(T, "the present prevailing price", "local regular milled", "As per Bantay"), None),
                  ("a6", "INDIRECT", "m8", "advised",
                   seg(T, "the public to report", "profiteering, and cartels"), None),
                  ("a7", "INDIRECT", "m10", "alleging", "the rice supply in the city is short", None),
                  ("a8", "INDIRECT", "m12", "requested",
                   seg(T, "the NFA XI and National Bureau", "the matter immediately"), None),
                  ("a9", "DIRECT", "m14", "asking", "Naa daw nang-hoarding sa bugas?", None)])

# ---------------------------------------------------------------------------------------
# Cut after Phillips's second quotation: the next line is an unquoted cross-head ("More safety,
# more services") and the stored page stops inside the paragraph after it. No date is given. The
# stored page prints the headline again run into the lead ("... in Malaysia: GSMANEW research by
# ..."); the repeat is kept once, as the README does for pages that print their headline twice.
# The two standfirst bullets are kept as paragraphs without their bullet marks.
# - Headline "claim: GSMA": the name after the colon is the source with a null cue, as a
#   "claim – name" headline (FORMAT.md, Headlines).
# - "86% of Malaysian mobile Net users concerned ...", "a large majority of Malaysians are
#   concerned that ...": one collective described twice (FORMAT.md, Coreference), a GROUP; the
#   second is nested in the research's finding. "NEW research by the GSM Association (GSMA)" is a
#   document whose author is named in its NP, so it is a mention of the GSMA (FORMAT.md, Documents).
# - "The study ... shows that ...": an evidential inside the GSMA's claim, not split off. "Citing a
#   2012 study by Strategy Analytics, the GSMA said ...": the cited study is a medium, as Nordpress
#   in `the Courier reported, citing Nordpress, that ...` (FORMAT.md, Media and addressees).
# - "mobile users are concerned about their privacy": an attitude of others stated in Phillips's
#   quotation, nested (FORMAT.md, Included); "if they feel it is respected" is a hypothetical.
# - "“We urge developers ..." is left open at its paragraph end and closes in the next paragraph,
#   so it is one DIRECT attribution with the cue of that clause, "added" (FORMAT.md, Marks as
#   printed); "We urge" is the speaker's own speech act and is not split off.
doc("digitalnewsasia-gsma-privacy-concerns-mobile-apps-malaysia",
    url="https://www.digitalnewsasia.com/mobile-telco/privacy-concerns-may-limit-mobile-app-adoption-in-malaysia-gsma",
    outlet="Digital News Asia", country="Malaysia", topic="technology", cut=True,
    text=(T := "Privacy concerns may limit mobile app adoption in Malaysia: GSMA\n"
          "86% of Malaysian mobile Net users concerned apps might collect personal info without their permission\n"
          "Users more likely to interact with apps and receive targeted promotions if they feel privacy is respected\n"
          "NEW research by the GSM Association (GSMA), in association with local mobile operators, found that a large majority of Malaysians are concerned that apps might be collecting personal information without their permission, which have caused many to limit their app use.\n"
          "The study of more than 1,500 Malaysian mobile users shows that increased transparency and choice in how their personal data is collected and shared could boost take-up of mobile apps in Malaysia, the GSMA said in a statement.\n"
          "The research, which explored how privacy concerns can impact the adoption of mobile apps and services in Malaysia, was presented at a Data Protection and Privacy Conference hosted by the GSMA, Celcom Axiata and DiGi Telecommunications in Kuala Lumpur on Aug 29.\n"
          "Citing a 2012 study by Strategy Analytics, the GSMA said that the mobile apps market globally is worth US$29 billion and growing at 36% per annum.\n"
          "“It is clear that mobile users are concerned about their privacy and are more likely to interact with apps and receive targeted promotions if they feel it is respected,” said Tom Phillips, chief government and regulatory affairs officer at the GSMA.\n"
          "“We urge developers of mobile services and apps to look at the various best practice privacy guidelines available, including those published by the GSMA and the NTIA (the National Telecommunications Informational Administration and its AppTrust project), and start incorporating these into their services.\n"
          "“Being honest and transparent with customers boosts their confidence and trust when engaging with what you have to offer,” Phillips added."),
    entities=[("gsma", "GSM Association (GSMA)", "ORGANIZATION", ["GSM Association", "GSMA", "the GSMA"],
               "industry body of mobile network operators"),
              ("malaysians", "a large majority of Malaysians", "GROUP", ["86% of Malaysian mobile Net users"],
               "Malaysian mobile internet users surveyed by the GSMA"),
              ("mobileusers", "mobile users", "GROUP", [], "users of mobile apps in general"),
              ("phillips", "Tom Phillips", "PERSON", ["Phillips"],
               "chief government and regulatory affairs officer at the GSMA")],
    mentions=[("m1", ("GSMA", "Malaysia: GSMA"), "gsma"),
              ("m2", "86% of Malaysian mobile Net users", "malaysians"),
              ("m3", "NEW research by the GSM Association (GSMA)", "gsma"),
              ("m4", "a large majority of Malaysians", "malaysians"),
              ("m5", ("the GSMA", "the GSMA said in a statement"), "gsma"),
              ("m6", ("the GSMA", "the GSMA, Celcom"), "gsma"),
              ("m7", ("the GSMA", "the GSMA said that"), "gsma"),
              ("m8", ("mobile users", "that mobile users"), "mobileusers"),
              ("m9", "Tom Phillips, chief government and regulatory affairs officer at the GSMA", "phillips"),
              ("m10", ("the GSMA", "the GSMA and the NTIA"), "gsma"),
              ("m11", ("Phillips", "Phillips added"), "phillips")],
    attributions=[("a1", "INDIRECT", "m1", None, "Privacy concerns may limit mobile app adoption in Malaysia", None),
                  ("a2", "INDIRECT", "m2", ("concerned", "Net users concerned"), "apps might collect personal info without their permission", None),
                  ("a3", "INDIRECT", "m3", "found",
                   seg(T, "a large majority of Malaysians", "limit their app use"), None),
                  ("a4", "INDIRECT", "m4", ("concerned", "Malaysians are concerned"),
                   "apps might be collecting personal information without their permission", "a3"),
                  ("a5", "INDIRECT", "m5", ("said", "the GSMA said in a statement"),
                   seg(T, "The study of more than 1,500", "mobile apps in Malaysia"), None),
                  ("a6", "INDIRECT", "m7", ("said", "the GSMA said that"),
                   "the mobile apps market globally is worth US$29 billion and growing at 36% per annum", None),
                  ("a7", "DIRECT", "m9", ("said", "said Tom Phillips"),
                   seg(T, "It is clear that mobile users", "feel it is respected,"), None),
                  ("a8", "INDIRECT", "m8", ("concerned", "users are concerned"), "their privacy", "a7"),
                  ("a9", "DIRECT", "m11", "added", seg(T, "We urge developers", "what you have to offer,"), None)])

write("test20_c.jsonl")
