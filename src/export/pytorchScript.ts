/**
 * The parts of the exported PyTorch file that do not depend on the network: LayerLoom's preprocessing,
 * the weights loader and torchvision's ImageFolder with LayerLoom's folder rules (the training script: pytorchTraining.ts).
 */

/** The image loader and preprocessing transform for torchvision datasets: LayerLoom's pixels (pythonPreprocess.ts), then its standardisation. */
export const PREPROCESS = `class LayerLoomPreprocess:
    """LayerLoom's image preprocessing, so that this model sees exactly what it saw in LayerLoom.

    PIL image -> float tensor [channels, height, width]: layerloom_pixels (EXIF orientation, 8-bit sRGB,
    transparent pixels onto white, 1 channel = Rec. 601 luma, LayerLoom's resize by "resize": "stretch" fills
    the frame, "crop" covers it and cuts the centre, "letterbox" fits and pads with black; values in [0, 1]),
    then, per channel, (x - mean) / std (LayerLoom's input standardisation; mean=None leaves [0, 1]).
    """

    def __init__(self, height=INPUT_HEIGHT, width=INPUT_WIDTH, channels=INPUT_CHANNELS, resize=RESIZE, mean=MEAN, std=STD):
        if channels not in (1, 3):
            raise ValueError(f"LayerLoom reads images as 1 or 3 channels, not {channels}")
        if resize not in ("stretch", "crop", "letterbox"):
            raise ValueError(f"resize must be stretch, crop or letterbox, not {resize!r}")
        self.height, self.width, self.channels, self.resize = height, width, channels, resize
        self.mean = None if mean is None else torch.tensor(mean, dtype=torch.float32).view(-1, 1, 1)
        self.std = None if std is None else torch.tensor(std, dtype=torch.float32).view(-1, 1, 1)

    def __call__(self, image):
        pixels = layerloom_pixels(image, self.height, self.width, self.channels, self.resize)
        x = torch.from_numpy(pixels).permute(2, 0, 1).contiguous()
        return x if self.mean is None else (x - self.mean) / self.std`;

/** A safetensors reader in plain PyTorch (the \`safetensors\` package reads the same file). */
export const WEIGHTS_LOADER = `def load_layerloom_weights(model, path):
    """Loads weights exported by \`layerloom export --weights\` (a safetensors file, PyTorch layouts)."""
    import json
    import struct

    with open(path, "rb") as f:
        (header_size,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(header_size))
        data = bytearray(f.read())
    state = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        if info["dtype"] != "F32":
            raise ValueError(f"{path}: {name} is {info['dtype']}, expected F32")
        begin, end = info["data_offsets"]
        state[name] = torch.frombuffer(data[begin:end], dtype=torch.float32).reshape(info["shape"]).clone()
    missing, unexpected = model.load_state_dict(state, strict=False)
    missing = [k for k in missing if not k.endswith("num_batches_tracked")]
    if missing or unexpected:
        raise ValueError(f"{path} does not fit this model: missing {missing}, unexpected {unexpected}")
    return model`;

/** torchvision's ImageFolder reading a folder as LayerLoom does (for users' own training loops). */
export const IMAGE_FOLDER = `def layerloom_image_folder(root, transform, folder=None):
    """torchvision's ImageFolder, reading the folder as LayerLoom does (LayerLoomFolder: classes, order, file rules)
    with LayerLoom's loader (transparency kept, so LayerLoomPreprocess puts it on white)."""
    from torchvision import datasets

    folder = folder or LayerLoomFolder(root)

    class LayerLoomImageFolder(datasets.ImageFolder):
        def find_classes(self, directory):
            return list(folder.classes), {name: i for i, name in enumerate(folder.classes)}

        def make_dataset(self, directory, class_to_idx, extensions=None, is_valid_file=None):
            return [(path, label) for path, label, _ in folder.files]

    dataset = LayerLoomImageFolder(root, loader=layerloom_loader, transform=transform)
    dataset.folder = folder
    return dataset`;
