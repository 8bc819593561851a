#!/usr/bin/env bash
# The long fuzz run: every reader of Sayer (text, HTML, JSONL, gold JSONL, UIMA XMI, zip, the corpus
# index, packs) with Jazzer, each in a JVM of its own, until it has run EXECUTIONS inputs or for
# DURATION, whichever comes first; then one line per reader: executions, executions/s, findings.
#
#   bench/fuzz.sh [EXECUTIONS [DURATION]]        default 1000000 and 2h per reader
#   FUZZ_ONLY=PackFuzzTest bench/fuzz.sh 100000   one reader (a surefire -Dtest pattern)
#
# A finding fails its test and is written as crash-<sha1> into its Inputs folder under
# bundles/org.sayer.fuzz/src/test/resources, where every later ./mvnw verify replays it. The inputs that reached new
# code stay in bundles/org.sayer.fuzz/.cifuzz-corpus/ (not committed) and seed the next run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
executions="${1:-1000000}"
duration="${2:-2h}"
cd "$root"
log="$root/bundles/org.sayer.fuzz/target/fuzz.log"
mkdir -p "$(dirname "$log")"
status=0
JAZZER_FUZZ=1 ./mvnw -o -B verify -pl bundles/org.sayer.fuzz -am -DskipTests=false -Dfuzz.reuseForks=false -Dtest="${FUZZ_ONLY:-*FuzzTest}" -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfuzz.executions="$executions" -Dfuzz.duration="$duration" >"$log" 2>&1 || status=$?
# Each reader runs in a JVM of its own, one after the other: surefire's "Running CLASS" line starts
# its part of the log, and libFuzzer's "Done N runs in S second(s)" ends it.
awk '
    /Running org\.sayer\./ { sub(/.*Running /, ""); reader = $0; sub(/.*\./, "", reader) }
    /^Done [0-9]+ runs in [0-9]+ second/ { printf "%-22s %12s runs in %6s s  %8.0f exec/s\n", reader, $2, $5, ($5 > 0 ? $2 / $5 : 0) }
' "$log"
grep -E "Tests run:.*(FAILURE|ERROR)|FuzzTestFindingException" "$log" | sort -u || true
[ "$status" -eq 0 ] && echo "0 findings" || echo "findings or failures: see $log and the crash-* files under bundles/org.sayer.fuzz/src/test/resources"
exit "$status"
