/**
 * The engine's `runs.*` methods (plugged in through src/server/handlerModules.ts): the runs table, one
 * run's record, a run's test images, deleting a run. Written structurally (src/train may not import
 * src/protocol); the engine host checks params and results against the protocol's schemas.
 */
import { defaultRunsRoot, listRuns, openRun } from './runCatalog';
import { runImages, type RunImagesQuery } from './runImages';
import { deleteRun, recoverAbandonedRuns } from './runMaintenance';

export const handlers = {
  /**
   * Without `dir`, the folder `layerloom train` saves into by default (./runs); a missing default folder
   * lists nothing. Staging folders left by processes that died become interrupted runs (or go) first.
   */
  'runs.list': async ({ dir }: { dir?: string }) => {
    const root = dir ?? defaultRunsRoot();
    await recoverAbandonedRuns(root);
    return { runs: await listRuns(root, { required: dir !== undefined }) };
  },
  'runs.open': ({ dir }: { dir: string }) => openRun(dir),
  'runs.images': (query: RunImagesQuery) => runImages(query),
  'runs.delete': ({ dir }: { dir: string }) => deleteRun(dir),
};
