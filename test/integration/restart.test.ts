import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotFrameworkClient, texts } from '../helpers/bot-framework-client.js';
import { PROCESS_ADMIN_TOKEN, startBotProcess, type BotProcess } from '../helpers/bot-process.js';

let program: BotProcess;
// The real program, as `npm start` runs it, on the embedded store.
beforeAll(async () => { program = await startBotProcess({}); }, 90_000);
afterAll(async () => { await program?.destroy(); });

describe('a restart', () => {
  it('keeps the ticket and the conversation after the process is killed', { timeout: 120_000 }, async () => {
    const customer = new BotFrameworkClient(program.baseUrl, undefined, '王女士');
    await customer.send('洗衣机不排水');
    for (const answer of ['要上门维修', '王芳', '13912345678', 'XQG100-D3', '今年3月', '上海市浦东新区张江路88号', '后天下午']) await customer.send(answer);
    const id = texts(await customer.send('确认')).match(/RT-\d{8}-\d{4}/)?.[0];
    expect(id).toBeDefined();

    // 1. SIGKILL: no shutdown hook runs, so only what was already durable survives.
    await program.restart();

    const stored = await fetch(`${program.baseUrl}/api/tickets/${id}`, { headers: { authorization: `Bearer ${PROCESS_ADMIN_TOKEN}` } });
    expect(stored.status).toBe(200);
    expect(await stored.json()).toMatchObject({ id, name: '王芳', phone: '+8613912345678', status: 'open' });

    // 2. The conversation resumes where it was (the rating question), and knows the ticket.
    expect(texts(await customer.send('我的工单到哪了'))).toMatch(new RegExp(`${id}[\\s\\S]*已登记[\\s\\S]*打个分`));
    expect(texts(await customer.send('5'))).toMatch(/谢谢您的认可/);
  });
});
