import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.js';

const kind = (text: string) => understand(text, { prompt: 'step_result', today: '2026-11-18' }).kind;

/** How people report the outcome of a step, by construction: none of these replies is in the NLU batches. */
describe('step result: the general forms', () => {
  it.each([
    '好了', '好啦', '好咯', '好嘞', '可以了', '行了', '成了', '中了', '弄好了', '搞定了', '搞掂', '得咗', '好返晒', 'ok了', 'OK啦',
    '解决了', '没问题了', '正常了', '恢复了', '能用了', '能排水了', '能上网了', '能打印了', '有网了', '有热水了', '有信号了',
    '转起来了', '亮了', '不漏了', '不响了', '灯绿了', '绿灯了', '通了', '修好了', '好像好了', '应该好了', '貌似好了', '好了耶',
    '可以用了', '真的好了', '神了 好了', '好了 谢谢', '嗯 好了', '是的 好了', '对 解决了', '可以了欸', '修好了喔', '冇事喇',
    '可以用喇', '正常返了', '得喇', '搞定 多谢', '好了好了', '现在没问题了', '正常运行了', '恢复正常了', '不报错了', '没有异响了',
    'fixed', "it's fixed", 'works', 'works now', 'working', "it's working", 'that worked', 'worked', 'yes', 'yep', 'yes it did',
    'it did', 'that did it', 'did the trick', 'sorted', 'all sorted', 'solved', 'resolved', 'back to normal', 'all good now',
    'fine now', 'running again', 'up and running', 'draining now', 'light is green now', 'problem solved', 'no more leaking',
    'stopped leaking', 'brilliant, it works', 'yay it works', 'yess working', 'ya fixed', 'all fixed thanks', "that's done it",
  ])('fixed — %s', (text) => { expect(kind(text)).toBe('fixed'); });

  it.each([
    '没有', '没', '没好', '没用', '不行', '还是不行', '还不行', '还是那样', '老样子', '一样', '没变化', '没反应', '照旧', '依旧',
    '无效', '白弄了', '没效果', '不管用', '不好使', '不得行', '不中', '还是没水', '还在漏', '还漏', '还响', '还报错', '又坏了',
    '灯还是红的', '还亮红灯', '仍然不制冷', '依然不转', '没啥用', '没什么变化', '试了 没用', '做了 还是一样', '弄完了 还是老样子',
    '唔得', '都係唔得', '仲係唔得', '冇用', '仲係咁', '都係咁', '冇變', '仲未好', '未得', '冇反應', '照舊', '沒有欸',
    '還是不行耶', '沒用欸', '還是一樣', '不行欸', '还是不出水', '还是排不出去', '还是打不着火', '还是连不上',
    'no', 'nope', 'nah', "didn't work", "didn't help", 'no change', 'no difference', 'still not working', 'still the same',
    'same', 'same problem', 'same issue', 'still broken', 'still leaking', 'nothing', 'nothing happened', 'no luck', 'not working',
    "doesn't work", 'not fixed', 'same thing', 'made no difference', "didn't do anything", "didn't fix it", 'no good',
    "it's worse now", 'nope still dead', 'no joy', 'still no water', 'still blinking red', 'nah same as before',
  ])('not fixed — %s', (text) => { expect(kind(text)).toBe('not_fixed'); });

  it.each([
    '好一点了', '好些了', '有点改善', '稍微好点了', '时好时坏', '有时候行有时候不行', '偶尔还会', '说不好',
    '还没试', '等会看看', '还在等', '要等两个小时', '明天再看看', '好了一点 但还是慢', '改善了一些', '比之前好点',
    'a bit better', 'slightly better', 'somewhat', 'sort of', 'kinda', 'partly', 'sometimes', 'on and off', 'not sure yet',
    'too early to tell', 'will check later', 'still waiting', "haven't tried yet", 'better but not fixed', 'improved a bit',
    "i'll let you know tomorrow",
  ])('partial — %s', (text) => { expect(kind(text)).toBe('partial'); });

  it.each([
    '派人来吧', '上门修吧', '叫师傅来', '还是让师傅来吧', '约个师傅', '安排维修吧', '我要报修', '你们派个师傅过来', '还是不行 派人来',
    '唔得 派師傅嚟啦', 'send someone', 'send a tech', 'book a repair', 'get someone out', 'arrange an engineer', 'i need a technician',
    'still broken, can someone come out?', 'please send an engineer',
  ])('book repair — %s', (text) => { expect(kind(text)).toBe('book_repair'); });

  it.each([
    '在哪里', '哪个是过滤器', '怎么拧', '盖板怎么打开', '往哪边拧', '按哪个键', 'where is it', 'how do i open it', 'which button?',
    'where do i find the reset button', '拧不开 怎么办',
  ])('question — %s', (text) => { expect(kind(text)).toBe('question'); });
});

describe('step result: leaving words that report the step worked', () => {
  it.each([['没事了', 'fixed'], ['never mind, it works now', 'fixed'], ['算了 不修了', 'cancel'], ['算了 你们直接派人来吧', 'book_repair']] as const)(
    '%s → %s', (text, expected) => { expect(kind(text)).toBe(expected); });
});

describe('step result: constructions across regions', () => {
  it.each([
    ['还是打不着', 'not_fixed'], ['连不上', 'not_fixed'], ['转不动', 'not_fixed'], ['连上了', 'fixed'], ['排得出了 好了', 'fixed'],
    ['No joy I\u2019m afraid', 'not_fixed'], ['still playing up', 'not_fixed'], ['tripped again', 'not_fixed'], ['working a treat now', 'fixed'],
    ["that's done the trick", 'fixed'], ["she's right now mate", 'fixed'], ['still cactus', 'not_fixed'], ["it's stuffed", 'not_fixed'],
    ['now it drains', 'fixed'], ['it cools fine now', 'fixed'], ['back online', 'fixed'], ['not yet', 'not_fixed'], ['nope, no dice', 'not_fixed'],
    ['好咧', 'fixed'], ['能用咧', 'fixed'], ['还是不照', 'not_fixed'], ['仲係漏緊水', 'not_fixed'], ['唔work', 'not_fixed'], ['work咗喇', 'fixed'],
  ] as const)('%s → %s', (text, expected) => { expect(kind(text)).toBe(expected); });
});

describe('step result: a trailing 好了 that only softens', () => {
  it.each([['那我再试试看好了', 'unknown'], ['修好了', 'fixed'], ['過濾網洗好了 還是有臭味', 'not_fixed']] as const)(
    '%s → %s', (text, expected) => { expect(kind(text)).toBe(expected); });
});

describe('step result: more negations and questions', () => {
  it.each([
    ['now it won\u2019t turn on at all', 'not_fixed'], ["it isn't draining", 'not_fixed'], ['一点用都没有', 'not_fixed'], ['沒差', 'not_fixed'],
    ['好似冇咩分別', 'not_fixed'], ['冇嘢喇', 'fixed'], ['where exactly is it?', 'question'], ['都係吹凍風', 'not_fixed'],
  ] as const)('%s → %s', (text, expected) => { expect(kind(text)).toBe(expected); });

  it('a question about the technician coming asks the wait', () => {
    expect(understand('if this fails, how long will the technician take to come?', { prompt: 'step_result', today: '2026-11-18' })).toEqual({ kind: 'question', topic: 'wait_time' });
  });
});

describe('step results: scope of still, a fix said outright, about to try, asked first (replies written for these tests)', () => {
  const stepAt = (text: string) => understand(text, { prompt: 'step_result', today: '2026-11-18' });
  it.each([
    ['指示灯亮了 但是还是连不上网', 'not_fixed'],
    ['display is back but still no hot water', 'not_fixed'],
    ['噪音小了很多 不过还是有一点咔咔声', 'partial'],
    ['that worked, drains way better now', 'fixed'],
    ['已恢复正常 多谢', 'fixed'],
    ['hang on let me go unplug it first', 'partial'],
    ['家里没有螺丝刀 等我去买', 'partial'],
    ['盖板拿不出来', 'partial'],
    ['弄不开 喊个人来吧', 'book_repair'],
    ['之前师傅也这么弄过 还是不出水', 'not_fixed'],
    ['never mind, I will take it to a repair shop, cancel this', 'cancel'],
    ['叫师傅上门要多少钱', 'question'],
  ] as const)('%s → %s', (text, kind) => {
    expect(stepAt(text).kind).toBe(kind);
  });
});

describe('step results: a state held, a machine that came on, half better with a fault left, known only later (replies written for these tests)', () => {
  const stepAt = (text: string) => understand(text, { prompt: 'step_result', today: '2026-11-18' });
  it.each([
    ['指示灯一直是红的', 'not_fixed'],
    ['开了', 'fixed'],
    ['能开机了', 'fixed'],
    ['亮了一下\n哦又黑了', 'not_fixed'],
    ['盖子关好了 还是不行', 'not_fixed'],
    ['转速快了点 但是还是有点抖', 'partial'],
    ['清了滤网 声音小了点 不过还有点嗡嗡响', 'partial'],
    ['温度调好了 得等两个钟头才知道制不制冷', 'partial'],
    ['I reset it, but I have to wait until tomorrow to see', 'partial'],
    ['没有纽扣电池 明天去买了再试', 'partial'],
    ['屏幕上出来个E4 是什么意思', 'question'],
    ['The light is flashing orange now. What does that mean?', 'question'],
  ] as const)('%s → %s', (text, kind) => {
    expect(stepAt(text).kind).toBe(kind);
  });
});

describe('step results: tried later, on now, unchanged, send someone (replies written for these tests)', () => {
  it.each([
    ['现在手头没螺丝刀 晚上再试', 'partial'],
    ['下班再弄 六点以后', 'partial'],
    ["I'm at work, I'll try it tonight", 'partial'],
    ['not home till Sunday, will try then', 'partial'],
    ['晚上再试了一下 还是不行', 'not_fixed'],
    ['the fan is on again, thanks heaps', 'fixed'],
    ['著咗喇', 'fixed'],
    ['出暖风了 谢谢', 'fixed'],
    ['Nothing seems to have changed, sorry.', 'not_fixed'],
    ['it has not changed at all', 'not_fixed'],
    ['just send a guy to look at it', 'book_repair'],
  ] as const)('%s → %s', (text, expected) => { expect(kind(text)).toBe(expected); });
});

describe('step result: half a fix, not known yet, someone to come', () => {
  it.each([
    ['the led turned green, but speed is maybe a quarter of normal', 'partial'],
    ['it went solid now but still slow', 'partial'],
    ['重启了 暂时没报警 不知道过会会不会又报', 'partial'],
    ['修没修好我也不知道 反正先开着', 'partial'],
    ["it's running, we'll see if it holds", 'partial'],
    ['still dripping. could an engineer come and check it?', 'book_repair'],
  ] as const)('%s → %s', (text, expected) => { expect(kind(text)).toBe(expected); });
});

describe('step result: one part back, another not', () => {
  it.each([
    ['冷冻室凉了，冷藏还是不凉', 'partial'],
    ['the kitchen has wifi now, the bedroom still nothing', 'partial'],
    ['灯亮了 但是指纹还是不认', 'partial'],
    ['灯变绿了 但是还是连不上', 'not_fixed'],
  ] as const)('%s → %s', (text, expected) => { expect(kind(text)).toBe(expected); });
});
