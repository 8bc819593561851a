#!/usr/bin/env python3
"""Writes test16_a.jsonl: real-news gold, split test16-a (see gold.py). Run: python3 make_test16_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The "Have your say" line is removed; the stored copy stops inside the next paragraph ("The chief
# executive said a “h"), so the text is cut at the paragraph before it. The page gives no date.
# Notes:
# - Headline "Leeds hospital boss ‘sorry for waiting times’": a name followed by its quoted words
#   with no verb. FORMAT.md leaves this open; it is read like a "Name: claim" / "claim – name"
#   headline (FORMAT.md, Headlines): null cue, the name as source, DIRECT as the whole claim is
#   between the marks.
# - "has publicly apologised to the city’s residents over waiting times": a speech act with a
#   content (the corpus annotates "apologised for X" -> X); the addressee and the linking "over"
#   are left out.
# - "Her apology comes after ..." names no content of its own (it refers back); "national NHS
#   bosses ordered Leeds hospitals to tackle ..." and "ordered an action plan" are actions
#   (FORMAT.md: "ordered an inquiry"). "Figures show ..." is an evidential.
# - "Miss Boyle’s announcement ... that she is to leave ...": a noun cue whose speaker is named in
#   its NP (the possessive name is the source mention, as "PSD’s criticism" in test15).
# - "she said in a report": the report is the medium ("in a letter"), she is the source.
doc("yorkshireeveningpost-leeds-hospital-boss-sorry-waiting-times",
    url="https://www.yorkshireeveningpost.co.uk/news/health/leeds-hospital-boss-sorry-for-waiting-times-1-5723867",
    outlet="Yorkshire Evening Post", country="UK", topic="health-science", cut=True,
    text=(T := "Leeds hospital boss ‘sorry for waiting times’\n"
          "The head of Leeds hospitals has publicly apologised to the city’s residents over waiting times for treatment.\n"
          "Maggie Boyle said standards in accident and emergency units – which have faced a critical shortage of specialist doctors – were not good enough.\n"
          "She also admitted the hospitals were “letting patients down” as delays for some needing planned treatment would continue for months.\n"
          "Four patients have already waited longer than a year. Her apology comes after national NHS bosses ordered Leeds hospitals to tackle the failures, which have left Yorkshire’s biggest NHS trust with major financial problems.\n"
          "And it follows Miss Boyle’s announcement two weeks ago that she is to leave her £220,000-a-year post.\n"
          "Talking about patients waiting too long for emergency care, she told hospital directors: “I apologise to the people of Leeds for failing to achieve this standard and can assure them we are doing everything possible to improve the situation.”\n"
          "The chief executive added that missing a target for most patients to start treatment within 18 weeks of being referred by their doctor was giving “cause for concern”.\n"
          "“I am conscious that we are letting patients down and have to admit that is likely to continue for some months yet – and am very sorry that this is the case,” she said in a report.\n"
          "Hospitals aim to treat and discharge or admit 95 per cent of patients who come into accident and emergency within four hours.\n"
          "But St James’s Hospital and Leeds General Infirmary have been struggling for months.\n"
          "Figures show only 87.9 per cent of patients were seen in time in March.\n"
          "Miss Boyle said a “significant number” of staff had been recruited which would have an impact by the end of June.\n"
          "National NHS heads have also ordered an action plan to address the failure to meet the 18-weeks target. In April 564 patients had waited longer than that."),
    entities=[("boyle", "Maggie Boyle", "PERSON",
               ["Boyle", "Miss Boyle", "The head of Leeds hospitals", "Leeds hospital boss", "The chief executive"],
               "chief executive of Leeds Teaching Hospitals NHS Trust")],
    mentions=[("m1", "Leeds hospital boss", "boyle"),
              ("m2", "The head of Leeds hospitals", "boyle"),
              ("m3", "Maggie Boyle", "boyle"),
              ("m4", ("She", "She also admitted"), "boyle"),
              ("m5", ("Miss Boyle", "Miss Boyle’s announcement"), "boyle"),
              ("m6", ("she", "she told hospital directors"), "boyle"),
              ("m7", "The chief executive", "boyle"),
              ("m8", ("she", "she said in a report"), "boyle"),
              ("m9", ("Miss Boyle", "Miss Boyle said a"), "boyle")],
    attributions=[("a1", "DIRECT", "m1", None, "sorry for waiting times", None),
                  ("a2", "INDIRECT", "m2", "apologised", "waiting times for treatment", None),
                  ("a3", "INDIRECT", "m3", ("said", "Boyle said standards"),
                   seg(T, "standards in accident and emergency", "were not good enough"), None),
                  ("a4", "MIXED", "m4", "admitted",
                   seg(T, "the hospitals were “letting patients down”", "would continue for months"), None),
                  ("a5", "INDIRECT", "m5", "announcement", "she is to leave her £220,000-a-year post", None),
                  ("a6", "DIRECT", "m6", ("told", "she told hospital directors"),
                   seg(T, "I apologise to the people of Leeds", "to improve the situation."), None),
                  ("a7", "MIXED", "m7", "added",
                   seg(T, "missing a target for most patients", "“cause for concern”"), None),
                  ("a8", "DIRECT", "m8", ("said", "she said in a report"),
                   seg(T, "I am conscious that we are", "this is the case,"), None),
                  ("a9", "MIXED", "m9", ("said", "Boyle said a"),
                   seg(T, "a “significant number” of staff", "by the end of June"), None)])

# ---------------------------------------------------------------------------------------
# The stored copy stops inside Gregg's next paragraph ("Was that not the same, ..."); the text is
# cut after the paragraph before it, which opens a quotation that the stored page continues after
# the cut, so that quotation runs to the end of the text (as a train batch does for a statement
# left open by the cut). No date on the page. Notes:
# - Headline "'...' - Gregg": the "claim – name" form (FORMAT.md, Headlines), DIRECT as the claim
#   is quoted (single marks are the primary marks here). "The 'Stute" is an elision, not a mark.
# - "was bitterly disappointed by his side's display" is a state with no content (Excluded).
#   "the Coleraine man also felt that ...": a belief of a named subject (Included).
# - The quotation after "declared Gregg" runs over three paragraphs, each reopened and only the
#   last closed: one unit, continuing Gregg with a null cue (FORMAT.md, Unit). In it, "I told the
#   players ... that ...", "I said if ..." and "I have always said that ..." are nested speech of
#   the speaker (the corpus annotates "I told my players ..." inside a quote). "I also felt we
#   were nervous" is his own attitude in his own report and is not split off.
# - The quotation after "Another incident which annoyed Gregg ..." has no reporting clause: it
#   continues Gregg with a null cue, from the last mention that names him ("annoyed Gregg"), as
#   the corpus does. In it "I asked the referee why ..." is a reported question (the addressee is
#   left out) and "he said because ..." is the referee's nested claim. "I ask myself what ..." is
#   the speaker's own musing, not a report, and is not annotated.
doc("northernirelandworld-institute-gregg-second-half-very-poor",
    url="https://www.northernirelandworld.com/sport/football/second-half-display-was-very-poor-gregg-2832271",
    outlet="Northern Ireland World", country="UK", topic="sport", cut=True,
    text=(T := "'Second half display was very poor' - Gregg\n"
          "INSTITUTE manager John Gregg was bitterly disappointed by his side's display in what was built as their most important game of the season prior to the kick-off against fellow strugglers Lisburn Distillery.\n"
          "However the Coleraine man also felt that his men, who were leading at half-time, lost the game in the early stages after the break.\n"
          "\"The first 20 minutes of the second half lost us the game, it was that simple\" declared Gregg.\n"
          "\"I told the players at half-time that we needed to come out of the blocks fast, because the game is far from over and I said if we could score a second it would kill them off but they came out and we gave six free-kick's in a row in and around the edge of our box and that meant we were on the back foot.\n"
          "\"I also felt we were nervous especially whenever it went to 1-1 and 1-2 we were edgy and nervous.\n"
          "\"However I have always said that from now until the end of the season it's going to be a battle.\"\n"
          "The 'Stute gaffer conceded that his team's second half performance wasn't what he expects of any team he puts out.\n"
          "\"That second half was nothing like the way I like my teams to play, first and foremost my teams battle above anything else and in the second half there wasn't much,\" he added.\n"
          "\"We defended very well at the Oval last Tuesday night, but as a team we didn't defend well at all; you can't pick and choose your games when you want to defend and compete and our second half display on Saturday was very poor.\"\n"
          "Another incident which annoyed Gregg was keeper Gavin Cullen's dismissal for handling the ball outside his area.\n"
          "\"I asked the referee why did he send Gavin off and he said because he denied a goalscoring opportunity, but I ask myself what did Glenn Ferguson do whenever he handled the ball inside the six yard for our penalty."),
    entities=[("gregg", "John Gregg", "PERSON",
               ["Gregg", "INSTITUTE manager John Gregg", "the Coleraine man", "The 'Stute gaffer"],
               "manager of Institute FC"),
              ("referee", "the referee", "PERSON", [], "referee of the match against Lisburn Distillery")],
    mentions=[("m1", ("Gregg", "- Gregg"), "gregg"),
              ("m2", "INSTITUTE manager John Gregg", "gregg"),
              ("m3", "the Coleraine man", "gregg"),
              ("m4", ("Gregg", "declared Gregg"), "gregg"),
              ("m5", ("I", "I told the players"), "gregg"),
              ("m6", ("I", "I said if"), "gregg"),
              ("m7", ("I", "I have always said"), "gregg"),
              ("m8", "The 'Stute gaffer", "gregg"),
              ("m9", ("he", "he added"), "gregg"),
              ("m10", ("Gregg", "annoyed Gregg"), "gregg"),
              ("m11", ("I", "I asked the referee"), "gregg"),
              ("m12", ("the referee", "asked the referee"), "referee"),
              ("m13", ("he", "he said because"), "referee")],
    attributions=[("a1", "DIRECT", "m1", None, "Second half display was very poor", None),
                  ("a2", "INDIRECT", "m3", ("felt", "also felt that his men"),
                   seg(T, "his men, who were leading", "in the early stages after the break"), None),
                  ("a3", "DIRECT", "m4", "declared",
                   "The first 20 minutes of the second half lost us the game, it was that simple", None),
                  ("a4", "DIRECT", "m4", None, seg(T, "I told the players at half-time", "it's going to be a battle."), None),
                  ("a5", "INDIRECT", "m5", ("told", "I told the players"),
                   "we needed to come out of the blocks fast, because the game is far from over", "a4"),
                  ("a6", "INDIRECT", "m6", ("said", "I said if"), "if we could score a second it would kill them off", "a4"),
                  ("a7", "INDIRECT", "m7", ("said", "always said that"),
                   "from now until the end of the season it's going to be a battle", "a4"),
                  ("a8", "INDIRECT", "m8", "conceded",
                   seg(T, "his team's second half performance", "any team he puts out"), None),
                  ("a9", "DIRECT", "m9", ("added", "he added"),
                   seg(T, "That second half was nothing like", "there wasn't much,"), None),
                  ("a10", "DIRECT", "m9", None, seg(T, "We defended very well", "on Saturday was very poor."), None),
                  ("a11", "DIRECT", "m10", None, seg(T, "I asked the referee", "for our penalty."), None),
                  ("a12", "INDIRECT", "m11", ("asked", "I asked the referee"), "why did he send Gavin off", "a11"),
                  ("a13", "INDIRECT", "m13", ("said", "he said because"), "because he denied a goalscoring opportunity", "a11")])

# ---------------------------------------------------------------------------------------
# The stored copy stops inside the next paragraph ("She added that they were able to remove one of
# the caravans"), so the text is cut at the paragraph before it. "Kaieteur News –" opens the lead
# like a dateline and is not an attribution. Notes:
# - "on allegations that ...": a noun cue with no claimant, null source (FORMAT.md, Null source).
# - "the first charge which stated that ..." / "The second charge stated that ...": a charge sheet
#   is a document whose author is not named, so each charge is its own entity, as the corpus does
#   ("the charge, which stated ..."); the source of a cue in a relative clause is its antecedent.
# - "pleaded not guilty" is a court act and is not annotated, as in the corpus; "were not required
#   to plead" is no claim either.
# - "acting on instructions from the Minister of Public Works, Juan Edghill to remove the stalls":
#   a directive noun cue whose speaker is named in its NP, nested in the prosecutor's claim.
doc("kaieteurnewsonline-georgetown-mayor-opposition-mp-bail",
    url="https://www.kaieteurnewsonline.com/2022/12/16/georgetown-mayor-opposition-mp-on-200k-bail-each-for-controversial-remarks-traffic-offences/",
    outlet="Kaieteur News", country="Guyana", topic="courts-crime", cut=True, published="2022-12-16",
    text=(T := "Georgetown Mayor, Opposition MP on $200k bail each for controversial remarks, traffic offences\n"
          "Kaieteur News – The Mayor of Georgetown, Ubraj Narine and Opposition Member of Parliament (MP) Sherod Duncan were on Thursday placed on $200,000 bail on allegations that they attempted to excite ethnic division among citizens as well obstructing traffic.\n"
          "The duo appeared at the Georgetown Magistrates’ Courts before Chief Magistrate Ann McLennan. The City Mayor and Duncan were not required to plead to the first charge which stated that on Monday December 12, at New Market Street, Georgetown, they intentionally transmitted by use of computer system a video attempting to excite ethnic division among the people of Guyana on the ground of race. While the first charge was laid indictably, the second charge was laid summarily.\n"
          "The second charge stated that on December 12, at New Market Street, the Mayor and the MP attempted to excite public hostility or ill will against a section of the public on the grounds of their race. Both Narine and Duncan pleaded not guilty to the second charge after it was read to them. They are being represented by a battery of lawyers led by Senior Counsel, Roysdale Forde. The other attorneys include: Khemraj Ramjattan; Darren Wade and Amanza Walton-Desir.\n"
          "Police Prosecutor Shellon Daniels, who is prosecuting the matter, told the court that both charges stemmed from one issue so the matters will be heard together.\n"
          "Prosecutor Daniels said that Onika Vickory, a senior technician employed with the Ministry of Public Works, acting on instructions from the Minister of Public Works, Juan Edghill to remove the stalls on New Market Street had contracted three trucks and drivers to carry out a removal exercise of the stalls along New Market Street (in front of the Georgetown Public Hospital)."),
    entities=[("charge1", "the first charge", "ORGANIZATION", [],
               "first charge against the Mayor and the MP (transmitting a video to excite ethnic division)"),
              ("charge2", "the second charge", "ORGANIZATION", [],
               "second charge against the Mayor and the MP (exciting public hostility on the grounds of race)"),
              ("daniels", "Shellon Daniels", "PERSON",
               ["Daniels", "Prosecutor Daniels", "Police Prosecutor Shellon Daniels"], "police prosecutor"),
              ("edghill", "Juan Edghill", "PERSON",
               ["Edghill", "the Minister of Public Works, Juan Edghill"], "Minister of Public Works of Guyana")],
    mentions=[("m1", ("the first charge", "plead to the first charge"), "charge1"),
              ("m2", ("the first charge", "While the first charge"), "charge1"),
              ("m3", ("the second charge", "the second charge was laid"), "charge2"),
              ("m4", ("The second charge", "The second charge stated"), "charge2"),
              ("m5", ("the second charge", "to the second charge after"), "charge2"),
              ("m6", "Police Prosecutor Shellon Daniels", "daniels"),
              ("m7", ("Prosecutor Daniels", "Prosecutor Daniels said"), "daniels"),
              ("m8", "the Minister of Public Works, Juan Edghill", "edghill")],
    attributions=[("a1", "INDIRECT", None, "allegations",
                   "they attempted to excite ethnic division among citizens as well obstructing traffic", None),
                  ("a2", "INDIRECT", "m1", ("stated", "which stated"),
                   seg(T, "on Monday December 12, at New Market", "on the ground of race"), None),
                  ("a3", "INDIRECT", "m4", ("stated", "The second charge stated"),
                   seg(T, "on December 12, at New Market Street, the Mayor", "on the grounds of their race"), None),
                  ("a4", "INDIRECT", "m6", "told",
                   "both charges stemmed from one issue so the matters will be heard together", None),
                  ("a5", "INDIRECT", "m7", ("said", "Daniels said that"),
                   seg(T, "Onika Vickory, a senior technician", "the Georgetown Public Hospital)"), None),
                  ("a6", "INDIRECT", "m8", "instructions", "to remove the stalls on New Market Street", "a5")])

# ---------------------------------------------------------------------------------------
# The "Are you sure?" line is removed; the stored text is verbatim otherwise (its "reponse", the
# double space before "\"Such" and the missing full stop after "he adds" are the page's). The page
# gives no year. Notes:
# - Headline "Minister lashes back at Financial Times": the target is the content, as the corpus
#   does for "lashed out at X".
# - "Financial Times published an editorial ..., outlining major criticisms towards ...": one claim
#   of the paper (named in the sentence, so the editorial is the paper's, FORMAT.md, Documents),
#   the NP "major criticisms towards ..." its content; the criticisms are the paper's own and are
#   not split off. The source mention is the sentence subject "Financial Times".
# - "Kovács said \"...,\" the letter reads": one claim, the governing clause wins over the
#   trailing repeat (FORMAT.md, Two clauses); there "the letter" names its author in its sentence
#   and is a mention of Kovács. In "the letter continues" and "the letter concludes" no author is
#   named in the sentence, so FORMAT.md (Documents) makes "the letter" its own entity.
# - "even if you decry this as “nationalism”" inside Kovács's quote: FORMAT.md leaves a concessive
#   "even if" open; the marks show the paper's own word, so it is read as the paper's reported
#   speech (nested, like "labelled X Y"), not a hypothetical; "to label the government’s actions
#   as “legally spurious”" in the letter's last quote is nested the same way. "if you had been
#   equally critical" is a hypothetical and is not annotated.
# - "\"Additionally,\" the letter continues, \"...\"" and "\"...,\" he adds \"and ...\"" are
#   interrupted quotations: two attributions each, the second with a null cue (FORMAT.md).
doc("bbj-kovacs-lashes-back-at-financial-times",
    url="https://bbj.hu/https:/bbj.hu/politics/minister-lashes-back-at-financial-times_59408",
    outlet="Budapest Business Journal", country="Hungary", topic="politics", cut=False,
    text=(T := "Minister lashes back at Financial Times\n"
          "On August 5, Financial Times published an editorial titled \"Orbán warfare,\" outlining major criticisms towards Fidesz-led government and Prime Minister Viktor Orbán. Today the newspaper published a letter by Zoltán Kovács, Minister of State for Government Communication of Hungarian Ministry of Public Administration, in reponse to the editorial.\n"
          "Kovács said \"the Hungarian government is accountable to Hungary’s voters, not to foreign journalists, even if you decry this as “nationalism”. The government’s support at home remains solid. Hence its legitimacy, derived from the voters, is not in question,\" the letter reads.\n"
          "According to Kovács, the unintended consequence of FT's editorial is strengthened support for a government that resists being pushed around by foreigners.\n"
          "\"Additionally,\" the letter continues, \"your negative comment would have much more force if you had been equally critical of the 2002-10 leftwing Hungarian governments and their disastrous policies.\" Kovacs believes that FT applies double standards.  \"Such inconsistency undermines criticism in Hungarian eyes,\" he adds \"and this is what counts.\"\n"
          "On a more specific subject, Kovács refutes that there were attempts to bring charges against the former premiers. \"Rather, a recommendation has been made to the appropriate parliamentary committee to consider the grounds for charges to be brought. Nor, in the event, would any charges be brought retroactively: Hungary’s constitution would not allow this,\" he adds\n"
          "\"It is ironic that you presume sufficient knowledge of the legal basis to label the government’s actions as “legally spurious”, while at the same time demonstrating that you yourself have a very poor understanding of Hungarian law,\" the letter concludes."),
    entities=[("kovacs", "Zoltán Kovács", "PERSON",
               ["Kovács", "Kovacs", "Minister",
                "Zoltán Kovács, Minister of State for Government Communication of Hungarian Ministry of Public Administration"],
               "Hungarian Minister of State for Government Communication"),
              ("ft", "Financial Times", "ORGANIZATION", ["FT", "the newspaper"], "British newspaper"),
              ("letter", "the letter", "ORGANIZATION", [], "Kovács's letter to the Financial Times")],
    mentions=[("m1", ("Minister", "Minister lashes"), "kovacs"),
              ("m2", ("Financial Times", "back at Financial Times"), "ft"),
              ("m3", ("Financial Times", "5, Financial Times"), "ft"),
              ("m4", ("the newspaper", "Today the newspaper"), "ft"),
              ("m5", "Zoltán Kovács, Minister of State for Government Communication of Hungarian Ministry of Public Administration", "kovacs"),
              ("m6", ("Kovács", "Kovács said"), "kovacs"),
              ("m7", ("you", "even if you decry"), "ft"),
              ("m8", ("the letter", "the letter reads"), "kovacs"),
              ("m9", ("Kovács", "According to Kovács"), "kovacs"),
              ("m10", ("the letter", "the letter continues"), "letter"),
              ("m11", ("Kovacs", "Kovacs believes"), "kovacs"),
              ("m12", ("FT", "that FT applies"), "ft"),
              ("m13", ("he", "he adds \"and"), "kovacs"),
              ("m14", ("Kovács", "Kovács refutes"), "kovacs"),
              ("m15", ("he", "he adds\n"), "kovacs"),
              ("m16", ("you", "that you presume"), "ft"),
              ("m17", ("the letter", "the letter concludes"), "letter")],
    attributions=[("a1", "INDIRECT", "m1", "lashes back at", ("Financial Times", "back at Financial Times"), None),
                  ("a2", "INDIRECT", "m3", "outlining",
                   "major criticisms towards Fidesz-led government and Prime Minister Viktor Orbán", None),
                  ("a3", "DIRECT", "m6", ("said", "Kovács said"),
                   seg(T, "the Hungarian government is accountable", "is not in question,"), None),
                  ("a4", "MIXED", "m7", "decry", "this as “nationalism”", "a3"),
                  ("a5", "INDIRECT", "m9", "According to",
                   seg(T, "the unintended consequence", "pushed around by foreigners"), None),
                  ("a6", "DIRECT", "m10", "continues", "Additionally,", None),
                  ("a7", "DIRECT", "m10", None, seg(T, "your negative comment", "their disastrous policies."), None),
                  ("a8", "INDIRECT", "m11", "believes", "FT applies double standards", None),
                  ("a9", "DIRECT", "m13", ("adds", "he adds \"and"), "Such inconsistency undermines criticism in Hungarian eyes,", None),
                  ("a10", "DIRECT", "m13", None, "and this is what counts.", None),
                  ("a11", "INDIRECT", "m14", "refutes", "there were attempts to bring charges against the former premiers", None),
                  ("a12", "DIRECT", "m15", ("adds", "he adds\n"),
                   seg(T, "Rather, a recommendation has been made", "would not allow this,"), None),
                  ("a13", "DIRECT", "m17", "concludes",
                   seg(T, "It is ironic that you presume", "understanding of Hungarian law,"), None),
                  ("a14", "MIXED", "m16", "label", "the government’s actions as “legally spurious”", "a13")])

# ---------------------------------------------------------------------------------------
# The stored copy stops inside the next paragraph ("“The mediation blitz has borne fru"), so the
# text is cut at the paragraph before it. Notes:
# - Standfirst "The union is expected to vote ...": an agentless forecast, raised subject left out,
#   null source (FORMAT.md, Left outside).
# - "the deadline of its ultimatum to lay off 500 employees": a noun cue (the corpus annotates
#   "ultimatum"), its possessive pronoun the source mention (Olymel).
# - "The company and union both announced the deal": a coordinated subject is one GROUP; "announced"
#   takes a noun-phrase content (FORMAT.md, Included).
# - "The threat of layoffs remains ...": FORMAT.md leaves a bare "threat of X" open; the threat is the
#   company's ultimatum (it "has been pushed to Wednesday"), a speech act as "threats to kill" in
#   the corpus, so it is annotated with "of" left out and a null source, as the NP names nobody.
#   "poses the threat of humanitarian slaughter" inside Beauchamp's quote is a danger, not speech.
# - "Beauchamp said “...”": DIRECT, the whole content is one quotation (FORMAT.md, Type). "the
#   decision ... announced on Aug. 24" is a participle with no finite reporting verb (Excluded).
# - "rejected a previous agreement", "named a mediator": actions.
doc("montrealgazette-olymel-deal-in-principle-union",
    url="https://montrealgazette.com/business/local-business/olymel-meat-plant-reaches-deal-in-principle-with-union",
    outlet="Montreal Gazette", country="Canada", topic="business", cut=True, published="2021-08-29",
    text=(T := "Olymel meat plant reaches deal in principle with union\n"
          "The union is expected to vote on the new deal on Tuesday.\n"
          "Meat processing company Olymel reached a deal in principle with its union on a new contract, hours before the deadline of its ultimatum to lay off 500 employees. The company and union both announced the deal on Sunday.\n"
          "The threat of layoffs remains a sword of Damocles over the heads of striking workers at the plant in Vallée-Jonction in Quebec’s Beauce region, because it has been pushed to Wednesday.\n"
          "Olymel First Vice-President Paul Beauchamp said “the decision to abolish the evening shift announced on Aug. 24 is therefore suspended to allow the union leaders to organize a general assembly of its members.” He said the “difficult decision” would be “abandoned in the event of a vote in favour of the agreement in principle.”\n"
          "The Olymel Workers Union, affiliated with CSN, has been on strike since April 28. At issue in the strike are worker salaries, schedules and the duration of the collective agreement.\n"
          "Beauchamp said the strike “has had extremely negative economic impacts on the company and the region and still poses the threat of humanitarian slaughter and food waste, in addition to coercing several Quebec pork producers under unacceptable breeding conditions.”\n"
          "More than 150,000 pigs were waiting to be slaughtered last week. Olymel accounts for 80 per cent of the province’s slaughtering capacity for pigs, according to the Union des producteurs agricoles du Québec.\n"
          "This month, 57 per cent of workers rejected a previous agreement in principle reached Aug. 14. Quebec Labour Minister Jean Boulet named a mediator, Jean Poirier, who held intense negotiations starting Friday morning."),
    entities=[("olymel", "Olymel", "ORGANIZATION", ["Meat processing company Olymel"], "Quebec meat processing company"),
              ("companyunion", "The company and union", "GROUP", [], "Olymel and the Olymel Workers Union together"),
              ("beauchamp", "Paul Beauchamp", "PERSON",
               ["Beauchamp", "Olymel First Vice-President Paul Beauchamp"], "First Vice-President of Olymel"),
              ("upa", "the Union des producteurs agricoles du Québec", "ORGANIZATION",
               ["Union des producteurs agricoles du Québec"], "Quebec farmers' union")],
    mentions=[("m1", "Meat processing company Olymel", "olymel"),
              ("m2", ("its", "its ultimatum"), "olymel"),
              ("m3", "The company and union", "companyunion"),
              ("m4", "Olymel First Vice-President Paul Beauchamp", "beauchamp"),
              ("m5", ("He", "He said the"), "beauchamp"),
              ("m6", ("Beauchamp", "Beauchamp said the strike"), "beauchamp"),
              ("m7", ("the company", "impacts on the company"), "olymel"),
              ("m8", ("Olymel", "Olymel accounts"), "olymel"),
              ("m9", "the Union des producteurs agricoles du Québec", "upa")],
    attributions=[("a1", "INDIRECT", None, "expected", "to vote on the new deal on Tuesday", None),
                  ("a2", "INDIRECT", "m2", "ultimatum", "to lay off 500 employees", None),
                  ("a3", "INDIRECT", "m3", ("announced", "announced the deal"), ("the deal", "announced the deal"), None),
                  ("a4", "INDIRECT", None, ("threat", "The threat of layoffs"), ("layoffs", "The threat of layoffs"), None),
                  ("a5", "DIRECT", "m4", ("said", "Beauchamp said “the"),
                   seg(T, "the decision to abolish", "a general assembly of its members."), None),
                  ("a6", "MIXED", "m5", ("said", "He said the"),
                   seg(T, "the “difficult decision”", "the agreement in principle.”"), None),
                  ("a7", "MIXED", "m6", ("said", "Beauchamp said the strike"),
                   seg(T, "the strike “has had", "unacceptable breeding conditions.”"), None),
                  ("a8", "INDIRECT", "m9", "according to",
                   "Olymel accounts for 80 per cent of the province’s slaughtering capacity for pigs", None)])

# ---------------------------------------------------------------------------------------
# The photo credit and caption printed before the headline ("Jason Franson/The Canadian Press",
# "An oil spill occurred ...") are removed; the stored copy stops inside the next paragraph ("though
# no one knows how long that wi"), so the text is cut at the paragraph before it. Notes:
# - Headline "First Nations Demand Inclusion as ...": "Demand" is the cue, the "as" clause an
#   adjunct. "First Nations" is a GROUP of its own; the FSIN, which speaks for them, is a separate
#   entity (FORMAT.md: a group's representatives are separate entities).
# - "has called for “...” to a pipeline leak that ...": the quoted NP continues into "to a pipeline
#   leak ..." (the response to the leak), so the content runs to the end of the clause: MIXED.
# - "While pipeline operator Husky Energy was keeping ...": an adjunct, left out.
# - "We need assurances that ..." inside Cameron's quote asks for assurances not yet given: no
#   nested claim.
# - "That will arrive ...": a demonstrative "That" opens the content and is kept.
doc("indiancountrytodaymedianetwork-first-nations-demand-inclusion-pipeline-spill",
    url="https://indiancountrytodaymedianetwork.com/2016/07/25/oil-fouls-water-supply-saskatchewan-pipeline-breach-165261",
    outlet="Indian Country Today Media Network", country="US", topic="environment", cut=True, published="2016-07-25",
    keep_that=("a9",),
    text=(T := "First Nations Demand Inclusion as Pipeline Breach Fouls North Saskatchewan River\n"
          "The Federation of Sovereign Indigenous Nations (FSIN) has called for “full First Nation participation and representation during the emergency response” to a pipeline leak that dumped 53,000 to 66,000 gallons of oil into the North Saskatchewan River system on July 21.\n"
          "While pipeline operator Husky Energy was keeping several First Nations abreast of developments, the FSIN said it should also include representation in the command center that the company has set up.\n"
          "“We acknowledge the inclusion of information to Chief Whitecalf as a good first step in cooperating with First Nations to address the oil spill but we need further representation in the command center,” said FSIN Chief Bobby Cameron in a statement on July 25. “We need assurances that First Nations’ interests in respect to our Inherent and Treaty Rights to hunting, trapping, fishing and gathering will be taken into account during the decision making process. As stewards of the land it is our role to protect the environment including the waterways.”\n"
          "Sweetgrass First Nation Chief Lori Whitecalf has received updates, according to the FSIN. Meanwhile, Battleford Tribal Council and the Prince Albert Grand Council are preparing for the spill to flow through their communities, the FSIN said. The emergency has already caused the Prince Albert water system to shut down its intake, and the 35,000-population city is building a temporary water pipeline, between 12 and 20 miles long, from another river, according to the Canadian Press. That will arrive at a point on the South Saskatchewan River near Muskoday First Nation, the Canadian Press reported."),
    entities=[("firstnations", "First Nations", "GROUP", [], "First Nations affected by the Husky Energy pipeline spill"),
              ("fsin", "The Federation of Sovereign Indigenous Nations (FSIN)", "ORGANIZATION",
               ["Federation of Sovereign Indigenous Nations", "FSIN", "the FSIN"], "Saskatchewan First Nations federation"),
              ("cameron", "Bobby Cameron", "PERSON", ["Cameron", "FSIN Chief Bobby Cameron"], "Chief of the FSIN"),
              ("cp", "the Canadian Press", "ORGANIZATION", ["Canadian Press"], "Canadian news agency")],
    mentions=[("m1", ("First Nations", "First Nations Demand"), "firstnations"),
              ("m2", "The Federation of Sovereign Indigenous Nations (FSIN)", "fsin"),
              ("m3", ("the FSIN", "the FSIN said it"), "fsin"),
              ("m4", "FSIN Chief Bobby Cameron", "cameron"),
              ("m5", ("First Nations", "cooperating with First Nations"), "firstnations"),
              ("m6", ("the FSIN", "according to the FSIN"), "fsin"),
              ("m7", ("the FSIN", "the FSIN said. The"), "fsin"),
              ("m8", ("the Canadian Press", "according to the Canadian Press"), "cp"),
              ("m9", ("the Canadian Press", "the Canadian Press reported"), "cp")],
    attributions=[("a1", "INDIRECT", "m1", "Demand", "Inclusion", None),
                  ("a2", "MIXED", "m2", "called for",
                   seg(T, "“full First Nation participation", "River system on July 21"), None),
                  ("a3", "INDIRECT", "m3", ("said", "the FSIN said it"),
                   "it should also include representation in the command center that the company has set up", None),
                  ("a4", "DIRECT", "m4", ("said", "said FSIN Chief"),
                   seg(T, "We acknowledge the inclusion", "further representation in the command center,"), None),
                  ("a5", "DIRECT", "m4", None, seg(T, "We need assurances that", "including the waterways."), None),
                  ("a6", "INDIRECT", "m6", ("according to", "according to the FSIN"),
                   "Sweetgrass First Nation Chief Lori Whitecalf has received updates", None),
                  ("a7", "INDIRECT", "m7", ("said", "the FSIN said. The"),
                   seg(T, "Battleford Tribal Council", "flow through their communities"), None),
                  ("a8", "INDIRECT", "m8", ("according to", "according to the Canadian Press"),
                   seg(T, "The emergency has already caused", "from another river"), None),
                  ("a9", "INDIRECT", "m9", "reported",
                   "That will arrive at a point on the South Saskatchewan River near Muskoday First Nation", None)])

write("test16_a.jsonl")
