#!/usr/bin/env bash
# Gradient soak (issue 19, item 1): trains a seed network for many steps with every gradient
# computed twice from the same forward pass (-Dganforge.recompute-every-gradient=true: the
# trainer's guard with every update suspect) and counts the updates whose two results differ
# (history.csv's grad_corrections), for each ONEDNN_MAX_CPU_ISA setting. Each setting runs COPIES
# identical runs at once through ./ganforge (the real path: dataset prefetch thread, launcher
# settings), so a second, independent check is the replay: identical runs must have identical
# histories, and the first step where a copy leaves the others is counted too (a difference the
# double backward cannot see, such as a wrong forward pass or a data race on the input). Native
# crashes (exit code >= 128, hs_err files) are counted. All settings run at the same time, so the
# 2 cores are oversubscribed by design; BUSY=N adds N busy loops on top.
# Usage: bench/gradient-soak.sh [STEPS (1000)] [COPIES (2)] [SPEC (dsl-examples/yaml/shapes-dcgan.yaml)]
#   ISAS="ALL AVX512_CORE AVX2 AVX" BUSY=0 SOAK_DIR=/tmp/gradient-soak BATCH= (another batch size: more steps per hour)
#   THREADS= (intra-op threads per run; a quiet soak runs one setting at a time, COPIES x THREADS = cores)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
steps="${1:-1000}"
copies="${2:-2}"
spec="$(realpath "${3:-dsl-examples/yaml/shapes-dcgan.yaml}")"
isas="${ISAS:-ALL AVX512_CORE AVX2 AVX}"
busy="${BUSY:-0}"
out="${SOAK_DIR:-/tmp/gradient-soak}"
rm -rf "$out"
mkdir -p "$out"
if [[ -n "${BATCH:-}" ]]; then
  sed "s/^  batch-size: .*/  batch-size: $BATCH/" "$spec" >"$out/spec.yaml"
  spec="$out/spec.yaml"
fi
# The whole build: ./ganforge runs from spark/target/lib when that module is built.
mvn -B -q -o package -DskipTests 2>/dev/null || mvn -B -q package -DskipTests
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; load before: $(uptime | sed 's/.*load average/load average/')"
echo "spec $spec (batch $(sed -n 's/^  batch-size: //p' "$spec")), $steps steps, $copies copies per setting, settings: $isas, busy loops: $busy, threads per run: ${THREADS:-launcher default}"
busy_pids=()
for ((b = 0; b < busy; b++)); do
  (while :; do :; done) &
  busy_pids+=($!)
done
pids=()
names=()
started=$SECONDS
for isa in $isas; do
  for ((c = 1; c <= copies; c++)); do
    run="$out/$isa-$c"
    # Each JVM writes a native crash log into its own directory.
    (cd "$out" && ONEDNN_MAX_CPU_ISA="$isa" \
      GANFORGE_JAVA_OPTS="-Dganforge.recompute-every-gradient=true -XX:ErrorFile=$run.hs_err.log" \
      "$here/ganforge" train "$(realpath "$spec")" --steps "$steps" ${THREADS:+--threads "$THREADS"} --out "$run" >"$run.out" 2>&1; echo $? >"$run.exit") &
    pids+=($!)
    names+=("$run")
  done
done
for pid in "${pids[@]}"; do
  wait "$pid" || true
done
for pid in "${busy_pids[@]}"; do
  kill "$pid" 2>/dev/null || true
done
echo "wall time: $((SECONDS - started)) s; load after: $(uptime | sed 's/.*load average/load average/')"
python3 - "$out" "$copies" $isas <<'PY'
import csv, glob, os, sys
out, copies, isas = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
print("| ONEDNN_MAX_CPU_ISA | steps trained (all copies) | gradients computed twice | disagreements | copies leaving the others (first step) | native crashes | exit codes |")
print("|---|---|---|---|---|---|---|")
for isa in isas:
    histories, exits, crashes = [], [], 0
    for c in range(1, copies + 1):
        run = f"{out}/{isa}-{c}"
        exits.append(open(run + ".exit").read().strip() if os.path.exists(run + ".exit") else "?")
        crashes += os.path.exists(run + ".hs_err.log") or (exits[-1].isdigit() and int(exits[-1]) >= 128)
        path = run + "/history.csv"
        histories.append(list(csv.DictReader(open(path))) if os.path.exists(path) else [])
    trained = sum(len(h) for h in histories)
    # Every update of a step is computed twice: one gradient norm column per update in history.csv
    # (two for the adversarial recipe with n_critic 1, three for CycleGAN).
    updates = sum(1 for key in (histories[0][0] if histories[0] else {}) if key.endswith("grad_norm"))
    twice = updates * trained
    wrong = sum(int(r.get("grad_corrections") or 0) for h in histories for r in h)
    left = []
    reference = histories[0]
    for i, h in enumerate(histories[1:], start=2):
        common = min(len(reference), len(h))
        keys = ("d_loss", "g_loss", "d_grad_norm", "g_grad_norm")
        first = next((reference[s]["step"] for s in range(common) if any(reference[s][k] != h[s][k] for k in keys)), None)
        if first is not None:
            left.append(f"copy {i} at step {first}")
    print(f"| {isa} | {trained} | {twice} | {wrong} | {', '.join(left) or 'none'} | {crashes} | {' '.join(exits)} |")
PY
