"""Runs an exported Keras file's build function on the stand-in keras (fake_keras/), loads LayerLoom weights
into it, and prints the layers: [{name, cls, inbound, weights: [[shape, sum], ...]}] as JSON.

Usage: PYTHONPATH=fake_keras python3 run_keras_fake.py FILE.py BUILD_FUNCTION [WEIGHTS.safetensors]
"""
import importlib.util
import json
import sys

spec = importlib.util.spec_from_file_location("exported", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
model = getattr(module, sys.argv[2])()
if len(sys.argv) > 3:
    module.load_layerloom_weights(model, sys.argv[3])
print(json.dumps([{
    "name": layer.name, "cls": layer.cls, "inbound": layer.inbound, "args": layer.args,
    "kwargs": {k: v for k, v in layer.kwargs.items() if k != "name"},
    "weights": [[list(w.shape), float(w.astype("float64").sum())] for w in (layer.weights_set or [])],
} for layer in model.layers]))
