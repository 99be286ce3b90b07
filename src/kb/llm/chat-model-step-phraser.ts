import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Language } from '../../language.js';
import type { Log } from '../../log.js';
import type { Article } from '../article-schema.js';
import { checkGrounded } from '../grounding-guard.js';
import type { StepPhraser } from '../language-model.js';
import { askModel } from './ask-model.js';
import { phrasePrompt } from './prompts.js';

/** Models like to answer "步骤 1：…" or wrap the sentence in quotes; the customer sees neither. */
function bareStep(text: string): string {
  return text
    .replace(/^(?:步骤\s{0,3}\d{0,3}|第.步|step\s{0,3}\d{0,3})\s{0,3}[:：.、]\s{0,3}/i, '')
    .replace(/^["“「]{1,8}|["”」]{1,8}$/g, '')
    .trim();
}

/**
 * StepPhraser over any LangChain chat model. The prompt asks for no new facts; checkGrounded makes
 * sure of it, because a prompt is a request, not a guarantee.
 */
export class ChatModelStepPhraser implements StepPhraser {
  constructor(private readonly model: BaseChatModel, private readonly options: { timeoutMs: number; log: Log }) {}

  async phrase(step: string, article: Article, language: Language): Promise<string | undefined> {
    const { timeoutMs, log } = this.options;
    const text = await askModel(this.model, phrasePrompt(step, article, language), { timeoutMs, log, task: 'phrase' });
    if (text === undefined) return undefined;
    const candidate = bareStep(text);
    const verdict = checkGrounded(candidate, step, language);
    if (!verdict.ok) {
      log.warn({ code: 'LLM_FAILED', task: 'phrase', reason: verdict.reason, added: verdict.added, dropped: verdict.dropped, articleId: article.id }, 'llm.failed');
      return undefined;
    }
    return candidate;
  }
}
