import { readAddress } from './address.js';
import { readName } from './name.js';
import { normalize } from './normalize.js';

/** "Mike Chen", "Mrs Lakshmi": a capitalised name alone, as people write their own. */
const LATIN_NAME = /^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z'-]{1,20}(?:\s+[A-Z][a-z'-]{1,20})?[.!\s]*$/;

/**
 * The reply without the values it carries: an address or a name is written in the language of the
 * place or the person, not of the conversation ("上海市浦东新区张杨路500号" pasted into an English chat,
 * "Flat 3, 12 Baker Street, London" into a Chinese one). What is left says which language the
 * customer writes in; empty when the reply was only a value.
 */
export function withoutFieldValues(raw: string): string {
  const { text } = normalize(raw);
  if (!text || LATIN_NAME.test(text)) return '';
  if (/^[\p{Script=Han}·]{1,5}$/u.test(text) && readName(text)?.kind === 'value') return '';
  const address = readAddress(text);
  if (address?.kind !== 'value') return text;
  const at = text.indexOf(address.value);
  return at >= 0 ? `${text.slice(0, at)} ${text.slice(at + address.value.length)}`.trim() : '';
}
