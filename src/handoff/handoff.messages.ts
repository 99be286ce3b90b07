import type { Language, LocalizedText } from '../language.js';

/** What the customer hears about a person taking over; every phrase in zh-CN and en. */
export const HANDOFF_TEXT = {
  queued: {
    zh: '好的，已经为您转接人工客服。您目前排在第 {position} 位，预计等待约 {minutes} 分钟，客服接入后会直接在这里回复您。等待期间有需要也可以继续跟我说。',
    en: 'Okay — I’ve asked a member of our team to join. You’re number {position} in line, so the wait should be about {minutes} min; they’ll reply right here. Meanwhile you can keep talking to me.',
  },
  safetyFirst: {
    // No advice of its own: the article's safety steps come first, and for gas they forbid touching switches or plugs.
    zh: '涉及安全的问题我们会优先处理，同事会尽快联系您。在此之前请按上面的安全提示做，人先离开危险的地方。',
    en: 'Safety issues go to the front of the line, and a colleague will reach you soon. Until then please follow the safety steps above and keep yourself away from the danger.',
  },
  afterHours: {
    zh: '实话跟您说，人工客服的上班时间是每天 {hours}（{zone}），现在没有同事在线，不想让您干等。您可以选择：\n1. 现在登记维修工单，我们按服务承诺安排师傅联系您\n2. 留下请求，{opens} 上班后客服第一时间在这里回复您（回电）\n请回复 1 或 2。',
    en: 'To be honest with you: our team works {hours} ({zone}) every day, and nobody is online right now — I don’t want to leave you waiting. You can:\n1. Book a repair ticket now; a technician contacts you within our service commitment\n2. Leave a request, and someone replies here as soon as we open at {opens} (a callback)\nPlease reply 1 or 2.',
  },
  optionTicket: { zh: '登记维修工单', en: 'Book a repair' },
  optionCallback: { zh: '上班后联系我', en: 'Contact me later' },
  callbackKept: {
    zh: '好的，已为您留下请求，客服 {opens} 上班后会第一时间在这里联系您。',
    en: 'Done — your request is saved, and someone will contact you here when we open at {opens}.',
  },
  agentJoined: {
    zh: '人工客服{name}已接入，正在查看您之前的对话，请稍候。',
    en: '{name} from our team has joined and is reading the conversation so far.',
  },
  requeued: {
    zh: '抱歉让您久等了，刚才的客服暂时走开了，已为您重新排队，下一位空闲的客服会马上接上。',
    en: 'Sorry for the wait — the colleague helping you had to step away. You’re back in line, and the next free person will pick up.',
  },
  releasedThank: {
    zh: '本次人工服务就到这里，感谢您的耐心！想请您为这次服务打个分：1–5 分，5 分最满意。',
    en: 'That’s all from our team for now — thank you for your patience! How would you rate this help, from 1 to 5 (5 is best)?',
  },
  releasedAsk: {
    zh: '人工客服已把对话交回给我（售后小助手）。还有什么可以帮您的吗？',
    en: 'Our team has handed you back to me, the after-sales assistant. Is there anything else I can help with?',
  },
} as const satisfies Record<string, LocalizedText>;

const ZONE_NAMES: Record<string, LocalizedText> = {
  'Asia/Shanghai': { zh: '北京时间', en: 'Beijing time' },
};

export function handoffText(language: Language, phrase: LocalizedText, vars: Record<string, string | number> = {}): string {
  return phrase[language].replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}

export function zoneName(timeZone: string, language: Language): string {
  return ZONE_NAMES[timeZone]?.[language] ?? timeZone;
}
