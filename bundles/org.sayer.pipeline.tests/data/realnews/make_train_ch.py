#!/usr/bin/env python3
"""Writes train_ch.jsonl: real-news gold, batch train-ch (see gold.py). Run: python3 make_train_ch.py"""
from gold import doc, seg, write

# Batch notes: seven outlets of Africa and the Middle East (South Sudan, Iraq, Kenya, Nigeria, Malawi,
# Uganda, South Sudan), seven topics. Two outlets were claimed for this batch and left unused; they
# stay held by train-ch in outlets.tsv: happyghana.com (its stored copy leaves the Director-General's
# quotation open at a paragraph end, and the next closing mark belongs to another speaker's quotation
# two paragraphs on, so the marks as printed would join the two speakers) and syriatimes.sy (its two
# quotations open with a mark followed by a space, and the story has only four claims).


# ---------------------------------------------------------------------------------------
# Radio Tamazuj (South Sudan). The stored page has no headline, so the text starts with the lead; the
# trailing "File photo:" caption label is left out. The story is complete in the stored copy. The page
# gives no date. Notes:
# - "a member of doctor’s association said" in the lead and "Dr. Hani al Hajj, a member of the
#   federal committee of doctors, told ..." two paragraphs on: the role description resolves to the
#   person the text identifies (FORMAT.md, Coreference: "The head of the largest union …. Marta Kowal
#   said …" is one entity), so both are Hani al Hajj.
# - The lead's "Sudanese doctors announced a nationwide strike on Thursday to demand ..." is the
#   member's claim, and the doctors' announcement is nested in it with its noun-phrase content
#   (`announced the launch of X`); "on Thursday" dates the strike ("Thursday’s strike" below), so it
#   stays in the content.
# - "He said yesterday. “...,” said Hani.": the inline clause carries the quotation (FORMAT.md, Two
#   clauses, one claim: an inline clause wins over a frame), so "He said yesterday." gets no
#   attribution of its own. "hospitals ... decided to stop work" inside Hani's revelation is an
#   action, not nested.
# - "several activists voiced their support to the open-ended doctor’s strike on social media using
#   the hashtag ...": a stance voiced with a noun-phrase content (as "voiced the hope", `defended the
#   design`); "to" only links the cue, and "on social media using ..." is an adjunct of the voicing.
doc("radiotamazuj-sudan-doctors-nationwide-strike",
    url="https://radiotamazuj.org/en/news/article/sudan-doctors-stage-nationwide-strike",
    outlet="Radio Tamazuj", country="South Sudan", topic="health-science", cut=False,
    text=(T := "Sudanese doctors announced a nationwide strike on Thursday to demand protection from security forces and better services at government hospitals, and higher wages, a member of doctor’s association said.\n"
          "The Federal Committee of Doctors said doctors at more than 28 government hospitals would stop work. The committee said Thursday’s strike was a protest at low wages, deteriorating services at government hospitals and a rise in assaults on doctors by security agents and relatives of patients.\n"
          "Dr. Hani al Hajj, a member of the federal committee of doctors, told Radio Tamazuj that they will continue with their strike until their demands are fulfilled by the government.\n"
          "He further said the nationwide strike will be organized during working hours. However, the doctor pointed out that they will handle emergency cases only.\n"
          "Hani revealed that hospitals in Khartoum city decided to stop work in all departments including emergency wards. He said yesterday. “The strike that was staged today in all parts of Sudan does not include urgent cases, but in Omdurman, Bahri, Ibrahim Malik and Hajj Al-Safi Hospitals, the strike includes all the departments,” said Hani.\n"
          "Meanwhile, several activists voiced their support to the open-ended doctor’s strike on social media using the hashtag #Sudan_Doctor’s_Strike."),
    entities=[("hani", "Hani al Hajj", "PERSON",
               ["Hani", "Dr. Hani al Hajj", "the doctor", "a member of doctor’s association",
                "Dr. Hani al Hajj, a member of the federal committee of doctors"],
               "member of Sudan's Federal Committee of Doctors"),
              ("doctors", "Sudanese doctors", "GROUP", [], "doctors of Sudan's government hospitals"),
              ("committee", "The Federal Committee of Doctors", "ORGANIZATION",
               ["Federal Committee of Doctors", "The committee"], "Sudanese doctors' association"),
              ("activists", "several activists", "GROUP", ["activists"], "activists on social media")],
    mentions=[("m1", "a member of doctor’s association", "hani"),
              ("m2", "Sudanese doctors", "doctors"),
              ("m3", "The Federal Committee of Doctors", "committee"),
              ("m4", "The committee", "committee"),
              ("m5", "Dr. Hani al Hajj, a member of the federal committee of doctors", "hani"),
              ("m6", ("He", "He further said"), "hani"),
              ("m7", ("the doctor", "the doctor pointed"), "hani"),
              ("m8", ("Hani", "Hani revealed"), "hani"),
              ("m9", ("Hani", "said Hani"), "hani"),
              ("m10", "several activists", "activists")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "association said"),
                   seg(T, "Sudanese doctors announced", "and higher wages"), None),
                  ("a2", "INDIRECT", "m2", "announced",
                   seg(T, "a nationwide strike on Thursday", "and higher wages"), "a1"),
                  ("a3", "INDIRECT", "m3", ("said", "Doctors said"),
                   "doctors at more than 28 government hospitals would stop work", None),
                  ("a4", "INDIRECT", "m4", ("said", "committee said"),
                   seg(T, "Thursday’s strike was a protest", "relatives of patients"), None),
                  ("a5", "INDIRECT", "m5", "told",
                   "they will continue with their strike until their demands are fulfilled by the government", None),
                  ("a6", "INDIRECT", "m6", ("said", "further said"), "the nationwide strike will be organized during working hours", None),
                  ("a7", "INDIRECT", "m7", "pointed out", "they will handle emergency cases only", None),
                  ("a8", "INDIRECT", "m8", "revealed",
                   "hospitals in Khartoum city decided to stop work in all departments including emergency wards", None),
                  ("a9", "DIRECT", "m9", ("said", "said Hani"),
                   seg(T, "The strike that was staged today", "all the departments,"), None),
                  ("a10", "INDIRECT", "m10", "voiced their support", "the open-ended doctor’s strike", None)])

# ---------------------------------------------------------------------------------------
# PUKmedia (Kurdistan Region, Iraq). The date line under the headline ("8/1/2020 11:41:00",
# day/month, the night of Iran's missile strikes) is left out and recorded as the date. The story is
# complete in the stored copy. Notes:
# - Headline "Peshmerga: No casualties in Erbil": a colon headline, null cue, the ministry its source.
# - "Pointing out that flights are continuing ...": a participial fragment split off by a full stop
#   from "..., he added." Its implied subject is that speaker, so it is his claim with the same
#   source mention (as `X said A, warning that B`, seed a18/a19), cue "Pointing out".
# - "the International Coalition has not had any reactions until and and reassured citizens that
#   ...": the page drops a word ("until [now] and"); the first "and" is read as part of the garbled
#   phrase and stays in the first content, the second coordinates "reassured", a second claim of
#   Yawar whose addressee "citizens" is left out.
# - "some Kurdish media quoted the Kurdistan Region's Interior Ministry as saying that "..."": as
#   make_test9_c.py takes "The Nikkei quoted Park as saying that ...", the media's claim is "X as
#   saying that ..." (MIXED, for its quoted part) and the ministry's words are nested in it; that
#   nested content is the whole quotation after "that", so DIRECT.
# - "Norway, Poland, Denmark and Germany announced ...": a coordinated subject is one GROUP.
doc("pukmedia-peshmerga-no-casualties-erbil-rockets",
    url="https://www.pukmedia.com/EN/EN_Direje.aspx?Jimare=57495",
    outlet="PUKmedia", country="Iraq", topic="politics", cut=False, published="2020-01-08",
    text=(T := "Peshmerga: No casualties in Erbil\n"
          "The Ministry of Peshmerga in the Kurdistan Regional Government announced that two of Iranian rockets landed in the Kurdistan Region's capital Erbil, without causing any casualties.\n"
          "\"Two rockets landed in Erbil city, the first landed near the Erbil airport and did not explode, and the second landed in the Bardarsh area without causing any casualties,\" Jabbar Yawar, Secretary General of the Peshmerga Ministry, told PUKmedia.\n"
          "Bardarash is a town located in Kurdistan Region, Dohuk Governorate, 70 km north of Erbil city.\n"
          "\"We have not recorded any casualties in the city of Erbil and we can reassure the citizens that the conditions in the city are good and stable,\" he added.\n"
          "Pointing out that flights are continuing at Erbil International Airport, and the conditions are all normal.\n"
          "Yawar also stated that the International Coalition has not had any reactions until and and reassured citizens that the situation in the Kurdistan Region and Erbil in particular is stable.\n"
          "For their parts, Norway, Poland, Denmark and Germany announced that none of their troops have been killed or injured in the attack.\n"
          "Meanwhile some Kurdish media quoted the Kurdistan Region's Interior Ministry as saying that \"last nights rocket attack did not cause any casualties.\"\n"
          "Iran fired more than a dozen missiles from Iranian territory against at least two Iraqi military bases hosting US-led coalition personnel on Wednesday early hours."),
    entities=[("peshmerga", "Ministry of Peshmerga", "ORGANIZATION",
               ["Peshmerga", "The Ministry of Peshmerga in the Kurdistan Regional Government", "the Peshmerga Ministry"],
               "Ministry of Peshmerga Affairs of the Kurdistan Regional Government"),
              ("yawar", "Jabbar Yawar", "PERSON",
               ["Yawar", "Jabbar Yawar, Secretary General of the Peshmerga Ministry"],
               "Secretary General of the Ministry of Peshmerga"),
              ("countries", "Norway, Poland, Denmark and Germany", "GROUP", [], "countries with troops in the coalition"),
              ("media", "some Kurdish media", "GROUP", ["Kurdish media"], "Kurdish news outlets"),
              ("interior", "the Kurdistan Region's Interior Ministry", "ORGANIZATION",
               ["Interior Ministry", "Kurdistan Region's Interior Ministry"], "Kurdistan Region's Ministry of Interior")],
    mentions=[("m1", ("Peshmerga", "Peshmerga: No"), "peshmerga"),
              ("m2", "The Ministry of Peshmerga in the Kurdistan Regional Government", "peshmerga"),
              ("m3", "Jabbar Yawar, Secretary General of the Peshmerga Ministry", "yawar"),
              ("m4", ("he", "he added"), "yawar"),
              ("m5", ("Yawar", "Yawar also"), "yawar"),
              ("m6", "Norway, Poland, Denmark and Germany", "countries"),
              ("m7", "some Kurdish media", "media"),
              ("m8", "the Kurdistan Region's Interior Ministry", "interior")],
    attributions=[("a1", "INDIRECT", "m1", None, "No casualties in Erbil", None),
                  ("a2", "INDIRECT", "m2", ("announced", "Government announced"),
                   "two of Iranian rockets landed in the Kurdistan Region's capital Erbil, without causing any casualties", None),
                  ("a3", "DIRECT", "m3", "told",
                   seg(T, "Two rockets landed in Erbil city", "without causing any casualties,"), None),
                  ("a4", "DIRECT", "m4", "added",
                   seg(T, "We have not recorded", "good and stable,"), None),
                  ("a5", "INDIRECT", "m4", "Pointing out",
                   "flights are continuing at Erbil International Airport, and the conditions are all normal", None),
                  ("a6", "INDIRECT", "m5", "stated",
                   "the International Coalition has not had any reactions until and", None),
                  ("a7", "INDIRECT", "m5", "reassured",
                   "the situation in the Kurdistan Region and Erbil in particular is stable", None),
                  ("a8", "INDIRECT", "m6", ("announced", "Germany announced"),
                   "none of their troops have been killed or injured in the attack", None),
                  ("a9", "MIXED", "m7", "quoted",
                   seg(T, "the Kurdistan Region's Interior Ministry as saying", "any casualties.\""), None),
                  ("a10", "DIRECT", "m8", "saying", "last nights rocket attack did not cause any casualties.", "a9")])

# ---------------------------------------------------------------------------------------
# Vipasho News (Eldoret, Kenya). The "Leave a Reply" line after the story is left out; the story is
# complete. The page gives no date. Notes:
# - Headline "Kipkenyo Residents Want the County Government to Rehabilitate the Dumpsite" and the lead
#   "... now wants the County Government to help maintain the dump site": wanting is a desire, not a
#   speech act, and the corpus does not annotate it (make_train_ca.py to make_train_cd.py notes).
# - "Led by Maslus Wambua, a resident they said that ...": "they" is the section of residents of the
#   lead (Maslus Wambua leads them, a name mention that is not the source).
# - "We are calling upon the County government to intervene ..." is the speaker's own performative
#   inside his quotation, not split off (as "We call on ..." in make_train_aj.py).
# - "Bramwel Kogei" is the page's misspelling of "Bramwell Kogei": an alias of the same entity.
doc("vipasho-kipkenyo-residents-dumpsite",
    url="https://vipasho.co.ke/kipkenyo-residents-want-the-county-government-to-rehabilitate-the-dumpsite/",
    outlet="Vipasho News", country="Kenya", topic="local", cut=False,
    text=(T := "Kipkenyo Residents Want the County Government to Rehabilitate the Dumpsite\n"
          "A section of Kipkenyo Residents now wants the County Government to help maintain the dump site.\n"
          "Led by Maslus Wambua, a resident they said that the condition of the dumpsite is wanting and can lead to residents contracting diseases due to the bad smell emanating from it.\n"
          "“The Flies are making the area so uncomfortable due to the bad smell from the site. We are calling upon the County government to intervene and save the situation,” said Maslus\n"
          "He further said that there is increased insecurity forcing them to close their businesses early since those working at the dumpsite their characters are wanting.\n"
          "“Sometimes those working here become restless and they invade our businesses asking for a favor and when denied they break into them at night,” he added.\n"
          "Bramwell Kogei complained that the dump site causes poor fresh air circulation in the area.\n"
          "“The dump site may at times overflow to our home thus affecting people with breathing problems. Newborn children also have a hard time adapting to the environment,” Said Kogei.\n"
          "He further noted that the pigs feeding in the dump site destroy their farms at night as they are mostly let into the dumpsite at night.\n"
          "“It will be better if the dumpsite is fenced and the trash moved to the center of the site,” Suggested Bramwel Kogei.\n"
          "Despite the government relocating people from near the dump site, the tidiness of the site should still be considered for the sake of those who remained at Kipkenyo."),
    entities=[("section", "A section of Kipkenyo Residents", "GROUP", [], "some residents of Kipkenyo, Eldoret"),
              ("maslus", "Maslus Wambua", "PERSON", ["Maslus", "Wambua"], "Kipkenyo resident and business owner"),
              ("kogei", "Bramwell Kogei", "PERSON", ["Kogei", "Bramwel Kogei"], "Kipkenyo resident")],
    mentions=[("m1", "A section of Kipkenyo Residents", "section"),
              ("m2", "Maslus Wambua", "maslus"),
              ("m3", ("they", "resident they said"), "section"),
              ("m4", ("Maslus", "said Maslus"), "maslus"),
              ("m5", ("He", "He further said"), "maslus"),
              ("m6", ("he", "he added"), "maslus"),
              ("m7", "Bramwell Kogei", "kogei"),
              ("m8", ("Kogei", "Said Kogei"), "kogei"),
              ("m9", ("He", "He further noted"), "kogei"),
              ("m10", "Bramwel Kogei", "kogei")],
    attributions=[("a1", "INDIRECT", "m3", ("said", "they said"),
                   seg(T, "the condition of the dumpsite", "emanating from it"), None),
                  ("a2", "DIRECT", "m4", ("said", "said Maslus"),
                   seg(T, "The Flies are making", "save the situation,"), None),
                  ("a3", "INDIRECT", "m5", ("said", "further said"),
                   seg(T, "there is increased insecurity", "their characters are wanting"), None),
                  ("a4", "DIRECT", "m6", "added", seg(T, "Sometimes those working here", "them at night,"), None),
                  ("a5", "INDIRECT", "m7", "complained", "the dump site causes poor fresh air circulation in the area", None),
                  ("a6", "DIRECT", "m8", "Said", seg(T, "The dump site may at times", "adapting to the environment,"), None),
                  ("a7", "INDIRECT", "m9", "noted",
                   seg(T, "the pigs feeding in the dump site", "into the dumpsite at night"), None),
                  ("a8", "DIRECT", "m10", "Suggested",
                   "It will be better if the dumpsite is fenced and the trash moved to the center of the site,", None)])

# ---------------------------------------------------------------------------------------
# Sweet Crude Reports (Nigeria). The stored page has no headline: it opens with the byline
# ("Mkpoikana Udoma"), left out, so the text starts with the lead. The copy breaks off inside the
# paragraph "As of the time of filing this report, Shell has not issued ... nor the", so the text is
# cut before it. The page gives no date. Notes:
# - "A team from the Environmental Defenders Network, EDEN, led by Deputy Executive Director Alalgoa
#   Morris, who visited the site alleged ...": the source is the team's NP without its participle and
#   relative clause (FORMAT.md, Source); the team is its own GROUP, not EDEN (a group's representatives
#   are a separate entity), and Morris a name mention.
# - "Morris noted that despite Shell placing ..., crude oil has spread ...": the despite-clause is
#   inside the reported clause, so it stays (an adjunct inside the claim).
# - "Local women say ..." and "residents say ...": two groups (a subset and the whole, FORMAT.md
#   Coreference), each a plain group with its head noun as source.
# - "called on Shell to ..." and "urged X to hold Shell accountable": directives with their addressees
#   kept (seed a23/a24; "urged X to Y" in make_train_br.py). "We demand ..." is the speaker's own
#   performative in his quotation, not split off.
doc("sweetcrudereports-bayelsa-shell-spill-water-crisis",
    url="https://sweetcrudereports.com/bayelsa-community-faces-water-crisis-after-shell-oil-spill/",
    outlet="Sweet Crude Reports", country="Nigeria", topic="environment", cut=True,
    text=(T := "The spill, which occurred about two weeks ago in the Tarakiri clan of Southern Ijaw Local Government Area, has severely polluted the community’s main water source.\n"
          "“We use our river for everything—drinking, cooking, fishing, and bathing. Now, it’s covered in crude oil,” said Goodnews Vincent Okoi, the Community Development Committee, CDC Chairman.\n"
          "A team from the Environmental Defenders Network, EDEN, led by Deputy Executive Director Alalgoa Morris, who visited the site alleged that the spill was caused by equipment failure.\n"
          "Morris noted that despite Shell placing containment booms in the river, crude oil has spread over 1.5 kilometers, covering riverbanks, farmlands, and floating vegetation.\n"
          "“The water hyacinths have melted, the banks are heavily soiled with crude, and dead fish are everywhere. The volume of crude is massive,” Morris said.\n"
          "Local women say the spill has devastated their livelihoods. “We can’t fish, we can’t fetch water. Dead fish are floating everywhere. How are we supposed to survive?” lamented Florence Clarkson, a resident of the community.\n"
          "In response, the Southern Ijaw Local Government has reactivated an old borehole to provide temporary relief, but residents say more urgent action is needed.\n"
          "Meanwhile, EDEN’s Executive Director, Chima Williams, has called on Shell to immediately conduct a Joint Investigation Visit, JIV, and begin cleanup efforts.\n"
          "Williams also urged the National Oil Spill Detection and Response Agency, NOSDRA, the Nigerian Upstream Petroleum Regulatory Commission, NUPRC, and government agencies to hold Shell accountable.\n"
          "“We demand immediate relief materials from the National Emergency Management Agency, NEMA, and full remediation of the environment. Shell cannot continue to destroy communities without consequences,” Williams stated."),
    entities=[("okoi", "Goodnews Vincent Okoi", "PERSON",
               ["Okoi", "Goodnews Vincent Okoi, the Community Development Committee, CDC Chairman"],
               "Community Development Committee (CDC) chairman"),
              ("team", "A team from the Environmental Defenders Network, EDEN", "GROUP",
               ["team from the Environmental Defenders Network"], "EDEN field team that visited the site"),
              ("morris", "Alalgoa Morris", "PERSON", ["Morris", "Deputy Executive Director Alalgoa Morris"],
               "Deputy Executive Director of the Environmental Defenders Network (EDEN)"),
              ("women", "Local women", "GROUP", [], "women of the affected community"),
              ("clarkson", "Florence Clarkson", "PERSON", ["Clarkson", "Florence Clarkson, a resident of the community"],
               "resident of the community"),
              ("residents", "residents", "GROUP", [], "residents of the affected community"),
              ("williams", "Chima Williams", "PERSON", ["Williams", "EDEN’s Executive Director, Chima Williams"],
               "Executive Director of the Environmental Defenders Network (EDEN)")],
    mentions=[("m1", "Goodnews Vincent Okoi, the Community Development Committee, CDC Chairman", "okoi"),
              ("m2", "A team from the Environmental Defenders Network, EDEN", "team"),
              ("m3", "Deputy Executive Director Alalgoa Morris", "morris"),
              ("m4", ("Morris", "Morris noted"), "morris"),
              ("m5", ("Morris", "Morris said"), "morris"),
              ("m6", "Local women", "women"),
              ("m7", "Florence Clarkson, a resident of the community", "clarkson"),
              ("m8", ("residents", "residents say"), "residents"),
              ("m9", "EDEN’s Executive Director, Chima Williams", "williams"),
              ("m10", ("Williams", "Williams also"), "williams"),
              ("m11", ("Williams", "Williams stated"), "williams")],
    attributions=[("a1", "DIRECT", "m1", ("said", "said Goodnews"),
                   seg(T, "We use our river", "covered in crude oil,"), None),
                  ("a2", "INDIRECT", "m2", "alleged", "the spill was caused by equipment failure", None),
                  ("a3", "INDIRECT", "m4", "noted",
                   seg(T, "despite Shell placing", "and floating vegetation"), None),
                  ("a4", "DIRECT", "m5", ("said", "Morris said"),
                   seg(T, "The water hyacinths have melted", "crude is massive,"), None),
                  ("a5", "INDIRECT", "m6", ("say", "women say"), "the spill has devastated their livelihoods", None),
                  ("a6", "DIRECT", "m7", "lamented", seg(T, "We can’t fish", "supposed to survive?"), None),
                  ("a7", "INDIRECT", "m8", ("say", "residents say"), "more urgent action is needed", None),
                  ("a8", "INDIRECT", "m9", "called on",
                   "Shell to immediately conduct a Joint Investigation Visit, JIV, and begin cleanup efforts", None),
                  ("a9", "INDIRECT", "m10", "urged",
                   seg(T, "the National Oil Spill Detection", "to hold Shell accountable"), None),
                  ("a10", "DIRECT", "m11", ("stated", "Williams stated"),
                   seg(T, "We demand immediate relief", "without consequences,"), None)])

# ---------------------------------------------------------------------------------------
# Maravi Express (Malawi). The stored page has no headline: it opens with the byline ("By Duncan
# Mlanjira"), left out, so the text starts with the lead; the three photo captions ("Victim Linda
# Gasa", "Justice Chikopa SC", "Chanthunya") are left out. The copy breaks off inside the paragraph
# "But Chanthunya decided to appeal against this", so the text is cut before it. No date. Notes:
# - Lead: "says [the Judiciary has before expressed its unhappiness at X], saying Y": the judge's two
#   claims (seed a18/a19), with the Judiciary's expression nested in the first ("expressed
#   disatisfaction with X" -> X in the corpus; "at" only links the cue).
# - "This was said in his ruling ..." has no content of its own; "who is being accused of murdering
#   Linda Gasa" is an agentless accusation (null source), its accused left outside.
# - The quotation "We, therefore, order ... her attention." is left open at its paragraph end and the
#   next paragraph reopens (after the removed caption): one DIRECT attribution, null cue, continuing
#   "Chikopa" of the sentence before. "We ... order that ..." and "We shall expect ..." are the
#   court's own performative and attitude in the judge's words, not split off.
# - "According to the hearing made on November 3, 2019, that had ..., Justice Chikopa says he has
#   dismissed ...": as "According to Reuters, he said that ..." (make_train_ca.py), the hearing's
#   claim (cue "According to", its source the hearing, its own entity as a document whose author is
#   not named: FORMAT.md, Documents) holds the judge's claim nested. Its relative clause is left out
#   of the source.
# - "The ruling says ...": the ruling's author is not named in its sentence, so it is its own entity
#   (FORMAT.md, Documents). Nested in it: "the state raised an objection that ...", a noun cue with its
#   claimant ("raised concerns" in the corpus); the because-clause is the objection's ground and stays.
# - "The Triail Court ... ordered that Counsel Maele forthwith ceases to act ...": an order with a
#   clausal content, nested in the judge's quotation, taken as make_train_cd.py takes "ordered that a
#   further effort be made" (FORMAT.md excludes `ordered an inquiry`, an order with a noun-phrase
#   object); "agreed with the State" has no content. "Triail" is the page's misspelling.
doc("maraviexpress-chikopa-state-attitude-chanthunya-case",
    url="https://www.maraviexpress.com/judiciary-not-happy-with-the-states-attitude-toward-court-matters-case-in-point-chanthunya-murder-case/",
    outlet="Maravi Express", country="Malawi", topic="courts-crime", cut=True,
    text=(T := "High Court Judge, Justice Lovemore Chikopa, SC, says the Judiciary has before expressed its unhappiness at the lackadaisical attitude the State sometimes takes in court matters, saying this should be discouraged.\n"
          "This was said in his ruling in a hearing over the dragging murder charges case laid against Misozi Chanthunya, who is being accused of murdering Linda Gasa.\n"
          "“It smacks of disrespect towards the courts and does not befit officers of the court,” said Justice Chikopa when make a ruling over an appeal in which Chanthunya is appealing against an earlier ruling in which he is against stopping his legal counsel Maele from representing him.\n"
          "Chikopa said this should certainly not come from the Director of Public Prosecution’s Chambers.\n"
          "“We, therefore, order that this ruling/order should be brought to the attention of the Director of Public Prosecution (DPP) and our above sentiments specifically brought to her attention.\n"
          "“We shall expect an indication from her honorable office that the same has been done and that henceforth positive changes shall be effected.”\n"
          "According to the hearing made on November 3, 2019, that had Ngunde of Councel for Chanthunya as his applicant/appellant and Masanjala as Senior State Advocate of Counsel for the Respondent, Justice Chikopa says he has dismissed the appeal by Chanthunya seeking to reinstate Maele as his legal representative in the murder case.\n"
          "The ruling says Chanthunya, who is appearing before the High Court in Zomba, was being represented by lawyer Maele but the state raised an objection that Maele should be recused because he had earlier been in the case representing the State, thus presenting himself in a conflict of interest in the case.\n"
          "“The Triail Court agreed with the State and ordered that Counsel Maele forthwith ceases to act for the Applicant herein,” says Justice Chikopa in his ruling."),
    entities=[("chikopa", "Lovemore Chikopa", "PERSON",
               ["Chikopa", "Justice Chikopa", "Justice Lovemore Chikopa", "High Court Judge, Justice Lovemore Chikopa, SC"],
               "High Court judge, Malawi"),
              ("judiciary", "the Judiciary", "ORGANIZATION", ["Judiciary"], "Malawi's judiciary"),
              ("hearing", "the hearing", "ORGANIZATION", [], "record of the appeal hearing of November 3, 2019"),
              ("ruling", "The ruling", "ORGANIZATION", [], "Justice Chikopa's written ruling"),
              ("state", "the State", "ORGANIZATION", [], "the prosecution (Republic of Malawi)"),
              ("trialcourt", "The Triail Court", "ORGANIZATION", ["Trial Court", "Triail Court"],
               "the trial court in the Chanthunya murder case")],
    mentions=[("m1", "High Court Judge, Justice Lovemore Chikopa, SC", "chikopa"),
              ("m2", "the Judiciary", "judiciary"),
              ("m3", ("the State", "the State sometimes"), "state"),
              ("m4", ("Justice Chikopa", "Justice Chikopa when"), "chikopa"),
              ("m5", ("Chikopa", "Chikopa said this"), "chikopa"),
              ("m6", ("the hearing", "the hearing made"), "hearing"),
              ("m7", ("Justice Chikopa", "Justice Chikopa says he"), "chikopa"),
              ("m8", "The ruling", "ruling"),
              ("m9", ("the state", "the state raised"), "state"),
              ("m10", ("the State", "representing the State"), "state"),
              ("m11", "The Triail Court", "trialcourt"),
              ("m12", ("the State", "with the State"), "state"),
              ("m13", ("Justice Chikopa", "Justice Chikopa in his"), "chikopa")],
    attributions=[("a1", "INDIRECT", "m1", ("says", "SC, says"),
                   seg(T, "the Judiciary has before expressed", "takes in court matters"), None),
                  ("a2", "INDIRECT", "m2", "expressed its unhappiness",
                   "the lackadaisical attitude the State sometimes takes in court matters", "a1"),
                  ("a3", "INDIRECT", "m1", "saying", "this should be discouraged", None),
                  ("a4", "INDIRECT", None, "accused", "murdering Linda Gasa", None),
                  ("a5", "DIRECT", "m4", ("said", "said Justice Chikopa"),
                   "It smacks of disrespect towards the courts and does not befit officers of the court,", None),
                  ("a6", "INDIRECT", "m5", ("said", "Chikopa said this"),
                   "this should certainly not come from the Director of Public Prosecution’s Chambers", None),
                  ("a7", "DIRECT", "m5", None, seg(T, "We, therefore, order", "shall be effected."), None),
                  ("a8", "INDIRECT", "m6", "According to",
                   seg(T, "Justice Chikopa says he has dismissed", "in the murder case"), None),
                  ("a9", "INDIRECT", "m7", ("says", "Chikopa says he"),
                   seg(T, "he has dismissed the appeal", "in the murder case"), "a8"),
                  ("a10", "INDIRECT", "m8", ("says", "ruling says"),
                   seg(T, "Chanthunya, who is appearing", "conflict of interest in the case"), None),
                  ("a11", "INDIRECT", "m9", "raised an objection",
                   seg(T, "Maele should be recused", "conflict of interest in the case"), "a10"),
                  ("a12", "DIRECT", "m13", ("says", "says Justice Chikopa in"),
                   seg(T, "The Triail Court agreed", "for the Applicant herein,"), None),
                  ("a13", "INDIRECT", "m11", ("ordered", "and ordered that"),
                   "Counsel Maele forthwith ceases to act for the Applicant herein", "a12")])

# ---------------------------------------------------------------------------------------
# PC Tech Magazine (Uganda). The stored page has no headline, so the text starts with the lead. The
# copy breaks off inside the paragraph "Mutabaazi further lauded the previous ACIA award winners whose
# innovations have gone ahead", so the text is cut before it. The address gives the month only
# (2017/05), so no date is recorded. Notes:
# - "has challenged innovators in the country to focus more on ...": a directive; its addressee is
#   kept, as for `called on X to Y` (seed a23/a24).
# - "He said there are exciting innovations in Uganda but “the challenge today is ...”": MIXED; the
#   closing mark at its end is kept (FORMAT.md, Marks in content).
# - "He noted that; as a developing Country, ...": the leading "that" and the stray semicolon are
#   left out.
# - "He revealed that parliament and cabinet had approved his idea of the innovation support programme
#   which he said will be rolled out soon": a speech act in a relative clause inside the claim is
#   nested (FORMAT.md, Included: `said the union, which turned down the offer, would strike`); its
#   antecedent is the raised subject, left outside (`was expected to post a loss` -> `to post a loss`).
#   The approval is an action.
# - "lauded the participants for the “wonderful innovations” they managed to develop and the energy
#   ...": evaluative, keeping "X for Y" (as "saluted the coach for ..." in make_train_cd.py), MIXED.
#   "In his remarks" is an adjunct of the lauding. "gives us an impression that ..." inside his
#   quotation is the speaker's own attitude.
doc("pctechmag-tumwebaze-commercialization-ict-ucc-awards",
    url="https://pctechmag.com/2017/05/minister-tumwebaze-roots-for-commercialization-of-ict-as-ucc-awards-outstanding-innovators",
    outlet="PC Tech Magazine", country="Uganda", topic="technology", cut=True,
    text=(T := "The Minister for Information, Communication Technology (ICT) and National Guidance Frank Tumwebaze has challenged innovators in the country to focus more on how they can use their innovations to generate income and eradicate the economic issues that the country is faced with.\n"
          "He said there are exciting innovations in Uganda but “the challenge today is how to link science, technology and innovation to poverty reduction, job creation, e-governance, sustainable livelihoods, general service delivery and improving the well-being of citizens.”\n"
          "Tumwebaze was Friday speaking at the Uganda Communications Commission (UCC) annual innovation awards gala dubbed ACIA Awards.\n"
          "He noted that; as a developing Country, Uganda should engage in knowledge intensive activities in order to promote innovation, at the same ensuring that this innovation is of gainful value to its holders.\n"
          "“New ICTs have the capability to transform the country’s agriculture, generate its much-needed improvement to food and nutritional security, as well as boost its green and blue revolutions just as it can do across many other spectrums of e-governance,” he said.\n"
          "He revealed that parliament and cabinet had approved his idea of the innovation support programme which he said will be rolled out soon.\n"
          "“My sector will not only be stopping at Recognition programs like ACIA but will now be giving real support following a criterion that the experts will set. From ACIA, we are moving to bigger and sustainable interventions,” said Tumwebaze.\n"
          "In his remarks, UCC Executive Director, Godfrey Mutabaazi lauded the participants for the “wonderful innovations” they managed to develop and the energy they showed during the whole process.\n"
          "“Seeing this house full of people doing such wonderful work gives us an impression that the country has a future since ICT is the engine of growth in any economy currently,” he said."),
    entities=[("tumwebaze", "Frank Tumwebaze", "PERSON",
               ["Tumwebaze", "The Minister for Information, Communication Technology (ICT) and National Guidance Frank Tumwebaze"],
               "Uganda's Minister for ICT and National Guidance"),
              ("mutabaazi", "Godfrey Mutabaazi", "PERSON", ["Mutabaazi", "UCC Executive Director, Godfrey Mutabaazi"],
               "Executive Director of the Uganda Communications Commission")],
    mentions=[("m1", "The Minister for Information, Communication Technology (ICT) and National Guidance Frank Tumwebaze", "tumwebaze"),
              ("m2", ("He", "He said there"), "tumwebaze"),
              ("m3", ("Tumwebaze", "Tumwebaze was Friday"), "tumwebaze"),
              ("m4", ("He", "He noted"), "tumwebaze"),
              ("m5", ("he", "e-governance,” he said"), "tumwebaze"),
              ("m6", ("He", "He revealed"), "tumwebaze"),
              ("m7", ("he", "which he said"), "tumwebaze"),
              ("m8", ("Tumwebaze", "said Tumwebaze"), "tumwebaze"),
              ("m9", "UCC Executive Director, Godfrey Mutabaazi", "mutabaazi"),
              ("m10", ("he", "currently,” he said"), "mutabaazi")],
    attributions=[("a1", "INDIRECT", "m1", "challenged",
                   seg(T, "innovators in the country to focus", "the country is faced with"), None),
                  ("a2", "MIXED", "m2", ("said", "He said there"),
                   seg(T, "there are exciting innovations", "the well-being of citizens.”"), None),
                  ("a3", "INDIRECT", "m4", "noted",
                   seg(T, "as a developing Country", "gainful value to its holders"), None),
                  ("a4", "DIRECT", "m5", ("said", "e-governance,” he said"),
                   seg(T, "New ICTs have the capability", "spectrums of e-governance,"), None),
                  ("a5", "INDIRECT", "m6", "revealed",
                   seg(T, "parliament and cabinet had approved", "will be rolled out soon"), None),
                  ("a6", "INDIRECT", "m7", ("said", "which he said"), "will be rolled out soon", "a5"),
                  ("a7", "DIRECT", "m8", ("said", "said Tumwebaze"),
                   seg(T, "My sector will not only", "sustainable interventions,"), None),
                  ("a8", "MIXED", "m9", "lauded",
                   seg(T, "the participants for the", "during the whole process"), None),
                  ("a9", "DIRECT", "m10", ("said", "currently,” he said"),
                   seg(T, "Seeing this house full", "any economy currently,"), None)])

# ---------------------------------------------------------------------------------------
# The Juba Echo (South Sudan). The stored page has no headline: it opens with the byline ("By Hou
# Akot Hou"), left out, so the text starts with the lead. The stored copy ends after the Ministry of
# Trade paragraph, which reads as the end of the story. Date from the address. Notes:
# - Lead "Traders in Northern Bahr El Ghazal’s Aweil market have complained about X": a plain group
#   is its head noun, so the source is "Traders" and the locative PP is left out (as make_train_cc.py
#   does for "RESIDENTS"); "about" only links the cue.
# - "Musa told The Juba Echo": the paper is the addressee and a medium, not a source.
# - "They tell us that the road ... is closed" inside Lual's quotation: speech of others nested in a
#   quote; the impersonal "They" names nobody, so the source is null (FORMAT.md, Null source), and the
#   addressee "us" is left out.
# - "said they are hoping for the guns to go silent ...": the ministry's hope within the director
#   general's own report, not split off (as seed a20, "she said she wanted ...").
doc("jubaecho-sudan-conflict-prices-aweil",
    url="https://jubaecho.com/2023/05/25/sudan-conflict-impacts-prices-of-goods-in-aweil-town/",
    outlet="The Juba Echo", country="South Sudan", topic="business", cut=False, published="2023-05-25",
    text=(T := "Traders in Northern Bahr El Ghazal’s Aweil market have complained about the spike in prices of goods and commodities as a result of the Sudanese war.\n"
          "The conflict that erupted since April 15 between two rival military factions has led to closure of the border, thus disrupting trade.\n"
          "Adam Musa, a trader based in Aweil town, said Wednesday that the ongoing conflict between the Sudan Armed Forces and the paramilitary Rapid Support Forces (RSF) is indirectly affecting the people in Aweil.\n"
          "“Since the war erupted in Sudan, trucks stopped bringing in goods from Sudan and our businesses depend on imports from there. The market is getting empty. The rate of the U.S dollar is also soaring,” Musa told The Juba Echo.\n"
          "Musa said goods like onions, sugar are now scarce in Aweil town.\n"
          "He said they are enduring high costs to import maize flour from Uganda amid impassable roads.\n"
          "Musa said that the Sudanese warring factions should stop the war so that business flourishes again.\n"
          "Regina Achol Lual, who runs a tea business in Aweil town, said she has been hit hard due to the high prices of sugar.\n"
          "“Getting sugar, coffee and even jerry cans of water to make tea is expensive. They tell us that the road that is a life-line is closed,” She said.\n"
          "Santino Akot, the Director General in the State’s Ministry of Trade, said they are hoping for the guns to go silent in Sudan so that the situation normalizes."),
    entities=[("traders", "Traders", "GROUP", ["Traders in Northern Bahr El Ghazal’s Aweil market"],
               "traders in Aweil market"),
              ("musa", "Adam Musa", "PERSON", ["Musa", "Adam Musa, a trader based in Aweil town"], "trader in Aweil town"),
              ("lual", "Regina Achol Lual", "PERSON", ["Lual"], "tea seller in Aweil town"),
              ("akot", "Santino Akot", "PERSON",
               ["Akot", "Santino Akot, the Director General in the State’s Ministry of Trade"],
               "Director General, Northern Bahr El Ghazal State Ministry of Trade")],
    mentions=[("m1", "Traders", "traders"),
              ("m2", "Adam Musa, a trader based in Aweil town", "musa"),
              ("m3", ("Musa", "Musa told"), "musa"),
              ("m4", ("Musa", "Musa said goods"), "musa"),
              ("m5", ("He", "He said they"), "musa"),
              ("m6", ("Musa", "Musa said that"), "musa"),
              ("m7", "Regina Achol Lual", "lual"),
              ("m8", ("She", "She said"), "lual"),
              ("m9", "Santino Akot, the Director General in the State’s Ministry of Trade", "akot")],
    attributions=[("a1", "INDIRECT", "m1", "complained",
                   "the spike in prices of goods and commodities as a result of the Sudanese war", None),
                  ("a2", "INDIRECT", "m2", ("said", "town, said Wednesday"),
                   seg(T, "the ongoing conflict between", "the people in Aweil"), None),
                  ("a3", "DIRECT", "m3", "told", seg(T, "Since the war erupted", "also soaring,"), None),
                  ("a4", "INDIRECT", "m4", ("said", "Musa said goods"), "goods like onions, sugar are now scarce in Aweil town", None),
                  ("a5", "INDIRECT", "m5", ("said", "He said they"),
                   "they are enduring high costs to import maize flour from Uganda amid impassable roads", None),
                  ("a6", "INDIRECT", "m6", ("said", "Musa said that"),
                   "the Sudanese warring factions should stop the war so that business flourishes again", None),
                  ("a7", "INDIRECT", "m7", ("said", "town, said she"), "she has been hit hard due to the high prices of sugar", None),
                  ("a8", "DIRECT", "m8", ("said", "She said"), seg(T, "Getting sugar, coffee", "life-line is closed,"), None),
                  ("a9", "INDIRECT", None, "tell", "the road that is a life-line is closed", "a8"),
                  ("a10", "INDIRECT", "m9", ("said", "Trade, said"),
                   "they are hoping for the guns to go silent in Sudan so that the situation normalizes", None)])

write("train_ch.jsonl")
