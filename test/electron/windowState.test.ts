import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitToDisplays, parseWindowState, WindowStateStore } from '../../electron/app/windowState';

const screen = { x: 0, y: 0, width: 1920, height: 1040 };
const second = { x: 1920, y: 0, width: 1280, height: 1000 };

describe('window state', () => {
  it('round-trips through the store, written atomically (nothing but the file left)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layerloom-ws-'));
    const file = join(dir, 'window-state.json');
    const store = new WindowStateStore(file);
    expect(store.load()).toEqual(DEFAULT_WINDOW_STATE);
    void store.save({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
    await store.save({ x: 30, y: 40, width: 1100, height: 750, maximized: true });
    expect(new WindowStateStore(file).load()).toEqual({ x: 30, y: 40, width: 1100, height: 750, maximized: true });
    expect(readdirSync(dir)).toEqual(['window-state.json']);
    expect(JSON.parse(readFileSync(file, 'utf8')).maximized).toBe(true);
  });

  it('a damaged or odd file falls back to defaults field by field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'layerloom-ws-'));
    const file = join(dir, 'window-state.json');
    writeFileSync(file, '{nope');
    expect(new WindowStateStore(file).load()).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState({ width: -5, height: 'x', x: 1, maximized: 'yes' })).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState({ width: 900.4, height: 600, x: 5, y: Infinity })).toEqual({ width: 900, height: 600, maximized: false });
  });

  it('keeps a window that is on screen, on any display', () => {
    expect(fitToDisplays({ x: 100, y: 100, width: 1200, height: 800, maximized: false }, [screen])).toEqual({ x: 100, y: 100, width: 1200, height: 800, maximized: false });
    expect(fitToDisplays({ x: 2000, y: 50, width: 1000, height: 800, maximized: false }, [screen, second])).toMatchObject({ x: 2000, y: 50 });
  });

  it('re-centres a window whose display is gone, and shrinks one bigger than every screen', () => {
    const fitted = fitToDisplays({ x: 2000, y: 50, width: 3000, height: 2000, maximized: true }, [screen]);
    expect(fitted).toEqual({ width: 1920, height: 1040, maximized: true });
  });

  it('re-centres a window whose title bar is off screen', () => {
    expect(fitToDisplays({ x: 100, y: -500, width: 1000, height: 800, maximized: false }, [screen])).toEqual({ width: 1000, height: 800, maximized: false });
  });
});
