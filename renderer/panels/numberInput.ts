/** Checks what was typed into a number field against its range: the value, or the message to show under the field. */
import type { Translate } from '../i18n/I18nContext';

export function checkNumberInput(text: string, min: number, max: number, integer: boolean, t: Translate): { value: number } | { error: string } {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n))) return { error: t('inspector.notNumber') };
  if (n < min || n > max) return { error: t('inspector.outOfRange', { range: t('inspector.range', { min, max }) }) };
  return { value: n };
}
