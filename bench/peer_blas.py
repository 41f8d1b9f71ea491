"""The PyTorch peer's BLAS, checked: the benchmark scripts that run Debian's python3-torch against
ganforge (pytorch_step.py, pytorch_train.py) compare only against OpenBLAS with pinned threads.

Debian's torch 1.13 does its convolutions as matrix products through whichever libblas.so.3 the
system's alternatives point at. With only the reference BLAS (Debian's libblas3) installed, its
step is 10-15 times slower than with OpenBLAS: a broken peer, not a fair one. OpenBLAS reads its
thread count and core type when it loads, so both are checked here rather than set: the caller's
environment must say OMP_NUM_THREADS = the thread count (torch's intra-op threads) and
OPENBLAS_NUM_THREADS = 1, so that each of torch's threads runs its matrix products on one core
(OpenBLAS's own threads inside torch's two made the seed DCGAN's step 1535 ms instead of 996 ms
on a 2-core AMD EPYC), and leave OPENBLAS_CORETYPE unset (forcing Haswell kernels on a Zen 5 made
the step 40 % slower).

Call require_openblas(torch, threads) after `import torch`; it returns a one-line description of
the BLAS for the record, or exits with status 3 and a message that names the BLAS and the fix."""
import ctypes
import os
import re
import sys

INSTALL = "apt-get install libopenblas0-pthread (Debian; it becomes libblas.so.3 through update-alternatives)"


def _mapped_blas_libraries():
    """Paths of the shared libraries mapped into this process that look like a BLAS."""
    paths = []
    with open("/proc/self/maps") as maps:
        for line in maps:
            fields = line.split()
            if len(fields) >= 6 and re.search(r"/lib(open|flexi|cblas|satlas|tatlas)?blas|/libmkl|/libblis",
                                              fields[5]):
                if fields[5] not in paths:
                    paths.append(fields[5])
    return paths


def _describe(path):
    """(kind, description) of one mapped BLAS library; kind is 'openblas', 'reference' or 'other'."""
    library = ctypes.CDLL(path)
    if hasattr(library, "openblas_get_config"):
        library.openblas_get_config.restype = ctypes.c_char_p
        library.openblas_get_corename.restype = ctypes.c_char_p
        config = library.openblas_get_config().decode()
        core = library.openblas_get_corename().decode()
        return "openblas", (f"OpenBLAS ({config}; core {core}; {library.openblas_get_num_threads()} threads) {path}",
                            library.openblas_get_num_threads())
    if "/blas/libblas" in path:
        return "reference", f"the reference BLAS (netlib, Debian's libblas3) {path}"
    return "other", path


def _torch_blas_info(torch):
    match = re.search(r"BLAS_INFO=([^,\s]+)", torch.__config__.show())
    return match.group(1) if match else "not stated"


def require_openblas(torch, threads):
    """Exits with status 3 unless torch computes on `threads` threads with OpenBLAS pinned to one inside each."""
    problems = []
    for variable, wanted in (("OPENBLAS_NUM_THREADS", 1), ("OMP_NUM_THREADS", threads)):
        if os.environ.get(variable) != str(wanted):
            problems.append(f"{variable} is {os.environ.get(variable, 'unset')}, not {wanted}")
    if "OPENBLAS_CORETYPE" in os.environ:
        problems.append(f"OPENBLAS_CORETYPE={os.environ['OPENBLAS_CORETYPE']} forces a kernel; unset it so that"
                        " OpenBLAS chooses this CPU's own")
    libraries = [_describe(path) for path in _mapped_blas_libraries()]
    openblas = [description for kind, description in libraries if kind == "openblas"]
    info = _torch_blas_info(torch)
    if not openblas:
        named = "; ".join(description for _, description in libraries) or "no BLAS library mapped"
        problems.append(f"torch {torch.__version__} computes with {named} (torch's BLAS_INFO={info}), not OpenBLAS;"
                        f" a peer on it is no fair comparison. Install OpenBLAS: {INSTALL}")
    elif openblas[0][1] != 1:
        problems.append(f"OpenBLAS runs {openblas[0][1]} threads inside torch's, not 1")
    if problems:
        print("pytorch peer refused: " + "; ".join(problems), file=sys.stderr)
        print(f"run it as: env -u OPENBLAS_CORETYPE OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS={threads}"
              f" /usr/bin/python3 {' '.join(sys.argv)}", file=sys.stderr)
        sys.exit(3)
    return f"BLAS: {openblas[0][0]} (torch's BLAS_INFO={info})"
