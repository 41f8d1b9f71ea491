#!/usr/bin/env python3
"""PyTorch's side of bench/time-to-quality.sh: trains the seed MNIST DCGAN
(dsl-examples/yaml/seed-000-mnist-dcgan.yaml) on Fashion-MNIST for a wall time, as ganforge trains
it: the network, optimisers, learning rates and step of pytorch_step.py (a discriminator update on
a real and a generated batch, then a generator update through the frozen discriminator,
non-saturating BCE on logits, fresh normal noise for each), batch 64, images scaled to [0, 1], the
training images visited epoch after epoch in a fresh random order, batches running on across an
epoch's end (as ganforge's datasets do).

The clock starts at --started (seconds since the epoch; the driver passes its time of launching
this process, so start-up and data loading count as they do for ganforge) or at this script's
start. For each mark (minutes), the generator's state is kept as it is after the last step that
ends before the mark, predicted from the previous step's duration: the state a run stopped at the
mark would hold. After the last mark, each kept generator draws --samples images (inference mode:
batch norm on its running statistics, as `ganforge evaluate` samples) from noise of --seed,
written as IDX (unsigned bytes, [0, 1] as 0-255, rounded, as `ganforge sample` writes them) to
OUT/pytorch-MARKmin-images-idx3-ubyte. Prints per mark: `mark MINUTES seconds S steps N file PATH`.

Refuses to run (exit status 3) unless torch computes with OpenBLAS pinned to --threads threads
(peer_blas.py)."""
import argparse
import gzip
import os
import struct
import time

STARTED = time.time()

import torch  # noqa: E402 (the clock starts before torch loads)

import peer_blas  # noqa: E402
from pytorch_step import mnist_dcgan, train_step  # noqa: E402


def read_images(path):
    """A gzipped (or plain) IDX file of unsigned-byte images, as a float tensor (N, 1, H, W) in [0, 1]."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as file:
        magic, count, rows, columns = struct.unpack(">IIII", file.read(16))
        if magic != 0x803:
            raise SystemExit(f"{path} is not an IDX file of unsigned-byte images (magic {magic:#x})")
        pixels = torch.frombuffer(bytearray(file.read(count * rows * columns)), dtype=torch.uint8)
    return pixels.reshape(count, 1, rows, columns).float().div_(255)


def write_images(path, images):
    """(N, 1, H, W) images in [0, 1] as an IDX file of unsigned bytes."""
    count, _, rows, columns = images.shape
    pixels = images.mul(255).round_().clamp_(0, 255).to(torch.uint8)
    with open(path, "wb") as file:
        file.write(struct.pack(">IIII", 0x803, count, rows, columns))
        file.write(pixels.numpy().tobytes())


class Batches:
    """Batches of the training images, epoch after epoch, each epoch in a fresh random order."""

    def __init__(self, images, batch, generator):
        self.images, self.batch, self.generator = images, batch, generator
        self.order, self.position = torch.randperm(len(images), generator=generator), 0

    def next(self):
        taken = []
        needed = self.batch
        while needed > 0:
            if self.position == len(self.order):
                self.order, self.position = torch.randperm(len(self.images), generator=self.generator), 0
            chunk = self.order[self.position:self.position + needed]
            taken.append(chunk)
            self.position += len(chunk)
            needed -= len(chunk)
        return self.images[torch.cat(taken)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--marks", type=float, nargs="+", required=True, help="wall-time marks, minutes")
    parser.add_argument("--out", required=True, help="folder for the generators and the samples")
    parser.add_argument("--samples", type=int, default=10_000)
    parser.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--started", type=float, default=STARTED, help="when the clock started, seconds since the epoch")
    args = parser.parse_args()
    blas = peer_blas.require_openblas(torch, args.threads)
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    os.makedirs(args.out, exist_ok=True)
    print(f"PyTorch {torch.__version__} (/usr/bin/python3), {torch.get_num_threads()} intra-op threads, {blas}",
          flush=True)

    images = read_images(os.path.join(args.data, "train-images-idx3-ubyte.gz"))
    g, d, shape, (lo, hi), optimizer, (g_lr, d_lr) = mnist_dcgan()
    if tuple(images.shape[1:]) != shape or (lo, hi) != (0.0, 1.0):
        raise SystemExit(f"the data ({tuple(images.shape[1:])}) does not fit the network ({shape}, range {lo}..{hi})")
    g_opt, d_opt = optimizer(g.parameters(), g_lr), optimizer(d.parameters(), d_lr)
    batches = Batches(images, args.batch, torch.Generator().manual_seed(args.seed))

    marks = sorted(args.marks)
    kept = []  # (minutes, seconds, steps, path of the generator's state)
    steps, last_step = 0, 0.0
    while marks:
        now = time.time() - args.started
        if now + last_step > marks[0] * 60:
            path = os.path.join(args.out, f"pytorch-{marks[0]:g}min.pt")
            torch.save(g.state_dict(), path)
            kept.append((marks.pop(0), now, steps, path))
            print(f"kept the generator of step {steps} at {now:.1f} s", flush=True)
            continue
        started = time.time()
        d_loss, g_loss = train_step(g, d, g_opt, d_opt, batches.next())
        if not torch.isfinite(d_loss + g_loss):
            raise SystemExit(f"training diverged at step {steps + 1}")
        steps += 1
        last_step = time.time() - started

    noise = torch.Generator().manual_seed(args.seed + 1)
    for minutes, seconds, at_step, path in kept:
        g.load_state_dict(torch.load(path))
        g.eval()
        with torch.no_grad():
            samples = torch.cat([g(torch.randn(min(500, args.samples - i), 100, generator=noise))
                                 for i in range(0, args.samples, 500)])
        out = os.path.join(args.out, f"pytorch-{minutes:g}min-images-idx3-ubyte")
        write_images(out, samples.clamp(0, 1))
        print(f"mark {minutes:g} seconds {seconds:.1f} steps {at_step} file {out}", flush=True)


if __name__ == "__main__":
    main()
