/** Roofline rows from timed kernel calls: per-call minima over steps, grouping, roofs, combining runs. */
import { describe, expect, it } from 'vitest';
import { bestOfRuns, ridgePoint, rooflineRows, type Roofs } from './rooflineRows';
import type { TimedCall } from './kernelRecorder';

const roofs: Roofs = { peakGflops: 50, bandwidthGBs: 20 };

// A direct 3×3 convolution, 8→16 channels on 9×9 'valid' → 7×7, batch 4: 2·4·49·9·8·16 FLOPs.
const conv = (ms: number): TimedCall => ({
  name: 'Conv2D', inputs: { x: [4, 9, 9, 8], filter: [3, 3, 8, 16] }, attrs: { strides: 1, pad: 'valid', dilations: 1 }, output: [4, 7, 7, 16], ms,
});
const relu = (ms: number): TimedCall => ({ name: 'Relu', inputs: { x: [4, 32, 32, 16] }, attrs: {}, output: [4, 32, 32, 16], ms });
const reshape = (ms: number): TimedCall => ({ name: 'Reshape', inputs: { x: [10] }, attrs: {}, output: [10], ms });

describe('rooflineRows', () => {
  const steps = [
    [conv(2), relu(0.5), conv(3), reshape(0.01), reshape(0.02)],
    [conv(4), relu(0.4), conv(1), reshape(0.03), reshape(0.01)],
  ];
  const rows = rooflineRows(steps, roofs);
  const convRow = rows.find((r) => r.category === 'conv forward')!;
  const reluRow = rows.find((r) => r.category === 'relu')!;

  it('takes each call position minimum over the steps and sums them', () => {
    expect(convRow.callsPerStep).toBe(2);
    expect(convRow.msPerStep).toBeCloseTo(2 + 1, 12); // first call min(2, 4), second min(3, 1)
    expect(reluRow.msPerStep).toBeCloseTo(0.4, 12);
    const other = rows.find((r) => r.category === 'other')!;
    expect(other.msPerStep).toBeCloseTo(0.01 + 0.01, 12);
    expect(rows.map((r) => r.msPerStep)).toEqual([...rows.map((r) => r.msPerStep)].sort((a, b) => b - a));
  });

  it('counts one step of work and bounds each row by the roof it meets', () => {
    const flops = 2 * (2 * 4 * 49 * 9 * 8 * 16);
    expect(convRow.flops).toBe(flops);
    expect(convRow.gflops).toBeCloseTo(flops / 3e-3 / 1e9, 9);
    expect(convRow.bound).toBe('compute'); // ~31 FLOP/byte, far right of the ridge at 2.5
    expect(convRow.roofMs).toBeCloseTo((flops / 50e9) * 1000, 12);
    expect(convRow.aboveRoofMs).toBeCloseTo(3 - convRow.roofMs, 12);
    expect(reluRow.bound).toBe('memory');
    expect(reluRow.roofMs).toBeCloseTo((2 * 4 * 32 * 32 * 16 * 4 / 20e9) * 1000, 12);
    expect(reluRow.ofRoof).toBeCloseTo(reluRow.roofMs / 0.4, 12);
    expect(ridgePoint(roofs)).toBe(2.5);
  });

  it('combines runs by each row least time, recomputed against the given roofs', () => {
    const other = rooflineRows([[conv(1.5), relu(0.9), conv(1.2)]], roofs);
    const combined = bestOfRuns([rows, other], { peakGflops: 100, bandwidthGBs: 20 });
    const c = combined.find((r) => r.category === 'conv forward')!;
    const r = combined.find((x) => x.category === 'relu')!;
    expect(c.msPerStep).toBeCloseTo(2.7, 12); // this run's 1.5 + 1.2 beats the first run's 3
    expect(c.callsPerStep).toBe(2);
    expect(c.roofMs).toBeCloseTo((c.flops / 100e9) * 1000, 12);
    expect(r.msPerStep).toBeCloseTo(0.4, 12);
    expect(r.callsPerStep).toBe(1);
  });
});
