/**
 * A run's test results: headline figures, the confusion matrix (click a cell → its images), per-class
 * precision/recall/F1, the most confident mistakes, where the model is saved, and predict.
 */
import { useEffect, useRef, useState } from 'react';
import { getEngine } from '../engineClient';
import { useToast } from '../editor/Toasts';
import { useExport } from '../export/useExport';
import { useI18n } from '../i18n/I18nContext';
import { ClassMetricsTable } from './ClassMetricsTable';
import { ConfusionMatrix } from './ConfusionMatrix';
import { ImageGrid } from './ImageGrid';
import { PredictBox } from './PredictBox';
import type { Evaluation, SplitImage } from './types';
import { useRunDetail } from './useRunDetail';

export interface ResultsPanelProps {
  readonly runDir: string | null;
  readonly evaluation?: Evaluation | null;
}

interface CellImages { readonly actual: number; readonly predicted: number; readonly images: readonly SplitImage[]; readonly total: number }

const MISTAKES_SHOWN = 12;
const pct = (v: number) => `${(v * 100).toFixed(2)}%`;

export function ResultsPanel({ runDir, evaluation: given }: ResultsPanelProps) {
  const { t } = useI18n();
  const toast = useToast();
  const { exportTo, busy } = useExport();
  const { detail, loading, error } = useRunDetail(runDir);
  const evaluation = given ?? detail?.evaluation ?? null;
  const [cell, setCell] = useState<CellImages | { actual: number; predicted: number; loading: true } | null>(null);
  const [mistakeImages, setMistakeImages] = useState<ReadonlyMap<number, string>>(new Map());
  const cellSection = useRef<HTMLElement>(null);
  useEffect(() => { if (cell) cellSection.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' }); }, [cell]);

  useEffect(() => { setCell(null); setMistakeImages(new Map()); }, [runDir]);

  const mistakes = evaluation?.mistakes.slice(0, MISTAKES_SHOWN) ?? [];
  const mistakeKey = mistakes.map((m) => m.index).join(',');
  useEffect(() => {
    if (!runDir || !mistakeKey) return;
    let alive = true;
    const indices = mistakeKey.split(',').map(Number);
    getEngine().request('runs.images', { dir: runDir, indices, limit: indices.length }).then(
      (r) => { if (alive) setMistakeImages(new Map(r.images.map((im) => [im.index, im.url]))); },
      () => undefined, // the list still shows without pictures
    );
    return () => { alive = false; };
  }, [runDir, mistakeKey]);

  if (!runDir) return <p className="ll-muted ll-pad" data-testid="results-empty">{t('results.none')}</p>;
  if (!evaluation) {
    return (
      <p className={`ll-pad ${error ? 'll-err' : 'll-muted'}`} data-testid="results-empty">
        {loading ? t('results.loading') : error ? t('results.loadFailed', { error }) : t('results.noEvaluation')}
      </p>
    );
  }

  const classes = evaluation.classes;
  const showCell = async (actual: number, predicted: number) => {
    if (!evaluation.confusion[actual]?.[predicted]) { setCell({ actual, predicted, images: [], total: 0 }); return; }
    setCell({ actual, predicted, loading: true });
    try {
      const r = await getEngine().request('runs.images', { dir: runDir, actual, predicted, limit: 48 });
      setCell({ actual, predicted, images: r.images, total: r.total });
    } catch (err) {
      setCell(null);
      toast(t('results.imagesFailed', { error: (err as Error).message }), 'error');
    }
  };
  const copyPath = () => void navigator.clipboard?.writeText(runDir).then(() => toast(t('results.copied'), 'success'), () => undefined);
  const runProject = detail?.project;

  return (
    <div className="ll-results" data-testid="results">
      <div className="ll-stats">
        <Stat label={t('results.testAccuracy')} value={pct(evaluation.accuracy)} strong testId="test-accuracy" />
        <Stat label={t('results.testLoss')} value={evaluation.loss.toFixed(4)} />
        <Stat label={t('results.macroF1')} value={pct(evaluation.macro.f1)} />
        <Stat label={t('results.images')} value={String(evaluation.images)} />
        <div className="ll-saved" data-testid="run-location">
          <div className="ll-muted">{t('results.savedIn')}</div>
          <code title={runDir}>{runDir}</code>
          <div className="ll-saved-actions">
            <button className="ll-btn" onClick={copyPath}>{t('results.copyPath')}</button>
            <button className="ll-btn" disabled={busy || !runProject} data-testid="export-weights"
              onClick={() => void exportTo('pytorch', { weightsFrom: runDir, project: runProject })}>{t('results.exportPytorchWeights')}</button>
            <button className="ll-btn" disabled={busy || !runProject}
              onClick={() => void exportTo('keras', { weightsFrom: runDir, project: runProject })}>{t('results.exportKerasWeights')}</button>
          </div>
        </div>
      </div>

      <div className="ll-results-grid">
        <section className="ll-card">
          <h4>{t('results.confusion')}</h4>
          <p className="ll-muted ll-small">{t('results.confusionHint')}</p>
          <ConfusionMatrix classes={classes} confusion={evaluation.confusion} selected={cell} onCell={(a, p) => void showCell(a, p)} />
        </section>
        <section className="ll-card">
          <h4>{t('results.perClass')}</h4>
          <ClassMetricsTable evaluation={evaluation} />
        </section>
      </div>

      {cell && (
        <section className="ll-card" data-testid="cell-images" ref={cellSection}>
          <h4>
            {t('results.cellImages', { actual: classes[cell.actual], predicted: classes[cell.predicted] })}
            {'total' in cell && cell.total > 0 && <span className="ll-muted"> · {t('results.shownOf', { n: cell.images.length, total: cell.total })}</span>}
            <button className="ll-link ll-right" onClick={() => setCell(null)}>{t('fm.close')}</button>
          </h4>
          {'loading' in cell ? <p className="ll-muted">{t('results.loading')}</p>
            : cell.images.length === 0 ? <p className="ll-muted">{t('results.noImages')}</p>
              : <ImageGrid images={cell.images.map((im) => ({ key: im.index, url: im.url, caption: `#${im.index}`, title: im.path }))} />}
        </section>
      )}

      {mistakes.length > 0 && (
        <section className="ll-card">
          <h4>{t('results.mistakes')}</h4>
          <ImageGrid testId="mistakes" images={mistakes.map((m) => ({
            key: m.index, url: mistakeImages.get(m.index) ?? '', title: m.path,
            caption: <><span className="ll-err">{m.predictedClass}</span> {(m.confidence * 100).toFixed(0)}%<br /><span className="ll-muted">{t('results.was', { label: m.trueClass })}</span></>,
          }))} />
        </section>
      )}

      <section className="ll-card">
        <h4>{t('results.predict')}</h4>
        <PredictBox runDir={runDir} />
      </section>
    </div>
  );
}

function Stat({ label, value, strong, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <div className={`ll-stat${strong ? ' strong' : ''}`}>
      <div className="ll-muted">{label}</div>
      <div className="ll-stat-value" data-testid={testId}>{value}</div>
    </div>
  );
}
