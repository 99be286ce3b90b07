import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotProcess, type BotProcess } from '../../helpers/bot-process.js';
import { startRedisServer, type RedisServer } from '../../helpers/redis-server.js';
import { WechatApiStandIn } from '../../helpers/wechat-api-stand-in.js';
import { newEncodingAesKey, pushToOfficialAccount, type PushAccount } from '../../helpers/wechat-push.js';

const account: PushAccount = { appId: 'wx0123456789abcdef', token: 'osbProcessToken', encodingAesKey: newEncodingAesKey() };

describe('the Official Account access token across two real processes on one Redis', () => {
  const api = new WechatApiStandIn();
  let redis: RedisServer;
  let processes: BotProcess[] = [];

  beforeAll(async () => {
    const apiUrl = await api.start();
    redis = await startRedisServer();
    const env = {
      REDIS_URL: redis.url, WECHAT_OA_ENABLED: 'true', WECHAT_OA_APP_ID: account.appId, WECHAT_OA_APP_SECRET: '0123456789abcdef0123456789abcdef',
      WECHAT_OA_TOKEN: account.token, WECHAT_OA_ENCODING_AES_KEY: account.encodingAesKey!, WECHAT_OA_API_URL: apiUrl,
    };
    // One after the other: two cold starts at once on a shared CI runner can take longer than the health wait.
    processes = [await startBotProcess(env, { healthTimeoutMs: 150_000 })];
    processes.push(await startBotProcess(env, { healthTimeoutMs: 150_000 }));
  }, 320_000);
  afterAll(async () => {
    await Promise.all(processes.map((process) => process.destroy()));
    await redis?.destroy();
    await api.stop();
  });

  /** A picture to each process at once: keeping it needs media/get, so each needs a token. */
  async function pictureToEach(round: string): Promise<void> {
    const answers = await Promise.all(processes.map((process, i) => {
      const mediaId = `media-${round}-${i}`;
      api.media.set(mediaId, { bytes: Buffer.from(`jpeg ${round} ${i}`), contentType: 'image/jpeg' });
      return pushToOfficialAccount(`${process.baseUrl}/wechat/official-account`, account, {
        ToUserName: 'gh_test', FromUserName: `oProcess${i}`, CreateTime: Math.floor(Date.now() / 1000), MsgType: 'image', MediaId: mediaId, MsgId: `7${round}${i}`,
      });
    }));
    for (const answer of answers) expect(answer.reply?.Content).toMatch(/图片/);
  }

  it('is fetched by one process and used by both', async () => {
    await pictureToEach('1');
    const downloads = api.calls.filter((call) => call.path === '/cgi-bin/media/get' && call.answer.errcode === 0);
    expect(downloads.map((call) => call.query.access_token)).toEqual(['token-1', 'token-1']);
    expect(api.tokenFetches()).toBe(1);
  });

  it('is refreshed once, not by each process, when WeChat retires it (40001)', async () => {
    api.revokeTokens();
    await pictureToEach('2');
    expect(api.tokenFetches()).toBe(2);
    const downloads = api.calls.filter((call) => call.path === '/cgi-bin/media/get' && call.answer.errcode === 0).slice(2);
    expect(downloads.map((call) => call.query.access_token)).toEqual(['token-2', 'token-2']);
  });
});
