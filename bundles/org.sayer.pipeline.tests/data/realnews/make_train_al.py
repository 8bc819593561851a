#!/usr/bin/env python3
"""Writes train_al.jsonl: real-news gold, split train-al (see gold.py). Run: python3 make_train_al.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page holds the article's start only: the text stops before its last paragraph, which
# the stored copy cuts off mid-sentence. "Must Read", a photo caption and two "- Advertisement -"
# lines are removed; the quotation of the third paragraph is then left open at its paragraph end
# and reopened in the next one, so it is one attribution (FORMAT.md, Unit).
doc("angelonline-ghana-otchere-darko-kyei-mensah-bonsu-peace-pipe",
    url="https://angelonline.com.gh/2022/11/16/gabby-otchere-darko-smokes-peace-pipe-with-osei-kyei-mensah-bonsu/",
    outlet="Angel Online", country="Ghana", topic="politics", cut=True, published="2022-11-16",
    text=(T := "Gabby Otchere-Darko smokes peace pipe with Osei Kyei Mensah Bonsu\n"
          "The Majority Leader and Minister of Parliamentary Affairs, Osei Kyei-Mensah-Bonsu has finally smoked the peace pipe with Gabby Asare Otchere-Darko, a leading member of the New Patriotic Party (NPP) after the back and forth between the two.\n"
          "The reunion comes on the back of Mr Osei Kyei-Mensah Bonsu’s backlash against Mr. Otchere-Darko following the latter’s allegations that the Majority leader sponsored the lawmakers to call for the sacking of the finance minister over the country’s collapsed economy.\n"
          "The Majority leader in an interview on Kumasi-based Sompa Radio is quoted to have said, “From nowhere, we hear Gabby Otchere-Darko on his Asaase Radio accusing me of instigating what was happening; for what? What do I stand to gain from that?\n"
          "“There are people who would rather want to cause disintegration while you are committed to integrating. But now, this has brought about another sense of anger”.\n"
          "“That Gabby Otchere-Darko, who does he think he is?” Mr. Osei Kyei Mensah Bonsu fumed.\n"
          "He continued that “I serve Akufo-Addo, and I serve the party as well as the government. When we talk about the government itself, what is your locus standings to be accusing me of being an instigator?”\n"
          "Fast Fastforward, Mr. Otchere-Darko denied ever making the claims alleged by the majority leader on any media platform."),
    entities=[("okb", "Osei Kyei-Mensah-Bonsu", "PERSON",
               ["Osei Kyei Mensah Bonsu", "Mr. Osei Kyei Mensah Bonsu", "Kyei-Mensah-Bonsu", "Majority Leader",
                "the Majority leader", "The Majority Leader and Minister of Parliamentary Affairs, Osei Kyei-Mensah-Bonsu"],
               "Majority Leader of Ghana's Parliament and Minister of Parliamentary Affairs, NPP MP for Suame"),
              ("gabby", "Gabby Asare Otchere-Darko", "PERSON",
               ["Gabby Otchere-Darko", "Otchere-Darko", "Mr. Otchere-Darko", "the latter"],
               "leading member of the New Patriotic Party"),
              ("lawmakers", "the lawmakers", "GROUP", ["lawmakers"],
               "NPP lawmakers who called for the finance minister's sacking")],
    mentions=[("m1", ("Gabby Otchere-Darko", "Gabby Otchere-Darko smokes"), "gabby"),
              ("m2", ("Osei Kyei Mensah Bonsu", "with Osei Kyei Mensah Bonsu\n"), "okb"),
              ("m3", "The Majority Leader and Minister of Parliamentary Affairs, Osei Kyei-Mensah-Bonsu", "okb"),
              ("m4", "Gabby Asare Otchere-Darko", "gabby"),
              ("m5", ("Mr. Otchere-Darko", "against Mr. Otchere-Darko"), "gabby"),
              ("m6", "the latter", "gabby"),
              ("m7", ("the Majority leader", "the Majority leader sponsored"), "okb"),
              ("m8", "the lawmakers", "lawmakers"),
              ("m9", ("The Majority leader", "The Majority leader in an interview"), "okb"),
              ("m10", ("Gabby Otchere-Darko", "we hear Gabby"), "gabby"),
              ("m11", ("Gabby Otchere-Darko", "That Gabby"), "gabby"),
              ("m12", "Mr. Osei Kyei Mensah Bonsu", "okb"),
              ("m13", ("He", "He continued"), "okb"),
              ("m14", ("Mr. Otchere-Darko", "Fastforward, Mr. Otchere-Darko"), "gabby"),
              ("m15", ("the majority leader", "alleged by the majority leader"), "okb")],
    attributions=[("a1", "INDIRECT", "m6", "allegations",
                   seg(T, "the Majority leader sponsored", "collapsed economy"), None),
                  # "over the country's collapsed economy" gives the lawmakers' reason for calling: an
                  # adjunct of the nested reporting event, left out (FORMAT.md, Adjuncts: "called for
                  # speed bumps in an effort to slow traffic" -> "speed bumps").
                  ("a2", "INDIRECT", "m8", "call for", "the sacking of the finance minister", "a1"),
                  ("a3", "DIRECT", "m9", "quoted to have said", seg(T, "From nowhere, we hear", "another sense of anger"), None),
                  ("a4", "INDIRECT", "m10", ("accusing", "accusing me of instigating"),
                   "me of instigating what was happening", "a3"),
                  ("a5", "DIRECT", "m12", "fumed", "That Gabby Otchere-Darko, who does he think he is?", None),
                  # "what is your locus standings to be accusing me of being an instigator?" is not
                  # annotated: a rhetorical question whose accuser is only the possessive "your", which
                  # FORMAT.md does not mark as a mention.
                  ("a6", "DIRECT", "m13", "continued", seg(T, "I serve Akufo-Addo", "being an instigator?"), None),
                  ("a7", "INDIRECT", "m14", "denied",
                   "ever making the claims alleged by the majority leader on any media platform", None),
                  # "the claims alleged by the majority leader": a speech act in a reduced relative clause
                  # inside the claim (FORMAT.md, Included although borderline); its content is the noun
                  # phrase "the claims", as in "announced the launch of X".
                  ("a8", "INDIRECT", "m15", "alleged", ("the claims", "making the claims"), "a7")])

# ---------------------------------------------------------------------------------------
# The stored page holds the article's start only; the text stops before the paragraph that the
# stored copy cuts off. The time stamp line ("12:43 / 17.10.2019") is removed.
# The ambassador's quotation holds two quotations of its own: "You told us everything differently"
# (closed) and "My dear, ..." (never closed). Following the marks as printed (FORMAT.md), the
# closing mark after "understand me," ends both the inner "My dear" quotation and the outer one.
doc("kunuz-uzbekistan-ambassador-turkish-investors",
    url="https://kun.uz/en/news/2019/10/17/what-prevents-turkish-investors-from-investing-in-uzbekistan",
    outlet="Kun.uz", country="Uzbekistan", topic="business", cut=True, published="2019-10-17",
    text=(T := "What prevents Turkish investors from investing in Uzbekistan?\n"
          "The Ambassador of Uzbekistan to Turkey Alisher Azamkhujayev told Kun.uz correspondent about the reasons that discourage Turkish entrepreneurs from investing in Uzbekistan.\n"
          "According to Azamkhujayev, the main reasons that stop Turkish and foreign investors as a whole are problems with ensuring the rule of law, that local authorities can resolve issues in their own favor or in someone else’s favor, as well as an incorrect attitude to private property.\n"
          "“Various managers often come to us in Turkey to improve their professional skills. Once the first deputy khokim of a region came to us with whom we met every day. At one of the meetings, he stood up and told entrepreneurs: if you come to our region and show me the place that you like, I will demolish any building that is there, be it a park or garden and give it at your disposal. In Uzbekistan, such an act would be perceived as courage. After that, entrepreneurs gazed at me, as if to say: “You told us everything differently”. I told him in a whisper: “My dear, people here have a different attitude to private property. If you demolish another building for him, then it is not a fact that you will not demolish his property for another person in 3-4 years. You at least say that you will pay compensation. But he didn’t understand me,” the ambassador of Uzbekistan to Turkey said.\n"
          "He cited another example when an investor changed his mind about working in Uzbekistan after the words of another official."),
    entities=[("azam", "Alisher Azamkhujayev", "PERSON",
               ["Azamkhujayev", "The Ambassador of Uzbekistan to Turkey Alisher Azamkhujayev",
                "the ambassador of Uzbekistan to Turkey"],
               "Uzbekistan's Ambassador to Turkey"),
              ("khokim", "the first deputy khokim of a region", "PERSON", [],
               "first deputy khokim (governor) of an Uzbek region, on a training visit to Turkey"),
              ("entrepreneurs", "entrepreneurs", "GROUP", [],
               "Turkish entrepreneurs at the meeting with the deputy khokim")],
    mentions=[("m1", "The Ambassador of Uzbekistan to Turkey Alisher Azamkhujayev", "azam"),
              ("m2", ("Azamkhujayev", "According to Azamkhujayev"), "azam"),
              ("m3", "the first deputy khokim of a region", "khokim"),
              ("m4", ("he", "he stood up"), "khokim"),
              ("m5", ("entrepreneurs", "told entrepreneurs:"), "entrepreneurs"),
              ("m6", ("entrepreneurs", "entrepreneurs gazed"), "entrepreneurs"),
              ("m7", ("I", "I told him in a whisper"), "azam"),
              ("m8", "the ambassador of Uzbekistan to Turkey", "azam"),
              ("m9", ("He", "He cited"), "azam")],
    attributions=[("a1", "INDIRECT", "m1", ("told", "Azamkhujayev told"),
                   "the reasons that discourage Turkish entrepreneurs from investing in Uzbekistan", None),
                  ("a2", "INDIRECT", "m2", "According to",
                   seg(T, "the main reasons that stop", "attitude to private property"), None),
                  ("a3", "DIRECT", "m8", ("said", "to Turkey said"),
                   seg(T, "Various managers often come", "But he didn’t understand me,"), None),
                  # Speech introduced by a colon without quotation marks: INDIRECT, the addressee left out.
                  ("a4", "INDIRECT", "m4", ("told", "told entrepreneurs:"),
                   seg(T, "if you come to our region", "give it at your disposal"), "a3"),
                  # "as if to say" reports what the entrepreneurs' looks conveyed: an attitude of others
                  # stated inside a quote (FORMAT.md, Included although borderline), not a hypothetical,
                  # since the looks took place.
                  ("a5", "DIRECT", "m6", ("say", "as if to say"), "You told us everything differently", "a3"),
                  # Inside it, "You at least say that you will pay compensation" is advice (an imperative),
                  # not a reported claim, and is not annotated.
                  ("a6", "DIRECT", "m7", ("told", "I told him"),
                   seg(T, "My dear, people here", "But he didn’t understand me,"), "a3"),
                  # "cited another example": evaluative reporting with a noun-phrase content.
                  ("a7", "INDIRECT", "m9", "cited",
                   "another example when an investor changed his mind about working in Uzbekistan after the words of another official", None)])

# ---------------------------------------------------------------------------------------
# The stored page holds the article's start only; the text stops before the paragraph that the
# stored copy cuts off ("Adly added that in terms of ..."). Its double space is kept as printed.
doc("madamasr-shura-council-case-verdict-lawyers",
    url="https://www.madamasr.com/en/2015/02/22/feature/politics/activists-lawyers-brace-for-verdict-in-shura-council-case/",
    outlet="Mada Masr", country="Egypt", topic="courts-crime", cut=True, published="2015-02-22",
    text=(T := "Activists, lawyers brace for verdict in Shura Council case\n"
          "The Cairo Criminal Court is due to issue its verdict in the Shura Council case at the Torah Police Academy on Monday, determining the fate of 21 political activists.\n"
          "The detained defendants have been charged with the assault and battery of police inspector Emad Tahhoun, stealing his walkie-talkie, partaking in an unauthorised protest, rioting, resisting authorities, blocking streets, obstructing traffic, destruction of public property, along with involvement in acts of thuggery and intimidation.\n"
          "The Shura Council case, which dates back to November 2013, invokes several controversial points – both on legal and political levels. Rights lawyers have questioned and delved-into these controversies before the judiciary in their defense of these jailed activists.\n"
          "Defense lawyer Malek Adly told Mada Masr: “There are not too many options. It’s either going to be a verdict of acquittal or a conviction.”\n"
          "“If the court’s verdict is based solely on legal considerations, the defendants should be acquitted,” Adly added. “This while the prosecution’s witnesses – particularly those testifying on behalf of the Ministry of Interior – would be charged with perjury.”\n"
          "The defense lawyer claimed: “This is basically an open-and-shut case. This trial has been full of legal violations and inconsistencies. The Interior Ministry’s witnesses have clearly been involved in perjury and tampering with evidence.”\n"
          "“Regarding the prosecution’s charges of the theft of officer Emad Tahhoun’s walkie-talkie, these charges should be dismissed as baseless and falsified. The act of theft can only be proven if the evidence in question is retrieved and presented before the court,” Adly said.\n"
          "“There are several courts and judicial circuits which are controlled by security apparatuses.  In such cases the law is not the judge.”"),
    entities=[("lawyers", "Rights lawyers", "GROUP", [], "rights lawyers defending the jailed activists"),
              ("adly", "Malek Adly", "PERSON", ["Adly", "Defense lawyer Malek Adly", "The defense lawyer"],
               "defence lawyer in the Shura Council case"),
              ("prosecution", "the prosecution", "ORGANIZATION", ["prosecution"],
               "the prosecution in the Shura Council case")],
    mentions=[("m1", "Rights lawyers", "lawyers"),
              ("m2", "Defense lawyer Malek Adly", "adly"),
              ("m3", ("Adly", "Adly added"), "adly"),
              ("m4", "The defense lawyer", "adly"),
              ("m5", ("the prosecution", "Regarding the prosecution"), "prosecution"),
              ("m6", ("Adly", "Adly said"), "adly")],
    attributions=[# "have been charged with" (agentless, a legal act) is left out, as in the corpus.
                  # "questioned and delved-into these controversies": the claim is what the lawyers
                  # questioned, the shared object; "before the judiciary ..." is an adjunct.
                  ("a1", "INDIRECT", "m1", "questioned", ("these controversies", "delved-into these"), None),
                  ("a2", "DIRECT", "m2", ("told", "Adly told"),
                   "There are not too many options. It’s either going to be a verdict of acquittal or a conviction.", None),
                  ("a3", "DIRECT", "m3", ("added", "Adly added"),
                   "If the court’s verdict is based solely on legal considerations, the defendants should be acquitted,", None),
                  ("a4", "DIRECT", "m3", None, seg(T, "This while the prosecution", "charged with perjury."), None),
                  ("a5", "DIRECT", "m4", "claimed", seg(T, "This is basically", "tampering with evidence."), None),
                  ("a6", "DIRECT", "m6", ("said", "Adly said"), seg(T, "Regarding the prosecution", "presented before the court,"), None),
                  # Noun cue with a possessive claimant, as the corpus marks "the opposition's claims".
                  ("a7", "INDIRECT", "m5", ("charges", "prosecution’s charges"),
                   "the theft of officer Emad Tahhoun’s walkie-talkie", "a6"),
                  ("a8", "DIRECT", "m6", None, seg(T, "There are several courts", "not the judge."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead ("Shafaq News/" opens the lead as
# printed, like a dateline, and is no attribution). The stored copy ends with the spokesman's
# statement, which the Arabic original also ends with, so the text is taken as uncut.
# The opening mark of the spokesman's second quotation is printed after "an" ("an\" unjustified").
doc("shafaq-iraq-government-spokesman-surprise-krg-accusations",
    url="https://www.shafaq.com/en/Iraq-News/Iraqi-Government-Spokesman-expresses-surprise-at-KRG-accusations",
    outlet="Shafaq News", country="Iraq", topic="politics", cut=False, published="2023-12-31",
    text=(T := "Shafaq News/Iraqi government spokesman Basem al-Awadhi expressed surprise on Sunday at the accusations made by the Kurdistan Regional Government (KRG) against Baghdad regarding the disbursement of financial allocations and recent attacks.\n"
          "\"The federal government expresses its surprise at the statement made by the spokesman for the Kurdistan Regional Government of Iraq, which included various unrealistic and irresponsible accusations, due to a mixture of misleading information and false lies, especially the claim of starving the citizens of the region, forgetting the official figures of financial financing and the admission of regional employees,\" he said in an official statement.\n"
          "The spokesperson said that KRG spokesperson's remarks represent an\" unjustified bias against the constitutional authorities, and their exclusive responsibility for protecting the country's sovereignty.\"\n"
          "\"We affirm that rushing to make judgments and making statements that lack accuracy contribute to complicating the political and governmental scene; as they are non-constructive statements that harm the state of political and social stability, and do not comply with the government's policy, methodology, and national program, in which it has committed to defending the interests of Iraqis in all parts of Iraq and without discrimination.\"\n"
          "He stressed that \"it is the responsibility of the federal government to maintain security and stability throughout Iraq and does not discriminate between its citizens. It has already taken a number of measures and opened an investigation into the latest attack to uncover its circumstances. Such statements complicate the course of the investigation entrusted to the federal security agencies, in coordination with the relevant authorities in the Kurdistan Regional Government of Iraq.\""),
    entities=[("awadhi", "Basem al-Awadhi", "PERSON",
               ["al-Awadhi", "Iraqi government spokesman Basem al-Awadhi", "The spokesperson"],
               "spokesman of the Iraqi federal government"),
              ("krg", "the Kurdistan Regional Government (KRG)", "ORGANIZATION",
               ["Kurdistan Regional Government", "KRG"], "government of Iraq's Kurdistan Region"),
              ("krgspox", "the spokesman for the Kurdistan Regional Government of Iraq", "PERSON",
               ["KRG spokesperson"], "spokesman of the Kurdistan Regional Government")],
    mentions=[("m1", "Iraqi government spokesman Basem al-Awadhi", "awadhi"),
              ("m2", "the Kurdistan Regional Government (KRG)", "krg"),
              ("m3", "the spokesman for the Kurdistan Regional Government of Iraq", "krgspox"),
              ("m4", ("he", "he said in an official"), "awadhi"),
              ("m5", "The spokesperson", "awadhi"),
              ("m6", ("He", "He stressed"), "awadhi")],
    attributions=[# "expressed surprise at X": evaluative reporting ("voiced relief that"); "at" only links the cue.
                  ("a1", "INDIRECT", "m1", "expressed surprise",
                   seg(T, "the accusations made by", "and recent attacks"), None),
                  # The accused is kept, as the corpus keeps it after "accused X of Y".
                  ("a2", "INDIRECT", "m2", ("accusations", "the accusations made"),
                   "Baghdad regarding the disbursement of financial allocations and recent attacks", "a1"),
                  # "The federal government expresses its surprise" is the speaker's own attitude in his
                  # own report and is not split off (FORMAT.md, Excluded although tempting).
                  ("a3", "DIRECT", "m4", ("said", "he said in an official"),
                   seg(T, "The federal government expresses", "admission of regional employees,"), None),
                  # "the claim of ...": its claimant is the KRG spokesman, whose statement the same
                  # sentence names.
                  ("a4", "INDIRECT", "m3", ("claim", "the claim of"), "starving the citizens of the region", "a3"),
                  ("a5", "MIXED", "m5", ("said", "The spokesperson said"),
                   seg(T, "KRG spokesperson's remarks", "country's sovereignty.\""), None),
                  ("a6", "DIRECT", "m5", None, seg(T, "We affirm that rushing", "and without discrimination."), None),
                  ("a7", "DIRECT", "m6", "stressed",
                   seg(T, "it is the responsibility of the federal government", "Regional Government of Iraq."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline and opens with a photo caption that repeats the lead, and its
# credit "(Guillem Sartorio/AFP)": both are removed and the text starts with the lead. It holds
# the article's start only; the text stops before the paragraph that the stored copy cuts off.
doc("mg-pretoria-court-overturns-new-coal-power-plans",
    url="https://mg.co.za/the-green-guardian/2024-12-05-court-overturns-south-africas-coal-fired-power-plans-protecting-childrens-health-and-the-environment",
    outlet="Mail & Guardian", country="South Africa", topic="environment", cut=True, published="2024-12-05",
    text=(T := "The Pretoria high court has overturned the government’s plans to add 1 500 megawatts of new coal-fired power to the national grid.\n"
          "In its landmark ruling delivered on Wednesday, the court found that the government had failed to adequately consider the impact of coal on children’s rights, particularly their right to a healthy environment.\n"
          "Judge Cornelius van der Westhuizen, who presided over the case, declared the government’s 2020 decision to procure the new coal-fired power unlawful and invalid.\n"
          "This was on the basis that there was insufficient consideration of the harms and the limitation of rights of present and future generations that could follow from building new coal-fired electricity generation.\n"
          "The Cancel Coal case was brought by the African Climate Alliance, the Vukani Environmental Justice Movement in Action, groundWork and Friends of the Earth SA, who were represented by the Centre for Environmental Rights, against the former minister of mineral resources and energy and the National Energy Regulator of South Africa (Nersa).\n"
          "Brandon Abdinor, the acting programme head for pollution and climate change at the Centre for Environmental Rights, said the judgment was important.\n"
          "“It sends a clear directive that the harms from burning coal for power must be adequately and transparently considered in the case where environmental and health impacts could limit constitutional rights,” he said, adding that the principle could be applied to similar harms from other sources.\n"
          "“It also recognises that climate harms are particularly important to consider in the case of youth and future generations, as they will be bearing the brunt of climate change impacts.”\n"
          "The future of coal, he emphasised, “is looking ever bleaker and the protection of rights ever more promising”."),
    entities=[("court", "The Pretoria high court", "ORGANIZATION", ["Pretoria high court", "the court"],
               "Pretoria High Court"),
              ("judge", "Cornelius van der Westhuizen", "PERSON",
               ["Judge Cornelius van der Westhuizen", "van der Westhuizen"], "judge who presided over the Cancel Coal case"),
              ("abdinor", "Brandon Abdinor", "PERSON",
               ["Abdinor", "Brandon Abdinor, the acting programme head for pollution and climate change at the Centre for Environmental Rights"],
               "acting programme head for pollution and climate change, Centre for Environmental Rights"),
              # "the judgment" names no author in its noun phrase or sentence: its own entity
              # (FORMAT.md, Documents).
              ("judgment", "the judgment", "ORGANIZATION", ["judgment"], "the Cancel Coal judgment")],
    mentions=[("m1", "The Pretoria high court", "court"),
              ("m2", ("the court", "the court found"), "court"),
              ("m3", "Judge Cornelius van der Westhuizen", "judge"),
              ("m4", "Brandon Abdinor, the acting programme head for pollution and climate change at the Centre for Environmental Rights", "abdinor"),
              ("m5", "the judgment", "judgment"),
              ("m6", ("It", "It sends"), "judgment"),
              ("m7", ("he", "he said, adding"), "abdinor"),
              ("m8", ("It", "It also recognises"), "judgment"),
              ("m9", ("he", "he emphasised"), "abdinor")],
    attributions=[("a1", "INDIRECT", "m2", "found", seg(T, "the government had failed", "a healthy environment"), None),
                  # A verdict ("declared X unlawful"), like "labelled X Y" (FORMAT.md, Included).
                  ("a2", "INDIRECT", "m3", "declared",
                   "the government’s 2020 decision to procure the new coal-fired power unlawful and invalid", None),
                  ("a3", "INDIRECT", "m4", ("said", "Rights, said"), "the judgment was important", None),
                  ("a4", "DIRECT", "m7", ("said", "he said, adding"),
                   seg(T, "It sends a clear directive", "limit constitutional rights,"), None),
                  ("a5", "INDIRECT", "m6", "directive",
                   seg(T, "the harms from burning coal", "limit constitutional rights"), "a4"),
                  ("a6", "INDIRECT", "m7", "adding", "the principle could be applied to similar harms from other sources", None),
                  ("a7", "DIRECT", "m7", None, seg(T, "It also recognises", "climate change impacts."), None),
                  ("a8", "INDIRECT", "m8", "recognises",
                   seg(T, "climate harms are particularly", "climate change impacts"), "a7"),
                  # The parenthetical reporting clause stays inside the claim (FORMAT.md, Contiguity).
                  ("a9", "MIXED", "m9", "emphasised",
                   seg(T, "The future of coal, he emphasised", "ever more promising”"), None)])

# ---------------------------------------------------------------------------------------
# The stored page holds the article's start only; the text stops before the paragraph that the
# stored copy cuts off ("According to Suleiman, receiving it,").
doc("blueprint-adoke-trial-fifth-witness-absent-judge-warns-efcc",
    url="https://www.blueprint.ng/adoke-5th-witness-absent-as-judge-warns-efcc/",
    outlet="Blueprint", country="Nigeria", topic="courts-crime", cut=True,
    text=(T := "Adoke: 5th witness absent, as Judge warns EFCC\n"
          "Justice Nnyang Ekwo of federal high court, Abuja, Wednesday warned the Economic and Financial Crimes Commission (EFCC) against several requests for an adjournment.\n"
          "Ekwo gave the warning at the resumed trial of the former Attorney General of the Federation, Bello Adoke, and a businessman, Aliyu Abubakar.\n"
          "Adoke and Abubakar were re-arraigned by the EFCC on August 4, on an amended 14-count charge bordering on money laundering.\n"
          "The duo is facing trial on a seven counts charge each.\n"
          "Blueprint reports that the court had earlier adjourned the case four times at the instance of the prosecution.\n"
          "The Judge’s reaction was occasioned by a request made by counsel to the EFCC, Bala Sanga, for an adjournment due to the absence of the fifth prosecution witness in the trial.\n"
          "But according to Sanga, the fifth witness became hesitant and refused to come before the court to testify.\n"
          "He nonetheless added that a subpoena has been issued and served on the witness on Wednesday morning, praying the court for a short adjournment to enable the prosecution bring its witness.\n"
          "Responding, Ekwo told the prosecution counsel to take notice that there is a limit to the number of adjournments he can request.\n"
          "On two occasions, the anti-graft commission had sought an adjournment after failing to serve necessary processes (witness statements) on the defendants.\n"
          "Also on Monday, Olalekan Ojo, counsel to Abubakar, a second defendant in the matter, raised an objection saying the statement of the fourth prosecution witness was not added to the proof of evidence served on them.\n"
          "Consequently, an adjournment was also granted at the instance of the EFCC.\n"
          "At the Wednesday proceeding, Farouk Suleiman, a bureau de change (BDC) operator, told the court that sometime in September 2013, Abubakar (second defendant) gave him several (seven) cheques totalling N2 billion and asked him to change it to the dollar equivalent."),
    entities=[("ekwo", "Nnyang Ekwo", "PERSON", ["Ekwo", "Justice Nnyang Ekwo", "the Judge"],
               "judge of the Federal High Court, Abuja"),
              ("blueprint", "Blueprint", "ORGANIZATION", [], "Nigerian newspaper"),
              ("sanga", "Bala Sanga", "PERSON", ["Sanga", "counsel to the EFCC, Bala Sanga", "the prosecution counsel"],
               "counsel to the EFCC"),
              ("ojo", "Olalekan Ojo", "PERSON", ["Ojo"], "counsel to the second defendant, Aliyu Abubakar"),
              ("suleiman", "Farouk Suleiman", "PERSON",
               ["Suleiman", "Farouk Suleiman, a bureau de change (BDC) operator"], "bureau de change operator, fourth prosecution witness"),
              ("abubakar", "Aliyu Abubakar", "PERSON", ["Abubakar"], "businessman, second defendant")],
    mentions=[("m1", "Justice Nnyang Ekwo", "ekwo"),
              ("m2", ("Ekwo", "Ekwo gave"), "ekwo"),
              ("m3", "Aliyu Abubakar", "abubakar"),
              ("m4", ("Abubakar", "Adoke and Abubakar"), "abubakar"),
              ("m5", ("Blueprint", "Blueprint reports"), "blueprint"),
              ("m6", "counsel to the EFCC, Bala Sanga", "sanga"),
              ("m7", ("Sanga", "according to Sanga"), "sanga"),
              ("m8", ("He", "He nonetheless"), "sanga"),
              ("m9", ("Ekwo", "Ekwo told"), "ekwo"),
              ("m10", "the prosecution counsel", "sanga"),
              ("m11", "Olalekan Ojo, counsel to Abubakar", "ojo"),
              ("m12", "Farouk Suleiman, a bureau de change (BDC) operator", "suleiman"),
              ("m13", ("Abubakar", "Abubakar (second defendant)"), "abubakar")],
    attributions=[# The headline's "Adoke:" is a topic label, not a speaker, and "Judge warns EFCC" has
                  # no content: no attribution.
                  # "warned X against Y": the addressee is left out and "against" only links the cue.
                  ("a1", "INDIRECT", "m1", ("warned", "Wednesday warned"), "several requests for an adjournment", None),
                  ("a2", "INDIRECT", "m5", "reports",
                   "the court had earlier adjourned the case four times at the instance of the prosecution", None),
                  # Noun cue "request": "for" only links it, and "due to the absence ..." is the
                  # request's reason, an adjunct of the reporting event (FORMAT.md, Adjuncts).
                  ("a3", "INDIRECT", "m6", ("request", "a request made"), ("an adjournment", "for an adjournment due"), None),
                  ("a4", "INDIRECT", "m7", "according to",
                   "the fifth witness became hesitant and refused to come before the court to testify", None),
                  ("a5", "INDIRECT", "m8", ("added", "nonetheless added"),
                   "a subpoena has been issued and served on the witness on Wednesday morning", None),
                  # "X added A, praying B" is two claims of X (seed a18/a19). The addressee "the court"
                  # is left out; "to enable the prosecution bring its witness" is the purpose of the
                  # prayer, an adjunct as in "in an effort to slow traffic" (FORMAT.md, Adjuncts).
                  ("a6", "INDIRECT", "m8", "praying", ("a short adjournment", "for a short adjournment"), None),
                  ("a7", "INDIRECT", "m9", ("told", "Ekwo told"),
                   "to take notice that there is a limit to the number of adjournments he can request", None),
                  # "the anti-graft commission had sought an adjournment" is left out as a procedural
                  # act, as the corpus mostly leaves "sought" unannotated.
                  ("a8", "INDIRECT", "m11", "saying",
                   "the statement of the fourth prosecution witness was not added to the proof of evidence served on them", None),
                  ("a9", "INDIRECT", "m12", ("told", "operator, told"),
                   seg(T, "sometime in September 2013", "to the dollar equivalent"), None),
                  ("a10", "INDIRECT", "m13", ("asked", "asked him to change"), "to change it to the dollar equivalent", "a9")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: a "Read this in Russian" link ("Читайте этот материал на
# русском.") is removed and the text starts with its lead. It holds the article's start only; the
# text stops before the quotation that the stored copy cuts off. The unquoted cross-head "A Thick
# Layer of Smog" is a label.
doc("vlast-bishkek-smog-half-hearted-battle-with-pollution",
    url="https://vlast.kz/english/63611-smog-and-mirrors-bishkeks-half-hearted-battle-with-pollution.html",
    outlet="Vlast.kz", country="Kazakhstan", topic="environment", cut=True,
    text=(T := "Locals have come to dread the winter in Bishkek, Kyrgyzstan’s capital, with plunging temperatures invariably accompanied by a suffocating layer of smog. This year has been particularly bad: During a recent cold snap, air quality in the city ranked third-worst in the world.\n"
          "The government has made plenty of promises to tackle the problem, but residents are yet to feel tangible results. On January 22, in a fast-paced session at the Jogorku Kenesh, Kyrgyzstan’s parliament, deputies proposed a swathe of new ideas ranging from mobile air quality monitoring stations to restrictions on the sale of low-quality coal. Others advocated a tax on older vehicles, or indeed to banish cars from the city altogether for 24 hours.\n"
          "Many are convinced the government is dragging its heels. Back in November, MP Kamila Talieva called for making 2025 “The Year of the Fight Against Smog”, accusing the authorities of “indifference”.\n"
          "But there are few means of holding the authorities to account. While dirty air might act as a physical rebuke to a regime that has silenced other sources of criticism, will it prompt it into action?\n"
          "A Thick Layer of Smog\n"
          "Recent drone footage from local website Kaktus Media showed the scale of the challenge facing the authorities. On an otherwise bright and cloudless winter day, the city below can barely be seen, wreathed in a layer of grey mist.\n"
          "Down at street level, this cloying haze can be hazardous. On a bad day, the smog is not only visible, but can be perceived by all the senses: the sound of people coughing, and the smell and taste of the fumes.\n"
          "A spokesperson for the World Bank, which has pledged $50 million to improve air quality in Kyrgyzstan, told Vlast that the major threat is presented by extremely fine, inhalable particles called PM2.5."),
    entities=[("govt", "The government", "ORGANIZATION", ["the government"], "government of Kyrgyzstan"),
              ("deputies", "deputies", "GROUP", [], "deputies of the Jogorku Kenesh"),
              ("others", "Others", "GROUP", [], "other deputies of the Jogorku Kenesh"),
              ("many", "Many", "GROUP", [], "many people in Bishkek"),
              ("talieva", "Kamila Talieva", "PERSON", ["Talieva", "MP Kamila Talieva"], "member of Kyrgyzstan's parliament"),
              # The source noun phrase is "A spokesperson for the World Bank"; its head is the mention,
              # so that the bank, the antecedent of "which has pledged", has a mention of its own.
              ("spox", "A spokesperson for the World Bank", "PERSON", ["spokesperson for the World Bank"],
               "World Bank spokesperson"),
              ("wb", "the World Bank", "ORGANIZATION", ["World Bank"], "World Bank")],
    mentions=[("m1", "The government", "govt"),
              ("m2", "deputies", "deputies"),
              ("m3", "Others", "others"),
              ("m4", "Many", "many"),
              ("m5", ("the government", "the government is dragging"), "govt"),
              ("m6", "MP Kamila Talieva", "talieva"),
              ("m7", "A spokesperson", "spox"),
              ("m8", "the World Bank", "wb")],
    attributions=[# Noun cue "promises to X" -> "to X", as FORMAT.md's "renewed its pledge to X".
                  ("a1", "INDIRECT", "m1", "promises", "to tackle the problem", None),
                  ("a2", "INDIRECT", "m2", "proposed",
                   seg(T, "a swathe of new ideas", "sale of low-quality coal"), None),
                  ("a3", "INDIRECT", "m3", "advocated",
                   "a tax on older vehicles, or indeed to banish cars from the city altogether for 24 hours", None),
                  # A belief with a named (if vague) subject, as the journalist reports it.
                  ("a4", "INDIRECT", "m4", "convinced", "the government is dragging its heels", None),
                  ("a5", "MIXED", "m6", "called for", "making 2025 “The Year of the Fight Against Smog”", None),
                  ("a6", "MIXED", "m6", "accusing", "the authorities of “indifference”", None),
                  # "footage ... showed" is an evidential, left out.
                  # A speech act in the relative clause of the source noun phrase: the source is its
                  # antecedent, the bank.
                  ("a7", "INDIRECT", "m8", "pledged", "$50 million to improve air quality in Kyrgyzstan", None),
                  ("a8", "INDIRECT", "m7", ("told", "told Vlast"),
                   "the major threat is presented by extremely fine, inhalable particles called PM2.5", None)])

write("train_al.jsonl")
