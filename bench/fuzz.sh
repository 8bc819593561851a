#!/usr/bin/env bash
# The long fuzz run: every reader of Sayer (text, HTML, JSONL, gold JSONL, UIMA XMI, zip, the corpus
# index, packs) with Jazzer, each in a JVM of its own, until it has run EXECUTIONS inputs or for
# DURATION, whichever comes first; then one line per reader: executions next to the target,
# executions/s, crashes (an exception, a hang or running out of memory), and the share of accepted
# documents the oracle had checked before (and so did not check again; "-" where no document was
# accepted or the reader has no document oracle). On a shared machine, run it as nice -n 19 bench/fuzz.sh.
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
# its part of the log; libFuzzer's "#N" status lines count its executions, "Done N runs in S
# second(s)" ends it, and libFuzzer writes each crash, hang (timeout) or out-of-memory input it
# finds as crash-*, timeout-* or oom-* ("Test unit written to ...").
printf "%-26s %12s %12s %9s %8s %7s\n" reader executions target exec/s crashes repeats
awk -v target="$executions" '
    function report() {
        if (reader == "") return
        verdict = crashes > 0 ? "FINDING" : (runs >= target ? "target met" : "below target")
        rows[++count] = reader; line[reader] = sprintf("%12d %12d %9.0f %8d", runs, target, (seconds > 0 ? runs / seconds : 0), crashes)
        verdicts[reader] = verdict
        reader = ""
    }
    # The oracle speaks as its JVM exits, which may be after the next reader started: it names its reader.
    match($0, /Oracle \([A-Za-z]+\): [0-9]+ accepted documents, [0-9]+ of them/) {
        split(substr($0, RSTART, RLENGTH), counts, " "); sub(/^\(/, "", counts[2]); sub(/\):$/, "", counts[2])
        repeats[counts[2]] = sprintf("%.0f%%", 100 * counts[6] / counts[3])
    }
    /Running org\.sayer\./ { report(); sub(/.*Running /, ""); reader = $0; sub(/.*\./, "", reader); runs = 0; seconds = 0; crashes = 0 }
    /^#[0-9]+[ \t]/ { n = substr($1, 2) + 0; if (n > runs) runs = n }
    /^Done [0-9]+ runs in [0-9]+ second/ { runs = $2; seconds = $5 }
    /Test unit written to .*\/(crash|timeout|oom|leak)-/ { crashes++ }
    END {
        report()
        for (i = 1; i <= count; i++) {
            printf "%-26s %s %7s  %s\n", rows[i], line[rows[i]], (rows[i] in repeats ? repeats[rows[i]] : "-"), verdicts[rows[i]]
        }
    }
' "$log"
grep -E "Tests run:.*(FAILURE|ERROR)|FuzzTestFindingException" "$log" | sort -u || true
[ "$status" -eq 0 ] && echo "0 findings" || echo "findings or failures: see $log and the crash-* files under bundles/org.sayer.fuzz/src/test/resources"
exit "$status"
