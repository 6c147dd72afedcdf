import { intFlag, parseArgs } from '../args';
import { CliError } from '../cliError';
import type { CliCommand } from '../main';

const usage = 'layerloom serve [--port N] [--no-open] [--no-build]';

export const command: CliCommand = {
  name: 'serve',
  usage,
  summary: 'The app in your browser: an engine and the UI on 127.0.0.1, behind a random token printed in the URL.',
  async run(args) {
    const { positional, flags } = parseArgs(args, { port: { type: 'string' }, 'no-open': { type: 'boolean' }, 'no-build': { type: 'boolean' } }, usage);
    if (positional.length) throw new CliError(`unexpected argument "${positional[0]}". Usage: ${usage}`);
    const port = intFlag(flags.port, 'port', 0, 0, 65535);
    const { serveApp } = await import('../../server/serveApp');
    const running = await serveApp({ port, open: !flags['no-open'], build: !flags['no-build'] });
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void running.close().then(resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return 0;
  },
};
