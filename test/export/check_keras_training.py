"""The exported Keras training script's parts that run on the Keras stand-in (no TensorFlow here), for
test/export/kerasTraining.test.ts.

python3 check_keras_training.py JOB.json (PYTHONPATH=fake_keras): JOB = {"module", "root", "seed", "batch", "augment",
"weights", "run_copy"}. Prints {"help", "batches": [[labels...], [values...]] of epoch 1 and 2 (no standardisation),
"statistics"} after writing the run_copy folder's model.json and weights.bin from the stand-in model holding the
weights file (LayerLoom's initial weights first, their spread reported as "init")."""
import contextlib
import importlib.util
import io
import json
import os
import sys

import numpy as np

job = json.load(open(sys.argv[1]))
spec = importlib.util.spec_from_file_location("exported", job["module"])
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)

out = {}
text = io.StringIO()
with contextlib.redirect_stdout(text):
    try:
        m.parse_args(["--help"])
    except SystemExit:
        pass
out["help"] = text.getvalue()

data = m.LayerLoomData(job["root"], (m.INPUT_HEIGHT, m.INPUT_WIDTH, m.INPUT_CHANNELS), seed=job["seed"])
augment = m.augment_options(job["augment"], m.INPUT_HEIGHT, m.INPUT_WIDTH)
images = m.LayerLoomImages(data, data.train, job["batch"], augment=augment, seed=job["seed"])
out["batches"] = {}
for epoch in (1, 2):
    images.set_epoch(epoch)
    out["batches"][epoch] = [[images[b][1].tolist(), images[b][0].ravel().tolist()] for b in range(len(images))]
out["statistics"] = m.input_statistics(data, images.pixels, m.INPUT_CHANNELS, job["seed"])

model = m.BUILD_MODEL()
m.layerloom_init(model, 1)
kernels = [layer.get_weights()[0] for layer in model.layers if layer.get_weights() and layer.get_weights()[0].ndim >= 2]
out["init"] = [[float(k.std()), float(np.sqrt(2 / (np.prod(k.shape[:-2]) * (k.shape[-2] + k.shape[-1])))), float(np.abs(k).max())] for k in kernels]
m.load_layerloom_weights(model, job["weights"])
for name, data_ in m.tfjs_model_files(m.tfjs_arrays(model), "test"):
    with open(os.path.join(job["run_copy"], name), "wb") as f:
        f.write(data_.encode("utf-8") if isinstance(data_, str) else data_)
print(json.dumps(out))
