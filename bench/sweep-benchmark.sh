#!/usr/bin/env bash
# Runs a sweep in embedded Spark with 1 and then 2 trials at once, each trial on one engine thread,
# from fresh folders, and reports the wall time of each and the leaderboard of the last.
# Usage: bench/sweep-benchmark.sh [SWEEP.yaml] [OUT-FOLDER]
#   (default: dsl-examples/sweeps/ring-losses.yaml into /tmp/sweep-benchmark)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-env.sh"
build_bench spark
sweep="${1:-dsl-examples/sweeps/ring-losses.yaml}"
out="${2:-/tmp/sweep-benchmark}"
mkdir -p "$out"
describe_machine
for parallel in 1 2; do
  rm -rf "$out/parallel-$parallel"
  started=$(date +%s.%N)
  ./ganforge sweep "$sweep" --out "$out/parallel-$parallel" --parallel "$parallel" --threads-per-trial 1 \
    2> "$out-parallel-$parallel.log"
  echo "parallel $parallel: $(echo "$(date +%s.%N) - $started" | bc) s wall; load after: $(uptime | sed 's/.*load average: //')"
done
cat "$out/parallel-2/leaderboard.csv"
