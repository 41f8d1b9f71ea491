#!/usr/bin/env bash
# ganforge's training step against a hand-written DJL step of the same network (alternating, one
# process per thread count), the SGEMM peak, RSS and sampling throughput; then the same step in
# PyTorch if /usr/bin/python3 has torch (PYTORCH_ROUNDS rounds, default 3, at the last thread count). Exits 1 if ganforge / hand-written > 1.03 at 2 threads
# or RSS grew more than 5 %.
# Usage: bench/performance-benchmark.sh [ROUNDS [WARMUP [THREADS...]]]   (default: 15 rounds, 5 warm-up, threads 1 2)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-env.sh"
build_bench bench
rounds="${1:-15}"
warmup="${2:-5}"
shift $(( $# < 2 ? $# : 2 ))
thread_counts=("$@")
if [[ ${#thread_counts[@]} -eq 0 ]]; then
  thread_counts=(1 2)
fi
specs=(dsl-examples/yaml/seed-000-mnist-dcgan.yaml dsl-examples/yaml/dcgan-64.yaml)
describe_machine
describe_malloc
status=0
for threads in "${thread_counts[@]}"; do
  echo
  echo "== $threads thread(s) =="
  # A capped heap, as in memory-benchmark.sh: uncapped, the JVM's heap growth alone would show as RSS growth.
  # shellcheck disable=SC2086
  java ${GANFORGE_JAVA_OPTS:--Xms512m -Xmx512m -XX:+AlwaysPreTouch} -Dai.djl.offline=true -Dai.djl.pytorch.num_threads="$threads" -Dai.djl.pytorch.num_interop_threads=1 \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "bench/target/ganforge-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" dev.ganforge.bench.PerformanceBenchmark \
    "$rounds" "$warmup" "${specs[@]}" || status=1
done
# PyTorch 1.13's step is several times slower than libtorch 2.7.1's through DJL: few rounds, last thread count only.
echo
if [[ "${PYTORCH_ROUNDS:-3}" -eq 0 ]]; then
  echo "(PYTORCH_ROUNDS=0: PyTorch step skipped)"
elif /usr/bin/python3 -c 'import torch' 2>/dev/null; then
  /usr/bin/python3 bench/pytorch_step.py --threads "${thread_counts[-1]}" --rounds "${PYTORCH_ROUNDS:-3}" --warmup 1
else
  echo "(no torch in /usr/bin/python3: PyTorch step skipped; apt-get install python3-torch to add it)"
fi
echo
echo "load after: $(uptime | sed 's/.*load average/load average/')"
exit $status
