"""Loads a Sayer spaCy export with real spaCy and checks that its DocBin files hold what its Doc JSON holds.

    python releng/spacy-check/check_docbin.py EXPORT_DIR

Needs spaCy 3.3+ (checked with 3.8.16). Every document of train.spacy, dev.spacy and test.spacy must
have the text, tokens, span groups (label, kb_id, offsets) and relations of its line in docs.jsonl.
"""
import json
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin


def plain(value):
    """msgpack gives tuples where JSON gives lists."""
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def main(folder):
    folder = Path(folder)
    Doc.set_extension("doc_id", default=None)
    Doc.set_extension("relations", default=None)
    nlp = spacy.blank("en")
    from_json = {}
    with open(folder / "docs.jsonl", encoding="utf-8") as lines:
        for line in lines:
            doc = Doc(nlp.vocab).from_json(json.loads(line))
            from_json[doc._.doc_id] = doc
    checked = 0
    for name in ("train", "dev", "test"):
        path = folder / f"{name}.spacy"
        if not path.exists():
            continue
        for doc in DocBin().from_disk(path).get_docs(nlp.vocab):
            expected = from_json[doc._.doc_id]
            assert doc.text == expected.text, doc._.doc_id
            assert [t.text for t in doc] == [t.text for t in expected], doc._.doc_id
            for group in expected.spans:
                got = [(s.start_char, s.end_char, s.label_, s.kb_id_) for s in doc.spans[group]]
                want = [(s.start_char, s.end_char, s.label_, s.kb_id_) for s in expected.spans[group]]
                assert got == want, (doc._.doc_id, group)
            assert plain(doc._.relations) == plain(expected._.relations), doc._.doc_id
            checked += 1
    assert checked == len(from_json), f"{checked} documents in the DocBin files, {len(from_json)} in docs.jsonl"
    print(f"{checked} documents: every DocBin document equals its Doc JSON (spaCy {spacy.__version__})")


if __name__ == "__main__":
    main(sys.argv[1])
