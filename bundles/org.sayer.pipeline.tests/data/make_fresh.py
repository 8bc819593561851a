#!/usr/bin/env python3
"""Writes fresh.jsonl: five more articles written after the blind set's fixes and scored without
changing any rule for them, so their first-sight figures estimate the pipeline on unseen text
once the blind set had been used for tuning. Same helper as make_blind.py.
Run: python3 make_fresh.py > fresh.jsonl"""
import json

import make_blind
from make_blind import doc, docs

docs.clear()

doc("fresh-us-stopgap",
    "Senate passes stopgap bill hours before shutdown deadline\n"
    "WASHINGTON (AP) \u2014 The Senate voted 77-19 late Friday to keep the government funded through mid-December, sending the measure to President Joe Biden hours before a shutdown would have begun.\n"
    "\u201cThis is a responsible outcome,\u201d Senate Majority Leader Chuck Schumer said on the floor. \u201cNobody gets everything they want.\u201d\n"
    "Republican Sen. Rand Paul, who voted against the bill, said Congress was \u201caddicted to short-term fixes.\u201d\n"
    "The president is expected to sign the bill on Saturday, according to a person familiar with the plans.\n"
    "Asked whether a longer deal was possible, Schumer told reporters: \u201cWe will try. I am not making promises.\u201d",
    [("schumer", "Chuck Schumer", "PERSON", ["Schumer"], "Senate Majority Leader"),
     ("paul", "Rand Paul", "PERSON", ["Sen. Rand Paul", "Paul"], "senator"),
     ("person", "person familiar with the plans", "PERSON", ["a person familiar with the plans"])],
    [("m1", "Senate Majority Leader Chuck Schumer", "schumer"),
     ("m2", "Republican Sen. Rand Paul", "paul"),
     ("m3", "a person familiar with the plans", "person"),
     ("m4", ("Schumer", "possible, "), "schumer")],
    [("a1", "DIRECT", "m1", ("said", "Schumer "), "This is a responsible outcome,", None),
     ("a2", "DIRECT", "m1", None, "Nobody gets everything they want.", None),
     ("a3", "MIXED", "m2", ("said", "bill, "), "Congress was \u201caddicted to short-term fixes.\u201d", None),
     ("a4", "INDIRECT", "m3", "according to", "The president is expected to sign the bill on Saturday", None),
     ("a5", "DIRECT", "m4", "told", "We will try. I am not making promises.", None)])

doc("fresh-tech-ebike",
    "Startup unveils folding e-bike\n"
    "Berlin-based startup Faltrad unveiled a folding electric bike on Tuesday.\n"
    "Co-founder Lena Brandt wrote on LinkedIn that the company had spent three years on the design.\n"
    "\u201cWe wanted something you can carry up four flights of stairs,\u201d she said in an interview. \u201cMost e-bikes fail that test.\u201d\n"
    "Not everyone is convinced. Tom Reyes, a cycling journalist, noted that the battery range of 40 kilometres was \u201cmodest at best.\u201d\n"
    "The bike will cost \u20ac2,400, the company said.",
    [("faltrad", "Faltrad", "ORGANIZATION", ["the company"]),
     ("brandt", "Lena Brandt", "PERSON", ["Brandt"], "co-founder"),
     ("reyes", "Tom Reyes", "PERSON", ["Reyes"], "cycling journalist")],
    [("m1", "Faltrad", "faltrad"),
     ("m2", "Co-founder Lena Brandt", "brandt"),
     ("m3", ("she", "stairs,\u201d "), "brandt"),
     ("m4", "Tom Reyes, a cycling journalist", "reyes"),
     ("m5", ("the company", "2,400, "), "faltrad")],
    [("a1", "INDIRECT", "m2", "wrote", "the company had spent three years on the design", None),
     ("a2", "DIRECT", "m3", ("said", "stairs,\u201d she "), "We wanted something you can carry up four flights of stairs,", None),
     ("a3", "DIRECT", "m3", None, "Most e-bikes fail that test.", None),
     ("a4", "MIXED", "m4", "noted", "the battery range of 40 kilometres was \u201cmodest at best.\u201d", None),
     ("a5", "INDIRECT", "m5", ("said", "company said"), "The bike will cost \u20ac2,400", None)])

doc("fresh-crime-jewellers",
    "Armed men raid Bristol jewellery shop\n"
    "Three men armed with hammers raided a jewellery shop in Bristol on Saturday afternoon.\n"
    "Detective Inspector Sarah Cole, of Avon and Somerset Police, said nobody had been seriously hurt but staff were \u201cbadly shaken\u201d.\n"
    "\u2018This was a terrifying experience for everyone in the shop,\u2019 she said. \u2018We are determined to find those responsible.\u2019\n"
    "Witnesses described seeing the men escape on two motorbikes.\n"
    "The shop's owner, Raj Gill, told the Bristol Post he had been in business for 30 years and had never seen anything like it.",
    [("cole", "Sarah Cole", "PERSON", ["Cole", "Detective Inspector Sarah Cole"], "Detective Inspector"),
     ("witnesses", "Witnesses", "GROUP", []),
     ("gill", "Raj Gill", "PERSON", ["Gill"], "shop owner")],
    [("m1", "Detective Inspector Sarah Cole, of Avon and Somerset Police", "cole"),
     ("m2", ("she", "shop,\u2019 "), "cole"),
     ("m3", ("Witnesses", "\nWitnesses"), "witnesses"),
     ("m4", "The shop's owner, Raj Gill", "gill")],
    [("a1", "MIXED", "m1", ("said", "Police, "), "nobody had been seriously hurt but staff were \u201cbadly shaken\u201d", None),
     ("a2", "DIRECT", "m2", ("said", "shop,\u2019 she "), "This was a terrifying experience for everyone in the shop,", None),
     ("a3", "DIRECT", "m2", None, "We are determined to find those responsible.", None),
     ("a4", "INDIRECT", "m3", "described", "seeing the men escape on two motorbikes", None),
     ("a5", "INDIRECT", "m4", "told", "he had been in business for 30 years and had never seen anything like it", None)])

doc("fresh-sport-tennis",
    "Spanish teenager reaches first final\n"
    "Spanish teenager Mateo Ruiz reached his first ATP final on Saturday with a 6-4 7-6 win over the world number eight.\n"
    "The 18-year-old said: \"I am very happy. I played my best tennis when it mattered.\n"
    "\"Tomorrow will be a different match, but I am ready.\"\n"
    "His coach, former world number one Carlos Moya, said Ruiz still had \"a lot to learn\" about managing his energy.\n"
    "Ruiz's opponent in the final will be Jannik Sinner, who beat Alexander Zverev in straight sets. Sinner told reporters he was \"expecting a tough battle\".",
    [("ruiz", "Mateo Ruiz", "PERSON", ["Ruiz", "The 18-year-old"]),
     ("moya", "Carlos Moya", "PERSON", ["Moya"], "coach"),
     ("sinner", "Jannik Sinner", "PERSON", ["Sinner"])],
    [("m1", "Spanish teenager Mateo Ruiz", "ruiz"),
     ("m2", "The 18-year-old", "ruiz"),
     ("m3", "His coach, former world number one Carlos Moya", "moya"),
     ("m4", ("Ruiz", "Moya, said "), "ruiz"),
     ("m5", "Jannik Sinner", "sinner"),
     ("m6", ("Sinner", "sets. "), "sinner")],
    [("a1", "DIRECT", "m2", ("said", "18-year-old "), "I am very happy. I played my best tennis when it mattered.\n\"Tomorrow will be a different match, but I am ready.", None),
     ("a2", "MIXED", "m3", ("said", "Moya, "), "Ruiz still had \"a lot to learn\" about managing his energy", None),
     ("a3", "MIXED", "m6", "told", "he was \"expecting a tough battle\"", None)])

doc("fresh-health-walking",
    "Daily walk cuts dementia risk, researchers say\n"
    "People who walk for at least 30 minutes a day are a third less likely to develop dementia, researchers at Lund University have found.\n"
    "The team tracked 12,000 adults over 15 years. \"The benefit appeared even in people who started walking late in life,\" said Dr. Erik Nilsson, who led the work.\n"
    "In a statement, the Alzheimer's Society said the findings were \"encouraging\" but warned against overstating them.\n"
    "Experts say more research is needed to understand why exercise protects the brain.",
    [("researchers", "researchers at Lund University", "GROUP", ["researchers"]),
     ("nilsson", "Erik Nilsson", "PERSON", ["Dr. Erik Nilsson", "Nilsson"]),
     ("society", "Alzheimer's Society", "ORGANIZATION", ["the Alzheimer's Society"]),
     ("experts", "Experts", "GROUP", [])],
    [("m1", ("researchers", "risk, "), "researchers"),
     ("m2", "researchers at Lund University", "researchers"),
     ("m3", "Dr. Erik Nilsson", "nilsson"),
     ("m4", "the Alzheimer's Society", "society"),
     ("m5", "Experts", "experts")],
    [("a1", "INDIRECT", "m1", "say", "Daily walk cuts dementia risk", None),
     ("a2", "INDIRECT", "m2", "found", "People who walk for at least 30 minutes a day are a third less likely to develop dementia", None),
     ("a3", "DIRECT", "m3", ("said", "life,\" "), "The benefit appeared even in people who started walking late in life,", None),
     ("a4", "MIXED", "m4", ("said", "Society "), "the findings were \"encouraging\"", None),
     ("a5", "INDIRECT", "m4", "warned", "overstating them", None),
     ("a6", "INDIRECT", "m5", ("say", "Experts "), "more research is needed to understand why exercise protects the brain", None)])

if __name__ == "__main__":
    for d in docs:
        print(json.dumps(d, ensure_ascii=False))
