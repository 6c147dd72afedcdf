/** Text in every language the UI speaks. */
export interface Localized {
  readonly en: string;
  readonly zh: string;
}

export type Language = keyof Localized;

export const LANGUAGES: readonly Language[] = ['en', 'zh'];

export function text(en: string, zh: string): Localized {
  return { en, zh };
}
