/**
 * The data panel with a real folder (against `layerloom serve` in chromium): colour photos of mixed sizes
 * and a LeNet-5 that reads 28×28×1. The panel must say loudly that colour and detail are thrown away,
 * propose an Input from the folder (its median size, 3 channels), fix it in one click, and say it in
 * Chinese too. Screenshots: test-results/screenshots/data-fit-*.png.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, launchChromium } from './helpers/browser';
import { ensureRendererBuilt, ROOT, startServe, type Served } from './helpers/serve';
import { TrainPage } from './helpers/trainPage';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
const missing = chromiumMissing();
if (missing) console.warn(`data panel e2e skipped: ${missing}`);

async function photos(root: string): Promise<void> {
  const sizes = [[120, 90], [100, 140], [96, 96], [160, 120], [90, 60], [110, 100]];
  for (const [cls, tint] of [['apples', [230, 40, 40]], ['limes', [60, 200, 40]]] as const) {
    mkdirSync(join(root, cls), { recursive: true });
    for (const [i, [w, h]] of sizes.entries()) {
      const raw = Buffer.alloc(w * h * 3);
      for (let p = 0; p < w * h; p++) {
        const shade = 0.6 + (0.4 * (p % w)) / w;
        for (let c = 0; c < 3; c++) raw[3 * p + c] = Math.round(tint[c] * shade);
      }
      await sharp(raw, { raw: { width: w, height: h, channels: 3 } }).jpeg().toFile(join(root, cls, `${i}.jpg`));
    }
  }
}

describe.skipIf(!!missing)('the data panel fits the model to a folder of photos', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  let tp: TrainPage;
  let dir: string;

  beforeAll(async () => {
    ensureRendererBuilt();
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'layerloom-data-e2e-'));
    await photos(join(dir, 'fruit'));
    served = await startServe({ cwd: dir });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    page = await context.newPage();
    tp = new TrainPage(page);
    await page.goto(served.url);
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('warns that colour and detail are thrown away, fixes the Input in one click, in English and Chinese', async () => {
    await tp.testId('templates').click();
    await tp.testId('template-lenet5').click();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBeGreaterThan(5);
    await tp.testId('mode-train').click();
    await tp.testId('data-source-folder').click();
    await tp.testId('data-folder').fill(join(dir, 'fruit'));
    await tp.testId('data-folder').press('Enter');
    await tp.testId('data-notice-colourDropped').waitFor({ timeout: 30_000 });
    expect(await tp.testId('data-notice-colourDropped').textContent()).toMatch(/in colour, but the Input block takes 1 channel: their colour is thrown away/);
    expect(await tp.testId('data-notice-resolutionDropped').textContent()).toMatch(/105×98 pixels \(median\) but are fed at 28×28×1/);
    expect(await tp.testId('data-images').textContent()).toMatch(/6 sizes, median 105×98 pixels · colour · suggested Input 98×105×3/);
    expect(await tp.testId('data-mismatch').textContent()).toMatch(/The Input block takes 28×28×1 images; the data is 98×105×3/);
    await page.screenshot({ path: join(SHOTS, 'data-fit-warning-en.png') });

    await tp.testId('language').selectOption('zh');
    await expect.poll(() => tp.testId('data-notice-colourDropped').textContent()).toMatch(/图像是彩色的，但输入块只接收 1 个通道/);
    await page.screenshot({ path: join(SHOTS, 'data-fit-warning-zh.png') });
    await tp.testId('language').selectOption('en');

    await tp.testId('data-fix').click();
    await expect.poll(() => tp.testId('data-mismatch').count(), { timeout: 30_000 }).toBe(0);
    expect(await tp.testId('data-info').textContent()).toMatch(/Fed to the model as 98×105×3/);
    await page.screenshot({ path: join(SHOTS, 'data-fit-fixed-en.png') });
  });
});
