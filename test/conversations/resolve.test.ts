import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { talk } from '../helpers/talk.js';

let env: TestBot;
beforeAll(async () => { env = await createTestBot(); });
afterAll(async () => { await env.close(); });

// ConversationState's storage key: `${channelId}/conversations/${conversationId}/` (trailing slash included).
const profileOf = async (conversationId: string) => {
  const key = `test/conversations/${conversationId}/`;
  return (await env.stores.storage.read([key]))[key]?.profile as Record<string, unknown>;
};

describe('step 4: resolve — one step at a time', () => {
  it('walks the steps, shows a step\'s "if that fails" before moving on, and books a repair after the last', async () => {
    await talk(env).user('洗衣机不脱水').expectReply(/第 1 步（共 5 步）/, /解决了吗/).expectButtons('解决了', '还不行', '要上门维修')
      .user('还是不行').expectReply(/第 2 步（共 5 步）/)
      .user('还是不行').expectReply(/"大件"或"被子"程序/, /这样试过之后呢/)
      .user('还是不行').expectReply(/第 3 步/)
      // Step 4 differs between front- and top-loaders: asked once, just before it.
      .user('还是不行').expectReply(/滚筒的（前面开门）还是波轮的（上面开盖）/)
      .user('波轮').expectReply(/第 4 步（共 5 步）：把上盖盖严/)
      .user('还是不行').expectReply(/第 5 步/)
      .user('还是不行').expectReply(/需要工程师上门检查/, /怎么称呼/);
  });

  it('a step half-fixed or not known yet is understood: the customer is told what each answer does, and a second such reply moves on', async () => {
    await talk(env).user('洗衣机不脱水').expectReply(/第 1 步（共 5 步）/)
      .user('好一点了 但是还有点湿').expectReply(/收到/, /回复“还不行”/).expectReply(/第 1 步（共 5 步）/)
      .user('等会再看看').expectReply(/先算没解决/, /第 2 步（共 5 步）/);
  });

  it('goes to the repair intake at once when the customer asks for it', async () => {
    await talk(env).user('洗衣机不排水').user('要上门维修').expectReply(/怎么称呼/);
  });

  it('gives safety advice at once for a gas smell and opens an urgent ticket with only name, phone and address', async () => {
    const { ticket } = await talk(env).user('闻到煤气味')
      .expectReply(/⚠️ 这是安全问题/, /不要开关任何电器/, /加急上门/, /怎么称呼/)
      .user('张三').expectReply(/电话/)
      .user('13912345678').expectReply(/地址/)
      .user('北京市朝阳区建国路1号').expectReply(/核对/)
      .user('确认').expectReply(/加急维修单/, /2 小时内上门/)
      .expectTicket();
    expect(ticket).toMatchObject({ priority: 'urgent', name: '张三', phone: '+8613912345678', region: '北京', model: 'unknown' });
    expect(ticket?.purchaseDate).toBeUndefined();
    expect(Date.parse(ticket!.onSiteDueAt) - Date.parse(ticket!.createdAt)).toBe(2 * 3600_000);
  });
});

describe('steps 5 and 6: thank, rating, upsell', () => {
  it('thanks, stores the rating, offers one extra and takes "no" gracefully', async () => {
    const c = talk(env).user('洗衣机不排水').user('解决了').expectReply(/太好了/, /打个分/)
      .user('4').expectReply(/谢谢您的认可/, /上门深度清洁/)
      .user('不用了').expectReply(/好的，明白/, /祝您生活愉快/).expectNoReplyLike(/已经停下/);
    await c;
    expect(await profileOf(c.who.conversationId)).toMatchObject({ rating: 4, upsellOffered: true, upsellAccepted: false });
  });

  it('offers the extra only once per conversation', async () => {
    const { all } = await talk(env).user('洗衣机不排水').user('解决了').user('5').user('好的')
      .user('洗衣机不排水').user('解决了').user('5').expectNoReplyLike(/另外顺便提一句/);
    expect(all.filter((text) => /另外顺便提一句/.test(text))).toHaveLength(1);
  });

  it.each(['1', '2'])('never offers an extra after a rating of %s', async (rating) => {
    await talk(env).user('洗衣机不排水').user('解决了').user(rating)
      .expectReply(/很抱歉这次没让您满意/).expectNoReplyLike(/另外/);
  });

  it('stores the rating on the ticket when the chat ended in one', async () => {
    const c = talk(env).user('洗衣机不排水').user('要上门维修').user('王芳').user('13912345678').user('XQG100-D3')
      .user('今年3月').user('上海市浦东新区张江路88号').user('后天下午').user('确认').expectTicket().user('5');
    const { ticketId } = await c;
    expect((await env.stores.tickets.get(ticketId!))?.rating).toBe(5);
    expect(await profileOf(c.who.conversationId)).toMatchObject({ rating: 5, ticketIds: [ticketId] });
  });

  it('says thanks in English and accepts the offer', async () => {
    await talk(env, { locale: 'en-US' }).user('my washing machine won\'t drain').user('fixed').expectReply(/rate this help/)
      .user('5').expectReply(/deep clean/).user('yes').expectReply(/a colleague will get in touch/);
  });
});
