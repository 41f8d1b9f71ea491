#!/usr/bin/env bash
# ganforge's training step, per thread count:
#  1. against a hand-written DJL step of the same network (dev.ganforge.bench.PerformanceBenchmark:
#     both steps alternate in one JVM; ratio, GFLOP/s, RSS growth, sampling throughput);
#  2. against its PyTorch peer (bench/pytorch_step.py, Debian's python3-torch on OpenBLAS): for each
#     network, PEER_PAIRS pairs of processes, one ganforge step (dev.ganforge.bench.GanforgeStep) and
#     one PyTorch step, alternating and swapping order from pair to pair, the same batch (64), rounds,
#     warm-up and synthetic uniform data; each process's peak RSS taken alike, as GNU time's maximum
#     resident set size. ganforge's JVMs run as ./ganforge runs them: the launcher's environment
#     (engine/engine-env.sh) and no JVM options unless GANFORGE_JAVA_OPTS gives some. The peer runs
#     without the launcher's settings (allocator, OpenMP waiting, ONEDNN_MAX_CPU_ISA), with
#     OMP_NUM_THREADS = the thread count, OPENBLAS_NUM_THREADS = 1 and OPENBLAS_CORETYPE unset.
# Exit status 1 if, at 2 threads or more, ganforge / hand-written > 1.03, or if in part 1 RSS grew more
# than 5 %; or if for a network ganforge's peak RSS is above 1.2 x the peer's or its step is slower
# than the peer's. Exit status 3, before anything is measured, if the peer cannot run fairly (no torch
# in /usr/bin/python3, or torch on another BLAS than OpenBLAS; it says how to install them):
# PEER_PAIRS=0 skips the peer instead.
# Usage: bench/performance-benchmark.sh [ROUNDS [WARMUP [THREADS...]]]   (default: 15 rounds, 5 warm-up, threads 1 2)
#   PEER_PAIRS: process pairs per network and thread count (default 2; 0: no peer, no verdict on it)
#   GANFORGE_JAVA_OPTS: JVM options of every ganforge JVM; part 1 defaults to a pre-touched 512 MB heap,
#     which keeps heap growth out of its RSS-growth check, part 2 to none.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-env.sh"
rounds="${1:-15}"
warmup="${2:-5}"
shift $(( $# < 2 ? $# : 2 ))
thread_counts=("$@")
if [[ ${#thread_counts[@]} -eq 0 ]]; then
  thread_counts=(1 2)
fi
pairs="${PEER_PAIRS:-2}"
specs=(dsl-examples/yaml/seed-000-mnist-dcgan.yaml dsl-examples/yaml/dcgan-64.yaml)
max_rss_ratio=1.2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The peer first: a benchmark that would end in an unfair comparison stops before it spends minutes.
if (( pairs > 0 )); then
  require_peer "${thread_counts[@]}"
fi

build_bench bench
describe_machine
describe_malloc
status=0

# step_process SIDE THREADS SPEC NAME: one process of SIDE's step (ganforge or pytorch) on SPEC;
# prints "MEDIAN_MS PEAK_RSS_KB".
step_process() {
  local side="$1" threads="$2" spec="$3" name="$4"
  local log="$work/$side-$name-$threads"
  if [[ "$side" == ganforge ]]; then
    # shellcheck disable=SC2086
    /usr/bin/time -f %M -o "$log.rss" java ${GANFORGE_JAVA_OPTS:-} -Dai.djl.offline=true \
      -Dai.djl.pytorch.num_threads="$threads" -Dai.djl.pytorch.num_interop_threads=1 \
      -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
      -cp "bench/target/ganforge-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" dev.ganforge.bench.GanforgeStep \
      "$rounds" "$warmup" "$spec" > "$log.out" 2> "$log.err" || true
  else
    run_peer "$threads" /usr/bin/time -f %M -o "$log.rss" /usr/bin/python3 bench/pytorch_step.py --threads "$threads" \
      --network "$name" --rounds "$rounds" --warmup "$warmup" > "$log.out" 2> "$log.err" || true
  fi
  local median
  median="$(awk -v n="$name" '$1 == "step" && $2 == n { print $4 }' "$log.out")"
  if [[ -z "$median" ]]; then
    echo "performance-benchmark: the $side step of $name at $threads threads failed:" >&2
    tail -n 20 "$log.err" "$log.out" >&2
    exit 1
  fi
  echo "$median $(tail -n 1 "$log.rss")"
}

# median VALUES...: their median.
median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

for threads in "${thread_counts[@]}"; do
  echo
  echo "== $threads thread(s): ganforge against the hand-written DJL step, one JVM =="
  # A capped, pre-touched heap by default: uncapped, the JVM's heap growth alone would show as RSS growth.
  # shellcheck disable=SC2086
  java ${GANFORGE_JAVA_OPTS:--Xms512m -Xmx512m -XX:+AlwaysPreTouch} -Dai.djl.offline=true -Dai.djl.pytorch.num_threads="$threads" -Dai.djl.pytorch.num_interop_threads=1 \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "bench/target/ganforge-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" dev.ganforge.bench.PerformanceBenchmark \
    "$rounds" "$warmup" "${specs[@]}" || status=1
  (( pairs > 0 )) || continue

  echo
  echo "== $threads thread(s): ganforge against PyTorch, one process per network and side, $pairs pair(s) alternating =="
  echo "ganforge JVM options: ${GANFORGE_JAVA_OPTS:-none, the defaults of the JVM as ./ganforge runs it}; ONEDNN_MAX_CPU_ISA=$ONEDNN_MAX_CPU_ISA"
  echo "$rounds timed steps after $warmup warm-up steps per process; step: median of the processes' medians;" \
    "ratio: median of the pairs' ratios; peak RSS: the largest of the side's processes"
  rows=()
  for spec in "${specs[@]}"; do
    name="$(basename "$spec" .yaml)"
    ours=() theirs=() ratios=() our_rss=0 their_rss=0
    for (( pair = 0; pair < pairs; pair++ )); do
      if (( pair % 2 == 0 )); then
        g="$(step_process ganforge "$threads" "$spec" "$name")"
        p="$(step_process pytorch "$threads" "$spec" "$name")"
      else
        p="$(step_process pytorch "$threads" "$spec" "$name")"
        g="$(step_process ganforge "$threads" "$spec" "$name")"
      fi
      read -r g_ms g_kb <<< "$g"
      read -r p_ms p_kb <<< "$p"
      echo "  $name pair $((pair + 1)): ganforge $g_ms ms, peak RSS $((g_kb / 1024)) MB; PyTorch $p_ms ms, peak RSS $((p_kb / 1024)) MB"
      ours+=("$g_ms") theirs+=("$p_ms") ratios+=("$(awk -v p="$p_ms" -v g="$g_ms" 'BEGIN { print p / g }')")
      (( g_kb > our_rss )) && our_rss="$g_kb"
      (( p_kb > their_rss )) && their_rss="$p_kb"
    done
    row="$(awk -v n="$name" -v t="$threads" -v g="$(median "${ours[@]}")" -v p="$(median "${theirs[@]}")" \
      -v r="$(median "${ratios[@]}")" -v gr="$our_rss" -v pr="$their_rss" -v limit="$max_rss_ratio" 'BEGIN {
        verdict = "ok"
        if (gr > limit * pr) verdict = sprintf("FAIL: RSS above %.1f x", limit)
        if (r < 1) verdict = (verdict == "ok" ? "" : verdict "; ") "FAIL: step slower"
        printf "| %s | %d | %.0f | %.0f | %.2f | %.0f | %.0f | %.2f | %s |", n, t, g, p, r, gr / 1024, pr / 1024, gr / pr, verdict }')"
    [[ "$row" == *FAIL* ]] && status=1
    rows+=("$row")
  done
  echo
  echo "| network | threads | ganforge step ms | PyTorch step ms | PyTorch / ganforge step | ganforge peak RSS MB | PyTorch peak RSS MB | ganforge / PyTorch RSS | verdict |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
done
(( pairs > 0 )) || echo "(PEER_PAIRS=0: no PyTorch peer, no verdict on RSS or on the step against it)"
echo
echo "load after: $(uptime | sed 's/.*load average/load average/')"
exit $status
