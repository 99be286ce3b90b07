import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { MockWechat, inbox, say } from '../helpers/wechat-mock.js';

let server: TestApp;
let world: MockWechat;
beforeAll(async () => {
  world = new MockWechat();
  server = await startTestApp({ env: { WECHAT_ENABLED: 'true' }, wechatPuppet: world.puppet });
  await world.login(server.app.wechat!);
});
afterAll(async () => { await server.close(); });

describe('WeChat group chats', () => {
  it('stays silent without a mention, and in reply to a mention invites the customer to a private chat', async () => {
    const zhang = world.contact('wxid_zhang', '张伟');
    const neighbour = world.contact('wxid_neighbour', '邻居');
    const group = world.room('20001@chatroom', [zhang, neighbour]);
    const said = inbox(group);
    const wechat = server.app.wechat!;

    await say(wechat, zhang, '洗衣机不排水了怎么办', group);
    expect(said).toEqual([]);

    await say(wechat, zhang, '@售后小助手 洗衣机不排水了怎么办', group, [world.botUser]);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^@张伟[\s\u2005]/);
    expect(said[0]).toMatch(/私聊/);
  });

  it('never puts a customer\'s ticket details into the group, even when asked there', async () => {
    const zhao = world.contact('wxid_zhao', '赵敏');
    const group = world.room('20002@chatroom', [zhao]);
    const ticket = await server.app.stores.tickets.create({
      customer: { channel: 'wechat', userId: 'wxid_zhao', conversationId: 'wxid_zhao' },
      language: 'zh', name: '赵敏', phone: '13987654321', product: 'washing-machine', model: 'XQG100-D3',
      warranty: 'in', quoteAccepted: false, address: '杭州市西湖区文三路100号', region: '杭州',
      visit: { date: '2030-01-02', period: 'morning' }, problem: '不排水', stepsTried: 2, priority: 'normal',
      idempotencyKey: 'group-test', status: 'open', createdAt: '2030-01-01T00:00:00.000Z', updatedAt: '2030-01-01T00:00:00.000Z',
      responseDueAt: '2030-01-01T02:00:00.000Z', onSiteDueAt: '2030-01-01T04:00:00.000Z',
      history: [{ at: '2030-01-01T00:00:00.000Z', by: 'customer:wxid_zhao', from: null, to: 'open' }],
    }, '20300101');
    const said = inbox(group);

    await say(server.app.wechat!, zhao, `@售后小助手 我的工单 ${ticket.id} 到哪了`, group, [world.botUser]);
    const text = said.join('\n');
    expect(text).toMatch(/私聊/);
    expect(text).not.toContain(ticket.id);
    expect(text).not.toMatch(/139|4321|文三路|工程师/);

    // The same question in a private chat is answered.
    const privately = inbox(zhao);
    await say(server.app.wechat!, zhao, `我的工单 ${ticket.id} 到哪了`, world.botUser);
    expect(privately.join('\n')).toContain(ticket.id);
  });
});
