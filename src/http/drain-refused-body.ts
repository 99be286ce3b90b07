import type { FastifyInstance } from 'fastify';

export interface DrainOptions {
  /** A refused body declared larger than this is not read: the connection is closed as before. */
  maxBytes: number;
  /** A client still sending after this long is cut off. */
  maxMs: number;
}

/**
 * A request refused before its body was read (over the body limit: 413) gets its answer and the rest
 * of its body read and thrown away, instead of the connection closed under it. Fastify answers with
 * `connection: close` and Node then closes the socket with the client's bytes still unread, which
 * makes the kernel send a reset: the client, still writing, sees ECONNRESET or EPIPE and never reads
 * the 413. Without `connection: close` Node's server drains the unread body itself (IncomingMessage
 * `_dump`) and keeps the connection; the bounds keep a client from making us read forever.
 */
export function drainRefusedBodies(app: FastifyInstance, options: DrainOptions): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const raw = request.raw;
    if (raw.complete || reply.getHeader('connection') !== 'close' || reply.statusCode !== 413) return payload;
    const declared = Number(raw.headers['content-length'] ?? 0);
    if (declared > options.maxBytes) return payload;
    reply.removeHeader('connection');
    const socket = raw.socket;
    const cutOff = setTimeout(() => { if (!raw.complete) socket.destroy(); }, options.maxMs);
    cutOff.unref();
    raw.once('end', () => clearTimeout(cutOff));
    socket.once('close', () => clearTimeout(cutOff));
    return payload;
  });
}
