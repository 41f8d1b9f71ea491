#!/usr/bin/env bash
# How long training waits for a batch of decoded images with prefetch, against reading it in line.
# Usage: bench/prefetch-benchmark.sh [BATCHES]   (default 20 batches of 64 PNGs, 64x64 RGB)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mvn -B -q -o package -DskipTests -pl bench -am 2>/dev/null || mvn -B -q package -DskipTests -pl bench -am
export ONEDNN_MAX_CPU_ISA="${ONEDNN_MAX_CPU_ISA:-AVX}"
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
exec java -Dai.djl.offline=true -Dai.djl.pytorch.num_threads=1 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "bench/target/ganforge-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" dev.ganforge.bench.PrefetchBenchmark "${1:-20}"
