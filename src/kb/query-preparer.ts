import { DOMAIN_WORDS } from './domain-words.js';
import { PRODUCT_NAMES, soundAlikeProductNames } from './detect-product.js';
import { foldChinese } from './fold-chinese.js';
import { PinyinCorrector } from './pinyin-corrector.js';
import { PinyinInput } from './pinyin-input.js';
import { SpellingCorrector } from './spelling-corrector.js';
import type { Bm25Settings } from './bm25-settings.js';
import type { Tokenizer } from './tokenizer.js';

const HAN_WORD = /^[\u3400-\u9fff]{2,}$/;
const LATIN_WORD = /[a-z]+/g;

export interface Vocabulary {
  /** Every Chinese word the index holds: such a word is never "corrected". */
  chineseWords: Set<string>;
  /** Product and symptom words (titles, symptoms, models, domain words): what homophones map onto. */
  chineseTargets: Set<string>;
  /**
   * Latin words of the same fields as written, with how often: what misspellings map onto. Steps are
   * left out: their everyday words (store, head) are where real words (stove, heard) would land.
   */
  latinWords: Map<string, number>;
}

export function emptyVocabulary(): Vocabulary {
  const targets = new Set<string>(DOMAIN_WORDS);
  for (const names of Object.values(PRODUCT_NAMES)) for (const n of names) targets.add(n);
  return { chineseWords: new Set(), chineseTargets: targets, latinWords: new Map() };
}

/** Adds one field's tokens and raw text; `target` and `spelling` say which corrections may land on them. */
export function addToVocabulary(vocabulary: Vocabulary, tokens: readonly string[], rawText: string, target: boolean, spelling: boolean): void {
  for (const t of tokens) {
    if (!HAN_WORD.test(t)) continue;
    vocabulary.chineseWords.add(t);
    if (target) vocabulary.chineseTargets.add(t);
  }
  if (!spelling) return;
  for (const [w] of rawText.toLowerCase().matchAll(LATIN_WORD)) vocabulary.latinWords.set(w, (vocabulary.latinWords.get(w) ?? 0) + 1);
}

/**
 * What a query goes through before it is tokenized: script and dialect folding, pinyin typing read
 * back as Chinese, then homophone and spelling correction against the base's own words. Articles go through the folding only (bm25-index.ts).
 */
export class QueryPreparer {
  private readonly pinyin?: PinyinCorrector;
  private readonly spelling?: SpellingCorrector;
  private readonly pinyinInput?: PinyinInput;

  constructor(vocabulary: Vocabulary, private readonly techniques: Bm25Settings['techniques'], tokenizer: Tokenizer) {
    if (techniques.pinyin && tokenizer.dictionaryWords) {
      const productNames = new Set(Object.values(PRODUCT_NAMES).flat());
      this.pinyin = new PinyinCorrector(vocabulary.chineseTargets, vocabulary.chineseWords, tokenizer.dictionaryWords, productNames);
    }
    if (techniques.spelling) this.spelling = new SpellingCorrector(vocabulary.latinWords);
    if (techniques.pinyin) this.pinyinInput = new PinyinInput(vocabulary.chineseWords);
  }

  /** The last query and its prepared text: the retriever asks twice per search (scope, then terms). */
  private last = { query: '', text: '' };

  prepare(query: string): string {
    if (query === this.last.query) return this.last.text;
    const text = this.prepareUncached(query);
    this.last = { query, text };
    return text;
  }

  private prepareUncached(query: string): string {
    let text = this.techniques.fold ? foldChinese(query) : query;
    if (this.pinyinInput) text = this.pinyinInput.convert(text);
    if (this.pinyin) text = soundAlikeProductNames(text);
    if (this.pinyin) text = this.pinyin.correct(text);
    if (this.spelling) text = this.spelling.correct(text.toLowerCase());
    return text;
  }
}
