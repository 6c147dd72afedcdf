/**
 * Large-graph frame times: ResNet-50 (~170 blocks) open in the editor in chromium, served by
 * `layerloom serve`; frame times from requestAnimationFrame deltas while panning, zooming and dragging
 * a block. Run: npx tsx test/bench/canvasBench.ts [--json] [--seconds N]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { newProject, serializeProject } from '../../src/graph/projectFile';
import { getTemplate } from '../../src/graph/templates/index';
import { launchChromium } from '../e2e/helpers/browser';
import { ensureRendererBuilt, startServe } from '../e2e/helpers/serve';

const FRAME_MS = 1000 / 60;
const ZOOM = "Number((/scale\\(([\\d.]+)\\)/.exec(document.querySelector('.react-flow__viewport').style.transform) || [0, 0])[1])";
const json = process.argv.includes('--json');
const secondsArg = process.argv.indexOf('--seconds');
const SECONDS = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 3;

interface Stats { phase: string; frames: number; medianMs: number; p95Ms: number; maxMs: number; dropped: number; droppedPct: number }

function stats(phase: string, deltas: number[]): Stats {
  const sorted = [...deltas].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  const dropped = deltas.reduce((n, d) => n + Math.max(0, Math.round(d / FRAME_MS) - 1), 0);
  const expected = deltas.length + dropped;
  return {
    phase, frames: deltas.length, medianMs: +q(0.5).toFixed(1), p95Ms: +q(0.95).toFixed(1), maxMs: +(sorted.at(-1) ?? 0).toFixed(1),
    dropped, droppedPct: +(100 * dropped / Math.max(1, expected)).toFixed(1),
  };
}

async function measure(page: Page, phase: string, act: () => Promise<void>): Promise<Stats> {
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  await page.evaluate(`(() => {
    window.__frames = [];
    if (window.__rafOn) return;
    window.__rafOn = true;
    const tick = (t) => { window.__frames.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  await act();
  const times = await page.evaluate('window.__frames.slice()') as number[];
  const deltas = times.slice(1).map((t, i) => t - times[i]);
  return stats(phase, deltas);
}

async function main(): Promise<void> {
  ensureRendererBuilt();
  const served = await startServe();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(served.url);
    await page.waitForSelector('[data-testid="empty-state"]');
    const graph = getTemplate('resnet50')!.build();
    const file = join(mkdtempSync(join(tmpdir(), 'layerloom-bench-')), 'resnet50.layerloom.json');
    writeFileSync(file, serializeProject(newProject(graph, { name: 'ResNet-50' })));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('[data-testid="open"]').click()]);
    const opened = Date.now();
    await chooser.setFiles(file);
    await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length >= n * 0.2, graph.nodes.length);
    const openMs = Date.now() - opened;
    await page.waitForTimeout(1000);

    const pane = await page.locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('no canvas');
    const cx = pane.x + pane.width / 2;
    const cy = pane.y + pane.height / 2;
    const steps = SECONDS * 60;
    const results: Stats[] = [];
    // Zoom so that a good part of the network is on screen (a typical working view).
    await page.mouse.move(cx, cy);
    for (let i = 0; i < 6; i++) { await page.mouse.wheel(0, -120); await page.waitForTimeout(30); }
    await page.waitForTimeout(500);
    const visible = await page.locator('.react-flow__node').count();
    const zoom = await page.evaluate(ZOOM) as number;

    const pan = () => measure(page, `pan (zoom ${zoomNow.toFixed(2)})`, async () => {
      await page.mouse.move(cx - 200, cy);
      await page.mouse.down();
      for (let i = 0; i < steps; i++) await page.mouse.move(cx - 200 + 400 * Math.sin(i / 30), cy + 250 * Math.sin(i / 45));
      await page.mouse.up();
    });
    const drag = async () => {
      const count = await page.locator('.react-flow__node').count();
      let box = null;
      for (let i = Math.floor(count / 2); i < count && !box; i++) {
        const b = await page.locator('.react-flow__node [data-testid="block-card"]').nth(i).boundingBox();
        if (b && b.x > pane.x + 50 && b.y > pane.y + 50 && b.x + b.width < pane.x + pane.width - 50 && b.y + b.height < pane.y + pane.height - 50) box = b;
      }
      if (!box) throw new Error('no block inside the view to drag');
      const x0 = box.x + box.width / 2;
      const y0 = box.y + Math.min(12, box.height / 4);
      return measure(page, `drag block (zoom ${zoomNow.toFixed(2)})`, async () => {
        await page.mouse.move(x0, y0);
        await page.mouse.down();
        for (let i = 0; i < steps; i++) await page.mouse.move(x0 + 200 * Math.sin(i / 25), y0 + 120 * Math.sin(i / 35));
        await page.mouse.up();
      });
    };
    let zoomNow = zoom;
    results.push(await pan());
    results.push(await drag());
    results.push(await measure(page, 'zoom (wheel, 0.3–1.4)', async () => {
      await page.mouse.move(cx, cy);
      for (let i = 0; i < steps; i++) await page.mouse.wheel(0, (Math.floor(i / 20) % 2 === 0 ? 1 : -1) * 40);
    }));
    // Close up: blocks show every detail.
    await page.locator('[data-testid="fit-view"]').click();
    await page.waitForTimeout(500);
    await page.mouse.move(cx, cy);
    for (let i = 0; i < 10; i++) { await page.mouse.wheel(0, -120); await page.waitForTimeout(30); }
    await page.waitForTimeout(500);
    zoomNow = await page.evaluate(ZOOM) as number;
    results.push(await pan());
    results.push(await drag());
    results.push(await measure(page, 'idle', () => page.waitForTimeout(1000)));
    const undoSteps = await page.locator('[data-testid="undo"]').isEnabled();

    if (json) {
      console.log(JSON.stringify({ blocks: graph.nodes.length, edges: graph.edges.length, renderedNodes: visible, zoom, openMs, dragUndoable: undoSteps, results }));
    } else {
      console.log(`ResNet-50: ${graph.nodes.length} blocks, ${graph.edges.length} connections; ${visible} rendered; working view at zoom ${zoom.toFixed(2)}; opened in ${openMs} ms`);
      console.log(`${'phase'.padEnd(26)} frames  median ms  p95 ms  max ms  dropped`);
      for (const r of results) {
        console.log(`${r.phase.padEnd(26)} ${String(r.frames).padStart(6)} ${String(r.medianMs).padStart(10)} ${String(r.p95Ms).padStart(7)} ${String(r.maxMs).padStart(7)}  ${r.dropped} (${r.droppedPct}%)`);
      }
      console.log('(headless chromium, software rendering (--disable-gpu); a frame is 16.7 ms at 60 Hz)');
    }
  } finally {
    await browser.close();
    await served.stop();
  }
}

await main();
