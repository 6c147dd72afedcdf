/**
 * The engine's `runs.*` methods (plugged in through src/server/handlerModules.ts): the runs table, one
 * run's record, and a run's test images. Written structurally (src/train may not import src/protocol);
 * the engine host checks params and results against the protocol's schemas.
 */
import { defaultRunsRoot, listRuns, openRun } from './runCatalog';
import { runImages, type RunImagesQuery } from './runImages';

export const handlers = {
  /** Without `dir`, the folder `layerloom train` saves into by default (./runs); a missing default folder lists nothing. */
  'runs.list': async ({ dir }: { dir?: string }) => ({
    runs: await listRuns(dir ?? defaultRunsRoot(), { required: dir !== undefined }),
  }),
  'runs.open': ({ dir }: { dir: string }) => openRun(dir),
  'runs.images': (query: RunImagesQuery) => runImages(query),
};
