# Sourced by the launcher ./ganforge and by bench/bench-env.sh: the environment the native engine
# reads when it loads, each set only where the user has not set it (docs/engine-notes.md).
# Idle OpenMP threads sleep instead of spinning, which thrashes on a busy machine.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
# libtorch frees every activation after use and allocates it again in the next step; with glibc's
# default malloc much of that memory goes back to the kernel and faults in again, 4 KB at a time.
# One malloc arena and 2 MB pages for large tensors (libtorch's own switch) cut the faults and the
# system time (docs/engine-notes.md, "Page faults"). Set either to empty (VAR=) to keep the default.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX-1}"
export THP_MEM_ALLOC_ENABLE="${THP_MEM_ALLOC_ENABLE-1}"
