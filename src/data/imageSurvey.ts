/**
 * What a folder's images are like, from their headers (and a few tiny decodes for colour): the sizes,
 * the median size, whether any image has colour, and the model input that fits them. Plain data in and
 * out; the file reading is in imageHeader.ts and inspectDataset.ts.
 */
import type { ImageHeader } from './imageHeader.ts';
import type { InputShape } from './types.ts';

/** Longest side of a suggested input: larger images are scaled down to it (aspect kept), since training on a CPU slows with every pixel. */
export const MAX_SUGGESTED_SIDE = 128;
/** Distinct sizes listed in a survey. */
export const SIZES_LISTED = 8;

export interface ImageSize {
  readonly width: number;
  readonly height: number;
}

export interface ImageSurvey {
  /** Headers read. */
  readonly measured: number;
  /** Distinct sizes (as shown: EXIF orientation applied), most common first, at most {@link SIZES_LISTED}. */
  readonly sizes: readonly (ImageSize & { readonly count: number })[];
  readonly distinctSizes: number;
  /** The median height and the median width (each over all images measured). */
  readonly median: ImageSize | null;
  /** Images whose file stores colour bands. */
  readonly colourFiles: number;
  /** Whether any image has colour: from the decoded pixels when any were checked, else from the files' bands. */
  readonly colour: boolean;
  /** The input [h, w, c] that fits the images: the median size, scaled down to MAX_SUGGESTED_SIDE, and 3 channels if any image has colour. */
  readonly suggested: InputShape | null;
}

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : Math.round((v[m - 1] + v[m]) / 2);
}

/** The model input suggested for images of this (median) size: scaled down so the longer side is at most `maxSide`. */
export function suggestInput(size: ImageSize, colour: boolean, maxSide = MAX_SUGGESTED_SIDE): InputShape {
  const scale = Math.min(1, maxSide / Math.max(size.width, size.height));
  const side = (v: number) => Math.max(1, Math.round(v * scale));
  return [side(size.height), side(size.width), colour ? 3 : 1];
}

/**
 * Sums up headers. `colourSeen` is the verdict of looking at decoded pixels of the colour-band files
 * (undefined when none were looked at): a photo saved as RGB can still be black and white.
 */
export function surveyImages(headers: readonly ImageHeader[], colourSeen?: boolean): ImageSurvey {
  const counts = new Map<string, ImageSize & { count: number }>();
  for (const h of headers) {
    const key = `${h.width}×${h.height}`;
    const c = counts.get(key);
    if (c) c.count++;
    else counts.set(key, { width: h.width, height: h.height, count: 1 });
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count || b.width * b.height - a.width * a.height);
  const colourFiles = headers.filter((h) => h.colourBands).length;
  const colour = colourFiles > 0 && colourSeen !== false;
  const med = headers.length ? { width: median(headers.map((h) => h.width)), height: median(headers.map((h) => h.height)) } : null;
  return {
    measured: headers.length,
    sizes: ranked.slice(0, SIZES_LISTED),
    distinctSizes: ranked.length,
    median: med,
    colourFiles,
    colour,
    suggested: med ? suggestInput(med, colour) : null,
  };
}

/**
 * Whether decoded RGB pixels (8-bit, interleaved) show colour: more than 1 % of the pixels with channels
 * differing by over 24 levels. JPEG's chroma noise on a grey picture stays well under that.
 */
export function showsColour(rgb: Uint8Array, pixels: number): boolean {
  let coloured = 0;
  for (let p = 0; p < pixels; p++) {
    const r = rgb[3 * p];
    const g = rgb[3 * p + 1];
    const b = rgb[3 * p + 2];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 24) coloured++;
  }
  return coloured > pixels / 100;
}
