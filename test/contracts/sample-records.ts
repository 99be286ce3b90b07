import type { TranscriptEntry } from '../../src/bot/transcript.js';
import type { HandoffRequest } from '../../src/handoff/handoff-request.js';
import type { UnansweredQuestion } from '../../src/kb/unanswered-log.js';
import type { TicketDraft } from '../../src/tickets/ticket-store.js';

/** Valid records for the contract suites; each call is independent, overrides win. */

let counter = 0;
const nextKey = (prefix: string) => `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

export function sampleDraft(overrides: Partial<TicketDraft> = {}): TicketDraft {
  const createdAt = overrides.createdAt ?? '2025-03-14T02:00:00.000Z';
  return {
    customer: { channel: 'web', userId: 'u-1', conversationId: 'c-1' },
    language: 'zh',
    name: '王女士',
    phone: '13800138000',
    product: 'washing-machine',
    model: 'XQG100-14',
    purchaseDate: '2024-05-01',
    warranty: 'in',
    quoteAccepted: false,
    address: '上海市浦东新区世纪大道 100 号 8 楼',
    region: 'shanghai',
    visit: { date: '2025-03-15', period: 'morning' },
    problem: '洗衣机不排水，试过清理过滤器',
    articleId: 'washer-no-drain',
    stepsTried: 2,
    priority: 'normal',
    idempotencyKey: nextKey('intake'),
    status: 'open',
    createdAt,
    updatedAt: createdAt,
    responseDueAt: '2025-03-14T04:00:00.000Z',
    onSiteDueAt: '2025-03-15T12:00:00.000Z',
    history: [{ at: createdAt, by: 'bot', from: null, to: 'open' }],
    ...overrides,
  };
}

export function sampleHandoff(overrides: Partial<HandoffRequest> = {}): Omit<HandoffRequest, 'version'> {
  const conversationId = overrides.conversationId ?? nextKey('conv');
  return {
    conversationId,
    customer: { channel: 'web', userId: 'u-1', conversationId },
    language: 'zh',
    reason: 'asked',
    priority: 'normal',
    requestedAt: '2025-03-14T02:00:00.000Z',
    ...overrides,
  };
}

export function sampleEntry(text: string, overrides: Partial<TranscriptEntry> = {}): TranscriptEntry {
  return { at: '2025-03-14T02:00:00.000Z', from: 'customer', text, kind: 'message', ...overrides };
}

export function sampleQuestion(question: string, overrides: Partial<UnansweredQuestion> = {}): UnansweredQuestion {
  return {
    at: '2025-03-14T02:00:00.000Z',
    conversationId: 'c-1',
    channel: 'web',
    language: 'zh',
    question,
    reason: 'none',
    ...overrides,
  };
}
