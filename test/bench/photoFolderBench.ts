/**
 * Camera photos in bounded memory (issue 13, item 2). Writes real 4000×3000 JPEGs (a colour gradient with
 * per-pixel noise, encoded by sharp at quality 90: 4-5 MB each, like a phone's) into a temporary folder,
 * then, each in its own process so the figures are that process's own:
 *
 * 1. inspects 20 of them as the app's data panel does (`dataset.inspect`: no model input, 6 sample images
 *    per class): wall time, CPU time (every thread of the process: what the call costs whatever else runs
 *    on the machine) and RSS growth (peak RSS during the call over RSS just before it);
 * 2. trains LeNet-5 at 64×64×3 for one epoch on 1,000 of them (`layerloom train … --json`): peak RSS of
 *    the whole process (VmHWM), the time to the first batch from the `preparing` events, images/s.
 *
 *   npx tsx test/bench/photoFolderBench.ts [--images 1000] [--distinct 50] [--dir DIR (reuse)] [--keep] [--only inspect|train]
 *
 * Encoding is the slow part (~0.7 s a photo), so `--distinct` photos are encoded and copied under new
 * names to make up `--images` (each file is still read and decoded in full by the run).
 * Targets: inspection < 5 s and < 300 MB growth; the epoch's peak RSS < 1.5 GB.
 *
 * First batch, `--images 300 --distinct 20 --only train` (shared 2-core machine, load average 6-10): 115.2 s
 * when a folder that fits memory was decoded whole at open; 92.7 s with images decoded as first read but input
 * statistics from 2,048 images (every training photo); 22.6 s with statistics from the first 64 of epoch 1
 * (peak RSS 435 → 507 MB). A 4000×3000 photo costs ~0.28 s of libvips CPU (its threads) and ~0.15 s of JS for
 * the resize (the training thread).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { benchArg, benchCount } from './benchArgs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'layerloom.js');
const MB = 1024 * 1024;

function statusKb(field: string): number {
  // Linux: /proc/self/status; elsewhere RSS only.
  try {
    const text = readFileSync('/proc/self/status', 'utf8');
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
    return m ? Number(m[1]) * 1024 : process.memoryUsage().rss;
  } catch {
    return process.memoryUsage().rss;
  }
}

/** A 4000×3000 photo-like JPEG: a diagonal colour gradient with noise (so it compresses like a photo). */
async function cameraJpeg(path: string, seed: number): Promise<void> {
  const W = 4000;
  const H = 3000;
  const raw = Buffer.alloc(W * H * 3);
  let s = (seed * 2654435761) >>> 0;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      s = (s * 1664525 + 1013904223) >>> 0;
      const n = (s >>> 24) - 128;
      const o = (y * W + x) * 3;
      raw[o] = Math.max(0, Math.min(255, ((x + seed * 97) % W) * 255 / W + n / 4));
      raw[o + 1] = Math.max(0, Math.min(255, (y * 255) / H + n / 5));
      raw[o + 2] = Math.max(0, Math.min(255, 128 + ((seed % 2) ? 90 : -90) * Math.sin((x + y) / 300) + n / 3));
    }
  }
  await sharp(raw, { raw: { width: W, height: H, channels: 3 } }).jpeg({ quality: 90 }).toFile(path);
}

async function makeFolders(dir: string, images: number, distinct: number): Promise<{ inspect: string; train: string }> {
  const pool = join(dir, 'encoded');
  await mkdir(pool, { recursive: true });
  const have = new Set(await readdir(pool));
  for (let i = 0; i < distinct; i++) {
    const name = `${i}.jpg`;
    if (have.has(name)) continue;
    const t = performance.now();
    await cameraJpeg(join(pool, name), i);
    process.stderr.write(`encoded ${i + 1}/${distinct} (${((performance.now() - t) / 1000).toFixed(1)} s)\r`);
  }
  process.stderr.write('\n');
  const fill = async (folder: string, n: number) => {
    for (let i = 0; i < n; i++) {
      const cls = i % 2 ? 'odd' : 'even';
      await mkdir(join(folder, cls), { recursive: true });
      // Even and odd photos differ (the blue wave's sign): two learnable classes.
      const src = join(pool, `${(i % 2) + 2 * (Math.floor(i / 2) % Math.floor(distinct / 2))}.jpg`);
      await copyFile(src, join(folder, cls, `IMG_${String(i).padStart(4, '0')}.jpg`)).catch(async (e: NodeJS.ErrnoException) => {
        if (e.code !== 'EEXIST') throw e;
      });
    }
    return folder;
  };
  return { inspect: await fill(join(dir, 'photos-20'), 20), train: await fill(join(dir, `photos-${images}`), images) };
}

/** Runs a command, its stdout's lines parsed as JSON where they are, and the VmHWM its exit hook reports. */
function child(args: string[], cwd: string): Promise<{ lines: Record<string, unknown>[]; peakRss: number; ms: number; code: number | null; stderr: string }> {
  return new Promise((done) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, args, { cwd });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('close', (code) => {
      const hwm = /^VmHWM (\d+)$/m.exec(err);
      const lines = out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
      done({ lines, peakRss: hwm ? Number(hwm[1]) : NaN, ms: performance.now() - t0, code, stderr: err });
    });
  });
}

async function childInspect(folder: string): Promise<void> {
  const { inspectDataset } = await import('../../src/data/inspectDataset.ts');
  await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).png().toBuffer(); // libvips loaded
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const info = await inspectDataset({ source: folder, samplesPerClass: 6 });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss, statusKb('VmHWM'));
  console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, before, peak, total: info.total, input: info.input, notices: info.notices.map((n) => n.code) }));
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child-inspect') return childInspect(process.argv[3]);
  const images = benchCount('images', 1000);
  const distinct = benchCount('distinct', 50);
  const given = benchArg('dir', '');
  const dir = given || (await mkdtemp(join(tmpdir(), 'layerloom-photos-')));
  console.log(`photos in ${dir} (${distinct} distinct 4000×3000 JPEGs, ${images} files)`);
  const { inspect, train } = await makeFolders(dir, images, distinct);
  // Reports the process's peak RSS (VmHWM) on exit, for the training run.
  const hook = join(dir, 'hwm-hook.cjs');
  await writeFile(hook, "process.on('exit', () => { try { const m = /^VmHWM:\\s+(\\d+) kB/m.exec(require('fs').readFileSync('/proc/self/status', 'utf8')); if (m) process.stderr.write(`\\nVmHWM ${Number(m[1]) * 1024}\\n`); } catch {} });\n");

  const only = benchArg('only', '');
  for (let round = 1; round <= 2 && only !== 'train'; round++) {
    const r = await child(['--import', 'tsx', import.meta.filename, '--child-inspect', inspect], ROOT);
    const x = r.lines[0] as { ms: number; cpuMs: number; before: number; peak: number; input: number[]; notices: string[] } | undefined;
    if (!x) throw new Error(`the inspection failed: ${r.stderr.slice(-800)}`);
    console.log(`inspect 20 photos (round ${round}): ${(x.ms / 1000).toFixed(2)} s (CPU ${(x.cpuMs / 1000).toFixed(2)} s, all threads), RSS ${(x.before / MB).toFixed(0)} → peak ${(x.peak / MB).toFixed(0)} MB (growth ${((x.peak - x.before) / MB).toFixed(0)} MB); shown at ${x.input.join('×')}; notices ${x.notices.join(', ')}`);
  }

  if (only === 'inspect') return;
  const out = join(dir, `run-${Date.now()}`);
  const r = await child(['-r', hook, BIN, 'train', '--template', 'lenet5', '--input', '64x64x3', '--data', train, '--epochs', '1', '--batch', '32', '--backend', 'wasm', '--json', '--out', out], ROOT);
  const done = r.lines.find((e) => e.type === 'done') as { imagesPerSec: number; durationMs: number; testAccuracy: number; images: number } | undefined;
  if (!done) throw new Error(`training failed (${r.code}): ${r.stderr.slice(-1500)}`);
  const first = r.lines.find((e) => e.type === 'preparing' && e.firstBatchMs !== undefined) as { firstBatchMs: number } | undefined;
  console.log(`LeNet-5 64×64×3, 1 epoch, ${done.images} photos: peak RSS ${(r.peakRss / MB).toFixed(0)} MB, first batch after ${((first?.firstBatchMs ?? NaN) / 1000).toFixed(1)} s, `
    + `run ${(done.durationMs / 1000).toFixed(1)} s, ${done.imagesPerSec.toFixed(0)} images/s training, test accuracy ${done.testAccuracy?.toFixed(3)}`);
  if (!process.argv.includes('--keep') && !given) await rm(dir, { recursive: true, force: true });
}

await main();
