/** `layerloom predict <run dir> IMAGE… [--top K] [--json]`: the top-k labels with probabilities for each image. */
import { stat } from 'node:fs/promises';
import { intFlag, parseArgs } from '../args';
import { BACKEND_FLAG, BACKEND_USAGE, backendRequest } from '../backendFlag';
import { terminalSafe } from '../../log/terminalText';
import { CliError } from '../cliError';
import type { CliCommand } from '../main';

const USAGE = `predict <run dir> IMAGE… [--top K] ${BACKEND_USAGE} [--json]`;

export const command: CliCommand = {
  name: 'predict',
  usage: USAGE,
  summary: 'Classify image files with a saved run: top-k labels with probabilities.',
  async run(args) {
    const { positional, flags } = parseArgs(args, {
      top: { type: 'string' }, backend: BACKEND_FLAG, json: { type: 'boolean' },
    }, USAGE);
    const [runDir, ...images] = positional;
    if (!runDir) throw new CliError(`give a run folder and at least one image. Usage: layerloom ${USAGE}`);
    if (!images.length) throw new CliError(`give at least one image file after the run folder. Usage: layerloom ${USAGE}`);
    const k = intFlag(flags.top, 'top', 3, 1, 1000);
    for (const image of images) {
      const info = await stat(image).catch(() => null);
      if (!info) throw new CliError(`image not found: ${image}`);
      if (!info.isFile()) throw new CliError(`not a file: ${image}`);
    }
    const [tf, { selectBackend }, { loadRun, predictFiles, RunLoadError }] = await Promise.all([
      import('@tensorflow/tfjs'), import('../../train/backends/selectBackend'), import('../../train/predict'),
    ]);
    await selectBackend(backendRequest(flags.backend)).catch((err: Error) => {
      throw new CliError(err.message);
    });
    const asCliError = (err: Error) => {
      throw err instanceof RunLoadError ? new CliError(err.message) : err;
    };
    const run = await loadRun(tf, runDir).catch(asCliError);
    const predictions = await predictFiles(tf, run, images, k).catch(asCliError);
    for (const p of predictions) {
      if (flags.json) console.log(JSON.stringify({ type: 'prediction', path: p.path, top: p.top }));
      else console.log(terminalSafe(`${p.path}: ${p.top.map((t) => `${t.label} ${(t.probability * 100).toFixed(1)}%`).join(', ')}`));
    }
    return 0;
  },
};
