/**
 * LayerLoom's image preprocessing in Python (PIL + numpy), written into both exports: the same decoding
 * rules as src/data/decode.ts and the same arithmetic as src/data/pixelSource.ts and src/data/resize.ts, step
 * for step in float64, so exported models get the app's pixels (tests: test/export/pipeline.test.ts).
 * Change one side, change the other.
 */

/** src/data's file rules (decode.ts, folderScan.ts; src/export may not import src/data): a test keeps them equal. */
export const IMAGE_EXTENSIONS: readonly string[] = ['.jpg', '.jpeg', '.png', '.webp', '.gif', '.tiff', '.tif'];
export const SYSTEM_NAMES: readonly string[] = ['thumbs.db', 'desktop.ini', '__macosx', 'ehthumbs.db'];

export const PYTHON_PIXELS = `def layerloom_loader(path):
    """Opens an image file as it is stored, transparency included (torchvision's and Keras' own loaders convert to
    RGB, which turns transparent pixels black; LayerLoom puts them on white). Pass the image to layerloom_pixels."""
    from PIL import Image

    with open(path, "rb") as f:
        image = Image.open(f)
        image.load()
    return image


def _srgb8(image):
    """PIL image -> (uint8 [H, W, 3] sRGB, uint8 [H, W] alpha or None), as LayerLoom decodes files.

    EXIF orientation applied; the first frame of an animation; 16-bit values keep their high byte; grey,
    bilevel and palette images expand to RGB; transparency (an alpha band, a palette's or a tRNS colour)
    becomes the alpha band. Embedded colour profiles are ignored (stored values, as LayerLoom reads them).
    CMYK, Lab and other colour spaces use PIL's conversion, which only approximates LayerLoom's (libvips).
    """
    import numpy as np
    from PIL import ImageOps

    image = ImageOps.exif_transpose(image)
    if image.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        grey = (np.asarray(image).astype(np.int64) >> 8).clip(0, 255).astype(np.uint8)
        return np.repeat(grey[:, :, None], 3, axis=2), None
    transparent = image.mode in ("RGBA", "LA", "PA", "La", "RGBa") or "transparency" in image.info
    array = np.asarray(image.convert("RGBA" if transparent else "RGB"))
    return (array[:, :, :3], array[:, :, 3]) if transparent else (array, None)


def _bands(rgb, alpha, bands):
    """float64 planes in 0..255: alpha onto white, then 1 band = Rec. 601 luma or 3 bands = RGB."""
    import numpy as np

    r, g, b = (rgb[:, :, k].astype(np.float64) for k in range(3))
    if alpha is not None:
        a = alpha.astype(np.float64)
        white = 255 * (255 - a)
        r, g, b = (r * a + white) / 255, (g * a + white) / 255, (b * a + white) / 255
    return [0.299 * r + 0.587 * g + 0.114 * b] if bands == 1 else [r, g, b]


def _plan_resize(src_w, src_h, dst_w, dst_h, resize):
    """(source x, y, w, h), (target x, y, w, h): stretch fills, crop covers and cuts the centre, letterbox fits."""
    import math

    if resize == "stretch":
        return (0, 0, src_w, src_h), (0, 0, dst_w, dst_h)
    if resize == "crop":
        scale = max(dst_w / src_w, dst_h / src_h)
        w, h = dst_w / scale, dst_h / scale
        return ((src_w - w) / 2, (src_h - h) / 2, w, h), (0, 0, dst_w, dst_h)
    scale = min(dst_w / src_w, dst_h / src_h)
    w = max(1, min(dst_w, math.floor(src_w * scale + 0.5)))
    h = max(1, min(dst_h, math.floor(src_h * scale + 0.5)))
    return (0, 0, src_w, src_h), ((dst_w - w) // 2, (dst_h - h) // 2, w, h)


def _lanczos3(x):
    import numpy as np

    px = np.pi * x
    with np.errstate(divide="ignore", invalid="ignore"):
        w = 3 * np.sin(px) * np.sin(px / 3) / (px * px)
    w[x == 0] = 1
    w[np.abs(x) >= 3] = 0
    return w


def _axis_weights(length, start, extent, n):
    """[n, length] Lanczos-3 weights (antialiased, renormalised at the edges) and the source range they use."""
    import math

    import numpy as np

    scale = extent / n
    matrix = np.zeros((n, length))
    if scale == 1 and start == math.floor(start):
        first = int(start)
        matrix[np.arange(n), first + np.arange(n)] = 1
        return matrix, first, first + n
    f = max(scale, 1.0)
    support = 3 * f
    lowest, highest = length, 0
    for i in range(n):
        u = start + (i + 0.5) * scale
        lo, hi = max(0, math.floor(u - support)), min(length, math.ceil(u + support))
        w = _lanczos3((np.arange(lo, hi) + 0.5 - u) / f)
        matrix[i, lo:hi] = w / w.sum()
        lowest, highest = min(lowest, lo), max(highest, hi)
    return matrix, lowest, highest


def layerloom_pixels(image, height, width, channels, resize="stretch"):
    """PIL image -> float32 numpy array [height, width, channels] in [0, 1]: LayerLoom's pixels, exactly.

    After decoding (_srgb8) and alpha onto white / luma (_bands), LayerLoom's one resize: a box average by the
    whole factor k = floor(ratio / 3) per axis when reducing 6x or more (k x k blocks from the top left, the
    leftover bottom rows and right columns dropped), then Lanczos-3 (antialiased: support 3 * max(1, ratio)),
    horizontal then vertical, in float64; clamped to [0, 255], divided by 255; letterbox pads with black.
    """
    import math

    import numpy as np

    if channels not in (1, 3):
        raise ValueError(f"LayerLoom reads images as 1 or 3 channels, not {channels}")
    if resize not in ("stretch", "crop", "letterbox"):
        raise ValueError(f"resize must be stretch, crop or letterbox, not {resize!r}")
    rgb, alpha = _srgb8(image)
    src_h, src_w = rgb.shape[:2]
    (sx, sy, sw, sh), (dx, dy, dw, dh) = _plan_resize(src_w, src_h, width, height, resize)
    kx, ky = max(1, math.floor(sw / dw / 3)), max(1, math.floor(sh / dh / 3))
    bw, bh = src_w // kx, src_h // ky
    wx, _, _ = _axis_weights(bw, sx / kx, sw / kx, dw)
    wy, row_lo, row_hi = _axis_weights(bh, sy / ky, sh / ky, dh)
    rows = []
    for top in range(row_lo, row_hi, 64):  # 64 box rows at a time: memory stays small for big photos
        bottom = min(top + 64, row_hi)
        block = slice(top * ky, bottom * ky)
        planes = _bands(rgb[block], None if alpha is None else alpha[block], channels)
        if kx > 1 or ky > 1:
            planes = [p[:, :bw * kx].reshape(bottom - top, ky, bw, kx).sum(axis=(1, 3)) / (kx * ky) for p in planes]
        rows.append(np.stack([p @ wx.T for p in planes]))
    resized = np.einsum("ij,bjx->ibx", wy[:, row_lo:row_hi], np.concatenate(rows, axis=1))
    out = np.zeros((height, width, channels), dtype=np.float32)
    out[dy:dy + dh, dx:dx + dw] = (np.clip(resized, 0, 255) / 255).transpose(0, 2, 1)
    return out`;
