import { z } from 'zod';

const hours = (fallback: number) => z.coerce.number().positive().max(24 * 30).default(fallback);
const optionalText = z.string().trim().min(1).optional();

/**
 * Every setting the program reads from the environment. Units are in the names; defaults come
 * from the service commitments in the seed digest (respond within 2 h, on site within 4 h,
 * progress every 6 h).
 */
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  KB_DIR: z.string().min(1).default('./knowledge-base'),
  /** Holds every staff role. When unset a random one is generated and printed at start. */
  ADMIN_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  REDIS_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppTenantId: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),

  SLA_RESPONSE_HOURS: hours(2),
  SLA_ONSITE_HOURS: hours(4),
  SLA_PROGRESS_HOURS: hours(6),
  /** Repair visits one region can take per half-day slot before the bot offers other slots. */
  VISIT_SLOT_CAPACITY: z.coerce.number().int().min(1).max(1000).default(4),
  WARRANTY_MONTHS: z.coerce.number().int().min(0).max(240).default(12),
  /** Largest message text accepted from a customer; longer ones get a polite "please shorten". */
  MAX_MESSAGE_CHARS: z.coerce.number().int().min(100).max(100_000).default(2000),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(256 * 1024),
  DEDUPE_TTL_MS: z.coerce.number().int().min(1000).default(24 * 60 * 60 * 1000),
  TIMEZONE: z.string().default('Asia/Shanghai'),
});

export type Config = Readonly<z.infer<typeof ConfigSchema>>;
