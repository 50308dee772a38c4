#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs missing dependencies, configures once and builds incrementally.
# Environment: SITREP_BUILD_DIR (default build/), SITREP_CMAKE_ARGS (extra configure arguments,
# applied when the build folder is first configured or when they change).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SITREP_BUILD_DIR:-$root/build}"
"$root/tools/ensure-deps.sh"

stamp="$build/.sitrep-cmake-args"
args="${SITREP_CMAKE_ARGS:-}"
if [[ ! -f "$build/CMakeCache.txt" || "$(cat "$stamp" 2>/dev/null)" != "$args" ]]; then
    # shellcheck disable=SC2086
    cmake -S "$root" -B "$build" -G Ninja $args
    printf '%s' "$args" >"$stamp"
fi
cmake --build "$build" --parallel "$(nproc)"
