/** The methods the main process answers itself: native dialogs and the window's dirty state. */
import { dialog, type BrowserWindow, type FileFilter, type OpenDialogOptions } from 'electron';
import type { HandlerTable } from '../../src/protocol';

export const PROJECT_FILTERS: FileFilter[] = [
  { name: 'LayerLoom project', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
];
const IMAGE_FILTERS: FileFilter[] = [{ name: 'Images', extensions: ['png', 'jpg', 'jpeg', 'webp', 'gif', 'tif', 'tiff'] }];

/** "net" → "net.layerloom.json"; names that already end in .json are kept. */
export function withProjectExtension(path: string): string {
  return /\.json$/i.test(path) ? path : `${path}.layerloom.json`;
}

export interface WindowShellState {
  dirty: boolean;
}

export function shellHandlers(win: BrowserWindow, state: WindowShellState): HandlerTable {
  return {
    'dialog.open': async ({ title, defaultPath, kind }) => {
      const options: OpenDialogOptions = {
        title: title ?? (kind === 'folder' ? 'Choose a folder' : 'Open'),
        defaultPath,
        properties: kind === 'folder' ? ['openDirectory'] : ['openFile'],
        filters: kind === 'project' ? PROJECT_FILTERS : kind === 'images' ? IMAGE_FILTERS : undefined,
      };
      const r = await dialog.showOpenDialog(win, options);
      return { path: r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0] };
    },
    'dialog.save': async ({ title, defaultPath }) => {
      const r = await dialog.showSaveDialog(win, { title: title ?? 'Save', defaultPath, filters: PROJECT_FILTERS, properties: ['showOverwriteConfirmation', 'createDirectory'] });
      return { path: r.canceled || !r.filePath ? null : withProjectExtension(r.filePath) };
    },
    'app.setDirty': ({ dirty, title }) => {
      state.dirty = dirty;
      if (!win.isDestroyed()) {
        win.setDocumentEdited(dirty);
        if (title !== undefined) win.setTitle(title);
      }
      return { ok: true as const };
    },
  };
}
