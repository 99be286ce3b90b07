import type { Language } from '../language.js';
import type { ArticleSection, ArticleStep, ProductLine } from './article-schema.js';
import { readVariantTag } from './variant-tag.js';

export interface BodyLine { text: string; line: number }
export interface BodyProblem { line: number; problem: string }

const STEP_ITEM = /^ {0,3}\d{1,4}[.)]\s{1,8}(.*)$/;
const NESTED_BULLET = /^\s{1,16}[-*+]\s{1,8}(.*)$/;
/** The two spellings README.md gives for a step's fallback; the colon may be full- or half-width. */
const IF_FAILS = /^(?:如果不行|If that doesn[’']t help)\s{0,4}[:：]\s{0,4}(.*)$/i;
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Markdown soft line breaks: a space between Latin words, nothing between Chinese characters. */
export function joinSoftBreak(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return CJK.test(a.at(-1) ?? '') || CJK.test(b[0]) ? a + b : `${a} ${b}`;
}

/** Where each step and its fallback start, for problems found after the list is read. */
interface StepLines { text: number; ifFails?: number }

/**
 * A `## zh` / `## en` section: paragraphs (the summary), then one numbered list (the steps), each step
 * optionally with one nested "如果不行：" / "If that doesn't help:" bullet (its ifFails). A step or
 * fallback may start with a variant tag (`[滚筒]`), read against `product` (variant-tag.ts).
 */
export function parseSectionBody(lines: BodyLine[], language: Language, product?: ProductLine): ArticleSection | BodyProblem {
  const paragraphs: string[] = [];
  let paragraph = '';
  const steps: ArticleStep[] = [];
  const stepLines: StepLines[] = [];
  let target: 'text' | 'ifFails' | undefined;
  const label = language === 'zh' ? '如果不行：' : "If that doesn't help: ";

  for (const { text, line } of lines) {
    if (text.trim() === '') {
      if (paragraph) paragraphs.push(paragraph);
      paragraph = '';
      continue;
    }
    const item = STEP_ITEM.exec(text);
    if (item) {
      steps.push({ text: item[1].trim() });
      stepLines.push({ text: line });
      target = 'text';
      continue;
    }
    if (steps.length === 0) {
      if (NESTED_BULLET.test(text) || /^[-*+]\s/.test(text)) {
        return { line, problem: 'a bullet list before the numbered steps; the summary must be plain paragraphs' };
      }
      paragraph = joinSoftBreak(paragraph, text.trim());
      continue;
    }
    const step = steps[steps.length - 1];
    const bullet = NESTED_BULLET.exec(text);
    if (bullet) {
      const fallback = IF_FAILS.exec(bullet[1].trim());
      if (!fallback) return { line, problem: `a nested bullet under a step must start with "${label.trim()}"` };
      if (step.ifFails !== undefined) return { line, problem: 'a step has more than one fallback bullet' };
      if (fallback[1].trim() === '') return { line, problem: 'the fallback bullet is empty' };
      step.ifFails = fallback[1].trim();
      stepLines[stepLines.length - 1].ifFails = line;
      target = 'ifFails';
      continue;
    }
    if (/^\s/.test(text) && target) {
      // An indented line continues the step or its fallback (a wrapped long line).
      if (target === 'ifFails') step.ifFails = joinSoftBreak(step.ifFails ?? '', text.trim());
      else step.text = joinSoftBreak(step.text, text.trim());
      continue;
    }
    return { line, problem: 'text after the numbered steps; put it in the summary or in a step' };
  }
  if (paragraph) paragraphs.push(paragraph);
  if (product) {
    const tagged = tagVariants(steps, stepLines, product);
    if (tagged) return tagged;
  }
  for (const step of steps) {
    if (step.text === '') return { line: lines[0]?.line ?? 1, problem: 'an empty step' };
  }
  return { summary: paragraphs.join('\n\n'), steps };
}

/** Moves each step's and fallback's leading tag into `variants` / `ifFailsVariants`; the first problem, if any. */
function tagVariants(steps: ArticleStep[], stepLines: StepLines[], product: ProductLine): BodyProblem | undefined {
  for (const [i, step] of steps.entries()) {
    const tag = readVariantTag(step.text, product);
    if ('problem' in tag) return { line: stepLines[i].text, problem: tag.problem };
    step.text = tag.rest;
    if (tag.variants) step.variants = tag.variants;
    if (step.ifFails === undefined) continue;
    const line = stepLines[i].ifFails ?? stepLines[i].text;
    const fallback = readVariantTag(step.ifFails, product);
    if ('problem' in fallback) return { line, problem: fallback.problem };
    if (fallback.rest === '') return { line, problem: 'the fallback bullet is empty' };
    step.ifFails = fallback.rest;
    if (!fallback.variants) continue;
    if (step.variants && fallback.variants.some((v) => !step.variants!.includes(v))) {
      return { line, problem: "the fallback's variant tag names a variant its step is not for" };
    }
    step.ifFailsVariants = fallback.variants;
  }
  return undefined;
}
