"""PyTorch's pooling with ceil_mode=True on given NHWC inputs (ceilModePooling.test.ts).

Usage: python3 torch_pool.py CASES.json -> {"outputs": [[...NHWC values...], ...], "shapes": [[n, h, w, c], ...]}.
"""
import json
import sys

import torch
import torch.nn.functional as F

cases = json.load(open(sys.argv[1]))
outputs, shapes = [], []
for case in cases:
    n, h, w, c = case["shape"]
    x = torch.tensor(case["input"], dtype=torch.float64).reshape(n, h, w, c).permute(0, 3, 1, 2)
    pool = F.max_pool2d if case["kind"] == "max" else F.avg_pool2d
    y = pool(x, case["pool"], case["stride"], ceil_mode=True).permute(0, 2, 3, 1)
    outputs.append(y.flatten().tolist())
    shapes.append(list(y.shape))
print(json.dumps({"outputs": outputs, "shapes": shapes}))
