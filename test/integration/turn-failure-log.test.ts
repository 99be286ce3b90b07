import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { maskedLogOptions } from '../../src/log-masking.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { WebChatClient } from '../helpers/web-chat-client.js';

/** Issue 17, item 4: a turn that fails mid-intake logs what failed, never what the customer told the intake. */

const NAME = '欧阳靖雯';
const PHONE = '13912345678';
const STREET = '张江路88号';

describe('a turn that fails during the intake', () => {
  const lines: string[] = [];
  let server: TestApp;
  beforeAll(async () => {
    const stream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
    server = await startTestApp({ clock: new ManualClock('2026-11-20T02:00:00.000Z'), startSlaClock: false, log: pino(maskedLogOptions('info'), stream) });
  });
  afterAll(async () => { await server?.close(); });

  it('logs the code and the dialog ids, and none of the name, phone or address', async () => {
    const customer = await WebChatClient.open(server.baseUrl);
    for (const text of ['洗衣机不排水', '要上门维修', NAME, PHONE, 'XQG100-D3', '今年3月', `上海市浦东新区${STREET}`]) await customer.send(text);
    // The store fails in a way nobody planned for, while the intake holds every answer in its state.
    server.app.stores.tickets.countBookedVisits = () => Promise.reject(new Error('disk on fire'));
    const apology = await customer.send('后天下午');
    expect(apology.map((a) => a.text).join('')).toMatch(/出了点问题/);

    const failed = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((record) => record.msg === 'turn.failed');
    expect(failed).toBeDefined();
    expect(failed!.dialogStack).toEqual(expect.arrayContaining([expect.any(String)]));
    expect((failed!.dialogStack as string[]).every((id) => /^[\w.-]+$/.test(id))).toBe(true);
    const everything = lines.join('\n');
    for (const secret of [NAME, PHONE, STREET, '张江路']) expect(everything).not.toContain(secret);
    await customer.close();
  });

  it('drops whatever lies past the depth limit instead of passing it on unmasked', () => {
    const deep: string[] = [];
    const stream = new Writable({ write(chunk, _encoding, done) { deep.push(String(chunk)); done(); } });
    const log = pino(maskedLogOptions('info'), stream);
    log.error({ a: { b: { c: { d: { e: { f: { g: { phone: PHONE, note: `${NAME} ${PHONE}` } } } } } } } }, 'deep');
    expect(deep.join('')).not.toContain(PHONE);
    expect(deep.join('')).toContain('[truncated]');
  });
});
