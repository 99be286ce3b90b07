import { describe, expect, it } from 'vitest';
import { TestAdapter, TurnContext } from 'botbuilder';
import { perTurn, prefetch } from '../../../src/bot/per-turn.js';

const turnOf = () => new TurnContext(new TestAdapter(), { type: 'message', text: 'hi', conversation: { id: 'c-1' } } as never);

describe('perTurn lookups', () => {
  it('starts a lookup once per turn however many ask, and again in the next turn', async () => {
    let calls = 0;
    const lookup = perTurn('count', async () => ++calls);
    const turn = turnOf();
    prefetch(turn, [lookup]);
    expect(await lookup(turn)).toBe(1);
    expect(await lookup(turn)).toBe(1);
    expect(await lookup(turnOf())).toBe(2);
  });

  it('keeps a prefetched failure for the one that awaits it, without an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const failing = perTurn('failing', async () => { throw new Error('store down'); });
      const turn = turnOf();
      prefetch(turn, [failing]);
      // Long enough for Node to report a rejection nobody handled.
      await new Promise((resolve) => setTimeout(resolve, 20));
      await expect(failing(turn)).rejects.toThrow('store down');
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
