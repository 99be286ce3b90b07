import type { Language } from '../src/language.js';
import { decideWarranty, partWarranties, type WarrantyDecision } from '../src/tickets/warranty.js';
import type { QuestionTopic } from '../src/understand/reading.js';
import type { DialogDeps } from './dialog-deps.js';
import { ANSWERS } from './intake-answers.messages.js';
import type { IntakeState } from './ticket-intake-dialog.js';
import { formatMonth } from './intake-prompts.js';
import { t } from './text.js';

/** The warranty for this intake: the article's part warranties for the part the customer named, else the unit's. */
export function warrantyFor(state: Pick<IntakeState, 'articleId' | 'problem' | 'values'>, deps: Pick<DialogDeps, 'kb' | 'policy'>, today: string): WarrantyDecision {
  const article = state.articleId ? deps.kb.get(state.articleId) : undefined;
  const parts = article?.warranty ? partWarranties(`${article.warranty.zh} ${article.warranty.en ?? ''}`) : [];
  return decideWarranty(state.values.purchaseDate, today, deps.policy.warrantyMonths, parts, state.problem);
}

/** An answer from what the bot knows (SLA, warranty rules, price policy), before the pending question comes again. */
export function answerQuestion(topic: QuestionTopic, state: IntakeState, deps: DialogDeps, today: string, language: Language): string {
  switch (topic) {
    case 'wait_time':
      return t(language, ANSWERS.wait_time, { responseHours: deps.policy.sla.responseHours });
    case 'warranty': {
      const decision = warrantyFor(state, deps, today);
      const date = state.values.purchaseDate;
      if (decision.status === 'unknown' || !date) {
        const article = state.articleId ? deps.kb.get(state.articleId) : undefined;
        const parts = article?.warranty ? partWarranties(article.warranty.zh) : [];
        const list = parts.map((p) => (language === 'zh' ? `，${p.part}${p.months / 12}年` : `, the ${p.words.find((w) => /[a-z]/.test(w)) ?? p.part} ${p.months / 12} years`)).join('');
        return t(language, ANSWERS.warrantyUnknown, { months: deps.policy.warrantyMonths, parts: list });
      }
      return t(language, decision.status === 'in' ? ANSWERS.warrantyIn : ANSWERS.warrantyOut, { date: formatMonth(date, language), months: decision.months });
    }
    case 'price':
      return t(language, ANSWERS.price);
    case 'why_needed':
      return t(language, ANSWERS[`why_${state.asking ?? 'purchaseDate'}`]);
    default:
      return t(language, ANSWERS.other);
  }
}
