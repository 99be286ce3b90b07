import { ComponentDialog, TextPrompt, WaterfallDialog, type WaterfallStepContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { languageOf } from '../src/bot/turn-language.js';
import { detectProduct } from '../src/kb/detect-product.js';
import { decideMessage } from '../src/kb/match-decision.js';
import { soundsAngry, soundsLikeRepeat, isGreetingOnly } from '../src/bot/recognize.js';
import { titleFor } from '../src/kb/article-schema.js';
import type { DialogDeps } from './dialog-deps.js';
import { customerOf } from './dialog-deps.js';
import { SUPPORT } from './support.messages.js';
import { PRODUCT_NAMES } from './product-names.js';
import { t } from './text.js';
import { FIND_ARTICLE_DIALOG, FindArticleDialog, type FindArticleResult } from './find-article-dialog.js';
import { RESOLVE_DIALOG, ResolveDialog, type ResolveResult } from './resolve-dialog.js';
import { TICKET_INTAKE_DIALOG, TicketIntakeDialog, type IntakeResult } from './ticket-intake-dialog.js';
import { SURVEY_DIALOG, SurveyDialog } from './survey-dialog.js';
import { UPSELL_DIALOG, UpsellDialog } from './upsell-dialog.js';
import { handOff } from './hand-off.js';
import { recordMilestone, recordUnhelpful } from './report-events.js';
import { searchProblem } from './search-problem.js';

export const SUPPORT_DIALOG = 'support';
/** The waterfall inside the component; loops replace it, never the component (that would nest it). */
const STEPS = `${SUPPORT_DIALOG}.steps`;
const PROBLEM_PROMPT = 'support.problem';

export interface SupportOptions {
  /** The problem when it is already known (the first message, or a new problem raised mid-fix). */
  problem?: string;
  /** Searches that found nothing before a "describe it differently": the next failure offers a person at once. */
  failedSearches?: number;
}

interface SupportValues {
  problem: string;
  apologised: boolean;
  find?: FindArticleResult;
  resolve?: ResolveResult;
  intake?: IntakeResult;
}

/**
 * The six-step service script (客户服务“六步曲”): greet → acknowledge → ask → resolve → thank → upsell.
 * Each step is a named function; the bigger steps are child dialogs of their own.
 */
export class SupportDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(SUPPORT_DIALOG);
    this.addDialog(new TextPrompt(PROBLEM_PROMPT));
    this.addDialog(new FindArticleDialog(deps));
    this.addDialog(new ResolveDialog(deps));
    this.addDialog(new TicketIntakeDialog(deps));
    this.addDialog(new SurveyDialog(deps));
    this.addDialog(new UpsellDialog(deps));
    this.addDialog(new WaterfallDialog(STEPS, [
      this.greetStep.bind(this),
      this.acknowledgeStep.bind(this),
      this.askStep.bind(this),
      this.resolveStep.bind(this),
      this.intakeStep.bind(this),
      this.thankStep.bind(this),
      this.upsellStep.bind(this),
      this.farewellStep.bind(this),
    ]));
    this.initialDialogId = STEPS;
  }

  /** Step 1: a friendly, sincere greeting, once per conversation; then the problem. */
  private async greetStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const language = languageOf(step.context);
    const profile = await this.deps.profile.get(step.context, {});
    const options = (step.options ?? {}) as SupportOptions;
    const text = options.problem ?? (step.context.activity.type === 'message' ? step.context.activity.text ?? '' : '');
    const hasProblem = text.trim() !== '' && !isGreetingOnly(text);
    if (!profile.greeted) {
      profile.greeted = true;
      const name = displayName(step.context.activity.from?.name);
      await step.context.sendActivity(name ? t(language, SUPPORT.greetNamed, { name }) : t(language, SUPPORT.greet));
      if (!hasProblem) return step.prompt(PROBLEM_PROMPT, { prompt: t(language, SUPPORT.capabilities) });
    }
    if (hasProblem) return step.next(text);
    return step.prompt(PROBLEM_PROMPT, { prompt: t(language, SUPPORT.askProblemAgain) });
  }

  /** Step 2: show the customer they are heard — apologise first when they are upset or it happened before. */
  private async acknowledgeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const language = languageOf(step.context);
    const problem = String(step.result ?? '').trim();
    if (!problem || isGreetingOnly(problem)) {
      return step.replaceDialog(STEPS, {});
    }
    const values = step.values as SupportValues;
    values.problem = problem;
    const product = detectProduct(problem);
    const repeat = soundsLikeRepeat(problem) || (await this.hasEarlierTicket(step, product));
    const angry = soundsAngry(problem);
    if (repeat) await step.context.sendActivity(t(language, SUPPORT.apologyRepeat));
    else if (angry) await step.context.sendActivity(t(language, SUPPORT.apologyAngry));
    // A clearly angry customer gets a person too (10-1=0); the bot keeps helping while they wait.
    if (angry) await handOff(step.context, this.deps, 'angry');
    values.apologised = repeat || angry;

    const hits = await searchProblem(step.context, this.deps, problem, { language, product, limit: 5 });
    const decision = decideMessage(problem, hits);
    if (decision.kind === 'confident') {
      const restate = decision.hit.article.escalation === 'safety' ? SUPPORT.restateSafety : SUPPORT.restateArticle;
      await step.context.sendActivity(t(language, restate, { title: titleFor(decision.hit.article, language) }));
    } else if (product) {
      await step.context.sendActivity(t(language, SUPPORT.restateProduct, { product: t(language, PRODUCT_NAMES[product]) }));
    } else {
      await step.context.sendActivity(t(language, SUPPORT.restateUnknown));
    }
    return step.next();
  }

  /** Step 3: ask only what is still needed to pick the right article. */
  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { problem } = step.values as SupportValues;
    return step.beginDialog(FIND_ARTICLE_DIALOG, { problem, failedBefore: (step.options as SupportOptions | undefined)?.failedSearches ?? 0 });
  }

  /** Step 4a: walk through the article; no article means a ticket, a person, or another try. */
  private async resolveStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as SupportValues;
    const find = (values.find = step.result as FindArticleResult);
    if (find.next === 'rephrase') {
      await step.context.sendActivity(t(languageOf(step.context), SUPPORT.rephraseInvite));
      // problem '' so the choice just typed ("3") is not taken as the new description.
      return step.replaceDialog(STEPS, { problem: '', failedSearches: find.failedSearches } satisfies SupportOptions);
    }
    if (find.next === 'agent') return step.endDialog();
    if (!find.articleId) return step.next({ resolved: false, wantsTicket: true } satisfies ResolveResult);
    await recordMilestone(step.context, this.deps, 'answered', { articleId: find.articleId });
    return step.beginDialog(RESOLVE_DIALOG, { articleId: find.articleId, problem: values.problem });
  }

  /** Step 4b: when self-service did not fix it, register a repair ticket. */
  private async intakeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as SupportValues;
    const resolve = (values.resolve = step.result as ResolveResult);
    if (resolve.newProblem) return step.replaceDialog(STEPS, { problem: resolve.newProblem });
    if (resolve.handedOff) return step.endDialog();
    if (resolve.resolved) {
      await recordMilestone(step.context, this.deps, 'resolved', { articleId: values.find?.articleId });
      return step.next();
    }
    if ((resolve.stepsTried ?? 0) > 0) await recordUnhelpful(step.context, this.deps, values.problem, values.find?.articleId);
    const article = values.find?.articleId ? this.deps.kb.get(values.find.articleId) : undefined;
    return step.beginDialog(TICKET_INTAKE_DIALOG, {
      problem: values.problem,
      articleId: article?.id,
      product: article?.product !== 'general' ? article?.product : detectProduct(values.problem),
      models: article?.models ?? [],
      stepsTried: resolve.stepsTried ?? 0,
      urgent: article?.escalation === 'safety',
      priorityApology: values.apologised,
    });
  }

  /** Step 5: thank the customer and ask how we did. */
  private async thankStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as SupportValues;
    values.intake = step.result as IntakeResult | undefined;
    if (values.intake?.declined || values.intake?.cancelled || values.intake?.handedOff) return step.endDialog();
    return step.beginDialog(SURVEY_DIALOG, { ticketId: values.intake?.ticketId, problem: values.problem });
  }

  /** Step 6: offer one relevant extra, once, and take "no" gracefully. */
  private async upsellStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as SupportValues;
    return step.beginDialog(UPSELL_DIALOG, { articleId: values.find?.articleId });
  }

  private async farewellStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity(t(languageOf(step.context), SUPPORT.resolvedFarewell));
    return step.endDialog();
  }

  private async hasEarlierTicket(step: WaterfallStepContext, product: string | undefined): Promise<boolean> {
    if (!product) return false;
    const { channel, userId } = customerOf(step.context);
    const earlier = await this.deps.tickets.list({ customer: { channel, userId }, limit: 20 });
    return earlier.some((ticket) => ticket.product === product);
  }
}

/** Channels fill `from.name` with placeholders ("User", the id) when they know no name. */
function displayName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const trimmed = name.trim();
  if (!trimmed || /^(user|you|customer|guest)[\s_-]?\d*$/i.test(trimmed) || trimmed.length > 30) return undefined;
  return trimmed;
}
