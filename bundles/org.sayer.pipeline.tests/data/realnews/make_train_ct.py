#!/usr/bin/env python3
"""Writes train_ct.jsonl: real-news gold, train batch ct (see gold.py). Run: python3 make_train_ct.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead; the shop line at its end
# ("Buy subscriptions, t-shirts and more from our shop right here!") is left out. The stored copy
# ends with the last paragraph kept here, so the text is not cut. The date is the URL's.
# "says Björk has gotten some facts wrong ..., and wants to meet with her": the coordinated
# "wants" is the minister's wish, not part of what she says, so the content ends at "Highlands".
# "Vísir reports that Ragnheiður, ..., believes that ...": the belief of a named subject is nested
# in the report (FORMAT.md, beliefs), with "Ragnheiður" as its source. "Ragnheiður refers to the
# press conference" is the reporter's gloss with no proposition, so "Björk and author Andri Snær
# Magnason told attendees that ..." (the pair one GROUP) is not nested in anything. "told reporters
# that she realises that ...": her attitude within her own report is not split off.
# Inside Björk's quotation, "We propose ..." and "We ask the world ..." are the quoted utterance
# itself (the speakers' own performatives), read like "I am confident that" and not split off;
# "Surveys already to prove that the majority of Icelanders agree" is an evidential.
# "there is a petition being circulated to declare the Highlands a national park" is read as a
# noun cue (like "request to meet") with no claimant named: null source; the relative clause
# "which would save it ..." is the reporter's.
doc("grapevine-iceland-minister-bjork-highlands",
    url="https://grapevine.is/news/2015/11/08/industry-minister-wants-to-meet-bjork",
    outlet="The Reykjavík Grapevine", country="Iceland", topic="environment", cut=False, published="2015-11-08",
    text=(T := "Minister of Industry Ragnheiður Elín Árnadóttir says Björk has gotten some facts wrong about the government’s plans for the Highlands, and wants to meet with her to discuss Iceland’s natural world.\n"
          "Vísir reports that Ragnheiður, while happy that Björk has an abiding interest in the Icelandic environment, believes that the artist’s objections are based in part on misunderstanding what the government’s intentions with the Highlands are.\n"
          "“A power line over the Highlands has not been decided on yet,” the minister said. “This is one of the misunderstandings from the meeting. There is no 11-day window to stop it from happening.”\n"
          "Here, Ragnheiður refers to the press conference held last Friday, wherein Björk and author Andri Snær Magnason told attendees that the government is planning further development of one of the most unspoiled regions of Iceland.\n"
          "“Iceland currently has the largest untouched area of nature in Europe,” Björk said at the conference. “The government has plans to build over 50 dams and power plants, and to start next year. This could end Iceland’s wilderness in just a few years. We propose to start a national park in our highlands. Surveys already to prove that the majority of Icelanders agree. We have eleven days in which to voice our opposition to these plans. We ask the world to join us against our government: to help us protect our wilderness.”\n"
          "Ragnheiður told reporters that she realises that one of the main attractions for tourists to Iceland is the unspoiled nature.\n"
          "“I should maybe invite Björk to meet with me, so we can discuss this,” she said. “To go over the procedures, and join hands to defend Icelandic interests.”\n"
          "Currently, there is a petition being circulated to declare the Highlands a national park, which would save it from any plans for development the government has, and preserve one of Europe’s last wildernesses."),
    entities=[("arnadottir", "Ragnheiður Elín Árnadóttir", "PERSON",
               ["Ragnheiður", "Minister of Industry Ragnheiður Elín Árnadóttir", "the minister"], "Iceland's Minister of Industry"),
              ("bjork", "Björk", "PERSON", ["the artist"], "Icelandic singer"),
              ("visir", "Vísir", "ORGANIZATION", [], "Icelandic news site"),
              ("bjorkmagnason", "Björk and author Andri Snær Magnason", "GROUP", ["Andri Snær Magnason"],
               "Björk and the author Andri Snær Magnason at their press conference")],
    mentions=[("m1", "Minister of Industry Ragnheiður Elín Árnadóttir", "arnadottir"),
              ("m2", ("Björk", "Björk has gotten"), "bjork"),
              ("m3", "Vísir", "visir"),
              ("m4", ("Ragnheiður", "Ragnheiður, while happy"), "arnadottir"),
              ("m5", ("Björk", "Björk has an abiding"), "bjork"),
              ("m6", "the minister", "arnadottir"),
              ("m7", ("Ragnheiður", "Ragnheiður refers"), "arnadottir"),
              ("m8", "Björk and author Andri Snær Magnason", "bjorkmagnason"),
              ("m9", ("Björk", "Björk said"), "bjork"),
              ("m10", ("Ragnheiður", "Ragnheiður told"), "arnadottir"),
              ("m11", ("Björk", "invite Björk"), "bjork"),
              ("m12", ("she", "she said"), "arnadottir")],
    attributions=[("a1", "INDIRECT", "m1", "says",
                   "Björk has gotten some facts wrong about the government’s plans for the Highlands", None),
                  ("a2", "INDIRECT", "m3", "reports", seg(T, "Ragnheiður, while happy", "with the Highlands are"), None),
                  ("a3", "INDIRECT", "m4", "believes",
                   "the artist’s objections are based in part on misunderstanding what the government’s intentions with the Highlands are", "a2"),
                  ("a4", "DIRECT", "m6", ("said", "the minister said"), "A power line over the Highlands has not been decided on yet,", None),
                  ("a5", "DIRECT", "m6", None, seg(T, "This is one of the misunderstandings", "stop it from happening."), None),
                  ("a6", "INDIRECT", "m8", ("told", "Magnason told"),
                   "the government is planning further development of one of the most unspoiled regions of Iceland", None),
                  ("a7", "DIRECT", "m9", ("said", "Björk said"), "Iceland currently has the largest untouched area of nature in Europe,", None),
                  ("a8", "DIRECT", "m9", None, seg(T, "The government has plans to build", "protect our wilderness."), None),
                  ("a9", "INDIRECT", "m10", ("told", "Ragnheiður told"),
                   "she realises that one of the main attractions for tourists to Iceland is the unspoiled nature", None),
                  ("a10", "DIRECT", "m12", ("said", "she said"), "I should maybe invite Björk to meet with me, so we can discuss this,", None),
                  ("a11", "DIRECT", "m12", None, "To go over the procedures, and join hands to defend Icelandic interests.", None),
                  ("a12", "INDIRECT", None, "petition", "to declare the Highlands a national park", None)])

# ---------------------------------------------------------------------------------------
# The site's navigation lines ("Date in Portugal", "Clock Icon", "Portugal Pulse: Portugal News /
# Expats Community / ...") are left out; the headline is kept. The stored copy breaks off in "as
# they cannot be relocated for work beyond their munici", so the text is cut before that paragraph.
# The headline's "affects" is not a reporting verb. "reiterated the call for the resignation of
# ..." is read like "renewed its pledge" (cue with its fixed object), and "accusing the government
# ... of “failing ...”" as a second claim of the same speaker (FORMAT.md, "X said A, warning that
# B"); the accused stays in the content, as an addressee does with "called on".
# The quotation interrupted by "she commented" splits into two attributions, the second with a
# null cue. "highlighted issues in obstetrics, ..., illustrating “the destabilization ...”" is one
# MIXED claim: "illustrating" is what the issues show in her account, not a second speech act.
# "Minister Ana Paula Martins’ plan to create ..." is a plan, not a speech act; the minister says
# nothing in the kept text, so she is no entity.
doc("portugalpulse-fnam-doctors-strike-porto",
    url="https://www.portugalpulse.com/doctors-strike-affects-appointments-at-hospitals-and-health-centers",
    outlet="Portugal Pulse", country="Portugal", topic="health-science", cut=True,
    text=(T := "Doctors’ strike affects appointments at hospitals and health centers\n"
          "At the São João Hospital in Porto, Joana Bordalo e Sá announced that adherence numbers for the strike coinciding with a general Public Administration strike will be provided by late morning. She mentioned that the protest’s impact would be more pronounced in consultations and operating rooms, particularly affecting scheduled surgeries.\n"
          "She assured that minimum services would be “scrupulously fulfilled.”\n"
          "Speaking to journalists, the FNAM leader reiterated the call for the resignation of Health Minister Ana Paula Martins, accusing the government led by Luís Montenegro of “failing to make any difference.”\n"
          "“We are witnessing the destruction of the National Health Service,” she commented, “because there is no investment in human resources, whether for doctors still in the NHS or the younger doctors we’re training but who see no future prospects.”\n"
          "She added, “There’s no perspective of career advancement, and that’s why we are striking today. It’s about career recognition but, above all, defending public service, our NHS.”\n"
          "Bordalo e Sá highlighted issues in obstetrics, with births occurring in streets and ambulances, illustrating “the destabilization within the National Health Service, which will worsen with Minister Ana Paula Martins’ plan to create regional emergency services.”\n"
          "“A regional emergency service differs from a metropolitan one. Here in Porto, the metropolitan emergency covers hospitals only a few kilometers apart. A regional emergency doesn’t function that way,” she stated."),
    entities=[("bordalo", "Joana Bordalo e Sá", "PERSON", ["Bordalo e Sá", "the FNAM leader"],
               "leader of the National Federation of Doctors (FNAM)")],
    mentions=[("m1", "Joana Bordalo e Sá", "bordalo"),
              ("m2", ("She", "She mentioned"), "bordalo"),
              ("m3", ("She", "She assured"), "bordalo"),
              ("m4", "the FNAM leader", "bordalo"),
              ("m5", ("she", "she commented"), "bordalo"),
              ("m6", ("She", "She added"), "bordalo"),
              ("m7", ("Bordalo e Sá", "Bordalo e Sá highlighted"), "bordalo"),
              ("m8", ("she", "she stated"), "bordalo")],
    attributions=[("a1", "INDIRECT", "m1", "announced", seg(T, "adherence numbers", "by late morning"), None),
                  ("a2", "INDIRECT", "m2", "mentioned",
                   "the protest’s impact would be more pronounced in consultations and operating rooms, particularly affecting scheduled surgeries", None),
                  ("a3", "MIXED", "m3", "assured", "minimum services would be “scrupulously fulfilled.”", None),
                  ("a4", "INDIRECT", "m4", "reiterated the call for", "the resignation of Health Minister Ana Paula Martins", None),
                  ("a5", "MIXED", "m4", "accusing", "the government led by Luís Montenegro of “failing to make any difference.”", None),
                  ("a6", "DIRECT", "m5", "commented", "We are witnessing the destruction of the National Health Service,", None),
                  ("a7", "DIRECT", "m5", None, seg(T, "because there is no investment", "no future prospects."), None),
                  ("a8", "DIRECT", "m6", "added", seg(T, "There’s no perspective", "our NHS."), None),
                  ("a9", "MIXED", "m7", "highlighted", seg(T, "issues in obstetrics", "regional emergency services.”"), None),
                  ("a10", "DIRECT", "m8", "stated", seg(T, "A regional emergency service differs", "function that way,"), None)])

# ---------------------------------------------------------------------------------------
# The player bar, programme lines, "Advertisement", the section label "Soccer", the truncated teaser
# and the repeated headline are left out; the headline is kept once. A trailing space at the end of
# the lead paragraph is dropped with the paragraph break. The stored copy breaks off in "“Our
# playe", so the text is cut before that paragraph.
# The headline ("McCarthy impressed by ...") is a state with no reported content, not a claim.
# The first quotation opens with a curly mark and closes with a straight one; it is kept as
# printed. "And yes, it was a great goal ..." reads like McCarthy's words but has no quotation
# marks and no cue: not annotated (FORMAT.md, "No cue, no claim").
# The quotation opened in "“What did impress me ..." is left open at its paragraph end and closes
# in the next one: one DIRECT attribution continuing "the Ireland boss told" (null cue). The
# quotation after the colon frame "The Ireland boss says they're awaiting ...:" continues that
# speaker with a null cue, since the frame's "says" already has its own indirect content.
# "the FAI's website" is a medium.
doc("offtheball-mccarthy-jack-byrne-dundalk",
    url="https://offtheball.com/index.php/soccer/mick-mccarthy-impressed-jack-byrnes-showing-dundalk-976777",
    outlet="Off The Ball", country="Ireland", topic="sport", cut=True,
    text=(T := "Mick McCarthy impressed by Jack Byrne's showing against Dundalk\n"
          "Republic of Ireland manager Mick McCarthy says he didn't need to see Jack Byrne's match-winning goal to be impressed by the Shamrock Rovers' midfielder's performance last Friday night.\n"
          "McCarthy was in the stands at Tallaght to watch the Hoops' 3-2 victory over the defending SSE Airtricity League Premier Division leaders.\n"
          "“I did see Jack’s goal – on my phone in the car!,\" the Ireland boss told the FAI's website.\n"
          "And yes, it was a great goal and maybe as good as the earlier Jordan Flores strike for Dundalk that has been seen by so many across the globe by now and rightly so.\n"
          "“What did impress me on the night was Jack’s ability to see a pass and make the pass. Plenty of players can see a pass but Jack is able to play the ball as well and that was a key factor in the game.\n"
          "“He certainly gave me plenty to think about with that performance and I loved everything about the game. The atmosphere was electric, the record crowd had a real buzz about them and it was a great advert for the League.”\n"
          "The Ireland boss says they're awaiting further news on the extent of the injury suffered by captain Seamus Coleman on Sunday:\n"
          "“Our thoughts are with Seamus now, our doctor Alan Byrne has been in touch with the medical team at Everton and we will wait on their prognosis.\n"
          "“It’s not good news as of now but, like James McClean, Seamus is a fighter and he will do everything he can do to be on the plane to Slovakia. We will keep our fingers crossed for him.”\n"
          "McCarthy says he was also pleased to see Michael Obafemi, Scott Hogan and James Collins find the net last weekend:"),
    entities=[("mccarthy", "Mick McCarthy", "PERSON",
               ["McCarthy", "Republic of Ireland manager Mick McCarthy", "the Ireland boss"], "Republic of Ireland manager")],
    mentions=[("m1", ("Mick McCarthy", "Mick McCarthy impressed"), "mccarthy"),
              ("m2", "Republic of Ireland manager Mick McCarthy", "mccarthy"),
              ("m3", ("McCarthy", "McCarthy was in the stands"), "mccarthy"),
              ("m4", "the Ireland boss", "mccarthy"),
              ("m5", "The Ireland boss", "mccarthy"),
              ("m6", ("McCarthy", "McCarthy says he was also"), "mccarthy")],
    attributions=[("a1", "INDIRECT", "m2", ("says", "McCarthy says he didn't"),
                   seg(T, "he didn't need to see", "last Friday night"), None),
                  ("a2", "DIRECT", "m4", "told", "I did see Jack’s goal – on my phone in the car!,", None),
                  ("a3", "DIRECT", "m4", None, seg(T, "What did impress me", "advert for the League."), None),
                  ("a4", "INDIRECT", "m5", ("says", "boss says"),
                   "they're awaiting further news on the extent of the injury suffered by captain Seamus Coleman on Sunday", None),
                  ("a5", "DIRECT", "m5", None, seg(T, "Our thoughts are with Seamus", "crossed for him."), None),
                  ("a6", "INDIRECT", "m6", ("says", "McCarthy says he was also"),
                   "he was also pleased to see Michael Obafemi, Scott Hogan and James Collins find the net last weekend", None)])

# ---------------------------------------------------------------------------------------
# The breadcrumb line ("Home Labour Relations ..."), the byline ("by HR News Canada") and "0
# comments" are left out; the headline is kept. The stored copy breaks off in "Unifor is demanding
# that RYAM reconsider its decision and maintain operations at the Témiscaming site, ", so the text
# is cut before that paragraph.
# Headline: "calls for" is the cue; "amid Témiscaming plant closure" is an adjunct of the calling
# and left out. "criticized X for Y" (twice) is evaluative reporting with a content, the target
# kept in it. In the lead, the apposition "a move that threatens 275 jobs and has sparked calls for
# government intervention" is read as the reporter's, so the content of "criticized" ends at
# "Que."; the "calls for government intervention" in it is a noun cue with nobody named (null
# source), not nested.
# "The decision, detailed in a May 7 press release from RYAM, ..., it said": "it" is RYAM, the
# author named in the press release's NP; "detailed in" is a participle (like "figures released on
# Friday"), not a claim. "the company’s actions, which they claim disregard ...": the claim in the
# relative clause is nested in "condemned", its content without the relative pronoun (as in
# test23's "what they said was ...").
# "expressed deep concern for the community’s future" is read like "voiced relief that" (a noun
# phrase content, the linking "for" left out). "He urged for “...”": the whole content is one
# quotation, so DIRECT with cue "urged". Persons' aliases leave out "Unifor" so that the union's
# name stays its own (score.py's speaker rule).
doc("hrnewscanada-unifor-rayonier-temiscaming-closure",
    url="https://hrnewscanada.com/labour-relations/unifor-calls-from-action-from-rayonier-quebec-government-amid-temiscaming-plant-closure",
    outlet="HR News Canada", country="Canada", topic="business", cut=True,
    text=(T := "Unifor calls for action from Rayonier, Quebec government amid Témiscaming plant closure\n"
          "Unifor has publicly criticized Rayonier Advanced Materials (RYAM) for its recent decision to suspend operations at its cellulose plant in Témiscaming, Que., a move that threatens 275 jobs and has sparked calls for government intervention.\n"
          "The decision, detailed in a May 7 press release from RYAM, is part of a strategy to facilitate the sale of the business, which began last fall, it said. Unifor condemned the company’s actions, which they claim disregard the well-being of the plant’s workers and the broader community.\n"
          "Daniel Cloutier, Unifor’s Quebec Director, described the company’s strategy as lacking “any human consideration.” He stated, “This is a company that’s sacrificing the well-being of an entire community to prove its profitability to third parties. Treating workers as mere pawns in a financial game is both inhumane and irresponsible.”\n"
          "The union also criticized the Quebec government, particularly the minister responsible for the region, Jean Boulet, for not responding to the situation. Unifor argues that the government should take a stand against a company that benefits from public funds while allegedly prioritizing its American operations at the expense of Quebec assets.\n"
          "Stéphane Lefebvre, President of Unifor Local 233, expressed deep concern for the community’s future. “An entire town is in peril due to the unilateral decision of an American company. We’re also seeing a lack of response from the minister responsible for the region,” Lefebvre said. He urged for “an immediate and decisive intervention from the government to save the jobs and communities affected by this business decision.”"),
    entities=[("unifor", "Unifor", "ORGANIZATION", ["The union"], "Canadian private-sector union"),
              ("ryam", "Rayonier Advanced Materials", "ORGANIZATION",
               ["Rayonier Advanced Materials (RYAM)", "RYAM", "Rayonier"], "owner of the Témiscaming cellulose plant"),
              ("cloutier", "Daniel Cloutier", "PERSON", ["Cloutier"], "Unifor's Quebec Director"),
              ("lefebvre", "Stéphane Lefebvre", "PERSON", ["Lefebvre"], "President of Unifor Local 233")],
    mentions=[("m1", ("Unifor", "Unifor calls"), "unifor"),
              ("m2", ("Rayonier", "from Rayonier,"), "ryam"),
              ("m3", ("Unifor", "Unifor has publicly"), "unifor"),
              ("m4", "Rayonier Advanced Materials (RYAM)", "ryam"),
              ("m5", ("RYAM", "press release from RYAM"), "ryam"),
              ("m6", ("it", "it said."), "ryam"),
              ("m7", ("Unifor", "Unifor condemned"), "unifor"),
              ("m8", ("they", "they claim"), "unifor"),
              ("m9", "Daniel Cloutier, Unifor’s Quebec Director", "cloutier"),
              ("m10", ("He", "He stated"), "cloutier"),
              ("m11", "The union", "unifor"),
              ("m12", ("Unifor", "Unifor argues"), "unifor"),
              ("m13", "Stéphane Lefebvre, President of Unifor Local 233", "lefebvre"),
              ("m14", ("Lefebvre", "Lefebvre said"), "lefebvre"),
              ("m15", ("He", "He urged"), "lefebvre")],
    attributions=[("a1", "INDIRECT", "m1", ("calls for", "Unifor calls for"), "action from Rayonier, Quebec government", None),
                  ("a2", "INDIRECT", "m3", ("criticized", "publicly criticized"),
                   seg(T, "Rayonier Advanced Materials (RYAM) for", "Témiscaming, Que."), None),
                  ("a3", "INDIRECT", None, ("calls for", "sparked calls for"), "government intervention", None),
                  ("a4", "INDIRECT", "m6", ("said", "it said."),
                   seg(T, "The decision, detailed", "which began last fall"), None),
                  ("a5", "INDIRECT", "m7", "condemned",
                   "the company’s actions, which they claim disregard the well-being of the plant’s workers and the broader community", None),
                  ("a6", "INDIRECT", "m8", "claim",
                   "disregard the well-being of the plant’s workers and the broader community", "a5"),
                  ("a7", "MIXED", "m9", "described", "the company’s strategy as lacking “any human consideration.”", None),
                  ("a8", "DIRECT", "m10", "stated", seg(T, "This is a company", "inhumane and irresponsible."), None),
                  ("a9", "INDIRECT", "m11", ("criticized", "also criticized"),
                   "the Quebec government, particularly the minister responsible for the region, Jean Boulet, for not responding to the situation", None),
                  ("a10", "INDIRECT", "m12", "argues", seg(T, "the government should take a stand", "Quebec assets"), None),
                  ("a11", "INDIRECT", "m13", "expressed deep concern", "the community’s future", None),
                  ("a12", "DIRECT", "m14", ("said", "Lefebvre said"), seg(T, "An entire town is in peril", "for the region,"), None),
                  ("a13", "DIRECT", "m15", "urged",
                   "an immediate and decisive intervention from the government to save the jobs and communities affected by this business decision.", None)])

# ---------------------------------------------------------------------------------------
# CMC copy on the Montserrat Reporter's "Court" archive page, the first story of the listing. The
# page title ("Archive | Court") and the image text "court rul" (printed before the headline and
# run into "Kenneth Browne") are left out; the story ends at "Posted in Court, Crime, ...", which
# is left out with the next story of the listing, so the text is not cut. No year is printed.
# The dateline "PORT OF SPAIN, Trinidad, Mar 20, CMC –" is not an attribution.
# "The police woman had been reported missing" is an agentless passive with a raised subject
# (FORMAT.md, "The firm was expected to post a loss"): cue "reported", content "missing", null
# source. Charging, appearing in court, the DPP's "go-ahead" and the pathologist's "could not be
# determined" are actions or have no reported content.
# "told the court that he had written to ... requesting an investigation into ...": the request of
# the letter is nested, its source the "he" of the reported clause.
# "Williams said that when he and other attorneys attempted to meet with the accused ..., the
# officers resisted and claimed that one police officer placed his hands on Williams ...": by the
# grammar the officers would be claiming, but the sense requires Williams (the officers would not
# claim that one of them pushed him, and the paragraph is his complaint): "claimed" is read as a
# second verb of Williams, so "said" ends at "the officers resisted" and "claimed" is a claim of
# Williams, not nested. Doubtful; recorded here.
doc("montserratreporter-trinidad-policewoman-murder-charges",
    url="https://www.themontserratreporter.com/category/news/court/",
    outlet="The Montserrat Reporter", country="Montserrat", topic="courts-crime", cut=False,
    text=(T := "Two charged in the death of a police woman\n"
          "PORT OF SPAIN, Trinidad, Mar 20, CMC – Two persons, including a 36-year-old woman, will return to court on April 18 after they were charged with murder and illegally disposing of the body of woman police officer Nyasha Joseph, whose body was fished out of the sea last week.\n"
          "Melissa and Kenneth Browne, (not relatives) appeared before Chief Magistrate Marcia Ayers Caesar in the Port of Spain Eighth Court on Monday, less than 24 hours after the Office of the Director of Public Prosecution (DPP) had given police the go-ahead to charge them.\n"
          "Kenneth Browne, 36, is charged with knowingly assisting in the murder of the police officer illegally disposing of a body, while Melissa Browne, 36, charged with murdering WPC Joseph sometime between March 8 and March 16, at Sea Lots, just on the outskirts of the capital. She was not required to plead as the charge was laid indictably.\n"
          "The police woman had been reported missing on March 8, and her body was found by a fisherman in Gulf of Paria on March 16. The cause of her death could not be determined by the pathologist.\n"
          "Police said that the accused are not married but have a relationship.\n"
          "Meanwhile, defence attorney Criston J Williams told the court that he had written to the Commissioner of Police and the head of the Police Complaints Authority (PCA) requesting an investigation into the conduct of the police officers during their probe.\n"
          "He said the officers used unfair interrogation techniques and were disrespectful to the lawyers representing the accused.\n"
          "Williams said that when he and other attorneys attempted to meet with the accused during the investigation, the officers resisted and claimed that one police officer placed his hands on Williams in an attempt to push him away.\n"
          "Williams said his clients’ fundamental rights had been breached."),
    entities=[("police", "Police", "ORGANIZATION", [], "Trinidad and Tobago Police Service"),
              ("williams", "Criston J Williams", "PERSON", ["Williams", "defence attorney Criston J Williams"],
               "defence attorney of the accused")],
    mentions=[("m1", ("Police", "Police said"), "police"),
              ("m2", "defence attorney Criston J Williams", "williams"),
              ("m3", ("he", "he had written"), "williams"),
              ("m4", ("He", "He said the officers"), "williams"),
              ("m5", ("Williams", "Williams said that when"), "williams"),
              ("m6", ("Williams", "Williams in an attempt"), "williams"),
              ("m7", ("Williams", "Williams said his"), "williams")],
    attributions=[("a1", "INDIRECT", None, ("reported", "reported missing"), ("missing", "reported missing"), None),
                  ("a2", "INDIRECT", "m1", ("said", "Police said"), "the accused are not married but have a relationship", None),
                  ("a3", "INDIRECT", "m2", "told", seg(T, "he had written to the Commissioner", "during their probe"), None),
                  ("a4", "INDIRECT", "m3", "requesting", "an investigation into the conduct of the police officers during their probe", "a3"),
                  ("a5", "INDIRECT", "m4", ("said", "He said the officers"),
                   "the officers used unfair interrogation techniques and were disrespectful to the lawyers representing the accused", None),
                  ("a6", "INDIRECT", "m5", ("said", "Williams said that when"),
                   seg(T, "when he and other attorneys", "the officers resisted"), None),
                  ("a7", "INDIRECT", "m5", "claimed",
                   "one police officer placed his hands on Williams in an attempt to push him away", None),
                  ("a8", "INDIRECT", "m7", ("said", "Williams said his"), "his clients’ fundamental rights had been breached", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. The stored copy breaks off in
# "“All affected students will be afforded the opportunity to complete their examination", so the
# text is cut before that paragraph. The date is the one the lead gives ("today (December 07,
# 2020)").
# "According to Flow’s release" and "A press release from Digicel" name their authors in the NP,
# so they are mentions of Flow and Digicel (FORMAT.md, Documents). The release's quotation is the
# whole content (DIRECT); "the issue was identified as ..." inside it is not a speech act.
# "What Flow described as “...”": the object is the free relative, so the content is the quotation
# alone (DIRECT), as test23 does with "photos which the judge called "grotesque."".
# Samaroo's quotation interrupted by "said ..." splits in two; the next paragraph's quotation has
# no reporting clause of its own and continues her (null cue). "The University of the West Indies
# issued an advisory ..., acknowledging the connectivity issues, ...": issuing is an action; the
# claim is "acknowledging" (its content runs to the sentence end, the students' "expected" there
# not being a speech act).
doc("technewstt-flow-digicel-curacao-outage",
    url="https://technewstt.com/flow-curacao-outage",
    outlet="TechNewsTT", country="Trinidad and Tobago", topic="technology", cut=True, published="2020-12-07",
    text=(T := "Flow announced today (December 07, 2020) that it had restored connectivity to its networks in the South Caribbean.\n"
          "Beginning at 8:00am this morning, its Internet service in Trinidad and Tobago was severely impacted, along with Barbados, Dominica, St. Lucia, St Vincent and Grenada.\n"
          "According to Flow’s release, “the issue was identified as a loss of power on a link in Curacao that provides critical capacity for local internet traffic.”\n"
          "What Flow described as “degraded services such as slower internet speeds and intermittent buffering when using broadband services” was an unusable Internet experience for most users.\n"
          "Flow parent company Liberty Latin America is a regional provider of bulk broadband capacity, so other ISPs in TT were affected, including Digicel.\n"
          "A press release from Digicel described the outage as the result of “a series of unfortunate events.”\n"
          "“Last week there was a significant subsea fibre break between Guadeloupe and Antigua. This affected some Digicel+ customers and, unfortunately, that problem is still being dealt with,” said Chandrika Samaroo, Operations Director at Digicel. “To help maintain connectivity, Digicel re-routed service through an alternate path via the same upstream supplier through Curacao. On Monday morning, however, there was a major island-wide power outage in Curacao that disrupted that path as well. Once that happened, services here in Trinidad and Tobago were also affected.”\n"
          "“This sequence of events did not totally interrupt service since Digicel maintains another layer of diversity in our network that supported a significant percentage of our traffic. However, the outage did cause massive amounts of congestion on both our mobile and fibre networks.”\n"
          "The University of the West Indies issued an advisory to its students, acknowledging the connectivity issues, particularly for students expected to do examinations today."),
    entities=[("flow", "Flow", "ORGANIZATION", [], "Caribbean telecommunications provider"),
              ("digicel", "Digicel", "ORGANIZATION", [], "Caribbean telecommunications provider"),
              ("samaroo", "Chandrika Samaroo", "PERSON", ["Samaroo"], "Operations Director at Digicel"),
              ("uwi", "The University of the West Indies", "ORGANIZATION", ["University of the West Indies"], None)],
    mentions=[("m1", ("Flow", "Flow announced"), "flow"),
              ("m2", "Flow’s release", "flow"),
              ("m3", ("Flow", "Flow described"), "flow"),
              ("m4", ("Digicel", "including Digicel"), "digicel"),
              ("m5", "A press release from Digicel", "digicel"),
              ("m6", "Chandrika Samaroo, Operations Director at Digicel", "samaroo"),
              ("m7", ("Digicel", "Digicel re-routed"), "digicel"),
              ("m8", ("Digicel", "Digicel maintains"), "digicel"),
              ("m9", "The University of the West Indies", "uwi")],
    attributions=[("a1", "INDIRECT", "m1", "announced", "it had restored connectivity to its networks in the South Caribbean", None),
                  ("a2", "DIRECT", "m2", "According to",
                   "the issue was identified as a loss of power on a link in Curacao that provides critical capacity for local internet traffic.", None),
                  ("a3", "DIRECT", "m3", ("described", "Flow described"),
                   "degraded services such as slower internet speeds and intermittent buffering when using broadband services", None),
                  ("a4", "MIXED", "m5", ("described", "Digicel described"), "the outage as the result of “a series of unfortunate events.”", None),
                  ("a5", "DIRECT", "m6", ("said", "said Chandrika"), seg(T, "Last week there was", "still being dealt with,"), None),
                  ("a6", "DIRECT", "m6", None, seg(T, "To help maintain connectivity", "were also affected."), None),
                  ("a7", "DIRECT", "m6", None, seg(T, "This sequence of events", "fibre networks."), None),
                  ("a8", "INDIRECT", "m9", "acknowledging",
                   "the connectivity issues, particularly for students expected to do examinations today", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. The stored copy breaks off in
# "Kinsella didn't confirm or deny the project to the Globe, but said generally his firm has w", so
# the text is cut before that paragraph. The date is the URL's.
# "reports linked the Conservative party to a co-ordinated effort ...": "reports" names no author,
# so it is its own GROUP (FORMAT.md, Documents); "linked X to Y" is read as evaluative reporting
# with a content (like "described X as Y"), the party kept in the content.
# "A source ... said the client was the Conservatives, the Globe reported": the trailing clause
# governs the sentence, so the Globe's report holds the source's claim (nested).
# "whom polls suggest is locked in ..." is an evidential. "refused to confirm, deny or even
# acknowledge the report" is read like the seed's "declined to provide an update" (a refusal as a
# speech act, content "the report").
# "Bernier told a news conference of his own, adding that ...": "a news conference" is an
# addressee; the "adding" clause is a second claim, its content running to the sentence end; "filed
# a complaint" in it is an action. The next paragraph's quotation has no reporting clause and
# continues Bernier (null cue); "We had suspected ..." in it is his own attitude, not split off.
# "Maxime Bernier" in "a candidate also named Maxime Bernier" is another man, not a mention of the
# speaker. Warren Kinsella says nothing in the kept text, so he is no entity.
doc("nationalobserver-scheer-kinsella-bernier-smear",
    url="https://nationalobserver.com/2019/10/20/news/scheer-has-his-own-scandal-now",
    outlet="Canada's National Observer", country="Canada", topic="politics", cut=True, published="2019-10-20",
    text=(T := "With election day less than 48 hours away, Andrew Scheer suddenly found himself in the hot seat Saturday as reports linked the Conservative party to a co-ordinated effort to smear former caucus colleague Maxime Bernier and his nascent populist People's Party of Canada.\n"
          "The Globe and Mail reported that strategist Warren Kinsella and his firm Daisy Group were hired to \"seek and destroy\" Bernier's party and portray its supporters as racist. A source with direct knowledge of the project said the client was the Conservatives, the Globe reported.\n"
          "The Conservative leader, whom polls suggest is locked in a neck-and-neck duel with Liberal rival Justin Trudeau, refused to confirm, deny or even acknowledge the report during a news conference in Toronto that featured few questions about anything else.\n"
          "\"We don't offer comments on contracts that may or may not exist on vendors we may or may not have a relationship with,\" he said, repeatedly.\n"
          "Bernier formed the People's Party of Canada — a populist, libertarian movement steeped in nationalist sentiment and aimed at draining support from the right-wing flank of the Tories — after he narrowly lost the Conservative leadership race to Scheer.\n"
          "\"This is the kind of dirty politics that fuels Canadians' cynicism about politics,\" Bernier told a news conference of his own, adding that he had filed a complaint with the Commissioner of Canada Elections, the office that enforces Canada's election laws.\n"
          "\"This secret campaign is an attack on the integrity of our democratic process. We had suspected for a long time that many of the supposed scandals of the last month had been fabricated by opponents.\"\n"
          "He even suggested that Kinsella's so-called \"seek-and-destroy\" campaign might have had a hand in the satirical Rhinoceros party's decision to field a candidate also named Maxime Bernier in the leader's Quebec riding of Beauce in hopes of confusing voters."),
    entities=[("scheer", "Andrew Scheer", "PERSON", ["Scheer", "The Conservative leader"], "Conservative Party of Canada leader"),
              ("reports", "reports", "GROUP", [], "unnamed media reports"),
              ("bernier", "Maxime Bernier", "PERSON", ["Bernier", "former caucus colleague Maxime Bernier"],
               "People's Party of Canada leader"),
              ("globe", "The Globe and Mail", "ORGANIZATION", ["the Globe"], "Canadian newspaper"),
              ("source", "A source with direct knowledge of the project", "PERSON", [], "unnamed source")],
    mentions=[("m1", "Andrew Scheer", "scheer"),
              ("m2", ("reports", "reports linked"), "reports"),
              ("m3", "former caucus colleague Maxime Bernier", "bernier"),
              ("m4", "The Globe and Mail", "globe"),
              ("m5", "A source with direct knowledge of the project", "source"),
              ("m6", ("the Globe", "the Globe reported"), "globe"),
              ("m7", "The Conservative leader", "scheer"),
              ("m8", ("he", "he said, repeatedly"), "scheer"),
              ("m9", ("Bernier", "Bernier formed"), "bernier"),
              ("m10", ("Scheer", "race to Scheer"), "scheer"),
              ("m11", ("Bernier", "Bernier told"), "bernier"),
              ("m12", ("He", "He even suggested"), "bernier")],
    attributions=[("a1", "INDIRECT", "m2", "linked",
                   seg(T, "the Conservative party to a co-ordinated effort", "People's Party of Canada"), None),
                  ("a2", "MIXED", "m4", ("reported", "Mail reported"), seg(T, "strategist Warren Kinsella", "supporters as racist"), None),
                  ("a3", "INDIRECT", "m6", ("reported", "the Globe reported"),
                   "A source with direct knowledge of the project said the client was the Conservatives", None),
                  ("a4", "INDIRECT", "m5", ("said", "project said"), "the client was the Conservatives", "a3"),
                  ("a5", "INDIRECT", "m7", "refused to confirm, deny or even acknowledge", ("the report", "acknowledge the report"), None),
                  ("a6", "DIRECT", "m8", ("said", "he said, repeatedly"), seg(T, "We don't offer comments", "relationship with,"), None),
                  ("a7", "DIRECT", "m11", ("told", "Bernier told"),
                   "This is the kind of dirty politics that fuels Canadians' cynicism about politics,", None),
                  ("a8", "INDIRECT", "m11", "adding", seg(T, "he had filed a complaint", "election laws"), None),
                  ("a9", "DIRECT", "m11", None, seg(T, "This secret campaign is an attack", "fabricated by opponents."), None),
                  ("a10", "MIXED", "m12", "suggested", seg(T, "Kinsella's so-called", "confusing voters"), None)])

write("train_ct.jsonl")
