/**
 * ResNet graphs built block by block (conv → BatchNorm → ReLU, Add with automatic projection), for the
 * benchmark and as a fixture when the template catalog is not available. Matches torchvision's layout.
 */
import { withAutoLayout } from '../../../src/graph/editing/autoLayout';
import type { Graph, GraphEdge, GraphNode, Params } from '../../../src/graph/types';

export function resnetGraph(depth: 18 | 34 | 50, classes = 1000): Graph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const counts = new Map<string, number>();
  const add = (kind: string, params: Params, from: readonly string[]): string => {
    const stem = kind.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
    const n = (counts.get(stem) ?? 0) + 1;
    counts.set(stem, n);
    const id = `${stem}_${n}`;
    nodes.push({ id, kind, params, position: { x: 0, y: 0 } });
    for (const s of from) edges.push({ id: `${s}__${id}`, source: s, target: id });
    return id;
  };
  const conv = (x: string, filters: number, kernel: number, stride: number) =>
    add('BatchNorm', {}, [add('Conv2D', { filters, kernel, stride, padding: 'same', activation: 'linear', bias: false }, [x])]);
  const relu = (x: string) => add('Activation', { activation: 'relu' }, [x]);

  let x = add('Input', { height: 224, width: 224, channels: 3 }, []);
  x = relu(conv(x, 64, 7, 2));
  x = add('MaxPool2D', { pool: 3, stride: 2, padding: 'same' }, [x]);
  const stages = depth === 18 ? [2, 2, 2, 2] : [3, 4, 6, 3];
  const bottleneck = depth === 50;
  stages.forEach((blocks, stage) => {
    const width = 64 * 2 ** stage;
    for (let b = 0; b < blocks; b++) {
      const stride = stage > 0 && b === 0 ? 2 : 1;
      let y: string;
      if (bottleneck) {
        y = relu(conv(x, width, 1, 1));
        y = relu(conv(y, width, 3, stride));
        y = conv(y, width * 4, 1, 1);
      } else {
        y = relu(conv(x, width, 3, stride));
        y = conv(y, width, 3, 1);
      }
      x = relu(add('Add', { projection: 'auto', projectionBatchNorm: true }, [y, x]));
    }
  });
  x = add('GlobalAveragePool', {}, [x]);
  add('Output', { classes, softmax: true }, [x]);
  return withAutoLayout({ nodes, edges });
}
