#!/usr/bin/env bash
# Time to quality: the seed MNIST DCGAN (dsl-examples/yaml/seed-000-mnist-dcgan.yaml) trained on
# Fashion-MNIST by ganforge (`./ganforge train`) and by PyTorch (bench/pytorch_train.py, Debian's
# python3-torch on OpenBLAS: same network, optimisers, batch, data and range), one after the other
# with the same thread count, each for the same wall time; the generator of each at every wall-time
# mark is scored with classifier-fid (10 000 samples against the 10 000 test images, the same
# classifier for both), and the script prints classifier-FID against wall time for both.
#
# Wall time runs from the launch of each process, so start-up and data loading count for both.
# ganforge checkpoints by step, not by time: it trains with a checkpoint every CHECKPOINT_EVERY steps
# (and no periodic sample grids, which PyTorch does not draw either), and each mark takes the last
# checkpoint finished before it (its manifest's time), while the script deletes those no mark can
# take; ganforge is stopped at the last mark. PyTorch keeps its generator as it is after the last
# step that ends before each mark. The table gives when each state was reached and at which step.
# ganforge's generators are scored by `ganforge evaluate --step S`; PyTorch's samples (IDX files) by
# dev.ganforge.bench.ScoreIdxSamples, the same metric plugin with the same classifier and test
# statistics. A cross-check scores ganforge's last checkpoint both ways (`ganforge sample` writes
# IDX): the two scores differ only by the noise drawn and the rounding of samples to bytes.
#
# Usage: bench/time-to-quality.sh MINUTES...       e.g. bench/time-to-quality.sh 2.5 5 10 15
#   TTQ_THREADS: threads for both (default 2); TTQ_SAMPLES: samples scored per generator (default 10000);
#   CHECKPOINT_EVERY: ganforge's checkpoint interval in steps (default 25); BENCH_OUT: where the runs go
#   (default runs/time-to-quality, emptied first). Exit status 3 if the PyTorch peer cannot run on OpenBLAS.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-env.sh"
if [[ $# -eq 0 ]]; then
  echo "usage: bench/time-to-quality.sh MINUTES...   (wall-time marks, e.g. 2.5 5 10 15)" >&2
  exit 2
fi
marks=()
for mark in "$@"; do
  if ! [[ "$mark" =~ ^[0-9]*\.?[0-9]+$ ]] || awk -v m="$mark" 'BEGIN { exit !(m <= 0) }'; then
    echo "time-to-quality: a mark must be a positive number of minutes, found '$mark'" >&2
    exit 2
  fi
  marks+=("$mark")
done
mapfile -t marks < <(printf '%s\n' "${marks[@]}" | sort -g)
threads="${TTQ_THREADS:-2}"
samples="${TTQ_SAMPLES:-10000}"
every="${CHECKPOINT_EVERY:-25}"
out="${BENCH_OUT:-runs/time-to-quality}"
source_spec=dsl-examples/yaml/seed-000-mnist-dcgan.yaml
require_peer "$threads"
build_bench bench
rm -rf "$out"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
describe_machine
describe_malloc
echo "marks: ${marks[*]} min; $threads threads each; $samples samples per score; ganforge checkpoints every $every steps"

# The seed spec with a checkpoint every $every steps and no periodic sample grid.
spec="$out/seed-000-mnist-dcgan.yaml"
awk -v every="$every" '
  /^  (checkpoint-every|sample-every):/ { next }
  { print }
  /^training:/ { print "  checkpoint-every: " every; print "  sample-every: 1000000000" }' "$source_spec" > "$spec"
./ganforge validate "$spec" > /dev/null
last_seconds="$(awk -v m="${marks[-1]}" 'BEGIN { print m * 60 }')"

# finished_checkpoints: "SECONDS STEP FOLDER" of every finished checkpoint, oldest first, SECONDS
# counted from ganforge's launch (the manifest is written last).
finished_checkpoints() {
  local folder
  for folder in "$run"/checkpoints/step-*; do
    [[ -f "$folder/manifest.properties" ]] || continue
    echo "$(stat -c %.3Y "$folder/manifest.properties") ${folder##*step-} $folder"
  done | awk -v t0="$started" '{ printf "%.1f %d %s\n", $1 - t0, $2, $3 }' | sort -g
}

# prune: deletes every checkpoint that no mark can take: of those finished between two marks (or
# after the last), all but the newest. The newest of all, which `latest` names, is always kept.
prune() {
  finished_checkpoints | awk -v marks="${marks[*]}" '
    BEGIN { n = split(marks, m, " ") }
    { bucket = n + 1; for (i = n; i >= 1; i--) if ($1 <= m[i] * 60) bucket = i
      if (bucket in newest) print newest[bucket]; newest[bucket] = $3 }' | xargs -r rm -rf
}

# ganforge: train until the last mark.
run="$out/ganforge"
echo
echo "ganforge: ./ganforge train for ${marks[-1]} min"
started="$(date +%s.%N)"
./ganforge train "$spec" --out "$run" --steps 1000000000 --threads "$threads" > "$out/ganforge-train.log" 2>&1 &
trainer=$!
while kill -0 "$trainer" 2>/dev/null \
    && awk -v t0="$started" -v now="$(date +%s.%N)" -v end="$last_seconds" 'BEGIN { exit !(now - t0 < end) }'; do
  sleep 1
  prune
done
if ! kill -0 "$trainer" 2>/dev/null; then
  echo "time-to-quality: ganforge stopped before the last mark:" >&2
  tail -n 20 "$out/ganforge-train.log" >&2
  exit 1
fi
# SIGKILL, not SIGTERM: the JVM's orderly exit while the main thread is inside libtorch's backward
# pass crashed in oneDNN (SIGSEGV in dnnl_primitive_execute, an hs_err file in the current folder).
# Checkpoints are written atomically, so a kill leaves the finished ones intact.
kill -KILL "$trainer"
wait "$trainer" 2>/dev/null || true
prune
finished_checkpoints > "$out/ganforge-checkpoints.txt"
ganforge_rows=()   # per mark: "SECONDS STEP"
for mark in "${marks[@]}"; do
  chosen="$(awk -v end="$(awk -v m="$mark" 'BEGIN { print m * 60 }')" '$1 <= end { last = $1 " " $2 } END { print last }' \
    "$out/ganforge-checkpoints.txt")"
  if [[ -z "$chosen" ]]; then
    echo "time-to-quality: ganforge finished no checkpoint before the mark of $mark min; lower CHECKPOINT_EVERY" >&2
    exit 1
  fi
  ganforge_rows+=("$chosen")
  echo "  mark $mark min: checkpoint of step ${chosen#* } at ${chosen% *} s"
done

# PyTorch: train until the last mark, then sample every kept generator.
echo
echo "PyTorch: bench/pytorch_train.py for ${marks[-1]} min"
run_peer "$threads" /usr/bin/python3 bench/pytorch_train.py --threads "$threads" --marks "${marks[@]}" \
  --out "$out/pytorch" --samples "$samples" --started "$(date +%s.%N)" > "$out/pytorch-train.log" 2>&1 || {
  echo "time-to-quality: PyTorch's training failed:" >&2
  tail -n 20 "$out/pytorch-train.log" >&2
  exit 1
}
grep '^PyTorch ' "$out/pytorch-train.log"
pytorch_rows=()   # per mark: "SECONDS STEPS FILE"
for mark in "${marks[@]}"; do
  row="$(awk -v m="$mark" '$1 == "mark" && $2 + 0 == m + 0 { print $4, $6, $8 }' "$out/pytorch-train.log")"
  pytorch_rows+=("$row")
  echo "  mark $mark min: generator of step $(cut -d' ' -f2 <<< "$row") at $(cut -d' ' -f1 <<< "$row") s"
done

# Scores: ganforge's checkpoints through `ganforge evaluate`; PyTorch's samples, and ganforge's
# latest checkpoint sampled to IDX as a cross-check, through ScoreIdxSamples.
echo
echo "scoring with classifier-fid ($samples samples each)"
figure() { sed -n "s/^ *$1 *[:=] *\([0-9.eE+-]*\).*/\1/p" "$2" | head -n 1; }
# evaluate STEP: ganforge's classifier-FID of the run's checkpoint of STEP, into ganforge-evaluate-STEP.txt.
evaluate() {
  ./ganforge evaluate "$run" --step "$1" --metric classifier-fid --samples "$samples" --threads "$threads" \
    > "$out/ganforge-evaluate-$1.txt" 2> "$out/ganforge-evaluate-$1.err" || {
    echo "time-to-quality: ganforge evaluate of step $1 failed:" >&2
    tail -n 20 "$out/ganforge-evaluate-$1.err" >&2
    exit 1
  }
}
ganforge_fids=()
for i in "${!marks[@]}"; do
  step="${ganforge_rows[$i]#* }"
  evaluate "$step"
  ganforge_fids+=("$(figure fid "$out/ganforge-evaluate-$step.txt")")
done
latest="$(tail -n 1 "$out/ganforge-checkpoints.txt" | cut -d' ' -f2)"
[[ -f "$out/ganforge-evaluate-$latest.txt" ]] || evaluate "$latest"
./ganforge sample "$run" --count "$samples" --threads "$threads" --out "$out/ganforge-latest.png" > /dev/null
files=()
for row in "${pytorch_rows[@]}"; do
  files+=("${row##* }")
done
files+=("$out/ganforge-latest-images-idx3-ubyte")
run_bench_class "$threads" ScoreIdxSamples "$spec" classifier-fid "$samples" "${files[@]}" > "$out/scores.txt"
idx_fid() { awk -v f="$1" '$1 == "score" && $2 == f { for (i = 3; i < NF; i += 2) if ($i == "fid") print $(i + 1) }' "$out/scores.txt"; }

echo
echo "| wall-time mark | ganforge: state at | step | classifier-FID | PyTorch: state at | step | classifier-FID | PyTorch / ganforge FID |"
echo "|---|---|---|---|---|---|---|---|"
for i in "${!marks[@]}"; do
  read -r g_seconds g_step <<< "${ganforge_rows[$i]}"
  read -r p_seconds p_step p_file <<< "${pytorch_rows[$i]}"
  awk -v m="${marks[$i]}" -v gs="$g_seconds" -v gn="$g_step" -v gf="${ganforge_fids[$i]}" -v ps="$p_seconds" \
    -v pn="$p_step" -v pf="$(idx_fid "$p_file")" 'BEGIN {
      printf "| %g min | %.0f s | %d | %.1f | %.0f s | %d | %.1f | %.2f |\n", m, gs, gn, gf, ps, pn, pf, pf / gf }'
done
echo
echo "cross-check, ganforge's step $latest: ganforge evaluate $(figure fid "$out/ganforge-evaluate-$latest.txt")," \
  "its samples through IDX (ganforge sample, ScoreIdxSamples) $(idx_fid "$out/ganforge-latest-images-idx3-ubyte")"
echo "load after: $(uptime | sed 's/.*load average/load average/')"
