#!/usr/bin/env python3
"""Writes train_bz.jsonl: real-news gold, split train-bz (see gold.py). Run: python3 make_train_bz.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# KNews (Liberia). The stored page prints the standfirst ("The report flagged allegations ...")
# twice, once under the headline and once as the second paragraph of the body; both are kept,
# as the page gives them, and both carry their claims (FORMAT.md, Text parts). Its lead breaks off
# at "in the US$100 million cocaine" (as printed), and the stored copy breaks off inside the
# paragraph after the FrontPage Africa report ("Almost two weeks later, the judg"), so the text is
# cut before it. The page gives no date.
# Notes:
# - Headline "Bribery Allegations": a noun cue whose content precedes it (corpus: "foul language
#   allegation"); no claimant is named, so the source is null.
# - "The report flagged allegations of bribes ...": taken like "raised concerns about X" (corpus),
#   cue "flagged allegations", content the bribes; "of" only links the cue. The relative clause
#   "which is believed to have landed the defendants the ... verdict" is an agentless belief nested
#   in it (FORMAT.md: `was expected to` -> null source, the raised subject left outside).
# - "defendants accused of being part of an alleged scheme ...": an agentless accusation, null
#   source (corpus: "a British national accused of murdering his wife" is annotated).
# - "The report also cited an anonymous diplomatic source stating that ...": the report is the
#   source of "cited" (its content keeps the cited source, as "accused X of Y" keeps X), and the
#   diplomatic source's own claim ("stating") is nested in it. "The report" is FrontPage Africa's
#   report, but FrontPage Africa is not named in that sentence, so it is its own entity
#   (FORMAT.md, Documents); so are the standfirst's "The report" and "a recent report".
doc("knewsonline-frontpage-africa-summoned-cocaine-trial-bribery",
    url="https://knewsonline.com/frontpage-africa-summoned-over-bribery-allegations-in-us100m-cocaine-trial/",
    outlet="KNews", country="Liberia", topic="courts-crime", cut=True,
    text=(T := "FrontPage Africa Summoned Over Bribery Allegations in US$100m Cocaine Trial\n"
          "The report flagged allegations of bribes within the corridors of the justice system which is believed to have landed the defendants the unanimous not-guilty verdict.\n"
          "The Judge of Criminal Court ‘C’, Blamo Dixon, has summoned the management and employees of FrontPage Africa newspaper over a recent report in the wake of a shock verdict that acquitted all the defendants in the US$100 million cocaine\n"
          "The report flagged allegations of bribes within the corridors of the justice system which is believed to have landed the defendants the unanimous not-guilty verdict.\n"
          "On Thursday, May 18, jurors at Criminal Court ‘C’ handed down a unanimous not-guilty verdict, exonerating all four defendants accused of being part of an alleged scheme to import a staggering 520kg of cocaine into Liberia.\n"
          "That ruling sent shockwaves across the country and beyond. Minister of Justice Cllr. Musa Dean described the ruling as appalling and a travesty of justice.\n"
          "Cllr. Dean, the Attorney General of Liberia, said the ruling clearly undermines the collective efforts of Liberia and its international coalition to clamp down on the illegal transit of illicit drugs using West Africa as the conduit to trade narcotics internationally from Latin America and elsewhere.\n"
          "He said it becomes worrisome and shameful as in the case of the recent verdict, for the courts to be setting hardcore criminals free when the evidence is overwhelming in the face of international security collaboration that tracked and brought the perpetrators of this heinous crime before the law.\n"
          "On May 19, FrontPage Africa reported that multiple sources confirmed that a sum of US$500,000 was used to influence the jury’s decision. The report also cited an anonymous diplomatic source stating that the US authorities would make serious attempts to arrest the accused due to a lack of trust in Liberia’s judicial system."),
    entities=[("fpa", "FrontPage Africa", "ORGANIZATION", ["FrontPage Africa newspaper"], "Liberian daily newspaper"),
              ("report", "The report", "ORGANIZATION", ["a recent report"],
               "FrontPage Africa's May 19 report on the cocaine trial"),
              ("dean", "Musa Dean", "PERSON",
               ["Dean", "Cllr. Dean", "Minister of Justice Cllr. Musa Dean", "Cllr. Dean, the Attorney General of Liberia"],
               "Liberia's Minister of Justice and Attorney General"),
              ("sources", "multiple sources", "GROUP", [], "sources of the FrontPage Africa report"),
              ("diplomat", "an anonymous diplomatic source", "PERSON", [], "diplomatic source cited by the report")],
    mentions=[("m1", ("FrontPage Africa", "FrontPage Africa Summoned"), "fpa"),
              ("m2", ("The report", "The report flagged allegations of bribes within the corridors of the justice system which is believed to have landed the defendants the unanimous not-guilty verdict.\nThe Judge"), "report"),
              ("m3", "a recent report", "report"),
              ("m4", ("The report", "The report flagged allegations of bribes within the corridors of the justice system which is believed to have landed the defendants the unanimous not-guilty verdict.\nOn Thursday"), "report"),
              ("m5", "Minister of Justice Cllr. Musa Dean", "dean"),
              ("m6", "Cllr. Dean, the Attorney General of Liberia", "dean"),
              ("m7", ("He", "He said it becomes"), "dean"),
              ("m8", ("FrontPage Africa", "FrontPage Africa reported"), "fpa"),
              ("m9", "multiple sources", "sources"),
              ("m10", ("The report", "The report also cited"), "report"),
              ("m11", "an anonymous diplomatic source", "diplomat")],
    attributions=[("a1", "INDIRECT", None, "Allegations", "Bribery", None),
                  ("a2", "INDIRECT", "m2", ("flagged allegations", "flagged allegations of bribes within the corridors of the justice system which is believed to have landed the defendants the unanimous not-guilty verdict.\nThe Judge"),
                   ("bribes within the corridors of the justice system which is believed to have landed the defendants the unanimous not-guilty verdict", "flagged allegations of bribes within the corridors of the justice system which is believed to have landed the defendants the unanimous not-guilty verdict.\nThe Judge"), None),
                  ("a3", "INDIRECT", None, ("believed", "believed to have landed the defendants the unanimous not-guilty verdict.\nThe Judge"),
                   ("to have landed the defendants the unanimous not-guilty verdict", "to have landed the defendants the unanimous not-guilty verdict.\nThe Judge"), "a2"),
                  ("a4", "INDIRECT", "m4", ("flagged allegations", "flagged allegations of bribes within the corridors of the justice system which is believed to have landed the defendants the unanimous not-guilty verdict.\nOn Thursday"),
                   ("bribes within the corridors of the justice system which is believed to have landed the defendants the unanimous not-guilty verdict", "flagged allegations of bribes within the corridors of the justice system which is believed to have landed the defendants the unanimous not-guilty verdict.\nOn Thursday"), None),
                  ("a5", "INDIRECT", None, ("believed", "believed to have landed the defendants the unanimous not-guilty verdict.\nOn Thursday"),
                   ("to have landed the defendants the unanimous not-guilty verdict", "to have landed the defendants the unanimous not-guilty verdict.\nOn Thursday"), "a4"),
                  ("a6", "INDIRECT", None, ("accused", "accused of being"), "being part of an alleged scheme to import a staggering 520kg of cocaine into Liberia", None),
                  ("a7", "INDIRECT", "m5", "described", "the ruling as appalling and a travesty of justice", None),
                  ("a8", "INDIRECT", "m6", ("said", "Liberia, said the ruling"),
                   seg(T, "the ruling clearly undermines", "Latin America and elsewhere"), None),
                  ("a9", "INDIRECT", "m7", ("said", "He said it becomes"),
                   seg(T, "it becomes worrisome and shameful", "heinous crime before the law"), None),
                  ("a10", "INDIRECT", "m8", "reported",
                   "multiple sources confirmed that a sum of US$500,000 was used to influence the jury’s decision", None),
                  ("a11", "INDIRECT", "m9", "confirmed", "a sum of US$500,000 was used to influence the jury’s decision", "a10"),
                  ("a12", "INDIRECT", "m10", "cited", seg(T, "an anonymous diplomatic source stating", "Liberia’s judicial system"), None),
                  ("a13", "INDIRECT", "m11", "stating", seg(T, "the US authorities would make", "Liberia’s judicial system"), "a12")])

# ---------------------------------------------------------------------------------------
# Daybreak (Nigeria). The stored page has no headline and its address gives none (?p=174061); it
# opens with the byline "By Leo Zwànke, Lafia", which is left out, so the text starts with the
# lead. The stored copy ends with Aloysius's quotation at its length limit, so the article may go
# on; it is recorded as cut. The page gives no date.
# Notes:
# - "have raised serious allegations against government officials and traditional leaders":
#   taken like "raised concerns about X" (corpus), cue "raised serious allegations", content the
#   accused ("against" only links the cue). The source is "Farmers": the long locative modifier
#   ("in Anyarkeke, ... Nasarawa State") is left out, as a plain group is its head noun.
# - "Some farmers alleged ..." is a subset of the farmers, a separate entity (FORMAT.md,
#   Coreference).
# - Inside Faga's quotation, "they said it was an order from the state government" is nested;
#   "they" are the three officials he names just before ("the commissioner ..., the local
#   government chairman, and the chief of Jangwa"), one GROUP (coordinated NP).
# - "expressed similar anguish" has no content (FORMAT.md, Excluded: states with no content);
#   "describing the situation as devastating" is annotated as `described X as Y`.
# - "accused the government of acting contrary to a court order and ignoring ...": one claim,
#   the accused kept (corpus: "accused X of Y" keeps X).
# - In Aloysius's quotation, "a high court in Abuja had restrained the state government ..." is a
#   court action, not a claim (FORMAT.md, Excluded: actions, a court's included).
doc("daybreak-nasarawa-tiv-farmers-rice-harvest-allegations",
    url="https://daybreak.ng/?p=174061",
    outlet="Daybreak", country="Nigeria", topic="local", cut=True,
    text=(T := "Farmers in Anyarkeke, Ikyochiha, Shankodi, and China communities of Ribi District, Jangwa Development Area, Awe Local Government Area, Nasarawa State, have raised serious allegations against government officials and traditional leaders. They claim their rice crops are being forcefully harvested by individuals led by the Chief of Jangwa, Shehu Adamu, allegedly acting under orders from the state government.\n"
          "When our Correspondent visited the communities on Friday who are predominantly Tiv farming communities, with a population of over 10,000, are in turmoil as their main source of livelihood is being threatened. Some farmers alleged that security personnel, including heavily armed soldiers, accompanied the officials to their farms to carry out the harvest.\n"
          "Narrating his ordeal, Mr. Joseph Faga, one of the affected farmers, said, “The planting season was peaceful, but everything changed during harvest. I found the commissioner overseeing the Ministry of Agriculture, the local government chairman, and the chief of Jangwa harvesting my rice. When I confronted them, they said it was an order from the state government.”\n"
          "Faga added, “They have been threshing my rice for three days now under tight security. I feel helpless watching my hard work being taken away like this.”\n"
          "Another farmer, Mr. Vitalis Chiangi, expressed similar anguish, describing the situation as devastating. “This rice is our only source of income and survival. We plead with the authorities to intervene before things escalate further,” he said.\n"
          "Community leader Iorlaha Aloysius accused the government of acting contrary to a court order and ignoring the farmers’ rights. “The land is not under dispute, and a high court in Abuja had restrained the state government or any party from interfering with the Tiv farmers. If the government wants the land, they should call for dialogue instead of harvesting our crops without notice. This is unjust and inhuman,” Aloysius stated."),
    entities=[("farmers", "Farmers", "GROUP", [], "Tiv farmers of the Ribi District communities, Awe LGA"),
              ("some", "Some farmers", "GROUP", [], "some of the affected farmers"),
              ("faga", "Joseph Faga", "PERSON", ["Faga", "Mr. Joseph Faga", "Mr. Joseph Faga, one of the affected farmers"],
               "affected farmer"),
              ("officials", "the commissioner overseeing the Ministry of Agriculture, the local government chairman, and the chief of Jangwa",
               "GROUP", [], "the officials Faga found harvesting his rice"),
              ("chiangi", "Vitalis Chiangi", "PERSON", ["Chiangi", "Mr. Vitalis Chiangi", "Another farmer, Mr. Vitalis Chiangi"],
               "affected farmer"),
              ("aloysius", "Iorlaha Aloysius", "PERSON", ["Aloysius", "Community leader Iorlaha Aloysius"], "community leader")],
    mentions=[("m1", ("Farmers", "Farmers in Anyarkeke"), "farmers"),
              ("m2", ("They", "They claim"), "farmers"),
              ("m3", "Some farmers", "some"),
              ("m4", "Mr. Joseph Faga, one of the affected farmers", "faga"),
              ("m5", "the commissioner overseeing the Ministry of Agriculture, the local government chairman, and the chief of Jangwa", "officials"),
              ("m6", ("they", "they said it was"), "officials"),
              ("m7", ("Faga", "Faga added"), "faga"),
              ("m8", "Another farmer, Mr. Vitalis Chiangi", "chiangi"),
              ("m9", ("he", "he said.\nCommunity"), "chiangi"),
              ("m10", "Community leader Iorlaha Aloysius", "aloysius"),
              ("m11", ("Aloysius", "Aloysius stated"), "aloysius")],
    attributions=[("a1", "INDIRECT", "m1", "raised serious allegations", "government officials and traditional leaders", None),
                  ("a2", "INDIRECT", "m2", ("claim", "They claim"), seg(T, "their rice crops are being", "orders from the state government"), None),
                  ("a3", "INDIRECT", "m3", ("alleged", "farmers alleged"), seg(T, "security personnel, including", "carry out the harvest"), None),
                  ("a4", "DIRECT", "m4", ("said", "farmers, said,"), seg(T, "The planting season was peaceful", "order from the state government."), None),
                  ("a5", "INDIRECT", "m6", ("said", "they said it was"), ("it was an order from the state government", "they said it was"), "a4"),
                  ("a6", "DIRECT", "m7", "added", seg(T, "They have been threshing", "taken away like this."), None),
                  ("a7", "INDIRECT", "m8", "describing", "the situation as devastating", None),
                  ("a8", "DIRECT", "m9", ("said", "he said.\nCommunity"), seg(T, "This rice is our only source", "things escalate further,"), None),
                  ("a9", "INDIRECT", "m10", ("accused", "Aloysius accused"),
                   "the government of acting contrary to a court order and ignoring the farmers’ rights", None),
                  ("a10", "DIRECT", "m11", "stated", seg(T, "The land is not under dispute", "unjust and inhuman,"), None)])

# ---------------------------------------------------------------------------------------
# Al Marsad (Libya). The stored page opens with a date line ("Monday , 4 December 2023", the day
# it was crawled) and a breadcrumb that repeats the headline; both are left out and the headline
# is kept once. The article ends before "Check Also"; its address gives the date 2023-03-02. The
# last sentence ends with a stray closing mark ("citizenship.”"), kept as printed.
# Notes:
# - Headline "and the NOC responds": "responds" has no content here, so it is no claim.
# - "accused the head of the National Oil Corporation, Farhat Bengdara, of giving the UAE ...
#   that it “does not deserve,”": one claim keeping the accused (corpus); MIXED, its inner marks
#   kept at the end (FORMAT.md, Marks in content).
# - "Al-Mishri stressed, in an interview with Al-Jazeera Mubasher channel on Monday, that ...":
#   the interview is an adjunct (and a medium) between cue and content, left out.
# - "it refuted Al-Mishri’s claim that the UAE had obtained ...": the refutation's content is the
#   claim it refutes (corpus: "refuted claims that ..."); the claim itself is nested, and its
#   possessive claimant "Al-Mishri" is its source (corpus: "the government’s claim of ..." ->
#   "the government").
# - "The Corporation denounced “the inclusion of ... in political conflicts.”": the whole object
#   is one quotation, so DIRECT (FORMAT.md, Type: `demanded "measures that ..."`).
# - "threatened to sue Al-Mashri if he “does not stop his allegations.”": a threat is taken as a
#   speech act with its content (MIXED); "his allegations" has no content of its own.
# - "Al-Mashri" is the page's variant spelling of Al-Mishri, an alias (FORMAT.md, Names).
doc("marsad-mishri-accuses-noc-uae-oil-concessions",
    url="https://www.marsad.ly/en/2023/03/02/al-mishri-accuses-noc-of-granting-the-uae-oil-concessions-and-the-noc-responds/",
    outlet="Al Marsad", country="Libya", topic="business", cut=False, published="2023-03-02",
    text=(T := "Al-Mishri accuses NOC of granting the UAE oil concessions, and the NOC responds\n"
          "The head of the State Council, Khaled Al-Mishri, accused the head of the National Oil Corporation, Farhat Bengdara, of giving the UAE many concessions in the oil sector that it “does not deserve,” stressing that it has thus controlled the oil sector “in an inappropriate way.”\n"
          "Al-Mishri stressed, in an interview with Al-Jazeera Mubasher channel on Monday, that the UAE continues to play a negative role in Libya, and “disgraceful and humiliating interference” in the oil sector.\n"
          "Al-Mashri added that he opposed changing the former head of the Oil Corporation, Mustafa Sanallah, with its current president, Farhat Bengdara, who resides in the Emirates and who previously worked in several banks in it. He claimed that Bengdara also holds Emirati citizenship.\n"
          "On the other hand, the NOC responded with a statement issued on Wednesday, in which it refuted Al-Mishri’s claim that the UAE had obtained special concessions in the Libyan oil sector. “This attack is part of a systematic campaign to strike the sector and destabilize it,” the NOC stressed.\n"
          "The Corporation denounced “the inclusion of the strategically vital oil sector for the livelihood of the Libyan people in political conflicts.” “Al-Mishri is directing conflicts for partisan and ideological goals that are evident to everyone,” it said.\n"
          "The NOC called on Al-Mishri to apologize for his “transgressions and fabrications,” expressing its hope that the State Council would compel him to stop using his position “to settle his personal issues and fight his dishonest battles.”\n"
          "The Oil Corporation threatened to sue Al-Mashri if he “does not stop his allegations.” It denied that Bengdara holds Emirati citizenship.”"),
    entities=[("mishri", "Khaled Al-Mishri", "PERSON",
               ["Al-Mishri", "Al-Mashri", "The head of the State Council, Khaled Al-Mishri"], "head of Libya's High Council of State"),
              ("noc", "National Oil Corporation", "ORGANIZATION",
               ["NOC", "the NOC", "The Corporation", "The Oil Corporation"], "Libya's state oil company")],
    mentions=[("m1", ("Al-Mishri", "Al-Mishri accuses"), "mishri"),
              ("m2", ("NOC", "accuses NOC"), "noc"),
              ("m3", ("the NOC", "the NOC responds"), "noc"),
              ("m4", "The head of the State Council, Khaled Al-Mishri", "mishri"),
              ("m5", ("Al-Mishri", "Al-Mishri stressed"), "mishri"),
              ("m6", ("Al-Mashri", "Al-Mashri added"), "mishri"),
              ("m7", ("He", "He claimed"), "mishri"),
              ("m8", ("the NOC", "the NOC responded"), "noc"),
              ("m9", ("it", "it refuted"), "noc"),
              ("m10", ("Al-Mishri", "Al-Mishri’s claim"), "mishri"),
              ("m11", ("the NOC", "the NOC stressed"), "noc"),
              ("m12", "The Corporation", "noc"),
              ("m13", ("Al-Mishri", "Al-Mishri is directing"), "mishri"),
              ("m14", ("it", "it said"), "noc"),
              ("m15", ("The NOC", "The NOC called"), "noc"),
              ("m16", ("Al-Mishri", "Al-Mishri to apologize"), "mishri"),
              ("m17", "The Oil Corporation", "noc"),
              ("m18", ("Al-Mashri", "sue Al-Mashri"), "mishri"),
              ("m19", ("It", "It denied"), "noc")],
    attributions=[("a1", "INDIRECT", "m1", "accuses", "NOC of granting the UAE oil concessions", None),
                  ("a2", "MIXED", "m4", ("accused", "Al-Mishri, accused"),
                   seg(T, "the head of the National Oil Corporation, Farhat", "“does not deserve,”"), None),
                  ("a3", "MIXED", "m4", ("stressing", "stressing that it has"),
                   "it has thus controlled the oil sector “in an inappropriate way.”", None),
                  ("a4", "MIXED", "m5", ("stressed", "Al-Mishri stressed"),
                   seg(T, "the UAE continues to play", "interference” in the oil sector"), None),
                  ("a5", "INDIRECT", "m6", "added", seg(T, "he opposed changing", "several banks in it"), None),
                  ("a6", "INDIRECT", "m7", ("claimed", "He claimed"), ("Bengdara also holds Emirati citizenship", "He claimed"), None),
                  ("a7", "INDIRECT", "m9", "refuted", seg(T, "Al-Mishri’s claim that", "the Libyan oil sector"), None),
                  ("a8", "INDIRECT", "m10", ("claim", "Al-Mishri’s claim"), "the UAE had obtained special concessions in the Libyan oil sector", "a7"),
                  ("a9", "DIRECT", "m11", ("stressed", "the NOC stressed"),
                   "This attack is part of a systematic campaign to strike the sector and destabilize it,", None),
                  ("a10", "DIRECT", "m12", "denounced",
                   "the inclusion of the strategically vital oil sector for the livelihood of the Libyan people in political conflicts.", None),
                  ("a11", "DIRECT", "m14", ("said", "it said"),
                   "Al-Mishri is directing conflicts for partisan and ideological goals that are evident to everyone,", None),
                  ("a12", "MIXED", "m15", "called on", "Al-Mishri to apologize for his “transgressions and fabrications,”", None),
                  ("a13", "MIXED", "m15", "expressing its hope",
                   seg(T, "the State Council would compel him", "fight his dishonest battles.”"), None),
                  ("a14", "MIXED", "m17", "threatened", "to sue Al-Mashri if he “does not stop his allegations.”", None),
                  ("a15", "INDIRECT", "m19", ("denied", "It denied"), ("Bengdara holds Emirati citizenship", "It denied"), None)])

# ---------------------------------------------------------------------------------------
# Ghana Sports Page (Ghana). The stored page has no headline (the address reads
# "afcon-2019-nsa-boss-charges-black-stars-to-be-discipline-on-the-field-of-play-calls-for-
# dedication-and-commitment"), so the text starts with the lead. The stored copy breaks off inside
# the paragraph after "The NSA boss further maintained ..." ("... on how we d"), so the text is cut
# before it. The page gives no date (the story is from the 2019 Africa Cup of Nations).
# Notes:
# - "has entreated the Black Stars players to be discipline ...": kept with its addressee, as
#   `called on X to Y` and "urged X to Y" in the corpus. The trailing "saying, “...”" is a second
#   claim of the same speaker (FORMAT.md: `X said A, warning that B`), DIRECT since its content is
#   the whole quotation.
# - "The NSA boss who is currently with the Black Stars in Egypt, insists that ...": the relative
#   clause is left out of the source; "following the release of the ... documentary ..." gives the
#   reason inside the claim and stays in the content.
# - "Hon. Baah cautioned in an interview, speaking to Focal Sports": the interview and Focal Sports
#   are media, not sources.
# - The quotation closes before its comma ("things”, Hon. Baah"), as printed.
doc("ghanasportspage-nsa-baah-black-stars-discipline-referees",
    url="https://ghanasportspage.com/afcon-2019-nsa-boss-charges-black-stars-to-be-discipline-on-the-field-of-play-calls-for-dedication-and-commitment",
    outlet="Ghana Sports Page", country="Ghana", topic="sport", cut=True,
    text=(T := "National Sports Authority (NSA) Board Chairman, Honourable Kwadwo Baah Agyemang has entreated the Black Stars players to be discipline on the field of play in every game they play in the ongoing Africa Cup of Nations in Egypt, saying, “Ghana is not in good books of African referees”.\n"
          "Ghana and FC Metz centre back John Boye was harshly sent off in Ghana’s opening match against Benin after receiving a second yellow card for time wasting in the early stages of the second half at a time when Ghana was 2-1 up, but eventually ended the match in a 2-2 stalemate.\n"
          "The NSA boss who is currently with the Black Stars in Egypt, insists that Ghana is not in the good books of referees in Africa following the release of the famous TV documentary dubbed Number 12 by Ghana’s ace undercover journalist Anas Aremeyaw Anas and his Tiger Eye PI firm in 2018, in which many African referees were caught on camera accepting cash to allegedly influence matches across the continent.\n"
          "“The players should be focus and very discipline because the (red) card John Boye received it was needless, it shouldn’t have happened that way, so if the players be very discipline on the field of play it can take us out of all these things”, Hon. Baah cautioned in an interview, speaking to Focal Sports.\n"
          "The NSA boss further maintained that Ghana is not a good friend of referees on the continent now and should not seek any sympathy from the officials but learn to be very technical in the approach to matches to ensure smooth run in the tournament."),
    entities=[("baah", "Kwadwo Baah Agyemang", "PERSON",
               ["Baah", "Hon. Baah", "Honourable Kwadwo Baah Agyemang", "The NSA boss",
                "National Sports Authority (NSA) Board Chairman, Honourable Kwadwo Baah Agyemang"],
               "Board Chairman of Ghana's National Sports Authority")],
    mentions=[("m1", "National Sports Authority (NSA) Board Chairman, Honourable Kwadwo Baah Agyemang", "baah"),
              ("m2", ("The NSA boss", "The NSA boss who"), "baah"),
              ("m3", "Hon. Baah", "baah"),
              ("m4", ("The NSA boss", "The NSA boss further"), "baah")],
    attributions=[("a1", "INDIRECT", "m1", "entreated",
                   seg(T, "the Black Stars players to be discipline", "Africa Cup of Nations in Egypt"), None),
                  ("a2", "DIRECT", "m1", "saying", "Ghana is not in good books of African referees", None),
                  ("a3", "INDIRECT", "m2", "insists", seg(T, "Ghana is not in the good books of referees", "matches across the continent"), None),
                  ("a4", "DIRECT", "m3", "cautioned", seg(T, "The players should be focus", "out of all these things"), None),
                  ("a5", "INDIRECT", "m4", "maintained", seg(T, "Ghana is not a good friend", "smooth run in the tournament"), None)])

# ---------------------------------------------------------------------------------------
# Fezaa (Rwanda; the site covers Rwandan district news). The stored page has no headline (the
# address reads "a-new-technology-hub-targets-to-boost-innovation-spur-job-creation-in-musanze"),
# so the text starts with the lead. The stored copy ends at a paragraph end but at its length
# limit, so the article may go on; it is recorded as cut. Date from the address.
# Notes:
# - "Available sources say, since JICA entered ..., it has built ...": "Available sources" is the
#   source (corpus: "Sources say ..."), the content the whole reported clause.
# - "described it as a positive change ...": `described X as Y`; "At the inauguration of ..." is
#   an adjunct of the reporting event, left out.
# - The unattributed quotation after "He said facilitating ..." continues Imai (null cue).
# - "Studies indicate Rwanda is ..." is an evidential, not annotated (FORMAT.md, Excluded).
# - "Recently, Kigali was ranked ... according to the Start Blink survey": a survey finding
#   (FORMAT.md, Included), the survey its own entity; "Recently" dates the ranking, inside the
#   claim.
doc("fezaa-musanze-technology-hub-jica-innovation",
    url="https://fezaa.com/2022/01/29/a-new-technology-hub-targets-to-boost-innovation-spur-job-creation-in-musanze/",
    outlet="Fezaa", country="Rwanda", topic="technology", cut=True, published="2022-01-29",
    text=(T := "Musanze district in collaboration with the Government of Japan has unveiled a technology hub room that will accommodate innovation and technology-based businesses for the youth in the area.\n"
          "The investment sponsored by the Japanese government through the Japan International Cooperation Agency (JICA) has invested the US $ 8 million worth Rwf8 billion in the wake to contribute to the government efforts in a favorable climate for start-ups to grow in and create jobs.\n"
          "Available sources say, since JICA entered into an agreement with the Government of Rwanda through the Ministry of Technology and Innovation, it has built various technology rooms in various parts of the country including Rusizi, Huye, Rwamagana, and Musanze.\n"
          "At the inauguration of the Musanze Innovation hub technology room, Musanze District Mayor Ramuli Janvier described it as a positive change in supporting a knowledge-based economy.\n"
          "Japan’s ambassador to Rwanda, Masahiro Imai, said there are commonalities that his country shares with Rwanda, including the fact that they were countries that were not rich in natural resources but they managed to empower their people.\n"
          "He said facilitating a good ground for businesses to grow through technology is one of the main pillars in making a knowledge-based economy succeed.\n"
          "“As you know, human capital is the main source of development. We want to support Rwanda on its way to the 2050 vision. Technology is unique because there is a need to build a knowledge-based economy.”\n"
          "Studies indicate Rwanda is the best country with a good startup ecosystem especially within the year 2022 because of the available funding to the young innovators through initiatives like Hanga Pitch Fest among others.\n"
          "Recently, Kigali was ranked on the sixth position continentally for being the best start-up city in Africa according to the Start Blink survey.\n"
          "The criterion was based on the number of start-ups, quality of businesses, and business as the major factor for the rank."),
    entities=[("sources", "Available sources", "GROUP", [], "unnamed sources"),
              ("janvier", "Ramuli Janvier", "PERSON", ["Janvier", "Musanze District Mayor Ramuli Janvier"], "Mayor of Musanze District"),
              ("imai", "Masahiro Imai", "PERSON", ["Imai", "Japan’s ambassador to Rwanda, Masahiro Imai"], "Japan's ambassador to Rwanda"),
              ("startblink", "the Start Blink survey", "ORGANIZATION", ["Start Blink"], "start-up city ranking")],
    mentions=[("m1", "Available sources", "sources"),
              ("m2", "Musanze District Mayor Ramuli Janvier", "janvier"),
              ("m3", "Japan’s ambassador to Rwanda, Masahiro Imai", "imai"),
              ("m4", ("He", "He said facilitating"), "imai"),
              ("m5", "the Start Blink survey", "startblink")],
    attributions=[("a1", "INDIRECT", "m1", "say", seg(T, "since JICA entered into", "Rwamagana, and Musanze"), None),
                  ("a2", "INDIRECT", "m2", "described", "it as a positive change in supporting a knowledge-based economy", None),
                  ("a3", "INDIRECT", "m3", ("said", "Imai, said"), seg(T, "there are commonalities", "empower their people"), None),
                  ("a4", "INDIRECT", "m4", ("said", "He said facilitating"), seg(T, "facilitating a good ground", "economy succeed"), None),
                  ("a5", "DIRECT", "m4", None, seg(T, "As you know, human capital", "build a knowledge-based economy."), None),
                  ("a6", "INDIRECT", "m5", "according to", seg(T, "Recently, Kigali was ranked", "best start-up city in Africa"), None)])

# ---------------------------------------------------------------------------------------
# Al-Yurae (Sudan). The stored page has no headline (the address reads
# "hundreds-die-of-dengue-fever-and-malaria"), so the text starts with the lead, which opens with
# the outlet's dateline "Al-Yurae-" (no attribution, FORMAT.md, Text parts). The stored copy ends
# at its length limit after the syndicate's paragraph, so it is recorded as cut. Date from the
# address.
# Notes:
# - "Sudan’s Medical Association said Monday that A ... and called for an end to ...": two claims
#   of the association; "Monday" is left out.
# - "confirmed in an interview with Alhurra TV that “...,”": the interview is a medium and an
#   adjunct; the content is the whole quotation, so DIRECT. "after the Sudanese authorities
#   announced the registration of ..." is a temporal adjunct of that report, so its claim is not
#   nested in it.
# - "This year, the ministry expected A for several reasons, most notably reports confirming B, he
#   said, in addition to the fact that C": the parenthetical "he said" stays inside the claim
#   (FORMAT.md, Contiguity), which runs to C. Nested in it: the ministry's forecast ("expected",
#   a named subject; "for several reasons ..." is the reason of the expecting, left out) and
#   "reports confirming B", where the reports are their own GROUP entity (FORMAT.md, Documents:
#   `earlier surveys`).
# - "Sudan’s Medical Association" and "the Sudanese Medical Syndicate" may render one Arabic name,
#   but the text does not say they are one body, so they are two entities.
# - "It noted that 80 cases were confirmed": "were confirmed" is a laboratory result, not a
#   reported claim.
doc("alyurae-sudan-dengue-malaria-hundreds-die",
    url="https://english.alyurae.com/2023/09/27/hundreds-die-of-dengue-fever-and-malaria",
    outlet="Al-Yurae", country="Sudan", topic="health-science", cut=True, published="2023-09-27",
    text=(T := "Al-Yurae- Sudan’s Medical Association said Monday that dengue fever and acute diarrhoea are on the rise in Sudan, where the war has led to the closure of a hundred hospitals and called for an end to the “catastrophic spread” that has caused “hundreds of deaths.”\n"
          "The Sudanese Minister of Health, Haitham Ibrahim, confirmed in an interview with Alhurra TV that “the war and the cessation of disease control operations helped in the spread of some of them in an epidemic manner,” after the Sudanese authorities announced the registration of cases of cholera, dengue and malaria in the country.\n"
          "The World Health Organization (WHO) has reported more than 500 suspected dengue cases across the country, mostly in urban centres in Gedarif.\n"
          "The WHO confirmed that 162 suspected cases of cholera have been admitted to hospitals in Gedaref state and other areas along the border with Ethiopia.\n"
          "It noted that 80 cases were confirmed, while 10 people died from cholera.\n"
          "Regarding the measures taken by the ministry to address the spread of these diseases, Health Minister Haitham Ibrahim said: “Usually, we expect a number of epidemics in the autumn, like the rest of the African countries present in this epidemic belt, especially fevers, such as malaria, dengue and cholera.”\n"
          "This year, the ministry expected the emergence of a number of these epidemics for several reasons, most notably reports confirming an increase in the number of mosquitoes in a number of states of Sudan, he said, in addition to the fact that the war affected the ministry’s routine operations related to mosquito control, environmental health and others.\n"
          "For its part, the Sudanese Medical Syndicate explained that the incidence of dengue fever has worsened to the point that investigating the number of infected people is difficult.\n"
          "The syndicate pointed out that hospitals in eastern Sudan are overcrowded with patients, stressing that they receive steady numbers of new patients around the clock."),
    entities=[("association", "Sudan’s Medical Association", "ORGANIZATION", [], "Sudanese doctors' body"),
              ("ibrahim", "Haitham Ibrahim", "PERSON",
               ["Ibrahim", "The Sudanese Minister of Health, Haitham Ibrahim", "Health Minister Haitham Ibrahim"],
               "Sudan's Minister of Health"),
              ("authorities", "the Sudanese authorities", "GROUP", [], "Sudan's authorities"),
              ("who", "The World Health Organization (WHO)", "ORGANIZATION", ["World Health Organization", "WHO", "The WHO"], None),
              ("ministry", "the ministry", "ORGANIZATION", [], "Sudan's Ministry of Health"),
              ("reports", "reports", "GROUP", [], "reports on mosquito numbers"),
              ("syndicate", "the Sudanese Medical Syndicate", "ORGANIZATION", ["The syndicate"], "Sudanese doctors' syndicate")],
    mentions=[("m1", "Sudan’s Medical Association", "association"),
              ("m2", "The Sudanese Minister of Health, Haitham Ibrahim", "ibrahim"),
              ("m3", "the Sudanese authorities", "authorities"),
              ("m4", "The World Health Organization (WHO)", "who"),
              ("m5", "The WHO", "who"),
              ("m6", ("It", "It noted"), "who"),
              ("m7", ("the ministry", "the ministry to address"), "ministry"),
              ("m8", "Health Minister Haitham Ibrahim", "ibrahim"),
              ("m9", ("the ministry", "the ministry expected"), "ministry"),
              ("m10", ("reports", "reports confirming"), "reports"),
              ("m11", ("he", "he said, in addition"), "ibrahim"),
              ("m12", "the Sudanese Medical Syndicate", "syndicate"),
              ("m13", "The syndicate", "syndicate")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Association said"),
                   seg(T, "dengue fever and acute diarrhoea", "closure of a hundred hospitals"), None),
                  ("a2", "MIXED", "m1", "called for", "an end to the “catastrophic spread” that has caused “hundreds of deaths.”", None),
                  ("a3", "DIRECT", "m2", ("confirmed", "Ibrahim, confirmed"),
                   "the war and the cessation of disease control operations helped in the spread of some of them in an epidemic manner,", None),
                  ("a4", "INDIRECT", "m3", "announced", "the registration of cases of cholera, dengue and malaria in the country", None),
                  ("a5", "INDIRECT", "m4", "reported", "more than 500 suspected dengue cases across the country, mostly in urban centres in Gedarif", None),
                  ("a6", "INDIRECT", "m5", ("confirmed", "WHO confirmed"),
                   seg(T, "162 suspected cases of cholera", "border with Ethiopia"), None),
                  ("a7", "INDIRECT", "m6", ("noted", "It noted"), "80 cases were confirmed, while 10 people died from cholera", None),
                  ("a8", "DIRECT", "m8", ("said", "Ibrahim said:"), seg(T, "Usually, we expect", "malaria, dengue and cholera."), None),
                  ("a9", "INDIRECT", "m11", ("said", "he said, in addition"),
                   seg(T, "This year, the ministry expected", "environmental health and others"), None),
                  ("a10", "INDIRECT", "m9", ("expected", "the ministry expected"), "the emergence of a number of these epidemics", "a9"),
                  ("a11", "INDIRECT", "m10", "confirming", "an increase in the number of mosquitoes in a number of states of Sudan", "a9"),
                  ("a12", "INDIRECT", "m12", "explained", seg(T, "the incidence of dengue fever has worsened", "people is difficult"), None),
                  ("a13", "INDIRECT", "m13", "pointed out", "hospitals in eastern Sudan are overcrowded with patients", None),
                  ("a14", "INDIRECT", "m13", "stressing", "they receive steady numbers of new patients around the clock", None)])

# ---------------------------------------------------------------------------------------
# Morocco Latest News (Morocco). The stored page has no headline (the address reads
# "morocco-braces-for-high-temperatures-and-wildfire-risks"), so the text starts with the lead.
# The stored copy breaks off inside the paragraph after Benabou's warning ("Morocco’s
# capabilities and interven"), so the text is cut before it. The page gives no date.
# Notes:
# - "triggering concerns among residents about the looming threat of wildfires": the residents'
#   concern with its content (corpus: "That has experts concerned that ..."); "particularly in
#   light of ..." gives the ground of the concern, left out with "about".
# - "issued a warning bulletin, predicting a new heat wave ...": the directorate predicts through
#   its bulletin; "with temperatures expected to range ..." is part of the prediction, and the
#   participle "expected" is no claim of its own (FORMAT.md, Excluded: forecasts as participles).
# - "The bulletin, signaling an orange-level vigilance, highlighted that ...": the bulletin's
#   author is named only in the sentence before, so it is its own entity (FORMAT.md, Documents);
#   "signaling an orange-level vigilance" is a label of the bulletin, not a report, and is left out.
# - "Meanwhile, the regions of Tata ... may experience ..." has no cue (FORMAT.md, No cue, no
#   claim).
# - "told MoroccoLatestNews AR": the outlet is a medium, not a source.
doc("moroccolatestnews-heat-wave-wildfire-risks-benabou",
    url="https://moroccolatestnews.com/morocco-braces-for-high-temperatures-and-wildfire-risks/",
    outlet="Morocco Latest News", country="Morocco", topic="environment", cut=True,
    text=(T := "Following a period of relative respite, temperatures are once again on the rise in several Moroccan regions, triggering concerns among residents about the looming threat of wildfires, particularly in light of the recent events in Algeria.\n"
          "On Thursday, the General Directorate of Meteorology issued a warning bulletin, predicting a new heat wave across the country, with temperatures expected to range from 33 to 47 degrees Celsius, starting from Saturday and lasting until the following Tuesday.\n"
          "The bulletin, signaling an orange-level vigilance, highlighted that temperatures in the provinces of Fahs-Anjra, Mdiq-Fnideq, Chefchaouen, Tetouan, Nador, and Driouch, located in the Tangier-Tetouan-Al Hoceima region—one of the most vulnerable to wildfires—could reach between 33 and 39 degrees Celsius from Saturday to Monday.\n"
          "In addition, meteorologists anticipated temperatures ranging from 42 to 44 degrees Celsius in the provinces of Beni Mellal, Fakih Bensalah, Kalaat Sraghna, Taroudant, Guelmim, Ouarzazate, and Tinghir. Meanwhile, the regions of Tata, Errachidia, and Zagora may experience even higher temperatures, ranging from 44 to 47 degrees Celsius.\n"
          "Mohamed Benabou, a climate and environment expert told MoroccoLatestNews AR that with each new heat wave, the risk index for wildfires spreading over vast forested areas increases. He disclosed that currently, the country is facing an average of five to six fires per day, destroying approximately 1,200 hectares of forests. However, he warned that this figure could escalate in the coming days and weeks if the heat wave persists."),
    entities=[("residents", "residents", "GROUP", [], "residents of Moroccan regions"),
              ("dgm", "the General Directorate of Meteorology", "ORGANIZATION", ["General Directorate of Meteorology"],
               "Morocco's weather service"),
              ("bulletin", "The bulletin", "ORGANIZATION", ["a warning bulletin"], "the directorate's warning bulletin"),
              ("meteorologists", "meteorologists", "GROUP", [], None),
              ("benabou", "Mohamed Benabou", "PERSON", ["Benabou", "Mohamed Benabou, a climate and environment expert"],
               "climate and environment expert")],
    mentions=[("m1", "residents", "residents"),
              ("m2", "the General Directorate of Meteorology", "dgm"),
              ("m3", "a warning bulletin", "bulletin"),
              ("m4", "The bulletin", "bulletin"),
              ("m5", "meteorologists", "meteorologists"),
              ("m6", "Mohamed Benabou, a climate and environment expert", "benabou"),
              ("m7", ("He", "He disclosed"), "benabou"),
              ("m8", ("he", "he warned"), "benabou")],
    attributions=[("a1", "INDIRECT", "m1", "concerns", "the looming threat of wildfires", None),
                  ("a2", "INDIRECT", "m2", "predicting", seg(T, "a new heat wave across the country", "the following Tuesday"), None),
                  ("a3", "INDIRECT", "m4", "highlighted", seg(T, "temperatures in the provinces of Fahs-Anjra", "from Saturday to Monday"), None),
                  ("a4", "INDIRECT", "m5", "anticipated", seg(T, "temperatures ranging from 42", "Ouarzazate, and Tinghir"), None),
                  ("a5", "INDIRECT", "m6", "told", seg(T, "with each new heat wave", "forested areas increases"), None),
                  ("a6", "INDIRECT", "m7", "disclosed", seg(T, "currently, the country is facing", "hectares of forests"), None),
                  ("a7", "INDIRECT", "m8", "warned", seg(T, "this figure could escalate", "the heat wave persists"), None)])

write("train_bz.jsonl")
