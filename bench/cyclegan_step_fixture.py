#!/usr/bin/python3
"""Two CycleGAN training steps in PyTorch, as the reference implementation trains them, for
ganforge's ``cyclegan`` recipe to be checked against (CycleGanStepTest in plugins).

Regenerate (from the repository root, with Debian's interpreter, which has torch 1.13):

    /usr/bin/python3 bench/cyclegan_step_fixture.py

It writes ``plugins/src/test/resources/cyclegan/two_steps.json``.

The step follows junyanz/pytorch-CycleGAN-and-pix2pix (``models/cycle_gan_model.py``,
``models/networks.py``), written anew here:

* naming: the reference's G_A translates A to B and D_A judges domain B (its fakes are G_A's);
  ganforge's roles are ``generator`` (A to B), ``generator-ba`` (B to A), ``discriminator``
  (judges B) and ``discriminator-a`` (judges A). The fixture uses ganforge's role names.
* one forward pass first: fake_B = G_A(A), rec_A = G_B(fake_B), fake_A = G_B(B), rec_B = G_A(fake_A);
* then both generators in one Adam step, the critics frozen, on
  MSE(D_A(fake_B), 1) + MSE(D_B(fake_A), 1) + λ·L1(rec_A, A) + λ·L1(rec_B, B)
  + λ·λ_idt·L1(G_A(B), B) + λ·λ_idt·L1(G_B(A), A), MSE and L1 means over every value;
* then each critic on 0.5·(MSE(D(real), 1) + MSE(D(pool(fake).detach()), 0)), its real images
  those of its own domain and the fakes those of the forward pass above (made before the
  generators' update), through a pool of 50 that returns every new image while it is not full
  (two steps of two images never fill it, so the pool's random draws never happen);
* Adam (β1 0.5, β2 0.999, ε 1e-8) per network, the learning rate scaled by the reference's
  ``linear`` policy with one "epoch" per step: rate × (1 − max(0, t − n) / (n_decay + 1)) at step
  t (from 1), stepped after each step, with n = ⌊0.5 · steps⌋ constant steps and n_decay the rest;
  with two steps: × 1, then × 0.5.

The networks are small versions of the reference's: a ResNet generator (reflection pad 3, conv
7×7, instance norm, ReLU, one stride-2 conv down, one residual block of reflection-padded 3×3
convolutions, one stride-2 transposed conv up, reflection pad 3, conv 7×7, tanh) and a PatchGAN
critic (conv 4×4 stride 2 with LeakyReLU 0.2, conv 4×4 stride 1 with instance norm and LeakyReLU,
conv 4×4 to one channel), on 1×16×16 images in batches of two, written in the block vocabulary
of engine/src/test/python/make_fixtures.py, whose module builder this reuses. Instance norm is
the reference's (no affine parameters, no running statistics). The convolutions followed by
instance norm have no bias here (the reference gives them one): such a bias is removed by the
norm, so its gradient is rounding noise, which Adam's first step (≈ rate × sign of the gradient)
would turn into differences of the order of the rate.

The weights are drawn as the reference initialises them (init_type normal, gain 0.02: every
weight from N(0, 0.02)); the biases from N(0, 0.02) as well, rather than the reference's zeros,
so that a bias loaded in the wrong place shows. The batches: domain A binary "edge" images in
{−1, 1}, domain B uniform in [−1, 1]. Everything is drawn in float32 from a seeded generator;
the steps are then computed in float64 and rounded to float32 only when written.

File format (tensors as in make_fixtures.py: {"shape", "data"}, float32, row-major)::

    {
      "case": "two_steps",
      "image": [1, 16, 16], "batch": 2, "steps": 2,
      "cycle_weight": 10.0, "identity_weight": 0.5, "pool_size": 50,
      "learning_rate": 2e-4, "beta1": 0.5, "beta2": 0.999, "epsilon": 1e-8, "decay_start": 0.5,
      "generator": [blocks], "critic": [blocks],
      "initial": {role: [{"name", "shape", "data"}, ...]}   # named_parameters order
      "step": [                                             # one entry per step
        {"real_a": tensor, "real_b": tensor, "rate_scale": s,
         "losses": {"adversarial_ab", "adversarial_ba", "cycle_a", "cycle_b", "identity_a",
                    "identity_b" (each weighted as it enters the sum), "generator" (the sum),
                    "discriminator" (judges B), "discriminator-a" (judges A)},
         "after": {role: [{"name", "shape", "data"}, ...]}}  # the weights after the step
      ]
    }
"""

import json
import math
import os
import sys

import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, os.path.join(ROOT, "engine", "src", "test", "python"))
sys.dont_write_bytecode = True  # no __pycache__ beside the engine's script

import make_fixtures as mf  # noqa: E402  (the engine's fixture helpers, found through the path above)

OUT = os.path.join(ROOT, "plugins", "src", "test", "resources", "cyclegan", "two_steps.json")
ROLES = ["generator", "generator-ba", "discriminator", "discriminator-a"]
IMAGE, BATCH, STEPS = (1, 16, 16), 2, 2
CYCLE, IDENTITY, POOL = 10.0, 0.5, 50
RATE, BETAS, EPSILON, DECAY_START = 2e-4, (0.5, 0.999), 1e-8, 0.5
LEAKY = {"type": "leaky-relu", "alpha": 0.2}


def instance_norm():
    return mf.instance_norm_block(False)


def generator_blocks():
    return [
        {"kind": "reflection-pad", "size": 3},
        mf.conv_block(2, 7, bias=False), instance_norm(), mf.act_block("relu"),
        mf.conv_block(4, 3, s=2, padding=1, bias=False), instance_norm(), mf.act_block("relu"),
        {"kind": "residual", "body": [
            {"kind": "reflection-pad", "size": 1}, mf.conv_block(4, 3, bias=False), instance_norm(),
            mf.act_block("relu"),
            {"kind": "reflection-pad", "size": 1}, mf.conv_block(4, 3, bias=False), instance_norm()]},
        mf.conv_t_block(2, 3, 2, 1, op=1, bias=False), instance_norm(), mf.act_block("relu"),
        {"kind": "reflection-pad", "size": 3},
        mf.conv_block(1, 7, act="tanh"),
    ]


def critic_blocks():
    return [
        mf.conv_block(4, 4, s=2, padding=1, act=LEAKY),                     # 16 -> 8
        mf.conv_block(8, 4, s=1, padding=1, bias=False), instance_norm(),   # 8 -> 7
        mf.act_block(LEAKY),
        mf.conv_block(1, 4, s=1, padding=1),                                # 7 -> 6
    ]


class Pool:
    """The reference's image pool while it is not full: every new image is kept and returned."""

    def __init__(self, size):
        self.size, self.images = size, []

    def query(self, images):
        if len(self.images) + images.shape[0] > self.size:
            raise AssertionError("the fixture's pool would fill; its random draws cannot be shared with Java")
        self.images.extend(images.detach().clone())
        return images


def generator_terms(g_ab, g_ba, d_b, d_a, real_a, real_b, fake_b, fake_a, cycle, identity):
    """The reference's loss of both generators, term by term, each weighted as it enters the sum:
    fake_b = g_ab(real_a) and fake_a = g_ba(real_b) are this step's translations; the caller
    freezes the critics."""
    scores_b, scores_a = d_b(fake_b), d_a(fake_a)
    return {
        "adversarial_ab": F.mse_loss(scores_b, torch.ones_like(scores_b)),
        "adversarial_ba": F.mse_loss(scores_a, torch.ones_like(scores_a)),
        "cycle_a": F.l1_loss(g_ba(fake_b), real_a) * cycle,
        "cycle_b": F.l1_loss(g_ab(fake_a), real_b) * cycle,
        "identity_a": F.l1_loss(g_ab(real_b), real_b) * cycle * identity,
        "identity_b": F.l1_loss(g_ba(real_a), real_a) * cycle * identity,
    }


def critic_loss(critic, real, shown):
    """The reference's critic loss: half the sum of the mean squared errors to 1 on real images and
    to 0 on the (pooled, detached) generated ones it is shown."""
    on_real, on_fake = critic(real), critic(shown)
    return 0.5 * (F.mse_loss(on_real, torch.ones_like(on_real)) + F.mse_loss(on_fake, torch.zeros_like(on_fake)))


def parameters_json(net):
    return [mf.named_json(k, p) for k, p in net.named_parameters()]


def rate_scale(step, steps):
    """The reference's linear policy, one epoch per step, stepped after each: the rate of step t (from 1)."""
    constant = math.floor(DECAY_START * steps)
    return 1.0 - max(0, step - constant) / float(steps - constant + 1)


def main():
    torch.set_num_threads(1)
    generator = torch.Generator().manual_seed(20261207)
    nets = {}
    for role in ROLES:
        blocks = generator_blocks() if role.startswith("generator") else critic_blocks()
        net, _ = mf.sequence(blocks, IMAGE[0])
        with torch.no_grad():
            for p in net.parameters():
                p.copy_(torch.randn(p.shape, generator=generator) * 0.02)
        nets[role] = net
    initial = {role: parameters_json(net) for role, net in nets.items()}
    batches = []
    for _ in range(STEPS):
        real_a = torch.where(torch.rand((BATCH,) + IMAGE, generator=generator) < 0.25, 1.0, -1.0)
        real_b = torch.rand((BATCH,) + IMAGE, generator=generator) * 2 - 1
        batches.append((real_a, real_b))

    nets = {role: net.double() for role, net in nets.items()}
    optimizers = {role: torch.optim.Adam(net.parameters(), lr=RATE, betas=BETAS, eps=EPSILON)
                  for role, net in nets.items()}
    g_ab, g_ba, d_b, d_a = (nets[role] for role in ROLES)
    pool_a, pool_b = Pool(POOL), Pool(POOL)
    steps = []
    for t, (real_a32, real_b32) in enumerate(batches, start=1):
        scale = rate_scale(t, STEPS)
        for optimizer in optimizers.values():
            for group in optimizer.param_groups:
                group["lr"] = RATE * scale
        real_a, real_b = real_a32.double(), real_b32.double()

        fake_b, fake_a = g_ab(real_a), g_ba(real_b)
        for critic in (d_a, d_b):
            critic.requires_grad_(False)
        for role in ("generator", "generator-ba"):
            optimizers[role].zero_grad()
        terms = generator_terms(g_ab, g_ba, d_b, d_a, real_a, real_b, fake_b, fake_a, CYCLE, IDENTITY)
        total = sum(terms.values())
        total.backward()
        optimizers["generator"].step()
        optimizers["generator-ba"].step()

        for critic in (d_a, d_b):
            critic.requires_grad_(True)
        critic_losses = {}
        for role, critic, real, fake, pool in (("discriminator", d_b, real_b, fake_b, pool_b),
                                                ("discriminator-a", d_a, real_a, fake_a, pool_a)):
            optimizers[role].zero_grad()
            loss = critic_loss(critic, real, pool.query(fake).detach())
            loss.backward()
            optimizers[role].step()
            critic_losses[role] = loss

        losses = {k: float(mf._num(v.item())) for k, v in terms.items()}
        losses["generator"] = mf._num(total.item())
        losses.update({k: mf._num(v.item()) for k, v in critic_losses.items()})
        steps.append({"real_a": mf.tensor_json(real_a32), "real_b": mf.tensor_json(real_b32), "rate_scale": scale,
                      "losses": losses, "after": {role: parameters_json(net) for role, net in nets.items()}})
        print("step %d (rate × %.3f): %s" % (t, scale, ", ".join("%s %.6f" % kv for kv in losses.items())))

    fixture = {
        "case": "two_steps", "image": list(IMAGE), "batch": BATCH, "steps": STEPS,
        "cycle_weight": CYCLE, "identity_weight": IDENTITY, "pool_size": POOL,
        "learning_rate": RATE, "beta1": BETAS[0], "beta2": BETAS[1], "epsilon": EPSILON, "decay_start": DECAY_START,
        "generator": generator_blocks(), "critic": critic_blocks(),
        "initial": initial, "step": steps,
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        f.write(json.dumps(fixture, separators=(",", ":")) + "\n")
    print("wrote %s (%d bytes)" % (os.path.relpath(OUT, ROOT), os.path.getsize(OUT)))


if __name__ == "__main__":
    main()
