/**
 * The page's main-thread tasks from a Chrome trace, with their CPU time beside their wall time. On a
 * loaded machine a task's wall time grows while the page waits for a core (the training engine uses
 * them); its thread CPU time is the page's own work, so that is what a "no task over 50 ms" check reads.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface MainThreadTask {
  readonly wallMs: number;
  readonly cpuMs: number;
  /** What took the time, largest first ("FireAnimationFrame 31 ms, Layout 4 ms"). */
  readonly what: string;
}

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string; data?: { functionName?: string; type?: string } } }

export class MainThreadTrace {
  private events: TraceEvent[] = [];
  private cdp: CDPSession | null = null;

  constructor(private readonly page: Page) {}

  async start(): Promise<void> {
    this.events = [];
    this.cdp = await this.page.context().newCDPSession(this.page);
    this.cdp.on('event', (m: { method: string; params?: object }) => {
      if (m.method === 'Tracing.dataCollected') this.events.push(...(m.params as { value: TraceEvent[] }).value);
    });
    await this.cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  }

  /** Tasks of the page's main thread longer than `minWallMs` (wall clock), longest CPU first. */
  async stop(minWallMs = 50): Promise<MainThreadTask[]> {
    const cdp = this.cdp!;
    const done = new Promise<void>((resolve) => cdp.on('event', (m: { method: string }) => { if (m.method === 'Tracing.tracingComplete') resolve(); }));
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
    const threads = new Set(this.events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    const main = this.events.filter((e) => threads.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
    const tasks = main.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > minWallMs * 1000);
    return tasks.map((t) => {
      const inside = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0));
      const sum = new Map<string, number>();
      for (const e of inside) {
        const k = e.args?.data?.functionName || e.args?.data?.type ? `${e.name} ${e.args.data.functionName || e.args.data.type}` : e.name;
        sum.set(k, (sum.get(k) ?? 0) + (e.dur ?? 0) / 1000);
      }
      const what = [...sum].filter(([k]) => !k.startsWith('V8.')).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ');
      return { wallMs: (t.dur ?? 0) / 1000, cpuMs: (t.tdur ?? t.dur ?? 0) / 1000, what };
    }).sort((a, b) => b.cpuMs - a.cpuMs);
  }
}
