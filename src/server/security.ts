/**
 * The rules that keep `layerloom serve` private to the person who started it: a random token on every
 * request (query parameter or cookie, compared in constant time), a Host allow-list against DNS
 * rebinding, an Origin check on WebSockets, and strict response headers.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Constant-time comparison (both sides hashed first, so lengths never leak either). */
export function tokensEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Cookies are not separated by port, so each server's cookie carries its port in its name. */
export function tokenCookieName(port: number): string {
  return `layerloom_token_${port}`;
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name && !out.has(name)) out.set(name, part.slice(eq + 1).trim());
  }
  return out;
}

export type AuthResult =
  | { readonly ok: true; readonly viaQuery: boolean }
  | { readonly ok: false; readonly status: 401 | 403; readonly reason: string };

/** 401 when no token came, 403 when a wrong one did. A query token wins over a cookie. */
export function authorize(url: URL, cookieHeader: string | undefined, token: string, port: number): AuthResult {
  const fromQuery = url.searchParams.get('token');
  const fromCookie = parseCookies(cookieHeader).get(tokenCookieName(port));
  const given = fromQuery ?? fromCookie;
  if (given === undefined || given === '') return { ok: false, status: 401, reason: 'a token is required: open the URL printed by `layerloom serve`' };
  if (!tokensEqual(given, token)) return { ok: false, status: 403, reason: 'wrong token' };
  return { ok: true, viaQuery: fromQuery !== null };
}

export function allowedHosts(port: number): ReadonlySet<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).has(host.toLowerCase());
}

/** Browsers always send Origin on a WebSocket; a non-browser client (CLI, tests) may omit it. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function contentSecurityPolicy(port: number): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src 'self' ws://127.0.0.1:${port} ws://localhost:${port}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Sent on every response, authorised or not. No CORS headers, ever. */
export function securityHeaders(port: number): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(port),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
