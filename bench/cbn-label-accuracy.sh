#!/usr/bin/env bash
# Trains the class-conditional ResNet GAN of dsl-examples/yaml/cbn-fashion.yaml (class-conditional
# batch norm in the generator, projection critic) on Fashion-MNIST for a bounded CPU time, then
# prints its class-accuracy (1000 samples per class read by the classifier-fid classifier) and its
# classifier-FID (10 000 samples against the test split), for the untrained and the trained
# generator, as a markdown table.
#
# CPU time is the user + system seconds of the training processes (wall time stretches with other
# load on a shared machine, CPU time hardly). The run trains in two processes, since resume
# continues exactly: `ganforge train` for CALIBRATION_STEPS steps gives the CPU seconds per step
# (start-up included, so it overestimates the rate), then `ganforge resume` to the step that
# spends the rest of the budget at that rate.
#
# Usage: bench/cbn-label-accuracy.sh [CPU_SECONDS [SPEC.yaml]]
#   default: 780 CPU seconds; dsl-examples/yaml/cbn-fashion.yaml. GANFORGE_THREADS: threads
#   (default 2); CALIBRATION_STEPS (default 20); BENCH_OUT: the run's parent (default runs/cbn).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-env.sh"
budget="${1:-780}"
spec="${2:-dsl-examples/yaml/cbn-fashion.yaml}"
threads="${GANFORGE_THREADS:-2}"
calibration="${CALIBRATION_STEPS:-20}"
out_root="${BENCH_OUT:-runs/cbn}"
[[ -x ./ganforge && -d cli/target/lib ]] || mvn -B -q package -DskipTests
mkdir -p "$out_root"
describe_machine
echo "budget: $budget CPU seconds (user + system), $threads threads, calibration $calibration steps"

name="$(basename "$spec" .yaml)"
run="$out_root/$name"
rm -rf "$run" "$run".*
timed() { # timed PREFIX COMMAND...: COMMAND's output in PREFIX.log, its user, system, wall seconds in PREFIX.time
  local prefix="$1"
  shift
  /usr/bin/time -f "%U %S %e" -o "$prefix.time" "$@" > "$prefix.log" 2>&1 || {
    echo "failed: $* (see $prefix.log)" >&2
    tail -n 5 "$prefix.log" >&2
    exit 1
  }
}
cpu_of() { awk '{ printf "%.1f", $1 + $2 }' "$1.time"; }
wall_of() { awk '{ printf "%.0f", $3 }' "$1.time"; }
figure() { # figure NAME FILE: the value of 'NAME: x' in an evaluate output
  sed -n "s/^ *$1 *[:=] *\([0-9.eE+-]*\).*/\1/p" "$2" | head -n 1
}

timed "$run.1" ./ganforge train "$spec" --out "$run" --steps "$calibration" --threads "$threads"
spent="$(cpu_of "$run.1")"
wall="$(wall_of "$run.1")"
target="$(awk -v b="$budget" -v c="$spent" -v n="$calibration" 'BEGIN { printf "%d", n + (b - c) / (c / n) }')"
if (( target > calibration )); then
  timed "$run.2" ./ganforge resume "$run" --steps "$target" --threads "$threads"
  spent="$(awk -v a="$spent" -v b="$(cpu_of "$run.2")" 'BEGIN { printf "%.1f", a + b }')"
  wall="$(( wall + $(wall_of "$run.2") ))"
fi
steps="$(tail -n 1 "$run/history.csv" | cut -d, -f1)"
./ganforge describe "$spec" > "$run.describe.txt"
g_params="$(sed -n 's/^generator trainable parameters: //p' "$run.describe.txt")"
d_params="$(sed -n 's/^discriminator trainable parameters: //p' "$run.describe.txt")"
for at in 0 "$steps"; do
  ./ganforge evaluate "$run" --step "$at" --metric class-accuracy --metric classifier-fid --threads "$threads" \
    > "$run.eval$at.txt" 2>&1
done
row() { # row LABEL STEP: one table row of the evaluation at STEP
  echo "| $1 | $2 | $(figure class-accuracy "$run.eval$2.txt") | $(figure worst-class-accuracy "$run.eval$2.txt")" \
    "| $(figure label-accuracy "$run.eval$2.txt") | $(figure fid "$run.eval$2.txt") | $(figure classifier-accuracy "$run.eval$2.txt") |"
}
echo
echo "$name: G $g_params, D $d_params trainable parameters; $steps steps of batch 64 in $spent CPU s ($wall s wall)"
echo
echo "| generator | step | class-accuracy | worst class | label-accuracy (classifier-fid) | classifier-FID | classifier's test accuracy |"
echo "|---|---:|---:|---:|---:|---:|---:|"
row untrained 0
row trained "$steps"
