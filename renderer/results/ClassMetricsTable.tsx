/** Per-class precision, recall and F1 with their support, and the macro average. */
import { useI18n } from '../i18n/I18nContext';
import type { Evaluation } from './types';

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

function Bar({ value }: { value: number }) {
  return <span className="ll-bar"><span style={{ width: `${Math.max(0, Math.min(1, value)) * 100}%` }} /></span>;
}

export function ClassMetricsTable({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useI18n();
  return (
    <table className="ll-table ll-metrics" data-testid="class-metrics">
      <thead>
        <tr>
          <th>{t('results.class')}</th><th className="num">{t('results.precision')}</th><th className="num">{t('results.recall')}</th>
          <th className="num">F1</th><th className="num">{t('results.support')}</th>
        </tr>
      </thead>
      <tbody>
        {evaluation.perClass.map((c) => (
          <tr key={c.className}>
            <td>{c.className}</td>
            <td className="num ll-mono">{pct(c.precision)} <Bar value={c.precision} /></td>
            <td className="num ll-mono">{pct(c.recall)} <Bar value={c.recall} /></td>
            <td className="num ll-mono">{pct(c.f1)} <Bar value={c.f1} /></td>
            <td className="num ll-mono">{c.support}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td>{t('results.macro')}</td>
          <td className="num ll-mono">{pct(evaluation.macro.precision)}</td>
          <td className="num ll-mono">{pct(evaluation.macro.recall)}</td>
          <td className="num ll-mono">{pct(evaluation.macro.f1)}</td>
          <td className="num ll-mono">{evaluation.perClass.reduce((a, c) => a + c.support, 0)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
