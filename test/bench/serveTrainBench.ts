/**
 * Is training from the app as fast as from the CLI? Trains LeNet-5 on 2,000 MNIST images for one epoch
 * with `layerloom train … --json`, and the same through `layerloom serve`'s engine over its WebSocket
 * (with live feature maps every second, as the app asks), alternating, each in its own process; prints
 * the images/s each reports (the session's own training-throughput figure) and their medians.
 *
 *   npx tsx test/bench/serveTrainBench.ts [ROUNDS=3]
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WebSocket } from 'ws';
import { newProject } from '../../src/graph/projectFile';
import { getTemplate } from '../../src/graph/templates/index';
import { RpcClient, webSocketTransport, type EventPayload, type WebSocketLike } from '../../src/protocol';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'layerloom.js');
const rounds = Number(process.argv[2] ?? 3);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

async function cliRun(out: string): Promise<number> {
  const child = spawn(process.execPath, [BIN, 'train', '--template', 'lenet5', '--data', 'mnist', '--epochs', '1', '--limit', '2000', '--json', '--out', out], { cwd: ROOT });
  let text = '';
  child.stdout.on('data', (d) => (text += d));
  await new Promise((r) => child.on('close', r));
  const done = text.trim().split('\n').map((l) => JSON.parse(l)).find((e) => e.type === 'done');
  if (!done) throw new Error(`the CLI run did not finish: ${text.slice(-500)}`);
  return done.imagesPerSec;
}

async function serveRun(out: string, featureMapsOn = true): Promise<{ imagesPerSec: number; events: number; featureMaps: number }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--no-open', '--no-build', '--port', '0'], { cwd: ROOT });
  try {
    const url = await new Promise<string>((resolveUrl, reject) => {
      let text = '';
      child.stdout.on('data', (d) => {
        text += d;
        const m = /running at (http:\/\/\S+)/.exec(text);
        if (m) resolveUrl(m[1]);
      });
      child.on('close', () => reject(new Error(`serve exited: ${text}`)));
    });
    const u = new URL(url);
    const ws = new WebSocket(`ws://${u.host}/ws?token=${u.searchParams.get('token')}`);
    const client = new RpcClient(webSocketTransport(ws as unknown as WebSocketLike));
    const t = getTemplate('lenet5')!;
    const base = newProject(t.build({}), { name: t.name });
    const project = { ...base, training: { ...base.training, data: 'mnist', epochs: 1, limit: 2000 } };
    let events = 0;
    let featureMaps = 0;
    const done = new Promise<EventPayload<'train.event'>>((resolveDone) => {
      client.on('train.event', (e) => {
        events += 1;
        if (e.type === 'featureMaps') featureMaps += 1;
        if (e.type === 'done' || e.type === 'error' || e.type === 'cancelled') resolveDone(e);
      });
    });
    await client.request('train.start', { project, outDir: out, featureMaps: { enabled: featureMapsOn, sampleIndex: 0, everyMs: 1000 } });
    const last = await done;
    ws.close();
    if (last.type !== 'done') throw new Error(`the serve run ended with ${JSON.stringify(last)}`);
    return { imagesPerSec: last.imagesPerSec, events, featureMaps };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.on('close', r));
  }
}

const dir = await mkdtemp(join(tmpdir(), 'layerloom-servebench-'));
const cli: number[] = [];
const serve: number[] = [];
const bare: number[] = [];
try {
  for (let i = 0; i < rounds; i++) {
    cli.push(await cliRun(join(dir, `cli-${i}`)));
    const s = await serveRun(join(dir, `serve-${i}`));
    serve.push(s.imagesPerSec);
    const b = await serveRun(join(dir, `bare-${i}`), false);
    bare.push(b.imagesPerSec);
    console.log(`round ${i + 1}: cli ${cli[i].toFixed(0)} images/s; serve ${s.imagesPerSec.toFixed(0)} images/s (${s.events} events over the WebSocket, ${s.featureMaps} feature maps); serve without feature maps ${b.imagesPerSec.toFixed(0)} images/s (${b.events} events)`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
const c = median(cli);
const s = median(serve);
const b = median(bare);
const paired = median(serve.map((x, i) => x / cli[i]));
console.log(`median: cli ${c.toFixed(0)} images/s; serve ${s.toFixed(0)} images/s (serve/cli ${(s / c).toFixed(3)}); serve without feature maps ${b.toFixed(0)} images/s (${(b / c).toFixed(3)}); median of each round's serve/cli ${paired.toFixed(3)}`);
