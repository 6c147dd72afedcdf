/**
 * `layerloom train`: trains a project or template on MNIST, synthetic shapes or an image folder; a
 * progress bar on a terminal, or one JSON object per line with --json (the last is `done`, `error` or
 * `cancelled`). Ctrl-C stops after the current batch and keeps the last checkpoint; a second Ctrl-C quits at once.
 */
import { stat } from 'node:fs/promises';
import { intFlag, numberFlag, parseArgs, shapeFlag } from '../args';
import { BACKEND_FLAG, BACKEND_USAGE } from '../backendFlag';
import { coded, renderText } from '../../messages/index';
import { terminalSafe } from '../../log/terminalText';
import { CliError } from '../cliError';
import { loadGraphArg } from '../loadGraph';
import type { CliCommand } from '../main';
import { humanOutput, jsonLines } from '../trainOutput';

const USAGE = 'train <project | --template NAME> --data mnist|synthetic|PATH [--input HxWxC] [--epochs N] [--batch N] [--lr X] '
  + `[--optimizer adam|sgd|rmsprop] [--schedule cosine|constant|step] [--limit N] ${BACKEND_USAGE} [--resize stretch|crop|letterbox] `
  + '[--augment flip,crop,brightness] [--seed N] [--out DIR] [--json]';

const AUGMENTS = ['flip', 'crop', 'brightness'] as const;

export function parseAugment(value: string | boolean | undefined): { flip: boolean; crop: boolean; brightness: boolean } | undefined {
  if (value === undefined) return undefined;
  const names = String(value).split(',').map((s) => s.trim()).filter(Boolean);
  const bad = names.filter((n) => !(AUGMENTS as readonly string[]).includes(n));
  if (bad.length) throw new CliError(`--augment takes a comma-separated list of ${AUGMENTS.join(', ')}, got "${bad[0]}"`);
  return { flip: names.includes('flip'), crop: names.includes('crop'), brightness: names.includes('brightness') };
}

/** A --data folder must exist and be a folder; mnist and synthetic are built in. */
export async function checkDataArg(data: string | boolean | undefined): Promise<string> {
  if (typeof data !== 'string' || !data.trim()) throw new CliError('--data is required: mnist, synthetic or a folder of images (one sub-folder per class)');
  if (['mnist', 'synthetic'].includes(data.trim().toLowerCase())) return data;
  const info = await stat(data).catch(() => null);
  if (!info) throw new CliError(`--data folder not found: ${data}`);
  if (!info.isDirectory()) throw new CliError(`--data must be a folder with one sub-folder per class, but ${data} is a file`);
  return data;
}

/** Errors in these phases are the user's to fix (arguments, data, model): exit code 2. */
const USER_PHASES = ['backend', 'data', 'compile', 'save'];

export const command: CliCommand = {
  name: 'train',
  usage: USAGE,
  summary: 'Train a project or template; saves a run folder (model, history, evaluation) and prints test accuracy.',
  async run(args) {
    const { positional, flags } = parseArgs(args, {
      template: { type: 'string' }, data: { type: 'string' }, input: { type: 'string' }, epochs: { type: 'string' },
      batch: { type: 'string' }, lr: { type: 'string' }, optimizer: { type: 'string', choices: ['adam', 'sgd', 'rmsprop'] },
      schedule: { type: 'string', choices: ['cosine', 'constant', 'step'] },
      limit: { type: 'string' }, backend: BACKEND_FLAG,
      resize: { type: 'string', choices: ['stretch', 'crop', 'letterbox'] }, augment: { type: 'string' },
      seed: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' },
    }, USAGE);
    const input = shapeFlag(flags.input, 'input');
    const epochs = flags.epochs === undefined ? undefined : intFlag(flags.epochs, 'epochs', 5, 1, 10000);
    const batchSize = flags.batch === undefined ? undefined : intFlag(flags.batch, 'batch', 32, 1, 4096);
    const learningRate = flags.lr === undefined ? undefined : numberFlag(flags.lr, 'lr', 0.001);
    if (learningRate !== undefined && learningRate > 10) throw new CliError(`--lr must be at most 10, got "${String(flags.lr)}"`);
    const limit = flags.limit === undefined ? undefined : intFlag(flags.limit, 'limit', 1);
    const seed = intFlag(flags.seed, 'seed', 1, 0);
    const augment = parseAugment(flags.augment);
    const data = await checkDataArg(flags.data);
    const out = typeof flags.out === 'string' ? flags.out : undefined;
    if (out && (await stat(out).catch(() => null))) throw new CliError(`--out ${out} already exists; choose a new folder name`);
    const loaded = await loadGraphArg(positional, { template: flags.template, input });

    const [{ newProject }, { TrainingSession }] = await Promise.all([import('../../graph/projectFile'), import('../../train/session')]);
    const base = loaded.project ?? newProject(loaded.graph, { name: loaded.name });
    const t = base.training;
    const project = {
      ...base,
      graph: loaded.graph as typeof base.graph,
      training: {
        ...t, data, epochs: epochs ?? t.epochs, batchSize: batchSize ?? t.batchSize, learningRate: learningRate ?? t.learningRate,
        optimizer: (flags.optimizer as typeof t.optimizer | undefined) ?? t.optimizer, limit: limit ?? t.limit,
        schedule: (flags.schedule as typeof t.schedule | undefined) ?? t.schedule,
        backend: (flags.backend as typeof t.backend | undefined) ?? t.backend, resize: (flags.resize as typeof t.resize | undefined) ?? t.resize,
        augment: augment ?? t.augment,
      },
    };
    const session = new TrainingSession({ project, name: loaded.name, outDir: out, seed });
    const streams = { out: process.stdout, err: process.stderr };
    session.on(flags.json ? jsonLines(streams) : humanOutput(streams));
    // Ctrl-C: stop after the current batch, keeping the last checkpoint; a second Ctrl-C ends at once
    // (the last checkpoint is still kept, marked interrupted).
    let interrupts = 0;
    const onSigint = () => {
      interrupts += 1;
      if (interrupts > 1) {
        const kept = session.interruptNow();
        process.stderr.write(kept ? `\nstopped at once; the last checkpoint is in ${kept} (listed in Runs as interrupted)\n` : '\nstopped at once; no epoch had finished, nothing saved\n');
        process.exit(130);
      }
      process.stderr.write('\nstopping after this batch (Ctrl-C again to quit at once)…\n');
      session.stop();
    };
    process.on('SIGINT', onSigint);
    try {
      const final = await session.run();
      if (final.type === 'error') {
        const kept = final.runDir ? ` ${renderText(coded('train.checkpointKept', { epoch: final.epoch ?? 0, dir: final.runDir }), 'cli')}` : '';
        const line = `${final.message}${final.hint ? `. ${final.hint}` : ''}${kept}`.replace(/\s*\n\s*/g, ' ');
        if (USER_PHASES.includes(final.where ?? '')) throw new CliError(line);
        process.stderr.write(`${terminalSafe(`layerloom train: ${line}`)}\n`);
        return 1;
      }
      return final.type === 'done' ? 0 : 130;
    } finally {
      process.off('SIGINT', onSigint);
    }
  },
};
