#!/usr/bin/env bash
# pix2pix on the built-in edges → Fashion-MNIST task (issue 15's acceptance): trains the spec with
# ./ganforge train, then scores the untrained generator (step 0) and the trained one with the
# metric 'translation' on the held-out test split (Sobel edges of the 10 000 Fashion-MNIST test
# images → the images): mean L1 and PSNR against the true images, and how often the classifier
# of classifier-fid (trained once on the training images, then cached) reads a translation as its
# source's class, beside the real images' own rate. Prints the machine, the load, the wall times
# and a markdown table.
#
# Usage: bench/pix2pix-edges.sh [SPEC.yaml [STEPS [OUT]]]
#   default: dsl-examples/yaml/pix2pix-edges-fashion.yaml (1×32×32, U-Net G, PatchGAN D), 2000 steps
#   of 32 pairs (16 minutes of training on 2 cores at load average 8; bench/RESULTS.md), runs/bench-pix2pix-edges.
#   GANFORGE_THREADS: intra-op threads (default 2).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-env.sh"
spec="${1:-dsl-examples/yaml/pix2pix-edges-fashion.yaml}"
steps="${2:-2000}"
out="${3:-runs/bench-pix2pix-edges}"
threads="${GANFORGE_THREADS:-2}"
[[ -x ./ganforge && -d cli/target/lib ]] || mvn -B -q package -DskipTests
describe_machine
rm -rf "$out"
started=$(date +%s)
./ganforge train "$spec" --out "$out" --threads "$threads" --steps "$steps" > "$out.train.log" 2>&1
trained=$(date +%s)
./ganforge evaluate "$out" --step 0 --metric translation --threads "$threads" > "$out.eval0.txt" 2>&1
./ganforge evaluate "$out" --metric translation --threads "$threads" > "$out.eval.txt" 2>&1
finished=$(date +%s)
echo "load after: $(uptime | sed 's/.*load average/load average/')"
echo "wall time: training $((trained - started)) s, both evaluations $((finished - trained)) s, total $((finished - started)) s"
figure() { # figure NAME FILE: the value of 'NAME: x' in an evaluate output
  sed -n "s/^$1: *\([0-9.eE+-]*\).*/\1/p" "$2" | head -n 1
}
row() { # row LABEL FILE
  echo "| $1 | $(figure l1 "$2") | $(figure psnr "$2") | $(figure class-rate "$2") | $(figure real-class-rate "$2") |"
}
echo "| generator | mean L1 | PSNR (dB) | class rate | real images' class rate |"
echo "|---|---|---|---|---|"
row "untrained (step 0)" "$out.eval0.txt"
row "trained ($(tail -n 1 "$out/history.csv" | cut -d, -f1) steps)" "$out.eval.txt"
echo "grid (edges | translation | image): $out/samples/$(ls "$out/samples" | sort | tail -n 1)"
