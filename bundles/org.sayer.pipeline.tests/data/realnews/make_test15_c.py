#!/usr/bin/env python3
"""Writes test15_c.jsonl: real-news gold, split test15-c (see gold.py). Run: python3 make_test15_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page prints its title twice ("Coach names team - Solomon Star News", then the
# headline); kept once, with the standfirst "21 selected, four omitted". The photo caption
# ("Felipe Vega-Arango") under the date is removed. The page breaks off inside a quotation that
# runs over two paragraphs ("Martin Rence he is not coming ... if we"); the text is cut before it.
# Notes:
# - The headline "Coach names team" and "has named his final 21 players" report a squad
#   selection, an action (FORMAT.md, Excluded: actions), not a claim.
# - "Vega-Arango stated his lack of speed due to his age but Naka will continue ..." takes the
#   noun phrase and the coordinated clause together as one content; "Speaking of Naka" and
#   "Speaking exclusively to Star Sports yesterday" are adjuncts of the reporting event (left out).
# - The three-paragraph quotation "Naka won't be travelling ... just runners," is one DIRECT
#   attribution (FORMAT.md, Unit): each paragraph ends without a closing mark and the next reopens.
# - "Asked the reason for leaving Tekobi out" is a question put to the speaker (not annotated).
doc("solomonstar-vega-arango-names-squad-new-zealand",
    url="http://www.solomonstarnews.com/index.php/sports/national/item/19176-coach-names-team",
    outlet="Solomon Star", country="Solomon Islands", topic="sport", cut=True, published="2017-08-12",
    text=(T := "Coach names team\n"
          "21 selected, four omitted\n"
          "NATIONAL football team head coach Felipe Vega-Arango has named his final 21 players for the home and away FIFA World Cup qualifiers against New Zealand next month.\n"
          "Speaking exclusively to Star Sports yesterday, the Spaniard said he has decided to make the final cut after weeks of rigorous training.\n"
          "“I am happy with the way the players’ responding in training and today (yesterday) is the day they will know if they make the cut for the trip to New Zealand,” Vega-Arango stated.\n"
          "“We are working on our game plan to approach the two games and the players selected are based on our system,” he added.\n"
          "The Spaniard stressed that it was unfortunate to omit four wonderful players.\n"
          "Players not making the trip to Aotearoa are veteran James Naka, Eugene Tekobi, Martin Rence and teenage centre forward Kennedy Watemae.\n"
          "Speaking of Naka, Vega-Arango stated his lack of speed due to his age but Naka will continue training with the team as a backup for the home game.\n"
          "“Naka won’t be travelling to New Zealand because we are going to play against a professional side and their pace is on another level.\n"
          "“Right now he is kind of slow and his fitness level wasn’t great but if we could do well in New Zealand, we might use him at home.\n"
          "“He is the only striker in the team who can actually hold the ball up with his back facing the opponent’s backline.\n"
          "“He is the only striker who could do that because the other strikers are just runners,” he explained.\n"
          "Asked the reason for leaving Tekobi out, Felipe said the Renbel Chiefs player doesn’t have the level of the other midfielders.\n"
          "He stressed that Watemae is not ready for now but could be a great player for the future."),
    entities=[("vega", "Felipe Vega-Arango", "PERSON",
               ["Vega-Arango", "Felipe", "the Spaniard", "NATIONAL football team head coach Felipe Vega-Arango"],
               "head coach of the Solomon Islands national football team")],
    mentions=[("m1", "NATIONAL football team head coach Felipe Vega-Arango", "vega"),
              ("m2", ("the Spaniard", "the Spaniard said"), "vega"),
              ("m3", ("Vega-Arango", "New Zealand,” Vega-Arango stated"), "vega"),
              ("m4", ("he", "he added"), "vega"),
              ("m5", ("The Spaniard", "The Spaniard stressed"), "vega"),
              ("m6", ("Vega-Arango", "Naka, Vega-Arango stated"), "vega"),
              ("m7", ("he", "he explained"), "vega"),
              ("m8", ("Felipe", "Felipe said"), "vega"),
              ("m9", ("He", "He stressed"), "vega")],
    attributions=[("a1", "INDIRECT", "m2", ("said", "Spaniard said"),
                   "he has decided to make the final cut after weeks of rigorous training", None),
                  ("a2", "DIRECT", "m3", ("stated", "Vega-Arango stated."),
                   seg(T, "I am happy with the way", "trip to New Zealand,"), None),
                  ("a3", "DIRECT", "m4", ("added", "he added"),
                   "We are working on our game plan to approach the two games and the players selected are based on our system,", None),
                  ("a4", "INDIRECT", "m5", ("stressed", "Spaniard stressed"),
                   "it was unfortunate to omit four wonderful players", None),
                  ("a5", "INDIRECT", "m6", ("stated", "Vega-Arango stated his"),
                   "his lack of speed due to his age but Naka will continue training with the team as a backup for the home game", None),
                  ("a6", "DIRECT", "m7", ("explained", "he explained"),
                   seg(T, "Naka won’t be travelling", "are just runners,"), None),
                  ("a7", "INDIRECT", "m8", ("said", "Felipe said"),
                   "the Renbel Chiefs player doesn’t have the level of the other midfielders", None),
                  ("a8", "INDIRECT", "m9", ("stressed", "He stressed"),
                   "Watemae is not ready for now but could be a great player for the future", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "pritam-singh-trial-raeesah-khan-open-
# guided-raeesah-khan-lie-parliament-wp"), so the text starts with the lead; it gives no date of
# its own. It breaks off mid-word ("accordi") in the paragraph after the Deputy Attorney-General's
# claim, which is cut. Notes:
# - "prosecutors setting out the details of their case against ..." is read like "set out the
#   ambitious plans" in the corpus (a speech act with a noun-phrase content); "for the first
#   time" is an adjunct. "prosecutors" and "the prosecution" are one collective (FORMAT.md,
#   Coreference); the Deputy Attorney-General who leads it is a separate entity.
# - "is accused of ..." (twice) and "is believed to be ..." have no agent: null source, the
#   raised subject left out (FORMAT.md, Left outside / Null source). "He faces two charges ...
#   for wilfully making two false answers" is not annotated, as the corpus leaves out "now faces
#   one charge of ...".
# - "Singh is accused of falsely testifying that: [two list paragraphs]": the accusation holds
#   Singh's testimony (source "Singh", cue "testifying") as a nested claim whose content is both
#   list paragraphs; inside it, "what she had said about accompanying a rape victim ..." is Ms
#   Khan's speech act nested in the testimony (FORMAT.md, a speech act in a relative clause inside
#   a claim), content after "about" ("complained about noise"). "Singh wanted Ms Khan to clarify"
#   and "he wanted to convey to Ms Khan that ... she had to clarify that ..." are Singh's own
#   intentions within his own testimony, and speech acts that were wanted, not made: not split off
#   (FORMAT.md, a speaker's attitude within their own report). "her story about ..." has no
#   reporting verb or listed noun cue and is left out.
# - "she claimed that A, and that the police officer had made comments about B": one claim with
#   both that-clauses; the officer's comments are nested in it, content after "about".
# - "the prosecution's case was that ...", inside the Deputy Attorney-General's claim, is read
#   like "My engineers' view is that ..." (FORMAT.md): a nested claim of the prosecution with the
#   noun "case" as cue and the possessor as source.
doc("cna-pritam-singh-trial-opens-prosecution-case",
    url="https://www.channelnewsasia.com/singapore/pritam-singh-trial-raeesah-khan-open-guided-raeesah-khan-lie-parliament-wp-4675731?cid=cna_flip_070214",
    outlet="CNA", country="Singapore", topic="courts-crime", cut=True,
    text=(T := "SINGAPORE: Leader of the Opposition Pritam Singh's trial opened on Monday (Oct 14) with prosecutors setting out the details of their case against the Workers' Party (WP) secretary-general for the first time.\n"
          "Singh, 48, is accused of lying while being examined before a Committee of Privileges (COP) that was investigating the conduct of former WP Member of Parliament Raeesah Khan.\n"
          "He faces two charges under the Parliament (Privileges, Immunities and Powers) Act for wilfully making two false answers on Dec 10, 2021 and Dec 15, 2021, during the inquiry into Ms Khan's case.\n"
          "He is believed to be the first to be prosecuted under this Act.\n"
          "During a parliamentary debate on Aug 3, 2021, Ms Khan made a speech in which she claimed that she had once accompanied a rape survivor to make a police report, and that the police officer had made comments about the woman's attire and consumption of alcohol.\n"
          "She later admitted in parliament on Nov 1, 2021 that this anecdote was a lie. The COP was convened to look into the matter.\n"
          "While being examined before the COP in the public hearing room at Parliament House in December 2021, Singh is accused of falsely testifying that:\n"
          "At the conclusion of his meeting with Ms Khan and WP members Ms Sylvia Lim and Mr Muhamad Faisal Abdul Manap on Aug 8, 2021, Singh wanted Ms Khan to clarify at some point in parliament that what she had said about accompanying a rape victim to a police station was untrue; and\n"
          "When Singh spoke to Ms Khan on Oct 3, 2021, he wanted to convey to Ms Khan that if the issue came up in parliament the next day, she had to clarify that her story about accompanying the rape victim was a lie.\n"
          "Deputy Attorney-General Ang Cheng Hock said the prosecution's case was that Singh gave false testimony to the COP in order to downplay his responsibility in the matter of Ms Khan's lying in parliament."),
    entities=[("singh", "Pritam Singh", "PERSON", ["Singh", "the Workers' Party (WP) secretary-general"],
               "Leader of the Opposition, Workers' Party secretary-general"),
              ("prosecution", "the prosecution", "GROUP", ["prosecutors"], "the prosecutors in Singh's trial"),
              ("khan", "Raeesah Khan", "PERSON", ["Ms Khan", "Khan", "former WP Member of Parliament Raeesah Khan"],
               "former Workers' Party Member of Parliament"),
              ("officer", "the police officer", "PERSON", [], "the police officer in Ms Khan's anecdote"),
              ("ang", "Ang Cheng Hock", "PERSON", ["Deputy Attorney-General Ang Cheng Hock", "Ang"],
               "Deputy Attorney-General, leading the prosecution")],
    mentions=[("m1", "prosecutors", "prosecution"),
              ("m2", "the Workers' Party (WP) secretary-general", "singh"),
              ("m3", ("Singh", "Singh, 48"), "singh"),
              ("m4", "former WP Member of Parliament Raeesah Khan", "khan"),
              ("m5", ("Ms Khan", "Ms Khan made a speech"), "khan"),
              ("m6", ("she", "she claimed"), "khan"),
              ("m7", "the police officer", "officer"),
              ("m8", ("She", "She later admitted"), "khan"),
              ("m9", ("Singh", "Singh is accused of falsely"), "singh"),
              ("m10", ("Ms Khan", "Ms Khan and WP members"), "khan"),
              ("m11", ("Singh", "Singh wanted"), "singh"),
              ("m12", ("Ms Khan", "Ms Khan to clarify"), "khan"),
              ("m13", ("she", "she had said"), "khan"),
              ("m14", ("Singh", "Singh spoke"), "singh"),
              ("m15", ("Ms Khan", "Ms Khan on Oct 3"), "khan"),
              ("m16", ("Ms Khan", "Ms Khan that if"), "khan"),
              ("m17", "Deputy Attorney-General Ang Cheng Hock", "ang"),
              ("m18", ("the prosecution", "the prosecution's case"), "prosecution"),
              ("m19", ("Singh", "Singh gave"), "singh")],
    attributions=[("a1", "INDIRECT", "m1", "setting out",
                   "the details of their case against the Workers' Party (WP) secretary-general", None),
                  ("a2", "INDIRECT", None, ("accused", "accused of lying"),
                   seg(T, "lying while being examined", "Raeesah Khan"), None),
                  ("a3", "INDIRECT", None, "believed", "to be the first to be prosecuted under this Act", None),
                  ("a4", "INDIRECT", "m6", "claimed", seg(T, "she had once accompanied", "consumption of alcohol"), None),
                  ("a5", "INDIRECT", "m7", "made comments", "the woman's attire and consumption of alcohol", "a4"),
                  ("a6", "INDIRECT", "m8", "admitted", "this anecdote was a lie", None),
                  ("a7", "INDIRECT", None, ("accused", "accused of falsely"),
                   seg(T, "falsely testifying that:", "rape victim was a lie"), None),
                  ("a8", "INDIRECT", "m9", "testifying",
                   seg(T, "At the conclusion of his meeting", "rape victim was a lie"), "a7"),
                  ("a9", "INDIRECT", "m13", ("said", "she had said"),
                   "accompanying a rape victim to a police station", "a8"),
                  ("a10", "INDIRECT", "m17", ("said", "Hock said"),
                   seg(T, "the prosecution's case was", "lying in parliament"), None),
                  ("a11", "INDIRECT", "m18", ("case", "prosecution's case"),
                   seg(T, "Singh gave false testimony", "lying in parliament"), "a10")])

# ---------------------------------------------------------------------------------------
# The stored page prints the headline twice (kept once); the byline, the date line (13/03/2024),
# the photo caption and the "FEATURE NEWS" list after the article are removed. Notes:
# - "accuse(s/d) X of Y" takes "X of Y" as content, as the corpus does.
# - "..., and the Office of the Attorney General will be lodging a complaint ..." is a second
#   clause with no cue of its own, and lodging a complaint is an action: not annotated.
# - "Turaga says that he would like to highlight that ...": the wish to highlight is the
#   speaker's own attitude in his own report and is not split off (FORMAT.md).
# - "the allegations against him", "comments and baseless accusations", "these claims" and "the
#   claims on his behalf" are noun cues with no content: not annotated.
# - "He urges the media to ..." keeps the addressee (as "called on X to Y").
doc("fijivillage-turaga-accuses-fiji-sun-baseless-claims",
    url="https://www.fijivillage.com/news/AG-accuses-Fiji-Sun-of-baseless-claims-fx548r/",
    outlet="Fijivillage", country="Fiji", topic="politics", cut=False, published="2024-03-13",
    text=(T := "AG accuses Fiji Sun of baseless claims\n"
          "Attorney General and Minister for Justice Siromi Turaga has accused Fiji Sun of making baseless and misleading claims on an article that was published by Fiji Sun yesterday, and the Office of the Attorney General will be lodging a complaint to the Fiji Media Council in due course.\n"
          "Turaga says that he would like to highlight that he was not given enough time to respond to the allegations against him before the article was published.\n"
          "He says his input was not sought, resulting in a one-sided article that goes against the principle of fair journalism.\n"
          "The Attorney General alleges Fiji Sun took a story on social media without bothering to get any verifications from him.\n"
          "He adds that he has sought legal advice and has engaged the services of Law Naivalu, who will now handle any inquiries or questions regarding the claims on his behalf.\n"
          "The Minister for Justice claims that the complainant was never at any point his client and stresses that the role of journalists is to publish fair, balanced and accurate news articles.\n"
          "The Attorney General also revealed that he and his family were unfairly targeted with comments and baseless accusations last month, and unfortunately, these claims are part of a deliberate effort to undermine his integrity and the Coalition Government's reputation.\n"
          "He says that it is also disheartening to see public officials undermined this way and such personal attacks distract the public from the real issues and create a climate of distrust.\n"
          "He urges the media to think about the impact of their reporting and strive for fairness and accuracy.\n"
          "Meanwhile, Assistant Commissioner of Police – Crime, Mesake Waqa says Police investigations are ongoing.\n"
          "We are currently trying to get comments from Fiji Sun."),
    entities=[("turaga", "Siromi Turaga", "PERSON",
               ["Turaga", "AG", "The Attorney General", "The Minister for Justice",
                "Attorney General and Minister for Justice Siromi Turaga"],
               "Fiji's Attorney-General and Minister for Justice"),
              ("waqa", "Mesake Waqa", "PERSON", ["Waqa", "Assistant Commissioner of Police – Crime, Mesake Waqa"],
               "Assistant Commissioner of Police – Crime, Fiji Police Force")],
    mentions=[("m1", ("AG", "AG accuses"), "turaga"),
              ("m2", "Attorney General and Minister for Justice Siromi Turaga", "turaga"),
              ("m3", ("Turaga", "Turaga says"), "turaga"),
              ("m4", ("He", "He says his input"), "turaga"),
              ("m5", ("The Attorney General", "The Attorney General alleges"), "turaga"),
              ("m6", ("He", "He adds"), "turaga"),
              ("m7", "The Minister for Justice", "turaga"),
              ("m8", ("The Attorney General", "The Attorney General also"), "turaga"),
              ("m9", ("He", "He says that it is"), "turaga"),
              ("m10", ("He", "He urges"), "turaga"),
              ("m11", "Assistant Commissioner of Police – Crime, Mesake Waqa", "waqa")],
    attributions=[("a1", "INDIRECT", "m1", ("accuses", "AG accuses"), "Fiji Sun of baseless claims", None),
                  ("a2", "INDIRECT", "m2", ("accused", "has accused"),
                   "Fiji Sun of making baseless and misleading claims on an article that was published by Fiji Sun yesterday", None),
                  ("a3", "INDIRECT", "m3", ("says", "Turaga says"),
                   seg(T, "he would like to highlight", "the article was published"), None),
                  ("a4", "INDIRECT", "m4", ("says", "He says his input"),
                   "his input was not sought, resulting in a one-sided article that goes against the principle of fair journalism", None),
                  ("a5", "INDIRECT", "m5", "alleges",
                   "Fiji Sun took a story on social media without bothering to get any verifications from him", None),
                  ("a6", "INDIRECT", "m6", "adds", seg(T, "he has sought legal advice", "on his behalf"), None),
                  ("a7", "INDIRECT", "m7", ("claims", "Justice claims"), "the complainant was never at any point his client", None),
                  ("a8", "INDIRECT", "m7", "stresses",
                   "the role of journalists is to publish fair, balanced and accurate news articles", None),
                  ("a9", "INDIRECT", "m8", "revealed", seg(T, "he and his family were unfairly", "Government's reputation"), None),
                  ("a10", "INDIRECT", "m9", ("says", "He says that it is"),
                   seg(T, "it is also disheartening", "a climate of distrust"), None),
                  ("a11", "INDIRECT", "m10", "urges",
                   "the media to think about the impact of their reporting and strive for fairness and accuracy", None),
                  ("a12", "INDIRECT", "m11", ("says", "Waqa says"), "Police investigations are ongoing", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no date; it breaks off mid-word inside the chairman's reply ("In reply,
# chairman Huyen said: "Our job is ... but no one th"), which is cut. Notes:
# - The headline "We do not interfere ...: chemicals group chairman" is a "claim – name" headline
#   with a colon (FORMAT.md, Headlines): null cue, the name as source, INDIRECT as it has no marks.
# - "Dao Huu Huyen made the statement ..." is a speech act with no content of its own.
# - "the chemical giant set a revenue target of ..." and "the company plans to ..." are decisions
#   and aims, not claims (as the corpus leaves out "It also plans to ...").
# - In the shareholder's quotation, "I believe" and "I recommend" are the speaker's own attitude
#   and speech act (not split off); "the DGC leadership knows" has no content.
# - "some shareholders" and "one shareholder" are separate entities (a subset, FORMAT.md).
doc("theinvestor-duc-giang-chairman-foreign-investors",
    url="https://theinvestor.vn/we-do-not-interfere-with-foreign-investors-transactions-chemicals-group-chairman-d4327.html",
    outlet="The Investor", country="Vietnam", topic="business", cut=True,
    text=(T := "We do not interfere with foreign investors' transactions: chemicals group chairman\n"
          "The chairman of Vietnam's leading chemical company Duc Giang Chemicals Group has said that the company's leaders are purely focused on production and business, and do not interfere with transactions of DGC shares by foreign investors, or resolve shareholders' disappointment.\n"
          "Dao Huu Huyen made the statement at the company's 2023 annual general meeting on Wednesday.\n"
          "At the meeting, the chemical giant set a revenue target of VND10.88 trillion ($463.17 million) for 2023, down 24.7% year-on-year, and after-tax profit of VND3 trillion ($127.77 million), down 50.3%.\n"
          "In 2023, the company plans to complete its Dak Nong NPK factory project with an investment value of VND50 billion ($2.13 million). It will also start construction of the Duc Giang Nghi Son Chemical Complex at the cost of VND500 billion ($21.29 million).\n"
          "\"We have never set such low annual business targets. Both revenue and profit are down. However, compared to years 2020-2021 and the prior-equitization period, VND3 trillion is still a healthy profit,\" Huyen said.\n"
          "This year, the company plans to pay a dividend of 30%, but has not yet decided whether to pay in cash or shares. Huyen said that the mode of dividend payment will depend on the implementation of investment projects.\n"
          "At the meeting, some shareholders said they had bought DGC shares for VND140,000 ($5.96) per unit, borrowed on margin, and are still holding them. There has been a trend of foreign sell-offs of DGC, causing the stock to remain stagnant.\n"
          "\"I believe the DGC leadership knows. I recommend the management invests more, buys more DGC shares so that shareholders feel secure,\" one shareholder said."),
    entities=[("huyen", "Dao Huu Huyen", "PERSON",
               ["Huyen", "chemicals group chairman",
                "The chairman of Vietnam's leading chemical company Duc Giang Chemicals Group"],
               "chairman of Duc Giang Chemicals Group"),
              ("shareholders", "some shareholders", "GROUP", [], "shareholders of Duc Giang Chemicals Group at the AGM"),
              ("shareholder", "one shareholder", "PERSON", [], "a shareholder at the AGM")],
    mentions=[("m1", "chemicals group chairman", "huyen"),
              ("m2", "The chairman of Vietnam's leading chemical company Duc Giang Chemicals Group", "huyen"),
              ("m3", "Dao Huu Huyen", "huyen"),
              ("m4", ("Huyen", "Huyen said."), "huyen"),
              ("m5", ("Huyen", "Huyen said that"), "huyen"),
              ("m6", "some shareholders", "shareholders"),
              ("m7", "one shareholder", "shareholder")],
    attributions=[("a1", "INDIRECT", "m1", None, "We do not interfere with foreign investors' transactions", None),
                  ("a2", "INDIRECT", "m2", ("said", "has said that"),
                   seg(T, "the company's leaders are purely", "shareholders' disappointment"), None),
                  ("a3", "DIRECT", "m4", ("said", "Huyen said."),
                   seg(T, "We have never set", "still a healthy profit,"), None),
                  ("a4", "INDIRECT", "m5", ("said", "Huyen said that"),
                   "the mode of dividend payment will depend on the implementation of investment projects", None),
                  ("a5", "INDIRECT", "m6", ("said", "shareholders said"),
                   "they had bought DGC shares for VND140,000 ($5.96) per unit, borrowed on margin, and are still holding them", None),
                  ("a6", "DIRECT", "m7", ("said", "shareholder said"),
                   seg(T, "I believe the DGC leadership", "shareholders feel secure,"), None)])

# ---------------------------------------------------------------------------------------
# The stored page is on the outlet's "newtest" host and has no headline (its address reads
# "govt-tells-docs-to-return-to-duty-immideattly"), so the text starts with the dateline lead; it
# gives no year. The "House panel tells govt ..." read-more line is removed. Notes:
# - The second paragraph runs a quotation into a reporting clause with its own that-clause
#   (""The doctors must rethink ...," Gokul Baskota, ..., said that it was mandatory ..."): the
#   one clause "Gokul Baskota ... said" carries two claims, the DIRECT quotation and the INDIRECT
#   that-clause, with the same source and cue. The next quotation has no reporting clause and
#   continues him (null cue).
# - "expressed concerns on X" is read like "expressed concerns about X" in the corpus → X.
# - "the government had realized there were few problems ...", inside the minister's claim, is the
#   attitude of the government he speaks for, not split off (as "neither she nor her staff think").
# - "GODAN had halted all services ... as a protest against ...", "had decided to ban strike" and
#   "has decided to publish a notice ... banning protest" are actions and decisions.
# - "The doctors started the protest ... demanding correction of ...": the participle is a claim
#   of the doctors (as "warning that"), content after the cue.
doc("republica-govt-urges-doctors-return-to-duty",
    url="https://newtest.myrepublica.com/news/govt-tells-docs-to-return-to-duty-immideattly",
    outlet="Republica", country="Nepal", topic="health-science", cut=False,
    text=(T := "KATHMANDU, April 11: The government has expressed concerns on the ongoing agitation by the Government Doctors’ Association of Nepal that has obstructed health services in government health facilities across the country.\n"
          "“The doctors must rethink if it is ethical for the doctors to obstruct health services,” Gokul Baskota, the minister for Communication and Technology, said that it was mandatory for doctors to reach places where there were citizens. “We urge protesting doctors to return to their work as soon as possible.”\n"
          "Baskota said that the government had realized there were few problems that it was working to resolve to ensure quality health access across the country.\n"
          "On April 6, GODAN had halted all services apart from emergency services as a protest against the government’s civil service adjustment ignoring an agreement between doctors and the government. The government, on April 4 had decided to ban strike and obstructions in the essential service sectors. On April 5, a meeting of the cabinet has decided to publish a notice in Nepal Gazette banning protest in the supply and delivery of essential services, signalling fresh efforts to book those flouting the existing laws.\n"
          "The ongoing agitation by the doctors has barred scores of people from seeking health services.\n"
          "The doctors started the protest on Friday demanding correction of a provision in the recently-introduced civil service adjustment act that makes it mandatory for doctors to work also under the provincial government or local units.\n"
          "The doctors have demanded that they be deputed only through the federal government.\n"
          "Every day, at least 200,000 people visit government-run health facilities for treatment."),
    entities=[("govt", "The government", "ORGANIZATION", [], "Government of Nepal"),
              ("baskota", "Gokul Baskota", "PERSON",
               ["Baskota", "Gokul Baskota, the minister for Communication and Technology"],
               "Nepal's Minister for Communication and Information Technology, government spokesperson"),
              ("doctors", "The doctors", "GROUP", ["protesting doctors"], "government doctors on strike")],
    mentions=[("m1", ("The government", "The government has expressed"), "govt"),
              ("m2", ("The doctors", "The doctors must rethink"), "doctors"),
              ("m3", "Gokul Baskota, the minister for Communication and Technology", "baskota"),
              ("m4", "protesting doctors", "doctors"),
              ("m5", ("Baskota", "Baskota said that"), "baskota"),
              ("m6", ("the government", "the government had realized"), "govt"),
              ("m11", ("the government", "between doctors and the government"), "govt"),
              ("m7", ("The government", "The government, on April 4"), "govt"),
              ("m8", ("the doctors", "agitation by the doctors"), "doctors"),
              ("m9", ("The doctors", "The doctors started"), "doctors"),
              ("m10", ("The doctors", "The doctors have demanded"), "doctors")],
    attributions=[("a1", "INDIRECT", "m1", "expressed concerns",
                   seg(T, "the ongoing agitation by the Government", "across the country"), None),
                  ("a2", "DIRECT", "m3", ("said", "Technology, said"),
                   "The doctors must rethink if it is ethical for the doctors to obstruct health services,", None),
                  ("a3", "INDIRECT", "m3", ("said", "Technology, said"),
                   "it was mandatory for doctors to reach places where there were citizens", None),
                  ("a4", "DIRECT", "m3", None, "We urge protesting doctors to return to their work as soon as possible.", None),
                  ("a5", "INDIRECT", "m5", ("said", "Baskota said that"),
                   seg(T, "the government had realized", "health access across the country"), None),
                  ("a6", "INDIRECT", "m9", "demanding", seg(T, "correction of a provision", "or local units"), None),
                  ("a7", "INDIRECT", "m10", "demanded", "they be deputed only through the federal government", None)])

# ---------------------------------------------------------------------------------------
# The date line under the headline (October 25, 2025) is removed and recorded as the date. The
# unquoted cross-head "Local resistance" is kept as a label. The stored page breaks off mid-word
# ("Florentino E. Daynos II of Dupax d"); that paragraph is cut. Notes:
# - Headline "Groups demand accountability from DENR over corruption, ...": "from DENR" sits
#   between the object and its adjunct, so it stays in the content (contiguity, as "called on the
#   ministry on Monday to publish the data"). "Groups" and "Environmental and human rights
#   advocates" are one collective (FORMAT.md, Coreference).
# - "calling out X for what they described as "A" and "B"" takes "X for ..." as content (as
#   "accused X of Y"); inside it, "what they described as ..." is nested with the as-complement as
#   content (as the corpus does for "what his spokesmen have described as a coincidence"); two
#   quotations joined by an unquoted "and" make it MIXED, not DIRECT.
# - "even when communities strongly object to these projects", inside Garganera's quotation, is
#   speech of others nested there, content after "to".
# - "ATM's 2024 study ... revealed": a document whose author is named in its NP is a mention of
#   the author (FORMAT.md, Documents). "The report also named ..." does not name its author in its
#   NP or sentence, so it is its own entity (as "the statement" in test7_a's Sofia text).
# - "our petition for the cancellation of ..." inside Ibañez's quotation is a noun cue (as "calls
#   for") nested there, with "our" (Sibuyanons Against Mining) as source.
# - "implicated in the flood control corruption" and "known as the Galapagos of Asia" are not
#   speech.
doc("oeconomedia-groups-demand-accountability-denr-mining",
    url="https://oeconomedia.org/news/groups-demand-accountability-from-denr-over-corruption-destructive-mining/",
    outlet="Oecono Media", country="Philippines", topic="environment", cut=True, published="2025-10-25",
    text=(T := "Groups demand accountability from DENR over corruption, destructive mining\n"
          "Environmental and human rights advocates marched to the Department of Environment and Natural Resources (DENR) on Thursday, calling out government officials and mining corporations for what they described as “destructive large-scale mining operations” and “connivance between politics and profit.”\n"
          "The protest, led by Alyansa Tigil Mina (ATM), marked the opening of Mining Hell Week, a nationwide campaign to expose the social, environmental, and governance issues surrounding the mining industry.\n"
          "“Despite the environmental destruction and human rights violations, large-scale mining is aggressively being pursued by political dynasties with beneficial ownership in mining companies and who are also the same ones implicated in the flood control corruption,” said Jaybee Garganera, ATM national coordinator. “Yet, the DENR continues to allow their mining operations, even when communities strongly object to these projects,” he added.\n"
          "ATM’s 2024 study on the beneficial ownership of mining firms revealed that the Romualdez family has significant stakes or strong links to companies such as Benguet Corporation, Marcventures Mining and Development Corporation (MMDC), and Brightgreen Resources Corporation (BRC). The report also named other political families, including the Villars and Gatchalians, as having ties to the sector.\n"
          "Local resistance\n"
          "In the province of Romblon, community leaders decried the continued mining activities on Sibuyan Island, known as the Galapagos of Asia for its rich biodiversity.\n"
          "“Mining continues despite the lack of permits and violations of the mining company,” said Elizabeth Ibañez of Sibuyanons Against Mining (SAM). “We cannot comprehend how the DENR has failed to act on our petition for the cancellation of the mining contract of Altai Philippines Mining Corporation (APMC).”"),
    entities=[("advocates", "Environmental and human rights advocates", "GROUP", ["Groups", "advocates"],
               "environmental and human rights groups protesting at the DENR"),
              ("garganera", "Jaybee Garganera", "PERSON", ["Garganera"], "national coordinator of Alyansa Tigil Mina"),
              ("communities", "communities", "GROUP", [], "communities objecting to mining projects"),
              ("atm", "Alyansa Tigil Mina (ATM)", "ORGANIZATION", ["Alyansa Tigil Mina", "ATM"],
               "anti-mining alliance in the Philippines"),
              ("report", "The report", "ORGANIZATION", [], "ATM's 2024 study on the beneficial ownership of mining firms"),
              ("leaders", "community leaders", "GROUP", [], "community leaders in Romblon"),
              ("ibanez", "Elizabeth Ibañez", "PERSON", ["Ibañez"], "member of Sibuyanons Against Mining"),
              ("sam", "Sibuyanons Against Mining (SAM)", "ORGANIZATION", ["Sibuyanons Against Mining", "SAM"],
               "anti-mining group on Sibuyan Island")],
    mentions=[("m1", "Groups", "advocates"),
              ("m2", "Environmental and human rights advocates", "advocates"),
              ("m3", ("they", "they described"), "advocates"),
              ("m4", "Alyansa Tigil Mina (ATM)", "atm"),
              ("m5", "Jaybee Garganera, ATM national coordinator", "garganera"),
              ("m6", ("he", "he added"), "garganera"),
              ("m7", ("communities", "communities strongly"), "communities"),
              ("m8", "ATM’s 2024 study", "atm"),
              ("m9", ("The report", "The report also"), "report"),
              ("m10", "community leaders", "leaders"),
              ("m11", "Elizabeth Ibañez of Sibuyanons Against Mining (SAM)", "ibanez"),
              ("m12", ("our", "our petition"), "sam")],
    attributions=[("a1", "INDIRECT", "m1", "demand", "accountability from DENR over corruption, destructive mining", None),
                  ("a2", "MIXED", "m2", "calling out",
                   seg(T, "government officials and mining corporations for", "politics and profit.”"), None),
                  ("a3", "MIXED", "m3", "described",
                   seg(T, "“destructive large-scale", "politics and profit.”"), "a2"),
                  ("a4", "DIRECT", "m5", ("said", "said Jaybee"),
                   seg(T, "Despite the environmental destruction", "flood control corruption,"), None),
                  ("a5", "DIRECT", "m6", ("added", "he added"),
                   seg(T, "Yet, the DENR continues", "to these projects,"), None),
                  ("a6", "INDIRECT", "m7", ("object", "object to these"), "these projects", "a5"),
                  ("a7", "INDIRECT", "m8", "revealed",
                   seg(T, "the Romualdez family", "Corporation (BRC)"), None),
                  ("a8", "INDIRECT", "m9", "named", seg(T, "other political families", "ties to the sector"), None),
                  ("a9", "INDIRECT", "m10", "decried", seg(T, "the continued mining activities", "rich biodiversity"), None),
                  ("a10", "DIRECT", "m11", ("said", "said Elizabeth"),
                   "Mining continues despite the lack of permits and violations of the mining company,", None),
                  ("a11", "DIRECT", "m11", None, seg(T, "We cannot comprehend", "Corporation (APMC)."), None),
                  ("a12", "INDIRECT", "m12", ("petition", "our petition"),
                   seg(T, "the cancellation of the mining contract", "Corporation (APMC)"), "a11")])

write("test15_c.jsonl")
