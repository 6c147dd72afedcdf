/**
 * The engine's `diagram.render` and `diagram.write` (plugged in through handlerModules.ts), and the PNG
 * rendering the CLI shares: the network drawn by src/diagram's SVG writer, rasterised by sharp at print
 * resolution (the PNG records its dpi), written atomically.
 */
import sharp from 'sharp';
import { fitDpi, pngPixels, writeDiagramSvg, type DiagramOptions } from '../diagram/index';
import { writeFileAtomic } from '../files/atomicWrite';
import { analyze } from '../graph/analyze';
import type { Project } from '../graph/projectFile';
import type { Graph } from '../graph/types';

/** sharp renders an SVG at `density` dots per inch for each of its 72-per-inch units; CSS pixels are 96 per inch. */
export async function svgToPng(svg: string, dpi: number): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: (72 * dpi) / 96, limitInputPixels: false }).png().withMetadata({ density: dpi }).toBuffer();
}

export interface RenderedDiagram {
  readonly data: Buffer | string;
  readonly width: number;
  readonly height: number;
  /** The resolution used (lower than asked when the image would be too large). */
  readonly dpi: number;
}

export async function renderDiagram(project: { readonly graph: Graph }, options: DiagramOptions, format: 'svg' | 'png', dpi: number): Promise<RenderedDiagram> {
  const d = writeDiagramSvg(project.graph, analyze(project.graph), options);
  if (format === 'svg') return { data: d.svg, width: d.width, height: d.height, dpi };
  const used = fitDpi(d.width, d.height, dpi);
  const px = pngPixels(d.width, d.height, used);
  return { data: await svgToPng(d.svg, used), width: px.width, height: px.height, dpi: used };
}

interface DiagramParams {
  readonly project: Project;
  readonly options: {
    readonly lang: 'en' | 'zh';
    readonly theme: 'light' | 'dark';
    readonly select?: readonly string[];
    readonly sizes?: Readonly<Record<string, { readonly width: number; readonly height: number }>>;
    readonly title?: string;
    readonly ports?: DiagramOptions['ports'];
  };
  readonly format: 'svg' | 'png';
  readonly dpi: number;
}

const toOptions = (o: DiagramParams['options']): DiagramOptions => ({
  lang: o.lang, theme: o.theme, title: o.title, ports: o.ports,
  select: o.select ? new Set(o.select) : undefined,
  sizes: o.sizes ? new Map(Object.entries(o.sizes)) : undefined,
});

export const handlers = {
  'diagram.render': async (p: DiagramParams) => {
    const r = await renderDiagram(p.project, toOptions(p.options), p.format, p.dpi);
    const base64 = typeof r.data !== 'string';
    return { data: base64 ? (r.data as Buffer).toString('base64') : (r.data as string), encoding: base64 ? 'base64' as const : 'utf8' as const, width: r.width, height: r.height, dpi: r.dpi };
  },
  'diagram.write': async (p: DiagramParams & { readonly path: string }) => {
    const format = p.path.toLowerCase().endsWith('.png') ? 'png' : 'svg';
    const r = await renderDiagram(p.project, toOptions(p.options), format, p.dpi);
    await writeFileAtomic(p.path, r.data);
    return { path: p.path, width: r.width, height: r.height, dpi: r.dpi };
  },
};
