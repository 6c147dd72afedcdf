/** The UI language: follows the system by default, switchable, remembered. */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Language, Localized } from '../../src/graph/localized';
import { renderText, type CodedText } from '../../src/messages/index';
import { STRINGS, type StringKey } from './strings';

export type Translate = (key: StringKey, vars?: Readonly<Record<string, string | number>>) => string;

export interface I18n {
  readonly lang: Language;
  readonly setLang: (lang: Language) => void;
  readonly t: Translate;
  /** Picks the current language from catalog text. */
  readonly l: (text: Localized) => string;
  /**
   * Engine text in the current language: the code's words when this UI knows the code, else the
   * engine's own English `fallback` (an engine newer than the UI), else ''.
   */
  readonly msg: (text: CodedText | undefined, fallback?: string) => string;
  /** An error's message for a person: its coded text in the current language when it has one (an RpcError from the engine). */
  readonly errorText: (err: unknown) => string;
}

const STORAGE_KEY = 'layerloom.lang';

export function systemLanguage(): Language {
  const langs = typeof navigator !== 'undefined' ? (navigator.languages?.length ? navigator.languages : [navigator.language]) : [];
  return /^zh/i.test(langs[0] ?? '') ? 'zh' : 'en';
}

function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'zh') return saved;
  } catch { /* storage unavailable */ }
  return systemLanguage();
}

const Ctx = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);
  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try { localStorage.setItem(STORAGE_KEY, next); } catch { /* ignore */ }
  }, []);
  const value = useMemo<I18n>(() => {
    const dict = STRINGS[lang];
    const t: Translate = (key, vars) => {
      let s = dict[key];
      if (vars) for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
      return s;
    };
    const msg = (text: CodedText | undefined, fallback?: string) => (text && renderText(text, lang)) ?? fallback ?? '';
    const errorText = (err: unknown) => msg((err as { text?: CodedText } | null)?.text, err instanceof Error ? err.message : String(err));
    return { lang, setLang, t, l: (x) => x[lang], msg, errorText };
  }, [lang, setLang]);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
