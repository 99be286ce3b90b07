import { createRequire } from 'node:module';
import { stemmer } from 'stemmer';
import { domainDictionary } from './domain-words.js';
import { EN_NEGATIONS, EN_STOP_WORDS, ZH_NEGATIONS, ZH_STOP_WORDS } from './stop-words.js';

/**
 * jieba: dictionary segmentation with our domain words (the production choice).
 * intl: the built-in ICU word segmenter, no dependency; kept to measure jieba against.
 * plain: the eval baseline: one token per Chinese character, Latin words as typed, nothing dropped.
 */
export type TokenizerKind = 'jieba' | 'intl' | 'plain';

export interface Tokenizer {
  readonly kind: TokenizerKind;
  tokenize(text: string): string[];
  /**
   * A Chinese run cut into dictionary words only (no guessing of unknown words), single characters
   * where no word fits: what the homophone corrector reads to tell a typo (空|条) from a word (但是).
   */
  dictionaryWords?(run: string): string[];
}

export interface TokenizerOptions {
  /** jieba's search mode also emits the shorter words inside long ones (洗衣机 → 洗衣, 洗衣机). */
  searchMode?: boolean;
}

type JiebaInstance = { cut(s: string, hmm?: boolean): string[]; cutForSearch(s: string, hmm?: boolean): string[] };

let jieba: JiebaInstance | undefined;
let intlSegmenter: Intl.Segmenter | undefined;

/** Loaded on first use and kept for the process: the dictionary takes ~0.5 s and ~50 MB to build. */
function getJieba(): JiebaInstance {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict') as typeof import('@node-rs/jieba/dict.js');
    const instance = Jieba.withDict(dict);
    instance.loadDict(domainDictionary());
    jieba = instance;
  }
  return jieba;
}

function getIntlSegmenter(): Intl.Segmenter {
  intlSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return intlSegmenter;
}

/** Chinese runs and Latin/digit runs; everything else (punctuation, emoji, spaces) separates tokens. */
const RUNS = /([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)|([a-z0-9]+(?:['_-][a-z0-9]+)*)/g;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /[a-z]/;
const QUANTITY = /^\d+(?:\.\d+)?(mbps|kbps|mb|gb|tb|mm|cm|m|kg|g|l|ml|w|kw|v|hz|min|h|s)$/;
/** The prefix marking a negated word: 不排水 (doesn't drain) must not match 排水泵 (drain pump) alone. */
export const NEGATION_PREFIX = '不';

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[‘’`]/g, "'");
}

/**
 * Model numbers and error codes stay whole (xqg100-d3, e21, 55u7); the model family before the hyphen is
 * added too, because customers often type only "XQG100".
 */
function codeTokens(code: string): string[] {
  // A quantity ("300mbps", "2m", "50l") is not a model: keep its unit, which says what it measures.
  const unit = QUANTITY.exec(code);
  if (unit) return unit[1].length > 1 ? [unit[1]] : [];
  const tokens = [code];
  for (const part of code.split('-')) {
    if (part !== code && part.length >= 3 && HAS_LETTER.test(part)) tokens.push(part);
  }
  return tokens;
}

class TokenStream {
  readonly tokens: string[] = [];
  private negated = false;

  negate(): void { this.negated = true; }

  /** A content word; if a negation came just before, the negated form is emitted as well. */
  word(token: string): void {
    this.tokens.push(token);
    if (this.negated) this.tokens.push(NEGATION_PREFIX + token);
    this.negated = false;
  }

  code(code: string): void {
    this.negated = false;
    this.tokens.push(...codeTokens(code));
  }
}

function addChineseWord(stream: TokenStream, word: string): void {
  if (ZH_NEGATIONS.has(word)) return stream.negate();
  if (ZH_STOP_WORDS.has(word)) return;
  // jieba keeps some negated verbs whole (不转, 没墨): split them so they meet 不 + 转 written apart.
  const head = word[0];
  if (word.length >= 2 && (head === '不' || head === '没')) {
    stream.negate();
    return stream.word(word.slice(1));
  }
  stream.word(word);
}

function addLatinRun(stream: TokenStream, run: string, stem: boolean): void {
  if (HAS_DIGIT.test(run)) {
    if (HAS_LETTER.test(run)) stream.code(run);
    return;
  }
  if (EN_NEGATIONS.has(run)) return stream.negate();
  if (EN_STOP_WORDS.has(run)) return;
  for (const part of run.replace(/'s$/, '').split(/['_-]/)) {
    if (part.length < 2 || EN_STOP_WORDS.has(part)) continue;
    stream.word(stem ? stemmer(part) : part);
  }
}

function segmentChinese(kind: TokenizerKind, run: string, options: TokenizerOptions): string[] {
  if (kind === 'jieba') return options.searchMode ? getJieba().cutForSearch(run, true) : getJieba().cut(run, true);
  const words: string[] = [];
  for (const s of getIntlSegmenter().segment(run)) if (s.isWordLike) words.push(s.segment);
  return words;
}

function plainTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const m of normalizeText(text).matchAll(RUNS)) {
    if (m[1]) tokens.push(...m[1]);
    else tokens.push(m[2]);
  }
  return tokens;
}

export function createTokenizer(kind: TokenizerKind = 'jieba', options: TokenizerOptions = {}): Tokenizer {
  if (kind === 'plain') return { kind, tokenize: plainTokens };
  return {
    kind,
    dictionaryWords: (run) => (kind === 'jieba' ? getJieba().cut(run, false) : segmentChinese(kind, run, options)),
    tokenize(text: string): string[] {
      const stream = new TokenStream();
      for (const m of normalizeText(text).matchAll(RUNS)) {
        if (m[1]) for (const word of segmentChinese(kind, m[1], options)) addChineseWord(stream, word);
        else addLatinRun(stream, m[2], true);
      }
      return stream.tokens;
    },
  };
}
