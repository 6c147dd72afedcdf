/**
 * A transport over a Node-style message port: Electron's `MessagePortMain` (main ↔ engine) and
 * `process.parentPort` inside a `utilityProcess`. Written against their shared shape, so the core
 * never imports Electron.
 */
import type { Transport } from '../transport';

export interface MessagePortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  removeListener(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
  on(event: 'close', listener: () => void): unknown;
  removeListener(event: 'close', listener: () => void): unknown;
  start?(): void;
  close?(): void;
}

export function messagePortTransport(port: MessagePortLike): Transport {
  const transport: Transport = {
    send: (message) => port.postMessage(message),
    onMessage(listener) {
      const l = (event: { data: unknown }): void => listener(event.data);
      port.on('message', l);
      return () => port.removeListener('message', l);
    },
    onClose(listener) {
      port.on('close', listener);
      return () => port.removeListener('close', listener);
    },
    close: () => port.close?.(),
  };
  port.start?.();
  return transport;
}
