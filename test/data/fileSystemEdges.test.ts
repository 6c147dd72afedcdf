/**
 * Image folders whose files are not what they seem: symbolic links that loop or lead to another class,
 * FIFOs and devices, and files too large to read whole. None may hang, move images between classes or
 * fill memory; each is skipped with its reason.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, open, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng, DatasetError, decodeImageFile, drawShape, openDataset } from '../../src/data/index.ts';
import { scanFolder } from '../../src/data/folderScan.ts';
import { decodeFileOrReason } from '../../src/data/decode.ts';
import { renderText } from '../../src/messages/index.ts';
import { encodeImage } from './fixtures.ts';

function within<T>(p: Promise<T>, ms = 5000): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still blocked after ${ms} ms`)), ms).unref())]);
}

const hasMkfifo = (() => {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    console.log('fileSystemEdges: mkfifo is missing, the FIFO cases are skipped');
    return false;
  }
})();

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'layerloom-fsedges-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

async function png(path: string, shape: number, seed: number): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, await encodeImage(drawShape(shape, [12, 12, 3], createRng(seed)), 12, 12, 'png'));
}

/** A minimal little-endian TIFF header declaring a `width`×`height` 8-bit grey image (its pixels are not there). */
function tiffHeader(width: number, height: number): Buffer {
  const entries: [number, number, number][] = [
    [256, 4, width], [257, 4, height], [258, 3, 8], [259, 3, 1], [262, 3, 1], [273, 4, 4096], [277, 3, 1], [278, 4, height], [279, 4, width * height],
  ];
  const b = Buffer.alloc(8 + 2 + entries.length * 12 + 4);
  b.write('II', 0, 'latin1');
  b.writeUInt16LE(42, 2);
  b.writeUInt32LE(8, 4);
  b.writeUInt16LE(entries.length, 8);
  entries.forEach(([tag, type, value], i) => {
    const at = 10 + i * 12;
    b.writeUInt16LE(tag, at);
    b.writeUInt16LE(type, at + 2);
    b.writeUInt32LE(1, at + 4);
    if (type === 3) b.writeUInt16LE(value, at + 8);
    else b.writeUInt32LE(value, at + 8);
  });
  return b;
}

describe('symbolic links in an image folder', () => {
  it('follows links within a class folder, and no link that loops or leads to another class', async () => {
    const root = join(tmp, 'links');
    const outside = join(tmp, 'library');
    await png(join(root, 'a', '1.png'), 0, 1);
    await png(join(root, 'a', 'inner', '2.png'), 0, 2);
    await png(join(root, 'b', '1.png'), 1, 3);
    await png(join(root, 'b', '2.png'), 1, 4);
    await png(join(outside, 'x.png'), 0, 5);
    await png(join(outside, 'deep', 'y.png'), 0, 6);
    await symlink('..', join(root, 'a', 'loop')); // the data folder itself: would pour b into a
    await symlink('.', join(root, 'a', 'self'));
    await symlink('inner', join(root, 'a', 'again')); // inside the class: fine (but not counted twice)
    await symlink(join(outside, 'deep'), join(root, 'a', 'elsewhere')); // a folder outside the class
    await symlink(join(outside, 'x.png'), join(root, 'a', 'linked.png')); // a file from a photo library: fine
    await symlink(join(root, 'b', '2.png'), join(root, 'a', 'stolen.png')); // another class's image
    await symlink(join(root, 'a'), join(root, 'c')); // class c would be class a again
    await symlink(join(root, 'nowhere.png'), join(root, 'b', 'broken.png'));
    await symlink('1.png', join(root, 'b', 'twice.png')); // the same image twice could straddle train and test

    const ds = await within(openDataset({ source: { folder: root }, input: [8, 8, 3] }));
    expect(ds.classes).toEqual(['a', 'b']);
    const used = (['train', 'val', 'test'] as const).flatMap((s) => Array.from({ length: ds.splits[s].size }, (_, i) => ds.splits[s].describe(i)));
    const byClass = (c: string) => used.filter((u) => u.className === c).map((u) => u.path!.slice(root.length + 1)).sort();
    expect(byClass('a')).toEqual(['a/1.png', 'a/inner/2.png', 'a/linked.png']);
    expect(byClass('b')).toEqual(['b/1.png', 'b/2.png']);
    const why = Object.fromEntries(ds.skipped.map((s) => [s.path.slice(root.length + 1), s.code]));
    expect(why).toEqual({
      'a/loop': 'data.skip.symlinkLoop',
      'a/self': 'data.skip.symlinkLoop',
      'a/elsewhere': 'data.skip.symlinkOutside',
      'a/stolen.png': 'data.skip.symlinkOutside',
      c: 'data.skip.duplicateClass',
      'b/broken.png': 'data.skip.symlinkBroken',
      'b/twice.png': 'data.skip.sameFile',
    });
    expect(ds.skipped.find((s) => s.code === 'data.skip.symlinkOutside')!.reason).toMatch(/^symbolic link leads outside its class folder \(to .*\); not followed$/);
  });

  it('does not follow a class folder that links back to the data folder', async () => {
    const root = join(tmp, 'rootloop');
    await png(join(root, 'a', '1.png'), 0, 1);
    await png(join(root, 'b', '1.png'), 1, 2);
    await symlink(root, join(root, 'zz'));
    const cat = await within(scanFolder(root));
    expect(cat.classes).toEqual(['a', 'b']);
    expect(cat.files).toHaveLength(2);
    expect(cat.skipped.map((s) => s.code)).toEqual(['data.skip.symlinkLoop']);
  });
});

describe('files that are not regular files', () => {
  it.skipIf(!hasMkfifo)('skips FIFOs and devices with the reason, without blocking', async () => {
    const root = join(tmp, 'special');
    await png(join(root, 'a', '1.png'), 0, 1);
    await png(join(root, 'b', '1.png'), 1, 2);
    for (let i = 0; i < 5; i++) execFileSync('mkfifo', [join(root, 'a', `pipe${i}.png`)]);
    execFileSync('mkfifo', [join(root, 'pipe-target')]);
    await symlink(join(root, 'pipe-target'), join(root, 'b', 'linked-pipe.jpg'));
    await symlink('/dev/zero', join(root, 'b', 'zero.png'));
    const ds = await within(openDataset({ source: { folder: root }, input: [8, 8, 1] }));
    expect(ds.report.images).toBe(2);
    const reasons = Object.fromEntries(ds.skipped.map((s) => [s.path.slice(root.length + 1), s.reason]));
    expect(reasons['a/pipe0.png']).toBe('is a named pipe (FIFO), not a regular file');
    expect(reasons['b/linked-pipe.jpg']).toBe('is a named pipe (FIFO), not a regular file');
    expect(reasons['b/zero.png']).toBe('is a character device, not a regular file');
    expect(reasons['pipe-target']).toBe('not inside a class folder');
    // The same reason in Chinese, from its code (what the app shows).
    const fifo = ds.skipped.find((s) => s.path.endsWith('pipe0.png'))!;
    expect(renderText({ code: fifo.code!, params: fifo.params }, 'zh')).toBe('是命名管道（FIFO），不是普通文件');
  });

  it.skipIf(!hasMkfifo)('refuses a FIFO or a device given for prediction, at once', async () => {
    const fifo = join(tmp, 'predict-pipe.png');
    execFileSync('mkfifo', [fifo]);
    await expect(within(decodeImageFile(fifo, [8, 8, 1]))).rejects.toThrow(/cannot be used as an image \(is a named pipe \(FIFO\), not a regular file\)/);
    await expect(within(decodeImageFile('/dev/zero', [8, 8, 1]))).rejects.toThrow(DatasetError);
    await expect(within(decodeImageFile('/dev/zero', [8, 8, 1]))).rejects.toThrow(/is a character device, not a regular file/);
  });
});

describe("a decode worker's blocking reads", () => {
  it.skipIf(!hasMkfifo)('refuse a FIFO, a device, a folder, an empty or vanished file with the same reasons', async () => {
    const fifo = join(tmp, 'worker-pipe.jpg');
    execFileSync('mkfifo', [fifo]);
    const empty = join(tmp, 'empty.png');
    await writeFile(empty, '');
    await mkdir(join(tmp, 'folder.jpg'));
    const cases = { [fifo]: 'data.skip.fifo', '/dev/zero': 'data.skip.characterDevice', [join(tmp, 'folder.jpg')]: 'data.skip.folder', [empty]: 'data.skip.empty', [join(tmp, 'gone.png')]: 'data.skip.vanished' };
    for (const [path, code] of Object.entries(cases)) {
      for (const reads of ['async', 'blocking'] as const) {
        await expect(within(decodeFileOrReason(path, [8, 8, 1], 'stretch', reads)), `${path} ${reads}`).rejects.toMatchObject({ code });
      }
    }
  });

  it('decode small files to the same input as asynchronous reads', async () => {
    for (const format of ['png', 'jpeg'] as const) {
      const path = join(tmp, `same.${format === 'png' ? 'png' : 'jpg'}`);
      await writeFile(path, await encodeImage(drawShape(2, [20, 20, 3], createRng(4)), 20, 20, format));
      const a = await decodeFileOrReason(path, [16, 16, 3], 'crop');
      const b = await decodeFileOrReason(path, [16, 16, 3], 'crop', 'blocking');
      expect(Array.from(b), format).toEqual(Array.from(a));
    }
  });
});

describe('large files', () => {
  it('refuses an image with too many pixels from its header, never reading the file into memory', async () => {
    const root = join(tmp, 'large');
    await png(join(root, 'a', '1.png'), 0, 1);
    await png(join(root, 'b', '1.png'), 1, 2);
    // 1.2 GB on paper (a sparse file: no disk space), declaring 30000×30000 pixels.
    const big = join(root, 'b', 'scan.tif');
    const h = await open(big, 'w');
    await h.write(tiffHeader(30000, 30000), 0);
    await h.truncate(Math.round(1.2 * 1024 ** 3));
    await h.close();
    const rss = process.memoryUsage().rss;
    const ds = await within(openDataset({ source: { folder: root }, input: [8, 8, 1] }), 10_000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 * 1024);
    expect(ds.report.images).toBe(2);
    expect(ds.skipped).toEqual([{
      path: big, code: 'data.skip.tooManyPixels', params: { pixels: '30000×30000' },
      reason: 'not a readable image: too many pixels (30000×30000; LayerLoom reads up to 268 megapixels)',
    }]);
  });
});
