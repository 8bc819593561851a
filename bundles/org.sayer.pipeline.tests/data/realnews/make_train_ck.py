#!/usr/bin/env python3
"""Writes train_ck.jsonl: real-news gold, train batch ck (see gold.py). Run: python3 make_train_ck.py
Seven articles from Africa and the Middle East, one per outlet, all outlets new to the corpus."""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Weekend Post (Botswana), sport. The navigation line ("Home » News » Sports » ...") and the
# date line ("Publishing Date : 11 March, 2019") are left out; the headline is kept. The stored
# copy breaks off in "Olebile tried at length to set", inside the paragraph that opens "According
# to sources, ...", so the text is cut before that paragraph. The double spaces after two full
# stops are kept as printed; a trailing space at one paragraph end is dropped.
# - "... the game itself - WeekendSport has been told": an agentless passive (null source), the
#   paper the addressee; the content is the clause before the dash.
# - "The coaches are said to have expressed ...": agentless "is said to" (null source, raised
#   subject left out, as the corpus does for "he is said to have made").
# - "the coaches felt that ...": a belief of a named subject (FORMAT.md, Included). "Among the many
#   issues they raised" has only the relative's head as object and is not annotated.
# - "According to informants ..., it is said that the coaches have argued that ...": three layers,
#   the informants' report, the agentless "it is said" nested in it and the coaches' "argued"
#   nested in that; "it seems that" is an evidential inside the claim.
# - "It is said that they specifically mentioned the post ... which they are of the view that
#   should be held by locals": agentless "said" with the coaches' "mentioned" nested (noun-phrase
#   content, like "mentioned his earlier crime"); "are of the view" is the coaches' own attitude
#   within their own report and is not split off (FORMAT.md, Excluded).
# - "it has been revealed that ...": agentless (null source).
# Not claims: the headline's "Coaches report BFA to Tshekedi" (reporting someone to an authority
# is read as an act, like "informed the regulator", with no reported content), "were furious about
# the manner ..." (a state), and the meeting itself.
doc("weekendpost-botswana-coaches-report-bfa-to-tshekedi",
    url="http://www.weekendpost.co.bw/wp-news-details.php?nid=6209",
    outlet="Weekend Post", country="Botswana", topic="sport", cut=True, published="2019-03-11",
    text=(T := "Coaches report BFA to Tshekedi\n"
          "The Minister of Youth Empowerment, Sport and Culture Development, Tshekedi Khama met with the Botswana Football Coaches Association (BFCA) last week in an effort to discuss matters that have bedeviled their welfare and the game itself - WeekendSport has been told.\n"
          "The coaches are said to have expressed resentment and spread veiled attack towards the association. Among the many issues they raised, the coaches felt that the association is undermining them and this has caused much pain their side.  According to informants very close to the developments, it is said that the coaches have argued that BFA could have long appointed them to some positions but it seems that such positions are tailor made for foreigners.\n"
          "It is said that they specifically mentioned the post of technical director which they are of the view that should be held by locals and not expatriates. Some of the coaches present at the said meeting included former Zebras head coaches, Stan Tshosane and Major David Bright, who was expelled two weeks ago as the senior national coach.  Also present was veteran football administrator, Matshidiso Sexton Kowa, a former BFA technical director.\n"
          "The trio has similar experiences with the association and all were furious about the manner in which their cases were handled when they faced the exit door. Also available was Nelson Olebile who is the president of the coaches association together with Enos Mmesi who deputises Olebile. However, it has been revealed that Botswana coaches are divided on the way forward."),
    entities=[("coaches", "the coaches", "GROUP", ["Coaches", "The coaches"],
               "members of the Botswana Football Coaches Association who met the minister"),
              ("informants", "informants very close to the developments", "GROUP", ["informants"],
               "unnamed informants of the paper")],
    mentions=[("m1", ("Coaches", "Coaches report"), "coaches"),
              ("m2", ("The coaches", "The coaches are said"), "coaches"),
              ("m3", ("the coaches", "the coaches felt"), "coaches"),
              ("m4", "informants very close to the developments", "informants"),
              ("m5", ("the coaches", "the coaches have argued"), "coaches"),
              ("m6", ("they", "they specifically mentioned"), "coaches")],
    attributions=[("a1", "INDIRECT", None, ("told", "has been told"),
                   seg(T, "The Minister of Youth Empowerment", "the game itself"), None),
                  ("a2", "INDIRECT", None, ("said", "are said to have"),
                   "to have expressed resentment and spread veiled attack towards the association", None),
                  ("a3", "INDIRECT", "m3", "felt",
                   "the association is undermining them and this has caused much pain their side", None),
                  ("a4", "INDIRECT", "m4", "According to",
                   seg(T, "it is said that the coaches have argued", "tailor made for foreigners"), None),
                  ("a5", "INDIRECT", None, ("said", "it is said that the coaches"),
                   seg(T, "the coaches have argued", "tailor made for foreigners"), "a4"),
                  ("a6", "INDIRECT", "m5", "argued",
                   seg(T, "BFA could have long appointed", "tailor made for foreigners"), "a5"),
                  ("a7", "INDIRECT", None, ("said", "It is said that they"),
                   seg(T, "they specifically mentioned", "not expatriates"), None),
                  ("a8", "INDIRECT", "m6", "mentioned",
                   seg(T, "the post of technical director", "not expatriates"), "a7"),
                  ("a9", "INDIRECT", None, "revealed", "Botswana coaches are divided on the way forward", None)])

# ---------------------------------------------------------------------------------------
# Block TV Gambia (The Gambia), courts-crime. The stored page has no headline, so the text starts
# with the lead. The stored copy breaks off in "State Counsel Yusuf cited Section 175C of ", so the
# text is cut before that paragraph. "This 39 provision" and the missing full stop after "Attorney
# General" are kept as printed.
# - "they were accused of plotting a coup ..." (lead) and "They were accused of ..." (second
#   paragraph): agentless accusations (null source), the accused left out as raised subjects.
# - "This 39 provision provides that ..." and, nested in Camara's claim, "the law provides that
#   ...": what a legal text states is read as the claim of a document with no author named, each
#   its own entity (FORMAT.md, Documents); "the provision of Section of the Criminal Code" inside
#   Yusuf's claim is a second name of the same provision.
# - "applied for an adjournment": an oral request, read like the corpus's "praying for a short
#   adjournment" (noun-phrase content). "objected on the basis that X": the cue is "objected", the
#   basis its content.
# - "He said this includes ...": "He" is Camara, the last speaker.
# Not claims: the pleas of not guilty and "the court entered a plea" (court acts, as the corpus
# leaves out pleas), "They are charged with ..." (a formal charge, left out as the corpus mostly
# does), "(alleged ring-leader)" (a hedge), "appeared for the State", "chose to speak in English"
# and "the charges were read to them" (acts).
doc("blocktvgambia-alleged-coup-plotters-plead-not-guilty",
    url="https://blocktvgambia.com/2023/02/03/alleged-coup-plotters-pleaded-not-guilty",
    outlet="Block TV Gambia", country="Gambia", topic="courts-crime", cut=True, published="2023-02-03",
    text=(T := "Four(4) members of the Gambia Armed Forces (GAF) and one (1) policeman have all pleaded not guilty to the five (5) charges against them by the State after they were accused of plotting a coup against the government of President Adams Barrow.\n"
          "The case came yesterday, 2nd February 2023 before Justice Basiru V.P. Mahoney sitting as high court judge in the matter. They were accused of plotting a coup against the Gambia Government sometime in December 2022.\n"
          "The accused persons were Lance Corporal Sana Fadera (alleged ring-leader), Petty Officer Gibril Darboe, Corporal Ebrima Sanno, Corporal Omar Njie, and Sub-Inspector of Police Fa Bakary Jawara. They are charged with treason, concealment of treason, conspiracy, and inciting mutiny.\n"
          "Deputy Director of Public Prosecution Abdul Maita Yusuf appeared for the State together with Senior State Counsel Patrick Gomez, Lamin Jarju, and M. Touray.\n"
          "AM Yusuf informed the court that the Attorney General has signed a consent (fiat) for the prosecution of the accused persons on the 23rd of January in line with the provision of Section of the Criminal Code. This 39 provision provides that no one shall be prosecuted for treason and related offences without the written consent of the Attorney General\n"
          "All the accused persons chose to speak in English except Omar Touray who chose translation into the Mandinka language. After the charges were read to them, all of the accused persons pleaded not guilty and the court entered a plea of not guilty for them.\n"
          "Counsel Yusuf for the State applied for an adjournment. Senior Lawyer Lamin S. Camara objected on the basis that the State has not served them with the evidence they intend to rely on in the case.\n"
          "He said this includes the list of witnesses and a summary of their statement and audio among others. Lawyer Camara said the law provides that the defence shall be provided with all the evidence the prosecution intends to rely on to prepare for their defence."),
    entities=[("yusuf", "Abdul Maita Yusuf", "PERSON",
               ["Deputy Director of Public Prosecution Abdul Maita Yusuf", "AM Yusuf", "Counsel Yusuf", "Yusuf"],
               "Deputy Director of Public Prosecution, for the State"),
              ("provision", "This 39 provision", "ORGANIZATION", ["the provision of Section of the Criminal Code"],
               "the Criminal Code provision on consent to treason prosecutions"),
              ("camara", "Lamin S. Camara", "PERSON", ["Senior Lawyer Lamin S. Camara", "Lawyer Camara", "Camara"],
               "defence lawyer"),
              ("law", "the law", "ORGANIZATION", [], "the law on disclosure of evidence to the defence")],
    mentions=[("m1", "Deputy Director of Public Prosecution Abdul Maita Yusuf", "yusuf"),
              ("m2", "AM Yusuf", "yusuf"),
              ("m3", "the provision of Section of the Criminal Code", "provision"),
              ("m4", "This 39 provision", "provision"),
              ("m5", "Counsel Yusuf", "yusuf"),
              ("m6", "Senior Lawyer Lamin S. Camara", "camara"),
              ("m7", ("He", "He said this"), "camara"),
              ("m8", "Lawyer Camara", "camara"),
              ("m9", ("the law", "the law provides"), "law")],
    attributions=[("a1", "INDIRECT", None, ("accused", "were accused of plotting a coup against the government"),
                   "plotting a coup against the government of President Adams Barrow", None),
                  ("a2", "INDIRECT", None, ("accused", "They were accused"),
                   "plotting a coup against the Gambia Government sometime in December 2022", None),
                  ("a3", "INDIRECT", "m2", "informed",
                   seg(T, "the Attorney General has signed a consent", "of the Criminal Code"), None),
                  ("a4", "INDIRECT", "m4", ("provides", "provision provides"),
                   "no one shall be prosecuted for treason and related offences without the written consent of the Attorney General", None),
                  ("a5", "INDIRECT", "m5", "applied for", "an adjournment", None),
                  ("a6", "INDIRECT", "m6", "objected",
                   "the State has not served them with the evidence they intend to rely on in the case", None),
                  ("a7", "INDIRECT", "m7", ("said", "He said this"),
                   "this includes the list of witnesses and a summary of their statement and audio among others", None),
                  ("a8", "INDIRECT", "m8", ("said", "Camara said"),
                   seg(T, "the law provides that the defence", "prepare for their defence"), None),
                  ("a9", "INDIRECT", "m9", ("provides", "law provides"),
                   seg(T, "the defence shall be provided", "prepare for their defence"), "a8")])

# ---------------------------------------------------------------------------------------
# Independent News (Eswatini), local. The stored page has no headline, so the text starts with
# the lead (dateline "MBABANE –" kept, not an attribution). The embedded TikTok post between the
# residents' paragraph and Tsabedze's ("@independentnewses Mbabane Council Shuts ... ♬ original
# sound – IndependentNewsEswatini") is removed. The stored copy breaks off in "He also said the
# Mun", inside the paragraph that opens "Tsabedze noted that ...", so the text is cut before it.
# - "Independent News found that ...": the outlet reporting its own finding is the source (as "the
#   Courier reported"), the finding included (FORMAT.md, Included).
# - "some concerned residents of the area", "They" (twice) and "The residents" (twice) are one
#   group; "residents at Mangwaneni area" in the lead and "Mangwaneni residents" in Tsabedze's
#   claim are the wider community, not marked.
# - "stormed the Mbabane Municipality demanding that ...": cue "demanding".
# - "They insisted that facility belongs to the community": "that facility" is read as a
#   demonstrative noun phrase ("facility" has no article otherwise), kept in the content.
# - "each homestead was requested to contribute at least E30" is an agentless request nested in the
#   residents' allegation (raised subject left out).
# - "he confirmed it": content "it", as the corpus annotates "denied it".
# Not claims: "was drawn for comment on the matter" (a request put to the speaker).
doc("independentnews-mbabane-council-shuts-mangwaneni-centre",
    url="https://independentnews.co.sz/11306/news/mbabane-council-shuts-mangwaneni-centre-460-orphans-left-starving/",
    outlet="Independent News", country="Eswatini", topic="local", cut=True,
    text=(T := "MBABANE – Daily food rations of over 460 Orphaned and Vulnerable Children (OVCs) have been abruptly shut down amidst the ongoing feud between the Municipal Council of Mbabane and residents at Mangwaneni area.\n"
          "Independent News found that for over a month now, the Municipal Council of Mbabane has indefinitely closed the Mangwaneni Social Centre. It was a centre which fed needy children, most of whom are pupils at Mangwaneni Community Primary School, on a daily basis after school before going to their respective places of abode.\n"
          "Workers at the centre said the social centre doubled as a pre-school but since its indefinite closure the minors who attended pre-school at the centre had to remain at home ever since its closure.\n"
          "A few weeks ago, some concerned residents of the area stormed the Mbabane Municipality demanding that they were handed over the centre’s keys. They alleged that Council had no authority to close the community facility. They insisted that facility belongs to the community and not the municipality.\n"
          "The residents alleged that when it was constructed a few years back, each homestead was requested to contribute at least E30, and the Municipal Council only contributed a part of the funds as they were merely assisting partners. The residents also argued that community members undertook the physical work of construction of the centre and not the Council.\n"
          "When the Municipal Council of Mbabane Information and Public Relations Officer, Lucky Tsabedze, was drawn for comment on the matter, he confirmed it. Tsabedze highlighted that the issue of Mangwaneni was an old feud between Council and Mangwaneni residents."),
    entities=[("independentnews", "Independent News", "ORGANIZATION", [], "the Eswatini news outlet publishing the story"),
              ("workers", "Workers at the centre", "GROUP", [], "workers at the Mangwaneni Social Centre"),
              ("residents", "some concerned residents of the area", "GROUP", ["The residents", "They"],
               "Mangwaneni residents who stormed the municipality"),
              ("tsabedze", "Lucky Tsabedze", "PERSON",
               ["Tsabedze", "the Municipal Council of Mbabane Information and Public Relations Officer, Lucky Tsabedze"],
               "Information and Public Relations Officer, Municipal Council of Mbabane")],
    mentions=[("m1", "Independent News", "independentnews"),
              ("m2", "Workers at the centre", "workers"),
              ("m3", "some concerned residents of the area", "residents"),
              ("m4", ("They", "They alleged"), "residents"),
              ("m5", ("They", "They insisted"), "residents"),
              ("m6", ("The residents", "The residents alleged"), "residents"),
              ("m7", ("The residents", "The residents also argued"), "residents"),
              ("m8", "the Municipal Council of Mbabane Information and Public Relations Officer, Lucky Tsabedze", "tsabedze"),
              ("m9", ("he", "he confirmed it"), "tsabedze"),
              ("m10", ("Tsabedze", "Tsabedze highlighted"), "tsabedze")],
    attributions=[("a1", "INDIRECT", "m1", "found",
                   "for over a month now, the Municipal Council of Mbabane has indefinitely closed the Mangwaneni Social Centre", None),
                  ("a2", "INDIRECT", "m2", ("said", "centre said"),
                   seg(T, "the social centre doubled", "ever since its closure"), None),
                  ("a3", "INDIRECT", "m3", "demanding", "they were handed over the centre’s keys", None),
                  ("a4", "INDIRECT", "m4", ("alleged", "They alleged"),
                   "Council had no authority to close the community facility", None),
                  ("a5", "INDIRECT", "m5", "insisted",
                   "that facility belongs to the community and not the municipality", None),
                  ("a6", "INDIRECT", "m6", ("alleged", "The residents alleged"),
                   seg(T, "when it was constructed a few years back", "merely assisting partners"), None),
                  ("a7", "INDIRECT", None, "requested", "to contribute at least E30", "a6"),
                  ("a8", "INDIRECT", "m7", "argued",
                   "community members undertook the physical work of construction of the centre and not the Council", None),
                  ("a9", "INDIRECT", "m9", "confirmed", ("it", "confirmed it"), None),
                  ("a10", "INDIRECT", "m10", "highlighted",
                   "the issue of Mangwaneni was an old feud between Council and Mangwaneni residents", None)],
    keep_that=("a5",))

# ---------------------------------------------------------------------------------------
# Le7tv (Morocco), technology. The headline is kept. The stored copy breaks off in "help reduce
# drop-out rates and impro", inside the paragraph that opens "In the agricultural sector, ...",
# so the text is cut before that paragraph. "His Majesy" is kept as printed.
# - The headline "... – Govt. Head" is a "claim – name" headline: null cue, source "Govt. Head",
#   one entity with "Akhannouch" and "the Head of Government" (the text gives no first name).
# - "“A technological revolution ...,” he stressed, praising X, while also warning against Y":
#   one quotation (DIRECT) and two more claims of the same speaker ("praising" as evaluative
#   reporting with a content, "warning against" as in seed a18/a19). The paragraph ends in a
#   closing mark with no opening one ("... and ethics.”"); as no quotation is opened there, the
#   warning stays INDIRECT and its content stops before the stray mark and the full stop.
# - "with the “Maroc Digital 2030” strategy": a quoted name inside a reported clause; the marks are
#   followed as printed (MIXED), as the corpus does for quoted names.
# - "The goals are expected to ..., he pledged": the agentless forecast "are expected" inside the
#   pledge is nested (null source, raised subject left out), as test23's "is expected to take the
#   stand" inside Parker's claim.
# - "This technology, he observed, has ...": the parenthetical reporting clause stays inside the
#   content (FORMAT.md, Contiguity).
doc("le7tv-akhannouch-morocco-ai-strategy-human-development",
    url="https://en.le7tv.ma/amp/2025/07/01/morocco-ambitions-to-implement-effective-ai-strategy-for-sustainable-human-development-govt-head",
    outlet="Le7tv", country="Morocco", topic="technology", cut=True, published="2025-07-01",
    text=(T := "Morocco Ambitions to Implement Effective AI Strategy for Sustainable Human Development – Govt. Head\n"
          "Speaking at the opening of the Conference, placed under the High Patronage of His Majesy King Mohammed VI, Akhannouch underlined that this event goes hand in hand with the government’s ambition to implement an effective and ethical national strategy, at the service of inclusive and sustainable human development.\n"
          "“A technological revolution is currently redefining economies and reinventing lifestyles,” he stressed, praising the enormous opportunities AI offers, while also warning against the challenges it poses, particularly in terms of digital sovereignty, social justice, data protection and ethics.”\n"
          "Morocco has embarked on the path of digital modernization with the “Maroc Digital 2030” strategy, he said in a speech by videoconference, recalling that the government has allocated a budget of MAD 11 billion to implement this strategy.\n"
          "The goals are expected to give a new impetus to the digital economy, promote employment and support emerging talent in the digital field through the training of 100,000 young people and the creation of 240,000 job opportunities by 2030, he pledged.\n"
          "According to the Head of Government, the national digital system has undergone a significant evolution, reaching a new phase where AI has become a strategic lever to create a radical transformation at the level of the economy and society as a whole.\n"
          "This technology, he observed, has largely contributed to the transformation of the healthcare sector by strengthening the early diagnosis of diseases, developing means of prevention, improving the treatment and recovery process and, hence, enhancing the efficiency of the entire system."),
    entities=[("akhannouch", "Akhannouch", "PERSON", ["Govt. Head", "the Head of Government"],
               "Head of Government (prime minister) of Morocco")],
    mentions=[("m1", "Govt. Head", "akhannouch"),
              ("m2", ("Akhannouch", "Akhannouch underlined"), "akhannouch"),
              ("m3", ("he", "he stressed"), "akhannouch"),
              ("m4", ("he", "he said in a speech"), "akhannouch"),
              ("m5", ("he", "he pledged"), "akhannouch"),
              ("m6", "the Head of Government", "akhannouch"),
              ("m7", ("he", "he observed"), "akhannouch")],
    attributions=[("a1", "INDIRECT", "m1", None,
                   "Morocco Ambitions to Implement Effective AI Strategy for Sustainable Human Development", None),
                  ("a2", "INDIRECT", "m2", "underlined",
                   seg(T, "this event goes hand in hand", "sustainable human development"), None),
                  ("a3", "DIRECT", "m3", "stressed",
                   "A technological revolution is currently redefining economies and reinventing lifestyles,", None),
                  ("a4", "INDIRECT", "m3", "praising", "the enormous opportunities AI offers", None),
                  ("a5", "INDIRECT", "m3", "warning against",
                   seg(T, "the challenges it poses", "data protection and ethics"), None),
                  ("a6", "MIXED", "m4", ("said", "he said in a speech"),
                   "Morocco has embarked on the path of digital modernization with the “Maroc Digital 2030” strategy", None),
                  ("a7", "INDIRECT", "m4", "recalling",
                   "the government has allocated a budget of MAD 11 billion to implement this strategy", None),
                  ("a8", "INDIRECT", "m5", "pledged",
                   seg(T, "The goals are expected", "job opportunities by 2030"), None),
                  ("a9", "INDIRECT", None, "expected",
                   seg(T, "to give a new impetus", "job opportunities by 2030"), "a8"),
                  ("a10", "INDIRECT", "m6", "According to",
                   seg(T, "the national digital system", "society as a whole"), None),
                  ("a11", "INDIRECT", "m7", "observed",
                   seg(T, "This technology, he observed", "efficiency of the entire system"), None)])

# ---------------------------------------------------------------------------------------
# ELBC Radio (Liberia), health-science. Left out: the navigation lines ("General News", "Breaking
# News"), the byline ("James Akoi/Benjamin S. Taingay"), the photo caption ("Tolbert Nyensuah",
# printed twice) and the copyright line. The whole stored article is kept. The lead's dateline
# "( 30, 2015)-" (month lost) and the typos "tacklwe" and "IS AWARE OF" are kept as printed.
# - The headline "Liberia reports confirmed Ebola case" and the lead: the country as speaker (GPE).
# - "made the disclosure" has no content of its own (it points back to the lead) and is left out.
# - "repeated calls for X": cue "repeated calls for", kept whole like "renewed its pledge".
#   "encouraged citizens to ...": the addressee kept, as in "called on X to Y".
# - "Family members have been told to ..." and "the country was declared free of the virus":
#   agentless (null source), raised subjects left out.
# - "News of the Ebola case was first reported by ... Tolbert Nyensuah": a passive with its agent
#   as source and the subject as (noun-phrase) content.
# - "Dr. Dahn and Mr. Nyensuah told ..." and "They said ...": a coordinated subject, one GROUP.
#   "even the WHO IS AWARE OF Liberia's ability ..." states another's attitude inside the pair's
#   claim and is nested, like "Drivers know that ..." (FORMAT.md, Included).
# Not claims: "believed to be in her early 40s" (a participle, no finite reporting verb).
doc("elbcradio-liberia-reports-confirmed-ebola-case-2015",
    url="http://elbcradio.com/2story.php?record_id=1796&sub=14&lang=1",
    outlet="ELBC Radio", country="Liberia", topic="health-science", cut=False, published="2015-06-30",
    text=(T := "Liberia reports confirmed Ebola case\n"
          "( 30, 2015)-Liberia has reported one confirmed case of Ebola.\n"
          "Health Minister, Bernice Dahn, made the disclosure Tuesday, June 30, 2015 at the Information Ministry’s Press Conference in Monrovia.\n"
          "Minister Dahn repeated calls for caution among residents and to abide by the Ebola preventive measures. Dr. Dahn encouraged citizens to report the sick and keep on a vigorous watch as they did during the Ebola crisis.\n"
          "She said the source of the new case has not been established. The virus was contained in the corpse of a 17-year old boy already buried. The deceased resided with his father in Melowen Town, Smell-No Taste Community in Margibi County.\n"
          "Family members have been told to remain at home while they receive support from the Government.\n"
          "News of the Ebola case was first reported by the Head of Liberia’s Incident Management Unit, Tolbert Nyensuah, and it comes nearly two months after the country was declared free of the virus.\n"
          "Liberia now has to go through another 42-day count-down.\n"
          "The last time similar incident happened involving a woman in Caldwell believed to be in her early 40s.\n"
          "Dr. Dahn and Mr. Nyensuah told Liberians not to panic, because the country has the capacity to tacklwe any Ebola outbreak.\n"
          "They said even the World Health Organization (WHO) IS AWARE OF Liberia’s ability to deal with the disease.\n"
          "A team of health workers and authorities from the Health Ministry have already been sent to the area where the victim once lived.\n"
          "The Incident Management Unit says Vigorous contact-tracing has begun and the situation is under control."),
    entities=[("liberia", "Liberia", "GPE", [], "the Liberian state, announcing the case"),
              ("dahn", "Bernice Dahn", "PERSON",
               ["Health Minister, Bernice Dahn", "Minister Dahn", "Dr. Dahn", "Dahn"], "Minister of Health of Liberia"),
              ("nyensuah", "Tolbert Nyensuah", "PERSON",
               ["the Head of Liberia’s Incident Management Unit, Tolbert Nyensuah", "Mr. Nyensuah", "Nyensuah"],
               "head of Liberia's Incident Management Unit"),
              ("pair", "Dr. Dahn and Mr. Nyensuah", "GROUP", ["They"], "the health minister and the IMU head together"),
              ("who", "World Health Organization", "ORGANIZATION", ["the World Health Organization (WHO)", "WHO"], None),
              ("imu", "The Incident Management Unit", "ORGANIZATION", ["Incident Management Unit"],
               "Liberia's Ebola Incident Management Unit")],
    mentions=[("m1", ("Liberia", "Liberia reports"), "liberia"),
              ("m2", ("Liberia", "Liberia has reported"), "liberia"),
              ("m3", "Health Minister, Bernice Dahn", "dahn"),
              ("m4", "Minister Dahn", "dahn"),
              ("m5", ("Dr. Dahn", "Dr. Dahn encouraged"), "dahn"),
              ("m6", ("She", "She said"), "dahn"),
              ("m7", "the Head of Liberia’s Incident Management Unit, Tolbert Nyensuah", "nyensuah"),
              ("m8", "Dr. Dahn and Mr. Nyensuah", "pair"),
              ("m9", ("They", "They said"), "pair"),
              ("m10", "the World Health Organization (WHO)", "who"),
              ("m11", "The Incident Management Unit", "imu")],
    attributions=[("a1", "INDIRECT", "m1", "reports", "confirmed Ebola case", None),
                  ("a2", "INDIRECT", "m2", ("reported", "has reported"), "one confirmed case of Ebola", None),
                  ("a3", "INDIRECT", "m4", "repeated calls for",
                   "caution among residents and to abide by the Ebola preventive measures", None),
                  ("a4", "INDIRECT", "m5", "encouraged",
                   "citizens to report the sick and keep on a vigorous watch as they did during the Ebola crisis", None),
                  ("a5", "INDIRECT", "m6", ("said", "She said"), "the source of the new case has not been established", None),
                  ("a6", "INDIRECT", None, ("told", "have been told"),
                   "to remain at home while they receive support from the Government", None),
                  ("a7", "INDIRECT", "m7", ("reported", "first reported"), "News of the Ebola case", None),
                  ("a8", "INDIRECT", None, "declared", "free of the virus", None),
                  ("a9", "INDIRECT", "m8", ("told", "Nyensuah told"),
                   "not to panic, because the country has the capacity to tacklwe any Ebola outbreak", None),
                  ("a10", "INDIRECT", "m9", ("said", "They said"),
                   "even the World Health Organization (WHO) IS AWARE OF Liberia’s ability to deal with the disease", None),
                  ("a11", "INDIRECT", "m10", "AWARE OF", "Liberia’s ability to deal with the disease", "a10"),
                  ("a12", "INDIRECT", "m11", "says",
                   "Vigorous contact-tracing has begun and the situation is under control", None)])

# ---------------------------------------------------------------------------------------
# Egypt Today (Egypt), business. The stored page has no headline and starts with this paragraph
# (Rabie is introduced by surname only); the stored text ends with the last paragraph kept here,
# so nothing is cut. Straight apostrophes are kept as printed.
# - "Rabie noted X, describing Y as Z": two claims ("described X as Y" takes "X as Y").
# - "..., according to Rabie": the content is the whole clause before the cue, its "Since" phrase
#   included (an adjunct inside the claim).
# - "the SCA chief said, adding ...": Rabie under a role description, one entity.
# - "the Suez Canal will be announced as an eco-friendly waterway": an agentless (future) speech
#   act nested in his "mentioned" (raised subject left out, content "as ...", like "declared X Y").
# - "pointing to X" is read like "pointed out" with a noun-phrase content; "Regarding ..." is an
#   adjunct of "he said" and is left out.
# Not claims: "The canal is set to give additional incentives" (a plan, no reporting verb).
doc("egypttoday-suez-canal-unprecedented-revenues-rabie",
    url="https://www.egypttoday.com/Article/3/118165/Egypt-s-Suez-Canal-achieved-unprecedented-revenues-worth-7-bln",
    outlet="Egypt Today", country="Egypt", topic="business", cut=False,
    text=(T := "In a phone interview with the Sada El Balad channel, Rabie noted this year's revenues increased from 10% to 25% compared to 2021, describing the new figures as good and unprecedented in the canal's history.\n"
          "Since the opening of the new canal seven years ago, 130,000 vessels, carrying eight billion tons, crossed the international waterway, making revenues worth $40 billion, according to Rabie.\n"
          "Today, about 98 vessels crossed the canal, figures, which could not be reached if the new canal does not exist, the SCA chief said, adding the new canal reduce the time of the crossing from 22 hours to 11 hours only as well as increasing the number of the crossing ships from 17,000 to 25,000 every year.\n"
          "During the UN climate conference, COP27, the Suez Canal will be announced as an eco-friendly waterway, as a number of measures were taken in this matter, including the use of solar and wind energy, he mentioned.\n"
          "The canal is set to give additional incentives to ships, which are running on liquefied gas and hydrogen.\n"
          "He also added that the Suez Canal will be turned into a massive economic axis that would provide ships with logistic services, pointing to the opening of a refueling line for ships soon and contracting with companies to deal with ship waste.\n"
          "Regarding the development of the southern sector of the Suez Canal, he said that the project to develop the southern sector (40 kilometers) will be completed soon.\n"
          "Rabie noted that the authority cooperates with the private sector to pump more investments in the canal, saying a new shipyard will be built in cooperation with the private sector and the Transport Ministry."),
    entities=[("rabie", "Rabie", "PERSON", ["the SCA chief"], "chairman of the Suez Canal Authority")],
    mentions=[("m1", ("Rabie", "Rabie noted this"), "rabie"),
              ("m2", ("Rabie", "according to Rabie"), "rabie"),
              ("m3", "the SCA chief", "rabie"),
              ("m4", ("he", "he mentioned"), "rabie"),
              ("m5", ("He", "He also added"), "rabie"),
              ("m6", ("he", "he said that the project"), "rabie"),
              ("m7", ("Rabie", "Rabie noted that"), "rabie")],
    attributions=[("a1", "INDIRECT", "m1", ("noted", "Rabie noted this"),
                   "this year's revenues increased from 10% to 25% compared to 2021", None),
                  ("a2", "INDIRECT", "m1", "describing",
                   "the new figures as good and unprecedented in the canal's history", None),
                  ("a3", "INDIRECT", "m2", "according to",
                   seg(T, "Since the opening of the new canal", "revenues worth $40 billion"), None),
                  ("a4", "INDIRECT", "m3", ("said", "chief said"),
                   seg(T, "Today, about 98 vessels", "does not exist"), None),
                  ("a5", "INDIRECT", "m3", ("adding", "adding the new canal"),
                   seg(T, "the new canal reduce the time", "25,000 every year"), None),
                  ("a6", "INDIRECT", "m4", "mentioned",
                   seg(T, "During the UN climate conference", "solar and wind energy"), None),
                  ("a7", "INDIRECT", None, "announced", "as an eco-friendly waterway", "a6"),
                  ("a8", "INDIRECT", "m5", ("added", "also added"),
                   "the Suez Canal will be turned into a massive economic axis that would provide ships with logistic services", None),
                  ("a9", "INDIRECT", "m5", "pointing to",
                   seg(T, "the opening of a refueling line", "deal with ship waste"), None),
                  ("a10", "INDIRECT", "m6", ("said", "he said that the project"),
                   "the project to develop the southern sector (40 kilometers) will be completed soon", None),
                  ("a11", "INDIRECT", "m7", ("noted", "Rabie noted that"),
                   "the authority cooperates with the private sector to pump more investments in the canal", None),
                  ("a12", "INDIRECT", "m7", "saying",
                   "a new shipyard will be built in cooperation with the private sector and the Transport Ministry", None)])

# ---------------------------------------------------------------------------------------
# The Tripoli Post (Libya), politics. The stored page has no headline, so the text starts with the
# lead (dateline "Benghazi—" kept, not an attribution). The stored copy breaks off in "Ms. Tetteh
# handed him the final Advisor", inside the paragraph that opens "Meanwhile, on Monday 12 May",
# so the text is cut before that paragraph.
# - "has pushed the House of Representatives' Speaker to urge X, calling on Y": both speech acts are
#   the Speaker's ("urge" with a noun-phrase content; "calling on" keeps its addressee, seed
#   a23/a24). "He blames X for Y" / "blamed X for Y": content "X for Y", as the corpus does.
# - "“...,” according to a statement by the Parliament's spokesman": the document's author is named
#   in its NP, so the NP is a mention of the spokesman (FORMAT.md, Documents). The later "the
#   statement added" and "said the statement" name no author in their NP or sentence, so "the
#   statement" is its own entity, as test23's WHBL "the statement added".
# - "“The GNU is ... responsible” for the ongoing events in Tripoli, the statement added": quoted
#   and unquoted text in one claim (MIXED), the opening mark kept in the content.
# - "UNSMIL, said the statement, could have supported ...": the parenthetical reporting clause
#   stays inside the content; "which it has failed to do" is part of the statement's claim.
doc("tripolipost-hor-speaker-saleh-blames-gnu-unsmil",
    url="https://www.thetripolipost.org/?p=1767",
    outlet="The Tripoli Post", country="Libya", topic="politics", cut=True,
    text=(T := "Benghazi— Continuing armed clashes and instability in the Libyan capital Tripoli has pushed the House of Representatives’ Speaker to urge the establishment of new unified government, calling on the High State Council (HSC) for coordination in this regard. He blames authorities in Tripoli and the UN mission for instability there.\n"
          "Speaker Agila Saleh blamed the Government of National Unity (GNU) headed by Abdulhamid Dbeibeh for causing the security deterioration that resulted to the extensive armed clashes and the loss of lives and private and public property.\n"
          "“The insistence of the GNU to cling to power, its continued tampering with state institutions, its obstructing of the Parliament’s and the HSC’s efforts and those of the UNSMIL to end divisions in Libya, have led to dragging the country into a state of fratricidal fighting,” according to a statement by the Parliament’s spokesman on Wednesday.\n"
          "“The GNU is nationally, legally, and morally responsible” for the ongoing events in Tripoli, the statement added, calling for the protection of civilians, their property and an immediate cessation of fighting.\n"
          "The Speaker also blamed UNSMIL for “failing to exert sufficient international pressure on the GNU to relinquish power and hand it over to a unified government by means of withdrawing international recognition of its legitimacy.”\n"
          "UNSMIL, said the statement, could have supported the Parliament and the HSC in forming a new government with a specific mandate to end institutional divisions and allowing the High National Elections Commission (HNEC) to organize general parliamentary and presidential elections, which it has failed to do."),
    entities=[("saleh", "Agila Saleh", "PERSON",
               ["Speaker Agila Saleh", "the House of Representatives’ Speaker", "The Speaker", "Saleh"],
               "Speaker of Libya's House of Representatives"),
              ("spokesman", "the Parliament’s spokesman", "PERSON", ["a statement by the Parliament’s spokesman"],
               "spokesman of the House of Representatives"),
              ("statement", "the statement", "ORGANIZATION", [], "the Parliament spokesman's statement of Wednesday")],
    mentions=[("m1", "the House of Representatives’ Speaker", "saleh"),
              ("m2", ("He", "He blames"), "saleh"),
              ("m3", "Speaker Agila Saleh", "saleh"),
              ("m4", "a statement by the Parliament’s spokesman", "spokesman"),
              ("m5", ("the statement", "the statement added"), "statement"),
              ("m6", ("The Speaker", "The Speaker also blamed"), "saleh"),
              ("m7", ("the statement", "said the statement"), "statement")],
    attributions=[("a1", "INDIRECT", "m1", "urge", "the establishment of new unified government", None),
                  ("a2", "INDIRECT", "m1", "calling on", "the High State Council (HSC) for coordination in this regard", None),
                  ("a3", "INDIRECT", "m2", "blames", "authorities in Tripoli and the UN mission for instability there", None),
                  ("a4", "INDIRECT", "m3", ("blamed", "Saleh blamed"),
                   seg(T, "the Government of National Unity (GNU) headed", "private and public property"), None),
                  ("a5", "DIRECT", "m4", "according to",
                   seg(T, "The insistence of the GNU", "fratricidal fighting,"), None),
                  ("a6", "MIXED", "m5", "added",
                   "“The GNU is nationally, legally, and morally responsible” for the ongoing events in Tripoli", None),
                  ("a7", "INDIRECT", "m5", "calling for",
                   "the protection of civilians, their property and an immediate cessation of fighting", None),
                  ("a8", "MIXED", "m6", ("blamed", "also blamed"),
                   seg(T, "UNSMIL for “failing", "its legitimacy.”"), None),
                  ("a9", "INDIRECT", "m7", ("said", "said the statement"),
                   seg(T, "UNSMIL, said the statement", "which it has failed to do"), None)])

write("train_ck.jsonl")
