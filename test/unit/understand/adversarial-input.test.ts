import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.js';
import { PROMPT_TYPES } from '../../../src/understand/reading.js';
import { parsePhone } from '../../../src/tickets/parse-phone.js';
import { parsePurchaseDate } from '../../../src/tickets/parse-purchase-date.js';
import { parseVisitSlot } from '../../../src/tickets/parse-visit-slot.js';
import { detectInterruption, detectYesNo, soundsAngry, soundsLikeRepeat, asksForTechnician } from '../../../src/bot/recognize.js';
import { readField, regionOf } from '../../../dialogs/intake-fields.js';
import { matchChoice } from '../../../dialogs/choices.js';

/** Shapes that make backtracking patterns explode (the old model pattern took 11 s on 2,000 letters). */
const SHAPES: Record<string, (n: number) => string> = {
  letters: (n) => 'a'.repeat(n),
  upper: (n) => 'A'.repeat(n),
  digits: (n) => '1'.repeat(n),
  city: (n) => '市'.repeat(n),
  spaces: (n) => ` ${' '.repeat(n - 2)}x`,
  mixed: (n) => 'aA1-市 '.repeat(Math.ceil(n / 6)).slice(0, n),
  lettersThenDigit: (n) => `${'a'.repeat(n - 1)}1`,
  dashes: (n) => 'a-'.repeat(n / 2),
  question: (n) => '吗？'.repeat(n / 2),
};

const options = ['11月19日（周四）上午', '11月19日（周四）下午', '都不是'];
const RECOGNISERS: Record<string, (text: string) => unknown> = {
  ...Object.fromEntries(PROMPT_TYPES.map((prompt) => [`understand:${prompt}`, (text: string) => understand(text, { prompt, today: '2026-11-18', options })])),
  parsePhone: (text) => parsePhone(text),
  parsePurchaseDate: (text) => parsePurchaseDate(text, '2026-11-18'),
  parseVisitSlot: (text) => parseVisitSlot(text, '2026-11-18'),
  detectInterruption, detectYesNo, soundsAngry, soundsLikeRepeat, asksForTechnician, regionOf,
  readModelField: (text) => readField('model', text, { today: '2026-11-18' }),
  matchChoice: (text) => matchChoice(text, options.map((title, i) => ({ value: String(i), title }))),
};

/** The fastest of five runs: a scheduler pause or a scavenge on a loaded machine is not the recogniser's cost. */
function time(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('every recogniser is linear on adversarial input', () => {
  for (const [name, recognise] of Object.entries(RECOGNISERS)) {
    it.each(Object.keys(SHAPES))(`${name}: %s, 2,000 characters, finishes fast`, (shape) => {
      const make = SHAPES[shape];
      recognise(make(1000));
      const oneK = time(() => recognise(make(1000)));
      const twoK = time(() => recognise(make(2000)));
      expect(twoK).toBeLessThan(50);
      // Growth from 1k to 2k stays roughly linear (a timer tick of slack for the tiny cases).
      expect(twoK).toBeLessThan(oneK * 4 + 2);
    });
  }
});
