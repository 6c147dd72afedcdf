import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTrustedSender, WindowRelay } from '../../electron/app/ipcRelay';
import { createInMemoryPair, RpcClient, RpcServer, type ServerMessage, type Transport } from '../../src/protocol';
import { EngineHost } from '../../src/server/engineHost';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('isTrustedSender', () => {
  const ids = new Set([3]);
  it.each([
    [{ webContentsId: 3, frameUrl: 'layerloom://app/index.html', isMainFrame: true }, true],
    [{ webContentsId: 3, frameUrl: 'layerloom://app/', isMainFrame: true }, true],
    [{ webContentsId: 4, frameUrl: 'layerloom://app/index.html', isMainFrame: true }, false],
    [{ webContentsId: 3, frameUrl: 'layerloom://app/index.html', isMainFrame: false }, false],
    [{ webContentsId: 3, frameUrl: 'https://evil.example/', isMainFrame: true }, false],
    [{ webContentsId: 3, frameUrl: 'file:///etc/passwd', isMainFrame: true }, false],
    [{ webContentsId: 3, frameUrl: 'layerloom://evil/index.html', isMainFrame: true }, false],
    [{ webContentsId: 3, frameUrl: undefined, isMainFrame: true }, false],
  ])('%o → %s', (sender, expected) => {
    expect(isTrustedSender(sender, ids)).toBe(expected);
  });
});

/** A renderer-side client whose transport goes through the relay, as the preload bridge does. */
function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'layerloom-relay-'));
  const engine = new EngineHost({ host: 'electron', configDir: dir });
  const engineEnds: Transport[] = [];
  const connectEngine = (): Transport => {
    const [mainEnd, engineEnd] = createInMemoryPair();
    engine.connect(engineEnd);
    engineEnds.push(engineEnd);
    return mainEnd;
  };
  const [shellClient, shellServer] = createInMemoryPair();
  let dirty = false;
  new RpcServer(shellServer, {
    'dialog.open': () => ({ path: '/home/u/net.layerloom.json' }),
    'app.setDirty': (p) => { dirty = p.dirty; return { ok: true as const }; },
  });
  const toRenderer: ServerMessage[] = [];
  const rendererListeners = new Set<(m: unknown) => void>();
  const answers: string[] = [];
  const logs: string[] = [];
  const relay = new WindowRelay({
    toRenderer: (m) => {
      const copy = structuredClone(m);
      toRenderer.push(copy);
      queueMicrotask(() => rendererListeners.forEach((l) => l(copy)));
    },
    shell: shellClient,
    connectEngine,
    onEngineAnswer: (method, ok) => answers.push(`${method}:${ok}`),
    log: (m) => logs.push(m),
  });
  const bridge: Transport = {
    send: (m) => relay.fromRenderer(structuredClone(m)),
    onMessage: (l) => { rendererListeners.add(l); return () => rendererListeners.delete(l); },
  };
  const client = new RpcClient(bridge);
  return { relay, client, toRenderer, answers, logs, engineEnds, engine, isDirty: () => dirty };
}

describe('WindowRelay (main process)', () => {
  it('routes engine methods to the engine and shell methods to main\'s own handlers', async () => {
    const { client, answers, isDirty, engineEnds } = setup();
    await expect(client.request('version')).resolves.toMatchObject({ host: 'electron' });
    await expect(client.request('dialog.open')).resolves.toEqual({ path: '/home/u/net.layerloom.json' });
    await client.request('app.setDirty', { dirty: true });
    expect(isDirty()).toBe(true);
    expect(answers).toEqual(['version:true']);
    expect(engineEnds).toHaveLength(1);
  });

  it('relays events from the engine', async () => {
    const { client, engine } = setup();
    engine.registerHandlers({
      'train.start': (_p, ctx) => {
        setTimeout(() => ctx.emit('train.event', { type: 'cancelled', sessionId: 's', epoch: 2, runDir: null }), 1);
        return { sessionId: 's' };
      },
    });
    const events: unknown[] = [];
    client.on('train.event', (e) => events.push(e));
    const { newProject } = await import('../../src/graph/projectFile');
    await client.request('train.start', { project: newProject({ nodes: [], edges: [] }) });
    await tick();
    expect(events).toEqual([{ type: 'cancelled', sessionId: 's', epoch: 2, runDir: null }]);
  });

  it.each([
    ['garbage', 'rm -rf /', null, 'bad-message'],
    ['an unknown method', { type: 'request', id: 5, method: 'shell.exec', params: {} }, 5, 'unknown-method'],
    ['bad params for an engine method', { type: 'request', id: 6, method: 'project.read', params: { path: ['x'] } }, 6, 'invalid-params'],
    ['bad params for a shell method', { type: 'request', id: 7, method: 'dialog.open', params: { kind: 'everything' } }, 7, 'invalid-params'],
  ])('rejects %s in main, before the engine sees it', async (_name, message, id, code) => {
    const { relay, toRenderer, engineEnds } = setup();
    relay.fromRenderer(message);
    await tick();
    expect(toRenderer).toEqual([{ type: 'response', id, ok: false, error: expect.objectContaining({ code }) }]);
    expect(engineEnds).toHaveLength(0);
  });

  it('drops malformed messages from the engine instead of passing them on', async () => {
    const { relay, client, toRenderer, logs, engineEnds } = setup();
    await client.request('ping');
    const before = toRenderer.length;
    engineEnds[0].send({ type: 'response', id: 'x', ok: true });
    engineEnds[0].send({ type: 'event', event: 'evil.event', payload: {} });
    engineEnds[0].send({ type: 'response', id: 999, ok: true, result: {} }); // never asked
    await tick();
    expect(toRenderer.length).toBe(before);
    expect(logs.join('\n')).toMatch(/malformed message from the engine/);
    expect(logs.join('\n')).toMatch(/unknown event "evil.event"/);
    relay.dispose();
  });

  it('when the engine dies, pending requests fail with "disconnected" and the next request reconnects', async () => {
    const { client, engine, engineEnds } = setup();
    engine.registerHandlers({ 'runs.list': () => new Promise(() => {}) });
    const hanging = client.request('runs.list', {});
    await tick();
    engineEnds[0].close!();
    await expect(hanging).rejects.toMatchObject({ code: 'disconnected' });
    await expect(client.request('ping')).resolves.toMatchObject({ pong: true });
    expect(engineEnds).toHaveLength(2);
  });

  it('cancellation reaches the engine', async () => {
    const { client, engine } = setup();
    let aborted = false;
    engine.registerHandlers({ 'runs.list': (_p, ctx) => new Promise(() => ctx.signal.addEventListener('abort', () => { aborted = true; })) });
    const controller = new AbortController();
    const p = client.request('runs.list', {}, { signal: controller.signal });
    await tick();
    controller.abort();
    await expect(p).rejects.toMatchObject({ code: 'cancelled' });
    await tick();
    expect(aborted).toBe(true);
  });
});
