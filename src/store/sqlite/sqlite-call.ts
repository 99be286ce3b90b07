import { AppError } from '../../errors.js';
import type { SqliteDatabase } from './open-sqlite.js';

/**
 * SQLite result codes that mean "the database could not serve this now" rather than a bug:
 * locked past busy_timeout, disk full or failing, file unreadable. https://sqlite.org/rescode.html
 */
const UNAVAILABLE_CODES = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|READONLY|NOTADB)/;

/** Runs one synchronous database step and turns anything it throws into a catalogued AppError. */
export async function sqliteCall<T>(db: SqliteDatabase, step: () => T): Promise<T> {
  if (!db.open) {
    throw new AppError('STORE_UNAVAILABLE', 'The SQLite database is closed.', { details: { backend: 'sqlite' } });
  }
  try {
    return step();
  } catch (err) {
    throw toAppError(err);
  }
}

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  if (UNAVAILABLE_CODES.test(code)) {
    return new AppError('STORE_UNAVAILABLE', undefined, { details: { backend: 'sqlite', sqliteCode: code }, cause: err });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new AppError('INTERNAL', message, { details: { backend: 'sqlite', sqliteCode: code }, cause: err });
}
