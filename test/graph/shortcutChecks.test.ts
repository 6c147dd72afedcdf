/** An automatic projection stacked on a hand-made shortcut convolution is a warning; other 1×1 convolutions are not. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/graph/analyze';
import { GraphBuilder } from '../../src/graph/templates/graphBuilder';
import { TEMPLATES } from '../../src/graph/templates/index';

const stacked = (g: Parameters<typeof analyze>[0]) => analyze(g).diagnostics.filter((d) => d.code === 'stacked-projection');

describe('stacked shortcut projections', () => {
  it('a hand-made 1×1 convolution + BatchNorm shortcut with too few filters and no stride: one warning, the fix sets both', () => {
    const b = new GraphBuilder();
    b.add('input', 'Input', { height: 16, width: 16, channels: 3 });
    b.add('stem', 'Conv2D', { filters: 64, kernel: 3, padding: 'same' });
    b.add('c1', 'Conv2D', { filters: 128, kernel: 3, stride: 2, padding: 'same' });
    b.add('sc', 'Conv2D', { filters: 64, kernel: 1, stride: 1, padding: 'valid', bias: false }, 'stem');
    b.add('scbn', 'BatchNorm', {});
    b.add('add', 'Add', {}, ['c1', 'scbn']);
    b.add('gap', 'GlobalAveragePool');
    b.add('output', 'Output', { classes: 10 });
    const [w] = stacked(b.build());
    expect(w.severity).toBe('warning');
    expect(w.nodeId).toBe('add');
    expect(w.message.en).toMatch(/Input 2 of .* already comes through the 1×1 convolution .*sc.*16×16×64 still differs from 8×8×128/);
    expect(w.fix.en).toContain('stride 2 and 128 filters');
    expect(w.action).toEqual({ kind: 'setParams', nodeId: 'sc', params: { stride: 2, filters: 128 } });
  });

  it('a bottleneck whose last 1×1 convolution (on the main branch) gets the projection is not a hand-made shortcut: no warning', () => {
    const b = new GraphBuilder();
    b.add('input', 'Input', { height: 16, width: 16, channels: 3 });
    b.add('stem', 'Conv2D', { filters: 256, kernel: 3, padding: 'same' });
    b.add('reduce', 'Conv2D', { filters: 32, kernel: 1 });
    b.add('mid', 'Conv2D', { filters: 32, kernel: 3, padding: 'same' });
    b.add('expand', 'Conv2D', { filters: 64, kernel: 1 });
    b.add('add', 'Add', {}, ['expand', 'stem']);
    b.add('gap', 'GlobalAveragePool');
    b.add('output', 'Output', { classes: 10 });
    const g = b.build();
    expect(analyze(g).nodes.add.params.trainable).toBe(64 * 256 + 2 * 256); // expand's 64 channels projected to 256, + BN
    expect(stacked(g)).toEqual([]);
  });

  it('no template has a stacked projection', () => {
    for (const t of TEMPLATES) expect(stacked(t.build()), t.name).toEqual([]);
  });
});
