import { describe, expect, it } from 'vitest';
import type { PreparingEvent } from '../../src/train/events';
import { preparingProgress } from '../../src/train/preparingProgress';

describe('preparingProgress', () => {
  it('passes the first call of each phase and the last, and at most one call per interval between', () => {
    let now = 0;
    const events: PreparingEvent[] = [];
    const onProgress = preparingProgress('s1', (e) => events.push(e), 250, () => now);
    onProgress({ phase: 'scan', done: 0, total: 0 });
    onProgress({ phase: 'scan', done: 40, total: 40 });
    for (let done = 1; done <= 1000; done++) {
      now += 1; // 1 ms per image: 1,000 calls over one second
      onProgress({ phase: 'check', done, total: 1000 });
    }
    expect(events.map((e) => [e.message?.split(' ')[0], e.done, e.total])).toEqual([
      ['finding', 0, undefined],
      ['finding', 40, 40],
      ['checking', 1, 1000],
      ['checking', 251, 1000],
      ['checking', 501, 1000],
      ['checking', 751, 1000],
      ['checking', 1000, 1000],
    ]);
    expect(events.every((e) => e.type === 'preparing' && e.stage === 'data' && e.sessionId === 's1')).toBe(true);
  });
});
