import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { MockWechat, inbox, say, sendFile } from '../helpers/wechat-mock.js';

const INTAKE = ['洗衣机不排水', '要上门维修', '王芳', '13912345678', 'XQG100-D3', '今年3月', '上海市浦东新区张江路88号', '后天下午', '确认'];
let server: TestApp;
let world: MockWechat;
beforeAll(async () => {
  world = new MockWechat();
  server = await startTestApp({ env: { WECHAT_ENABLED: 'true', WECHAT_MAX_ATTACHMENT_BYTES: '4096' }, wechatPuppet: world.puppet });
  await world.login(server.app.wechat!);
});
afterAll(async () => { await server.close(); });

describe('a WeChat customer who sends a picture before any ticket exists', () => {
  it('has it kept, and attached to the ticket the intake opens', { timeout: 60_000 }, async () => {
    const wang = world.contact('wxid_wang', '王芳');
    const replies = inbox(wang);
    const photo = Buffer.from('\xff\xd8\xff\xe0 the washer display', 'latin1');

    // 1. The picture comes first: kept, and the customer asked what is wrong.
    await sendFile(server.app.wechat!, wang, 'washer.jpg', photo, world.botUser);
    expect(replies.at(-1)).toMatch(/收到您发的图片了/);

    // 2. The intake runs to its confirmation and opens the ticket.
    for (const text of INTAKE) await say(server.app.wechat!, wang, text, world.botUser);
    const [ticket] = await server.app.stores.tickets.list({ customer: { channel: 'wechat', userId: 'wxid_wang' }, limit: 5 });
    expect(ticket, replies.join('\n')).toBeDefined();

    // 3. The picture is on it, its bytes where every process finds them.
    expect(ticket.attachments).toEqual([expect.objectContaining({ kind: 'image', name: 'washer.jpg', sizeBytes: photo.length })]);
    expect(readFileSync(join(server.dataDir, 'attachments', ticket.attachments![0].ref))).toEqual(photo);
  });
});
