import { describe, expect, it } from 'vitest';
import { colormapCss, colormapTable, grayToRgba, sharedScale } from '../../renderer/results/colormap';

const ch = (bytes: number[], width: number, height: number, min = 0, max = 1) => ({ data: Buffer.from(bytes).toString('base64'), width, height, min, max });
const red = (px: Uint8ClampedArray) => Array.from(px).filter((_, i) => i % 4 === 0);

describe('colormap', () => {
  it('gray maps a byte to itself', () => {
    expect(Array.from(grayToRgba(ch([0, 128, 255], 3, 1), 'gray'))).toEqual([0, 0, 0, 255, 128, 128, 128, 255, 255, 255, 255, 255]);
  });

  it('viridis runs from dark purple to yellow with rising lightness', () => {
    const t = colormapTable('viridis');
    expect(Array.from(t.slice(0, 3))).toEqual([68, 1, 84]);
    expect(Array.from(t.slice(255 * 3))).toEqual([253, 231, 37]);
    const luma = (v: number) => 0.2126 * t[v * 3] + 0.7152 * t[v * 3 + 1] + 0.0722 * t[v * 3 + 2];
    for (let v = 8; v < 256; v += 8) expect(luma(v)).toBeGreaterThan(luma(v - 8));
    expect(colormapCss('viridis', 1)).toBe('rgb(253, 231, 37)');
  });

  it('rejects a channel whose size does not match its bytes', () => {
    expect(() => grayToRgba(ch([1, 2, 3], 2, 2), 'gray')).toThrow(/3 bytes, expected 2×2 = 4/);
  });

  it('a shared scale recolours each channel by its real values', () => {
    // Channel values 0…1 on a shared range 0…2: byte 255 (value 1) becomes half-way.
    expect(red(grayToRgba(ch([0, 255], 2, 1, 0, 1), 'gray', { lo: 0, hi: 2 }))).toEqual([0, 128]);
    // A 1×1 channel (byte 0, value min = 3) on the range 1…5 sits at its true place.
    expect(red(grayToRgba(ch([0], 1, 1, 3, 3), 'gray', { lo: 1, hi: 5 }))).toEqual([128]);
    expect(sharedScale([{ min: -1, max: 2 }, { min: 0, max: 4 }])).toEqual({ lo: -1, hi: 4 });
    expect(sharedScale([])).toEqual({ lo: 0, hi: 0 });
  });
});
