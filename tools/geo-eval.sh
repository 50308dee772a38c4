#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs `sitrep-cli places` over the geoparsing development corpora in ../shared/corpus/geo and
# scores each with ../shared/eval/score_geo.py. Usage: tools/geo-eval.sh [extra sitrep-cli places options]
# Environment: SITREP_BUILD_DIR (default build/), SITREP_SHARED_DIR (default ../shared).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SITREP_BUILD_DIR:-$root/build}"
shared="${SITREP_SHARED_DIR:-$root/../shared}"
cli="$build/app/sitrep-cli"
if [[ ! -d "$shared/corpus/geo" ]]; then
    echo "geo-eval: $shared/corpus/geo not found (development corpora are not shipped)" >&2
    exit 1
fi
[[ -x "$cli" ]] || cmake --build "$build" --target sitrep-cli

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for corpus in "$shared"/corpus/geo/*.jsonl; do
    name="$(basename "$corpus" .jsonl)"
    "$cli" places --jsonl "$corpus" "$@" >"$out/$name.jsonl"
    echo "== $name"
    python3 "$shared/eval/score_geo.py" "$corpus" "$out/$name.jsonl"
    if [[ -n "${SITREP_GEO_EVAL_KEEP:-}" ]]; then
        mkdir -p "$SITREP_GEO_EVAL_KEEP"
        cp "$out/$name.jsonl" "$SITREP_GEO_EVAL_KEEP/"
    fi
done
