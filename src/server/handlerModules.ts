/**
 * Modules that plug methods into the engine: src/train's `train.*`, `runs.*` and `predict`, src/data's
 * `dataset.inspect` and `folders.list`, src/export's `export.*`. Each is listed with the methods it answers, so the host
 * registers them at once and starts without paying for tfjs: a module is imported on its first call
 * (and in the background right after start-up). One that fails to load answers its methods with the
 * reason — the rest of the engine keeps working.
 *
 * To plug a module in, add one entry to HANDLER_MODULES.
 */
import { RpcError, type Handler, type HandlerTable, type MethodName } from '../protocol';
import type { EngineHost } from './engineHost';

export interface HandlerModule {
  /** The methods its `handlers` table answers. */
  readonly methods: readonly MethodName[];
  readonly load: () => Promise<{ readonly handlers: HandlerTable }>;
}

// The modules are written structurally (src/train, src/data and src/export may not import src/protocol);
// the host checks every param, result and event against the protocol's schemas, hence the cast.
const table = (m: { handlers: object }): { handlers: HandlerTable } => ({ handlers: m.handlers as HandlerTable });

export const HANDLER_MODULES: readonly HandlerModule[] = [
  { methods: ['train.start', 'train.pause', 'train.resume', 'train.stop', 'train.list', 'runs.resume'], load: async () => table(await import('../train/engineHandlers')) },
  { methods: ['dataset.inspect', 'folders.list'], load: async () => table(await import('../data/datasetHandlers')) },
  { methods: ['runs.list', 'runs.open', 'runs.images', 'runs.delete'], load: async () => table(await import('../train/runsHandlers')) },
  { methods: ['predict'], load: async () => table(await import('../train/predictHandlers')) },
  { methods: ['export.code', 'export.write'], load: async () => table(await import('../export/exportHandlers')) },
  { methods: ['diagram.render', 'diagram.write'], load: async () => table(await import('./diagramHandlers')) },
];

/**
 * Registers every method of `modules` at once; each module is imported on the first call of one of its
 * methods (or by the returned `preload`). A module that fails to load is logged once, and its methods
 * answer `unavailable` with the reason.
 */
export function registerLazyModules(host: EngineHost, modules: readonly HandlerModule[] = HANDLER_MODULES, log: (m: string) => void = console.error): { preload(): Promise<void> } {
  const loads = modules.map((m) => {
    let loading: Promise<HandlerTable> | undefined;
    const load = () => (loading ??= m.load().then((x) => x.handlers, (err: Error) => {
      log(`layerloom: an engine module failed to load, its methods are unavailable: ${err.message}`);
      throw new RpcError('unavailable', `this engine cannot answer ${m.methods.join(', ')}: ${err.message}`);
    }));
    const table: Record<string, Handler<MethodName>> = {};
    for (const name of m.methods) {
      table[name] = async (params, ctx) => {
        const handler = (await load())[name] as Handler<MethodName> | undefined;
        if (!handler) throw new RpcError('not-available', `"${name}" is not available yet in this engine (its module has no handler for it)`);
        return handler(params, ctx);
      };
    }
    host.registerHandlers(table as HandlerTable);
    return load;
  });
  return { preload: async () => void (await Promise.allSettled(loads.map((load) => load()))) };
}

/** An engine host with every module plugged in; the modules load in the background. */
export async function createEngine(options: ConstructorParameters<typeof EngineHost>[0]): Promise<EngineHost> {
  const { EngineHost } = await import('./engineHost');
  const host = new EngineHost(options);
  const { preload } = registerLazyModules(host, HANDLER_MODULES, options.log);
  setImmediate(() => void preload());
  return host;
}
