/**
 * The preload bridge (sandboxed, context-isolated): exposes `window.layerloom` with exactly a
 * transport — send and onMessage on one channel — and platform facts. No Node, no ipcRenderer, no
 * arbitrary channels reach the page. Bundled to CommonJS (sandboxed preloads cannot be ES modules).
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { DROP_CHANNEL, IPC_CHANNEL } from './app/constants';

// Files and folders the user drops onto the window may be opened by the engine (main keeps the list).
// Only real drops count: an event the page makes up is not trusted. Capture phase, before the page's own handlers.
window.addEventListener('drop', (event) => {
  if (!event.isTrusted || !event.dataTransfer) return;
  const paths = Array.from(event.dataTransfer.files, (f) => webUtils.getPathForFile(f)).filter((p) => p !== '');
  if (paths.length) ipcRenderer.send(DROP_CHANNEL, paths);
}, true);

contextBridge.exposeInMainWorld('layerloom', {
  send(message: unknown): void {
    ipcRenderer.send(IPC_CHANNEL, message);
  },
  onMessage(listener: (message: unknown) => void): () => void {
    const l = (_event: IpcRendererEvent, message: unknown): void => listener(message);
    ipcRenderer.on(IPC_CHANNEL, l);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNEL, l);
    };
  },
  /** Where a dropped file or folder lives (Electron 32+ removed File.path); only for File objects the user dropped. */
  pathForFile(file: File): string {
    return webUtils.getPathForFile(file);
  },
  platform: Object.freeze({ os: process.platform, electron: process.versions.electron, chrome: process.versions.chrome }),
});
