#!/usr/bin/env bash
# Cross-validation of the attribution model over the real-news train split's batches (train_*.jsonl),
# which share no outlet: for each batch, ./sayer train on the others and the older gold sets, then
# ./sayer annotate the batch; the pooled predictions are scored against the whole train split.
# Choices about rules are checked here as well as on dev (docs/attribution-model.md).
#
#   bench/crossvalidate.sh            prints end-to-end P / R / F1 and INDIRECT recall
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$root/bundles/org.sayer.pipeline.tests/data"
work="${CV_DIR:-$root/bench/out/crossvalidate}"
rm -rf "$work"
mkdir -p "$work"
batches=$(cd "$data/realnews" && ls train_*.jsonl | sed 's/^train_\(.*\)\.jsonl$/\1/')
for batch in $batches; do
    others=()
    for other in $batches; do
        [ "$other" = "$batch" ] || others+=("$data/realnews/train_$other.jsonl")
    done
    "$root/sayer" train "${others[@]}" "$data/dev.jsonl" "$data/heldout.jsonl" "$data/blind.jsonl" "$data/fresh.jsonl" \
        --out "$work/model-$batch.bin" >"$work/train-$batch.log" 2>&1
    "$root/sayer" annotate "$data/realnews/train_$batch.jsonl" --model "$work/model-$batch.bin" --format jsonl \
        --out "$work/pred-$batch.jsonl" >"$work/annotate-$batch.log" 2>&1
done
for batch in $batches; do cat "$work/pred-$batch.jsonl"; done > "$work/pred.jsonl"
"$root/sayer" eval --gold "$data/realnews/realnews-train.jsonl" --pred "$work/pred.jsonl" > "$work/report.txt"
echo "train split, cross-validation by batch ($(echo $batches | wc -w) folds; P / R / F1):"
grep -E '^end-to-end |^INDIRECT +end-to-end' "$work/report.txt"
