#!/usr/bin/env python3
"""Writes test24_b.jsonl: real-news gold, split test24-b (see gold.py). Run: python3 make_test24_b.py"""
from gold import doc, seg, write


# ---------------------------------------------------------------------------------------
# Ripples Nigeria (Lagos), 2015 presidential result collation. The section label ("Metro") and
# the donation appeal after the last paragraph are left out; the headline is kept. The stored
# copy gives no date.
# "He said the opposition APC complained of ..., but that when the PDP also complained about
# ..." holds two complaints nested in Orubebe's claim; "complained" is the cue and the linking
# "of" / "about" is left out of the content (FORMAT.md: `complained about noise` → `noise`).
# "a result sheet which they claimed to have gotten from the APC website": the object is the
# relative pronoun, so the content is the infinitive alone. "The PDP representatives in the hall"
# (and "they") are the party's representatives, an entity separate from the PDP itself.
# "urged the former minister to be careful ..." and "cautioned Orubebe to be careful ..." keep the
# addressee, as `called on X to Y` does. "reiterated his warning" is one cue (a fixed object, like
# "renewed its pledge"). "Jega responded, that he was ..." leaves out the stray "that".
# "as he took hold of the microphone, ..." is an adjunct of Orubebe's saying; "refused to allow
# proceedings continue" is an action; "accusations he makes" has no content: none is a claim.
doc("ripplesnigeria-orubebe-disrupts-inec-collation",
    url="https://www.ripplesnigeria.com/shame-orubebe-disrupts-poll-results-collation/",
    outlet="Ripples Nigeria", country="Nigeria", topic="politics", cut=False,
    text=(T := "Shame! Orubebe disrupts poll results collation\n"
          "Former minister of Niger Delta, Elder Godsday Orubebe caused a stir as he disrupted proceedings at the INEC announcement of election results when he accused chairman of the commission, Prof. Attahiru Jega of being partial.\n"
          "He said the opposition APC complained of the election in Rivers State, and a committee was immediately set up to investigate, but that when the PDP also complained about the process in two other states, nothing was done.\n"
          "He said his party had lost confidence in Jega, and was unwilling to go on with the process, as he took hold of the microphone, sat on the podium, and refused to allow proceedings continue, causing pandemonium in the hall.\n"
          "The PDP representatives in the hall also displayed a result sheet which they claimed to have gotten from the APC website, accusing Jega of having given it to the APC.\n"
          "However, when calm was restored, Jega responded, that he was yet to officially receive the PDP petition, and urged the former minister to be careful of accusations he makes.\n"
          "Jega also denied providing any result to anybody, noting that the process was still ongoing, and that as such, results were not ready, hence he could not have given it to anybody.\n"
          "He reiterated his warning that stakeholders should be careful of announcing results of the election, adding that INEC was the only authorized body to do such.\n"
          "Jega also cautioned Orubebe to be careful of his public conduct and utterances as a former minister and elder statesman.\n"
          "The process of election result announcements continued thereafter."),
    entities=[("orubebe", "Godsday Orubebe", "PERSON",
               ["Orubebe", "Elder Godsday Orubebe", "Former minister of Niger Delta, Elder Godsday Orubebe",
                "the former minister"],
               "former Niger Delta minister, PDP agent at the collation centre"),
              ("jega", "Attahiru Jega", "PERSON",
               ["Jega", "Prof. Attahiru Jega", "chairman of the commission, Prof. Attahiru Jega"],
               "chairman of the Independent National Electoral Commission (INEC)"),
              ("apc", "APC", "ORGANIZATION", ["the opposition APC", "the APC"], "All Progressives Congress"),
              ("pdp", "PDP", "ORGANIZATION", ["the PDP", "his party"], "Peoples Democratic Party"),
              ("pdpreps", "The PDP representatives in the hall", "GROUP", ["The PDP representatives"],
               "PDP representatives at the collation centre")],
    mentions=[("m1", "Former minister of Niger Delta, Elder Godsday Orubebe", "orubebe"),
              ("m2", ("he", "he accused"), "orubebe"),
              ("m3", "chairman of the commission, Prof. Attahiru Jega", "jega"),
              ("m4", ("He", "He said the opposition"), "orubebe"),
              ("m5", "the opposition APC", "apc"),
              ("m6", ("the PDP", "the PDP also complained"), "pdp"),
              ("m7", ("He", "He said his party"), "orubebe"),
              ("m8", "his party", "pdp"),
              ("m9", ("Jega", "Jega, and was unwilling"), "jega"),
              ("m10", "The PDP representatives in the hall", "pdpreps"),
              ("m11", ("they", "they claimed"), "pdpreps"),
              ("m12", ("Jega", "Jega of having"), "jega"),
              ("m13", ("the APC", "to the APC."), "apc"),
              ("m14", ("Jega", "Jega responded"), "jega"),
              ("m15", "the former minister", "orubebe"),
              ("m16", ("Jega", "Jega also denied"), "jega"),
              ("m17", ("He", "He reiterated"), "jega"),
              ("m18", ("Jega", "Jega also cautioned"), "jega"),
              ("m19", ("Orubebe", "Orubebe to be careful"), "orubebe")],
    attributions=[("a1", "INDIRECT", "m2", "accused", "chairman of the commission, Prof. Attahiru Jega of being partial", None),
                  ("a2", "INDIRECT", "m4", ("said", "He said the opposition"),
                   seg(T, "the opposition APC complained", "nothing was done"), None),
                  ("a3", "INDIRECT", "m5", ("complained", "APC complained"), "the election in Rivers State", "a2"),
                  ("a4", "INDIRECT", "m6", ("complained", "PDP also complained"), "the process in two other states", "a2"),
                  ("a5", "INDIRECT", "m7", ("said", "He said his party"),
                   "his party had lost confidence in Jega, and was unwilling to go on with the process", None),
                  ("a6", "INDIRECT", "m11", "claimed", "to have gotten from the APC website", None),
                  ("a7", "INDIRECT", "m10", "accusing", "Jega of having given it to the APC", None),
                  ("a8", "INDIRECT", "m14", "responded", "he was yet to officially receive the PDP petition", None),
                  ("a9", "INDIRECT", "m14", "urged", "the former minister to be careful of accusations he makes", None),
                  ("a10", "INDIRECT", "m16", "denied", "providing any result to anybody", None),
                  ("a11", "INDIRECT", "m16", "noting",
                   "the process was still ongoing, and that as such, results were not ready, hence he could not have given it to anybody", None),
                  ("a12", "INDIRECT", "m17", "reiterated his warning",
                   "stakeholders should be careful of announcing results of the election", None),
                  ("a13", "INDIRECT", "m17", "adding", "INEC was the only authorized body to do such", None),
                  ("a14", "INDIRECT", "m18", "cautioned",
                   "Orubebe to be careful of his public conduct and utterances as a former minister and elder statesman", None)])

# ---------------------------------------------------------------------------------------
# The EastAfrican (Nairobi), drought in East Africa. The stored page has no headline and opens
# with a standfirst of two paragraphs, the first of which the lead repeats; both are kept
# (FORMAT.md, Text parts), so the repeated claim is annotated twice. The stored copy breaks off
# in "Last week, the government said that some nine million Uga", so the text is cut before that
# paragraph. No date is given.
# "Severe drought ... has been reported in several parts of East Africa" is an agentless passive
# of a reporting verb with the reported thing as its subject, read like the example "Worries
# about noise and traffic were also voiced" (null source, the subject noun phrase as content).
# "said in a statement": the statement is a medium. "Countries that have been affected, according
# to FAO are ...": the parenthetical source stays inside its claim (FORMAT.md, Contiguity).
# "harvests in parts of the country ... reported a 20 per cent drop in harvests" (inside Ogang's
# claim) is a garbled statistical "reported" with no speaker, and is not nested. The farmers'
# own "We are to calling upon the government ..." is the speaker's own act, not split off.
doc("theeastafrican-uganda-drought-farmers-fao",
    url="https://theeastafrican.co.ke/tea/news/east-africa/seven-million-face-hunger-in-east-africa--1361578",
    outlet="The EastAfrican", country="Kenya", topic="environment", cut=True,
    text=(T := "Severe drought that has led to major crop failures, lack of pasture and receding water levels in lakes and rivers has been reported in several parts of East Africa over the past few months.\n"
          "Farmers in Uganda have called on the government to put in place measures to help them manage the impending food shortage.\n"
          "Severe drought that has led to major crop failures, lack of pasture and receding water levels in lakes and rivers has been reported in several parts of East Africa over the past few months. The Food and Agriculture Organisation (FAO) said in a statement that the drought in the Horn of Africa had been exacerbated by the failure of the October to December rains.\n"
          "“The magnitude of the situation calls for scaled-up action and co-ordination at national and regional levels,” said Maria Helena Semedo, the deputy director general in charge of climate and natural resources at FAO.\n"
          "Countries that have been affected, according to FAO are Djibouti, Eritrea, Ethiopia, Kenya, Somalia, South Sudan, Sudan and Uganda.\n"
          "“These are unfavourable weather condition for farmers. The first and second rainy seasons in 2016 performed poorly. This was particularly in the East, North and West Nile regions,” said Charles Ogang, president of the Uganda National Farmers Federation.\n"
          "Mr Ogang noted that harvests in parts of the country where the dry weather conditions set in earlier than usual reported a 20 per cent drop in harvests.\n"
          "Vincent Ntege, a farmer and member of the farmers federation, said the scorching sunshine over the past few months has effected crops such as sorghum, maize and upland rice.\n"
          "Besides crops, Mr Ntege said livestock have also been affected by the harsh weather conditions, forcing people to share water sources with livestock.\n"
          "“We are to calling upon the government to put in place the necessary measures to help farmers manage the challenges of climate change, which appear to be increasing,” he added."),
    entities=[("farmers", "Farmers in Uganda", "GROUP", [], "Ugandan farmers"),
              ("fao", "Food and Agriculture Organisation", "ORGANIZATION",
               ["FAO", "The Food and Agriculture Organisation (FAO)"], "UN Food and Agriculture Organization"),
              ("semedo", "Maria Helena Semedo", "PERSON",
               ["Semedo", "Maria Helena Semedo, the deputy director general in charge of climate and natural resources at FAO"],
               "FAO deputy director general for climate and natural resources"),
              ("ogang", "Charles Ogang", "PERSON",
               ["Ogang", "Mr Ogang", "Charles Ogang, president of the Uganda National Farmers Federation"],
               "president of the Uganda National Farmers Federation"),
              ("ntege", "Vincent Ntege", "PERSON",
               ["Ntege", "Mr Ntege", "Vincent Ntege, a farmer and member of the farmers federation"],
               "farmer, member of the Uganda National Farmers Federation")],
    mentions=[("m1", "Farmers in Uganda", "farmers"),
              ("m2", "The Food and Agriculture Organisation (FAO)", "fao"),
              ("m3", "Maria Helena Semedo, the deputy director general in charge of climate and natural resources at FAO", "semedo"),
              ("m4", ("FAO", "FAO are Djibouti"), "fao"),
              ("m5", "Charles Ogang, president of the Uganda National Farmers Federation", "ogang"),
              ("m6", "Mr Ogang", "ogang"),
              ("m7", "Vincent Ntege, a farmer and member of the farmers federation", "ntege"),
              ("m8", "Mr Ntege", "ntege"),
              ("m9", ("he", "he added"), "ntege")],
    attributions=[("a1", "INDIRECT", None, ("reported", "rivers has been reported in several parts of East Africa over the past few months.\nFarmers"),
                   ("Severe drought that has led to major crop failures, lack of pasture and receding water levels in lakes and rivers",
                    "Severe drought that has led to major crop failures, lack of pasture and receding water levels in lakes and rivers has been reported in several parts of East Africa over the past few months.\nFarmers"), None),
                  ("a2", "INDIRECT", "m1", "called on",
                   "the government to put in place measures to help them manage the impending food shortage", None),
                  ("a3", "INDIRECT", None, ("reported", "food shortage.\nSevere"),
                   ("Severe drought that has led to major crop failures, lack of pasture and receding water levels in lakes and rivers",
                    "food shortage.\nSevere"), None),
                  ("a4", "INDIRECT", "m2", ("said", "(FAO) said"),
                   "the drought in the Horn of Africa had been exacerbated by the failure of the October to December rains", None),
                  ("a5", "DIRECT", "m3", ("said", "said Maria"),
                   "The magnitude of the situation calls for scaled-up action and co-ordination at national and regional levels,", None),
                  ("a6", "INDIRECT", "m4", "according to",
                   "Countries that have been affected, according to FAO are Djibouti, Eritrea, Ethiopia, Kenya, Somalia, South Sudan, Sudan and Uganda", None),
                  ("a7", "DIRECT", "m5", ("said", "said Charles"),
                   seg(T, "These are unfavourable", "West Nile regions,"), None),
                  ("a8", "INDIRECT", "m6", "noted",
                   "harvests in parts of the country where the dry weather conditions set in earlier than usual reported a 20 per cent drop in harvests", None),
                  ("a9", "INDIRECT", "m7", ("said", "federation, said"),
                   "the scorching sunshine over the past few months has effected crops such as sorghum, maize and upland rice", None),
                  ("a10", "INDIRECT", "m8", ("said", "Mr Ntege said"),
                   "livestock have also been affected by the harsh weather conditions, forcing people to share water sources with livestock", None),
                  ("a11", "DIRECT", "m9", ("added", "he added"),
                   seg(T, "We are to calling upon", "appear to be increasing,"), None)])

# ---------------------------------------------------------------------------------------
# Gatmash (Nigeria), a Lagos magistrate's clash with an area commander. The stored page has no
# headline, so the text starts with the lead; it is kept as printed ("Commisioner", "tbe"). The
# stored copy ends with the last paragraph kept here, but the police statement it quotes runs on
# in other copies, so the text is counted as cut. The date is the page address's (2022/06/03).
# "The incident was said to happen ..." (raised subject left out) and "It was reported that ..."
# are agentless (null source). "queried the motive of the Magistrate ..." is a reported question
# and "threatened to detain her" a reported threat, both of Dankoli; "allegedly" is a hedge.
# "Investigation by our correspondent ... revealed that" is a finding (FORMAT.md, Included
# although borderline) whose author is named in its noun phrase, so it is a mention of "our
# correspondent". The cross-head "It didn’t happen -Police" is a "claim – name" headline.
# The quotation opened in "“The story is pure fiction; ..." is left open at two paragraph ends
# and closes before "a statement issued by Hundeyin added": one attribution; the statement names
# its author in its noun phrase, so it is a mention of Hundeyin. Inside it, "the Command wishes to
# state clearly that ..." (the command, an entity apart from its spokesman) and "the writer
# referred to a serving Magistrate as ‘the innocent woman’" (like "described X as Y", MIXED for
# its single-quoted words) are nested. "the police" and "The Police Command in Lagos State" are one
# entity. "the purported detention" is a hedge; "could not provide the name" is an action.
doc("gatmash-lagos-magistrate-police-clash-hundeyin",
    url="https://gatmash.com/2022/06/03/controversy-as-lagos-magistrate-assistant-police-commissioner-clash",
    outlet="Gatmash", country="Nigeria", topic="courts-crime", cut=True, published="2022-06-03",
    text=(T := "Controversy has surrounded the clash between the Chief Magistrate at Court 1, Mushin, Lagos State, Mrs S. K. Matepo, and officials of the Lagos State Police Command.\n"
          "The incident was said to happen at Area D Command, Mushin, Lagos State, on Monday.\n"
          "It was reported that Assistant Commisioner of Police Aliko Dankoli had allegedly attempted to detain the Magistrate who was on a routine check of suspects on Police Duty Solicitor Scheme to de-congest the police cells.\n"
          "During tbe visitation, the Area Commander, Dankoli allegedly queried the motive of the Magistrate who works in the Ikeja Division of the Lagos Judiciary and subsequently threatened to detain her.\n"
          "Though the police said the incident never happened, Matepo said what transpired was exaggerated.\n"
          "Investigation by our correspondent on Friday revealed that there was clash between the Magistrate and police officer.\n"
          "During an altercation that ensued, the Magistrate stood her ground but was not detained.\n"
          "It didn’t happen -Police\n"
          "The Police Command in Lagos State denied locking up a Magistrate in a cell.\n"
          "“No Magistrate was locked up by any Police officer under the command; there’s nothing like that anywhere,” the command’s spokesman, Mr Benjamin Hundeyin, said.\n"
          "“The story is pure fiction; the Command wishes to state clearly that at no time did the Area Commander detain or attempt to detain the Magistrate, who was at the Area Command for cell inspection exercise.\n"
          "“The Police will never engage in such disrespect to the Judiciary. That the writer referred to a serving Magistrate as ‘the innocent woman’ says a lot about his objectivity/bias and contrived efforts at sensationalism.\n"
          "“The writer could not provide the name of the magistrate, who is a public officer. It is equally suspicious that the writer made no attempt to contact the judiciary to verify the purported detention,” a statement issued by Hundeyin added.\n"
          "Hundeyin said that the Command had done the needful by contacting the Lagos judiciary."),
    entities=[("matepo", "S. K. Matepo", "PERSON",
               ["Matepo", "Mrs S. K. Matepo", "the Chief Magistrate at Court 1, Mushin, Lagos State, Mrs S. K. Matepo",
                "the Magistrate"],
               "Chief Magistrate, Court 1, Mushin, Lagos State"),
              ("dankoli", "Aliko Dankoli", "PERSON",
               ["Dankoli", "Assistant Commisioner of Police Aliko Dankoli", "the Area Commander, Dankoli", "the Area Commander"],
               "assistant commissioner of police, Area D Command, Mushin"),
              ("police", "Lagos State Police Command", "ORGANIZATION",
               ["the police", "Police", "The Police Command in Lagos State", "the Command"], "Lagos State police command"),
              ("correspondent", "our correspondent", "PERSON", ["Investigation by our correspondent"],
               "Gatmash correspondent"),
              ("hundeyin", "Benjamin Hundeyin", "PERSON",
               ["Hundeyin", "Mr Benjamin Hundeyin", "the command’s spokesman, Mr Benjamin Hundeyin",
                "a statement issued by Hundeyin"],
               "spokesman of the Lagos State Police Command"),
              ("writer", "the writer", "PERSON", [], "writer of the news story about the magistrate")],
    mentions=[("m1", "the Chief Magistrate at Court 1, Mushin, Lagos State, Mrs S. K. Matepo", "matepo"),
              ("m2", "Assistant Commisioner of Police Aliko Dankoli", "dankoli"),
              ("m3", ("the Magistrate", "the Magistrate who was on"), "matepo"),
              ("m4", "the Area Commander, Dankoli", "dankoli"),
              ("m5", ("the Magistrate", "the Magistrate who works"), "matepo"),
              ("m6", ("the police", "the police said"), "police"),
              ("m7", ("Matepo", "Matepo said"), "matepo"),
              ("m8", "Investigation by our correspondent", "correspondent"),
              ("m9", ("the Magistrate", "the Magistrate and police officer"), "matepo"),
              ("m10", ("the Magistrate", "the Magistrate stood"), "matepo"),
              ("m11", ("Police", "-Police"), "police"),
              ("m12", "The Police Command in Lagos State", "police"),
              ("m13", ("the command", "under the command"), "police"),
              ("m14", "the command’s spokesman, Mr Benjamin Hundeyin", "hundeyin"),
              ("m15", ("the Command", "the Command wishes"), "police"),
              ("m16", ("the Area Commander", "the Area Commander detain"), "dankoli"),
              ("m17", ("the Magistrate", "the Magistrate, who was at"), "matepo"),
              ("m18", ("The Police", "The Police will never"), "police"),
              ("m19", ("the writer", "the writer referred"), "writer"),
              ("m20", "a serving Magistrate", "matepo"),
              ("m21", ("The writer", "The writer could not"), "writer"),
              ("m22", ("the magistrate", "the magistrate, who is a public officer"), "matepo"),
              ("m23", ("the writer", "the writer made"), "writer"),
              ("m24", "a statement issued by Hundeyin", "hundeyin"),
              ("m25", ("Hundeyin", "Hundeyin said that"), "hundeyin"),
              ("m26", ("the Command", "the Command had done"), "police")],
    attributions=[("a1", "INDIRECT", None, ("said", "was said to happen"),
                   "to happen at Area D Command, Mushin, Lagos State, on Monday", None),
                  ("a2", "INDIRECT", None, ("reported", "It was reported"),
                   seg(T, "Assistant Commisioner of Police Aliko Dankoli had", "de-congest the police cells"), None),
                  ("a3", "INDIRECT", "m4", "queried",
                   "the motive of the Magistrate who works in the Ikeja Division of the Lagos Judiciary", None),
                  ("a4", "INDIRECT", "m4", "threatened", ("to detain her", "threatened to detain her"), None),
                  ("a5", "INDIRECT", "m6", ("said", "police said the incident"), "the incident never happened", None),
                  ("a6", "INDIRECT", "m7", ("said", "Matepo said what"), "what transpired was exaggerated", None),
                  ("a7", "INDIRECT", "m8", "revealed", "there was clash between the Magistrate and police officer", None),
                  ("a8", "INDIRECT", "m11", None, "It didn’t happen", None),
                  ("a9", "INDIRECT", "m12", "denied", "locking up a Magistrate in a cell", None),
                  ("a10", "DIRECT", "m14", ("said", "Hundeyin, said"),
                   "No Magistrate was locked up by any Police officer under the command; there’s nothing like that anywhere,", None),
                  ("a11", "DIRECT", "m24", ("added", "Hundeyin added"),
                   seg(T, "The story is pure fiction", "the purported detention,"), None),
                  ("a12", "INDIRECT", "m15", ("state", "wishes to state clearly"),
                   "at no time did the Area Commander detain or attempt to detain the Magistrate, who was at the Area Command for cell inspection exercise", "a11"),
                  ("a13", "MIXED", "m19", "referred to", "a serving Magistrate as ‘the innocent woman’", "a11"),
                  ("a14", "INDIRECT", "m25", ("said", "Hundeyin said that"),
                   "the Command had done the needful by contacting the Lagos judiciary", None)])

# ---------------------------------------------------------------------------------------
# CTech by Calcalist (Tel Aviv), the Israel Innovation Authority at Tech TLV. The tag line
# ("CTech TechTLV Conference Dror Bin") and the closing pointer to the video embed ("You can watch
# the entire exchange in the video above.") are left out; headline and standfirst are kept. No
# date is given.
# The headline's "calls global VCs to invest in ..." keeps the addressee, as `called on X to Y`
# does; MIXED for its quoted words. The standfirst's "spoke to CTech at TechTLV about the urgency
# ..." has a topic content (like "go into detail" on a topic); CTech is the addressee, "at
# TechTLV" an adjunct. Quotations with no reporting clause of their own ("“But from the point of
# view ...", "“And this is just ...", "“And I call upon ...") continue the previous speaker with a
# null cue. The speaker's own "We estimate", "We very quickly realized" and "I call upon investors"
# are not split off. "Bin was speaking at Tech TLV" has no content, and "launched a new $100
# million bridging fund" is an action. The long source "Dror Bin, CEO of the Israel Innovation
# Authority" is not an alias, so that the authority keeps its own name tokens.
doc("calcalistech-innovation-authority-dror-bin-war-startups",
    url="https://www.calcalistech.com/ctechnews/article/bkwuvnutt",
    outlet="CTech by Calcalist", country="Israel", topic="technology", cut=False,
    text=(T := "Israel Innovation Authority calls global VCs to invest in “the pearls and gems of Israeli tech”\n"
          "CEO Dror Bin spoke to CTech at TechTLV about the urgency faced by early-stage startups amid the ongoing war.\n"
          "“We had to deal with a war that broke upon us with no indication before,” said Dror Bin, CEO of the Israel Innovation Authority. “But from the point of view of Israeli high tech, there were many new challenges, as many people were called to army duty. We estimate something like 10 to 15% of the workforce were called up in the first weeks of the war.”\n"
          "Bin was speaking at Tech TLV, where investors and startups gathered to celebrate Israeli tech amid its ongoing war with Hamas. According to Bin, hundreds of early-stage companies were caught in the middle of funding rounds and couldn’t conclude their rounds as the war broke out.\n"
          "“We very quickly realized that hundreds of early-stage companies, all of them with amazing innovation and disruptive technologies, are finding it very difficult to raise funds in the middle of the war and they are in danger of being shut down in the next six months,” he continued. “And this is just to mention a few of the challenges. But above all, Israeli entrepreneurs and CEOs are very resilient and they continue to deliver.”\n"
          "The Israel Innovation Authority launched a new $100 million bridging fund helping create a cushion for Startup Nation. He confirmed that $50 million has already been distributed to 100 early-stage companies in need of funding.\n"
          "“Each one of them is the pearls and gems of Israeli tech,” he concluded. “And I call upon investors in the local tech industry and the global tech industry to search for these companies and invest in them. This is a way to support Israel.”"),
    entities=[("iia", "Israel Innovation Authority", "ORGANIZATION", ["The Israel Innovation Authority"],
               "Israel's government innovation agency"),
              ("bin", "Dror Bin", "PERSON", ["Bin", "CEO Dror Bin"], "CEO of the Israel Innovation Authority")],
    mentions=[("m1", ("Israel Innovation Authority", "Israel Innovation Authority calls"), "iia"),
              ("m2", "CEO Dror Bin", "bin"),
              ("m3", "Dror Bin, CEO of the Israel Innovation Authority", "bin"),
              ("m4", ("Bin", "Bin was speaking"), "bin"),
              ("m5", ("Bin", "Bin, hundreds"), "bin"),
              ("m6", ("he", "he continued"), "bin"),
              ("m7", "The Israel Innovation Authority", "iia"),
              ("m8", ("He", "He confirmed"), "bin"),
              ("m9", ("he", "he concluded"), "bin")],
    attributions=[("a1", "MIXED", "m1", "calls", "global VCs to invest in “the pearls and gems of Israeli tech”", None),
                  ("a2", "INDIRECT", "m2", "spoke", "the urgency faced by early-stage startups amid the ongoing war", None),
                  ("a3", "DIRECT", "m3", ("said", "said Dror Bin"),
                   "We had to deal with a war that broke upon us with no indication before,", None),
                  ("a4", "DIRECT", "m3", None, seg(T, "But from the point of view", "first weeks of the war."), None),
                  ("a5", "INDIRECT", "m5", "According to",
                   seg(T, "hundreds of early-stage companies were caught", "as the war broke out"), None),
                  ("a6", "DIRECT", "m6", "continued", seg(T, "We very quickly realized", "the next six months,"), None),
                  ("a7", "DIRECT", "m6", None, seg(T, "And this is just to mention", "continue to deliver."), None),
                  ("a8", "INDIRECT", "m8", "confirmed",
                   "$50 million has already been distributed to 100 early-stage companies in need of funding", None),
                  ("a9", "DIRECT", "m9", "concluded", "Each one of them is the pearls and gems of Israeli tech,", None),
                  ("a10", "DIRECT", "m9", None, seg(T, "And I call upon investors", "to support Israel."), None)])

# ---------------------------------------------------------------------------------------
# The Free Stater (Bloemfontein), a COVID-19 rumour about Medi-Clinic Bloemfontein. The byline
# ("Staff Reporter") is left out; the stored page has no headline, so the text starts with the
# lead. The stored copy breaks off in "At least 1 055 people have recovered and", so the text is
# cut before that paragraph. The date is the page address's (2020/07/17).
# "has rubbished rumours claiming ...": the rejected rumours are the content (as "dismissed an
# audit ... as"), and "rumours claiming ..." is nested with the rumours as their own GROUP entity
# (as "According to reports"). Likewise "a voice note claiming a high prevalence ..." is nested in
# Mvambi's claim; the voice note, "the message" and "this voice note" are one document entity.
# "the general anxiety and panic believed to have gripped many people" is an agentless "believed"
# nested in his "adding" claim. "said in a statement Friday": a medium. The unquoted-by-clause
# paragraph "“We would like to encourage ...”" continues "he added" (null cue); "“At the ICU ..."
# is left open at its paragraph end and closes after "until July.": one attribution continuing
# "he said". "The message, according to Mvambi, seemed to paint ..." keeps its parenthetical
# source inside the claim. "the exaggerated claims of the voice note" names a claimant but no
# content, "seemed to paint a dire picture" is not reported speech, and "the hospital reports all
# COVID-19 cases ... to the ... Team" is an informing action: none is annotated. The health
# department, "the department" and "The health department" are one entity.
doc("thefreestater-mediclinic-bloemfontein-covid-rumour",
    url="http://thefreestater.co.za/2020/07/17/free-state-health-rubbishes-medi-clinic-rumour/",
    outlet="The Free Stater", country="South Africa", topic="health-science", cut=True, published="2020-07-17",
    text=(T := "The Free State Department of Health has rubbished rumours claiming Medi-Clinic Bloemfontein was overwhelmed with cases of COVID-19 and that people risked contracting the disease there as management at the hospital was allegedly failing to cope.\n"
          "Provincial health spokesperson Mondli Mvambi said the message being circulated as a voice note claiming a high prevalence of COVID-19 and poor management at the hospital is untrue as the department is constantly monitoring the disease at all health facilities in the province.\n"
          "“We would like to state that what is contained in this voice note is not true,” Mvambi said in a statement Friday, adding the message is a gross exaggeration probably fuelled by the general anxiety and panic believed to have gripped many people.\n"
          "“Medi-Clinic hospital in Bloemfontein is open and fully operational,” he added.\n"
          "“We would like to encourage our people not to be driven by anxiety and fear but be guided by scientific evidence from authoritative sources such as the World Health Organisation . . . the National Department of Health, the MEC and HOD of Health as well as the National Institute on Communicable Diseases.”\n"
          "The message, according to Mvambi, seemed to paint a dire picture of the situation at the private hospital.\n"
          "“Contrary to the exaggerated claims of the voice note, Bloemfontein Medi-Clinic currently has 54 patients in the general wards – 51 in dedicated COVID-19 wards and three in maternity,” he said.\n"
          "“At the ICU (intensive care unit), there are 11 COVID-19 patients in two dedicated COVID-19 ICUs.\n"
          "“In total, there are 65 positive patients. The total deaths are 13 in four months – from April until July.”\n"
          "Mvambi said the hospital reports all COVID-19 cases and their management to the Provincial COVID-19 Surveillance and Monitoring Team of the Free State Department of Health.\n"
          "The health department said the Free State now has 7 312 confirmed cases of COVID-19."),
    entities=[("dept", "Free State Department of Health", "ORGANIZATION",
               ["The Free State Department of Health", "the department", "The health department"],
               "provincial health department of the Free State"),
              ("rumours", "rumours", "GROUP", [], "rumours about Medi-Clinic Bloemfontein"),
              ("mvambi", "Mondli Mvambi", "PERSON", ["Mvambi", "Provincial health spokesperson Mondli Mvambi"],
               "Free State health department spokesperson"),
              ("voicenote", "the voice note", "ORGANIZATION", ["a voice note", "the message", "this voice note"],
               "voice note circulated about the hospital")],
    mentions=[("m1", "The Free State Department of Health", "dept"),
              ("m2", ("rumours", "rumours claiming"), "rumours"),
              ("m3", "Provincial health spokesperson Mondli Mvambi", "mvambi"),
              ("m4", ("the message", "the message being circulated"), "voicenote"),
              ("m5", "a voice note", "voicenote"),
              ("m6", ("the department", "the department is constantly"), "dept"),
              ("m7", "this voice note", "voicenote"),
              ("m8", ("Mvambi", "Mvambi said in a statement"), "mvambi"),
              ("m9", ("the message", "the message is a gross"), "voicenote"),
              ("m10", ("he", "he added"), "mvambi"),
              ("m11", ("The message", "The message, according"), "voicenote"),
              ("m12", ("Mvambi", "Mvambi, seemed"), "mvambi"),
              ("m13", ("the voice note", "the voice note, Bloemfontein"), "voicenote"),
              ("m14", ("he", "he said."), "mvambi"),
              ("m15", ("Mvambi", "Mvambi said the hospital"), "mvambi"),
              ("m16", ("the Free State Department of Health", "Team of the Free State"), "dept"),
              ("m17", "The health department", "dept")],
    attributions=[("a1", "INDIRECT", "m1", "rubbished", seg(T, "rumours claiming", "failing to cope"), None),
                  ("a2", "INDIRECT", "m2", ("claiming", "rumours claiming"),
                   seg(T, "Medi-Clinic Bloemfontein was overwhelmed", "failing to cope"), "a1"),
                  ("a3", "INDIRECT", "m3", ("said", "Mvambi said the message"),
                   seg(T, "the message being circulated", "health facilities in the province"), None),
                  ("a4", "INDIRECT", "m5", ("claiming", "note claiming"),
                   "a high prevalence of COVID-19 and poor management at the hospital", "a3"),
                  ("a5", "DIRECT", "m8", ("said", "Mvambi said in a statement"),
                   "We would like to state that what is contained in this voice note is not true,", None),
                  ("a6", "INDIRECT", "m8", "adding",
                   "the message is a gross exaggeration probably fuelled by the general anxiety and panic believed to have gripped many people", None),
                  ("a7", "INDIRECT", None, "believed", "to have gripped many people", "a6"),
                  ("a8", "DIRECT", "m10", ("added", "he added"), "Medi-Clinic hospital in Bloemfontein is open and fully operational,", None),
                  ("a9", "DIRECT", "m10", None, seg(T, "We would like to encourage", "on Communicable Diseases."), None),
                  ("a10", "INDIRECT", "m12", "according to",
                   "The message, according to Mvambi, seemed to paint a dire picture of the situation at the private hospital", None),
                  ("a11", "DIRECT", "m14", ("said", "he said."),
                   seg(T, "Contrary to the exaggerated claims", "three in maternity,"), None),
                  ("a12", "DIRECT", "m14", None, seg(T, "At the ICU", "from April until July."), None),
                  ("a13", "INDIRECT", "m15", ("said", "Mvambi said the hospital"),
                   seg(T, "the hospital reports all COVID-19 cases", "Team of the Free State Department of Health"), None),
                  ("a14", "INDIRECT", "m17", ("said", "department said the Free"),
                   "the Free State now has 7 312 confirmed cases of COVID-19", None)])

# ---------------------------------------------------------------------------------------
# Planet GIM (Kenya), Gor Mahia's cancelled trip to the Coal City International in Enugu. The
# stored page has no headline, so the text starts with the lead. The stored copy breaks off in
# "This is not the first instance of K", so the text is cut before that sentence (the paragraph
# ends with Owino's claim). The date is the page address's (2024/08/01).
# "the team boycotted training, demanding a share of ..." is a demand of the team (the squad,
# with "The players" and the addressee "the team"; "Those who led the strike" are a subset and not
# a speaker). "formal notices requiring them to explain ..." and "The notice read, “...”" are one
# document whose author is not named in its sentence, so it is its own entity; "requiring" keeps
# its addressee, as `called on X to Y` does, and so does "urged players to ...". "informed the
# team via WhatsApp that ...": the team is the addressee, WhatsApp the medium. "cautioned players
# who chose to sit on the team bus ..." has an addressee but no content, and "management addressed
# them" no content: neither is a claim. The unquoted "If no explanation ... the club will proceed
# ..." has no cue and is not a claim (FORMAT.md, No cue, no claim). The quoted "It is noted that"
# and "You are hereby required" are the speakers' own acts, not split off.
doc("planetgim-gor-mahia-nigeria-trip-boycott",
    url="https://planetgim.co.ke/2024/08/01/kogalos-trip-to-nigeria-ends-in-disappointment-following-a-boycott/",
    outlet="Planet GIM", country="Kenya", topic="sport", cut=True, published="2024-08-01",
    text=(T := "Gor Mahia’s trip to Nigeria for the inaugural Coal City International was abruptly canceled after the team boycotted training, demanding a share of the Sh5 million awarded to them by the Football Kenya Federation (FKF) during the annual football gala.\n"
          "Those who led the strike received formal notices requiring them to explain why disciplinary action should not be taken against them for not showing up for work. The players face potential further sanctions from the club and have 48 hours from last night to respond.\n"
          "Up until yesterday afternoon, everything seemed on track, with team manager Victor Nyaoro arranging air tickets for departure to Enugu on Wednesday evening. However, only younger players and new signings showed up for training, while most senior players refused to participate, even after management addressed them.\n"
          "Nyaoro later informed the team via WhatsApp that the trip was canceled and that the players would receive disciplinary letters. The notice read, “You are hereby required to show cause in writing within 48 hours of the date of this letter why disciplinary action should not be taken against you for violating Clause 6 of your contract with the Club and Article 14 of FIFA’s Regulations on the Status and Transfer of Players.”\n"
          "Gor Mahia’s secretary general, Samuel Ochola, also cautioned players who chose to sit on the team bus instead of training. He stated, “It is noted that you willfully refused to train on different dates between July 27 and 30, 2024; and instead staged a sit-in at the Mpesa Foundation.” He further mentioned that the club would withhold a portion of their monthly salaries and benefits during this period. If no explanation or response is received by the deadline, the club will proceed with its decision without further consultation.\n"
          "Former Gor Mahia goalkeeper Mathews ‘Ottamax’ Owino urged players to be more responsible and to thoroughly read their contracts before going on strike."),
    entities=[("team", "the team", "GROUP", ["The players", "the players"], "Gor Mahia's first-team squad"),
              ("notice", "The notice", "ORGANIZATION", ["formal notices"], "the club's disciplinary notice to the players"),
              ("nyaoro", "Victor Nyaoro", "PERSON", ["Nyaoro", "team manager Victor Nyaoro"], "Gor Mahia team manager"),
              ("ochola", "Samuel Ochola", "PERSON", ["Ochola", "Gor Mahia’s secretary general, Samuel Ochola"],
               "Gor Mahia secretary general"),
              ("owino", "Mathews ‘Ottamax’ Owino", "PERSON",
               ["Owino", "Ottamax", "Former Gor Mahia goalkeeper Mathews ‘Ottamax’ Owino"],
               "former Gor Mahia goalkeeper")],
    mentions=[("m1", ("the team", "the team boycotted"), "team"),
              ("m2", "formal notices", "notice"),
              ("m3", ("The players", "The players face"), "team"),
              ("m4", "team manager Victor Nyaoro", "nyaoro"),
              ("m5", ("Nyaoro", "Nyaoro later"), "nyaoro"),
              ("m6", ("the team", "the team via"), "team"),
              ("m7", ("the players", "the players would"), "team"),
              ("m8", "The notice", "notice"),
              ("m9", "Gor Mahia’s secretary general, Samuel Ochola", "ochola"),
              ("m10", ("He", "He stated"), "ochola"),
              ("m11", ("He", "He further"), "ochola"),
              ("m12", "Former Gor Mahia goalkeeper Mathews ‘Ottamax’ Owino", "owino")],
    attributions=[("a1", "INDIRECT", "m1", "demanding",
                   "a share of the Sh5 million awarded to them by the Football Kenya Federation (FKF) during the annual football gala", None),
                  ("a2", "INDIRECT", "m2", "requiring",
                   "them to explain why disciplinary action should not be taken against them for not showing up for work", None),
                  ("a3", "INDIRECT", "m5", "informed",
                   "the trip was canceled and that the players would receive disciplinary letters", None),
                  ("a4", "DIRECT", "m8", ("read", "notice read"),
                   seg(T, "You are hereby required", "Transfer of Players."), None),
                  ("a5", "DIRECT", "m10", "stated", seg(T, "It is noted that you", "the Mpesa Foundation."), None),
                  ("a6", "INDIRECT", "m11", "mentioned",
                   "the club would withhold a portion of their monthly salaries and benefits during this period", None),
                  ("a7", "INDIRECT", "m12", "urged",
                   "players to be more responsible and to thoroughly read their contracts before going on strike", None)])

write("test24_b.jsonl")
