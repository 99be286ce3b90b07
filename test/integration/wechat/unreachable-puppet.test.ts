import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startWechatChannel, type WechatChannel } from '../../../src/channels/wechat/start-wechat-channel.js';
import { MemoryStorage } from 'botbuilder';
import { freePort } from '../../helpers/free-port.js';

const dataDir = mkdtempSync(join(tmpdir(), 'osb-puppet-'));
let channel: WechatChannel | undefined;
afterAll(async () => {
  await channel?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function recordingLog() {
  const entries: { level: string; message?: string; fields: Record<string, unknown> }[] = [];
  const at = (level: string) => (fields: object, message?: string) => { entries.push({ level, message, fields: fields as Record<string, unknown> }); };
  return { entries, log: { info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') } };
}

describe('WeChat with its puppet service unreachable', () => {
  it('logs each back-off step once, with how often each error came', { timeout: 60_000 }, async () => {
    const { entries, log } = recordingLog();
    const port = await freePort();
    channel = startWechatChannel({
      config: {
        DATA_DIR: dataDir, WECHATY_PUPPET: 'wechaty-puppet-service', WECHATY_PUPPET_SERVICE_TOKEN: 'insecure_0123456789abcdef',
        WECHATY_PUPPET_SERVICE_ENDPOINT: `127.0.0.1:${port}`, WECHAT_ACCEPT_FRIENDS: false, WECHAT_MAX_ATTACHMENT_BYTES: 10 * 1024 * 1024,
      },
      logic: async () => {}, storage: new MemoryStorage(), log, reconnectDelaysMs: [200, 200, 200],
    });
    const failures = () => entries.filter((e) => e.message === 'channel.connect.failed');
    // 1. Two attempts (about 5 s each, the puppet service's own start timeout) fail.
    await expect.poll(() => failures().length, { timeout: 50_000, interval: 200 }).toBeGreaterThanOrEqual(2);
    // 2. Each is one line, numbered; the gRPC errors that came with it are counted there, not logged one by one.
    expect(failures().slice(0, 2).map((e) => e.fields.attempt)).toEqual([1, 2]);
    const errors = failures()[0].fields.errors as { message: string; count: number }[];
    expect(errors.find((e) => /UNAVAILABLE|ECONNREFUSED/.test(e.message))?.count).toBeGreaterThan(1);
    expect(entries.filter((e) => e.level === 'error')).toEqual([]);
    expect(entries.filter((e) => e.level !== 'info').every((e) => e.message === 'channel.connect.failed')).toBe(true);
  });
});
