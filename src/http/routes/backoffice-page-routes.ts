import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { NO_FRAMING, STAFF_PAGE_HEADERS } from '../response-headers.js';

const pagesDir = fileURLToPath(new URL('../pages/backoffice/', import.meta.url));

/**
 * script-src 'self' without 'unsafe-inline': even if article text ever reached the DOM as HTML, no
 * script in it could run. The pages hold the token in sessionStorage and send it as a Bearer
 * header (no cookie), so another site cannot make the browser act for a trainer (CSRF).
 */
const HEADERS = {
  'content-security-policy': `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; ${NO_FRAMING}; form-action 'none'`,
  ...STAFF_PAGE_HEADERS,
};

const FILES: Record<string, { file: string; type: string }> = {
  '/trainer': { file: 'trainer.html', type: 'text/html; charset=utf-8' },
  '/dashboard': { file: 'dashboard.html', type: 'text/html; charset=utf-8' },
  '/backoffice/common.js': { file: 'common.js', type: 'text/javascript; charset=utf-8' },
  '/backoffice/trainer.js': { file: 'trainer.js', type: 'text/javascript; charset=utf-8' },
  '/backoffice/dashboard.js': { file: 'dashboard.js', type: 'text/javascript; charset=utf-8' },
  '/backoffice/charts.js': { file: 'charts.js', type: 'text/javascript; charset=utf-8' },
  '/backoffice/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};

/** The trainers' and supervisors' pages: static files read once at start-up, talking to the JSON API. */
export function registerBackofficePages(app: FastifyInstance): void {
  for (const [path, { file, type }] of Object.entries(FILES)) {
    const content = readFileSync(`${pagesDir}${file}`, 'utf8');
    app.get(path, async (_request, reply) => reply.headers({ ...HEADERS, 'content-type': type }).send(content));
  }
}
