#!/usr/bin/env bash
# No lost work, tested with a real kill: starts the built product on a fresh copy of the sample
# corpus under its own Xvfb, opens the seed article, marks its first word as a speaker by keys
# (xdotool types real X events), waits for the recovery journal, kills the JVM with SIGKILL,
# starts Sayer again, answers "Restore" in the dialog it offers, and checks that the speaker
# mention is in the document file on disk. Needs xvfb and xdotool.
#
#   releng/org.sayer.product/kill-test.sh [PRODUCT_DIR]
#
# The build runs it on the materialized product after smoke-test.sh; without PRODUCT_DIR it uses
# (and if needed builds) the product that ./sayer runs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
command -v xdotool >/dev/null || { echo "kill-test: needs xdotool (apt-get install xdotool)" >&2; exit 2; }
if [ $# -ge 1 ]; then
    product="$1"
else
    "$root/sayer" --help >/dev/null
    product="$root/releng/org.sayer.product/target/products/org.sayer.product/linux/gtk/x86_64/sayer"
fi
work="$(mktemp -d)"
display=":$((100 + RANDOM % 400))"
Xvfb "$display" -screen 0 1280x900x24 >/dev/null 2>&1 &
xvfb=$!
app=""
cleanup() {
    [ -n "$app" ] && kill -9 "$app" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
export DISPLAY="$display"
export SAYER_HOME="$work/home"
sleep 1

start() {
    SAYER_SEED="$root/samples" "$product/sayer" open "$work/corpus" >"$work/sayer-$1.log" 2>&1 &
    app=$!
}
wait_window() {
    for _ in $(seq 1 120); do
        xdotool search --name "$1" 2>/dev/null | head -n 1 && return 0
        sleep 0.5
    done
    echo "kill-test: no window '$1' appeared" >&2
    exit 1
}

start first
main="$(wait_window '^Sayer$')"
sleep 5
# Open the first document of the navigator (the seed article) and mark its first word as a speaker.
# On a loaded machine the window may not take the first keys yet: try again, up to three times.
journal=""
for attempt in 1 2 3; do
    xdotool mousemove --window "$main" 60 171 click --repeat 2 1
    sleep $((2 * attempt))
    xdotool key --clearmodifiers ctrl+shift+Right
    sleep 0.3
    xdotool key s
    for _ in $(seq 1 40); do
        journal="$(ls -d "$work/corpus/.recovery/"*/ 2>/dev/null | head -n 1 || true)"
        [ -n "$journal" ] && break 2
        sleep 0.5
    done
    echo "kill-test: no recovery journal after attempt $attempt"
done
sleep 1
[ -n "$journal" ] || { echo "kill-test: FAIL no recovery journal was written" >&2; exit 1; }
kill -9 "$app"
wait "$app" 2>/dev/null || true
app=""
echo "kill-test: killed Sayer (SIGKILL) after the edit; journal $journal"
grep -q "SpeakerMention" "$work/corpus/documents/"*blinken* && { echo "kill-test: FAIL the edit was already saved, nothing to recover" >&2; exit 1; }

start second
dialog="$(wait_window 'Restore unsaved work')"
xdotool mousemove --window "$dialog" 20 20
sleep 0.5
xdotool key --window "$dialog" Return
wait_window '^Sayer$' >/dev/null
sleep 2
if grep -q 'xsi:type="sayer:SpeakerMention"' "$work/corpus/documents/"*blinken*; then
    echo "kill-test: PASS the speaker marked before the kill is back in $(ls "$work/corpus/documents/"*blinken*)"
else
    echo "kill-test: FAIL no speaker mention after restoring" >&2
    exit 1
fi
