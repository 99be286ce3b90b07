import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Language } from '../language.js';
import { MAX_STEP_CHARS, type Article } from './article-schema.js';
import { createBm25KnowledgeBase } from './create-bm25-knowledge-base.js';
import { lintVariants } from './lint-variants.js';
import { loadArticles } from './load-articles.js';
import { createTokenizer, type Tokenizer } from './tokenizer.js';

export interface LintFinding {
  file: string;
  line?: number;
  severity: 'error' | 'warning';
  message: string;
}

function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle.slice(0, 24));
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

function charCount(s: string): number {
  return [...s].length;
}

function longSteps(article: Article, text: string): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const language of ['zh', 'en'] as Language[]) {
    const section = article.body[language];
    const max = MAX_STEP_CHARS[language];
    section?.steps.forEach((step, i) => {
      for (const [what, s] of [['step', step.text], ['fallback of step', step.ifFails]] as const) {
        if (s && charCount(s) > max) {
          findings.push({
            file: article.source ?? article.id,
            line: lineOf(text, s),
            severity: 'error',
            message: `${language} ${what} ${i + 1} has ${charCount(s)} characters; one chat message holds ${max}`,
          });
        }
      }
    });
  }
  return findings;
}

/** Symptom phrasings two articles share (after tokenizing) send a customer to either at random. */
function collidingSymptoms(articles: readonly Article[], tokenizer: Tokenizer): LintFinding[] {
  const owner = new Map<string, Article>();
  const findings: LintFinding[] = [];
  for (const article of articles) {
    for (const phrase of [...article.symptoms.zh, ...(article.symptoms.en ?? [])]) {
      const key = [...new Set(tokenizer.tokenize(phrase))].sort().join(' ');
      if (!key) continue;
      const other = owner.get(key);
      if (other && other.id !== article.id) {
        findings.push({ file: article.source ?? article.id, severity: 'error', message: `symptom "${phrase}" says the same as one of ${other.id}'s symptoms` });
      } else {
        owner.set(key, article);
      }
    }
  }
  return findings;
}

/**
 * A symptom that retrieves another article first will send customers who type it to the wrong fix.
 * Searched as the bot searches (product preference included), so only real misroutes are reported.
 */
async function misroutedSymptoms(articles: readonly Article[], tokenizer: Tokenizer): Promise<LintFinding[]> {
  const kb = await createBm25KnowledgeBase(articles, { tokenizer });
  const findings: LintFinding[] = [];
  for (const article of articles) {
    for (const phrase of [...article.symptoms.zh, ...(article.symptoms.en ?? [])]) {
      const [top] = await kb.search(phrase, { limit: 1 });
      if (top && top.article.id !== article.id) {
        findings.push({ file: article.source ?? article.id, severity: 'warning', message: `symptom "${phrase}" retrieves ${top.article.id} first` });
      }
    }
  }
  return findings;
}

/** Everything `npm run kb:lint` checks; errors make it exit 1. */
export async function lintArticles(dir: string, tokenizer: Tokenizer = createTokenizer('jieba')): Promise<LintFinding[]> {
  const { articles, problems } = await loadArticles(dir);
  const findings: LintFinding[] = problems.map((p) => ({ ...p, severity: 'error' as const }));
  for (const article of articles) {
    const file = article.source ?? article.id;
    const folder = file.includes('/') ? file.split('/')[0] : undefined;
    if (folder && folder !== article.product) {
      findings.push({ file, severity: 'error', message: `product is ${article.product} but the file is in ${folder}/` });
    }
    const text = await readFile(join(dir, file), 'utf8');
    findings.push(...longSteps(article, text), ...lintVariants(article));
  }
  const published = articles.filter((a) => a.status === 'published');
  findings.push(...collidingSymptoms(published, tokenizer), ...(await misroutedSymptoms(published, tokenizer)));
  return findings;
}
