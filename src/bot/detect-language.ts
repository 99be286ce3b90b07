import type { Language } from '../language.js';

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[a-z]{2,}/gi;

/**
 * zh when the message has Chinese characters in any real share, en when it is Latin words only;
 * undefined for emoji, digits or a single letter, so the conversation keeps its language.
 * Model numbers (XQG100) and "wifi" inside Chinese sentences must not flip a customer to English.
 */
export function detectLanguage(text: string): Language | undefined {
  const han = text.match(HAN)?.length ?? 0;
  const latinWords = (text.match(LATIN_WORD) ?? []).filter((w) => !/^[A-Z]{1,4}\d*$/.test(w));
  if (han >= 1 && han * 2 >= latinWords.length) return 'zh';
  if (latinWords.length >= 1 && han === 0) return 'en';
  if (han >= 1) return 'zh';
  return undefined;
}
