#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# README command 2: install dependencies, build, and run the whole test suite (ends in CTest's summary).
# Arguments are passed to ctest (e.g. -L core, -R tst_projectstore).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SITREP_BUILD_DIR:-$root/build}"
"$root/tools/build.sh"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" "$@"
