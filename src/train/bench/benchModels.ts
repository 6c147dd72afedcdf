/**
 * The models `layerloom bench` trains, built from LayerLoom's own blocks, layer for layer the ones of
 * the PyTorch reference script (torch_reference.py; see torchReference.ts), so images/s compare with
 * PyTorch's directly.
 */
import type { Graph, GraphNode, Params } from '../../graph/types';

export const BENCH_MODEL_NAMES = ['lenet5', 'resnet20', 'resnet20_64'] as const;
export type BenchModelName = (typeof BENCH_MODEL_NAMES)[number];

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

/**
 * torch_reference's resnet20 from LayerLoom's blocks: conv 16 (no bias), BN, ReLU; 3 stages × 3 basic
 * blocks (16, 32, 64 channels; 3×3 convolutions padded by 1 on every side as PyTorch pads; stride 2
 * opening stages 2 and 3, where Add inserts the 1×1 conv + BN
 * projection); global average pool; dense 10 (272,474 parameters). Logits out.
 */
export function resnet20BlocksGraph(): Graph {
  const nodes: GraphNode[] = [];
  const edges: { id: string; source: string; target: string }[] = [];
  const add = (kind: string, params: Params, ...from: string[]): string => {
    const id = `${kind.toLowerCase()}_${nodes.length}`;
    nodes.push({ id, kind, params, position: { x: 0, y: nodes.length * 80 } });
    for (const f of from) edges.push({ id: `e${edges.length}`, source: f, target: id });
    return id;
  };
  const convBn = (from: string, filters: number, stride: number): string => {
    const c = add('Conv2D', { filters, kernel: 3, stride, padding: 'explicit', pad: 1, activation: 'linear', bias: false }, from);
    return add('BatchNorm', {}, c);
  };
  let x = add('Input', { height: 32, width: 32, channels: 3 });
  x = add('Activation', { activation: 'relu' }, convBn(x, 16, 1));
  for (const [filters, stride] of [[16, 1], [32, 2], [64, 2]]) {
    for (let i = 0; i < 3; i++) {
      const y = add('Activation', { activation: 'relu' }, convBn(x, filters, i === 0 ? stride : 1));
      x = add('Activation', { activation: 'relu' }, add('Add', { projection: 'auto' }, convBn(y, filters, 1), x));
    }
  }
  add('Output', { classes: 10, softmax: false }, add('GlobalAveragePool', {}, x));
  return { nodes, edges };
}

/** The resnet20 template when the template catalog has it, else the same network built here. */
async function resnet20Graph(side = 32): Promise<Graph> {
  // The template catalog is loaded lazily (the path is a variable until it exists in every checkout).
  const templatesModule: string = '../../graph/templates/index';
  let graph: Graph;
  try {
    const { getTemplate } = (await import(/* @vite-ignore */ templatesModule)) as {
      getTemplate(name: string): { build(): Graph } | undefined;
    };
    graph = getTemplate('resnet20')?.build() ?? resnet20BlocksGraph();
  } catch {
    graph = resnet20BlocksGraph();
  }
  // Logits out: the bench loss applies softmax itself, as PyTorch's CrossEntropyLoss does.
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      if (n.kind === 'Output') return { ...n, params: { ...n.params, softmax: false } };
      if (n.kind === 'Input') return { ...n, params: { ...n.params, height: side, width: side } };
      return n;
    }),
  };
}

export const BENCH_MODELS: Readonly<Record<BenchModelName, BenchModel>> = {
  lenet5: { name: 'lenet5', inputShape: [28, 28, 1], classes: 10, params: 61_706, images: 4096, graph: lenet5Graph },
  resnet20: { name: 'resnet20', inputShape: [32, 32, 3], classes: 10, params: 272_474, images: 1024, graph: () => resnet20Graph(32) },
  // The same network on 64×64×3 images (global average pooling keeps the parameters): 4× the work per image.
  resnet20_64: { name: 'resnet20_64', inputShape: [64, 64, 3], classes: 10, params: 272_474, images: 256, graph: () => resnet20Graph(64) },
};
