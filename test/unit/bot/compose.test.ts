import { describe, expect, it } from 'vitest';
import type { TurnContext } from 'botbuilder';
import { compose, type Middleware } from '../../../src/bot/compose.js';

const turn = {} as TurnContext;

describe('compose', () => {
  it('runs middleware in order, then the turn handler', async () => {
    const order: string[] = [];
    const step = (name: string): Middleware => async (_turn, next) => { order.push(name); await next(); order.push(`/${name}`); };
    await compose([step('a'), step('b')])(turn, async () => { order.push('handler'); });
    expect(order).toEqual(['a', 'b', 'handler', '/b', '/a']);
  });

  it('stops when a middleware does not call next()', async () => {
    let reached = false;
    await compose([async () => {}])(turn, async () => { reached = true; });
    expect(reached).toBe(false);
  });

  it('throws when a middleware calls next() twice', async () => {
    const twice: Middleware = async (_turn, next) => { await next(); await next(); };
    await expect(compose([twice])(turn, async () => {})).rejects.toThrow(/next\(\) called more than once/);
  });
});
