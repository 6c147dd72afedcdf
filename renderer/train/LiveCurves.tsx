/**
 * Live curves: batch loss (raw and smoothed), and per epoch the train/validation loss and accuracy, with
 * TensorBoard's view settings (smoothing, log scale, batches or epochs on the x axis: curveView.ts).
 * The charts take a snapshot of the run at most twice a second and the batch series is thinned to a few
 * hundred points, so redrawing stays cheap at hundreds of batches per second; animations are off too.
 */
import { useMemo, useRef, type ReactNode } from 'react';
import { useToast } from '../editor/Toasts';
import { useI18n } from '../i18n/I18nContext';
import { downloadBlob as download } from '../files/download';
import { svgToPng, thin, toCsv, type CsvValue } from './chartExport';
import { useThrottledTrainingState } from './TrainingContext';
import { CurveControls, useCurveOptions } from './CurveControls';
import { SvgLineChart, type ChartRow, type ChartSeries } from './SvgLineChart';
import { batchRows, epochRows, type BatchRow, type CurveAxis, type CurveOptions, type EpochRow } from './curveView';

/** Charts redraw at most twice a second (the progress line follows the store's 4 Hz). */
const CHART_INTERVAL_MS = 500;
/** Points drawn per batch curve (the CSV has every point the store kept). */
const MAX_DRAWN = 400;
const C = { raw: '#93b4f5', smooth: '#2563eb', train: '#2563eb', val: '#ea7a1a' };

/** Axis and tooltip numbers: short (ticks are round numbers; 0.0001 not 1.000e-4). */
const fmt = (v: number) => (v === 0 ? '0' : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 0.001 ? String(+v.toPrecision(4)) : v.toExponential(1));
/** Percent: whole on the axis's round ticks (80%), one decimal otherwise (87.4%). */
const pctFmt = (v: number) => { const p = v * 100; return `${Math.abs(p - Math.round(p)) < 1e-9 ? Math.round(p) : p.toFixed(1)}%`; };

interface CardProps {
  readonly id: string;
  readonly title: string;
  readonly points: number;
  readonly csv: () => { columns: readonly string[]; rows: readonly Record<string, CsvValue>[] };
  readonly children: ReactNode;
}

function ChartCard({ id, title, points, csv, children }: CardProps) {
  const { t } = useI18n();
  const toast = useToast();
  const box = useRef<HTMLDivElement>(null);
  const savePng = async () => {
    // The chart's own surface is the largest SVG in the card.
    const svgs = [...(box.current?.querySelectorAll('svg.ll-chart-surface, svg.recharts-surface') ?? [])] as SVGSVGElement[];
    const area = (el: SVGSVGElement) => { const r = el.getBoundingClientRect(); return r.width * r.height; };
    const svg = svgs.sort((a, b) => area(b) - area(a))[0];
    if (!svg) return;
    try {
      const bg = getComputedStyle(document.documentElement).getPropertyValue('--panel').trim() || '#ffffff';
      download(await svgToPng(svg, bg), `${id}.png`);
    } catch (err) { toast((err as Error).message, 'error'); }
  };
  const saveCsv = () => {
    const { columns, rows } = csv();
    download(new Blob([toCsv(columns, rows)], { type: 'text/csv' }), `${id}.csv`);
  };
  return (
    <div className="ll-chart-card" data-testid={`chart-${id}`} data-points={points}>
      <div className="ll-chart-head">
        <span className="ll-chart-title">{title}</span>
        <span className="ll-chart-actions">
          <button className="ll-btn small" onClick={saveCsv} disabled={points === 0} data-testid={`chart-${id}-csv`}>CSV</button>
          <button className="ll-btn small" onClick={() => void savePng()} disabled={points === 0} data-testid={`chart-${id}-png`}>PNG</button>
        </span>
      </div>
      <div className="ll-chart-body" ref={box}>
        {points === 0 ? <div className="ll-empty-note">{t('curves.waiting')}</div> : children}
      </div>
    </div>
  );
}

interface AxisWords { readonly step: string; readonly epoch: string }
const xLabelOf = (axis: CurveAxis, w: AxisWords) => (v: number) => (axis === 'step' ? `${w.step} ${v}` : `${w.epoch} ${Math.round(v * 100) / 100}`);
const xTickOf = (axis: CurveAxis) => (v: number) => (axis === 'epoch' ? String(Math.round(v * 100) / 100) : String(v));

function BatchLossChart({ rows, options, labels, xDomain }: {
  rows: readonly BatchRow[]; options: CurveOptions; labels: { raw: string; smooth: string } & AxisWords; xDomain: readonly [number, number | null];
}) {
  // With no smoothing the raw line is the curve; otherwise it stays as a faint trace under the smoothed one.
  const smoothed = options.smoothing > 0;
  const series = useMemo<ChartSeries[]>(() => (smoothed
    ? [{ key: 'loss', name: labels.raw, color: C.raw, width: 1 }, { key: 'smoothLoss', name: labels.smooth, color: C.smooth, width: 2 }]
    : [{ key: 'loss', name: labels.raw, color: C.smooth, width: 2 }]), [smoothed, labels]);
  const xLabel = useMemo(() => xLabelOf(options.axis, labels), [options.axis, labels]);
  return (
    <SvgLineChart rows={rows as unknown as ChartRow[]} xKey="x" series={series} xDomain={xDomain} yDomain={options.log ? undefined : LOSS_DOMAIN} yLog={options.log}
      xTick={xTickOf(options.axis)} yTick={fmt} xLabel={xLabel} integerX={options.axis === 'step'} />
  );
}

function EpochChart({ rows, train, val, names, percent, options, words, xDomain }: {
  rows: readonly EpochRow[]; train: 'loss' | 'accuracy'; val: 'valLoss' | 'valAccuracy'; names: readonly [string, string]; percent: boolean;
  options: CurveOptions; words: AxisWords; xDomain: readonly [number, number | null];
}) {
  const series = useMemo<ChartSeries[]>(() => [
    { key: train, name: names[0], color: C.train, width: 2, dots: true },
    { key: val, name: names[1], color: C.val, width: 2, dots: true, connectNulls: true },
  ], [train, val, names]);
  const xLabel = useMemo(() => xLabelOf(options.axis, words), [options.axis, words]);
  const log = options.log && !percent;
  return (
    <SvgLineChart rows={rows as unknown as ChartRow[]} xKey="x" series={series} xDomain={xDomain}
      yDomain={percent ? PERCENT_DOMAIN : log ? undefined : LOSS_DOMAIN} yLog={log}
      xTick={xTickOf(options.axis)} yTick={percent ? pctFmt : fmt} xLabel={xLabel} integerX />
  );
}

const LOSS_DOMAIN = [0, null] as const;
const PERCENT_DOMAIN = [0, 1] as const;

export function LiveCurves() {
  const { t } = useI18n();
  const s = useThrottledTrainingState(CHART_INTERVAL_MS);
  const [options, setOptions] = useCurveOptions();
  const perEpoch = s.progress?.batchesPerEpoch ?? 1;
  // Rows are derived once per snapshot (twice a second at most) and per change of the view settings.
  const batch = useMemo(() => batchRows(thin(s.batches, MAX_DRAWN), options, perEpoch), [s.batches, options, perEpoch]);
  const lossRows = useMemo(() => epochRows(s.epochs, ['loss', 'valLoss'], options, perEpoch), [s.epochs, options, perEpoch]);
  const accRows = useMemo(() => epochRows(s.epochs, ['accuracy', 'valAccuracy'], options, perEpoch), [s.epochs, options, perEpoch]);
  const words = useMemo(() => ({ step: t('curves.step'), epoch: t('curves.epoch') }), [t]);
  const batchLabels = useMemo(() => ({ raw: t('curves.raw'), smooth: t('curves.smoothed'), ...words }), [t, words]);
  const names = useMemo(() => [t('curves.train'), t('curves.val')] as const, [t]);
  // The three charts share the x range, from the start to the last batch (an epoch's point sits where it ended).
  const lastX = batch.length ? batch[batch.length - 1].x : null;
  const xDomain = useMemo(() => [0, lastX] as const, [lastX]);
  const batchCsv = () => ({
    columns: ['step', 'epoch', 'batch', 'loss', 'smoothLoss', 'accuracy', 'smoothAccuracy', 'imagesPerSec'],
    rows: s.batches as unknown as Record<string, CsvValue>[],
  });
  const epochCsv = () => ({
    columns: ['epoch', 'loss', 'accuracy', 'valLoss', 'valAccuracy', 'learningRate', 'durationMs'],
    rows: s.epochs as unknown as Record<string, CsvValue>[],
  });
  if (s.status === 'idle') {
    return <div className="ll-dash-empty" data-testid="curves-empty"><b>{t('curves.emptyTitle')}</b><span>{t('curves.emptyBody')}</span></div>;
  }
  return (
    <div className="ll-curves-wrap">
      <CurveControls options={options} onChange={setOptions} />
      <div className="ll-curves" data-testid="curves" data-batches={s.batchCount} data-epochs={s.epochs.length}>
        <ChartCard id="batch-loss" title={t('curves.batchLoss')} points={s.batches.length} csv={batchCsv}>
          <BatchLossChart rows={batch} options={options} labels={batchLabels} xDomain={xDomain} />
        </ChartCard>
        <ChartCard id="epoch-loss" title={t('curves.epochLoss')} points={s.epochs.length} csv={epochCsv}>
          <EpochChart rows={lossRows} train="loss" val="valLoss" names={names} percent={false} options={options} words={words} xDomain={xDomain} />
        </ChartCard>
        <ChartCard id="epoch-accuracy" title={t('curves.epochAccuracy')} points={s.epochs.length} csv={epochCsv}>
          <EpochChart rows={accRows} train="accuracy" val="valAccuracy" names={names} percent options={options} words={words} xDomain={xDomain} />
        </ChartCard>
      </div>
    </div>
  );
}
