/**
 * Browse to a data folder in the browser UI, which cannot see the disk: the engine lists one folder at a
 * time (`folders.list`: its sub-folders with the images in each). Click a folder to open it, the path's
 * parts or Up to go back; "Use this folder" picks the one shown. Electron uses the system's dialog instead.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../src/protocol/api';
import { getEngine } from '../engineClient';
import { formatInt } from '../format';
import { useI18n } from '../i18n/I18nContext';

type Listing = Result<'folders.list'>;

/** The separator a path uses: "\\" for Windows paths ("C:\\data"), else "/". */
export const separatorOf = (path: string): string => (path.includes('\\') && !path.startsWith('/') ? '\\' : '/');

/** A folder inside `parent`. */
export function childPath(parent: string, name: string): string {
  const sep = separatorOf(parent);
  return parent.endsWith(sep) ? parent + name : parent + sep + name;
}

/** "/a/b/c" → [["/", "/"], ["a", "/a"], ["b", "/a/b"], ["c", "/a/b/c"]] (and "C:\\x" on Windows). */
export function pathParts(path: string): { name: string; path: string }[] {
  const sep = separatorOf(path);
  const pieces = path.split(sep).filter((p, i) => p !== '' || i === 0);
  const out: { name: string; path: string }[] = [];
  let acc = '';
  pieces.forEach((p, i) => {
    if (i === 0) { acc = p === '' ? sep : p + sep; out.push({ name: p === '' ? sep : p, path: acc }); return; }
    acc = acc.endsWith(sep) ? acc + p : acc + sep + p;
    out.push({ name: p, path: acc });
  });
  return out;
}

export function FolderBrowser({ start, onPick, onClose }: { start: string; onPick: (path: string) => void; onClose: () => void }) {
  const { t, errorText } = useI18n();
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const open = useCallback((path: string) => {
    setBusy(true);
    getEngine().request('folders.list', { path }).then((r) => { setListing(r); setError(null); }, (err: unknown) => setError(err))
      .finally(() => setBusy(false));
  }, []);

  // Start at the folder typed (if it exists), else home.
  useEffect(() => {
    getEngine().request('folders.list', { path: start }).then(setListing, () => open(''));
  }, [start, open]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') onClose(); };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const classes = listing?.folders.filter((f) => (f.images ?? 0) > 0).length ?? 0;
  return (
    <div className="ll-modal-backdrop" onClick={onClose}>
      <div className="ll-modal ll-folder-browser" role="dialog" aria-label={t('browse.title')} onClick={(e) => e.stopPropagation()} data-testid="folder-browser">
        <div className="ll-modal-head">
          <div>
            <h2>{t('browse.title')}</h2>
            <p className="ll-muted">{t('browse.subtitle')}</p>
          </div>
          <button className="ll-tool" onClick={onClose} aria-label={t('browse.cancel')}>✕</button>
        </div>
        {listing && (
          <div className="ll-folder-path" data-testid="browse-path">
            <button className="ll-btn small" onClick={() => listing.parent && open(listing.parent)} disabled={!listing.parent || busy} data-testid="browse-up">↑ {t('browse.up')}</button>
            <button className="ll-btn small" onClick={() => open(listing.home)} disabled={busy}>{t('browse.home')}</button>
            <span className="ll-folder-crumbs">
              {pathParts(listing.path).map((p, i, all) => (
                <button key={p.path} className="ll-link" onClick={() => open(p.path)} disabled={i === all.length - 1} title={p.path}>{p.name}</button>
              ))}
            </span>
          </div>
        )}
        {error !== null && <div className="ll-train-error" role="alert" data-testid="browse-error">{errorText(error)}</div>}
        <ul className="ll-folder-list" data-testid="browse-list" aria-busy={busy}>
          {listing?.folders.map((f) => (
            <li key={f.name}>
              <button onClick={() => open(childPath(listing.path, f.name))}
                disabled={busy} data-testid="browse-folder" data-name={f.name}>
                <span className="ll-folder-icon" aria-hidden>📁</span>
                <span className="ll-folder-name">{f.name}</span>
                <span className="ll-muted">{f.images === null ? '' : f.images === 0 ? '' : t(f.more ? 'browse.imagesMore' : 'browse.images', { n: formatInt(f.images) })}</span>
              </button>
            </li>
          ))}
          {listing && listing.folders.length === 0 && <li className="ll-muted ll-folder-none">{t('browse.noFolders')}</li>}
          {listing?.truncated && <li className="ll-muted ll-folder-none">{t('browse.truncated')}</li>}
        </ul>
        {listing && (
          <div className="ll-folder-foot">
            <span className="ll-muted" data-testid="browse-summary">
              {classes >= 2 ? t('browse.looksLikeData', { n: classes }) : listing.images > 0 ? t('browse.imagesHere', { n: formatInt(listing.images) }) : t('browse.pickHint')}
            </span>
            <button className="ll-btn" onClick={onClose}>{t('browse.cancel')}</button>
            <button className="ll-btn primary" onClick={() => onPick(listing.path)} data-testid="browse-use">{t('browse.use')}</button>
          </div>
        )}
      </div>
    </div>
  );
}
