import type { Phrase } from './text.js';

export const SUPPORT = {
  greetNamed: {
    zh: '{name}您好！我是售后小助手，很高兴为您服务 😊',
    en: 'Hi {name}, I’m the after-sales assistant — glad you reached out 😊',
  },
  greet: {
    zh: '您好！我是售后小助手，很高兴为您服务 😊',
    en: 'Hi there, I’m the after-sales assistant — glad you reached out 😊',
  },
  capabilities: {
    zh: '家电和数码产品出了状况，我可以陪您一步步排查；修不好就帮您登记上门维修，也能查工单进度、讲清保修政策。请说说遇到了什么问题？',
    en: 'If an appliance or device is acting up, I can walk you through the fix step by step; if that doesn’t do it, I’ll book a repair visit. I can also check a repair ticket or explain the warranty. What’s going on?',
  },
  askProblemAgain: {
    zh: '请简单描述一下遇到的问题，比如“洗衣机不排水”或“空调不制冷”。',
    en: 'Tell me briefly what’s wrong — for example “washer won’t drain” or “AC isn’t cooling”.',
  },
  apologyAngry: {
    zh: '真的非常抱歉，给您添了这么多麻烦，换作是我也会着急。这件事我会认真跟进到底。',
    en: 'I’m really sorry for all the trouble — I’d be frustrated too. I’ll see this through with you.',
  },
  apologyRepeat: {
    zh: '同样的问题又让您碰上了，实在抱歉。这次我们会优先处理。',
    en: 'I’m sorry you’re dealing with this again. We’ll treat it as a priority this time.',
  },
  restateArticle: {
    zh: '明白了，您遇到的是“{title}”的情况，确实挺影响使用的。别着急，我们一起看看。',
    en: 'Got it — this sounds like “{title}”. That’s a real nuisance; let’s sort it out together.',
  },
  /** A safety article is no "nuisance": calm, and straight to what keeps the customer safe. */
  restateSafety: {
    zh: '明白了，这可能是“{title}”的情况。安全第一，请先别慌，按我下面说的做。',
    en: 'Understood — this may be “{title}”. Safety comes first: please stay calm and do what follows.',
  },
  restateProduct: {
    zh: '明白，您的{product}出了点状况。我想先把情况问清楚，好找准办法。',
    en: 'Understood — something’s wrong with your {product}. Let me ask a little more so we pick the right fix.',
  },
  restateUnknown: {
    zh: '收到，我来帮您看看。',
    en: 'Thanks for explaining — let me help.',
  },
  resolvedFarewell: {
    zh: '还有其他需要帮忙的，随时找我就好。祝您生活愉快！',
    en: 'If anything else comes up, just message me. Have a great day!',
  },
  rephraseInvite: {
    zh: '好的，请换个说法再描述一下，比如什么产品、出现了什么现象。',
    en: 'Sure — please describe it another way: which product, and what exactly happens.',
  },
  cancelled: {
    zh: '好的，已经停下了。之前登记的工单不受影响，有需要随时再找我。',
    en: 'Okay, I’ve stopped there. Any ticket already opened stays as it is — message me whenever you need.',
  },
  restarted: {
    zh: '好的，我们重新开始。',
    en: 'Sure, let’s start over.',
  },
  dialogUpdated: {
    zh: '抱歉，我们刚刚升级了服务流程，需要请您把问题再说一次。',
    en: 'Sorry — we’ve just updated our service flow, so I need you to tell me the problem once more.',
  },
} as const satisfies Record<string, Phrase>;
