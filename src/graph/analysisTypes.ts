/** What `analyze(graph)` derives from a network document. Plain data, recomputed on every edit. */
import type { AxisMap } from './axisMap';
import type { ReceptiveFieldEffect } from './blocks/blockDefinition';
import type { Localized } from './localized';
import type { ParamValue, Shape } from './types';

export type Severity = 'error' | 'warning';

export type DiagnosticCode =
  | 'unknown-kind'
  | 'bad-param'
  | 'cycle'
  | 'missing-input'
  | 'extra-input'
  | 'dangling-edge'
  | 'duplicate-id'
  | 'disconnected'
  | 'no-input-block'
  | 'no-output-block'
  | 'multiple-inputs'
  | 'multiple-outputs'
  | 'shape'
  | 'absurd-size'
  | 'stacked-projection'
  | 'upstream-error';

/**
 * A problem's fix as an edit the editor can apply in one click (one undo step): plain data, so analysis
 * stays pure and the editor's `applyFix` command performs it.
 */
export type FixAction =
  | { readonly kind: 'setParams'; readonly nodeId: string; readonly params: Readonly<Record<string, ParamValue>> }
  | { readonly kind: 'deleteEdges'; readonly edgeIds: readonly string[] }
  | { readonly kind: 'deleteBlocks'; readonly nodeIds: readonly string[] }
  /** A new block of `block` kind on the connection `edgeId`, which ends at `nodeId`. */
  | { readonly kind: 'insertBefore'; readonly nodeId: string; readonly edgeId: string; readonly block: string }
  /** A connection from `source` (whose output goes nowhere) to `target` (which lacks an input). */
  | { readonly kind: 'connect'; readonly source: string; readonly target: string }
  /** A new block of `block` kind fed by `after` (which feeds nothing), or feeding `before` (which has no input). */
  | { readonly kind: 'addBlock'; readonly block: string; readonly after?: string; readonly before?: string };

export interface Diagnostic {
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  /** The block at fault, when there is one; the UI shows the diagnostic on it. */
  readonly nodeId?: string;
  readonly edgeId?: string;
  /** The parameter at fault, when there is one; the inspector highlights it. */
  readonly param?: string;
  readonly message: Localized;
  readonly fix: Localized;
  /** The fix as an edit, when it is one the editor can make (an "Apply" button). */
  readonly action?: FixAction;
}

/**
 * Receptive field of a block's output pixels in input-image pixels, exact for every pixel phase: after
 * upsampling, neighbouring output pixels can see different amounts of the image (a bilinear ×2 copies one
 * input into even pixels and blends two into odd ones), so the field is kept per phase (see ./axisMap.ts).
 */
export interface ReceptiveField {
  /** Side of the largest region one output pixel can see (the receptive field as usually quoted). */
  readonly size: number;
  /** Side of the smallest one (equal to `size` unless the phases differ). */
  readonly minSize: number;
  /** Input pixels between adjacent output pixels, on average (the product of strides; fractional after upsampling). */
  readonly jump: number;
  /** Input coordinate of the centre of the first output row's field. */
  readonly start: number;
  /** True once a Flatten/Dense/global pool has mixed every position: the field is the whole image. */
  readonly global: boolean;
  /** Per output row / column: the input rows / columns seen, per phase (null once global). */
  readonly rows: AxisMap | null;
  readonly cols: AxisMap | null;
}

export interface NodeAnalysis {
  readonly id: string;
  readonly kind: string;
  /** Ids of the blocks feeding this one, in edge order. */
  readonly inputIds: readonly string[];
  readonly inputShapes: readonly Shape[];
  /** Null when the shape cannot be inferred (an error here or upstream). */
  readonly outputShape: Shape | null;
  readonly params: { readonly trainable: number; readonly nonTrainable: number };
  /** Forward floating-point operations per image; a multiply-add counts as 2 (see BlockDefinition.flops). */
  readonly flops: number;
  /** Multiply-accumulates with learned weights per image (convolutions, dense layers, projections). */
  readonly macs: number;
  readonly receptiveField: ReceptiveField | null;
  /** What this block itself does to the field (its catalog entry's map), null when its shape is unknown. */
  readonly receptiveFieldEffect: ReceptiveFieldEffect | null;
  /** Bytes of this block's output activations for one image (float32). */
  readonly activationBytes: number;
  readonly diagnostics: readonly Diagnostic[];
}

export interface AnalysisTotals {
  readonly params: number;
  readonly trainableParams: number;
  readonly nonTrainableParams: number;
  readonly flops: number;
  readonly macs: number;
  readonly activationBytesPerImage: number;
}

export interface Analysis {
  /** Every node, keyed by id. */
  readonly nodes: Readonly<Record<string, NodeAnalysis>>;
  /** Node ids in a topological order (nodes on a cycle are left out). */
  readonly order: readonly string[];
  /** Every diagnostic, errors first. */
  readonly diagnostics: readonly Diagnostic[];
  readonly totals: AnalysisTotals;
  readonly inputId: string | null;
  readonly outputId: string | null;
  /** True when the graph compiles to a model (no errors). */
  readonly ok: boolean;
}
