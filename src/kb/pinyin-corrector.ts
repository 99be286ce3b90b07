import { pinyin } from 'pinyin-pro';

/** Longest and shortest words corrected: a one-character "word" has too many homophones to guess. */
const MIN_WORD = 2;
const MAX_WORD = 4;
const HAN_ONLY = /^[\u3400-\u9fff]+$/;
const HAN_RUN = /[\u3400-\u9fff]+/g;

const readingCache = new Map<string, string>();

/**
 * A character's usual toneless reading (pinyin-pro's first). Rare readings are left out on purpose:
 * 能 has a rare "nai" and 络 a rare "lao", and with them 还能用 would become 还耐用 and 网老是 网络是.
 */
function reading(ch: string): string {
  let r = readingCache.get(ch);
  if (r === undefined) {
    r = pinyin(ch, { toneType: 'none' });
    readingCache.set(ch, r);
  }
  return r;
}

/** A word's readings in context (空调 → kong tiao, where 调 alone reads diao). */
function wordReadings(word: string): string[] {
  return pinyin(word, { toneType: 'none', type: 'array' });
}

/** A trie over syllables: each path of readings from the root spells the words that sound so. */
interface SoundNode {
  next: Map<string, SoundNode>;
  words: string[];
}

const newNode = (): SoundNode => ({ next: new Map(), words: [] });

function differing(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/**
 * Homophone typos from pinyin input (空条 → 空调, 冰相 → 冰箱, 路游器 → 路由器): a stretch of the
 * message that sounds like one of the base's product or symptom words, is not itself a word the base
 * uses, and differs from it in one character (two in a four-character word) is read as that word.
 * Requiring shared characters keeps real words that merely sound alike (期间 / 器件) apart.
 */
export class PinyinCorrector {
  private readonly root = newNode();

  /** `targets`: product and symptom words to correct towards; `known`: every word the base contains. */
  constructor(
    targets: Iterable<string>,
    private readonly known: ReadonlySet<string>,
    private readonly dictionaryWords: (run: string) => string[],
    /** Product names: a dictionary word the base never uses (手记, a diary) may still be a typo for one (手机). */
    private readonly productNames: ReadonlySet<string> = new Set(),
  ) {
    for (const word of new Set(targets)) {
      if (word.length < MIN_WORD || word.length > MAX_WORD || !HAN_ONLY.test(word)) continue;
      // Articles list typos as symptoms (冰相不制冷) and jieba glues unknown text (冰相有): only
      // dictionary words are targets, so a correct 冰箱 is never "corrected" into a listed typo.
      if (dictionaryWords(word).length !== 1) continue;
      this.insert(word);
    }
  }

  /** Under its reading in context and its characters' usual ones: 空调 is kong tiao, 空掉 kong diao. */
  private insert(word: string): void {
    this.insertPath(word, wordReadings(word));
    this.insertPath(word, [...word].map(reading));
  }

  private insertPath(word: string, readings: readonly string[]): void {
    let node = this.root;
    for (const r of readings) {
      let child = node.next.get(r);
      if (!child) node.next.set(r, (child = newNode()));
      node = child;
    }
    if (!node.words.includes(word)) node.words.push(word);
  }

  correct(text: string): string {
    return text.replace(HAN_RUN, (run) => this.correctRun(run));
  }

  /**
   * Only stretches that start and end on a dictionary word's boundary and hold at least one lone
   * character are candidates: a real word (但是, 签收) is never read as a homophone of another.
   */
  private correctRun(run: string): string {
    // The dictionary cut costs a second jieba pass: only runs with a sound-alike candidate pay it.
    if (!this.hasCandidate(run)) return run;
    const words = this.dictionaryWords(run);
    const ends = new Set<number>();
    const starts: number[] = [];
    const single = new Uint8Array(run.length);
    let at = 0;
    for (const w of words) {
      starts.push(at);
      if (w.length === 1) single[at] = 1;
      at += w.length;
      ends.add(at);
    }
    let out = '';
    let i = 0;
    for (const start of starts) {
      if (start < i) continue;
      out += run.slice(i, start);
      i = start;
      const word = this.fixAt(run, i, ends, single);
      out += word ?? '';
      if (word) i += word.length;
    }
    return out + run.slice(i);
  }

  private hasCandidate(run: string): boolean {
    for (let at = 0; at + MIN_WORD <= run.length; at++) {
      let node: SoundNode | undefined = this.root;
      for (let len = 1; len <= MAX_WORD && at + len <= run.length && node; len++) {
        node = node.next.get(reading(run[at + len - 1]));
        if (node && len >= MIN_WORD && node.words.some((w) => w !== run.slice(at, at + len))) return true;
      }
    }
    return false;
  }

  /** The longest target word that sounds like the text at `at` and differs from it by a typo. */
  private fixAt(run: string, at: number, ends: ReadonlySet<number>, single: Uint8Array): string | undefined {
    let node: SoundNode | undefined = this.root;
    let found: string | undefined;
    for (let len = 1; len <= MAX_WORD && at + len <= run.length; len++) {
      node = node.next.get(reading(run[at + len - 1]));
      if (!node) break;
      if (len < MIN_WORD || !ends.has(at + len)) continue;
      const window = run.slice(at, at + len);
      if (this.known.has(window)) return undefined;
      const lone = single.subarray(at, at + len).includes(1);
      const maxDiff = len >= 4 ? 2 : 1;
      const word = node.words.find((w) => w !== window && differing(w, window) <= maxDiff && (lone || this.productNames.has(w)));
      if (word) found = word;
    }
    return found;
  }
}

/**
 * A syllable as a pinyin typist from the north or the south may confuse it: front and back nasals
 * (yin / ying, fen / feng) and flat and curled initials (zi / zhi, si / shi) are one key.
 */
function looseSyllable(syllable: string): string {
  return syllable.replace(/^([zcs])h/, '$1').replace(/(i|e)ng$/, '$1n');
}

/** Every reading of each character (调: tiao, diao), for the few product names only: 空掉 is 空调 typed. */
function allReadingKeys(name: string): string[] {
  let keys = [''];
  for (const ch of name) {
    const readings = new Set((pinyin(ch, { toneType: 'none', multiple: true, type: 'array' }) as string[]).map(looseSyllable));
    keys = keys.flatMap((k) => [...readings].map((r) => (k ? `${k} ${r}` : r)));
  }
  return keys;
}

/**
 * Product names typed by sound (电事 → 电视, 路油器 → 路由器, 空掉 → 空调, 打应机 → 打印机): each
 * stretch as long as a name that reads like it, under any reading of the name's characters and with
 * the nasal and initial confusions above, and shares all but one character is replaced. No dictionary
 * is needed here: the shared characters keep real words apart (收集 shares none with 手机).
 */
export function soundAlikeNames(names: readonly string[]): (text: string) => string {
  const byKey = new Map<string, string>();
  const lengths = new Set<number>();
  for (const name of names) {
    if (!HAN_ONLY.test(name) || name.length < MIN_WORD) continue;
    for (const key of [wordReadings(name).map(looseSyllable).join(' '), ...allReadingKeys(name)]) if (!byKey.has(key)) byKey.set(key, name);
    lengths.add(name.length);
  }
  const sorted = [...lengths].sort((a, b) => b - a);
  const firsts = new Set([...byKey.keys()].map((k) => k.split(' ')[0]));
  const looseCache = new Map<string, string>();
  const loose = (ch: string) => {
    let r = looseCache.get(ch);
    if (r === undefined) looseCache.set(ch, (r = looseSyllable(reading(ch))));
    return r;
  };
  return (text) => text.replace(HAN_RUN, (run) => {
    let out = '';
    let i = 0;
    const keys = [...run].map(loose);
    outer: while (i < run.length) {
      if (!firsts.has(keys[i])) {
        out += run[i++];
        continue;
      }
      for (const len of sorted) {
        if (i + len > run.length) continue;
        const window = run.slice(i, i + len);
        const name = byKey.get(keys.slice(i, i + len).join(' '));
        if (name && differing(name, window) <= 1) {
          out += name;
          i += len;
          continue outer;
        }
      }
      out += run[i++];
    }
    return out;
  });
}
