/**
 * Open and save `*.layerloom.json`: native dialogs and the engine's atomic writes in Electron; a file
 * input and a download in the browser.
 */
import { isDirty, type EditorStore } from '../../src/graph/editing/index';
import { parseProject, ProjectFileError, serializeProject, type Project } from '../../src/graph/projectFile';
import { projectErrorText } from '../../src/messages/index';
import { getEngine, hasNativeDialogs } from '../engineClient';

export const PROJECT_SUFFIX = '.layerloom.json';

export function baseName(path: string): string {
  const file = path.split(/[\\/]/).pop() ?? path;
  return file.endsWith(PROJECT_SUFFIX) ? file.slice(0, -PROJECT_SUFFIX.length) : file.replace(/\.json$/, '');
}

function safeFileName(name: string): string {
  return (name.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'network') + PROJECT_SUFFIX;
}

/** Saves; returns the name saved under, or null when the user cancelled. */
export async function saveProject(store: EditorStore, saveAs = false): Promise<string | null> {
  const project = store.toProject();
  const name = project.meta.name || 'Untitled';
  if (hasNativeDialogs()) {
    const engine = getEngine();
    let path = saveAs ? null : store.getState().path;
    if (!path) path = (await engine.request('dialog.save', { defaultPath: safeFileName(name) })).path;
    if (!path) return null;
    const saved = baseName(path);
    await engine.request('project.write', { path, project: { ...project, meta: { ...project.meta, name: saved } } });
    store.markSaved(path, saved);
    return saved;
  }
  const blob = new Blob([serializeProject(project)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = safeFileName(name);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  store.markSaved(null, name);
  return name;
}

function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.setAttribute('data-testid', 'open-file-input');
    input.style.display = 'none';
    input.addEventListener('change', () => { resolve(input.files?.[0] ?? null); input.remove(); });
    input.addEventListener('cancel', () => { resolve(null); input.remove(); });
    document.body.appendChild(input);
    input.click();
  });
}

/** Asks, opens and loads a project; returns its name, or null when cancelled. Throws an error with a coded `text` on a file that is not a usable project. */
export async function openProject(store: EditorStore, confirmDiscard: () => boolean, path?: string): Promise<string | null> {
  if (isDirty(store.getState()) && !confirmDiscard()) return null;
  if (hasNativeDialogs() || path) {
    const engine = getEngine();
    const chosen = path ?? (await engine.request('dialog.open', { kind: 'project' })).path;
    if (!chosen) return null;
    const { project } = await engine.request('project.read', { path: chosen });
    const name = baseName(chosen);
    store.load({ ...project, meta: { ...project.meta, name } } as Project, chosen);
    return name;
  }
  const file = await pickFile();
  if (!file) return null;
  let project: Project;
  try {
    project = parseProject(await file.text());
  } catch (err) {
    // Said as the engine says it for a path (a code the UI renders in the user's language), not JSON.parse's words.
    if (err instanceof ProjectFileError) throw Object.assign(new Error(`${file.name}: ${err.message}`), { text: projectErrorText(err, file.name) });
    throw err;
  }
  const name = baseName(file.name);
  store.load({ ...project, meta: { ...project.meta, name } }, null);
  return name;
}
