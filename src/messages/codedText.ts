/**
 * Engine text as codes with parameters. The engine keeps writing its English sentence (logs, old clients)
 * and sends `{ code, params }` beside it; each reader renders the code in its own words: the UI in the
 * user's language, the command line with its flag names. Catalogs (./trainTexts, ./dataTexts, …) are
 * plain tables; `renderText` is the one function that turns a code into words.
 */
export type TextParams = Readonly<Record<string, string | number>>;

/** A message as data: what a UI renders in its own language. Travels in events and errors. */
export interface CodedText {
  readonly code: string;
  readonly params?: TextParams;
}

/** One message in every wording. `{name}` placeholders are filled from the params. */
export interface TextEntry {
  readonly en: string;
  readonly zh: string;
  /** The command line's wording when it differs from `en` (it names flags: "--data", "--limit"). */
  readonly cli?: string;
}

/** Who reads the text: the UI in English or Chinese, or the command line. */
export type Audience = 'en' | 'zh' | 'cli';

export type TextCatalog = Readonly<Record<string, TextEntry>>;

/** Fills `{name}` placeholders; a missing parameter stays visible as `{name}` rather than vanishing. */
export function fillTemplate(template: string, params: TextParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The placeholder names of a template, sorted (tests check every wording of an entry uses the same). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

/** The entry's words for an audience (the CLI falls back to English). */
export function entryText(entry: TextEntry, audience: Audience): string {
  return audience === 'cli' ? entry.cli ?? entry.en : entry[audience];
}
