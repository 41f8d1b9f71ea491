#!/usr/bin/env python3
"""The benchmark's training step in PyTorch (the Python package, e.g. Debian's python3-torch):
the same two networks and algorithm as ganforge's trainer and the hand-written DJL step (a
discriminator update on a real and a generated batch, then a generator update through the frozen
discriminator, non-saturating BCE on logits, fresh noise for each), with torch's own
ConvTranspose2d. Keras' "same" for the MNIST transposed convolutions is padding 2 with output
padding 1 at stride 2 (window one pixel later than Keras', same cost).

Refuses to run (exit status 3) unless torch computes with OpenBLAS pinned to --threads threads
(peer_blas.py). For each network prints `step NAME ms MEDIAN MIN MAX ROUNDS`, the line
dev.ganforge.bench.GanforgeStep prints for ganforge's step; --network runs one network, so that
its process's peak RSS is that network's (bench/performance-benchmark.sh); --check only checks
and describes the BLAS."""
import argparse
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

import peer_blas


class SamePad(nn.Module):
    """Keras "same" padding: the odd pixel at the end."""

    def __init__(self, before, after):
        super().__init__()
        self.pad = (before, after, before, after)

    def forward(self, x):
        return F.pad(x, self.pad)


def mnist_dcgan():
    layers = [nn.Linear(100, 128 * 7 * 7), nn.Unflatten(1, (128, 7, 7))]
    for cin, cout, stride in [(128, 128, 2), (128, 64, 2), (64, 32, 1), (32, 1, 1)]:
        layers += [nn.BatchNorm2d(cin), nn.ReLU(),
                   nn.ConvTranspose2d(cin, cout, 5, stride, padding=2, output_padding=stride - 1)]
    g = nn.Sequential(*layers, nn.Sigmoid())
    d = nn.Sequential(
        nn.LeakyReLU(0.2), SamePad(1, 2), nn.Conv2d(1, 32, 5, 2),
        nn.LeakyReLU(0.2), SamePad(1, 2), nn.Conv2d(32, 64, 5, 2),
        nn.LeakyReLU(0.2), nn.Conv2d(64, 128, 5, 2, padding=2),
        nn.LeakyReLU(0.2), nn.Conv2d(128, 256, 5, 1, padding=2),
        nn.Flatten(), nn.Linear(4096, 1))
    return g, d, (1, 28, 28), (0.0, 1.0), lambda p, lr: torch.optim.RMSprop(p, lr=lr, alpha=0.9), (1e-4, 2e-4)


def dcgan64():
    g = nn.Sequential(
        nn.Unflatten(1, (100, 1, 1)),
        nn.ConvTranspose2d(100, 512, 4, 1, 0, bias=False), nn.BatchNorm2d(512), nn.ReLU(),
        nn.ConvTranspose2d(512, 256, 4, 2, 1, bias=False), nn.BatchNorm2d(256), nn.ReLU(),
        nn.ConvTranspose2d(256, 128, 4, 2, 1, bias=False), nn.BatchNorm2d(128), nn.ReLU(),
        nn.ConvTranspose2d(128, 64, 4, 2, 1, bias=False), nn.BatchNorm2d(64), nn.ReLU(),
        nn.ConvTranspose2d(64, 3, 4, 2, 1, bias=False), nn.Tanh())
    d = nn.Sequential(
        nn.Conv2d(3, 64, 4, 2, 1, bias=False), nn.LeakyReLU(0.2),
        nn.Conv2d(64, 128, 4, 2, 1, bias=False), nn.BatchNorm2d(128), nn.LeakyReLU(0.2),
        nn.Conv2d(128, 256, 4, 2, 1, bias=False), nn.BatchNorm2d(256), nn.LeakyReLU(0.2),
        nn.Conv2d(256, 512, 4, 2, 1, bias=False), nn.BatchNorm2d(512), nn.LeakyReLU(0.2),
        nn.Conv2d(512, 1, 4, 1, 0, bias=False), nn.Flatten())
    adam = lambda p, lr: torch.optim.Adam(p, lr=lr, betas=(0.5, 0.999))
    return g, d, (3, 64, 64), (-1.0, 1.0), adam, (2e-4, 2e-4)


def train_step(g, d, g_opt, d_opt, real, latent=100):
    """One step of ganforge's adversarial recipe on a batch of real samples: the discriminator on
    the real batch and a generated one, then the generator through the frozen discriminator, with
    fresh noise for each. Returns the two losses (tensors)."""
    b = len(real)
    with torch.no_grad():
        fake = g(torch.randn(b, latent))
    d_loss = F.softplus(-d(real)).mean() + F.softplus(d(fake)).mean()
    d_opt.zero_grad(set_to_none=False)
    d_loss.backward()
    d_opt.step()
    for p in d.parameters():
        p.requires_grad_(False)
    g_loss = F.softplus(-d(g(torch.randn(b, latent)))).mean()
    g_opt.zero_grad(set_to_none=False)
    g_loss.backward()
    g_opt.step()
    for p in d.parameters():
        p.requires_grad_(True)
    return d_loss, g_loss


NETWORKS = {"seed-000-mnist-dcgan": mnist_dcgan, "dcgan-64": dcgan64}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--network", choices=sorted(NETWORKS), help="one network only (default: both)")
    parser.add_argument("--check", action="store_true", help="only check the BLAS and describe it")
    args = parser.parse_args()
    blas = peer_blas.require_openblas(torch, args.threads)
    torch.set_num_threads(args.threads)
    print(f"PyTorch {torch.__version__} (/usr/bin/python3), {torch.get_num_threads()} intra-op threads, {blas}",
          flush=True)
    if args.check:
        return
    for name in [args.network] if args.network else NETWORKS:
        g, d, shape, (lo, hi), optimizer, (g_lr, d_lr) = NETWORKS[name]()
        g_opt, d_opt = optimizer(g.parameters(), g_lr), optimizer(d.parameters(), d_lr)
        b = args.batch

        def step():
            d_loss, g_loss = train_step(g, d, g_opt, d_opt, torch.empty(b, *shape).uniform_(lo, hi))
            return d_loss.item() + g_loss.item()

        for _ in range(args.warmup):
            step()
        times = []
        for _ in range(args.rounds):
            started = time.perf_counter()
            step()
            times.append((time.perf_counter() - started) * 1e3)
        print(f"step {name} ms {statistics.median(times):.1f} {min(times):.1f} {max(times):.1f} {args.rounds}", flush=True)


if __name__ == "__main__":
    main()
