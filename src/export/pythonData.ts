/**
 * LayerLoom's dataset opening in Python, written into both exports: what src/data/folder.ts, openDataset.ts,
 * report.ts, augment.ts and src/train/normalization.ts do with a folder after scanning it (pythonFolder.ts) — which
 * files are unreadable and why (decode.ts's reasons), the limit subset, the split (pythonSplit.ts), the errors and
 * warnings, the input statistics and the augmentation — step for step, so a script reads the folder as the app does
 * (tests: test/export/splitParity.test.ts, test/export/trainingScript.test.ts). Change one side, change the other.
 */

export const PYTHON_DATA = String.raw`_FILE_ERRORS = {"EACCES": "permission denied", "EPERM": "permission denied", "ENOENT": "file disappeared",
                "EISDIR": "is a folder", "EIO": "input/output error"}
_MAX_PIXELS = 0x3FFF * 0x3FFF  # the decoder's pixel limit in LayerLoom
_READ_FORMATS = {"PNG", "JPEG", "MPO", "GIF", "WEBP", "TIFF"}  # what LayerLoom's decoder reads among PIL's formats


def _decoder_format(head):
    """The format LayerLoom's decoder (libvips) takes a file for, by its first bytes as libvips looks at them, or None:
    a file it does not recognise is "unrecognised", one it recognises but cannot decode is "corrupt"."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith(b"\xff\xd8"):
        return "JPEG"
    if head.startswith(b"GIF8"):
        return "GIF"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "TIFF"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[4:8] == b"ftyp" or b"<svg" in head:
        return "HEIF or SVG"
    return None


def image_failure(path):
    """Why LayerLoom skips an image file (the reason it lists), or None when the file decodes."""
    import errno
    import warnings

    from PIL import Image

    try:
        with open(path, "rb") as f:
            head = f.read(256)
    except OSError as err:
        code = errno.errorcode.get(err.errno, "")
        return f"cannot read file: {_FILE_ERRORS[code]}" if code in _FILE_ERRORS else "not a readable image: corrupt or truncated data"
    if not head:
        return "empty file (0 bytes)"
    kind = _decoder_format(head)
    if kind is None:
        return "not a readable image: unrecognised format"
    if kind not in _READ_FORMATS:
        return f"a {kind} image: LayerLoom reads it, this script (PIL) cannot"
    if Image.MAX_IMAGE_PIXELS is not None:  # PIL refuses half of LayerLoom's limit; LayerLoom's limit decides
        Image.MAX_IMAGE_PIXELS = max(Image.MAX_IMAGE_PIXELS, _MAX_PIXELS)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path) as image:
                if image.format not in _READ_FORMATS:
                    return "not a readable image: corrupt or truncated data"
                if image.size[0] * image.size[1] > _MAX_PIXELS:
                    return "not a readable image: too many pixels"
                image.load()
    except Exception:  # PIL raises OSError, SyntaxError, ValueError and others on damaged data
        return "not a readable image: corrupt or truncated data"
    return None


def check_images(paths, workers=8):
    """image_failure for each path (in threads: PIL decodes without the interpreter lock)."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max(1, workers)) as pool:
        return list(pool.map(image_failure, paths))


def _js_sorted_paths(items, key):
    return sorted(items, key=lambda item: _utf16(key(item)))


def _to_fixed(x, digits):
    """JavaScript's toFixed (halves of the exact value go up)."""
    from decimal import ROUND_HALF_UP, Decimal

    return str(Decimal(x).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))


class LayerLoomData:
    """A folder opened as LayerLoom opens it for training: usable files, skipped files with LayerLoom's reasons,
    classes, the train/val/test split from the seed, class counts and warnings.

    paths/labels are the usable images (pool indices 0..n-1, in LayerLoom's order); train/val/test are pool indices.
    check(paths) -> reasons lets several processes share the decoding test (default: check_images here).
    """

    def __init__(self, root, seed=1, limit=None, val=0.1, test=0.1, check=check_images):
        folder = LayerLoomFolder(root)
        if len(folder.classes) == 1:
            raise ValueError(f'folder "{root}" has only one class ("{folder.classes[0]}"); add a sub-folder of images for each class, at least two')
        files = folder.files
        labels = [f[1] for f in files]
        k = len(folder.classes)
        wanted = stratified_subset(labels, k, limit, seed) if limit is not None and limit < len(files) else None
        skipped = list(folder.skipped)
        good = set()

        def decode_all(batch):
            failed = []
            for i, reason in zip(batch, check([files[i][0] for i in batch])):
                if reason is None:
                    good.add(i)
                else:
                    skipped.append((files[i][0], reason))
                    failed.append(i)
            return failed

        failed = decode_all(wanted if wanted is not None else list(range(len(files))))
        if wanted is not None:
            # Unreadable picks are replaced by unused files of the same class, in a seeded order.
            chosen = set(wanted)
            spare = [shuffle_in_place([i for i in idx if i not in chosen], LayerLoomRng(derive_seed(seed, 0x5BA5E, c)))
                     for c, idx in enumerate(_by_class(labels, k))]
            while failed:
                following = [spare[labels[i]].pop(0) for i in failed if spare[labels[i]]]
                if not following:
                    break
                failed = decode_all(following)
        self.skipped = _js_sorted_paths(skipped, lambda s: s[0])
        order = sorted(good)
        self.root, self.classes, self.layout, self.hidden = root, list(folder.classes), folder.layout, folder.hidden
        self.paths = [files[i][0] for i in order]
        self.labels = [files[i][1] for i in order]
        counts = [0] * k
        for label in self.labels:
            counts[label] += 1
        if 0 in counts:
            empty = counts.index(0)
            in_class = {f[0] for f in files if f[1] == empty}
            bad = sum(1 for s in self.skipped if s[0] in in_class)
            note = f" ({bad} unreadable, see the skipped list)" if bad else ""
            raise ValueError(f'class "{self.classes[empty]}" in "{root}" has no usable images{note}; add jpg/png/webp/gif/tiff images to it or remove the folder')
        preset = None
        if folder.layout == "splits":
            preset = {s: [pos for pos, i in enumerate(order) if files[i][2] == s] for s in folder.present_splits}
        self.train, self.val, self.test = split_indices(self.labels, k, val, test, seed, preset)
        train_counts = self.class_counts(self.train)
        missing = [name for c, name in enumerate(self.classes) if train_counts[c] == 0]
        if missing:
            names = ", ".join(f'"{n}"' for n in missing)
            raise ValueError(f'class {names} in "{root}" has no training images; add images to its folder under train')
        self.warnings = self._warnings()

    def class_counts(self, indices):
        counts = [0] * len(self.classes)
        for i in indices:
            counts[self.labels[i]] += 1
        return counts

    def report(self):
        """meta.json's dataset record, as LayerLoom writes it."""
        counts = {s: self.class_counts(getattr(self, s)) for s in ("train", "val", "test")}
        counts["total"] = [a + b + c for a, b, c in zip(counts["train"], counts["val"], counts["test"])]
        return {"name": self.root, "sizes": {s: len(getattr(self, s)) for s in ("train", "val", "test")},
                "images": len(self.train) + len(self.val) + len(self.test), "skipped": len(self.skipped),
                "classCounts": counts, "warnings": list(self.warnings)}

    def _warnings(self):
        train, test = self.class_counts(self.train), self.class_counts(self.test)
        warnings = []
        small, large = min(train), max(train)
        imbalance = float("inf") if small == 0 else large / small
        if imbalance > 3:
            hi, lo = train.index(large), train.index(small)
            warnings.append(f'classes are imbalanced ({_to_fixed(imbalance, 1)}\u00d7): "{self.classes[hi]}" has {large} training images, '
                            f'"{self.classes[lo]}" only {small}; add images to the small classes or expect the model to favour the large ones')
        few = [f'"{n}"' for c, n in enumerate(self.classes) if train[c] < 10]
        if few:
            warnings.append(f"few training images (under 10) in {', '.join(few)}; accuracy will be unreliable")
        if not self.val:
            warnings.append("the validation split is empty; validation metrics will be missing")
        if not self.test:
            warnings.append("the test split is empty; test metrics will be missing")
        no_test = [f'"{n}"' for c, n in enumerate(self.classes) if test[c] == 0]
        if self.test and no_test:
            warnings.append(f"no test images for {', '.join(no_test)}")
        if self.skipped:
            warnings.append(f"{len(self.skipped)} file{'' if len(self.skipped) == 1 else 's'} skipped (see the skipped list for each reason)")
        return warnings


def epoch_order(size, seed):
    """The order LayerLoom visits a split in for a shuffle seed (the train split: seed * 1000 + epoch)."""
    return shuffle_in_place(list(range(size)), LayerLoomRng(derive_seed(seed, 0x5F1E)))


def statistics_sample(train_size, seed, sample=2000, batch=256):
    """Positions in the train split whose images LayerLoom's input statistics use: its seeded order, whole batches
    of 256 until at least 2,000 images."""
    import math

    order = epoch_order(train_size, seed)
    return order[:min(train_size, math.ceil(sample / batch) * batch)]


def statistics_sums(images, channels):
    """(sum, sum of squares, values) per channel of [0, 1] images [H, W, C], in float64."""
    import numpy as np

    total, squares, count = np.zeros(channels), np.zeros(channels), 0
    for x in images:
        x = np.asarray(x, dtype=np.float64).reshape(-1, channels)
        total, squares, count = total + x.sum(0), squares + (x * x).sum(0), count + x.shape[0]
    return total, squares, count


def statistics_from_sums(total, squares, count):
    """Per-channel mean and standard deviation (a constant channel keeps std 1), as LayerLoom computes them."""
    import math

    if not count:
        return [0.0] * len(total), [1.0] * len(total)
    mean = [float(s) / count for s in total]
    std = [math.sqrt(max(0.0, float(q) / count - m * m)) or 1.0 for q, m in zip(squares, mean)]
    return mean, std


def augment_options(augment, height, width):
    """The project's augmentation switches as amounts (LayerLoom's): flip, crop with 10 % padding, brightness
    +-0.1 with contrast +-0.2; None when all are off."""
    if not (augment.get("flip") or augment.get("crop") or augment.get("brightness")):
        return None
    return {"flip": bool(augment.get("flip")), "pad": max(1, _js_round(min(height, width) / 10)) if augment.get("crop") else 0,
            "brightness": 0.1 if augment.get("brightness") else 0.0, "contrast": 0.2 if augment.get("brightness") else 0.0}


def augment_image(x, options, seed, position):
    """LayerLoom's augmentation of the image at position in an epoch's order ([H, W, C] in [0, 1]): the same random
    numbers (five per image from the epoch's seed), flip, crop from the image padded with black, then brightness and
    contrast per channel, clamped to [0, 1]."""
    import numpy as np

    rng = LayerLoomRng(seed)
    rng.skip(5 * position)
    flip = rng.next() < 0.5
    pad = options["pad"]
    top, left = rng.int(2 * pad + 1), rng.int(2 * pad + 1)
    b, ct = options["brightness"], options["contrast"]
    brightness, contrast = rng.uniform(-b, b), rng.uniform(1 - ct, 1 + ct)
    out = np.asarray(x, dtype=np.float32)
    if options["flip"] and flip:
        out = out[:, ::-1]
    if pad > 0:
        h, w = out.shape[:2]
        padded = np.zeros((h + 2 * pad, w + 2 * pad, out.shape[2]), dtype=np.float32)
        padded[pad:pad + h, pad:pad + w] = out
        out = padded[top:top + h, left:left + w]
    if b > 0 or ct > 0:
        y = out.astype(np.float64)
        mean = y.reshape(-1, y.shape[2]).sum(0) / (y.shape[0] * y.shape[1])
        out = np.clip((y - mean) * contrast + mean + brightness, 0, 1)
    return np.ascontiguousarray(out, dtype=np.float32)`;
