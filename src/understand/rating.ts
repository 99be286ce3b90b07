import type { Reading } from './reading.js';
import { zhNumber } from './zh-numbers.js';

const FIVE = /满分|五星|5星|好评|非常满意|很满意|特别满意|超级满意|十分满意|太棒|超赞|非常好|特别好|完美|给力|👍👍|\b(excellent|perfect|amazing|awesome|outstanding|fantastic|brilliant|superb|top marks|full marks|five stars?|10\/10|love it|the best)\b/i;
const ONE = /差评|很差|太差|非常差|极差|垃圾|烂|非常不满意|很不满意|特别不满意|最差|零分|0分|负分|\b(terrible|awful|horrible|useless|worst|rubbish|garbage|pathetic|very bad|zero)\b/i;
const FOUR = /比较满意|挺满意|还挺好|挺好|不错|满意|\b(good|pretty good|very good|great|nice)\b/i;
const THREE = /一般般?|还行|凑合|马马虎虎|中规中矩|普通|\b(okay|ok|average|so-so|meh|fine|alright)\b/i;
const TWO = /不太满意|不满意|不怎么样|不好|差|\b(bad|poor|not good|not great|disappointing|unhappy)\b/i;
const SKIP = /不评|不打分|不想打|不打了|跳过|算了|不用了|下次|没空|懒得|\b(skip|no thanks|pass|no rating|rather not|not now|maybe later)\b/i;

/** 1–5 from digits, stars, Chinese numerals or words; `skip` when the customer declines. */
export function readRating(lower: string): Reading | undefined {
  const stars = (lower.match(/⭐|★|🌟/g) ?? []).length;
  if (stars >= 1 && stars <= 5) return { kind: 'rating', value: stars };
  const outOf = lower.match(/(\d)\s*(?:\/|out of|分之)\s*5/);
  if (outOf && +outOf[1] >= 1 && +outOf[1] <= 5) return { kind: 'rating', value: +outOf[1] };
  const digits = lower.match(/\d+(\.\d)?/g) ?? [];
  const single = digits.filter((d) => /^[0-5](\.\d)?$/.test(d));
  if (single.length === 1 && digits.length === 1) {
    const n = Math.round(Number(single[0]));
    if (n >= 1) return { kind: 'rating', value: n };
    return { kind: 'rating', value: 1 };
  }
  const zh = lower.match(/([一二三四五两])\s*(?:分|星|颗星|颗)/)?.[1] ?? lower.match(/^([一二三四五])[。.!！\s]*$/)?.[1];
  if (zh) return { kind: 'rating', value: zhNumber(zh)! };
  if (SKIP.test(lower)) return { kind: 'skip' };
  if (ONE.test(lower)) return { kind: 'rating', value: 1 };
  if (FIVE.test(lower)) return { kind: 'rating', value: 5 };
  if (TWO.test(lower)) return { kind: 'rating', value: 2 };
  if (FOUR.test(lower)) return { kind: 'rating', value: 4 };
  if (THREE.test(lower)) return { kind: 'rating', value: 3 };
  return undefined;
}
