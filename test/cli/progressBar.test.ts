import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgress, ProgressBar } from '../../src/cli/progressBar';

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
});
