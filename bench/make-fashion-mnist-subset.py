#!/usr/bin/env python3
"""Writes the small Fashion-MNIST subset the tests read (plugins/src/test/resources/fashion-mnist-subset).

Takes the first TRAIN training and TEST test images with their labels from Debian's
dataset-fashion-mnist (/usr/share/datasets/fashion-mnist) and writes them as gzipped IDX files with
the original names, so that the tests need neither the package nor a download.
Usage: bench/make-fashion-mnist-subset.py [SOURCE_DIR] [TARGET_DIR]
"""
import gzip
import os
import struct
import sys

TRAIN, TEST = 512, 128
source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/datasets/fashion-mnist"
here = os.path.dirname(os.path.abspath(__file__))
target = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
    here, "..", "plugins", "src", "test", "resources", "fashion-mnist-subset")


def subset(name, count):
    with gzip.open(os.path.join(source, name + ".gz"), "rb") as f:
        magic, = struct.unpack(">I", f.read(4))
        rank = magic & 0xFF
        dims = list(struct.unpack(">" + "I" * rank, f.read(4 * rank)))
        item = 1
        for d in dims[1:]:
            item *= d
        body = f.read(count * item)
    dims[0] = count
    # mtime=0 keeps the files byte-identical from one run to the next.
    with gzip.GzipFile(os.path.join(target, name + ".gz"), "wb", mtime=0) as out:
        out.write(struct.pack(">I", magic) + struct.pack(">" + "I" * rank, *dims) + body)


os.makedirs(target, exist_ok=True)
subset("train-images-idx3-ubyte", TRAIN)
subset("train-labels-idx1-ubyte", TRAIN)
subset("t10k-images-idx3-ubyte", TEST)
subset("t10k-labels-idx1-ubyte", TEST)
