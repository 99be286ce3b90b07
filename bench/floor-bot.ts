import Fastify, { type FastifyInstance } from 'fastify';
import {
  ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, type TurnContext,
} from 'botbuilder';
import { ComponentDialog, DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import { createBotResponse, toBotRequest } from '../src/channels/bot-framework/fastify-bridge.js';
import { openRedis } from '../src/store/redis/open-redis.js';
import { redisKeys } from '../src/store/redis/redis-keys.js';
import { RedisStorage } from '../src/store/redis/redis-storage.js';

/** Asks three questions in turn, as the smallest botbuilder-dialogs intake would. */
class ThreeQuestions extends ComponentDialog {
  constructor() {
    super('three-questions');
    this.addDialog(new TextPrompt('text'));
    this.addDialog(new WaterfallDialog('steps', [
      (step) => step.prompt('text', 'Your name?'),
      (step) => step.prompt('text', 'Your phone?'),
      (step) => step.prompt('text', 'Your model?'),
      async (step) => { await step.context.sendActivity('Thank you.'); return step.endDialog(); },
    ]));
  }
}

/**
 * The framework floor: the echo bot's CloudAdapter and bridge, plus what any stateful botbuilder-dialogs
 * bot pays — ConversationState on our RedisStorage, a DialogSet, a ComponentDialog with a waterfall and a
 * prompt. None of our middleware, retrieval or tickets. Ours ÷ floor is what our own code costs.
 */
export async function buildFloorServer(redisUrl: string): Promise<{ server: FastifyInstance; close: () => Promise<void> }> {
  const client = await openRedis({ url: redisUrl });
  const state = new ConversationState(new RedisStorage(client, redisKeys(`bench-floor-${Date.now()}:`)));
  const dialogs = new DialogSet(state.createProperty('dialogState'));
  dialogs.add(new ThreeQuestions());
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const logic = async (turn: TurnContext) => {
    if (turn.activity.type === ActivityTypes.Message) {
      const dc = await dialogs.createContext(turn);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog('three-questions');
    } else {
      await turn.sendActivity('hello');
    }
    await state.saveChanges(turn);
  };
  const server = Fastify({ logger: false });
  server.post('/api/messages', async (request, reply) => {
    const { response, flush } = createBotResponse(request);
    await adapter.process(toBotRequest(request), response, logic);
    return flush(reply);
  });
  return { server, close: async () => { await server.close(); await client.quit(); } };
}
