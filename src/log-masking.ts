import type { LoggerOptions } from 'pino';
import { maskPersonalData } from './mask-personal-data.js';

/** Fields that hold personal data whole: removed, not pattern-masked. */
const REDACT_PATHS = [
  'phone', '*.phone', 'name', '*.name', 'address', '*.address',
  'ticket.phone', 'ticket.name', 'ticket.address', 'draft.phone', 'draft.name', 'draft.address',
  'req.headers.authorization', 'headers.authorization',
];

const MAX_DEPTH = 6;

/**
 * Free text anywhere in a log record (a customer's message, a question) with personal data masked.
 * Past the depth limit a value is dropped, not passed on: what is not looked at cannot be masked.
 */
function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskPersonalData(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[truncated]';
  if (value instanceof Error) return { type: value.name, message: maskPersonalData(value.message), stack: value.stack && maskPersonalData(value.stack), code: (value as { code?: unknown }).code };
  if (Array.isArray(value)) return value.map((item) => maskDeep(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskDeep(item, depth + 1)]));
}

/**
 * pino options for JSON logs without personal data: known fields (phone, name, address, the
 * Authorization header) are replaced by "[redacted]", and phone numbers, names and addresses inside
 * any other text are masked (src/mask-personal-data.ts).
 */
export function maskedLogOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    formatters: { log: (record) => maskDeep(record) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((arg) => (typeof arg === 'string' ? maskPersonalData(arg) : arg));
        return method.apply(this, masked as Parameters<typeof method>);
      },
    },
  };
}
