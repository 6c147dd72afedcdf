/** The model at a glance, shown in the inspector when no block is selected. */
import { useAnalysis, useEditorSelector } from '../editor/EditorContext';
import { formatCompact, formatInt } from '../format';
import { useI18n } from '../i18n/I18nContext';

export function ModelOverview() {
  const { t } = useI18n();
  const count = useEditorSelector((s) => s.graph.nodes.length);
  const analysis = useAnalysis();
  if (!count) return null;
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = analysis.diagnostics.length - errors;
  return (
    <div className="ll-section">
      <h4>{t('model.title')}</h4>
      <dl className="ll-facts">
        <dt>{t('model.blocks')}</dt><dd className="ll-mono">{count}</dd>
        <dt>{t('model.totalParams')}</dt><dd className="ll-mono">{formatInt(analysis.totals.params)}</dd>
        <dt title={t('help.flops')}>{t('model.flops')}</dt><dd className="ll-mono" title={t('help.flops')}>{formatCompact(analysis.totals.flops)}</dd>
        <dt title={t('help.macs')}>{t('model.macs')}</dt><dd className="ll-mono" title={t('help.macs')}>{formatCompact(analysis.totals.macs)}</dd>
        <dt>{t('model.status')}</dt>
        <dd>{errors === 0 && warnings === 0 ? <span className="ll-ok">{t('model.ok')}</span>
          : <>{errors > 0 && <span className="ll-err">{errors === 1 ? t('model.oneError') : t('model.errors', { n: errors })}</span>} {warnings > 0 && <span className="ll-warn">{warnings === 1 ? t('model.oneWarning') : t('model.warnings', { n: warnings })}</span>}</>}</dd>
      </dl>
    </div>
  );
}
