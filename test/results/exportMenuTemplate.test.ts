import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../electron/app/menuTemplate';
import type { MenuCommand } from '../../src/protocol';

function labels(items: readonly MenuItemConstructorOptions[] | undefined): string[] {
  return (items ?? []).map((i) => (i.type === 'separator' ? '—' : String(i.label ?? i.role)));
}

describe('menu: export and train', () => {
  for (const platform of ['linux', 'darwin'] as const) {
    it(`File has Export to PyTorch/Keras and Run has Train, sent as menu commands (${platform})`, () => {
      const sent: MenuCommand[] = [];
      const template = buildMenuTemplate({ platform, appName: 'LayerLoom', isDev: false, recent: [] }, { command: (c) => sent.push(c), clearRecent: () => {} });
      const file = template.find((m) => m.label === '&File')!.submenu as MenuItemConstructorOptions[];
      const run = template.find((m) => m.label === '&Run')!.submenu as MenuItemConstructorOptions[];
      const fileLabels = labels(file);
      expect(fileLabels.slice(fileLabels.indexOf('Save As…') + 1, fileLabels.indexOf('Save As…') + 4)).toEqual(['—', 'Export to PyTorch…', 'Export to Keras…']);
      for (const item of [...file, ...run]) {
        if (item.label === 'Export to PyTorch…' || item.label === 'Export to Keras…' || item.label === 'Train') (item.click as () => void)();
      }
      expect(sent.map((c) => c.command)).toEqual(['exportPytorch', 'exportKeras', 'train']);
      // Run sits before the Window menu, after View.
      const top = template.map((m) => m.label ?? m.role);
      expect(top.indexOf('&Run')).toBe(top.indexOf('&View') + 1);
    });
  }
});
