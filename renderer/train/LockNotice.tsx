/** The visible sign that the document is read-only while a run uses it. */
import { useEditorSelector } from '../editor/EditorContext';
import { useI18n } from '../i18n/I18nContext';

export function LockNotice() {
  const { l } = useI18n();
  const reason = useEditorSelector((s) => s.readOnly);
  if (!reason) return null;
  return <div className="ll-lock-notice" role="status" data-testid="lock-notice"><span aria-hidden>🔒</span> {l(reason)}</div>;
}
