import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock.js';
import { openTicket } from '../../src/tickets/open-ticket.js';
import type { Ticket } from '../../src/tickets/ticket.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { MockWechat, inbox, nextSaid, say } from '../helpers/wechat-mock.js';
import { SLA, sampleTicket } from '../unit/tickets/sla-fixture.js';
import { api, ENGINEERS, VISIT_ENV } from '../integration/visit/visit-fixture.js';

/**
 * Issue 16's sign-off on WeChat, end to end: a real Wechaty on wechaty-puppet-mock, the engineer's
 * moves over the staff API, the question and its answer in the customer's private chat.
 */
describe('the repair sign-off on WeChat (Wechaty on wechaty-puppet-mock)', () => {
  const world = new MockWechat();
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp({ env: { WECHAT_ENABLED: 'true', ...VISIT_ENV }, wechatPuppet: world.puppet, startSlaClock: false, startIdleSweep: false });
    await world.login(server.app.wechat!);
  });
  afterAll(async () => { await server?.close(); });

  /** A WeChat customer's ticket of the Shanghai service point, dispatched and repaired by engineer wu; resolves when the question has arrived. */
  async function repairedTicket(contactId: string, contact: ReturnType<MockWechat['contact']>): Promise<{ ticket: Ticket; question: string }> {
    const customer = { channel: 'wechat', userId: contactId, conversationId: contactId };
    const opened = await openTicket(sampleTicket({ customer }), {
      store: server.app.stores.tickets, clock: systemClock, sla: SLA, timeZone: 'Asia/Shanghai', schedule: server.app.stores.slaSchedule,
    });
    const call = api(server);
    expect((await call('POST', `/api/tickets/${opened.id}/transitions`, ENGINEERS.admin, { to: 'dispatched' })).status).toBe(200);
    for (const move of ['on-the-way', 'arrived']) expect((await call('POST', `/api/tickets/${opened.id}/visit`, ENGINEERS.wu, { move })).status).toBe(200);
    const asked = nextSaid(contact, /问题解决了吗/);
    const repaired = await call('POST', `/api/tickets/${opened.id}/visit`, ENGINEERS.wu, { move: 'repaired', note: '更换排水泵' });
    expect(repaired.body.status).toBe('awaiting_confirmation');
    return { ticket: repaired.body, question: await asked };
  }

  it('asks the customer on WeChat; "1" (fixed) closes the ticket by the customer and the survey follows, stored on the ticket', async () => {
    const fang = world.contact('wxid_fang_signoff', '王芳');
    const replies = inbox(fang);
    const { ticket, question } = await repairedTicket('wxid_fang_signoff', fang);
    // The buttons become numbered choices on WeChat.
    expect(question).toMatch(/回复数字选择：\n1\. 已修好\n2\. 还没修好/);
    const turn = async (text: string) => {
      const before = replies.length;
      await say(server.app.wechat!, fang, text, world.botUser);
      return replies.slice(before).join('\n');
    };

    const confirmed = await turn('1');
    expect(confirmed).toMatch(/感谢您的确认[\s\S]*响应速度/);
    expect(await server.app.stores.tickets.get(ticket.id)).toMatchObject({ status: 'closed', signOff: { answer: 'confirmed' } });
    expect(await turn('5')).toMatch(/服务态度/);
    expect(await turn('4')).toMatch(/解决效率/);
    expect(await turn('5')).toMatch(/总体满意度/);
    expect(await turn('5')).toMatch(/想对我们说/);
    expect(await turn('跳过')).toMatch(/谢谢您的评价/);
    const closed = await server.app.stores.tickets.get(ticket.id);
    expect(closed).toMatchObject({ survey: { speed: 5, attitude: 4, efficiency: 5, overall: 5 } });
    expect(closed?.history.find((entry) => entry.to === 'closed')).toMatchObject({ by: 'customer:wxid_fang_signoff' });
  });

  it('reopens the ticket with priority and a repeat-repair strike when the customer says it is still broken, and asks no survey', async () => {
    const lei = world.contact('wxid_lei_signoff', '李雷');
    const replies = inbox(lei);
    const { ticket } = await repairedTicket('wxid_lei_signoff', lei);
    const before = replies.length;
    await say(server.app.wechat!, lei, '还没修好，还是不排水', world.botUser);
    const answer = replies.slice(before).join('\n');
    expect(answer).toMatch(/非常抱歉没能一次修好/);
    expect(answer).not.toMatch(/打个分|响应速度/);
    expect(await server.app.stores.tickets.get(ticket.id)).toMatchObject({ status: 'reopened', priority: 'urgent', repeatRepairs: 1, signOff: { answer: 'denied' } });
  });
});
