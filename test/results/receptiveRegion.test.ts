import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/graph/analyze';
import { getTemplate } from '../../src/graph/templates';
import { mapPixelRegion, receptiveRegion, subsampleStep } from '../../renderer/results/receptiveRegion';
import { fieldOf } from '../../src/graph/receptiveField';
import type { ReceptiveField } from '../../src/graph/analysisTypes';

/** A field where every output pixel sees `size` pixels centred on start + i·jump. */
function uniform(size: number, jump: number, start: number, global = false): ReceptiveField {
  const m = { period: 1, shift: jump, spans: [{ lo: start - (size - 1) / 2, hi: start + (size - 1) / 2 }] };
  return { ...fieldOf(m, m), global };
}

describe('receptiveRegion', () => {
  it('a 5×5 valid convolution sees the 5×5 window starting at its own index', () => {
    const rf = uniform(5, 1, 2);
    expect(receptiveRegion(rf, 0, 0, 28, 28)).toEqual({ x0: 0, y0: 0, x1: 5, y1: 5 });
    expect(receptiveRegion(rf, 3, 1, 28, 28)).toEqual({ x0: 3, y0: 1, x1: 8, y1: 6 });
  });

  it('conv 5×5 then pool 2×2/2: output pixel i sees inputs 2i … 2i+5', () => {
    const rf = uniform(6, 2, 2.5);
    expect(receptiveRegion(rf, 0, 0, 28, 28)).toEqual({ x0: 0, y0: 0, x1: 6, y1: 6 });
    expect(receptiveRegion(rf, 1, 2, 28, 28)).toEqual({ x0: 2, y0: 4, x1: 8, y1: 10 });
  });

  it('clips a padded border pixel to the image', () => {
    const same3 = uniform(3, 1, 0);
    expect(receptiveRegion(same3, 0, 9, 10, 10)).toEqual({ x0: 0, y0: 8, x1: 2, y1: 10 });
  });

  it('a global field is the whole image', () => {
    expect(receptiveRegion(uniform(32, 4, 1.5, true), 0, 0, 32, 24)).toEqual({ x0: 0, y0: 0, x1: 32, y1: 24 });
  });

  it('matches the hand-computed fields of LeNet-5 from analyze()', () => {
    const a = analyze(getTemplate('lenet5')!.build());
    const rf = (id: string) => a.nodes[id].receptiveField!;
    // c1: 5×5 with padding 2 → pixel (10, 5) is centred on input (10, 5).
    expect(receptiveRegion(rf('c1'), 10, 5, 28, 28)).toEqual({ x0: 8, y0: 3, x1: 13, y1: 8 });
    // s2 pixel 13 sees c1 pixels 26, 27 → inputs 24 … 29, clipped at 28.
    expect(receptiveRegion(rf('s2'), 13, 13, 28, 28)).toEqual({ x0: 24, y0: 24, x1: 28, y1: 28 });
    // c3 pixel 0 sees s2 0 … 4 → c1 0 … 9 → inputs −2 … 11, clipped at 0.
    expect(receptiveRegion(rf('c3'), 0, 0, 28, 28)).toEqual({ x0: 0, y0: 0, x1: 12, y1: 12 });
  });
});

describe('subsampleStep', () => {
  it('recovers the step the engine kept every step-th pixel with', () => {
    expect(subsampleStep(28, 28, 28, 28)).toBe(1);
    expect(subsampleStep(112, 112, 56, 56)).toBe(2);
    expect(subsampleStep(224, 200, 56, 50)).toBe(4);
    expect(subsampleStep(100, 100, 34, 34)).toBe(3);
  });
});

describe('mapPixelRegion', () => {
  it('maps a hovered pixel of a subsampled map back to the full map before taking its field', () => {
    const rf = uniform(3, 1, 0);
    // 128-wide map shown at 64: shown pixel 10 is map pixel 20 → inputs 19 … 21 of 128.
    const r = mapPixelRegion({ rf, mapSize: [128, 128], shownSize: [64, 64], inputSize: [128, 128], x: 10, y: 0 });
    expect(r.left * 128).toBeCloseTo(19);
    expect(r.width * 128).toBeCloseTo(3);
    expect(r.top).toBe(0);
    expect(r.height * 128).toBeCloseTo(2);
  });
});
