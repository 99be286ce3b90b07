import { describe, expect, it } from 'vitest';
import { threadOpening } from '../../../../src/channels/slack/slack-blocks.js';
import type { HandoffRequest } from '../../../../src/handoff/handoff-request.js';

const hostile = '<!channel> <https://evil.example|click> &amp;';

function request(overrides: Partial<HandoffRequest> = {}): HandoffRequest {
  return {
    conversationId: `conv ${hostile}`, customer: { channel: `chan ${hostile}`, userId: 'u-1', conversationId: `conv ${hostile}` },
    language: 'zh', reason: 'asked', priority: 'normal', requestedAt: '2026-11-20T02:00:00.000Z', version: 1, ...overrides,
  };
}

describe('the Slack thread opening', () => {
  it('escapes every field of the facts line and the notification text: no <!channel> ping, no planted link', () => {
    const opening = threadOpening(request());
    const facts = (opening.blocks[0] as { text: { text: string } }).text.text;
    for (const shown of [facts, opening.text]) {
      expect(shown).not.toMatch(/<!channel>|<https:/);
      expect(shown).not.toContain('<');
      expect(shown).not.toContain('>');
    }
    expect(facts).toContain('chan &lt;!channel&gt; &lt;https://evil.example|click&gt; &amp;amp;');
    expect(opening.text).toContain('conv &lt;!channel&gt;');
  });
});
