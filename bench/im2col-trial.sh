#!/usr/bin/env bash
# A k4/s2 convolution as im2col + one matrix product in DJL's operations, against libtorch's own
# convolution, for DCGAN-64's discriminator layers (see Im2colTrial's Javadoc).
# Usage: bench/im2col-trial.sh [RUNS [THREADS]]   (default: best of 10 runs, 2 threads)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-env.sh"
build_bench bench
describe_machine
# shellcheck disable=SC2086
java ${GANFORGE_JAVA_OPTS:--Xms512m -Xmx512m} -Dai.djl.offline=true -Dai.djl.pytorch.num_threads="${2:-2}" -Dai.djl.pytorch.num_interop_threads=1 \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "bench/target/ganforge-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" dev.ganforge.bench.Im2colTrial "${1:-10}" \
  2> >(grep -v -e 'AutoNonVariableTypeMode' -e 'Failed to detect GPU' >&2)
