import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KfMessageSchema } from '../../../../src/channels/wecom-kf/kf-message.js';
import { kfConversationId, kfCustomerOf, toInbound } from '../../../../src/channels/wecom-kf/to-activity.js';

const page = JSON.parse(readFileSync('test/fixtures/wecom-kf/sync-msg-page.json', 'utf8')) as { msg_list: unknown[] };
const messages = page.msg_list.map((item) => KfMessageSchema.parse(item));
const read: string[] = [];
const inbound = messages.map((message) => toInbound(message, (mediaId) => ({ read: async () => { read.push(mediaId); return Buffer.from('x'); } })));
const KFID = 'wkAJ2GCAAASSm4_FhToWMFea0xAFfd3Q';
const CUSTOMER = `${KFID}:wmAJ2GCAAAme1XQRC-NI-q0_ZM9ukoAw`;

describe('a sync_msg page → what each message means', () => {
  it('makes a customer\'s text a message from account:customer, its msgid the delivery id', () => {
    expect(inbound[0]).toEqual({ kind: 'turn', activity: expect.objectContaining({
      type: 'message', id: 'from_msgid_4622416642169452483', channelId: 'wecom-kf', text: '洗衣机不排水了',
      conversation: expect.objectContaining({ id: CUSTOMER }), from: expect.objectContaining({ id: CUSTOMER }),
    }) });
  });

  it('reads a tapped menu choice by its words', () => {
    expect(inbound[1]).toMatchObject({ kind: 'turn', activity: { text: '要上门维修' } });
  });

  it('attaches pictures and voice, fetched by media_id only when the bot reads them', async () => {
    expect(inbound[2]).toMatchObject({ kind: 'turn', activity: { text: '', attachments: [{ contentType: 'image/jpeg', name: 'from_msgid_4622416642169452485.jpg' }] } });
    expect(inbound[3]).toMatchObject({ kind: 'turn', activity: { attachments: [{ contentType: 'audio/amr' }] } });
    expect(read).toEqual([]);
    const file = (inbound[2] as { activity: { attachments: { content: { read(): Promise<Buffer> } }[] } }).activity.attachments[0].content;
    await file.read();
    expect(read).toEqual(['2iSLeVyqzk4eX0IB5kTi9Ljfa2rt9dwfq5WKRQ4Nvvgw']);
  });

  it('passes a location on as a kind of message the bot says it cannot read', () => {
    expect(inbound[4]).toMatchObject({ kind: 'turn', activity: { attachments: [{ contentType: 'application/vnd.wecom.location' }] } });
  });

  it('makes enter_session a customer joining, with the welcome code', () => {
    expect(inbound[5]).toMatchObject({
      kind: 'turn', welcomeCode: 'aaaaaa',
      activity: { type: 'conversationUpdate', conversation: { id: `${KFID}:wmAJ2GCAAAQqUhwcSjTwYp-GedXX2jWA` } },
    });
  });

  it('reports session changes and refused sends, and ignores what a WeCom 接待人员 wrote', () => {
    expect(inbound[6]).toEqual({ kind: 'session-change', conversationId: CUSTOMER, changeType: 3, servicerUserId: undefined });
    expect(inbound[7]).toEqual({ kind: 'send-failed', conversationId: CUSTOMER, failedMsgId: 'xxxxxx', failType: 4 });
    expect(inbound[8]).toBeUndefined();
  });

  it('splits a conversation id back into account and customer', () => {
    expect(kfCustomerOf(kfConversationId('wk1', 'wm2'))).toEqual({ openKfId: 'wk1', externalUserId: 'wm2' });
    expect(kfCustomerOf('no-separator')).toBeUndefined();
  });
});
