/** The model summary, like Keras' model.summary(): one row per block in data-flow order, then totals and memory. */
import { memo, useState } from 'react';
import type { Analysis } from '../../src/graph/analysisTypes';
import type { Translate } from '../i18n/I18nContext';
import type { Localized } from '../../src/graph/localized';
import { getBlock } from '../../src/graph/blocks/index';
import { useAnalysis, useEditorSelector, useLabels } from '../editor/EditorContext';
import { fieldPhases, formatBytes, formatCompact, formatField, formatInt, formatShape } from '../format';
import { useI18n } from '../i18n/I18nContext';

const FLOAT_BYTES = 4;

/** Weights + gradients + Adam's two moments, plus activations and their gradients for one batch. */
export function trainingMemoryBytes(params: number, activationBytesPerImage: number, batch: number): number {
  return params * FLOAT_BYTES * 4 + activationBytesPerImage * batch * 2;
}

export function SummaryTable({ onFocus }: { onFocus: (nodeId: string) => void }) {
  const { t, l } = useI18n();
  const defaultBatch = useEditorSelector((s) => s.project.training.batchSize);
  const labels = useLabels();
  const analysis = useAnalysis();
  const [batch, setBatch] = useState(defaultBatch);
  const { totals } = analysis;
  return (
    <div className="ll-summary" data-testid="summary">
      <div className="ll-summary-table">
      <table className="ll-table">
        <thead>
          <tr>
            <th>{t('summary.block')}</th><th>{t('summary.kind')}</th><th>{t('summary.output')}</th>
            <th className="num">{t('summary.params')}</th><th className="num" title={t('help.flops')}>{t('summary.flops')}</th>
            <th className="num" title={t('help.macs')}>{t('summary.macs')}</th>
            <th className="num" title={t('help.rf')}>{t('summary.rf')}</th><th className="num">{t('summary.memory')}</th><th>{t('summary.connectedTo')}</th>
          </tr>
        </thead>
        <SummaryRows analysis={analysis} labels={labels} onFocus={onFocus} t={t} l={l} />
      </table>
      </div>
      <div className="ll-totals">
        <dl className="ll-facts">
          <dt>{t('summary.total')}</dt><dd className="ll-mono" data-testid="total-params">{formatInt(totals.params)}</dd>
          <dt>{t('summary.trainable')}</dt><dd className="ll-mono" data-testid="trainable-params">{formatInt(totals.trainableParams)}</dd>
          <dt>{t('summary.nonTrainable')}</dt><dd className="ll-mono">{formatInt(totals.nonTrainableParams)}</dd>
          <dt title={t('help.flops')}>{t('summary.totalFlops')}</dt><dd className="ll-mono" title={t('help.flops')}>{formatCompact(totals.flops)}</dd>
          <dt title={t('help.macs')}>{t('summary.totalMacs')}</dt><dd className="ll-mono" title={t('help.macs')} data-testid="total-macs">{formatCompact(totals.macs)}</dd>
          <dt>{t('summary.weightsSize')}</dt><dd className="ll-mono">{formatBytes(totals.params * FLOAT_BYTES)}</dd>
          <dt title={t('summary.memoryHelp')}>{t('summary.trainingMemory', { batch })}</dt>
          <dd className="ll-mono" title={t('summary.memoryHelp')}>{formatBytes(trainingMemoryBytes(totals.params, totals.activationBytesPerImage, batch))}</dd>
        </dl>
        <label className="ll-batch">{t('summary.batch')}
          <input className="ll-input ll-num" type="number" min={1} max={4096} value={batch}
            onChange={(e) => { const n = Number(e.target.value); if (Number.isInteger(n) && n >= 1 && n <= 4096) setBatch(n); }} />
        </label>
      </div>
    </div>
  );
}

/** 9×9, or 7×7–9×9 when pixels of different phases see different amounts. */
function fieldRange(rf: Analysis['nodes'][string]['receptiveField'], globalWord: string): string {
  const phases = fieldPhases(rf);
  return phases ? `${phases.min}–${phases.max}` : formatField(rf, globalWord);
}

interface RowsProps {
  readonly analysis: Analysis;
  readonly labels: ReadonlyMap<string, string>;
  readonly onFocus: (id: string) => void;
  readonly t: Translate;
  readonly l: (x: Localized) => string;
}

/** The table body: re-rendered only when the analysis, the labels or the language change. */
const SummaryRows = memo(function SummaryRows({ analysis, labels, onFocus, t, l }: RowsProps) {
  const rows = analysis.order.map((id) => analysis.nodes[id]).filter(Boolean);
  return (
        <tbody>
          {rows.map((a) => {
                        const def = getBlock(a.kind);
            const bad = a.diagnostics.some((d) => d.severity === 'error');
            return (
              <tr key={a.id} className={bad ? 'bad' : ''} onClick={() => onFocus(a.id)}>
                <td className="ll-mono">{labels.get(a.id) ?? a.id}</td>
                <td>{def ? l(def.title) : a.kind}</td>
                <td className="ll-mono">{formatShape(a.outputShape)}</td>
                <td className="num ll-mono">{formatInt(a.params.trainable + a.params.nonTrainable)}</td>
                <td className="num ll-mono">{formatCompact(a.flops)}</td>
                <td className="num ll-mono">{formatCompact(a.macs)}</td>
                <td className="num ll-mono">{fieldRange(a.receptiveField, t('block.rfGlobal'))}</td>
                <td className="num ll-mono">{formatBytes(a.activationBytes)}</td>
                <td className="ll-mono ll-muted">{a.inputIds.join(', ')}</td>
              </tr>
            );
          })}
        </tbody>
  );
});
