/** The engine protocol: one API table, one RPC client/server, thin transports. */
export { PROTOCOL_VERSION } from './version';
export * from './api';
export * from './messages';
export * from './trainSchemas';
export * from './engineSchemas';
export { RpcError } from './rpcError';
export { RpcClient, type RequestOptions, type RpcClientOptions } from './rpcClient';
export { RpcServer, type Handler, type HandlerContext, type HandlerLookup, type HandlerTable } from './rpcServer';
export type { Transport } from './transport';
export { createInMemoryPair } from './adapters/inMemory';
export { webSocketTransport, type WebSocketLike } from './adapters/webSocket';
export { messagePortTransport, type MessagePortLike } from './adapters/messagePort';
