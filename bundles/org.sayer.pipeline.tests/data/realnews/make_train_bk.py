#!/usr/bin/env python3
"""Writes train_bk.jsonl: real-news gold, split train-bk (see gold.py). Run: python3 make_train_bk.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Brisbane Times (Australia). The stored page has no headline: it opens with the byline (removed),
# so the text starts with the lead. A photo caption ("Opponents of the Grace on Coronation
# development delivered ...") is removed. The stored copy breaks off inside a quotation of Quirk
# ("We do know there's a"), so the text is cut before it. The date is the one in the address.
# Notes:
# - "have delivered about 1000 objections" and "handed Cr Quirk a box" are actions; "In a
#   self-described "ambush"" is a participle with no finite reporting verb (left out, as
#   FORMAT.md leaves out noun and participle forecasts).
# - "a box of what she said was about 1000 submissions against the development": the content is
#   the predicate noun phrase, as `what she called X` → X (make_test4_a.py, make_train_aw.py); the
#   relative clause "which the council approved in June" is the journalist's and is left out.
# - Anderson's second quotation continues his first (null cue). Its "say 'this is what we're
#   going to live with'" is what the council should say, a hypothetical inside a quote (left out).
#   "then that tells you ..." in Handley's quotation is an evidential (left out).
# - "Cr Quirk thanked Ms Handley for the submissions" has no reported content (left out, like an
#   addressee-only speech act). In "Cr Quirk told the Property Council lunch developers had to
#   ..." the lunch is the addressee; the "While not addressing ..." adjunct is left out.
doc("brisbanetimes-toowong-tower-objections-quirk",
    url="https://www.brisbanetimes.com.au/national/queensland/quirk-ambushed-by-toowong-tower-opponents-20151022-gkg6l3.html",
    outlet="Brisbane Times", country="Australia", topic="local", cut=True, published="2015-10-22",
    text=(T := "Toowong residents opposed to a three-tower development on the former ABC studios site have delivered about 1000 objections to Lord Mayor Graham Quirk as he entered a Property Council of Australia lunch.\n"
          "In a self-described \"ambush\", Elizabeth Handley handed Cr Quirk a box of what she said was about 1000 submissions against the development, which the council approved in June.\n"
          "The $430 million Sunland development, Grace on Coronation, will include three towers, two of 24 storeys and the other 27, which would house 555 units and include parkland and retail.\n"
          "Ms Handley said the community was not being heard.\n"
          "\"It's important because our politicians seem to be less engaged with the community and more engaged with our professional organisations,\" she said.\n"
          "\"Our lord mayor is being paid by the ratepayers of Brisbane to attend this meeting today where those people will gain benefit from him being there.\"\n"
          "Ms Handley said it was generally difficult to get people engaged with an issue, so it was no mean feat to collect so many objections.\n"
          "\"When you get 1000 people from an area like Toowong to sign something like this, then that tells you the community does not want that development there,\" she said.\n"
          "Cr Quirk thanked Ms Handley for the submissions as he entered the Sofitel Hotel.\n"
          "The interaction was recorded by fellow opponent Anthony Anderson, who was one of three people to greet the Lord Mayor.\n"
          "\"It's development without any thought for the future,\" he said of the development proposal.\n"
          "\"It's allowing the developers to do whatever suits them, what's the most profitable for them, rather than to hold them to account and say 'this is what we're going to live with'.\"\n"
          "While not addressing the Toowong development specifically, Cr Quirk told the Property Council lunch developers had to do more to counteract negative publicity."),
    entities=[("handley", "Elizabeth Handley", "PERSON", ["Handley", "Ms Handley"],
               "Toowong resident opposed to the development"),
              ("quirk", "Graham Quirk", "PERSON", ["Quirk", "Cr Quirk", "Lord Mayor Graham Quirk", "the Lord Mayor"],
               "Lord Mayor of Brisbane"),
              ("anderson", "Anthony Anderson", "PERSON", ["Anderson", "fellow opponent Anthony Anderson"],
               "opponent of the development")],
    mentions=[("m1", "Lord Mayor Graham Quirk", "quirk"),
              ("m2", "Elizabeth Handley", "handley"),
              ("m3", ("Cr Quirk", "Cr Quirk a box"), "quirk"),
              ("m4", ("she", "she said was"), "handley"),
              ("m5", ("Ms Handley", "Ms Handley said the community"), "handley"),
              ("m6", ("she", "organisations,\" she said"), "handley"),
              ("m7", "Our lord mayor", "quirk"),
              ("m8", ("Ms Handley", "Ms Handley said it was"), "handley"),
              ("m9", ("she", "development there,\" she said"), "handley"),
              ("m10", ("Cr Quirk", "Cr Quirk thanked"), "quirk"),
              ("m11", ("Ms Handley", "Ms Handley for the submissions"), "handley"),
              ("m12", "fellow opponent Anthony Anderson", "anderson"),
              ("m13", ("the Lord Mayor", "greet the Lord Mayor"), "quirk"),
              ("m14", ("he", "he said of"), "anderson"),
              ("m15", ("Cr Quirk", "Cr Quirk told"), "quirk")],
    attributions=[("a1", "INDIRECT", "m4", ("said", "she said was"), "about 1000 submissions against the development", None),
                  ("a2", "INDIRECT", "m5", ("said", "Handley said the community"), "the community was not being heard", None),
                  ("a3", "DIRECT", "m6", ("said", "organisations,\" she said"),
                   seg(T, "It's important because", "professional organisations,"), None),
                  ("a4", "DIRECT", "m6", None, seg(T, "Our lord mayor is being paid", "him being there."), None),
                  ("a5", "INDIRECT", "m8", ("said", "Handley said it was"),
                   "it was generally difficult to get people engaged with an issue, so it was no mean feat to collect so many objections", None),
                  ("a6", "DIRECT", "m9", ("said", "development there,\" she said"),
                   seg(T, "When you get 1000 people", "that development there,"), None),
                  ("a7", "DIRECT", "m14", ("said", "he said of"), "It's development without any thought for the future,", None),
                  ("a8", "DIRECT", "m14", None, seg(T, "It's allowing the developers", "going to live with'."), None),
                  ("a9", "INDIRECT", "m15", "told", "developers had to do more to counteract negative publicity", None)])

# ---------------------------------------------------------------------------------------
# Malaysiakini (Malaysia), a wire story on Indonesia. The stored page has no headline: it opens
# with the lead, whose kicker "CORONAVIRUS |" is kept as printed (a topic label, not a speaker).
# The stored copy breaks off inside the WHO representative's quotation, so the text is cut before
# that paragraph. The page gives no date. Notes:
# - "some medical researchers expressed concern that ..." and the Harvard researchers of the next
#   paragraphs ("then said in a study") are one entity: later context settles the antecedent
#   (FORMAT.md, Coreference). "in a study" is the medium, not a source.
# - "raising suspicions on social media ... over a potential lack of vigilance" is a noun of
#   attitude with no holder and no finite reporting verb (left out, as make_train_bh.py leaves out
#   "sparking fears about ..."); "in response to the concerns" is an adjunct.
doc("malaysiakini-indonesia-not-hiding-coronavirus-cases",
    url="https://malaysiakini.com/news/510472",
    outlet="Malaysiakini", country="Malaysia", topic="health-science", cut=True,
    text=(T := "CORONAVIRUS | Indonesia is not hiding anything over the coronavirus, the health minister said on Tuesday, after some medical researchers expressed concern that cases may have gone undetected in the world’s fourth most populous country.\n"
          "While the virus has quickly spread from China throughout much of the rest of the region and beyond, the sprawling Southeast Asian country of more than 260 million people has not recorded any cases so far.\n"
          "Dozens of cases have been recorded in other regional countries including Singapore, Malaysia, Thailand, Vietnam and the Philippines, where one person has died, raising suspicions on social media in particular over a potential lack of vigilance in Indonesia.\n"
          "Researchers at the Harvard TH Chan School of Public Health, in the United States, then said in a study last week that Indonesia should rapidly strengthen outbreak surveillance and control - especially given that it had direct flights from the central Chinese city of Wuhan, the epicentre of the virus.\n"
          "The Harvard team said that Indonesia’s lack of confirmed cases “may suggest the potential for undetected cases” as air travel may contribute to cases being exported from China.\n"
          "The virus has killed over 1,000, with more than 42,000 confirmed cases in China and 319 cases in 24 other countries. Many of the cases outside China have been in people who have a history of travelling to the country.\n"
          "“We have the kits to check coronavirus and they’re certified... Nothing is concealed,” Health Minister Terawan Agus Putranto said after a cabinet meeting at the Bogor presidential palace outside Jakarta, in response to the concerns.\n"
          "Indonesia has tested 64 samples from suspected coronavirus infections - 62 of which were declared negative with two still being tested, health ministry Research and development agency head Siswanto said during a tour of its laboratory in Jakarta."),
    entities=[("terawan", "Terawan Agus Putranto", "PERSON",
               ["Terawan", "Health Minister Terawan Agus Putranto", "the health minister"], "Indonesia's health minister"),
              ("harvard", "Researchers at the Harvard TH Chan School of Public Health", "GROUP",
               ["The Harvard team", "some medical researchers"],
               "researchers of the Harvard TH Chan School of Public Health, United States"),
              ("siswanto", "Siswanto", "PERSON", ["health ministry Research and development agency head Siswanto"],
               "head of the Indonesian health ministry's research and development agency")],
    mentions=[("m1", "the health minister", "terawan"),
              ("m2", "some medical researchers", "harvard"),
              ("m3", "Researchers at the Harvard TH Chan School of Public Health", "harvard"),
              ("m4", "The Harvard team", "harvard"),
              ("m5", "Health Minister Terawan Agus Putranto", "terawan"),
              ("m6", "health ministry Research and development agency head Siswanto", "siswanto")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "minister said on Tuesday"),
                   "Indonesia is not hiding anything over the coronavirus", None),
                  ("a2", "INDIRECT", "m2", "expressed concern",
                   "cases may have gone undetected in the world’s fourth most populous country", None),
                  ("a3", "INDIRECT", "m3", ("said", "then said in a study"),
                   seg(T, "Indonesia should rapidly strengthen", "the epicentre of the virus"), None),
                  ("a4", "MIXED", "m4", ("said", "team said that"),
                   "Indonesia’s lack of confirmed cases “may suggest the potential for undetected cases” as air travel may contribute to cases being exported from China", None),
                  ("a5", "DIRECT", "m5", ("said", "Putranto said"),
                   "We have the kits to check coronavirus and they’re certified... Nothing is concealed,", None),
                  ("a6", "INDIRECT", "m6", ("said", "Siswanto said"),
                   "Indonesia has tested 64 samples from suspected coronavirus infections - 62 of which were declared negative with two still being tested", None)])

# ---------------------------------------------------------------------------------------
# The Online Citizen (Singapore). Navigation ("Connect with us", "Current Affairs", "Published
# on") is removed. The stored copy breaks off inside the paragraph after the lawyer's quotation
# ("Mr Jumabhoy clarified that the defence was not questioning"), so the text is cut before it.
# The date is the one in the address (the hearing of "Monday (26 August)"). Notes:
# - The headline's "seeks transfer of ..." is a request with a noun-phrase content, as the corpus
#   annotates "seeks" (make_train_ad.py, make_train_g.py); the lead's "requested that ..." repeats it.
#   "following the precedent set by ..." is an adjunct of the request (left out).
# - "faces charges of lying" and "alleged perjury charges" are a legal act and a hedge (left out,
#   as make_train_ap.py leaves out "faced a charge of").
# - "Singh’s legal team, led by lawyers ..." : the source is "Singh’s legal team"; the participle
#   phrase is left out like a long apposition, so Jumabhoy's name in it is a mention of its own.
#   "before Justice Hoo Sheau Peng" is the addressee.
# - "As reported by state media CNA, ...": CNA is the source of the report (FORMAT.md, Media:
#   "the Courier reported ... that" makes the Courier the source).
# - "a State Court judge agreed to transfer the case ... after both parties consented": a court's
#   decision and a consent with no content (actions, left out).
# - "..., a perspective he emphasized was not his own but one supported by ...": the apposition is
#   the journalist's, so it is not part of the argued content (a5); its relative "he emphasized"
#   is a claim of its own whose content is the predicate after the cue, as
#   `what they said was an action ...` → `was an action ...` (make_test5_a.py).
#   "Minister Indranee Rajah’s February 2022 speech" and "the minister’s “eloquent summary”" are
#   possessive uses (no mention).
doc("theonlinecitizen-pritam-singh-high-court-transfer",
    url="https://theonlinecitizen.com/2024/08/26/wp-leader-pritam-singh-seeks-transfer-of-alleged-perjury-charges-to-high-court-trial",
    outlet="The Online Citizen", country="Singapore", topic="courts-crime", cut=True, published="2024-08-26",
    text=(T := "WP Leader Pritam Singh seeks transfer of alleged perjury charges to High Court trial\n"
          "SINGAPORE: Leader of the Opposition Pritam Singh has requested that his upcoming trial be moved to the High Court, following the precedent set by the recent transfer of former transport minister S Iswaran’s case.\n"
          "Mr Singh, who is also the Secretary-General of the Workers’ Party (WP), faces charges of lying during a 2021 parliamentary committee inquiry into former MP Raeesah Khan’s statements.\n"
          "His trial is scheduled to take place from 14 October to 13 November.\n"
          "On Monday (26 August), Singh’s legal team, led by lawyers Andre Darius Jumabhoy and Aristotle Emmanuel Eng, argued before Justice Hoo Sheau Peng that the case warrants a High Court review due to its significant public interest, akin to Iswaran’s case.\n"
          "As reported by state media CNA, the judge has reserved her decision and will announce it on 9 September.\n"
          "In Iswaran’s corruption charges, a State Court judge agreed to transfer the case to the High Court after both parties consented.\n"
          "Mr Jumabhoy argued that Singh’s case touches on the very essence of democracy, a perspective he emphasized was not his own but one supported by Minister Indranee Rajah’s February 2022 speech.\n"
          "Ms Indranee said: “Fundamentally, the motions are about safeguarding the essence of democracy – our democracy – and preserving its most vital and essential characteristic, which is trust. They are about the need to ensure the integrity of our institutions and Parliament in particular, and about the confidence Singaporeans can have in their elected representatives.”\n"
          "Jumabhoy asserted that the minister’s “eloquent summary” illustrated the case’s significance, making it “almost churlish” to deny a High Court transfer.\n"
          "“In marked contrast, Iswaran’s case seems almost trivial by comparison,” said the lawyer."),
    entities=[("singh", "Pritam Singh", "PERSON",
               ["Singh", "Mr Singh", "WP Leader Pritam Singh", "Leader of the Opposition Pritam Singh"],
               "Leader of the Opposition, secretary-general of the Workers' Party"),
              ("team", "Singh’s legal team", "GROUP", [], "Singh's lawyers"),
              ("jumabhoy", "Andre Darius Jumabhoy", "PERSON", ["Jumabhoy", "Mr Jumabhoy", "the lawyer"],
               "Singh's lead lawyer"),
              ("cna", "CNA", "ORGANIZATION", ["state media CNA"], "Singapore state broadcaster"),
              ("indranee", "Indranee Rajah", "PERSON", ["Indranee", "Ms Indranee", "Minister Indranee Rajah"],
               "Minister, Leader of the House")],
    mentions=[("m1", "WP Leader Pritam Singh", "singh"),
              ("m2", "Leader of the Opposition Pritam Singh", "singh"),
              ("m3", "Mr Singh", "singh"),
              ("m4", "Singh’s legal team", "team"),
              ("m5", "Andre Darius Jumabhoy", "jumabhoy"),
              ("m6", "state media CNA", "cna"),
              ("m7", ("Mr Jumabhoy", "Mr Jumabhoy argued"), "jumabhoy"),
              ("m8", ("he", "he emphasized"), "jumabhoy"),
              ("m9", "Ms Indranee", "indranee"),
              ("m10", ("Jumabhoy", "Jumabhoy asserted"), "jumabhoy"),
              ("m11", "the lawyer", "jumabhoy")],
    attributions=[("a1", "INDIRECT", "m1", "seeks", "transfer of alleged perjury charges to High Court trial", None),
                  ("a2", "INDIRECT", "m2", "requested", "his upcoming trial be moved to the High Court", None),
                  ("a3", "INDIRECT", "m4", ("argued", "Eng, argued"),
                   "the case warrants a High Court review due to its significant public interest, akin to Iswaran’s case", None),
                  ("a4", "INDIRECT", "m6", "reported",
                   "the judge has reserved her decision and will announce it on 9 September", None),
                  ("a5", "INDIRECT", "m7", ("argued", "Jumabhoy argued"),
                   "Singh’s case touches on the very essence of democracy", None),
                  ("a6", "INDIRECT", "m8", "emphasized",
                   "was not his own but one supported by Minister Indranee Rajah’s February 2022 speech", None),
                  ("a7", "DIRECT", "m9", ("said", "Indranee said"),
                   seg(T, "Fundamentally, the motions", "their elected representatives."), None),
                  ("a8", "MIXED", "m10", "asserted",
                   "the minister’s “eloquent summary” illustrated the case’s significance, making it “almost churlish” to deny a High Court transfer", None),
                  ("a9", "DIRECT", "m11", ("said", "said the lawyer"),
                   "In marked contrast, Iswaran’s case seems almost trivial by comparison,", None)])

# ---------------------------------------------------------------------------------------
# Just News BD (Bangladesh). The stored page prints the headline twice; it is kept once. The stored
# copy breaks off inside the paragraph after Faruque's quotation, so the text is cut before it.
# The page gives no date. Notes:
# - The headline "Apparel export orders on the decline: BGMEA" puts the name after a colon at the
#   end; it is read as the "claim – name" headline of FORMAT.md (null cue, source "BGMEA").
# - Faruque's quotation uses single curly quotes as its primary marks: DIRECT.
# - "the trade body’s headquarters" is a possessive use (no mention).
doc("justnewsbd-apparel-export-orders-decline-bgmea",
    url="https://www.justnewsbd.com/en/national/news/18938",
    outlet="Just News BD", country="Bangladesh", topic="business", cut=True,
    text=(T := "Apparel export orders on the decline: BGMEA\n"
          "The Bangladesh Garment Manufacturers and Exporters Association on Tuesday claimed that the flow of global orders started decreasing again due to an economic slowdown in the importing countries.\n"
          "Many global buyers are placing orders in small quantities, some are putting their work orders on hold and some are putting shipments on hold as retailers sit on stockpiles of apparel items in their stores due to high inflation, BGMEA president Faruque Hassan said at a meet the press event held at the trade body’s headquarters in the capital Dhaka.\n"
          "He said that a full capacity remained unutilised in most of the factories due to lack of orders and in some cases many factories were forced to keep production suspended for two-three days in a week.\n"
          "The sales of apparel products declined on the global market due to high inflation caused by the Russia-Ukraine war and at the same time price hike of gas and electricity in the country put a negative impact on the Bangladesh readymade garment sector, the BGMEA president said.\n"
          "Faruque also said that the theft of apparel items from export bound apparel products on the Dhaka-Chattogram highway was growing and such incidences were disappointing global buyers.\n"
          "He demanded that the government take stern action against the miscreants involved in the theft of export-bound RMG products from cargoes.\n"
          "The BGMEA president said that despite decreasing orders in volume, Bangladesh’s apparel exports maintained a positive growth in the past few months due to the appreciation of the dollar against the taka and increasing exports of value-added products.\n"
          "‘But we are going to face a fresh challenge as the flow of export orders has started decreasing from our major markets, including the United States and Germany,’ Faruque said."),
    entities=[("bgmea", "Bangladesh Garment Manufacturers and Exporters Association", "ORGANIZATION",
               ["BGMEA", "The Bangladesh Garment Manufacturers and Exporters Association", "the trade body"],
               "trade body of Bangladesh's garment makers and exporters"),
              ("faruque", "Faruque Hassan", "PERSON", ["Faruque", "BGMEA president Faruque Hassan", "the BGMEA president"],
               "president of the BGMEA")],
    mentions=[("m1", ("BGMEA", "decline: BGMEA"), "bgmea"),
              ("m2", "The Bangladesh Garment Manufacturers and Exporters Association", "bgmea"),
              ("m3", "BGMEA president Faruque Hassan", "faruque"),
              ("m4", ("He", "He said that a full"), "faruque"),
              ("m5", ("the BGMEA president", "sector, the BGMEA president said"), "faruque"),
              ("m6", ("Faruque", "Faruque also said"), "faruque"),
              ("m7", ("He", "He demanded"), "faruque"),
              ("m8", ("The BGMEA president", "The BGMEA president said that despite"), "faruque"),
              ("m9", ("Faruque", "Faruque said."), "faruque")],
    attributions=[("a1", "INDIRECT", "m1", None, "Apparel export orders on the decline", None),
                  ("a2", "INDIRECT", "m2", "claimed",
                   "the flow of global orders started decreasing again due to an economic slowdown in the importing countries", None),
                  ("a3", "INDIRECT", "m3", ("said", "Hassan said"),
                   seg(T, "Many global buyers", "due to high inflation"), None),
                  ("a4", "INDIRECT", "m4", ("said", "He said that a full"),
                   seg(T, "a full capacity remained", "two-three days in a week"), None),
                  ("a5", "INDIRECT", "m5", ("said", "sector, the BGMEA president said"),
                   seg(T, "The sales of apparel products", "readymade garment sector"), None),
                  ("a6", "INDIRECT", "m6", ("said", "Faruque also said"),
                   seg(T, "the theft of apparel items", "disappointing global buyers"), None),
                  ("a7", "INDIRECT", "m7", "demanded",
                   "the government take stern action against the miscreants involved in the theft of export-bound RMG products from cargoes", None),
                  ("a8", "INDIRECT", "m8", ("said", "president said that despite"),
                   seg(T, "despite decreasing orders", "value-added products"), None),
                  ("a9", "DIRECT", "m9", ("said", "Faruque said."),
                   seg(T, "But we are going to face", "United States and Germany,"), None)])

# ---------------------------------------------------------------------------------------
# Setopati (Nepal), English edition. The stored page has no headline: the text starts with the
# lead. The whole article is stored (about 170 words). The date is the one the page gives.
# Notes:
# - "The government has decided to ban ..." and "a Cabinet meeting ... decided to ban ..." are
#   decisions (actions), not claims.
# - "NTA has written to internet service providers (ISPs) to ban TikTok" is a written instruction:
#   the addressee is left out and the content is "to ban TikTok", as `staff were told to stay home`
#   → `to stay home` (FORMAT.md, Left outside). The same instruction inside Mishra's report
#   ("NTA wrote to all ISPs to ban TikTok") is nested in it (a6 in a5); "after Monday’s Cabinet
#   decision" is an adjunct of the writing.
# - "has also been informed about the decision" (an act of informing, FORMAT.md Excluded) and
#   "has been widely criticized on social media" (an evaluation with no content) are left out.
doc("setopati-nepal-bans-tiktok",
    url="https://en.setopati.com/political/162059",
    outlet="Setopati", country="Nepal", topic="technology", cut=False, published="2023-11-14",
    text=(T := "The government has decided to ban the video-sharing app TikTok in Nepal.\n"
          "Government Spokesperson and Minister for Communication and Information Technology Rekha Sharma said that a Cabinet meeting held on Monday decided to ban TikTok in Nepal.\n"
          "Sharma said that the decision to ban TikTok was taken as social harmony was being disrupted.\n"
          "Deputy Prime Minister and Home Minister Narayan Kaji Shrestha said that the government decided to ban the social media platform as it was used to disrupt social harmony, weaken nationalism and for unruly activities.\n"
          "Meanwhile, Nepal Telecommunications Authority (NTA) has written to internet service providers (ISPs) to ban TikTok.\n"
          "According to NTA’s Assistant Spokesperson Achyutananda Mishra, NTA wrote to all ISPs to ban TikTok after Monday’s Cabinet decision.\n"
          "Mishra said that the TikTok headquarters has also been informed about the decision.\n"
          "He said that TikTok will be banned in the country within 24 hours.\n"
          "The government’s decision to ban TikTok has been widely criticized on social media."),
    entities=[("sharma", "Rekha Sharma", "PERSON",
               ["Sharma", "Government Spokesperson and Minister for Communication and Information Technology Rekha Sharma"],
               "government spokesperson, Minister for Communication and Information Technology"),
              ("shrestha", "Narayan Kaji Shrestha", "PERSON",
               ["Shrestha", "Deputy Prime Minister and Home Minister Narayan Kaji Shrestha"],
               "Deputy Prime Minister and Home Minister"),
              ("nta", "Nepal Telecommunications Authority (NTA)", "ORGANIZATION",
               ["Nepal Telecommunications Authority", "NTA"], "Nepal's telecom regulator"),
              ("mishra", "Achyutananda Mishra", "PERSON",
               ["Mishra", "NTA’s Assistant Spokesperson Achyutananda Mishra"], "assistant spokesperson of the NTA")],
    mentions=[("m1", "Government Spokesperson and Minister for Communication and Information Technology Rekha Sharma", "sharma"),
              ("m2", ("Sharma", "Sharma said that the decision"), "sharma"),
              ("m3", "Deputy Prime Minister and Home Minister Narayan Kaji Shrestha", "shrestha"),
              ("m4", "Nepal Telecommunications Authority (NTA)", "nta"),
              ("m5", "NTA’s Assistant Spokesperson Achyutananda Mishra", "mishra"),
              ("m6", ("NTA", "NTA wrote"), "nta"),
              ("m7", ("Mishra", "Mishra said"), "mishra"),
              ("m8", ("He", "He said that TikTok"), "mishra")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Rekha Sharma said"),
                   "a Cabinet meeting held on Monday decided to ban TikTok in Nepal", None),
                  ("a2", "INDIRECT", "m2", ("said", "Sharma said that the decision"),
                   "the decision to ban TikTok was taken as social harmony was being disrupted", None),
                  ("a3", "INDIRECT", "m3", ("said", "Shrestha said"),
                   seg(T, "the government decided to ban the social media platform", "for unruly activities"), None),
                  ("a4", "INDIRECT", "m4", "written", ("to ban TikTok", "(ISPs) to ban TikTok"), None),
                  ("a5", "INDIRECT", "m5", "According to",
                   seg(T, "NTA wrote to all ISPs", "Monday’s Cabinet decision"), None),
                  ("a6", "INDIRECT", "m6", "wrote", ("to ban TikTok", "all ISPs to ban TikTok"), "a5"),
                  ("a7", "INDIRECT", "m7", ("said", "Mishra said"),
                   "the TikTok headquarters has also been informed about the decision", None),
                  ("a8", "INDIRECT", "m8", ("said", "He said that TikTok"),
                   "TikTok will be banned in the country within 24 hours", None)])

# ---------------------------------------------------------------------------------------
# Panay News (Philippines). The stored page has no headline: the text starts with the lead. The
# stored copy breaks off after the cross-head "NO REGRETS", so the text is cut before it. The page
# gives no date. Notes:
# - "stood with his players" is support with no reported content (left out); "Reyes pointed to X
#   as Y" is annotated like `described X as Y` (content "X as Y"), as the corpus does.
# - Reyes's first quotation (Filipino) is interrupted by "Reyes told reporters ..."; the English
#   second part continues it (null cue).
# - "We already told the players, ‘Huwag niyo nang pansinin.’" is a past speech act inside Reyes's
#   quotation (nested, DIRECT between the inner marks). "We" are Reyes and his staff speaking for
#   the national team; they are linked to the team entity, Gilas Pilipinas, and so are "this
#   team", "the Philippine team" and "our team". "the Gilas players" (the players only) are not.
# - "The brawl was “absolutely unacceptable,” Reyes said, but critics ... must know what really
#   happened ...": the whole sentence is Reyes's claim with a parenthetical reporting clause inside
#   it (FORMAT.md, Contiguity), so one MIXED attribution covers it.
# - Inside his quotation, "The PBA players are saying that we are embarrassing" is nested (a11).
#   "Kickert was seen hitting ..." (in a6) is perception, not speech.
doc("panaynews-chot-reyes-gilas-brawl-australia",
    url="http://panaynews.net/chot-reyes-stands-with-gilas-we-wont-back-down",
    outlet="Panay News", country="Philippines", topic="sport", cut=True,
    text=(T := "MANILA – Gilas Pilipinas head coach Vincent “Chot” Reyes stood with his players after the free-for-all during their 2019 FIBA World Cup Asian Qualifier match against Australia Boomers.\n"
          "Reyes pointed to Boomers forward Daniel Kickert as the culprit of the brawl who started tainting the Philippine players during warm-ups.\n"
          "“Nakakita na ba kayo ng player na tinira sa warm-up while doing the round-robin layup? Hindi pa nagsisimula ang laban?” Reyes told reporters after the match Monday night. “The one thing that they have to know from this team is that we will never gonna back down.”\n"
          "“We already restrained the players before the game. We already told the players, ‘Huwag niyo nang pansinin.’ But after what happened in the third quarter, it was hard to restrain them anymore,” Reyes added.\n"
          "Kickert was seen hitting Gilas players Matthew Wright, Carl Bryan Cruz, Calvin Abueva, and Roger Pogoy while the Philippine team was doing warm-ups, claimed Reyes.\n"
          "“I don’t know if he (Kickert) wanted to get into our [heads] or he is trying to start something by using psy-war against us, but whatever his motive is, there is no excuse for him to do what he did during the warm-up,” Reyes said.\n"
          "“Kickert was hitting our players during the warm-ups, so when he decked Pogoy, that was the fifth time he did it to us. You don’t expect to do [that] to a team five times and not expect [the team] to retaliate,” he added.\n"
          "The brawl was “absolutely unacceptable,” Reyes said, but critics – including some PBA players – must know what really happened before making any judgment on the Gilas players.\n"
          "“The PBA players are saying that we are embarrassing but they don’t know what happened. I understand that,” Reyes said. “You have to be in our team, in our circle, to know what really happened.”\n"
          "He added: “All I know is this team remains solid. We have each other’s backs. One thing I know about this team is that we’re not gonna back down.”"),
    entities=[("reyes", "Vincent “Chot” Reyes", "PERSON", ["Reyes", "Chot Reyes", "Vincent Reyes"],
               "head coach of Gilas Pilipinas"),
              ("gilas", "Gilas Pilipinas", "GROUP", ["Gilas", "the Philippine team"],
               "Philippine men's national basketball team and its staff"),
              ("pba", "The PBA players", "GROUP", ["PBA players"], "players of the Philippine Basketball Association")],
    mentions=[("m1", "Gilas Pilipinas head coach Vincent “Chot” Reyes", "reyes"),
              ("m2", ("Reyes", "Reyes pointed"), "reyes"),
              ("m3", ("Reyes", "Reyes told"), "reyes"),
              ("m4", ("this team", "from this team"), "gilas"),
              ("m5", ("Reyes", "Reyes added"), "reyes"),
              ("m6", ("We", "We already told"), "gilas"),
              ("m7", "the Philippine team", "gilas"),
              ("m8", ("Reyes", "claimed Reyes"), "reyes"),
              ("m9", ("Reyes", "warm-up,” Reyes said"), "reyes"),
              ("m10", ("he", "he added."), "reyes"),
              ("m11", ("Reyes", "unacceptable,” Reyes said"), "reyes"),
              ("m12", "The PBA players", "pba"),
              ("m13", ("Reyes", "I understand that,” Reyes said"), "reyes"),
              ("m14", "our team", "gilas"),
              ("m15", ("He", "He added:"), "reyes"),
              ("m16", ("this team", "this team remains"), "gilas"),
              ("m17", ("this team", "about this team"), "gilas")],
    attributions=[("a1", "INDIRECT", "m2", "pointed to",
                   seg(T, "Boomers forward Daniel Kickert", "during warm-ups"), None),
                  ("a2", "DIRECT", "m3", ("told", "Reyes told"), seg(T, "Nakakita na ba", "ang laban?"), None),
                  ("a3", "DIRECT", "m3", None,
                   "The one thing that they have to know from this team is that we will never gonna back down.", None),
                  ("a4", "DIRECT", "m5", ("added", "Reyes added"),
                   seg(T, "We already restrained the players", "restrain them anymore,"), None),
                  ("a5", "DIRECT", "m6", ("told", "We already told"), "Huwag niyo nang pansinin.", "a4"),
                  ("a6", "INDIRECT", "m8", "claimed", seg(T, "Kickert was seen hitting", "was doing warm-ups"), None),
                  ("a7", "DIRECT", "m9", ("said", "warm-up,” Reyes said"),
                   seg(T, "I don’t know if he (Kickert)", "during the warm-up,"), None),
                  ("a8", "DIRECT", "m10", ("added", "he added."),
                   seg(T, "Kickert was hitting our players", "to retaliate,"), None),
                  ("a9", "MIXED", "m11", ("said", "unacceptable,” Reyes said"),
                   seg(T, "The brawl was “absolutely", "judgment on the Gilas players"), None),
                  ("a10", "DIRECT", "m13", ("said", "I understand that,” Reyes said"),
                   seg(T, "The PBA players are saying", "I understand that,"), None),
                  ("a11", "INDIRECT", "m12", "saying", "we are embarrassing", "a10"),
                  ("a12", "DIRECT", "m13", None, "You have to be in our team, in our circle, to know what really happened.", None),
                  ("a13", "DIRECT", "m15", ("added", "He added:"),
                   seg(T, "All I know is this team", "not gonna back down."), None)])

# ---------------------------------------------------------------------------------------
# The Mainichi (Japan), English edition. The menu line and a photo caption are removed; the
# credit line "(Japanese original by ...)", broken off in the stored copy, is removed, so the
# story itself is whole. The date is the one in the address. Notes:
# - "under fire" (headline), "came under fire ... for spending ..." and "with criticism
#   emerging ..." are evaluations with no reported content (FORMAT.md, Excluded); so are "gave
#   the brief response", "jeering" and "protested to the ruling parties". The "questions from
#   Shunichi Mizuoka ... ranging from ..." are questions put to the speaker (left out).
# - The legislators' two shouted questions are DIRECT with "asking"; the second, after "and,",
#   continues the first (null cue).
# - "Suga's response was also criticized as being too short": an agentless passive with a content,
#   so a null source; the raised subject is left out, and so is "as", a preposition that only links
#   the cue (FORMAT.md, Spans).
# - "Questions were raised about the length of Suga's comments even from within the ruling
#   coalition": the noun is the cue, "about" only links it, and the coalition is named as where
#   the questions came from, so it is the source.
# - "asked the government for "in-depth explanations."": the whole content lies inside one
#   quotation, so DIRECT (`demanded "measures that …"`); the government is the addressee.
# - Fukuyama "spoke to reporters ... and commented, ...": the cue is "commented".
doc("mainichi-suga-short-response-diet",
    url="https://mainichi.jp/english/articles/20210122/p2a/00m/0na/034000c",
    outlet="The Mainichi", country="Japan", topic="politics", cut=False, published="2021-01-22",
    text=(T := "PM Suga under fire over short response to opposition legislator in Japan's Diet\n"
          "TOKYO -- Japanese Prime Minister Yoshihide Suga came under fire during questioning at a plenary session of the House of Councillors on Jan. 21 for spending less than 10 minutes answering some 30 minutes of questions from an opposition legislator, with criticism emerging even from within the ranks of the ruling Liberal Democratic Party (LDP).\n"
          "Suga gave the brief response following questions from Shunichi Mizuoka of the main opposition Constitutional Democratic Party of Japan (CDP), which were divided into around 15 categories ranging from COVID-19 vaccinations to expanded testing for the coronavirus.\n"
          "The Diet chamber erupted with jeering from opposition parties after Suga's response, with legislators asking, \"What are you doing fleeing like that?\" and, \"Is that it?\" Directors of the Committee on Rules and Administration from opposition parties including the CDP crowded around the podium and protested to the ruling parties, and in a subsequent committee meeting Suga's response was also criticized as being too short.\n"
          "Questions were raised about the length of Suga's comments even from within the ruling coalition, with one official agreeing that such a short response was \"inappropriate.\" Toshiei Mizuochi, chairman of the chamber's Committee on Rules and Administration and a member of the LDP, told reporters, \"If the question time is 30 minutes, then it's the norm to give a response that is on par with that,\" and asked the government for \"in-depth explanations.\"\n"
          "CDP Secretary-General Tetsuro Fukuyama spoke to reporters on the afternoon of the same day and commented, \"I was astonished and appalled. Finishing with an abstract and extremely short response is tantamount to refusing to provide an explanation to the public.\""),
    entities=[("legislators", "legislators", "GROUP", [],
               "opposition legislators in the House of Councillors"),
              ("coalition", "the ruling coalition", "GROUP", [], "Japan's ruling coalition"),
              ("official", "one official", "PERSON", [], "an official of the ruling coalition"),
              ("mizuochi", "Toshiei Mizuochi", "PERSON", ["Mizuochi"],
               "chairman of the Upper House Committee on Rules and Administration, LDP member"),
              ("fukuyama", "Tetsuro Fukuyama", "PERSON", ["Fukuyama", "CDP Secretary-General Tetsuro Fukuyama"],
               "secretary-general of the Constitutional Democratic Party of Japan")],
    mentions=[("m1", "legislators", "legislators"),
              ("m2", "the ruling coalition", "coalition"),
              ("m3", "one official", "official"),
              ("m4", "Toshiei Mizuochi, chairman of the chamber's Committee on Rules and Administration and a member of the LDP", "mizuochi"),
              ("m5", "CDP Secretary-General Tetsuro Fukuyama", "fukuyama")],
    attributions=[("a1", "DIRECT", "m1", "asking", "What are you doing fleeing like that?", None),
                  ("a2", "DIRECT", "m1", None, "Is that it?", None),
                  ("a3", "INDIRECT", None, "criticized", "being too short", None),
                  ("a4", "INDIRECT", "m2", "Questions", "the length of Suga's comments", None),
                  ("a5", "MIXED", "m3", "agreeing", "such a short response was \"inappropriate.\"", None),
                  ("a6", "DIRECT", "m4", "told",
                   "If the question time is 30 minutes, then it's the norm to give a response that is on par with that,", None),
                  ("a7", "DIRECT", "m4", "asked", "in-depth explanations.", None),
                  ("a8", "DIRECT", "m5", "commented",
                   seg(T, "I was astonished and appalled.", "explanation to the public."), None)])

write("train_bk.jsonl")
