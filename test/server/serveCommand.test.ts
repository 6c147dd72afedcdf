import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';

describe('layerloom serve (the command)', () => {
  it('prints the URL with its token, answers with it, refuses without it, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['bin/layerloom.js', 'serve', '--port', '0', '--no-open', '--no-build'], {
      env: { ...process.env, LAYERLOOM_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'layerloom-cfg-')) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 30_000);
      child.stdout.on('data', () => {
        const m = /LayerLoom is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out);
        if (m) { clearTimeout(timer); resolve(m[1]); }
      });
    });
    try {
      expect((await fetch(url)).status).toBe(200);
      expect((await fetch(url.replace(/\?token=.*/, ''))).status).toBe(401);
      // A client repeating one bad message: serve's terminal says it a few times and counts the rest
      // (1,640 identical lines before).
      const u = new URL(url);
      const ws = new WebSocket(`ws://${u.host}/ws?token=${u.searchParams.get('token')}`, { origin: u.origin });
      await new Promise((r, j) => { ws.once('open', r); ws.once('error', j); });
      for (let i = 0; i < 500; i++) ws.send(JSON.stringify({ type: 'request', id: i, method: 'nope\u001b[2J' }));
      const answers = await new Promise<number>((resolve) => {
        let n = 0;
        ws.on('message', () => { if (++n === 500) resolve(n); });
      });
      ws.close();
      expect(answers).toBe(500);
      const lines = err.split('\n').filter((l) => l.includes('malformed'));
      expect(lines.length, err).toBeGreaterThan(0);
      expect(lines.length, err).toBeLessThanOrEqual(3);
      expect(err).not.toContain('\u001b');
    } finally {
      const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });

  it('rejects a bad port with exit code 2', async () => {
    const child = spawn(process.execPath, ['bin/layerloom.js', 'serve', '--port', 'abc'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    expect(code).toBe(2);
    expect(err).toMatch(/--port must be a whole number/);
  });
});
