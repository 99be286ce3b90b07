import { randomUUID } from 'node:crypto';
import { Agent } from 'node:http';
import { BotHttpTalker } from './bot-http-client.js';
import { startTarget } from './http-turns.js';
import { keyBytes, openInfoClient, usedMemory } from './redis-info.js';
import { lanes, mb, summarize } from './stats.js';

export interface ScaleScenarioOptions {
  redisUrl: string;
  conversations: number;
  concurrency: number;
}

/** The first message of each script: after it a conversation is open, waiting at step 1 of an article. */
const OPENERS = ['我家洗衣机不排水了，桶里全是水', 'my router keeps dropping wifi'];
const CONVERSATION_PREFIX = `scale-${Date.now()}-`;

/**
 * Scenario 4: `conversations` customers each open a conversation over HTTP and leave it idle. Redis
 * memory per conversation is the used_memory delta over the count; every key a conversation leaves
 * (state, transcript, dedupe claim) is included.
 */
export async function scaleScenario(options: ScaleScenarioOptions): Promise<Record<string, unknown>> {
  const info = openInfoClient(options.redisUrl);
  const target = await startTarget('ours', { BENCH_REDIS_URL: options.redisUrl });
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const samples: number[] = [];
  let errors = 0;
  let next = 0;
  try {
    const rssBefore = (await target.stats()).rssBytes;
    const memoryBefore = await usedMemory(info);
    const keysBefore = await info.dbsize();
    const started = Date.now();
    // The deadline only stops a run gone badly wrong; normally every conversation opens.
    await lanes(options.concurrency, started + 240_000, async () => {
      const index = next++;
      if (index >= options.conversations) return false;
      const talker = new BotHttpTalker(target.url, agent, `${CONVERSATION_PREFIX}${index}`, `user-${randomUUID()}`, (ms) => samples.push(ms));
      try {
        const reply = await talker.say(OPENERS[index % 2]);
        if (!/第 1 步|Step 1 of|回复数字|Reply with a number/.test(reply)) throw new Error(`no step: ${reply.slice(0, 100)}`);
      } catch {
        errors += 1;
      }
      return true;
    });
    const seconds = (Date.now() - started) / 1000;
    const memoryAfter = await usedMemory(info);
    const keysAfter = await info.dbsize();
    const rssAfter = (await target.stats()).rssBytes;
    const perKey = await keyBytes(info, {
      state: `osb:state:*${CONVERSATION_PREFIX}*`,
      transcript: `osb:transcript:${CONVERSATION_PREFIX}*`,
      dedupe: `osb:delivery:*${CONVERSATION_PREFIX}*`,
    });
    const latency = summarize(samples);
    const bytesPerConversation = Math.round((memoryAfter - memoryBefore) / options.conversations);
    return {
      scenario: 'scale', conversations: options.conversations, concurrency: options.concurrency, seconds,
      opened_per_s: Math.round(options.conversations / seconds), p50_ms: latency.p50_ms, p99_ms: latency.p99_ms,
      redis_used_memory_before_mb: mb(memoryBefore), redis_used_memory_after_mb: mb(memoryAfter),
      redis_bytes_per_conversation: bytesPerConversation, keys_per_conversation: (keysAfter - keysBefore) / options.conversations,
      key_bytes_sample: perKey, server_rss_before_mb: mb(rssBefore), server_rss_after_mb: mb(rssAfter),
      errors, target_bytes: 4096, met: bytesPerConversation <= 4096 && errors === 0,
    };
  } finally {
    agent.destroy();
    await target.stop();
    info.disconnect();
  }
}
