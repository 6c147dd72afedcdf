/**
 * Decoding image files with sharp (the file-system edge of src/data): any supported format, size and
 * colour mode in; the model's h×w×c Float32Array (HWC, [0, 1]) out.
 *
 * - sharp decodes the file at its FULL size to 8-bit sRGB (16-bit keeps the high byte, palette and grey
 *   expand to RGB, CMYK converts), plus alpha when the file has it; EXIF orientation is applied, embedded
 *   ICC profiles are ignored (stored values, as PIL and torchvision read them); animated GIF/multi-page
 *   TIFF use the first frame.
 * - Everything after that is LayerLoom's own arithmetic (pixelSource.ts, resize.ts), mirrored by the
 *   exported Python: alpha onto WHITE, Rec. 601 luma for 1 channel, the one resize (letterbox pads BLACK).
 *   Do not let libvips resize or shrink on load here: its pixels cannot be reproduced outside libvips.
 * - Truncated and corrupt data is an error (sharp `failOn: 'error'`), not a half-grey picture.
 */
import { basename, extname } from 'node:path';
import sharp from 'sharp';
import { checkRegularFile, NotRegularFileError, readCheckedPrefix, readSmallRegularFileSync } from '../files/regularFile.ts';
import { DatasetError } from './datasetError.ts';
import { checkInput, checkResize } from './input.ts';
import { fitDecoded } from './pixelSource.ts';
import { NOT_REGULAR, SkipError } from './skipReasons.ts';
import { decodeSmallJpeg } from './jpegDecode.ts';
import { decodeSmallPng, isPng } from './pngDecode.ts';
import type { InputShape, ResizeMode } from './types.ts';

/** Extensions read from folders (compared in lower case). */
export const IMAGE_EXTENSIONS: readonly string[] = ['.jpg', '.jpeg', '.png', '.webp', '.gif', '.tiff', '.tif'];

export const ALPHA_BACKGROUND = { r: 255, g: 255, b: 255 } as const;
export const LETTERBOX_BACKGROUND = { r: 0, g: 0, b: 0, alpha: 1 } as const;

export function isImageExtension(path: string): boolean {
  return IMAGE_EXTENSIONS.includes(extname(path).toLowerCase());
}

/**
 * Images with more pixels than this are refused before decoding (a decompression bomb, a scan of a wall):
 * 2^28, 268 megapixels (16384 × 16384), sharp's own default made explicit.
 */
export const MAX_INPUT_PIXELS = 2 ** 28;

/** How every image is opened: corrupt data is an error; EXIF orientation applied; ICC ignored; a pixel limit. */
const OPEN_OPTIONS = { failOn: 'error', autoOrient: true, ignoreIcc: true, limitInputPixels: MAX_INPUT_PIXELS, sequentialRead: true } as const;

/**
 * Decodes an image (a file path, read by libvips itself so the file is never held whole in JS memory, or
 * encoded bytes) to the model input: HWC floats in [0, 1]. The full-size decode goes through LayerLoom's
 * own resize (see the file comment); memory is bounded by the callers decoding a few images at a time.
 * Rejects (with sharp's reason) on anything unreadable.
 */
export async function decodeImageBuffer(source: Uint8Array | string, input: InputShape, mode: ResizeMode): Promise<Float32Array> {
  const { data, info } = await sharp(source, OPEN_OPTIONS)
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  return fitDecoded(data, info.width, info.height, info.channels, input, mode);
}

/**
 * Files up to this size with these extensions are read whole and tried on the paths without libvips first (the
 * per-file cost matters for small ones; large ones stream in libvips).
 */
const FAST_DECODE_MAX_BYTES = 1 << 20;
const FAST_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg']);

const FIT: Record<ResizeMode, 'fill' | 'cover' | 'contain'> = { stretch: 'fill', crop: 'cover', letterbox: 'contain' };

/**
 * A PREVIEW decode (dataset inspection's thumbnails and colour check, never training or prediction):
 * libvips shrinks JPEG and WebP while loading and streams the rest, so 20 camera photos preview in about a
 * second. Its pixels differ slightly from {@link decodeImageBuffer}'s. h×w 8-bit pixels: 3 bands when the
 * image has colour bands, else 1.
 */
export async function decodePixels(source: Uint8Array | string, h: number, w: number, mode: ResizeMode): Promise<{ data: Uint8Array; bands: 1 | 3 }> {
  const { data, info } = await sharp(source, OPEN_OPTIONS)
    .flatten({ background: ALPHA_BACKGROUND })
    .resize({ width: w, height: h, fit: FIT[mode], position: 'centre', background: LETTERBOX_BACKGROUND })
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  if (info.width !== w || info.height !== h) throw new Error(`decoded to ${info.width}×${info.height}, expected ${w}×${h}`);
  const bands = info.channels;
  const colour = bands >= 3 ? 3 : 1;
  // Drop any alpha band left over, keeping colour bands only.
  return { data: bands === colour ? data : pickBands(data, w * h, bands, colour), bands: colour };
}

function pickBands(data: Uint8Array, pixels: number, bands: number, keep: number): Uint8Array {
  const out = new Uint8Array(pixels * keep);
  for (let p = 0; p < pixels; p++) for (let k = 0; k < keep; k++) out[p * keep + k] = data[p * bands + k];
  return out;
}

/** Why a file could not be used: a SkipError whose message is the reason stored in `skipped`. */
export function failureReason(err: unknown): SkipError {
  if (err instanceof SkipError) return err;
  if (err instanceof NotRegularFileError) return new SkipError(NOT_REGULAR[err.kind]);
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return new SkipError('data.skip.vanished');
  if (e?.code === 'EISDIR') return new SkipError('data.skip.folder');
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return new SkipError('data.skip.permissionDenied');
  if (e?.code === 'EIO') return new SkipError('data.skip.ioError');
  if (e?.code) return new SkipError('data.skip.unreadable', { errno: e.code });
  // libvips' own messages are not stable under concurrency (its error buffer is shared between
  // threads), so reasons are fixed categories: the same file always gets the same reason.
  const msg = String(e?.message ?? err);
  if (/input file is missing/i.test(msg)) return new SkipError('data.skip.vanished');
  if (/unsupported image format/i.test(msg)) return new SkipError('data.skip.format');
  if (/too large|pixel limit/i.test(msg)) return new SkipError('data.skip.tooManyPixelsNoSize');
  return new SkipError('data.skip.corrupt');
}

/**
 * Reads and decodes one file; rejects with a {@link SkipError} (its message is the reason). Only regular
 * files are opened (a FIFO or a device is refused without blocking). Small PNG and JPEG files are read whole
 * and decoded without libvips when they can be (pngDecode.ts, jpegDecode.ts: its fixed cost per file is most
 * of a small file's decode); what those do not handle goes to sharp from the bytes read, and larger files are
 * read by libvips itself. `reads: 'blocking'` reads small files with synchronous calls, for a thread that may
 * block (a decode worker), which costs a fifth of the CPU.
 */
export async function decodeFileOrReason(path: string, input: InputShape, mode: ResizeMode, reads: 'async' | 'blocking' = 'async'): Promise<Float32Array> {
  try {
    const small = FAST_EXTENSIONS.has(extname(path).toLowerCase());
    let bytes: Buffer | undefined;
    let size: number;
    if (small && reads === 'blocking') ({ bytes, size } = readSmallRegularFileSync(path, FAST_DECODE_MAX_BYTES));
    else {
      ({ size } = await checkRegularFile(path));
      if (small && size > 0 && size <= FAST_DECODE_MAX_BYTES) bytes = await readCheckedPrefix(path, size, size, () => false);
    }
    if (size === 0) throw new SkipError('data.skip.empty');
    if (!bytes) return await decodeImageBuffer(path, input, mode);
    const fast = isPng(bytes) ? await decodeSmallPng(bytes) : decodeSmallJpeg(bytes);
    if (fast) return fitDecoded(fast.data, fast.width, fast.height, fast.channels, input, mode);
    return await decodeImageBuffer(bytes, input, mode);
  } catch (err) {
    const reason = failureReason(err);
    throw reason.code === 'data.skip.tooManyPixelsNoSize' ? await withPixelCount(path, reason) : reason;
  }
}

/** The refused image's size, read from its header, in the reason. */
async function withPixelCount(path: string, reason: SkipError): Promise<SkipError> {
  const m = await sharp(path, { limitInputPixels: false }).metadata().catch(() => undefined);
  if (!m?.width || !m.height) return reason;
  return new SkipError('data.skip.tooManyPixels', { pixels: `${m.width}×${m.height}` });
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
    if ((err as SkipError).code === 'data.skip.vanished') {
      throw new DatasetError(`image "${path}" does not exist; check the path`);
    }
    throw new DatasetError(`"${basename(path)}" cannot be used as an image (${reason}); LayerLoom reads ${IMAGE_EXTENSIONS.join(' ')} files (${path})`);
  }
}
