/**
 * Least privilege for the renderer's file access (issue 13, item 6): the engine reads and writes only
 * paths the user gave this app since it started — chosen in one of its dialogs, dropped onto its window —
 * or that the engine itself reported (the runs it lists, the recent files it keeps, a run it just saved).
 * A renderer taken over by a malicious page or project can then not make the engine read ~/.ssh or
 * overwrite ~/.bashrc. Pure: no Electron imports (the relay and main feed it, tests drive it).
 */
import { homedir } from 'node:os';
import { isAbsolute, join, resolve, sep } from 'node:path';
import type { MethodName } from '../../src/protocol';

/** Data sources that are not paths. */
const BUILTIN_DATA = new Set(['mnist', 'synthetic']);

export class PathGrants {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();

  /** A file the user chose (open, save) or the engine reported. */
  grantFile(path: string): void {
    if (path) this.files.add(resolve(path));
  }

  /** A folder the user chose or dropped, or a run folder the engine reported: it and everything in it. */
  grantFolder(path: string): void {
    if (path) this.folders.add(resolve(path));
  }

  allows(path: string): boolean {
    const p = resolve(path);
    if (this.files.has(p) || this.folders.has(p)) return true;
    for (const folder of this.folders) if (p.startsWith(folder.endsWith(sep) ? folder : folder + sep)) return true;
    return false;
  }

  /** The first path of a request that was not granted, or null when it may go to the engine. */
  refused(method: MethodName, params: unknown): string | null {
    for (const path of requestPaths(method, params)) if (!this.allows(path)) return path;
    return null;
  }
}

type Obj = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const dataPath = (v: unknown): string | undefined => {
  const s = str(v);
  return s && !BUILTIN_DATA.has(s.trim().toLowerCase()) ? s : undefined;
};

/** The file system paths a request makes the engine touch (params already checked against the method's schema). */
export function requestPaths(method: MethodName, params: unknown): string[] {
  const p = (params ?? {}) as Obj;
  const out: (string | undefined)[] = [];
  switch (method) {
    case 'project.read':
    case 'project.write':
      out.push(str(p.path));
      break;
    case 'export.write':
      out.push(str(p.path), str(p.weightsFrom));
      break;
    case 'runs.list':
    case 'runs.open':
    case 'runs.images':
    case 'runs.resume':
    case 'runs.delete':
      out.push(str(p.dir));
      break;
    case 'predict':
      out.push(str(p.runDir));
      for (const image of (p.images as Obj[] | undefined) ?? []) out.push(str(image.path));
      break;
    case 'dataset.inspect':
      out.push(dataPath((p.spec as Obj | undefined)?.source));
      break;
    case 'folders.list': {
      // The browser UI's folder browser; the desktop app has the system's dialog. The engine reads "" and "~"
      // as the home folder and "~/x" inside it: checked as that folder, no more granted than any other.
      const path = (str(p.path) ?? '').trim();
      out.push(path === '' || path === '~' ? homedir() : /^~[\\/]/.test(path) ? join(homedir(), path.slice(2)) : path);
      break;
    }
    case 'train.start':
      out.push(str(p.outDir), dataPath(((p.project as Obj | undefined)?.training as Obj | undefined)?.data));
      break;
    default:
      // Every other method names no path, or only one the engine chooses itself (autosave's own folder).
      break;
  }
  return out.filter((x): x is string => x !== undefined).map((x) => (isAbsolute(x) ? x : resolve(x)));
}

/** What the engine's answers tell about paths it may be asked for next. */
export function grantFromEngineAnswer(grants: PathGrants, method: MethodName, result: unknown): void {
  const r = (result ?? {}) as Obj;
  if (method === 'runs.list') for (const run of (r.runs as Obj[] | undefined) ?? []) grants.grantFolder(str(run.dir) ?? '');
  if (method === 'project.recent') for (const f of (r.files as Obj[] | undefined) ?? []) grants.grantFile(str(f.path) ?? '');
  if (method === 'autosave.recover') grants.grantFile(str((r.autosave as Obj | null | undefined)?.path) ?? '');
}

/** A training event's run folder (a run just saved, stopped or kept after a failure). */
export function grantFromEngineEvent(grants: PathGrants, event: string, payload: unknown): void {
  if (event !== 'train.event') return;
  const dir = str((payload as Obj | undefined)?.runDir);
  if (dir) grants.grantFolder(dir);
}
