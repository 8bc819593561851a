#!/usr/bin/env bash
# Fault injection on the real product's headless commands. SIGKILL at a random moment during
# `import`, `export` and `annotate` into a corpus, then a full disk (a small tmpfs in a mount
# namespace of its own, so no root is needed) in the middle of each. After each fault:
# - `check` finds no damaged document;
# - the corpus lists exactly the documents of the last complete write, plus all or none of the
#   interrupted batch (import and annotate write the index once, at the end);
# - an export folder holds the earlier export or a complete new one, never a half one;
# - the next write sweeps what the fault left, and `check` is then clean.
#
#   releng/org.sayer.product/fault-test.sh [PRODUCT_DIR [KILLS]]     KILLS per command, default 2
#
# The build runs it on the materialized product after the kill test; without PRODUCT_DIR it uses
# (and if needed builds) the product that ./sayer runs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ $# -ge 1 ]; then
    product="$1"
else
    "$root/sayer" --help >/dev/null
    product="$root/releng/org.sayer.product/target/products/org.sayer.product/linux/gtk/x86_64/sayer"
fi
kills="${2:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SAYER_HOME="$work/home"

sayer() { "$product/sayer" "$@" 2> >(grep -v " \.\.\. " >&2); }
fail() { echo "fault-test: FAIL $*" >&2; exit 1; }
ids() { grep -o '<documents id="[^"]*"' "$1/corpus.xmi" | sed 's/.*id="//;s/"$//' | sort; }
# JSONL of COUNT short news documents with ids PREFIX00001...
news() {
    awk -v n="$2" -v p="$1" 'BEGIN { for (i = 1; i <= n; i++) printf "{\"id\": \"%s%05d\", \"text\": \"Budget row %d\\nThe minister said on Tuesday that the budget would be balanced by %d. \\\"We will not raise taxes,\\\" she told reporters, adding that spending would fall.\"}\n", p, i, i, 2000 + i % 50 }'
}
# No document check calls damaged; leftovers of the fault are allowed until the next write.
no_damage() {
    local out
    out="$(sayer check "$1" 2>&1)" || true
    if grep -qE "^(damaged|invalid): " <<<"$out"; then fail "$2: check finds damage: $out"; fi
}
clean() {
    local out
    out="$(sayer check "$1" 2>&1)" || fail "$2: check is not clean: $out"
}
# The corpus lists the documents of BEFORE, or those and all of BATCH (files of sorted ids).
all_or_none() {
    local now
    now="$(ids "$1")"
    if [ "$now" = "$(cat "$2")" ]; then echo none; return; fi
    if [ "$now" = "$(sort "$2" "$3")" ]; then echo all; return; fi
    fail "$4: the corpus lists $(wc -l <<<"$now") documents, neither the $(wc -l <"$2") before nor those and the $(wc -l <"$3") of the batch"
}
# Kills PID at a random moment within its first SECONDS (tenths).
kill_within() {
    sleep "$(awk -v s="$2" -v r="$RANDOM" 'BEGIN { printf "%.1f", s * r / 32768 }')"
    kill -9 "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

news a 300 >"$work/a.jsonl"
news b 3000 >"$work/b.jsonl"
news c 40 >"$work/c.jsonl"
news d 1 >"$work/d.jsonl"
grep -o '"id": "[^"]*"' "$work/b.jsonl" | sed 's/"id": "//;s/"$//' | sort >"$work/b.ids"
grep -o '"id": "[^"]*"' "$work/c.jsonl" | sed 's/"id": "//;s/"$//' | sort >"$work/c.ids"
sayer import "$work/a.jsonl" --out "$work/base" >/dev/null
ids "$work/base" >"$work/base.ids"
[ "$(wc -l <"$work/base.ids")" = 300 ] || fail "the base corpus has $(wc -l <"$work/base.ids") documents, not 300"
# A document annotated by hand stays as it is through every fault.
sayer export "$work/base" --format jsonl --out "$work/base-export" >/dev/null

# kill_write COMMAND CORPUS BATCH SECONDS: a copy of the base corpus, COMMAND of BATCH into it killed
# within SECONDS; then all or none of the batch, no damage, and the next write leaves it clean.
kill_write() {
    local command="$1" corpus="$work/$2" batch="$3" outcome
    rm -rf "$corpus" && cp -a "$work/base" "$corpus"
    sayer "$command" "$work/$batch.jsonl" --out "$corpus" >/dev/null 2>&1 &
    kill_within $! "$4"
    outcome="$(all_or_none "$corpus" "$work/base.ids" "$work/$batch.ids" "$command killed")"
    no_damage "$corpus" "$command killed"
    sayer import "$work/d.jsonl" --out "$corpus" >/dev/null
    clean "$corpus" "the write after a killed $command"
    echo "fault-test: $command killed (round $round): $outcome of the batch, no damage, clean after the next write"
}

for round in $(seq 1 "$kills"); do
    kill_write import c1 b 6

    rm -rf "$work/e1" && cp -a "$work/base-export" "$work/e1"
    sayer export "$work/c1" --format jsonl --out "$work/e1" >/dev/null 2>&1 &
    kill_within $! 5
    lines="$(wc -l <"$work/e1/documents.jsonl")"
    grep -q "\"documents\": $lines," "$work/e1/manifest.json" || fail "export killed: the export folder is not a whole export ($lines lines)"
    clean "$work/c1" "export killed"
    sayer export "$work/c1" --format jsonl --out "$work/e1" >/dev/null
    [ -z "$(ls -A "$work" | grep '\.e1\.export-' || true)" ] || fail "the export after a killed one left its temp folder"
    echo "fault-test: export killed (round $round): the folder holds a whole export ($lines documents), corpus clean"

    kill_write annotate c2 c 8
done

# A full disk: a tmpfs of the base corpus's size and a little more, in a mount namespace of our own.
if ! unshare --map-root-user --mount true 2>/dev/null; then
    echo "fault-test: SKIPPED the full disk (no user and mount namespaces here: unshare -rm fails)"
    exit 0
fi
size=$(( $(du -sk "$work/base" | cut -f1) + 600 ))
mkdir -p "$work/disk"
export -f sayer fail ids no_damage clean all_or_none
export product work size
unshare --map-root-user --mount bash -euo pipefail -c '
    mount -t tmpfs -o size=${size}k tmpfs "$work/disk"
    cp -a "$work/base" "$work/disk/corpus"
    # The message names the path the user gave, not a file inside it that Sayer was writing.
    full() { grep -q "$3: No space left on device" <<<"$1" || fail "$2: no \"$3: No space left on device\" message: $1"; }
    out="$(sayer import "$work/b.jsonl" --out "$work/disk/corpus" 2>&1)" && fail "import onto a full disk exited 0: $out"
    full "$out" "import onto a full disk" "$work/disk/corpus"
    [ "$(all_or_none "$work/disk/corpus" "$work/base.ids" "$work/b.ids" "import onto a full disk")" = none ] || fail "a failed import kept documents"
    clean "$work/disk/corpus" "import onto a full disk"
    echo "fault-test: full disk during import: non-zero exit, the message names the corpus, nothing of the batch, clean"

    out="$(sayer export "$work/disk/corpus" --format xmi --out "$work/disk/export" 2>&1)" && fail "export onto a full disk exited 0: $out"
    full "$out" "export onto a full disk" "$work/disk/export"
    [ ! -e "$work/disk/export" ] || fail "a failed export left its folder"
    clean "$work/disk/corpus" "export onto a full disk"
    echo "fault-test: full disk during export: non-zero exit, the message names the export folder, no export folder, corpus clean"

    out="$(sayer annotate "$work/b.jsonl" --out "$work/disk/corpus" 2>&1)" && fail "annotate onto a full disk exited 0: $out"
    full "$out" "annotate onto a full disk" "$work/disk/corpus"
    [ "$(all_or_none "$work/disk/corpus" "$work/base.ids" "$work/b.ids" "annotate onto a full disk")" = none ] || fail "a failed annotate kept documents"
    no_damage "$work/disk/corpus" "annotate onto a full disk"
    sayer import "$work/d.jsonl" --out "$work/disk/corpus" >/dev/null
    clean "$work/disk/corpus" "the write after a full disk"
    echo "fault-test: full disk during annotate: non-zero exit, the message names the corpus, nothing of the batch, clean after the next write"
'
echo "fault-test: PASS"
