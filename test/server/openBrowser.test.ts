/**
 * `layerloom serve` opens the browser without its token on any command line (issue 13, item 6): the
 * opener gets a file:// URL of a page only this user can read, which redirects to the token URL.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { redirectPage, writeRedirectFile } from '../../src/server/openBrowser';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'layerloom.js');

describe('opening the browser', () => {
  it('the redirect page is readable by this user only and sends the browser to the token URL', () => {
    const url = 'http://127.0.0.1:4321/?token=abc123';
    const file = writeRedirectFile(url);
    try {
      expect(statSync(file.path).mode & 0o777).toBe(0o600);
      expect(statSync(join(file.path, '..')).mode & 0o777).toBe(0o700);
      const page = readFileSync(file.path, 'utf8');
      expect(page).toContain('content="0;url=http://127.0.0.1:4321/?token=abc123"');
      expect(page).toContain('window.location.replace("http://127.0.0.1:4321/?token=abc123")');
    } finally {
      file.remove();
    }
    // A URL cannot break out of the attribute or the script.
    const page = redirectPage('http://x/?a=1&b="<script>alert(1)</script>');
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page).not.toContain('"<script');
  });

  it('serve runs the opener with a file:// URL, never the token', async () => {
    const fake = mkdtempSync(join(tmpdir(), 'layerloom-opener-'));
    const record = join(fake, 'opened.txt');
    // A stand-in for xdg-open / open: records its arguments and the page they point to.
    const script = `#!/bin/sh\nprintf '%s\\n' "$@" > "${record}.args"\ncat "$(printf '%s' "$1" | sed 's|^file://||')" > "${record}.page"\nmv "${record}.args" "${record}"\n`;
    for (const name of ['xdg-open', 'open']) {
      writeFileSync(join(fake, name), script);
      chmodSync(join(fake, name), 0o755);
    }
    const config = mkdtempSync(join(tmpdir(), 'layerloom-cfg-'));
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--no-build'], {
      env: { ...process.env, PATH: `${fake}:${process.env.PATH}`, LAYERLOOM_CONFIG_DIR: config },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    try {
      const token = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 60_000);
        child.stdout.on('data', () => {
          const m = /\?token=([\w-]+)/.exec(out);
          if (m) { clearTimeout(timer); resolve(m[1]); }
        });
      });
      let args = '';
      for (let i = 0; i < 300 && !args; i++) {
        await new Promise((r) => setTimeout(r, 100));
        try { args = readFileSync(record, 'utf8'); } catch { /* not yet */ }
      }
      expect(args).toMatch(/^file:\/\//);
      expect(args).not.toContain(token);
      const page = fileURLToPath(args.trim());
      expect(statSync(page).mode & 0o777).toBe(0o600);
      // In the user's own folders (a snap-packaged browser cannot read the system's /tmp).
      expect(page.startsWith(join(config, 'open'))).toBe(true);
      expect(readFileSync(`${record}.page`, 'utf8')).toContain(`?token=${token}`);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.on('exit', r));
    }
  });
});
