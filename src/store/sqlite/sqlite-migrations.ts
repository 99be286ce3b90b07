/**
 * Schema changes in order. A migration once released is never edited: add a new one instead,
 * because databases in the field already recorded the old version as applied.
 */
export const SQLITE_MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE storage_items (key TEXT PRIMARY KEY, etag TEXT NOT NULL, json TEXT NOT NULL);

      CREATE TABLE tickets (
        id TEXT PRIMARY KEY,
        idempotency_key TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL,
        customer_channel TEXT NOT NULL,
        customer_user TEXT NOT NULL,
        visit_date TEXT NOT NULL,
        created_ms INTEGER NOT NULL,
        version INTEGER NOT NULL,
        json TEXT NOT NULL
      );
      CREATE INDEX tickets_by_created ON tickets (created_ms);
      CREATE INDEX tickets_by_customer ON tickets (customer_channel, customer_user, created_ms);
      CREATE INDEX tickets_by_status ON tickets (status, created_ms);
      CREATE INDEX tickets_by_visit ON tickets (visit_date, created_ms);
      CREATE TABLE ticket_counters (day TEXT PRIMARY KEY, seq INTEGER NOT NULL);

      CREATE TABLE deliveries (key TEXT PRIMARY KEY, expires_ms INTEGER NOT NULL);
      CREATE INDEX deliveries_by_expiry ON deliveries (expires_ms);

      CREATE TABLE transcript_entries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id TEXT NOT NULL,
        json TEXT NOT NULL
      );
      CREATE INDEX transcript_by_conversation ON transcript_entries (conversation_id, id);

      CREATE TABLE unanswered_questions (id INTEGER PRIMARY KEY AUTOINCREMENT, json TEXT NOT NULL);

      CREATE TABLE handoff_requests (
        conversation_id TEXT PRIMARY KEY,
        priority_rank INTEGER NOT NULL,
        requested_ms INTEGER NOT NULL,
        json TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    sql: `
      CREATE TABLE sla_schedule (
        ticket_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        due_ms INTEGER NOT NULL,
        PRIMARY KEY (ticket_id, kind)
      );
      CREATE INDEX sla_schedule_by_due ON sla_schedule (due_ms);
    `,
  },
  {
    version: 3,
    sql: `
      CREATE TABLE turn_locks (key TEXT PRIMARY KEY, token TEXT NOT NULL, expires_ms INTEGER NOT NULL);

      CREATE TABLE rate_counters (key TEXT PRIMARY KEY, count INTEGER NOT NULL, window_ends_ms INTEGER NOT NULL);
      CREATE INDEX rate_counters_by_window_end ON rate_counters (window_ends_ms);
    `,
  },
  {
    version: 4,
    sql: `
      CREATE TABLE article_revisions (
        article_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (article_id, revision)
      );
      CREATE TABLE conversation_events (id INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT NULL, json TEXT NOT NULL);
      CREATE INDEX conversation_events_by_time ON conversation_events (at_ms);
    `,
  },
  {
    version: 5,
    // Two-phase delivery claims (src/bot/delivery-log.ts): the claim's token and lease end; NULL once done.
    sql: `
      ALTER TABLE deliveries ADD COLUMN token TEXT;
      ALTER TABLE deliveries ADD COLUMN lease_ends_ms INTEGER;
    `,
  },
];
