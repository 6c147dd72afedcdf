/** The templates gallery: classic networks with their size, opened laid out. */
import { useEffect, useMemo } from 'react';
import { analyze } from '../../src/graph/analyze';
import { formatCompact } from '../format';
import { useI18n } from '../i18n/I18nContext';
import { TEMPLATE_LIST, type TemplateEntry } from './templateCatalog';

export function TemplatesGallery({ onOpen, onClose }: { onOpen: (t: TemplateEntry) => void; onClose: () => void }) {
  const { t, l } = useI18n();
  const cards = useMemo(() => TEMPLATE_LIST.map((entry) => {
    const graph = entry.build();
    const a = analyze(graph);
    return { entry, blocks: graph.nodes.length, params: a.totals.trainableParams, flops: a.totals.flops, macs: a.totals.macs };
  }), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') onClose(); };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="ll-modal-backdrop" onClick={onClose}>
      <div className="ll-modal" role="dialog" aria-label={t('templates.title')} onClick={(e) => e.stopPropagation()} data-testid="templates-gallery">
        <div className="ll-modal-head">
          <div>
            <h2>{t('templates.title')}</h2>
            <p className="ll-muted">{t('templates.subtitle')}</p>
          </div>
          <button className="ll-tool" onClick={onClose} aria-label={t('templates.close')}>✕</button>
        </div>
        <div className="ll-template-grid">
          {cards.map(({ entry, blocks, params, flops, macs }) => (
            <button key={entry.name} className="ll-template-card" onClick={() => onOpen(entry)} data-testid={`template-${entry.name}`}>
              <div className="ll-template-title">{l(entry.title)}</div>
              <div className="ll-template-desc">{l(entry.description)}</div>
              <div className="ll-template-meta">
                <span>{t('templates.blocks', { n: blocks })}</span>
                <span>{t('templates.params', { n: formatCompact(params) })}</span>
                <span title={t('help.flops')}>{formatCompact(flops)} FLOPs</span>
                <span title={t('help.macs')}>{formatCompact(macs)} MACs</span>
              </div>
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
