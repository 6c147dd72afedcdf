/**
 * The results views (feature maps, results, runs, export) in a real browser against a fake engine: the
 * built renderer is served as static files and `window.layerloom` is a stand-in bridge answering the
 * engine API with small hand-made data, so every number on screen is known in advance. (The real
 * engine end to end is test/e2e/train.test.ts.)
 */
import type { Server } from 'node:http';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/graph/analyze';
import { newProject } from '../../src/graph/projectFile';
import { getTemplate } from '../../src/graph/templates';
import { methods, trainEventSchema } from '../../src/protocol';
import { receptiveRegion } from '../../renderer/results/receptiveRegion';
import { chromiumMissing, launchChromium } from './helpers/browser';
import { ensureRendererBuilt, ROOT } from './helpers/serve';
import { serveStatic } from './helpers/staticServer';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
const DIST = join(ROOT, 'dist', 'renderer');
const missing = chromiumMissing();

// ---- the fake engine's data -------------------------------------------------------------------

const CLASSES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const lenet = getTemplate('lenet5')!.build();

/** A width×height channel whose bytes follow `f(x, y)` (0…255). */
function channel(width: number, height: number, f: (x: number, y: number) => number, min = -1, max = 1) {
  const bytes = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) bytes[y * width + x] = Math.max(0, Math.min(255, Math.round(f(x, y))));
  return { width, height, min, max, data: bytes.toString('base64') };
}

function featureMapsEvent() {
  const block = (blockId: string, kind: string, side: number, channels: number) => ({
    blockId, kind, shape: [side, side, channels],
    channels: Array.from({ length: Math.min(16, channels) }, (_, c) => channel(side, side, (x, y) => ((x * (c + 1) + y * 7) * 255) / (side * (c + 2)))),
  });
  return trainEventSchema.parse({
    type: 'featureMaps', sessionId: 's1', epoch: 1, batch: 10,
    sample: { label: '7', image: channel(28, 28, (x, y) => (Math.abs(x - 14) < 3 || y === 6 ? 255 : 0), 0, 1) },
    blocks: [block('c1', 'Conv2D', 28, 6), block('s2', 'AvgPool2D', 14, 6), block('c3', 'Conv2D', 10, 16), block('s4', 'AvgPool2D', 5, 16),
      { blockId: 'c5', kind: 'Conv2D', shape: [1, 1, 120], channels: Array.from({ length: 16 }, (_, c) => channel(1, 1, () => 0, c / 10, c / 10)) }],
    kernels: { blockId: 'c1', channels: Array.from({ length: 6 }, (_, c) => channel(5, 5, (x, y) => (x + y * c) * 20)) },
  });
}

// 10 test images per class; class 3 is twice mistaken for 8, class 5 once for 6.
const confusion: number[][] = CLASSES.map((_, a) => CLASSES.map((__, p) => (a === p ? 10 : 0)));
confusion[3][3] = 8; confusion[3][8] = 2; confusion[5][5] = 9; confusion[5][6] = 1;
const predictions: [number, number][] = confusion.flatMap((row, a) => row.flatMap((n, p) => Array.from({ length: n }, () => [a, p] as [number, number])));
const evaluation = {
  split: 'test', images: 100, accuracy: 0.97, loss: 0.1234, classes: CLASSES,
  perClass: CLASSES.map((c, i) => ({ className: c, precision: i === 8 ? 10 / 12 : 1, recall: i === 3 ? 0.8 : i === 5 ? 0.9 : 1, f1: 0.9, support: 10 })),
  macro: { precision: 0.98, recall: 0.97, f1: 0.97 },
  confusion,
  mistakes: predictions.map(([a, p], index) => ({ index, trueClass: CLASSES[a], predictedClass: CLASSES[p], confidence: 0.9 }))
    .filter((m) => m.trueClass !== m.predictedClass),
  predictions,
};

function runDetail(dir: string, name: string, accuracies: number[]) {
  const project = newProject(lenet, { name });
  return methods['runs.open'].result.parse({
    dir, project, labels: CLASSES, evaluation, meta: {},
    history: accuracies.map((a, i) => ({ epoch: i + 1, loss: 1 - a, accuracy: a, valLoss: 1.1 - a, valAccuracy: a - 0.02 })),
    summary: {
      dir, name, createdAt: `2026-11-0${accuracies.length}T10:00:00Z`, projectName: name, status: 'complete', epochs: accuracies.length,
      testAccuracy: 0.97, backend: 'wasm', settings: project.training, params: 61706, imagesPerSec: 900, valAccuracy: 0.95, valLoss: 0.2,
    },
  });
}

/** A run killed after epoch 2 of 5: listed as interrupted, resumable. */
function interruptedRun() {
  const r = runDetail('/runs/lenet-c', 'lenet-c', [0.6, 0.8]);
  return { ...r, evaluation: null, summary: { ...r.summary, createdAt: '2026-10-30T10:00:00Z', status: 'interrupted', testAccuracy: null, settings: { ...r.summary.settings, epochs: 5 } } };
}

const RUN_A = '/runs/lenet-a';
const FAKE = {
  events: [
    { type: 'started', sessionId: 's1', backend: 'wasm', backendReason: 'test', passedOver: [], params: 61706,
      dataset: { train: 800, validation: 100, test: 100, classes: CLASSES, skipped: 0 }, epochs: 1, batchSize: 32 },
    { type: 'epoch', sessionId: 's1', epoch: 1, epochs: 1, loss: 0.3, accuracy: 0.9, valLoss: 0.25, valAccuracy: 0.92, durationMs: 1000 },
    featureMapsEvent(),
    { type: 'done', sessionId: 's1', runDir: RUN_A, epochs: 1, stoppedEarly: false, testAccuracy: 0.97, testLoss: 0.1234, imagesPerSec: 900,
      durationMs: 1000, backend: 'wasm', classes: CLASSES, images: 1000, skipped: [], evaluation },
  ].map((e) => trainEventSchema.parse(e)),
  runs: [runDetail(RUN_A, 'lenet-a', [0.8, 0.9, 0.95]), runDetail('/runs/lenet-b', 'lenet-b', [0.7, 0.85]), interruptedRun()],
  dataset: methods['dataset.inspect'].result.parse({
    kind: 'mnist', layout: 'builtin', name: 'MNIST', classes: CLASSES.map((name) => ({ name, count: 100 })), total: 1000, imbalance: 1,
    skipped: [], input: [28, 28, 1], resize: 'stretch', nativeInput: [28, 28, 1], splits: { train: 800, validation: 100, test: 100 }, samples: [], warnings: [],
    suggestedInput: [28, 28, 1], notices: [],
    images: { measured: 1000, unchecked: 0, sizes: [{ width: 28, height: 28, count: 1000 }], distinctSizes: 1, median: { width: 28, height: 28 }, colour: false },
  }),
};

/** Runs in the page: a bridge that answers like the engine, and records every request. */
function installFakeEngine(fake: typeof FAKE) {
  type Msg = { type: string; id: number; method: string; params: Record<string, unknown> };
  const listeners = new Set<(m: unknown) => void>();
  const emit = (m: unknown) => setTimeout(() => listeners.forEach((l) => l(m)), 0);
  const png = (i: number) => {
    const c = document.createElement('canvas');
    c.width = 28; c.height = 28;
    const g = c.getContext('2d')!;
    g.fillStyle = `rgb(${(i * 37) % 255}, 60, 90)`;
    g.fillRect(0, 0, 28, 28);
    return c.toDataURL('image/png');
  };
  const calls: { method: string; params: Record<string, unknown> }[] = [];
  (window as unknown as { __calls: typeof calls }).__calls = calls;
  const evaluation = fake.runs[0].evaluation!;
  const answer: Record<string, (p: Record<string, unknown>) => unknown> = {
    version: () => ({ protocol: 1, app: 'test', host: 'electron', platform: 'linux', node: '20' }),
    'autosave.recover': () => ({ autosave: null }),
    'autosave.write': () => ({ savedAt: new Date().toISOString() }),
    'autosave.clear': () => ({ ok: true }),
    'app.setDirty': () => ({ ok: true }),
    'project.recent': () => ({ files: [] }),
    'train.list': () => ({ sessions: [] }),
    'dataset.inspect': () => fake.dataset,
    'dialog.save': (p) => ({ path: `/home/me/${String(p.defaultPath)}` }),
    'export.write': (p) => ({ path: p.path, weightsPath: p.weightsFrom ? `${String(p.path)}.pt` : null }),
    'runs.list': () => ({ runs: fake.runs.map((r) => r.summary) }),
    'runs.open': (p) => fake.runs.find((r) => r.dir === p.dir),
    'runs.images': (p) => {
      const preds = evaluation.predictions!;
      const all = Array.isArray(p.indices) ? p.indices as number[]
        : preds.map((ap, i) => [ap, i] as const).filter(([ap]) => ap[0] === p.actual && ap[1] === p.predicted).map(([, i]) => i);
      return { images: all.map((index) => ({ index, label: evaluation.classes[preds[index][0]], url: png(index) })), total: all.length };
    },
    predict: (p) => ({ predictions: (p.images as { name: string }[]).map((im) => ({ image: im.name, top: [{ label: '7', probability: 0.8 }, { label: '1', probability: 0.15 }, { label: '9', probability: 0.05 }] })) }),
    'train.start': () => {
      const w = window as unknown as { __refuseForMemory?: boolean };
      if (w.__refuseForMemory) {
        // What the engine says when a run would not fit in memory (sessionPrepare's memory check).
        w.__refuseForMemory = false;
        const error = {
          type: 'error', sessionId: 's2', where: 'memory', suggestedBatchSize: 5,
          message: 'this run needs about 9.1 GB at batch 16 (8.9 GB of activations, 1 MB for the weights, their gradients and the optimizer), more than the 3.4 GB the wasm backend can use',
          messageCode: { code: 'train.error.memoryBudget', params: { need: '9.1 GB', batch: 16, activations: '8.9 GB', fixed: '1 MB', budget: '3.4 GB', backend: 'wasm' } },
          hint: 'Use --batch 5, the largest that fits, or make the input smaller or the layers narrower.',
          hintCode: { code: 'hint.memory.useBatch', params: { batch: 5 } },
        };
        setTimeout(() => emit({ type: 'event', event: 'train.event', payload: error }), 50);
        return { sessionId: 's2' };
      }
      fake.events.forEach((e, i) => setTimeout(() => emit({ type: 'event', event: 'train.event', payload: e }), 100 + 100 * i));
      return { sessionId: 's1' };
    },
    'runs.resume': () => {
      fake.events.forEach((e, i) => setTimeout(() => emit({ type: 'event', event: 'train.event', payload: e }), 100 + 100 * i));
      return { sessionId: 's1' };
    },
    'runs.delete': (p) => {
      const i = fake.runs.findIndex((r) => r.dir === p.dir);
      if (i >= 0) fake.runs.splice(i, 1);
      return { dir: p.dir };
    },
  };
  (window as unknown as { layerloom: unknown }).layerloom = {
    platform: { os: 'linux', electron: 'test', chrome: 'test' },
    send(m: Msg) {
      if (m.type !== 'request') return;
      calls.push({ method: m.method, params: m.params ?? {} });
      const f = answer[m.method];
      const result = f?.(m.params ?? {});
      emit(result === undefined
        ? { type: 'response', id: m.id, ok: false, error: { code: 'not-available', message: `${m.method} is not faked` } }
        : { type: 'response', id: m.id, ok: true, result });
    },
    onMessage(l: (m: unknown) => void) { listeners.add(l); return () => listeners.delete(l); },
  };
}

type Call = { method: string; params: Record<string, unknown> };
const callsOf = (page: Page, method: string) => page.evaluate((m) => (window as unknown as { __calls: Call[] }).__calls.filter((c) => c.method === m), method);

describe.skipIf(!!missing)('results views in the browser (fake engine)', () => {
  let browser: Browser;
  let page: Page;
  let server: Server;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureRendererBuilt();
    mkdirSync(SHOTS, { recursive: true });
    const s = await serveStatic(DIST);
    server = s.server;
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.addInitScript(installFakeEngine, FAKE);
    await page.addInitScript(() => localStorage.setItem('layerloom.lang', 'en'));
    await page.goto(s.url);
    await page.click('[data-testid="templates"]');
    await page.click('[data-testid="template-lenet5"]');
    await page.waitForSelector('.react-flow__node[data-id="c3"]');
    await page.click('[data-testid="mode-train"]');
    await page.click('[data-testid="train-start"]');
    await page.waitForSelector('[data-testid="train-done"]', { timeout: 20_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  it('draws every conv/pool block’s channels and the first conv’s kernels (not blank)', async () => {
    await page.click('[data-testid="dash-tab-maps"]');
    await page.waitForSelector('[data-testid="fm-block"]');
    expect(await page.locator('[data-testid="fm-block"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-block')))).toEqual(['c1', 's2', 'c3', 's4', 'c5']);
    expect(await page.locator('[data-testid="fm-channel"]').count()).toBe(6 + 6 + 16 + 16 + 16);
    expect(await page.locator('[data-testid="fm-kernel"]').count()).toBe(6);
    // Distinct colours per canvas: >1 except nowhere (the 1×1 maps differ from each other on the shared scale).
    const distinct = await page.locator('[data-testid="fm-channel"]').evaluateAll((cs) => (cs as HTMLCanvasElement[]).map((c) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      const s = new Set<string>();
      for (let i = 0; i < d.length; i += 4) s.add(`${d[i]},${d[i + 1]},${d[i + 2]}`);
      return { n: s.size, first: `${d[0]},${d[1]},${d[2]}` };
    }));
    expect(distinct.slice(0, 44).every((c) => c.n > 1)).toBe(true);
    expect(new Set(distinct.slice(44).map((c) => c.first)).size).toBe(16);
  });

  it('hovering a c3 pixel outlines its receptive field on the input (as analyze computes it)', async () => {
    const canvas = page.locator('[data-block="c3"] [data-testid="fm-channel"]').first();
    const box = (await canvas.boundingBox())!;
    // c3 is 10×10: hover pixel (x 7, y 2).
    await page.mouse.move(box.x + (7.5 / 10) * box.width, box.y + (2.5 / 10) * box.height);
    const rfBox = page.locator('[data-testid="rf-box"]');
    await rfBox.waitFor();
    const frame = (await page.locator('[data-testid="fm-input"]').boundingBox())!;
    const shown = (await rfBox.boundingBox())!;
    const want = receptiveRegion(analyze(lenet).nodes.c3.receptiveField!, 7, 2, 28, 28);
    const px = frame.width / 28;
    expect(shown.x - frame.x).toBeCloseTo(want.x0 * px, 0);
    expect(shown.y - frame.y).toBeCloseTo(want.y0 * px, 0);
    expect(shown.width).toBeCloseTo((want.x1 - want.x0) * px, 0);
    expect(shown.height).toBeCloseTo((want.y1 - want.y0) * px, 0);
    await page.screenshot({ path: join(SHOTS, 'results-feature-maps-hover.png') });
    await page.mouse.move(0, 0);
    await expect.poll(() => rfBox.count()).toBe(0);
  });

  it('follows the canvas selection, and the picker selects on the canvas; a channel enlarges on click', async () => {
    await page.locator('.react-flow__node[data-id="s2"]').click();
    await expect.poll(() => page.locator('[data-testid="fm-block-picker"]').inputValue()).toBe('s2');
    expect(await page.locator('[data-testid="fm-block"]').count()).toBe(1);
    await page.selectOption('[data-testid="fm-block-picker"]', 'c1');
    await expect.poll(() => page.locator('.react-flow__node.selected').getAttribute('data-id')).toBe('c1');
    await page.locator('[data-testid="fm-channel"]').nth(3).click();
    await expect.poll(() => page.locator('[data-testid="fm-enlarged"]').textContent()).toContain('channel 4');
    await page.screenshot({ path: join(SHOTS, 'results-feature-maps-enlarged.png') });
  });

  it('shows the test figures and the confusion matrix; a cell shows its images (runs.images actual × predicted)', async () => {
    await page.click('[data-testid="dash-tab-results"]');
    await expect.poll(() => page.locator('[data-testid="test-accuracy"]').textContent()).toBe('97.00%');
    expect(await page.locator('[data-testid="cm-cell"]').count()).toBe(100);
    await page.locator('[data-testid="cm-cell"]').nth(3 * 10 + 8).click();
    await page.waitForSelector('[data-testid="cell-images"] img');
    expect(await page.locator('[data-testid="cell-images"] img').count()).toBe(2);
    expect((await callsOf(page, 'runs.images')).some((c) => c.params.actual === 3 && c.params.predicted === 8 && c.params.dir === RUN_A)).toBe(true);
    // The three mistakes, with their images fetched by index.
    await expect.poll(() => page.locator('[data-testid="mistakes"] img').count()).toBe(3);
    expect(await page.locator('[data-testid="class-metrics"] tbody tr').count()).toBe(10);
    await page.screenshot({ path: join(SHOTS, 'results-confusion.png') });
  });

  it('predicts on picked and dropped images with top-k bars', async () => {
    const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await page.setInputFiles('[data-testid="predict-input"]', [
      { name: 'a.png', mimeType: 'image/png', buffer: onePixelPng },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hi') },
    ]);
    await expect.poll(() => page.locator('[data-testid="prediction"]').count()).toBe(1);
    expect(await page.locator('[data-testid="prediction"] .ll-prob').count()).toBe(3);
    const call = (await callsOf(page, 'predict'))[0];
    expect(call.params.runDir).toBe(RUN_A);
    expect((call.params.images as { name: string; dataUrl: string }[]).map((i) => [i.name, i.dataUrl.slice(0, 22)])).toEqual([['a.png', 'data:image/png;base64,']]);
    expect(await page.locator('[data-testid="toast"]').allTextContents()).toContainEqual(expect.stringContaining('notes.txt: not a PNG'));

    // An image dropped anywhere on the window (here: the canvas) is classified too.
    const drop = await page.evaluateHandle((b64) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'dropped.png', { type: 'image/png' }));
      return dt;
    }, onePixelPng.toString('base64'));
    await page.locator('.react-flow__pane').dispatchEvent('dragover', { dataTransfer: drop });
    await page.locator('.react-flow__pane').dispatchEvent('drop', { dataTransfer: drop });
    await expect.poll(async () => (await callsOf(page, 'predict')).length).toBe(2);
    expect((await callsOf(page, 'predict'))[1].params.images).toEqual([expect.objectContaining({ name: 'dropped.png' })]);
    await expect.poll(() => page.locator('[data-testid="prediction"]').textContent()).toContain('dropped.png');
  });

  it('lists runs and overlays the ticked runs’ curves', async () => {
    await page.click('[data-testid="dash-tab-runs"]');
    await expect.poll(() => page.locator('[data-testid="run-row"]').count()).toBe(3);
    const checks = page.locator('[data-testid="run-check"]');
    await checks.nth(0).check();
    await checks.nth(1).check();
    await page.waitForSelector('[data-testid="run-curves"] .recharts-line');
    expect(await page.locator('[data-testid="run-curves"] .recharts-line').count()).toBe(2);
    expect(await page.locator('[data-testid="run-curves"] .recharts-legend-item-text').allTextContents()).toEqual(['lenet-a', 'lenet-b']);
    await page.screenshot({ path: join(SHOTS, 'results-runs.png') });
    // Every row's buttons are in view inside the table's box (the last column used to be cut off).
    const table = (await page.locator('.ll-runs-table').boundingBox())!;
    for (const cell of await page.locator('[data-testid="run-actions"] button').all()) {
      const b = (await cell.boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(table.x + table.width + 0.5);
      expect(await cell.evaluate((el) => { const r = el.getBoundingClientRect(); return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el; })).toBe(true);
    }
    await page.locator('[data-testid="run-open"]').nth(1).click();
    await expect.poll(() => page.locator('[data-testid="run-location"] code').textContent()).toBe('/runs/lenet-b');
  });

  it('exports the network from the toolbar (save dialog, then export.write)', async () => {
    await page.click('[data-testid="export"]');
    await page.click('[data-testid="export-keras"]');
    await expect.poll(async () => (await callsOf(page, 'export.write')).length).toBe(1);
    const [call] = await callsOf(page, 'export.write');
    expect(call.params).toMatchObject({ to: 'keras', path: '/home/me/lenet_5_keras.py' });
    expect((call.params.project as { graph: { nodes: unknown[] } }).graph.nodes).toHaveLength(lenet.nodes.length);
    expect(call.params.weightsFrom).toBeUndefined();
    await expect.poll(() => page.locator('[data-testid="toast"]').allTextContents()).toContainEqual('Exported to /home/me/lenet_5_keras.py');
  });

  it('shows an interrupted run as such, resumes it in one click, and deletes a run after asking', async () => {
    await page.click('[data-testid="dash-tab-runs"]');
    const rows = page.locator('[data-testid="run-row"]');
    await expect.poll(() => rows.nth(2).locator('[data-testid="run-status"]').textContent()).toBe('Interrupted');
    expect(await rows.nth(2).locator('[data-testid="run-status"]').getAttribute('title')).toContain('epoch 2');
    // Only the interrupted run has epochs left to resume.
    expect(await page.locator('[data-testid="run-resume"]').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'runs-interrupted.png') });
    // Delete asks first: "Keep" keeps it, "Delete" deletes it.
    await rows.nth(1).locator('[data-testid="run-delete"]').click();
    await page.getByRole('group', { name: 'Delete lenet-b and its files?' }).getByRole('button', { name: 'Keep' }).click();
    expect(await callsOf(page, 'runs.delete')).toEqual([]);
    await rows.nth(1).locator('[data-testid="run-delete"]').click();
    await page.screenshot({ path: join(SHOTS, 'runs-delete-confirm.png') });
    await page.locator('[data-testid="run-delete-yes"]').click();
    await expect.poll(() => rows.count()).toBe(2);
    expect((await callsOf(page, 'runs.delete')).map((c) => c.params.dir)).toEqual(['/runs/lenet-b']);
    // Resume: the run's network is trained on from its checkpoint; the curves follow it.
    await page.locator('[data-testid="run-resume"]').click();
    // The first run's "done" goes while the resumed one trains, and comes back when it is done.
    await page.waitForSelector('[data-testid="train-done"]', { state: 'detached', timeout: 20_000 });
    await page.waitForSelector('[data-testid="train-done"]', { timeout: 20_000 });
    expect((await callsOf(page, 'runs.resume')).map((c) => c.params.dir)).toEqual(['/runs/lenet-c']);
    expect(await page.locator('[data-testid="dash-tab-curves"]').getAttribute('aria-selected')).toBe('true');
  });

  it('a run too large for memory is refused with the figures and trains with the largest batch that fits in one click', async () => {
    await page.evaluate(() => { (window as unknown as { __refuseForMemory: boolean }).__refuseForMemory = true; });
    const startsBefore = (await callsOf(page, 'train.start')).length;
    await page.click('[data-testid="train-start"]');
    const button = page.locator('[data-testid="train-retry-batch"]');
    await button.waitFor();
    expect(await button.textContent()).toBe('↻ Train again with batch 5');
    expect(await button.getAttribute('title')).toMatch(/would not fit in memory: a batch of 5 is the largest/);
    expect(await page.locator('[data-testid="train-error"]').textContent()).toMatch(/about 9\.1 GB at batch 16.*3\.4 GB/);
    await page.screenshot({ path: join(SHOTS, 'train-memory-refused.png') });
    await page.selectOption('[data-testid="language"]', 'zh');
    await expect.poll(() => button.textContent()).toBe('↻ 以批大小 5 重新训练');
    expect(await page.locator('[data-testid="train-error"]').textContent()).toContain('超过了 wasm 后端可用的 3.4 GB');
    await page.screenshot({ path: join(SHOTS, 'train-memory-refused-zh.png') });
    await page.selectOption('[data-testid="language"]', 'en');
    await button.click();
    await page.waitForSelector('[data-testid="train-error"]', { state: 'detached', timeout: 20_000 });
    await page.waitForSelector('[data-testid="train-done"]', { timeout: 20_000 });
    const starts = await callsOf(page, 'train.start');
    expect(starts).toHaveLength(startsBefore + 2);
    expect((starts.at(-1)!.params.project as { training: { batchSize: number } }).training.batchSize).toBe(5);
  });

  it('speaks Chinese', async () => {
    await page.selectOption('[data-testid="language"]', 'zh');
    await page.click('[data-testid="dash-tab-results"]');
    await expect.poll(() => page.locator('[data-testid="results"]').textContent()).toContain('混淆矩阵');
    expect(pageErrors).toEqual([]);
  });
});
