import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.js';
import type { PromptType } from '../../../src/understand/reading.js';

/**
 * Whole replies as the personas of other regions write them (Hong Kong, Taipei, Xi'an, Nanjing, UK,
 * Australia, Canada), written for this test and not taken from the NLU batches. The expected value is
 * the reading's kind, or the rating's value.
 */
const REPLIES: ReadonlyArray<[PromptType, string, string]> = [
  // quote
  ['quote_accept', '好嘅，唔該晒，叫師傅嚟睇下先', 'yes'], ['quote_accept', '咁貴？唔好喇', 'no'], ['quote_accept', 'OK啦，檢測費冇所謂', 'yes'],
  ['quote_accept', 'Righto, go ahead and send the engineer round', 'yes'], ['quote_accept', "That's fine, I'm happy to pay the inspection fee", 'yes'],
  ['quote_accept', "Hmm, I'd rather not pay for that to be honest", 'no'], ['quote_accept', 'Yeah nah, not worth it for an old fridge', 'no'],
  ['quote_accept', 'no worries, book it in', 'yes'], ['quote_accept', 'Sounds good eh, go for it', 'yes'], ['quote_accept', 'for sure, thanks', 'yes'],
  ['quote_accept', '中么 额同意', 'yes'], ['quote_accept', '能成 你叫师傅来', 'yes'], ['quote_accept', '好的呢 没得事', 'yes'],
  ['quote_accept', '可以喔 麻煩你們了', 'yes'], ['quote_accept', '好喔 那就先檢測', 'yes'], ['quote_accept', '嗯嗯 OK的', 'yes'],
  ['quote_accept', '不用了啦 我再想辦法', 'no'], ['quote_accept', '先不要好了 謝謝', 'no'], ['quote_accept', '这么贵啊 那算了吧', 'no'],
  ['quote_accept', 'What does the inspection fee cost?', 'question'], ['quote_accept', '檢測費幾多錢？', 'question'], ['quote_accept', '可以先报个价吗', 'question'],
  ['quote_accept', "I'm not sure, can I think about it?", 'partial'], ['quote_accept', '我同屋企人商量下先', 'partial'],
  // upsell
  ['upsell', '唔使喇，多謝', 'no'], ['upsell', '好呀，幫我登記', 'yes'], ['upsell', 'Oh go on then, why not', 'yes'], ['upsell', "I'll leave it for now, thanks", 'no'],
  ['upsell', 'Not at the moment thanks love', 'no'], ['upsell', 'nah mate, all good', 'no'], ['upsell', "Sure, that'd be great, eh", 'yes'],
  ['upsell', '不需要 谢谢你', 'no'], ['upsell', '這個不用了喔', 'no'], ['upsell', '可以啊 幫我加上去', 'yes'], ['upsell', '嫑了嫑了', 'no'],
  ['upsell', '延保包唔包人工？', 'question'], ['upsell', 'How much is it again?', 'question'], ['upsell', '甭了 谢谢', 'no'],
  // step
  ['step_result', '搞掂咗，多謝晒', 'fixed'], ['step_result', '仲係唔得呀', 'not_fixed'], ['step_result', '冇用，仲係漏緊水', 'not_fixed'],
  ['step_result', "That's sorted it, thank you so much", 'fixed'], ['step_result', "No, it's still not cooling I'm afraid", 'not_fixed'],
  ['step_result', 'Nah still stuffed mate', 'not_fixed'], ['step_result', 'Yep all good now, cheers', 'fixed'], ['step_result', "Nope, didn't do anything eh", 'not_fixed'],
  ['step_result', '好咧 能用咧', 'fixed'], ['step_result', '还是不得行', 'not_fixed'], ['step_result', '好了耶 謝謝你', 'fixed'], ['step_result', '還是一樣欸', 'not_fixed'],
  ['step_result', '有好一點點 但還是有聲音', 'partial'], ['step_result', 'It seems a bit better but not quite right yet', 'partial'],
  ['step_result', "I'll have to wait the two hours and let you know", 'partial'], ['step_result', '我唔識拆個蓋，點拆？', 'question'],
  ['step_result', "Couldn't get the cover off, can you just send someone?", 'book_repair'], ['step_result', '唔得，派個師傅上嚟啦', 'book_repair'],
  // rating
  ['rating', '五粒星', '5'], ['rating', '俾4分', '4'], ['rating', '滿分！', '5'], ['rating', 'Five, lovely service', '5'], ['rating', 'a 4 from me', '4'],
  ['rating', '4 out of 5, cheers', '4'], ['rating', 'solid 5 eh', '5'], ['rating', '给5分 美滴很', '5'], ['rating', '4分啦 還不錯', '4'],
  ['rating', '唔評分喇', 'skip'], ['rating', "I'd rather not rate it yet", 'skip'], ['rating', 'Not until it is fixed', 'skip'], ['rating', '麻麻地啦', 'partial'],
  ['rating', '還可以啦', 'partial'], ['rating', 'it was alright', 'partial'],
];

describe('replies from other regions', () => {
  it.each(REPLIES)('%s: %s → %s', (prompt, text, expected) => {
    const reading = understand(text, { prompt, today: '2026-11-18' });
    expect(reading.kind === 'rating' ? String(reading.value) : reading.kind).toBe(expected);
  });
});
