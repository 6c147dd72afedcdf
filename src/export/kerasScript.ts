/**
 * The parts of the exported Keras file that do not depend on the network: LayerLoom's images as a keras.utils.PyDataset
 * (the same pixels as the app: pythonPreprocess.ts, pythonFolder.ts), the input statistics and the training script.
 */

export const KERAS_DATA = `class LayerLoomImages(keras.utils.PyDataset):
    """Batches (images [N, H, W, C] float32, labels [N] int32) of image files read as LayerLoom reads them:
    layerloom_pixels (transparency on white, LayerLoom's resize by RESIZE, 1 channel = luma, [0, 1]), then per
    channel (x - mean) / std (LayerLoom's input standardisation; mean=None leaves [0, 1])."""

    def __init__(self, paths, labels, batch_size, mean=MEAN, std=STD, shuffle=False, seed=1, **kwargs):
        import numpy as np

        super().__init__(**kwargs)
        self.paths, self.labels = list(paths), np.asarray(labels, dtype="int32")
        self.batch_size, self.shuffle = batch_size, shuffle
        self.mean = None if mean is None else np.asarray(mean, dtype="float32")
        self.std = None if std is None else np.asarray(std, dtype="float32")
        self.rng = np.random.default_rng(seed)
        self.order = np.arange(len(self.paths))
        if shuffle:
            self.rng.shuffle(self.order)

    def __len__(self):
        return -(-len(self.paths) // self.batch_size)

    def image(self, path):
        x = layerloom_pixels(layerloom_loader(path), INPUT_HEIGHT, INPUT_WIDTH, INPUT_CHANNELS, RESIZE)
        return x if self.mean is None else (x - self.mean) / self.std

    def __getitem__(self, index):
        import numpy as np

        chosen = self.order[index * self.batch_size:(index + 1) * self.batch_size]
        return np.stack([self.image(self.paths[i]) for i in chosen]), self.labels[chosen]

    def on_epoch_end(self):
        if self.shuffle:
            self.rng.shuffle(self.order)


def load_dataset(directory, batch_size, mean=MEAN, std=STD, shuffle=True):
    """The folder as LayerLoom reads it (LayerLoomFolder: classes in LayerLoom's order, its file rules)."""
    folder = LayerLoomFolder(directory)
    images = LayerLoomImages([f[0] for f in folder.files], [f[1] for f in folder.files], batch_size, mean, std, shuffle)
    return images, folder


def channel_statistics(images, limit=2000):
    """Per-channel mean and standard deviation of up to "limit" images in [0, 1], as LayerLoom computes them."""
    import numpy as np

    total, squares, count = 0.0, 0.0, 0
    for path in images.paths[:limit]:
        x = layerloom_pixels(layerloom_loader(path), INPUT_HEIGHT, INPUT_WIDTH, INPUT_CHANNELS, RESIZE).astype("float64")
        x = x.reshape(-1, INPUT_CHANNELS)
        total, squares, count = total + x.sum(0), squares + (x * x).sum(0), count + x.shape[0]
    mean = total / max(count, 1)
    std = np.sqrt(np.maximum(squares / max(count, 1) - mean * mean, 0))
    std[std == 0] = 1
    return mean.tolist(), std.tolist()`;
