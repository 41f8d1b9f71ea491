#!/usr/bin/env bash
# Trains a spec and reports RSS after a warm-up and at the end; exits 1 if it grew by more than 5 %.
# Usage: bench/memory-benchmark.sh [SPEC.yaml [STEPS [WARMUP]]]   (default: the WGAN-GP ring, 1000 steps)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mvn -B -q -o package -DskipTests -pl bench -am 2>/dev/null || mvn -B -q package -DskipTests -pl bench -am
export ONEDNN_MAX_CPU_ISA="${ONEDNN_MAX_CPU_ISA:-AVX}"
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
# A fixed, pre-touched heap, so that RSS growth means native (engine) memory, not the JVM
# growing its heap with garbage (see MemoryBenchmark's Javadoc).
exec java -Xms768m -Xmx768m -XX:+AlwaysPreTouch -Dai.djl.offline=true -Dai.djl.pytorch.num_threads="${GANFORGE_THREADS:-1}" \
  -Dai.djl.pytorch.num_interop_threads=1 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "bench/target/ganforge-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" dev.ganforge.bench.MemoryBenchmark \
  "${1:-dsl-examples/yaml/ring-wgan-gp.yaml}" "${2:-1000}" "${3:-100}"
