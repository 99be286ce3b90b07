import { ChatOpenAICompletions } from '@langchain/openai';
import type { Config } from '../../config/config-schema.js';
import type { Log } from '../../log.js';
import type { LanguageAssist } from '../language-model.js';
import { ChatModelQueryRewriter } from './chat-model-query-rewriter.js';
import { ChatModelStepPhraser } from './chat-model-step-phraser.js';

/** A query or one rephrased step is short; a cap keeps a runaway model from using the whole timeout. */
const MAX_OUTPUT_TOKENS = 200;

/**
 * The optional language model, or undefined (the default) when LLM_BASE_URL and LLM_MODEL are unset.
 * ChatOpenAICompletions rather than ChatOpenAI: the latter switches to OpenAI's Responses API for some
 * model names, which Ollama and vLLM do not serve; /chat/completions is what every
 * "OpenAI-compatible" server speaks.
 */
export function createLanguageModel(config: Config, log: Log): LanguageAssist | undefined {
  if (!config.LLM_BASE_URL || !config.LLM_MODEL) return undefined;
  const model = new ChatOpenAICompletions({
    model: config.LLM_MODEL,
    // Local servers want no key, but the client insists on one; passing ours also keeps it from
    // picking up an OPENAI_API_KEY meant for something else and sending it to this endpoint.
    apiKey: config.LLM_API_KEY ?? 'not-needed',
    configuration: { baseURL: config.LLM_BASE_URL },
    temperature: 0,
    maxTokens: MAX_OUTPUT_TOKENS,
    timeout: config.LLM_TIMEOUT_MS,
    // A retry cannot fit in a timeout of a second or two; the plain behaviour is the retry.
    maxRetries: 0,
  });
  const options = { timeoutMs: config.LLM_TIMEOUT_MS, log };
  return { rewriter: new ChatModelQueryRewriter(model, options), phraser: new ChatModelStepPhraser(model, options) };
}
