"""Runs an exported Keras file's build function on the strict stand-in keras (fake_keras/), loads LayerLoom weights
into it, and prints the layers: [{name, cls, inbound, config, output_shape, weights: [[shape, sum], ...]}] as JSON.

Usage: PYTHONPATH=fake_keras python3 run_keras_fake.py FILE.py BUILD_FUNCTION [WEIGHTS.safetensors]
"""
import importlib.util
import json
import sys

import keras

assert keras.STAND_IN, "run with PYTHONPATH=fake_keras: this checks against LayerLoom's Keras stand-in"
spec = importlib.util.spec_from_file_location("exported", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
model = getattr(module, sys.argv[2])()
if len(sys.argv) > 3:
    module.load_layerloom_weights(model, sys.argv[3])
print(json.dumps([{
    "name": layer.name, "cls": layer.cls, "inbound": layer.inbound, "config": layer.get_config(),
    "output_shape": list(layer.output_shape[1:]),
    "weights": [[list(w.shape), float(w.astype("float64").sum())] for w in (layer.weights_set or [])],
} for layer in model.layers]))
