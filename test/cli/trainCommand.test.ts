/** The real `layerloom` binary: train --json on synthetic data and on a small folder, then test and predict the run. */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'layerloom.js');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const lines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'layerloom-cli-'));
});

/** Two classes (bright / dark squares) of 8 png files each, plus a broken file. */
async function tinyFolder(root: string): Promise<void> {
  for (const [name, level] of [['bright', 220], ['dark', 30]] as const) {
    await mkdir(join(root, name), { recursive: true });
    for (let i = 0; i < 8; i++) {
      const px = Buffer.alloc(20 * 20 * 3, level + ((i * 7) % 20));
      await writeFile(join(root, name, `${i}.png`), await sharp(px, { raw: { width: 20, height: 20, channels: 3 } }).png().toBuffer());
    }
  }
  await writeFile(join(root, 'dark', 'broken.jpg'), 'not a jpeg');
}

describe('layerloom train/test/predict', () => {
  it('train --json: one event per line, the last is done with backend, classes, images, skipped, testAccuracy, imagesPerSec, runDir', async () => {
    const out = join(dir, 'synthetic-run');
    const r = await cli(['train', '--template', 'lenet5', '--data', 'synthetic', '--limit', '60', '--epochs', '1', '--batch', '16', '--json', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const events = lines(r.stdout);
    expect(events.find((e) => e.type !== 'preparing')?.type).toBe('started');
    expect(events.filter((e) => e.type === 'batch').length).toBeGreaterThan(0);
    const done = events.at(-1)!;
    expect(done).toMatchObject({ type: 'done', runDir: out, classes: ['circle', 'square', 'triangle'], images: 60, skipped: [] });
    expect(typeof done.backend).toBe('string');
    expect(typeof done.testAccuracy).toBe('number');
    expect(done.imagesPerSec).toBeGreaterThan(0);

    // `layerloom test` on the same data reproduces the run's own test evaluation.
    const t = await cli(['test', out, '--data', 'synthetic', '--limit', '60', '--json']);
    expect(t.code, t.stderr).toBe(0);
    const ev = JSON.parse(t.stdout);
    expect(ev.split).toBe('test');
    expect(ev.accuracy).toBeCloseTo(done.testAccuracy as number, 10);
    expect(ev.loss).toBeCloseTo(done.testLoss as number, 5);
  });

  it('a folder sets the class count; bad files are listed, not fatal; test and predict use the run', async () => {
    const data = join(dir, 'folder');
    await tinyFolder(data);
    const out = join(dir, 'folder-run');
    const r = await cli(['train', '--template', 'lenet5', '--data', data, '--epochs', '2', '--batch', '4', '--lr', '0.01', '--json', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const done = lines(r.stdout).at(-1)!;
    expect(done).toMatchObject({ type: 'done', classes: ['bright', 'dark'], images: 16 });
    expect(done.skipped).toEqual([{ path: join(data, 'dark', 'broken.jpg'), reason: expect.any(String) }]);

    const t = await cli(['test', out, '--data', data, '--json']);
    expect(t.code, t.stderr).toBe(0);
    const ev = JSON.parse(t.stdout);
    expect(ev).toMatchObject({ type: 'evaluation', split: 'all', images: 16, classes: ['bright', 'dark'] });
    expect(ev.confusion.flat().reduce((a: number, b: number) => a + b, 0)).toBe(16);

    const p = await cli(['predict', out, join(data, 'bright', '0.png'), join(data, 'dark', '0.png'), '--top', '2', '--json']);
    expect(p.code, p.stderr).toBe(0);
    const preds = lines(p.stdout);
    expect(preds).toHaveLength(2);
    expect((preds[0].top as unknown[]).length).toBe(2);

    const bad = await cli(['predict', out, join(data, 'dark', 'broken.jpg')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n'), bad.stderr).toHaveLength(1);
    expect(bad.stderr).toContain('broken.jpg');
  }, 180_000); // three CLI processes (train, test, predict), each loading tfjs: slow on a loaded machine
});
