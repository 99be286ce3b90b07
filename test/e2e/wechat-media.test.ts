import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { types } from 'wechaty';
import { FileBox } from 'file-box';
import type { Ticket } from '../../src/tickets/ticket.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { BotFrameworkClient, texts } from '../helpers/bot-framework-client.js';
import { MockWechat, inbox, say, sendFile, sendOfType } from '../helpers/wechat-mock.js';

let server: TestApp;
let world: MockWechat;
beforeAll(async () => {
  world = new MockWechat();
  server = await startTestApp({
    env: { WECHAT_ENABLED: 'true', WECHAT_ACCEPT_FRIENDS: 'true', WECHAT_MAX_ATTACHMENT_BYTES: '4096' },
    wechatPuppet: world.puppet,
  });
  await world.login(server.app.wechat!);
});
afterAll(async () => { await server.close(); });

async function openTicketFor(userId: string, key: string): Promise<Ticket> {
  const at = '2030-01-01T00:00:00.000Z';
  return server.app.stores.tickets.create({
    customer: { channel: 'wechat', userId, conversationId: userId },
    language: 'zh', name: '陈静', phone: '13812345678', product: 'refrigerator', model: 'BCD-500',
    warranty: 'in', quoteAccepted: false, address: '南京市鼓楼区中山路1号', region: '南京',
    visit: { date: '2030-01-02', period: 'afternoon' }, problem: '不制冷', stepsTried: 1, priority: 'normal',
    idempotencyKey: key, status: 'open', createdAt: at, updatedAt: at,
    responseDueAt: '2030-01-01T02:00:00.000Z', onSiteDueAt: '2030-01-01T04:00:00.000Z',
    history: [{ at, by: `customer:${userId}`, from: null, to: 'open' }],
  }, '20300101');
}

describe('WeChat pictures, voice, files and what the bot cannot read', () => {
  it('stores a picture and attaches it to the customer\'s open ticket', async () => {
    const chen = world.contact('wxid_chen', '陈静');
    const ticket = await openTicketFor('wxid_chen', 'media-1');
    const replies = inbox(chen);
    const photo = Buffer.from('\xff\xd8\xff\xe0 a small jpeg', 'latin1');

    await sendFile(server.app.wechat!, chen, 'fridge.jpg', photo, world.botUser);

    expect(replies.join('\n')).toMatch(new RegExp(`图片[\\s\\S]*${ticket.id}`));
    const stored = await server.app.stores.tickets.get(ticket.id);
    expect(stored?.attachments).toEqual([expect.objectContaining({ kind: 'image', contentType: 'image/jpeg', name: 'fridge.jpg', sizeBytes: photo.length })]);
    expect(readFileSync(join(server.dataDir, 'attachments', stored!.attachments![0].ref))).toEqual(photo);
  });

  it('refuses a file over the size limit or of a type not on the list, and keeps nothing', async () => {
    const sun = world.contact('wxid_sun', '孙丽');
    const ticket = await openTicketFor('wxid_sun', 'media-2');
    const replies = inbox(sun);

    await sendFile(server.app.wechat!, sun, 'big.png', Buffer.alloc(8192, 1), world.botUser);
    expect(replies.at(-1)).toMatch(/有点大/);
    const sheet = FileBox.fromBase64(Buffer.from('a,b').toString('base64'), 'prices.xlsx');
    await sendOfType(world, server.app.wechat!, sun, types.Message.Attachment, 'msg-xlsx', sheet);
    expect(replies.at(-1)).toMatch(/打不开/);
    expect((await server.app.stores.tickets.get(ticket.id))?.attachments).toBeUndefined();
  });

  it('streams a file of unknown size with the cap: stops reading past the limit and refuses it', async () => {
    // A download without a length (chunked), 40 MB long: what the bot pulls is counted at the source.
    let sent = 0;
    const source = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'image/png' });
      const chunk = Buffer.alloc(64 * 1024, 7);
      const pump = () => {
        while (sent < 40 * 1024 * 1024) {
          sent += chunk.length;
          if (!response.write(chunk)) { response.once('drain', pump); return; }
        }
        response.end();
      };
      response.on('close', () => response.destroy());
      pump();
    });
    await new Promise<void>((resolve) => source.listen(0, '127.0.0.1', resolve));
    const { port } = source.address() as AddressInfo;
    try {
      const zhao = world.contact('wxid_zhao', '赵强');
      const replies = inbox(zhao);
      const box = FileBox.fromUrl(`http://127.0.0.1:${port}/photo.png`, { name: 'photo.png' });
      expect(box.size).toBeLessThan(0);
      await sendOfType(world, server.app.wechat!, zhao, types.Message.Image, 'msg-unknown-size', box);
      expect(replies.at(-1)).toMatch(/有点大/);
      // The limit is 4 KB; socket buffers on both ends hold a few MB at most, never the whole 40 MB.
      expect(sent).toBeLessThan(8 * 1024 * 1024);
    } finally {
      source.closeAllConnections();
      await new Promise((resolve) => source.close(resolve));
    }
  });

  it('attaches a PDF sent as a file message', async () => {
    const qian = world.contact('wxid_qian', '钱多');
    const ticket = await openTicketFor('wxid_qian', 'media-3');
    const invoice = FileBox.fromBase64(Buffer.from('%PDF-1.4 invoice').toString('base64'), '发票.pdf');
    const replies = inbox(qian);
    await sendOfType(world, server.app.wechat!, qian, types.Message.Attachment, 'msg-pdf', invoice);
    expect(replies.at(-1)).toMatch(new RegExp(`文件[\\s\\S]*${ticket.id}`));
    expect((await server.app.stores.tickets.get(ticket.id))?.attachments?.[0]).toMatchObject({ kind: 'file', name: '发票.pdf', contentType: 'application/pdf' });
  });

  it.each([
    ['a red packet', types.Message.RedEnvelope],
    ['a transfer', types.Message.Transfer],
    ['a mini-program', types.Message.MiniProgram],
    ['a location', types.Message.Location],
  ])('answers %s politely and carries on', async (_name, type) => {
    const id = `wxid_unsupported_${type}`;
    const customer = world.contact(id, '周杰');
    const replies = inbox(customer);
    await sendOfType(world, server.app.wechat!, customer, type, `msg-${type}`);
    expect(replies).toEqual([expect.stringMatching(/只能看懂文字、图片和语音/)]);

    await say(server.app.wechat!, customer, '空调不制冷', world.botUser);
    expect(replies.slice(1).join('\n')).toMatch(/空调/);
  });

  it('accepts a friend request when configured, with a greeting', async () => {
    const newcomer = world.contact('wxid_newcomer', '新朋友');
    const replies = inbox(newcomer);
    const accepted: string[] = [];
    Object.assign(world.puppet, {
      friendshipRawPayload: async (id: string) => ({ id, contactId: newcomer.id, hello: '你好，洗衣机坏了', type: types.Friendship.Receive, timestamp: Date.now() }),
      friendshipAccept: async (id: string) => { accepted.push(id); },
    });
    const wechat = server.app.wechat!;
    const seen = new Promise((resolve) => wechat.wechaty.once('friendship', resolve));
    world.puppet.emit('friendship', { friendshipId: 'fr-1' });
    await seen;
    await wechat.drain();

    expect(accepted).toEqual(['fr-1']);
    expect(replies).toEqual([expect.stringMatching(/售后服务助手/)]);
  });

  it('reconnects after the puppet logs out, while the web channel keeps answering', async () => {
    const wechat = server.app.wechat!;
    const restarted = new Promise<void>((resolve) => wechat.wechaty.once('start', () => resolve()));
    await world.puppet.logout('network lost');

    // 1. While WeChat is down, a web customer is served as usual.
    const web = new BotFrameworkClient(server.baseUrl);
    expect(texts(await web.send('洗衣机不排水'))).toMatch(/洗衣机/);

    // 2. The channel restarts the puppet by itself; the account logs in again and customers are answered.
    await restarted;
    await world.login(wechat);
    const back = world.contact('wxid_after_reconnect', '吴昊');
    const replies = inbox(back);
    await say(wechat, back, '冰箱不制冷', world.botUser);
    expect(replies.join('\n')).toMatch(/冰箱/);
  });
});
