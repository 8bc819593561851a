#!/usr/bin/env python3
"""Writes test9_c.jsonl: real-news gold, split test9-c (see gold.py). Run: python3 make_test9_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Stored page: "Menu Content / Go Top / Politics" navigation, the "Written/Updated" line and the
# "Photo : YONHAP News" caption removed. KBS files it under Politics; the story is about chip
# supply reporting, so it is given the technology topic here.
doc("kbs-park-denies-nikkei-photoresist-report",
    url="http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=147351",
    outlet="KBS World", country="South Korea", topic="technology", cut=False, published="2019-08-12",
    text=(T := "S. Korean Expert Calls Report on Samsung's New Photoresist Supplier 'Erroneous'\n"
          "A South Korean expert has denied that he provided quotes for a Japanese report that said South Korea secured key chip supply from Belgium amid Japan's export curbs.\n"
          "Hanyang University Professor Park Jae-keun, who heads the Korean Society of Semiconductor and Display Technology, told Yonhap News on Sunday that he has never met or spoke with a reporter from Japan's Nikkei Asian Review.\n"
          "He said the financial newspaper made it look like he had spoken to them when it issued a report on Saturday that claimed Samsung had locked down a photoresist supplier in Belgium due to Japan's trade restrictions against South Korea.\n"
          "Park called the Japanese report completely erroneous and explained that a Nikkei reporter had asked him to comment on a story by another media outlet, but he told the reporter, via his secretary, to seek comments directly from that media outlet.\n"
          "The Nikkei quoted Park as saying that Samsung Electronics is procuring photoresist from a company in Belgium amid Japan's tightened export controls.\n"
          "Last Thursday, Tokyo gave the go-ahead for a shipment of extreme ultraviolet photoresists, which are used in the production of semiconductors. It marked the first such approval since Tokyo slapped trade restrictions on fluorinated polyimides, photoresists and etching gas to South Korea on July 4."),
    # "a Japanese report" (paragraph 1) names no author in its NP or sentence, so it is its own
    # entity (FORMAT.md, Documents), although a reader sees it is the Nikkei's. "a report" in
    # paragraph 3 is issued by "it" (the financial newspaper) in the same sentence, so it is a
    # mention of the Nikkei. Yonhap News is a medium (told Yonhap News), not a speaker.
    entities=[("park", "Park Jae-keun", "PERSON",
               ["Park", "Hanyang University Professor Park Jae-keun", "A South Korean expert", "S. Korean Expert"],
               "Hanyang University professor, head of the Korean Society of Semiconductor and Display Technology"),
              ("jreport", "a Japanese report", "ORGANIZATION", ["the Japanese report"], "the Japanese newspaper report"),
              ("nikkei", "Nikkei Asian Review", "ORGANIZATION",
               ["Japan's Nikkei Asian Review", "The Nikkei", "the financial newspaper"], "Japanese financial newspaper"),
              ("nreporter", "a Nikkei reporter", "PERSON", ["the reporter"], "reporter of the Nikkei Asian Review")],
    mentions=[("m1", "S. Korean Expert", "park"),
              ("m2", "A South Korean expert", "park"),
              ("m3", "a Japanese report", "jreport"),
              ("m4", "Hanyang University Professor Park Jae-keun", "park"),
              ("m5", "Japan's Nikkei Asian Review", "nikkei"),
              ("m6", ("He", "He said the financial"), "park"),
              ("m7", "the financial newspaper", "nikkei"),
              ("m8", ("a report", "issued a report"), "nikkei"),
              ("m9", ("Park", "Park called"), "park"),
              ("m10", "the Japanese report", "jreport"),
              ("m11", "a Nikkei reporter", "nreporter"),
              ("m12", ("he", "but he told"), "park"),
              ("m13", ("the reporter", "the reporter, via"), "nreporter"),
              ("m14", "The Nikkei", "nikkei"),
              ("m15", ("Park", "Park as saying"), "park")],
    attributions=[("a1", "MIXED", "m1", "Calls", "Report on Samsung's New Photoresist Supplier 'Erroneous'", None),
                  ("a2", "INDIRECT", "m2", "denied",
                   seg(T, "he provided quotes", "amid Japan's export curbs"), None),
                  ("a3", "INDIRECT", "m3", ("said", "report that said"),
                   "South Korea secured key chip supply from Belgium amid Japan's export curbs", "a2"),
                  ("a4", "INDIRECT", "m4", ("told", "told Yonhap"),
                   "he has never met or spoke with a reporter from Japan's Nikkei Asian Review", None),
                  ("a5", "INDIRECT", "m6", ("said", "He said the financial"),
                   seg(T, "the financial newspaper made it look", "trade restrictions against South Korea"), None),
                  ("a6", "INDIRECT", "m8", "claimed",
                   "Samsung had locked down a photoresist supplier in Belgium due to Japan's trade restrictions against South Korea", "a5"),
                  ("a7", "INDIRECT", "m9", ("called", "Park called"), "the Japanese report completely erroneous", None),
                  ("a8", "INDIRECT", "m9", "explained",
                   seg(T, "a Nikkei reporter had asked", "directly from that media outlet"), None),
                  # "asked X to Y" keeps the addressee, as "called on X to Y" does and as most of
                  # the corpus does for "asked"; "told X to Y" leaves it out (corpus convention).
                  ("a9", "INDIRECT", "m11", ("asked", "had asked him"),
                   "him to comment on a story by another media outlet", "a8"),
                  ("a10", "INDIRECT", "m12", ("told", "he told the reporter"),
                   "to seek comments directly from that media outlet", "a8"),
                  # "X quoted Y as saying that Z": X's claim is "Y as saying that Z", with Y's
                  # nested inside it (as kuwaittimes-cabinet-amir-ramadan a6/a7 does).
                  ("a11", "INDIRECT", "m14", "quoted",
                   seg(T, "Park as saying that Samsung", "tightened export controls"), None),
                  ("a12", "INDIRECT", "m15", "saying",
                   "Samsung Electronics is procuring photoresist from a company in Belgium amid Japan's tightened export controls", "a11")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead ("Agartala:" is a dateline).
# Cut after the sixth paragraph; the stored copy breaks off in the seventh.
doc("eastmojo-tripura-bank-manager-murder-conviction",
    url="https://www.eastmojo.com/tripura/2023/06/02/tripura-court-convicts-all-4-accused-in-bank-managers-murder-in-2019/",
    outlet="EastMojo", country="India", topic="courts-crime", cut=True, published="2023-06-02",
    text=(T := "Agartala: West Tripura District and Sessions Court on Friday convicted four accused persons in connection with the sensational murder case of a bank manager that rocked Tripura in August 2019. The quantum of sentence will be announced on Saturday.\n"
          "After a prolonged hearing in the case on Friday, the Court found all the four persons accused in the case guilty under Indian Penal Code section 302 (murder) and section 34 (common intention), special public prosecutor of the case Samrat Kar Bhowmik said.\n"
          "“The Court, however, did not pronounce the sentences for the convicts. We have been informed that the Court will deliver the sentences on Saturday,” Bhowmik said after the Court’s verdict.\n"
          "Meanwhile, senior advocate and defense lawyer Pijush Biswas hit out at the Court’s judgment and called it a “judicial injustice”. According to Biswas, they will challenge the Court’s ruling in the High Court of Tripura.\n"
          "On the intervening night of August 3-4 in 2019, Bodhisatta Das (the deceased) was seated at the Jackson gate area of Agartala city along with a friend, when the accused persons started urinating in the open at about 11:30 pm. Das objected to this, leading to a physical scuffle that culminated in his murder.\n"
          "“The Court has recorded the statements of 56 witnesses during the trial. Among them two witnesses, namely Basu Kar and Dr Abhijit Dasgupta, turned hostile. They stepped back from their initial statements during the trial. We have appealed to the Court to initiate proceedings against them for their act of perjury,” the Special Public Prosecutor said."),
    # "convicted", "did not pronounce the sentences", "has recorded the statements" are court
    # actions (not claims); "found ... guilty" is a verdict, annotated as the corpus does
    # (malawistar, mozambiquetribune, ssna). "hit out at X" is treated like "lambasted X".
    # "Das objected to this" is annotated like "complained about noise" (content "this"):
    # the objection is what led to the scuffle. "We have appealed" inside the prosecutor's
    # quotation is the prosecution he speaks for; it is linked to him, as the text names no
    # other prosecution entity. "We have been informed that" is an agentless report (null source).
    entities=[("court", "West Tripura District and Sessions Court", "ORGANIZATION", ["the Court"],
               "district and sessions court trying the case"),
              ("bhowmik", "Samrat Kar Bhowmik", "PERSON",
               ["Bhowmik", "special public prosecutor of the case Samrat Kar Bhowmik", "the Special Public Prosecutor"],
               "special public prosecutor in the case"),
              ("biswas", "Pijush Biswas", "PERSON", ["Biswas", "senior advocate and defense lawyer Pijush Biswas"],
               "defence lawyer"),
              ("das", "Bodhisatta Das", "PERSON", ["Das"], "the murdered bank manager")],
    mentions=[("m1", "West Tripura District and Sessions Court", "court"),
              ("m2", ("the Court", "the Court found"), "court"),
              ("m3", "special public prosecutor of the case Samrat Kar Bhowmik", "bhowmik"),
              ("m4", ("The Court", "“The Court, however"), "court"),
              ("m5", ("the Court", "the Court will deliver"), "court"),
              ("m6", ("Bhowmik", "Bhowmik said after"), "bhowmik"),
              ("m7", "senior advocate and defense lawyer Pijush Biswas", "biswas"),
              ("m8", ("Biswas", "According to Biswas"), "biswas"),
              ("m9", "Bodhisatta Das", "das"),
              ("m10", ("Das", "Das objected"), "das"),
              ("m11", ("The Court", "The Court has recorded"), "court"),
              ("m12", ("We", "We have appealed"), "bhowmik"),
              ("m13", ("the Court", "appealed to the Court"), "court"),
              ("m14", "the Special Public Prosecutor", "bhowmik")],
    attributions=[("a1", "INDIRECT", "m3", ("said", "Bhowmik said."),
                   seg(T, "After a prolonged hearing", "section 34 (common intention)"), None),
                  ("a2", "INDIRECT", "m2", "found",
                   seg(T, "all the four persons accused", "section 34 (common intention)"), "a1"),
                  ("a3", "DIRECT", "m6", ("said", "Bhowmik said after"),
                   seg(T, "The Court, however, did not", "sentences on Saturday,"), None),
                  ("a4", "INDIRECT", None, "informed", "the Court will deliver the sentences on Saturday", "a3"),
                  ("a5", "INDIRECT", "m7", "hit out", "the Court’s judgment", None),
                  ("a6", "MIXED", "m7", ("called", "called it"), "it a “judicial injustice”", None),
                  ("a7", "INDIRECT", "m8", "According to",
                   "they will challenge the Court’s ruling in the High Court of Tripura", None),
                  ("a8", "INDIRECT", "m10", "objected", ("this", "objected to this"), None),
                  ("a9", "DIRECT", "m14", ("said", "Prosecutor said"),
                   seg(T, "The Court has recorded", "their act of perjury,"), None),
                  # "appealed to X to Y": the linking "to" is left out, the addressee kept (as
                  # "called on X to Y"; corpus: turan, modernghana, sudanevents).
                  ("a10", "INDIRECT", "m12", "appealed",
                   "the Court to initiate proceedings against them for their act of perjury", "a9")])

# ---------------------------------------------------------------------------------------
# Stored page: photo captions before the headline and the caption between paragraphs 5 and 6
# removed; the headline is followed by the standfirst. Cut at the end of the last whole
# paragraph of the stored copy (it breaks off in the next one).
doc("thespec-kuwabara-45-storey-tower-pier-8",
    url="https://www.thespec.com/news/hamilton-region/2020/05/21/tall-order-45-storey-tower-pitched-for-hamiltons-pier-8-harbourfront.html",
    outlet="The Hamilton Spectator", country="Canada", topic="local", cut=True, published="2020-05-21",
    text=(T := "45-storey ‘cylindrical’ tower pitched for west harbour\n"
          "Well-known architect Bruce Kuwabara is proposing a skyscraper on the former industrial pier. For now, the building height limit is eight storeys.\n"
          "A startling proposal for a residential tower reaching up to 45-storeys in height is the upshot of a neighbourhood appeal of Hamilton’s Pier 8 redevelopment.\n"
          "The “signature” cylindrical tower — paired with a shorter, 30-storey building — was pitched by pier redevelopment architect Bruce Kuwabara in a virtual meeting with neighbourhood residents Wednesday.\n"
          "The celebrated architect, who grew up in the North End, said he sees the white tower as a “symbol of waterfront transformation” that would be evocative of — and visible from — the historic McQuesten high-level bridge.\n"
          "The tower would also allow more family-sized units and on-pier parking in the planned harbourfront neighbourhood — which otherwise has an eight-storey height limit.\n"
          "But there’s no guarantee a tower will go ahead at record-breaking heights — or even at all. “We have not yet decided whether there can be a tall building on the site or not,” said Chris Phillips, a city project lead on harbour development."),
    # "pitched"/"proposing"/"proposal" take the proposed thing as a noun-phrase content, as the
    # corpus does for "proposed" ("That telexistence idea was first proposed by ..."). The
    # headline's and the lead's proposal name nobody, so their source is null (FORMAT.md, Null
    # source: a claim noun with no claimant). A passive's subject is the thing pitched, so it
    # is the content here (not a raised subject). "a neighbourhood appeal" is a legal filing,
    # not a speech act; "there's no guarantee" has no speaker or cue.
    entities=[("kuwabara", "Bruce Kuwabara", "PERSON",
               ["Kuwabara", "Well-known architect Bruce Kuwabara", "pier redevelopment architect Bruce Kuwabara",
                "The celebrated architect"], "architect of the Pier 8 redevelopment"),
              ("phillips", "Chris Phillips", "PERSON", ["Phillips", "Chris Phillips, a city project lead on harbour development"],
               "City of Hamilton project lead on harbour development")],
    mentions=[("m1", "Well-known architect Bruce Kuwabara", "kuwabara"),
              ("m2", "pier redevelopment architect Bruce Kuwabara", "kuwabara"),
              ("m3", "The celebrated architect", "kuwabara"),
              ("m4", "Chris Phillips, a city project lead on harbour development", "phillips")],
    attributions=[("a1", "MIXED", None, ("pitched", "tower pitched for"), "45-storey ‘cylindrical’ tower", None),
                  ("a2", "INDIRECT", "m1", "proposing", "a skyscraper on the former industrial pier", None),
                  ("a3", "INDIRECT", None, "proposal",
                   "a residential tower reaching up to 45-storeys in height", None),
                  ("a4", "MIXED", "m2", ("pitched", "was pitched by"),
                   "The “signature” cylindrical tower — paired with a shorter, 30-storey building", None),
                  ("a5", "MIXED", "m3", ("said", "North End, said"),
                   seg(T, "he sees the white tower", "McQuesten high-level bridge"), None),
                  ("a6", "DIRECT", "m4", ("said", "said Chris Phillips"),
                   "We have not yet decided whether there can be a tall building on the site or not,", None)])

# ---------------------------------------------------------------------------------------
# Stored page: the title line ("... Skip to content"), the byline "By Iceland Review" and the
# photo caption after the second paragraph removed. The stored copy ends with the Haarde
# paragraph, which closes the story (cut=False); the page gives no date (the story is from the
# January 2009 government crisis).
doc("icelandreview-reykjavik-social-democrats-split-coalition",
    url="https://www.icelandreview.com/news/social-democrats-reykjavik-want-split-coalition/",
    outlet="Iceland Review", country="Iceland", topic="politics", cut=False,
    text=(T := "Social Democrats in Reykjavík Want to Split Coalition\n"
          "A loud demonstration took place outside the National Theater yesterday evening where the Social Democrat faction of Reykjavík held a meeting, deciding afterwards that the coalition with the Independence Party in Iceland’s government should be terminated.\n"
          "The Reykjavík faction is urging their party’s leadership to take that step immediately, form a new government which would rule temporarily until new elections would be held, no later than in May this year, Morgunbladid reports.\n"
          "According to Fréttabladid, both vice-chairman of the Social Democrats Ágúst Ólafur Ágústsson and party group chairman Lúdvík Bergsson agree with the Reykjavík faction that elections should be held next spring and, in fact, the majority of the party’s members nationwide are also of the same opinion.\n"
          "Chairman of the Progressive Party Sigmundur Davíd Gunnlaugsson said his party is prepared to stand by a minority coalition between the Social Democrats and the Left-Greens provided there will be elections before the end of April.\n"
          "While the Social Democrats did not express interest in such a coalition, chairman of the Left-Greens Steingrímur J. Sigfússon welcomed the idea.\n"
          "Prime Minister and chairman of the Independence Party Geir H. Haarde claimed it would be unwise to have new elections in spring, arguing that the government is preoccupied with working on important projects.\n"
          "Haarde stated that he had talked with Foreign Minister and chairman of the Social Democrats Ingibjörg Sólrún Gísladóttir, who is on sick leave, yesterday and that she had confirmed to him that their coalition was not in danger."),
    # Judgment calls: the headline's "Want" sums up the faction's stated demand and is annotated
    # like "The Prime Minister wants ..." (corpus). "deciding that X should be terminated" is the
    # meeting's resolution, annotated like "the board decided that ..." (eyeradio). "agree with
    # the Reykjavík faction that Y": the with-phrase is left out of the content. Not annotated:
    # "the majority ... are also of the same opinion" (no content of its own, only an anaphor),
    # "the Social Democrats did not express interest in such a coalition" (a negated act with no
    # open question; FORMAT.md annotates refusals only with an open question), "he had talked
    # with ..." (no content). The two named vice-chairs form one GROUP (coordinated subject).
    entities=[("faction", "the Social Democrat faction of Reykjavík", "GROUP",
               ["Social Democrats in Reykjavík", "The Reykjavík faction", "Reykjavík faction"],
               "Reykjavík branch of Iceland's Social Democratic Alliance"),
              ("morgunbladid", "Morgunbladid", "ORGANIZATION", [], "Icelandic daily newspaper"),
              ("frettabladid", "Fréttabladid", "ORGANIZATION", [], "Icelandic daily newspaper"),
              ("vicechairs", "Ágúst Ólafur Ágústsson and Lúdvík Bergsson", "GROUP",
               ["both vice-chairman of the Social Democrats Ágúst Ólafur Ágústsson and party group chairman Lúdvík Bergsson"],
               "Social Democrat vice-chairman and party group chairman"),
              ("gunnlaugsson", "Sigmundur Davíd Gunnlaugsson", "PERSON",
               ["Gunnlaugsson", "Chairman of the Progressive Party Sigmundur Davíd Gunnlaugsson"], "chairman of the Progressive Party"),
              ("sigfusson", "Steingrímur J. Sigfússon", "PERSON",
               ["Sigfússon", "chairman of the Left-Greens Steingrímur J. Sigfússon"], "chairman of the Left-Greens"),
              ("haarde", "Geir H. Haarde", "PERSON",
               ["Haarde", "Prime Minister and chairman of the Independence Party Geir H. Haarde"],
               "Prime Minister of Iceland, chairman of the Independence Party"),
              ("gisladottir", "Ingibjörg Sólrún Gísladóttir", "PERSON",
               ["Gísladóttir", "Foreign Minister and chairman of the Social Democrats Ingibjörg Sólrún Gísladóttir"],
               "Foreign Minister, chairman of the Social Democrats")],
    mentions=[("m1", "Social Democrats in Reykjavík", "faction"),
              ("m2", "the Social Democrat faction of Reykjavík", "faction"),
              ("m3", "The Reykjavík faction", "faction"),
              ("m4", "Morgunbladid", "morgunbladid"),
              ("m5", "Fréttabladid", "frettabladid"),
              ("m6", "both vice-chairman of the Social Democrats Ágúst Ólafur Ágústsson and party group chairman Lúdvík Bergsson", "vicechairs"),
              ("m7", ("the Reykjavík faction", "with the Reykjavík faction"), "faction"),
              ("m8", "Chairman of the Progressive Party Sigmundur Davíd Gunnlaugsson", "gunnlaugsson"),
              ("m9", "chairman of the Left-Greens Steingrímur J. Sigfússon", "sigfusson"),
              ("m10", "Prime Minister and chairman of the Independence Party Geir H. Haarde", "haarde"),
              ("m11", ("Haarde", "Haarde stated"), "haarde"),
              ("m12", "Foreign Minister and chairman of the Social Democrats Ingibjörg Sólrún Gísladóttir", "gisladottir"),
              ("m13", ("she", "she had confirmed"), "gisladottir")],
    attributions=[("a1", "INDIRECT", "m1", "Want", "to Split Coalition", None),
                  ("a2", "INDIRECT", "m2", "deciding",
                   "the coalition with the Independence Party in Iceland’s government should be terminated", None),
                  ("a3", "INDIRECT", "m4", "reports",
                   seg(T, "The Reykjavík faction is urging", "no later than in May this year"), None),
                  ("a4", "INDIRECT", "m3", "urging",
                   seg(T, "their party’s leadership to take", "no later than in May this year"), "a3"),
                  ("a5", "INDIRECT", "m5", "According to",
                   seg(T, "both vice-chairman of the Social", "also of the same opinion"), None),
                  ("a6", "INDIRECT", "m6", "agree", "elections should be held next spring", "a5"),
                  ("a7", "INDIRECT", "m8", ("said", "Gunnlaugsson said"),
                   seg(T, "his party is prepared", "before the end of April"), None),
                  ("a8", "INDIRECT", "m9", "welcomed", "the idea", None),
                  ("a9", "INDIRECT", "m10", "claimed", "it would be unwise to have new elections in spring", None),
                  ("a10", "INDIRECT", "m10", "arguing",
                   "the government is preoccupied with working on important projects", None),
                  ("a11", "INDIRECT", "m11", "stated",
                   seg(T, "he had talked with Foreign Minister", "coalition was not in danger"), None),
                  ("a12", "INDIRECT", "m13", "confirmed", "their coalition was not in danger", "a11")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead. Cut after the paragraph that
# follows Sousa's quotation; the stored copy breaks off in the next one. The page gives no date
# (the semi-finals were played on 5 December 2019). "Bahrain set to impress" is an unquoted
# cross-head, a label.
doc("omanobserver-gulf-cup-semifinals-katanec-sousa",
    url="https://www.omanobserver.om/qatar-take-on-saudi-bahrain-set-for-iraq-challenge/",
    outlet="Oman Observer", country="Oman", topic="sport", cut=True,
    text=(T := "The 24th edition of the Arabian Gulf Cup will enter to the crucial knockout rounds on Thursday as Asian champions Qatar will take on Saudi Arabia at Al Janoub Stadium at 9 pm (Oman time). In the earlier semifinal, Iraq will meet Bahrain at Abdullah bin Khalifa Stadium at 6 pm (Oman time).\n"
          "Iraq head coach Strecko Katanec said the preparation went like the other previous games without any special warm-up. “The training session on Wednesday is important and will decide the players who are ready for the match. I am proud of our players performance. They did a great job and gave 100 per cent in the previous matches,” he added.\n"
          "Iraq topped Group A with seven points as they registered two victories against hosts Qatar and the UAE while they drew goalless against Yemen.\n"
          "The Slovenian coach called up the Iraqi players to give their best against Bahrain.\n"
          "Both teams met each other many times this year. Bahrain would like to rekindle the memories of the final match of the West Asian Championship which ended in favour of Bahrain and they lifted the title. In the World Cup qualifiers, both teams ended their two matches in draws.\n"
          "The 56-year-old said he was confident that the players will give their maximum. “I want the players to show their best quality. Bahrain is a good team. They played in different squads and have good defence,” he said. The Iraq coach requested the referees to reduce the use of VAR.\n"
          "Iraq forward Alaa Abdul Zahra affirmed that Bahrain is a good team. “Our team is ready for the match with the players in best shape and full focus,” he said.\n"
          "Bahrain set to impress\n"
          "Bahrain head coach Helio Sousa expressed satisfaction on their performance. “I am happy with our performance in the tournament. This is a great moment for Bahraini fans,” he said.\n"
          "Bahrain secured a spot to the semifinals as they edged defending champions Oman on goal average for second place with four points."),
    # "called up the Iraqi players to give their best" is read as "called on X to Y" (the
    # addressee kept, FORMAT.md Contiguity); "requested the referees to ..." keeps the addressee
    # like "asked/urged X to Y" (corpus: nation-hate-speech-case "requested the court to ...").
    # "expressed satisfaction on X" is annotated like "expressed concern over X" (corpus).
    # "Bahrain would like to rekindle the memories ..." is the journalist's narration of a
    # team's wish, with no statement reported, so it is not annotated.
    entities=[("katanec", "Strecko Katanec", "PERSON",
               ["Katanec", "Iraq head coach Strecko Katanec", "The Slovenian coach", "The 56-year-old", "The Iraq coach"],
               "head coach of Iraq"),
              ("zahra", "Alaa Abdul Zahra", "PERSON", ["Zahra", "Iraq forward Alaa Abdul Zahra"], "Iraq forward"),
              ("sousa", "Helio Sousa", "PERSON", ["Sousa", "Bahrain head coach Helio Sousa"], "head coach of Bahrain")],
    mentions=[("m1", "Iraq head coach Strecko Katanec", "katanec"),
              ("m2", ("he", "he added"), "katanec"),
              ("m3", "The Slovenian coach", "katanec"),
              ("m4", "The 56-year-old", "katanec"),
              ("m5", ("he", "defence,” he said"), "katanec"),
              ("m6", "The Iraq coach", "katanec"),
              ("m7", "Iraq forward Alaa Abdul Zahra", "zahra"),
              ("m8", ("he", "full focus,” he said"), "zahra"),
              ("m9", "Bahrain head coach Helio Sousa", "sousa"),
              ("m10", ("he", "Bahraini fans,” he said"), "sousa")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Katanec said"),
                   "the preparation went like the other previous games without any special warm-up", None),
                  ("a2", "DIRECT", "m2", "added", seg(T, "The training session on Wednesday", "in the previous matches,"), None),
                  ("a3", "INDIRECT", "m3", "called up", "the Iraqi players to give their best against Bahrain", None),
                  ("a4", "INDIRECT", "m4", ("said", "56-year-old said"), "he was confident that the players will give their maximum", None),
                  ("a5", "DIRECT", "m5", ("said", "defence,” he said"),
                   seg(T, "I want the players to show", "have good defence,"), None),
                  ("a6", "INDIRECT", "m6", "requested", "the referees to reduce the use of VAR", None),
                  ("a7", "INDIRECT", "m7", "affirmed", ("Bahrain is a good team", "affirmed that Bahrain"), None),
                  ("a8", "DIRECT", "m8", ("said", "full focus,” he said"),
                   "Our team is ready for the match with the players in best shape and full focus,", None),
                  ("a9", "INDIRECT", "m9", "expressed satisfaction", "their performance", None),
                  ("a10", "DIRECT", "m10", ("said", "Bahraini fans,” he said"),
                   "I am happy with our performance in the tournament. This is a great moment for Bahraini fans,", None)])

# ---------------------------------------------------------------------------------------
# Stored page (AMP copy): the byline and date line "By Oliver Musembi and Samuel Kariuki,
# October 13, 2023" removed; "Rampant illegal logging" is an unquoted cross-head (a label). Cut
# after the ninth paragraph; the stored copy breaks off in the next one. Typos kept verbatim
# ("on the one had", "Kenya Forest service").
doc("peopledaily-tuya-no-sacred-cows-kfs",
    url="https://peopledaily.digital/news/soipan-rules-out-sacred-cows-in-kfs/amp",
    outlet="People Daily", country="Kenya", topic="environment", cut=True, published="2023-10-13",
    text=(T := "Soipan rules out sacred cows in KFS\n"
          "There will be no sacred cows in the crackdown on those destroying forests, the Ministry of Environment Climate Change and Forestry has warned.\n"
          "At the same time, Cabinet Secretary Soipan Tuya assured that the forests and natural resources of the country will be safe under her watch despite reports of illegal activities and destruction of trees.\n"
          "“We have also come to witness the Chief Conservator of Forests, issue show cause letters and the taking of disciplinary steps for forest officers who have been under investigation over the past months, following intelligence reports.\n"
          "“We are sending a strong warning to both the Board of Directors and the Management of Kenya Forest Service that there will be no sacred cows. Anyone found abetting, aiding or conniving to deplete our forest resources will face the full force of the law,” said Ms Tuya during a media briefing at Karura Forest in Nairobi yesterday.\n"
          "Rampant illegal logging\n"
          "On Wednesday while at the Kenya Forest Rangers pass-out Parade, President William Ruto pointed at reports of rampant illegal logging of forests, encroachment and other related illegal activities, some of which he stated are being aided and abetted by the Kenya Forest service Management and Staff.\n"
          "The President ordered that those implicated be relieved of their duties immediately and to face charges in court.\n"
          "“As a Ministry we are implementing the National Landscape and Ecosystem Restoration Programme: Towards the Growing of 15 Billion trees, it will be zero sum, if on the one had we claim we are planting 15 Billion, while on the other hand we cannot protect and conserve that which we already have,” the CS stated.\n"
          "She appealed to both government personnel and members of the public to continue giving information and intelligence on all these illegal activities and said action will be taken on culprits."),
    # Judgment calls: Tuya's quotation runs over two paragraphs (the first has no closing mark,
    # the second reopens), so it is one DIRECT claim (FORMAT.md, Unit). Its "We are sending a
    # strong warning ... that ..." is nested, with "We" the ministry she speaks for ("As a
    # Ministry we ..."). "despite reports of ..." is an adjunct of "assured" (left out of its
    # content, like "despite the cracks"), and "reports of ..." with no claimant is its own
    # claim with a null source. "some of which he stated are ..." keeps its parenthetical
    # reporting clause inside the content (Contiguity) and is nested in Ruto's "pointed at
    # reports ...", as is the null-source "reports of". "ordered that ..." is an action (not
    # annotated, as the corpus never annotates "ordered"); "if ... we claim we are planting"
    # is a hypothetical inside a quote. "appealed to X to Y" keeps the addressee.
    entities=[("tuya", "Soipan Tuya", "PERSON",
               ["Soipan", "Tuya", "Ms Tuya", "Cabinet Secretary Soipan Tuya", "the CS"],
               "Kenya's Cabinet Secretary for Environment, Climate Change and Forestry"),
              ("ministry", "the Ministry of Environment Climate Change and Forestry", "ORGANIZATION",
               ["Ministry of Environment Climate Change and Forestry"], "Kenya's environment ministry"),
              ("ruto", "William Ruto", "PERSON", ["Ruto", "President William Ruto", "The President"], "President of Kenya")],
    mentions=[("m1", ("Soipan", "Soipan rules"), "tuya"),
              ("m2", "the Ministry of Environment Climate Change and Forestry", "ministry"),
              ("m3", "Cabinet Secretary Soipan Tuya", "tuya"),
              ("m4", ("We", "We are sending"), "ministry"),
              ("m5", "Ms Tuya", "tuya"),
              ("m6", "President William Ruto", "ruto"),
              ("m7", ("he", "he stated"), "ruto"),
              ("m8", "The President", "ruto"),
              ("m9", "the CS", "tuya"),
              ("m10", ("She", "She appealed"), "tuya")],
    attributions=[("a1", "INDIRECT", "m1", "rules out", "sacred cows in KFS", None),
                  ("a2", "INDIRECT", "m2", "warned",
                   "There will be no sacred cows in the crackdown on those destroying forests", None),
                  ("a3", "INDIRECT", "m3", "assured",
                   "the forests and natural resources of the country will be safe under her watch", None),
                  ("a4", "INDIRECT", None, ("reports", "despite reports"), "illegal activities and destruction of trees", None),
                  ("a5", "DIRECT", "m5", ("said", "said Ms Tuya"),
                   seg(T, "We have also come to witness", "the full force of the law,"), None),
                  ("a6", "INDIRECT", "m4", "warning", ("there will be no sacred cows", "Kenya Forest Service that"), "a5"),
                  ("a7", "INDIRECT", "m6", "pointed at",
                   seg(T, "reports of rampant illegal logging", "Kenya Forest service Management and Staff"), None),
                  ("a8", "INDIRECT", None, ("reports", "reports of rampant"),
                   "rampant illegal logging of forests, encroachment and other related illegal activities", "a7"),
                  ("a9", "INDIRECT", "m7", ("stated", "he stated"),
                   seg(T, "some of which he stated", "Kenya Forest service Management and Staff"), "a7"),
                  ("a10", "DIRECT", "m9", ("stated", "the CS stated"),
                   seg(T, "As a Ministry we are implementing", "that which we already have,"), None),
                  ("a11", "INDIRECT", "m10", "appealed",
                   "both government personnel and members of the public to continue giving information and intelligence on all these illegal activities", None),
                  ("a12", "INDIRECT", "m10", ("said", "and said action"), "action will be taken on culprits", None)])

write("test9_c.jsonl")
