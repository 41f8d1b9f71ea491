#!/usr/bin/env bash
# Trains the ring-of-8-Gaussians examples on each installed engine (PyTorch, and MXNet when the
# engine-mxnet module is built) and reports mode coverage, wall time and the time ratio to PyTorch.
# Usage: bench/ring-benchmark.sh [SPEC.yaml ...]   (default: every dsl-examples/yaml/ring-*.yaml)
# GANFORGE_ENGINES=mxnet picks the engines; GANFORGE_THREADS=N the threads of each (default 1).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-env.sh"
build_bench bench,engine-mxnet
specs=("$@")
if [[ ${#specs[@]} -eq 0 ]]; then
  specs=(dsl-examples/yaml/ring-*.yaml)
fi
# MXNet takes its thread count from OpenMP's variable only; PyTorch from DJL's property.
export OMP_NUM_THREADS="${GANFORGE_THREADS:-1}"
classpath="bench/target/ganforge-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*"
if [[ -d engine-mxnet/target/lib ]]; then
  classpath="$classpath:engine-mxnet/target/lib/*"
fi
exec java -Dai.djl.offline=true -Dai.djl.pytorch.num_threads="${GANFORGE_THREADS:-1}" -Dai.djl.pytorch.num_interop_threads=1 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.log.ai.djl.util.cuda=error \
  ${GANFORGE_ENGINES:+-Dganforge.bench.engines=$GANFORGE_ENGINES} \
  -cp "$classpath" dev.ganforge.bench.RingBenchmark "${specs[@]}"
