/** Drives the Train workspace like a person, and measures the page while it trains. */
import type { Page } from 'playwright-core';

export interface FrameStats {
  readonly frames: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** Frames a 60 Hz display would have shown but the page did not paint (a 50 ms gap = 2 dropped). */
  readonly dropped: number;
  readonly seconds: number;
  /** Main-thread tasks over 50 ms in the page (PerformanceObserver 'longtask'): the page's own work, as opposed to a starved CPU. */
  readonly longTasks: number;
  readonly longTaskMs: number;
}

export function describeFrames(f: FrameStats): string {
  const pct = (100 * f.dropped) / Math.max(1, f.dropped + f.frames);
  return `${f.frames} frames in ${f.seconds.toFixed(1)} s, median ${f.medianMs.toFixed(1)} ms, p95 ${f.p95Ms.toFixed(1)} ms, max ${f.maxMs.toFixed(0)} ms, `
    + `dropped ${f.dropped} (${pct.toFixed(1)}%), long tasks ${f.longTasks} (${f.longTaskMs.toFixed(0)} ms)`;
}

export class TrainPage {
  constructor(readonly page: Page) {}

  testId(id: string) {
    return this.page.locator(`[data-testid="${id}"]`);
  }

  async status(): Promise<string> {
    return (await this.testId('run-bar').getAttribute('data-status')) ?? '';
  }

  /** Batches the curves have folded (0 when the curves are not shown); reads at once, never waits. */
  async batches(): Promise<number> {
    return this.page.evaluate(() => Number(document.querySelector('[data-testid="curves"]')?.getAttribute('data-batches') ?? 0));
  }

  /** An element's text now ('' when absent), without waiting for it to appear. */
  async textNow(testId: string): Promise<string> {
    return this.page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '', testId);
  }

  async waitStatus(status: string | readonly string[], timeoutMs = 90_000): Promise<string> {
    const want = typeof status === 'string' ? [status] : status;
    await this.page.waitForFunction((w) => w.includes(document.querySelector('[data-testid="run-bar"]')?.getAttribute('data-status') ?? ''), want, { timeout: timeoutMs, polling: 100 });
    return this.status();
  }

  /**
   * How much of the room the workspace gives the network (the canvas's area) it fills along its fuller side
   * (1 = edge to edge): ~0.94 when the canvas fills its area and the view is fitted.
   */
  async networkFill(): Promise<number> {
    return this.page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="canvas"]')!;
      const c = (canvas.closest('.ll-canvas-area') ?? canvas).getBoundingClientRect();
      const ns = [...document.querySelectorAll('.react-flow__node')].map((n) => n.getBoundingClientRect());
      if (!ns.length) return 0;
      const w = Math.max(...ns.map((r) => r.right)) - Math.min(...ns.map((r) => r.left));
      const h = Math.max(...ns.map((r) => r.bottom)) - Math.min(...ns.map((r) => r.top));
      return Math.max(w / c.width, h / c.height);
    });
  }

  /** Counts the page's long tasks (PerformanceObserver 'longtask', over 50 ms wall) until {@link stopLongTaskProbe}. */
  async startLongTaskProbe(): Promise<void> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __lt: number[]; __ltStart: number; __ltObs?: PerformanceObserver };
      w.__lt = [];
      w.__ltStart = performance.now();
      w.__ltObs?.disconnect();
      w.__ltObs = new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__lt.push(e.duration); });
      w.__ltObs.observe({ type: 'longtask' });
    });
  }

  async stopLongTaskProbe(): Promise<{ count: number; totalMs: number; maxMs: number; seconds: number }> {
    return this.page.evaluate(() => {
      const w = window as unknown as { __lt: number[]; __ltStart: number; __ltObs?: PerformanceObserver };
      w.__ltObs?.disconnect();
      return { count: w.__lt.length, totalMs: w.__lt.reduce((a, b) => a + b, 0), maxMs: Math.max(0, ...w.__lt), seconds: (performance.now() - w.__ltStart) / 1000 };
    });
  }

  /** Records requestAnimationFrame deltas in the page until {@link stopFrameProbe}. */
  async startFrameProbe(): Promise<void> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __probe: boolean; __probeStart: number; __long: number[]; __obs?: PerformanceObserver };
      w.__frames = [];
      w.__long = [];
      w.__obs?.disconnect();
      w.__obs = new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__long.push(e.duration); });
      w.__obs.observe({ type: 'longtask' });
      w.__probe = true;
      w.__probeStart = performance.now();
      let last = performance.now();
      const tick = (t: number) => {
        w.__frames.push(t - last);
        last = t;
        if (w.__probe) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  }

  async stopFrameProbe(): Promise<FrameStats> {
    const { deltas, seconds, long } = await this.page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __probe: boolean; __probeStart: number; __long: number[]; __obs?: PerformanceObserver };
      w.__probe = false;
      w.__obs?.disconnect();
      return { deltas: w.__frames.slice(1), seconds: (performance.now() - w.__probeStart) / 1000, long: w.__long };
    });
    const sorted = [...deltas].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
    const frame = 1000 / 60;
    const dropped = deltas.reduce((n, d) => n + Math.max(0, Math.round(d / frame) - 1), 0);
    return {
      frames: deltas.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: sorted[sorted.length - 1] ?? NaN, dropped, seconds,
      longTasks: long.length, longTaskMs: long.reduce((a, b) => a + b, 0),
    };
  }

  /** Points of one line of a chart (the SVG path's M, L and C commands: one per data point). */
  async linePoints(chartId: string, lineIndex = 0): Promise<number> {
    const d = await this.page.locator(`[data-testid="chart-${chartId}"] path.ll-chart-line`).nth(lineIndex).getAttribute('d');
    return d ? (d.match(/[MLC]/g) ?? []).length : 0;
  }

  /** How many canvases under `selector` show more than one colour (not blank). */
  async nonBlankCanvases(selector: string): Promise<{ total: number; nonBlank: number }> {
    return this.page.evaluate((sel) => {
      const canvases = [...document.querySelectorAll(sel)] as HTMLCanvasElement[];
      let nonBlank = 0;
      for (const c of canvases) {
        const ctx = c.getContext('2d');
        if (!ctx || !c.width || !c.height) continue;
        const px = ctx.getImageData(0, 0, c.width, c.height).data;
        let differs = false;
        for (let i = 4; i < px.length && !differs; i += 4) {
          if (px[i] !== px[0] || px[i + 1] !== px[1] || px[i + 2] !== px[2]) differs = true;
        }
        if (differs) nonBlank += 1;
      }
      return { total: canvases.length, nonBlank };
    }, selector);
  }
}
