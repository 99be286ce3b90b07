import type { TurnContext } from 'botbuilder';
import type { Article } from '../kb/article-schema.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Stores } from '../store/stores.js';
import type { Metrics } from './metrics.js';
import { channelLabel } from './channel-label.js';

/** Counts each turn and the messages the bot sends in it (the send hook sees every reply, whoever sends it). */
export function countTurns(run: (turn: TurnContext) => Promise<void>, metrics: Metrics): (turn: TurnContext) => Promise<void> {
  return async (turn) => {
    const channel = channelLabel(turn.activity.channelId);
    if (turn.activity.type === 'message') metrics.turns.inc({ channel });
    turn.onSendActivities(async (_context, activities, next) => {
      const messages = activities.filter((a) => a.type === 'message').length;
      if (messages) metrics.replies.inc({ channel }, messages);
      return next();
    });
    return run(turn);
  };
}

/** The knowledge base with every search timed; the swap for reloads stays available. */
export function timeSearches<K extends KnowledgeBase & { replaceArticles(articles: readonly Article[]): Promise<void> }>(kb: K, metrics: Metrics): K {
  return new Proxy(kb, {
    get(target, property, receiver) {
      if (property !== 'search') {
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return async (...args: Parameters<KnowledgeBase['search']>) => {
        const end = metrics.retrievalSeconds.startTimer();
        try {
          return await target.search(...args);
        } finally {
          end();
        }
      };
    },
  });
}

/** Counts tickets and handoffs where they are stored, so every path that opens one is counted once. */
export function countStoreWrites(stores: Stores, metrics: Metrics): void {
  const tickets = stores.tickets;
  const created = new Set<string>();
  stores.tickets = {
    get: (id) => tickets.get(id),
    save: (ticket) => tickets.save(ticket),
    list: (query) => tickets.list(query),
    countBookedVisits: (slot, exceptId) => tickets.countBookedVisits(slot, exceptId),
    async create(draft, day) {
      const ticket = await tickets.create(draft, day);
      // A retried turn returns the first ticket (idempotency key): count it once per process.
      if (ticket.version === 1 && !created.has(ticket.id)) {
        created.add(ticket.id);
        metrics.ticketsOpened.inc({ product: ticket.product, priority: ticket.priority });
      }
      return ticket;
    },
  };
  const handoffs = stores.handoffs;
  stores.handoffs = {
    ...handoffs,
    enqueue: async (request) => {
      const queued = await handoffs.enqueue(request);
      if (queued.version === 1 && queued.requestedAt === request.requestedAt) metrics.handoffs.inc({ channel: channelLabel(request.customer.channel) });
      return queued;
    },
    get: (id) => handoffs.get(id),
    list: () => handoffs.list(),
    claim: (id, agent, at) => handoffs.claim(id, agent, at),
    requeue: (id, agent) => handoffs.requeue(id, agent),
    release: (id) => handoffs.release(id),
  };
}
