/**
 * Calls the engine over a transport: typed requests (params and results checked against the API
 * table), cancellation through an AbortSignal, and typed event listeners.
 */
import type { z } from 'zod';
import { events, isEventName, isMethodName, methods, type EventName, type EventPayload, type MethodName, type ParamsIn, type Result } from './api';
import { describeZodError, serverMessageSchema } from './messages';
import { RpcError } from './rpcError';
import type { Transport } from './transport';

interface Pending {
  readonly method: MethodName;
  resolve(value: unknown): void;
  reject(error: RpcError): void;
}

export interface RequestOptions {
  readonly signal?: AbortSignal;
}

export interface RpcClientOptions {
  /** Told about messages from the other end that break the protocol (they are otherwise ignored). */
  readonly onProtocolError?: (message: string) => void;
}

type ParamsArg<M extends MethodName> = Record<string, never> extends ParamsIn<M> ? [params?: ParamsIn<M>, options?: RequestOptions] : [params: ParamsIn<M>, options?: RequestOptions];

export class RpcClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();
  private readonly unsubscribe: Array<() => void> = [];
  private closed = false;

  constructor(private readonly transport: Transport, private readonly options: RpcClientOptions = {}) {
    this.unsubscribe.push(transport.onMessage((message) => this.receive(message)));
    if (transport.onClose) this.unsubscribe.push(transport.onClose(() => this.dispose('the connection to the engine closed')));
  }

  request<M extends MethodName>(method: M, ...[params, options]: ParamsArg<M>): Promise<Result<M>> {
    if (this.closed) return Promise.reject(new RpcError('disconnected', 'the connection to the engine is closed'));
    if (!isMethodName(method)) return Promise.reject(new RpcError('unknown-method', `unknown method "${String(method)}"`));
    const checked = (methods[method].params as z.ZodType).safeParse(params ?? {});
    if (!checked.success) {
      const { message, field } = describeZodError(checked.error, 'params');
      return Promise.reject(new RpcError('invalid-params', `${method}: ${message}`, field));
    }
    const signal = options?.signal;
    if (signal?.aborted) return Promise.reject(new RpcError('cancelled', 'the request was cancelled'));
    const id = this.nextId++;
    return new Promise<Result<M>>((resolve, reject) => {
      const onAbort = (): void => {
        if (!this.pending.delete(id)) return;
        this.trySend({ type: 'cancel', id });
        reject(new RpcError('cancelled', 'the request was cancelled'));
      };
      const settle = <T>(fn: (v: T) => void) => (v: T): void => {
        signal?.removeEventListener('abort', onAbort);
        fn(v);
      };
      this.pending.set(id, { method, resolve: settle(resolve as (v: unknown) => void), reject: settle(reject) });
      signal?.addEventListener('abort', onAbort, { once: true });
      if (!this.trySend({ type: 'request', id, method, params: params ?? {} })) {
        this.pending.delete(id);
        signal?.removeEventListener('abort', onAbort);
        reject(new RpcError('disconnected', 'could not reach the engine'));
      }
    });
  }

  /** Listens to an event; returns a function that stops listening. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    const l = listener as (payload: unknown) => void;
    set.add(l);
    return () => set.delete(l);
  }

  dispose(reason = 'the client was closed'): void {
    if (this.closed) return;
    this.closed = true;
    for (const off of this.unsubscribe) off();
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(new RpcError('disconnected', reason));
    this.listeners.clear();
  }

  private trySend(message: unknown): boolean {
    try {
      this.transport.send(message);
      return true;
    } catch {
      return false;
    }
  }

  private protocolError(message: string): void {
    this.options.onProtocolError?.(message);
  }

  private receive(raw: unknown): void {
    const parsed = serverMessageSchema.safeParse(raw);
    if (!parsed.success) {
      this.protocolError(`ignored a malformed message: ${describeZodError(parsed.error).message}`);
      return;
    }
    const msg = parsed.data;
    if (msg.type === 'event') {
      if (!isEventName(msg.event)) return this.protocolError(`ignored unknown event "${msg.event}"`);
      const payload = (events[msg.event] as z.ZodType).safeParse(msg.payload);
      if (!payload.success) return this.protocolError(`ignored event ${msg.event}: ${describeZodError(payload.error, 'payload').message}`);
      for (const listener of [...(this.listeners.get(msg.event) ?? [])]) {
        try {
          listener(payload.data);
        } catch (err) {
          this.protocolError(`a listener for ${msg.event} threw: ${(err as Error).message}`);
        }
      }
      return;
    }
    if (msg.id === null) {
      if (!msg.ok) this.protocolError(`the engine rejected a message: ${msg.error.message}`);
      return;
    }
    const pending = this.pending.get(msg.id);
    if (!pending) return; // cancelled, or not ours
    this.pending.delete(msg.id);
    if (!msg.ok) {
      pending.reject(RpcError.from(msg.error));
      return;
    }
    const result = (methods[pending.method].result as z.ZodType).safeParse(msg.result);
    if (result.success) pending.resolve(result.data);
    else pending.reject(new RpcError('invalid-result', `${pending.method}: the engine answered ${describeZodError(result.error, 'result').message}`));
  }
}
