# Sourced by the benchmark scripts: run from the checkout's root, with the engine settings of the
# launcher ./ganforge (docs/engine-notes.md), after building the modules a benchmark needs.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
# Idle OpenMP threads sleep instead of spinning, which thrashes on a busy machine.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
# libtorch frees every activation after use and allocates it again in the next step; with glibc's
# default malloc much of that memory goes back to the kernel and faults in again, 4 KB at a time.
# One malloc arena and 2 MB pages for large tensors (libtorch's own switch) cut the faults and the
# system time (docs/engine-notes.md, "Page faults"). Set either to empty (VAR=) to keep the default.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX-1}"
export THP_MEM_ALLOC_ENABLE="${THP_MEM_ALLOC_ENABLE-1}"

# build_bench MODULES: package MODULES (comma-separated) and what they need, offline if possible;
# then choose ONEDNN_MAX_CPU_ISA as the launcher does (all kernels where they are right, else AVX).
build_bench() {
  mvn -B -q -o package -DskipTests -pl "$1",engine -am 2>/dev/null || mvn -B -q package -DskipTests -pl "$1",engine -am
  if [[ -z "${ONEDNN_MAX_CPU_ISA:-}" ]]; then
    ONEDNN_MAX_CPU_ISA="$(./ganforge check-kernels 2>/dev/null | sed -n 's/.*ONEDNN_MAX_CPU_ISA=\([A-Za-z0-9_]*\).*/\1/p' || true)"
    export ONEDNN_MAX_CPU_ISA="${ONEDNN_MAX_CPU_ISA:-AVX}"
  fi
  echo "ONEDNN_MAX_CPU_ISA=$ONEDNN_MAX_CPU_ISA" >&2
}
