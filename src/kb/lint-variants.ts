import type { Language } from '../language.js';
import type { Article } from './article-schema.js';
import type { LintFinding } from './lint-articles.js';
import { hasVariantSteps, stepsFor } from './variant-steps.js';
import { variantsOf } from './variants.js';

/**
 * An article with variant steps must give every kind of its line something to do, in each language
 * (the parser has already refused unknown tags and other lines' kinds). A customer who is not sure
 * sees only the steps for every kind, so an article with none of those is worth a look too.
 */
export function lintVariants(article: Article): LintFinding[] {
  if (!hasVariantSteps(article)) return [];
  const file = article.source ?? article.id;
  const findings: LintFinding[] = [];
  const counts: Partial<Record<Language, string>> = {};
  for (const language of ['zh', 'en'] as const) {
    const section = article.body[language];
    if (!section) continue;
    const shown = variantsOf(article.product).map((variant) => ({ variant, steps: stepsFor(section, variant.id).length }));
    for (const { variant, steps } of shown) {
      if (steps > 0) continue;
      findings.push({
        file, severity: 'error',
        message: `${language}: every step is for a particular variant and none is for [${variant.tags.zh}] / [${variant.tags.en}]; add a step for it, or an untagged step for every ${article.product}`,
      });
    }
    if (stepsFor(section, 'unsure').length === 0) {
      findings.push({
        file, severity: 'warning',
        message: `${language}: no step is for every variant, so a customer who is not sure which kind they have gets no steps`,
      });
    }
    counts[language] = shown.map(({ variant, steps }) => `${variant.tags.en} ${steps}`).join(', ');
  }
  if (counts.zh && counts.en && counts.zh !== counts.en) {
    findings.push({ file, severity: 'warning', message: `zh and en tag different steps (steps per variant: zh ${counts.zh}; en ${counts.en})` });
  }
  return findings;
}
