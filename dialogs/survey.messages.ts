import type { Phrase } from './text.js';

export const SURVEY = {
  thanksResolved: {
    zh: '感谢您的耐心配合！想请您给这次服务打个分，1 到 5 分，5 分最满意：',
    en: 'Thank you for your patience! How would you rate this help, from 1 to 5 (5 is best)?',
  },
  thanksTicket: {
    zh: '感谢您的信任，我们会跟进到底。也想请您给这次的沟通打个分，1 到 5 分，5 分最满意：',
    en: 'Thank you for trusting us — we’ll follow this through. How would you rate this chat, from 1 to 5 (5 is best)?',
  },
  askNumber: { zh: '谢谢！方便的话给个数字吧，1 到 5 分，5 分最满意：', en: 'Thanks! Could you give it a number, from 1 to 5 (5 is best)?' },
  thanksHigh: { zh: '谢谢您的认可，我们会继续努力！', en: 'Thank you — that means a lot to us!' },
  thanksMid: { zh: '谢谢您的评价，我们会继续改进。', en: 'Thanks for the feedback — we’ll keep improving.' },
  thanksLow: {
    zh: '很抱歉这次没让您满意。您的评价已经转给服务主管，我们会认真改进，必要时主管会联系您。',
    en: 'I’m sorry we fell short. Your rating goes to our service supervisor, and they may reach out to put it right.',
  },
  skipped: { zh: '没关系，感谢您！', en: 'No problem — thank you!' },
} as const satisfies Record<string, Phrase>;

export const UPSELL = {
  offer: { zh: '另外顺便提一句：{offer} 需要的话我帮您登记，不需要也完全没关系。', en: 'One more thing, in case it helps: {offer} Shall I note your interest? No pressure at all.' },
  yes: { zh: '好的，已帮您记下，专员会和您联系，具体费用会先跟您确认。', en: 'Done — a colleague will get in touch and confirm any cost with you first.' },
  no: { zh: '好的，明白。', en: 'Of course, no problem.' },
  optionYes: { zh: '好的，了解一下', en: 'Yes, tell me more' },
  optionNo: { zh: '不用了，谢谢', en: 'No, thanks' },
} as const satisfies Record<string, Phrase>;
