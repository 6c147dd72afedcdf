/**
 * `layerloom diagram <project | --template NAME> --out FILE.svg|.png`: the network as a diagram for slides,
 * drawn as the canvas draws it, light or dark, English or Chinese; PNG at print resolution (300 dpi by
 * default). The file is written atomically.
 */
import { extname } from 'node:path';
import sharp from 'sharp';
import { analyze } from '../../graph/analyze';
import { writeDiagramSvg } from '../../diagram/index';
import { writeFileAtomic } from '../../files/atomicWrite';
import { intFlag, parseArgs, shapeFlag } from '../args';
import { CliError } from '../cliError';
import { loadGraphArg } from '../loadGraph';
import type { CliCommand } from '../main';

const usage = 'layerloom diagram <project.layerloom.json | --template NAME> --out FILE.svg|FILE.png [--theme light|dark] [--lang en|zh] '
  + '[--dpi N] [--blocks ID,ID…] [--title TEXT] [--input HxWxC] [--classes N]';

/** CSS pixels are 1/96 inch; sharp renders an SVG at `density` dots per inch for each of its 72-per-inch units. */
export function pngDensity(dpi: number): number {
  return (72 * dpi) / 96;
}

export async function svgToPng(svg: string, dpi: number): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: pngDensity(dpi) }).png().withMetadata({ density: dpi }).toBuffer();
}

export const command: CliCommand = {
  name: 'diagram',
  usage,
  summary: 'The network as an SVG or PNG diagram for slides (light or dark, English or Chinese, print resolution).',
  async run(args) {
    const { positional, flags } = parseArgs(args, {
      template: { type: 'string' }, out: { type: 'string' }, theme: { type: 'string', choices: ['light', 'dark'] },
      lang: { type: 'string', choices: ['en', 'zh'] }, dpi: { type: 'string' }, blocks: { type: 'string' }, title: { type: 'string' },
      input: { type: 'string' }, classes: { type: 'string' },
    }, usage);
    const out = typeof flags.out === 'string' ? flags.out : undefined;
    if (!out) throw new CliError(`--out FILE.svg or FILE.png is required. Usage: ${usage}`);
    const format = extname(out).toLowerCase();
    if (format !== '.svg' && format !== '.png') throw new CliError(`--out must end in .svg or .png, got "${out}"`);
    const dpi = intFlag(flags.dpi, 'dpi', 300, 72, 1200);
    const loaded = await loadGraphArg(positional, {
      template: flags.template, input: shapeFlag(flags.input, 'input'),
      classes: flags.classes === undefined ? undefined : intFlag(flags.classes, 'classes', 10, 1, 100000),
    });
    let select: Set<string> | undefined;
    if (typeof flags.blocks === 'string') {
      select = new Set(flags.blocks.split(',').map((s) => s.trim()).filter(Boolean));
      const unknown = [...select].filter((id) => !loaded.graph.nodes.some((x) => x.id === id));
      if (unknown.length) throw new CliError(`--blocks: no block ${unknown.map((u) => `"${u}"`).join(', ')} in ${loaded.name} (blocks: ${loaded.graph.nodes.map((x) => x.id).join(', ')})`);
    }
    const diagram = writeDiagramSvg(loaded.graph, analyze(loaded.graph), {
      lang: (flags.lang as 'en' | 'zh' | undefined) ?? 'en', theme: (flags.theme as 'light' | 'dark' | undefined) ?? 'light', select,
      title: typeof flags.title === 'string' ? flags.title : undefined,
    });
    if (format === '.svg') await writeFileAtomic(out, diagram.svg);
    else await writeFileAtomic(out, await svgToPng(diagram.svg, dpi));
    const px = format === '.png' ? ` (${Math.round((diagram.width * dpi) / 96)}×${Math.round((diagram.height * dpi) / 96)} px at ${dpi} dpi)` : '';
    console.log(`wrote ${out}: ${loaded.name}, ${select?.size ?? loaded.graph.nodes.length} blocks, ${diagram.width}×${diagram.height}${px}`);
    return 0;
  },
};
