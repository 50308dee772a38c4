#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the main window on the bundled sample articles to docs/screenshot.png, as a user sees it
# on first start (a fresh default project), under Xvfb when there is no display.
# Usage: tools/screenshot.sh [OUTPUT.png]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
output="${1:-$root/docs/screenshot.png}"
"$root/tools/build.sh" >/dev/null
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
app="${SITREP_BUILD_DIR:-$root/build}/app/sitrep"
if [[ -n "${DISPLAY:-}" ]]; then
    "$app" --screenshot "$output"
else
    xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --screenshot "$output"
fi
echo "wrote $output"
