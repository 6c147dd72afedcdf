import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../electron/app/menuTemplate';
import type { MenuCommand } from '../../src/protocol';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

function build(platform: NodeJS.Platform, isDev = false, recent = [{ path: '/p/a.layerloom.json', name: 'a.layerloom.json', openedAt: '2026-01-01T00:00:00Z' }]) {
  const sent: MenuCommand[] = [];
  let cleared = 0;
  const template = buildMenuTemplate({ platform, appName: 'LayerLoom', isDev, recent }, { command: (c) => sent.push(c), clearRecent: () => cleared++ });
  const items = flatten(template);
  const byLabel = (label: string) => items.find((i) => i.label === label);
  const byRole = (role: string) => items.find((i) => i.role === role);
  return { template, items, byLabel, byRole, sent, cleared: () => cleared };
}

const click = (item: MenuItemConstructorOptions | undefined) => (item!.click as () => void)();

describe('application menu', () => {
  it('has the usual items with their shortcuts', () => {
    const { byLabel, byRole } = build('linux');
    const expected: Array<[string, string | undefined]> = [
      ['New', 'CmdOrCtrl+N'], ['Open…', 'CmdOrCtrl+O'], ['Save', 'CmdOrCtrl+S'], ['Save As…', 'Shift+CmdOrCtrl+S'],
      ['Undo', 'CmdOrCtrl+Z'], ['Redo', 'Ctrl+Y'], ['Select All', 'CmdOrCtrl+A'], ['Open Recent', undefined],
    ];
    for (const [label, accelerator] of expected) expect(byLabel(label), label).toMatchObject(accelerator ? { accelerator } : {});
    for (const role of ['cut', 'copy', 'paste', 'zoomIn', 'zoomOut', 'resetZoom', 'quit']) expect(byRole(role), role).toBeDefined();
  });

  it('editor commands go to the renderer; on Linux/Windows they only display their shortcut', () => {
    const { byLabel, sent } = build('win32');
    for (const label of ['New', 'Open…', 'Save', 'Save As…', 'Undo', 'Redo', 'Select All']) click(byLabel(label));
    expect(sent.map((c) => c.command)).toEqual(['new', 'open', 'save', 'saveAs', 'undo', 'redo', 'selectAll']);
    expect(byLabel('Undo')!.registerAccelerator).toBe(false);
  });

  it('on macOS the menu registers key equivalents and has the app menu first', () => {
    const { template, byLabel } = build('darwin');
    expect(template[0].label).toBe('LayerLoom');
    expect(byLabel('Undo')!.registerAccelerator).toBe(true);
    expect(byLabel('Redo')!.accelerator).toBe('Shift+Cmd+Z');
  });

  it('lists recent files, opens one, and clears them', () => {
    const { byLabel, sent, cleared } = build('linux');
    click(byLabel('a.layerloom.json'));
    expect(sent).toEqual([{ command: 'openRecent', path: '/p/a.layerloom.json' }]);
    click(byLabel('Clear Recently Opened'));
    expect(cleared()).toBe(1);
    expect(build('linux', false, []).byLabel('No Recent Files')).toMatchObject({ enabled: false });
  });

  it('Toggle DevTools only in development', () => {
    expect(build('linux', false).byRole('toggleDevTools')).toBeUndefined();
    expect(build('linux', true).byRole('toggleDevTools')).toBeDefined();
  });
});
