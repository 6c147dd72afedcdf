/**
 * `layerloom data FOLDER`: the dataset report the app's data panel shows — classes and counts, what the
 * images are like, the input that fits them, notices, skipped files with reasons — through the same
 * inspection (src/data/inspectDataset.ts), so it can be checked from a terminal.
 */
import { DatasetError } from '../../data/datasetError';
import { inspectDataset, type DatasetInfo } from '../../data/inspectDataset';
import { terminalSafe } from '../../log/terminalText';
import { intFlag, parseArgs, shapeFlag } from '../args';
import { CliError } from '../cliError';
import type { CliCommand } from '../main';

const usage = 'layerloom data <FOLDER | mnist | synthetic> [--input HxWxC] [--limit N] [--resize stretch|crop|letterbox] [--json]';

const shape = (s: readonly number[]) => s.join('×');
const SKIPPED_SHOWN = 20;

/** The report as text: what a person reads in a terminal. */
export function formatDatasetReport(info: DatasetInfo, givenInput: boolean): string {
  const out: string[] = [];
  const layout = info.layout === 'splits' ? 'train/val/test folders' : info.layout === 'classes' ? 'one sub-folder per class' : 'built in';
  out.push(`${info.name}: ${info.total} images in ${info.classes.length} classes (${layout})`);
  const width = Math.max(...info.classes.map((c) => c.name.length), 5);
  const most = Math.max(1, ...info.classes.map((c) => c.count));
  for (const c of info.classes) out.push(`  ${c.name.padEnd(width)} ${String(c.count).padStart(7)}  ${'█'.repeat(Math.max(c.count ? 1 : 0, Math.round((24 * c.count) / most)))}`);
  const im = info.images;
  if (im) {
    const sizes = im.sizes.slice(0, 4).map((z) => `${z.width}×${z.height}${im.distinctSizes > 1 ? ` (${z.count})` : ''}`).join(', ');
    const more = im.distinctSizes > 4 ? `, … ${im.distinctSizes} sizes in all` : '';
    const median = im.median && im.distinctSizes > 1 ? `; median ${im.median.width}×${im.median.height}` : '';
    const checked = im.unchecked ? ` (${im.measured} files read, ${im.unchecked} more not read for this report)` : '';
    out.push(`Images: ${sizes}${more}${median} pixels; ${im.colour ? 'colour' : 'greyscale'}${checked}`);
  }
  if (info.suggestedInput) out.push(`Suggested input: ${shape(info.suggestedInput)} (height×width×channels)`);
  out.push(`Fed to the model as ${shape(info.input)} (${info.resize}${givenInput ? '' : ', the suggested input'}); split: train ${info.splits.train}, validation ${info.splits.validation}, test ${info.splits.test}`);
  const warnings = info.notices.filter((n) => n.severity === 'warning');
  const notes = info.notices.filter((n) => n.severity === 'info');
  if (warnings.length) out.push('Warnings:', ...warnings.map((n) => `  ! ${n.message}`));
  if (notes.length) out.push('Notes:', ...notes.map((n) => `  · ${n.message}`));
  if (info.skipped.length) {
    out.push(`Skipped files (${info.skipped.length}):`);
    for (const s of info.skipped.slice(0, SKIPPED_SHOWN)) out.push(`  ${s.path}: ${s.reason}`);
    if (info.skipped.length > SKIPPED_SHOWN) out.push(`  … and ${info.skipped.length - SKIPPED_SHOWN} more (--json lists them)`);
  }
  return out.join('\n');
}

export const command: CliCommand = {
  name: 'data',
  usage,
  summary: 'The dataset report the app shows: classes, counts, image sizes and colour, the input that fits, warnings, skipped files.',
  async run(args) {
    const { positional, flags } = parseArgs(args, {
      input: { type: 'string' }, limit: { type: 'string' }, resize: { type: 'string', choices: ['stretch', 'crop', 'letterbox'] }, json: { type: 'boolean' },
    }, usage);
    if (positional.length !== 1) throw new CliError(`give one data folder (or mnist, synthetic). Usage: ${usage}`);
    const input = shapeFlag(flags.input, 'input');
    if (input && input[2] !== 1 && input[2] !== 3) throw new CliError(`--input channels must be 1 or 3, got ${input[2]}`);
    const limit = flags.limit === undefined ? undefined : intFlag(flags.limit, 'limit', 0);
    const stop = new AbortController();
    const onSignal = () => stop.abort(new Error('interrupted'));
    process.once('SIGINT', onSignal);
    let info: DatasetInfo;
    try {
      info = await inspectDataset({ source: positional[0], input, limit, resize: flags.resize as 'stretch' | undefined, samplesPerClass: 0 }, stop.signal);
    } catch (err) {
      if (err instanceof DatasetError) throw new CliError(err.message);
      throw err;
    } finally {
      process.off('SIGINT', onSignal);
    }
    // Class names and file names come from the folder: control characters are shown escaped.
    console.log(flags.json ? JSON.stringify({ ...info, samples: undefined }) : terminalSafe(formatDatasetReport(info, input !== undefined), { keepNewlines: true }));
    return 0;
  },
};
