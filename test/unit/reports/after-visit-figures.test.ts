import { describe, expect, it } from 'vitest';
import { afterVisitFigures } from '../../../src/reports/after-visit-figures.js';
import type { Ticket } from '../../../src/tickets/ticket.js';

const at = (hours: number) => new Date(Date.UTC(2026, 10, 20, 2) + hours * 3_600_000).toISOString();

function ticket(fields: Partial<Ticket> & { closedAfterHours?: number; reopened?: boolean }): Ticket {
  const history: Ticket['history'] = [{ at: at(0), by: 'customer:u', from: null, to: 'open' }];
  if (fields.reopened) history.push({ at: at(1), by: 'customer:u', from: 'awaiting_confirmation', to: 'reopened' });
  if (fields.closedAfterHours !== undefined) history.push({ at: at(fields.closedAfterHours), by: 'customer:u', from: 'awaiting_confirmation', to: 'closed' });
  return { createdAt: at(0), updatedAt: at(0), status: fields.closedAfterHours !== undefined ? 'closed' : 'in_progress', history, ...fields } as Ticket;
}

describe('after-visit figures', () => {
  it('computes the satisfaction index as actual mean / expected mean per dimension, weighted by importance', () => {
    const figures = afterVisitFigures([
      ticket({ survey: { speed: 5, attitude: 4, efficiency: 4, overall: 5, at: at(2) } }),
      ticket({ survey: { speed: 4, attitude: 4, efficiency: 5, at: at(2) } }),
    ], [{ expected: 5, weight: 2 }, { expected: 4, weight: 1 }, { expected: 5, weight: 1 }, { expected: 5, weight: 1 }]);
    // speed 4.5/5 = 0.9 (w 2/5), attitude 4/4 = 1 (w 1/5), efficiency 4.5/5 = 0.9 (1/5), overall 5/5 = 1 (1/5)
    expect(figures.satisfaction.dimensions.speed).toMatchObject({ mean: 4.5, ratio: 0.9, weight: 0.4, count: 2 });
    expect(figures.satisfaction.dimensions.overall).toMatchObject({ mean: 5, ratio: 1, count: 1 });
    expect(figures.satisfaction.index).toBe(0.94);
    expect(figures.satisfaction.surveys).toBe(2);
  });

  it('counts first-time fixes, repeat repairs, report-to-close quantiles, quote acceptance and sign-off rate', () => {
    const figures = afterVisitFigures([
      ticket({ closedAfterHours: 10, signOff: { askedAt: at(9), answer: 'confirmed' }, quote: { amount: 100, reason: 'x', at: at(5), by: 'e', answer: 'accepted' } }),
      ticket({ closedAfterHours: 30, reopened: true, repeatRepairs: 1, signOff: { askedAt: at(20), answer: 'confirmed' } }),
      ticket({ closedAfterHours: 80, signOff: { askedAt: at(5), answer: 'timeout' }, quote: { amount: 50, reason: 'y', at: at(3), by: 'e', answer: 'refused' } }),
      ticket({ quote: { amount: 80, reason: 'z', at: at(3), by: 'e' } }),
    ]);
    expect(figures.firstTimeFix).toEqual({ fixed: 2, closed: 3, rate: 0.667 });
    expect(figures.repeatRepairs).toEqual({ count: 1, tickets: 1 });
    expect(figures.reportToClose).toEqual({ count: 3, p50Hours: 30, p90Hours: 80 });
    expect(figures.quotes).toEqual({ quoted: 3, accepted: 1, refused: 1, acceptanceRate: 0.5 });
    expect(figures.signOff).toEqual({ asked: 3, answered: 2, timedOut: 1, rate: 0.667 });
  });

  it('leaves every figure undefined without data rather than inventing a zero', () => {
    const figures = afterVisitFigures([]);
    expect(figures.satisfaction.index).toBeUndefined();
    expect(figures.firstTimeFix.rate).toBeUndefined();
    expect(figures.quotes.acceptanceRate).toBeUndefined();
  });
});
