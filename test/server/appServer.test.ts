import { request as httpRequest } from 'node:http';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { newProject } from '../../src/graph/projectFile';
import { RpcClient, webSocketTransport, type WebSocketLike } from '../../src/protocol';
import { startAppServer, type RunningAppServer } from '../../src/server/appServer';
import { EngineHost } from '../../src/server/engineHost';

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: string }

function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens a WebSocket and reports how the upgrade went: 'open' or the HTTP status of the refusal. */
function tryWebSocket(url: string, headers: Record<string, string> = {}): Promise<{ outcome: 'open' | number; ws: WebSocket }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.on('open', () => resolve({ outcome: 'open', ws }));
    ws.on('unexpected-response', (_req, res) => resolve({ outcome: res.statusCode!, ws }));
    ws.on('error', () => resolve({ outcome: -1, ws }));
  });
}

let server: RunningAppServer;
let engine: EngineHost;
let dir: string;
const INDEX = '<!doctype html><title>LayerLoom test page</title><script type="module" src="/assets/app.js"></script>';
const ASSET = 'console.log("secret renderer code")';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'layerloom-serve-'));
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), INDEX);
  writeFileSync(join(root, 'assets', 'app.js'), ASSET);
  writeFileSync(join(dir, 'outside.txt'), 'outside the root');
  engine = new EngineHost({ host: 'serve', configDir: join(dir, 'config') });
  server = await startAppServer({ engine, rendererDir: root, port: 0 });
});

afterAll(async () => {
  await server?.close();
});

describe('layerloom serve: access control', () => {
  it('prints a URL on 127.0.0.1 with a 32-character base64url token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
  });

  it('is bound to 127.0.0.1 only', async () => {
    const address = server.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    const external = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return; // no other interface on this machine to try
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: external.address, port: server.port });
      socket.on('connect', () => { socket.destroy(); resolve(false); });
      socket.on('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });

  it.each(['/', '/index.html', '/assets/app.js', '/nope.js'])('%s without a token: 401, no data', async (path) => {
    const r = await get(server.port, path);
    expect(r.status).toBe(401);
    expect(r.body).not.toContain('LayerLoom test page');
    expect(r.body).not.toContain('secret');
    expect(r.headers['set-cookie']).toBeUndefined();
  });

  it('a browser opening the page without the token gets a page saying where the full address is (en and zh), still 401 and no data', async () => {
    const r = await get(server.port, '/', { Accept: 'text/html,application/xhtml+xml' });
    expect(r.status).toBe(401);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.body).toContain('LayerLoom needs the full address');
    expect(r.body).toContain('?token=…');
    expect(r.body).toContain('需要完整地址');
    expect(r.body).not.toMatch(/LayerLoom test page|secret|<script/);
    expect(r.body).not.toContain(server.token);
    // An old key: 403 with its own explanation; an asset or a script's request: a bare status.
    const old = await get(server.port, `/?token=${'A'.repeat(32)}`, { Accept: 'text/html' });
    expect(old.status).toBe(403);
    expect(old.body).toContain('did not recognise this key');
    const asset = await get(server.port, '/assets/app.js');
    expect(asset.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(asset.body).toBe('401 Unauthorized\n');
  });

  it.each(['/', '/assets/app.js'])('%s with a wrong token (query or cookie): 403, no data', async (path) => {
    const q = await get(server.port, `${path}?token=${'A'.repeat(32)}`);
    expect(q.status).toBe(403);
    expect(q.body).not.toMatch(/LayerLoom test page|secret/);
    const c = await get(server.port, path, { Cookie: `layerloom_token_${server.port}=wrong` });
    expect(c.status).toBe(403);
  });

  it('the page and an asset with the token: 200, and the page sets the cookie that authorises later requests', async () => {
    const page = await get(server.port, `/?token=${server.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toBe(INDEX);
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^layerloom_token_${server.port}=${server.token}; Path=/; HttpOnly; SameSite=Strict`));
    const asset = await get(server.port, '/assets/app.js', { Cookie: cookie.split(';')[0] });
    expect(asset.status).toBe(200);
    expect(asset.body).toBe(ASSET);
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('sends a strict CSP, nosniff and no CORS headers', async () => {
    for (const r of [await get(server.port, `/?token=${server.token}`), await get(server.port, '/')]) {
      expect(r.headers['content-security-policy']).toBe(
        `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; `
        + `connect-src 'self' ws://127.0.0.1:${server.port} ws://localhost:${server.port}; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      );
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
    const preflight = await get(server.port, `/?token=${server.token}`, { Origin: 'http://evil.example' }, 'OPTIONS');
    expect(preflight.status).toBe(405);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('accepts Host localhost:PORT, refuses any other Host (DNS rebinding) even with the token', async () => {
    expect((await get(server.port, `/?token=${server.token}`, { Host: `localhost:${server.port}` })).status).toBe(200);
    for (const host of [`evil.example:${server.port}`, 'evil.example', `127.0.0.1:${server.port + 1}`, `127.0.0.1`]) {
      const r = await get(server.port, `/?token=${server.token}`, { Host: host });
      expect(r.status, host).toBe(403);
      expect(r.body).not.toContain('LayerLoom test page');
    }
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../outside.txt', '/%2e%2e/outside.txt', '/assets/%2e%2e/%2e%2e/outside.txt', '/..%2foutside.txt', '/%00']) {
      const r = await get(server.port, `${path}${path.includes('?') ? '&' : '?'}token=${server.token}`);
      expect(r.status, path).toBe(404);
      expect(r.body).not.toContain('outside the root');
    }
  });

  it('refuses POST', async () => {
    expect((await get(server.port, `/?token=${server.token}`, {}, 'POST')).status).toBe(405);
  });
});

describe('layerloom serve: the WebSocket', () => {
  const wsUrl = (query: string) => `ws://127.0.0.1:${server.port}/ws${query}`;

  it('refuses an upgrade without a token (401) or with a wrong one (403)', async () => {
    expect((await tryWebSocket(wsUrl(''))).outcome).toBe(401);
    expect((await tryWebSocket(wsUrl(`?token=${'x'.repeat(32)}`))).outcome).toBe(403);
    expect((await tryWebSocket(wsUrl(''), { Cookie: `layerloom_token_${server.port}=nope` })).outcome).toBe(403);
  });

  it('refuses a foreign Origin or Host even with the token', async () => {
    expect((await tryWebSocket(wsUrl(`?token=${server.token}`), { Origin: 'http://evil.example' })).outcome).toBe(403);
    expect((await tryWebSocket(wsUrl(`?token=${server.token}`), { Origin: `http://127.0.0.1:${server.port + 1}` })).outcome).toBe(403);
    expect((await tryWebSocket(wsUrl(`?token=${server.token}`), { Host: `evil.example:${server.port}` })).outcome).toBe(403);
  });

  it('accepts the token by cookie and with the page\'s own Origin', async () => {
    const { outcome, ws } = await tryWebSocket(wsUrl(''), { Cookie: `layerloom_token_${server.port}=${server.token}`, Origin: `http://localhost:${server.port}` });
    expect(outcome).toBe('open');
    ws.close();
  });

  it('round-trips requests over the WebSocket, and malformed frames get an error, not a crash', async () => {
    const { outcome, ws } = await tryWebSocket(wsUrl(`?token=${server.token}`));
    expect(outcome).toBe('open');
    const replies: unknown[] = [];
    ws.on('message', (data) => replies.push(JSON.parse(String(data))));
    const client = new RpcClient(webSocketTransport(ws as unknown as WebSocketLike));
    await expect(client.request('ping')).resolves.toMatchObject({ pong: true });
    await expect(client.request('version')).resolves.toMatchObject({ protocol: 1, host: 'serve' });
    const path = join(dir, 'ws.layerloom.json');
    const project = newProject({ nodes: [{ id: 'input_1', kind: 'input', params: { height: 28 }, position: { x: 1, y: 2 } }], edges: [] }, { name: 'over the wire' });
    await client.request('project.write', { path, project });
    const read = await client.request('project.read', { path });
    expect(read.project).toEqual(project);
    await expect(client.request('dialog.open')).rejects.toMatchObject({ code: 'unavailable' });
    ws.send('this is not JSON');
    ws.send(JSON.stringify({ type: 'request', id: 77, method: 'ping', params: { extra: 1 } }));
    await expect(client.request('ping')).resolves.toMatchObject({ pong: true });
    expect(replies).toEqual(expect.arrayContaining([
      expect.objectContaining({ id: null, ok: false, error: expect.objectContaining({ code: 'bad-message' }) }),
      expect.objectContaining({ id: 77, ok: false, error: expect.objectContaining({ code: 'invalid-params' }) }),
    ]));
    client.dispose();
    ws.close();
  });
});

describe('layerloom serve: robustness', () => {
  it('survives a broken WebSocket frame and an oversized one, and keeps serving', async () => {
    const { Socket } = await import('node:net');
    const broken = await new Promise<string>((resolve) => {
      const s = new Socket();
      let got = '';
      s.connect(server.port, '127.0.0.1', () => {
        s.write([
          `GET /ws?token=${server.token} HTTP/1.1`, `Host: 127.0.0.1:${server.port}`, 'Upgrade: websocket', 'Connection: Upgrade',
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==', 'Sec-WebSocket-Version: 13', '', '',
        ].join('\r\n'));
      });
      s.on('data', (d) => {
        got += d.toString('latin1');
        // After the handshake, a masked frame with the reserved opcode 3.
        if (got.includes('101 Switching Protocols') && !got.includes('sent')) { got += 'sent'; s.write(Buffer.from([0x83, 0x80, 1, 2, 3, 4])); }
      });
      s.on('close', () => resolve(got));
      s.on('error', () => resolve(got));
    });
    expect(broken).toContain('101 Switching Protocols');
    const { outcome, ws } = await tryWebSocket(`ws://127.0.0.1:${server.port}/ws?token=${server.token}`);
    expect(outcome).toBe('open');
    const client = new RpcClient(webSocketTransport(ws as unknown as WebSocketLike));
    await expect(client.request('ping')).resolves.toMatchObject({ pong: true });
    ws.close();
  });
});
