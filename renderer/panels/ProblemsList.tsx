/** Every problem analyze found, errors first; clicking one shows its block. */
import { useAnalysis, useEditorSelector } from '../editor/EditorContext';
import { useI18n } from '../i18n/I18nContext';
import { FixButton } from './FixButton';

export function ProblemsList({ onFocus }: { onFocus: (nodeId: string) => void }) {
  const { t, l } = useI18n();
  const analysis = useAnalysis();
  const count = useEditorSelector((s) => s.graph.nodes.length);
  const edges = useEditorSelector((s) => s.graph.edges);
  if (!count) return <p className="ll-muted ll-pad">{t('problems.emptyGraph')}</p>;
  if (!analysis.diagnostics.length) return <p className="ll-ok ll-pad" data-testid="no-problems">✓ {t('problems.none')}</p>;
  return (
    <ul className="ll-problems" data-testid="problems">
      {analysis.diagnostics.map((d, i) => {
        const target = d.nodeId ?? (d.edgeId ? edges.find((e) => e.id === d.edgeId)?.target : undefined);
        return (
          <li key={i} className={`ll-problem ${d.severity} ${target ? 'clickable' : ''}`} title={target ? t('problems.focus') : undefined}
            onClick={() => target && onFocus(target)} data-testid="problem">
            <span className={`ll-sev ${d.severity}`}>{d.severity === 'error' ? '●' : '▲'}</span>
            <div>
              <div>{l(d.message)}</div>
              <div className="ll-muted">{t('block.fix')} {l(d.fix)}</div>
            </div>
            {target && <span className="ll-mono ll-muted ll-problem-id">{target}</span>}
            {d.action && <FixButton action={d.action} className={target ? '' : 'll-right'} />}
          </li>
        );
      })}
    </ul>
  );
}
