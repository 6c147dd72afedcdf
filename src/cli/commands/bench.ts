/**
 * `layerloom bench`: training throughput (images/s) of LeNet-5 and ResNet-20 (on 32×32 and 64×64
 * images) built from LayerLoom's blocks, with the protocol of the PyTorch reference script, on the
 * chosen backend; --compare runs that script after each run and prints the ratios.
 */
import { parseArgs, intFlag } from '../args';
import { BACKEND_FLAG, BACKEND_USAGE, backendRequest } from '../backendFlag';
import { CliError } from '../cliError';
import type { CliCommand } from '../main';
import { BENCH_MODEL_NAMES, type BenchModelName } from '../../train/bench/benchModels';

const USAGE = `bench ${BACKEND_USAGE} [--models ${BENCH_MODEL_NAMES.join(',')}] [--images N] [--json] [--profile] [--compare [SCRIPT]] [--pairs N]`;

function parseModels(value: string | boolean | undefined): BenchModelName[] {
  if (value === undefined) return [...BENCH_MODEL_NAMES];
  const names = String(value).split(',').map((s) => s.trim()).filter(Boolean);
  const bad = names.filter((n) => !(BENCH_MODEL_NAMES as readonly string[]).includes(n));
  if (bad.length || names.length === 0) {
    throw new CliError(`--models takes a comma-separated list of ${BENCH_MODEL_NAMES.join(', ')}, got "${String(value)}"`);
  }
  return names as BenchModelName[];
}

export const command: CliCommand = {
  name: 'bench',
  usage: USAGE,
  summary: 'Training speed (images/s, batch 64, Adam; best of 3 epochs after a warm-up) of LeNet-5 and ResNet-20 (32×32 and 64×64) on this machine; '
    + '--profile adds time per kernel; --compare runs the PyTorch reference script (found as shared/bench/torch_reference.py above the checkout, or SCRIPT) '
    + 'right after, --pairs N times, and prints ours / PyTorch with the median.',
  async run(args) {
    const { flags, positional } = parseArgs(args, {
      backend: BACKEND_FLAG,
      models: { type: 'string' },
      images: { type: 'string' },
      json: { type: 'boolean' },
      profile: { type: 'boolean' },
      compare: { type: 'string', optionalValue: true },
      pairs: { type: 'string' },
    }, USAGE);
    if (positional.length) throw new CliError(`unexpected argument "${positional[0]}". Usage: ${USAGE}`);
    const models = parseModels(flags.models);
    const images = flags.images === undefined ? undefined : intFlag(flags.images, 'images', 64, 64);
    if (flags.pairs !== undefined && flags.compare === undefined) throw new CliError('--pairs counts back-to-back runs against PyTorch: use it with --compare');
    const pairs = intFlag(flags.pairs, 'pairs', 1, 1, 99);
    const { runBench } = await import('../../train/bench/benchCommand');
    return runBench({
      backend: backendRequest(flags.backend),
      models, images, json: flags.json === true, profile: flags.profile === true,
      compare: flags.compare === undefined ? undefined : { script: typeof flags.compare === 'string' ? flags.compare : undefined },
      pairs,
    });
  },
};
