#!/usr/bin/env python3
"""Writes test25_b.jsonl: real-news gold, split test25-b (see gold.py). Run: python3 make_test25_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The Botswana Gazette. The headline and its two bullet points are kept (the bullets' leading
# indentation is dropped, the bullet marks kept); the stored copy runs on into "Kgotla meetings
# without MP" and a paragraph that breaks off inside a quotation, so the text is cut before that
# cross-head. "Four people" is an unquoted cross-head: a label, not a claim.
# The headline is a "claim – name" headline (null cue, source "Kablay"). The first bullet's
# "accuses unnamed ministers of sponsoring ..." is read like "thanked the jury for reaching ...":
# the accused are left outside, the content is what they are accused of; the lead's "has accused
# some ministers of sponsoring ..." likewise. The second bullet ("Says he will stand his ground")
# has no subject of its own; it shares the first bullet's, so its source is the mention "Chief
# whip" (as "It said ..., though did not go into detail" shares one subject).
# "the ministers whom he says think themselves “too powerful” ..." holds a nested "says" inside
# the vow (MIXED, the content being the relative clause after the cue, as "what they said was an
# “alarming” increase"). "they believe that I am always against them" is an attitude of others
# stated inside Kablay's quotation (nested, source the ministers' "they"); "They are telling
# voters that I am not one of their own" likewise (source the challengers, the "more than four
# people" that "they are now playing the tribal card" refers to; the voters are addressees).
# "They have even gone as far as pledging campaign funds for those who want to challenge me" is a
# commissive speech act of the ministers nested in the same quotation (as "renewed its pledge").
# "According to him" has the pronoun as source.
# Left out: "prefers not to reveal their names" (a preference with no open question, not the
# seed's refusals), "intends"/"want to punish me"/"want to challenge me" (wishes, not claims),
# "think themselves “too powerful”" (an attitude inside an indirect claim, not a quotation),
# "they see you as an enemy" (a generic, hypothetical "each time you differ" inside a quote) and
# "the authority to speak up" (no content).
doc("thegazette-botswana-kablay-ministers-want-me-out",
    url="https://www.thegazette.news/news/some-ministers-want-me-out-kablay/",
    outlet="The Botswana Gazette", country="Botswana", topic="politics", cut=True,
    text=(T := "Some Ministers Want Me Out – Kablay\n"
          "• Chief whip accuses unnamed ministers of sponsoring his challengers\n"
          "• Says he will stand his ground and fight\n"
          "Government Whip Liakat Kablay has accused some ministers of sponsoring a campaign to remove him as MP for Letlhakeng-Lephephe ahead of the 2024 general elections.\n"
          "Although he prefers not to reveal their names yet, Kablay says he is fully aware who these ministers are and what their mission is. “I am aware of their plans,” he told The Gazette in an interview this week.\n"
          "“I understand that they want to punish me because they believe that I am always against them in Parliament. They have even gone as far as pledging campaign funds for those who want to challenge me in primary elections.”\n"
          "Four people\n"
          "According to him, more than four people are preparing to challenge him in the primaries of the Botswana Democratic Party (BDP) next year. “The most unfortunate thing is that they are now playing the tribal card,” Kablay said.\n"
          "“They are telling voters that I am not one of their own. This constituency was a Botswana National Front (BNF) stronghold for a very long time until I decided to challenge Gordon Mokgwathi in 2009 and I won it for the BDP.”\n"
          "The Chief Whip has vowed to stand his ground and fight against the ministers whom he says think themselves “too powerful” for any MP or backbencher to call to account or offer advice to. “This is one of the biggest problems with the 12th Parliament,” Kablay said.\n"
          "“Each time you differ with some of them, they see you as an enemy. As Chief Whip, I have the authority to speak up when things aren’t going well. My duty is to protect the image of this government and I will continue to do so without fail.”"),
    entities=[("kablay", "Liakat Kablay", "PERSON",
               ["Kablay", "Government Whip Liakat Kablay", "The Chief Whip", "Chief whip"],
               "Government (Chief) Whip, BDP MP for Letlhakeng-Lephephe"),
              ("ministers", "some ministers", "GROUP",
               ["Some Ministers", "unnamed ministers", "these ministers", "the ministers"],
               "unnamed cabinet ministers Kablay accuses"),
              ("challengers", "more than four people", "GROUP", ["his challengers"],
               "those preparing to challenge Kablay in the BDP primaries")],
    mentions=[("m1", ("Some Ministers", "Some Ministers Want"), "ministers"),
              ("m2", ("Kablay", "Out – Kablay"), "kablay"),
              ("m3", "Chief whip", "kablay"),
              ("m4", "unnamed ministers", "ministers"),
              ("m5", "his challengers", "challengers"),
              ("m6", "Government Whip Liakat Kablay", "kablay"),
              ("m7", ("some ministers", "some ministers of sponsoring"), "ministers"),
              ("m8", ("Kablay", "Kablay says"), "kablay"),
              ("m9", "these ministers", "ministers"),
              ("m10", ("he", "he told The Gazette"), "kablay"),
              ("m11", ("they", "they believe"), "ministers"),
              ("m20", ("They", "They have even gone"), "ministers"),
              ("m12", ("him", "According to him"), "kablay"),
              ("m13", "more than four people", "challengers"),
              ("m14", ("Kablay", "tribal card,” Kablay said"), "kablay"),
              ("m15", ("They", "They are telling"), "challengers"),
              ("m16", "The Chief Whip", "kablay"),
              ("m17", ("the ministers", "the ministers whom"), "ministers"),
              ("m18", ("he", "he says think"), "kablay"),
              ("m19", ("Kablay", "12th Parliament,” Kablay said"), "kablay")],
    attributions=[("a1", "INDIRECT", "m2", None, "Some Ministers Want Me Out", None),
                  ("a2", "INDIRECT", "m3", "accuses", "sponsoring his challengers", None),
                  ("a3", "INDIRECT", "m3", "Says", "he will stand his ground and fight", None),
                  ("a4", "INDIRECT", "m6", ("accused", "has accused"),
                   "sponsoring a campaign to remove him as MP for Letlhakeng-Lephephe ahead of the 2024 general elections", None),
                  ("a5", "INDIRECT", "m8", ("says", "Kablay says"),
                   "he is fully aware who these ministers are and what their mission is", None),
                  ("a6", "DIRECT", "m10", "told", "I am aware of their plans,", None),
                  ("a7", "DIRECT", "m10", None, seg(T, "I understand that they want", "in primary elections."), None),
                  ("a8", "INDIRECT", "m11", "believe", "I am always against them in Parliament", "a7"),
                  ("a17", "INDIRECT", "m20", "pledging",
                   "campaign funds for those who want to challenge me in primary elections", "a7"),
                  ("a9", "INDIRECT", "m12", "According to",
                   "more than four people are preparing to challenge him in the primaries of the Botswana Democratic Party (BDP) next year", None),
                  ("a10", "DIRECT", "m14", ("said", "tribal card,” Kablay said"),
                   "The most unfortunate thing is that they are now playing the tribal card,", None),
                  ("a11", "DIRECT", "m14", None, seg(T, "They are telling voters", "it for the BDP."), None),
                  ("a12", "INDIRECT", "m15", "telling", "I am not one of their own", "a11"),
                  ("a13", "MIXED", "m16", "vowed",
                   seg(T, "to stand his ground and fight against", "offer advice to", "has vowed"), None),
                  ("a14", "MIXED", "m18", ("says", "he says think"),
                   "think themselves “too powerful” for any MP or backbencher to call to account or offer advice to", "a13"),
                  ("a15", "DIRECT", "m19", ("said", "12th Parliament,” Kablay said"),
                   "This is one of the biggest problems with the 12th Parliament,", None),
                  ("a16", "DIRECT", "m19", None, seg(T, "Each time you differ", "without fail."), None)])

# ---------------------------------------------------------------------------------------
# Windhoek Observer (its site observer24.com.na). The stored page has no headline, so the text starts with the
# lead; the byline ("Obrein Simasiku") is left out. The stored copy breaks off in "who both
# wanted to understand the weight of the", so the text is cut before that paragraph. The second
# paragraph ends in a comma as printed.
# "warrant officer Nakanyala, who is objecting to the granting of bail": the cue sits in a
# relative clause, so its antecedent is the source; "objecting to" keeps its particle and the
# content is its object. "the state opposes bail citing the seriousness ..." is two claims of the
# state (X said A, citing B), "opposes bail" being read like "spoke out against the
# development". "offered to pay bail of N$1000" is a speech act (an offer) with its infinitive as
# content, as "renewed its pledge to X". "In addition, he said, the protest ...": the connective
# is left out and the parenthetical clause starts the sentence, so the content is the rest.
# Left out: "They are charged for inciting public violence ..." (a charge, an action) and the
# cross-examination itself.
doc("observer24-namibia-amushelelo-nauyoma-bail-fight",
    url="https://observer24.com.na/?p=8940",
    outlet="Windhoek Observer", country="Namibia", topic="courts-crime", cut=True,
    text=(T := "The fight for bail in the China Town protest rages on in the Katutura Magistrate’s Court with defence lawyers set to make final submissions tomorrow afternoon.\n"
          "The matter was postponed today following cross examinations of both accused and the state witness, who happens to be the police investigator, warrant officer Nakanyala, who is objecting to the granting of bail,\n"
          "The matter involves Namibia Economic Freedom Fighter (NEFF) commissar for economic development Michael Amushelelo, who was arrested on Friday morning after handing himself over to the Police, while his co-accused Affirmative Repositioning Movement (AR) activist Dimbulukeni Nauyoma was apprehended hours later on the same day after an ugly standoff with the police.\n"
          "The duo was arrested together with six others, who were released on warning. The accused have been in police custody since Friday, as the state opposes bail citing the seriousness of their alleged transgressions. They are charged for inciting public violence and assault through threatening among others.\n"
          "During the cross examination, Amushelelo noted that he has a wife and a six-year-old daughter who solely depend on him. In addition, he argued that he has cash investments amounting to N$15 million as well as land to the value of N$5 million and therefore is not a flight risk.\n"
          "Amushelelo offered to pay bail of N$1000. Meanwhile, Nauyoma argued that he is an activist by birth, and that it was necessary for him to be released on bail so that he can continue with his activism which fights for injustices.\n"
          "In addition, he said, the protest during which he was arrested was a peaceful one and saw no need why the police had to use teargas and fire rubber bullets to disburse the demonstrators. He offered to pay bail of N$500."),
    entities=[("nakanyala", "Nakanyala", "PERSON",
               ["warrant officer Nakanyala", "the state witness", "the police investigator"],
               "police investigator, state witness in the bail hearing"),
              ("amushelelo", "Michael Amushelelo", "PERSON",
               ["Amushelelo",
                "Namibia Economic Freedom Fighter (NEFF) commissar for economic development Michael Amushelelo"],
               "NEFF commissar for economic development, accused"),
              ("nauyoma", "Dimbulukeni Nauyoma", "PERSON",
               ["Nauyoma", "his co-accused Affirmative Repositioning Movement (AR) activist Dimbulukeni Nauyoma"],
               "AR activist, co-accused"),
              ("state", "the state", "ORGANIZATION", [], "the prosecution")],
    mentions=[("m1", "the state witness", "nakanyala"),
              ("m2", "the police investigator", "nakanyala"),
              ("m3", "warrant officer Nakanyala", "nakanyala"),
              ("m4", "Namibia Economic Freedom Fighter (NEFF) commissar for economic development Michael Amushelelo", "amushelelo"),
              ("m5", "his co-accused Affirmative Repositioning Movement (AR) activist Dimbulukeni Nauyoma", "nauyoma"),
              ("m6", ("the state", "the state opposes"), "state"),
              ("m7", ("Amushelelo", "Amushelelo noted"), "amushelelo"),
              ("m8", ("he", "he argued that he has cash"), "amushelelo"),
              ("m9", ("Amushelelo", "Amushelelo offered"), "amushelelo"),
              ("m10", ("Nauyoma", "Nauyoma argued"), "nauyoma"),
              ("m11", ("he", "he said, the protest"), "nauyoma"),
              ("m12", ("He", "He offered"), "nauyoma")],
    attributions=[("a1", "INDIRECT", "m3", "objecting to", ("the granting of bail", "objecting to the granting"), None),
                  ("a2", "INDIRECT", "m6", "opposes", ("bail", "opposes bail citing"), None),
                  ("a3", "INDIRECT", "m6", ("citing", "bail citing"), "the seriousness of their alleged transgressions", None),
                  ("a4", "INDIRECT", "m7", "noted", "he has a wife and a six-year-old daughter who solely depend on him", None),
                  ("a5", "INDIRECT", "m8", ("argued", "he argued that he has cash"),
                   "he has cash investments amounting to N$15 million as well as land to the value of N$5 million and therefore is not a flight risk", None),
                  ("a6", "INDIRECT", "m9", ("offered", "Amushelelo offered"), "to pay bail of N$1000", None),
                  ("a7", "INDIRECT", "m10", ("argued", "Nauyoma argued"),
                   seg(T, "he is an activist by birth", "fights for injustices"), None),
                  ("a8", "INDIRECT", "m11", ("said", "he said, the protest"),
                   seg(T, "the protest during which he was arrested", "disburse the demonstrators"), None),
                  ("a9", "INDIRECT", "m12", ("offered", "He offered"), "to pay bail of N$500", None)])

# ---------------------------------------------------------------------------------------
# Sierraloaded. The stored page has no headline, so the text starts with the lead; the photo
# caption ("Water Crisis Freetown") and the "ALSO READ: Kamarainba Slams President Koroma Over
# Freetown Water Crisis" link are left out. The stored copy breaks off in "“One of the training I
# did not receive is that of a magician, but am working very hard to ens", so the text is cut
# before that paragraph. Spelling and grammar are as printed ("excepted" for "expected",
# "portable water", "has claimed").
# "Residents of WARD 384", "The residents", "The natives of Sorie Town", "the residents" and "The
# people" are one collective in one scene (FORMAT.md, Coreference). "demanding the resignation of
# their Councilor for allegedly neglecting ...": the for-phrase gives the reason for demanding and
# is left out as an adjunct (content "the resignation of their Councilor"); "allegedly" is a
# hedge. "People living up the hills, she noted trekked ..." and "The problem, she said has
# refused ..." keep their parenthetical clauses inside the content (FORMAT.md, Contiguity).
# "the efforts government claims it has put in the sector" holds a claim of the government nested
# in the chairlady's; its object is the relative gap, so the content is "it has put in the
# sector" (as "photos which the judge called ..."). "the residents excepted that ..." (for
# "expected") is a belief with a named subject; "He however hoped that ..." likewise. "Our
# reporter observed that ..." is the outlet's reporter as a named speaker.
# "The magnitude of the crisis situation" before the councillor's name is a garbled opening and is
# left out of the source span.
doc("sierraloaded-sorie-town-water-crisis-councillor",
    url="https://sierraloaded.com/sorie-town-demands-councillors-resignation-over-water-crisis/",
    outlet="Sierraloaded", country="Sierra Leone", topic="local", cut=True,
    text=(T := "Residents of WARD 384 in Sorie Town are demanding the resignation of their Councilor for allegedly neglecting his social responsibility with regards the provision of safe and hygienic drinking water for his constituents. The residents says they have reverted to drinking well water for lack of pipe borne waters in the entire community.\n"
          "The people appear to have been going through constant water shortage and the situation persists as the crisis has cowed the residents into an untold suffering.\n"
          "The natives of Sorie Town has claimed that they are going through the most excruciating pains and trauma as a results of water crisis.\n"
          "The chairlady of the Sorie Town community, Mariama Jusu alleged that getting portable water in the hillsides of the community is like searching for a needle in a haystack.\n"
          "People living up the hills, she noted trekked close to a mile daily to fetch water from moribund boreholes situated at the outskirts of the community.\n"
          "The problem, she said has refused to abate despite the efforts government claims it has put in the sector. But the residents excepted that the situation would have improved by now. But the opposite is the case as the water shortage remains.\n"
          "The crisis seems to be taking an alarming dimensions as long queues of people, buckets of various size and shapes are seen lined up at water wells in the Sorie Town community. Our reporter observed that queue continue to stretch form distances between half a kilometer to over a kilometer at various water wells.\n"
          "The magnitude of the crisis situation the ruling party Councilor Shiaka Lamin Dumbuya said that since he was not a magician, the queue for water cannot be eliminated by a wave of the magic wand. He however hoped that the by the end of April 2016 the queues would have be completely dominated."),
    entities=[("residents", "Residents of WARD 384 in Sorie Town", "GROUP",
               ["The residents", "The natives of Sorie Town", "The people"], "residents of Ward 384, Sorie Town, Freetown"),
              ("dumbuya", "Shiaka Lamin Dumbuya", "PERSON",
               ["Dumbuya", "their Councilor", "the ruling party Councilor Shiaka Lamin Dumbuya"],
               "ruling-party councillor of Ward 384"),
              ("jusu", "Mariama Jusu", "PERSON",
               ["Jusu", "The chairlady of the Sorie Town community, Mariama Jusu"], "chairlady of the Sorie Town community"),
              ("government", "government", "ORGANIZATION", [], "the government of Sierra Leone"),
              ("reporter", "Our reporter", "PERSON", [], "Sierraloaded's reporter")],
    mentions=[("m1", "Residents of WARD 384 in Sorie Town", "residents"),
              ("m2", "their Councilor", "dumbuya"),
              ("m3", ("The residents", "The residents says"), "residents"),
              ("m4", ("The people", "The people appear"), "residents"),
              ("m5", ("the residents", "cowed the residents"), "residents"),
              ("m6", "The natives of Sorie Town", "residents"),
              ("m7", "The chairlady of the Sorie Town community, Mariama Jusu", "jusu"),
              ("m8", ("she", "she noted"), "jusu"),
              ("m9", ("she", "she said has"), "jusu"),
              ("m10", ("government", "government claims"), "government"),
              ("m11", ("the residents", "the residents excepted"), "residents"),
              ("m12", "Our reporter", "reporter"),
              ("m13", "the ruling party Councilor Shiaka Lamin Dumbuya", "dumbuya"),
              ("m14", ("He", "He however hoped"), "dumbuya")],
    attributions=[("a1", "INDIRECT", "m1", "demanding", "the resignation of their Councilor", None),
                  ("a2", "INDIRECT", "m3", "says",
                   "they have reverted to drinking well water for lack of pipe borne waters in the entire community", None),
                  ("a3", "INDIRECT", "m6", "claimed",
                   "they are going through the most excruciating pains and trauma as a results of water crisis", None),
                  ("a4", "INDIRECT", "m7", ("alleged", "Jusu alleged"),
                   "getting portable water in the hillsides of the community is like searching for a needle in a haystack", None),
                  ("a5", "INDIRECT", "m8", "noted",
                   seg(T, "People living up the hills", "outskirts of the community"), None),
                  ("a6", "INDIRECT", "m9", ("said", "she said has"),
                   "The problem, she said has refused to abate despite the efforts government claims it has put in the sector", None),
                  ("a7", "INDIRECT", "m10", "claims", "it has put in the sector", "a6"),
                  ("a8", "INDIRECT", "m11", "excepted", "the situation would have improved by now", None),
                  ("a9", "INDIRECT", "m12", "observed",
                   "queue continue to stretch form distances between half a kilometer to over a kilometer at various water wells", None),
                  ("a10", "INDIRECT", "m13", ("said", "Dumbuya said"),
                   "since he was not a magician, the queue for water cannot be eliminated by a wave of the magic wand", None),
                  ("a11", "INDIRECT", "m14", "hoped",
                   "the by the end of April 2016 the queues would have be completely dominated", None)])

# ---------------------------------------------------------------------------------------
# KingFut. The navigation ("Connect with us", the section label "Egyptian Football News") and the
# photo caption ("Hector Cuper") are left out; the headline is kept. The lead prints
# "Just-appointed manager" and "He praised Fiorentina star saying" without the linked names the
# page lost; they are kept as printed. The stored copy breaks off in "The manager spoke of the
# Egyptian Premier League saying he is aware it has stopped since the Air Defence Stadium", so the
# text is cut before that paragraph. The date is the one in the page's address.
# The colon headline has Cúper as source and a null cue; it holds quoted words, so it is MIXED.
# "spoke to the media of his new job" is read like "go into detail on the type of hardware"
# (content the topic "his new job"; "the media" is an addressee). The two quotations after "he
# said" are closed at their paragraph ends, so each is its own attribution continuing him (null
# cue); the one opened in "“He’s a fantastic player." is left open at its paragraph end and runs
# on to the next closing mark: one attribution continuing "He praised ...". "a friend who told me
# that ..." is nested in Cúper's quotation. "He praised Fiorentina star saying ..." and "played
# down this fact, saying “...”" are each two claims (X said A, warning that B); "saying “...”"
# has a wholly quoted object, so it is DIRECT.
doc("kingfut-cuper-leading-egypt-appealing",
    url="https://www.kingfut.com/2015/03/10/hector-cupers-first-statements-upon-arrival-to-egypt/",
    outlet="KingFut", country="Egypt", topic="sport", cut=True, published="2015-03-10",
    text=(T := "Héctor Cúper: Leading ‘full of talent’ Egypt was appealing\n"
          "Just-appointed manager arrived in Cairo yesterday evening and spoke to the media of his new job for the first time today.\n"
          "Cúper revealed that negotiations with the (EFA) didn’t take long. “I thank them for the negotiations that went through without any obstacles,” he said.\n"
          "“Leading Egypt was appealing to me. I accepted the post because Egypt is a big team, it is the most prized in Africa and it is full of talent capable of achievements both on the continental stage and on the world stage.”\n"
          "“I spoke with a friend who told me that the national team is very important to Egyptian players and an honour to play in. I was happy to hear these words.”\n"
          "The Argentine said he does not have a magic wand but will try to correct Egypt’s negative run of results in recent times.\n"
          "He praised Fiorentina star saying Salah was the first name that came to his mind when he heard of Egypt’s offer. “He’s a fantastic player. I followed his recent games with Fiorentina. He’s putting in great performances right now, but he’s only one player in a collective team. I have to concentrate on building a full team.\n"
          "“I don’t know all the players here but I’ll waste no time to learn everything about the team. I will live in Cairo to watch the players up close.”\n"
          "The 59-year-old has never worked in Africa before but played down this fact, saying “the offside rule works the same in Africa or Europe or South America. The task is the same: score and don’t concede.”\n"
          "Cúper revealed he is planning to play a friendly at the end of this month. He said that people can evaluate him on performances in friendlies as well as official games. “I am not always bothered by criticism because sometimes it is true,” he remarked."),
    entities=[("cuper", "Héctor Cúper", "PERSON",
               ["Cúper", "Just-appointed manager", "The Argentine", "The 59-year-old"],
               "newly appointed Egypt national team manager"),
              ("friend", "a friend", "PERSON", [], "a friend of Cúper's")],
    mentions=[("m1", "Héctor Cúper", "cuper"),
              ("m2", "Just-appointed manager", "cuper"),
              ("m3", ("Cúper", "Cúper revealed that"), "cuper"),
              ("m4", ("he", "obstacles,” he said"), "cuper"),
              ("m5", ("a friend", "a friend who told"), "friend"),
              ("m6", "The Argentine", "cuper"),
              ("m7", ("He", "He praised"), "cuper"),
              ("m8", "The 59-year-old", "cuper"),
              ("m9", ("Cúper", "Cúper revealed he"), "cuper"),
              ("m10", ("He", "He said that people"), "cuper"),
              ("m11", ("he", "he remarked"), "cuper")],
    attributions=[("a1", "MIXED", "m1", None, "Leading ‘full of talent’ Egypt was appealing", None),
                  ("a2", "INDIRECT", "m2", ("spoke", "spoke to the media"), "his new job", None),
                  ("a3", "INDIRECT", "m3", ("revealed", "Cúper revealed that"),
                   "negotiations with the (EFA) didn’t take long", None),
                  ("a4", "DIRECT", "m4", ("said", "obstacles,” he said"),
                   "I thank them for the negotiations that went through without any obstacles,", None),
                  ("a5", "DIRECT", "m4", None, seg(T, "Leading Egypt was appealing to me.", "on the world stage."), None),
                  ("a6", "DIRECT", "m4", None, seg(T, "I spoke with a friend", "to hear these words."), None),
                  ("a7", "INDIRECT", "m5", ("told", "who told me"),
                   "the national team is very important to Egyptian players and an honour to play in", "a6"),
                  ("a8", "INDIRECT", "m6", ("said", "The Argentine said"),
                   "he does not have a magic wand but will try to correct Egypt’s negative run of results in recent times", None),
                  ("a9", "INDIRECT", "m7", "praised", "Fiorentina star", None),
                  ("a10", "INDIRECT", "m7", ("saying", "star saying"),
                   "Salah was the first name that came to his mind when he heard of Egypt’s offer", None),
                  ("a11", "DIRECT", "m7", None, seg(T, "He’s a fantastic player.", "the players up close."), None),
                  ("a12", "INDIRECT", "m8", "played down", "this fact", None),
                  ("a13", "DIRECT", "m8", ("saying", "fact, saying"),
                   seg(T, "the offside rule works", "score and don’t concede."), None),
                  ("a14", "INDIRECT", "m9", ("revealed", "Cúper revealed he"),
                   "he is planning to play a friendly at the end of this month", None),
                  ("a15", "INDIRECT", "m10", ("said", "He said that people"),
                   "people can evaluate him on performances in friendlies as well as official games", None),
                  ("a16", "DIRECT", "m11", "remarked",
                   "I am not always bothered by criticism because sometimes it is true,", None)])

# ---------------------------------------------------------------------------------------
# The Port City News (Port Harcourt). The headline is kept. The stored copy breaks off in "He
# alleged that a conservative estimate of about 4,000 barrels of crude oil was discharged into
# the ecosystem, which is not hea", so the text is cut before that paragraph.
# "He called for proper clean up of the Nembe crude oil spill which, he said, has affected ...":
# the call's content keeps its relative clause with the parenthetical "he said" (Contiguity), and
# that "said" is a claim nested in the call, its content the clause after the relative pronoun
# (as "what they said was an “alarming” increase"). Each of the two quotations runs over three
# paragraphs that end without a closing mark and reopen, so each is one attribution.
# Left out: "to confirm the capping of the leaking well" (a purpose), "to verify the news that the
# spill was curtailed" and "following information we got that the spill has been stopped" (nouns
# with no claimant, as FORMAT.md's "on news that ..."), "We thought that ..." (the speaker's own
# attitude in his quotation) and "willing to show to the world that ..." (hypothetical).
doc("theportcitynews-nembe-oil-spill-site-access-denied",
    url="https://theportcitynews.com/top-news/csos-community-leaders-denied-access-to-nembe-oil-spill-site",
    outlet="The Port City News", country="Nigeria", topic="environment", cut=True,
    text=(T := "CSOs, community leaders denied access to Nembe oil spill site\n"
          "Some Civil Society Organisations, community leaders and activists have been denied access to the Nembe oil spill site within the Oil Mining Lease (OML) 29 operated by Aiteo Eastern Exploration and Production.\n"
          "They were in the Santa Barbara River during the weekend to confirm the capping of the leaking well but were prevented by security operatives who cordoned off the area.\n"
          "The team included representatives of Environmental Right Action (ERA), Health of Mother Earth Foundation, Community Leaders from Nembe, Civil Liberties Organisation and some Niger Delta activists.\n"
          "Executive Director of ERA, Chima Williams, said that the control of the security apparatus by the oil companies left much to be desired.\n"
          "He called for proper clean up of the Nembe crude oil spill which, he said, has affected the people negatively, as well as aquatic lives.\n"
          "“The crude oil that they are cleaning up still enters back to the same river that they are flushing.\n"
          "“There is no facility that is created to contain the same flushing dirty water that has sediment, which remains polluted.\n"
          "“This is creating problems for those living in this environment and the aquatic lives in the ecosystem,” he said.\n"
          "The executive director, Health of Mother Earth Foundation, Nnimmo Bassey, said the team was at the spill site to verify the news that the spill was curtailed and assess the damage done to the environment.\n"
          "“Our team came to see things for ourselves following information we got that the spill has been stopped.\n"
          "“We thought that they would be willing to show to the world that the spill has been contained, but they barred us from the place.\n"
          "“They kept our boats floating and tossed us around from one security houseboat to another. This is a very embarrassing and sad development,” Mr Bassey said."),
    entities=[("williams", "Chima Williams", "PERSON", ["Williams", "Executive Director of ERA, Chima Williams"],
               "Executive Director, Environmental Right Action (ERA)"),
              ("bassey", "Nnimmo Bassey", "PERSON",
               ["Bassey", "Mr Bassey", "The executive director, Health of Mother Earth Foundation, Nnimmo Bassey"],
               "Executive Director, Health of Mother Earth Foundation")],
    mentions=[("m1", "Executive Director of ERA, Chima Williams", "williams"),
              ("m2", ("He", "He called for"), "williams"),
              ("m3", ("he", "which, he said"), "williams"),
              ("m4", ("he", "ecosystem,” he said"), "williams"),
              ("m5", "The executive director, Health of Mother Earth Foundation, Nnimmo Bassey", "bassey"),
              ("m6", "Mr Bassey", "bassey")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "Chima Williams, said"),
                   "the control of the security apparatus by the oil companies left much to be desired", None),
                  ("a2", "INDIRECT", "m2", "called for",
                   seg(T, "proper clean up of the Nembe crude oil spill", "as well as aquatic lives"), None),
                  ("a3", "INDIRECT", "m3", ("said", "which, he said"),
                   "has affected the people negatively, as well as aquatic lives", "a2"),
                  ("a4", "DIRECT", "m4", ("said", "ecosystem,” he said"),
                   seg(T, "The crude oil that they are cleaning up", "in the ecosystem,"), None),
                  ("a5", "INDIRECT", "m5", ("said", "Nnimmo Bassey, said"),
                   "the team was at the spill site to verify the news that the spill was curtailed and assess the damage done to the environment", None),
                  ("a6", "DIRECT", "m6", ("said", "Mr Bassey said"),
                   seg(T, "Our team came to see things", "sad development,"), None)])

# ---------------------------------------------------------------------------------------
# Arabian Marketer (Dubai). The headline is kept. The stored copy breaks off in "Mr El-Darwiche
# noted the advantageous governmental policies ... “Not everything is in", inside that paragraph,
# so the text is cut before it (El-Darwiche then speaks nowhere in the text and has no entity).
# The headline "Dubai To Lead As Tech Startup Destination: Experts" is a claim–name headline with
# a colon: null cue, source "Experts", the YPO members who speak below (one GROUP with the
# coordinated subject of "point to"). "leaders from across the world are not discounting the rise
# of Dubai ..." is a stance with a content (negation left out of the cue, as seed a9/a10), and
# "Members of the Young Presidents’ Organization (YPO) ... reiterate this" a claim whose content
# is the demonstrative; the members (a network of 23,000) and the three named members are
# separate entities (a subset). The source span leaves out the long apposition ("a network of
# 23,000 chief executives ..."). "are among those who point to ...": the cue's relative clause
# hangs on "those", which the subject is said to be among, so the source is the subject.
# "Mr Grandeur added" is a misspelling of Ghandour (an alias of his entity).
# Left out: "A recent Wamda Research Lab report indicates that ..." (an evidential, as "studies
# show that") and "I am extremely optimistic ..." (the speaker's own attitude in his quotation).
doc("arabianmarketer-dubai-tech-startup-destination-experts",
    url="http://arabianmarketer.ae/dubai-to-lead-as-tech-startup-destination-experts/",
    outlet="Arabian Marketer", country="United Arab Emirates", topic="business", cut=True,
    text=(T := "Dubai To Lead As Tech Startup Destination: Experts\n"
          "Even in a tough year, leaders from across the world are not discounting the rise of Dubai as an innovation hub. Members of the Young Presidents’ Organization (YPO), a network of 23,000 chief executives and business leaders from over 130 countries reiterate this. A recent Wamda Research Lab report indicates that UAE continues to outperform all other MENA countries in global competitiveness and entrepreneurship.\n"
          "YPO members Fadi Ghandour, Co-Founder and Vice Chairman, Aramex; Bahjat El-Darwiche, Lead Partner, Strategy and Mustafa Abdel-Wadood, Chairman of the Management Executive Committee, Abraaj Group, are among those who point to Dubai’s entrepreneurial spirit of making the impossible, possible.\n"
          "As an entry point to the fast-developing markets of Asia, the Middle East and Africa, Dubai presents unique advantages. “These are markets growing at double the rates of the developed world, and the hub for accessing these markets is Dubai,” said Mr Wadood.\n"
          "Mr Ghandour reiterated the importance of Dubai’s strategic location as a gateway to emerging markets. “Dubai is ideal for any company – not only IT ventures – interested in expanding across MENA, South Asia and Africa. Most media companies and advertising agencies doing business in the region are based in Dubai, attracted by its world-class infrastructure and a very diverse and multinational workforce,” he said.\n"
          "“As an investor and a participant in the regional MENA entrepreneurship ecosystem, I am extremely optimistic about the nascent IT sector in particular. We are at the cusp of major growth in technology and internet commerce with Dubai leading the way,” Mr Grandeur added."),
    entities=[("experts", "Experts", "GROUP",
               ["YPO members Fadi Ghandour, Co-Founder and Vice Chairman, Aramex; Bahjat El-Darwiche, Lead Partner, Strategy and Mustafa Abdel-Wadood, Chairman of the Management Executive Committee, Abraaj Group"],
               "YPO members Fadi Ghandour, Bahjat El-Darwiche and Mustafa Abdel-Wadood"),
              ("leaders", "leaders from across the world", "GROUP", [], "business leaders worldwide"),
              ("ypo", "Members of the Young Presidents’ Organization (YPO)", "GROUP", [],
               "members of the Young Presidents' Organization"),
              ("wadood", "Mustafa Abdel-Wadood", "PERSON", ["Mr Wadood"],
               "Chairman of the Management Executive Committee, Abraaj Group"),
              ("ghandour", "Fadi Ghandour", "PERSON", ["Mr Ghandour", "Mr Grandeur"],
               "Co-Founder and Vice Chairman, Aramex")],
    mentions=[("m1", ("Experts", "Destination: Experts"), "experts"),
              ("m2", "leaders from across the world", "leaders"),
              ("m3", "Members of the Young Presidents’ Organization (YPO)", "ypo"),
              ("m4", seg(T, "YPO members Fadi Ghandour", "Abraaj Group"), "experts"),
              ("m5", "Mr Wadood", "wadood"),
              ("m6", "Mr Ghandour", "ghandour"),
              ("m7", ("he", "workforce,” he said"), "ghandour"),
              ("m8", "Mr Grandeur", "ghandour")],
    attributions=[("a1", "INDIRECT", "m1", None, "Dubai To Lead As Tech Startup Destination", None),
                  ("a2", "INDIRECT", "m2", "discounting", "the rise of Dubai as an innovation hub", None),
                  ("a3", "INDIRECT", "m3", ("reiterate", "reiterate this"), ("this", "reiterate this"), None),
                  ("a4", "INDIRECT", "m4", ("point to", "who point to"),
                   "Dubai’s entrepreneurial spirit of making the impossible, possible", None),
                  ("a5", "DIRECT", "m5", ("said", "said Mr Wadood"),
                   seg(T, "These are markets growing", "is Dubai,"), None),
                  ("a6", "INDIRECT", "m6", "reiterated",
                   "the importance of Dubai’s strategic location as a gateway to emerging markets", None),
                  ("a7", "DIRECT", "m7", ("said", "workforce,” he said"),
                   seg(T, "Dubai is ideal for any company", "multinational workforce,"), None),
                  ("a8", "DIRECT", "m8", "added", seg(T, "As an investor", "leading the way,"), None)])

write("test25_b.jsonl")
