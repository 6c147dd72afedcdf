/** Terminal output (issue 13, item 5): control characters never reach a terminal raw; a repeated log line is counted, not repeated. */
import { describe, expect, it } from 'vitest';
import { repeatLimitedLog } from '../../src/log/repeatLimitedLog';
import { terminalSafe } from '../../src/log/terminalText';

describe('terminalSafe', () => {
  it('shows escapes, carriage returns, bell, C1 controls and bidi overrides escaped; keeps text, and newlines when asked', () => {
    expect(terminalSafe('cats\x1b[2J\x1b]0;pwned\x07\r')).toBe('cats\\x1b[2J\\x1b]0;pwned\\x07\\x0d');
    expect(terminalSafe('a\u202eb\u2066c\x9bd')).toBe('a\\u202eb\\u2066c\\x9bd');
    expect(terminalSafe('line 1\nline 2\tx')).toBe('line 1\\x0aline 2\\x09x');
    expect(terminalSafe('line 1\nline 2\tx', { keepNewlines: true })).toBe('line 1\nline 2\tx');
    expect(terminalSafe('猫 / chat — ok')).toBe('猫 / chat — ok');
  });
});

describe('repeatLimitedLog', () => {
  it('prints a line at most 3 times a minute, then once how many more came; other lines pass', () => {
    let t = 0;
    const out: string[] = [];
    const pending: (() => void)[] = [];
    const log = repeatLimitedLog((l) => out.push(l), { now: () => t, schedule: (fn) => pending.push(fn) });
    for (let i = 0; i < 1640; i++) log('rejected a malformed message: expected object');
    log('another line');
    expect(out).toEqual(['rejected a malformed message: expected object', 'rejected a malformed message: expected object', 'rejected a malformed message: expected object', 'another line']);
    t = 60_000;
    pending.splice(0).forEach((f) => f());
    expect(out.at(-1)).toBe('rejected a malformed message: expected object (repeated 1637 more times in 60 s)');
    log('rejected a malformed message: expected object');
    expect(out.at(-1)).toBe('rejected a malformed message: expected object');
  });

  it('escapes control characters in what it prints', () => {
    const out: string[] = [];
    repeatLimitedLog((l) => out.push(l))('bad client \x1b[31mred\x1b[0m');
    expect(out).toEqual(['bad client \\x1b[31mred\\x1b[0m']);
  });
});

describe('what the command line prints', () => {
  it('layerloom summary shows a project name with escapes escaped', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { newProject, serializeProject } = await import('../../src/graph/projectFile');
    const { getTemplate } = await import('../../src/graph/templates/index');
    const file = join(mkdtempSync(join(tmpdir(), 'layerloom-term-')), 'net.layerloom.json');
    writeFileSync(file, serializeProject(newProject(getTemplate('lenet5')!.build({}), { name: 'cats\x1b[2J\x1b]0;pwned\x07\u202e' })));
    const r = spawnSync(process.execPath, [join(import.meta.dirname, '..', '..', 'bin', 'layerloom.js'), 'summary', file], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Model: "cats\\x1b[2J\\x1b]0;pwned\\x07\\u202e"');
    expect(r.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f\u202e]/);
  }, 60_000);

  it('layerloom train\'s human output escapes paths and names from the user\'s files', async () => {
    const { humanOutput } = await import('../../src/cli/trainOutput');
    const text: string[] = [];
    const stream = { isTTY: false, columns: 80, write: (s: string) => text.push(s) };
    humanOutput({ out: stream, err: stream })({ type: 'cancelled', sessionId: 's', epoch: 1, runDir: '/runs/\x1b[31mred\x1b[0m' });
    expect(text.join('')).toBe('stopped after 1 epoch(s); the last checkpoint is in /runs/\\x1b[31mred\\x1b[0m\n');
  });
});
