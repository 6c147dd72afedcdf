/**
 * The dataset preview (the app's data panel and `layerloom data`): what the images are like whatever
 * their sizes, the Input that fits them, loud notices when colour or detail would be thrown away, and a
 * walk that stops when cancelled or when the folder is plainly not image data.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetError } from '../../src/data/index.ts';
import { scanFolder } from '../../src/data/folderScan.ts';
import { inspectDataset } from '../../src/data/inspectDataset.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'layerloom-inspect-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** A w×h image: a colour gradient, or (grey) the same gradient with R = G = B. */
async function photo(path: string, w: number, h: number, grey: boolean, format: 'jpeg' | 'png' = 'jpeg'): Promise<void> {
  const raw = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const o = (y * w + x) * 3;
      const v = Math.round((255 * x) / w);
      raw[o] = v;
      raw[o + 1] = grey ? v : Math.round((255 * y) / h);
      raw[o + 2] = grey ? v : 255 - v;
    }
  }
  await mkdir(join(path, '..'), { recursive: true });
  // Both kinds are stored as 3-band RGB files: only the pixels tell grey from colour.
  const img = sharp(raw, { raw: { width: w, height: h, channels: 3 } });
  await (format === 'jpeg' ? img.jpeg({ quality: 90 }) : img.png()).toFile(path);
}

describe('inspecting a folder of mixed sizes', () => {
  it('detects colour, suggests the median size, and warns loudly that a 28×28×1 model throws colour and detail away', async () => {
    const root = join(tmp, 'mixed-colour');
    const sizes = [[120, 90], [100, 140], [96, 96], [160, 120], [90, 60], [110, 100]];
    for (const [i, [w, h]] of sizes.entries()) {
      await photo(join(root, 'a', `${i}.jpg`), w, h, false);
      await photo(join(root, 'b', `${i}.png`), h, w, false, 'png');
    }
    const info = await inspectDataset({ source: root, input: [28, 28, 1], samplesPerClass: 1 });
    expect(info.images).toMatchObject({ measured: 12, unchecked: 0, distinctSizes: 11, colour: true, median: { width: 100, height: 100 } });
    expect(info.nativeInput).toBeNull();
    expect(info.suggestedInput).toEqual([100, 100, 3]);
    expect(info.input).toEqual([28, 28, 1]);
    const byCode = Object.fromEntries(info.notices.map((n) => [n.code, n]));
    expect(byCode['data.notice.colourDropped']).toMatchObject({ severity: 'warning', message: expect.stringMatching(/in colour, but the Input block takes 1 channel: their colour is thrown away/) });
    expect(byCode['data.notice.resolutionDropped']).toMatchObject({ severity: 'warning', params: { input: '28×28×1', imageSize: '100×100', suggested: '100×100×3' } });
    expect(byCode['data.notice.mixedSizes']).toMatchObject({ severity: 'info', params: { sizes: 11, size: '28×28' } });
    expect(info.warnings).toContain(byCode['data.notice.colourDropped'].message);
    // With the suggested input nothing is thrown away.
    const fitted = await inspectDataset({ source: root, samplesPerClass: 0 });
    expect(fitted.input).toEqual([100, 100, 3]);
    expect(fitted.notices.map((n) => n.code)).toEqual(['data.notice.mixedSizes', 'data.notice.fewImages']);
  });

  it('tells black-and-white photos stored as RGB from colour ones by their pixels', async () => {
    const root = join(tmp, 'mixed-grey');
    for (const [i, w] of [64, 80, 72, 90].entries()) {
      await photo(join(root, 'x', `${i}.jpg`), w, 50, true);
      await photo(join(root, 'y', `${i}.jpg`), 50, w, true);
    }
    const info = await inspectDataset({ source: root, input: [32, 32, 3], samplesPerClass: 0 });
    expect(info.images?.colour).toBe(false);
    expect(info.suggestedInput?.[2]).toBe(1);
    expect(info.notices.find((n) => n.code === 'data.notice.greyAsColour')).toMatchObject({ severity: 'info' });
    expect(info.notices.find((n) => n.code === 'data.notice.colourDropped')).toBeUndefined();
  });

  it('without a model input, shows large images at the suggested size, not their own', async () => {
    const root = join(tmp, 'large');
    for (let i = 0; i < 3; i++) {
      await photo(join(root, 'p', `${i}.png`), 1600, 1200, false, 'png');
      await photo(join(root, 'q', `${i}.png`), 1600, 1200, false, 'png');
    }
    const info = await inspectDataset({ source: root, samplesPerClass: 1 });
    expect(info.nativeInput).toEqual([1200, 1600, 3]);
    expect(info.suggestedInput).toEqual([96, 128, 3]);
    expect(info.input).toEqual([96, 128, 3]);
    const thumb = await sharp(Buffer.from(info.samples[0].images[0].split(',')[1], 'base64')).metadata();
    expect([thumb.width, thumb.height]).toEqual([128, 96]);
    expect(info.notices.filter((n) => n.severity === 'warning').map((n) => n.code)).toEqual(['data.notice.fewImages']);
  });

  it('reads headers only: a file whose pixel data is damaged is found when it is decoded, a non-image at once', async () => {
    const root = join(tmp, 'headers');
    for (let i = 0; i < 4; i++) {
      await photo(join(root, 'a', `${i}.png`), 40, 30, false, 'png');
      await photo(join(root, 'b', `${i}.png`), 40, 30, false, 'png');
    }
    const whole = await sharp(join(root, 'a', '0.png')).png().toBuffer();
    await writeFile(join(root, 'b', 'zz-truncated.png'), whole.subarray(0, whole.length - 200));
    await writeFile(join(root, 'b', 'text.jpg'), 'not a jpeg at all');
    const info = await inspectDataset({ source: root, input: [16, 16, 3], samplesPerClass: 0 });
    expect(info.total).toBe(9);
    expect(info.skipped.map((s) => [s.path.slice(root.length + 1), s.code])).toEqual([['b/text.jpg', 'data.skip.format']]);
  });
});

describe('a walk that stops', () => {
  it('stops at the next folder when cancelled', async () => {
    const root = join(tmp, 'many-folders');
    for (const c of ['a', 'b']) for (let k = 0; k < 30; k++) await mkdir(join(root, c, `sub${k}`), { recursive: true });
    const stop = new AbortController();
    let folders = 0;
    const scan = scanFolder(root, { signal: stop.signal, onProgress: () => { folders++; stop.abort(new Error('superseded')); } });
    await expect(scan).rejects.toThrow('superseded');
    expect(folders).toBe(1);
  });

  it('gives up on a folder that is plainly not image data, naming it', async () => {
    const root = join(tmp, 'source-tree');
    for (const c of ['src', 'docs']) {
      await mkdir(join(root, c), { recursive: true });
      await Promise.all(Array.from({ length: 2600 }, (_, i) => writeFile(join(root, c, `f${i}.ts`), '')));
    }
    const err = await inspectDataset({ source: root, samplesPerClass: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatasetError);
    expect(err).toMatchObject({ coded: { code: 'data.error.notImageData' }, message: expect.stringMatching(/source-tree" does not look like a folder of images: 5\d\d\d of the first 5\d\d\d files are not images/) });
  });
});
