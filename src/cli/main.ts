/**
 * `layerloom <command> …`: dispatches to one module per command (./commands/NAME.ts), loaded lazily so
 * that `summary` never pays for loading tfjs.
 */
import { terminalSafe } from '../log/terminalText';
import { CliError } from './cliError';

export interface CliCommand {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  /** Returns the exit code. Throws CliError for bad arguments (exit 2). */
  run(args: readonly string[]): Promise<number>;
}

// Each name is a module ./commands/NAME.ts exporting `command: CliCommand`.
const COMMAND_NAMES = ['summary', 'data', 'train', 'test', 'predict', 'export', 'bench', 'backends', 'serve', 'lessons', 'diff', 'diagram'] as const;

function loader(name: string): (() => Promise<{ command: CliCommand }>) | undefined {
  if (!(COMMAND_NAMES as readonly string[]).includes(name)) return undefined;
  return () => import(`./commands/${name}.ts`) as Promise<{ command: CliCommand }>;
}

async function help(): Promise<string> {
  const lines = ['Usage: layerloom <command> [options]', '', 'Commands:'];
  for (const name of COMMAND_NAMES) {
    const load = loader(name)!;
    try {
      const { command } = await load();
      // Usages are written with or without the program name; list them uniformly.
      lines.push(`  layerloom ${command.usage.replace(/^layerloom /, '')}`, `      ${command.summary}`);
    } catch {
      // A command whose module is not built yet is simply not listed.
    }
  }
  return lines.join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(await help());
    return name ? 0 : 2;
  }
  const load = loader(name);
  if (!load) {
    console.error(`layerloom: unknown command "${name}". Run "layerloom --help" for the list.`);
    return 2;
  }
  try {
    const { command } = await load();
    // `layerloom bench --help`: the command's usage, not "unknown option --help".
    if (args.includes('--help') || args.includes('-h')) {
      console.log(`Usage: layerloom ${command.usage.replace(/^layerloom /, '')}\n\n${command.summary}`);
      return 0;
    }
    return await command.run(args);
  } catch (err) {
    if (err instanceof CliError) {
      console.error(terminalSafe(`layerloom ${name}: ${err.message}`));
      return 2;
    }
    throw err;
  }
}
