#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# README command 1: install dependencies, build, and open Sitrep. On first start Sitrep creates its
# default project in the user's data folder with the bundled sample articles.
# Arguments are passed to sitrep (e.g. --project FILE).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/tools/build.sh"
exec "${SITREP_BUILD_DIR:-$root/build}/app/sitrep" "$@"
