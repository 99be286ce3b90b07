import { describe, expect, it } from 'vitest';
import { saysNoneOfThese } from '../../../dialogs/choices.js';

const options = [
  { value: 'fridge-bad-smell', title: '冰箱有异味' },
  { value: 'fridge-noisy', title: '冰箱有响声、噪音大' },
  { value: 'neither', title: '都不是' },
];

describe('saysNoneOfThese', () => {
  it.each(['都不是', '都不对。', '哪个都不是', '以上都不是', 'none of these', 'neither', 'None of them!'])('reads "%s" as turning every choice down', (reply) => {
    expect(saysNoneOfThese(reply, options)).toBe(true);
  });

  it.each(['2', '第一个', '冰箱有异味', '冷藏室一点都没有冷气，东西都放坏了', 'none of the lights come on and it makes no sound at all'])('does not read "%s" as "none of these"', (reply) => {
    expect(saysNoneOfThese(reply, options)).toBe(false);
  });
});
