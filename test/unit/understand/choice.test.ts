import { describe, expect, it } from 'vitest';
import { readChoice } from '../../../src/understand/choice.js';

const DAYS = ['9月2日（周三）下午', '9月3日（周四）上午', '9月5日（周六）上午'];

describe('choices by number, ordinal and words', () => {
  it('a day number is a day where the options print days, not an option number', () => {
    expect(readChoice('周四早上那个 3号对吧', DAYS)).toEqual({ kind: 'choice', index: 1 });
    expect(readChoice('i am travelling until 2nd september, so none of these will work.', ['Sun 30 Aug morning', 'Mon 31 Aug evening', 'Tue 1 Sep afternoon'])).toEqual({ kind: 'none' });
  });
  it('都 + a negated fit word is none of these, in any dialect', () => {
    expect(readChoice('都不得行 周末我要守店', DAYS)).toEqual({ kind: 'none' });
    expect(readChoice('这几个时间我都不要', DAYS)).toEqual({ kind: 'none' });
  });
  it('头一个 is the first', () => {
    expect(readChoice('头一个吧', DAYS)).toEqual({ kind: 'choice', index: 0 });
  });
});

describe('an article choice by the symptom described', () => {
  it.each([
    ['灯都不亮 一点动静没有', ['冰箱不制冷、不够凉', '冰箱完全不工作、没电', '都不是'], 1],
    ["the water's just sitting in the bottom after the cycle finishes.", ["Dishwasher won't drain", 'Dishes not clean / spots left', 'Neither'], 0],
    ['一会儿烫一会儿凉', ['热水器打不着火、不出热水', '热水器水温忽冷忽热', '都不是'], 1],
    // Written for these tests: hot water missing, warm air, a leak denied, no ignition, lost its dock, running hot, water that stays.
    ['开了半天还是冇热水', ['热水器不出热水', '热水器漏水', '都不是'], 0],
    ['出风口吹的全是热风', ['空调滴水、漏水', '空调不制冷', '都不是'], 1],
    ['没漏水啊 就是一点都不凉', ['冰箱漏水', '冰箱不制冷、不够凉', '都不是'], 1],
    ['it just ticks and never lights', ["Burner won't light", 'Flame is weak / yellow', 'Neither'], 0],
    ['扫完就回不去了 在客厅转圈', ['扫地机器人不回充', '扫地机器人吸力变小', '都不是'], 0],
    ['the bottom gets really hot when I game', ['Laptop overheats', 'Screen flickers', 'Neither'], 0],
    ['洗完那水老是下不去', ['洗衣机不排水', '洗衣机脱水时噪音大', '都不是'], 0],
    ['wifi comes and goes all evening', ['Wi-Fi keeps dropping', 'No internet at all, lights off', 'Neither'], 0],
  ])('%s', (said, options, index) => {
    expect(readChoice(said, options)).toEqual({ kind: 'choice', index });
  });
});

describe('any among the days named', () => {
  const WEEKEND = ['8月30日（周日）上午', '8月30日（周日）下午', '9月1日（周二）晚上'];
  it('leaves two to choose from, unless one half-day is named', () => {
    expect(readChoice('周日的随便哪个都行', WEEKEND)).toEqual({ kind: 'partial', known: {} });
    expect(readChoice('周日上午都可以', WEEKEND)).toEqual({ kind: 'choice', index: 0 });
  });
});

describe('choices: scope of what is said (replies written for these tests)', () => {
  const SLOTS = ['10月6日（周二）上午', '10月6日（周二）下午', '10月8日（周四）晚上'];
  const EN_SLOTS = ['Tue 6 Oct morning', 'Tue 6 Oct afternoon', 'Thu 8 Oct evening'];
  it('a weekday written out is a weekday, not a word sharing its letters', () => {
    expect(readChoice('the tuesday morning slot thanks', EN_SLOTS)).toEqual({ kind: 'choice', index: 0 });
  });
  it('a clause that rules a time out is set aside; a clause rejecting every option is none', () => {
    expect(readChoice('周二下午吧上午要去接孩子', SLOTS)).toEqual({ kind: 'choice', index: 1 });
    expect(readChoice('周四晚上 其他时间都要值班', SLOTS)).toEqual({ kind: 'choice', index: 2 });
    expect(readChoice('都不对,我只有周五有空', SLOTS)).toEqual({ kind: 'none' });
    expect(readChoice('都不行 我白天上班', SLOTS)).toEqual({ kind: 'none' });
  });
  it('any option suits, none named: ask which; two named with 都行: ask which; earliest: the first', () => {
    expect(readChoice('都成 你们定', SLOTS)).toEqual({ kind: 'partial', known: {} });
    expect(readChoice('周二上午周四晚上都可以', SLOTS)).toEqual({ kind: 'partial', known: {} });
    expect(readChoice('whichever is earliest', EN_SLOTS)).toEqual({ kind: 'choice', index: 0 });
  });
  it('a yes word before the number only agrees', () => {
    expect(readChoice('好的 就三号', ['7月1日（周三）上午', '7月2日（周四）上午', '7月4日（周六）下午'])).toEqual({ kind: 'choice', index: 2 });
  });
  const LOCK = ['Keypad not responding', 'Lock has no power / display off', 'Neither'];
  it('the fault is the description, not the part said to work', () => {
    expect(readChoice("keypad won't take my code but the display is on", LOCK)).toEqual({ kind: 'choice', index: 0 });
    expect(readChoice('need it asap, display is dark and nothing happens', LOCK)).toEqual({ kind: 'choice', index: 1 });
  });
  const TV = ['电视有声音没图像、黑屏', '电视画面有条纹、花屏', '都不是'];
  it('symptom classes: no picture, nothing loads, not a sound; a reply naming two is partial', () => {
    expect(readChoice('能听到声音但是没画面', TV)).toEqual({ kind: 'choice', index: 0 });
    expect(readChoice('按了一下一点反应都没有', ['空调不制冷', '空调完全不工作、没电', '都不是'])).toEqual({ kind: 'choice', index: 1 });
    expect(readChoice('phone says connected yet pages just wont load', ['Connected to Wi-Fi but no internet', 'Weak signal / keeps dropping', 'Neither'])).toEqual({ kind: 'choice', index: 0 });
    expect(readChoice('排水也慢 转起来也响', ['洗衣机不排水、排水慢', '洗衣机脱水时噪音大、震动', '都不是'])).toEqual({ kind: 'partial', known: {} });
    expect(readChoice('我也不知道算哪个', TV)).toEqual({ kind: 'partial', known: {} });
  });
});

describe('choices: letters beside digits, ordinals, formal and regional words (replies written for these tests)', () => {
  it('a code like E4 is not option 4; "the 2nd one" is an ordinal even where options print days', () => {
    expect(readChoice('都不是 屏幕一直显示e2', ['冰箱不制冷', '冰箱不工作、没电', '都不是'])).toEqual({ kind: 'none' });
    expect(readChoice('the 2nd one pls', ['Mon 3 Aug morning', 'Tue 4 Aug afternoon', 'Wed 5 Aug evening'])).toEqual({ kind: 'choice', index: 1 });
  });
  it('arvo, a day in Chinese numerals, 皆不便 / 另觅他日, 都不得', () => {
    expect(readChoice('mon arvo thanks', ['Mon 3 Aug morning', 'Mon 3 Aug afternoon', 'Wed 5 Aug evening'])).toEqual({ kind: 'choice', index: 1 });
    expect(readChoice('烦请安排八月五日', ['8月3日（周一）上午', '8月4日（周二）下午', '8月5日（周三）晚上'])).toEqual({ kind: 'choice', index: 2 });
    expect(readChoice('以上时段皆不便', DAYS)).toEqual({ kind: 'none' });
    expect(readChoice('都不得', DAYS)).toEqual({ kind: 'none' });
  });
  it('both, but mostly one; the fault after 就是', () => {
    expect(readChoice('both kind of, but mostly it just will not drain', ["Dishwasher won't drain", 'Dishes not clean / spots left', 'Neither'])).toEqual({ kind: 'choice', index: 0 });
    expect(readChoice('有电灯也亮就是不制冷', ['冰箱不制冷、不够凉', '冰箱完全不工作、没电', '都不是'])).toEqual({ kind: 'choice', index: 0 });
  });
});

describe('article choices the customer cannot make, or makes with a doubt', () => {
  const ARTICLES = ['热水器不出热水', '热水器漏水', '热水器有异响'];
  const understandAt = async (text: string) => (await import('../../../src/understand/understand.js')).understand(text, { prompt: 'article_choice', today: '2026-11-18', options: ARTICLES });
  it('a doubt beside a description, or faults by turns, leaves the choice open', () => {
    expect(readChoice('说不准 反正水一直不热', ARTICLES)).toEqual({ kind: 'partial', known: {} });
    expect(readChoice('有时候漏水 有时候响', ARTICLES)).toEqual({ kind: 'partial', known: {} });
    expect(readChoice("no idea, it's just not hot", ARTICLES)).toEqual({ kind: 'partial', known: {} });
  });
  it('a number picked with a doubt still picks it; "不知道为什么" describes, it does not doubt', () => {
    expect(readChoice('应该是第二个吧 不太确定', ARTICLES)).toEqual({ kind: 'choice', index: 1 });
    expect(readChoice('two. water under it every morning.', ARTICLES)).toEqual({ kind: 'choice', index: 1 });
    expect(readChoice('不知道为什么漏水了', ARTICLES)).toEqual({ kind: 'choice', index: 1 });
  });
  it('every number turned down is none of these; asking what a word means is a question; a person is asked for', async () => {
    expect(readChoice('不是2也不是3 是打不着火', ARTICLES)).toEqual({ kind: 'none' });
    expect(await understandAt('what does 异响 mean')).toEqual({ kind: 'question', topic: 'other' });
    expect(await understandAt('find me someone who knows this stuff')).toEqual({ kind: 'agent' });
  });
});

describe('slot choices: numbers said with words around them, times not offered, not decided yet', () => {
  const SLOTS = ['6月2日（周二）下午', '6月3日（周三）上午', '6月5日（周五）上午'];
  it('a number with 选项, a thanks, or an explanation after it picks that option', () => {
    expect(readChoice('3号选项', SLOTS)).toEqual({ kind: 'choice', index: 2 });
    expect(readChoice('选项一。到了先打电话', SLOTS)).toEqual({ kind: 'choice', index: 0 });
    expect(readChoice('1号 麻烦了', SLOTS)).toEqual({ kind: 'choice', index: 0 });
    expect(readChoice('2 周三上午那个', SLOTS)).toEqual({ kind: 'choice', index: 1 });
  });
  it('a number that names no option, or two numbers in words, leaves the choice open', () => {
    expect(readChoice('5', SLOTS)).toEqual({ kind: 'partial', known: {} });
    expect(readChoice('one or two is fine', SLOTS)).toEqual({ kind: 'partial', known: {} });
  });
  it('asking for a time none of the options has turns them down; a time one has does not', () => {
    expect(readChoice('有没有周末的 平时都不在家', SLOTS)).toEqual({ kind: 'none' });
    expect(readChoice('anything in the evening?', SLOTS)).toEqual({ kind: 'none' });
    expect(readChoice('有没有晚上的', ['6月2日（周二）晚上', '6月3日（周三）上午'])).not.toEqual({ kind: 'none' });
  });
  it('waiting on someone else picks nothing, unless a number is picked', () => {
    expect(readChoice('我得问问我爱人哪天在家', SLOTS)).toEqual({ kind: 'partial', known: {} });
    expect(readChoice("let me ask my landlord and get back to you", SLOTS)).toEqual({ kind: 'partial', known: {} });
    expect(readChoice('2 我再跟老婆说一声', SLOTS)).toEqual({ kind: 'choice', index: 1 });
  });
});
