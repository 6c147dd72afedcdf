/**
 * Everything `layerloom serve` does, callable from the CLI and bin/start.js: the engine with its
 * modules, the renderer build (made if missing), the HTTP/WebSocket server, the browser.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAppServer, type RunningAppServer } from './appServer';
import { defaultConfigDir } from './configDir';
import { createEngine } from './handlerModules';
import { repeatLimitedLog } from '../log/repeatLimitedLog';
import { openBrowser } from './openBrowser';
import { BUILD_HINT, buildRenderer, isRendererBuilt, isRendererStale, missingBuildPage, rendererDir } from './rendererBuild';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ServeOptions {
  readonly port: number;
  readonly open: boolean;
  /** Build the renderer if dist/renderer is missing (default true). */
  readonly build?: boolean;
  readonly projectRoot?: string;
  readonly configDir?: string;
  readonly log?: (line: string) => void;
}

export function appVersion(projectRoot: string): string {
  try {
    return (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export async function serveApp(options: ServeOptions): Promise<RunningAppServer> {
  const root = options.projectRoot ?? PROJECT_ROOT;
  // Lines from clients and files are escaped; one misbehaving client repeating itself is counted, not echoed.
  const log = repeatLimitedLog(options.log ?? ((line: string) => console.error(line)));
  let missing: string | undefined;
  const built = isRendererBuilt(root);
  if (options.build !== false && (!built || isRendererStale(root))) {
    const outcome = await buildRenderer(root, log);
    if (!outcome.ok && built) log(`layerloom: rebuilding the user interface failed (${outcome.reason}); serving the previous build.`);
    if (!outcome.ok && !built) missing = missingBuildPage(outcome.reason);
  }
  if (!isRendererBuilt(root)) {
    missing ??= missingBuildPage('dist/renderer is missing');
    log(`layerloom: the user interface is not built; ${BUILD_HINT}. The engine runs anyway.`);
  }
  // A promise nobody awaited must not end the app the user has open; it is a bug to report, not a crash.
  process.on('unhandledRejection', (reason) => log(`layerloom: an unexpected error was not handled: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`));
  const engine = await createEngine({ host: 'serve', appVersion: appVersion(root), configDir: options.configDir, log });
  const running = await startAppServer({ engine, rendererDir: rendererDir(root), port: options.port, missingBuildPage: missing });
  console.log(`LayerLoom is running at ${running.url}`);
  console.log('Press Ctrl+C to stop.');
  if (options.open && !(await openBrowser(running.url, join(options.configDir ?? defaultConfigDir(), 'open')))) {
    log('layerloom: could not open a browser here; open the URL above yourself.');
  }
  return running;
}
