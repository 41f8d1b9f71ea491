#!/usr/bin/python3
"""PyTorch reference fixtures for ganforge's layers.

Regenerate (from the repository root, with Debian's interpreter, which has torch 1.13):

    /usr/bin/python3 engine/src/test/python/make_fixtures.py

It rewrites every ``engine/src/test/resources/fixtures/<case>.json`` and ``index.json``
(``{"cases": [...]}``, in generation order). The output is deterministic: every case seeds
torch with a CRC32 of its own name, so adding or removing a case leaves the others unchanged.
Name cases to write only those (and ``index.json``), so that a new case does not rewrite files
that another torch build might round differently::

    /usr/bin/python3 engine/src/test/python/make_fixtures.py skip_nested_pix2pix_train reflection_pad_3

File format of one case (all tensors float32, flattened row-major, shortest repr that
round-trips as float32)::

    {
      "case": name,
      "block": the ganforge block in its YAML vocabulary (kebab-case keys),
      "training": whether the forward pass ran in train mode (BatchNorm batch statistics),
      "note": optional free text on a subtle point of the case,
      "input": {"shape": [...], "data": [...]},
      "parameters": [{"name", "shape", "data"}, ...]  # state_dict order, before the forward
      "output": {...},
      "upstream": g, a random tensor of the output's shape,
      "gradients": {"input": d/dinput, "<param name>": d/dparam, ...}  of (output * g).sum(),
      "running_after": [{"name": "...running_mean", ...}, ...]  # train-mode BatchNorm only
    }

Parameter names and shapes are PyTorch's (Conv2d weight (out, in, k, k), ConvTranspose2d
weight (in, out, k, k), Linear weight (out, in); BatchNorm weight, bias, running_mean,
running_var; num_batches_tracked is left out). Composite blocks prefix the names with their
sub-module, listed in the order the sub-modules run:

    projection: dense.weight, dense.bias, norm.weight, norm.bias, norm.running_mean, norm.running_var
    decoder post: conv.weight, conv.bias, norm.*        decoder pre: norm.*, conv.weight, conv.bias
    encoder post: conv1.*, norm1.*, conv2.*, norm2.*, ...
    encoder pre:  norm.*, conv1.*, conv2.*, ...
    instance-norm with affine: weight, bias (no running statistics)
    conditional-batch-norm: gain, bias (both classes x channels), running_mean, running_var
    residual: body.<i>.*, then shortcut.<i>.*    skip: body.<i>.*

where <i> is a nested block's position in its list, as nn.Sequential numbers it (blocks
without parameters, such as an activation, take a position too). Nested blocks are written in
the same vocabulary as top-level ones, recursively.

Gradients are given for every trainable parameter (not for running statistics) and, for
every case, for the input.

Semantics (ganforge's "same"/"valid" follow Keras/TensorFlow, an integer padding follows PyTorch):

* conv "same": out = ceil(in / s); pad_total = max((out - 1) * s + k - in, 0); pad_before =
  pad_total // 2, the rest at the end (bottom/right). Done as F.pad then conv2d(padding=0).
* conv-transpose "same": out = in * s. The full transposed convolution (padding 0, length
  (in - 1) * s + k) is computed WITHOUT bias; crop_total = k - s; if >= 0, crop crop_total // 2
  at the start and the rest at the end; if < 0, append -crop_total zeros at the end; THEN the
  bias is added (so appended positions hold the bias, as in TensorFlow's conv2d_transpose).
  "valid" = the full output (padding 0); an integer p with output-padding op is PyTorch's
  ConvTranspose2d(padding=p, output_padding=op).
* residual: body(x) + shortcut(x), an empty shortcut is the identity; skip (pix2pix's U-Net
  skip): cat([x, body(x)], channels).
* avg-pool: F.avg_pool2d(x, size), kernel = stride = size, no padding, on sides that are
  multiples of the size (ganforge refuses others). global-sum-pool: x.sum over height and width.
* instance-norm: nn.InstanceNorm2d(track_running_stats=False): the statistics of each sample and
  channel (biased variance) in train and eval mode alike.
* reflection-pad: nn.ReflectionPad2d(size), the same size on all four sides.
* conditional-batch-norm (cBN, as Mimicry's ConditionalBatchNorm2d): batch norm without affine
  parameters, then gain[y] * x + bias[y], y the sample's class. A case with a cBN block anywhere
  also has "classes" (CLASSES) and "labels" (float-coded class indices, drawn after the input),
  and its module is called as module(x, labels).
* batch-norm momentum is Keras/DJL style (weight of the old statistic): ganforge 0.9 == PyTorch
  momentum 0.1. PyTorch normalises with the biased batch variance but updates running_var with
  the unbiased one; running_after records what PyTorch does.
"""

import json
import os
import sys
import zlib

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "resources", "fixtures"))
MAX_BYTES = 30 * 1024
CLASSES = 3  # the class count of every case with a conditional-batch-norm block


# --------------------------------------------------------------------------- tensors -> JSON

def _num(x):
    """Shortest decimal that round-trips as float32, as a Python float (json keeps it short)."""
    return float(str(np.float32(x)))  # str, not repr: NumPy 2's repr is "np.float32(...)"; 1.x gives the same digits


def tensor_json(t):
    t = t.detach().to(torch.float32).contiguous()
    return {"shape": list(t.shape), "data": [_num(v) for v in t.reshape(-1).tolist()]}


def named_json(name, t):
    d = {"name": name}
    d.update(tensor_json(t))
    return d


# --------------------------------------------------------------------------- activations

def act_spec(name, alpha=None):
    if name == "leaky-relu":
        return {"type": "leaky-relu", "alpha": 0.2 if alpha is None else alpha}
    return name


def apply_act(x, spec):
    if isinstance(spec, dict):
        kind, alpha = spec["type"], spec.get("alpha", 0.2)
    else:
        kind, alpha = spec, 0.2
    if kind == "linear":
        return x
    if kind == "relu":
        return F.relu(x)
    if kind == "leaky-relu":
        return F.leaky_relu(x, negative_slope=alpha)
    if kind == "tanh":
        return torch.tanh(x)
    if kind == "sigmoid":
        return torch.sigmoid(x)
    raise ValueError(kind)


# --------------------------------------------------------------------------- padding rules

def same_conv_pads(size, k, s):
    out = -(-size // s)
    total = max((out - 1) * s + k - size, 0)
    before = total // 2
    return before, total - before


def conv2d(x, weight, bias, stride, padding):
    """ganforge conv: padding is "same", "valid" or an int (PyTorch symmetric)."""
    k = weight.shape[-1]
    if padding == "same":
        top, bottom = same_conv_pads(x.shape[2], k, stride)
        left, right = same_conv_pads(x.shape[3], k, stride)
        x = F.pad(x, (left, right, top, bottom))
        return F.conv2d(x, weight, bias, stride=stride, padding=0)
    p = 0 if padding == "valid" else int(padding)
    return F.conv2d(x, weight, bias, stride=stride, padding=p)


def conv_transpose2d(x, weight, bias, stride, padding, output_padding=0):
    """ganforge conv-transpose: padding is "same", "valid" or an int (PyTorch)."""
    k = weight.shape[-1]
    if padding == "same":
        y = F.conv_transpose2d(x, weight, None, stride=stride, padding=0)
        crop = k - stride
        if crop >= 0:
            a, b = crop // 2, crop - crop // 2
            y = y[:, :, a:y.shape[2] - b, a:y.shape[3] - b]
        else:
            y = F.pad(y, (0, -crop, 0, -crop))
        assert y.shape[2] == x.shape[2] * stride and y.shape[3] == x.shape[3] * stride
        if bias is not None:
            y = y + bias.view(1, -1, 1, 1)
        return y
    p = 0 if padding == "valid" else int(padding)
    return F.conv_transpose2d(x, weight, bias, stride=stride, padding=p, output_padding=output_padding)


# --------------------------------------------------------------------------- modules

def norm_spec(momentum=0.9, epsilon=1e-5):
    return {"type": "batch", "momentum": momentum, "epsilon": epsilon}


def torch_momentum(ganforge_momentum):
    return round(1.0 - ganforge_momentum, 12)


def make_bn(features, rank, norm):
    cls = nn.BatchNorm1d if rank == 2 else nn.BatchNorm2d
    return cls(features, eps=norm["epsilon"], momentum=torch_momentum(norm["momentum"]))


class Conv(nn.Module):
    def __init__(self, cin, filters, k, stride, padding, bias, activation="linear"):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(filters, cin, k, k))
        self.bias = nn.Parameter(torch.empty(filters)) if bias else None
        self.stride, self.padding, self.activation = stride, padding, activation

    def forward(self, x):
        return apply_act(conv2d(x, self.weight, self.bias, self.stride, self.padding), self.activation)


class ConvT(nn.Module):
    def __init__(self, cin, filters, k, stride, padding, output_padding, bias, activation="linear"):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(cin, filters, k, k))
        self.bias = nn.Parameter(torch.empty(filters)) if bias else None
        self.stride, self.padding, self.output_padding = stride, padding, output_padding
        self.activation = activation

    def forward(self, x):
        y = conv_transpose2d(x, self.weight, self.bias, self.stride, self.padding, self.output_padding)
        return apply_act(y, self.activation)


class Dense(nn.Module):
    def __init__(self, fin, units, bias, activation):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(units, fin))
        self.bias = nn.Parameter(torch.empty(units)) if bias else None
        self.activation = activation

    def forward(self, x):
        return apply_act(F.linear(x, self.weight, self.bias), self.activation)


class Lambda(nn.Module):
    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def forward(self, x):
        return self.fn(x)


class Projection(nn.Module):
    def __init__(self, fin, shape, bias, norm, activation):
        super().__init__()
        units = int(np.prod(shape))
        self.dense = nn.Linear(fin, units, bias=bias)
        self.norm = make_bn(units, 2, norm) if norm != "none" else None
        self.shape, self.activation = shape, activation

    def forward(self, x):
        y = self.dense(x)
        if self.norm is not None:
            y = self.norm(y)
        y = apply_act(y, self.activation)
        return y.reshape(x.shape[0], *self.shape)


class Decoder(nn.Module):
    def __init__(self, cin, filters, k, stride, padding, output_padding, bias, norm, activation, order):
        super().__init__()
        self.order, self.activation = order, activation
        channels = cin if order == "pre" else filters
        if order == "pre" and norm != "none":
            self.norm = make_bn(channels, 4, norm)  # registered first: runs first
        self.conv = ConvT(cin, filters, k, stride, padding, output_padding, bias)
        if order == "post" and norm != "none":
            self.norm = make_bn(channels, 4, norm)
        if norm == "none":
            self.norm = None

    def forward(self, x):
        if self.order == "pre":
            if self.norm is not None:
                x = self.norm(x)
            return self.conv(apply_act(x, self.activation))
        y = self.conv(x)
        if self.norm is not None:
            y = self.norm(y)
        return apply_act(y, self.activation)


class Encoder(nn.Module):
    """dropout is only ever run in eval mode or with rate 0, so it is the identity here."""

    def __init__(self, cin, filters, k, stride, padding, bias, convolutions, norm, activation, order):
        super().__init__()
        self.order, self.activation, self.n = order, activation, convolutions
        self.has_norm = norm != "none"
        if order == "pre" and self.has_norm:
            self.norm = make_bn(cin, 4, norm)
        for i in range(1, convolutions + 1):
            s = stride if i == convolutions else 1
            setattr(self, "conv%d" % i, Conv(cin if i == 1 else filters, filters, k, s, padding, bias))
            if order == "post" and self.has_norm:
                setattr(self, "norm%d" % i, make_bn(filters, 4, norm))

    def forward(self, x):
        if self.order == "pre":
            if self.has_norm:
                x = self.norm(x)
            x = apply_act(x, self.activation)
            for i in range(1, self.n + 1):
                x = getattr(self, "conv%d" % i)(x)
            return x
        for i in range(1, self.n + 1):
            x = getattr(self, "conv%d" % i)(x)
            if self.has_norm:
                x = getattr(self, "norm%d" % i)(x)
        return apply_act(x, self.activation)


# --------------------------------------------------------------------------- blocks in blocks

def conv_block(filters, k, s=1, padding=0, bias=True, act="linear"):
    return {"kind": "conv", "filters": filters, "kernel": k, "stride": s, "padding": padding,
            "bias": bias, "activation": act}


def conv_t_block(filters, k, s, padding, op=0, bias=True, act="linear"):
    return {"kind": "conv-transpose", "filters": filters, "kernel": k, "stride": s, "padding": padding,
            "output-padding": op, "bias": bias, "activation": act}


def act_block(spec):
    return {"kind": "activation", "activation": spec}


def bn_block(momentum=0.9, epsilon=1e-5):
    return {"kind": "batch-norm", "momentum": momentum, "epsilon": epsilon}


def instance_norm_block(affine, epsilon=1e-5):
    return {"kind": "instance-norm", "affine": affine, "epsilon": epsilon}


def cbn_block(momentum=0.9, epsilon=1e-5):
    return {"kind": "conditional-batch-norm", "momentum": momentum, "epsilon": epsilon}


class ConditionalBatchNorm(nn.Module):
    """Batch norm without affine parameters, then a gain and a bias looked up by the class."""
    takes_labels = True

    def __init__(self, channels, classes, momentum, epsilon):
        super().__init__()
        self.gain = nn.Parameter(torch.empty(classes, channels))
        self.bias = nn.Parameter(torch.empty(classes, channels))
        self.register_buffer("running_mean", torch.zeros(channels))
        self.register_buffer("running_var", torch.ones(channels))
        self.momentum, self.epsilon = torch_momentum(momentum), epsilon

    def forward(self, x, labels):
        normalised = F.batch_norm(x, self.running_mean, self.running_var, None, None, self.training,
                                  self.momentum, self.epsilon)
        shape = (x.shape[0], x.shape[1]) + (1,) * (x.dim() - 2)
        return normalised * self.gain[labels].reshape(shape) + self.bias[labels].reshape(shape)


def takes_labels(module):
    return getattr(module, "takes_labels", False)


def build(block, channels):
    """The PyTorch module of one block on ``channels`` input channels (features, for a vector),
    and its output channels."""
    kind = block["kind"]
    if kind == "conv":
        return Conv(channels, block["filters"], block["kernel"], block["stride"], block["padding"],
                    block["bias"], block["activation"]), block["filters"]
    if kind == "conv-transpose":
        return ConvT(channels, block["filters"], block["kernel"], block["stride"], block["padding"],
                     block["output-padding"], block["bias"], block["activation"]), block["filters"]
    if kind == "batch-norm":
        return make_bn(channels, 4, norm_spec(block["momentum"], block["epsilon"])), channels
    if kind == "conditional-batch-norm":
        return ConditionalBatchNorm(channels, CLASSES, block["momentum"], block["epsilon"]), channels
    if kind == "instance-norm":
        return nn.InstanceNorm2d(channels, eps=block["epsilon"], affine=block["affine"],
                                 track_running_stats=False), channels
    if kind == "activation":
        return Lambda(lambda x, spec=block["activation"]: apply_act(x, spec)), channels
    if kind == "upsample":
        return Lambda(lambda x, f=block["factor"]: F.interpolate(x, scale_factor=f, mode="nearest")), channels
    if kind == "avg-pool":
        return Lambda(lambda x, size=block["size"]: F.avg_pool2d(x, size)), channels
    if kind == "reflection-pad":
        return nn.ReflectionPad2d(block["size"]), channels
    if kind == "global-sum-pool":
        return Lambda(lambda x: x.sum(dim=(2, 3))), channels
    if kind == "dense":
        return Dense(channels, block["units"], block["bias"], block["activation"]), block["units"]
    if kind == "residual":
        module = Residual(block, channels)
        return module, module.channels
    if kind == "skip":
        module = Skip(block, channels)
        return module, module.channels
    raise ValueError(kind)


def sequence(blocks, channels):
    """The blocks applied in order, as nn.Sequential (empty: the identity), and the output channels."""
    modules = []
    for block in blocks:
        module, channels = build(block, channels)
        modules.append(module)
    return LabelSequential(*modules), channels


def call(module, x, labels):
    """module(x), or module(x, labels) if it (or a module it holds) takes the class labels."""
    return module(x, labels) if takes_labels(module) else module(x)


class LabelSequential(nn.Sequential):
    """nn.Sequential that hands the class labels to the modules that take them."""

    @property
    def takes_labels(self):
        return any(takes_labels(m) for m in self)

    def forward(self, x, labels=None):
        for module in self:
            x = call(module, x, labels)
        return x


class Residual(nn.Module):
    def __init__(self, block, channels):
        super().__init__()
        self.body, self.channels = sequence(block["body"], channels)  # registered first: its parameters first
        self.shortcut, shortcut_channels = sequence(block.get("shortcut", []), channels)
        assert shortcut_channels == self.channels, "body and shortcut must give the same channels"

    @property
    def takes_labels(self):
        return takes_labels(self.body) or takes_labels(self.shortcut)

    def forward(self, x, labels=None):
        return call(self.body, x, labels) + call(self.shortcut, x, labels)


class Skip(nn.Module):
    def __init__(self, block, channels):
        super().__init__()
        self.body, body_channels = sequence(block["body"], channels)
        self.channels = channels + body_channels

    @property
    def takes_labels(self):
        return takes_labels(self.body)

    def forward(self, x, labels=None):
        return torch.cat([x, call(self.body, x, labels)], dim=1)


# --------------------------------------------------------------------------- randomisation

def randomise(module):
    """Overwrite PyTorch's init with the fixture distributions, in state_dict order."""
    with torch.no_grad():
        for full_name, t in module.state_dict(keep_vars=True).items():
            leaf = full_name.rsplit(".", 1)[-1]
            owner = module.get_submodule(full_name.rsplit(".", 1)[0]) if "." in full_name else module
            is_norm = isinstance(owner, nn.modules.batchnorm._NormBase)  # batch and instance norm
            if leaf == "num_batches_tracked":
                continue
            if leaf == "gain":  # conditional batch norm's gains, around 1 as initialised
                t.normal_(1.0, 0.3)
            elif leaf == "weight" and is_norm:
                t.uniform_(0.5, 1.5)
            elif leaf == "weight":
                t.normal_(0.0, 0.3)
            elif leaf == "bias":
                t.normal_(0.0, 0.1)
            elif leaf == "running_mean":
                t.normal_(0.0, 0.1)
            elif leaf == "running_var":
                t.uniform_(0.5, 1.5)
            else:
                raise ValueError(full_name)


# --------------------------------------------------------------------------- one case

CASES = []


def case(name, block, module, input_shape, training=False, note=None):
    CASES.append((name, block, module, input_shape, training, note))


def run_case(name, block, make_module, input_shape, training, note):
    torch.manual_seed(zlib.crc32(name.encode("utf-8")) & 0x7FFFFFFF)
    module = make_module()
    randomise(module)
    module.train(training)

    state = [(k, v.detach().clone()) for k, v in module.state_dict().items()
             if not k.endswith("num_batches_tracked")]
    trainable = [(k, p) for k, p in module.named_parameters()]

    x = torch.randn(*input_shape).requires_grad_(True)
    labels = torch.randint(0, CLASSES, (input_shape[0],)) if takes_labels(module) else None
    y = call(module, x, labels)
    g = torch.randn(*y.shape)
    (y * g).sum().backward()

    fixture = {"case": name, "block": block, "training": training}
    if note:
        fixture["note"] = note
    fixture["input"] = tensor_json(x)
    if labels is not None:
        fixture["classes"] = CLASSES
        fixture["labels"] = tensor_json(labels)
    fixture["parameters"] = [named_json(k, v) for k, v in state]
    fixture["output"] = tensor_json(y)
    fixture["gradients"] = {"input": tensor_json(x.grad)}
    for k, p in trainable:
        fixture["gradients"][k] = tensor_json(p.grad)
    fixture["upstream"] = tensor_json(g)
    if training:
        after = [named_json(k, v) for k, v in module.state_dict().items()
                 if k.endswith("running_mean") or k.endswith("running_var")]
        if after:
            fixture["running_after"] = after
    return fixture


# --------------------------------------------------------------------------- the cases

def conv_t(name, cin, filters, k, s, padding, hw, op=0, bias=True, act="linear", note=None):
    block = {"kind": "conv-transpose", "filters": filters, "kernel": k, "stride": s,
             "padding": padding, "output-padding": op, "bias": bias, "activation": act}
    case(name, block, lambda: ConvT(cin, filters, k, s, padding, op, bias, act), (2, cin) + hw, note=note)


def conv(name, cin, filters, k, s, padding, hw, bias=True, act="linear", note=None):
    block = {"kind": "conv", "filters": filters, "kernel": k, "stride": s,
             "padding": padding, "bias": bias, "activation": act}
    case(name, block, lambda: Conv(cin, filters, k, s, padding, bias, act), (2, cin) + hw, note=note)


def define_cases():
    # conv-transpose
    conv_t("conv_transpose_k5_s2_same", 2, 3, 5, 2, "same", (4, 4),
           note="full 11x11, crop_total 3: crop 1 at the start and 2 at the end")
    conv_t("conv_transpose_k5_s1_same", 2, 3, 5, 1, "same", (5, 5),
           note="full 9x9, crop_total 4: crop 2 at each side")
    conv_t("conv_transpose_k4_s2_same", 2, 3, 4, 2, "same", (4, 4),
           note="full 10x10, crop_total 2: crop 1 at each side")
    conv_t("conv_transpose_k3_s2_same_tanh", 2, 3, 3, 2, "same", (4, 4), act="tanh",
           note="full 9x9, crop_total 1: crop 0 at the start and 1 at the end")
    conv_t("conv_transpose_k4_s2_p1", 2, 3, 4, 2, 1, (4, 4))
    conv_t("conv_transpose_k4_s1_p0_1x1", 3, 2, 4, 1, 0, (1, 1),
           note="DCGAN's first layer: a 1x1 latent map to 4x4")
    conv_t("conv_transpose_k5_s2_p2_op1", 2, 3, 5, 2, 2, (4, 4), op=1)
    conv_t("conv_transpose_k3_s2_p1_op1", 2, 3, 3, 2, 1, (4, 4), op=1)
    conv_t("conv_transpose_k3_s3_valid", 2, 3, 3, 3, "valid", (3, 3))
    conv_t("conv_transpose_k2_s3_same", 2, 2, 2, 3, "same", (3, 3),
           note="kernel < stride: full 8x8 (no bias), crop_total -1: append 1 zero row/column at the "
                "bottom/right, THEN add the bias, so the appended row/column equals the bias (TensorFlow)")
    conv_t("conv_transpose_k4_s2_same_nobias_relu", 2, 3, 4, 2, "same", (4, 4), bias=False, act="relu")
    conv_t("conv_transpose_k3_s2_same_4x6", 2, 2, 3, 2, "same", (4, 6),
           note="non-square: full 9x13, crop 0 at the start and 1 at the end of each axis -> 8x12")

    # conv
    conv("conv_k5_s2_same_even", 2, 3, 5, 2, "same", (6, 6),
         note="out 3, pad_total 3: 1 before, 2 after")
    conv("conv_k5_s2_same_odd", 2, 3, 5, 2, "same", (7, 7),
         note="out 4, pad_total 4: 2 before, 2 after")
    conv("conv_k4_s2_same_odd", 2, 3, 4, 2, "same", (7, 7),
         note="out 4, pad_total 3: 1 before, 2 after")
    conv("conv_k3_s1_same", 2, 3, 3, 1, "same", (5, 5))
    conv("conv_k4_s2_p1", 2, 3, 4, 2, 1, (6, 6))
    conv("conv_k3_s2_valid", 2, 3, 3, 2, "valid", (7, 7))
    conv("conv_k3_s1_same_nobias_leaky", 2, 3, 3, 1, "same", (5, 5), bias=False,
         act=act_spec("leaky-relu", 0.2))
    conv("conv_k4_s2_same_5x6", 2, 3, 4, 2, "same", (5, 6),
         note="non-square: rows out 3, pad 1 top + 2 bottom; columns out 3, pad 1 left + 1 right")

    # dense
    case("dense_bias", {"kind": "dense", "units": 3, "bias": True, "activation": "linear"},
         lambda: Dense(5, 3, True, "linear"), (2, 5))
    case("dense_nobias", {"kind": "dense", "units": 3, "bias": False, "activation": "linear"},
         lambda: Dense(5, 3, False, "linear"), (2, 5))
    case("dense_bias_sigmoid", {"kind": "dense", "units": 4, "bias": True, "activation": "sigmoid"},
         lambda: Dense(5, 4, True, "sigmoid"), (2, 5))

    # activations on a 4-D input
    for nm, spec in [("linear", "linear"), ("relu", "relu"),
                     ("leaky_relu", act_spec("leaky-relu", 0.2)),
                     ("leaky_relu_0.3", act_spec("leaky-relu", 0.3)),
                     ("tanh", "tanh"), ("sigmoid", "sigmoid")]:
        case("activation_" + nm.replace(".", ""), {"kind": "activation", "activation": spec},
             (lambda s: lambda: Lambda(lambda x: apply_act(x, s)))(spec), (2, 2, 4, 4))

    # batch-norm
    for rank, shape in [("vector", (4, 5)), ("image", (2, 3, 4, 4))]:
        for training, momentum in [(True, 0.9), (True, 0.8), (False, 0.9), (False, 0.8)]:
            name = "batch_norm_%s_%s_m%s" % (rank, "train" if training else "eval",
                                             str(momentum).replace(".", ""))
            block = {"kind": "batch-norm", "momentum": momentum, "epsilon": 1e-5}
            nrm = norm_spec(momentum)
            note = None
            if rank == "vector":
                note = "batch of 4 rather than 2: with 2 samples the train-mode output is +-1 and its input gradient ~0"
            case(name, block, (lambda f, r, n: lambda: make_bn(f, r, n))(shape[1], len(shape), nrm),
                 shape, training=training, note=note)

    # shape blocks
    case("upsample_2", {"kind": "upsample", "factor": 2},
         lambda: Lambda(lambda x: F.interpolate(x, scale_factor=2, mode="nearest")), (2, 2, 4, 4))
    case("zero_pad_b1_r1", {"kind": "zero-pad", "top": 0, "bottom": 1, "left": 0, "right": 1},
         lambda: Lambda(lambda x: F.pad(x, (0, 1, 0, 1))), (2, 2, 4, 4))
    case("zero_pad_t1_b2_l0_r3", {"kind": "zero-pad", "top": 1, "bottom": 2, "left": 0, "right": 3},
         lambda: Lambda(lambda x: F.pad(x, (0, 3, 1, 2))), (2, 2, 4, 5))
    case("global_avg_pool", {"kind": "global-avg-pool"},
         lambda: Lambda(lambda x: x.mean(dim=(2, 3))), (2, 3, 5, 4))
    case("flatten", {"kind": "flatten"},
         lambda: Lambda(lambda x: x.reshape(x.shape[0], -1)), (2, 2, 3, 4))
    case("reshape", {"kind": "reshape", "shape": [3, 2, 2]},
         lambda: Lambda(lambda x: x.reshape(x.shape[0], 3, 2, 2)), (2, 12))
    case("dropout_eval", {"kind": "dropout", "rate": 0.5},
         lambda: nn.Dropout(0.5), (2, 2, 4, 4), note="eval mode: the identity")

    # projection
    relu, leaky2, leaky3 = "relu", act_spec("leaky-relu", 0.2), act_spec("leaky-relu", 0.3)
    case("projection_norm_train",
         {"kind": "projection", "shape": [2, 3, 3], "bias": True, "norm": norm_spec(), "activation": relu},
         lambda: Projection(4, [2, 3, 3], True, norm_spec(), relu), (4, 4), training=True,
         note="batch of 4: BatchNorm1d over the 18 dense outputs; with 2 samples it would be degenerate")
    case("projection_norm_eval",
         {"kind": "projection", "shape": [2, 3, 3], "bias": False, "norm": norm_spec(0.8), "activation": relu},
         lambda: Projection(4, [2, 3, 3], False, norm_spec(0.8), relu), (2, 4))
    case("projection_nonorm",
         {"kind": "projection", "shape": [3, 2, 2], "bias": True, "norm": "none", "activation": leaky2},
         lambda: Projection(5, [3, 2, 2], True, "none", leaky2), (2, 5))

    # decoder
    def decoder(name, cin, filters, k, s, padding, hw, norm, act, order, training, bias=True, op=0):
        block = {"kind": "decoder", "filters": filters, "kernel": k, "stride": s, "padding": padding,
                 "output-padding": op, "bias": bias, "norm": norm, "activation": act, "order": order}
        case(name, block, lambda: Decoder(cin, filters, k, s, padding, op, bias, norm, act, order),
             (2, cin) + hw, training=training)

    decoder("decoder_post_k4_s2_same_relu_train", 3, 2, 4, 2, "same", (4, 4), norm_spec(), relu, "post", True)
    decoder("decoder_pre_k5_s2_same_relu_train", 3, 2, 5, 2, "same", (4, 4), norm_spec(), relu, "pre", True)
    decoder("decoder_post_k4_s2_p1_tanh_nonorm", 3, 2, 4, 2, 1, (4, 4), "none", "tanh", "post", False)

    # encoder
    def encoder(name, cin, filters, k, s, padding, hw, n, norm, act, order, training, bias=True,
                dropout=0.0, note=None):
        block = {"kind": "encoder", "filters": filters, "kernel": k, "stride": s, "padding": padding,
                 "bias": bias, "convolutions": n, "norm": norm, "activation": act, "dropout": dropout,
                 "order": order}
        case(name, block, lambda: Encoder(cin, filters, k, s, padding, bias, n, norm, act, order),
             (2, cin) + hw, training=training, note=note)

    encoder("encoder_post_2conv_k5_s2_same_leaky03_train", 2, 3, 5, 2, "same", (6, 6), 2, norm_spec(),
            leaky3, "post", True,
            note="conv1 (stride 1) -> norm1 -> conv2 (stride 2) -> norm2 -> leaky-relu: the activation "
                 "comes once, after the last norm")
    encoder("encoder_post_1conv_k4_s2_same_leaky02_eval", 2, 3, 4, 2, "same", (7, 7), 1, norm_spec(0.8),
            leaky2, "post", False, dropout=0.3, note="eval mode: dropout is the identity")
    encoder("encoder_pre_2conv_k5_s2_same_leaky02_nonorm", 2, 3, 5, 2, "same", (6, 6), 2, "none",
            leaky2, "pre", False,
            note="leaky-relu on the input, then conv1 (stride 1) -> conv2 (stride 2)")
    encoder("encoder_pre_1conv_k5_s2_same_leaky02_train", 2, 3, 5, 2, "same", (6, 6), 1, norm_spec(),
            leaky2, "pre", True, note="BatchNorm over the 2 input channels, leaky-relu, conv")


    # blocks of the residual, U-Net and image-to-image networks (SNGAN, pix2pix, CycleGAN)
    define_image_to_image_cases()


def block_case(name, block, input_shape, training=False, note=None):
    """A case whose module is built from the block description itself (see build)."""
    case(name, block, lambda: build(block, input_shape[1])[0], input_shape, training=training, note=note)


def define_image_to_image_cases():
    relu, leaky2 = "relu", act_spec("leaky-relu", 0.2)

    # residual
    block_case("residual_identity", {"kind": "residual", "body": [
        act_block(relu), conv_block(2, 3, padding=1), act_block(relu), conv_block(2, 3, padding=1)]},
        (2, 2, 4, 5), note="no shortcut given: the identity")
    block_case("residual_conv1x1_shortcut", {"kind": "residual", "body": [
        conv_block(3, 3, padding=1), act_block(relu), conv_block(3, 3, padding=1)],
        "shortcut": [conv_block(3, 1)]},
        (2, 2, 5, 4), note="2 -> 3 channels: the shortcut's 1x1 convolution matches them")
    block_case("residual_sngan_generator_train", {"kind": "residual", "body": [
        bn_block(), act_block(relu), {"kind": "upsample", "factor": 2}, conv_block(3, 3, padding=1),
        bn_block(), act_block(relu), conv_block(3, 3, padding=1)],
        "shortcut": [{"kind": "upsample", "factor": 2}, conv_block(3, 1)]},
        (2, 2, 4, 4), training=True,
        note="SNGAN's up-sampling generator block (Miyato et al. 2018); body.0 and body.4 are "
             "batch norms with batch statistics")
    block_case("residual_sngan_critic", {"kind": "residual", "body": [
        act_block(relu), conv_block(3, 3, padding=1), act_block(relu), conv_block(3, 3, padding=1),
        {"kind": "avg-pool", "size": 2}],
        "shortcut": [conv_block(3, 1), {"kind": "avg-pool", "size": 2}]},
        (2, 2, 6, 6), note="SNGAN's down-sampling critic block")
    block_case("residual_sngan_critic_first", {"kind": "residual", "body": [
        conv_block(3, 3, padding=1), act_block(relu), conv_block(3, 3, padding=1),
        {"kind": "avg-pool", "size": 2}],
        "shortcut": [{"kind": "avg-pool", "size": 2}, conv_block(3, 1)]},
        (2, 2, 4, 6), note="SNGAN's first critic block: no activation on the image, the shortcut pools first")
    block_case("residual_cyclegan", {"kind": "residual", "body": [
        {"kind": "reflection-pad", "size": 1}, conv_block(2, 3), instance_norm_block(False), act_block(relu),
        {"kind": "reflection-pad", "size": 1}, conv_block(2, 3), instance_norm_block(False)],
        "shortcut": []},
        (2, 2, 4, 4), training=True, note="CycleGAN's ResnetBlock: reflection padding, 3x3 convolutions "
                                          "without padding, instance norm without affine parameters")

    # skip (pix2pix's U-Net)
    block_case("skip_down_up", {"kind": "skip", "body": [
        conv_block(4, 4, 2, 1), act_block(relu), conv_t_block(2, 4, 2, 1)]},
        (2, 3, 6, 6), note="cat([x, body(x)]): 3 + 2 channels")
    block_case("skip_pix2pix_innermost_train", {"kind": "skip", "body": [
        act_block(leaky2), conv_block(3, 4, 2, 1, bias=False), act_block(relu),
        conv_t_block(2, 4, 2, 1, bias=False), bn_block()]},
        (2, 2, 4, 4), training=True, note="pix2pix's innermost U-Net block with batch norm")
    block_case("skip_nested_pix2pix_train", {"kind": "skip", "body": [
        act_block(leaky2), conv_block(3, 4, 2, 1, bias=False), bn_block(),
        {"kind": "skip", "body": [
            act_block(leaky2), conv_block(2, 4, 2, 1, bias=False), act_block(relu),
            conv_t_block(3, 4, 2, 1, bias=False), bn_block()]},
        act_block(relu), conv_t_block(1, 4, 2, 1, bias=False), bn_block()]},
        (2, 1, 8, 8), training=True,
        note="a skip inside a skip: 8x8 -> 4x4 (3 channels) -> 2x2 -> 4x4 (3 + 3 channels) -> 8x8 "
             "(1 + 1 channels)")

    # pooling
    block_case("avg_pool_2", {"kind": "avg-pool", "size": 2}, (2, 2, 4, 4))
    block_case("avg_pool_2_4x6", {"kind": "avg-pool", "size": 2}, (2, 2, 4, 6), note="non-square")
    block_case("avg_pool_2_5x7", {"kind": "avg-pool", "size": 2}, (2, 2, 5, 7),
               note="sides not multiples of the size: the last row and column are left out, as PyTorch floors")
    block_case("avg_pool_3", {"kind": "avg-pool", "size": 3}, (2, 2, 6, 6))
    case("global_sum_pool", {"kind": "global-sum-pool"},
         lambda: Lambda(lambda x: x.sum(dim=(2, 3))), (2, 3, 5, 4))
    case("global_sum_pool_1x1", {"kind": "global-sum-pool"},
         lambda: Lambda(lambda x: x.sum(dim=(2, 3))), (2, 4, 1, 1))

    # instance norm
    block_case("instance_norm_affine_train", instance_norm_block(True), (2, 3, 4, 4), training=True)
    block_case("instance_norm_noaffine_eval", instance_norm_block(False), (2, 2, 3, 5),
               note="eval mode: still the statistics of each sample and channel, no running statistics")
    block_case("instance_norm_affine_eps1e3_eval", instance_norm_block(True, 1e-3), (2, 3, 5, 4))

    # class-conditional batch norm, alone and in SNGAN's conditional generator block
    block_case("cbn_vector_train", cbn_block(), (6, 4), training=True)
    block_case("cbn_vector_eval_m08", cbn_block(0.8), (5, 3))
    block_case("cbn_image_train", cbn_block(), (4, 3, 3, 3), training=True)
    block_case("cbn_image_eval_eps1e3", cbn_block(0.9, 1e-3), (3, 2, 4, 3))
    block_case("residual_sngan_conditional_generator_train", {"kind": "residual", "body": [
        cbn_block(), act_block(relu), {"kind": "upsample", "factor": 2}, conv_block(3, 3, padding=1),
        cbn_block(), act_block(relu), conv_block(3, 3, padding=1)],
        "shortcut": [{"kind": "upsample", "factor": 2}, conv_block(3, 1)]},
        (4, 2, 3, 3), training=True,
        note="SNGAN's conditional up-sampling generator block (Mimicry's GBlock with num_classes): "
             "body.0 and body.4 are class-conditional batch norms with batch statistics")
    block_case("skip_conditional_train", {"kind": "skip", "body": [
        conv_block(2, 3, padding=1), cbn_block(), act_block(relu)]},
        (4, 2, 3, 3), training=True, note="the labels reach a conditional batch norm inside a skip body")

    # reflection padding
    block_case("reflection_pad_1", {"kind": "reflection-pad", "size": 1}, (2, 2, 4, 4))
    block_case("reflection_pad_3", {"kind": "reflection-pad", "size": 3}, (2, 2, 4, 5),
               note="the largest size a 4-row input allows (size < height)")


def main():
    torch.set_num_threads(1)
    torch.set_default_dtype(torch.float32)
    define_cases()
    names = [c[0] for c in CASES]
    assert len(set(names)) == len(names), "duplicate case names"
    chosen = set(sys.argv[1:]) or set(names)
    unknown = chosen - set(names)
    if unknown:
        sys.exit("unknown cases: %s" % ", ".join(sorted(unknown)))
    os.makedirs(OUT_DIR, exist_ok=True)
    total, too_big = 0, []
    for name, block, make_module, shape, training, note in CASES:
        if name not in chosen:
            continue
        fixture = run_case(name, block, make_module, shape, training, note)
        text = json.dumps(fixture, separators=(",", ":")) + "\n"
        with open(os.path.join(OUT_DIR, name + ".json"), "w") as f:
            f.write(text)
        total += len(text)
        if len(text) > MAX_BYTES:
            too_big.append((name, len(text)))
    with open(os.path.join(OUT_DIR, "index.json"), "w") as f:
        json.dump({"torch": torch.__version__.split("+")[0], "cases": names}, f, indent=1)
        f.write("\n")
    print("%d of %d cases written, %d bytes, in %s" % (len(chosen), len(names), total, OUT_DIR))
    if too_big:
        print("too big:", too_big, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
