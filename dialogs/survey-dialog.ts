import { ComponentDialog, TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { languageOf } from '../src/bot/turn-language.js';
import { isAppError } from '../src/errors.js';
import type { DialogDeps } from './dialog-deps.js';
import { SURVEY } from './survey.messages.js';
import { choiceMessage } from './choices.js';
import { understand } from '../src/understand/understand.js';
import { t } from './text.js';
import { recordMilestone, recordUnhelpful } from './report-events.js';

export const SURVEY_DIALOG = 'survey';
/** The waterfall inside the component; loops replace it, never the component (that would nest it). */
const STEPS = `${SURVEY_DIALOG}.steps`;
const PROMPT = 'survey.rating';

/**
 * 1–5 as the understanding layer reads it ("5", "5分", "五星", "⭐⭐⭐⭐", "差评" → 1, "5星好评" → 5);
 * undefined when it is not a rating.
 */
export function readRating(text: string): number | undefined {
  const reading = understand(text, { prompt: 'rating', today: '1970-01-01' });
  return reading.kind === 'rating' ? reading.value : undefined;
}

/** "还行吧" / "挺好的": a rating meant but not given as a number; asked once more, never guessed. */
function isVagueRating(text: string): boolean {
  return understand(text, { prompt: 'rating', today: '1970-01-01' }).kind === 'partial';
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
    const { ticketId, answer, problem, retry } = (step.options ?? {}) as { ticketId?: string; answer?: string; problem?: string; retry?: boolean };
    (step.values as Record<string, unknown>).retry = retry;
    (step.values as Record<string, unknown>).ticketId = ticketId;
    (step.values as Record<string, unknown>).problem = problem;
    // The question already went out with the agent's release (handoff-service.ts); this is the reply.
    if (answer !== undefined) return step.next(answer);
    const text = retry ? t(language, SURVEY.askNumber) : t(language, ticketId ? SURVEY.thanksTicket : SURVEY.thanksResolved);
    const stars = [5, 4, 3, 2, 1].map((n) => ({ value: String(n), title: String(n) }));
    return step.prompt(PROMPT, { prompt: choiceMessage(text, stars) });
  }

  private async recordStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const language = languageOf(step.context);
    const said = String(step.result ?? '');
    const rating = readRating(said);
    const values = step.values as Record<string, unknown>;
    if (rating === undefined && !values.retry && isVagueRating(said)) {
      return step.replaceDialog(STEPS, { ticketId: values.ticketId, problem: values.problem, retry: true });
    }
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
