import type { Phrase } from './text.js';

export const INTAKE = {
  intro: {
    zh: '登记维修需要几项信息，我一项一项问，随时可以说“电话错了，是……”来更正。',
    en: 'I need a few details for the repair — one at a time. You can correct anything later, e.g. “phone is wrong, it’s …”.',
  },
  introPriority: {
    zh: '这次我们会优先安排。登记需要几项信息，我一项一项问。',
    en: 'We’ll give this priority. I need a few details — one at a time.',
  },
  askName: { zh: '请问怎么称呼您？', en: 'What name should the engineer ask for?' },
  askPhone: { zh: '方便留一个联系电话吗？工程师上门前会先打给您。', en: 'What’s the best phone number? The engineer will call before coming.' },
  askModel: {
    zh: '产品的型号是多少？一般在机身侧面或背面的铭牌上，不清楚的话回复“不知道”也可以。',
    en: 'What’s the model number? It’s on the rating label on the side or back — or reply “don’t know”.',
  },
  askPurchaseDate: {
    zh: '大概是什么时候买的？比如“2025年3月”或“去年5月”，用来确认保修。',
    en: 'Roughly when did you buy it? e.g. “March 2025” or “last May” — it tells us whether it’s under warranty.',
  },
  askAddress: { zh: '上门地址是哪里？请写到城市和区，比如“上海市浦东新区张江路88号3栋502”。', en: 'What address should we visit? Please include the city, e.g. “88 Zhangjiang Rd, Pudong, Shanghai”.' },
  askVisit: {
    zh: '您希望什么时候上门？比如“明天上午”“周三下午”。',
    en: 'When would you like the visit? e.g. “tomorrow morning” or “Wednesday afternoon”.',
  },
  slotOpen: {
    zh: '好的，不着急。定下来了回复序号就行；这几个都不合适的话，也可以直接说您想约的时间。',
    en: 'No rush. When you’ve decided, just reply with the number — or tell me another time that suits you if none of these do.',
  },
  badName: { zh: '称呼写个姓或名字就好，比如“王女士”。', en: 'A name is enough — for example “Ms Wang”.' },
  badPhone: {
    zh: '这个号码好像不太对，请再核对一下：手机是 11 位，座机请带区号。',
    en: 'That number doesn’t look right — please check it and include the country code if it isn’t a mainland China number, e.g. +44 7911 123456.',
  },
  // A refusal ("不想留") is answered with what the field is for, never with "that doesn't look right".
  refusedName: { zh: '不方便说全名也没关系，留个姓就好，比如“王女士”，工程师上门时好称呼您。', en: 'No need for your full name — a surname is enough, like “Ms Wang”, so the engineer knows whom to ask for.' },
  refusedPhone: {
    zh: '理解您的顾虑。号码只用于这次维修：工程师上门前打电话确认时间，不会用来推销。',
    en: 'I understand. The number is used only for this repair — the engineer calls to confirm the time, never to sell anything.',
  },
  refusedModel: { zh: '型号不方便找的话，回复“不知道”也可以，工程师上门时再看。', en: 'If the model is a bother to find, just reply “don’t know” — the engineer will check it on the visit.' },
  refusedDate: { zh: '购买时间只用来判断是否在保修期内：保修期内维修免费。记不清的话回复“不知道”就好。', en: 'The purchase date only decides the warranty — within it the repair is free. If you’re not sure, reply “don’t know”.' },
  refusedAddress: { zh: '理解。地址只用来安排就近的网点和工程师上门，不会另作他用。', en: 'I understand. The address is used only to send the nearest service point’s engineer.' },
  refusedVisit: { zh: '上门时间由您定，工程师按您方便的时间来。', en: 'The visit time is yours to choose — the engineer comes when it suits you.' },
  badModel: { zh: '型号一般是字母加数字，比如 XQG100-D3；不清楚可以回复“不知道”。', en: 'A model is usually letters and digits, like XQG100-D3 — or reply “don’t know”.' },
  badDateUnreadable: { zh: '没看懂这个日期，可以写成“2025年3月”或“去年5月”这样。', en: 'I couldn’t read that date — try something like “March 2025” or “last May”.' },
  badDateFuture: { zh: '这个日期还没到呢 😊 请再确认一下购买时间。', en: 'That date is still in the future 😊 — could you check the purchase date?' },
  badDateOld: { zh: '这个日期有点久远，请再确认一下购买时间。', en: 'That seems a very long time ago — could you double-check the purchase date?' },
  badAddress: { zh: '地址再详细一点好吗？请写到城市、区和门牌号。', en: 'Could you give a fuller address — city, district and street number?' },
  badVisit: {
    zh: '没能识别这个时间，请说一个明天以后的时间，比如“明天上午”“下周三下午”。',
    en: 'I couldn’t read that time — please give a day from tomorrow on, like “tomorrow morning” or “next Wednesday afternoon”.',
  },
  inWarranty: { zh: '{date}买的，这台机器还在保修期内，维修免费。', en: 'Bought {date}: good news, it’s still under warranty, so the repair is free.' },
  restateOut: { zh: '（{date}买的，保修{months}个月{part}）', en: ' (bought {date}, {months}-month warranty{part})' },
  partWarranty: { zh: '，按{part}的保修算', en: ', as the {part} has its own warranty' },
  partRule: { zh: '（按文章说明，{part}保修{months}个月。）', en: ' (The article gives the {part} {months} months.)' },
  sameDay: {
    zh: '当天上门要走加急通道，需要同事人工安排。要加急的话回复“人工”；不急的话请说一个明天以后的时间，比如“明天上午”。',
    en: 'Same-day visits go through our urgent desk, arranged by a colleague — reply “agent” for that, or give a day from tomorrow on, like “tomorrow morning”.',
  },
  askMonth: { zh: '{year}年的几月份还记得吗？大概就行，比如“{year}年5月”。不记得的话回复“不知道”。', en: 'Do you remember roughly which month of {year}? e.g. “May {year}”. If not, reply “don’t know”.' },
  askPeriod: { zh: '{day}上午、下午还是晚上方便？', en: 'Morning, afternoon or evening on {dayEn}?' },
  askDay: { zh: '具体哪一天方便？比如“明天上午”“周六下午”。', en: 'Which day suits you? e.g. “tomorrow morning” or “Saturday afternoon”.' },
  dontKnow: { zh: '不知道', en: 'don’t know' },
  agentButton: { zh: '人工客服', en: 'Talk to a person' },
  warrantyUnknown: { zh: '保修待确认', en: 'warranty to be checked' },
  visitByPhone: { zh: '工程师电话约', en: 'the engineer will call to arrange' },
  quoteRephrase: {
    zh: '简单说：过保维修是先检测报价，您同意了才修、才收费。接受的话回复“可以”，不需要就回复“不用了”。',
    en: 'In short: out of warranty, the engineer checks and quotes first, and nothing is done or charged unless you agree. Reply “yes” to go ahead or “no thanks”.',
  },
  cancelled: { zh: '好的，这次先不登记了。之后需要随时找我。', en: 'Okay, I’ve stopped the booking. I’m here whenever you need.' },
  handingOff: { zh: '好的，我请人工客服来跟您聊，您填过的信息同事都看得到。', en: 'Sure — I’m bringing in a colleague; they’ll see everything you’ve told me.' },
  outOfWarranty: {
    zh: '这台机器已经过了保修期。上门检测后会先给您报价，您同意后才会维修和收费（检测费50元，确定维修则免收）。可以接受吗？',
    en: 'It’s past the warranty period. The engineer will give you a quote after checking it, and nothing is repaired or charged until you agree (an inspection fee applies, waived if you go ahead). Is that okay?',
  },
  yesOrNo: { zh: '请回复“可以”或“不用了”。', en: 'Please reply “yes” or “no thanks”.' },
  quoteDeclined: {
    zh: '明白，那这次先不安排上门。您也可以转人工客服聊聊其他办法，需要时随时找我。',
    en: 'Understood — I won’t book the visit. A colleague can talk through other options if you like; I’m here whenever you need.',
  },
  slotFull: {
    zh: '{slot} 在您那边已经约满了，抱歉。下面这些时间还可以，回复数字选一个：\n{choices}',
    en: 'Sorry, {slot} is fully booked in your area. These times are free — reply with a number:\n{choices}',
  },
  confirm: {
    zh: '请核对一下登记信息：\n姓名：{name}\n电话：{phone}\n型号：{model}\n购买时间：{purchaseDate}（{warranty}）\n地址：{address}\n上门时间：{visit}\n没问题的话回复“确认”，要改哪项直接告诉我。',
    en: 'Please check the details:\nName: {name}\nPhone: {phone}\nModel: {model}\nPurchased: {purchaseDate} ({warranty})\nAddress: {address}\nVisit: {visit}\nReply “confirm” if all is right, or tell me what to change.',
  },
  warrantyIn: { zh: '保修期内', en: 'under warranty' },
  warrantyOut: { zh: '已过保，先报价', en: 'out of warranty, quote first' },
  confirmYes: { zh: '确认', en: 'Confirm' },
  confirmEdit: { zh: '修改', en: 'Change something' },
  whichField: { zh: '好的，要修改哪一项？', en: 'Sure — which one should I change?' },
  updated: { zh: '好的，已更新。', en: 'Done, updated.' },
  created: {
    zh: '已为您登记维修单，单号 {id}（可以直接发这个单号给我查进度）。\n工程师会在 {responseHours} 小时内联系您，{visit}上门。{warrantyNote}',
    en: 'Your repair ticket is booked: {id} (send me this number any time for an update).\nAn engineer will call you within {responseHours} hours and visit {visit}. {warrantyNote}',
  },
  createdUrgent: {
    zh: '已为您登记加急维修单，单号 {id}。工程师会在 {responseHours} 小时内联系您，最迟 {onSiteHours} 小时内上门。在此之前请保持安全，不要再使用该设备。',
    en: 'Your urgent repair ticket is booked: {id}. An engineer will call within {responseHours} hours and be with you within {onSiteHours} hours at the latest. Until then please stay safe and don’t use the appliance.',
  },
  noteFree: { zh: '保修期内维修免费。', en: 'The repair is free under warranty.' },
  noteUnknown: { zh: '保修情况工程师上门时核对。', en: 'The engineer will check the warranty on the visit.' },
  noteQuote: { zh: '维修前会先报价，您同意后才收费。', en: 'You’ll get a quote first; nothing is charged until you agree.' },
  storeDown: {
    zh: '抱歉，系统这会儿有点忙，工单还没保存成功。您填的信息我都记着，稍后回复“确认”就能再提交一次。',
    en: 'Sorry — our system is busy and the ticket isn’t saved yet. I’ve kept everything you told me; reply “confirm” in a moment to try again.',
  },
  unknownModel: { zh: '不清楚', en: 'unknown' },
  threeStrikes: {
    zh: '这已经是您最近 {days} 天里的第 {count} 张维修单了，反复给您添麻烦，真的很抱歉。这种情况不该只让机器人处理：我已经请主管跟进这几张单子，也为您转接了人工客服，同事接入后会直接在这里回复您。',
    en: 'You’ve had to open {count} repair tickets in the last {days} days — I’m truly sorry for the repeated trouble. That shouldn’t be left to a bot: I’ve asked a supervisor to review these tickets and called in a member of our team, who will reply to you right here.',
  },
} as const satisfies Record<string, Phrase>;

export const FIELD_LABELS = {
  name: { zh: '姓名', en: 'name' },
  phone: { zh: '电话', en: 'phone' },
  model: { zh: '型号', en: 'model' },
  purchaseDate: { zh: '购买时间', en: 'purchase date' },
  address: { zh: '地址', en: 'address' },
  visit: { zh: '上门时间', en: 'visit time' },
} as const satisfies Record<string, Phrase>;

export const PERIODS = {
  morning: { zh: '上午', en: 'morning' },
  afternoon: { zh: '下午', en: 'afternoon' },
  evening: { zh: '晚上', en: 'evening' },
} as const satisfies Record<string, Phrase>;
