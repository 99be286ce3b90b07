import type { Phrase } from './text.js';

export const AFTER_VISIT = {
  askQuoteAgain: {
    zh: '抱歉，我没看明白。工单 {id} 的报价 ¥{amount}，您同意吗？请回复“同意报价”或“不同意”。',
    en: 'Sorry, I didn’t catch that. Do you accept the ¥{amount} quote for ticket {id}? Reply “Accept the quote” or “Decline”.',
  },
  askFixedAgain: {
    zh: '抱歉，我没看明白。工单 {id} 的问题修好了吗？请回复“已修好”或“还没修好”。',
    en: 'Sorry, I didn’t catch that. Has the repair on ticket {id} fixed the problem? Reply “Yes, it’s fixed” or “No, still broken”.',
  },
  keptOpen: {
    zh: '好的，这个问题先留着，您方便时再回复我就行。',
    en: 'No problem — the question stays open; reply whenever it suits you.',
  },
  /** 事不过三 on a reopen: the repair failed again and the strikes reached three. */
  reopenedThirdStrike: {
    zh: '工单 {id} 修了还是没好，加上之前的报修和返修，这已经是第 {strikes} 次了，真的非常抱歉。这种情况不该再让机器人来处理：我已经请主管跟进，也为您转接了人工客服，同事接入后会直接在这里回复您。',
    en: 'Ticket {id} still isn’t fixed — counting your earlier reports and repairs, that’s {strikes} times now, and I’m truly sorry. This shouldn’t be left to a bot: a supervisor is reviewing it, and I’ve called in a member of our team, who will reply to you right here.',
  },
  optedOut: {
    zh: '好的，以后不会再主动联系您。如果需要帮助，随时给我发消息就行。',
    en: 'Understood — we won’t contact you again. If you ever need help, just send a message.',
  },
} as const satisfies Record<string, Phrase>;

export const REPAIR_SURVEY = {
  intro: {
    zh: '感谢您的确认！占用您半分钟，给这次上门服务打个分（1–5 分，5 分最满意，可以跳过）。',
    en: 'Thank you! Half a minute to rate this repair visit? 1–5, 5 is best; you can skip any question.',
  },
  speed: { zh: '响应速度：从报修到上门，您觉得快吗？', en: 'Response speed: how quickly did we get to you?' },
  attitude: { zh: '服务态度：工程师和客服的态度怎么样？', en: 'Attitude: how courteous were the engineer and support?' },
  efficiency: { zh: '解决效率：问题解决得利落吗？', en: 'Resolution efficiency: how efficiently was the problem solved?' },
  overall: { zh: '总体满意度：整体来说您满意吗？', en: 'Overall: how satisfied are you overall?' },
  comment: { zh: '还有什么想对我们说的吗？（可以跳过）', en: 'Anything else you’d like to tell us? (You can skip.)' },
  skip: { zh: '跳过', en: 'Skip' },
  thanks: { zh: '谢谢您的评价，我们会继续努力！', en: 'Thank you for the feedback — it helps us improve!' },
  thanksLow: {
    zh: '很抱歉这次没让您满意，您的评价会直接转给服务主管跟进。',
    en: 'I’m sorry we fell short; your rating goes straight to the service supervisor.',
  },
} as const satisfies Record<string, Phrase>;
