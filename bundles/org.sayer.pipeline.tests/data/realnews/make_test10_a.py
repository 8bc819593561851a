#!/usr/bin/env python3
"""Writes test10_a.jsonl: real-news gold, split test10-a (see gold.py). Run: python3 make_test10_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead. It is cut at the last whole
# paragraph of the stored copy.
doc("worcesternews-warndon-residents-planning-views",
    url="https://worcesternews.co.uk/news/2227263.listen-to-our-views-and-act-on-them",
    outlet="Worcester News", country="UK", topic="local", cut=True,
    text=(T := "ANGRY residents in Worcester vented their frustration at planning officers, claiming that their views \"never seem to be taken into consideration\" when applications are considered.\n"
          "At an open meeting held in Warndon, Worcester City Council's head of urban development John Wrightson and planning manager Paul O'Connor were grilled by residents and councillors.\n"
          "The aim of the meeting was for Warndon residents to find out more about the planning process.\n"
          "But tensions rose when the audience was told by Mr O'Connor: \"It does not matter how many objections there are, the question is, does it raise material planning considerations which are not in accordance with criteria?\"\n"
          "To this, parish councillor Ted Holloway said: \"Are they not aware that people matter and people want to be heard?\"\n"
          "The comments came after two major planning applications in Warndon, Mabs Orchard and Worcester Woods Business Park, which the parish council had recommended be refused, were passed by the city council.\n"
          "Mr Wrightson explained the planning system for applications was a national one, laid down by a series of legislations.\n"
          "Guidance notes on these legislations are then given to local planning officers.\n"
          "He said there were opportunities for people to make their views known, and the planning authority must show it has looked at these.\n"
          "\"Supplying a view is not a planning consideration, it is not a reason that the planning system can take into account,\" he said.\n"
          "Chairman of Warndon parish council Ray Morris said he felt there was a lack of communication between planning officers and the parish council.\n"
          "\"One of the things we would like is some feedback before you make the decision,\" Mr Morris said.\n"
          "In response to this Mr Wrightson recommended residents and councillors ask planning officers to let them know when decisions were being made when they logged their comments.\n"
          "\"If you specifically request that we will endeavour to make sure you get it,\" he said."),
    entities=[("residents", "residents", "GROUP", ["ANGRY residents", "Warndon residents"],
               "residents of Warndon, Worcester, at the open meeting"),
              ("wrightson", "John Wrightson", "PERSON",
               ["Wrightson", "Mr Wrightson", "Worcester City Council's head of urban development John Wrightson"],
               "head of urban development, Worcester City Council"),
              ("oconnor", "Paul O'Connor", "PERSON", ["O'Connor", "Mr O'Connor", "planning manager Paul O'Connor"],
               "planning manager, Worcester City Council"),
              ("holloway", "Ted Holloway", "PERSON", ["Holloway", "parish councillor Ted Holloway"], "Warndon parish councillor"),
              ("parish", "the parish council", "ORGANIZATION", ["parish council"], "Warndon parish council"),
              ("morris", "Ray Morris", "PERSON", ["Morris", "Mr Morris", "Chairman of Warndon parish council Ray Morris"],
               "chairman of Warndon parish council")],
    mentions=[("m1", ("residents", "ANGRY residents"), "residents"),
              ("m2", "Worcester City Council's head of urban development John Wrightson", "wrightson"),
              ("m3", "planning manager Paul O'Connor", "oconnor"),
              ("m4", "Warndon residents", "residents"),
              ("m5", "Mr O'Connor", "oconnor"),
              ("m6", "parish councillor Ted Holloway", "holloway"),
              ("m7", ("the parish council", "which the parish council"), "parish"),
              ("m8", ("Mr Wrightson", "Mr Wrightson explained"), "wrightson"),
              ("m9", ("He", "He said there"), "wrightson"),
              ("m10", ("he", "into account,\" he said"), "wrightson"),
              ("m11", "Chairman of Warndon parish council Ray Morris", "morris"),
              ("m12", ("the parish council", "officers and the parish council."), "parish"),
              ("m13", "Mr Morris", "morris"),
              ("m14", ("Mr Wrightson", "Mr Wrightson recommended"), "wrightson"),
              ("m15", ("he", "get it,\" he said"), "wrightson")],
    attributions=[("a1", "MIXED", "m1", "claiming",
                   "their views \"never seem to be taken into consideration\" when applications are considered", None),
                  ("a2", "DIRECT", "m5", ("told", "audience was told"),
                   seg(T, "It does not matter how many", "in accordance with criteria?"), None),
                  ("a3", "DIRECT", "m6", ("said", "Holloway said"),
                   "Are they not aware that people matter and people want to be heard?", None),
                  # a speech act in a relative clause: "[applications] which the parish council had recommended
                  # be refused"; the relative pronoun (the raised subject) is left outside, as in "staff were
                  # told to stay home" -> "to stay home".
                  ("a4", "INDIRECT", "m7", ("recommended", "had recommended be"), "be refused", None),
                  ("a5", "INDIRECT", "m8", "explained",
                   "the planning system for applications was a national one, laid down by a series of legislations", None),
                  ("a6", "INDIRECT", "m9", ("said", "He said there"),
                   seg(T, "there were opportunities for people", "it has looked at these"), None),
                  ("a7", "DIRECT", "m10", ("said", "into account,\" he said"),
                   "Supplying a view is not a planning consideration, it is not a reason that the planning system can take into account,", None),
                  # "said he felt ...": the speaker's own attitude is not split off (FORMAT.md, seed a20).
                  ("a8", "INDIRECT", "m11", ("said", "Morris said he"),
                   "he felt there was a lack of communication between planning officers and the parish council", None),
                  ("a9", "DIRECT", "m13", ("said", "Mr Morris said"),
                   "One of the things we would like is some feedback before you make the decision,", None),
                  # "In response to this" is an adjunct of the reporting event; the recommended asking is
                  # a hypothetical act, not a reported speech act, so it is not nested.
                  ("a10", "INDIRECT", "m14", ("recommended", "Wrightson recommended"),
                   seg(T, "residents and councillors ask planning officers", "logged their comments"), None),
                  ("a11", "DIRECT", "m15", ("said", "get it,\" he said"),
                   "If you specifically request that we will endeavour to make sure you get it,", None)])

# ---------------------------------------------------------------------------------------
# Caption ("Above: ...") and byline removed; cut at the last whole paragraph of the stored copy.
doc("caribjournal-jamaica-row-over-speech",
    url="https://www.caribjournal.com/2011/11/14/in-jamaica-a-row-over-speech/",
    outlet="Caribbean Journal", country="US", topic="politics", cut=True, published="2011-11-14",
    text=(T := "In Jamaica, a Row over Speech\n"
          "Jamaica’s politicians are in a row over acceptable speech, with the government calling out members of the opposition for allegedly “concerning” statements.\n"
          "Jamaican Information Minister Sen. Arthur Williams cited three statements he said could potentially damage the economy.\n"
          "The first allegedly damaging statement included a plan to “renegotiate” the country’s IMF agreement.\n"
          "The second, Williams said, was a claim by MP Peter Bunting that the government might not be able to pay salaries in January due to Jamaica not getting a drawdown of funds from the IMF.\n"
          "The last, the Minister said, was an alleged statement by Opposition Leader Portia Simpson Miller that the government would not honour certain contracts entered into by the government.\n"
          "Williams allegations, however, did not quite reconcile with Miller’s remarks, the last of which were made at a party rally this weekend.\n"
          "“Once again, we are hearing rumblings about the sale of Dunn’s River,” she said at a rally last week. “I want to say to the government, don’t even try — we will not allow this government to sell off every important property or heritage site belonging to the Jamaican people, so that this generation and a young people and the next gene to come will have nothing, because the Jamaica Labour Party will have sold everything to their few friends — it is not going got happen, the opposition will not allow it.”\n"
          "The PNP clarified the statements yesterday, saying Miller was referring to the government’s plans to divest properties regarded as part of Jamaica’s national heritage, including Dunn’s River Falls and Reach Falls.\n"
          "The freehold divestment of those sites, she said, would be reviewed by the PNP should it come to power."),
    entities=[("williams", "Arthur Williams", "PERSON",
               ["Williams", "the Minister", "Jamaican Information Minister Sen. Arthur Williams"], "Jamaica's Information Minister"),
              ("bunting", "Peter Bunting", "PERSON", ["Bunting", "MP Peter Bunting"], "opposition MP"),
              ("miller", "Portia Simpson Miller", "PERSON",
               ["Miller", "Simpson Miller", "Opposition Leader Portia Simpson Miller"], "Opposition Leader, PNP"),
              ("pnp", "The PNP", "ORGANIZATION", ["PNP", "the opposition"], "People's National Party, the opposition")],
    mentions=[("m1", "Jamaican Information Minister Sen. Arthur Williams", "williams"),
              ("m2", ("he", "he said could"), "williams"),
              ("m3", ("Williams", "Williams said,"), "williams"),
              ("m4", "MP Peter Bunting", "bunting"),
              ("m5", ("the Minister", "the Minister said"), "williams"),
              ("m6", "Opposition Leader Portia Simpson Miller", "miller"),
              ("m7", ("she", "she said at a rally"), "miller"),
              ("m8", ("the opposition", "the opposition will not"), "pnp"),
              ("m9", "The PNP", "pnp"),
              ("m10", ("Miller", "Miller was referring"), "miller"),
              ("m11", ("she", "she said, would"), "miller"),
              ("m12", ("the PNP", "by the PNP should"), "pnp")],
    # Not annotated: "the government calling out members of the opposition for ... statements" is a
    # criticism with no reported content (as "was criticised for ..."); "cited three statements" only
    # refers to them, the claim is the nested "he said [they] could ..."; "The first ... statement
    # included a plan to ..." has no reporting cue.
    attributions=[("a1", "INDIRECT", "m2", ("said", "he said could"), "could potentially damage the economy", None),
                  # a parenthetical reporting clause stays inside its claim (FORMAT.md, Contiguity)
                  ("a2", "INDIRECT", "m3", ("said", "Williams said,"),
                   seg(T, "The second, Williams said", "drawdown of funds from the IMF"), None),
                  ("a3", "INDIRECT", "m4", ("claim", "a claim by"),
                   seg(T, "the government might not be able", "drawdown of funds from the IMF"), "a2"),
                  ("a4", "INDIRECT", "m5", ("said", "the Minister said"),
                   seg(T, "The last, the Minister said", "entered into by the government"), None),
                  ("a5", "INDIRECT", "m6", ("statement", "alleged statement"),
                   "the government would not honour certain contracts entered into by the government", "a4"),
                  ("a6", "DIRECT", "m7", ("said", "she said at a rally"),
                   "Once again, we are hearing rumblings about the sale of Dunn’s River,", None),
                  # "I want to say to the government, ..." is the speaker's own speech act: not split off.
                  ("a7", "DIRECT", "m7", None, seg(T, "I want to say to the government", "will not allow it."), None),
                  # "clarified the statements, saying ...": one claim, carried by "saying", whose complement
                  # is the content ("clarified" has only the statements as its object).
                  ("a8", "INDIRECT", "m9", "saying",
                   seg(T, "Miller was referring to", "Dunn’s River Falls and Reach Falls"), None),
                  ("a9", "INDIRECT", "m11", ("said", "she said, would"),
                   seg(T, "The freehold divestment", "should it come to power"), None)])

# ---------------------------------------------------------------------------------------
# Site date lines removed. The lead's "was heavily critical of a decision ..." is a state with no
# reported content (as "was unhappy with"), while the headline's "criticises X as Y" is annotated like
# "described X as Y". In "But this matter should have been brought ... and she said it appeared ...",
# only the conjunct after "she said" is its content: the first conjunct has no cue of its own.
doc("irelandlive-naas-judge-limerick-bail-disgrace",
    url="https://www.ireland-live.ie/news/kildare-now/883573/judge-criticises-decision-to-bring-man-to-kildare-court-as-an-absolute-disgrace.html",
    outlet="Ireland Live (Kildare Now)", country="Ireland", topic="courts-crime", cut=False, published="2022-08-11",
    text=(T := "Judge criticises decision to bring man to Kildare court as an 'absolute disgrace'\n"
          "A District Court judge was heavily critical of a decision to bring a man from County Limerick to Naas Courthouse for a court hearing.\n"
          "The man arrived in custody before Naas District Court today for a bail hearing.\n"
          "A garda told Judge Miriam Walsh that he was in Naas because there is no court sitting in August in Limerick.\n"
          "Most courts are closed during the month of August although provision is made for urgent legal matters to be dealt with.\n"
          "However Judge Walsh said there is a judge available to sit in the Limerick area during August and this arrangement should have been utilised.\n"
          "“I’m absolutely horrified; this is an absolute and utter disgrace,” she said.\n"
          "The judge told solicitor Joe Coonan that she did not have jurisdiction to deal with a bail application made on behalf of the defendant.\n"
          "She declined to rule on the bail application.\n"
          "Judge Walsh clarified that if she is called to a designated court area she will do so.\n"
          "But this matter should have been brought before a court in Limerick and she said it appeared that no attempt was made to do this.\n"
          "She added that a judge is available to sit in Limerick during the August vacation.\n"
          "“I’ve enough to do; I’m not looking after any other districts. I work six, sometimes seven days a week.”"),
    entities=[("walsh", "Miriam Walsh", "PERSON",
               ["Walsh", "Judge Walsh", "Judge Miriam Walsh", "A District Court judge", "The judge", "Judge"],
               "District Court judge at Naas"),
              ("garda", "A garda", "PERSON", [], "garda officer at the hearing")],
    mentions=[("m1", ("Judge", "Judge criticises"), "walsh"),
              ("m2", "A District Court judge", "walsh"),
              ("m3", "A garda", "garda"),
              ("m4", "Judge Miriam Walsh", "walsh"),
              ("m5", ("Judge Walsh", "Judge Walsh said"), "walsh"),
              ("m6", ("she", "she said."), "walsh"),
              ("m7", "The judge", "walsh"),
              ("m8", ("Judge Walsh", "Judge Walsh clarified"), "walsh"),
              ("m9", ("she", "she said it appeared"), "walsh"),
              ("m10", ("She", "She added"), "walsh")],
    attributions=[("a1", "MIXED", "m1", "criticises",
                   "decision to bring man to Kildare court as an 'absolute disgrace'", None),
                  ("a2", "INDIRECT", "m3", ("told", "garda told"),
                   "he was in Naas because there is no court sitting in August in Limerick", None),
                  ("a3", "INDIRECT", "m5", ("said", "Walsh said"),
                   seg(T, "there is a judge available to sit in the Limerick area", "should have been utilised"), None),
                  ("a4", "DIRECT", "m6", ("said", "she said."),
                   "I’m absolutely horrified; this is an absolute and utter disgrace,", None),
                  ("a5", "INDIRECT", "m7", ("told", "The judge told"),
                   "she did not have jurisdiction to deal with a bail application made on behalf of the defendant", None),
                  # "She declined to rule on the bail application" is an action with no open question.
                  ("a6", "INDIRECT", "m8", "clarified", "if she is called to a designated court area she will do so", None),
                  # the evidential "it appeared that" stays inside the claim, not split off
                  ("a7", "INDIRECT", "m9", ("said", "she said it appeared"), "it appeared that no attempt was made to do this", None),
                  ("a8", "INDIRECT", "m10", "added", "a judge is available to sit in Limerick during the August vacation", None),
                  ("a9", "DIRECT", "m10", None,
                   "I’ve enough to do; I’m not looking after any other districts. I work six, sometimes seven days a week.", None)])

# ---------------------------------------------------------------------------------------
# An embedded tweet (Robert Abela's) is removed, as other embeds are. "WATCH:" is a label before the
# headline claim, not a speaker.
doc("lovinmalta-malta-slovakia-draw-mangia-disappointed",
    url="https://lovinmalta.com/news/news-sport/watch-some-maltese-players-were-disappointed-at-last-nights-result-coach-admits/",
    outlet="Lovin Malta", country="Malta", topic="sport", cut=False,
    text=(T := "WATCH: Some Maltese Players Were Disappointed At Last Night’s Result, Coach Admits\n"
          "Malta’s 2-2 draw away against Slovakia yesterday may have been one of the best results the national football team has achieved in recent years, but some players were left disappointed that they didn’t walk away with a victory.\n"
          "In his post-match comments, coach Devis Mangia hailed the team’s spirit and attitude throughout the 90 minutes, as well as the winning mentality displayed by some players after the game.\n"
          "“I’m satisfied because I saw some players who were disappointed at the end of the game, and this is a very big step for me,” he said.\n"
          "Malta led 2-0 in the first half, with goals scored by Luke Gambin and Alexander Satariano, but conceded two goals in the first ten minutes of the second half.\n"
          "However, a 2-2 draw in a World Cup qualifier against a team ranked 34th by FIFA is no joke for Malta, and many people took to social media to voice their appreciation.\n"
          "Prime Minister Robert Abela said he was proud of the unity and determination displayed by the team, while Opposition Leader Bernard Grech said adversaries will start showing Malta more respect.\n"
          "MFA president Bjorn Vassallo paid a personal visit to the team after their performance, offering a few motivational words.\n"
          "“When you work for the Maltese badge on the front of your shirt, everyone will remember the name on the back of your shirt,” he said. “You’re making a name for yourselves and your country, thank you.”\n"
          "Malta will now travel to Croatia to face the 2018 World Cup finalists on Tuesday; it will be a tough ask but as they showed against Slovakia, everything is possible."),
    entities=[("mangia", "Devis Mangia", "PERSON", ["Mangia", "coach Devis Mangia", "Coach"], "Malta national team head coach"),
              ("abela", "Robert Abela", "PERSON", ["Abela", "Prime Minister Robert Abela"], "Prime Minister of Malta"),
              ("grech", "Bernard Grech", "PERSON", ["Grech", "Opposition Leader Bernard Grech"], "Opposition Leader of Malta"),
              ("vassallo", "Bjorn Vassallo", "PERSON", ["Vassallo", "MFA president Bjorn Vassallo"],
               "president of the Malta Football Association")],
    mentions=[("m1", ("Coach", "Coach Admits"), "mangia"),
              ("m2", "coach Devis Mangia", "mangia"),
              ("m3", ("he", "for me,” he said"), "mangia"),
              ("m4", "Prime Minister Robert Abela", "abela"),
              ("m5", "Opposition Leader Bernard Grech", "grech"),
              ("m6", "MFA president Bjorn Vassallo", "vassallo"),
              ("m7", ("he", "your shirt,” he said"), "vassallo")],
    # Not annotated: "some players were left disappointed that ..." is a state; "many people took to
    # social media to voice their appreciation" has no content.
    attributions=[("a1", "INDIRECT", "m1", "Admits", "Some Maltese Players Were Disappointed At Last Night’s Result", None),
                  # "In his post-match comments" is the medium of the report, left outside.
                  ("a2", "INDIRECT", "m2", "hailed",
                   seg(T, "the team’s spirit and attitude", "by some players after the game"), None),
                  ("a3", "DIRECT", "m3", ("said", "for me,” he said"),
                   "I’m satisfied because I saw some players who were disappointed at the end of the game, and this is a very big step for me,", None),
                  ("a4", "INDIRECT", "m4", ("said", "Abela said"),
                   "he was proud of the unity and determination displayed by the team", None),
                  ("a5", "INDIRECT", "m5", ("said", "Grech said"), "adversaries will start showing Malta more respect", None),
                  # "offering a few motivational words" only frames the quotation that follows, which has
                  # its own reporting clause: the inline "he said" carries it (FORMAT.md, Two clauses).
                  ("a6", "DIRECT", "m7", ("said", "your shirt,” he said"),
                   seg(T, "When you work for the Maltese badge", "on the back of your shirt,"), None),
                  ("a7", "DIRECT", "m7", None, "You’re making a name for yourselves and your country, thank you.", None)])

# ---------------------------------------------------------------------------------------
# Date line and byline removed; the standfirst is kept as a paragraph. Cut at the last whole paragraph
# of the stored copy. The headline "Union disappointed in mill closure" has no reporting cue (a
# state, as "was unhappy with"); "following an announcement from the company" in the lead is a
# temporal adjunct with no content of its own (as "on news that ..."), while the standfirst's
# "announcement of X" is a noun cue with X as content and no named claimant.
doc("cranbrooktownsman-canal-flats-mill-closure-union",
    url="https://www.cranbrooktownsman.com/news/union-disappointed-in-mill-closure/",
    outlet="Cranbrook Townsman", country="Canada", topic="business", cut=True, published="2015-09-09",
    text=(T := "Union disappointed in mill closure\n"
          "Reaction pours in to announcement of permanent mill closure in Canal Flats.\n"
          "The Canal Flats saw mill will close permanently in early November following an announcement from the company on Wednesday.\n"
          "“Our CEO and members of the senior management team were in Canal Flats today to announce the permanent closure of the facility,” said Corrine Stavness. “While we understand how difficult this will be for our employees and the community of Canal Flats, recent downturns in the oil and gas and lumber markets that the mill served combined with a lack of economically available fibre for the mill have brought operating losses we can no longer sustain.\n"
          "“Moving to permanent closure means that the employees impacted by this announcement will be entitled to severance. We expect the last day of operations for the mill to be November 9, 2015. We will be establishing a transition office to help impacted employees, all of whom will be offered opportunities to transfer to other Canfor divisions.”\n"
          "The announcement comes after layoffs in May that cut 81 jobs from operations that reduced the plant to one shift. Closing permanently will affect the remaining 70 union jobs and 10 management positions, according to Doug Singer, president of the USW Local 1-405.\n"
          "“We’re very disappointed,” Singer said. “Four months after a massive layoff that they’ve now announced a closure of the Canal Flats operation. We’re extremely disappointed the company didn’t give it more time to see if it could be a success.\n"
          "“We understand there are lots of pressures on the market, but four months is not a lot of time to see whether this is a workable solution or not, and things at the plant level seemed to be going fairly well.”\n"
          "The jobs in the plant ripple throughout the region as employees live in Canal Flats or commute from places such as Cranbrook, Kimberley, Radium and Invermere."),
    entities=[("company", "the company", "ORGANIZATION", ["Canfor"], "Canfor, owner of the Canal Flats saw mill"),
              ("management", "Our CEO and members of the senior management team", "GROUP", [],
               "Canfor's CEO and senior managers"),
              ("stavness", "Corrine Stavness", "PERSON", ["Stavness"], "speaking for Canfor"),
              ("singer", "Doug Singer", "PERSON", ["Singer", "Doug Singer, president of the USW Local 1-405"],
               "president of USW Local 1-405")],
    mentions=[("m1", ("the company", "from the company"), "company"),
              ("m2", "Our CEO and members of the senior management team", "management"),
              ("m3", "Corrine Stavness", "stavness"),
              ("m4", "Doug Singer, president of the USW Local 1-405", "singer"),
              ("m5", ("Singer", "Singer said"), "singer"),
              ("m6", ("they", "they’ve now announced"), "company"),
              ("m7", ("the company", "disappointed the company"), "company")],
    attributions=[("a1", "INDIRECT", None, ("announcement", "to announcement of"), "permanent mill closure in Canal Flats", None),
                  ("a2", "DIRECT", "m3", ("said", "said Corrine"),
                   seg(T, "Our CEO and members", "closure of the facility,"), None),
                  ("a3", "INDIRECT", "m2", ("announce", "to announce the"), "the permanent closure of the facility", "a2"),
                  # a quotation over two paragraphs (no closing mark, the next one reopens) is one unit;
                  # "We expect ..." is the speaker's own attitude, not split off.
                  ("a4", "DIRECT", "m3", None, seg(T, "While we understand how difficult", "other Canfor divisions."), None),
                  ("a5", "INDIRECT", "m4", "according to",
                   "Closing permanently will affect the remaining 70 union jobs and 10 management positions", None),
                  ("a6", "DIRECT", "m5", ("said", "Singer said"), "We’re very disappointed,", None),
                  ("a7", "DIRECT", "m5", None, seg(T, "Four months after a massive layoff", "going fairly well."), None),
                  ("a8", "INDIRECT", "m6", ("announced", "now announced"), "a closure of the Canal Flats operation", "a7")])

# ---------------------------------------------------------------------------------------
# The stored page holds neither headline nor date: it starts in the body of the article, at a quoted
# statement, and is cut at the last whole paragraph of the stored copy. "OENGE's statement" names its
# author in its NP, so it is a mention of OENGE; the later "the statement" does not, so it is its own
# entity (FORMAT.md, Documents), as in the Sofia Globe example of test7.
doc("thepressproject-oenge-doctors-georgiadis-hospitals",
    url="https://thepressproject.gr/greek-doctors-slam-health-minister-over-hospital-crisis-real-doctors-not-imaginary-fans-keep-hospitals-running",
    outlet="The Press Project", country="Greece", topic="health-science", cut=True,
    text=(T := "“Let’s thank the Minister of Health for not making any new hires because… they can’t be made. Also, thank you for forcing us to work endless extra shifts to keep hospitals from shutting down, all while taxing us at 35%. We are especially grateful that the only way to avoid collapsing from exhaustion is to suffer a stroke and end up in one of our own hospitals,” OENGE’s statement read.\n"
          "The tension stems from a heated exchange between Georgiadis and Christos Karachristos, president of the Thessaloniki Hospital Doctors’ Association (ENITH), during a visit to the “Papanikolou” hospital. When Karachristos highlighted the need for more permanent hires in Greece’s National Health System (ESY), Georgiadis responded angrily, dismissing the request as “leftist” rhetoric, declaring, “I’m tired of these leftists,” and adding, “That’s what the Communist Party says.”\n"
          "The minister continued his tirade, accusing the doctor of ungratefulness and “whining.” “Say thank you to the state for everything it does. I’m sick of your complaints from morning till night. The system is working, it’s standing, it’s saving lives,” Georgiadis shouted. Karachristos, keeping his composure, calmly reminded the minister that it is overworked doctors who are keeping the system afloat.\n"
          "“Imaginary fans vs. real doctors”\n"
          "OENGE went on to highlight the dissonance between Georgiadis’ rhetoric and reality, pointing out that the minister is welcomed at hospitals not by his “imaginary fans” from social media, but by “real doctors” who are consistently raising the alarm about the crumbling healthcare system.\n"
          "“The minister seems to imagine support from enthusiastic fans online, but when he visits hospitals, it’s real doctors—exhausted, overworked, and underpaid—who greet him and demand solutions. No amount of social media praise can mask the real crisis in our hospitals,” the statement added."),
    entities=[("oenge", "OENGE", "ORGANIZATION", ["OENGE’s statement"], "Greek federation of hospital doctors' unions"),
              ("georgiadis", "Georgiadis", "PERSON", ["the Minister of Health", "The minister"], "Greek Minister of Health"),
              ("karachristos", "Christos Karachristos", "PERSON",
               ["Karachristos", "the doctor",
                "Christos Karachristos, president of the Thessaloniki Hospital Doctors’ Association (ENITH)"],
               "president of the Thessaloniki Hospital Doctors' Association (ENITH)"),
              ("realdoctors", "real doctors", "GROUP", [], "hospital doctors who meet the minister"),
              ("statement", "the statement", "ORGANIZATION", [], "OENGE's statement")],
    mentions=[("m1", "the Minister of Health", "georgiadis"),
              ("m2", "OENGE’s statement", "oenge"),
              ("m3", ("Georgiadis", "between Georgiadis and"), "georgiadis"),
              ("m4", "Christos Karachristos, president of the Thessaloniki Hospital Doctors’ Association (ENITH)", "karachristos"),
              ("m5", ("Karachristos", "When Karachristos"), "karachristos"),
              ("m6", ("Georgiadis", "Georgiadis responded"), "georgiadis"),
              ("m7", ("The minister", "The minister continued"), "georgiadis"),
              ("m8", "the doctor", "karachristos"),
              ("m9", ("Georgiadis", "Georgiadis shouted"), "georgiadis"),
              ("m10", ("Karachristos", "Karachristos, keeping"), "karachristos"),
              ("m11", ("the minister", "reminded the minister"), "georgiadis"),
              ("m12", ("OENGE", "OENGE went on"), "oenge"),
              ("m13", ("the minister", "that the minister is welcomed"), "georgiadis"),
              ("m14", ("real doctors", "“real doctors” who"), "realdoctors"),
              ("m15", ("The minister", "The minister seems"), "georgiadis"),
              ("m16", ("real doctors", "it’s real doctors"), "realdoctors"),
              ("m17", ("the statement", "the statement added"), "statement")],
    attributions=[("a1", "DIRECT", "m2", ("read", "statement read"),
                   seg(T, "Let’s thank the Minister", "one of our own hospitals,"), None),
                  ("a2", "INDIRECT", "m5", ("highlighted", "Karachristos highlighted"),
                   "the need for more permanent hires in Greece’s National Health System (ESY)", None),
                  # "responded angrily, dismissing ..., declaring ... and adding ...": "responded" has no
                  # content of its own; each participle carries a claim (as "said A, warning that B").
                  ("a3", "MIXED", "m6", "dismissing", "the request as “leftist” rhetoric", None),
                  ("a4", "DIRECT", "m6", "declaring", "I’m tired of these leftists,", None),
                  # "That's what the Communist Party says" is not nested: its content would be only the
                  # pronoun "That".
                  ("a5", "DIRECT", "m6", ("adding", "and adding"), "That’s what the Communist Party says.", None),
                  # "accusing X of Y" keeps the accused, as "called on X to Y" keeps the addressee (as train
                  # batches do); MIXED content keeps its inner marks at its end.
                  ("a6", "MIXED", "m7", "accusing", "the doctor of ungratefulness and “whining.”", None),
                  ("a7", "DIRECT", "m9", "shouted",
                   seg(T, "Say thank you to the state", "it’s saving lives,"), None),
                  ("a8", "INDIRECT", "m10", "reminded",
                   "it is overworked doctors who are keeping the system afloat", None),
                  # a quoted cross-head with no speaker
                  ("a9", "DIRECT", None, None, "Imaginary fans vs. real doctors", None),
                  ("a10", "INDIRECT", "m12", ("highlight", "to highlight"), "the dissonance between Georgiadis’ rhetoric and reality", None),
                  ("a11", "MIXED", "m12", "pointing out",
                   seg(T, "the minister is welcomed at hospitals", "the crumbling healthcare system"), None),
                  # a speech act in a relative clause inside a claim; "about" only links the cue
                  ("a12", "INDIRECT", "m14", "raising the alarm", "the crumbling healthcare system", "a11"),
                  ("a13", "DIRECT", "m17", ("added", "the statement added"),
                   seg(T, "The minister seems to imagine", "the real crisis in our hospitals,"), None),
                  # attitudes and speech acts of others stated inside the quotation (FORMAT.md, Included)
                  ("a14", "INDIRECT", "m15", "imagine", "support from enthusiastic fans online", "a13"),
                  ("a15", "INDIRECT", "m16", "demand", "solutions", "a13")])

write("test10_a.jsonl")
