import { describe, expect, it } from 'vitest';
import { Reconnector } from '../../../../src/channels/wechat/reconnect.js';

function recordingLog() {
  const entries: { level: string; message?: string; fields: Record<string, unknown> }[] = [];
  const at = (level: string) => (fields: object, message?: string) => { entries.push({ level, message, fields: fields as Record<string, unknown> }); };
  return { entries, log: { info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') } };
}

describe('Reconnector', () => {
  it('retries a failing start until it connects, logging every failure with its code', async () => {
    const { entries, log } = recordingLog();
    let failures = 2;
    const calls: string[] = [];
    const reconnector = new Reconnector({
      async open() { calls.push('open'); if (failures-- > 0) throw new Error('refused'); },
      async close() { calls.push('close'); },
    }, log, 'wechat', [1, 1]);

    await reconnector.connect();
    expect(calls).toEqual(['open', 'close', 'open', 'close', 'open']);
    expect(entries.filter((e) => e.message === 'channel.connect.failed').map((e) => e.fields.code)).toEqual(['CHANNEL_DISCONNECTED', 'CHANNEL_DISCONNECTED']);
    expect(entries.at(-1)).toMatchObject({ message: 'channel.connected', fields: { attempt: 3, reconnected: true } });
    await reconnector.stop();
  });

  it('reconnects after a drop, and stop() ends a wait without another attempt', async () => {
    const { entries, log } = recordingLog();
    let opens = 0;
    const reconnector = new Reconnector({ async open() { opens += 1; }, async close() {} }, log, 'wechat', [60_000]);
    await reconnector.connect();
    reconnector.reconnect('logout');
    expect(entries.at(-1)).toMatchObject({ level: 'warn', message: 'channel.disconnected', fields: { reason: 'logout' } });
    await reconnector.stop();
    expect(opens).toBe(1);
  });

  it('folds the errors the SDK reports during one attempt into that attempt\'s line, with a count', async () => {
    const { entries, log } = recordingLog();
    let failures = 1;
    const reconnector: Reconnector = new Reconnector({
      async open() {
        for (let i = 0; i < 12; i += 1) reconnector.noteError(new Error('14 UNAVAILABLE: connect ECONNREFUSED'));
        reconnector.noteError(new Error('Timeout after 5000 ms'));
        if (failures-- > 0) throw new Error('puppet did not start');
      },
      async close() {},
    }, log, 'wechat', [1, 1]);
    await reconnector.connect();
    expect(entries.map((e) => e.message)).toEqual(['channel.connect.failed', 'channel.connected']);
    expect(entries[0].fields).toMatchObject({
      attempt: 1, retryInMs: 1,
      errors: [{ message: '14 UNAVAILABLE: connect ECONNREFUSED', count: 12 }, { message: 'Timeout after 5000 ms', count: 1 }],
    });
    expect(entries[1].fields.errors).toEqual([{ message: '14 UNAVAILABLE: connect ECONNREFUSED', count: 12 }, { message: 'Timeout after 5000 ms', count: 1 }]);
    // Connected, an error is logged as it comes.
    reconnector.noteError(new Error('puppet hiccup'));
    expect(entries.at(-1)).toMatchObject({ level: 'error', message: 'channel.error' });
    await reconnector.stop();
  });
});
