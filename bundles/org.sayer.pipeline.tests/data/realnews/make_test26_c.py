#!/usr/bin/env python3
"""Writes test26_c.jsonl: real-news gold, split test26-c (see gold.py). Run: python3 make_test26_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The navigation line ("Image default", "Pakistan Top Stories") is left out; the headline is
# kept. The stored copy ends with the last paragraph kept here. One paragraph of the stored copy
# opens with a stray space (" According to the PCB chairman"); the space is dropped, the double
# spaces inside paragraphs are kept as printed.
# Headline: "declares X as Y" is read like "described X as Y" (content "X as Y"), as is the lead's
# "declared ... as an accident". "adding that whole team and management have expressed their
# shame over the defeat" holds a nested claim of the coordinated group (one GROUP), with
# "expressed their shame" as cue (like "voiced relief that") and "over" only linking.
# "he informed the media that ..." has a that-clause, so it is a claim (the media an addressee);
# "the board has sought clarification from chief selector Moin Khan over his visit ..." is read as
# a request nested in it (like "asked the driver whether ..."): the addressee is left out, "over"
# only links. "According to the PCB chairman people were disappointed that ... while a
# psychological expert had informed him that ...": the expert's information is nested;
# "people were disappointed that" is a state, not a speech act, and is not split off.
# The two quotations have no reporting clause of their own and continue the previous speaker (null
# cue, same source mention). "dismissed speculation that ...": content "speculation that ..." (as
# "rejected the ... discourse" in test23_a), with the agentless noun cue "speculation" nested
# (null source). "Reports stating that ..." inside the last quotation is a document with no author
# named: its own GROUP entity, nested in the quotation. Moin Khan, Waqar Younis and the others are
# no speakers here. "was talking to media" has no content.
doc("thenewstribe-pcb-chairman-world-cup-defeats-accident",
    url="https://www.thenewstribe.io/2015/02/23/pcb-chairman-declares-team-defeat-in-first-two-matches-as-accident/",
    outlet="The News Tribe", country="Pakistan", topic="sport", cut=False, published="2015-02-23",
    text=(T := "PCB chairman declares team defeat in first two matches as accident\n"
          "LAHORE:The Pakistan Cricket Board (PCB) Chairman Shahryar Khan on Monday declared team’s back to back defeat in the World Cup as an accident adding that whole team and management have expressed their shame over the defeat in last two matches.\n"
          "The PCB chairman was talking to media in Lahore and he informed the media that the board  has sought clarification from chief selector Moin Khan  over his visit to a casino before the crucial match against the West Indies.\n"
          "Khan said the PCB would not jump to a conclusion on the issue before investigating all the facts.\n"
          "He said that they were looking at the facts and would take decision after investigation.\n"
          "The PCB chairman said the Board was fully behind the team.\n"
          "According to the PCB chairman people were disappointed that the team did not fight while a psychological expert had informed him that the team was playing in fear.\n"
          "“We are aware of all the criticism the team has been subjected to after their  loses. But we just want the team to shake off negativity and perform without any pressure whatsoever. We fully support then.”\n"
          "Khan also dismissed speculation that the team was divided into groups.\n"
          "“I’ve spoken to Waqar Younis, Misbah-ul-Haq, Moin Khan and even the team manager. Reports stating that there are rifts within the team are completely baseless. The team held a meeting today and everyone is rejuvenated after that session and completely united.”"),
    entities=[("khan", "Shahryar Khan", "PERSON",
               ["Khan", "PCB chairman", "The PCB chairman", "Chairman Shahryar Khan"],
               "chairman of the Pakistan Cricket Board"),
              ("pcb", "Pakistan Cricket Board", "ORGANIZATION", ["the board", "the Board", "the PCB"],
               "Pakistan's cricket governing body"),
              ("teammgmt", "whole team and management", "GROUP", [], "the Pakistan team and its management"),
              ("expert", "a psychological expert", "PERSON", ["psychological expert"], "psychologist consulted by the PCB chairman"),
              ("reports", "Reports", "GROUP", [], "unnamed reports of rifts in the team")],
    mentions=[("m1", ("PCB chairman", "PCB chairman declares"), "khan"),
              ("m2", "The Pakistan Cricket Board (PCB) Chairman Shahryar Khan", "khan"),
              ("m3", "whole team and management", "teammgmt"),
              ("m4", ("The PCB chairman", "The PCB chairman was talking"), "khan"),
              ("m5", ("he", "he informed"), "khan"),
              ("m6", ("the board", "the board  has"), "pcb"),
              ("m7", ("Khan", "Khan said the PCB"), "khan"),
              ("m8", ("the PCB", "the PCB would not"), "pcb"),
              ("m9", ("He", "He said that they"), "khan"),
              ("m10", ("The PCB chairman", "The PCB chairman said"), "khan"),
              ("m11", ("the Board", "the Board was fully"), "pcb"),
              ("m12", ("the PCB chairman", "According to the PCB chairman"), "khan"),
              ("m13", "a psychological expert", "expert"),
              ("m14", ("Khan", "Khan also dismissed"), "khan"),
              ("m15", ("Reports", "Reports stating"), "reports")],
    attributions=[("a1", "INDIRECT", "m1", "declares", "team defeat in first two matches as accident", None),
                  ("a2", "INDIRECT", "m2", "declared", "team’s back to back defeat in the World Cup as an accident", None),
                  ("a3", "INDIRECT", "m2", "adding",
                   "whole team and management have expressed their shame over the defeat in last two matches", None),
                  ("a4", "INDIRECT", "m3", "expressed their shame", "the defeat in last two matches", "a3"),
                  ("a5", "INDIRECT", "m5", ("informed", "he informed"),
                   seg(T, "the board  has sought", "against the West Indies"), None),
                  ("a6", "INDIRECT", "m6", "sought clarification",
                   "his visit to a casino before the crucial match against the West Indies", "a5"),
                  ("a7", "INDIRECT", "m7", ("said", "Khan said the PCB"),
                   "the PCB would not jump to a conclusion on the issue before investigating all the facts", None),
                  ("a8", "INDIRECT", "m9", ("said", "He said that they"),
                   "they were looking at the facts and would take decision after investigation", None),
                  ("a9", "INDIRECT", "m10", ("said", "chairman said the Board"), "the Board was fully behind the team", None),
                  ("a10", "INDIRECT", "m12", "According to",
                   seg(T, "people were disappointed", "playing in fear"), None),
                  ("a11", "INDIRECT", "m13", ("informed", "had informed him"), "the team was playing in fear", "a10"),
                  ("a12", "DIRECT", "m12", None, seg(T, "We are aware of all the criticism", "We fully support then."), None),
                  ("a13", "INDIRECT", "m14", "dismissed", "speculation that the team was divided into groups", None),
                  ("a14", "INDIRECT", None, "speculation", "the team was divided into groups", "a13"),
                  ("a15", "DIRECT", "m14", None, seg(T, "I’ve spoken to Waqar Younis", "completely united."), None),
                  ("a16", "INDIRECT", "m15", "stating", "there are rifts within the team", "a15")])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. The "Read more: ..." link line
# is left out. The stored copy breaks off in "It is unaccep" (the judge's quotation), so the text
# is cut before that paragraph.
# Not claims: the summons ("summoned three lawyers ... to appear ... and face charges") and "passed
# the order" are court actions, "the court rejected it" a court's decision on a petition, "their
# alleged misconduct" a hedge, "threw him some other questions" has no content.
# "The rule questioned why ...": the suo moto rule is a document with no author named in its
# sentence, so it is its own entity (FORMAT.md, Documents), its question a claim.
# "The state lawyers said the HC asked the accused lawyers to appear ... and explain ...": the
# court's request is nested; the addressee is kept, as in "called on X to Y" (it is the subject of
# the infinitive). "The state lawyers" are the attorney and deputy attorney general named just
# before (one GROUP).
# "According to the file of Registrar General, ...": the file names its author in its NP, so its
# source mention is the whole NP, linked to the Registrar General. Pappu's "saying ..." is nested
# in it; "after the court fixed a date for delivering the judgment" is kept in that content as
# printed (it may modify "left", but it follows the reported clause).
# "Pappu orally placed a petition seeking time for hearing the case" is read as his request (cue
# "seeking", NP content, like "called for X"). "asked the judge with a rude attitude why ...": the
# addressee and the manner adjunct are left outside; the reduced relative "the time petition sought
# for the hearing" repeats the same request and is not annotated again.
# "the bar president" inside Pappu's claim and "the president of the Khulna District Bar
# Association" in the lead are Saiful Islam.
doc("unb-hc-summons-khulna-lawyers-contempt",
    url="https://unb.com.bd/category/bangladesh/hc-summons-3-khulna-lawyers-to-face-contempt-charges/103752",
    outlet="United News of Bangladesh", country="Bangladesh", topic="courts-crime", cut=True,
    text=(T := "The High Court on Tuesday summoned three lawyers, including the president of the Khulna District Bar Association, to appear before it on November 22 and face charges amounting to contempt of court, in relation to their alleged misconduct with a judge.\n"
          "An HC bench of Justice J. B. M. Hassan and Justice Razik-Al-Jalil passed the order, with the contempt attached to a suo moto rule following a hearing in this regard.\n"
          "The rule questioned why any punitive action taken against the trio, stemming from their own actions, wouldn’t be illegal.\n"
          "Those summoned were the bar’s president for Khulna district Saiful Islam, and KDBA members Sheikh Nazmul Hossain and Sheikh Ashraf Ali Pappu.\n"
          "Attorney AM Amin Uddin and Deputy Attorney General Tushar Kanti Roy stood for the state in the hearing.\n"
          "The state lawyers said the HC asked the accused lawyers to appear before it in person on November 22 and explain their actions in view of the contempt rule.\n"
          "According to the file of Registrar General, on September 22 lawyer Pappu, who stood for a plaintiff in a case in Khulna, left the court of Khulna’s former Land Survey Tribunal Judge Nirmalendu Das, who is now an additional district judge of Chapainawabganj district, saying the bar president would interrogate the case after the court fixed a date for delivering the judgment.\n"
          "Though Pappu orally placed a petition seeking time for hearing the case, the court rejected it.\n"
          "Later, the three accused lawyers, along with others, entered the court again and created chaos while the judge was hearing another case.\n"
          "Saiful, the senior among them, asked the judge with a rude attitude why he rejected the time petition sought for the hearing of the case and threw him some other questions."),
    entities=[("hc", "the High Court", "ORGANIZATION", ["High Court", "the HC", "HC"], "High Court of Bangladesh"),
              ("rule", "the suo moto rule", "ORGANIZATION", ["The rule", "the contempt rule", "a suo moto rule"],
               "the High Court's suo moto contempt rule"),
              ("statelawyers", "Attorney AM Amin Uddin and Deputy Attorney General Tushar Kanti Roy", "GROUP",
               ["The state lawyers"], "the lawyers for the state at the hearing"),
              ("registrar", "Registrar General", "PERSON", ["the file of Registrar General"],
               "Registrar General of the Supreme Court"),
              ("pappu", "Sheikh Ashraf Ali Pappu", "PERSON", ["Pappu", "lawyer Pappu"], "KDBA member, one of the accused lawyers"),
              ("saiful", "Saiful Islam", "PERSON",
               ["Saiful", "Saiful, the senior among them", "the bar president",
                "the president of the Khulna District Bar Association"],
               "president of the Khulna District Bar Association")],
    mentions=[("m1", ("The High Court", "The High Court on Tuesday"), "hc"),
              ("m2", "the president of the Khulna District Bar Association", "saiful"),
              ("m3", "An HC bench of Justice J. B. M. Hassan and Justice Razik-Al-Jalil", "hc"),
              ("m4", "a suo moto rule", "rule"),
              ("m5", ("The rule", "The rule questioned"), "rule"),
              ("m6", ("Saiful Islam", "Khulna district Saiful Islam"), "saiful"),
              ("m7", "Sheikh Ashraf Ali Pappu", "pappu"),
              ("m8", "Attorney AM Amin Uddin and Deputy Attorney General Tushar Kanti Roy", "statelawyers"),
              ("m9", "The state lawyers", "statelawyers"),
              ("m10", ("the HC", "the HC asked"), "hc"),
              ("m11", "the contempt rule", "rule"),
              ("m12", "the file of Registrar General", "registrar"),
              ("m13", "lawyer Pappu", "pappu"),
              ("m14", "the bar president", "saiful"),
              ("m15", ("Pappu", "Pappu orally"), "pappu"),
              ("m16", "Saiful, the senior among them", "saiful")],
    attributions=[("a1", "INDIRECT", "m5", "questioned",
                   "why any punitive action taken against the trio, stemming from their own actions, wouldn’t be illegal", None),
                  ("a2", "INDIRECT", "m9", ("said", "lawyers said the HC"),
                   seg(T, "the HC asked the accused lawyers", "in view of the contempt rule"), None),
                  ("a3", "INDIRECT", "m10", ("asked", "the HC asked"),
                   seg(T, "the accused lawyers to appear", "in view of the contempt rule"), "a2"),
                  ("a4", "INDIRECT", "m12", "According to",
                   seg(T, "on September 22 lawyer Pappu", "for delivering the judgment"), None),
                  ("a5", "INDIRECT", "m13", "saying",
                   "the bar president would interrogate the case after the court fixed a date for delivering the judgment", "a4"),
                  ("a6", "INDIRECT", "m15", "seeking", "time for hearing the case", None),
                  ("a7", "INDIRECT", "m16", ("asked", "asked the judge"),
                   "why he rejected the time petition sought for the hearing of the case", None)])

# ---------------------------------------------------------------------------------------
# The byline ("By Vyshnavy Velrajh") and the reader comment under the article are left out; the
# headline and the closing credit "(Colombo Gazette)" of the last paragraph are kept as printed
# (the credit is no claim). The stored copy ends with the last paragraph kept here.
# The headline has no cue and no speaker, so it is no claim. "officials said" names unspecified
# officials: their own GROUP, not the TRCSL named in the next sentence.
# "The US and India had banned ..., citing national security concerns": the coordinated subject is
# one GROUP, "citing" a cue with a noun-phrase content. "told the Colombo Gazette" is a medium.
# Inside the quotation, "concerns raised with regards to Chinese mobile applications" is an
# agentless speech act in a reduced relative, nested (null source), read like test23_a's "Worries
# about noise and traffic were also voiced" (content after the linking "with regards to");
# "Sri Lanka has not received any complaints on ..." denies that complaints exist and is no claim.
# "He said in the event ..., the TRCSL will take ...": the conditional belongs to the claim.
doc("colombogazette-trcsl-monitoring-chinese-apps",
    url="https://colombogazette.com/2020/09/23/sri-lanka-will-take-appropriate-measures-if-chinese-apps-pose-threat/",
    outlet="Colombo Gazette", country="Sri Lanka", topic="technology", cut=False, published="2020-09-23",
    text=(T := "Sri Lanka will take appropriate measures if Chinese apps pose threat\n"
          "Sri Lanka will take appropriate measures if Chinese mobile applications pose any threat, officials said.\n"
          "The Telecommunications Regulatory Commission of Sri Lanka (TRCSL) said that it has commenced monitoring the global developments with regards  to Chinese mobile applications.\n"
          "The US and India had banned a number of Chinese mobile apps, including TikTok, citing national security concerns.\n"
          "Director General of the TRCSL, Oshada Senanayake told the Colombo Gazette that TRCSL was monitoring the global situation.\n"
          "He said that Sri Lanka does not have the means to monitor every single mobile application but is following the global best practices in this regard.\n"
          "“The global situation on concerns raised with regards to Chinese mobile applications is in its early stages. Sri Lanka has not received any complaints on Chinese mobile applications, especially TikTok,” Oshada Senanayake said.\n"
          "He said in the event Sri Lanka faces any threats due to such applications, the TRCSL will take necessary measures based on the global best practices procedure.\n"
          "Senanayake added that even though certain countries have taken action against Chinese mobile applications, it was not necessary for Sri Lanka to follow suit, until such applications have been identified as potential threats to the country. (Colombo Gazette)"),
    entities=[("officials", "officials", "GROUP", [], "unnamed Sri Lankan officials"),
              ("trcsl", "Telecommunications Regulatory Commission of Sri Lanka", "ORGANIZATION",
               ["The Telecommunications Regulatory Commission of Sri Lanka (TRCSL)", "TRCSL", "the TRCSL"],
               "Sri Lanka's telecoms regulator"),
              ("usindia", "The US and India", "GROUP", [], "the governments of the United States and India"),
              ("senanayake", "Oshada Senanayake", "PERSON", ["Senanayake"], "Director General of the TRCSL")],
    mentions=[("m1", ("officials", "officials said"), "officials"),
              ("m2", "The Telecommunications Regulatory Commission of Sri Lanka (TRCSL)", "trcsl"),
              ("m3", "The US and India", "usindia"),
              ("m4", "Director General of the TRCSL, Oshada Senanayake", "senanayake"),
              ("m5", ("TRCSL", "that TRCSL was"), "trcsl"),
              ("m6", ("He", "He said that Sri Lanka"), "senanayake"),
              ("m7", ("Oshada Senanayake", "Oshada Senanayake said"), "senanayake"),
              ("m8", ("He", "He said in the event"), "senanayake"),
              ("m9", ("the TRCSL", "the TRCSL will take"), "trcsl"),
              ("m10", ("Senanayake", "Senanayake added"), "senanayake")],
    attributions=[("a1", "INDIRECT", "m1", ("said", "officials said"),
                   "Sri Lanka will take appropriate measures if Chinese mobile applications pose any threat", None),
                  ("a2", "INDIRECT", "m2", ("said", "(TRCSL) said"),
                   "it has commenced monitoring the global developments with regards  to Chinese mobile applications", None),
                  ("a3", "INDIRECT", "m3", "citing", "national security concerns", None),
                  ("a4", "INDIRECT", "m4", "told", "TRCSL was monitoring the global situation", None),
                  ("a5", "INDIRECT", "m6", ("said", "He said that Sri Lanka"),
                   seg(T, "Sri Lanka does not have the means", "in this regard"), None),
                  ("a6", "DIRECT", "m7", ("said", "Oshada Senanayake said"),
                   seg(T, "The global situation on concerns", "especially TikTok,"), None),
                  ("a7", "INDIRECT", None, "raised", ("Chinese mobile applications", "raised with regards to Chinese"), "a6"),
                  ("a8", "INDIRECT", "m8", ("said", "He said in the event"),
                   seg(T, "in the event Sri Lanka faces", "best practices procedure"), None),
                  ("a9", "INDIRECT", "m10", "added",
                   seg(T, "even though certain countries", "threats to the country"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the dateline; the byline ("A
# CORRESPONDENT") is left out. The stored copy breaks off in the paragraph of DFO Mustafa Ali
# Ahmed ("We have already apprised higher auth"), so the text is cut before that paragraph.
# "According to reports" is a document with no author named: its own GROUP entity. "preliminary
# suspicion points to electrocution" is an evidential with no holder and is not annotated, nor are
# "alleged negligence" / "alleged inaction" (hedges), "triggered outrage" (no content) and
# "repeated appeals" (no content).
# "said a resident of the affected area": one resident is a subset of "Locals", a separate entity
# (FORMAT.md, Coreference). Inside the quotation "They arrive hours late, citing lack of manpower,
# ..." the forest officials' excuse is nested ("They" = "Forest officials").
# "Wildlife activists have slammed the Forest Department’s alleged inaction" is evaluative
# reporting with a noun-phrase content (like "rejected the ... discourse"); "claiming ..." is a
# second claim of the activists; "expressed frustration over X" is read like "voiced relief that"
# with "over" only linking.
doc("sentinelassam-udalguri-fourth-elephant-death-outrage",
    url="https://www.sentinelassam.com/north-east-india-news/assam-news/assam-fourth-elephant-death-in-a-month-sparks-outrage-in-udalguri",
    outlet="The Sentinel", country="India", topic="environment", cut=True,
    text=(T := "TANGLA: In a continuing saga of apathy and alleged negligence on the part of the Forest Department under the Dhansiri forest division in Udalguri, the death of yet another wild elephant has triggered outrage among wildlife activists and locals alike. The incident marked the fourth death of a wild elephant within a month in the district.\n"
          "According to reports, the carcass of a wild elephant was recovered on Thursday morning from No. 2 Amjuli Hatikhuli, near the Indo–Bhutan border in Udalguri district. Though the exact cause of death is yet to be ascertained, preliminary suspicion points to electrocution, possibly from illegal electric fencing erected by villagers to protect ripe paddy fields from elephant depredation.\n"
          "Locals allege that despite repeated appeals, the forest department has failed to act proactively to prevent such tragic incidents. “Forest officials hardly reach on time. They arrive hours late, citing lack of manpower, ammunition, or even fuel. This compels villagers to take matters into their own hands by setting up illegal electric fences or resorting to poisoning,” said a resident of the affected area.\n"
          "Wildlife activists have slammed the Forest Department’s alleged inaction, claiming officials are more focused on collecting commissions from illegal sand mining and stone crusher operations than addressing the escalating human-elephant conflict. They have also expressed frustration over the department’s reluctance to collaborate with NGOs that are willing to extend logistical and on-ground support for mitigating the conflict."),
    entities=[("activists", "Wildlife activists", "GROUP", ["wildlife activists"], "wildlife activists in Udalguri"),
              ("locals", "Locals", "GROUP", ["locals"], "local residents of Udalguri"),
              ("reports", "reports", "GROUP", [], "unnamed reports"),
              ("resident", "a resident of the affected area", "PERSON", ["resident of the affected area"],
               "resident of the affected area"),
              ("officials", "Forest officials", "GROUP", ["forest officials"], "officials of the forest department")],
    mentions=[("m1", ("wildlife activists", "among wildlife activists"), "activists"),
              ("m2", ("locals", "and locals alike"), "locals"),
              ("m3", ("reports", "According to reports"), "reports"),
              ("m4", ("Locals", "Locals allege"), "locals"),
              ("m5", "Forest officials", "officials"),
              ("m6", ("They", "They arrive"), "officials"),
              ("m7", "a resident of the affected area", "resident"),
              ("m8", ("Wildlife activists", "Wildlife activists have slammed"), "activists"),
              ("m9", ("officials", "claiming officials"), "officials"),
              ("m10", ("They", "They have also expressed"), "activists")],
    attributions=[("a1", "INDIRECT", "m3", "According to",
                   seg(T, "the carcass of a wild elephant", "in Udalguri district"), None),
                  ("a2", "INDIRECT", "m4", ("allege", "Locals allege"),
                   "despite repeated appeals, the forest department has failed to act proactively to prevent such tragic incidents", None),
                  ("a3", "DIRECT", "m7", ("said", "said a resident"), seg(T, "Forest officials hardly", "resorting to poisoning,"), None),
                  ("a4", "INDIRECT", "m6", "citing", "lack of manpower, ammunition, or even fuel", "a3"),
                  ("a5", "INDIRECT", "m8", "slammed", "the Forest Department’s alleged inaction", None),
                  ("a6", "INDIRECT", "m8", "claiming",
                   seg(T, "officials are more focused", "escalating human-elephant conflict"), None),
                  ("a7", "INDIRECT", "m10", "expressed frustration",
                   seg(T, "the department’s reluctance", "mitigating the conflict"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. The stored copy breaks off in
# the quotation "When asked for examples, the mayor said, "Telstra Hill, ... ratepayers m", so the
# text is cut before that paragraph.
# "saying they had previously applied ..." is Cr Slade's claim (source "she"). "(Cr MacRae was
# absent from the vote, a point she noted ...)": the appositive "a point" takes up the clause
# before it, so that clause is the content of "noted". "announced she will vote against ..." is a
# claim; "leading to a backlash from fellow councillors about why she had not opposed it" is read
# as the councillors' criticism with its content (like "complained about noise"; "about" links).
# Not claims: "has become increasingly vocal about the differences" (a state with no content),
# "at odds with council over her testimony" (no content), votes (actions).
# "she told Cr MacRae councillors picked ...": the addressee is left out. "Cr MacRae said she thought
# ...": her belief is not split off (FORMAT.md, a speaker's attitude within her own report).
# "No, the mayor replied, "they did ...," she said.": the unquoted "No" is the content of
# "replied"; the quotation takes its own inline clause "she said" (DIRECT). Inside it, "they did
# ask, what rate rise do you want" is the council staff's question, nested (the staff named in the
# exchange: "the staff", "council staff").
# "her councillors", "fellow councillors" and the councillors in the two exchanges are one
# collective; Cr MacRae, one of them who speaks for herself, is a separate entity.
doc("northweststar-mount-isa-mayor-councillors-dysfunction",
    url="https://www.northweststar.com.au/story/7750791/mount-isa-city-council-dysfunction-between-mayor-and-councillors/",
    outlet="The North West Star", country="Australia", topic="local", cut=True, published="2022-05-23",
    text=(T := "The growing dysfunction between Mount Isa mayor Danielle Slade and her councillors was exposed again in two exchanges during the May meeting.\n"
          "The trouble has been brewing since the 2020 election which elected Cr Slade as mayor in a narrow defeat of the incumbent mayor Joyce McCulloch.\n"
          "Five of Mayor McCulloch's team were also re-elected councillors, giving them the balance of power in the seven-person chamber.\n"
          "Cr Slade has not been afraid to be the only vote against motions in her two years as mayor including on issues such as paying for complaints and was also at odds with council over her testimony to the Office of the Independent Assessor.\n"
          "However Cr Slade has become increasingly vocal about the differences of late.\n"
          "In April she was sole vote against a major funding application for projects in the city saying they had previously applied for the funding but were unsuccessful.\n"
          "In May she voted against a councillor pay rise in a 5-1 decision (Cr MacRae was absent from the vote, a point she noted during the May meeting) and Cr Slade had also announced she will vote against council's own budget with a 6pc rate rise when it comes up for consideration leading to a backlash from fellow councillors about why she had not opposed it in budget meetings.\n"
          "Matters became heated in the May meeting with two exchanges between the mayor and councillors.\n"
          "Firstly she told Cr MacRae councillors picked the rate rise and the staff built the budget around that.\n"
          "Cr MacRae said she thought council staff brought options of what they wanted to see in services and service delivery and councillors work out what rate rise was needed to support that.\n"
          "No, the mayor replied, \"they did give us lots of options but they did ask, what rate rise do you want,\" she said."),
    entities=[("slade", "Danielle Slade", "PERSON", ["Slade", "Cr Slade", "Mount Isa mayor Danielle Slade", "the mayor"],
               "Mayor of Mount Isa"),
              ("councillors", "fellow councillors", "GROUP", ["her councillors", "councillors"],
               "Mount Isa city councillors"),
              ("macrae", "MacRae", "PERSON", ["Cr MacRae"], "Mount Isa city councillor"),
              ("staff", "council staff", "GROUP", ["the staff"], "Mount Isa City Council staff")],
    mentions=[("m1", "Mount Isa mayor Danielle Slade", "slade"),
              ("m2", "her councillors", "councillors"),
              ("m3", ("Cr Slade", "elected Cr Slade"), "slade"),
              ("m4", ("Cr Slade", "Cr Slade has not been afraid"), "slade"),
              ("m5", ("Cr Slade", "However Cr Slade"), "slade"),
              ("m6", ("she", "In April she"), "slade"),
              ("m7", ("Cr MacRae", "Cr MacRae was absent"), "macrae"),
              ("m8", ("she", "a point she noted"), "slade"),
              ("m9", ("Cr Slade", "Cr Slade had also announced"), "slade"),
              ("m10", "fellow councillors", "councillors"),
              ("m11", ("the mayor", "between the mayor and councillors"), "slade"),
              ("m12", ("councillors", "the mayor and councillors"), "councillors"),
              ("m13", ("she", "Firstly she told"), "slade"),
              ("m14", ("Cr MacRae", "told Cr MacRae"), "macrae"),
              ("m15", ("councillors", "Cr MacRae councillors picked"), "councillors"),
              ("m16", ("the staff", "the staff built"), "staff"),
              ("m17", ("Cr MacRae", "Cr MacRae said"), "macrae"),
              ("m18", "council staff", "staff"),
              ("m19", ("councillors", "councillors work out"), "councillors"),
              ("m20", ("the mayor", "the mayor replied"), "slade"),
              ("m21", ("they", "they did ask"), "staff"),
              ("m22", ("she", "she said."), "slade")],
    attributions=[("a1", "INDIRECT", "m6", "saying", "they had previously applied for the funding but were unsuccessful", None),
                  ("a2", "INDIRECT", "m8", "noted", "Cr MacRae was absent from the vote", None),
                  ("a3", "INDIRECT", "m9", "announced",
                   "she will vote against council's own budget with a 6pc rate rise when it comes up for consideration", None),
                  ("a4", "INDIRECT", "m10", "backlash", "why she had not opposed it in budget meetings", None),
                  ("a5", "INDIRECT", "m13", "told", "councillors picked the rate rise and the staff built the budget around that", None),
                  ("a6", "INDIRECT", "m17", ("said", "Cr MacRae said"),
                   seg(T, "she thought council staff", "to support that"), None),
                  ("a7", "INDIRECT", "m20", "replied", ("No", "No, the mayor"), None),
                  ("a8", "DIRECT", "m22", ("said", "she said."),
                   "they did give us lots of options but they did ask, what rate rise do you want,", None),
                  ("a9", "INDIRECT", "m21", "ask", "what rate rise do you want", "a8")])

# ---------------------------------------------------------------------------------------
# Bernama copy. The stored page has no headline, so the text starts with the lead; the photo tag
# "(pix)" after the name is kept as printed, and so is the closing credit "— Bernama". The stored
# copy ends with the last paragraph kept here.
# "denied the allegation that ...": the content is the denied noun phrase (as "dismissed speculation
# that ..."), with the noun cue "allegation" nested; its claimant is named only two paragraphs
# later (Kitingan), so the nested claim has a null source (FORMAT.md, Null source: "claims that
# ..." with no claimant in its NP).
# The quotation opened in "“Why do I need to hide ..." is left open at its paragraph end and
# reopens in the next paragraph: one DIRECT attribution taking the cue "told" ("told reporters").
# "in a portal" is a medium. "The rumours that ..." and "reports that ..." are noun cues with no
# claimant (null source); the latter keeps the quoted ‘luring’ (MIXED). "Commenting on" only
# frames Shafie's "said" and is not a claim of its own; "believed to be" is a hedge; "lodged a police
# report" is an action with no content. "we urge the police ..." is the speaker's own act inside his
# quotation and is not split off.
doc("thesundaily-warisan-shafie-denies-hiding-assemblymen",
    url="https://www.thesundaily.my/local/warisan-denies-hiding-its-assemblymen-CD3137040",
    outlet="The Sun Daily", country="Malaysia", topic="politics", cut=False, published="2020-07-24",
    text=(T := "KOTA KINABALU: Parti Warisan Sabah president Datuk Seri Mohd Shafie Apdal (pix) today denied the allegation that the party attempted to hide its state assemblymen to prevent them from defecting.\n"
          "The Sabah Chief Minister said all the assemblymen were free to go anywhere they want because Malaysia is a democratic country.\n"
          "“Why do I need to hide the Warisan assemblymen? They are free to move and they have families to take care of.\n"
          "“Why do I have to hide them? Where are they? I just came back from Kuala Lumpur yesterday and I have been attending the Parliament sittings,” he told reporters after the presentation ceremony of the Sabah Attorney-General instrument of appointment here, today.\n"
          "Yesterday, Sabah STAR president Datuk Dr Jeffrey Kitingan in a portal claimed that Warisan has been hiding its assemblymen out of fear that they might jump ship.\n"
          "The rumours that the Warisan-led Sabah state government will collapse following the departure of several assemblymen from the party have been making the rounds since the past few days.\n"
          "Commenting on reports that Warisan assemblymen were approached by several persons believed to be ‘luring’ them to switch allegiance, Mohd Shafie said the elected representatives have lodged a police report.\n"
          "“Therefore, we urge the police or the authorities to investigate this matter because it is harassment,” he said. — Bernama"),
    entities=[("shafie", "Mohd Shafie Apdal", "PERSON",
               ["Mohd Shafie", "Shafie", "Datuk Seri Mohd Shafie Apdal", "The Sabah Chief Minister"],
               "president of Parti Warisan Sabah, Sabah Chief Minister"),
              ("kitingan", "Jeffrey Kitingan", "PERSON", ["Kitingan", "Datuk Dr Jeffrey Kitingan"], "president of Sabah STAR")],
    mentions=[("m1", "Parti Warisan Sabah president Datuk Seri Mohd Shafie Apdal", "shafie"),
              ("m2", "The Sabah Chief Minister", "shafie"),
              ("m3", ("he", "he told reporters"), "shafie"),
              ("m4", "Sabah STAR president Datuk Dr Jeffrey Kitingan", "kitingan"),
              ("m5", ("Mohd Shafie", "Mohd Shafie said"), "shafie"),
              ("m6", ("he", "he said."), "shafie")],
    attributions=[("a1", "INDIRECT", "m1", "denied",
                   "the allegation that the party attempted to hide its state assemblymen to prevent them from defecting", None),
                  ("a2", "INDIRECT", None, "allegation",
                   "the party attempted to hide its state assemblymen to prevent them from defecting", "a1"),
                  ("a3", "INDIRECT", "m2", ("said", "Minister said"),
                   "all the assemblymen were free to go anywhere they want because Malaysia is a democratic country", None),
                  ("a4", "DIRECT", "m3", "told", seg(T, "Why do I need to hide", "attending the Parliament sittings,"), None),
                  ("a5", "INDIRECT", "m4", "claimed",
                   "Warisan has been hiding its assemblymen out of fear that they might jump ship", None),
                  ("a6", "INDIRECT", None, "rumours",
                   seg(T, "the Warisan-led Sabah state government will collapse", "assemblymen from the party"), None),
                  ("a7", "MIXED", None, "reports",
                   "Warisan assemblymen were approached by several persons believed to be ‘luring’ them to switch allegiance", None),
                  ("a8", "INDIRECT", "m5", ("said", "Mohd Shafie said"), "the elected representatives have lodged a police report", None),
                  ("a9", "DIRECT", "m6", ("said", "he said."),
                   "Therefore, we urge the police or the authorities to investigate this matter because it is harassment,", None)])

write("test26_c.jsonl")
