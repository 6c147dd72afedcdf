/**
 * Trained tfjs weights → a safetensors file in PyTorch layouts, keyed by the exported module's state_dict
 * names. Pure: takes the weights as named arrays (see runWeights.ts for reading a run folder).
 */
import type { TorchLayout, TorchWeight } from './torchBlocks';

export interface NamedWeight {
  readonly shape: readonly number[];
  readonly data: Float32Array;
}

/** tfjs weight names are `layer/weight` (tfjs may add `_1` to a repeated weight name): looks one up by layer and weight. */
export function findWeight(weights: ReadonlyMap<string, NamedWeight>, layer: string, weight: string): NamedWeight | undefined {
  const exact = weights.get(`${layer}/${weight}`);
  if (exact) return exact;
  const pattern = new RegExp(`^${layer.replace(/[^A-Za-z0-9_]/g, '\\$&')}/${weight}(_\\d+)?$`);
  for (const [name, w] of weights) if (pattern.test(name)) return w;
  return undefined;
}

/** Permutes an array of `shape` by `perm` (out axis i = in axis perm[i]). */
export function permute(data: Float32Array, shape: readonly number[], perm: readonly number[]): { data: Float32Array; shape: number[] } {
  const outShape = perm.map((p) => shape[p]);
  const inStrides = shape.map((_, i) => shape.slice(i + 1).reduce((a, b) => a * b, 1));
  const stepOf = perm.map((p) => inStrides[p]);
  const out = new Float32Array(data.length);
  const idx = new Array<number>(outShape.length).fill(0);
  let src = 0;
  for (let o = 0; o < out.length; o++) {
    out[o] = data[src];
    // Advance the output index like an odometer, moving the source offset by the permuted strides.
    for (let a = outShape.length - 1; a >= 0; a--) {
      idx[a]++;
      src += stepOf[a];
      if (idx[a] < outShape[a]) break;
      src -= stepOf[a] * outShape[a];
      idx[a] = 0;
    }
  }
  return { data: out, shape: outShape };
}

const PERMUTATION: Record<TorchLayout, readonly number[] | null> = {
  conv: [3, 2, 0, 1], // [kh, kw, in, out] → [out, in, kh, kw]; a transposed conv's [kh, kw, out, in] → [in, out, kh, kw]
  dense: [1, 0], // [in, out] → [out, in]
  vector: null,
};

export class WeightsMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WeightsMismatchError';
  }
}

/** The state_dict tensors for `mapping`, converted from the tfjs weights. */
export function toTorchTensors(mapping: readonly TorchWeight[], weights: ReadonlyMap<string, NamedWeight>): Map<string, NamedWeight> {
  const out = new Map<string, NamedWeight>();
  for (const m of mapping) {
    const w = findWeight(weights, m.layer, m.weight);
    if (!w) throw new WeightsMismatchError(`the saved model has no weight "${m.layer}/${m.weight}": was it trained from this network?`);
    const perm = PERMUTATION[m.layout];
    if (perm && perm.length !== w.shape.length) {
      throw new WeightsMismatchError(`weight "${m.layer}/${m.weight}" has shape [${w.shape.join(', ')}], expected ${perm.length} axes`);
    }
    out.set(m.key, perm ? permute(w.data, w.shape, perm) : { data: w.data, shape: [...w.shape] });
  }
  return out;
}

/** The safetensors format: u64 header length, JSON header (dtype, shape, byte offsets), then the raw little-endian data. */
export function encodeSafetensors(tensors: ReadonlyMap<string, NamedWeight>, metadata: Record<string, string> = {}): Uint8Array {
  const header: Record<string, unknown> = { __metadata__: metadata };
  let offset = 0;
  for (const [name, t] of tensors) {
    header[name] = { dtype: 'F32', shape: t.shape, data_offsets: [offset, offset + t.data.byteLength] };
    offset += t.data.byteLength;
  }
  let json = JSON.stringify(header);
  json += ' '.repeat((8 - (json.length % 8)) % 8); // keeps the data 8-byte aligned
  const headerBytes = new TextEncoder().encode(json);
  const out = new Uint8Array(8 + headerBytes.length + offset);
  new DataView(out.buffer).setBigUint64(0, BigInt(headerBytes.length), true);
  out.set(headerBytes, 8);
  let at = 8 + headerBytes.length;
  for (const t of tensors.values()) {
    out.set(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength), at);
    at += t.data.byteLength;
  }
  return out;
}
