#!/usr/bin/env python3
"""Writes test9_a.jsonl: real-news gold, split test9-a (see gold.py). Run: python3 make_test9_a.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# PTI wire copy on India TV News. The stored page continues with a paragraph ("Asked whether
# the debate ... he said, ...") whose "he" could be Chidambaram or Bansal; the text is cut
# before it so that no speaker has to be guessed.
doc("indiatvnews-chidambaram-opposition-not-allowing-reply",
    url="http://m.indiatvnews.com/amp/news/india/opposition-not-allowing-govt-to-reply-alleges-chidambaram-9771.html",
    outlet="India TV News", country="India", topic="politics", cut=True, published="2011-08-10",
    text=(T := "Opposition Not Allowing Govt To Reply, Alleges Chidambaram\n"
          "New Delhi, Aug 9: Government today accused the Opposition of not allowing it to reply to the debates in Parliament and constantly deviating from the listed issue.\n"
          "“When Opposition is allowed to have its say, the Treasury Benches should be allowed to have their say too. But time and again I have pointed out, they will not allow you to speak. It is a rare debate where they allow you to reply. For example, the one day before in the Rajya was a rare debate where they allowed you to reply,” Home Minister P Chidambaram told reporters outside Parliament.\n"
          "He maintained that the order paper for today's debate in Parliament was on the statement made by Youth Affairs and Sports Minister Ajay Maken and not the CAG report on Commonwealth Games and so the opposition should have stuck to the issue.\n"
          "“The debate was not on the CAG report. The debate was on a statement made by Ajay Maken. Therefore they should have confined to the subject matter of that statement. But if you widened the debate into the debate on the CAG report, I want to know how many people have read that 600 page report. The CAG report should go to a PAC, then it should come to Parliament,” Chidambaram said.\n"
          "Replying to a question, he said it was wrong that senior BJP leader Yashwant Sinha dragged the name of former Jharkhand CM Madhu Koda into the debate on Maken's statement. Speaking on the issue, Parliamentary Affairs Minister P K Bansal said more than 50 per cent time of both the Houses has been wasted due to the Opposition as it was not allowing the Parliament to function."),
    entities=[("chidambaram", "P Chidambaram", "PERSON", ["Chidambaram", "Home Minister P Chidambaram"], "Home Minister of India"),
              ("govt", "Government", "ORGANIZATION", [], "Government of India"),
              ("bansal", "P K Bansal", "PERSON", ["Bansal", "Parliamentary Affairs Minister P K Bansal"],
               "Parliamentary Affairs Minister of India")],
    mentions=[("m1", ("Chidambaram", "Alleges Chidambaram"), "chidambaram"),
              ("m2", ("Government", "Government today"), "govt"),
              ("m3", "Home Minister P Chidambaram", "chidambaram"),
              ("m4", ("I", "I have pointed out"), "chidambaram"),
              ("m5", ("He", "He maintained"), "chidambaram"),
              ("m6", ("Chidambaram", "Chidambaram said."), "chidambaram"),
              ("m7", ("he", "he said it was wrong"), "chidambaram"),
              ("m8", "Parliamentary Affairs Minister P K Bansal", "bansal")],
    attributions=[("a1", "INDIRECT", "m1", "Alleges", "Opposition Not Allowing Govt To Reply", None),
                  ("a2", "INDIRECT", "m2", "accused",
                   "the Opposition of not allowing it to reply to the debates in Parliament and constantly deviating from the listed issue", None),
                  ("a3", "DIRECT", "m3", "told", seg(T, "When Opposition is allowed", "where they allowed you to reply,"), None),
                  # a speech act of the speaker himself inside his quote is nested ("I told my players")
                  ("a4", "INDIRECT", "m4", "pointed out", "they will not allow you to speak", "a3"),
                  ("a5", "INDIRECT", "m5", "maintained",
                   seg(T, "the order paper for today's debate", "should have stuck to the issue"), None),
                  ("a6", "DIRECT", "m6", ("said", "Chidambaram said."),
                   seg(T, "The debate was not on the CAG report.", "then it should come to Parliament,"), None),
                  ("a7", "INDIRECT", "m7", ("said", "he said it was wrong"),
                   seg(T, "it was wrong that senior BJP leader", "into the debate on Maken's statement"), None),
                  ("a8", "INDIRECT", "m8", ("said", "Bansal said"),
                   seg(T, "more than 50 per cent time", "not allowing the Parliament to function"), None)])

# ---------------------------------------------------------------------------------------
# "The officer repeats those words another 13 times": a speech act whose content is an NP
# that refers to the quoted words (as "confirmed the arrest", "described X"); "another 13
# times" is an adjunct of the reporting event and is left out. "demands that he “get down.”"
# has a quoted and an unquoted part: MIXED. The videos "indicating"/"appear to show" are
# evidentials, "alleged to be" a hedge: not annotated.
doc("thewhig-toronto-van-attack-suspect-court",
    url="http://www.thewhig.com/2018/04/24/toronto-van-attack-suspect-to-appear-in-court-tuesday",
    outlet="The Kingston Whig-Standard", country="Canada", topic="courts-crime", cut=True, published="2018-04-24",
    text=(T := "Toronto van attack suspect to appear in court Tuesday\n"
          "TORONTO — The man suspected in the incident that claimed 10 lives in Toronto on Monday is scheduled to appear in court Tuesday morning.\n"
          "Police say charges against Alek Minassian, 25, of Richmond Hill, Ont., will be revealed at that time.\n"
          "A Seneca College student, as yet it is unclear if Minassian was previously known to police.\n"
          "Toronto Police Chief Mark Saunders said it was too early to suggest a motive for the deadly incident.\n"
          "A man alleged to be Minassian was arrested after a brief sidewalk standoff with a lone police officer not far from the site of Monday's attack.\n"
          "He was taken into custody after a dramatic few minutes when the suspect faced down a Toronto police officer, with videos indicating the suspect may have been in the middle of an attempted \"suicide by cop.\"\n"
          "The man claimed to have a gun, but remarkably, the officer made the arrest without firing a shot.\n"
          "Multiple videos posted to social media appear to show the moment the suspect exits his van to the moment he is put in handcuffs.\n"
          "After pulling up beside the white rental van, the officer crouches and keeps his cruiser between him and the suspect. The suspect, leaving his van parked on the sidewalk, slowly begins to approach the officer, extending his arm while appearing to point something at him.\n"
          "Multiple sirens can be heard blaring in the background. Help was on the way, but wouldn’t arrive until the suspect was already in handcuffs.\n"
          "The suspect, standing upright and wearing a black coat and black pants, appears to rapidly reach into his pocket multiple times and then point something at the officer. Unfazed, the officer demands that he “get down.”\n"
          "The officer repeats those words another 13 times.\n"
          "“Come on, get down!” he yells at the suspect.\n"
          "“Kill me,” the man says.\n"
          "“No, get down!” the officer says."),
    entities=[("police", "Police", "ORGANIZATION", [], "Toronto police"),
              ("minassian", "Alek Minassian", "PERSON", ["Minassian", "the suspect", "the man"], "suspect in the Toronto van attack"),
              ("saunders", "Mark Saunders", "PERSON", ["Saunders", "Toronto Police Chief Mark Saunders"], "Toronto Police Chief"),
              ("officer", "the officer", "PERSON", ["a lone police officer"], "the police officer who arrested the suspect")],
    mentions=[("m1", ("The man", "The man suspected"), "minassian"),
              ("m2", ("Police", "Police say"), "police"),
              ("m3", "Alek Minassian", "minassian"),
              ("m4", ("Minassian", "if Minassian was"), "minassian"),
              ("m5", ("police", "known to police"), "police"),
              ("m6", "Toronto Police Chief Mark Saunders", "saunders"),
              ("m7", ("A man", "A man alleged"), "minassian"),
              ("m8", ("Minassian", "be Minassian was"), "minassian"),
              ("m9", "a lone police officer", "officer"),
              ("m10", ("the suspect", "the suspect faced"), "minassian"),
              ("m11", "a Toronto police officer", "officer"),
              ("m12", ("the suspect", "the suspect may have"), "minassian"),
              ("m13", ("The man", "The man claimed"), "minassian"),
              ("m14", ("the officer", "the officer made"), "officer"),
              ("m15", ("the suspect", "the suspect exits"), "minassian"),
              ("m16", ("the officer", "the officer crouches"), "officer"),
              ("m17", ("the suspect", "the suspect. The suspect"), "minassian"),
              ("m18", ("The suspect", "The suspect, leaving"), "minassian"),
              ("m19", ("the officer", "approach the officer"), "officer"),
              ("m20", ("the suspect", "the suspect was already"), "minassian"),
              ("m21", ("The suspect", "The suspect, standing"), "minassian"),
              ("m22", ("the officer", "at the officer."), "officer"),
              ("m23", ("the officer", "the officer demands"), "officer"),
              ("m24", ("The officer", "The officer repeats"), "officer"),
              ("m25", ("he", "he yells"), "officer"),
              ("m26", ("the suspect", "at the suspect."), "minassian"),
              ("m27", ("the man", "the man says"), "minassian"),
              ("m28", ("the officer", "the officer says"), "officer")],
    attributions=[("a1", "INDIRECT", "m2", ("say", "Police say"), "charges against Alek Minassian, 25, of Richmond Hill, Ont., will be revealed at that time", None),
                  ("a2", "INDIRECT", "m6", ("said", "Saunders said"), "it was too early to suggest a motive for the deadly incident", None),
                  ("a3", "INDIRECT", "m13", ("claimed", "man claimed"), "to have a gun", None),
                  ("a4", "MIXED", "m23", "demands", "he “get down.”", None),
                  ("a5", "INDIRECT", "m24", "repeats", "those words", None),
                  ("a6", "DIRECT", "m25", "yells", "Come on, get down!", None),
                  ("a7", "DIRECT", "m27", ("says", "the man says"), "Kill me,", None),
                  ("a8", "DIRECT", "m28", ("says", "the officer says"), "No, get down!", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline: the text starts with its lead. The cross-heads "Bail
# application" and "No jurisdiction" are unquoted labels. "made a passionate appeal to the
# court to grant him bail" is read as `called on X to Y`: the noun is the cue and the content
# keeps the addressee. In "urged the court to grant the accused bail because of the Supreme
# Court judgement ...", the judgement is the counsel's argument for bail, so the because-phrase
# is inside the claim (FORMAT: an adjunct inside the claim stays). "is said to have happened"
# is an agentless report (null source, raised subject left out); "alleged to have strangled",
# "charged with murder" and "refused to grant bail" are a hedge and actions.
doc("citifmonline-bar-attendant-murder-bail-abeka",
    url="https://citifmonline.com/2017/05/bar-attendant-appears-in-court-for-strangling-woman-38/",
    outlet="Citi FM Online", country="Ghana", topic="courts-crime", cut=True,
    text=(T := "A bar attendant alleged to have strangled a 38-year-old woman and setting her on fire at Alajo in Accra was yesterday remanded in custody by the Abeka District Court.\n"
          "The accused, Godwin Tetteh, has been charged with murder for the alleged incident which is said to have happened in his room on April 25, 2017.\n"
          "The prosecution claims Tetteh intentionally set his room on fire after the alleged incident to cover up his act.\n"
          "Bail application\n"
          "Tetteh is before the Abeka District Court for committal proceeding, a process which would enable the court to determine whether or not the charges and evidence against him warrant a trial at the High Court.\n"
          "His appearance at the court attracted a crowd made up of mostly family members and sympathisers of the alleged victim.\n"
          "The family and sympathisers were clad in red clothes and wore red arm and headbands to signify how sorrowful they were.\n"
          "At the hearing, Tetteh’s legal team made a passionate appeal to the court to grant him bail.\n"
          "According to his lawyer, Mr James Owura-Mensah, the charge levelled against his client did not support the facts of the case as presented by the prosecution.\n"
          "He described the facts as inaccurate, adding that his client was “deemed innocent until proven guilty.’’\n"
          "“The accused person is a victim of circumstances and not in any way connected to the murder,’’ he said.\n"
          "Counsel further urged the court to grant the accused bail because of the Supreme Court judgement on May 5, 2016 that made all offences bailable, subject to the discretion of a competent court of jurisdiction.\n"
          "He also stated that his client was gainfully employed with a fixed place of abode and had competent people to stand surety for him.\n"
          "No jurisdiction\n"
          "The court, presided over by Ms Victoria Akua Ghansah, however, refused to grant bail because of lack of jurisdiction.\n"
          "District courts, the presiding magistrate said, were not trial court for murder cases and hence did not have the jurisdiction to grant bail in such cases."),
    entities=[("prosecution", "The prosecution", "ORGANIZATION", [], "the prosecution in Tetteh's case"),
              ("team", "Tetteh’s legal team", "GROUP", [], "Godwin Tetteh's lawyers"),
              ("owura", "James Owura-Mensah", "PERSON",
               ["Owura-Mensah", "Mr James Owura-Mensah", "Counsel", "his lawyer, Mr James Owura-Mensah"], "lawyer of Godwin Tetteh"),
              ("ghansah", "Victoria Akua Ghansah", "PERSON", ["Ms Victoria Akua Ghansah", "the presiding magistrate"],
               "presiding magistrate, Abeka District Court")],
    mentions=[("m1", ("The prosecution", "The prosecution claims"), "prosecution"),
              ("m2", "Tetteh’s legal team", "team"),
              ("m3", "his lawyer, Mr James Owura-Mensah", "owura"),
              ("m4", ("the prosecution", "presented by the prosecution"), "prosecution"),
              ("m5", ("He", "He described"), "owura"),
              ("m6", ("he", "he said."), "owura"),
              ("m7", ("Counsel", "Counsel further"), "owura"),
              ("m8", ("He", "He also stated"), "owura"),
              ("m9", "Ms Victoria Akua Ghansah", "ghansah"),
              ("m10", "the presiding magistrate", "ghansah")],
    attributions=[("a1", "INDIRECT", None, ("said", "is said to have"), "to have happened in his room on April 25, 2017", None),
                  ("a2", "INDIRECT", "m1", "claims",
                   "Tetteh intentionally set his room on fire after the alleged incident to cover up his act", None),
                  ("a3", "INDIRECT", "m2", "appeal", "the court to grant him bail", None),
                  ("a4", "INDIRECT", "m3", "According to",
                   "the charge levelled against his client did not support the facts of the case as presented by the prosecution", None),
                  ("a5", "INDIRECT", "m5", "described", "the facts as inaccurate", None),
                  ("a6", "MIXED", "m5", "adding", "his client was “deemed innocent until proven guilty.’’", None),
                  ("a7", "DIRECT", "m6", ("said", "he said."),
                   "The accused person is a victim of circumstances and not in any way connected to the murder,", None),
                  ("a8", "INDIRECT", "m7", "urged", seg(T, "the court to grant the accused bail", "a competent court of jurisdiction"), None),
                  ("a9", "INDIRECT", "m8", "stated", seg(T, "his client was gainfully employed", "stand surety for him"), None),
                  ("a10", "INDIRECT", "m10", ("said", "magistrate said"),
                   seg(T, "District courts, the presiding", "to grant bail in such cases"), None)])

# ---------------------------------------------------------------------------------------
# The stored page prints the headline twice (kept once) after a region notice (removed).
# Friedrich's "tipping off a coalition party leader about a pending police investigation"
# and "told the Social Democrat’s leader of a police paedophile probe" are informing acts
# with a content (as `told X of Y`): the addressee and the linking preposition are left out;
# "allegedly" is a hedge and is not annotated. "It is alleged that", "was rumoured to have"
# and "was reported missing" are agentless reports with a null source (raised subjects left
# out, as `was expected to post a loss`). "made the tip off public" is an act (as "published
# a correction"); "The Greens smell blood" an idiom.
doc("euronews-merkel-coalition-friedrich-resignation",
    url="https://www.euronews.com/2014/02/17/merkel-s-coalition-shaken-by-minister-s-departure",
    outlet="Euronews", country="France", topic="politics", cut=False, published="2014-02-17",
    text=(T := "Merkel's coalition shaken by minister's departure\n"
          "Angela Merkel’s grand coalition government is looking shaky as the Chancellor faces recrimination for forcing a cabinet colleague to resign\n"
          "Germany’s minister for agriculture, Hans-Peter Friedrich stepped down on Friday after allegedly tipping off a coalition party leader about a pending police investigation into one his party colleagues.\n"
          "The Greens smell blood. Simone Peter, the Green Party President says that the coalition is immersed in crisis.\n"
          "“There is an important question how the Grand Coalition, how politics can appropriate rule of law and use it for it’s own means.” said Peter. “Mrs Merkel must act.”\n"
          "It is alleged that Friedrich told the Social Democrat’s leader of a police paedophile probe into one of his party’s parliamentarians.\n"
          "That the SPD made the tip off public, costing the minister his job has angered the CSU, whose minister he was.\n"
          "As for the member of parliament at the centre of the paedophile allegations, he is lying low.\n"
          "His house was searched, but a disc-drive that was rumoured to have contained images of child abuse was empty. Other computer equipment was reported missing. The politician himself is denying the allegations against him."),
    entities=[("friedrich", "Hans-Peter Friedrich", "PERSON",
               ["Friedrich", "Germany’s minister for agriculture, Hans-Peter Friedrich", "a cabinet colleague"],
               "German agriculture minister who resigned"),
              ("peter", "Simone Peter", "PERSON", ["Peter", "Simone Peter, the Green Party President"], "President of the Green Party"),
              ("mp", "The politician", "PERSON", ["the member of parliament", "The politician himself"],
               "SPD member of parliament at the centre of the allegations")],
    mentions=[("m1", "a cabinet colleague", "friedrich"),
              ("m2", "Germany’s minister for agriculture, Hans-Peter Friedrich", "friedrich"),
              ("m3", "one his party colleagues", "mp"),
              ("m4", "Simone Peter, the Green Party President", "peter"),
              ("m5", ("Peter", "said Peter"), "peter"),
              ("m6", ("Friedrich", "Friedrich told"), "friedrich"),
              ("m7", "one of his party’s parliamentarians", "mp"),
              ("m8", ("the minister", "costing the minister"), "friedrich"),
              ("m9", "the member of parliament", "mp"),
              ("m10", "The politician himself", "mp")],
    attributions=[("a1", "INDIRECT", "m2", "tipping off", "a pending police investigation into one his party colleagues", None),
                  ("a2", "INDIRECT", "m4", "says", "the coalition is immersed in crisis", None),
                  ("a3", "DIRECT", "m5", ("said", "said Peter"),
                   seg(T, "There is an important question", "for it’s own means."), None),
                  ("a4", "DIRECT", "m5", None, "Mrs Merkel must act.", None),
                  ("a5", "INDIRECT", None, ("alleged", "is alleged"), seg(T, "Friedrich told the Social", "his party’s parliamentarians"), None),
                  ("a6", "INDIRECT", "m6", "told", "a police paedophile probe into one of his party’s parliamentarians", "a5"),
                  ("a7", "INDIRECT", None, "rumoured", "to have contained images of child abuse", None),
                  ("a8", "INDIRECT", None, "reported", "missing", None),
                  ("a9", "INDIRECT", "m10", "denying", "the allegations against him", None)])

# ---------------------------------------------------------------------------------------
# AAP wire copy in the Geelong Independent (navigation and sign-up boxes removed). Quotations
# left open at a paragraph end run on to the next closing mark (one attribution each, null
# cue, the source of the clause before). Inside Scott's quotes, "They think it's good policy
# ..." and "They say the money goes ..." report the AFL (nested, as `"Drivers know that …"`),
# and so does "They know what I think"; the hypotheticals ("they would have fined us", "maybe
# they'll say sorry") and Scott's own "I would argue"/"I think" are not split off. "making his
# thoughts clear about the game’s administration" follows "spoke of X" (content: the topic).
doc("geelongindy-scott-derides-afl-fines",
    url="https://geelongindy.com.au/sport/26-04-2025/scott-derides-afl-fines",
    outlet="Geelong Independent", country="Australia", topic="sport", cut=True, published="2025-04-26",
    text=(T := "Scott derides AFL fines\n"
          "Chris Scott has derided the AFL over its willingness to hand out fines, arguing head office is much less able to admit its own mistakes.\n"
          "The Geelong coach did not hold back on Saturday, making his thoughts clear about the game’s administration.\n"
          "Initially, Scott again defended player Bailey Smith after he was fined twice for incidents during the Easter Monday win over Hawthorn.\n"
          "Then Scott again criticised the AFL when asked about the breakdown in communications during the Collingwood-Essendon match, given Geelong are also playing Carlton on Sunday at the MCG.\n"
          "“So probably what would have happened if the clubs did something that the AFL didn’t like, they would have fined us. That’s what they do,” Scott said when asked about the comms issue.\n"
          "“You just move on because you know that’s the way their world works. When they see something they don’t like, they punish people.\n"
          "“When they muck up, maybe they’ll say sorry – but even that’s unlikely.”\n"
          "Scott went further, wondering aloud what happens to the money the AFL raises from its fines.\n"
          "“They know what I think, they just don’t particularly care. They think it’s good policy to throw out fines left, right and centre,” he said.\n"
          "“Is it a deterrent? I would argue no, it’s not. Does it treat them like juveniles? I think it does.\n"
          "“They say the money goes to concussion research – I wouldn’t mind auditing that.”\n"
          "Earlier in his weekly media conference, Scott argued that Smith had been fined for “very, very minor” incidents against Hawthorn.\n"
          "He was penalised for hitting the ball into Jarman Impey’s face and for an obscene gesture. It’s the second time this month Smith has been fined for a gesture to opposition fans."),
    entities=[("scott", "Chris Scott", "PERSON", ["Scott", "The Geelong coach"], "Geelong coach"),
              ("afl", "the AFL", "ORGANIZATION", ["AFL", "head office"], "Australian Football League")],
    mentions=[("m1", ("Scott", "Scott derides"), "scott"),
              ("m2", "Chris Scott", "scott"),
              ("m3", ("the AFL", "derided the AFL"), "afl"),
              ("m4", "head office", "afl"),
              ("m5", "The Geelong coach", "scott"),
              ("m6", ("Scott", "Scott again defended"), "scott"),
              ("m7", ("Scott", "Scott again criticised"), "scott"),
              ("m8", ("the AFL", "criticised the AFL"), "afl"),
              ("m9", ("the AFL", "the AFL didn’t like"), "afl"),
              ("m10", ("Scott", "Scott said when"), "scott"),
              ("m11", ("Scott", "Scott went further"), "scott"),
              ("m12", ("the AFL", "the AFL raises"), "afl"),
              ("m13", ("They", "They know what"), "afl"),
              ("m14", ("They", "They think it’s"), "afl"),
              ("m15", ("he", "he said."), "scott"),
              ("m16", ("They", "They say the money"), "afl"),
              ("m17", ("Scott", "Scott argued"), "scott")],
    attributions=[("a1", "INDIRECT", "m1", "derides", "AFL fines", None),
                  ("a2", "INDIRECT", "m2", "derided", "the AFL over its willingness to hand out fines", None),
                  ("a3", "INDIRECT", "m2", "arguing", "head office is much less able to admit its own mistakes", None),
                  ("a4", "INDIRECT", "m5", "making his thoughts clear", "the game’s administration", None),
                  ("a5", "INDIRECT", "m6", "defended", "player Bailey Smith", None),
                  ("a6", "INDIRECT", "m7", "criticised", ("the AFL", "criticised the AFL"), None),
                  ("a7", "DIRECT", "m10", ("said", "Scott said when"),
                   seg(T, "So probably what would have", "That’s what they do,"), None),
                  ("a8", "DIRECT", "m10", None, seg(T, "You just move on", "even that’s unlikely."), None),
                  ("a9", "INDIRECT", "m11", "wondering aloud", "what happens to the money the AFL raises from its fines", None),
                  ("a10", "DIRECT", "m15", ("said", "he said."), seg(T, "They know what I think", "left, right and centre,"), None),
                  ("a11", "INDIRECT", "m13", ("know", "They know what"), "what I think", "a10"),
                  ("a12", "INDIRECT", "m14", ("think", "They think it’s"), "it’s good policy to throw out fines left, right and centre", "a10"),
                  ("a13", "DIRECT", "m15", None, seg(T, "Is it a deterrent?", "I wouldn’t mind auditing that."), None),
                  ("a14", "INDIRECT", "m16", ("say", "They say the money"), "the money goes to concussion research", "a13"),
                  ("a15", "MIXED", "m17", "argued", "Smith had been fined for “very, very minor” incidents against Hawthorn", None)])

# ---------------------------------------------------------------------------------------
# A stored mirror (York University's Mideast Environment blog) of a Jordan Times article; the
# url is the mirror's, as for Moldpres. Its first line, a "claim — name" headline, is kept;
# the byline is removed. "GAM official" and "one local official" resolve to Mohammad Amaireh,
# the only GAM official the text names (FORMAT: a role description resolves to the person the
# text identifies). "which one local official blamed on years of “weak” governance" follows
# `was being blamed on X` (content X). "Citizens from east and west Amman" and "residents" are
# one collective in one scene; the named residents are separate entities. "had forbidden her
# grandchildren from playing outside" is an act inside Obeidat's claim (as "ordered an
# inquiry"), and her fear is her own attitude: neither is split off.
doc("jordantimes-amman-sanitation-trash-collection",
    url="https://mideastenvironment.apps01.yorku.ca/2012/07/residents-dismayed-at-poor-state-of-amman-sanitation-jordan-times/",
    outlet="The Jordan Times", country="Jordan", topic="local", cut=True, published="2012-07-16",
    text=(T := "Past mismanagement, resource shortage to blame for slow trash collection — GAM official\n"
          "AMMAN — In a city once reputed for its cleanliness, residents say the state of Amman’s sanitation services is deteriorating, which one local official blamed on years of “weak” governance.\n"
          "Citizens from east and west Amman alike say that trash is rotting in their neighbourhoods, causing bad odours and attracting flies, even though they pay sanitation fees as part of their monthly water bills.\n"
          "“Amman was never like this before. The piles of trash are so high that we can no longer walk in the streets,” Bilal Abu Haija, who lives in the Tlaa Al Ali neighbourhood, told The Jordan Times.\n"
          "Osama Rabadi, who works in the UAE, said the sanitation condition in Amman took him by surprise when he returned for a visit.\n"
          "“I would never imagine in a thousand years that Amman’s streets would be this dirty,” said the mechanical engineer, who is visiting his parents in Ashrafieh.\n"
          "Concerned about the health hazards of the accumulated waste rather than the cosmetic effects, Seham Obeidat said she had forbidden her visiting grandchildren from playing outside out of fear that they would catch diseases.\n"
          "“We wait for three days or so for the garbage collector to come. Flies are everywhere and the neighbourhood stinks now… We even stopped sitting on the balcony,” the 7th Circle area resident said, adding that the waste coming from a fish restaurant located behind her house “adds insult to injury”.\n"
          "Director of the Greater Amman Municipality’s (GAM) waste operations department Mohammad Amaireh said the municipality’s fleet of garbage trucks, which used to include 270 vehicles serving 27 areas, has not been replaced or refurbished in five years.\n"
          "In addition, he said, the department has not bought new garbage containers or spare parts for trash compactors since 2007, nor has it hired new sanitation workers."),
    entities=[("amaireh", "Mohammad Amaireh", "PERSON",
               ["Amaireh", "GAM official", "one local official",
                "Director of the Greater Amman Municipality’s (GAM) waste operations department Mohammad Amaireh"],
               "Director of GAM's waste operations department"),
              ("residents", "residents", "GROUP", ["Citizens from east and west Amman"], "residents of Amman"),
              ("abuhaija", "Bilal Abu Haija", "PERSON", ["Abu Haija"], "resident of Tlaa Al Ali"),
              ("rabadi", "Osama Rabadi", "PERSON", ["Rabadi", "the mechanical engineer"], "mechanical engineer working in the UAE"),
              ("obeidat", "Seham Obeidat", "PERSON", ["Obeidat", "the 7th Circle area resident"], "resident of the 7th Circle area")],
    mentions=[("m1", "GAM official", "amaireh"),
              ("m2", ("residents", "residents say"), "residents"),
              ("m3", "one local official", "amaireh"),
              ("m4", "Citizens from east and west Amman", "residents"),
              ("m5", "Bilal Abu Haija", "abuhaija"),
              ("m6", "Osama Rabadi", "rabadi"),
              ("m7", "the mechanical engineer", "rabadi"),
              ("m8", "Seham Obeidat", "obeidat"),
              ("m9", "the 7th Circle area resident", "obeidat"),
              ("m10", "Director of the Greater Amman Municipality’s (GAM) waste operations department Mohammad Amaireh", "amaireh"),
              ("m11", ("he", "he said, the department"), "amaireh")],
    attributions=[("a1", "INDIRECT", "m1", None, "Past mismanagement, resource shortage to blame for slow trash collection", None),
                  ("a2", "INDIRECT", "m2", ("say", "residents say"), "the state of Amman’s sanitation services is deteriorating", None),
                  ("a3", "MIXED", "m3", "blamed", "years of “weak” governance", None),
                  ("a4", "INDIRECT", "m4", ("say", "alike say"),
                   seg(T, "trash is rotting in their", "their monthly water bills"), None),
                  ("a5", "DIRECT", "m5", "told", seg(T, "Amman was never like this", "walk in the streets,"), None),
                  ("a6", "INDIRECT", "m6", ("said", "UAE, said"),
                   "the sanitation condition in Amman took him by surprise when he returned for a visit", None),
                  ("a7", "DIRECT", "m7", ("said", "said the mechanical"),
                   "I would never imagine in a thousand years that Amman’s streets would be this dirty,", None),
                  ("a8", "INDIRECT", "m8", ("said", "Obeidat said"),
                   seg(T, "she had forbidden her visiting", "would catch diseases"), None),
                  ("a9", "DIRECT", "m9", ("said", "resident said"), seg(T, "We wait for three days", "sitting on the balcony,"), None),
                  ("a10", "MIXED", "m9", "adding", seg(T, "the waste coming from a fish", "“adds insult to injury”"), None),
                  ("a11", "INDIRECT", "m10", ("said", "Amaireh said"),
                   seg(T, "the municipality’s fleet of garbage", "refurbished in five years"), None),
                  ("a12", "INDIRECT", "m11", ("said", "he said, the department"),
                   seg(T, "the department has not bought", "new sanitation workers"), None)])

write("test9_a.jsonl")
