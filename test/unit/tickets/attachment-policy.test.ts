import { describe, expect, it } from 'vitest';
import { checkAttachment, isAllowedType } from '../../../src/tickets/attachment-policy.js';

const policy = { maxBytes: 1000, allowedTypes: ['image/*', 'audio/*', 'application/pdf'] };

describe('attachment policy', () => {
  it.each([
    ['image/jpeg', 10, { ok: true, kind: 'image' }],
    ['audio/silk', 10, { ok: true, kind: 'voice' }],
    ['application/pdf', 1000, { ok: true, kind: 'file' }],
    ['image/png', 1001, { ok: false, reason: 'too-large' }],
    ['application/x-msdownload', 10, { ok: false, reason: 'type-not-allowed' }],
    ['application/vnd.wechat.red-envelope', 0, { ok: false, reason: 'type-not-allowed' }],
  ])('%s of %i bytes → %o', (contentType, sizeBytes, expected) => {
    expect(checkAttachment({ contentType, sizeBytes }, policy)).toEqual(expected);
  });

  it('matches families and ignores parameters and case', () => {
    expect(isAllowedType('IMAGE/GIF; charset=binary', ['image/*'])).toBe(true);
    expect(isAllowedType('imagex/gif', ['image/*'])).toBe(false);
  });
});
