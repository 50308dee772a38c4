#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores `sitrep-cli timex` on the held-out date batteries in tools/eval/timex-heldout/.

Each battery holds news-like documents written for this project in the style of one genre (docs.jsonl) and
their TIMEX3 annotation, fixed before the engine was run on them and adjudicated after (expected.jsonl).
Expressions marked "required": false are neither counted nor charged. For each battery the script prints the
required expressions, how many the engine found (a system span overlapping each, aligned one to one) and how
many it also normalized to the expected value, and the system expressions that overlap none. Midnight may be written
either way: 2025-03-01T24:00 is 2025-03-02T00:00.
Usage: tools/eval/timex-heldout.py [--cli build/app/sitrep-cli] [--list] [BATTERY ...]
"""
import argparse
import datetime
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HELDOUT = os.path.join(ROOT, "tools", "eval", "timex-heldout")


def load(lines):
    return {d["id"]: d for d in (json.loads(line) for line in lines if line.strip())}


def instant(value):
    """A value with midnight written as the start of the next day, so that the two spellings compare equal."""
    if len(value) == 16 and value.endswith("T24:00"):
        try:
            return (datetime.date.fromisoformat(value[:10]) + datetime.timedelta(days=1)).isoformat() + "T00:00"
        except ValueError:
            return value
    return value


def score(expected, system, listing):
    counts = dict(required=0, found=0, correct=0, spurious=0)
    for doc_id, doc in expected.items():
        gold = doc["timexes"]
        found = system.get(doc_id, {}).get("timexes", [])
        pairs = []
        for gi, g in enumerate(gold):
            for si, s in enumerate(found):
                overlap = min(g["end"], s["end"]) - max(g["start"], s["start"])
                if overlap > 0:
                    exact = g["start"] == s["start"] and g["end"] == s["end"]
                    pairs.append((not exact, -overlap, gi, si))
        pairs.sort()
        gold_to_system, used = {}, set()
        for _, _, gi, si in pairs:
            if gi not in gold_to_system and si not in used:
                gold_to_system[gi] = si
                used.add(si)
        for gi, g in enumerate(gold):
            if not g.get("required", True):
                continue
            counts["required"] += 1
            if gi not in gold_to_system:
                listing.append("MISS  %s %r %s" % (doc_id, g["text"], g["value"]))
                continue
            counts["found"] += 1
            s = found[gold_to_system[gi]]
            if instant(s["value"]) == instant(g["value"]):
                counts["correct"] += 1
            else:
                listing.append("VALUE %s %r=%s got %r=%s" % (doc_id, g["text"], g["value"], s["text"], s["value"]))
        for si, s in enumerate(found):
            if si not in used and not any(
                    min(g["end"], s["end"]) > max(g["start"], s["start"]) for g in gold):
                counts["spurious"] += 1
                listing.append("FP    %s %r=%s" % (doc_id, s["text"], s["value"]))
    return counts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default=os.path.join(ROOT, "build", "app", "sitrep-cli"))
    parser.add_argument("--list", action="store_true", help="print every miss, wrong value and spurious expression")
    parser.add_argument("batteries", nargs="*")
    args = parser.parse_args()
    names = args.batteries or sorted(os.path.basename(p) for p in glob.glob(os.path.join(HELDOUT, "b*")))
    total = dict(required=0, found=0, correct=0, spurious=0)
    for name in names:
        folder = os.path.join(HELDOUT, name)
        run = subprocess.run([args.cli, "timex", "--jsonl", os.path.join(folder, "docs.jsonl")],
                             capture_output=True, text=True, check=True)
        with open(os.path.join(folder, "expected.jsonl"), encoding="utf-8") as f:
            expected = load(f)
        listing = []
        counts = score(expected, load(run.stdout.splitlines()), listing)
        for key in total:
            total[key] += counts[key]
        print("%-6s required %4d  found %4d  value-correct %4d (%.1f%%)  spurious %d" % (
            name, counts["required"], counts["found"], counts["correct"],
            100.0 * counts["correct"] / max(counts["required"], 1), counts["spurious"]))
        if args.list:
            print("\n".join("  " + line for line in listing))
    print("%-6s required %4d  found %4d  value-correct %4d (%.1f%%)  spurious %d" % (
        "all", total["required"], total["found"], total["correct"],
        100.0 * total["correct"] / max(total["required"], 1), total["spurious"]))


if __name__ == "__main__":
    sys.exit(main())
