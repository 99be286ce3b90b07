import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.js';

const phone = (text: string, region = 'CN') => understand(text, { prompt: 'phone', today: '2026-11-18', region });

/** Local forms of the places customers write from, read with the default region CN; none is in the corpora. */
describe('readPhone: local forms and groupings', () => {
  it.each([
    ['07700 900123', '+447700900123'], ['Call 07700 900 123 after 5', '+447700900123'], ['+44 (0)7700 900456', '+447700900456'],
    ['0412 345 678', '+61412345678'], ['(02) 9876 5432', '+61298765432'], ['0912-345-678', '+886912345678'], ['02-2345-6789', '+886223456789'],
    ['(778) 555-0199', '+17785550199'], ['1-604-555-0123', '+16045550123'], ['852-9123 4567', '+85291234567'], ['012-345 6789', '+60123456789'],
    ['029-8765 4321', '+862987654321'], ['020 7946 0958', '+862079460958'], ['98450 12345', '+919845012345'],
    ['one three nine one two three four five six seven eight', '+8613912345678'], ['oh seven seven double oh nine double oh one two three', '+447700900123'],
  ])('%s → %s', (text, value) => { expect(phone(text)).toMatchObject({ kind: 'value', value }); });

  it.each(['029-876543', '984501234', '110'])('%s is not a whole number', (text) => {
    expect(phone(text)).toMatchObject({ kind: 'invalid' });
  });
});
