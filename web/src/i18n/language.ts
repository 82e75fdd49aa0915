import { en } from './en';
import { type Messages, vi } from './vi';

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

export const STORAGE_KEY = 'antq.language';
export const dictionaries: Record<Language, Messages> = { vi, en };

/** The stored choice, or Vietnamese: the console speaks Vietnamese unless asked otherwise. */
export function parseLanguage(value: string | null | undefined): Language {
  return languages.includes(value as Language) ? (value as Language) : 'vi';
}

export function readStoredLanguage(storage: Pick<Storage, 'getItem'> | undefined): Language {
  try {
    return parseLanguage(storage?.getItem(STORAGE_KEY));
  } catch {
    return 'vi';
  }
}

export function storeLanguage(storage: Pick<Storage, 'setItem'> | undefined, language: Language): void {
  try {
    storage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}
