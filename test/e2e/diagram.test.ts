/**
 * Diagrams and comparisons in a real browser. The diagram the app saves is rendered in Chromium and held
 * against the canvas block by block: the same blocks at the same places and sizes, the same words, the title
 * and the numbers where the screen has them; `layerloom diagram`'s own card sizes match the screen's too.
 * The Compare view colours what an edit changed. Screenshots: test-results/screenshots/diagram-*.png, compare-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/graph/analyze';
import { writeDiagramSvg } from '../../src/diagram/index';
import { getTemplate } from '../../src/graph/templates/index';
import { chromiumMissing } from './helpers/browser';
import { openServedApp, SHOTS, type ServedApp } from './helpers/servedApp';
const missing = chromiumMissing();
if (missing) console.warn(`diagram e2e skipped: ${missing}`);

interface Face { id: string; x: number; y: number; w: number; h: number; title: string; chips: string[]; stats: string[]; titleAt: [number, number]; statAt: [number, number] }

/** The canvas's blocks in document coordinates (undoing the viewport's pan and zoom), with their words. */
async function screenBlocks(page: Page): Promise<Face[]> {
  return page.evaluate(() => {
    const vp = document.querySelector('.react-flow__viewport') as HTMLElement;
    const m = new DOMMatrixReadOnly(getComputedStyle(vp).transform);
    const pane = vp.parentElement!.getBoundingClientRect();
    const k = m.a;
    const doc = (r: DOMRect) => ({ x: (r.left - pane.left - m.e) / k, y: (r.top - pane.top - m.f) / k, w: r.width / k, h: r.height / k });
    return [...document.querySelectorAll('.react-flow__node')].map((n) => {
      const card = doc(n.querySelector('[data-testid="block-card"]')!.getBoundingClientRect());
      const title = doc(n.querySelector('[data-part="title"]')!.getBoundingClientRect());
      const stat = doc(n.querySelector('[data-part="stats"] dd')!.getBoundingClientRect());
      return {
        id: n.getAttribute('data-id')!, ...card,
        title: n.querySelector('[data-part="title"]')!.textContent!,
        chips: [...n.querySelectorAll('[data-part="chips"] [data-cell]')].map((c) => c.textContent!),
        stats: [...n.querySelectorAll('[data-part="stats"] dd')].map((c) => c.textContent!),
        titleAt: [title.x - card.x, title.y + title.h / 2 - card.y] as [number, number],
        statAt: [stat.x - card.x, stat.y + stat.h / 2 - card.y] as [number, number],
      };
    });
  });
}

/** The same from an SVG rendered by Chromium (document coordinates: the SVG's viewBox is in them). */
async function svgBlocks(page: Page, svg: string): Promise<(Face & { overflow: string[] })[]> {
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  return page.evaluate(() => [...document.querySelectorAll('g.block')].map((g) => {
    const rect = g.querySelector('rect[rx="8"]') as SVGRectElement;
    const t = (g.getAttribute('transform') ?? '').match(/translate\(([-\d.]+),([-\d.]+)\)/)!;
    const [x, y] = [Number(t[1]), Number(t[2])];
    const texts = (role: string) => [...g.querySelectorAll(`text[data-role="${role}"]`)] as SVGTextElement[];
    const box = (el: SVGGraphicsElement) => el.getBBox();
    const w = rect.width.baseVal.value + 1;
    const h = rect.height.baseVal.value + 1;
    const title = box(texts('title')[0]);
    const stat = box(texts('statValue')[0]);
    const all = [...g.querySelectorAll('text')] as SVGTextElement[];
    return {
      id: g.getAttribute('data-id')!, x, y, w, h,
      title: texts('title')[0].textContent!, chips: texts('chip').map((c) => c.textContent!), stats: texts('statValue').map((c) => c.textContent!),
      titleAt: [title.x, title.y + title.height / 2] as [number, number], statAt: [stat.x, stat.y + stat.height / 2] as [number, number],
      overflow: all.filter((el) => { const b = box(el); return el.getAttribute('data-role') !== 'badge' && (b.x < 0 || b.x + b.width > w + 0.5); }).map((el) => el.textContent!),
    };
  }));
}

describe.skipIf(!!missing)('diagrams and comparisons in the browser (layerloom serve)', () => {
  let app: ServedApp;
  let page: Page;

  beforeAll(async () => {
    app = await openServedApp('layerloom-diagram-e2e-');
    ({ page } = app);
    await page.locator('[data-testid="lessons-button"]').click();
    // The residual lesson: a network with branches, chips, BatchNorms and (as opened) an error on a block.
    await page.locator('[data-testid="lesson-residual"]').click();
    await page.locator('[data-testid="lesson-card"]').waitFor();
    await page.locator('[data-testid="lesson-close"]').click();
    // Near enough that the cards show everything (not the far level of detail).
    await page.locator('[data-testid="summary"] tr', { hasText: 'conv1' }).first().click();
    await page.waitForFunction(() => document.querySelectorAll('.ll-canvas.far').length === 0);
  });

  // A failed step must not leave a dialog over the page for the next one.
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await page.screenshot({ path: join(SHOTS, `diagram-failed-${ctx.task.name.slice(0, 24).replace(/\W+/g, '-')}.png`) }).catch(() => undefined);
    while (await page.locator('.ll-modal-backdrop').count()) await page.keyboard.press('Escape');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('saves an SVG that Chromium renders like the canvas: same blocks, places, sizes and words', async () => {
    await page.screenshot({ path: join(SHOTS, 'diagram-canvas-residual.png') });
    const screen = await screenBlocks(page);
    await page.locator('[data-testid="diagram-button"]').click();
    await page.locator('[data-testid="diagram-preview"]').waitFor();
    await page.screenshot({ path: join(SHOTS, 'diagram-dialog.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="diagram-save-svg"]').click()]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    const other = await app.browser.newPage({ viewport: { width: 1400, height: 2400 } });
    try {
      const drawn = await svgBlocks(other, svg);
      await other.screenshot({ path: join(SHOTS, 'diagram-svg-in-chromium.png'), fullPage: true });
      expect(drawn.map((b) => b.id).sort()).toEqual(screen.map((b) => b.id).sort());
      for (const s of screen) {
        const d = drawn.find((b) => b.id === s.id)!;
        expect(Math.abs(d.x - s.x), `${s.id} x`).toBeLessThan(1);
        expect(Math.abs(d.y - s.y), `${s.id} y`).toBeLessThan(1);
        expect(Math.abs(d.w - s.w), `${s.id} width`).toBeLessThan(1.5);
        expect(Math.abs(d.h - s.h), `${s.id} height`).toBeLessThan(1.5);
        expect(d.title, `${s.id} title`).toBe(s.title);
        expect(d.chips, `${s.id} chips`).toEqual(s.chips);
        expect(d.stats.map((v) => v.replace('…', '')), `${s.id} numbers`).toEqual(s.stats);
        // The words sit where the screen has them (a few pixels for font metrics), and inside the card.
        expect(Math.abs(d.titleAt[0] - s.titleAt[0]), `${s.id} title x`).toBeLessThan(3);
        expect(Math.abs(d.titleAt[1] - s.titleAt[1]), `${s.id} title y`).toBeLessThan(3);
        expect(Math.abs(d.statAt[0] - s.statAt[0]), `${s.id} number x`).toBeLessThan(3);
        expect(Math.abs(d.statAt[1] - s.statAt[1]), `${s.id} number y`).toBeLessThan(4);
        expect(d.overflow, `${s.id} text outside the card`).toEqual([]);
      }
    } finally {
      await other.close();
    }
    await page.keyboard.press('Escape');
  });

  it('the command line draws LeNet-5\'s and ResNet-20\'s cards as large as the canvas does', async () => {
    for (const name of ['lenet5', 'resnet20']) {
      await page.locator('[data-testid="templates"]').click();
      await page.locator(`[data-testid="template-${name}"]`).click();
      await page.locator('[data-testid="summary"] tr').nth(2).click();
      await expect.poll(() => page.locator('.ll-canvas.far').count()).toBe(0);
      const screen = await screenBlocks(page);
      const graph = getTemplate(name)!.build();
      const cli = writeDiagramSvg(graph, analyze(graph));
      for (const s of screen) {
        const b = cli.blocks.find((x) => x.id === s.id)!;
        expect(Math.abs(b.height - s.h), `${name} ${s.id} height (cli ${b.height}, screen ${s.h.toFixed(1)})`).toBeLessThan(4);
        expect(Math.abs(b.width - s.w), `${name} ${s.id} width`).toBeLessThan(1.5);
      }
    }
  });

  it('exports a PNG at print resolution from the app', async () => {
    await page.locator('[data-testid="templates"]').click();
    await page.locator('[data-testid="template-lenet5"]').click();
    await page.locator('[data-testid="diagram-button"]').click();
    await page.locator('[data-testid="diagram-dpi"]').selectOption('300');
    await page.locator('[data-testid="diagram-theme"]').selectOption('dark');
    await page.locator('[data-testid="diagram-lang"]').selectOption('zh');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="diagram-save-png"]').click()]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const sharp = (await import('sharp')).default;
    const meta = await sharp(png).metadata();
    expect(meta.density).toBe(300);
    // The same diagram as SVG (in CSS pixels, 96 per inch): the PNG is it at 300 dpi.
    const [asSvg] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="diagram-save-svg"]').click()]);
    const svg = readFileSync((await asSvg.path())!, 'utf8');
    const size = (attr: string) => Number(svg.match(new RegExp(`<svg[^>]*\\s${attr}="([\\d.]+)`))![1]);
    expect(Math.abs(meta.width! - size('width') * 300 / 96)).toBeLessThanOrEqual(1);
    expect(Math.abs(meta.height! - size('height') * 300 / 96)).toBeLessThanOrEqual(1);
    expect(meta.height).toBeGreaterThan(1500);
    await page.keyboard.press('Escape');
  });

  it('compares LeNet-5 before and after an edit, and against AlexNet, with the changes coloured', async () => {
    await page.locator('[data-testid="templates"]').click();
    await page.locator('[data-testid="template-lenet5"]').click();
    await page.locator('[data-testid="summary"] tr', { hasText: 'c1' }).first().click();
    await page.locator('[data-testid="inspector"] [data-testid="param-filters"]').fill('12');
    await page.locator('[data-testid="compare-button"]').click();
    const dialog = page.locator('[data-testid="compare-dialog"]');
    await dialog.waitFor();
    await page.locator('[data-testid="compare-source"]').selectOption('start');
    const row = (id: string) => dialog.locator('[data-testid="compare-table"] tr', { has: page.locator(`td:text-is("${id}")`) }).first();
    await expect.poll(() => row('c1').getAttribute('data-status')).toBe('changed');
    expect(await row('c1').textContent()).toContain('filters 6→12');
    expect(await row('c1').textContent()).toContain('156 → 312');
    expect(await row('c3').getAttribute('data-status')).toBe('affected');
    expect(await dialog.locator('[data-testid="compare-summary"]').textContent()).toContain('1 changed');
    await page.screenshot({ path: join(SHOTS, 'compare-lenet-edit.png') });
    await page.locator('[data-testid="compare-source"]').selectOption('template:alexnet');
    // A is the reference (AlexNet), B the canvas (LeNet-5): AlexNet's extra layers are the removed ones.
    await expect.poll(() => dialog.locator('tr[data-status="removed"]').count()).toBeGreaterThan(3);
    // Both networks are drawn, each with its marks.
    for (const side of ['compare-a', 'compare-b']) {
      await expect.poll(() => dialog.locator(`[data-testid="${side}"]`).evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(200);
    }
    await page.screenshot({ path: join(SHOTS, 'compare-lenet-alexnet.png') });
    await page.keyboard.press('Escape');
  });
});
