/**
 * Query-side expansion. When a query contains one of an entry's phrases, the entry's other phrases are
 * searched too (at lower weight, see bm25-index.ts). `oneWay` entries only map the variants onto the
 * first phrase (typos: nobody needs 洗衣几 added to a query that says 洗衣机).
 *
 * Rule: an entry joins phrasings of ONE symptom with ONE fix. 不进水 ≠ 不排水 and 不制冷 ≠ 不制热 stay
 * apart (different parts, different steps); the product word in the query tells fridge from air conditioner.
 */
export interface SynonymEntry {
  phrases: readonly string[];
  oneWay?: boolean;
  why: string;
}

export const SYNONYMS: readonly SynonymEntry[] = [
  // cooling, heating
  { phrases: ['不制冷', '不凉', '不冷', '制冷效果差', '不够冷', '冷不下来', '吹热风', '风是温的', '常温的风', '温风'], why: 'customers describe lost cooling by the felt result, trainers by the function' },
  { phrases: ['不制热', '不热', '不暖', '吹冷风', '制热效果差'], why: 'same for heating; kept apart from cooling because the checks differ (mode, defrost, outdoor unit)' },
  { phrases: ['not cooling', 'not cold', 'warm'], oneWay: true, why: '"the fridge is warm" means it stopped cooling' },
  // power
  { phrases: ['跳闸', '断电', '跳电', '漏保', '漏电保护'], why: 'a tripped breaker or RCD is what customers call "the power went off"' },
  { phrases: ['trip', 'breaker', 'power cut', 'rcd'], why: 'English names for the same tripping' },
  { phrases: ['开不了机', '开不开机', '无法开机', '不开机', '开机没反应', '不通电'], why: 'all mean the unit shows no sign of power' },
  { phrases: ["won't turn on", 'no power', 'dead', "won't start"], why: 'English for the same no-power symptom' },
  // network
  { phrases: ['掉线', '断网', '断线', '时断时续', '老断'], why: 'intermittent drops: one fix (channel, placement, firmware)' },
  { phrases: ['wifi', 'wi-fi', '无线', '无线网', 'wlan'], why: 'spellings of the same thing' },
  { phrases: ['disconnect', 'drop', 'drops', 'dropping', 'cuts out'], why: 'English for intermittent drops' },
  // ignition, gas
  { phrases: ['打不着火', '点不着火', '不点火', '点不着', '打不着'], why: 'a gas water heater that will not ignite' },
  { phrases: ['煤气味', '燃气味', '漏气', '燃气泄漏'], why: 'any gas smell is the safety article' },
  { phrases: ['smell gas', 'gas smell', 'gas leak', 'smell of gas', 'gas odour', 'rotten egg'], why: 'the gas safety article must win over "gas water heater won\'t light"' },
  // washing
  { phrases: ['不脱水', '不甩干', '甩不干', '脱不了水'], why: 'spin failure has one fix (balance, load, drain first)' },
  { phrases: ['排不出', '下不去', '出不去', '不排水', '水排不掉'], why: 'water staying in the drum is the drain fault, not the fill fault' },
  { phrases: ['不进水', '不上水', '进不了水', '不加水', '没有水进来', '一滴水都没有'], why: 'the fill fault: tap, pressure, inlet screen' },
  { phrases: ["won't fill", 'not filling', 'no water coming in', 'water not coming in'], why: 'English for the fill fault' },
  { phrases: ['震动', '晃动', '走位', '移位', '跳来跳去', '抖得厉害'], why: 'a washer walking or shaking in spin: level the feet, remove transit bolts' },
  { phrases: ['漏油', '滴油', '流油', '渗油'], why: 'a hood dripping oil: one fix (oil cup, seals)' },
  { phrases: ['耗电快', '掉电快', '费电', '不耐用', '续航差', '充好几次电'], why: 'battery drain, not a charging fault' },
  { phrases: ['异响', '噪音大', '声音大', '响声大', '杂音', '嗡嗡响', '哐哐响', '咣咣响', '响得厉害'], why: 'noise complaints' },
  { phrases: ['漏水', '渗水', '滴水', '往外冒水'], why: 'water escaping the unit' },
  // devices and parts
  { phrases: ['油烟机', '抽油烟机', '烟机', '吸油烟机'], why: 'jieba keeps 抽油烟机 whole, so it would not meet 油烟机' },
  { phrases: ['油烟机', '抽烟机', '油烟鸡'], oneWay: true, why: 'customers write 抽烟机 and pinyin typos for the hood' },
  { phrases: ['遥控器', '遥控'], why: 'customers drop the 器' },
  { phrases: ['黑屏', '不亮', '没画面', '没有图像'], why: 'no picture' },
  { phrases: ['卡纸', '夹纸', '纸卡住'], why: 'paper jam' },
  { phrases: ['充不进电', '充不上电', '不充电', '充电没反应'], why: 'not charging' },
  // service
  { phrases: ['保修', '质保', '保修期', '包修', '免费修', '免费维修'], why: 'asking whether a repair is free is asking about the warranty' },
  { phrases: ['哪里买', '在哪买', '哪儿买', '去哪买', '怎么买', '购买', 'where can i buy', 'where to buy'], why: 'buying a part or accessory (买 alone is a stop word: "买了两年" is not a purchase)' },
  { phrases: ['mbps', '网速', 'slow speed', '网速慢'], why: 'quoting a line speed means the speed is too low' },
  { phrases: ['退货', '退换', '换货', '退换货'], why: 'return and exchange share one policy' },
  { phrases: ['维修', '修理', '报修'], why: 'repair' },
  { phrases: ['工单', '维修单', '进度', '什么时候来', '还没人联系'], why: 'asking where their repair ticket is' },
  // typos (pinyin input picks the wrong character of the same sound)
  { phrases: ['洗衣机', '洗衣几', '洗衣鸡', '喜衣机'], oneWay: true, why: 'pinyin typos of 洗衣机' },
  { phrases: ['冰箱', '冰相', '并箱'], oneWay: true, why: 'pinyin typos of 冰箱' },
  { phrases: ['空调', '空条', '空掉'], oneWay: true, why: 'pinyin typos of 空调' },
  { phrases: ['热水器', '热水气', '热水起'], oneWay: true, why: 'pinyin typos of 热水器' },
  { phrases: ['路由器', '路由', '由路器'], oneWay: true, why: 'short form and a typo of 路由器' },
];
