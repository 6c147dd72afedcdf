/**
 * What every adapter provides (VS Code's IMessagePassingProtocol, reduced): send a message, hear
 * messages. Messages are plain JSON-compatible values; adapters that need text serialise them.
 */
export interface Transport {
  send(message: unknown): void;
  /** Registers a listener; returns a function that removes it. */
  onMessage(listener: (message: unknown) => void): () => void;
  /** Optional: told when the other end goes away (pending requests then fail with 'disconnected'). */
  onClose?(listener: () => void): () => void;
  close?(): void;
}
