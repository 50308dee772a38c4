#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lists what `sitrep-cli places` gets wrong on a geoparsing corpus, grouped by cause (development use).

  SITREP_GEO_EVAL_KEEP=/tmp/geo tools/geo-eval.sh     # keeps the system output
  tools/geo-errors.py ../shared/corpus/geo/trnews.jsonl /tmp/geo/trnews.jsonl [wrong|points|fp|missed]

wrong   resolutions 161 km or more from gold, by the kind of entry chosen (city, admin1, country, area)
points  country, region and area entries whose point misses gold: how often, and both points, which
        tells a point convention (gold's country points) from a wrong choice
fp      predicted mentions that overlap no gold mention, most frequent first
missed  gold mentions that no prediction overlaps, most frequent first
Matching follows ../shared/eval/score_geo.py (overlap, one to one, largest overlap first).
"""
import collections
import json
import math
import sys


def km(a, b):
    p1, p2 = math.radians(a["lat"]), math.radians(b["lat"])
    dp, dl = p2 - p1, math.radians(b["lon"] - a["lon"])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def load(path):
    with open(path, encoding="utf-8") as f:
        return {str(d["id"]): d for d in map(json.loads, filter(str.strip, f))}


def pairs(gold, pred):
    cands = sorted((-(min(g["end"], p["end"]) - max(g["start"], p["start"])), gi, pi)
                   for gi, g in enumerate(gold) for pi, p in enumerate(pred)
                   if min(g["end"], p["end"]) > max(g["start"], p["start"]))
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def main():
    gold_docs, pred_docs = load(sys.argv[1]), load(sys.argv[2])
    mode = sys.argv[3] if len(sys.argv) > 3 else "wrong"
    wrong = collections.defaultdict(list)
    points = collections.defaultdict(lambda: [0, 0, None, None])
    false_hits, missed = collections.Counter(), collections.Counter()
    for did, doc in gold_docs.items():
        gold, pred = doc["toponyms"], pred_docs.get(did, {}).get("toponyms", [])
        matched = pairs(gold, pred)
        for gi, pi in matched:
            g, p = gold[gi], pred[pi]
            if g.get("lat") is None or p.get("lat") is None:
                continue
            error = km(g, p)
            if error >= 161:
                wrong[p.get("kind")].append((g["name"], p.get("canonical"), p.get("country"), round(error), did))
            if p.get("kind") in ("country", "admin1", "area"):
                row = points[(p["kind"], p.get("canonical"))]
                row[0] += 1
                row[1] += error >= 161
                row[2], row[3] = (g["lat"], g["lon"]), (p["lat"], p["lon"])
        hit_p = {pi for _, pi in matched}
        hit_g = {gi for gi, _ in matched}
        for pi, p in enumerate(pred):
            if pi not in hit_p:
                false_hits[f'{doc["text"][p["start"]:p["end"]]} -> {p.get("kind")}'] += 1
        for gi, g in enumerate(gold):
            if gi not in hit_g:
                missed[g["name"]] += 1
    if mode == "wrong":
        for kind, rows in sorted(wrong.items(), key=lambda kv: -len(kv[1])):
            print(f"== {kind}: {len(rows)}")
            for name, canonical, country, error, did in sorted(rows):
                print(f"  {name:28s} -> {canonical} ({country})  {error} km  {did}")
    elif mode == "points":
        for (kind, name), (n, bad, g, p) in sorted(points.items(), key=lambda kv: -kv[1][1]):
            if bad:
                print(f"{kind:8s} {name:32s} wrong {bad}/{n}  gold {g}  ours {p}")
    else:
        counter = false_hits if mode == "fp" else missed
        print(sum(counter.values()))
        for text, count in counter.most_common():
            print(count, text)


if __name__ == "__main__":
    sys.exit(main())
