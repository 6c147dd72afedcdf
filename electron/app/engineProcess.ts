/**
 * The engine runs in an Electron utilityProcess (never the main thread). Each window, and the main
 * process itself, gets its own MessageChannel to it; the engine serves each port as one connection.
 * If the engine dies, its connections close (pending requests fail) and the next one restarts it.
 */
import { MessageChannelMain, utilityProcess, type UtilityProcess } from 'electron';
import { messagePortTransport, type Transport } from '../../src/protocol';

export class EngineProcess {
  private child: UtilityProcess | undefined;
  private readonly onExit = new Set<() => void>();
  private readonly crashListeners = new Set<(code: number) => void>();
  private stopping = false;

  constructor(private readonly modulePath: string, private readonly env: Record<string, string>, private readonly log: (m: string) => void) {}

  private start(): UtilityProcess {
    if (this.child) return this.child;
    const child = utilityProcess.fork(this.modulePath, [], {
      serviceName: 'LayerLoom engine',
      env: { ...process.env, ...this.env } as Record<string, string>,
      stdio: 'inherit',
    });
    child.on('exit', (code) => {
      if (this.child === child) this.child = undefined;
      for (const l of [...this.onExit]) l();
      this.onExit.clear();
      if (this.stopping) return;
      this.log(`layerloom: the engine process exited (code ${code}); starting a new one`);
      for (const l of [...this.crashListeners]) l(code);
    });
    this.child = child;
    return child;
  }

  /** A new connection to the engine (starting it if needed). */
  connect(): Transport {
    const child = this.start();
    const { port1, port2 } = new MessageChannelMain();
    child.postMessage({ type: 'connect' }, [port1]);
    const inner = messagePortTransport(port2);
    const closeListeners = new Set<() => void>();
    let closed = false;
    const fireClose = (): void => {
      if (closed) return;
      closed = true;
      for (const l of [...closeListeners]) l();
    };
    inner.onClose?.(fireClose);
    this.onExit.add(() => {
      fireClose();
      port2.close();
    });
    return {
      send: (m) => {
        if (closed) throw new Error('the engine connection is closed');
        inner.send(m);
      },
      onMessage: (l) => inner.onMessage(l),
      onClose: (l) => {
        closeListeners.add(l);
        return () => closeListeners.delete(l);
      },
      close: () => {
        port2.close();
        fireClose();
      },
    };
  }

  /** Told when the engine process exits without being asked to (main restarts it and tells the windows). */
  onCrash(listener: (code: number) => void): () => void {
    this.crashListeners.add(listener);
    return () => this.crashListeners.delete(listener);
  }

  stop(): void {
    this.stopping = true;
    this.child?.kill();
    this.child = undefined;
  }
}
