import { InProcessLiveEvents } from '../../../src/handoff/in-process-live-events.js';
import { describeLiveEventsContract } from '../../contracts/live-events.contract.js';

// One bus stands for "this process" and "another": in-process events never leave the process.
describeLiveEventsContract('InProcessLiveEvents', async () => {
  const bus = new InProcessLiveEvents();
  return { store: bus, peer: bus, close: () => bus.close() };
});
