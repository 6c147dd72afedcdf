/**
 * Live curves: batch loss (raw and smoothed), and per epoch the train/validation loss and accuracy.
 * The charts take a snapshot of the run at most twice a second and the batch series is thinned to a few
 * hundred points, so redrawing stays cheap at hundreds of batches per second; animations are off too.
 */
import { memo, useRef, type ReactNode } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useToast } from '../editor/Toasts';
import { useI18n } from '../i18n/I18nContext';
import { downloadBlob as download } from '../files/download';
import { svgToPng, thin, toCsv, type CsvValue } from './chartExport';
import { useThrottledTrainingState } from './TrainingContext';
import type { BatchPoint, EpochPoint } from './trainingStore';

/** Charts redraw at most twice a second (the progress line follows the store's 4 Hz). */
const CHART_INTERVAL_MS = 500;
/** Points drawn per batch curve (the CSV has every point the store kept). */
const MAX_DRAWN = 400;
const C = { raw: '#93b4f5', smooth: '#2563eb', train: '#2563eb', val: '#ea7a1a', grid: 'rgba(128,128,128,0.25)', axis: '#8a8f98' };

const fmt = (v: unknown) => (typeof v === 'number' ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(4)) : String(v ?? '—'));
const pctFmt = (v: unknown) => (typeof v === 'number' ? `${(v * 100).toFixed(1)}%` : '—');

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
    // The chart's own surface is the largest SVG in the card (legend icons are small SVGs too).
    const svgs = [...(box.current?.querySelectorAll('svg.recharts-surface') ?? [])] as SVGSVGElement[];
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

const BatchLossChart = memo(function BatchLossChart({ points, labels }: { points: readonly BatchPoint[]; labels: { raw: string; smooth: string; step: string } }) {
  const data = thin(points, MAX_DRAWN);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data as BatchPoint[]} margin={{ top: 6, right: 12, bottom: 2, left: 0 }}>
        <CartesianGrid stroke={C.grid} />
        <XAxis dataKey="step" type="number" domain={['dataMin', 'dataMax']} stroke={C.axis} tick={{ fontSize: 11 }} allowDecimals={false} />
        <YAxis stroke={C.axis} tick={{ fontSize: 11 }} width={54} tickFormatter={(v: number) => fmt(v)} domain={[0, 'auto']} />
        <Tooltip formatter={(v) => fmt(v)} labelFormatter={(l) => `${labels.step} ${l}`} isAnimationActive={false} />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        <Line type="linear" dataKey="loss" name={labels.raw} stroke={C.raw} dot={false} strokeWidth={1} isAnimationActive={false} />
        <Line type="monotone" dataKey="smoothLoss" name={labels.smooth} stroke={C.smooth} dot={false} strokeWidth={2} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
});

const EpochChart = memo(function EpochChart({ points, train, val, names, percent, epochWord }: {
  points: readonly EpochPoint[]; train: 'loss' | 'accuracy'; val: 'valLoss' | 'valAccuracy'; names: [string, string]; percent: boolean; epochWord: string;
}) {
  const f = percent ? pctFmt : fmt;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={points as EpochPoint[]} margin={{ top: 6, right: 12, bottom: 2, left: 0 }}>
        <CartesianGrid stroke={C.grid} />
        <XAxis dataKey="epoch" type="number" domain={[1, 'dataMax']} allowDecimals={false} stroke={C.axis} tick={{ fontSize: 11 }} />
        <YAxis stroke={C.axis} tick={{ fontSize: 11 }} width={54} tickFormatter={(v: number) => f(v)} domain={percent ? [0, 1] : [0, 'auto']} />
        <Tooltip formatter={(v) => f(v)} labelFormatter={(l) => `${epochWord} ${l}`} isAnimationActive={false} />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        <Line type="linear" dataKey={train} name={names[0]} stroke={C.train} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
        <Line type="linear" dataKey={val} name={names[1]} stroke={C.val} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
});

export function LiveCurves() {
  const { t } = useI18n();
  const s = useThrottledTrainingState(CHART_INTERVAL_MS);
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
    <div className="ll-curves" data-testid="curves" data-batches={s.batchCount} data-epochs={s.epochs.length}>
      <ChartCard id="batch-loss" title={t('curves.batchLoss')} points={s.batches.length} csv={batchCsv}>
        <BatchLossChart points={s.batches} labels={{ raw: t('curves.raw'), smooth: t('curves.smoothed'), step: t('curves.step') }} />
      </ChartCard>
      <ChartCard id="epoch-loss" title={t('curves.epochLoss')} points={s.epochs.length} csv={epochCsv}>
        <EpochChart points={s.epochs} train="loss" val="valLoss" names={[t('curves.train'), t('curves.val')]} percent={false} epochWord={t('curves.epoch')} />
      </ChartCard>
      <ChartCard id="epoch-accuracy" title={t('curves.epochAccuracy')} points={s.epochs.length} csv={epochCsv}>
        <EpochChart points={s.epochs} train="accuracy" val="valAccuracy" names={[t('curves.train'), t('curves.val')]} percent epochWord={t('curves.epoch')} />
      </ChartCard>
    </div>
  );
}
