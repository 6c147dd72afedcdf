/**
 * Which part of the input image one feature-map pixel can see, from analyze()'s receptive field: the
 * exact rows and columns its phase sees (after upsampling, neighbouring pixels can see different amounts),
 * clipped to the image.
 */
import type { ReceptiveField } from '../../src/graph/analysisTypes';
import { isEmpty, spanAt, type AxisMap } from '../../src/graph/axisMap';

/** A rectangle of input pixels: [x0, x1) × [y0, y1). */
export interface PixelRegion {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The same rectangle as fractions (0…1) of the image's width and height, for an overlay on a scaled picture. */
export interface RelativeRegion {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

function span(map: AxisMap, index: number, limit: number): [number, number] {
  const s = spanAt(map, index);
  if (isEmpty(s)) return [0, 0];
  const lo = Math.min(limit, Math.max(0, s.lo));
  const hi = Math.min(limit, s.hi + 1);
  return hi > lo ? [lo, hi] : [lo, lo];
}

/** The input pixels seen by feature-map pixel (x, y) of a block with field `rf`, on an image of width × height. */
export function receptiveRegion(rf: ReceptiveField, x: number, y: number, width: number, height: number): PixelRegion {
  if (rf.global || !rf.rows || !rf.cols) return { x0: 0, y0: 0, x1: width, y1: height };
  const [x0, x1] = span(rf.cols, x, width);
  const [y0, y1] = span(rf.rows, y, height);
  return { x0, y0, x1, y1 };
}

/**
 * The subsampling step the engine used to shrink a full × full map to the `shown` size (it keeps every
 * step-th pixel, so ceil(full / step) = shown on both axes). Falls back to the width ratio.
 */
export function subsampleStep(fullWidth: number, fullHeight: number, shownWidth: number, shownHeight: number): number {
  for (let s = 1; s <= Math.max(fullWidth, fullHeight); s++) {
    if (Math.ceil(fullWidth / s) === shownWidth && Math.ceil(fullHeight / s) === shownHeight) return s;
  }
  return Math.max(1, fullWidth / Math.max(1, shownWidth));
}

export interface MapPixelQuery {
  readonly rf: ReceptiveField;
  /** The block's full output size [height, width] and the size of the channel image sent (maybe subsampled). */
  readonly mapSize: readonly [number, number];
  readonly shownSize: readonly [number, number];
  /** The model's input size [height, width]. */
  readonly inputSize: readonly [number, number];
  /** The pixel hovered in the shown channel image. */
  readonly x: number;
  readonly y: number;
}

/** The region of the input image a hovered pixel of a (possibly subsampled) channel image sees, as fractions. */
export function mapPixelRegion(q: MapPixelQuery): RelativeRegion {
  const step = subsampleStep(q.mapSize[1], q.mapSize[0], q.shownSize[1], q.shownSize[0]);
  const [ih, iw] = q.inputSize;
  const r = receptiveRegion(q.rf, Math.floor(q.x * step), Math.floor(q.y * step), iw, ih);
  return { left: r.x0 / iw, top: r.y0 / ih, width: (r.x1 - r.x0) / iw, height: (r.y1 - r.y0) / ih };
}
