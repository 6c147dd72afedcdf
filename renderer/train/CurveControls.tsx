/** The curves' view settings: smoothing, log scale for losses, x axis in batches or epochs (kept between sessions). */
import { useCallback, useState } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { MAX_SMOOTHING, parseCurveOptions, type CurveAxis, type CurveOptions } from './curveView';

const KEY = 'layerloom.curves';

export function useCurveOptions(): [CurveOptions, (patch: Partial<CurveOptions>) => void] {
  const [options, setOptions] = useState<CurveOptions>(() => {
    try { return parseCurveOptions(JSON.parse(localStorage.getItem(KEY) ?? 'null')); } catch { return parseCurveOptions(null); }
  });
  const update = useCallback((patch: Partial<CurveOptions>) => {
    setOptions((prev) => {
      const next = parseCurveOptions({ ...prev, ...patch });
      try { localStorage.setItem(KEY, JSON.stringify(next)); } catch { /* storage unavailable */ }
      return next;
    });
  }, []);
  return [options, update];
}

export function CurveControls({ options, onChange }: { options: CurveOptions; onChange: (patch: Partial<CurveOptions>) => void }) {
  const { t } = useI18n();
  return (
    <div className="ll-curve-controls" data-testid="curve-controls">
      <label className="ll-curve-smoothing" title={t('curves.smoothingHelp')}>
        <span>{t('curves.smoothing')}</span>
        <input type="range" min={0} max={MAX_SMOOTHING} step={0.01} value={options.smoothing}
          onChange={(e) => onChange({ smoothing: Number(e.target.value) })} data-testid="curve-smoothing" aria-label={t('curves.smoothing')} />
        <output className="ll-mono">{options.smoothing.toFixed(2)}</output>
      </label>
      <label className="ll-check" title={t('curves.logHelp')}>
        <input type="checkbox" checked={options.log} onChange={(e) => onChange({ log: e.target.checked })} data-testid="curve-log" />
        {t('curves.log')}
      </label>
      <span className="ll-curve-label">{t('curves.axis')}</span>
      <div className="ll-seg small" role="radiogroup" aria-label={t('curves.axis')}>
        {(['step', 'epoch'] as const satisfies readonly CurveAxis[]).map((a) => (
          <button key={a} role="radio" aria-checked={options.axis === a} className={options.axis === a ? 'active' : ''}
            onClick={() => onChange({ axis: a })} data-testid={`curve-axis-${a}`}>{t(a === 'step' ? 'curves.axisStep' : 'curves.axisEpoch')}</button>
        ))}
      </div>
    </div>
  );
}
