/** The confusion matrix as a heatmap: rows are the true class, columns the predicted one; click a cell for its images. */
import { useMemo } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { confusionCells } from './confusion';

interface Props {
  readonly classes: readonly string[];
  readonly confusion: readonly (readonly number[])[];
  readonly selected: { actual: number; predicted: number } | null;
  readonly onCell: (actual: number, predicted: number) => void;
}

export function ConfusionMatrix({ classes, confusion, selected, onCell }: Props) {
  const { t } = useI18n();
  const cells = useMemo(() => confusionCells(confusion), [confusion]);
  const n = classes.length;
  // Big matrices (CIFAR-100 …) shrink their cells and drop the numbers; the title still tells.
  const cell = n <= 12 ? 34 : n <= 30 ? 20 : 10;
  const showCounts = n <= 12;
  // Short names (digits, "cat") read best across the top; long ones turn sideways.
  const upright = classes.every((c) => c.length <= 3);
  return (
    <div className="ll-cm" data-testid="confusion-matrix">
      <div className="ll-cm-axis-x">{t('results.predicted')}</div>
      <div className="ll-cm-body">
        <div className="ll-cm-axis-y">{t('results.actual')}</div>
        <table className="ll-cm-table" style={{ ['--cm-cell' as string]: `${cell}px` }}>
          <thead>
            <tr><th />{classes.map((c, j) => <th key={j} className={upright ? 'col upright' : 'col'} title={c}><span>{showCounts || n <= 30 ? c : ''}</span></th>)}</tr>
          </thead>
          <tbody>
            {cells.map((row, i) => (
              <tr key={i}>
                <th className="row" title={classes[i]}>{n <= 30 ? classes[i] : ''}</th>
                {row.map((c) => {
                  const diag = c.actual === c.predicted;
                  const isSel = selected?.actual === c.actual && selected.predicted === c.predicted;
                  const alpha = c.count === 0 ? 0 : 0.12 + 0.88 * c.share;
                  return (
                    <td key={c.predicted}
                      className={`${diag ? 'diag' : 'off'}${isSel ? ' selected' : ''}${c.share > 0.55 ? ' strong' : ''}`}
                      style={{ ['--cm-alpha' as string]: alpha.toFixed(3) }}
                      title={t('results.cellTitle', { n: c.count, actual: classes[c.actual], predicted: classes[c.predicted], pct: (c.share * 100).toFixed(1) })}
                      onClick={() => onCell(c.actual, c.predicted)} tabIndex={0} role="button"
                      onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onCell(c.actual, c.predicted); } }} data-testid="cm-cell">
                      {showCounts && c.count > 0 ? c.count : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
