"""Runs the exported scripts' data functions (LayerLoom's rules in Python) on the calls a job file lists.

python3 check_data.py MODULE JOBS.json: MODULE holds the Python pieces under test; each job is {"call": name,
"args": [...]} (LayerLoomData jobs are answered with their files, splits, skipped files and report); prints
{"results": [...]} as JSON. Arrays in "image" arguments arrive as {"shape": [...], "data": [...]}.
"""
import importlib.util
import json
import sys

import numpy as np


def load(path):
    spec = importlib.util.spec_from_file_location("pieces", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rng_numbers(m, seed, parts, count):
    rng = m.LayerLoomRng(m.derive_seed(seed, *parts))
    return [rng.next() for _ in range(count)]


def open_data(m, root, seed, limit):
    data = m.LayerLoomData(root, (32, 32, 3), seed=seed, limit=limit)
    mean, std = m.input_statistics(data, lambda i: m.layerloom_pixels(m.layerloom_loader(data.paths[i]), 32, 32, 3, "stretch"), 3, seed)
    return {"classes": data.classes, "skipped": [list(s) for s in data.skipped],
            "splits": {s: [data.paths[i] for i in getattr(data, s)] for s in ("train", "val", "test")},
            "report": data.report(), "normalization": {"mean": mean, "std": std}}


def augment(m, image, options, seed, positions):
    x = np.asarray(image["data"], dtype=np.float32).reshape(image["shape"])
    return [m.augment_image(x, options, seed, p).ravel().tolist() for p in positions]


def main():
    m = load(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as f:
        jobs = json.load(f)
    calls = {"rng_numbers": lambda *a: rng_numbers(m, *a), "open_data": lambda *a: open_data(m, *a),
             "augment": lambda *a: augment(m, *a)}
    results = []
    for job in jobs:
        call = calls.get(job["call"]) or getattr(m, job["call"])
        try:
            results.append(call(*job["args"]))
        except Exception as err:  # the test shows which call failed and why
            results.append({"error": f"{type(err).__name__}: {err}"})
    print(json.dumps({"results": results}))


main()
