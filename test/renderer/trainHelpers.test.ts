import { describe, expect, it } from 'vitest';
import { thin, toCsv } from '../../renderer/train/chartExport';
import { dataShapeFor, sourceKind } from '../../renderer/train/datasetChoice';
import { formatDuration } from '../../renderer/train/formatDuration';

describe('chart CSV', () => {
  it('writes a header and one row per record, quoting what needs it and leaving missing values empty', () => {
    const csv = toCsv(['epoch', 'loss', 'note'], [
      { epoch: 1, loss: 0.5, note: 'plain' },
      { epoch: 2, loss: null, note: 'a, "quoted"\nline' },
    ]);
    expect(csv).toBe('epoch,loss,note\r\n1,0.5,plain\r\n2,,"a, ""quoted""\nline"\r\n');
  });
});

describe('thinning the drawn series', () => {
  it('keeps short series as they are', () => {
    const xs = [1, 2, 3];
    expect(thin(xs, 5)).toBe(xs);
  });
  it('keeps at most max points, evenly spread, always the last', () => {
    const xs = Array.from({ length: 1000 }, (_, i) => i);
    const t = thin(xs, 100);
    expect(t).toHaveLength(100);
    expect(t[0]).toBe(0);
    expect(t[99]).toBe(999);
    expect(t[50]).toBe(500);
  });
});

describe('the data source choice', () => {
  it('reads training.data as MNIST, synthetic or a folder path', () => {
    expect(sourceKind('mnist')).toBe('mnist');
    expect(sourceKind('synthetic')).toBe('synthetic');
    expect(sourceKind('/data/cats-vs-dogs')).toBe('folder');
    expect(sourceKind('')).toBe('folder');
  });

  it("suggests the images' own size when they all have one small size", () => {
    const classes = [{ name: 'a', count: 3 }, { name: 'b', count: 4 }];
    const base = { suggestedInput: null, images: null, classes };
    expect(dataShapeFor({ ...base, nativeInput: [28, 28, 1], suggestedInput: [28, 28, 1], input: [32, 32, 3] })).toEqual({ input: [28, 28, 1], classes: 2 });
    // RGBA files feed 3 channels.
    expect(dataShapeFor({ ...base, nativeInput: [32, 32, 4], input: [32, 32, 3] })).toEqual({ input: [32, 32, 3], classes: 2 });
    expect(dataShapeFor({ ...base, nativeInput: null, input: [48, 48, 3] })).toEqual({ input: [48, 48, 3], classes: 2 });
    expect(dataShapeFor({ ...base, nativeInput: null, input: [48, 48, 3], classes: [] })).toBeNull();
  });

  it('with mixed or large sizes: keeps the model size unless detail is thrown away or images are blown up; colour if any image has it', () => {
    const classes = [{ name: 'a', count: 3 }, { name: 'b', count: 4 }];
    const photos = { nativeInput: null, suggestedInput: [96, 128, 3] as [number, number, number], images: { median: { width: 4000, height: 3000 } }, classes };
    // LeNet at 64×64×1 on colour photos: the size is fine, the colour is not.
    expect(dataShapeFor({ ...photos, input: [64, 64, 1] })).toEqual({ input: [64, 64, 3], classes: 2 });
    // 28×28 keeps under half the suggested size: the suggestion.
    expect(dataShapeFor({ ...photos, input: [28, 28, 1] })).toEqual({ input: [96, 128, 3], classes: 2 });
    const icons = { nativeInput: null, suggestedInput: [30, 36, 1] as [number, number, number], images: { median: { width: 36, height: 30 } }, classes };
    expect(dataShapeFor({ ...icons, input: [224, 224, 3] })).toEqual({ input: [30, 36, 1], classes: 2 });
    expect(dataShapeFor({ ...icons, input: [32, 32, 3] })).toEqual({ input: [32, 32, 1], classes: 2 });
    // Uniform but huge (camera photos of one size): like mixed sizes.
    expect(dataShapeFor({ ...photos, nativeInput: [3000, 4000, 3], input: [64, 64, 1] })).toEqual({ input: [64, 64, 3], classes: 2 });
  });
});

describe('durations', () => {
  it('reads short', () => {
    expect(formatDuration(4.4)).toBe('4 s');
    expect(formatDuration(185)).toBe('3 m 05 s');
    expect(formatDuration(3720)).toBe('1 h 02 m');
    expect(formatDuration(-3)).toBe('0 s');
  });
});
