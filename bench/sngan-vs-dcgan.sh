#!/usr/bin/env bash
# Trains the seed DCGAN and the ResNet SNGAN on Fashion-MNIST for the same CPU time, then prints a
# markdown table: CPU seconds, steps, samples/s, and the classifier-FID of each untrained and each
# trained generator (10 000 samples against the 10 000 test images, as bench/fashion-benchmark.sh).
#
# CPU time is the user + system seconds of the training processes: other load on a shared machine
# stretches wall time far more than it changes that. Each network trains in up to three processes,
# since resume continues exactly and splitting a run changes nothing that is trained:
#  1. `ganforge train` for CALIBRATION_STEPS steps; its CPU seconds per step, start-up included,
#     overestimate the rate;
#  2. `ganforge resume` to the step that spends about 80 % of the rest at that rate. Meanwhile the
#     script reads the JVM's CPU time (/proc/PID/stat) against the last step in history.csv, once a
#     second: the CPU seconds per step once the JIT compiler has warmed up, and from them the
#     process's start-up and writing;
#  3. `ganforge resume` to the step that spends what is left, at the rate and cost of start-up of 2.
#
# Usage: bench/sngan-vs-dcgan.sh [CPU_SECONDS [SPEC.yaml ...]]
#   default: 1200 CPU seconds per network; dsl-examples/yaml/seed-000-mnist-dcgan.yaml and
#   dsl-examples/yaml/sngan-fashion.yaml. GANFORGE_THREADS: threads per run (default 2);
#   CALIBRATION_STEPS (default 20); BENCH_OUT: the run directories' parent (default runs/sngan-vs-dcgan).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-env.sh"
budget="${1:-1200}"
shift || true
specs=("$@")
if [[ ${#specs[@]} -eq 0 ]]; then
  specs=(dsl-examples/yaml/seed-000-mnist-dcgan.yaml dsl-examples/yaml/sngan-fashion.yaml)
fi
threads="${GANFORGE_THREADS:-2}"
calibration="${CALIBRATION_STEPS:-20}"
out_root="${BENCH_OUT:-runs/sngan-vs-dcgan}"
hz="$(getconf CLK_TCK)"
[[ -x ./ganforge && -d cli/target/lib ]] || mvn -B -q package -DskipTests
mkdir -p "$out_root"
describe_machine
describe_malloc
echo "budget: $budget CPU seconds (user + system) per network, $threads threads, calibration $calibration steps"

# run_timed PREFIX HISTORY COMMAND...: runs COMMAND with its output in PREFIX.log and its user,
# system and wall seconds in PREFIX.time; once a second, appends "cpu-seconds step" of the JVM
# (the launcher execs java) and the last step in HISTORY to PREFIX.cpu.
run_timed() {
  local prefix="$1" history="$2"
  shift 2
  /usr/bin/time -f "%U %S %e" -o "$prefix.time" "$@" > "$prefix.log" 2>&1 &
  local timer=$! jvm="" ticks step
  : > "$prefix.cpu"
  while kill -0 "$timer" 2>/dev/null; do
    sleep 1
    [[ -n "$jvm" ]] || jvm="$(pgrep -P "$timer" | head -n 1 || true)"
    [[ -n "$jvm" && -r "$history" ]] || continue
    ticks="$(awk '{ print $14 + $15 }' "/proc/$jvm/stat" 2>/dev/null || true)"
    step="$(tail -n 1 "$history" | cut -d, -f1)"
    if [[ -n "$ticks" && "$step" =~ ^[0-9]+$ ]]; then
      echo "$(awk -v t="$ticks" -v hz="$hz" 'BEGIN { print t / hz }') $step" >> "$prefix.cpu"
    fi
  done
  if ! wait "$timer"; then
    echo "failed: $* (see $prefix.log)" >&2
    tail -n 5 "$prefix.log" >&2
    exit 1
  fi
}
cpu_of() { awk '{ printf "%.1f", $1 + $2 }' "$1.time"; }   # user + system seconds of a run_timed run
wall_of() { awk '{ printf "%.0f", $3 }' "$1.time"; }
figure() { # figure NAME FILE: the value of 'NAME: x' in an evaluate output
  sed -n "s/^ *$1 *[:=] *\([0-9.eE+-]*\).*/\1/p" "$2" | head -n 1
}

rows=()
for spec in "${specs[@]}"; do
  name="$(basename "$spec" .yaml)"
  run="$out_root/$name"
  rm -rf "$run" "$run".*
  # 1. Calibration: a rough rate, start-up and the JIT compiler's warm-up included.
  run_timed "$run.1" "$run/history.csv" \
    ./ganforge train "$spec" --out "$run" --steps "$calibration" --threads "$threads"
  spent="$(cpu_of "$run.1")"
  wall="$(wall_of "$run.1")"
  # 2. About 80 % of the rest at that rate, timed from its first quarter on.
  target="$(awk -v b="$budget" -v c="$spent" -v n="$calibration" 'BEGIN { printf "%d", n + 0.8 * (b - c) / (c / n) }')"
  if (( target > calibration )); then
    run_timed "$run.2" "$run/history.csv" \
      ./ganforge resume "$run" --steps "$target" --threads "$threads"
    second="$(cpu_of "$run.2")"
    per_step="$(awk -v from="$calibration" -v to="$target" '$2 >= from + (to - from) / 4 && $2 < to {
        if (!seen) { c0 = $1; s0 = $2; seen = 1 } c1 = $1; s1 = $2 }
      END { if (s1 - s0 < 3) exit 1; printf "%.4f", (c1 - c0) / (s1 - s0) }' "$run.2.cpu")" || {
      echo "$name: too few readings of the CPU clock; raise the budget or CALIBRATION_STEPS" >&2
      exit 1
    }
    overhead="$(awk -v c="$second" -v r="$per_step" -v n="$((target - calibration))" 'BEGIN { printf "%.1f", c - r * n }')"
    spent="$(awk -v a="$spent" -v b="$second" 'BEGIN { printf "%.1f", a + b }')"
    wall="$(( wall + $(wall_of "$run.2") ))"
    # 3. What is left, if it buys a step after another start-up.
    final="$(awk -v b="$budget" -v c="$spent" -v o="$overhead" -v r="$per_step" -v n="$target" \
      'BEGIN { printf "%d", n + (b - c - o) / r }')"
    echo "$name: $per_step CPU s per step after warm-up, $overhead s to start and write; $spent CPU s to step $target, then to step $final" >&2
    if (( final > target )); then
      run_timed "$run.3" "$run/history.csv" \
        ./ganforge resume "$run" --steps "$final" --threads "$threads"
      spent="$(awk -v a="$spent" -v b="$(cpu_of "$run.3")" 'BEGIN { printf "%.1f", a + b }')"
      wall="$(( wall + $(wall_of "$run.3") ))"
    fi
  else
    echo "$name: the calibration alone spent the budget" >&2
  fi
  cpu="$spent"
  trained="$(tail -n 1 "$run/history.csv" | cut -d, -f1)"
  batch="$(sed -n 's/^ *batch-size: *\([0-9]*\).*/\1/p' "$run/spec.yaml" | head -n 1)"
  critic="$(sed -n 's/.*type: n-critic, steps: *\([0-9]*\).*/\1/p' "$run/spec.yaml" | head -n 1)"
  ./ganforge describe "$spec" > "$run.describe.txt"
  g_params="$(sed -n 's/^generator trainable parameters: //p' "$run.describe.txt")"
  d_params="$(sed -n 's/^discriminator trainable parameters: //p' "$run.describe.txt")"
  ./ganforge evaluate "$run" --step 0 --metric classifier-fid --threads "$threads" > "$run.eval0.txt" 2>&1
  ./ganforge evaluate "$run" --metric classifier-fid --threads "$threads" > "$run.eval.txt" 2>&1
  fid0="$(figure fid "$run.eval0.txt")"
  fid="$(figure fid "$run.eval.txt")"
  rows+=("$(awk -v name="$name" -v critic="${critic:-1}" -v g="$g_params" -v d="$d_params" -v cpu="$cpu" -v budget="$budget" \
    -v wall="$wall" -v steps="$trained" -v batch="$batch" -v fid0="$fid0" -v fid="$fid" 'BEGIN {
      printf "| %s | %s | %s / %s | %.0f (%+.1f %%) | %d | %d | %.2f | %.1f | %.1f | %.1f | %.2f |",
        name, critic, g, d, cpu, 100 * (cpu - budget) / budget, wall, steps, cpu / steps,
        steps * batch / wall, fid0, fid, fid / fid0 }')")
  echo "${rows[-1]}" >&2
done

echo
echo "| spec | n-critic | G / D parameters | CPU s, user + sys (against the budget) | train wall s | generator steps | CPU s per step | samples/s (wall) | classifier-FID step 0 | trained | ratio |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
