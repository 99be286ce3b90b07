import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { talk } from '../helpers/talk.js';

let env: TestBot;
beforeAll(async () => { env = await createTestBot(); });
afterAll(async () => { await env.close(); });

/** What a top-loader customer is told about in washer-not-draining, and a front-loader customer is not. */
const TOP_LOADER_STEP = /波轮|线屑过滤网|top-loader|top loader|lint filter/i;
const FRONT_LOADER_STEP = /前下方的小盖板|拧出过滤器|flap at the bottom front|unscrew the filter/i;

/** The step messages only: the question itself names both kinds. */
const stepsIn = (all: string[]) => all.filter((text) => /第 \d+ 步|Step \d+ of/.test(text)).join('\n');

describe('steps that fit the customer\'s kind of product', () => {
  it('never shows a top-loader step to a customer who said front-loading, and stores the kind on the ticket', async () => {
    const { all, ticket } = await talk(env).user('我家滚筒洗衣机不排水').expectReply(/第 1 步（共 4 步）/)
      .user('还是不行').expectReply(/第 2 步（共 4 步）：清理排水过滤器/)
      .user('还是不行').expectReply(/第 3 步（共 4 步）/)
      .user('还是不行').expectReply(/第 4 步（共 4 步）/)
      .user('还是不行').expectReply(/需要工程师上门检查/, /怎么称呼/)
      .user('王芳').user('13912345678').user('XQG100-D3').user('今年3月').user('上海市浦东新区张江路88号').user('后天下午')
      .user('确认').expectTicket();
    expect(stepsIn(all)).not.toMatch(TOP_LOADER_STEP);
    expect(all.join('\n')).not.toMatch(/滚筒的（前面开门）还是/);
    expect(ticket).toMatchObject({ product: 'washing-machine', variant: 'front-loader' });
  });

  it('reads the kind in English too, from anywhere in the conversation', async () => {
    const { all } = await talk(env, { locale: 'en-US' }).user('my washer won\'t drain').expectReply(/Step 1 of 4/)
      .user('still not working, and it\'s a front-loading one by the way').expectReply(/Step 2 of 4: Clean the drain filter/)
      .user('still not working').expectReply(/Step 3 of 4/);
    expect(stepsIn(all)).not.toMatch(TOP_LOADER_STEP);
  });

  it('asks once, with buttons, and the answer picks the steps (zh)', async () => {
    const { all } = await talk(env).user('洗衣机不排水').expectReply(/第 1 步（共 4 步）/)
      .user('还是不行').expectReply('您家的洗衣机是滚筒的（前面开门）还是波轮的（上面开盖）？两种接下来的做法不一样。')
      .expectButtons('滚筒的（前面开门）', '波轮的（上面开盖）', '不确定')
      .user('波轮的（上面开盖）').expectReply(/第 2 步（共 4 步）：波轮机（如 XQB80-T2）的排水口在桶底/)
      .user('还是不行').expectReply(/第 3 步（共 4 步）/)
      // A second washer problem in the same conversation: the kind is remembered, not asked again.
      .user('解决了').user('5').user('不用了')
      .user('洗衣机不脱水').user('还是不行').user('还是不行').user('还是不行').user('还是不行')
      .expectReply(/第 4 步（共 5 步）：把上盖盖严/);
    expect(stepsIn(all)).not.toMatch(FRONT_LOADER_STEP);
    expect(all.filter((text) => /还是波轮的/.test(text))).toHaveLength(1);
  });

  it('asks once and follows the answer in the customer\'s own words (en)', async () => {
    const { all } = await talk(env, { locale: 'en-US' }).user('washing machine won\'t drain').expectReply(/Step 1 of 4/)
      .user('still not working').expectReply(/Is it a front-loader \(door on the front\) or a top-loader \(lid on top\)\?/)
      .expectButtons('Front-loader (door on the front)', 'Top-loader (lid on top)', 'Not sure')
      .user('the kind you open from the top').expectReply(/Step 2 of 4: A top-loader \(XQB80-T2\) drains from the bottom/);
    expect(stepsIn(all)).not.toMatch(FRONT_LOADER_STEP);
  });

  it.each([
    ['zh', '不确定', /没关系，我先说各种机型都适用的办法/, /第 2 步（共 3 步）：插上电源/],
    ['en', 'Not sure', /I’ll stick to the steps that work for every kind/, /Step 2 of 3: Plug back in/],
  ] as const)('shows only the steps for every kind when the customer is not sure (%s)', async (language, answer, calm, next) => {
    const who = language === 'en' ? { locale: 'en-US' } : {};
    const opening = language === 'en' ? 'washing machine won\'t drain' : '洗衣机不排水';
    const notYet = language === 'en' ? 'still not working' : '还是不行';
    const { all } = await talk(env, who).user(opening).user(notYet).user(answer).expectReply(calm, next)
      .user(notYet).expectReply(language === 'en' ? /Step 3 of 3/ : /第 3 步（共 3 步）/);
    expect(stepsIn(all)).not.toMatch(TOP_LOADER_STEP);
    expect(stepsIn(all)).not.toMatch(FRONT_LOADER_STEP);
  });

  it('asks first when the kinds\' fixes differ in length, and walks the electric heater\'s steps', async () => {
    const { all } = await talk(env).user('热水器有异响')
      .expectReply('您家的热水器是燃气的还是电的？两种接下来的做法不一样。').expectButtons('燃气热水器', '电热水器', '不确定')
      .user('电的').expectReply(/第 1 步（共 5 步）：电热水器（DSZF-60）/)
      .user('还是不行').expectReply(/第 2 步（共 5 步）/);
    expect(stepsIn(all)).not.toMatch(/燃气/);
  });
});
