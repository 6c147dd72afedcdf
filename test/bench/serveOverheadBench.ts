/**
 * What streaming a training session to the app adds to it, measured inside one process (so other busy
 * processes on the machine barely matter, unlike end-to-end images/s): LeNet-5 on 2,000 MNIST images,
 * one epoch, feature maps every second as the app asks. Counts (1) the time the session spends capturing
 * feature maps (from each batch event to the feature-map event after it: only the capture lies between),
 * and (2) what the engine does per event before the socket: checking it against the protocol's schema
 * and encoding it as JSON (replayed 20 times over the run's real events and averaged). Both against the
 * run's training time.
 *
 *   npx tsx test/bench/serveOverheadBench.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newProject } from '../../src/graph/projectFile';
import { getTemplate } from '../../src/graph/templates/index';
import { trainEventSchema } from '../../src/protocol';
import type { SessionEvent } from '../../src/train/events';
import { TrainingSession } from '../../src/train/session';

const t = getTemplate('lenet5')!;
const base = newProject(t.build({}), { name: t.name });
const project = { ...base, training: { ...base.training, data: 'mnist', epochs: 1, limit: 2000 } };
const dir = await mkdtemp(join(tmpdir(), 'layerloom-overhead-'));
try {
  const session = new TrainingSession({ project, outDir: join(dir, 'run'), featureMaps: { enabled: true, everyMs: 1000 } });
  const events: { at: number; event: SessionEvent }[] = [];
  session.on((event) => events.push({ at: performance.now(), event }));
  const last = await session.run();
  if (last.type !== 'done') throw new Error(JSON.stringify(last));
  const trainMs = events.filter((e) => e.event.type === 'epoch').reduce((s, e) => s + (e.event as { durationMs: number }).durationMs, 0);
  let captureMs = 0;
  let captures = 0;
  events.forEach((e, i) => {
    if (e.event.type !== 'featureMaps' || events[i - 1]?.event.type !== 'batch') return;
    captureMs += e.at - events[i - 1].at;
    captures += 1;
  });
  const reps = 20;
  const t0 = performance.now();
  let bytes = 0;
  for (let r = 0; r < reps; r++) {
    for (const { event } of events) bytes += JSON.stringify({ type: 'event', event: 'train.event', payload: trainEventSchema.parse(event) }).length;
  }
  const emitMs = (performance.now() - t0) / reps;
  const pct = (ms: number) => `${((100 * ms) / trainMs).toFixed(2)}%`;
  console.log(`training ${trainMs.toFixed(0)} ms (${last.imagesPerSec.toFixed(0)} images/s, backend ${last.backend}); ${events.length} events, ${(bytes / reps / 1024).toFixed(0)} KiB`);
  console.log(`feature maps: ${captures} captures, ${captureMs.toFixed(1)} ms in all = ${pct(captureMs)} of training`);
  console.log(`schema check + JSON of every event: ${emitMs.toFixed(1)} ms = ${pct(emitMs)} of training`);
  console.log(`serve's added cost: ${pct(captureMs + emitMs)} of training time`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
