// The desktop app, end to end, with Playwright's _electron. Needs Electron's binary (and a display: run
// under `xvfb-run -a` on a headless Linux machine); without either, every test here is skipped and the
// reason printed.
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS build script without declarations
import { buildElectron } from '../../electron/build.js';
import { buildRenderer, isRendererBuilt } from '../../src/server/rendererBuild';

const root = join(import.meta.dirname, '..', '..');

function electronBinary(): { path?: string; skip?: string } {
  let path: unknown;
  try {
    path = createRequire(import.meta.url)('electron');
  } catch (err) {
    return { skip: `Electron's binary is not installed (${(err as Error).message.split('\n')[0]}); set ELECTRON_OVERRIDE_DIST_PATH to run these` };
  }
  if (typeof path !== 'string' || !existsSync(path)) return { skip: `Electron's binary is missing at ${String(path)}` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return { skip: 'no display: run the e2e tests under `xvfb-run -a`' };
  return { path };
}

const electron = electronBinary();
if (electron.skip) console.log(`[electron e2e] skipped: ${electron.skip}`);

describe.skipIf(Boolean(electron.skip))('Electron app', () => {
  let app: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    if (!isRendererBuilt(root)) {
      const built = await buildRenderer(root);
      if (!built.ok) throw new Error(`the renderer is not built: ${built.reason}`);
    }
    await buildElectron({ quiet: true });
    const userData = mkdtempSync(join(tmpdir(), 'layerloom-electron-e2e-'));
    app = await _electron.launch({
      executablePath: electron.path,
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root],
      env: { ...process.env, LAYERLOOM_USER_DATA_DIR: userData } as Record<string, string>,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('loads the renderer from layerloom://app with a hardened window', async () => {
    expect(page.url()).toBe('layerloom://app/index.html');
    // getLastWebPreferences exists at run time but is not in electron.d.ts.
    const prefs = await app.evaluate(({ BrowserWindow }) => (BrowserWindow.getAllWindows()[0].webContents as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences());
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
  });

  it('the page sees only the bridge: no Node, no require, no ipcRenderer', async () => {
    const seen = await page.evaluate(() => ({
      require: typeof (globalThis as any).require,
      process: typeof (globalThis as any).process,
      bridge: Object.keys((window as any).layerloom ?? {}).sort(),
    }));
    expect(seen).toEqual({ require: 'undefined', process: 'undefined', bridge: ['onMessage', 'platform', 'send'] });
  });

  it('talks to the engine in its utility process, and malformed messages get an error', async () => {
    const replies = await page.evaluate(() => new Promise<unknown[]>((resolve) => {
      const got: unknown[] = [];
      const bridge = (window as any).layerloom;
      bridge.onMessage((m: unknown) => {
        got.push(m);
        if (got.length === 3) resolve(got);
      });
      bridge.send({ type: 'request', id: 900001, method: 'version', params: {} });
      bridge.send({ nonsense: true });
      bridge.send({ type: 'request', id: 900002, method: 'fs.readFile', params: {} });
    }));
    expect(replies).toEqual(expect.arrayContaining([
      expect.objectContaining({ id: 900001, ok: true, result: expect.objectContaining({ host: 'electron', protocol: 1 }) }),
      expect.objectContaining({ id: null, ok: false, error: expect.objectContaining({ code: 'bad-message' }) }),
      expect.objectContaining({ id: 900002, ok: false, error: expect.objectContaining({ code: 'unknown-method' }) }),
    ]));
    const engineProcesses = await app.evaluate(({ app: a }) => a.getAppMetrics().filter((m) => m.type === 'Utility' && m.serviceName === 'LayerLoom engine').length);
    expect(engineProcesses).toBe(1);
  });

  it('blocks navigation away from the app and new windows', async () => {
    await page.evaluate(() => { window.location.href = 'https://example.com/'; });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('layerloom://app/index.html');
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });

  it('has the application menu', async () => {
    const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.items.flatMap((i) => [i.label, ...(i.submenu?.items.map((s) => s.label) ?? [])]));
    for (const label of ['New', 'Open…', 'Open Recent', 'Save', 'Save As…', 'Undo', 'Redo', 'Select All']) expect(labels).toContain(label);
  });
});
