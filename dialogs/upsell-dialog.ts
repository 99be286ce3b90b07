import { ComponentDialog, TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { languageOf } from '../src/bot/turn-language.js';
import { understand } from '../src/understand/understand.js';
import type { DialogDeps } from './dialog-deps.js';
import { UPSELL } from './survey.messages.js';
import { choiceMessage, matchChoice } from './choices.js';
import { t } from './text.js';

export const UPSELL_DIALOG = 'upsell';
/** The waterfall inside the component; loops replace it, never the component (that would nest it). */
const STEPS = `${UPSELL_DIALOG}.steps`;
const PROMPT = 'upsell.reply';

/**
 * Step 6 of the script: one relevant extra from the article, offered once per conversation and
 * never after a low rating — "10-1=0": a pushy offer to an unhappy customer costs more than it earns.
 */
export class UpsellDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(UPSELL_DIALOG);
    this.addDialog(new TextPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(STEPS, [this.offerStep.bind(this), this.answerStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async offerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const language = languageOf(step.context);
    const { articleId } = (step.options ?? {}) as { articleId?: string };
    const upsell = articleId ? this.deps.kb.get(articleId)?.upsell : undefined;
    const profile = await this.deps.profile.get(step.context, {});
    if (!upsell || profile.upsellOffered || (profile.rating !== undefined && profile.rating <= 2)) return step.endDialog();
    profile.upsellOffered = true;
    const offer = (language === 'en' && upsell.en) || upsell.zh;
    return step.prompt(PROMPT, {
      prompt: choiceMessage(t(language, UPSELL.offer, { offer }), [
        { value: 'yes', title: t(language, UPSELL.optionYes) },
        { value: 'no', title: t(language, UPSELL.optionNo) },
      ]),
    });
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const language = languageOf(step.context);
    const reply = String(step.result ?? '');
    const answer = matchChoice(reply, [
      { value: 'yes', title: t(language, UPSELL.optionYes) },
      { value: 'no', title: t(language, UPSELL.optionNo) },
    ])?.value ?? understand(reply, { prompt: 'upsell', today: '1970-01-01' }).kind;
    const profile = await this.deps.profile.get(step.context, {});
    profile.upsellAccepted = answer === 'yes';
    await step.context.sendActivity(t(language, answer === 'yes' ? UPSELL.yes : UPSELL.no));
    return step.endDialog();
  }
}
