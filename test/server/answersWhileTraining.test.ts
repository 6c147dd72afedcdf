/**
 * The engine answers while it trains (issue 13, item 1), measured through the real protocol: a
 * `layerloom serve` process trains LeNet-5 on MNIST while this process pings it over the WebSocket.
 * The client runs in another process than the engine, so a blocked engine shows as a slow answer (a
 * client in the same process would only send late).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { newProject } from '../../src/graph/projectFile';
import { getTemplate } from '../../src/graph/templates/index';
import { RpcClient, webSocketTransport, type EventPayload, type WebSocketLike } from '../../src/protocol';
import { startServe, type Served } from '../e2e/helpers/serve';

type TrainEvent = EventPayload<'train.event'>;

let served: Served;
let client: RpcClient;
let ws: WebSocket;

beforeAll(async () => {
  served = await startServe({ cwd: mkdtempSync(join(tmpdir(), 'layerloom-answers-')) });
  const u = new URL(served.url);
  ws = new WebSocket(`ws://${u.host}/ws?token=${u.searchParams.get('token')}`, { origin: served.origin });
  client = new RpcClient(webSocketTransport(ws as unknown as WebSocketLike));
  await client.request('ping');
});

afterAll(async () => {
  ws?.close();
  await served?.stop();
});

function lenet(training: Record<string, unknown>) {
  const t = getTemplate('lenet5')!;
  const base = newProject(t.build({}), { name: 'answers' });
  return { ...base, training: { ...base.training, data: 'mnist', backend: 'wasm' as const, ...training } };
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

describe('the engine while training (serve, WebSocket)', () => {
  it('answers pings within 250 ms at the 95th percentile, and a stop ends the run after the current batch', async () => {
    const events: TrainEvent[] = [];
    let ended!: (e: TrainEvent) => void;
    const end = new Promise<TrainEvent>((r) => (ended = r));
    const off = client.on('train.event', (e) => {
      events.push(e);
      if (e.type === 'done' || e.type === 'error' || e.type === 'cancelled') ended(e);
    });
    const { sessionId } = await client.request('train.start', {
      project: lenet({ epochs: 3, limit: 8000, batchSize: 16 }),
      featureMaps: { enabled: true, sampleIndex: 0, everyMs: 1000 },
    });
    // Pings while batches come in, in windows of 40 answers; the best of up to 3 windows counts, so a
    // moment when other processes take the cores does not decide (a blocked engine fails every window).
    const batches = () => events.filter((e) => e.type === 'batch').length;
    const windows: number[][] = [];
    while (windows.length < 3 && !windows.some((w) => percentile(w, 0.95) < 250)) {
      const rtts: number[] = [];
      while (rtts.length < 40) {
        if (events.some((e) => e.type === 'done' || e.type === 'error' || e.type === 'cancelled')) throw new Error(`the run ended before the pings did: ${JSON.stringify(events.at(-1))}`);
        const before = batches();
        const t0 = performance.now();
        await client.request('ping');
        const rtt = performance.now() - t0;
        if (before > 0) rtts.push(rtt);
        await new Promise((r) => setTimeout(r, 20));
      }
      windows.push(rtts);
      console.log(`ping while training LeNet-5 (batch 16, wasm): p50 ${percentile(rtts, 0.5).toFixed(1)} ms, p95 ${percentile(rtts, 0.95).toFixed(1)} ms, max ${Math.max(...rtts).toFixed(1)} ms over ${rtts.length} pings`);
    }
    expect(Math.min(...windows.map((w) => percentile(w, 0.95)))).toBeLessThan(250);

    // Stop: answered at once, and no batch is trained after the answer.
    const t0 = performance.now();
    await client.request('train.stop', { sessionId });
    const stopMs = performance.now() - t0;
    const seenAtAnswer = batches();
    const final = await end;
    off();
    expect(stopMs).toBeLessThan(1000);
    expect(final.type).toBe('cancelled');
    expect(batches()).toBe(seenAtAnswer);
  });
});
