/** The app icon: one source (assets/icon.svg), every format made from it and up to date, used by the packager, the window and the page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript modules without types
import { decodeIcns, decodeIco, ICNS_TYPES } from '../../scripts/iconFormats.js';
// @ts-expect-error plain JavaScript modules without types
import { ASSETS, buildIcons, ICO_SIZES } from '../../scripts/icons.js';

const ROOT = join(import.meta.dirname, '..', '..');
const file = (name: string) => readFileSync(join(ASSETS, name));

async function pixels(png: Buffer) {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

async function maxDifference(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([pixels(a), pixels(b)]);
  expect([x.width, x.height]).toEqual([y.width, y.height]);
  let max = 0;
  for (let i = 0; i < x.data.length; i++) max = Math.max(max, Math.abs(x.data[i] - y.data[i]));
  return max;
}

describe('app icon', () => {
  it('.ico holds 16…256 px PNGs and .icns every PNG type at its size', async () => {
    const ico = decodeIco(file('icon.ico')) as { size: number; png: Buffer }[];
    expect(ico.map((e) => e.size)).toEqual(ICO_SIZES);
    for (const e of ico) expect((await sharp(e.png).metadata()).width).toBe(e.size);
    const icns = decodeIcns(file('icon.icns')) as { type: string; png: Buffer }[];
    expect(icns.map((e) => e.type).sort()).toEqual(Object.keys(ICNS_TYPES).sort());
    for (const e of icns) expect((await sharp(e.png).metadata()).width, e.type).toBe((ICNS_TYPES as Record<string, number>)[e.type]);
    expect(await sharp(file('icon.png')).metadata()).toMatchObject({ width: 1024, height: 1024, channels: 4 });
  });

  it('the committed icons are what scripts/icons.js makes from assets/icon.svg now (run it after editing the SVG)', async () => {
    const fresh = await buildIcons();
    expect(await maxDifference(file('icon.png'), fresh.png)).toBeLessThanOrEqual(2);
    const committed = decodeIco(file('icon.ico')) as { size: number; png: Buffer }[];
    const made = decodeIco(fresh.ico) as { size: number; png: Buffer }[];
    for (let i = 0; i < made.length; i++) expect(await maxDifference(committed[i].png, made[i].png), `${made[i].size} px`).toBeLessThanOrEqual(2);
  });

  it('electron-builder and the page use them', () => {
    const builder = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
    expect(builder).toMatch(/linux:\n {2}icon: assets\/icon\.png/);
    expect(builder).toMatch(/win:\n {2}icon: assets\/icon\.ico/);
    expect(builder).toMatch(/mac:\n {2}icon: assets\/icon\.icns/);
    expect(builder).toContain('  - assets/icon.png\n'); // packaged: the window loads it at run time
    // The window's icon: test/electron/mainProcess.test.ts.
    expect(readFileSync(join(ROOT, 'renderer', 'index.html'), 'utf8')).toContain('<link rel="icon" type="image/svg+xml" href="../assets/icon.svg" />');
  });
});
