import type { Phrase } from './text.js';

export const FIND = {
  whichOne: {
    zh: '我想确认一下，您说的更接近下面哪种情况？回复数字就行：\n{choices}',
    en: 'Just to be sure — which of these is closer? Reply with a number:\n{choices}',
  },
  isItThis: {
    zh: '我想确认一下，您遇到的是这个情况吗？回复数字就行：\n{choices}',
    en: 'Just to check — is this what’s happening? Reply with a number:\n{choices}',
  },
  neither: { zh: '都不是', en: 'None of these' },
  notThis: { zh: '不是这个', en: 'No, something else' },
  describeDifferently: {
    zh: '好的，可能是我没理解准。能换个说法再讲讲吗？比如是哪里不对劲、具体什么现象、从什么时候开始的。想直接找同事的话，回复“转人工”就行。',
    en: 'All right — I may have misunderstood. Could you put it another way? For example what part is acting up, what exactly happens and since when. If you’d rather talk to a person, just reply “agent”.',
  },
  askMoreWithProduct: {
    zh: '能再具体说说吗？比如{product}是什么型号、出现了什么现象、从什么时候开始的，已经试过哪些办法。',
    en: 'Could you tell me a bit more — the {product}’s model, what exactly happens, since when, and what you’ve tried?',
  },
  askMoreNoProduct: {
    zh: '为了找准办法，想再问一句：是哪个产品出了问题（比如洗衣机、冰箱、空调、路由器），具体是什么现象呢？',
    en: 'To find the right fix: which product is it (washer, fridge, AC, router…), and what exactly happens?',
  },
  honestNoAnswer: {
    zh: '抱歉，这个问题我的资料里暂时没有现成的解决办法，我已经记下来交给技术同事完善。您看接下来怎么处理比较好？',
    en: 'I’m sorry — I don’t have a ready answer for this one. I’ve passed it to our technical team. How would you like to continue?',
  },
  optionTicket: { zh: '登记上门维修', en: 'Book a repair visit' },
  optionAgent: { zh: '转人工客服', en: 'Talk to a person' },
  optionRephrase: { zh: '换个说法再试', en: 'Describe it differently' },
  didNotCatchChoice: {
    zh: '不好意思没看明白，请回复选项前面的数字，或者直接再描述一下问题。',
    en: 'Sorry, I didn’t catch that — reply with the option’s number, or describe the problem again.',
  },
} as const satisfies Record<string, Phrase>;

/** Honest replies to messages that are not a product problem; the narrowing question follows each. */
export const SMALL_TALK = {
  robot: {
    zh: '我是售后的自动客服助手，是程序不是真人 🙂 我能帮您排查家电和数码产品的故障、查保修和工单。想找真人客服，随时回复“转人工”就行。',
    en: 'I’m an automated support assistant — a program, not a person 🙂 I can help troubleshoot your appliances and devices, check warranty and tickets. If you’d like a person, just reply “agent” any time.',
  },
  joke: {
    zh: '讲笑话我不太在行 😄 我是售后的自动客服助手，更擅长帮您解决产品的问题。',
    en: 'Jokes aren’t my strong point 😄 I’m the after-sales assistant — fixing product problems is what I’m good at.',
  },
  weather: {
    zh: '天气我查不到，抱歉～我是售后的自动客服助手，可以帮您处理家电和数码产品的问题。',
    en: 'I can’t check the weather, sorry — I’m the after-sales assistant and can help with problems with your appliances and devices.',
  },
  greeting: {
    zh: '您好！我是售后的自动客服助手，很高兴为您服务。',
    en: 'Hello! I’m the after-sales assistant, happy to help.',
  },
  thanks: {
    zh: '不客气！',
    en: 'You’re welcome!',
  },
  'outside-service': {
    zh: '这个我帮不上忙，抱歉～我是售后的自动客服助手，负责产品故障、保修、退换和维修工单这些事。',
    en: 'I’m afraid I can’t help with that — I’m the after-sales assistant, here for product problems, warranty, returns and repair tickets.',
  },
  vague: {
    zh: '别着急，我来帮您一起看看。',
    en: 'No worries — let’s work it out together.',
  },
} as const satisfies Record<string, Phrase>;
