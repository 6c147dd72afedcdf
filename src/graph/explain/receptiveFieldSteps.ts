/**
 * The receptive-field recursion written out for one block: from the block back to the input,
 * RF(i) = S(i)·(RF(i+1) − 1) + K(i), starting from RF = 1 at the block's output, with K the effective
 * kernel d·(k − 1) + 1. It follows the path that gives the block its field (at a merge, the input with
 * the larger field). Upsampling makes output pixels denser than input pixels, where the classic recursion
 * does not apply: the explanation then says so and gives the field computed exactly instead.
 */
import type { Analysis, NodeAnalysis } from '../analysisTypes';
import { spanSize } from '../axisMap';
import type { LocalMaps } from '../blocks/blockDefinition';
import { getBlock } from '../blocks/index';
import { withDefaults } from '../params';
import type { Graph } from '../types';

export interface RfStep {
  readonly id: string;
  readonly kind: string;
  readonly kernel: number;
  readonly dilation: number;
  /** K(i) = d·(k − 1) + 1. */
  readonly effective: number;
  readonly stride: number;
  /** RF(i+1): the field entering this block from above (1 for the first step). */
  readonly before: number;
  /** RF(i) = S·(before − 1) + K. */
  readonly after: number;
}

export type RfExplanation =
  /** The classic recursion: `result` equals the block's field when `matches`. */
  | { readonly type: 'recursion'; readonly steps: readonly RfStep[]; readonly result: number; readonly field: number; readonly matches: boolean; readonly via: readonly MergeChoice[] }
  /** A Flatten, Dense or global pool on the path mixes every position: the field is the whole image. */
  | { readonly type: 'global'; readonly at: string }
  /** Upsampling (UpSampling2D, Conv2DTranspose) on the path: the recursion does not apply; `field` is exact. */
  | { readonly type: 'upsampling'; readonly at: readonly string[]; readonly field: number }
  | { readonly type: 'none' };

/** At a merge, the input the recursion followed. */
export interface MergeChoice {
  readonly merge: string;
  readonly via: string;
}

/** Kinds whose windows the recursion lists although they change nothing (1×1 convolutions are layers people expect to see). */
const SHOWN_WHEN_TRIVIAL = new Set(['Conv2D', 'MaxPool2D', 'AvgPool2D']);

export function explainReceptiveField(graph: Graph, analysis: Analysis, id: string): RfExplanation {
  const target = analysis.nodes[id];
  if (!target?.receptiveField) return { type: 'none' };
  if (target.receptiveField.global) {
    // The first block (from the input) on the way that made the field global.
    let at = id;
    for (let cur: string | undefined = id; cur; ) {
      const a: NodeAnalysis | undefined = analysis.nodes[cur];
      if (!a?.receptiveField?.global) break;
      at = cur;
      cur = a.inputIds.find((x: string) => analysis.nodes[x]?.receptiveField?.global) ?? a.inputIds[0];
    }
    return { type: 'global', at };
  }
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const steps: RfStep[] = [];
  const via: MergeChoice[] = [];
  const upsampling: string[] = [];
  let rf = 1;
  for (let cur: string | undefined = id; cur; ) {
    const node = byId.get(cur);
    const a: NodeAnalysis | undefined = analysis.nodes[cur];
    const def = node && getBlock(node.kind);
    if (!node || !a || !def || !a.outputShape) return { type: 'none' };
    const effect = def.receptiveField(withDefaults(def.params, node.params), a.inputShapes, a.outputShape);
    const step = (maps: LocalMaps, window?: { readonly kernel: number; readonly dilation: number }) => {
      const w = windowOf(maps);
      if (!w) {
        upsampling.push(cur!);
        return;
      }
      const after = w.stride * (rf - 1) + w.effective;
      const trivial = w.effective === 1 && w.stride === 1;
      if (!trivial || SHOWN_WHEN_TRIVIAL.has(node.kind)) {
        const kernel = window?.kernel ?? w.effective;
        const dilation = window?.dilation ?? 1;
        steps.push({ id: cur!, kind: node.kind, kernel, dilation, effective: w.effective, stride: w.stride, before: rf, after });
      }
      rf = after;
    };
    if (effect.type === 'map') step(effect, effect.window);
    if (a.inputIds.length > 1) {
      const widest: string = a.inputIds.reduce((best: string, x: string) => ((analysis.nodes[x]?.receptiveField?.size ?? 0) > (analysis.nodes[best]?.receptiveField?.size ?? 0) ? x : best));
      // A projected shortcut (a 1×1 convolution with its stride) on the followed input is a step too.
      const projected = effect.type === 'inputs' ? effect.maps[a.inputIds.indexOf(widest)] : null;
      if (projected) step(projected);
      via.push({ merge: cur, via: widest });
      cur = widest;
    } else {
      cur = a.inputIds[0];
    }
  }
  const field = target.receptiveField.size;
  if (upsampling.length) return { type: 'upsampling', at: upsampling, field };
  return { type: 'recursion', steps, result: rf, field, matches: rf === field, via };
}

/** A map that is one sliding window (every output pixel reads the same span, moved by the stride), else null (upsampling). */
function windowOf(maps: LocalMaps): { effective: number; stride: number } | null {
  const axis = maps.rows;
  if (axis.period !== 1 || axis.finite) return null;
  return { effective: spanSize(axis.spans[0]), stride: axis.shift };
}
