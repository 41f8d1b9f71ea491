#!/usr/bin/python3
"""Trainable parameter counts of reference GAN networks, counted by PyTorch.

Run with Debian's interpreter, which has torch 1.13 (python3-torch):

    /usr/bin/python3 bench/reference_counts.py

The networks are written here from the papers' architecture descriptions, in the layouts of
the implementations that users compare against; `ganforge describe` of the matching YAML
examples must print the same counts.

* SNGAN, 32x32 (Miyato et al. 2018, the ResNet of their appendix), as Mimicry's sngan_32 lays
  it out: generator nz 128, ngf 256; discriminator ndf 128. Spectral normalisation replaces a
  weight by weight_orig plus two buffers, so it adds no trainable parameter.
* The conditional SNGAN of dsl-examples/yaml/cbn-fashion.yaml, for 1x28x28 and 10 classes, as
  Mimicry's conditional SNGAN lays it out: the generator's residual blocks normalise with
  class-conditional batch norm (BN without affine parameters, then a gain and a bias per class,
  2 x channels x classes values), the last BN stays plain; the critic is the SNGAN critic with a
  projection head (a class embedding of ndf values per class, Miyato & Koyama 2018). Width 64,
  two up-sampling blocks from 7x7, ganforge's projection block as the stem.
* CycleGAN (Zhu et al. 2017) and pix2pix (Isola et al. 2017), 256x256 RGB, with the defaults of
  their reference implementation's define_G / define_D: ResNet generators with 9 and 6 residual
  blocks (ngf 64, instance norm without affine parameters, no dropout), the U-Net with 8
  down-samplings (ngf 64, batch norm, dropout), and the 70x70 PatchGAN critic (n_layers 3,
  ndf 64) with batch norm and with instance norm. A convolution followed by batch norm has no
  bias; with instance norm (no affine parameters) it has one. The first and last convolution
  of each network keep their bias, except the U-Net's first down-convolution, which is built
  like the others.
* The small translation networks of dsl-examples/yaml/pix2pix-edges-fashion.yaml and
  cyclegan-edges-fashion.yaml for 1x32x32 images: the U-Net with 5 downs (ngf 32), the ResNet
  generator with 6 blocks (ngf 16), PatchGANs with n_layers 2 (ndf 32); and the 70x70 PatchGAN's
  output on a 32x32 image.

With `--fixture dsl-examples/src/test/resources/image-to-image-reference.properties` it also
writes the image-to-image figures, `key = count` and `key.output = c,h,w` (one sample's
output), which dsl-examples' ImageToImageNetworksTest checks ganforge's shape inference against.
"""

import sys

import torch
import torch.nn as nn
import torch.nn.functional as F


def trainable(module):
    return sum(p.numel() for p in module.parameters() if p.requires_grad)


# --------------------------------------------------------------------------- SNGAN 32x32

class SnganGeneratorBlock(nn.Module):
    """BN, ReLU, up 2, conv 3x3, BN, ReLU, conv 3x3; shortcut: up 2, conv 1x1."""

    def __init__(self, channels_in, channels_out):
        super().__init__()
        self.body = nn.Sequential(
            nn.BatchNorm2d(channels_in), nn.ReLU(), nn.Upsample(scale_factor=2),
            nn.Conv2d(channels_in, channels_out, 3, padding=1),
            nn.BatchNorm2d(channels_out), nn.ReLU(),
            nn.Conv2d(channels_out, channels_out, 3, padding=1))
        self.shortcut = nn.Sequential(nn.Upsample(scale_factor=2), nn.Conv2d(channels_in, channels_out, 1))

    def forward(self, x):
        return self.body(x) + self.shortcut(x)


class SnganGenerator(nn.Module):
    def __init__(self, nz=128, ngf=256, bottom=4):
        super().__init__()
        self.ngf, self.bottom = ngf, bottom
        self.project = nn.Linear(nz, bottom * bottom * ngf)
        self.blocks = nn.Sequential(*[SnganGeneratorBlock(ngf, ngf) for _ in range(3)])
        self.out = nn.Sequential(nn.BatchNorm2d(ngf), nn.ReLU(), nn.Conv2d(ngf, 3, 3, padding=1), nn.Tanh())

    def forward(self, z):
        x = self.project(z).view(-1, self.ngf, self.bottom, self.bottom)
        return self.out(self.blocks(x))


class SnganCriticBlock(nn.Module):
    """first: conv-ReLU-conv-pool, shortcut pool-conv1x1 (the image is not activated);
    otherwise ReLU-conv-ReLU-conv(-pool), shortcut conv1x1(-pool) when it down-samples or
    changes the channels, else the identity."""

    def __init__(self, channels_in, channels_out, downsample, first=False):
        super().__init__()
        sn = nn.utils.spectral_norm
        conv1 = sn(nn.Conv2d(channels_in, channels_out, 3, padding=1))
        conv2 = sn(nn.Conv2d(channels_out, channels_out, 3, padding=1))
        pool = [nn.AvgPool2d(2)] if downsample else []
        if first:
            self.body = nn.Sequential(conv1, nn.ReLU(), conv2, *pool)
            self.shortcut = nn.Sequential(*pool, sn(nn.Conv2d(channels_in, channels_out, 1)))
        else:
            self.body = nn.Sequential(nn.ReLU(), conv1, nn.ReLU(), conv2, *pool)
            learned = downsample or channels_in != channels_out
            self.shortcut = (nn.Sequential(sn(nn.Conv2d(channels_in, channels_out, 1)), *pool)
                             if learned else nn.Sequential())

    def forward(self, x):
        return self.body(x) + self.shortcut(x)


class SnganCritic(nn.Module):
    def __init__(self, ndf=128):
        super().__init__()
        self.blocks = nn.Sequential(
            SnganCriticBlock(3, ndf, downsample=True, first=True),
            SnganCriticBlock(ndf, ndf, downsample=True),
            SnganCriticBlock(ndf, ndf, downsample=False),
            SnganCriticBlock(ndf, ndf, downsample=False),
            nn.ReLU())
        self.score = nn.utils.spectral_norm(nn.Linear(ndf, 1))

    def forward(self, x):
        return self.score(self.blocks(x).sum(dim=(2, 3)))


# --------------------------------------------------------------------------- conditional SNGAN (cBN)

class ConditionalBatchNorm(nn.Module):
    def __init__(self, channels, classes):
        super().__init__()
        self.norm = nn.BatchNorm2d(channels, affine=False)
        self.gain = nn.Embedding(classes, channels)
        self.bias = nn.Embedding(classes, channels)

    def forward(self, x, y):
        shape = (x.shape[0], x.shape[1], 1, 1)
        return self.norm(x) * self.gain(y).view(shape) + self.bias(y).view(shape)


class ConditionalGeneratorBlock(nn.Module):
    """cBN, ReLU, up 2, conv 3x3, cBN, ReLU, conv 3x3; shortcut: up 2, conv 1x1."""

    def __init__(self, channels, classes):
        super().__init__()
        self.norm1 = ConditionalBatchNorm(channels, classes)
        self.conv1 = nn.Conv2d(channels, channels, 3, padding=1)
        self.norm2 = ConditionalBatchNorm(channels, classes)
        self.conv2 = nn.Conv2d(channels, channels, 3, padding=1)
        self.shortcut = nn.Conv2d(channels, channels, 1)

    def forward(self, x, y):
        h = self.conv1(F.interpolate(F.relu(self.norm1(x, y)), scale_factor=2))
        h = self.conv2(F.relu(self.norm2(h, y)))
        return h + self.shortcut(F.interpolate(x, scale_factor=2))


class ConditionalSnganGenerator(nn.Module):
    def __init__(self, nz=128, ngf=64, bottom=7, classes=10, channels=1, blocks=2):
        super().__init__()
        self.ngf, self.bottom = ngf, bottom
        self.project = nn.Linear(nz, bottom * bottom * ngf)
        self.blocks = nn.ModuleList([ConditionalGeneratorBlock(ngf, classes) for _ in range(blocks)])
        self.out = nn.Sequential(nn.BatchNorm2d(ngf), nn.ReLU(), nn.Conv2d(ngf, channels, 3, padding=1), nn.Tanh())

    def forward(self, z, y):
        x = self.project(z).view(-1, self.ngf, self.bottom, self.bottom)
        for block in self.blocks:
            x = block(x, y)
        return self.out(x)


class ProjectionSnganCritic(nn.Module):
    def __init__(self, ndf=64, classes=10, channels=1):
        super().__init__()
        self.blocks = nn.Sequential(
            SnganCriticBlock(channels, ndf, downsample=True, first=True),
            SnganCriticBlock(ndf, ndf, downsample=True),
            SnganCriticBlock(ndf, ndf, downsample=False),
            SnganCriticBlock(ndf, ndf, downsample=False),
            nn.ReLU())
        self.score = nn.utils.spectral_norm(nn.Linear(ndf, 1))
        self.embed = nn.Embedding(classes, ndf)

    def forward(self, x, y):
        features = self.blocks(x).sum(dim=(2, 3))
        return self.score(features) + (self.embed(y) * features).sum(dim=1, keepdim=True)


# --------------------------------------------------------------------------- CycleGAN / pix2pix

def norm_factory(norm):
    if norm == "batch":
        return lambda channels: nn.BatchNorm2d(channels)
    if norm == "instance":
        return lambda channels: nn.InstanceNorm2d(channels, affine=False, track_running_stats=False)
    raise ValueError(norm)


class ResnetBlock(nn.Module):
    """x + (reflect 1, conv 3x3, norm, ReLU, reflect 1, conv 3x3, norm)."""

    def __init__(self, channels, norm, bias):
        super().__init__()
        self.body = nn.Sequential(
            nn.ReflectionPad2d(1), nn.Conv2d(channels, channels, 3, bias=bias), norm(channels), nn.ReLU(),
            nn.ReflectionPad2d(1), nn.Conv2d(channels, channels, 3, bias=bias), norm(channels))

    def forward(self, x):
        return x + self.body(x)


def resnet_generator(blocks, ngf=64, norm="instance", channels=3):
    """c7s1-ngf, two stride-2 downs, `blocks` residual blocks at 4 ngf, two stride-2 transposed
    convolutions up, c7s1-3 with bias and tanh."""
    make_norm, bias = norm_factory(norm), norm == "instance"
    layers = [nn.ReflectionPad2d(3), nn.Conv2d(channels, ngf, 7, bias=bias), make_norm(ngf), nn.ReLU()]
    width = ngf
    for _ in range(2):
        layers += [nn.Conv2d(width, 2 * width, 3, stride=2, padding=1, bias=bias), make_norm(2 * width), nn.ReLU()]
        width *= 2
    layers += [ResnetBlock(width, make_norm, bias) for _ in range(blocks)]
    for _ in range(2):
        layers += [nn.ConvTranspose2d(width, width // 2, 3, stride=2, padding=1, output_padding=1, bias=bias),
                   make_norm(width // 2), nn.ReLU()]
        width //= 2
    layers += [nn.ReflectionPad2d(3), nn.Conv2d(width, channels, 7), nn.Tanh()]
    return nn.Sequential(*layers)


class UnetSkip(nn.Module):
    """cat([x, inner(x)], channels): pix2pix's U-Net skip around one down and one up stage."""

    def __init__(self, inner):
        super().__init__()
        self.inner = inner

    def forward(self, x):
        return torch.cat([x, self.inner(x)], dim=1)


def unet_generator(downs=8, ngf=64, norm="batch", dropout=True, channels=3):
    """Encoder-decoder with skips: 4x4 stride-2 convolutions down to 1x1 (256 / 2^8), 4x4
    stride-2 transposed convolutions up; widths ngf, 2, 4, 8, 8, ... times ngf; dropout 0.5
    after the up stage of each block between two 8 ngf widths other than the innermost."""
    make_norm, bias = norm_factory(norm), norm == "instance"
    widths = [ngf, 2 * ngf, 4 * ngf] + [8 * ngf] * (downs - 3)  # channels after each down stage

    # innermost: LeakyReLU, down, ReLU, up, norm (no norm at the 1x1 bottleneck)
    outer, inner = widths[-2], widths[-1]
    stage = nn.Sequential(nn.LeakyReLU(0.2), nn.Conv2d(outer, inner, 4, 2, 1, bias=bias), nn.ReLU(),
                          nn.ConvTranspose2d(inner, outer, 4, 2, 1, bias=bias), make_norm(outer))
    block = UnetSkip(stage)
    for level in range(downs - 2, 0, -1):  # from the block around the innermost outwards
        outer, inner = widths[level - 1], widths[level]
        drop = [nn.Dropout(0.5)] if dropout and outer == inner else []  # the 8 ngf -> 8 ngf blocks
        stage = nn.Sequential(nn.LeakyReLU(0.2), nn.Conv2d(outer, inner, 4, 2, 1, bias=bias), make_norm(inner),
                              block, nn.ReLU(), nn.ConvTranspose2d(2 * inner, outer, 4, 2, 1, bias=bias),
                              make_norm(outer), *drop)
        block = UnetSkip(stage)
    # outermost: down from the image, up to the image with bias and tanh, no skip around it
    return nn.Sequential(nn.Conv2d(channels, ngf, 4, 2, 1, bias=bias), block, nn.ReLU(),
                         nn.ConvTranspose2d(2 * ngf, channels, 4, 2, 1), nn.Tanh())


def patchgan(channels, ndf=64, layers=3, norm="batch"):
    """C64 (no norm), then stride-2 4x4 convolutions doubling to at most 8 ndf, one stride-1,
    and a stride-1 4x4 convolution to one score per patch; padding 1, LeakyReLU 0.2."""
    make_norm, bias = norm_factory(norm), norm == "instance"
    net = [nn.Conv2d(channels, ndf, 4, 2, 1), nn.LeakyReLU(0.2)]
    width = ndf
    for n in range(1, layers + 1):
        wider = ndf * min(2 ** n, 8)
        stride = 2 if n < layers else 1
        net += [nn.Conv2d(width, wider, 4, stride, 1, bias=bias), make_norm(wider), nn.LeakyReLU(0.2)]
        width = wider
    net += [nn.Conv2d(width, 1, 4, 1, 1)]
    return nn.Sequential(*net)


# --------------------------------------------------------------------------- report

# The sngan_32 counts that Mimicry's model summaries give; a mismatch means a wrong layer here.
EXPECTED = {"sngan-32 generator": 4276739, "sngan-32 discriminator": 1053825}


def main():
    torch.manual_seed(0)
    fixture = sys.argv[sys.argv.index("--fixture") + 1] if "--fixture" in sys.argv else None
    # (fixture key, name, network, input shape); a key puts the figures in the fixture
    translation = [
        ("resnet-9", "cyclegan resnet_9blocks (instance norm)", resnet_generator(9), (1, 3, 256, 256)),
        ("resnet-6", "cyclegan resnet_6blocks (instance norm)", resnet_generator(6), (1, 3, 256, 256)),
        ("unet-256", "pix2pix unet_256 (batch norm, dropout)", unet_generator(), (1, 3, 256, 256)),
        ("patchgan-3-batch", "patchgan basic, 3 channels (CycleGAN), batch norm", patchgan(3, norm="batch"),
         (1, 3, 256, 256)),
        ("patchgan-3-instance", "patchgan basic, 3 channels (CycleGAN), instance norm", patchgan(3, norm="instance"),
         (1, 3, 256, 256)),
        ("patchgan-6-batch", "patchgan basic, 6 channels (pix2pix), batch norm", patchgan(6, norm="batch"),
         (1, 6, 256, 256)),
        ("patchgan-6-instance", "patchgan basic, 6 channels (pix2pix), instance norm", patchgan(6, norm="instance"),
         (1, 6, 256, 256)),
        ("patchgan-3-instance-32", "patchgan basic, 3 channels, instance norm, on 32x32", patchgan(3, norm="instance"),
         (1, 3, 32, 32)),
        ("unet-32-edges", "unet, 5 downs, ngf 32, 1 channel (pix2pix-edges-fashion)",
         unet_generator(downs=5, ngf=32, channels=1), (1, 1, 32, 32)),
        ("patchgan-edges-pix2pix", "patchgan n_layers 2, ndf 32, 2 channels, batch norm (pix2pix-edges-fashion)",
         patchgan(2, ndf=32, layers=2, norm="batch"), (1, 2, 32, 32)),
        ("resnet-edges", "resnet 6 blocks, ngf 16, 1 channel (cyclegan-edges-fashion)",
         resnet_generator(6, ngf=16, channels=1), (1, 1, 32, 32)),
        ("patchgan-edges-cyclegan", "patchgan n_layers 2, ndf 32, 1 channel, instance norm (cyclegan-edges-fashion)",
         patchgan(1, ndf=32, layers=2, norm="instance"), (1, 1, 32, 32)),
    ]
    networks = [
        ("sngan-32 generator", SnganGenerator(), (2, 128)),
        ("sngan-32 discriminator", SnganCritic(), (2, 3, 32, 32)),
        ("cbn-fashion generator (cBN, 10 classes)", ConditionalSnganGenerator(), (2, 128)),
        ("cbn-fashion discriminator (projection)", ProjectionSnganCritic(), (2, 1, 28, 28)),
    ] + [(name, net, input_shape) for _, name, net, input_shape in translation]
    wrong = []
    outputs = {}
    for name, net, input_shape in networks:
        net.eval()
        line = "%-80s %12s" % (name, format(trainable(net), ","))
        if name.startswith("cbn"):
            with torch.no_grad():  # a conditional network takes labels too
                labels = torch.tensor([0, 9])
                line += "   output %s" % (list(net(torch.zeros(*input_shape), labels).shape),)
        elif "patchgan" in name or input_shape[-1] <= 32:
            with torch.no_grad():  # small enough to run: shows the output shape
                outputs[name] = list(net(torch.zeros(*input_shape)).shape)
            line += "   output %s" % (outputs[name],)
        print(line)
        if name in EXPECTED and trainable(net) != EXPECTED[name]:
            wrong.append("%s: %d, expected %d" % (name, trainable(net), EXPECTED[name]))
    if fixture:
        with open(fixture, "w") as out:
            out.write("# Written by bench/reference_counts.py --fixture: trainable parameters and one sample's\n"
                      "# output shape, counted and run by PyTorch %s.\n" % torch.__version__)
            for key, name, net, _ in translation:
                out.write("%s = %d\n" % (key, trainable(net)))
                if name in outputs:
                    out.write("%s.output = %s\n" % (key, ",".join(str(d) for d in outputs[name][1:])))
    if wrong:
        print("\n".join(wrong), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
