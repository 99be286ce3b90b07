import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

const pagesDir = fileURLToPath(new URL('../pages/', import.meta.url));

/** The pages are static files read once at start-up; they talk to the JSON API like any other client. */
export function registerPageRoutes(app: FastifyInstance): void {
  const webChat = readFileSync(`${pagesDir}web-chat.html`, 'utf8');
  const headers = {
    'content-type': 'text/html; charset=utf-8',
    // The page builds every message with textContent, and this forbids any script it did not ship.
    'content-security-policy': "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; connect-src 'self'",
  };
  app.get('/', async (_request, reply) => reply.headers(headers).send(webChat));
}
