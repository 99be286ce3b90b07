import { ComponentDialog, TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { languageOf } from '../src/bot/turn-language.js';
import { detectInterruption } from '../src/bot/recognize.js';
import { understand } from '../src/understand/understand.js';
import { opensAside } from '../src/understand/intents.js';
import { sectionFor, type Article } from '../src/kb/article-schema.js';
import { decideMatch } from '../src/kb/match-decision.js';
import { detectProduct } from '../src/kb/detect-product.js';
import { walkFor, type VariantChoice } from '../src/kb/variant-steps.js';
import { ASK_VARIANT_DIALOG, AskVariantDialog, type AskVariantOptions } from './ask-variant-dialog.js';
import { handOff } from './hand-off.js';
import type { DialogDeps } from './dialog-deps.js';
import { RESOLVE } from './resolve.messages.js';
import { choiceMessage, matchChoice, type ChoiceOption } from './choices.js';
import { t } from './text.js';
import type { Language } from '../src/language.js';

export const RESOLVE_DIALOG = 'resolve';
/** The waterfall inside the component; loops replace it, never the component (that would nest it). */
const STEPS = `${RESOLVE_DIALOG}.steps`;
/** Learns the product's kind when the walk reaches a step that differs by kind, then goes back to STEPS. */
const KIND = `${RESOLVE_DIALOG}.kind`;
const PROMPT = 'resolve.reply';

export interface ResolveResult {
  resolved: boolean;
  stepsTried?: number;
  wantsTicket?: boolean;
  /** The customer raised another problem mid-fix: the script starts over with it. */
  newProblem?: string;
  handedOff?: boolean;
}

interface ResolveState {
  articleId: string;
  index: number;
  fallbackShown: boolean;
  misses: number;
  /** Replies in a row to this step read as not settled yet (half better, not known yet, stuck on it). */
  unsettled?: number;
  /** The product's kind for this walk: only its steps are shown and counted. */
  variant?: VariantChoice;
}

/** Step 4 of the script: one instruction per message, "did that fix it?" after each. */
export class ResolveDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(RESOLVE_DIALOG);
    this.addDialog(new TextPrompt(PROMPT));
    this.addDialog(new AskVariantDialog(deps));
    this.addDialog(new WaterfallDialog(KIND, [this.kindStep.bind(this), this.startStep.bind(this)]));
    this.addDialog(new WaterfallDialog(STEPS, [this.instructStep.bind(this), this.outcomeStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  /** Asks the product's kind (ask-variant-dialog.ts), then walks on from the same step with its steps. */
  private async kindStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const article = this.deps.kb.get((step.options as Partial<ResolveState>).articleId ?? '');
    return step.beginDialog(ASK_VARIANT_DIALOG, { product: article?.product ?? 'general' } satisfies AskVariantOptions);
  }

  private async startStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.replaceDialog(STEPS, { ...(step.options as Partial<ResolveState>), variant: step.result as VariantChoice });
  }

  private async instructStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as Partial<ResolveState>;
    const article = options.articleId ? this.deps.kb.get(options.articleId) : undefined;
    if (!article) return step.endDialog({ resolved: false, wantsTicket: true } satisfies ResolveResult);
    const language = languageOf(step.context);
    const variant = options.variant ?? (await this.deps.profile.get(step.context, {})).variants?.[article.product];
    const walk = walkFor(article, sectionFor(article, language), variant);
    const section = { ...sectionFor(article, language), steps: walk.steps };
    const first = options.index === undefined;
    const state: ResolveState = {
      articleId: article.id, index: options.index ?? 0, fallbackShown: options.fallbackShown ?? false, misses: options.misses ?? 0,
      ...(options.unsettled ? { unsettled: options.unsettled } : {}),
      ...(variant ? { variant } : {}),
    };
    // The kind decides what comes next: ask once, then go on from this step with that kind's steps.
    if (walk.askAt !== undefined && state.index >= walk.askAt && !state.fallbackShown) return step.replaceDialog(KIND, options);
    (step.values as Record<string, unknown>).state = state;
    // What the agent console shows if a person takes over: the article and the steps already walked.
    Object.assign(await this.deps.profile.get(step.context, {}), { articleTried: article.id, stepsDone: state.index });

    if (first && article.escalation === 'safety') {
      const steps = section.steps.map((s, i) => `${i + 1}. ${s.text}`).join('\n');
      await step.context.sendActivity(t(language, RESOLVE.safetyFirst, { steps }));
      // A safety risk goes to the front of the agents' queue as well as to an urgent ticket.
      await handOff(step.context, this.deps, 'safety');
      await step.context.sendActivity(t(language, RESOLVE.safetyTicket));
      return step.endDialog({ resolved: false, wantsTicket: true, stepsTried: 0 } satisfies ResolveResult);
    }
    if (first && article.category !== 'troubleshooting') {
      const howTo = section.steps.map((s, i) => `${i + 1}. ${s.text}`).join('\n');
      await step.context.sendActivity(section.summary);
      if (howTo) await step.context.sendActivity(howTo);
      return step.prompt(PROMPT, { prompt: choiceMessage(t(language, RESOLVE.policyAnswered), this.options(step, article)) });
    }
    if (first && section.summary) await step.context.sendActivity(section.summary);
    if (section.steps.length === 0) return step.endDialog({ resolved: false, wantsTicket: true } satisfies ResolveResult);
    const current = section.steps[state.index];
    const text = state.fallbackShown && current.ifFails
      ? `${current.ifFails}\n\n${t(language, RESOLVE.afterFallback)}`
      : `${t(language, RESOLVE.step, { n: state.index + 1, total: section.steps.length, text: await this.sayStep(article, current.text, language) })}\n\n${t(language, RESOLVE.didItWork)}`;
    return step.prompt(PROMPT, { prompt: choiceMessage(text, this.options(step, article)) });
  }

  private async outcomeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = (step.values as Record<string, unknown>).state as ResolveState;
    const article = this.deps.kb.get(state.articleId);
    if (!article) return step.endDialog({ resolved: false, wantsTicket: true } satisfies ResolveResult);
    const language = languageOf(step.context);
    const reply = String(step.result ?? '').trim();
    const choice = matchChoice(reply, this.options(step, article))?.value;
    // A reply during a fix is first an answer to the step ("好像好了", "有水声了"); only then a new problem.
    // "对了，冰箱也不制冷" is an aside that brings a new problem, not an answer.
    const aside = opensAside(reply);
    const reading = choice || aside ? undefined : understand(reply, { prompt: 'step_result', today: '1970-01-01' });
    const answer = choice === 'fixed' || choice === 'clear' || reading?.kind === 'fixed' || reading?.kind === 'yes' ? 'yes'
      : choice === 'not-fixed' || reading?.kind === 'not_fixed' || reading?.kind === 'no' ? 'no' : undefined;
    const tried = state.index + 1;

    if (choice === 'agent' || reading?.kind === 'agent') return this.handOff(step, 'asked');
    if (choice === 'repair' || reading?.kind === 'book_repair') {
      return step.endDialog({ resolved: false, wantsTicket: true, stepsTried: tried } satisfies ResolveResult);
    }
    if (answer === 'yes') {
      await step.context.sendActivity(t(language, RESOLVE.fixed));
      return step.endDialog({ resolved: true, stepsTried: tried } satisfies ResolveResult);
    }
    if (answer === 'no') return this.notFixed(step, article, state);
    if (reading?.kind === 'question' && reading.topic !== 'other') return this.unclear(step, article, state, '');
    if (reading?.kind === 'partial') return this.notSettled(step, article, state);
    return this.unclear(step, article, state, reply);
  }

  /**
   * "好一点了 但还有点响", "暂时冇跳 不晓得等阵会唔会跳", "找不到盖板": understood, but not settled. The
   * customer is told what each answer does, not "I didn't follow"; said twice for the same step, the
   * step counts as not fixed and the next one comes (never the same prompt a third time).
   */
  private async notSettled(step: WaterfallStepContext, article: Article, state: ResolveState): Promise<DialogTurnResult> {
    const language = languageOf(step.context);
    if ((state.unsettled ?? 0) >= 1) {
      await step.context.sendActivity(t(language, RESOLVE.notSettledAgain));
      return this.notFixed(step, article, { ...state, unsettled: 0 });
    }
    await step.context.sendActivity(t(language, RESOLVE.notSettled));
    return step.replaceDialog(STEPS, { ...state, unsettled: (state.unsettled ?? 0) + 1 });
  }

  private async notFixed(step: WaterfallStepContext, article: Article, state: ResolveState): Promise<DialogTurnResult> {
    const language = languageOf(step.context);
    if (article.category !== 'troubleshooting') return this.handOff(step, 'not-understood');
    const { steps } = walkFor(article, sectionFor(article, language), state.variant);
    if (steps[state.index]?.ifFails && !state.fallbackShown) {
      return step.replaceDialog(STEPS, { ...state, fallbackShown: true, unsettled: 0 });
    }
    if (state.index + 1 < steps.length) {
      return step.replaceDialog(STEPS, { ...state, index: state.index + 1, fallbackShown: false, unsettled: 0 });
    }
    const message = article.escalation === 'technician' ? RESOLVE.technicianNeeded : RESOLVE.notFixedAfterAll;
    await step.context.sendActivity(t(language, message));
    return step.endDialog({ resolved: false, wantsTicket: true, stepsTried: steps.length } satisfies ResolveResult);
  }

  /** Not yes or no: maybe a new problem; twice not understood, a person takes over (agent-takeover trigger). */
  private async unclear(step: WaterfallStepContext, article: Article, state: ResolveState, reply: string): Promise<DialogTurnResult> {
    const language = languageOf(step.context);
    if (reply.length >= 4 && !detectInterruption(reply)) {
      const decision = decideMatch(await this.deps.kb.search(reply, { language, product: detectProduct(reply), limit: 3 }));
      if (decision.kind === 'confident' && decision.hit.article.id !== article.id) {
        return step.endDialog({ resolved: false, newProblem: reply } satisfies ResolveResult);
      }
    }
    if (state.misses + 1 >= 2) return this.handOff(step, 'not-understood');
    await step.context.sendActivity(t(language, RESOLVE.notUnderstood));
    return step.replaceDialog(STEPS, { ...state, misses: state.misses + 1 });
  }

  /**
   * The step as the optional model would say it, if it keeps to the step's facts and warnings;
   * otherwise as the article has it. Safety advice never comes here: it is sent word for word.
   */
  private async sayStep(article: Article, text: string, language: Language): Promise<string> {
    return (await this.deps.llm?.phraser?.phrase(text, article, language)) ?? text;
  }

  private async handOff(step: WaterfallStepContext, reason: 'asked' | 'not-understood'): Promise<DialogTurnResult> {
    await step.context.sendActivity(t(languageOf(step.context), RESOLVE.handingOff));
    await handOff(step.context, this.deps, reason);
    return step.endDialog({ resolved: false, handedOff: true } satisfies ResolveResult);
  }

  private options(step: WaterfallStepContext, article: Article): ChoiceOption[] {
    const language = languageOf(step.context);
    if (article.category !== 'troubleshooting') {
      return [
        { value: 'clear', title: t(language, RESOLVE.optionClear) },
        { value: 'agent', title: t(language, RESOLVE.optionAgent) },
      ];
    }
    return [
      { value: 'fixed', title: t(language, RESOLVE.optionFixed) },
      { value: 'not-fixed', title: t(language, RESOLVE.optionNotFixed) },
      { value: 'repair', title: t(language, RESOLVE.optionRepair) },
    ];
  }
}
