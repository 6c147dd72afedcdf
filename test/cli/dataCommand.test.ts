/** The real `layerloom data` binary: the dataset report from a terminal, as text and as JSON. */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'layerloom.js');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 16 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'layerloom-datacli-'));
  // Colour images of two sizes in two classes, and a file that is not an image.
  for (const [cls, rgb] of [['red', [220, 30, 30]], ['blue', [30, 30, 220]]] as const) {
    await mkdir(join(dir, 'photos', cls), { recursive: true });
    for (let i = 0; i < 6; i++) {
      const [w, h] = i % 2 ? [60, 40] : [80, 60];
      await sharp({ create: { width: w, height: h, channels: 3, background: { r: rgb[0], g: rgb[1] + i, b: rgb[2] } } }).png().toFile(join(dir, 'photos', cls, `${i}.png`));
    }
  }
  await writeFile(join(dir, 'photos', 'blue', 'notes.txt'), 'hello');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('layerloom data', () => {
  it('shows file and class names with terminal control characters escaped', async () => {
    const odd = join(dir, 'odd', 'cats\x1b]0;pwned\x07');
    await mkdir(odd, { recursive: true });
    await mkdir(join(dir, 'odd', 'dogs'));
    for (const cls of [odd, join(dir, 'odd', 'dogs')]) {
      for (let i = 0; i < 2; i++) await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 9, g: 9, b: 9 } } }).png().toFile(join(cls, `${i}.png`));
    }
    await writeFile(join(odd, 'x\x1b[2J.txt'), 'not an image');
    const r = await cli(['data', join(dir, 'odd')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('cats\\x1b]0;pwned\\x07');
    expect(r.stdout).toContain('x\\x1b[2J.txt');
    expect(r.stdout).not.toMatch(/[\x07\x1b]/);
  });

  it('prints classes, sizes, colour, the suggested input, loud warnings and skipped files', async () => {
    const r = await cli(['data', join(dir, 'photos'), '--input', '28x28x1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^photos: 12 images in 2 classes \(one sub-folder per class\)$/m);
    expect(r.stdout).toMatch(/^ {2}blue +6 +█+$/m);
    expect(r.stdout).toMatch(/^Images: 80×60 \(6\), 60×40 \(6\); median 70×50 pixels; colour$/m);
    expect(r.stdout).toMatch(/^Suggested input: 50×70×3/m);
    expect(r.stdout).toMatch(/^Fed to the model as 28×28×1 \(stretch\)/m);
    expect(r.stdout).toMatch(/^ {2}! The images are in colour, but the Input block takes 1 channel/m);
    expect(r.stdout).toMatch(/^Skipped files \(1\):\n {2}.*notes\.txt: not an image file/m);
  });

  it('--json gives the same report the app gets', async () => {
    const r = await cli(['data', join(dir, 'photos'), '--json']);
    expect(r.code).toBe(0);
    const info = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(info).toMatchObject({ kind: 'folder', total: 12, input: [50, 70, 3], suggestedInput: [50, 70, 3], images: { colour: true, distinctSizes: 2 } });
    expect(info.skipped).toEqual([expect.objectContaining({ code: 'data.skip.notImage' })]);
    expect(info).not.toHaveProperty('samples');
  });

  it('names a missing folder, and refuses a bad --input', async () => {
    const missing = await cli(['data', join(dir, 'nowhere')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/layerloom data: data folder ".*nowhere" does not exist; check the path/);
    const bad = await cli(['data', join(dir, 'photos'), '--input', '28x28x2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--input channels must be 1 or 3/);
  });
});
