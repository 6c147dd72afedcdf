/** Start, pause, resume, stop; the progress bar with epoch/batch, images/s and ETA; the backend in use and why. */
import { useAnalysis, useEditorSelector, useStore } from '../editor/EditorContext';
import { formatInt } from '../format';
import { useI18n } from '../i18n/I18nContext';
import { formatDuration } from './formatDuration';
import { coded } from '../../src/messages/index';
import type { TrainError } from './trainingStore';
import { useTraining, useTrainingState } from './TrainingContext';
import { ACTIVE_STATUSES } from './trainingStore';

const WHERE = new Set(['backend', 'data', 'compile', 'memory', 'train', 'evaluate', 'save']);

/** Where the run failed, what happened and what to try, in the user's language when the engine sent codes. */
function ErrorText({ error }: { error: TrainError }) {
  const { t, msg } = useI18n();
  const hint = msg(error.hintCode, error.hint);
  return (
    <>
      {error.where && WHERE.has(error.where) && <b>{t(`train.where.${error.where}` as 'train.where.data')}: </b>}
      <span data-testid="train-error-message">{msg(error.messageCode, error.message)}</span>
      {hint && <span data-testid="train-error-hint"> — {hint}</span>}
      {error.runDir && <div data-testid="train-error-kept">{msg(coded('train.checkpointKept', { epoch: error.epoch ?? 0, dir: error.runDir }))}</div>}
    </>
  );
}

/**
 * Why Train cannot start now, or null: an empty network, errors in the network (the first one named, with
 * a way to it), no data set. Shown beside the disabled button, not only in its tooltip.
 */
function useBlocked(onShowProblem?: (nodeId: string | null) => void) {
  const { t, l } = useI18n();
  const analysis = useAnalysis();
  const hasBlocks = useEditorSelector((st) => st.graph.nodes.length > 0);
  const hasData = useEditorSelector((st) => st.project.training.data.trim() !== '');
  if (!hasBlocks) return { reason: t('train.emptyModel'), detail: null, nodeId: null };
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    return {
      reason: t('train.blockedByErrors', { n: errors.length }),
      detail: l(errors[0].message),
      nodeId: errors[0].nodeId ?? null,
      show: onShowProblem ? () => onShowProblem(errors[0].nodeId ?? null) : undefined,
    };
  }
  if (!hasData) return { reason: t('train.noData'), detail: null, nodeId: null };
  return null;
}

/** `onShowProblem`: takes the user to a problem of the network (the Design view, that block). */
export function RunBar({ onShowProblem }: { onShowProblem?: (nodeId: string | null) => void } = {}) {
  const { t, lang, msg } = useI18n();
  const run = useTraining();
  const editor = useStore();
  const s = useTrainingState();
  const blocked = useBlocked(onShowProblem);
  const p = s.progress;
  const active = ACTIVE_STATUSES.has(s.status);
  const pct = s.status === 'done' ? 100 : p ? Math.round(p.fraction * 1000) / 10 : 0;
  const prep = s.preparing;
  return (
    <div className={`ll-runbar status-${s.status}`} data-testid="run-bar" data-status={s.status}>
      <div className="ll-run-buttons">
        {!active && (
          <button className="ll-btn primary" onClick={() => void run.start()} disabled={blocked !== null} data-testid="train-start"
            title={blocked?.reason ?? ''}>▶ {t('train.start')}</button>
        )}
        {/* Pause and Stop take effect after the engine's current batch: the button says so at once. */}
        {(s.status === 'running' || s.status === 'preparing' || s.status === 'pausing') && (
          <button className="ll-btn" onClick={() => void run.pause()} disabled={!s.sessionId || s.status === 'pausing'} data-testid="train-pause">
            ❚❚ {s.status === 'pausing' ? t('train.status.pausing') : t('train.pause')}
          </button>
        )}
        {s.status === 'paused' && <button className="ll-btn primary" onClick={() => void run.resume()} data-testid="train-resume">▶ {t('train.resume')}</button>}
        {active && (
          <button className="ll-btn danger" onClick={() => void run.stop()} disabled={s.status === 'stopping' || !s.sessionId} data-testid="train-stop">
            ■ {s.status === 'stopping' ? t('train.status.stopping') : t('train.stop')}
          </button>
        )}
      </div>
      <div className="ll-run-progress">
        <div className="ll-run-line">
          <span className={`ll-run-status st-${s.status}`} data-testid="train-status">{t(`train.status.${s.status}`)}</span>
          {prep && s.status === 'preparing' && (
            <span className="ll-muted" data-testid="train-preparing">{msg(prep.messageCode, t(`train.prep.${prep.stage}`))}{prep.total ? ` ${formatInt(prep.done ?? 0)}/${formatInt(prep.total)}` : ''}</span>
          )}
          {p && <span data-testid="train-epoch">{t('train.epochOf', { epoch: p.epoch, epochs: p.epochs })}</span>}
          {p && <span data-testid="train-batch">{t('train.batchOf', { batch: p.batch, batches: p.batchesPerEpoch })}</span>}
          {p && <span data-testid="train-speed">{t('train.speed', { n: formatInt(s.status === 'done' && s.done ? s.done.imagesPerSec : p.imagesPerSec) })}</span>}
          {p && active && <span data-testid="train-eta">{t('train.eta', { time: p.etaSeconds === null ? '…' : formatDuration(p.etaSeconds) })}</span>}
          {s.started && (
            <span className="ll-backend-chip" data-testid="train-backend"
              title={[`${s.started.backend}: ${s.started.backendReason}`, ...s.started.passedOver.map((x) => `${x.backend}: ${x.reason}`)].join('\n')}>
              {t('train.backend', { backend: s.started.backend })}
              {/* The engine explains its choice in English; other languages show the backend's localized name and the
                  device it runs on (the reason stays in the tooltip). */}
              <span className="ll-muted"> — {lang === 'en' ? s.started.backendReason : t(`settings.backend.${s.started.backend}`)}</span>
              {lang !== 'en' && s.started.device && <span className="ll-muted" data-testid="train-device"> · {t('train.device', { device: s.started.device })}</span>}
            </span>
          )}
        </div>
        <div className="ll-progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} data-testid="train-progress">
          <div className={`ll-progress-fill ${s.status === 'preparing' ? 'indeterminate' : ''}`} style={{ width: s.status === 'preparing' ? '100%' : `${pct}%` }} />
        </div>
        {s.started && s.started.passedOver.length > 0 && (
          <div className="ll-muted ll-small" data-testid="train-passed-over" title={s.started.passedOver.map((x) => `${x.backend}: ${x.reason}`).join('\n')}>
            {t('train.passedOver')} {s.started.passedOver.map((x) => x.backend).join(', ')}
          </div>
        )}
        {!active && blocked && (
          <div className="ll-train-blocked" role="status" data-testid="train-blocked">
            <b>{blocked.reason}</b>
            {blocked.detail && <span className="ll-muted"> {blocked.detail}</span>}
            {blocked.show && <button className="ll-btn small" onClick={blocked.show} data-testid="train-show-problem">{t('train.showProblem')}</button>}
          </div>
        )}
        {s.status === 'error' && s.error && (
          <div className="ll-train-error" role="alert" data-testid="train-error">
            <ErrorText error={s.error} />
            {s.error.suggestedBatchSize && (
              <button className="ll-btn" data-testid="train-retry-batch" title={t(s.error.where === 'memory' ? 'train.memoryBatchTip' : 'train.retryBatchTip', { n: s.error.suggestedBatchSize })}
                onClick={() => {
                  const r = editor.updateTraining({ batchSize: s.error!.suggestedBatchSize! });
                  if (r.ok) void run.start();
                }}>
                ↻ {t('train.retryBatch', { n: s.error.suggestedBatchSize })}
              </button>
            )}
          </div>
        )}
        {s.status === 'done' && s.done && (
          <div className="ll-train-ok" data-testid="train-done">
            {t('train.doneSummary', {
              acc: s.done.testAccuracy === null ? '—' : `${(s.done.testAccuracy * 100).toFixed(1)}%`,
              time: formatDuration(s.done.durationMs / 1000), dir: s.done.runDir,
            })}
          </div>
        )}
        {s.status === 'cancelled' && s.cancelled && (
          <div className="ll-muted" data-testid="train-cancelled">
            {s.cancelled.runDir ? t('train.cancelledKept', { dir: s.cancelled.runDir }) : t('train.cancelledNothing')}
          </div>
        )}
      </div>
    </div>
  );
}
