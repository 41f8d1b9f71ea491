#!/usr/bin/env bash
# Trains classifier-fid's classifier on Fashion-MNIST and scores known "generators" with it.
# Usage: bench/classifier-fid-benchmark.sh [FASHION_MNIST_DIR [SAMPLES [THREADS]]]
#   (default: /usr/share/datasets/fashion-mnist, 10000 samples, 2 threads)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-env.sh"
build_bench bench
exec java -Dai.djl.offline=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -Dai.djl.pytorch.num_threads="${3:-2}" -Dai.djl.pytorch.num_interop_threads=1 \
  -cp "bench/target/ganforge-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" dev.ganforge.bench.ClassifierFidBenchmark \
  "${1:-/usr/share/datasets/fashion-mnist}" "${2:-10000}"
