"""Applies an exported file's LayerLoomPreprocess to images; compares with LayerLoom's decoding (raw float32 HWC files),
and checks the standardisation (x - mean) / std LayerLoom applies on top (src/train/normalization.ts).

Usage: python3 check_preprocess.py JOBS.json -> {"results": [{"maxAbsDiff", "meanAbsDiff"} | {"error"}]}
"""
import importlib.util
import json
import sys

import torch
from PIL import Image


def main():
    jobs = json.load(open(sys.argv[1]))
    modules = {}
    results = []
    for job in jobs:
        try:
            if job["file"] not in modules:
                spec = importlib.util.spec_from_file_location(f"exported_{len(modules)}", job["file"])
                modules[job["file"]] = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(modules[job["file"]])
            h, w, c = job["input"]
            module = modules[job["file"]]
            with Image.open(job["image"]) as image:
                got = module.LayerLoomPreprocess(h, w, c, job["resize"], mean=None)(image)
                standardised = module.LayerLoomPreprocess(h, w, c, job["resize"], mean=job["mean"], std=job["std"])(image)
            expected = torch.frombuffer(bytearray(open(job["expected"], "rb").read()), dtype=torch.float32).reshape(h, w, c).permute(2, 0, 1)
            diff = (got - expected).abs()
            mean = torch.tensor(job["mean"]).view(-1, 1, 1)
            std = torch.tensor(job["std"]).view(-1, 1, 1)
            results.append({"shape": list(got.shape), "maxAbsDiff": diff.max().item(), "meanAbsDiff": diff.mean().item(),
                            "standardiseError": (standardised - (got - mean) / std).abs().max().item()})
        except Exception as err:
            results.append({"error": f"{type(err).__name__}: {err}"})
    print(json.dumps({"results": results}))


if __name__ == "__main__":
    main()
