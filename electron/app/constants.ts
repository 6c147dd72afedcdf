/** Names shared by main, preload and the engine process. No Electron imports: tests load this. */

/** The one IPC channel between renderer and main, both directions. */
export const IPC_CHANNEL = 'layerloom:message';

/**
 * Preload → main only: the paths of files and folders the user dropped onto the window (a trusted drop
 * event, read by the preload, never by the page), which the engine may then open.
 */
export const DROP_CHANNEL = 'layerloom:dropped';

/** The renderer is served from this privileged scheme (never file://). */
export const APP_SCHEME = 'layerloom';
export const APP_HOST = 'app';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The renderer's Content-Security-Policy (one literal, so scanners can parse it). */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function contentSecurityPolicy(): string {
  return CONTENT_SECURITY_POLICY;
}

/** True for URLs of our own app (layerloom://app/…); everything else is foreign. */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Web permissions our own page may use: writing (sanitised) text to the clipboard, for copying blocks.
 * Everything else — camera, microphone, notifications, reading the clipboard, … — is denied.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}
