import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.js';
import type { PromptType } from '../../../src/understand/reading.js';

/**
 * One case per mechanism of yes-no.ts / intents.ts, written for this test (not from the NLU batches):
 * a filler before more words, "就不" only before a verb of declining, opting out only with a future
 * marker, asking to be put through to a person in English, French "non merci", Cantonese "全部啱".
 */
const CASES: ReadonlyArray<[PromptType, string, string]> = [
  ['upsell', '嗯…我再想想吧', 'partial'], ['upsell', '嗯', 'yes'], ['summary_confirm', '嗯，好的', 'yes'],
  ['summary_confirm', '呃…有一项不太对', 'no'],
  ['quote_accept', '行 你们派人来吧 我家空调开着开着就不转了', 'yes'], ['quote_accept', '那就不修了', 'cancel'],
  ['upsell', '以后别再给我推销了', 'optout'], ['upsell', '别推销了', 'no'],
  ['upsell', 'No thanks, and no more promotions please', 'optout'], ['upsell', "Please don't send me any more offers", 'optout'],
  ['quote_accept', 'Could you put me through to a person first?', 'agent'],
  ['upsell', 'non merci', 'no'], ['quote_accept', 'Non, pas maintenant', 'no'], ['upsell', 'non-stop calls are annoying', 'unknown'],
  ['summary_confirm', '全部啱晒，唔該', 'yes'], ['summary_confirm', '全部啱', 'yes'],
  // Fields checked aloud one by one, none changed, is a yes; one of them changed is still a correction.
  ['summary_confirm', "Name's right, the phone is correct, address is fine. Go ahead.", 'yes'],
  ['summary_confirm', '名字没错，电话也没错，就这样吧', 'yes'],
  ['upsell', '我考虑下', 'partial'], ['upsell', '等修好了再考虑', 'partial'], ['quote_accept', 'wait i ask sir first', 'partial'], ['upsell', '我睇下先', 'partial'], ['summary_confirm', '名字没错，电话改成13912345678', 'correction'],
];

describe('reply mechanisms', () => {
  it.each(CASES)('%s: %s → %s', (prompt, text, expected) => {
    expect(understand(text, { prompt, today: '2026-11-18' }).kind).toBe(expected);
  });
});

describe('asking what a field is wanted for', () => {
  it.each([['name', '你要我名字做么子'], ['phone', '要我电话做咩啊'], ['model', '为啥还要填型号'], ['address', '要地址搞么子']] as const)('%s: %s', (prompt, text) => {
    expect(understand(text, { prompt, today: '2026-11-18' })).toMatchObject({ kind: 'question', topic: 'why_needed' });
  });
});
