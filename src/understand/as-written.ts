import { simplifiedForm } from './normalize.js';
import type { Reading } from './reading.js';

/**
 * A name or an address is stored as the customer wrote it (陳生, 香港九龍彌敦道123號, １２号): readers see
 * the simplified, half-width text, so the value they found is looked up in the reply again. The
 * lookup ignores spaces; when a dialect word was rewritten inside the value it is not found, and the
 * normalised value stands.
 */
function original(raw: string, value: string): string {
  const source = raw.slice(0, 600);
  const simplified = simplifiedForm(source);
  // NFKC and OpenCC keep one character for one here; anything else and the value stays as read.
  if (simplified.length !== source.length) return value;
  const wanted = value.replace(/\s+/g, '');
  if (!wanted) return value;
  const kept: number[] = [];
  let compact = '';
  for (let i = 0; i < simplified.length; i += 1) {
    if (/\s/.test(simplified[i])) continue;
    kept.push(i);
    compact += simplified[i];
  }
  const at = compact.indexOf(wanted);
  if (at < 0) return value;
  return source.slice(kept[at], kept[at + wanted.length - 1] + 1).replace(/\s+/g, ' ');
}

export function asWritten(raw: string, reading: Reading): Reading {
  if (reading.kind === 'value' && (reading.field === 'name' || reading.field === 'address')) {
    const found = original(raw, reading.value);
    // "林 小 娟" typed one character at a time is stored as one name.
    const value = reading.field === 'name' ? found.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '') : found;
    return value === reading.value ? reading : { ...reading, value };
  }
  if (reading.kind === 'correction' && reading.value) {
    const value = asWritten(raw, reading.value);
    return value === reading.value ? reading : { ...reading, value };
  }
  return reading;
}
