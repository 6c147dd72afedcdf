/**
 * Main process: the relay between one window's renderer and the engine. Messages from the renderer are
 * checked (sender, envelope, method, params) before anything else sees them; requests for shell
 * methods (native dialogs, dirty state) go to the main process's own handlers, the rest to the engine
 * process; the engine's answers are checked again on the way back. Pure: no Electron imports.
 */
import type { z } from 'zod';
import {
  clientMessageSchema, describeZodError, isEventName, isMethodName, methods, RpcError, serverMessageSchema,
  type MethodName, type ServerMessage, type Transport,
} from '../../src/protocol';
import { isAppUrl } from './constants';
import { grantFromEngineAnswer, grantFromEngineEvent, type PathGrants } from './pathGrants';

export interface SenderInfo {
  readonly webContentsId: number;
  /** The sending frame's URL (undefined when the frame is gone). */
  readonly frameUrl: string | undefined;
  readonly isMainFrame: boolean;
}

/** Only our windows' top frames, showing our own app, may talk to the engine. */
export function isTrustedSender(sender: SenderInfo, windowIds: ReadonlySet<number>): boolean {
  return windowIds.has(sender.webContentsId) && sender.isMainFrame && isAppUrl(sender.frameUrl);
}

export interface WindowRelayOptions {
  /** Delivers a message to the renderer. */
  readonly toRenderer: (message: ServerMessage) => void;
  /** The main process's own handlers for shell methods (an RpcServer's other end). */
  readonly shell: Transport;
  /** Opens a connection to the engine process (again after it restarts). */
  readonly connectEngine: () => Transport;
  /** Told when an engine request succeeds or fails (the menu refreshes recent files after project.read/write). */
  readonly onEngineAnswer?: (method: MethodName, ok: boolean) => void;
  /**
   * The paths the engine may be asked to touch (chosen in dialogs, dropped, reported by the engine): a
   * request naming any other path is refused here. Shared by every window of the app.
   */
  readonly grants?: PathGrants;
  readonly log?: (message: string) => void;
}

function idOf(raw: unknown): number | null {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : null;
}

export class WindowRelay {
  private engine: Transport | undefined;
  private readonly engineOff: Array<() => void> = [];
  /** Requests the engine has not answered yet: id → method. */
  private readonly pending = new Map<number, MethodName>();
  /** Dialogs the shell has not answered yet: id → whether a folder was asked for. */
  private readonly dialogs = new Map<number, { folder: boolean }>();
  private readonly shellOff: () => void;
  private disposed = false;

  constructor(private readonly options: WindowRelayOptions) {
    this.shellOff = options.shell.onMessage((m) => this.fromShell(m));
  }

  /** A message from the renderer (the sender has already been checked). */
  fromRenderer(raw: unknown): void {
    if (this.disposed) return;
    const parsed = clientMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const { message, field } = describeZodError(parsed.error);
      return this.reject(idOf(raw), new RpcError('bad-message', `malformed message: ${message}`, field));
    }
    const msg = parsed.data;
    if (msg.type === 'cancel') {
      try {
        if (this.pending.has(msg.id)) this.engineTransport().send(msg);
        else this.options.shell.send(msg);
      } catch {
        // The other end is gone; its close handling answers the request.
      }
      return;
    }
    if (!isMethodName(msg.method)) return this.reject(msg.id, new RpcError('unknown-method', `unknown method "${msg.method}"`));
    const spec = methods[msg.method];
    const params = (spec.params as z.ZodType).safeParse(msg.params ?? {});
    if (!params.success) {
      const { message, field } = describeZodError(params.error, 'params');
      return this.reject(msg.id, new RpcError('invalid-params', `${msg.method}: ${message}`, field));
    }
    if (spec.handledBy === 'shell') {
      if (msg.method === 'dialog.open' || msg.method === 'dialog.save') {
        this.dialogs.set(msg.id, { folder: msg.method === 'dialog.open' && (params.data as { kind?: string }).kind === 'folder' });
      }
      this.options.shell.send(msg);
      return;
    }
    const refused = this.options.grants?.refused(msg.method, params.data);
    if (refused) {
      return this.reject(msg.id, new RpcError('forbidden',
        `${refused}: LayerLoom opens only files and folders you chose since it started (in one of its dialogs, or dropped onto its window); choose it again`,
        undefined, { code: 'app.error.pathNotChosen', params: { path: refused } }));
    }
    if (this.pending.has(msg.id)) return this.reject(msg.id, new RpcError('bad-message', `request id ${msg.id} is already in use`));
    this.pending.set(msg.id, msg.method);
    try {
      this.engineTransport().send(msg);
    } catch (err) {
      this.pending.delete(msg.id);
      this.reject(msg.id, new RpcError('disconnected', `the engine process is not reachable: ${(err as Error).message}`));
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.shellOff();
    this.detachEngine();
    this.engine?.close?.();
  }

  private reject(id: number | null, error: RpcError): void {
    this.options.log?.(`refused a message from the renderer: ${error.message}`);
    this.options.toRenderer({ type: 'response', id, ok: false, error: error.toData() });
  }

  private engineTransport(): Transport {
    if (this.engine) return this.engine;
    const t = this.options.connectEngine();
    this.engine = t;
    this.engineOff.push(t.onMessage((m) => this.fromEngine(m)));
    if (t.onClose) this.engineOff.push(t.onClose(() => this.engineClosed(t)));
    return t;
  }

  private detachEngine(): void {
    for (const off of this.engineOff.splice(0)) off();
  }

  /** The engine went away (crashed or restarted): fail what was pending; the next request reconnects. */
  private engineClosed(t: Transport): void {
    if (this.engine !== t) return;
    this.detachEngine();
    this.engine = undefined;
    const ids = [...this.pending.keys()];
    this.pending.clear();
    for (const id of ids) this.reject(id, new RpcError('disconnected', 'the engine process stopped; try again'));
  }

  private fromEngine(raw: unknown): void {
    if (this.disposed) return;
    const parsed = serverMessageSchema.safeParse(raw);
    if (!parsed.success) return this.options.log?.(`dropped a malformed message from the engine: ${describeZodError(parsed.error).message}`);
    const msg = parsed.data;
    if (msg.type === 'event') {
      if (!isEventName(msg.event)) return this.options.log?.(`dropped unknown event "${msg.event}" from the engine`);
      if (this.options.grants) grantFromEngineEvent(this.options.grants, msg.event, msg.payload);
    } else if (msg.id !== null) {
      const method = this.pending.get(msg.id);
      if (!method) return; // not asked, or already answered
      this.pending.delete(msg.id);
      if (msg.ok && this.options.grants) grantFromEngineAnswer(this.options.grants, method, msg.result);
      this.options.onEngineAnswer?.(method, msg.ok);
    }
    this.options.toRenderer(msg);
  }

  private fromShell(raw: unknown): void {
    if (this.disposed) return;
    const parsed = serverMessageSchema.safeParse(raw);
    if (!parsed.success) return;
    const msg = parsed.data;
    // A path the user picked in a native dialog may now be opened, saved to, or read (a folder: all of it).
    const dialog = msg.type === 'response' && msg.id !== null ? this.dialogs.get(msg.id) : undefined;
    if (dialog && msg.type === 'response' && msg.id !== null) {
      this.dialogs.delete(msg.id);
      const path = msg.ok ? (msg.result as { path?: unknown } | undefined)?.path : undefined;
      if (typeof path === 'string') {
        if (dialog.folder) this.options.grants?.grantFolder(path);
        else this.options.grants?.grantFile(path);
      }
    }
    this.options.toRenderer(msg);
  }
}
