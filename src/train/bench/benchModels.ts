/**
 * The two models `layerloom bench` trains, built from LayerLoom's own blocks, layer for layer the
 * ones in shared/bench/torch_reference.py (so images/s compare with PyTorch's directly).
 */
import type { Graph, GraphNode, Params } from '../../graph/types';

export type BenchModelName = 'lenet5' | 'resnet20';

export interface BenchModel {
  readonly name: BenchModelName;
  /** [height, width, channels] of one image. */
  readonly inputShape: readonly [number, number, number];
  readonly classes: number;
  /** Trainable parameters of the PyTorch reference. */
  readonly params: number;
  /** Images per timed pass (torch_reference.py uses the same). */
  readonly images: number;
  graph(): Graph | Promise<Graph>;
}

/** Builds a chain of blocks: each node feeds the next. */
export function chain(blocks: readonly [kind: string, params: Params][]): Graph {
  const nodes: GraphNode[] = blocks.map(([kind, params], i) => ({
    id: `${kind.toLowerCase()}_${i}`, kind, params, position: { x: 0, y: i * 80 },
  }));
  const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: nodes[i].id, target: n.id }));
  return { nodes, edges };
}

/** torch_reference's lenet5: ReLU and max pooling (61,706 parameters); logits out (the loss applies softmax). */
export function lenet5Graph(): Graph {
  return chain([
    ['Input', { height: 28, width: 28, channels: 1 }],
    ['Conv2D', { filters: 6, kernel: 5, stride: 1, padding: 'same', activation: 'relu', bias: true }],
    ['MaxPool2D', { pool: 2, stride: 2, padding: 'valid' }],
    ['Conv2D', { filters: 16, kernel: 5, stride: 1, padding: 'valid', activation: 'relu', bias: true }],
    ['MaxPool2D', { pool: 2, stride: 2, padding: 'valid' }],
    ['Flatten', {}],
    ['Dense', { units: 120, activation: 'relu', bias: true }],
    ['Dense', { units: 84, activation: 'relu', bias: true }],
    ['Output', { classes: 10, softmax: false }],
  ]);
}

async function resnet20Graph(): Promise<Graph> {
  // The template catalog is loaded lazily (the path is a variable until it exists in every checkout).
  const templatesModule: string = '../../graph/templates/index';
  const { getTemplate } = (await import(/* @vite-ignore */ templatesModule)) as {
    getTemplate(name: string): { build(): Graph } | undefined;
  };
  const template = getTemplate('resnet20');
  if (!template) throw new Error('bench: the resnet20 template is missing from src/graph/templates');
  const graph = template.build();
  // Logits out: the bench loss applies softmax itself, as PyTorch's CrossEntropyLoss does.
  return {
    ...graph,
    nodes: graph.nodes.map((n) => (n.kind === 'Output' ? { ...n, params: { ...n.params, softmax: false } } : n)),
  };
}

export const BENCH_MODELS: Readonly<Record<BenchModelName, BenchModel>> = {
  lenet5: { name: 'lenet5', inputShape: [28, 28, 1], classes: 10, params: 61_706, images: 4096, graph: lenet5Graph },
  resnet20: { name: 'resnet20', inputShape: [32, 32, 3], classes: 10, params: 272_474, images: 1024, graph: resnet20Graph },
};
