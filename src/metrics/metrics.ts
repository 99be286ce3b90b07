import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The Prometheus figures the program exposes at /metrics; one registry per app so tests stay apart. */
export interface Metrics {
  registry: Registry;
  turns: Counter<'channel'>;
  replies: Counter<'channel'>;
  ticketsOpened: Counter<'product' | 'priority'>;
  handoffs: Counter<'channel'>;
  retrievalSeconds: Histogram;
  httpResponses: Counter<'method' | 'route' | 'status'>;
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics) collectDefaultMetrics({ register: registry, prefix: 'osb_' });
  const registers = [registry];
  return {
    registry,
    turns: new Counter({ name: 'osb_turns_total', help: 'Customer turns the bot handled, by channel.', labelNames: ['channel'], registers }),
    replies: new Counter({ name: 'osb_replies_total', help: 'Messages the bot sent to customers, by channel.', labelNames: ['channel'], registers }),
    ticketsOpened: new Counter({ name: 'osb_tickets_opened_total', help: 'Repair tickets opened.', labelNames: ['product', 'priority'], registers }),
    handoffs: new Counter({ name: 'osb_handoffs_total', help: 'Conversations that joined the agents’ queue.', labelNames: ['channel'], registers }),
    // Buckets from 1 ms to 1 s: a BM25 search over 66 articles takes a few ms, 10,000 tens of ms (bench/).
    retrievalSeconds: new Histogram({
      name: 'osb_retrieval_seconds', help: 'Knowledge-base search latency.', registers,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    }),
    httpResponses: new Counter({ name: 'osb_http_responses_total', help: 'HTTP responses by method, route pattern and status.', labelNames: ['method', 'route', 'status'], registers }),
  };
}
