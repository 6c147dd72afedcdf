/** `npm start`'s hint when it falls back to the browser UI names what is actually missing. */
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types
import { findElectron } from '../../bin/findElectron.js';

type Found = { path: string } | { missing: string };
const missingMessage = (r: Found) => ('missing' in r ? r.missing : '');

function io(has: { pkg: boolean; binary: boolean }, env: Record<string, string> = {}) {
  return {
    range: '^41.7.1',
    env,
    exists: (p: string) => p === '/opt/electron/electron' || (has.binary && p === '/nm/electron/dist/electron'),
    require: (id: string) => {
      if (!has.pkg) throw Object.assign(new Error(`Cannot find module '${id}'`), { code: 'MODULE_NOT_FOUND' });
      if (id === 'electron/package.json') return { version: '41.7.1' };
      if (!has.binary) throw new Error('Electron failed to install correctly, please delete node_modules/electron and try installing again');
      return '/nm/electron/dist/electron';
    },
  };
}

describe('findElectron', () => {
  it('no electron package at all: says to install it, not to run its install script', () => {
    const hint = missingMessage(findElectron(io({ pkg: false, binary: false })));
    expect(hint).toContain('the electron package is not installed');
    expect(hint).toContain('npm install --no-save electron@^41.7.1');
    expect(hint).not.toContain('install.js');
  });

  it('the package without its binary: says to run its install script', () => {
    const hint = missingMessage(findElectron(io({ pkg: true, binary: false })));
    expect(hint).toContain('node_modules/electron has no binary');
    expect(hint).toContain('node node_modules/electron/install.js');
  });

  it('an override that points nowhere says so', () => {
    expect(missingMessage(findElectron(io({ pkg: true, binary: true }, { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' })))).toContain('"/nowhere", which does not exist');
  });

  it('finds the binary when it is there', () => {
    expect(findElectron(io({ pkg: true, binary: true }))).toEqual({ path: '/nm/electron/dist/electron' });
  });
});
