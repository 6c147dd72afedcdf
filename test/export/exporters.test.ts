/** The per-kind exporter tables cover the catalog, and the weight conversion's pieces are right on their own. */
import { describe, expect, it } from 'vitest';
import { KERAS_BLOCKS } from '../../src/export/kerasBlocks';
import { samePads } from '../../src/export/padding';
import { className, pythonName } from '../../src/export/pythonNames';
import { TORCH_BLOCKS } from '../../src/export/torchBlocks';
import { encodeSafetensors, permute } from '../../src/export/torchWeights';
import { BLOCK_KINDS } from '../../src/graph/blocks/index';
import { IMAGE_EXTENSIONS as APP_EXTENSIONS } from '../../src/data/decode';
import { SYSTEM_NAMES as APP_SYSTEM_NAMES } from '../../src/data/folderScan';
import { IMAGE_EXTENSIONS, SYSTEM_NAMES } from '../../src/export/pythonPreprocess';

describe('export tables', () => {
  it('have exactly one PyTorch and one Keras exporter per catalog kind', () => {
    expect(Object.keys(TORCH_BLOCKS).sort()).toEqual([...BLOCK_KINDS].sort());
    expect(Object.keys(KERAS_BLOCKS).sort()).toEqual([...BLOCK_KINDS].sort());
  });

  it('pads "same" like tfjs: the odd extra pixel goes bottom/right', () => {
    expect(samePads([224, 224, 3], 7, 2)).toEqual({ top: 2, bottom: 3, left: 2, right: 3 });
    expect(samePads([112, 112, 64], 3, 2)).toEqual({ top: 0, bottom: 1, left: 0, right: 1 });
    expect(samePads([28, 28, 1], 5, 1)).toEqual({ top: 2, bottom: 2, left: 2, right: 2 });
    expect(samePads([10, 10, 1], 3, 1, 2)).toEqual({ top: 2, bottom: 2, left: 2, right: 2 });
  });

  it('writes into the exported folder readers the file rules the app uses', () => {
    expect(IMAGE_EXTENSIONS).toEqual(APP_EXTENSIONS);
    expect([...SYSTEM_NAMES].sort()).toEqual([...APP_SYSTEM_NAMES].sort());
  });

  it('names Python things safely', () => {
    expect(pythonName('conv1')).toBe('conv1');
    expect(pythonName('train')).toBe('train_');
    expect(pythonName('lambda')).toBe('lambda_');
    expect(className('resnet18')).toBe('Resnet18');
    expect(className('my digits v2')).toBe('MyDigitsV2');
    expect(className('3d net')).toBe('Net3dNet');
  });
});

describe('weights conversion', () => {
  it('permutes axes like numpy.transpose', () => {
    // [2, 3] → transpose
    expect(Array.from(permute(Float32Array.from([0, 1, 2, 3, 4, 5]), [2, 3], [1, 0]).data)).toEqual([0, 3, 1, 4, 2, 5]);
    // [kh=1, kw=2, in=2, out=3] → [out, in, kh, kw]
    const data = Float32Array.from({ length: 12 }, (_, i) => i);
    const p = permute(data, [1, 2, 2, 3], [3, 2, 0, 1]);
    expect(p.shape).toEqual([3, 2, 1, 2]);
    // out o, in i, kw j: source index ((0·2 + j)·2 + i)·3 + o
    const expected: number[] = [];
    for (let o = 0; o < 3; o++) for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) expected.push((j * 2 + i) * 3 + o);
    expect(Array.from(p.data)).toEqual(expected);
  });

  it('writes the safetensors layout: u64 header size, 8-byte aligned JSON header, raw data', () => {
    const bytes = encodeSafetensors(new Map([['a.weight', { shape: [2], data: Float32Array.from([1.5, -2]) }]]));
    const size = Number(new DataView(bytes.buffer).getBigUint64(0, true));
    expect(size % 8).toBe(0);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + size)));
    expect(header['a.weight']).toEqual({ dtype: 'F32', shape: [2], data_offsets: [0, 8] });
    expect(Array.from(new Float32Array(bytes.slice(8 + size).buffer))).toEqual([1.5, -2]);
  });
});
