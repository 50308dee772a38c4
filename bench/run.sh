#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the benchmarks in a Release tree and prints one table: each Sitrep figure beside its peer.
# Usage: bench/run.sh [benchmark-name-filter]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SITREP_BENCH_BUILD_DIR:-$root/build-bench}"
"$root/tools/ensure-deps.sh"
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSITREP_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target benchmarks

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
for executable in "$build"/bench/bench_*; do
    [[ -f "$executable" && -x "$executable" ]] || continue
    name="$(basename "$executable")"
    [[ -z "${1:-}" || "$name" == *"$1"* ]] || continue
    echo "running $name ..." >&2
    "$executable" --benchmark_format=json --benchmark_out="$results/$name.json" \
        --benchmark_out_format=json >/dev/null
done
python3 "$root/bench/report.py" "$results"/*.json
