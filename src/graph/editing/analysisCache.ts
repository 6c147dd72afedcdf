/**
 * analyze() on every edit, skipped when only positions changed: shapes and errors do not depend on where
 * a block sits, so a drag re-uses the previous analysis (immer keeps untouched params/edges identical).
 */
import type { Analysis } from '../analysisTypes';
import { analyze } from '../analyze';
import type { Graph } from '../types';

export function createAnalysisCache(run: (graph: Graph) => Analysis = analyze): (graph: Graph) => Analysis {
  let lastGraph: Graph | null = null;
  let lastAnalysis: Analysis | null = null;
  return (graph) => {
    if (lastGraph && lastAnalysis && sameStructure(lastGraph, graph)) {
      lastGraph = graph;
      return lastAnalysis;
    }
    lastAnalysis = run(graph);
    lastGraph = graph;
    return lastAnalysis;
  };
}

/** Same blocks (id, kind, params, label) and same connections; positions may differ. */
export function sameStructure(a: Graph, b: Graph): boolean {
  if (a === b) return true;
  if (a.edges !== b.edges || a.nodes.length !== b.nodes.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i];
    const y = b.nodes[i];
    if (x === y) continue;
    if (x.id !== y.id || x.kind !== y.kind || x.params !== y.params || x.label !== y.label) return false;
  }
  return true;
}
