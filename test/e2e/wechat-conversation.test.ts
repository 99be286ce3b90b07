import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { MockWechat, inbox, redeliver, say } from '../helpers/wechat-mock.js';

const WECHAT_ENV = { WECHAT_ENABLED: 'true' };
let server: TestApp | undefined;
afterEach(async () => { await server?.close(); server = undefined; });

async function startOn(world: MockWechat, dataDir?: string): Promise<TestApp> {
  const app = await startTestApp({ env: WECHAT_ENV, wechatPuppet: world.puppet, dataDir });
  await world.login(app.app.wechat!);
  return app;
}

describe('WeChat through Wechaty (wechaty-puppet-mock)', () => {
  it('runs a whole Chinese conversation to a stored ticket, with numbered choices answered by number', async () => {
    const world = new MockWechat();
    const fang = world.contact('wxid_wangfang', '王芳');
    server = await startOn(world);
    const wechat = server.app.wechat!;
    const replies = inbox(fang);
    const turn = async (text: string) => {
      const before = replies.length;
      await say(wechat, fang, text, world.botUser);
      return replies.slice(before).join('\n');
    };

    expect(await turn('我家洗衣机不排水了，桶里全是水')).toMatch(/洗衣机不排水[\s\S]*第 1 步/);
    let reply = '';
    for (let i = 0; i < 8 && !/登记维修/.test(reply); i += 1) reply = await turn('还是不行');
    // The nickname is offered as a numbered choice; "1" picks it.
    expect(reply).toMatch(/怎么称呼[\s\S]*回复数字选择：\n1\. 王芳/);
    expect(await turn('1')).toMatch(/电话/);
    expect(await turn('139 1234 5678')).toMatch(/型号/);
    expect(await turn('XQG100-D3')).toMatch(/什么时候买/);
    expect(await turn('今年3月')).toMatch(/保修期内[\s\S]*地址/);
    expect(await turn('上海市浦东新区张江路88号3栋502')).toMatch(/什么时候上门/);
    expect(await turn('后天下午')).toMatch(/139\*\*\*\*5678[\s\S]*XQG100-D3[\s\S]*回复数字选择：\n1\. 确认\n2\. 修改/);
    const booked = await turn('1');
    const id = booked.match(/RT-\d{8}-\d{4}/)?.[0];
    expect(id).toBeDefined();
    // The rating choices are numbers themselves: "5" means five stars, not the fifth choice.
    expect(booked).toMatch(/打个分[\s\S]*（5 \/ 4 \/ 3 \/ 2 \/ 1）/);
    expect(await turn('5')).toMatch(/谢谢您的认可/);

    const stored = await server.app.stores.tickets.get(id!);
    expect(stored).toMatchObject({
      status: 'open', name: '王芳', phone: '+8613912345678', model: 'XQG100-D3', warranty: 'in', region: '上海', rating: 5,
      customer: { channel: 'wechat', userId: 'wxid_wangfang', conversationId: 'wxid_wangfang' },
    });
  });

  it('answers a message the puppet delivers twice (same message id) once', async () => {
    const world = new MockWechat();
    const li = world.contact('wxid_lilei', '李雷');
    server = await startOn(world);
    const wechat = server.app.wechat!;
    const replies = inbox(li);
    let messageId = '';
    wechat.wechaty.once('message', (message) => { messageId = message.id; });
    await say(wechat, li, '空调不制冷', world.botUser);
    const answered = replies.length;
    expect(answered).toBeGreaterThan(0);
    expect(replies.join('\n')).toMatch(/空调/);

    await redeliver(world, wechat, messageId);
    expect(replies.length).toBe(answered);
  });

  it('delivers proactive messages (ticket progress, an agent\'s reply) to the customer\'s private chat', async () => {
    const world = new MockWechat();
    const zhou = world.contact('wxid_zhou', '周宁');
    server = await startOn(world);
    const replies = inbox(zhou);
    const customer = { channel: 'wechat', userId: 'wxid_zhou', conversationId: 'wxid_zhou' };

    await server.app.messenger.send(customer, { text: '您的工单已派给工程师，明天上午上门。方便吗？', sender: { kind: 'bot' }, suggestions: ['方便', '改时间'] });
    await server.app.messenger.send(customer, { text: '您好，我是李工，明早9点到。', sender: { kind: 'agent', id: 'li', name: '李工' } });

    expect(replies).toEqual([
      '您的工单已派给工程师，明天上午上门。方便吗？\n回复数字选择：\n1. 方便\n2. 改时间',
      '李工：您好，我是李工，明早9点到。',
    ]);
    const transcript = await server.app.stores.transcripts.read('wechat:wxid_zhou');
    expect(transcript.map((entry) => entry.from)).toEqual(['bot', 'agent:li']);
  });

  it('continues the conversation after the Wechaty instance restarts mid-intake', async () => {
    const first = new MockWechat();
    const fang = first.contact('wxid_restart', '王芳');
    server = await startOn(first);
    const before = inbox(fang);
    await say(server.app.wechat!, fang, '我家洗衣机不排水了，桶里全是水', first.botUser);
    let reply = before.join('\n');
    for (let i = 0; i < 8 && !/怎么称呼/.test(reply); i += 1) {
      const count = before.length;
      await say(server.app.wechat!, fang, '还是不行', first.botUser);
      reply = before.slice(count).join('\n');
    }
    expect(reply).toMatch(/怎么称呼/);
    const dataDir = server.dataDir;
    await server.close({ keepData: true });

    // 1. A new process, a new puppet session; WeChat ids stay the same across logins.
    const second = new MockWechat();
    const again = second.contact('wxid_restart', '王芳');
    server = await startOn(second, dataDir);
    const after = inbox(again);
    await say(server.app.wechat!, again, '1', second.botUser);
    // 2. "1" still means the nickname offered before the restart, and the intake goes on to the phone.
    expect(after.join('\n')).toMatch(/电话/);
    const transcript = await server.app.stores.transcripts.read('wechat:wxid_restart');
    expect(transcript.filter((entry) => entry.from === 'customer').at(-1)?.text).toBe('王芳');
  });
});
