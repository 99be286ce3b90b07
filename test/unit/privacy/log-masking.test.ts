import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { maskedLogOptions } from '../../../src/log-masking.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
  return { log: pino(maskedLogOptions('info'), stream), lines };
}

describe('masked JSON logs', () => {
  it('redacts personal fields and masks personal data inside free text', () => {
    const { log, lines } = capture();
    log.info({ conversationId: 'c-1', text: '我叫张伟，电话13800138000，住在上海市浦东新区世纪大道100号', ticket: { phone: '13800138000', name: '张伟', address: '上海' } }, 'turn.received');
    const line = lines.join('');
    expect(line).not.toMatch(/13800138000|张伟|世纪大道/);
    expect(JSON.parse(line)).toMatchObject({ conversationId: 'c-1', msg: 'turn.received', ticket: { phone: '[redacted]', name: '[redacted]' } });
  });

  it('masks an error message that quotes a customer', () => {
    const { log, lines } = capture();
    log.error({ err: new Error('bad phone 13912345678') }, 'ticket.failed');
    expect(lines.join('')).not.toContain('13912345678');
    expect(lines.join('')).toContain('[phone]');
  });
});
