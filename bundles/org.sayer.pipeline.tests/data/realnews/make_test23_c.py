#!/usr/bin/env python3
"""Writes test23_c.jsonl: real-news gold, split test23-c (see gold.py). Run: python3 make_test23_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline (its address reads "litton-das-slams-selectors-over-lack-of-
# communication"): the text starts with the lead. The promo line "For More Sports Related News:
# Follow RevSportz" at its end is removed; nothing else is cut.
# Notes:
# - "has called out the selectors for a lack of communication" is criticism with a content (as
#   the brief's "Minister slams ..." and FORMAT's `described X as Y`): cue "called out"; the
#   "after Shamim Hossain was dropped ..." clause is an adjunct of the reporting event.
# - "While announcing the squad" is an adjunct of Gazi's "said".
# - "Litton revealed that he has been told by the board to work with ...": the board's
#   instruction is nested, "he" a raised addressee left outside (FORMAT `staff were told to ...`).
# - In Litton's second quotation, "The selection panel and the board have told me that ..." is
#   speech of others nested in a quote (a coordinated subject: one GROUP), and "I have been
#   informed that ..." an agentless passive (null source), nested too. "I have always known
#   that ..." is the speaker's own attitude and is not split off.
doc("revsportz-litton-das-slams-selectors-shamim",
    url="https://revsportz.in/litton-das-slams-selectors-over-lack-of-communication",
    outlet="RevSportz", country="India", topic="sport", cut=False,
    text=(T := "Bangladesh T20I skipper Litton Das has called out the selectors for a lack of communication after Shamim Hossain was dropped for the first two T20Is against Ireland.\n"
          "While announcing the squad, Bangladesh Cricket Board (BCB) chief selector Gazi Ashraf Hossain said that they were dropping Shamim to give Mahidul Islam Ankon a chance in the middle order.\n"
          "“I think it would have been better if [Shamim] had been in the team. But this is not my call; it is totally the selectors’ call,” Litton said. “I don’t know why, but the selector dropped Shamim without giving us any notice. I have always known that a captain would know which player would be in the team and which player would be left out. I don’t see any reason behind Shamim being dropped. It would have been better if he had been in the team.”\n"
          "Neither Litton nor head coach Phil Simmons were involved in the discussions of the selection committee. Litton revealed that he has been told by the board to work with whatever players are selected.\n"
          "“The selection panel and the board have told me that I have to work entirely with whatever team they have selected. I cannot have a say in which player I want or do not want. I have always known that a captain needs a plan for organising the team. Recently, I have been informed that my job is to deliver something good on the field with the team I have been given,” Litton added."),
    entities=[("litton", "Litton Das", "PERSON", ["Litton", "Bangladesh T20I skipper Litton Das"],
               "Bangladesh T20I captain"),
              ("gazi", "Gazi Ashraf Hossain", "PERSON", ["Gazi", "chief selector Gazi Ashraf Hossain"],
               "BCB chief selector"),
              ("bcb", "Bangladesh Cricket Board", "ORGANIZATION", ["BCB", "the board"], "Bangladesh's cricket board"),
              ("panelboard", "The selection panel and the board", "GROUP", [],
               "the BCB selection panel together with the board")],
    mentions=[("m1", "Bangladesh T20I skipper Litton Das", "litton"),
              ("m2", "Bangladesh Cricket Board (BCB) chief selector Gazi Ashraf Hossain", "gazi"),
              ("m3", ("Litton", "Litton said."), "litton"),
              ("m4", ("Litton", "Neither Litton"), "litton"),
              ("m5", ("Litton", "Litton revealed"), "litton"),
              ("m6", ("the board", "told by the board"), "bcb"),
              ("m7", "The selection panel and the board", "panelboard"),
              ("m8", ("Litton", "Litton added"), "litton")],
    attributions=[("a1", "INDIRECT", "m1", "called out", "the selectors for a lack of communication", None),
                  ("a2", "INDIRECT", "m2", ("said", "Hossain said that"),
                   "they were dropping Shamim to give Mahidul Islam Ankon a chance in the middle order", None),
                  ("a3", "DIRECT", "m3", ("said", "Litton said."),
                   seg(T, "I think it would have been better", "the selectors’ call,"), None),
                  ("a4", "DIRECT", "m3", None, seg(T, "I don’t know why", "if he had been in the team."), None),
                  ("a5", "INDIRECT", "m5", "revealed",
                   "he has been told by the board to work with whatever players are selected", None),
                  ("a6", "INDIRECT", "m6", ("told", "been told by the board"),
                   "to work with whatever players are selected", "a5"),
                  ("a7", "DIRECT", "m8", "added", seg(T, "The selection panel and the board", "I have been given,"), None),
                  ("a8", "INDIRECT", "m7", ("told", "have told me"),
                   "I have to work entirely with whatever team they have selected", "a7"),
                  ("a9", "INDIRECT", None, "informed",
                   "my job is to deliver something good on the field with the team I have been given", "a7")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (address "monitor-mkt-strongly"): the text starts with the
# lead. The copy breaks off in "According to the Trading Corporation of Banglades", so the text
# is cut before it.
# Notes:
# - "ordered authorities concerned to strictly monitor ..." and, in Titu's quotation, "has
#   instructed us to monitor ...": directives with a clausal content keep their addressee, as the
#   corpus does for "instructed / urged / asked X to Y" (FORMAT `called on X to Y`).
# - "..., the prime minister was quoted by the cabinet secretary": read like FORMAT's `is quoted as
#   saying by the Courier` (the one who quotes is a medium): the prime minister is the source,
#   cue "quoted"; the cabinet secretary is a non-source mention.
# - "Asked about the prime minister's instructions" is a question put to the speaker (Excluded).
#   In Titu's claim, "the premier gave the instructions to prevent price hikes of commodities" is
#   read as the premier instructing [them] to prevent price hikes: noun cue "instructions", nested
#   (a5). "The premier gave the directive" (P2) and "Following these instructions" name no content.
# - "Mentioning that monitoring had been beneficial ..., he said, "..."": two claims of Titu, as
#   FORMAT's `X said A, warning that B`. His quotation runs over two paragraphs (the first ends
#   without a closing mark, the next reopens): one unit. "The prime minister believes that ..."
#   inside it is an attitude of another stated in a quote: nested.
# - "According to the latest data released by the Bangladesh Bureau of Statistics (BBS), ...":
#   a document naming its author is a mention of the author (FORMAT, Documents).
doc("bangladeshpost-hasina-orders-market-monitoring-eid",
    url="https://mail.bangladeshpost.net/posts/monitor-mkt-strongly-137976",
    outlet="Bangladesh Post", country="Bangladesh", topic="business", cut=True,
    text=(T := "Prime Minister Sheikh Hasina on Monday ordered authorities concerned to strictly monitor the market of essential commodities ahead of the upcoming Eid-ul-Adha.\n"
          "The premier gave the directive at the cabinet meeting held at the Prime Minister's Office, Cabinet Secretary Md Mahbub Hossain told reporters after the meeting.\n"
          "\"Although there is no shortage in the supply of some products, prices are increasing. Market monitoring should be tightened to stop these unreasonable price hikes,\" the prime minister was quoted by the cabinet secretary.\n"
          "Asked about the prime minister's instructions, State Minister for Commerce Ahsanul Islam Titu said the premier gave the instructions to prevent price hikes of commodities.\n"
          "\"Eid-ul-Adha is approaching. Festivals often prompt some traders to seek extra profits. The prime minister has instructed us to monitor the overall market to prevent unnecessary price increases,\" he said.\n"
          "Following these instructions, the Ministry of Commerce, the Directorate of Consumer Rights Protection, and other monitoring agencies will intensify market monitoring, Titu said.\n"
          "Mentioning that monitoring had been beneficial during Ramadan, he said, \"The prime minister believes that continued monitoring will prevent unreasonable price hikes.\n"
          "\"Measures will be taken to make monitoring activities visible in the market during the upcoming Eid, preventing any unwarranted price hikes.\"\n"
          "He added that the commerce ministry will ensure an adequate supply of goods.\n"
          "According to the latest data released by the Bangladesh Bureau of Statistics (BBS), the overall inflation in April stood at 9.74% while food inflation rose to 10.22%, the highest in four months.\n"
          "Meanwhile on 8 May, the Bangladesh Bank changed the Taka-Dollar exchange rate system, officially increasing the dollar rate by Tk7.\n"
          "As a result, traders have raised the prices of imported food items, especially edible oil, sugar, pulses, and raw materials for poultry feed."),
    entities=[("hasina", "Sheikh Hasina", "PERSON",
               ["Prime Minister Sheikh Hasina", "Hasina", "the prime minister", "the premier"], "Prime Minister of Bangladesh"),
              ("mahbub", "Md Mahbub Hossain", "PERSON",
               ["Mahbub Hossain", "Cabinet Secretary Md Mahbub Hossain", "the cabinet secretary"], "Cabinet Secretary"),
              ("titu", "Ahsanul Islam Titu", "PERSON",
               ["Titu", "State Minister for Commerce Ahsanul Islam Titu"], "State Minister for Commerce"),
              ("bbs", "Bangladesh Bureau of Statistics", "ORGANIZATION", ["BBS"], "national statistics office")],
    mentions=[("m1", "Prime Minister Sheikh Hasina", "hasina"),
              ("m2", ("The premier", "The premier gave the directive"), "hasina"),
              ("m3", "Cabinet Secretary Md Mahbub Hossain", "mahbub"),
              ("m4", ("the prime minister", "the prime minister was quoted"), "hasina"),
              ("m5", ("the cabinet secretary", "by the cabinet secretary"), "mahbub"),
              ("m6", "State Minister for Commerce Ahsanul Islam Titu", "titu"),
              ("m7", ("the premier", "said the premier gave"), "hasina"),
              ("m8", ("The prime minister", "The prime minister has instructed"), "hasina"),
              ("m9", ("he", "increases,\" he said"), "titu"),
              ("m10", ("Titu", "Titu said."), "titu"),
              ("m11", ("he", "he said, \"The prime"), "titu"),
              ("m12", ("The prime minister", "The prime minister believes"), "hasina"),
              ("m13", ("He", "He added"), "titu"),
              ("m14", "the latest data released by the Bangladesh Bureau of Statistics (BBS)", "bbs")],
    attributions=[("a1", "INDIRECT", "m1", "ordered",
                   "authorities concerned to strictly monitor the market of essential commodities ahead of the upcoming Eid-ul-Adha", None),
                  ("a2", "INDIRECT", "m3", ("told", "Hossain told reporters"),
                   "The premier gave the directive at the cabinet meeting held at the Prime Minister's Office", None),
                  ("a3", "DIRECT", "m4", ("quoted", "was quoted by"),
                   seg(T, "Although there is no shortage", "unreasonable price hikes,"), None),
                  ("a4", "INDIRECT", "m6", ("said", "Titu said the premier"),
                   "the premier gave the instructions to prevent price hikes of commodities", None),
                  ("a5", "INDIRECT", "m7", ("instructions", "gave the instructions"),
                   "to prevent price hikes of commodities", "a4"),
                  ("a6", "DIRECT", "m9", ("said", "increases,\" he said"),
                   seg(T, "Eid-ul-Adha is approaching.", "unnecessary price increases,"), None),
                  ("a7", "INDIRECT", "m8", ("instructed", "has instructed us"),
                   "us to monitor the overall market to prevent unnecessary price increases", "a6"),
                  ("a8", "INDIRECT", "m10", ("said", "Titu said."),
                   seg(T, "Following these instructions", "will intensify market monitoring"), None),
                  ("a9", "INDIRECT", "m11", "Mentioning", "monitoring had been beneficial during Ramadan", None),
                  ("a10", "DIRECT", "m11", ("said", "he said, \"The prime"),
                   seg(T, "The prime minister believes", "any unwarranted price hikes."), None),
                  ("a11", "INDIRECT", "m12", "believes",
                   "continued monitoring will prevent unreasonable price hikes", "a10"),
                  ("a12", "INDIRECT", "m13", ("added", "He added"),
                   "the commerce ministry will ensure an adequate supply of goods", None),
                  ("a13", "INDIRECT", "m14", "According to",
                   seg(T, "the overall inflation in April", "the highest in four months"), None)])

# ---------------------------------------------------------------------------------------
# Byline ("By Dilanthi Jayamanne") removed. The copy breaks off in "They have pointed out that if
# t", so the text is cut before it.
# Notes:
# - "The Government Information Department, quoting the Health Ministry, said there were reports
#   on social media of a shortage ...": the department is the source, the ministry it quotes a
#   medium (FORMAT `the Courier reported, citing Nordpress, that ...`), a non-source mention. The
#   "reports ... of a shortage" are nested with no claimant (null source), "on social media" an
#   adjunct and "of" a linking preposition.
# - "reassured the public that ...": the addressee is left outside.
# - "medical and nursing unions as well as the union of professions supplementary to medicine
#   have repeatedly warned, on media and social media, of ...": a coordinated subject is one
#   GROUP; "on media and social media" is an adjunct, "of" links the cue.
# - "has also urged the Governor of the Central Bank to provide ...": the addressee is kept, as
#   the corpus does for "urged X to Y" (FORMAT `called on X to Y`).
# - "Despite the reassurances by the Health Ministry" and "making a U-turn" carry no content.
doc("ceylontoday-health-ministry-refutes-drug-shortage",
    url="https://ceylontoday.lk/2022/04/17/health-ministry-refutes-drug-shortage%EF%BF%BC/",
    outlet="Ceylon Today", country="Sri Lanka", topic="health-science", cut=True, published="2022-04-17",
    text=(T := "Health Ministry refutes drug shortage\n"
          "The Ministry of Health, making a U-turn, said there was no shortage of medicines and surgical equipment, creating confusion among the Sri Lankans overseas who were ready to donate medical equipment and medicinal drugs.\n"
          "Earlier, the Ministry appointed Dr. Anver Hamdani as official coordinator to maintain uninterrupted healthcare services and facilitate medicinal and equipment donations to Sri Lanka.\n"
          "However, on Tuesday (12) The Government Information Department, quoting the Health Ministry, said there were reports on social media of a shortage of medicinal drugs and surgical equipment. The Ministry has reassured the public that there was adequate medicines and surgical equipment in State hospitals.\n"
          "The Health Ministry had catalogued the available drugs and surgical equipment in State hospitals of the Western Province and said that the National Hospital alone had 52 Endotrac.tuben/r/w/out cuff 3.5mm available. Also The Department said that there were 121 Endotracheal tube plain 2.5mm without holder available at the Lady Ridgeway Hospital and 53 at Teaching Hospital Kalubowila.\n"
          "Despite the reassurances by the Health Ministry, medical and nursing unions as well as the union of professions supplementary to medicine have repeatedly warned, on media and social media, of fast depleting medicinal drugs situation in State and private sector hospitals.\n"
          "The Government Medical Officers’ Association (GMOA) has also urged the Governor of the Central Bank to provide funds from the Itukama Fund which was set up during the pandemic to resurrect the health service of the country.\n"
          "Meanwhile, the Doctors’ Trade Union on Medical and Civil Rights (DTUMCR) said that the public should henceforth come forward to file legal action against politicians and health sector officials when patients tend to die for want of medicinal drugs and laboratory equipment in hospitals here."),
    entities=[("moh", "Ministry of Health", "ORGANIZATION",
               ["Health Ministry", "The Ministry of Health", "the Ministry", "The Health Ministry"], "Sri Lanka's Ministry of Health"),
              ("gid", "Government Information Department", "ORGANIZATION",
               ["The Government Information Department", "The Department"], "Sri Lanka's Department of Government Information"),
              ("unions", "medical and nursing unions as well as the union of professions supplementary to medicine", "GROUP",
               [], "health-sector trade unions"),
              ("gmoa", "The Government Medical Officers’ Association (GMOA)", "ORGANIZATION",
               ["Government Medical Officers’ Association", "GMOA"], "doctors' trade union"),
              ("dtumcr", "Doctors’ Trade Union on Medical and Civil Rights (DTUMCR)", "ORGANIZATION",
               ["Doctors’ Trade Union on Medical and Civil Rights", "DTUMCR"], "doctors' trade union")],
    mentions=[("m1", ("Health Ministry", "Health Ministry refutes"), "moh"),
              ("m2", "The Ministry of Health", "moh"),
              ("m3", ("the Ministry", "the Ministry appointed"), "moh"),
              ("m4", "The Government Information Department", "gid"),
              ("m5", ("the Health Ministry", "quoting the Health Ministry"), "moh"),
              ("m6", ("The Ministry", "The Ministry has reassured"), "moh"),
              ("m7", ("The Health Ministry", "The Health Ministry had catalogued"), "moh"),
              ("m8", ("The Department", "The Department said"), "gid"),
              ("m9", ("the Health Ministry", "reassurances by the Health Ministry"), "moh"),
              ("m10", "medical and nursing unions as well as the union of professions supplementary to medicine", "unions"),
              ("m11", "The Government Medical Officers’ Association (GMOA)", "gmoa"),
              ("m12", "the Doctors’ Trade Union on Medical and Civil Rights (DTUMCR)", "dtumcr")],
    attributions=[("a1", "INDIRECT", "m1", "refutes", ("drug shortage", "refutes drug shortage"), None),
                  ("a2", "INDIRECT", "m2", ("said", "U-turn, said"),
                   "there was no shortage of medicines and surgical equipment", None),
                  ("a3", "INDIRECT", "m4", ("said", "Ministry, said there"),
                   "there were reports on social media of a shortage of medicinal drugs and surgical equipment", None),
                  ("a4", "INDIRECT", None, ("reports", "were reports on social"),
                   "a shortage of medicinal drugs and surgical equipment", "a3"),
                  ("a5", "INDIRECT", "m6", "reassured",
                   "there was adequate medicines and surgical equipment in State hospitals", None),
                  ("a6", "INDIRECT", "m7", ("said", "Province and said"),
                   "the National Hospital alone had 52 Endotrac.tuben/r/w/out cuff 3.5mm available", None),
                  ("a7", "INDIRECT", "m8", ("said", "The Department said"),
                   seg(T, "there were 121 Endotracheal", "Teaching Hospital Kalubowila"), None),
                  ("a8", "INDIRECT", "m10", "warned",
                   "fast depleting medicinal drugs situation in State and private sector hospitals", None),
                  ("a9", "INDIRECT", "m11", "urged",
                   seg(T, "the Governor of the Central Bank", "the health service of the country"), None),
                  ("a10", "INDIRECT", "m12", ("said", "(DTUMCR) said"),
                   seg(T, "the public should henceforth", "laboratory equipment in hospitals here"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (address "patong-police-chief-creates-line-group-with-locals-
# to-monitor-tourist-road-users"): the text starts with the lead, whose dateline "PHUKET:" is
# kept and is no attribution. Byline, date line and photo caption removed; nothing is cut.
# Notes:
# - "Patong Police have urged Patong locals to report ... after locals complained about ...":
#   "urged X to Y" keeps its addressee (corpus); the complaint is a separate claim of the locals
#   ("about" links the cue), outside the urging's content.
# - Col Anotai's first quotation is left open at the end of its paragraph and the next paragraph
#   reopens it: one unit (FORMAT, Unit). Its governing clause "told The Phuket News, “..." carries
#   it; the trailing "Col Anotai said" is a non-source mention (FORMAT, Two clauses: a governing
#   clause wins over a trailing repeat). "following complaints by locals about ..." inside it is a
#   noun-cue claim of the locals, nested.
# - Past speech acts of the speaker's side inside his quotations are nested, as the corpus does
#   ("I told my players not to ..."): "we told them not to ..." (addressee left outside, source
#   "we" = the Patong Police), "I told them that ..." and "I asked them to ..." ("asked X to Y"
#   keeps its addressee in the corpus). "We didn’t tell them to not ride" reports that no such
#   directive was given: not annotated.
# - The quotation after "he explained." opens with a straight mark and closes with a curly one
#   (a mismatched pair counts). The next quotation has no reporting clause: it continues "he".
# - "ordered them to strictly monitor the roads ...": a directive with a clausal content, the
#   addressee kept as for "instructed / urged X to Y" in the corpus.
doc("thephuketnews-patong-police-line-group-locals",
    url="https://www.thephuketnews.com/patong-police-chief-creates-line-group-with-locals-to-monitor-tourist-road-users-70640.php",
    outlet="The Phuket News", country="Thailand", topic="local", cut=False, published="2019-03-08",
    text=(T := "PHUKET: Patong Police have urged Patong locals to report any disruptive behaviour in the area after locals complained about tourists on motorbikes riding fast and making loud noises at night near Malin Plaza in Patong.\n"
          "Patong Police Chief Col Anotai Jindamanee told The Phuket News, “At around midnight on Wednesday (Mar 6) I took a group of police officers to monitor the area around Malin Plaza following complaints by locals about a group of tourists riding motorbikes fast and making loud noises.\n"
          "“We didn’t find anyone acting in this way on the road, however, we found a group of foreigners drinking together at a bar around Malin Plaza so we told them not to make noise when riding away on their motorbikes,” Col Anotai said.\n"
          "He continued, “We didn’t tell them to not ride but we told them not to rev their engines and to keep the noise down to avoid disturbing people in the area.”\n"
          "The officers set up a checkpoint near the plaza to monitor road users in the area.\n"
          "“We caught and fined tourists who were not wearing a helmet and those who did not have a driving licence,” Col Anotai said.\n"
          "\"Yesterday (Mar 7) a group of local people came to meet me at the police station. I told them that Patong Police are ready to help make Patong peaceful,” he explained. “I asked them to keep a lookout for police and to set up a LINE group that I will be a member of, in order to send information, photos and videos of any disruptive behaviour in Patong.”\n"
          "After the meeting with the locals, Col Anotai held a meeting with his officers and ordered them to strictly monitor the roads with checkpoints in key areas."),
    entities=[("police", "Patong Police", "ORGANIZATION", [], "police station of Patong, Phuket"),
              ("locals", "locals", "GROUP", ["Patong locals", "the locals"], "residents of Patong"),
              ("anotai", "Anotai Jindamanee", "PERSON",
               ["Col Anotai Jindamanee", "Col Anotai", "Anotai", "Patong Police Chief Col Anotai Jindamanee"],
               "Patong Police Chief")],
    mentions=[("m1", ("Patong Police", "PHUKET: Patong Police"), "police"),
              ("m2", "Patong locals", "locals"),
              ("m3", ("locals", "after locals complained"), "locals"),
              ("m4", "Patong Police Chief Col Anotai Jindamanee", "anotai"),
              ("m5", ("locals", "by locals about"), "locals"),
              ("m6", ("we", "so we told them"), "police"),
              ("m7", ("Col Anotai", "motorbikes,” Col Anotai said"), "anotai"),
              ("m8", ("He", "He continued"), "anotai"),
              ("m9", ("we", "but we told them"), "police"),
              ("m10", ("Col Anotai", "licence,” Col Anotai said"), "anotai"),
              ("m11", ("I", "I told them that"), "anotai"),
              ("m12", ("Patong Police", "that Patong Police are ready"), "police"),
              ("m13", ("he", "he explained"), "anotai"),
              ("m14", ("I", "I asked them"), "anotai"),
              ("m15", ("the locals", "meeting with the locals"), "locals"),
              ("m16", ("Col Anotai", "Col Anotai held"), "anotai")],
    attributions=[("a1", "INDIRECT", "m1", "urged", "Patong locals to report any disruptive behaviour in the area", None),
                  ("a2", "INDIRECT", "m3", "complained",
                   "tourists on motorbikes riding fast and making loud noises at night near Malin Plaza in Patong", None),
                  ("a3", "DIRECT", "m4", ("told", "Jindamanee told"),
                   seg(T, "At around midnight on Wednesday", "riding away on their motorbikes,"), None),
                  ("a4", "INDIRECT", "m5", ("complaints", "complaints by locals"),
                   "a group of tourists riding motorbikes fast and making loud noises", "a3"),
                  ("a5", "INDIRECT", "m6", ("told", "so we told them"),
                   "not to make noise when riding away on their motorbikes", "a3"),
                  ("a6", "DIRECT", "m8", "continued", seg(T, "We didn’t tell them to not ride", "people in the area."), None),
                  ("a7", "INDIRECT", "m9", ("told", "but we told them"),
                   "not to rev their engines and to keep the noise down to avoid disturbing people in the area", "a6"),
                  ("a8", "DIRECT", "m10", ("said", "licence,” Col Anotai said"),
                   seg(T, "We caught and fined tourists", "a driving licence,"), None),
                  ("a9", "DIRECT", "m13", "explained", seg(T, "Yesterday (Mar 7)", "make Patong peaceful,"), None),
                  ("a10", "INDIRECT", "m11", ("told", "I told them that"),
                   "Patong Police are ready to help make Patong peaceful", "a9"),
                  ("a11", "DIRECT", "m13", None, seg(T, "I asked them to keep", "disruptive behaviour in Patong."), None),
                  ("a12", "INDIRECT", "m14", ("asked", "I asked them"),
                   seg(T, "them to keep a lookout", "disruptive behaviour in Patong"), "a11"),
                  ("a13", "INDIRECT", "m16", "ordered",
                   "them to strictly monitor the roads with checkpoints in key areas", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline (address "police-warn-that-uploading-or-circulating-viral-
# videos-of-bali-tourists-misbehaving-also-risks-breaking-the-law"): the text starts with the
# lead. Two advertising lines ("Top 5 Travel Insurance Plans ...", "Easily Earn Points For Free
# Travel") removed. The copy breaks off inside Setianto's quotation ("... can also be done via
# s"), so the text is cut before that paragraph.
# Notes:
# - "have formally reminded both locals and tourists on the island that ...": the addressee is
#   left outside; "reminded the public about ..." likewise, "about" linking the cue.
# - "urged local residents to formally report ...": "urged X to Y" keeps its addressee (corpus).
# - "He was clear that ..." is read like "made it clear" (make_test7_a.py, Hill).
# - "told reporters that “...”": the whole content lies inside one quotation: DIRECT.
# - "what some online commentators have referred to as ‘social media vigilantism,’": labelling
#   with a reporting frame (FORMAT `labelled X Y`); the label alone is the contiguous content and
#   lies inside single marks, so DIRECT. It sits in an adjunct of the officials' "reminded" and is
#   not nested in that claim's content.
# - Setianto's two claims carry quoted words (‘report’, ‘pornographic,’): MIXED. His mention is
#   the role apposition with the name (as make_test7_a.py's "Blaž Mlinar Kovačič, the lawyer ...").
# - "Governor Poster’s announcement" (a misspelling of Koster, possessive) is no mention.
doc("thebalisun-police-warn-viral-videos-tourists",
    url="https://thebalisun.com/police-warn-that-uploading-or-circulating-viral-videos-of-bali-tourists-misbehaving-also-risks-breaking-the-law",
    outlet="The Bali Sun", country="Indonesia", topic="courts-crime", cut=True,
    text=(T := "Police in Bali have formally reminded both locals and tourists on the island that uploading videos or photos of anyone breaking the law on the island could be a criminal act unto itself.\n"
          "This is because Indonesia has some of the strictest online defamation laws anywhere in the world.\n"
          "On Sunday, 28th May, Bali’s Governor Wayan Koster held a press conference in Denpasar; during his speech, he urged local residents to formally report any and all incidences of foreigners breaking the law on the island or disrespecting local culture.\n"
          "He was clear that reports should be filed under the correct process via the authorities. Governor Koster told reporters that “Bali residents are obliged to report on foreign tourists’ activities that are inappropriate [legally or culturally] or inconsistent with their visa permits to the local police, immigration office, the Public Order Security Agency [Satpol PP], pecalang [Balinese traditional village security] and tourism office.”\n"
          "Following Governor Poster’s announcement and the rise in what some online commentators have referred to as ‘social media vigilantism,’ other officials in Bali have reminded the public about the country’s online defamation laws.\n"
          "The Head of Public Relations of the Bali Police, Kombes Pol Stefanus Satake Bayu Setianto, confirmed that anyone who wants to ‘report’ or publicly draw attention to a foreigner breaking the law in Bali should pay extra attention to the type of content that they are uploading.\n"
          "Kombes Setianto noted that if the content could be considered ‘pornographic,’ it is not only the person/people in the video liable for criminal prosecution but also the person who recorded and uploaded the content to social media."),
    entities=[("police", "Police in Bali", "ORGANIZATION", ["Bali Police"], "Bali provincial police"),
              ("koster", "Wayan Koster", "PERSON", ["Governor Koster", "Koster", "Governor Wayan Koster", "Governor Poster"],
               "Governor of Bali"),
              ("commentators", "some online commentators", "GROUP", ["online commentators"], "social media commentators"),
              ("officials", "other officials in Bali", "GROUP", [], "Bali officials"),
              ("setianto", "Stefanus Satake Bayu Setianto", "PERSON",
               ["Kombes Pol Stefanus Satake Bayu Setianto", "Kombes Setianto", "Setianto"],
               "Head of Public Relations of the Bali Police")],
    mentions=[("m1", "Police in Bali", "police"),
              ("m2", "Bali’s Governor Wayan Koster", "koster"),
              ("m3", ("he", "he urged"), "koster"),
              ("m4", ("He", "He was clear"), "koster"),
              ("m5", ("Governor Koster", "Governor Koster told"), "koster"),
              ("m6", "some online commentators", "commentators"),
              ("m7", "other officials in Bali", "officials"),
              ("m8", "The Head of Public Relations of the Bali Police, Kombes Pol Stefanus Satake Bayu Setianto", "setianto"),
              ("m9", "Kombes Setianto", "setianto")],
    attributions=[("a1", "INDIRECT", "m1", ("reminded", "formally reminded"),
                   seg(T, "uploading videos or photos", "a criminal act unto itself"), None),
                  ("a2", "INDIRECT", "m3", "urged",
                   seg(T, "local residents to formally report", "disrespecting local culture"), None),
                  ("a3", "INDIRECT", "m4", "was clear", "reports should be filed under the correct process via the authorities", None),
                  ("a4", "DIRECT", "m5", ("told", "Koster told"), seg(T, "Bali residents are obliged", "and tourism office."), None),
                  ("a5", "DIRECT", "m6", "referred to", "social media vigilantism,", None),
                  ("a6", "INDIRECT", "m7", ("reminded", "have reminded the public"), "the country’s online defamation laws", None),
                  ("a7", "MIXED", "m8", "confirmed",
                   seg(T, "anyone who wants to ‘report’", "the type of content that they are uploading"), None),
                  ("a8", "MIXED", "m9", "noted",
                   seg(T, "if the content could be considered", "uploaded the content to social media"), None)])

# ---------------------------------------------------------------------------------------
# Byline ("By Geoff Adams") removed. The copy breaks off in the paragraph after Anderson's first
# quotation ("... will reduce the consumptive pool, dr"); the paragraph before it opens a
# quotation that closes only there, so the text is cut after Anderson's first quotation.
# Notes:
# - The headline "Water meetings rebuke" and "earned itself a rebuke from its own minister for not
#   giving ..." are evaluations with no reported content (FORMAT, Excluded).
# - "was given strong messages that rural communities cannot absorb ...": noun cue "messages" in
#   an agentless passive (null source); "at a series of ... meetings" is an adjunct.
# - "said some communities ... had complained of short notice, ...": the complaint is nested,
#   "of" linking the cue. The sentence is printed garbled ("visited during ... and had
#   complained"); the text is kept as printed.
# - "said this was disappointing and he had ordered the department to go back again where
#   communities felt they had not been heard": the order is nested (a directive keeping its
#   addressee, as the corpus's "instructed / urged X to Y"), and the communities' belief
#   ("felt they had not been heard", FORMAT: beliefs with a named subject) nested in it.
# - In Littleproud's quotation, "complaints were received about this" is a noun-cue claim with no
#   claimant (null source), "about" linking the cue; "I’m not surprised" is the speaker's own
#   attitude. The next quotation has no reporting clause: it continues him.
# - "Most farmers attending a consultation meeting in Shepparton last week argued ...": the source
#   is the head "Most farmers" (FORMAT, Source); they are a subset of the "Farmers attending the
#   meetings", a separate entity (FORMAT, Coreference). "have been alarmed that ..." has a
#   propositional content and is annotated, as the corpus annotates "concerned / worried that";
#   "it appears" inside it is an evidential and stays in the content.
# - In Anderson's quotation, "We have been telling the Commonwealth for many years now that ..."
#   is a past speech act of the speaker's federation (the VFF, named in his title), nested as the
#   corpus nests "I told my players ..."; the addressee and "for many years now" are left out.
doc("countrynews-water-meetings-rebuke-littleproud",
    url="https://www.countrynews.com.au/@water/2018/10/29/297355/meetings-rebuke",
    outlet="Country News", country="Australia", topic="environment", cut=True, published="2018-10-29",
    text=(T := "Water meetings rebuke\n"
          "The Federal Department of Agriculture and Water Resources was given strong messages that rural communities cannot absorb any more irrigation water losses, at a series of hastily arranged consultation meetings around the region last week.\n"
          "The department has also earned itself a rebuke from its own minister for not giving communities enough notice of the meetings.\n"
          "Federal Agriculture and Water Resources Minister David Littleproud said some communities visited during the initial stage of Murray-Darling Basin Plan consultations and had complained of short notice, not being informed or the address for the venue not being published on the web.\n"
          "Mr Littleproud said this was disappointing and he had ordered the department to go back again where communities felt they had not been heard.\n"
          "‘‘I’m not surprised complaints were received about this,’’ Mr Littleproud said.\n"
          "‘‘Getting this neutrality test right is vital to the basin plan. We need to be dead sure there are no negative impacts from water recovery.’’\n"
          "Most farmers attending a consultation meeting in Shepparton last week argued the loss of more water under the basin plan could not be tolerated and that the transfer of an additional 450Gl would cause harm. Farmers attending the meetings have been alarmed that it appears the extra 450Gl was likely to be forfeited.\n"
          "VFF Water Council president Richard Anderson said the large turnout of farmers, despite in some cases getting only a few days’ notice, demonstrated the high level of concern about the water recovery proposal.\n"
          "‘‘We have been telling the Commonwealth for many years now that reducing the consumptive pool is damaging our communities,’’ Mr Anderson said."),
    entities=[("littleproud", "David Littleproud", "PERSON",
               ["Littleproud", "Mr Littleproud", "Federal Agriculture and Water Resources Minister David Littleproud"],
               "Federal Agriculture and Water Resources Minister"),
              ("communities", "some communities", "GROUP", ["communities"],
               "communities visited in the Murray-Darling Basin Plan consultations"),
              ("mostfarmers", "Most farmers", "GROUP", [], "most farmers at the Shepparton consultation meeting"),
              ("farmers", "Farmers", "GROUP", ["Farmers attending the meetings"], "farmers attending the consultation meetings"),
              ("anderson", "Richard Anderson", "PERSON", ["Anderson", "Mr Anderson"], "VFF Water Council president"),
              ("vff", "VFF", "ORGANIZATION", ["VFF Water Council"], "Victorian Farmers Federation")],
    mentions=[("m1", "its own minister", "littleproud"),
              ("m2", "Federal Agriculture and Water Resources Minister David Littleproud", "littleproud"),
              ("m3", "some communities", "communities"),
              ("m4", ("Mr Littleproud", "Mr Littleproud said this"), "littleproud"),
              ("m5", ("he", "he had ordered"), "littleproud"),
              ("m6", ("communities", "where communities felt"), "communities"),
              ("m7", ("Mr Littleproud", "this,’’ Mr Littleproud"), "littleproud"),
              ("m8", "Most farmers", "mostfarmers"),
              ("m9", ("Farmers", "Farmers attending the meetings"), "farmers"),
              ("m10", "VFF Water Council president Richard Anderson", "anderson"),
              ("m11", ("We", "We have been telling"), "vff"),
              ("m12", "Mr Anderson", "anderson")],
    attributions=[("a1", "INDIRECT", None, "messages",
                   "rural communities cannot absorb any more irrigation water losses", None),
                  ("a2", "INDIRECT", "m2", ("said", "Littleproud said some"),
                   seg(T, "some communities visited", "not being published on the web"), None),
                  ("a3", "INDIRECT", "m3", "complained",
                   "short notice, not being informed or the address for the venue not being published on the web", "a2"),
                  ("a4", "INDIRECT", "m4", ("said", "Littleproud said this"),
                   "this was disappointing and he had ordered the department to go back again where communities felt they had not been heard", None),
                  ("a5", "INDIRECT", "m5", ("ordered", "he had ordered"),
                   "the department to go back again where communities felt they had not been heard", "a4"),
                  ("a6", "INDIRECT", "m6", ("felt", "communities felt"), "they had not been heard", "a5"),
                  ("a7", "DIRECT", "m7", ("said", "this,’’ Mr Littleproud said"),
                   "I’m not surprised complaints were received about this,", None),
                  ("a8", "INDIRECT", None, ("complaints", "surprised complaints"), ("this", "received about this"), "a7"),
                  ("a9", "DIRECT", "m7", None, seg(T, "Getting this neutrality test", "from water recovery."), None),
                  ("a10", "INDIRECT", "m8", "argued",
                   seg(T, "the loss of more water", "would cause harm"), None),
                  ("a11", "INDIRECT", "m9", "alarmed",
                   "it appears the extra 450Gl was likely to be forfeited", None),
                  ("a12", "INDIRECT", "m10", ("said", "Anderson said the large"),
                   seg(T, "the large turnout of farmers", "the water recovery proposal"), None),
                  ("a13", "DIRECT", "m12", ("said", "Mr Anderson said"),
                   seg(T, "We have been telling", "damaging our communities,"), None),
                  ("a14", "INDIRECT", "m11", ("telling", "have been telling"),
                   "reducing the consumptive pool is damaging our communities", "a13")])

write("test23_c.jsonl")
