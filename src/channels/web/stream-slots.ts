import { AppError } from '../../errors.js';

export interface StreamLimits {
  perSession: number;
  perAddress: number;
}

/**
 * Live streams this process holds, counted per session and per client address. Each open stream
 * is a socket and a listener held for hours; without a cap one session opened 1,000. The count is
 * per process because the socket is: that is the resource the cap protects.
 */
export class StreamSlots {
  readonly #bySession = new Map<string, number>();
  readonly #byAddress = new Map<string, number>();

  constructor(private readonly limits: StreamLimits) {}

  /** Takes a slot, returning its release (call it once, when the stream closes); HTTP_RATE_LIMITED when full. */
  acquire(sessionKey: string, address: string): () => void {
    if ((this.#bySession.get(sessionKey) ?? 0) >= this.limits.perSession) throw full('session', this.limits.perSession);
    if ((this.#byAddress.get(address) ?? 0) >= this.limits.perAddress) throw full('address', this.limits.perAddress);
    bump(this.#bySession, sessionKey, 1);
    bump(this.#byAddress, address, 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      bump(this.#bySession, sessionKey, -1);
      bump(this.#byAddress, address, -1);
    };
  }
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}

function full(per: 'session' | 'address', max: number): AppError {
  return new AppError('HTTP_RATE_LIMITED', `Too many live streams open for this ${per}; close another tab and try again.`, {
    status: 429, details: { per, max },
  });
}
