/** What an empty canvas says: how to start. */
import { addBlock } from '../../src/graph/editing/index';
import { useI18n } from '../i18n/I18nContext';
import { useStore } from './EditorContext';

export function EmptyState({ onOpenTemplates }: { onOpenTemplates: () => void }) {
  const { t } = useI18n();
  const store = useStore();
  return (
    <div className="ll-empty" data-testid="empty-state">
      <div className="ll-empty-card">
        <div className="ll-empty-icon" aria-hidden>⬚</div>
        <h2>{t('empty.title')}</h2>
        <p>{t('empty.body')}</p>
        <div className="ll-empty-actions">
          <button className="ll-btn primary" onClick={onOpenTemplates}>{t('empty.templates')}</button>
          <button className="ll-btn" onClick={() => {
            store.run(addBlock, { id: 'input_1', kind: 'Input', position: { x: 0, y: 0 } });
            store.select(['input_1']);
          }}>{t('empty.addInput')}</button>
        </div>
      </div>
    </div>
  );
}
