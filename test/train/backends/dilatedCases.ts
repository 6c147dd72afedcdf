/**
 * LayerLoom's dilated Conv2D gradient (tfjs has none) against an independent reference: the same
 * convolution with the dilation written into the filter (zeros between taps), dilation 1, stock gradients.
 * Run on every backend that trains (dilatedConv.test.ts: wasm and cpu; webgpuGradients.test.ts: webgpu).
 */
import { expectClose, rand, runOn, tf } from './gradHarness';

type Pad = 'same' | 'valid';

function reference(x: tf.Tensor4D, w: tf.Tensor4D, dy: tf.Tensor4D, d: [number, number], pad: Pad): tf.Tensor[] {
  const [kh, kw, ci, co] = w.shape;
  // Zeros between the taps: [kh, 1, kw, 1, ci·co] padded to [kh, dh, kw, dw, ci·co], cut to the dilated size.
  const spread = (f: tf.Tensor) => tf.pad(f.reshape([kh, 1, kw, 1, ci * co]), [[0, 0], [0, d[0] - 1], [0, 0], [0, d[1] - 1], [0, 0]])
    .reshape([kh * d[0], kw * d[1], ci, co]).slice([0, 0, 0, 0], [(kh - 1) * d[0] + 1, (kw - 1) * d[1] + 1, ci, co]) as tf.Tensor4D;
  const f = (a: tf.Tensor, b: tf.Tensor) => tf.conv2d(a as tf.Tensor4D, spread(b), 1, pad);
  return [f(x, w), ...tf.grads(f)([x, w], dy)];
}

export interface DilatedCase {
  readonly name: string;
  readonly shape: number[];
  readonly kernel: [number, number];
  readonly filters: number;
  readonly dilation: [number, number];
  readonly pad: Pad;
}

export const DILATED_CASES: readonly DilatedCase[] = ([
  [[2, 9, 9, 3], [3, 3], 4, [2, 2], 'same'],
  [[2, 9, 9, 3], [3, 3], 4, [2, 2], 'valid'],
  [[2, 12, 10, 2], [3, 2], 3, [3, 2], 'same'],
  [[1, 11, 11, 1], [2, 2], 2, [4, 4], 'valid'],
] as const).map(([shape, kernel, filters, dilation, pad]) => ({
  name: `x ${shape.join('x')}, kernel ${kernel.join('x')}, dilation ${dilation.join('x')}, ${pad}`,
  shape: [...shape], kernel: [...kernel], filters, dilation: [...dilation], pad,
}));

/** The output and both gradients on `backend` equal the reference's on cpu. */
export async function checkDilated(backend: string, c: DilatedCase): Promise<void> {
  const inputs = () => {
    const x = rand(c.shape, 21) as tf.Tensor4D;
    const w = rand([...c.kernel, c.shape[3], c.filters], 22) as tf.Tensor4D;
    const y = tf.conv2d(x, w, 1, c.pad, 'NHWC', c.dilation);
    return { x, w, dy: rand(y.shape, 23) as tf.Tensor4D };
  };
  const ours = await runOn(backend, () => {
    const { x, w, dy } = inputs();
    const f = (a: tf.Tensor, b: tf.Tensor) => tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 1, c.pad, 'NHWC', c.dilation);
    return [f(x, w), ...tf.grads(f)([x, w], dy)];
  });
  const expected = await runOn('cpu', () => {
    const { x, w, dy } = inputs();
    return reference(x, w, dy, c.dilation, c.pad);
  });
  expectClose(ours, expected, 1e-5);
}
