import { pinyin } from 'pinyin-pro';

const LATIN_WORD = /[a-z]+/g;
/** Share of a message's Latin words that must read as pinyin before it is taken as pinyin typing. */
const PINYIN_SHARE = 0.8;
const MIN_WORDS = 3;
const MAX_SYLLABLES = 4;
/** Grammar syllables the base's words do not supply, which carry meaning for search (negation). */
const FUNCTION_WORDS: readonly [string, string][] = [['bu', '不'], ['mei', '没'], ['meiyou', '没有'], ['buneng', '不能'], ['buhui', '不会']];

interface Node {
  next: Map<string, Node>;
  word?: string;
}

/**
 * Messages typed in toneless pinyin ("xiyiji bu paishui"), turned back into the base's Chinese words:
 * each run of syllables is matched, longest first, against the words the base contains. A message is
 * read as pinyin only when nearly all its Latin words split into pinyin syllables, so English
 * ("tell me a joke") is left alone.
 */
export class PinyinInput {
  private readonly syllables = new Set<string>();
  private readonly root: Node = { next: new Map() };
  private readonly maxSyllable: number;

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const readings = pinyin(word, { toneType: 'none', type: 'array' });
      if (readings.length > MAX_SYLLABLES || readings.length !== word.length) continue;
      for (const r of readings) this.syllables.add(r);
      this.insert(readings, word);
    }
    for (const [key, word] of FUNCTION_WORDS) this.insert(this.split(key) ?? [key], word);
    this.maxSyllable = Math.max(1, ...[...this.syllables].map((s) => s.length));
  }

  private insert(readings: readonly string[], word: string): void {
    let node = this.root;
    for (const r of readings) {
      this.syllables.add(r);
      let child = node.next.get(r);
      if (!child) node.next.set(r, (child = { next: new Map() }));
      node = child;
    }
    node.word ??= word;
  }

  /** A word split into the fewest pinyin syllables, or undefined when it is not pinyin. */
  private split(word: string): string[] | undefined {
    const best: (string[] | undefined)[] = [[]];
    for (let end = 1; end <= word.length; end++) {
      for (let start = Math.max(0, end - this.maxSyllable); start < end; start++) {
        const prev = best[start];
        const syllable = word.slice(start, end);
        if (prev && this.syllables.has(syllable) && (!best[end] || best[end]!.length > prev.length + 1)) best[end] = [...prev, syllable];
      }
    }
    return best[word.length];
  }

  convert(text: string): string {
    const words = [...text.toLowerCase().matchAll(LATIN_WORD)].map((m) => m[0]);
    if (words.length < MIN_WORDS) return text;
    const split = words.map((w) => this.split(w));
    if (split.filter(Boolean).length < words.length * PINYIN_SHARE) return text;
    const syllables = split.flatMap((s, i) => s ?? [words[i]]);
    let out = '';
    let mapped = false;
    for (let i = 0; i < syllables.length;) {
      let node: Node | undefined = this.root;
      let found: { word: string; length: number } | undefined;
      for (let len = 1; len <= MAX_SYLLABLES && i + len <= syllables.length; len++) {
        node = node.next.get(syllables[i + len - 1]);
        if (!node) break;
        if (node.word) found = { word: node.word, length: len };
      }
      if (found && found.word.length > 1) mapped = true;
      out += found ? found.word : ` ${syllables[i]} `;
      i += found ? found.length : 1;
    }
    return mapped ? out : text;
  }
}
