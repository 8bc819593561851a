#!/usr/bin/env python3
"""Prints a gold document readably: its text, then each attribution as source | cue | content.
    python3 show.py FILE.jsonl DOC_ID"""
import json
import sys

for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    if d["id"] != sys.argv[2]:
        continue
    t = d["text"]
    print(d["url"], d["source"], d["country"], d["topic"], "\n")
    print(t, "\n")
    mentions = {m["id"]: m for m in d["mentions"]}
    entities = {e["id"]: e for e in d["entities"]}
    for a in d["attributions"]:
        m = mentions.get(a["source"])
        src = f"{t[m['span'][0]:m['span'][1]]} <{entities[m['entity']]['name']}>" if m else "-"
        cue = t[a["cue"][0]:a["cue"][1]] if a["cue"] else "-"
        print(f"{a['id']:4} {a['type']:8} {src} | {cue} | {t[a['content'][0]:a['content'][1]]}" + (f"  [in {a['parent']}]" if a["parent"] else ""))
