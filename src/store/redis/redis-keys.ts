/**
 * Every key the Redis stores use, in one place so a reader can see the whole layout.
 *
 * Ticket keys share the hash tag `{tickets}` and handoffs live in one hash: a Cluster runs a script
 * only on keys of one slot, and these scripts must allocate a number, write the ticket and move its
 * index entries in one step. Ticket and handoff volumes (thousands a day, dozens waiting) are far
 * below what one slot serves. A conversation's turn lease and its turns' delivery claims sit in the
 * slot of its state (the turn store's scripts take all three), so conversations still spread over the
 * cluster; transcripts and Slack's deliveries are used alone.
 */
export interface RedisKeys {
  storage(key: string): string;
  tickets: {
    data: string;
    daySeq(day: string): string;
    idempotency(key: string): string;
    byCreated: string;
    byStatus(status: string): string;
    byCustomer(channel: string, userId: string): string;
    byVisitDate(date: string): string;
    /** Set of the tickets holding one region's half-day (not cancelled), for the capacity check. */
    byVisitSlot(date: string, period: string, region: string): string;
    /** Set once every ticket stored before the slot sets existed has been indexed into them. */
    slotIndexReady: string;
  };
  delivery(key: string): string;
  transcript(conversationId: string): string;
  unanswered: string;
  handoffs: string;
  /** Sorted set of SLA due items, scored by due time in epoch ms. */
  slaDue: string;
  /**
   * A conversation's turn lease (string: the holder's token, with a TTL), in the hash slot of the
   * state stored under the same key, so one script can take the lease and read the state.
   */
  turnLock(key: string): string;
  /** A turn's claim on one inbound activity (DeliveryLog values), in the slot of the conversation's state. */
  turnDelivery(conversation: string, activityId: string): string;
  /** A fixed-window hit counter (string: the count, with a TTL). */
  rateCounter(key: string): string;
  /** One hash per article (revision number → JSON) and one of every article's newest, under `{kb}` for the append script. */
  articleRevisions(articleId: string): string;
  articleLatest: string;
  /** Sorted set of dashboard events scored by time in epoch ms. */
  conversationEvents: string;
}

export const DEFAULT_KEY_PREFIX = 'osb:';

/**
 * A hash tag that puts a key in `key`'s slot: Redis hashes only the first non-empty `{…}` of a key,
 * or the whole key without one (https://redis.io/docs/latest/operate/oss_and_stack/reference/cluster-spec/#hash-tags).
 * The state keys predate the tags and keep their names, so the tag holds what Redis hashes of them.
 * A conversation id with a '}' and no tag of its own cannot be matched: on a Cluster its turns fail
 * with CROSSSLOT (only that conversation's; a channel never issues such ids).
 */
function sameSlotAs(key: string): string {
  const open = key.indexOf('{');
  const close = open < 0 ? -1 : key.indexOf('}', open + 1);
  return `{${close > open + 1 ? key.slice(open + 1, close) : key}}`;
}

/** `prefix` must not contain `{`: Redis would take the first `{…}` as the hash tag. */
export function redisKeys(prefix: string = DEFAULT_KEY_PREFIX): RedisKeys {
  // Encoded parts keep user-supplied ids from forging another key's name with a ':'.
  const part = encodeURIComponent;
  const t = `${prefix}{tickets}:`;
  return {
    storage: (key) => `${prefix}state:${key}`,
    tickets: {
      data: `${t}data`,
      daySeq: (day) => `${t}seq:${part(day)}`,
      idempotency: (key) => `${t}idempotency:${part(key)}`,
      byCreated: `${t}by-created`,
      byStatus: (status) => `${t}by-status:${part(status)}`,
      byCustomer: (channel, userId) => `${t}by-customer:${part(channel)}:${part(userId)}`,
      byVisitDate: (date) => `${t}by-visit:${part(date)}`,
      byVisitSlot: (date, period, region) => `${t}by-slot:${part(date)}:${part(period)}:${part(region)}`,
      slotIndexReady: `${t}slot-index-ready`,
    },
    delivery: (key) => `${prefix}delivery:${key}`,
    transcript: (conversationId) => `${prefix}transcript:${conversationId}`,
    unanswered: `${prefix}unanswered`,
    handoffs: `${prefix}{handoffs}`,
    slaDue: `${prefix}{sla}:due`,
    turnLock: (key) => `${prefix}turn-lock:${sameSlotAs(`${prefix}state:${key}`)}`,
    turnDelivery: (conversation, activityId) => `${prefix}delivery:${sameSlotAs(`${prefix}state:${conversation}`)}:${part(activityId)}`,
    rateCounter: (key) => `${prefix}rate:${key}`,
    articleRevisions: (articleId) => `${prefix}{kb}:revisions:${part(articleId)}`,
    articleLatest: `${prefix}{kb}:latest`,
    conversationEvents: `${prefix}conversation-events`,
  };
}
