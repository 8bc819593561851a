#!/usr/bin/env python3
"""Writes COUNT real-length news articles as JSONL (id, text, published) for the Spark benchmark.

Each article is made of whole paragraphs of the real-news gold texts
(bundles/org.sayer.pipeline.tests/data/realnews/realnews-*.jsonl), taken in turn from one text
and the next until it holds about 2,000 characters, so every article is real published prose of
the length the cost model assumes. The dates spread the articles over 24 months.

usage: make_articles.py COUNT OUT.jsonl
"""
import glob
import json
import os
import sys

TARGET_CHARS = 2000


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    paragraphs = []
    for path in sorted(glob.glob(os.path.join(root, "bundles/org.sayer.pipeline.tests/data/realnews/realnews-*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    paragraphs.extend(p for p in json.loads(line)["text"].split("\n") if p.strip())
    total_chars = 0
    with open(out, "w", encoding="utf-8") as f:
        at = 0
        for n in range(count):
            parts = []
            length = 0
            while length < TARGET_CHARS:
                parts.append(paragraphs[at % len(paragraphs)])
                length += len(parts[-1]) + 1
                at += 1
            text = "\n".join(parts)
            total_chars += len(text)
            month = n % 24
            published = "%04d-%02d-%02d" % (2024 + month // 12, month % 12 + 1, n % 28 + 1)
            f.write(json.dumps({"id": "bench-%06d" % n, "text": text, "published": published}, ensure_ascii=False) + "\n")
    print("wrote %d articles of %.0f characters on average from %d real-news paragraphs to %s"
          % (count, total_chars / count, len(paragraphs), out), file=sys.stderr)


if __name__ == "__main__":
    main()
