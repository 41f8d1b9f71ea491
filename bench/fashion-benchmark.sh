#!/usr/bin/env bash
# Trains a Fashion-MNIST spec from scratch with ./ganforge train, then scores the untrained
# generator (step 0) and the trained one with classifier-fid, and prints one markdown row:
# steps, wall time of training, FID at step 0 and at the end, their ratio, and (for a
# conditional GAN) the classifier's accuracy on generated samples against the requested labels.
# Usage: bench/fashion-benchmark.sh SPEC.yaml [STEPS [OUT]]    (threads: GANFORGE_THREADS, default 2)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
spec="$1"
steps="${2:-}"
name="$(basename "$spec" .yaml)"
out="${3:-runs/bench-$name}"
threads="${GANFORGE_THREADS:-2}"
[[ -x ./ganforge && -d cli/target/lib ]] || mvn -B -q package -DskipTests
rm -rf "$out"
started=$(date +%s)
./ganforge train "$spec" --out "$out" --threads "$threads" ${steps:+--steps "$steps"} > "$out.train.log" 2>&1
trained=$(date +%s)
figure() { # figure NAME FILE: the value of 'NAME: x' in an evaluate output
  sed -n "s/^ *$1 *[:=] *\([0-9.eE+-]*\).*/\1/p" "$2" | head -n 1
}
./ganforge evaluate "$out" --step 0 --metric classifier-fid --threads "$threads" > "$out.eval0.txt" 2>&1
./ganforge evaluate "$out" --metric classifier-fid --threads "$threads" > "$out.eval.txt" 2>&1
fid0=$(figure fid "$out.eval0.txt")
fid=$(figure fid "$out.eval.txt")
accuracy=$(figure label-accuracy "$out.eval.txt")
ratio=$(awk -v a="$fid" -v b="$fid0" 'BEGIN { printf "%.3f", a / b }')
last=$(ls "$out/samples" | sort | tail -n 1)
echo "| spec | steps | train wall time | FID step 0 | FID trained | ratio | label accuracy | grid |"
echo "|---|---|---|---|---|---|---|---|"
echo "| $name | $(tail -n 1 "$out/history.csv" | cut -d, -f1) | $((trained - started)) s | $fid0 | $fid | $ratio | ${accuracy:-n/a} | $out/samples/$last |"
