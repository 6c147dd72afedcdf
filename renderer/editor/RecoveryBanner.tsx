/** Offered on start when the last session ended with unsaved work. */
import { useI18n } from '../i18n/I18nContext';
import type { Autosave } from '../files/useAutosave';
import { documentName } from '../files/documentName';

export function RecoveryBanner({ autosave, onRestore, onDiscard }: { autosave: Autosave; onRestore: () => void; onDiscard: () => void }) {
  const { t } = useI18n();
  const time = new Date(autosave.savedAt).toLocaleString();
  return (
    <div className="ll-banner" role="alert" data-testid="recovery">
      <b>{t('recover.title')}</b>
      <span>{t('recover.body', { name: documentName(autosave.project.meta.name, t), time })}</span>
      <button className="ll-btn primary" onClick={onRestore}>{t('recover.restore')}</button>
      <button className="ll-btn" onClick={onDiscard}>{t('recover.discard')}</button>
    </div>
  );
}
