#!/usr/bin/env bash
# The corpus cost model of the Spark job (issue 15): throughput of ./sayer spark annotate on
# local[1] and local[2] against ./sayer annotate on the same input, the overhead per partition,
# the memory of the executor JVM, and the projection to 10 million articles on 10 nodes x 16 cores.
#
#   bench/spark-bench.sh [COUNT] [PARTITIONS]    e.g. bench/spark-bench.sh 100000 40
#
# COUNT articles of about 2,000 characters (default 100,000) are made from the real-news gold texts
# (bench/spark/make_articles.py). Every run is pinned with taskset: "1 core" runs see one CPU, so
# ./sayer annotate runs one worker there, and local[1] gets no help from a second core. PARTITIONS
# (default 20) is the run that measures what one more partition costs. Figures are printed next to
# their targets; the work folder is bench/out/spark (SPARK_BENCH_DIR to change it).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-100000}"
many="${2:-20}"
work="${SPARK_BENCH_DIR:-$root/bench/out/spark}"
rm -rf "$work"
mkdir -p "$work"
python3 "$root/bench/spark/make_articles.py" "$count" "$work/articles.jsonl"
head -n 20 "$work/articles.jsonl" > "$work/warm-up.jsonl"

# Build both (when needed) outside the timed runs.
"$root/sayer" annotate "$work/warm-up.jsonl" --out "$work/warm-up-cli.jsonl" --format jsonl 2>/dev/null
"$root/sayer" spark annotate "$work/warm-up.jsonl" "$work/warm-up-spark" --master 'local[1]' 2>/dev/null

seconds=()
# run NAME CPUS COMMAND...: wall seconds, peak resident memory and CPU seconds (user + system) of the JVM
# (./sayer execs java), and the log. On a shared machine the CPU seconds are the fairer figure: wall
# time there measures the other processes' share of the core as much as the run's own work.
run() {
    local name="$1" cpus="$2"
    shift 2
    local start end
    start=$(date +%s%N)
    if ! taskset -c "$cpus" /usr/bin/time -f '%M %U %S' -o "$work/$name.rss" "$@" >"$work/$name.log" 2>&1; then
        echo "spark-bench: $name failed; see $work/$name.log" >&2
        tail -n 5 "$work/$name.log" >&2
    fi
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000000 ))" > "$work/$name.ms"
}
rate() { awk -v n="$count" -v ms="$(cat "$work/$1.ms")" 'BEGIN { printf "%.1f", n / (ms / 1000) }'; }
rss() { awk '{ printf "%.0f", $1 / 1024 }' "$work/$1.rss"; }
cpu() { awk '{ printf "%.1f", $2 + $3 }' "$work/$1.rss"; }

run cli-1core 0 "$root/sayer" annotate "$work/articles.jsonl" --out "$work/cli-1core.jsonl" --format jsonl
run cli-2cores 0,1 "$root/sayer" annotate "$work/articles.jsonl" --out "$work/cli-2cores.jsonl" --format jsonl
run spark-local1 0 "$root/sayer" spark annotate "$work/articles.jsonl" "$work/spark-local1" --master 'local[1]'
run spark-local2 0,1 "$root/sayer" spark annotate "$work/articles.jsonl" "$work/spark-local2" --master 'local[2]'
run spark-local2-many 0,1 "$root/sayer" spark annotate "$work/articles.jsonl" "$work/spark-local2-many" --master 'local[2]' --partitions "$many"

summary() { grep -o 'read [0-9]* records; wrote [0-9]* documents, [0-9]* failed; [0-9]* pipelines ([0-9.]* s each to start)' "$work/$1.log"; }
per_task() { grep -o '([0-9.]* documents/s per task)' "$work/$1.log" | grep -o '[0-9.]*' | head -n 1; }
lost() { # input records - written - failed, and written - gold lines
    local s written failed records lines
    s="$(summary "$1")"
    records=$(echo "$s" | sed -E 's/read ([0-9]+) records.*/\1/')
    written=$(echo "$s" | sed -E 's/.*wrote ([0-9]+) documents.*/\1/')
    failed=$(echo "$s" | sed -E 's/.*documents, ([0-9]+) failed.*/\1/')
    lines=$(cat "$work/$1/gold/"*.jsonl | wc -l)
    echo "$(( count - written - failed )) $(( records - count )) $(( written - lines ))"
}

echo
echo "Spark cost model: $count articles ($(du -m "$work/articles.jsonl" | cut -f1) MB of JSONL), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-40s %10s %12s %10s %10s %14s\n' "run" "seconds" "articles/s" "peak RSS MB" "CPU s" "articles/CPU s"
for name in cli-1core cli-2cores spark-local1 spark-local2 spark-local2-many; do
    printf '%-40s %10.1f %12s %10s %10s %14s\n' "$name" "$(awk -v ms="$(cat "$work/$name.ms")" 'BEGIN { print ms / 1000 }')" \
        "$(rate "$name")" "$(rss "$name")" "$(cpu "$name")" "$(awk -v n="$count" -v c="$(cpu "$name")" 'BEGIN { printf "%.1f", n / c }')"
done
for name in spark-local1 spark-local2 spark-local2-many; do
    echo "$name: $(summary "$name"); annotating alone: $(per_task "$name") documents/s per task"
done
l1=$(rate spark-local1); l2=$(rate spark-local2); c1=$(rate cli-1core)
awk -v l1="$l1" -v l2="$l2" -v c1="$c1" 'BEGIN {
    printf "local[2] / local[1]             %.2f   (target >= 1.80)\n", l2 / l1
    printf "local[1] / ./sayer annotate 1 core %.2f (target >= 0.80)\n", l1 / c1 }'
awk -v s="$(cpu spark-local1)" -v c="$(cpu cli-1core)" 'BEGIN {
    printf "the same per CPU second              %.2f (./sayer annotate CPU s / local[1] CPU s; fairer under load)\n", c / s }'
ms2=$(cat "$work/spark-local2.ms"); msmany=$(cat "$work/spark-local2-many.ms")
p2=$(summary spark-local2 | sed -E 's/.* ([0-9]+) pipelines.*/\1/'); pmany=$(summary spark-local2-many | sed -E 's/.* ([0-9]+) pipelines.*/\1/')
awk -v a="$ms2" -v b="$msmany" -v pa="$p2" -v pb="$pmany" 'BEGIN {
    printf "overhead per partition           %.2f s of wall time on 2 cores ((%d partitions - %d partitions) runs)\n", (b - a) / 1000 / (pb - pa) * 2, pb, pa }'
for name in spark-local1 spark-local2 spark-local2-many; do
    read -r lost extra unwritten <<<"$(lost "$name")"
    echo "$name: documents lost $lost, records beyond the input $extra, written but not in gold $unwritten (target 0 0 0)"
done
# 10 million articles on 10 nodes of 16 cores (160 task slots): at the end-to-end rate per core of
# local[2] (Spark's start, reading, writing and figures included, which a large run spreads thinner),
# and at the rate of annotating alone per task of local[2].
awk -v l2="$l2" -v task="$(per_task spark-local2)" 'BEGIN {
    slots = 160; articles = 10000000
    per_core = l2 / 2
    printf "projection: 10,000,000 articles on 10 x 16 cores at %.1f articles/s per core end to end: %.1f h, %.0f core-hours\n",
        per_core, articles / (per_core * slots) / 3600, articles / per_core / 3600
    printf "projection: the same at %.1f articles/s per task annotating alone: %.1f h, %.0f core-hours\n",
        task, articles / (task * slots) / 3600, articles / task / 3600 }'
