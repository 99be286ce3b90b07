import { ComponentDialog, TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { detectYesNo } from '../src/bot/recognize.js';
import { languageOf } from '../src/bot/turn-language.js';
import { detectProduct } from '../src/kb/detect-product.js';
import { decideMessage, type MatchDecision } from '../src/kb/match-decision.js';
import { titleFor } from '../src/kb/article-schema.js';
import type { SearchHit } from '../src/kb/knowledge-base.js';
import { handOff } from './hand-off.js';
import type { DialogDeps } from './dialog-deps.js';
import { FIND, SMALL_TALK } from './find-article.messages.js';
import { PRODUCT_NAMES } from './product-names.js';
import { choiceMessage, isShortReply, matchChoice, numbered, saysNoneOfThese, type ChoiceOption } from './choices.js';
import { t } from './text.js';
import { searchProblem } from './search-problem.js';
import { classifyMessage, type MessageKind } from '../src/kb/classify-message.js';

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
  /** Searches in a row that found nothing: carried over a "describe it differently" so it cannot loop. */
  failedSearches?: number;
}

interface FindOptions {
  problem?: string;
  /** Failed searches before this dialog began (the support dialog passes them on after a rephrase). */
  failedBefore?: number;
}

/** Two searches in a row without an answer: a person and a visit are offered without being asked for. */
const MAX_FAILED_SEARCHES = 2;

interface FindState {
  problem: string;
  mode: 'choose' | 'more' | 'fallback';
  /** Consecutive searches that found nothing usable (none or a weak guess), this dialog and before. */
  failed: number;
  /** What the message was when it was not a product problem (the reply says so honestly), or 'rejected' after "none of these". */
  kind?: MessageKind | 'vague' | 'rejected';
  /** The customer already asked to describe it differently once: the fallback offers only a person or a visit. */
  rephrased?: boolean;
  candidateIds: string[];
  /** Articles the customer said were not it ("都不是"): never offered again in this dialog. */
  rejected?: string[];
  /** How many extra questions were asked: the digest's "ask", but never an interrogation. */
  asked: number;
  /** One article is clearly right: end without asking. */
  settled?: boolean;
}

interface SearchOutcome {
  problem: string;
  decision: MatchDecision;
  asked: number;
  hits: SearchHit[];
  failed: number;
  rephrased?: boolean;
  kind?: MessageKind;
  rejected?: string[];
}

/** No product named and nothing found (decideMessage already turned guesses among product articles into none). */
function isVague(problem: string, decision: MatchDecision): boolean {
  return decision.kind === 'none' && !detectProduct(problem);
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
    const options = step.options as Partial<FindState> & FindOptions;
    const state: FindState = options.mode ? (options as FindState) : await this.firstState(step, options.problem ?? '', options.failedBefore ?? 0);
    (step.values as Record<string, unknown>).state = state;
    if (state.settled) return step.endDialog({ articleId: state.candidateIds[0] } satisfies FindArticleResult);
    return step.prompt(PROMPT, { prompt: this.question(step, state) });
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = (step.values as Record<string, unknown>).state as FindState;
    const reply = String(step.result ?? '').trim();
    const language = languageOf(step.context);
    const options = this.optionsFor(step, state);
    const chosen = matchChoice(reply, options) ?? this.answerToCheck(state, reply, options);

    if (state.mode === 'fallback') {
      const next = (chosen?.value ?? (state.rephrased ? 'agent' : 'rephrase')) as NonNullable<FindArticleResult['next']>;
      if (next === 'agent') {
        await handOff(step.context, this.deps, 'not-understood');
      }
      return step.endDialog({ next, failedSearches: state.failed } satisfies FindArticleResult);
    }
    if (state.mode === 'choose' && (chosen?.value === 'neither' || saysNoneOfThese(reply, options))) return this.noneOfThese(step, state);
    if (chosen) return step.endDialog({ articleId: chosen.value } satisfies FindArticleResult);

    // After small talk the reply is the first real description: joined to "你是机器人吗" it would read as small talk again.
    const smallTalk = state.kind !== undefined && state.kind !== 'vague' && state.kind !== 'rejected';
    const problem = smallTalk ? reply : `${state.problem} ${reply}`;
    if (reply.length < 2 && state.mode === 'choose') {
      await step.context.sendActivity(t(language, FIND.didNotCatchChoice));
      return step.replaceDialog(STEPS, state);
    }
    const rejected = state.rejected ?? [];
    const hits = (await this.search(step, problem)).filter((hit) => !rejected.includes(hit.article.id));
    const asked = state.mode === 'choose' ? state.asked + 1 : state.asked;
    // A reply to "which product, what happens?" is judged on its own first: "tell me a joke" after a
    // joke request is still small talk, whatever the two messages match together.
    const kind = state.mode === 'more' ? classifyMessage(reply) : undefined;
    const decision = kind ? ({ kind: 'none' } as const) : decideMessage(problem, hits);
    return step.replaceDialog(STEPS, await this.stateFor(step, { problem, decision, asked, hits, failed: state.failed, rephrased: state.rephrased, kind, rejected }));
  }

  /** A single guess is a yes/no question too: "对" / "yes" picks it, "不是" / "nope" turns it down. */
  private answerToCheck(state: FindState, reply: string, options: ChoiceOption[]): ChoiceOption | undefined {
    // "不是，是门关不上" says more than no: it is read as a further description.
    if (state.mode !== 'choose' || options.length !== 2 || !isShortReply(reply)) return undefined;
    const answer = detectYesNo(reply);
    return answer === 'yes' ? options[0] : answer === 'no' ? options[1] : undefined;
  }

  /**
   * "None of these": the choices were the best the search had, so the next ones down would only be
   * worse. The customer is asked to say it another way (or to ask for a person), and what they
   * turned down is never offered again. It counts as a failed search: one more, and a person and a
   * visit are offered.
   */
  private async noneOfThese(step: WaterfallStepContext, state: FindState): Promise<DialogTurnResult> {
    const rejected = [...(state.rejected ?? []), ...state.candidateIds];
    const failed = state.failed + 1;
    const s: SearchOutcome = { problem: state.problem, decision: { kind: 'none' }, asked: state.asked + 1, hits: [], failed, rephrased: state.rephrased, rejected };
    if (failed >= MAX_FAILED_SEARCHES || s.asked >= MAX_QUESTIONS) return step.replaceDialog(STEPS, await this.fallback(step, s));
    return step.replaceDialog(STEPS, { problem: state.problem, mode: 'more', candidateIds: [], asked: s.asked, failed, rephrased: state.rephrased, rejected, kind: 'rejected' } satisfies FindState);
  }

  private async firstState(step: WaterfallStepContext, problem: string, failedBefore: number): Promise<FindState> {
    const kind = classifyMessage(problem);
    const hits = kind ? [] : await this.search(step, problem);
    return this.stateFor(step, { problem, decision: kind ? { kind: 'none' } : decideMessage(problem, hits), asked: 0, hits, failed: failedBefore, rephrased: failedBefore > 0, kind });
  }

  /**
   * confident → one candidate; close call → choose; small talk, a vague message or nothing → one
   * narrowing question; two failed searches in a row → an honest fallback offering a person and a visit.
   */
  private async stateFor(step: WaterfallStepContext, s: SearchOutcome): Promise<FindState> {
    const { problem, decision, asked, hits, rephrased, rejected } = s;
    if (decision.kind === 'confident') return { problem, mode: 'choose', candidateIds: [decision.hit.article.id], asked, failed: 0, settled: true };
    const vague = isVague(problem, decision);
    const failed = decision.kind === 'none' || vague ? s.failed + 1 : 0;
    if (asked >= MAX_QUESTIONS || failed >= MAX_FAILED_SEARCHES) return this.fallback(step, { ...s, failed });
    if (decision.kind === 'ambiguous' && !vague) return { problem, mode: 'choose', candidateIds: decision.hits.map((h) => h.article.id), asked, failed, rephrased, rejected };
    // A weak match is checked with the customer at once ("is it this?"): asking them to tell it all
    // again first is what a clear message with a model number in it got before (issue 15).
    if (decision.kind === 'weak') return { problem, mode: 'choose', candidateIds: [decision.hit.article.id], asked: asked + 1, failed, rephrased, rejected };
    if (asked === 0 || s.kind || vague) return { problem, mode: 'more', candidateIds: [], asked: asked + 1, failed, rephrased, rejected, kind: s.kind ?? (vague ? 'vague' : undefined) };
    return this.fallback(step, { ...s, failed });
  }

  /** Honest "I don't know", with the question logged for the trainers. */
  private async fallback(step: WaterfallStepContext, { problem, asked, hits, failed, rephrased, rejected }: SearchOutcome): Promise<FindState> {
    await this.deps.unanswered.record({
      at: this.deps.clock.now().toISOString(),
      conversationId: step.context.activity.conversation.id,
      channel: step.context.activity.channelId,
      language: languageOf(step.context),
      question: problem.slice(0, 2000),
      reason: hits.length ? 'low' : 'none',
      ...(hits[0] ? { topArticleId: hits[0].article.id, topScore: hits[0].relevance } : {}),
    });
    return { problem, mode: 'fallback', candidateIds: [], asked, failed, rephrased, rejected };
  }

  private question(step: WaterfallStepContext, state: FindState) {
    const language = languageOf(step.context);
    const options = this.optionsFor(step, state);
    if (state.mode === 'choose') return choiceMessage(t(language, options.length > 2 ? FIND.whichOne : FIND.isItThis, { choices: numbered(options) }), options);
    if (state.mode === 'fallback') return choiceMessage(`${t(language, FIND.honestNoAnswer)}\n${numbered(options)}`, options);
    if (state.kind === 'rejected') return t(language, FIND.describeDifferently);
    if (state.kind) return `${t(language, SMALL_TALK[state.kind])}\n${t(language, FIND.askMoreNoProduct)}`;
    const product = detectProduct(state.problem);
    return product && product !== 'general'
      ? t(language, FIND.askMoreWithProduct, { product: t(language, PRODUCT_NAMES[product]) })
      : t(language, FIND.askMoreNoProduct);
  }

  private optionsFor(step: WaterfallStepContext, state: FindState): ChoiceOption[] {
    const language = languageOf(step.context);
    if (state.mode === 'fallback') {
      const options = [
        { value: 'ticket', title: t(language, FIND.optionTicket) },
        { value: 'agent', title: t(language, FIND.optionAgent) },
      ];
      // Offered once: after one "describe it differently" the choice is a person or a visit, not a loop.
      return state.rephrased ? options : [...options, { value: 'rephrase', title: t(language, FIND.optionRephrase) }];
    }
    if (state.mode === 'more') return [];
    const articles = state.candidateIds.map((id) => this.deps.kb.get(id)).filter((a) => a !== undefined);
    return [
      ...articles.map((article) => ({ value: article.id, title: titleFor(article, language) })),
      // One guess is checked ("不是这个"), two or three are chosen among ("都不是").
      { value: 'neither', title: t(language, articles.length > 1 ? FIND.neither : FIND.notThis) },
    ];
  }

  private search(step: WaterfallStepContext, problem: string): Promise<SearchHit[]> {
    // No product option: the knowledge base prefers every line the message names, as kb:eval measures it.
    return searchProblem(step.context, this.deps, problem, { language: languageOf(step.context), limit: 5 });
  }
}
