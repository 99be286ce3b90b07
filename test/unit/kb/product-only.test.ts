import { describe, expect, it } from 'vitest';
import { namesOnlyTheProduct } from '../../../src/kb/product-only.js';

describe('namesOnlyTheProduct', () => {
  it.each(['我家电视坏了', '冰箱有问题', '我的冰箱出毛病了！！怎么办啊', '熱水器有問題', '路由器坏了', 'my tv is broken', 'there is a problem with the fridge'])(
    '"%s" names a product and nothing about what happens', (message) => {
      expect(namesOnlyTheProduct(message)).toBe(true);
    });

  it.each(['冰箱不制冷', '电视坏了 没有声音', 'tv not working', 'wifi keeps droping', '又坏了', '冰箱和洗衣机都坏了', 'my tv is broken, the screen is black'])(
    '"%s" says more, names no product, or names two', (message) => {
      expect(namesOnlyTheProduct(message)).toBe(false);
    });
});
