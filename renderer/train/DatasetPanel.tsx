/**
 * Where the images come from: built-in MNIST, synthetic shapes or a local folder (one sub-folder per
 * class). Inspects the choice with `dataset.inspect` — classes with counts, sample images as the model
 * will see them, skipped files and why — and offers to fit the Input/Output blocks to the data.
 */
import { useEffect, useMemo, useState, type DragEvent } from 'react';
import { checkDataFit, fitToData } from '../../src/graph/editing/index';
import { getBlock } from '../../src/graph/blocks/index';
import type { Result } from '../../src/protocol/api';
import { useEditorSelector, useEditorState, useStore } from '../editor/EditorContext';
import { useToast } from '../editor/Toasts';
import { getEngine, hasNativeDialogs } from '../engineClient';
import { formatInt } from '../format';
import { useI18n } from '../i18n/I18nContext';
import { dataShapeFor, sourceKind, type SourceKind } from './datasetChoice';
import { FolderBrowser } from './FolderBrowser';
import { SelectField } from './SelectField';
import { usePathCompletion } from './usePathCompletion';

const COMPLETIONS = 'll-folder-completions';

type Info = Result<'dataset.inspect'>;

const INSPECT_DELAY_MS = 400;
const RESIZE_MODES = ['stretch', 'crop', 'letterbox'] as const;
/** Notices about the Input block's fit: shown loudly, beside the one-click fix. */
const FIT_NOTICES = new Set(['data.notice.colourDropped', 'data.notice.resolutionDropped', 'data.notice.upscaled', 'data.notice.greyAsColour']);
/** A test id for a notice: its code's last part (data-notice-colourDropped). */
const noticeId = (code: string) => `data-notice-${code.split('.').pop()}`;

export function DatasetPanel() {
  const { t, l, msg, errorText } = useI18n();
  const store = useStore();
  const toast = useToast();
  const training = useEditorState().project.training;
  const readOnly = useEditorSelector((s) => s.readOnly !== null);
  const inputShape = useEditorSelector((s) => {
    const n = s.graph.nodes.find((x) => x.kind === 'Input');
    return n ? `${n.params.height}×${n.params.width}×${n.params.channels}` : '';
  });
  const graph = useEditorSelector((s) => s.graph);
  const kind = sourceKind(training.data);
  const [folder, setFolder] = useState(kind === 'folder' ? training.data : '');
  const [info, setInfo] = useState<Info | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [dropHint, setDropHint] = useState(false);
  const [browsing, setBrowsing] = useState(false);
  // The desktop app has the system's dialog (and its engine lists only folders the user chose there).
  const completions = usePathCompletion(folder, kind === 'folder' && !readOnly && !hasNativeDialogs());

  useEffect(() => { if (kind === 'folder') setFolder(training.data); }, [kind, training.data]);

  const update = (patch: Parameters<typeof store.updateTraining>[0]) => {
    const r = store.updateTraining(patch);
    if (!r.ok) toast(r.error, 'error');
  };

  // Only a changed path is committed: a blur that comes with switching to MNIST must not switch back.
  const commitFolder = () => {
    const path = folder.trim();
    if (path && kind === 'folder' && path !== training.data) update({ data: path });
  };

  const choose = (next: SourceKind) => {
    if (next === 'folder') { if (folder) update({ data: folder }); else { setInfo(null); setError(null); update({ data: '' }); } }
    else update({ data: next });
  };

  // Inspect whenever the source, limit, resize mode or the model's input size changes (debounced; the
  // folder path only when committed with Enter, on leaving the field, by Browse or a drop). A newer
  // inspection cancels the one still running, in the engine too.
  useEffect(() => {
    const source = training.data.trim();
    if (!source) { setInfo(null); setError(null); return; }
    let alive = true;
    const cancel = new AbortController();
    const dims = inputShape.split('×').map(Number);
    const input = dims.length === 3 && dims.every((d) => Number.isInteger(d) && d > 0) && (dims[2] === 1 || dims[2] === 3)
      ? (dims as [number, number, number]) : undefined;
    const timer = setTimeout(() => {
      setBusy(true);
      getEngine().request('dataset.inspect', {
        spec: { source, limit: training.limit, resize: training.resize, input, samplesPerClass: 6 },
      }, { signal: cancel.signal }).then((r) => { if (alive) { setInfo(r); setError(null); } }, (err: unknown) => { if (alive) { setInfo(null); setError(err); } })
        .finally(() => { if (alive) setBusy(false); });
    }, INSPECT_DELAY_MS);
    return () => { alive = false; clearTimeout(timer); cancel.abort(); };
  }, [training.data, training.limit, training.resize, inputShape]);

  const fit = useMemo(() => {
    const shape = info ? dataShapeFor(info) : null;
    return shape ? checkDataFit(graph, shape) : null;
  }, [info, graph]);
  const fitNotices = info?.notices.filter((n) => FIT_NOTICES.has(n.code)) ?? [];
  const otherNotices = info?.notices.filter((n) => !FIT_NOTICES.has(n.code)) ?? [];

  // A skipped file's reason in the user's language (the engine's English when this UI does not know the code).
  const skipReason = (s: Info['skipped'][number]) => {
    const words = s.code ? msg({ code: s.code, params: s.params }) : '';
    if (!words) return s.reason;
    return s.params?.whileTraining ? t('data.whileTraining', { reason: words }) : words;
  };

  // Electron asks the system's dialog; the browser UI browses through the engine (FolderBrowser).
  const browse = async () => {
    if (!hasNativeDialogs()) { setBrowsing(true); return; }
    try {
      const r = await getEngine().request('dialog.open', { kind: 'folder', title: t('data.pickFolder') });
      if (r.path) { setFolder(r.path); update({ data: r.path }); }
    } catch (err) { toast((err as Error).message, 'error'); }
  };
  const picked = (path: string) => { setBrowsing(false); setFolder(path); if (path !== training.data) update({ data: path }); };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDropHint(false);
    const file = e.dataTransfer.files[0] as (File & { path?: string }) | undefined;
    // Only Electron reveals where a dropped file lives; a browser hands over contents, not paths.
    const path = file && (window.layerloom?.pathForFile?.(file) || file.path);
    if (path) { setFolder(path); update({ data: path }); return; }
    toast(t('data.dropNoPath'), 'info');
  };

  const fixIt = () => {
    if (!fit?.fix) return;
    const r = store.run(fitToData, fit.fix);
    if (!r.ok) toast(r.error, 'error');
  };

  return (
    <section className="ll-train-card" data-testid="dataset-panel">
      <h3 className="ll-train-h">{t('data.title')}</h3>
      <div className="ll-seg" role="radiogroup" aria-label={t('data.source')}>
        {(['mnist', 'synthetic', 'folder'] as const).map((k) => (
          <button key={k} role="radio" aria-checked={kind === k} className={kind === k ? 'active' : ''} disabled={readOnly}
            onClick={() => choose(k)} data-testid={`data-source-${k}`}>{t(`data.${k}`)}</button>
        ))}
      </div>
      {kind === 'folder' && (
        <div className={`ll-drop ${dropHint ? 'over' : ''}`} onDragOver={(e) => { e.preventDefault(); setDropHint(true); }}
          onDragLeave={() => setDropHint(false)} onDrop={onDrop}>
          <div className="ll-field-row">
            <input className="ll-input" value={folder} placeholder={t('data.folderPlaceholder')} disabled={readOnly}
              onChange={(e) => setFolder(e.target.value)} onBlur={() => commitFolder()}
              onKeyDown={(e) => { if (e.key === 'Enter') commitFolder(); }}
              list={COMPLETIONS} autoComplete="off" spellCheck={false}
              aria-label={t('data.folder')} data-testid="data-folder" />
            <datalist id={COMPLETIONS} data-testid="data-folder-completions">{completions.map((c) => <option key={c} value={c} />)}</datalist>
            <button className="ll-btn" onClick={() => void browse()} disabled={readOnly} data-testid="data-browse">{t('data.browse')}</button>
          </div>
          {browsing && <FolderBrowser start={folder} onPick={picked} onClose={() => setBrowsing(false)} />}
          <div className="ll-help">{hasNativeDialogs() ? t('data.folderHelpElectron') : t('data.folderHelpBrowser')}</div>
        </div>
      )}
      <div className="ll-train-grid2">
        <label className="ll-field">
          <span className="ll-field-label">{t('data.limit')}</span>
          <input className="ll-input ll-num" type="number" min={1} step={1} value={training.limit ?? ''} disabled={readOnly}
            placeholder={t('data.all')} data-testid="data-limit"
            onChange={(e) => {
              const v = e.target.value.trim();
              const n = Number(v);
              if (v === '') update({ limit: undefined });
              else if (Number.isInteger(n) && n > 0) update({ limit: n });
            }} />
        </label>
        <SelectField label={t('data.resize')} value={training.resize} options={RESIZE_MODES} optionLabel={(m) => t(`data.resize.${m}`)}
          disabled={readOnly} testId="data-resize" onChange={(resize) => update({ resize })} />
      </div>

      {busy && <div className="ll-muted" data-testid="data-busy">{t('data.inspecting')}</div>}
      {error !== null && <div className="ll-train-error" role="alert" data-testid="data-error">{errorText(error)}</div>}
      {!info && error === null && !busy && <div className="ll-empty-note">{kind === 'folder' ? t('data.emptyFolder') : t('data.empty')}</div>}
      {info && (
        <div className="ll-data-info" data-testid="data-info">
          <div className="ll-data-summary">
            <b>{info.name}</b> · {t('data.images', { n: formatInt(info.total) })} · {t('data.classesN', { n: info.classes.length })}
            <div className="ll-muted">
              {t('data.fedAs', { shape: info.input.join('×'), resize: t(`data.resize.${info.resize as 'stretch'}`) ?? info.resize })}
              {' · '}{t('data.splits', { train: formatInt(info.splits.train), val: formatInt(info.splits.validation), test: formatInt(info.splits.test) })}
            </div>
            {info.images && info.images.median && (
              <div className="ll-muted" data-testid="data-images">
                {info.images.distinctSizes === 1
                  ? t('data.sizesOne', { size: `${info.images.sizes[0].width}×${info.images.sizes[0].height}` })
                  : t('data.sizesMany', { n: formatInt(info.images.distinctSizes), median: `${info.images.median.width}×${info.images.median.height}` })}
                {' · '}{info.images.colour ? t('data.colour') : t('data.grey')}
                {info.suggestedInput && <>{' · '}{t('data.suggested', { shape: info.suggestedInput.join('×') })}</>}
              </div>
            )}
          </div>
          {(fitNotices.length > 0 || (fit && fit.mismatches.length > 0)) && (
            <div className="ll-train-warn ll-data-fit" role="alert" data-testid="data-mismatch">
              {fitNotices.map((n) => <div key={n.code} className={n.severity === 'warning' ? 'll-data-loud' : undefined} data-testid={noticeId(n.code)}>{msg(n, n.message)}</div>)}
              {fit?.mismatches.map((m) => <div key={m.what}>{l(m.message)}</div>)}
              {fit?.fix && <button className="ll-btn primary small" onClick={fixIt} disabled={readOnly} data-testid="data-fix">{t('data.fix')}</button>}
            </div>
          )}
          {fit && fit.missing.length > 0 && <div className="ll-train-warn">{fit.missing.length > 1 ? t('data.missingBoth') : t('data.missingBlocks', { blocks: l(getBlock(fit.missing[0])!.title) })}</div>}
          {otherNotices.map((n) => (
            <div key={n.code} className={n.severity === 'warning' ? 'll-train-warn' : 'll-muted'} data-testid={noticeId(n.code)}>{msg(n, n.message)}</div>
          ))}
          <div className="ll-class-list" data-testid="data-classes">
            {info.classes.map((c) => {
              const samples = info.samples.find((s) => s.className === c.name)?.images ?? [];
              const max = Math.max(1, ...info.classes.map((x) => x.count));
              return (
                <div key={c.name} className="ll-class-row" data-testid="data-class">
                  <div className="ll-class-head">
                    <span className="ll-class-name" title={c.name}>{c.name}</span>
                    <span className="ll-class-bar"><span style={{ width: `${(100 * c.count) / max}%` }} /></span>
                    <span className="ll-class-count">{formatInt(c.count)}</span>
                  </div>
                  {samples.length > 0 && (
                    <div className="ll-class-samples">
                      {samples.map((src, i) => <img key={i} src={src} alt={`${c.name} ${i + 1}`} className="ll-sample" data-testid="data-sample" />)}
                    </div>
                  )}
                </div>
              );
            })}
          </div>
          {info.skipped.length > 0 && (
            <details className="ll-skipped" data-testid="data-skipped">
              <summary>{t('data.skipped', { n: info.skipped.length })}</summary>
              <ul>{info.skipped.slice(0, 200).map((s) => <li key={s.path}><code>{s.path}</code> — {skipReason(s)}</li>)}</ul>
              {info.skipped.length > 200 && <div className="ll-muted">{t('data.skippedMore', { n: info.skipped.length - 200 })}</div>}
            </details>
          )}
        </div>
      )}
    </section>
  );
}
