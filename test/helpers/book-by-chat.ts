import { expect } from 'vitest';
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
export async function repairOverStaffApi(server: TestApp, ticketId: string): Promise<void> {
  const call = api(server);
  expect((await call('POST', `/api/tickets/${ticketId}/transitions`, ENGINEERS.admin, { to: 'dispatched' })).status).toBe(200);
  for (const move of ['on-the-way', 'arrived']) expect((await call('POST', `/api/tickets/${ticketId}/visit`, ENGINEERS.wu, { move })).status).toBe(200);
  const repaired = await call('POST', `/api/tickets/${ticketId}/visit`, ENGINEERS.wu, { move: 'repaired', note: '更换排水泵' });
  expect([repaired.status, repaired.body.status]).toEqual([200, 'awaiting_confirmation']);
}
