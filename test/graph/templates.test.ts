import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/graph/analyze';
import { getTemplate, TEMPLATES } from '../../src/graph/templates/index';
import { NODE_ID_PATTERN } from '../../src/graph/types';

/** Trainable parameters published by the reference implementations (torchvision; LeCun 1998; He et al. 2016 as in bench/torch_reference.py). */
const REFERENCE_PARAMS: Record<string, number> = {
  lenet5: 61_706,
  alexnet: 61_100_840,
  vgg11: 132_863_336,
  vgg16: 138_357_544,
  vgg19: 143_667_240,
  resnet18: 11_689_512,
  resnet34: 21_797_672,
  resnet50: 25_557_032,
  resnet152: 60_192_808,
  resnet20: 272_474,
  // conv 448 + 2,320 + 4,640 + 9,248 + 18,496 + 36,928; dense 1,024·128 + 128; output 128·10 + 10
  minivgg: 204_570,
};

const template = (name: string) => {
  const t = getTemplate(name);
  if (!t) throw new Error(`no template ${name}`);
  return t;
};
const analysed = new Map<string, ReturnType<typeof analyze>>();
const analysis = (name: string) => {
  if (!analysed.has(name)) analysed.set(name, analyze(template(name).build()));
  return analysed.get(name)!;
};
const shape = (name: string, id: string) => analysis(name).nodes[id]?.outputShape;

describe('template registry', () => {
  it('lists the gallery in teaching order; resnet152 is gettable but hidden', () => {
    expect(TEMPLATES.map((t) => t.name)).toEqual(['lenet5', 'alexnet', 'vgg11', 'vgg16', 'vgg19', 'resnet18', 'resnet34', 'resnet50', 'minivgg', 'resnet20']);
    expect(getTemplate('resnet152')?.name).toBe('resnet152');
    expect(getTemplate('nope')).toBeUndefined();
    expect(getTemplate('toString')).toBeUndefined();
  });
  it.each(TEMPLATES.map((t) => [t.name, t] as const))('%s has a title and description in English and Chinese', (_n, t) => {
    for (const s of [t.title.en, t.title.zh, t.description.en, t.description.zh]) expect(s.length).toBeGreaterThan(0);
  });
});

describe.each(Object.keys(REFERENCE_PARAMS))('template %s', (name) => {
  it('analyses with no diagnostics and the published number of trainable parameters', () => {
    const a = analysis(name);
    expect(a.diagnostics).toEqual([]);
    expect(a.ok).toBe(true);
    expect(a.totals.trainableParams).toBe(REFERENCE_PARAMS[name]);
  });
  it('has readable unique ids, edges between its blocks, one Input and one Output of the declared size', () => {
    const t = template(name);
    const g = t.build();
    const ids = g.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(NODE_ID_PATTERN);
    for (const e of g.edges) expect([ids.includes(e.source), ids.includes(e.target)]).toEqual([true, true]);
    const input = g.nodes.filter((n) => n.kind === 'Input');
    const output = g.nodes.filter((n) => n.kind === 'Output');
    expect(input).toHaveLength(1);
    expect(output).toHaveLength(1);
    expect(analysis(name).nodes[input[0].id].outputShape).toEqual([...t.inputShape]);
    expect(analysis(name).nodes[output[0].id].outputShape).toEqual([t.classes]);
  });
  it('builds the same document every time', () => {
    expect(template(name).build()).toEqual(template(name).build());
  });
});

describe('key shapes match the reference architectures', () => {
  it('LeNet-5: C1 28×28×6 (input padded to 32×32), C5 sees 5×5×16 and outputs 1×1×120', () => {
    expect(shape('lenet5', 'c1')).toEqual([28, 28, 6]);
    expect(shape('lenet5', 's4')).toEqual([5, 5, 16]);
    expect(shape('lenet5', 'c5')).toEqual([1, 1, 120]);
    expect(analysis('lenet5').nodes.c3.params.trainable).toBe(16 * (5 * 5 * 6) + 16); // full C3 connectivity
  });
  it('AlexNet: 55×55×64 after conv1, features end at 6×6×256', () => {
    expect(shape('alexnet', 'conv1')).toEqual([55, 55, 64]);
    expect(shape('alexnet', 'pool5')).toEqual([6, 6, 256]);
  });
  it('VGG: features end at 7×7×512', () => {
    for (const name of ['vgg11', 'vgg16', 'vgg19']) expect(shape(name, 'pool5')).toEqual([7, 7, 512]);
    expect(Object.values(analysis('vgg19').nodes).filter((n) => n.kind === 'Conv2D')).toHaveLength(16);
  });
  it('ResNet-18: stem to 56×56×64, layer4 ends at 7×7×512; projections where torchvision has downsample', () => {
    expect(shape('resnet18', 'conv1')).toEqual([112, 112, 64]);
    expect(shape('resnet18', 'maxpool_pad')).toEqual([114, 114, 64]);
    expect(shape('resnet18', 'maxpool')).toEqual([56, 56, 64]);
    expect(shape('resnet18', 'layer2_0_add')).toEqual([28, 28, 128]);
    expect(shape('resnet18', 'layer4_1_relu')).toEqual([7, 7, 512]);
    const projected = Object.values(analysis('resnet18').nodes).filter((n) => n.kind === 'Add' && n.params.trainable > 0).map((n) => n.id);
    expect(projected).toEqual(['layer2_0_add', 'layer3_0_add', 'layer4_0_add']);
    expect(analysis('resnet18').nodes.layer2_0_add.params.trainable).toBe(64 * 128 + 2 * 128);
  });
  it('ResNet-50: bottlenecks stride on the 3×3 (v1.5), layer1 projects 64 → 256, layer4 ends at 7×7×2048', () => {
    expect(shape('resnet50', 'layer2_0_conv1')).toEqual([56, 56, 128]);
    expect(shape('resnet50', 'layer2_0_conv2')).toEqual([28, 28, 128]);
    expect(analysis('resnet50').nodes.layer1_0_add.params.trainable).toBe(64 * 256 + 2 * 256);
    expect(shape('resnet50', 'layer4_2_relu')).toEqual([7, 7, 2048]);
    expect(Object.values(analysis('resnet152').nodes).filter((n) => n.kind === 'Conv2D')).toHaveLength(151);
  });
  it('ResNet-20: 32×32×16 → 16×16×32 → 8×8×64, projections at the first block of stages 2 and 3', () => {
    expect(shape('resnet20', 'layer1_2_relu')).toEqual([32, 32, 16]);
    expect(shape('resnet20', 'layer2_2_relu')).toEqual([16, 16, 32]);
    expect(shape('resnet20', 'layer3_2_relu')).toEqual([8, 8, 64]);
    const projected = Object.values(analysis('resnet20').nodes).filter((n) => n.kind === 'Add' && n.params.trainable > 0).map((n) => n.id);
    expect(projected).toEqual(['layer2_0_add', 'layer3_0_add']);
  });
  it('minivgg: three 2×2 pools take 32×32 to 4×4×64', () => {
    expect(shape('minivgg', 'pool3')).toEqual([4, 4, 64]);
  });
});

describe('--input / --classes options change only the Input and Output blocks', () => {
  it.each(TEMPLATES.map((t) => [t.name]))('%s at 64×64×3 with 5 classes', (name) => {
    const plain = template(name).build();
    const g = template(name).build({ input: [64, 64, 3], classes: 5 });
    const a = analyze(g);
    expect(a.ok).toBe(true);
    expect(a.nodes[a.inputId!].outputShape).toEqual([64, 64, 3]);
    expect(a.nodes[a.outputId!].outputShape).toEqual([5]);
    const changed = g.nodes.filter((n, i) => JSON.stringify(n) !== JSON.stringify(plain.nodes[i])).map((n) => n.kind).sort();
    expect(changed.every((k) => k === 'Input' || k === 'Output')).toBe(true);
    expect(g.edges).toEqual(plain.edges);
  });
  it('every template but AlexNet runs at 32×32×3 (AlexNet’s three 3×3/2 pools need at least 63×63)', () => {
    for (const t of TEMPLATES) {
      const a = analyze(t.build({ input: [32, 32, 3], classes: 5 }));
      expect([t.name, a.ok]).toEqual([t.name, t.name !== 'alexnet']);
    }
  });
  it('LeNet-5 takes MNIST-size 28×28×1 and grayscale ResNet input', () => {
    expect(analyze(template('lenet5').build({ input: [28, 28, 1], classes: 2 })).totals.trainableParams).toBe(61_706 - 84 * 8 - 8);
    const a = analyze(template('resnet18').build({ input: [28, 28, 1], classes: 10 }));
    expect(a.ok).toBe(true);
    expect(a.totals.trainableParams).toBe(11_689_512 - 7 * 7 * 2 * 64 - 990 * 513);
  });
});
