import type { Language } from '../language.js';
import type { ProductLine } from './article-schema.js';
import { tagOf, variantByTag, variantsOf, type VariantId } from './variants.js';

/** `[滚筒]`, `【波轮】`, `[滚筒 front-loader]`, `[挂机/柜机]` at the start of a step or its fallback. */
const LEADING_TAG = /^[[【]([^\]】]{1,60})[\]】]\s{0,8}/;
const TAG_SEPARATORS = /[\s/、,，]+/;

export type VariantTag = { variants?: VariantId[]; rest: string } | { problem: string };

function known(product: ProductLine): string {
  const variants = variantsOf(product);
  if (variants.length === 0) return `${product} has no variants with steps of their own, so its steps take no tag`;
  return `${product} variants are ${variants.map((v) => `[${v.tags.zh}] / [${v.tags.en}]`).join(', ')}`;
}

/**
 * Splits a leading variant tag off a step's text and reads it against the article's product line.
 * Text without a tag is for every variant. A tag naming no variant, or another line's, is a problem.
 */
export function readVariantTag(text: string, product: ProductLine): VariantTag {
  const tag = LEADING_TAG.exec(text);
  if (!tag) return { rest: text };
  const variants: VariantId[] = [];
  for (const name of tag[1].split(TAG_SEPARATORS).filter(Boolean)) {
    const variant = variantByTag(name);
    if (!variant) return { problem: `unknown variant "[${name}]"; ${known(product)}` };
    if (variant.product !== product) {
      return { problem: `"[${name}]" is a ${variant.product} variant, but this article is about ${product}; ${known(product)}` };
    }
    if (!variants.includes(variant.id)) variants.push(variant.id);
  }
  return { variants, rest: text.slice(tag[0].length) };
}

/** The tag the serializer writes in front of a step, in the section's language; '' for every variant. */
export function writeVariantTag(variants: readonly VariantId[] | undefined, language: Language): string {
  return variants?.length ? `[${variants.map((id) => tagOf(id, language)).join('/')}] ` : '';
}
