#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs chrono-node from npm into a temporary folder and runs chrono-bench.mjs on a JSONL file.
# Usage: bench/chrono/run-chrono.sh DOCUMENTS.jsonl   (prints {"bytes","seconds","results","documents"})
# SITREP_CHRONO_DIR reuses an installation between runs.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
input="${1:?usage: run-chrono.sh DOCUMENTS.jsonl}"
command -v node >/dev/null && command -v npm >/dev/null || { echo "run-chrono.sh: node and npm are needed" >&2; exit 3; }

dir="${SITREP_CHRONO_DIR:-}"
if [[ -z "$dir" ]]; then
    dir="$(mktemp -d)"
    trap 'rm -rf "$dir"' EXIT
fi
if [[ ! -d "$dir/node_modules/chrono-node" ]]; then
    npm install --prefix "$dir" --no-audit --no-fund --silent chrono-node >&2
fi
node "$here/chrono-bench.mjs" "$input" "$dir/node_modules"
