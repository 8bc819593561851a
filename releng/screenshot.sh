#!/usr/bin/env bash
# Starts the Sayer workbench under a virtual X display and writes a PNG of the screen: a look at
# what a user sees, without a desktop. Needs xvfb and imagemagick (apt-get install xvfb imagemagick).
#
#   releng/screenshot.sh [OUT.png] [ARGS for ./sayer, e.g. open DIR]
#
# SAYER_SHOT_WAIT (seconds, default 20) is how long the window may take to come up.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(readlink -f "${1:-$root/sayer-screenshot.png}")"
shift || true
for tool in Xvfb import; do
    command -v "$tool" >/dev/null 2>&1 || { echo "screenshot.sh: $tool is missing (apt-get install xvfb imagemagick)" >&2; exit 1; }
done

display_number=$((90 + RANDOM % 100))
Xvfb ":$display_number" -screen 0 1280x820x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
log="$(mktemp)"
cleanup() {
    [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null || true
    kill "$xvfb_pid" 2>/dev/null || true
    rm -f "$log"
}
trap cleanup EXIT
sleep 1

DISPLAY=":$display_number" "$root/sayer" "$@" >"$log" 2>&1 &
app_pid=$!

# The window is up once the screen is no longer one flat colour.
deadline=$((SECONDS + ${SAYER_SHOT_WAIT:-20}))
while [ $SECONDS -lt $deadline ]; do
    sleep 2
    if ! kill -0 "$app_pid" 2>/dev/null; then
        echo "screenshot.sh: Sayer exited before its window came up:" >&2
        cat "$log" >&2
        exit 1
    fi
    colours="$(import -display ":$display_number" -window root -format '%k' info: 2>/dev/null || echo 1)"
    if [ "${colours:-1}" -gt 50 ]; then
        sleep 3   # let the parts finish painting
        break
    fi
done
import -display ":$display_number" -window root "$out"
echo "$out"
