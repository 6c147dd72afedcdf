/**
 * Modules that plug methods into the engine. Each loader imports a module exporting
 * `handlers: HandlerTable` (e.g. src/train's `train.*`, `dataset.inspect`, `runs.*`, `predict`).
 * Loaded lazily, so a host starts without paying for tfjs; one that fails to load is reported and
 * its methods stay "not available yet" — the rest of the engine keeps working.
 *
 * To plug a module in, add one line to HANDLER_MODULES.
 */
import type { HandlerTable } from '../protocol';
import type { EngineHost } from './engineHost';

export type HandlerModuleLoader = () => Promise<{ readonly handlers: HandlerTable }>;

// Each module is written structurally (src/train, src/data and src/export may not import src/protocol); the
// host checks every param, result and event against the protocol's schemas, hence the casts.
const table = (m: { handlers: object }): { handlers: HandlerTable } => ({ handlers: m.handlers as HandlerTable });

export const HANDLER_MODULES: readonly HandlerModuleLoader[] = [
  async () => table(await import('../train/engineHandlers')),
  async () => table(await import('../data/datasetHandlers')),
  async () => table(await import('../train/runsHandlers')),
  async () => table(await import('../train/predictHandlers')),
  async () => table(await import('../export/exportHandlers')),
];

export async function loadHandlerModules(host: EngineHost, loaders: readonly HandlerModuleLoader[] = HANDLER_MODULES, log: (m: string) => void = console.error): Promise<void> {
  for (const load of loaders) {
    try {
      host.registerHandlers((await load()).handlers);
    } catch (err) {
      log(`layerloom: an engine module failed to load, its methods are unavailable: ${(err as Error).message}`);
    }
  }
}

/** An engine host with every module plugged in. */
export async function createEngine(options: ConstructorParameters<typeof EngineHost>[0]): Promise<EngineHost> {
  const { EngineHost } = await import('./engineHost');
  const host = new EngineHost(options);
  await loadHandlerModules(host, HANDLER_MODULES, options.log);
  return host;
}
