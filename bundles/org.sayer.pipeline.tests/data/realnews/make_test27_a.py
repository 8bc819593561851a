#!/usr/bin/env python3
"""Writes test27_a.jsonl: real-news gold, split test27-a (see gold.py). Run: python3 make_test27_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# RJR News (Jamaica). The photo caption ("Dr. Horace Chang speaking with Morning Agenda host
# Jodi-Ann Quarrie") and the page furniture after the last paragraph ("comments powered by
# Disqus", "Most Popular" ...) are left out; the article itself is whole, so cut is False. Trailing
# spaces at three paragraph ends are dropped when the paragraphs are joined.
# The headline's verb after the claim is the cue ("says Chang"). "On Monday, he said, going forward,
# he was contemplating ...": "he" is Phillips (the previous sentence's subject); "On Monday" is an
# adjunct of the saying and stays outside, "going forward" is inside the claim.
# "due to his public disclosure of their discussion": a noun cue ("disclosure") with a possessive
# source ("his" = Holness, who had made the meeting public), nested in Phillips's claim, its
# content the noun phrase after the linking "of".
# "he views Dr. Phillips's comment as offensive ...": the speaker's own attitude within his report is
# not split off; "Dr. Phillips's comment" has no content. "Dr. Chang still believes that ..." is a
# belief with a named subject (included). In Chang's quotation, "call the Prime Minister a liar" and
# "telling me that you didn't have anything else out there" are generic infinitive/gerund acts with
# no subject (hypothetical), and "interpret" is not speech: none of them is annotated.
# "Mr. Holness's recollection" and "Dr. Phillips's comment" are possessives (no mentions); "The
# leaders" and "both men" name the two politicians together (no group entity, not sources).
doc("rjrnewsonline-chang-holness-phillips-spat",
    url="http://rjrnewsonline.com/local/public-spat-between-holness-phillips-could-damage-political-cooperation-says-chang",
    outlet="RJR News", country="Jamaica", topic="politics", cut=False,
    text=(T := "Public spat between Holness, Phillips could damage political cooperation, says Chang\n"
          "National Security Minister Dr. Horace Chang has said the public spat between Prime Minister Andrew Holness and Opposition Leader Dr. Peter Phillips could damage political relations in Jamaica.\n"
          "The leaders are at odds over the events of a meeting on the extension of the time for which Cabinet documents can remain a secret.\n"
          "Dr. Phillips has said Mr. Holness's recollection of the events was untrue.\n"
          "On Monday, he said, going forward, he was contemplating having a third party present when holding discussions with Mr. Holness due to his public disclosure of their discussion.\n"
          "Speaking Tuesday on the Morning Agenda on Power 106, Dr. Chang, who is in charge of the government while the Prime Minister is overseas, said he views Dr. Phillips's comment as offensive and a personal attack on the Mr. Holness.\n"
          "\"The two of them had a discussion, one interpret in one direction and the other interpret it the other way. We have had consultations behind the Speaker's chamber from time to time...which help to smooth the way in parliament and I think that to go forward and call the Prime Minister a liar is far more offensive than telling me that you didn't have anything else out there,\" Dr. Chang argued.\n"
          "He said the disagreement between the Prime Minister and the Opposition Leader has the potential of damaging the level of cooperation and trust between the political leadership of the country, which has been integral in maintaining governance in difficult times, including throughout the recent economic adjustment.\n"
          "Despite this, Dr. Chang still believes that the Mr. Holness and Dr. Phillips can move on from their public spat. He said both men have had differences before which have been settled quickly and amicably."),
    entities=[("chang", "Horace Chang", "PERSON",
               ["Chang", "Dr. Chang", "Dr. Horace Chang", "National Security Minister Dr. Horace Chang"],
               "Jamaica's National Security Minister"),
              ("phillips", "Peter Phillips", "PERSON",
               ["Phillips", "Dr. Phillips", "Dr. Peter Phillips", "Opposition Leader Dr. Peter Phillips", "the Opposition Leader"],
               "Jamaica's Opposition Leader"),
              ("holness", "Andrew Holness", "PERSON",
               ["Holness", "Mr. Holness", "Prime Minister Andrew Holness", "the Prime Minister"], "Prime Minister of Jamaica")],
    mentions=[("m1", ("Holness", "Holness, Phillips could"), "holness"),
              ("m2", ("Phillips", "Holness, Phillips"), "phillips"),
              ("m3", ("Chang", "says Chang"), "chang"),
              ("m4", "National Security Minister Dr. Horace Chang", "chang"),
              ("m5", "Prime Minister Andrew Holness", "holness"),
              ("m6", "Opposition Leader Dr. Peter Phillips", "phillips"),
              ("m7", ("Dr. Phillips", "Dr. Phillips has said"), "phillips"),
              ("m8", ("he", "he said, going"), "phillips"),
              ("m9", ("Mr. Holness", "with Mr. Holness"), "holness"),
              ("m10", ("his", "his public disclosure"), "holness"),
              ("m11", ("Dr. Chang", "Dr. Chang, who"), "chang"),
              ("m12", ("the Prime Minister", "the Prime Minister is overseas"), "holness"),
              ("m13", ("Mr. Holness", "on the Mr. Holness"), "holness"),
              ("m14", ("the Prime Minister", "call the Prime Minister"), "holness"),
              ("m15", ("Dr. Chang", "Dr. Chang argued"), "chang"),
              ("m16", ("He", "He said the disagreement"), "chang"),
              ("m17", ("the Prime Minister", "the Prime Minister and the Opposition Leader"), "holness"),
              ("m18", "the Opposition Leader", "phillips"),
              ("m19", ("Dr. Chang", "Dr. Chang still believes"), "chang"),
              ("m20", ("Mr. Holness", "the Mr. Holness and"), "holness"),
              ("m21", ("Dr. Phillips", "Dr. Phillips can move"), "phillips"),
              ("m22", ("He", "He said both"), "chang")],
    attributions=[("a1", "INDIRECT", "m3", ("says", "says Chang"),
                   "Public spat between Holness, Phillips could damage political cooperation", None),
                  ("a2", "INDIRECT", "m4", ("said", "Horace Chang has said"),
                   "the public spat between Prime Minister Andrew Holness and Opposition Leader Dr. Peter Phillips could damage political relations in Jamaica", None),
                  ("a3", "INDIRECT", "m7", ("said", "Phillips has said"), "Mr. Holness's recollection of the events was untrue", None),
                  ("a4", "INDIRECT", "m8", ("said", "he said, going"),
                   seg(T, "going forward, he was contemplating", "their discussion"), None),
                  ("a5", "INDIRECT", "m10", "disclosure", "their discussion", "a4"),
                  ("a6", "INDIRECT", "m11", ("said", "overseas, said"),
                   "he views Dr. Phillips's comment as offensive and a personal attack on the Mr. Holness", None),
                  ("a7", "DIRECT", "m15", "argued", seg(T, "The two of them had a discussion", "anything else out there,"), None),
                  ("a8", "INDIRECT", "m16", ("said", "He said the disagreement"),
                   seg(T, "the disagreement between the Prime Minister", "recent economic adjustment"), None),
                  ("a9", "INDIRECT", "m19", "believes", "the Mr. Holness and Dr. Phillips can move on from their public spat", None),
                  ("a10", "INDIRECT", "m22", ("said", "He said both"),
                   "both men have had differences before which have been settled quickly and amicably", None)])

# ---------------------------------------------------------------------------------------
# The Tyee (Canada), on a Canadian mine in Guatemala. The stored page has no headline, so the text
# starts with the lead; the cross-head "Not enough consultation" is kept as a label (unquoted, not
# a claim). The stored copy breaks off in "\"The ", so the text is cut before that paragraph.
# "he explains the purpose of his journey - to let us know that ...": one claim with cue
# "explains", and "let us know" is a communicative act nested in it, same speaker (like "indicating
# that" in make_test23_a.py). "what he claimed was almost unanimous local opposition": the object of
# "claimed" is the relative pronoun, so the content is the clause after the cue, as in
# make_test23_a.py's "what they said was an “alarming” increase".
# "is being promoted as a necessary step ...": an agentless passive (null source); the raised
# subject stays outside, the content is the "as" phrase. "have been offered jobs ..." is read as a
# material offer (an action), not a speech act. "according to the Bank" names the World Bank.
# In Crisostomo's quotation, "The indigenous communities have clearly stated that ..." is nested
# speech. In "He said indigenous Guatemalans ... simply do not trust that the mining companies and
# the government will keep their promises of putting ...", the Guatemalans' distrust is an attitude
# of others stated in his claim (nested, cue "trust" without the negation), and "their promises of"
# is a noun cue of the companies and the government (nested in it, content after the linking "of").
# "they don't believe the promises" has only a noun-phrase object (no claim split off).
# "That hasn't happened, he claimed": a demonstrative "That" opens the content.
# The other "indigenous communities" of the text (P2, P4, P11) are general and not marked.
doc("thetyee-guatemala-marlin-mine-crisostomo",
    url="https://thetyee.ca/News/2005/12/21/GuatamalaOutrage/",
    outlet="The Tyee", country="Canada", topic="environment", cut=True, published="2005-12-21",
    text=(T := "Rolando Lopez Crisostomo is a long way from his village in the Western Highlands of Guatemala. Sipping coffee in a cramped kitchen in East Vancouver, he explains the purpose of his journey - to let us know that a Canadian company is digging an unwanted open-pit mine on Mayan land.\n"
          "In a conflict that has claimed two lives and pitted indigenous communities against the Canadian and Guatemalan governments and mining interests, Crisostomo's people seem destined to lose.\n"
          "Despite what he claimed was almost unanimous local opposition, the Marlin gold mine, which is owned by Vancouver-registered Glamis Gold, will start full production this month.\n"
          "Glamis Executive Vice President Chuck Jeannes said the mine has the backing of the Guatemalan government as well as indigenous communities in the area.\n"
          "The World Bank-supported project is being promoted as a necessary step for economic development in the region. Mayan communities, many of which live in grinding poverty, have been offered jobs, schools and help with local business ventures, among other benefits.\n"
          "\"The responsible extraction of mineral resources is one of the few ways that local indigenous people can hope to break the cycle of poverty,\" according to the Bank.\n"
          "Crisostomo said they don't believe the promises, and they don't want to face the environmental devastation.\n"
          "\"The indigenous communities have clearly stated that they reject mining companies in Guatemala, particularly open-pit mines,\" added Crisostomo.\n"
          "Not enough consultation\n"
          "He said indigenous Guatemalans, which account for over half the population, simply do not trust that the mining companies and the government will keep their promises of putting some of the huge wealth to be generated by the mine into communities.\n"
          "The Mayans have already been betrayed, according to Crisostomo. Under the 1996 peace accords, which Canada helped broker, indigenous communities must be properly consulted and agree with any resource extraction.\n"
          "That hasn't happened, he claimed."),
    entities=[("crisostomo", "Rolando Lopez Crisostomo", "PERSON", ["Crisostomo"],
               "Mayan community representative from Guatemala's Western Highlands"),
              ("jeannes", "Chuck Jeannes", "PERSON", ["Jeannes", "Glamis Executive Vice President Chuck Jeannes"],
               "executive vice president of Glamis Gold"),
              ("bank", "the World Bank", "ORGANIZATION", ["the Bank", "World Bank"], "backer of the Marlin project"),
              ("communities", "The indigenous communities", "GROUP", [], "indigenous communities of Guatemala"),
              ("guatemalans", "indigenous Guatemalans", "GROUP", ["Guatemalans"], "indigenous people of Guatemala"),
              ("promisers", "the mining companies and the government", "GROUP", [],
               "the mining companies and the Guatemalan government")],
    mentions=[("m1", "Rolando Lopez Crisostomo", "crisostomo"),
              ("m2", ("he", "he explains"), "crisostomo"),
              ("m3", ("he", "he claimed was"), "crisostomo"),
              ("m4", "Glamis Executive Vice President Chuck Jeannes", "jeannes"),
              ("m5", ("the Bank", "according to the Bank"), "bank"),
              ("m6", ("Crisostomo", "Crisostomo said they"), "crisostomo"),
              ("m7", "The indigenous communities", "communities"),
              ("m8", ("Crisostomo", "added Crisostomo"), "crisostomo"),
              ("m9", ("He", "He said indigenous"), "crisostomo"),
              ("m10", "indigenous Guatemalans", "guatemalans"),
              ("m11", "the mining companies and the government", "promisers"),
              ("m12", ("their", "their promises"), "promisers"),
              ("m13", ("Crisostomo", "according to Crisostomo"), "crisostomo"),
              ("m14", ("he", "he claimed."), "crisostomo")],
    attributions=[("a1", "INDIRECT", "m2", "explains",
                   seg(T, "the purpose of his journey", "on Mayan land"), None),
                  ("a2", "INDIRECT", "m2", "let us know", "a Canadian company is digging an unwanted open-pit mine on Mayan land", "a1"),
                  ("a3", "INDIRECT", "m3", ("claimed", "he claimed was"), "was almost unanimous local opposition", None),
                  ("a4", "INDIRECT", "m4", ("said", "Jeannes said"),
                   "the mine has the backing of the Guatemalan government as well as indigenous communities in the area", None),
                  ("a5", "INDIRECT", None, "promoted", "as a necessary step for economic development in the region", None),
                  ("a6", "DIRECT", "m5", ("according to", "according to the Bank"),
                   seg(T, "The responsible extraction", "cycle of poverty,"), None),
                  ("a7", "INDIRECT", "m6", ("said", "Crisostomo said they"),
                   "they don't believe the promises, and they don't want to face the environmental devastation", None),
                  ("a8", "DIRECT", "m8", "added", seg(T, "The indigenous communities have clearly stated", "open-pit mines,"), None),
                  ("a9", "INDIRECT", "m7", "stated", "they reject mining companies in Guatemala, particularly open-pit mines", "a8"),
                  ("a10", "INDIRECT", "m9", ("said", "He said indigenous"),
                   seg(T, "indigenous Guatemalans, which account", "into communities"), None),
                  ("a11", "INDIRECT", "m10", "trust",
                   seg(T, "the mining companies and the government will keep", "into communities"), "a10"),
                  ("a12", "INDIRECT", "m12", ("promises", "their promises"),
                   "putting some of the huge wealth to be generated by the mine into communities", "a11"),
                  ("a13", "INDIRECT", "m13", ("according to", "according to Crisostomo"), "The Mayans have already been betrayed", None),
                  ("a14", "INDIRECT", "m14", ("claimed", "he claimed."), "That hasn't happened", None)],
    keep_that=("a14",))

# ---------------------------------------------------------------------------------------
# St. Lucia Star (Saint Lucia). The stored page has no headline, so the text starts with the lead.
# The stored copy breaks off in "He noticed blood in the cockpit and on the floors", inside the
# fourth paragraph, so the text is cut before that paragraph.
# "Davis told the court he was in Saint Lucia ... and with the intention to sail to Grenada, made a
# stop in Vieux Fort": one claim with its coordinated predicate. "He heard a mayday call ... and
# spoke to Mrs. Pratt, who said that her husband was missing": the sentence has no cue of Davis's,
# so Mrs. Pratt's claim (cue in the relative clause, source its antecedent) is not nested; the
# mayday call has no content. "allegedly" stays inside Greene's content (a hedge of the claim, not
# of the reporting). "It is the jury's job to determine ..." has no cue.
# "The DPP's first witness" is a possessive use (no mention); "Roger and Margaret Pratt" names the
# couple (not marked).
doc("stluciastar-roger-pratt-murder-trial-opens",
    url="https://stluciastar.com/roger-pratt-murder-trial-opens",
    outlet="St. Lucia Star", country="Saint Lucia", topic="courts-crime", cut=True,
    text=(T := "The Nyerah Court on Tuesday saw the start of the British national Roger Pratt’s murder trial. Defendants Richie Kern, Jeromine Jones, Kervin Devaux and Fanis Joseph sat side-by-side, flanked by two police officers. Defence attorneys Sandy John, Alberton Richelieu, David Moyston and George Charlemagne sat nearby, with Justice Margaret Price-Findlay presiding. Fifteen jurors, inclusive of twelve females were also present.\n"
          "On January 17, 2014, Roger and Margaret Pratt were docked in their yacht Magnetic Attraction, in Vieux Fort. Director of Public Prosecutions Daarsrean Greene told the court the four accused had allegedly caused the death of Mr. Pratt. It is the jury’s job to determine beyond a reasonable doubt whether the accused are responsible.\n"
          "The DPP’s first witness was Scott Davis, a non-national, resident in the United States. Davis told the court he was in Saint Lucia on January 17, 2014 and with the intention to sail to Grenada, made a stop in Vieux Fort. He said that about 11 pm that day, he was on his vessel watching a movie when he heard loud screams. He heard a mayday call from Magnetic Attraction and spoke to Mrs. Pratt, who said that her husband was missing. Davis said he paddled in his kayak to Magnetic Attraction, where he encountered a dishevelled and bloody Margaret Pratt."),
    entities=[("greene", "Daarsrean Greene", "PERSON",
               ["Greene", "Director of Public Prosecutions Daarsrean Greene", "The DPP"], "Director of Public Prosecutions, Saint Lucia"),
              ("davis", "Scott Davis", "PERSON", ["Davis"], "first prosecution witness"),
              ("mpratt", "Margaret Pratt", "PERSON", ["Mrs. Pratt"], "wife of the victim Roger Pratt")],
    mentions=[("m1", "Director of Public Prosecutions Daarsrean Greene", "greene"),
              ("m2", "Scott Davis", "davis"),
              ("m3", ("Davis", "Davis told"), "davis"),
              ("m4", ("He", "He said that"), "davis"),
              ("m5", "Mrs. Pratt", "mpratt"),
              ("m6", ("Davis", "Davis said"), "davis"),
              ("m7", ("Margaret Pratt", "bloody Margaret Pratt"), "mpratt")],
    attributions=[("a1", "INDIRECT", "m1", ("told", "Greene told"), "the four accused had allegedly caused the death of Mr. Pratt", None),
                  ("a2", "INDIRECT", "m3", ("told", "Davis told"),
                   seg(T, "he was in Saint Lucia on January 17", "made a stop in Vieux Fort"), None),
                  ("a3", "INDIRECT", "m4", ("said", "He said that"),
                   "about 11 pm that day, he was on his vessel watching a movie when he heard loud screams", None),
                  ("a4", "INDIRECT", "m5", ("said", "who said"), "her husband was missing", None),
                  ("a5", "INDIRECT", "m6", ("said", "Davis said"),
                   "he paddled in his kayak to Magnetic Attraction, where he encountered a dishevelled and bloody Margaret Pratt", None)])

# ---------------------------------------------------------------------------------------
# Dundalk Democrat (Ireland). The photo caption ("Dundalk head coach Stephen O'Donnell looks on from
# the television gantry ...") is left out; the stored page has no headline, so the text starts with
# the lead. The stored copy breaks off in "“Anyway, I understand the rules now and understand it’s
# up to me now to abide by", so the text is cut before that paragraph.
# "hit out at what he believes has been authoritarian ... officiating": evaluative reporting with a
# noun-phrase content; "he believes" is his own attitude inside his claim (not split off).
# "“It was a bit of argy-bargy ...,” explained O’Donnell. “We get sent off ...": the interrupted
# quotation splits in two; the second part runs over three paragraphs (each reopened, the last one
# closed) and continues O’Donnell with a null cue. Likewise after "he added": the quotation reopened
# at the next paragraph is left open at the end of the kept text (its closing mark lies in the cut
# paragraph), so it runs to the end of the text.
# "was sent off", "issued a straight red card" are actions; "I don’t think there’s any sort of
# knowledge or understanding that ..." is the speaker's own attitude in his quotation, and "I’d
# understand if you’re castigating officials" a hypothetical: not annotated.
doc("dundalkdemocrat-odonnell-authoritarian-officiating",
    url="https://www.dundalkdemocrat.ie/news/home/949533/stephen-odonnell-annoyed-by-authoritarian-irish-officiating.html",
    outlet="Dundalk Democrat", country="Ireland", topic="sport", cut=True,
    text=(T := "Following his third red card as Dundalk FC head coach, Stephen O’Donnell hit out at what he believes has been authoritarian SSE Airtricity League officiating this year.\n"
          "In Friday night’s thrilling 3-3 draw with Sligo Rovers at Casey’s Field, a goal-of-the-season contender was scored by Alfie Lewis on 38 minutes, cancelling out Frank Liivak’s opener for The Bit O’Red, but O’Donnell was sent off for his overzealous celebration.\n"
          "“It was a bit of argy-bargy between the two benches,” explained O’Donnell. “We get sent off for that now. Obviously, it doesn’t reflect well on me or the club.\n"
          "“I don’t see it in any other league, to put it like that. It’s not even to the officials now, you can’t have words between the benches. You see that every week on both benches.\n"
          "“There was points on the line, but ultimately, the end result is it shouldn’t be happening to me, and I need to just brush up on that because it shouldn’t be happening.”\n"
          "Following that Lewis equaliser, referee Damien MacGraith issued a straight red card to O’Donnell after he gleefully ran towards the Sligo dugout and counterpart John Russell.\n"
          "O’Donnell initially made his way into the main stand at Casey’s Field but was thereafter ushered towards the opposite side of the ground, watching on from the television gantry.\n"
          "“I suppose the template is down,” he added. “I don’t see it in every other league, but it must be a template here. You just can’t talk on the sideline. I don’t think there’s any sort of knowledge or understanding that it’s quite an emotional game.\n"
          "“It is hard. I’d understand if you’re castigating officials and that, but I think when two benches are having words, I don’t know."),
    entities=[("odonnell", "Stephen O’Donnell", "PERSON", ["O’Donnell"], "Dundalk FC head coach")],
    mentions=[("m1", "Stephen O’Donnell", "odonnell"),
              ("m2", ("O’Donnell", "but O’Donnell was sent off"), "odonnell"),
              ("m3", ("O’Donnell", "explained O’Donnell"), "odonnell"),
              ("m4", ("O’Donnell", "red card to O’Donnell"), "odonnell"),
              ("m5", ("O’Donnell", "O’Donnell initially"), "odonnell"),
              ("m6", ("he", "he added"), "odonnell")],
    attributions=[("a1", "INDIRECT", "m1", "hit out at",
                   "what he believes has been authoritarian SSE Airtricity League officiating this year", None),
                  ("a2", "DIRECT", "m3", "explained", "It was a bit of argy-bargy between the two benches,", None),
                  ("a3", "DIRECT", "m3", None, seg(T, "We get sent off for that now.", "shouldn’t be happening."), None),
                  ("a4", "DIRECT", "m6", "added", "I suppose the template is down,", None),
                  ("a5", "DIRECT", "m6", None, seg(T, "I don’t see it in every other league", "I don’t know."), None)])

# ---------------------------------------------------------------------------------------
# The Connexion (France). The date line ("Published Modified") and the "Read more about the curfew"
# links after the last paragraph are left out; headline and standfirst are kept. The article is
# otherwise whole (cut False). Gagnon's quotation opens with a straight mark and closes with a curly
# one; kept as printed.
# Not claims: the headline's "criticised" (an evaluation with no content), "has filed an appeal
# against the prefectural order" (a legal action), and "figures from the health ministry show" (an
# evidential). "The mayor of a small village in the Bouches-du-Rhône department" is resolved by the
# next paragraph to Daniel Gagnon. FranceInfo is a medium in "told FranceInfo" (marked as a mention
# of the same entity) and the source in "FranceInfo reported". Gérald Sevat, "a resident of the
# town", is a separate entity from the standfirst's "Residents" (a subset).
doc("connexionfrance-cornillon-confoux-curfew-appeal",
    url="https://connexionfrance.com/news/curfew-measure-criticised-in-french-town-with-no-covid-cases/382723",
    outlet="The Connexion", country="France", topic="health-science", cut=False,
    text=(T := "Curfew measure criticised in French town with no Covid cases\n"
          "Residents say they cannot understand the decision to impose curfew measures in their town\n"
          "The mayor of a small village in the Bouches-du-Rhône department has filed an appeal against the prefectural order of a curfew put in place between 21:00 and 06:00, aimed at stemming the spread of coronavirus.\n"
          "\"In my opinion, this type of decision has to be made in relation to the incidence rate of the virus. In my town, but also in other small communities, the incidence rate is almost nil,” Daniel Gagnon, mayor of Cornillon-Confoux, told FranceInfo.\n"
          "France’s curfew measures have been extended to include 54 departments, including Bouches-du-Rhône.\n"
          "Cornillon-Confoux has a population of 1,400 and has no recorded cases of coronavirus.\n"
          "Gérald Sevat, a resident of the town, also said imposing the measure on the inhabitants was unacceptable.\n"
          "“If it was 23:00, we could accept it. We [usually] go home at 22:00. Now...at 21:00 we can’t eat anymore. If we want to eat with each other, we can’t do it anymore,” he said.\n"
          "Other small towns or villages with low incidence rates could lodge a similar appeal against the prefectural decree, FranceInfo reported.\n"
          "The incidence rate of Covid-19 in Bouches-du-Rhône is 348.2 positive tests for 100,000 people, while 57% of intensive care unit beds are occupied by patients with the virus, figures from the health ministry show."),
    entities=[("residents", "Residents", "GROUP", [], "residents of Cornillon-Confoux"),
              ("gagnon", "Daniel Gagnon", "PERSON",
               ["Gagnon", "Daniel Gagnon, mayor of Cornillon-Confoux",
                "The mayor of a small village in the Bouches-du-Rhône department"], "mayor of Cornillon-Confoux"),
              ("sevat", "Gérald Sevat", "PERSON", ["Sevat", "Gérald Sevat, a resident of the town"], "resident of Cornillon-Confoux"),
              ("franceinfo", "FranceInfo", "ORGANIZATION", [], "French public news broadcaster")],
    mentions=[("m1", "Residents", "residents"),
              ("m2", "The mayor of a small village in the Bouches-du-Rhône department", "gagnon"),
              ("m3", "Daniel Gagnon, mayor of Cornillon-Confoux", "gagnon"),
              ("m4", ("FranceInfo", "told FranceInfo"), "franceinfo"),
              ("m5", "Gérald Sevat, a resident of the town", "sevat"),
              ("m6", ("he", "he said."), "sevat"),
              ("m7", ("FranceInfo", "FranceInfo reported"), "franceinfo")],
    attributions=[("a1", "INDIRECT", "m1", "say", "they cannot understand the decision to impose curfew measures in their town", None),
                  ("a2", "DIRECT", "m3", ("told", "told FranceInfo"), seg(T, "In my opinion", "almost nil,"), None),
                  ("a3", "INDIRECT", "m5", ("said", "also said"), "imposing the measure on the inhabitants was unacceptable", None),
                  ("a4", "DIRECT", "m6", ("said", "he said."), seg(T, "If it was 23:00", "do it anymore,"), None),
                  ("a5", "INDIRECT", "m7", "reported",
                   "Other small towns or villages with low incidence rates could lodge a similar appeal against the prefectural decree", None)])

# ---------------------------------------------------------------------------------------
# CKDR (Dryden, Ontario). The stored page has no headline, so the text starts with the lead. The
# embedded tweet ("My statement regarding the news of the Bombardier layoffs in Thunder Bay #OnPoli
# pic.twitter.com/... — John Fraser (@JohnFraserOS) July 10, 2019") is left out; the article is
# otherwise whole (cut False).
# "There are multiple reports that ...": a noun cue with no claimant (null source). "He goes on to
# say “...”" and "Pasqualino adds “...”": the whole content is one quotation, so DIRECT. Inside the
# first, "the union and the company knew that ..." is an attitude of others stated in the quotation
# (nested; the coordinated subject one GROUP); "the governments are aware of the impending layoffs"
# has only a noun-phrase object and is left as part of the quotation.
# "he urges the government to work with ...": like "called on X to Y", the addressee stays in the
# content; "In a tweet" is a medium. "is urging the province to “get in gear” and take action, ...":
# MIXED. "The news that hundreds of workers will lose their jobs" inside Monteith-Farrell's
# quotation is "news that" with no claimant (excluded, FORMAT.md). Not claims: "hasn’t received word"
# (inside Pasqualino's claim, negated, no content), "will hold a town hall meeting", "He’ll speak with
# media later in the day" (no content).
doc("ckdr-bombardier-thunder-bay-layoffs",
    url="https://www.ckdr.net/2019/07/10/layoffs-looming-at-bombardier-in-thunder-bay/",
    outlet="CKDR", country="Canada", topic="business", cut=False, published="2019-07-10",
    text=(T := "It could be a major hit for the northern Ontario economy.\n"
          "There are multiple reports that the Bombardier plant in Thunder Bay is set to lose 550 jobs.\n"
          "Unifor spokesperson Dominic Pasqualino says he hasn’t received word yet from the company about any layoffs.\n"
          "He goes on to say “the union and the company knew that layoffs were happening because [the plant] was going to run out of work at the end of the year.”\n"
          "Pasqualino adds “the governments are aware of the impending layoffs and have been meeting with Bombardier but so far no new contracts have been signed.”\n"
          "Two of the local plant’s major contracts, including the TTC, are coming to an end very soon.\n"
          "The Chief Operating Officer of Bombardier Transportation, Americas Region, David Van der Wee, will hold a town hall meeting with local employees on Wednesday morning.\n"
          "He’ll speak with media later in the day.\n"
          "John Fraser, Interim Leader of the Ontario Liberals, says his heart goes out to the workers and their families who learned of the looming layoffs.\n"
          "In a tweet, he urges the government to work with the company to protect as many jobs as possible.\n"
          "He adds it’s crucial they get the support they deserve during this difficult transition.\n"
          "Meanwhile, NDP MPP Judith Monteith-Farrell is urging the province to “get in gear” and take action, rather than just letting the jobs go.\n"
          "She adds “This Bombardier plant is the cornerstone of Thunder Bay’s economy. The news that hundreds of workers will lose their jobs is causing anxiety across the region.”"),
    entities=[("pasqualino", "Dominic Pasqualino", "PERSON", ["Pasqualino", "Unifor spokesperson Dominic Pasqualino"],
               "Unifor spokesperson"),
              ("unionco", "the union and the company", "GROUP", [], "Unifor and Bombardier"),
              ("fraser", "John Fraser", "PERSON", ["Fraser", "John Fraser, Interim Leader of the Ontario Liberals"],
               "Interim Leader of the Ontario Liberals"),
              ("monteith", "Judith Monteith-Farrell", "PERSON", ["Monteith-Farrell", "NDP MPP Judith Monteith-Farrell"],
               "NDP member of the Ontario legislature")],
    mentions=[("m1", "Unifor spokesperson Dominic Pasqualino", "pasqualino"),
              ("m2", ("He", "He goes on"), "pasqualino"),
              ("m3", "the union and the company", "unionco"),
              ("m4", ("Pasqualino", "Pasqualino adds"), "pasqualino"),
              ("m5", "John Fraser, Interim Leader of the Ontario Liberals", "fraser"),
              ("m6", ("he", "he urges"), "fraser"),
              ("m7", ("He", "He adds it"), "fraser"),
              ("m8", "NDP MPP Judith Monteith-Farrell", "monteith"),
              ("m9", ("She", "She adds"), "monteith")],
    attributions=[("a1", "INDIRECT", None, "reports", "the Bombardier plant in Thunder Bay is set to lose 550 jobs", None),
                  ("a2", "INDIRECT", "m1", ("says", "Pasqualino says"), "he hasn’t received word yet from the company about any layoffs", None),
                  ("a3", "DIRECT", "m2", "goes on to say", seg(T, "the union and the company knew", "end of the year."), None),
                  ("a4", "INDIRECT", "m3", "knew", seg(T, "layoffs were happening because", "end of the year"), "a3"),
                  ("a5", "DIRECT", "m4", ("adds", "Pasqualino adds"), seg(T, "the governments are aware", "have been signed."), None),
                  ("a6", "INDIRECT", "m5", ("says", "Liberals, says"),
                   "his heart goes out to the workers and their families who learned of the looming layoffs", None),
                  ("a7", "INDIRECT", "m6", "urges", "the government to work with the company to protect as many jobs as possible", None),
                  ("a8", "INDIRECT", "m7", ("adds", "He adds it"), "it’s crucial they get the support they deserve during this difficult transition", None),
                  ("a9", "MIXED", "m8", "urging", "the province to “get in gear” and take action, rather than just letting the jobs go", None),
                  ("a10", "DIRECT", "m9", ("adds", "She adds"), seg(T, "This Bombardier plant is the cornerstone", "across the region."), None)])

write("test27_a.jsonl")
