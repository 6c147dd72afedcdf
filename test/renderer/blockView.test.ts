import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/graph/analyze';
import type { Graph } from '../../src/graph/types';
import { blockView, sameView } from '../../renderer/blocks/blockView';
import { formatCompact, formatShape } from '../../renderer/format';
import { STRINGS } from '../../renderer/i18n/strings';

const graph: Graph = {
  nodes: [
    { id: 'input_1', kind: 'Input', params: { height: 28, width: 28, channels: 1 }, position: { x: 0, y: 0 } },
    { id: 'conv2d_1', kind: 'Conv2D', params: { filters: 6, kernel: 5, stride: 1, padding: 'same', activation: 'relu' }, position: { x: 0, y: 100 } },
    { id: 'dense_1', kind: 'Dense', params: { units: 10 }, position: { x: 0, y: 200 } },
  ],
  edges: [{ id: 'a', source: 'input_1', target: 'conv2d_1' }, { id: 'b', source: 'conv2d_1', target: 'dense_1' }],
};

describe('blockView', () => {
  const a = analyze(graph);

  it('shows key settings, output shape, params and receptive field', () => {
    const v = blockView(graph.nodes[1], a.nodes.conv2d_1, 'en');
    expect(v.title).toBe('Conv2D');
    expect(v.chips.map((c) => c.text)).toEqual(['6 filters', '5×5', 'same', 'relu']);
    expect(v.outShape).toBe('28×28×6');
    expect(v.paramsExact).toBe('156');
    expect(v.rf).toBe('5×5');
    expect(v.severity).toBeNull();
    // 28·28·6 outputs × 25 taps = 117,600 MACs; FLOPs 2 × that + 4,704 ReLUs = 239,904.
    expect(v.cost).toContain('FLOPs 240 K · MACs 118 K');
    expect(v.cost).toContain('A multiply-add counts as 2');
    expect(blockView(graph.nodes[1], a.nodes.conv2d_1, 'zh').cost).toContain('乘加运算 118 K');
    expect(blockView(graph.nodes[0], a.nodes.input_1, 'en').chips.map((c) => c.text)).toEqual(['28×28×1']);
  });

  it('puts the error and its fix on the block, in the chosen language', () => {
    const en = blockView(graph.nodes[2], a.nodes.dense_1, 'en');
    expect(en.severity).toBe('error');
    expect(en.problem).toMatch(/flat vector/);
    expect(en.fix).toMatch(/Flatten/);
    const zh = blockView(graph.nodes[2], a.nodes.dense_1, 'zh');
    expect(zh.title).toBe('全连接');
    expect(zh.problem).toMatch(/一维向量/);
    expect(zh.words.out).toBe('输出');
  });

  it('compares views by content so unchanged blocks keep their props', () => {
    const x = blockView(graph.nodes[1], a.nodes.conv2d_1, 'en');
    const y = blockView(graph.nodes[1], analyze(graph).nodes.conv2d_1, 'en');
    expect(x).not.toBe(y);
    expect(sameView(x, y)).toBe(true);
    expect(sameView(x, blockView(graph.nodes[1], a.nodes.conv2d_1, 'zh'))).toBe(false);
  });
});

describe('format and strings', () => {
  it('formats shapes and counts', () => {
    expect(formatShape([5, 5, 16])).toBe('5×5×16');
    expect(formatShape(null)).toBe('—');
    expect(formatCompact(61706)).toBe('61.7 K');
    expect(formatCompact(11_689_512)).toBe('11.7 M');
  });

  it('has every UI string in both languages, with the same placeholders', () => {
    for (const key of Object.keys(STRINGS.en) as (keyof typeof STRINGS.en)[]) {
      expect(STRINGS.zh[key], key).toBeTruthy();
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
      expect(holes(STRINGS.zh[key]), key).toBe(holes(STRINGS.en[key]));
    }
  });
});

describe('blockView of a ceil-mode pool', () => {
  it('shows "Ceil mode" on the card only when on and with valid padding', () => {
    const pool = (params: Record<string, string | number | boolean>) =>
      blockView({ id: 'p', kind: 'MaxPool2D', params, position: { x: 0, y: 0 } }, undefined, 'en').chips.map((c) => c.text);
    expect(pool({ ceilMode: true })).toContain('Ceil mode');
    expect(pool({ ceilMode: false })).not.toContain('Ceil mode');
    expect(pool({ ceilMode: true, padding: 'same' })).not.toContain('Ceil mode');
  });
});

describe('projection lines on the card and in diagrams', () => {
  it('use the UI\'s words in both languages', async () => {
    const { STRINGS } = await import('../../renderer/i18n/strings');
    const { PROJECTION_WORDS } = await import('../../src/diagram/blockFace');
    for (const lang of ['en', 'zh'] as const) {
      expect(PROJECTION_WORDS[lang]).toEqual({ line: STRINGS[lang]['block.projection'], stride: STRINGS[lang]['block.projectionStride'], bn: STRINGS[lang]['block.projectionBn'] });
    }
  });
});
