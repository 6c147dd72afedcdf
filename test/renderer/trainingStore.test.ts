import { describe, expect, it } from 'vitest';
import { TrainingStore, type TrainEventMessage } from '../../renderer/train/trainingStore';

const S = 'sess-1';
const started = (epochs = 2, batchSize = 10): TrainEventMessage => ({
  type: 'started', sessionId: S, backend: 'wasm', backendReason: 'wasm loaded (SIMD)',
  passedOver: [{ backend: 'tensorflow', reason: 'tfjs-node not installed' }], params: 61706,
  dataset: { train: 100, validation: 20, test: 20, classes: ['a', 'b'], skipped: 1 }, epochs, batchSize,
});
const batch = (epoch: number, b: number, loss: number, accuracy: number | null = 0.5, per = 10): TrainEventMessage => ({
  type: 'batch', sessionId: S, epoch, batch: b, batchesPerEpoch: per, loss, accuracy, imagesPerSec: 100,
});

function clockStore(options: { maxBatchPoints?: number } = {}) {
  let t = 0;
  const store = new TrainingStore({ now: () => t, ...options });
  return { store, tick: (ms: number) => { t += ms; } };
}

describe('TrainingStore', () => {
  it('goes idle → preparing → running → done, keeping the started info', () => {
    const { store } = clockStore();
    expect(store.getState().status).toBe('idle');
    store.handle(batch(1, 1, 1)); // ignored while idle
    expect(store.getState().batchCount).toBe(0);
    store.begin();
    store.attach(S);
    store.handle({ type: 'preparing', sessionId: S, stage: 'data', done: 5, total: 10 });
    expect(store.getState().status).toBe('preparing');
    expect(store.getState().preparing).toEqual({ stage: 'data', done: 5, total: 10 });
    store.handle(started());
    const s = store.getState();
    expect(s.status).toBe('running');
    expect(s.preparing).toBeNull();
    expect(s.started?.backend).toBe('wasm');
    expect(s.started?.backendReason).toBe('wasm loaded (SIMD)');
    expect(s.started?.passedOver).toEqual([{ backend: 'tensorflow', reason: 'tfjs-node not installed' }]);
    store.handle({
      type: 'done', sessionId: S, runDir: '/runs/x', epochs: 2, stoppedEarly: false, testAccuracy: 0.9, testLoss: 0.3,
      imagesPerSec: 120, durationMs: 1000, backend: 'wasm', classes: ['a', 'b'], images: 140, skipped: [], evaluation: null,
    });
    expect(store.getState().status).toBe('done');
    expect(store.getState().done?.runDir).toBe('/runs/x');
    expect(store.isActive).toBe(false);
  });

  it('ignores events of other sessions', () => {
    const { store } = clockStore();
    store.begin();
    store.attach(S);
    store.handle({ ...batch(1, 1, 2), sessionId: 'other' });
    expect(store.getState().batchCount).toBe(0);
    store.handle(batch(1, 1, 2));
    expect(store.getState().batchCount).toBe(1);
  });

  it('adopts the first session seen when events come before train.start answers', () => {
    const { store } = clockStore();
    store.begin();
    store.handle(started());
    expect(store.getState().sessionId).toBe(S);
    store.handle({ ...batch(1, 1, 2), sessionId: 'other' });
    expect(store.getState().batchCount).toBe(0);
  });

  it('smooths the loss with a bias-corrected EMA and numbers the steps across epochs', () => {
    const { store } = clockStore();
    store.begin();
    store.handle(started());
    store.handle(batch(1, 1, 2, 0.2));
    // The first smoothed point equals the raw one (bias correction), not 0.1 × it.
    expect(store.getState().batches[0].smoothLoss).toBeCloseTo(2, 10);
    expect(store.getState().batches[0].smoothAccuracy).toBeCloseTo(0.2, 10);
    store.handle(batch(1, 2, 1, 0.4));
    const p = store.getState().batches[1];
    // (0.9·0.1·2 + 0.1·1) / (1 − 0.81) = 0.28 / 0.19
    expect(p.smoothLoss).toBeCloseTo(0.28 / 0.19, 10);
    expect(p.loss).toBe(1);
    store.handle(batch(2, 3, 1));
    expect(store.getState().batches[2].step).toBe(13);
  });

  it('keeps epoch points and the latest feature maps', () => {
    const { store } = clockStore();
    store.begin();
    store.handle(started());
    store.handle({ type: 'epoch', sessionId: S, epoch: 1, epochs: 2, loss: 0.5, accuracy: 0.8, valLoss: 0.6, valAccuracy: 0.7, durationMs: 10 });
    const ch = { width: 1, height: 1, min: 0, max: 1, data: 'AA==' };
    store.handle({ type: 'featureMaps', sessionId: S, epoch: 1, batch: 2, sample: { label: 'a' }, blocks: [{ blockId: 'c1', kind: 'conv2d', shape: [1, 1, 1], channels: [ch] }] });
    store.handle({ type: 'featureMaps', sessionId: S, epoch: 1, batch: 5, sample: { label: 'a' }, blocks: [] });
    const s = store.getState();
    expect(s.epochs).toEqual([{ epoch: 1, loss: 0.5, accuracy: 0.8, valLoss: 0.6, valAccuracy: 0.7, durationMs: 10 }]);
    expect(s.featureMaps?.batch).toBe(5);
  });

  it('computes progress and an ETA from the wall clock, not counting paused time', () => {
    const { store, tick } = clockStore();
    store.begin();
    store.handle(started(2));
    store.handle(batch(1, 1, 1));
    expect(store.getState().progress?.etaSeconds).toBeNull();
    tick(1000); store.handle(batch(1, 2, 1));
    tick(1000); store.handle(batch(1, 3, 1));
    // 3 batches seen in 2 s; 17 of 20 left → 17 × 2/3 s.
    let p = store.getState().progress!;
    expect(p.fraction).toBeCloseTo(3 / 20, 10);
    expect(p.etaSeconds).toBeCloseTo((17 * 2) / 3, 6);
    expect(p).toMatchObject({ epoch: 1, epochs: 2, batch: 3, batchesPerEpoch: 10, imagesPerSec: 100 });
    store.markPaused();
    expect(store.getState().status).toBe('paused');
    tick(60_000);
    store.markResumed();
    expect(store.getState().status).toBe('running');
    tick(1000); store.handle(batch(1, 4, 1));
    p = store.getState().progress!;
    expect(p.etaSeconds).toBeCloseTo((16 * 3) / 4, 6);
  });

  it('goes stopping → cancelled on stop, and error with the hint', () => {
    const { store } = clockStore();
    store.begin();
    store.handle(started());
    store.markStopping();
    expect(store.getState().status).toBe('stopping');
    expect(store.isActive).toBe(true);
    store.handle({ type: 'cancelled', sessionId: S, epoch: 1, runDir: '/runs/y' });
    expect(store.getState().status).toBe('cancelled');
    expect(store.getState().cancelled?.runDir).toBe('/runs/y');

    store.begin();
    store.handle({ type: 'error', sessionId: 's2', message: 'loss is NaN', hint: 'lower the learning rate', where: 'train' });
    expect(store.getState().status).toBe('error');
    expect(store.getState().error).toEqual({ message: 'loss is NaN', hint: 'lower the learning rate', where: 'train' });
    expect(store.getState().batches).toEqual([]);
  });

  it('keeps the largest batch that fits from a run refused for memory (the RunBar offers it in one click)', () => {
    const { store } = clockStore();
    store.begin();
    store.handle({ type: 'error', sessionId: 's3', message: 'this run needs about 9.1 GB at batch 16', where: 'memory', suggestedBatchSize: 5 });
    expect(store.getState().error).toMatchObject({ where: 'memory', suggestedBatchSize: 5 });
  });

  it('records train.start failing before a session exists', () => {
    const { store } = clockStore();
    store.begin();
    store.fail({ message: 'the graph has errors', hint: 'fix the red blocks' });
    expect(store.getState()).toMatchObject({ status: 'error', error: { message: 'the graph has errors', hint: 'fix the red blocks' } });
  });

  it('thins the batch series beyond the cap, keeping the last point and even spacing', () => {
    const { store } = clockStore({ maxBatchPoints: 16 });
    store.begin();
    store.handle(started(1));
    for (let b = 1; b <= 100; b++) store.handle(batch(1, b, 1 / b, null, 100));
    const s = store.getState();
    expect(s.batchCount).toBe(100);
    expect(s.batches.length).toBeLessThanOrEqual(16);
    expect(s.batches.length).toBeGreaterThanOrEqual(8);
    const steps = s.batches.map((p) => p.step);
    const gaps = new Set(steps.slice(1).map((x, i) => x - steps[i]));
    expect(gaps.size).toBe(1);
    expect(steps[steps.length - 1]).toBe(96);
  });

  it('tells listeners once per scheduled flush, not once per event', () => {
    const queue: (() => void)[] = [];
    const store = new TrainingStore({ schedule: (f) => queue.push(f) });
    let calls = 0;
    store.subscribe(() => { calls += 1; });
    store.begin();
    store.handle(started());
    for (let b = 1; b <= 50; b++) store.handle(batch(1, b, 1, null, 50));
    expect(calls).toBe(0);
    expect(store.getState().status).toBe('idle'); // the snapshot is only published on flush
    expect(queue.length).toBe(1);
    queue.shift()!();
    expect(calls).toBe(1);
    expect(store.getState().batchCount).toBe(50);
    expect(store.getState().batches.length).toBe(50);
  });
});

describe('TrainingStore: pause and stop show at once', () => {
  it('Pause shows pausing before any scheduled flush; the engine\'s state events make it paused, then running again', () => {
    const queue: (() => void)[] = [];
    const store = new TrainingStore({ schedule: (f) => queue.push(f) });
    let calls = 0;
    store.subscribe(() => { calls += 1; });
    store.begin();
    store.attach(S);
    store.handle(started());
    queue.splice(0).forEach((f) => f());
    expect(store.getState().status).toBe('running');
    const before = calls;
    store.markPausing();
    // Published and heard synchronously: the button and the status change in the same task as the click.
    expect(store.getState().status).toBe('pausing');
    expect(calls).toBe(before + 1);
    expect(store.isActive).toBe(true);
    store.handle(batch(1, 1, 1)); // the batch that was training when Pause was pressed
    store.handle({ type: 'state', sessionId: S, state: 'paused' });
    queue.splice(0).forEach((f) => f());
    expect(store.getState().status).toBe('paused');
    store.handle({ type: 'state', sessionId: S, state: 'running' });
    queue.splice(0).forEach((f) => f());
    expect(store.getState().status).toBe('running');
    store.markStopping();
    expect(store.getState().status).toBe('stopping');
    expect(calls).toBeGreaterThan(before + 2);
  });

  it('a pause the engine refused (or resume pressed while pausing) goes back to running', () => {
    const store = new TrainingStore();
    store.begin();
    store.handle(started());
    store.markPausing();
    store.markResumed();
    expect(store.getState().status).toBe('running');
  });
});

describe('TrainingStore.reattach (a reloaded page)', () => {
  it('follows the running session with the given status and folds the replayed events', () => {
    const store = new TrainingStore();
    store.reattach(S, 'paused');
    expect(store.getState()).toMatchObject({ status: 'paused', sessionId: S });
    expect(store.isActive).toBe(true);
    store.markResumed();
    store.handle(started());
    store.handle(batch(1, 1, 2));
    store.handle({ ...batch(1, 2, 2), sessionId: 'other' });
    expect(store.getState()).toMatchObject({ status: 'running', batchCount: 1 });
  });
});
