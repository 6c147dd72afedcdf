/** "Apply": a problem's fix as one undoable edit (see src/graph/editing/applyFix.ts); its tooltip says what it will do. */
import type { FixAction } from '../../src/graph/analysisTypes';
import { applyFix } from '../../src/graph/editing/index';
import { useStore } from '../editor/EditorContext';
import { useToast } from '../editor/Toasts';
import { useI18n, type Translate } from '../i18n/I18nContext';

/** What applying the fix does, in words. */
export function describeFix(action: FixAction, t: Translate): string {
  switch (action.kind) {
    case 'setParams': return t('fix.setParams', { block: action.nodeId, settings: Object.entries(action.params).map(([k, v]) => `${k} = ${v}`).join(', ') });
    case 'deleteEdges': return action.edgeIds.length === 1 ? t('fix.deleteEdge') : t('fix.deleteEdges', { n: action.edgeIds.length });
    case 'deleteBlocks': return t('fix.deleteBlocks', { blocks: action.nodeIds.join(', ') });
    case 'insertBefore': return t('fix.insertBefore', { kind: action.block, block: action.nodeId });
    case 'connect': return t('fix.connect', { from: action.source, to: action.target });
    case 'addBlock': return action.after ? t('fix.addAfter', { kind: action.block, block: action.after }) : t('fix.addBefore', { kind: action.block, block: action.before ?? '' });
  }
}

export function FixButton({ action, className = '' }: { action: FixAction; className?: string }) {
  const { t } = useI18n();
  const store = useStore();
  const toast = useToast();
  const apply = (e: React.MouseEvent) => {
    e.stopPropagation();
    const r = store.run(applyFix, action);
    if (!r.ok) toast(t('fix.failed', { error: r.error }), 'error');
  };
  return (
    <button type="button" className={`ll-btn small ll-fix-btn nodrag ${className}`} onClick={apply} title={describeFix(action, t)} data-testid="apply-fix">
      {t('fix.apply')}
    </button>
  );
}
