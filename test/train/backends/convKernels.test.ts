import { beforeAll, describe, it } from 'vitest';
import { conv2dFilterGradientByCorrelation } from '../../../src/train/backends/wasm/convGradients';
import { expectClose, rand, runOn, setUpBackends, shapesFrom, tf } from './gradHarness';

// Two kernel threads whatever the machine, so the threaded filter gradient below is exercised.
process.env.LAYERLOOM_THREADS = '2';

beforeAll(setUpBackends);

type Pad = 'same' | 'valid' | [[number, number], [number, number], [number, number], [number, number]];
interface Case { x: [number, number, number, number]; k: [number, number]; co: number; stride: [number, number]; pad: Pad }

const cases: Case[] = [
  { x: [2, 8, 8, 3], k: [3, 3], co: 4, stride: [1, 1], pad: 'same' },
  { x: [2, 8, 8, 3], k: [3, 3], co: 4, stride: [1, 1], pad: 'valid' },
  { x: [2, 9, 7, 2], k: [3, 3], co: 5, stride: [2, 2], pad: 'same' },
  { x: [2, 9, 7, 2], k: [3, 3], co: 5, stride: [2, 2], pad: 'valid' },
  { x: [3, 10, 10, 1], k: [5, 5], co: 6, stride: [1, 1], pad: 'same' },
  { x: [2, 11, 12, 3], k: [2, 3], co: 2, stride: [3, 2], pad: 'valid' },
  { x: [2, 11, 12, 3], k: [4, 5], co: 2, stride: [3, 3], pad: 'same' },
  { x: [2, 8, 8, 4], k: [1, 1], co: 8, stride: [2, 2], pad: 'valid' },
  { x: [2, 8, 8, 4], k: [1, 1], co: 8, stride: [1, 1], pad: 'same' },
  { x: [2, 7, 9, 2], k: [3, 3], co: 3, stride: [2, 1], pad: [[0, 0], [1, 2], [0, 1], [0, 0]] },
  // Stride 1: LayerLoom's direct kernel both ways (overlapping last blocks when channels or widths are
  // not a multiple of 8 or 4, taps outside dy skipped; fewer than 8 channels padded to 8 and cut back).
  { x: [2, 10, 10, 8], k: [5, 5], co: 16, stride: [1, 1], pad: 'valid' },
  { x: [2, 10, 10, 12], k: [3, 3], co: 8, stride: [1, 1], pad: 'valid' },
  { x: [2, 7, 9, 16], k: [3, 3], co: 5, stride: [1, 1], pad: 'same' },
  { x: [2, 6, 5, 8], k: [2, 3], co: 4, stride: [1, 1], pad: [[0, 0], [1, 0], [2, 1], [0, 0]] },
  { x: [1, 4, 4, 9], k: [4, 4], co: 3, stride: [1, 1], pad: 'same' },
  { x: [2, 10, 10, 6], k: [5, 5], co: 16, stride: [1, 1], pad: 'valid' },
  { x: [2, 9, 8, 3], k: [4, 3], co: 5, stride: [1, 1], pad: 'valid' },
  // Strided input gradients (one pass, taps inside dy only): ResNet's downsampling, even and odd kernels, stride 4.
  { x: [2, 8, 8, 4], k: [3, 3], co: 8, stride: [2, 2], pad: 'same' },
  { x: [2, 10, 6, 3], k: [2, 2], co: 5, stride: [2, 2], pad: 'valid' },
  { x: [1, 13, 11, 2], k: [3, 5], co: 3, stride: [4, 4], pad: 'same' },
  { x: [2, 9, 9, 3], k: [3, 3], co: 2, stride: [2, 2], pad: [[0, 0], [2, 1], [0, 2], [0, 0]] },
  // Its 4-pixel blocks with taps past dy's columns (read from zeros after the filter): residues of 5–11 columns.
  { x: [2, 14, 29, 10], k: [5, 5], co: 6, stride: [2, 3], pad: 'same' },
  { x: [1, 6, 21, 16], k: [3, 3], co: 12, stride: [2, 2], pad: [[0, 0], [1, 1], [1, 1], [0, 0]] },
];

describe('wasm Conv2DBackpropFilter and Conv2DBackpropInput', () => {
  for (const c of cases) {
    it(`equal cpu's: x ${c.x.join('x')}, kernel ${c.k.join('x')}, stride ${c.stride.join('x')}, pad ${JSON.stringify(c.pad)}`, async () => {
      const grads = () => {
        const x = rand(c.x, 1);
        const w = rand([...c.k, c.x[3], c.co], 2);
        const f = (a: tf.Tensor, b: tf.Tensor) => tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.stride, c.pad);
        const y = f(x, w);
        const dy = rand(y.shape, 3);
        const [dx, dw] = tf.grads(f)([x, w], dy);
        return [y, dx, dw];
      };
      expectClose(await runOn('wasm', grads), await runOn('cpu', grads), 1e-5);
    });
  }
});

describe('patch-sum filter gradient (fewer than 8 input channels)', () => {
  const shapes: [string, number[], number[], number, 'same' | 'valid'][] = [
    ['ResNet stem 3→16', [5, 32, 32, 3], [3, 3, 3, 16], 1, 'same'],
    ['LeNet conv1 1→6', [5, 28, 28, 1], [5, 5, 1, 6], 1, 'same'],
    ['LeNet conv2 6→16', [5, 14, 14, 6], [5, 5, 6, 16], 1, 'valid'],
    ['7→10 stride 2', [3, 11, 11, 7], [3, 3, 7, 10], 2, 'same'],
    ['2→7 stride 2, 3×2 kernel, valid', [3, 15, 13, 2], [3, 2, 2, 7], 2, 'valid'],
    // Above 50 MFLOP: split across the kernel threads, partial sums added (odd batch; 14 out: co4 lanes cut).
    ['ResNet stem 3→16, batch 61, threaded', [61, 32, 32, 3], [3, 3, 3, 16], 1, 'same'],
    ['5×5 3→14, batch 41, threaded', [41, 32, 32, 3], [5, 5, 3, 14], 1, 'same'],
  ];
  for (const [name, xShape, wShape, stride, pad] of shapes) {
    it(`equals the XNNPACK correlation: ${name}`, async () => {
      const [patches, reference] = await runOn('wasm', () => tf.tidy(() => {
        const x = rand(xShape, 81) as tf.Tensor4D;
        const info = tf.backend_util.computeConv2DInfo(x.shape, wShape as [number, number, number, number], stride, 1, pad);
        const dy = rand(info.outShape, 82) as tf.Tensor4D;
        const viaKernel = tf.engine().runKernel('Conv2DBackpropFilter', { x, dy },
          { strides: stride, pad, dataFormat: 'NHWC', filterShape: wShape }) as tf.Tensor;
        const corr = tf.engine().makeTensorFromTensorInfo(conv2dFilterGradientByCorrelation(tf.backend(), x, dy, info));
        return [viaKernel, corr];
      }));
      expectClose([patches], [reference], 1e-5);
    });
  }
});

describe('threaded SIMD filter gradient (large convolutions)', () => {
  // 24 output channels: Winograd's F(3×3, 2×2); 20: the direct SIMD kernel.
  for (const co of [24, 20]) {
    it(`equals the single-kernel XNNPACK correlation (itself checked against cpu above), odd batch split across threads: 16 -> ${co}`, async () => {
      // 17·32·32·9·16·co·2 ≈ 100–120 MFLOP: above the threading threshold (cpu's naive loop would take ~20 s here).
      const [threaded, reference] = await runOn('wasm', () => tf.tidy(() => {
        const x = rand([17, 32, 32, 16], 74) as tf.Tensor4D;
        const dy = rand([17, 32, 32, co], 76) as tf.Tensor4D;
        const viaKernel = tf.engine().runKernel('Conv2DBackpropFilter', { x, dy },
          { strides: 1, pad: 'same', dataFormat: 'NHWC', filterShape: [3, 3, 16, co] }) as tf.Tensor;
        const backend = tf.backend();
        const info = tf.backend_util.computeConv2DInfo(x.shape, [3, 3, 16, co], 1, 1, 'same');
        const corr = tf.engine().makeTensorFromTensorInfo(conv2dFilterGradientByCorrelation(backend, x, dy, info));
        return [viaKernel, corr];
      }));
      // Sums over 17·32·32 pixels: F(3×3, 4×4)'s transforms (coefficients up to 8, then 1/24) round a
      // little more than the direct sums (measured 1.0e-5 of the largest value).
      expectClose([threaded], [reference], 3e-5);
    });
  }
});

describe('threaded SIMD filter gradient of strided layers (sums carried from image to image)', () => {
  // ResNet's downsampling 3×3 on its explicitly padded input and a 1×1 stride-2 projection, both the direct kernel.
  const cases: [number[], number[]][] = [[[17, 34, 34, 16], [3, 3, 16, 32]], [[65, 16, 16, 32], [1, 1, 32, 64]]];
  for (const [xs, ws] of cases) {
    it(`equals the XNNPACK correlation, odd batch split across threads: x ${xs.join('x')}, filter ${ws.join('x')}, stride 2`, async () => {
      // 17·16·16·9·16·32·2 ≈ 40 MFLOP and 65·8·8·32·64·2 ≈ 17 MFLOP: above the threading threshold.
      const [viaKernel, reference] = await runOn('wasm', () => tf.tidy(() => {
        const x = rand(xs, 77) as tf.Tensor4D;
        const info = tf.backend_util.computeConv2DInfo(x.shape, ws as [number, number, number, number], 2, 1, 'valid');
        const dy = rand([xs[0], info.outHeight, info.outWidth, ws[3]], 78) as tf.Tensor4D;
        const dW = tf.engine().runKernel('Conv2DBackpropFilter', { x, dy },
          { strides: 2, pad: 'valid', dataFormat: 'NHWC', filterShape: ws }) as tf.Tensor;
        return [dW, tf.engine().makeTensorFromTensorInfo(conv2dFilterGradientByCorrelation(tf.backend(), x, dy, info))];
      }));
      expectClose([viaKernel], [reference], 1e-5);
    });
  }
});

describe('threaded stride-1 convolutions (large layers)', () => {
  // 3×3 'same' with 24 out: the Winograd kernels both ways; 5×5 with 20 out: the correlation kernel both ways.
  const cases: [number[], number[]][] = [[[17, 32, 32, 16], [3, 3, 16, 24]], [[17, 24, 24, 16], [5, 5, 16, 20]]];
  for (const [xs, ws] of cases) {
    it(`forward and input gradient equal cpu's, odd batch split across threads: x ${xs.join('x')}, filter ${ws.join('x')}`, async () => {
      // 17·32·32·9·16·24·2 ≈ 120 MFLOP and 17·24·24·25·16·20·2 ≈ 157 MFLOP each way: above the threading threshold.
      const run = () => tf.tidy(() => {
        const x = rand(xs, 61) as tf.Tensor4D;
        const w = rand(ws, 62) as tf.Tensor4D;
        const f = (z: tf.Tensor) => tf.conv2d(z as tf.Tensor4D, w, 1, 'same');
        const y = f(x);
        return [y, tf.grad(f)(x, rand(y.shape, 63))];
      });
      expectClose(await runOn('wasm', run), await runOn('cpu', run), 1e-5);
    });
  }
});

describe('threaded strided forward convolution (a large downsampling layer, padded by 1 as PyTorch pads)', () => {
  it("stride-2 3×3 on an explicitly padded input: the correlation kernel, split across threads, equals cpu's", async () => {
    // 33·16·16·9·16·48·2 ≈ 117 MFLOP: above the threading threshold.
    const run = () => tf.tidy(() => {
      const x = rand([33, 32, 32, 16], 84) as tf.Tensor4D;
      const w = rand([3, 3, 16, 48], 85) as tf.Tensor4D;
      return [tf.conv2d(x, w, 2, [[0, 0], [1, 1], [1, 1], [0, 0]])];
    });
    expectClose(await runOn('wasm', run), await runOn('cpu', run), 1e-5);
  });
});

describe('threaded strided input gradient (a large downsampling layer)', () => {
  it("stride-2 3×3 'same' (ResNet's downsampling): input gradient equals cpu's, split across threads", async () => {
    // 33·16·16·9·16·48·2 ≈ 117 MFLOP: above the threading threshold.
    const run = () => tf.tidy(() => {
      const x = rand([33, 32, 32, 16], 81) as tf.Tensor4D;
      const w = rand([3, 3, 16, 48], 82) as tf.Tensor4D;
      const f = (z: tf.Tensor) => tf.conv2d(z as tf.Tensor4D, w, 2, 'same');
      return [tf.grad(f)(x, rand(f(x).shape, 83))];
    });
    expectClose(await runOn('wasm', run), await runOn('cpu', run), 1e-5);
  });
});

/**
 * A stride-1 'same' convolution of seeded x [xs] and w [ws] (seeds `seed`, `seed` + 1; dy `seed` + 2):
 * forward, input and filter gradients on wasm equal cpu's.
 */
async function sameConvMatchesCpu(xs: number[], ws: number[], seed: number): Promise<void> {
  const run = () => tf.tidy(() => {
    const x = rand(xs, seed) as tf.Tensor4D;
    const w = rand(ws, seed + 1) as tf.Tensor4D;
    const f = (z: tf.Tensor, k: tf.Tensor) => tf.conv2d(z as tf.Tensor4D, k as tf.Tensor4D, 1, 'same');
    const y = f(x, w);
    return [y, ...tf.grads(f)([x, w], rand(y.shape, seed + 2))];
  });
  expectClose(await runOn('wasm', run), await runOn('cpu', run), 1e-5);
}

describe("Winograd (3×3 stride-1 'same', input channels a multiple of 4, output of 8; F(4×4, 3×3) on maps 4+ on a side, else F(2×2, 3×3))", () => {
  const shapes: [number[], number[]][] = [
    [[1, 5, 7, 4], [3, 3, 4, 8]], // odd height and width: half tiles at the bottom and right
    [[2, 6, 9, 12], [3, 3, 12, 16]],
    [[2, 1, 1, 8], [3, 3, 8, 8]], // one pixel: every tap but the centre is padding
    [[3, 10, 3, 8], [3, 3, 8, 24]],
    [[2, 7, 5, 16], [3, 3, 16, 12]], // 12 out: only the input gradient (16 out, 12 in) fits
    [[2, 11, 18, 8], [3, 3, 8, 16]], // partial 4×4 tiles at both edges, tile blocks across rows and images
    // Five rows of tiles on a narrow map: each row below the first takes its input-transform rows 0-1 from the row
    // above (winogradTransforms.ts: rowCacheNext), on tiles inside, edge tiles with columns 1-4 inside and narrower ones.
    [[2, 18, 6, 8], [3, 3, 8, 8]],
  ];
  for (const [xs, ws] of shapes) {
    it(`x ${xs.join('x')}, filter ${ws.join('x')}: forward, input gradient (swapped channels: 8·k out, 4·k in) and filter gradient equal cpu's`, async () => {
      await sameConvMatchesCpu(xs, ws, 71);
    });
  }
});

describe('Winograd at ResNet widths (seeded shapes: transformed-filter planes padded past ci·co, U in 8-channel blocks, the rotated filter read in place, constant-stride transforms)', () => {
  const int = shapesFrom(20261204);
  // 64 -> 64 on 8×8 at batch 1 (ResNet-20's widest layers), then input channels 20-72 (not always a multiple
  // of 8: the input gradient's swapped channels then take the direct kernel), 24-72 out, odd map sides.
  const shapes: [number[], number[]][] = [[[1, 8, 8, 64], [3, 3, 64, 64]]];
  while (shapes.length < 4) shapes.push([[int(1, 2), int(1, 11), int(1, 11), 4 * int(5, 18)], [3, 3, 0, 8 * int(3, 9)]]);
  // ResNet's widths 16, 32 and 64 in and out, which the transforms compile with constant strides
  // (inputTransform6Known, dyTransform), on maps with partial tiles at the edges.
  const widths = [16, 32, 64];
  while (shapes.length < 8) shapes.push([[int(1, 2), int(4, 13), int(4, 13), widths[int(0, 2)]], [3, 3, 0, widths[int(0, 2)]]]);
  // Sides multiples of 4 as in ResNet (every edge tile on the zero-vector path of inputTransform6, inside tiles
  // too), 16 -> 16 with blocks of tiles across rows and images: each block's output lines are zeroed ahead of it.
  shapes.push([[2, 12, 16, 16], [3, 3, 0, 16]]);
  for (const [xs, ws] of shapes) {
    ws[2] = xs[3];
    it(`x ${xs.join('x')}, filter ${ws.join('x')}: forward, input and filter gradients equal cpu's`, async () => {
      await sameConvMatchesCpu(xs, ws, 81);
    });
  }
});

describe('Winograd split across the kernel threads at ResNet widths (several images a chunk, filter-gradient sums over several 32-tile chunks)', () => {
  const shapes: [number[], number[]][] = [
    [[24, 8, 8, 32], [3, 3, 32, 32]], // 8×8 maps: 4 chunks a thread (3 images each on two); 48 tiles a thread's filter-gradient sum
    [[10, 16, 16, 16], [3, 3, 16, 16]], // 2-image chunks, the filter gradient in 4 pieces a thread
    [[3, 3, 20, 8], [3, 3, 8, 16]], // F(3×3, 2×2)'s filter gradient over 60 tiles (one thread: under the threshold)
  ];
  for (const [xs, ws] of shapes) {
    it(`x ${xs.join('x')}, filter ${ws.join('x')}: forward, input and filter gradients equal cpu's`, async () => {
      await sameConvMatchesCpu(xs, ws, 61);
    });
  }
});

/** Forward, input and filter gradients of `c` on wasm equal cpu's (x, w and dy seeded from `seed`). */
async function expectAllAsCpu(c: Case, seed: number): Promise<void> {
  const grads = () => {
    const x = rand(c.x, seed);
    const w = rand([...c.k, c.x[3], c.co], seed + 1);
    const f = (a: tf.Tensor, b: tf.Tensor) => tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.stride, c.pad);
    const y = f(x, w);
    return [y, ...tf.grads(f)([x, w], rand(y.shape, seed + 2))];
  };
  expectClose(await runOn('wasm', grads), await runOn('cpu', grads), 1e-5);
}

describe('seeded random shapes: every path against cpu (forward, input and filter gradients)', () => {
  const int = shapesFrom(20240917);
  const general: Case[] = [];
  while (general.length < 12) {
    const k: [number, number] = [int(1, 5), int(1, 5)];
    const s = int(1, 3);
    const stride: [number, number] = int(0, 2) > 0 ? [s, s] : [s, int(1, 3)];
    const kind = int(0, 2);
    const pad: Pad = kind === 0 ? 'same' : kind === 1 ? 'valid'
      : [[0, 0], [int(0, 2), int(0, 2)], [int(0, 2), int(0, 2)], [0, 0]];
    const x: Case['x'] = [int(1, 3), int(1, 12), int(1, 12), int(1, 12)];
    const padH = Array.isArray(pad) ? pad[1][0] + pad[1][1] : 0;
    const padW = Array.isArray(pad) ? pad[2][0] + pad[2][1] : 0;
    if (pad !== 'same' && (x[1] + padH < k[0] || x[2] + padW < k[1])) continue; // no output pixel
    general.push({ x, k, co: int(1, 12), stride, pad });
  }
  // 3×3 stride-1 'same' with channels the Winograd kernels take (and input gradients whose swapped channels may not).
  const winograd: Case[] = Array.from({ length: 6 }, () => ({
    x: [int(1, 3), int(1, 13), int(1, 13), 4 * int(1, 4)] as Case['x'], k: [3, 3] as [number, number], co: 8 * int(1, 3), stride: [1, 1] as [number, number], pad: 'same' as Pad,
  }));
  for (const c of [...general, ...winograd]) {
    it(`x ${c.x.join('x')}, kernel ${c.k.join('x')}, ${c.co} out, stride ${c.stride.join('x')}, pad ${JSON.stringify(c.pad)}`, () => expectAllAsCpu(c, 91));
  }
});

describe('seeded random shapes: strided input gradient (one pass over dy) against cpu', () => {
  // Strides 2–3 (equal or not), 1×1, 3×3 and other kernels, every padding, odd sizes, batch 1, input
  // channels under 8, between multiples of 8 and not multiples of 4 (the kernel's overlapping channel
  // blocks), maps wide enough for its 4-pixel blocks and narrow ones that take only edge pixels.
  const int = shapesFrom(20261204);
  const cases: Case[] = [];
  while (cases.length < 16) {
    const kind = int(0, 3);
    const k: [number, number] = kind === 0 ? [1, 1] : kind === 1 ? [3, 3] : [int(1, 5), int(1, 5)];
    const s = int(2, 3);
    const stride: [number, number] = int(0, 2) > 0 ? [s, s] : [s, int(2, 3)];
    const padKind = int(0, 2);
    const pad: Pad = padKind === 0 ? 'same' : padKind === 1 ? 'valid'
      : [[0, 0], [int(0, 2), int(0, 2)], [int(0, 2), int(0, 2)], [0, 0]];
    const x: Case['x'] = [int(1, 2), int(1, 23), int(1, 23), [3, 5, 8, 9, 13, 16, 17][int(0, 6)]];
    const padH = Array.isArray(pad) ? pad[1][0] + pad[1][1] : 0;
    const padW = Array.isArray(pad) ? pad[2][0] + pad[2][1] : 0;
    if (pad !== 'same' && (x[1] + padH < k[0] || x[2] + padW < k[1])) continue; // no output pixel
    cases.push({ x, k, co: int(1, 11), stride, pad });
  }
  for (const c of cases) {
    it(`x ${c.x.join('x')}, kernel ${c.k.join('x')}, ${c.co} out, stride ${c.stride.join('x')}, pad ${JSON.stringify(c.pad)}`, async () => {
      const dx = () => {
        const x = rand(c.x, 101);
        const w = rand([...c.k, c.x[3], c.co], 102);
        const f = (a: tf.Tensor) => tf.conv2d(a as tf.Tensor4D, w as tf.Tensor4D, c.stride, c.pad);
        return [tf.grad(f)(x, rand(f(x).shape, 103))];
      };
      expectClose(await runOn('wasm', dx), await runOn('cpu', dx), 1e-5);
    });
  }
});

describe("convolutions tfjs's wasm Conv2D got wrong (a filter side of 1 under a larger stride, 'same')", () => {
  const cases: [number[], number[], [number, number]][] = [[[1, 2, 6, 7], [4, 1, 7, 8], [1, 3]], [[2, 5, 7, 3], [1, 3, 3, 8], [3, 1]]];
  for (const [xs, ws, strides] of cases) {
    for (const activation of ['linear', 'relu', 'leakyrelu'] as const) {
      it(`x ${xs.join('x')}, filter ${ws.join('x')}, stride ${strides.join('x')}, with bias and ${activation}: equals cpu's`, async () => {
        const run = () => [tf.fused.conv2d({
          x: rand(xs, 94) as tf.Tensor4D, filter: rand(ws, 95) as tf.Tensor4D, strides, pad: 'same', bias: rand([ws[3]], 96), activation, leakyreluAlpha: 0.3,
        })];
        expectClose(await runOn('wasm', run), await runOn('cpu', run), 1e-5);
      });
    }
  }
});

describe('explicit padding at stride 2 inside the kernels (no padded copy of x: taps past its edges masked or skipped)', () => {
  type Explicit = [[number, number], [number, number], [number, number], [number, number]];
  const pad = (t: number, b: number, l: number, r: number): Explicit => [[0, 0], [t, b], [l, r], [0, 0]];
  // ResNet's downsampling (pad 1, even maps), odd widths (2-pixel tails, overlapping blocks), maps under 4
  // outputs wide, uneven and one-sided padding, unequal strides, channels not a multiple of 8.
  const fixed: Case[] = [
    { x: [2, 16, 16, 16], k: [3, 3], co: 32, stride: [2, 2], pad: pad(1, 1, 1, 1) },
    { x: [2, 8, 8, 32], k: [3, 3], co: 16, stride: [2, 2], pad: pad(1, 1, 1, 1) },
    { x: [2, 9, 11, 12], k: [3, 3], co: 8, stride: [2, 2], pad: pad(1, 1, 1, 1) },
    { x: [1, 5, 5, 8], k: [3, 3], co: 9, stride: [2, 2], pad: pad(1, 1, 1, 1) },
    { x: [2, 10, 13, 9], k: [3, 3], co: 8, stride: [2, 3], pad: pad(2, 0, 0, 2) },
    { x: [2, 12, 12, 8], k: [5, 5], co: 8, stride: [2, 2], pad: pad(2, 2, 2, 2) },
    { x: [2, 7, 7, 2], k: [3, 3], co: 4, stride: [2, 2], pad: pad(1, 1, 1, 1) },
  ];
  for (const c of fixed) {
    it(`x ${c.x.join('x')}, kernel ${c.k.join('x')}, ${c.co} out, stride ${c.stride.join('x')}, pad ${JSON.stringify(c.pad)}: forward and both gradients equal cpu's`, () => expectAllAsCpu(c, 111));
  }

  it('equal, bit for bit, a pad op then a valid convolution (the ZeroPadding2D layer the training patch removes), split across threads', async () => {
    // 9·16·16·9·16·32·2 ≈ 21 MFLOP each way: above the threading threshold.
    const p = pad(1, 1, 1, 1);
    const both = () => {
      const x = rand([9, 32, 32, 16], 121);
      const w = rand([3, 3, 16, 32], 122);
      const inside = (a: tf.Tensor, b: tf.Tensor) => tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 2, p);
      const outside = (a: tf.Tensor, b: tf.Tensor) => tf.conv2d(tf.pad(a, p) as tf.Tensor4D, b as tf.Tensor4D, 2, 'valid');
      const y = inside(x, w);
      const dy = rand(y.shape, 123);
      return [y, ...tf.grads(inside)([x, w], dy), outside(x, w), ...tf.grads(outside)([x, w], dy)];
    };
    const [y, dx, dw, yPad, dxPad, dwPad] = await runOn('wasm', both);
    expectClose([y, dx, dw], [yPad, dxPad, dwPad], 0);
    expectClose([y, dx, dw], await runOn('cpu', () => both().slice(0, 3)), 1e-5);
  });

  const int = shapesFrom(20261205);
  const cases: Case[] = [];
  while (cases.length < 12) {
    const k: [number, number] = int(0, 2) > 0 ? [3, 3] : [int(1, 5), int(1, 5)];
    const s = int(2, 3);
    const stride: [number, number] = int(0, 2) > 0 ? [s, s] : [s, int(2, 3)];
    const p = pad(int(0, 2), int(0, 2), int(0, 2), int(0, 2));
    const x: Case['x'] = [int(1, 3), int(1, 21), int(1, 21), [2, 3, 8, 9, 12, 16, 19][int(0, 6)]];
    if (x[1] + p[1][0] + p[1][1] < k[0] || x[2] + p[2][0] + p[2][1] < k[1]) continue; // no output pixel
    cases.push({ x, k, co: int(1, 12), stride, pad: p });
  }
  for (const c of cases) {
    it(`seeded: x ${c.x.join('x')}, kernel ${c.k.join('x')}, ${c.co} out, stride ${c.stride.join('x')}, pad ${JSON.stringify(c.pad)}`, () => expectAllAsCpu(c, 131));
  }
});
