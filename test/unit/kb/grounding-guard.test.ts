import { describe, expect, it } from 'vitest';
import { chineseNumber, factsIn, warningsIn } from '../../../src/kb/fact-terms.js';
import { checkGrounded } from '../../../src/kb/grounding-guard.js';

const ZH_STEP = '先关机，看看机器后面的排水管有没有被压扁、折弯，理顺后选“排水”试一次，正常一分钟内就能听到流水声。';
const EN_STEP = 'Switch the machine off and check the drain hose for kinks, then run "Drain". You should hear water within a minute.';
const UNPLUG_STEP = '先拔掉电源，刚用热水洗过的请等水凉了再打开过滤器盖板。';

describe('factsIn', () => {
  it.each([
    ['等两分钟再开机', ['#2', 'minute']],
    ['Wait two minutes, then press Start.', ['#2', 'minute']],
    ['维修费 ¥199，保修期内免费', ['#199', 'money', 'free', 'warranty']],
    ['3天内安排师傅上门', ['#3', 'day', 'visit']],
    ['We guarantee a replacement within 7 days', ['#7', 'day', 'warranty', 'refund']],
  ])('finds the facts in %s', (text, facts) => {
    expect([...factsIn(text)].sort()).toEqual([...facts].sort());
  });

  it.each(['按一下启动键', '检查周围有没有天然气味', 'Press one of the buttons', '日常清洁滤网'])('finds no fact in the everyday words of %s', (text) => {
    expect(factsIn(text).size).toBe(0);
  });

  it.each([['十五', 15], ['两百', 200], ['半', 0.5], ['二十四', 24], ['几', undefined]])('reads the Chinese numeral %s as %s', (text, n) => {
    expect(chineseNumber(text)).toBe(n);
  });

  it('finds the warnings a rephrasing must keep', () => {
    expect([...warningsIn(UNPLUG_STEP)]).toEqual(['power-off']);
    expect([...warningsIn('Do not switch on any lights; unplug the heater and close the gas valve.')].sort()).toEqual(['gas-off', 'power-off', 'prohibition'].sort());
  });
});

describe('checkGrounded', () => {
  it('accepts a friendlier sentence with the same facts, numbers spelt either way', () => {
    expect(checkGrounded('您先把洗衣机关掉，去后面看看排水管有没有压扁折弯；弄顺了选“排水”试一下，1 分钟内应该能听到流水声。', ZH_STEP, 'zh')).toEqual({ ok: true });
    expect(checkGrounded('Turn the washer off, make sure the drain hose isn\'t kinked, and run "Drain" — water should start flowing within a minute.', EN_STEP, 'en')).toEqual({ ok: true });
  });

  it.each([
    ['a price', '先关机看看排水管，不行的话上门检测只要 99 元。', ['#99', 'money', 'visit']],
    ['a duration', '先关机看看排水管，理顺后等 10 分钟再试。', ['#10']],
    ['a warranty term', '先关机看看排水管有没有折弯，这个问题在保修期内。', ['warranty']],
    ['a promise', '先关机看看排水管，我们保证给您免费换新。', ['promise', 'free', 'refund']],
  ])('rejects a phrasing that adds %s', (_, candidate, added) => {
    const verdict = checkGrounded(candidate, ZH_STEP, 'zh');
    expect(verdict.ok).toBe(false);
    expect(verdict.ok === false && verdict.reason).toBe('adds-facts');
    expect(verdict.ok === false && [...(verdict.added ?? [])].sort()).toEqual([...added].sort());
  });

  it('rejects a phrasing that drops the "unplug first" warning', () => {
    expect(checkGrounded('等热水凉了再打开过滤器盖板。', UNPLUG_STEP, 'zh')).toMatchObject({ ok: false, reason: 'drops-warning', dropped: ['power-off'] });
  });

  it.each([
    ['empty', '   ', 'zh'],
    ['wrong-language', 'Switch it off and check the hose.', 'zh'],
    ['wrong-language', '先关机看看排水管。', 'en'],
    ['too-long', `${ZH_STEP}${ZH_STEP}${ZH_STEP}`, 'zh'],
  ] as const)('rejects a phrasing that is %s', (reason, candidate, language) => {
    expect(checkGrounded(candidate, ZH_STEP, language)).toMatchObject({ ok: false, reason });
  });
});
