import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgress, ProgressBar } from '../../src/cli/progressBar';
import { humanOutput } from '../../src/cli/trainOutput';

describe('progress bar', () => {
  it('formats the bar, figures and ETA', () => {
    const line = formatProgress({ epoch: 2, epochs: 4, batch: 5, batches: 10, loss: 0.12345, accuracy: 0.9, imagesPerSec: 1234.4, etaSeconds: 75 }, 100);
    expect(line).toMatch(/^\[=+ +\] epoch 2\/4 5\/10 ETA 01:15 loss 0\.1235 acc 90\.0% 1234 img\/s$/);
    expect(formatProgress({ epoch: 2, epochs: 4, batch: 5, batches: 10, loss: 0.1, accuracy: null, imagesPerSec: 1, etaSeconds: 5 }, 40)).toMatch(/^epoch 2\/4/);
    const bar = /^\[(=*)( *)\]/.exec(line)!;
    expect(bar[1].length / (bar[1].length + bar[2].length)).toBeCloseTo(15 / 40, 1);
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(NaN)).toBe('--:--');
  });

  it('draws only on a terminal, in place', () => {
    const writes: string[] = [];
    const state = { epoch: 1, epochs: 1, batch: 1, batches: 2, loss: 1, accuracy: null, imagesPerSec: 10, etaSeconds: 1 };
    new ProgressBar({ isTTY: false, write: (t) => writes.push(t) }).update(state, true);
    expect(writes).toEqual([]);
    const tty = new ProgressBar({ isTTY: true, columns: 80, write: (t) => writes.push(t) });
    tty.update(state, true);
    tty.clear();
    expect(writes[0].startsWith('\r[')).toBe(true);
    expect(writes[1]).toBe('\r\x1b[K');
  });

  it('shows the data loading progress in place on a terminal, cleared when training starts; nothing otherwise', () => {
    const sessionId = 's';
    const events = [
      { type: 'preparing', sessionId, stage: 'data', done: 1200, total: 5000, message: 'checking the image files' },
      { type: 'started', sessionId, backend: 'wasm', backendReason: 'r', passedOver: [], params: 1, epochs: 1, batchSize: 16, dataset: { train: 1, validation: 0, test: 0, classes: ['a', 'b'], skipped: 0 } },
    ] as const;
    const tty: string[] = [];
    const onTty = humanOutput({ out: { write: () => true }, err: { isTTY: true, columns: 80, write: (t) => tty.push(t) } });
    for (const e of events) onTty(e);
    expect(tty[0]).toBe('\rchecking the image files 1200/5000…\x1b[K');
    expect(tty[1]).toBe('\r\x1b[K');
    const plain: string[] = [];
    const onPlain = humanOutput({ out: { write: () => true }, err: { isTTY: false, write: (t) => plain.push(t) } });
    onPlain(events[0]);
    expect(plain).toEqual([]);
  });

  it('prints the epoch line with the learning rate as a person would write it (a decayed rate has float noise)', () => {
    const lines: string[] = [];
    const out = humanOutput({ out: { write: () => true }, err: { isTTY: false, write: (t) => lines.push(t) } });
    out({ type: 'epoch', sessionId: 's', epoch: 2, epochs: 3, loss: 0.25, accuracy: 0.9, valLoss: 0.3, valAccuracy: 0.88, learningRate: 0.003 * 0.75, durationMs: 1500 });
    expect(0.003 * 0.75).not.toBe(0.00225); // the float the schedule gives
    expect(lines.join('')).toContain(' · lr 0.00225 · 1.5 s');
  });
});
