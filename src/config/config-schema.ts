import { isIP } from 'node:net';
import { isSupportedCountry } from 'libphonenumber-js/max';
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
  /** When set, GET /metrics wants `Authorization: Bearer <METRICS_TOKEN>` (Prometheus: `authorization.credentials`). */
  METRICS_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * `off` loads botbuilder and ioredis exactly as published. Read from the environment before any
   * module loads (src/runtime/install-native-async.ts); listed here so a mistyped value is reported.
   */
  NATIVE_ASYNC_LIBRARIES: z.enum(['on', 'off']).default('on'),

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
  /** Where a phone number written without a country code is from (ISO 3166 alpha-2, as libphonenumber-js knows them). */
  PHONE_DEFAULT_REGION: z.string().trim().toUpperCase()
    .refine((code) => isSupportedCountry(code), 'use a two-letter country code libphonenumber-js knows, e.g. CN, HK, GB or US').default('CN'),
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
  /**
   * Refused requests (bad token or signature, malformed body) one IP may cause per IP_RATE_WINDOW_MS on
   * the channel endpoints that verify their callers (/api/messages with MicrosoftAppId, the Official Account's pushes, Slack); past it the
   * address is refused 429 for a window. Verified traffic is limited per customer instead; 0 turns it off.
   */
  IP_UNVERIFIED_MAX: z.coerce.number().int().min(0).default(60),
  /**
   * Which reverse proxies may say who the client is in X-Forwarded-For (fastify's trustProxy): unset
   * trusts none and the client is the socket's peer; `true` trusts every hop; a number trusts that many
   * hops nearest us; or a comma list of addresses and CIDRs (`10.0.0.0/8,127.0.0.1`, or loopback,
   * linklocal, uniquelocal).
   */
  TRUST_PROXY: z.string().trim().default('').transform((text, ctx) => parseTrustProxy(text, ctx)),
  /**
   * Where botbuilder reads the keys that sign channels' tokens; unset is Microsoft's public cloud. Tests
   * point it at a local stand-in; the issuer stays api.botframework.com.
   */
  BOT_FRAMEWORK_OPENID_METADATA_URL: z.string().url().optional(),
  /**
   * A web chat session lasts this long after its last use (each use in the second half of it renews it).
   * A week: the repair sign-off is asked up to SIGNOFF_TIMEOUT_HOURS (72 h) after the visit, and the
   * customer answering it must still be in the same conversation.
   */
  WEBCHAT_SESSION_TTL_MS: z.coerce.number().int().min(60_000).max(30 * 24 * 60 * 60 * 1000).default(7 * 24 * 60 * 60 * 1000),
  /** Live streams one web chat session may hold open in one process (a few tabs). */
  WEBCHAT_STREAMS_PER_SESSION: z.coerce.number().int().min(1).max(100).default(4),
  /** Live streams one client address may hold open in one process; generous, as an office shares one address. */
  WEBCHAT_STREAMS_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(200),
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
  /** WeChat Official Account (服务号) customer service; see README "WeChat for customer service". */
  WECHAT_OA_ENABLED: z.stringbool().default(false),
  /** 开发者ID (AppID) from 设置与开发 → 基本配置. */
  WECHAT_OA_APP_ID: z.string().trim().regex(/^wx[0-9a-zA-Z]{16}$/, 'an AppID is "wx" and 16 letters or digits (设置与开发 → 基本配置 → 开发者ID)').optional(),
  /** 开发者密码 (AppSecret), same page. */
  WECHAT_OA_APP_SECRET: z.string().trim().regex(/^[0-9a-zA-Z]{16,64}$/, 'the AppSecret is the 32 letters and digits shown once under 开发者密码').optional(),
  /** The Token typed under 服务器配置: WeChat signs every push with it. */
  WECHAT_OA_TOKEN: z.string().regex(/^[A-Za-z0-9]{3,32}$/, 'the Token is 3–32 letters or digits, exactly as typed under 服务器配置').optional(),
  /** EncodingAESKey under 服务器配置; set it for safe mode (安全模式), and then plain pushes are refused. */
  WECHAT_OA_ENCODING_AES_KEY: z.string().regex(/^[A-Za-z0-9]{43}$/, 'the EncodingAESKey is 43 letters and digits, as generated under 服务器配置').optional(),
  /** WeChat's API base; tests point it at a local stand-in. */
  WECHAT_OA_API_URL: z.string().url().default('https://api.weixin.qq.com/'),
  /** How long a push waits for the bot's answer before answering WeChat empty and sending through the API; WeChat gives up at 5 s. */
  WECHAT_OA_REPLY_DEADLINE_MS: z.coerce.number().int().min(100).max(4800).default(4000),
  /** WeCom customer service (企业微信「微信客服」); see README "WeCom customer service". */
  WECOM_KF_ENABLED: z.stringbool().default(false),
  /** 企业ID (CorpID): admin console → 我的企业 → 企业信息, at the bottom. */
  WECOM_KF_CORP_ID: z.string().trim().regex(/^w[wx][0-9a-zA-Z]{16}$/, 'a CorpID is "ww" and 16 letters or digits (我的企业 → 企业信息 → 企业ID)').optional(),
  /** The Secret of the self-built app listed under 微信客服 → API → 可调用接口的应用 (应用管理 → the app → Secret). */
  WECOM_KF_SECRET: z.string().trim().regex(/^[\w-]{16,64}$/, 'the Secret is the 43 letters, digits, - or _ shown under 应用管理 → the app → Secret').optional(),
  /** The callback Token set with the receive-messages URL (微信客服 → API → 接收事件服务器): WeCom signs every call with it. */
  WECOM_KF_TOKEN: z.string().regex(/^[A-Za-z0-9]{1,32}$/, 'the Token is up to 32 letters or digits, exactly as set under 接收事件服务器').optional(),
  /** The EncodingAESKey beside the Token: WeCom encrypts every callback with it. */
  WECOM_KF_AES_KEY: z.string().regex(/^[A-Za-z0-9]{43}$/, 'the EncodingAESKey is 43 letters and digits, as generated under 接收事件服务器').optional(),
  /** WeCom's API base; tests and private deployments point it elsewhere. */
  WECOM_KF_API_BASE: z.string().url().default('https://qyapi.weixin.qq.com/'),
  /** Serve only this customer-service account (open_kfid, "wk…"); unset serves every account the Secret may manage. */
  WECOM_KF_OPEN_KFID: z.string().trim().regex(/^wk[\w-]{1,62}$/, 'an open_kfid starts with "wk" (微信客服 → 客服账号 → the account → 账号ID, or from the kf/account/list API)').optional(),
  /** Besides every callback, each process asks for missed messages this often (a lost callback, a restart). */
  WECOM_KF_POLL_MS: z.coerce.number().int().min(1000).max(60 * 60 * 1000).default(60_000),
  /**
   * Who serves a customer handed to a person: `desk` — our console or Slack, replying through the
   * API (WeCom keeps the session at 智能助手接待, the only state it lets the API write in); `wecom` —
   * WeCom's own 接待人员 in the WeCom app (待接入池, then 人工接待).
   */
  WECOM_KF_HANDOFF_TO: z.enum(['desk', 'wecom']).default('desk'),
  /** With `wecom`: our staff ids to WeCom userids, `li:LiNa,zhou:ZhouMing`, so a claim on our desk assigns that 接待人员. */
  WECOM_KF_SERVICERS: z.string().default('').transform((text, ctx) => parseServicers(text, ctx)),
  /** How often each process asks the shared SLA schedule for due escalations and progress reports. */
  SLA_POLL_MS: z.coerce.number().int().min(100).max(60 * 60 * 1000).default(30_000),
  /** After "repaired": no answer from the customer within this long closes the ticket with a note. */
  SIGNOFF_TIMEOUT_HOURS: z.coerce.number().min(1).max(24 * 60).default(72),
  /** "Parts needed": the replacement-part time promised to the customer (one week in the documents). */
  PARTS_DUE_DAYS: z.coerce.number().min(1).max(90).default(7),
  /** One courteous check-in this many days after a close (the documents: about every 3 months). */
  CARE_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  CARE_ENABLED: z.stringbool().default(true),
  /**
   * Satisfaction index (README, "After the visit"): per dimension `expected:weight` for speed,
   * attitude, efficiency, overall, e.g. `4.5:0.3,4.2:0.25,4.3:0.25,4.4:0.2`. Weights are normalised.
   */
  SATISFACTION_EXPECTATIONS: z.string().default('4.5:0.3,4.2:0.25,4.3:0.25,4.4:0.2')
    .transform((text, ctx) => parseExpectations(text, ctx)),
  /** 事不过三: a customer's third ticket within this many days is flagged for a supervisor. */
  THREE_STRIKES_WINDOW_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /**
   * Region → service point for dispatch, `region=point` comma-separated; `*` serves the rest, e.g.
   * `上海=SP-Shanghai,北京=SP-Beijing,*=SP-HQ`. Regions are the city the intake reads from the address.
   */
  SERVICE_POINTS: z.string().default('*=headquarters').transform((text, ctx) => parseServicePoints(text, ctx)),

  /**
   * Staff besides the admin: `id:role[+role]:token`, comma-separated, e.g.
   * `li:agent:…,zhou:agent+supervisor:…`. Roles: agent, supervisor, trainer, engineer, admin.
   * An engineer names their service point after `@`: `wu:engineer@SP-Shanghai:…`.
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

const STAFF_ROLE_NAMES = ['agent', 'supervisor', 'trainer', 'engineer', 'admin'] as const;

function parseStaffTokens(text: string, ctx: z.RefinementCtx) {
  const entries = text.split(',').map((entry) => entry.trim()).filter(Boolean);
  return entries.flatMap((entry) => {
    const [id, roles, token, ...rest] = entry.split(':');
    // A token with a colon would otherwise be cut to its prefix: a shorter, weaker secret than the one written down.
    if (rest.length) {
      ctx.addIssue({ code: 'custom', message: `the token of "${id ?? ''}" contains ":"; the colon separates id, roles and token, so choose a token without ":" (e.g. openssl rand -base64 24 | tr -d ':')` });
      return [];
    }
    const [roleText, servicePoint] = (roles ?? '').split('@').map((part) => part.trim());
    const roleList = (roleText ?? '').split('+');
    const badRoles = !roleList.every((r) => (STAFF_ROLE_NAMES as readonly string[]).includes(r));
    // An engineer without a service point would see every point's tickets: refused, not guessed.
    const badPoint = roleList.includes('engineer') !== Boolean(servicePoint);
    if (!id || !token || token.length < 16 || badRoles || badPoint) {
      ctx.addIssue({ code: 'custom', message: `"${id ?? ''}:…" must be id:role[+role]:token (an engineer id:engineer@service-point:token) with a token of 16+ characters and roles among ${STAFF_ROLE_NAMES.join(', ')}` });
      return [];
    }
    return [{ id, roles: roleList as (typeof STAFF_ROLE_NAMES)[number][], token, ...(servicePoint ? { servicePoint } : {}) }];
  });
}

function parseExpectations(text: string, ctx: z.RefinementCtx) {
  const pairs = text.split(',').map((entry) => entry.trim().split(':').map(Number));
  const valid = pairs.length === 4 && pairs.every(([expected, weight]) => expected >= 1 && expected <= 5 && weight > 0);
  if (!valid) {
    ctx.addIssue({ code: 'custom', message: 'SATISFACTION_EXPECTATIONS: four expected:weight pairs (speed, attitude, efficiency, overall), expected 1–5, weight > 0' });
    return [];
  }
  return pairs.map(([expected, weight]) => ({ expected, weight }));
}

function parseServicePoints(text: string, ctx: z.RefinementCtx): Record<string, string> {
  return parsePairs(text, '=', 'region=service-point, e.g. 上海=SP-Shanghai or *=SP-HQ', ctx);
}

function parseServicers(text: string, ctx: z.RefinementCtx): Record<string, string> {
  return parsePairs(text, ':', 'WECOM_KF_SERVICERS entries are staff-id:wecom-userid, e.g. li:LiNa', ctx);
}

/** `key<sep>value,key<sep>value` → a map; each bad entry reported with `shape`. */
function parsePairs(text: string, separator: string, shape: string, ctx: z.RefinementCtx): Record<string, string> {
  const map: Record<string, string> = {};
  for (const entry of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [key, value, ...extra] = entry.split(separator).map((part) => part.trim());
    if (!key || !value || extra.length) {
      ctx.addIssue({ code: 'custom', message: `"${entry}" must be ${shape}` });
      continue;
    }
    map[key] = value;
  }
  return map;
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function parseTrustProxy(text: string, ctx: z.RefinementCtx): boolean | number | string[] {
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((entry) => entry.trim()).filter(Boolean);
  const bad = entries.filter((entry) => !PROXY_NAMES.has(entry) && !isAddressOrCidr(entry));
  if (bad.length) {
    ctx.addIssue({ code: 'custom', message: `TRUST_PROXY: ${bad.join(', ')} is not an address or CIDR; use true, a hop count, or e.g. 10.0.0.0/8,127.0.0.1` });
    return false;
  }
  return entries;
}

function isAddressOrCidr(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
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
