"""Runs an exported PyTorch training script's main() and keeps the PyTorch model it saved last, then predicts images.

python3 run_training.py MODULE OUT.json IMAGES.json -- SCRIPT ARGS...: every time the script converts its model to
LayerLoom's weights (tfjs_arrays, at each checkpoint it keeps) the state_dict is copied; after main() that model
(the run's weights) gives the probabilities of each image in IMAGES.json (preprocessed with the run's meta.json),
written to OUT.json as {"probabilities": [[...], ...]}.
"""
import importlib.util
import json
import os
import sys

import torch

module_path, out_path, images_path = sys.argv[1:4]
args = sys.argv[5:]
spec = importlib.util.spec_from_file_location("exported", module_path)
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)

kept = {}
convert = m.tfjs_arrays


def spy(model):
    kept["state"] = {k: v.detach().clone().cpu() for k, v in model.state_dict().items()}
    return convert(model)


m.tfjs_arrays = spy
m.main(args)

run = args[args.index("--out") + 1]
with open(os.path.join(run, "meta.json"), encoding="utf-8") as f:
    meta = json.load(f)
model = m.MODEL_CLASS()
model.load_state_dict(kept["state"])
preprocess = m.LayerLoomPreprocess(mean=meta["normalization"]["mean"], std=meta["normalization"]["std"])
with open(images_path, encoding="utf-8") as f:
    images = json.load(f)
probabilities = m.predict(model, torch.stack([preprocess(m.layerloom_loader(p)) for p in images]))
with open(out_path, "w", encoding="utf-8") as f:
    json.dump({"probabilities": probabilities.tolist()}, f)
