import fc from 'fast-check';
import { expect } from 'vitest';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Where a fuzzed Bot Framework activity may ask replies to go: nowhere but a closed loopback port. */
export const LOOPBACK_SERVICE_URL = 'http://127.0.0.1:1/unused';

/** Strings chosen to break parsers, escapes, key layouts and our own recognisers. */
const NASTY = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'; DROP TABLE tickets; --", '{{7*7}}', '${process.exit(1)}',
  '\u0000', '\uD800', '\uFFFF', '\u202E', '../../etc/passwd', '%00', '%E4%B8%AD', 'osb:{tickets}:data', '*', '__proto__',
  'constructor', 'RT-20261122-0001', '我的工单 RT-20260101-0001 到哪了', '转人工', '取消工单 RT-20991231-9999', '重新开始',
  '13912345678', 'null', 'undefined', 'NaN', '-1', '1e309', '💩'.repeat(500), '洗衣机'.repeat(800), 'A'.repeat(3000),
];

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 100 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 100 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...NASTY), fc.string({ maxLength: 20 })).map(([a, b]) => a + b) },
);

/** Any JSON value at all, for "wrongly typed". */
export const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });

/** Mostly the right kind of value, sometimes anything, sometimes missing. */
export function field<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> {
  return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: anyJson }, { weight: 1, arbitrary: fc.constant(undefined) });
}

const id = fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.uuid(), fc.constantFrom(...NASTY));
const account = fc.record({ id: field(id), name: field(hostileText), role: field(fc.constantFrom('user', 'bot')) }, { requiredKeys: [] });

/** A Bot Framework activity, each field possibly wrong. Replies only ever go back in the response or to loopback. */
export const hostileActivity: fc.Arbitrary<Record<string, unknown>> = fc.record({
  type: field(fc.constantFrom('message', 'message', 'message', 'conversationUpdate', 'invoke', 'event', 'typing', 'endOfConversation', 'messageReaction')),
  id: field(id),
  channelId: field(fc.constantFrom('test', 'webchat', 'directline', 'emulator', 'wechat', 'slack')),
  serviceUrl: fc.constantFrom(LOOPBACK_SERVICE_URL, undefined, 42, null, {}),
  deliveryMode: fc.constantFrom('expectReplies', 'expectReplies', 'expectReplies', 'normal', undefined, 7),
  conversation: field(fc.record({ id: field(id), isGroup: field(fc.boolean()) }, { requiredKeys: [] })),
  from: field(account),
  recipient: field(account),
  text: field(hostileText),
  value: field(anyJson),
  locale: field(fc.constantFrom('zh-CN', 'en-US', 'xx', '')),
  attachments: field(fc.array(fc.record({ contentType: field(fc.string()), contentUrl: fc.constant('http://127.0.0.1:1/x'), content: field(anyJson) }), { maxLength: 3 })),
  membersAdded: field(fc.array(account, { maxLength: 3 })),
  entities: field(fc.array(anyJson, { maxLength: 2 })),
}, { requiredKeys: [] });

/** A raw HTTP body: JSON of a hostile object, broken JSON, a prototype-pollution attempt, or not JSON at all. */
export function hostileBody(shaped: fc.Arbitrary<unknown>): fc.Arbitrary<{ body: string; contentType: string }> {
  const json = 'application/json';
  return fc.oneof(
    { weight: 6, arbitrary: shaped.map((value) => ({ body: JSON.stringify(value) ?? '', contentType: json })) },
    { weight: 1, arbitrary: anyJson.map((value) => ({ body: JSON.stringify(value), contentType: json })) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((body) => ({ body, contentType: json })) },
    { weight: 1, arbitrary: shaped.map((value) => ({ body: JSON.stringify(value)?.slice(0, -1) ?? '{', contentType: json })) },
    { weight: 1, arbitrary: fc.constantFrom(
      { body: '{"__proto__":{"polluted":true},"type":"message"}', contentType: json },
      { body: '{"constructor":{"prototype":{"polluted":true}}}', contentType: json },
      { body: '[]', contentType: json }, { body: 'null', contentType: json }, { body: '', contentType: json },
      { body: '{"type":"message","text":"hi"}', contentType: 'text/plain' },
      { body: 'type=message&text=hi', contentType: 'application/x-www-form-urlencoded' },
      { body: '<activity/>', contentType: 'application/xml' },
      { body: '{"a":'.repeat(5000), contentType: json },
    ) },
  );
}

export interface Answer {
  statusCode: number;
  body: string;
}

/** The rule for every answer: no 5xx; a 4xx says {code, message}; a 2xx is JSON. */
export function expectPoliteAnswer(answer: Answer, what: string): void {
  expect(answer.statusCode, `${what} → ${answer.statusCode} ${answer.body.slice(0, 300)}`).toBeLessThan(500);
  if (answer.statusCode >= 400) {
    const parsed = JSON.parse(answer.body) as { code?: unknown; message?: unknown };
    expect(typeof parsed.code, `${what}: ${answer.body}`).toBe('string');
    expect(typeof parsed.message, `${what}: ${answer.body}`).toBe('string');
  }
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').toBeUndefined();
}

/**
 * Node's garbage collector, exposed from inside the test (the flag can be set at run time; a fresh
 * context then sees `gc`), so heap use is compared after full collections rather than guessed.
 */
export function forceGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Heap in use after two full collections, in bytes. */
export function settledHeap(gc: () => void): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
