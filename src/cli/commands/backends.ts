/**
 * `layerloom backends`: every compute backend, whether it loads on this machine, the GPU adapter or device
 * it would use, whether `auto` takes it, and the exact reason and fix when it does not load.
 */
import { parseArgs } from '../args';
import { CliError } from '../cliError';
import type { CliCommand } from '../main';

const USAGE = 'backends [--json]';

export const command: CliCommand = {
  name: 'backends',
  usage: USAGE,
  summary: 'Which compute backends load here (CUDA, WebGPU with its adapter, native CPU, WebAssembly, JavaScript), why not, and how to fix it.',
  async run(args) {
    const { flags, positional } = parseArgs(args, { json: { type: 'boolean' } }, USAGE);
    if (positional.length) throw new CliError(`unexpected argument "${positional[0]}". Usage: ${USAGE}`);
    const { probeBackends, formatBackends } = await import('../../train/backends/probeBackends');
    const report = await probeBackends();
    console.log(flags.json ? JSON.stringify(report) : formatBackends(report));
    return 0;
  },
};
