/**
 * "Diagram for slides": the canvas (or the selection) as SVG or PNG at print resolution, light or dark, in
 * either language, drawn by the same writer as `layerloom diagram` with the sizes measured on screen.
 * Electron saves through the native dialog; the browser downloads.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Language } from '../../src/graph/localized';
import { writeDiagramSvg, type DiagramThemeName } from '../../src/diagram/index';
import { useAnalysis, useEditorSelector, useStore } from '../editor/EditorContext';
import { useToast } from '../editor/Toasts';
import { getEngine, hasNativeDialogs } from '../engineClient';
import { downloadBlob } from '../files/download';
import { useI18n } from '../i18n/I18nContext';
import { useDiagramSizes } from './useDiagramSizes';
import '../styles/teaching.css';

const DPIS = [150, 300, 600] as const;

export function diagramFileName(name: string, ext: 'svg' | 'png'): string {
  const slug = name.normalize('NFKC').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim().replace(/\s+/g, '-');
  return `${slug || 'network'}.${ext}`;
}

export function DiagramDialog({ onClose, theme: currentTheme }: { onClose: () => void; theme: DiagramThemeName }) {
  const { t, lang: uiLang } = useI18n();
  const toast = useToast();
  const store = useStore();
  const graph = useEditorSelector((s) => s.graph);
  const selection = useEditorSelector((s) => s.selection.nodes);
  const name = useEditorSelector((s) => s.project.meta.name) || t('untitled');
  const analysis = useAnalysis();
  const measuredSizes = useDiagramSizes();
  const [theme, setTheme] = useState<DiagramThemeName>(currentTheme);
  const [lang, setLang] = useState<Language>(uiLang);
  const [scope, setScope] = useState<'all' | 'selection'>(selection.size > 1 ? 'selection' : 'all');
  const [title, setTitle] = useState(name);
  const [dpi, setDpi] = useState<number>(300);
  const [busy, setBusy] = useState(false);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') close.current(); };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const sizes = useMemo(() => measuredSizes(), [measuredSizes, graph]);
  const options = useMemo(() => ({
    lang, theme, title: title.trim() || undefined,
    select: scope === 'selection' && selection.size ? [...selection] : undefined,
    sizes: lang === uiLang ? sizes : undefined,
  }), [lang, theme, title, scope, selection, sizes, uiLang]);
  const diagram = useMemo(() => writeDiagramSvg(graph, analysis, {
    ...options, select: options.select ? new Set(options.select) : undefined, sizes: options.sizes ? new Map(Object.entries(options.sizes)) : undefined,
  }), [graph, analysis, options]);
  const preview = useMemo(() => URL.createObjectURL(new Blob([diagram.svg], { type: 'image/svg+xml' })), [diagram]);
  useEffect(() => () => URL.revokeObjectURL(preview), [preview]);

  const save = async (format: 'svg' | 'png') => {
    const fileName = diagramFileName(name, format);
    setBusy(true);
    try {
      const engine = getEngine();
      const project = store.toProject();
      if (hasNativeDialogs()) {
        const { path } = await engine.request('dialog.save', { title: t('diagram.title'), defaultPath: fileName });
        if (!path) return;
        const r = await engine.request('diagram.write', { project, options, format, dpi, path });
        toast(t('diagram.saved', { path: r.path }), 'success');
      } else if (format === 'svg') {
        downloadBlob(new Blob([diagram.svg], { type: 'image/svg+xml' }), fileName);
        toast(t('diagram.downloaded', { file: fileName }), 'success');
      } else {
        const r = await engine.request('diagram.render', { project, options, format, dpi });
        const bytes = Uint8Array.from(atob(r.data), (c) => c.charCodeAt(0));
        downloadBlob(new Blob([bytes], { type: 'image/png' }), fileName);
        toast(t(r.dpi < dpi ? 'diagram.downloadedLowered' : 'diagram.downloaded', { file: fileName, dpi: r.dpi }), 'success');
      }
    } catch (err) {
      toast(t('diagram.failed', { error: (err as Error).message }), 'error');
    } finally {
      setBusy(false);
    }
  };

  const px = `${Math.round((diagram.width * dpi) / 96)} × ${Math.round((diagram.height * dpi) / 96)} px`;
  return (
    <div className="ll-modal-backdrop" onClick={onClose}>
      <div className="ll-modal ll-dia-modal" role="dialog" aria-label={t('diagram.title')} onClick={(e) => e.stopPropagation()} data-testid="diagram-dialog">
        <div className="ll-modal-head">
          <div>
            <h2>{t('diagram.title')}</h2>
            <p className="ll-muted">{t('diagram.subtitle')}</p>
          </div>
          <button className="ll-tool" onClick={onClose} aria-label={t('lessons.close')}>✕</button>
        </div>
        <div className="ll-dia-body">
          <div className="ll-dia-preview" data-theme={theme}><img src={preview} alt={t('diagram.preview')} data-testid="diagram-preview" /></div>
          <div className="ll-dia-options">
            <label className="ll-field-label">{t('diagram.scope')}</label>
            <select className="ll-input" value={scope} onChange={(e) => setScope(e.target.value as 'all' | 'selection')} data-testid="diagram-scope">
              <option value="all">{t('diagram.all', { n: graph.nodes.length })}</option>
              <option value="selection" disabled={selection.size === 0}>{t('diagram.selection', { n: selection.size })}</option>
            </select>
            <label className="ll-field-label">{t('view.theme')}</label>
            <select className="ll-input" value={theme} onChange={(e) => setTheme(e.target.value as DiagramThemeName)} data-testid="diagram-theme">
              <option value="light">{t('view.light')}</option>
              <option value="dark">{t('view.dark')}</option>
            </select>
            <label className="ll-field-label">{t('view.language')}</label>
            <select className="ll-input" value={lang} onChange={(e) => setLang(e.target.value as Language)} data-testid="diagram-lang">
              <option value="en">English</option>
              <option value="zh">简体中文</option>
            </select>
            <label className="ll-field-label" htmlFor="diagram-title">{t('diagram.caption')}</label>
            <input id="diagram-title" className="ll-input" value={title} onChange={(e) => setTitle(e.target.value)} data-testid="diagram-caption" />
            <label className="ll-field-label">{t('diagram.resolution')}</label>
            <select className="ll-input" value={dpi} onChange={(e) => setDpi(Number(e.target.value))} data-testid="diagram-dpi">
              {DPIS.map((d) => <option key={d} value={d}>{d} dpi</option>)}
            </select>
            <p className="ll-muted ll-dia-size">{t('diagram.size', { w: diagram.width, h: diagram.height, px, dpi })}</p>
            <div className="ll-dia-actions">
              <button className="ll-btn primary" disabled={busy} onClick={() => void save('svg')} data-testid="diagram-save-svg">{t('diagram.saveSvg')}</button>
              <button className="ll-btn" disabled={busy} onClick={() => void save('png')} data-testid="diagram-save-png">{t('diagram.savePng')}</button>
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
