import { foldCasualEnglish } from './casual-english.js';
import type { Reading } from './reading.js';
import { zhNumber } from './zh-numbers.js';

/** Only the unmistakable words give a rating; "挺好的" / "还行" are partial (corpus labels: ask the number). */
const FIVE = /满分|五星|5星|好评|非常满意|很满意|特别满意|超级满意|十分满意|满意满意|\b(excellent|perfect|amazing|outstanding|full marks|five stars?|10\/10|top marks)\b|💯/i;
const ONE = /差评|非常差|极差|太差|很差|差劲|差透|垃圾|非常不满意|很不满意|特别不满意|最差|零分|负分|\b(terrible|awful|horrible|worst|pathetic|rubbish|garbage)\b/i;
const VAGUE = /还行|尚可|还中|中等|普普通通|普通|一般般|麻麻(地|哋)|过得去|挺好|蛮好|还好|麻麻地|不错|一般|凑合|马马虎虎|还可以|满意|不满意|\b(ok|okay|good|fine|alright|average|so-so|meh|mid|satisfactory|satisfied|great|nice|bad|poor|decent|mediocre|fair|not too bad|could be better|could'?ve been better)\b/i;
const SKIP = /打(什么|啥子?)分|不(参与|参加)|不习惯(评|打)分|恕不|\b(no time (for|to)|prefer not|not to (give|rate)|don'?t (do|give) ratings?)\b|(修好|好了)(再|以后|之后)|\b(not until|until (it'?s|it is|it'?s been) (fixed|repaired|sorted))\b|^不(了|要|用)|^(no|nah|nope)$|\b(i'?m good|don'?t want to|not interested)\b|不评|不打|不想打|跳过|算了|不用了|不了不了|下次|(修好|好了)再打|没空|懒得|修好了?再说|再说吧|\b(skip|no thanks|pass|no rating|no need to rate|rather not|not now|maybe later|will rate after|rate (it )?later|rate (it )?(when|after|once) (the |an? |your )?(engineer|technician|tech|somebody|someone|he|she|they|it)\b|rate after\b|(after|once|when) the (engineer|technician) (comes|came|has been|turns up)\b)\b/i;
/** "我唔识打分 老人家唔搞呢啲": not able to mark is a skip, unless a word of how it went follows ("不会打分 就挺好的"). */
const CANNOT_RATE = /不(会|识|懂)(打分|评分|评)|不搞(这些|这种|呢啲|呢d)/;
const FRENCH_MARK: Record<string, string> = { un: 'one', deux: 'two', trois: 'three', quatre: 'four', cinq: 'five' };
const EN_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Numbers given as a rating: "4", "4分", "五分", "4 stars", "two"; the last one with a unit wins ("0分我就打0分 给你1分"). */
function stated(lower: string): number[] | 'between' {
  // A half point, a range ("3到4", "三四分", "between a 3 and a 4") asks which.
  // "1到5 5最好对吧 那5": the scale said back is not a range.
  lower = lower.replace(/1\s*(到|-|~|to)\s*5(\s*分)?/g, ' ');
  // "2 days", "三次了": a count of days or times is not a mark.
  lower = lower.replace(/\d{1,2}\s*(days?|hours?|weeks?|months?|years?|times?|mins?|minutes?|天|小时|个?月|年|次|遍|回)/g, ' ');
  if (/\d(\.\d|点\d|点五)|[一二三四五]点五|[一二三四五1-5]\s*(分|颗|粒)?星?半|\d\s*(到|-|~|or|或者?|或是|还是|同|跟)\s*\d\s*(之间|分)?|之间|\bbetween\b|一二分|二三分|两三分|三四分|四五分/.test(lower)) return 'between';
  const out: number[] = [];
  // "稍等...5": a number after a pause is a number, not a decimal.
  for (const hit of lower.matchAll(/(?:^|[^\d.]|\.{2,})(\d{1,2})(?:\s*(分|份|星|颗星|stars?|\/\s*(?:5|10)|out of (?:5|10)))?(?!\d)/g)) {
    const n = Number(hit[1]);
    const outOf = hit[2]?.match(/10/) ? 10 : 5;
    if (outOf === 10) out.push(Math.max(1, Math.round(n / 2)));
    else if (n <= 5) out.push(n === 0 ? 1 : n);
    // "9分", "10分": a mark out of ten, as people mark at school.
    else if (n <= 10 && hit[2] === '分') out.push(Math.round(n / 2));
  }
  if (/(一百|100)\s*分|(打|给)(你|您)?(个)?十分(?!满意)/.test(lower)) out.push(5);
  for (const hit of lower.matchAll(/([一二三四五两])\s*(?:分|份|星|颗星|颗|粒星|粒)/g)) out.push(zhNumber(hit[1])!);
  const outOf = lower.match(/\b(one|two|three|four|five)\s+(?:out of|outta|of|\/)\s*(?:5|five)\b/);
  if (outOf) out.push(EN_NUMBERS.indexOf(outOf[1]));
  const outOfTen = lower.match(/\b(one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:out of|outta|of|\/)\s*(?:10|ten)\b/);
  if (outOfTen) out.push(Math.max(1, Math.round(EN_NUMBERS.indexOf(outOfTen[1]) / 2)));
  // A number word where a mark stands: "four", "I'd say a four", "give it a solid 4", "maybe three stars".
  const word = lower.match(/(?:^|\b(?:say|rate(?: it| you| this| the service)?|give(?: it| you| ya)?|giving(?: it| you)?|solid|strong|easy|maybe|probably|a|an)\s+)(one|two|three|four|five)(?=\s*(?:$|[.!,。！，]|stars?|out of|outta|\/|from me|for|i guess|i think|thanks|cheers))/);
  if (word && !outOfTen) out.push(EN_NUMBERS.indexOf(word[1]));
  // "仨", "俩": the northern words for three and two.
  lower = lower.replace(/^仨/, '三').replace(/^俩/, '二');
  const bare = lower.match(/^([一二三四五])分?[吧啦呀啊。.!！\s]*$/) ?? lower.match(/(?:吧|啦|呢|那|就|[,，。\s])\s*([一二三四五])分?[吧啦呀啊。.!！\s]*$/) ?? lower.match(/(?:给|打)(?:你|您)?(?:个)?\s*([一二三四五两])(?=[吧啦呀啊了。！!，,\s]|$)/);
  if (bare) out.push(zhNumber(bare[1])!);
  return out;
}

/** 1–5 from digits, stars, Chinese numerals or the clearest words; `skip` when the customer declines. */
export function readRating(lower: string): Reading | undefined {
  // "cinq!", "quatre sur cinq": a French-speaking customer's mark, said in French.
  lower = foldCasualEnglish(lower).replace(/\bun\b(?= (?:sur|étoile|etoile))|\bdeux\b|\btrois\b|\bquatre\b|\bcinq\b/g, (w) => FRENCH_MARK[w] ?? w).replace(/\bsur\b/g, 'out of');
  // "扣一分是因为…" explains a deduction; the number in it is not the rating.
  lower = lower.replace(/扣(了)?[一二两1-5]\s*(分|颗星?|粒星?|星)?/g, ' ');
  const counted = lower.match(/^\s*([1-5])\s*(?:⭐|★|🌟)/);
  if (counted) return { kind: 'rating', value: Number(counted[1]) };
  const stars = (lower.match(/⭐|★|🌟/g) ?? []).length;
  if (stars >= 1 && stars <= 5) return { kind: 'rating', value: stars };
  const numbers = stated(lower);
  if (numbers === 'between') return { kind: 'partial', known: {} };
  if (numbers.length) return { kind: 'rating', value: numbers[numbers.length - 1] };
  if (SKIP.test(lower)) return { kind: 'skip' };
  if (ONE.test(lower)) return { kind: 'rating', value: 1 };
  if (FIVE.test(lower)) return { kind: 'rating', value: 5 };
  if (VAGUE.test(lower)) return { kind: 'partial', known: {} };
  if (CANNOT_RATE.test(lower)) return { kind: 'skip' };
  return undefined;
}
