#!/usr/bin/python3
"""PyTorch reference trajectories for ganforge's optimisers (dev.ganforge.engine.optim).

Regenerate (from the repository root, with Debian's interpreter, which has torch 1.13):

    /usr/bin/python3 engine/src/test/python/make_optimizer_fixtures.py

Each case runs one ``torch.optim`` optimiser for STEPS steps on two parameters, ``weight``
(3, 4) and ``bias`` (3,), with a fixed, pre-drawn gradient per parameter and step (assigned to
``.grad``, so the optimiser sees exactly those numbers), and records the parameters after every
step. It writes ``engine/src/test/resources/optimizer-fixtures/<case>.json`` and ``index.json``.
Deterministic: every case seeds torch with a CRC32 of its own name.

File format (all tensors float32, flattened row-major)::

    {
      "case": name,
      "optimizer": "adam" | "rmsprop" | "sgd",
      "options": the torch keyword arguments (torch spelling: lr, betas, alpha, ...),
      "initial": {"weight": {"shape", "data"}, "bias": {...}},
      "gradients": [ {"weight": {...}, "bias": {...}}, ... ]   # one entry per step
      "after": [ {"weight": {...}, "bias": {...}}, ... ]       # parameters after each step
    }
"""
import json
import pathlib
import zlib

import numpy
import torch

STEPS = 5
OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "optimizer-fixtures"

CASES = [
    ("adam_default", "adam", {}),
    ("adam_beta05_wd", "adam", {"lr": 2e-4, "betas": (0.5, 0.999), "weight_decay": 0.01}),
    ("adam_large_lr_eps", "adam", {"lr": 0.1, "betas": (0.0, 0.9), "eps": 1e-3}),
    ("rmsprop_default", "rmsprop", {}),
    ("rmsprop_momentum", "rmsprop", {"lr": 5e-3, "alpha": 0.9, "momentum": 0.8}),
    ("rmsprop_centered", "rmsprop", {"lr": 5e-3, "centered": True, "weight_decay": 0.05}),
    ("rmsprop_centered_momentum", "rmsprop", {"lr": 1e-3, "centered": True, "momentum": 0.5, "eps": 1e-4}),
    ("sgd_plain", "sgd", {"lr": 0.1}),
    ("sgd_momentum", "sgd", {"lr": 0.05, "momentum": 0.9, "weight_decay": 0.01}),
    ("sgd_momentum_dampening", "sgd", {"lr": 0.05, "momentum": 0.9, "dampening": 0.3}),
    ("sgd_nesterov", "sgd", {"lr": 0.05, "momentum": 0.9, "nesterov": True, "weight_decay": 0.01}),
]

FACTORIES = {"adam": torch.optim.Adam, "rmsprop": torch.optim.RMSprop, "sgd": torch.optim.SGD}


def tensor(t):
    return {"shape": list(t.shape), "data": [float(repr_float32(x)) for x in t.detach().reshape(-1).tolist()]}


def repr_float32(x):
    # shortest decimal that round-trips as float32
    return numpy.format_float_positional(numpy.float32(x), unique=True, trim="-") if x == x else "nan"


def make(name, kind, options):
    torch.manual_seed(zlib.crc32(name.encode()))
    weight = torch.nn.Parameter(torch.randn(3, 4))
    bias = torch.nn.Parameter(torch.randn(3))
    gradients = [{"weight": torch.randn(3, 4), "bias": torch.randn(3)} for _ in range(STEPS)]
    initial = {"weight": tensor(weight), "bias": tensor(bias)}
    optimizer = FACTORIES[kind]([weight, bias], **options)
    after = []
    for step in gradients:
        weight.grad = step["weight"].clone()
        bias.grad = step["bias"].clone()
        optimizer.step()
        after.append({"weight": tensor(weight), "bias": tensor(bias)})
    return {
        "case": name,
        "optimizer": kind,
        "options": {k: list(v) if isinstance(v, tuple) else v for k, v in options.items()},
        "initial": initial,
        "gradients": [{k: tensor(v) for k, v in g.items()} for g in gradients],
        "after": after,
    }


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    names = []
    for name, kind, options in CASES:
        (OUT / f"{name}.json").write_text(json.dumps(make(name, kind, options)) + "\n")
        names.append(name)
    (OUT / "index.json").write_text(json.dumps({"torch": torch.__version__, "cases": names}, indent=1) + "\n")


if __name__ == "__main__":
    main()
