import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.js';

const name = (text: string) => { const r = understand(text, { prompt: 'name', today: '2026-11-18' }); return r.kind === 'value' ? r.value : r.kind; };

describe('name: classes of replies', () => {
  it('Shanghainese 阿拉 and formal 敝人 / 称呼 introduce a name', () => {
    expect(name('阿拉姓顾 叫阿拉顾老师好了')).toBe('顾老师');
    expect(name('敝人陈志明，有劳了')).toBe('陈志明');
    expect(name('免贵姓何，称呼何小姐即可')).toBe('何小姐');
  });
  it('transliterated Uyghur and Mongolian names', () => {
    expect(name('阿依古丽·吐尔逊')).toBe('阿依古丽·吐尔逊');
    expect(name('找我爱人 萨仁 她在家')).toBe('萨仁');
  });
  it('a ruled-out spelling and a second choice are not the name', () => {
    expect(name('乌兰 别写成乌蓝')).toBe('乌兰');
    expect(name('郑晓峰 叫小郑也行')).toBe('郑晓峰');
  });
  it('English: Surname, Given; possessives; questions; Chinese given syllables', () => {
    expect(name('Schmidt, Anna')).toBe('Anna Schmidt');
    expect(name("Tom — I'm Kate's brother, I'll be there")).toBe('Tom');
    expect(name('her name is Wang Na.')).toBe('Wang Na');
    expect(name('Why is a name required?')).not.toBe('Required');
  });
  it('Korean surnames and the Korean words around a Han name (朝鲜族 customers)', () => {
    expect(name('朴志勇')).toBe('朴志勇');
    expect(name('琴英子입니다')).toBe('琴英子');
    expect(name('네 崔明浩的')).toBe('崔明浩');
  });
  it('the person to ask for answers the prompt, not the one writing or someone else who may be home', () => {
    expect(name("I'm Rosa, the cleaner. Ask for Mr. Patel, the owner")).toBe('Mr. Patel');
    expect(name('Ask for Lena. Lena Fischer.')).toBe('Lena Fischer');
    expect(name('Omar Haddad. My son, Sami, might be home.')).toBe('Omar Haddad');
  });
});

