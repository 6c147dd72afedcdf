/**
 * Colour maps for 8-bit feature maps: grayscale, or viridis (perceptually uniform, readable by people
 * with colour-vision deficiencies, and it survives grayscale printing). A map is a 256-entry RGB table.
 */
export type ColormapName = 'gray' | 'viridis';

export const COLORMAPS: readonly ColormapName[] = ['gray', 'viridis'];

// Viridis at 9 evenly spaced stops (matplotlib's _viridis_data); linear interpolation in between
// stays within a few levels of the full 256-entry table.
const VIRIDIS_STOPS: readonly (readonly [number, number, number])[] = [
  [68, 1, 84], [71, 44, 122], [59, 81, 139], [44, 113, 142], [33, 144, 141],
  [39, 173, 129], [92, 200, 99], [170, 220, 50], [253, 231, 37],
];

function interpolate(stops: readonly (readonly [number, number, number])[], t: number): [number, number, number] {
  const pos = t * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(pos));
  const f = pos - i;
  const a = stops[i];
  const b = stops[i + 1];
  return [0, 1, 2].map((k) => Math.round(a[k] + (b[k] - a[k]) * f)) as [number, number, number];
}

const tables = new Map<ColormapName, Uint8Array>();

/** The 256×3 lookup table of a colour map (cached). */
export function colormapTable(name: ColormapName): Uint8Array {
  let table = tables.get(name);
  if (table) return table;
  table = new Uint8Array(256 * 3);
  for (let v = 0; v < 256; v++) {
    const rgb = name === 'gray' ? [v, v, v] : interpolate(VIRIDIS_STOPS, v / 255);
    table.set(rgb, v * 3);
  }
  tables.set(name, table);
  return table;
}

/** A CSS colour for a value in 0…1 on a colour map (for legends and heatmap cells). */
export function colormapCss(name: ColormapName, t: number): string {
  const table = colormapTable(name);
  const v = Math.max(0, Math.min(255, Math.round(t * 255))) * 3;
  return `rgb(${table[v]}, ${table[v + 1]}, ${table[v + 2]})`;
}

/** One channel as the engine sends it: bytes 0…255 standing for values min…max. */
export interface GrayChannel {
  readonly data: string;
  readonly width: number;
  readonly height: number;
  readonly min: number;
  readonly max: number;
}

/** A value range shared by several channels, so their colours compare (per-channel scaling hides magnitude). */
export interface SharedScale {
  readonly lo: number;
  readonly hi: number;
}

/** The range covering every channel (for a shared scale). */
export function sharedScale(channels: readonly Pick<GrayChannel, 'min' | 'max'>[]): SharedScale {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of channels) { lo = Math.min(lo, c.min); hi = Math.max(hi, c.max); }
  return Number.isFinite(lo) && Number.isFinite(hi) ? { lo, hi } : { lo: 0, hi: 0 };
}

/**
 * Decodes a channel's base64 bytes into RGBA pixels through a colour map. With `scale`, each byte is
 * turned back into its value (min + byte/255·(max − min)) and re-coloured on the shared range.
 */
export function grayToRgba(channel: GrayChannel, map: ColormapName, scale?: SharedScale): Uint8ClampedArray<ArrayBuffer> {
  const { width, height } = channel;
  const bin = atob(channel.data);
  const n = width * height;
  if (bin.length !== n) throw new Error(`feature map has ${bin.length} bytes, expected ${width}×${height} = ${n}`);
  const lut = new Uint8Array(256);
  for (let b = 0; b < 256; b++) {
    if (!scale) { lut[b] = b; continue; }
    const v = channel.min + (b / 255) * (channel.max - channel.min);
    const range = scale.hi - scale.lo;
    lut[b] = range > 0 ? Math.max(0, Math.min(255, Math.round(((v - scale.lo) / range) * 255))) : 0;
  }
  const table = colormapTable(map);
  const out = new Uint8ClampedArray(new ArrayBuffer(n * 4));
  for (let i = 0; i < n; i++) {
    const v = lut[bin.charCodeAt(i)] * 3;
    out[i * 4] = table[v];
    out[i * 4 + 1] = table[v + 1];
    out[i * 4 + 2] = table[v + 2];
    out[i * 4 + 3] = 255;
  }
  return out;
}
