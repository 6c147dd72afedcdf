/**
 * The data stage's `preparing` events from a loader's progress callback, throttled: a folder of
 * 100,000 images calls back for every file, while a UI only needs a few updates a second. The first
 * and the last call of each phase always pass, so a UI sees 0 … total.
 */
import type { LoadProgress } from '../data/index';
import { coded, type CodedText } from '../messages/index';
import type { PreparingEvent } from './events';

export const PREPARING_EVERY_MS = 250;

const MESSAGES: Readonly<Record<LoadProgress['phase'], string>> = {
  scan: 'finding the image files',
  check: 'checking the image files',
};
const CODES: Readonly<Record<LoadProgress['phase'], CodedText>> = {
  scan: coded('train.prep.dataScan'),
  check: coded('train.prep.dataCheck'),
};

export function preparingProgress(
  sessionId: string,
  emit: (event: PreparingEvent) => void,
  everyMs = PREPARING_EVERY_MS,
  now: () => number = () => performance.now(),
): (progress: LoadProgress) => void {
  let last = -Infinity;
  let phase: LoadProgress['phase'] | undefined;
  return (p) => {
    const t = now();
    const finished = p.total > 0 && p.done >= p.total;
    if (p.phase === phase && !finished && t - last < everyMs) return;
    phase = p.phase;
    last = t;
    // While scanning the total is not known yet: no `total` rather than a misleading 0.
    emit({ type: 'preparing', sessionId, stage: 'data', done: p.done, ...(p.total > 0 ? { total: p.total } : {}), message: MESSAGES[p.phase], messageCode: CODES[p.phase] });
  };
}
