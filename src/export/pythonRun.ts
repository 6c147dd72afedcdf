/**
 * A LayerLoom run folder written from Python, for both exports: the app's learning-rate schedule
 * (src/train/optimizer.ts), its evaluation record (src/train/evaluate.ts: confusion matrix, per-class metrics, most
 * confident mistakes, per-image predictions), meta.json (src/train/runMeta.ts) and the folder itself
 * (src/train/runFolder.ts: a hidden staging folder, checkpoints all or nothing, moved into place at the end), with the
 * weights as tfjs's model.json + weights.bin from TFJS_MODEL (tfjsTopology.ts). The app opens such a run as one of
 * its own (tests: test/export/trainingScript.test.ts). Change one side, change the other.
 */

export const PYTHON_RUN = String.raw`def learning_rate_at(settings, epoch, base=None):
    """LayerLoom's schedule at a point of the run counted in epochs from 0: constant; step (/10 at half and three
    quarters of the epochs); cosine from the base rate down towards 0 at the end (moved every batch)."""
    import math

    base = settings["learningRate"] if base is None else base
    if settings["schedule"] == "constant":
        return base
    if settings["schedule"] == "step":
        return base * 0.1 ** sum(1 for p in (0.5, 0.75) if math.floor(epoch) >= _js_round(p * settings["epochs"]))
    return base * 0.5 * (1 + math.cos(math.pi * epoch / max(1, settings["epochs"])))


def metrics_from_confusion(confusion, classes):
    """Accuracy, per-class precision/recall/F1/support and their unweighted means, as LayerLoom computes them."""
    k = len(classes)
    per_class, correct, total = [], 0, 0
    for c in range(k):
        tp = confusion[c][c]
        support = sum(confusion[c])
        predicted = sum(confusion[j][c] for j in range(k))
        correct, total = correct + tp, total + support
        precision = tp / predicted if predicted else 0
        recall = tp / support if support else 0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0
        per_class.append({"className": classes[c], "precision": precision, "recall": recall, "f1": f1, "support": support})
    mean = (lambda f: sum(f(m) for m in per_class) / k) if k else (lambda f: 0)
    return {"accuracy": correct / total if total else 0, "perClass": per_class,
            "macro": {"precision": mean(lambda m: m["precision"]), "recall": mean(lambda m: m["recall"]), "f1": mean(lambda m: m["f1"])}}


def evaluation_record(split, classes, truths, outcomes, paths, keep):
    """evaluation.json as LayerLoom writes it, from outcomes [(index in the split, true class, predicted class (the
    first most probable), the true class's probability, the predicted class's probability)] and the true class of
    every image of the split: mean cross-entropy (probabilities clipped to [1e-7, 1 - 1e-7]), confusion[true][predicted],
    the keep most confident mistakes, [true, predicted] per image (predicted -1: the image could not be read)."""
    import math

    k = len(classes)
    confusion = [[0] * k for _ in range(k)]
    predictions = [[t, -1] for t in truths]
    mistakes, loss = [], 0.0
    for index, truth, best, p_truth, p_best in sorted(outcomes, key=lambda o: o[0]):
        confusion[truth][best] += 1
        predictions[index] = [truth, best]
        loss -= math.log(min(1 - 1e-7, max(1e-7, p_truth)))
        if best != truth:
            mistakes.append({"index": index, "path": paths[index], "trueClass": classes[truth], "predictedClass": classes[best], "confidence": p_best})
    mistakes.sort(key=lambda m: -m["confidence"])
    images = len(outcomes)
    return {"split": split, "images": images, "loss": loss / images if images else 0, "classes": list(classes),
            "confusion": confusion, "mistakes": mistakes[:keep], "predictions": predictions, **metrics_from_confusion(confusion, classes)}


def _jsonable(value):
    """JSON as JavaScript writes it: NaN and infinities become null."""
    import math

    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def _iso_now():
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def default_run_dir(name, root="runs"):
    """runs/2026-11-28T16-40-07-NAME: a sortable time (UTC) and the model's name, as LayerLoom names runs."""
    import os
    import re
    import unicodedata
    from datetime import datetime, timezone

    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H-%M-%S")
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", unicodedata.normalize("NFKD", name)).strip("-")[:60] or "run"
    return os.path.join(root, f"{stamp}-{slug}")


def _free_name(path, taken):
    import itertools

    if not taken(path):
        return path
    return next(f"{path}-{i}" for i in itertools.count(2) if not taken(f"{path}-{i}"))


def _owner():
    """Who writes a staging folder, as src/train/runOwner.ts says it: the app tells a folder left by a process that
    died (it recovers its last checkpoint as an interrupted run) from one this process is still writing."""
    import os
    import socket

    started = None
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="utf-8") as f:
            stat = f.read()
        started = stat[stat.rindex(")") + 2:].split(" ")[19]
    except (OSError, ValueError, IndexError):
        pass
    return {"pid": os.getpid(), "host": socket.gethostname(), "started": started}


class RunFolder:
    """A LayerLoom run folder, written as the app writes one: into a hidden staging folder (.NAME.partial-XXXXXXXX)
    beside it that names its writer (.owner.json), every file through a flushed temporary name, each checkpoint all or
    nothing; finish() moves it into place under a free name. An explicit folder that exists already is refused."""

    def __init__(self, final_dir, pick_free_name=False):
        import os
        import re
        import secrets

        final = os.path.abspath(final_dir)
        parent = os.path.dirname(final)
        if pick_free_name:
            staging = {m.group(1) for m in (re.match(r"^\.(.+)\.partial-[0-9a-f]{8}$", n) for n in (os.listdir(parent) if os.path.isdir(parent) else [])) if m}
            final = _free_name(final, lambda p: os.path.exists(p) or os.path.basename(p) in staging)
        elif os.path.exists(final):
            raise FileExistsError(f"the run folder {final_dir} already exists; choose another --out")
        self.final_dir, self.checkpointed = final, False
        self.staging_dir = os.path.join(parent, f".{os.path.basename(final)}.partial-{secrets.token_hex(4)}")
        os.makedirs(self.staging_dir)
        self.write_json(".owner.json", _owner())

    def _temporary(self, name, data):
        import os
        import secrets

        path = os.path.join(self.staging_dir, f".{name}.{secrets.token_hex(6)}.tmp")
        with open(path, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
            f.flush()
            os.fsync(f.fileno())
        return path

    @staticmethod
    def json_text(value):
        import json

        return json.dumps(_jsonable(value), indent=2, ensure_ascii=False, allow_nan=False) + "\n"

    def write_json(self, name, value):
        import os

        os.replace(self._temporary(name, self.json_text(value)), os.path.join(self.staging_dir, name))

    def write_checkpoint(self, files):
        """Writes [(name, text or bytes)] all or none: every file to a temporary name, then all renamed."""
        import os

        written = []
        try:
            for name, data in files:
                written.append((self._temporary(name, data), os.path.join(self.staging_dir, name)))
        except BaseException:
            for tmp, _ in written:
                os.remove(tmp)
            raise
        for tmp, path in written:
            os.replace(tmp, path)
        self.checkpointed = True

    def finish(self):
        import os

        try:
            os.remove(os.path.join(self.staging_dir, ".owner.json"))
        except FileNotFoundError:
            pass
        target = _free_name(self.final_dir, os.path.exists)
        os.rename(self.staging_dir, target)
        return target

    def interrupt(self, status, error=None):
        """Ends early: the last checkpoint moves into place with meta.json's status (and error); without one, the
        staging folder goes. Returns the run folder kept, or None."""
        import json
        import os
        import shutil

        if not self.checkpointed:
            shutil.rmtree(self.staging_dir, ignore_errors=True)
            return None
        for name in os.listdir(self.staging_dir):
            if name.endswith(".tmp"):
                os.remove(os.path.join(self.staging_dir, name))
        meta_path = os.path.join(self.staging_dir, "meta.json")
        with open(meta_path, encoding="utf-8") as f:
            meta = json.load(f)
        self.write_json("meta.json", {**meta, "status": status, **({"error": error} if error else {})})
        return self.finish()


def tfjs_model_files(arrays, converted_by):
    """The run's model.json and weights.bin: LayerLoom's topology of this network (TFJS_MODEL) and arrays
    {tfjs weight name: float32 array in tfjs layout}, in tfjs's order."""
    import json

    import numpy as np

    specs, chunks = [], []
    for spec in TFJS_MODEL["weights"]:
        array = np.ascontiguousarray(arrays[spec["name"]], dtype="<f4")
        if list(array.shape) != list(spec["shape"]):
            raise ValueError(f"weight {spec['name']} has shape {list(array.shape)}; LayerLoom's model needs {spec['shape']}")
        specs.append({"name": spec["name"], "shape": list(spec["shape"]), "dtype": "float32"})
        chunks.append(array.tobytes())
    model_json = {"format": "layers-model", "generatedBy": TFJS_MODEL["generatedBy"], "convertedBy": converted_by,
                  "modelTopology": TFJS_MODEL["modelTopology"], "weightsManifest": [{"paths": ["weights.bin"], "weights": specs}]}
    return [("weights.bin", b"".join(chunks)), ("model.json", json.dumps(model_json))]


def tfjs_parameter_count():
    """All of the model's weights, as LayerLoom counts its parameters (batch-norm statistics included)."""
    import math

    return sum(math.prod(spec["shape"]) for spec in TFJS_MODEL["weights"])


def run_meta(name, backend, data, settings, seed, normalization, extra):
    """meta.json as LayerLoom writes it (what predict, test, the Runs list and re-export read)."""
    return {"format": "layerloom/run", "version": 1, "name": name, "saved": _iso_now(), "status": "training", "backend": backend,
            "input": [INPUT_HEIGHT, INPUT_WIDTH, INPUT_CHANNELS], "resize": settings["resize"],
            "normalization": {"mean": list(normalization[0]), "std": list(normalization[1])}, "classes": list(data.classes),
            "params": tfjs_parameter_count(), "seed": seed, "settings": settings, "dataset": data.report(), **extra}


def run_project(settings, classes):
    """project.layerloom.json of the run: the exported project with the settings it trained with and its class count."""
    import copy

    project = copy.deepcopy(PROJECT)
    project["training"] = settings
    for node in project["graph"]["nodes"]:
        if node["kind"] == "Output":
            node["params"]["classes"] = classes
    return project`;
