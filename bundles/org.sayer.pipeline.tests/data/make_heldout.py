#!/usr/bin/env python3
"""Writes heldout.jsonl: articles annotated after the rules were written and never used to tune
them, so their figures estimate the pipeline on unseen text. Same helper and conventions as
make_dev.py.  Run: python3 make_heldout.py > heldout.jsonl"""
import json

import make_dev
from make_dev import doc, docs

docs.clear()

doc("held-health-flu",
    "Hospitals brace for winter flu surge\n"
    "Hospitals across the region are preparing for one of the worst flu seasons in a decade, health officials warned on Friday.\n"
    "\"We are already seeing more admissions than we would normally expect in December,\" says Dr. Amira Haddad, an infectious disease specialist at St. Mary's Hospital.\n"
    "Haddad urged people over 65 to get vaccinated as soon as possible.\n"
    "The health department said it had ordered an extra two million doses.\n"
    "A spokesperson for the nurses' union said staff were \"exhausted before the season has even started.\"",
    [("officials", "health officials", "GROUP", []),
     ("haddad", "Amira Haddad", "PERSON", ["Haddad", "Dr. Amira Haddad"]),
     ("dept", "health department", "ORGANIZATION", []),
     ("spokesperson", "spokesperson for the nurses' union", "PERSON", ["a spokesperson"])],
    [("m1", "health officials", "officials"),
     ("m2", "Dr. Amira Haddad", "haddad"),
     ("m3", ("Haddad", "Hospital.\n"), "haddad"),
     ("m4", "The health department", "dept"),
     ("m5", "A spokesperson for the nurses' union", "spokesperson")],
    [("a1", "INDIRECT", "m1", "warned", "Hospitals across the region are preparing for one of the worst flu seasons in a decade", None),
     ("a2", "DIRECT", "m2", "says", "We are already seeing more admissions than we would normally expect in December,", None),
     ("a3", "INDIRECT", "m3", "urged", "people over 65 to get vaccinated as soon as possible", None),
     ("a4", "INDIRECT", "m4", ("said", "department"), "it had ordered an extra two million doses", None),
     ("a5", "MIXED", "m5", ("said", "union"), "staff were \"exhausted before the season has even started.\"", None)])

doc("held-tech-fine",
    "Regulator fines social media firm over data breach\n"
    "Britain's data regulator has fined Chatterbox \u00a312m for failing to protect the personal data of millions of users.\n"
    "The Information Commissioner's Office said the company had ignored repeated warnings about weak passwords.\n"
    "Chatterbox said it would appeal. \"We strongly disagree with the regulator's findings,\" the company said in a statement.\n"
    "The breach exposed the email addresses of 4.2 million people, according to the regulator.\n"
    "The company's chief executive, Mark Ellison, declined to comment.",
    [("ico", "Information Commissioner's Office", "ORGANIZATION", ["the regulator", "data regulator"]),
     ("chatterbox", "Chatterbox", "ORGANIZATION", ["the company"])],
    [("m1", "The Information Commissioner's Office", "ico"),
     ("m2", ("Chatterbox", "passwords.\n"), "chatterbox"),
     ("m3", ("the company", "findings,\""), "chatterbox"),
     ("m4", ("the regulator", "according to "), "ico")],
    [("a1", "INDIRECT", "m1", ("said", "Office"), "the company had ignored repeated warnings about weak passwords", None),
     ("a2", "INDIRECT", "m2", ("said", "Chatterbox said"), "it would appeal", None),
     ("a3", "DIRECT", "m3", ("said", "company said"), "We strongly disagree with the regulator's findings,", None),
     ("a4", "INDIRECT", "m4", "according to", "The breach exposed the email addresses of 4.2 million people", None)])

doc("held-sport-kane",
    "Kane: 'We have to be braver'\n"
    "England captain Harry Kane has called on his team-mates to show more courage after Saturday's 1-1 draw with Slovenia.\n"
    "Speaking after the match, Kane said: \"We have to be braver on the ball. We sat too deep in the second half.\"\n"
    "Manager Lee Carsley defended his tactics. He said the players had followed the plan \"to the letter\".\n"
    "Slovenia coach Matjaz Kek described the result as \"a fair reflection of the game.\"",
    [("kane", "Harry Kane", "PERSON", ["Kane"]),
     ("carsley", "Lee Carsley", "PERSON", ["Carsley"]),
     ("kek", "Matjaz Kek", "PERSON", ["Kek"])],
    [("m1", "Kane", "kane"),
     ("m2", "England captain Harry Kane", "kane"),
     ("m3", ("Kane", "match, "), "kane"),
     ("m4", "Manager Lee Carsley", "carsley"),
     ("m5", "He", "carsley"),
     ("m6", "Slovenia coach Matjaz Kek", "kek")],
    [("a1", "DIRECT", "m1", None, "We have to be braver", None),
     ("a2", "INDIRECT", "m2", "called on", "his team-mates to show more courage after Saturday's 1-1 draw with Slovenia", None),
     ("a3", "DIRECT", "m3", ("said", "Kane said"), "We have to be braver on the ball. We sat too deep in the second half.", None),
     ("a4", "MIXED", "m5", ("said", "He said"), "the players had followed the plan \"to the letter\"", None),
     ("a5", "MIXED", "m6", "described", "the result as \"a fair reflection of the game.\"", None)])

doc("held-economy-oil",
    "Oil prices jump after output cut\n"
    "Oil prices rose more than 5% on Monday after Saudi Arabia said it would cut production by one million barrels a day.\n"
    "The move is \"a clear signal that producers will defend prices,\" said Julia Stern, an analyst at Meridian Bank.\n"
    "Energy Minister Prince Abdulaziz bin Salman told state television the cut was needed to \"stabilise the market.\"\n"
    "Traders said they expected prices to stay high through the summer.",
    [("saudi", "Saudi Arabia", "GPE", []),
     ("stern", "Julia Stern", "PERSON", ["Stern"]),
     ("abdulaziz", "Prince Abdulaziz bin Salman", "PERSON", ["Abdulaziz bin Salman"]),
     ("traders", "Traders", "GROUP", [])],
    [("m1", "Saudi Arabia", "saudi"),
     ("m2", "Julia Stern", "stern"),
     ("m3", "Energy Minister Prince Abdulaziz bin Salman", "abdulaziz"),
     ("m4", "Traders", "traders")],
    [("a1", "INDIRECT", "m1", ("said", "Arabia"), "it would cut production by one million barrels a day", None),
     ("a2", "MIXED", "m2", ("said", "prices,\""), "The move is \"a clear signal that producers will defend prices,\"", None),
     ("a3", "MIXED", "m3", "told", "the cut was needed to \"stabilise the market.\"", None),
     ("a4", "INDIRECT", "m4", ("said", "Traders"), "they expected prices to stay high through the summer", None)])

if __name__ == "__main__":
    for d in docs:
        print(json.dumps(d, ensure_ascii=False))
