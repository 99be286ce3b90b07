import { keptAnswers } from '../kept-answers.js';
/**
 * In warranty while the purchase date is within `warrantyMonths` of today. Month arithmetic is
 * calendar-based: bought 2025-03-31 with 12 months → covered through 2026-03-31.
 */
export function warrantyStatus(purchaseDate: string, today: string, warrantyMonths: number): 'in' | 'out' {
  const [y, m, d] = purchaseDate.split('-').map(Number);
  const end = new Date(Date.UTC(y, m - 1 + warrantyMonths, d));
  return today <= end.toISOString().slice(0, 10) ? 'in' : 'out';
}

export interface PartWarranty {
  /** The part as the article names it, and the words a customer may use for it. */
  part: string;
  words: readonly string[];
  months: number;
}

/** Parts articles give their own warranty; the words are how customers and articles name them. */
const PARTS: ReadonlyArray<{ part: string; words: readonly string[] }> = [
  { part: '压缩机', words: ['压缩机', 'compressor'] },
  { part: '电机', words: ['电机', '马达', 'motor'] },
  { part: '面板', words: ['面板', '屏幕', '显示屏', 'panel', 'screen'] },
  { part: '内胆', words: ['内胆', 'tank'] },
  { part: '主板', words: ['主板', '电脑板', 'main board', 'mainboard'] },
];
const ZH_NUMBERS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 八: 8, 十: 10 };

/**
 * Part warranties stated in an article's warranty text ("压缩机保修三年", "the compressor is covered for
 * 3 years", "电机等主要部件保修3年"). Read from the text trainers already write, so no article changes.
 */
// An article's warranty text is read on every intake turn (warrantyFor): about one entry per article.
export const partWarranties = keptAnswers((text: string): readonly PartWarranty[] => Object.freeze(readPartWarranties(text).map((p) => Object.freeze(p))), 2048);

function readPartWarranties(text: string): PartWarranty[] {
  const out: PartWarranty[] = [];
  const bounded = text.slice(0, 1000);
  const lower = bounded.toLowerCase();
  for (const { part, words } of PARTS) {
    for (const word of words) {
      const at = lower.indexOf(word);
      if (at < 0) continue;
      const near = bounded.slice(at, at + 40);
      const years = near.match(/(?:保修|质保|covered for|warranty of|has a)\s{0,3}([一两二三四五六八十]|\d{1,2})\s{0,3}-?\s{0,3}(年|years?)/i)
        ?? near.match(/(?<!\d)(\d{1,2})\s{0,3}-?\s{0,3}years?/i);
      if (!years) continue;
      const n = /\d/.test(years[1]) ? Number(years[1]) : ZH_NUMBERS[years[1]];
      if (n) { out.push({ part, words, months: n * 12 }); break; }
    }
  }
  return out;
}

export interface WarrantyDecision {
  status: 'in' | 'out' | 'unknown';
  months: number;
  /** The part whose own warranty decided, when the customer or the article named one. */
  part?: string;
}

/**
 * The warranty that applies: a part's own term when the failed part is named (issue 14: a compressor
 * at 2½ years is in warranty when the article gives it three years), else the whole unit's.
 */
export function decideWarranty(purchaseDate: string | undefined, today: string, unitMonths: number, parts: readonly PartWarranty[], problem: string): WarrantyDecision {
  const lower = problem.toLowerCase();
  const named = parts.find((p) => p.words.some((w) => lower.includes(w)));
  const months = named && named.months > unitMonths ? named.months : unitMonths;
  const part = months === unitMonths ? undefined : named?.part;
  if (!purchaseDate || purchaseDate === 'unknown') return { status: 'unknown', months, part };
  return { status: warrantyStatus(purchaseDate, today, months), months, part };
}
