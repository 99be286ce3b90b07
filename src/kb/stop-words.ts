/**
 * Words that say nothing about which article fits. Chinese ones are particles, pronouns and chat filler
 * customers wrap a symptom in ("请问我家的洗衣机怎么一直…"); English ones are the usual function words.
 * Negations are NOT here: tokenizer.ts turns them into 不X tokens, because 不排水 and 排水泵 differ.
 */
export const ZH_STOP_WORDS: ReadonlySet<string> = new Set([
  '的', '了', '吗', '呢', '啊', '吧', '呀', '哦', '嗯', '么', '嘛', '啦', '哈', '哎', '诶',
  '我', '我的', '我们', '你', '你们', '您', '他', '她', '它', '这', '那', '这个', '那个', '这样', '那样',
  '是', '在', '有', '也', '都', '就', '还', '又', '很', '太', '挺', '好', '要', '想', '会', '能', '可以',
  '把', '被', '给', '让', '着', '过', '和', '跟', '与', '或', '或者', '但', '但是', '而且', '然后', '所以',
  '怎么', '怎么办', '怎么回事', '怎样', '如何', '什么', '为什么', '为啥', '咋', '咋办', '咋回事', '啥', '哪', '哪里',
  '请问', '请', '麻烦', '帮忙', '帮我', '一下', '一直', '老是', '总是', '经常', '突然', '现在', '已经',
  '问题', '情况', '时候', '时', '个', '家', '家里', '里', '上', '下', '一', '一个', '些', '一些', '点', '一点',
  '不行', '不了', '不知道', '不是', '不要', '不用', '不好意思', '不过', '不然', '谢谢', '你好', '您好',
  '下来', '起来', '出来', '一样', '没事', '东西', '用', '使用', '今天', '昨天', '刚', '刚才', '买', '的话',
]);

export const EN_STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from',
  'is', 'are', 'was', 'were', 'be', 'been', 'am', 'it', 'its', "it's", 'this', 'that', 'these', 'those',
  'i', "i'm", "i've", 'me', 'my', 'we', 'our', 'you', 'your', 'he', 'she', 'they', 'them', 'their',
  'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would', 'should', 'could', 'can', 'may', 'might',
  'what', 'why', 'how', 'when', 'where', 'which', 'who', 'so', 'very', 'just', 'any', 'some', 'there',
  'please', 'help', 'hi', 'hello', 'thanks', 'thank', 'keeps', 'keep', 'still', 'again', 'now', 'also',
  'get', 'got', 'up', 'out', 'about', 'as', 'into', 'all', 'too', 'anymore', 'really', 'since', 'havent', "haven't", 'im', 'ive', 'like',
]);

/** Words that negate the next content word; they become the "不" prefix of a 不X token. */
export const ZH_NEGATIONS: ReadonlySet<string> = new Set(['不', '没', '没有', '无法', '不能', '不会', '无', '未', '不再']);
export const EN_NEGATIONS: ReadonlySet<string> = new Set([
  // Customers often drop the apostrophe ("wont drain"), so both spellings are listed.
  'not', 'no', "won't", 'wont', 'doesnt', 'dont', 'didnt', 'cant', 'isnt', 'arent', 'wasnt', "doesn't", "don't", "didn't", "can't", 'cannot', "isn't", "aren't", "wasn't", 'never', 'nothing', 'without',
]);
