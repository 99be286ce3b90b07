import { ComponentDialog, TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { languageOf } from '../src/bot/turn-language.js';
import type { ProductLine } from '../src/kb/article-schema.js';
import type { Language } from '../src/language.js';
import type { VariantChoice } from '../src/kb/variant-steps.js';
import { variantsOf } from '../src/kb/variants.js';
import { readVariantAnswer } from '../src/understand/variant.js';
import { choiceMessage, matchChoice, type ChoiceOption } from './choices.js';
import type { DialogDeps } from './dialog-deps.js';
import { PRODUCT_NAMES } from './product-names.js';
import { t } from './text.js';
import { VARIANT, VARIANT_QUESTION } from './variant.messages.js';

export const ASK_VARIANT_DIALOG = 'ask-variant';
const STEPS = `${ASK_VARIANT_DIALOG}.steps`;
const PROMPT = 'ask-variant.reply';

export interface AskVariantOptions { product: ProductLine }

/**
 * Asks once which kind of product the customer has (滚筒 or 波轮…), with a button per kind and
 * "不确定". Whatever the reply, the answer is remembered for the conversation and the fix goes on:
 * a reply that names no kind counts as not sure, so the customer is never asked twice.
 */
export class AskVariantDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(ASK_VARIANT_DIALOG);
    this.addDialog(new TextPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(STEPS, [this.askStep.bind(this), this.rememberStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { product } = step.options as AskVariantOptions;
    const language = languageOf(step.context);
    const question = VARIANT_QUESTION[product] ?? VARIANT.question;
    const text = t(language, question, { product: t(language, PRODUCT_NAMES[product]) });
    return step.prompt(PROMPT, { prompt: choiceMessage(text, options(product, language)) });
  }

  private async rememberStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { product } = step.options as AskVariantOptions;
    const language = languageOf(step.context);
    const reply = String(step.result ?? '');
    const picked = matchChoice(reply, options(product, language))?.value as VariantChoice | undefined;
    const choice: VariantChoice = picked ?? readVariantAnswer(reply, product) ?? 'unsure';
    const profile = await this.deps.profile.get(step.context, {});
    profile.variants = { ...profile.variants, [product]: choice };
    if (choice === 'unsure') await step.context.sendActivity(t(language, VARIANT.unsure));
    return step.endDialog(choice);
  }
}

function options(product: ProductLine, language: Language): ChoiceOption[] {
  return [
    ...variantsOf(product).map((variant) => ({ value: variant.id, title: variant.label[language] })),
    { value: 'unsure', title: t(language, VARIANT.optionUnsure) },
  ];
}
