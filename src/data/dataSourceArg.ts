/** The `--data` argument of the CLI as a dataset source. */
import type { DatasetSource } from './types.ts';

/** `mnist` and `synthetic` (any letter case) are built in; anything else is a folder path (use `./mnist` for a folder named so). */
export function dataSourceFromArgument(arg: string): DatasetSource {
  const lower = arg.trim().toLowerCase();
  if (lower === 'mnist') return 'mnist';
  if (lower === 'synthetic') return 'synthetic';
  return { folder: arg };
}
