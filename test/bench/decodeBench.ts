/**
 * What decoding one image file costs, in CPU milliseconds (all threads: libvips works on its own), by the path
 * LayerLoom takes (decodeFileOrReason: small PNG and JPEG files without libvips, pngDecode.ts/jpegDecode.ts)
 * against sharp for every file (decodeImageBuffer from the path, as before); and with blocking reads, as a decode
 * worker reads. Files are 64/128/256 px squares of
 * a photo-like picture, JPEG quality 90 (4:2:0) and PNG, decoded to a 64×64×3 input, four at a time as the
 * dataset's pool does; the two ways alternate, and each reports the best of its rounds.
 *
 *   npx tsx test/bench/decodeBench.ts [--files 128] [--rounds 5] [--sizes 64,128,256]
 *
 * Measured on main 5c20b28, 18:33 and 18:36 (load 2.0; the host slower than at 17:30, when a first version gave
 * 64×64 JPEG 0.29 / 0.25 / 1.15 ms): ms of CPU a file, LayerLoom / blocking reads / sharp only —
 * 64×64 JPEG 0.83 / 0.37 / 2.50 and 0.71 / 0.49 / 2.10; 64×64 PNG 0.85 / 0.43 / 1.60 and 0.56 / 0.42 / 1.31;
 * 128×128 JPEG 2.69 / 1.97 / 2.94 and 2.72 / 2.10 / 2.88 (LayerLoom's resize to 64×64 is most of it); 256×256 JPEG
 * 7.12 / 6.25 / 6.27: about even, which is why pictures over 65,536 pixels stay with libvips (jpegDecode.ts).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { decodeFileOrReason, decodeImageBuffer } from '../../src/data/decode';
import { benchArg, benchCount } from './benchArgs';

const FILES = benchCount('files', 128);
const ROUNDS = benchCount('rounds', 5);
const SIZES = benchArg('sizes', '64,128,256').split(',').map(Number);
const INPUT = [64, 64, 3] as const;

/** Smooth shading, edges and a little noise, as photographs have. */
function picture(side: number, seed: number): Buffer {
  const b = Buffer.alloc(side * side * 3);
  let s = seed;
  for (let i = 0; i < b.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    const x = (i / 3) % side, y = Math.floor(i / 3 / side), c = i % 3;
    const edge = (x + y * 0.7 + seed * 5) % (side / 2) < side / 8 ? 60 : 0;
    b[i] = Math.max(0, Math.min(255, Math.round(110 + 50 * Math.sin(x / (5 + c) + seed) + 40 * Math.cos(y / 11) + edge + (s >>> 29))));
  }
  return b;
}

async function cpuPerFile(paths: string[], decode: (p: string) => Promise<Float32Array>): Promise<number> {
  const c0 = process.cpuUsage();
  let next = 0;
  await Promise.all(Array.from({ length: 4 }, async () => {
    while (next < paths.length) await decode(paths[next++]);
  }));
  const d = process.cpuUsage(c0);
  return (d.user + d.system) / 1000 / paths.length;
}

const dir = await mkdtemp(join(tmpdir(), 'layerloom-decode-'));
try {
  console.log(`ms of CPU per file (best of ${ROUNDS} rounds of ${FILES} files, decoded to ${INPUT.join('×')})`);
  console.log('file            LayerLoom   (blocking reads)   sharp only   sharp/LayerLoom');
  for (const side of SIZES) {
    for (const format of ['jpeg', 'png'] as const) {
      const paths: string[] = [];
      for (let i = 0; i < FILES; i++) {
        const img = sharp(picture(side, i), { raw: { width: side, height: side, channels: 3 } });
        const path = join(dir, `${side}-${i}.${format === 'jpeg' ? 'jpg' : 'png'}`);
        await writeFile(path, await (format === 'jpeg' ? img.jpeg({ quality: 90 }) : img.png()).toBuffer());
        paths.push(path);
      }
      const best = { ours: Infinity, blocking: Infinity, sharp: Infinity };
      for (let r = 0; r < ROUNDS; r++) {
        best.ours = Math.min(best.ours, await cpuPerFile(paths, (p) => decodeFileOrReason(p, [...INPUT], 'stretch')));
        best.blocking = Math.min(best.blocking, await cpuPerFile(paths, (p) => decodeFileOrReason(p, [...INPUT], 'stretch', 'blocking')));
        best.sharp = Math.min(best.sharp, await cpuPerFile(paths, (p) => decodeImageBuffer(p, [...INPUT], 'stretch')));
      }
      console.log(`${`${side}×${side} ${format}`.padEnd(16)}${best.ours.toFixed(3).padStart(9)}${best.blocking.toFixed(3).padStart(19)}${best.sharp.toFixed(3).padStart(13)}${(best.sharp / best.ours).toFixed(2).padStart(15)}×`);
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
