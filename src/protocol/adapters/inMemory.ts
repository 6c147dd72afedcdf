/**
 * Two connected transports in one process (tests, the CLI). Messages are structured-cloned and
 * delivered asynchronously, as a real channel would, so nothing shares objects across the pair.
 */
import type { Transport } from '../transport';

class Endpoint implements Transport {
  peer?: Endpoint;
  private readonly listeners = new Set<(message: unknown) => void>();
  private readonly closeListeners = new Set<() => void>();
  private closed = false;

  send(message: unknown): void {
    if (this.closed) throw new Error('transport is closed');
    const copy = structuredClone(message);
    const peer = this.peer!;
    queueMicrotask(() => peer.deliver(copy));
  }

  onMessage(listener: (message: unknown) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onClose(listener: () => void): () => void {
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  close(): void {
    if (this.closed) return;
    this.markClosed();
    this.peer?.markClosed();
  }

  private deliver(message: unknown): void {
    if (this.closed) return;
    for (const l of [...this.listeners]) l(message);
  }

  private markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    for (const l of [...this.closeListeners]) l();
  }
}

export function createInMemoryPair(): [Transport, Transport] {
  const a = new Endpoint();
  const b = new Endpoint();
  a.peer = b;
  b.peer = a;
  return [a, b];
}
