import type { Language } from '../src/language.js';

/** A customer-facing string in both languages; `{name}` placeholders are filled by `t`. */
export interface Phrase {
  zh: string;
  en: string;
}

export function t(language: Language, phrase: Phrase, vars: Record<string, string | number> = {}): string {
  return phrase[language].replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}

/** Picks one of several phrasings by a stable seed, so replies vary without making tests flaky. */
export function pick<T>(options: readonly T[], seed: string): T {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return options[hash % options.length];
}
