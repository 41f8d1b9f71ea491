#!/usr/bin/env bash
# A k4/s2 convolution as im2col + one matrix product in DJL's operations, against libtorch's own
# convolution, for DCGAN-64's discriminator layers (see Im2colTrial's Javadoc).
# Usage: bench/im2col-trial.sh [RUNS [THREADS]]   (default: best of 10 runs, 2 threads)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-env.sh"
build_bench bench
describe_machine
run_bench_class "${2:-2}" Im2colTrial "${1:-10}"
