#!/usr/bin/env bash
# Trains specs and reports RSS after a warm-up, at the end and at its peak; exits 1 if it grew by
# more than 5 % after the warm-up for any of them. Each spec runs in its own JVM.
# Usage: bench/memory-benchmark.sh [--every-loss] [SPEC.yaml [STEPS [WARMUP]]]
#   default: the WGAN-GP ring, 1000 steps after 100;
#   --every-loss: every loss plugin on the ring MLPs (bce, minimax, hinge, least-squares,
#   wasserstein with weight clipping, wasserstein-gp), STEPS (default 2000) after WARMUP (100).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-env.sh"
build_bench bench
# The JVM grows its heap with each step's garbage long before it collects: uncapped, that alone
# raises RSS by half over 1000 ring steps (bench/RESULTS.md). So the heap is fixed and touched up
# front, and RSS growth is native memory. GANFORGE_JAVA_OPTS replaces these options.
java_opts="${GANFORGE_JAVA_OPTS:--Xms256m -Xmx256m -XX:+AlwaysPreTouch}"
measure() {
  # shellcheck disable=SC2086
  java $java_opts -Dai.djl.offline=true -Dai.djl.pytorch.num_threads="${GANFORGE_THREADS:-1}" -Dai.djl.pytorch.num_interop_threads=1 \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "bench/target/ganforge-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" dev.ganforge.bench.MemoryBenchmark "$@" 2>/dev/null
}
describe_malloc
echo
echo "| spec | loss | steps | RSS after warm-up | RSS at end | growth | peak RSS | RSS MB along the run | JVM outside its heap (code, metaspace, direct buffers) |"
echo "|---|---|---|---|---|---|---|---|---|"
if [[ "${1:-}" != "--every-loss" ]]; then
  measure "${1:-dsl-examples/yaml/ring-wgan-gp.yaml}" "${2:-1000}" "${3:-100}"
  exit
fi
steps="${2:-2000}"
warmup="${3:-100}"
variants="$(mktemp -d)"
trap 'rm -rf "$variants"' EXIT
# The losses without a ring example of their own: the bce ring with its loss swapped.
sed 's/^loss: bce/loss: minimax/; s/^name: ring-bce/name: ring-minimax/' dsl-examples/yaml/ring-bce.yaml > "$variants/ring-minimax.yaml"
sed 's/^loss: bce/loss: least-squares/; s/^name: ring-bce/name: ring-least-squares/' dsl-examples/yaml/ring-bce.yaml > "$variants/ring-least-squares.yaml"
sed 's/^loss: bce/loss: wasserstein/; s/^name: ring-bce/name: ring-wasserstein/; s/^  seed: 1/  seed: 1\n  strategies: [{type: n-critic, steps: 5}, {type: weight-clipping, clip: 0.01}]/' \
  dsl-examples/yaml/ring-bce.yaml > "$variants/ring-wasserstein.yaml"
status=0
for spec in dsl-examples/yaml/ring-bce.yaml "$variants/ring-minimax.yaml" dsl-examples/yaml/ring-hinge.yaml \
    "$variants/ring-least-squares.yaml" "$variants/ring-wasserstein.yaml" dsl-examples/yaml/ring-wgan-gp.yaml; do
  measure "$spec" "$steps" "$warmup" || status=1
done
exit $status
