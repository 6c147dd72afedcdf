"""Runs exported Keras files' data pipeline (LayerLoomData + LayerLoomImages, numpy and PIL) on the Keras stand-in,
for test/export/pipeline.test.ts: every image's pixels against LayerLoom's (raw float32 HWC files).

Usage: PYTHONPATH=fake_keras python3 check_keras_pixels.py JOBS.json -> {"jobs": [{path: maxAbsDiff}]}
"""
import importlib.util
import json
import sys

import numpy as np


def main():
    results = []
    for i, job in enumerate(json.load(open(sys.argv[1]))):
        spec = importlib.util.spec_from_file_location(f"keras_export_{i}", job["module"])
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        data = m.LayerLoomData(job["root"], (m.INPUT_HEIGHT, m.INPUT_WIDTH, m.INPUT_CHANNELS))
        images = m.LayerLoomImages(data, range(len(data.paths)), batch_size=len(data.paths))
        batch, labels = images[0]
        diffs = {}
        for path, label, x, y in zip(data.paths, data.labels, batch, labels):
            expected = np.fromfile(job["expected"][path], dtype=np.float32).reshape(x.shape)
            diffs[path] = float(np.abs(x - expected).max()) if y == label else float("inf")
        results.append(diffs)
    print(json.dumps({"jobs": results}))


if __name__ == "__main__":
    main()
