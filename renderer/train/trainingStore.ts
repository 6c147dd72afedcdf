/**
 * The training run as the UI sees it: folds the engine's `train.event` messages (and the user's own
 * pause/resume/stop requests, which have no event of their own) into status, the started info, batch
 * and epoch series, the latest feature maps, progress and ETA.
 *
 * Plain TypeScript with subscribe/getState. Events can arrive hundreds of times a second, so folding is
 * cheap and mutable inside, and listeners are told at most once per `schedule` tick (requestAnimationFrame
 * or 250 ms in the app, synchronous in tests): React renders a snapshot per frame, not per batch.
 */
import type { CodedText } from '../../src/messages/index';
import type { EventPayload } from '../../src/protocol/api';

export type TrainEventMessage = EventPayload<'train.event'>;
type Ev<T extends TrainEventMessage['type']> = Extract<TrainEventMessage, { type: T }>;

/** `pausing` / `stopping`: asked for, taking effect after the batch the engine is training. */
export type TrainStatus = 'idle' | 'preparing' | 'running' | 'pausing' | 'paused' | 'stopping' | 'done' | 'error' | 'cancelled';

/** Statuses during which the document must not change (the editor is read-only). */
export const ACTIVE_STATUSES: ReadonlySet<TrainStatus> = new Set(['preparing', 'running', 'pausing', 'paused', 'stopping']);

export interface BatchPoint {
  /** Batches since the run started, 1-based (the x axis). */
  readonly step: number;
  readonly epoch: number;
  readonly batch: number;
  readonly loss: number;
  /** Exponential moving average of the loss (bias-corrected, so the first points are not pulled to 0). */
  readonly smoothLoss: number;
  readonly accuracy: number | null;
  readonly smoothAccuracy: number | null;
  readonly imagesPerSec: number;
}

export type EpochPoint = Omit<Ev<'epoch'>, 'type' | 'sessionId' | 'epochs'>;

export interface Progress {
  readonly epoch: number;
  readonly epochs: number;
  readonly batch: number;
  readonly batchesPerEpoch: number;
  /** 0..1 over the whole run. */
  readonly fraction: number;
  readonly imagesPerSec: number;
  /** Seconds left at the pace so far (wall clock, pauses excluded); null until a few batches are in. */
  readonly etaSeconds: number | null;
}

/** Why a run failed: the engine's English words and, when it sent them, the same as codes the UI renders in its language. */
export interface TrainError {
  readonly message: string;
  readonly hint?: string;
  readonly where?: string;
  readonly messageCode?: CodedText;
  readonly hintCode?: CodedText;
  /** The run folder that kept the last good checkpoint (a failure after an epoch finished), and that epoch. */
  readonly runDir?: string;
  readonly epoch?: number;
  /** The GPU ran out of memory: the batch size the run bar offers to train again with. */
  readonly suggestedBatchSize?: number;
}

export interface TrainingState {
  readonly status: TrainStatus;
  readonly sessionId: string | null;
  readonly preparing: Omit<Ev<'preparing'>, 'type' | 'sessionId'> | null;
  readonly started: Omit<Ev<'started'>, 'type'> | null;
  readonly batches: readonly BatchPoint[];
  readonly epochs: readonly EpochPoint[];
  readonly featureMaps: Ev<'featureMaps'> | null;
  readonly progress: Progress | null;
  readonly done: Ev<'done'> | null;
  readonly error: TrainError | null;
  readonly cancelled: Ev<'cancelled'> | null;
  /** Every batch event folded so far (the series may be thinned). */
  readonly batchCount: number;
  /** Bumped on every change, for cheap equality checks. */
  readonly version: number;
}

export interface TrainingStoreOptions {
  /** Runs `flush` soon (once per frame in the app); default: synchronously. */
  readonly schedule?: (flush: () => void) => void;
  readonly now?: () => number;
  /** Batch points kept; beyond it the series is thinned to every 2nd, 4th … point. */
  readonly maxBatchPoints?: number;
  /** EMA factor of the smoothed curves (0.9 ≈ the last 10 batches). */
  readonly smoothing?: number;
}

const IDLE: TrainingState = {
  status: 'idle', sessionId: null, preparing: null, started: null, batches: [], epochs: [], featureMaps: null,
  progress: null, done: null, error: null, cancelled: null, batchCount: 0, version: 0,
};

/** ETA needs this many batches before it means anything. */
const ETA_MIN_BATCHES = 3;

export class TrainingStore {
  private snapshot: TrainingState = IDLE;
  private readonly listeners = new Set<() => void>();
  private readonly schedule: (flush: () => void) => void;
  private readonly now: () => number;
  private readonly maxPoints: number;
  private readonly beta: number;
  private flushPending = false;
  private dirty = false;
  // Mutable working state, copied into the snapshot on flush.
  private work: Mutable<TrainingState> = { ...IDLE };
  private batches: BatchPoint[] = [];
  private epochs: EpochPoint[] = [];
  private stride = 1;
  private emaLoss = 0;
  private emaAcc = 0;
  private emaSteps = 0;
  private firstBatchAt: number | null = null;
  private pausedAt: number | null = null;
  private pausedMs = 0;

  constructor(options: TrainingStoreOptions = {}) {
    this.schedule = options.schedule ?? ((f) => f());
    this.now = options.now ?? (() => Date.now());
    this.maxPoints = Math.max(16, options.maxBatchPoints ?? 4000);
    this.beta = options.smoothing ?? 0.9;
  }

  readonly getState = (): TrainingState => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  };

  get isActive(): boolean {
    return ACTIVE_STATUSES.has(this.work.status);
  }

  /** A new run was requested (before the engine answers with its session id). */
  begin(): void {
    this.batches = [];
    this.epochs = [];
    this.stride = 1;
    this.emaLoss = 0;
    this.emaAcc = 0;
    this.emaSteps = 0;
    this.firstBatchAt = null;
    this.pausedAt = null;
    this.pausedMs = 0;
    this.work = { ...IDLE, status: 'preparing', version: this.work.version };
    this.changed();
  }

  /** The engine accepted the run: events of other sessions are ignored from now on. */
  attach(sessionId: string): void {
    this.work.sessionId = sessionId;
    this.changed();
  }

  /**
   * Follows a session already running in the engine (the page was reloaded). The engine replays what it
   * kept of the session's events after telling us, and they are folded as usual.
   */
  reattach(sessionId: string, status: 'preparing' | 'running' | 'pausing' | 'paused' | 'stopping'): void {
    this.begin();
    this.work.sessionId = sessionId;
    this.work.status = status;
    if (status === 'paused') this.pausedAt = this.now();
    this.changed();
  }

  /** train.start failed before a session existed. */
  fail(error: TrainError): void {
    this.work.status = 'error';
    this.work.error = error;
    this.changed();
  }

  /**
   * The user pressed Pause: shown at once as `pausing` (not waiting for the next frame); the engine's
   * `state` event turns it into `paused` when the batch it was training has finished.
   */
  markPausing(): void {
    if (this.work.status !== 'running' && this.work.status !== 'preparing') return;
    this.work.status = 'pausing';
    this.changedNow();
  }

  /** The run is paused (the engine said so). */
  markPaused(): void {
    if (this.work.status !== 'running' && this.work.status !== 'preparing' && this.work.status !== 'pausing') return;
    this.work.status = 'paused';
    this.pausedAt = this.now();
    this.changed();
  }

  /** Training goes on (resume pressed, or a pause asked for was withdrawn or refused). */
  markResumed(): void {
    if (this.work.status !== 'paused' && this.work.status !== 'pausing') return;
    if (this.pausedAt !== null) this.pausedMs += this.now() - this.pausedAt;
    this.pausedAt = null;
    this.work.status = this.work.started ? 'running' : 'preparing';
    this.changedNow();
  }

  /** The user pressed Stop: shown at once; the session ends with `cancelled` after its current batch. */
  markStopping(): void {
    if (!this.isActive) return;
    this.work.status = 'stopping';
    this.changedNow();
  }

  /** Folds one `train.event`. Events of another session, or arriving while idle, are ignored. */
  handle(event: TrainEventMessage): void {
    const w = this.work;
    if (w.status === 'idle') return;
    if (w.sessionId === null) {
      // The answer to train.start may come after the session's first events: adopt the first session seen.
      w.sessionId = event.sessionId;
    } else if (event.sessionId !== w.sessionId) return;
    switch (event.type) {
      case 'preparing': {
        const { type: _t, sessionId: _s, ...rest } = event;
        w.preparing = rest;
        break;
      }
      case 'started': {
        const { type: _t, ...rest } = event;
        w.started = rest;
        w.preparing = null;
        if (w.status === 'preparing') w.status = 'running';
        break;
      }
      case 'batch': this.foldBatch(event); break;
      case 'epoch': {
        const { type: _t, sessionId: _s, epochs: _e, ...rest } = event;
        this.epochs.push(rest);
        break;
      }
      case 'featureMaps': w.featureMaps = event; break;
      case 'state':
        if (event.state === 'paused') this.markPaused();
        else if (w.status === 'paused' || w.status === 'pausing') this.markResumed();
        break;
      case 'done':
        w.done = event;
        w.status = 'done';
        if (w.progress) w.progress = { ...w.progress, fraction: 1, etaSeconds: 0 };
        break;
      case 'error':
        w.error = {
          message: event.message, hint: event.hint, where: event.where, messageCode: event.messageCode, hintCode: event.hintCode,
          ...(event.runDir ? { runDir: event.runDir, epoch: event.epoch } : {}),
          ...(event.suggestedBatchSize ? { suggestedBatchSize: event.suggestedBatchSize } : {}),
        };
        w.status = 'error';
        break;
      case 'cancelled':
        w.cancelled = event;
        w.status = 'cancelled';
        break;
    }
    this.changed();
  }

  private foldBatch(e: Ev<'batch'>): void {
    const w = this.work;
    const now = this.now();
    if (this.firstBatchAt === null) this.firstBatchAt = now;
    if (w.status === 'preparing') w.status = 'running';
    w.batchCount += 1;
    const step = (e.epoch - 1) * e.batchesPerEpoch + e.batch;
    this.emaSteps += 1;
    const b = this.beta;
    const correction = 1 - b ** this.emaSteps;
    this.emaLoss = b * this.emaLoss + (1 - b) * e.loss;
    if (e.accuracy !== null) this.emaAcc = b * this.emaAcc + (1 - b) * e.accuracy;
    const point: BatchPoint = {
      step, epoch: e.epoch, batch: e.batch, loss: e.loss, smoothLoss: this.emaLoss / correction,
      accuracy: e.accuracy, smoothAccuracy: e.accuracy === null ? null : this.emaAcc / correction, imagesPerSec: e.imagesPerSec,
    };
    if (w.batchCount % this.stride === 0) {
      this.batches.push(point);
      if (this.batches.length > this.maxPoints) {
        this.batches = this.batches.filter((_, i) => i % 2 === 1);
        this.stride *= 2;
      }
    }
    const epochs = w.started?.epochs ?? e.epoch;
    const total = epochs * e.batchesPerEpoch;
    const fraction = Math.min(1, step / total);
    const elapsed = now - this.firstBatchAt - this.pausedMs;
    const seen = w.batchCount;
    const etaSeconds = seen >= ETA_MIN_BATCHES && elapsed > 0 ? Math.max(0, ((total - step) * elapsed) / seen / 1000) : null;
    w.progress = { epoch: e.epoch, epochs, batch: e.batch, batchesPerEpoch: e.batchesPerEpoch, fraction, imagesPerSec: e.imagesPerSec, etaSeconds };
  }

  /** A change the user caused: listeners hear it now, not at the next scheduled flush. */
  private changedNow(): void {
    this.dirty = true;
    this.flush();
  }

  private changed(): void {
    this.dirty = true;
    if (this.flushPending) return;
    this.flushPending = true;
    this.schedule(() => this.flush());
  }

  /** Publishes the working state as a new snapshot and tells the listeners. */
  flush(): void {
    this.flushPending = false;
    if (!this.dirty) return;
    this.dirty = false;
    this.work.version += 1;
    this.snapshot = { ...this.work, batches: this.batches.slice(), epochs: this.epochs.slice() };
    for (const l of [...this.listeners]) l();
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Listeners hear at most every `intervalMs` (default 250 ms), on an animation frame so the update lands
 * with a paint; when frames are not running (a hidden tab) a timer flushes anyway.
 */
export function frameScheduler(intervalMs = 250): (flush: () => void) => void {
  return (flush) => {
    let ran = false;
    const run = () => { if (!ran) { ran = true; flush(); } };
    setTimeout(() => {
      if (typeof requestAnimationFrame === 'function') requestAnimationFrame(run);
      setTimeout(run, intervalMs);
    }, intervalMs);
  };
}
