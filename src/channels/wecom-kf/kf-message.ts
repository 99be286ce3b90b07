import { z } from 'zod';

/**
 * What kf/sync_msg returns (https://developer.work.weixin.qq.com/document/path/94670). Only the
 * fields the bot reads are named; WeCom adds message types over time, so unknown ones pass as
 * their msgtype and are answered with the "text only" reply rather than refused.
 */
const media = z.object({ media_id: z.string().min(1) });

export const KF_ORIGIN = { customer: 3, system: 4, servicer: 5 } as const;

export const KfEventSchema = z.object({
  event_type: z.string(),
  open_kfid: z.string().optional(),
  external_userid: z.string().optional(),
  /** enter_session: usable once, for 20 s, with send_msg_on_event. */
  welcome_code: z.string().optional(),
  /** session_status_change: 1 taken from the pool, 2 transferred, 3 ended, 4 re-entered. */
  change_type: z.number().int().optional(),
  new_servicer_userid: z.string().optional(),
  /** msg_send_fail */
  fail_msgid: z.string().optional(),
  fail_type: z.number().int().optional(),
}).loose();

export const KfMessageSchema = z.object({
  msgid: z.string().min(1),
  open_kfid: z.string().min(1),
  external_userid: z.string().optional(),
  send_time: z.number().int(),
  origin: z.number().int(),
  servicer_userid: z.string().optional(),
  msgtype: z.string(),
  /** menu_id when the customer tapped a msgmenu choice (its content is the choice's words). */
  text: z.object({ content: z.string(), menu_id: z.string().optional() }).optional(),
  image: media.optional(),
  voice: media.optional(),
  video: media.optional(),
  file: media.optional(),
  event: KfEventSchema.optional(),
}).loose();
export type KfMessage = z.infer<typeof KfMessageSchema>;

export const SyncPageSchema = z.object({
  next_cursor: z.string().default(''),
  has_more: z.union([z.number(), z.boolean()]).transform(Boolean).default(false),
  msg_list: z.array(z.unknown()).default([]),
});

/** Session states of kf/service_state (https://developer.work.weixin.qq.com/document/path/94669). */
export const KF_STATE = { untreated: 0, bot: 1, queued: 2, person: 3, ended: 4 } as const;
export type KfState = (typeof KF_STATE)[keyof typeof KF_STATE];
