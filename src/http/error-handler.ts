import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { AppError, isAppError } from '../errors.js';
import type { Log } from '../log.js';
import { statusFor } from './error-status.js';

/** Fastify's own 4xx (bad JSON, body too large, wrong content type) → our codes. */
function fromFastify(err: FastifyError): AppError | undefined {
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('HTTP_PAYLOAD_TOO_LARGE', 'The request body is larger than allowed.');
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return new AppError('HTTP_BAD_REQUEST', err.message, { status: err.statusCode === 415 ? 415 : 400 });
  }
  return undefined;
}

/** The HTTP boundary: every error leaves as {code, message}; 4xx for the caller's mistakes, 5xx for ours. */
export function httpErrorHandler(log: Log) {
  return function handleHttpError(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
    const appError = isAppError(err) ? err
      : err instanceof ZodError ? new AppError('HTTP_BAD_REQUEST', err.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '))
        : fromFastify(err) ?? new AppError('INTERNAL', 'Internal error', { cause: err });
    const status = statusFor(appError.code, appError.status);
    // The route pattern, never the raw URL: query strings and paths carry tokens, tickets and user ids.
    if (status >= 500) log.error({ code: appError.code, method: request.method, route: request.routeOptions.url ?? 'unmatched', err: appError.cause ?? appError }, 'http.failed');
    const message = status >= 500 && appError.code === 'INTERNAL' ? 'Internal error' : appError.message;
    return reply.code(status).send({ code: appError.code, message });
  };
}
