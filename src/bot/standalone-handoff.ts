import { HandoffService } from '../handoff/handoff-service.js';
import { InProcessLiveEvents } from '../handoff/in-process-live-events.js';
import type { Clock } from '../clock.js';
import type { Log } from '../log.js';
import type { Stores } from '../store/stores.js';
import { StorageBotResumer } from './storage-bot-resumer.js';

/**
 * The handoff desk a SupportBot builds for itself when the composition root gives it none (tests and
 * benchmarks that drive the bot alone): the real queue and rules, events seen by this process only,
 * always staffed, and no route to customers outside their own turn.
 */
export function standaloneHandoff(stores: Stores, clock: Clock, log: Log, timeZone: string): HandoffService {
  return new HandoffService({
    queue: stores.handoffs,
    transcripts: stores.transcripts,
    messenger: { send: async () => undefined },
    events: new InProcessLiveEvents(),
    resumer: new StorageBotResumer(stores.storage),
    clock,
    policy: { idleMs: 10 * 60 * 1000, minutesPerCustomer: 5, timeZone },
    log,
  });
}
