import { z } from 'zod';
import type { Language } from '../language.js';
import type { ProductLine } from './article-schema.js';

/**
 * The kinds of one product line whose fixes differ (a front-loader has a drain filter behind a flap,
 * a top-loader does not). The one place that knows them: the article parser reads trainers' step
 * tags against it, lint checks coverage with it, the understanding layer reads customers' words with
 * it, and the bot asks with its labels.
 */
export const VARIANT_IDS = ['front-loader', 'top-loader', 'gas', 'electric', 'wall-mounted', 'floor-standing', 'portable'] as const;
export const VariantIdSchema = z.enum(VARIANT_IDS);
export type VariantId = z.infer<typeof VariantIdSchema>;

export interface Variant {
  id: VariantId;
  product: ProductLine;
  /**
   * What trainers write in a step's leading tag: `[滚筒]` in the zh section, `[front-loader]` in the
   * en one; any of these names is accepted in either section (`[滚筒 front-loader]` too).
   */
  tags: { zh: string; en: string; also: readonly string[] };
  /** The button and the name in a sentence, in the customer's language. */
  label: { zh: string; en: string };
  /**
   * Words that name this kind on their own, anywhere in the conversation. Traditional and Cantonese
   * forms are listed as customers type them; the reader folds both sides to simplified Chinese.
   */
  says: readonly string[];
  /**
   * Words that name it only when the product is the topic: in the same message as the product
   * ("热水器不热，燃气的"), or in the answer to the bot's question.
   */
  saysInContext: readonly string[];
  /**
   * Words that name it only in the answer to the bot's question ("电的", "the top one"): elsewhere
   * they mean other things ("上面漏水", "water on the floor"). A one-character word must be the whole answer.
   */
  answers: readonly string[];
}

export const VARIANTS: readonly Variant[] = [
  {
    id: 'front-loader', product: 'washing-machine',
    tags: { zh: '滚筒', en: 'front-loader', also: ['滚筒机', '滾筒', 'front-loading'] },
    label: { zh: '滚筒的（前面开门）', en: 'Front-loader (door on the front)' },
    says: [
      '滚筒', '滾筒', '前开门', '前開門', '前开式', '前置式', '侧开门', '前面开门', '门在前面', '正面开门', '圆门',
      'front loader', 'front loading', 'front load', 'frontloader', 'front opening', 'door on the front',
      'door at the front', 'door in the front', 'opens from the front', 'open from the front', 'open it from the front',
    ],
    saysInContext: ['前开', '侧开', '门在前', 'round door', 'porthole'],
    answers: ['前面', '正面', '前', 'front', 'the front one'],
  },
  {
    id: 'top-loader', product: 'washing-machine',
    tags: { zh: '波轮', en: 'top-loader', also: ['波轮机', '波輪', 'top-loading'] },
    label: { zh: '波轮的（上面开盖）', en: 'Top-loader (lid on top)' },
    says: [
      '波轮', '波輪', '上开盖', '上開蓋', '顶开盖', '上面开盖', '从上面开', '盖子在上面', '上掀盖', '顶开式', '上开式',
      'top loader', 'top loading', 'top load', 'toploader', 'top opening', 'lid on top', 'lid on the top',
      'opens from the top', 'open from the top', 'open it from the top', 'agitator', 'impeller',
    ],
    saysInContext: ['上开', '顶开', '上盖', '掀盖', 'lid'],
    answers: ['上面', '顶上', '盖子', '上', 'top', 'the top one'],
  },
  {
    id: 'gas', product: 'water-heater',
    tags: { zh: '燃气', en: 'gas', also: ['燃气热水器', '燃氣'] },
    label: { zh: '燃气热水器', en: 'Gas' },
    says: [
      '燃气热水器', '燃氣熱水器', '煤气热水器', '煤氣熱水器', '天然气热水器', '液化气热水器', '燃热', '燃氣熱水爐',
      '煤氣熱水爐', '燃气热水炉', '煤气热水炉', '即热燃气',
      'gas water heater', 'gas heater', 'gas boiler', 'gas geyser', 'gas-fired', 'gas fired', 'combi boiler',
    ],
    saysInContext: ['燃气', '燃氣', '煤气', '煤氣', '天然气', '液化气', '烧气', 'gas', 'lpg', 'pilot light'],
    answers: ['气', '烧气的'],
  },
  {
    id: 'electric', product: 'water-heater',
    tags: { zh: '电', en: 'electric', also: ['电热水器', '電'] },
    label: { zh: '电热水器', en: 'Electric' },
    says: [
      '电热水器', '電熱水器', '电热水炉', '電熱水爐', '储水式', '儲水式', '电热的', '電熱的', '储水的',
      'electric water heater', 'electric heater', 'electric boiler', 'electric geyser', 'immersion heater', 'storage tank heater',
    ],
    saysInContext: ['电热', '储水', '插电的', '用电的', 'electric', 'electrical'],
    answers: ['电的', '電的', '电', '用电', '插电', 'plug in', 'plugged in'],
  },
  {
    id: 'wall-mounted', product: 'air-conditioner',
    tags: { zh: '挂机', en: 'wall-mounted', also: ['掛機', '壁挂式'] },
    label: { zh: '挂机（挂在墙上）', en: 'Wall-mounted' },
    says: [
      '挂机', '掛機', '壁挂式', '挂壁式', '挂式空调', '挂墙的', '挂在墙上', '壁挂机',
      'wall mounted', 'wall unit', 'wall split', 'split unit', 'mini split', 'split system', 'split type',
    ],
    saysInContext: ['挂墙', '挂式', '壁挂', 'split'],
    answers: ['挂的', '墙上', '挂', 'wall', 'on the wall'],
  },
  {
    id: 'floor-standing', product: 'air-conditioner',
    tags: { zh: '柜机', en: 'floor-standing', also: ['櫃機', '立式'] },
    label: { zh: '柜机（立在地上）', en: 'Floor-standing cabinet' },
    says: [
      '柜机', '櫃機', '立式空调', '立式空調', '立柜式', '柜式空调', '落地式', '立式的',
      'floor standing', 'floor unit', 'cabinet unit', 'tower unit', 'standing unit', 'tower ac', 'floor standing unit',
    ],
    saysInContext: ['立式', '柜式', '落地', 'cabinet', 'tower'],
    answers: ['立着', '地上', '柜', '立', 'standing', 'floor', 'on the floor'],
  },
  {
    id: 'portable', product: 'air-conditioner',
    tags: { zh: '窗机', en: 'portable', also: ['移动空调', '窗机/移动空调', 'window'] },
    label: { zh: '窗机或移动空调', en: 'Window or portable unit' },
    says: [
      '窗机', '窗機', '窗式空调', '窗口式', '窗口机', '移动空调', '移動空調', '移动式空调', '可移动空调',
      'window unit', 'window ac', 'window air conditioner', 'portable ac', 'portable air conditioner', 'portable unit',
    ],
    saysInContext: ['窗式', '窗口式', '移动式', 'portable'],
    answers: ['窗口', '移动的', '能推', '窗', 'window'],
  },
];

/** The kinds of a product line, in the order the bot offers them; empty for lines without kinds. */
export function variantsOf(product: ProductLine): readonly Variant[] {
  return VARIANTS.filter((variant) => variant.product === product);
}

export function variantById(id: VariantId): Variant {
  return VARIANTS.find((variant) => variant.id === id)!;
}

function tagNames(variant: Variant): string[] {
  return [variant.tags.zh, variant.tags.en, variant.id, ...variant.tags.also].map((name) => name.toLowerCase());
}

/** The variant a trainer's tag name means, of any product line (the caller checks the line). */
export function variantByTag(name: string): Variant | undefined {
  const wanted = name.trim().toLowerCase();
  return VARIANTS.find((variant) => tagNames(variant).includes(wanted));
}

/** The tag the serializer writes back, in the section's language. */
export function tagOf(id: VariantId, language: Language): string {
  return variantById(id).tags[language];
}
