/** The bottom panel: problems, the model summary, and room for the training dashboard. */
import { useState } from 'react';
import { useAnalysis } from '../editor/EditorContext';
import { useI18n } from '../i18n/I18nContext';
import { ProblemsList } from './ProblemsList';
import { SummaryTable } from './SummaryTable';
import { TrainingSummary } from '../train/TrainingSummary';

type Tab = 'problems' | 'summary' | 'training';

export function BottomPanel({ onFocus, onOpenTrain }: { onFocus: (nodeId: string) => void; onOpenTrain: () => void }) {
  const { t } = useI18n();
  const analysis = useAnalysis();
  const [tab, setTab] = useState<Tab>('summary');
  const [open, setOpen] = useState(true);
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = analysis.diagnostics.length - errors;
  return (
    <section className={`ll-bottom ${open ? '' : 'collapsed'}`} data-testid="bottom-panel">
      <div className="ll-tabs" role="tablist">
        <button role="tab" aria-selected={tab === 'summary'} className={tab === 'summary' ? 'active' : ''} onClick={() => setTab('summary')} data-testid="tab-summary">{t('tab.summary')}</button>
        <button role="tab" aria-selected={tab === 'problems'} className={tab === 'problems' ? 'active' : ''} onClick={() => setTab('problems')} data-testid="tab-problems">
          {t('tab.problems')}
          {errors > 0 && <span className="ll-count err">{errors}</span>}
          {warnings > 0 && <span className="ll-count warn">{warnings}</span>}
        </button>
        <button role="tab" aria-selected={tab === 'training'} className={tab === 'training' ? 'active' : ''} onClick={() => setTab('training')} data-testid="tab-training">{t('tab.training')}</button>
        <button className="ll-collapse" onClick={() => setOpen((o) => !o)} aria-label={open ? t('panel.collapse') : t('panel.expand')} title={open ? t('panel.collapse') : t('panel.expand')}>{open ? '▾' : '▴'}</button>
      </div>
      {open && <div className={`ll-tab-body ${tab === 'summary' ? 'no-scroll' : ''}`}>
        {tab === 'problems' && <ProblemsList onFocus={onFocus} />}
        {tab === 'summary' && <SummaryTable onFocus={onFocus} />}
        {tab === 'training' && <TrainingSummary onOpenTrain={onOpenTrain} />}
      </div>}
    </section>
  );
}
