/**
 * Serves the built renderer (dist/renderer) from layerloom://app/ — a privileged standard scheme, so the
 * page has a real origin, and never file://, which would open the whole disk to it.
 */
import { protocol } from 'electron';
import { missingBuildPage } from '../../src/server/rendererBuild';
import { readStaticFile } from '../../src/server/staticFiles';
import { APP_HOST, APP_SCHEME, contentSecurityPolicy } from './constants';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const headers = { 'Content-Security-Policy': contentSecurityPolicy(), 'X-Content-Type-Options': 'nosniff' };
    if (url.host !== APP_HOST || request.method !== 'GET') return new Response('not found', { status: 404, headers });
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file && (url.pathname === '/' || url.pathname === '/index.html')) {
      return new Response(missingBuildPage(`there is no ${rendererDir}/index.html`), { status: 200, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } });
    }
    if (!file) return new Response('not found', { status: 404, headers });
    return new Response(new Uint8Array(file.body), { status: 200, headers: { ...headers, 'Content-Type': file.type } });
  });
}
