/**
 * Decoding image files with sharp (the file-system edge of src/data): any supported format, size and
 * colour mode in; the model's h×w×c Float32Array (HWC, [0, 1]) out.
 *
 * - Alpha is flattened onto WHITE (what a viewer shows for a cut-out photo or icon); letterbox
 *   padding is BLACK (0, like zero padding in the network and in crop augmentation).
 * - Colour comes out as 8-bit sRGB (16-bit, palette, grey, CMYK all converted), then 1 channel =
 *   Rec. 601 luma of that, 3 channels = RGB. EXIF orientation is applied; animated GIF/multi-page
 *   TIFF use the first frame.
 * - Truncated and corrupt data is an error (sharp `failOn: 'error'`), not a half-grey picture.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import sharp from 'sharp';
import { DatasetError } from './datasetError.ts';
import { checkInput, checkResize } from './input.ts';
import { convertChannels } from './resize.ts';
import type { InputShape, ResizeMode } from './types.ts';

/** Extensions read from folders (compared in lower case). */
export const IMAGE_EXTENSIONS: readonly string[] = ['.jpg', '.jpeg', '.png', '.webp', '.gif', '.tiff', '.tif'];

export const ALPHA_BACKGROUND = { r: 255, g: 255, b: 255 } as const;
export const LETTERBOX_BACKGROUND = { r: 0, g: 0, b: 0, alpha: 1 } as const;

const FIT: Record<ResizeMode, 'fill' | 'cover' | 'contain'> = { stretch: 'fill', crop: 'cover', letterbox: 'contain' };

export function isImageExtension(path: string): boolean {
  return IMAGE_EXTENSIONS.includes(extname(path).toLowerCase());
}

/** Decodes encoded image bytes to the model input. Rejects (with sharp's reason) on anything unreadable. */
export async function decodeImageBuffer(bytes: Uint8Array, input: InputShape, mode: ResizeMode): Promise<Float32Array> {
  const [h, w, c] = input;
  const { data, info } = await sharp(bytes, { failOn: 'error', autoOrient: true })
    .flatten({ background: ALPHA_BACKGROUND })
    .resize({ width: w, height: h, fit: FIT[mode], position: 'centre', background: LETTERBOX_BACKGROUND })
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  if (info.width !== w || info.height !== h) throw new Error(`decoded to ${info.width}×${info.height}, expected ${w}×${h}`);
  const bands = info.channels;
  const colour = bands >= 3 ? 3 : 1;
  const pixels = w * h;
  // Drop any alpha band left over, keeping colour bands only.
  const packed = bands === colour ? data : pickBands(data, pixels, bands, colour);
  return convertChannels(packed, pixels, colour, c, 1 / 255);
}

function pickBands(data: Uint8Array, pixels: number, bands: number, keep: number): Uint8Array {
  const out = new Uint8Array(pixels * keep);
  for (let p = 0; p < pixels; p++) for (let k = 0; k < keep; k++) out[p * keep + k] = data[p * bands + k];
  return out;
}

/** Why a file could not be used, in one line: the reason stored in `skipped`. */
export function failureReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const codes: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOENT: 'file disappeared',
    EISDIR: 'is a folder',
    EIO: 'input/output error',
  };
  if (e?.code && codes[e.code]) return `cannot read file: ${codes[e.code]}`;
  // libvips' own messages are not stable under concurrency (its error buffer is shared between
  // threads), so reasons are fixed categories: the same file always gets the same reason.
  const msg = String(e?.message ?? err);
  if (/unsupported image format/i.test(msg)) return 'not a readable image: unrecognised format';
  if (/too large|pixel limit/i.test(msg)) return 'not a readable image: too many pixels';
  return 'not a readable image: corrupt or truncated data';
}

/** Reads and decodes one file; rejects with an Error whose message is a {@link failureReason}. */
export async function decodeFileOrReason(path: string, input: InputShape, mode: ResizeMode): Promise<Float32Array> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new Error(failureReason(err));
  }
  if (bytes.length === 0) throw new Error('empty file (0 bytes)');
  try {
    return await decodeImageBuffer(bytes, input, mode);
  } catch (err) {
    throw new Error(failureReason(err));
  }
}

/**
 * Decodes one image file for prediction (`layerloom predict`). Throws a one-line DatasetError naming
 * the file when it is missing, empty or not a readable image.
 */
export async function decodeImageFile(path: string, input: InputShape, resize: ResizeMode = 'stretch'): Promise<Float32Array> {
  checkInput(input);
  checkResize(resize);
  try {
    return await decodeFileOrReason(path, input, resize);
  } catch (err) {
    const reason = (err as Error).message;
    if ((err as Error).message === failureReason({ code: 'ENOENT' })) {
      throw new DatasetError(`image "${path}" does not exist; check the path`);
    }
    throw new DatasetError(`"${basename(path)}" cannot be used as an image (${reason}); LayerLoom reads ${IMAGE_EXTENSIONS.join(' ')} files (${path})`);
  }
}
