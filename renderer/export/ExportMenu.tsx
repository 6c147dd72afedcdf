/** The toolbar's Export button: a small menu with PyTorch and Keras. */
import { useEffect, useRef, useState } from 'react';
import { useAnalysis, useEditorSelector } from '../editor/EditorContext';
import { useI18n } from '../i18n/I18nContext';
import { useExport } from './useExport';

export function ExportMenu() {
  const { t } = useI18n();
  const analysis = useAnalysis();
  const empty = useEditorSelector((s) => s.graph.nodes.length === 0);
  const { exportTo, busy } = useExport();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => { if (!root.current?.contains(e.target as Node)) setOpen(false); };
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') setOpen(false); };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', onKey);
    return () => { document.removeEventListener('pointerdown', close); document.removeEventListener('keydown', onKey); };
  }, [open]);
  const disabled = busy || empty || !analysis.ok;
  const pick = (to: 'pytorch' | 'keras') => { setOpen(false); void exportTo(to); };
  return (
    <div className="ll-menu" ref={root}>
      <button className="ll-tool" onClick={() => setOpen((o) => !o)} disabled={disabled} aria-haspopup="menu" aria-expanded={open}
        title={!analysis.ok ? t('edit.fixErrorsFirst') : t('export.title')} data-testid="export">{t('export.button')} ▾</button>
      {open && (
        <div className="ll-menu-list" role="menu">
          <button role="menuitem" onClick={() => pick('pytorch')} data-testid="export-pytorch">
            <b>PyTorch</b><span className="ll-muted">{t('export.pytorchHint')}</span>
          </button>
          <button role="menuitem" onClick={() => pick('keras')} data-testid="export-keras">
            <b>Keras</b><span className="ll-muted">{t('export.kerasHint')}</span>
          </button>
        </div>
      )}
    </div>
  );
}
