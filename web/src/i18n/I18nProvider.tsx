import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useState } from 'react';
import { setFieldMessageLanguage } from './fieldMessages';
import { dictionaries, type Language, readStoredLanguage, storeLanguage } from './language';
import type { Messages } from './vi';

interface I18n {
  language: Language;
  t: Messages;
  setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18n | null>(null);

const storage = typeof window === 'undefined' ? undefined : window.localStorage;

/** Vietnamese by default; the header's switch changes the language and remembers it in localStorage. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => {
    const stored = readStoredLanguage(storage);
    setFieldMessageLanguage(stored);
    return stored;
  });

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(storage, next);
    setFieldMessageLanguage(next);
    setLanguageState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo(() => ({ language, t: dictionaries[language], setLanguage }), [language, setLanguage]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = use(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
