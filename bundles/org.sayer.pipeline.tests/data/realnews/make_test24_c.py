#!/usr/bin/env python3
"""Writes test24_c.jsonl: real-news gold, split test24-c (see gold.py). Run: python3 make_test24_c.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead (its leading blank line
# dropped). The stored copy breaks off in "with Wickremesinghe ordered to appear again on A", so
# the text is cut before that paragraph. The date is the one in the page's address.
# "prosecutors" (the prosecution side, also "the prosecution") and Additional Solicitor General
# Dileep Peiris, who speaks for it, are separate entities (FORMAT.md, Coreference: a group's
# representatives); "the defence" and "Defence lawyers" are one collective. "the magistrate" and
# "The magistrate" are Magistrate Isuru Neththikumara, the only magistrate of the hearing.
# "with prosecutors questioning how ... and raising concerns over ...": two claims of the
# prosecutors, a reported question (content "how ...") and a noun-phrase concern ("raising
# concerns over" read like "raised concerns about", the linking "over" left out); likewise Peiris's
# "questioned the manner ..." and "raised concerns over ...". "agreed with the prosecution's
# position" and "rejected the claims" are evaluative reporting with a noun-phrase content.
# "alleging misuse of public resources" has the noun phrase as content. "He further claimed that
# A, and that B" is one claim.
# Not claims: "prompting objections from the defence" (no content), "rejecting his bail request"
# and "remanded" (actions of the court).
doc("newswire-ranil-wickremesinghe-court-seating-icu",
    url="https://www.newswire.lk/2026/01/29/court-told-ranil-misused-hospital-facilities-after-remand",
    outlet="Newswire", country="Sri Lanka", topic="courts-crime", cut=True, published="2026-01-29",
    text=(T := "Tensions flared in court on Wednesday during proceedings in the case against former President Ranil Wickremesinghe, with prosecutors questioning how the former leader was seated in court as a suspect and raising concerns over his previous hospital stay following remand.\n"
          "Additional Solicitor General Dileep Peiris told the Fort Magistrate’s Court that Wickremesinghe was present in court as a suspect and questioned the manner in which he was seated.\n"
          "“How can a suspect sit like that? He must obtain the court’s permission,” Peiris said, prompting objections from the defence.\n"
          "Magistrate Isuru Neththikumara agreed with the prosecution’s position, stating that there is a proper procedure for court seating arrangements. “There is a proper procedure for seating in court, and it must be followed,” the magistrate said.\n"
          "Peiris also raised concerns over Wickremesinghe’s hospitalisation after he was previously remanded, alleging misuse of public resources.\n"
          "“After being remanded, he was admitted directly to the intensive care unit at the National Hospital and spent time with his associates there, even reading Boris Johnson’s book,” Peiris told court.\n"
          "He further claimed that a medical report had been submitted to court without a request from the judiciary, and that the prosecution had not received a copy of the report.\n"
          "“This suspect illegally stayed in the ICU and misused public property,” Peiris alleged.\n"
          "Defence lawyers rejected the claims, arguing that many of the allegations did not relate to their client and that the authenticity of an invitation letter for Wickremesinghe’s UK visit had not been properly investigated.\n"
          "The court also remanded former Presidential Secretary Saman Ekanayake, named as the second suspect in the case, until Feb. 11, rejecting his bail request. The magistrate said bail could not be granted under the Public Property Act without exceptional circumstances."),
    entities=[("prosecutors", "prosecutors", "GROUP", ["the prosecution"], "the prosecution in the case against Ranil Wickremesinghe"),
              ("peiris", "Dileep Peiris", "PERSON", ["Peiris", "Additional Solicitor General Dileep Peiris"],
               "Additional Solicitor General, prosecuting"),
              ("defence", "Defence lawyers", "GROUP", ["the defence"], "Ranil Wickremesinghe's lawyers"),
              ("magistrate", "Isuru Neththikumara", "PERSON",
               ["Neththikumara", "Magistrate Isuru Neththikumara", "the magistrate"], "Colombo Fort Magistrate")],
    mentions=[("m1", "prosecutors", "prosecutors"),
              ("m2", "Additional Solicitor General Dileep Peiris", "peiris"),
              ("m3", ("Peiris", "Peiris said,"), "peiris"),
              ("m4", "the defence", "defence"),
              ("m5", "Magistrate Isuru Neththikumara", "magistrate"),
              ("m6", "the magistrate", "magistrate"),
              ("m7", ("Peiris", "Peiris also raised"), "peiris"),
              ("m8", ("Peiris", "Peiris told court"), "peiris"),
              ("m9", ("He", "He further claimed"), "peiris"),
              ("m10", ("the prosecution", "the prosecution had not"), "prosecutors"),
              ("m11", ("Peiris", "Peiris alleged"), "peiris"),
              ("m12", "Defence lawyers", "defence"),
              ("m13", "The magistrate", "magistrate")],
    attributions=[("a1", "INDIRECT", "m1", "questioning", "how the former leader was seated in court as a suspect", None),
                  ("a2", "INDIRECT", "m1", ("raising concerns", "raising concerns over his"),
                   "his previous hospital stay following remand", None),
                  ("a3", "INDIRECT", "m2", ("told", "Peiris told the Fort"), "Wickremesinghe was present in court as a suspect", None),
                  ("a4", "INDIRECT", "m2", ("questioned", "and questioned the manner"), "the manner in which he was seated", None),
                  ("a5", "DIRECT", "m3", ("said", "Peiris said,"), "How can a suspect sit like that? He must obtain the court’s permission,", None),
                  ("a6", "INDIRECT", "m5", "agreed with", "the prosecution’s position", None),
                  ("a7", "INDIRECT", "m5", "stating", "there is a proper procedure for court seating arrangements", None),
                  ("a8", "DIRECT", "m6", ("said", "the magistrate said"),
                   "There is a proper procedure for seating in court, and it must be followed,", None),
                  ("a9", "INDIRECT", "m7", ("raised concerns", "Peiris also raised concerns"),
                   "Wickremesinghe’s hospitalisation after he was previously remanded", None),
                  ("a10", "INDIRECT", "m7", "alleging", "misuse of public resources", None),
                  ("a11", "DIRECT", "m8", ("told", "Peiris told court"),
                   seg(T, "After being remanded", "Boris Johnson’s book,"), None),
                  ("a12", "INDIRECT", "m9", "claimed",
                   seg(T, "a medical report had been submitted", "a copy of the report"), None),
                  ("a13", "DIRECT", "m11", "alleged", "This suspect illegally stayed in the ICU and misused public property,", None),
                  ("a14", "INDIRECT", "m12", ("rejected", "lawyers rejected"), ("the claims", "rejected the claims"), None),
                  ("a15", "INDIRECT", "m12", "arguing",
                   seg(T, "many of the allegations did not relate", "properly investigated"), None),
                  ("a16", "INDIRECT", "m13", ("said", "The magistrate said"),
                   "bail could not be granted under the Public Property Act without exceptional circumstances", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead; the whole stored copy is
# kept (cut=False). Its straight quotation marks are kept as printed. The page gives no date.
# The company's name is misspelt "AMPC" in most of the text: an alias of the same entity.
# "denied accusations that its ... operations ... are illegal": the company's denial, with the
# accusations nested in it as a noun cue with no claimant (null source).
# "In a statement, AMPC said": the statement names its author in the sentence, so the company is
# the source. "according to the environmental group Alyansa Tigil Mina (ATM)" has the group as
# source. "It declares its commitment to ensuring ...": cue with its fixed object, like "renewed its
# pledge"; the linking "to" is left out and the partial quotation makes it MIXED, as are the
# "deeply saddened", "exhausted all means" and "underlined" claims.
# Not claims: "The statement comes after ..." (no content) and "is reportedly owned by" (a hedge).
doc("dzrh-altai-mining-denies-illegal-sibuyan",
    url="https://dzrh.com.ph/post/mining-corp.-denies-illegal-act-in-sibuyan-island",
    outlet="DZRH News", country="Philippines", topic="environment", cut=False,
    text=(T := "Altai Philippines Mining Corporation (APMC) on Sunday denied accusations that its mining exploration operations in Sibuyan Island, Romblon are illegal.\n"
          "In a statement, AMPC said it has secured the necessary permits and licenses to operate in the said area.\n"
          "\"Accordingly, our operations in Sibuyan began many years before we can even set up camp on-site: undertaking comprehensive environmental and socio-economic studies and outcome analyses, consulting with official regulation and agencies, and engaging the surrounding communities, to ensure that our operations will be safe, legitimate, and with minimal environmental effects,\" it said.\n"
          "The statement comes after local authorities had a heated encounter with Sibuyan residents who formed a human barricade to stop the mining truck that was carrying nickel ores last February 3.\n"
          "At least two individuals were injured during the encounter, according to the environmental group Alyansa Tigil Mina (ATM).\n"
          "Meanwhile, the AMPC said they are \"deeply saddened\" by the encounter and said it has \"exhausted all means to help those who may have been hurt.\"\n"
          "The mining company said it has reached out to the protestors to establish dialogue and find a common ground on the problem.\n"
          "It declares its commitment to ensuring that its operations will \"respect all stakeholders, minimize environmental impact, and prioritize fair division of socio-economic benefits.\"\n"
          "The AMPC underlined that it is opposed to \"all forms of illegal, reckless, and irresponsible mining.\"\n"
          "The mining company is reportedly owned by Kenneth Gatchalian, brother of newly-appointed Social Welfare and Development Secretary Rex Gatchalian, Senator Sherwin 'Win' Gatchalian, and Valenzuela City Mayor Wes Gatchalian."),
    entities=[("apmc", "Altai Philippines Mining Corporation", "ORGANIZATION",
               ["APMC", "AMPC", "Altai Philippines Mining Corporation (APMC)", "The mining company"],
               "mining company exploring on Sibuyan Island"),
              ("atm", "Alyansa Tigil Mina", "ORGANIZATION",
               ["ATM", "Alyansa Tigil Mina (ATM)", "the environmental group Alyansa Tigil Mina (ATM)"], "environmental group")],
    mentions=[("m1", "Altai Philippines Mining Corporation (APMC)", "apmc"),
              ("m2", ("AMPC", "AMPC said it has secured"), "apmc"),
              ("m3", ("it", "it said."), "apmc"),
              ("m4", "the environmental group Alyansa Tigil Mina (ATM)", "atm"),
              ("m5", ("the AMPC", "the AMPC said"), "apmc"),
              ("m6", ("The mining company", "The mining company said"), "apmc"),
              ("m7", ("It", "It declares"), "apmc"),
              ("m8", ("The AMPC", "The AMPC underlined"), "apmc"),
              ("m9", ("The mining company", "The mining company is reportedly"), "apmc")],
    attributions=[("a1", "INDIRECT", "m1", "denied",
                   "accusations that its mining exploration operations in Sibuyan Island, Romblon are illegal", None),
                  ("a2", "INDIRECT", None, "accusations",
                   "its mining exploration operations in Sibuyan Island, Romblon are illegal", "a1"),
                  ("a3", "INDIRECT", "m2", ("said", "AMPC said it has secured"),
                   "it has secured the necessary permits and licenses to operate in the said area", None),
                  ("a4", "DIRECT", "m3", ("said", "it said."),
                   seg(T, "Accordingly, our operations", "minimal environmental effects,"), None),
                  ("a5", "INDIRECT", "m4", "according to", "At least two individuals were injured during the encounter", None),
                  ("a6", "MIXED", "m5", ("said", "the AMPC said"), "they are \"deeply saddened\" by the encounter", None),
                  ("a7", "MIXED", "m5", ("said", "and said it has"),
                   "it has \"exhausted all means to help those who may have been hurt.\"", None),
                  ("a8", "INDIRECT", "m6", ("said", "company said it has reached"),
                   "it has reached out to the protestors to establish dialogue and find a common ground on the problem", None),
                  ("a9", "MIXED", "m7", "declares its commitment",
                   seg(T, "ensuring that its operations will", "socio-economic benefits.\""), None),
                  ("a10", "MIXED", "m8", "underlined",
                   "it is opposed to \"all forms of illegal, reckless, and irresponsible mining.\"", None)])

# ---------------------------------------------------------------------------------------
# The site's logo line, the author and section labels ("nn", "nvn news", "news"), the date line
# ("Fri Jun 13 2025", used for `published`) and the comment box ("CN", "All Comments", "No
# comments yet") are left out; the headline and standfirst are kept. The whole article is kept.
# Headline: "Rejects Visa Scam Allegations" (cue "Rejects", noun-phrase content) and "Calls Them
# Politically Motivated" ("labelled X Y", content "Them Politically Motivated") share the headline
# source. The standfirst's "calling the accusations baseless ..." and "vowing full cooperation
# with ..." are claims of their own (FORMAT.md, "X said A, warning that B"); "expressed concern
# over false rumors ..." is read like "raised concerns about" (noun-phrase content).
# "Ramesh Lekhak stated:" frames the quotation paragraph that follows (one DIRECT claim). Inside
# it, "The claims that I am involved ..." is a noun cue with no claimant (nested, null source);
# the minister's own "I want to make it clear ..." and "I express my regret" are not split off.
# "Both parties are still demanding ..." is the RSP and the RPP (one GROUP), not their lawmakers.
# Not claims: "Allegations" in the headline, "the accusations", "the claims linking him to the
# case" and "such demands" (nouns with no content clause), "continued their protests" (an action).
doc("nepalverifiednews-lekhak-rejects-visit-visa-scam",
    url="https://nepalverifiednews.com/news/home-minister-ramesh-lekhak-rejects-visa-scam-alle",
    outlet="Nepal Verified News", country="Nepal", topic="politics", cut=True, published="2025-06-13",
    text=(T := "Home Minister Ramesh Lekhak Rejects Visa Scam Allegations, Calls Them Politically Motivated\n"
          "Home Minister Lekhak denied any role in the visit visa scam, calling the accusations baseless and part of a political conspiracy, while vowing full cooperation with the CIAA investigation.\n"
          "Home Minister Ramesh Lekhak has strongly denied any involvement in the recent visit visa scam. Speaking at Friday’s session of the House of Representatives, he claimed that attempts are being made to politically attack him through planned and conspiratorial means.\n"
          "Lekhak expressed concern over false rumors spreading on social media and in the press, saying there’s no truth to the claims linking him to the case. He clarified that he has no connection to the issue and never could have had any involvement.\n"
          "He said he’s fully ready to cooperate with the ongoing investigation by the Commission for the Investigation of Abuse of Authority (CIAA), and if needed, he’s willing to appear before the authorities.\n"
          "The minister also argued that just because government employees are being investigated doesn’t mean a minister should resign. He called such demands unfair.\n"
          "Ramesh Lekhak stated:\n"
          "“The claims that I am involved in the matter being investigated by the CIAA are completely baseless. I want to make it clear to this honorable parliament that I have no role in it and never could have had one. These attacks are clearly politically motivated, and I express my regret over this from this very platform.”\n"
          "Meanwhile, lawmakers from Rastriya Swatantra Party (RSP) and Rastriya Prajatantra Party (RPP) continued their protests in the House. Despite this, Speaker Devraj Ghimire moved the session forward. Both parties are still demanding a parliamentary probe committee to investigate the visit visa case."),
    entities=[("lekhak", "Ramesh Lekhak", "PERSON",
               ["Lekhak", "Home Minister Ramesh Lekhak", "Home Minister Lekhak", "The minister"], "Home Minister of Nepal"),
              ("parties", "Rastriya Swatantra Party (RSP) and Rastriya Prajatantra Party (RPP)", "GROUP",
               ["Both parties"], "the opposition RSP and RPP")],
    mentions=[("m1", ("Home Minister Ramesh Lekhak", "Home Minister Ramesh Lekhak Rejects"), "lekhak"),
              ("m2", "Home Minister Lekhak", "lekhak"),
              ("m3", ("Home Minister Ramesh Lekhak", "Home Minister Ramesh Lekhak has"), "lekhak"),
              ("m4", ("he", "he claimed"), "lekhak"),
              ("m5", ("Lekhak", "Lekhak expressed"), "lekhak"),
              ("m6", ("He", "He clarified"), "lekhak"),
              ("m7", ("He", "He said he’s"), "lekhak"),
              ("m8", "The minister", "lekhak"),
              ("m9", ("He", "He called"), "lekhak"),
              ("m10", ("Ramesh Lekhak", "Ramesh Lekhak stated"), "lekhak"),
              ("m11", "Rastriya Swatantra Party (RSP) and Rastriya Prajatantra Party (RPP)", "parties"),
              ("m12", "Both parties", "parties")],
    attributions=[("a1", "INDIRECT", "m1", "Rejects", "Visa Scam Allegations", None),
                  ("a2", "INDIRECT", "m1", "Calls", "Them Politically Motivated", None),
                  ("a3", "INDIRECT", "m2", ("denied", "Lekhak denied"), "any role in the visit visa scam", None),
                  ("a4", "INDIRECT", "m2", "calling", "the accusations baseless and part of a political conspiracy", None),
                  ("a5", "INDIRECT", "m2", "vowing", "full cooperation with the CIAA investigation", None),
                  ("a6", "INDIRECT", "m3", ("denied", "strongly denied"), "any involvement in the recent visit visa scam", None),
                  ("a7", "INDIRECT", "m4", "claimed",
                   "attempts are being made to politically attack him through planned and conspiratorial means", None),
                  ("a8", "INDIRECT", "m5", "expressed concern", "false rumors spreading on social media and in the press", None),
                  ("a9", "INDIRECT", "m5", "saying", "there’s no truth to the claims linking him to the case", None),
                  ("a10", "INDIRECT", "m6", "clarified", "he has no connection to the issue and never could have had any involvement", None),
                  ("a11", "INDIRECT", "m7", ("said", "He said he’s"),
                   seg(T, "he’s fully ready to cooperate", "appear before the authorities"), None),
                  ("a12", "INDIRECT", "m8", "argued",
                   "just because government employees are being investigated doesn’t mean a minister should resign", None),
                  ("a13", "INDIRECT", "m9", ("called", "He called"), "such demands unfair", None),
                  ("a14", "DIRECT", "m10", "stated", seg(T, "The claims that I am involved", "from this very platform."), None),
                  ("a15", "INDIRECT", None, ("claims", "The claims that I am"),
                   "I am involved in the matter being investigated by the CIAA", "a14"),
                  ("a16", "INDIRECT", "m12", "demanding",
                   "a parliamentary probe committee to investigate the visit visa case", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead; the whole stored copy is
# kept. The page gives no date.
# "described the results ... as “very sad”" is MIXED; the adjunct "after the players crashed out
# ..." is left out. The source of the first quotation is "BAM’s outgoing president, Tan Sri Norza
# Zakaria" (title and short role apposition). Inside it, "This was agreed wholeheartedly by the
# council members" is an attitude of others stated in a quote (nested, content "This", the
# description just reported).
# The quotation opened in "“Before the Akademi ..." is left open at two paragraph ends and closes
# in "... legendary players,” he added": one DIRECT claim with that cue.
# Not claims: "The BAM council meeting ... agreed for a task force to be set up" (a decision, an
# action like "ordered an inquiry"), "He also zoomed in on the state associations" (no content),
# and the future "BAM would announce the fate of ..." inside Norza's claim (no speech act yet).
doc("twentytwo13-bam-task-force-junior-shuttlers",
    url="https://twentytwo13.my/bam-sets-up-task-force-after-shuttlers-very-sad-asian-junior-meet-outing/",
    outlet="Twentytwo13", country="Malaysia", topic="sport", cut=False,
    text=(T := "The BA of Malaysia (BAM) described the results by the young Malaysian shuttlers at the Asian Junior Championships as “very sad” after the players crashed out in the critical stages of the tournament.\n"
          "“This was agreed wholeheartedly by the council members. There are problems with the players’ intensity, speed, mental strength, endurance … they failed to shine in the critical stages,” said BAM’s outgoing president, Tan Sri Norza Zakaria.\n"
          "The BAM council meeting, had this afternoon, agreed for a task force to be set up to look into the juniors’ poor outing. The task force, headed by one of Norza’s deputies – Datuk V. Subramaniam – would look at the present system and propose changes.\n"
          "Norza added that Malaysia remained far behind compared to the badminton-playing nations.\n"
          "“Before the Akademi Badminton Malaysia (ABM) was set up, the players stayed at the Bukit Jalil Sports School’s hostel and trained at the Juara Stadium in Bukit Kiara. They weren’t fully under BAM.\n"
          "“Today, with the four-star BAM, facilities, five meals a day, and many other perks, the players still don’t give a four-star performance. Have the players become too comfortable with the facilities?\n"
          "“We have decided to set up a task force, headed by Subramaniam, to look at the present system and propose changes. We will consider opinions from the newly established advisory panel comprising several legendary players,” he added.\n"
          "Norza said BAM would announce the fate of the junior coaches next week. He also zoomed in on the state associations.\n"
          "“All the states have their development programmes. Is it enough, or should we get the clubs in, with certain criteria, in place? We will discuss this with the task force,” he said."),
    entities=[("bam", "BA of Malaysia", "ORGANIZATION", ["BAM", "The BA of Malaysia (BAM)"], "Badminton Association of Malaysia"),
              ("norza", "Norza Zakaria", "PERSON",
               ["Norza", "Tan Sri Norza Zakaria", "BAM’s outgoing president, Tan Sri Norza Zakaria"], "outgoing BAM president"),
              ("council", "the council members", "GROUP", [], "members of the BAM council")],
    mentions=[("m1", "The BA of Malaysia (BAM)", "bam"),
              ("m2", "the council members", "council"),
              ("m3", "BAM’s outgoing president, Tan Sri Norza Zakaria", "norza"),
              ("m4", ("Norza", "Norza added"), "norza"),
              ("m5", ("BAM", "fully under BAM"), "bam"),
              ("m6", ("BAM", "four-star BAM,"), "bam"),
              ("m7", ("he", "he added."), "norza"),
              ("m8", ("Norza", "Norza said"), "norza"),
              ("m9", ("BAM", "BAM would announce"), "bam"),
              ("m10", ("He", "He also zoomed"), "norza"),
              ("m11", ("he", "he said."), "norza")],
    attributions=[("a1", "MIXED", "m1", "described",
                   "the results by the young Malaysian shuttlers at the Asian Junior Championships as “very sad”", None),
                  ("a2", "DIRECT", "m3", ("said", "said BAM’s"), seg(T, "This was agreed wholeheartedly", "critical stages,"), None),
                  ("a3", "INDIRECT", "m2", ("agreed", "was agreed"), ("This", "This was agreed"), "a2"),
                  ("a4", "INDIRECT", "m4", ("added", "Norza added"), "Malaysia remained far behind compared to the badminton-playing nations", None),
                  ("a5", "DIRECT", "m7", ("added", "he added."), seg(T, "Before the Akademi", "several legendary players,"), None),
                  ("a6", "INDIRECT", "m8", ("said", "Norza said"), "BAM would announce the fate of the junior coaches next week", None),
                  ("a7", "DIRECT", "m11", ("said", "he said."), seg(T, "All the states have", "with the task force,"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline, so the text starts with the lead. The stored copy breaks off
# in "“I don’t think this report is going to get us anywhere we want to go,” Cr Steve"; the text
# is cut further up, after Brett Luxford's "expressed concern" paragraph, because the next
# paragraph prints its closing mark as an opening one after a space ("duties, “he said"), which
# gold.py cannot take as the end of a DIRECT content. The date is the one in the page's address.
# Typos ("Councils current", "the resent weather events") are kept as printed.
# "a motion to examine ..." is a noun cue (like "a request to meet") with no claimant in its
# sentence: null source. "the motion ... seeking a detailed report": the cue sits in a reduced
# relative on "the motion", a document whose author, Cr Bill Chisholm, is named in the sentence,
# so "the motion" is a mention of Chisholm (FORMAT.md, Documents).
# The quotation opened in "“I am presenting this motion ..." is left open at its paragraph end and
# closes in the next paragraph: one DIRECT claim taking "Cr Chisholm said in his report" ("his
# report" a medium). "estimated the cost ... at “around” $150,000" is MIXED and "saying that ..."
# a second claim. "expressed concern over the impact if ..." has the noun phrase as content.
doc("ncreview-mitchell-shire-road-maintenance-motion",
    url="https://ncreview.com.au/2024/04/23/roads-to-perdition-for-mitchell-shire/",
    outlet="North Central Review", country="Australia", topic="local", cut=True, published="2024-04-23",
    text=(T := "The status quo on road maintenance in Mitchell Shire seems to remain after a motion to examine Councils current operational budget and staffing levels for preventive maintenance, and reinstatement of basic road infrastructure was defeated.\n"
          "Cr Bill Chisholm presented the motion to the April meeting of Council seeking a detailed report prepared by council officers and an independent consultant on road maintenance and restoration.\n"
          "“At the moment we have a small part time drainage team and given the resent weather events it is important that we have a full-time team. From the residents I talk to roads are a major issue,” Cr Chisholm said.\n"
          "“I am presenting this motion subsequent to feedback from the community.\n"
          "“Repairs to basic infrastructure such as roads bridges and drainage are extremely expensive and currently there is no real thought or science behind the best and smartest way to get value for money out of each dollar spent,” Cr Chisholm said in his report.\n"
          "Cr Chisholm estimated the cost of an independent consultant at “around” $150,000 saying that in his opinion it would be money well spent.\n"
          "He said that he saw community involvement and input as vital for the report.\n"
          "“This includes seeking of community input into the identification of potential Black Spot funding locations across the Shire,” Cr Chisholm said.\n"
          "Discussion then turned to the budget impacts of engaging an independent consultant with the majority of Councillors insisting that there should be no outside contractors.\n"
          "CEO, Brett Luxford expressed concern over the impact if the “significant parcel” of work was transferred to officers."),
    entities=[("chisholm", "Bill Chisholm", "PERSON", ["Chisholm", "Cr Bill Chisholm", "Cr Chisholm"], "Mitchell Shire councillor"),
              ("councillors", "the majority of Councillors", "GROUP", [], "most Mitchell Shire councillors"),
              ("luxford", "Brett Luxford", "PERSON", ["Luxford", "CEO, Brett Luxford"], "chief executive of Mitchell Shire Council")],
    mentions=[("m1", "Cr Bill Chisholm", "chisholm"),
              ("m2", ("the motion", "presented the motion"), "chisholm"),
              ("m3", ("Cr Chisholm", "issue,” Cr Chisholm"), "chisholm"),
              ("m4", ("Cr Chisholm", "Cr Chisholm said in his report"), "chisholm"),
              ("m5", ("Cr Chisholm", "Cr Chisholm estimated"), "chisholm"),
              ("m6", ("He", "He said that he saw"), "chisholm"),
              ("m7", ("Cr Chisholm", "Shire,” Cr Chisholm"), "chisholm"),
              ("m8", "the majority of Councillors", "councillors"),
              ("m9", "CEO, Brett Luxford", "luxford")],
    attributions=[("a1", "INDIRECT", None, ("motion", "a motion to examine"),
                   seg(T, "to examine Councils current", "basic road infrastructure"), None),
                  ("a2", "INDIRECT", "m2", ("seeking", "Council seeking"),
                   "a detailed report prepared by council officers and an independent consultant on road maintenance and restoration", None),
                  ("a3", "DIRECT", "m3", ("said", "issue,” Cr Chisholm said"), seg(T, "At the moment we have", "a major issue,"), None),
                  ("a4", "DIRECT", "m4", ("said", "Chisholm said in his report"),
                   seg(T, "I am presenting this motion", "each dollar spent,"), None),
                  ("a5", "MIXED", "m5", "estimated", "the cost of an independent consultant at “around” $150,000", None),
                  ("a6", "INDIRECT", "m5", ("saying", "$150,000 saying"), "in his opinion it would be money well spent", None),
                  ("a7", "INDIRECT", "m6", ("said", "He said that he saw"), "he saw community involvement and input as vital for the report", None),
                  ("a8", "DIRECT", "m7", ("said", "Shire,” Cr Chisholm said"),
                   seg(T, "This includes seeking of community input", "across the Shire,"), None),
                  ("a9", "INDIRECT", "m8", "insisting", "there should be no outside contractors", None),
                  ("a10", "MIXED", "m9", "expressed concern",
                   "the impact if the “significant parcel” of work was transferred to officers", None)])

# ---------------------------------------------------------------------------------------
# PTI copy on an Indian news site. The stored page has no headline, so the text starts with the
# lead and its dateline ("Karachi, Aug 17 (PTI)", not an attribution); the blank lines between
# paragraphs are dropped. The stored copy breaks off in "Ali Faisal Saleem, a senior p", so the
# text is cut before that paragraph. The page gives no year, so no `published` is recorded.
# "warned parents and guardians who refuse ..." names only the addressees, with no content: not a
# claim; the "saying their actions were unacceptable" that follows is.
# "An official at the Emergency Operation Centre (EOC) for Polio told the media ..." is resolved to
# EOC Coordinator Irshad Sodhar, who continues the same statement in the next sentence ("this
# was the reason why ..."; FORMAT.md, a role description resolved in the next sentence).
# "some religious clerics who spread misinformation about the vaccine" is a speech act in a
# relative clause inside Sodhar's claim (nested; "about" only links the cue). "Pakistan has
# reported 14 confirmed cases ..." is a report of figures by a GPE (content without the adjunct
# "this year").
# Not claims: "had been directed to take action" (an order, an action), "which still report
# poliovirus cases" (a general state) and "the legal framework finalised by the law department".
doc("newsdrum-sindh-polio-refusal-unacceptable",
    url="https://www.newsdrum.in/international/sindh-cm-says-refusal-of-polio-vaccination-by-parents-unacceptable-6865410",
    outlet="NewsDrum", country="India", topic="health-science", cut=True,
    text=(T := "Karachi, Aug 17 (PTI) Chief Minister of Pakistan’s Sindh province Murad Ali Shah on Saturday warned parents and guardians who refuse to get their children vaccinated in the ongoing anti-polio drive, saying their actions were unacceptable.\n"
          "Shah said the 27 per cent refusal in 40 of the 85 high-risk union councils covered on the first day of the drive on Saturday was intolerable.\n"
          "“We will not tolerate this. The plan is to vaccinate some 1.1 million children in this drive and we will not allow anyone to leave any infant at the risk of polio,” Shah said.\n"
          "Shah said the health authorities and police had been directed to take action against parents and guardians who refused to vaccinate their children.\n"
          "He said an action would be taken within the legal framework finalised by the law department against those who refused vaccination.\n"
          "A three-day polio drive to weed out the virus was launched on Saturday in Sindh.\n"
          "Pakistan is among the only handful of countries in the world which still report poliovirus cases.\n"
          "An official at the Emergency Operation Centre (EOC) for Polio told the media that Pakistan’s anti-polio campaign had become a tragedy as the country faced internal challenges more than any potential threat from people’s movements from neighbouring Afghanistan where the situation had improved.\n"
          "EOC Coordinator Irshad Sodhar said this was the reason why the virus was still circulating in the country.\n"
          "He said the high rate of refusal was because of several reasons, foremost illiteracy, lack of awareness among parents about the new method adopted for vaccination, and the influence of some religious clerics who spread misinformation about the vaccine.\n"
          "Pakistan has reported 14 confirmed cases and a large number of positive environmental samples this year.\n"
          "Anti-polio vaccine workers and the policemen accompanying them have also been targeted by religious extremists in some parts of the country in the past, including in Karachi."),
    entities=[("shah", "Murad Ali Shah", "PERSON", ["Shah", "Chief Minister Murad Ali Shah"], "Chief Minister of Sindh"),
              ("sodhar", "Irshad Sodhar", "PERSON",
               ["Sodhar", "EOC Coordinator Irshad Sodhar", "An official at the Emergency Operation Centre (EOC) for Polio"],
               "coordinator of the Emergency Operation Centre for Polio"),
              ("clerics", "some religious clerics", "GROUP", ["religious clerics"], "clerics opposing the vaccine"),
              ("pakistan", "Pakistan", "GPE", [], "")],
    mentions=[("m1", "Chief Minister of Pakistan’s Sindh province Murad Ali Shah", "shah"),
              ("m2", ("Shah", "Shah said the 27"), "shah"),
              ("m3", ("Shah", "Shah said."), "shah"),
              ("m4", ("Shah", "Shah said the health"), "shah"),
              ("m5", ("He", "He said an action"), "shah"),
              ("m6", "An official at the Emergency Operation Centre (EOC) for Polio", "sodhar"),
              ("m7", "EOC Coordinator Irshad Sodhar", "sodhar"),
              ("m8", ("He", "He said the high rate"), "sodhar"),
              ("m9", "some religious clerics", "clerics"),
              ("m10", ("Pakistan", "Pakistan has reported"), "pakistan")],
    attributions=[("a1", "INDIRECT", "m1", "saying", "their actions were unacceptable", None),
                  ("a2", "INDIRECT", "m2", ("said", "Shah said the 27"),
                   seg(T, "the 27 per cent refusal", "was intolerable"), None),
                  ("a3", "DIRECT", "m3", ("said", "Shah said."), seg(T, "We will not tolerate this.", "the risk of polio,"), None),
                  ("a4", "INDIRECT", "m4", ("said", "Shah said the health"),
                   "the health authorities and police had been directed to take action against parents and guardians who refused to vaccinate their children", None),
                  ("a5", "INDIRECT", "m5", ("said", "He said an action"),
                   "an action would be taken within the legal framework finalised by the law department against those who refused vaccination", None),
                  ("a6", "INDIRECT", "m6", "told",
                   seg(T, "Pakistan’s anti-polio campaign had become a tragedy", "the situation had improved"), None),
                  ("a7", "INDIRECT", "m7", ("said", "Sodhar said"), "this was the reason why the virus was still circulating in the country", None),
                  ("a8", "INDIRECT", "m8", ("said", "He said the high rate"),
                   seg(T, "the high rate of refusal was because", "misinformation about the vaccine"), None),
                  ("a9", "INDIRECT", "m9", "spread misinformation", ("the vaccine", "about the vaccine."), "a8"),
                  ("a10", "INDIRECT", "m10", "reported",
                   "14 confirmed cases and a large number of positive environmental samples", None)])

write("test24_c.jsonl")
