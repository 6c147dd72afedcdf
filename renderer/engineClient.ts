/**
 * The renderer's one way to the engine. In Electron the preload bridge (`window.layerloom`) is the
 * transport; in the browser UI (`layerloom serve`) a WebSocket to the page's own server, authorised by
 * the token in the page URL (then by the cookie the server set, so a reload keeps working).
 *
 *   const engine = getEngine();
 *   const { project } = await engine.request('project.read', { path });
 *   engine.on('train.event', (e) => …);
 *   if (!hasNativeDialogs()) → use <input type="file"> / a download instead of dialog.open / dialog.save.
 *
 * Menu commands (Electron only) arrive as the `menu.command` event. In Electron the editor's own
 * shortcuts still come from the keyboard: menu items for editor commands only display their accelerator
 * (except on macOS, where the menu owns them: see electron/app/menuTemplate.ts).
 */
import { PROTOCOL_VERSION, RpcClient, webSocketTransport, type Transport } from '../src/protocol';

/** What Electron's preload exposes: a transport and a little about the platform, nothing else. */
export interface LayerLoomBridge {
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): () => void;
  /** The path of a file or folder dropped onto the window (Electron only). */
  pathForFile?(file: File): string;
  readonly platform: { readonly os: string; readonly electron: string; readonly chrome: string };
}

declare global {
  interface Window {
    layerloom?: LayerLoomBridge;
  }
}

export type EngineHostKind = 'electron' | 'browser';

export function engineHostKind(): EngineHostKind {
  return typeof window !== 'undefined' && window.layerloom ? 'electron' : 'browser';
}

/** Native open/save dialogs exist only in Electron; the browser UI uses file inputs and downloads. */
export function hasNativeDialogs(): boolean {
  return engineHostKind() === 'electron';
}

let token: string | null | undefined;

/** The token from the page URL, read once and then removed from the address bar (and history). */
export function takeToken(): string | null {
  if (token !== undefined) return token;
  const url = new URL(window.location.href);
  token = url.searchParams.get('token');
  if (token !== null) {
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  return token;
}

export function webSocketUrl(location: Pick<Location, 'protocol' | 'host'>, tokenValue: string | null): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/ws${tokenValue ? `?token=${encodeURIComponent(tokenValue)}` : ''}`;
}

function bridgeTransport(bridge: LayerLoomBridge): Transport {
  return { send: (m) => bridge.send(m), onMessage: (l) => bridge.onMessage(l) };
}

function openTransport(): Transport {
  if (window.layerloom) return bridgeTransport(window.layerloom);
  return webSocketTransport(new WebSocket(webSocketUrl(window.location, takeToken())));
}

let engine: RpcClient | undefined;
const disconnectListeners = new Set<() => void>();

/** The shared client. After the connection drops (serve stopped), the next call reconnects. */
export function getEngine(): RpcClient {
  if (engine) return engine;
  const transport = openTransport();
  const client = new RpcClient(transport, { onProtocolError: (m) => console.warn(`[engine] ${m}`) });
  transport.onClose?.(() => {
    if (engine === client) engine = undefined;
    for (const l of [...disconnectListeners]) l();
  });
  engine = client;
  // A renderer and an engine from different versions say so instead of failing oddly later.
  client.request('version').then((v) => {
    if (v.protocol !== PROTOCOL_VERSION) console.error(`[engine] protocol ${v.protocol}, this UI speaks ${PROTOCOL_VERSION}: restart LayerLoom`);
  }, () => undefined);
  return client;
}

/** Told when the engine connection drops (the browser UI's server stopped). */
export function onEngineDisconnect(listener: () => void): () => void {
  disconnectListeners.add(listener);
  return () => disconnectListeners.delete(listener);
}
