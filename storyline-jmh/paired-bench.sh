#!/bin/bash
# Paired runs: two benchmark jars measured at the same time, one per core, swapping cores every round, so that both
# meet the same host load; prints each pass and the mean of passes 2.. per jar.
#   storyline-jmh/paired-bench.sh OLD.jar NEW.jar [ROUNDS=3] [ARTICLES=15000] [PASSES=5] [STAGE=annotators]
# Run from the project root (the corpus is ../shared/bench/vietnews-30k.jsonl.gz, else generated articles). A jar
# older than ThreadCpuBench borrows the class from NEW.jar (OLD.jar first on the class path, so every other class is
# its own).
set -euo pipefail
old=$1 new=$2 rounds=${3:-3} articles=${4:-15000} passes=${5:-5} stage=${6:-annotators}
java=java
for j in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  if [ -n "$j" ] && [ -x "$j/bin/java" ] && "$j/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then java=$j/bin/java; break; fi
done
out=$(mktemp -d)
for r in $(seq 1 "$rounds"); do
  if [ $((r % 2)) = 1 ]; then ca=0; cb=1; else ca=1; cb=0; fi
  taskset -c $ca "$java" -Xmx3g -cp "$old:$new" dev.storyline.jmh.ThreadCpuBench "$articles" "$passes" "$stage" > "$out/a" 2>/dev/null &
  taskset -c $cb "$java" -Xmx3g -cp "$new" dev.storyline.jmh.ThreadCpuBench "$articles" "$passes" "$stage" > "$out/b" 2>/dev/null &
  wait
  grep pass "$out/a" | tail -n +2 | sed "s|^|old |"
  grep pass "$out/b" | tail -n +2 | sed "s|^|new |"
done | tee "$out/all"
awk '{s[$1]+=$(NF-3); n[$1]++} END {for (k in s) printf "%s mean %.0f articles per CPU-second over %d passes\n", k, s[k]/n[k], n[k]}' "$out/all" | sort -r
rm -rf "$out"
