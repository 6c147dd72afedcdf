/**
 * The editor in a real browser against `layerloom serve`: build LeNet-5 by hand, break and undo, open
 * ResNet-18, save and reopen, switch to Chinese; screenshots go to test-results/screenshots/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing } from './helpers/browser';
import { EditorPage } from './helpers/editorPage';
import type { Served } from './helpers/serve';
import { openServedApp, SHOTS, type ServedApp } from './helpers/servedApp';
const missing = chromiumMissing();

describe.skipIf(!!missing)('editor in the browser (layerloom serve)', () => {
  let app: ServedApp;
  let served: Served;
  let context: BrowserContext;
  let page: Page;
  let ed: EditorPage;
  let pageErrors: string[] = [];
  /** Requests the page made that the server did not have (the favicon was one). */
  const notFound: string[] = [];

  beforeAll(async () => {
    app = await openServedApp('layerloom-editor-e2e-', {
      beforeOpen: (p) => p.on('response', (r) => { if (r.status() === 404) notFound.push(r.url().replace(/\?.*/, '')); }),
    });
    ({ served, context, page, ed, pageErrors } = app);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('refuses requests without the token', async () => {
    for (const path of ['/', '/index.html', '/ws']) {
      const res = await fetch(`${served.origin}${path}`);
      expect([401, 403]).toContain(res.status);
    }
    const wrong = await fetch(`${served.origin}/?token=wrong`);
    expect([401, 403]).toContain(wrong.status);
  });

  it('builds LeNet-5 from an empty canvas by dragging and connecting, with its shapes and 61,706 parameters', async () => {
    const chain: [string, string][] = [
      ['Input', 'input_1'], ['Conv2D', 'conv2d_1'], ['MaxPool2D', 'max_pool2d_1'],
      ['Conv2D', 'conv2d_2'], ['MaxPool2D', 'max_pool2d_2'], ['Flatten', 'flatten_1'],
      ['Dense', 'dense_1'], ['Dense', 'dense_2'], ['Output', 'output_1'],
    ];
    for (const [i, [kind, id]] of chain.entries()) {
      const row = Math.floor(i / 3);
      const col = row % 2 === 0 ? i % 3 : 2 - (i % 3);
      await ed.dragBlock(kind, 150 + col * 290, 60 + row * 175);
      await expect.poll(() => ed.node(id).count()).toBe(1);
      if (i === 0) await expect.poll(() => page.locator('[data-testid="empty-state"]').count()).toBe(0);
      else {
        await ed.connect(chain[i - 1][1], id);
        await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(i);
      }
    }
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(8);

    await ed.setParam('conv2d_1', 'filters', 6);
    await ed.setParam('conv2d_1', 'kernel', 5);
    await ed.setParam('conv2d_2', 'filters', 16);
    await ed.setParam('conv2d_2', 'kernel', 5);
    await ed.setParam('conv2d_2', 'padding', 'valid');
    await ed.setParam('dense_1', 'units', 120);
    await ed.setParam('dense_2', 'units', 84);

    const expected: Record<string, string> = {
      input_1: '28×28×1', conv2d_1: '28×28×6', max_pool2d_1: '14×14×6', conv2d_2: '10×10×16',
      max_pool2d_2: '5×5×16', flatten_1: '400', dense_1: '120', dense_2: '84', output_1: '10',
    };
    for (const [id, shape] of Object.entries(expected)) expect(await ed.shapeOf(id)).toBe(shape);
    expect(await ed.totalParams()).toBe('61,706');
    // An edge carries its tensor shape.
    await expect.poll(() => page.locator('.react-flow__edge-text', { hasText: '5×5×16' }).count()).toBeGreaterThan(0);
    await page.locator('[data-testid="tab-problems"]').click();
    await expect.poll(() => page.locator('[data-testid="no-problems"]').count()).toBe(1);

    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await page.waitForTimeout(400);
    await page.locator('[data-testid="tab-summary"]').click();
    await ed.select('conv2d_2');
    await page.screenshot({ path: join(SHOTS, 'lenet5-en.png') });
    // Auto-layout is one undo step.
    const before = await ed.node('output_1').boundingBox();
    await page.locator('[data-testid="auto-layout"]').click();
    await expect.poll(async () => (await ed.node('output_1').boundingBox())?.x).not.toBe(before?.x);
    await page.screenshot({ path: join(SHOTS, 'lenet5-autolayout-en.png') });
    await page.keyboard.press('Control+z');
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await page.waitForTimeout(400);
    await expect.poll(async () => (await ed.node('output_1').boundingBox())?.x).toBe(before?.x);
  });

  it('refuses a second input to a block, saying why', async () => {
    const edges = await page.locator('.react-flow__edge').count();
    await ed.connect('dense_2', 'conv2d_1');
    await expect.poll(() => page.locator('[data-testid="toast"]').textContent()).toMatch(/already has its input/);
    expect(await page.locator('.react-flow__edge').count()).toBe(edges);
  });

  it('shows the error on the block when Dense follows a conv directly, and undo removes it', async () => {
    await ed.select('max_pool2d_2');
    await ed.select('flatten_1', true);
    await page.keyboard.press('Delete');
    await expect.poll(() => ed.node('flatten_1').count()).toBe(0);
    await ed.connect('conv2d_2', 'dense_1');
    const problem = ed.node('dense_1').locator('[data-testid="block-problem"]');
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(6);
    await expect.poll(() => problem.textContent()).toMatch(/Dense needs a flat vector input.*Flatten/);
    await page.locator('[data-testid="tab-problems"]').click();
    await expect.poll(() => page.locator('[data-testid="problem"]').count()).toBeGreaterThan(0);
    // Clicking the problem selects and shows its block.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.locator('[data-testid="problem"]').first().click();
    await expect.poll(() => page.locator('[data-testid="inspector"]').textContent()).toContain('dense_1');
    await page.screenshot({ path: join(SHOTS, 'lenet5-broken-en.png') });

    // The fix is one click away, on the block itself: Apply inserts a Flatten; one undo takes it out again.
    await ed.node('dense_1').locator('[data-testid="block-apply-fix"]').click();
    await expect.poll(() => problem.count()).toBe(0);
    expect(await page.locator('.react-flow__node[data-id^="flatten_"]').count()).toBe(1);
    expect(await ed.shapeOf('dense_1')).toBe('120');
    await page.keyboard.press('Control+z');
    await expect.poll(() => problem.count()).toBe(1);
    // … and in the Problems list.
    await page.locator('[data-testid="tab-problems"]').click();
    expect(await page.locator('[data-testid="problem"] [data-testid="apply-fix"]').count()).toBeGreaterThan(0);

    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => problem.count()).toBe(0);
    await expect.poll(() => ed.node('flatten_1').count()).toBe(1);
    expect(await ed.totalParams()).toBe('61,706');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => ed.node('flatten_1').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => ed.node('flatten_1').count()).toBe(1);
  });

  it('saves, reloads, and reopens the same graph', async () => {
    await expect.poll(() => page.locator('[data-testid="dirty-marker"]').count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="save"]').click()]);
    expect(download.suggestedFilename()).toMatch(/\.layerloom\.json$/);
    const savedPath = join(SHOTS, '..', 'lenet5.layerloom.json');
    await download.saveAs(savedPath);
    await expect.poll(() => page.locator('[data-testid="dirty-marker"]').count()).toBe(0);
    const saved = JSON.parse(readFileSync(savedPath, 'utf8'));
    expect(saved.format).toBe('layerloom/project');
    expect(saved.graph.nodes).toHaveLength(9);

    await page.reload();
    await page.waitForSelector('[data-testid="empty-state"]');
    // A file that is not a project: said in words, not JSON.parse's ("Unexpected token …").
    const notProject = join(SHOTS, '..', 'not-a-project.json');
    writeFileSync(notProject, 'name,size\ncat,3\n');
    const [wrong] = await Promise.all([page.waitForEvent('filechooser'), page.locator('[data-testid="open"]').click()]);
    await wrong.setFiles(notProject);
    const toast = page.locator('[data-testid="toast"]').last();
    await expect.poll(() => toast.textContent()).toContain('"not-a-project.json" is not a LayerLoom project. Open a .layerloom.json file');
    expect(await toast.textContent()).not.toMatch(/JSON|Unexpected token/);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('[data-testid="open"]').click()]);
    await chooser.setFiles(savedPath);
    await expect.poll(() => ed.node('conv2d_2').count()).toBe(1);
    expect(await ed.totalParams()).toBe('61,706');

    const [again] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    const againPath = join(SHOTS, '..', 'lenet5-again.layerloom.json');
    await again.saveAs(againPath);
    expect(JSON.parse(readFileSync(againPath, 'utf8')).graph).toEqual(saved.graph);
  });

  it('switches to Simplified Chinese', async () => {
    await page.locator('[data-testid="language"]').selectOption('zh');
    await expect.poll(() => page.locator('[data-testid="palette-Conv2D"]').textContent()).toContain('二维卷积');
    expect(await page.locator('[data-testid="tab-summary"]').textContent()).toBe('模型摘要');
    expect(await ed.node('conv2d_1').textContent()).toContain('输出');
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await expect.poll(() => page.locator('[data-testid="toast"]').count(), { timeout: 10_000 }).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'lenet5-zh.png') });
    await page.locator('[data-testid="theme"]').selectOption('dark');
    await ed.select('conv2d_1');
    await page.screenshot({ path: join(SHOTS, 'lenet5-zh-dark.png') });
    await page.locator('[data-testid="theme"]').selectOption('light');
    await page.locator('[data-testid="language"]').selectOption('en');
  });

  it('autosaves unsaved edits and offers to recover them on the next start, never while their window is open', async () => {
    await ed.setParam('dense_2', 'units', 100);
    expect(await ed.totalParams()).not.toBe('61,706');
    await expect.poll(() => page.locator('[data-testid="dirty-marker"]').count()).toBe(1);
    await page.waitForTimeout(4500); // autosave runs every 3 s
    // A second tab while the first is open: nothing "closed with unsaved changes".
    const second = await context.newPage();
    await second.goto(served.url);
    await second.waitForSelector('[data-testid="empty-state"]');
    await second.waitForTimeout(1500);
    expect(await second.locator('[data-testid="recovery"]').count()).toBe(0);
    // It makes unsaved edits of its own and closes without saving …
    await second.locator('[data-testid="templates"]').click();
    await second.locator('[data-testid="template-lenet5"]').click();
    await expect.poll(() => second.locator('.react-flow__node[data-id="f6"]').count()).toBe(1);
    const secondEd = new EditorPage(second);
    await secondEd.setParam('f6', 'units', 77);
    await second.waitForTimeout(4500);
    await second.close();
    // … so the next window offers the closed one's work (the first tab's is still open).
    const next = await context.newPage();
    await next.goto(served.url);
    const banner = next.locator('[data-testid="recovery"]');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/Recover unsaved work/);
    await banner.getByRole('button', { name: 'Recover' }).click();
    await expect.poll(() => next.locator('.react-flow__node[data-id="f6"]').count()).toBe(1);
    const nextEd = new EditorPage(next);
    await nextEd.select('f6');
    expect(await next.locator('[data-testid="inspector"] [data-testid="param-units"]').inputValue()).toBe('77');
    await next.close();
    await page.bringToFront();
    await page.keyboard.press('Control+z');
    expect(await ed.totalParams()).toBe('61,706');
  });

  it('moves a multi-selection as one undo step, copies and pastes, inserts onto a connection, selects all', async () => {
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await page.waitForTimeout(400);
    await ed.select('conv2d_1');
    await ed.select('max_pool2d_1', true);
    const a0 = (await ed.node('conv2d_1').boundingBox())!;
    const b0 = (await ed.node('max_pool2d_1').boundingBox())!;
    const head = (await ed.node('conv2d_1').locator('[data-part="title"]').boundingBox())!;
    await page.mouse.move(head.x + 5, head.y + 5);
    await page.mouse.down();
    await page.mouse.move(head.x + 25, head.y + 45, { steps: 8 });
    await page.mouse.up();
    const a1 = (await ed.node('conv2d_1').boundingBox())!;
    const b1 = (await ed.node('max_pool2d_1').boundingBox())!;
    expect(a1.y - a0.y).toBeGreaterThan(20);
    expect(Math.round(b1.y - b0.y)).toBe(Math.round(a1.y - a0.y));
    await page.keyboard.press('Control+z');
    await expect.poll(async () => Math.round((await ed.node('max_pool2d_1').boundingBox())!.y)).toBe(Math.round(b0.y));
    expect(Math.round((await ed.node('conv2d_1').boundingBox())!.y)).toBe(Math.round(a0.y));

    const edges = await page.locator('.react-flow__edge').count();
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect.poll(() => ed.node('conv2d_3').count()).toBe(1);
    expect(await ed.node('max_pool2d_3').count()).toBe(1);
    expect(await page.locator('.react-flow__edge').count()).toBe(edges + 1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => ed.node('conv2d_3').count()).toBe(0);

    // Dropping a block onto a connection inserts it there (one undo step).
    const label = (await page.locator('[data-testid="rf__edge-dense_1__dense_2"] .react-flow__edge-textwrapper').boundingBox())!;
    const canvas = (await page.locator('[data-testid="canvas"]').boundingBox())!;
    await ed.dragBlock('Dropout', label.x + label.width / 2 - canvas.x, label.y + label.height / 2 - canvas.y);
    await expect.poll(() => page.locator('[data-testid="rf__edge-dropout_1__dense_2"]').count()).toBe(1);
    expect(await page.locator('[data-testid="rf__edge-dense_1__dropout_1"]').count()).toBe(1);
    expect(await page.locator('[data-testid="rf__edge-dense_1__dense_2"]').count()).toBe(0);
    expect(await ed.shapeOf('dropout_1')).toBe('120');
    expect(await ed.totalParams()).toBe('61,706');
    await page.keyboard.press('Control+z');
    await expect.poll(() => ed.node('dropout_1').count()).toBe(0);
    expect(await page.locator('[data-testid="rf__edge-dense_1__dense_2"]').count()).toBe(1);

    await page.keyboard.press('Control+a');
    await expect.poll(() => page.locator('[data-testid="inspector"]').textContent()).toContain('9 blocks selected');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="inspector"]').textContent()).toContain('Select a block');
    expect(await ed.totalParams()).toBe('61,706');
  });

  it('opens the ResNet-18 template laid out, with 11,689,512 trainable parameters', async () => {
    await page.locator('[data-testid="templates"]').click();
    await page.locator('[data-testid="templates-gallery"]').waitFor();
    await page.screenshot({ path: join(SHOTS, 'templates-en.png') });
    expect(await page.locator('[data-testid="template-resnet18"]').textContent()).toContain('11.7 M');
    await page.locator('[data-testid="template-resnet18"]').click();
    // Trainable parameters as torchvision counts them; the total adds BatchNorm's running statistics.
    await expect.poll(() => page.locator('[data-testid="trainable-params"]').textContent()).toBe('11,689,512');
    expect(await ed.totalParams()).toBe('11,699,112');
    expect(await page.locator('.react-flow__node').count()).toBe(64); // including the stem's ZeroPadding2D before the max pool
    await page.locator('[data-testid="tab-problems"]').click();
    await expect.poll(() => page.locator('[data-testid="no-problems"]').count()).toBe(1);
    await page.locator('[data-testid="tab-summary"]').click();
    // Undo brings LeNet back (opening a template is one undo step), redo reopens ResNet-18.
    await page.keyboard.press('Control+z');
    await expect.poll(() => ed.totalParams()).toBe('61,706');
    await page.keyboard.press('Control+y');
    await expect.poll(() => ed.totalParams()).toBe('11,699,112');
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SHOTS, 'resnet18-en.png') });
    await page.locator('[data-testid="language"]').selectOption('zh');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'resnet18-zh.png') });
    // A summary row shows its block: the first downsampling shortcut, up close.
    await page.locator('[data-testid="summary"] tr', { has: page.locator('td:first-child', { hasText: /^layer2_0_add$/ }) }).click();
    await expect.poll(() => page.locator('[data-testid="inspector"]').textContent()).toContain('layer2_0_add');
    // The Add shows the projection it puts on its shortcut (torchvision's downsample), in the UI's language.
    expect(await ed.node('layer2_0_add').locator('[data-testid="block-projections"]').textContent()).toMatch(/输入 \d：1×1 步幅 2，64→128 \+ 批归一化/);
    expect(await ed.node('layer1_0_add').locator('[data-testid="block-projections"]').count()).toBe(0);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SHOTS, 'resnet18-detail-zh.png') });
    await page.locator('[data-testid="language"]').selectOption('en');
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SHOTS, 'resnet18-detail-en.png') });
    expect(await ed.node('layer2_0_add').locator('[data-testid="block-projections"]').textContent()).toMatch(/input \d: 1×1 s2, 64→128 \+ BN/);
  });

  it('keeps every block\'s cells inside its card, near and far, in English and Chinese', async () => {
    // ResNet-18 (open from the previous test) has every kind of cell: titles, chips, 7×7×512 shapes, M params, 435×435 fields.
    expect(await page.locator('.react-flow__node').count()).toBe(64);
    for (const lang of ['en', 'zh'] as const) {
      await page.locator('[data-testid="language"]').selectOption(lang);
      await page.locator('[data-testid="fit-view"]').click();
      await page.waitForTimeout(500);
      const far = await ed.cellsOutsideCards();
      expect(far.lod).toBe('far');
      expect(far.cells).toBe(3 * 64);
      expect(far.outside, lang).toEqual([]);
      await page.locator('[data-testid="zoom-level"]').click(); // 100%
      await page.waitForTimeout(400);
      const near = await ed.cellsOutsideCards();
      expect(near.lod).toBe('near');
      expect(near.cells).toBeGreaterThan(4 * 64);
      expect(near.outside, lang).toEqual([]);
    }
    await page.locator('[data-testid="language"]').selectOption('en');
  });

  it('raised no page errors and asked for nothing missing (the favicon is the app icon)', async () => {
    expect(pageErrors).toEqual([]);
    expect(notFound).toEqual([]);
    const icon = await page.evaluate(() => (document.querySelector('link[rel="icon"]') as HTMLLinkElement | null)?.href ?? '');
    expect(icon).toMatch(/\/assets\/icon-[\w-]+\.svg$/);
    expect((await page.request.get(icon)).headers()['content-type']).toBe('image/svg+xml');
  });
});
