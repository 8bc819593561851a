#!/usr/bin/env python3
"""Writes test14_a.jsonl: real-news gold, split test14-a (see gold.py). Run: python3 make_test14_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The photo caption, the "ACN | Barcelona" byline and the date line are removed; the stored copy
# stops inside the next cross-head ("Talking “as if economic crisis was over”"), so the text is cut
# at the paragraph before it. Notes:
# - Headline "Opposition questions government’s priorities": "questions" is evaluative reporting
#   with a noun-phrase content, like "criticised X". The standfirst's "Parties critical of
#   executive" is a state with no reported content ("was unhappy with"); "Parties" is marked as a
#   mention of the opposition. "based their speeches on criticizing the cabinet’s agenda" takes the
#   target of "criticizing" as content, as the corpus does for "criticizing the referees".
# - "blasted the government over its priorities" and "criticized the government for its
#   "disorientation,"" take their object with its "over"/"for" phrase as content, as the corpus
#   does for "criticising Zahid for allegedly trying ..."; "during the ... debate" is an adjunct.
# - "he demanded an agreed and binding referendum from Madrid": "from Madrid" is the addressee
#   and is left out (FORMAT.md, Left outside). "flatly rejected any links ..." is a denial, a
#   second claim of the same "he" (Torra, whose own name only occurs as a possessive, unmarked).
# - The quoted cross-head “We need to look ahead” has no speaker: DIRECT, null source and cue.
# - Niubó's quotation after "told Catalan News that ..." has no reporting clause of its own and
#   continues her (null cue). Inside it, "we need ... to say that Catalonia deserves ..." is a
#   speech act still to be made (a hypothetical inside a quote, Excluded): not nested.
#   "referring to voters ..." and "Talking to Catalan News" are adjuncts/media, not claims.
doc("catalannews-opposition-questions-government-priorities",
    url="https://www.catalannews.com/politics/item/opposition-questions-government-s-priorities",
    outlet="Catalan News", country="Spain", topic="politics", cut=True, published="2019-09-26",
    text=(T := "Opposition questions government’s priorities\n"
          "Parties critical of executive and put focus on social policies ahead of 2020 budget talks\n"
          "Opposition parties blasted the government over its priorities during the key annual general policies debate that took place in parliament on Wednesday.\n"
          "After president Quim Torra’s opening speech, in which he demanded an agreed and binding referendum from Madrid, and flatly rejected any links between the independence movement and terrorism, some parliamentary groups based their speeches on criticizing the cabinet’s agenda.\n"
          "Talking to Catalan News outside the chamber, MP for the unionist People's Party, Esperanza García, said: “Only one law was passed last year, so the problems of the Catalan people – health care, security, for example in Barcelona we have lots of problems with this issue – have not been solved.”\n"
          "“We need to look ahead”\n"
          "Meanwhile, the head of the Catalan Socialists, Miquel Iceta, criticized the government for its \"disorientation,\" but said his party is open to talks if it chooses to govern \"for all Catalans and not just those who think in a certain way,\" referring to voters who support independence.\n"
          "In the same vein, MP for the Socialists, Esther Niubó, told Catalan News that the government needs other priorities. “We need to make progress and look ahead, not to look into the past, but to the future, and to say that Catalonia deserves investment in social areas, [such as] in education and health.”\n"
          "“[We have to make] important efforts in these areas and we are wasting time with other things that are not useful for all Catalans,” she added."),
    entities=[("opposition", "Opposition parties", "GROUP", ["Opposition", "Parties"], "opposition parties in the Catalan parliament"),
              ("groups", "some parliamentary groups", "GROUP", [], "some of the parliamentary groups"),
              ("torra", "Quim Torra", "PERSON", ["Torra", "president Quim Torra"], "President of Catalonia"),
              ("garcia", "Esperanza García", "PERSON",
               ["García", "MP for the unionist People's Party, Esperanza García"], "People's Party MP"),
              ("iceta", "Miquel Iceta", "PERSON", ["Iceta", "the head of the Catalan Socialists, Miquel Iceta"],
               "leader of the Catalan Socialists"),
              ("niubo", "Esther Niubó", "PERSON", ["Niubó", "MP for the Socialists, Esther Niubó"], "Socialist MP")],
    mentions=[("m1", ("Opposition", "Opposition questions"), "opposition"),
              ("m2", ("Parties", "Parties critical"), "opposition"),
              ("m3", "Opposition parties", "opposition"),
              ("m4", ("he", "he demanded"), "torra"),
              ("m5", "some parliamentary groups", "groups"),
              ("m6", "MP for the unionist People's Party, Esperanza García", "garcia"),
              ("m7", "the head of the Catalan Socialists, Miquel Iceta", "iceta"),
              ("m8", "MP for the Socialists, Esther Niubó", "niubo"),
              ("m9", ("she", "she added"), "niubo")],
    attributions=[("a1", "INDIRECT", "m1", "questions", "government’s priorities", None),
                  ("a2", "INDIRECT", "m3", "blasted", "the government over its priorities", None),
                  ("a3", "INDIRECT", "m4", "demanded", "an agreed and binding referendum", None),
                  ("a4", "INDIRECT", "m4", "rejected", "any links between the independence movement and terrorism", None),
                  ("a5", "INDIRECT", "m5", "criticizing", "the cabinet’s agenda", None),
                  ("a6", "DIRECT", "m6", ("said", "García, said"),
                   seg(T, "Only one law was passed", "have not been solved."), None),
                  ("a7", "DIRECT", None, None, "We need to look ahead", None),
                  ("a8", "MIXED", "m7", "criticized", "the government for its \"disorientation,\"", None),
                  ("a9", "MIXED", "m7", ("said", "but said his party"),
                   "his party is open to talks if it chooses to govern \"for all Catalans and not just those who think in a certain way,\"", None),
                  ("a10", "INDIRECT", "m8", "told", "the government needs other priorities", None),
                  ("a11", "DIRECT", "m8", None, seg(T, "We need to make progress", "in education and health."), None),
                  ("a12", "DIRECT", "m9", ("added", "she added"),
                   seg(T, "[We have to make] important", "not useful for all Catalans,"), None)])

# ---------------------------------------------------------------------------------------
# Two "Hide Ad" lines are removed. The stored copy stops in the next item ("Du…"), so the text is
# cut at the paragraph before it. The page gives no date. Notes:
# - The newspapers are sources where they make a claim ("according to the Mail", "the paper also
#   claims", "the Express believe"), as FORMAT.md takes "the Courier reported". The credit lines
#   "(Record)" and "(Sun)" at paragraph ends name the medium of the item and are not sources.
# - "The Record make Cameron and Hartley joint 4-1 favourites" gives betting odds, read like
#   "polls put her at 40 percent" (Excluded, evidentials): not annotated.
# - "Ally McCoist has gone on the offensive over the EBT investigation, calling it an insult":
#   two claims of McCoist ("gone on the offensive over" read like "lashed out at", its target as
#   content; "calling X Y" like "calls the decision a smokescreen"), as seed a18/a19.
# - "It also emerged that ..." is an agentless report: null source, cue "emerged" (corpus,
#   make_train_d.py). "now wants attention to turn to Craig Whyte" keeps the subject of the
#   infinitive, as the corpus does for "wanted X to Y".
# - The quotations of McCoist and Johnston run over two paragraphs (the first left open, the next
#   reopened): one attribution each. "Johnston, chairman at Ibrox from 2009 to 2011" keeps its
#   short role apposition; the first mention leaves out its relative clause.
# - "Rangers reaction" is an unquoted cross-head, a label.
doc("scotsman-rumour-mill-hearts-manager-rangers-ebt",
    url="https://www.scotsman.com/sport/football/rumour-mill-hearts-manager-rangers-ebt-case-1587992",
    outlet="The Scotsman", country="UK", topic="sport", cut=True,
    text=(T := "Rumour Mill: Hearts manager | Rangers EBT case\n"
          "HEARTS are searching for a new manager, while the fall-out continues from the Rangers EBT report. All this and more in today’s Rumour Mill\n"
          "The now-vacant Hearts job is the subject of a huge amount of speculation. Gary Locke is in charge of the side at present, but a long list of candidates has emerged for the role. Former Hearts midfielder Paul Hartley is “the initial front-runner” according to the Mail, but the paper also claims that Cowdenbeath’s Colin Cameron and former Scotland boss Craig Levein are in the hunt.\n"
          "The Record make Cameron and Hartley joint 4-1 favourites, with highland duo Terry Butcher and Derek Adams long-shots for the role. However, the Express believe that Gorgie legends Allan Johnston and Sandy Clark could be the men for the job.\n"
          "Meanwhile, Vladimir Romanov is to give up on his life as Hearts chairman and banker - to become a taxi driver. Romanov said that after the demise of his Ukio Bankas banking operation, he was left with “the money in (my) pocket”. (Record)\n"
          "Rangers reaction\n"
          "Ally McCoist has gone on the offensive over the EBT investigation, calling it an insult to the club.\n"
          "McCoist said: “I found the whole approach to this matter by the SPL utterly bizarre and misguided.\n"
          "“It’s been niggling away at all our minds for a long time now.” (Sun)\n"
          "It also emerged that the legal team for the EBT investigation cost Rangers £500,000 - double the fine they were served by Lord Nimmo-Smith.\n"
          "Alastair Johnston, the former Rangers chairman who presided over some of Rangers’ use of EBTs, has welcomed Lord Nimmo-Smith’s verdict and now wants attention to turn to Craig Whyte.\n"
          "Johnston, chairman at Ibrox from 2009 to 2011, said: “The most important thing is the titles have been retained and it’s time to move forward, although only to some extent.\n"
          "“There’s still some unfinished business with Whyte and the evil he perpetrated on the club.” (Record)"),
    entities=[("mail", "the Mail", "ORGANIZATION", ["Mail", "the paper"], "Daily Mail, newspaper"),
              ("express", "the Express", "ORGANIZATION", ["Express"], "Daily Express, newspaper"),
              ("romanov", "Vladimir Romanov", "PERSON", ["Romanov"], "Hearts chairman"),
              ("mccoist", "Ally McCoist", "PERSON", ["McCoist"], "Rangers manager"),
              ("johnston", "Alastair Johnston", "PERSON",
               ["Johnston", "Alastair Johnston, the former Rangers chairman",
                "Johnston, chairman at Ibrox from 2009 to 2011"], "former Rangers chairman")],
    mentions=[("m1", ("the Mail", "according to the Mail"), "mail"),
              ("m2", "the paper", "mail"),
              ("m3", "the Express", "express"),
              ("m4", "Vladimir Romanov", "romanov"),
              ("m5", ("Romanov", "Romanov said"), "romanov"),
              ("m6", "Ally McCoist", "mccoist"),
              ("m7", ("McCoist", "McCoist said"), "mccoist"),
              ("m8", "Alastair Johnston, the former Rangers chairman", "johnston"),
              ("m9", "Johnston, chairman at Ibrox from 2009 to 2011", "johnston")],
    attributions=[("a1", "MIXED", "m1", "according to", "Former Hearts midfielder Paul Hartley is “the initial front-runner”", None),
                  ("a2", "INDIRECT", "m2", "claims",
                   "Cowdenbeath’s Colin Cameron and former Scotland boss Craig Levein are in the hunt", None),
                  ("a3", "INDIRECT", "m3", "believe",
                   "Gorgie legends Allan Johnston and Sandy Clark could be the men for the job", None),
                  ("a4", "MIXED", "m5", ("said", "Romanov said"),
                   "after the demise of his Ukio Bankas banking operation, he was left with “the money in (my) pocket”", None),
                  ("a5", "INDIRECT", "m6", "gone on the offensive over", ("the EBT investigation", "offensive over the EBT"), None),
                  ("a6", "INDIRECT", "m6", "calling", "it an insult to the club", None),
                  ("a7", "DIRECT", "m7", ("said", "McCoist said"),
                   seg(T, "I found the whole approach", "for a long time now."), None),
                  ("a8", "INDIRECT", None, ("emerged", "also emerged"),
                   seg(T, "the legal team for the EBT", "served by Lord Nimmo-Smith"), None),
                  ("a9", "INDIRECT", "m8", "welcomed", "Lord Nimmo-Smith’s verdict", None),
                  ("a10", "INDIRECT", "m8", "wants", "attention to turn to Craig Whyte", None),
                  ("a11", "DIRECT", "m9", ("said", "2011, said"),
                   seg(T, "The most important thing", "perpetrated on the club."), None)])

# ---------------------------------------------------------------------------------------
# The stored copy stops inside the next quotation ("“The judgment was that ... Stran"), so the text
# is cut at the paragraph before it. The page gives no date. Notes:
# - Headline "...: documents" is a claim-colon-name headline (FORMAT.md, Headlines): source
#   "documents", null cue. Inside it "Health officials knew of E. coli outbreak" is nested
#   ("knew", like "knows"/"aware" in the corpus); "of" links the cue and "5 days before public"
#   is an adjunct of the knowing, both left out.
# - In the body, "documents ... show", "Notes ... show that" and "the notes show" are evidentials
#   (FORMAT.md, Excluded: "the footage showed") and are not annotated; the beliefs they report
#   ("knew", "were aware of", "reported eating") are, as top-level claims. In the lead, "five days
#   before they informed the public ..." is again an adjunct of "knew".
# - Public health officials, staff, Health Department officials and Officials are one collective
#   (FORMAT.md, Coreference); the Health Department is its own entity. The notes (a document
#   whose author is not named) are their own GROUP entity, and "the notes say" is DIRECT; the next
#   quotation continues them. "issued a news release confirming ..." is the department's claim.
# - "Until we know what the link is" inside the notes' quotation is a temporal clause, not a claim.
doc("macleans-nova-scotia-e-coli-outbreak-documents",
    url="https://www.macleans.ca/news/health-officials-knew-of-e-coli-outbreak-5-days-before-public-documents/",
    outlet="Maclean's", country="Canada", topic="health-science", cut=True,
    text=(T := "Health officials knew of E. coli outbreak 5 days before public: documents\n"
          "HALIFAX – Public health officials in Nova Scotia knew they were dealing with an outbreak of E. coli five days before they informed the public about it in early January, documents obtained by The Canadian Press show.\n"
          "The first indication that staff were aware of the E. coli 0157 outbreak appears in two emails sent by the province’s chief medical officer to staff with the Health Department and district health authorities on Dec. 31, 2012.\n"
          "In one of the emails, Dr. Robert Strang says the Health Department was in the process of gathering more information about the outbreak and officials would meet on Jan. 2 to assess it.\n"
          "Notes from that day’s meeting, which were released under access-to-information legislation, show that Health Department officials knew there were dealing with seven confirmed cases of E. coli 0157 affecting people ranging in age from 18 to 83.\n"
          "Those notes also show that six of those people reported eating at fast food restaurants and they showed symptoms of the bacterial infection from Dec. 23-26, 2012. Officials were also aware of an E. coli outbreak of the same strain in New Brunswick but decided to delay notifying the public, the notes show.\n"
          "“There have been no media calls yet. Until we know what the link is, we will provide standardized messaging,” the notes say.\n"
          "“If NB is sending messaging out, we should be consistent. Delay 24 hours.”\n"
          "It wasn’t until Jan. 4 that the department issued a news release confirming it was investigating the cases, two of which required hospital admission. No one died.\n"
          "In an interview, Strang said he doesn’t believe Health Department officials tried to withhold information from the public. Instead, he said they needed to gather more information from the people who contracted the infection."),
    entities=[("documents", "documents", "GROUP", ["documents obtained by The Canadian Press"],
               "documents obtained by The Canadian Press"),
              ("officials", "Public health officials in Nova Scotia", "GROUP",
               ["Public health officials", "Health officials", "Health Department officials", "Officials", "officials", "staff"],
               "Nova Scotia public health officials"),
              ("dept", "Health Department", "ORGANIZATION", ["the Health Department", "the department"],
               "Nova Scotia Health Department"),
              ("strang", "Robert Strang", "PERSON",
               ["Dr. Robert Strang", "Strang", "the province’s chief medical officer"], "Nova Scotia's chief medical officer"),
              ("patients", "six of those people", "GROUP", [], "six of the seven confirmed cases"),
              ("notes", "Notes from that day’s meeting", "GROUP", ["the notes", "Those notes"],
               "notes of the Health Department meeting of Jan. 2")],
    mentions=[("m1", "Health officials", "officials"),
              ("m2", ("documents", "public: documents"), "documents"),
              ("m3", "Public health officials in Nova Scotia", "officials"),
              ("m4", "documents obtained by The Canadian Press", "documents"),
              ("m5", ("staff", "staff were aware"), "officials"),
              ("m6", "the province’s chief medical officer", "strang"),
              ("m7", "Dr. Robert Strang", "strang"),
              ("m8", ("the Health Department", "Strang says the Health"), "dept"),
              ("m9", ("officials", "and officials would"), "officials"),
              ("m10", "Notes from that day’s meeting", "notes"),
              ("m11", ("Health Department officials", "show that Health"), "officials"),
              ("m12", "Those notes", "notes"),
              ("m13", "six of those people", "patients"),
              ("m14", ("Officials", "Officials were also"), "officials"),
              ("m15", ("the notes", "the notes show."), "notes"),
              ("m16", ("the notes", "the notes say"), "notes"),
              ("m17", ("the department", "the department issued"), "dept"),
              ("m18", ("Strang", "Strang said"), "strang"),
              ("m19", ("Health Department officials", "believe Health"), "officials"),
              ("m20", ("he", "he said they"), "strang")],
    attributions=[("a1", "INDIRECT", "m2", None, "Health officials knew of E. coli outbreak 5 days before public", None),
                  ("a2", "INDIRECT", "m1", ("knew", "officials knew of"), ("E. coli outbreak", "knew of E. coli"), "a1"),
                  ("a3", "INDIRECT", "m3", ("knew", "Scotia knew"), "they were dealing with an outbreak of E. coli", None),
                  ("a4", "INDIRECT", "m5", ("aware", "staff were aware"), "the E. coli 0157 outbreak", None),
                  ("a5", "INDIRECT", "m7", "says",
                   seg(T, "the Health Department was in the process", "on Jan. 2 to assess it"), None),
                  ("a6", "INDIRECT", "m11", ("knew", "officials knew there"),
                   "there were dealing with seven confirmed cases of E. coli 0157 affecting people ranging in age from 18 to 83", None),
                  ("a7", "INDIRECT", "m13", "reported", "eating at fast food restaurants", None),
                  ("a8", "INDIRECT", "m14", ("aware", "also aware"), "an E. coli outbreak of the same strain in New Brunswick", None),
                  ("a9", "DIRECT", "m16", ("say", "the notes say"),
                   "There have been no media calls yet. Until we know what the link is, we will provide standardized messaging,", None),
                  ("a10", "DIRECT", "m16", None, "If NB is sending messaging out, we should be consistent. Delay 24 hours.", None),
                  ("a11", "INDIRECT", "m17", "confirming", "it was investigating the cases, two of which required hospital admission", None),
                  ("a12", "INDIRECT", "m18", ("said", "Strang said"),
                   "he doesn’t believe Health Department officials tried to withhold information from the public", None),
                  ("a13", "INDIRECT", "m20", ("said", "he said they"),
                   "they needed to gather more information from the people who contracted the infection", None)])

# ---------------------------------------------------------------------------------------
# EFE wire copy. The byline is removed; the dateline "Americas Desk, Mar 22 (EFE).-" opens the lead
# and is kept (not an attribution). The page gives no year ("Mar 22"), so no date is recorded. The
# stored copy stops inside the next paragraph ("... drought conditions prevail"), so the text is
# cut at the paragraph before it. Notes:
# - "a drought that some fear could become permanent": "some" is the source (GROUP, as the corpus
#   takes a bare "some"); the antecedent "a drought" stays outside the content.
# - "he told Efe", "told Efe": Efe is the addressee/medium. In the Rosario Board of Trade's report
#   the author is named in the NP, so the source is the board's mention (FORMAT.md, Documents).
# - "Output of soy ... fell by 9 million tons" has no cue: not a claim.
doc("laprensalatina-drought-southern-cone-fields",
    url="https://www.laprensalatina.com/drought-threatens-fertile-fields-of-south-americas-southern-cone/",
    outlet="La Prensa Latina", country="US", topic="environment", cut=True,
    text=(T := "Drought threatens fertile fields of South America’s Southern Cone\n"
          "Americas Desk, Mar 22 (EFE).- With the war in Ukraine disrupting exports of wheat, the world looks to the agricultural powerhouses of South America’s Southern Cone as an alternative source of food, but the region’s farmers and ranchers are struggling under a drought that some fear could become permanent due to climate change.\n"
          "As the international community marked World Water Day on Tuesday, the most dramatic manifestations of the chronic lack of rain in the Southern Cone could be seen in Argentina.\n"
          "The Argentine province of Corrientes, which borders Paraguay, Brazil, and Uruguay, lost some 800,000 hectares (1.98 million acres) to wildfires during the first two months of this year.\n"
          "Drought in Argentina has been driven by changes in recurring climate phenomena such as El Niño and La Niña and “aggressive deforestation,” according to Dario Soto-Abril, executive director of the Global Water Partnership (GWP).\n"
          "The dearth of water affects not only the subsistence of growers, “but also the food insecurity of everybody in the region,” as the drop in production in Argentina contributes to inflation, he told Efe.\n"
          "A report from Argentina’s main agricultural market, the Rosario Board of Trade, said that the sector’s losses during the 2021 Southern Hemisphere summer amounted to $2.93 billion.\n"
          "Output of soy – Argentina is one of the leading producers – fell by 9 million tons, while the maize harvest was down 8 million tons from the previous season.\n"
          "In the case of rice, a particularly water-intensive crop, lack of rainfall reduces both the size and the quality of the harvest, Maria Ines Pachecoy, an engineer with the National Institute of Agricultural Technology (INTA), told Efe."),
    entities=[("some", "some", "GROUP", [], "people who fear the drought could become permanent"),
              ("sotoabril", "Dario Soto-Abril", "PERSON",
               ["Soto-Abril", "Dario Soto-Abril, executive director of the Global Water Partnership (GWP)"],
               "executive director of the Global Water Partnership"),
              ("board", "Rosario Board of Trade", "ORGANIZATION",
               ["the Rosario Board of Trade", "Argentina’s main agricultural market, the Rosario Board of Trade"],
               "Argentina's main agricultural market"),
              ("pachecoy", "Maria Ines Pachecoy", "PERSON",
               ["Pachecoy", "Maria Ines Pachecoy, an engineer with the National Institute of Agricultural Technology (INTA)"],
               "engineer with Argentina's National Institute of Agricultural Technology")],
    mentions=[("m1", ("some", "some fear"), "some"),
              ("m2", "Dario Soto-Abril, executive director of the Global Water Partnership (GWP)", "sotoabril"),
              ("m3", ("he", "he told Efe"), "sotoabril"),
              ("m4", "Argentina’s main agricultural market, the Rosario Board of Trade", "board"),
              ("m5", "Maria Ines Pachecoy, an engineer with the National Institute of Agricultural Technology (INTA)", "pachecoy")],
    attributions=[("a1", "INDIRECT", "m1", "fear", "could become permanent due to climate change", None),
                  ("a2", "MIXED", "m2", "according to",
                   seg(T, "Drought in Argentina has been driven", "“aggressive deforestation,”"), None),
                  ("a3", "MIXED", "m3", ("told", "he told Efe"),
                   seg(T, "The dearth of water", "contributes to inflation"), None),
                  ("a4", "INDIRECT", "m4", ("said", "Trade, said"),
                   "the sector’s losses during the 2021 Southern Hemisphere summer amounted to $2.93 billion", None),
                  ("a5", "INDIRECT", "m5", ("told", "(INTA), told"),
                   seg(T, "In the case of rice", "the quality of the harvest"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "Steven Bourgoin: Defense attorney plans to
# file appeal to Vermont Supreme Court"), so the text starts with the lead; the date line before
# it is removed. The stored copy stops after a quotation with no reporting clause of its own
# (seemingly cut), so the text ends at the paragraph before it. Notes:
# - "We now know the man ... will spend most of his life in prison" is the newsroom's own voice,
#   not a reported claim: not annotated. The sentencing itself is an action.
# - "He cites a mistrial ..." is a reporting verb with a noun-phrase content.
# - Inside the quotations, "we feel we have ...", "I believe that our request ... was valid" are
#   the speakers' attitudes within their own report and are not split off.
doc("wcax-bourgoin-sentenced-appeal-vermont",
    url="https://www.wcax.com/content/news/Steven-BourgoinDefense-attorney-plans-to-file-appeal-to-Vermont-Supreme-Court-558424281.html?ref=281",
    outlet="WCAX", country="US", topic="courts-crime", cut=True, published="2019-08-27",
    text=(T := "We now know the man convicted of killing five teenagers in a 2016 wrong-way crash will spend most of his life in prison.\n"
          "Steven Bourgoin was sentenced to 30 years to life in prison.\n"
          "Vermont Superior Court Judge Kevin Griffin handed the sentence Monday after testimony from families of the victims and others impacted by the 2016 crashes.\n"
          "Bob Katims, the defense attorney, says they plan to file an appeal, which is an automatic appeal to the Vermont Supreme Court.\n"
          "He cites a mistrial that was denied halfway through the case regarding undisclosed evidence, along with the issue of the court meeting with the jury afterwards.\n"
          "\"The Supreme Court will be looking at the actual trial. There may be some limited issues with regard to the actual sentencing, with regard to the trial, we feel we have some strong issues on appeal, and we will be filing a brief with the Supreme Court in the near future with regard to those,\" said Katims.\n"
          "He says he will not be handling the case in the Supreme Court, instead Defender General's Central Office will be.\n"
          "Chittenden County State's Attorney Sarah George says Bourgoin's minimum to serve is 30 years and he will be eligible in about 26 years with credit for time served.\n"
          "\"I still at the end of the day don't take lightly that he was sentenced to 30 years even. It's a significant amount of time in jail. He will be eligible for release when he's 66-years-old, that's a lifetime in jail. It's twice as long as these kids lived. I believe that our request for 40 years was valid. I think it was supported by the evidence that came in at trial and the jury's verdicts, but I'm not standing up here upset that the court gave what it did,\" said George.\n"
          "George says there is a sense of relief knowing the case is over."),
    entities=[("katims", "Bob Katims", "PERSON", ["Katims", "Bob Katims, the defense attorney", "the defense attorney"],
               "Bourgoin's defense attorney"),
              ("george", "Sarah George", "PERSON",
               ["George", "Chittenden County State's Attorney Sarah George"], "Chittenden County State's Attorney")],
    mentions=[("m1", "Bob Katims, the defense attorney", "katims"),
              ("m2", ("He", "He cites"), "katims"),
              ("m3", ("Katims", "said Katims"), "katims"),
              ("m4", ("He", "He says he will"), "katims"),
              ("m5", "Chittenden County State's Attorney Sarah George", "george"),
              ("m6", ("George", "said George"), "george"),
              ("m7", ("George", "George says there"), "george")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "attorney, says"),
                   "they plan to file an appeal, which is an automatic appeal to the Vermont Supreme Court", None),
                  ("a2", "INDIRECT", "m2", "cites",
                   seg(T, "a mistrial that was denied", "with the jury afterwards"), None),
                  ("a3", "DIRECT", "m3", ("said", "said Katims"),
                   seg(T, "The Supreme Court will be looking", "with regard to those,"), None),
                  ("a4", "INDIRECT", "m4", ("says", "He says he will"),
                   "he will not be handling the case in the Supreme Court, instead Defender General's Central Office will be", None),
                  ("a5", "INDIRECT", "m5", ("says", "Sarah George says"),
                   "Bourgoin's minimum to serve is 30 years and he will be eligible in about 26 years with credit for time served", None),
                  ("a6", "DIRECT", "m6", ("said", "said George"),
                   seg(T, "I still at the end of the day", "the court gave what it did,"), None),
                  ("a7", "INDIRECT", "m7", ("says", "George says there"), "there is a sense of relief knowing the case is over", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "Differing opinion: Government's broadband
# deal is the worst of all options for rural Ireland and taxpayers"), so the text starts with the
# lead; the date is taken from the address. Cut: the stored copy goes on with a paragraph that
# opens a quotation without reopening the one left open before it, and whose next closing mark
# is in a later paragraph of another speaker (Minister Ring); to keep every quotation readable
# the text ends after the Sinn Féin TD's two open paragraphs, where the stored quotation is still
# open (so its content runs to the end of the text). Notes:
# - "described X as the ‘worst of all options’" is MIXED (single quotes as marks); "following the
#   announcement that ..." is an adjunct, but "announcement" is a noun cue with no claimant
#   (null source).
# - "The plan, which Minister Michael Ring insists: “...”": the whole content is the quotation
#   (DIRECT); the antecedent "The plan" stays outside.
# - "the Sinn Féin Spokesperson for Rural Affairs", "Deputy Stanley", "The Sinn Féin TD" are all
#   Brian Stanley (the role description resolves to the person the text identifies).
# - "Deputy Stanley said: “...” ¶ “...” ¶ “..., ” he added.": one quotation over three
#   paragraphs; the inline "he added" wins over the colon frame (FORMAT.md, Two clauses).
# - Inside the TD's quotation "we’re now told by Fine Gael that ..." is nested (addressee "we"
#   left out); "we believe that ..." is his own attitude, not split off.
doc("laoistoday-stanley-broadband-deal-worst-option",
    url="https://laoistoday.ie/2019/11/19/differing-opinion-governments-broadband-deal-is-the-worst-of-all-options-for-rural-ireland-and-taxpayers",
    outlet="Laois Today", country="Ireland", topic="technology", cut=True, published="2019-11-19",
    text=(T := "Laois TD, Brian Stanley, has described the Government’s Broadband deal as the ‘worst of all options’ following the announcement that the contract is to be signed today.\n"
          "The plan, which Minister Michael Ring insists: “will bring high-speed internet connectivity to 1.1 million people, 537,596 premises, 56,000 farms, 44,000 businesses and 695 schools.”\n"
          "However, the Sinn Féin Spokesperson for Rural Affairs said: “it was essential that high speed broadband is delivered to rural Ireland but that the service must remain in public ownership and that the ESB should have been mandated to roll it out.”\n"
          "Deputy Stanley said: “People in the Midlands badly need access to high speed broadband, but this deal signed by Fine Gael represents the worst possible option.\n"
          "“It is a deal which will see the taxpayer handover €3 billion to a private developer and the public won’t even own the infrastructure at the end of the process.\n"
          "“In fact, the private developer will own and control the entire company,” he added.\n"
          "The Sinn Féin TD continued: “Rural Ireland has been waiting for seven years and we’re now told by Fine Gael that it will be at least seven further years until the full roll out is complete.\n"
          "“And from our own research we believe that the process will take even longer than seven years due to the model which they have chosen."),
    entities=[("stanley", "Brian Stanley", "PERSON",
               ["Stanley", "Deputy Stanley", "Laois TD, Brian Stanley", "the Sinn Féin Spokesperson for Rural Affairs",
                "The Sinn Féin TD"], "Sinn Féin TD for Laois"),
              ("ring", "Michael Ring", "PERSON", ["Ring", "Minister Michael Ring"], "Minister"),
              ("finegael", "Fine Gael", "ORGANIZATION", [], "governing party")],
    mentions=[("m1", "Laois TD, Brian Stanley", "stanley"),
              ("m2", "Minister Michael Ring", "ring"),
              ("m3", "the Sinn Féin Spokesperson for Rural Affairs", "stanley"),
              ("m4", "Deputy Stanley", "stanley"),
              ("m5", ("Fine Gael", "signed by Fine Gael"), "finegael"),
              ("m6", ("he", "he added"), "stanley"),
              ("m7", "The Sinn Féin TD", "stanley"),
              ("m8", ("Fine Gael", "told by Fine Gael"), "finegael")],
    attributions=[("a1", "MIXED", "m1", "described", "the Government’s Broadband deal as the ‘worst of all options’", None),
                  ("a2", "INDIRECT", None, "announcement", "the contract is to be signed today", None),
                  ("a3", "DIRECT", "m2", "insists", seg(T, "will bring high-speed internet", "695 schools."), None),
                  ("a4", "DIRECT", "m3", ("said", "Affairs said"), seg(T, "it was essential that", "mandated to roll it out."), None),
                  ("a5", "DIRECT", "m6", ("added", "he added"), seg(T, "People in the Midlands", "the entire company,"), None),
                  ("a6", "DIRECT", "m7", "continued", seg(T, "Rural Ireland has been waiting", "which they have chosen."), None),
                  ("a7", "INDIRECT", "m8", ("told", "now told"),
                   "it will be at least seven further years until the full roll out is complete", "a6")])

write("test14_a.jsonl")
