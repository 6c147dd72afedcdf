/**
 * The application menu as data, built by a pure function (tested without Electron). Editor commands
 * (New, Open…, Save, Export, Train, Undo, Redo, Select All) are sent to the renderer as `menu.command` events; the
 * rest use Electron roles. On Windows and Linux, editor commands only display their shortcut
 * (registerAccelerator: false) because the renderer handles those keys itself — one keyboard path,
 * no double undo. On macOS the menu owns key equivalents, so there it registers them.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../../src/protocol';

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  /** Development build: adds Toggle Developer Tools and Reload. */
  readonly isDev: boolean;
  readonly recent: readonly RecentFile[];
}

export interface MenuActions {
  command(command: MenuCommand): void;
  clearRecent(): void;
}

export function buildMenuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const editorItem = (label: string, command: MenuCommand['command'], accelerator?: string): MenuItemConstructorOptions => ({
    label, id: `command.${command}`, click: () => actions.command({ command }),
    ...(accelerator ? { accelerator, registerAccelerator: mac } : {}),
  });

  const recentItems: MenuItemConstructorOptions[] = options.recent.length
    ? [
      ...options.recent.map((f): MenuItemConstructorOptions => ({ label: f.name, sublabel: f.path, toolTip: f.path, click: () => actions.command({ command: 'openRecent', path: f.path }) })),
      { type: 'separator' },
      { label: 'Clear Recently Opened', id: 'recent.clear', click: () => actions.clearRecent() },
    ]
    : [{ label: 'No Recent Files', enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      editorItem('New', 'new', 'CmdOrCtrl+N'),
      editorItem('Open…', 'open', 'CmdOrCtrl+O'),
      { label: 'Open Recent', id: 'recent', submenu: recentItems },
      { type: 'separator' },
      editorItem('Save', 'save', 'CmdOrCtrl+S'),
      editorItem('Save As…', 'saveAs', 'Shift+CmdOrCtrl+S'),
      { type: 'separator' },
      // The renderer exports the document it holds: a save dialog, then the engine writes the code.
      editorItem('Export to PyTorch…', 'exportPytorch'),
      editorItem('Export to Keras…', 'exportKeras'),
      ...(mac ? [] : [{ type: 'separator' } as MenuItemConstructorOptions, { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' } as MenuItemConstructorOptions]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      editorItem('Undo', 'undo', 'CmdOrCtrl+Z'),
      editorItem('Redo', 'redo', mac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      // Roles: native in text fields, and they fire the DOM cut/copy/paste events the canvas listens to.
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      editorItem('Delete', 'delete'),
      { type: 'separator' },
      editorItem('Select All', 'selectAll', 'CmdOrCtrl+A'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.isDev ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  // Train opens the training workspace and starts a run there (the renderer checks the network first).
  const run: MenuItemConstructorOptions = { label: '&Run', submenu: [editorItem('Train', 'train')] };

  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu' };

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  return mac ? [appMenu, file, edit, view, run, windowMenu] : [file, edit, view, run, windowMenu];
}
