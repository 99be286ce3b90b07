import type { SynonymEntry } from './synonyms.js';
import { normalizeText, type Tokenizer } from './tokenizer.js';

/**
 * One search term. `group` ties a term to the synonyms added for it: relevance counts a group once,
 * so expanding 不凉 into 不制冷 does not make the query "longer" and lower every document's relevance.
 */
export interface QueryTerm {
  term: string;
  weight: number;
  group: number;
}

/** Added synonyms count less than what the customer typed: the typed word is the stronger evidence. */
export const SYNONYM_WEIGHT = 0.7;

const LATIN = /^[a-z0-9 '-]+$/;

function containsPhrase(text: string, phrase: string): boolean {
  if (!LATIN.test(phrase)) return text.includes(phrase);
  // Latin phrases match whole words only, so "trip" does not fire inside "tripod".
  const at = text.indexOf(phrase);
  if (at < 0) return false;
  const before = text[at - 1] ?? ' ';
  const after = text[at + phrase.length] ?? ' ';
  return !/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after);
}

/** Synonym phrases normalised once per table, not once per query. */
const normalizedTables = new WeakMap<readonly SynonymEntry[], string[][]>();

function normalizedPhrases(synonyms: readonly SynonymEntry[]): string[][] {
  let table = normalizedTables.get(synonyms);
  if (!table) {
    table = synonyms.map((e) => e.phrases.map(normalizeText));
    normalizedTables.set(synonyms, table);
  }
  return table;
}

export function analyzeQuery(text: string, tokenizer: Tokenizer, synonyms: readonly SynonymEntry[] = []): QueryTerm[] {
  const terms = new Map<string, QueryTerm>();
  let nextGroup = 0;
  for (const term of tokenizer.tokenize(text)) {
    if (!terms.has(term)) terms.set(term, { term, weight: 1, group: nextGroup++ });
  }
  const normalized = normalizeText(text);
  const table = normalizedPhrases(synonyms);
  for (const [index, entry] of synonyms.entries()) {
    const phrases = table[index];
    const matched = phrases.filter((p, i) => (!entry.oneWay || i > 0) && containsPhrase(normalized, p));
    if (matched.length === 0) continue;
    const added = entry.oneWay ? [phrases[0]] : phrases.filter((p) => !matched.includes(p));
    // The group of the typed phrase's first token that survived tokenizing, or a fresh one.
    const typedTokens = matched.flatMap((p) => tokenizer.tokenize(p));
    const group = typedTokens.map((t) => terms.get(t)?.group).find((g) => g !== undefined) ?? nextGroup++;
    for (const t of typedTokens) {
      const existing = terms.get(t);
      if (existing) existing.group = group;
    }
    for (const phrase of added) {
      for (const term of tokenizer.tokenize(phrase)) {
        if (!terms.has(term)) terms.set(term, { term, weight: SYNONYM_WEIGHT, group });
      }
    }
  }
  return [...terms.values()];
}
