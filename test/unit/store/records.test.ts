import { describe, expect, it } from 'vitest';
import { parseStoredItem } from '../../../src/store/records.js';

describe('parseStoredItem: a stored conversation state read back', () => {
  it('returns the object as parsed', () => {
    expect(parseStoredItem('{"DialogState":{"dialogStack":[]},"n":1}', 'storage:c')).toEqual({ DialogState: { dialogStack: [] }, n: 1 });
  });

  it.each(['[]', 'null', '1', '"text"', '{"unclosed":'])('is STORE_CORRUPT for %s, never a half-typed object', (json) => {
    expect(() => parseStoredItem(json, 'storage:c')).toThrow(expect.objectContaining({ code: 'STORE_CORRUPT', details: expect.objectContaining({ where: 'storage:c' }) }));
  });

  it('drops an own "__proto__" key rather than keep it on the item', () => {
    const item = parseStoredItem('{"__proto__":{"polluted":true},"a":1}', 'storage:c');
    expect(Object.hasOwn(item, '__proto__')).toBe(false);
    expect(item).toEqual({ a: 1 });
    expect((item as Record<string, unknown>).polluted).toBeUndefined();
  });
});
