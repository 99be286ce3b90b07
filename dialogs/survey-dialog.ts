import { ComponentDialog, TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { languageOf } from '../src/bot/turn-language.js';
import { isAppError } from '../src/errors.js';
import type { DialogDeps } from './dialog-deps.js';
import { SURVEY } from './survey.messages.js';
import { choiceMessage } from './choices.js';
import { t } from './text.js';
import { recordMilestone, recordUnhelpful } from './report-events.js';

export const SURVEY_DIALOG = 'survey';
/** The waterfall inside the component; loops replace it, never the component (that would nest it). */
const STEPS = `${SURVEY_DIALOG}.steps`;
const PROMPT = 'survey.rating';

/** Reads 1–5 from "5", "5分", "五星", "⭐⭐⭐⭐"; undefined when it is not a rating. */
export function readRating(text: string): number | undefined {
  const stars = [...text.matchAll(/⭐|★/g)].length;
  if (stars >= 1 && stars <= 5) return stars;
  const digit = text.match(/^\s*([1-5])\s*(分|星|颗星|stars?|\/\s*5)?\s*[.!！。]?\s*$/i)?.[1];
  if (digit) return Number(digit);
  const zh = text.match(/^\s*([一二三四五])\s*(分|星|颗星)\s*$/)?.[1];
  return zh ? '一二三四五'.indexOf(zh) + 1 : undefined;
}

/** Step 5 of the script: thanks, then a 1–5 satisfaction rating stored with the conversation and ticket. */
export class SurveyDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(SURVEY_DIALOG);
    this.addDialog(new TextPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(STEPS, [this.askStep.bind(this), this.recordStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const language = languageOf(step.context);
    const { ticketId, answer, problem } = (step.options ?? {}) as { ticketId?: string; answer?: string; problem?: string };
    (step.values as Record<string, unknown>).ticketId = ticketId;
    (step.values as Record<string, unknown>).problem = problem;
    // The question already went out with the agent's release (handoff-service.ts); this is the reply.
    if (answer !== undefined) return step.next(answer);
    const text = t(language, ticketId ? SURVEY.thanksTicket : SURVEY.thanksResolved);
    const stars = [5, 4, 3, 2, 1].map((n) => ({ value: String(n), title: String(n) }));
    return step.prompt(PROMPT, { prompt: choiceMessage(text, stars) });
  }

  private async recordStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const language = languageOf(step.context);
    const rating = readRating(String(step.result ?? ''));
    if (rating === undefined) {
      await step.context.sendActivity(t(language, SURVEY.skipped));
      return step.endDialog();
    }
    const profile = await this.deps.profile.get(step.context, {});
    profile.rating = rating;
    const ticketId = (step.values as Record<string, unknown>).ticketId as string | undefined;
    if (ticketId) await this.rateTicket(ticketId, rating);
    await recordMilestone(step.context, this.deps, 'rated', { rating, articleId: profile.articleTried, ticketId });
    if (rating <= 2) await recordUnhelpful(step.context, this.deps, String((step.values as Record<string, unknown>).problem ?? ''), profile.articleTried);
    const reply = rating >= 4 ? SURVEY.thanksHigh : rating === 3 ? SURVEY.thanksMid : SURVEY.thanksLow;
    await step.context.sendActivity(t(language, reply));
    return step.endDialog({ rating });
  }

  /** One retry on a version conflict: an agent or the SLA clock may have saved the ticket meanwhile. */
  private async rateTicket(ticketId: string, rating: number): Promise<void> {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const ticket = await this.deps.tickets.get(ticketId);
      if (!ticket) return;
      try {
        await this.deps.tickets.save({ ...ticket, rating, updatedAt: this.deps.clock.now().toISOString() });
        return;
      } catch (err) {
        if (!isAppError(err, 'STORE_CONFLICT')) throw err;
      }
    }
  }
}
