// The Electron bundles, checked without an Electron binary: the engine bundle serves the protocol over a
// (fake) parent port, and the sandboxed preload needs nothing but 'electron' and exposes only a transport.
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS build script without declarations
import { buildElectron } from '../../electron/build.js';
import { createInMemoryPair, RpcClient } from '../../src/protocol';

let out: string;
beforeAll(async () => {
  out = await buildElectron({ quiet: true, outDir: mkdtempSync(join(tmpdir(), 'layerloom-electron-build-')) });
});

describe('engine bundle (utilityProcess entry)', () => {
  it('connects each transferred port as a connection and answers over it', async () => {
    // Like Electron's parentPort, messages are queued until a 'message' listener is registered.
    const queued: unknown[] = [];
    const parentPort = new (class extends EventEmitter {
      override on(event: string, listener: (...args: any[]) => void): this {
        super.on(event, listener);
        if (event === 'message') for (const m of queued.splice(0)) listener(m);
        return this;
      }
      send(message: unknown): void {
        if (this.listenerCount('message')) this.emit('message', message);
        else queued.push(message);
      }
    })();
    (process as any).parentPort = parentPort;
    process.env.LAYERLOOM_CONFIG_DIR = mkdtempSync(join(tmpdir(), 'layerloom-engine-cfg-'));
    process.env.LAYERLOOM_APP_VERSION = '1.2.3';
    const [mainEnd, engineEnd] = createInMemoryPair();
    const port = {
      on: (event: string, l: (e: unknown) => void) => (event === 'message' ? engineEnd.onMessage((data) => l({ data })) : engineEnd.onClose!(l as () => void)),
      removeListener: () => undefined,
      postMessage: (m: unknown) => engineEnd.send(m),
      start: () => undefined,
    };
    // A port that arrives before the engine has loaded waits for it; a stray message is ignored.
    parentPort.send({ data: { type: 'exec', cmd: 'x' }, ports: [] });
    parentPort.send({ data: { type: 'connect' }, ports: [port] });
    await import(pathToFileURL(join(out, 'engine.mjs')).href);
    const client = new RpcClient(mainEnd);
    await expect(client.request('version')).resolves.toMatchObject({ host: 'electron', app: '1.2.3', protocol: 1 });
    await expect(client.request('autosave.recover')).resolves.toEqual({ autosave: null, autosaves: [] });
    // A second window's port, after the engine is up.
    const [mainEnd2, engineEnd2] = createInMemoryPair();
    parentPort.send({ data: { type: 'connect' }, ports: [{ ...port, on: (event: string, l: (e: unknown) => void) => (event === 'message' ? engineEnd2.onMessage((data) => l({ data })) : engineEnd2.onClose!(l as () => void)), postMessage: (m: unknown) => engineEnd2.send(m) }] });
    await expect(new RpcClient(mainEnd2).request('ping')).resolves.toMatchObject({ pong: true });
  });
});

describe('preload bundle', () => {
  it('requires only electron and exposes exactly send, onMessage, pathForFile and platform', () => {
    const code = readFileSync(join(out, 'preload.cjs'), 'utf8');
    const required: string[] = [];
    const exposed: Record<string, any> = {};
    const sent: unknown[][] = [];
    const listeners = new Map<string, (...a: unknown[]) => void>();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => { exposed[key] = api; } },
      ipcRenderer: {
        send: (...a: unknown[]) => sent.push(a),
        on: (ch: string, l: (...a: unknown[]) => void) => listeners.set(ch, l),
        removeListener: (ch: string) => listeners.delete(ch),
      },
      webUtils: { getPathForFile: (f: { fakePath: string }) => f.fakePath },
    };
    const module = { exports: {} };
    const windowListeners: Array<{ type: string; listener: (e: unknown) => void; capture: unknown }> = [];
    const window = { addEventListener: (type: string, listener: (e: unknown) => void, capture: unknown) => windowListeners.push({ type, listener, capture }) };
    runInNewContext(code, {
      require: (name: string) => { required.push(name); if (name !== 'electron') throw new Error(`sandboxed preload cannot require ${name}`); return electron; },
      module, exports: module.exports, process: { platform: 'linux', versions: { electron: '41.7.1', chrome: '140' } }, window,
    });
    expect(required).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['layerloom']);
    expect(Object.keys(exposed.layerloom).sort()).toEqual(['onMessage', 'pathForFile', 'platform', 'send']);
    // A dropped folder's path comes from Electron's webUtils (File.path is gone since Electron 32).
    expect(exposed.layerloom.pathForFile({ fakePath: '/home/u/cats' })).toBe('/home/u/cats');
    exposed.layerloom.send({ type: 'request', id: 1, method: 'ping', params: {} });
    expect(sent).toEqual([['layerloom:message', { type: 'request', id: 1, method: 'ping', params: {} }]]);
    const got: unknown[] = [];
    const off = exposed.layerloom.onMessage((m: unknown) => got.push(m));
    listeners.get('layerloom:message')!({ sender: 'event object stays in the preload' }, { type: 'event' });
    expect(got).toEqual([{ type: 'event' }]);
    off();
    expect(listeners.size).toBe(0);
    expect(exposed.layerloom.platform).toEqual({ os: 'linux', electron: '41.7.1', chrome: '140' });

    // Drops: the preload tells main the dropped paths (so the engine may open them), in the capture
    // phase, and only for drops the user made — an event the page dispatches itself is not trusted.
    const drop = windowListeners.find((l) => l.type === 'drop');
    expect(drop?.capture).toBe(true);
    sent.length = 0;
    const files = [{ fakePath: '/home/u/cats' }, { fakePath: '/home/u/dog.png' }];
    drop!.listener({ isTrusted: false, dataTransfer: { files } });
    expect(sent).toEqual([]);
    drop!.listener({ isTrusted: true, dataTransfer: { files } });
    expect(sent).toEqual([['layerloom:dropped', ['/home/u/cats', '/home/u/dog.png']]]);
  });
});
