/** The Design view's "Training" tab: the run's status in one line and the way to the Train workspace. */
import { useI18n } from '../i18n/I18nContext';
import { formatDuration } from './formatDuration';
import { useTrainingState } from './TrainingContext';

export function TrainingSummary({ onOpenTrain }: { onOpenTrain: () => void }) {
  const { t } = useI18n();
  const s = useTrainingState();
  const p = s.progress;
  return (
    <div className="ll-pad ll-train-summary" data-testid="training-summary">
      <span className={`ll-run-status st-${s.status}`}>{t(`train.status.${s.status}`)}</span>
      {p && <span>{t('train.epochOf', { epoch: p.epoch, epochs: p.epochs })} · {t('train.batchOf', { batch: p.batch, batches: p.batchesPerEpoch })}</span>}
      {p?.etaSeconds != null && s.status === 'running' && <span>{t('train.eta', { time: formatDuration(p.etaSeconds) })}</span>}
      {s.status === 'idle' && <span className="ll-muted">{t('train.summaryIdle')}</span>}
      <button className="ll-btn primary small" onClick={onOpenTrain} data-testid="open-train">{t('train.openWorkspace')}</button>
    </div>
  );
}
