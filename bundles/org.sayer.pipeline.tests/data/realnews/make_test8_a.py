#!/usr/bin/env python3
"""Writes test8_a.jsonl: real-news gold, split test8-a (see gold.py). Run: python3 make_test8_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Two image captions ("[caption …][/caption]") and the closing bullet are removed.
doc("kenyans-njoka-opposition-rule-of-law",
    url="https://www.kenyans.co.ke/news/27207-what-government-expects-opposition-them-coexist",
    outlet="Kenyans.co.ke", country="Kenya", topic="politics", cut=False,
    text=(T := "What Government Expects From Opposition For Them to Coexist\n"
          "The Interior Ministry has advised that if the Opposition has to criticise the government, it should also uphold the rule of law and respect.\n"
          "In an exclusive interview with Kenyans.co.ke, the ministry's spokesperson, Mwenda Njoka, maintained that the government had not launched a crackdown on the opposition lawmakers.\n"
          "He further stated that all legislators who break the law despite their political affiliations will be dealt with.\n"
          "\"Dr Fred Matiang'i has emphasised this from time to time. If any politician breaks the law and incites Kenyans they will face the law whether they belong to Jubilee or NASA. We will deal with them equally,\" Njoka noted.\n"
          "The Interior spokesman also refuted claims by Bloomberg where he was quoted having stated: “Once people have tasted certain levels of freedom the genie is out of the bottle, you cannot put it back.”\n"
          "Njoka told Kenyans.co.ke that he was misquoted and he did not mean that freedoms enjoyed by Kenyans should be curtailed rather the country enjoyed a wide range of freedoms which other nations don't.\n"
          "Speaking on Thursday, Njoka criticised the move by NASA to 'swear in' Raila Odinga as the people's president adding that the move was meant to delegitimise the election of President Uhuru Kenyatta.\n"
          "\"It is criminal for someone to take an oath and declare themselves the People's president. What does that mean to the election of the legitimately elected President?\" Njoka questioned.\n"
          "\"Their actions were meant to water down and delegitimise the election of President Kenyatta and start a revolution,\" he added.\n"
          "Finally, Njoka also revealed that they had reliable information that the opposition had plans to start a revolution to overthrow the government."),
    entities=[("ministry", "The Interior Ministry", "ORGANIZATION", ["Interior Ministry"], "Kenya's Ministry of Interior"),
              ("njoka", "Mwenda Njoka", "PERSON",
               ["Njoka", "the ministry's spokesperson, Mwenda Njoka", "The Interior spokesman"],
               "spokesperson of Kenya's Interior Ministry"),
              ("matiangi", "Fred Matiang'i", "PERSON", ["Dr Fred Matiang'i", "Matiang'i"], "Kenya's Interior Cabinet Secretary"),
              ("bloomberg", "Bloomberg", "ORGANIZATION", [], "news agency")],
    mentions=[("m1", "The Interior Ministry", "ministry"),
              ("m2", "the ministry's spokesperson, Mwenda Njoka", "njoka"),
              ("m3", ("He", "He further stated"), "njoka"),
              ("m4", "Dr Fred Matiang'i", "matiangi"),
              ("m5", ("Njoka", "Njoka noted"), "njoka"),
              ("m6", "The Interior spokesman", "njoka"),
              ("m7", "Bloomberg", "bloomberg"),
              ("m8", ("he", "he was quoted"), "njoka"),
              ("m9", ("Njoka", "Njoka told"), "njoka"),
              ("m10", ("Njoka", "Njoka criticised"), "njoka"),
              ("m11", ("Njoka", "Njoka questioned"), "njoka"),
              ("m12", ("he", "he added"), "njoka"),
              ("m13", ("Njoka", "Njoka also revealed"), "njoka")],
    # The headline is a free-relative label ("What Government Expects …"), a demand stated by nobody
    # in it: not a claim. The hypothetical "if the Opposition has to criticise" in a1 is not nested.
    attributions=[("a1", "INDIRECT", "m1", "advised",
                   "if the Opposition has to criticise the government, it should also uphold the rule of law and respect", None),
                  ("a2", "INDIRECT", "m2", "maintained", "the government had not launched a crackdown on the opposition lawmakers", None),
                  ("a3", "INDIRECT", "m3", ("stated", "further stated"),
                   "all legislators who break the law despite their political affiliations will be dealt with", None),
                  ("a4", "DIRECT", "m5", "noted", seg(T, "Dr Fred Matiang'i has emphasised", "deal with them equally,"), None),
                  # Speech nested in the quote whose content is a demonstrative object, as "revealed this"
                  # and "denied it" are annotated elsewhere in the corpus.
                  ("a5", "INDIRECT", "m4", "emphasised", ("this", "emphasised this"), "a4"),
                  # "refuted claims by X" has the claims as its content and nests the claims (as "dismissed
                  # claims by a senior councilor" in train_n); the claims' content is the relative clause that
                  # says what Bloomberg reported, and inside it "he was quoted having stated" is Njoka's quote
                  # (cue like "quoted as saying"; Bloomberg is its claimant, not a medium, as "claims by" names it).
                  ("a6", "MIXED", "m6", "refuted", seg(T, "claims by Bloomberg where", "cannot put it back.”"), None),
                  ("a7", "MIXED", "m7", ("claims", "claims by Bloomberg"), seg(T, "he was quoted having", "cannot put it back.”"), "a6"),
                  ("a8", "DIRECT", "m8", "quoted having stated", seg(T, "Once people have tasted", "cannot put it back."), "a7"),
                  ("a9", "INDIRECT", "m9", ("told", "Njoka told"),
                   seg(T, "he was misquoted and", "which other nations don't"), None),
                  # 'swear in' is printed between single marks: MIXED by the marks as printed.
                  ("a10", "MIXED", "m10", "criticised", "the move by NASA to 'swear in' Raila Odinga as the people's president", None),
                  ("a11", "INDIRECT", "m10", "adding", "the move was meant to delegitimise the election of President Uhuru Kenyatta", None),
                  ("a12", "DIRECT", "m11", "questioned", seg(T, "It is criminal for someone", "legitimately elected President?"), None),
                  ("a13", "DIRECT", "m12", ("added", "he added"), seg(T, "Their actions were meant", "start a revolution,"), None),
                  ("a14", "INDIRECT", "m13", "revealed",
                   seg(T, "they had reliable information", "to overthrow the government"), None)])

# ---------------------------------------------------------------------------------------
# The page prints the headline twice (title and heading); it is kept once. An Arabic ad label
# ("اضافة اعلان") run into the lead and the closing "Read more National Content / Jordan News" are removed.
doc("jordannews-mubaideen-security-sacred",
    url="https://www.jordannews.jo/Section-109/News/Communications-Minister-says-Jordan-s-security-sacred-35290",
    outlet="Jordan News", country="Jordan", topic="politics", cut=False,
    text=(T := "Communications Minister says Jordan's security 'sacred'\n"
          "Amman - Communications Minister Muhannad Mubaideen Tuesday said during a session of the Government Communications Forum that Jordan's stability and security are \"sacred.\"\n"
          "Mubaideen said, \"We are not abandoning our Arab and Islamic tasks and roles, and Jordan's positions are honourable and its Hashemite leadership has been defending the Palestinian cause for more than a century.\"\n"
          "He added that Jordanians have \"great confidence\" in the Armed Forces in upholding the Kingdom's security and sovereignty from \"evil ambitions that want to destabilise our security.\"\n"
          "Mubaideen said that Jordan working to mobilise an international position to stop the war on Gaza, deliver humanitarian and relief aid to Palestinian Gazans and de-escalate tensions in the region.\n"
          "He added that Jordan's relief efforts are ongoing to support the Palestinians in the embattled enclave through airdrops and ground aid convoys.\n"
          "Regarding regional tensions and escalation, Mubaideen said the government communicated to Jordanians through its statement advising people not to share safety and security news and through the Civil Aviation Regulatory Authority (CARC's) technical statement.\n"
          "He added that the government is open to all media outlets and works to offer the \"true story,\" urging Jordanians to seek official sources for information."),
    entities=[("mubaideen", "Muhannad Mubaideen", "PERSON",
               ["Mubaideen", "Communications Minister Muhannad Mubaideen", "Communications Minister"],
               "Jordan's Minister of Government Communications and government spokesman"),
              ("govt", "the government", "ORGANIZATION", ["government of Jordan"], "Government of Jordan")],
    mentions=[("m1", ("Communications Minister", "Communications Minister says"), "mubaideen"),
              ("m2", "Communications Minister Muhannad Mubaideen", "mubaideen"),
              ("m3", ("Mubaideen", "Mubaideen said, "), "mubaideen"),
              ("m4", ("He", "He added that Jordanians"), "mubaideen"),
              ("m5", ("Mubaideen", "Mubaideen said that Jordan"), "mubaideen"),
              ("m6", ("He", "He added that Jordan's"), "mubaideen"),
              ("m7", ("Mubaideen", "Mubaideen said the government"), "mubaideen"),
              ("m8", ("the government", "the government communicated"), "govt"),
              # A document is a mention of its author when the author is named in its NP ("its").
              ("m9", "its statement", "govt"),
              ("m10", ("He", "He added that the government"), "mubaideen"),
              ("m11", ("the government", "the government is open"), "govt")],
    attributions=[("a1", "MIXED", "m1", ("says", "Minister says"), "Jordan's security 'sacred'", None),
                  ("a2", "MIXED", "m2", ("said", "Tuesday said"), "Jordan's stability and security are \"sacred.\"", None),
                  ("a3", "DIRECT", "m3", ("said", "Mubaideen said, "), seg(T, "We are not abandoning", "for more than a century."), None),
                  ("a4", "MIXED", "m4", ("added", "He added that Jordanians"),
                   seg(T, "Jordanians have \"great confidence\"", "destabilise our security.\""), None),
                  ("a5", "INDIRECT", "m5", ("said", "Mubaideen said that Jordan"),
                   seg(T, "Jordan working to mobilise", "tensions in the region"), None),
                  ("a6", "INDIRECT", "m6", ("added", "He added that Jordan's"),
                   "Jordan's relief efforts are ongoing to support the Palestinians in the embattled enclave through airdrops and ground aid convoys", None),
                  # "communicated" has no content of its own (only how and to whom); the statement's advice
                  # is nested, keeping its addressee as "advised the people to proceed" does elsewhere.
                  ("a7", "INDIRECT", "m7", ("said", "Mubaideen said the government"),
                   seg(T, "the government communicated", "(CARC's) technical statement"), None),
                  ("a8", "INDIRECT", "m9", "advising", "people not to share safety and security news", "a7"),
                  ("a9", "MIXED", "m10", ("added", "He added that the government"),
                   "the government is open to all media outlets and works to offer the \"true story,\"", None),
                  ("a10", "INDIRECT", "m10", "urging", "Jordanians to seek official sources for information", None)])

# ---------------------------------------------------------------------------------------
# A tag line ("high court") and the byline ("Sunday News Reporter") are removed; the stored page
# breaks off at "Said Justice", so the text ends at the paragraph before.
doc("zimbabwetoday-mathonsi-bribe-claim-lawyer",
    url="https://zimbabwe-today.com/judge-blasts-bribe-claim-lawyer/",
    outlet="Zimbabwe Today", country="Zimbabwe", topic="courts-crime", cut=True,
    text=(T := "Judge blasts bribe claim lawyer\n"
          "A LAWYER who accused a magistrate of bias and taking a bribe “displayed lamentable disrespect and a complete disdain of the integrity of the court”, the High Court has found.\n"
          "Lawyer Mr Prayer Muzvuzvu of Muzvuzvu and Mguni Law Chambers, made “wild and unproven comments imputing corrupt or improper motives” on the part of Filabusi resident magistrate Mr Mzingaye Moyo in a criminal case, said Justice Nicholas Mathonsi.\n"
          "“Without leading any sworn evidence or producing any proof and indeed without taking an oath himself, the legal practitioner launched a volley of unmitigated and very serious accusations against the trial magistrate,” Justice Mathonsi said in a judgement released recently, after Muzvuzvu had appealed the magistrate’s refusal to recuse himself from a case in which his client, Mr Nqobile Khumalo, was facing contempt of court charges.\n"
          "Justice Mathonsi went on: “In the practice of law the world over, it is an accepted principle that legal practitioners are officers of the court. As such, they assist the court in dispensing justice and owe the court a duty to not only bring to its attention legal pronouncements on the law that are useful in the resolution of disputes but also to disclose to the court the truth which, in any event, is the cornerstone of the justice delivery system.\n"
          "“In that regard, legal practitioners, as members of the noble profession, are expected to treat the court with respect . . .”\n"
          "Khumalo was involved in a legal dispute with Claver Masiiwa over the control of a mine in Filabusi. Masiiwa won a High Court order in November 2015 interdicting Khumalo from interfering with operations at the mine.\n"
          "But the High Court heard that Khumalo violated the court order leading to his arraignment before the magistrate in November last year. Khumalo’s lawyer, the court heard, immediately launched an application for recusal of the trial magistrate."),
    entities=[("mathonsi", "Nicholas Mathonsi", "PERSON",
               ["Justice Nicholas Mathonsi", "Justice Mathonsi", "Mathonsi", "Judge"], "High Court judge"),
              ("muzvuzvu", "Prayer Muzvuzvu", "PERSON",
               ["Muzvuzvu", "Mr Prayer Muzvuzvu", "A LAWYER", "the legal practitioner", "Khumalo’s lawyer"],
               "lawyer of Muzvuzvu and Mguni Law Chambers"),
              ("court", "the High Court", "ORGANIZATION", ["High Court", "the court"], "High Court of Zimbabwe")],
    mentions=[("m1", ("Judge", "Judge blasts"), "mathonsi"),
              ("m2", ("lawyer", "claim lawyer"), "muzvuzvu"),
              ("m3", "A LAWYER", "muzvuzvu"),
              ("m4", ("the High Court", "the High Court has found"), "court"),
              ("m5", "Lawyer Mr Prayer Muzvuzvu of Muzvuzvu and Mguni Law Chambers", "muzvuzvu"),
              ("m6", "Justice Nicholas Mathonsi", "mathonsi"),
              ("m7", "the legal practitioner", "muzvuzvu"),
              ("m8", ("Justice Mathonsi", "Justice Mathonsi said"), "mathonsi"),
              ("m9", ("Muzvuzvu", "after Muzvuzvu had"), "muzvuzvu"),
              ("m10", ("Justice Mathonsi", "Justice Mathonsi went on"), "mathonsi"),
              ("m11", ("the High Court", "the High Court heard"), "court"),
              ("m12", "Khumalo’s lawyer", "muzvuzvu"),
              ("m13", ("the court", "the court heard,"), "court")],
    attributions=[("a1", "INDIRECT", "m1", "blasts", "bribe claim lawyer", None),
                  # A noun cue inside the headline's content: the lawyer's claim of a bribe ("allegations of X").
                  ("a2", "INDIRECT", "m2", ("claim", "claim lawyer"), ("bribe", "bribe claim"), "a1"),
                  ("a3", "MIXED", "m4", "found", seg(T, "A LAWYER who accused", "integrity of the court”"), None),
                  ("a4", "INDIRECT", "m3", "accused", "a magistrate of bias and taking a bribe", "a3"),
                  # "made comments imputing motives" is the judge's characterisation of the comments, with no
                  # content of the lawyer's own: not split off as a nested claim.
                  ("a5", "MIXED", "m6", ("said", "said Justice Nicholas"),
                   seg(T, "Lawyer Mr Prayer Muzvuzvu", "in a criminal case"), None),
                  # "accusations against the trial magistrate" names only the target, no content: not a claim.
                  ("a6", "DIRECT", "m8", ("said", "Justice Mathonsi said"),
                   seg(T, "Without leading any sworn", "against the trial magistrate,"), None),
                  # One quotation over two paragraphs (the first has no closing mark). Its normative
                  # "are expected to treat the court with respect" is a duty, not an agentless forecast.
                  ("a7", "DIRECT", "m10", "went on", seg(T, "In the practice of law", "with respect . . ."), None),
                  ("a8", "INDIRECT", None, ("heard", "High Court heard"),
                   "Khumalo violated the court order leading to his arraignment before the magistrate in November last year", None),
                  ("a9", "INDIRECT", None, ("heard", "the court heard,"),
                   "Khumalo’s lawyer, the court heard, immediately launched an application for recusal of the trial magistrate", None)])

# ---------------------------------------------------------------------------------------
# The byline ("By World Israel News Staff") and a "Read …" link to another story are removed; the
# stored page breaks off in the next paragraph.
doc("worldisraelnews-ashkenazi-prosecution-listening-closely",
    url="https://worldisraelnews.com/netanyahu-attorney-says-the-prosecution-is-listening-closely-at-pre-indictment-hearing/",
    outlet="World Israel News", country="Israel", topic="courts-crime", cut=True,
    text=(T := "Netanyahu attorney says prosecution ‘listening closely,’ believes ‘cases will be closed’\n"
          "Attorney Yossi Ashkenazi said that the defense team had “presented documents that had not been part of the materials in the investigation.”\n"
          "Going into the second day of a pre-trial hearing for Prime Minister Benjamin Netanyahu, facing criminal allegations in three cases of alleged fraud, a member of the prime minister’s defense team expressed optimism on Thursday that he and his colleagues were getting a sympathetic ear from Attorney General Avichai Mandelblit and the State Attorney’s Office.\n"
          "“The attorney general’s people are listening to us closely,” said Netanyahu attorney Yossi Ashkenazi, speaking to the media on his way into the session at the Justice Ministry compound in Jerusalem.\n"
          "The prime minister has not been attending.\n"
          "The proceedings on Wednesday were said to have lasted more than 11 hours.\n"
          "“We argued for 11 hours in the hearing yesterday. I think we’ll need a similar amount of time today,” Ashkenazi told the waiting reporters on Thursday morning.\n"
          "He said that the defense team had “presented documents that had not been part of the materials in the investigation.”\n"
          "Despite his expression of initial pleasure with the attention that the defense team was receiving from the state prosecution, Ashkenazi acknowledged that there was a long way to go toward having the charges dropped.\n"
          "A statement released by the defense on Wednesday night stated that the team had “laid out very detailed materials that are supported by considerable evidence that contradicts what the list of possible indictment counts claims. The attorney general listened to us. We hope and believe that nothing will remain of those counts and the cases will be closed.”"),
    entities=[("ashkenazi", "Yossi Ashkenazi", "PERSON",
               ["Ashkenazi", "Attorney Yossi Ashkenazi", "Netanyahu attorney Yossi Ashkenazi", "Netanyahu attorney",
                "a member of the prime minister’s defense team"],
               "lawyer on Benjamin Netanyahu's defense team"),
              ("defense", "the defense team", "GROUP", ["the defense", "the team", "A statement released by the defense"],
               "Netanyahu's defense team"),
              ("list", "the list of possible indictment counts", "ORGANIZATION", [], "the attorney general's draft charges")],
    mentions=[("m1", ("Netanyahu attorney", "Netanyahu attorney says"), "ashkenazi"),
              ("m2", "Attorney Yossi Ashkenazi", "ashkenazi"),
              ("m3", ("the defense team", "Ashkenazi said that"), "defense"),
              ("m4", "a member of the prime minister’s defense team", "ashkenazi"),
              ("m5", "Netanyahu attorney Yossi Ashkenazi", "ashkenazi"),
              ("m6", ("Ashkenazi", "Ashkenazi told"), "ashkenazi"),
              ("m7", ("He", "He said that"), "ashkenazi"),
              ("m8", ("the defense team", "He said that"), "defense"),
              ("m9", ("the defense team", "attention that the defense team"), "defense"),
              ("m10", ("Ashkenazi", "Ashkenazi acknowledged"), "ashkenazi"),
              ("m11", "A statement released by the defense", "defense"),
              ("m12", ("the team", "the team had"), "defense"),
              ("m13", "the list of possible indictment counts", "list")],
    attributions=[("a1", "MIXED", "m1", "says", "prosecution ‘listening closely,’", None),
                  ("a2", "DIRECT", "m1", "believes", ("cases will be closed", "believes ‘"), None),
                  ("a3", "MIXED", "m2", ("said", "Ashkenazi said that"),
                   ("the defense team had “presented documents that had not been part of the materials in the investigation.”", "Ashkenazi said that"), None),
                  # The role description resolves to Ashkenazi, whom the next sentence names.
                  ("a4", "INDIRECT", "m4", "expressed optimism",
                   seg(T, "he and his colleagues were getting", "the State Attorney’s Office"), None),
                  ("a5", "DIRECT", "m5", ("said", "said Netanyahu"), "The attorney general’s people are listening to us closely,", None),
                  ("a6", "INDIRECT", None, ("said", "were said"), "to have lasted more than 11 hours", None),
                  ("a7", "DIRECT", "m6", "told", seg(T, "We argued for 11 hours", "amount of time today,"), None),
                  ("a8", "MIXED", "m7", ("said", "He said that"),
                   ("the defense team had “presented documents that had not been part of the materials in the investigation.”", "He said that"), None),
                  # "his expression of initial pleasure with the attention …" refers back to the optimism
                  # already reported (a4/a5), as an adjunct of "acknowledged": not a claim of its own.
                  ("a9", "INDIRECT", "m10", "acknowledged", "there was a long way to go toward having the charges dropped", None),
                  ("a10", "MIXED", "m11", "stated", seg(T, "the team had “laid out", "cases will be closed.”"), None),
                  # A speech act inside the quotation whose content is the free relative "what" (as "denied it").
                  ("a11", "INDIRECT", "m13", ("claims", "counts claims"), ("what", "contradicts what"), "a10")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with the lead (the dateline "KUWAIT:" is kept).
# The date line and the byline ("By Alexander Cornwell / Reuters") are removed.
doc("welcomeqatar-baker-us-startup-airline-stake",
    url="https://welcomeqatar.com/qatar-airways-offered-25-percent-stake-us-startup-airline",
    outlet="Welcome Qatar", country="Qatar", topic="business", cut=False, published="2018-01-17",
    text=(T := "KUWAIT: A start-up airline in the United States has offered a 25 percent stake to Qatar Airways, chief executive Akbar al-Baker said on Wednesday, providing another opportunity for the Gulf airline to broaden its reach.\n"
          "Baker did not name the airline when speaking with reporters at an airshow in Kuwait.\n"
          "Qatar Airways, which cannot fly to the lucrative markets of Saudi Arabia and United Arab Emirates because of the blockade by four Arab states, late last year bought a 9.61 percent stake in Hong Kong’s Cathay Pacific Airways to help to increase traffic through its Doha hub.\n"
          "Baker also expressed regret about management changes at Airbus, such as the impending department of Chief Operating Officer Fabrice Bregier who is due to step down in February.\n"
          "“I’m very sad that Fabrice (Bregier) is leaving. Fabrice is a very good administrator. He is a very good engineer and he is a very good friend so I am very sad that he is leaving and I think by doing all these changes Airbus is going into unchartered waters,” Baker said.\n"
          "He said Airbus still had to deliver 120 aircraft to Qatar Airways so these changes were a concern to him.\n"
          "Qatar Airways is one of Airbus’ biggest customers. Airbus did not immediately respond to a request for comment on Baker’s remarks."),
    entities=[("baker", "Akbar al-Baker", "PERSON", ["Baker", "al-Baker", "chief executive Akbar al-Baker"],
               "chief executive of Qatar Airways"),
              ("airbus", "Airbus", "ORGANIZATION", [], "aircraft maker")],
    mentions=[("m1", "chief executive Akbar al-Baker", "baker"),
              ("m2", ("Baker", "Baker did not"), "baker"),
              ("m3", ("Baker", "Baker also"), "baker"),
              ("m4", ("Airbus", "changes at Airbus"), "airbus"),
              ("m5", ("Airbus", "Airbus is going"), "airbus"),
              ("m6", ("Baker", "” Baker said"), "baker"),
              ("m7", ("He", "He said Airbus"), "baker"),
              ("m8", ("Airbus", "Airbus still"), "airbus"),
              ("m9", ("Airbus", "Airbus did not"), "airbus")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "al-Baker said"),
                   "A start-up airline in the United States has offered a 25 percent stake to Qatar Airways", None),
                  # An omission with an open question (which airline), as "did not disclose the price" and
                  # seed a9/a10; the "when speaking with reporters" adjunct is left out.
                  ("a2", "INDIRECT", "m2", ("name", "not name"), ("the airline", "name the airline"), None),
                  ("a3", "INDIRECT", "m3", "expressed regret",
                   seg(T, "management changes at Airbus", "step down in February"), None),
                  ("a4", "DIRECT", "m6", ("said", "” Baker said"), seg(T, "I’m very sad that Fabrice", "into unchartered waters,"), None),
                  ("a5", "INDIRECT", "m7", ("said", "He said Airbus"),
                   "Airbus still had to deliver 120 aircraft to Qatar Airways so these changes were a concern to him", None),
                  # A refusal to comment on a named topic, as "did not wish to comment on the poll" elsewhere.
                  ("a6", "INDIRECT", "m9", "respond to a request for comment", "Baker’s remarks", None)])

# ---------------------------------------------------------------------------------------
# A site banner, the search box and a newsletter prompt are removed; the cross-head "Rampant
# corruption" is kept as a label. The stored page breaks off inside a quotation in the next paragraph.
doc("thechanzo-kariakoo-traders-tra-corruption",
    url="https://thechanzo.com/2023/05/17/kariakoo-traders-take-on-tra-corruption-joint-committee-formed/",
    outlet="The Chanzo", country="Tanzania", topic="business", cut=True, published="2023-05-17",
    text=(T := "Kariakoo Traders Take on TRA Corruption, Joint Committee Formed\n"
          "In response to the traders' extensive submissions, Prime Minister Kassim Majaliwa established a joint committee consisting of 14 members, with seven representing the government and seven from the business community.\n"
          "Kariakoo traders made a strong stand against corruption within the Tanzania Revenue Authority (TRA) during their meeting with Prime Minister Kassim Majaliwa on Wednesday.\n"
          "The government organized the meeting in response to a two-day strike by the traders in Kariakoo. Traders had called a strike on May 15,2023, in protest of three issues: bureaucracy at the port, confiscation of goods by the Tanzania Revenue Authority (TRA), and a new requirement that traders register monthly stock movements with TRA.\n"
          "The meeting today started with a dramatic disagreement among the traders regarding the format of the meeting.\n"
          "It appeared that the meeting was planned to be between the traders’ leadership and the Prime Minister. However, due to the traders’ objections, it was later decided to open the meeting to everyone.\n"
          "Rampant corruption\n"
          "Many traders expressed their grievances regarding the Tanzania Revenue Authority (TRA), stating that TRA corruption has reached an intolerable level. One trader, Sinyali Kimambo, shared, “TRA officers follow us to our homes and subject us to abuse. They constantly threaten to seize our goods. Do they expect us to sell our bodies?”, rhetorically asked Kimambo.\n"
          "Traders emphasized that corruption by TRA occurs during the importation of goods or when their clients, especially those from other countries, move their cargo."),
    entities=[("traders", "Kariakoo traders", "GROUP", ["Kariakoo Traders", "Traders", "the traders"],
               "traders of Dar es Salaam's Kariakoo market"),
              # "Many traders" is a subset of the traders (FORMAT.md, Coreference): its own entity.
              ("many", "Many traders", "GROUP", [], "many of the Kariakoo traders at the meeting"),
              ("kimambo", "Sinyali Kimambo", "PERSON", ["Kimambo", "One trader, Sinyali Kimambo"], "Kariakoo trader"),
              ("officers", "TRA officers", "GROUP", [], "officers of the Tanzania Revenue Authority")],
    mentions=[("m1", ("Kariakoo Traders", "Kariakoo Traders Take"), "traders"),
              ("m2", ("Kariakoo traders", "Kariakoo traders made"), "traders"),
              ("m3", ("the traders", "the traders in Kariakoo"), "traders"),
              ("m4", ("Traders", "Traders had called"), "traders"),
              ("m5", ("the traders", "among the traders"), "traders"),
              ("m6", "Many traders", "many"),
              ("m7", "One trader, Sinyali Kimambo", "kimambo"),
              ("m8", ("TRA officers", "TRA officers follow"), "officers"),
              ("m9", ("They", "They constantly"), "officers"),
              ("m10", ("Kimambo", "asked Kimambo"), "kimambo"),
              ("m11", ("Traders", "Traders emphasized"), "traders")],
    # "a new requirement that traders register …" is a rule of the law, not a speech act, and "in
    # protest of" and "objections" name actions or have no content: not claims.
    # The headline's "Take on" is an action (confronting), not a reporting verb; the lead's
    # "made a strong stand against" is the traders' stated position at the meeting, as "condemned X".
    attributions=[("a1", "INDIRECT", "m2", "made a strong stand against",
                   "corruption within the Tanzania Revenue Authority (TRA)", None),
                  ("a2", "INDIRECT", "m6", "expressed their grievances",
                   ("the Tanzania Revenue Authority (TRA)", "grievances regarding"), None),
                  ("a3", "INDIRECT", "m6", "stating", "TRA corruption has reached an intolerable level", None),
                  # Two clauses, one claim: the governing "shared," wins over the trailing
                  # "rhetorically asked Kimambo", whose NP is a non-source mention.
                  ("a4", "DIRECT", "m7", "shared", seg(T, "TRA officers follow us", "sell our bodies?"), None),
                  # The officers' threats, reported inside the quote; the rhetorical question is not a claim.
                  ("a5", "INDIRECT", "m9", "threaten", "to seize our goods", "a4"),
                  ("a6", "INDIRECT", "m11", "emphasized",
                   seg(T, "corruption by TRA occurs", "move their cargo"), None)])

write("test8_a.jsonl")
