import { describe, expect, it } from 'vitest';
import { PassiveReply } from '../../../../src/channels/wechat-official/passive-reply.js';

function replyWith(maxChars = 600) {
  const sent: string[] = [];
  const errors: unknown[] = [];
  const reply = new PassiveReply(async (text) => {
    if (text === 'fails') throw new Error('api down');
    sent.push(text);
  }, (err) => errors.push(err), maxChars);
  return { reply, sent, errors };
}

describe('PassiveReply', () => {
  it('answers with the texts ready at the deadline while they fit one message, and sends the rest only after release, in order', async () => {
    const { reply, sent } = replyWith(12);
    reply.offer('您好！');
    reply.offer('洗衣机不排水');
    reply.offer('第 1 步：检查排水管');
    expect(reply.answer()).toBe('您好！\n\n洗衣机不排水');
    reply.offer('later');
    await reply.settled();
    // 1. Nothing goes through the API before the response has left.
    expect(sent).toEqual([]);
    reply.release();
    reply.offer('after release');
    await reply.settled();
    expect(sent).toEqual(['第 1 步：检查排水管', 'later', 'after release']);
  });

  it('answers nothing when nothing is ready, and only once', () => {
    const { reply } = replyWith();
    expect(reply.answer()).toBeUndefined();
    reply.offer('late');
    expect(reply.answer()).toBeUndefined();
  });

  it('reports a failed send and carries on with the next', async () => {
    const { reply, sent, errors } = replyWith();
    reply.answer();
    reply.release();
    reply.offer('fails');
    reply.offer('next');
    await reply.settled();
    expect([sent, errors.length]).toEqual([['next'], 1]);
  });
});
