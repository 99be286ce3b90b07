import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/kb/load-articles.js';
import type { Article } from '../../src/kb/article-schema.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { talk } from '../helpers/talk.js';

/**
 * Issue 14: the gas-leak reply opened with the generic "that's a real nuisance" and then told the
 * customer to unplug the appliance, against the article's own "don't touch any switch or plug". Every
 * safety article, in both languages: a calm safety opening, and no advice to unplug unless the
 * article itself gives it.
 */
const safetyArticles: Article[] = (await loadArticles('knowledge-base')).articles.filter((a) => a.escalation === 'safety');

let env: TestBot;
let checked = 0;
beforeAll(async () => { env = await createTestBot(); });
afterAll(async () => { await env.close(); });

describe('safety articles get safety wording', () => {
  it('has safety articles to check', () => {
    expect(safetyArticles.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(safetyArticles.map((article) => [article.id, article] as const))('%s', (_id, article) => {
    it.each(['zh', 'en'] as const)('in %s', async (language) => {
      const symptom = article.symptoms[language]?.[0];
      if (!symptom) return;
      const { replies } = await talk(env).user(symptom);
      const all = replies.join('\n');
      if (!/⚠️/.test(all)) return; // this phrasing found another article: retrieval's business, not wording's
      checked += 1;
      expect(all).not.toMatch(/确实挺影响使用|real nuisance/);
      // Whatever the bot adds around the article's own steps gives no advice of its own to unplug.
      const section = article.body[language] ?? article.body.zh;
      const around = section.steps.reduce((text, step) => text.split(step.text).join(''), all);
      expect(around).not.toMatch(/拔掉|拔下|断开电源|unplug/i);
    });
  });
});

it('found the safety reply for most safety articles', () => {
  expect(checked).toBeGreaterThanOrEqual(safetyArticles.length);
});
