/**
 * The engine's `dataset.inspect` and `folders.list` methods (plugged in through src/server/handlerModules.ts). src/data may
 * not import src/protocol (docs/architecture.md), so the handler is written structurally; the engine host
 * checks params and result against the protocol's schemas.
 */
import { listFolder, type ListFolderParams } from './folderBrowser.ts';
import { inspectDataset, type InspectSpec } from './inspectDataset.ts';

interface Context {
  readonly signal: AbortSignal;
}

export const handlers = {
  'dataset.inspect': ({ spec }: { spec: InspectSpec }, ctx: Context) => inspectDataset(spec, ctx.signal),
  'folders.list': (params: ListFolderParams, ctx: Context) => listFolder(params, ctx.signal),
};
