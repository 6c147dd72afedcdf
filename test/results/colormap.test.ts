import { describe, expect, it } from 'vitest';
import { colormapCss, colormapTable, grayToRgba } from '../../renderer/results/colormap';

const b64 = (bytes: number[]) => Buffer.from(bytes).toString('base64');

describe('colormap', () => {
  it('gray maps a byte to itself', () => {
    expect(Array.from(grayToRgba(b64([0, 128, 255]), 3, 1, 'gray'))).toEqual([0, 0, 0, 255, 128, 128, 128, 255, 255, 255, 255, 255]);
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
    expect(() => grayToRgba(b64([1, 2, 3]), 2, 2, 'gray')).toThrow(/3 bytes, expected 2×2 = 4/);
  });
});
