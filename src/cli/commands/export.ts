/** `layerloom export`: the network as PyTorch or Keras code, and a run's trained weights for PyTorch. */
import { join } from 'node:path';
import { ExportError, exportCode, exportKerasWithWeights, exportPyTorchWithWeights, RunFolderError, WeightsMismatchError, type ExportOptions, type ResizeMode } from '../../export/index';
import { writeFileAtomic } from '../../files/atomicWrite';
import { intFlag, parseArgs, shapeFlag } from '../args';
import { CliError } from '../cliError';
import { loadGraphArg } from '../loadGraph';
import type { CliCommand } from '../main';
import { readRegularText } from '../../files/regularFile';

const usage = 'layerloom export <project.layerloom.json | --template NAME | --weights RUN_DIR> --to pytorch|keras [--out FILE] '
  + '[--weights RUN_DIR] [--resize stretch|crop|letterbox] [--input HxWxC] [--classes N]';

/** The weights file written next to the code: model.py → model.safetensors. */
export function weightsPathFor(codePath: string): string {
  return codePath.replace(/\.py$/i, '') + '.safetensors';
}

/** The run's resize mode, class names and input standardisation from its meta.json, as far as it says them. */
async function runMeta(runDir: string): Promise<Pick<ExportOptions, 'resize' | 'classNames' | 'normalization' | 'seed'>> {
  try {
    const meta = JSON.parse(await readRegularText(join(runDir, 'meta.json'))) as { resize?: unknown; classes?: unknown; normalization?: unknown; seed?: unknown };
    const resize = meta.resize === 'stretch' || meta.resize === 'crop' || meta.resize === 'letterbox' ? meta.resize : undefined;
    const classNames = Array.isArray(meta.classes) && meta.classes.every((c) => typeof c === 'string') ? meta.classes as string[] : undefined;
    const n = meta.normalization as { mean?: unknown; std?: unknown } | undefined;
    const numbers = (v: unknown): v is number[] => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number' && Number.isFinite(x));
    const normalization = n && numbers(n.mean) && numbers(n.std) ? { mean: n.mean, std: n.std } : undefined;
    const seed = typeof meta.seed === 'number' && Number.isInteger(meta.seed) ? meta.seed : undefined;
    return { resize, classNames, normalization, seed };
  } catch {
    return {};
  }
}

export const command: CliCommand = {
  name: 'export',
  usage,
  summary: 'Writes the network as PyTorch (nn.Module + training script) or Keras code; --weights also writes a run\'s trained weights for that code.',
  async run(args) {
    const { positional, flags } = parseArgs(args, {
      to: { type: 'string', choices: ['pytorch', 'keras'] },
      out: { type: 'string' },
      weights: { type: 'string' },
      resize: { type: 'string', choices: ['stretch', 'crop', 'letterbox'] },
      template: { type: 'string' },
      input: { type: 'string' },
      classes: { type: 'string' },
    }, usage);
    if (!flags.to) throw new CliError(`--to pytorch|keras is required. Usage: ${usage}`);
    const runDir = typeof flags.weights === 'string' ? flags.weights : undefined;
    const out = typeof flags.out === 'string' ? flags.out : undefined;
    if (runDir && !out) throw new CliError('--weights needs --out FILE.py (the weights go next to it as FILE.safetensors)');
    // A run folder carries its own project: export it when no other network is given.
    const fromRun = runDir && !positional.length && flags.template === undefined ? [join(runDir, 'project.layerloom.json')] : positional;
    const loaded = await loadGraphArg(fromRun, {
      template: flags.template,
      input: shapeFlag(flags.input, 'input'),
      classes: flags.classes === undefined ? undefined : intFlag(flags.classes, 'classes', 10, 1, 100000),
    });
    const meta = runDir ? await runMeta(runDir) : {};
    const resize = (flags.resize as ResizeMode | undefined) ?? meta.resize ?? loaded.project?.training.resize;
    try {
      const options: ExportOptions = {
        name: loaded.name, description: loaded.project?.meta.description, resize, classNames: meta.classNames, normalization: meta.normalization,
        training: loaded.project?.training, seed: meta.seed,
      };
      if (runDir) {
        const withWeights = flags.to === 'keras' ? exportKerasWithWeights : exportPyTorchWithWeights;
        const { code, weights } = await withWeights(loaded.graph, runDir, options);
        await writeFileAtomic(weightsPathFor(out!), weights);
        await writeFileAtomic(out!, code);
      } else if (out) {
        await writeFileAtomic(out, exportCode(loaded.graph, flags.to as 'pytorch' | 'keras', options));
      } else {
        process.stdout.write(exportCode(loaded.graph, flags.to as 'pytorch' | 'keras', options));
      }
      if (out) console.error(`wrote ${out}${runDir ? ` and ${weightsPathFor(out)}` : ''}`);
      return 0;
    } catch (err) {
      if (err instanceof ExportError || err instanceof RunFolderError || err instanceof WeightsMismatchError) throw new CliError(err.message);
      throw err;
    }
  },
};
