/**
 * The two six-step conversations of test/conversations/http-conversation.test.ts, as a simulated
 * customer plays them: the same messages, answering whatever choice the bot offers on the way (a
 * close call between two articles, a full visit slot, the upsell) instead of failing, because under
 * load and with a 1,000-article base those prompts legitimately appear.
 */

/** One customer's side of a conversation; each call is one turn and resolves to the bot's reply text. */
export interface Talker {
  join(): Promise<string>;
  say(text: string): Promise<string>;
}

export class UnexpectedReply extends Error {
  constructor(readonly step: string, readonly reply: string) {
    super(`unexpected reply at ${step}: ${reply.slice(0, 200)}`);
  }
}

function expectReply(step: string, reply: string, pattern: RegExp): string {
  if (!pattern.test(reply)) throw new UnexpectedReply(step, reply);
  return reply;
}

const CHOICE = /回复数字|Reply with a number|reply with a number/;
const TICKET_ID = /RT-\d{8}-\d{4,6}/;

/** Picks the first offered option while the bot asks to choose (two close articles). */
async function pickFirstChoices(talker: Talker, reply: string): Promise<string> {
  for (let i = 0; i < 3 && CHOICE.test(reply); i += 1) reply = await talker.say('1');
  return reply;
}

/** Answers "still not working" (or picks the first offered article) until the bot starts the intake. */
async function untilIntake(talker: Talker, reply: string, notFixed: string, intake: RegExp): Promise<void> {
  for (let i = 0; i < 10; i += 1) {
    if (intake.test(reply)) return;
    reply = await talker.say(CHOICE.test(reply) ? '1' : notFixed);
  }
  throw new UnexpectedReply('steps', reply);
}

/** After the visit time: takes the first free slot when the wanted one is full, then confirms. */
async function confirmBooking(talker: Talker, reply: string, confirmWord: string, summary: RegExp): Promise<string> {
  if (CHOICE.test(reply) && !summary.test(reply)) reply = await talker.say('1');
  expectReply('summary', reply, summary);
  const booked = await talker.say(confirmWord);
  return expectReply('booked', booked, TICKET_ID).match(TICKET_ID)![0];
}

/** The Chinese washer conversation: greet → problem → steps → intake → confirm → rating → upsell. */
export async function chineseWasherConversation(talker: Talker): Promise<string> {
  expectReply('greet', await talker.join(), /您好/);
  const first = await talker.say('我家洗衣机不排水了，桶里全是水');
  await untilIntake(talker, first, '还是不行', /怎么称呼/);
  expectReply('name', await talker.say('王芳'), /电话/);
  expectReply('phone', await talker.say('139 1234 5678'), /型号/);
  expectReply('model', await talker.say('XQG100-D3'), /什么时候买/);
  expectReply('purchase', await talker.say('今年3月'), /地址/);
  expectReply('address', await talker.say('上海市浦东新区张江路88号3栋502'), /什么时候上门/);
  const ticketId = await confirmBooking(talker, await talker.say('后天下午'), '确认', /请核对/);
  const thanks = expectReply('rating', await talker.say('5'), /谢谢/);
  if (/另外/.test(thanks)) await talker.say('不用了，谢谢');
  return ticketId;
}

/** The English router conversation, with a correction on the way. */
export async function englishRouterConversation(talker: Talker): Promise<string> {
  const first = await talker.say('my router keeps dropping wifi');
  await pickFirstChoices(talker, expectReply('problem', first, /^Hi /));
  await untilIntake(talker, await talker.say('I want a technician to come'), 'still not working', /What name/);
  await talker.say('Li Wei');
  await talker.say('13912345678');
  await talker.say('AX3000');
  expectReply('purchase', await talker.say('March 2025'), /past the warranty period/);
  expectReply('correction', await talker.say('phone is wrong, it is 13800001111'), /updated/);
  expectReply('quote', await talker.say('yes'), /address/);
  await talker.say('Room 502, 88 Zhangjiang Road, Pudong, Shanghai');
  const ticketId = await confirmBooking(talker, await talker.say('tomorrow afternoon'), 'confirm', /Please check/);
  const thanks = expectReply('rating', await talker.say('5'), /[Tt]hank/);
  if (/One more thing/.test(thanks)) await talker.say('no thanks');
  return ticketId;
}

/** Alternates the two languages, so every run mixes them the same way. */
export function conversationFor(index: number): (talker: Talker) => Promise<string> {
  return index % 2 === 0 ? chineseWasherConversation : englishRouterConversation;
}

/**
 * The same customer messages as a flat list, for the echo bot (which cannot steer a conversation):
 * it gets requests of the same number, size and language mix.
 */
export const ECHO_SCRIPTS: readonly (readonly string[])[] = [
  ['我家洗衣机不排水了，桶里全是水', '还是不行', '还是不行', '还是不行', '王芳', '139 1234 5678', 'XQG100-D3', '今年3月',
    '上海市浦东新区张江路88号3栋502', '后天下午', '确认', '5', '不用了，谢谢'],
  ['my router keeps dropping wifi', 'I want a technician to come', 'Li Wei', '13912345678', 'AX3000', 'March 2025',
    'phone is wrong, it is 13800001111', 'yes', 'Room 502, 88 Zhangjiang Road, Pudong, Shanghai', 'tomorrow afternoon',
    'confirm', '5', 'no thanks'],
];
