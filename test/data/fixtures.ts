/**
 * Test fixtures generated at test time (nothing binary is committed). `makeMessyImageFolder` builds a
 * small, learnable, real-world-messy image folder; other suites (training end-to-end) reuse it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { createRng, deriveSeed, drawShape } from '../../src/data/index.ts';
import type { Rng } from '../../src/data/index.ts';

export type Encoding = 'png' | 'png-gray' | 'png-palette' | 'png-16bit' | 'png-gray16' | 'png-rgba' | 'jpeg' | 'webp' | 'gif' | 'tiff';

/** Encodes an RGB Float32Array (HWC, [0, 1]) as an image file's bytes. */
export async function encodeImage(rgb: Float32Array, width: number, height: number, encoding: Encoding): Promise<Buffer> {
  const bytes = Buffer.from(Uint8Array.from(rgb, (v) => Math.round(v * 255)));
  const img = () => sharp(bytes, { raw: { width, height, channels: 3 } });
  switch (encoding) {
    case 'png':
      return img().png().toBuffer();
    case 'png-gray':
      return img().toColourspace('b-w').png().toBuffer();
    case 'png-palette':
      return img().png({ palette: true, colours: 64, dither: 0 }).toBuffer();
    case 'png-16bit':
      return img().toColourspace('rgb16').png().toBuffer();
    case 'png-gray16':
      return img().toColourspace('grey16').png().toBuffer();
    case 'png-rgba':
      return img().ensureAlpha(1).png().toBuffer();
    case 'jpeg':
      return img().jpeg({ quality: 92 }).toBuffer();
    case 'webp':
      return img().webp({ quality: 92 }).toBuffer();
    case 'gif':
      return img().gif().toBuffer();
    case 'tiff':
      return img().tiff({ compression: 'lzw' }).toBuffer();
  }
}

const EXT: Record<Encoding, string> = {
  png: '.png',
  'png-gray': '.png',
  'png-palette': '.png',
  'png-16bit': '.png',
  'png-gray16': '.png',
  'png-rgba': '.png',
  jpeg: '.jpg',
  webp: '.webp',
  gif: '.gif',
  tiff: '.tiff',
};
const ENCODINGS = Object.keys(EXT) as Encoding[];

/** Each class also has its own colour cast, so even ~20 training images per class are enough to learn it. */
const TINTS: readonly (readonly number[])[] = [
  [1, 0.45, 0.45],
  [0.45, 1, 0.45],
  [0.5, 0.5, 1],
];

/** Narrows every random range to its middle 40 %: steadier sizes, positions and colours. */
function calm(rng: Rng): Rng {
  return { next: rng.next, int: rng.int, uniform: (lo, hi) => lo + (hi - lo) * (0.3 + 0.4 * rng.next()) };
}

function tint(rgb: Float32Array, t: readonly number[]): Float32Array {
  return rgb.map((v, i) => v * t[i % 3]);
}

export interface MessyFolder {
  readonly root: string;
  /** Class folder names as written, in the order openDataset reports them. */
  readonly classes: readonly string[];
  /** Every image that must be used, by class name. */
  readonly good: ReadonlyMap<string, readonly string[]>;
  /** Every file that must be listed in `skipped`, with the kind of problem. */
  readonly bad: readonly { readonly path: string; readonly kind: 'corrupt' | 'empty' | 'not-image' | 'truncated' | 'outside-class' }[];
  /** Hidden/system files, ignored silently. */
  readonly hidden: readonly string[];
}

/**
 * Writes a messy but learnable folder into `dir`: 3 classes of clearly different shapes
 * ('猫' reddish circles, 'Ünïcödé' greenish squares, 'tri angles' bluish triangles), `perClass` images each (default 30) in
 * mixed formats (png gray/palette/16-bit/RGBA, jpeg, webp, gif, tiff, upper-case extensions), sizes
 * (24…120 px, not square) and nested sub-folders; plus a corrupt jpg, an empty png, a .txt file, a
 * truncated png, a file outside any class, and hidden files (.DS_Store, ._x.png, Thumbs.db).
 */
export async function makeMessyImageFolder(dir: string, perClass = 30): Promise<MessyFolder> {
  const classes = ['tri angles', 'Ünïcödé', '猫'];
  const shapeOf: Record<string, number> = { '猫': 0, 'Ünïcödé': 1, 'tri angles': 2 };
  const good = new Map<string, string[]>();
  const rng = createRng(deriveSeed(7, 0xf1));
  const writes: Promise<void>[] = [];
  for (const name of classes) {
    const paths: string[] = [];
    for (let i = 0; i < perClass; i++) {
      const w = 24 + rng.int(66);
      const h = Math.round(w * rng.uniform(0.75, 1.33));
      const encoding = ENCODINGS[(i + shapeOf[name] * 3) % ENCODINGS.length];
      const sub = i % 3 === 0 ? '' : i % 3 === 1 ? 'batch 1' : join('nested', 'deeper');
      const upper = i % 7 === 3;
      const ext = upper ? EXT[encoding].toUpperCase() : EXT[encoding];
      const path = join(dir, name, sub, `img_${String(i).padStart(2, '0')}${ext}`);
      paths.push(path);
      const rgb = tint(drawShape(shapeOf[name], [h, w, 3], calm(createRng(deriveSeed(11, shapeOf[name], i))), 0.02), TINTS[shapeOf[name]]);
      writes.push(
        (async () => {
          await mkdir(join(dir, name, sub), { recursive: true });
          await writeFile(path, await encodeImage(rgb, w, h, encoding));
        })(),
      );
    }
    good.set(name, paths);
  }
  await Promise.all(writes);
  const validPng = await encodeImage(drawShape(0, [40, 40, 3], createRng(3)), 40, 40, 'png');
  const bad: { path: string; kind: MessyFolder['bad'][number]['kind'] }[] = [
    { path: join(dir, '猫', 'corrupt.jpg'), kind: 'corrupt' },
    { path: join(dir, 'Ünïcödé', 'batch 1', 'empty.png'), kind: 'empty' },
    { path: join(dir, 'tri angles', 'notes.txt'), kind: 'not-image' },
    { path: join(dir, 'tri angles', 'nested', 'truncated.png'), kind: 'truncated' },
    { path: join(dir, 'README.md'), kind: 'outside-class' },
  ];
  const corrupt = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Array.from({ length: 300 }, (_, i) => (i * 37) % 256)]);
  await writeFile(bad[0].path, corrupt);
  await writeFile(bad[1].path, Buffer.alloc(0));
  await writeFile(bad[2].path, 'not a picture\n');
  await writeFile(bad[3].path, validPng.subarray(0, Math.floor(validPng.length / 2)));
  await writeFile(bad[4].path, '# my photos\n');
  const hidden = [join(dir, '.DS_Store'), join(dir, '猫', '._img_00.png'), join(dir, 'Ünïcödé', 'Thumbs.db')];
  for (const p of hidden) await writeFile(p, 'hidden');
  return { root: dir, classes, good, bad, hidden };
}
