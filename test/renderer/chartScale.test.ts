import { describe, expect, it } from 'vitest';
import { extent, linePath, linearTicks, logTicks, makeScale, nearestIndex, niceStep } from '../../renderer/train/chartScale';

describe('chart scales', () => {
  it('nice steps of 1, 2, 5 × 10ⁿ and ticks on them', () => {
    expect([niceStep(10, 5), niceStep(1, 5), niceStep(7, 5), niceStep(0.03, 5)]).toEqual([2, 0.2, 2, 0.01]);
    expect(linearTicks(0, 2.3)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(linearTicks(0.1, 0.35)).toEqual([0.1, 0.15, 0.2, 0.25, 0.3, 0.35]);
  });

  it('log ticks: powers of ten, with 2 and 5 between when the range is short', () => {
    expect(logTicks(0.001, 10)).toEqual([0.001, 0.01, 0.1, 1, 10]);
    expect(logTicks(0.05, 2.5)).toEqual([0.05, 0.1, 0.2, 0.5, 1, 2]);
    expect(logTicks(0, 1)).toEqual([]);
  });

  it('maps data to pixels linearly or logarithmically, widened to nice ends', () => {
    const y = makeScale(0, 2.3, 100, 0, { nice: true });
    expect(y.domain).toEqual([0, 2.5]);
    expect(y(0)).toBe(100);
    expect(y(2.5)).toBe(0);
    const l = makeScale(0.01, 1, 0, 200, { log: true });
    expect(l(0.1)).toBeCloseTo(100, 6);
    // A flat series still gets some height.
    const flat = makeScale(3, 3, 0, 100);
    expect(flat.domain[0]).toBeLessThan(3);
    expect(flat.domain[1]).toBeGreaterThan(3);
  });

  it('paths break at missing values unless told to connect; extents skip what a log scale cannot show', () => {
    expect(linePath([[0, 1], [1, null], [2, 3]])).toBe('M0.0,1.0M2.0,3.0');
    expect(linePath([[0, 1], [1, null], [2, 3]], true)).toBe('M0.0,1.0L2.0,3.0');
    expect(extent([{ a: 0, b: 2 }, { a: 0.5, b: null }], ['a', 'b'], true)).toEqual([0.5, 2]);
    expect(extent([{ a: null }], ['a'], false)).toBeNull();
    expect(nearestIndex([1, 2, 4, 8], 5.9)).toBe(2);
    expect(nearestIndex([1, 2, 4, 8], 6.1)).toBe(3);
  });
});
