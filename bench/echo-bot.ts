import Fastify, { type FastifyInstance } from 'fastify';
import { ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { createBotResponse, toBotRequest } from '../src/channels/bot-framework/fastify-bridge.js';

/**
 * The baseline: a bare botbuilder CloudAdapter echo bot behind fastify, with the same bridge and the
 * same anonymous (no MicrosoftAppId) authentication as our /api/messages, and no state, no
 * middleware and no Redis. What our bot costs on top of this is what the HTTP ratio shows.
 */
export function buildEchoServer(): FastifyInstance {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const echo = async (turn: TurnContext) => {
    if (turn.activity.type === ActivityTypes.Message) await turn.sendActivity(`echo: ${turn.activity.text ?? ''}`);
    else await turn.sendActivity('hello');
  };
  const server = Fastify({ logger: false });
  server.post('/api/messages', async (request, reply) => {
    const { response, flush } = createBotResponse(request);
    await adapter.process(toBotRequest(request), response, echo);
    return flush(reply);
  });
  return server;
}
