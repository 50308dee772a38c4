#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores `sitrep-cli extract` on a gold event set (development use; needs ../shared).

Each text is extracted on its own with its publication date as the reference date (the development
texts carry no date of their own), the outputs are merged, and ../shared/eval/score_events.py scores
them. Usage: tools/eval/events-eval.py [--cli build/app/sitrep-cli] [GOLD_DIR TEXTS_DIR] [-- scorer args]
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default=os.path.join(ROOT, "build", "app", "sitrep-cli"))
    parser.add_argument("gold", nargs="?", default=os.path.join(SHARED, "corpus", "events-dev", "gold"))
    parser.add_argument("texts", nargs="?", default=os.path.join(SHARED, "corpus", "events-dev", "texts"))
    parser.add_argument("--out", help="keep the merged system output here")
    parser.add_argument("scorer_args", nargs="*")
    args = parser.parse_args()

    merged = {"articles": [], "events": []}
    next_id = 1
    for gold_path in sorted(glob.glob(os.path.join(args.gold, "*.json"))):
        with open(gold_path, encoding="utf-8") as handle:
            gold = json.load(handle)
        text = os.path.join(args.texts, gold.get("file", gold["id"] + ".txt"))
        command = [args.cli, "extract", text]
        if gold.get("published"):
            command[2:2] = ["--reference-date", gold["published"][:10]]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode not in (0, 1):
            sys.exit("%s failed: %s" % (" ".join(command), result.stderr))
        output = json.loads(result.stdout)
        ids = {}
        for article in output["articles"]:
            ids[article["id"]] = next_id
            article["id"] = next_id
            next_id += 1
            merged["articles"].append(article)
        for event in output["events"]:
            event["article"] = ids.get(event["article"], event["article"])
            merged["events"].append(event)

    out = args.out or tempfile.NamedTemporaryFile(suffix=".json", delete=False).name
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(merged, handle)
    scorer = os.path.join(SHARED, "eval", "score_events.py")
    sys.exit(subprocess.call([sys.executable, scorer, args.gold, args.texts, out] + args.scorer_args))


if __name__ == "__main__":
    main()
