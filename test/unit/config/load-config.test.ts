import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { isAppError } from '../../../src/errors.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (isAppError(err, 'CONFIG_INVALID')) return (err.details?.problems as string[]) ?? [];
    throw err;
  }
  return [];
}

describe('STAFF_TOKENS', () => {
  it('refuses a token containing ":" at start, naming the entry, instead of cutting it to its prefix', () => {
    const problems = problemsOf({ STAFF_TOKENS: 'li:agent:first-half-0123456789:second-half' });
    expect(problems).toEqual([expect.stringMatching(/^STAFF_TOKENS: .*"li".*contains ":"/)]);
  });

  it('accepts well-formed entries', () => {
    expect(loadConfig({ STAFF_TOKENS: 'li:agent:abcdefghijklmnop0123,zhou:agent+supervisor:qrstuvwxyz0123456' }).STAFF_TOKENS)
      .toEqual([
        { id: 'li', roles: ['agent'], token: 'abcdefghijklmnop0123' },
        { id: 'zhou', roles: ['agent', 'supervisor'], token: 'qrstuvwxyz0123456' },
      ]);
  });
});
