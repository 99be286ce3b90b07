import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { silentLog } from '../../src/log.js';
import { createLanguageModel } from '../../src/kb/llm/create-language-model.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { talk } from '../helpers/talk.js';
import { startOpenAiStandIn, type OpenAiStandIn } from '../helpers/openai-stand-in.js';

const RAMBLING = '你好，我跟你说啊，上个月在你们店里买的那台机器，我婆婆一直说用着不习惯，昨天晚上我洗了一桶床单，洗完以后里面全是水，等了半天也不见少，衣服湿漉漉的拿出来滴水，我老公说是不是管子堵了，我也不懂，你们看怎么办吧';
const PHRASED_STEP_1 = '您先把洗衣机关掉，到后面看看排水管有没有压扁折弯、管口是不是泡在水里；弄顺了选“排水”试一下，一分钟内应该能听到流水声。';
const INVENTED_STEP_2 = '先拔掉电源，等水凉了打开小盖板清理过滤器。清不好的话我们免费上门，只收 50 元材料费。';

let standIn: OpenAiStandIn;
let withModel: TestBot;
let slowModel: TestBot;
let noModel: TestBot;
beforeAll(async () => {
  standIn = await startOpenAiStandIn();
  standIn.reply('婆婆', '洗衣机 不排水');
  standIn.reply('要改写的步骤：\n先关机', PHRASED_STEP_1);
  standIn.reply('要改写的步骤：\n滚筒机', INVENTED_STEP_2);
  const llm = (timeoutMs: string) => createLanguageModel(loadConfig({ LLM_BASE_URL: standIn.baseUrl, LLM_MODEL: 'stand-in', LLM_TIMEOUT_MS: timeoutMs }), silentLog);
  withModel = await createTestBot({ llm: llm('1500') });
  // Never answered by the stand-in's held endpoint below: every call ends in the timeout.
  slowModel = await createTestBot({ llm: llm('200') });
  noModel = await createTestBot();
});
afterAll(async () => {
  await Promise.all([withModel, slowModel, noModel].map((env) => env.close()));
  await standIn.close();
});

const rewriteRequests = () => standIn.requests.filter((r) => r.messages[0].content.includes('检索助手')).length;

describe('with the optional language model', () => {
  it('finds the article for a rambling message, asking the model once for the turn', async () => {
    const before = rewriteRequests();
    await talk(withModel).user(RAMBLING).expectReply(/“洗衣机不排水”的情况/, /第 1 步（共 4 步）/);
    expect(rewriteRequests() - before).toBe(1);
  });

  it('sends the grounded rephrasing, and the step as written when the rephrasing invents a fee', async () => {
    await talk(withModel).user('洗衣机不排水')
      .expectReply(`第 1 步（共 4 步）：${PHRASED_STEP_1}`)
      .user('还是不行').expectReply(/滚筒的（前面开门）还是波轮的（上面开盖）/)
      .user('滚筒的')
      .expectReply(/第 2 步（共 4 步）：清理排水过滤器（如 XQG100-D3）：先拔掉电源/)
      .expectNoReplyLike(/50 元|免费上门/);
  });
});

describe('without a model, or with one that does not answer', () => {
  it('asks for more about a rambling message, as the rules alone do', async () => {
    await talk(noModel).user(RAMBLING).expectReply(/收到，我来帮您看看/).expectNoReplyLike(/第 1 步/);
  });

  it('answers with the plain steps when the model times out', async () => {
    standIn.behave({ delayMs: Infinity });
    const before = standIn.requests.length;
    try {
      await talk(slowModel).user(RAMBLING).expectReply(/收到，我来帮您看看/).expectNoReplyLike(/第 1 步/);
      await talk(slowModel).user('洗衣机不排水').expectReply(/第 1 步（共 4 步）：先关机，看看机器后面的排水管/);
    } finally {
      standIn.behave({});
    }
    // The model was asked (a rewrite, then a phrasing) and never answered.
    expect(standIn.requests.length - before).toBe(2);
  });
});
