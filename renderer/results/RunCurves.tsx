/** Two or more runs' epoch curves overlaid in one chart (one metric at a time). */
import { useMemo, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../i18n/I18nContext';
import { CURVE_METRICS, overlayRows, percentTicks, type CurveMetric } from './overlay';
import type { RunDetail } from './types';

/** Distinct in both themes and for common colour-vision deficiencies (Okabe–Ito order). */
const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#8c8c8c', '#F0E442'];

const METRIC_KEYS = { valAccuracy: 'runs.metric.valAccuracy', valLoss: 'runs.metric.valLoss', accuracy: 'runs.metric.accuracy', loss: 'runs.metric.loss' } as const;

export function RunCurves({ runs }: { runs: readonly RunDetail[] }) {
  const { t } = useI18n();
  const [metric, setMetric] = useState<CurveMetric>('valAccuracy');
  const series = useMemo(() => runs.map((r, i) => ({ key: `r${i}`, name: r.summary.name, history: r.history })), [runs]);
  const rows = useMemo(() => overlayRows(series, metric), [series, metric]);
  const isAccuracy = metric === 'valAccuracy' || metric === 'accuracy';
  const accuracyTicks = useMemo(() => (isAccuracy ? percentTicks(rows, series.map((s) => s.key)) : undefined), [isAccuracy, rows, series]);
  const fmt = (v: unknown) => (typeof v === 'number' ? (isAccuracy ? `${(v * 100).toFixed(2)}%` : v.toFixed(4)) : '—');
  return (
    <div className="ll-card ll-run-curves" data-testid="run-curves">
      <h4>
        {t('runs.compare', { n: runs.length })}
        <select className="ll-select ll-right" value={metric} onChange={(e) => setMetric(e.target.value as CurveMetric)} data-testid="runs-metric">
          {CURVE_METRICS.map((m) => <option key={m} value={m}>{t(METRIC_KEYS[m])}</option>)}
        </select>
      </h4>
      <div className="ll-chart">
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            <XAxis dataKey="epoch" stroke="var(--muted)" tick={{ fontSize: 11 }} allowDecimals={false}
              label={{ value: t('runs.epoch'), position: 'insideBottomRight', offset: -2, fontSize: 11, fill: 'var(--muted)' }} />
            <YAxis stroke="var(--muted)" tick={{ fontSize: 11 }} width={52} domain={accuracyTicks ? [accuracyTicks[0], 1] : ['auto', 'auto']} ticks={accuracyTicks}
              tickFormatter={(v: number) => (isAccuracy ? `${Math.round(v * 100)}%` : v.toFixed(2))} />
            <Tooltip formatter={(v) => fmt(v)} labelFormatter={(e) => `${t('runs.epoch')} ${String(e)}`}
              contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)', borderRadius: 6, fontSize: 12 }} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {series.map((s, i) => (
              <Line key={s.key} type="monotone" dataKey={s.key} name={s.name} stroke={SERIES_COLORS[i % SERIES_COLORS.length]}
                strokeWidth={2} dot={rows.length <= 30} connectNulls isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
