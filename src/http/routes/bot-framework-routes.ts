import type { FastifyInstance } from 'fastify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import { AppError } from '../../errors.js';
import { BotActivitySchema } from '../schemas.js';
import { createBotResponse, toBotRequest } from '../../channels/bot-framework/fastify-bridge.js';
import { refuseAnonymousActivity } from '../../channels/bot-framework/anonymous-caller.js';
import { rateLimitedFor } from '../../bot/middleware/customer-rate-limit.js';

export interface BotFrameworkRouteOptions {
  /** `authenticated`: MicrosoftAppId is set and botbuilder checks every JWT. `anonymous`: explicitly allowed. */
  mode: 'authenticated' | 'anonymous' | 'off';
}

/** POST /api/messages: the Bot Framework protocol, including deliveryMode "expectReplies". */
export function registerBotFrameworkRoutes(
  app: FastifyInstance, adapter: CloudAdapter, logic: (turn: TurnContext) => Promise<void>, options: BotFrameworkRouteOptions,
): void {
  app.post('/api/messages', async (request, reply) => {
    if (options.mode === 'off') {
      throw new AppError('CHANNEL_ENDPOINT_DISABLED', 'The Bot Framework endpoint is off. Set MicrosoftAppId (and MicrosoftAppPassword), or BOT_FRAMEWORK_ANONYMOUS=true for the Emulator and local tools.', { status: 404 });
    }
    const checked = BotActivitySchema.safeParse(request.body);
    if (!checked.success) {
      const reason = checked.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
      throw new AppError('CHANNEL_BAD_ACTIVITY', `Not a Bot Framework activity: ${reason}`, { status: 400 });
    }
    // The bot answers no invokes (card actions, sign-in); botbuilder would answer them 501, a fault of ours it is not.
    if (checked.data.type === 'invoke') {
      throw new AppError('CHANNEL_BAD_ACTIVITY', 'This bot does not handle invoke activities.', { status: 400, details: { type: 'invoke' } });
    }
    if (options.mode === 'anonymous') {
      const refused = refuseAnonymousActivity(checked.data);
      if (refused) throw refused;
    }
    const { response, flush } = createBotResponse(request);
    let limited: ReturnType<typeof rateLimitedFor>;
    await adapter.process(toBotRequest(request), response, async (turn) => {
      await logic(turn);
      limited = rateLimitedFor(turn);
    });
    // A caller reading the replies from this response is an HTTP client: it gets the status it can act on.
    if (limited && checked.data.deliveryMode === 'expectReplies') {
      reply.header('retry-after', String(limited.retryAfterSeconds));
      throw new AppError('CUSTOMER_RATE_LIMITED', `Too many messages from this customer; try again in ${limited.retryAfterSeconds} seconds.`, { status: 429 });
    }
    return flush(reply);
  });
}
