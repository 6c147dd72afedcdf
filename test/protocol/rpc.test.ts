import { describe, expect, it } from 'vitest';
import { newProject } from '../../src/graph/projectFile';
import { createInMemoryPair, RpcClient, RpcError, RpcServer, type HandlerTable, type Transport } from '../../src/protocol';

function setup(handlers: HandlerTable) {
  const [clientEnd, serverEnd] = createInMemoryPair();
  const logs: string[] = [];
  const server = new RpcServer(serverEnd, handlers, { log: (m) => logs.push(m) });
  const client = new RpcClient(clientEnd);
  return { client, server, clientEnd, serverEnd, logs };
}

/** Sends raw messages on a transport and collects what comes back. */
function rawPeer(t: Transport) {
  const received: any[] = [];
  t.onMessage((m) => received.push(m));
  return { received, send: (m: unknown) => t.send(m) };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('RPC over the in-memory pair', () => {
  it('round-trips a request with typed params and result', async () => {
    const { client } = setup({ ping: () => ({ pong: true as const, time: 42 }) });
    await expect(client.request('ping')).resolves.toEqual({ pong: true, time: 42 });
  });

  it('passes validated params (defaults applied) and a project survives the trip', async () => {
    const project = newProject({ nodes: [{ id: 'in', kind: 'input', params: {}, position: { x: 0, y: 0 } }], edges: [] });
    const seen: unknown[] = [];
    const { client } = setup({
      'project.write': (p) => { seen.push(p); return { path: p.path, bytes: 10 }; },
      predict: (p) => ({ predictions: p.images.map(() => ({ image: 'x', top: [{ label: String(p.topK), probability: 1 }] })) }),
    });
    await expect(client.request('project.write', { path: '/tmp/a.layerloom.json', project })).resolves.toEqual({ path: '/tmp/a.layerloom.json', bytes: 10 });
    expect(seen[0]).toEqual({ path: '/tmp/a.layerloom.json', project });
    const r = await client.request('predict', { runDir: '/r', images: [{ path: '/a.png' }] });
    expect(r.predictions[0].top[0].label).toBe('5');
  });

  it('delivers typed events to listeners and stops after unsubscribe', async () => {
    const { client, server } = setup({});
    const got: string[] = [];
    const off = client.on('train.event', (e) => got.push(e.type));
    server.emit('train.event', { type: 'error', sessionId: 's1', message: 'loss became NaN' });
    await tick();
    off();
    server.emit('train.event', { type: 'cancelled', sessionId: 's1', epoch: 1, runDir: null });
    await tick();
    expect(got).toEqual(['error']);
  });

  it('an event whose payload breaks its schema is refused at the sender', () => {
    const { server } = setup({});
    expect(() => server.emit('train.event', { type: 'batch', sessionId: 's' } as any)).toThrow(/payload/);
  });

  it('handlers emit events to their own connection', async () => {
    const { client } = setup({
      'train.start': (_p, ctx) => {
        ctx.emit('train.event', { type: 'error', sessionId: 'abc', message: 'no data' });
        return { sessionId: 'abc' };
      },
    });
    const events: unknown[] = [];
    client.on('train.event', (e) => events.push(e));
    const project = newProject({ nodes: [], edges: [] });
    await expect(client.request('train.start', { project })).resolves.toEqual({ sessionId: 'abc' });
    await tick();
    expect(events).toEqual([{ type: 'error', sessionId: 'abc', message: 'no data' }]);
  });

  it('unregistered methods answer "not available yet"', async () => {
    const { client } = setup({});
    const err = await client.request('runs.list', {}).catch((e) => e);
    expect(err).toBeInstanceOf(RpcError);
    expect(err.code).toBe('not-available');
    expect(err.message).toMatch(/runs\.list.*not available yet/);
  });

  it('handler errors come back as errors; RpcErrors keep their code and field', async () => {
    const { client } = setup({
      'project.read': () => { throw new RpcError('invalid-project', 'graph.nodes[0].kind: must name a block kind', 'graph.nodes[0].kind'); },
      'project.recent': () => { throw new Error('disk on fire'); },
    });
    await expect(client.request('project.read', { path: '/x' })).rejects.toMatchObject({ code: 'invalid-project', field: 'graph.nodes[0].kind' });
    await expect(client.request('project.recent')).rejects.toMatchObject({ code: 'failed', message: 'disk on fire' });
  });

  it('a handler error with a coded text crosses as `text` and is not logged as a crash (a mistyped folder is the user\'s to fix)', async () => {
    const { DatasetError } = await import('../../src/data/datasetError');
    const { client, logs } = setup({
      'dataset.inspect': () => { throw new DatasetError('data folder "/nope" does not exist', { code: 'data.error.folderMissing', params: { path: '/nope' } }); },
      'project.recent': () => { throw new Error('disk on fire'); },
    });
    await expect(client.request('dataset.inspect', { spec: { source: '/nope' } })).rejects.toMatchObject({
      code: 'failed', message: 'data folder "/nope" does not exist', text: { code: 'data.error.folderMissing', params: { path: '/nope' } },
    });
    expect(logs).toEqual([]);
    await expect(client.request('project.recent')).rejects.toMatchObject({ code: 'failed', message: 'disk on fire' });
    expect(logs.join()).toMatch(/project\.recent failed: Error: disk on fire/);
  });

  it('a handler result that breaks its schema becomes an internal error, not a crash', async () => {
    const { client, logs } = setup({ ping: () => ({ pong: 'yes' }) as any });
    await expect(client.request('ping')).rejects.toMatchObject({ code: 'internal' });
    expect(logs.join()).toMatch(/invalid result/);
  });

  it('an answer the transport cannot carry (nested too deeply to copy) still gets an answer', async () => {
    // A run's meta.json is passed on as it is: 5,000 levels deep, copying it overflowed the stack and the
    // request was never answered.
    let meta: unknown = 1;
    for (let i = 0; i < 5000; i++) meta = [meta];
    const detail = {
      dir: '/runs/a', labels: [], history: [], evaluation: null, project: newProject({ nodes: [], edges: [] }), meta: { deep: meta },
      summary: { dir: '/runs/a', name: 'a', createdAt: new Date(0).toISOString(), projectName: 'a', epochs: 0, testAccuracy: null },
    };
    const { client, logs } = setup({ 'runs.open': () => detail as any });
    await expect(client.request('runs.open', { dir: '/runs/a' })).rejects.toMatchObject({ code: 'internal', message: expect.stringMatching(/runs\.open: the answer could not be sent/) });
    expect(logs.join()).toMatch(/could not send a message/);
  }, 10_000);

  it('cancelling a request aborts the handler and rejects the caller', async () => {
    let aborted = false;
    const { client } = setup({
      'dataset.inspect': (_p, ctx) => new Promise((_resolve, reject) => {
        ctx.signal.addEventListener('abort', () => { aborted = true; reject(new Error('stopped')); });
      }),
    });
    const controller = new AbortController();
    const promise = client.request('dataset.inspect', { spec: { source: 'mnist' } }, { signal: controller.signal });
    await tick();
    controller.abort();
    await expect(promise).rejects.toMatchObject({ code: 'cancelled' });
    await tick();
    expect(aborted).toBe(true);
  });

  it('closing the transport fails pending requests with "disconnected"', async () => {
    const { client, clientEnd } = setup({ ping: () => new Promise(() => {}) });
    const p = client.request('ping');
    clientEnd.close!();
    await expect(p).rejects.toMatchObject({ code: 'disconnected' });
  });

  it('the client checks params before sending', async () => {
    const { client } = setup({});
    await expect(client.request('project.read', { path: '' })).rejects.toMatchObject({ code: 'invalid-params', field: 'params.path' });
  });
});

describe('malformed messages are rejected with an error response, never a crash', () => {
  const cases: Array<[string, unknown, number | null, string]> = [
    ['a string', 'hello', null, 'bad-message'],
    ['null', null, null, 'bad-message'],
    ['an array', [1, 2], null, 'bad-message'],
    ['no type', { id: 1, method: 'ping' }, 1, 'bad-message'],
    ['a negative id', { type: 'request', id: -1, method: 'ping', params: {} }, null, 'bad-message'],
    ['an extra field', { type: 'request', id: 2, method: 'ping', params: {}, evil: true }, 2, 'bad-message'],
    ['an unknown method', { type: 'request', id: 3, method: 'fs.rm', params: {} }, 3, 'unknown-method'],
    ['a prototype key as method', { type: 'request', id: 4, method: '__proto__', params: {} }, 4, 'unknown-method'],
    ['wrong params', { type: 'request', id: 5, method: 'project.read', params: { path: 7 } }, 5, 'invalid-params'],
    ['params with extra keys', { type: 'request', id: 6, method: 'ping', params: { x: 1 } }, 6, 'invalid-params'],
    ['a malformed project', { type: 'request', id: 7, method: 'project.write', params: { path: '/a', project: { format: 'nope' } } }, 7, 'invalid-params'],
  ];
  it.each(cases)('%s', async (_name, message, id, code) => {
    const [a, b] = createInMemoryPair();
    let calls = 0;
    new RpcServer(b, { ping: () => { calls++; return { pong: true as const, time: 0 }; }, 'project.read': () => { calls++; throw new Error('unreachable'); } });
    const peer = rawPeer(a);
    peer.send(message);
    await tick();
    expect(calls).toBe(0);
    expect(peer.received).toHaveLength(1);
    expect(peer.received[0]).toMatchObject({ type: 'response', id, ok: false, error: { code } });
  });

  it('names the field at fault in invalid params', async () => {
    const [a, b] = createInMemoryPair();
    new RpcServer(b, {});
    const peer = rawPeer(a);
    peer.send({ type: 'request', id: 9, method: 'project.write', params: { path: '/a', project: { format: 'layerloom/project', version: 1, graph: { nodes: [{ id: '1bad' }], edges: [] } } } });
    await tick();
    expect(peer.received[0].error.field).toMatch(/^params\.project\.graph\.nodes\[0\]/);
  });

  it('a duplicate id in flight is refused', async () => {
    const [a, b] = createInMemoryPair();
    new RpcServer(b, { ping: () => new Promise(() => {}) });
    const peer = rawPeer(a);
    peer.send({ type: 'request', id: 1, method: 'ping', params: {} });
    peer.send({ type: 'request', id: 1, method: 'ping', params: {} });
    await tick();
    expect(peer.received).toEqual([expect.objectContaining({ id: 1, ok: false, error: expect.objectContaining({ code: 'bad-message' }) })]);
  });

  it('the client ignores malformed answers and events and reports them', async () => {
    const [a, b] = createInMemoryPair();
    const problems: string[] = [];
    const client = new RpcClient(a, { onProtocolError: (m) => problems.push(m) });
    const got: unknown[] = [];
    client.on('train.event', (e) => got.push(e));
    b.send({ type: 'event', event: 'train.event', payload: { type: 'bogus' } });
    b.send({ type: 'event', event: 'nope', payload: {} });
    b.send(42);
    const p = client.request('ping');
    b.send({ type: 'response', id: 1, ok: true, result: { pong: false } });
    await expect(p).rejects.toMatchObject({ code: 'invalid-result' });
    expect(got).toEqual([]);
    expect(problems).toHaveLength(3);
  });
});
