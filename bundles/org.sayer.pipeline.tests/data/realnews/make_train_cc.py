#!/usr/bin/env python3
"""Writes train_cc.jsonl: real-news gold, split train-cc (see gold.py). Run: python3 make_train_cc.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Zambia Daily Nation (Zambia). The whole article is in the stored page; the trailing
# "Categorized | Home News", comment and sponsor lines are left out. Date from the address.
# Notes:
# - Headline "Angry residents roast ‘lazy’ councillors": "roast" is read like "slams", a headline
#   claim with its object as content; the quoted word makes it MIXED. The source is the head noun
#   ("A plain group is its head noun"), as is "RESIDENTS" in the lead (its locative PP left out).
# - "expressed disatisfaction with X" → X, as "expressed dissatisfaction over" in make_train_ai.py.
# - Chirwa's quotation runs over two paragraphs (the first ends open, the second reopens): one
#   DIRECT claim with the cue "asked" (a quoted question with "asked").
# - "we have raised this issue several times" inside Soko's quotation has only an anaphoric NP and
#   no content of its own; "I even wonder ...", "we expect ..." are the speakers' own attitudes.
doc("zambiadailynation-lusaka-residents-roast-lazy-councillors",
    url="https://zambiadailynation.com/2016/03/01/angry-residents-roast-lazy-councillors/",
    outlet="Zambia Daily Nation", country="Zambia", topic="local", cut=False, published="2016-03-01",
    text=(T := "Angry residents roast ‘lazy’ councillors\n"
          "RESIDENTS of various townships in Lusaka have expressed disatisfaction with the performance of their councillors on development.\n"
          "They said most councillors have done little or nothing to develop their townships.\n"
          "Christina Chirwa, a resident of Msisi compound and has lived there for more than 10 years, said the area has been neglected as there has been no development since its establishment.\n"
          "“I even wonder if we have a councillor because I have not seen one, there is nothing to boast about here because there is no development. We don’t have clean water, schools and health posts.\n"
          "“Msisi is dirty and people still use the bush as toilets. Why is it that we are not provided with the necessary amenities?” she asked. Kelvin Soko of John Horward, complained that in his area there was no drainage system and the roads were in bad state.\n"
          "Mr. Soko said it was hard for residents to move especially during the rainy season as the area got flooded.\n"
          "“Our main complaints here have been on roads and the drainage system; this place is so pathetic when it rains. I wonder if we even have a councillor because we have raised this issue several times but nothing has been done so far,” he said.\n"
          "And Misozi Phiri of Kanyama noted that there was need to elect councillors who were capable of bringing development to townships. She noted that most of the townships in in the capital city were underdeveloped due to incompetent councillors.\n"
          "“These councillors have not done anything for most of these townships; elections are just around the corner so we expect political parties to adopt candidates who, when elected councillors, are going to deliver development to the people. We don’t want councillors who are lazy and just going to chew taxpayer’s money,” she said."),
    entities=[("residents", "Residents", "GROUP", ["RESIDENTS"], "residents of various Lusaka townships"),
              ("chirwa", "Christina Chirwa", "PERSON", ["Chirwa", "Christina Chirwa, a resident of Msisi compound"],
               "resident of Msisi compound"),
              ("soko", "Kelvin Soko", "PERSON", ["Soko", "Mr. Soko", "Kelvin Soko of John Horward"],
               "resident of John Howard township"),
              ("phiri", "Misozi Phiri", "PERSON", ["Phiri", "Misozi Phiri of Kanyama"], "resident of Kanyama")],
    mentions=[("m1", ("residents", "Angry residents"), "residents"),
              ("m2", "RESIDENTS", "residents"),
              ("m3", ("They", "They said"), "residents"),
              ("m4", "Christina Chirwa, a resident of Msisi compound", "chirwa"),
              ("m5", ("she", "she asked"), "chirwa"),
              ("m6", "Kelvin Soko of John Horward", "soko"),
              ("m7", "Mr. Soko", "soko"),
              ("m8", ("he", "so far,” he said"), "soko"),
              ("m9", "Misozi Phiri of Kanyama", "phiri"),
              ("m10", ("She", "She noted"), "phiri"),
              ("m11", ("she", "money,” she said"), "phiri")],
    attributions=[("a1", "MIXED", "m1", "roast", "‘lazy’ councillors", None),
                  ("a2", "INDIRECT", "m2", "expressed disatisfaction",
                   "the performance of their councillors on development", None),
                  ("a3", "INDIRECT", "m3", ("said", "They said"),
                   "most councillors have done little or nothing to develop their townships", None),
                  ("a4", "INDIRECT", "m4", ("said", "years, said"),
                   "the area has been neglected as there has been no development since its establishment", None),
                  ("a5", "DIRECT", "m5", "asked", seg(T, "I even wonder if", "necessary amenities?"), None),
                  ("a6", "INDIRECT", "m6", "complained",
                   "in his area there was no drainage system and the roads were in bad state", None),
                  ("a7", "INDIRECT", "m7", ("said", "Soko said"),
                   "it was hard for residents to move especially during the rainy season as the area got flooded", None),
                  ("a8", "DIRECT", "m8", ("said", "so far,” he said"), seg(T, "Our main complaints", "done so far,"), None),
                  ("a9", "INDIRECT", "m9", ("noted", "Kanyama noted"),
                   "there was need to elect councillors who were capable of bringing development to townships", None),
                  ("a10", "INDIRECT", "m10", ("noted", "She noted"),
                   "most of the townships in in the capital city were underdeveloped due to incompetent councillors", None),
                  ("a11", "DIRECT", "m11", ("said", "money,” she said"), seg(T, "These councillors have not", "taxpayer’s money,"), None)])

# ---------------------------------------------------------------------------------------
# Sawt Beirut International (Lebanon). The whole article is in the stored page; the site's
# date line ("| 5 March 2024, Tuesday |") is the date the page was viewed (every stored page of
# the site shows one of 2024, also a bulletin of 2021), so no date is recorded; the closing
# "Sawt Beirut International" label is left out. Notes:
# - Headline "This is what Elie Heikal told “Sawt Beirut International” regarding X": the cleft
#   points at the article, so the claim is read like the lead's "spoke about the next stage"
#   (topic contents, as "talked about X" in make_train_ao.py and make_train_aw.py): content X,
#   with "regarding" left out as a linking preposition; the outlet is a medium.
# - "sent a message to [addressees], “You are shameless.” Come down ... thugs!!”": the message's
#   second part has a closing mark but no opening one (FORMAT.md, Marks as printed), so the
#   content is the whole message, quoted and unquoted parts together, typed MIXED with its marks.
#   The addressees are left outside; "the people accused of bombing the port of Beirut" holds an
#   agentless accusation (null source; "accused X of Y" keeps Y here as the accused are outside
#   the clause). Inside the message "you ... accuse us of thugs" is nested speech of the
#   addressees ("accused X of Y" keeps X).
# - Heikal's own earlier speech inside his quotation ("I told you yesterday that ...", "I asked you
#   to go down ...") is nested, as make_train_av.py nests "I said before the game that ...";
#   "asked you to go down" is a directive and keeps its addressee (as "called on X to Y").
#   "your answer was that ..." is Fayyad's reply, nested with the possessive as its source.
# - "For the Lebanese people, “...” !" has no reporting clause: it continues Heikal (null cue).
doc("sawtbeirut-heikal-minister-fayyad-zouk-dangerous-materials",
    url="https://english.sawtbeirut.com/lebanon/this-is-what-elie-heikal-told-sawt-beirut-international-regarding-minister-fayyads-response-on-zouk-factorys-dangerous-materials/",
    outlet="Sawt Beirut International", country="Lebanon", topic="politics", cut=False,
    text=(T := "This is what Elie Heikal told “Sawt Beirut International” regarding Minister Fayyad’s response on Zouk factory’s dangerous materials\n"
          "Activist Elie Heikal spoke about the next stage, after he was being pursued after the “shoved” incident, which he committed against Energy Minister Walid Fayyad, while he was staying up at a restaurant.\n"
          "Heikal said: “As for the issue that happened between me and Minister Fayyad, it is not a personal matter, but Minister Fayyad has to bear more responsibility. I will certainly bear the responsibility and will not escape from the judiciary because of my belief in the state and the judiciary.”\n"
          "Heikal sent a message to the people accused of bombing the port of Beirut and those concerned, and some important ones decided to run again for Parliament, “You are shameless.” Come down and comply with the judiciary, to this extent you are cowards, do not recognize the state, and accuse us of thugs!!”\n"
          "Heikal addressed Minister Fayyad by saying: “I told you yesterday that there are dangerous materials inside the electricity plant in Zouk, and I asked you to go down, as you are the minister, but your answer was that you are a minister of guardianship and not a minister who has a decision … and this is not a response.”\n"
          "For the Lebanese people, “the children who died are victims of the entire political class, and the minister is responsible, because those who died were living on oxygen machines, and the smuggling was cut off, so he does not bear responsibility. He should not put himself in this place, and the word of a guardianship minister means that he only receives orders.” !\n"
          "Heikal concluded by saying, “When the nitrates are removed, I will be the one to come down and comply with the court, and I am ready for anything.”"),
    entities=[("heikal", "Elie Heikal", "PERSON", ["Heikal", "Activist Elie Heikal"], "Lebanese activist"),
              ("fayyad", "Walid Fayyad", "PERSON",
               ["Fayyad", "Minister Fayyad", "Energy Minister Walid Fayyad", "the minister"],
               "Lebanon's caretaker Minister of Energy and Water"),
              ("accused", "the people accused of bombing the port of Beirut and those concerned", "GROUP", [],
               "those accused over the Beirut port explosion, addressed by Heikal")],
    mentions=[("m1", ("Elie Heikal", "This is what Elie Heikal"), "heikal"),
              ("m2", "Activist Elie Heikal", "heikal"),
              ("m3", "Energy Minister Walid Fayyad", "fayyad"),
              ("m4", ("Heikal", "Heikal said:"), "heikal"),
              ("m5", ("Minister Fayyad", "between me and Minister Fayyad"), "fayyad"),
              ("m6", ("Minister Fayyad", "but Minister Fayyad"), "fayyad"),
              ("m7", ("Heikal", "Heikal sent"), "heikal"),
              ("m8", "the people accused of bombing the port of Beirut and those concerned", "accused"),
              ("m9", ("you", "you are cowards"), "accused"),
              ("m10", ("Heikal", "Heikal addressed"), "heikal"),
              ("m11", ("Minister Fayyad", "addressed Minister Fayyad"), "fayyad"),
              ("m12", ("I", "I told you"), "heikal"),
              ("m13", ("I", "I asked you"), "heikal"),
              ("m14", ("your", "your answer"), "fayyad"),
              ("m15", ("the minister", "the minister is responsible"), "fayyad"),
              ("m16", ("Heikal", "Heikal concluded"), "heikal")],
    attributions=[("a1", "INDIRECT", "m1", ("told", "Heikal told"),
                   "Minister Fayyad’s response on Zouk factory’s dangerous materials", None),
                  ("a2", "INDIRECT", "m2", "spoke about", "the next stage", None),
                  ("a3", "DIRECT", "m4", ("said", "Heikal said:"), seg(T, "As for the issue", "the state and the judiciary."), None),
                  ("a4", "INDIRECT", None, ("accused", "people accused"), "bombing the port of Beirut", None),
                  ("a5", "MIXED", "m7", "sent a message", seg(T, "“You are shameless.”", "accuse us of thugs!!”"), None),
                  ("a6", "INDIRECT", "m9", ("accuse", "and accuse us"), "us of thugs", "a5"),
                  ("a7", "DIRECT", "m10", ("saying", "by saying:"), seg(T, "I told you yesterday", "this is not a response."), None),
                  ("a8", "INDIRECT", "m12", ("told", "I told you"),
                   "there are dangerous materials inside the electricity plant in Zouk", "a7"),
                  ("a9", "INDIRECT", "m13", ("asked", "I asked you"), "you to go down, as you are the minister", "a7"),
                  ("a10", "INDIRECT", "m14", ("answer", "your answer"),
                   "you are a minister of guardianship and not a minister who has a decision", "a7"),
                  ("a11", "DIRECT", "m10", None, seg(T, "the children who died", "he only receives orders."), None),
                  ("a12", "DIRECT", "m16", "concluded by saying", seg(T, "When the nitrates", "ready for anything."), None)])

# ---------------------------------------------------------------------------------------
# Yoneco FM (Malawi). The stored page has no headline, so the text starts with the lead; the
# article ends within the stored copy. Date from the address. Notes:
# - Both quotations run over two paragraphs whose second paragraph has no reopening mark; the
#   marks are followed as printed (FORMAT.md), so each is one DIRECT claim up to its closing mark.
# - "lawyers ... who wanted ..." and "The State wanted ..." are desires, states with no speech act
#   (as "was unhappy with"), and not annotated; "citing X as Y" is the State's claim (as "citing
#   concerns" in make_train_by.py). "an application by the State that applied referral of ..." is a
#   request with an NP content, its source the document, which names its author (FORMAT.md,
#   Documents). The court's dismissals are actions.
# - "the State, through its Senior State Advocate Matthews Chione said": the State is the source,
#   its advocate the channel (as "through the counsel, the woman pleaded", make_train_bu.py).
# - Inside Kita's quotation the magistrate's request "she has asked both parties to make ..." is
#   nested (a directive with its addressee); "she wants to set ..." is a desire, left out.
# - Inside Chione's quotation: "X, that's what the court has said today" gives the court's claim X
#   before its cue (as "Draw was fair, says Vukic"); "the court has said make new submissions" and
#   the negated "it has not said we have made a ruling" (cue without the negation, FORMAT.md Cues)
#   are nested claims of the court.
doc("yonecofm-bushiri-extradition-court-dismisses-objection-witnesses",
    url="https://yonecofm.com/index.php/2022/07/11/court-dismisses-bushiris-objection-on-rsa-witnesses",
    outlet="Yoneco FM", country="Malawi", topic="courts-crime", cut=False, published="2022-07-11",
    text=(T := "Chief Resident Magistrate Madalitso Chimwaza has dismissed a preliminary objection by lawyers representing Prophet Shepherd Bushiri and his wife Mary who wanted South Africa-based witnesses to physically testify in the trial here in Malawi.\n"
          "The State wanted the witnesses to testify via a video link citing logistical challenges and coronavirus pandemic as constraining factors.\n"
          "But delivering her ruling this morning in Lilongwe, Magistrate Chimwaza said in accordance with High Court’s determination on the matter, her court would like to retake the trial.\n"
          "The court has also dismissed an application by the State that applied referral of the matter to the High Court.\n"
          "“I think she is a new Magistrate on the matter, she has taken over the matter afresh and based on the decision from the High Court she wants to set her own directions on she is going to attend to the matter.\n"
          "So she has asked both parties to make their representations on they want the evidence to be submitted in court,” said Wapona Kita, lawyer representing the fugitive offenders.\n"
          "Meanwhile, the State, through its Senior State Advocate Matthews Chione said the State will not appeal the ruling.\n"
          "He said: “We are going to make new submission on the matter as to whether the witnesses will give depositions in South Africa, that’s what the court has said today.\n"
          "We are not going to appeal because the court has said make new submissions, it has not said we have made a ruling, so we are not going to appeal.”\n"
          "The case was previously being heard by Chief Resident Magistrate Patrick Chirwa before he was promoted to the High Court bench.\n"
          "Hearing of the matter has since been adjourned to August 5, 2022."),
    entities=[("chimwaza", "Madalitso Chimwaza", "PERSON",
               ["Chimwaza", "Magistrate Chimwaza", "Chief Resident Magistrate Madalitso Chimwaza"],
               "Chief Resident Magistrate, Lilongwe"),
              ("state", "The State", "ORGANIZATION", ["an application by the State"], "the prosecution (Malawi)"),
              ("court", "the court", "ORGANIZATION", ["her court"], "the Chief Resident Magistrate's court in Lilongwe"),
              ("kita", "Wapona Kita", "PERSON", ["Kita", "Wapona Kita, lawyer representing the fugitive offenders"],
               "lawyer for Shepherd and Mary Bushiri"),
              ("chione", "Matthews Chione", "PERSON", ["Chione", "its Senior State Advocate Matthews Chione"],
               "Senior State Advocate")],
    mentions=[("m1", "Chief Resident Magistrate Madalitso Chimwaza", "chimwaza"),
              ("m2", ("The State", "The State wanted"), "state"),
              ("m3", "Magistrate Chimwaza", "chimwaza"),
              ("m4", "her court", "court"),
              ("m5", ("The court", "The court has also"), "court"),
              ("m6", "an application by the State", "state"),
              ("m7", ("she", "she is a new Magistrate"), "chimwaza"),
              ("m8", ("she", "So she has asked"), "chimwaza"),
              ("m9", "Wapona Kita, lawyer representing the fugitive offenders", "kita"),
              ("m10", ("the State", "Meanwhile, the State"), "state"),
              ("m11", "its Senior State Advocate Matthews Chione", "chione"),
              ("m12", ("the State", "the State will not"), "state"),
              ("m13", ("He", "He said:"), "chione"),
              ("m14", ("the court", "the court has said today"), "court"),
              ("m15", ("the court", "the court has said make"), "court"),
              ("m16", ("it", "it has not said"), "court")],
    attributions=[("a1", "INDIRECT", "m2", "citing",
                   "logistical challenges and coronavirus pandemic as constraining factors", None),
                  ("a2", "INDIRECT", "m3", ("said", "Chimwaza said"),
                   "in accordance with High Court’s determination on the matter, her court would like to retake the trial", None),
                  ("a3", "INDIRECT", "m6", "applied", "referral of the matter to the High Court", None),
                  ("a4", "DIRECT", "m9", ("said", "said Wapona"), seg(T, "I think she is a new", "submitted in court,"), None),
                  ("a5", "INDIRECT", "m8", ("asked", "she has asked"),
                   "both parties to make their representations on they want the evidence to be submitted in court", "a4"),
                  ("a6", "INDIRECT", "m10", ("said", "Chione said"), "the State will not appeal the ruling", None),
                  ("a7", "DIRECT", "m13", ("said", "He said:"), seg(T, "We are going to make", "not going to appeal."), None),
                  ("a8", "INDIRECT", "m14", ("said", "has said today"),
                   "We are going to make new submission on the matter as to whether the witnesses will give depositions in South Africa", "a7"),
                  ("a9", "INDIRECT", "m15", ("said", "has said make"), "make new submissions", "a7"),
                  ("a10", "INDIRECT", "m16", ("said", "has not said"), "we have made a ruling", "a7")])

# ---------------------------------------------------------------------------------------
# The BizLens (Tanzania). The stored page breaks off inside the paragraph "Dr Kijaji also
# reaffirm...", so the text is cut before it; the section label "Uncategorized" above the headline
# is left out. The standfirst (no final stop, as printed) repeats a later sentence; both carry the
# claim (FORMAT.md, Text parts). Date from the address. Notes:
# - "govt orders tougher action" / "prompting the government to order tougher ... action": an
#   order with an NP object is an action (FORMAT.md, Excluded: "ordered an inquiry"); "directed
#   the ... Agency to intensify ..." and "called on TFS ... to ..." are directives with their
#   addressees (as make_train_bp.py and make_train_bw.py). "issued the directive" has no content.
# - "New figures show that ...": an evidential, left out; "the data underscored ..." inside the
#   minister's claim likewise.
# - "The trend has raised fresh concerns over X": the trend is no speaker, and no one who holds the
#   concerns is named, so it is taken as an agentless noun cue (as `claims that …` with no
#   claimant): null source, cue "raised fresh concerns" (as "raised concerns" in the corpus),
#   content X.
doc("thebizlens-tanzania-forest-loss-kijaji-tougher-action",
    url="https://thebizlens.co.tz/2026/02/13/tanzania-forest-loss-surges-by-26pc-as-govt-orders-tougher-action",
    outlet="The BizLens", country="Tanzania", topic="environment", cut=True, published="2026-02-13",
    text=(T := "Tanzania: Forest loss surges by 26pc as govt orders tougher action\n"
          "The Minister for Natural Resources and Tourism, Dr Ashatu Kijaji warned that continued forest loss posed a direct threat to ecosystems, economic development and future generations\n"
          "Dodoma. Tanzania’s forest cover loss rose sharply by 25.9 percent within two years, prompting the government to order tougher and more coordinated action to halt the destruction.\n"
          "New figures show that the annual loss of tree-covered land increased from 372,816 hectares in 2015 to 469,420 hectares in 2017.\n"
          "The trend has raised fresh concerns over environmental sustainability, water security and the long-term wellbeing of communities.\n"
          "The Minister for Natural Resources and Tourism, Dr Ashatu Kijaji, said the data underscored the urgency of decisive intervention.\n"
          "She directed the Tanzania Forest Services (TFS) Agency to intensify its campaign against forest degradation.\n"
          "Dr Kijaji issued the directive on Friday in Dodoma during the launch of the fifth TFS Advisory Board.\n"
          "She warned that continued forest loss posed a direct threat to ecosystems, economic development and future generations.\n"
          "She said Tanzania was endowed with vast forest resources and rich beekeeping potential, both of which were central to sustainable development.\n"
          "However, she noted that the pace of destruction remained alarmingly high.\n"
          "“The rising loss of forest cover demands immediate and collective action. We cannot afford to delay,” she said.\n"
          "The minister called on TFS, under the guidance of the new board, to strengthen forest protection efforts in close collaboration with all relevant authorities.\n"
          "These include the President’s Office – Regional Administration and Local Government, conservation area managers and communities living around forest reserves.\n"
          "She said the partnership approach was essential to curb illegal logging, uncontrolled charcoal production and encroachment into protected areas."),
    entities=[("kijaji", "Ashatu Kijaji", "PERSON",
               ["Kijaji", "Dr Kijaji", "Dr Ashatu Kijaji", "The minister",
                "The Minister for Natural Resources and Tourism, Dr Ashatu Kijaji"],
               "Tanzania's Minister for Natural Resources and Tourism")],
    mentions=[("m1", ("The Minister for Natural Resources and Tourism, Dr Ashatu Kijaji", "The Minister for Natural Resources and Tourism, Dr Ashatu Kijaji warned"), "kijaji"),
              ("m2", ("The Minister for Natural Resources and Tourism, Dr Ashatu Kijaji", "communities.\nThe Minister"), "kijaji"),
              ("m3", ("She", "She directed"), "kijaji"),
              ("m4", ("Dr Kijaji", "Dr Kijaji issued"), "kijaji"),
              ("m5", ("She", "She warned"), "kijaji"),
              ("m6", ("She", "She said Tanzania"), "kijaji"),
              ("m7", ("she", "she noted"), "kijaji"),
              ("m8", ("she", "she said."), "kijaji"),
              ("m9", "The minister", "kijaji"),
              ("m10", ("She", "She said the partnership"), "kijaji")],
    attributions=[("a1", "INDIRECT", "m1", ("warned", "Kijaji warned"),
                   ("continued forest loss posed a direct threat to ecosystems, economic development and future generations", "Kijaji warned"), None),
                  ("a2", "INDIRECT", None, "raised fresh concerns",
                   "environmental sustainability, water security and the long-term wellbeing of communities", None),
                  ("a3", "INDIRECT", "m2", ("said", "Kijaji, said"), "the data underscored the urgency of decisive intervention", None),
                  ("a4", "INDIRECT", "m3", "directed",
                   "the Tanzania Forest Services (TFS) Agency to intensify its campaign against forest degradation", None),
                  ("a5", "INDIRECT", "m5", ("warned", "She warned"),
                   ("continued forest loss posed a direct threat to ecosystems, economic development and future generations", "She warned"), None),
                  ("a6", "INDIRECT", "m6", ("said", "She said Tanzania"),
                   "Tanzania was endowed with vast forest resources and rich beekeeping potential, both of which were central to sustainable development", None),
                  ("a7", "INDIRECT", "m7", "noted", "the pace of destruction remained alarmingly high", None),
                  ("a8", "DIRECT", "m8", ("said", "she said."), seg(T, "The rising loss", "afford to delay,"), None),
                  ("a9", "INDIRECT", "m9", "called on",
                   "TFS, under the guidance of the new board, to strengthen forest protection efforts in close collaboration with all relevant authorities", None),
                  ("a10", "INDIRECT", "m10", ("said", "She said the partnership"),
                   "the partnership approach was essential to curb illegal logging, uncontrolled charcoal production and encroachment into protected areas", None)])

# ---------------------------------------------------------------------------------------
# IT News Africa (South Africa). The stored page has no headline, so the text starts with the
# lead; the closing byline ("Mohammed Awad") is left out. The address gives the month only, so no
# date is recorded. Notes:
# - "The survey in eight large towns" and "the study" are one document, its own entity: its author
#   (the UCC) is not named in its NP or sentence (FORMAT.md, Documents).
# - "“...,” it announced": "it" is the UCC, not the study of the previous sentence: the next
#   quotation ends "the UCC statement continued", so the quotations come from the UCC's statement
#   (a pronoun refers to whoever the sense requires).
# - "The UCC said “MTN lost ... road works." ¶ "“Airtel ... UETCL,” the UCC statement continued.":
#   one quotation over two paragraphs (FORMAT.md, Unit); the governing "said" carries it and "the
#   UCC statement" of the trailing clause is a non-source mention (FORMAT.md, Two clauses, one
#   claim). "Airtel reported X" inside it is nested, with an NP content.
# - "the regulator hopes that ...": a belief with a named subject (FORMAT.md, Included).
doc("itnewsafrica-uganda-ucc-condemns-poor-mobile-services",
    url="https://www.itnewsafrica.com/2013/01/ugandas-telecom-regulator-condemns-poor-mobile-services/",
    outlet="IT News Africa", country="South Africa", topic="technology", cut=False,
    text=(T := "Uganda’s telecommunications regulator and watchdog, the Uganda Communications Commission (UCC), has condemned the poor services given to users across the country in a statement after it conducted a survey of telecommunications services in the East African country.\n"
          "The survey in eight large towns said that a major cause of the poor services was the result of “vandalism.”\n"
          "The town of Kasese experienced better mobile phone services than its counterparts, the study said.\n"
          "“The other towns were Jinja, Mbarara, Masaka and Mbale. The survey was conducted between July and October 2012,” it announced.\n"
          "The UCC said “MTN lost 543 hours across the country between July and October. Of these, 183 hours were lost due to fiber cuts by unknown individuals while 132 hours of MTN service delivery were affected by road works.\n"
          "“Airtel reported isolated incidents of network outages which included vandalism in Kalisizo. Consequently, 19 sites in the area surrounding Masaka town were affected. The operator also suffered a major outage in the eastern region due to maintenance of fiber optic cables by UETCL,” the UCC statement continued.\n"
          "Mobile service has been a major part of the development of Uganda’s infrastructure over the past two years and the regulator hopes that more stringent efforts to crackdown on vandals will help boost services to rural users across the country."),
    entities=[("ucc", "the Uganda Communications Commission (UCC)", "ORGANIZATION",
               ["Uganda Communications Commission", "UCC", "the regulator", "the UCC statement",
                "Uganda’s telecommunications regulator and watchdog, the Uganda Communications Commission (UCC)"],
               "Uganda's telecommunications regulator"),
              ("survey", "The survey in eight large towns", "ORGANIZATION", ["the survey", "the study"],
               "the UCC's survey of telecommunications services"),
              ("airtel", "Airtel", "ORGANIZATION", ["The operator"], "mobile network operator in Uganda")],
    mentions=[("m1", "Uganda’s telecommunications regulator and watchdog, the Uganda Communications Commission (UCC)", "ucc"),
              ("m2", "The survey in eight large towns", "survey"),
              ("m3", "the study", "survey"),
              ("m4", ("it", "it announced"), "ucc"),
              ("m5", ("The UCC", "The UCC said"), "ucc"),
              ("m6", "Airtel", "airtel"),
              ("m7", "The operator", "airtel"),
              ("m8", "the UCC statement", "ucc"),
              ("m9", "the regulator", "ucc")],
    attributions=[("a1", "INDIRECT", "m1", "condemned", "the poor services given to users across the country", None),
                  ("a2", "MIXED", "m2", ("said", "towns said"),
                   "a major cause of the poor services was the result of “vandalism.”", None),
                  ("a3", "INDIRECT", "m3", ("said", "the study said"),
                   "The town of Kasese experienced better mobile phone services than its counterparts", None),
                  ("a4", "DIRECT", "m4", "announced", seg(T, "The other towns were", "July and October 2012,"), None),
                  ("a5", "DIRECT", "m5", ("said", "The UCC said"), seg(T, "MTN lost 543 hours", "optic cables by UETCL,"), None),
                  ("a6", "INDIRECT", "m6", "reported",
                   "isolated incidents of network outages which included vandalism in Kalisizo", "a5"),
                  ("a7", "INDIRECT", "m9", "hopes",
                   "more stringent efforts to crackdown on vandals will help boost services to rural users across the country", None)])

# ---------------------------------------------------------------------------------------
# Pa Zimbabwe (Zimbabwe), a copy of an H-Metro story. The stored page breaks off inside the
# paragraph "President Mnangagwa also suspended ...", so the text is cut before it; the share
# buttons and the byline ("Snodia Mikiri, Sports Reporter") are left out. The page gives no date.
# Notes:
# - Headline: "‘unhappy’" is a scare quote with no reporting frame, and the release an action.
# - "ordered players ... to return to their bases without settling their allowances ...", "ordered
#   the players not to leave ...": directives with their addressees (as make_train_bg.py); the
#   "without settling ..." adjunct is of ZIFA's ordering, so it is left out.
# - "H-Metro gathered X": the paper's report (like "the Courier reported"), with the agentless
#   "the players were told to return ... while Zifa works on paying them" nested in it (raised
#   subject left outside; the "while" clause is part of what they were told).
# - "It, however, emerged Zifa paid coach Loga who ... ordered the players ...": "emerged" is an
#   evidential with no speaker, not annotated; the coach's order in the relative clause is a claim
#   with the antecedent as its source.
# - The Zifa source's quotation runs over three paragraphs, each reopened: one DIRECT claim. Nested
#   in it: the agentless "They were asked to submit ...", the coach's "he had ordered ...", "he
#   said you should ...", and "He was confident the players will ..." (an attitude of another stated
#   in a quotation, cue "confident"). "We suspect ..." is the speaker's own attitude.
# - "saluted the coach for fighting for their cause": evaluative, keeping "X for Y" (as "criticised
#   X for Y" in make_train_bp.py). "promised the players RTGS200 ...": the addressee is left out.
doc("pazimbabwe-zifa-releases-unhappy-warriors-allowances",
    url="https://www.pazimbabwe.com/entertainment-57240-zifa-release-unhappy-warriors.html",
    outlet="Pa Zimbabwe", country="Zimbabwe", topic="sport", cut=True,
    text=(T := "Zifa release ‘unhappy’ Warriors\n"
          "ZIFA yesterday ordered players who were in camp for the cancelled CHAN finals to return to their bases without settling their allowances and transport fares.\n"
          "The association was involved in a standstill with coach Zdravko Logarusic on Wednesday over unpaid allowances and transport for the players who came for camp.\n"
          "The players used their money to come for camp after Zifa promised to reimburse.\n"
          "H-Metro gathered the players were told to return to their respective clubs while Zifa works on paying them.\n"
          "It, however, emerged Zifa paid coach Loga who was vocal and ordered the players not to leave until they receive their dues.\n"
          "“The players have been released. They were not given any money. They were asked to submit their EcoCash numbers for bus fares.\n"
          "“Today (yesterday) the coach was not as tough as he was on Wednesday. We suspect he has been given something because he had ordered the players not to go anywhere until they receive the money.\n"
          "“Today (yesterday) he said you should go home and wait for them. He was confident the players will get their money by day end but the players didn’t,” said a source at Zifa.\n"
          "ZIFA had promised the players RTGS200 a day for their period in camp.\n"
          "One of the players who spoke on condition of anonymity saluted the coach for fighting for their cause.\n"
          "“I honestly support the coach, ZIFA should just pay us because it’s a promise. They should not take anyone’s services for granted.\n"
          "“The coach stood up for us and it’s a good thing, it’s something we couldn’t have done as players.\n"
          "“In as much as it is an honour to play for our country we should also get what we are promised,” said the player.\n"
          "The Cameroon 2020 CHAN finals were canceled by CAF after the coronavirus outbreak."),
    entities=[("zifa", "ZIFA", "ORGANIZATION", ["Zifa", "The association"], "Zimbabwe Football Association"),
              ("loga", "Zdravko Logarusic", "PERSON", ["Logarusic", "Loga", "coach Loga", "coach Zdravko Logarusic", "the coach"],
               "coach of Zimbabwe's CHAN squad"),
              ("hmetro", "H-Metro", "ORGANIZATION", [], "Zimbabwean tabloid newspaper"),
              ("source", "a source at Zifa", "PERSON", [], "unnamed ZIFA source"),
              ("player", "One of the players", "PERSON", ["the player"], "an unnamed player of the CHAN squad")],
    mentions=[("m1", ("ZIFA", "ZIFA yesterday"), "zifa"),
              ("m2", "The association", "zifa"),
              ("m3", "coach Zdravko Logarusic", "loga"),
              ("m4", ("Zifa", "Zifa promised"), "zifa"),
              ("m5", "H-Metro", "hmetro"),
              ("m6", ("Zifa", "Zifa works"), "zifa"),
              ("m7", ("Zifa", "Zifa paid"), "zifa"),
              ("m8", "coach Loga", "loga"),
              ("m9", ("the coach", "the coach was not as tough"), "loga"),
              ("m10", ("he", "he had ordered"), "loga"),
              ("m11", ("he", "he said you"), "loga"),
              ("m12", ("He", "He was confident"), "loga"),
              ("m13", "a source at Zifa", "source"),
              ("m14", ("ZIFA", "ZIFA had promised"), "zifa"),
              ("m15", "One of the players", "player"),
              ("m16", ("the coach", "saluted the coach"), "loga"),
              ("m17", ("the coach", "support the coach"), "loga"),
              ("m18", ("ZIFA", "ZIFA should"), "zifa"),
              ("m19", ("The coach", "The coach stood"), "loga"),
              ("m20", ("the player", "said the player"), "player")],
    attributions=[("a1", "INDIRECT", "m1", ("ordered", "ZIFA yesterday ordered"),
                   "players who were in camp for the cancelled CHAN finals to return to their bases", None),
                  ("a2", "INDIRECT", "m4", ("promised", "Zifa promised"), "to reimburse", None),
                  ("a3", "INDIRECT", "m5", "gathered",
                   "the players were told to return to their respective clubs while Zifa works on paying them", None),
                  ("a4", "INDIRECT", None, ("told", "were told to return"), "to return to their respective clubs while Zifa works on paying them", "a3"),
                  ("a5", "INDIRECT", "m8", ("ordered", "vocal and ordered"),
                   "the players not to leave until they receive their dues", None),
                  ("a6", "DIRECT", "m13", ("said", "said a source"), seg(T, "The players have been released.", "the players didn’t,"), None),
                  ("a7", "INDIRECT", None, ("asked", "were asked"), "to submit their EcoCash numbers for bus fares", "a6"),
                  ("a8", "INDIRECT", "m10", ("ordered", "he had ordered"),
                   "the players not to go anywhere until they receive the money", "a6"),
                  ("a9", "INDIRECT", "m11", ("said", "he said you"), "you should go home and wait for them", "a6"),
                  ("a10", "INDIRECT", "m12", "confident", "the players will get their money by day end", "a6"),
                  ("a11", "INDIRECT", "m14", ("promised", "had promised"), "RTGS200 a day for their period in camp", None),
                  ("a12", "INDIRECT", "m15", "saluted", "the coach for fighting for their cause", None),
                  ("a13", "DIRECT", "m20", ("said", "said the player"), seg(T, "I honestly support", "what we are promised,"), None)])

# ---------------------------------------------------------------------------------------
# Iraqi News Agency (Iraq). The stored page has no headline, so the text starts with the lead; the
# dateline line "Baghdad-INA" above it (place and agency credit on a line of its own) is left out
# as a byline. The stored copy breaks off inside the paragraph "The government has allo...", so
# the text is cut before it. The page gives no date. Notes:
# - "X, he said, adding that Y" and "X, he said, while denying Y" are two claims of the minister
#   with the same source mention (seed a18/a19); sentences with no cue after a trailing ", he said"
#   ("The post-war reconstruction ...", "However, U.S. firms ...", "A solar power plant ...") are
#   not annotated (FORMAT.md, No cue, no claim).
# - "All companies have been invited to participate ...": an agentless invitation nested in the
#   quotation (FORMAT.md: `staff were told to stay home` → `to stay home`).
# - "told Al-Iraqiya News in an interview followed by the Iraqi News Agency (INA)": media.
doc("ina-iraq-oil-minister-african-markets-exports",
    url="https://ina.iq/eng/38953-iraq-explores-oil-exports-to-africa-amid-market-expansion-plans-oil-minister.html",
    outlet="Iraqi News Agency", country="Iraq", topic="business", cut=True,
    text=(T := "Iraq is assessing the possibility of exporting crude oil to African markets as part of its broader strategy to diversify export destinations, Oil Minister Hayan Abdul Ghani said.\n"
          "“The government is evaluating the feasibility of entering African markets, with transparent and competitive bidding as the cornerstone of our approach,” Abdul Ghani told Al-Iraqiya News in an interview followed by the Iraqi News Agency (INA).\n"
          "Basra Oil Company oversees all aspects of the country’s oil operations, he said, adding that most oil projects suffered extensive damage in 1991. The post-war reconstruction process provided valuable expertise in restoring production capacity.\n"
          "Iraq has signed 44 contracts under recent oil licensing rounds, with 14 provinces included. Basra has the largest share with 12 contracts. Oil exports range between 3.2 million and 3.5 million barrels per day, with 70% shipped to Asia. China remains the largest buyer, followed by India.\n"
          "Abdul Ghani said eight major OPEC members have implemented voluntary production cuts as part of the organization’s strategy to stabilize the global market. Iraq is committed to this policy, he said, while denying any effort to exclude Western firms from contracts.\n"
          "“All companies have been invited to participate in the fifth and sixth licensing rounds,” he said. However, U.S. firms have played only a limited role in these rounds. He stressed that licensing decisions are based on technical considerations, not political ones.\n"
          "Most oil sector equipment in Iraq is sourced from the United States and Europe, he said, adding that ExxonMobil voluntarily withdrew from the West Qurna 1 field.\n"
          "Abdul Ghani said Iraq maintains transparency in oil sector operations and facilitates investment for companies with strong operational efficiency.\n"
          "The country is also advancing renewable energy projects, he said. A solar power plant developed by France’s TotalEnergies is set to generate 1,000 megawatts."),
    entities=[("ghani", "Hayan Abdul Ghani", "PERSON", ["Abdul Ghani", "Oil Minister Hayan Abdul Ghani"], "Iraq's Oil Minister")],
    mentions=[("m1", "Oil Minister Hayan Abdul Ghani", "ghani"),
              ("m2", ("Abdul Ghani", "Abdul Ghani told"), "ghani"),
              ("m3", ("he", "operations, he said"), "ghani"),
              ("m4", ("Abdul Ghani", "Abdul Ghani said eight"), "ghani"),
              ("m5", ("he", "policy, he said"), "ghani"),
              ("m6", ("he", "he said. However"), "ghani"),
              ("m7", ("He", "He stressed"), "ghani"),
              ("m8", ("he", "Europe, he said"), "ghani"),
              ("m9", ("Abdul Ghani", "Abdul Ghani said Iraq"), "ghani"),
              ("m10", ("he", "projects, he said"), "ghani")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Ghani said."),
                   "Iraq is assessing the possibility of exporting crude oil to African markets as part of its broader strategy to diversify export destinations", None),
                  ("a2", "DIRECT", "m2", ("told", "Ghani told"), seg(T, "The government is evaluating", "of our approach,"), None),
                  ("a3", "INDIRECT", "m3", ("said", "operations, he said"),
                   "Basra Oil Company oversees all aspects of the country’s oil operations", None),
                  ("a4", "INDIRECT", "m3", ("adding", "adding that most"), "most oil projects suffered extensive damage in 1991", None),
                  ("a5", "INDIRECT", "m4", ("said", "Ghani said eight"),
                   "eight major OPEC members have implemented voluntary production cuts as part of the organization’s strategy to stabilize the global market", None),
                  ("a6", "INDIRECT", "m5", ("said", "policy, he said"), "Iraq is committed to this policy", None),
                  ("a7", "INDIRECT", "m5", "denying", "any effort to exclude Western firms from contracts", None),
                  ("a8", "DIRECT", "m6", ("said", "he said. However"),
                   "All companies have been invited to participate in the fifth and sixth licensing rounds,", None),
                  ("a9", "INDIRECT", None, "invited", "to participate in the fifth and sixth licensing rounds", "a8"),
                  ("a10", "INDIRECT", "m7", "stressed", "licensing decisions are based on technical considerations, not political ones", None),
                  ("a11", "INDIRECT", "m8", ("said", "Europe, he said"),
                   "Most oil sector equipment in Iraq is sourced from the United States and Europe", None),
                  ("a12", "INDIRECT", "m8", ("adding", "adding that ExxonMobil"),
                   "ExxonMobil voluntarily withdrew from the West Qurna 1 field", None),
                  ("a13", "INDIRECT", "m9", ("said", "Ghani said Iraq"),
                   "Iraq maintains transparency in oil sector operations and facilitates investment for companies with strong operational efficiency", None),
                  ("a14", "INDIRECT", "m10", ("said", "projects, he said"), "The country is also advancing renewable energy projects", None)])

write("train_cc.jsonl")
