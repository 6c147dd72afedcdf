/**
 * What a file's header says about its image, without decoding it: the size as shown (EXIF orientation
 * applied) and whether it is stored in colour. A folder is checked and measured this way before anything is
 * decoded. PNG and JPEG headers are parsed here from the file's first bytes (pngHeader.ts, jpegHeader.ts:
 * libvips' metadata costs 0.3–0.8 ms of CPU a file, on cores that then train); other formats, and any file
 * those readers are not sure of, go to sharp, which also gives bad files their reasons.
 */
import sharp, { type Metadata } from 'sharp';
import { checkRegularFile, readCheckedPrefix } from '../files/regularFile.ts';
import { failureReason, MAX_INPUT_PIXELS } from './decode.ts';
import { jpegHeader } from './jpegHeader.ts';
import { pngHeader } from './pngHeader.ts';
import { SkipError } from './skipReasons.ts';

export interface ImageHeader {
  readonly width: number;
  readonly height: number;
  /** Stored with colour bands (sRGB, CMYK, Lab …); false for grey and black-and-white files. */
  readonly colourBands: boolean;
}

/** A header as stored: the size before the EXIF orientation (1–8) is applied. */
export interface StoredImageHeader extends ImageHeader {
  readonly orientation: number;
}

/** Enough for nearly every header (a camera JPEG's EXIF block, thumbnail included, is up to 64 KB) … */
const FIRST_READ_BYTES = 64 * 1024;
/** … and how far to read for the rest; a header reaching further goes to sharp. */
const MAX_READ_BYTES = 1 << 20;

const GREY_SPACES = new Set(['b-w', 'grey16']);

/**
 * Reads one file's header. Rejects with a {@link SkipError} when the file is not a regular file, is
 * empty, is not an image format LayerLoom reads, or has more than MAX_INPUT_PIXELS pixels — what
 * decoding would refuse too. (Damaged pixel data is found only by decoding.)
 */
export async function readImageHeader(path: string): Promise<ImageHeader> {
  try {
    if ((await checkRegularFile(path)).size === 0) throw new SkipError('data.skip.empty');
  } catch (err) {
    throw failureReason(err);
  }
  // A file that cannot be opened or read here goes to sharp too, so that its reason is the one it gives.
  const bytes = await readCheckedPrefix(path, FIRST_READ_BYTES, MAX_READ_BYTES, (b) => storedHeader(b) === 'truncated').catch(() => null);
  const stored = bytes && storedHeader(bytes);
  if (!stored || stored === 'truncated') return readImageHeaderWithSharp(path);
  // Orientations 5–8 turn the image a quarter, as sharp's autoOrient does.
  const [width, height] = stored.orientation >= 5 ? [stored.height, stored.width] : [stored.width, stored.height];
  return shown(width, height, stored.colourBands);
}

function storedHeader(bytes: Uint8Array): StoredImageHeader | 'truncated' | null {
  return pngHeader(bytes) ?? jpegHeader(bytes);
}

/** {@link readImageHeader} through sharp's metadata (libvips), for every format. */
export async function readImageHeaderWithSharp(path: string): Promise<ImageHeader> {
  let m: Metadata;
  try {
    if ((await checkRegularFile(path)).size === 0) throw new SkipError('data.skip.empty');
    m = await sharp(path, { limitInputPixels: false }).metadata();
  } catch (err) {
    throw failureReason(err);
  }
  const { width, height } = m.autoOrient ?? m;
  if (!width || !height) throw new SkipError('data.skip.corrupt');
  return shown(width, height, !GREY_SPACES.has(m.space ?? '') && (m.channels ?? 3) >= 3);
}

/** The header, or the refusal of an image with more than MAX_INPUT_PIXELS pixels. */
function shown(width: number, height: number, colourBands: boolean): ImageHeader {
  if (width * height > MAX_INPUT_PIXELS) throw new SkipError('data.skip.tooManyPixels', { pixels: `${width}×${height}` });
  return { width, height, colourBands };
}
