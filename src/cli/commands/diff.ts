/**
 * `layerloom diff A B [--json]`: what changed between two networks (projects or templates): blocks added,
 * removed and changed, with parameters, FLOPs, output size and receptive field side by side.
 */
import { analyze } from '../../graph/analyze';
import { diffGraphs } from '../../graph/diff/index';
import { parseArgs } from '../args';
import { CliError } from '../cliError';
import { formatDiffTable } from '../diffTable';
import type { CliCommand } from '../main';
import { loadNetworkRef } from '../loadGraph';

const usage = 'layerloom diff <A> <B> [--by id|alignment] [--json]   (A, B: a project file or a template name)';

export const command: CliCommand = {
  name: 'diff',
  usage,
  summary: 'Compare two networks (projects or templates): blocks added, removed and changed, with parameters, FLOPs, output size and receptive field.',
  async run(args) {
    const { positional, flags } = parseArgs(args, { json: { type: 'boolean' }, by: { type: 'string', choices: ['id', 'alignment'] } }, usage);
    if (positional.length !== 2) throw new CliError(`give two networks to compare, got ${positional.length}. Usage: ${usage}`);
    const [a, b] = await Promise.all(positional.map((p) => loadNetworkRef(p)));
    const analyses: [ReturnType<typeof analyze>, ReturnType<typeof analyze>] = [analyze(a.graph), analyze(b.graph)];
    const diff = diffGraphs(a.graph, b.graph, { method: (flags.by as 'id' | 'alignment' | undefined) ?? 'auto', analyses });
    if (flags.json) {
      // Infinity (a global receptive field) has no JSON form: write it as "global".
      console.log(JSON.stringify({ a: a.name, b: b.name, ...diff }, (_k, v) => (v === Infinity ? 'global' : v)));
    } else {
      console.log(formatDiffTable(a.name, b.name, diff));
    }
    return 0;
  },
};
