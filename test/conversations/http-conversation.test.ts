import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN_TOKEN, type TestApp } from '../helpers/test-app.js';
import { BotFrameworkClient, texts } from '../helpers/bot-framework-client.js';

let server: TestApp;
beforeAll(async () => { server = await startTestApp(); });
afterAll(async () => { await server.close(); });

async function ticket(id: string) {
  const response = await fetch(`${server.baseUrl}/api/tickets/${id}`, { headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('a whole conversation over POST /api/messages (expectReplies)', () => {
  it('runs the six steps in Chinese and ends in a stored ticket', async () => {
    const bot = new BotFrameworkClient(server.baseUrl, undefined, '王女士');
    expect(texts(await bot.join())).toMatch(/王女士您好/);
    expect(texts(await bot.send('我家洗衣机不排水了，桶里全是水'))).toMatch(/洗衣机不排水[\s\S]*第 1 步/);
    let reply = '';
    for (let i = 0; i < 8 && !/登记维修/.test(reply); i += 1) reply = texts(await bot.send('还是不行'));
    expect(reply).toMatch(/怎么称呼/);
    expect(texts(await bot.send('王芳'))).toMatch(/电话/);
    expect(texts(await bot.send('139 1234 5678'))).toMatch(/型号/);
    expect(texts(await bot.send('XQG100-D3'))).toMatch(/什么时候买/);
    expect(texts(await bot.send('今年3月'))).toMatch(/保修期内[\s\S]*地址/);
    expect(texts(await bot.send('上海市浦东新区张江路88号3栋502'))).toMatch(/什么时候上门/);
    const summary = texts(await bot.send('后天下午'));
    expect(summary).toMatch(/139\*\*\*\*5678[\s\S]*XQG100-D3[\s\S]*下午/);
    const booked = texts(await bot.send('确认'));
    const id = booked.match(/RT-\d{8}-\d{4}/)?.[0];
    expect(id).toBeDefined();
    expect(booked).toMatch(/2 小时内联系您/);
    expect(booked).toMatch(/打个分/);
    expect(texts(await bot.send('5'))).toMatch(/谢谢您的认可[\s\S]*(另外|祝您)/);

    const stored = await ticket(id!);
    expect(stored.status).toBe(200);
    expect(stored.body).toMatchObject({ id, status: 'open', name: '王芳', phone: '+8613912345678', model: 'XQG100-D3', warranty: 'in', region: '上海', product: 'washing-machine', rating: 5 });
  });

  it('runs the six steps in English, with a correction, and ends in a stored ticket', async () => {
    const bot = new BotFrameworkClient(server.baseUrl);
    expect(texts(await bot.send('my router keeps dropping wifi'))).toMatch(/Hi there[\s\S]*Wi-Fi[\s\S]*Step 1 of/);
    expect(texts(await bot.send('I want a technician to come'))).toMatch(/What name/);
    await bot.send('Li Wei');
    await bot.send('13912345678');
    await bot.send('AX3000');
    expect(texts(await bot.send('March 2025'))).toMatch(/past the warranty period/);
    expect(texts(await bot.send('phone is wrong, it is 13800001111'))).toMatch(/updated[\s\S]*past the warranty/);
    expect(texts(await bot.send('yes'))).toMatch(/address/);
    await bot.send('Room 502, 88 Zhangjiang Road, Pudong, Shanghai');
    expect(texts(await bot.send('tomorrow afternoon'))).toMatch(/138\*\*\*\*1111[\s\S]*quote first/);
    const booked = texts(await bot.send('confirm'));
    const id = booked.match(/RT-\d{8}-\d{4}/)?.[0];
    expect(booked).toMatch(/within 2 hours/);
    const stored = await ticket(id!);
    expect(stored.body).toMatchObject({ phone: '+8613800001111', warranty: 'out', quoteAccepted: true, language: 'en' });
  });

  it('answers "where is my ticket" only with the customer\'s own tickets', async () => {
    const stranger = new BotFrameworkClient(server.baseUrl);
    const list = await fetch(`${server.baseUrl}/api/tickets`, { headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } });
    const { tickets } = (await list.json()) as { tickets: { id: string }[] };
    expect(tickets.length).toBeGreaterThan(0);
    const reply = texts(await stranger.send(`我的工单 ${tickets[0].id} 到哪了`));
    expect(reply).toMatch(/没有查到单号/);
    expect(reply).not.toMatch(/工程师|已登记/);
  });

  it('handles a redelivered activity once', async () => {
    const bot = new BotFrameworkClient(server.baseUrl);
    const first = await bot.send('空调不制冷', 'same-id');
    const again = await bot.send('空调不制冷', 'same-id');
    expect(texts(first)).toMatch(/空调/);
    expect(again).toEqual([]);
  });
});
