/** `npm run dist -- --check`: reports Electron's binary, electron-builder and the icon; says clearly what is missing. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

function electronInstalled(): boolean {
  try {
    createRequire(import.meta.url)('electron');
    return true;
  } catch {
    return false;
  }
}

describe('scripts/dist.js --check', () => {
  it('names what is missing and builds nothing, or passes when Electron is there', () => {
    const r = spawnSync(process.execPath, ['scripts/dist.js', '--check'], { encoding: 'utf8', env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '' } });
    expect(r.stdout).toContain('dist: icon: assets/icon.png, .ico, .icns');
    if (electronInstalled()) {
      expect(r.status).toBe(0);
    } else {
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('Electron binary: MISSING');
      expect(r.stdout).toContain('ELECTRON_OVERRIDE_DIST_PATH');
      expect(r.stderr).toContain('no Electron binary. Nothing was built.');
    }
  });

  it('refuses an ELECTRON_OVERRIDE_DIST_PATH that does not exist', () => {
    const r = spawnSync(process.execPath, ['scripts/dist.js', '--check'], { encoding: 'utf8', env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('ELECTRON_OVERRIDE_DIST_PATH=/nonexistent/electron does not exist');
  });
});
