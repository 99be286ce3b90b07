import type { FastifyInstance } from 'fastify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import { AppError } from '../../errors.js';
import { BotActivitySchema } from '../schemas.js';
import { createBotResponse, toBotRequest } from '../../channels/bot-framework/fastify-bridge.js';

/** POST /api/messages: the Bot Framework protocol, including deliveryMode "expectReplies". */
export function registerBotFrameworkRoutes(app: FastifyInstance, adapter: CloudAdapter, logic: (turn: TurnContext) => Promise<void>): void {
  app.post('/api/messages', async (request, reply) => {
    const checked = BotActivitySchema.safeParse(request.body);
    if (!checked.success) {
      const reason = checked.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
      throw new AppError('CHANNEL_BAD_ACTIVITY', `Not a Bot Framework activity: ${reason}`, { status: 400 });
    }
    // The bot answers no invokes (card actions, sign-in); botbuilder would answer them 501, a fault of ours it is not.
    if (checked.data.type === 'invoke') {
      throw new AppError('CHANNEL_BAD_ACTIVITY', 'This bot does not handle invoke activities.', { status: 400, details: { type: 'invoke' } });
    }
    const { response, flush } = createBotResponse(request);
    await adapter.process(toBotRequest(request), response, logic);
    return flush(reply);
  });
}
