/**
 * Answers requests arriving over a transport. Every incoming message is validated (envelope, then the
 * method's params); anything malformed gets an error response and never reaches a handler or throws.
 */
import type { z } from 'zod';
import { isEventName, isMethodName, methods, events, type EventName, type EventPayload, type MethodName, type Params, type ResultIn } from './api';
import { clientMessageSchema, describeZodError, type RequestMessage, type ResponseMessage } from './messages';
import { codedTextOf, RpcError } from './rpcError';
import type { Transport } from './transport';

export interface HandlerContext {
  /** Aborted when the caller cancels the request or the connection closes. */
  readonly signal: AbortSignal;
  /** Sends an event to this connection (dropped silently once it has closed). */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export type Handler<M extends MethodName> = (params: Params<M>, ctx: HandlerContext) => ResultIn<M> | Promise<ResultIn<M>>;
export type HandlerTable = { readonly [M in MethodName]?: Handler<M> };
export type HandlerLookup = <M extends MethodName>(method: M) => Handler<M> | undefined;

export interface RpcServerOptions {
  /** Called for problems worth logging (malformed messages, handler crashes); never for normal errors. */
  readonly log?: (message: string) => void;
}

function idOf(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : null;
}

export class RpcServer {
  private readonly inFlight = new Map<number, AbortController>();
  private readonly unsubscribe: Array<() => void> = [];
  private closed = false;
  private readonly lookup: HandlerLookup;

  constructor(private readonly transport: Transport, handlers: HandlerTable | HandlerLookup, private readonly options: RpcServerOptions = {}) {
    this.lookup = typeof handlers === 'function' ? handlers : (<M extends MethodName>(m: M) => handlers[m] as Handler<M> | undefined);
    this.unsubscribe.push(transport.onMessage((message) => this.receive(message)));
    if (transport.onClose) this.unsubscribe.push(transport.onClose(() => this.dispose()));
  }

  /** Sends an event after checking its payload (a payload that breaks its schema is a bug here, so it throws). */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    if (this.closed) return;
    if (!isEventName(event)) throw new Error(`unknown event "${String(event)}"`);
    const parsed = (events[event] as z.ZodType).safeParse(payload);
    if (!parsed.success) throw new Error(`event ${event}: ${describeZodError(parsed.error, 'payload').message}`);
    this.send({ type: 'event', event, payload: parsed.data });
  }

  dispose(): void {
    if (this.closed) return;
    this.closed = true;
    for (const off of this.unsubscribe) off();
    for (const controller of this.inFlight.values()) controller.abort();
    this.inFlight.clear();
  }

  /** Sends a message; false when the transport could not (it is logged). */
  private send(message: ResponseMessage | { type: 'event'; event: string; payload: unknown }): boolean {
    if (this.closed) return false;
    try {
      this.transport.send(message);
      return true;
    } catch (err) {
      this.options.log?.(`could not send a message: ${(err as Error).message}`);
      return false;
    }
  }

  private fail(id: number | null, error: RpcError): void {
    this.send({ type: 'response', id, ok: false, error: error.toData() });
  }

  private receive(raw: unknown): void {
    if (this.closed) return;
    const parsed = clientMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const { message, field } = describeZodError(parsed.error);
      this.options.log?.(`rejected a malformed message: ${message}`);
      this.fail(idOf(raw), new RpcError('bad-message', `malformed message: ${message}`, field));
      return;
    }
    const msg = parsed.data;
    if (msg.type === 'cancel') {
      const controller = this.inFlight.get(msg.id);
      if (controller) {
        this.inFlight.delete(msg.id);
        controller.abort();
        this.fail(msg.id, new RpcError('cancelled', 'the request was cancelled'));
      }
      return;
    }
    if (this.inFlight.has(msg.id)) {
      this.fail(msg.id, new RpcError('bad-message', `request id ${msg.id} is already in use`));
      return;
    }
    void this.handle(msg);
  }

  private async handle(msg: RequestMessage): Promise<void> {
    const { id, method } = msg;
    if (!isMethodName(method)) {
      this.fail(id, new RpcError('unknown-method', `unknown method "${method}"`));
      return;
    }
    const spec = methods[method];
    const params = spec.params.safeParse(msg.params ?? {});
    if (!params.success) {
      const { message, field } = describeZodError(params.error, 'params');
      this.fail(id, new RpcError('invalid-params', `${method}: ${message}`, field));
      return;
    }
    const handler = this.lookup(method);
    if (!handler) {
      this.fail(id, new RpcError('not-available', `"${method}" is not available yet in this engine (no handler is registered for it)`));
      return;
    }
    const controller = new AbortController();
    this.inFlight.set(id, controller);
    const ctx: HandlerContext = { signal: controller.signal, emit: (event, payload) => this.emit(event, payload) };
    let response: ResponseMessage;
    try {
      const value = await (handler as Handler<MethodName>)(params.data as never, ctx);
      const result = (spec.result as z.ZodType).safeParse(value);
      if (result.success) {
        response = { type: 'response', id, ok: true, result: result.data };
      } else {
        const { message } = describeZodError(result.error, 'result');
        this.options.log?.(`${method} returned an invalid result: ${message}`);
        response = { type: 'response', id, ok: false, error: { code: 'internal', message: `${method} returned an invalid result: ${message}` } };
      }
    } catch (err) {
      // An error with a coded text (a missing folder, an unreadable image) is the user's to fix: it goes back
      // to the UI, which says it in the user's language; only the unexpected ones are logged with their stack.
      const text = codedTextOf(err);
      const error = err instanceof RpcError ? err : new RpcError('failed', err instanceof Error ? err.message : String(err), undefined, text);
      if (!(err instanceof RpcError) && !text) this.options.log?.(`${method} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      response = { type: 'response', id, ok: false, error: error.toData() };
    }
    // A cancelled request has had its answer already.
    if (this.inFlight.get(id) !== controller) return;
    this.inFlight.delete(id);
    // An answer the transport cannot carry (too deeply nested to serialise, say) still gets an answer.
    if (!this.send(response) && response.ok) {
      this.send({ type: 'response', id, ok: false, error: { code: 'internal', message: `${method}: the answer could not be sent (it could not be serialised)` } });
    }
  }
}
