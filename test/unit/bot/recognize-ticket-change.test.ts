import { describe, expect, it } from 'vitest';
import { detectInterruption } from '../../../src/bot/recognize.js';

describe('recognising ticket cancel and reschedule', () => {
  it.each([
    ['取消工单 RT-20261122-0042', 'ticket-cancel'],
    ['工单 RT-20261122-0042 取消', 'ticket-cancel'],
    ['不用上门了', 'ticket-cancel'],
    ['cancel my repair', 'ticket-cancel'],
    ['please cancel the technician visit', 'ticket-cancel'],
    ['改到周五下午', 'ticket-reschedule'],
    ['把预约改到明天上午', 'ticket-reschedule'],
    ['RT-20261122-0042 改到11月28日上午', 'ticket-reschedule'],
    ['can I reschedule the visit to Friday?', 'ticket-reschedule'],
    ['move my appointment to tomorrow', 'ticket-reschedule'],
  ])('%s → %s', (text, expected) => {
    expect(detectInterruption(text)).toBe(expected);
  });

  it.each([
    ['温度改到26度', undefined],
    ['取消', 'cancel'],
    ['我的工单 RT-20261122-0042 到哪了', 'ticket-status'],
    ['我想预约上门维修', undefined],
    ['转人工', 'agent'],
  ])('%s is not a ticket change (%s)', (text, expected) => {
    expect(detectInterruption(text)).toBe(expected);
  });
});
