/**
 * Blocks that have live feature maps in the current run, as a stable set (changes only when the set does),
 * so the canvas can mark them without re-rendering on every training snapshot.
 */
import { useContext, useMemo, useSyncExternalStore } from 'react';
import { TrainingStoreContext } from './TrainingContext';

const NONE = '';

export function useLiveBlocks(): ReadonlySet<string> {
  const store = useContext(TrainingStoreContext);
  const key = useSyncExternalStore(
    store ? store.subscribe : () => () => {},
    () => store?.getState().featureMaps?.blocks.map((b) => b.blockId).join('\u0000') ?? NONE,
  );
  return useMemo(() => new Set(key ? key.split('\u0000') : []), [key]);
}
