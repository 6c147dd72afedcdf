/**
 * The size of a folder's images, read from file headers (no decoding): what a model's Input block could
 * be set to. A sample of files spread over the folder is read, so it stays quick on big folders.
 */
import sharp from 'sharp';
import type { InputShape } from './types.ts';

export interface FolderImageSizes {
  /** The size every sampled image has, or null when they differ (or none could be read). */
  readonly uniform: InputShape | null;
  /** The most common size among the sampled images (null when none could be read). */
  readonly common: InputShape | null;
  /** Distinct sizes seen, most common first, as "W×H". */
  readonly sizes: readonly string[];
  readonly sampled: number;
}

export const SIZE_SAMPLE = 64;

const GREY_SPACES = new Set(['b-w', 'grey16']);

/** Reads the headers of up to `sample` files spread evenly over `paths`. Unreadable files are passed over. */
export async function surveyImageSizes(paths: readonly string[], sample = SIZE_SAMPLE): Promise<FolderImageSizes> {
  const step = Math.max(1, paths.length / sample);
  const picked = Array.from({ length: Math.min(sample, paths.length) }, (_, k) => paths[Math.floor(k * step)]);
  const found = await Promise.all(picked.map(async (path) => {
    try {
      const m = await sharp(path).metadata();
      const { width, height } = m.autoOrient ?? m;
      return width && height ? { key: `${width}×${height}`, h: height, w: width, grey: GREY_SPACES.has(m.space) } : null;
    } catch {
      return null;
    }
  }));
  const ok = found.filter((f): f is NonNullable<typeof f> => f !== null);
  if (!ok.length) return { uniform: null, common: null, sizes: [], sampled: picked.length };
  const counts = new Map<string, { n: number; h: number; w: number }>();
  for (const f of ok) counts.set(f.key, { n: (counts.get(f.key)?.n ?? 0) + 1, h: f.h, w: f.w });
  const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n);
  const channels = ok.every((f) => f.grey) ? 1 : 3;
  const [, top] = ranked[0];
  const common: InputShape = [top.h, top.w, channels];
  return { uniform: ranked.length === 1 ? common : null, common, sizes: ranked.map(([k]) => k), sampled: picked.length };
}
