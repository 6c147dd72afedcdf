/**
 * CPU per image header at folder open: readImageHeader (PNG and JPEG headers parsed from the first bytes)
 * against readImageHeaderWithSharp (sharp's metadata, the path before), on 1,024 64×64 files (half JPEG, half
 * PNG, as pipelineBench.ts's folder) and camera-size 4000×3000 JPEGs with EXIF (orientation 6, ICC).
 *
 *   npx tsx test/bench/headerBench.ts [--rounds 7] [--photos 16]
 *
 * Each round reads every set both ways, interleaved, `concurrency` 4 reads in flight as folder.ts does; the
 * figure is the least CPU time (process.cpuUsage: every thread, libvips' included) a file over the rounds,
 * so load from the other users of this shared machine counts least.
 *
 * 17:25 (load average 5 on 2 cores), ms of CPU a file, sharp -> bytes: 64x64 JPEG 0.574 -> 0.106, 64x64 PNG
 * 0.246 -> 0.105, 4000x3000 JPEG with EXIF 1.070 -> 0.088. What is left is node's five file-system calls
 * (stat, open, fstat, read, close: ~20-25 µs of CPU each through libuv's thread pool; synchronous calls
 * would cost ~0.026 ms a file in all, but block the engine's event loop and serialise a network share).
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { readImageHeader, readImageHeaderWithSharp, type ImageHeader } from '../../src/data/imageHeader';
import { benchCount } from './benchArgs';

const rounds = benchCount('rounds', 7);
const photos = benchCount('photos', 16);
const CONCURRENCY = 4;

async function makeFiles(root: string): Promise<Record<string, string[]>> {
  const sets: Record<string, string[]> = { 'jpeg 64x64': [], 'png 64x64': [], 'jpeg 4000x3000 exif': [] };
  await mkdir(join(root, 'small'));
  for (let i = 0; i < 1024; i++) {
    const bytes = Buffer.alloc(64 * 64 * 3);
    for (let p = 0; p < bytes.length; p++) bytes[p] = (p * 7 + i * 13 + ((p * 2654435761) >>> 27)) & 255;
    const img = sharp(bytes, { raw: { width: 64, height: 64, channels: 3 } });
    const png = i % 2 === 1;
    const path = join(root, 'small', `${i}.${png ? 'png' : 'jpg'}`);
    await writeFile(path, await (png ? img.png() : img.jpeg({ quality: 90 })).toBuffer());
    sets[png ? 'png 64x64' : 'jpeg 64x64'].push(path);
  }
  // Two distinct photos (encoding one takes most of a second), copied under new names.
  const photo = (seed: number) => sharp({ create: { width: 4000, height: 3000, channels: 3, background: { r: 90 + seed, g: 120, b: 60 }, noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .jpeg({ quality: 90 }).withMetadata({ orientation: 6 }).toBuffer();
  const originals = await Promise.all([0, 1].map(async (s) => {
    const path = join(root, `photo${s}.jpg`);
    await writeFile(path, await photo(s));
    return path;
  }));
  for (let i = 0; i < photos; i++) {
    const path = join(root, `photo-copy${i}.jpg`);
    await copyFile(originals[i % 2], path);
    sets['jpeg 4000x3000 exif'].push(path);
  }
  return sets;
}

/** Process CPU milliseconds to read every file's header, `CONCURRENCY` at a time, and the answers. */
async function cpuOfPass(paths: readonly string[], read: (p: string) => Promise<ImageHeader>): Promise<{ cpuMs: number; wallMs: number; headers: ImageHeader[] }> {
  const headers: ImageHeader[] = new Array(paths.length);
  let next = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < paths.length) {
      const i = next++;
      headers[i] = await read(paths[i]);
    }
  }));
  const c = process.cpuUsage(c0);
  return { cpuMs: (c.user + c.system) / 1000, wallMs: performance.now() - t0, headers };
}

const root = await mkdtemp(join(tmpdir(), 'headerBench-'));
try {
  const sets = await makeFiles(root);
  const ways = { sharp: readImageHeaderWithSharp, bytes: readImageHeader } as const;
  const best: Record<string, Record<string, { cpu: number; wall: number }>> = {};
  for (let r = 0; r < rounds; r++) {
    for (const [set, paths] of Object.entries(sets)) {
      const answers: string[] = [];
      for (const [way, read] of Object.entries(ways)) {
        const { cpuMs, wallMs, headers } = await cpuOfPass(paths, read);
        answers.push(JSON.stringify(headers));
        const b = ((best[set] ??= {})[way] ??= { cpu: Infinity, wall: Infinity });
        b.cpu = Math.min(b.cpu, cpuMs / paths.length);
        b.wall = Math.min(b.wall, wallMs / paths.length);
      }
      if (answers[0] !== answers[1]) throw new Error(`${set}: the two ways disagree`);
    }
  }
  console.log(`least over ${rounds} interleaved rounds, ${CONCURRENCY} reads in flight; ms a file (CPU of every thread / wall)`);
  for (const [set, b] of Object.entries(best)) {
    console.log(`${set.padEnd(22)} sharp ${b.sharp.cpu.toFixed(3)} / ${b.sharp.wall.toFixed(3)}   bytes ${b.bytes.cpu.toFixed(3)} / ${b.bytes.wall.toFixed(3)}   CPU ${(b.sharp.cpu / b.bytes.cpu).toFixed(1)}x less`);
  }
} finally {
  await rm(root, { recursive: true, force: true });
}
