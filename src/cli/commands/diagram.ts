/**
 * `layerloom diagram <project | --template NAME> --out FILE.svg|.png`: the network as a diagram for slides,
 * drawn as the canvas draws it, light or dark, English or Chinese; PNG at print resolution (300 dpi by
 * default). The file is written atomically.
 */
import { extname } from 'node:path';
import { writeFileAtomic } from '../../files/atomicWrite';
import { renderDiagram } from '../../server/diagramHandlers';
import { intFlag, parseArgs, shapeFlag } from '../args';
import { CliError } from '../cliError';
import { loadGraphArg } from '../loadGraph';
import type { CliCommand } from '../main';

const usage = 'layerloom diagram <project.layerloom.json | --template NAME> --out FILE.svg|FILE.png [--theme light|dark] [--lang en|zh] '
  + '[--dpi N] [--blocks ID,ID…] [--title TEXT] [--input HxWxC] [--classes N]';

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
    const r = await renderDiagram(loaded, {
      lang: (flags.lang as 'en' | 'zh' | undefined) ?? 'en', theme: (flags.theme as 'light' | 'dark' | undefined) ?? 'light', select,
      title: typeof flags.title === 'string' ? flags.title : undefined,
    }, format === '.png' ? 'png' : 'svg', dpi);
    await writeFileAtomic(out, r.data);
    const lowered = r.dpi < dpi ? `; lowered from ${dpi} dpi to stay under 64 megapixels` : '';
    const size = format === '.png' ? `${r.width}×${r.height} px at ${r.dpi} dpi${lowered}` : `${r.width}×${r.height}`;
    console.log(`wrote ${out}: ${loaded.name}, ${select?.size ?? loaded.graph.nodes.length} blocks, ${size}`);
    return 0;
  },
};
