/**
 * The training sessions running in this engine process, and who hears their events. Each connection
 * that started a session, or asked for the list (a reloaded page re-attaching), is subscribed once; a
 * connection subscribing late first gets the session's story so far (started, every batch and epoch,
 * the latest feature maps), so its curves are whole.
 */
import type { SessionEvent } from './events';
import type { TrainingSession } from './session';

export type SessionState = 'preparing' | 'training' | 'pausing' | 'paused' | 'stopping';
export type EmitTrainEvent = (event: SessionEvent) => void;

/** Batch events kept for a late subscriber (beyond that, the oldest go: the curve starts later). */
export const MAX_REPLAY_BATCHES = 20_000;

class Entry {
  state: SessionState = 'preparing';
  readonly subscribers = new Map<unknown, EmitTrainEvent>();
  private preparing: SessionEvent | null = null;
  private featureMaps: SessionEvent | null = null;
  private readonly story: SessionEvent[] = [];
  private batches = 0;

  constructor(readonly session: TrainingSession) {}

  record(event: SessionEvent): void {
    if (event.type === 'preparing') this.preparing = event;
    else if (event.type === 'state') {
      if (this.state !== 'stopping') this.state = event.state === 'paused' ? 'paused' : 'training';
    } else if (event.type === 'featureMaps') this.featureMaps = event;
    else if (event.type === 'started' || event.type === 'batch' || event.type === 'epoch') {
      if (event.type === 'started' && this.state === 'preparing') this.state = 'training';
      if (event.type === 'batch' && ++this.batches > MAX_REPLAY_BATCHES) {
        const oldest = this.story.findIndex((e) => e.type === 'batch');
        this.story.splice(oldest, 1);
      }
      this.story.push(event);
    }
  }

  get started(): boolean {
    return this.story.length > 0;
  }

  /** What a late subscriber needs to draw the run so far. */
  replay(): SessionEvent[] {
    const started = this.story.length > 0;
    return [...(started ? [] : this.preparing ? [this.preparing] : []), ...this.story, ...(this.featureMaps ? [this.featureMaps] : [])];
  }
}

const running = new Map<string, Entry>();

function entry(sessionId: string): Entry {
  const e = running.get(sessionId);
  if (!e) throw new Error(`no training session "${sessionId}" is running (it may have finished; see the runs list)`);
  return e;
}

function deliver(to: EmitTrainEvent, event: SessionEvent, log: (m: string) => void): void {
  try {
    to(event);
  } catch (err) {
    // A payload the protocol refuses is a bug; the UI must still learn that the run ended.
    log(`layerloom: a ${event.type} event could not be sent: ${(err as Error).message}`);
    if (event.type === 'done' || event.type === 'cancelled') {
      to({ type: 'error', sessionId: event.sessionId, where: 'save', message: `the run finished but its ${event.type} report could not be sent (${(err as Error).message})`, hint: 'Open the run from the runs list.' });
    }
  }
}

/** Runs a session, relaying its events to `subscriber` (identified by `connection`) and later subscribers. */
export function startSession(session: TrainingSession, connection: unknown, subscriber: EmitTrainEvent, log: (m: string) => void = console.error): void {
  const e = new Entry(session);
  e.subscribers.set(connection, subscriber);
  running.set(session.id, e);
  session.on((event) => {
    e.record(event);
    for (const to of e.subscribers.values()) deliver(to, event, log);
  });
  // The run is saved; its model and the GPU memory it held go (predictions load runs from disk).
  void session.run().finally(() => {
    running.delete(session.id);
    session.dispose();
  });
}

/** The sessions running, with their state; subscribes `connection` to those it does not hear yet and replays them to it. */
export function listSessions(connection?: unknown, subscriber?: EmitTrainEvent, log: (m: string) => void = console.error): { sessionId: string; state: SessionState }[] {
  const out: { sessionId: string; state: SessionState }[] = [];
  for (const [sessionId, e] of running) {
    out.push({ sessionId, state: e.state });
    if (connection === undefined || !subscriber || e.subscribers.has(connection)) continue;
    const past = e.replay();
    // Live events wait until the story so far is told; both come after the list's answer.
    let waiting: SessionEvent[] | null = [];
    e.subscribers.set(connection, (event) => (waiting ? waiting.push(event) : subscriber(event)));
    setImmediate(() => {
      for (const event of [...past, ...waiting!]) deliver(subscriber, event, log);
      waiting = null;
    });
  }
  return out;
}

/** Asks for a pause after the current batch: `pausing` until the session's `state` event says it has paused. */
export function pauseSession(sessionId: string): void {
  const e = entry(sessionId);
  e.session.pause();
  if (e.state === 'training' || e.state === 'preparing') e.state = 'pausing';
}

export function resumeSession(sessionId: string): void {
  const e = entry(sessionId);
  e.session.resume();
  if (e.state === 'paused' || e.state === 'pausing') e.state = e.started ? 'training' : 'preparing';
}

export function stopSession(sessionId: string): void {
  const e = entry(sessionId);
  e.session.stop();
  e.state = 'stopping';
}

/** Whether any session is training here (then the compute backend must not be switched under it). */
export function trainingActive(): boolean {
  return running.size > 0;
}
