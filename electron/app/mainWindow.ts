/**
 * Creates the main window: the secure webPreferences, its size and place remembered, its own relay to
 * the engine, and a warning before closing unsaved work.
 */
import { BrowserWindow, dialog, screen } from 'electron';
import { createInMemoryPair, RpcServer, type MethodName, type ServerMessage, type Transport } from '../../src/protocol';
import { APP_URL, IPC_CHANNEL } from './constants';
import { WindowRelay } from './ipcRelay';
import type { PathGrants } from './pathGrants';
import { shellHandlers, type WindowShellState } from './shellHandlers';
import { fitToDisplays, MIN_SIZE, type WindowStateStore } from './windowState';

export interface MainWindowOptions {
  readonly preloadPath: string;
  /** The app icon (assets/icon.png), shown by Linux and Windows in the title bar and taskbar. */
  readonly iconPath: string;
  readonly stateStore: WindowStateStore;
  readonly connectEngine: () => Transport;
  /** The paths the engine may be asked for (shared by the app's windows). */
  readonly grants?: PathGrants;
  readonly onEngineAnswer: (method: MethodName, ok: boolean) => void;
  readonly log: (m: string) => void;
}

export interface OpenWindow {
  readonly window: BrowserWindow;
  readonly relay: WindowRelay;
  /** Sends an event (e.g. a menu command) to this window's renderer. */
  send(message: ServerMessage): void;
}

export function createMainWindow(options: MainWindowOptions): OpenWindow {
  const saved = fitToDisplays(options.stateStore.load(), screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...(saved.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : { center: true }),
    width: saved.width,
    height: saved.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'LayerLoom',
    // The taskbar/title-bar icon on Linux and Windows (macOS takes the bundle's .icns).
    icon: options.iconPath,
    backgroundColor: '#1e1e1e',
    // Written out in full (no spread) so reviewers and electronegativity see every setting.
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would otherwise try to open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (saved.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  const send = (message: ServerMessage): void => {
    if (!win.isDestroyed()) win.webContents.send(IPC_CHANNEL, message);
  };
  const shellState: WindowShellState = { dirty: false };
  const [shellClient, shellServer] = createInMemoryPair();
  const shell = new RpcServer(shellServer, shellHandlers(win, shellState), { log: options.log });
  const relay = new WindowRelay({ toRenderer: send, shell: shellClient, connectEngine: options.connectEngine, onEngineAnswer: options.onEngineAnswer, grants: options.grants, log: options.log });

  let saveTimer: NodeJS.Timeout | undefined;
  const saveState = (): void => {
    if (win.isDestroyed()) return;
    const b = win.getNormalBounds();
    void options.stateStore.save({ x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() });
  };
  const saveSoon = (): void => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveState, 500);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);

  win.on('close', (event) => {
    if (shellState.dirty) {
      const choice = dialog.showMessageBoxSync(win, {
        type: 'warning',
        buttons: ['Cancel', 'Close Without Saving'],
        defaultId: 0,
        cancelId: 0,
        message: 'This network has unsaved changes.',
        detail: 'If you close now, the changes since your last save are lost.',
      });
      if (choice === 0) {
        event.preventDefault();
        return;
      }
    }
    clearTimeout(saveTimer);
    saveState();
  });
  win.on('closed', () => {
    relay.dispose();
    shell.dispose();
  });

  void win.loadURL(APP_URL);
  return { window: win, relay, send };
}
