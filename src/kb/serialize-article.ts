import { Document, isSeq, visit } from 'yaml';
import type { Language } from '../language.js';
import type { Article, ArticleSection, ArticleStep } from './article-schema.js';
import { writeVariantTag } from './variant-tag.js';

const FALLBACK_LABEL: Record<Language, string> = { zh: '如果不行：', en: "If that doesn't help: " };

/** Front matter in the order README.md shows it, so an edited file diffs cleanly against a hand-written one. */
function frontMatterObject(article: Article): Record<string, unknown> {
  const fm: Record<string, unknown> = {
    id: article.id,
    category: article.category,
    product: article.product,
    models: article.models,
    languages: article.languages,
    title: article.title,
    symptoms: article.symptoms,
    escalation: article.escalation,
  };
  if (article.warranty) fm.warranty = article.warranty;
  if (article.upsell) fm.upsell = article.upsell;
  fm.status = article.status;
  return fm;
}

function serializeSection(language: Language, section: ArticleSection): string {
  const parts = [`## ${language}`, ''];
  if (section.summary) parts.push(section.summary, '');
  const numbers = stepNumbers(section.steps);
  section.steps.forEach((step, i) => {
    parts.push(`${numbers[i]}. ${writeVariantTag(step.variants, language)}${step.text}`);
    if (step.ifFails) parts.push(`   - ${FALLBACK_LABEL[language]}${writeVariantTag(step.ifFailsVariants, language)}${step.ifFails}`);
  });
  if (section.steps.length > 0) parts.push('');
  return parts.join('\n');
}

/**
 * List numbers as trainers write them: steps for different variants that stand in for each other
 * (`2. [滚筒] …` then `2. [波轮] …`) share a number, since a customer sees only one of them.
 */
function stepNumbers(steps: readonly ArticleStep[]): number[] {
  const numbers: number[] = [];
  let group: ArticleStep[] = [];
  for (const step of steps) {
    const alternative = step.variants && group.length > 0
      && group.every((other) => other.variants?.every((v) => !step.variants!.includes(v)));
    if (alternative) group.push(step);
    else group = [step];
    numbers.push(alternative ? numbers.at(-1)! : (numbers.at(-1) ?? 0) + 1);
  }
  return numbers;
}

/** The inverse of parseArticle: parseArticle(serializeArticle(a)) equals a (less `source`). */
export function serializeArticle(article: Article): string {
  const doc = new Document(frontMatterObject(article));
  // Lists of short phrases read best on one line, as trainers write them: `symptoms: {zh: [a, b]}`.
  visit(doc, { Seq(_key, node) { if (isSeq(node)) node.flow = true; } });
  const yamlText = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
  const sections = [serializeSection('zh', article.body.zh)];
  if (article.body.en) sections.push(serializeSection('en', article.body.en));
  return `---\n${yamlText}\n---\n\n${sections.join('\n')}`;
}
