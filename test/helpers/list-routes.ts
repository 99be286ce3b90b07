import type { FastifyInstance } from 'fastify';

export interface Route {
  method: string;
  /** With fastify's `:param` placeholders. */
  path: string;
}

/**
 * Every route the server has, read from fastify's route tree print-out, so a table test covers
 * routes added later without anyone remembering to list them.
 */
export function listRoutes(server: FastifyInstance): Route[] {
  const lines = server.printRoutes({ commonPrefix: false }).split('\n').filter((line) => line.trim());
  const stack: string[] = [];
  const routes: Route[] = [];
  for (const line of lines) {
    const start = line.search(/[^│├└─\s]/);
    const depth = Math.round(start / 4);
    const match = /^(\S+)(?: \(([^)]*)\))?/.exec(line.slice(start));
    if (!match) continue;
    stack.length = depth;
    const path = (stack[depth - 1] ?? '') + match[1];
    stack[depth] = path;
    for (const method of (match[2] ?? '').split(',').map((m) => m.trim()).filter((m) => m && m !== 'HEAD')) {
      routes.push({ method, path: path.replace(/^\/\//, '/') });
    }
  }
  return routes;
}

/** Staff routes: the JSON API except what customers and channels call. */
export function staffRoutes(server: FastifyInstance): Route[] {
  return listRoutes(server).filter(({ path }) => path.startsWith('/api/') && !/^\/api\/(messages|webchat)(\/|$)/.test(path));
}
