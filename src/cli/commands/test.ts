/**
 * `layerloom test <run dir> --data …`: evaluates a saved run on a dataset — accuracy, loss, per-class
 * precision/recall/F1, confusion matrix, most confident mistakes. Built-in data (mnist, synthetic) is
 * evaluated on its held-out test split; a folder on all of its images (--split changes it).
 */
import { intFlag, parseArgs } from '../args';
import { BACKEND_FLAG, BACKEND_USAGE, backendRequest } from '../backendFlag';
import { terminalSafe } from '../../log/terminalText';
import { CliError } from '../cliError';
import type { CliCommand } from '../main';
import { formatEvaluation } from '../trainOutput';
import { checkDataArg } from './train';

const USAGE = `test <run dir> --data mnist|synthetic|PATH [--split test|val|train|all] [--limit N] [--seed N] ${BACKEND_USAGE} [--json]`;

export const command: CliCommand = {
  name: 'test',
  usage: USAGE,
  summary: 'Evaluate a saved run on a dataset: accuracy, per-class precision/recall/F1, confusion matrix, worst mistakes.',
  async run(args) {
    const { positional, flags } = parseArgs(args, {
      data: { type: 'string' }, split: { type: 'string', choices: ['test', 'val', 'train', 'all'] }, limit: { type: 'string' },
      seed: { type: 'string' }, backend: BACKEND_FLAG, json: { type: 'boolean' },
    }, USAGE);
    const runDir = positional[0];
    if (!runDir) throw new CliError(`give a run folder. Usage: layerloom ${USAGE}`);
    if (positional.length > 1) throw new CliError(`unexpected argument "${positional[1]}"`);
    const data = await checkDataArg(flags.data);
    const limit = flags.limit === undefined ? undefined : intFlag(flags.limit, 'limit', 1);
    const seed = intFlag(flags.seed, 'seed', 1, 0);
    const builtIn = ['mnist', 'synthetic'].includes(data.trim().toLowerCase());
    const split = (flags.split as 'test' | 'val' | 'train' | 'all' | undefined) ?? (builtIn ? 'test' : 'all');

    const [tf, { selectBackend }, { loadRun, RunLoadError }, { openDataset, dataSourceFromArgument, DatasetError }, { evaluateSplit, mergeEvaluations }] = await Promise.all([
      import('@tensorflow/tfjs'), import('../../train/backends/selectBackend'), import('../../train/predict'), import('../../data/index'), import('../../train/evaluate'),
    ]);
    const backend = await selectBackend(backendRequest(flags.backend)).catch((err: Error) => {
      throw new CliError(err.message);
    });
    const run = await loadRun(tf, runDir).catch((err: Error) => {
      throw err instanceof RunLoadError ? new CliError(err.message) : err;
    });
    const dataset = await openDataset({ source: dataSourceFromArgument(data), input: run.input, resize: run.resize, limit, seed }).catch((err: Error) => {
      throw err instanceof DatasetError || err instanceof RangeError ? new CliError(`--data ${data}: ${err.message}`) : err;
    });
    const same = dataset.classes.length === run.classes.length && dataset.classes.every((c, i) => c === run.classes[i]);
    if (!same) {
      const list = (xs: readonly string[]) => (xs.length > 12 ? `${xs.slice(0, 12).join(', ')}, …` : xs.join(', '));
      throw new CliError(`--data ${data} has classes [${list(dataset.classes)}] but the run was trained on [${list(run.classes)}]`);
    }
    const options = { classes: run.classes, fromLogits: run.fromLogits, mistakes: 10, normalization: run.normalization };
    const names = split === 'all' ? (['train', 'val', 'test'] as const) : [split];
    const parts = [];
    for (const name of names) parts.push(await evaluateSplit(tf, run.model, dataset.splits[name], options));
    const evaluation = parts.length === 1 ? parts[0] : mergeEvaluations(parts, 'all', 10);
    if (flags.json) {
      console.log(JSON.stringify({ type: 'evaluation', runDir, backend: backend.name, data, skipped: dataset.skipped, ...evaluation }));
    } else {
      for (const s of dataset.skipped) console.error(terminalSafe(`skipped ${s.path}: ${s.reason}`));
      console.log(terminalSafe(formatEvaluation(evaluation), { keepNewlines: true }));
    }
    return 0;
  },
};
