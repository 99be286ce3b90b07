import { readChoice } from './choice.js';
import { correctionReading, detectCorrectionCue } from './correction.js';
import { detectIntent, detectQuestion } from './intents.js';
import { normalize } from './normalize.js';
import { readRating } from './rating.js';
import { readField } from './read-field.js';
import type { Field, PromptType, Reading, UnderstandContext } from './reading.js';
import { readStepResult } from './step-result.js';
import { readYesNo, saysDontKnow } from './yes-no.js';

const FIELD_OF: Partial<Record<PromptType, Field>> = {
  purchase_date: 'purchase_date', visit_time: 'visit_time', phone: 'phone', name: 'name', address: 'address', model: 'model',
};

/**
 * What one reply means at one prompt. The single entry point every dialog asks (architecture:
 * "understanding in one place"). Order matters and is the same everywhere: leaving (opt-out, a
 * person, stop), then a correction of another field, then the answer the prompt asked for, then a
 * question back; a reply that is none of these is `unknown` and the dialog repairs the prompt.
 */
export function understand(raw: string, context: UnderstandContext): Reading {
  const { text, lower } = normalize(raw);
  if (!text) return { kind: 'unknown' };
  const intent = detectIntent(lower);
  const field = FIELD_OF[context.prompt];
  if (intent && !(intent.kind === 'cancel' && declinesPrompt(context.prompt, lower))) return intent;
  const correction = readCorrection(text, lower, context, field);
  if (correction) return correction;
  return (field ? answerField(field, text, lower, context) : answerPrompt(text, lower, context)) ?? { kind: 'unknown' };
}

/** At a yes/no prompt a plain "不用了" declines the offer; it is not a wish to stop everything. */
function declinesPrompt(prompt: PromptType, lower: string): boolean {
  return (prompt === 'quote_accept' || prompt === 'upsell' || prompt === 'rating') && /^(不用了?|不需要了?|不要了?|不用了谢谢|不了)/.test(lower);
}

function readCorrection(text: string, lower: string, context: UnderstandContext, asked: Field | undefined): Reading | undefined {
  const cue = detectCorrectionCue(text, context.prompt === 'summary_confirm');
  if (!cue || cue.field === asked) return undefined;
  if (context.prompt === 'summary_confirm' && readYesNo(lower) === 'yes' && !/错|不对|改|wrong|change/i.test(lower)) return undefined;
  const value = cue.rest ? readField(cue.field, cue.rest, cue.rest.toLowerCase(), context) : undefined;
  return correctionReading(cue.field, value);
}

function answerField(field: Field, text: string, lower: string, context: UnderstandContext): Reading | undefined {
  const reading = readField(field, text, lower, context);
  if (reading?.kind === 'value' || reading?.kind === 'dont_know') return reading;
  const question = detectQuestion(lower);
  if (question) return question;
  if (reading) return reading;
  if (saysDontKnow(lower)) return { kind: 'dont_know' };
  return undefined;
}

function answerPrompt(text: string, lower: string, context: UnderstandContext): Reading | undefined {
  switch (context.prompt) {
    case 'rating':
      return readRating(lower) ?? detectQuestion(lower);
    case 'step_result':
      return detectQuestion(lower, true) ?? readStepResult(lower);
    case 'slot_choice':
    case 'article_choice':
      return readChoice(lower, context.options ?? []) ?? detectQuestion(lower);
    case 'summary_confirm':
      return summaryAnswer(text, lower, context);
    default: {
      const question = detectQuestion(lower, true);
      if (question) return question;
      const answer = readYesNo(lower);
      return answer ? { kind: answer } : undefined;
    }
  }
}

/** "不是周六，是周日下午" at the summary changes the visit without naming the field. */
function summaryAnswer(text: string, lower: string, context: UnderstandContext): Reading | undefined {
  const question = detectQuestion(lower, true);
  if (question) return question;
  const answer = readYesNo(lower);
  if (answer === 'yes') return { kind: 'yes' };
  const restated = lower.match(/不是.{0,20}?[，,\s]*(?:是|改成|应该是)(.{2,60})$/)?.[1] ?? lower.match(/\b(?:not .{1,30}?,?\s*(?:it'?s|but))\s+(.{2,60})$/)?.[1];
  if (restated) {
    for (const field of ['visit_time', 'phone', 'purchase_date'] as const) {
      const value = readField(field, restated, restated, context);
      if (value?.kind === 'value' || value?.kind === 'partial') return correctionReading(field, value);
    }
  }
  return answer ? { kind: answer } : undefined;
}
