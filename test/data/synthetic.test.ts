import { describe, expect, it } from 'vitest';
import { createRng, dataSourceFromArgument, drawShape, openDataset, SHAPE_NAMES, syntheticImage } from '../../src/data/index.ts';

describe('synthetic shapes', () => {
  it('is reproducible from the seed, and differs between seeds', () => {
    expect(syntheticImage(5, 3, [20, 24, 3], 1)).toEqual(syntheticImage(5, 3, [20, 24, 3], 1));
    expect(syntheticImage(5, 3, [20, 24, 3], 1)).not.toEqual(syntheticImage(5, 3, [20, 24, 3], 2));
  });

  it('draws any input size and channel count, in [0, 1]', () => {
    for (const input of [[8, 8, 1], [28, 28, 1], [17, 40, 3]] as const) {
      const img = drawShape(2, input, createRng(1));
      expect(img.length).toBe(input[0] * input[1] * input[2]);
      expect(Math.min(...img)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...img)).toBeLessThanOrEqual(1);
    }
  });

  it('draws a shape that stands out from its background', () => {
    // Without noise there are exactly two colours away from the edges, with a clear luminance gap.
    for (let label = 0; label < SHAPE_NAMES.length; label++) {
      const img = drawShape(label, [32, 32, 1], createRng(label + 10), 0);
      const sorted = Array.from(img).sort((a, b) => a - b);
      expect(sorted[sorted.length - 1] - sorted[0]).toBeGreaterThan(0.3);
    }
  });

  it('tells shapes apart: a ring has a hole where a circle is filled', () => {
    const noNoise = (label: number) => drawShape(label, [41, 41, 1], { next: () => 0.5, int: () => 0, uniform: (lo, hi) => (lo + hi) / 2 }, 0);
    const circle = noNoise(0);
    const ring = noNoise(4);
    const centre = 20 * 41 + 20;
    const corner = 0;
    expect(Math.abs(circle[centre] - circle[corner])).toBeGreaterThan(0.3);
    expect(ring[centre]).toBeCloseTo(ring[corner], 5);
  });

  it('opens as a balanced, seeded dataset with shape class names', async () => {
    const ds = await openDataset({ source: { synthetic: { classes: 4, count: 80 } }, input: [16, 16, 3], seed: 7 });
    expect(ds.classes).toEqual(['circle', 'square', 'triangle', 'cross']);
    expect(ds.report.classCounts.total).toEqual([20, 20, 20, 20]);
    expect(ds.report.classCounts.test).toEqual([2, 2, 2, 2]);
    const again = await openDataset({ source: { synthetic: { classes: 4, count: 80 } }, input: [16, 16, 3], seed: 7 });
    expect(await again.splits.train.get(3)).toEqual(await ds.splits.train.get(3));
    const small = await openDataset({ source: 'synthetic', input: [8, 8, 1], limit: 30 });
    expect(small.report.images).toBe(30);
    expect(small.classes).toEqual(['circle', 'square', 'triangle']);
    const tiny = await openDataset({ source: 'synthetic', input: [8, 8, 1], limit: 2 });
    expect(tiny.report.warnings.join('\n')).toMatch(/No training images for the class "triangle": raise the image limit/);
  });

  it('streams (computes on demand) when over the memory budget, with the same images', async () => {
    const cached = await openDataset({ source: 'synthetic', input: [12, 12, 1], limit: 60 });
    const streamed = await openDataset({ source: 'synthetic', input: [12, 12, 1], limit: 60, memoryBudgetBytes: 0 });
    expect(streamed.report.storage).toBe('stream');
    const all = async (d: typeof cached) => {
      const out: number[] = [];
      for await (const b of d.splits.train.batches(16, { shuffle: true, seed: 1 })) out.push(...b.x);
      return out;
    };
    expect(await all(streamed)).toEqual(await all(cached));
  });

  it('rejects bad options, naming the value', async () => {
    await expect(openDataset({ source: { synthetic: { classes: 9 } }, input: [8, 8, 1] })).rejects.toThrow(/from 2 to 6 \(got 9\)/);
    await expect(openDataset({ source: 'synthetic', input: [8, 8, 2] })).rejects.toThrow(/got \[8,8,2\]/);
    await expect(openDataset({ source: 'synthetic', input: [8, 8, 1], limit: 0 })).rejects.toThrow(/limit must be a whole number ≥ 1 \(got 0\)/);
    await expect(openDataset({ source: 'cifar' as never, input: [8, 8, 1] })).rejects.toThrow(/got "cifar"/);
  });

  it('reads the CLI --data argument', () => {
    expect(dataSourceFromArgument('MNIST')).toBe('mnist');
    expect(dataSourceFromArgument('synthetic')).toBe('synthetic');
    expect(dataSourceFromArgument('./mnist')).toEqual({ folder: './mnist' });
  });
});
