#!/usr/bin/python3
"""dsl-examples/yaml/cyclegan-edges-fashion.yaml trained in PyTorch as the reference implementation
(junyanz/pytorch-CycleGAN-and-pix2pix) trains a CycleGAN, on exactly the batches ganforge trains
on, for figures to set beside a ganforge run of the same spec (bench/RESULTS.md, issue 15).

    java -cp "bench/target/ganforge-bench.jar:bench/target/lib/*" dev.ganforge.bench.TranslationExchange \\
        export dsl-examples/yaml/cyclegan-edges-fashion.yaml /tmp/cycle-data 1200
    /usr/bin/python3 bench/cyclegan_reference.py --data /tmp/cycle-data --steps 1200 --out /tmp/cycle-ref.f32
    java ... dev.ganforge.bench.TranslationExchange score dsl-examples/yaml/cyclegan-edges-fashion.yaml /tmp/cycle-ref.f32

The networks are the spec's (ResNet generators 16-32-64 with six residual blocks, PatchGAN critics
32-64-128 with a 6x6 map; reflection padding, instance norm without affine parameters or running
statistics, biases everywhere as in the spec); the algorithm is the reference's (its losses are those of
bench/cyclegan_step_fixture.py, which CycleGanStepTest holds ganforge's recipe to): one forward pass,
both generators updated together with the critics frozen on MSE(D(G(x)), 1) for each direction +
lambda * the L1 cycle losses + 0.5 * lambda * the L1 identity losses, then each critic on 0.5 * (MSE(D(real), 1)
+ MSE(D(pool(fake)), 0)), with the reference's image pool of 50 (kept and returned until full,
then a coin flip per image between the new one and a stored one, which it replaces); Adam 2e-4,
betas (0.5, 0.999); the rate constant for the first half and then linear to 0, per step
(x (1 - max(0, t - n/2) / (n/2 + 1)) at step t). Weights are initialised as the reference does
(--init normal: N(0, 0.02), biases 0) or as PyTorch's layers do by default (--init default, which is
also ganforge's initialisation).

It writes the A -> B translations of the exported test inputs (--out, raw float32 like the inputs)
and prints the losses and the generators' largest gradient norm every 50 steps and, at the end,
the gradient norms' median and largest and the L1 figures it can compute itself (A -> B against
the true targets, B -> A against the true inputs, and the cycle A -> B -> A).
"""
import argparse
import os
import random
import sys
import time

import numpy as np
import torch
import torch.nn as nn

sys.dont_write_bytecode = True  # no __pycache__ in bench/ for the module below
from cyclegan_step_fixture import critic_loss, generator_terms  # the reference's losses, in one place

SHAPE = (1, 32, 32)


def residual_block(width):
    return Residual(nn.Sequential(
        nn.ReflectionPad2d(1), nn.Conv2d(width, width, 3), nn.InstanceNorm2d(width), nn.ReLU(),
        nn.ReflectionPad2d(1), nn.Conv2d(width, width, 3), nn.InstanceNorm2d(width)))


class Residual(nn.Module):
    def __init__(self, body):
        super().__init__()
        self.body = body

    def forward(self, x):
        return x + self.body(x)


def generator():
    layers = [nn.ReflectionPad2d(3), nn.Conv2d(1, 16, 7), nn.InstanceNorm2d(16), nn.ReLU()]
    for cin, cout in ((16, 32), (32, 64)):
        layers += [nn.Conv2d(cin, cout, 3, stride=2, padding=1), nn.InstanceNorm2d(cout), nn.ReLU()]
    layers += [residual_block(64) for _ in range(6)]
    for cin, cout in ((64, 32), (32, 16)):
        layers += [nn.ConvTranspose2d(cin, cout, 3, stride=2, padding=1, output_padding=1), nn.InstanceNorm2d(cout),
                   nn.ReLU()]
    layers += [nn.ReflectionPad2d(3), nn.Conv2d(16, 1, 7), nn.Tanh()]
    return nn.Sequential(*layers)


def critic():
    return nn.Sequential(
        nn.Conv2d(1, 32, 4, stride=2, padding=1), nn.LeakyReLU(0.2),
        nn.Conv2d(32, 64, 4, stride=2, padding=1), nn.InstanceNorm2d(64), nn.LeakyReLU(0.2),
        nn.Conv2d(64, 128, 4, stride=1, padding=1), nn.InstanceNorm2d(128), nn.LeakyReLU(0.2),
        nn.Conv2d(128, 1, 4, stride=1, padding=1))


def reference_init(net):
    for module in net.modules():
        if isinstance(module, (nn.Conv2d, nn.ConvTranspose2d)):
            nn.init.normal_(module.weight, 0.0, 0.02)
            nn.init.zeros_(module.bias)


class ImagePool:
    """The reference's history of generated images."""

    def __init__(self, size, rng):
        self.size, self.images, self.rng = size, [], rng

    def query(self, images):
        shown = []
        for image in images.detach():
            image = image.unsqueeze(0)
            if len(self.images) < self.size:
                self.images.append(image)
                shown.append(image)
            elif self.rng.random() > 0.5:
                index = self.rng.randrange(self.size)
                shown.append(self.images[index].clone())
                self.images[index] = image
            else:
                shown.append(image)
        return torch.cat(shown, 0)


def load(path, count=None):
    values = np.fromfile(path, dtype="<f4")
    images = torch.from_numpy(values).reshape(-1, *SHAPE)
    return images if count is None else images[:count]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True, help="the folder TranslationExchange export wrote")
    parser.add_argument("--steps", type=int, default=1200)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=2e-4)
    parser.add_argument("--cycle", type=float, default=10.0)
    parser.add_argument("--identity", type=float, default=0.5)
    parser.add_argument("--pool", type=int, default=50)
    parser.add_argument("--init", choices=["normal", "default"], default="normal")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--out", required=True, help="where the A -> B translations of the test inputs go")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)

    train_a, train_b = load(os.path.join(args.data, "train-a.f32")), load(os.path.join(args.data, "train-b.f32"))
    assert train_a.shape[0] >= args.steps * args.batch, "export at least as many batches as steps"
    g_ab, g_ba, d_b, d_a = generator(), generator(), critic(), critic()
    nets = (g_ab, g_ba, d_b, d_a)
    if args.init == "normal":
        for net in nets:
            reference_init(net)
    print("PyTorch %s, %d thread(s); parameters: generator %d, critic %d; init %s" % (
        torch.__version__, torch.get_num_threads(), sum(p.numel() for p in g_ab.parameters()),
        sum(p.numel() for p in d_b.parameters()), args.init))
    optimizers = [torch.optim.Adam(net.parameters(), lr=args.lr, betas=(0.5, 0.999)) for net in nets]
    opt_g_ab, opt_g_ba, opt_d_b, opt_d_a = optimizers
    pool_a, pool_b = ImagePool(args.pool, rng), ImagePool(args.pool, rng)
    constant = args.steps // 2
    started = time.time()
    largest, history = 0.0, []  # the generators' gradient norms: the largest since the last line, all
    for t in range(1, args.steps + 1):
        scale = 1.0 - max(0, t - constant) / float(args.steps - constant + 1)
        for optimizer in optimizers:
            for group in optimizer.param_groups:
                group["lr"] = args.lr * scale
        rows = slice((t - 1) * args.batch, t * args.batch)
        real_a, real_b = train_a[rows], train_b[rows]

        fake_b, fake_a = g_ab(real_a), g_ba(real_b)
        for net in (d_a, d_b):
            net.requires_grad_(False)
        opt_g_ab.zero_grad()
        opt_g_ba.zero_grad()
        terms = generator_terms(g_ab, g_ba, d_b, d_a, real_a, real_b, fake_b, fake_a, args.cycle, args.identity)
        sum(terms.values()).backward()
        norm = torch.sqrt(sum((p.grad.double() ** 2).sum() for net in (g_ab, g_ba) for p in net.parameters())).item()
        largest = max(largest, norm)
        history.append(norm)
        opt_g_ab.step()
        opt_g_ba.step()
        adversarial = terms["adversarial_ab"] + terms["adversarial_ba"]
        cycle = terms["cycle_a"] + terms["cycle_b"]
        identity = terms["identity_a"] + terms["identity_b"]
        for net in (d_a, d_b):
            net.requires_grad_(True)
        critic_losses = []
        for net, optimizer, real, fake, pool in ((d_b, opt_d_b, real_b, fake_b, pool_b), (d_a, opt_d_a, real_a, fake_a, pool_a)):
            optimizer.zero_grad()
            loss = critic_loss(net, real, pool.query(fake))
            loss.backward()
            optimizer.step()
            critic_losses.append(loss.item())
        if t == 1 or t % 50 == 0:
            print("step %d: critic B %.4f, critic A %.4f, adversarial %.4f, cycle %.4f, identity %.4f, rate x %.3f,"
                  " largest generator gradient norm %.4g (%.0f s)" % (
                      t, critic_losses[0], critic_losses[1], adversarial.item(), cycle.item(), identity.item(), scale,
                      largest, time.time() - started), flush=True)
            largest = 0.0

    test_a, test_b = load(os.path.join(args.data, "test-a.f32")), load(os.path.join(args.data, "test-b.f32"))
    translated, back, cycled = [], [], []
    with torch.no_grad():
        for nets_on in (g_ab, g_ba):
            nets_on.eval()
        for start in range(0, test_a.shape[0], 250):
            a, b = test_a[start:start + 250], test_b[start:start + 250]
            fake_b = g_ab(a)
            translated.append(fake_b)
            back.append(g_ba(b))
            cycled.append(g_ba(fake_b))
    translated, back, cycled = torch.cat(translated), torch.cat(back), torch.cat(cycled)
    translated.numpy().astype("<f4").tofile(args.out)
    ordered = sorted(history)
    print("generator gradient norms: median %.4g, largest %.4g, %d above 10 x the median" % (
        ordered[len(ordered) // 2], ordered[-1], sum(1 for n in history if n > 10 * ordered[len(ordered) // 2])))
    print("%d steps in %.0f s; test: A->B L1 %.4f, B->A L1 %.4f, cycle L1 %.4f; translations in %s" % (
        args.steps, time.time() - started, (translated - test_b).abs().mean().item(), (back - test_a).abs().mean().item(),
        (cycled - test_a).abs().mean().item(), args.out))


if __name__ == "__main__":
    main()
