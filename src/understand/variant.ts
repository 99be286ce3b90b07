import type { ProductLine } from '../kb/article-schema.js';
import { detectProduct } from '../kb/detect-product.js';
import { VARIANTS, type Variant, type VariantId } from '../kb/variants.js';
import { normalize } from './normalize.js';
import { saysDontKnow } from './yes-no.js';

/** A kind of product the customer named: `product` is the line it belongs to. */
export interface VariantMention { product: ProductLine; variant: VariantId }

type Tier = 'says' | 'saysInContext' | 'answers';

/**
 * One word of the vocabulary, folded as customers' text is (traditional → simplified, lower case),
 * with what reading it needs worked out once: every message is read against the whole vocabulary.
 */
interface Entry {
  variant: Variant;
  tier: Tier;
  word: string;
  /** A one-character word must be the whole answer. */
  single: boolean;
  /** Latin words must stand as words: "top" is not in "laptop", "gas" not in "gasket". */
  pattern?: RegExp;
}

/** Built on first use. */
let folded: Entry[] | undefined;

function fold(text: string): string {
  return normalize(text).lower.replace(/-/g, ' ');
}

function vocabulary(): Entry[] {
  folded ??= VARIANTS.flatMap((variant) => (['says', 'saysInContext', 'answers'] as const)
    .flatMap((tier) => variant[tier].map((raw): Entry => {
      const word = fold(raw);
      const latin = /[a-z]/.test(word[0]);
      return {
        variant, tier, word, single: [...word].length === 1,
        pattern: latin ? new RegExp(`[^a-z]${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^a-z]`) : undefined,
      };
    })));
  return folded;
}

/** "不是滚筒，是波轮" / "it's not a top loader": a named kind said not to be the one. */
const NEGATED_ZH = /(?:不是|并非|非|没有|不)(?:那种|那个)?$/;
const NEGATED_EN = /\b(?:not|isn'?t|no|never)(?: an?| the)?\s?$/;
/** Filler around a one-word answer ("电的吧", "top one please"), for one-character answers. */
const ANSWER_FILLER = /[的吧呀啊呢哦喔啦是呗。.!！?？,，\s]|\b(?:the|one|it'?s|its|a|please|mine|is)\b/g;

/** Where `entry` stands in `text` (`padded` is the text between spaces, for Latin words), or -1. */
function found(text: string, padded: string, entry: Entry): number {
  // Most words are in no message: the plain search rules them out before the pattern runs.
  const at = text.indexOf(entry.word);
  if (at < 0 || !entry.pattern) return at;
  return padded.search(entry.pattern);
}

function negated(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  return NEGATED_ZH.test(before) || NEGATED_EN.test(before);
}

/**
 * The kinds one message names, the last one said per product line ("不是滚筒，是波轮" → top-loader).
 * Context words count when the message names their line ("热水器不热，燃气的") or answers the
 * question about it (`asked`), where answer words count too ("电的", "the top one").
 * Which line the message names, and the message without filler, are worked out only when a word
 * found needs them: the variant middleware reads every message, and most name no kind at all.
 */
export function readVariants(raw: string, asked?: ProductLine): VariantMention[] {
  const text = fold(raw);
  if (!text) return [];
  const padded = ` ${text} `;
  let product: ProductLine | undefined | null = null;
  let bare: string | undefined;
  const last = new Map<ProductLine, { variant: VariantId; at: number }>();
  for (const entry of vocabulary()) {
    const { variant, tier, word } = entry;
    const line = variant.product;
    if (tier === 'answers' && line !== asked) continue;
    let at: number;
    if (entry.single) {
      bare ??= text.replace(ANSWER_FILLER, '');
      at = bare === word ? 0 : -1;
    } else {
      at = found(text, padded, entry);
    }
    if (at < 0) continue;
    if (tier === 'saysInContext' && line !== asked) {
      if (product === null) product = detectProduct(text);
      if (line !== product) continue;
    }
    if (negated(text, at)) continue;
    const earlier = last.get(line);
    if (!earlier || at >= earlier.at) last.set(line, { variant: variant.id, at });
  }
  return [...last].map(([line, { variant }]) => ({ product: line, variant }));
}

/** The answer to "滚筒还是波轮？": a kind of `product`, 'unsure', or undefined when it is neither. */
export function readVariantAnswer(raw: string, product: ProductLine): VariantId | 'unsure' | undefined {
  const mention = readVariants(raw, product).find((m) => m.product === product);
  if (mention) return mention.variant;
  return saysDontKnow(normalize(raw).lower) || /不确定|不太清楚|看不出|分不清|either|both|whichever/.test(normalize(raw).lower) ? 'unsure' : undefined;
}
