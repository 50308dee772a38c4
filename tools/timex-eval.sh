#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Scores the date engine on the TempEval-3 development corpora in ../shared (TimeBank, AQUAINT):
# runs `sitrep-cli timex --jsonl` on each file and on both as one corpus (the figure the targets are
# set on) and prints the scorer's strict/relaxed/value F1.
# Usage: tools/timex-eval.sh [scorer options, e.g. --errors N]   Environment: SITREP_BUILD_DIR (default build/).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SITREP_BUILD_DIR:-$root/build}"
shared="$root/../shared"
cli="$build/app/sitrep-cli"
[[ -x "$cli" ]] || cli="$(find "$build" -name sitrep-cli -type f -perm -u+x | head -n 1)"
[[ -x "$cli" ]] || { echo "timex-eval.sh: build sitrep-cli first (tools/build.sh)" >&2; exit 1; }
[[ -d "$shared/corpus/timebank" ]] || { echo "timex-eval.sh: $shared/corpus/timebank is absent" >&2; exit 1; }

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cat "$shared"/corpus/timebank/*.jsonl >"$out/combined.gold"
for gold in "$shared"/corpus/timebank/*.jsonl "$out/combined.gold"; do
    name="$(basename "$gold" .jsonl)"
    name="${name%.gold}"
    "$cli" timex --jsonl "$gold" >"$out/$name.out"
    echo "== $name"
    python3 "$shared/eval/score_timex.py" "$gold" "$out/$name.out" "$@"
done
