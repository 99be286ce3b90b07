import { productsNamed, withoutProductNames } from './detect-product.js';

/**
 * Words that say something is wrong without saying what: "坏了", "有问题", "出毛病了", "is broken",
 * "has a problem". "不工作了" and "not working" are left out: they often mean "completely dead", which
 * has an article of its own. Fillers, possessives and "what do I do" carry nothing either.
 * General Chinese and English, not taken from any eval item.
 */
const SAYS_NOTHING = new RegExp([
  '坏掉了', '坏了', '坏啦', '有问题', '出问题了?', '出了问题', '有点问题', '有毛病', '出毛病了?', '出了毛病', '有故障', '故障了?',
  '我家的?', '我们家的?', '家里的?', '我的', '我们的', '那个', '这个', '这台', '那台', '一台', '台',
  '怎么办', '怎么回事', '咋整', '咋办', '咋回事', '帮帮我', '帮我看看', '看看', '请问', '你好', '您好',
  '了', '的', '啊', '呀', '吗', '呢', '吧', '哦', '嘛',
  '\\bis broken\\b', '\\bbroke(?:n)?\\b', '\\bhas (?:a |an )?(?:problem|issue)s?\\b', '\\bhave (?:a |an )?(?:problem|issue)s?\\b',
  '\\bsomething(?:\'s| is)? wrong with\\b', '\\bthere(?:\'s| is) (?:a )?problem with\\b', '\\bproblems?\\b', '\\bissues?\\b',
  '\\bmy\\b', '\\bour\\b', '\\bthe\\b', '\\bthis\\b', '\\bis\\b', '\\bhelp\\b', '\\bplease\\b', '\\bpls\\b', '\\bhi\\b', '\\bhello\\b',
].join('|'), 'g');

/**
 * "我家电视坏了", "冰箱有问题", "my tv is broken": a product and nothing about what happens. Every
 * article of that line matches it equally, so any choice among them is a guess; the honest answer is
 * to ask what happens (issue 15: "我家电视坏了" opened the TV's wifi article).
 */
export function namesOnlyTheProduct(message: string): boolean {
  if (productsNamed(message).length !== 1) return false;
  return withoutProductNames(message).replace(SAYS_NOTHING, ' ').replace(/[\s\p{P}\p{S}]+/gu, '') === '';
}
