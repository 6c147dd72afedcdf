"""Runs exported PyTorch files under real torch and torchvision, for test/export/pipeline.test.ts.

For each job: builds the image folder as the exported training script does (torchvision ImageFolder with
layerloom_loader and LayerLoomPreprocess), compares every sample's pixels with LayerLoom's (raw float32 HWC files
written by the app's decoder), then loads the exported weights and predicts every image's class probabilities.

Usage: python3 check_pipeline.py JOBS.json -> {"jobs": [{"pixels": {path: maxAbsDiff}, "labels": {path: label},
        "classes": [...], "probabilities": {path: [...]}}]}
"""
import importlib.util
import json
import sys

import torch


def load_module(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    jobs = json.load(open(sys.argv[1]))
    results = []
    for i, job in enumerate(jobs):
        m = load_module(job["module"], f"exported_{i}")
        h, w, c = m.INPUT_HEIGHT, m.INPUT_WIDTH, m.INPUT_CHANNELS
        folder = m.layerloom_image_folder(job["root"], m.LayerLoomPreprocess(mean=None))
        pixels, labels = {}, {}
        for k, (path, label) in enumerate(folder.samples):
            x, y = folder[k]
            with open(job["expected"][path], "rb") as f:
                expected = torch.frombuffer(bytearray(f.read()), dtype=torch.float32).reshape(h, w, c).permute(2, 0, 1)
            pixels[path] = (x - expected).abs().max().item()
            labels[path] = folder.classes[y]
        net = m.load_layerloom_weights(m.MODEL_CLASS(), job["weights"])
        preprocess = m.LayerLoomPreprocess()
        paths = [path for path, _ in folder.samples]
        batch = torch.stack([preprocess(m.layerloom_loader(p)) for p in paths])
        probabilities = m.predict(net, batch)
        results.append({"pixels": pixels, "labels": labels, "classes": m.CLASS_NAMES,
                        "probabilities": dict(zip(paths, probabilities.tolist()))})
    print(json.dumps({"jobs": results}))


if __name__ == "__main__":
    main()
