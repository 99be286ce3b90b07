import { ComponentDialog, TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { languageOf } from '../src/bot/turn-language.js';
import { detectProduct } from '../src/kb/detect-product.js';
import { decideMatch, type MatchDecision } from '../src/kb/match-decision.js';
import { titleFor } from '../src/kb/article-schema.js';
import type { SearchHit } from '../src/kb/knowledge-base.js';
import { handOff } from './hand-off.js';
import type { DialogDeps } from './dialog-deps.js';
import { FIND } from './find-article.messages.js';
import { PRODUCT_NAMES } from './product-names.js';
import { choiceMessage, matchChoice, numbered, type ChoiceOption } from './choices.js';
import { t } from './text.js';
import { searchProblem } from './search-problem.js';

export const FIND_ARTICLE_DIALOG = 'findArticle';
/** The waterfall inside the component; loops replace it, never the component (that would nest it). */
const STEPS = `${FIND_ARTICLE_DIALOG}.steps`;
const PROMPT = 'findArticle.reply';
/** Clarifying rounds before the honest fallback: choices that never fit must not loop for ever. */
const MAX_QUESTIONS = 3;

export interface FindArticleResult {
  articleId?: string;
  /** Without an article: what the customer chose instead. */
  next?: 'ticket' | 'agent' | 'rephrase';
}

interface FindState {
  problem: string;
  mode: 'choose' | 'more' | 'fallback';
  candidateIds: string[];
  /** How many extra questions were asked: the digest's "ask", but never an interrogation. */
  asked: number;
  /** One article is clearly right: end without asking. */
  settled?: boolean;
}

/** Step 3 of the script: picks the article, asking one clarifying question at a time. */
export class FindArticleDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(FIND_ARTICLE_DIALOG);
    this.addDialog(new TextPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(STEPS, [this.askStep.bind(this), this.answerStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as Partial<FindState>;
    const state: FindState = options.mode ? (options as FindState) : await this.firstState(step, options.problem ?? '');
    (step.values as Record<string, unknown>).state = state;
    if (state.settled) return step.endDialog({ articleId: state.candidateIds[0] } satisfies FindArticleResult);
    return step.prompt(PROMPT, { prompt: this.question(step, state) });
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = (step.values as Record<string, unknown>).state as FindState;
    const reply = String(step.result ?? '').trim();
    const language = languageOf(step.context);
    const options = this.optionsFor(step, state);
    const chosen = matchChoice(reply, options);

    if (state.mode === 'fallback') {
      const next = (chosen?.value ?? 'rephrase') as NonNullable<FindArticleResult['next']>;
      if (next === 'agent') {
        await handOff(step.context, this.deps, 'not-understood');
      }
      return step.endDialog({ next } satisfies FindArticleResult);
    }
    if (chosen && chosen.value !== 'neither') return step.endDialog({ articleId: chosen.value } satisfies FindArticleResult);

    const problem = chosen?.value === 'neither' ? state.problem : `${state.problem} ${reply}`;
    if (chosen?.value !== 'neither' && reply.length < 2 && state.mode === 'choose') {
      await step.context.sendActivity(t(language, FIND.didNotCatchChoice));
      return step.replaceDialog(STEPS, state);
    }
    const excluded = chosen?.value === 'neither' ? new Set(state.candidateIds) : new Set<string>();
    const hits = (await this.search(step, problem)).filter((hit) => !excluded.has(hit.article.id));
    const asked = state.mode === 'choose' ? state.asked + 1 : state.asked;
    return step.replaceDialog(STEPS, await this.nextState(step, problem, hits, asked));
  }

  private async firstState(step: WaterfallStepContext, problem: string): Promise<FindState> {
    const hits = await this.search(step, problem);
    return this.stateFor(step, problem, decideMatch(hits), 0, hits);
  }

  private async nextState(step: WaterfallStepContext, problem: string, hits: SearchHit[], asked: number): Promise<FindState> {
    return this.stateFor(step, problem, decideMatch(hits), asked, hits);
  }

  /** confident → one candidate; close call → choose; weak or nothing → ask once more, then be honest. */
  private async stateFor(step: WaterfallStepContext, problem: string, decision: MatchDecision, asked: number, hits: SearchHit[]): Promise<FindState> {
    if (decision.kind === 'confident') return { problem, mode: 'choose', candidateIds: [decision.hit.article.id], asked, settled: true };
    if (asked >= MAX_QUESTIONS) return this.fallback(step, problem, asked, hits);
    if (decision.kind === 'ambiguous') return { problem, mode: 'choose', candidateIds: decision.hits.map((h) => h.article.id), asked };
    if (asked === 0) return { problem, mode: 'more', candidateIds: [], asked: 1 };
    if (decision.kind === 'weak') return { problem, mode: 'choose', candidateIds: [decision.hit.article.id], asked: asked + 1 };
    return this.fallback(step, problem, asked, hits);
  }

  /** Honest "I don't know", with the question logged for the trainers. */
  private async fallback(step: WaterfallStepContext, problem: string, asked: number, hits: SearchHit[]): Promise<FindState> {
    await this.deps.unanswered.record({
      at: this.deps.clock.now().toISOString(),
      conversationId: step.context.activity.conversation.id,
      channel: step.context.activity.channelId,
      language: languageOf(step.context),
      question: problem.slice(0, 2000),
      reason: hits.length ? 'low' : 'none',
      ...(hits[0] ? { topArticleId: hits[0].article.id, topScore: hits[0].relevance } : {}),
    });
    return { problem, mode: 'fallback', candidateIds: [], asked };
  }

  private question(step: WaterfallStepContext, state: FindState) {
    const language = languageOf(step.context);
    const options = this.optionsFor(step, state);
    if (state.mode === 'choose') return choiceMessage(t(language, FIND.whichOne, { choices: numbered(options) }), options);
    if (state.mode === 'fallback') return choiceMessage(`${t(language, FIND.honestNoAnswer)}\n${numbered(options)}`, options);
    const product = detectProduct(state.problem);
    return product && product !== 'general'
      ? t(language, FIND.askMoreWithProduct, { product: t(language, PRODUCT_NAMES[product]) })
      : t(language, FIND.askMoreNoProduct);
  }

  private optionsFor(step: WaterfallStepContext, state: FindState): ChoiceOption[] {
    const language = languageOf(step.context);
    if (state.mode === 'fallback') {
      return [
        { value: 'ticket', title: t(language, FIND.optionTicket) },
        { value: 'agent', title: t(language, FIND.optionAgent) },
        { value: 'rephrase', title: t(language, FIND.optionRephrase) },
      ];
    }
    if (state.mode === 'more') return [];
    const articles = state.candidateIds.map((id) => this.deps.kb.get(id)).filter((a) => a !== undefined);
    return [
      ...articles.map((article) => ({ value: article.id, title: titleFor(article, language) })),
      { value: 'neither', title: t(language, FIND.neither) },
    ];
  }

  private search(step: WaterfallStepContext, problem: string): Promise<SearchHit[]> {
    return searchProblem(step.context, this.deps, problem, { language: languageOf(step.context), product: detectProduct(problem), limit: 5 });
  }
}
