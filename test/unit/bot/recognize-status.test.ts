import { describe, expect, it } from 'vitest';
import { detectInterruption } from '../../../src/bot/recognize.js';

describe('a question about a ticket\'s status, read by word positions', () => {
  it('finds it in the forms the old pattern took', () => {
    for (const text of ['我的工单到哪一步了', '帮我查下工单', '进度怎么样了 我那个工单', '维修进度', 'RT-20261120-0042', 'ticket status please', 'where is my technician'])
      expect(detectInterruption(text), text).toBe('ticket-status');
  });
  it('is not a status question without both parts', () => {
    expect(detectInterruption('状态灯一直闪')).toBeUndefined();
    expect(detectInterruption(`工单${'工'.repeat(490)}`)).toBeUndefined();
  });
});
