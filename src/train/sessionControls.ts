/**
 * Pause, resume and stop for a training session, taking effect between batches. `between()` is what the
 * session awaits before every batch: it lets the event loop run (so a stop, a ping or Ctrl-C is heard
 * within one batch) and holds while paused. Stopping aborts `signal`, which the data loader and the
 * evaluation watch, so a stop during loading or validation is heard within one image or batch too.
 */
import { yieldToEventLoop } from './yieldToEventLoop';

export type RunState = 'paused' | 'running';

export class SessionControls {
  private gate: { readonly promise: Promise<void>; readonly release: () => void } | null = null;
  private readonly stopper = new AbortController();

  /** Aborted by stop(). */
  get signal(): AbortSignal {
    return this.stopper.signal;
  }

  get stopped(): boolean {
    return this.stopper.signal.aborted;
  }

  get paused(): boolean {
    return this.gate !== null;
  }

  /** Pauses before the next batch. */
  pause(): void {
    if (this.gate || this.stopped) return;
    let release!: () => void;
    const promise = new Promise<void>((r) => (release = r));
    this.gate = { promise, release };
  }

  resume(): void {
    this.gate?.release();
    this.gate = null;
  }

  /** Stops before the next batch (also when paused). */
  stop(): void {
    if (!this.stopped) this.stopper.abort(new Error('training was stopped'));
    this.resume();
  }

  /**
   * Between two batches: yields to the event loop, then waits while paused, telling `onState` when the
   * pause really begins and ends. Returns the milliseconds spent paused (not counted as training time).
   */
  async between(onState: (state: RunState) => void): Promise<number> {
    await yieldToEventLoop();
    const gate = this.gate;
    if (!gate || this.stopped) return 0;
    const t0 = performance.now();
    onState('paused');
    await gate.promise;
    if (!this.stopped) onState('running');
    return performance.now() - t0;
  }
}
