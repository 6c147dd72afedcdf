/** File names and paths for exported code (pure, so the rules are tested without a browser). */

export type ExportTarget = 'pytorch' | 'keras';

/** "My Net!" → "my_net_pytorch.py": a safe Python module name from the project's name. */
export function exportFileName(projectName: string, to: ExportTarget): string {
  const stem = projectName.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  const safe = !stem ? 'network' : /^[0-9]/.test(stem) ? `net_${stem}` : stem;
  return `${safe}_${to}.py`;
}

/** `file` inside folder `dir`, with the folder's own separator (a Windows run folder keeps backslashes). */
export function joinPath(dir: string, file: string): string {
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(sep) ? `${dir}${file}` : `${dir}${sep}${file}`;
}
