import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { talk, type Who } from '../helpers/talk.js';
import { seedTicket } from '../helpers/seed-ticket.js';

let env: TestBot;
beforeAll(async () => { env = await createTestBot(); });
afterAll(async () => { await env.close(); });

/** Through the script to the intake's first question (the customer asks for a visit at step 1). */
const atIntake = (who: Who = {}) => talk(env, who).user('洗衣机不排水').user('要上门维修').expectReply(/怎么称呼/);
const toAddress = () => atIntake().user('王芳').user('13912345678').user('XQG100-D3').user('今年3月').expectReply(/保修期内/, /地址/);

describe('repair-ticket intake', () => {
  it('asks each field once and books a ticket with its number and committed times', async () => {
    const { ticket } = await toAddress().user('上海市浦东新区张江路88号3栋502').expectReply(/什么时候上门/)
      .user('下周三下午').expectReply(/核对/, /139\*\*\*\*5678/, /11月25日下午/)
      .user('确认').expectReply(/单号 RT-20261120-\d{4}/, /2 小时内联系您/, /11月25日下午上门/, /维修免费/)
      .expectTicket();
    expect(ticket).toMatchObject({
      status: 'open', name: '王芳', phone: '+8613912345678', model: 'XQG100-D3', purchaseDate: '2026-03-01',
      warranty: 'in', region: '上海', visit: { date: '2026-11-25', period: 'afternoon' }, priority: 'normal',
    });
    expect(ticket!.id).toMatch(/^RT-\d{8}-\d{4}$/);
    expect(Date.parse(ticket!.responseDueAt) - Date.parse(ticket!.createdAt)).toBe(2 * 3600_000);
  });

  it.each([
    ['phone', ['王芳', '12345'], /号码好像不太对/, /联系电话/],
    ['purchase date in the future', ['王芳', '13912345678', 'XQG100-D3', '2027年5月'], /日期还没到/, /什么时候买/],
    ['next year', ['王芳', '13912345678', 'XQG100-D3', '明年3月'], /日期还没到/, /什么时候买/],
    ['unreadable purchase date', ['王芳', '13912345678', 'XQG100-D3', '随便什么时候'], /没看懂这个日期/, /什么时候买/],
    ['too-short address', ['王芳', '13912345678', 'XQG100-D3', '今年3月', '上海'], /地址再详细一点/, /上门地址/],
    ['visit time in the past', ['王芳', '13912345678', 'XQG100-D3', '今年3月', '上海市浦东新区张江路88号', '昨天'], /没能识别这个时间/, /什么时候上门/],
  ])('refuses a bad %s politely and asks the same field again', async (_field, answers, problem, question) => {
    const c = atIntake();
    for (const answer of answers) c.user(answer);
    await c.expectReply(problem, question);
  });

  it('answers a refusal to give the phone with what the number is for, asks again, and books once it is given', async () => {
    const { ticket } = await atIntake().user('王芳').user('不想留').expectReply(/号码只用于这次维修/, /联系电话/)
      .user('13912345678').expectReply(/型号/).user('XQG100-D3').user('今年3月').user('杭州市西湖区文三路90号').user('后天下午')
      .user('确认').expectTicket();
    expect(ticket?.phone).toBe('+8613912345678');
  });

  it('hands a customer who keeps refusing a required field to a person instead of asking forever', async () => {
    await atIntake().user('王芳').user('不告诉你').expectReply(/号码只用于这次维修/).user('不想给').user('no').user('不给你')
      .expectReply(/人工|同事|转接/);
  });

  it('keeps earlier answers after a bad one', async () => {
    await atIntake().user('王芳').user('12345').user('13912345678').user('XQG100-D3').user('2099年1月').user('今年3月')
      .user('上海市浦东新区张江路88号').user('明天上午')
      .expectReply(/姓名：王芳/, /139\*\*\*\*5678/, /XQG100-D3/, /2026-03/);
  });

  it('takes a correction at any point ("电话错了，是…") and keeps the question it was on', async () => {
    await atIntake().user('王芳').user('13912345678').user('电话错了，是13800001111').expectReply(/已更新/, /型号/)
      .user('XQG100-D3').user('今年3月').user('上海市浦东新区张江路88号').user('明天上午').expectReply(/138\*\*\*\*1111/);
  });

  it('changes a field from the summary, without the verb ending up in it', async () => {
    const { ticket } = await toAddress().user('上海市浦东新区张江路88号').user('明天上午')
      .user('修改').expectReply(/修改哪一项/).user('地址').expectReply(/上门地址/)
      .user('改成上海市徐汇区漕溪北路100号').expectReply(/地址：上海市徐汇区漕溪北路100号/)
      .user('确认').expectTicket();
    expect(ticket?.address).toBe('上海市徐汇区漕溪北路100号');
  });

  it('takes "change the address to …" in English', async () => {
    await talk(env).user('my washing machine won\'t drain').user('book a repair').user('Li Wei').user('13912345678').user('don\'t know')
      .user('May this year').expectReply(/good news/i, /address/)
      .user('Room 5, 88 Zhangjiang Road, Pudong, Shanghai').user('next Friday afternoon')
      .user('change the address to 12 Nanjing Road, Huangpu, Shanghai').expectReply(/updated/i, /Address: 12 Nanjing Road, Huangpu, Shanghai/, /2026-11-27 afternoon/);
  });

  it('keeps an English conversation in English when the customer pastes a Chinese name and address', async () => {
    await talk(env).user('my washing machine won\'t drain').user('book a repair').user('王芳').expectReply(/phone/i)
      .user('13912345678').user('don\'t know').user('May this year').expectReply(/address/i)
      .user('上海市浦东新区张江路88号3栋502').expectReply(/when/i)
      .user('next Friday afternoon').expectReply(/Please check the details/, /Address: 上海市浦东新区张江路88号3栋502/);
  });

  it('out of warranty: the customer accepts the quote and the ticket records it', async () => {
    const { ticket } = await atIntake().user('王芳').user('13912345678').user('XQG100-D3').user('2024年3月')
      .expectReply(/过了保修期/, /先给您报价/).expectButtons('可以', '不用了')
      .user('可以').expectReply(/上门地址/)
      .user('上海市浦东新区张江路88号').user('明天上午').expectReply(/已过保，先报价/)
      .user('确认').expectReply(/先报价/).expectTicket();
    expect(ticket).toMatchObject({ warranty: 'out', quoteAccepted: true });
  });

  it('out of warranty: "可以，检测大概多久？" accepts the quote and answers the question', async () => {
    const { ticket } = await atIntake().user('王芳').user('13912345678').user('XQG100-D3').user('2024年3月')
      .user('可以，检测大概多久？').expectReply(/小时内打电话/, /上门地址/)
      .user('上海市浦东新区张江路88号').user('明天上午')
      .user('确认').expectTicket();
    expect(ticket).toMatchObject({ warranty: 'out', quoteAccepted: true });
  });

  it('out of warranty: a different month said against the warranty corrects the purchase date, and the warranty is decided again', async () => {
    const { ticket } = await atIntake().user('王芳').user('13912345678').user('XQG100-D3').user('2024年3月')
      .expectReply(/过了保修期/)
      .user('过保了？不可能吧，我是今年三月才买的').expectReply(/保修期内/, /地址/)
      .user('上海市浦东新区张江路88号').user('明天上午')
      .user('确认').expectTicket();
    expect(ticket).toMatchObject({ warranty: 'in' });
  });

  it('out of warranty: the stored month said again with a dispute is a question about the warranty, answered', async () => {
    const { ticket } = await atIntake().user('王芳').user('13912345678').user('XQG100-D3').user('2024年3月')
      .user('过保了？我2024年3月买的啊').expectReply(/保修/).expectButtons('可以', '不用了')
      .user('可以').expectReply(/上门地址/)
      .user('上海市浦东新区张江路88号').user('后天下午')
      .user('确认').expectTicket();
    expect(ticket).toMatchObject({ warranty: 'out', quoteAccepted: true });
  });

  it('out of warranty: "不用了" declines the quote and no ticket is stored', async () => {
    const c = atIntake().user('王芳').user('13912345678').user('XQG100-D3').user('2024年3月')
      .user('不用了').expectReply(/先不安排上门/).expectNoReplyLike(/已经停下/);
    await c;
    expect(await env.stores.tickets.list({ customer: { channel: 'test', userId: c.who.userId } })).toEqual([]);
  });

  it('offers at least two other slots when the wanted one is full, and books the one chosen', async () => {
    for (let i = 0; i < env.policy.visitSlotCapacity; i += 1) await seedTicket(env, { visit: { date: '2026-11-26', period: 'morning' } });
    const { buttons, ...rest } = await toAddress().user('上海市浦东新区张江路88号').user('11月26日上午')
      .expectReply(/11月26日上午 在您那边已经约满了/);
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    expect(buttons.join()).not.toMatch(/11月26日上午/);
    expect(rest.replies.join()).toMatch(/1\. 11月26日下午/);
  });

  it('a customer who has to ask someone first is told there is no rush, and picks a slot after', async () => {
    const { ticket } = await toAddress().user('上海市浦东新区张江路88号').user('11月26日上午')
      .user('我得问问我老公哪天在家').expectReply(/不着急/).expectNoReplyLike(/没能识别这个时间/)
      .user('2').expectReply(/核对/).user('确认').expectTicket();
    expect(ticket?.visit).toEqual({ date: '2026-11-26', period: 'evening' });
  });

  it('books the alternative slot the customer picks', async () => {
    const { ticket } = await toAddress().user('上海市浦东新区张江路88号').user('11月26日上午')
      .user('2').expectReply(/核对/).user('确认').expectTicket();
    expect(ticket?.visit).toEqual({ date: '2026-11-26', period: 'evening' });
  });
});
