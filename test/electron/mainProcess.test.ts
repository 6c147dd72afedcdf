// Electron's main process run against a fake 'electron' module (no binary here): checks the start-up
// order, the window's settings, the relay to the engine (an in-process EngineHost behind a fake
// utilityProcess), sender checks, the menu and the unsaved-work warning.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { EventEmitter: Emitter } = require('node:events') as typeof import('node:events');
  const calls: string[] = [];
  let ready = false;
  let nextId = 1;
  const windows: any[] = [];

  class FakePort extends Emitter {
    other?: FakePort;
    closed = false;
    postMessage(data: unknown): void {
      const other = this.other!;
      const copy = structuredClone(data);
      setTimeout(() => other.emit('message', { data: copy, ports: [] }), 0);
    }
    start(): void {}
    close(): void {
      if (this.closed) return;
      this.closed = true;
      this.emit('close');
      this.other?.close();
    }
  }

  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    enableSandbox: () => calls.push(`enableSandbox ready=${ready}`),
    requestSingleInstanceLock: () => true,
    exit: () => calls.push('exit'),
    quit: () => calls.push('quit'),
    whenReady: async () => {
      ready = true;
      calls.push('ready');
    },
    getPath: (name: string) => (globalThis as any).__userData + (name === 'userData' ? '' : `/${name}`),
    setPath: () => undefined,
    getVersion: () => '0.0.0',
    addRecentDocument: (p: string) => calls.push(`addRecentDocument ${p}`),
    clearRecentDocuments: () => undefined,
  });

  class BrowserWindow extends Emitter {
    static getFocusedWindow = () => windows.at(-1);
    static getAllWindows = () => windows;
    webContents: any;
    destroyed = false;
    constructor(readonly options: any) {
      super();
      const id = nextId++;
      this.webContents = Object.assign(new Emitter(), {
        id,
        sent: [] as unknown[],
        send(channel: string, m: unknown) { this.sent.push([channel, m]); },
        setWindowOpenHandler(h: unknown) { this.windowOpenHandler = h; },
        windowOpenHandler: undefined as unknown,
      });
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) { calls.push(`loadURL ${url}`); return Promise.resolve(); }
    isDestroyed() { return this.destroyed; }
    maximize() {}
    show() {}
    getNormalBounds() { return { x: 10, y: 20, width: 1200, height: 800 }; }
    isMaximized() { return false; }
    setDocumentEdited(v: boolean) { calls.push(`documentEdited ${v}`); }
    setTitle() {}
    /** What Electron does on close: 'close' (cancellable), then 'closed'. */
    tryClose(): boolean {
      let prevented = false;
      this.emit('close', { preventDefault: () => { prevented = true; } });
      if (!prevented) { this.destroyed = true; this.emit('closed'); }
      return !prevented;
    }
  }

  const state = {
    calls, windows, app, BrowserWindow, FakePort,
    menu: undefined as any,
    messageBoxAnswer: 0,
    engineConnect: undefined as undefined | ((port: FakePort) => void),
    forks: [] as string[],
    children: [] as any[],
  };
  const electron = {
    app,
    BrowserWindow,
    ipcMain: new Emitter(),
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => { state.menu = m; } },
    session: {
      defaultSession: Object.assign(new Emitter(), {
        setPermissionRequestHandler: (h: unknown) => { (state as any).permissionRequest = h; },
        setPermissionCheckHandler: (h: unknown) => { (state as any).permissionCheck = h; },
        webRequest: { onHeadersReceived: (h: unknown) => { (state as any).headers = h; } },
      }),
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown) => calls.push(`registerSchemes ready=${ready} ${JSON.stringify(s)}`),
      handle: (scheme: string) => calls.push(`handle ${scheme}`),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    dialog: {
      showMessageBoxSync: () => { calls.push('messageBox'); return state.messageBoxAnswer; },
      showOpenDialog: async () => ({ canceled: false, filePaths: ['/picked.layerloom.json'] }),
      showSaveDialog: async () => ({ canceled: false, filePath: (state as any).savePath ?? '/saved' }),
    },
    shell: { openExternal: async (u: string) => { calls.push(`openExternal ${u}`); } },
    MessageChannelMain: class {
      port1 = new FakePort();
      port2 = new FakePort();
      constructor() { this.port1.other = this.port2; this.port2.other = this.port1; }
    },
    utilityProcess: {
      fork: (path: string, _args: string[], opts: any) => {
        state.forks.push(`${path} ${opts.serviceName} ${opts.env.LAYERLOOM_CONFIG_DIR}`);
        const child = Object.assign(new Emitter(), {
          postMessage: (m: any, ports: FakePort[]) => { if (m.type === 'connect') state.engineConnect!(ports[0]); },
          kill: () => calls.push('engine killed'),
        });
        state.children.push(child);
        return child;
      },
    },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const { state } = fake;
const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));
let win: any;

beforeAll(async () => {
  const userData = mkdtempSync(join(tmpdir(), 'layerloom-main-'));
  (globalThis as any).__userData = userData;
  const { EngineHost } = await import('../../src/server/engineHost');
  const { messagePortTransport } = await import('../../src/protocol');
  const host = new EngineHost({ host: 'electron', configDir: userData });
  state.engineConnect = (port) => host.connect(messagePortTransport(port as any));
  await import('../../electron/app/main');
  win = state.windows[0];
});

function send(message: unknown, sender: { webContents?: any; url?: string; parent?: unknown } = {}) {
  const wc = sender.webContents ?? win.webContents;
  fake.electron.ipcMain.emit('layerloom:message', { sender: wc, senderFrame: { url: sender.url ?? 'layerloom://app/index.html', parent: sender.parent ?? null } }, message);
}
const sentTo = (w: any) => w.webContents.sent.map(([, m]: [string, any]) => m);

describe('Electron main process (against a fake electron module)', () => {
  it('registers the scheme and the sandbox before ready, then serves the app and opens one window', () => {
    const order = state.calls.filter((c) => /registerSchemes|enableSandbox|^ready|handle|loadURL/.test(c));
    expect(order[0]).toMatch(/^registerSchemes ready=false .*"scheme":"layerloom".*"standard":true,"secure":true/);
    expect(order[1]).toBe('enableSandbox ready=false');
    expect(order.slice(2)).toEqual(['ready', 'handle layerloom', 'loadURL layerloom://app/index.html']);
    expect(state.windows).toHaveLength(1);
  });

  it('creates the window with the secure settings and the bundled preload', () => {
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false,
      webSecurity: true, allowRunningInsecureContent: false, webviewTag: false,
    });
    expect(win.options.webPreferences.preload).toMatch(/preload\.cjs$/);
    // The window's icon is the app icon, and it is there.
    expect(win.options.icon).toMatch(/[\\/]assets[\\/]icon\.png$/);
    expect(existsSync(win.options.icon)).toBe(true);
  });

  it('denies permissions, sets the CSP header, blocks new windows and foreign navigation', () => {
    const s = state as any;
    let granted: boolean | undefined;
    s.permissionRequest({}, 'media', (g: boolean) => { granted = g; }, { requestingUrl: 'layerloom://app/index.html' });
    expect(granted).toBe(false);
    s.permissionRequest({}, 'clipboard-sanitized-write', (g: boolean) => { granted = g; }, { requestingUrl: 'layerloom://app/index.html' });
    expect(granted).toBe(true);
    s.permissionRequest({}, 'clipboard-sanitized-write', (g: boolean) => { granted = g; }, { requestingUrl: 'https://evil.example/' });
    expect(granted).toBe(false);
    expect(s.permissionCheck({}, 'clipboard-read', 'layerloom://app')).toBe(false);
    expect(s.permissionCheck({}, 'clipboard-sanitized-write', 'layerloom://app')).toBe(true);
    let headers: any;
    s.headers({ responseHeaders: {} }, (r: any) => { headers = r.responseHeaders; });
    expect(headers['Content-Security-Policy'][0]).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/);
    expect(win.webContents.windowOpenHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    let prevented = false;
    win.webContents.emit('will-navigate', { preventDefault: () => { prevented = true; } }, 'https://evil.example/');
    expect(prevented).toBe(true);
    prevented = false;
    win.webContents.emit('will-navigate', { preventDefault: () => { prevented = true; } }, 'layerloom://app/index.html');
    expect(prevented).toBe(false);
  });

  it('relays a trusted renderer request to the engine utility process and answers it', async () => {
    send({ type: 'request', id: 1, method: 'version', params: {} });
    // Polled, not a fixed wait: on a loaded machine the answer can take longer than a tick.
    await expect.poll(() => sentTo(win), { timeout: 10_000 }).toContainEqual(expect.objectContaining({ type: 'response', id: 1, ok: true, result: expect.objectContaining({ host: 'electron' }) }));
    expect(state.forks[0]).toMatch(/engine\.mjs LayerLoom engine /);
  });

  it('ignores messages from other frames, other URLs and unknown web contents', async () => {
    const before = sentTo(win).length;
    send({ type: 'request', id: 2, method: 'ping', params: {} }, { url: 'https://evil.example/' });
    send({ type: 'request', id: 3, method: 'ping', params: {} }, { parent: {} });
    send({ type: 'request', id: 4, method: 'ping', params: {} }, { webContents: { id: 999 } });
    await tick();
    expect(sentTo(win).length).toBe(before);
  });

  it('answers a malformed message with an error', async () => {
    send({ hello: 'world' });
    await tick();
    expect(sentTo(win).at(-1)).toMatchObject({ id: null, ok: false, error: { code: 'bad-message' } });
  });

  it('handles native dialogs in main and refreshes the recent-files menu after a save', async () => {
    send({ type: 'request', id: 5, method: 'dialog.save', params: {} });
    await expect.poll(() => sentTo(win), { timeout: 10_000 }).toContainEqual(expect.objectContaining({ id: 5, ok: true, result: { path: '/saved.layerloom.json' } }));
    const { newProject } = await import('../../src/graph/projectFile');
    const path = join((globalThis as any).__userData, 'net.layerloom.json');
    // Only a path chosen in a dialog (or dropped) may be written: before the dialog, the write is refused.
    send({ type: 'request', id: 50, method: 'project.write', params: { path, project: newProject({ nodes: [], edges: [] }) } });
    await expect.poll(() => sentTo(win), { timeout: 10_000 }).toContainEqual(expect.objectContaining({ id: 50, ok: false, error: expect.objectContaining({ code: 'forbidden' }) }));
    (state as any).savePath = join((globalThis as any).__userData, 'net');
    send({ type: 'request', id: 51, method: 'dialog.save', params: {} });
    await expect.poll(() => sentTo(win), { timeout: 10_000 }).toContainEqual(expect.objectContaining({ id: 51, ok: true, result: { path } }));
    send({ type: 'request', id: 6, method: 'project.write', params: { path, project: newProject({ nodes: [], edges: [] }) } });
    await expect.poll(() => sentTo(win), { timeout: 10_000 }).toContainEqual(expect.objectContaining({ id: 6, ok: true }));
    const recentItems = () => state.menu.find((m: any) => m.label === '&File').submenu.find((i: any) => i.label === 'Open Recent').submenu;
    await expect.poll(() => recentItems()[0]?.label, { timeout: 10_000 }).toBe('net.layerloom.json');
    const recent = { submenu: recentItems() };
    expect(recent.submenu[0]).toMatchObject({ label: 'net.layerloom.json', sublabel: path });
    recent.submenu[0].click();
    expect(sentTo(win).at(-1)).toEqual({ type: 'event', event: 'menu.command', payload: { command: 'openRecent', path } });
  });

  it('opens what the user dropped onto the window (told by the preload), not what an untrusted frame claims', async () => {
    const dropped = join((globalThis as any).__userData, 'dropped');
    mkdirSync(dropped);
    const inside = join(dropped, 'a.layerloom.json');
    const drop = (paths: unknown, url = 'layerloom://app/index.html') => fake.electron.ipcMain.emit('layerloom:dropped', { sender: win.webContents, senderFrame: { url, parent: null } }, paths);
    drop([dropped], 'https://evil.example/');
    send({ type: 'request', id: 60, method: 'project.read', params: { path: inside } });
    await expect.poll(() => sentTo(win), { timeout: 10_000 }).toContainEqual(expect.objectContaining({ id: 60, ok: false, error: expect.objectContaining({ code: 'forbidden' }) }));
    drop([dropped]);
    send({ type: 'request', id: 61, method: 'project.read', params: { path: inside } });
    // Past the check: the engine answers (the file does not exist).
    await expect.poll(() => sentTo(win), { timeout: 10_000 }).toContainEqual(expect.objectContaining({ id: 61, ok: false, error: expect.objectContaining({ code: 'not-found' }) }));
  });

  it('restarts an engine process that died and tells the window', async () => {
    const forks = state.forks.length;
    state.children.at(-1).emit('exit', 7);
    await expect.poll(() => sentTo(win), { timeout: 10_000 }).toContainEqual({ type: 'event', event: 'engine.restarted', payload: { exitCode: 7 } });
    await expect.poll(() => state.forks.length, { timeout: 10_000 }).toBe(forks + 1);
    send({ type: 'request', id: 62, method: 'ping', params: {} });
    await expect.poll(() => sentTo(win), { timeout: 10_000 }).toContainEqual(expect.objectContaining({ id: 62, ok: true }));
  });

  it('warns before closing unsaved work, and closes when the user agrees', async () => {
    send({ type: 'request', id: 7, method: 'app.setDirty', params: { dirty: true } });
    await tick();
    state.messageBoxAnswer = 0; // Cancel
    expect(win.tryClose()).toBe(false);
    expect(state.calls.filter((c) => c === 'messageBox')).toHaveLength(1);
    state.messageBoxAnswer = 1; // Close Without Saving
    expect(win.tryClose()).toBe(true);
  });
});
