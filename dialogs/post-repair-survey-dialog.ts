import { ComponentDialog, TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { languageOf } from '../src/bot/turn-language.js';
import { SURVEY_DIMENSIONS, type PostRepairSurvey, type SurveyDimension } from '../src/tickets/after-visit.js';
import { updateTicket } from '../src/tickets/update-ticket.js';
import type { DialogDeps } from './dialog-deps.js';
import { choiceMessage, matchChoice } from './choices.js';
import { readRating } from './survey-dialog.js';
import { REPAIR_SURVEY } from './after-visit.messages.js';
import { t } from './text.js';

export const POST_REPAIR_SURVEY_DIALOG = 'post-repair-survey';
const STEPS = `${POST_REPAIR_SURVEY_DIALOG}.steps`;
const PROMPT = `${POST_REPAIR_SURVEY_DIALOG}.answer`;

interface SurveyValues {
  ticketId: string;
  scores: Partial<Record<SurveyDimension, number>>;
}

/**
 * The post-repair survey of the documents: response speed, attitude, resolution efficiency and
 * overall, 1–5 each, one message each, any skippable; then an optional comment. Begun only after
 * the customer confirmed the repair — never after a reopen (sign-off-dialog.ts).
 */
export class PostRepairSurveyDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(POST_REPAIR_SURVEY_DIALOG);
    this.addDialog(new TextPrompt(PROMPT));
    const ask = SURVEY_DIMENSIONS.map((dimension, i) => (step: WaterfallStepContext) => this.scoreStep(step, i === 0 ? undefined : SURVEY_DIMENSIONS[i - 1], dimension));
    this.addDialog(new WaterfallDialog(STEPS, [...ask, this.commentStep.bind(this), this.recordStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  /** Records the answer to the previous dimension (when any), then asks `dimension`. */
  private async scoreStep(step: WaterfallStepContext, previous: SurveyDimension | undefined, dimension: SurveyDimension): Promise<DialogTurnResult> {
    const language = languageOf(step.context);
    const values = step.values as SurveyValues;
    if (!previous) {
      values.ticketId = String((step.options as { ticketId?: string }).ticketId ?? '');
      values.scores = {};
      await step.context.sendActivity(t(language, REPAIR_SURVEY.intro));
    } else {
      this.keep(values, previous, String(step.result ?? ''));
    }
    const buttons = ['5', '4', '3', '2', '1', t(language, REPAIR_SURVEY.skip)].map((title) => ({ value: title, title }));
    return step.prompt(PROMPT, { prompt: choiceMessage(t(language, REPAIR_SURVEY[dimension]), buttons) });
  }

  private async commentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const language = languageOf(step.context);
    this.keep(step.values as SurveyValues, 'overall', String(step.result ?? ''));
    const skip = t(language, REPAIR_SURVEY.skip);
    return step.prompt(PROMPT, { prompt: choiceMessage(t(language, REPAIR_SURVEY.comment), [{ value: skip, title: skip }]) });
  }

  private async recordStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const language = languageOf(step.context);
    const values = step.values as SurveyValues;
    const text = String(step.result ?? '').trim();
    const skipped = !text || Boolean(matchChoice(text, [{ value: 'skip', title: t(language, REPAIR_SURVEY.skip) }])) || readRating(text) !== undefined;
    const survey: PostRepairSurvey = { ...values.scores, ...(skipped ? {} : { comment: text.slice(0, 500) }), at: this.deps.clock.now().toISOString() };
    await updateTicket(this.deps.tickets, values.ticketId, (ticket) => (ticket.survey ? ticket : { ...ticket, survey, updatedAt: survey.at }));
    const low = Object.values(values.scores).some((score) => score <= 2);
    await step.context.sendActivity(t(language, low ? REPAIR_SURVEY.thanksLow : REPAIR_SURVEY.thanks));
    return step.endDialog({ survey });
  }

  /** A reply that is not 1–5 ("跳过", anything else) leaves the dimension out: skippable, never guessed. */
  private keep(values: SurveyValues, dimension: SurveyDimension, reply: string): void {
    const score = readRating(reply);
    if (score !== undefined) values.scores[dimension] = score;
  }
}
