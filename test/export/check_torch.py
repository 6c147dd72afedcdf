"""Runs the checks of test/export/pytorch.test.ts on exported PyTorch files in one process (torch loads once).

Usage: python3 check_torch.py JOBS.json  ->  prints one JSON object: {"results": [...]} in job order.
"""
import importlib.util
import json
import math
import sys
import time

import torch

torch.manual_seed(0)
torch.set_num_threads(2)


def load(path, cls):
    spec = importlib.util.spec_from_file_location(f"exported_{abs(hash(path))}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module, getattr(module, cls)


def check_template(job):
    t0 = time.time()
    _, cls = load(job["file"], job["cls"])
    model = cls()
    result = {"params": sum(p.numel() for p in model.parameters() if p.requires_grad)}
    n, c, h, w = job["input"]
    x = torch.rand(n, c, h, w)
    if job["step"]:
        model.train()
        optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
        labels = torch.randint(0, job["classes"], (n,))
        logits = model(x)
        loss = torch.nn.functional.cross_entropy(logits, labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        result["loss"] = loss.item()
        result["lossFinite"] = math.isfinite(loss.item())
        result["gradsFinite"] = all(torch.isfinite(p.grad).all().item() for p in model.parameters() if p.grad is not None)
    else:
        model.eval()
        with torch.no_grad():
            logits = model(x)
    result["outputShape"] = list(logits.shape)
    result["seconds"] = round(time.time() - t0, 2)
    return result


def check_compare(job):
    module, cls = load(job["file"], job["cls"])
    model = module.load_layerloom_weights(cls(), job["weights"])
    n, h, w, c = job["shape"]
    images = torch.frombuffer(bytearray(open(job["inputs"], "rb").read()), dtype=torch.float32).reshape(n, h, w, c)
    expected = torch.frombuffer(bytearray(open(job["expected"], "rb").read()), dtype=torch.float32).reshape(n, -1)
    probabilities = module.predict(model, images.permute(0, 3, 1, 2).contiguous())
    return {
        "maxAbsDiff": (probabilities - expected).abs().max().item(),
        "sameArgmax": bool((probabilities.argmax(1) == expected.argmax(1)).all().item()),
        "outputShape": list(probabilities.shape),
    }


def main():
    jobs = json.load(open(sys.argv[1]))
    results = []
    for job in jobs:
        try:
            results.append(check_template(job) if job["type"] == "template" else check_compare(job))
        except Exception as err:  # reported per job, so one failure does not hide the others
            results.append({"error": f"{type(err).__name__}: {err}"})
    print(json.dumps({"results": results, "torch": torch.__version__}))


if __name__ == "__main__":
    main()
