#!/usr/bin/env python3
"""Claims a news outlet for one annotator's split, so that no outlet lands in two splits.
    python3 claim_outlet.py SPLIT OUTLET_DOMAIN     exit 0: yours; exit 1: another split has it
    python3 claim_outlet.py --list                  who holds what"""
import fcntl
import os
import sys

REGISTRY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "outlets.tsv")


def main(argv):
    with open(REGISTRY, "a+", encoding="utf-8") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        f.seek(0)
        held = dict(line.rstrip("\n").split("\t")[::-1] for line in f if line.strip())
        if argv[1:] == ["--list"]:
            for outlet, split in sorted(held.items(), key=lambda kv: kv[1]):
                print(f"{split}\t{outlet}")
            return 0
        split, outlet = argv[1], argv[2].lower().removeprefix("www.")
        if outlet in held:
            print(f"{outlet}: held by {held[outlet]}")
            return 0 if held[outlet] == split else 1
        f.write(f"{split}\t{outlet}\n")
        print(f"{outlet}: now held by {split}")
        return 0


sys.exit(main(sys.argv))
