/**
 * One error type for the whole program. Callers branch on `code`, never on `message`;
 * values travel in `details`, so logs can query them. A code once retired is never reused.
 */
export const ERROR_CODES = {
  CONFIG_INVALID: 'The environment does not satisfy the configuration schema.',
  HTTP_BAD_REQUEST: 'The request body or parameters failed validation.',
  HTTP_UNAUTHORIZED: 'A valid bearer token is required.',
  HTTP_FORBIDDEN: 'The token is valid but lacks the role this route needs.',
  HTTP_NOT_FOUND: 'No such route or resource.',
  HTTP_PAYLOAD_TOO_LARGE: 'The request body is larger than the configured limit.',
  HTTP_RATE_LIMITED: 'Too many requests from one caller.',
  CUSTOMER_RATE_LIMITED: 'One customer (channel and user id, after verification) sent more messages than the window allows.',
  TICKET_NOT_FOUND: 'No ticket has that number.',
  TICKET_INVALID: 'A ticket record failed validation.',
  TICKET_ILLEGAL_TRANSITION: 'The ticket cannot move from its current state to the requested one.',
  TICKET_MOVE_INVALID: 'An engineer\'s move is incomplete or malformed (e.g. a quote without an amount).',
  STORE_CONFLICT: 'Another writer changed the record first (eTag or version mismatch).',
  STORE_UNAVAILABLE: 'The backing store did not answer.',
  STORE_CORRUPT: 'A stored record failed validation on read.',
  TURN_LOCK_TIMEOUT: 'Another turn of the same conversation held it longer than a message may wait.',
  KB_ARTICLE_INVALID: 'A knowledge-base article failed validation.',
  KB_ARTICLE_NOT_FOUND: 'No knowledge-base article has that id.',
  KB_ARTICLE_EXISTS: 'An article with that id already exists; edit it instead of creating it.',
  KB_REVISION_NOT_FOUND: 'The article has no revision with that number.',
  CHANNEL_SEND_FAILED: 'A channel could not deliver an outgoing message.',
  CHANNEL_BAD_ACTIVITY: 'An incoming activity is malformed.',
  CHANNEL_AUTH_FAILED: 'A channel request failed authentication.',
  CHANNEL_ENDPOINT_DISABLED: 'The Bot Framework endpoint is off: no MicrosoftAppId and no explicit anonymous switch.',
  CHANNEL_IDENTITY_REFUSED: 'An anonymous caller claimed a first-party channel (webchat, wechat, slack) it cannot prove.',
  CHANNEL_SERVICE_URL_REFUSED: 'An anonymous caller asked for replies at a service URL other than loopback.',
  CHANNEL_DISCONNECTED: 'A channel lost its connection (e.g. the Wechaty puppet) and is reconnecting.',
  HANDOFF_ALREADY_CLAIMED: 'Another agent holds this conversation.',
  HANDOFF_NOT_FOUND: 'The conversation is not waiting for or held by an agent.',
  HANDOFF_NOT_HELD: 'The conversation must be claimed before an agent can write in it.',
  LLM_FAILED: 'The optional language model failed or timed out.',
  INTERNAL: 'An unexpected fault inside the program.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface AppErrorOptions {
  status?: number;
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status?: number;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string = ERROR_CODES[code], options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = options.status;
    this.details = options.details;
  }
}

export function isAppError(err: unknown, code?: ErrorCode): err is AppError {
  return err instanceof AppError && (code === undefined || err.code === code);
}

/** Wraps anything thrown into an AppError so boundaries only ever see coded errors. */
export function asAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new AppError('INTERNAL', message, { cause: err });
}
