/** The inspector: the selected block's settings (with ranges and help), what it computes, and its explanation. */
import { getBlock } from '../../src/graph/blocks/index';
import { deleteElements, setLabel, setParam } from '../../src/graph/editing/index';
import { withDefaults } from '../../src/graph/params';
import type { GraphNode } from '../../src/graph/types';
import { useAnalysis, useEditorSelector, useStore } from '../editor/EditorContext';
import { fieldPhases, formatBytes, formatCompact, formatField, formatInt, formatJump, formatShape } from '../format';
import { useI18n } from '../i18n/I18nContext';
import { FixButton } from './FixButton';
import { ModelOverview } from './ModelOverview';
import { ParamField } from './ParamField';
import { WhyThisNumber } from './WhyThisNumber';

export function Inspector() {
  const { t, l, lang } = useI18n();
  const store = useStore();
  const selection = useEditorSelector((s) => s.selection);
  const analysis = useAnalysis();
  const ids = [...selection.nodes];
  const node = useEditorSelector((s) => (ids.length === 1 ? s.graph.nodes.find((n) => n.id === ids[0]) : undefined), sameBlockSettings);

  if (ids.length !== 1) {
    return (
      <aside className="ll-inspector" data-testid="inspector">
        <div className="ll-panel-title">{t('inspector.title')}</div>
        {ids.length > 1 ? (
          <div className="ll-section">
            <p>{t('inspector.many', { n: ids.length })}</p>
            <button className="ll-btn danger" onClick={() => store.run(deleteElements, { nodeIds: ids, edgeIds: [...selection.edges] })}>{t('edit.delete')}</button>
          </div>
        ) : <p className="ll-muted ll-section">{t('inspector.nothing')}</p>}
        <ModelOverview />
      </aside>
    );
  }

  if (!node) return null;
  const def = getBlock(node.kind);
  const a = analysis.nodes[node.id];
  const params = def ? withDefaults(def.params, node.params) : node.params;
  const problems = a?.diagnostics ?? [];
  const phases = fieldPhases(a?.receptiveField);
  return (
    <aside className="ll-inspector" data-testid="inspector">
      <div className="ll-panel-title">{t('inspector.title')}</div>
      <div className={`ll-inspector-head cat-${def?.category ?? 'unknown'}`}>
        <span className="ll-block-swatch" />
        <div>
          <div className="ll-inspector-kind">{def ? l(def.title) : node.kind}</div>
          <div className="ll-muted ll-mono">{node.id}</div>
        </div>
      </div>
      <div className="ll-section">
        <label className="ll-field-label" htmlFor="block-label">{t('inspector.label')}</label>
        <input id="block-label" className="ll-input" value={node.label ?? ''} placeholder={t('inspector.labelPlaceholder')}
          onChange={(e) => store.run(setLabel, { nodeId: node.id, label: e.target.value })} />
      </div>
      {problems.length > 0 && (
        <div className="ll-section">
          <h4>{t('inspector.problems')}</h4>
          {problems.map((d, i) => (
            <div key={i} className={`ll-problem-card ${d.severity}`}>
              <div>{l(d.message)}</div>
              <div className="ll-problem-fix"><b>{t('block.fix')}</b> {l(d.fix)}</div>
              {d.action && <FixButton action={d.action} />}
            </div>
          ))}
        </div>
      )}
      <div className="ll-section">
        <h4>{t('inspector.settings')}</h4>
        {def && Object.keys(def.params).length === 0 && <p className="ll-muted">{t('inspector.noSettings')}</p>}
        {def && Object.entries(def.params).map(([name, spec]) => {
          const vw = spec.visibleWhen;
          if (vw && !vw.values.includes(params[vw.param])) return null;
          const problem = problems.find((d) => d.param === name);
          return (
            <ParamField key={`${node.id}.${name}`} name={name} spec={spec} value={params[name]} problem={problem ? l(problem.message) : undefined}
              onChange={(value) => store.run(setParam, { nodeId: node.id, param: name, value })} />
          );
        })}
      </div>
      {a && (
        <div className="ll-section">
          <h4>{t('inspector.facts')}</h4>
          <dl className="ll-facts">
            {a.inputShapes.length > 0 && <><dt>{t('inspector.inputs')}</dt><dd className="ll-mono">{a.inputShapes.map((s) => formatShape(s)).join(' + ')}</dd></>}
            <dt>{t('inspector.outputShape')}</dt><dd className="ll-mono" data-testid="inspector-shape">{formatShape(a.outputShape)}</dd>
            <dt>{t('inspector.params')}</dt>
            <dd className="ll-mono">{formatInt(a.params.trainable + a.params.nonTrainable)}
              {a.params.nonTrainable > 0 && <span className="ll-muted"> ({t('inspector.nonTrainable', { n: formatInt(a.params.nonTrainable) })})</span>}</dd>
            <dt title={t('help.flops')}>{t('inspector.flops')}</dt><dd className="ll-mono" title={t('help.flops')}>{formatCompact(a.flops)}</dd>
            <dt title={t('help.macs')}>{t('inspector.macs')}</dt><dd className="ll-mono" title={t('help.macs')} data-testid="inspector-macs">{formatCompact(a.macs)}</dd>
            <dt title={t('help.rf')}>{t('inspector.rf')}</dt>
            <dd className="ll-mono" title={t('help.rf')} data-testid="inspector-rf">{formatField(a.receptiveField, t('block.rfGlobal'))}
              {a.receptiveField && !a.receptiveField.global ? ` · ${t('inspector.rfJump', { jump: formatJump(a.receptiveField.jump) })}` : ''}
              {phases && <div className="ll-muted">{t('inspector.rfPhases', phases)}</div>}</dd>
            <dt>{t('inspector.memory')}</dt><dd className="ll-mono">{formatBytes(a.activationBytes)}</dd>
          </dl>
        </div>
      )}
      {a && <WhyThisNumber nodeId={node.id} />}
      {def && (
        <div className="ll-section">
          <h4>{t('inspector.about')}</h4>
          <p className="ll-doc" lang={lang === 'zh' ? 'zh-CN' : 'en'}>{l(def.doc)}</p>
        </div>
      )}
    </aside>
  );
}

/** Equal unless something the inspector shows changed (positions do not count). */
function sameBlockSettings(a: GraphNode | undefined, b: GraphNode | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.id === b.id && a.kind === b.kind && a.params === b.params && a.label === b.label;
}
