import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';

export interface SlackRouteDeps {
  endpoint: string;
  /** Bolt HTTPReceiver's request listener: verifies the signature, acks, dispatches. */
  listener: (request: IncomingMessage, response: ServerResponse) => void;
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
      reply.hijack();
      deps.listener(request.raw, reply.raw);
    });
  });
}
