import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { WebChatClient, textsOf } from '../helpers/web-chat-client.js';
import { STAFF, STAFF_TOKENS_ENV, staffClient } from '../helpers/staff.js';

let server: TestApp;
const open: WebChatClient[] = [];

beforeAll(async () => {
  // 21:30 in Shanghai, with the desk open 09:00-18:00.
  server = await startTestApp({
    clock: new ManualClock('2026-11-20T13:30:00Z'), startIdleSweep: false, startSlaClock: false,
    env: { STAFF_TOKENS: STAFF_TOKENS_ENV, WORKING_HOURS: '09:00-18:00' },
  });
});
afterAll(async () => {
  await Promise.all(open.map((client) => client.close()));
  await server?.close();
});

async function askAtNight(): Promise<WebChatClient> {
  const chat = await WebChatClient.open(server.baseUrl);
  open.push(chat);
  await chat.send('洗衣机不排水，已经试过清理过滤器');
  const replies = await chat.send('转人工');
  expect(textsOf(replies)).toMatch(/上班时间是每天 09:00-18:00（北京时间），现在没有同事在线/);
  expect(replies.at(-1)?.suggestions).toEqual(['登记维修工单', '上班后联系我']);
  return chat;
}

describe('asking for a person outside working hours', () => {
  it('keeps the request for a callback when the customer chooses to be contacted later', async () => {
    const chat = await askAtNight();
    expect(textsOf(await chat.send('上班后联系我'))).toMatch(/09:00 上班后会第一时间在这里联系您/);
    const queue = (await staffClient(server.baseUrl, STAFF.li).queue()).body.queue;
    expect(queue.some((entry) => entry.conversationId === chat.key)).toBe(true);
  });

  it('starts a repair ticket instead, and takes the conversation out of the queue', async () => {
    const chat = await askAtNight();
    const replies = textsOf(await chat.send('1'));
    expect(replies).toMatch(/登记维修需要几项信息/);
    const queue = (await staffClient(server.baseUrl, STAFF.li).queue()).body.queue;
    expect(queue.some((entry) => entry.conversationId === chat.key)).toBe(false);
  });
});
