import fc from 'fast-check';
import './fuzz-seed.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ADMIN_TOKEN, type TestApp } from '../helpers/test-app.js';
import { staffRoutes, type Route } from '../helpers/list-routes.js';
import { startFuzzApp } from './fuzz-app.js';
import { anyJson, expectPoliteAnswer, forceGc, hostileBody, hostileText, settledHeap } from './hostile-payloads.js';

const RUNS = 3_000;
const WARM_UP_RUNS = 200;
const HEAP_GROWTH_LIMIT_BYTES = 24 * 1024 * 1024;
const TOKENS = {
  agent: 'fuzz-agent-token-0123456789',
  supervisor: 'fuzz-supervisor-token-0123456789',
  trainer: 'fuzz-trainer-token-0123456789',
};

let server: TestApp;
let routes: Route[];
beforeAll(async () => {
  server = await startFuzzApp({
    STAFF_TOKENS: Object.entries(TOKENS).map(([role, token]) => `${role}:${role}:${token}`).join(','),
  });
  // Live event streams never end by design; their refusals are covered by the auth table test.
  routes = staffRoutes(server.app.server).filter(({ path }) => !/\/(events|stream)$/.test(path));
});
afterAll(async () => { await server?.close(); });

const paramValue = fc.oneof(
  hostileText.filter((text) => text.length > 0),
  fc.constantFrom('RT-20261120-0001', 'wm-no-drain', 'conv-1', '..', '%2e%2e', 'x'.repeat(500)),
);

const request = fc.record({
  route: fc.nat(),
  params: fc.array(paramValue, { minLength: 4, maxLength: 4 }),
  query: fc.dictionary(fc.constantFrom('status', 'overdue', 'limit', 'channel', 'userId', 'q', 'product', 'from', 'to', 'x'), fc.oneof(hostileText, fc.integer().map(String)), { maxKeys: 4 }),
  payload: hostileBody(fc.oneof(anyJson, fc.record({ to: anyJson, note: anyJson, text: anyJson, id: anyJson, title: anyJson }, { requiredKeys: [] }))),
  auth: fc.constantFrom('admin', 'admin', 'agent', 'supervisor', 'trainer', 'none', 'garbage', 'basic'),
});

function authorization(auth: string): string | undefined {
  if (auth === 'admin') return `Bearer ${TEST_ADMIN_TOKEN}`;
  if (auth in TOKENS) return `Bearer ${TOKENS[auth as keyof typeof TOKENS]}`;
  if (auth === 'garbage') return 'Bearer 🙂 not a token';
  if (auth === 'basic') return 'Basic YWRtaW46YWRtaW4=';
  return undefined;
}

/** Every byte percent-encoded: unlike encodeURIComponent it also takes lone surrogates (as their UTF-8 replacement). */
function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
}

describe('fuzzing the staff APIs', () => {
  it(`answers ${RUNS} hostile requests spread over every staff route with a 4xx {code, message} or a 2xx, memory flat`, { timeout: 600_000 }, async () => {
    expect(routes.length).toBeGreaterThan(3);
    const gc = forceGc();
    const send = async (input: typeof request extends fc.Arbitrary<infer T> ? T : never) => {
      const route = routes[input.route % routes.length];
      let i = 0;
      const url = route.path.replace(/:[a-zA-Z]+/g, () => percentEncode(input.params[i++]));
      const headers: Record<string, string> = {};
      const auth = authorization(input.auth);
      if (auth) headers.authorization = auth;
      const withBody = route.method !== 'GET' && route.method !== 'DELETE';
      if (withBody) headers['content-type'] = input.payload.contentType;
      const answer = await server.app.server.inject({
        method: route.method as 'GET', url, query: input.query, headers, payload: withBody ? input.payload.body : undefined,
      });
      expectPoliteAnswer(answer, `${route.method} ${url} (${input.auth}) ${input.payload.body.slice(0, 200)}`);
      // A param such as ".." can make the URL another (missing) route; a matched staff route refuses the caller.
      const matched = !/"No route /.test(answer.body) && !input.params.some((p) => p === '.' || p === '..');
      // Fastify parses the body before the role guard (a preHandler) runs, so an unparsable one is refused first.
      const refusedBody = [400, 415].includes(answer.statusCode) && /"code":"HTTP_BAD_REQUEST"/.test(answer.body) && !answer.body.includes('"body":');
      if (matched && ['none', 'garbage', 'basic'].includes(input.auth) && !refusedBody) expect(answer.statusCode, answer.body).toBe(401);
    };
    await fc.assert(fc.asyncProperty(request, send), { numRuns: WARM_UP_RUNS });
    const before = settledHeap(gc);
    await fc.assert(fc.asyncProperty(request, send), { numRuns: RUNS });
    expect(settledHeap(gc) - before).toBeLessThan(HEAP_GROWTH_LIMIT_BYTES);
  });
});
