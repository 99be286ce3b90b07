import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Log } from '../../log.js';

export interface AskOptions {
  /** The whole call, connection included; past it the plain behaviour is used. */
  timeoutMs: number;
  log: Log;
  /** What the call was for, in the LLM_FAILED log line. */
  task: 'rewrite' | 'phrase';
}

export type Prompt = readonly [system: string, user: string];

// Reasoning models served by Ollama or vLLM (qwen3, deepseek-r1) put their thinking in the content.
const THINKING = /<think>[\s\S]*?(?:<\/think>|$)/g;

/**
 * One chat completion, or undefined after any error or when `timeoutMs` passes. The abort signal
 * stops the HTTP request; the race is there because a client that ignores the signal must still not
 * hold up the customer's turn.
 */
export async function askModel(model: BaseChatModel, [system, user]: Prompt, options: AskOptions): Promise<string | undefined> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), options.timeoutMs);
  });
  try {
    const reply = await Promise.race([
      model.invoke([['system', system], ['human', user]], { signal: controller.signal }),
      timedOut,
    ]);
    if (reply === 'timeout') {
      controller.abort();
      options.log.warn({ code: 'LLM_FAILED', task: options.task, reason: 'timeout', timeoutMs: options.timeoutMs }, 'llm.failed');
      return undefined;
    }
    return reply.text.replace(THINKING, '').trim();
  } catch (err) {
    options.log.warn({ code: 'LLM_FAILED', task: options.task, reason: 'error', err }, 'llm.failed');
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
