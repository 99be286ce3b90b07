import type { Article, ArticleSection, ArticleStep } from './article-schema.js';
import { variantsOf, type VariantId } from './variants.js';

/** What the conversation knows of the product's kind: one variant, or the customer is not sure. */
export type VariantChoice = VariantId | 'unsure';

function tagged(step: ArticleStep): boolean {
  return step.variants !== undefined || step.ifFailsVariants !== undefined;
}

/** True when some step or fallback is for one variant only, so the bot must know the kind first. */
export function hasVariantSteps(article: Article): boolean {
  return [article.body.zh, article.body.en].some((section) => section?.steps.some(tagged) ?? false);
}

function appliesTo(variants: readonly VariantId[] | undefined, choice: VariantChoice | undefined): boolean {
  return variants === undefined || (choice !== undefined && choice !== 'unsure' && variants.includes(choice));
}

/**
 * The steps a customer with this kind sees, in order; a fallback for another kind is left off.
 * Unknown or unsure: only what is for every kind, so nobody is told about a filter their machine lacks.
 */
export function stepsFor(section: ArticleSection, choice: VariantChoice | undefined): ArticleStep[] {
  return section.steps
    .filter((step) => appliesTo(step.variants, choice))
    .map((step) => {
      if (appliesTo(step.ifFailsVariants, choice)) return step;
      const { ifFails: _left, ifFailsVariants: _off, ...rest } = step;
      return rest;
    });
}

/** The steps of one walk through an article, and where the kind must be known before going on. */
export interface Walk {
  steps: ArticleStep[];
  /** The index before which the bot asks the kind; absent when it need not (known, or no steps differ). */
  askAt?: number;
}

function shared(step: ArticleStep): boolean {
  return !tagged(step);
}

/**
 * The walk for a kind, or for a kind not yet known. Not known, the steps every kind shares at the
 * start are shown first and the bot asks just before the first that differs (a fix that works at
 * step 1 needs no question); when the kinds' walks differ in length, it asks first, so that "第 1 步
 * （共 4 步）" never has to change its count. Safety articles show every step: one too many beats one missing.
 */
export function walkFor(article: Article, section: ArticleSection, choice: VariantChoice | undefined): Walk {
  if (choice !== undefined || !section.steps.some(tagged)) return { steps: stepsFor(section, choice) };
  if (article.escalation === 'safety') return { steps: section.steps };
  const walks = variantsOf(article.product).map((kind) => stepsFor(section, kind.id));
  const lead = section.steps.findIndex((step) => !shared(step));
  const sameLength = walks.every((walk) => walk.length === walks[0].length);
  return { steps: walks[0] ?? [], askAt: sameLength ? lead : 0 };
}
