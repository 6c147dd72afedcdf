/**
 * `layerloom serve`'s HTTP server: the built renderer and a WebSocket to the engine, on 127.0.0.1
 * only. Every request and upgrade must carry the token (query or cookie) and an allowed Host header;
 * WebSocket upgrades also an allowed Origin. Refusals carry no data: a browser opening the page without its
 * key (or with an old one) gets a short page saying where the full address is (refusalPage.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { webSocketTransport, type WebSocketLike } from '../protocol';
import type { EngineHost } from './engineHost';
import { authorize, isAllowedHost, isAllowedOrigin, newToken, securityHeaders, tokenCookieName } from './security';
import { refusalPage } from './refusalPage';
import { readStaticFile } from './staticFiles';

export const WEBSOCKET_PATH = '/ws';
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

export interface AppServerOptions {
  readonly engine: EngineHost;
  /** The built renderer (dist/renderer). */
  readonly rendererDir: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly token?: string;
  /** Served at "/" when the renderer has not been built. */
  readonly missingBuildPage?: string;
}

export interface RunningAppServer {
  readonly port: number;
  readonly token: string;
  /** The URL to open: http://127.0.0.1:PORT/?token=… */
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

const STATUS_TEXT: Readonly<Record<number, string>> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed' };

export async function startAppServer(options: AppServerOptions): Promise<RunningAppServer> {
  const token = options.token ?? newToken();
  const server = createServer();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    // 127.0.0.1 only: never 0.0.0.0, never "localhost" (which may resolve to ::1 or more).
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const headers = securityHeaders(port);

  const refuse = (res: ServerResponse, status: number, page = false): void => {
    if (page && (status === 401 || status === 403)) {
      res.writeHead(status, { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(refusalPage(status));
      return;
    }
    res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(`${status} ${STATUS_TEXT[status] ?? ''}\n`);
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void handleRequest(req, res).catch(() => {
      if (!res.headersSent) refuse(res, 400);
      else res.destroy();
    });
  });

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) return refuse(res, 403);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const auth = authorize(url, req.headers.cookie, token, port);
    // A person opening the app's address without its key gets a page saying what to do; anything else a bare status.
    const wantsPage = url.pathname === '/' || url.pathname === '/index.html' || /\btext\/html\b/.test(req.headers.accept ?? '');
    if (!auth.ok) return refuse(res, auth.status, wantsPage && req.method === 'GET');
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405);
    const file = await readStaticFile(options.rendererDir, url.pathname);
    const isIndex = url.pathname === '/' || url.pathname === '/index.html';
    const body = file?.body ?? (isIndex && options.missingBuildPage !== undefined ? Buffer.from(options.missingBuildPage) : null);
    if (!body) return refuse(res, 404);
    const type = file?.type ?? 'text/html; charset=utf-8';
    const out: Record<string, string> = { ...headers, 'Content-Type': type, 'Content-Length': String(body.length), 'Cache-Control': type.startsWith('text/html') ? 'no-store' : 'no-cache' };
    // After the first authorised load the cookie authorises asset requests and the WebSocket.
    if (auth.viaQuery) out['Set-Cookie'] = `${tokenCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
    res.writeHead(200, out);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const reject = (status: number): void => {
      socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      socket.destroy();
    };
    if (!isAllowedHost(req.headers.host, port)) return reject(403);
    if (!isAllowedOrigin(req.headers.origin, port)) return reject(403);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const auth = authorize(url, req.headers.cookie, token, port);
    if (!auth.ok) return reject(auth.status);
    if (url.pathname !== WEBSOCKET_PATH) return reject(404);
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('error', () => ws.terminate());
      options.engine.connect(webSocketTransport(ws as unknown as WebSocketLike));
    });
  });

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    server,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
