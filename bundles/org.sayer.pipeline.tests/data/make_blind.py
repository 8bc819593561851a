#!/usr/bin/env python3
"""Writes blind.jsonl: articles written and annotated before any rule was changed for them, in
styles the other sets lack (British single quotes and 'said Mr X', wire datelines, em-dashes,
a Q&A interview, a post-match report, courtroom testimony, an earnings call, a science press
release, an unattributed cross-head, agentless passives). Same helper and conventions as
make_dev.py; entities may carry a role as a fifth element.
Run: python3 make_blind.py > blind.jsonl"""
import json

import make_dev
from make_dev import docs

docs.clear()


def doc(doc_id, text, entities, mentions, attributions):
    make_dev.doc(doc_id, text, [e[:4] for e in entities], mentions, attributions)
    for entity, spec in zip(docs[-1]["entities"], entities):
        if len(spec) > 4:
            entity["role"] = spec[4]


doc("blind-uk-council-tax",
    "Council tax to rise by 5% as town hall faces \u00a320m gap\n"
    "Residents in Northbridge will pay almost \u00a390 a year more in council tax from April, after councillors approved the maximum rise allowed without a referendum.\n"
    "'We have been left with no choice,' said Cllr Helen Ward, the council's cabinet member for finance. 'Every penny will go to adult social care.'\n"
    "Mrs Ward said the authority faced a \u00a320m shortfall by 2026.\n"
    "But opposition leader Tom Briggs called the rise 'a tax on hard-working families' and accused the ruling group of wasting money on consultants.\n"
    "'They have had years to fix this,' said Mr Briggs. 'Now residents are paying the price.'\n"
    "A spokesman for the Taxpayers' Alliance said the increase was 'the last thing people need in a cost of living crisis'.\n"
    "The council said savings of \u00a36m had already been found.",
    [("ward", "Helen Ward", "PERSON", ["Mrs Ward", "Cllr Helen Ward"], "cabinet member for finance"),
     ("briggs", "Tom Briggs", "PERSON", ["Mr Briggs"], "opposition leader"),
     ("tpa", "spokesman for the Taxpayers' Alliance", "PERSON", ["a spokesman"]),
     ("council", "Northbridge council", "ORGANIZATION", ["the council"])],
    [("m1", "Cllr Helen Ward, the council's cabinet member for finance", "ward"),
     ("m2", "Mrs Ward", "ward"),
     ("m3", "opposition leader Tom Briggs", "briggs"),
     ("m4", "Mr Briggs", "briggs"),
     ("m5", "A spokesman for the Taxpayers' Alliance", "tpa"),
     ("m6", ("The council", "\nThe council"), "council")],
    [("a1", "DIRECT", "m1", ("said", "choice,'"), "We have been left with no choice,", None),
     ("a2", "DIRECT", "m1", None, "Every penny will go to adult social care.", None),
     ("a3", "INDIRECT", "m2", ("said", "Mrs Ward"), "the authority faced a \u00a320m shortfall by 2026", None),
     ("a4", "MIXED", "m3", "called", "the rise 'a tax on hard-working families'", None),
     ("a5", "INDIRECT", "m3", "accused", "the ruling group of wasting money on consultants", None),
     ("a6", "DIRECT", "m4", ("said", "this,'"), "They have had years to fix this,", None),
     ("a7", "DIRECT", "m4", None, "Now residents are paying the price.", None),
     ("a8", "MIXED", "m5", ("said", "Alliance"), "the increase was 'the last thing people need in a cost of living crisis'", None),
     ("a9", "INDIRECT", "m6", ("said", "The council said"), "savings of \u00a36m had already been found", None)])

doc("blind-wire-mine-collapse",
    "Mining group halts operations after fatal collapse\n"
    "JOHANNESBURG (Reuters) - Deep Rock Mining suspended work at its largest gold mine on Tuesday after a tunnel collapse killed four workers, the company said in a statement.\n"
    "Rescue teams were still searching for two missing miners, officials said.\n"
    "\"Our thoughts are with the families of those who lost their lives,\" Deep Rock chief executive Pieter van Wyk said. \"We will cooperate fully with the investigation.\"\n"
    "The National Union of Mineworkers blamed the company for ignoring safety complaints. \"Management knew about the cracks in that tunnel weeks ago,\" union spokesman Sipho Dlamini told Reuters.\n"
    "It was reported that the mine had been fined twice for safety breaches since 2019.\n"
    "The Department of Mineral Resources said inspectors had been sent to the site.\n"
    "Shares in Deep Rock fell 7% in Johannesburg.",
    [("deeprock", "Deep Rock Mining", "ORGANIZATION", ["the company", "Deep Rock"]),
     ("officials", "officials", "GROUP", []),
     ("vanwyk", "Pieter van Wyk", "PERSON", ["van Wyk"], "chief executive"),
     ("num", "National Union of Mineworkers", "ORGANIZATION", ["the union"]),
     ("dlamini", "Sipho Dlamini", "PERSON", ["Dlamini"], "union spokesman"),
     ("dmr", "Department of Mineral Resources", "ORGANIZATION", [])],
    [("m1", ("Deep Rock Mining", "- "), "deeprock"),
     ("m2", ("the company", "workers, "), "deeprock"),
     ("m3", ("officials", "miners, "), "officials"),
     ("m4", "Deep Rock chief executive Pieter van Wyk", "vanwyk"),
     ("m5", "The National Union of Mineworkers", "num"),
     ("m6", "union spokesman Sipho Dlamini", "dlamini"),
     ("m7", "The Department of Mineral Resources", "dmr")],
    [("a1", "INDIRECT", "m2", ("said", "company said"), "Deep Rock Mining suspended work at its largest gold mine on Tuesday after a tunnel collapse killed four workers", None),
     ("a2", "INDIRECT", "m3", ("said", "officials said"), "Rescue teams were still searching for two missing miners", None),
     ("a3", "DIRECT", "m4", ("said", "van Wyk said"), "Our thoughts are with the families of those who lost their lives,", None),
     ("a4", "DIRECT", "m4", None, "We will cooperate fully with the investigation.", None),
     ("a5", "INDIRECT", "m5", "blamed", "the company for ignoring safety complaints", None),
     ("a6", "DIRECT", "m6", ("told", "Dlamini "), "Management knew about the cracks in that tunnel weeks ago,", None),
     ("a7", "INDIRECT", None, "reported", "the mine had been fined twice for safety breaches since 2019", None),
     ("a8", "INDIRECT", "m7", ("said", "Resources said"), "inspectors had been sent to the site", None)])

doc("blind-interview-architect",
    "Architect Nadia Rahman on building for hotter summers\n"
    "Nadia Rahman has spent two decades designing schools and hospitals across southern Europe. Her firm, Rahman Studio, won this year's Aalto Prize. We spoke to her about heat, glass and air conditioning.\n"
    "Q: Are our cities ready for the summers that are coming?\n"
    "A: No. Most of what we built in the last thirty years assumes cheap energy and mild weather. Both assumptions are now wrong.\n"
    "Q: What should change first?\n"
    "A: Stop building glass towers. They are greenhouses with lifts.\n"
    "Rahman is blunt about her own profession. \u201cArchitects \u2014 and I include myself \u2014 have been seduced by images,\u201d she said. \u201cA building is not a photograph.\u201d\n"
    "She argued that planners should require shade and cross-ventilation in every new school.\n"
    "\u201cThe technology is old,\u201d she added. \u201cWe just forgot it.\u201d",
    [("rahman", "Nadia Rahman", "PERSON", ["Rahman", "Architect Nadia Rahman"], "architect")],
    [("m1", "Architect Nadia Rahman", "rahman"),
     ("m2", ("Nadia Rahman", "summers\n"), "rahman"),
     ("m3", ("Rahman", "\nRahman is"), "rahman"),
     ("m4", ("she", "images,\u201d "), "rahman"),
     ("m5", ("She", "\nShe argued"), "rahman"),
     ("m6", ("she", "old,\u201d "), "rahman")],
    [("a1", "DIRECT", "m2", None, "No. Most of what we built in the last thirty years assumes cheap energy and mild weather. Both assumptions are now wrong.", None),
     ("a2", "DIRECT", "m2", None, "Stop building glass towers. They are greenhouses with lifts.", None),
     ("a3", "DIRECT", "m4", ("said", "images,"), "Architects \u2014 and I include myself \u2014 have been seduced by images,", None),
     ("a4", "DIRECT", "m4", None, "A building is not a photograph.", None),
     ("a5", "INDIRECT", "m5", "argued", "planners should require shade and cross-ventilation in every new school", None),
     ("a6", "DIRECT", "m6", "added", "The technology is old,", None),
     ("a7", "DIRECT", "m6", None, "We just forgot it.", None)])

doc("blind-sport-derby",
    "Late Osei winner settles derby\n"
    "Kwame Osei struck in stoppage time as Millbrook Town beat Castleford 2-1 in a bad-tempered derby on Saturday.\n"
    "\u201cWhat a feeling,\u201d Osei said. \u201cI just closed my eyes and hit it.\u201d\n"
    "The 21-year-old, who joined from Ajax in the summer, said he had dedicated the goal to his late grandmother.\n"
    "Millbrook boss Steve Carr praised his side's character. \u201cWe were poor \u2014 really poor \u2014 in the first half,\u201d he admitted. \u201cBut they kept going.\u201d\n"
    "\u201cThat's what this club is about,\u201d he added.\n"
    "Castleford manager Ian Doyle was furious about the build-up to the winner. \u201cIt was never a free-kick,\u201d he said. \u201cNever.\u201d\n"
    "Asked whether he would complain to the referees' body, Doyle replied: \u201cWhat's the point?\u201d\n"
    "Carr said defender Luke Patel would miss next week's trip to Hull with a hamstring injury.",
    [("osei", "Kwame Osei", "PERSON", ["Osei", "The 21-year-old"]),
     ("carr", "Steve Carr", "PERSON", ["Carr"], "Millbrook boss"),
     ("doyle", "Ian Doyle", "PERSON", ["Doyle"], "Castleford manager")],
    [("m1", "Kwame Osei", "osei"),
     ("m2", ("Osei", "feeling,\u201d "), "osei"),
     ("m3", "The 21-year-old", "osei"),
     ("m4", "Millbrook boss Steve Carr", "carr"),
     ("m5", ("he", "half,\u201d "), "carr"),
     ("m6", ("he", "about,\u201d "), "carr"),
     ("m7", "Castleford manager Ian Doyle", "doyle"),
     ("m8", ("he", "free-kick,\u201d "), "doyle"),
     ("m9", ("Doyle", "body, "), "doyle"),
     ("m10", ("Carr", "\nCarr said"), "carr")],
    [("a1", "DIRECT", "m2", ("said", "Osei said"), "What a feeling,", None),
     ("a2", "DIRECT", "m2", None, "I just closed my eyes and hit it.", None),
     ("a3", "INDIRECT", "m3", ("said", "summer, "), "he had dedicated the goal to his late grandmother", None),
     ("a4", "INDIRECT", "m4", "praised", "his side's character", None),
     ("a5", "DIRECT", "m5", "admitted", "We were poor \u2014 really poor \u2014 in the first half,", None),
     ("a6", "DIRECT", "m5", None, "But they kept going.", None),
     ("a7", "DIRECT", "m6", "added", "That's what this club is about,", None),
     ("a8", "DIRECT", "m8", ("said", "free-kick,"), "It was never a free-kick,", None),
     ("a9", "DIRECT", "m8", None, "Never.", None),
     ("a10", "DIRECT", "m9", "replied", "What's the point?", None),
     ("a11", "INDIRECT", "m10", ("said", "Carr said"), "defender Luke Patel would miss next week's trip to Hull with a hamstring injury", None)])

doc("blind-court-accounts",
    "Former finance director lied to auditors, jury told\n"
    "A former finance director of a Leeds building firm hid \u00a33.4m of losses from auditors for three years, a court has heard.\n"
    "Martin Keane, 52, denies six counts of false accounting at Leeds Crown Court.\n"
    "Opening the case, prosecutor Rachel Owusu told the jury that Mr Keane had \"deliberately and repeatedly\" falsified the company's accounts.\n"
    "\"This was not a mistake. It was a scheme,\" she said.\n"
    "The firm's former auditor, Graham Price, told the jury he had been shown invoices that he now knew to be fake.\n"
    "Under cross-examination, Mr Price accepted that he had not checked every invoice himself.\n"
    "The prosecutor argued that the defendant had been under pressure from lenders.\n"
    "Defending, Simon Hale KC said his client had acted on instructions from the firm's chairman.\n"
    "The trial continues.",
    [("owusu", "Rachel Owusu", "PERSON", ["The prosecutor", "Owusu"], "prosecutor"),
     ("price", "Graham Price", "PERSON", ["Mr Price", "Price"], "former auditor"),
     ("hale", "Simon Hale KC", "PERSON", ["Simon Hale", "Hale"], "defence barrister")],
    [("m1", "prosecutor Rachel Owusu", "owusu"),
     ("m2", ("she", "scheme,\" "), "owusu"),
     ("m3", "The firm's former auditor, Graham Price", "price"),
     ("m4", "Mr Price", "price"),
     ("m5", "The prosecutor", "owusu"),
     ("m6", "Simon Hale KC", "hale")],
    [("a1", "INDIRECT", None, "told", "Former finance director lied to auditors", None),
     ("a2", "INDIRECT", None, "heard", "A former finance director of a Leeds building firm hid \u00a33.4m of losses from auditors for three years", None),
     ("a3", "MIXED", "m1", ("told", "Owusu "), "Mr Keane had \"deliberately and repeatedly\" falsified the company's accounts", None),
     ("a4", "DIRECT", "m2", ("said", "scheme,\" "), "This was not a mistake. It was a scheme,", None),
     ("a5", "INDIRECT", "m3", ("told", "Price, "), "he had been shown invoices that he now knew to be fake", None),
     ("a6", "INDIRECT", "m4", "accepted", "he had not checked every invoice himself", None),
     ("a7", "INDIRECT", "m5", "argued", "the defendant had been under pressure from lenders", None),
     ("a8", "INDIRECT", "m6", ("said", "KC "), "his client had acted on instructions from the firm's chairman", None)])

doc("blind-earnings-airline",
    "Northwind Airlines swings to profit on strong summer demand\n"
    "Northwind Airlines reported its first quarterly profit in two years on Wednesday, helped by record summer bookings and lower fuel costs.\n"
    "Net income was $212 million in the three months to September, according to a statement from the company.\n"
    "\u201cDemand for transatlantic travel has been stronger than anyone expected,\u201d chief executive Dana Whitfield told analysts on a conference call. \u201cWe think that continues into 2025.\u201d\n"
    "Whitfield said the airline would take delivery of 14 new aircraft next year, but warned that engine delays could push some of them into 2026.\n"
    "Chief financial officer Raj Mehta said the company expected fuel costs to rise slightly in the fourth quarter.\n"
    "Some analysts were less upbeat. Helen Cho of Baird described the guidance as \u201ccautious at best\u201d.\n"
    "Northwind shares rose 3% in after-hours trading.",
    [("northwind", "Northwind Airlines", "ORGANIZATION", ["the company", "the airline", "Northwind"]),
     ("whitfield", "Dana Whitfield", "PERSON", ["Whitfield"], "chief executive"),
     ("mehta", "Raj Mehta", "PERSON", ["Mehta"], "chief financial officer"),
     ("cho", "Helen Cho", "PERSON", ["Cho"], "analyst at Baird")],
    [("m1", ("Northwind Airlines", "demand\n"), "northwind"),
     ("m2", ("the company", "statement from "), "northwind"),
     ("m3", "chief executive Dana Whitfield", "whitfield"),
     ("m4", ("Whitfield", "\nWhitfield"), "whitfield"),
     ("m5", "Chief financial officer Raj Mehta", "mehta"),
     ("m6", "Helen Cho of Baird", "cho")],
    [("a1", "INDIRECT", "m2", "according to", "Net income was $212 million in the three months to September", None),
     ("a2", "DIRECT", "m3", "told", "Demand for transatlantic travel has been stronger than anyone expected,", None),
     ("a3", "DIRECT", "m3", None, "We think that continues into 2025.", None),
     ("a4", "INDIRECT", "m4", ("said", "Whitfield said"), "the airline would take delivery of 14 new aircraft next year", None),
     ("a5", "INDIRECT", "m4", "warned", "engine delays could push some of them into 2026", None),
     ("a6", "INDIRECT", "m5", ("said", "Mehta said"), "the company expected fuel costs to rise slightly in the fourth quarter", None),
     ("a7", "MIXED", "m6", "described", "the guidance as \u201ccautious at best\u201d", None)])

doc("blind-science-sleep",
    "Late-night phone use costs teenagers an hour of sleep, study finds\n"
    "Teenagers who use their phones after midnight sleep on average 62 minutes less per night than those who do not, according to a study published on Monday in the journal Sleep Health.\n"
    "Researchers at the University of Kent followed 3,100 pupils aged 13 to 17 for two years.\n"
    "\"The effect was consistent across every group we looked at,\" said lead author Dr. Priya Nair, a sleep scientist at the university.\n"
    "The study's authors wrote that schools \"should consider later start times\" for older pupils, but cautioned that the data could not prove cause and effect.\n"
    "Professor Mark Ellis, who was not involved in the research, called the findings \"robust and worrying.\"\n"
    "The Department for Education said it had no plans to change school hours.",
    [("study", "study", "ORGANIZATION", ["a study", "the study"]),
     ("nair", "Priya Nair", "PERSON", ["Dr. Priya Nair", "Nair"], "lead author"),
     ("authors", "The study's authors", "GROUP", ["the authors"]),
     ("ellis", "Mark Ellis", "PERSON", ["Professor Mark Ellis", "Ellis"]),
     ("dfe", "Department for Education", "ORGANIZATION", [])],
    [("m1", "study", "study"),
     ("m2", "a study", "study"),
     ("m3", "lead author Dr. Priya Nair, a sleep scientist at the university", "nair"),
     ("m4", "The study's authors", "authors"),
     ("m5", "Professor Mark Ellis", "ellis"),
     ("m6", "The Department for Education", "dfe")],
    [("a1", "INDIRECT", "m1", "finds", "Late-night phone use costs teenagers an hour of sleep", None),
     ("a2", "INDIRECT", "m2", "according to", "Teenagers who use their phones after midnight sleep on average 62 minutes less per night than those who do not", None),
     ("a3", "DIRECT", "m3", ("said", "at,\" "), "The effect was consistent across every group we looked at,", None),
     ("a4", "MIXED", "m4", "wrote", "schools \"should consider later start times\" for older pupils", None),
     ("a5", "INDIRECT", "m4", "cautioned", "the data could not prove cause and effect", None),
     ("a6", "MIXED", "m5", "called", "the findings \"robust and worrying.\"", None),
     ("a7", "INDIRECT", "m6", ("said", "Education said"), "it had no plans to change school hours", None)])

doc("blind-transit-overrun",
    "Eastline rail project two years late and \u00a3400m over budget\n"
    "The Eastline rail project is running at least two years behind schedule and \u00a3400m over budget, according to documents seen by the Evening Courier.\n"
    "Transport officials said the delays were caused by problems with the signalling contractor, which has since been replaced.\n"
    "Mayor Lisa Grant, who once hailed the line as \u201cthe biggest investment in a generation\u201d, said on Tuesday she was \u201cdisappointed but not surprised\u201d.\n"
    "\u201cEvery week there is a new excuse\u201d\n"
    "Commuters said they had lost patience with the project.\n"
    "\u201cEvery week there is a new excuse,\u201d said Anne Moss, 34, who travels into the city from Ashby. \u201cI have stopped believing any of it.\u201d\n"
    "A spokeswoman for Eastline Partners, the consortium building the line, said it did not comment on leaked documents.\n"
    "Opposition councillors called for a public inquiry.",
    [("documents", "documents seen by the Evening Courier", "GROUP", []),
     ("officials", "Transport officials", "GROUP", []),
     ("grant", "Lisa Grant", "PERSON", ["Mayor Lisa Grant", "Grant"], "mayor"),
     ("commuters", "Commuters", "GROUP", []),
     ("moss", "Anne Moss", "PERSON", ["Moss"]),
     ("spokeswoman", "spokeswoman for Eastline Partners", "PERSON", ["a spokeswoman"]),
     ("councillors", "Opposition councillors", "GROUP", [])],
    [("m1", "documents seen by the Evening Courier", "documents"),
     ("m2", "Transport officials", "officials"),
     ("m3", "Mayor Lisa Grant", "grant"),
     ("m4", "Commuters", "commuters"),
     ("m5", "Anne Moss, 34", "moss"),
     ("m6", "A spokeswoman for Eastline Partners", "spokeswoman"),
     ("m7", "Opposition councillors", "councillors")],
    [("a1", "INDIRECT", "m1", "according to", "The Eastline rail project is running at least two years behind schedule and \u00a3400m over budget", None),
     ("a2", "INDIRECT", "m2", ("said", "officials said"), "the delays were caused by problems with the signalling contractor", None),
     ("a3", "MIXED", "m3", "hailed", "the line as \u201cthe biggest investment in a generation\u201d", None),
     ("a4", "MIXED", "m3", ("said", "generation\u201d, "), "she was \u201cdisappointed but not surprised\u201d", None),
     ("a5", "DIRECT", None, None, "Every week there is a new excuse", None),
     ("a6", "INDIRECT", "m4", ("said", "Commuters said"), "they had lost patience with the project", None),
     ("a7", "DIRECT", "m5", ("said", "excuse,\u201d "), ("Every week there is a new excuse,", "patience with the project.\n"), None),
     ("a8", "DIRECT", "m5", None, "I have stopped believing any of it.", None),
     ("a9", "INDIRECT", "m6", ("said", "line, "), "it did not comment on leaked documents", None),
     ("a10", "INDIRECT", "m7", "called for", "a public inquiry", None)])

if __name__ == "__main__":
    for d in docs:
        print(json.dumps(d, ensure_ascii=False))
