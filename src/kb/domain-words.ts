/**
 * Product and part names jieba's general dictionary splits or misses (checked against @node-rs/jieba
 * 2.0 with its bundled dict: 进水阀 → 进|水阀, 门封条 → 门|封条, 镁棒 → 镁|棒, 煤气味 → 煤|气味).
 * A word here is kept whole, so "排水泵" matches 排水泵 rather than any text with 排水 and 泵.
 * Compounds of words jieba already knows (滚筒洗衣机) are left out on purpose: kept whole they would
 * stop matching 洗衣机. Add a word when `npm run kb:eval` shows a miss caused by a split; keep symptoms out (they are
 * handled by negation bigrams and synonyms.ts).
 */
export const DOMAIN_WORDS: readonly string[] = [
  // product lines and their kinds
  '洗衣机', '洗烘一体机', '烘干机', '冰箱', '冰柜', '空调', '挂机', '柜机',
  '热水器', '油烟机', '烟机', '燃气灶', '电视', '电视机', '路由器',
  '打印机', '手机', '平板', '平板电脑',
  // washing machine parts
  '排水泵', '排水管', '进水管', '进水阀', '滤网', '过滤网', '门封', '门封圈', '门封条',
  '门锁', '内筒', '外筒', '皂盒', '洗衣液盒', '童锁', '电机', '皮带', '减震器', '脱水', '甩干', '桶自洁',
  // refrigerator
  '压缩机', '冷藏室', '冷冻室', '变温室', '蒸发器', '冷凝器', '温控器', '化霜', '除霜', '排水孔',
  '制冰机', '结霜', '结冰',
  // air conditioner
  '外机', '内机', '室外机', '室内机', '遥控器', '冷凝水', '氟利昂', '缺氟', '加氟', '滤尘网',
  '自清洁', '除湿', '制冷', '制热',
  // water heater, range hood, gas
  '加热管', '镁棒', '温控', '漏电保护', '漏电保护器', '漏保', '点火针', '燃气阀', '煤气味', '燃气味',
  '烟道', '止回阀', '油杯', '集油杯', '油网', '风轮', '涡轮', '吸力',
  // tv, router, printer, phone
  '遥控', '电源板', '主板', '背光', '投屏', '光猫', '网线', '信号灯', '指示灯', '无线网',
  '硒鼓', '墨盒', '碳粉', '卡纸', '打印头', '进纸', '充电器', '充电口', '充电线', '电池', '屏幕',
  '触屏', '电源键', '开机键', '恢复出厂设置',
  // service words customers use
  '保修期', '延保', '以旧换新', '上门维修', '维修单', '工单', '安装费', '上门费', '发票',
];

/** jieba's user-dictionary line format is "word frequency [tag]"; a high frequency makes the word win. */
export function domainDictionary(words: readonly string[] = DOMAIN_WORDS): Uint8Array {
  return new TextEncoder().encode(words.map((w) => `${w} 50000 n`).join('\n'));
}
