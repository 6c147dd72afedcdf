/**
 * Compare two networks: the one on the canvas and another (the lesson's network, this one before its edits
 * or as saved, a template, a project file). Both are drawn side by side with added, removed and changed
 * blocks coloured, and a table puts each block's parameters, FLOPs, output size and receptive field side by
 * side (src/graph/diff, the same as `layerloom diff`).
 */
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { analyze } from '../../src/graph/analyze';
import { diffGraphs, type DiffRow, type DiffStatus } from '../../src/graph/diff/index';
import { writeDiagramSvg, type DiagramMark, type DiagramThemeName } from '../../src/diagram/index';
import { parseProject } from '../../src/graph/projectFile';
import type { Graph } from '../../src/graph/types';
import { useEditorState } from '../editor/EditorContext';
import { formatCompact, formatInt, formatShape } from '../format';
import { useI18n } from '../i18n/I18nContext';
import { useLessons } from '../lessons/LessonContext';
import { compareSources } from './compareSources';
import '../styles/teaching.css';

const SIGN: Readonly<Record<DiffStatus, string>> = { same: '', affected: '·', changed: '~', added: '+', removed: '−' };

function useSvgUrl(svg: string): string {
  const url = useMemo(() => URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })), [svg]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return url;
}

const rfText = (v: number | null | undefined, all: string) => (v === null || v === undefined ? '—' : v === Infinity ? all : `${v}×${v}`);
function pair(row: DiffRow, f: (side: NonNullable<DiffRow['a']>) => string): string {
  const a = row.a ? f(row.a) : null;
  const b = row.b ? f(row.b) : null;
  if (a === null) return `→ ${b}`;
  if (b === null) return `${a} →`;
  return a === b ? a : `${a} → ${b}`;
}

export function CompareDialog({ onClose, theme, onFocus }: { onClose: () => void; theme: DiagramThemeName; onFocus: (id: string) => void }) {
  const { t, l, lang } = useI18n();
  const state = useEditorState();
  const { lesson, active } = useLessons();
  const sources = useMemo(() => compareSources(state, lesson && active ? { title: lesson.lesson.title, graph: active.baseline.graph } : null), [state, lesson, active]);
  const [key, setKey] = useState(sources[0]?.key ?? '');
  const [file, setFile] = useState<{ name: string; graph: Graph } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [swap, setSwap] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') close.current(); };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const reference = useMemo(() => (key === 'file' ? file?.graph ?? null : sources.find((s) => s.key === key)?.graph() ?? null), [key, file, sources]);
  const refName = key === 'file' ? file?.name ?? '' : l(sources.find((s) => s.key === key)?.label ?? { en: '', zh: '' });
  const thisName = state.project.meta.name || t('untitled');
  const [ga, gb, nameA, nameB] = swap ? [state.graph, reference, thisName, refName] : [reference, state.graph, refName, thisName];
  const result = useMemo(() => {
    if (!ga || !gb) return null;
    const aa = analyze(ga);
    const ab = analyze(gb);
    const diff = diffGraphs(ga, gb, { analyses: [aa, ab] });
    const marksA = new Map<string, DiagramMark>();
    const marksB = new Map<string, DiagramMark>();
    for (const r of diff.rows) {
      if (r.status === 'removed') marksA.set(r.a!.id, 'removed');
      if (r.status === 'added') marksB.set(r.b!.id, 'added');
      if (r.status === 'changed' || r.status === 'affected') { marksA.set(r.a!.id, r.status); marksB.set(r.b!.id, r.status); }
    }
    const labels = { added: t('compare.added'), removed: t('compare.removed'), changed: t('compare.changed') };
    const opts = { lang, theme, handles: false, markLabels: labels };
    return {
      diff,
      svgA: writeDiagramSvg(ga, aa, { ...opts, marks: marksA }).svg,
      svgB: writeDiagramSvg(gb, ab, { ...opts, marks: marksB }).svg,
    };
  }, [ga, gb, lang, theme, t]);
  const urlA = useSvgUrl(result?.svgA ?? '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const urlB = useSvgUrl(result?.svgB ?? '<svg xmlns="http://www.w3.org/2000/svg"/>');

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    e.target.value = '';
    if (!f) return;
    try {
      const p = parseProject(await f.text());
      setFile({ name: p.meta.name || f.name, graph: p.graph });
      setFileError(null);
      setKey('file');
    } catch (err) {
      setFileError(`${f.name}: ${(err as Error).message}`);
    }
  };

  const d = result?.diff;
  return (
    <div className="ll-modal-backdrop" onClick={onClose}>
      <div className="ll-modal ll-cmp-modal" role="dialog" aria-label={t('compare.title')} onClick={(e) => e.stopPropagation()} data-testid="compare-dialog">
        <div className="ll-modal-head">
          <div>
            <h2>{t('compare.title')}</h2>
            <p className="ll-muted">{t('compare.subtitle')}</p>
          </div>
          <button className="ll-tool" onClick={onClose} aria-label={t('lessons.close')}>✕</button>
        </div>
        <div className="ll-cmp-bar">
          <label className="ll-field-label" htmlFor="compare-with">{t('compare.with')}</label>
          <select id="compare-with" className="ll-input" value={key} onChange={(e) => setKey(e.target.value)} data-testid="compare-source">
            {sources.map((s) => <option key={s.key} value={s.key}>{l(s.label)}</option>)}
            {file && <option value="file">{t('compare.fileOption', { name: file.name })}</option>}
          </select>
          <button className="ll-btn" onClick={() => fileInput.current?.click()}>{t('compare.openFile')}</button>
          <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={(e) => void onFile(e)} data-testid="compare-file" />
          <button className="ll-btn" onClick={() => setSwap((x) => !x)} data-testid="compare-swap" title={t('compare.swap')}>⇄</button>
        </div>
        {fileError && <p className="ll-lessons-problems" role="alert">{fileError}</p>}
        {result && d && (
          <>
            <p className="ll-cmp-summary" data-testid="compare-summary">
              <span className="ll-cmp-tag added">+{d.counts.added}</span> <span className="ll-cmp-tag removed">−{d.counts.removed}</span>{' '}
              <span className="ll-cmp-tag changed">~{d.counts.changed}</span> {t('compare.counts', { added: d.counts.added, removed: d.counts.removed, changed: d.counts.changed, affected: d.counts.affected, same: d.counts.same })}
              {' · '}{t('compare.totals', { a: formatInt(d.totals.a.params), b: formatInt(d.totals.b.params), fa: formatCompact(d.totals.a.flops), fb: formatCompact(d.totals.b.flops) })}
              {' · '}{t(d.method === 'id' ? 'compare.byId' : 'compare.byAlignment')}
            </p>
            <div className="ll-cmp-panes">
              <figure className="ll-cmp-pane"><figcaption>A · {nameA}</figcaption><div className="ll-cmp-img"><img src={urlA} alt={nameA} data-testid="compare-a" /></div></figure>
              <figure className="ll-cmp-pane"><figcaption>B · {nameB}</figcaption><div className="ll-cmp-img"><img src={urlB} alt={nameB} data-testid="compare-b" /></div></figure>
            </div>
            <div className="ll-cmp-table-wrap">
              <table className="ll-cmp-table" data-testid="compare-table">
                <thead><tr><th /><th>A</th><th>B</th><th>{t('compare.kind')}</th><th>{t('compare.output')}</th><th>{t('compare.params')}</th><th>FLOPs</th><th>{t('compare.rf')}</th><th>{t('compare.changes')}</th></tr></thead>
                <tbody>
                  {d.rows.map((r, i) => (
                    <tr key={i} className={`st-${r.status}`} data-status={r.status} onClick={() => { if (r.b && !swap) { onFocus(r.b.id); onClose(); } }}>
                      <td className="ll-cmp-sign">{SIGN[r.status]}</td>
                      <td className="ll-mono">{r.a?.id ?? '—'}</td>
                      <td className="ll-mono">{r.b?.id ?? '—'}</td>
                      <td>{(r.b ?? r.a)!.kind}</td>
                      <td className="ll-mono">{pair(r, (x) => formatShape(x.outputShape))}</td>
                      <td className="ll-mono">{pair(r, (x) => formatInt(x.params))}</td>
                      <td className="ll-mono">{pair(r, (x) => formatCompact(x.flops))}</td>
                      <td className="ll-mono">{pair(r, (x) => rfText(x.receptiveField, t('block.rfGlobal')))}</td>
                      <td className="ll-mono">{r.changes.map((c) => `${c.name} ${c.a ?? '—'}→${c.b ?? '—'}`).join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
