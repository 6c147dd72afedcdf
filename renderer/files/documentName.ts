/** The document's name as the UI shows it: one nobody gave ('' or the file format's default) in the user's language. */
import { DEFAULT_PROJECT_NAME } from '../../src/graph/projectFile';
import type { Translate } from '../i18n/I18nContext';

export function documentName(name: string | undefined, t: Translate): string {
  const given = (name ?? '').trim();
  return given === '' || given === DEFAULT_PROJECT_NAME ? t('untitled') : given;
}
