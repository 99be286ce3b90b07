import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isValidSlackRequest } from '@slack/bolt';
import type { Log } from '../../log.js';
import type { RateCounter } from '../../bot/rate-counter.js';
import { AppError } from '../../errors.js';
import { slackSenderOf } from '../../channels/slack/slack-sender.js';

export interface SlackRouteDeps {
  endpoint: string;
  /** Bolt HTTPReceiver's request listener: verifies the signature, acks, dispatches. */
  listener: (request: IncomingMessage, response: ServerResponse) => void;
  /** Requests one Slack user may make per window, counted once the signature is verified; none when absent. */
  perUser?: { signingSecret: string; counter: RateCounter; max: number; windowMs: number; log: Log };
}

/**
 * Forwards Slack's requests to bolt untouched. Bolt checks the signature over the exact bytes Slack
 * sent, so the body is kept as a Buffer on `rawBody` — the field bolt's own HTTP module looks for
 * before reading a stream — instead of being parsed here.
 */
export function registerSlackRoutes(app: FastifyInstance, deps: SlackRouteDeps): void {
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (request, body, done) => {
      (request.raw as IncomingMessage & { rawBody?: Buffer }).rawBody = body as Buffer;
      done(null, undefined);
    });
    scope.post(deps.endpoint, async (request, reply) => {
      if (deps.perUser) await limitSlackUser(request, deps.perUser, reply.header.bind(reply));
      reply.hijack();
      deps.listener(request.raw, reply.raw);
    });
  });
}

/**
 * Slack's requests all come from Slack's addresses, so they are limited per Slack user, and only once
 * the signature proves Slack sent them (a forged one goes on to bolt, which refuses it 401). Slack is
 * an HTTP caller: past the limit it gets 429 with Retry-After, and is asked not to retry.
 */
async function limitSlackUser(request: FastifyRequest, limit: NonNullable<SlackRouteDeps['perUser']>, header: (name: string, value: string) => unknown): Promise<void> {
  const body = (request.raw as IncomingMessage & { rawBody?: Buffer }).rawBody?.toString('utf8') ?? '';
  const headers = {
    'x-slack-signature': String(request.headers['x-slack-signature'] ?? ''),
    'x-slack-request-timestamp': Number(request.headers['x-slack-request-timestamp'] ?? 0),
  };
  if (!isValidSlackRequest({ signingSecret: limit.signingSecret, body, headers })) return;
  const user = slackSenderOf(body, request.headers['content-type']);
  if (!user) return;
  const hits = await limit.counter.hit(`slack:${user}`, limit.windowMs);
  if (hits <= limit.max) return;
  const retryAfterSeconds = Math.ceil(limit.windowMs / 1000);
  limit.log.warn({ code: 'CUSTOMER_RATE_LIMITED', channel: 'slack', userId: user, hits, max: limit.max }, 'customer.rate.limited');
  header('retry-after', String(retryAfterSeconds));
  // Slack would otherwise deliver the same event up to three more times (Events API retries).
  header('x-slack-no-retry', '1');
  throw new AppError('CUSTOMER_RATE_LIMITED', `Too many requests from Slack user ${user}; try again in ${retryAfterSeconds} seconds.`, { status: 429 });
}
