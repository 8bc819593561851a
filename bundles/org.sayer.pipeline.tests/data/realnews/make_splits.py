#!/usr/bin/env python3
"""Joins the annotators' files into the three splits of the real-news gold and checks the split
rules: no outlet in two splits (outlets compared by brand, so bbc.com and news.bbc.co.uk are one),
the sizes, topics and countries. Run: python3 make_splits.py   (after each make_*.py)"""
import json
import sys
from collections import Counter
from urllib.parse import urlparse

PARTS = {"train": ["train_a.jsonl", "train_b.jsonl", "train_c.jsonl", "train_d.jsonl", "train_e.jsonl", "train_f.jsonl",
                   "train_g.jsonl", "train_h.jsonl", "train_i.jsonl", "train_j.jsonl", "train_k.jsonl",
                   "train_l.jsonl", "train_m.jsonl", "train_n.jsonl", "train_o.jsonl", "train_p.jsonl", "train_q.jsonl",
                   "train_r.jsonl", "train_s.jsonl", "train_t.jsonl",
                   "train_u.jsonl", "train_v.jsonl", "train_w.jsonl", "train_x.jsonl", "train_y.jsonl", "train_z.jsonl",
                   "train_aa.jsonl", "train_ab.jsonl", "train_ac.jsonl", "train_ad.jsonl",
                   "train_ae.jsonl", "train_af.jsonl", "train_ag.jsonl", "train_ah.jsonl",
                   "train_ai.jsonl", "train_aj.jsonl", "train_ak.jsonl", "train_al.jsonl",
                   "train_am.jsonl", "train_an.jsonl", "train_ao.jsonl", "train_ap.jsonl",
                   "train_aq.jsonl", "train_ar.jsonl", "train_as.jsonl", "train_at.jsonl",
                   "train_au.jsonl", "train_av.jsonl", "train_aw.jsonl", "train_ax.jsonl",
                   "train_ay.jsonl", "train_az.jsonl", "train_ba.jsonl", "train_bb.jsonl",
                   "train_bc.jsonl", "train_bd.jsonl", "train_be.jsonl", "train_bf.jsonl", "train_bg.jsonl",
                   "train_bh.jsonl", "train_bi.jsonl", "train_bj.jsonl", "train_bk.jsonl",
                   "train_bl.jsonl", "train_bm.jsonl", "train_bn.jsonl",
                   "train_bo.jsonl", "train_bp.jsonl", "train_bq.jsonl",
                   "train_br.jsonl", "train_bs.jsonl", "train_bt.jsonl",
                   "train_bu.jsonl", "train_bv.jsonl", "train_bw.jsonl",
                   "train_bx.jsonl", "train_by.jsonl", "train_bz.jsonl",
                   "train_ca.jsonl", "train_cb.jsonl", "train_cc.jsonl",
                   "train_cd.jsonl", "train_ce.jsonl", "train_cf.jsonl",
                   "train_cg.jsonl", "train_ch.jsonl", "train_ci.jsonl",
                   "train_cj.jsonl", "train_ck.jsonl", "train_cl.jsonl",
                   "train_cm.jsonl", "train_cn.jsonl", "train_co.jsonl",
                   "train_cp.jsonl", "train_cq.jsonl", "train_cr.jsonl",
                   "train_cs.jsonl", "train_ct.jsonl", "train_cu.jsonl"],
         "dev": ["dev.jsonl"],
         "test": ["test.jsonl"],
         "test2": ["test2_a.jsonl", "test2_b.jsonl", "test2_c.jsonl"],
         "test3": ["test3_a.jsonl", "test3_b.jsonl", "test3_c.jsonl"],
         "test4": ["test4_a.jsonl", "test4_b.jsonl", "test4_c.jsonl"],
         "test5": ["test5_a.jsonl", "test5_b.jsonl", "test5_c.jsonl"],
         "test6": ["test6_a.jsonl", "test6_b.jsonl", "test6_c.jsonl"],
         "test7": ["test7_a.jsonl", "test7_b.jsonl", "test7_c.jsonl"],
         "test8": ["test8_a.jsonl", "test8_b.jsonl", "test8_c.jsonl"],
         "test9": ["test9_a.jsonl", "test9_b.jsonl", "test9_c.jsonl"],
         "test10": ["test10_a.jsonl", "test10_b.jsonl", "test10_c.jsonl"],
         "test11": ["test11_a.jsonl", "test11_b.jsonl", "test11_c.jsonl"],
         "test12": ["test12_a.jsonl", "test12_b.jsonl", "test12_c.jsonl"],
         "test13": ["test13_a.jsonl", "test13_b.jsonl", "test13_c.jsonl"],
         "test14": ["test14_a.jsonl", "test14_b.jsonl", "test14_c.jsonl"],
         "test15": ["test15_a.jsonl", "test15_b.jsonl", "test15_c.jsonl"],
         "test16": ["test16_a.jsonl", "test16_b.jsonl", "test16_c.jsonl"],
         "test17": ["test17_a.jsonl", "test17_b.jsonl", "test17_c.jsonl"],
         "test18": ["test18_a.jsonl", "test18_b.jsonl", "test18_c.jsonl"],
         "test19": ["test19_a.jsonl", "test19_b.jsonl", "test19_c.jsonl"],
         "test20": ["test20_a.jsonl", "test20_b.jsonl", "test20_c.jsonl"],
         "test21": ["test21_a.jsonl", "test21_b.jsonl", "test21_c.jsonl"],
         "test22": ["test22_a.jsonl", "test22_b.jsonl", "test22_c.jsonl"],
         "test23": ["test23_a.jsonl", "test23_b.jsonl", "test23_c.jsonl"],
         "test24": ["test24_a.jsonl", "test24_b.jsonl", "test24_c.jsonl"],
         "test25": ["test25_a.jsonl", "test25_b.jsonl", "test25_c.jsonl"],
         "test26": ["test26_a.jsonl", "test26_b.jsonl", "test26_c.jsonl"],
         "test27": ["test27_a.jsonl", "test27_b.jsonl", "test27_c.jsonl"]}
MINIMUM = {"train": 60, "dev": 15, "test": 15, "test2": 15, "test3": 15, "test4": 15, "test5": 15, "test6": 15, "test7": 15, "test8": 15, "test9": 15, "test10": 15, "test11": 15, "test12": 15, "test13": 15, "test14": 15, "test15": 15, "test16": 15, "test17": 15, "test18": 15, "test19": 15, "test20": 15, "test21": 15, "test22": 15, "test23": 15, "test24": 15, "test25": 15, "test26": 15, "test27": 15}
# Second-level labels under a country's top-level domain: monitor.co.ug and radioislam.org.za are
# the brands "monitor" and "radioislam", and www3.nhk.or.jp is "nhk"; a Canadian province's label
# (paherald.sk.ca) is one too.
SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "or",
                "ab", "bc", "mb", "nb", "nl", "ns", "nt", "nu", "on", "pe", "qc", "sk", "yt"}
# Outlets whose brand word another outlet shares: Nation.Cymru (Wales) is not the Daily Nation (Kenya, nation.co.ke),
# and The Independent of Uganda (independent.co.ug) is not the British one (independent.co.uk).
OWN_BRAND = {"nation.cymru", "independent.co.ug"}


def brand(url):
    host = urlparse(url).hostname.lower().removeprefix("www.")
    if host in OWN_BRAND:
        return host
    labels = host.split(".")[:-1]  # without the top-level domain
    if len(labels) > 1 and labels[-1] in SECOND_LEVEL and len(urlparse(url).hostname.rsplit(".", 1)[1]) == 2:
        labels = labels[:-1]
    return labels[-1]


def main():
    splits, problems = {}, []
    for split, files in PARTS.items():
        docs = []
        for name in files:
            with open(name, encoding="utf-8") as f:
                docs.extend(json.loads(line) for line in f if line.strip())
        splits[split] = docs
        with open(f"realnews-{split}.jsonl", "w", encoding="utf-8") as out:
            for d in docs:
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
    owner = {}
    for split, docs in splits.items():
        for d in docs:
            b = brand(d["url"])
            if owner.setdefault(b, split) != split:
                problems.append(f"outlet {b} ({d['id']}) is in {owner[b]} and {split}")
        if len(docs) < MINIMUM[split]:
            problems.append(f"{split}: {len(docs)} articles, fewer than {MINIMUM[split]}")
    ids = Counter(d["id"] for docs in splits.values() for d in docs)
    problems += [f"document id {i} appears {n} times" for i, n in ids.items() if n > 1]
    every = [d for docs in splits.values() for d in docs]
    for split, docs in splits.items():
        print(f"{split:5} {len(docs):3} articles {sum(len(d['attributions']) for d in docs):4} attributions "
              f"{len({brand(d['url']) for d in docs}):3} outlets  topics {dict(Counter(d['topic'] for d in docs))}")
    print(f"all   {len(every):3} articles {sum(len(d['attributions']) for d in every):4} attributions "
          f"{len({brand(d['url']) for d in every}):3} outlets, countries {dict(Counter(d['country'] for d in every))}")
    for p in problems:
        print("problem:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
