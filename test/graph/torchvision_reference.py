"""Receptive fields and MACs of torchvision's own models, measured in PyTorch (receptiveField.torchvision.test.ts).

Receptive fields: every module keeps its spatial settings (kernel, stride, padding, dilation, ceil_mode) but
works on one channel, with constant positive weights (1 / taps), ReLU and batch norm removed and max pools
averaged over the same windows (a max pool can pick any input of its window). The network is then linear
with positive weights, so the gradient of an output pixel is positive exactly on the input pixels it
depends on; the field is the extent of that set, measured for the centre pixel of every conv and pool
output (and of every residual block's output). Every module is square and separable, so the extent along
the rows is the field's side: the input is tall enough that it never reaches the top or bottom, and only
as wide as the deepest output needs (64), which keeps the run cheap.

MACs: multiply-accumulates of every Conv2d and Linear at the model's 224x224 input, from the modules'
channel counts and the output sizes the same forward pass gives (what torchinfo and torchvision count).

Usage: python3 torchvision_reference.py resnet18 vgg11 ...   -> one JSON object on stdout.
"""
import json
import sys

import torch
import torchvision
from torch import nn

RF_HEIGHT = 1024
RF_WIDTH = 64


def no_init(*_args, **_kwargs):
    """Random initialisation is skipped: every weight is overwritten or unused (VGG-19 alone has 143 M)."""
    return _args[0] if _args else None


for _f in ("kaiming_normal_", "kaiming_uniform_", "normal_", "uniform_", "constant_", "zeros_", "ones_", "xavier_uniform_"):
    setattr(nn.init, _f, no_init)


def single_channel(model):
    """The model with its modules replaced in place; returns the original Conv2d/Linear modules by name."""
    originals = {}
    for parent_name, parent in list(model.named_modules()):
        for child_name, child in list(parent.named_children()):
            name = f"{parent_name}.{child_name}" if parent_name else child_name
            if isinstance(child, (nn.Conv2d, nn.Linear)):
                originals[name] = child
            if isinstance(child, nn.Conv2d):
                conv = nn.Conv2d(1, 1, child.kernel_size, child.stride, child.padding, child.dilation, bias=False)
                with torch.no_grad():
                    conv.weight.fill_(1.0 / (child.kernel_size[0] * child.kernel_size[1]))
                setattr(parent, child_name, conv)
            elif isinstance(child, nn.MaxPool2d):
                setattr(parent, child_name, nn.AvgPool2d(child.kernel_size, child.stride, child.padding, child.ceil_mode, count_include_pad=True))
            elif isinstance(child, (nn.BatchNorm2d, nn.ReLU, nn.Dropout)):
                setattr(parent, child_name, nn.Identity())
    return originals


def spatial_modules(model):
    """Conv, pool and residual-block modules whose outputs are measured, by name."""
    out = {}
    for name, m in model.named_modules():
        if isinstance(m, (nn.Conv2d, nn.AvgPool2d)) or type(m).__name__ in ("BasicBlock", "Bottleneck"):
            out[name] = m
    return out


def features_of(model):
    """The convolutional part (the classifier heads are global)."""
    if hasattr(model, "features"):
        return model.features
    return nn.Sequential(*[m for n, m in model.named_children() if n not in ("avgpool", "fc")])


def measure(name):
    model = getattr(torchvision.models, name)()
    model.eval()
    originals = single_channel(model)
    features = features_of(model)
    modules = spatial_modules(model)
    outputs = {}
    hooks = [m.register_forward_hook(lambda _m, _i, o, n=n: outputs.__setitem__(n, o)) for n, m in modules.items()]

    # MACs at 224x224: output sizes from the single-channel forward pass, channels from the original modules.
    with torch.no_grad():
        features(torch.ones(1, 1, 224, 224))
    macs = 0
    conv_names = [n for n in originals if isinstance(originals[n], nn.Conv2d)]
    for n in conv_names:
        c = originals[n]
        h, w = outputs[n].shape[2:]
        macs += h * w * c.out_channels * (c.in_channels // c.groups) * c.kernel_size[0] * c.kernel_size[1]
    macs += sum(m.in_features * m.out_features for m in originals.values() if isinstance(m, nn.Linear))

    outputs.clear()
    x = torch.ones(1, 1, RF_HEIGHT, RF_WIDTH, requires_grad=True)
    features(x)
    fields = {}
    for n in modules:
        y = outputs[n]
        cy, cx = y.shape[2] // 2, y.shape[3] // 2
        (g,) = torch.autograd.grad(y[0, :, cy, cx].sum(), x, retain_graph=True)
        if bool((g < 0).any()):
            raise SystemExit(f"{name} {n}: a negative gradient, so the network is not the positive linear one intended")
        rows = torch.nonzero(g[0, 0].sum(1)).flatten()
        lo, hi = int(rows.min()), int(rows.max())
        if lo == 0 or hi == RF_HEIGHT - 1:
            raise SystemExit(f"{name} {n}: the field reaches the border of the {RF_HEIGHT}-pixel-high input; raise RF_HEIGHT")
        fields[n] = hi - lo + 1
    for h in hooks:
        h.remove()
    return {"macs": macs, "fields": fields, "order": list(modules)}


if __name__ == "__main__":
    torch.manual_seed(0)
    print(json.dumps({name: measure(name) for name in sys.argv[1:]}))
