import { z } from 'zod';
import type { StoreItem } from 'botbuilder';
import { AppError } from '../errors.js';
import { HANDOFF_PRIORITIES, type HandoffRequest } from '../handoff/handoff-request.js';
import { TicketSchema, type Ticket } from '../tickets/ticket.js';
import type { TicketDraft } from '../tickets/ticket-store.js';

/**
 * Record rules both backends share, so SQLite and Redis cannot drift apart on them.
 */

/** A list call without a limit returns at most this many tickets: an unbounded list is an outage waiting. */
export const DEFAULT_TICKET_LIST_LIMIT = 100;
export const DEFAULT_UNANSWERED_MAX_ENTRIES = 10_000;

const DAY_PATTERN = /^\d{8}$/;

/** The id every backend allocates: seq padded to 4 digits (TICKET_NUMBER_PATTERN allows up to 6). */
export function ticketNumber(day: string, seq: number): string {
  return `RT-${day}-${String(seq).padStart(4, '0')}`;
}

/** Parses what a store read back; anything that fails is STORE_CORRUPT, never a half-typed object. */
export function parseStored<S extends z.ZodType>(schema: S, raw: string, where: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (cause) {
    throw new AppError('STORE_CORRUPT', undefined, { details: { where }, cause });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError('STORE_CORRUPT', undefined, { details: { where, issues: parsed.error.issues }, cause: parsed.error });
  }
  return parsed.data;
}

const StoreItemSchema = z.record(z.string(), z.unknown());

/**
 * A botbuilder Storage item as read back (SqliteStorage, RedisStorage and the turn stores). Read at
 * every turn's opening: a parsed JSON object needs no copy, so the schema (which would rebuild it key
 * by key) runs only to describe a value that is not one.
 */
export function parseStoredItem(json: string, where: string): StoreItem {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return parseStored(StoreItemSchema, json, where) as StoreItem;
  }
  // An own "__proto__" key is left to the schema, which drops it, as before.
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !Object.hasOwn(value, '__proto__')) return value as StoreItem;
  return parseStored(StoreItemSchema, json, where) as StoreItem;
}

/**
 * Validates a record before it is written, so a bad record fails the caller that made it instead of
 * every later reader (who would see STORE_CORRUPT). Callers are `async` methods, so this rejects
 * their promise instead of throwing at the call site.
 */
export function checkBeforeWrite<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError('INTERNAL', 'A record failed validation before it was stored.', {
      details: { where, issues: parsed.error.issues },
      cause: parsed.error,
    });
  }
  return parsed.data;
}

function checkTicket(value: unknown): Ticket {
  const parsed = TicketSchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError('TICKET_INVALID', undefined, { details: { issues: parsed.error.issues }, cause: parsed.error });
  }
  return parsed.data;
}

/** The validated draft as JSON without id and version, which the backend adds when it allocates the number. */
export function draftToJson(draft: TicketDraft, day: string): string {
  if (!DAY_PATTERN.test(day)) throw new AppError('TICKET_INVALID', undefined, { details: { day } });
  // A placeholder number lets the full schema check the draft; zod also drops unknown keys here.
  const { id: _id, version: _version, ...rest } = checkTicket({ ...draft, id: ticketNumber(day, 1), version: 1 });
  return JSON.stringify(rest);
}

/** Prepends the allocated number and version 1, keeping the draft's JSON byte for byte. */
export function ticketJson(id: string, draftJson: string): string {
  return `{"id":${JSON.stringify(id)},"version":1,${draftJson.slice(1)}`;
}

/** The ticket as the next save stores it: validated, version bumped. */
export function nextVersion(ticket: Ticket): Ticket {
  return checkTicket({ ...ticket, version: ticket.version + 1 });
}

export function conflict(details: Record<string, unknown>): AppError {
  return new AppError('STORE_CONFLICT', undefined, { details });
}

/** Highest priority first, then longest waiting; conversation id only breaks exact ties. */
export function compareHandoffs(a: HandoffRequest, b: HandoffRequest): number {
  return HANDOFF_PRIORITIES[a.priority] - HANDOFF_PRIORITIES[b.priority]
    || Date.parse(a.requestedAt) - Date.parse(b.requestedAt)
    || (a.conversationId < b.conversationId ? -1 : a.conversationId > b.conversationId ? 1 : 0);
}

/** The claim rule both backends apply inside their atomic section. */
export function applyClaim(current: HandoffRequest | undefined, conversationId: string, agentId: string, at: string): HandoffRequest {
  if (!current) throw new AppError('HANDOFF_NOT_FOUND', undefined, { details: { conversationId } });
  if (current.claimedBy === agentId) return current;
  if (current.claimedBy !== undefined) {
    throw new AppError('HANDOFF_ALREADY_CLAIMED', undefined, { details: { conversationId, claimedBy: current.claimedBy } });
  }
  return { ...current, claimedBy: agentId, claimedAt: at, version: current.version + 1 };
}

/** The requeue rule both backends apply atomically: only the holder's claim is undone; place kept. */
export function applyRequeue(current: HandoffRequest | undefined, agentId: string): HandoffRequest | undefined {
  if (!current || current.claimedBy !== agentId) return undefined;
  const { claimedBy: _holder, claimedAt: _since, ...waiting } = current;
  return { ...waiting, version: current.version + 1 };
}
