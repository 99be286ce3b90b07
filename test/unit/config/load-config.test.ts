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

describe('TRUST_PROXY', () => {
  it.each([
    [undefined, false],
    ['false', false],
    ['true', true],
    ['2', 2],
    ['10.0.0.0/8, 127.0.0.1', ['10.0.0.0/8', '127.0.0.1']],
    ['loopback,fd00::/8', ['loopback', 'fd00::/8']],
  ])('reads %s as fastify\'s trustProxy %j (unset trusts no proxy)', (text, expected) => {
    expect(loadConfig(text === undefined ? {} : { TRUST_PROXY: text }).TRUST_PROXY).toEqual(expected);
  });

  it.each(['10.0.0.0/33', 'proxy.internal', '127.0.0.1/8/2'])('refuses %s, naming the variable', (text) => {
    expect(problemsOf({ TRUST_PROXY: text })).toEqual([expect.stringMatching(/^TRUST_PROXY: .*not an address or CIDR/)]);
  });
});

describe('WECOM_KF_*', () => {
  it('names every credential missing when the channel is switched on, with where to find it', () => {
    expect(problemsOf({ WECOM_KF_ENABLED: 'true' })).toEqual([
      expect.stringMatching(/^WECOM_KF_CORP_ID: .*企业ID/),
      expect.stringMatching(/^WECOM_KF_SECRET: .*可调用接口的应用/),
      expect.stringMatching(/^WECOM_KF_TOKEN: .*接收事件服务器/),
      expect.stringMatching(/^WECOM_KF_AES_KEY: .*EncodingAESKey/),
    ]);
  });

  it('refuses malformed values, naming the variable', () => {
    const problems = problemsOf({ WECOM_KF_CORP_ID: 'corp-1', WECOM_KF_AES_KEY: 'short', WECOM_KF_OPEN_KFID: 'kf1', WECOM_KF_SERVICERS: 'li' });
    expect(problems.join('\n')).toMatch(/WECOM_KF_CORP_ID[\s\S]*WECOM_KF_AES_KEY[\s\S]*WECOM_KF_OPEN_KFID[\s\S]*WECOM_KF_SERVICERS/);
  });

  it('reads the staff-to-WeCom-userid map', () => {
    expect(loadConfig({ WECOM_KF_SERVICERS: 'li:LiNa, zhou:ZhouMing' }).WECOM_KF_SERVICERS).toEqual({ li: 'LiNa', zhou: 'ZhouMing' });
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
