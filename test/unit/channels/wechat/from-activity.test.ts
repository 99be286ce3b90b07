import { readFileSync } from 'node:fs';
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { fromActivity, resolveChoice } from '../../../../src/channels/wechat/from-activity.js';

const fixtures = JSON.parse(readFileSync('test/fixtures/wechat/outbound-activities.json', 'utf8')) as Record<string, Partial<Activity>>;

describe('Activity → WeChat text', () => {
  it('appends suggested actions as numbered choices in the reply\'s language', () => {
    expect(fromActivity(fixtures['name-with-nickname']).texts).toEqual(['请问怎么称呼您？\n回复数字选择：\n1. 王芳']);
    expect(fromActivity(fixtures['confirm-en']).texts[0]).toMatch(/Reply with a number:\n1\. Confirm\n2\. Change something$/);
  });

  it('does not list the choices twice when the text already numbers them', () => {
    const { texts, choices } = fromActivity(fixtures['already-numbered']);
    expect(texts).toEqual([fixtures['already-numbered'].text]);
    expect(choices.map((c) => c.value)).toEqual(['登记上门维修', '转人工客服', '换个说法再试']);
  });

  it('lists number-only choices as they are, not numbered', () => {
    expect(fromActivity(fixtures.rating).texts[0]).toMatch(/5 分最满意：\n（5 \/ 4 \/ 3 \/ 2 \/ 1）$/);
  });

  it('renders a hero card as lines and its buttons as choices', () => {
    const { texts, choices } = fromActivity(fixtures['hero-card']);
    expect(texts[0]).toBe('延保服务\n整机延长保修 2 年，含 1 次上门清洗。\n回复数字选择：\n1. 了解一下\n2. 不用了');
    expect(choices).toEqual([{ title: '了解一下', value: 'yes' }, { title: '不用了', value: 'no' }]);
  });

  it('splits a long reply under the limit and keeps the choices with the last part', () => {
    const text = Array.from({ length: 12 }, (_, i) => `这是第 ${i + 1} 句比较长的说明文字，用来测试拆分。`).join('');
    const { texts } = fromActivity({ ...fixtures['name-with-nickname'], text }, 100);
    expect(texts.length).toBeGreaterThan(2);
    for (const part of texts) expect([...part].length).toBeLessThanOrEqual(100);
    expect(texts.at(-1)).toMatch(/1\. 王芳$/);
  });
});

describe('a numbered reply → the choice', () => {
  const choices = [{ title: '确认', value: '确认' }, { title: '修改', value: '修改' }];
  it.each([['1', '确认'], ['2.', '修改'], ['２', '修改'], ['确认', '确认']])('"%s" → %s', (reply, value) => {
    expect(resolveChoice(reply, choices)).toBe(value);
  });

  it.each(['3', '13912345678', '明天下午', ''])('leaves "%s" as typed', (reply) => {
    expect(resolveChoice(reply, choices)).toBeUndefined();
  });

  it('reads a number that is itself a choice as that choice', () => {
    const stars = ['5', '4', '3', '2', '1'].map((n) => ({ title: n, value: n }));
    expect(resolveChoice('5', stars)).toBe('5');
    expect(resolveChoice('1', stars)).toBe('1');
  });
});
