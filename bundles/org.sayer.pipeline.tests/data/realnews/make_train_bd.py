#!/usr/bin/env python3
"""Writes train_bd.jsonl: real-news gold, split train-bd (see gold.py). Run: python3 make_train_bd.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# The stored page opens with a date line ("Friday, May 20, 2022") that is the site's header of the
# day it was stored, not the article's date: removed, and no `published` is given. The stored copy
# breaks off inside a paragraph ("He said it is only a matter of time"); the text is cut at the last
# whole paragraph before it. Tshosane's quotation is left open at a paragraph end and closed in the
# next paragraph with no reopening mark: one DIRECT claim over both (FORMAT.md, Marks as printed).
# "the team he thinks is the best": a belief with a named subject in a relative clause; its content
# starts after the relative head, as `they said traumatized …` in train_an. "the press conference the
# BFA had called to announce the team …" is a purpose infinitive with no finite reporting verb, and
# "nothing was said from the BFA" has no content: not annotated. "defended the move saying …" is two
# claims (FORMAT.md: `Lind defended the design`; `X said A, warning that B`). In the technical
# director's quotation, "the association feels …" is a generic association, his own body speaking
# ("that's what we have done"); as `neither she nor her staff think …` it is not split off.
doc("sundaystandard-zebras-coach-frustrated-by-bfa",
    url="https://www.sundaystandard.info/zebras-coach-being-frustrated-by-bfa/",
    outlet="Sunday Standard", country="Botswana", topic="sport", cut=True,
    text=(T := "Zebras coach being frustrated by BFA\n"
          "It is now in the open, national team coach, Stanley Tshosane, is a frustrated man. The coach does not have power to select the team he thinks is the best, but rather the Botswana Football Association’s technical director does. Things came in to the open on Friday during the press conference the BFA had called to announce the team that will play friendly games against Lesotho on Wednesday in Maseru. Tshosane announced that he could only pick the local based players on the instructions of the BFA. He even openly emphasised that he wanted almost all South African based players to create a combination with local players. “Most of the local players in the national team are young and inexperienced and when you bring experienced ones they learn something.\n"
          "Also the local players have never played with the ones outside and friendly games are a chance. Blending experience with inexperience is also a platform to find the right combination. Unfortunately, despite the Lesotho game falling under FIFA calendar I could not get all foreign based players,” said Tshosane. His remarks left several journalists wondering whether he is being undermined as a local coach.\n"
          "There were instances in the past when foreign coaches would pick a strong team for games that mattered little and nothing was said from the BFA. The technical director of the BFA, Losika Keatlholetswe has, however, defended the move saying there is nothing sinister. “Each association world wide has its own planning. There is always a time whereby the association feels only local players should be given a chance, and that’s what we have done and we feel is better. This is mainly done to help the coach have a pool of players. We want a situation whereby the coach cannot struggle as has always been the case in the past,” he said."),
    entities=[("tshosane", "Stanley Tshosane", "PERSON",
               ["Tshosane", "national team coach, Stanley Tshosane", "The coach"], "coach of Botswana's national team, the Zebras"),
              ("keatlholetswe", "Losika Keatlholetswe", "PERSON",
               ["Keatlholetswe", "The technical director of the BFA, Losika Keatlholetswe",
                "the Botswana Football Association’s technical director"],
               "technical director of the Botswana Football Association"),
              ("journalists", "several journalists", "GROUP", [], "journalists at the press conference")],
    mentions=[("m1", "national team coach, Stanley Tshosane", "tshosane"),
              ("m2", ("The coach", "The coach does not"), "tshosane"),
              ("m3", ("he", "he thinks is the best"), "tshosane"),
              ("m4", "the Botswana Football Association’s technical director", "keatlholetswe"),
              ("m5", ("Tshosane", "Tshosane announced"), "tshosane"),
              ("m6", ("He", "He even openly"), "tshosane"),
              ("m7", ("Tshosane", "said Tshosane"), "tshosane"),
              ("m8", "several journalists", "journalists"),
              ("m9", "The technical director of the BFA, Losika Keatlholetswe", "keatlholetswe"),
              ("m10", ("the coach", "the coach have a pool"), "tshosane"),
              ("m11", ("the coach", "the coach cannot struggle"), "tshosane"),
              ("m12", ("he", "he said."), "keatlholetswe")],
    attributions=[("a1", "INDIRECT", "m3", "thinks", ("is the best", "he thinks is the best"), None),
                  ("a2", "INDIRECT", "m5", "announced",
                   "he could only pick the local based players on the instructions of the BFA", None),
                  ("a3", "INDIRECT", "m6", "emphasised",
                   "he wanted almost all South African based players to create a combination with local players", None),
                  ("a4", "DIRECT", "m7", ("said", "said Tshosane"),
                   seg(T, "Most of the local players in the national team", "could not get all foreign based players,"), None),
                  ("a5", "INDIRECT", "m8", "wondering", "whether he is being undermined as a local coach", None),
                  ("a6", "INDIRECT", "m9", "defended", ("the move", "defended the move"), None),
                  ("a7", "INDIRECT", "m9", "saying", "there is nothing sinister", None),
                  ("a8", "DIRECT", "m12", ("said", "he said."),
                   seg(T, "Each association world wide", "the case in the past,"), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; the text starts with its lead. The stored copy breaks off inside
# the next quotation ("He added passionately, “Not at any one point can an accused person in a t");
# the text is cut at the last whole paragraph before it. "Lukwago informed the Court of instructions
# …:" frames the quotation that has its own inline clause ("he declared"), which carries it
# (FORMAT.md, Two clauses, one claim). "accusing her of X" drops the addressee and "of". Speech
# nested in the quotations: the clients' instructions (a noun cue, as `calls for`), their
# "apprehension that …" (an attitude of others stated in a quote) and the magistrate's statement
# ("you stated in open court that …", its source the "you" of the quote). "asked their lawyers to
# attend to …" inside it is a request made as an action (FORMAT.md: `asked not to be named`): not
# annotated. "He mentioned Guideline 7 …" only names a document and "read the rules aloud" is an
# action: not annotated; the sub-guideline "which calls for …" is its own document entity, the
# antecedent of the relative clause. "Lukwago quoted the Constitution word-for-word: “…”": Lukwago
# utters the words, so he is the source and "quoted" the cue; the Constitution is treated like a
# cited medium (FORMAT.md: `the Courier reported, citing Nordpress`). "Adding that : “…”" continues
# Lukwago, a DIRECT claim with its own cue; the stored text prints no period before the closing mark.
doc("galaxyfm-lukwago-challenges-magistrate-nantege",
    url="https://www.galaxyfm.co.ug/?p=214006",
    outlet="Galaxy FM", country="Uganda", topic="courts-crime", cut=True,
    text=(T := "Courtroom fireworks exploded this morning, June 12, as opposition icon Dr. Kizza Besigye and his co-accused returned to face yet another dramatic session at the Nakawa Chief Magistrate’s Court.\n"
          "What was meant to be a routine mention turned into a tense legal standoff, as senior defence lawyer Erias Lukwago mounted a fierce challenge against the magistrate, accusing her of bias, incompetence, and outright abuse of judicial authority.\n"
          "With the public gallery packed, Lukwago informed the Court of instructions he received from his clients:\n"
          "“Your Worship, we have received firm instructions from our clients to raise a formal complaint against you before the Judicial Service Commission,” he declared\n"
          "The defence’s complaint was loud and clear as the accused had lost total confidence in Magistrate Christine Nantege’s ability to deliver justice. “Our clients have developed a reasonable apprehension that justice will not be served,” Lukwago stressed.\n"
          "He mentioned Guideline 7 of the Constitutional Recusal Judicial Officers Practice Directions of 2019, Lukwago read the rules aloud, zeroing in on Sub-guideline E, which calls for a judicial officer’s recusal if they display “inappropriate comments” or “apparent bias.”\n"
          "“Our clients were shocked when you stated in open court that A1 and A2 had waived their right to legal representation just because they asked their lawyers to attend to a more urgent matter,” Lukwago argued.\n"
          "Adding that : “That is a grave misinterpretation of Article 23 and Article 28 of the Constitution. A person facing a capital offence cannot legally waive their right to legal representation”\n"
          "The courtroom temperature rose even higher when Lukwago quoted the Constitution word-for-word: “In the case of any offence which carries a sentence of death or imprisonment for life, the accused shall be entitled to legal representation at the expense of the State.”"),
    entities=[("lukwago", "Erias Lukwago", "PERSON", ["Lukwago", "senior defence lawyer Erias Lukwago"],
               "lead defence lawyer of Besigye and his co-accused"),
              ("nantege", "Christine Nantege", "PERSON", ["Nantege", "Magistrate Christine Nantege", "the magistrate"],
               "Nakawa Chief Magistrate"),
              ("clients", "Dr. Kizza Besigye and his co-accused", "GROUP",
               ["our clients", "his clients", "the accused", "A1 and A2"], "the accused, Lukwago's clients"),
              ("subguideline", "Sub-guideline E", "ORGANIZATION", [],
               "a sub-guideline of the Constitutional Recusal Judicial Officers Practice Directions of 2019")],
    mentions=[("m1", "Dr. Kizza Besigye and his co-accused", "clients"),
              ("m2", "senior defence lawyer Erias Lukwago", "lukwago"),
              ("m3", ("the magistrate", "against the magistrate"), "nantege"),
              ("m4", ("Lukwago", "Lukwago informed"), "lukwago"),
              ("m5", "his clients", "clients"),
              ("m6", ("our clients", "from our clients to raise"), "clients"),
              ("m7", ("he", "he declared"), "lukwago"),
              ("m8", ("the accused", "the accused had lost"), "clients"),
              ("m9", ("Our clients", "Our clients have developed"), "clients"),
              ("m10", ("Lukwago", "Lukwago stressed"), "lukwago"),
              ("m11", ("Lukwago", "Lukwago read"), "lukwago"),
              ("m12", "Sub-guideline E", "subguideline"),
              ("m13", ("Our clients", "Our clients were shocked"), "clients"),
              ("m14", ("you", "you stated"), "nantege"),
              ("m15", "A1 and A2", "clients"),
              ("m16", ("Lukwago", "Lukwago argued"), "lukwago"),
              ("m17", ("Lukwago", "Lukwago quoted"), "lukwago")],
    attributions=[("a1", "INDIRECT", "m2", "accusing", "bias, incompetence, and outright abuse of judicial authority", None),
                  ("a2", "DIRECT", "m7", "declared",
                   seg(T, "Your Worship, we have received", "Judicial Service Commission,"), None),
                  ("a3", "INDIRECT", "m6", ("instructions", "firm instructions"),
                   "to raise a formal complaint against you before the Judicial Service Commission", "a2"),
                  ("a4", "DIRECT", "m10", "stressed",
                   "Our clients have developed a reasonable apprehension that justice will not be served,", None),
                  ("a5", "INDIRECT", "m9", "apprehension", "justice will not be served", "a4"),
                  ("a6", "MIXED", "m12", "calls for",
                   "a judicial officer’s recusal if they display “inappropriate comments” or “apparent bias.”", None),
                  ("a7", "DIRECT", "m16", "argued",
                   seg(T, "Our clients were shocked", "to attend to a more urgent matter,"), None),
                  ("a8", "INDIRECT", "m14", "stated",
                   "A1 and A2 had waived their right to legal representation just because they asked their lawyers to attend to a more urgent matter",
                   "a7"),
                  ("a9", "DIRECT", "m16", "Adding",
                   seg(T, "That is a grave misinterpretation", "waive their right to legal representation"), None),
                  ("a10", "DIRECT", "m17", "quoted",
                   seg(T, "In the case of any offence", "at the expense of the State."), None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; it opens with a photo caption ("Gabriel Faria, chief executive
# officer of …") and an obfuscated e-mail byline, both removed, so the text starts with its lead. The
# stored copy breaks off inside a quotation ("“Based on Government’s limited ability …"); the text is
# cut at the last whole paragraph before it. "the newest restrictions announced by the Prime
# Minister" is a participle with no finite reporting verb: not annotated; Rowley "announced the
# closure of …" inside the adjunct of Faria's report is a claim with a noun-phrase content. The
# chamber's own attitudes inside its CEO's reports ("the chamber was looking forward to …", "the
# Chamber did not believe …") are not split off (FORMAT.md: `neither she nor her staff think …`);
# its earlier "called for" is a past speech act and is nested. "which he said are safe …": the
# content starts after the relative pronoun, as in train_an. The unframed quotation continues "He".
doc("cnc3-trinidad-chamber-doubts-covid-measures",
    url="https://www3.cnc3.co.tt/business-community-doubts-new-measures-will-have-impact/",
    outlet="CNC3", country="Trinidad and Tobago", topic="business", cut=True,
    text=(T := "The Trinidad and Tobago Chamber of Industry and Commerce has expressed doubt over whether the newest restrictions announced by the Prime Minister will be enough to curb the spread of the COVID-19 virus.\n"
          "In a release issued shortly after Prime Minister Dr Keith Rowley announced the closure of all food services and non-essential businesses yesterday, Chamber chief executive officer Gabriel Faria said the chamber was looking forward to the enforcement of more stringent regulations.\n"
          "He said the Chamber had previously called for these measures and better management of the country’s porous borders.\n"
          "But he said the Chamber did not believe businesses should be shut down completely.\n"
          "“We understand the concern about the movement of people and that is why we believe take away and delivery services for all business make sense, they do not have to be closed down,” Faria said.\n"
          "He said many businesses have invested and developed their digital infrastructure to be able to accommodate curbside and delivery services.\n"
          "Faria said there has also been an increase in delivery services, which he said are safe and in most cases, contactless.\n"
          "He said the Government should focus on getting vaccines for the population.\n"
          "“We must continue to aggressively pursue the procurement of vaccines, the cost of continued lockdown to the economy will be significantly more than whatever we have to pay for the vaccines.”\n"
          "He also called on the Government to increase testing and contact tracing.\n"
          "Faria said this needs to be done, especially in high-risk communities where the spread of the virus has escalated.\n"
          "He also called on the Government to provide financial support to businesses impacted in this lockdown."),
    entities=[("chamber", "The Trinidad and Tobago Chamber of Industry and Commerce", "ORGANIZATION",
               ["Trinidad and Tobago Chamber of Industry and Commerce", "the Chamber", "the chamber"],
               "Trinidad and Tobago's chamber of commerce"),
              ("rowley", "Keith Rowley", "PERSON", ["Rowley", "Prime Minister Dr Keith Rowley", "the Prime Minister"],
               "Prime Minister of Trinidad and Tobago"),
              ("faria", "Gabriel Faria", "PERSON", ["Faria", "Chamber chief executive officer Gabriel Faria"],
               "chief executive officer of the chamber")],
    mentions=[("m1", "The Trinidad and Tobago Chamber of Industry and Commerce", "chamber"),
              ("m2", "the Prime Minister", "rowley"),
              ("m3", "Prime Minister Dr Keith Rowley", "rowley"),
              ("m4", "Chamber chief executive officer Gabriel Faria", "faria"),
              ("m5", ("the chamber", "the chamber was looking"), "chamber"),
              ("m6", ("He", "He said the Chamber"), "faria"),
              ("m7", ("the Chamber", "the Chamber had previously"), "chamber"),
              ("m8", ("he", "he said the Chamber did"), "faria"),
              ("m9", ("the Chamber", "the Chamber did not"), "chamber"),
              ("m10", ("Faria", "closed down,” Faria said"), "faria"),
              ("m11", ("He", "He said many"), "faria"),
              ("m12", ("Faria", "Faria said there"), "faria"),
              ("m13", ("he", "which he said"), "faria"),
              ("m14", ("He", "He said the Government"), "faria"),
              ("m15", ("He", "He also called on the Government to increase"), "faria"),
              ("m16", ("Faria", "Faria said this"), "faria"),
              ("m17", ("He", "He also called on the Government to provide"), "faria")],
    attributions=[("a1", "INDIRECT", "m1", "expressed doubt",
                   "whether the newest restrictions announced by the Prime Minister will be enough to curb the spread of the COVID-19 virus",
                   None),
                  ("a2", "INDIRECT", "m3", ("announced", "Rowley announced"),
                   "the closure of all food services and non-essential businesses", None),
                  ("a3", "INDIRECT", "m4", ("said", "Faria said the chamber"),
                   "the chamber was looking forward to the enforcement of more stringent regulations", None),
                  ("a4", "INDIRECT", "m6", ("said", "He said the Chamber"),
                   "the Chamber had previously called for these measures and better management of the country’s porous borders", None),
                  ("a5", "INDIRECT", "m7", "called for",
                   "these measures and better management of the country’s porous borders", "a4"),
                  ("a6", "INDIRECT", "m8", ("said", "he said the Chamber did"),
                   "the Chamber did not believe businesses should be shut down completely", None),
                  ("a7", "DIRECT", "m10", ("said", "closed down,” Faria said"),
                   seg(T, "We understand the concern", "do not have to be closed down,"), None),
                  ("a8", "INDIRECT", "m11", ("said", "He said many"),
                   "many businesses have invested and developed their digital infrastructure to be able to accommodate curbside and delivery services",
                   None),
                  ("a9", "INDIRECT", "m12", ("said", "Faria said there"),
                   "there has also been an increase in delivery services, which he said are safe and in most cases, contactless", None),
                  ("a10", "INDIRECT", "m13", ("said", "which he said"), "are safe and in most cases, contactless", "a9"),
                  ("a11", "INDIRECT", "m14", ("said", "He said the Government"),
                   "the Government should focus on getting vaccines for the population", None),
                  ("a12", "DIRECT", "m14", None,
                   seg(T, "We must continue to aggressively", "we have to pay for the vaccines."), None),
                  ("a13", "INDIRECT", "m15", ("called on", "called on the Government to increase"),
                   "the Government to increase testing and contact tracing", None),
                  ("a14", "INDIRECT", "m16", ("said", "Faria said this"),
                   "this needs to be done, especially in high-risk communities where the spread of the virus has escalated", None),
                  ("a15", "INDIRECT", "m17", ("called on", "called on the Government to provide"),
                   "the Government to provide financial support to businesses impacted in this lockdown", None)])

# ---------------------------------------------------------------------------------------
# A Canadian Press story as the stored copy of the Maple Ridge-Pitt Meadows News prints it (the same
# story's copy on sylvanlakenews.com, also claimed, breaks off earlier and is not used). The repeated
# photo caption is removed; the line under the headline is kept as a standfirst. The stored copy
# breaks off inside the department's quoted tweet ("“This letter has been showing up"); the text is
# cut at the last whole paragraph before it; the page gives no date. "the36" is as printed.
# The letter names no author in its NP or sentence, so it is its own entity (FORMAT.md, Documents);
# "a letter warning of wolves" is a participle cue with a document source, as `a generic post
# saying, “…”` in train_ap, and "of" is left out. "is apologizing" has no content and "what looks
# like … letterhead" is an evidential: not annotated. "advised anyone encountering a wolf to “…”"
# leaves the addressee out and is MIXED ("to" is outside the marks). "signed by someone identified
# as a “large mammal biologist,”" describes the signer: not annotated. "in a Twitter “alert”" is the
# medium of the department's two claims.
doc("mapleridgenews-army-apologizes-fake-wolf-letter",
    url="https://www.mapleridgenews.com/news/army-apologizes-after-nova-scotia-residents-receive-fake-letter-warning-of-wolves/",
    outlet="Maple Ridge-Pitt Meadows News", country="Canada", topic="local", cut=True,
    text=(T := "Army apologizes after Nova Scotia residents receive fake letter warning of wolves\n"
          "The letter said a pack of eight grey wolves had been released in northern Nova Scotia\n"
          "The Canadian Armed Forces is apologizing after some residents of Kings County, N.S., received a phoney letter warning of wolves in the area.\n"
          "The letter, dated Sept. 19, said a pack of eight grey wolves had been released in northern Nova Scotia in August to reintroduce the species into the ecosystem.\n"
          "Written on what looks like provincial Department of Lands and Forestry letterhead and signed by someone identified as a “large mammal biologist,” the letter advised anyone encountering a wolf to “back away slowly while remaining calm — do not turn and run.”\n"
          "Lt. Lance Wade, a public affairs officer with the36 Canadian Brigade Group, acknowledged in an interview Tuesday that the letter came from an army reserve training session at Camp Aldershot outside Kentville, N.S.\n"
          "“We’re sincerely apologetic,” Wade said, adding the incident was a first for reservists. “Any inconvenience we’ve caused to the public and the Department of Lands and Forestry, we deeply regret.”\n"
          "He said he doesn’t know why the training required the false note or how it got into civilian mailboxes. He said an investigation is ongoing.\n"
          "“It seems relatively innocuous,” he said. “Once we have all the facts, we’ll be happy to explain a little bit further on why that was chosen.”\n"
          "The letter had the appearance of an official Lands and Forestry notice, but in a Twitter “alert” last week, the department confirmed the letter was a hoax and stressed that the government had not released any wolves into the wild."),
    entities=[("letter", "The letter", "ORGANIZATION", ["fake letter", "a phoney letter", "the false note"],
               "the hoax letter about wolves sent to Kings County residents"),
              ("wade", "Lance Wade", "PERSON",
               ["Wade", "Lt. Lance Wade", "Lt. Lance Wade, a public affairs officer with the36 Canadian Brigade Group"],
               "public affairs officer, 36 Canadian Brigade Group"),
              ("department", "Department of Lands and Forestry", "ORGANIZATION",
               ["the Department of Lands and Forestry", "the department"], "Nova Scotia's Department of Lands and Forestry")],
    mentions=[("m1", "fake letter", "letter"),
              ("m2", ("The letter", "The letter said a pack"), "letter"),
              ("m3", "a phoney letter", "letter"),
              ("m4", ("The letter", "The letter, dated"), "letter"),
              ("m5", ("the letter", "the letter advised"), "letter"),
              ("m6", "Lt. Lance Wade, a public affairs officer with the36 Canadian Brigade Group", "wade"),
              ("m7", ("the letter", "the letter came from"), "letter"),
              ("m8", ("Wade", "Wade said"), "wade"),
              ("m9", "the Department of Lands and Forestry", "department"),
              ("m10", ("He", "He said he doesn’t"), "wade"),
              ("m11", "the false note", "letter"),
              ("m12", ("He", "He said an investigation"), "wade"),
              ("m13", ("he", "he said. “Once"), "wade"),
              ("m14", ("The letter", "The letter had"), "letter"),
              ("m15", ("the department", "the department confirmed"), "department"),
              ("m16", ("the letter", "the letter was a hoax"), "letter")],
    attributions=[("a1", "INDIRECT", "m1", ("warning", "fake letter warning"), ("wolves", "fake letter warning of wolves"), None),
                  ("a2", "INDIRECT", "m2", ("said", "The letter said a pack"),
                   ("a pack of eight grey wolves had been released in northern Nova Scotia", "The letter said a pack"), None),
                  ("a3", "INDIRECT", "m3", ("warning", "phoney letter warning"), "wolves in the area", None),
                  ("a4", "INDIRECT", "m4", ("said", "Sept. 19, said"),
                   "a pack of eight grey wolves had been released in northern Nova Scotia in August to reintroduce the species into the ecosystem",
                   None),
                  ("a5", "MIXED", "m5", "advised", "to “back away slowly while remaining calm — do not turn and run.”", None),
                  ("a6", "INDIRECT", "m6", "acknowledged",
                   "the letter came from an army reserve training session at Camp Aldershot outside Kentville, N.S.", None),
                  ("a7", "DIRECT", "m8", ("said", "Wade said"), "We’re sincerely apologetic,", None),
                  ("a8", "INDIRECT", "m8", "adding", "the incident was a first for reservists", None),
                  ("a9", "DIRECT", "m8", None,
                   "Any inconvenience we’ve caused to the public and the Department of Lands and Forestry, we deeply regret.", None),
                  ("a10", "INDIRECT", "m10", ("said", "He said he doesn’t"),
                   "he doesn’t know why the training required the false note or how it got into civilian mailboxes", None),
                  ("a11", "INDIRECT", "m12", ("said", "He said an investigation"), "an investigation is ongoing", None),
                  ("a12", "DIRECT", "m13", ("said", "he said. “Once"), "It seems relatively innocuous,", None),
                  ("a13", "DIRECT", "m13", None,
                   "Once we have all the facts, we’ll be happy to explain a little bit further on why that was chosen.", None),
                  ("a14", "INDIRECT", "m15", "confirmed", "the letter was a hoax", None),
                  ("a15", "INDIRECT", "m15", "stressed", "the government had not released any wolves into the wild", None)])

# ---------------------------------------------------------------------------------------
# The stored page has no headline; it opens with a byline ("Ezekiel Awojide, Abuja"), removed, so the
# text starts with its lead. The stored copy breaks off inside a paragraph ("… and had shared
# Soci"); the text is cut at the last whole paragraph before it. "raising urgent questions about …"
# is the reporter's comment on the figure, outside the agency's claim. "Dr. Jide Idris … said this
# on Friday" repeats the lead's claim by pointing at it; only one clause carries a claim (FORMAT.md,
# Two clauses, one claim; train_a leaves out `Wan Fayshal said this in response to …`), so the
# Director-General is a non-source mention there. "investigations … had identified X as contributing
# factors" is a finding (FORMAT.md, Included), nested in Idris's report; "investigations over the
# past two years" is its own GROUP (`earlier surveys`). "letters had been sent … to strengthen …"
# and "advisories had also been issued" are actions without a stated content: not annotated.
doc("newstellers-lassa-fever-fatality-rate-ncdc",
    url="https://newstellers.ng/lassa-fever-22-fatality-rate-exposes-state-level-gaps-in-outbreak-response-govt",
    outlet="Newstellers", country="Nigeria", topic="health-science", cut=True,
    text=(T := "The Nigeria Centre for Disease Control and Prevention says with 318 confirmed cases and 70 deaths, the case fatality rate (CFR) now stands at 22 per cent, raising urgent questions about early detection, treatment access, and state-level preparedness in the country’s most affected areas.\n"
          "Dr. Jide Idris, Director-General of NCDC, said this on Friday in Abuja, during a press briefing on Lassa fever.\n"
          "Idris said that only five states account for 91 per cent of confirmed cases, adding that just 10 Local Government Areas (LGAs) are responsible for 68 per cent.\n"
          "He disclosed that 15 healthcare workers have also been infected in the current outbreak.\n"
          "He said that the centre had activated its Incident Management System (IMS) to coordinate the national response and holds weekly National Lassa Fever Emergency Operations Centre (EOC) meetings to review the situation and guide interventions at the state level.\n"
          "Idris added that National Rapid Response Teams had been deployed to Bauchi, Ondo, Taraba, Edo, Plateau, Benue, and Jigawa states, with further deployments planned as necessary.\n"
          "He stated that laboratory testing commodities had been distributed across its network, while medical countermeasures, including personal protective equipment (PPE), treatment supplies, and dialysis support for complicated cases, were supplied to treatment centres nationwide.\n"
          "On healthcare worker infections, the NCDC boss said investigations over the past two years had identified poor Infection Prevention and Control (IPC) practices, low index of suspicion in high-burden areas, and delayed care-seeking due to fear of stigma as contributing factors.\n"
          "He said letters had been sent to Commissioners for Health to strengthen IPC compliance in hospitals, while advisories had also been issued to healthcare workers."),
    entities=[("ncdc", "The Nigeria Centre for Disease Control and Prevention", "ORGANIZATION",
               ["Nigeria Centre for Disease Control and Prevention", "NCDC", "the centre"], "Nigeria's public health agency"),
              ("idris", "Jide Idris", "PERSON",
               ["Idris", "Dr. Jide Idris", "Dr. Jide Idris, Director-General of NCDC", "the NCDC boss"],
               "Director-General of the NCDC"),
              ("investigations", "investigations over the past two years", "GROUP", [],
               "investigations of healthcare worker infections")],
    mentions=[("m1", "The Nigeria Centre for Disease Control and Prevention", "ncdc"),
              ("m2", "Dr. Jide Idris, Director-General of NCDC", "idris"),
              ("m3", ("Idris", "Idris said that only"), "idris"),
              ("m4", ("He", "He disclosed"), "idris"),
              ("m5", ("He", "He said that the centre"), "idris"),
              ("m6", ("the centre", "the centre had activated"), "ncdc"),
              ("m7", ("Idris", "Idris added"), "idris"),
              ("m8", ("He", "He stated"), "idris"),
              ("m9", "the NCDC boss", "idris"),
              ("m10", "investigations over the past two years", "investigations"),
              ("m11", ("He", "He said letters"), "idris")],
    attributions=[("a1", "INDIRECT", "m1", "says",
                   "with 318 confirmed cases and 70 deaths, the case fatality rate (CFR) now stands at 22 per cent", None),
                  ("a2", "INDIRECT", "m3", ("said", "Idris said that only"),
                   "only five states account for 91 per cent of confirmed cases", None),
                  ("a3", "INDIRECT", "m3", "adding",
                   "just 10 Local Government Areas (LGAs) are responsible for 68 per cent", None),
                  ("a4", "INDIRECT", "m4", "disclosed", "15 healthcare workers have also been infected in the current outbreak", None),
                  ("a5", "INDIRECT", "m5", ("said", "He said that the centre"),
                   seg(T, "the centre had activated", "interventions at the state level"), None),
                  ("a6", "INDIRECT", "m7", "added",
                   seg(T, "National Rapid Response Teams", "further deployments planned as necessary"), None),
                  ("a7", "INDIRECT", "m8", "stated",
                   seg(T, "laboratory testing commodities", "to treatment centres nationwide"), None),
                  ("a8", "INDIRECT", "m9", ("said", "boss said"),
                   seg(T, "investigations over the past two years", "as contributing factors"), None),
                  ("a9", "INDIRECT", "m10", "identified",
                   seg(T, "poor Infection Prevention", "as contributing factors"), "a8"),
                  ("a10", "INDIRECT", "m11", ("said", "He said letters"),
                   seg(T, "letters had been sent", "issued to healthcare workers"), None)])

# ---------------------------------------------------------------------------------------
# A view counter ("505") under the headline and the reporter's biography after the last paragraph
# are removed; the article is complete. "completecustomers" is as printed. "instructs/instructed X
# to Y" leaves the addressee out (FORMAT.md, Left outside: an addressee is not content), as `told
# him to keep his mouth shut` in train_a; "called on X to Y" keeps it only because the seed does
# (a23/a24). "urging customers that …" likewise leaves out "customers". The OUR reports what the
# companies "explained", "assured" and "admitted" at their meeting, and what it "made clear" there:
# nested claims under each "says". "with complaints such as X" is a noun cue whose claimants are not
# named: null source, nested in the OUR's claim, "such as" left out as a linking word. "told
# Nationwide News" is an addressee, a medium. The two operators are one GROUP ("Flow, Digicel",
# "the companies", "both companies", "the telecommunications providers").
doc("nationwideradiojm-our-instructs-flow-digicel-notifications",
    url="http://nationwideradiojm.com/our-instructs-flow-digicel-to-provide-customers-with-service-interruption-notifications/",
    outlet="Nationwide News Network", country="Jamaica", topic="technology", cut=False,
    text=(T := "OUR Instructs Flow, Digicel To Provide Customers With Service Interruption Notifications\n"
          "The Office of Utilities Regulation, OUR, says it’s instructed both major telecommunications companies, Digicel and FLOW to provide customers with service interruption notifications and updates on service restoration times.\n"
          "This comes as customers have been experiencing intermittent loss of connectivity, recently.\n"
          "Yesterday a local player in the Business Process Outsourcing, BPO sector, told Nationwide News that his and other such companies have been plagued by poor service from the telecommunications providers.\n"
          "In a statement the OUR says it’s met with the telecommunications providers to discuss the service quality issues.\n"
          "OUR says it made it clear that it had serious concerns about the current service levels and what appears to be a lack of diligence in their resolution.\n"
          "It says the companies explained that they’re moving to improve their services and those works have resulted in customers losing connectivity intermittently.\n"
          "It says the companies have assured that when improvement works are completecustomers should experience little to no significant disruption.\n"
          "The OUR says both companies admitted that the steep and rapid rise in the demand and use of data, which requires constant adjustments had hampered their service delivery.\n"
          "According to the OUR some of the network issues have continued unabated, following the meeting, with complaints such as customers’ inability to complete calls, and loss of internet services.\n"
          "It says it’s therefore exploring the options that are available to encourage providers to deal expeditiously with the challenges.\n"
          "The OUR is also urging customers that where their service contracts provide for rebates in the event of prolonged service disruption, they should insist on receiving them."),
    entities=[("our", "The Office of Utilities Regulation", "ORGANIZATION",
               ["Office of Utilities Regulation", "OUR", "The Office of Utilities Regulation, OUR"], "Jamaica's utilities regulator"),
              ("companies", "Digicel and FLOW", "GROUP",
               ["Flow, Digicel", "both major telecommunications companies, Digicel and FLOW", "the companies",
                "both companies", "the telecommunications providers"],
               "Jamaica's two major telecommunications companies"),
              ("bpo", "a local player in the Business Process Outsourcing, BPO sector", "PERSON", [],
               "a business process outsourcing operator")],
    mentions=[("m1", ("OUR", "OUR Instructs"), "our"),
              ("m2", "Flow, Digicel", "companies"),
              ("m3", "The Office of Utilities Regulation, OUR", "our"),
              ("m4", ("it", "it’s instructed"), "our"),
              ("m5", "both major telecommunications companies, Digicel and FLOW", "companies"),
              ("m6", "a local player in the Business Process Outsourcing, BPO sector", "bpo"),
              ("m7", ("the telecommunications providers", "from the telecommunications providers"), "companies"),
              ("m8", ("the OUR", "In a statement the OUR"), "our"),
              ("m9", ("the telecommunications providers", "met with the telecommunications providers"), "companies"),
              ("m10", ("OUR", "OUR says it made"), "our"),
              ("m11", ("it", "it made it clear"), "our"),
              ("m12", ("It", "It says the companies explained"), "our"),
              ("m13", ("the companies", "the companies explained"), "companies"),
              ("m14", ("It", "It says the companies have"), "our"),
              ("m15", ("the companies", "the companies have assured"), "companies"),
              ("m16", ("The OUR", "The OUR says both"), "our"),
              ("m17", "both companies", "companies"),
              ("m18", ("the OUR", "According to the OUR"), "our"),
              ("m19", ("It", "It says it’s therefore"), "our"),
              ("m20", ("The OUR", "The OUR is also"), "our")],
    attributions=[("a1", "INDIRECT", "m1", "Instructs", "To Provide Customers With Service Interruption Notifications", None),
                  ("a2", "INDIRECT", "m3", ("says", "OUR, says"),
                   seg(T, "it’s instructed both major", "updates on service restoration times"), None),
                  ("a3", "INDIRECT", "m4", ("instructed", "it’s instructed"),
                   "to provide customers with service interruption notifications and updates on service restoration times", "a2"),
                  ("a4", "INDIRECT", "m6", "told",
                   "his and other such companies have been plagued by poor service from the telecommunications providers", None),
                  ("a5", "INDIRECT", "m8", ("says", "the OUR says it’s met"),
                   "it’s met with the telecommunications providers to discuss the service quality issues", None),
                  ("a6", "INDIRECT", "m10", ("says", "OUR says it made"),
                   seg(T, "it made it clear that", "a lack of diligence in their resolution"), None),
                  ("a7", "INDIRECT", "m11", "made it clear",
                   seg(T, "it had serious concerns", "a lack of diligence in their resolution"), "a6"),
                  ("a8", "INDIRECT", "m12", ("says", "It says the companies explained"),
                   seg(T, "the companies explained that", "losing connectivity intermittently"), None),
                  ("a9", "INDIRECT", "m13", "explained",
                   seg(T, "they’re moving to improve", "losing connectivity intermittently"), "a8"),
                  ("a10", "INDIRECT", "m14", ("says", "It says the companies have"),
                   seg(T, "the companies have assured that", "little to no significant disruption"), None),
                  ("a11", "INDIRECT", "m15", "assured",
                   seg(T, "when improvement works are", "little to no significant disruption"), "a10"),
                  ("a12", "INDIRECT", "m16", ("says", "The OUR says both"),
                   seg(T, "both companies admitted that", "hampered their service delivery"), None),
                  ("a13", "INDIRECT", "m17", "admitted",
                   seg(T, "the steep and rapid rise", "hampered their service delivery"), "a12"),
                  ("a14", "INDIRECT", "m18", "According to",
                   seg(T, "some of the network issues", "loss of internet services"), None),
                  ("a15", "INDIRECT", None, "complaints",
                   "customers’ inability to complete calls, and loss of internet services", "a14"),
                  ("a16", "INDIRECT", "m19", ("says", "It says it’s therefore"),
                   "it’s therefore exploring the options that are available to encourage providers to deal expeditiously with the challenges",
                   None),
                  ("a17", "INDIRECT", "m20", "urging",
                   seg(T, "where their service contracts", "insist on receiving them"), None)])

# ---------------------------------------------------------------------------------------
# An AFP story as the Somali outlet Goobjoog News stored it; the closing "AFP" credit is removed and
# the article is complete. The headline has no cue. A trailing ", one of his relatives said" covers
# its own sentence; "a month after declaring …" inside it is the chairman's own speech act, nested,
# its source the subject of the sentence. "fearing a plot against him" is a state with a noun-phrase
# object: not annotated. "he got information that …" is a noun cue with no informant named: null
# source, nested in the relative's MIXED claim. "did not elaborate on how … or say who …" is two
# refusals (seed a9/a10). "There was no immediate comment", "lodged a legal complaint against …",
# "Jammeh's refusal to step down, despite initially conceding defeat" (an action, and a gerund whose
# subject is only a possessive), "international concerns" and "who declined to be identified" are not
# annotated. "declared X the winner" takes "X the winner" as content (`labelled X Y`); "pleaded with
# X to Y" is built as the seed's `called on X to Y` and keeps the addressee. The last "They said they
# were taken …" is read as the detained person of the sentence before (a singular "they": the source
# declined to be identified), not the whole group.
doc("goobjoog-gambia-electoral-commission-head-flees",
    url="https://en.goobjoog.com/head-gambias-electoral-commission-flees-senegal",
    outlet="Goobjoog News", country="Somalia", topic="politics", cut=False,
    text=(T := "Head of Gambia’s electoral commission flees to Senegal\n"
          "The head of Gambia’s electoral commission has fled to neighbouring Senegal fearing a plot against him, a month after declaring President Yahya Jammeh lost elections following 22 years in power, one of his relatives said.\n"
          "Independent Electoral Commission (IEC) chairman Alieu Momar Njie “fled to Senegal after he got information that the Gambian authorities were plotting against him and his team” one of his relatives told AFP late Tuesday.\n"
          "“Some of his team members have also left for Senegal,” the relative said, speaking on condition of anonymity. The relative did not elaborate on how Njie fled or say who had gone with him.\n"
          "There was no immediate comment from Senegalese authorities.\n"
          "Njie had declared opposition candidate Adama Barrow the winner of December 1 presidential elections and pleaded with all parties to respect the result.\n"
          "Jammeh’s party later lodged a legal complaint against the electoral commission and the country has since been in political deadlock.\n"
          "The 51-year-old Jammeh, who took power in a bloodless coup in 1994, has said he will await a Supreme Court ruling in the case, delayed until January 10, before ceding power.\n"
          "Jammeh’s refusal to step down, despite initially conceding defeat in the election, has stoked international concerns about the future of the tiny west African country.\n"
          "Both the United Nations and African leaders have called for him to step down.\n"
          "Meanwhile, a security source said that a group of people arrested for selling or wearing T-shirts bearing the slogan #GambiaHasDecided had been released.\n"
          "One of those briefly detained, who declined to be identified, said armed men had entered a shop selling merchandise featuring Barrow’s image and seized T-shirts, caps and badges.\n"
          "They said they were taken to Gambian National Intelligence Agency headquarters where they were cautioned before being released."),
    entities=[("njie", "Alieu Momar Njie", "PERSON",
               ["Njie", "Head of Gambia’s electoral commission", "The head of Gambia’s electoral commission",
                "Independent Electoral Commission (IEC) chairman Alieu Momar Njie"],
               "chairman of Gambia's Independent Electoral Commission"),
              ("relative", "one of his relatives", "PERSON", ["the relative"], "an anonymous relative of Njie"),
              ("jammeh", "Yahya Jammeh", "PERSON", ["Jammeh", "President Yahya Jammeh", "The 51-year-old Jammeh"],
               "outgoing President of Gambia"),
              ("unleaders", "Both the United Nations and African leaders", "GROUP",
               ["the United Nations and African leaders"], None),
              ("security", "a security source", "PERSON", [], "an unnamed security source"),
              ("detainee", "One of those briefly detained", "PERSON", [], "an anonymous person detained over T-shirts")],
    mentions=[("m1", "Head of Gambia’s electoral commission", "njie"),
              ("m2", "The head of Gambia’s electoral commission", "njie"),
              ("m3", "President Yahya Jammeh", "jammeh"),
              ("m4", ("one of his relatives", "one of his relatives said"), "relative"),
              ("m5", "Independent Electoral Commission (IEC) chairman Alieu Momar Njie", "njie"),
              ("m6", ("one of his relatives", "one of his relatives told"), "relative"),
              ("m7", ("the relative", "the relative said"), "relative"),
              ("m8", ("The relative", "The relative did not"), "relative"),
              ("m9", ("Njie", "how Njie fled"), "njie"),
              ("m10", ("Njie", "Njie had declared"), "njie"),
              ("m11", "The 51-year-old Jammeh", "jammeh"),
              ("m12", "Both the United Nations and African leaders", "unleaders"),
              ("m13", "a security source", "security"),
              ("m14", "One of those briefly detained", "detainee"),
              ("m15", ("They", "They said they were"), "detainee")],
    attributions=[("a1", "INDIRECT", "m4", ("said", "relatives said"),
                   seg(T, "The head of Gambia’s electoral commission has fled", "following 22 years in power"), None),
                  ("a2", "INDIRECT", "m2", "declaring", "President Yahya Jammeh lost elections following 22 years in power", "a1"),
                  ("a3", "MIXED", "m6", "told",
                   seg(T, "Independent Electoral Commission (IEC) chairman", "against him and his team”"), None),
                  ("a4", "INDIRECT", None, "information", "the Gambian authorities were plotting against him and his team", "a3"),
                  ("a5", "DIRECT", "m7", ("said", "the relative said"), "Some of his team members have also left for Senegal,", None),
                  ("a6", "INDIRECT", "m8", "elaborate", "how Njie fled", None),
                  ("a7", "INDIRECT", "m8", ("say", "or say who"), "who had gone with him", None),
                  ("a8", "INDIRECT", "m10", ("declared", "Njie had declared"),
                   "opposition candidate Adama Barrow the winner of December 1 presidential elections", None),
                  ("a9", "INDIRECT", "m10", "pleaded with", "all parties to respect the result", None),
                  ("a10", "INDIRECT", "m11", ("said", "has said he will"),
                   seg(T, "he will await a Supreme Court ruling", "before ceding power"), None),
                  ("a11", "INDIRECT", "m12", "called for", "him to step down", None),
                  ("a12", "INDIRECT", "m13", ("said", "source said"),
                   seg(T, "a group of people arrested", "#GambiaHasDecided had been released"), None),
                  ("a13", "INDIRECT", "m14", ("said", "identified, said"),
                   seg(T, "armed men had entered a shop", "T-shirts, caps and badges"), None),
                  ("a14", "INDIRECT", "m15", ("said", "They said they were"),
                   "they were taken to Gambian National Intelligence Agency headquarters where they were cautioned before being released",
                   None)])

write("train_bd.jsonl")
