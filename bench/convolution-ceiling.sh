#!/usr/bin/env bash
# The fastest a training step could be if it ran nothing but its convolutions, each as fast as
# libtorch runs it alone (NCHW and channels-last), as a share of the SGEMM peak measured in the
# same JVM: the bound on what any formulation of the step around libtorch's kernels can reach.
# Usage: bench/convolution-ceiling.sh [RUNS [THREADS]]   (default: best of 7 runs, 2 threads)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-env.sh"
build_bench bench
runs="${1:-7}"
threads="${2:-2}"
describe_machine
describe_malloc
run_bench_class "$threads" ConvolutionCeiling "$runs"
