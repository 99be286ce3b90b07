import type { Phrase } from './text.js';

/** Answers to questions asked at a field prompt (issue 14: answer first, then ask again). */
export const ANSWERS = {
  wait_time: {
    zh: '登记好以后，工程师会在 {responseHours} 小时内打电话跟您约，按您选的时间上门。',
    en: 'Once this is booked, an engineer calls you within {responseHours} hours and comes at the time you choose.',
  },
  warrantyIn: { zh: '{date}买的，还在 {months} 个月的保修期内，维修免费。', en: 'Bought {date}, it’s within the {months}-month warranty, so the repair is free.' },
  warrantyOut: { zh: '{date}买的，已过 {months} 个月的整机保修期，维修前会先报价。', en: 'Bought {date}, it’s past the {months}-month warranty, so you get a quote before any repair.' },
  warrantyUnknown: {
    zh: '整机保修 {months} 个月，从购买日算起{parts}；告诉我购买时间我就能确认。',
    en: 'The warranty is {months} months from purchase{parts}; tell me when you bought it and I can check.',
  },
  price: {
    zh: '保修期内维修免费；过保的话工程师检测后先报价，您同意才修，检测费50元，确定维修则免收。',
    en: 'Under warranty the repair is free; out of warranty the engineer quotes first and nothing is done until you agree (an inspection fee applies, waived if you go ahead).',
  },
  why_name: { zh: '工程师上门时好称呼您、核对身份。', en: 'So the engineer knows whom to ask for at the door.' },
  why_phone: { zh: '工程师上门前会先打电话确认时间，号码只用于这次维修。', en: 'The engineer calls before coming; the number is used only for this repair.' },
  why_model: { zh: '型号决定带哪些配件，一次修好的机会更大。', en: 'The model tells the engineer which parts to bring, so it’s more likely fixed in one visit.' },
  why_purchaseDate: { zh: '购买时间用来确认保修：保修期内维修免费。', en: 'The purchase date decides the warranty: within it the repair is free.' },
  why_address: { zh: '地址用来安排就近的服务网点和工程师。', en: 'The address decides which service point and engineer come to you.' },
  why_visit: { zh: '按您方便的时间安排工程师上门。', en: 'So the engineer comes when it suits you.' },
  other: { zh: '这个问题我先记下，登记后同事会一并回复您。', en: 'I’ve noted that question; a colleague will answer it with the booking.' },
  rephrase: { zh: '换个方式说：{prompt}\n比如：{example}', en: 'Put another way: {prompt}\nFor example: {example}' },
  wayOnOptional: { zh: '这项先跳过也没关系，工程师上门时再确认。', en: 'We can skip this one — the engineer will check it on the visit.' },
  wayOnRequired: {
    zh: '看来这一项不太好填，我可以请人工客服帮您登记，回复“人工”就行；或者再试一次，比如：{example}',
    en: 'This one seems tricky — a colleague can take the booking with you (reply “agent”), or try once more, e.g. {example}',
  },
} as const satisfies Record<string, Phrase>;

/** One example per field, used when a prompt is rephrased. */
export const EXAMPLES = {
  name: { zh: '王女士', en: 'Ms Wang' },
  phone: { zh: '13912345678', en: '+44 7911 123456' },
  model: { zh: 'XQG100-D3', en: 'XQG100-D3' },
  purchaseDate: { zh: '去年5月', en: 'last May' },
  address: { zh: '上海市浦东新区张江路88号3栋502', en: '88 Zhangjiang Rd, Pudong, Shanghai' },
  visit: { zh: '明天上午', en: 'tomorrow morning' },
} as const satisfies Record<string, Phrase>;
