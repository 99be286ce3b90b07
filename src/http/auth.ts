import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

export const STAFF_ROLES = ['agent', 'supervisor', 'trainer', 'engineer', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffToken {
  token: string;
  roles: readonly StaffRole[];
  /** Who holds the token, as audit trails record it (`li`, `admin`). */
  id?: string;
  /** An engineer's service point: they see and move only that point's tickets. */
  servicePoint?: string;
}

/** The caller a request was authenticated as; set by the role check. */
export interface StaffIdentity {
  id: string;
  roles: readonly StaffRole[];
  servicePoint?: string;
}

const callers = new WeakMap<FastifyRequest, StaffIdentity>();

/** The authenticated caller of a route guarded by requireRole; HTTP_UNAUTHORIZED on an unguarded one. */
export function staffOf(request: FastifyRequest): StaffIdentity {
  const caller = callers.get(request);
  if (!caller) throw new AppError('HTTP_UNAUTHORIZED', 'Send Authorization: Bearer <token>.', { status: 401 });
  return caller;
}

/** Hashing first makes the comparison constant-time whatever the lengths. */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

/** The token of `Authorization: Bearer <token>`, '' when there is none. */
export function bearerOf(header: string | undefined): string {
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
}

/** `Authorization: Bearer <token>` → the caller's roles; the admin token holds every role. Any one of `roles` admits. */
export function staffAuth(tokens: readonly StaffToken[]) {
  return function requireRole(...roles: [StaffRole, ...StaffRole[]]) {
    return async function checkRole(request: FastifyRequest): Promise<void> {
      const given = bearerOf(request.headers.authorization);
      if (!given) throw new AppError('HTTP_UNAUTHORIZED', 'Send Authorization: Bearer <token>.', { status: 401 });
      const match = tokens.find((entry) => sameSecret(entry.token, given));
      if (!match) throw new AppError('HTTP_UNAUTHORIZED', 'The bearer token is not valid.', { status: 401 });
      if (!roles.some((role) => match.roles.includes(role)) && !match.roles.includes('admin')) {
        const needed = roles.join(' or ');
        throw new AppError('HTTP_FORBIDDEN', `This route needs the ${needed} role.`, { status: 403, details: { roles } });
      }
      callers.set(request, { id: match.id ?? match.roles[0] ?? 'staff', roles: match.roles, servicePoint: match.servicePoint });
    };
  };
}
