#!/usr/bin/env bash
# Starts the materialized product as a user would (its own launcher script, its own bundles) and
# checks that it comes up: the headless commands answer, and the workbench opens its "Sayer"
# window on the sample corpus without logging an error. Catches what the UI tests cannot, since
# those run in tycho-surefire's runtime: a bundle missing from the feature, a fragment that does
# not resolve, CSS that does not load. Needs an X display (run the build under xvfb-run -a).
#
#   smoke-test.sh PRODUCT_DIR SAMPLES_DIR
set -euo pipefail
product="$1"
samples="$2"
work="$(mktemp -d)"
trap 'kill "${app:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

fail() {
    echo "PRODUCT SMOKE TEST FAILED: $*" >&2
    [ -f "$work/out.log" ] && sed 's/^/  app: /' "$work/out.log" | tail -n 40 >&2
    [ -f "$work/home/workspace/.metadata/.log" ] && sed 's/^/  log: /' "$work/home/workspace/.metadata/.log" | tail -n 40 >&2
    exit 1
}

[ -x "$product/sayer" ] || fail "no launcher script at $product/sayer"
[ -n "${DISPLAY:-}" ] || fail "no X display; run the build under xvfb-run -a"

help="$("$product/sayer" --help 2>&1)" || fail "sayer --help exited with an error: $help"
grep -q "annotate" <<<"$help" || fail "sayer --help does not list the headless commands: $help"

SAYER_HOME="$work/home" SAYER_SEED="$samples" "$product/sayer" open "$work/corpus" >"$work/out.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do
    kill -0 "$app" 2>/dev/null || fail "the workbench exited before its window came up"
    if [ -f "$work/corpus/corpus.xmi" ] && xwininfo -root -tree 2>/dev/null | grep -q '"Sayer"'; then
        sleep 2
        kill -0 "$app" 2>/dev/null || fail "the workbench exited right after its window came up"
        if grep -q "^!ENTRY .* 4 " "$work/home/workspace/.metadata/.log" 2>/dev/null; then
            fail "the workbench logged errors"
        fi
        if grep -qiE "exception|could not|not found|missing" "$work/out.log"; then
            fail "the workbench printed errors"
        fi
        echo "Product smoke test passed: 'sayer --help' works and the Sayer window opened on the sample corpus."
        exit 0
    fi
    sleep 0.5
done
fail "no Sayer window on the sample corpus within 60 s"
