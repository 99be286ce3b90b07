import { describe, expect, it } from 'vitest';
import { splitText } from '../../../src/channels/split-text.js';

describe('splitText', () => {
  it('keeps a short message whole', () => {
    expect(splitText('您好，请问有什么可以帮您？', 50)).toEqual(['您好，请问有什么可以帮您？']);
  });

  it('splits at sentence ends, every part within the limit, nothing lost', () => {
    const text = '第一步，关掉电源。第二步，打开底部的过滤器盖板！第三步，逆时针拧下过滤器并清理杂物。最后装回去再试一次？';
    const parts = splitText(text, 20);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect([...part].length).toBeLessThanOrEqual(20);
    expect(parts.join('')).toBe(text);
    for (const part of parts.slice(0, -1)) expect(part).toMatch(/[。！？]$/);
  });

  it('never cuts inside a link, a phone number or a ticket number', () => {
    const link = 'https://support.example.com/kb/washer-not-draining?step=3';
    const text = `详细图解见 ${link} 。如仍有问题请拨打 400-820-1234 或回复单号 RT-20250301-0042 查询。`;
    for (const max of [20, 30, 45, 70]) {
      const parts = splitText(text, max);
      const joined = parts.join('\n');
      expect(parts.some((p) => p.includes(link)) || [...link].length > max).toBe(true);
      expect(joined).toContain('400-820-1234');
      expect(joined).toContain('RT-20250301-0042');
    }
  });

  it('falls back to clause ends, then a hard cut, when a sentence is longer than the limit', () => {
    const parts = splitText('one two three four five six seven eight nine ten', 12);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(12);
    expect(parts.join(' ')).toBe('one two three four five six seven eight nine ten');
    expect(splitText('a'.repeat(25), 10)).toEqual(['a'.repeat(10), 'a'.repeat(10), 'a'.repeat(5)]);
  });

  it('does not cut an emoji in half', () => {
    const parts = splitText('😀'.repeat(15), 10);
    expect(parts).toEqual(['😀'.repeat(10), '😀'.repeat(5)]);
  });
});
