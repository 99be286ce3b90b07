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
  dishwasher: { zh: '洗碗机', en: 'dishwasher' },
  'microwave-oven': { zh: '微波炉/烤箱', en: 'microwave or oven' },
  'robot-vacuum': { zh: '扫地机器人', en: 'robot vacuum' },
  laptop: { zh: '笔记本电脑', en: 'laptop' },
  'smart-lock': { zh: '智能门锁', en: 'smart lock' },
  'gas-stove': { zh: '灶具', en: 'hob' },
  general: { zh: '产品', en: 'product' },
};
