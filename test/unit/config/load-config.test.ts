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

describe('PHONE_DEFAULT_REGION', () => {
  it('is CN by default and takes a country code in any case', () => {
    expect(loadConfig({}).PHONE_DEFAULT_REGION).toBe('CN');
    expect(loadConfig({ PHONE_DEFAULT_REGION: 'gb' }).PHONE_DEFAULT_REGION).toBe('GB');
  });

  it('refuses a code libphonenumber-js does not know, naming the variable', () => {
    expect(problemsOf({ PHONE_DEFAULT_REGION: 'UK' })).toEqual([expect.stringMatching(/^PHONE_DEFAULT_REGION: .*two-letter country code/)]);
  });
});
