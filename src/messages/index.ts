/**
 * Every engine text code, from every catalog: the one table a UI or the command line renders from.
 * Add a code to the catalog of the layer that says it (train, data, …); tests check every code's
 * wordings use the same placeholders.
 */
import { entryText, fillTemplate, type Audience, type CodedText, type TextEntry, type TextParams } from './codedText';
import { APP_TEXTS } from './appTexts';
import { DATA_TEXTS } from './dataTexts';
import { PROJECT_TEXTS } from './projectTexts';
import { TRAIN_TEXTS } from './trainTexts';

export * from './codedText';
export { projectErrorText } from './projectTexts';

export const ENGINE_TEXTS = { ...TRAIN_TEXTS, ...DATA_TEXTS, ...APP_TEXTS, ...PROJECT_TEXTS } as const;
export type EngineTextCode = keyof typeof ENGINE_TEXTS;

/** A coded text; the code must be in a catalog (a typo is a compile error). */
export function coded(code: EngineTextCode, params?: TextParams): CodedText {
  return params ? { code, params } : { code };
}

/** The words for an audience; null when the code is unknown here (an engine newer than this UI): use the sender's English. */
export function renderText(text: CodedText, audience: Audience): string | null {
  const entry: TextEntry | undefined = (ENGINE_TEXTS as Record<string, TextEntry>)[text.code];
  return entry ? fillTemplate(entryText(entry, audience), text.params) : null;
}
