/**
 * Electron fuses (issue 13, item 6): the packaged binary cannot be turned into a general Node
 * (ELECTRON_RUN_AS_NODE, NODE_OPTIONS, --inspect) and loads only its own, integrity-checked app.asar.
 * electron-builder flips them from electron-builder.yml's `electronFuses` before signing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const yml = readFileSync(join(import.meta.dirname, '..', '..', 'electron-builder.yml'), 'utf8');

/** The `electronFuses:` block's `key: value` lines (no YAML parser is installed; the block is flat). */
function fuses(): Record<string, string> {
  const lines = yml.split('\n');
  const start = lines.findIndex((l) => /^electronFuses:\s*$/.test(l));
  const out: Record<string, string> = {};
  if (start < 0) return out;
  for (const line of lines.slice(start + 1)) {
    const m = /^\s+(\w+):\s*(\S+)/.exec(line);
    if (!m) break;
    out[m[1]] = m[2];
  }
  return out;
}

describe('electron-builder.yml', () => {
  it('flips the fuses that turn off Node entry points and pin the app to its asar', () => {
    expect(fuses()).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      onlyLoadAppFromAsar: 'true',
      enableEmbeddedAsarIntegrityValidation: 'true',
      enableCookieEncryption: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });
});
