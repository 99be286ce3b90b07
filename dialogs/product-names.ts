import type { ProductLine } from '../src/kb/article-schema.js';
import type { Phrase } from './text.js';

/** How the bot names a product line in a sentence ("您的洗衣机", "your washing machine"). */
export const PRODUCT_NAMES: Record<ProductLine, Phrase> = {
  'washing-machine': { zh: '洗衣机', en: 'washing machine' },
  refrigerator: { zh: '冰箱', en: 'fridge' },
  'air-conditioner': { zh: '空调', en: 'air conditioner' },
  'water-heater': { zh: '热水器', en: 'water heater' },
  'range-hood': { zh: '油烟机', en: 'range hood' },
  tv: { zh: '电视', en: 'TV' },
  router: { zh: '路由器', en: 'router' },
  printer: { zh: '打印机', en: 'printer' },
  'phone-tablet': { zh: '手机/平板', en: 'phone or tablet' },
  general: { zh: '产品', en: 'product' },
};
