/**
 * Builds a network document block by block: each block is fed by the previous one unless told
 * otherwise, so a chain reads top to bottom; residual blocks name their branch and merge inputs.
 */
import type { BlockKind } from '../blocks/index';
import { layoutGraph } from '../layout';
import type { Graph, GraphEdge, GraphNode, Params } from '../types';
import { NODE_ID_PATTERN } from '../types';

export class GraphBuilder {
  private readonly nodes: GraphNode[] = [];
  private readonly edges: GraphEdge[] = [];
  private readonly ids = new Set<string>();
  private current: string | null = null;

  /** The block the next `add` connects from. */
  get last(): string {
    if (this.current === null) throw new Error('GraphBuilder: no block added yet');
    return this.current;
  }

  /**
   * Adds a block and returns its id. `from` lists its inputs in order (merges: input order matters);
   * by default the block is fed by the last one added (nothing for the first block).
   */
  add(id: string, kind: BlockKind, params: Params = {}, from?: string | readonly string[]): string {
    if (!NODE_ID_PATTERN.test(id)) throw new Error(`GraphBuilder: "${id}" is not a valid block id`);
    if (this.ids.has(id)) throw new Error(`GraphBuilder: duplicate block id "${id}"`);
    const sources = from === undefined ? (this.current === null ? [] : [this.current]) : typeof from === 'string' ? [from] : from;
    for (const source of sources) {
      if (!this.ids.has(source)) throw new Error(`GraphBuilder: "${id}" is fed by unknown block "${source}"`);
      this.edges.push({ id: `${source}__${id}`, source, target: id });
    }
    this.ids.add(id);
    this.nodes.push({ id, kind, params, position: { x: 0, y: 0 } });
    this.current = id;
    return id;
  }

  /** The document, laid out for the canvas. */
  build(): Graph {
    return layoutGraph({ nodes: [...this.nodes], edges: [...this.edges] });
  }
}
