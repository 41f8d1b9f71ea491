#!/usr/bin/python3
"""PyTorch references for WGAN-GP's gradient penalty on critics built from ganforge's blocks.

Regenerate (from the repository root, with Debian's interpreter, which has torch 1.13):

    /usr/bin/python3 plugins/src/test/python/make_penalty_fixtures.py

It writes ``plugins/src/test/resources/penalty/<case>.json``::

    {
      "case": name,
      "critic": the critic's blocks, in the vocabulary of the engine's block fixtures
                (engine/src/test/python/make_fixtures.py, whose module builder this reuses),
      "lambda": the penalty's weight,
      "points": the points x the penalty is taken at, (N, C, H, W),
      "parameters": [{"name", "shape", "data"}, ...]  in named_parameters order,
      "scores": D(x), (N, 1),
      "input_gradient": the gradient of sum(D(x)) with respect to x,
      "penalty": lambda * mean over the batch of (||input gradient of sample n||_2 - 1)^2, shape [],
      "gradients": {"<parameter name>": d penalty / d parameter}  (zeros where the input gradient
                   does not depend on the parameter, as for the last bias)
    }

Parameters and points are drawn in float32 (torch seeded with a CRC32 of the case name, the
distributions of the block fixtures); the references are then computed in float64 from exactly
those values, the penalty's gradient through torch.autograd.grad(create_graph=True), and
rounded to float32 only when written.

The penalty is taken at given points rather than at random interpolates: ganforge draws the
interpolation weights u from its engine's generator, which PyTorch cannot reproduce, so the
Java test passes the points as both the real and the generated batch; x * u + x * (1 - u) is
then the points whatever u is (to float32 rounding).
"""

import json
import os
import sys
import zlib

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "engine", "src", "test", "python"))
sys.dont_write_bytecode = True  # no __pycache__ beside the engine's script

import make_fixtures as mf  # noqa: E402  (the engine's fixture helpers, found through the path above)

OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "resources", "penalty"))


def penalty_case(name, critic_blocks, points_shape, lam):
    torch.manual_seed(zlib.crc32(name.encode("utf-8")) & 0x7FFFFFFF)
    critic, _ = mf.sequence(critic_blocks, points_shape[1])
    mf.randomise(critic)
    points = torch.randn(*points_shape)
    parameters = [(k, p.detach().clone()) for k, p in critic.named_parameters()]

    critic = critic.double()
    x = points.double().requires_grad_(True)
    scores = critic(x)
    gradient, = torch.autograd.grad(scores.sum(), x, create_graph=True)
    norms = gradient.reshape(points_shape[0], -1).norm(2, dim=1)
    penalty = lam * ((norms - 1) ** 2).mean()
    penalty.backward()

    return {
        "case": name,
        "critic": critic_blocks,
        "lambda": lam,
        "points": mf.tensor_json(points),
        "parameters": [mf.named_json(k, v) for k, v in parameters],
        "scores": mf.tensor_json(scores),
        "input_gradient": mf.tensor_json(gradient),
        "penalty": mf.tensor_json(penalty),
        "gradients": {k: mf.tensor_json(p.grad if p.grad is not None else torch.zeros_like(p))
                      for k, p in critic.named_parameters()},
    }


def main():
    torch.set_num_threads(1)
    relu = "relu"
    # SNGAN's down-sampling critic block, then global sum pooling and the score (Miyato et al. 2018)
    residual_critic = [
        {"kind": "residual",
         "body": [mf.act_block(relu), mf.conv_block(3, 3, padding=1), mf.act_block(relu),
                  mf.conv_block(3, 3, padding=1), {"kind": "avg-pool", "size": 2}],
         "shortcut": [mf.conv_block(3, 1), {"kind": "avg-pool", "size": 2}]},
        {"kind": "global-sum-pool"},
        {"kind": "dense", "units": 1, "bias": True, "activation": "linear"},
    ]
    cases = [penalty_case("residual_critic", residual_critic, (3, 2, 6, 6), 10.0)]
    os.makedirs(OUT_DIR, exist_ok=True)
    for fixture in cases:
        with open(os.path.join(OUT_DIR, fixture["case"] + ".json"), "w") as f:
            f.write(json.dumps(fixture, separators=(",", ":")) + "\n")
    print("%d penalty cases in %s" % (len(cases), OUT_DIR))


if __name__ == "__main__":
    main()
