/**
 * The inspector's "Why this number": the selected block's output size, parameter count and receptive field
 * worked out with its own values (src/graph/explain), so a learner sees where each number on the block
 * comes from. Open or closed is remembered.
 */
import { useState } from 'react';
import { getBlock } from '../../src/graph/blocks/index';
import { explainBlock, explainReceptiveField, type ArithmeticLine, type RfExplanation } from '../../src/graph/explain/index';
import { useAnalysis, useEditorSelector } from '../editor/EditorContext';
import { formatInt } from '../format';
import { useI18n } from '../i18n/I18nContext';
import '../styles/teaching.css';

const OPEN_KEY = 'layerloom.whyOpen';

function initiallyOpen(): boolean {
  try { return localStorage.getItem(OPEN_KEY) !== '0'; } catch { return true; }
}

/** `heading`: the group's title; a line labelled the same shows no label of its own. */
function Line({ line, heading }: { line: ArithmeticLine; heading: string }) {
  const { l } = useI18n();
  return (
    <div className="ll-why-line">
      {l(line.label) !== heading && <div className="ll-why-label">{l(line.label)}</div>}
      <div className="ll-why-math ll-mono">
        {line.formula}{line.values && <> = {line.values}</>} = <b>{formatInt(line.result)}</b>
      </div>
      {line.note && <div className="ll-why-note">{l(line.note)}</div>}
    </div>
  );
}

function ReceptiveFieldTable({ id, rf }: { id: string; rf: RfExplanation }) {
  const { t } = useI18n();
  const graph = useEditorSelector((s) => s.graph);
  const kindTitle = (nodeId: string) => {
    const kind = graph.nodes.find((n) => n.id === nodeId)?.kind;
    return kind ? getBlock(kind)?.title : undefined;
  };
  if (rf.type === 'none') return null;
  if (rf.type === 'global') return <p className="ll-why-note" data-testid="why-rf-global">{t('why.rfGlobal', { at: rf.at })}</p>;
  if (rf.type === 'upsampling') return <p className="ll-why-note" data-testid="why-rf-upsampling">{t('why.rfUpsampling', { at: rf.at.join(', '), n: rf.field })}</p>;
  if (!rf.steps.length) return <p className="ll-why-note">{t('why.rfNoWindows', { id })}</p>;
  return (
    <div data-testid="why-rf">
      <p className="ll-why-note">{t('why.rfIntro', { id })}</p>
      <table className="ll-why-table ll-mono">
        <thead><tr><th>{t('why.rfBlock')}</th><th>K</th><th>S</th><th>RF</th></tr></thead>
        <tbody>
          <tr className="ll-why-start"><td colSpan={3}>{t('why.rfStart', { id })}</td><td>1</td></tr>
          {rf.steps.map((s) => (
            <tr key={s.id} data-testid={`why-rf-row-${s.id}`} title={kindTitle(s.id)?.en}>
              <td>{s.id}</td>
              <td>{s.dilation > 1 ? `${s.dilation}·(${s.kernel}−1)+1 = ${s.effective}` : s.effective}</td>
              <td>{s.stride}</td>
              <td>{s.stride}·({s.before} − 1) + {s.effective} = <b>{s.after}</b></td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={`ll-why-result ${rf.matches ? 'ok' : 'warn'}`} data-testid="why-rf-result">
        {t('why.rfResult', { n: rf.result })} · {rf.matches ? `✓ ${t('why.rfMatches')}` : t('why.rfMismatch', { n: rf.field })}
      </p>
      {rf.via.map((v) => <p key={v.merge} className="ll-why-note">{t('why.rfVia', { merge: v.merge, via: v.via })}</p>)}
    </div>
  );
}

export function WhyThisNumber({ nodeId }: { nodeId: string }) {
  const { t } = useI18n();
  const analysis = useAnalysis();
  const graph = useEditorSelector((s) => s.graph);
  const [open, setOpen] = useState(initiallyOpen);
  const explanation = explainBlock(graph, analysis, nodeId);
  const rf = explainReceptiveField(graph, analysis, nodeId);
  const toggle = (next: boolean) => {
    setOpen(next);
    try { localStorage.setItem(OPEN_KEY, next ? '1' : '0'); } catch { /* storage unavailable */ }
  };
  return (
    <details className="ll-section ll-why" open={open} onToggle={(e) => toggle((e.target as HTMLDetailsElement).open)} data-testid="why-this-number">
      <summary><h4>{t('why.title')}</h4></summary>
      {!explanation ? <p className="ll-muted">{t('why.none')}</p> : (
        <>
          <div className="ll-why-group" data-testid="why-output-size">
            <div className="ll-why-head">{t('why.outputSize')}</div>
            {explanation.outputSize.map((x, i) => <Line key={i} line={x} heading={t('why.outputSize')} />)}
          </div>
          <div className="ll-why-group" data-testid="why-params">
            <div className="ll-why-head">{t('why.params')}</div>
            {explanation.params.map((x, i) => <Line key={i} line={x} heading={t('why.params')} />)}
          </div>
          <div className="ll-why-group">
            <div className="ll-why-head">{t('why.rf')}</div>
            <ReceptiveFieldTable id={nodeId} rf={rf} />
          </div>
        </>
      )}
    </details>
  );
}
