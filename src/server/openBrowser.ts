/**
 * Opens the app in the default browser without putting its token on a command line (where any local
 * user reads it, in /proc/<pid>/cmdline or `ps`): the token URL goes into a small HTML file only this
 * user can read (0600, in a 0700 folder), and the browser is given that file — as Jupyter does with its
 * `jpserver-*-open.html`. Like Jupyter's, the file lives in the user's own folders (LayerLoom's config
 * folder), not /tmp: browsers packaged as snaps cannot read the system's /tmp. The file is removed once
 * the browser has had time to read it, and on exit. Failure is never fatal.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export function browserCommand(url: string, platform: NodeJS.Platform = process.platform): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]];
  // `start` is a cmd builtin; the empty string is the window title it expects first.
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]];
  return ['xdg-open', [url]];
}

const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The redirect page: a meta refresh, a script for browsers that block it, and a link. */
export function redirectPage(url: string): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${html(url)}"><title>LayerLoom</title></head>
<body><p>Opening LayerLoom… If nothing happens, <a href="${html(url)}">open LayerLoom</a>.</p>
<script>window.location.replace(${JSON.stringify(url).replace(/</g, '\\u003c')});</script></body></html>
`;
}

export interface RedirectFile {
  readonly path: string;
  remove(): void;
}

/** Writes the redirect page for `url` into a new folder only this user can open, inside `parent`. */
export function writeRedirectFile(url: string, parent = tmpdir()): RedirectFile {
  mkdirSync(parent, { recursive: true, mode: 0o700 });
  const dir = mkdtempSync(join(parent, 'layerloom-open-'));
  chmodSync(dir, 0o700);
  const path = join(dir, 'open.html');
  writeFileSync(path, redirectPage(url), { mode: 0o600 });
  const remove = () => rmSync(dir, { recursive: true, force: true });
  return { path, remove };
}

/** How long the redirect file stays for the browser to read it. */
export const REDIRECT_FILE_MS = 120_000;

/**
 * Resolves true if the opener started, false otherwise (no display, no xdg-open, …). The command line
 * holds a file:// URL, never the token.
 */
export function openBrowser(url: string, folder?: string): Promise<boolean> {
  let file: RedirectFile;
  try {
    file = writeRedirectFile(url, folder);
  } catch {
    return Promise.resolve(false);
  }
  const cleanup = () => file.remove();
  process.once('exit', cleanup);
  setTimeout(() => {
    process.off('exit', cleanup);
    cleanup();
  }, REDIRECT_FILE_MS).unref();
  const [cmd, args] = browserCommand(pathToFileURL(file.path).href);
  return new Promise((resolve) => {
    try {
      const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}
