import type { ProductLine } from '../src/kb/article-schema.js';
import type { Phrase } from './text.js';

/** The one question before a fix whose steps differ by kind; its buttons are the kinds' labels (src/kb/variants.ts). */
export const VARIANT_QUESTION: Partial<Record<ProductLine, Phrase>> = {
  'washing-machine': {
    zh: '您家的洗衣机是滚筒的（前面开门）还是波轮的（上面开盖）？两种接下来的做法不一样。',
    en: 'Is it a front-loader (door on the front) or a top-loader (lid on top)? The next steps differ between the two.',
  },
  'water-heater': {
    zh: '您家的热水器是燃气的还是电的？两种接下来的做法不一样。',
    en: 'Is your water heater gas or electric? The next steps differ between the two.',
  },
  'air-conditioner': {
    zh: '您家的空调是挂机、柜机，还是窗机/移动空调？接下来的做法不太一样。',
    en: 'Is your air conditioner wall-mounted, a floor-standing cabinet, or a window or portable unit? The next steps depend on it.',
  },
};

export const VARIANT = {
  /** For a line without a question of its own above. */
  question: { zh: '您的{product}是哪一种？接下来的做法不太一样。', en: 'Which kind of {product} do you have? The next steps depend on it.' },
  optionUnsure: { zh: '不确定', en: 'Not sure' },
  /** Said before the shared steps when the customer doesn't know the kind. */
  unsure: {
    zh: '没关系，我先说各种机型都适用的办法。',
    en: 'No problem — I’ll stick to the steps that work for every kind.',
  },
} as const satisfies Record<string, Phrase>;
