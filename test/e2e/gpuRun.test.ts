/**
 * A run on a GPU in the app, in a real browser against a stand-in engine: the run bar names the backend and
 * the adapter (in English in the reason, in Chinese beside the localized backend name); a GPU out of memory
 * shows the error with the offered batch, and "Train again with batch N" sets the batch and starts a run
 * with it. Screenshots: test-results/screenshots/gpu-*.png.
 */
import type { Server } from 'node:http';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainEventSchema } from '../../src/protocol';
import { chromiumMissing, launchChromium } from './helpers/browser';
import { ensureRendererBuilt, ROOT } from './helpers/serve';
import { serveStatic } from './helpers/staticServer';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
const missing = chromiumMissing();
if (missing) console.warn(`gpu run e2e skipped: ${missing}`);

const ADAPTER = 'nvidia ampere — NVIDIA GeForce RTX 3060';
const started = trainEventSchema.parse({
  type: 'started', sessionId: 's1', backend: 'webgpu', device: ADAPTER,
  backendReason: `WebGPU on ${ADAPTER}: the first available backend (tensorflow-gpu: the optional package @tensorflow/tfjs-node-gpu is not installed)`,
  passedOver: [{ backend: 'tensorflow-gpu', reason: 'the optional package @tensorflow/tfjs-node-gpu is not installed' }],
  params: 61706, dataset: { train: 800, validation: 100, test: 100, classes: ['0', '1'], skipped: 0 }, epochs: 1, batchSize: 32,
});
const oom = trainEventSchema.parse({
  type: 'error', sessionId: 's1', where: 'train', suggestedBatchSize: 16,
  message: `the GPU ran out of memory (Allocation failed) on ${ADAPTER}, training with batches of 32; the run was stopped`,
  messageCode: { code: 'train.error.gpuOutOfMemory', params: { adapter: ADAPTER, detail: 'Allocation failed', batch: 32 } },
  hint: 'Train again with a smaller batch: --batch 16 needs about half the memory. Or use a smaller input size, fewer filters, or --backend wasm.',
  hintCode: { code: 'hint.gpu.smallerBatch', params: { suggested: 16 } },
});

/** Runs in the page: answers the few methods the train view needs; train.start replays the events given. */
function installEngine(events: { started: unknown; oom: unknown }) {
  const listeners = new Set<(m: unknown) => void>();
  const emit = (m: unknown) => setTimeout(() => listeners.forEach((l) => l(m)), 0);
  const starts: unknown[] = [];
  (window as unknown as { __starts: unknown[] }).__starts = starts;
  const answer: Record<string, (p: Record<string, unknown>) => unknown> = {
    version: () => ({ protocol: 1, app: 'test', host: 'electron', platform: 'linux', node: '20' }),
    'autosave.recover': () => ({ autosave: null }),
    'autosave.write': () => ({ savedAt: new Date().toISOString() }),
    'autosave.clear': () => ({ ok: true }),
    'app.setDirty': () => ({ ok: true }),
    'project.recent': () => ({ files: [] }),
    'train.list': () => ({ sessions: [] }),
    'runs.list': () => ({ runs: [] }),
    'dataset.inspect': () => ({
      kind: 'mnist', layout: 'builtin', name: 'MNIST', classes: Array.from({ length: 10 }, (_, i) => ({ name: String(i), count: 100 })), total: 1000, imbalance: 1,
      skipped: [], input: [28, 28, 1], resize: 'stretch', nativeInput: [28, 28, 1], splits: { train: 800, validation: 100, test: 100 }, samples: [], warnings: [],
    }),
    'train.start': (p) => {
      starts.push(p);
      const id = `s${starts.length}`;
      // The first run runs out of GPU memory; the retry starts and keeps going.
      const story = starts.length === 1 ? [events.started, events.oom] : [events.started];
      story.forEach((e, i) => setTimeout(() => emit({ type: 'event', event: 'train.event', payload: { ...(e as object), sessionId: id } }), 100 + 100 * i));
      return { sessionId: id };
    },
  };
  (window as unknown as { layerloom: unknown }).layerloom = {
    platform: { os: 'linux', electron: 'test', chrome: 'test' },
    send(m: { type: string; id: number; method: string; params?: Record<string, unknown> }) {
      if (m.type !== 'request') return;
      const f = answer[m.method];
      const result = f?.(m.params ?? {});
      emit(result === undefined
        ? { type: 'response', id: m.id, ok: false, error: { code: 'not-available', message: `${m.method} is not faked` } }
        : { type: 'response', id: m.id, ok: true, result });
    },
    onMessage(l: (m: unknown) => void) { listeners.add(l); return () => listeners.delete(l); },
  };
}

const batchOf = (start: unknown) => (start as { project: { training: { batchSize: number } } }).project.training.batchSize;

describe.skipIf(!!missing)('a GPU run in the app (stand-in engine)', () => {
  let browser: Browser;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    ensureRendererBuilt();
    mkdirSync(SHOTS, { recursive: true });
    ({ server, url } = await serveStatic(join(ROOT, 'dist', 'renderer')));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  async function open(lang: 'en' | 'zh'): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' })).newPage();
    await page.addInitScript(installEngine, { started, oom });
    await page.addInitScript((l) => localStorage.setItem('layerloom.lang', l), lang);
    await page.goto(url);
    await page.click('[data-testid="templates"]');
    await page.click('[data-testid="template-lenet5"]');
    await page.click('[data-testid="mode-train"]');
    await page.fill('[data-testid="set-batch"]', '32');
    return page;
  }

  it('names the adapter; out of GPU memory offers half the batch, and the retry trains with it', async () => {
    const page = await open('en');
    await page.click('[data-testid="train-start"]');
    await page.waitForSelector('[data-testid="train-error"]');
    expect(await page.locator('[data-testid="train-backend"]').textContent()).toContain(`WebGPU on ${ADAPTER}`);
    const error = await page.locator('[data-testid="train-error"]').textContent();
    expect(error).toContain(`The GPU (${ADAPTER}) ran out of memory training with batches of 32`);
    expect(error).toContain('Train again with a smaller batch: 16 needs about half the memory');
    const retry = page.locator('[data-testid="train-retry-batch"]');
    expect(await retry.textContent()).toContain('Train again with batch 16');
    await page.screenshot({ path: join(SHOTS, 'gpu-out-of-memory.png') });
    await retry.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __starts: unknown[] }).__starts.length)).toBe(2);
    const starts = await page.evaluate(() => (window as unknown as { __starts: unknown[] }).__starts);
    expect([batchOf(starts[0]), batchOf(starts[1])]).toEqual([32, 16]);
    expect(await page.locator('[data-testid="set-batch"]').inputValue()).toBe('16');
    await page.waitForSelector('[data-testid="train-backend"]');
    await expect.poll(() => page.locator('[data-testid="train-error"]').count()).toBe(0);
    await page.close();
  });

  it('in Chinese: the backend by its localized name and the adapter, the error in Chinese', async () => {
    const page = await open('zh');
    await page.click('[data-testid="train-start"]');
    await page.waitForSelector('[data-testid="train-error"]');
    expect(await page.locator('[data-testid="train-device"]').textContent()).toContain(`设备：${ADAPTER}`);
    expect(await page.locator('[data-testid="train-backend"]').textContent()).toContain('WebGPU（任意 GPU）');
    expect(await page.locator('[data-testid="train-error"]').textContent()).toContain(`GPU（${ADAPTER}）在批大小为 32 的训练中内存不足`);
    expect(await page.locator('[data-testid="train-retry-batch"]').textContent()).toContain('以批大小 16 重新训练');
    await page.screenshot({ path: join(SHOTS, 'gpu-out-of-memory-zh.png') });
    await page.close();
  });
});
