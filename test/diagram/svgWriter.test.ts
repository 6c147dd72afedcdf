/** The SVG writer: every block with its words, edges with shapes, themes equal the app's CSS, user text escaped. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { svgToPng } from '../../src/server/diagramHandlers';
import { analyze } from '../../src/graph/analyze';
import { CSS_VARIABLES, THEMES, blockFace, writeDiagramSvg } from '../../src/diagram/index';
import { getTemplate } from '../../src/graph/templates/index';
import type { Graph } from '../../src/graph/types';

const lenet = getTemplate('lenet5')!.build();
const a = analyze(lenet);

describe('diagram SVG', () => {
  it('draws every block at its position with the words of its face, and every connection with its shape', () => {
    const d = writeDiagramSvg(lenet, a);
    for (const node of lenet.nodes) {
      const face = blockFace(node, a.nodes[node.id], 'en');
      const group = d.svg.match(new RegExp(`<g class="block" data-id="${node.id}"[^>]*>(.*?)</g>`))![1];
      for (const word of [face.title, face.outShape, face.params, face.rf, ...face.chips.map((c) => c.text)]) expect(group, `${node.id}: ${word}`).toContain(`>${word}<`);
      expect(d.svg).toContain(`transform="translate(${node.position.x},${node.position.y})"`);
    }
    expect(d.svg.match(/data-edge="/g)).toHaveLength(lenet.edges.length);
    expect(d.svg).toContain('>28×28×6<');
    expect(d.blocks).toHaveLength(lenet.nodes.length);
  });

  it('speaks Chinese and goes dark', () => {
    const d = writeDiagramSvg(lenet, a, { lang: 'zh', theme: 'dark' });
    expect(d.svg).toContain('>二维卷积<');
    expect(d.svg).toContain('>感受野<');
    expect(d.svg).toContain(`fill="${THEMES.dark.canvas}"`);
    expect(d.svg).toContain('lang="zh-CN"');
  });

  it('draws only a selection, and only the connections inside it', () => {
    const d = writeDiagramSvg(lenet, a, { select: new Set(['c1', 's2', 'c3']) });
    expect(d.blocks.map((b) => b.id)).toEqual(['c1', 's2', 'c3']);
    expect(d.svg.match(/data-edge="/g)).toHaveLength(2);
  });

  it('escapes whatever a user typed into labels', () => {
    const hostile: Graph = { ...lenet, nodes: lenet.nodes.map((n) => (n.id === 'c1' ? { ...n, label: '</text><script>alert("x")</script>&\u0001' } : n)) };
    const d = writeDiagramSvg(hostile, analyze(hostile), { title: '<b>"LeNet" & co</b>' });
    expect(d.svg).not.toContain('<script');
    expect(d.svg).not.toContain('\u0001');
    expect(d.svg).toContain('&lt;/text&gt;&lt;script&gt;');
    expect(d.svg).toContain('&lt;b&gt;&quot;LeNet&quot; &amp; co&lt;/b&gt;');
  });

  it('uses exactly the app\'s theme colours', () => {
    const css = readFileSync(join(import.meta.dirname, '..', '..', 'renderer', 'styles', 'app.css'), 'utf8');
    const light = css.match(/:root \{([^}]*)\}/)![1];
    const dark = css.match(/:root\[data-theme='dark'\] \{([^}]*)\}/)![1];
    const read = (block: string, name: string) => block.match(new RegExp(`${name}:\\s*(#[0-9a-fA-F]+)`))?.[1];
    for (const [key, variable] of Object.entries(CSS_VARIABLES)) {
      expect(THEMES.light[key as keyof typeof THEMES.light], key).toBe(read(light, variable));
      expect(THEMES.dark[key as keyof typeof THEMES.dark], key).toBe(read(dark, variable));
    }
    for (const cat of ['io', 'convolution', 'pooling', 'dense', 'regularisation', 'activation', 'merge', 'resize'] as const) {
      expect(THEMES.light.category[cat]).toBe(read(light, `--c-${cat}`));
      expect(THEMES.dark.category[cat]).toBe(read(dark, `--c-${cat}`));
    }
  });

  it('renders to a PNG at print resolution', async () => {
    const d = writeDiagramSvg(lenet, a);
    const png = await svgToPng(d.svg, 300);
    const meta = await sharp(png).metadata();
    expect(meta.width).toBe(Math.round((d.width * 300) / 96));
    expect(meta.height).toBe(Math.round((d.height * 300) / 96));
    expect(meta.density).toBe(300);
    // Not blank: the block cards are white on the light canvas, the category borders coloured.
    const { channels } = await sharp(png).stats();
    expect(channels[0].min).toBeLessThan(100);
  });
});
