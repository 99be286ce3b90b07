import type { Article } from '../src/kb/article-schema.js';

/** Takes `count` of `phrases` starting at `offset`, wrapping round. */
function rotate<T>(phrases: readonly T[], offset: number, count: number): T[] {
  return Array.from({ length: Math.min(count, phrases.length) }, (_, i) => phrases[(offset + i) % phrases.length]);
}

function mixed(own: readonly string[], other: readonly string[], seed: number): [string, ...string[]] {
  const keep = Math.max(1, Math.ceil(own.length / 2));
  const borrow = Math.max(1, Math.floor(other.length / 3));
  const all = [...rotate(own, seed, keep), ...rotate(other, seed, borrow)];
  return [...new Set(all)] as [string, ...string[]];
}

/**
 * A knowledge base of `count` articles for scale only: the real ones first, then variants of them
 * with a new id and their symptoms mixed with those of an article of another line, so posting lists
 * grow as in a larger base and the real questions still find close (sometimes closer) matches.
 */
export function syntheticArticles(real: readonly Article[], count: number): Article[] {
  const published = real.filter((a) => a.status === 'published');
  const articles: Article[] = published.slice(0, count);
  for (let i = articles.length; i < count; i += 1) {
    const base = published[i % published.length];
    const other = published[(i * 7 + 3) % published.length];
    const symptoms: Article['symptoms'] = { zh: mixed(base.symptoms.zh, other.symptoms.zh, i) };
    if (base.symptoms.en) symptoms.en = mixed(base.symptoms.en, other.symptoms.en ?? base.symptoms.en, i);
    articles.push({ ...base, id: `${base.id}-v${i}`, symptoms, source: undefined });
  }
  return articles;
}
