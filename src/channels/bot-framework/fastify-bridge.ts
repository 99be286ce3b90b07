import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Request as BotRequest, Response as BotResponse } from 'botbuilder';

/**
 * CloudAdapter.process speaks the restify/express request-response shape. This collects what it
 * writes and hands it to fastify once, so fastify keeps control of headers and serialisation.
 */
export function toBotRequest(request: FastifyRequest): BotRequest {
  return { body: request.body as Record<string, unknown>, headers: request.headers as Record<string, string>, method: request.method };
}

export function createBotResponse(request: FastifyRequest) {
  const captured: { status: number; headers: Record<string, string>; body: unknown } = { status: 200, headers: {}, body: undefined };
  const response: BotResponse = {
    socket: request.raw.socket,
    end: () => undefined,
    header: (name: string, value: unknown) => { captured.headers[name] = String(value); },
    send: (body?: unknown) => { captured.body = body; },
    status: (code: number) => { captured.status = code; },
  };
  return { response, flush: (reply: FastifyReply) => reply.code(captured.status).headers(captured.headers).send(captured.body ?? '') };
}
