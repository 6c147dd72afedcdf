/**
 * The PyTorch export writes ReLU → ZeroPadding2D(p) → MaxPool2D valid as torch's own nn.MaxPool2d(k, s, p)
 * (the ResNet stem, as torchvision writes it), and only where that is exact: everything padded is ≥ 0,
 * the padding is symmetric and at most half the pool, and nothing else reads the padded map. The numbers
 * are checked under real PyTorch in pytorch.test.ts (the "stems" network).
 */
import { describe, expect, it } from 'vitest';
import { planExport } from '../../src/export/exportPlan';
import { exportPyTorch } from '../../src/export/pytorch';
import { paddedMaxPools } from '../../src/export/torchFolds';
import { getTemplate } from '../../src/graph/templates/index';
import { GraphBuilder } from '../../src/graph/templates/graphBuilder';
import type { Params } from '../../src/graph/types';
import { stemsGraph } from './fixtures';

const forward = (code: string) => code.slice(code.indexOf('def forward'), code.indexOf('MODEL_CLASS'));

/** Input → producer → ZeroPadding2D(pad) → MaxPool2D(pool) → Flatten → Output. */
function stem(producer: Params, pad: Params, pool: Params, extraReader = false) {
  const b = new GraphBuilder();
  b.add('inp', 'Input', { height: 12, width: 12, channels: 3 });
  b.add('c', 'Conv2D', { filters: 4, kernel: 3, ...producer });
  b.add('zp', 'ZeroPadding2D', pad);
  b.add('mp', 'MaxPool2D', pool);
  b.add('fl', 'Flatten');
  if (extraReader) {
    b.add('gap', 'GlobalAveragePool', {}, 'zp');
    b.add('cat', 'Concatenate', {}, ['fl', 'gap']);
  }
  b.add('out', 'Output', { classes: 3 });
  return b.build();
}
const ONE = { top: 1, bottom: 1, left: 1, right: 1 };
const POOL = { pool: 3, stride: 2, padding: 'valid' };

describe('PyTorch export of padded max pools', () => {
  it.each(['resnet18', 'resnet34', 'resnet50'])('%s: the stem is torchvision\'s nn.MaxPool2d(kernel_size=3, stride=2, padding=1)', (name) => {
    const code = exportPyTorch(getTemplate(name)!.build(), { name }).code;
    expect(code).toContain('        self.maxpool = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)\n');
    expect(forward(code)).toContain('maxpool = self.maxpool(x)  # MaxPool2D → 56×56×64');
    // The project written into the file (PROJECT) still has the padding block; the module has none.
    expect(code.split('\n').filter((l) => !l.startsWith('PROJECT = ')).join('\n')).not.toContain('maxpool_pad');
    expect(forward(code)).not.toContain('F.pad');
  });

  it('folds after relu, sigmoid and softmax activations', () => {
    for (const activation of ['relu', 'sigmoid', 'softmax']) {
      const plan = planExport(stem({ activation }, ONE, POOL));
      expect([...paddedMaxPools(plan.blocks).entries()].map(([id, f]) => [id, f.pad.id, f.padding, f.kernel, f.stride])).toEqual([['mp', 'zp', 1, 3, 2]]);
    }
    expect(paddedMaxPools(planExport(stem({ activation: 'relu' }, { top: 2, bottom: 2, left: 2, right: 2 }, { pool: 5, stride: 1, padding: 'valid' })).blocks).get('mp')?.padding).toBe(2);
  });

  it.each([
    ['a linear (possibly negative) input', stem({ activation: 'linear' }, ONE, POOL)],
    ['a tanh input', stem({ activation: 'tanh' }, ONE, POOL)],
    ['asymmetric padding', stem({ activation: 'relu' }, { top: 1, bottom: 1, left: 0, right: 1 }, POOL)],
    ['padding above half the pool', stem({ activation: 'relu' }, { top: 2, bottom: 2, left: 2, right: 2 }, POOL)],
    ['a "same" pool', stem({ activation: 'relu' }, ONE, { ...POOL, padding: 'same' })],
    ['a padded map that something else reads too', stem({ activation: 'relu' }, ONE, POOL, true)],
  ])('keeps tfjs\'s exact block-by-block code for %s', (_what, graph) => {
    expect(paddedMaxPools(planExport(graph).blocks).size).toBe(0);
    const code = forward(exportPyTorch(graph, { name: 'n' }).code);
    expect(code).toContain('F.pad(');
    expect(code).toContain('F.max_pool2d(');
    expect(code).not.toContain('nn.MaxPool2d');
  });

  it('the stems fixture has one folded and one unfolded pool', () => {
    const code = exportPyTorch(stemsGraph(), { name: 'stems' }).code;
    expect(code.match(/nn\.MaxPool2d\(/g)).toHaveLength(1);
    expect(forward(code).match(/F\.pad\(/g)).toHaveLength(1);
  });
});
