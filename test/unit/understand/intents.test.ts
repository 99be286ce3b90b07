import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.js';
import type { PromptType } from '../../../src/understand/reading.js';

const kindAt = (prompt: PromptType, text: string) => understand(text, { prompt, today: '2026-11-18' }).kind;

/** What a customer may say at any prompt instead of answering, by construction (none is in the NLU batches). */
describe('intents at any prompt', () => {
  const prompts = ['quote_accept', 'upsell', 'step_result', 'rating', 'phone', 'visit_time'] as const;
  it.each([
    ['转人工', 'agent'], ['我要找人工客服', 'agent'], ['有没有真人', 'agent'], ['我想同真人講', 'agent'], ['叫你们经理来', 'agent'],
    ['can i speak to a human', 'agent'], ['get me a real person', 'agent'], ['let me talk to your manager', 'agent'],
    ['别再给我发消息了', 'optout'], ['以后不要联系我', 'optout'], ['唔好再send嘢俾我', 'optout'], ['唔該以後唔好再msg我', 'optout'],
    ['stop messaging me', 'optout'], ["don't contact me again", 'optout'], ['unsubscribe', 'optout'], ['退订', 'optout'],
  ] as const)('%s → %s', (text, kind) => { for (const prompt of prompts) expect(kindAt(prompt, text)).toBe(kind); });

  it.each([
    ['phone', '不修了'], ['phone', '算啦 唔整喇'], ['visit_time', '取消吧'], ['visit_time', '自己弄好了 不用来了'],
    ['step_result', '算了算了 不弄了'], ['quote_accept', '不修了 买个新的'], ['quote_accept', 'forget the whole thing'],
    ['address', '先别管地址了 我不弄了'], ['summary_confirm', '先别约了'],
  ] as const)('%s: %s → cancel', (prompt, text) => { expect(kindAt(prompt, text)).toBe('cancel'); });

  it.each([
    ['upsell', '啥叫镁棒'], ['upsell', '清洗包括什么'], ['quote_accept', '保固不是三年嗎？'], ['upsell', 'what does that include?'],
  ] as const)('%s: %s → question', (prompt, text) => { expect(kindAt(prompt, text)).toBe('question'); });

  it.each([['model', '不造'], ['model', 'sorry cannot find the label'], ['model', '不记得了']] as const)(
    '%s: %s → dont_know', (prompt, text) => { expect(kindAt(prompt, text)).toBe('dont_know'); });
});
