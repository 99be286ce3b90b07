import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Language } from '../../language.js';
import type { Log } from '../../log.js';
import type { QueryRewriter } from '../language-model.js';
import { askModel } from './ask-model.js';
import { NO_QUERY, rewritePrompt } from './prompts.js';

/** Longer than this, the model wrote prose instead of a query; the message is searched as it is. */
const MAX_QUERY = { zh: 40, en: 160 } as const;

/** "搜索词：洗衣机 不排水" or "Query: \"…\"" → the bare query. */
function bareQuery(text: string): string {
  const line = text.split(/\r?\n/).map((l) => l.trim()).find(Boolean) ?? '';
  return line
    .replace(/^(?:搜索词|检索词|查询|query|search query)\s*[:：]\s*/i, '')
    .replace(/^["'“”‘’「」《》]{1,8}|["'“”‘’「」《》]{1,8}$/g, '')
    .trim();
}

/** QueryRewriter over any LangChain chat model (an OpenAI-compatible endpoint in production). */
export class ChatModelQueryRewriter implements QueryRewriter {
  constructor(private readonly model: BaseChatModel, private readonly options: { timeoutMs: number; log: Log }) {}

  async rewrite(message: string, language: Language): Promise<string | undefined> {
    const { timeoutMs, log } = this.options;
    const text = await askModel(this.model, rewritePrompt(message, language), { timeoutMs, log, task: 'rewrite' });
    if (text === undefined) return undefined;
    const query = bareQuery(text);
    // Either language's "nothing": models do not always answer in the language they were asked in.
    const bare = query.replace(/[。.!！]{1,8}$/, '').toUpperCase();
    if (!bare || bare === NO_QUERY.zh || bare === NO_QUERY.en) return undefined;
    if (query.length > MAX_QUERY[language]) {
      log.warn({ code: 'LLM_FAILED', task: 'rewrite', reason: 'unusable', length: query.length }, 'llm.failed');
      return undefined;
    }
    return query;
  }
}
