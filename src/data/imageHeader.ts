/**
 * What a file's header says about its image, without decoding it: the size as shown (EXIF orientation
 * applied) and whether it is stored in colour. Reading a header costs about a millisecond, whatever the
 * image's size, so a folder can be checked and measured before anything is decoded.
 */
import sharp, { type Metadata } from 'sharp';
import { checkRegularFile } from '../files/regularFile.ts';
import { failureReason, MAX_INPUT_PIXELS } from './decode.ts';
import { SkipError } from './skipReasons.ts';

export interface ImageHeader {
  readonly width: number;
  readonly height: number;
  /** Stored with colour bands (sRGB, CMYK, Lab …); false for grey and black-and-white files. */
  readonly colourBands: boolean;
}

const GREY_SPACES = new Set(['b-w', 'grey16']);

/**
 * Reads one file's header. Rejects with a {@link SkipError} when the file is not a regular file, is
 * empty, is not an image format LayerLoom reads, or has more than MAX_INPUT_PIXELS pixels — what
 * decoding would refuse too. (Damaged pixel data is found only by decoding.)
 */
export async function readImageHeader(path: string): Promise<ImageHeader> {
  let m: Metadata;
  try {
    if ((await checkRegularFile(path)).size === 0) throw new SkipError('data.skip.empty');
    m = await sharp(path, { limitInputPixels: false }).metadata();
  } catch (err) {
    throw failureReason(err);
  }
  const { width, height } = m.autoOrient ?? m;
  if (!width || !height) throw new SkipError('data.skip.corrupt');
  if (width * height > MAX_INPUT_PIXELS) throw new SkipError('data.skip.tooManyPixels', { pixels: `${width}×${height}` });
  return { width, height, colourBands: !GREY_SPACES.has(m.space ?? '') && (m.channels ?? 3) >= 3 };
}
