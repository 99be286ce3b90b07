import type { Language } from '../src/language.js';
import type { VisitSlot } from '../src/tickets/ticket.js';
import { PERIODS } from './ticket-intake.messages.js';

/** 11月25日上午 / 2026-11-25 morning: how a visit slot reads to the customer. */
export function formatSlot(slot: VisitSlot, language: Language): string {
  const [, month, day] = slot.date.split('-').map(Number);
  return language === 'zh' ? `${month}月${day}日${PERIODS[slot.period].zh}` : `${slot.date} ${PERIODS[slot.period].en}`;
}
