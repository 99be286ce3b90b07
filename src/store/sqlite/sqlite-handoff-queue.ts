import {
  HANDOFF_PRIORITIES, HandoffRequestSchema, type HandoffQueue, type HandoffRequest,
} from '../../handoff/handoff-request.js';
import { checkBeforeWrite, applyClaim, applyRequeue, parseStored } from '../records.js';
import type { SqliteDatabase } from './open-sqlite.js';
import { sqliteCall } from './sqlite-call.js';

type Row = { json: string };

/**
 * The handoff queue in SQLite. A claim reads and writes inside one IMMEDIATE transaction: it holds
 * the database write lock, so of two agents (or two processes) claiming at once exactly one wins.
 */
export class SqliteHandoffQueue implements HandoffQueue {
  readonly #db: SqliteDatabase;
  readonly #select;
  readonly #insert;
  readonly #update;
  readonly #all;
  readonly #remove;

  constructor(db: SqliteDatabase) {
    this.#db = db;
    this.#select = db.prepare<[string], Row>('SELECT json FROM handoff_requests WHERE conversation_id = ?');
    this.#insert = db.prepare<[string, number, number, string]>(
      'INSERT INTO handoff_requests (conversation_id, priority_rank, requested_ms, json) VALUES (?, ?, ?, ?) '
      + 'ON CONFLICT (conversation_id) DO NOTHING',
    );
    this.#update = db.prepare<[string, string]>('UPDATE handoff_requests SET json = ? WHERE conversation_id = ?');
    this.#all = db.prepare<[], Row>(
      'SELECT json FROM handoff_requests ORDER BY priority_rank, requested_ms, conversation_id',
    );
    this.#remove = db.prepare<[string]>('DELETE FROM handoff_requests WHERE conversation_id = ?');
  }

  async enqueue(request: Omit<HandoffRequest, 'version'>): Promise<HandoffRequest> {
    const fresh = checkBeforeWrite(HandoffRequestSchema, { ...request, version: 1 }, 'handoff');
    return sqliteCall(this.#db, () => this.#db.transaction(() => {
      const rank = HANDOFF_PRIORITIES[fresh.priority];
      const inserted = this.#insert.run(fresh.conversationId, rank, Date.parse(fresh.requestedAt), JSON.stringify(fresh));
      return inserted.changes === 1 ? fresh : this.#read(fresh.conversationId)!;
    }).immediate());
  }

  get(conversationId: string): Promise<HandoffRequest | undefined> {
    return sqliteCall(this.#db, () => this.#read(conversationId));
  }

  list(): Promise<HandoffRequest[]> {
    return sqliteCall(this.#db, () => this.#all.all().map((row) => parseRequest(row.json)));
  }

  claim(conversationId: string, agentId: string, at: string): Promise<HandoffRequest> {
    return sqliteCall(this.#db, () => this.#db.transaction(() => {
      const current = this.#read(conversationId);
      const next = applyClaim(current, conversationId, agentId, at);
      if (next !== current) {
        this.#update.run(JSON.stringify(checkBeforeWrite(HandoffRequestSchema, next, 'handoff')), conversationId);
      }
      return next;
    }).immediate());
  }

  requeue(conversationId: string, agentId: string): Promise<HandoffRequest | undefined> {
    return sqliteCall(this.#db, () => this.#db.transaction(() => {
      const next = applyRequeue(this.#read(conversationId), agentId);
      if (next) this.#update.run(JSON.stringify(checkBeforeWrite(HandoffRequestSchema, next, 'handoff')), conversationId);
      return next;
    }).immediate());
  }

  release(conversationId: string): Promise<void> {
    return sqliteCall(this.#db, () => { this.#remove.run(conversationId); });
  }

  #read(conversationId: string): HandoffRequest | undefined {
    const row = this.#select.get(conversationId);
    return row ? parseRequest(row.json) : undefined;
  }
}

function parseRequest(json: string): HandoffRequest {
  return parseStored(HandoffRequestSchema, json, 'handoff');
}
