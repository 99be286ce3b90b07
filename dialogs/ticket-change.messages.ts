import type { Phrase } from './text.js';

export const CHANGE = {
  notFound: {
    zh: '抱歉，没有查到单号为 {id} 的工单，请核对一下单号。',
    en: 'Sorry, I couldn’t find ticket {id} — could you check the number?',
  },
  noneOpen: {
    zh: '我这边没有查到您名下还在进行中的工单。如果您有单号（形如 RT-20261122-0042），可以直接发给我。',
    en: 'I can’t see an open ticket under your name. If you have a ticket number (like RT-20261122-0042), just send it to me.',
  },
  chooseCancel: {
    zh: '您有几张进行中的工单：{ids}。要取消哪一张？请回复“取消工单”加单号。',
    en: 'You have several open tickets: {ids}. Which one should I cancel? Reply “cancel ticket” with its number.',
  },
  chooseReschedule: {
    zh: '您有几张进行中的工单：{ids}。要改哪一张的时间？请回复单号和新时间，比如“{example} 改到周五下午”。',
    en: 'You have several open tickets: {ids}. Which visit should I move? Reply with the number and the new time, e.g. “reschedule {example} to Friday afternoon”.',
  },
  tooLate: {
    zh: '工单 {id} 目前{status}，这个阶段我没法直接修改。需要的话回复“转人工”，同事会帮您处理。',
    en: 'Ticket {id} is at this stage: {status}, so I can’t change it myself. Reply “agent” and a colleague will sort it out.',
  },
  cancelled: {
    zh: '好的，工单 {id} 已经取消，工程师不会再上门。之后还需要维修的话，随时找我重新登记。',
    en: 'Done — ticket {id} is cancelled and no engineer will come. If you need a repair later, just message me.',
  },
  needSlot: {
    zh: '可以的。工单 {id} 现在约的是 {visit}，想改到什么时候？比如“改到周五下午”“改到11月28日上午”。',
    en: 'Sure. Ticket {id} is booked for {visit}. When would suit you instead? e.g. “move it to Friday afternoon”.',
  },
  slotFull: {
    zh: '抱歉，{slot} 在您那边已经约满了，请换一个时间，比如同一天的其他时段或第二天。',
    en: 'Sorry, {slot} is fully booked in your area — please pick another time, such as another part of that day or the next day.',
  },
  rescheduled: {
    zh: '好的，工单 {id} 的上门时间已改到 {visit}，工程师上门前会先给您打电话。',
    en: 'Done — ticket {id} is now booked for {visit}. The engineer will call before coming.',
  },
} as const satisfies Record<string, Phrase>;
