import type { FastifyInstance } from 'fastify';

/**
 * What every staff page sends besides its own content-security-policy: no framing by another site
 * (clickjacking a claim or a publish button), no MIME sniffing, and no referrer carrying a URL out.
 */
export const STAFF_PAGE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;

/** Appended to a page's content-security-policy; frame-ancestors has no meta-tag form, so it must be a header. */
export const NO_FRAMING = "frame-ancestors 'none'";

/**
 * Answers of the JSON API carry tickets, transcripts and customers' words: no browser or proxy may
 * keep them (a shared office PC's cache, a corporate proxy). Decided by the route pattern, so an
 * encoded path that reaches the same route gets the same header. Streams set their own headers.
 */
export function registerNoStore(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const route = request.routeOptions.url;
    if (route?.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
