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
