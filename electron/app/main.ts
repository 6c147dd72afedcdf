/**
 * Electron's main process: security set-up, the renderer's scheme, the engine's utility process, one
 * window with its relay, the menu and recent files. Heavy work never runs here.
 */
import { app, BrowserWindow, ipcMain, Menu, session, type IpcMainEvent } from 'electron';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { menuCommandSchema, RpcClient, type MenuCommand, type RecentFile } from '../../src/protocol';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { statSync } from 'node:fs';
import { DROP_CHANNEL, IPC_CHANNEL } from './constants';
import { EngineProcess } from './engineProcess';
import { hardenSession, hardenWebContents } from './hardening';
import { isTrustedSender } from './ipcRelay';
import { createMainWindow, type OpenWindow } from './mainWindow';
import { PathGrants } from './pathGrants';
import { buildMenuTemplate } from './menuTemplate';
import { WindowStateStore } from './windowState';

// Bundled to dist/electron/main.mjs; the renderer is built to dist/renderer.
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const log = (m: string): void => console.error(m);

// Tests (and anyone wanting a throwaway profile) point the app at another state folder.
if (process.env.LAYERLOOM_USER_DATA_DIR) app.setPath('userData', process.env.LAYERLOOM_USER_DATA_DIR);
registerAppScheme();
app.enableSandbox();
// A second launch focuses the first instance's window instead (see 'second-instance').
if (!app.requestSingleInstanceLock()) app.exit(0);

const windows = new Map<number, OpenWindow>();
// Spawned lazily, at the first connection (after 'ready').
const engine = new EngineProcess(join(here, 'engine.mjs'), {
  LAYERLOOM_CONFIG_DIR: app.getPath('userData'),
  // Launched from a desktop launcher the working folder is `/`; runs go to the user's documents instead.
  LAYERLOOM_RUNS_DIR: process.env.LAYERLOOM_RUNS_DIR ?? join(app.getPath('documents'), 'LayerLoom', 'runs'),
  LAYERLOOM_APP_VERSION: version(),
}, log);
let mainClient: RpcClient | undefined;
let recent: RecentFile[] = [];
/** What the engine may be asked to read or write: chosen or dropped since start, or reported by the engine. */
const grants = new PathGrants();

// The engine died (a native crash, out of memory): start a new one at once and say so in every window.
engine.onCrash((code) => {
  mainClient = undefined;
  void refreshRecent();
  for (const w of windows.values()) w.send({ type: 'event', event: 'engine.restarted', payload: { exitCode: code } });
});

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return app.getVersion();
  }
}

/** The main process's own connection to the engine (recent files); reopened if the engine restarted. */
function engineClient(): RpcClient {
  if (mainClient) return mainClient;
  const transport = engine.connect();
  const client = new RpcClient(transport, { onProtocolError: log });
  transport.onClose?.(() => {
    if (mainClient === client) mainClient = undefined;
  });
  mainClient = client;
  return client;
}

function focusedWindow(): OpenWindow | undefined {
  const focused = BrowserWindow.getFocusedWindow();
  return (focused && windows.get(focused.webContents.id)) ?? windows.values().next().value;
}

function sendCommand(command: MenuCommand): void {
  const payload = menuCommandSchema.parse(command);
  focusedWindow()?.send({ type: 'event', event: 'menu.command', payload });
}

function rebuildMenu(): void {
  const template = buildMenuTemplate(
    { platform: process.platform, appName: 'LayerLoom', isDev: !app.isPackaged, recent },
    {
      command: sendCommand,
      clearRecent: () => {
        void engineClient().request('project.clearRecent').then(refreshRecent, (err) => log(`layerloom: ${String(err)}`));
        app.clearRecentDocuments();
      },
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function refreshRecent(): Promise<void> {
  try {
    const { files } = await engineClient().request('project.recent');
    const before = new Set(recent.map((f) => f.path));
    for (const f of files) if (!before.has(f.path)) app.addRecentDocument(f.path);
    for (const f of files) grants.grantFile(f.path);
    recent = files;
  } catch (err) {
    log(`layerloom: could not read the recent files: ${String(err)}`);
  }
  rebuildMenu();
}

function openWindow(): OpenWindow {
  const opened = createMainWindow({
    preloadPath: join(here, 'preload.cjs'),
    // dist/electron/main.mjs → the checkout's (or the packaged app's) assets/icon.png.
    iconPath: join(here, '..', '..', 'assets', 'icon.png'),
    stateStore: new WindowStateStore(join(app.getPath('userData'), 'window-state.json')),
    connectEngine: () => engine.connect(),
    grants,
    onEngineAnswer: (method, ok) => {
      if (ok && (method === 'project.read' || method === 'project.write')) void refreshRecent();
    },
    log,
  });
  const id = opened.window.webContents.id;
  windows.set(id, opened);
  opened.window.on('closed', () => windows.delete(id));
  return opened;
}

function onRendererMessage(event: IpcMainEvent, message: unknown): void {
  const frame = event.senderFrame;
  const trusted = isTrustedSender(
    { webContentsId: event.sender.id, frameUrl: frame?.url, isMainFrame: frame !== null && frame.parent === null },
    new Set(windows.keys()),
  );
  if (!trusted) {
    log(`layerloom: ignored an IPC message from an untrusted sender (${frame?.url ?? 'no frame'})`);
    return;
  }
  try {
    windows.get(event.sender.id)?.relay.fromRenderer(message);
  } catch (err) {
    // Never let a renderer message throw in the main process (Electron would show an error dialog).
    log(`layerloom: relaying a renderer message failed: ${(err as Error).message}`);
  }
}

/** Paths the preload saw dropped onto one of our windows: the engine may open them from now on. */
function onDropped(event: IpcMainEvent, paths: unknown): void {
  const frame = event.senderFrame;
  const trusted = isTrustedSender(
    { webContentsId: event.sender.id, frameUrl: frame?.url, isMainFrame: frame !== null && frame.parent === null },
    new Set(windows.keys()),
  );
  if (!trusted || !Array.isArray(paths)) return;
  for (const path of paths.slice(0, 1000)) {
    if (typeof path !== 'string' || path === '') continue;
    const info = (() => { try { return statSync(path); } catch { return null; } })();
    if (info?.isDirectory()) grants.grantFolder(path);
    else grants.grantFile(path);
  }
}

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

app.on('second-instance', () => {
  const w = focusedWindow()?.window;
  if (w) {
    if (w.isMinimized()) w.restore();
    w.focus();
  }
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  engine.stop();
});

await app.whenReady();
hardenSession(session.defaultSession);
handleAppProtocol(join(root, 'dist', 'renderer'));
ipcMain.on(IPC_CHANNEL, onRendererMessage);
ipcMain.on(DROP_CHANNEL, onDropped);
rebuildMenu();
openWindow();
void refreshRecent();
app.on('activate', () => {
  if (windows.size === 0) openWindow();
});
