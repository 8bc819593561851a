#!/usr/bin/env bash
# Runs one benchmark and prints its figures:
#
#   bench/run.sh NAME [ARGS...]     e.g. bench/run.sh ModelBench
#   bench/run.sh --list             the benchmarks there are
#
# Benchmarks are plain Java mains in bench/src (package org.sayer.bench). They run on an ordinary
# class path made of the built product's bundles, since model, io and pipeline work outside OSGi.
# The product is (re)built first when the sources changed, as ./sayer does. BENCH_HEAP sets -Xmx
# (default 512m); BENCH_JAVA_OPTS adds JVM flags, e.g. a profile:
#   BENCH_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/io.jfr,settings=profile bench/run.sh IoBench 100000
# UI benchmarks need a display (xvfb-run -a bench/run.sh ...).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="$root/bench/src"

if [ "${1:-}" = "--list" ] || [ $# -eq 0 ]; then
    echo "Benchmarks (bench/run.sh NAME):"
    find "$src" -name '*Bench.java' -printf '  %f\n' | sed 's/\.java$//' | sort
    exit 0
fi
name="$1"
shift

# Build (or reuse) the product through ./sayer's own check, then take its bundles as the class path.
"$root/sayer" --help >/dev/null
plugins="$root/releng/org.sayer.product/target/products/org.sayer.product/linux/gtk/x86_64/sayer/plugins"
classpath="$(find "$plugins" -maxdepth 1 -name '*.jar' | sort | tr '\n' ':')"

java_home="${JAVA_HOME:?set JAVA_HOME to a JDK 21+ (./sayer explains)}"
out="$root/bench/out/classes"
rm -rf "$out" && mkdir -p "$out"
find "$src" -name '*.java' > "$root/bench/out/sources.txt"
"$java_home/bin/javac" -nowarn -d "$out" -cp "$classpath" @"$root/bench/out/sources.txt"
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS holds several flags
exec "$java_home/bin/java" -Xmx"${BENCH_HEAP:-512m}" ${BENCH_JAVA_OPTS:-} -cp "$out:$classpath" "org.sayer.bench.$name" "$@"
