#!/usr/bin/env python3
"""Writes train_at.jsonl: real-news gold, split train-at (see gold.py). Run: python3 make_train_at.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The byline ("Daniel Bethencourt / Detroit Free Press") and two related-story link lines
# ("Detroit police: Motorist killed by fleeing suspect", "Is it time to put the brakes on police
# chases?") are removed. The text is cut at the last whole paragraph of the stored copy (the next
# one is cut off mid-word). The date is the one in the page's address. A double space after
# "Southfield Freeway area" is kept as printed.
# "all officers have been re-notified of the rules for when a chase is allowed" is an agentless
# speech act with a noun-phrase content, nested in Craig's claim (null source; `announced the
# launch of X`, `allegations of X` → X). "the suspect had given false information" is an act with
# no reported content: not annotated. A trailing ", Craig said" covers its own sentence only, so
# "The officer got back in his patrol car ..." is not a claim.
doc("freep-dpd-chief-deadly-chase-violated-policy",
    url="https://www.freep.com/story/news/local/michigan/detroit/2015/11/13/detroit-police-police-chase-crime/75730350/",
    outlet="Detroit Free Press", country="US", topic="courts-crime", cut=True, published="2015-11-13",
    text=(T := "DPD chief: Deadly police chase violated dept. policy\n"
          "All three police cars involved in a chase that ended with the suspect plowing into and killing an innocent motorist may have violated departmental policy.\n"
          "Detroit Police Chief James Craig, speaking to the media on Friday, said that while no officers have been placed on leave, the department is investigating how exactly the chase ended in tragedy and said that all officers have been re-notified of the rules for when a chase is allowed.\n"
          "“We’re deeply sorry about what happened,” Craig said, adding that police work was “high risk.” He later added: “We are taking steps to make sure we don’t have a repeat of that.”\n"
          "The chase began in the Southfield Freeway area  about 11 a.m. Thursday, when a 25-year veteran officer noticed an orange Dodge Charger that had not stopped at a stop sign.\n"
          "The suspected driver, 27, who is not being identified, was on parole for carrying a concealed weapon. He was wearing a tether, but it had not been charged.\n"
          "Sitting next to him in the car was a 16-year-old girl, who was not his sibling, Craig said.\n"
          "As it turned out, the officer had stopped the same suspect just a week ago. But that time, the suspect had given false information, taken off and the officer had decided not to pursue.\n"
          "But on Thursday morning, when the officer approached again, the suspect made some suspicious movements and drove away at high speed, Craig said.\n"
          "The officer got back in his patrol car and began pursuit. At that point, the chase should have been called off because the suspect did not appear to have committed a felony, Craig said."),
    entities=[("craig", "James Craig", "PERSON",
               ["Craig", "Detroit Police Chief James Craig", "DPD chief"], "Chief of the Detroit Police Department")],
    mentions=[("m1", "DPD chief", "craig"),
              ("m2", "Detroit Police Chief James Craig", "craig"),
              ("m3", ("Craig", "Craig said, adding"), "craig"),
              ("m4", ("He", "He later added"), "craig"),
              ("m5", ("Craig", "sibling, Craig said"), "craig"),
              ("m6", ("Craig", "high speed, Craig said"), "craig"),
              ("m7", ("Craig", "a felony, Craig said"), "craig")],
    attributions=[("a1", "INDIRECT", "m1", None, "Deadly police chase violated dept. policy", None),
                  ("a2", "INDIRECT", "m2", ("said", "said that while"),
                   seg(T, "while no officers have been placed", "ended in tragedy"), None),
                  ("a3", "INDIRECT", "m2", ("said", "said that all officers"),
                   "all officers have been re-notified of the rules for when a chase is allowed", None),
                  ("a4", "INDIRECT", None, "re-notified", "the rules for when a chase is allowed", "a3"),
                  ("a5", "DIRECT", "m3", ("said", "Craig said, adding"), "We’re deeply sorry about what happened,", None),
                  ("a6", "MIXED", "m3", "adding", "police work was “high risk.”", None),
                  ("a7", "DIRECT", "m4", ("added", "He later added"),
                   "We are taking steps to make sure we don’t have a repeat of that.", None),
                  ("a8", "INDIRECT", "m5", ("said", "sibling, Craig said"),
                   "Sitting next to him in the car was a 16-year-old girl, who was not his sibling", None),
                  ("a9", "INDIRECT", "m6", ("said", "high speed, Craig said"),
                   seg(T, "on Thursday morning, when the officer", "drove away at high speed"), None),
                  ("a10", "INDIRECT", "m7", ("said", "a felony, Craig said"),
                   seg(T, "At that point, the chase should", "to have committed a felony"), None)])

# ---------------------------------------------------------------------------------------
# Navigation ("PodcastsNewslettersToday’s paper", "The Star Edition", "Change Location", "Sign
# In") is removed, and so is the summary line that the page prints above the headline (a
# shorter variant of the lead). The text is cut at the last whole paragraph of the stored copy:
# the next one (the law firm's statement) is cut off mid-word. The date is the one in the address.
# "Marin scoffed at a London city councillor" has no reported content (the councillor is its
# object): not annotated; the councillor's own claim in the relative clause is, with the
# antecedent "a London city councillor" as source (FORMAT.md, Sources). "in his report, In the
# Back Room" and "in a statement" are media. "Marin found" is a finding (Included).
# "There are no legal consequences ..." has no cue: not a claim.
doc("thestar-ombudsman-marin-london-council-secret-meeting",
    url="https://www.thestar.com/news/queenspark/2013/10/22/ombudsman_andr_marin_says_secret_council_meeting_in_london_betrayed_public_trust.html",
    outlet="Toronto Star", country="Canada", topic="politics", cut=True, published="2013-10-22",
    text=(T := "Ombudsman André Marin says secret council meeting in London betrayed public trust\n"
          "Ontario ombudsman André Marin says a secret meeting between the mayor of London, Ont., and six city council members in the back room of a restaurant was a “clear violation” of the Ontario Municipal Act and a betrayal of public trust.\n"
          "“Backroom, backdoor, closed-door meetings — organized by and participated in by elected officials — are inimical to the democratic process,” Marin says in his report, In the Back Room, released on Tuesday.\n"
          "“This case is a cautionary tale for municipal governments, underscoring the risks of so-called social gatherings that are really a shield for clandestine meetings to further city business away from public scrutiny,” Marin said in a statement.\n"
          "There are no legal consequences for violations of the Municipal Act.\n"
          "On Twitter, Marin scoffed at a London city councillor who claimed he accidentally called his colleagues by sitting on his phone.\n"
          "The ombudsman’s office said it received 60 complaints, the most ever for a closed meeting of this sort.\n"
          "In February Mayor Joe Fontana and six council members met at Billy T’s Tap and Grill for what was clearly city business, not a social gathering, Marin found.\n"
          "“It was a betrayal of public trust, and diminished the credibility of the council participants in the eyes of London citizens, other council colleagues and all Ontarians,” the controversial ombudsman stated in his report."),
    entities=[("marin", "André Marin", "PERSON",
               ["Marin", "Ombudsman André Marin", "Ontario ombudsman André Marin", "the controversial ombudsman"],
               "Ontario Ombudsman"),
              ("councillor", "a London city councillor", "PERSON", [], "a member of London city council"),
              ("office", "The ombudsman’s office", "ORGANIZATION", ["ombudsman’s office"], "Office of the Ontario Ombudsman")],
    mentions=[("m1", "Ombudsman André Marin", "marin"),
              ("m2", "Ontario ombudsman André Marin", "marin"),
              ("m3", ("Marin", "Marin says in his report"), "marin"),
              ("m4", ("Marin", "Marin said in a statement"), "marin"),
              ("m5", ("Marin", "Marin scoffed"), "marin"),
              ("m6", "a London city councillor", "councillor"),
              ("m7", "The ombudsman’s office", "office"),
              ("m8", ("Marin", "Marin found"), "marin"),
              ("m9", "the controversial ombudsman", "marin")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "Marin says secret"),
                   "secret council meeting in London betrayed public trust", None),
                  ("a2", "MIXED", "m2", ("says", "Marin says a secret"),
                   seg(T, "a secret meeting between the mayor", "a betrayal of public trust", "Marin says a secret"), None),
                  ("a3", "DIRECT", "m3", ("says", "Marin says in his report"),
                   seg(T, "Backroom, backdoor", "the democratic process,"), None),
                  ("a4", "DIRECT", "m4", ("said", "Marin said in a statement"),
                   seg(T, "This case is a cautionary tale", "away from public scrutiny,"), None),
                  ("a5", "INDIRECT", "m6", "claimed", "he accidentally called his colleagues by sitting on his phone", None),
                  ("a6", "INDIRECT", "m7", ("said", "office said"),
                   "it received 60 complaints, the most ever for a closed meeting of this sort", None),
                  ("a7", "INDIRECT", "m8", "found",
                   seg(T, "In February Mayor Joe Fontana", "not a social gathering"), None),
                  ("a8", "DIRECT", "m9", "stated",
                   seg(T, "It was a betrayal of public trust, and", "and all Ontarians,"), None)])

# ---------------------------------------------------------------------------------------
# "Advertisement 1/2", "Article content", "Story continues below" and "[np-related]" are removed;
# the line under the headline is kept as a standfirst, and the lead sentence that repeats it also
# carries the claim (FORMAT.md, Text parts). The text is cut at the last whole paragraph of the
# stored copy: the next one (Cortez's account of his call with Gill) is cut off mid-sentence. The
# page gives no date.
# The headline uses single quotes as marks: "deny they are 'a team in trouble'" is MIXED.
# Creehan's quoted question with "asked" is DIRECT (Included); the rest of his quotation continues
# him with a null cue. "what sense it would make to say somebody is feuding" is a hypothetical
# inside a quote, and "what he says goes" a generic remark: not annotated. Gill's quotation after
# "said Gill" runs over two paragraphs (the first ends without a closing mark and the next
# reopens): one continuation. "I'm not telling you this team is in trouble" is the speaker's own
# negated framing inside his quote, not split off. "spoke with Gill" gives no content.
doc("nationalpost-ticats-deny-team-in-trouble",
    url="http://nationalpost.com/sports/football/cfl/hamilton-tiger-cats-deny-they-are-a-team-in-trouble",
    outlet="National Post", country="Canada", topic="sport", cut=True,
    text=(T := "Hamilton Tiger-Cats deny they are 'a team in trouble'\n"
          "CFL agent Darren Gill told Montreal’s Team 990 sports radio the Ticats’ dressing room has become combustible\n"
          "HAMILTON — Hamilton Tiger-Cats defensive co-ordinator Casey Creehan’s voice has a certain resonance, so you can stand 50 yards away and still understand him clearly. After practice Thursday at Ivor Wynne Stadium, Creehan wanted to make a point loud enough for everyone to hear.\n"
          "“Do you have a boss?” Creehan asked the small gathering of reporters, with head coach George Cortez standing not far away. “I have a boss, too. I don’t know what sense it would make to say somebody is feuding with their boss, OK? [Cortez] is the boss, what he says goes.”\n"
          "On Wednesday, amidst Hamilton’s 0-2 start to this Canadian Football League season and preparations for Saturday’s home game against Toronto, CFL agent Darren Gill told Montreal’s Team 990 sports radio the Ticats’ dressing room has become combustible.\n"
          "“George Cortez is not known as a player’s coach, and that’s been known from day one,” said Gill, who represents some lesser known Ticats players. “He’s not brought the veterans on his side, and it’s made it very difficult for him to try and get that team on the right page.\n"
          "“In fact, there’s been some pretty well-known confrontations in that team’s locker room between George Cortez and defensive co-ordinator Casey Creehan. They’re not on the same page. The quarterback and the coach aren’t on the same page. I’m not telling you this team is in trouble, but there’s certainly some early signs that they are in trouble.”\n"
          "Cortez, diplomatic but completely dismissive, spoke with Gill on Wednesday night."),
    entities=[("ticats", "Hamilton Tiger-Cats", "ORGANIZATION", ["Tiger-Cats", "Ticats"], "CFL team"),
              ("gill", "Darren Gill", "PERSON", ["Gill", "CFL agent Darren Gill"], "CFL player agent"),
              ("creehan", "Casey Creehan", "PERSON",
               ["Creehan", "defensive co-ordinator Casey Creehan"], "Hamilton Tiger-Cats defensive co-ordinator")],
    mentions=[("m1", ("Hamilton Tiger-Cats", "Hamilton Tiger-Cats deny"), "ticats"),
              ("m2", ("CFL agent Darren Gill", "trouble'\nCFL agent"), "gill"),
              ("m3", ("Creehan", "Creehan wanted"), "creehan"),
              ("m4", ("Creehan", "Creehan asked"), "creehan"),
              ("m5", ("CFL agent Darren Gill", "Toronto, CFL agent"), "gill"),
              ("m6", ("Gill", "said Gill"), "gill"),
              ("m7", ("defensive co-ordinator Casey Creehan", "Cortez and defensive"), "creehan"),
              ("m8", ("Gill", "with Gill on"), "gill")],
    attributions=[("a1", "MIXED", "m1", "deny", "they are 'a team in trouble'", None),
                  ("a2", "INDIRECT", "m2", ("told", "trouble'\nCFL agent"),
                   ("the Ticats’ dressing room has become combustible", "trouble'\nCFL agent"), None),
                  ("a3", "DIRECT", "m4", ("asked", "Creehan asked"), "Do you have a boss?", None),
                  ("a4", "DIRECT", "m4", None, seg(T, "I have a boss, too.", "what he says goes."), None),
                  ("a5", "INDIRECT", "m5", ("told", "Toronto, CFL agent"),
                   ("the Ticats’ dressing room has become combustible", "Toronto, CFL agent"), None),
                  ("a6", "DIRECT", "m6", ("said", "said Gill"),
                   "George Cortez is not known as a player’s coach, and that’s been known from day one,", None),
                  ("a7", "DIRECT", "m6", None, seg(T, "He’s not brought the veterans", "that they are in trouble."), None)])

# ---------------------------------------------------------------------------------------
# The empty "Published: . / Updated: ." lines are removed, and so is a trailing space after one
# paragraph; the page gives no date. The whole stored copy is kept.
# "at the first three shops we visited, we found ..." is the station's own narration (the
# reporters' voice): not annotated. Candis Taylor's quotation is left open at its paragraph end
# and the next paragraph reopens it; it runs on to the next closing mark, after "this week," and
# is one attribution (FORMAT.md, Unit; Marks as printed). Its cue is the governing "says" before
# it, as a governing clause wins over a trailing repeat ("she says"; FORMAT.md, Two clauses, one
# claim); the quotation after "she says." continues her with a null cue. Inside it, her customers'
# explanation is a nested claim (source "they", the customers).
doc("wthr-shutdown-slows-downtown-businesses",
    url="http://www.wthr.com/article/shutdown-slows-downtown-businesses",
    outlet="WTHR", country="US", topic="business", cut=False,
    text=(T := "Shutdown slows downtown businesses\n"
          "Downtown businesses say the partial federal government shutdown is having a trickle-down effect on their cash flow.\n"
          "\"It's just like shutting off the water spigot,\" says Joe Armstroff, who has a business in the Gold Building and lots of federal workers as customers. \"Carnival's over.\"\n"
          "Downtown, at the first three shops we visited, we found all of them were seeing the effects of the slowdown.\n"
          "\"We'll fill up all the tables,\" says the Elbow Room's Kristina Mazza. \"At least two turnovers during that time as well. A day like today we also fill up the bar. A lot of to-go orders.\"\n"
          "Federal Building workers across the street walk their lunch money over to the restaurant. Now, maybe only half the usual lunch crowd is coming in.\n"
          "Donna Yarema Stroh of Tea Pot Treasures on Ohio says some of her regular fans from federal agencies are bagging their visits and that hurts.\n"
          "\"Less buying power. Maybe not buy gifts ahead of time like they might have been doing. Not having that all affects our sales and how many people I employ,\" says Donna.\n"
          "It's especially got Donna boiling because she's located diagonally across from the Federal Courthouse and just moved into new space.\n"
          "They've also seen a trim in some business at Icons around the corner. Owner and beautician Candis Taylor says \"I have customers who work for the government and they've come in for their last appointment and they explained to me that they may not be in as often because they're not in the area.\n"
          "\"It's just been a little slow this week,\" she says. \"It trickles down to small business like us.\""),
    entities=[("businesses", "Downtown businesses", "GROUP", [], "downtown Indianapolis businesses"),
              ("armstroff", "Joe Armstroff", "PERSON", ["Armstroff"], "downtown business owner"),
              ("mazza", "Kristina Mazza", "PERSON", ["Mazza", "the Elbow Room's Kristina Mazza"], "of the Elbow Room restaurant"),
              ("stroh", "Donna Yarema Stroh", "PERSON",
               ["Donna", "Stroh", "Donna Yarema Stroh of Tea Pot Treasures on Ohio"], "of Tea Pot Treasures"),
              ("taylor", "Candis Taylor", "PERSON", ["Taylor", "Owner and beautician Candis Taylor"], "owner of Icons"),
              ("customers", "customers who work for the government", "GROUP", ["customers"], "Candis Taylor's customers")],
    mentions=[("m1", "Downtown businesses", "businesses"),
              ("m2", "Joe Armstroff", "armstroff"),
              ("m3", "the Elbow Room's Kristina Mazza", "mazza"),
              ("m4", "Donna Yarema Stroh of Tea Pot Treasures on Ohio", "stroh"),
              ("m5", ("Donna", "says Donna"), "stroh"),
              ("m6", ("Donna", "got Donna"), "stroh"),
              ("m7", "Owner and beautician Candis Taylor", "taylor"),
              ("m8", "customers who work for the government", "customers"),
              ("m9", ("they", "they explained"), "customers")],
    attributions=[("a1", "INDIRECT", "m1", ("say", "businesses say"),
                   "the partial federal government shutdown is having a trickle-down effect on their cash flow", None),
                  ("a2", "DIRECT", "m2", ("says", "says Joe"), "It's just like shutting off the water spigot,", None),
                  ("a3", "DIRECT", "m2", None, "Carnival's over.", None),
                  ("a4", "DIRECT", "m3", ("says", "says the Elbow"), "We'll fill up all the tables,", None),
                  ("a5", "DIRECT", "m3", None, seg(T, "At least two turnovers", "A lot of to-go orders."), None),
                  ("a6", "INDIRECT", "m4", ("says", "Ohio says"),
                   "some of her regular fans from federal agencies are bagging their visits and that hurts", None),
                  ("a7", "DIRECT", "m5", ("says", "says Donna"), seg(T, "Less buying power.", "how many people I employ,"), None),
                  ("a8", "DIRECT", "m7", ("says", "Taylor says"),
                   seg(T, "I have customers who work", "a little slow this week,"), None),
                  ("a9", "INDIRECT", "m9", "explained", "they may not be in as often because they're not in the area", "a8"),
                  ("a10", "DIRECT", "m7", None, "It trickles down to small business like us.", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead. The stored copy comes in two
# parts that overlap at "That could suggest ..."; together they are the whole stored article, kept
# verbatim (the date is the one the page gives).
# "found PFAS and 1,4-dioxane at concentrations ..." and "five were found to be contaminated"
# report test results (detection), not a claim; "If DEC finds that there is a significant threat"
# is a hypothetical; "That could suggest that ..." is an evidential (FORMAT.md, Excluded).
# "in response to questions about the situation, only cited the town's landfill" is DEC's speech
# act with a noun-phrase content ("cited"; the adjunct and the adverb "only" are left out).
# "Strough told them that A and that B" is one reporting clause, so one claim.
doc("poststar-queensbury-landfill-superfund-wells",
    url="https://poststar.com/news/local/dec-considers-declaring-superfund-site-in-queensbury-after-identifying-contaminated-wells/article_7d7fbbc3-3c7b-55ce-b5e3-a8484e832aaf.html",
    outlet="The Post-Star", country="US", topic="environment", cut=False, published="2021-03-09",
    text=(T := "QUEENSBURY — The town of Queensbury’s closed landfill appears to be leaking toxins into nearby residents’ wells, and the state Department of Environmental Conservation is considering declaring it a Superfund site.\n"
          "DEC tested the closed landfill last year, in January 2020. At the time, it was part of routine testing, DEC said in an email describing the situation.\n"
          "DEC sampled five existing monitoring wells at the landfill and found PFAS and 1,4-dioxane at concentrations high enough to justify testing the nearby residential wells in the area of Azure Drive and Mud Pond Road, near Ridge/Jenkinsville Park.\n"
          "DEC tested 20 wells and five were found to be contaminated. Those families are now receiving bottled water. DEC officials are also reaching out to adjacent property owners to get permission to test their wells.\n"
          "That’s part of an effort by DEC to determine whether the toxins pose a “significant” threat to public health or the environment. If DEC finds that there is a significant threat, the landfill would become a Superfund site so that it can be cleaned up. That cleanup is supposed to be paid for by the “parties responsible for the contamination,” according to the state’s Inactive Hazardous Waste Disposal Site Program. If the responsible parties can’t be found or won’t pay, the state pays, using money from the state Superfund.\n"
          "That could suggest that the town of Queensbury will have to pay. The town’s 50-acre landfill began accepting municipal waste and construction and demolition debris in the 1940s. It was closed in 1995 with a geomembrane cap and gas venting system. It is still owned by the town.\n"
          "Several residents whose wells are contaminated spoke to the Town Board during privilege of the floor at Monday’s Zoom meeting. They asked the board to begin plans for a town water line to their neighborhood.\n"
          "Supervisor John Strough told them that the source of the toxins were in doubt and that two private landfills in the area could be to blame. There is one owned by the BASF Corp., on Jenkinsville Road, which is already being monitored by DEC and has not been found to have PFAS or 1,4-dioxane. The other is the closed McLaughlin Construction and Debris Landfill, also on Jenkinsville Road.\n"
          "“DEC is researching,” Strough said. “There’s three landfills — hopefully they will be able to ascertain which of the landfills ... the town does have one of them.”\n"
          "DEC, however, in response to questions about the situation, only cited the town’s landfill.\n"
          "Strough suggested to the residents that whoever was responsible for the contamination might pay for part of a town water system."),
    entities=[("dec", "the state Department of Environmental Conservation", "ORGANIZATION",
               ["DEC", "Department of Environmental Conservation", "state Department of Environmental Conservation"],
               "New York State Department of Environmental Conservation"),
              ("program", "the state’s Inactive Hazardous Waste Disposal Site Program", "ORGANIZATION",
               ["Inactive Hazardous Waste Disposal Site Program"], "New York State cleanup programme"),
              ("residents", "Several residents whose wells are contaminated", "GROUP", ["Several residents", "the residents"],
               "Jenkinsville residents with contaminated wells"),
              ("strough", "John Strough", "PERSON", ["Strough", "Supervisor John Strough"], "Queensbury Town Supervisor")],
    mentions=[("m1", "the state Department of Environmental Conservation", "dec"),
              ("m2", ("DEC", "DEC tested the closed"), "dec"),
              ("m3", ("DEC", "DEC said in an email"), "dec"),
              ("m4", ("DEC", "DEC sampled"), "dec"),
              ("m5", ("DEC", "DEC tested 20"), "dec"),
              ("m6", ("DEC", "effort by DEC"), "dec"),
              ("m7", ("DEC", "If DEC finds"), "dec"),
              ("m8", "the state’s Inactive Hazardous Waste Disposal Site Program", "program"),
              ("m9", "Several residents", "residents"),
              ("m10", ("They", "They asked"), "residents"),
              ("m11", "Supervisor John Strough", "strough"),
              ("m12", ("DEC", "monitored by DEC"), "dec"),
              ("m13", ("DEC", "“DEC is researching"), "dec"),
              ("m14", ("Strough", "Strough said"), "strough"),
              ("m15", ("DEC", "DEC, however"), "dec"),
              ("m16", ("Strough", "Strough suggested"), "strough"),
              ("m17", ("the residents", "to the residents that"), "residents")],
    attributions=[("a1", "INDIRECT", "m3", ("said", "DEC said in an email"), "At the time, it was part of routine testing", None),
                  ("a2", "MIXED", "m8", "according to",
                   "That cleanup is supposed to be paid for by the “parties responsible for the contamination,”", None),
                  ("a3", "INDIRECT", "m10", ("asked", "They asked"),
                   "to begin plans for a town water line to their neighborhood", None),
                  ("a4", "INDIRECT", "m11", ("told", "Strough told"),
                   "the source of the toxins were in doubt and that two private landfills in the area could be to blame", None),
                  ("a5", "DIRECT", "m14", ("said", "Strough said"), "DEC is researching,", None),
                  ("a6", "DIRECT", "m14", None, seg(T, "There’s three landfills", "does have one of them."), None),
                  ("a7", "INDIRECT", "m15", "cited", "the town’s landfill", None),
                  ("a8", "INDIRECT", "m16", "suggested",
                   "whoever was responsible for the contamination might pay for part of a town water system", None)],
    keep_that=("a2",))  # "That cleanup" opens with a demonstrative

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead. It is the whole stored copy
# (an AP story); the date is the one the page gives.
# "A top health official" is identified by the text as Dr. Lawrence Neville in the next sentences:
# one entity (FORMAT.md, Coreference). "The Oregonian/OregonLive reported" makes the paper the
# source (FORMAT.md, Media). "said he doesn't know how ..." is a claim (its content is the whole
# clause). "The hospital became aware ..." has no cue: not a claim.
doc("thenewstribune-peacehealth-hospital-outbreak-investigation",
    url="https://www.thenewstribune.com/news/business/article248273795.html",
    outlet="The News Tribune", country="US", topic="health-science", cut=False, published="2021-01-04",
    text=(T := "A top health official said Monday he doesn’t know how a COVID-19 outbreak spread to 30 patients and employees at a Vancouver hospital.\n"
          "The cause of the December outbreak at PeaceHealth Southwest Medical Center remains under investigation, The Oregonian/OregonLive reported. But Dr. Lawrence Neville, chief medical center for PeaceHealth Columbia Network, said the hospital’s COVID-19 cluster can be traced to one patient who initially tested negative only to test positive days later.\n"
          "The hospital became aware Dec. 27 of the positive test for that patient. Neville said all hospital patients were tested and the outbreak was isolated to one unit.\n"
          "As of Monday, 56 healthcare workers remained quarantined because of 11 confirmed cases among staffers.\n"
          "PeaceHealth said it submitted samples Monday to determine if the COVID-19 is a mutated form of the virus, which has been found in several states and prompted the United Kingdom to issue new restrictions.\n"
          "Neville said the infected patients and workers are “doing well,” and that he wasn’t aware of any being admitted to the ICU as of Sunday."),
    entities=[("neville", "Dr. Lawrence Neville", "PERSON", ["Neville", "Lawrence Neville", "A top health official"],
               "chief medical officer, PeaceHealth Columbia Network"),
              ("oregonian", "The Oregonian/OregonLive", "ORGANIZATION", ["The Oregonian", "OregonLive"], "Portland newspaper"),
              ("peacehealth", "PeaceHealth", "ORGANIZATION", [], "health system running the hospital")],
    mentions=[("m1", "A top health official", "neville"),
              ("m2", "The Oregonian/OregonLive", "oregonian"),
              ("m3", "Dr. Lawrence Neville, chief medical center for PeaceHealth Columbia Network", "neville"),
              ("m4", ("Neville", "Neville said all"), "neville"),
              ("m5", ("PeaceHealth", "PeaceHealth said"), "peacehealth"),
              ("m6", ("Neville", "Neville said the infected"), "neville")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "official said"),
                   "he doesn’t know how a COVID-19 outbreak spread to 30 patients and employees at a Vancouver hospital", None),
                  ("a2", "INDIRECT", "m2", "reported",
                   "The cause of the December outbreak at PeaceHealth Southwest Medical Center remains under investigation", None),
                  ("a3", "INDIRECT", "m3", ("said", "Network, said"),
                   seg(T, "the hospital’s COVID-19 cluster", "positive days later"), None),
                  ("a4", "INDIRECT", "m4", ("said", "Neville said all"),
                   "all hospital patients were tested and the outbreak was isolated to one unit", None),
                  ("a5", "INDIRECT", "m5", ("said", "PeaceHealth said"),
                   seg(T, "it submitted samples Monday", "to issue new restrictions"), None),
                  ("a6", "MIXED", "m6", ("said", "Neville said the infected"),
                   seg(T, "the infected patients and workers", "to the ICU as of Sunday"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline and gives no date; the text starts with its lead. It is the
# whole stored copy.
# Documents: "An email to workers ..." does not name its author in its NP or sentence ("the city"
# there is inside the content), so the email is its own entity, also for "the email"; "Bibb's
# office" is the mayor's office (FORMAT.md, Documents). "the city confirmed the presence of
# ransomware" is nested in the email's claim; "after an investigation by ..." is an adjunct of
# the confirming and left out. "the city's first widespread acknowledgement that ..." is a noun
# cue with a possessive claimant (as the corpus marks "the opposition's claims"); "since it first
# encountered ..." dates the acknowledgement (first since then) and is left out. "Neither the
# message to employees, nor a subsequent news release from the city, says whether ..." is an
# omission with an open question (seed a9/a10: cue "says"); its coordinated subject is one GROUP.
# The quoted "cyber incident" in the lead makes that claim MIXED.
doc("signalcleveland-ransomware-city-hall-cyber-attack",
    url="https://signalclevelands.org/ransomware-attack-behind-city-hall-cyber-problems-cleveland-says",
    outlet="Signal Cleveland", country="US", topic="technology", cut=False,
    text=(T := "Cleveland Mayor Justin Bibb’s office told employees today that the “cyber incident” that disrupted City Hall computer systems was a ransomware attack.\n"
          "An email to workers Friday afternoon, obtained by Signal Cleveland, said the city confirmed the presence of ransomware after an investigation by city IT staff, the FBI and Ohio National Guard’s Cyber Reserve.\n"
          "“The nature of the attack is still under investigation while we work to restore and recover our systems,” the email said. “At this time, we cannot disclose anything further, as this is a sensitive investigation.”\n"
          "This was the city’s first widespread acknowledgement that it had suffered a ransomware attack since it first encountered computer system problems last Saturday.\n"
          "The email said that ransomware attacks are on the rise, “a stark reality that no organization is immune” to the costs of digital threats. Neither the message to employees, nor a subsequent news release from the city, says whether the city has paid the ransom.\n"
          "“We are taking this matter very seriously and are working diligently to assess the full extent of the attack on our systems,” the email said. “We have taken immediate steps to validate our cybersecurity measures and are working to restore our systems as quickly as possible.”\n"
          "City Hall will be closed to the public again on Monday, while employees must report to work. Bibb’s office said that essential services – emergency response, waste collection, recreation centers, the airport and utilities – are still functioning."),
    entities=[("office", "Cleveland Mayor Justin Bibb’s office", "ORGANIZATION",
               ["Bibb’s office", "Mayor Justin Bibb’s office"], "office of the Mayor of Cleveland"),
              ("email", "the email", "ORGANIZATION", ["An email to workers"], "the city's email to its employees"),
              ("city", "the city", "GPE", [], "City of Cleveland"),
              ("docs", "Neither the message to employees, nor a subsequent news release from the city", "GROUP",
               ["the message to employees, nor a subsequent news release"], "the email to employees and the city's news release")],
    mentions=[("m1", "Cleveland Mayor Justin Bibb’s office", "office"),
              ("m2", "An email to workers", "email"),
              ("m3", ("the city", "the city confirmed"), "city"),
              ("m4", ("the email", "recover our systems,” the email said"), "email"),
              ("m5", ("the city", "the city’s first"), "city"),
              ("m6", ("The email", "The email said that"), "email"),
              ("m7", "Neither the message to employees, nor a subsequent news release from the city", "docs"),
              ("m8", ("the city", "whether the city"), "city"),
              ("m9", ("the email", "attack on our systems,” the email said"), "email"),
              ("m10", ("Bibb’s office", "Bibb’s office said"), "office")],
    attributions=[("a1", "MIXED", "m1", "told",
                   "the “cyber incident” that disrupted City Hall computer systems was a ransomware attack", None),
                  ("a2", "INDIRECT", "m2", ("said", "Cleveland, said"),
                   seg(T, "the city confirmed the presence", "National Guard’s Cyber Reserve"), None),
                  ("a3", "INDIRECT", "m3", "confirmed", "the presence of ransomware", "a2"),
                  ("a4", "DIRECT", "m4", ("said", "recover our systems,” the email said"),
                   "The nature of the attack is still under investigation while we work to restore and recover our systems,", None),
                  ("a5", "DIRECT", "m4", None,
                   "At this time, we cannot disclose anything further, as this is a sensitive investigation.", None),
                  ("a6", "INDIRECT", "m5", "acknowledgement", "it had suffered a ransomware attack", None),
                  ("a7", "MIXED", "m6", ("said", "The email said that"),
                   "ransomware attacks are on the rise, “a stark reality that no organization is immune” to the costs of digital threats", None),
                  ("a8", "INDIRECT", "m7", ("says", "says whether"), "whether the city has paid the ransom", None),
                  ("a9", "DIRECT", "m9", ("said", "attack on our systems,” the email said"),
                   seg(T, "We are taking this matter", "the attack on our systems,"), None),
                  ("a10", "DIRECT", "m9", None, seg(T, "We have taken immediate steps", "as quickly as possible."), None),
                  ("a11", "INDIRECT", "m10", ("said", "Bibb’s office said"),
                   seg(T, "essential services –", "are still functioning"), None)])

write("train_at.jsonl")
