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
  /** Sentinel instead of REDIS_URL: `host:port,host:port` and the monitored master's name. */
  REDIS_SENTINELS: z.string().optional().transform((text, ctx) => parseHostList(text, 'REDIS_SENTINELS', ctx)),
  REDIS_SENTINEL_NAME: z.string().trim().min(1).optional(),
  /** Cluster instead of REDIS_URL: a few `host:port` nodes; the client discovers the rest. */
  REDIS_CLUSTER_NODES: z.string().optional().transform((text, ctx) => parseHostList(text, 'REDIS_CLUSTER_NODES', ctx)),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppTenantId: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  /**
   * Serve POST /api/messages without a MicrosoftAppId (the Bot Framework Emulator, local tools). Off by
   * default: anonymous callers choose their own channel and user ids. Even when on, they may not claim a
   * first-party channel, and replies go only to loopback service URLs or back in the response.
   */
  BOT_FRAMEWORK_ANONYMOUS: z.stringbool().default(false),
  /** How long one outgoing Bot Framework call (a reply to the connector) may take; it is never retried or redirected. */
  BOT_FRAMEWORK_SEND_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),

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
  /** A conversation's turn lease: longer than any healthy turn; after a crash it blocks the conversation this long at most. */
  TURN_LOCK_TTL_MS: z.coerce.number().int().min(500).max(10 * 60 * 1000).default(20_000),
  /** How long a message waits for the same conversation's previous turn before "send it again shortly". */
  TURN_LOCK_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(10_000),
  /** Messages one customer may send per CUSTOMER_RATE_WINDOW_MS before a polite "slow down"; 0 turns the limit off. */
  CUSTOMER_RATE_MAX: z.coerce.number().int().min(0).default(30),
  CUSTOMER_RATE_WINDOW_MS: z.coerce.number().int().min(1000).default(60_000),
  /**
   * Requests one IP may make per IP_RATE_WINDOW_MS to /api/messages and /api/webchat/*; 0 turns it off.
   * Generous: Bot Framework traffic arrives from Microsoft's few connector addresses, and offices share one.
   */
  IP_RATE_MAX: z.coerce.number().int().min(0).default(1200),
  IP_RATE_WINDOW_MS: z.coerce.number().int().min(1000).default(60_000),
  TIMEZONE: z.string().default('Asia/Shanghai'),

  WECHAT_ENABLED: z.stringbool().default(false),
  /** The Wechaty puppet package: wechaty-puppet-service (with a token) or wechaty-puppet-wechat4u (QR login, no token). */
  WECHATY_PUPPET: z.string().regex(/^wechaty-puppet-[a-z0-9-]+$/, 'use a puppet package name, e.g. wechaty-puppet-service').default('wechaty-puppet-wechat4u'),
  WECHATY_PUPPET_SERVICE_TOKEN: optionalText,
  /** host:port of a self-hosted puppet service gateway; unset resolves the token through Wechaty's discovery. */
  WECHATY_PUPPET_SERVICE_ENDPOINT: optionalText,
  /** Accept every friend request (with a greeting); off means friend requests wait for a person. */
  WECHAT_ACCEPT_FRIENDS: z.stringbool().default(false),
  WECHAT_MAX_ATTACHMENT_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(10 * 1024 * 1024),
  /** Comma-separated MIME types or families customers may send; anything else gets a polite refusal. */
  WECHAT_ATTACHMENT_TYPES: z.string().default('image/*,audio/*,video/*,application/pdf')
    .transform((text) => text.split(',').map((type) => type.trim()).filter(Boolean)),
  /** How often each process asks the shared SLA schedule for due escalations and progress reports. */
  SLA_POLL_MS: z.coerce.number().int().min(100).max(60 * 60 * 1000).default(30_000),
  /** 事不过三: a customer's third ticket within this many days is flagged for a supervisor. */
  THREE_STRIKES_WINDOW_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /**
   * Region → service point for dispatch, `region=point` comma-separated; `*` serves the rest, e.g.
   * `上海=SP-Shanghai,北京=SP-Beijing,*=SP-HQ`. Regions are the city the intake reads from the address.
   */
  SERVICE_POINTS: z.string().default('*=headquarters').transform((text, ctx) => parseServicePoints(text, ctx)),

  /**
   * Staff besides the admin: `id:role[+role]:token`, comma-separated, e.g.
   * `li:agent:…,zhou:agent+supervisor:…`. Roles: agent, supervisor, trainer, admin.
   */
  STAFF_TOKENS: z.string().default('').transform((text, ctx) => parseStaffTokens(text, ctx)),
  /** A claimed conversation whose agent has not written for this long goes back to the queue. */
  HANDOFF_IDLE_MS: z.coerce.number().int().min(10_000).default(10 * 60 * 1000),
  /** Average minutes an agent spends per customer; the expected wait told to customers is based on it. */
  HANDOFF_MINUTES_PER_CUSTOMER: z.coerce.number().min(0.5).max(240).default(5),
  /** When agents are at work, HH:MM-HH:MM in TIMEZONE, every day; unset means always staffed. */
  WORKING_HOURS: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, 'use HH:MM-HH:MM, e.g. 09:00-18:00').optional(),

  SLACK_ENABLED: z.stringbool().default(false),
  /** xoxb-… bot token of the Slack app (see slack-app-manifest.yml). */
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  /** The channel where each handed-off conversation becomes a thread. */
  SLACK_CHANNEL_ID: optionalText,
  /** Slack Web API base; tests point it at a local stand-in. */
  SLACK_API_URL: z.string().url().default('https://slack.com/api/'),

  /**
   * Optional language model, off unless both are set: any OpenAI-compatible endpoint, e.g.
   * http://localhost:11434/v1 (Ollama), http://localhost:8000/v1 (vLLM) or a hosted one.
   */
  LLM_BASE_URL: z.string().url().optional(),
  LLM_MODEL: optionalText,
  /** Local servers need none. */
  LLM_API_KEY: optionalText,
  /** Each model call; past it the bot answers as it would without a model. */
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(1500),
});

const STAFF_ROLE_NAMES = ['agent', 'supervisor', 'trainer', 'admin'] as const;

function parseStaffTokens(text: string, ctx: z.RefinementCtx) {
  const entries = text.split(',').map((entry) => entry.trim()).filter(Boolean);
  return entries.flatMap((entry) => {
    const [id, roles, token] = entry.split(':');
    const roleList = (roles ?? '').split('+');
    if (!id || !token || token.length < 16 || !roleList.every((r) => (STAFF_ROLE_NAMES as readonly string[]).includes(r))) {
      ctx.addIssue({ code: 'custom', message: `"${id ?? ''}:…" must be id:role[+role]:token with a token of 16+ characters and roles among ${STAFF_ROLE_NAMES.join(', ')}` });
      return [];
    }
    return [{ id, roles: roleList as (typeof STAFF_ROLE_NAMES)[number][], token }];
  });
}

function parseServicePoints(text: string, ctx: z.RefinementCtx): Record<string, string> {
  const map: Record<string, string> = {};
  for (const entry of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [region, point, ...extra] = entry.split('=').map((part) => part.trim());
    if (!region || !point || extra.length) {
      ctx.addIssue({ code: 'custom', message: `"${entry}" must be region=service-point, e.g. 上海=SP-Shanghai or *=SP-HQ` });
      continue;
    }
    map[region] = point;
  }
  return map;
}

/** `host:port,host:port` → [{host, port}]; undefined when unset. */
function parseHostList(text: string | undefined, name: string, ctx: z.RefinementCtx): { host: string; port: number }[] | undefined {
  if (!text?.trim()) return undefined;
  const nodes = text.split(',').map((entry) => entry.trim()).filter(Boolean).map((entry) => {
    const match = entry.match(/^(.+):(\d{1,5})$/);
    return match ? { host: match[1], port: Number(match[2]) } : undefined;
  });
  if (nodes.some((node) => !node)) {
    ctx.addIssue({ code: 'custom', message: `${name}: use host:port pairs separated by commas, e.g. 10.0.0.1:26379,10.0.0.2:26379` });
    return undefined;
  }
  return nodes as { host: string; port: number }[];
}

export type Config = Readonly<z.infer<typeof ConfigSchema>>;
