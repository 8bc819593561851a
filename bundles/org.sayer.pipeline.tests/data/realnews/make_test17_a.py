#!/usr/bin/env python3
"""Writes test17_a.jsonl: real-news gold, split test17-a (see gold.py). Run: python3 make_test17_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline: it prints the lead sentence once as a standfirst, then a
# "Hey there, time traveller!" banner, then the lead again; the banner is removed and the lead
# kept once. The copy stops inside the next paragraph ("... the budget detail this morni"), so the
# text is cut at the paragraph before it. The page gives the date (21/11/2013).
# Notes:
# - "With 16 grade school children as a back drop inside the gym ..., Katz said ...": the
#   setting is an adjunct of the reporting event and is left out (FORMAT.md, Adjuncts).
# - "Orlikow said A, adding that B" is two claims of Orlikow (seed a18/a19). Inside B, "Katz is
#   confident he can muster enough votes ..." is an attitude of another person stated in a claim
#   (FORMAT.md, "Drivers know that ..."), so it is nested with Katz as source and "confident"
#   as cue.
# - "the mayor" inside Gerbasi's quote is a nominal mention of Katz.
doc("winnipegfreepress-katz-budget-details-councillors",
    url="https://www.winnipegfreepress.com/local/Katz-releases-details-on-2014-active-transportation-budget-232868741.html",
    outlet="Winnipeg Free Press", country="Canada", topic="politics", cut=True, published="2013-11-21",
    text=(T := "Mayor Sam Katz released details of the 2014 budget at a news conference this morning, surprising some members of council.\n"
          "With 16 grade school children as a back drop inside the gym at Dalhousie School, Katz said the 2014 capital budget will see a $500,000 increase in spending for active transportation related projects: $1.75 million, up from $1.25 million 2013.\n"
          "The preliminary operating and capital budgets will be released Nov. 29 but Katz said he’ll be releasing some details ahead of time to ensure the good news isn’t lost among the financial numbers on budget day.\n"
          "\"We want the public to know,\" Katz said. \"Quite often, a lot of the things we’re doing aren’t always picked up through the media to the public.\"\n"
          "Katz said similar pre-budget announcements were made in previous years and he’ll be making additional announcements leading up to the formal release of the preliminary budgets at a special meeting of executive policy committee.\n"
          "But several councillors said the announcement reveals the level of dysfunction at city hall when school children learn budget details before elected officials.\n"
          "\"It’s fundamentally disrespectful to members of council, and the public, the way the process treats us,\" Jenny Gerbasi said. \"Some members of council – the mayor his executive policy committee – have intimate knowledge on major areas and the rest of us have very little knowledge.\"\n"
          "John Orlikow said the news conference is further evidence that the budget process is a formality, adding that Katz is confident he can muster enough votes among members of his executive committee to pass the budgets as they are presented."),
    entities=[("katz", "Sam Katz", "PERSON", ["Katz", "Mayor Sam Katz", "the mayor"], "Mayor of Winnipeg"),
              ("councillors", "several councillors", "GROUP", ["councillors"], "Winnipeg city councillors"),
              ("gerbasi", "Jenny Gerbasi", "PERSON", ["Gerbasi"], "Winnipeg city councillor"),
              ("orlikow", "John Orlikow", "PERSON", ["Orlikow"], "Winnipeg city councillor")],
    mentions=[("m1", "Mayor Sam Katz", "katz"),
              ("m2", ("Katz", "Katz said the 2014"), "katz"),
              ("m3", ("Katz", "Katz said he’ll be releasing"), "katz"),
              ("m4", ("Katz", "Katz said. \"Quite"), "katz"),
              ("m5", ("Katz", "Katz said similar"), "katz"),
              ("m6", "several councillors", "councillors"),
              ("m7", "Jenny Gerbasi", "gerbasi"),
              ("m8", "the mayor", "katz"),
              ("m9", "John Orlikow", "orlikow"),
              ("m10", ("Katz", "Katz is confident"), "katz")],
    attributions=[("a1", "INDIRECT", "m2", ("said", "Katz said the 2014"),
                   seg(T, "the 2014 capital budget will see", "up from $1.25 million 2013"), None),
                  ("a2", "INDIRECT", "m3", ("said", "Katz said he’ll be releasing"),
                   seg(T, "he’ll be releasing some details", "financial numbers on budget day"), None),
                  ("a3", "DIRECT", "m4", ("said", "Katz said. \"Quite"), "We want the public to know,", None),
                  ("a4", "DIRECT", "m4", None,
                   "Quite often, a lot of the things we’re doing aren’t always picked up through the media to the public.", None),
                  ("a5", "INDIRECT", "m5", ("said", "Katz said similar"),
                   seg(T, "similar pre-budget announcements were made", "meeting of executive policy committee"), None),
                  ("a6", "INDIRECT", "m6", ("said", "councillors said"),
                   seg(T, "the announcement reveals the level", "before elected officials"), None),
                  ("a7", "DIRECT", "m7", ("said", "Gerbasi said"),
                   "It’s fundamentally disrespectful to members of council, and the public, the way the process treats us,", None),
                  ("a8", "DIRECT", "m7", None,
                   seg(T, "Some members of council – the mayor", "very little knowledge."), None),
                  ("a9", "INDIRECT", "m9", ("said", "Orlikow said"),
                   "the news conference is further evidence that the budget process is a formality", None),
                  ("a10", "INDIRECT", "m9", "adding",
                   seg(T, "Katz is confident he can muster", "as they are presented"), None),
                  ("a11", "INDIRECT", "m10", "confident",
                   seg(T, "he can muster enough votes", "as they are presented"), "a10")])

# ---------------------------------------------------------------------------------------
# The stored copy is on the Bangor Daily News archive (archive.bdnblogs.com); its "November 07,
# 2024 / Business" lines are the archive's, not the article's, and are removed. The headline and
# its deck are printed as one line and kept so. The date comes from the page's address
# (2005/07/27). The copy stops inside the next paragraph ("... so that native f"), so the text is
# cut at the paragraph before it.
# Notes:
# - Headline "two groups cite river pollution": "cite" with a noun-phrase content, as the corpus
#   annotates "cited concerns"; "Environmentalists say firm violates standards" is a plain claim.
#   "Environmentalists", "two groups", "The groups", "They" and the two named councils (one
#   coordinated GROUP, FORMAT.md Groups) are one collective.
# - "sued ..., alleging its wastewater pollutes ...": "sued" is an action; "alleging" carries the
#   claim.
# - "adding the suit asks IP to clean up the river ...": the suit's authors are not named in its
#   sentence (Carson speaks for one of the two groups), so "the suit" is its own entity
#   (FORMAT.md, Documents); its request keeps the addressee, as "called on X to Y" does
#   (seed a23/a24), and is nested in Carson's claim.
# - "The last state permit was issued in 1997, she said, and ...": the parenthetical reporting
#   clause stays inside the claim (FORMAT.md, Contiguity).
# - "All parties agree that ..." inside McCaul's quote is an attitude of others stated in a quote
#   (FORMAT.md, "Drivers know that ..."), nested.
doc("bangordailynews-ip-sued-androscoggin-river-pollution",
    url="https://archive.bdnblogs.com/2005/07/27/ip-sued-two-groups-cite-river-pollution-environmentalists-say-firm-violates-standards",
    outlet="Bangor Daily News", country="US", topic="environment", cut=True, published="2005-07-27",
    text=(T := "IP sued; two groups cite river pollution Environmentalists say firm violates standards\n"
          "BANGOR – Two environmental groups sued International Paper Co. on Tuesday, alleging its wastewater pollutes the Androscoggin River below its Jay mill in violation of state and federal water-quality standards.\n"
          "The lawsuit was filed in U.S. District Court by the Natural Resources Council of Maine and the Natural Resources Defense Council.\n"
          "The groups assert that Maine and federal laws require the mill to have a permit to discharge polluted wastewater into the river, but IP has not had one for two decades.\n"
          "They say the last valid permit issued to the company was in 1985, and it was for just one year.\n"
          "“The river belongs to the people of Maine and it is past time to clean it up,” said Brownie Carson, executive director of the Natural Resources Council of Maine, adding the suit asks IP to clean up the river and operate with a valid permit.\n"
          "IP spokeswoman Fiona McCaul said Tuesday that the paper mill has been operating legally under federal, state and local rules.\n"
          "“The last federal discharge permit we received was issued in 1985. Since then, we’ve voluntarily reduced our limits in cooperation with state, federal and local authorities,” McCaul said from her office in Jay.\n"
          "On Monday, the Maine Department of Environmental Protection released a new draft discharge permit for the mill. The last state permit was issued in 1997, she said, and the last town and federal permits were issued in 2002 and 1985.\n"
          "“All parties agree that water quality in the Androscoggin River needs continued improvement,” McCaul said. “How we get there should be determined by sound sceience and common sense, not emotions.”\n"
          "The environmental groups say the Jay mill pours about 40 million gallons a day of wastewater into the Androscoggin."),
    entities=[("groups", "Two environmental groups", "GROUP",
               ["two groups", "The groups", "The environmental groups", "Environmentalists",
                "the Natural Resources Council of Maine and the Natural Resources Defense Council"],
               "Natural Resources Council of Maine and Natural Resources Defense Council"),
              ("carson", "Brownie Carson", "PERSON", ["Carson"], "executive director of the Natural Resources Council of Maine"),
              ("suit", "the suit", "ORGANIZATION", ["the lawsuit"], "the groups' lawsuit against International Paper"),
              ("mccaul", "Fiona McCaul", "PERSON", ["McCaul", "IP spokeswoman Fiona McCaul"], "International Paper spokeswoman"),
              ("parties", "All parties", "GROUP", [], "all parties to the mill's water-quality permits")],
    mentions=[("m1", ("two groups", "two groups cite"), "groups"),
              ("m2", "Environmentalists", "groups"),
              ("m3", "Two environmental groups", "groups"),
              ("m4", "the Natural Resources Council of Maine and the Natural Resources Defense Council", "groups"),
              ("m5", "The groups", "groups"),
              ("m6", ("They", "They say the last"), "groups"),
              ("m7", "Brownie Carson, executive director of the Natural Resources Council of Maine", "carson"),
              ("m8", "the suit", "suit"),
              ("m9", "IP spokeswoman Fiona McCaul", "mccaul"),
              ("m10", ("McCaul", "McCaul said from"), "mccaul"),
              ("m11", ("she", "she said, and"), "mccaul"),
              ("m12", "All parties", "parties"),
              ("m13", ("McCaul", "McCaul said. “How"), "mccaul"),
              ("m14", "The environmental groups", "groups"),
              ("m15", "The lawsuit", "suit")],
    attributions=[("a1", "INDIRECT", "m1", "cite", "river pollution", None),
                  ("a2", "INDIRECT", "m2", ("say", "Environmentalists say"), "firm violates standards", None),
                  ("a3", "INDIRECT", "m3", "alleging",
                   seg(T, "its wastewater pollutes the Androscoggin", "federal water-quality standards"), None),
                  ("a4", "INDIRECT", "m5", "assert",
                   seg(T, "Maine and federal laws require", "for two decades"), None),
                  ("a5", "INDIRECT", "m6", ("say", "They say the last"),
                   "the last valid permit issued to the company was in 1985, and it was for just one year", None),
                  ("a6", "DIRECT", "m7", ("said", "said Brownie"),
                   "The river belongs to the people of Maine and it is past time to clean it up,", None),
                  ("a7", "INDIRECT", "m7", "adding",
                   "the suit asks IP to clean up the river and operate with a valid permit", None),
                  ("a8", "INDIRECT", "m8", "asks", "IP to clean up the river and operate with a valid permit", "a7"),
                  ("a9", "INDIRECT", "m9", ("said", "McCaul said Tuesday"),
                   "the paper mill has been operating legally under federal, state and local rules", None),
                  ("a10", "DIRECT", "m10", ("said", "McCaul said from"),
                   seg(T, "The last federal discharge permit we received", "state, federal and local authorities,"), None),
                  ("a11", "INDIRECT", "m11", ("said", "she said, and"),
                   seg(T, "The last state permit was issued in 1997", "issued in 2002 and 1985"), None),
                  ("a12", "DIRECT", "m13", ("said", "McCaul said. “How"),
                   "All parties agree that water quality in the Androscoggin River needs continued improvement,", None),
                  ("a13", "INDIRECT", "m12", "agree",
                   "water quality in the Androscoggin River needs continued improvement", "a12"),
                  ("a14", "DIRECT", "m13", None,
                   "How we get there should be determined by sound sceience and common sense, not emotions.", None),
                  ("a15", "INDIRECT", "m14", ("say", "groups say the Jay"),
                   "the Jay mill pours about 40 million gallons a day of wastewater into the Androscoggin", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "Committee heckled for approving
# development in Leigh Sinton"), so the text starts with the lead. It gives no date. The copy stops
# inside the next paragraph ("Managing director Dar"), so the text is cut at the paragraph before
# it. "Leigh Sinton.." and "distrit" are as printed.
# Notes:
# - "unhappy protestors" and "Angry people" are one collective in one scene; "a few calling out
#   from the crowd" is a subset and its own entity (FORMAT.md, Coreference).
# - "called for the head of ... David Hughes": an idiom for his removal; the noun phrase after
#   "called for" is the content, as in "called for speed bumps".
# - "a few calling out from the crowd for his resignation for not representing their views": the
#   stated ground is left out of the content, as the purpose in "called for speed bumps in an
#   effort to slow traffic" (FORMAT.md, Adjuncts); "from the crowd" lies between cue and content.
# - "said he was very disappointed about the decision and felt the council were ...": "felt" is
#   read as coordinated inside the said-clause (its subject is the reported "he"), so this is one
#   claim; the speaker's own attitudes are not split off (FORMAT.md, seed a20).
# - Seymour's quotation runs over two paragraphs (the first ends without a closing mark and the
#   next reopens): one attribution (FORMAT.md, Unit).
doc("malverngazette-leigh-sinton-committee-heckled",
    url="http://www.malverngazette.co.uk/news/10951145.Committee_heckled_for_approving_development_in_Leigh_Sinton/?action=complain&cid=12390504",
    outlet="Malvern Gazette", country="UK", topic="local", cut=True,
    text=(T := "A COMMITTEE was heckled and unhappy protestors called for a councillor’s resignation after a decision to throw out a planning application for 53 houses in Leigh Sinton, near Malvern.\n"
          "Angry people called for the head of Malvern Hills District Council leader David Hughes, who is not on the committee that approved the plans, after he said he supported the application because it hardly affected the significant gap between Malvern and Leigh Sinton.. This angered most of more than 100 people present with a few calling out from the crowd for his resignation for not representing their views.\n"
          "After having the plans turned down by the council’s development control committee in December, planning officers took the proposal to the district’s planning committee which approved it at the meeting last Thursday.\n"
          "Councillor Chris Cheeseman led the move for approval stating if it was not approved they would be facing costs for an appeal, and penalties if they did not increase the buffer of land available to developers.\n"
          "He said: “I am aware of great objections of the people here but I am also aware there are 70,000 other residents not here tonight.”\n"
          "The distrit has been left vulnerable to developers as it could not demonstrate a five-year land supply as part of the National Planning Policy Framework.\n"
          "Speaking after the meeting, Stephen Seymour, vice-chairman of Leigh and Bransford Parish Council, said he was very disappointed about the decision and felt the council were not working in favour of local neighbourhood plans.\n"
          "He said: “I think district councillors are not prepared to stand up to the Government and it is a shame. The officers are there to give advice but it is up to councillors to take a moral stand if they think it is wrong.\n"
          "“They’re supposed to be elected to support the people but I don’t see them doing that.”\n"
          "Developer Cala Homes met with parish councils and the local community before the plans went forward for approval."),
    entities=[("protestors", "unhappy protestors", "GROUP", ["protestors", "Angry people"],
               "people protesting at the planning meeting"),
              ("hughes", "David Hughes", "PERSON", ["Hughes", "Malvern Hills District Council leader David Hughes"],
               "leader of Malvern Hills District Council"),
              ("few", "a few", "GROUP", [], "a few people in the crowd"),
              ("cheeseman", "Chris Cheeseman", "PERSON", ["Cheeseman", "Councillor Chris Cheeseman"], "councillor"),
              ("seymour", "Stephen Seymour", "PERSON",
               ["Seymour", "Stephen Seymour, vice-chairman of Leigh and Bransford Parish Council"],
               "vice-chairman of Leigh and Bransford Parish Council")],
    mentions=[("m1", "unhappy protestors", "protestors"),
              ("m2", "Angry people", "protestors"),
              ("m3", "Malvern Hills District Council leader David Hughes", "hughes"),
              ("m4", ("he", "he said he supported"), "hughes"),
              ("m5", ("a few", "a few calling"), "few"),
              ("m6", "Councillor Chris Cheeseman", "cheeseman"),
              ("m7", ("He", "He said: “I am aware"), "cheeseman"),
              ("m8", "Stephen Seymour, vice-chairman of Leigh and Bransford Parish Council", "seymour"),
              ("m9", ("He", "He said: “I think"), "seymour")],
    attributions=[("a1", "INDIRECT", "m1", ("called for", "protestors called for"), "a councillor’s resignation", None),
                  ("a2", "INDIRECT", "m2", ("called for", "people called for"),
                   "the head of Malvern Hills District Council leader David Hughes", None),
                  ("a3", "INDIRECT", "m4", ("said", "he said he supported"),
                   "he supported the application because it hardly affected the significant gap between Malvern and Leigh Sinton", None),
                  ("a4", "INDIRECT", "m5", "calling out", "his resignation", None),
                  ("a5", "INDIRECT", "m6", "stating",
                   seg(T, "if it was not approved they would", "land available to developers"), None),
                  ("a6", "DIRECT", "m7", ("said", "He said: “I am aware"),
                   "I am aware of great objections of the people here but I am also aware there are 70,000 other residents not here tonight.", None),
                  ("a7", "INDIRECT", "m8", ("said", "Council, said he"),
                   seg(T, "he was very disappointed about the decision", "local neighbourhood plans"), None),
                  ("a8", "DIRECT", "m9", ("said", "He said: “I think"),
                   seg(T, "I think district councillors", "I don’t see them doing that."), None)])

# ---------------------------------------------------------------------------------------
# The "News", "Summary:" and "Image:" labels and the byline are removed; the summary line is kept
# as the standfirst. The page gives no date. The copy stops inside the next paragraph ("When
# contacted by The South West Londoner, the CPO was unavailable for c"), so the text is cut at the
# paragraph before it.
# Notes:
# - Evans's quotation opens after "said:", its paragraph ends without a closing mark and the next
#   paragraph reopens and closes it before ", he added": one attribution (FORMAT.md, Unit; Marks
#   as printed), whose cue is the inline "added" with the source "he", which win over the colon
#   frame (FORMAT.md, Two clauses, one claim); "Jonathan Evans" is a non-source mention.
# - Inside it, "The fans have spoken and made it crystal clear that ..." is nested (cue "made it
#   crystal clear", as "made it clear" in the corpus). "People will talk about the board getting
#   a bloody nose" is a prediction of talk with no claim and is left out (FORMAT.md, hypotheticals
#   inside a quote).
# - "Fans yesterday rejected club proposals" and "The Chelsea Pitch Owners voted": a vote is an
#   action, not a claim.
# - "Abramovich – who is said to be worth £9bn –": an agentless report with a raised subject
#   (FORMAT.md, Left outside): null source, content "to be worth £9bn".
# - "The club had hoped to entice fans ...": a hope with a named subject, as the corpus annotates
#   "hopes to get more playing time".
# - "The incentives were criticised by fans at the meeting to Chairman Bruce Buck and Chief
#   Executive Ron Gourlay": evaluative reporting with a noun-phrase content (the subject of the
#   passive); the addressees are left out. The fans at the meeting are taken as the same
#   collective as "Chelsea fans" (the supporter-owners who voted there).
# - "in a statement on the club website, Mr Buck says A and insists B": the statement is the
#   medium; two claims.
doc("swlondoner-chelsea-fans-stadium-bid-tatters",
    url="http://www.swlondoner.co.uk/chelsea-fans-leave-roman-abramovich-s-new-stadium-bid-in-tatters/",
    outlet="The South West Londoner", country="UK", topic="sport", cut=True,
    text=(T := "Chelsea fans leave Roman Abramovich’s new stadium bid in tatters\n"
          "Fans yesterday rejected club proposals to buy the freehold to Stamford Bridge.\n"
          "Chelsea fans left Roman Abramovich’s bid for a new stadium in tatters yesterday after rejecting club proposals to buy the freehold to Stamford Bridge.\n"
          "The Chelsea Pitch Owners voted 61.6% in favour of the proposal, falling short of the 75% needed for the club to take ownership of the supporter owned pitch and stands.\n"
          "It is now unclear whether or not Abramovich will move forward with plans to take Chelsea away from their 106-year-old home to a new, increased capacity stadium.\n"
          "Jonathan Evans, 33, a Chelsea supporter who attended the meeting, said: “The fans have spoken and made it crystal clear that this move is not good for the club.\n"
          "“People will talk about the board getting a bloody nose but it runs a lot deeper than that – the terms of this move were simply unacceptable to us,” he added.\n"
          "The issue of a new stadium has been on the agenda ever since Abramovich – who is said to be worth £9bn – took control of the club from Ken Bates in 2003.\n"
          "The club had hoped to entice fans into backing the proposal by offering incentives such as placing the names of CPO members on a wall of honour at Stamford Bridge.\n"
          "The incentives were criticised by fans at the meeting to Chairman Bruce Buck and Chief Executive Ron Gourlay, who were both in attendance.\n"
          "Had the proposal been accepted, the Russian Oligarch would have gained ownership of £300m worth of real estate, a notion that left fans suspicious to his motives.\n"
          "But in a statement on the club website, Mr Buck says the incentives were fair and insists Abramovich doesn’t stand to gain financially from any possible move away.\n"
          "“I know it’s been ridiculed and I am sorry and disappointed by that but we made that proposal in good faith,” he said."),
    entities=[("fans", "Chelsea fans", "GROUP", ["Fans", "The fans", "fans at the meeting"], "Chelsea supporters"),
              ("evans", "Jonathan Evans", "PERSON", ["Evans"], "Chelsea supporter who attended the meeting"),
              ("club", "The club", "ORGANIZATION", [], "Chelsea FC"),
              ("buck", "Bruce Buck", "PERSON", ["Buck", "Mr Buck", "Chairman Bruce Buck"], "Chelsea chairman")],
    mentions=[("m1", ("Chelsea fans", "Chelsea fans leave"), "fans"),
              ("m2", ("Fans", "Fans yesterday"), "fans"),
              ("m3", ("Chelsea fans", "Chelsea fans left"), "fans"),
              ("m4", "Jonathan Evans", "evans"),
              ("m5", "The fans", "fans"),
              ("m6", ("he", "he added"), "evans"),
              ("m7", "The club", "club"),
              ("m8", "fans at the meeting", "fans"),
              ("m9", "Chairman Bruce Buck", "buck"),
              ("m10", "Mr Buck", "buck"),
              ("m11", ("he", "he said."), "buck"),
              ("m12", ("fans", "entice fans"), "fans"),
              ("m13", ("fans", "left fans"), "fans")],
    attributions=[("a1", "DIRECT", "m6", ("added", "he added"),
                   seg(T, "The fans have spoken", "simply unacceptable to us,"), None),
                  ("a2", "INDIRECT", "m5", "made it crystal clear", "this move is not good for the club", "a1"),
                  ("a3", "INDIRECT", None, ("said", "is said to be"), "to be worth £9bn", None),
                  ("a4", "INDIRECT", "m7", "hoped",
                   seg(T, "to entice fans into backing", "wall of honour at Stamford Bridge"), None),
                  ("a5", "INDIRECT", "m8", "criticised", "The incentives", None),
                  ("a6", "INDIRECT", "m10", ("says", "Buck says"), "the incentives were fair", None),
                  ("a7", "INDIRECT", "m10", "insists",
                   "Abramovich doesn’t stand to gain financially from any possible move away", None),
                  ("a8", "DIRECT", "m11", ("said", "he said."),
                   "I know it’s been ridiculed and I am sorry and disappointed by that but we made that proposal in good faith,", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "Tinder accused of breaching EU data
# rules"), so the text starts with the lead. It gives no date. The copy stops inside a later
# paragraph ("... from a French venture capit"); the text is cut after the Koutsomitis paragraphs.
# Notes:
# - "has accused makers of ... Tinder, of breaching EU rules ...": the accused party stays in the
#   content, as the corpus does for "accused X of Y".
# - "The firm has not yet provided a response to the allegations": a refusal with no open
#   question and a noun that only refers back; no claim.
# - "There is concern that ...": a noun cue with no holder named, null source (as the corpus does
#   for "concern").
# - "Tinder’s privacy policy gives the app access to ...": what a document grants, not a claim.
# - Church's quotation runs over two paragraphs: one attribution.
# - "told BusinessCloud that she believes ...": the outlet is the addressee, not a source; "she
#   believes" is her own attitude and is not split off.
# - "With one in five relationships now starting online, Koutsomitis believes it’s the perfect time
#   to launch a dating app – but there’s a twist as DatePlay ...": the sentence-initial setting is
#   left out, and the clause after the dash is the journalist's own remark, not her belief.
doc("businesscloud-tinder-accused-breaching-eu-data-rules",
    url="https://businesscloud.co.uk/news/tinder-accused-of-breaching-eu-data-rules",
    outlet="BusinessCloud", country="UK", topic="technology", cut=True,
    text=(T := "An MEP has accused makers of the popular dating app, Tinder, of breaching EU rules by recording the personal data of its users without explicit consent.\n"
          "Belgian politician Marc Tarabella says the app does not appropriately warn users of what data it is able to access.\n"
          "Tarabella has called for an investigation into Tinder’s practices. The firm has not yet provided a response to the allegations.\n"
          "Tinder launched in September 2012 and became famous for its swipe feature where users can quickly flick through photos of potential partners and make quick decisions on who is of interest to them.\n"
          "Mr Tarabella has accused the app of a lack of clarity on how much personal data it controls of each user.\n"
          "He said: “Once you subscribe, the company can do whatever it wants with your data. It can show them, distribute them to whomever or even modify them.”\n"
          "There is concern that people are not aware enough of how misuse of their data can lead to future problems.\n"
          "Tinder’s privacy policy gives the app access to each person’s Facebook profile, email addresses, interests, likes, gender, education, location, friends lists and much more.\n"
          "Technology expert from law firm Linklaters, Peter Church, believes many apps and services could be in breach of EU data privacy rules.\n"
          "He said: “Some apps are potentially very intrusive.\n"
          "“The challenge is to make sure individuals understand what information is being collected and to give them choice and control.”\n"
          "Vana Koutsomitis, who missed out on winning The Apprentice, told BusinessCloud that she believes her business DatePlay will become the world’s most in-demand online dating app.\n"
          "With one in five relationships now starting online, Koutsomitis believes it’s the perfect time to launch a dating app – but there’s a twist as DatePlay combines gaming and online dating to bring people together."),
    entities=[("tarabella", "Marc Tarabella", "PERSON",
               ["Tarabella", "Mr Tarabella", "An MEP", "Belgian politician Marc Tarabella"], "Belgian MEP"),
              ("church", "Peter Church", "PERSON",
               ["Church", "Technology expert from law firm Linklaters, Peter Church"], "technology expert at law firm Linklaters"),
              ("koutsomitis", "Vana Koutsomitis", "PERSON", ["Koutsomitis"], "founder of the dating app DatePlay")],
    mentions=[("m1", "An MEP", "tarabella"),
              ("m2", "Belgian politician Marc Tarabella", "tarabella"),
              ("m3", ("Tarabella", "Tarabella has called"), "tarabella"),
              ("m4", "Mr Tarabella", "tarabella"),
              ("m5", ("He", "He said: “Once"), "tarabella"),
              ("m6", "Technology expert from law firm Linklaters, Peter Church", "church"),
              ("m7", ("He", "He said: “Some"), "church"),
              ("m8", "Vana Koutsomitis", "koutsomitis"),
              ("m9", ("Koutsomitis", "Koutsomitis believes"), "koutsomitis")],
    attributions=[("a1", "INDIRECT", "m1", ("accused", "MEP has accused"),
                   seg(T, "makers of the popular dating app", "without explicit consent"), None),
                  ("a2", "INDIRECT", "m2", "says",
                   "the app does not appropriately warn users of what data it is able to access", None),
                  ("a3", "INDIRECT", "m3", "called for", "an investigation into Tinder’s practices", None),
                  ("a4", "INDIRECT", "m4", ("accused", "Tarabella has accused"),
                   "the app of a lack of clarity on how much personal data it controls of each user", None),
                  ("a5", "DIRECT", "m5", ("said", "He said: “Once"),
                   seg(T, "Once you subscribe", "or even modify them."), None),
                  ("a6", "INDIRECT", None, "concern",
                   "people are not aware enough of how misuse of their data can lead to future problems", None),
                  ("a7", "INDIRECT", "m6", ("believes", "Church, believes"),
                   "many apps and services could be in breach of EU data privacy rules", None),
                  ("a8", "DIRECT", "m7", ("said", "He said: “Some"),
                   seg(T, "Some apps are potentially", "choice and control."), None),
                  ("a9", "INDIRECT", "m8", "told",
                   "she believes her business DatePlay will become the world’s most in-demand online dating app", None),
                  ("a10", "INDIRECT", "m9", ("believes", "Koutsomitis believes"),
                   "it’s the perfect time to launch a dating app", None)])

# ---------------------------------------------------------------------------------------
# Associated Press copy on the Orlando Sentinel. The "National & World News" label is removed. The
# page prints no date; it comes from the address (20160922). The copy stops inside the next
# paragraph ("... noting that they already pay bills on av"), so the text is cut at the paragraph
# before it.
# Notes:
# - "Several fires were reported overnight ..., but no one was injured, Garcia said": the trailing
#   clause covers the whole sentence; "were reported" there reports events, not a proposition,
#   and gets no attribution of its own.
# - "an island ... whose government has warned it is running out of money": the antecedent of
#   the relative pronoun's NP is the island's government, the same body as "The government" that
#   canceled classes.
# - "Many Puerto Ricans expressed doubts that A, saying B": two claims (seed a18/a19).
doc("orlandosentinel-puerto-rico-blackout-crews-restore-power",
    url="https://www.orlandosentinel.com/news/nationworld/os-ap-black-out-puerto-rico-20160922-story.html",
    outlet="Orlando Sentinel", country="US", topic="business", cut=True, published="2016-09-22",
    text=(T := "Crews rush to restore power in blacked-out Puerto Rico\n"
          "SAN JUAN, Puerto Rico — Repair crews on Thursday worked to restore electricity to Puerto Rico's 3.5 million people after a fire at a power plant blacked out the entire U.S. territory.\n"
          "The government canceled classes at public schools and universities, while hospitals canceled all elective surgeries and non-urgent appointments. The majority of government employees were given the morning off.\n"
          "\"We hope that by Friday everything will have returned to normal,\" Javier Quintana, executive director of the Electric Power Authority, said.\n"
          "Power was restored to more than 130,000 customers out of a total of 1.5 million by early Thursday morning, but Gov. Alejandro Garcia Padilla warned it would be a slow process.\n"
          "\"Given that the system is so old, numerous setbacks could occur,\" he told reporters.\n"
          "Several fires were reported overnight as a result of people using candles and generators, but no one was injured, Garcia said, adding that no looting or other opportunistic crimes occurred as a result of the blackout.\n"
          "The Electric Power Authority said investigators were trying to determine what caused the fire that broke out Wednesday afternoon at a power plant in southern Puerto Rico that serves a majority of customers on the island.\n"
          "The fire began at a switch and caused two transmission lines of 230,000 volts each to fail. The outage was the latest hit for an island mired in a decade-long economic crisis and whose government has warned it is running out of money as it seeks to restructure nearly $70 billion in public debt.\n"
          "\"This is a very serious event,\" Garcia said. \"The system is not designed to withstand a failure of this magnitude.\"\n"
          "Many Puerto Ricans expressed doubts that power would be restored quickly, saying the economic slump has affected basic government services."),
    entities=[("quintana", "Javier Quintana", "PERSON", ["Quintana"], "executive director of the Electric Power Authority"),
              ("garcia", "Alejandro Garcia Padilla", "PERSON", ["Garcia", "Garcia Padilla", "Gov. Alejandro Garcia Padilla"],
               "Governor of Puerto Rico"),
              ("epa", "The Electric Power Authority", "ORGANIZATION", ["Electric Power Authority"], "Puerto Rico's power utility"),
              ("govt", "The government", "ORGANIZATION", ["government"], "Government of Puerto Rico"),
              ("ricans", "Many Puerto Ricans", "GROUP", ["Puerto Ricans"], "residents of Puerto Rico")],
    mentions=[("m1", ("The government", "The government canceled"), "govt"),
              ("m2", "Javier Quintana, executive director of the Electric Power Authority", "quintana"),
              ("m3", "Gov. Alejandro Garcia Padilla", "garcia"),
              ("m4", ("he", "he told reporters"), "garcia"),
              ("m5", ("Garcia", "Garcia said, adding"), "garcia"),
              ("m6", ("The Electric Power Authority", "The Electric Power Authority said"), "epa"),
              ("m7", ("government", "whose government"), "govt"),
              ("m8", ("Garcia", "Garcia said. \"The"), "garcia"),
              ("m9", "Many Puerto Ricans", "ricans")],
    attributions=[("a1", "DIRECT", "m2", ("said", "Authority, said"),
                   "We hope that by Friday everything will have returned to normal,", None),
                  ("a2", "INDIRECT", "m3", ("warned", "Padilla warned"), "it would be a slow process", None),
                  ("a3", "DIRECT", "m4", "told", "Given that the system is so old, numerous setbacks could occur,", None),
                  ("a4", "INDIRECT", "m5", ("said", "Garcia said, adding"),
                   "Several fires were reported overnight as a result of people using candles and generators, but no one was injured", None),
                  ("a5", "INDIRECT", "m5", "adding",
                   "no looting or other opportunistic crimes occurred as a result of the blackout", None),
                  ("a6", "INDIRECT", "m6", ("said", "Authority said"),
                   seg(T, "investigators were trying to determine", "customers on the island"), None),
                  ("a7", "INDIRECT", "m7", ("warned", "has warned"),
                   "it is running out of money as it seeks to restructure nearly $70 billion in public debt", None),
                  ("a8", "DIRECT", "m8", ("said", "Garcia said. \"The"), "This is a very serious event,", None),
                  ("a9", "DIRECT", "m8", None, "The system is not designed to withstand a failure of this magnitude.", None),
                  ("a10", "INDIRECT", "m9", "expressed doubts", "power would be restored quickly", None),
                  ("a11", "INDIRECT", "m9", "saying", "the economic slump has affected basic government services", None)])

write("test17_a.jsonl")
