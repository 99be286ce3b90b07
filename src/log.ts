/** The logging shape the program needs; pino's logger satisfies it, tests pass a silent one. */
export interface Log {
  info(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
  error(fields: object, message?: string): void;
  debug(fields: object, message?: string): void;
}

export const silentLog: Log = { info() {}, warn() {}, error() {}, debug() {} };
