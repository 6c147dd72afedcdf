import { describe, expect, it } from 'vitest';
import { confusionCells, topConfusions } from '../../renderer/results/confusion';
import { overlayRows, percentTicks } from '../../renderer/results/overlay';

describe('confusionCells', () => {
  it('shares are fractions of the actual class', () => {
    const cells = confusionCells([[8, 2], [0, 0]]);
    expect(cells[0].map((c) => c.share)).toEqual([0.8, 0.2]);
    expect(cells[1].map((c) => c.share)).toEqual([0, 0]);
    expect(cells[0][1]).toMatchObject({ actual: 0, predicted: 1, count: 2 });
  });

  it('names the problem with a ragged matrix', () => {
    expect(() => confusionCells([[1, 2], [3]])).toThrow(/row 1 has 1 columns, expected 2/);
  });

  it('topConfusions lists off-diagonal cells, most images first', () => {
    const top = topConfusions([[5, 1, 3], [4, 9, 0], [0, 2, 7]], 3);
    expect(top.map((c) => [c.actual, c.predicted, c.count])).toEqual([[1, 0, 4], [0, 2, 3], [2, 1, 2]]);
  });
});

describe('overlayRows', () => {
  const h = (epoch: number, valAccuracy: number | null) => ({ epoch, loss: 1 / epoch, accuracy: null, valLoss: null, valAccuracy });
  it('merges runs of different lengths by epoch, leaving gaps as null', () => {
    const rows = overlayRows([
      { key: 'a', history: [h(1, 0.5), h(2, 0.7), h(3, 0.8)] },
      { key: 'b', history: [h(1, 0.6), h(2, null)] },
    ], 'valAccuracy');
    expect(rows).toEqual([
      { epoch: 1, a: 0.5, b: 0.6 },
      { epoch: 2, a: 0.7, b: null },
      { epoch: 3, a: 0.8, b: null },
    ]);
    expect(overlayRows([{ key: 'a', history: [h(2, 0)] }], 'loss')).toEqual([{ epoch: 2, a: 0.5 }]);
  });
});

describe('percentTicks', () => {
  it('starts at a round value below the lowest accuracy and ends at 100%', () => {
    expect(percentTicks([{ epoch: 1, a: 0.78, b: 0.93 }], ['a', 'b'])).toEqual([0.7, 0.8, 0.9, 1]);
    expect(percentTicks([{ epoch: 1, a: 0.33, b: null }], ['a', 'b'])).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(percentTicks([{ epoch: 1, a: 0.97 }], ['a'])).toEqual([0.95, 1]);
    expect(percentTicks([{ epoch: 1, a: 0.02 }], ['a'])).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});
