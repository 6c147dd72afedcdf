/** The network document: plain, JSON-serialisable data. Derived facts (shapes, errors) are never stored here. */

/** A tensor shape without the batch axis: [H, W, C] for images, [N] for vectors. */
export type Shape = readonly number[];

export interface Position {
  readonly x: number;
  readonly y: number;
}

export type ParamValue = number | string | boolean;
export type Params = Readonly<Record<string, ParamValue>>;

export interface GraphNode {
  /** Stable identifier, also the tfjs layer name: letters, digits and underscores. */
  readonly id: string;
  readonly kind: string;
  readonly params: Params;
  readonly position: Position;
  /** Optional user label shown instead of the kind's title. */
  readonly label?: string;
}

export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

export interface Graph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

export const NODE_ID_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
