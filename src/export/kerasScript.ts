/**
 * The parts of the exported Keras file that do not depend on the network: a LayerLoom split as a keras.utils.PyDataset
 * (the app's pixels, order, augmentation and standardisation), LayerLoom's initial weights and weight names, and the
 * training script (LayerLoom's recipe under tf.distribute, writing a LayerLoom run folder). Shared Python pieces:
 * pythonPreprocess.ts, pythonFolder.ts, pythonSplit.ts, pythonData.ts, pythonRun.ts.
 */
import { KERAS_WEIGHT_ORDER } from './kerasWeights';
import type { ScriptArgs } from './pythonArgs';

export const KERAS_DATA = String.raw`class LayerLoomImages(keras.utils.PyDataset):
    """Batches (images [N, H, W, C] float32, labels [N] int32) of a split of a LayerLoomData, as LayerLoom makes them:
    layerloom_pixels (transparency on white, LayerLoom's resize, 1 channel = luma, [0, 1]), LayerLoom's augmentation
    after set_epoch on the training split, then per channel (x - mean) / std. Without set_epoch the split is in its
    own order (evaluation); set_epoch(e) takes the app's order of epoch e (seed * 1000 + e) and its augmentation."""

    def __init__(self, data, members, batch_size, mean=None, std=None, resize=RESIZE, augment=None, seed=1, **kwargs):
        import numpy as np

        super().__init__(**kwargs)
        self.data, self.members, self.batch_size, self.resize = data, list(members), batch_size, resize
        self.mean = None if mean is None else np.asarray(mean, dtype="float32")
        self.std = None if std is None else np.asarray(std, dtype="float32")
        self.augment, self.seed = augment, seed
        self.order, self.augment_seed = list(range(len(self.members))), None
        self.lost = []  # (pool index, why) of images that could not be read

    def set_epoch(self, epoch):
        epoch_seed = self.seed * 1000 + epoch
        self.order = epoch_order(len(self.members), epoch_seed)
        self.augment_seed = derive_seed(epoch_seed, 0xA06)

    def __len__(self):
        return -(-len(self.members) // self.batch_size)

    def pixels(self, i):
        return layerloom_pixels(layerloom_loader(self.data.paths[i]), INPUT_HEIGHT, INPUT_WIDTH, INPUT_CHANNELS, self.resize)

    def batch(self, index):
        """(images, labels, positions in the split) of batch index; unreadable images are left out and noted."""
        import numpy as np

        xs, ys, kept = [], [], []
        for p in range(index * self.batch_size, min((index + 1) * self.batch_size, len(self.members))):
            position = self.order[p]
            i = self.members[position]
            try:
                x = self.pixels(i)
            except Exception:
                self.lost.append((i, image_failure(self.data.paths[i]) or layerloom_text("data.skip.corrupt")))
                continue
            if self.augment is not None and self.augment_seed is not None:
                x = augment_image(x, self.augment, self.augment_seed, p)
            xs.append(x if self.mean is None else (x - self.mean) / self.std)
            ys.append(self.data.labels[i])
            kept.append(position)
        shape = (0, INPUT_HEIGHT, INPUT_WIDTH, INPUT_CHANNELS)
        return (np.stack(xs) if xs else np.zeros(shape, "float32")), np.asarray(ys, dtype="int32"), kept

    def __getitem__(self, index):
        x, y, _ = self.batch(index)
        return x, y


def layerloom_init(model, seed):
    """LayerLoom's initial weights (tfjs's defaults): kernels from a normal distribution with std
    sqrt(2 / (fan_in + fan_out)) truncated at two std (Glorot; tfjs's fans), biases 0; batch norms as Keras starts them."""
    import numpy as np

    rng = np.random.default_rng(seed)
    for layer in model.layers:
        weights = layer.get_weights()
        if not weights or weights[0].ndim < 2:
            continue
        kernel = weights[0]
        field = int(np.prod(kernel.shape[:-2])) if kernel.ndim > 2 else 1
        std = (2 / (field * (kernel.shape[-2] + kernel.shape[-1]))) ** 0.5
        values = rng.standard_normal(kernel.shape)
        while (np.abs(values) > 2).any():
            far = np.abs(values) > 2
            values[far] = rng.standard_normal(int(far.sum()))
        layer.set_weights([(values * std).astype("float32")] + [np.zeros_like(w) for w in weights[1:2]] + list(weights[2:]))
    return model


def tfjs_arrays(model):
    """The model's weights under LayerLoom's (tfjs) names: Keras and tfjs share layer names and layouts."""
    order = ${JSON.stringify(KERAS_WEIGHT_ORDER).replace(/,/g, ', ')}
    names = [spec["name"] for spec in TFJS_MODEL["weights"]]
    arrays = {}
    for layer in model.layers:
        values = layer.get_weights()
        mine = sorted((n for n in names if n.rsplit("/", 1)[0] == layer.name), key=lambda n: order.index(n.rsplit("/", 1)[1]))
        if len(mine) != len(values):
            raise ValueError(f"layer {layer.name} has {len(values)} weights; LayerLoom's model has {len(mine)} ({mine})")
        arrays.update(zip(mine, values))
    return arrays`;

/** The command line: LayerLoom's settings (pythonArgs.ts); tf.distribute splits each batch between the GPUs. */
export const KERAS_ARGS: ScriptArgs = {
  lrHelp: '"base learning rate"',
  batchHelp: '"images per batch (split over the GPUs)"',
  epilog: `("Several GPUs: tf.distribute.MirroredStrategy takes every local GPU and splits each batch of --batch images "
            "between them, so the recipe (batch, learning rate) is LayerLoom's unchanged. Several machines: set TF_CONFIG "
            "(MultiWorkerMirroredStrategy is used then); only the chief writes the run.")`,
  extra: [],
};

export const KERAS_TRAINING = String.raw`def _is_chief():
    """Whether this worker writes: the only one, or the chief (or worker 0) of TF_CONFIG's cluster."""
    import json
    import os

    config = json.loads(os.environ.get("TF_CONFIG") or "{}")
    task, cluster = config.get("task", {}), config.get("cluster", {})
    if not task:
        return True
    return task.get("type") == "chief" or (task.get("type") == "worker" and task.get("index") == 0 and "chief" not in cluster)


def make_optimizer(settings):
    """LayerLoom's optimizers with tfjs's constants: Adam (0.9, 0.999, eps 1e-7), SGD with momentum, RMSProp (0.9, eps 1e-7)."""
    lr = settings["learningRate"]
    if settings["optimizer"] == "sgd":
        return keras.optimizers.SGD(learning_rate=lr, momentum=settings["momentum"])
    if settings["optimizer"] == "rmsprop":
        return keras.optimizers.RMSprop(learning_rate=lr, rho=0.9, momentum=0.0, epsilon=1e-7)
    return keras.optimizers.Adam(learning_rate=lr, beta_1=0.9, beta_2=0.999, epsilon=1e-7)


def evaluate(model, images, name, keep):
    """LayerLoom's evaluation of a split (LayerLoomImages without set_epoch)."""
    import numpy as np

    outcomes = []
    for b in range(len(images)):
        x, y, kept = images.batch(b)
        if not len(kept):
            continue
        out = np.asarray(model.predict_on_batch(x), dtype=np.float64)
        if not OUTPUT_SOFTMAX:
            out = np.exp(out - out.max(1, keepdims=True))
            out /= out.sum(1, keepdims=True)
        for position, truth, row in zip(kept, y.tolist(), out.astype(np.float32)):
            best = int(row.argmax())
            outcomes.append((position, truth, best, float(row[truth]), float(row[best])))
    data = images.data
    members = images.members
    return evaluation_record(name, data.classes, [data.labels[i] for i in members], outcomes, [data.paths[i] for i in members], keep)


def train(args):
    import copy
    import math
    import os
    import time

    import tensorflow as tf

    if TFJS_MODEL is None:
        raise ValueError(f"LayerLoom cannot build this network ({TFJS_MODEL_ERROR}), so it could not open the run; fix the network in LayerLoom and export again")
    settings = training_settings(args)
    chief = _is_chief()
    say = print if chief else (lambda *a, **k: None)
    started = time.perf_counter()
    data = LayerLoomData(args.data, (INPUT_HEIGHT, INPUT_WIDTH, INPUT_CHANNELS), seed=args.seed, limit=args.limit)
    for path, why in data.skipped:
        say(f"skipped {path}: {why}")
    sizes = data.report()["sizes"]
    say(f"data: {sizes['train']} train, {sizes['val']} val, {sizes['test']} test images, {len(data.classes)} classes")
    mean, std = (MEAN, STD) if MEAN is not None else input_statistics(
        data, lambda i: layerloom_pixels(layerloom_loader(data.paths[i]), INPUT_HEIGHT, INPUT_WIDTH, INPUT_CHANNELS, args.resize), INPUT_CHANNELS, args.seed)
    say(f"input standardisation: mean {[round(m, 4) for m in mean]}, std {[round(s, 4) for s in std]}")
    strategy = tf.distribute.MultiWorkerMirroredStrategy() if os.environ.get("TF_CONFIG") else tf.distribute.MirroredStrategy()
    with strategy.scope():
        model = layerloom_init(BUILD_MODEL(), args.seed)
        if args.weights:
            load_layerloom_weights(model, args.weights)
        loss = keras.losses.SparseCategoricalCrossentropy(from_logits=not OUTPUT_SOFTMAX)
        model.compile(optimizer=make_optimizer(settings), loss=loss, metrics=["accuracy"])
    augment = augment_options(settings["augment"], INPUT_HEIGHT, INPUT_WIDTH)
    train_images = LayerLoomImages(data, data.train, args.batch, mean, std, args.resize, augment, args.seed)
    batches = len(train_images)
    split = lambda members: LayerLoomImages(data, members, max(args.batch, 128), mean, std, args.resize)

    class Schedule(keras.callbacks.Callback):
        """LayerLoom's learning rate before every batch."""

        def __init__(self, epoch):
            super().__init__()
            self.epoch = epoch

        def on_train_batch_begin(self, batch, logs=None):
            at = self.epoch - 1 + (batch / batches if settings["schedule"] == "cosine" else 0)
            self.model.optimizer.learning_rate = learning_rate_at(settings, at)

    name = PROJECT["meta"].get("name") or "model"
    folder = RunFolder(args.out or default_run_dir(name), pick_free_name=args.out is None) if chief else None
    backend = {"name": "keras", "reason": f"trained by the exported Keras script (Keras {keras.__version__}, {strategy.num_replicas_in_sync} replicas)", "passedOver": []}
    meta = lambda extra: run_meta(name, backend, data, settings, args.seed, (mean, std), {"trainedWith": {"script": "keras", "replicas": strategy.num_replicas_in_sync}, **extra})
    history, best, best_epoch, best_val, since_best, stopped_early = [], None, None, math.inf, 0, False
    track_best = settings["earlyStoppingPatience"] > 0 and len(data.val) > 0
    trained, train_seconds = 0, 0.0
    try:
        if folder:
            folder.write_json("project.layerloom.json", run_project(settings, len(data.classes)))
            folder.write_json("labels.json", data.classes)
        for epoch in range(1, settings["epochs"] + 1):
            train_images.set_epoch(epoch)
            epoch_start = time.perf_counter()
            fit = model.fit(train_images, epochs=1, verbose=0, callbacks=[Schedule(epoch)])
            train_seconds += time.perf_counter() - epoch_start
            trained += len(data.train)
            v = evaluate(model, split(data.val), "val", 0) if data.val else None
            entry = {"epoch": epoch, "loss": float(fit.history["loss"][-1]), "accuracy": float(fit.history["accuracy"][-1]),
                     "valLoss": v["loss"] if v else None, "valAccuracy": v["accuracy"] if v else None,
                     "learningRate": learning_rate_at(settings, epoch - 1), "durationMs": (time.perf_counter() - epoch_start) * 1000}
            history.append(entry)
            improved = v is not None and v["loss"] < best_val - 1e-6
            if improved:
                best_val, best_epoch, since_best = v["loss"], epoch, 0
            else:
                since_best += 1
            keep = not track_best or improved or best is None
            if track_best and keep:
                best = (epoch, copy.deepcopy(model.get_weights()))
            say(f"epoch {epoch}/{settings['epochs']}: loss {entry['loss']:.4f}, accuracy {entry['accuracy']:.4f}"
                + (f", val loss {v['loss']:.4f}, val accuracy {v['accuracy']:.4f}" if v else ""))
            if folder:
                files = tfjs_model_files(tfjs_arrays(model), f"LayerLoom's exported Keras script (Keras {keras.__version__})") if keep else []
                rows = [{**h, "best": h["epoch"] == best_epoch} for h in history]
                status = {"status": "training", "epochsCompleted": epoch, "bestEpoch": best_epoch, "weightsFromEpoch": best[0] if track_best else epoch}
                folder.write_checkpoint(files + [("history.json", RunFolder.json_text(rows)), ("meta.json", RunFolder.json_text(meta(status)))])
            if track_best and since_best >= settings["earlyStoppingPatience"]:
                stopped_early = True
                break
        if track_best:
            model.set_weights(best[1])
        final = evaluate(model, split(data.test if data.test else data.val), "test" if data.test else "val", 20)
        for i, why in train_images.lost:
            data.became_unreadable(data.paths[i], why)
        if folder:
            folder.write_json("evaluation.json", final)
            done = {"status": "complete", "epochsCompleted": len(history), "bestEpoch": best_epoch,
                    "weightsFromEpoch": best[0] if track_best else len(history), "stoppedEarly": stopped_early,
                    "imagesPerSec": trained / train_seconds if train_seconds else 0, "durationMs": (time.perf_counter() - started) * 1000,
                    "testAccuracy": final["accuracy"], "testLoss": final["loss"]}
            folder.write_json("meta.json", meta(done))
            say(f"test accuracy {final['accuracy'] * 100:.1f}% (loss {final['loss']:.4f}) on {final['images']} {final['split']} images")
            say(f"run saved to {folder.finish()}")
    except BaseException as err:
        if folder:
            folder.interrupt("interrupted", str(err) or type(err).__name__)
        raise


def main(argv=None):
    """python THIS_FILE DATA_DIR [--out RUN_DIR]: every local GPU (tf.distribute), writing a LayerLoom run folder."""
    train(parse_args(argv))


if __name__ == "__main__":
    main()`;
