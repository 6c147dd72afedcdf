/**
 * `layerloom bench`: training throughput (images/s) of LeNet-5 and ResNet-20 built from LayerLoom's
 * blocks, with the protocol of scripts/bench/torch_reference.py, on the chosen backend.
 */
import { parseArgs, intFlag } from '../args';
import { BACKEND_FLAG, BACKEND_USAGE, backendRequest } from '../backendFlag';
import { CliError } from '../cliError';
import type { CliCommand } from '../main';

const USAGE = `bench ${BACKEND_USAGE} [--models lenet5,resnet20] [--images N] [--json] [--profile]`;
const MODEL_NAMES = ['lenet5', 'resnet20'] as const;

function parseModels(value: string | boolean | undefined): (typeof MODEL_NAMES)[number][] {
  if (value === undefined) return [...MODEL_NAMES];
  const names = String(value).split(',').map((s) => s.trim()).filter(Boolean);
  const bad = names.filter((n) => !(MODEL_NAMES as readonly string[]).includes(n));
  if (bad.length || names.length === 0) {
    throw new CliError(`--models takes a comma-separated list of ${MODEL_NAMES.join(', ')}, got "${String(value)}"`);
  }
  return names as (typeof MODEL_NAMES)[number][];
}

export const command: CliCommand = {
  name: 'bench',
  usage: USAGE,
  summary: 'Training speed (images/s, batch 64, Adam) of LeNet-5 and ResNet-20 on this machine; --profile adds time per kernel.',
  async run(args) {
    const { flags, positional } = parseArgs(args, {
      backend: BACKEND_FLAG,
      models: { type: 'string' },
      images: { type: 'string' },
      json: { type: 'boolean' },
      profile: { type: 'boolean' },
    }, USAGE);
    if (positional.length) throw new CliError(`unexpected argument "${positional[0]}". Usage: ${USAGE}`);
    const models = parseModels(flags.models);
    const images = flags.images === undefined ? undefined : intFlag(flags.images, 'images', 64, 64);
    const { runBench } = await import('../../train/bench/benchCommand');
    return runBench({
      backend: backendRequest(flags.backend),
      models, images, json: flags.json === true, profile: flags.profile === true,
    });
  },
};
