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
# A caching allocator does better still: it keeps freed blocks for the next step instead of
# returning them, so RSS stays level where glibc's moves up and down by 10 % from step to step
# (docs/engine-notes.md, "A caching allocator"). GANFORGE_MALLOC names the library to preload;
# unset, gperftools' tcmalloc is used where it is installed (Debian: libtcmalloc-minimal4) and no
# LD_PRELOAD is set already; empty, nothing is preloaded.
if [[ -z "${GANFORGE_MALLOC+set}" && -z "${LD_PRELOAD:-}" ]]; then
  for ganforge_candidate in /usr/lib/*-linux-gnu/libtcmalloc_minimal.so.4 /usr/lib64/libtcmalloc_minimal.so.4 \
      /usr/lib/libtcmalloc_minimal.so.4; do
    if [[ -r "$ganforge_candidate" ]]; then
      GANFORGE_MALLOC="$ganforge_candidate"
      break
    fi
  done
  unset ganforge_candidate
fi
if [[ -n "${GANFORGE_MALLOC:-}" ]]; then
  if [[ ":${LD_PRELOAD:-}:" == *":$GANFORGE_MALLOC:"* ]]; then
    : # preloaded already, by a script that sourced this file before
  elif [[ -r "$GANFORGE_MALLOC" ]]; then
    export LD_PRELOAD="$GANFORGE_MALLOC${LD_PRELOAD:+:$LD_PRELOAD}"
    # tcmalloc reports every allocation over 1 GB on stderr; a large sampling batch is not news.
    export TCMALLOC_LARGE_ALLOC_REPORT_THRESHOLD="${TCMALLOC_LARGE_ALLOC_REPORT_THRESHOLD:-1099511627776}"
  else
    echo "ganforge: GANFORGE_MALLOC=$GANFORGE_MALLOC is not a readable file; using the default malloc" >&2
  fi
fi
