import type { ErrorCode } from '../errors.js';

/** The HTTP status for each code a caller can cause; anything not listed is our fault: 500. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  HTTP_BAD_REQUEST: 400,
  CHANNEL_BAD_ACTIVITY: 400,
  HTTP_UNAUTHORIZED: 401,
  CHANNEL_AUTH_FAILED: 401,
  HTTP_FORBIDDEN: 403,
  HTTP_NOT_FOUND: 404,
  TICKET_NOT_FOUND: 404,
  KB_ARTICLE_NOT_FOUND: 404,
  KB_REVISION_NOT_FOUND: 404,
  KB_ARTICLE_EXISTS: 409,
  HANDOFF_NOT_FOUND: 404,
  TICKET_ILLEGAL_TRANSITION: 409,
  HANDOFF_ALREADY_CLAIMED: 409,
  HANDOFF_NOT_HELD: 409,
  STORE_CONFLICT: 409,
  HTTP_PAYLOAD_TOO_LARGE: 413,
  KB_ARTICLE_INVALID: 422,
  HTTP_RATE_LIMITED: 429,
  CUSTOMER_RATE_LIMITED: 429,
  STORE_UNAVAILABLE: 503,
  TURN_LOCK_TIMEOUT: 503,
};

export function statusFor(code: ErrorCode, explicit?: number): number {
  return explicit ?? STATUS[code] ?? 500;
}
