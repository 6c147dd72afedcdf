import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/graph/analyze';
import { canConnect } from '../../src/graph/connections';
import { chain, withEdge, withNode } from './chain';

const input = (h = 28, w = 28, c = 1): ['Input', { height: number; width: number; channels: number }] => ['Input', { height: h, width: w, channels: c }];
const codes = (g: ReturnType<typeof chain>) => analyze(g).diagnostics.map((d) => `${d.severity}:${d.code}:${d.nodeId ?? ''}`);

describe('analyze: a valid network', () => {
  const g = chain(input(), ['Conv2D', { filters: 6, kernel: 5, padding: 'same' }], ['MaxPool2D', {}], ['Flatten'], ['Output', { classes: 10 }]);
  const a = analyze(g);
  it('infers every shape and counts parameters', () => {
    expect(a.ok).toBe(true);
    expect(a.diagnostics).toEqual([]);
    expect(a.nodes.b1.outputShape).toEqual([28, 28, 6]);
    expect(a.nodes.b2.outputShape).toEqual([14, 14, 6]);
    expect(a.nodes.b3.outputShape).toEqual([1176]);
    expect(a.nodes.b1.params.trainable).toBe(5 * 5 * 6 + 6);
    expect(a.totals.trainableParams).toBe(156 + 1176 * 10 + 10);
    expect(a.order).toEqual(['b0', 'b1', 'b2', 'b3', 'b4']);
    expect(a.inputId).toBe('b0');
    expect(a.outputId).toBe('b4');
  });
  it('reports activation memory per image (float32)', () => {
    expect(a.nodes.b1.activationBytes).toBe(28 * 28 * 6 * 4);
    expect(a.totals.activationBytesPerImage).toBe((28 * 28 + 28 * 28 * 6 + 14 * 14 * 6 + 1176 + 10) * 4);
  });
  it('counts FLOPs as 2 per multiply-add', () => {
    expect(a.nodes.b1.flops).toBeGreaterThanOrEqual(28 * 28 * 6 * 2 * 25);
    expect(a.nodes.b4.flops).toBeGreaterThanOrEqual(2 * 1176 * 10);
  });
});

describe('analyze: receptive field by RF(i) = S(i)·(RF(i+1) − 1) + K(i)', () => {
  it('three 3×3 stride-1 convolutions see 7×7', () => {
    const a = analyze(chain(input(32, 32, 1), ['Conv2D', {}], ['Conv2D', {}], ['Conv2D', {}]));
    expect(a.nodes.b3.receptiveField).toMatchObject({ size: 7, jump: 1 });
  });
  it('a stride-2 layer doubles the growth of the next', () => {
    const a = analyze(chain(input(32, 32, 1), ['Conv2D', { stride: 2 }], ['Conv2D', {}]));
    expect(a.nodes.b1.receptiveField).toMatchObject({ size: 3, jump: 2 });
    expect(a.nodes.b2.receptiveField).toMatchObject({ size: 7, jump: 2 });
  });
  it('dilation spreads the kernel: a 3×3 kernel with dilation 2 sees 5×5', () => {
    const a = analyze(chain(input(32, 32, 1), ['Conv2D', { dilation: 2 }]));
    expect(a.nodes.b1.receptiveField).toMatchObject({ size: 5, jump: 1 });
  });
  it('LeNet-style conv5-pool2-conv5-pool2 sees 16×16 with jump 4', () => {
    const a = analyze(chain(input(), ['Conv2D', { kernel: 5 }], ['MaxPool2D', {}], ['Conv2D', { kernel: 5, padding: 'valid' }], ['MaxPool2D', {}]));
    // 5 → 5+1·1 = 6 → 6+4·2 = 14 → 14+1·2 = 16; jump 1·2·1·2 = 4
    expect(a.nodes.b4.receptiveField).toMatchObject({ size: 16, jump: 4, global: false });
  });
  it('centre of the first output pixel moves by the padding', () => {
    const valid = analyze(chain(input(32, 32, 1), ['Conv2D', { padding: 'valid' }]));
    const same = analyze(chain(input(32, 32, 1), ['Conv2D', { padding: 'same' }]));
    expect(valid.nodes.b1.receptiveField!.start).toBe(1);
    expect(same.nodes.b1.receptiveField!.start).toBe(0);
  });
  it('Flatten makes the field global', () => {
    const a = analyze(chain(input(), ['Conv2D', {}], ['Flatten']));
    expect(a.nodes.b2.receptiveField).toMatchObject({ global: true, size: 28 });
  });
  it('bilinear ×2 (TensorFlow\'s: even pixels copy one input, odd ones blend two) gives 5 and 6 after a 5-pixel field, per phase', () => {
    const a = analyze(chain(input(24, 24, 1), ['Conv2D', {}], ['Conv2D', {}], ['UpSampling2D', { interpolation: 'bilinear' }], ['Conv2D', {}]));
    expect(a.nodes.b3.receptiveField).toMatchObject({ size: 6, minSize: 5, jump: 0.5 });
    // Row 2q copies row q of b2 (rows q−2 … q+2 of the image); row 2q + 1 blends rows q and q + 1 (q−2 … q+3).
    expect(a.nodes.b3.receptiveField!.rows).toEqual({ period: 2, shift: 1, spans: [{ lo: -2, hi: 2 }, { lo: -2, hi: 3 }] });
    expect(a.nodes.b4.receptiveField).toMatchObject({ size: 7, minSize: 6 });
  });
  it('nearest ×2, a 3×3 conv and a 2×2 max pool: every pixel sees 3 (the old jump/start rule said 2.5)', () => {
    const a = analyze(chain(input(20, 20, 1), ['UpSampling2D', {}], ['Conv2D', {}], ['MaxPool2D', {}]));
    expect(a.nodes.b3.receptiveField).toMatchObject({ size: 3, minSize: 3, jump: 1 });
  });
});

describe('analyze: errors name the block and the fix', () => {
  it('Conv2D with stride and dilation both above 1 is an error on that block naming the dilation, fix: stride 1 or dilation 1', () => {
    const a = analyze(chain(input(), ['Conv2D', { stride: 2, dilation: 2 }], ['Flatten'], ['Output', {}]));
    expect(a.ok).toBe(false);
    const d = a.diagnostics.find((x) => x.nodeId === 'b1')!;
    expect(d).toMatchObject({ severity: 'error', code: 'shape', param: 'dilation' });
    expect(d.message.en).toMatch(/^Conv2D.*Stride 2 and dilation 2 cannot be combined/);
    expect(d.fix.en).toMatch(/stride to 1.*dilation to 1/);
    expect(analyze(chain(input(), ['Conv2D', { stride: 1, dilation: 2 }], ['Flatten'], ['Output', {}])).ok).toBe(true);
  });
  it('Dense fed a 4-D tensor suggests Flatten', () => {
    const a = analyze(chain(input(), ['Conv2D', {}], ['Dense', { units: 10 }], ['Output', {}]));
    const d = a.diagnostics.find((x) => x.nodeId === 'b2')!;
    expect(d.severity).toBe('error');
    expect(d.code).toBe('shape');
    expect(d.fix.en).toMatch(/Flatten/);
    expect(d.fix.zh).toMatch(/Flatten|展平/);
    expect(a.ok).toBe(false);
    // Downstream blocks have no shape, and are not blamed.
    expect(a.nodes.b3.outputShape).toBeNull();
    expect(a.diagnostics.filter((x) => x.nodeId === 'b3')).toEqual([]);
  });
  it('spatial size shrinking below 1', () => {
    const a = analyze(chain(input(8, 8, 1), ['Conv2D', { kernel: 5, padding: 'valid' }], ['Conv2D', { kernel: 5, padding: 'valid' }], ['Flatten'], ['Output', {}]));
    const d = a.diagnostics.find((x) => x.nodeId === 'b2')!;
    expect(d.code).toBe('shape');
    expect(d.param).toBe('kernel');
    expect(d.message.en).toMatch(/smaller than the 5-pixel window/);
  });
  it('a cycle is reported on the blocks in the loop', () => {
    const g = withEdge(chain(input(), ['Conv2D', {}], ['Conv2D', {}], ['Flatten'], ['Output', {}]), 'b2', 'b1');
    const c = codes(g);
    expect(c).toContain('error:cycle:b1');
    expect(c).toContain('error:cycle:b2');
    expect(c).not.toContain('error:cycle:b0');
  });
  it('a missing input', () => {
    const g = withNode(chain(input(), ['Flatten'], ['Output', {}]), 'lonely', 'Conv2D');
    expect(codes(g)).toContain('error:missing-input:lonely');
  });
  it('an extra input on a single-input block suggests a merge block', () => {
    const g = withEdge(withNode(chain(input(), ['Conv2D', {}], ['Flatten'], ['Output', {}]), 'side', 'Conv2D'), 'b0', 'side');
    const g2 = withEdge(g, 'side', 'b2');
    const d = analyze(g2).diagnostics.find((x) => x.code === 'extra-input')!;
    expect(d.nodeId).toBe('b2');
    expect(d.message.en).toMatch(/Add or Concatenate/);
  });
  it('disconnected blocks are warned about', () => {
    const g = withEdge(withNode(chain(input(), ['Flatten'], ['Output', {}]), 'dead', 'Conv2D'), 'b0', 'dead');
    const d = analyze(g).diagnostics.find((x) => x.nodeId === 'dead')!;
    expect(d).toMatchObject({ severity: 'warning', code: 'disconnected' });
    expect(analyze(g).ok).toBe(true);
  });
  it('Add inputs that cannot be matched', () => {
    let g = chain(input(32, 32, 3), ['Conv2D', { filters: 8 }], ['Conv2D', { filters: 8, stride: 3, padding: 'valid', kernel: 2 }]);
    g = withNode(g, 'add', 'Add', { projection: 'none' });
    g = withEdge(withEdge(g, 'b1', 'add'), 'b2', 'add');
    const d = analyze(g).diagnostics.find((x) => x.nodeId === 'add')!;
    expect(d.code).toBe('shape');
  });
  it('more than one Input or Output', () => {
    let g = chain(input(), ['Flatten'], ['Output', {}]);
    g = withNode(withNode(g, 'in2', 'Input'), 'out2', 'Output');
    g = withEdge(g, 'b1', 'out2');
    const c = codes(g);
    expect(c).toContain('error:multiple-inputs:in2');
    expect(c).toContain('error:multiple-outputs:out2');
  });
  it('no Input and no Output block', () => {
    const c = codes(chain(['Conv2D', {}]));
    expect(c).toContain('error:no-input-block:');
    expect(c).toContain('error:no-output-block:');
  });
  it('bad parameter values name the parameter', () => {
    const d = analyze(chain(input(), ['Conv2D', { filters: 0 }])).diagnostics.find((x) => x.code === 'bad-param')!;
    expect(d).toMatchObject({ nodeId: 'b1', param: 'filters' });
    expect(d.message.en).toMatch(/filters must be between 1 and 4096, got 0/);
  });
  it('unknown parameters are errors, also ones named like Object.prototype members', () => {
    for (const param of ['filterz', 'constructor', 'toString']) {
      const d = analyze(chain(input(), ['Conv2D', { [param]: 3 }])).diagnostics.find((x) => x.code === 'bad-param');
      expect(d, param).toMatchObject({ nodeId: 'b1', param });
      expect(d!.message.en).toContain(`unknown parameter ${param}`);
    }
  });
  it('unknown block kinds', () => {
    expect(codes(chain(input(), ['Teleport', {}]))).toContain('error:unknown-kind:b1');
  });
  it('absurd sizes', () => {
    const c = codes(chain(input(4096, 4096, 3), ['Conv2D', { filters: 512 }], ['Flatten'], ['Output', {}]));
    expect(c).toContain('error:absurd-size:b1');
  });
  it('an empty graph has nothing to say', () => {
    expect(analyze({ nodes: [], edges: [] }).diagnostics).toEqual([]);
  });
  it('edges to missing blocks', () => {
    const g = withEdge(chain(input(), ['Flatten'], ['Output', {}]), 'b1', 'ghost');
    expect(analyze(g).diagnostics.some((d) => d.code === 'dangling-edge')).toBe(true);
  });
});

describe('canConnect', () => {
  const g = chain(input(), ['Conv2D', {}], ['Flatten'], ['Output', {}]);
  it('refuses loops, self-edges, duplicates, full ports and edges out of Output', () => {
    expect(canConnect(g, 'b2', 'b1').ok).toBe(false);
    expect(canConnect(g, 'b1', 'b1').ok).toBe(false);
    expect(canConnect(g, 'b0', 'b1').ok).toBe(false);
    expect(canConnect(g, 'b3', 'b1').ok).toBe(false);
    expect(canConnect(g, 'b1', 'b0').ok).toBe(false);
  });
  it('accepts a valid new branch into a merge block', () => {
    const m = withEdge(withNode(g, 'add', 'Add'), 'b1', 'add');
    expect(canConnect(m, 'b0', 'add')).toEqual({ ok: true });
  });
});
