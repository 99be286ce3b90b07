import type { Language } from '../../language.js';
import { sectionFor, titleFor, type Article } from '../article-schema.js';
import type { Prompt } from './ask-model.js';

/** What the rewriter answers when the message names no product or problem; read as "no query". */
export const NO_QUERY = { zh: '无', en: 'NONE' } as const;

const REWRITE_SYSTEM: Record<Language, string> = {
  zh: [
    '你是家电和数码产品售后客服的检索助手。',
    '顾客的话可能又长又乱，请从中找出：哪件产品（如洗衣机、冰箱、空调、热水器、油烟机、电视、路由器、打印机、手机）出了什么问题。',
    '把它写成一条简短的中文搜索词：产品 + 故障现象，不超过 20 个字，例如“洗衣机 不排水 有水残留”。',
    '只输出搜索词本身，不要解释，不要加引号。',
    `如果看不出产品或问题，只输出“${NO_QUERY.zh}”。`,
  ].join('\n'),
  en: [
    'You help an after-sales support desk for home appliances and electronics search its help articles.',
    "Customers' messages can be long and rambling. Find which product (washing machine, fridge, air conditioner, water heater, range hood, TV, router, printer, phone) has which problem.",
    'Write it as one short English search query: product + symptom, at most 12 words, e.g. "washing machine not draining, water left in drum".',
    'Reply with the query only: no explanation, no quotes.',
    `If you cannot tell the product or the problem, reply only "${NO_QUERY.en}".`,
  ].join('\n'),
};

export function rewritePrompt(message: string, language: Language): Prompt {
  const user = language === 'zh' ? `顾客的话：\n${message}` : `Customer's message:\n${message}`;
  return [REWRITE_SYSTEM[language], user];
}

const PHRASE_SYSTEM: Record<Language, string> = {
  zh: [
    '你帮售后客服把帮助文章里的一个操作步骤说得更自然、更亲切，像真人客服在微信上说话。',
    '只能依据给出的文章内容。严禁添加文章里没有的任何事实：不加数字、价格、费用、时长、保修条款，',
    '不做任何承诺（如免费、上门、退换、保证修好）。不要删掉安全提醒，不要改变操作顺序或意思。',
    '只输出改写后的这一步，一到两句中文，不要编号，不要解释。',
  ].join('\n'),
  en: [
    'You help an after-sales support desk say one step of a help article more naturally, like a friendly person in a chat.',
    'Use only the article given. Never add a fact the article does not state: no numbers, prices, fees, durations or warranty terms,',
    'and no promises (free, a technician visit, refund or replacement, guaranteed fix). Keep every safety warning; do not change the order or meaning of the step.',
    'Reply with the rephrased step only, one or two English sentences, no numbering, no explanation.',
  ].join('\n'),
};

/** The article's own words in the customer's language (Chinese when it has no English section). */
function articleText(article: Article, language: Language): string {
  const section = sectionFor(article, language);
  const steps = section.steps.map((s, i) => `${i + 1}. ${s.text}`).join('\n');
  return `${titleFor(article, language)}\n${section.summary}\n${steps}`;
}

export function phrasePrompt(step: string, article: Article, language: Language): Prompt {
  const user = language === 'zh'
    ? `文章：\n${articleText(article, language)}\n\n要改写的步骤：\n${step}`
    : `Article:\n${articleText(article, language)}\n\nStep to rephrase:\n${step}`;
  return [PHRASE_SYSTEM[language], user];
}
