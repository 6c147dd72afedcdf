/**
 * The four envelopes that cross a transport: request and cancel (UI → engine), response and event
 * (engine → UI). Payloads are checked separately, per method and per event (see api.ts).
 */
import { z } from 'zod';

export const requestIdSchema = z.number().int().nonnegative();

export const ERROR_CODES = [
  'bad-message', // the envelope itself is malformed
  'unknown-method', // no such method in the API table
  'invalid-params', // params do not match the method's schema
  'not-available', // the method exists but this engine has no handler for it (yet)
  'unavailable', // the method cannot work in this host (e.g. native dialogs in the browser UI)
  'cancelled', // the caller cancelled the request
  'invalid-project', // a project file failed validation; `field` names the field
  'not-found', // a file or folder does not exist
  'forbidden', // the path was not chosen by the user in this session (Electron's least-privilege file access)
  'failed', // the handler threw
  'internal', // the handler returned something that does not match its result schema
  'disconnected', // the transport closed before the answer came
  'invalid-result', // (client side) the answer did not match the method's result schema
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Engine text as a code with parameters (src/messages): the UI renders it in the user's language. */
export const codedTextSchema = z.object({
  code: z.string().min(1).max(100),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
}).strict();

export const rpcErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** For validation errors: the field at fault, e.g. "graph.nodes[2].kind". */
  field: z.string().optional(),
  /** The message as a code with parameters, when the handler's error carried one. */
  text: codedTextSchema.optional(),
}).strict();
export type RpcErrorData = z.infer<typeof rpcErrorSchema>;

export const requestSchema = z.object({
  type: z.literal('request'),
  id: requestIdSchema,
  method: z.string().min(1).max(100),
  params: z.unknown(),
}).strict();

export const cancelSchema = z.object({
  type: z.literal('cancel'),
  id: requestIdSchema,
}).strict();

export const responseSchema = z.discriminatedUnion('ok', [
  z.object({ type: z.literal('response'), id: requestIdSchema, ok: z.literal(true), result: z.unknown() }).strict(),
  // id is null when the request was too malformed to read its id.
  z.object({ type: z.literal('response'), id: requestIdSchema.nullable(), ok: z.literal(false), error: rpcErrorSchema }).strict(),
]);

export const eventSchema = z.object({
  type: z.literal('event'),
  event: z.string().min(1).max(100),
  payload: z.unknown(),
}).strict();

export const clientMessageSchema = z.discriminatedUnion('type', [requestSchema, cancelSchema]);
export const serverMessageSchema = z.union([responseSchema, eventSchema]);

export type RequestMessage = z.infer<typeof requestSchema>;
export type CancelMessage = z.infer<typeof cancelSchema>;
export type ResponseMessage = z.infer<typeof responseSchema>;
export type EventMessage = z.infer<typeof eventSchema>;
export type ClientMessage = z.infer<typeof clientMessageSchema>;
export type ServerMessage = z.infer<typeof serverMessageSchema>;

/** "params.path: Invalid input" from a zod error: the first issue, with the field it concerns. */
export function describeZodError(error: z.ZodError, prefix = ''): { message: string; field?: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'invalid' };
  const path = issue.path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    prefix,
  );
  return path ? { message: `${path}: ${issue.message}`, field: path } : { message: issue.message };
}
