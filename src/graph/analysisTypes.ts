/** What `analyze(graph)` derives from a network document. Plain data, recomputed on every edit. */
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

/** Receptive field of one output pixel in input-image pixels (Araujo et al. 2019 notation). */
export interface ReceptiveField {
  /** Side of the square region of the input one output pixel can see. */
  readonly size: number;
  /** Distance in input pixels between two adjacent output pixels (the product of strides). */
  readonly jump: number;
  /** Input coordinate of the centre of the first output pixel's field. */
  readonly start: number;
  /** True once a Flatten/Dense/global pool has mixed every position: the field is the whole image. */
  readonly global: boolean;
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
  readonly flops: number;
  readonly receptiveField: ReceptiveField | null;
  /** Bytes of this block's output activations for one image (float32). */
  readonly activationBytes: number;
  readonly diagnostics: readonly Diagnostic[];
}

export interface AnalysisTotals {
  readonly params: number;
  readonly trainableParams: number;
  readonly nonTrainableParams: number;
  readonly flops: number;
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
