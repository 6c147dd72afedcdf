/**
 * The React Flow nodes and edges, derived from the document, the selection and the analysis. Objects
 * are re-used when nothing visible changed, so React Flow re-renders only the blocks that did.
 */
import type { Edge } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import type { Analysis, NodeAnalysis } from '../../src/graph/analysisTypes';
import type { Selection } from '../../src/graph/editing/index';
import type { Language } from '../../src/graph/localized';
import type { Graph, GraphEdge, GraphNode } from '../../src/graph/types';
import type { BlockNodeType } from '../blocks/BlockNode';
import { blockView, sameView, type BlockView } from '../blocks/blockView';
import { formatShape } from '../format';

export type Measured = { width: number; height: number };

interface NodeEntry {
  node: GraphNode;
  analysis: NodeAnalysis | undefined;
  lang: Language;
  view: BlockView;
  selected: boolean;
  measured: Measured | undefined;
  rf: BlockNodeType;
}

interface EdgeEntry { edge: GraphEdge; label: string; selected: boolean; error: boolean; lang: Language; rf: Edge }

/** What a screen reader says for a connection (React Flow's own default is English only). */
const EDGE_LABEL: Record<Language, (from: string, to: string) => string> = {
  en: (from, to) => `Connection from ${from} to ${to}`,
  zh: (from, to) => `从 ${from} 到 ${to} 的连接`,
};

export function useFlowElements(graph: Graph, selection: Selection, analysis: Analysis, lang: Language, measured: ReadonlyMap<string, Measured>, measureTick: number) {
  const nodeCache = useRef(new Map<string, NodeEntry>());
  const edgeCache = useRef(new Map<string, EdgeEntry>());

  const nodes = useMemo(() => {
    void measureTick;
    const cache = nodeCache.current;
    const next = new Map<string, NodeEntry>();
    const out = graph.nodes.map((node) => {
      const prev = cache.get(node.id);
      const a = analysis.nodes[node.id];
      let view: BlockView;
      if (prev && prev.lang === lang && prev.analysis === a && prev.node.params === node.params && prev.node.label === node.label && prev.node.kind === node.kind) {
        view = prev.view;
      } else {
        view = blockView(node, a, lang);
        if (prev && sameView(prev.view, view)) view = prev.view;
      }
      const selected = selection.nodes.has(node.id);
      const m = measured.get(node.id);
      let rf: BlockNodeType;
      if (prev && prev.view === view && prev.selected === selected && prev.measured === m && prev.node.position === node.position) {
        rf = prev.rf;
      } else {
        rf = { id: node.id, type: 'block', position: node.position, data: view, selected, ...(m ? { measured: m } : {}) };
      }
      const entry = { node, analysis: a, lang, view, selected, measured: m, rf };
      next.set(node.id, entry);
      return rf;
    });
    nodeCache.current = next;
    return out;
  }, [graph.nodes, selection.nodes, analysis, lang, measured, measureTick]);

  const edges = useMemo(() => {
    const cache = edgeCache.current;
    const next = new Map<string, EdgeEntry>();
    const out = graph.edges.map((edge) => {
      const src = analysis.nodes[edge.source];
      const tgt = analysis.nodes[edge.target];
      const label = formatShape(src?.outputShape);
      const selected = selection.edges.has(edge.id);
      const error = !!tgt?.diagnostics.some((d) => d.severity === 'error' && (d.edgeId === edge.id || d.code === 'shape' || d.code === 'extra-input'));
      const prev = cache.get(edge.id);
      let rf: Edge;
      if (prev && prev.edge === edge && prev.label === label && prev.selected === selected && prev.error === error && prev.lang === lang) rf = prev.rf;
      else {
        rf = {
          id: edge.id, type: 'flow', source: edge.source, target: edge.target, selected, label: src?.outputShape ? label : undefined,
          className: error ? 'll-edge-error' : undefined,
          labelBgPadding: [6, 3], labelBgBorderRadius: 4,
          ariaLabel: EDGE_LABEL[lang](edge.source, edge.target),
        };
      }
      next.set(edge.id, { edge, label, selected, error, lang, rf });
      return rf;
    });
    edgeCache.current = next;
    return out;
  }, [graph.edges, selection.edges, analysis, lang]);

  return { nodes, edges };
}
