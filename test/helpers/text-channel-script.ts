import { expect, it } from 'vitest';
import type { TestApp } from './test-app.js';
import { api, ENGINEERS } from '../integration/visit/visit-fixture.js';

/**
 * The six-step script as a customer types it on a text channel (Official Account, WeCom): a washer
 * that will not drain, the steps tried, details given, the visit booked in Shanghai. `say` sends
 * one message and resolves with everything the bot answered; resolves with the new ticket's id.
 */
export async function bookWasherRepairByChat(say: (text: string) => Promise<string>): Promise<string> {
  expect(await say('我家洗衣机不排水了，桶里全是水')).toMatch(/洗衣机不排水[\s\S]*第 1 步/);
  let reply = '';
  for (let i = 0; i < 8 && !/登记维修/.test(reply); i += 1) reply = await say('还是不行');
  expect(reply).toMatch(/怎么称呼/);
  expect(await say('王芳')).toMatch(/电话/);
  expect(await say('139 1234 5678')).toMatch(/型号/);
  expect(await say('XQG100-D3')).toMatch(/什么时候买/);
  expect(await say('今年3月')).toMatch(/保修期内[\s\S]*地址/);
  expect(await say('上海市浦东新区张江路88号3栋502')).toMatch(/什么时候上门/);
  expect(await say('后天下午')).toMatch(/回复数字选择：\n1\. 确认\n2\. 修改/);
  const id = (await say('1')).match(/RT-\d{8}-\d{4}/)?.[0];
  expect(id).toBeDefined();
  return id!;
}

/**
 * The admin dispatches the ticket and engineer wu (SP-Shanghai, VISIT_ENV) goes, arrives and marks it
 * repaired over the staff API, which puts it to the customer for sign-off.
 */
async function repairOverStaffApi(server: TestApp, ticketId: string): Promise<void> {
  const call = api(server);
  expect((await call('POST', `/api/tickets/${ticketId}/transitions`, ENGINEERS.admin, { to: 'dispatched' })).status).toBe(200);
  for (const move of ['on-the-way', 'arrived']) expect((await call('POST', `/api/tickets/${ticketId}/visit`, ENGINEERS.wu, { move })).status).toBe(200);
  const repaired = await call('POST', `/api/tickets/${ticketId}/visit`, ENGINEERS.wu, { move: 'repaired', note: '更换排水泵' });
  expect([repaired.status, repaired.body.status]).toEqual([200, 'awaiting_confirmation']);
}

export interface SignOffChannel {
  /** One customer message through the channel, and everything the bot answered it. */
  say: (userId: string, text: string) => Promise<string>;
  /** What the channel's proactive path (the stand-in's send API) carried to the customer so far, in order. */
  sentTo: (userId: string) => string[];
  server: () => TestApp;
}

/** The sign-off's two answers, as each text channel must carry them: "1" closes and starts the survey, "still broken" reopens. */
export function signOffCases(channel: SignOffChannel, users: { yes: string; no: string }): void {
  /** Books, has the repair marked done, and checks the question came through the proactive path. */
  const asked = async (userId: string): Promise<{ id: string }> => {
    const id = await bookWasherRepairByChat((text) => channel.say(userId, text));
    const before = channel.sentTo(userId).length;
    await repairOverStaffApi(channel.server(), id);
    expect(channel.sentTo(userId).slice(before).join('\n')).toMatch(/问题解决了吗[\s\S]*回复数字选择：\n1\. 已修好\n2\. 还没修好/);
    return { id };
  };

  it('asks the customer on the channel; "1" closes the ticket and the survey\'s first question follows', async () => {
    const { id } = await asked(users.yes);
    expect(await channel.say(users.yes, '1')).toMatch(/感谢您的确认[\s\S]*响应速度/);
    expect(await channel.server().app.stores.tickets.get(id)).toMatchObject({ status: 'closed', signOff: { answer: 'confirmed' } });
  });

  it('reopens the ticket when the customer answers it is still broken, and asks no survey', async () => {
    const { id } = await asked(users.no);
    const answer = await channel.say(users.no, '还没修好，还是不排水');
    expect(answer).toMatch(/非常抱歉没能一次修好/);
    expect(answer).not.toMatch(/响应速度/);
    expect(await channel.server().app.stores.tickets.get(id)).toMatchObject({ status: 'reopened', signOff: { answer: 'denied' } });
  });
}
