/**
 * The parts of the exported PyTorch file that do not depend on the network: LayerLoom's preprocessing,
 * the weights loader and the training script (ImageFolder, one GPU or DDP).
 */

/**
 * Mirrors src/data/decode.ts (alpha flattened onto white, resize by mode, letterbox pads black, 8-bit sRGB,
 * Rec. 601 luma, [0, 1]) and src/train/normalization.ts (per-channel (x − mean) / std from the training split).
 */
export const PREPROCESS = `class LayerLoomPreprocess:
    """LayerLoom's image preprocessing, so that this model sees what it saw in LayerLoom.

    PIL image -> float tensor [channels, height, width] in [0, 1]: EXIF orientation applied; transparent
    pixels flattened onto white; resized by \`resize\` ("stretch" fills the frame, "crop" scales to cover and
    centre-crops, "letterbox" scales to fit and pads with black) with a Lanczos-3 kernel (LayerLoom uses
    libvips' Lanczos-3: values agree to resampling rounding); 1 channel = Rec. 601 luma
    0.299 R + 0.587 G + 0.114 B of the 8-bit sRGB values, 3 channels = RGB; divided by 255; then, per channel,
    (x - mean) / std (LayerLoom's input standardisation; mean=None leaves [0, 1]).
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
        from PIL import Image, ImageOps

        image = ImageOps.exif_transpose(image)
        if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
            rgba = image.convert("RGBA")
            white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
            image = Image.alpha_composite(white, rgba)
        image = image.convert("RGB")
        size = (self.width, self.height)
        if self.resize == "stretch":
            image = image.resize(size, Image.LANCZOS)
        elif self.resize == "crop":
            # Like libvips/sharp "cover": scale the whole image to cover the frame, then cut the centre.
            scale = max(self.width / image.width, self.height / image.height)
            w = max(self.width, round(image.width * scale))
            h = max(self.height, round(image.height * scale))
            left, top = (w - self.width + 1) // 2, (h - self.height + 1) // 2
            image = image.resize((w, h), Image.LANCZOS).crop((left, top, left + self.width, top + self.height))
        else:
            scale = min(self.width / image.width, self.height / image.height)
            w = max(1, min(self.width, round(image.width * scale)))
            h = max(1, min(self.height, round(image.height * scale)))
            canvas = Image.new("RGB", size, (0, 0, 0))
            canvas.paste(image.resize((w, h), Image.LANCZOS), ((self.width - w) // 2, (self.height - h) // 2))
            image = canvas
        pixels = torch.frombuffer(bytearray(image.tobytes()), dtype=torch.uint8)
        rgb = pixels.view(self.height, self.width, 3).permute(2, 0, 1).float()
        if self.channels == 1:
            rgb = (0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]).unsqueeze(0)
        x = rgb / 255.0
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

export const TRAINING = `def predict(model, images):
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

    from torchvision import datasets

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

    dataset = datasets.ImageFolder(args.data, transform=LayerLoomPreprocess(resize=args.resize, mean=None))
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
