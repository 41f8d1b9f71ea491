# Sourced by the benchmark scripts: run from the checkout's root, with the engine settings of the
# launcher ./ganforge (docs/engine-notes.md), after building the modules a benchmark needs.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
# The launcher's engine settings: threads and allocator, unless set.
source "$here/engine/engine-env.sh"

# describe_machine: the CPU, its cores and the load before a run, for the record of a run.
describe_machine() {
  echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; load before: $(uptime | sed 's/.*load average/load average/')"
}

# describe_malloc: the allocator settings the benchmark's JVMs get, for the record of a run.
describe_malloc() {
  echo "malloc: ${LD_PRELOAD:-none, glibc malloc} (MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-}, THP_MEM_ALLOC_ENABLE=${THP_MEM_ALLOC_ENABLE:-})"
}

# build_bench MODULES: package MODULES (comma-separated) and what they need, offline if possible;
# then choose ONEDNN_MAX_CPU_ISA as the launcher does (all kernels where they are right, else AVX).
build_bench() {
  mvn -B -q -o package -DskipTests -pl "$1",cli -am 2>/dev/null || mvn -B -q package -DskipTests -pl "$1",cli -am
  if [[ -z "${ONEDNN_MAX_CPU_ISA:-}" ]]; then
    ONEDNN_MAX_CPU_ISA="$(./ganforge check-kernels 2>/dev/null | sed -n 's/.*ONEDNN_MAX_CPU_ISA=\([A-Za-z0-9_]*\).*/\1/p' || true)"
    export ONEDNN_MAX_CPU_ISA="${ONEDNN_MAX_CPU_ISA:-AVX}"
  fi
  echo "ONEDNN_MAX_CPU_ISA=$ONEDNN_MAX_CPU_ISA" >&2
}

# run_bench_class THREADS CLASS ARGS...: runs dev.ganforge.bench.CLASS with THREADS intra-op threads,
# a 512 MB heap (GANFORGE_JAVA_OPTS replaces it), offline, and without two libtorch/DJL warnings
# that every run prints on stderr.
run_bench_class() {
  local threads="$1" class="$2"
  shift 2
  # shellcheck disable=SC2086
  java ${GANFORGE_JAVA_OPTS:--Xms512m -Xmx512m} -Dai.djl.offline=true -Dai.djl.pytorch.num_threads="$threads" \
    -Dai.djl.pytorch.num_interop_threads=1 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "bench/target/ganforge-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" "dev.ganforge.bench.$class" "$@" \
    2> >(grep -v -e 'AutoNonVariableTypeMode' -e 'Failed to detect GPU' >&2)
}

# run_peer THREADS COMMAND...: runs COMMAND, a PyTorch peer of ganforge (Debian's python3-torch), as
# a PyTorch user would: without the launcher's engine settings (allocator, OpenMP waiting, oneDNN
# kernels), on THREADS threads of torch's with OpenBLAS pinned to one inside each (bench/peer_blas.py
# says why) and left to choose its own kernels.
run_peer() {
  local threads="$1"
  shift
  env -u LD_PRELOAD -u MALLOC_ARENA_MAX -u THP_MEM_ALLOC_ENABLE -u OMP_WAIT_POLICY -u ONEDNN_MAX_CPU_ISA \
    -u TCMALLOC_LARGE_ALLOC_REPORT_THRESHOLD -u OPENBLAS_CORETYPE \
    OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS="$threads" "$@"
}

# require_peer THREADS...: prints the peer's torch and BLAS at each thread count, or exits with
# status 3 and says how to fix it if /usr/bin/python3 has no torch or its torch computes with
# another BLAS than OpenBLAS (bench/peer_blas.py): no comparison against a broken peer.
require_peer() {
  if ! /usr/bin/python3 -c 'import torch' 2>/dev/null; then
    echo "$(basename "$0"): no torch in /usr/bin/python3 for the PyTorch peer;" \
      "install it with apt-get install python3-torch libopenblas0-pthread" >&2
    exit 3
  fi
  local threads
  for threads in "$@"; do
    run_peer "$threads" /usr/bin/python3 bench/pytorch_step.py --threads "$threads" --check || exit 3
  done
}
