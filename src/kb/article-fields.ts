import type { Article, ArticleSection } from './article-schema.js';
import { PRODUCT_NAMES } from './detect-product.js';

export const FIELD_NAMES = ['title', 'symptoms', 'models', 'summary', 'steps'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];
export type ArticleFields = Record<FieldName, string>;

function stepsText(section: ArticleSection | undefined): string {
  if (!section) return '';
  return section.steps.map((s) => (s.ifFails ? `${s.text}\n${s.ifFails}` : s.text)).join('\n');
}

/**
 * The searchable text of an article, both languages in each field: a customer writing English about a
 * zh-only article should still find it (the answer then comes in Chinese, sectionFor's fallback).
 * `models` also carries the product line's names, so "滚筒 漏水" can lean on the product word.
 */
export function articleFields(article: Article): ArticleFields {
  const { body } = article;
  return {
    title: [article.title.zh, article.title.en ?? ''].join('\n'),
    symptoms: [...article.symptoms.zh, ...(article.symptoms.en ?? [])].join('\n'),
    models: [...article.models, ...PRODUCT_NAMES[article.product]].join('\n'),
    summary: [body.zh.summary, body.en?.summary ?? ''].join('\n'),
    steps: [stepsText(body.zh), stepsText(body.en)].join('\n'),
  };
}
