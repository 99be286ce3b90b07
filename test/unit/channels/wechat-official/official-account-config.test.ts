import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/config/load-config.js';

describe('Official Account configuration', () => {
  it('names every credential missing when the channel is on, and where to find it', () => {
    expect(() => loadConfig({ WECHAT_OA_ENABLED: 'true' })).toThrow(expect.objectContaining({
      code: 'CONFIG_INVALID',
      details: { problems: [expect.stringMatching(/^WECHAT_OA_APP_ID: .*开发者ID/), expect.stringMatching(/^WECHAT_OA_APP_SECRET: /), expect.stringMatching(/^WECHAT_OA_TOKEN: .*服务器配置/)] },
    }));
  });

  it('refuses a malformed AppID, Token or EncodingAESKey with what they look like', () => {
    let problems: string[] = [];
    try {
      loadConfig({ WECHAT_OA_APP_ID: 'gh_123', WECHAT_OA_TOKEN: 'a b', WECHAT_OA_ENCODING_AES_KEY: 'short' });
    } catch (err) {
      problems = (err as { details: { problems: string[] } }).details.problems;
    }
    expect(problems).toEqual([
      expect.stringMatching(/^WECHAT_OA_APP_ID: an AppID is "wx"/),
      expect.stringMatching(/^WECHAT_OA_TOKEN: the Token is 3–32/),
      expect.stringMatching(/^WECHAT_OA_ENCODING_AES_KEY: the EncodingAESKey is 43/),
    ]);
  });

  it('is off by default and points at WeChat\'s own API', () => {
    expect(loadConfig({})).toMatchObject({ WECHAT_OA_ENABLED: false, WECHAT_OA_API_URL: 'https://api.weixin.qq.com/', WECHAT_OA_REPLY_DEADLINE_MS: 4000 });
  });
});
