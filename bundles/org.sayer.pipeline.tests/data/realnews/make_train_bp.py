#!/usr/bin/env python3
"""Writes train_bp.jsonl: real-news gold, split train-bp (see gold.py). Run: python3 make_train_bp.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Watchdog Uganda. The stored page has no headline: it opens with the lead (after a date line,
# which gives the date), so the text starts there. The stored page ends after the last quotation,
# which reads as the end of the story. Notes:
# - Two quotations open with a right double mark followed by a space ("” They only look at ...",
#   "” We believe ..."). gold.py takes DIRECT only when the content touches both marks and a
#   content has no outer space, so they are typed INDIRECT, as the corpus does for a closing mark
#   after a space (README, train_ae–ah; make_train_bi.py). The second has no reporting clause and
#   continues "he" (null cue).
# - "We believe that it is not about changing leadership" is the speaker's own attitude inside his
#   quote, not split off; "Their only aim is Museveni must go" states an aim, not speech.
# - "On the issue of full reopening of the economy ..." is a topic adjunct of the reporting event,
#   left out; the closing quotation has no reporting clause and continues Baryomunsi (null cue).
doc("watchdoguganda-baryomunsi-nup-fdc-aimless",
    url="https://www.watchdoguganda.com/news/20211224/127259/nup-and-fdc-are-aimless-minister-baryomunsi.html",
    outlet="Watchdog Uganda", country="Uganda", topic="politics", cut=False, published="2021-12-24",
    text=(T := "The Minister of ICT and National Guidance Dr Chris Baryomunsi has said the opposition political parties in Uganda have no aim apart from sloganeering.\n"
          "Appearing on NBS TV’s Frontline show on Thursday, Baryomunsi said the opposition political parties cannot take Uganda anywhere since they are not serious with the way they play their cards.\n"
          "“The opposition parties are not serious in this country. If you look at FDC and NUP, what is their aim? Their only aim is Museveni must go,” the Minister said.\n"
          "Dr Baryomunsi added that currently, majority of Ugandans are comfortable with President Yoweri Museveni’s rule ans they are not looking at change of leadership.\n"
          "” They only look at, is there bread on the table? Where they see they need change, they will effect it,”he noted.\n"
          "” We believe that it is not about changing leadership. In football, when you have a player who scores, you make them play up to the end of the game. Time will come, and we will change President Museveni\u2026.Uganda was like a patient in coma, surviving on oxygen. That is how the NRM found Uganda.”\n"
          "On the issue of full reopening of the economy in January, 2022 amid rising cases of Covid-19, Baryomunsi said government up to now still maintains its affirmative position.\n"
          "“The rise in #COVID19 cases is due to the Omicron variant. The position up to now is that we shall still go ahead with full opening the economy. We are going to have robust sensitization on vaccination and SOPs, but we are not going to do it at once. It will be staggered throughout January.”"),
    entities=[("baryomunsi", "Chris Baryomunsi", "PERSON",
               ["Baryomunsi", "Dr Baryomunsi", "Dr Chris Baryomunsi", "the Minister",
                "The Minister of ICT and National Guidance Dr Chris Baryomunsi"],
               "Uganda's Minister of ICT and National Guidance")],
    mentions=[("m1", "The Minister of ICT and National Guidance Dr Chris Baryomunsi", "baryomunsi"),
              ("m2", ("Baryomunsi", "Baryomunsi said the opposition"), "baryomunsi"),
              ("m3", ("the Minister", "the Minister said"), "baryomunsi"),
              ("m4", "Dr Baryomunsi", "baryomunsi"),
              ("m5", ("he", "he noted"), "baryomunsi"),
              ("m6", ("Baryomunsi", "Baryomunsi said government"), "baryomunsi")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "has said the"),
                   "the opposition political parties in Uganda have no aim apart from sloganeering", None),
                  ("a2", "INDIRECT", "m2", ("said", "Baryomunsi said the opposition"),
                   "the opposition political parties cannot take Uganda anywhere since they are not serious with the way they play their cards", None),
                  ("a3", "DIRECT", "m3", ("said", "the Minister said"),
                   seg(T, "The opposition parties are not serious", "Museveni must go,"), None),
                  ("a4", "INDIRECT", "m4", "added",
                   seg(T, "currently, majority of Ugandans", "change of leadership"), None),
                  ("a5", "INDIRECT", "m5", "noted",
                   "They only look at, is there bread on the table? Where they see they need change, they will effect it,", None),
                  ("a6", "INDIRECT", "m5", None,
                   seg(T, "We believe that it is not about", "the NRM found Uganda."), None),
                  ("a7", "INDIRECT", "m6", ("said", "Baryomunsi said government"),
                   "government up to now still maintains its affirmative position", None),
                  ("a8", "DIRECT", "m6", None,
                   seg(T, "The rise in #COVID19", "staggered throughout January."), None)],
    keep_that=())

# ---------------------------------------------------------------------------------------
# The Respondents (Tanzania). The stored page has no headline: it opens with the lead, so the text
# starts there. It breaks off inside the paragraph "The mayor also directed the chairperson ...",
# so the text is cut before it. The page gives the month only (URL), so no date is recorded. Notes:
# - "directed X to stop ...", "instructed X to stop ..." and "urged X to ...": directive speech
#   acts; the addressee stays in the content, as the corpus does for "urged/directed X to Y" (as
#   "called on X to Y", FORMAT.md Contiguity).
# - "what he described as unnecessary delays" is nested in the directive, with the as-complement as
#   content (as the corpus does for "what he described as an independent assessment").
# - "criticised X for Y" keeps "X for Y" (as "accused X of Y"); "condemned X" has a noun-phrase
#   content; "describing the practice as unfair and unethical" keeps "X as Y".
# - "if the Minister for Water ... deems it appropriate" is a hypothetical inside the mayor's claim,
#   left out. "President Samia Suluhu Hassan expects visible results" is an attitude of another
#   stated inside the mayor's claim, nested; "particularly as ..." is left to the parent.
doc("therespondents-kibaha-mayor-dawasa-water-shortage",
    url="https://www.therespondents.co.tz/2025/12/kibaha-mayor-demands-dawasa-end-silence.html",
    outlet="The Respondents", country="Tanzania", topic="local", cut=True,
    text=(T := "The Mayor of Kibaha Municipality, Dr Nicas Mawazo, has directed the Dar es Salaam Water Supply and Sanitation Authority (DAWASA) in Kibaha to stop what he described as unnecessary delays and provide clear answers over the long-standing water shortage affecting Viziwaziwa Ward, despite the existence of water infrastructure.\n"
          "Speaking during his ward-to-ward tour in Viziwaziwa on December 23, 2025, Dr Mawazo said residents have endured water problems for too long without satisfactory explanations from the responsible authority.\n"
          "He criticised DAWASA for failing to openly communicate the real causes of the problem and the steps being taken to resolve it.\n"
          "The mayor also condemned the actions of illegal technicians who deceive residents by connecting water pipes through unlawful means, saying such practices tarnish DAWASA’s image and worsen mistrust between citizens and service providers. He warned that such behaviour would no longer be tolerated.\n"
          "Dr Mawazo said if the Minister for Water, Mr Jumaa Aweso, deems it appropriate due to persistent failure by the authority to address public complaints, DAWASA’s operations in the area should be returned under municipal control to strengthen accountability and discipline among officials hiding behind unresponsive systems.\n"
          "He further instructed water meter readers to stop issuing inflated bills to residents when there is no water supply, describing the practice as unfair and unethical.\n"
          "The mayor urged officials and technicians entrusted with public responsibilities to assess their performance and serve citizens with integrity.\n"
          "“If some officials are failing to perform their duties, they should vacate public offices,” Dr Mawazo said, adding that President Samia Suluhu Hassan expects visible results, particularly as the government implements its 100-day performance strategies."),
    entities=[("mawazo", "Nicas Mawazo", "PERSON",
               ["Mawazo", "Dr Mawazo", "Dr Nicas Mawazo", "The Mayor of Kibaha Municipality, Dr Nicas Mawazo", "the mayor"],
               "Mayor of Kibaha Municipality"),
              ("samia", "Samia Suluhu Hassan", "PERSON", ["President Samia Suluhu Hassan"], "President of Tanzania")],
    mentions=[("m1", "The Mayor of Kibaha Municipality, Dr Nicas Mawazo", "mawazo"),
              ("m2", ("he", "what he described"), "mawazo"),
              ("m3", ("Dr Mawazo", "Dr Mawazo said residents"), "mawazo"),
              ("m4", ("He", "He criticised"), "mawazo"),
              ("m5", ("The mayor", "The mayor also condemned"), "mawazo"),
              ("m6", ("He", "He warned"), "mawazo"),
              ("m7", ("Dr Mawazo", "Dr Mawazo said if"), "mawazo"),
              ("m8", ("He", "He further instructed"), "mawazo"),
              ("m9", ("The mayor", "The mayor urged"), "mawazo"),
              ("m10", ("Dr Mawazo", "Dr Mawazo said, adding"), "mawazo"),
              ("m11", "President Samia Suluhu Hassan", "samia")],
    attributions=[("a1", "INDIRECT", "m1", "directed",
                   seg(T, "the Dar es Salaam Water Supply", "existence of water infrastructure"), None),
                  ("a2", "INDIRECT", "m2", "described", "unnecessary delays", "a1"),
                  ("a3", "INDIRECT", "m3", ("said", "Mawazo said residents"),
                   "residents have endured water problems for too long without satisfactory explanations from the responsible authority", None),
                  ("a4", "INDIRECT", "m4", "criticised",
                   "DAWASA for failing to openly communicate the real causes of the problem and the steps being taken to resolve it", None),
                  ("a5", "INDIRECT", "m5", "condemned",
                   "the actions of illegal technicians who deceive residents by connecting water pipes through unlawful means", None),
                  ("a6", "INDIRECT", "m5", "saying",
                   "such practices tarnish DAWASA’s image and worsen mistrust between citizens and service providers", None),
                  ("a7", "INDIRECT", "m6", "warned", "such behaviour would no longer be tolerated", None),
                  ("a8", "INDIRECT", "m7", ("said", "Mawazo said if"),
                   seg(T, "if the Minister for Water", "behind unresponsive systems"), None),
                  ("a9", "INDIRECT", "m8", "instructed",
                   "water meter readers to stop issuing inflated bills to residents when there is no water supply", None),
                  ("a10", "INDIRECT", "m8", "describing", "the practice as unfair and unethical", None),
                  ("a11", "INDIRECT", "m9", "urged",
                   "officials and technicians entrusted with public responsibilities to assess their performance and serve citizens with integrity", None),
                  ("a12", "DIRECT", "m10", ("said", "Mawazo said, adding"),
                   "If some officials are failing to perform their duties, they should vacate public offices,", None),
                  ("a13", "INDIRECT", "m10", "adding",
                   seg(T, "President Samia Suluhu Hassan expects", "100-day performance strategies"), None),
                  ("a14", "INDIRECT", "m11", "expects", "visible results", "a13")])

# ---------------------------------------------------------------------------------------
# Authority (Nigeria). The stored page has no headline: it opens with the byline ("By Emma
# Okereh", removed) and then the lead, so the text starts there. The date is the page's URL date.
# Notes:
# - The representative who holds the brief of Nasko's counsel (Osman) is unnamed: his entity is
#   named with the text's own description; "the counsel" and "he" in the next paragraph are him.
#   "filed an application for adjournment" and "declined reading it in court" are actions, left out;
#   "stating that it was confidential" is his claim.
# - "objected to the application" and "supported the application": noun-phrase contents, as the
#   corpus does for "objected to the application". "he said" inside Adebola's first noting-clause
#   is a parenthetical reporting clause and stays inside the content (FORMAT.md, Contiguity);
#   "noting further that ..." is a second claim of his.
# - "Justice Aliyu ruled the matter in favour of the defence counsel" is a court's action (left out).
# - "facing prosecution by the EFCC on amended three-count charge of X": the noun cue "charge", with
#   the EFCC, named in the sentence, as source.
doc("authorityngr-aliyu-nasko-trial-stalled-counsel-ill-health",
    url="https://authorityngr.com/2020/11/23/alleged-n2b-fraud-defence-counsels-ill-health-stalls-trial-of-ex-gov-aliyu-nasko/",
    outlet="Authority", country="Nigeria", topic="courts-crime", cut=False, published="2020-11-23",
    text=(T := "Justice A.B. Aliyu of the Federal High Court, Minna, Niger State Monday, adjourned till January 18 and 19, 2021 to continue the trial of a former Niger State Governor, Muazu Babangida Aliyu, and his then Chief of Staff, Umar Gado Nasko.\n"
          "Their trial could not hold because the representative of Nasko’s counsel, Mamman Mike Osman had last week Thursday filed an application for adjournment based on his (Osman’s) ill-health, which he served on the prosecution and first defence counsels.\n"
          "Though the counsel disclosed that he was in possession of Osman’s medical report, he declined reading it in court, stating that it was confidential.\n"
          "Prosecution counsel G.O Adebola objected to the application, noting that it was “bereft of reasons why adjournment has to be granted,” especially as the prosecution he said, went to a great length to bring witnesses from Abuja and Port Harcourt and other places to the court, noting further that the defence was wasting the time of the court and that of the defendants.\n"
          "Aliyu’s counsel, Musa Sulaiman, however, supported the application, saying he was not aware of any human being that is immune to sickness.\n"
          "Justice Aliyu ruled the matter in favour of the defence counsel.\n"
          "Aliyu and Nasko are facing prosecution by the Economic and Financial Crimes Commission (EFCC) on amended three-count charge of breach of trust and money laundering to the tune of N2billion. Though the matter was struck out on June 19, it was relisted on Tuesday, 27 October, and adjourned to today for hearing."),
    entities=[("representative", "the representative of Nasko’s counsel", "PERSON", ["the counsel"],
               "lawyer holding the brief of Nasko's counsel, Mamman Mike Osman"),
              ("adebola", "G.O Adebola", "PERSON", ["Adebola", "Prosecution counsel G.O Adebola"], "prosecution counsel"),
              ("sulaiman", "Musa Sulaiman", "PERSON", ["Sulaiman", "Aliyu’s counsel, Musa Sulaiman"],
               "counsel to former governor Babangida Aliyu"),
              ("efcc", "the Economic and Financial Crimes Commission (EFCC)", "ORGANIZATION",
               ["Economic and Financial Crimes Commission", "EFCC"], "Nigeria's anti-graft agency")],
    mentions=[("m1", "the representative of Nasko’s counsel", "representative"),
              ("m2", ("the counsel", "the counsel disclosed"), "representative"),
              ("m3", ("he", "he declined"), "representative"),
              ("m4", "Prosecution counsel G.O Adebola", "adebola"),
              ("m5", "Aliyu’s counsel, Musa Sulaiman", "sulaiman"),
              ("m6", "the Economic and Financial Crimes Commission (EFCC)", "efcc")],
    attributions=[("a1", "INDIRECT", "m2", "disclosed", "he was in possession of Osman’s medical report", None),
                  ("a2", "INDIRECT", "m3", "stating", "it was confidential", None),
                  ("a3", "INDIRECT", "m4", "objected", ("the application", "objected to the application"), None),
                  ("a4", "MIXED", "m4", ("noting", "noting that it was"),
                   seg(T, "it was “bereft of reasons", "other places to the court"), None),
                  ("a5", "INDIRECT", "m4", ("noting", "noting further"),
                   "the defence was wasting the time of the court and that of the defendants", None),
                  ("a6", "INDIRECT", "m5", "supported", ("the application", "supported the application"), None),
                  ("a7", "INDIRECT", "m5", "saying", "he was not aware of any human being that is immune to sickness", None),
                  ("a8", "INDIRECT", "m6", "charge", "breach of trust and money laundering to the tune of N2billion", None)])

# ---------------------------------------------------------------------------------------
# Hot Stories Ghana. The stored page has no headline: it opens with an audio-player line ("Getting
# your Trinity Audio player ready...", removed) and then the lead, so the text starts there. The
# closing subscription lines ("Discover more from Hot Stories Ghana ...") are removed; the story is
# whole. The page gives no date. Notes:
# - "urged chiefs and traditional leaders to ...": the addressee stays (as the corpus does for
#   "urged X to Y"). "X said A, warning/cautioning that B" gives two claims (seed a18/a19).
# - "commended the Ministry ... for its ongoing efforts" keeps "X for Y" (as the corpus does for
#   "commended them for ..."); "but insisted that ..." is a second claim of the same mention.
# - "The president is determined to fight it" inside the last quotation is an intention, not a
#   claim. The last quotation sentence has no reporting clause and continues "he" (null cue).
doc("hotstoriesghana-gwl-md-adam-chiefs-galamsey",
    url="https://hotstoriesghana.com/chiefs-hold-the-key-to-ending-galamsey-gwl-md",
    outlet="Hot Stories Ghana", country="Ghana", topic="environment", cut=False,
    text=(T := "The Managing Director of Ghana Water Limited (GWL), Mutawakilu Adam, has urged chiefs and traditional leaders to take the lead in the fight against illegal mining (galamsey), warning that government efforts will fail without their active involvement.\n"
          "Speaking at a meeting between President John Dramani Mahama and Civil Society Organisations (CSOs), Mr. Adam said chiefs hold significant authority over land and community decisions, making them key actors in either enabling or combating galamsey.\n"
          "“There is no illegal miner who goes to a community without greeting the chief. Chiefs give the lands out. They must support the government so we can fight this menace,” he stressed.\n"
          "Mr. Adam warned that continued pollution of water bodies by galamsey operators threatens Ghana’s water supply, cautioning that the nation could face a severe water crisis if the situation persists.\n"
          "He revealed that GWL is being forced to spend more on treatment chemicals like poly-electrolyte and to install horizontal pumps to deal with high turbidity levels in rivers caused by mining waste.\n"
          "“If we don’t fight illegal mining, it will get worse. We won’t have water to drink,” he said, adding that while GWL is adopting technical solutions, prevention remains the most effective approach.\n"
          "Mr. Adam commended the Ministry of Lands and Natural Resources for its ongoing efforts but insisted that traditional leaders must take ownership of the problem to ensure lasting success.\n"
          "He disclosed that GWL now collects hourly turbidity data from major rivers and plans to share this with the Lands Ministry to help target enforcement operations more effectively.\n"
          "“The president is determined to fight it, and that is why we are all here,” he added. “But we need the full support of Ghanaians, especially the chiefs.”"),
    entities=[("adam", "Mutawakilu Adam", "PERSON",
               ["Adam", "Mr. Adam", "The Managing Director of Ghana Water Limited (GWL), Mutawakilu Adam"],
               "Managing Director of Ghana Water Limited")],
    mentions=[("m1", "The Managing Director of Ghana Water Limited (GWL), Mutawakilu Adam", "adam"),
              ("m2", ("Mr. Adam", "Mr. Adam said"), "adam"),
              ("m3", ("he", "he stressed"), "adam"),
              ("m4", ("Mr. Adam", "Mr. Adam warned"), "adam"),
              ("m5", ("He", "He revealed"), "adam"),
              ("m6", ("he", "he said, adding"), "adam"),
              ("m7", ("Mr. Adam", "Mr. Adam commended"), "adam"),
              ("m8", ("He", "He disclosed"), "adam"),
              ("m9", ("he", "he added"), "adam")],
    attributions=[("a1", "INDIRECT", "m1", "urged",
                   "chiefs and traditional leaders to take the lead in the fight against illegal mining (galamsey)", None),
                  ("a2", "INDIRECT", "m1", "warning", "government efforts will fail without their active involvement", None),
                  ("a3", "INDIRECT", "m2", ("said", "Adam said"),
                   "chiefs hold significant authority over land and community decisions, making them key actors in either enabling or combating galamsey", None),
                  ("a4", "DIRECT", "m3", "stressed", seg(T, "There is no illegal miner", "fight this menace,"), None),
                  ("a5", "INDIRECT", "m4", "warned",
                   "continued pollution of water bodies by galamsey operators threatens Ghana’s water supply", None),
                  ("a6", "INDIRECT", "m4", "cautioning", "the nation could face a severe water crisis if the situation persists", None),
                  ("a7", "INDIRECT", "m5", "revealed",
                   seg(T, "GWL is being forced", "caused by mining waste"), None),
                  ("a8", "DIRECT", "m6", ("said", "he said, adding"),
                   "If we don’t fight illegal mining, it will get worse. We won’t have water to drink,", None),
                  ("a9", "INDIRECT", "m6", "adding",
                   "while GWL is adopting technical solutions, prevention remains the most effective approach", None),
                  ("a10", "INDIRECT", "m7", "commended", "the Ministry of Lands and Natural Resources for its ongoing efforts", None),
                  ("a11", "INDIRECT", "m7", "insisted",
                   "traditional leaders must take ownership of the problem to ensure lasting success", None),
                  ("a12", "INDIRECT", "m8", "disclosed",
                   seg(T, "GWL now collects hourly", "enforcement operations more effectively"), None),
                  ("a13", "DIRECT", "m9", "added", "The president is determined to fight it, and that is why we are all here,", None),
                  ("a14", "DIRECT", "m9", None, "But we need the full support of Ghanaians, especially the chiefs.", None)])

# ---------------------------------------------------------------------------------------
# Yemen Today (yementdy). The body is the stored page at yementdy.tv, which has no headline; the
# headline is taken from a second stored copy of the same story on the same outlet's .net address
# (https://www.yementdy.net/news37905.html), which also gives the date (2024/04/20). The .tv page
# breaks off inside the paragraph "Wosornu called on th...", so the text is cut before it. The
# text keeps the page's garbled "Houthi rebels outhi in Yemen". Notes:
# - Headline "Houthi rebels warn of ‘dangerous levels’ of famine": cue "warn", content after the
#   linking "of" (FORMAT.md, Spans); quoted and unquoted words, so MIXED.
# - "called this week for X": the cue is "called" ("for" is cut off from it by the adjunct); "warned
#   of “dangerous stages of famine,”" lies wholly inside one quotation, so DIRECT.
# - "announced the suspension of its assistance ... after disagreement over ...": a noun-phrase
#   content ("announced the launch of X"); the "after ..." clause is read as an adjunct of the
#   announcement and left out.
# - "According to figures by the UN agency": a document whose author is named in its NP, so the
#   source is "the UN agency" (the WHO).
# - "renewed its warnings of X" (as "renewed its pledge"), "called on X to Y" (addressee kept),
#   "expressed her concerns to the Security Council over X" (addressee and "over" left out).
# - "more than 11,000 suspected cases have been reported" and "about 3,200 suspected cases have
#   been reported": case counts, no reported content; left out.
doc("yementdy-cholera-resurges-houthis-warn-famine",
    url="https://yementdy.tv/news37905.html",
    outlet="Yemen Today", country="Yemen", topic="health-science", cut=True, published="2024-04-20",
    text=(T := "Cholera resurges in Yemen as Houthi rebels warn of ‘dangerous levels’ of famine\n"
          "Houthi rebels outhi in Yemen called this week for the resumption of food aid distribution and warned of “dangerous stages of famine,”.\n"
          "The request came during a meeting in Sanaa on Wednesday between Markus Werne, director of the UN Office for the Coordination of Humanitarian Affairs (OCHA) in Yemen, and a Houthi official.\n"
          "The U.N. official stressed that the United Nations is working to mobilize the funds needed to resume food aid distribution in Yemen.\n"
          "In December, the World Food Programme announced the suspension of its assistance to Houthi-controlled areas after disagreement over the WFP's plan to reduce the number of people benefitting from its assistance from 9.5 million to 6.5 million due to a lack of funding.\n"
          "The World Health Organization (WHO) has repeatedly warned of alarmingly high levels of malnutrition in Yemen.\n"
          "According to figures by the UN agency, an estimated 5 million children in the country are acutely malnourished, with around 6.1 million people on the verge of famine.\n"
          "The United Nations has renewed its warnings of food insecurity plaguing Yemen.\n"
          "Edem Wosornu, director of operations and advocacy at OCHA, told the UN Security Council on Monday that despite some relief registered during the holy month of Ramadan, thanks to charities, remittances and community-led initiatives, more is needed to prevent a worsening of food and nutrition security in the country.\n"
          "Speaking on behalf of OHCA chief Martin Griffiths, Wosornu called on the UN and its partners to exert more effort to help “keep hunger at bay.”\n"
          "Wosornu further expressed her concerns to the Security Council over the “alarming resurgence of cholera” cases in Yemen, specifically in Houthi-held territories, since last October.\n"
          "“As of April 7, more than 11,000 suspected cases have been reported in these [Houthi] areas with 75 associated deaths,” she warned. In comparison, about 3,200 suspected cases have been reported in government-controlled areas since October."),
    entities=[("houthis", "Houthi rebels", "GROUP", [], "Yemen's Houthi movement"),
              ("werne", "Markus Werne", "PERSON", ["Werne", "The U.N. official"], "director of OCHA in Yemen"),
              ("wfp", "the World Food Programme", "ORGANIZATION", ["World Food Programme", "WFP"], "UN food agency"),
              ("who", "The World Health Organization (WHO)", "ORGANIZATION",
               ["World Health Organization", "WHO", "the UN agency"], "UN health agency"),
              ("un", "The United Nations", "ORGANIZATION", ["United Nations", "the UN"], "United Nations"),
              ("wosornu", "Edem Wosornu", "PERSON", ["Wosornu", "Edem Wosornu, director of operations and advocacy at OCHA"],
               "OCHA director of operations and advocacy")],
    mentions=[("m1", ("Houthi rebels", "as Houthi rebels warn"), "houthis"),
              ("m2", ("Houthi rebels", "Houthi rebels outhi"), "houthis"),
              ("m3", "Markus Werne", "werne"),
              ("m4", "The U.N. official", "werne"),
              ("m5", ("the United Nations", "that the United Nations"), "un"),
              ("m6", "the World Food Programme", "wfp"),
              ("m7", "The World Health Organization (WHO)", "who"),
              ("m8", "the UN agency", "who"),
              ("m9", "The United Nations", "un"),
              ("m10", "Edem Wosornu, director of operations and advocacy at OCHA", "wosornu"),
              ("m11", ("Wosornu", "Wosornu called"), "wosornu"),
              ("m12", ("the UN", "on the UN and"), "un"),
              ("m13", ("Wosornu", "Wosornu further"), "wosornu"),
              ("m14", ("she", "she warned"), "wosornu")],
    attributions=[("a1", "MIXED", "m1", ("warn", "rebels warn"), "‘dangerous levels’ of famine", None),
                  ("a2", "INDIRECT", "m2", ("called", "called this week"), "the resumption of food aid distribution", None),
                  ("a3", "DIRECT", "m2", ("warned", "and warned of"), "dangerous stages of famine,", None),
                  ("a4", "INDIRECT", "m4", "stressed",
                   "the United Nations is working to mobilize the funds needed to resume food aid distribution in Yemen", None),
                  ("a5", "INDIRECT", "m6", "announced", "the suspension of its assistance to Houthi-controlled areas", None),
                  ("a6", "INDIRECT", "m7", ("warned", "repeatedly warned"), "alarmingly high levels of malnutrition in Yemen", None),
                  ("a7", "INDIRECT", "m8", "According to",
                   "an estimated 5 million children in the country are acutely malnourished, with around 6.1 million people on the verge of famine", None),
                  ("a8", "INDIRECT", "m9", "renewed its warnings", "food insecurity plaguing Yemen", None),
                  ("a9", "INDIRECT", "m10", "told",
                   seg(T, "despite some relief registered", "food and nutrition security in the country"), None),
                  ("a10", "MIXED", "m11", ("called on", "Wosornu called on"),
                   "the UN and its partners to exert more effort to help “keep hunger at bay.”", None),
                  ("a11", "MIXED", "m13", "expressed her concerns",
                   seg(T, "the “alarming resurgence of cholera” cases", "since last October"), None),
                  ("a12", "DIRECT", "m14", ("warned", "she warned"),
                   "As of April 7, more than 11,000 suspected cases have been reported in these [Houthi] areas with 75 associated deaths,", None)])

# ---------------------------------------------------------------------------------------
# The Cairo Post (Youm7's English site, Egypt). The stored page's photo caption ("Masood Ahmed, the
# International Monetary Fund’s (IMF) Director ... - Screen shot") is removed; the text names the
# official only as "Masoud", so his entity is named so. The page breaks off inside a quotation
# ("“Egypt’s macr..."), so the text is cut before it. The page gives no date. Notes:
# - Headline "Video: IMF praises Egypt’s economic summit as ‘success’": "Video" is a label; "praises
#   X as Y" is evaluative reporting with "X as Y" as content (as "described X as Y"), MIXED.
# - The dateline "CAIRO:" opens the lead and is not an attribution. "in comments to Egypt’s Al Borsa
#   Newspaper" is a medium.
# - "the fund upgraded its forecast for Egypt’s economic growth ... to 4 percent": a forecast with a
#   named subject and a finite verb (as "stands by its outlook"); the linking "for" is left out.
# - "..., which were “quite substantial” according to the IMF official": the sentence-final
#   "according to" is read as covering its sentence (as make_test7_a.py does), MIXED.
# - "adding that “...”": the whole content lies inside one quotation, so DIRECT.
# - "Egypt’s economy is projected to grow by 4.3 percent" inside the IMF's claim: an agentless
#   forecast, nested with a null source (FORMAT.md, "was expected to").
doc("cairopost-imf-praises-egypt-economic-summit-success",
    url="http://thecairopost.youm7.com/news/146664/business/video-imf-praises-egypts-economic-summit-as-success",
    outlet="The Cairo Post", country="Egypt", topic="business", cut=True,
    text=(T := "Video: IMF praises Egypt’s economic summit as ‘success’\n"
          "CAIRO: Egypt’s economic conference held March 13-15 in Sharm el-Sheikh was a “success,” said the International Monetary Fund’s (IMF) Director of the Middle East and Central Asia Department Friday.\n"
          "Masoud’s remarks were part of a press briefing on the Middle East and Central Asia Economic Outlook Update on the sidelines of the World Bank Group and IMF 2015 annual spring meetings in Washington, D.C.\n"
          "“It was success because it attracted not only world leaders but also investors, and it resulted in significant and large pledges of investment,” Masoud said in comments to Egypt’s Al Borsa Newspaper during the briefing posted on the IMF website.\n"
          "The international recognition comes a few days after the fund upgraded its forecast for Egypt’s economic growth in 2015 to 4 percent, from 3.8 percent in its previous assessment.\n"
          "The Egypt Economic Development conference (EEDC) held last month resulted in roughly $60 billion pledges and agreements of investments, which were “quite substantial” according to the IMF official.\n"
          "Masoud called for getting these pledges translated into real investment, adding that “this successful conference, in a way, paves the way now for a phase in which we will begin to see increased investment, both domestic and international that would help to raise growth and create jobs.”\n"
          "Egypt needs to support the flow investments while continuing reforms which would improve the business climate and consolidate macroeconomic stability, in order to attract more investments, added Masoud.\n"
          "In its World Economic Outlook (WEO) released late Tuesday, the IMF said Egypt’s economy is projected to grow by 4.3 percent in 2016, noting that lower oil prices will reduce Egypt’s vulnerabilities as a main oil importer in the Middle East."),
    entities=[("imf", "IMF", "ORGANIZATION", ["International Monetary Fund", "the IMF", "the fund"], "International Monetary Fund"),
              ("masoud", "Masoud", "PERSON",
               ["the International Monetary Fund’s (IMF) Director of the Middle East and Central Asia Department",
                "the IMF official"],
               "IMF Director of the Middle East and Central Asia Department")],
    mentions=[("m1", ("IMF", "IMF praises"), "imf"),
              ("m2", "the International Monetary Fund’s (IMF) Director of the Middle East and Central Asia Department", "masoud"),
              ("m3", ("Masoud", "Masoud said"), "masoud"),
              ("m4", "the fund", "imf"),
              ("m5", "the IMF official", "masoud"),
              ("m6", ("Masoud", "Masoud called"), "masoud"),
              ("m7", ("Masoud", "added Masoud"), "masoud"),
              ("m8", ("the IMF", "the IMF said"), "imf")],
    attributions=[("a1", "MIXED", "m1", "praises", "Egypt’s economic summit as ‘success’", None),
                  ("a2", "MIXED", "m2", ("said", "said the International"),
                   "Egypt’s economic conference held March 13-15 in Sharm el-Sheikh was a “success,”", None),
                  ("a3", "DIRECT", "m3", ("said", "Masoud said"),
                   seg(T, "It was success because", "large pledges of investment,"), None),
                  ("a4", "INDIRECT", "m4", "upgraded its forecast",
                   "Egypt’s economic growth in 2015 to 4 percent, from 3.8 percent in its previous assessment", None),
                  ("a5", "MIXED", "m5", "according to",
                   seg(T, "The Egypt Economic Development conference", "“quite substantial”"), None),
                  ("a6", "INDIRECT", "m6", "called for", "getting these pledges translated into real investment", None),
                  ("a7", "DIRECT", "m6", ("adding", "adding that “this"),
                   seg(T, "this successful conference", "raise growth and create jobs."), None),
                  ("a8", "INDIRECT", "m7", ("added", "added Masoud"),
                   seg(T, "Egypt needs to support the flow", "to attract more investments"), None),
                  ("a9", "INDIRECT", "m8", ("said", "the IMF said"),
                   "Egypt’s economy is projected to grow by 4.3 percent in 2016", None),
                  ("a10", "INDIRECT", None, "projected", "to grow by 4.3 percent in 2016", "a9"),
                  ("a11", "INDIRECT", "m8", "noting",
                   "lower oil prices will reduce Egypt’s vulnerabilities as a main oil importer in the Middle East", None)])

# ---------------------------------------------------------------------------------------
# Millennium Radio (millenniumfm.net, Zambia). The byline line ("Written by on April 21, 2019") is
# removed; it gives the date. The page breaks off at the start of the next paragraph, so the text
# is cut before it. Notes:
# - Headline "Poor refereeing caused our loss – Circuit City…as coach lectures reporter on what to
#   pen.": a "claim – name" headline (null cue, source "Circuit City"); then "coach lectures
#   reporter on what to pen" is the coach's speech act with an open-question content after the
#   linking "on" (as "an update on whether …" → "whether …"); the addressee "reporter" is left out.
# - "blamed X to Y" keeps "X to Y" (as the corpus does for "blamed X on Y"). "told the Sun" is a
#   medium. "he was unhappy with ..." is his own attitude inside his claim, not split off.
# - "Write what I have told you in tomorrow’s newspaper, that the third goal ... was an offside.":
#   the that-clause gives what he told the reporters, nested in the quotation with source "I".
#   "they could have ruled it was off side" is a hypothetical inside a quote (left out).
# - "cautioned club officials against criticizing ...": addressee and "against" left out, as the
#   corpus does for "cautioned the public against X".
doc("millenniumfm-circuit-city-coach-phiri-blames-refereeing",
    url="https://www.millenniumfm.net/2019/04/21/poor-refereeing-caused-our-loss-circuit-cityas-coach-lectures-reporter-on-what-to-pen/",
    outlet="Millennium Radio", country="Zambia", topic="sport", cut=True, published="2019-04-21",
    text=(T := "Poor refereeing caused our loss – Circuit City…as coach lectures reporter on what to pen.\n"
          "CIRCUIT City FC have blamed their loss to Forest Rangers in Friday’s game to poor refereeing.\n"
          "Circuit City coach, Mathews Phiri, told the Sun in a post-match interview, the refereeing in the game played at Ndola’s Levy Mwanawasa Stadium was poor and unfair.\n"
          "Phiri’s team lost 3-2 to Forest Rangers.\n"
          "He said it was unacceptable for his team to waste money to travel to Ndola and only to lose due to poor refereeing.\n"
          "He said he was unhappy with the decision by the refereeing team, led by Rodrick Ng’andu, to accept Forest Rangers’ midfielder, Austin Muwowo’s goal when it was clearly off side.\n"
          "He observed that the referee should not have allowed the goal to stand as it was clearly off side.\n"
          "“Even a blind person could have easily ruled out Muwowo’s goal for off side,” he said.\n"
          "“Gentlemen be fair. You are reporters, the referees are not going to improve if you follow their mistakes. Have we lost? From an off side goal?” queried Phiri.\n"
          "“Even you picked someone from the streets who knows very little about football, they could have ruled it was off side,” he said.\n"
          "“Write what I have told you in tomorrow’s newspaper, that the third goal for Forest Rangers was an offside. The game was supposed to end 2-2. Where you going to be happy with the third goal if you were the coach?” he said.\n"
          "Circuit City’s loss to Forest Rangers places it third from the bottom of Stream B of the super league.\n"
          "Meanwhile, the Football Association of Zambia (FAZ) recently cautioned club officials against criticizing match officiating in the media.\n"
          "FAZ secretary general, Adrian Kashala, said clubs should always air their grievances concerning match officiating through proper channels.\n"
          "Kashala said clubs needed to officially write to his office about any grievances they may have regarding match officiating so that the matters could be investigated."),
    entities=[("circuitcity", "Circuit City FC", "ORGANIZATION", ["Circuit City", "CIRCUIT City FC"], "Zambian football club"),
              ("phiri", "Mathews Phiri", "PERSON", ["Phiri", "Circuit City coach, Mathews Phiri"], "Circuit City FC coach"),
              ("faz", "the Football Association of Zambia (FAZ)", "ORGANIZATION", ["Football Association of Zambia", "FAZ"],
               "Zambia's football governing body"),
              ("kashala", "Adrian Kashala", "PERSON", ["Kashala", "FAZ secretary general, Adrian Kashala"], "FAZ secretary general")],
    mentions=[("m1", ("Circuit City", "– Circuit City"), "circuitcity"),
              ("m2", ("coach", "as coach lectures"), "phiri"),
              ("m3", "CIRCUIT City FC", "circuitcity"),
              ("m4", "Circuit City coach, Mathews Phiri", "phiri"),
              ("m5", ("He", "He said it was"), "phiri"),
              ("m6", ("He", "He said he was"), "phiri"),
              ("m7", ("He", "He observed"), "phiri"),
              ("m8", ("he", "for off side,” he said"), "phiri"),
              ("m9", ("Phiri", "queried Phiri"), "phiri"),
              ("m10", ("he", "ruled it was off side,” he said"), "phiri"),
              ("m11", ("I", "what I have told"), "phiri"),
              ("m12", ("he", "the coach?” he said"), "phiri"),
              ("m13", "the Football Association of Zambia (FAZ)", "faz"),
              ("m14", "FAZ secretary general, Adrian Kashala", "kashala"),
              ("m15", ("Kashala", "Kashala said clubs needed"), "kashala")],
    attributions=[("a1", "INDIRECT", "m1", None, "Poor refereeing caused our loss", None),
                  ("a2", "INDIRECT", "m2", "lectures", "what to pen", None),
                  ("a3", "INDIRECT", "m3", "blamed", "their loss to Forest Rangers in Friday’s game to poor refereeing", None),
                  ("a4", "INDIRECT", "m4", ("told", "told the Sun"),
                   "the refereeing in the game played at Ndola’s Levy Mwanawasa Stadium was poor and unfair", None),
                  ("a5", "INDIRECT", "m5", ("said", "He said it was"),
                   "it was unacceptable for his team to waste money to travel to Ndola and only to lose due to poor refereeing", None),
                  ("a6", "INDIRECT", "m6", ("said", "He said he was"),
                   seg(T, "he was unhappy with the decision", "when it was clearly off side"), None),
                  ("a7", "INDIRECT", "m7", "observed",
                   "the referee should not have allowed the goal to stand as it was clearly off side", None),
                  ("a8", "DIRECT", "m8", ("said", "for off side,” he said"),
                   "Even a blind person could have easily ruled out Muwowo’s goal for off side,", None),
                  ("a9", "DIRECT", "m9", "queried", seg(T, "Gentlemen be fair.", "From an off side goal?"), None),
                  ("a10", "DIRECT", "m10", ("said", "ruled it was off side,” he said"),
                   seg(T, "Even you picked someone", "ruled it was off side,"), None),
                  ("a11", "DIRECT", "m12", ("said", "the coach?” he said"),
                   seg(T, "Write what I have told you", "if you were the coach?"), None),
                  ("a12", "INDIRECT", "m11", ("told", "I have told"),
                   "the third goal for Forest Rangers was an offside", "a11"),
                  ("a13", "INDIRECT", "m13", "cautioned", "criticizing match officiating in the media", None),
                  ("a14", "INDIRECT", "m14", ("said", "Kashala, said"),
                   "clubs should always air their grievances concerning match officiating through proper channels", None),
                  ("a15", "INDIRECT", "m15", ("said", "Kashala said clubs needed"),
                   seg(T, "clubs needed to officially write", "could be investigated"), None)])

write("train_bp.jsonl")
