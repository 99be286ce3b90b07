import { createHash } from 'node:crypto';
import { maskPersonalData } from '../../mask-personal-data.js';
import type { ArticleFrontMatter } from '../article-schema.js';
import { detectProduct } from '../detect-product.js';
import type { Tokenizer } from '../tokenizer.js';
import type { UnansweredQuestion } from '../unanswered-log.js';

/** Two questions belong together when they share this share of their words (Jaccard); tuned by eye on the eval set's paraphrases. */
export const GROUP_SIMILARITY = 0.3;
const MAX_EXAMPLES = 5;
const PLACEHOLDER = /^(phone|name|address|email|id)$/;

export interface UnansweredGroup {
  id: string;
  /** The group's most frequent words: what the customers were asking about. */
  label: string;
  count: number;
  reasons: Record<UnansweredQuestion['reason'], number>;
  /** Distinct questions, personal data masked, newest first. */
  examples: { question: string; language: UnansweredQuestion['language']; reason: UnansweredQuestion['reason'] }[];
  /** The articles the bot did offer (weak matches, "didn't help"), most often first. */
  topArticles: { articleId: string; count: number }[];
  firstAt: string;
  lastAt: string;
}

interface Working { seed: Set<string>; words: Map<string, number>; items: { q: UnansweredQuestion; masked: string }[] }

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Groups unanswered and unhelpful questions by word overlap, using the retrieval tokenizer so
 * "冰箱不冷" and "冰箱不制冷了" meet. Greedy: each question joins the most similar group seen so
 * far, or starts one; questions arrive newest first, so a group's seed is its latest phrasing.
 */
export function groupUnanswered(questions: readonly UnansweredQuestion[], tokenizer: Tokenizer): UnansweredGroup[] {
  const groups: Working[] = [];
  for (const q of questions) {
    const masked = q.masked ? q.question : maskPersonalData(q.question);
    const words = new Set(tokenizer.tokenize(masked).filter((w) => !PLACEHOLDER.test(w)));
    let best: Working | undefined;
    let bestScore = GROUP_SIMILARITY;
    for (const group of groups) {
      const score = jaccard(words, group.seed);
      if (score >= bestScore) [best, bestScore] = [group, score];
    }
    if (!best) groups.push(best = { seed: words, words: new Map(), items: [] });
    best.items.push({ q, masked });
    for (const w of words) best.words.set(w, (best.words.get(w) ?? 0) + 1);
  }
  return groups.map(summarize).sort((a, b) => b.count - a.count || (a.lastAt < b.lastAt ? 1 : -1));
}

function summarize(group: Working): UnansweredGroup {
  const reasons = { none: 0, low: 0, unhelpful: 0 };
  const articles = new Map<string, number>();
  const seen = new Set<string>();
  const examples: UnansweredGroup['examples'] = [];
  for (const { q, masked } of group.items) {
    reasons[q.reason]++;
    if (q.topArticleId) articles.set(q.topArticleId, (articles.get(q.topArticleId) ?? 0) + 1);
    if (examples.length < MAX_EXAMPLES && !seen.has(masked)) {
      seen.add(masked);
      examples.push({ question: masked, language: q.language, reason: q.reason });
    }
  }
  const label = [...group.words.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([w]) => w).join(' ');
  const times = group.items.map((i) => i.q.at).sort();
  return {
    id: createHash('sha1').update(group.items[group.items.length - 1].masked).digest('hex').slice(0, 10),
    label: label || examples[0]?.question.slice(0, 20) || '?',
    count: group.items.length,
    reasons,
    examples,
    topArticles: [...articles.entries()].sort((a, b) => b[1] - a[1]).map(([articleId, count]) => ({ articleId, count })),
    firstAt: times[0],
    lastAt: times[times.length - 1],
  };
}

/** A draft pre-filled from a group: its phrasings become the symptoms; the steps are for the trainer to write. */
export function draftFromGroup(group: Pick<UnansweredGroup, 'id' | 'label' | 'examples'>): { fields: Partial<ArticleFrontMatter>; body: string } {
  const zh = group.examples.filter((e) => e.language === 'zh').map((e) => e.question);
  const en = group.examples.filter((e) => e.language === 'en').map((e) => e.question);
  const product = detectProduct(group.examples.map((e) => e.question).join(' ')) ?? 'general';
  const languages: ArticleFrontMatter['languages'] = en.length ? ['zh', 'en'] : ['zh'];
  const body = ['## zh', '', '（用一两句话说明原因。）', '', '1. （第一步：顾客自己能安全完成的检查。）', ''];
  if (en.length) body.push('## en', '', '(One or two sentences on the cause.)', '', '1. (First step: a check the customer can safely do.)', '');
  return {
    fields: {
      id: `new-${group.id}`,
      title: { zh: group.label || '新文章', ...(en.length ? { en: group.label } : {}) },
      category: 'troubleshooting',
      product,
      languages,
      symptoms: { zh: zh.length ? zh : en, ...(en.length ? { en } : {}) },
    },
    body: body.join('\n'),
  };
}
