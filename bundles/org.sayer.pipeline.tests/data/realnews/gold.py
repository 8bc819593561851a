"""Builds real-news gold documents for Sayer (shared/eval/FORMAT.md) from readable specs.

Spans are never typed as offsets. A span spec is a needle, or (needle, anchor): the anchor must
occur exactly once in the text, and the span is the first needle at or after the anchor's
start. A needle given without an anchor must occur exactly once. Offsets come out in code
points (Python str), as FORMAT.md requires.

Every document is checked when it is built: ids, links, types, nesting, content conventions,
and that each source resolves to its own entity under score.py's speaker rule. A failed check
raises with the document id, so a broken gold file is never written.

    from gold import doc, write
    doc("reuters-fed-rates", url=..., outlet="Reuters", country="UK", topic="business",
        cut=True, published="2024-03-20", text=TEXT,
        entities=[("powell", "Jerome Powell", "PERSON", ["Powell"], "Fed chair")],
        mentions=[("m1", "Fed Chair Jerome Powell", "powell")],
        attributions=[("a1", "INDIRECT", "m1", "said", "rates would stay high", None)])
    write("train_a.jsonl")

A parenthetical reporting clause stays inside its claim's content (FORMAT.md, Contiguity); a
demonstrative "that" that opens a content is kept by listing the attribution in keep_that.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import score  # noqa: E402  (the reference scorer, a copy of shared/eval/score.py)

TOPICS = {"politics", "business", "courts-crime", "health-science", "sport", "local",
          "technology", "environment"}
TYPES = {"DIRECT", "INDIRECT", "MIXED"}
ENTITY_TYPES = {"PERSON", "ORGANIZATION", "GROUP", "GPE"}
OPENING = "\"'\u201c\u2018\u00ab\u201e\u201a\u2039\u201d\u2019"
CLOSING = "\"'\u201d\u2019\u00bb\u201c\u2018\u203a"
QUOTE_MARKS = set(OPENING + CLOSING) - {"'", "\u2019"}

docs = []


class GoldError(Exception):
    pass


def _span(doc_id, text, spec, what):
    if spec is None:
        return None
    needle, anchor = (spec, None) if isinstance(spec, str) else spec
    if anchor is None:
        if text.count(needle) != 1:
            raise GoldError(f"{doc_id}: {what} {needle!r} occurs {text.count(needle)} times; give an anchor")
        start = 0
    else:
        if text.count(anchor) != 1:
            raise GoldError(f"{doc_id}: anchor {anchor!r} of {what} occurs {text.count(anchor)} times")
        start = text.index(anchor)
    b = text.find(needle, start)
    if b < 0:
        raise GoldError(f"{doc_id}: {what} {needle!r} not found after anchor {anchor!r}")
    return [b, b + len(needle)]


def seg(text, start, end, anchor=None):
    """The needle from the first `start` (at or after `anchor`) to the end of the next `end`: a long
    content given by its first and last words."""
    a = text.index(anchor) if anchor else 0
    b = text.index(start, a)
    return text[b:text.index(end, b) + len(end)]


def _contains(outer, inner):
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def doc(doc_id, *, url, outlet, country, topic, cut, text, entities, mentions, attributions,
        published=None, title=None, keep_that=()):
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", doc_id):
        raise GoldError(f"{doc_id}: ids are lower-case words joined by '-'")
    if any(d["id"] == doc_id for d in docs):
        raise GoldError(f"{doc_id}: duplicate document id")
    if topic not in TOPICS:
        raise GoldError(f"{doc_id}: topic {topic!r} is not one of {sorted(TOPICS)}")
    if not url.startswith("http"):
        raise GoldError(f"{doc_id}: url {url!r}")
    if "\r" in text or "\n\n" in text or text != text.strip():
        raise GoldError(f"{doc_id}: paragraphs are joined by a single \\n, no \\r, no outer space")
    words = len(text.split())
    if not 120 <= words <= 500:
        raise GoldError(f"{doc_id}: {words} words; cut to about 200-450 at a paragraph end")

    ents = []
    for e in entities:
        eid, name, etype, aliases = e[:4]
        if etype not in ENTITY_TYPES:
            raise GoldError(f"{doc_id}: entity {eid} has type {etype!r}")
        ent = dict(id=eid, name=name, type=etype, aliases=list(aliases))
        if len(e) > 4 and e[4]:
            ent["role"] = e[4]
        ents.append(ent)
    ent_ids = [e["id"] for e in ents]
    if len(set(ent_ids)) != len(ent_ids):
        raise GoldError(f"{doc_id}: duplicate entity id")

    ments = []
    for mid, spec, eid in mentions:
        if eid not in ent_ids:
            raise GoldError(f"{doc_id}: mention {mid} names unknown entity {eid!r}")
        ments.append(dict(id=mid, span=_span(doc_id, text, spec, f"mention {mid}"), entity=eid))
    mention_ids = [m["id"] for m in ments]
    if len(set(mention_ids)) != len(mention_ids):
        raise GoldError(f"{doc_id}: duplicate mention id")
    spans = sorted(tuple(m["span"]) for m in ments)
    for a, b in zip(spans, spans[1:]):
        if a[1] > b[0]:
            raise GoldError(f"{doc_id}: mentions overlap: {text[a[0]:a[1]]!r} / {text[b[0]:b[1]]!r}")
    for eid in ent_ids:
        if eid not in {m["entity"] for m in ments}:
            raise GoldError(f"{doc_id}: entity {eid} has no mention")

    attrs = []
    for aid, typ, src, cue, content, parent in attributions:
        if typ not in TYPES:
            raise GoldError(f"{doc_id}: {aid} has type {typ!r}")
        if src is not None and src not in mention_ids:
            raise GoldError(f"{doc_id}: {aid} has unknown source {src!r}")
        attrs.append(dict(id=aid, type=typ, source=src, cue=_span(doc_id, text, cue, f"cue of {aid}"),
                          content=_span(doc_id, text, content, f"content of {aid}"), parent=parent))
    by_id = {a["id"]: a for a in attrs}
    if len(by_id) != len(attrs):
        raise GoldError(f"{doc_id}: duplicate attribution id")
    for a in attrs:
        _check_attribution(doc_id, text, a, by_id, keep_that)
    _check_speakers(doc_id, text, ents, ments, attrs)

    d = dict(id=doc_id, title=title or text.split("\n", 1)[0], text=text, entities=ents,
             mentions=ments, attributions=attrs, url=url, source=outlet, country=country,
             topic=topic, cut=cut)
    if published:
        d["published"] = published
    docs.append(d)
    return d


def _check_attribution(doc_id, text, a, by_id, keep_that):
    aid, (b, e) = a["id"], a["content"]
    content = text[b:e]
    where = f"{doc_id}: {aid} ({content[:40]!r})"
    if content != content.strip() or not content:
        raise GoldError(f"{where}: content has outer space or is empty")
    if a["type"] == "DIRECT":
        if b == 0 or text[b - 1] not in OPENING and text[b - 1] != "\n":
            raise GoldError(f"{where}: DIRECT content must start right after an opening mark")
        if e < len(text) and text[e] not in CLOSING and text[e] != "\n":
            raise GoldError(f"{where}: DIRECT content must end right before a closing mark")
    else:
        if re.match(r"(?i)that\s", content) and aid not in keep_that:
            raise GoldError(f"{where}: leave out the leading 'that' (list the id in keep_that when it is a demonstrative)")
        if a["type"] == "MIXED" and not (set(content) & (QUOTE_MARKS | {"'", "\u2019"})):
            raise GoldError(f"{where}: MIXED content holds no quotation mark")
    seen, p = {aid}, a["parent"]
    while p is not None:
        if p not in by_id:
            raise GoldError(f"{where}: unknown parent {p!r}")
        if p in seen:
            raise GoldError(f"{where}: parent cycle")
        seen.add(p)
        p = by_id[p]["parent"]
    if a["parent"] is not None:
        parent = by_id[a["parent"]]
        if not _contains(parent["content"], a["content"]):
            raise GoldError(f"{where}: content is not inside its parent {a['parent']}'s content")


def _check_speakers(doc_id, text, ents, ments, attrs):
    """Each source must identify its own entity and no other, as score.py decides it."""
    ent = {e["id"]: e for e in ents}
    ment = {m["id"]: m for m in ments}
    for a in attrs:
        if a["source"] is None:
            continue
        m = ment[a["source"]]
        gold = ent[m["entity"]]
        others = [x for x in ents if x is not gold]
        if not score.speaker_matches(gold, score.entity_names(gold), others):
            raise GoldError(f"{doc_id}: {a['id']}: entity {gold['id']}'s names are all shared with "
                            f"another entity; score.py could never credit its speaker")


def write(path):
    """Writes the documents built so far, one per line, and checks that score.py gives
    every figure 1.000 when the file is scored against itself."""
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    gold = score.load_jsonl(path)
    report = score.evaluate(gold, gold)
    for metric, figures in report["metrics"].items():
        if figures["gold"] and figures["f1"] != 1.0:
            raise GoldError(f"{path}: scored against itself, {metric} is {figures['f1']}, not 1.0")
    n_attr = sum(len(d["attributions"]) for d in docs)
    print(f"{path}: {len(docs)} documents, {n_attr} attributions, "
          f"{len({d['source'] for d in docs})} outlets", file=sys.stderr)
