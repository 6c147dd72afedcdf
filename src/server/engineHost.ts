/**
 * The engine host: one handler table, served to any number of connections (a WebSocket per browser
 * tab in `serve`, a MessagePort per window in Electron's utility process, an in-memory pair in tests).
 * Other modules plug their methods in with `registerHandlers({...})`; a method nobody registered
 * answers "not available yet".
 */
import { arch, platform } from 'node:os';
import {
  PROTOCOL_VERSION, RpcError, RpcServer,
  type Handler, type HandlerContext, type HandlerTable, type MethodName, type Transport,
} from '../protocol';
import { AutosaveStore } from './autosaveStore';
import { defaultConfigDir } from './configDir';
import { ProjectStore } from './projectStore';

export type EngineHostKind = 'electron' | 'serve' | 'in-process';

export interface EngineHostOptions {
  readonly host: EngineHostKind;
  /** Per-user state (recent files, autosave). Defaults to the platform's config folder. */
  readonly configDir?: string;
  readonly appVersion?: string;
  readonly log?: (message: string) => void;
}

export class EngineHost {
  private readonly handlers = new Map<MethodName, Handler<MethodName>>();
  private readonly connections = new Set<RpcServer>();
  /** The editor window each connection serves (said by its autosave calls): whose unsaved work is still open. */
  private readonly windows = new Map<symbol, string>();
  readonly configDir: string;

  constructor(private readonly options: EngineHostOptions) {
    this.configDir = options.configDir ?? defaultConfigDir();
    this.registerHandlers(this.coreHandlers());
  }

  /** Adds methods. Registering a method twice is a mistake and throws, unless `replace` is set. */
  registerHandlers(table: HandlerTable, { replace = false } = {}): void {
    for (const [name, handler] of Object.entries(table) as Array<[MethodName, Handler<MethodName> | undefined]>) {
      if (!handler) continue;
      if (this.handlers.has(name) && !replace) throw new Error(`a handler for "${name}" is already registered`);
      this.handlers.set(name, handler);
    }
  }

  hasHandler(method: MethodName): boolean {
    return this.handlers.has(method);
  }

  /** Serves the engine over a transport until it closes; returns a function that disconnects it. */
  connect(transport: Transport): () => void {
    // Handlers see which connection asks (`ctx.connection`): training subscribes each page to a session once.
    const connection = Symbol('connection');
    const lookup = <M extends MethodName>(m: M): Handler<M> | undefined => {
      const handler = this.handlers.get(m) as Handler<M> | undefined;
      return handler && ((params, ctx) => handler(params, { ...ctx, connection } as HandlerContext));
    };
    const server = new RpcServer(transport, lookup, { log: this.options.log });
    this.connections.add(server);
    const off = transport.onClose?.(() => { this.connections.delete(server); this.windows.delete(connection); });
    return () => {
      off?.();
      this.connections.delete(server);
      this.windows.delete(connection);
      server.dispose();
    };
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  dispose(): void {
    for (const c of this.connections) c.dispose();
    this.connections.clear();
  }

  private noteWindow(ctx: HandlerContext, owner: string | undefined): void {
    const connection = (ctx as HandlerContext & { connection?: symbol }).connection;
    if (owner && connection) this.windows.set(connection, owner);
  }

  private coreHandlers(): HandlerTable {
    const projects = new ProjectStore(this.configDir);
    const autosave = new AutosaveStore(this.configDir);
    const noShell = (what: string) => (): never => {
      throw new RpcError('unavailable', `${what} are not available in the browser UI; use the browser's file picker or download instead`);
    };
    return {
      ping: () => ({ pong: true as const, time: Date.now() }),
      version: () => ({
        protocol: PROTOCOL_VERSION,
        app: this.options.appVersion ?? '0.0.0',
        host: this.options.host,
        platform: `${platform()}-${arch()}`,
        node: process.versions.node,
      }),
      'project.read': ({ path }) => projects.read(path),
      'project.write': ({ path, project }) => projects.write(path, project),
      'project.recent': async () => ({ files: await projects.recent() }),
      'project.clearRecent': async () => {
        await projects.clearRecent();
        return { ok: true as const };
      },
      'autosave.write': ({ project, path, owner }, ctx) => {
        this.noteWindow(ctx, owner);
        return autosave.write(project, path, owner);
      },
      'autosave.recover': async ({ owner }, ctx) => {
        this.noteWindow(ctx, owner);
        const open = new Set(this.windows.values());
        const autosaves = (await autosave.list()).map((a) => (a.owner ? { ...a, open: open.has(a.owner) } : a));
        return { autosave: autosaves[0] ?? null, autosaves };
      },
      'autosave.clear': async ({ owner }) => {
        await autosave.clear(owner);
        return { ok: true as const };
      },
      // Shell methods: Electron's main process answers these itself; any other host has no native shell.
      'dialog.open': noShell('native open dialogs'),
      'dialog.save': noShell('native save dialogs'),
      'app.setDirty': () => ({ ok: true as const }),
    };
  }
}
