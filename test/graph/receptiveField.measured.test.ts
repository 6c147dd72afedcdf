/**
 * Receptive fields measured with gradients against analyze()'s, pixel by pixel. Each network of
 * ./rfNetworks.ts is compiled as LayerLoom trains it (tfjs, cpu backend), every weight set to a positive
 * constant and every bias to zero, activations linear: then the gradient of one output pixel with respect
 * to the image is positive exactly on the pixels it depends on, and its extent is the receptive field of
 * that pixel. Max pooling passes gradient to each window's largest input only, so it is measured as the
 * same windows averaged (any input of a window can be its largest). For every block the rows and columns
 * seen by a run of interior output pixels covering every phase must equal the computed ones exactly, and
 * the largest must be the block's reported size.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { activationModel, compileGraph } from '../../src/compile/compileGraph';
import { analyze } from '../../src/graph/analyze';
import { isEmpty, spanAt, type AxisMap, type Span } from '../../src/graph/axisMap';
import type { Graph } from '../../src/graph/types';
import { registerTrainingGradients } from '../../src/train/backends/registerTrainingGradients';
import { RF_NETWORKS, rfGraph, type RfNetwork } from './rfNetworks';

beforeAll(async () => {
  registerTrainingGradients(); // dilated convolutions' gradient, and the cpu backend's bilinear gradient fixed
  await tf.setBackend('cpu');
  await tf.ready();
});

const EMPTY = { lo: 1, hi: 0 };
const show = (s: Span) => (isEmpty(s) ? 'nothing' : `${s.lo}…${s.hi}`);

/** Max pools averaged (same windows), so the gradient reaches every input a window can pick. */
function measurable(graph: Graph): Graph {
  return { ...graph, nodes: graph.nodes.map((n) => (n.kind === 'MaxPool2D' ? { ...n, kind: 'AvgPool2D' } : n)) };
}

/** Rows and columns of the image with a non-zero gradient of output pixel (y, x) (summed over channels). */
function seen(model: tf.LayersModel, [h, w]: readonly [number, number], y: number, x: number): { rows: Span; cols: Span } {
  const grad = tf.tidy(() => {
    const f = (img: tf.Tensor) => (model.apply(img) as tf.Tensor4D).slice([0, y, x, 0], [1, 1, 1, -1]).sum();
    return tf.grad(f)(tf.ones([1, h, w, 1])).dataSync();
  });
  let rows = EMPTY;
  let cols = EMPTY;
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) {
      const g = grad[i * w + j];
      expect(g).toBeGreaterThanOrEqual(0);
      if (g === 0) continue;
      rows = isEmpty(rows) ? { lo: i, hi: i } : { lo: Math.min(rows.lo, i), hi: Math.max(rows.hi, i) };
      cols = isEmpty(cols) ? { lo: j, hi: j } : { lo: Math.min(cols.lo, j), hi: Math.max(cols.hi, j) };
    }
  }
  return { rows, cols };
}

/**
 * Output indices along one axis whose computed field lies inside the image without touching its border
 * (so the measurement is not clipped), or sees nothing: the run nearest the centre, at least two periods.
 * A field kept for the real pixels only (branches of different jumps) is what measuring gives: all of them.
 */
function interior(map: AxisMap, length: number, imageSide: number): number[] {
  if (map.finite) return Array.from({ length }, (_, i) => i);
  const inside = (i: number) => {
    const s = spanAt(map, i);
    return isEmpty(s) || (s.lo >= 1 && s.hi <= imageSide - 2);
  };
  const want = Math.max(8, map.finite ? 8 : 2 * map.period);
  const centre = (length - 1) / 2;
  return Array.from({ length }, (_, i) => i).filter(inside).sort((a, b) => Math.abs(a - centre) - Math.abs(b - centre)).slice(0, want).sort((a, b) => a - b);
}

/** An index along the other axis whose field is interior and not empty, to hold fixed. */
function anchor(map: AxisMap, length: number, imageSide: number): number {
  const ok = interior(map, length, imageSide).filter((i) => !isEmpty(spanAt(map, i)));
  expect(ok.length, 'no interior output pixel to measure from').toBeGreaterThan(0);
  return ok[Math.floor(ok.length / 2)];
}

interface Row {
  readonly network: string;
  readonly block: string;
  readonly computed: string;
  readonly measured: string;
}

const table: Row[] = [];

function range(sizes: number[]): string {
  const lo = Math.min(...sizes);
  const hi = Math.max(...sizes);
  return lo === hi ? `${hi}` : `${lo}–${hi}`;
}

function check(net: RfNetwork): void {
  const graph = rfGraph(net);
  const analysis = analyze(graph);
  expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const compiled = compileGraph(measurable(graph), tf);
  try {
    for (const w of compiled.model.weights) {
      const value = w.originalName.endsWith('/kernel') ? 0.5 : w.originalName.includes('moving_variance') || w.originalName.endsWith('/gamma') ? 1 : 0;
      w.write(tf.fill(w.shape as number[], value));
    }
    for (const [id, kind] of net.steps) {
      const node = analysis.nodes[id];
      const rf = node.receptiveField!;
      const [oh, ow] = node.outputShape!;
      const [ih, iw] = net.input;
      const model = activationModel(compiled, [id], tf);
      const sizes: number[] = [];
      const measureAxis = (axis: 'rows' | 'cols') => {
        const map = rf[axis]!;
        const [length, side] = axis === 'rows' ? [oh, ih] : [ow, iw];
        const other = axis === 'rows' ? anchor(rf.cols!, ow, iw) : anchor(rf.rows!, oh, ih);
        const indices = interior(map, length, side);
        if (!map.finite) expect(new Set(indices.map((i) => i % map.period)).size, `${id} ${axis}: every phase measured`).toBe(map.period);
        for (const i of indices) {
          const got = seen(model, net.input, axis === 'rows' ? i : other, axis === 'rows' ? other : i)[axis];
          const want = spanAt(map, i);
          expect(show(got), `${net.name}: ${id} (${kind}) output ${axis === 'rows' ? 'row' : 'column'} ${i}`).toBe(show(want));
          if (!isEmpty(got)) sizes.push(got.hi - got.lo + 1);
        }
      };
      measureAxis('rows');
      measureAxis('cols');
      // The interior run covers every phase, so its largest and smallest fields are the block's.
      expect(Math.max(...sizes), `${net.name}: ${id} largest field`).toBe(rf.size);
      expect(Math.min(...sizes), `${net.name}: ${id} smallest field`).toBe(rf.minSize);
      table.push({ network: net.name, block: `${id} (${kind})`, computed: range([rf.minSize, rf.size]), measured: range(sizes) });
    }
  } finally {
    compiled.model.dispose();
  }
}

describe('receptive fields equal those measured with gradients, for every pixel phase', () => {
  it.each(RF_NETWORKS.map((n) => [n.name, n] as const))('%s', (_name, net) => {
    check(net);
  }, 60_000);

  it('prints the table (computed vs measured, smallest–largest over pixel phases)', () => {
    const lines = table.map((r) => `${r.network.slice(0, 60).padEnd(60)}  ${r.block.padEnd(26)} ${r.computed.padStart(7)} ${r.measured.padStart(7)}`);
    console.log(['receptive fields: network, block, computed, measured', ...lines].join('\n'));
    expect(table.length).toBeGreaterThanOrEqual(40);
    expect(table.every((r) => r.computed === r.measured)).toBe(true);
  });
});
