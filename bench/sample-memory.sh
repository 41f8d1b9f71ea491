#!/usr/bin/env bash
# Peak RSS of `ganforge sample` for 1 000, 10 000 and 50 000 samples of one short-trained run:
# sampling generates --batch samples at a time and writes them as they come, so peak RSS should
# not grow with --count (issue 19: --count 10000 once ran a 24 GB machine out of memory).
# Trains SPEC for STEPS steps into a temporary folder, then samples each count in its own JVM
# under /usr/bin/time -v and prints a markdown table.
# Usage: bench/sample-memory.sh [SPEC.yaml [STEPS [COUNT...]]]
#   default: dsl-examples/yaml/seed-000-mnist-dcgan.yaml (Debian's dataset-fashion-mnist),
#   20 steps, counts 1000 10000 50000. Without Fashion-MNIST, give
#   dsl-examples/yaml/shapes-dcgan.yaml (drawn in code).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-env.sh"
build_bench engine,plugins
spec="${1:-dsl-examples/yaml/seed-000-mnist-dcgan.yaml}"
steps="${2:-20}"
shift $(( $# > 2 ? 2 : $# ))
counts=("$@")
if (( ${#counts[@]} == 0 )); then
  counts=(1000 10000 50000)
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
describe_machine
describe_malloc
./ganforge train "$spec" --steps "$steps" --out "$work/run" > /dev/null 2> "$work/train.log" \
  || { echo "training $spec failed:" >&2; tail -n 5 "$work/train.log" >&2; exit 1; }
echo
echo "| spec | samples | peak RSS (MB) | wall time (s) | IDX or CSV file (MB) |"
echo "|---|---|---|---|---|"
for count in "${counts[@]}"; do
  out="$work/samples-$count.png"
  if ! grep -q 'shape: \[[0-9]*, [0-9]*, [0-9]*\]' "$work/run/spec.yaml"; then
    out="$work/samples-$count.csv"
  fi
  /usr/bin/time -v ./ganforge sample "$work/run" --count "$count" --out "$out" > /dev/null 2> "$work/time-$count.txt" \
    || { echo "sampling $count failed:" >&2; tail -n 30 "$work/time-$count.txt" >&2; exit 1; }
  peak_kb="$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$work/time-$count.txt")"
  wall="$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time-$count.txt")"
  written="$out"
  for idx in "$work"/samples-"$count"-images-idx*-ubyte; do
    [[ -f "$idx" ]] && written="$idx"
  done
  printf '| %s | %d | %d | %s | %.1f |\n' "$(basename "$spec" .yaml)" "$count" $(( peak_kb / 1024 )) "$wall" \
    "$(echo "$(stat -c %s "$written") / 1048576" | bc -l)"
  rm -f "$work"/samples-"$count"*
done
