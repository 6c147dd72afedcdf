/** Small pure helpers that turn project settings into what the data and the model need. */
import type { AugmentOptions } from '../data/index';
import type { TrainingSettings } from '../graph/projectFile';
import type { Graph, GraphNode } from '../graph/types';

/** The project's on/off augmentation switches as amounts: flip, crop with 10 % padding, brightness ±0.1 and contrast ±0.2. */
export function augmentOptions(a: TrainingSettings['augment'], input?: readonly number[]): AugmentOptions | undefined {
  if (!a.flip && !a.crop && !a.brightness) return undefined;
  const side = input ? Math.min(input[0], input[1]) : 28;
  return {
    flip: a.flip,
    cropPadding: a.crop ? Math.max(1, Math.round(side / 10)) : 0,
    brightness: a.brightness ? 0.1 : 0,
    contrast: a.brightness ? 0.2 : 0,
  };
}

/** The Output block takes the data's class count (the rest of the graph is unchanged). */
export function withClasses(graph: Graph, classes: number): Graph {
  if (graph.nodes.every((n) => n.kind !== 'Output' || n.params.classes === classes)) return graph;
  return { ...graph, nodes: graph.nodes.map((n): GraphNode => (n.kind === 'Output' ? { ...n, params: { ...n.params, classes } } : n)) };
}
