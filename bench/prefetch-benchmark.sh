#!/usr/bin/env bash
# How long training waits for a batch of decoded images with prefetch, against reading it in line.
# Usage: bench/prefetch-benchmark.sh [BATCHES]   (default 20 batches of 64 PNGs, 64x64 RGB)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-env.sh"
build_bench bench
exec java -Dai.djl.offline=true -Dai.djl.pytorch.num_threads=1 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "bench/target/ganforge-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" dev.ganforge.bench.PrefetchBenchmark "${1:-20}"
