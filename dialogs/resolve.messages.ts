import type { Phrase } from './text.js';

export const RESOLVE = {
  step: { zh: '第 {n} 步（共 {total} 步）：{text}', en: 'Step {n} of {total}: {text}' },
  didItWork: { zh: '做完后问题解决了吗？', en: 'Did that fix it?' },
  afterFallback: { zh: '这样试过之后呢？', en: 'How about after trying that?' },
  fixed: { zh: '太好了，问题解决了！', en: 'Great — glad that fixed it!' },
  notFixedAfterAll: {
    zh: '这些方法都试过了还是不行，说明需要工程师上门检查，我这就帮您登记维修。',
    en: 'We’ve tried everything that’s safe to do at home, so an engineer needs to take a look. Let me book a repair for you.',
  },
  technicianNeeded: {
    zh: '这种情况需要专业工程师处理，我这就帮您登记上门维修。',
    en: 'This one needs a qualified engineer, so let me book a repair visit for you.',
  },
  safetyFirst: {
    zh: '⚠️ 这是安全问题，请先按下面做，确保安全：\n{steps}',
    en: '⚠️ This is a safety issue. Please do this first to stay safe:\n{steps}',
  },
  safetyTicket: {
    zh: '我马上为您登记加急上门，请留个联系方式，工程师会尽快联系您。',
    en: 'I’m booking an urgent visit right away — I just need a few details so the engineer can reach you.',
  },
  policyAnswered: { zh: '这样能解答您的问题吗？', en: 'Does that answer your question?' },
  optionFixed: { zh: '解决了', en: 'Fixed' },
  optionNotFixed: { zh: '还不行', en: 'Still not working' },
  optionRepair: { zh: '要上门维修', en: 'Book a repair' },
  optionClear: { zh: '清楚了', en: 'Yes, thanks' },
  optionAgent: { zh: '转人工', en: 'Talk to a person' },
  // A reply read as half better, on and off, not known yet or stuck on the step: understood, not yet settled.
  notSettled: {
    zh: '收到。如果这一步做不了，或者还没完全好，回复“还不行”，我给您换下一个办法；已经正常了就回复“解决了”；也可以回复“要上门维修”请工程师来。',
    en: 'Got it. If this step can’t be done or hasn’t fully worked, reply “still not working” and I’ll give you the next thing to try; if it’s working now, reply “fixed” — or “book a repair” to have an engineer come.',
  },
  notSettledAgain: { zh: '那这一步先算没解决，我们试下一个办法。', en: 'Let’s count this step as not fixed and try the next thing.' },
  notUnderstood: {
    zh: '抱歉，我没太明白。这一步做完后，问题解决了吗？可以直接回复“解决了”或“还不行”。',
    en: 'Sorry, I didn’t quite follow. After that step, is the problem fixed? You can reply “fixed” or “still not working”.',
  },
  handingOff: {
    zh: '看来我没能帮上忙，真抱歉。我请人工客服来接手，请稍候。',
    en: 'I’m sorry I couldn’t get this right. I’m bringing in a member of our team — please hold on a moment.',
  },
} as const satisfies Record<string, Phrase>;
