"""Writes test images of every kind LayerLoom must read like PIL does, with PIL itself (and a small 16-bit PNG
writer, as PIL cannot save 16-bit colour), into OUT/<class>/<kind>_<w>x<h>.<ext>, three classes.

Kinds: grey, grey + alpha, RGB, RGBA, palette, palette with a transparent entry, RGB and grey with a tRNS colour,
GIF, JPEG, JPEG with EXIF orientation 6, WebP (lossy and lossless, with alpha), 16-bit grey / RGB / RGBA PNG.
Sizes: tiny to a few hundred pixels, wide, tall and square.

Usage: python3 make_images.py OUT [--sizes W1xH1,W2xH2,...]  (prints the files written, one per line)
"""
import os
import struct
import sys
import zlib

import numpy as np
from PIL import Image


def png16(path, array, colour_type):
    """A 16-bit PNG (big-endian samples, filter 0)."""
    height, width = array.shape[:2]
    raw = b"".join(b"\x00" + array[y].astype(">u2").tobytes() for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 16, colour_type, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def picture(width, height, seed):
    """Gradients, a disc, stripes and noise in four channels (the fourth: an alpha with a transparent band)."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width]
    disc = ((x - width / 2) ** 2 + (y - height / 2) ** 2 < (min(width, height) / 3) ** 2) * 60.0
    base = np.stack([200 * x / width + disc / 2 + 25 * np.sin(x / 2.0), 220 * y / height, 180 - disc + 40 * np.sin((x + y) / 3.0),
                     np.where(x < width / 3, 0, np.where(x < width / 2, 128, 255))], -1)
    base[..., :3] += rng.normal(0, 18, (height, width, 3))
    return np.clip(base, 0, 255)


def write_all(out, width, height, seed):
    p = picture(width, height, seed)
    rgb = p[..., :3].astype(np.uint8)
    rgba = p.astype(np.uint8)
    grey = p[..., 1].astype(np.uint8)
    size = f"{width}x{height}"
    files = []

    def save(kind, ext, image, **options):
        path = os.path.join(out, f"{kind}_{size}.{ext}")
        image.save(path, **options)
        files.append(path)

    save("grey", "png", Image.fromarray(grey, "L"))
    save("greyalpha", "png", Image.fromarray(np.stack([grey, rgba[..., 3]], -1), "LA"))
    save("rgb", "png", Image.fromarray(rgb, "RGB"))
    save("rgba", "png", Image.fromarray(rgba, "RGBA"))
    palette = Image.fromarray(rgb, "RGB").quantize(24, dither=Image.Dither.NONE)
    save("palette", "png", palette)
    save("palettealpha", "png", palette, transparency=int(np.asarray(palette)[height // 2, width // 2]))
    save("rgbtrns", "png", Image.fromarray(rgb, "RGB"), transparency=tuple(int(v) for v in rgb[0, 0]))
    save("greytrns", "png", Image.fromarray(grey, "L"), transparency=int(grey[height // 2, width // 2]))
    save("gif", "gif", palette, transparency=3)
    save("jpeg", "jpg", Image.fromarray(rgb, "RGB"), quality=90)
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    save("jpegexif", "jpg", Image.fromarray(rgb, "RGB"), quality=90, exif=exif)
    save("webp", "webp", Image.fromarray(rgb, "RGB"), quality=80)
    save("webpalpha", "webp", Image.fromarray(rgba, "RGBA"), lossless=True)
    rng = np.random.default_rng(seed + 1)
    fine = rng.integers(0, 257, (height, width, 4))
    for kind, channels, colour_type in (("grey16", 1, 0), ("rgb16", 3, 2), ("rgba16", 4, 6)):
        source = p[..., 1:2] if channels == 1 else p[..., :channels]
        path = os.path.join(out, f"{kind}_{size}.png")
        png16(path, (source * 257 + fine[..., :channels]).clip(0, 65535).astype(np.uint16), colour_type)
        files.append(path)
    return files


def main():
    out = sys.argv[1]
    sizes = [(7, 5), (31, 29), (96, 60), (50, 90), (200, 37), (333, 250), (33, 400)]
    if len(sys.argv) > 3 and sys.argv[2] == "--sizes":
        sizes = [tuple(int(v) for v in s.split("x")) for s in sys.argv[3].split(",")]
    for i, (width, height) in enumerate(sizes):
        folder = os.path.join(out, ["alpha", "beta", "gamma"][i % 3])
        os.makedirs(folder, exist_ok=True)
        for path in write_all(folder, width, height, seed=i):
            print(path)


if __name__ == "__main__":
    main()
