/**
 * A one-line progress bar with ETA for a terminal (stderr), redrawn in place at most every 100 ms.
 * Off a terminal it prints nothing per batch; the caller prints epoch lines instead.
 */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

export interface ProgressState {
  readonly epoch: number;
  readonly epochs: number;
  readonly batch: number;
  readonly batches: number;
  readonly loss: number;
  readonly accuracy: number | null;
  readonly imagesPerSec: number;
  /** Seconds left, estimated. */
  readonly etaSeconds: number;
}

export function formatProgress(p: ProgressState, width = 80): string {
  const done = ((p.epoch - 1) * p.batches + p.batch) / (p.epochs * p.batches);
  const text = ` epoch ${p.epoch}/${p.epochs} ${p.batch}/${p.batches} ETA ${formatDuration(p.etaSeconds)} loss ${p.loss.toFixed(4)}${p.accuracy === null ? '' : ` acc ${(p.accuracy * 100).toFixed(1)}%`} ${Math.round(p.imagesPerSec)} img/s`;
  // The figures come first on a narrow terminal: the bar shrinks, then goes.
  const barWidth = Math.min(40, width - 1 - text.length - 2);
  if (barWidth < 5) return text.trimStart();
  const filled = Math.round(Math.min(1, Math.max(0, done)) * barWidth);
  return `[${'='.repeat(filled)}${' '.repeat(barWidth - filled)}]${text}`;
}

export class ProgressBar {
  private last = 0;
  private shown = false;

  constructor(private readonly stream: ProgressStream) {}

  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  update(p: ProgressState, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const line = formatProgress(p, this.stream.columns ?? 80).slice(0, (this.stream.columns ?? 80) - 1);
    this.stream.write(`\r${line}\x1b[K`);
    this.shown = true;
  }

  /** A line of text in the bar's place (e.g. "decoding and checking the images 1200/5000"), on a terminal only. */
  status(text: string): void {
    if (!this.enabled) return;
    this.stream.write(`\r${text.slice(0, (this.stream.columns ?? 80) - 1)}\x1b[K`);
    this.shown = true;
  }

  /** Clears the bar so that a normal line can be printed. */
  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
