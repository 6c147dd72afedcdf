/**
 * LayerLoom's dataset opening in Python, written into both exports: what src/data/folder.ts, openDataset.ts,
 * report.ts, augment.ts and src/train/normalization.ts do with a folder after scanning it (pythonFolder.ts) — which
 * files are unreadable and why (decode.ts's reasons), the limit subset, the split (pythonSplit.ts), the errors and
 * warnings, the input statistics and the augmentation — step for step, so a script reads the folder as the app does
 * (tests: test/export/splitParity.test.ts, test/export/trainingScript.test.ts). Change one side, change the other.
 * The sentences come from LayerLoom's catalogue (layerloom_text, pythonTexts.ts).
 */

export const PYTHON_DATA = String.raw`_MAX_PIXELS = 2 ** 28  # LayerLoom's decoder reads up to 268 megapixels
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


def _os_failure(err):
    """LayerLoom's reason code for a file the system cannot read."""
    code = _errno_name(err)
    known = {"ENOENT": "data.skip.vanished", "EISDIR": "data.skip.folder", "EACCES": "data.skip.permissionDenied",
             "EPERM": "data.skip.permissionDenied", "EIO": "data.skip.ioError"}
    return (known[code], {}) if code in known else ("data.skip.unreadable", {"errno": code})


def _oriented_size(image):
    """The size as shown: EXIF orientations 5 to 8 turn the image a quarter."""
    try:
        orientation = image.getexif().get(0x0112)
    except Exception:
        orientation = None
    return image.size[::-1] if orientation in (5, 6, 7, 8) else image.size


def image_failure(path, decode=True):
    """Why LayerLoom skips an image file (its reason, as it lists it), or None. decode=False reads the header only,
    as LayerLoom does when it opens a folder (damaged pixel data then shows when the image is first read)."""
    import io
    import os
    import warnings

    from PIL import Image

    def reason(code, **params):
        return layerloom_text(code, **params)

    try:
        st = os.stat(path)
    except OSError as err:
        code, params = _os_failure(err)
        return reason(code, **params)
    kind = _file_kind(st.st_mode)
    if kind != "file":
        return reason(_NOT_REGULAR[kind])
    if st.st_size == 0:
        return reason("data.skip.empty")
    try:
        with open(path, "rb") as f:
            content = f.read() if decode else f.read(256)
    except OSError as err:
        code, params = _os_failure(err)
        return reason(code, **params)
    found = _decoder_format(content[:256])
    if found is None:
        return reason("data.skip.format")
    if found not in _READ_FORMATS:
        return f"a {found} image: LayerLoom reads it, this script (PIL) cannot"
    if Image.MAX_IMAGE_PIXELS is not None:  # PIL refuses beyond half of LayerLoom's limit; LayerLoom's limit decides
        Image.MAX_IMAGE_PIXELS = max(Image.MAX_IMAGE_PIXELS, _MAX_PIXELS)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # Decoded from memory: PIL given a path closes file descriptors twice for some formats (TIFF through
            # libtiff), which in threads closes another thread's file.
            with Image.open(io.BytesIO(content) if decode else path) as image:
                if image.format not in _READ_FORMATS:
                    return reason("data.skip.corrupt")
                width, height = image.size if decode else _oriented_size(image)
                if not decode and not (width and height):
                    return reason("data.skip.corrupt")
                if width * height > _MAX_PIXELS:
                    return reason("data.skip.tooManyPixels", pixels=f"{width}\u00d7{height}")
                if decode:
                    image.load()
    except Exception:  # PIL raises OSError, SyntaxError, ValueError and others on damaged data
        return reason("data.skip.corrupt")
    return None


def check_images(paths, decode=True, workers=8):
    """image_failure for each path (in threads: PIL decodes without the interpreter lock)."""
    from concurrent.futures import ThreadPoolExecutor

    from PIL import Image

    Image.init()  # every format plugin registered before the threads start: concurrent first opens race in PIL
    with ThreadPoolExecutor(max(1, workers)) as pool:
        return list(pool.map(lambda p: image_failure(p, decode), paths))


def _to_fixed(x, digits):
    """JavaScript's toFixed (halves of the exact value go up)."""
    from decimal import ROUND_HALF_UP, Decimal

    if x == float("inf"):
        return "Infinity"
    return str(Decimal(x).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))


class LayerLoomData:
    """A folder opened as LayerLoom opens it for training: usable files, skipped files with LayerLoom's reasons,
    classes, the train/val/test split from the seed, class counts and notices.

    paths/labels are the usable images (pool indices 0..n-1, in LayerLoom's order); train/val/test are pool indices.
    Only the files' headers are read to find the unreadable ones, as LayerLoom does whatever input_shape is (a file
    whose pixel data is damaged is found when it is read: became_unreadable). check(paths, decode) -> reasons lets
    several processes share that work (default: check_images here; called with decode=False).
    """

    def __init__(self, root, input_shape, seed=1, limit=None, val=0.1, test=0.1, check=check_images):
        folder = LayerLoomFolder(root)
        if len(folder.classes) == 1:
            raise ValueError(layerloom_text("data.error.oneClass", path=root, name=folder.classes[0]))
        files = folder.files
        labels = [f[1] for f in files]
        k = len(folder.classes)
        wanted = stratified_subset(labels, k, limit, seed) if limit is not None and limit < len(files) else None
        first = wanted if wanted is not None else list(range(len(files)))
        skipped = list(folder.skipped)
        good = set()

        def check_all(batch):
            failed = []
            for i, why in zip(batch, check([files[i][0] for i in batch], False)):
                if why is None:
                    good.add(i)
                else:
                    skipped.append((files[i][0], why))
                    failed.append(i)
            return failed

        failed = check_all(first)
        if wanted is not None:
            # Unreadable picks are replaced by unused files of the same class, in a seeded order.
            chosen = set(wanted)
            spare = [shuffle_in_place([i for i in idx if i not in chosen], LayerLoomRng(derive_seed(seed, 0x5BA5E, c)))
                     for c, idx in enumerate(_by_class(labels, k))]
            while failed:
                following = [spare[labels[i]].pop(0) for i in failed if spare[labels[i]]]
                if not following:
                    break
                failed = check_all(following)
        self.skipped = sorted(skipped, key=lambda s: _utf16(s[0]))
        self.skipped_while_training = 0
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
            if bad:
                raise ValueError(layerloom_text("data.error.classWithUnreadableImages", name=self.classes[empty], path=root, n=bad))
            raise ValueError(layerloom_text("data.error.classWithoutImages", name=self.classes[empty], path=root))
        preset = None
        if folder.layout == "splits":
            preset = {s: [pos for pos, i in enumerate(order) if files[i][2] == s] for s in folder.present_splits}
        self.train, self.val, self.test = split_indices(self.labels, k, val, test, seed, preset)
        train_counts = self.class_counts(self.train)
        missing = [name for c, name in enumerate(self.classes) if train_counts[c] == 0]
        if missing:
            raise ValueError(layerloom_text("data.error.classWithoutTrainingImages", names=", ".join(f'"{n}"' for n in missing), path=root))
        self.warnings = self.notices()  # as LayerLoom's report: written when the folder is opened

    def class_counts(self, indices):
        counts = [0] * len(self.classes)
        for i in indices:
            counts[self.labels[i]] += 1
        return counts

    def became_unreadable(self, path, why):
        """An image that failed when read for training: listed once, as LayerLoom lists it."""
        if all(s[0] != path for s in self.skipped):
            self.skipped.append((path, f"became unreadable while training: {why}"))
            self.skipped_while_training += 1

    def report(self):
        """meta.json's dataset record, as LayerLoom writes it."""
        counts = {s: self.class_counts(getattr(self, s)) for s in ("train", "val", "test")}
        counts["total"] = [a + b + c for a, b, c in zip(counts["train"], counts["val"], counts["test"])]
        return {"name": self.root, "sizes": {s: len(getattr(self, s)) for s in ("train", "val", "test")},
                "images": len(self.train) + len(self.val) + len(self.test) - self.skipped_while_training, "skipped": len(self.skipped),
                "classCounts": counts, "warnings": list(self.warnings)}

    def notices(self):
        """LayerLoom's notices about the split (English), in its order."""
        train, test = self.class_counts(self.train), self.class_counts(self.test)
        quoted = lambda names: ", ".join(f'"{n}"' for n in names)
        notes = []
        small, large = min(train), max(train)
        imbalance = float("inf") if small == 0 else large / small
        if imbalance > 3:
            hi, lo = train.index(large), train.index(small)
            notes.append(layerloom_text("data.notice.imbalance", ratio=_to_fixed(imbalance, 1), large=self.classes[hi], largeCount=large,
                                        small=self.classes[lo], smallCount=small))
        few = [n for c, n in enumerate(self.classes) if train[c] < 10]
        if few:
            notes.append(layerloom_text("data.notice.fewImages", classes=quoted(few), min=10))
        if not self.val:
            notes.append(layerloom_text("data.notice.noValidation"))
        if not self.test:
            notes.append(layerloom_text("data.notice.noTest"))
        no_test = [n for c, n in enumerate(self.classes) if test[c] == 0]
        if self.test and no_test:
            notes.append(layerloom_text("data.notice.classWithoutTest", classes=quoted(no_test)))
        if self.skipped:
            notes.append(layerloom_text("data.notice.skipped", n=len(self.skipped)))
        return notes


def epoch_order(size, seed):
    """The order LayerLoom visits a split in for a shuffle seed (the train split: seed * 1000 + epoch)."""
    return shuffle_in_place(list(range(size)), LayerLoomRng(derive_seed(seed, 0x5F1E)))


def input_statistics(data, load, channels, seed, share=None, sample=64):
    """LayerLoom's input standardisation: per-channel mean and standard deviation (a constant channel keeps std 1) of
    the readable images among the first 64 of the train split in the first epoch's order (seed * 1000 + 1) — the
    next 64 if none of them can be read, and so on — passing over images that cannot be read as LayerLoom's batches
    do. load(pool index) -> [H, W, C] in [0, 1].
    share(positions, work) -> sums lets several processes split the work (work(part) -> [sums..., squares..., n, loaded])."""
    import math

    import numpy as np

    def work(part):
        total, squares, values, loaded = np.zeros(channels), np.zeros(channels), 0, 0
        for i in part:
            try:
                x = np.asarray(load(data.train[i]), dtype=np.float64).reshape(-1, channels)
            except Exception:
                path = data.paths[data.train[i]]
                data.became_unreadable(path, image_failure(path) or layerloom_text("data.skip.corrupt"))
                continue
            total, squares, values, loaded = total + x.sum(0), squares + (x * x).sum(0), values + x.shape[0], loaded + 1
        return [*total.tolist(), *squares.tolist(), values, loaded]

    order = epoch_order(len(data.train), seed * 1000 + 1)
    sums = [0.0] * (2 * channels + 2)
    for start in range(0, len(order), sample):
        part = order[start:start + sample]
        sums = [a + b for a, b in zip(sums, share(part, work) if share else work(part))]
        if sums[-1]:
            break
    total, squares, count = sums[:channels], sums[channels:2 * channels], sums[2 * channels]
    if not count:
        return [0.0] * channels, [1.0] * channels
    mean = [s / count for s in total]
    return mean, [math.sqrt(max(0.0, q / count - m * m)) or 1.0 for q, m in zip(squares, mean)]


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
