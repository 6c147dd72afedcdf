/** The visible sign that the document is read-only while a run uses it. */
import { useEditorSelector } from '../editor/EditorContext';
import { useI18n } from '../i18n/I18nContext';

function LockIcon() {
  return (
    <svg width="12" height="14" viewBox="0 0 12 14" aria-hidden fill="currentColor">
      <path d="M3 6V4a3 3 0 0 1 6 0v2h.5A1.5 1.5 0 0 1 11 7.5v5A1.5 1.5 0 0 1 9.5 14h-7A1.5 1.5 0 0 1 1 12.5v-5A1.5 1.5 0 0 1 2.5 6H3zm1.5 0h3V4a1.5 1.5 0 0 0-3 0v2z" />
    </svg>
  );
}

export function LockNotice() {
  const { l } = useI18n();
  const reason = useEditorSelector((s) => s.readOnly);
  if (!reason) return null;
  return <div className="ll-lock-notice" role="status" data-testid="lock-notice"><LockIcon /> {l(reason)}</div>;
}
