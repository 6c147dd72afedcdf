/** The relay between training sessions and the pages listening (src/train/trainingSessions.ts), with a stand-in session. */
import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../src/train/events';
import type { TrainingSession } from '../../src/train/session';
import { listSessions, pauseSession, startSession, stopSession, trainingActive } from '../../src/train/trainingSessions';

/** A session whose events the test sends by hand; run() ends when the test calls finish(). */
function standIn(id: string) {
  const listeners = new Set<(e: SessionEvent) => void>();
  let end!: () => void;
  const ended = new Promise<void>((r) => (end = r));
  const fake = {
    id,
    paused: false,
    on: (l: (e: SessionEvent) => void) => (listeners.add(l), () => listeners.delete(l)),
    run: () => ended,
    pause() { fake.paused = true; },
    resume() { fake.paused = false; },
    stop() { /* the test ends it */ },
    disposed: 0,
    dispose() { fake.disposed += 1; },
  };
  return {
    session: fake as unknown as TrainingSession,
    /** Times the relay disposed the session (once, after run() ends: its model and GPU memory go). */
    disposed: () => fake.disposed,
    send: (e: SessionEvent) => listeners.forEach((l) => l(e)),
    finish: async () => {
      end();
      await ended;
      await new Promise((r) => setImmediate(r));
    },
  };
}

const batch = (sessionId: string, b: number): SessionEvent => ({ type: 'batch', sessionId, epoch: 1, batch: b, batchesPerEpoch: 9, loss: 1 / b, accuracy: 0.5, imagesPerSec: 100 });
const started = (sessionId: string): SessionEvent => ({
  type: 'started', sessionId, backend: 'cpu', backendReason: 'test', passedOver: [], params: 10, epochs: 1, batchSize: 4,
  dataset: { train: 36, validation: 4, test: 4, classes: ['a', 'b'], skipped: 0 },
});
const tick = () => new Promise((r) => setImmediate(r));

describe('training session relay', () => {
  it('a page that lists late hears the run so far, in order, then live events, once; states follow pause and stop', async () => {
    const s = standIn('s1');
    const first: SessionEvent[] = [];
    startSession(s.session, 'page-1', (e) => first.push(e));
    expect(trainingActive()).toBe(true);
    s.send({ type: 'preparing', sessionId: 's1', stage: 'data', done: 3, total: 10 });
    expect(listSessions()).toEqual([{ sessionId: 's1', state: 'preparing' }]);
    s.send(started('s1'));
    s.send(batch('s1', 1));
    s.send(batch('s1', 2));
    const late: SessionEvent[] = [];
    expect(listSessions('page-2', (e) => late.push(e))).toEqual([{ sessionId: 's1', state: 'training' }]);
    s.send(batch('s1', 3)); // live, before the story so far has been sent: must wait for it
    expect(late).toEqual([]);
    await tick();
    expect(late.map((e) => (e.type === 'batch' ? `batch ${e.batch}` : e.type))).toEqual(['started', 'batch 1', 'batch 2', 'batch 3']);
    listSessions('page-2', (e) => late.push(e)); // listing again: no second subscription
    // A pause is asked for (pausing) until the session says it has paused, after its current batch.
    pauseSession('s1');
    expect(listSessions()).toEqual([{ sessionId: 's1', state: 'pausing' }]);
    s.send({ type: 'state', sessionId: 's1', state: 'paused' });
    expect(listSessions()).toEqual([{ sessionId: 's1', state: 'paused' }]);
    stopSession('s1');
    expect(listSessions()).toEqual([{ sessionId: 's1', state: 'stopping' }]);
    s.send({ type: 'cancelled', sessionId: 's1', epoch: 0, runDir: null });
    await tick();
    expect(late.filter((e) => e.type === 'cancelled')).toHaveLength(1);
    expect(first.map((e) => e.type)).toEqual(['preparing', 'started', 'batch', 'batch', 'batch', 'state', 'cancelled']);
    expect(s.disposed()).toBe(0);
    await s.finish();
    expect(s.disposed()).toBe(1);
    expect(listSessions()).toEqual([]);
    expect(trainingActive()).toBe(false);
    expect(() => pauseSession('s1')).toThrow(/no training session "s1" is running/);
  });

  it('a final event the connection refuses still tells the page the run ended (as an error), and is logged', async () => {
    const s = standIn('s2');
    const heard: SessionEvent[] = [];
    const logs: string[] = [];
    startSession(s.session, 'page', (e) => {
      if (e.type === 'cancelled') throw new Error('payload.runDir: invalid');
      heard.push(e);
    }, (m) => logs.push(m));
    s.send({ type: 'cancelled', sessionId: 's2', epoch: 1, runDir: '/x' });
    expect(heard).toEqual([expect.objectContaining({ type: 'error', sessionId: 's2', message: expect.stringMatching(/cancelled report could not be sent.*payload\.runDir/) })]);
    expect(logs.join()).toMatch(/cancelled event could not be sent/);
    await s.finish();
  });
});
