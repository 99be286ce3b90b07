import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../../src/mask-personal-data.js';
import { splitText } from '../../../src/channels/split-text.js';

/**
 * Issue 17, item 3: the masker sees every customer message that reaches a log or a report. A rule
 * that backtracks turned 61 questions of repeated 市 into a 22 s report. Each shape below is one a
 * pattern could choke on; doubling the input must not do much worse than double the time.
 */
const SHAPES: Record<string, (n: number) => string> = {
  '市 repeated': (n) => '市'.repeat(n),
  'place words and digits': (n) => '上海市浦东新区'.repeat(n / 7) + '8',
  'digits and separators': (n) => '1-'.repeat(n / 2),
  'long digit run': (n) => '1'.repeat(n),
  'letters': (n) => 'a'.repeat(n),
  'letters and dots before an @': (n) => 'a.'.repeat(n / 2) + '@',
  'spaced words': (n) => 'Ab '.repeat(n / 3) + 'Street',
  'my name is': (n) => 'my name is '.repeat(n / 11),
  '我是 and a surname': (n) => '我是王'.repeat(n / 3),
  'mixed': (n) => '我叫张 138 1234 市区路号 a@b '.repeat(n / 25),
};

function timeOf(run: () => void): number {
  const started = performance.now();
  for (let i = 0; i < 5; i++) run();
  return (performance.now() - started) / 5;
}

describe.each([
  ['maskPersonalData', (text: string) => maskPersonalData(text)],
  ['splitText', (text: string) => splitText(text, 500)],
])('%s on 2,000-character adversarial input', (_name, run) => {
  it.each(Object.entries(SHAPES))('%s: fast, and linear from 1,000 to 2,000 characters', (_shape, make) => {
    run(make(1000));
    const small = timeOf(() => run(make(1000)));
    const large = timeOf(() => run(make(2000)));
    expect(large).toBeLessThan(50);
    // Quadratic would be 4×; allow noise on a busy machine.
    expect(large).toBeLessThan(Math.max(3.2 * small, 2));
  });
});
