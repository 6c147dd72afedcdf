/**
 * The parts of the exported PyTorch file that do not depend on the network: LayerLoom's preprocessing,
 * the weights loader and the training script (ImageFolder, one GPU or DDP).
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

/** LayerLoom's statistics when the export has no run: the same estimate (up to 2,000 training images). */
export const STATISTICS = `def channel_statistics(dataset, channels=INPUT_CHANNELS, limit=2000, seed=1):
    """Per-channel mean and standard deviation of up to \`limit\` images (in [0, 1]), as LayerLoom computes them."""
    generator = torch.Generator().manual_seed(seed)
    order = torch.randperm(len(dataset), generator=generator)[:limit]
    total = torch.zeros(channels, dtype=torch.float64)
    squares = torch.zeros(channels, dtype=torch.float64)
    count = 0
    for i in order.tolist():
        x = dataset[i][0].double().reshape(channels, -1)
        total += x.sum(1)
        squares += (x * x).sum(1)
        count += x.shape[1]
    mean = total / max(count, 1)
    std = (squares / max(count, 1) - mean * mean).clamp(min=0).sqrt()
    std[std == 0] = 1  # a constant channel is not scaled
    return mean.tolist(), std.tolist()`;

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

export const TRAINING = `def layerloom_image_folder(root, transform, folder=None):
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
    return dataset


def predict(model, images):
    """Class probabilities for a batch [N, C, H, W] preprocessed by LayerLoomPreprocess (the model returns logits).

    Column i is class CLASS_NAMES[i] when the export came from a run."""
    model.eval()
    with torch.no_grad():
        return torch.softmax(model(images), dim=1)


def main(argv=None):
    """Trains on a folder with one sub-folder per class, as LayerLoom does.

    One GPU or CPU:   python THIS_FILE DATA_DIR --epochs 10
    Several GPUs:     torchrun --nproc_per_node=4 THIS_FILE DATA_DIR --epochs 10
                      (DistributedDataParallel: one process per GPU, each reading its shard of the data;
                      --batch is per GPU, so the effective batch is GPUs x batch; scale --lr with it.)
    """
    import argparse
    import os

    parser = argparse.ArgumentParser(description=main.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", help="image folder: one sub-folder per class (classes in sorted order, as in LayerLoom)")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=1e-3, help="Adam learning rate (LayerLoom's default)")
    parser.add_argument("--resize", choices=["stretch", "crop", "letterbox"], default=RESIZE)
    parser.add_argument("--weights", help="start from weights exported by LayerLoom (.safetensors)")
    parser.add_argument("--save", default="model.pt", help="where to save {model: state_dict, mean, std, classes}")
    args = parser.parse_args(argv)

    distributed = "LOCAL_RANK" in os.environ
    if distributed:
        torch.distributed.init_process_group("nccl" if torch.cuda.is_available() else "gloo")
        rank = int(os.environ["LOCAL_RANK"])
        device = torch.device("cuda", rank) if torch.cuda.is_available() else torch.device("cpu")
        if device.type == "cuda":
            torch.cuda.set_device(device)
    else:
        rank = 0
        device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

    dataset = layerloom_image_folder(args.data, LayerLoomPreprocess(resize=args.resize, mean=None))
    mean, std = (MEAN, STD) if MEAN is not None else channel_statistics(dataset)
    dataset.transform = LayerLoomPreprocess(resize=args.resize, mean=mean, std=std)
    if rank == 0:
        print(f"input standardisation: mean {[round(m, 4) for m in mean]}, std {[round(s, 4) for s in std]}")
    sampler = torch.utils.data.distributed.DistributedSampler(dataset) if distributed else None
    loader = torch.utils.data.DataLoader(dataset, batch_size=args.batch, shuffle=sampler is None, sampler=sampler,
                                         num_workers=min(4, os.cpu_count() or 1))
    model = MODEL_CLASS()
    if args.weights:
        load_layerloom_weights(model, args.weights)
    model.to(device)
    net = torch.nn.parallel.DistributedDataParallel(model) if distributed else model
    optimizer = torch.optim.Adam(net.parameters(), lr=args.lr)
    loss_fn = nn.CrossEntropyLoss()  # on logits: the softmax LayerLoom shows is inside the loss
    for epoch in range(args.epochs):
        if sampler is not None:
            sampler.set_epoch(epoch)
        net.train()
        total, correct, loss_sum = 0, 0, 0.0
        for images, labels in loader:
            images, labels = images.to(device), labels.to(device)
            optimizer.zero_grad()
            logits = net(images)
            loss = loss_fn(logits, labels)
            loss.backward()
            optimizer.step()
            total += labels.numel()
            correct += (logits.argmax(1) == labels).sum().item()
            loss_sum += loss.item() * labels.numel()
        if rank == 0:
            print(f"epoch {epoch + 1}/{args.epochs}: loss {loss_sum / total:.4f}, accuracy {correct / total:.4f}")
    if rank == 0:
        # The weights with what predictions need: preprocess with LayerLoomPreprocess(mean=..., std=...).
        torch.save({"model": model.state_dict(), "mean": mean, "std": std, "classes": dataset.classes}, args.save)
        print(f"saved {args.save} (classes: {', '.join(dataset.classes)})")
    if distributed:
        torch.distributed.destroy_process_group()


if __name__ == "__main__":
    main()`;
