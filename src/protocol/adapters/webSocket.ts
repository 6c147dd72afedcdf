/**
 * A transport over a WebSocket: the browser's `WebSocket` (renderer) or the `ws` package's (serve),
 * which share this event-target API. Messages travel as JSON text; sends wait for the socket to open.
 */
import type { Transport } from '../transport';

/** The part of the WebSocket API both implementations share. */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'close' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

const CONNECTING = 0;
const OPEN = 1;

export function webSocketTransport(socket: WebSocketLike): Transport {
  const listeners = new Set<(message: unknown) => void>();
  const closeListeners = new Set<() => void>();
  const queue: string[] = [];
  let closed = false;

  socket.addEventListener('open', () => {
    for (const text of queue.splice(0)) socket.send(text);
  });
  socket.addEventListener('message', (event) => {
    const { data } = event;
    let message: unknown = data;
    if (typeof data === 'string') {
      try {
        message = JSON.parse(data);
      } catch {
        message = data; // handed on as is: the RPC layer rejects it as malformed
      }
    }
    for (const l of [...listeners]) l(message);
  });
  // A protocol error (bad frame, oversized message) is followed by 'close'; without a listener the
  // `ws` package would throw it and take the server down.
  socket.addEventListener('error', () => undefined);
  socket.addEventListener('close', () => {
    if (closed) return;
    closed = true;
    for (const l of [...closeListeners]) l();
  });

  return {
    send(message) {
      if (closed || socket.readyState > OPEN) throw new Error('the WebSocket is closed');
      const text = JSON.stringify(message);
      if (socket.readyState === CONNECTING) queue.push(text);
      else socket.send(text);
    },
    onMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onClose(listener) {
      closeListeners.add(listener);
      return () => closeListeners.delete(listener);
    },
    close() {
      socket.close(1000, 'closed');
    },
  };
}
